"""The JSON the page embeds (:mod:`zhkg.export.html`): vis-network's nodes and edges, tooltips and side panels
with their evidence, the search box's keys (as ``zhkg query … find`` has them) and the characters it folds.
Moved from :mod:`zhkg.export.html` by tidy156 (pure moves); :mod:`zhkg.export.html` still exports every public
name.

Caveats
-------
* Document text reaches the page only as this JSON, which the page script puts into the DOM with ``textContent``.
* Sorted and bounded: nodes by id, edges by ``(source, target, key)``; at most ``max_evidence`` sentences a tooltip
  and ``max_panel_evidence`` a panel.
"""

from __future__ import annotations

import functools
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any, NamedTuple

import networkx as nx

from zhkg.query.names import (
    pinyin_display,
    pinyin_key,
    pinyin_keys,
    place_short_forms,
    sound_keys,
    stock_code_keys,
    variant_characters,
    variant_key,
)
from zhkg.records import Label, RelationKind
from zhkg.resources.gazetteer import DIVISION_SUFFIXES
from zhkg.stages.graph import METADATA_PREFIX, document_node_id
from zhkg.text import EVIDENCE_LIMIT

__all__ = ["_FALLBACK_RGB", "_LABEL_CHARS", "_HAN", "_TYPE_ORDER", "_RELATION_ORDER", "_UNTYPED_KINDS", "_EDGE_GREY", "_EDGE_COLOURS", "_EDGE_PALETTE", "_EXTRA_FIELDS", "edge_colour", "_build_payload", "simplified_characters", "_simplified_table", "_vis_node", "_vis_edge", "_FONTS", "_options", "_evidence_by_node", "_panel_evidence", "_document_nodes", "_parent_places", "_node_label", "_node_rows", "_role_text", "_edge_text", "_former", "_edge_tip", "_Sizes", "_ordered", "_find_keys", "_aliases", "_hex", "_number", "_int", "_short", "_field", "_text", "_reference"]


_FALLBACK_RGB = (151, 151, 151)


_LABEL_CHARS = 24  # longer labels (document titles) are cut on the canvas; tooltips keep them whole


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")  # a character pinyin reads


_TYPE_ORDER = [label.value for label in Label.all()]


_RELATION_ORDER = [kind.value for kind in RelationKind.all()]


# Relations read from a sentence's mere company: drawn grey, and the first a crowded page leaves out.
_UNTYPED_KINDS = frozenset({RelationKind.CO_MENTIONED.value, RelationKind.MENTIONED_IN.value})


_EDGE_GREY = "#b0b0b0"


# Each typed kind's colour on the page and in its relations list; a kind not named here (a plug-in's, a
# learned one) takes one of _EDGE_PALETTE by a checksum of its name, the same on every page and run.
_EDGE_COLOURS = {
    "HOLDS_ROLE": "#d62728", "MEMBER_OF": "#e377c2", "LOCATED_IN": "#66a61e", "WITHIN": "#a6d854",
    "HAS_COUNT": "#9467bd", "AUTHOR_OF": "#a6761d", "PUBLISHED": "#e6ab02", "COMPETES_WITH": "#d95f02",
    "OWNS": "#1b9e77", "ACQUIRED": "#17becf", "SPOUSE_OF": "#e7298a", "PARENT_OF": "#7570b3",
    "GRADUATED_FROM": "#cc6677", "HEADQUARTERED_IN": "#999933", "PARTNER_OF": "#332288",
    "MET_WITH": "#882255", "VISITED": "#44aa99",
    "PART_OF": "#88ccee",
}


_EDGE_PALETTE = ("#8c564b", "#bcbd22", "#1f78b4", "#b15928", "#6a3d9a", "#33a02c", "#fb9a99", "#ff7f00")


