"""Fast checks of the HTML export's text: offline, escaped, deterministic, complete."""

from __future__ import annotations

import io
import json
import re
from html.parser import HTMLParser
from importlib import resources

import networkx as nx
import pytest
from helpers import add_edge, add_node

from zhkg.export.html import headline_nodes, pinyin_keys, render_html, top_nodes, write_html

HOSTILE = [
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    '<img src=x onerror="alert(3)">',
    "<!--<script>alert(4)//",
    "\"'><svg onload=alert(5)>",
]


def news_graph(reverse: bool = False) -> nx.MultiDiGraph:
    """A small graph in zhkg.stages.graph's schema; ``reverse`` inserts everything in the opposite order."""
    nodes = [
        ("person:闫维洪", "閆維洪", "PERSON", "闫维洪", "閆維洪|闫维洪", {"mentions": 2}),
        ("org:平谷区政协", "平谷區政協", "ORGANIZATION", "平谷区政协", "平谷區政協|平谷区政协|區政協", {}),
        ("place:110117", "平谷區", "PLACE", "平谷区", "平谷區|平谷区", {"code": "110117", "parent_code": "110100"}),
        ("count:d1:40", "三十名", "COUNT", "三十名", "三十名",
         {"value": 30.0, "counted": "委员", "classifier": "名", "approximate": False, "gloss": "30 members"}),
        ("doc:d1", "平谷區政協召開會議", "DOCUMENT", "平谷区政协召开会议", "",
         {"title": "平谷區政協召開會議", "date": "2024-01-02", "source": "北京日報"}),
    ]
    edges = [
        ("person:闫维洪", "org:平谷区政协", "e1", "HOLDS_ROLE", "平谷區政協主席閆維洪出席會議。", "主席", 0),
        ("org:平谷区政协", "place:110117", "e2", "LOCATED_IN", "平谷區政協位於平谷區。", "", 16),
        ("org:平谷区政协", "count:d1:40", "e3", "HAS_COUNT", "共有三十名委員。", "", 40),
        ("person:闫维洪", "doc:d1", "e4", "MENTIONED_IN", "平谷區政協主席閆維洪出席會議。", "", 0),
        ("org:平谷区政协", "doc:d1", "e5", "MENTIONED_IN", "平谷區政協位於平谷區。", "", 16),
    ]
    G = nx.MultiDiGraph(title="平谷區政協")
    for node_id, label, kind, simplified, aliases, extra in reversed(nodes) if reverse else nodes:
        add_node(G, node_id, label, kind, simplified, aliases, **extra)
    for source, target, edge_id, kind, evidence, role, start in reversed(edges) if reverse else edges:
        add_edge(G, source, target, edge_id, kind, evidence, role, start)
    return G


def hostile_graph() -> nx.MultiDiGraph:
    """Every document-derived string is an injection attempt, types and relation kinds too."""
    G = news_graph()
    for i, text in enumerate(HOSTILE):
        add_node(G, f"person:h{i}", text, "PERSON", text, f"{text}|alias{i}")
        add_edge(G, f"person:h{i}", "org:平谷区政协", f"h{i}", "MEMBER_OF", text, role=text)
    G.add_node("odd:h", label="odd", type=HOSTILE[2], name_simplified="odd", aliases="", mentions=1,
               r=1, g=2, b=3, size=10.0)
    add_edge(G, "odd:h", "person:h0", "hk", HOSTILE[4], HOSTILE[3])
    G.graph["title"] = HOSTILE[0]
    return G


