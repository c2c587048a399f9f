import json
from pathlib import Path

import networkx as nx
import pytest

from zhkg.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e88b616f19a6a93b.txt"


def test_extract_writes_default_outputs_and_summary(runner, tmp_path):
    text = "平谷區政協黨組書記、主席閆維洪主持會議。全區17個鎮鄉(街道)、274個村。"
    src = tmp_path / "news.txt"
    src.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["extract", str(src), "-o", str(tmp_path / "out"),
                                  "--json", str(tmp_path / "g.json"), "--mentions", str(tmp_path / "m.jsonl")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "news.graphml").exists() and (tmp_path / "out" / "news.html").exists()
    assert "1 document;" in result.stderr and "PERSON 1" in result.stderr
    G = nx.read_graphml(tmp_path / "out" / "news.graphml")
    assert any(a["label"] == "閆維洪" for _, a in G.nodes(data=True))
    data = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert {"nodes", "edges"} <= set(data)
    mentions = [json.loads(line) for line in (tmp_path / "m.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {m["label"] for m in mentions} == {"PERSON", "ORGANIZATION", "PLACE", "COUNT"}
    for m in mentions:
        assert text[m["start"]:m["end"]] == m["text"]


def test_jsonl_and_directory_inputs(runner, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "b.txt").write_text("閆維洪是主席。", encoding="utf-8")
    (folder / "a.txt").write_text("平谷区政协", encoding="utf-8")
    lines = tmp_path / "in.jsonl"
    lines.write_text(json.dumps({"id": "j1", "text": "稷山县公安局民警贺旺英", "source": "x"}, ensure_ascii=False) + "\n",
                     encoding="utf-8")
    result = runner.invoke(main, ["extract", str(folder), str(lines), "-o", str(tmp_path / "o"),
                                  "--mentions", str(tmp_path / "m.jsonl")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "o" / "corpus.graphml").exists()
    doc_ids = {json.loads(line)["doc_id"] for line in (tmp_path / "m.jsonl").read_text(encoding="utf-8").splitlines()}
    assert doc_ids == {"a", "b", "j1"}


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p / "missing.txt", "no such file or directory"),
        (lambda p: (p / "empty").mkdir() or p / "empty", "holds no .txt files"),
        (lambda p: (p / "bad.jsonl").write_text('{"id": 1, "text": "a"}\n{oops\n', encoding="utf-8") and p / "bad.jsonl",
         "bad.jsonl:2: malformed JSON"),
        (lambda p: (p / "bin.txt").write_bytes(b"\x00\x01\x02binary") and p / "bin.txt", "binary file"),
        (lambda p: (p / "junk.txt").write_bytes(bytes(range(0x80, 0x100)) * 4) and p / "junk.txt", "cannot tell the encoding"),
    ],
)
def test_bad_input_is_one_line_error(runner, tmp_path, make, message):
    path = make(tmp_path)
    result = runner.invoke(main, ["extract", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_failed_run_leaves_existing_output_untouched(runner, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    existing = out / "missing.graphml"
    existing.write_text("keep me", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(tmp_path / "missing.txt"), "-o", str(out)])
    assert result.exit_code == 1
    assert existing.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in out.iterdir()) == ["missing.graphml"]


def test_help_has_an_example(runner):
    result = runner.invoke(main, ["extract", "--help"])
    assert result.exit_code == 0 and "zhkg extract seeds/" in result.output


def _bio(sentences):
    lines = []
    for text, tags in sentences:
        lines += [f"{c}\t{t}" for c, t in zip(text, tags)] + [""]
    return "\n".join(lines) + "\n"


def test_eval_prints_scores_per_type(runner, tmp_path):
    bio = tmp_path / "dev.bio"
    bio.write_text(_bio([
        ("李克强在北京会见了联合国秘书长。", ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "I-LOC"] + ["O"] * 3 + ["B-ORG", "I-ORG", "I-ORG"] + ["O"] * 4),
        ("平谷区政协召开会议。", ["B-ORG"] + ["I-ORG"] * 4 + ["O"] * 5),
    ]), encoding="utf-8")
    for script in ("simplified", "traditional"):
        result = runner.invoke(main, ["eval", str(bio), "--script", script])
        assert result.exit_code == 0, result.output
        rows = {line.split()[0]: line.split() for line in result.output.splitlines() if line[:3] in ("PER", "LOC", "ORG", "ALL")}
        assert set(rows) == {"PER", "LOC", "ORG", "ALL"}
        assert rows["ALL"][1] == "4"  # gold spans
        assert float(rows["ALL"][-1]) >= 0.75
        assert "characters/second" in result.output


def test_eval_rejects_bad_files(runner, tmp_path):
    missing = runner.invoke(main, ["eval", str(tmp_path / "none.bio")])
    assert missing.exit_code == 1 and missing.stderr.startswith("Error: no such file")
    bad = tmp_path / "bad.bio"
    bad.write_text("李\tB-PER\n克 强 X\n", encoding="utf-8")
    result = runner.invoke(main, ["eval", str(bad)])
    assert result.exit_code == 1 and "bad.bio:2" in result.stderr and "Traceback" not in result.output
