"""nodes.csv / edges.csv in the header format of neo4j-admin import, and loaded by Kùzu."""

import csv

import pytest
from helpers import kuzu_loaded

import zhkg.export.csv
from zhkg.export.csv import csv_tables, kuzu_schema, write_csv
from zhkg.records import Document, Entity, Evidence, Label, Mention, Quantity, Relation, RelationKind
from zhkg.stages.graph import build_graph

NODE_HEADER = [
    "id:ID", ":LABEL", "label", "type", "name_simplified", "aliases", "mentions:int", "documents:int",
    "r:int", "g:int", "b:int", "size:double", "x:double", "y:double", "code", "parent_code",
    "value:double", "counted", "counted_simplified", "classifier", "approximate:boolean", "gloss", "counted_full",
    "doc_id", "title", "date", "date_text", "source", "kind", "parent_doc", "merged_because",
]
EDGE_HEADER = [":START_ID", ":END_ID", ":TYPE", "id", "role", "role_simplified", "evidence", "doc_id",
               "evidence_start:int", "evidence_end:int", "weight:double", "date", "doc_ids", "doc_weights", "date_last",
               "relation_zh"]


@pytest.fixture(scope="module")
def seed_files(committed_graph, tmp_path_factory):
    return write_csv(committed_graph, tmp_path_factory.mktemp("csv"))


