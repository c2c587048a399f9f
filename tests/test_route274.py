"""route274: the router reads where a text was written from the places and bodies it names, so mainland writing in
Taiwan's letter forms (OpenCC s2tw) keeps the shipped recogniser, while an article written in Taiwan or Hong Kong
still goes to the Traditional one. Articles and sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhkg.config import Config
from zhkg.ner.region import (
    MAINLAND_BODIES,
    TAIWAN_HONG_KONG_BODIES,
    leans_taiwan_hong_kong,
    region_counts,
    region_names,
)
from zhkg.ner.routing import routed_article, written_in_taiwan_or_hong_kong
from zhkg.records import Script
from zhkg.run.pipeline import Pipeline
from zhkg.stages.documents import parse_documents
from zhkg.stages.normalise import convert, normalise, to_simplified

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e88b616f19a6a93b.txt"

# written in Taiwan (Taiwan's own forms: 為, 眾, 裡), naming Taiwan's places and bodies
TAIWAN = ("新北市政府今天表示，為因應颱風來襲，市府已要求各區公所完成防災整備，板橋、三重及新莊的抽水站也已全面檢修。"
          "市議會召集人陳志明指出，「去年豪雨造成多處淹水，眾多居民損失慘重，希望市府加快排水工程。」立法院交通委員會"
          "委員林美華說，中央將補助桃園市與台中市的防洪計畫，讓居民在家裡不必再擔心淹水。里長們也呼籲民眾提早準備"
          "沙包，並留意氣象局的最新消息。縣府與議會將在下週召開聯席會議，檢討今年的防災成效，並公布各區的改善進度。")
# the same kind of article written on the mainland (Simplified), naming the mainland's places and bodies
MAINLAND = ("杭州市政府今天表示，为应对台风来袭，市委市政府已要求各区完成防汛准备，萧山、余杭及临平的泵站也已全面检修。"
            "市人大代表陈志明指出，去年暴雨造成多处积水，众多居民损失惨重，希望有关部门加快排水工程。区政协委员林美华"
            "说，浙江省将补助宁波市与温州市的防洪计划，让居民在家里不必再担心积水。各街道党委也呼吁群众提早准备沙袋，"
            "并留意气象局的最新消息。市委将在下周召开专题会议，检查今年的防汛成效，并公布各区的整改进度。")
# an article naming no place or body of either side
NEITHER = ("這家公司今天表示，為因應原物料價格上漲，將從下個月起調整部分產品的售價，眾多消費者可能因此受到影響。"
           "公司發言人指出，過去一年運費與人力成本都大幅增加，公司雖然努力吸收，但已無法再維持原價。分析師認為，"
           "「同業可能跟進調漲，民眾在採購時應多加比較。」發言人也說，公司會持續改善生產流程，希望在年底前讓價格回穩，"
           "並在網站裡公布每項產品的新價格與調整原因，讓消費者清楚了解，也歡迎大家隨時來電或寫信詢問相關的問題。")


def test_the_articles_are_articles() -> None:
    assert len(TAIWAN) >= 200 and len(MAINLAND) >= 200 and len(NEITHER) >= 200
    assert written_in_taiwan_or_hong_kong(TAIWAN) and written_in_taiwan_or_hong_kong(NEITHER)


def test_an_article_written_in_taiwan_is_routed() -> None:
    assert routed_article(TAIWAN)
    mainland, other = region_counts(to_simplified(TAIWAN))
    assert other > mainland


def test_mainland_writing_in_taiwan_forms_is_not_routed() -> None:
    converted = convert(MAINLAND, "s2tw")
    assert len(converted) == len(MAINLAND)
    assert written_in_taiwan_or_hong_kong(converted)  # route267's letter test alone would route it
    assert not routed_article(converted)
    assert not leans_taiwan_hong_kong(MAINLAND)


def test_a_text_naming_neither_keeps_the_shipped_model() -> None:
    # route276: naming neither side's places or bodies is no sign of Taiwan or Hong Kong (route274 routed it)
    assert region_counts(to_simplified(NEITHER)) == (0, 0)
    assert not routed_article(NEITHER)


def test_a_tie_stays_with_the_shipped_model() -> None:
    text = "北京市與台北市今天簽署合作備忘錄，為雙方交流開啟新頁，眾人都很期待。"
    assert region_counts(to_simplified(text)) == (1, 1)
    assert not leans_taiwan_hong_kong(to_simplified(text))


def test_the_simplified_form_given_is_the_one_read() -> None:
    # the pipeline passes the document's Simplified form; the router does not convert it again
    assert routed_article(TAIWAN, to_simplified(TAIWAN))
    assert not routed_article(TAIWAN, MAINLAND)


@pytest.mark.parametrize(("name", "side"), [
    ("平谷区", "mainland"), ("广东", "mainland"), ("深圳市", "mainland"), ("政协", "mainland"),
    ("台北", "taiwan_hong_kong"), ("新北市", "taiwan_hong_kong"), ("元朗", "taiwan_hong_kong"),
    ("澳门", "taiwan_hong_kong"), ("立法会", "taiwan_hong_kong"), ("县府", "taiwan_hong_kong"),
])
def test_names_and_their_sides(name: str, side: str) -> None:
    assert region_names()[name] == side


@pytest.mark.parametrize("name", ["中山区", "中国", "和平", "大安", "东区", "美国", "北"])
def test_names_counted_for_neither(name: str) -> None:
    # on both sides (中山区), the country (中国), a county's or Taiwan district's short form that is a word (和平,
    # 大安), a context-only name (东区), abroad (美国), one character
    assert name not in region_names()


def test_the_body_lists_are_simplified_and_apart() -> None:
    assert not MAINLAND_BODIES & TAIWAN_HONG_KONG_BODIES
    for body in MAINLAND_BODIES | TAIWAN_HONG_KONG_BODIES:
        assert to_simplified(body) == body


def test_longest_name_wins() -> None:
    # 平谷区 is counted once, not as 平谷区 and 区委
    assert region_counts("平谷区委") == (1, 0)


def test_the_seed_is_not_routed() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert written_in_taiwan_or_hong_kong(text)  # route267 routed it
    assert not routed_article(text)
    for document in parse_documents(SEED.stem, text):  # nor any article or related item in it
        assert not routed_article(document.text, normalise(document.text).simplified)


def test_the_pipeline_routes_by_region() -> None:
    pipeline = Pipeline(Config(traditional_model=True))
    converted = convert(MAINLAND, "s2tw")
    assert pipeline.model_for(Script.TRADITIONAL, TAIWAN, to_simplified(TAIWAN)) is not pipeline.model
    assert pipeline.model_for(Script.TRADITIONAL, converted, to_simplified(converted)) is pipeline.model
    assert pipeline.model_for(Script.TRADITIONAL, converted) is pipeline.model
    off = Pipeline(Config(traditional_model=False))
    assert off.model_for(Script.TRADITIONAL, TAIWAN) is off.model
    default = Pipeline(Config())  # on by default since session 60
    assert default.model_for(Script.TRADITIONAL, TAIWAN, to_simplified(TAIWAN)) is not default.model
