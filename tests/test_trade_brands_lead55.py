"""A brand read before its trade only inside another mention names no company, and the reader does not crash
(session 55: a retrained recogniser's mentions raised StopIteration in ``count_derived._trade_brands``)."""

import pytest

from zhkg.records import Document, Label, Mention
from zhkg.relate.base import RelationContext
from zhkg.relate.count_derived import _trade_brands


def _ctx(text: str, spans: list[tuple[str, Label]]) -> RelationContext:
    mentions = []
    for name, label in spans:
        start = text.index(name)
        mentions.append(Mention("d", start, start + len(name), name, name, label, "x"))
    return RelationContext(Document("d", text), mentions, {})


@pytest.mark.parametrize("label", [Label.PLACE, Label.ORGANIZATION])
def test_a_brand_before_its_trade_only_inside_a_mention_names_no_company(label):
    text = "宏耐地板展厅今天开业。宏耐总部设在北京，宏耐专卖店已有500家。"
    assert _trade_brands(_ctx(text, [("宏耐地板展厅", label)])) == []


def test_a_brand_before_its_trade_outside_a_mention_names_the_company():
    text = "宏耐地板展厅今天开业。宏耐总部设在北京，宏耐专卖店已有500家。"
    found = _trade_brands(_ctx(text, []))
    assert {company.name for _, _, company in found} == {"宏耐地板"}
    assert [(s, e) for s, e, _ in found] == [(0, 4), (11, 13), (20, 22)]
