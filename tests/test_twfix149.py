"""twfix149: what review140 left — a wire dateline's day completes a known month, transport lines, ``find`` of a short form.

A wire service's dateline names the day only (（中央社記者林雅婷台北20日電）, 今(20)日, 昨(19)日) or the month and
day (新华社北京6月3日电): the document's date is that day when the month and year are known from its metadata or its
page's dateline, and stays what it was when they are not. A metro line (萬大線, 港鐵東涌綫, 地铁4号线) is a place. A
short form typed in ``find`` (台中, 臺中) gets the entity (臺中市) and its variants, ranked.
"""

from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner

from zhkg.cli import main
from zhkg.stages.documents import parse_documents

# ---- a wire dateline's day completes a known month


@pytest.mark.parametrize("text, date, iso", [
    # the metadata's month and year, the dateline's day
    ("（中央社記者林雅婷台北20日電）立法院今(20)日三讀通過修正案。", "2024年5月", "2024-05-20"),
    ("（中央社台北20日電）立法院今日三讀通過修正案。", "113年5月", "2024-05-20"),
    ("（中央社記者林雅婷台北20日電）立法院三讀通過修正案。", "2024-05", "2024-05-20"),
    ("新华社北京6月3日电 国务院常务会议今天召开。", "2024/06", "2024-06-03"),
    # no dateline: 今(N)日, 昨(N)日 of the lead (the paper of the day after)
    ("【記者王小明／台北報導】立法院今（20）日三讀通過修正案。", "2024年5月", "2024-05-20"),
    ("【記者王小明／台北報導】立法院昨（19）日三讀通過修正案。", "2024年5月", "2024-05-20"),
    ("【記者王小明／台北報導】立法院昨（31）日三讀通過修正案。", "2024年6月", "2024-06-01"),
])
def test_a_wire_day_completes_the_known_month(text, date, iso):
    doc = parse_documents("d", text, {"date": date})[0]
    assert (doc.date, doc.date_text) == (iso, "")


@pytest.mark.parametrize("text, date", [
    # a full date given (a feed's, a morning paper's the day after the dispatch) is kept as given, never replaced
    ("（中央社記者林雅婷台北20日電）立法院三讀通過修正案。", "2024-05-21"),
    ("中央社記者林雅婷台北31日電 立法院三讀通過修正案。", "2024-06-01"),
    ("新华社北京12月31日电 国务院常务会议召开。", "2025-01-01"),
    ("【記者王小明／台北報導】立法院今(20)日三讀通過修正案。", "2024-05-21"),
])
def test_a_full_date_given_is_kept(text, date):
    assert parse_documents("d", text, {"date": date})[0].date == date


def test_the_pages_full_dateline_is_kept():
    doc = parse_documents("d", "立法院三讀通過修正案\n2024-05-21 08:00 中央社\n（中央社記者林雅婷台北20日電）立法院三讀。")[0]
    assert (doc.date, doc.source) == ("2024-05-21", "中央社")


@pytest.mark.parametrize("text, meta", [
    # no month and year known: nothing invented
    ("（中央社記者林雅婷台北20日電）立法院今(20)日三讀通過修正案。", {}),
    ("新华社北京6月3日电 国务院常务会议今天召开。", {}),
    ("【記者王小明／台北報導】立法院今（20）日三讀通過修正案。", {"date": "近日"}),
])
def test_a_wire_day_alone_dates_nothing(text, meta):
    doc = parse_documents("d", text, meta)[0]
    assert doc.date == ""


@pytest.mark.parametrize("text, date, iso", [
    # a day that is no day of the month, or far from the date given: the date given stays
    ("（中央社記者林雅婷台北31日電）立法院三讀通過修正案。", "2024年6月", ""),
    ("（中央社記者林雅婷台北25日電）立法院三讀通過修正案。", "2024-05-20", "2024-05-20"),
    ("新华社北京3月3日电 国务院常务会议召开。", "2024-06-20", "2024-06-20"),
    # a day deep in the body, or 20日电视, is no dateline
    ("立法院三讀通過修正案。" * 30 + "立法院今(20)日表示。", "2024-05-21", "2024-05-21"),
    ("北京20日电视台报道了此事。", "2024-05-21", "2024-05-21"),
])
def test_what_is_no_wire_day_of_that_month_leaves_the_date(text, date, iso):
    assert parse_documents("d", text, {"date": date})[0].date == iso


def test_a_month_given_alone_stays_date_text():
    doc = parse_documents("d", "立法院三讀通過修正案。", {"date": "2024年5月"})[0]
    assert (doc.date, doc.date_text) == ("", "2024年5月")


