"""Round people34 (issue 15, person names people33 left): compound surnames before a given name jieba holds as a
word, and list items between two people.

* ``zhkg.extract.people._compound_given_candidates`` (source ``people:compound``): a compound surname opening a
  clause, a word of its own, and a given name jieba's dictionary holds as a word (令狐|建国, 宇文|海洋) or glues to a
  verb of saying (夏侯|明说), before a verb: a person. Not a surname that is a word of direction or number
  (东方|卫视), a family word (欧阳|兄弟), a role (司徒|主任) nor a given name scoring low (上官|方面).
* ``zhkg.extract.compound_names.settle_compound_surnames``: the recogniser's part of such a name (宇文, 钟离春说)
  becomes the whole, and a name after a compound surname's first letter jieba cut off (公|孙志强) takes it in.
* ``zhkg.extract.list_mates._flanked_items``: a list item of two or three letters between two people, 、 on either
  side (陈建华、方圆、黄丽萍) or full-width spaces as written, is a person though jieba's dictionary holds it as a word.

Sentences written for these tests (none from an article), as written and converted to Traditional.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

PERSON = "PERSON"


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("令狐建国表示，公司将继续扩大投资。", [("令狐建国", PERSON)], []),
    ("会上，司徒建国介绍了项目进展。", [("司徒建国", PERSON)], []),
    ("上官建国指出，问题在于资金。", [("上官建国", PERSON)], []),
    ("宇文海洋说，球队状态很好。", [("宇文海洋", PERSON)], [("宇文", PERSON)]),
    ("皇甫光明指出，风险依然存在。", [("皇甫光明", PERSON)], []),
    # the verb of saying jieba glued to a one-letter given name stays out of the name
    ("夏侯明说，这件事情还没有定论。", [("夏侯明", PERSON)], [("夏侯", PERSON)]),
    ("钟离春说她不会放弃。", [("钟离春", PERSON)], [("钟离春说", PERSON)]),
    # jieba cuts the compound surname: the recogniser's 孙志强 takes 公 in
    ("公孙志强是一名退伍军人。", [("公孙志强", PERSON)], [("孙志强", PERSON)]),
    ("长孙建军表示，他会尽力。", [("长孙建军", PERSON)], [("孙建军", PERSON)]),
], convert_names=True))
def test_compound_surname_and_word_given_name(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, absent", both_scripts([
    ("东方卫视报道了这条新闻。", [("东方卫视", PERSON)]),
    ("欧阳兄弟表示将继续参赛。", [("欧阳兄弟", PERSON)]),
    ("上官方面表示拒绝。", [("上官方面", PERSON)]),
    ("司徒主任介绍说，工程进展顺利。", [("司徒主任", PERSON)]),
]))
def test_compound_surname_guards(finds, text, absent):
    finds(text, [], absent)


def test_compound_given_candidates():
    from zhkg.extract.people import _compound_given_candidates
    from zhkg.resources.lexicon import load_lexicon
    from zhkg.stages.segment import make_nlp

    nlp, lexicon = make_nlp(), load_lexicon()

    def found(text):
        return [text[s:e] for s, e, _ in _compound_given_candidates(nlp(text), lexicon)]

    assert found("令狐建国表示同意。") == ["令狐建国"]
    assert found("夏侯明说，不。") == ["夏侯明"]
    assert found("据说令狐建国表示同意。") == []  # mid-clause
    assert found("令狐建国的公司") == []  # no verb after
    assert found("东方卫视报道了新闻。") == []  # 东方: a word of direction


def test_settle_compound_surnames_leaves_other_people():
    from zhkg.extract.compound_names import settle_compound_surnames
    from zhkg.records import Label, Mention
    from zhkg.resources.lexicon import load_lexicon
    from zhkg.stages.segment import make_segmenter, token_table

    text = "他的老公孙志强来了"
    model = [Mention("d", 4, 7, "孙志强", "孙志强", Label.PERSON, "crf")]
    out = settle_compound_surnames(model, [], text, token_table(make_segmenter()(text)), load_lexicon())
    assert [m.text for m in out] == ["孙志强"]  # 老公|孙志强: no clause opens at 公


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("参加活动的有陈建华、方圆、黄丽萍和吴敏。", [("方圆", PERSON), ("陈建华", PERSON), ("黄丽萍", PERSON)], []),
    ("主演包括周迅、文章、黄渤等人。", [("文章", PERSON)], []),
    ("出席的有刘德华、高山、张学友。", [("高山", PERSON)], []),
    # full-width spaces as written part the items too
    ("出席的有谭耀宗\u3000方圆\u3000叶国谦。", [("方圆", PERSON), ("谭耀宗", PERSON), ("叶国谦", PERSON)], []),
], convert_names=True))
def test_list_item_between_two_people(finds, text, present, absent):
    finds(text, present, absent)


def test_flanked_items_need_a_person_on_both_sides():
    from zhkg.extract.list_mates import _flanked_items
    from zhkg.records import Label, Mention
    from zhkg.resources.lexicon import load_lexicon

    lexicon = load_lexicon()
    text = "有陈建华、方圆、黄丽萍"
    left = Mention("d", 1, 4, "陈建华", "陈建华", Label.PERSON, "crf")
    right = Mention("d", 8, 11, "黄丽萍", "黄丽萍", Label.PERSON, "crf")
    assert _flanked_items([left, right], text, lexicon) == [(5, 7)]
    assert _flanked_items([left], text, lexicon) == []
    place = Mention("d", 5, 7, "方圆", "方圆", Label.PLACE, "crf")
    assert _flanked_items([left, place, right], text, lexicon) == []  # a mention holds it
    assert _flanked_items([left, right], "有陈建华、王家、黄丽萍", lexicon) == []  # a family
    spaced = "有陈建华\u3000方圆\u3000黄丽萍"
    assert _flanked_items([left, right], spaced.replace("\u3000", " "), lexicon, spaced) == [(5, 7)]
    assert _flanked_items([left, right], spaced.replace("\u3000", " "), lexicon) == []  # one-byte spaces
    assert _flanked_items([left, right], "有陈建华、方圆\u3000黄丽萍", lexicon) == []  # two marks


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("常连安的六个儿子：常宝堃、常宝霖、常宝霆、常宝华、常宝庆、常宝丰都从事相声艺术。",
     [("常宝堃", PERSON), ("常宝霆", PERSON), ("常宝华", PERSON), ("常宝庆", PERSON)], [("常宝", PERSON)]),
], convert_names=True))
def test_list_item_read_whole(finds, text, present, absent):
    finds(text, present, absent)


def test_whole_list_items_guards():
    from zhkg.extract.list_mates import whole_list_items
    from zhkg.records import Label, Mention
    from zhkg.resources.lexicon import load_lexicon

    lexicon = load_lexicon()

    def read(text, end=3):
        person = Mention("d", 1, end, text[1:end], text[1:end], Label.PERSON, "crf")
        return [m.text for m in whole_list_items([person], text, lexicon)]

    assert read("：常宝华、常宝庆") == ["常宝华"]
    assert read("：李明们、王芳") == ["李明"]  # 们: the people with him
    assert read("：李明等、王芳") == ["李明"]  # a function word's letter
    assert read("：李明华，王芳") == ["李明"]  # no 、 after it
    assert read("：王伟家、李家") == ["王伟"]  # a family
    assert read("：欧阳明、王芳", 4) == ["欧阳明"]  # three letters already
