"""Round people39 (people's names the extraction misses or mistypes; rules from DuIE's tune half).

* ``zhkg.extract.people._credited_name_candidates``: a Chinese name right before a verb of a credit (原唱, 演唱,
  主演, 出演, 执导, 作词, 作曲, 主持 …), a clause's mark, 是, 由 or a conjunction right before it, is a person; not a
  word before the verb (本片|主演, 歌曲|演唱), not a verb that is a piece of another word (合|作曲, 主持人, 演唱会),
  not a name opened by the frame's own letter (由|夏至).
* ``people_known.tsv``: 撒贝宁 (not the country 贝宁 in it), 英达 and 胡军 beside their cues (the recogniser's
  bodies).

Sentences written for these tests (none from a record), as written and converted to Traditional.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.extract.people import _credited_name_candidates
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.segment import token_boundaries

PERSON = "PERSON"
PLACE = "PLACE"
ORG = "ORGANIZATION"


# ---- a name before a verb of a credit

@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("该剧由张立新执导，杜淳、马苏领衔主演，于明年播出。", [("马苏", PERSON)], []),
    ("这首歌由林夕作词，雷颂德作曲，收录于新专辑。", [("雷颂德", PERSON)], []),
    ("晚会由李艾、于洋主持，于十点开始。", [("于洋", PERSON)], []),
    ("当年的电影由金城武出演男主角。", [("金城武", PERSON)], []),
    ("《夜色温柔》是曲婉婷原唱的一首歌，后来由多位歌手翻唱。", [("曲婉婷", PERSON)], []),
], convert_names=True))
def test_a_name_before_a_credit_is_a_person(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, names", [
    ("这首歌由林夕作词，雷颂德作曲，收录于新专辑。", ["雷颂德"]),
    ("该剧由张立新执导，杜淳、马苏领衔主演。", ["张立新", "马苏"]),
    ("晚会由李艾、于洋主持。", ["于洋"]),  # 于 is a surname's letter here, no function word
    ("本片主演阵容强大，歌曲演唱部分由乐队完成。", []),  # a word before the verb, no mark or 是/由
    ("这部电影由他们主演。", []),  # no surname opens 他们
    ("两人合作曲目很多。", []),  # 作曲 is a piece of 合作 and 曲目
    ("晚会由王平主持人介绍。", []),  # 主持人 is a role, no verb
    ("是张学友演唱会的门票。", []),  # 演唱会 is an event
    ("由夏至作词的这首歌很受欢迎。", []),  # not 由夏至: the frame's 由; 夏至 is a time word of jieba's
])
def test_credited_name_candidates(nlp, text, names):
    doc = nlp(text)
    found = _credited_name_candidates(doc, *token_boundaries(doc), load_lexicon())
    assert [text[s:e] for s, e, _ in found] == names


# ---- well-known hosts and actors

@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("主持人撒贝宁拿来一具模型。", [("撒贝宁", PERSON)], [("贝宁", PLACE)]),
    ("节目由英达长期主持。", [("英达", PERSON)], [("英达", ORG)]),
    ("胡军饰演的朱元璋自幼父母双亡。", [("胡军", PERSON)], [("胡军", ORG)]),
    ("贝宁总统访问了尼日利亚。", [("贝宁", PLACE)], []),  # the country itself stays
    ("英达公司发布了财报。", [], [("英达", PERSON)]),  # no cue: the firm
], convert_names=True))
def test_known_hosts_and_actors(finds, text, present, absent):
    finds(text, present, absent)
