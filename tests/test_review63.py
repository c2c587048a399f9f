"""Review63: the product defects review54 and review55 left (docs/changes-session32.md, review63)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from zhkg.cli import main

ROOT = Path(__file__).resolve().parents[1]
TEXT = "平谷区政协主席闫维洪主持会议。"
TEXT_TRADITIONAL = "平谷區政協主席閆維洪主持會議。"


def _killed_while_writing(target: Path) -> Path:
    """A fresh process of this checkout opens ``target`` with zhkg's atomic writer, writes half of it and is killed
    (SIGKILL): the temporary file it leaves beside ``target``."""
    before = set(target.parent.iterdir()) if target.parent.exists() else set()
    script = f"""
        import os, signal
        from zhkg.export.atomic import atomic_write
        with atomic_write({str(target)!r}) as fh:
            fh.write("<graphml>")
            fh.flush()
            os.kill(os.getpid(), signal.SIGKILL)
    """
    env = dict(os.environ, PYTHONPATH=str(ROOT / "pipeline"))
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], env=env, timeout=120)
    assert done.returncode == -signal.SIGKILL
    (left,) = set(target.parent.iterdir()) - before
    return left


@pytest.mark.parametrize("text", [TEXT, TEXT_TRADITIONAL])
def test_a_run_removes_what_a_killed_run_left_in_its_folders(runner, tmp_path, text) -> None:
    # kill -9 while writing left hidden .NAME.XXXX.tmp files in -o and in the work directory for ever
    out, work = tmp_path / "out", tmp_path / "work"
    src = tmp_path / "a.txt"
    src.write_text(text, encoding="utf-8")
    assert runner.invoke(main, ["extract", str(src), "--no-model", "-o", str(out), "--work-dir", str(work)]).exit_code == 0
    stored = next(work.rglob("*.json"))
    left_out = _killed_while_writing(out / "a.graphml")
    left_work = _killed_while_writing(stored)
    assert left_out.name.startswith(".a.graphml.") and left_out.name.endswith(".tmp")
    mine = [out / ".a.graphml.ab12cd34.tmp", out / ".notes.tmp", work / ".keep.tmp", stored.parent / "x.tmp"]
    for path in mine:  # a user's files, however like ours: never removed
        path.write_text("mine", encoding="utf-8")
    stored.unlink()  # the result is computed again, and saved
    result = runner.invoke(main, ["extract", str(src), "--no-model", "-o", str(out), "--work-dir", str(work)])
    assert result.exit_code == 0, result.output
    assert not left_out.exists() and not left_work.exists()
    assert all(path.read_text(encoding="utf-8") == "mine" for path in mine)
    assert stored.exists() and (out / "a.graphml").read_text(encoding="utf-8").startswith("<?xml")


def test_a_running_writers_temporary_file_is_left_alone(tmp_path) -> None:
    from zhkg.export.atomic import atomic_write, remove_leftovers

    with atomic_write(tmp_path / "g.graphml") as fh:  # this process is writing it
        fh.write("<graphml>")
        assert remove_leftovers(tmp_path) == []
        assert len(list(tmp_path.iterdir())) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]


@pytest.mark.parametrize("text", [TEXT, TEXT_TRADITIONAL])
def test_standard_input_takes_the_text_field_a_jsonl_file_takes(runner, tmp_path, text) -> None:
    # `cat feed.jsonl | zhkg extract - --text-column news_content` was refused: standard input was read as text
    line = json.dumps({"id": "a", "news_content": text, "category": "政治"}, ensure_ascii=False) + "\n"
    feed = tmp_path / "feed.jsonl"
    feed.write_text(line, encoding="utf-8")
    piped = runner.invoke(main, ["extract", "-", "--text-column", "news_content", "--no-model", "--no-progress",
                                 "-o", str(tmp_path / "p"), "--name", "g"], input=line.encode("utf-8"))
    named = runner.invoke(main, ["extract", str(feed), "--text-column", "news_content", "--no-model", "--no-progress",
                                 "-o", str(tmp_path / "f"), "--name", "g"])
    assert piped.exit_code == 0 and named.exit_code == 0, piped.output
    graph = (tmp_path / "p" / "g.graphml").read_text(encoding="utf-8")
    assert "闫维洪" in graph and "meta_category" in graph
    assert graph == (tmp_path / "f" / "g.graphml").read_text(encoding="utf-8")  # the same document, read the same


@pytest.mark.parametrize(("options", "says"), [
    (["--text-column", "news_content"], "a table on standard input needs --delimiter"),
    (["--text-column", "2"], "standard input is read as one with --delimiter"),
])
def test_a_table_on_standard_input_without_delimiter_says_how(runner, tmp_path, options, says) -> None:
    table = f"id\tnews_content\na\t{TEXT}\n".encode()
    result = runner.invoke(main, ["extract", "-", *options, "--no-model", "--no-progress", "-o", str(tmp_path / "o")],
                           input=table)
    assert result.exit_code != 0
    (line,) = [x for x in result.output.splitlines() if x.strip()]
    assert line.startswith("Error: --text-column") and says in line and "$'\\t' for TSV" in line
    fixed = runner.invoke(main, ["extract", "-", *options, "--delimiter", "\t", "--no-model", "--no-progress",
                                 "-o", str(tmp_path / "o")], input=table)
    assert fixed.exit_code == 0 and "闫维洪" in (tmp_path / "o" / "stdin.graphml").read_text(encoding="utf-8")


# XML 1.0 (fifth edition) NameChar: what a schema-checking reader accepts in an NMTOKEN such as GraphML's attr.name
_NMTOKEN = re.compile("[-.0-9:A-Z_a-z\u00b7\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u037d\u037f-\u1fff\u200c\u200d\u203f\u2040"
                      "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff]+")
FIELDS = {"pub date": "2020-01-01", "views (万)": "12", "a:b&c": "x", "url/链接": "http://a", "#tag": "t", "备注 (内部)": "无"}


@pytest.mark.parametrize("text", [TEXT, TEXT_TRADITIONAL])
def test_metadata_names_are_xml_names_the_same_in_every_output(runner, tmp_path, text) -> None:
    # a field "pub date" or "a:b&c" gave attr.name="meta_a:b&c" in GraphML, which a strict reader refuses
    src = tmp_path / "feed.jsonl"
    src.write_text(json.dumps({"id": "a", "text": text, **FIELDS}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["extract", str(src), "--no-model", "--no-progress", "-o", str(out), "--json",
                                  str(out / "g.json"), "--gexf", str(out / "g.gexf"), "--csv", str(out / "csv")])
    assert result.exit_code == 0, result.output
    graphml = ET.parse(out / "feed.graphml").getroot()
    names = {k.get("attr.name") for k in graphml.iter("{http://graphml.graphdrawing.org/xmlns}key")}
    meta = {n for n in names if n.startswith("meta_")}
    assert len(meta) == len(FIELDS) and all(_NMTOKEN.fullmatch(n) for n in names)
    assert {"meta_pub_date", "meta_views_万", "meta_a_b_c", "meta_url_链接", "meta_tag", "meta_备注_内部"} == meta
    gexf = ET.parse(out / "g.gexf").getroot()
    assert {a.get("id") for a in gexf.iter() if a.tag.endswith("}attribute") and a.get("id").startswith("meta_")} == meta
    (doc,) = [n for n in json.loads((out / "g.json").read_text(encoding="utf-8"))["nodes"] if n["id"] == "doc:a"]
    assert {k for k in doc if k.startswith("meta_")} == meta and doc["meta_views_万"] == "12"
    header = (out / "csv" / "nodes.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert {h.split(":")[0] for h in header if h.startswith("meta_")} == meta


def test_a_long_document_shows_a_sign_of_life(runner, tmp_path, monkeypatch) -> None:
    # one long document left the bar at 0/1 for 14 minutes, nothing moving
    import zhkg.run.corpus as corpus

    monkeypatch.setattr(corpus._Progress, "QUIET", 0.2, raising=False)
    monkeypatch.setattr(corpus._Progress, "TICK_NOT_TERMINAL", 0.05, raising=False)
    slow = corpus._process_many

    def long_document(batch):
        time.sleep(1.0)  # as a 2 MB article would, for longer
        return slow(batch)

    monkeypatch.setattr(corpus, "_process_many", long_document)
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(main, ["extract", str(src), "--no-model", "--progress", "--jobs", "1", "-o", str(tmp_path)])
    assert result.exit_code == 0
    assert "working: 0:00 on the current document" in result.output
    assert "1/1" in result.output and (tmp_path / "a.graphml").exists()
    quiet = runner.invoke(main, ["extract", str(src), "--no-model", "--no-progress", "--jobs", "1", "-o", str(tmp_path)])
    assert quiet.exit_code == 0 and "working" not in quiet.output


def test_the_sign_of_life_stops_with_the_bar() -> None:
    import threading

    from zhkg.run.corpus import _Progress

    bar = _Progress(1, enabled=True)
    assert any(t.name == "zhkg-progress" for t in threading.enumerate())
    bar.update(10)
    bar.close()
    assert not any(t.name == "zhkg-progress" for t in threading.enumerate())
    _Progress(1, enabled=False).close()
    assert not any(t.name == "zhkg-progress" for t in threading.enumerate())


@pytest.mark.parametrize("fonts", ["as installed", "no CJK font"])
def test_the_notebooks_figure_writes_no_name_over_another(fonts, monkeypatch) -> None:
    # review44 left one label (李偉濤) under another's in the notebook's figure
    pytest.importorskip("matplotlib")
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.chdir(ROOT / "notebooks")  # where Jupyter starts the kernel
    cells = json.loads((ROOT / "notebooks" / "explore.ipynb").read_text(encoding="utf-8"))["cells"]
    figure = next(c for c in cells if c["cell_type"] == "code" and "plt.show()" in "".join(c["source"]))
    code = "".join(cells[1]["source"]) + "\n" + "".join(figure["source"]).replace("plt.show()", "")
    if fonts == "no CJK font":  # the pinyin labels, longer
        code = code.replace("font = cjk[0]", "cjk = []\nfont = cjk[0]")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scope: dict = {}
    exec(compile(code, "explore.ipynb", "exec"), scope)  # noqa: S102 - the notebook's own cells
    try:
        fig, ax = scope["fig"], scope["ax"]
        fig.canvas.draw()
        boxes = [(t.get_text(), t.get_window_extent(fig.canvas.get_renderer())) for t in ax.texts]
        assert len(boxes) == scope["H"].number_of_nodes() == 15
        over = [(a, b) for i, (a, box) in enumerate(boxes) for b, other in boxes[i + 1:] if box.overlaps(other)]
        assert over == []
    finally:
        plt.close("all")
