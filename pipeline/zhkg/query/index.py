"""A graph file's index: answer questions about a large graph without reading all of it again.

Reading a GraphML file of 10,000 articles (some 80,000 nodes) takes seconds and
a gigabyte, and computing the pinyin of every name takes longer still. The first
question about a file builds an SQLite database from it (nodes, edges by either
end, name keys) in a private cache folder; later questions open that database
and read only the rows they need, so they answer in a fraction of a second
whatever the graph's size.

* **Where**: ``graphs/`` in zhkg's private cache folder (:func:`zhkg.cachedir.cache_dir`:
  ``$ZHKG_CACHE_DIR``, else ``$XDG_CACHE_HOME/zhkg`` or ``~/.cache/zhkg``, mode 0700,
  owned by the user). Without one (or if it cannot be written) the index is
  built in memory for this question alone.
* **When it is stale**: an index is used only for the file whose size and
  SHA-256 of its bytes it recorded; any change rebuilds it. Hashing 200 MB takes
  a third of a second, so, as git does for its work tree, a file whose size,
  inode, modification and change times (nanoseconds; the change time moves on
  every write and cannot be set back) are those recorded is taken as unchanged
  without reading it, unless it was modified within two seconds of the index
  being built (a write in the same clock tick would leave the times alone).
* **How many**: the :data:`KEEP_INDEXES` most recently questioned graph files
  keep their indexes; building a new one removes the least recently used
  beyond that (:func:`zhkg.cachedir.keep_recent`), never the one the question
  uses. A removed index is only built again from its graph when next asked.
* **Killed while building**: the index is built in a temporary file named as
  the atomic writers name theirs (:func:`zhkg.export.atomic.temporary_prefix`),
  then renamed; one left by a process killed outright (``kill -9``) is removed
  by the next build in the folder.
* **Pinyin keys** of every name are computed with the index, so that no later
  question waits for them; so are the starts of each name's syllables
  (:func:`~zhkg.query.names.name_starts`), by which ``find hu`` ranks 胡锦涛
  (``hu``) before 火箭 (``huo``) without reading pinyin again.

The look-up rules are :class:`zhkg.query.names.NameIndex`'s (the same keys, the
same ranking); a test holds the two to the same answers.
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import json
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from zhkg.cachedir import cache_dir, keep_recent, used
from zhkg.query.names import (
    KEY_RANK,
    NameMatch,
    best_node,
    match_order,
    name_keys,
    name_starts,
    pinyin_key,
    sound_keys,
    text_key,
    text_keys,
)

__all__ = ["KEEP_INDEXES", "GraphIndex", "open_index"]

#: Bump when the tables change: older indexes are rebuilt.
FORMAT = "7"  # 4: name keys with variant characters folded (query.names.variant_key); 5: places' short forms; 6: the
# dots and dashes of a transliterated name folded to · (query.names.text_key); 7: a company's stock codes
# (query.names.stock_code_keys)

#: Indexes kept in the cache folder, most recently questioned first. An index is about the size of its graph
#: file (the seed's: 209 kB against 226 kB of GraphML), so a user's working set (the graphs of a few corpora
#: and their re-runs, questioned in turn) fits with room to spare, while a script that questions every graph
#: it ever wrote no longer fills the disk. A graph pruned out is only indexed again when next asked (a few
#: readings' time: the seed's 0.26 s against 0.05 s to read it).
KEEP_INDEXES = 20


_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE nodes (i INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, label TEXT NOT NULL,
                    mentions REAL NOT NULL, attrs TEXT NOT NULL);
CREATE TABLE edges (i INTEGER PRIMARY KEY, u INTEGER NOT NULL, v INTEGER NOT NULL, key TEXT NOT NULL,
                    attrs TEXT NOT NULL);
CREATE TABLE names (key TEXT NOT NULL, node INTEGER NOT NULL, how TEXT NOT NULL, PRIMARY KEY (key, node))
    WITHOUT ROWID;
CREATE TABLE pinyin (key TEXT NOT NULL, node INTEGER NOT NULL, how TEXT NOT NULL, PRIMARY KEY (key, node))
    WITHOUT ROWID;
CREATE TABLE starts (key TEXT NOT NULL, node INTEGER NOT NULL, PRIMARY KEY (key, node)) WITHOUT ROWID;
"""
_INDEXES = """
CREATE INDEX edges_u ON edges (u);
CREATE INDEX edges_v ON edges (v);
"""


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


