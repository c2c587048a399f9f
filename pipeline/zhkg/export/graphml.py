"""GraphML for Gephi (and any strict GraphML reader), written as a stream.

Each key's ``attr.name`` is its attribute name, and its id that name after ``n_``, ``e_`` or ``g_``
for a node, edge or graph key (:func:`key_ids`). A name a strict reader refuses (``attr.name`` is an XML
NMTOKEN: an API caller's ``my score`` or ``views (万)``) is written as the metadata fields are (``my_score``,
``views_万``; :func:`attribute_names`), and reads back so; the graph in memory keeps its own. The ids: the
GraphML schema wants key ids unique, and a node and an edge attribute often share a name (``label``, ``date``, ``doc_id``). networkx would number them
d0…dN, and Gephi reads a key with the id ``d3`` as the node label and ``d7`` as the edge label whatever
it holds. Gephi maps the lowercase ``label``, ``weight``, ``r``/``g``/``b``, ``size`` and ``x``/``y``
attribute names onto its own columns; the graph carries exactly those names.

Every relation is its own edge with its own ``id``, and the relation is also the
edge's *type* (:func:`edge_type`): a ``label`` attribute on the ``<edge>``
element, which Gephi's importer reads as the edge type. Gephi merges parallel
edges of the same type by default, so the type is the relation kind with its
role when it has one (``HOLDS_ROLE:主席``, ``HOLDS_ROLE:党组书记``), else with the word a typed relation was
read from (``COMPETES_WITH:击败``, ``SPOUSE_OF:妻子``): an
organisation that both PUBLISHED a document and is MENTIONED_IN it, or a person
who is both 党组书记 and 主席 of one body, keeps every edge. The edge ``label``
column stays the bare kind. ``weight`` counts the times the relation was read in
its document (never 0, which Gephi drops).

The evidence offsets are ``evidence_start`` and ``evidence_end``, in the graph and
both file formats (GEXF keeps ``start``/``end`` for time).

The file is written element by element, never as an XML tree in memory; equal
graphs give equal bytes. Text from the input may hold characters XML 1.0 forbids
(NUL and most other C0 controls, U+FFFE, U+FFFF, lone surrogates); in the file
each becomes U+FFFD, one character for one, so string lengths and the offsets,
which index the original text, still agree. The graph itself keeps them. A node
or edge id that holds such characters also gets a suffix (:func:`zhkg.export.ids.distinct_ids`),
so two ids never become one.

An id holding ``&`` (``org:A&B公司``) is written ``&amp;`` as XML wants, and ElementTree, networkx and Gephi read
it back as it was. python-igraph (1.0, through libxml2) gives such an XML attribute back with ``&#38;`` for each
``&`` (its vertex ``id`` ``org:A&#38;B公司``; ``<``, ``>`` and ``"`` come back right, and ``<data>`` values, the
``label`` among them, are exact): ``html.unescape(v["id"])`` gives the id. Its edges' ``id`` attribute is not the
file's edge id either; the edges' ``doc_id``, ``evidence`` and the rest are.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

from zhkg.export.atomic import atomic_write
from zhkg.export.ids import distinct_ids
from zhkg.export.layout import layout_positions
from zhkg.export.parallel import Part
from zhkg.stages.graph import xml_attribute_name
from zhkg.stages.normalise import to_simplified

__all__ = ["write_graphml", "write_graphml_edges", "graphml_bytes", "iter_graphml", "iter_graphml_edges",
           "edge_key_types", "key_ids", "attribute_names", "prepare_nodes", "PreparedNodes", "xml_safe", "edge_type", "attribute_type"]

_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Each character XML 1.0 forbids becomes U+FFFD in the same pass as the escapes (what xml_safe does by a
# regular expression: one translate per value instead of a translate and a substitution)
_FORBIDDEN = {code: "\ufffd" for code in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20),
                                          *range(0xD800, 0xE000), 0xFFFE, 0xFFFF]}
_ATTR_ESCAPES = str.maketrans({**_FORBIDDEN, "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                               "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})
_TEXT_ESCAPES = str.maketrans({**_FORBIDDEN, "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


_HEADER = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)


def xml_safe(value: Any) -> Any:
    """``value`` with each character XML 1.0 forbids replaced by U+FFFD; non-strings unchanged.

    >>> xml_safe("平谷\\x00区\\x0b"), xml_safe(3)
    ('平谷\\ufffd区\\ufffd', 3)
    """
    return _XML_INVALID.sub("\ufffd", value) if isinstance(value, str) else value


def quote_attr(value: object) -> str:
    """An XML attribute value, quoted: escaped, XML-safe, with line breaks kept as character references.

    >>> quote_attr('a"b' + chr(0) + '<') == '"a&quot;b' + chr(0xFFFD) + '&lt;"'
    True
    """
    return '"' + str(value).translate(_ATTR_ESCAPES) + '"'


def escape_text(value: object) -> str:
    """XML element text: escaped and XML-safe.

    >>> escape_text("平谷&区" + chr(0x0B) + chr(0xD800)) == "平谷&amp;区" + chr(0xFFFD) * 2
    True
    """
    return str(value).translate(_TEXT_ESCAPES)


def attribute_type(values: Iterable[object]) -> str:
    """The one GraphML type that holds every value: boolean, long, double or string.

    >>> attribute_type([1, 2]), attribute_type([1, 2.5]), attribute_type([True]), attribute_type([1, "a"])
    ('long', 'double', 'boolean', 'string')
    """
    return _type_of_types({type(v) for v in values})


def format_value(value: object, kind: str) -> str:
    """A value as the text of its GraphML (or GEXF) type."""
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))  # type: ignore[arg-type]
    return str(value)


def edge_type(data: Mapping[str, object]) -> str:
    """The edge type Gephi keeps parallel edges apart by: the relation kind, with its role if it has one, else
    with the word a typed relation was read from (``relation_zh``, Simplified: 击败 and 负于 between two teams).

    >>> edge_type({"label": "HOLDS_ROLE", "role_simplified": "主席"}), edge_type({"label": "MENTIONED_IN"})
    ('HOLDS_ROLE:主席', 'MENTIONED_IN')
    >>> edge_type({"label": "COMPETES_WITH", "relation_zh": "击败"}), edge_type({"label": "PARENT_OF", "relation_zh": "女兒"})
    ('COMPETES_WITH:击败', 'PARENT_OF:女儿')
    """
    kind = str(data.get("label", ""))
    said = str(data.get("role_simplified", "") or "") or to_simplified(str(data.get("relation_zh", "") or ""))
    return f"{kind}:{said}" if said else kind


def _edge_attrs(data: Mapping[str, object]) -> dict[str, object]:
    return {k: v for k, v in data.items() if k != "id"}


def _keys(items: Iterable[Mapping[str, object]], skip: str | None = None) -> dict[str, str]:
    """Attribute name -> GraphML type, names in order of first appearance (``skip``: a name left out).

    The Python types met under each name are collected, not the values: a big
    graph's attributes are walked once, without a list of every value.
    """
    seen: dict[str, set[type]] = {}
    for attrs in items:
        for name, value in attrs.items():
            kinds = seen.get(name)
            if kinds is None:
                seen[name] = {type(value)}
            else:
                kinds.add(type(value))
    seen.pop(skip, None)  # type: ignore[arg-type]
    return {name: _type_of_types(kinds) for name, kinds in seen.items()}


def _type_of_types(kinds: set[type]) -> str:
    """:func:`attribute_type` of values of these Python types."""
    found = {bool if issubclass(k, bool) else int if issubclass(k, int) else float if issubclass(k, float) else str
             for k in kinds}
    if found == {bool}:
        return "boolean"
    if found == {int}:
        return "long"
    if found and found <= {int, float}:
        return "double"
    return "string"


#: Each domain's prefix of its keys' ids (:func:`key_ids`).
_KEY_PREFIX = {"graph": "g_", "node": "n_", "edge": "e_"}
# Characters a key id (an XML NMTOKEN) may not hold, each written ``_``
_NOT_NAME_CHAR = re.compile(r"[^\w.\-]")


def key_ids(domain: str, names: Iterable[str]) -> dict[str, str]:
    """Each attribute name's key id in ``domain`` (``graph``, ``node`` or ``edge``): the name after ``g_``,
    ``n_`` or ``e_``, so a node key and an edge key of one name have two ids, as the GraphML schema wants.

    A character an id may not hold (a space) becomes ``_``, and an id already given gets ``.2``, ``.3``…

    >>> key_ids("node", ["label", "x"]), key_ids("edge", ["label", "my col", "my_col"])
    ({'label': 'n_label', 'x': 'n_x'}, {'label': 'e_label', 'my col': 'e_my_col', 'my_col': 'e_my_col.2'})
    """
    return _distinct(names, lambda name: _KEY_PREFIX[domain] + _NOT_NAME_CHAR.sub("_", name))


def attribute_names(names: Iterable[str]) -> dict[str, str]:
    """Each attribute name's ``attr.name``: the name a strict reader accepts (the metadata fields' rule,
    :func:`zhkg.stages.graph.xml_attribute_name`), a name already given getting ``.2``, ``.3``… so that no two
    keys of a domain read back as one.

    >>> attribute_names(["label", "my col", "my_col", "views (万)"])
    {'label': 'label', 'my col': 'my_col', 'my_col': 'my_col.2', 'views (万)': 'views_万'}
    """
    return _distinct(names, xml_attribute_name)


def _distinct(names: Iterable[str], written: Callable[[str], str]) -> dict[str, str]:
    """Each name's ``written(name)``, one already given getting ``.2``, ``.3``…"""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        base = written(name)
        text, n = base, 1
        while text in taken:
            n += 1
            text = f"{base}.{n}"
        taken.add(text)
        out[name] = text
    return out


