"""Organisations the web set's gold does not hold (issue 15, session 52, orgs243): a body read across the adverb
between a clause's subject and its verb of announcing (政府|旋即|公布 read as a company 政府旋即), and a date's
letter and a preposition read with a body's kind as a name (12日|向|公司|董事会 read as 日向公司, then 向公司), a
league table's magic number read as a team (封王|魔术|数字), and a team or a website one common word describes (内阁|团队).

Every sentence is written for these tests in the pattern the web set's news follows; none is copied from an article.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, finder_spans

from zhkg import Document
from zhkg.extract.body_spans import trim_date_letters
from zhkg.extract.inner_units import cut_body_tails
from zhkg.extract.trade_names import brands_announcing
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.normalise import to_simplified


def _orgs(pipeline, text: str) -> set[str]:
    """The Simplified names of ``text``'s organisations."""
    return {to_simplified(m.simplified) for m in pipeline.process_document(Document("d", text)).mentions
            if m.label is Label.ORGANIZATION}


# ---- an adverb of sequence or a day between the subject and the verb of announcing is no part of a brand

@pytest.mark.parametrize("text, brand", [
    ("选举结束后第三天，政府旋即公布新一届委员名单。", None),
    ("会议结束后，政府随即宣布新措施。", None),
    ("事件发生后，政府立即发布紧急通告。", None),
    ("事故发生后，政府当即公布调查结果。", None),
    ("消息传出，蓝鲸互动随即宣布完成融资。", "蓝鲸互动"),
    ("昨日，北辰时代今日发布新品。", "北辰时代"),
    ("上周，云图在线日前宣布完成融资。", "云图在线"),
])
def test_announcing_brand_leaves_the_adverb(nlp, text: str, brand: str | None) -> None:
    assert finder_spans(brands_announcing, nlp, text) == ([brand] if brand else [])


@pytest.mark.parametrize("text", both_scripts([
    "选举结束后第三天，政府旋即公布新一届委员名单。",
    "会议结束后，政府随即宣布新措施。",
]))
def test_government_and_adverb_is_no_organisation(pipeline, text: str) -> None:
    assert not any(name.startswith("政府") and len(name) > 2 for name in _orgs(pipeline, text))


def test_brand_announcing_still_read(pipeline) -> None:
    assert "蓝鲸互动" in _orgs(pipeline, "消息传出，蓝鲸互动随即宣布完成融资。")


# ---- a date, a preposition and a body's kind: no name

def _org(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention("d", at, at + len(name), name, name, Label.ORGANIZATION, "org_suffix")


@pytest.mark.parametrize("text, read, left", [
    ("王明已于2024年7月12日向公司董事会提交书面辞职报告。", "日向公司", []),
    ("典礼于9月1日在学校礼堂举行。", "日在学校", []),
    ("他于3月5日对法院提出上诉。", "日对法院", []),
    ("自2009年9月华油科技股份有限公司成立。", "月华油科技股份有限公司", ["华油科技股份有限公司"]),
    ("2023年5月向阳科技公司成立。", "月向阳科技公司", ["向阳科技公司"]),
])
def test_date_and_preposition_before_a_kind(text: str, read: str, left: list[str]) -> None:
    assert [m.simplified for m in trim_date_letters([_org(text, read)], text)] == left


@pytest.mark.parametrize("text", both_scripts([
    "原董事张明先生已于7月12日向公司董事会提交了书面辞职报告。",
    "独立董事李华于2024年3月8日向公司提交辞职报告。",
]))
def test_date_preposition_company_is_no_organisation(pipeline, text: str) -> None:
    assert not {"向公司", "日向公司"} & _orgs(pipeline, text)


# ---- a league table's magic number (魔术数字) is no basketball team

@pytest.mark.parametrize("text", both_scripts([
    "职棒季后赛将近，中信兄弟的封王魔术数字只剩3，球员都很有信心。",
    "职棒季后赛将近，富邦悍将的封王魔术数字只剩2，球迷都很期待。",
]))
def test_magic_number_is_no_team(pipeline, text: str) -> None:
    orgs = _orgs(pipeline, text)
    assert "魔术" not in orgs and orgs & {"中信兄弟", "富邦悍将"}


def test_team_magic_still_read(pipeline) -> None:
    assert "魔术" in _orgs(pipeline, "NBA季后赛首轮，魔术昨天以108比99击败活塞，系列赛取得2比1领先。")


# ---- one common word and a team or a website: a description, no body

@pytest.mark.parametrize("name, left", [
    ("研究团队", []),
    ("医疗团队", []),
    ("内阁团队", []),
    ("政府官网", []),
    ("台湾大学团队", ["台湾大学"]),
    ("清华大学研究团队", ["清华大学研究团队"]),
    ("国务院国资委官网", ["国务院国资委"]),
])
def test_described_team_or_site(name: str, left: list[str]) -> None:
    m = Mention("d", 0, len(name), name, name, Label.ORGANIZATION, MentionSource.RECOGNISER)
    assert [x.simplified for x in cut_body_tails([m])] == left
