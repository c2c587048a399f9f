"""Review54: a researcher's own corpus, at size, with the files people have (docs/changes-session32.md, review54)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
psutil = pytest.importorskip("psutil")


def _python(script: str) -> subprocess.Popen:
    """``script`` in a fresh Python process of this checkout, its stdout a pipe."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "pipeline"))
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(script)], env=env, stdout=subprocess.PIPE, text=True)


def _wait_for(condition, seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def _kill_and_watch(parent: subprocess.Popen, children: list) -> list:
    """SIGKILL ``parent``; the ``children`` (psutil processes) still alive 10 s later (then ended here)."""
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    parent.stdout.close()
    _, alive = psutil.wait_procs(children, timeout=10)
    for child in alive:  # what the test started: not left behind when it fails
        child.kill()
    return alive


@pytest.mark.slow
def test_pool_workers_exit_when_the_run_is_killed_outright() -> None:
    # kill -9 of `zhkg extract --jobs 2` (or the OOM killer) left both workers blocked on their pipes for ever,
    # ~300 MB each, holding the stderr of whoever started the run open
    parent = _python("""
        import sys, time
        from zhkg.config import Config
        from zhkg.records import Document
        from zhkg.run.corpus import CorpusRun, _run_pool

        def documents():
            for i in range(6):
                yield Document(id=f"d{i}", text="平谷区政协主席闫维洪主持会议。")
            print("submitted", flush=True)
            time.sleep(600)  # the reader stalls: the workers wait for work

        _run_pool(documents(), CorpusRun(Config(recogniser=False), jobs=2, chunk_size=1), 2, lambda *a: None)
    """)
    assert parent.stdout.readline().strip() == "submitted"
    me = psutil.Process(parent.pid)
    assert _wait_for(lambda: len(me.children()) == 2)
    workers = me.children()
    assert not _kill_and_watch(parent, workers)


def test_a_writers_helper_exits_when_its_parent_is_killed_outright() -> None:
    parent = _python("""
        import time
        from zhkg.export.parallel import start_elsewhere

        wait = start_elsewhere(time.sleep, 600)
        print("started", flush=True)
        time.sleep(600)
    """)
    assert parent.stdout.readline().strip() == "started"
    me = psutil.Process(parent.pid)
    assert _wait_for(lambda: len(me.children()) == 1)
    assert not _kill_and_watch(parent, me.children())


# ---- A TSV written by a CSV writer (Python's csv, pandas, Excel's "Unicode Text"): its quoted cells

from helpers import both_scripts  # noqa: E402

_TEXTS = ["平谷区政协主席闫维洪主持会议。", "他说：\"我们要做好防控。\"\t张吉辉出席", "第一段，北京市平谷区。\n第二段，李伟涛发言。"]


def _read(path: Path) -> list:
    from zhkg.stages.read import read_inputs

    return list(read_inputs([path]))


@pytest.mark.parametrize("text", both_scripts([_TEXTS[1], _TEXTS[2]]))
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_quoted_cell_of_a_tsv_is_one_cell(tmp_path: Path, text: str, encoding: str) -> None:
    # a TAB inside was "3 columns where the header has 2"; a line break cut the document in two (the first half
    # kept, with the writer's quote); doubled quotes stayed doubled in the text
    import csv
    import io

    from zhkg.stages.normalise import to_traditional

    first = _TEXTS[0] if text in _TEXTS else to_traditional(_TEXTS[0])  # in the script of the parameter
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="\t", lineterminator="\r\n")
    writer.writerows([["category", "text"], ["体育", first], ["时政", text], ["财经", first]])
    path = tmp_path / "news.tsv"
    path.write_bytes(buf.getvalue().encode(encoding))
    docs = _read(path)
    assert [(d.id, d.text, d.metadata["category"]) for d in docs] == [
        ("news-2", first, "体育"), ("news-3", text, "时政"), ("news-4", first, "财经")]


@pytest.mark.parametrize("cell", both_scripts([
    '"中国梦"引发热议，平谷区政协召开会议。',  # opens with a quote that closes inside the cell
    '"平谷区政协召开会议。',  # a quote never closed
    '"平谷区政协"',  # quoted as a whole: read as a quoted cell, as CSV writers write it
]))
def test_a_tsv_cell_that_only_opens_with_a_quote_is_read_as_written(tmp_path: Path, cell: str) -> None:
    path = tmp_path / "news.tsv"
    rows = ["category\ttext", f"时政\t{cell}", "体育\t北京市平谷区。", '财经\t他说"好"。']
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    docs = _read(path)
    expected = cell[1:-1] if cell.endswith('"') and cell.count('"') == 2 else cell
    assert [(d.id, d.text) for d in docs] == [("news-2", expected), ("news-3", "北京市平谷区。"),
                                               ("news-4", '他说"好"。')]


# ---- A JSON line whose text is null, or under a name zhkg does not know