# Optional node attributes shown in the tooltip and the side panel, in this order, with their captions.
_EXTRA_FIELDS = [
    ("code", "Code"),
    ("parent_code", "Parent code"),
    ("stock_code", "Stock code"),
    ("value", "Value"),
    ("counted", "Counted"),
    ("classifier", "Classifier"),
    ("approximate", "Approximate"),
    ("gloss", "Gloss"),
    ("title", "Title"),
    ("date", "Date"),
    ("date_text", "Date as written"),
    ("source", "Source"),
]


def edge_colour(kind: str) -> str:
    """The colour the page draws a relation ``kind`` in: grey for co-mentions and mentions, its own for typed kinds.

    >>> edge_colour("CO_MENTIONED"), edge_colour("OWNS"), edge_colour("FOUNDED") == edge_colour("FOUNDED")
    ('#b0b0b0', '#1b9e77', True)
    """
    if kind in _UNTYPED_KINDS or not kind:
        return _EDGE_GREY
    return _EDGE_COLOURS.get(kind) or _EDGE_PALETTE[zlib.crc32(kind.encode("utf-8")) % len(_EDGE_PALETTE)]


def _build_payload(
    G: nx.MultiDiGraph,
    H: nx.MultiDiGraph,
    sizes: _Sizes,
    *,
    headlines: frozenset[str] | set[str] = frozenset(),
    stabilization_iterations: int,
    max_evidence: int,
    max_panel_evidence: int,
    script: str = "Hans",
) -> dict[str, Any]:
    """Nodes, edges and options for the page script (as pyvis builds them), and the panel tables.

    ``G`` is the whole graph, ``H`` the part drawn: tooltips and panels carry the
    evidence of the drawn edges; a panel's ``more`` also counts the sentences of
    its node's edges in ``G`` that are not drawn.
    """
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    evidence = _evidence_by_node(H)
    panels, sentences, documents = _panel_evidence(G, H, max_panel_evidence)
    parents = _parent_places(G)
    for node_id in sorted(H.nodes):
        attrs = H.nodes[node_id]
        label = str(attrs.get("label") or node_id)
        kind = str(attrs.get("type", ""))
        items = evidence.get(node_id, [])
        simplified = str(attrs.get("name_simplified", ""))
        named = bool(simplified) and kind != Label.DOCUMENT.value
        person = kind == Label.PERSON.value
        panel: dict[str, Any] = dict(panels.get(node_id, {"evidence": [], "more": 0}))
        # a Latin name (Chloé, Leighton Meester) has no reading to show: pinyin would only drop its accents
        reading = pinyin_display(simplified, person=person) if named and _HAN.search(simplified) else ""
        parent = parents.get(str(attrs.get("parent_code", "")))
        if parent is not None:
            panel["parent"] = [parent if parent in H else "", str(G.nodes[parent].get("label") or parent)]
        nodes.append(_vis_node(
            node_id,
            label=_short(label),
            color=_hex(attrs),
            size=float(attrs.get("size", 10.0)),
            fullLabel=label,
            type=kind,
            mentions=_int(attrs.get("mentions", 0)),
            **_find_keys(node_id, attrs),
            tip={
                "head": label,
                "rows": _node_rows(node_id, attrs, pinyin=reading),
                "evidence": items[:max_evidence],
                "more": max(0, len(items) - max_evidence),
            },
            panel=panel,
            headline=node_id in headlines,
        ))
    seen: set[str] = set()
    for source, target, key, attrs in sorted(H.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        edge_id = str(attrs.get("id") or key)
        if edge_id in seen:
            raise ValueError(f"edge id {edge_id!r} is not unique; vis-network needs unique ids")
        seen.add(edge_id)
        kind = str(attrs.get("label", ""))
        colour = edge_colour(kind)
        edges.append(_vis_edge(
            source,
            target,
            id=edge_id,
            label=_edge_text(attrs),
            kind=kind,
            value=float(attrs.get("weight", 1.0)),
            tip=_edge_tip(G, source, target, attrs),
            # the side panel's link to the evidence's document (review140: a click on an edge opens its panel)
            **({"panel": [str(attrs["doc_id"]), _int(attrs.get("evidence_start", 0)),
                          _int(attrs.get("evidence_end", 0))]} if attrs.get("doc_id") else {}),
            **({"color": {"color": colour}} if colour != _EDGE_GREY else {}),  # grey is the options' default
        ))
    return {
        "nodes": nodes,
        "edges": edges,
        "simplified": simplified_characters(key for node in nodes for key in node["search"]),
        "variants": variant_characters(key for node in nodes for key in node["search"]),
        # a place's administrative heads, which its short form leaves off (台中 finds 臺中市), as find's "short" keys
        **({"placeHeads": list(DIVISION_SUFFIXES)} if any(node["type"] == Label.PLACE.value for node in nodes) else {}),
        "options": _options(stabilization_iterations, improved_layout=sizes.drawn_nodes <= 100,
                            script=script),
        "sentences": sentences,
        "documents": documents,
        "omitted": {
            "nodes": sizes.nodes - sizes.drawn_nodes,
            "edges": sizes.edges - sizes.drawn_edges,
        },
    }


def simplified_characters(names: Iterable[str]) -> dict[str, str]:
    """Traditional character -> Simplified, for each character of ``names`` that Traditional writes otherwise.

    The page maps a query through it character by character, so 國務院 (or 臺灣 and 台灣, 屯門綫 and 屯門線) finds a
    node a Simplified text names 国务院 (台湾, 屯门线), as :meth:`zhkg.query.graph.KnowledgeGraph.find` does with
    OpenCC. The variants are every character :func:`~zhkg.stages.normalise.to_simplified` reads as one of the
    names' characters (Hong Kong's 綫 too, which no ``s2t``/``s2hk`` reading of 线 gives).

    >>> sorted(simplified_characters(["国务院", "台湾"]).items())
    [('務', '务'), ('國', '国'), ('枱', '台'), ('檯', '台'), ('灣', '湾'), ('臺', '台'), ('颱', '台')]
    """
    from zhkg.stages.normalise import convert, to_simplified

    names = sorted(set(names))
    held = {character for name in names for character in name}
    found = {written: character for written, character in _simplified_table().items() if character in held}
    # a character OpenCC writes otherwise only within a word (松懈 is 鬆懈, 家具 傢俱), so that a name written so
    # finds its node as find's t2s does (the whole name read back as it is)
    for name in names:
        for config in ("s2t", "s2tw", "s2hk"):
            variant = convert(name, config)
            if len(variant) != len(name) or to_simplified(variant) != name:
                continue
            for written, character in zip(variant, name):
                if written != character and written not in found:
                    found[written] = character
    return dict(sorted(found.items()))


@functools.lru_cache(maxsize=1)
def _simplified_table() -> dict[str, str]:
    """Every CJK character :func:`~zhkg.stages.normalise.to_simplified` writes otherwise -> what it writes, read once
    a process from ``resources/data/simplified_chars.tab``: the converter's answers for the CJK blocks, precomputed
    by ``tools/build_simplified_chars.py`` (converting the 28,000 characters took 0.3–0.4 s a process; a test rebuilds
    the table and compares). Characters beyond the Basic Multilingual Plane are left out: the page's script reads a
    query by UTF-16 unit."""
    from zhkg.resources import read_data

    rows = (line.split("\t") for line in read_data("simplified_chars.tab").splitlines() if line and line[0] != "#")
    return {written: character for written, character in rows}


def _vis_node(node_id: str, *, label: str, color: str, **options: Any) -> dict[str, Any]:
    """A node as pyvis 0.3.2's ``Network.add_node`` makes it: the options, then id, label and shape."""
    return {"color": color, **options, "id": node_id, "label": label or node_id, "shape": "dot"}


def _vis_edge(source: str, target: str, **options: Any) -> dict[str, Any]:
    """An edge as pyvis 0.3.2's ``Network.add_edge`` makes it in a directed network."""
    return {**options, "from": source, "to": target, "arrows": options.get("arrows", "to")}


_FONTS = {"Hans": "Noto Sans CJK SC, Noto Sans CJK TC, sans-serif", "Hant": "Noto Sans CJK TC, Noto Sans CJK SC, sans-serif"}


def _options(stabilization_iterations: int, *, improved_layout: bool, script: str = "Hans") -> dict[str, Any]:
    """vis-network options: seeded layout, bounded stabilisation, hover tooltips, the fonts of the page's script.

    vis-network's Kamada-Kawai start ("improvedLayout") gives better small
    drawings but is slow past about 100 nodes and then gives up with a console
    message, so larger graphs start from the seeded random layout.
    """
    return {
        "layout": {"randomSeed": 7, "improvedLayout": improved_layout},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120, "avoidOverlap": 0.2},
            "stabilization": {
                "enabled": True,
                "iterations": int(stabilization_iterations),
                "updateInterval": 25,
                "fit": True,
            },
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False, "keyboard": False},
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "font": {"size": 14, "face": _FONTS[script]},
        },
        "edges": {
            "color": {"color": "#b0b0b0", "highlight": "#555555", "hover": "#777777"},
            "font": {"size": 11, "color": "#555555", "strokeWidth": 2, "align": "middle"},
            "scaling": {"min": 1, "max": 5, "label": {"enabled": False}},
            "smooth": {"enabled": True, "type": "continuous"},
        },
    }


