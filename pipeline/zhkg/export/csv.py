"""Node and edge CSV files for graph databases: Neo4j's bulk importer and Kùzu.

:func:`write_csv` writes ``nodes.csv`` and ``edges.csv`` (UTF-8, no BOM, comma
separated, ``"`` quoted, one header line) in the header format of Neo4j's
``neo4j-admin database import``, which takes them as they are::

    neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv neo4j

* ``nodes.csv``: ``id:ID`` (stored as the ``id`` property too), ``:LABEL`` (the
  node type: PERSON, ORGANIZATION, PLACE, COUNT, DOCUMENT), then one column per
  node attribute, typed where it is not a string: ``mentions:int``,
  ``documents:int``, ``r:int``/``g:int``/``b:int``, ``size:double``,
  ``x:double``/``y:double``, ``value:double``, ``approximate:boolean``; the last
  is ``merged_because`` (why an entity found in several documents is one node).
* ``edges.csv``: ``:START_ID``, ``:END_ID``, ``:TYPE`` (the relation: HOLDS_ROLE,
  MEMBER_OF, …), then ``id``, ``role``, ``role_simplified``, ``evidence``,
  ``doc_id``, ``evidence_start:int``, ``evidence_end:int``, ``weight:double``,
  ``date`` (the document's, ISO; for an edge across documents the first one's), ``doc_ids`` (the documents
  of a co-mention or an organisation's place, ``|``-joined), ``doc_weights`` (how many sentences each of them gave,
  in the same order, where one gave more than one; as in GraphML, JSON and GEXF, and in a slice the range's),
  ``date_last`` (the last of their dates) and
  ``relation_zh`` (the word a typed edge was read from, in the document's script: 击败, 毕业于, 隶属).

The columns are always the same (:data:`NODE_COLUMNS`, :data:`EDGE_COLUMNS`); a
value a node does not have is an empty field, which both importers read as
"no property" for typed columns (Neo4j keeps an empty *string* as ``""``).
Attributes outside those lists are appended after them, sorted by name, typed
from their values. Line breaks inside a value become spaces, so one record is
always one line (Neo4j would otherwise need ``--multiline-fields=true`` and Kùzu
``parallel=false``).

Spreadsheets run a cell that starts with ``=``, ``+``, ``-``, ``@``, a TAB or a
carriage return as a formula (``=HYPERLINK(…)``), so, as OWASP recommends for
CSV injection, a text cell starting with one of them is written with a ``'``
before it (``'=HYPERLINK(…)``): a spreadsheet shows it as text, and Neo4j and
Kùzu load it as a string starting with ``'`` (strip one leading ``'`` to get the
value back). Typed columns (``:int``, ``:double``, ``:boolean``) hold numbers
written by zhkg and are left alone, so ``-3.5`` stays a number. Ids changed by
this or by the line rule get a suffix that keeps them distinct
(:func:`zhkg.export.ids.distinct_ids`), the same in ``id:ID``, ``:START_ID`` and
``:END_ID``; the ids zhkg makes (``person:…``, ``doc:…``) never need it. ``aliases`` stays one ``|``-joined string, as in GraphML:
array columns are read differently by the two databases.

Kùzu
----
Kùzu has no labels: every node and relationship lives in a table created
beforehand. One node table holds every type (``type`` says which) and one
relationship table every relation (its ``type`` column is the ``:TYPE``
column). ``COPY FROM`` with ``header=true`` skips the header line and takes the
columns by position: the node table's columns in file order, and for the
relationship table the first two columns are the ``FROM`` and ``TO`` primary
keys, the rest the properties in order. ``start`` and ``end`` are Cypher
keywords, hence the backquotes::

    CREATE NODE TABLE Node(id STRING PRIMARY KEY, labels STRING, label STRING, type STRING,
        name_simplified STRING, aliases STRING, mentions INT64, documents INT64,
        r INT64, g INT64, b INT64, size DOUBLE, x DOUBLE, y DOUBLE,
        code STRING, parent_code STRING, value DOUBLE, counted STRING, counted_simplified STRING,
        classifier STRING, approximate BOOLEAN, gloss STRING, counted_full STRING,
        doc_id STRING, title STRING, date STRING, date_text STRING, source STRING, kind STRING, parent_doc STRING,
        merged_because STRING);
    CREATE REL TABLE Relation(FROM Node TO Node, type STRING, id STRING, role STRING,
        role_simplified STRING, evidence STRING, doc_id STRING, evidence_start INT64, evidence_end INT64,
        weight DOUBLE, date STRING, doc_ids STRING, doc_weights STRING, date_last STRING, relation_zh STRING);
    COPY Node FROM 'nodes.csv' (header=true);
    COPY Relation FROM 'edges.csv' (header=true);

:func:`kuzu_schema` returns those two ``CREATE`` statements for a given graph
(with any extra columns it has); for a graph without extra attributes they are
the statements above. ``tests/export/test_csv.py`` runs the statements above,
as written here, on the seed's files.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from zhkg.export.atomic import atomic_write
from zhkg.export.ids import distinct_ids
from zhkg.export.layout import layout_positions, with_positions

__all__ = ["NODE_COLUMNS", "EDGE_COLUMNS", "csv_tables", "kuzu_schema", "neutralise", "write_csv"]

#: (attribute, Neo4j header) of nodes.csv, in order; the first two are the node id and its label.
NODE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("", "id:ID"),
    ("", ":LABEL"),
    ("label", "label"),
    ("type", "type"),
    ("name_simplified", "name_simplified"),
    ("aliases", "aliases"),
    ("mentions", "mentions:int"),
    ("documents", "documents:int"),
    ("r", "r:int"),
    ("g", "g:int"),
    ("b", "b:int"),
    ("size", "size:double"),
    ("x", "x:double"),
    ("y", "y:double"),
    ("code", "code"),
    ("parent_code", "parent_code"),
    ("value", "value:double"),
    ("counted", "counted"),
    ("counted_simplified", "counted_simplified"),
    ("classifier", "classifier"),
    ("approximate", "approximate:boolean"),
    ("gloss", "gloss"),
    ("counted_full", "counted_full"),
    ("doc_id", "doc_id"),
    ("title", "title"),
    ("date", "date"),
    ("date_text", "date_text"),
    ("source", "source"),
    ("kind", "kind"),
    ("parent_doc", "parent_doc"),
    ("merged_because", "merged_because"),
)

#: (attribute, Neo4j header) of edges.csv, in order; the first three are the ends and the relation.
EDGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("", ":START_ID"),
    ("", ":END_ID"),
    ("label", ":TYPE"),
    ("id", "id"),
    ("role", "role"),
    ("role_simplified", "role_simplified"),
    ("evidence", "evidence"),
    ("doc_id", "doc_id"),
    ("evidence_start", "evidence_start:int"),
    ("evidence_end", "evidence_end:int"),
    ("weight", "weight:double"),
    ("date", "date"),
    ("doc_ids", "doc_ids"),
    ("doc_weights", "doc_weights"),
    ("date_last", "date_last"),
    ("relation_zh", "relation_zh"),
)

_NEO4J_TYPE = {bool: "boolean", int: "int", float: "double", str: ""}
_KUZU_TYPE = {"": "STRING", "int": "INT64", "double": "DOUBLE", "boolean": "BOOLEAN"}
_KUZU_QUOTED: set[str] = set()  # Cypher keywords as column names (start/end were, before evidence_start/_end)
_KUZU_PLAIN = re.compile(r"[^\W\d]\w*")  # a name Kùzu reads unquoted: a letter or _, then letters, digits, _


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """A text cell a spreadsheet will not run: ``'`` before a leading ``= + - @``, TAB or CR (OWASP).

    >>> print(neutralise('=HYPERLINK("http://x","y")'), neutralise("-1+1"), neutralise("平谷区"))
    '=HYPERLINK("http://x","y") '-1+1 平谷区
    """
    return "'" + text if text.startswith(_FORMULA_START) else text


def _text_cell(value: object) -> str:
    return neutralise(" ".join(str(value).splitlines()))  # one record, one line; no formula


def _field(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    return _text_cell(value)


def _extra_columns(rows: Iterable[Mapping[str, object]], known: set[str]) -> tuple[tuple[str, str], ...]:
    """Columns for attributes outside the fixed list: typed when every value has the same type. A ``:`` in an
    attribute's name (an API caller's ``a:b``) is written ``_`` in its header, as Neo4j and :func:`kuzu_schema` read
    ``name:type`` at the first ``:``; a header already taken that way gets ``.2``, ``.3``… (as GraphML's names).

    >>> _extra_columns([{"label": "x", "a:b": 3, "a_b": "y", "c": 1.5}], {"label"})
    (('a:b', 'a_b.2:int'), ('a_b', 'a_b'), ('c', 'c:double'))
    """
    from zhkg.export.graphml import _distinct

    types: dict[str, set[type]] = {}
    for attrs in rows:
        for key, value in attrs.items():
            if key not in known:
                types.setdefault(key, set()).add(type(value))
    # the fixed columns' names first, then the names that need no change: a caller's a_b stays a_b beside its a:b
    order = sorted(known) + sorted(types, key=lambda key: (":" in str(key), str(key)))
    names = _distinct(order, lambda key: str(key).replace(":", "_"))
    columns = []
    for key in sorted(types):
        found = types[key]
        kind = _NEO4J_TYPE.get(next(iter(found)), "") if len(found) == 1 else ""
        columns.append((key, f"{names[key]}:{kind}" if kind else names[key]))
    return tuple(columns)


def _edge_id(key: object, data: Mapping[str, object]) -> str:
    return str(data.get("id", key))


def csv_tables(G: nx.MultiDiGraph, positions: Mapping[Any, tuple[float, float]] | None = None,
               ) -> tuple[list[list[str]], list[list[str]]]:
    """The rows of nodes.csv and edges.csv (header first), as strings.

    A node without ``x``/``y`` takes them from ``positions`` when it is there.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(); G.add_node("p", label="閆維洪", type="PERSON", mentions=2)
    >>> _ = G.add_edge("p", "p", key="e1", label="MEMBER_OF", role="委員", evidence_start=3, evidence_end=6)
    >>> nodes, edges = csv_tables(G)
    >>> nodes[0][:7], nodes[1][:7]
    (['id:ID', ':LABEL', 'label', 'type', 'name_simplified', 'aliases', 'mentions:int'], ['p', 'PERSON', '閆維洪', 'PERSON', '', '', '2'])
    >>> edges[1]
    ['p', 'p', 'MEMBER_OF', 'e1', '委員', '', '', '', '3', '6', '', '', '', '', '', '']
    """
    node_ids = distinct_ids(G.nodes, _text_cell)
    node_attrs = [attrs for _, attrs in G.nodes(data=True)]
    node_columns = NODE_COLUMNS + _extra_columns(node_attrs, {a for a, _ in NODE_COLUMNS})
    nodes = [[header for _, header in node_columns]]
    for node, attrs in G.nodes(data=True):
        if positions and ("x" not in attrs or "y" not in attrs) and node in positions:
            x, y = positions[node]
            attrs = {**attrs, "x": float(x), "y": float(y)}
        label = _text_cell(attrs.get("type", "")) or "Node"  # Neo4j needs a label to find the node by
        nodes.append([node_ids.get(node, str(node)), label] + [_field(attrs.get(a)) for a, _ in node_columns[2:]])

    edge_ids = distinct_ids(dict.fromkeys(_edge_id(k, d) for _, _, k, d in G.edges(keys=True, data=True)), _text_cell)
    edge_attrs = [data for _, _, data in G.edges(data=True)]
    edge_columns = EDGE_COLUMNS + _extra_columns(edge_attrs, {a for a, _ in EDGE_COLUMNS})
    edges = [[header for _, header in edge_columns]]
    for u, v, key, data in G.edges(keys=True, data=True):
        edge_id = _edge_id(key, data)
        row = [node_ids.get(u, str(u)), node_ids.get(v, str(v)), _text_cell(data.get("label", "")) or "RELATED_TO",
               edge_ids.get(edge_id, edge_id)]
        edges.append(row + [_field(data.get(a)) for a, _ in edge_columns[4:]])
    return nodes, edges


def kuzu_schema(G: nx.MultiDiGraph, node_table: str = "Node", rel_table: str = "Relation") -> str:
    """The Kùzu ``CREATE NODE TABLE`` and ``CREATE REL TABLE`` statements matching :func:`write_csv`'s files.

    >>> print(kuzu_schema(nx.MultiDiGraph()).splitlines()[0][:60])
    CREATE NODE TABLE Node(id STRING PRIMARY KEY, labels STRING,

    A column name Kùzu cannot read unquoted (an API caller's attribute with a space or a dot) is quoted:

    >>> G = nx.MultiDiGraph(); G.add_node("p", label="閆維洪", type="PERSON", **{"my score": 2})
    >>> "`my score` INT64" in kuzu_schema(G)
    True
    """
    nodes, edges = csv_tables(with_positions(G))

    def column(header: str) -> str:
        name, _, kind = header.partition(":")
        if name in _KUZU_QUOTED or not _KUZU_PLAIN.fullmatch(name):  # an API caller's `my score`, `a_b.2`
            name = "`" + name.replace("`", "``") + "`"
        return f"{name} {_KUZU_TYPE[kind]}"

    node_cols = ", ".join(["id STRING PRIMARY KEY", "labels STRING"] + [column(h) for h in nodes[0][2:]])
    rel_cols = ", ".join([f"FROM {node_table} TO {node_table}", "type STRING"] + [column(h) for h in edges[0][3:]])
    return f"CREATE NODE TABLE {node_table}({node_cols});\nCREATE REL TABLE {rel_table}({rel_cols});"


def _write_rows(path: Path, rows: list[list[str]]) -> None:
    with atomic_write(path) as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerows(rows)


def write_csv(G: nx.MultiDiGraph, directory: str | os.PathLike[str],
              positions: Mapping[Any, tuple[float, float]] | None = None) -> tuple[Path, Path]:
    """Write ``nodes.csv`` and ``edges.csv`` of ``G`` into ``directory``, each atomically.

    Nodes without ``x``/``y`` get them from ``positions`` (by default the
    deterministic layout of :func:`zhkg.export.layout.layout_positions`, the
    GraphML file's). Returns the two paths written.

    >>> import networkx as nx, tempfile
    >>> G = nx.MultiDiGraph(); G.add_node("p", label="閆維洪", type="PERSON")
    >>> nodes_csv, edges_csv = write_csv(G, tempfile.mkdtemp())
    >>> nodes_csv.read_text(encoding="utf-8").splitlines()[1].split(",")[:4]
    ['p', 'PERSON', '閆維洪', 'PERSON']
    """
    out = Path(directory)
    if positions is None and any("x" not in a or "y" not in a for _, a in G.nodes(data=True)):
        positions = layout_positions(G)
    nodes, edges = csv_tables(G, positions)
    nodes_path, edges_path = out / "nodes.csv", out / "edges.csv"
    _write_rows(nodes_path, nodes)
    _write_rows(edges_path, edges)
    return nodes_path, edges_path
