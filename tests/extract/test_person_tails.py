"""Where a person's name ends (issue 15, round 5): what the model or a role word reads past a name, and a
division's short form that is a person's name by its place in the sentence.

Each row runs through the whole pipeline (the recogniser on), as written and converted to Traditional.
"""

import pytest

from zhkg.stages.normalise import to_traditional

ROWS = [
    # a verb after a name the role word found is no part of it; nor is the surname repeated before 王总
    ("接下来有请富龙集团董事长王诚做主题发言。", [("王诚", "PERSON")], [("王诚做", "PERSON")]),
    ("下面请出富龙集团董事长王诚王总，有请！", [("王诚", "PERSON")], [("王诚王", "PERSON")]),
    # a transliterated name whose last part ends in a character jieba tags a verb (乔治) stays whole
    ("梅丽莎·乔治的新片上映了。", [("梅丽莎·乔治", "PERSON")], [("梅丽莎·乔", "PERSON")]),
    # one more part after a separator that the model reads and the character list did not
    ("珍妮佛·杰森·李碍于影片品质不济，成为失踪宝贝。", [("珍妮佛·杰森·李", "PERSON")],
     [("珍妮佛·杰森", "PERSON")]),
    # a district's short form (王益 of 王益区) after a title, or before 身为, is a person
    ("法院对国家开发银行原副行长王益作出一审判决。", [("王益", "PERSON")], [("王益", "PLACE")]),
    ("法院认为，王益身为国家工作人员，利用职务便利收受财物。", [("王益", "PERSON")], [("王益", "PLACE")]),
    # a coded place in brackets qualifies the name before it: no byline
    ("欢迎电竞爱好者光临2011中国（沈阳）电子竞技大赛。", [("沈阳", "PLACE")], [("沈阳", "PERSON")]),
    # nrt in jieba's dictionary, but nothing in the clause makes it a person
    ("走进撒哈拉的途中，就会经过一座红土城。", [("撒哈拉", "PLACE")], [("撒哈拉", "PERSON")]),
]


@pytest.mark.parametrize("text, present, absent", ROWS + [
    (to_traditional(t), [(to_traditional(n), lab) for n, lab in p], [(to_traditional(n), lab) for n, lab in a])
    for t, p, a in ROWS])
def test_where_a_name_ends(finds, text, present, absent):
    finds(text, present, absent)


def test_a_team_badge_is_no_team(mentions_in):
    found = mentions_in("2013年初被剥夺1个联赛冠军后队徽改为1枚冠军星章。")
    assert not any(label == "ORGANIZATION" and name.endswith("队") for name, label in found), sorted(found)