def _evidence_by_node(G: nx.MultiDiGraph) -> dict[str, list[list[str]]]:
    """Distinct evidence sentences of each node's incident edges, as ``[text, reference]``."""
    found: dict[str, dict[str, tuple[str, int, int]]] = defaultdict(dict)
    for source, target, attrs in G.edges(data=True):
        text = str(attrs.get("evidence", "")).strip()
        if not text:
            continue
        where = (str(attrs.get("doc_id", "")), _int(attrs.get("evidence_start", 0)), _int(attrs.get("evidence_end", 0)))
        for node in (source, target):
            # One sentence often backs several edges; list it once, at its first position.
            if text not in found[node] or where < found[node][text]:
                found[node][text] = where
    return {
        node: [[text, _reference(*where)] for text, where in sorted(texts.items(), key=lambda item: (item[1], item[0]))]
        for node, texts in found.items()
    }


def _panel_evidence(
    G: nx.MultiDiGraph, H: nx.MultiDiGraph, limit: int
) -> tuple[dict[str, dict[str, Any]], list[list[Any]], dict[str, list[str]]]:
    """Side-panel evidence of the drawn nodes, and the sentence and document tables it points into.

    Each drawn node gets ``{"evidence": [[sentence index, [relation, ...]], ...],
    "more": n}``: the distinct sentences (per document, at their first position)
    of its drawn edges (in ``H``), with the relations each one backs; ``more``
    counts the rest, including the sentences of its edges in ``G`` that are not drawn. Sentences are
    ``[text, doc_id, start, end]``; documents map a doc id to ``[title, node id
    or "" when the document is not drawn]``, and its ``date`` third when it has one.
    """
    found: dict[str, dict[tuple[str, str], tuple[tuple[int, int], set[str]]]] = defaultdict(dict)
    hidden: dict[str, set[tuple[str, str]]] = defaultdict(set)  # sentences of edges not drawn, only counted
    # the edges with an end drawn, each once: out of a drawn node, or into one from a node not drawn
    incident = [e for node in H for e in G.out_edges(node, data=True)]
    incident += [e for node in H for e in G.in_edges(node, data=True) if e[0] not in H]
    for source, target, attrs in incident:
        text = str(attrs.get("evidence", "")).strip()
        if not text:
            continue
        doc_id = str(attrs.get("doc_id", ""))
        if source not in H or target not in H:
            for node in (source, target):
                if node in H:
                    hidden[node].add((doc_id, text))
            continue
        where = (_int(attrs.get("evidence_start", 0)), _int(attrs.get("evidence_end", 0)))
        kind = str(attrs.get("label", ""))
        said = str(attrs.get("role") or attrs.get("relation_zh") or "")  # the title, else the verb or kin word read
        role = f" ({said}{', former' if _former(attrs) else ''})" if said else ""
        ends = [(source, f"{kind}{role} → {_node_label(G, target)}")]
        if target != source:
            ends.append((target, f"{kind}{role} ← {_node_label(G, source)}"))
        for node, relation in ends:
            if node not in H:
                continue
            first, relations = found[node].get((doc_id, text), (where, set()))
            relations.add(relation)
            found[node][(doc_id, text)] = (min(first, where), relations)

    chosen: dict[str, list[tuple[tuple[str, int, int, str], list[str]]]] = {}
    more: dict[str, int] = {}
    for node, items in found.items():
        ordered = sorted(((doc_id, *where, text), sorted(relations)) for (doc_id, text), (where, relations) in items.items())
        chosen[node] = ordered[:limit]
        more[node] = max(0, len(ordered) - limit) + len(hidden.pop(node, set()) - items.keys())
    for node, keys_hidden in hidden.items():  # drawn nodes all of whose sentences are on edges not drawn
        chosen[node], more[node] = [], len(keys_hidden)
    keys = sorted({key for items in chosen.values() for key, _relations in items})
    index = {key: i for i, key in enumerate(keys)}
    sentences = [[text, doc_id, start, end] for doc_id, start, end, text in keys]
    panels = {
        node: {"evidence": [[index[key], relations] for key, relations in items], "more": more[node]}
        for node, items in chosen.items()
    }
    doc_nodes = _document_nodes(G)
    documents = {}
    for doc_id in sorted({key[0] for key in keys if key[0]}):
        node = doc_nodes.get(doc_id)
        attrs = G.nodes[node] if node is not None else {}
        title = str(attrs.get("title") or attrs.get("label") or "")
        documents[doc_id] = [title if title != doc_id else "", node if node is not None and node in H else ""]
        if date := str(attrs.get("date") or ""):  # a dated document's day, shown beside its name
            documents[doc_id].append(date)
    return panels, sentences, documents


