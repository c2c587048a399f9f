"""bench/ner_eval.py's out-of-domain sets (Weibo NER, Resume NER): dev and test scored apart, errors of dev only,
the Resume conventions' reading, and one ``Error:`` line for a missing MSRA file."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ner_eval():
    spec = importlib.util.spec_from_file_location("ner_eval_under_test", ROOT / "bench" / "ner_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write_bio(path: Path, sentences: list[list[tuple[str, str]]]) -> None:
    path.write_text("\n\n".join("\n".join(f"{c}\t{t}" for c, t in s) for s in sentences) + "\n", encoding="utf-8")


def _sentence(text: str, tags: str) -> list[tuple[str, str]]:
    names = {"P": "PER", "O": "ORG", "L": "LOC"}
    out, previous = [], "-"
    for ch, tag in zip(text, tags):
        if tag == "-":
            out.append((ch, "O"))
        else:
            out.append((ch, ("I-" if tag == previous else "B-") + names[tag]))
        previous = tag
    return out


@pytest.fixture()
def ood_dir(tmp_path):
    folder = tmp_path / "set"
    folder.mkdir()
    # 王伟 (PER) in dev; 李明 (PER) and 上海 (LOC) in test
    _write_bio(folder / "dev.bio", [_sentence("王伟在北京", "PP---"), _sentence("好天气", "---")])
    _write_bio(folder / "test.bio", [_sentence("李明去上海", "PP-LL")])
    return folder


def test_dev_and_test_scored_apart_and_errors_of_dev_only(ner_eval, ood_dir):
    def tag(text):  # finds 王伟 and 李明, not 上海, and a spurious 北京
        return [(i, i + 2, "PER") for i in range(len(text) - 1) if text[i:i + 2] in ("王伟", "李明")] + \
            ([(3, 5, "LOC")] if text.startswith("王伟") else [])

    results, kinds, found_by, errors = ner_eval.score_ood([("toy", ood_dir)], tag, tag, lambda t: t, ["toy"])
    assert set(results) == {"zhkg/toy-dev", "crf/toy-dev", "zhkg/toy-test", "crf/toy-test"}
    assert results["zhkg/toy-dev"][0].counts() == (1, 2, 1)
    assert results["zhkg/toy-test"][0].counts() == (2, 1, 1)
    assert set(found_by) == {"toy-dev"}
    # errors come from dev alone: its two sentences, never test's 李明去上海
    assert [text for text, _, _ in errors["toy"]] == ["王伟在北京", "好天气"]


def test_a_missing_split_is_skipped(ner_eval, ood_dir):
    (ood_dir / "test.bio").unlink()
    results, *_ = ner_eval.score_ood([("toy", ood_dir)], lambda t: [], lambda t: [], lambda t: t)
    assert set(results) == {"zhkg/toy-dev", "crf/toy-dev"}


@pytest.mark.parametrize(("text", "spans", "expected"), [
    ("中国国籍，现任雅戈尔集团股份有限公司财务部经理", [(0, 2, "LOC"), (7, 21, "ORG")], [(7, 18, "ORG")]),
    ("曾任国信集团党委书记", [(2, 8, "ORG")], [(2, 6, "ORG")]),
    ("曾任天津大学法学院教授", [(2, 9, "ORG")], [(2, 9, "ORG")]),
    ("美国籍，在中国工作", [(0, 2, "LOC"), (5, 7, "LOC")], [(5, 7, "LOC")]),
])
def test_resume_conventions(ner_eval, text, spans, expected):
    assert ner_eval.resume_conventions(text, spans) == expected


def test_missing_msra_is_one_error_line(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "ner_eval.py"), "--data", str(tmp_path / "none.bio")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert done.stderr.strip().startswith("Error:") and "Traceback" not in done.stderr
