"""Issue 14, session 27 (counts32): count forms of Taiwan and Hong Kong news.

Read from invented Taiwan and Hong Kong sentences (``bench/counts_probes32.py``) and the tune halves' errors:
- a glossary word is the head whatever jieba tags it (12所公立高中: 高中, a place word; 20个据点: 据点, an adverb),
  where the noun before the number (北市) used to be taken;
- a kind of facility jieba tags an organisation's name ends the phrase after a noun (13个毒品加工厂: 加工厂);
- a facility's last character jieba leaves alone after a noun or verb ends the phrase (120处投票所: 投票所);
- an unknown word opening with 获/被/遭/受 after the head opens the predicate (4500间餐厅获发牌照: 餐厅, not 牌照);
- a time word after the classifier opens the predicate (另有300间正在申请: the classifier stands alone
  and borrows the thing of the count before);
- verbs jieba tags as nouns after the head open the predicate (逾万名民众参观, 十数名警员戒备);
- nouns of people glued before N人 are the people counted (逮捕嫌犯7人, 该校有教师85人, 证人3人);
- Hong Kong's 廿 and 卅 (廿多人, 卅间学校) and a bare 万多 (万多名学生) are numbers;
- Taiwan's 乡镇市区 and 乡镇市 are one thing (368个乡镇市区).
Controls: forms read before stay as they were. Every sentence is written for these tests and checked in Simplified
and in Traditional (s2hk and s2tw).
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS as SCRIPTS
from helpers import counts_in
from helpers import in_script as _script

# (text, [(value, counted head in Simplified)]): every count of the text, in order
FIXED = [
    # a glossary word of any tag is the head
    ("教育局表示，北市目前有12所公立高中参加计划。", [(12, "高中")]),
    ("该公司在台设有20个据点。", [(20, "据点")]),
    # a kind of facility tagged a name ends the phrase
    ("警方共查获13个毒品加工厂。", [(13, "加工厂")]),
    # a facility's last character left alone
    ("全市共设置120处投票所。", [(120, "投票所")]),
    # an unknown word of receiving or a passive opens the predicate
    ("全港有约4,500间餐厅获发牌照。", [(4500, "餐厅")]),
    # a time word after the classifier is no thing
    ("全港有4,500间餐厅，另有300间正在申请。", [(4500, "餐厅"), (300, "餐厅")]),
    # verbs jieba tags as nouns open the predicate
    ("展览吸引逾万名民众参观。", [(10000, "民众")]),
    ("现场有十数名警员戒备。", [(10, "警员")]),
    # nouns of people glued before N人
    ("警方逮捕嫌犯7人，全案移送。", [(7, "嫌犯")]),
    ("该校有教师85人。", [(85, "教师")]),
    ("警方约谈证人3人。", [(3, "证人")]),
    ("警方拘捕男子3人。", [(3, "男子")]),
    # 廿, 卅, 万多
    ("事件中廿多人受伤。", [(20, "人")]),
    ("全港约有卅间学校参与计划。", [(30, "学校")]),
    ("今年有万多名学生应考。", [(10000, "学生")]),
    # Taiwan's divisions
    ("台湾有368个乡镇市区。", [(368, "乡镇市区")]),
]

# Controls: forms read before this round, unchanged
CONTROLS = [
    ("今年共有8万余名考生报名。", [(80000, "考生")]),
    ("全县共有15所国中、28所国小。", [(15, "国中"), (28, "国小")]),
    ("全港共有452名区议员。", [(452, "议员")]),
    ("医管局辖下43间公立医院。", [(43, "医院")]),
    ("事故造成伤者12人，死者3人。", [(12, "伤者"), (3, "死者")]),
    ("警方出动警员逾200人。", [(200, "警员")]),
    ("有3名学生参加比赛。", [(3, "学生")]),
    ("5000名参观者到场。", [(5000, "参观者")]),
    ("有两个参观项目。", [(2, "项目")]),
    ("共有3名男子被捕。", [(3, "男子")]),
    ("警方拘捕31人，包括8名学生。", [(31, "人"), (8, "学生")]),
    ("三个人所说的都是真的。", [(3, "人")]),  # 所 before a verb is the particle, no facility
    # a glossary word tagged a numeral (月) is no head: a headline's date after the count
    ("北京市现已配售政策性住房4.1万套11月28日，记者获悉。", [(41000, "住房")]),
    # a count's number and unit (jieba's 万人) are no noun of people before the next number
    ("留学生人数由12万人增加到30万人。", [(120000, "留学生"), (300000, "人")]),
    # no count: a rate, a share, a brand
    ("这项计划每年补助500名学生。", []),
    ("有3成民众支持，近两成没有意见。", []),
    ("廿四味是一种凉茶。", []),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text, expected", FIXED)
def test_counts32_forms(nlp, script, text, expected):
    assert counts_in(nlp, _script(text, script)) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text, expected", CONTROLS)
def test_counts32_controls(nlp, script, text, expected):
    assert counts_in(nlp, _script(text, script)) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", ["事件中廿多人受伤。", "今年有万多名学生应考。", "约有卅间学校。"])
def test_counts32_more_is_approximate(nlp, script, text):
    from zhkg.extract.counts import extract_counts
    from zhkg.stages.normalise import normalise
    from zhkg.stages.segment import set_doc_context

    n = normalise(_script(text, script))
    counts = extract_counts(set_doc_context(nlp(n.simplified), "t", n.original))
    assert [m.quantity.approximate for m in counts] == [True]


@pytest.mark.parametrize("text, value", [("廿", 20), ("廿多", 20), ("卅五", 35), ("万多", 10000)])
def test_counts32_parse_scores(text, value):
    from zhkg.extract.counts import parse_number

    assert parse_number(text)[0] == value
