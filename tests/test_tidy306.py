"""Session 61 (tidy306): the debts session 60 listed.

- ``zhkg eval`` (articles) and ``zhkg eval-counts`` say the same of each thing missing, in one ``Error:`` line with
  exit status 1: the gold file, the ``--data`` folder, the shared data folder a record needs, a record's text, an
  empty gold file (:func:`zhkg.cli.eval.gold_and_data`, :data:`zhkg.evaluate.NO_TEXT`).
- One F1 formula (:func:`zhkg.scores.f1`), asked by every evaluator.
- No module of ``zhkg.extract`` reads the three tables vouched_people took by their private names.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.helpers import assert_one_line_error
from zhkg.cli import main
from zhkg.evaluate import ArticleTally, Score
from zhkg.evaluate_counts import CountScore
from zhkg.evaluate_relations import RelationScore
from zhkg.ner.bio import Score as SpanScore
from zhkg.scores import f1

ROOT = Path(__file__).resolve().parents[1]
ZHKG = ROOT / "pipeline" / "zhkg"

# one record of each command's gold format, its text in a THUCNews row of the shared data folder
RECORDS = {
    "eval": {"id": "a", "source": "thucnews", "row": 0, "script": "simplified", "half": "tune", "window": [0, 4],
             "entities": []},
    "eval-counts": {"id": "a", "source": "thucnews", "row": 0, "script": "simplified", "half": "tune",
                    "window": [0, 4], "counts": []},
}
COMMANDS = sorted(RECORDS)


def _gold(tmp_path: Path, command: str, **change) -> Path:
    record = {**RECORDS[command], **change}
    record = {k: v for k, v in record.items() if v is not None}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold


def _data(tmp_path: Path) -> Path:
    corpus = tmp_path / "data" / "corpus"
    corpus.mkdir(parents=True)
    (corpus / "thucnews_1000.tsv").write_text("时政\t北京消息。今天下雨。\n", encoding="utf-8")
    return tmp_path / "data"


def _run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def no_shared_data(monkeypatch):
    """No ``shared/data`` beside the current folder or a parent, wherever the tests run."""
    monkeypatch.setattr("zhkg.evaluate.find_data_dir", lambda start=None: None)


# --- zhkg eval and zhkg eval-counts word missing data the same ---------------------------------------------------

@pytest.mark.parametrize("command", COMMANDS)
def test_a_gold_file_not_there(tmp_path, command):
    assert_one_line_error(_run(command, tmp_path / "nope.jsonl"), f"no such file: {tmp_path / 'nope.jsonl'}")


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("content", ["", "\n\n", "  \n"])
def test_an_empty_gold_file(tmp_path, command, content):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(content, encoding="utf-8")
    assert_one_line_error(_run(command, gold, "--data", _data(tmp_path)), f"{gold} is empty")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_data_folder_not_there_is_named_before_any_record_is_read(tmp_path, command):
    # eval said "gold.jsonl:1: nope/corpus/thucnews_1000.tsv not found", eval-counts "--data nope is not a folder"
    gold = _gold(tmp_path, command)
    assert_one_line_error(_run(command, gold, "--data", tmp_path / "nope"),
                          f"cannot read --data {tmp_path / 'nope'}: no such folder")


@pytest.mark.parametrize("command", COMMANDS)
def test_no_data_folder_found_is_said_by_the_line_that_needs_it(tmp_path, command, no_shared_data):
    # eval-counts refused every gold file up front ("cannot find the shared data folder"), eval named the line
    gold = _gold(tmp_path, command)
    assert_one_line_error(_run(command, gold), f"{gold}:1: the gold refers to the shared data folder; pass --data DIR")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_gold_file_of_inline_texts_needs_no_data_folder(tmp_path, command, no_shared_data):
    gold = _gold(tmp_path, command, text="北京消息。")
    result = _run(command, gold)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"{gold}: 1 ")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_record_with_no_text(tmp_path, command):
    # both said "malformed record (no 'source' field)", as if a source were the one way to give a text
    gold = _gold(tmp_path, command, source=None, row=None)
    assert_one_line_error(_run(command, gold, "--data", _data(tmp_path)),
                          f"{gold}:1: no text (the record has no 'text' field and no 'source' field)")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_text_file_missing_from_the_data_folder(tmp_path, command):
    gold = _gold(tmp_path, command)
    (tmp_path / "empty").mkdir()
    assert_one_line_error(_run(command, gold, "--data", tmp_path / "empty"),
                          f"{gold}:1: {tmp_path / 'empty' / 'corpus' / 'thucnews_1000.tsv'} not found")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_row_the_data_file_lacks(tmp_path, command):
    gold = _gold(tmp_path, command, row=5)
    data = _data(tmp_path)
    assert_one_line_error(_run(command, gold, "--data", data),
                          f"{gold}:1: row 5 is not in corpus/thucnews_1000.tsv (rows 0 to 0)")


@pytest.mark.parametrize("command", COMMANDS)
def test_the_gold_is_scored_when_nothing_is_missing(tmp_path, command):
    gold = _gold(tmp_path, command)
    result = _run(command, gold, "--data", _data(tmp_path))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"{gold}: 1 ")


# --- one F1 formula -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("p", "r"), [(0.5, 0.25), (1.0, 1.0), (0.0, 0.0), (0.0, 1.0), (0.883, 0.909), (1 / 3, 2 / 3)])
def test_f1_is_the_harmonic_mean(p, r):
    assert f1(p, r) == (2 * p * r / (p + r) if p + r else 0.0)
    assert f1(p, r) == f1(r, p)


def test_every_evaluator_asks_the_one_formula():
    assert Score(tp_predicted=3, predicted=4, tp_gold=3, gold=6).f1 == f1(0.75, 0.5)
    counts = CountScore(gold=6, predicted=4, correct=3)
    assert counts.f1 == f1(0.75, 0.5)
    assert RelationScore.prf(3, 4, 6) == (0.75, 0.5, f1(0.75, 0.5))
    spans = SpanScore(gold={"PER": 6}, predicted={"PER": 4}, correct={"PER": 3})
    assert spans.prf("PER") == (0.75, 0.5, f1(0.75, 0.5))
    tally = ArticleTally()
    assert tally.prf() == (0.0, 0.0, 0.0)


def test_no_module_writes_the_f1_formula_again():
    written = []
    for path in [*ZHKG.rglob("*.py"), *(ROOT / "bench").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # 2 * p * r / (p + r): a product of 2 and two names over their sum
            if (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div) and isinstance(node.right, ast.BinOp)
                    and isinstance(node.right.op, ast.Add) and isinstance(node.left, ast.BinOp)
                    and isinstance(node.left.op, ast.Mult) and isinstance(node.left.left, ast.BinOp)
                    and isinstance(node.left.left.left, ast.Constant) and node.left.left.left.value == 2):
                written.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert written == ["pipeline/zhkg/scores.py:20"]


# --- private names -----------------------------------------------------------------------------------------

def test_vouched_people_reads_public_tables():
    from zhkg.extract import name_scores, person_or_not, worded_bodies

    tree = ast.parse((ZHKG / "extract" / "vouched_people.py").read_text(encoding="utf-8"))
    imported = [a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for a in node.names]
    assert not [name for name in imported if name.startswith("_")]
    assert {"ADDRESS_WORDS", "NEVER_PERSON_LAST_LETTERS", "PLACE_ENDINGS"} <= set(imported)
    assert "ADDRESS_WORDS" in name_scores.__all__ and "先生" in name_scores.ADDRESS_WORDS
    assert "NEVER_PERSON_LAST_LETTERS" in person_or_not.__all__ and "局" in person_or_not.NEVER_PERSON_LAST_LETTERS
    assert "PLACE_ENDINGS" in worded_bodies.__all__ and "省" in worded_bodies.PLACE_ENDINGS


# --- model_spans and model_bodies ask the indexes that exist --------------------------------------------------

def _roles_cut_by_scan(m, text, lexicon) -> bool:
    """``model_spans._cuts_role`` before: every role word starting inside the span, by a table of its own."""
    return any(text.startswith(role, i) and i + len(role) > m.end
               for i in range(m.start + 1, m.end) for role in lexicon.role_words if role[0] == text[i])


@pytest.mark.parametrize("text", ["副主席任片区长王伟出席", "市长王伟说", "王副局长表示", "董事长助理李明", "据悉，张三任总经理。"])
def test_a_person_cut_inside_a_role_is_found_by_the_lexicons_role_lookup(text):
    from zhkg.extract.model_spans import _cuts_role
    from zhkg.records import Label, Mention
    from zhkg.resources.lexicon import load_lexicon

    lexicon = load_lexicon()
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            m = Mention("d", start, end, text[start:end], text[start:end], Label.PERSON, "crf")
            assert _cuts_role(m, text, lexicon) == _roles_cut_by_scan(m, text, lexicon), (start, end)


def test_no_module_imports_a_private_name_of_another_package():
    # within a package the parts of a split module share their names through ``__all__`` (the tidy rounds' splits);
    # across packages (extract, stages, relate, resources, ner …) a name another package reads is public
    crossing = []
    for path in ZHKG.rglob("*.py"):
        package = path.relative_to(ZHKG).parts[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("zhkg."):
                home = node.module.split(".")[1]
                crossing += [f"{path.relative_to(ZHKG)}: {node.module}.{a.name}" for a in node.names
                             if a.name.startswith("_") and not a.name.startswith("__") and home != package]
    assert crossing == []
