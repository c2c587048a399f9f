"""review105: a corpus run as a researcher makes one — bad rows in small JSON-lines and table files.

A row of broken bytes (valid in no encoding) in a small UTF-8 file stopped the whole file with "cannot tell the
encoding of FILE", naming no line, and ``--skip-bad`` skipped every good row with it: the share of valid UTF-8
lines that tells "a UTF-8 file with a few bad lines" from "a file in another encoding" (``_UTF8_LINES``, 3 in 4)
is not reached by 2 good rows of 3.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from helpers import assert_one_line_error, both_scripts

from zhkg.cli import main
from zhkg.errors import InputError
from zhkg.stages.read import read_inputs

BROKEN = b"\xff\xfe\x80abc"  # valid in no encoding: not UTF-8, GB18030 nor Big5

TEXTS = both_scripts(["平谷区政协主席闫维洪主持会议。北京市平谷区有17个镇乡。"])


def _table(text: str) -> bytes:
    rows = [b"category\ttext", f"sports\t{text}".encode(), b"sports\t" + BROKEN + text.encode(), f"news\t{text}".encode()]
    return b"\n".join(rows) + b"\n"


def _jsonl(text: str) -> bytes:
    lines = [json.dumps({"id": "a", "text": text}, ensure_ascii=False).encode(),
             b'{"id": "b", "text": "' + BROKEN + b'"}',
             json.dumps({"id": "c", "text": text}, ensure_ascii=False).encode()]
    return b"\n".join(lines) + b"\n"


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(("name", "make", "bad_line"), [("feed.tsv", _table, 3), ("feed.jsonl", _jsonl, 2)])
def test_a_broken_row_of_a_small_file_is_that_row_s_error(tmp_path, text, name, make, bad_line):
    src = tmp_path / name
    src.write_bytes(make(text))
    message = (f"{src}:{bad_line}: not valid utf-8 (a line in another encoding?); --skip-bad skips it, --encoding "
               "names the file's encoding")
    skipped: list[InputError] = []
    assert len(list(read_inputs([src], skipped=skipped))) == 2
    assert [str(e) for e in skipped] == [message]
    assert_one_line_error(CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "out"), "--no-model"]),
                          message)


@pytest.mark.parametrize("text", TEXTS)
def test_a_small_table_in_gbk_is_still_read_as_gbk(tmp_path, text):
    """The broken-bytes reading is only for lines no encoding reads: a whole file in GBK keeps its encoding."""
    src = tmp_path / "feed.tsv"
    src.write_bytes(f"category\ttext\nsports\t{text}\nnews\t{text}\n".encode("gb18030"))
    assert [raw.text for raw in read_inputs([src])] == [text, text]


# ---- --progress into a log (stderr no terminal): the bar was redrawn every half second, a line of the log each
# time (15 for the 715 THUCNews rows in 8 s, some 20,000 for a three-hour run), though its sign of life is
# redrawn every 30 s there

def test_a_bar_written_to_a_log_is_redrawn_at_the_log_s_pace(capsys, monkeypatch) -> None:
    import time

    from zhkg.run import corpus

    clock = [1000.0]
    monkeypatch.setattr(time, "time", lambda: clock[0])  # tqdm's clock: a second between two documents
    bar = corpus._Progress(120, enabled=True)
    for _ in range(120):
        clock[0] += 1.0
        bar.update(1_000)
    draws = len(capsys.readouterr().err.splitlines())  # a line a redraw in a log (review130)
    bar.close()
    assert 1 <= draws <= 1 + 120 // corpus._Progress.TICK_NOT_TERMINAL