@pytest.mark.parametrize(("record", "message"), [
    ({"id": "a", "text": None}, 'in.jsonl:2: the "text" field is null'),
    ({"id": "a", "news_content": "平谷区政协召开会议。"}, 'in.jsonl:2: expected an object with a "text" string; its '
                                                      "fields: id, news_content (--text-column names the text's)"),
    ({"id": "a", "新聞內文": "平谷區政協召開會議。"}, 'in.jsonl:2: expected an object with a "text" string; its '
                                                 "fields: id, 新聞內文 (--text-column names the text's)"),
])
def test_a_json_line_without_a_text_says_what_it_has(tmp_path: Path, record: dict, message: str) -> None:
    # "expected an object with a "text" string" for each: a null text, or the text under another name, unseen
    from helpers import write_lines

    from zhkg.stages.read import read_inputs

    path = write_lines(tmp_path / "in.jsonl", [{"text": "平谷区政协主席闫维洪主持会议。"}, record])
    skipped: list = []
    assert [d.id for d in read_inputs([path], skipped=skipped)] == ["in-1"]
    assert [str(e) for e in skipped] == [f"{path}:{message.split(':', 1)[1]}"]


# ---- A resumed run with --mentions whose stored results are scattered held them all in memory


@pytest.mark.parametrize("text", both_scripts(["平谷区政协主席闫维洪主持会议。"]))
def test_stored_results_waiting_for_a_document_before_them_are_not_held_in_memory(pipeline, text: str) -> None:
    # session 31 left it: with the first document to compute and the rest stored, every stored result waited in a
    # list until the first was done, the whole corpus's results in memory
    import gc
    import weakref

    from zhkg.records import Document
    from zhkg.run.corpus import _InOrder

    kept: list = []
    ordered = _InOrder(lambda document, result, fresh, chars=None: kept.append(
        (document.id, document.text, result, fresh, len(document.text) if chars is None else chars)))
    first = Document(id="a", text=text)
    ordered.expect(first)
    stored = [pipeline.process_document(Document(id=i, text=text * 2)) for i in ("b", "c")]
    watched = [weakref.ref(r) for r in stored]
    copies = [(r.document.id, r.mentions, r.relations) for r in stored]
    for result in stored:
        ordered.stored(Document(id=result.document.id, text=text * 2), result)
    del result, stored
    gc.collect()
    assert [w() for w in watched] == [None, None]
    fresh = pipeline.process_document(first)
    ordered(first, fresh, True)
    ordered.close()
    assert [(i, t, f, c) for i, t, _, f, c in kept] == [("a", text, True, len(text)), ("b", "", False, 2 * len(text)),
                                                        ("c", "", False, 2 * len(text))]
    assert [(r.document.id, r.mentions, r.relations) for _, _, r, _, _ in kept[1:]] == copies
    assert copies[0][1]  # the results hold mentions: what was compared is something


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_text_column_names_a_json_lines_text_field(tmp_path: Path, runner, suffix: str) -> None:
    # a JSONL whose text is under a name zhkg does not know could not be read at all: --text-column was refused
    import json

    import networkx as nx

    from zhkg.cli import main

    records = [{"id": "a", "text": "摘要", "news_content": "平谷区政协主席闫维洪主持会议。"},
               {"id": "b", "text": "摘要", "news_content": "平谷區政協委員張吉輝出席會議。"}]
    path = tmp_path / f"in{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    else:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    result = runner.invoke(main, ["extract", str(path), "--text-column", "news_content", "--no-model",
                                  "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(tmp_path / "out" / "in.graphml")
    assert {"person:闫维洪", "person:张吉辉"} <= set(G)
    assert G.nodes["doc:a"]["meta_text"] == "摘要"  # the field not named the text stays metadata
    result = runner.invoke(main, ["extract", str(path), "--text-column", "2", "-o", str(tmp_path / "o2")])
    assert result.exit_code == 2 and "a JSON line's text is named by its field, not a number" in result.output


def test_a_file_of_bad_lines_is_not_a_flood_of_skipped_lines(tmp_path: Path, runner) -> None:
    # --skip-bad printed one `skipped:` line for each bad line: 1,000 for a file of 1,000, the summary far above
    from zhkg.cli import main
    from zhkg.cli.extract import SKIPPED_SHOWN

    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "平谷区政协主席闫维洪主持会议。"}\n' + '{"body_text": "x"}\n' * 1000, encoding="utf-8")
    result = runner.invoke(main, ["extract", str(path), "--skip-bad", "--no-model", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("skipped: ")]
    assert len(lines) == SKIPPED_SHOWN + 1
    assert lines[0] == (f'skipped: {path}:2: expected an object with a "text" string; its fields: body_text '
                        "(--text-column names the text's)")
    assert lines[-1] == f"skipped: {1000 - SKIPPED_SHOWN:,} more not listed (1,000 in all)"


def test_a_resumed_run_says_how_much_it_read_back(tmp_path: Path, runner) -> None:
    # a resumed run printed the same summary as a fresh one: nothing said the work directory was used
    from helpers import write_lines

    from zhkg.cli import main

    texts = ["平谷区政协主席闫维洪主持会议。", "平谷區政協委員張吉輝出席會議。", "北京市平谷区有17个镇乡。"]
    path = write_lines(tmp_path / "in.jsonl", [{"id": str(i), "text": t} for i, t in enumerate(texts)])
    args = ["extract", str(path), "--no-model", "--work-dir", str(tmp_path / "work"), "-o", str(tmp_path / "out")]
    first = runner.invoke(main, args)
    assert first.exit_code == 0 and "resumed:" not in first.stderr
    path.write_text(path.read_text(encoding="utf-8").replace("17个", "18个"), encoding="utf-8")  # one edited
    again = runner.invoke(main, args)
    assert again.exit_code == 0
    assert f"resumed: 2 of the 3 documents read back from {tmp_path / 'work'}" in again.stderr.splitlines()
