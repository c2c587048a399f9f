"""Issue 14, session 31 (owners43): count owners and forms from the tune43 half of ``bench/counts_fresh43``.

- owners: companies counted after 对/向/给 (and a determiner: 对上述12家银行), or after 与/同/跟 and a 的-clause
  (与经营…的企业共15家), are what a body acts on or deals with, no one's, not even the body opening their clause; a
  company's parts (子公司, 分行 after 下属) stay its own, and 与…关系不大的 is no party;
- owners: the parts after 其中 share the whole's owner though a place inside their predicate (进入邻国X, 流入Y) is
  named; a place right after 其中 is the part's own;
- owners: the last body of a list of three or more glued by 的 to a count (…、解放军和武警部队的近千名青年) owns none of it;
  the place opening the clause does; a country before 族 names an ethnic group (5万多名塞尔维亚族居民), no nationality:
  the place of the clause still owns them;
- owners: companies counted that their clause takes out of or keeps in the group (…9个公司从集团中分离出去) are the
  group's, though it is named in an earlier clause;
- owners: a place inside a short quoted name (“今日香港”、“回归之路”两部分) names the work, it owns nothing; a place that
  is the whole quotation, or one in a quoted sentence, still may;
- forms: 这三国 counts three countries (三国 alone stays the era); 所 + 高校/院校/学院 counts the schools, not the noun
  after them (6所高校校园网); 入球 are goals and 7场比赛不败 a run of results, game statistics; a verb of making jieba
  tags as a noun (印制10000套) is no thing counted, and 步行/做客/作客/离家 after the head open the predicate.
Every sentence is written for these tests; forms are checked in Simplified, s2hk and s2tw, owners in both scripts.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, assert_count_owner, both_scripts, counts_in, in_script

# (text, counted head in Simplified, owner's name in Simplified or None)
OWNERS = [
    ("证券监督委员会昨天对上述8家银行发出整改通知。", "银行", None),
    ("市工商局向5家企业发出了警告。", "企业", None),
    ("大宇集团决定保留汽车和造船等3个行业，将其余12个公司从集团中剥离出去。", "公司", "大宇集团"),
    ("展览分“今日香港”、“回归之路”两部分，共展出300余幅图片。", "图片", None),
    ("展覽分「今日香港」、「回歸之路」兩部分，共展出300餘幅圖片。", "图片", None),
    ("市商务局上月与经营进口食品的企业共15家签订了协议。", "企业", None),
    ("据统计，目前四川省有3万多名灾民离开家园，其中1万名儿童进入邻省湖南，另有5000余名老人流入广西。", "老人", "四川省"),
    ("今天上午，成都市各中学、高校、解放军和武警部队的近千名青年参加了活动。", "青年", "成都市"),
    ("目前科索沃地区有5万多名塞尔维亚族居民。", "居民", "科索沃"),
]

# Controls: a body's own parts, members after 对, and places as owners stay as they were
OWNER_CONTROLS = [
    ("中信银行对下属12家分行进行了检查。", "分行", "中信银行"),
    ("大宇集团对5家子公司进行了重组。", "公司", "大宇集团"),
    ("北京市共有高校80所。", "高校", "北京市"),
    ("华安基金表示，公司旗下有12家子公司。", "公司", "华安基金"),
    ("大宇集团将与汽车产业关系不大的6个公司出售。", "公司", "大宇集团"),
    ("今天，清华大学的3000名学生参加了活动。", "学生", "清华大学"),
    ("目前约有2000名台湾旅客滞留日本。", "旅客", None),
]


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNERS + OWNER_CONTROLS))
def test_owners43_owners(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


# (text, (value, counted head in Simplified) that must be read, one that must not)
FORMS = [
    ("美国宣布这三国的安全对美国很重要。", (3, "国"), None),
    ("复旦大学等6所高校校园网已经开通。", (6, "高校"), (6, "校园网")),
    ("他在上半场的两个入球帮助球队取胜。", None, (2, "入球")),
    ("主队最近已经7场比赛不败。", None, (7, "比赛")),
    ("纪念邮票绝版印制5000套，面向集邮爱好者发行。", (5000, "套"), (5000, "印制")),
    ("住在这两个宾馆步行过去只要10分钟。", (2, "宾馆"), (2, "步行")),
    ("今晚三名专家做客直播间。", (3, "专家"), (3, "做客")),
    ("约有3万多名居民离家出逃。", (30000, "居民"), (30000, "离家")),
]

# Controls: as before
FORM_CONTROLS = [
    ("三国时期的英雄人物很多。", None, (3, "国")),
    ("中日韩3国领导人举行会晤。", (3, "国"), None),
    ("两家公司企业年金业务增长。", (2, "公司"), None),
    ("他们在最近的8场比赛中赢了5场。", (8, "比赛"), None),
    ("本赛季他共有15个进球。", None, (15, "进球")),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, present, absent", FORMS + FORM_CONTROLS, ids=lambda v: str(v)[:12])
def test_owners43_forms(nlp, script, text, present, absent):
    got = counts_in(nlp, in_script(text, script))
    if present is not None:
        assert present in got, got
    if absent is not None:
        assert absent not in got, got