def _document_nodes(G: nx.MultiDiGraph) -> dict[str, str]:
    """Node id of each document, by doc id (the first by node id if two claim one).

    A document node without a ``doc_id`` attribute is matched by its id, as
    :func:`zhkg.stages.graph.document_node_id` makes it.
    """
    found: dict[str, str] = {}
    for node in sorted(G.nodes, key=str):
        attrs = G.nodes[node]
        if attrs.get("type") == Label.DOCUMENT.value and attrs.get("doc_id"):
            found.setdefault(str(attrs["doc_id"]), node)
    prefix = document_node_id("")
    for node in sorted(G.nodes, key=str):
        attrs = G.nodes[node]
        if attrs.get("type") == Label.DOCUMENT.value and not attrs.get("doc_id") and str(node).startswith(prefix):
            found.setdefault(str(node)[len(prefix):], node)
    return found


def _parent_places(G: nx.MultiDiGraph) -> dict[str, str]:
    """Node id of each official place code (the first by node id if two share one)."""
    found: dict[str, str] = {}
    for node in sorted(G.nodes, key=str):
        code = G.nodes[node].get("code")
        if code:
            found.setdefault(str(code), node)
    return found


def _node_label(G: nx.MultiDiGraph, node: str) -> str:
    return str(G.nodes[node].get("label") or node)


