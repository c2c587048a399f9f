"""Round duie38 (DuIE's people, organisations and places; rules from the tune half of ``bench/duie_*.py``).

* ``zhkg.extract.credit_names.work_authors``: a work's author an encyclopedia names in a sentence is a person,
  whatever the pen name (《X》是Y创作的网络小说, 签约作家Y创作的, 作者是Y closing a clause after the work); not
  工作者是…, nor 作者为… with no work before it, nor 作者是一位….
* ``zhkg.extract.japanese_names``: a listed family name and a given name that ends as given names end, set apart
  in the text (spaces, a colon, a list's 、), is a person; not 丰田|计划|明年, and 安藤梢|也将 keeps no 也.
* ``zhkg.extract.body_frames.defined_spans``: a body a clause opens with and defines in a bracket (its Latin name
  or acronym, its short form) is one organisation; not one a preposition opens.

Sentences written for these tests (none from a record), as written and converted to Traditional.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.extract.body_frames import defined_spans
from zhkg.extract.credit_names import work_authors
from zhkg.stages.segment import make_segmenter, token_table

PERSON = "PERSON"
ORG = "ORGANIZATION"


# ---- a work's author named in a sentence

@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("《青石古道》是青灯夜雨创作的网络小说，发表于起点中文网。", [("青灯夜雨", PERSON)], []),
    ("《长河落日》是一部连载于17k小说网的小说，作者是天上飘着的云朵", [("天上飘着的云朵", PERSON)], []),
    ("《剑歌行》是纵横中文网签约作家醉卧的猫创作的一部玄幻小说。", [("醉卧的猫", PERSON)], []),
    ("《星河夜话》是2010年出版的图书，作者是你不知道", [("你不知道", PERSON)], []),
    ("《雨巷新编》的作者是李厚德先生(1910—1980)，浙江宁波人。", [("李厚德", PERSON)], [("李厚德先生", PERSON)]),
], convert_names=True))
def test_a_works_author_is_a_person(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, names", [
    ("《黑色临界》是泡椒南瓜创作的网络小说。《杜斌传奇》是连载于起点中文网的小说，作者是你不孤单", ["泡椒南瓜", "你不孤单"]),
    ("这对于社会福利工作者是极大的冲击。", []),  # 工作者 is no author
    ("作者为玫瑰石顾问公司董事，经济学家。", []),  # a byline's author: no work before it
    ("《山居笔记》的作者是一位年轻的女教师。", []),  # a count opens no name
    ("《边城往事》的作者是美国人。", []),
    ("《夜航》一书的作者是张德林等，", ["张德林"]),
    ("影片由著名导演林建中执导。", []),  # a qualifier, and no clause closed after the verb
    ("由他们创作演出的《征婚启示》开演了。", []),
    ("该剧由吴天明执导，宋聚丰编剧。", ["吴天明"]),
])
def test_work_authors(text, names):
    assert [text[s:e] for s, e in work_authors(text)] == names


# ---- a song's short labels, a web novel's page fields, a maker named after 由

@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("苏芮-《你属于你》【词：苏明玉；曲：鲍比达】", [("鲍比达", PERSON)], []),
    ("手中花 词：冬青 曲：黄韵仁 演唱：张杰", [("冬青", PERSON)], []),
    ("红尘作词：林久登&楚阳 曲：方树梁/邓崇山", [("楚阳", PERSON), ("方树梁", PERSON)], []),
    ("《总裁请离婚》 作者：暧昧青柠简介：总裁虐文", [("暧昧青柠", PERSON)], [("暧昧青柠简介", PERSON)]),
    ("《肥女翻身》作者：爱爬墙的猫 完结 现代穿越", [("爱爬墙的猫", PERSON)], []),
    ("《风月》是由文雅填词，宋阳作曲，黄龄演唱的一首歌曲。", [("文雅", PERSON)], []),
    ("《情愿为你》由紫河作词，著名音乐人高磊作曲。", [("紫河", PERSON)], []),
], convert_names=True))
def test_credits_of_songs_and_pages(finds, text, present, absent):
    finds(text, present, absent)


# ---- Japanese names set apart

@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("护花使者 曲:长谷川集平 词:潘伟源 编:苏德华", [("长谷川集平", PERSON)], []),
    ("角色表 更纱： 清水真由美 朱理： 井上和彦", [("清水真由美", PERSON)], []),
], convert_names=True))
def test_japanese_names_set_apart(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("丰田计划明年向美国市场销售新车。", [], [("丰田计划明", PERSON)]),
    ("在帮助日本女足入围世界杯之后，安藤梢也将参加亚洲杯。", [], [("安藤梢也", PERSON)]),
    ("关键词：中国 经济 改革", [], [("中国 经济", PERSON), ("中国", PERSON)]),  # 词： inside a word is no label
    ("这首歌的歌词：我爱你中国", [], [("我爱你", PERSON)]),
], convert_names=True))
def test_no_name_run_into_a_word(finds, text, present, absent):
    finds(text, present, absent)


# ---- a body defined by a bracket

@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("据日经新闻报道，国际可再生能源机构（IRENA）指出，光伏发电量增长很快。", [("国际可再生能源机构", ORG)], []),
    ("江南林业产权交易所（以下简称江南林交所）是经省政府同意设立的。", [("江南林业产权交易所", ORG)], [("江南", "PLACE")]),
], convert_names=True))
def test_a_body_defined_by_its_bracket(finds, text, present, absent):
    finds(text, present, absent)


@pytest.fixture(scope="module")
def table_of():
    segment = make_segmenter()
    return lambda text: token_table(segment(text))


@pytest.mark.parametrize("text, names", [
    ("据报道，国际可再生能源机构（IRENA）指出，他说（AP）", ["国际可再生能源机构"]),
    ("该公司成立于2001年，由海南航空集团有限公司（HNA）控股。", []),  # a preposition opens no body
    ("记者王强（右）在现场。", []),  # no defining bracket
    ("郑州商品交易所（CZCE）1990年10月成立。", ["郑州商品交易所"]),
])
def test_defined_spans(table_of, text, names):
    assert [text[s:e] for s, e, _ in defined_spans(text, table_of(text))] == names
