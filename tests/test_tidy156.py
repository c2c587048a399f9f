"""tidy156: one definition of a place's short form (find, the graph index and the page cut the gazetteer's heads);
one list of the verbs of succeeding; a Chinese-only table header; a year-only date completed by a dateline."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from test_review148 import _extract  # a table written to tmp_path, extracted by the CLI

from zhkg.cli import main

# ---- find's short forms are the gazetteer's


def _places(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("place:屏边", label="屏边苗族自治县", name_simplified="屏边苗族自治县", type="PLACE", mentions=1)
    G.add_node("place:浦东", label="浦东新区", name_simplified="浦东新区", type="PLACE", mentions=2)
    G.add_node("place:锡林郭勒", label="锡林郭勒盟", name_simplified="锡林郭勒盟", type="PLACE", mentions=1)
    G.add_node("place:大兴安岭", label="大興安嶺地區", name_simplified="大兴安岭地区", type="PLACE", mentions=1)
    G.add_node("place:朝阳", label="朝阳街道", name_simplified="朝阳街道", type="PLACE", mentions=1)
    G.add_node("place:东乡", label="东乡族自治县", name_simplified="东乡族自治县", type="PLACE", mentions=1)
    G.add_node("place:TW-TXG", label="臺中市", name_simplified="台中市", aliases="台中市|臺中市", type="PLACE",
               mentions=3)
    path = tmp_path / "g.graphml"
    nx.write_graphml(G, path)
    return path


@pytest.mark.parametrize("query, first", [
    ("屏边", "place:屏边"),            # an autonomous county without its people and head
    ("屏边县", "place:屏边"),          # ... and with the plain head
    ("浦东", "place:浦东"),            # 新区 whole, not 浦东新
    ("锡林郭勒", "place:锡林郭勒"),    # a league (盟)
    ("大兴安岭", "place:大兴安岭"),    # a prefecture (地区), asked in Simplified
    ("大興安嶺", "place:大兴安岭"),    # ... and in Traditional
    ("朝阳", "place:朝阳"),            # a subdistrict (街道)
    ("台中", "place:TW-TXG"),
    ("臺中", "place:TW-TXG"),
])
def test_find_cuts_the_gazetteers_heads(tmp_path, query, first):
    from zhkg.query import load_graph

    found = load_graph(_places(tmp_path)).find(query)
    assert [(m.entity.id, m.how) for m in found][:1] == [(first, "short")]


@pytest.mark.parametrize("query", ["浦东新", "大兴安岭地", "屏边苗族", "东乡", "东乡族"])
def test_no_short_form_the_gazetteer_does_not_make(tmp_path, query):
    from zhkg.errors import UnknownNameError
    from zhkg.query import load_graph

    with pytest.raises(UnknownNameError):  # 东乡族自治县 is named after its people alone: 东乡 would be a guess
        load_graph(_places(tmp_path)).find(query)


@pytest.mark.parametrize("query, first", [("屏边", "place:屏边"), ("浦东", "place:浦东"), ("锡林郭勒", "place:锡林郭勒")])
def test_the_graph_index_cuts_the_same_heads(tmp_path, query, first):
    import sqlite3

    from zhkg.query.index import GraphIndex

    G = nx.read_graphml(_places(tmp_path), force_multigraph=True)
    index = GraphIndex(GraphIndex.build(G, sqlite3.connect(":memory:"), {}))
    assert [(m.node, m.how) for m in index.find(query)][:1] == [(first, "short")]


def test_the_cli_lists_a_league_by_its_short_form(tmp_path):
    result = CliRunner().invoke(main, ["query", str(_places(tmp_path)), "find", "锡林郭勒", "--json"])
    assert result.exit_code == 0, result.output
    assert [(r["entity"]["id"], r["how"]) for r in json.loads(result.output)] == [("place:锡林郭勒", "short")]


def test_the_page_takes_its_heads_and_short_forms_from_the_gazetteer(tmp_path):
    from helpers import page_payload

    from zhkg.export.html import write_html
    from zhkg.resources.gazetteer import DIVISION_SUFFIXES

    G = nx.read_graphml(_places(tmp_path), force_multigraph=True)
    write_html(G, tmp_path / "g.html")
    payload = page_payload((tmp_path / "g.html").read_text(encoding="utf-8"))
    assert payload["placeHeads"] == list(DIVISION_SUFFIXES)
    shorts = {node["id"]: node.get("shorts") for node in payload["nodes"]}
    assert shorts["place:屏边"] == ["屏边县", "屏边"] and shorts["place:浦东"] == ["浦东"]
    assert shorts["place:东乡"] is None


def test_one_definition_of_a_place_short_form():
    import zhkg.query.names as names

    assert not hasattr(names, "_PLACE_HEADS") and not hasattr(names, "_short_form")


@pytest.mark.browser
@pytest.mark.slow
def test_the_page_finds_the_gazetteers_short_forms_as_find_does(offline_page, tmp_path) -> None:
    from helpers import add_node, assert_quiet
    from test_review88 import assert_same_order, open_page, page_order, write_both

    G = nx.MultiDiGraph(title="tidy156")
    add_node(G, "place:屏边", "屏边苗族自治县", "PLACE", "屏边苗族自治县", "", mentions=1)
    add_node(G, "place:浦东", "浦东新区", "PLACE", "浦东新区", "", mentions=2)
    add_node(G, "place:锡林郭勒", "锡林郭勒", "PLACE", "锡林郭勒", "", mentions=1)
    add_node(G, "org:浦东发展银行", "浦东发展银行", "ORGANIZATION", "浦东发展银行", "", mentions=9)
    graphml, html = write_both(G, tmp_path)
    page, log = open_page(offline_page, html)
    answers = page_order(page, ["屏边", "浦东", "锡林郭勒盟"])
    assert answers["屏边"][0] == "place:屏边" and answers["浦东"][0] == "place:浦东"
    assert answers["锡林郭勒盟"][0] == "place:锡林郭勒"  # a head of the gazetteer's typed finds the place without it
    assert assert_same_order(page, graphml, html, ["屏边", "屏边县", "浦东", "锡林郭勒盟", "浦东新"]) >= 4
    assert_quiet(log)


def test_a_head_alone_is_no_name_to_cut():
    from zhkg.query.names import place_short_forms

    assert place_short_forms({"type": "PLACE", "label": "內蒙古自治區", "name_simplified": "内蒙古自治区",
                              "aliases": "内蒙古|自治区|特别行政区"}) == ["内蒙古"]  # never 自治 of the alias 自治区


def test_one_list_of_the_verbs_of_succeeding():
    from zhkg.relate import roles_clauses, roles_forms, roles_implied

    assert roles_clauses._SUCCEEDS is roles_implied._SUCCEEDS is roles_forms._SUCCEEDS
    assert not hasattr(roles_implied, "_SUCCEEDING")


# ---- four long modules split along their seams, by pure moves

ZHKG = Path(__file__).resolve().parents[1] / "pipeline" / "zhkg"

MOVED = {
    ("query/results", "query/graph"): "EntityRef DocumentRef Found Role Count Neighbour Step _joined _said",
    ("query/graph_views", "query/graph"): "_shortest_path _NetworkxView _DatedView",
    ("query/graph_files", "query/graph"): ("_LEGACY_EDGE_NAMES _OTHER_OUTPUTS _read_graph _is_gexf "
                                           "_check_zhkg_attributes _string_ids _refuse_constant _node_link_data"),
    ("export/html_payload", "export/html"): (
        "_FALLBACK_RGB _LABEL_CHARS _HAN _TYPE_ORDER _EDGE_GREY _EDGE_COLOURS _EDGE_PALETTE _EXTRA_FIELDS edge_colour "
        "_Sizes _build_payload simplified_characters _simplified_table _vis_node _vis_edge _evidence_by_node "
        "_panel_evidence _document_nodes _parent_places _node_label _node_rows _role_text _edge_text _former _edge_tip "
        "_find_keys _aliases _hex _number _int _short _field _text _reference _RELATION_ORDER _ordered _options _FONTS "
        "_UNTYPED_KINDS"),
    ("export/html_selection", "export/html"): ("MAX_EDGES _ATTACHED_TYPES _CORE_SHARE _TYPED_SHOWN _HEADLINES top_edges "
                                               "_typed_between_entities top_nodes _typed_ends _grow headline_nodes"),
    ("run/merge_checks", "run/pipeline"): (
        "_people_off_townships _monarchs_after_titles _leaders_after_country_titles _orgs_off_titles AGENCY_HEADS "
        "_agencies_whole VENUE_ENDINGS _cities_off_venues HEAD_OF_STATE_WORDS _titles_not_places "
        "_GUESSED_INSIDE_PLACES _people_off_places_abroad"),
    ("run/assembly", "run/pipeline"): ("DocumentResult RunResult _person_contexts assemble _Spool RECORDS Assembler "
                                       "_layout_elsewhere _checked _same_shape"),
    ("run/progress", "run/corpus"): "_LogLines _Progress",
    ("run/dask_cluster", "run/corpus"): ("check_scheduler _dask_client _client CONNECT_TIMEOUT _check_listening "
                                         "_check_answers _check_host _dask_result"),
}
# the old modules' ``__all__`` as on main at the round's start (bea935fd)
OLD_ALL = {
    "query/graph": ("GraphFileError NoPathError QueryError UnknownNameError EntityRef DocumentRef Found Role Count "
                    "Neighbour Step KnowledgeGraph load_graph QUESTIONS ask question_arguments"),
    "export/html": ("edge_colour headline_nodes page_script pinyin_keys render_html simplified_characters top_edges "
                    "top_nodes write_html"),
    "run/pipeline": ("Pipeline RunResult DocumentResult select_mentions assemble Assembler batched BATCH_DOCUMENTS "
                     "relation_reader_names"),
    "run/corpus": ("CorpusRun SMALL_RUN batched_to_the_end check_scheduler choose_workers result_key run_corpus "
                   "run_inputs"),
}
SPLIT = sorted({p for p, _ in MOVED} | set(OLD_ALL))


def test_tidy156_moves_are_whole_groups():
    from helpers import assert_whole_groups

    assert_whole_groups(MOVED)


@pytest.mark.parametrize("part, source, name", [(p, s, n) for (p, s), names in MOVED.items() for n in names.split()])
def test_tidy156_each_moved_name_lives_in_its_new_part_only(part, source, name):
    from helpers import assert_moved_alone

    assert_moved_alone(part, source, name, [p for p in SPLIT if p == source or (p, source) in MOVED])


@pytest.mark.parametrize("source", OLD_ALL)
def test_tidy156_the_split_modules_keep_their_exports(source):
    from helpers import split_module

    module = split_module(source)
    assert sorted(module.__all__) == sorted(OLD_ALL[source].split())
    for name in module.__all__:
        home = next((part for (part, s), names in MOVED.items() if s == source and name in names.split()), None)
        if home is not None:
            assert getattr(module, name) is getattr(split_module(home), name), name


@pytest.mark.parametrize("part", [p for p, _ in MOVED])
def test_tidy156_each_new_part_has_scope_caveats_and_imports_no_later_part(part):
    from helpers import docstring_and_imports

    doc, imported = docstring_and_imports(ZHKG / f"{part}.py")
    assert doc and "Caveats" in doc and "tidy156" in doc
    source = next(s for (p, s) in MOVED if p == part)
    family = [p for (p, s) in MOVED if s == source]
    later = family[family.index(part) + 1:] + [source]
    assert not {"zhkg." + p.replace("/", ".") for p in later} & imported, imported
    source_doc, _ = docstring_and_imports(ZHKG / f"{source}.py")
    assert f":mod:`zhkg.{part.replace('/', '.')}`" in source_doc  # the old module's layout names it


@pytest.mark.parametrize("path", SPLIT)
def test_tidy156_each_module_imports_first_without_a_cycle_and_is_at_most_800_lines(path):
    from helpers import import_error_alone

    assert import_error_alone("zhkg." + path.replace("/", ".")) == ""
    assert len((ZHKG / f"{path}.py").read_text(encoding="utf-8").splitlines()) <= 800


# ---- a table whose header is in Chinese only


_CELLS = {"标题": "立法會會議", "標題": "立法會會議", "日期": "2025-03-01", "来源": "明報", "來源": "明報", "id": "1",
          "发布时间": "2025-03-01"}


@pytest.mark.parametrize("header", ["日期\t标题", "来源\t标题", "id\t标题", "日期\t來源\t標題", "标题\t发布时间", "标题"])
def test_a_chinese_header_with_no_text_column_is_one_error_line(tmp_path, header):
    row = "\t".join(_CELLS[name] for name in header.split("\t"))
    result, out = _extract(tmp_path, "news.tsv", f"{header}\n{row}\n")
    assert result.exit_code == 1, result.output
    names = ", ".join(header.split("\t"))
    assert result.output == (f"Error: {tmp_path / 'news.tsv'} has no text column: its header names {names} (the "
                             "text's is named text, body, content or 正文; --text-column names another)\n")
    assert not out.exists()


@pytest.mark.parametrize("content, extra", [
    ("标题\t正文\n立法會會議\t立法會議員陳恒鑌昨日表示。\n", ()),      # 正文 is the text's column
    ("标题\t内容\n立法會會議\t立法會議員陳恒鑌昨日表示。\n", ()),      # and so is 内容
    ("標題\t內容\n立法會會議\t立法會議員陳恒鑌昨日表示。\n", ()),      # in Traditional
    ("正文\t来源\n立法會議員陳恒鑌昨日表示。\t明報\n", ()),            # wherever it stands
    ("日期\t标题\n2025-03-01\t立法會議員陳恒鑌昨日表示。\n", ("--text-column", "2")),  # asked for
    ("日期\t标题\n2025-03-01\t立法會議員陳恒鑌昨日表示。\n", ("--text-column", "标题")),
    ("政治\t立法會議員陳恒鑌昨日表示。\n", ()),                         # no header: a row of data
])
def test_a_chinese_header_naming_its_text_column_is_read(tmp_path, content, extra):
    result, out = _extract(tmp_path, "news.tsv", content, *extra)
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(out / "news.graphml")
    assert "person:陈恒镔" in G
    assert not any(str(d.get("label")) in ("标题", "日期") for _, d in G.nodes(data=True))  # no header row read


# ---- a year-only date completed by a dateline's month and day


@pytest.mark.parametrize("year, text, date", [
    ("2024", "新华社北京5月20日电 平谷区政协主席闫维洪出席会议。", "2024-05-20"),
    ("2024年", "新华社北京5月20日电 平谷区政协主席闫维洪出席会议。", "2024-05-20"),
    (" 2024 ", "本报北京12月3日讯 平谷区政协主席闫维洪出席会议。", "2024-12-03"),
    ("113年", "（中央社記者林雅婷台北5月20日電）立法院三讀。", "2024-05-20"),
    ("民國113年", "（中央社記者林雅婷台北5月20日電）立法院三讀。", "2024-05-20"),
    ("2024", "新华社北京2月29日电 平谷区政协主席闫维洪出席会议。", "2024-02-29"),
])
def test_a_year_is_completed_by_a_datelines_month_and_day(year, text, date):
    from zhkg.stages.documents import parse_documents

    doc = parse_documents("d", text, {"date": year})[0]
    assert (doc.date, doc.date_text) == (date, "")


@pytest.mark.parametrize("year, text", [
    ("2024", "（中央社記者林雅婷台北20日電）立法院三讀。"),           # a day without its month: never invented
    ("2024", "立法院今（20）日三讀。"),                               # a lead's day has no month either
    ("2023", "新华社北京2月29日电 平谷区政协主席闫维洪出席会议。"),   # no 29 February in 2023
    ("2024", "平谷区政协主席闫维洪5月20日出席会议。"),                 # a date in the body is no dateline
    ("113", "（中央社記者林雅婷台北5月20日電）立法院三讀。"),          # three digits alone are no year
    ("202", "新华社北京5月20日电 平谷区政协主席闫维洪出席会议。"),
])
def test_no_date_is_invented_from_a_year(year, text):
    from zhkg.stages.documents import parse_documents

    doc = parse_documents("d", text, {"date": year})[0]
    assert (doc.date, doc.date_text) == ("", year.strip())


def test_a_json_line_with_a_year_is_dated_by_its_dateline(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "date": 2024, "text": "新华社北京5月20日电 平谷区政协主席闫维洪出席会议。"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(feed), "-o", str(out)])
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(out / "feed.graphml")
    assert G.nodes["doc:a"]["date"] == "2024-05-20"
