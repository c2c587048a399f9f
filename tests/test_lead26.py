"""Lead's merge fixes of session 26: where two rounds' tables met."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.records import Label
from zhkg.stages.normalise import to_simplified


def _organisations(pipeline, text: str) -> set[str]:
    return {to_simplified(m.simplified) for m in pipeline.process_document(Document("d", text)).mentions
            if m.label is Label.ORGANIZATION}


@pytest.mark.parametrize("text", both_scripts([
    "该片由得艺国际、相信音乐联合出品。",
    "相信音乐旗下歌手将推出新专辑。",
]))
def test_the_label_named_in_a_sentence_with_a_company_cue_is_an_organisation(pipeline, text):
    assert "相信音乐" in _organisations(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    "我一直相信音乐的力量。",
    "他说自己相信音乐能够改变人。",
]))
def test_believing_in_music_names_no_label(pipeline, text):
    assert "相信音乐" not in _organisations(pipeline, text)


def _located(pipeline, text: str) -> set[tuple[str, str]]:
    result = pipeline.process_document(Document("d", text))
    return {(r.source, r.target) for r in result.relations if r.kind.value == "LOCATED_IN"}


@pytest.mark.parametrize("text, paper, country", [
    ("据英国《金融时报》报道，该公司将裁员。", "org:金融时报", "place:GB"),
    ("據美國《紐約時報》報導，白宮昨日表示。", "org:纽约时报", "place:US"),
    ("英国《卫报》称，首相将辞职。", "org:卫报", "place:GB"),
])
def test_a_paper_in_title_marks_after_its_country_is_in_that_country(pipeline, text, paper, country):
    assert (paper, country) in _located(pipeline, text)


@pytest.mark.parametrize("text", [
    "他在英国《哈利波特》中出演。",
    "英国和《金融时报》的记者都在场。",
])
def test_no_seat_without_a_paper_right_after_the_country(pipeline, text):
    assert not {pair for pair in _located(pipeline, text) if pair[1] == "place:GB"}