#: The stat fields that must match for a file to be taken as unchanged without hashing it.
_STAT = ("size", "inode", "mtime_ns", "ctime_ns")
#: A file modified this close to the index's build time is always hashed (a write in the same tick).
_RACY_NS = 2_000_000_000


def _stat(path: Path) -> dict[str, str]:
    info = path.stat()
    return {"format": FORMAT, "size": str(info.st_size), "inode": f"{info.st_dev}:{info.st_ino}",
            "mtime_ns": str(info.st_mtime_ns), "ctime_ns": str(info.st_ctime_ns)}


def _unchanged(meta: Mapping[str, str], stat: Mapping[str, str]) -> bool:
    """Whether the stat fields alone show the file is the one ``meta`` was built from."""
    if meta.get("format") != FORMAT or any(meta.get(k) != stat[k] for k in _STAT):
        return False
    try:
        return int(meta.get("built_ns", "0")) - int(stat["mtime_ns"]) > _RACY_NS
    except ValueError:
        return False


def open_index(path: str | os.PathLike[str], read: Any) -> GraphIndex:
    """The index of graph file ``path``, built with ``read(path) -> nx.MultiDiGraph`` when missing or stale.

    ``read`` raises the caller's own error for a bad file; nothing is cached then.
    An index read is marked used; one built prunes the folder to the
    :data:`KEEP_INDEXES` most recently used (this one always among them). A
    cache folder that cannot be written to only means the index is built in
    memory, for this question alone.
    """
    source = Path(path)
    stat = _stat(source)
    folder = cache_dir("graphs")
    if folder is not None:
        name = hashlib.sha256(os.fsencode(source.resolve())).hexdigest()[:32]
        target = folder / f"{name}.sqlite"
        index = GraphIndex.open(target, stat, lambda: _digest(source))
        if index is not None:
            used(target)
            return index
        fingerprint = {**stat, "built_ns": str(time.time_ns()), "sha256": _digest(source)}
        G = read(source)
        from zhkg.export.atomic import remove_leftovers, temporary_prefix  # only when building: a question is quick

        with contextlib.suppress(OSError, sqlite3.Error):
            # named as the atomic writers name theirs, so that a build killed outright (kill -9) is removed by the
            # next one; no journal beside it (a half-built file is thrown away whole)
            remove_leftovers(folder)
            fd, tmp = tempfile.mkstemp(prefix=temporary_prefix(target), suffix=".tmp", dir=target.parent)
            os.close(fd)
            try:
                db = sqlite3.connect(tmp)
                db.execute("PRAGMA journal_mode=OFF")
                GraphIndex.build(G, db, fingerprint).close()
                os.replace(tmp, target)
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            keep_recent(folder, KEEP_INDEXES, spare=target, suffix=".sqlite")
            index = GraphIndex.open(target, stat, lambda: fingerprint["sha256"])
            if index is not None:
                return index
    else:
        fingerprint = stat
        G = read(source)
    return GraphIndex(GraphIndex.build(G, sqlite3.connect(":memory:"), fingerprint))


