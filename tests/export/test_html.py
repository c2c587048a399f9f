"""Fast checks of the HTML export's text: offline, escaped, deterministic, complete."""

from __future__ import annotations

import io
import json
import re
from html.parser import HTMLParser
from importlib import resources

import networkx as nx
import pytest

from pipeline.export.html import render_html, write_html

COLOURS = {
    "PERSON": (31, 119, 180),
    "ORGANIZATION": (255, 127, 14),
    "PLACE": (44, 160, 44),
    "COUNT": (148, 103, 189),
    "DOCUMENT": (127, 127, 127),
}
HOSTILE = [
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    '<img src=x onerror="alert(3)">',
    "<!--<script>alert(4)//",
    "\"'><svg onload=alert(5)>",
]


def add_node(G: nx.MultiDiGraph, node_id: str, label: str, kind: str, simplified: str, aliases: str, **extra) -> None:
    r, g, b = COLOURS[kind]
    G.add_node(node_id, label=label, type=kind, name_simplified=simplified, aliases=aliases,
               mentions=extra.pop("mentions", 1), r=r, g=g, b=b, size=12.0, **extra)


def add_edge(G: nx.MultiDiGraph, source: str, target: str, edge_id: str, kind: str, evidence: str,
             role: str = "", start: int = 0) -> None:
    G.add_edge(source, target, key=edge_id, id=edge_id, label=kind, role=role, evidence=evidence,
               doc_id="d1", start=start, end=start + len(evidence), weight=1.0)


def news_graph(reverse: bool = False) -> nx.MultiDiGraph:
    """A small graph in pipeline.graph's schema; ``reverse`` inserts everything in the opposite order."""
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
    """Every document-derived string is an injection attempt."""
    G = news_graph()
    for i, text in enumerate(HOSTILE):
        add_node(G, f"person:h{i}", text, "PERSON", text, f"{text}|alias{i}")
        add_edge(G, f"person:h{i}", "org:平谷区政协", f"h{i}", "MEMBER_OF", text, role=text)
    G.graph["title"] = HOSTILE[0]
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
        r'<li data-type="(\w+)" data-count="(\d+)"><span class="zhkg-swatch" style="background:(#[0-9a-f]{6})">', page
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
               doc_id="d1", start=0, end=1, weight=1.0)
    with pytest.raises(ValueError, match="e1"):
        render_html(G)
