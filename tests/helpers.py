"""Helpers shared by the test files (fixtures live in ``conftest.py``).

``tests/`` is on ``sys.path`` (pytest puts the root conftest's folder there), so
any test file can ``from helpers import ...``. What is here:

* text in both scripts: :func:`both_scripts` parametrises a table of rows
  written in Simplified with each row converted to Traditional as well;
* the graph of a text: :func:`entity_nodes`, :func:`entity_names` and :func:`person_nodes` (its organisation mentions: :func:`org_mentions`); the owners of its counts: :func:`count_owners`;
* its relations as rows: :func:`holds_roles`, :func:`memberships`;
* its counts alone: :func:`counts_in`, in the scripts of :data:`COUNT_SCRIPTS` (:func:`in_script`);
* the page in a browser: :func:`wait_for_layout`, :func:`search`,
  :func:`node_on_screen`, :func:`hover`, :func:`assert_quiet`,
  :func:`drawn_label_boxes`;
* made-up graphs: :func:`corpus_graph` (a corpus-sized graph for a page);
* the recogniser: :func:`assert_tagged_alike` (the NumPy decoder against crfsuite).
* the gold files: :data:`RESERVED_ROWS`, :func:`gold_records`, :func:`thucnews_rows`, :func:`assert_half_apart`.
* hostile input: :func:`within` runs a call under a time limit (a runaway regular expression fails the test).
* training data: :func:`bio_sentence` tags a sentence's named spans, :func:`write_sentences` writes sentences as a
  ``.bio`` file.
* inputs and outputs: :func:`write_lines` writes JSON lines, :func:`graphml_keys` reads a GraphML file's node columns.
* web gold sets: :func:`web_count_set` (counts), :func:`web_entity_set` (entities, for ``bench/web_bio.py``),
  :func:`web_gold_set` (records of either half).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import signal
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

ENTITY_TYPES = ("PLACE", "PERSON", "ORGANIZATION")
_DOC_IDS = itertools.count()


# ---- Text in both scripts


def both_scripts(rows: Iterable[Any], *, id_chars: int = 16, convert_names: bool = False) -> list[Any]:
    """Each row ``(text, *rest)`` (or a bare text) as written and converted to Traditional, as ``pytest.param``s.

    With ``convert_names``, a row is ``(text, present, absent)`` whose lists of
    ``(name, label)`` are converted with the text (the names as the Traditional
    text writes them); otherwise the rest of the row is kept as it is.
    """
    from zhkg.stages.normalise import to_traditional

    out = []
    for row in rows:
        text, *rest = (row,) if isinstance(row, str) else row
        out.append(pytest.param(text, *rest, id=text[:id_chars]))
        if convert_names:
            rest = [[(to_traditional(name), label) for name, label in names] for names in rest]
        converted = to_traditional(text)
        out.append(pytest.param(converted, *rest, id=converted[:id_chars]))
    return out


def traditional_and_simplified(rows: Iterable[Any]) -> list[Any]:
    """Each row ``(Traditional text, *rest)`` as written and read in Simplified (OpenCC t2s), as ``pytest.param``s."""
    from zhkg.stages.normalise import to_simplified

    out = []
    for text, *rest in rows:
        out.append(pytest.param(text, *rest, id=text[:16]))
        simplified = to_simplified(text)
        out.append(pytest.param(simplified, *rest, id="s:" + simplified[:16]))
    return out


# ---- The graph of a text


def entity_nodes(pipeline: Any, text: str, value: Callable[[dict[str, Any]], Any] | None = None) -> Any:
    """The people, organisations and places of ``text``'s graph (a one-document run).

    Without ``value``: a set of ``(type, Simplified name, code)``; with it, a dict
    ``(type, Simplified name) -> value(node attributes)``.
    """
    G = pipeline.run_texts([("t", text)]).graph
    entities = [attrs for _node, attrs in G.nodes(data=True) if attrs["type"] in ENTITY_TYPES]
    if value is None:
        return {(a["type"], a["name_simplified"], a.get("code", "")) for a in entities}
    return {(a["type"], a["name_simplified"]): value(a) for a in entities}


def org_mentions(pipeline: Any, text: str) -> dict[str, str]:
    """Organisation mentions of ``text`` (extraction only, a document of its own each call): Simplified surface ->
    canonical name."""
    from zhkg.stages.documents import parse_documents

    doc = parse_documents(f"org{next(_DOC_IDS)}", text)[0]
    return {m.simplified: m.canonical for m in pipeline.extract_mentions(doc) if m.label.value == "ORGANIZATION"}


def mention_labels(pipeline: Any, text: str) -> dict[str, set[str]]:
    """Simplified name -> the labels of ``text``'s person, place and organisation mentions (extraction only)."""
    from zhkg.stages.documents import parse_documents
    from zhkg.stages.normalise import to_simplified

    out: dict[str, set[str]] = {}
    for m in pipeline.extract_mentions(parse_documents("t", text)[0]):
        if m.label.value in ("PERSON", "PLACE", "ORGANIZATION"):
            out.setdefault(to_simplified(m.simplified), set()).add(m.label.value)
    return out