def _data(attrs: Mapping[str, object], types: Mapping[str, str], opens: Mapping[str, str]) -> Iterator[str]:
    """``<data>`` elements of ``attrs``; ``opens`` holds each name's ``<data key="…"`` with its indent, made once."""
    for name, value in attrs.items():
        kind = types[name]
        if kind == "string":  # inline escape_text(format_value(…)): this runs for every value of a big graph
            text = (value if type(value) is str else str(value)).translate(_TEXT_ESCAPES)
        else:  # numbers and booleans: nothing to escape
            text = format_value(value, kind)
        head = opens[name]
        yield f"{head}>{text}</data>\n" if text else f"{head} />\n"


def _opens(domain: str, types: Mapping[str, str], indent: str) -> dict[str, str]:
    """Each name's ``<data key="…"`` (its :func:`key_ids` id) with its indent."""
    return {name: f"{indent}<data key={quote_attr(ident)}" for name, ident in key_ids(domain, types).items()}


def _edge_items(G: nx.Graph) -> Iterable[tuple[Any, Any, Any, Mapping[str, object]]]:
    """(source, target, key, data) of every edge; a simple graph's key is its ``id`` attribute."""
    return G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, d.get("id"), d) for u, v, d in G.edges(data=True))


def edge_key_types(G: nx.Graph) -> dict[str, str]:
    """GraphML type of every edge attribute, names in order of first appearance (the header's edge keys)."""
    return _keys((d for _, _, d in G.edges(data=True)), skip="id")


