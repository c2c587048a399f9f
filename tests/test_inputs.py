"""Reading inputs: encodings, bad files, JSON lines, folders, size limits (zhkg/stages/read.py)."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from zhkg.errors import InputError
from zhkg.stages.encodings import check_encoding, decode_bytes
from zhkg.stages.read import read_inputs

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e88b616f19a6a93b.txt"

TRADITIONAL = "平谷區政協黨組書記、主席閆維洪主持會議。全區17個鎮鄉(街道)、274個村、1028個卡口。"
SIMPLIFIED = "平谷区政协党组书记、主席闫维洪主持会议。全区17个镇乡(街道)、274个村、1028个卡口。"
SHORT = ["相關焦點", "相关焦点", "2020年2月15日", "2020-12-22 消费日报网", "政协北京市平谷区委员会办公室", "「疫情就是命令,防控就是责任」"]


def seed_lines() -> list[str]:
    return [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gbk", "gb18030", "big5"]


@pytest.mark.parametrize(
    "text, encoding",
    [(TRADITIONAL, e) for e in ENCODINGS] + [(SIMPLIFIED, e) for e in ENCODINGS if e != "big5"],  # Big5 has no Simplified
)
def test_common_encodings_are_detected(text, encoding):
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + data
    assert decode_bytes(data) == text


@pytest.mark.parametrize("encoding", ["gbk", "big5"])
def test_gbk_and_big5_are_not_mistaken_for_each_other(encoding):
    # charset-normalizer alone reads several of these short lines as the other encoding (or Korean).
    lines = seed_lines() + SHORT
    from zhkg.stages.normalise import to_simplified

    lines += [to_simplified(line) for line in lines]
    tried = 0
    for line in lines:
        try:
            data = line.encode(encoding)
        except UnicodeEncodeError:
            continue  # Big5 cannot hold Simplified characters; GBK lacks a few symbols
        tried += 1
        assert decode_bytes(data) == line, line
    assert tried > 50


def test_whole_seed_in_gb18030_and_big5():
    text = SEED.read_text(encoding="utf-8")
    assert decode_bytes(text.encode("gb18030")) == text
    assert decode_bytes(text.encode("big5")) == text


def test_bom_is_removed_and_utf8_is_the_fast_path():
    assert decode_bytes(codecs.BOM_UTF8 + "平谷区".encode()) == "平谷区"
    text = TRADITIONAL.replace("、", "\x00", 1)
    assert decode_bytes(text.encode()) == text  # a stray NUL in UTF-8 text is kept


def test_explicit_encoding_settles_texts_too_short_to_tell():
    data = "閆闖說".encode("big5")  # three characters, rare ones: as plausible in GB18030 as in Big5
    assert decode_bytes(data) != "閆闖說"
    assert decode_bytes(data, encoding="big5") == "閆闖說"


def test_explicit_encoding_overrides_detection():
    data = TRADITIONAL.encode("big5")
    assert decode_bytes(data, encoding="big5") == TRADITIONAL
    assert decode_bytes(codecs.BOM_UTF8 + b"abc", encoding="UTF-8") == "abc"
    with pytest.raises(InputError, match=r"^x\.txt is not valid utf-8 \(byte \d+\)$"):
        decode_bytes(data, name="x.txt", encoding="utf-8")


@pytest.mark.parametrize("name", ["no-such-codec", "base64", "rot13", "zlib"])
def test_unknown_or_non_text_encodings_are_refused(name):
    with pytest.raises(InputError, match=f"^unknown text encoding: {name}$"):
        check_encoding(name)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"\x00\x01\x02binary", "x.bin looks like a binary file, not text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "x.bin looks like a binary file, not text"),
        (bytes(range(0x80, 0x100)) * 4, "cannot tell the encoding of x.bin (not UTF-8, GB18030 or Big5); name it with --encoding"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "x.bin starts with a utf-16 byte-order mark but is not valid utf-16 (byte 2)"),
    ],
)
def test_undecodable_bytes_raise_one_line_errors(data, message):
    with pytest.raises(InputError) as info:
        decode_bytes(data, name="x.bin")
    assert str(info.value) == message


def test_folders_are_read_recursively_in_path_order(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "b" / "c" / "z.txt").write_text("平谷区", encoding="utf-8")
    (tmp_path / "b" / "a.txt").write_bytes("閆維洪".encode("big5"))
    (tmp_path / "a.txt").write_bytes("政协".encode("gbk"))
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    docs = list(read_inputs([tmp_path]))
    assert [(d.id, d.text) for d in docs] == [("a", "政协"), ("b/a", "閆維洪"), ("b/c/z", "平谷区")]


def test_skipped_inputs_are_collected_and_reading_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text("平谷区", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    lines = tmp_path / "in.jsonl"
    lines.write_text('{"id": "j1", "text": "政协"}\n{oops\n{"text": 3}\n{"id": "j4", "text": "闫维洪"}\n', encoding="utf-8")
    skipped: list[InputError] = []
    docs = list(read_inputs([tmp_path / "good.txt", tmp_path / "empty.txt", tmp_path / "missing.txt", lines], skipped=skipped))
    assert [d.id for d in docs] == ["good", "j1", "j4"]
    assert [str(e) for e in skipped] == [
        f"{tmp_path / 'empty.txt'} is empty",
        f"no such file or directory: {tmp_path / 'missing.txt'}",
        f"{lines}:2: malformed JSON (Expecting property name enclosed in double quotes)",
        f'{lines}:3: expected an object with a "text" string',
    ]


def test_jsonl_errors_name_the_line(tmp_path):
    lines = tmp_path / "in.jsonl"
    lines.write_text('{"id": "a", "text": "政协"}\n\n{"id": "b", "text": "平谷区"\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"in\.jsonl:3: malformed JSON \(Expecting ',' delimiter\)$"):
        list(read_inputs([lines]))


def test_jsonl_lone_surrogates_become_replacement_characters(tmp_path):
    lines = tmp_path / "in.jsonl"
    lines.write_text(json.dumps({"id": "s", "text": "平谷\ud800区", "src": "x\udfff"}) + "\n", encoding="utf-8")
    [doc] = read_inputs([lines])
    assert doc.text == "平谷\ufffd区" and doc.metadata == {"src": "x\ufffd"}


def test_documents_over_the_limit_are_refused_with_their_size(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("平谷区" * 40, encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(read_inputs([big], max_chars=100))
    assert str(info.value) == f"{big} has 120 characters; the limit is 100 a document"
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"a" * 500)  # refused from its byte size, before decoding
    with pytest.raises(InputError) as info:
        list(read_inputs([huge], max_chars=100))
    assert str(info.value) == f"{huge} has at least 124 characters (500 bytes); the limit is 100 a document"
    lines = tmp_path / "in.jsonl"
    lines.write_text(json.dumps({"text": "政" * 101}) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(read_inputs([lines], max_chars=100))
    assert str(info.value) == f"{lines}:1 has 101 characters; the limit is 100 a document"


def test_repeated_ids_are_made_unique_so_no_document_is_merged(tmp_path):
    for folder, text in (("x", "平谷区"), ("y", "政协")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(text, encoding="utf-8")
    lines = tmp_path / "a.jsonl"
    lines.write_text('{"id": "a", "text": "闫维洪"}\n{"id": "a~2", "text": "主席"}\n', encoding="utf-8")
    docs = list(read_inputs([tmp_path / "x", tmp_path / "y", lines]))
    assert [(d.id, d.text) for d in docs] == [("a", "平谷区"), ("a~2", "政协"), ("a~3", "闫维洪"), ("a~2~2", "主席")]


@pytest.mark.parametrize(
    "name, content, text_column, expected",
    [
        # a header row is read as one when no --text-column names it
        ("h.csv", "id,text\n1,平谷区政协召开会议。\n2,全区274个村。\n", None,
         [("h-2", "平谷区政协召开会议。", {"id": "1"}), ("h-3", "全区274个村。", {"id": "2"})]),
        ("h.tsv", "类别\t正文\n政治\t平谷区政协召开会议。\n", None, [("h-2", "平谷区政协召开会议。", {"类别": "政治"})]),
        ("h.csv", "Title,Source\n平谷区政协召开会议。,网\n", "1", [("h-2", "平谷区政协召开会议。", {"Source": "网"})]),
        # without one, the first row is a document
        ("n.tsv", "政治\t平谷区政协召开会议。\n国际\t美国总统会见日本首相。\n", None,
         [("n-1", "平谷区政协召开会议。", {"col1": "政治"}), ("n-2", "美国总统会见日本首相。", {"col1": "国际"})]),
        ("n.csv", "1,hello world\n2,平谷区政协召开会议。\n", None,
         [("n-1", "hello world", {"col1": "1"}), ("n-2", "平谷区政协召开会议。", {"col1": "2"})]),
        ("n.csv", "1,text\n", None, "n.csv has a header and no rows$"),  # a header and nothing else is no document
    ],
)
def test_delimited_header_row_is_not_a_document(tmp_path, name, content, text_column, expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    if isinstance(expected, str):
        with pytest.raises(InputError, match=expected):
            list(read_inputs([path], text_column=text_column))
        return
    docs = list(read_inputs([path], text_column=text_column))
    assert [(d.id, d.text, d.metadata) for d in docs] == expected


@pytest.mark.parametrize("encoding", ["utf-16", "latin-1"])
def test_a_wrong_named_encoding_that_decodes_is_refused_not_read_as_garbage(tmp_path, encoding):
    # UTF-8 bytes of even length decode as UTF-16 without error; any bytes decode as Latin-1
    path = tmp_path / "a.txt"
    path.write_text("平谷区政协主席闫维洪。\n", encoding="utf-8")
    message = f"a.txt does not read as Chinese text in {encoding}; check --encoding, or leave it out to detect the encoding"
    with pytest.raises(InputError, match=f"{message}$"):
        list(read_inputs([path], encoding=encoding))
    lines = tmp_path / "a.jsonl"
    lines.write_text(json.dumps({"id": "x", "text": "平谷区政协主席闫维洪。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="a.jsonl does not read as Chinese text"):
        list(read_inputs([lines], encoding=encoding))
    assert [r.text for r in read_inputs([path], encoding="utf-8")] == ["平谷区政协主席闫维洪。\n"]


def test_folders_read_txt_in_any_case_and_keep_both_ids(tmp_path):
    (tmp_path / "a.txt").write_text("平谷区", encoding="utf-8")
    (tmp_path / "B.TXT").write_text("政协", encoding="utf-8")
    (tmp_path / "c.Txt").write_text("闫维洪", encoding="utf-8")
    (tmp_path / "d.txt.bak").write_text("主席", encoding="utf-8")
    assert [(r.id, r.text) for r in read_inputs([tmp_path])] == [("B", "政协"), ("a", "平谷区"), ("c", "闫维洪")]
