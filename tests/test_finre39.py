"""Company names in financial news, round 4 (issue 15, session 30 round finre39).

Every passage is invented for these tests in the style of mainland business news. A listed short name followed by
its people, price or warrants is the company (金徽酒|管理层, 振华重工|涨幅, 对中国平安|估值) (:mod:`zhkg.extract.
listed_companies`); 中国 and an abbreviation jieba does not hold as a noun is a group's short name where the sentence
says a company stands (在中国恒天|多次增持); a brand jieba cut into a numeral and a noun is still a brand (玖|龙|纸业);
a party before 方面 whose spokesman speaks or is reached is a company (海印方面也表示, 联系凯马方面了解)
(:mod:`zhkg.extract.trade_frames`). Kinds and roles (车企, 交警, 中国|央企, 三大|银行), fields (市场方面) and people
(王力宏方面) stay what they were. The FinRE bench counts the parent the PART_OF reader gives a unit (万科 of
万科董事会) in its own column.
"""

import pytest
from helpers import both_scripts, mention_labels, org_mentions

from zhkg.extract.trade_frames import side_names
from zhkg.stages.segment import make_nlp, token_table


@pytest.mark.parametrize("text, wanted", both_scripts([
    # a listed short name, then its people, its price or its valuation (a noun that used to open a longer name)
    ("公告显示，金徽酒管理层将增持公司股票。", {"金徽酒"}),
    ("昨日收盘，振华重工涨幅居前，成交放大。", {"振华重工"}),
    ("分析师认为，对中国平安估值的影响有限，股价仍有空间。", {"中国平安"}),
    # 中国 and an abbreviation jieba built, a deal in the sentence
    ("在中国恒天多次增持之后，该股股价大涨。", {"中国恒天"}),
    # a brand cut into a numeral and a noun, joined to another brand and trade
    ("作为造纸龙头，玖龙纸业、理文造纸均表示将扩大产能。", {"玖龙纸业", "理文造纸"}),
    # a party's side speaking or reached
    ("对此，海印方面也表示将注入资产。", {"海印"}),
    ("记者多次联系凯马方面了解此事。", {"凯马"}),
    ("对此，中海海盛方面解释称资产减少系出售股票所致。", {"中海海盛"}),
]))
def test_a_company_the_sentence_frames(pipeline, text, wanted):
    names = set(org_mentions(pipeline, text))
    assert wanted <= names, names


@pytest.mark.parametrize("text, unwanted", both_scripts([
    ("对此，车企方面表示将召回。", "车企"),
    ("对此，交警方面表示正在调查。", "交警"),
    ("对此，市场方面表示关注。", "市场"),
    ("王力宏方面表示不予回应。", "王力宏"),
    ("中国央企增持股票的消息传出。", "中国央企"),
    ("三大银行均表示将下调利率。", "三大银行"),
    ("五家银行公告称将调整利率。", "五家银行"),
]))
def test_kinds_roles_fields_and_people_stay_unread(pipeline, text, unwanted):
    assert unwanted not in set(org_mentions(pipeline, text))


def test_a_person_keeps_their_side(pipeline):
    assert mention_labels(pipeline, "王力宏方面表示不予回应。").get("王力宏") == {"PERSON"}


def test_side_names_needs_a_speaker_or_a_reach():
    nlp = make_nlp()
    text = "海印方面的资产较多。记者从海印方面获悉此事。"
    doc = nlp(text)
    found = [(m.start, m.simplified) for m in side_names([], doc, token_table(doc), text)]
    assert found == [(text.rindex("海印"), "海印")]  # the first 方面 is owned, not a side speaking


def test_the_bench_counts_a_units_parent_in_its_own_column():
    import importlib
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    bench = importlib.import_module("bench.finre_orgs")
    parents = bench.part_parents(["万科董事会审议通过了引进深圳地铁的预案。", "万科今日公告。"])
    assert (0, 2) in parents[0] and parents[1] == set()
    assert bench.Tally(names=4, org=2, part=1).row().split(" | ")[3:7] == ["2", "0.500", "3", "0.750"]