def _node_rows(node_id: str, attrs: dict[str, Any], *, pinyin: str = "") -> list[list[str]]:
    """Tooltip and panel rows ``[caption, value]`` for a node."""
    rows = [["Type", str(attrs.get("type", ""))]]
    if attrs.get("name_simplified"):
        rows.append(["Simplified", str(attrs["name_simplified"])])
    if pinyin:
        rows.append(["Pinyin", pinyin])
    aliases = _aliases(attrs)
    if aliases:
        rows.append(["Aliases", "、".join(aliases)])
    if "mentions" in attrs and attrs.get("type") != Label.DOCUMENT.value:  # a document mentions; it is not mentioned
        rows.append(["Mentions", _text(attrs["mentions"])])
        if attrs.get("documents") not in (None, ""):  # how many documents those mentions are in
            rows.append(["Documents", _text(attrs["documents"])])
    rows.extend([caption, _text(attrs[name])] for name, caption in _EXTRA_FIELDS if attrs.get(name) not in (None, ""))
    rows.extend([name[len(METADATA_PREFIX):], _field(value)] for name, value in attrs.items()  # the input's own fields
                if name.startswith(METADATA_PREFIX) and value not in (None, ""))
    rows.append(["ID", node_id])
    return rows


def _role_text(attrs: dict[str, Any]) -> str:
    """An edge's role as the page shows it: ``主席``, or ``主席 (former)`` for a role held before (前主席).

    >>> _role_text({"role": "主席", "former": True}), _role_text({"role": "主席"}), _role_text({})
    ('主席 (former)', '主席', '')
    """
    role = str(attrs.get("role", "") or "")
    return f"{role} (former)" if role and _former(attrs) else role