def ranked_graph() -> nx.MultiDiGraph:
    """Twelve people mentioned 12..1 times, two documents and a count."""
    G = nx.MultiDiGraph(title="ranked")
    for i in range(12):
        add_node(G, f"person:p{i:02d}", f"人{i}", "PERSON", f"人{i}", "", mentions=12 - i)
    add_node(G, "doc:a", "甲", "DOCUMENT", "甲", "", mentions=0, doc_id="a", title="甲")
    add_node(G, "doc:b", "乙", "DOCUMENT", "乙", "", mentions=0, doc_id="b", title="乙")
    add_node(G, "count:c", "三名", "COUNT", "三名", "", value=3.0)
    add_edge(G, "person:p00", "doc:a", "e1", "MENTIONED_IN", "人0來了。")
    add_edge(G, "person:p01", "doc:a", "e2", "MENTIONED_IN", "人1來了。")
    add_edge(G, "person:p11", "doc:b", "e3", "MENTIONED_IN", "人11來了。")
    add_edge(G, "person:p00", "count:c", "e4", "HAS_COUNT", "人0有三名。")
    add_edge(G, "person:p07", "person:p08", "e5", "MEMBER_OF", "人7和人8。")
    for source, target, key, doc_id in [("person:p00", "doc:a", "e1", "a"), ("person:p01", "doc:a", "e2", "a"),
                                        ("person:p11", "doc:b", "e3", "b"), ("person:p00", "count:c", "e4", "a"),
                                        ("person:p07", "person:p08", "e5", "b")]:
        G.edges[source, target, key]["doc_id"] = doc_id
    return G


