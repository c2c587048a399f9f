"""Session 60 (tidy297): the debts session 59 listed.

- Every bench script that writes an output file writes it with zhkg's atomic writer
  (:func:`bench.common.write_output` over :func:`zhkg.export.atomic.atomic_write`) and refuses, before any work,
  an output that is one of its inputs, a folder or a device (:func:`bench.common.refuse_output`).
- The ``python -m zhkg.…`` commands' usage errors are ``zhkg``'s: one ``Error: … (python -m zhkg.X --help)`` line,
  exit status 2 (:class:`zhkg.cli.arguments.ModuleParser`), not argparse's usage line and ``error:`` line.
- The readers' sentence and clause look-ups are bisections (``RelationContext.sentence_index``, ``starting_between``).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from zhkg.records import Document, Label, Mention
from zhkg.relate.base import RelationContext

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import common  # noqa: E402

OLD = "an earlier run's output\n"


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --- the module commands' usage errors ---------------------------------------------------------------------------

def _module_main(command: str):
    from zhkg.ner import clusters, prune, train
    from zhkg.relate import train_learned

    return {"ner.clusters": clusters.main, "ner.prune": prune.main, "ner.train": train.main,
            "relate.train_learned": train_learned.main}[command]


@pytest.mark.parametrize("command, argv, named", [
    ("ner.clusters", ["{src}", "--output", "{out}", "--dims", "x"], "--dims"),
    ("ner.clusters", ["--output", "{out}"], "source file"),  # its own check (parser.error)
    ("ner.prune", ["{src}", "--output", "{out}"], "--threshold"),  # a required option missing
    ("ner.prune", ["{src}", "--threshold", "0.1", "--output", "{out}", "--bogus"], "--bogus"),
    ("ner.train", ["{src}", "--output", "{out}", "--c1", "nan"], "--c1"),
    ("ner.train", ["{src}", "--output", "{out}", "--clusters", "{src}"], "--clusters"),  # its own check
    ("relate.train_learned", ["--output", "{out}"], "--finre"),  # its own check
    ("relate.train_learned", ["--finre", "{src}", "--output", "{out}", "--epochs", "0"], "--epochs"),
])
def test_a_module_command_line_mistake_is_one_error_line_and_exit_2(tmp_path, capsys, command, argv, named):
    src = tmp_path / "src.txt"
    src.write_text("北京\tB-LOC\n", encoding="utf-8")
    before = _tree(tmp_path)
    with pytest.raises(SystemExit) as stopped:
        _module_main(command)([a.format(src=src, out=tmp_path / "out" / "o.bin") for a in argv])
    assert stopped.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    line = captured.err.rstrip("\n")
    assert line.startswith("Error: ") and line.endswith(f" (python -m zhkg.{command} --help)") and named in line
    assert "usage:" not in line and _tree(tmp_path) == before


def test_the_module_usage_line_is_zhkgs_own():
    from click.testing import CliRunner

    from zhkg.cli import main

    result = CliRunner().invoke(main, ["extract", "--jsn", "x"])
    assert result.exit_code == 2
    assert result.output.strip().startswith("Error: ") and result.output.strip().endswith("(zhkg extract --help)")


def test_python_m_prints_one_line_and_exits_2(tmp_path):
    done = subprocess.run([sys.executable, "-m", "zhkg.ner.prune", "--threshold", "1"], capture_output=True,
                          text=True, cwd=tmp_path, env={"PYTHONPATH": str(ROOT / "pipeline"), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == ("Error: the following arguments are required: model, --output "
                           "(python -m zhkg.ner.prune --help)\n")


def test_a_control_character_in_a_value_is_shown_escaped(capsys):
    with pytest.raises(SystemExit):
        _module_main("ner.prune")(["m", "--threshold", "\x1b[2J", "--output", "o"])
    assert "\\x1b[2J" in capsys.readouterr().err


def test_every_module_command_parses_with_the_module_parser():
    """No ``python -m zhkg.…`` command builds a plain argparse parser (its usage error would be argparse's)."""
    plain = []
    for path in sorted((ROOT / "pipeline" / "zhkg").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "ArgumentParser"):
                plain.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert plain == []


# --- the bench scripts' outputs -----------------------------------------------------------------------------------

#: Files bench scripts write for themselves in a temporary folder (a corpus to run, a copy to date): no output.
SCRATCH = {"common.py": 1, "html_dates_corpus.py": 1, "long_text.py": 1, "resume_memory.py": 1, "scale.py": 1}


def _writes(path: Path) -> list[int]:
    """The lines of ``path`` that open a file for writing or write one whole (``write_text``, ``open(…, "w")``)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name in ("write_text", "write_bytes"):
            found.append(node.lineno)
        elif name == "open":
            at = 1 if isinstance(func, ast.Name) else 0  # open(path, mode) or Path.open(mode)
            mode = node.args[at] if len(node.args) > at else next(
                (k.value for k in node.keywords if k.arg == "mode"), None)
            if isinstance(mode, ast.Constant) and set(str(mode.value)) & set("wax"):
                found.append(node.lineno)
    return found


def test_no_bench_script_writes_an_output_but_atomically():
    found = {p.name: len(_writes(p)) for p in sorted((ROOT / "bench").glob("*.py")) if _writes(p)}
    assert found == SCRATCH


def test_write_output_replaces_whole_and_leaves_no_temporary(tmp_path):
    out = tmp_path / "dump.json"
    out.write_text(OLD, encoding="utf-8")
    common.write_output("--dump", out, json.dumps(["M", 1, "北京"], ensure_ascii=False))
    assert out.read_text(encoding="utf-8") == '["M", 1, "北京"]'
    assert [p.name for p in tmp_path.iterdir()] == ["dump.json"]


def test_write_output_refuses_a_folder_in_one_line_and_keeps_it(tmp_path):
    (tmp_path / "dump.json").mkdir()
    with pytest.raises(SystemExit) as stopped:
        common.write_output("--dump", tmp_path / "dump.json", "[]")
    assert str(stopped.value.code) == (f"Error: {tmp_path / 'dump.json'} is a folder, not a regular file: "
                                       "an output must be a regular file or absent")
    assert (tmp_path / "dump.json").is_dir() and _tree(tmp_path) == {}


def test_an_unwritable_output_is_named_by_its_option_not_the_temporary_file(tmp_path, monkeypatch):
    # bench/redos20_diff.py --dump /sys/x.json (the worker runs as root: the folder passes the access check) ran
    # 715 rows, then stopped in a traceback naming /sys/.x.json.zhkg-….tmp
    out = tmp_path / "dump.json"

    def refused(*_args, **kwargs):
        raise PermissionError(13, "Permission denied", str(tmp_path / ".dump.json.zhkg-abc123-1.x.tmp"))

    monkeypatch.setattr("tempfile.mkstemp", refused)
    with pytest.raises(SystemExit) as stopped:
        common.write_output("--dump", out, "[]")
    assert str(stopped.value.code) == f"Error: cannot write --dump {out}: Permission denied"


def test_an_interrupted_write_leaves_the_old_output(tmp_path, monkeypatch):
    out = tmp_path / "sources.jsonl"
    out.write_text(OLD, encoding="utf-8")

    def interrupted(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr("os.replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        common.write_output("--sources", out, "new\n")
    assert _tree(tmp_path) == {"sources.jsonl": OLD.encode()}


@pytest.mark.parametrize("inputs", [["{out}"], [None, "{out}"], ["{other}", "{out}"]])
def test_refuse_output_names_the_input_and_exits_1(tmp_path, inputs):
    out, other = tmp_path / "rows.json", tmp_path / "other.json"
    out.write_text(OLD, encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        common.refuse_output("--dump", out, [i and Path(i.format(out=out, other=other)) for i in inputs])
    assert str(stopped.value.code) == f"Error: --dump {out} is the input {out}: refusing to write over an input"
    assert out.read_text(encoding="utf-8") == OLD


def test_refuse_output_passes_a_new_file_and_no_output(tmp_path):
    common.refuse_output("--json", tmp_path / "new" / "rows.json", [tmp_path / "in.bio"])
    common.refuse_output("--json", None, [tmp_path / "in.bio"])
    assert _tree(tmp_path) == {}


def test_web_texts_refuses_its_gold_as_the_sources_file(tmp_path, capsys):
    from bench import web_texts

    gold = tmp_path / "gold.jsonl"
    gold.write_text(OLD, encoding="utf-8")
    (tmp_path / "raw").mkdir()
    with pytest.raises(SystemExit) as stopped:
        web_texts.main(["--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "texts"), "--sources", str(gold),
                        "--gold", str(gold)])
    assert "refusing to write over an input" in str(stopped.value.code)
    assert _tree(tmp_path) == {"gold.jsonl": OLD.encode()}


def test_cluener_orgs_refuses_its_data_as_the_json(tmp_path):
    from bench import cluener_orgs

    data = tmp_path / "train.fine.bio"
    data.write_text("北\tB-company\n\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        cluener_orgs.main(["--data", str(data), "--json", str(data)])
    assert str(stopped.value.code).startswith(f"Error: --json {data} is the input {data}")
    assert data.read_text(encoding="utf-8") == "北\tB-company\n\n"


def test_web_bio_writes_its_output_atomically(tmp_path):
    from bench import web_bio

    gold = tmp_path / "gold.jsonl"
    gold.write_text("", encoding="utf-8")
    (tmp_path / "texts").mkdir()
    with pytest.raises(SystemExit):  # the output is the gold file: refused before anything is read
        web_bio.main(["--output", str(gold), "--gold", str(gold), "--texts", str(tmp_path / "texts")])
    assert _tree(tmp_path) == {"gold.jsonl": b""}


# --- the readers' bisected look-ups -------------------------------------------------------------------------------

def _context(text: str, names: list[tuple[str, Label]]) -> RelationContext:
    mentions = []
    for name, label in names:
        at = text.index(name)
        mentions.append(Mention("d", at, at + len(name), name, name, label, "x", canonical=name))
    return RelationContext(Document("d", text), mentions, {m: f"{m.label.value}:{m.text}" for m in mentions})


@pytest.mark.parametrize("at", range(-1, 40))
def test_sentence_index_is_the_scan_it_replaced(at):
    ctx = _context("教育局宣布。  王明任局长。\n李四任副局长！张三说", [])
    scanned = max((n for n, (s, _e) in enumerate(ctx.sentences) if s <= at), default=-1)
    assert ctx.sentence_index(at) == scanned


@pytest.mark.parametrize("lo, hi", [(0, 3), (0, 30), (3, 9), (4, 9), (9, 9), (10, 30), (30, 40)])
def test_starting_between_is_the_scan_it_replaced(lo, hi):
    ctx = _context("教育局宣布王明任局长，李四任副局长。", [("教育局", Label.ORGANIZATION), ("王明", Label.PERSON),
                                                 ("李四", Label.PERSON), ("局长", Label.COUNT)])
    assert ctx.starting_between(lo, hi) == [m for m in ctx.mentions if lo <= m.start < hi]
