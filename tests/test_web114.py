"""Round web114: what the web dev set's international and mainland tune half showed — reporting words as Taiwan and
Hong Kong write them (引述 for 援引, 报导 for 报道) and a wire's dateline with a day and no month (中央社基辅8日电), and
two bodies joined by 与/和 after a place's government (杨浦区政府与复旦大学) — and the committed gold's form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import labelled_mentions

from zhkg.extract.news_outlets import news_outlets
from zhkg.stages.normalise import to_simplified, to_traditional

SCRIPTS = [lambda t: t, to_traditional]
GOLD = Path(__file__).resolve().parent / "gold" / "entities_web_intl.jsonl"


# ---- a wire's dateline with a day and no month (Taiwan's Central News Agency: 中央社基辅8日综合外电报导)

@pytest.mark.parametrize("text, outlet, place", [
    ("（中央社基辅7日综合外电报导）乌克兰与俄国代表团展开第3轮谈判。", "中央社", "基辅"),
    ("中央社基辅8日电 乌克兰外交部长表示，和谈仍在进行。", "中央社", "基辅"),
    ("中央社首尔5日专电 南韩国会今天通过预算案。", "中央社", "首尔"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_dateline_with_a_day(pipeline, text, outlet, place, convert):
    found = labelled_mentions(pipeline, convert(text))
    assert ("ORGANIZATION", outlet) in found
    assert ("PLACE", place) in found
    assert ("ORGANIZATION", outlet + place) not in found


@pytest.mark.parametrize("text, outlets", [
    ("中央社基辅8日综合外电报导 会谈结束。", ["中央社"]),
    ("中央社华盛顿8日电 白宫表示。", ["中央社"]),
    ("他8日电告对方，会议延期。", []),  # no outlet's head before the day
    ("三人小组8日报导，会谈结束。", []),
])
def test_news_outlets_day_dateline(text, outlets):
    assert [text[s:e] for s, e in news_outlets(text)] == outlets


# ---- 引述 and 报导: Taiwan's and Hong Kong's words for 援引 and 报道 after an outlet

@pytest.mark.parametrize("text, outlet, whole", [
    ("不过英国《金融时报》引述消息指，双方已接近达成协议。", "金融时报", "英国《金融时报》"),
    ("美联社引述俄媒RTVI报导指，部长已离职一阵子了。", "RTVI", "俄媒RTVI"),
    ("据法国《世界报》报导，巴黎当天有数万人游行。", "世界报", "法国《世界报》"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_outlet_before_taiwan_reporting_words(pipeline, text, outlet, whole, convert):
    found = labelled_mentions(pipeline, convert(text))
    assert ("ORGANIZATION", outlet) in found
    assert ("ORGANIZATION", whole) not in found


@pytest.mark.parametrize("text, outlets", [
    ("英国《金融时报》引述消息指", ["金融时报"]),
    ("据美国《纽约时报》报导", ["纽约时报"]),
    ("《老人与海》引述", []),  # a book quotes nobody: no outlet's head
])
def test_news_outlets_taiwan_words(text, outlets):
    assert [text[s:e] for s, e in news_outlets(text)] == outlets


# ---- two bodies joined by 与/和: a place's government, then a body

@pytest.mark.parametrize("text, left, right", [
    ("今天，杨浦区政府与复旦大学合作共建市东医院。", "杨浦区政府", "复旦大学"),
    ("北京市政府和北京大学签署合作协议。", "北京市政府", "北京大学"),
    ("区政府与华为公司签约。", "区政府", "华为公司"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_government_and_body_are_two(pipeline, text, left, right, convert):
    found = labelled_mentions(pipeline, convert(text))
    assert ("ORGANIZATION", right) in found
    assert not any(label == "ORGANIZATION" and left in name and right in name for label, name in found)


@pytest.mark.parametrize("text, body", [
    ("工业和信息化部今天发布通知。", "工业和信息化部"),  # a ministry of two fields stays whole
    ("住房和城乡建设部召开会议。", "住房和城乡建设部"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_ministry_of_two_fields_stays_whole(pipeline, text, body, convert):
    assert ("ORGANIZATION", body) in labelled_mentions(pipeline, convert(text))


# ---- the committed gold's form

def test_gold_form():
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    # web114's 32 articles, webgrow137's 12 (intl-20…25, cn-14…19), webgrow144's 20 (intl-26…33, cn-20…31) and
    # webgrow154's 12 (cn-32…38, intl-34…38) and webgrow164's 10 (cn-39…43, intl-39…43); tune-pool rounds' ids carry
    # their number (intl-183-01, cn-182-01, all tune) and stay out of the alternation
    assert len({r["id"] for r in records}) == len(records)
    split = [r for r in records if r["id"].count("-") == 1]
    assert len(split) == 86
    assert all(r["half"] == "tune" for r in records if r["id"].count("-") == 2)
    for region, prefix in (("international", "intl-"), ("mainland", "cn-")):
        ids = [r for r in split if r["region"] == region]
        assert all(r["id"].startswith(prefix) for r in ids)
        series = [r for r in ids if r["id"].count("-") == 1]
        assert [r["half"] for r in series] == ["tune" if i % 2 == 0 else "check" for i in range(len(series))]
        assert all(r["half"] == "tune" for r in ids if r["id"].count("-") == 2)
    for r in records:
        assert "text" not in r and len(r["sha256"]) == 64 and r["script"] in ("simplified", "traditional")
        for e in r["entities"]:
            assert e["type"] in ("PERSON", "ORGANIZATION", "PLACE")
            assert all(to_simplified(n) == n for n in [e["name"], *e.get("aliases", [])])


# ---- a credit in 【】 with the writer's 文/ (【文/观察者网 王恺雯】), as the () credits (新快报 何宁整理)

@pytest.mark.parametrize("text, outlet, person", [
    ("【文/观察者网 王恺雯】以色列对加沙地带的军事行动仍在继续。", "观察者网", "王恺雯"),
    ("【文/环球网 记者 李明】美国总统当天发表讲话。", "环球网", "李明"),
    ("会谈在北京举行。（文/新京报 张伟整理）", "新京报", "张伟"),
])
@pytest.mark.parametrize("convert", SCRIPTS)
def test_credit_in_square_brackets(pipeline, text, outlet, person, convert):
    found = labelled_mentions(pipeline, convert(text))
    assert ("ORGANIZATION", outlet) in found
    assert ("PERSON", person) in found


@pytest.mark.parametrize("text, outlets", [
    ("【文/观察者网 王恺雯】正文", ["观察者网"]),
    ("【新闻 王恺雯】正文", []),  # no outlet's name before the head
    ("【文/王恺雯】正文", []),
])
def test_news_outlets_square_credit(text, outlets):
    assert [text[s:e] for s, e in news_outlets(text)] == outlets


@pytest.mark.parametrize("convert", SCRIPTS)
def test_source_with_a_day_keeps_its_country(pipeline, convert):
    # 据…N日报道 is a source, not a wire's dateline: the agency is read, its country apart (the web gold's
    # convention since orgs311; MSRA dev keeps 埃及中东社 whole)
    found = labelled_mentions(pipeline, convert("据埃及中东社11日报道，一座储油站发生火灾。"))
    assert {("ORGANIZATION", "中东社"), ("PLACE", "埃及")} <= found