def payload(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="zhkg-data">(.*?)</script>', page, re.S)
    assert match, "embedded data block missing"
    return json.loads(match.group(1))


class TagCounter(HTMLParser):
    """Counts start tags as a browser's tokenizer would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: dict[str, int] = {}

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags[tag] = self.tags.get(tag, 0) + 1


def tag_counts(page: str) -> dict[str, int]:
    parser = TagCounter()
    parser.feed(page)
    parser.close()
    return parser.tags


def vis_urls() -> set[str]:
    lib = resources.files("pyvis") / "templates/lib/vis-9.1.2"
    text = (lib / "vis-network.min.js").read_text(encoding="utf-8") + (lib / "vis-network.css").read_text(encoding="utf-8")
    return set(re.findall(r"https?://[^\s\"')]+", text))


def test_page_loads_nothing_from_outside() -> None:
    page = render_html(news_graph())
    assert not re.search(r"<(script|img|iframe)\b[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", page, re.I)
    assert "cdn" not in page
    assert not re.search(r"cdnjs|jsdelivr|unpkg|googleapis|bootstrap|tom-select", page, re.I)
    # The only URLs are vis-network's license comment and the SVG namespace string.
    assert set(re.findall(r"https?://[^\s\"')]+", page)) <= vis_urls()


def test_page_forbids_fetches() -> None:
    page = render_html(news_graph())
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_legend_lists_types_present_with_colour_and_count() -> None:
    G = news_graph()
    G.remove_node("count:d1:40")
    add_node(G, "person:李四", "李四", "PERSON", "李四", "李四")
    page = render_html(G)
    legend = re.findall(
        r'<li data-type="(\w+)" data-count="(\d+)"><label><input type="checkbox" value="\1" checked>'
        r'<span class="zhkg-swatch" style="background:(#[0-9a-f]{6})">',
        page,
    )
    assert legend == [
        ("PERSON", "2", "#1f77b4"),
        ("ORGANIZATION", "1", "#ff7f0e"),
        ("PLACE", "1", "#2ca02c"),
        ("DOCUMENT", "1", "#7f7f7f"),
    ]


def test_every_node_and_edge_is_embedded() -> None:
    G = news_graph()
    data = payload(render_html(G))
    assert [node["id"] for node in data["nodes"]] == sorted(G.nodes)
    assert sorted(edge["id"] for edge in data["edges"]) == sorted(key for _u, _v, key in G.edges(keys=True))
    by_id = {node["id"]: node for node in data["nodes"]}
    assert by_id["person:闫维洪"]["label"] == "閆維洪"
    assert by_id["person:闫维洪"]["color"] == "#1f77b4"
    assert by_id["person:闫维洪"]["type"] == "PERSON"
    assert set(by_id["org:平谷区政协"]["search"]) == {"平谷區政協", "平谷区政协", "區政協"}


def test_node_tooltip_carries_names_fields_and_evidence() -> None:
    data = payload(render_html(news_graph()))
    tips = {node["id"]: node["tip"] for node in data["nodes"]}
    person = dict(tips["person:闫维洪"]["rows"])
    assert person["Type"] == "PERSON"
    assert person["Simplified"] == "闫维洪"
    assert person["Aliases"] == "閆維洪、闫维洪"
    # e1 and e4 share one sentence: listed once.
    assert [text for text, _ref in tips["person:闫维洪"]["evidence"]] == ["平谷區政協主席閆維洪出席會議。"]
    assert dict(tips["place:110117"]["rows"])["Code"] == "110117"
    count = dict(tips["count:d1:40"]["rows"])
    assert (count["Value"], count["Counted"], count["Gloss"], count["Approximate"]) == ("30", "委员", "30 members", "no")


def test_node_evidence_is_capped() -> None:
    data = payload(render_html(news_graph(), max_evidence=2))
    org = next(node for node in data["nodes"] if node["id"] == "org:平谷区政协")
    assert len(org["tip"]["evidence"]) == 2
    assert org["tip"]["more"] == 1


def test_edge_tooltip_has_relation_role_and_evidence() -> None:
    data = payload(render_html(news_graph()))
    edge = next(edge for edge in data["edges"] if edge["id"] == "e1")
    assert dict(edge["tip"]["rows"])["Relation"] == "HOLDS_ROLE"
    assert dict(edge["tip"]["rows"])["Role"] == "主席"
    assert edge["tip"]["evidence"] == [["平谷區政協主席閆維洪出席會議。", "d1 [0:15)"]]
    assert (edge["from"], edge["to"], edge["label"]) == ("person:闫维洪", "org:平谷区政协", "主席")


def test_hostile_text_stays_data() -> None:
    G = hostile_graph()
    page = render_html(G)
    for text in HOSTILE:
        assert text not in page
    assert '<li data-type="&lt;img src=x onerror=&quot;alert(3)&quot;&gt;"' in page
    assert '<li data-relation="&quot;&#x27;&gt;&lt;svg onload=alert(5)&gt;"' in page
    assert "<script>alert" not in page and "<img" not in page and "<svg" not in page and "<!--<" not in page
    # Only the template's own elements: data, vis, page script; no element came from the data.
    tags = tag_counts(page)
    assert tags["script"] == 3
    assert "img" not in tags and "svg" not in tags
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page
    # ... and the strings survive the round trip exactly.
    data = payload(page)
    labels = {node["id"]: node["fullLabel"] for node in data["nodes"]}
    assert [labels[f"person:h{i}"] for i in range(len(HOSTILE))] == HOSTILE


def test_same_graph_gives_identical_bytes(tmp_path) -> None:
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    write_html(news_graph(), first)
    write_html(news_graph(reverse=True), second)
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == render_html(news_graph()).encode("utf-8")


def test_write_html_accepts_an_open_file() -> None:
    out = io.StringIO()
    write_html(news_graph(), out, title="測試")
    assert out.getvalue() == render_html(news_graph(), title="測試")


def test_title_defaults_to_graph_title() -> None:
    assert "<title>平谷區政協</title>" in render_html(news_graph())
    assert "<title>其他</title>" in render_html(news_graph(), title="其他")


def test_physics_stabilises_then_stops() -> None:
    page = render_html(news_graph(), stabilization_iterations=123)
    stabilization = payload(page)["options"]["physics"]["stabilization"]
    assert stabilization["enabled"] is True and stabilization["iterations"] == 123
    assert payload(page)["options"]["layout"]["randomSeed"] == 7
    assert re.search(r'"stabilizationIterationsDone",\s*function \(\) \{\s*network\.setOptions\(\{ physics: false \}\)', page)


def test_empty_graph_renders() -> None:
    data = payload(render_html(nx.MultiDiGraph()))
    assert data["nodes"] == [] and data["edges"] == []


@pytest.mark.parametrize("height", ["800px; background:url(x)", "", "100"])
def test_height_must_be_a_css_length(height: str) -> None:
    with pytest.raises(ValueError, match="height"):
        render_html(news_graph(), height=height)


def test_duplicate_edge_ids_are_refused() -> None:
    G = news_graph()
    G.add_edge("person:闫维洪", "doc:d1", key="again", id="e1", label="MENTIONED_IN", role="", evidence="",
               doc_id="d1", evidence_start=0, evidence_end=1, weight=1.0)
    with pytest.raises(ValueError, match="e1"):
        render_html(G)


def test_relation_filter_lists_kinds_present_with_count() -> None:
    page = render_html(news_graph())
    relations = re.findall(
        r'<li data-relation="(\w+)" data-count="(\d+)"><label><input type="checkbox" value="\1" checked>', page
    )
    assert relations == [("HOLDS_ROLE", "1"), ("LOCATED_IN", "1"), ("HAS_COUNT", "1"), ("MENTIONED_IN", "2")]
    assert {edge["kind"] for edge in payload(page)["edges"]} == {"HOLDS_ROLE", "LOCATED_IN", "HAS_COUNT", "MENTIONED_IN"}


@pytest.mark.parametrize(
    ("name", "person", "expected"),
    [
        ("闫维洪", True, ["yan wei hong", "yan weihong", "yanweihong"]),
        ("欧阳修", True, ["ou yang xiu", "ouyang xiu", "ouyangxiu"]),  # compound surname
        ("曾国藩", True, ["zeng guo fan", "zeng guofan", "zengguofan", "ceng guo fan", "ceng guofan", "cengguofan"]),
        ("吕布", True, ["lv bu", "lvbu", "lubu"]),  # ü typed v or u
        ("平谷区", False, ["ping gu qu", "pingguqu"]),
        ("12个春节", False, ["12 ge chun jie", "12gechunjie"]),
    ],
)
def test_pinyin_keys(name: str, person: bool, expected: list[str]) -> None:
    assert pinyin_keys(name, person=person) == expected


def test_pinyin_is_embedded_for_names_not_documents() -> None:
    by_id = {node["id"]: node for node in payload(render_html(news_graph()))["nodes"]}
    person = by_id["person:闫维洪"]
    assert {"yan weihong", "yanweihong"} <= set(person["pinyin"])
    assert dict(person["tip"]["rows"])["Pinyin"] == "Yan Weihong"
    assert "pingguquzhengxie" in by_id["org:平谷区政协"]["pinyin"]
    assert dict(by_id["org:平谷区政协"]["tip"]["rows"])["Pinyin"] == "ping gu qu zheng xie"
    assert by_id["doc:d1"]["pinyin"] == []  # a title is a sentence, not a name


def test_panel_lists_each_sentence_once_with_its_relations_and_document() -> None:
    data = payload(render_html(news_graph()))
    by_id = {node["id"]: node for node in data["nodes"]}
    [(index, relations)] = by_id["person:闫维洪"]["panel"]["evidence"]
    assert data["sentences"][index] == ["平谷區政協主席閆維洪出席會議。", "d1", 0, 15]
    assert relations == ["HOLDS_ROLE (主席) → 平谷區政協", "MENTIONED_IN → 平谷區政協召開會議"]
    assert [relations for _index, relations in by_id["doc:d1"]["panel"]["evidence"]] == [
        ["MENTIONED_IN ← 閆維洪"], ["MENTIONED_IN ← 平谷區政協"]
    ]
    # The document is found by its node id when the node carries no doc_id; its date follows (review72).
    assert data["documents"] == {"d1": ["平谷區政協召開會議", "doc:d1", "2024-01-02"]}


def test_panel_evidence_is_capped() -> None:
    data = payload(render_html(news_graph(), max_panel_evidence=1))
    org = next(node for node in data["nodes"] if node["id"] == "org:平谷区政协")
    assert len(org["panel"]["evidence"]) == 1 and org["panel"]["more"] == 2


def test_panel_links_a_place_to_its_parent() -> None:
    G = news_graph()
    assert "parent" not in payload(render_html(G))["nodes"][2]["panel"]
    add_node(G, "place:110100", "北京市", "PLACE", "北京市", "北京市", code="110100")
    place = next(node for node in payload(render_html(G))["nodes"] if node["id"] == "place:110117")
    assert place["panel"]["parent"] == ["place:110100", "北京市"]
    assert dict(place["tip"]["rows"])["Parent code"] == "110100"


def test_top_nodes_draw_a_connected_view_with_no_lonely_dot() -> None:
    G = ranked_graph()
    # p07 and p08, linked to each other, lead; p00 (most mentioned) comes with its document and count, p01 by
    # that document, p11 with its own; p02 and p03 have no edge at all and only fill the room left.
    assert top_nodes(G, 10) == ["person:p07", "person:p08", "person:p00", "doc:a", "person:p01", "count:c",
                                "person:p11", "doc:b", "person:p02", "person:p03"]
    # no room for p00 and a neighbour: a node without any edge is drawn rather than one cut off from its edges
    assert top_nodes(G, 3) == ["person:p07", "person:p08", "person:p02"]
    assert len(top_nodes(G, None)) == len(top_nodes(G, 100)) == G.number_of_nodes()


def test_top_nodes_rank_entities_by_weighted_degree_among_entities() -> None:
    G = nx.MultiDiGraph()
    for i in range(8):
        add_node(G, f"person:p{i}", f"人{i}", "PERSON", f"人{i}", "", mentions=10 - i)
    add_node(G, "person:alone", "孤", "PERSON", "孤", "", mentions=99)  # most mentioned, linked to no entity
    add_node(G, "doc:a", "甲", "DOCUMENT", "甲", "", mentions=0, doc_id="a", title="甲")
    add_edge(G, "person:alone", "doc:a", "e0", "MENTIONED_IN", "孤來了。")
    for n, (u, v, w) in enumerate([(6, 7, 9.0), (6, 5, 2.0), (0, 1, 1.0), (2, 3, 1.0), (3, 4, 1.0)]):
        add_edge(G, f"person:p{u}", f"person:p{v}", f"c{n}", "CO_MENTIONED", f"人{u}和人{v}。")
        G.edges[f"person:p{u}", f"person:p{v}", f"c{n}"]["weight"] = w
    drawn = top_nodes(G, 6)
    assert drawn[:3] == ["person:p6", "person:p7", "person:p5"]  # the heaviest co-mentions first
    H = G.subgraph(drawn).to_undirected()
    assert all(H.degree(node) for node in drawn), "every drawn node has a drawn edge"


def test_the_biggest_drawn_entities_are_headlines() -> None:
    G = ranked_graph()
    for node, size in (("person:p03", 90.0), ("person:p07", 50.0), ("doc:a", 99.0)):
        G.nodes[node]["size"] = size
    assert headline_nodes(G, top_nodes(G, 10), limit=2) == {"person:p03", "person:p07"}
    data = payload(render_html(G, max_nodes=10))
    assert {node["id"] for node in data["nodes"] if node["headline"]} == headline_nodes(G, top_nodes(G, 10))


def test_large_graph_is_cut_down_and_says_so() -> None:
    G = ranked_graph()
    page = render_html(G, max_nodes=10)
    data = payload(page)
    shown = {node["id"] for node in data["nodes"]}
    assert shown == set(top_nodes(G, 10))
    assert {edge["id"] for edge in data["edges"]} == {"e1", "e2", "e3", "e4", "e5"}
    assert data["omitted"] == {"nodes": 5, "edges": 0}
    assert '<p id="zhkg-omitted" data-nodes="5" data-edges="0">' in page
    assert "5 nodes and 0 edges are left out" in page
    assert "10 of 15 nodes · 5 of 5 edges" in page
    assert re.findall(r'<li data-type="(\w+)" data-count="(\d+)">', page) == [
        ("PERSON", "7"), ("COUNT", "1"), ("DOCUMENT", "2")
    ]
    p07 = next(node for node in data["nodes"] if node["id"] == "person:p07")
    [(index, relations)] = p07["panel"]["evidence"]
    assert (data["sentences"][index], relations) == (["人7和人8。", "b", 0, 6], ["MEMBER_OF → 人8"])
    assert data["documents"] == {"a": ["甲", "doc:a"], "b": ["乙", "doc:b"]}
    # A left-out edge's sentence is not carried (the page stays bounded); its drawn end's panel counts it.
    add_edge(G, "person:p07", "doc:b", "e6", "MENTIONED_IN", "人7來了。")
    G.edges["person:p07", "doc:b", "e6"]["doc_id"] = "b"
    page = render_html(G, max_nodes=2)
    data = payload(page)
    assert {node["id"] for node in data["nodes"]} == {"person:p07", "person:p08"}
    p07 = next(node for node in data["nodes"] if node["id"] == "person:p07")
    assert [relations for _index, relations in p07["panel"]["evidence"]] == [["MEMBER_OF → 人8"]]
    assert p07["panel"]["more"] == 1
    assert "人7來了" not in page
    assert G.number_of_nodes() == 15  # the graph itself is untouched by rendering


def test_small_graph_is_drawn_whole_with_no_notice() -> None:
    page = render_html(ranked_graph())
    assert payload(page)["omitted"] == {"nodes": 0, "edges": 0}
    assert '<p id="zhkg-omitted"' not in page
    assert len(payload(render_html(ranked_graph(), max_nodes=None))["nodes"]) == 15


def test_cut_down_page_is_deterministic() -> None:
    G = ranked_graph()
    H = nx.MultiDiGraph(title="ranked")
    H.add_nodes_from(reversed(list(G.nodes(data=True))))
    H.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    assert render_html(H, max_nodes=10) == render_html(G, max_nodes=10)


@pytest.mark.parametrize("max_nodes", [0, -5])
def test_max_nodes_must_be_positive(max_nodes: int) -> None:
    with pytest.raises(ValueError, match="max_nodes"):
        render_html(news_graph(), max_nodes=max_nodes)


def test_node_font_names_keep_their_spaces() -> None:
    # pyvis strips every space from the options, which turned "Noto Sans CJK SC" into a font nobody has
    faces = payload(render_html(news_graph()))["options"]["nodes"]["font"]["face"].split(",")
    # news_graph is Traditional: TC's glyphs first (ux25)
    assert [face.strip() for face in faces][:2] == ["Noto Sans CJK TC", "Noto Sans CJK SC"]


def test_a_dense_view_draws_each_nodes_heaviest_edge_then_the_heaviest_up_to_the_cap() -> None:
    G = nx.MultiDiGraph(title="dense")
    names = [f"person:p{i:02d}" for i in range(12)]
    for i, node in enumerate(names):
        G.add_node(node, label=f"人{i}", type="PERSON", mentions=12 - i, size=10.0)
    n = 0
    for i, u in enumerate(names):
        for j, v in enumerate(names[i + 1:], start=i + 1):
            n += 1
            G.add_edge(u, v, key=f"e{n:03d}", id=f"e{n:03d}", label="CO_MENTIONED", weight=float((i * 7 + j) % 9 + 1))
    page = render_html(G, max_edges=20)
    data = payload(page)
    drawn = {edge["id"] for edge in data["edges"]}
    assert 12 <= len(drawn) <= 20 < G.number_of_edges()
    ends = {node for edge in data["edges"] for node in (edge["from"], edge["to"])}
    assert ends == set(names), "no drawn node is left without an edge"
    heaviest = max(float(d["weight"]) for *_, d in G.edges(keys=True, data=True))
    assert all(edge["id"] in drawn for edge in data["edges"] if edge["value"] == heaviest)
    assert data["omitted"]["edges"] == G.number_of_edges() - len(drawn)
    assert render_html(G, max_edges=None).count('"CO_MENTIONED"') > page.count('"CO_MENTIONED"')
    H = nx.MultiDiGraph(title="dense")
    H.add_nodes_from(reversed(list(G.nodes(data=True))))
    H.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    assert render_html(H, max_edges=20) == page


def test_a_document_is_not_said_to_have_zero_mentions(committed_graph) -> None:
    # every document's panel said "Mentions 0" (documents are not mentioned; they mention): found by a QA pass
    tips = {node["id"]: dict(node["tip"]["rows"]) for node in payload(render_html(committed_graph))["nodes"]}
    document = tips["doc:000_e88b616f19a6a93b"]
    assert "Mentions" not in document and document["Date"] == "2020-12-22"
    assert tips["person:闫维洪"]["Mentions"] == "2"


def test_an_untitled_document_is_named_once_in_its_links() -> None:
    # a document without a title got links reading "《qa11_200-1》 qa11_200-1 [0:32)": its id twice (QA pass)
    G = news_graph()
    titled = payload(render_html(G))["documents"]
    assert titled == {"d1": ["平谷區政協召開會議", "doc:d1", "2024-01-02"]}
    G.nodes["doc:d1"].update(label="d1", title="", name_simplified="d1")
    assert payload(render_html(G))["documents"] == {"d1": ["", "doc:d1", "2024-01-02"]}
