"""route267: with ``traditional_model = true``, a Traditional document goes to the Traditional model only when it is
an article written the way Taiwan and Hong Kong write (``zhkg.ner.routing.written_in_taiwan_or_hong_kong``): at least
200 characters, with more of the two standards' own letter forms (為, 眾, 偽, 裡) than of the forms OpenCC's s2t
writes (爲, 衆, 僞). Text a program converted from Simplified, and a sentence alone, go to the shipped model.
"""

from __future__ import annotations

import pytest

from zhkg.config import Config
from zhkg.ner.routing import ARTICLE_LENGTH, MACHINE_FORMS, NATIVE_FORMS, written_in_taiwan_or_hong_kong
from zhkg.records import Script
from zhkg.run.pipeline import Pipeline
from zhkg.stages.documents import parse_documents
from zhkg.stages.normalise import to_simplified, to_traditional

# Hong Kong's forms (為, 眾, 綫, 裏): an article of over 200 characters
HONG_KONG = ("香港特區政府發言人今日表示，為配合新界北發展，運輸署將於下月起調整多條巴士路綫，方便市民往返屯門、元朗及"
             "上水。發言人指出，「過去一年區內人口增長迅速」，眾多居民反映繁忙時間等候時間過長，政府因此決定增加班次，並"
             "在天水圍設立新的轉乘站。立法會交通事務委員會主席黃志強歡迎有關安排，但認為當局應盡快公布鐵路延綫的時間表，"
             "讓區內居民在未來幾年裏可以有更多選擇。運輸署署長李美玲稱，署方會繼續聽取區議會的意見，並在年底前檢討成效。")
# Taiwan's forms (為, 眾, 裡)
TAIWAN = ("行政院長林國華今天在立法院答詢時表示，為因應颱風季節，中央災害應變中心已要求各縣市政府完成防災整備，"
          "台南市、高雄市及屏東縣的抽水站也已全面檢修。林國華指出，去年豪雨造成南部多處淹水，眾多農民損失慘重，"
          "政府今年將提高農業災害救助的額度。民進黨立委陳淑芬質詢時說，「部分鄉鎮的排水工程進度落後」，希望經濟部水利署"
          "加快腳步，讓居民在家裡不必再擔心淹水。經濟部長王志明回應，相關工程將在汛期前完工，屆時將邀請地方民眾參與驗收。")
SIMPLIFIED = ("北京市副市长王建国昨天在新闻发布会上说，为了改善市民出行，市政府将在明年完成地铁新线的规划。" * 4)


def spied() -> tuple[Pipeline, list[str], list[str]]:
    """A pipeline with the routing on whose two models record the (normalised) texts they are given."""
    pipeline = Pipeline(Config(traditional_model=True))
    recognisers = pipeline.recognisers
    real = recognisers.main
    seen: tuple[list[str], list[str]] = ([], [])

    class Spy:
        def __init__(self, texts: list[str]) -> None:
            self.texts = texts

        def tag_spans_many(self, texts, cuts=None, on_block=None):
            self.texts.extend(texts)
            return real.tag_spans_many(texts, cuts, on_block)

    recognisers._main, recognisers._traditional = Spy(seen[0]), Spy(seen[1])
    return pipeline, seen[0], seen[1]


def documents(*texts: str):
    return [parse_documents(f"d{k}", text)[0] for k, text in enumerate(texts)]


def test_the_two_articles_are_written_as_taiwan_and_hong_kong_write() -> None:
    for article in (HONG_KONG, TAIWAN):
        assert len(article) >= ARTICLE_LENGTH
        assert written_in_taiwan_or_hong_kong(article)


def test_an_article_a_program_converted_from_simplified_is_not() -> None:
    for article in (HONG_KONG, TAIWAN):
        converted = to_traditional(to_simplified(article))  # OpenCC's s2t: 爲, 衆
        assert converted != article and "爲" in converted
        assert not written_in_taiwan_or_hong_kong(converted)


def test_a_sentence_alone_is_not_an_article() -> None:
    sentence = TAIWAN[:TAIWAN.index("。") + 1]
    assert "為" in sentence and not written_in_taiwan_or_hong_kong(sentence)
    assert not written_in_taiwan_or_hong_kong(TAIWAN[:ARTICLE_LENGTH - 1])
    assert written_in_taiwan_or_hong_kong(TAIWAN[:ARTICLE_LENGTH])


@pytest.mark.parametrize(("native", "machine", "routes"), [(1, 0, True), (2, 1, True), (1, 1, False), (0, 0, False),
                                                             (1, 2, False)])
def test_the_letter_forms_are_counted_against_each_other(native: int, machine: int, routes: bool) -> None:
    text = "為" * native + "爲" * machine + "台北市政府今天說明" * 30
    assert written_in_taiwan_or_hong_kong(text) is routes


def test_the_two_lists_hold_no_letter_in_common_and_no_simplified_letter() -> None:
    assert not MACHINE_FORMS & NATIVE_FORMS
    for letter in MACHINE_FORMS | NATIVE_FORMS:
        assert to_traditional(letter) == letter or letter in MACHINE_FORMS  # never a letter s2t would change


def test_only_articles_written_in_taiwan_or_hong_kong_go_to_the_traditional_model() -> None:
    pipeline, main_texts, traditional_texts = spied()
    converted = to_traditional(to_simplified(TAIWAN))
    sentence = HONG_KONG[:HONG_KONG.index("。") + 1]
    pipeline.extract_mentions_many(documents(HONG_KONG, converted, SIMPLIFIED, sentence, TAIWAN))
    assert traditional_texts == [to_simplified(HONG_KONG), to_simplified(TAIWAN)]
    assert main_texts == [to_simplified(converted), SIMPLIFIED, to_simplified(sentence)]


def test_model_for_reads_the_text_when_given() -> None:
    pipeline = Pipeline(Config(traditional_model=True))
    assert pipeline.model_for(Script.TRADITIONAL, TAIWAN) is not pipeline.model
    assert pipeline.model_for(Script.TRADITIONAL, to_traditional(to_simplified(TAIWAN))) is pipeline.model
    assert pipeline.model_for(Script.SIMPLIFIED, TAIWAN) is pipeline.model
    off = Pipeline(Config(traditional_model=False))
    assert off.model_for(Script.TRADITIONAL, TAIWAN) is off.model
    default = Pipeline(Config())  # on by default since session 60
    assert default.model_for(Script.TRADITIONAL, TAIWAN) is not default.model