def document_labels(pipeline: Any, text: str) -> dict[str, Any]:
    """Each mention's Simplified text -> the labels (``Label``) it is read with, the whole document processed."""
    from zhkg.records import Document
    from zhkg.stages.normalise import to_simplified

    out: dict[str, set[Any]] = {}
    for m in pipeline.process_document(Document("d", text)).mentions:
        out.setdefault(to_simplified(m.simplified), set()).add(m.label)
    return out


def finder_spans(finder: Callable[..., Any], nlp: Any, text: str, *args: Any) -> list[str]:
    """The text of each span an extractor's span finder ``finder(text, token table, *args)`` returns."""
    from zhkg.stages.segment import token_table

    return [text[s:e] for s, e in finder(text, token_table(nlp(text)), *args)]


def labelled_mentions(pipeline: Any, text: str) -> set[tuple[str, str]]:
    """``(label, Simplified text)`` of each mention extracted from ``text`` as one plain-text document."""
    from zhkg.records import Document

    return {(m.label.value, m.simplified) for m in pipeline.extract_mentions(Document("d", text, kind="text"))}


def located(pipeline: Any, text: str) -> set[tuple[str, str]]:
    """(organisation, place) canonical names of the LOCATED_IN edges read from ``text`` as one plain-text document."""
    from zhkg.records import Document, RelationKind
    from zhkg.stages.entity_groups import entity_id

    result = pipeline.process_documents([Document("located", text, kind="text")])[0]
    by_id = {entity_id(m): m.canonical or m.simplified for m in result.mentions}
    return {(by_id.get(r.source, r.source), by_id.get(r.target, r.target))
            for r in result.relations if r.kind is RelationKind.LOCATED_IN}


def entity_names(pipeline: Any, text: str) -> set[tuple[str, str]]:
    """``(type, Simplified name)`` of each person, organisation and place of ``text``'s graph."""
    return {(kind, name) for kind, name, _code in entity_nodes(pipeline, text)}


def extracted_entities(pipeline: Any, text: str) -> set[tuple[str, str, str]]:
    """``(label, canonical name, code)`` of every person, organisation and place of ``text``'s extraction."""
    return {(e.label.name, e.name, e.code) for e in pipeline.run_texts([("t", text)]).extraction.entities
            if e.label.name in ENTITY_TYPES}


def codes_by_name(pipeline: Any, text: str) -> dict[tuple[str, str], str]:
    """``(label, Simplified name) -> code`` of every person, organisation and place of ``text``'s extraction, by
    every name it is written (its canonical name, aliases and mentions)."""
    from zhkg.stages.normalise import to_simplified

    out = {}
    for e in pipeline.run_texts([("t", text)]).extraction.entities:
        if e.label.name in ENTITY_TYPES:
            for name in {e.name, *e.aliases, *(m.text for m in e.mentions)}:
                out[(e.label.name, to_simplified(name))] = e.code
    return out


def former_roles(pipeline: Any, text: str, *, holder: bool = False) -> dict[tuple[str, ...], bool]:
    """``(person, title)`` → ``former`` for each HOLDS_ROLE relation of ``text`` (Simplified names);
    ``(person, holder, title)`` with ``holder=True``."""
    from zhkg.stages.normalise import to_simplified

    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) for e in ex.entities}
    return {
        ((names[r.source], names[r.target]) if holder else (names[r.source],)) + (r.role_simplified,): r.former
        for r in ex.relations
        if r.kind.value == "HOLDS_ROLE"
    }


def role_posts(pipeline: Any, text: str) -> list[tuple[str, str, str, bool]]:
    """(person, organisation or place, title, former) of every HOLDS_ROLE relation of ``text``, sorted, names in
    Simplified."""
    from zhkg.stages.normalise import to_simplified

    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) for e in ex.entities}
    return sorted((names[r.source], names[r.target], r.role_simplified, r.former)
                  for r in ex.relations if r.kind.value == "HOLDS_ROLE")


def person_nodes(pipeline: Any, text: str) -> dict[str, set[str]]:
    """Each person node's canonical name (Simplified) and the names its mentions write, of a one-document text."""
    from zhkg import Document
    from zhkg.records import Label
    from zhkg.stages.normalise import to_simplified

    nodes: dict[str, set[str]] = {}
    for m in pipeline.process_document(Document("d", text)).mentions:
        if m.label is Label.PERSON:
            nodes.setdefault(to_simplified(m.canonical), set()).add(to_simplified(m.simplified))
    return nodes


