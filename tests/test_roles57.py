"""Round roles57: roles left over by session 31, and one reading of a name before 和.

* a name ending in 和 (``extract/names_with_he.py``): the recogniser's person cut before 和 (tidy53's 施克和, the older
  包信和 and 植田和男, in ``extract/combine.py``) and the name relate/roles.py reads after a title (roles38's
  局长张家和) ask one question, what 和 is there; every case either rule covered before holds, in both scripts;
"""

import pytest
from helpers import both_scripts, labelled_mentions
from helpers import role_edges as roles

from zhkg.extract.names_with_he import he_ends_name, japanese_he_name
from zhkg.stages.normalise import to_simplified, to_traditional

# ---- 1. one reading of a name ending in 和

# (text, the name before 和, whether 和 is the name's): each case tidy53's, roles38's or the older combine rule read
_HE_CASES = [
    # a verb, a preposition, a title or punctuation after 和: nothing is joined (包信和, roles38's 李永和表示)
    ("中国科学院院士包信和在合肥出席学术论坛。", "包信", True),
    ("院士刘中民和包信和出席了会议。", "包信", True),
    ("杭州市环保局昨天通报水质，局长李永和表示将加强执法。", "李永", True),
    # a time or 曾 and a verb opening a clause of its own (tidy53's 施克和, roles38's 张家和)
    ("经济部长施克和今天表示，将检讨油价。", "施克", True),
    ("经济部长施克和昨天在立法院答询。", "施克", True),
    ("施克和上午视察工厂。", "施克", True),
    ("施克和曾担任经济部次长。", "施克", True),
    ("台北市政府社会局今天召开记者会，局长张家和今天表示将增加补助。", "张家", True),
    # a second person or a noun after 和: it joins two
    ("院士刘中民和包信和出席了会议。", "刘中民", False),
    ("教授李明和在场的学生交流。", "李明", False),
    ("记者王刚和妻子在北京。", "王刚", False),
    ("记者张三和于洋在现场。", "张三", False),
    ("张三和今天到场的李四握手。", "张三", False),
    ("张三和曾任部长的李四握手。", "张三", False),
    ("王平和曾庆红会面。", "王平", False),
    ("王平和今天的同事一起出席。", "王平", False),
    ("杭州市环保局局长王平和副局长张伟今天到场。", "王平", False),
    ("王平和昨天相比瘦了。", "王平", False),
]


@pytest.mark.parametrize("text, name, whole", _HE_CASES + [(to_traditional(t), n, w) for t, n, w in _HE_CASES])
def test_one_reading_of_he_after_a_name(text, name, whole):
    simplified = to_simplified(text)
    at = simplified.index(name) + len(name)
    assert he_ends_name(simplified, at) is whole


@pytest.mark.parametrize("text, whole", both_scripts([
    ("日本银行行长植田和男在东京表示将维持宽松货币政策。", True),
    ("首相岸田和夫人出席晚宴。", False),
]))
def test_a_japanese_given_name_opening_with_he(text, whole):
    simplified = to_simplified(text)
    assert japanese_he_name(simplified, simplified.index("和")) is whole


@pytest.mark.parametrize("text, name", both_scripts([
    (t, n + "和") for t, n, whole in _HE_CASES if whole and not t.startswith("院士刘中民")
] + [("日本银行行长植田和男在东京表示将维持宽松货币政策。", "植田和男")]))
def test_the_extraction_reads_the_whole_name(pipeline, text, name):
    people = {m for label, m in labelled_mentions(pipeline, text) if label == "PERSON"}
    assert name in people and name[:2] not in people, people


@pytest.mark.parametrize("text, name", both_scripts([
    (t, n) for t, n, whole in _HE_CASES if not whole and not t.startswith(("院士刘中民", "王平和昨天"))
]))
def test_the_extraction_keeps_he_out_where_it_joins_two(pipeline, text, name):
    people = {m for label, m in labelled_mentions(pipeline, text) if label == "PERSON"}
    assert name in people and name + "和" not in people, people


@pytest.mark.parametrize("text, person, body, title", both_scripts([
    # roles38's: the name after a title ends in 和, the post is the whole name's
    ("台北市政府社会局今天召开记者会，局长张家和今天表示将增加补助。", "张家和", "台北市政府社会局", "局长"),
    ("杭州市环保局昨天通报水质，局长李永和表示将加强执法。", "李永和", "杭州市环保局", "局长"),
    ("经济部长施克和今天表示，将检讨油价。", "施克和", "经济部", "部长"),
]))
def test_the_post_is_the_whole_names(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


@pytest.mark.parametrize("text, person, body, title", both_scripts([
    ("杭州市环保局局长王平和副局长张伟今天到场。", "王平", "杭州市环保局", "局长"),
]))
def test_the_post_of_the_first_of_two(pipeline, text, person, body, title):
    found = roles(pipeline, text)
    assert (person, body, title) in found and not any(p == person + "和" for p, _b, _t in found)
