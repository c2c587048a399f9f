"""What Gephi, other graph readers and the browser get (session 32, review55).

* No package on PyPI or npm ships the GraphML or GEXF schemas (graphology-gexf, graphology-graphml, graphml-js,
  cytoscape-graphml, pygexf, pygraphml, simplegexf, graphml, sphinx-graphml, pax2graphml: none holds an .xsd), so
  the files are checked here against the structure the specs require: GEXF 1.3's RelaxNG grammar (the normative
  one; its XSD drops the ``viz`` elements) and GraphML 1.0's structure and attributes layers, less the two points
  zhkg departs from on purpose (ids that are not XML NMTOKENs, ``label`` on ``<edge>``: docs/changes-session32.md).
* networkx and python-igraph read the files back: the same nodes, edges and attributes as the node-link JSON.
* The page: no node's dot or label lies on a bigger node's dot once the layout has settled (the 40-node page of 100
  articles wrote 台湾 on 中国's dot; the seed's page three document titles on 國務院, 廣西壯族自治區 and
  內蒙古自治區直屬機關工委).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from helpers import assert_quiet, node_on_screen, search, wait_for_layout

from zhkg.export.gexf import gexf_bytes
from zhkg.export.graphml import graphml_bytes
from zhkg.export.html import write_html
from zhkg.export.jsonl import graph_json
from zhkg.stages.normalise import to_simplified, to_traditional

GEXF = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
XSI = "{http://www.w3.org/2001/XMLSchema-instance}"

SCRIPTS = [pytest.param(to_simplified, id="simplified"), pytest.param(to_traditional, id="traditional")]


# ---- GEXF 1.3 (specs/1.3/gexf.rnc, dynamics.rnc, viz.rnc of the GEXF specification)

_GEXF_TYPES = {"integer", "long", "double", "float", "boolean", "bigdecimal", "biginteger", "byte", "char", "short",
               "string", "anyURI"} | {f"list{t}" for t in ("string", "boolean", "integer", "long", "float", "double",
                                                           "byte", "short", "bigdecimal", "biginteger", "char")}
_TIME = {"start", "end"}


def _is_date(text: str) -> bool:
    try:
        return dt.date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def _is_double(text: str) -> bool:
    try:
        return not math.isnan(float(text)) or text == "NaN"
    except ValueError:
        return False


def _value_fits(text: str, kind: str) -> bool:
    if kind in ("long", "integer", "short", "byte", "biginteger"):
        return re.fullmatch(r"[+-]?\d+", text) is not None
    if kind in ("double", "float", "bigdecimal"):
        return _is_double(text)
    if kind == "boolean":
        return text in ("true", "false", "1", "0")
    return True


def gexf_problems(data: bytes) -> list[str]:
    """What in a GEXF document the GEXF 1.3 grammar does not allow (empty when it is valid)."""
    root = ET.fromstring(data)
    problems: list[str] = []

    def allowed(element: ET.Element, names: set[str]) -> None:
        extra = set(element.attrib) - names - {f"{XSI}schemaLocation"}
        if extra:
            problems.append(f"{element.tag}: attributes {sorted(extra)}")

    if root.tag != f"{GEXF}gexf" or root.get("version") != "1.3":
        return [f"root {root.tag} version {root.get('version')}"]
    allowed(root, {"version", "variant"})
    children = [child.tag for child in root]
    if children not in ([f"{GEXF}meta", f"{GEXF}graph"], [f"{GEXF}graph"]):
        problems.append(f"gexf children {children}")
    meta = root.find(f"{GEXF}meta")
    if meta is not None:
        allowed(meta, {"lastmodifieddate"})
        if "lastmodifieddate" in meta.attrib and not _is_date(meta.get("lastmodifieddate", "")):
            problems.append(f"lastmodifieddate {meta.get('lastmodifieddate')!r}")
        for child in meta:
            if child.tag not in {f"{GEXF}creator", f"{GEXF}keywords", f"{GEXF}description"} or len(child):
                problems.append(f"meta child {child.tag}")
    graph = root.find(f"{GEXF}graph")
    assert graph is not None
    allowed(graph, {"defaultedgetype", "idtype", "timeformat", "start", "end", "mode", "timerepresentation",
                    "timezone"})
    choices = {"defaultedgetype": {"directed", "undirected", "mutual"}, "idtype": {"integer", "string"},
               "mode": {"static", "dynamic", "slice"}, "timerepresentation": {"interval", "timestamp"},
               "timeformat": {"integer", "double", "date", "dateTime"}}
    for name, values in choices.items():
        if name in graph.attrib and graph.get(name) not in values:
            problems.append(f"graph {name}={graph.get(name)!r}")
    timeformat = graph.get("timeformat", "double")
    tags = [child.tag for child in graph]
    order = [tag for tag in tags if tag != f"{GEXF}attributes"]
    if order != [f"{GEXF}nodes", f"{GEXF}edges"] or tags[-2:] != order:
        problems.append(f"graph children {tags}")
    declared: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    for attributes in graph.findall(f"{GEXF}attributes"):
        allowed(attributes, {"class", "mode", "start", "end"})
        cls = attributes.get("class", "")
        if cls not in declared or attributes.get("mode", "static") not in ("static", "dynamic"):
            problems.append(f"attributes class={cls!r} mode={attributes.get('mode')!r}")
            continue
        for attribute in attributes:
            allowed(attribute, {"id", "title", "type"})
            if attribute.tag != f"{GEXF}attribute" or not attribute.get("id") or "title" not in attribute.attrib:
                problems.append(f"attribute {attribute.attrib}")
            if attribute.get("type") not in _GEXF_TYPES:
                problems.append(f"attribute type {attribute.get('type')!r}")
            declared[cls][attribute.get("id", "")] = attribute.get("type", "")

    def times(element: ET.Element) -> None:
        for name in _TIME & set(element.attrib):
            value = element.get(name, "")
            if not (_is_date(value) if timeformat == "date" else _is_double(value)):
                problems.append(f"{element.tag} {name}={value!r} is no {timeformat}")

    def attvalues(element: ET.Element, cls: str) -> None:
        for attvalue in element.iter(f"{GEXF}attvalue"):
            allowed(attvalue, {"for", "value", "start", "end"})
            kind = declared[cls].get(attvalue.get("for", ""))
            if kind is None:
                problems.append(f"attvalue for undeclared {cls} attribute {attvalue.get('for')!r}")
            elif "value" not in attvalue.attrib or not _value_fits(attvalue.get("value", ""), kind):
                problems.append(f"attvalue {attvalue.attrib} is no {kind}")

    node_ids: set[str] = set()
    for node in graph.find(f"{GEXF}nodes") or []:
        allowed(node, {"id", "label", "pid", "start", "end"})
        if node.tag != f"{GEXF}node" or "id" not in node.attrib or node.get("id") in node_ids:
            problems.append(f"node {node.attrib}")
        node_ids.add(node.get("id", ""))
        times(node)
        for child in node:
            if child.tag == f"{VIZ}color":
                allowed(child, {"r", "g", "b", "a", "hex"})
                if not all(0 <= int(child.get(c, "-1")) <= 255 for c in "rgb") or not 0 <= float(child.get("a", 1)) <= 1:
                    problems.append(f"viz:color {child.attrib}")
            elif child.tag == f"{VIZ}size":
                allowed(child, {"value"})
                if not float(child.get("value", "-1")) >= 0:
                    problems.append(f"viz:size {child.attrib}")
            elif child.tag == f"{VIZ}position":
                allowed(child, {"x", "y", "z"})
                if not all(_is_double(child.get(c, "")) for c in "xy"):
                    problems.append(f"viz:position {child.attrib}")
            elif child.tag != f"{GEXF}attvalues":
                problems.append(f"node child {child.tag}")
        attvalues(node, "node")
    edge_ids: set[str] = set()
    for edge in graph.find(f"{GEXF}edges") or []:
        allowed(edge, {"id", "type", "label", "source", "target", "weight", "kind", "start", "end"})
        if edge.get("source") not in node_ids or edge.get("target") not in node_ids:
            problems.append(f"edge {edge.get('id')} between unknown nodes")
        if edge.get("id") in edge_ids or not _is_double(edge.get("weight", "1.0")):
            problems.append(f"edge {edge.attrib}")
        edge_ids.add(edge.get("id", ""))
        times(edge)
        if [child.tag for child in edge] not in ([], [f"{GEXF}attvalues"]):
            problems.append(f"edge children {[child.tag for child in edge]}")
        attvalues(edge, "edge")
    return problems


# ---- GraphML 1.0 (graphml-structure.xsd and graphml-attributes.xsd)

_GRAPHML_TYPES = {"boolean", "int", "long", "float", "double", "string"}
_NMTOKEN = re.compile(r"[\w.\-:\u00b7]+")


def graphml_problems(data: bytes) -> list[str]:
    """What in a GraphML document GraphML's structure and attribute layers do not allow, less two departures zhkg
    makes on purpose: node and edge ids need not be NMTOKENs (they are zhkg's ids, ``doc:a b/c#related-07``, so
    every output and ``zhkg query`` name a node alike), and ``<edge>`` carries ``label`` (Gephi's edge type)."""
    root = ET.fromstring(data)
    problems: list[str] = []
    if root.tag != f"{GRAPHML}graphml":
        return [f"root {root.tag}"]
    tags = [child.tag.removeprefix(GRAPHML) for child in root]
    if tags != sorted(tags, key=lambda tag: (tag != "desc", tag != "key")) or tags.count("graph") != 1:
        problems.append(f"graphml children {tags}")
    keys: dict[str, str] = {}
    for key in root.findall(f"{GRAPHML}key"):
        ident, domain = key.get("id", ""), key.get("for", "all")
        if not _NMTOKEN.fullmatch(ident) or ident in keys:
            problems.append(f"key id {ident!r}")
        if domain not in {"all", "graphml", "graph", "node", "edge", "hyperedge", "port", "endpoint"}:
            problems.append(f"key {ident} for={domain!r}")
        if key.get("attr.type", "string") not in _GRAPHML_TYPES:
            problems.append(f"key {ident} attr.type={key.get('attr.type')!r}")
        if not _NMTOKEN.fullmatch(key.get("attr.name", "x")):
            problems.append(f"key {ident} attr.name={key.get('attr.name')!r}")
        if set(key.attrib) - {"id", "for", "attr.name", "attr.type"}:
            problems.append(f"key {ident} attributes {sorted(key.attrib)}")
        keys[ident] = domain
    types = {key.get("id", ""): key.get("attr.type", "string") for key in root.findall(f"{GRAPHML}key")}

    def data_of(element: ET.Element, domain: str) -> None:
        seen = set()
        for item in element.findall(f"{GRAPHML}data"):
            key = item.get("key", "")
            if keys.get(key) not in (domain, "all") or key in seen:
                problems.append(f"{domain} data key {key!r}")
            seen.add(key)
            text = item.text or ""
            kind = types.get(key, "string")
            if kind != "string" and not _value_fits(text, {"int": "long", "float": "double"}.get(kind, kind)):
                problems.append(f"{domain} data {key}={text!r} is no {kind}")

    graph = root.find(f"{GRAPHML}graph")
    assert graph is not None
    if graph.get("edgedefault") not in ("directed", "undirected") or set(graph.attrib) - {"id", "edgedefault"}:
        problems.append(f"graph {graph.attrib}")
    data_of(graph, "graph")
    node_ids: set[str] = set()
    for node in graph.findall(f"{GRAPHML}node"):
        if set(node.attrib) != {"id"} or node.get("id") in node_ids:
            problems.append(f"node {node.attrib}")
        node_ids.add(node.get("id", ""))
        if [child.tag for child in node if child.tag != f"{GRAPHML}data"]:
            problems.append(f"node {node.get('id')} children")
        data_of(node, "node")
    edge_ids: set[str] = set()
    for edge in graph.findall(f"{GRAPHML}edge"):
        if set(edge.attrib) - {"id", "source", "target", "directed", "label"} or edge.get("id") in edge_ids:
            problems.append(f"edge {edge.attrib}")
        if edge.get("source") not in node_ids or edge.get("target") not in node_ids:
            problems.append(f"edge {edge.get('id')} between unknown nodes")
        edge_ids.add(edge.get("id", ""))
        data_of(edge, "edge")
    rest = {child.tag for child in graph} - {f"{GRAPHML}{tag}" for tag in ("data", "node", "edge")}
    if rest:
        problems.append(f"graph children {sorted(rest)}")
    return problems


# ---- Graphs: the seed in each script, its run with co-mentions off, a dated one, an empty one

@pytest.fixture(scope="module")
def seed_runs(pipeline: Any, seed_text: str) -> dict[str, nx.MultiDiGraph]:
    from dataclasses import replace

    from zhkg.run.pipeline import Pipeline

    off = Pipeline(config=replace(pipeline.config, co_mentions="off"))
    return {
        "traditional": pipeline.run_texts([("seed", to_traditional(seed_text))]).graph,
        "simplified": pipeline.run_texts([("seed", to_simplified(seed_text))]).graph,
        "co-mentions off": off.run_texts([("seed", seed_text)]).graph,
    }


def dated_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("doc:a b/c#1", label="新闻 一", type="DOCUMENT", date="2020-01-02", meta_views=12, meta_top=True)
    G.add_node("doc:d", label="新闻二", type="DOCUMENT", date="")
    G.add_node("person:李&<\"'", label="李\x00四", type="PERSON", r=220, g=68, b=55, size=16.0, mentions=2)
    G.add_edge("person:李&<\"'", "doc:a b/c#1", key="e1", id="e1", label="MENTIONED_IN", weight=1.0, date="2020-01-02")
    G.add_edge("person:李&<\"'", "doc:d", key="e2", id="e2", label="HOLDS_ROLE", role="主席", role_simplified="主席",
               weight=2.0, date="", evidence_start=0, evidence_end=2)
    return G


def _graphs(seed_runs: dict[str, nx.MultiDiGraph]) -> dict[str, nx.MultiDiGraph]:
    return {**seed_runs, "dated": dated_graph(), "empty": nx.MultiDiGraph()}


def test_every_gexf_zhkg_writes_is_gexf_1_3(seed_runs) -> None:
    for name, G in _graphs(seed_runs).items():
        assert gexf_problems(gexf_bytes(G)) == [], name


def test_every_graphml_zhkg_writes_keeps_graphml_s_structure(seed_runs) -> None:
    for name, G in _graphs(seed_runs).items():
        assert graphml_problems(graphml_bytes(G)) == [], name


@pytest.mark.parametrize("document, problem", [
    (b'<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a"/></nodes><edges>'
     b'<edge id="e" source="a" target="b"/></edges></graph></gexf>', "between unknown nodes"),
    (b'<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph timeformat="date"><nodes><node id="a" start="2020-1-2"/>'
     b'</nodes><edges/></graph></gexf>', "is no date"),
    (b'<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><attributes class="node"><attribute id="n" title="n" '
     b'type="long"/></attributes><nodes><node id="a"><attvalues><attvalue for="n" value="1.5"/></attvalues></node>'
     b'</nodes><edges/></graph></gexf>', "is no long"),
])
def test_the_gexf_check_finds_what_the_grammar_refuses(document, problem) -> None:
    assert any(problem in found for found in gexf_problems(document))


def test_the_graphml_check_finds_what_the_schema_refuses() -> None:
    document = (b'<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="k" for="node" attr.name="my col" '
                b'attr.type="long"/><graph edgedefault="directed"><node id="a"><data key="k">x</data></node>'
                b'<edge source="a" target="b"/></graph></graphml>')
    found = " ".join(graphml_problems(document))
    assert "attr.name='my col'" in found and "is no long" in found and "between unknown nodes" in found


def _node_link(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    return nx.node_link_graph(json.loads(graph_json(G)), edges="edges")


@pytest.mark.parametrize("script", ["traditional", "simplified", "co-mentions off"])
def test_networkx_and_igraph_read_the_files_as_the_json_says(seed_runs, tmp_path, script) -> None:
    igraph = pytest.importorskip("igraph")
    G = seed_runs[script]
    (tmp_path / "g.graphml").write_bytes(graphml_bytes(G))
    (tmp_path / "g.gexf").write_bytes(gexf_bytes(G))
    J = _node_link(G)
    M = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    X = nx.read_gexf(tmp_path / "g.gexf")
    I = igraph.Graph.Read_GraphML(str(tmp_path / "g.graphml"))  # noqa: E741
    assert len(J) == len(M) == len(X) == I.vcount() > 100
    assert J.number_of_edges() == M.number_of_edges() == X.number_of_edges() == I.ecount() > 100
    viz = {"r", "g", "b", "size", "x", "y"}  # GEXF's viz, JSON holds no layout: docs/changes-session32.md
    # igraph gives a vertex every key's attribute (empty, False or NaN where the file has none), and reads an id's
    # "&" as "&#38;" (python-igraph 1.0): compared by the file's attributes, ids unescaped
    vertices = {html.unescape(v["id"]): v.attributes() for v in I.vs}
    for node, attrs in M.nodes(data=True):
        assert {k: v for k, v in attrs.items() if k not in ("x", "y")} == J.nodes[node]
        assert {k: v for k, v in X.nodes[node].items() if k not in ("viz", "start")} == {
            k: v for k, v in attrs.items() if k not in viz}
        colour = X.nodes[node]["viz"]["color"]
        assert (colour["r"], colour["g"], colour["b"]) == (attrs["r"], attrs["g"], attrs["b"])
        assert X.nodes[node]["viz"]["size"] == attrs["size"]
        assert {k: vertices[node][k] for k in attrs} == attrs
    gexf_edges = {d["id"]: (u, v, d) for u, v, d in X.edges(data=True)}
    json_edges = {k: (u, v, d) for u, v, k, d in J.edges(keys=True, data=True)}
    for u, v, key, attrs in M.edges(keys=True, data=True):
        assert json_edges[key][:2] == gexf_edges[key][:2] == (u, v)
        assert {k: x for k, x in json_edges[key][2].items() if k != "id"} == attrs
        assert {k: x for k, x in gexf_edges[key][2].items() if k not in ("id", "start")} == attrs
        assert gexf_edges[key][2].get("start", "") == attrs.get("date", "")


def test_gephi_s_timeline_reads_the_dates_of_the_graphml() -> None:
    G = dated_graph()
    root = ET.fromstring(gexf_bytes(G))
    graph = root.find(f"{GEXF}graph")
    assert graph is not None and graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    starts = {edge.get("id"): edge.get("start") for edge in root.iter(f"{GEXF}edge")}
    assert starts == {"e1": "2020-01-02", "e2": None}  # an undated edge is there all the time
    nodes = {node.get("id"): node.get("start") for node in root.iter(f"{GEXF}node")}
    assert nodes == {"doc:a b/c#1": "2020-01-02", "doc:d": None, "person:李&<\"'": "2020-01-02"}


# ---- The page

#: A node's dot or label (at the page's font) that lies on a bigger node's dot, as vis-network measures them.
_ON_BIGGER_DOTS = """() => {
    const net = zhkg.network;
    net.moveTo({scale: 1.5});  // zoomed in, every label is drawn at the page's font
    net.redraw();
    const all = net.body.nodeIndices.map(id => net.body.nodes[id]);
    const found = [];
    for (const node of all) {
        const label = node.labelModule.size;
        const top = label.top + (node.labelModule.fontOptions.vadjust || 0);  // a label hung above its dot
        for (const big of all) {
            if (!(big.options.size > node.options.size)) { continue; }
            const r = big.options.size;
            const dx = big.x - Math.max(label.left, Math.min(big.x, label.left + label.width));
            const dy = big.y - Math.max(top, Math.min(big.y, top + label.height));
            if (Math.hypot(node.x - big.x, node.y - big.y) < node.options.size + r) {
                found.push(["dot", node.options.label, big.options.label]);
            } else if (dx * dx + dy * dy < r * r) {
                found.push(["label", node.options.label, big.options.label]);
            }
        }
    }
    return found;
}"""


@pytest.fixture(params=SCRIPTS, scope="module")
def seed_page(request: pytest.FixtureRequest, seed_graph: nx.MultiDiGraph,
              tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed's page, every label in the one script."""
    G = seed_graph.copy()
    for _node, attrs in G.nodes(data=True):
        attrs["label"] = request.param(str(attrs.get("label", "")))
    path = tmp_path_factory.mktemp("seed") / "seed.html"
    write_html(G, path)
    return path


@pytest.fixture
def opened(offline_page: tuple[Any, Any], seed_page: Path) -> tuple[Any, Any]:
    """The seed's page laid out in Chromium, and its log."""
    page, log = offline_page
    page.goto(seed_page.as_uri())
    wait_for_layout(page)
    return page, log


@pytest.mark.browser
@pytest.mark.slow
def test_no_dot_or_label_lies_on_a_bigger_dot(opened) -> None:
    page, log = opened
    assert page.evaluate(_ON_BIGGER_DOTS) == []
    moved = page.evaluate("zhkg.clearedNodes")
    assert 0 < len(moved) < 10  # the few that lay on a bigger dot, not the layout redone
    assert_quiet(log)


@pytest.mark.browser
@pytest.mark.slow
def test_a_click_on_a_node_clears_the_last_search_s_answer(opened) -> None:
    # the 715-article page said "not found among the nodes drawn" (or "found: 北京市") beside the search box
    # while the panel showed the node clicked since
    page, log = opened
    for query, answer in (("不存在的名字", "not found"), ("Yan Weihong", "found: ")):
        search(page, query)
        assert page.text_content("#zhkg-status").startswith(answer)
        page.wait_for_timeout(800)  # the search's focus animates for 400 ms
        node = page.evaluate("zhkg.headlines[0]")
        page.evaluate("id => zhkg.network.focus(id, {scale: 1.0})", node)
        x, y = node_on_screen(page, node)
        page.mouse.click(x, y)
        assert page.evaluate("zhkg.network.getSelectedNodes()") == [node]
        assert page.text_content("#zhkg-status") == ""
        assert page.text_content("#zhkg-panel-body").strip() != ""
    assert_quiet(log)
