"""review186: a Taipei political reporter's month — posts, meetings and how they changed, in Traditional text.

Her 28 articles (Taiwan's cabinet reshuffle of August 2025, a US senators' visit, the KMT chair race, Hong Kong's
chief executive) showed: a three-letter name after a title ran into the word after it when a married name's rule read
its fourth letter as a given name's (立法院長韓國瑜|昨接見: 韓國瑜昨, a node of its own holding his post); a name whose
last letter is of Extension A lost it (俞大㵢: 俞大); a post moved to, listed before another's title and name, was the
later name's too (…將轉任經濟部長、總統府副秘書長張惇涵: 張惇涵 部長 of 經濟部); a bare head's title went to the division another
person heads in the same story (行政長官李家超…澳門行政長官岑浩輝: 李家超 行政長官 of 澳門); 費雪參議員 after a meeting
verb was no one met (参议员 was no title after a name); and no question asked who holds a title
(`people-of 立委`: no entity named '立委'). Sentences here are written for the tests, of people of general knowledge.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from helpers import extract_dated, holds_roles, labelled_mentions, query_json, relation_rows

from zhkg import Pipeline, load_graph
from zhkg.cli import main
from zhkg.stages.normalise import convert


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _people(pipeline, text):
    return {name for label, name in labelled_mentions(pipeline, text) if label == "PERSON"}


def _both(rows):
    """Each row in Traditional (as written) and in Simplified."""
    return [row for text, *rest in rows for row in ((text, *rest), (convert(text, "t2s"), *rest))]


@pytest.mark.parametrize("text, person, glued", _both([
    ("立法院長韓國瑜昨接見美國訪團，就區域情勢交換意見。", "韩国瑜", "韩国瑜昨"),
    ("民眾黨主席黃國昌昨致電祝賀新任黨主席。", "黄国昌", "黄国昌昨"),
    ("前副主席郝龍斌以35.85%得票率居次。", "郝龙斌", "郝龙斌以"),
    ("市長王文華今到場致詞。", "王文华", "王文华今"),
]))
def test_a_name_does_not_run_into_the_word_after_it(pipeline, text, person, glued):
    people = _people(pipeline, text)
    assert person in people and glued not in people


@pytest.mark.parametrize("text, person", _both([
    # a married name as Hong Kong writes it stays whole: its last letter is a given name's
    ("特首林鄭月娥昨日表示，經濟正逐步復蘇。", "林郑月娥"),
    ("前立法會主席范徐麗泰出席論壇。", "范徐丽泰"),
]))
def test_a_married_name_stays_whole(pipeline, text, person):
    assert person in _people(pipeline, text)


@pytest.mark.parametrize("text", [
    "原駐美代表俞大㵢將轉任新職。",
    "前駐美代表俞大㵢昨天返國述職。",
    "人事案中，俞大㵢將轉任駐歐洲代表。",
])
def test_a_name_keeps_its_extension_a_letter(pipeline, text):
    people = _people(pipeline, text)
    assert "俞大㵢" in people and "俞大" not in people


def test_a_post_moved_to_is_not_the_next_names(pipeline):
    text = "據了解，行政院秘書長龔明鑫將轉任經濟部長、總統府副秘書長張惇涵將回任行政院。"
    rows = [(p, role, org) for p, role, org, _ in holds_roles(pipeline, text)]
    assert ("张惇涵", "副秘书长", "总统府") in rows
    assert ("张惇涵", "部长", "经济部") not in rows


@pytest.mark.parametrize("text, expected", [
    # a list of posts one person holds still reads whole
    ("國務院副總理兼財政部長王立新出席會議。", {("王立新", "副总理", "国务院"), ("王立新", "部长", "财政部")}),
    ("萬科集團董事長、總裁王石表示。", {("王石", "董事长", "万科集团"), ("王石", "总裁", "万科集团")}),
])
def test_a_list_of_one_persons_posts_still_reads(pipeline, text, expected):
    assert expected <= {(p, role, org) for p, role, org, _ in holds_roles(pipeline, text)}


def test_a_bare_head_title_is_no_title_of_a_division_another_heads(pipeline):
    text = "行政長官李家超昨日率團抵達澳門，在澳門政府總部與澳門行政長官岑浩輝會晤。"
    rows = [(p, role, org) for p, role, org, _ in holds_roles(pipeline, text)]
    assert ("岑浩辉", "行政长官", "澳门") in rows
    assert not any(p == "李家超" and org == "澳门" for p, _, org in rows)


@pytest.mark.parametrize("text, expected", [
    ("花蓮縣政府今天舉行記者會。縣長徐榛蔚表示，將加強防災。", ("徐榛蔚", "县长", "花莲县")),
    # another head of the division in another sentence, of another time, leaves the bare title read
    ("台中市議會今天閉幕，市長盧秀燕到場祝賀。周永鴻在前台中市長林佳龍時代擔任民政局長。", ("卢秀燕", "市长", "台中市")),
])
def test_a_bare_head_title_still_reads_its_division(pipeline, text, expected):
    assert expected in [(p, role, org) for p, role, org, _ in holds_roles(pipeline, text)]


@pytest.mark.parametrize("text, last", _both([
    ("賴清德總統昨天在總統府接見美國參議員韋克爾與費雪參議員。", "费雪"),
    ("賴清德總統今日接見美國眾議員麥考爾與金映玉眾議員。", "金映玉"),
]))
def test_a_senator_named_before_the_title_is_met(pipeline, text, last):
    met = {frozenset((a, b)) for a, _, b, _ in relation_rows(pipeline, text, "MET_WITH")}
    assert frozenset(("赖清德", last)) in met


_NEWS = [
    ("a1", "2025-08-27", "國民黨立委王鴻薇質詢行政院長卓榮泰。苗栗縣長鍾東錦今天率團出訪。"),
    ("a2", "2025-09-01", "經濟部長龔明鑫今上任，國民黨立委楊瓊瓔表示歡迎。"),
    ("a3", "2025-09-20", "民眾黨立委張啓楷與雲林縣長張麗善出席活動。"),
]


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    return extract_dated(tmp_path_factory.mktemp("r186"), _NEWS)


def _holders(rows):
    return sorted((r["person"]["label"], r["role"], r["organisation"]["label"]) for r in rows)


def test_holders_lists_who_holds_a_title(graph):
    assert _holders(query_json(graph, "holders", "立委")) == [
        ("張啓楷", "立委", "民眾黨"), ("楊瓊瓔", "立委", "國民黨"), ("王鴻薇", "立委", "國民黨")]


@pytest.mark.parametrize("title", ["縣長", "县长"])
def test_holders_takes_either_script(graph, title):
    assert _holders(query_json(graph, "holders", title)) == [("張麗善", "縣長", "雲林縣"), ("鍾東錦", "縣長", "苗栗縣")]


def test_holders_in_a_range(graph):
    rows = query_json(graph, "holders", "立委", "--since", "2025-09-01", "--until", "2025-09-10")
    assert _holders(rows) == [("楊瓊瓔", "立委", "國民黨")]


@pytest.mark.parametrize("indexed", [False, True])
def test_holders_in_python(graph, indexed):
    kg = load_graph(graph, indexed=indexed)
    assert [r.person.label for r in kg.between("2025-08-01", "2025-08-31").holders("县长")] == ["鍾東錦"]
    assert "立委" in kg.titles() and "縣長" in kg.titles()


def test_holders_of_a_title_no_one_holds_says_what_is_held(graph):
    result = CliRunner().invoke(main, ["query", str(graph), "holders", "總統"])
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.startswith("no results: no one holds the title 總統 in this graph; its most held titles: ")
    assert "立委" in result.stderr


def test_holders_needs_a_title(graph):
    result = CliRunner().invoke(main, ["query", str(graph), "holders"])
    assert result.exit_code == 2 and "holders takes TITLE" in result.stderr