class GraphIndex:
    """A graph's nodes, edges and name keys in SQLite, read a row at a time.

    Edges come back in the graph's own order, ``(u, v, key, attributes)`` as
    networkx gives them, so questions answered from an index and from the graph
    agree.

    >>> import networkx as nx, sqlite3
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("p", label="閆維洪", type="PERSON", name_simplified="闫维洪", mentions=2)
    >>> G.add_node("o", label="平谷區政協", type="ORGANIZATION")
    >>> _ = G.add_edge("p", "o", key="e1", label="HOLDS_ROLE", role="主席")
    >>> index = GraphIndex(GraphIndex.build(G, sqlite3.connect(":memory:"), {}))
    >>> index.attrs("p")["label"], [(u, v, k) for u, v, k, _ in index.out_edges("p")]
    ('閆維洪', [('p', 'o', 'e1')])
    >>> [m.node for m in index.find("Yan Weihong")]
    ['p']
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._ids: dict[int, str] = {}
        self._attrs: dict[str, dict[str, Any] | None] = {}

    # -- building ----------------------------------------------------------------------------

    @staticmethod
    def build(G: nx.MultiDiGraph, db: sqlite3.Connection, fingerprint: Mapping[str, str]) -> sqlite3.Connection:
        """Write ``G`` into the empty database ``db``; the index is complete once this returns."""
        db.executescript(_SCHEMA)
        number = {node: i for i, node in enumerate(G.nodes)}
        db.executemany("INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?)", (
            (number[n], str(n), str(a.get("type", "")), str(a.get("label", n)), _mentions(a), _dumps(a))
            for n, a in G.nodes(data=True)))
        db.executemany("INSERT INTO edges (u, v, key, attrs) VALUES (?, ?, ?, ?)", (
            (number[u], number[v], str(k), _dumps(d)) for u, v, k, d in G.edges(keys=True, data=True)))
        db.executescript(_INDEXES)
        db.executemany("INSERT INTO names VALUES (?, ?, ?)", _best(
            (key, number[n], how) for n, a in G.nodes(data=True) for key, how in text_keys(n, a)))
        db.executemany("INSERT INTO meta VALUES (?, ?)", [("graph", _dumps(G.graph)), *fingerprint.items()])
        db.commit()
        GraphIndex(db)._pinyin_ready()  # here, so that no later question waits for it
        return db

    @classmethod
    def open(cls, path: Path, stat: Mapping[str, str], digest: Callable[[], str]) -> GraphIndex | None:
        """The index at ``path`` if it was built from the file now described by ``stat``, else ``None``.

        ``digest()`` (the file's SHA-256) is called only when the stat fields alone do not settle it;
        an index that the digest confirms records the new stat fields, so the next question need not hash.
        """
        if not path.is_file():
            return None
        try:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
            meta = dict(db.execute("SELECT name, value FROM meta"))
        except sqlite3.Error:
            return None
        if _unchanged(meta, stat):
            return cls(db)
        if meta.get("format") != FORMAT or meta.get("size") != stat["size"] or meta.get("sha256") != digest():
            db.close()
            return None
        with contextlib.suppress(sqlite3.Error):  # read-only: it still answers, hashing again next time
            with db:
                db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                               [*((k, stat[k]) for k in _STAT), ("built_ns", str(time.time_ns()))])
        return cls(db)

    # -- the graph ----------------------------------------------------------------------------

    def __contains__(self, node: object) -> bool:
        return isinstance(node, str) and self.attrs(node) is not None

    @property
    def graph(self) -> dict[str, Any]:
        """The graph's own attributes."""
        row = self.db.execute("SELECT value FROM meta WHERE name = 'graph'").fetchone()
        return json.loads(row[0]) if row else {}

    def attrs(self, node: str) -> dict[str, Any] | None:
        """The attributes of node ``node``, or ``None`` when there is no such node."""
        if node not in self._attrs:
            row = self.db.execute("SELECT i, attrs FROM nodes WHERE id = ?", (node,)).fetchone()
            self._attrs[node] = json.loads(row[1]) if row else None
            if row:
                self._ids[row[0]] = node
        return self._attrs[node]

    def _number(self, node: str) -> int | None:
        row = self.db.execute("SELECT i FROM nodes WHERE id = ?", (node,)).fetchone()
        return row[0] if row else None

    def _id(self, i: int) -> str:
        if i not in self._ids:
            self._ids[i] = self.db.execute("SELECT id FROM nodes WHERE i = ?", (i,)).fetchone()[0]
        return self._ids[i]

    def _edges(self, column: str, node: str) -> list[tuple[str, str, str, dict[str, Any]]]:
        i = self._number(node)
        if i is None:
            return []
        rows = self.db.execute(f"SELECT u, v, key, attrs FROM edges WHERE {column} = ? ORDER BY i", (i,)).fetchall()
        # networkx groups a node's edges by the other end, in the order each other end first appears
        other = 1 if column == "u" else 0
        first: dict[int, int] = {}
        for n, row in enumerate(rows):
            first.setdefault(row[other], n)
        rows.sort(key=lambda row: first[row[other]])
        return [(self._id(u), self._id(v), key, json.loads(attrs)) for u, v, key, attrs in rows]

    def out_edges(self, node: str) -> list[tuple[str, str, str, dict[str, Any]]]:
        """Edges leaving ``node``, in the graph's order."""
        return self._edges("u", node)

    def in_edges(self, node: str) -> list[tuple[str, str, str, dict[str, Any]]]:
        """Edges reaching ``node``, in the graph's order."""
        return self._edges("v", node)

    def neighbours(self, node: str) -> set[str]:
        """Nodes one edge away from ``node``, either direction."""
        i = self._number(node)
        if i is None:
            return set()
        rows = self.db.execute("SELECT v FROM edges WHERE u = ? UNION SELECT u FROM edges WHERE v = ?", (i, i))
        return {self._id(j) for (j,) in rows}

    def labelled(self, labels: frozenset[str]) -> list[tuple[str, str, str, dict[str, Any]]]:
        """Every edge whose relation (``label``) is one of ``labels``, in the graph's order (``zhkg query holders``)."""
        marks = ", ".join("?" * len(labels))
        rows = self.db.execute(f"SELECT u, v, key, attrs FROM edges WHERE json_extract(attrs, '$.label') IN ({marks}) "
                               "ORDER BY i", sorted(labels)).fetchall()
        return [(self._id(u), self._id(v), key, json.loads(attrs)) for u, v, key, attrs in rows]

    def documents(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Every document node with its attributes."""
        for node, attrs in self.db.execute("SELECT id, attrs FROM nodes WHERE type = 'DOCUMENT' ORDER BY i"):
            yield node, json.loads(attrs)

    def sizes(self) -> tuple[dict[str, int], int]:
        """Nodes by type, and the number of edges."""
        types = dict(self.db.execute("SELECT type, count(*) FROM nodes GROUP BY type ORDER BY type").fetchall())
        return types, self.db.execute("SELECT count(*) FROM edges").fetchone()[0]

    def kinds(self) -> set[str]:
        """The relation kinds (edge labels) of the graph."""
        rows = self.db.execute("SELECT DISTINCT json_extract(attrs, '$.label') FROM edges").fetchall()
        return {str(kind) for (kind,) in rows if kind is not None}

    def date_range(self) -> tuple[str, str] | None:
        """The first and last dates of the relations (``date``, and ``date_last`` where an edge has one), or
        ``None`` when no relation is dated; read in SQLite, without loading the graph."""
        first, last = self.db.execute(
            "SELECT min(json_extract(attrs, '$.date')), "
            "max(coalesce(nullif(json_extract(attrs, '$.date_last'), ''), json_extract(attrs, '$.date'))) "
            "FROM edges WHERE coalesce(json_extract(attrs, '$.date'), '') != ''").fetchone()
        return (str(first), str(last)) if first else None

    def to_networkx(self) -> nx.MultiDiGraph:
        """The whole graph, as :func:`zhkg.query.graph.load_graph` reads it."""
        G = nx.MultiDiGraph(**self.graph)
        ids = {}
        for i, node, attrs in self.db.execute("SELECT i, id, attrs FROM nodes ORDER BY i"):
            ids[i] = node
            G.add_node(node, **json.loads(attrs))
        for u, v, key, attrs in self.db.execute("SELECT u, v, key, attrs FROM edges ORDER BY i"):
            G.add_edge(ids[u], ids[v], key=key, **json.loads(attrs))
        return G

    # -- names: NameIndex's rules over the tables ---------------------------------------------

    def _pinyin_ready(self) -> None:
        """Fill the pinyin table the first time a question needs it."""
        if self.db.execute("SELECT 1 FROM meta WHERE name = 'pinyin'").fetchone():
            return
        rows = [(i, node, json.loads(attrs)) for i, node, attrs in
                self.db.execute("SELECT i, id, attrs FROM nodes WHERE type != 'DOCUMENT'")]
        known: dict[tuple[str, bool], tuple[str, ...]] = {}  # a name met again (aliases, namesakes) is read once
        keys = _best((key, i, how) for i, node, attrs in rows for key, how in _pinyin_keys(node, attrs, known))
        # the syllable starts find ranks a start of pinyin by: no later question loads pypinyin to rank its answers
        starts = [(key, i) for i, node, attrs in rows for key in sorted(name_starts(node, attrs))]
        with contextlib.suppress(sqlite3.Error):  # a read-only index still answers, computing pinyin again next time
            with self.db:
                self.db.execute("DELETE FROM pinyin")
                self.db.execute("DELETE FROM starts")
                self.db.executemany("INSERT INTO pinyin VALUES (?, ?, ?)", keys)
                self.db.executemany("INSERT INTO starts VALUES (?, ?)", starts)
                self.db.execute("INSERT INTO meta VALUES ('pinyin', 'done')")

    def _order(self, match: NameMatch, start: str = "") -> tuple:
        return match_order(match, self.attrs(match.node) or {}, start)

    def find(self, name: str) -> tuple[NameMatch, ...]:
        """Every node whose name, alias or pinyin is ``name``, best first (:meth:`NameIndex.find`)."""
        from zhkg.query.names import _PLACE, _is_latin, _short_queries, _simplified, checked_name, variant_query

        checked_name(name)
        matches: dict[str, NameMatch] = {}

        def offer(table: str, key: str) -> None:
            for i, how in self.db.execute(f"SELECT node, how FROM {table} WHERE key = ?", (key,)):
                node = self._id(i)
                if node not in matches or KEY_RANK[how] < KEY_RANK[matches[node].how]:
                    matches[node] = NameMatch(node, key, how)

        offer("names", text_key(name))
        offer("names", text_key(_simplified(name)))
        if (folded := variant_query(name)) is not None:  # 黄柏迪 for 黃栢廸: after the names as written
            for (i,) in self.db.execute("SELECT node FROM names WHERE key = ?", (folded,)):
                matches.setdefault(self._id(i), NameMatch(self._id(i), folded, "variant"))
        for short in _short_queries(name):  # 高雄市 for the place named 高雄, as NameIndex.find reads it
            for i, how in self.db.execute("SELECT node, how FROM names WHERE key = ?", (short,)):
                node = self._id(i)
                if KEY_RANK[how] < KEY_RANK["short"] and (self.attrs(node) or {}).get("type") == _PLACE:
                    matches.setdefault(node, NameMatch(node, short, "short"))
        if _is_latin(name):
            self._pinyin_ready()
            offer("pinyin", pinyin_key(name))
            start = pinyin_key(name)
            if start:  # every name the query begins (Yao for 姚明), after the whole keys, as NameIndex.find reads it
                # keys are letters and digits: every key that starts with ``start`` sorts below start + "~"
                rows = self.db.execute("SELECT key, node FROM pinyin WHERE key >= ? AND key < ? ORDER BY key, node",
                                       (start, start + "~"))
                for key, i in rows:
                    node = self._id(i)
                    matches.setdefault(node, NameMatch(node, key, "pinyin-prefix"))
        start = pinyin_key(name) if _is_latin(name) else ""
        starts = None
        if start and self.db.execute("SELECT 1 FROM meta WHERE name = 'pinyin'").fetchone():
            whole = {i for (i,) in self.db.execute("SELECT node FROM starts WHERE key = ?", (start,))}
            starts = lambda node: self._number(node) in whole  # noqa: E731
        return tuple(sorted(matches.values(), key=lambda match: match_order(
            match, self.attrs(match.node) or {}, start, starts=starts)))

    def resolve(self, name: str) -> str:
        """The best node named ``name``; raises :class:`UnknownNameError` with the closest names."""
        return best_node(name, self.find(name), self.closest,
                         lambda node: str((self.attrs(node) or {}).get("label", node)))

    def closest(self, name: str, n: int = 5) -> tuple[str, ...]:
        """Labels of the nodes whose keys are nearest to ``name`` (:meth:`NameIndex.closest`)."""
        from zhkg.query.names import _simplified, _sound_search

        self._pinyin_ready()
        sound_weight, sound_cutoff = _sound_search(name)
        searches = [(text_key(name), "names", 1.0, 0.6), (text_key(_simplified(name)), "names", 1.0, 0.6),
                    (pinyin_key(name), "pinyin", sound_weight, sound_cutoff)]
        scored: dict[str, float] = {}
        keys: dict[str, list[str]] = {}
        for query, table, weight, cutoff in searches:
            if not query:
                continue
            if table not in keys:
                keys[table] = [k for (k,) in self.db.execute(f"SELECT DISTINCT key FROM {table}")]
            for near in difflib.get_close_matches(query, keys[table], n=n * 2, cutoff=cutoff):
                score = weight * difflib.SequenceMatcher(None, query, near).ratio()
                for (i,) in self.db.execute(f"SELECT node FROM {table} WHERE key = ?", (near,)):
                    node = self._id(i)
                    scored[node] = max(scored.get(node, 0.0), score)
        labels: list[str] = []
        for node in sorted(scored, key=lambda node: (-scored[node], self._order(NameMatch(node, "", "name")))):
            label = str((self.attrs(node) or {}).get("label", node))
            if label not in labels:
                labels.append(label)
        return tuple(labels[:n])

    def close(self) -> None:
        self.db.close()


def _dumps(attrs: Mapping[str, Any]) -> str:
    return json.dumps(dict(attrs), ensure_ascii=False, separators=(",", ":"))


def _mentions(attrs: Mapping[str, Any]) -> float:
    value = attrs.get("mentions", 0)
    return float(value) if isinstance(value, (int, float)) else 0.0


def _pinyin_keys(node: str, attrs: Mapping[str, Any],
                 known: dict[tuple[str, bool], tuple[str, ...]]) -> Iterator[tuple[str, str]]:
    """:func:`~zhkg.query.names.sound_keys` of a node, each with how it matches, a name met before read once."""

    def keys_of(name: str, *, person: bool) -> tuple[str, ...]:
        if (name, person) not in known:
            known[name, person] = name_keys(name, person=person)
        return known[name, person]

    names, aliases = sound_keys(node, attrs, keys_of=keys_of)
    yield from ((key, "pinyin") for key in names)
    yield from ((key, "alias-pinyin") for key in aliases)


def _best(rows: Iterable[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    """One row per (key, node), the best-ranked way it matched; empty keys dropped."""
    best: dict[tuple[str, int], str] = {}
    for key, node, how in rows:
        if key and ((key, node) not in best or KEY_RANK[how] < KEY_RANK[best[key, node]]):
            best[key, node] = how
    return [(key, node, how) for (key, node), how in best.items()]