def iter_graphml_edges(G: nx.Graph, edge_types: Mapping[str, str] | None = None) -> Iterator[str]:
    """The ``<edge>`` elements of ``G``'s GraphML document, the part between its nodes and its footer.

    It does not depend on the layout, so it can be written while the layout is
    computed (:func:`write_graphml`'s ``edges``).
    """
    edge_types = edge_key_types(G) if edge_types is None else edge_types
    node_ids = distinct_ids(G.nodes, xml_safe)
    edge_ids = distinct_ids(dict.fromkeys(d.get("id", k) for _, _, k, d in _edge_items(G) if d.get("id", k) is not None),
                            xml_safe)
    edge_opens = _opens("edge", edge_types, "      ")
    for u, v, key, data in _edge_items(G):
        edge_id = data.get("id", key)
        ident = f" id={quote_attr(edge_ids.get(edge_id, edge_id))}" if edge_id is not None else ""
        kind = f" label={quote_attr(edge_type(data))}" if "label" in data else ""
        yield f"    <edge{ident} source={quote_attr(node_ids.get(u, str(u)))} target={quote_attr(node_ids.get(v, str(v)))}{kind}>\n"
        yield from _data(_edge_attrs(data), edge_types, edge_opens)
        yield "    </edge>\n"


_FOOTER = "  </graph>\n</graphml>\n"