def _edge_text(attrs: dict[str, Any]) -> str:
    """An edge's label on the canvas: its role (:func:`_role_text`), else the word its relation was read from.

    >>> _edge_text({"role": "主席"}), _edge_text({"relation_zh": "前妻", "former": True}), _edge_text({})
    ('主席', '前妻 (former)', '')
    """
    if attrs.get("role"):
        return _role_text(attrs)
    said = str(attrs.get("relation_zh", "") or "")
    return f"{said} (former)" if said and _former(attrs) else said


def _former(attrs: dict[str, Any]) -> bool:
    """Whether an edge is a role or membership held before: ``former`` true (a bool, or GraphML's text)."""
    return attrs.get("former") is True or str(attrs.get("former", "")).lower() == "true"


def _edge_tip(G: nx.MultiDiGraph, source: str, target: str, attrs: dict[str, Any]) -> dict[str, Any]:
    """Tooltip content of an edge: relation, role, ends and evidence."""
    rows = [["Relation", str(attrs.get("label", ""))]]
    if attrs.get("role"):
        rows.append(["Role", _role_text(attrs)])
    if attrs.get("relation_zh"):  # the verb or kin word a typed or learned relation was read from (收购, 妻子)
        rows.append(["Read as", str(attrs["relation_zh"]) + (" (former)" if _former(attrs) and not attrs.get("role") else "")])
    elif _former(attrs) and not attrs.get("role"):
        rows.append(["Former", "yes"])
    rows.append(["From", _node_label(G, source)])
    rows.append(["To", _node_label(G, target)])
    if "weight" in attrs:
        rows.append(["Weight", _text(attrs["weight"])])
    if attrs.get("date"):
        last = str(attrs.get("date_last", "") or "")
        span = str(attrs["date"]) + (f" – {last}" if last and last != attrs["date"] else "")
        rows.append(["Date", span])
    if attrs.get("doc_ids"):
        rows.append(["Documents", "、".join(str(attrs["doc_ids"]).split("|"))])
    text = str(attrs.get("evidence", "")).strip()
    where = _reference(str(attrs.get("doc_id", "")), _int(attrs.get("evidence_start", 0)), _int(attrs.get("evidence_end", 0)))
    return {
        "head": str(attrs.get("label", "")),
        "rows": rows,
        "evidence": [[text, where]] if text else [],
        "more": 0,
    }


class _Sizes(NamedTuple):
    """Nodes and edges of the whole graph and of the part drawn (a multigraph counts its edges one by one)."""

    nodes: int
    edges: int
    drawn_nodes: int
    drawn_edges: int


def _ordered(counts: Counter[str], order: list[str]) -> list[str]:
    """Keys of ``counts``: those in ``order`` first, in that order, then the rest sorted."""
    return [key for key in order if key in counts] + sorted(key for key in counts if key not in order)


