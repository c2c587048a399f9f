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