@dataclass
class PreparedNodes:
    """GraphML's nodes written before the layout is known (:func:`prepare_nodes`): each up to its ``x`` and ``y``."""

    nodes: list[Any]
    heads: list[str]  # per node: its <node> line and <data> elements, less x, y and the closing tag
    node_types: dict[str, str]  # the header's node keys, x and y included where positions put them


def prepare_nodes(G: nx.Graph) -> PreparedNodes | None:
    """The node section of ``G``'s GraphML less the positions, to finish once the layout arrives.

    ``None`` when a node already has ``x`` or ``y`` (the positions would not simply
    be appended): :func:`iter_graphml` then writes the nodes as usual.
    """
    attrs_of = [(node, attrs) for node, attrs in G.nodes(data=True)]
    if not attrs_of or any("x" in a or "y" in a for _, a in attrs_of):
        return None
    types = _keys(a for _, a in attrs_of)
    first = list(types.items())[:len(attrs_of[0][1])]  # the first node's names come first; x and y follow them
    node_types = dict(first + [("x", "double"), ("y", "double")] + list(types.items())[len(first):])
    node_ids = distinct_ids(G.nodes, xml_safe)
    opens = _opens("node", node_types, "      ")
    heads = [f"    <node id={quote_attr(node_ids.get(node, str(node)))}>\n"
             + "".join(_data(attrs, node_types, opens)) for node, attrs in attrs_of]
    return PreparedNodes([node for node, _ in attrs_of], heads, node_types)


def _finish_nodes(prepared: PreparedNodes, positions: Mapping[Any, tuple[float, float]]) -> Iterator[str] | None:
    """The prepared nodes with their positions, or ``None`` unless every node has a position of two floats."""
    xy = [positions.get(node) for node in prepared.nodes]
    if not all(p is not None and type(p[0]) is float and type(p[1]) is float for p in xy):
        return None
    types = prepared.node_types
    opens = _opens("node", types, "      ")

    def pieces() -> Iterator[str]:
        for head, (x, y) in zip(prepared.heads, xy):  # type: ignore[misc]
            yield head
            yield from _data({"x": x, "y": y}, types, opens)
            yield "    </node>\n"

    return pieces()


def iter_graphml(G: nx.MultiDiGraph, positions: Mapping[Any, tuple[float, float]] | None = None, *,
                 edge_types: Mapping[str, str] | None = None, edges: bool = True,
                 nodes: PreparedNodes | None = None) -> Iterator[str]:
    """The GraphML document of ``G`` in pieces of text, one element at a time.

    Nodes without ``x``/``y`` get them from ``positions`` (by default the
    deterministic layout of :func:`zhkg.export.layout.layout_positions`), so Gephi
    opens the graph laid out. With ``edges=False`` the document stops after its
    nodes (the edges and the footer written separately: :func:`iter_graphml_edges`);
    ``edge_types`` (:func:`edge_key_types`) saves computing the header's edge keys again,
    and ``nodes`` (:func:`prepare_nodes`) the nodes' text but for their positions.
    """
    if positions is None and any("x" not in a or "y" not in a for _, a in G.nodes(data=True)):
        positions = layout_positions(G)
    positions = positions or {}
    prepared = _finish_nodes(nodes, positions) if nodes is not None else None

    def node_attrs(node: Any, attrs: Mapping[str, object]) -> Mapping[str, object]:
        if ("x" in attrs and "y" in attrs) or node not in positions:
            return attrs
        x, y = positions[node]
        return {**attrs, "x": x, "y": y}

    node_ids = distinct_ids(G.nodes, xml_safe)  # ids XML forbids characters of, kept apart

    graph_types = _keys([G.graph])
    if prepared is not None and nodes is not None:
        node_types = nodes.node_types
    else:
        node_types = _keys(node_attrs(n, a) for n, a in G.nodes(data=True))
    edge_types = edge_key_types(G) if edge_types is None else edge_types
    yield _HEADER
    for domain, types in (("graph", graph_types), ("node", node_types), ("edge", edge_types)):
        ids, names = key_ids(domain, types), attribute_names(types)
        for name, kind in types.items():
            yield (f'  <key id={quote_attr(ids[name])} for="{domain}" attr.name={quote_attr(names[name])} '
                   f'attr.type="{kind}" />\n')
    yield f'  <graph edgedefault="{"directed" if G.is_directed() else "undirected"}">\n'
    yield from _data(G.graph, graph_types, _opens("graph", graph_types, "    "))
    if prepared is not None:
        yield from prepared
    else:
        node_opens = _opens("node", node_types, "      ")
        for node, attrs in G.nodes(data=True):
            yield f"    <node id={quote_attr(node_ids.get(node, str(node)))}>\n"
            yield from _data(node_attrs(node, attrs), node_types, node_opens)
            yield "    </node>\n"
    if edges:
        yield from iter_graphml_edges(G, edge_types)
        yield _FOOTER


