"""Round counts250: which counts are read and what they count (issue 14).

* Hong Kong's web news spaces digits off before 萬 and 多 too (多 6.8 萬票, 逾 1,250 多名消防人員), not only before a
  classifier (``extract/count_numerals.py``);
* 一 and its classifier count one after 各 (副县长与副秘书长各一人) and closing a tally after its noun among other counts
  of its sentence (…7票，无效票一张。, 金牌一枚、铜牌三枚), where no article can stand (``extract/count_one.py``);
* a size between the classifier and 的 (1棵10多米高的大树, 两幢楼高47层至49层的住宅大厦) leaves the noun after 的 the
  thing (``extract/count_sizes.py``);
* a space closes a quoted thing after its classifier (10条“断头路” 有…), as a break does;
* a space ends the clause of a lone classifier, so the noun glued before its number is the thing (…新增学位8000个 本报讯);
* a noun of people glued to N人 is the thing after a noun, a locative or a modifier too (阶段在校学生5200人);
* a number before 人口 closing its clause counts the population (容纳15万人口，; not 50万人口以上城市);
* 对手 and 组别, nouns jieba tags as verbs, are read as nouns after a classifier.

Each case runs as written, and as a Hong Kong and a Taiwan text reads it.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, assert_count_form_in_script

# (text, (value, counted head) read or None, (value, head) not read or None)
FORMS = [
    # spaced digits before 万 and 多
    ("民建联今届较上届多 6.8 万票。", (68000, "票"), (6, "万票")),
    ("消防处派出逾 1,250 多名消防人员到场。", (1250, "人员"), None),
    ("工联会今次多近 7 万票。", (70000, "票"), None),
    ("大会共有 3 万多名市民参加。", (30000, "市民"), None),
    # 一 after 各, and 一 closing a tally after its noun
    ("县府明年增设副县长与主任秘书各一人，今天送交议会。", (1, "人"), None),
    ("首轮投票甲得60票、乙得49票，废票一张。", (1, "废票"), None),
    ("代表团共获金牌一枚、铜牌三枚。", (1, "金牌"), None),
    ("玩家完成任务后可获得抽奖券一张，每日限领。", None, (1, "抽奖券")),  # alone in its sentence: a prize
    ("第五名至第十名：均可获得价值30元的电影券一张。", None, (1, "电影券")),  # 第十名: a rank, no tally
    ("活动期间充值满100元，即赠送六位会员卡一张！", None, (1, "会员卡")),  # 六位 describes the card
    ("我是一名普通的老师。", None, (1, "老师")),
    ("这是一个好开始。", None, (1, "开始")),
    # a size before 的
    ("台风过后，公园内有1棵20多米高的榕树倒下。", (1, "榕树"), None),
    ("新线包括两条3公里长的隧道。", (2, "隧道"), None),
    ("发展商拟兴建三幢楼高30层至35层的住宅大厦。", (3, "大厦"), (3, "楼高")),
    ("村内有4棵十米高的古树被吹倒。", (4, "古树"), (4, "村内")),
    ("项目涉及3个2018年的旧案。", None, (3, "旧案")),
    # a space closes a quoted thing
    ("全区今年打通7条“断头路” 居民出行更方便。", (7, "断头路"), None),
    # a space ends the clause of a lone classifier: the noun glued before the number is the thing
    ("漳州市四个区幼儿园秋季新增学位8000个\n12所公办园+2所普惠园 新增学位8000个 本报讯(记者 王明)今年秋季开学，"
     "全市四个区新增公办园12所。", (8000, "学位"), (8000, "公办园")),
    # people named right before N人, after a noun or a locative
    ("全县义务教育阶段在校学生5200人，教师中高级教师310人。", (5200, "在校学生"), (5200, "人")),
    ("全县义务教育阶段在校学生5200人，教师中高级教师310人。", (310, "高级教师"), (310, "人")),
    # a number before 人口 closing its clause counts the population; before 以上 or a noun it is a threshold or a size
    ("新市镇落成后将容纳15万人口，提供3万个职位。", (150000, "人口"), None),
    ("该区有30万人口、两所大学。", (300000, "人口"), None),
    ("50万人口以上城市的高铁覆盖率达到九成。", None, (500000, "人口")),
    ("这座城市有百万人口需求。", None, (1000000, "人口")),
    # nouns jieba tags as verbs
    ("他在决赛击败了3名对手。", (3, "对手"), None),
    ("本届赛事分为3个组别进行。", (3, "组别"), None),
]


@pytest.mark.parametrize(("text", "present", "absent"), FORMS)
@pytest.mark.parametrize("script", COUNT_SCRIPTS)
def test_count_forms_counts250(nlp, text: str, present, absent, script: str) -> None:
    assert_count_form_in_script(nlp, text, script, present, absent)
