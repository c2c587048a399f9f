"""review148: a Hong Kong researcher's week — short forms in brackets, the districts of District Councils, a table
with no text column.

Hong Kong's papers define a body's short form in brackets the way the mainland's do, with two habits of their own:
the English name after it (香港鐵路有限公司（港鐵，MTR Corporation）) and 港 for 香港 (香港交易所（港交所）); neither was
read, so 港鐵's 行政總裁 and 主席 were a node of their own beside 香港鐵路有限公司, and 港交所 beside 香港交易所. A short
form the recogniser read as a place (九龍倉集團有限公司（九倉）: 九倉 a place) was never the body's, leaving a place
九倉 and an organisation 九倉 beside the company. 東區區議員 and 南區區議員 named no place (jieba reads 區區,
"trifling", across the name; 東區 is a word on the stoplist; 東區, 南區 and 北區 are also Panzhihua's and Taiwan's
cities' districts), where District Councils are Hong Kong's alone. A table whose header names its id, date and
title but no text column made a graph of its titles, the last column read as the text, without a word.
"""

from __future__ import annotations

import networkx as nx
import pytest
from click.testing import CliRunner

from zhkg import Pipeline
from zhkg.cli import main
from zhkg.extract.defined_short_forms import abbreviates_hong_kong


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _graph(pipeline, text):
    return pipeline.run_texts([("d", text)]).graph


def _people_in(G, org):
    return sorted((G.nodes[u]["label"], d["role"]) for u, v, d in G.edges(data=True)
                  if v == org and d["label"] == "HOLDS_ROLE")


# ---- a short form defined in brackets, Hong Kong's way

@pytest.mark.parametrize("text, org, short", [
    ("香港鐵路有限公司（港鐵，MTR Corporation）今日公布全年業績。港鐵行政總裁金澤培表示，乘客量上升。",
     "org:香港铁路有限公司", "港鐵"),
    ("香港鐵路有限公司（港鐵；MTR）今日公布全年業績。港鐵行政總裁金澤培表示，乘客量上升。",
     "org:香港铁路有限公司", "港鐵"),
    ("香港交易所（港交所）今日公布業績。港交所行政總裁陳達表示，成交額上升。", "org:香港交易所", "港交所"),
    ("香港交易所（港交所，HKEX）今日公布業績。港交所行政總裁陳達表示，成交額上升。", "org:香港交易所", "港交所"),
])
def test_a_hong_kong_short_form_in_brackets_is_the_body(pipeline, text, org, short):
    G = _graph(pipeline, text)
    assert short in G.nodes[org]["aliases"].split("|")
    assert not any(d.get("label") == short and n != org for n, d in G.nodes(data=True))
    assert _people_in(G, org) == [("金澤培" if "鐵" in short else "陳達", "行政總裁")]


def test_a_defined_short_form_the_recogniser_read_as_a_place_is_the_body(pipeline):
    G = _graph(pipeline, "九龍倉集團有限公司（九倉）昨日公布業績，虧損為28億港元。九倉主席吳天海表示，旗下海港城有逾700間商店。")
    assert "九倉" in G.nodes["org:九龙仓集团有限公司"]["aliases"].split("|")
    assert not [n for n, d in G.nodes(data=True) if d.get("label") == "九倉"]  # no place 九倉, no second body
    assert _people_in(G, "org:九龙仓集团有限公司") == [("吳天海", "主席")]


@pytest.mark.parametrize("short, name, expected", [
    ("港交所", "香港交易所", True),
    ("港铁", "香港铁路有限公司", True),
    ("港大", "香港大学", True),
    ("港台", "香港电台", False),  # 台 is not where the rest begins
    ("港交所", "上海证券交易所", False),
    ("港", "香港交易所", False),
    ("香港", "香港交易所", False),
])
def test_hong_kong_writes_gang_for_xianggang(short, name, expected):
    assert abbreviates_hong_kong(short, name) is expected


@pytest.mark.parametrize("text", [
    "長江實業集團（以下簡稱長實）宣布，長實將出售資產。",  # the mainland's way still read
    "首都規劃建設委員會（首規委）召開會議，首規委主任表示。",
])
def test_the_other_forms_of_a_defined_short_form_stand(pipeline, text):
    G = _graph(pipeline, text)
    orgs = [d for _, d in G.nodes(data=True) if d["type"] == "ORGANIZATION"]
    assert len(orgs) == 1 and len(orgs[0]["aliases"].split("|")) >= 3


def test_a_bracket_of_an_english_name_alone_defines_nothing_new(pipeline):
    # an English name with no short form before it is no short form of the body (nor a comma's clause)
    G = _graph(pipeline, "香港鐵路有限公司（MTR Corporation Limited）今日公布業績。")
    assert [d["label"] for _, d in G.nodes(data=True) if d["type"] == "ORGANIZATION"] == ["香港鐵路有限公司"]


# ---- a district before its District Council is Hong Kong's

@pytest.mark.parametrize("text, code", [
    ("東區區議員黃健興昨日表示，巴士班次不足。", "HK-EA"),
    ("南區區議員朱立威昨日表示，巴士班次不足。", "HK-SO"),
    ("北區區議會今日召開會議，討論單車徑。", "HK-NO"),
    ("东区区议员黄健兴昨日表示，巴士班次不足。", "HK-EA"),
])
def test_a_district_before_its_council_is_hong_kongs(pipeline, text, code):
    G = _graph(pipeline, text)
    places = {d.get("code") for _, d in G.nodes(data=True) if d["type"] == "PLACE"}
    assert code in places and G.nodes[f"place:{code}"]["parent_code"] == "HK"
    assert not any(c and c[0].isdigit() or (c or "").startswith("TW") for c in places)  # no mainland or Taiwan code