def aliases(attrs: dict[str, Any]) -> set[str]:
    """A node's aliases, as written."""
    return set(str(attrs.get("aliases", "")).split("|")) - {""}


def node_names(pipeline: Any, text: str, kind: str) -> list[set[str]]:
    """The names of each ``kind`` node of ``text``'s graph, Simplified: its name and its aliases."""
    from zhkg.stages.normalise import to_simplified

    def names(attrs: dict[str, Any]) -> set[str]:
        return {to_simplified(a) for a in aliases(attrs)} | {to_simplified(attrs["name_simplified"])}

    return [found for (k, _), found in entity_nodes(pipeline, text, names).items() if k == kind]


# ---- The page in a browser


def wait_for_layout(page: Any) -> None:
    """Wait until the page has laid the graph out and frozen it."""
    # A selector, not wait_for_function: polling a JS string needs eval, which the page's CSP forbids.
    page.wait_for_selector("body[data-stabilized='true']", state="attached", timeout=180_000)


def search(page: Any, query: str) -> None:
    """Type ``query`` in the page's search box and press Enter, as a reader would."""
    page.fill("#zhkg-query", query)
    page.press("#zhkg-query", "Enter")


def node_on_screen(page: Any, node_id: str) -> tuple[float, float]:
    """Where a node is drawn, in the page's coordinates."""
    point = page.evaluate("id => zhkg.network.canvasToDOM(zhkg.network.getPositions([id])[id])", node_id)
    box = page.locator("#zhkg-network").bounding_box()
    return box["x"] + point["x"], box["y"] + point["y"]


def click_node(page: Any, node_id: str) -> None:
    """Centre a node at zoom 1 and click it, as a reader would, until the side panel shows it (a click on a page
    still drawing can land before the node is there: seen once in a fresh venv's full run; three tries)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(3):
        page.evaluate("id => zhkg.network.moveTo({position: zhkg.network.getPositions([id])[id], scale: 1.0})", node_id)
        page.mouse.click(*node_on_screen(page, node_id))
        try:
            # a selector, not wait_for_function: the page's CSP forbids eval
            page.wait_for_selector(f"#zhkg-panel-body[data-node='{node_id}']", state="attached", timeout=5_000)
            return
        except PlaywrightTimeout:
            if attempt == 2:
                raise


def hover(page: Any, node_id: str) -> str:
    """Centre a node at zoom 1, move the mouse onto it and return its tooltip's text."""
    # centre the node first: no other node or the viewport's edge is in the way, whatever the zoom was
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.evaluate("id => zhkg.network.moveTo({position: zhkg.network.getPositions([id])[id], scale: 1.0})", node_id)
    box = page.locator("#zhkg-network").bounding_box()
    # vis-network shows a tooltip only after a pause on the node; on a loaded machine a hover can miss it (seen once
    # in a clean-clone CI run while another build ran), so the reader's gesture is tried again, away and back
    for attempt in range(3):
        page.mouse.move(box["x"] + 5, box["y"] + 5)
        x, y = node_on_screen(page, node_id)
        page.mouse.move(x, y, steps=5)
        try:
            page.wait_for_selector("div.vis-tooltip", state="visible", timeout=10_000)
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
    return page.text_content("div.vis-tooltip")


def assert_quiet(log: Any) -> None:
    """The page made no request, raised no error and opened no dialog."""
    assert log.requests == [], "the page tried to reach the network"
    assert log.failed == []
    assert log.errors == []
    assert log.dialogs == []


def page_in_script(G: nx.MultiDiGraph, convert: Callable[[str], str], path: Path) -> Path:
    """Write the page of a copy of ``G`` whose every label ``convert`` changed (OpenCC t2s or s2t) to ``path``."""
    from zhkg.export.html import write_html

    H = G.copy()
    for _node, attrs in H.nodes(data=True):
        attrs["label"] = convert(str(attrs.get("label", "")))
    write_html(H, path)
    return path


def page_payload(page: str) -> dict[str, Any]:
    """The JSON payload a rendered page (:func:`zhkg.export.html.render_html`) embeds."""
    start = '<script type="application/json" id="zhkg-data">'
    assert start in page, "embedded data block missing"
    return json.loads(page.split(start, 1)[1].split("</script>", 1)[0])


def drawn_label_boxes(page: Any) -> dict[str, list[float]]:
    """``node id -> [left, top, right, bottom]`` of every node label vis-network draws at the present zoom.

    Read from vis-network's own measure of each label (its ``labelModule``), after a fresh drawing, moved by
    the font's ``vadjust`` (a label hung above its dot), which vis-network adds when it draws, not to its measure.
    """
    page.evaluate("zhkg.network.redraw()")
    page.wait_for_timeout(100)
    return page.evaluate("""() => {
        const net = zhkg.network, boxes = {};
        net.body.nodeIndices.forEach(id => {
            const label = net.body.nodes[id].labelModule;
            if (label.visible()) {
                const s = label.size, lift = label.fontOptions.vadjust || 0;
                boxes[id] = [s.left, s.top + lift, s.left + s.width, s.top + s.height + lift];
            }
        });
        return boxes;
    }""")