def _read(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def _dicts(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_headers_are_what_neo4j_admin_import_reads(committed_graph, seed_files):
    nodes_path, edges_path = seed_files
    assert (nodes_path.name, edges_path.name) == ("nodes.csv", "edges.csv")
    header = _read(nodes_path)[0]
    assert header[:len(NODE_HEADER)] == NODE_HEADER
    # attributes outside the fixed columns follow them, sorted
    fixed = {h.split(":")[0] for h in NODE_HEADER[2:]}
    extras = sorted({k for _, a in committed_graph.nodes(data=True) for k in a} - fixed)
    assert [h.split(":")[0] for h in header[len(NODE_HEADER):]] == extras
    assert _read(edges_path)[0] == EDGE_HEADER


def test_files_are_utf8_without_bom_and_one_line_per_record(committed_graph, seed_files):
    nodes_path, edges_path = seed_files
    raw = nodes_path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw
    assert len(raw.decode("utf-8").splitlines()) == committed_graph.number_of_nodes() + 1
    assert len(edges_path.read_text(encoding="utf-8").splitlines()) == committed_graph.number_of_edges() + 1


def test_every_node_round_trips_with_typed_values(committed_graph, seed_files):
    rows = {row["id:ID"]: row for row in _dicts(seed_files[0])}
    assert set(rows) == set(committed_graph.nodes)
    for node, attrs in committed_graph.nodes(data=True):
        row = rows[node]
        assert row[":LABEL"] == attrs["type"]
        assert row["label"] == attrs["label"] and row["aliases"] == attrs["aliases"]
        assert int(row["mentions:int"]) == attrs["mentions"]
        assert float(row["size:double"]) == attrs["size"]
        if "value" in attrs:
            assert float(row["value:double"]) == attrs["value"]
            assert row["approximate:boolean"] == ("true" if attrs["approximate"] else "false")
        else:
            assert row["value:double"] == "" and row["approximate:boolean"] == ""


def test_every_edge_round_trips(committed_graph, seed_files):
    rows = _dicts(seed_files[1])
    assert len(rows) == committed_graph.number_of_edges()
    by_id = {row["id"]: row for row in rows}
    assert set(by_id) == {k for _, _, k in committed_graph.edges(keys=True)}
    for u, v, key, d in committed_graph.edges(keys=True, data=True):
        row = by_id[key]
        assert (row[":START_ID"], row[":END_ID"], row[":TYPE"]) == (u, v, d["label"])
        assert (row["role"], row["evidence"], row["doc_id"]) == (d["role"], d["evidence"], d["doc_id"])
        assert (int(row["evidence_start:int"]), int(row["evidence_end:int"]), float(row["weight:double"])) == (d["evidence_start"], d["evidence_end"], d["weight"])


def test_chinese_text_is_intact(seed_files):
    nodes = {row["id:ID"]: row for row in _dicts(seed_files[0])}
    assert nodes["person:闫维洪"]["label"] == "閆維洪" and nodes["person:闫维洪"]["aliases"] == "閆維洪|闫维洪"
    assert nodes["count:000_e88b616f19a6a93b:480"]["counted"] == "鎮鄉(街道)"
    edges = [row for row in _dicts(seed_files[1]) if row[":TYPE"] == "MEMBER_OF"]
    assert {row["role"] for row in edges} == {"委員"}
    assert all("張吉輝、李偉濤、田曉光、劉全順、鄭嘉波等委員" in row["evidence"] for row in edges)


def test_in_memory_graph_uses_edge_id_attribute_and_flattens_line_breaks(tmp_path):
    doc = Document("d", "第一行\n第二行", title="標題\n第二行")
    person = Entity("person:闫维洪", Label.PERSON, "闫维洪", "閆維洪", ("閆維洪",),
                    (Mention("d", 0, 3, "閆維洪", "闫维洪", Label.PERSON, "t"),), doc_ids=("d",))
    q = Quantity(10, "天", "天", "", True)
    count = Entity("count:d:4", Label.COUNT, "十多天", "十多天", (), (Mention("d", 4, 7, "十多天", "十多天", Label.COUNT, "t"),),
                   quantity=q, doc_ids=("d",))
    rels = [Relation("person:闫维洪", "doc:d", RelationKind.MENTIONED_IN, Evidence("d", "第一行,\"引\"\n第二行", 0, 7)),
            Relation("person:闫维洪", "count:d:4", RelationKind.HAS_COUNT, Evidence("d", "x", 0, 1))]
    G = build_graph([doc], [person, count], rels)
    G.nodes["person:闫维洪"]["score"] = 0.5  # an attribute outside the fixed columns
    nodes_path, edges_path = write_csv(G, tmp_path)
    nodes = _dicts(nodes_path)
    assert _read(nodes_path)[0][-1] == "score:double"
    assert {n["id:ID"]: n["title"] for n in nodes}["doc:d"] == "標題 第二行"
    assert {n["id:ID"]: n["approximate:boolean"] for n in nodes}["count:d:4"] == "true"
    edges = _dicts(edges_path)
    assert sorted(e["id"] for e in edges) == sorted(d["id"] for _, _, d in G.edges(data=True))
    assert {e[":TYPE"]: e["evidence"] for e in edges}["MENTIONED_IN"] == '第一行,"引" 第二行'


def test_kuzu_schema_matches_the_columns(committed_graph):
    nodes, edges = csv_tables(committed_graph)
    schema = kuzu_schema(committed_graph)
    node_ddl, rel_ddl = schema.split("\n")
    assert node_ddl.startswith("CREATE NODE TABLE Node(id STRING PRIMARY KEY, labels STRING, label STRING,")
    assert node_ddl.count(",") + 1 == len(nodes[0])
    assert "approximate BOOLEAN" in node_ddl and "mentions INT64" in node_ddl and "value DOUBLE" in node_ddl
    assert rel_ddl.startswith("CREATE REL TABLE Relation(FROM Node TO Node, type STRING, id STRING,")
    assert "evidence_start INT64, evidence_end INT64, weight DOUBLE" in rel_ddl
    assert rel_ddl.count(",") + 2 == len(edges[0])  # FROM/TO share one clause for two columns


def test_kuzu_copies_the_files_as_they_are(committed_graph, seed_files, tmp_path):
    connection = kuzu_loaded(committed_graph, *seed_files, tmp_path)
    assert connection.execute("MATCH (n:Node) RETURN count(*)").get_next() == [committed_graph.number_of_nodes()]
    assert connection.execute("MATCH ()-[r:Relation]->() RETURN count(*)").get_next() == [committed_graph.number_of_edges()]
    result = connection.execute(
        "MATCH (p:Node)-[r:Relation]->(o:Node {name_simplified: '平谷区政协'}) WHERE r.type = 'HOLDS_ROLE' "
        "RETURN p.label, r.role, r.evidence_start ORDER BY r.role")
    rows = []
    while result.has_next():
        rows.append(result.get_next())
    assert rows == [["閆維洪", "主席", 753], ["閆維洪", "黨組書記", 753]]


def _documented_kuzu_statements() -> list[str]:
    """The Kùzu statements of :mod:`zhkg.export.csv`'s docstring, as a user would copy them."""
    doc = zhkg.export.csv.__doc__
    block = doc[doc.index("    CREATE NODE TABLE"):doc.index(":func:`kuzu_schema`")]
    return [" ".join(statement.split()) for statement in block.split(";") if statement.strip()]


def test_documented_kuzu_schema_is_what_kuzu_schema_gives(committed_graph):
    create = [s for s in _documented_kuzu_statements() if s.startswith("CREATE")]
    assert create == [s.rstrip(";") for s in kuzu_schema(committed_graph).split("\n")]


def test_documented_kuzu_statements_load_the_seed_files(committed_graph, seed_files, tmp_path, monkeypatch):
    kuzu = pytest.importorskip("kuzu")
    monkeypatch.chdir(seed_files[0].parent)  # the docstring's COPY reads 'nodes.csv' and 'edges.csv'
    connection = kuzu.Connection(kuzu.Database(str(tmp_path / "db")))
    for statement in _documented_kuzu_statements():
        connection.execute(statement)
    result = connection.execute(
        "MATCH (p:Node {id: 'person:闫维洪'})-[r:Relation]->(o:Node {id: 'org:平谷区政协'}) "
        "WHERE r.type = 'HOLDS_ROLE' RETURN p.label, o.label, r.role, r.doc_id ORDER BY r.role")
    rows = []
    while result.has_next():
        rows.append(result.get_next())
    assert rows == [["閆維洪", "平谷區政協", "主席", "000_e88b616f19a6a93b"],
                    ["閆維洪", "平谷區政協", "黨組書記", "000_e88b616f19a6a93b"]]
    merged = connection.execute("MATCH (n:Node) WHERE n.merged_because <> '' RETURN count(*)").get_next()[0]
    assert merged == sum(1 for _, attrs in committed_graph.nodes(data=True) if attrs.get("merged_because")) > 0
