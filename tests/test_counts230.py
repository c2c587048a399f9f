"""Round counts230: counts of Hong Kong, Taiwan and mainland news the web set's tune half reads wrong (issue 14).

Forms, each read by a rule of a whole kind:

* a classifier of items, bodies, cases or buildings (项 家 宗 间 所 座) closing its clause with nothing named to
  borrow counts what it counts, as 件 and 套 do (``extract/count_neighbours._SELF_CLASSIFIERS``); 个 and 条 still do not;
* digits grouped by a full-width comma are one number where groups of exactly three digits follow and the classifier
  closes them (``超过9，800个``); a comma before anything else ends a clause (``extract/count_numerals``);
* a games' 大项, 分项 and 小项 are nouns (jieba's dictionary tags 大项 and 分项 as numerals), counted after a
  classifier and, in a list, after a bare number (``设6个大项、11分项和64小项``);
* a noun before a parenthesised stock code (``全家（5903）4,470家``) is a listed company, the count's owner: never the
  thing counted;
* an open noun a verb takes right before the number (``新增学位近4000个``) is that count's thing, not the thing of
  another count of its sentence (``extract/count_neighbours._object_of_verb``).

Each case runs as written, and as a Hong Kong and a Taiwan text reads it.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, assert_count_form_in_script

# (text, (value, counted head) read or None, (value, head) not read or None)
FORMS = [
    # a classifier standing alone at a clause's end counts itself
    ("市政府今年共办结群众诉求1259项。", (1259, "项"), None),
    ("全年警方共处理约三千多宗，较去年减少。", (3000, "宗"), None),
    ("该品牌今年在全港共开设了12间，明年再开。", (12, "间"), None),
    # 条 and 个 standing alone count nothing: a film's takes (拍了20几条), a vague 个
    ("那场戏拍了20几条，后来我自己就真晕了。", None, (20, "条")),
    ("该超市在全台约有700家，将持续调整。", (700, "家"), None),
    ("今年目标是再增加300个。", None, (300, "个")),
    # digits grouped by a full-width comma
    ("大学今年提供的宿舍超过9，800个，比去年多。", (9800, "宿舍"), (800, "宿舍")),
    ("全校共有学生1，462名。", (1462, "学生"), (462, "学生")),
    # ...not two numbers of a list, nor a group of other than three digits
    ("两队比分为3，12。共有5，30人报名。", None, (530, "人")),
    # a games' events
    ("本届运动会共设7个大项、15个分项和88个小项。", (7, "大项"), (7, "小项")),
    ("本届运动会共设7个大项、15个分项和88个小项。", (15, "分项"), None),
    ("本届运动会共设7个大项、15分项和88小项。", (88, "小项"), None),
    ("本届运动会共设7个大项、15分项和88小项。", (15, "分项"), None),
    # a stock code marks a company before its count
    ("两大超商中，统一超（2912）门市约6,500家；全家（5903）3,800家，明年再开150家。", (3800, "门市"), (3800, "全家")),
    ("两大超商中，统一超（2912）门市约6,500家；全家（5903）3,800家，明年再开150家。", (150, "门市"), (150, "全家")),
    # a qualifier that is no code still leaves its noun the thing
    ("美国去年发放签证(J1)35万个。", (350000, "签证"), None),
    # an open noun a verb takes right before the number is its count's thing, not a neighbour's
    ("区内新增3家托育机构及100个托位，今年又新增学位近4000个。", (4000, "学位"), (4000, "托位")),
    # ...not a verb jieba tags as a noun (治愈出院135例: the cases named before)
    ("全省共报告297例确诊病例，已治愈出院135例。", (135, "确诊病例"), (135, "出院")),
    # ...but a kind of the neighbour's thing named before a number after 其中 keeps its own reading
    ("北京新增确诊病例33例，其中朝阳区报告9例。", (9, "确诊病例"), None),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "present", "absent"), FORMS)
def test_count_forms_counts230(nlp, text: str, present, absent, script: str) -> None:
    assert_count_form_in_script(nlp, text, script, present, absent)
