"""Round counts237: counts jieba glues into a word, and the 一 the web set's gold keeps (issue 14).

Forms, each read by a rule of a whole kind (``extract/count_glued.py``):

* a classifier that opens a dictionary noun leaves one letter as the thing (10部门: 部 and 门): the noun is the thing,
  the number before it with no classifier; 人 after the classifier is left alone (两个人);
* jieba's title split after a classifier glued to its first letter (8名校董: 名校|董) leaves the title the thing;
* digits before a classifier that opens a longer dictionary noun count that noun when a bare number counts it (8校董,
  8县市政府; not 201校园卡); a clock's letter (8时政府) does not, nor a compound unit (4件套);
* a Chinese numeral and its classifier glued to the word before (敬文三所书院, 卢、蒋二人) still open a count; not
  after 至 (单人至三人: a range);
* 一 after a verb of adding (增设一位副县长), after 包括 or a bracket's 含 before a classifier of people (4人死亡(含一名
  12岁女童); not 包括一套房贷, a first home's loan), and after 仅 or
  只有 + a name (仅林一人, 只有基耶萨一名新援) is a count; 是一名 and 只是一个 stay articles;
* an age after a classifier of people leaves the people the thing (两名12岁女童);
* 名/位 count a title of the role list before a head that names no people (8名立委缺席: 立委);
* terse counts of shops and ships (约550店, 8船).

Each case runs as written, and as a Hong Kong and a Taiwan text reads it.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, assert_count_form_in_script

# (text, (value, counted head) read or None, (value, head) not read or None)
FORMS = [
    # a classifier opening a dictionary noun
    ("市政府今天公布10部门的预算。", (10, "部门"), (10, "门")),
    ("学校今年增加50名额。", (50, "名额"), (50, "额")),
    ("警方约见5家长了解情况。", (5, "家长"), (5, "长")),
    ("两个人走进了会场。", (2, "人"), None),
    # ...not a compound unit (a four-piece set)
    ("游戏里4件套为普通套，6件为唯一套。", (6, "套"), (4, "件套")),
    ("网友发帖说5套房当嫁妆。", (5, "房"), (5, "套房")),
    ("两班车在路口相撞。", (2, "车"), (2, "班车")),
    # a title jieba split after the classifier
    ("该校8名校董联署反对。", (8, "校董"), (8, "校")),
    ("部里3名次长出席会议。", (3, "次长"), (3, "次")),
    # digits before a noun a classifier opens
    ("该校8校董联署反对。", (8, "校董"), None),
    # ...only those the bare reading knows (a card's name is no count: session 51's 201校园卡)
    ("学生使用201校园卡进入图书馆。", None, (201, "校园卡")),
    ("全台8县市政府宣布停班停课。", (8, "县市政府"), None),
    ("截至昨晚8时政府共确认22宗水浸。", (22, "水浸"), (8, "政府")),
    # a numeral and classifier glued to the word before
    ("其中晨兴、善衡、敬文三所书院实行全宿。", (3, "书院"), None),
    ("卢、蒋二人都穿白色上衣。", (2, "人"), None),
    ("宿舍分单人至三人等房型。", None, (3, "人")),
    # 一 that counts
    ("县府发布人事命令，增设一位副县长。", (1, "副县长"), None),
    ("立法院通过修法，让该县增加一位副县长与一位副秘书长。", (1, "副秘书长"), None),
    ("空袭造成至少4人死亡(含一名12岁女童)，27人受伤。", (1, "女童"), None),
    ("而最终也确实仅林一人登记参选。", (1, "人"), None),
    ("去年夏天球队只有基耶萨一名新援到位。", (1, "新援"), None),
    # 一 that stays an article
    ("我是一名共产党员。", None, (1, "共产党员")),
    ("他只是一个学生。", None, (1, "学生")),
    ("其他的措施包括一套房贷的按揭利率折扣。", None, (1, "房贷")),
    # an age after the classifier
    ("事故造成两名12岁女童受伤。", (2, "女童"), None),
    # a title before a head that names no people
    ("表决时有8名立委缺席投票。", (8, "立委"), (8, "缺席")),
    ("两位次长方面，均表示支持。", (2, "次长"), (2, "方面")),
    # terse counts of shops and ships
    ("超商今年合计增加约550店。", (550, "店"), None),
    ("台风期间8船走锚。", (8, "船"), None),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "present", "absent"), FORMS)
def test_count_forms_counts237(nlp, text: str, present, absent, script: str) -> None:
    assert_count_form_in_script(nlp, text, script, present, absent)
