"""Issue 14, session 33 (counts84): the counted thing is the head of the noun phrase the number quantifies.

Written from the studied halves only (``bench/counts_fresh43.py``'s tune43, ``bench/counts_owned59.py``'s tune59,
``bench/counts_real46.py``'s tune46) and the eligible THUCNews rows' counts in main's dump:

- 户 before a verbal noun and the households or bodies it names counts them (约2万户投保家庭: 家庭), not itself;
  户 before a verb (5万户受灾, 1000户获得补贴) still counts the households alone;
- a lone 组 after a verb closes a team's name (500多个抗灾理赔组: 理赔组, not 抗灾);
- a property after the head (流动性, 空气质量) is no thing counted: the noun before it is (两个根本因素流动性: 因素);
  a property alone after the classifier is still counted (两种可能性), and one before 的 describes what follows;
- a property after a second noun belongs to the kind right before it when the first noun names no kind
  (113个环境保护重点城市空气质量: 城市); the first kind still owns it (5家银行不良率);
- a verb and its object jieba glued into one noun ending the clause are the predicate (两家公司员工发生冲突。), and
  家 before a body and its people glued into one word counts the bodies (counts76's convention: 公司);
- a 的-clause after a list's comma belongs to the list's next item (一百多家经营单位、…并存的文化市场: 单位);
- troops after a bare 万 are counted (十万主力, 二十万兵力), as counts76's check took them for money; 亿 before 主力资金
  is still money.

Every sentence is written for these tests and read as written (Simplified) and through OpenCC s2hk and s2tw.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, counts_in, counts_in_script

# (text, (value, counted head in Simplified)) that must be read
READ = [
    ("全省约2万户投保家庭获得赔付。", (20000, "家庭")),
    ("另有400户投保企业得到赔偿。", (400, "企业")),
    ("保险公司组建了500多个抗灾理赔组。", (500, "理赔组")),
    ("当前市场有两个根本因素流动性和估值。", (2, "因素")),
    ("全市一百多家经营单位、多种经济形式并存的文化市场秩序良好。", (100, "单位")),
    ("敌人集结了十万主力。", (100000, "主力")),
    ("双方投入了二十万兵力。", (200000, "兵力")),
    ("监测113个环境保护重点城市空气质量。", (113, "城市")),
    ("昨天两家公司员工发生冲突。", (2, "公司")),
    # controls, read alike on main
    ("全国有5万户受灾。", (50000, "户")),
    ("其中1000户获得补贴。", (1000, "户")),
    ("村里有100户居民。", (100, "居民")),
    ("他说两种可能性都有。", (2, "可能性")),
    ("5家银行不良率都上升。", (5, "银行")),
    ("两间巴士公司调整票价。", (2, "公司")),
    ("五个发展中国家领导人在罗马集体会晤。", (5, "国家")),
    ("三名销售人员到场。", (3, "人员")),
    ("城外还有十万敌军。", (100000, "敌军")),
]

# (text, (value, counted head in Simplified)) that must not be read: each was read on main
NOT_READ = [
    ("全省约2万户投保家庭获得赔付。", (20000, "户")),
    ("保险公司组建了500多个抗灾理赔组。", (500, "抗灾")),
    ("当前市场有两个根本因素流动性和估值。", (2, "流动性")),
    ("全市一百多家经营单位、多种经济形式并存的文化市场秩序良好。", (100, "文化")),
    ("今天有10亿主力资金流出。", (1000000000, "主力")),
    ("监测113个环境保护重点城市空气质量。", (113, "环境保护")),
    ("昨天两家公司员工发生冲突。", (2, "发生冲突")),
    ("玩家可以体验三种极具震撼性及新颖性的必杀技。", (3, "极具")),  # a property before 的 describes what follows
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "count"), READ, ids=[t[:14] for t, _ in READ])
def test_the_head_is_counted(nlp, text: str, count: tuple[int, str], script: str) -> None:
    assert count in counts_in_script(nlp, text, script)


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "count"), NOT_READ, ids=[t[:14] for t, _ in NOT_READ])
def test_not_the_head(nlp, text: str, count: tuple[int, str], script: str) -> None:
    assert count not in counts_in_script(nlp, text, script)


def test_the_span_ends_on_the_head(nlp) -> None:
    """A count's text runs to its head: past the verbal noun after 户, and not past a list's comma."""
    spans = [c[0] for c in counts_in(nlp, "400户投保企业和一百多家经营单位、多种经济形式并存的文化市场。", spans=True)]
    assert spans == ["400户投保企业", "一百多家经营单位"]


def test_what_households_count_is_a_table_of_words() -> None:
    """The households' nouns are compared with ``endswith``: no empty entry, which would match any noun."""
    from zhkg.extract.count_things import _HOUSEHOLDS, _TROOPS

    assert all(word and word.isalnum() for word in _HOUSEHOLDS + _TROOPS)