def _feed(tmp_path):
    rows = [
        {"id": "a", "date": "2024年5月", "text": "（中央社記者林雅婷台北20日電）立法院長韓國瑜今(20)日主持院會。"},
        {"id": "b", "date": "2024年6月", "text": "【記者王小明／台北報導】臺北市長蔣萬安昨（2）日視察萬華區。"},
        {"id": "c", "text": "（中央社記者林雅婷台北20日電）行政院長卓榮泰今(20)日主持院會。"},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return feed


def test_the_timeline_and_ranges_follow_the_completed_date(tmp_path):
    feed, out = _feed(tmp_path), tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(feed), "-o", str(out), "--gexf", str(tmp_path / "g.gexf")])
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(out / "feed.graphml")
    assert [G.nodes[f"doc:{d}"]["date"] for d in "abc"] == ["2024-05-20", "2024-06-03", ""]
    gexf = (tmp_path / "g.gexf").read_text(encoding="utf-8")
    assert 'start="2024-05-20"' in gexf and 'start="2024-06-03"' in gexf
    since = CliRunner().invoke(main, ["query", str(out / "feed.graphml"), "documents-of", "韓國瑜",
                                      "--since", "2024-05-20", "--until", "2024-05-20"])
    assert since.exit_code == 0 and since.output.splitlines()[-1].split()[:2] == ["a", "2024-05-20"], since.output
    later = CliRunner().invoke(main, ["query", str(out / "feed.graphml"), "documents-of", "韓國瑜",
                                      "--since", "2024-05-21"])
    assert "no document dated from 2024-05-21" in later.output, later.output


# ---- find: a place's short form and its script


