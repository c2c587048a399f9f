"""Round entitiesgrow183: the recogniser's names that run on past a name the document reads elsewhere are cut back to
that name (:mod:`zhkg.extract.known_name_tails`); a body's head, a company's trade or a name read nowhere else keeps
the mention whole."""

from __future__ import annotations

import pytest
from helpers import both_scripts, labelled_mentions

from zhkg.extract.known_name_tails import cut_known_name_tails
from zhkg.records import Label, Mention
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.segment import make_segmenter, token_table

ORG, PLACE = Label.ORGANIZATION, Label.PLACE


def cut(text: str, spans: list[tuple[int, int, Label]], ruled: list[tuple[int, int, Label]] = ()) -> list[tuple[str, str]]:
    """(name, label) of the recogniser's mentions ``spans`` of ``text`` once cut, the rules' ``ruled`` beside them."""
    table = token_table(make_segmenter()(text))
    model = [Mention("d", s, e, text[s:e], text[s:e], label, "crf") for s, e, label in spans]
    found = [Mention("d", s, e, text[s:e], text[s:e], label, "gazetteer") for s, e, label in ruled]
    heads = load_lexicon().org_suffixes
    return [(m.simplified, m.label.name) for m in cut_known_name_tails(model, found, table, heads, text)]


def span(text: str, name: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return start, start + len(name)


@pytest.mark.parametrize(("text", "run_on", "label", "known", "known_label"), [
    ("WHO总干事说，WHO疾病监测体系受损。", "WHO疾病监测", ORG, "WHO", ORG),
    ("万科发布公告。万科托管物业出现纠纷。", "万科托管物业", ORG, "万科", ORG),
    ("雅加达发生地震，雅加达西南的城镇受损。", "雅加达西南", PLACE, "雅加达", PLACE),
])
def test_a_run_on_is_cut_back_to_the_name_read_elsewhere(text, run_on, label, known, known_label):
    s, e = span(text, run_on)
    ks, ke = span(text, known)
    assert cut(text, [(ks, ke, known_label), (s, e, label)]) == [(known, known_label.name)] * 2


@pytest.mark.parametrize(("text", "whole", "known", "label"), [
    ("东协领袖出席会议。东协中心今天开幕。", "东协中心", "东协", ORG),  # a body's head: a body of its own
    ("安华表示支持。安华办公室发表声明。", "安华办公室", "安华", ORG),  # a person's name: never cut at it
    ("中信发布公告。中信证券股价上涨。", "中信证券", "中信", ORG),  # a brand and its trade: one company
    ("中国女排夺冠。中国女排国家队集训。", "中国女排国家队", "中国女排", ORG),
    ("新浪发布财报。新浪乐居的用户增加。", "新浪乐居", "新浪", ORG),  # one word after the brand: its own line
    ("万科发布公告。万科物业的员工增加。", "万科物业", "万科", ORG),
    ("国民党撤退。国民党九十三师留守。", "国民党九十三师", "国民党", ORG),  # a numeral: a unit of the body
    ("东协领袖出席会议。东协货品贸易协定将升级。", "东协货品贸易协定", "东协", ORG),  # jieba's 贸易协定 is a proper noun
    ("中央大学设地理系。中央大学地理系成立。", "中央大学地理系", "中央大学", ORG),  # a department (MSRA dev's)
    ("雅加达发生地震，雅加达港口受损。", "雅加达港口", "雅加达", PLACE),  # a place's tail other than a direction
    # a place opens most bodies' names, their words abbreviated (祁阳公安国保, the seed's): only a name of the
    # mention's own label is cut at
    ("祁阳发生疫情。祁阳公安国保民警坚守一线。", "祁阳公安国保", "祁阳", ORG),
    ("香港有优势，可善用香港联通中外。", "香港联通", "香港", ORG),
])
def test_a_name_with_its_own_head_stays_whole(text, whole, known, label):
    s, e = span(text, whole)
    ks, ke = span(text, known)
    known_label = Label.PERSON if known == "安华" else PLACE if known in ("祁阳", "香港") else label
    assert (whole, label.name) in cut(text, [(ks, ke, known_label), (s, e, label)])


def test_a_run_on_the_recogniser_reads_twice_is_the_document_s_name():
    text = "万科发布公告。万科托管物业出现纠纷，万科托管物业回应。"
    first, second = span(text, "万科托管物业"), span(text, "万科托管物业", 1)
    assert cut(text, [(0, 2, ORG), (*first, ORG), (*second, ORG)]).count(("万科托管物业", "ORGANIZATION")) == 2


def test_a_name_read_nowhere_else_or_by_a_rule_stays_whole():
    text = "WHO疾病监测体系受损。"
    s, e = span(text, "WHO疾病监测")
    assert cut(text, [(s, e, ORG)]) == [("WHO疾病监测", "ORGANIZATION")]  # the document never names WHO alone
    text = "WHO总干事说，WHO疾病监测体系受损。"
    s, e = span(text, "WHO疾病监测")
    assert ("WHO疾病监测", "ORGANIZATION") in cut(text, [(0, 3, ORG), (s, e, ORG)], ruled=[(s, e, ORG)])


def test_the_name_must_end_where_jieba_starts_a_word():
    # jieba reads 中国民航 as one word: 中国 elsewhere ends inside it here, so it is not cut to 中国
    text = "中国代表说，中国民航发展迅速。"
    s, e = span(text, "中国民航")
    assert cut(text, [(0, 2, PLACE), (s, e, ORG)]) == [("中国", "PLACE"), ("中国民航", "ORGANIZATION")]


@pytest.mark.parametrize(("text", "present", "absent"), both_scripts([
    ("WHO发表声明，美国退出将切断美国与WHO疾病监测、协调体系的联系。", [("ORGANIZATION", "WHO")],
     [("ORGANIZATION", "WHO疾病监测")]),
]))
def test_through_the_pipeline(pipeline, text, present, absent):
    found = labelled_mentions(pipeline, text)
    assert set(present) <= found
    assert not set(absent) & found
