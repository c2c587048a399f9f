"""Round counts287: an event named by its edition (issue 14).

An event no extractor names, written after its session number (第十五届全国运动会, 第3届冲浪狗大赛), is derived with
its session in its span, the form the text writes, and is the event (its canonical name has no session), as a body's
numbered term is the body (十四届全国人大, ``stages/resolve._numbered_term_body``): a count's owner then carries both
names, the edition the text writes and the event (``zhkg.relate.count_derived._events``).

A place's round-up going through two or more of its divisions (a city's districts) keeps the place the document's
topic, however often it names one of them (``zhkg.relate.count_topics._divisions_below``): a paragraph naming no
holder, a sub-heading's counts, are the place's; one division named alone throughout may be what the report is about.

An event written with its session is a named holder, not one derived from a common noun: it may be the document's
topic (``_ClauseReaders.document_topic``), its namings and the determiners standing for it (本届赛事) counted; the
source a report opens with (据X消息) is not its first holder, and 全国/全市 (a story's scope) count for no rival.

A creature's limbs counted (四条腿) are no holder's, whatever topic a sentence before carries
(``_ClauseReaders.owns_nothing``).

Each pipeline case runs as written (Simplified) and in Traditional.
"""

from __future__ import annotations

import pytest

from tests.helpers import both_scripts
from tests.test_counts258 import owners_by_count
from zhkg.records import Document, Label
from zhkg.stages.normalise import to_simplified

# (text, the count as written in Simplified, its owner or None)
OWNERS = [
    ("第十二届全国农民运动会报名工作已经截止，本届赛事共吸引8000人报名。", "8000人", "全国农民运动会"),
    ("2026年第五届长江文化艺术节开幕。本届艺术节共有600名艺术家参演。", "600名艺术家", "长江文化艺术节"),
    ("第3届青山冲浪狗大赛在海滩举行，吸引了50余条狗参赛。", "50余条狗", "青山冲浪狗大赛"),
    # a creature's limbs are no one's: not the event's, nor a club's the sentence before is about
    ("第3届青山冲浪狗大赛日前在海滩举行。虽然狗狗们对规则还不熟悉，但四条腿在冲浪板上岿然不动。", "四条腿", None),
    ("香港马会今年举办赛事。参赛马匹四条腿都很健壮。", "四条腿", None),
]

# (text, the count as written in Simplified, its owner or None)
TOPICS = [
    # a city's round-up of its districts: the city, though one district is named more often
    ("福州市新增幼儿园学位\n福州市今年秋季将新增公办幼儿园。鼓楼区新增2所，台江区新增3所，仓山区新增5所。仓山区的新园均在地铁站"
     "附近，仓山区还将扩建2所，仓山区今年投入最多。福州市教育局表示将加快建设。\n全部建成后共可提供学位3000个。", "学位3000个", "福州市"),
    ("成都市加快公园建设\n成都市今年新建公园。锦江区建成4个，青羊区建成3个。青羊区的公园临河，青羊区还将新建2个，青羊区投入最多。"
     "成都市园林局表示将继续推进。\n目前共有城市公园500个。", "城市公园500个", "成都市"),
    # an edition's report: the source it opens with (据…组委会消息) is no topic, 全国 is its scope, the edition is the topic
    ("据农运会组委会10月21日消息，第十二届全国农民运动会报名工作已经截止。本届赛事共吸引8000人报名，全国30个代表团将参加比赛，"
     "这是全国规模最大的农民体育盛会。\n本届赛事还呈现多元化趋势，四川以500人居首。\n从参赛项目看，拔河最受欢迎，共有25个单位报名。",
     "25个单位", "全国农民运动会"),
    # ...not when another holder is named more often than the edition
    ("第十二届全国农民运动会在成都开幕。四川省派出代表团参赛，四川省代表团人数最多，四川省还承办了多个项目，本届赛事四川省投入最大。"
     "\n从参赛项目看，拔河最受欢迎，共有25个单位报名。", "25个单位", None),
    # ...but a province's report on its one city throughout is not the province's
    ("湖北省推进园区建设\n湖北省赤壁市今年着力发展高新区。赤壁市引进项目多，赤壁市营商环境好，赤壁市还设立了基金。\n"
     "目前共有企业300多家。", "企业300多家", None),
]

# (text, the edition as the text writes it in Simplified, the event's canonical name)
EDITIONS = [
    ("第十二届全国农民运动会报名工作已经截止，本届赛事共吸引8000人报名。", "第十二届全国农民运动会", "全国农民运动会"),
    ("2026年第五届长江文化艺术节开幕。本届艺术节共有600名艺术家参演。", "第五届长江文化艺术节", "长江文化艺术节"),
    ("第3届青山冲浪狗大赛在海滩举行，吸引了50余条狗参赛。", "第3届青山冲浪狗大赛", "青山冲浪狗大赛"),
]


@pytest.mark.parametrize("text, count, owner", both_scripts(OWNERS))
def test_owner(pipeline, text, count, owner):
    assert owners_by_count(pipeline, text).get(count) == ({owner} if owner else set())


@pytest.mark.parametrize("text, count, owner", both_scripts(TOPICS))
def test_round_up_topic(pipeline, text, count, owner):
    assert owners_by_count(pipeline, text).get(count) == ({owner} if owner else set())


@pytest.mark.parametrize("text, edition, event", both_scripts(EDITIONS))
def test_edition_is_written_whole_and_names_the_event(pipeline, text, edition, event):
    mentions = pipeline.process_documents([Document("d", text, kind="text")])[0].mentions
    events = {(to_simplified(m.text), to_simplified(m.canonical)) for m in mentions if m.label is Label.ORGANIZATION}
    assert (edition, event) in events
    assert all(written != event for written, _ in events)  # no second mention of the bare name inside the edition