def _places(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("place:TW-TXG", label="臺中市", name_simplified="台中市", aliases="台中市|臺中市", type="PLACE",
               mentions=3, code="TW-TXG")
    G.add_node("place:TW-KHH", label="高雄", name_simplified="高雄", aliases="高雄", type="PLACE", mentions=2,
               code="TW-KHH")
    G.add_node("place:平谷区", label="平谷區", name_simplified="平谷区", aliases="平谷区|平谷區", type="PLACE", mentions=1)
    G.add_node("org:台中", label="台中", name_simplified="台中", type="ORGANIZATION", mentions=9)
    G.add_node("org:高雄银行", label="高雄市银行", name_simplified="高雄市银行", type="ORGANIZATION", mentions=9)
    G.add_node("person:陈市", label="陈市", name_simplified="陈市", type="PERSON", mentions=1)
    path = tmp_path / "g.graphml"
    nx.write_graphml(G, path)
    return path


@pytest.mark.parametrize("query, first, how", [
    ("台中", "place:TW-TXG", "short"),      # the name without its 市
    ("臺中", "place:TW-TXG", "short"),      # in the other script
    ("台中市", "place:TW-TXG", "name"),
    ("臺中市", "place:TW-TXG", "name"),
    ("高雄市", "place:TW-KHH", "short"),    # a node named without its 市, asked with it
    ("高雄縣", "place:TW-KHH", "short"),
    ("平谷", "place:平谷区", "short"),
])
def test_find_a_place_by_its_short_form_both_ways(tmp_path, query, first, how):
    from zhkg.query import load_graph

    kg = load_graph(_places(tmp_path))
    found = kg.find(query)
    places = [m for m in found if m.entity.id.startswith("place:")]
    assert (places[0].entity.id, places[0].how) == (first, how)


def test_a_whole_name_ranks_before_a_short_form(tmp_path):
    from zhkg.query import load_graph

    found = [(m.entity.id, m.how) for m in load_graph(_places(tmp_path)).find("台中")]
    assert found == [("org:台中", "name"), ("place:TW-TXG", "short")]


@pytest.mark.parametrize("query", ["陈", "高雄市银", "中"])
def test_no_short_form_of_what_is_no_place_or_too_short(tmp_path, query):
    from zhkg.errors import UnknownNameError
    from zhkg.query import load_graph

    with pytest.raises(UnknownNameError):  # 陈市 is a person, 高雄市银行 no place, 中 one character
        load_graph(_places(tmp_path)).find(query)


@pytest.mark.parametrize("query", ["台中", "臺中", "高雄市"])
def test_the_cli_find_lists_the_place_of_a_short_form(tmp_path, query):
    path = _places(tmp_path)
    result = CliRunner().invoke(main, ["query", str(path), "find", query, "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["how"] for r in rows if r["entity"]["type"] == "PLACE"] == ["short"], rows


def test_a_place_of_a_short_form_is_the_entity_a_question_means(tmp_path):
    result = CliRunner().invoke(main, ["query", str(_places(tmp_path)), "neighbours", "臺中"])
    assert "no entity named" not in result.output, result.output


@pytest.mark.parametrize("query, first", [("台中", "place:TW-TXG"), ("臺中", "place:TW-TXG"), ("高雄市", "place:TW-KHH")])
def test_the_graph_index_finds_a_short_form_as_find_does(tmp_path, query, first):
    import sqlite3

    from zhkg.query.index import GraphIndex

    index = GraphIndex(GraphIndex.build(nx.read_graphml(_places(tmp_path), force_multigraph=True), sqlite3.connect(":memory:"), {}))
    assert [(m.node, m.how) for m in index.find(query) if m.node.startswith("place:")] == [(first, "short")]


def test_a_short_form_of_two_places_asks_for_more(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("place:新城乡", label="新城鄉", name_simplified="新城乡", type="PLACE", mentions=2)
    G.add_node("place:新城区", label="新城区", name_simplified="新城区", type="PLACE", mentions=1)
    nx.write_graphml(G, tmp_path / "g.graphml")
    result = CliRunner().invoke(main, ["query", str(tmp_path / "g.graphml"), "neighbours", "新城"])
    assert result.exit_code == 1
    assert "'新城' is the short form of several entities: 新城鄉, 新城区" in result.output, result.output


# ---- a metro line is a place


@pytest.mark.parametrize("text, line", [
    ("民進黨籍議員簡舒培質疑捷運萬大線工程延宕。", "萬大線"),
    ("台北捷運文湖線今日發生故障。", "文湖線"),
    ("捷運淡水信義線將延伸至北投。", "淡水信義線"),
    ("高雄捷運紅線今日恢復通車。", "紅線"),
    ("港鐵東涌綫今早列車故障。", "東涌綫"),
    ("港铁东涌线今早列车故障。", "东涌线"),
    ("北京地铁4号线今天延长运营时间。", "北京地铁4号线"),
    ("上海地铁2号线发生故障，乘客被困。", "上海地铁2号线"),
    ("廣州地鐵3號線北延段開通。", "廣州地鐵3號線"),
])
def test_a_metro_line_is_a_place(mentions_in, text, line):
    found = mentions_in(text)
    assert (line, "PLACE") in found, found
    assert not any(line in name and name != line for name, _label in found), found


def test_a_line_named_once_with_its_metro_is_the_line_again(mentions_in):
    found = mentions_in("議員質疑捷運萬大線工程延宕。萬大線第一期共設9座車站。")
    assert ("萬大線", "PLACE") in found


@pytest.mark.parametrize("text", [
    "地铁沿线房价上涨。", "捷運路線規劃完成。", "地铁10号线二期工程开工。", "捷運施工路線延宕。", "萬大線第一期共設9座車站。",
])
def test_no_line_without_a_metro_and_a_name(mentions_in, text):
    assert not any(name.endswith(("線", "线", "綫")) for name, _label in mentions_in(text)), mentions_in(text)


def test_a_colour_line_is_not_read_again_alone(pipeline):
    text = "高雄捷運紅線今日恢復通車。市府強調，紅線不能碰。"
    found = [(m.start, text[m.start:m.end]) for m in pipeline.extract_mentions(parse_documents("t", text)[0])]
    assert (4, "紅線") in found and not any(start > 4 and name == "紅線" for start, name in found), found


# ---- the page's search box finds a place by its short form, as find does


@pytest.mark.browser
@pytest.mark.slow
def test_the_page_finds_a_place_by_its_short_form_as_find_does(offline_page, tmp_path) -> None:
    from helpers import add_node, assert_quiet
    from test_review88 import assert_same_order, open_page, page_order, write_both

    G = nx.MultiDiGraph(title="twfix149")
    add_node(G, "place:TW-TXG", "臺中市", "PLACE", "台中市", "台中市|臺中市", mentions=2, code="TW-TXG")
    add_node(G, "place:TW-KHH", "高雄", "PLACE", "高雄", "高雄", mentions=1)
    add_node(G, "org:台中港务公司", "台中港务公司", "ORGANIZATION", "台中港务公司", "台中港务公司|台中港務公司", mentions=9)
    add_node(G, "doc:d1", "台中港", "DOCUMENT", "台中港", "", mentions=0)
    graphml, html = write_both(G, tmp_path)
    page, log = open_page(offline_page, html)
    answers = page_order(page, ["台中", "臺中", "高雄市", "高雄"])
    assert answers["台中"][0] == answers["臺中"][0] == "place:TW-TXG"  # the short form before a name it begins
    assert answers["高雄市"][0] == "place:TW-KHH"  # a head typed finds the place named without it
    assert assert_same_order(page, graphml, html, ["台中", "臺中", "高雄市", "高雄", "台中市"]) == 2 * 5
    assert_quiet(log)