def test_the_councillor_holds_the_districts_post(pipeline):
    G = _graph(pipeline, "東區區議員黃健興昨日表示，巴士班次不足。")
    assert ("person:黄健兴", "place:HK-EA", "区议员") in {(u, v, d["role_simplified"]) for u, v, d in G.edges(data=True)
                                                     if d["label"] == "HOLDS_ROLE"}


@pytest.mark.parametrize("text, code", [
    ("攀枝花市東區區長表示，工程已完成。", "510402"),  # Panzhihua's 東區 stays its own
])
def test_a_district_without_a_council_is_linked_as_before(pipeline, text, code):
    G = _graph(pipeline, text)
    assert code in {d.get("code") for _, d in G.nodes(data=True) if d["type"] == "PLACE"}


def test_a_word_east_zone_is_still_no_place(pipeline):
    G = _graph(pipeline, "學校東區有三座教學樓，西區有兩座。")
    assert not {d.get("code") for _, d in G.nodes(data=True) if d["type"] == "PLACE"} - {None, ""}


# ---- a table whose header names no text column

def _extract(tmp_path, name, content, *extra):
    table = tmp_path / name
    table.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    return CliRunner().invoke(main, ["extract", str(table), "-o", str(out), *extra]), out


_VALUES = {"id": "1", "date": "2025-03-01", "title": "立法會會議", "Title": "立法會會議", "source": "明報"}


@pytest.mark.parametrize("header", ["id\tdate\ttitle", "date\tTitle", "id\ttitle\tsource", "date\ttitle"])
def test_a_table_with_no_text_column_is_one_error_line(tmp_path, header):
    row = "\t".join(_VALUES[name] for name in header.split("\t"))
    result, out = _extract(tmp_path, "news.tsv", f"{header}\n{row}\n")
    assert result.exit_code == 1
    names = ", ".join(header.split("\t"))
    assert result.output == (f"Error: {tmp_path / 'news.tsv'} has no text column: its header names {names} (the "
                             "text's is named text, body, content or 正文; --text-column names another)\n")
    assert not out.exists()


def test_a_table_with_no_text_column_leaves_the_last_run_intact(tmp_path):
    good = tmp_path / "news.tsv"
    good.write_text("id\tdate\ttext\n1\t2025-03-01\t立法會議員陳恒鑌昨日表示。\n", encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["extract", str(good), "-o", str(out)]).exit_code == 0
    before = (out / "news.graphml").read_bytes()
    good.write_text("id\tdate\ttitle\n1\t2025-03-01\t立法會會議\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["extract", str(good), "-o", str(out)]).exit_code == 1
    assert (out / "news.graphml").read_bytes() == before


@pytest.mark.parametrize("content, extra", [
    ("id\tdate\ttext\n1\t2025-03-01\t立法會議員陳恒鑌昨日表示。\n", ()),
    ("id\tdate\tcontent_zh\n1\t2025-03-01\t立法會議員陳恒鑌昨日表示。\n", ()),  # a last column named otherwise: the text
    ("id\tdate\ttitle\n1\t2025-03-01\t立法會議員陳恒鑌昨日表示。\n", ("--text-column", "title")),  # asked for
    ("id\ttitle\n1\t立法會議員陳恒鑌昨日表示。\n", ("--text-column", "2")),
])
def test_a_table_whose_text_column_is_named_or_asked_is_read(tmp_path, content, extra):
    result, out = _extract(tmp_path, "news.tsv", content, *extra)
    assert result.exit_code == 0, result.output
    assert "person:陈恒镔" in nx.read_graphml(out / "news.graphml")


# ---- a count a body has in a list of places after 在

def _owners(G):
    return sorted((G.nodes[u]["label"], G.nodes[v]["label"]) for u, v, d in G.edges(data=True) if d["label"] == "HAS_COUNT")


@pytest.mark.parametrize("text, owner, counted", [
    ("港鐵主席歐陽伯權稱，公司在沙田、大埔及元朗共有5個物業發展項目。", "港鐵", "5個物業發展項目"),
    ("港铁主席欧阳伯权称，公司在北京和上海有5个物业发展项目。", "港铁", "5个物业发展项目"),
    ("台积电在台湾和美国共有14座晶圆厂。", "台积电", "14座晶圆厂"),
    ("台积电在台湾共有4座晶圆厂。", "台积电", "4座晶圆厂"),  # one place, as before
])
def test_a_body_has_what_it_has_in_a_list_of_places(pipeline, text, owner, counted):
    assert _owners(_graph(pipeline, text)) == [(owner, counted)]


# ---- a Permanent Secretary of a bureau

@pytest.mark.parametrize("text, person, org", [
    ("發展局常任秘書長（工務）劉俊傑昨日到訪元朗區。", "person:刘俊杰", "org:发展局"),
    ("教育局常任秘書長李明昨日表示，學位充足。", "person:李明", "org:教育局"),
])
def test_a_permanent_secretary_holds_the_whole_title(pipeline, text, person, org):
    G = _graph(pipeline, text)
    assert {(u, v, d["role_simplified"]) for u, v, d in G.edges(data=True) if d["label"] == "HOLDS_ROLE"} \
        == {(person, org, "常任秘书长")}
