"""Governments marked as MSRA and Universal NER mark them (round uner202): ``split_governments`` and
``bench/web_bio.py --harmonise``."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import uner202_spans, web_bio  # noqa: E402
from zhkg.ner.bio import Sentence, read_bio, spans_to_tags  # noqa: E402
from zhkg.ner.gold_marks import mark_article, split_governments  # noqa: E402


def _sentence(text, marks):
    spans = []
    for name, label in marks:
        start = text.index(name)
        spans.append((start, start + len(name), label))
    return Sentence(text, tuple(spans_to_tags(spans, len(text))))


def _shown(sentence):
    return [(sentence.text[s:e], label) for s, e, label in sentence.spans]


@pytest.mark.parametrize(
    ("text", "marks", "places", "expected"),
    [
        # a listed place before 政府: the place LOC, 政府 O
        ("日本政府表态。", [("日本政府", "ORG")], {"日本"}, [("日本", "LOC")]),
        # a division name (three characters or more, a division suffix) need not be listed
        ("新竹县政府说明。", [("新竹县政府", "ORG")], set(), [("新竹县", "LOC")]),
        ("上海市人民政府发文。", [("上海市人民政府", "ORG")], set(), [("上海市", "LOC")]),
        # no named place before it: O whole
        ("县政府说明。", [("县政府", "ORG")], set(), []),
        ("特区政府回应。", [("特区政府", "ORG")], set(), []),
        # an unlisted two-character place part is not guessed
        ("联邦政府说。", [("联邦政府", "ORG")], set(), []),
        # other organisations, and a place or person ending in 政府's characters, stay as they are
        ("外交部说。", [("外交部", "ORG")], set(), [("外交部", "ORG")]),
        ("李政府到了。", [("李政府", "PER")], set(), [("李政府", "PER")]),
        # the other marks of the sentence are kept, in order
        ("王五说日本政府和东京都。", [("王五", "PER"), ("日本政府", "ORG"), ("东京都", "LOC")], {"日本"},
         [("王五", "PER"), ("日本", "LOC"), ("东京都", "LOC")]),
    ],
)
def test_split_governments(text, marks, places, expected):
    assert _shown(split_governments(_sentence(text, marks), frozenset(places))) == expected


def test_mark_article_counts_the_marks_it_harmonises():
    entities = [{"type": "ORGANIZATION", "name": "日本政府"}, {"type": "PLACE", "name": "日本"},
                {"type": "ORGANIZATION", "name": "县政府"}]
    text = "日本政府与县政府。日本很大。"
    plain = mark_article(text, entities)
    harmonised = mark_article(text, entities, harmonise=True)
    assert [_shown(s) for s in plain.sentences] == [[("日本政府", "ORG"), ("县政府", "ORG")], [("日本", "LOC")]]
    assert [_shown(s) for s in harmonised.sentences] == [[("日本", "LOC")], [("日本", "LOC")]]
    assert (plain.harmonised, harmonised.harmonised) == (0, 2)


@pytest.fixture
def web_set(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    text = "日本政府派张伟到北京。"
    (texts / "cn-01.txt").write_text(text, encoding="utf-8")
    record = {"id": "cn-01", "half": "tune", "sha256": hashlib.sha256(text.encode()).hexdigest(),
              "entities": [{"type": "ORGANIZATION", "name": "日本政府"}, {"type": "PLACE", "name": "日本"},
                           {"type": "PERSON", "name": "张伟"}, {"type": "PLACE", "name": "北京"}]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold, texts


@pytest.mark.parametrize(
    ("extra", "expected", "said"),
    [((), [("日本政府", "ORG"), ("张伟", "PER"), ("北京", "LOC")], None),
     (("--harmonise",), [("日本", "LOC"), ("张伟", "PER"), ("北京", "LOC")], "1 government marks split")],
)
def test_harmonise_option(web_set, tmp_path, capsys, extra, expected, said):
    gold, texts = web_set
    out = tmp_path / "web.bio"
    assert web_bio.main(["--gold", str(gold), "--texts", str(texts), "--output", str(out), *extra]) == 0
    assert [_shown(s) for s in read_bio(out)] == [expected]
    err = capsys.readouterr().err
    assert ("government marks split" in err) is (said is not None)
    if said:
        assert said in err



@pytest.mark.parametrize(
    ("gold", "other", "expected"),
    [((2, 5, "LOC"), [], "missed"), ((2, 5, "LOC"), [(0, 2, "LOC")], "missed"),
     ((2, 5, "PER"), [(2, 5, "LOC")], "type"), ((2, 5, "LOC"), [(2, 8, "ORG")], "inside a longer span"),
     ((2, 5, "LOC"), [(3, 5, "LOC")], "cut or shifted"), ((2, 5, "LOC"), [(2, 3, "LOC"), (3, 5, "LOC")], "cut or shifted")],
)
def test_span_kind(gold, other, expected):
    assert uner202_spans.span_kind(gold, other) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [("新竹县政府", [(0, 5, "ORG")], {"inside ORG": 1}), ("新竹县政府", [(0, 3, "LOC")], {"O after LOC": 1}),
     ("上海市人民政府", [(0, 3, "LOC")], {"O after LOC": 1}), ("政府说", [], {"O, no name before": 1}), ("没有", [], {})],
)
def test_government_marks(text, spans, expected):
    assert dict(uner202_spans.government_marks(text, spans)) == expected


def test_spans_tool_refuses_a_missing_candidate(tmp_path, capsys):
    missing = tmp_path / "none.crfsuite"
    assert uner202_spans.main(["--candidate", str(missing)]) == 2
    err = capsys.readouterr().err.strip()
    # one line naming the candidate first; UNER dev is named after it where ../shared is not beside the checkout
    assert "\n" not in err and err.startswith(f"error: not found: {missing}")
    assert err.removeprefix(f"error: not found: {missing}") in ("", f", {uner202_spans.DEFAULT_UNER}")