def overlapping(boxes: dict[str, list[float]]) -> list[tuple[str, str]]:
    """The pairs of ``boxes`` that overlap (by more than half a unit each way)."""
    items = sorted(boxes.items())
    pairs = []
    for i, (a, (al, at, ar, ab)) in enumerate(items):
        for b, (bl, bt, br, bb) in items[i + 1:]:
            if min(ar, br) - max(al, bl) > 0.5 and min(ab, bb) - max(at, bt) > 0.5:
                pairs.append((a, b))
    return pairs


# ---- Made-up graphs

#: Node colours as zhkg.registry gives them, for graphs built by hand.
COLOURS = {
    "PERSON": (31, 119, 180),
    "ORGANIZATION": (255, 127, 14),
    "PLACE": (44, 160, 44),
    "COUNT": (148, 103, 189),
    "DOCUMENT": (127, 127, 127),
}


def add_node(G: nx.MultiDiGraph, node_id: str, label: str, kind: str, simplified: str, aliases: str, *,
             mentions: int = 1, size: float = 12.0, **extra: Any) -> None:
    """A node in :mod:`zhkg.stages.graph`'s schema (label, type, names, colour, size)."""
    r, g, b = COLOURS[kind]
    G.add_node(node_id, label=label, type=kind, name_simplified=simplified, aliases=aliases, mentions=mentions,
               r=r, g=g, b=b, size=size, **extra)


def add_edge(G: nx.MultiDiGraph, source: str, target: str, edge_id: str, kind: str, evidence: str,
             role: str = "", start: int = 0) -> None:
    """A relation of document ``d1`` whose evidence sentence starts at ``start``."""
    G.add_edge(source, target, key=edge_id, id=edge_id, label=kind, role=role, evidence=evidence,
               doc_id="d1", evidence_start=start, evidence_end=start + len(evidence), weight=1.0)



def corpus_graph(seed: int = 11) -> nx.MultiDiGraph:
    """A corpus-sized graph (a fixed seed): 150 documents that mention people, people co-mentioned with the
    next person of their document, 40 well-mentioned people with no link to another entity, and 20 entities
    with no edge at all."""
    from zhkg.registry import label_colour

    rng = random.Random(seed)
    G = nx.MultiDiGraph(title="corpus")

    def node(node_id: str, kind: str, label: str, mentions: int, **extra: Any) -> None:
        r, g, b = label_colour(kind)
        G.add_node(node_id, label=label, type=kind, name_simplified=label, aliases=label, mentions=mentions,
                   r=r, g=g, b=b, size=round(10.0 + 6.0 * mentions ** 0.5, 2), **extra)

    def edge(source: str, target: str, kind: str, doc: int, weight: float = 1.0) -> None:
        key = f"e{G.number_of_edges():05d}"
        G.add_edge(source, target, key=key, id=key, label=kind, role="", evidence=f"句子{doc}。", doc_id=f"d{doc}",
                   evidence_start=0, evidence_end=3, weight=weight, date="")

    people = [f"person:p{i:03d}" for i in range(600)]
    for i, person in enumerate(people):
        node(person, "PERSON", f"人物{i}", mentions=1 + rng.randrange(40))
    for i in range(40):  # much mentioned, never with another entity
        node(f"person:solo{i:02d}", "PERSON", f"独{i}", mentions=200 + i)
    for i in range(20):  # no edge at all
        node(f"org:none{i:02d}", "ORGANIZATION", f"孤{i}", mentions=150 + i)
    for doc in range(150):
        node(f"doc:d{doc}", "DOCUMENT", f"文章{doc}", mentions=0, doc_id=f"d{doc}", title=f"文章{doc}")
        named = rng.sample(people, 6)
        for person in named:
            edge(person, f"doc:d{doc}", "MENTIONED_IN", doc)
        for a, b in zip(named, named[1:]):
            edge(min(a, b), max(a, b), "CO_MENTIONED", doc, weight=float(1 + rng.randrange(4)))
        edge(f"person:solo{doc % 40:02d}", f"doc:d{doc}", "MENTIONED_IN", doc)
    return G


# ---- Records and the command line


def mention(doc: str, start: int, text: str, label: Any, **fields: Any) -> Any:
    """A :class:`~zhkg.records.Mention` of ``text`` at ``start`` in document ``doc`` (extractor ``test``)."""
    from zhkg.records import Mention

    return Mention(doc, start, start + len(text), text, text, label, "test", **fields)


def assert_one_line_error(result: Any, message: str) -> None:
    """A ``CliRunner`` result that failed with exit status 1 and the one line ``Error: message``."""
    assert result.exit_code == 1, result.output
    assert result.stderr == f"Error: {message}\n"
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)  # click's own exit, not an escaped exception


