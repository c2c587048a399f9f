"""Round owners200: wrong owners by class in ``bench/counts_web.py --causes``, and the owner rule taken from them.

``--causes`` classified only the misses and spurious counts; it now also gives each matched count whose gold names an
owner and whose owner is wrong a class of :func:`bench.count_owner_causes.owner_cause` (the check half: class counts
only). Two classes split the old "another of the same kind": the document's topic read where the gold is named nearer,
and another entity of the gold's kind named in the count's sentence.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers import COUNT_SCRIPTS, assert_count_owner, in_script, web_count_set

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.count_owner_causes import CLASSES, OwnerCase, owner_cause  # noqa: E402
from zhkg.evaluate_counts import GoldCount  # noqa: E402
from zhkg.records import Label, Mention, Quantity  # noqa: E402

# ---- bench/counts_web.py --causes: owner classes

TEXT = "平谷区有5所学校。\n大厅有三百名代表。"  # (大厅: owners310 made 会场 an event's anaphor)
GOLD = [{"start": 4, "end": 8, "check": "5所学校", "value": 5, "thing": ["学校"], "owner": ["顺义区"]},
        {"start": 13, "end": 18, "check": "三百名代表", "value": 300, "thing": ["代表"], "owner": ["人大"]}]


def _causes(tmp_path: Path, half: str, *extra: str) -> None:
    from bench import counts_web

    gold, texts = web_count_set(tmp_path, TEXT, GOLD, half)
    assert counts_web.main(["--gold", str(gold), "--texts", str(texts), "--half", half, "--causes", "--no-model",
                            *extra]) == 0


def test_owner_classes_on_check_are_counts_only(tmp_path: Path, capsys) -> None:
    _causes(tmp_path, "check")
    out = capsys.readouterr().out
    assert "### owner classes, half check, simplified: 2 wrong of 2 owned counts matched" in out
    # a place read where the gold names another (not written), and no owner where the gold's is not written
    assert "| wrong: gold not written | 1 |" in out and "| none: gold not written | 1 |" in out
    assert "平谷" not in out and "人大" not in out and "代表" not in out and "cn-01" not in out


def test_owner_classes_on_tune_list_each_wrong_owner(tmp_path: Path, capsys) -> None:
    _causes(tmp_path, "tune", "--errors")
    out = capsys.readouterr().out
    assert "simplified owner [wrong: gold not written]: cn-01 5所学校=5 owner 顺义区, read 平谷区" in out
    assert "simplified owner [none: gold not written]: cn-01 三百名代表=300 owner 人大, read none" in out


def test_owner_classes_need_causes(tmp_path: Path, capsys) -> None:
    from bench import counts_web

    gold, texts = web_count_set(tmp_path, TEXT, GOLD, "tune")
    assert counts_web.main(["--gold", str(gold), "--texts", str(texts), "--half", "tune", "--no-model"]) == 0
    assert "owner classes" not in capsys.readouterr().out


# ---- the new classes of owner_cause, on cases built by hand


def _count(text: str, written: str, value: float, counted: str) -> Mention:
    start = text.index(written)
    return Mention("d", start, start + len(written), written, written, Label.COUNT, "count_grammar",
                   quantity=Quantity(value, counted, counted))


def _mentions(text: str, written: str, label: Label) -> list[Mention]:
    out, at = [], text.find(written)
    while at >= 0:
        out.append(Mention("d", at, at + len(written), written, written, label, "org_suffix"))
        at = text.find(written, at + 1)
    return out


TOPIC = "华为公司发布财报。华为公司表示业绩增长。荣耀公司独立运营。员工共有3000名。"


@pytest.mark.parametrize(("text", "owner", "gold", "cause"), [
    # 华为公司 named most; 荣耀公司, the gold, named after its last mention: the topic taken over a nearer holder
    (TOPIC, "华为公司", "荣耀公司", "wrong: the document's topic, the gold nearer"),
    # the gold named before the topic's last mention: no nearer holder passed over
    ("荣耀公司独立运营。华为公司发布财报。华为公司表示员工共有3000名。", "华为公司", "荣耀公司",
     "wrong: another of the same kind in the sentence"),
    # named as often as the gold: no topic; the owner named in the count's sentence
    ("荣耀公司独立运营。华为公司表示员工共有3000名。", "华为公司", "荣耀公司",
     "wrong: another of the same kind in the sentence"),
    # named only before the count's sentence, as often as the gold
    ("华为公司发布财报。荣耀公司独立运营。员工共有3000名。", "华为公司", "荣耀公司", "wrong: another of the same kind"),
])
def test_wrong_owner_of_the_same_kind_split(text: str, owner: str, gold: str, cause: str) -> None:
    count = _count(text, "3000名", 3000, "名")
    found = _mentions(text, owner, Label.ORGANIZATION) + _mentions(text, gold, Label.ORGANIZATION)
    case = OwnerCase(text, GoldCount(count.start, count.end, 3000.0, ("名",), (gold,)), count, [*found, count], [])
    assert owner_cause(case, f"org:{owner}") == cause
    assert cause in CLASSES


# ---- the document's topic carried into a holderless sentence inside a paragraph (relate/count_owner_clauses.py)

_SUZHOU = "苏州市发布新一年规划。苏州市将推进城市更新，苏州市各区同步实施。\n"

# (text, counted head, owner or None), each in three scripts
INSIDE = [
    # the sentence before names a body in passing, no subject previous_subject can carry: the topic's
    (_SUZHOU + "记者从市住建局获悉，今年工作进展顺利。全年计划改造老旧小区320个。", "小区", "苏州市"),
    (_SUZHOU + "今年工作进展顺利。全年计划改造老旧小区320个。", "小区", "苏州市"),
    # the count's sentence names holders after the count: it is about them, not the topic
    (_SUZHOU + "今年工作进展顺利。是次共接获8份标书，入标发展商包括新鸿基地产、恒基地产。", "标书", None),
    # one paragraph: the text moves on within it (THUCNews rows), as before
    ("苏州市发布新一年规划。苏州市将推进城市更新，苏州市各区同步实施。今年工作进展顺利。市民反应热烈。天气晴好。"
     "全年计划改造老旧小区320个。", "小区", None),
    (_SUZHOU + "今年工作进展顺利。市民反应热烈。天气晴好。全年计划改造老旧小区320个。", "小区", "苏州市"),
    # a crowd and a pointer stay no topic's inside a paragraph as at its opening
    (_SUZHOU + "今年工作进展顺利。共有300人参加了发布会。", "人", None),
    (_SUZHOU + "今年工作进展顺利。这320个小区将在年内完工。", "小区", None),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "counted", "owner"), INSIDE)
def test_the_document_topic_carries_inside_a_paragraph(pipeline, text: str, counted: str, owner: str | None,
                                                       script: str) -> None:
    assert_count_owner(pipeline, in_script(text, script), counted, owner)