def graphml_bytes(G: nx.MultiDiGraph, positions: Mapping[Any, tuple[float, float]] | None = None) -> bytes:
    """The GraphML document of ``G``, UTF-8 encoded (for tests and small graphs; files are streamed).

    >>> import xml.etree.ElementTree as ET
    >>> G = nx.MultiDiGraph(); G.add_node("a", label="平谷\\x00区")
    >>> ET.fromstring(graphml_bytes(G)).find(".//{*}data").text
    '平谷\\ufffd区'
    """
    return "".join(iter_graphml(G, positions)).encode("utf-8")


def write_graphml(G: nx.MultiDiGraph, path: str | os.PathLike[str],
                  positions: Mapping[Any, tuple[float, float]] | None = None, *, edges: Part | None = None,
                  nodes: PreparedNodes | None = None) -> None:
    """Write ``G`` as GraphML to ``path`` atomically, streaming element by element.

    ``edges`` is the edges section already written by :func:`write_graphml_edges`
    (in another process, while the layout was computed: :func:`zhkg.export.parallel.start_part`);
    it is copied in, and the file is byte for byte the one written without it.
    So are ``nodes``, the nodes' text prepared before the layout was known (:func:`prepare_nodes`).

    >>> import tempfile, pathlib
    >>> G = nx.MultiDiGraph(); G.add_node("a", label="閆維洪"); G.add_edge("a", "a", key="e1", id="e1", weight=1.0)
    'e1'
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "g.graphml"
    >>> write_graphml(G, p)
    >>> nx.read_graphml(p).nodes["a"]["label"]
    '閆維洪'
    """
    write_document(path, lambda **part: iter_graphml(G, positions, nodes=nodes, **part), edges, _FOOTER)


def write_graphml_edges(fh: Any, G: nx.MultiDiGraph) -> dict[str, str]:
    """Write the edges section of ``G``'s GraphML to ``fh``; returns the edge keys' types the header needs."""
    edge_types = edge_key_types(G)
    write_pieces(fh, iter_graphml_edges(G, edge_types))
    return edge_types


def write_document(path: str | os.PathLike[str], document: Callable[..., Iterable[str]], edges: Part | None,
                   footer: str) -> None:
    """Write the pieces of ``document()`` to ``path`` atomically (GraphML's, GEXF's); with ``edges``, the edges
    section another process wrote, the pieces of ``document(edge_types=edges.value, edges=False)`` (all but the
    edges and ``footer``), then the edges and ``footer``: the same bytes either way."""
    with atomic_write(path, "w") as fh:
        if edges is None:
            write_pieces(fh, document())
        else:
            write_pieces(fh, document(edge_types=edges.value, edges=False))
            edges.copy_to(fh)
            fh.write(footer)


def write_pieces(fh: Any, pieces: Iterable[str], chunk: int = 4096) -> None:
    """Write text pieces to ``fh`` a few thousand at a time (one call per piece costs more)."""
    batch: list[str] = []
    for piece in pieces:
        batch.append(piece)
        if len(batch) >= chunk:
            fh.write("".join(batch))
            batch.clear()
    fh.write("".join(batch))