def assert_usage_error(result: Any, message: str, command: str = "extract") -> None:
    """A ``CliRunner`` result refused as a command-line mistake: exit status 2, ``Error: message (zhkg CMD --help)``."""
    assert result.exit_code == 2, result.output
    assert result.stderr == f"Error: {message} (zhkg {command} --help)\n", result.stderr
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)


def count_owners(pipeline, text: str) -> dict[str, set[str]]:
    """Counted head (Simplified) -> the canonical names of its owners, for one document run by ``pipeline``."""
    from zhkg.records import Document, Label, RelationKind
    from zhkg.stages.entity_groups import entity_id

    result = pipeline.process_documents([Document("d", text, kind="text")])[0]
    names = {entity_id(m): m.canonical for m in result.mentions}
    counts = {entity_id(m): m.quantity.counted_simplified for m in result.mentions if m.label is Label.COUNT}
    out: dict[str, set[str]] = {c: set() for c in counts.values()}
    for r in result.relations:
        if r.kind is RelationKind.HAS_COUNT:
            out[counts[r.target]].add(names[r.source])
    return out


def assert_count_owner(pipeline, text: str, counted: str, owner: str | None) -> None:
    """The count of ``counted`` is read from ``text`` and owned by ``owner`` (None: by no one); names compared in
    Simplified, so a Traditional text checks against the same expectation."""
    from zhkg.stages.normalise import to_simplified

    got = {to_simplified(k): {to_simplified(n) for n in v} for k, v in count_owners(pipeline, text).items()}
    assert counted in got, got  # the count is read
    if owner is None:
        assert got[counted] == set()
    else:
        assert owner in got[counted]


# ---- Counts in three scripts

#: The scripts a count form is checked in: as written, and as a Hong Kong and a Taiwan text reads it.
COUNT_SCRIPTS = ("simplified", "s2hk", "s2tw")


def in_script(text: str, script: str) -> str:
    """``text`` as written (``"simplified"``) or converted by the OpenCC conversion ``script``."""
    from zhkg.stages.normalise import convert

    return text if script == "simplified" else convert(text, script)


def counts_in(nlp: Any, text: str, *, spans: bool = False) -> list[tuple[Any, ...]]:
    """(value, counted head in Simplified) of every count of ``text``, in text order; with ``spans``, the count's
    text first."""
    from zhkg.extract.counts import extract_counts
    from zhkg.stages.normalise import normalise
    from zhkg.stages.segment import set_doc_context

    n = normalise(text)
    doc = set_doc_context(nlp(n.simplified), "t", n.original)
    return [((m.text,) if spans else ()) + (m.quantity.value, m.quantity.counted_simplified)
            for m in extract_counts(doc)]


def kuzu_loaded(G: nx.MultiDiGraph, nodes_csv: Path, edges_csv: Path, folder: Path) -> Any:
    """A Kùzu connection to a new database in ``folder`` holding :func:`zhkg.export.csv.kuzu_schema`'s tables of
    ``G`` and the two CSV files copied in as they are (skipped where ``kuzu`` is not installed)."""
    from zhkg.export.csv import kuzu_schema

    kuzu = pytest.importorskip("kuzu")
    connection = kuzu.Connection(kuzu.Database(str(folder / "db")))
    for statement in kuzu_schema(G).split("\n"):
        connection.execute(statement)
    connection.execute(f"COPY Node FROM '{nodes_csv}' (header=true)")
    connection.execute(f"COPY Relation FROM '{edges_csv}' (header=true)")
    return connection


def counts_in_script(nlp: Any, text: str, script: str) -> list[tuple[Any, ...]]:
    """:func:`counts_in` of ``text`` written in ``script`` (one of :data:`COUNT_SCRIPTS`)."""
    return counts_in(nlp, in_script(text, script))


def approximate_flags(nlp: Any, text: str) -> list[bool]:
    """Whether each count of ``text``, in text order, is marked approximate (逾, 近, 约, 突破 …)."""
    from zhkg.extract.counts import extract_counts
    from zhkg.stages.normalise import normalise
    from zhkg.stages.segment import set_doc_context

    n = normalise(text)
    return [m.quantity.approximate for m in extract_counts(set_doc_context(nlp(n.simplified), "t", n.original))]


def assert_count_form(nlp: Any, text: str, present: Any, absent: Any) -> None:
    """``text`` reads the count ``(value, thing)`` ``present`` and not ``absent`` (either may be ``None``)."""
    got = list(counts_in(nlp, text))
    if present is not None:
        assert present in got, got
    if absent is not None:
        assert absent not in got, got


