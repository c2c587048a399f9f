"""review118: a Taipei / Hong Kong newsroom's folder — a UTF-8 byte-order mark before text in another encoding.

Windows editors and some newsroom tools put a UTF-8 byte-order mark (EF BB BF) in front of a file whatever its
encoding, and files get joined after one. Such a file was refused as ``starts with a utf-8-sig byte-order mark but is
not valid utf-8-sig (byte 0)``: Python's codec name, and a byte counted from after the mark (the bad byte was the
4th). The advice to name the encoding did not help either: ``--encoding big5`` read the mark itself as Big5, so the
text began ``嚜縞x北市`` for 台北市, silently. Now the mark is passed over and the text after it detected as a file
without one is (Big5, Big5-HKSCS, GBK…); a mostly-UTF-8 file says which line is not, a named encoding reads the text
after the mark, and every message names UTF-8 and counts bytes from the file's start. JSON lines and tables alike.
"""

from __future__ import annotations

import codecs
import json

import pytest
from click.testing import CliRunner
from helpers import assert_one_line_error, traditional_and_simplified

from zhkg.cli import main
from zhkg.errors import InputError
from zhkg.stages.encodings import decode_bytes
from zhkg.stages.read import read_inputs

BOM = codecs.BOM_UTF8
#: A Hong Kong item with names only Big5-HKSCS holds (堃, 喆, 埗, 邨), and the same read in Simplified.
TEXTS = traditional_and_simplified([
    ("民政事務局局長李國堃今日到訪深水埗石硤尾邨，與區議會主席陳喆會面，了解長者服務。",),
])


def _legacy(text: str) -> str:
    """The encoding a newsroom of the text's script saves in: Big5-HKSCS for Traditional, GBK for Simplified."""
    return "big5hkscs" if "國" in text else "gbk"


@pytest.mark.parametrize("text", TEXTS)
def test_a_mark_before_text_in_another_encoding_is_passed_over(tmp_path, text):
    src = tmp_path / "news.txt"
    src.write_bytes(BOM + text.encode(_legacy(text)))
    assert [d.text for d in read_inputs([src])] == [text]


@pytest.mark.parametrize("text", TEXTS)
def test_a_named_encoding_reads_the_text_after_the_mark(tmp_path, text):
    data = BOM + text.encode(_legacy(text))
    assert decode_bytes(data, encoding=_legacy(text)) == text  # was 嚜縞x… : the mark read as Big5 or GBK


@pytest.mark.parametrize("text", TEXTS)
def test_utf8_after_the_mark_but_one_line_names_the_line_and_the_files_byte(text):
    head = BOM + (text + "\n").encode() * 9
    data = head + (text + "\n").encode(_legacy(text))
    with pytest.raises(InputError) as err:
        decode_bytes(data, name="joined.txt")
    message = str(err.value)
    assert message.startswith(f"joined.txt is UTF-8 except line 10 (byte {len(head):,}): ")
    assert "utf-8-sig" not in message


def test_a_mark_before_bytes_no_encoding_reads_names_utf8_and_the_files_byte():
    data = BOM + "平谷".encode() + b"\xff\xfe\x80\x81\xfa" * 4
    with pytest.raises(InputError) as err:
        decode_bytes(data, name="x.txt")
    assert str(err.value) == ("x.txt starts with a UTF-8 byte-order mark but is not UTF-8 from byte 9 on, nor GB18030 "
                              "or Big5 after the mark; name its encoding with --encoding")
    assert data[9] == 0xFF


def test_named_utf8_counts_the_bad_byte_from_the_files_start():
    data = BOM + "平谷区".encode() + "政协".encode("gbk")
    with pytest.raises(InputError) as err:
        decode_bytes(data, name="x.txt", encoding="utf-8")
    assert str(err.value) == "x.txt is not valid utf-8 (byte 12)"  # was byte 9: counted after the mark
    assert data[12:14] == "政".encode("gbk")


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("encoding", [None, "named"])
def test_json_lines_and_tables_after_a_mark(tmp_path, text, encoding):
    codec = _legacy(text)
    named = codec if encoding else None
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(BOM + "".join(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n"
                                   for i in range(3)).encode(codec))
    table = tmp_path / "table.csv"
    table.write_bytes(BOM + f"id,text\r\n1,{text}\r\n2,{text}\r\n".encode(codec))
    assert [d.text for d in read_inputs([feed, table], encoding=named)] == [text] * 5


@pytest.mark.parametrize("text", TEXTS)
def test_a_line_in_another_encoding_after_a_mark_is_not_valid_utf8(tmp_path, text):
    lines = [json.dumps({"id": i, "text": text}, ensure_ascii=False) for i in range(3)]
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(BOM + (lines[0] + "\n").encode() + (lines[1] + "\n").encode(_legacy(text))
                     + (lines[2] + "\n").encode())
    skipped = []
    assert [d.id for d in read_inputs([feed], skipped=skipped)] == ["0", "2"]
    assert [str(e) for e in skipped] == [f"{feed}:2: not valid utf-8 (a line in another encoding?); --skip-bad skips "
                                         "it, --encoding names the file's encoding"]


@pytest.mark.parametrize("text", TEXTS)
def test_the_command_reads_a_folder_with_such_a_file(tmp_path, text):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_bytes(BOM + text.encode(_legacy(text)))
    (news / "b.txt").write_bytes(text.encode("utf-16"))
    result = CliRunner().invoke(main, ["extract", str(news), "-o", str(tmp_path / "out"), "--jobs", "1",
                                       "--json", str(tmp_path / "out" / "g.json")])
    assert result.exit_code == 0, result.output
    graph = json.loads((tmp_path / "out" / "g.json").read_text(encoding="utf-8"))
    labels = {n["label"] for n in graph["nodes"]}
    assert text[7:10] in labels  # 李國堃 / 李国堃, as written
    assert not any(label.startswith(("嚜", "锘", "\ufeff")) for label in labels)


def test_the_command_says_utf8_not_a_codec_name(tmp_path):
    src = tmp_path / "x.txt"
    src.write_bytes(BOM + "平谷".encode() + b"\xff\xfe\x80\x81\xfa" * 4)
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "out")])
    assert_one_line_error(result, f"{src} starts with a UTF-8 byte-order mark but is not UTF-8 from byte 9 on, nor "
                                  "GB18030 or Big5 after the mark; name its encoding with --encoding")


@pytest.mark.parametrize("encoding", ["utf-8", "UTF-8-SIG", "utf8"])
def test_every_name_of_utf8_counts_the_mark(encoding):
    data = BOM + "平谷区".encode() + b"\xff"
    with pytest.raises(InputError, match=r"\(byte 12\)$"):
        decode_bytes(data, name="x.txt", encoding=encoding)


@pytest.mark.parametrize("text", TEXTS)
def test_extract_keeps_stdout_empty_and_stderr_to_what_a_log_keeps(tmp_path, text):
    """Why there is no ``--quiet`` (README, *The commands*): nothing on stdout, no bar off a terminal, and stderr
    only the summary, ``wrote``, ``skipped:`` and ``warning:`` lines a script's log should keep."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_bytes(BOM + text.encode(_legacy(text)))
    (news / "b.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["extract", str(news), "-o", str(tmp_path / "out"), "--skip-bad",
                                       "--csv", str(tmp_path / "csv"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert "\r" not in result.stderr
    assert lines[0].startswith("1 document; entities: PERSON ")
    assert [line.split(" ", 1)[0] for line in lines[1:]] == ["wrote"] * 4 + ["skipped:"]