def _find_keys(node_id: str, attrs: dict[str, Any]) -> dict[str, Any]:
    """What the search box matches, as ``zhkg query … find`` (:class:`zhkg.query.names.NameIndex`) does.

    ``search``: the names (label, Simplified name) then the aliases, ``names`` of them names when not one, then
    the Simplified name and aliases with their variant characters folded where they have any
    (:func:`~zhkg.query.names.variant_key`: 黄柏迪 of 黃栢廸), ``variants`` of them when any, matched after the
    names and aliases as find's ``"variant"`` keys; ``shorts``: a place's short forms
    (:func:`~zhkg.query.names.place_short_forms`, find's ``"short"`` keys);
    ``pinyin``: the name's spaced pinyin (:func:`pinyin_keys`), whose folded forms and whole-syllable starts
    the script derives; ``sound`` / ``aliasSound``: the folded keys of :func:`sound_keys` it cannot derive
    (usually none: an alias is mostly the name in the other script); ``code``: matched only after every
    key ``find`` matches, as is a key's start in characters or a key's middle.
    """
    names = list(dict.fromkeys(key for key in (str(attrs.get("label", "")), str(attrs.get("name_simplified", ""))) if key))
    aliases = _aliases(attrs)
    written = list(dict.fromkeys(names + aliases + stock_code_keys(attrs)))  # a stock code is matched as an alias
    folded = [f for f in dict.fromkeys(variant_key(key) for key in names[-1:] + aliases) if f not in written]
    keys: dict[str, Any] = {"search": written + folded}
    if len(names) != 1:
        keys["names"] = len(names)
    if folded:
        keys["variants"] = len(folded)
    if shorts := place_short_forms(attrs):
        keys["shorts"] = shorts
    if attrs.get("type") == Label.DOCUMENT.value:
        keys["pinyin"] = []
        return keys
    simplified = str(attrs.get("name_simplified", "") or attrs.get("label", node_id))
    spaced = pinyin_keys(simplified, person=attrs.get("type") == Label.PERSON.value)
    keys["pinyin"] = spaced
    derived = {pinyin_key(key) for key in spaced}
    name_sound, alias_sound = sound_keys(node_id, attrs)
    if any(key not in derived for key in name_sound):
        keys["sound"] = [key for key in name_sound if key not in derived]
    if alias_sound:
        keys["aliasSound"] = list(alias_sound)
    if attrs.get("code"):
        keys["code"] = str(attrs["code"])
    return keys


def _aliases(attrs: dict[str, Any]) -> list[str]:
    return [alias for alias in dict.fromkeys(str(attrs.get("aliases", "")).split("|")) if alias]


def _hex(attrs: dict[str, Any]) -> str:
    """``#rrggbb`` from the node's ``r``/``g``/``b``, clamped to 0-255."""
    channels = [attrs.get(name, fallback) for name, fallback in zip("rgb", _FALLBACK_RGB)]
    return "#" + "".join(f"{max(0, min(255, int(channel))):02x}" for channel in channels)


def _number(value: Any) -> float:
    """A numeric attribute (a weight), 1.0 when missing or unreadable."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return 1.0


def _int(value: Any) -> int:
    """An integer attribute; GraphML readers may hand back strings or floats."""
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return 0


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1] + "…"


def _field(value: Any, limit: int = EVIDENCE_LIMIT) -> str:
    """A document's own field on the page: at most ``limit`` characters, ``…`` ending a cut (a table's summary
    column would fill the tooltip; the GraphML keeps it whole).

    >>> _field("体育"), _field("一二三四五", limit=3)
    ('体育', '一二…')
    """
    text = _text(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _text(value: Any) -> str:
    """A tooltip value: booleans as yes/no, whole floats without ``.0``."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _reference(doc_id: str, start: int, end: int) -> str:
    return f"{doc_id} [{start}:{end})" if doc_id else ""