def assert_count_form_in_script(nlp: Any, text: str, script: str, present: Any, absent: Any) -> None:
    """``text`` written in ``script`` reads the count ``(value, thing)`` ``present`` and not ``absent`` (either may be
    ``None``), values compared as whole numbers."""
    got = {(int(value), thing) for value, thing in counts_in_script(nlp, text, script)}
    if present is not None:
        assert present in got, got
    if absent is not None:
        assert absent not in got, got


# ---- Relations of a text as rows


def holds_roles(pipeline: Any, text: str) -> list[tuple[str, str, str, bool]]:
    """(person, title in Simplified, organisation, former) of every HOLDS_ROLE relation of ``text``, names as
    the entities are named, sorted."""
    return relation_rows(pipeline, text, simplified=False)


def relation_rows(pipeline: Any, text: str, kind: str = "HOLDS_ROLE", *,
                  simplified: bool = True) -> list[tuple[str, str, str, bool]]:
    """(source, role in Simplified, target, former) of every ``kind`` relation of ``text``, sorted; names in
    Simplified unless ``simplified`` is false (then as the entities are named)."""
    from zhkg.stages.normalise import to_simplified

    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) if simplified else e.name for e in ex.entities}
    return sorted((names[r.source], r.role_simplified, names[r.target], r.former)
                  for r in ex.relations if r.kind.value == kind)


def role_edges(pipeline: Any, text: str) -> list[tuple[str, str, str]]:
    """(person, organisation, title) of every HOLDS_ROLE relation of ``text``, names in Simplified, sorted."""
    from zhkg.stages.normalise import to_simplified

    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) for e in ex.entities}
    return sorted((names[r.source], names[r.target], r.role_simplified)
                  for r in ex.relations if r.kind.value == "HOLDS_ROLE")


def memberships(pipeline: Any, text: str, *, former: bool = False) -> list[tuple[Any, ...]]:
    """(person, organisation, member word) of every MEMBER_OF relation of ``text``, names in Simplified, sorted;
    with ``former``, (person, organisation, member word, former)."""
    from zhkg.stages.normalise import to_simplified

    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) for e in ex.entities}
    return sorted((names[r.source], names[r.target], r.role_simplified, *((r.former,) if former else ()))
                  for r in ex.relations if r.kind.value == "MEMBER_OF")


# ---- The recogniser


def assert_tagged_alike(model: Any, sentences: list[str]) -> None:
    """``model``'s NumPy decoder tags ``sentences`` as crfsuite does, and maps each feature to the attribute
    crfsuite knows it by (or to the decoder's missing id)."""
    import numpy as np

    assert model.decoder.tag(sentences) == [model.crfsuite_tags(s) for s in sentences]
    index = {a: i for i, a in enumerate(model.decoder.attributes)}
    for sentence in sentences:
        ids = model.decoder.attribute_ids([sentence], [None])
        expected = np.array([[index.get(f, model.decoder.missing) for f in row]
                             for row in model.extractor.features(sentence)]).T
        assert (ids == expected).all(), sentence


# ---- The gold files


GOLD = Path(__file__).resolve().parent / "gold"
#: THUCNews rows (0-based) kept for held-out checks elsewhere: no gold file may use them (``bench/common.py``'s RESERVED).
RESERVED_ROWS = frozenset({148, 205, 224, 433, 503, 533, 565, 594, 899, 926,
                           166, 192, 273, 274, 287, 374, 579, 613, 884, 989})


