"""Issue 14, session 24 (counts26): what an earlier clause acts on is no owner carried on; nouns jieba takes for names.

A clause that names no owner took the nearest holder of an earlier clause of its sentence, wherever it stood: the
object of a verb or a preposition there (受北京电影学院之邀，剧组拍摄了三部短片; 上报国务院审批的…，
共计有134个…) was carried on as the owner. Now only a holder no verb or preposition of its own clause governs is carried
(its subject, or a place of a frame: 以上海为例, 在悉尼): on the 732 eligible THUCNews rows the carried holders a verb governed
were wrong more often than right. Verbs of saying, thinking, naming and speaking about (我觉得, 名为, 谈到) do not
govern, nor do 由 before its agent and 是 before the possessor of what the topic is; 全国, 全市 and kin are carried as
before. 该小区 stands for the estate named before (走访棠德花园发现，该小区…), and a determiner with the kind of a body named
before (中国体育代表团…。本届代表团共有运动员977名; 本届博览会, 本届电影节) for that body, though the anaphora table lists no such
pair. 中 (in) after a noun before 共有 (影片中共有63个完整角色) is no 中共 (the known-organisations reader). A thing opening a
sentence between the topic and the count (a work's title: 迪斯尼通过了这个剧本…。《玩具总动员》的制作极富挑战性。主角…有723个控制点)
stops the topic, as it did in the count's own sentence.

Forms: a kind of facility or school jieba's dictionary tags as a name (毒品加工厂3个, 加油站1200座, 卫生院30所, 综合性国立
大学54所) is the noun counted before a classifier of things, where the count was not read (or the 国立大学 became the
owner of the counts after it); a reporting word (上海报告9例) is no thing counted, and 例 counts cases itself.
Controls: a place's or a team's name stays a name (北京站, 台军1名), the subject of an earlier clause still owns what the
later ones count. Every passage is written for these tests and checked in Simplified and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS as SCRIPTS
from helpers import assert_count_owner, both_scripts, count_owners, counts_in
from helpers import in_script as _script

# (text, counted head, the owner it must have, or None for none)
CARRIED = [
    ("受北京电影学院之邀，剧组拍摄了三部短片。", "短片", None),
    ("应北京电影学院邀请，剧组拍摄了三部短片。", "短片", None),
    ("需要上报国务院审批的规划增加，共计有134个规划需报批。", "规划", None),
    ("为了适应甘肃的环境，农庄里的几十匹马将运往西北。", "马", None),
    # an estate's own word for itself
    ("记者昨日走访棠德花园发现，天河区政府在附近新建了两所学校，该小区共有住户3000户。", "户", "棠德花园"),
    ("记者昨日走访棠德花园发现，该小区东西两边各有两个大型肉菜市场。", "菜市场", "棠德花园"),
    # a determiner and the kind of a body named before stand for it, though no table lists the pair
    ("中国体育代表团昨日抵达广州。本届代表团共有运动员977名。", "运动员", "中国体育代表团"),
    ("第十届中国国际汽车博览会昨天在北京开幕。本届博览会共吸引了500家企业参展。", "企业", "中国国际汽车博览会"),
    ("上海国际电影节昨日开幕。本届电影节共有300部影片参展。", "影片", "上海国际电影节"),
    # 中 (in) after a noun, then 共有: no 中共
    ("电影《辛亥革命》备受期待，影片中共有63个完整角色。", "角色", None),
    # a sentence between the topic and the count opening with a thing (a work's title) has moved on from the topic
    ("迪斯尼通过了这个剧本，制作正式开始。《玩具总动员》的制作极富挑战性。主角伍迪牛仔有723个控制点。", "控制点", None),
    ("迪斯尼通过了这个剧本，制作正式开始。制作极富挑战性。公司共有员工3000名。", "员工", "迪斯尼"),
    # controls: the subject, a frame, a word of the whole country, a verb of speaking about, one word with 着
    ("华为公司今年发展迅速，新建了3个研发中心。", "中心", "华为公司"),
    ("以宜家为例，这个全球最大的家居用品销售商，一直坚持着两个传统。", "传统", "宜家"),
    ("组织开展了全国县城水源地调查，检查水源地1.5万个。", "水源地", "中国"),
    ("随着山西省进行企业重组，涉及到的省内煤炭企业超过2200家。", "企业", "山西省"),
    ("今天湖人队迎战老鹰队，对方阵容中有两个曾经的队友。", "队友", "老鹰"),
    ("去年10月份财政部发文，明确了两项政策。", "政策", "财政部"),
    ("中共有8000万党员。", "党员", "中共"),
    ("第十届中国国际汽车博览会昨天在北京开幕。北京市今年共有300家企业。", "企业", "北京市"),
    # the agent after 由, and the possessor after 是 of what the topic is, are carried as before
    ("该协会由中国伊斯兰教协会管理，由十个民族的代表组成。", "民族", "中国伊斯兰教协会"),
    ("它很可能是盛大游戏的下一棵摇钱树，而之前的两个《传奇》都有些过时了。", "传奇", "盛大游戏"),
]


@pytest.mark.parametrize(("text", "counted", "owner"), both_scripts(CARRIED, id_chars=24))
def test_count_owner_session26(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


# (text, [(value, counted head)] read)
FORMS = [
    ("警方共捣毁毒品加工厂3个。", [(3, "加工厂")]),
    ("全省共有加油站1200座。", [(1200, "加油站")]),
    ("该市现有卫生院30所。", [(30, "卫生院")]),
    ("意大利共有综合性国立大学54所。", [(54, "国立大学")]),
    ("截至昨日，上海报告9例。", [(9, "例")]),
    ("全省累计报告12例，治愈出院5例。", [(12, "例"), (5, "例")]),
    # controls: a case noun named before is borrowed; a place's name is no kind
    ("我国内地报告确诊病例33例，其中，上海报告9例。", [(33, "确诊病例"), (9, "确诊病例")]),
    ("北京站共有站台12个。", [(12, "站台")]),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_counts26_forms(nlp, script, text, expected):
    assert counts_in(nlp, _script(text, script)) == expected


def test_kinds_owned_by_the_country_not_the_kind(pipeline):
    """意大利共有综合性国立大学54所，包括300多个系: the recogniser's 国立大学 is the thing counted, no owner of the 系."""
    got = count_owners(pipeline, "意大利共有综合性国立大学54所，包括300多个系，772个专业。")
    assert got["国立大学"] == {"意大利"} and got["专业"] == {"意大利"}