def gold_records(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON-lines gold file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def thucnews_rows(path: Path, keep: Callable[[dict[str, Any]], bool] = lambda r: True) -> list[int]:
    """The THUCNews rows of a gold file's records that ``keep`` accepts, in file order (repeats kept)."""
    return [r["row"] for r in gold_records(path) if r.get("source", "thucnews") == "thucnews" and "row" in r and keep(r)]


def assert_half_apart(path: Path, half: str, size: int) -> None:
    """``half`` of the gold file holds ``size`` distinct rows, none reserved, in no other half and no other gold file."""
    rows = thucnews_rows(path, lambda r: r["half"] == half)
    assert len(rows) == len(set(rows)) == size
    assert not set(rows) & RESERVED_ROWS
    assert not set(rows) & set(thucnews_rows(path, lambda r: r["half"] != half))
    for other in sorted(GOLD.glob("*.jsonl")):
        if other != path:
            assert not set(rows) & set(thucnews_rows(other)), other.name


def within(seconds: int, fn: Callable[[], Any]) -> Any:
    """``fn()``, failing the test if it runs longer than ``seconds`` instead of hanging the run (Python 3.11's
    regular expression engine checks for signals, so a runaway match is stopped)."""
    def _timeout(signum: int, frame: Any) -> None:
        raise TimeoutError(f"took longer than {seconds}s")

    old = signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(seconds)
    try:
        return fn()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def bio_sentence(text: str, names: list[tuple[str, str]]) -> Any:
    """A :class:`zhkg.ner.bio.Sentence` of ``text`` tagged with each (name, label), at the name's first occurrence."""
    from zhkg.ner.bio import Sentence, spans_to_tags

    spans = []
    for name, label in names:
        start = text.index(name)
        spans.append((start, start + len(name), label))
    return Sentence(text, tuple(spans_to_tags(sorted(spans), len(text))))


def write_sentences(path: Path, sentences: Iterable[Any]) -> Path:
    """``sentences`` (:class:`zhkg.ner.bio.Sentence`) written to ``path`` as a ``.bio`` file: a letter and its tag a
    line, a blank line after each sentence."""
    lines = []
    for s in sentences:
        lines.extend(f"{c}\t{t}" for c, t in zip(s.text, s.tags))
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_lines(path: Path, records: list[dict[str, Any]]) -> Path:
    """``records`` written to ``path`` as JSON lines (the characters as written, not escaped)."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def graphml_keys(path: Path) -> dict[str, str]:
    """A GraphML file's node columns: name -> type (``attr.name`` -> ``attr.type``)."""
    import xml.etree.ElementTree as ET

    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    return {k.get("attr.name"): k.get("attr.type") for k in ET.parse(path).getroot().findall("g:key", ns)
            if k.get("for") == "node"}


def top_level_definitions(path: Path) -> dict[str, Any]:
    """Each name a module's source defines at its top level (functions, classes, assignments, tuple ones too;
    ``__all__`` left out), to the ``ast`` node defining it: what a split's tests compare with ``__all__``."""
    import ast

    names: dict[str, Any] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] = node
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                for name in target.elts if isinstance(target, ast.Tuple) else [target]:
                    if isinstance(name, ast.Name) and name.id != "__all__":
                        names[name.id] = node
    return names


def docstring_and_imports(path: Path) -> tuple[str | None, set[str]]:
    """A module source's docstring and the modules its ``from … import`` statements name (anywhere in it): what a
    split's tests read to hold each part to its scope and its place in the import order."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    return ast.get_docstring(tree), {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}


def imported_and_read(path: Path) -> set[str]:
    """The names a module's top-level ``from zhkg… import`` statements bind that its own code reads (a name, or the
    head of an attribute, anywhere outside the imports; doctests not counted): what is left of an import when the
    re-exports are gone (tidy119)."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {a.asname or a.name for n in tree.body if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("zhkg")
                for a in n.names}
    read = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    return imported & read


def assert_no_reexports(source: str) -> None:
    """The module of a split at ``source`` (``"extract/counts"``) imports from zhkg only what its code reads or its
    ``__all__`` exports, and keeps no ``noqa: F401`` re-export block (tidy119, tidy185)."""
    import ast

    path = Path(__file__).resolve().parents[1] / "pipeline" / "zhkg" / f"{source}.py"
    text = path.read_text(encoding="utf-8")
    imported = {a.asname or a.name for n in ast.parse(text).body
                if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("zhkg") for a in n.names}
    read = imported_and_read(path)
    assert imported <= read | set(split_module(source).__all__), sorted(imported - read)
    assert "noqa: F401" not in text  # no re-export block left


def imports_through(module: str, allowed: Iterable[str]) -> list[tuple[str, int, str]]:
    """(file, line, name) of each ``from module import name`` in the checkout's ``pipeline/``, ``tests/`` and
    ``bench/`` whose name is not ``allowed`` (what ``module`` defines, or exports): a caller importing a name through
    a module that does not define it, which splits since tidy119 leave none of."""
    import ast

    root = Path(__file__).resolve().parents[1]
    allowed = set(allowed)
    return [(str(path.relative_to(root)), node.lineno, alias.name)
            for path in sorted(p for folder in ("pipeline", "tests", "bench") for p in (root / folder).rglob("*.py"))
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.ImportFrom) and node.module == module
            for alias in node.names if alias.name not in allowed]


def import_error_alone(module: str) -> str:
    """What importing ``module`` (``zhkg.stages.read``) first, alone in a fresh interpreter of this checkout's
    ``pipeline``, writes to stderr when it fails (an import cycle, a name left behind), else ``""``: what a split's
    tests ask of each of its modules."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True,
                          env={"PYTHONPATH": str(Path(__file__).resolve().parents[1] / "pipeline")})
    return done.stderr[-400:] if done.returncode else ""


def split_module(path: str) -> Any:
    """The module of a split named by its path under ``pipeline/zhkg`` (``"stages/read"``)."""
    import importlib

    return importlib.import_module("zhkg." + path.replace("/", "."))


def assert_whole_groups(moved: dict[tuple[str, str], str]) -> None:
    """Each new part of a split (``moved``: (part, the module it left) -> the names moved) exports exactly its group."""
    for (part, _source), names in moved.items():
        assert sorted(split_module(part).__all__) == sorted(names.split()), part


def assert_moved_alone(part: str, source: str, name: str, split: Iterable[str]) -> None:
    """``name`` is defined at the top of ``part`` and of no other module of ``split``, and ``source``, the module it
    left, holds the very object when it still has the name: what a split by pure moves promises of each moved name.
    Since tidy119 ``source`` keeps a moved name only when its ``__all__`` exports it or its own code reads it (callers
    import each name from the module that defines it)."""
    zhkg = Path(__file__).resolve().parents[1] / "pipeline" / "zhkg"
    assert name in top_level_definitions(zhkg / f"{part}.py")
    for other in split:
        if other != part:
            assert name not in top_level_definitions(zhkg / f"{other}.py"), other
    old = split_module(source)
    if name in old.__all__:
        assert getattr(old, name) is getattr(split_module(part), name)  # the very object
    elif hasattr(old, name):
        assert getattr(old, name) is getattr(split_module(part), name)  # read by the old module itself
        assert name in imported_and_read(zhkg / f"{source}.py"), name


def assert_old_exports(source: str, old_all: str, moved: dict[tuple[str, str], str]) -> None:
    """The module a split left exports the names of its old ``__all__`` (``old_all``, as on main) that it defines, and
    since tidy273 no other: a name of it that moved is the new part's, and the old module holds it (the very object)
    only where its own code reads it."""
    path = Path(__file__).resolve().parents[1] / "pipeline" / "zhkg" / f"{source}.py"
    module, own = split_module(source), top_level_definitions(path)
    assert sorted(module.__all__) == sorted(name for name in old_all.split() if name in own)
    for name in old_all.split():
        home = next((part for (part, s), names in moved.items() if s == source and name in names.split()), None)
        if home is not None and hasattr(module, name):
            assert getattr(module, name) is getattr(split_module(home), name), name
            assert name in imported_and_read(path), name


def write_dated_jsonl(path: Path, rows: Iterable[tuple[str, str, str]]) -> Path:
    """Write ``rows`` of (id, date, text) to ``path`` as the JSON lines `zhkg extract` reads; return ``path``."""
    path.write_text("".join(json.dumps({"id": i, "date": d, "text": t}, ensure_ascii=False) + "\n"
                            for i, d, t in rows), encoding="utf-8")
    return path


def extract_dated(folder: Path, rows: Iterable[tuple[str, str, str]], *options: str) -> Path:
    """Run `zhkg extract` on ``rows`` of (id, date, text) written as ``folder/news.jsonl`` into ``folder/out``, with
    ``options`` (``--json out/news.json``); assert it exits 0 and return the GraphML file."""
    from click.testing import CliRunner

    from zhkg.cli import main

    source = write_dated_jsonl(folder / "news.jsonl", rows)
    result = CliRunner().invoke(main, ["extract", str(source), "-o", str(folder / "out"), *options])
    assert result.exit_code == 0, result.output
    return folder / "out" / "news.graphml"


def query_json(graph: Path, *args: str) -> Any:
    """The rows of `zhkg query GRAPH ARGS... --json`, asserting it exits 0."""
    from click.testing import CliRunner

    from zhkg.cli import main

    result = CliRunner().invoke(main, ["query", str(graph), *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def web_count_set(tmp_path: Path, text: str, counts: list[dict], half: str) -> tuple[Path, Path]:
    """A one-article web counts set for ``bench/counts_web.py`` (a mainland Simplified article ``cn-01`` of
    ``half``): the gold file and the folder of its text."""
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "cn-01.txt").write_text(text, encoding="utf-8")
    record = {"id": "cn-01", "region": "mainland", "script": "simplified", "half": half,
              "sha256": hashlib.sha256(text.encode()).hexdigest(), "counts": counts}
    gold = tmp_path / "counts.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold, texts


def web_entity_set(tmp_path: Path, articles: dict[str, str], entities: list[dict]) -> tuple[Path, Path]:
    """A web entity gold set for ``bench/web_bio.py``: every article of ``articles`` (id: text) a ``tune`` record
    listing ``entities``, its text's sha256 checked; the gold file and the folder of the texts."""
    return web_gold_set(tmp_path, {name: ("tune", text, entities) for name, text in articles.items()})


def web_gold_set(tmp_path: Path, records: dict[str, tuple[str, str, list[dict]]]) -> tuple[Path, Path]:
    """A web gold set of ``records`` (id: (half, text, its entities)), each text written to ``texts/<id>.txt`` and
    its sha256 recorded; the gold file and the folder of the texts."""
    texts = tmp_path / "texts"
    texts.mkdir()
    lines = []
    for name, (half, text, entities) in records.items():
        (texts / f"{name}.txt").write_text(text, encoding="utf-8")
        lines.append(json.dumps({"id": name, "half": half, "sha256": hashlib.sha256(text.encode()).hexdigest(),
                                 "entities": entities}, ensure_ascii=False))
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold, texts
