"""Tagging with a trained crfsuite model's weights, in numpy: crfsuite's tags, about twice as fast.

crfsuite (through python-crfsuite) wants one Python string per feature per
character; building ~20 of them per character and handing them over is most of
the cost of tagging. :class:`CrfDecoder` reads the model's weights once and
scores a batch of sentences (a document's, or several documents') with array
operations instead:

* the character n-gram templates are looked up as integer keys (code points
  packed 21 bits apiece) in sorted arrays of the keys the model knows;
* the word templates are looked up once per word, then repeated per character;
* each character's label scores are the model's state weights of its
  attributes, added in the order crfsuite adds them (template order), so every
  sum is the same float;
* Viterbi runs over the batch's sentences together (grouped by length), a
  step per character position, with crfsuite's tie-break (the first best label).

The templates are defined by
:meth:`zhkg.ner.features.FeatureExtractor.values`, the strings training
reads; this module reads the same templates as arrays (the character templates
from the same table, ``CHAR_TEMPLATES``; the extractor's segmenter, lexicon
scans and tag table for the rest), and the tests hold it to finding the same
attributes at every character, and the same tags, as crfsuite.

Reading the weights needs the model file's layout (crfsuite 0.12 "FOMC": a
48-byte header whose eighth field is the offset of the feature chunk, then
``type, src, dst: uint32; weight: float64`` per feature, little-endian) and the
attribute and label names from crfsuite's own dump.

Parsing that dump and building the look-up tables takes a second or two, so the
tables are built once per model file and kept in zhkg's private cache folder
(:func:`zhkg.cachedir.cache_dir`, ``ner/``) as a NumPy ``.npz`` of plain arrays
(no pickle), keyed by the SHA-256 of the model's bytes; later processes load
them in a few hundredths of a second. Without a cache folder they are built
every time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import struct
import tempfile
import zipfile
from bisect import bisect_left
from collections.abc import Sequence
from itertools import repeat
from pathlib import Path

import numpy as np

from zhkg.errors import ModelLayoutError
from zhkg.ner.features import (
    CHAR_TEMPLATES,
    CLUSTER_TEMPLATES,
    CLUSTER_VERSION,
    LEXICON_VERSION,
    POSITIONS,
    SURNAMES,
    FeatureExtractor,
    char_type,
    fold_width,
    template_shape,
)
from zhkg.ner.lexicons import CLASSES, CONTEXT_TEMPLATE, LEXICON_TEMPLATES
from zhkg.ner.model_layout import FEATURE_RECORD

__all__ = ["CrfDecoder", "ModelLayoutError", "cached_tables", "read_model"]

_BLOCK_LINE = re.compile(r"^ +(\d+): (.*)$", re.M)
_BITS = 21  # a code point fits in 21 bits; three fit in an int64
_NOT_UTF8 = re.compile("[\udc80-\udcff]")  # a byte the dump's UTF-8 could not read, as surrogateescape keeps it
# the bitmap of division names' first two characters: a pair's hash is first * factor + second, modulo its size
_PAIR_BITS = 1 << 20
_PAIR_FACTOR = 40_503

# The character templates grouped by the shape of what they read (a character, a bigram, the two
# neighbours, a trigram), each with where it starts relative to the character: one key look-up per shape.
def _ngram_groups() -> dict[tuple[int, ...], list[tuple[str, int]]]:
    groups: dict[tuple[int, ...], list[tuple[str, int]]] = {}
    for prefix, offsets in CHAR_TEMPLATES:
        groups.setdefault(template_shape(offsets), []).append((prefix, offsets[0]))
    return groups


_NGRAM_GROUPS = _ngram_groups()
_CHAR_ORDER = [prefix for prefix, _ in CHAR_TEMPLATES]
_TYPE_LETTERS = "hdlspo"  # the letters char_type returns
_POSITION_LETTERS = "BMES"
# Viterbi steps a group of sentences at once: at most this many (sentence, position) cells a group
_GROUP_CELLS = 1 << 15


def _longer_than(negated: list[int], t: int) -> int:
    """How many lengths exceed ``t``, of lengths in falling order given negated (so rising): a bisection, not a count
    over every length at each step where a sentence ends (speed214; ``bench/speed214.py``: 0.1 % of a run saved).

    >>> _longer_than([-9, -5, -5, -2], 5), _longer_than([-9, -5, -5, -2], 1), _longer_than([], 3)
    (1, 4, 0)
    """
    return bisect_left(negated, -t)


def read_model(tagger, path: str | os.PathLike[str]) -> tuple[list[str], list[str], np.ndarray, np.ndarray]:
    """Labels, attributes, state weights ``(attributes + 1, labels)`` and transitions ``(labels, labels)``.

    The last row of the state weights is zero: the row of an attribute the
    model does not know.
    """
    fd, dump = tempfile.mkstemp(prefix="zhkg-crf-", suffix=".txt")
    os.close(fd)
    try:
        tagger.dump(dump)
        text = Path(dump).read_text(encoding="utf-8", errors="surrogateescape")
    finally:
        os.unlink(dump)
    labels, attributes = _block(text, "LABELS"), _block(text, "ATTRIBUTES")
    if _NOT_UTF8.search(text):  # letters of a name damaged: the tables' JSON could not hold it (UnicodeEncodeError)
        raise ModelLayoutError(f"names in {path} are not UTF-8: the file is damaged")
    raw = Path(path).read_bytes()
    try:
        num_labels, num_attrs, off_features = struct.unpack_from("<II", raw, 20) + struct.unpack_from("<I", raw, 28)
        magic, _size, count = struct.unpack_from("<4sII", raw, off_features)
        features = np.frombuffer(raw, dtype=FEATURE_RECORD, count=count, offset=off_features + 12)
    except (struct.error, ValueError) as exc:
        raise ModelLayoutError(f"cannot read the feature table of {path}: {exc}") from exc
    if (magic, num_labels, num_attrs) != (b"FEAT", len(labels), len(attributes)):
        raise ModelLayoutError(f"the feature table of {path} does not match its dump")
    state = features[features["type"] == 0]
    trans = features[features["type"] == 1]
    if len(state) + len(trans) != count or (state["src"] >= num_attrs).any() or (features["dst"] >= num_labels).any():
        raise ModelLayoutError(f"unexpected features in {path}")
    weights = np.zeros((num_attrs + 1, num_labels))
    weights[state["src"].astype(np.intp), state["dst"].astype(np.intp)] = state["weight"]
    transitions = np.zeros((num_labels, num_labels))
    transitions[trans["src"].astype(np.intp), trans["dst"].astype(np.intp)] = trans["weight"]
    return labels, attributes, weights, transitions


#: Bump when the decoder's tables change: cached tables of another version are rebuilt.
_TABLES_VERSION = "4"


def _tables_path(path: str | os.PathLike[str]) -> Path | None:
    """Where the tables of model file ``path`` are cached: keyed by the file's bytes and the tables' version."""
    from zhkg.cachedir import cache_dir

    folder = cache_dir("ner")
    if folder is None:
        return None
    digest = hashlib.sha256(Path(path).read_bytes())
    digest.update(f"|{_TABLES_VERSION}|{np.__version__}|{''.join(sorted(SURNAMES))}".encode())
    return folder / f"{digest.hexdigest()[:32]}.npz"


def _load_tables(path: str | os.PathLike[str]) -> dict[str, np.ndarray] | None:
    """The cached tables of a model, or ``None`` (none yet, or unreadable: they are built again)."""
    try:
        cached = _tables_path(path)
        if cached is None or not cached.is_file():
            return None
        with np.load(cached, allow_pickle=False) as npz:
            tables = {name: npz[name] for name in npz.files}
        from zhkg.cachedir import used

        used(cached)
        return tables
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        return None


def cached_tables(path: str | os.PathLike[str]) -> dict[str, np.ndarray] | None:
    """The decoder's cached tables of model file ``path`` (keyed by its bytes), or ``None``: a file that has them
    was read whole once, and checked then."""
    return _load_tables(path)


def _save_tables(path: str | os.PathLike[str], arrays: dict[str, np.ndarray]) -> None:
    """Cache a model's tables (atomically; a failure only means building them again next time)."""
    from zhkg.cachedir import KEEP_FILES, store

    with contextlib.suppress(OSError):
        cached = _tables_path(path)
        if cached is not None:
            store(cached, lambda fh: np.savez(fh, **arrays), keep=KEEP_FILES)


def _block(text: str, name: str) -> list[str]:
    start = text.find(f"\n{name} = {{\n")
    end = text.find("\n}\n", start + 1)
    if start < 0 or end < 0:
        raise ModelLayoutError(f"crfsuite's dump has no {name} block")
    rows = _BLOCK_LINE.findall(text, start, end)
    if [int(i) for i, _ in rows] != list(range(len(rows))):
        raise ModelLayoutError(f"crfsuite's dump lists {name} out of order")
    return [value for _, value in rows]


def _pack(values: Sequence[str]) -> np.ndarray:
    """Integer keys of equal-length strings: their code points, 21 bits each."""
    width = len(values[0]) if values else 1
    points = np.frombuffer("".join(values).encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.int64)
    points = points.reshape(len(values), width)
    keys = np.zeros(len(values), dtype=np.int64)
    for column in range(width):
        keys = (keys << _BITS) | points[:, column]
    return keys


class _NgramTable:
    """The known values of templates that read the same n-gram shape at different offsets.

    ``b-2 b-1 b+0 b+1`` all read a bigram, starting two characters before the
    character up to one after it: one sorted key array serves the four, so a
    document's bigrams are looked up once, not four times.
    """

    def __init__(self, templates: Sequence[tuple[str, int]], shape: tuple[int, ...],
                 by_prefix: dict[str, dict[str, int]], missing: int) -> None:
        self.shape = shape
        self.starts = [start for _, start in templates]
        width = len(shape)
        values = sorted({v for prefix, _ in templates for v in by_prefix.get(prefix, {}) if len(v) == width})
        keys = _pack(values)
        order = np.argsort(keys, kind="stable")
        self.keys = keys[order]
        row_of = {values[i]: row for row, i in enumerate(order)}
        # one row per known value, and a last row for values no template knows
        self.ids = np.full((len(values) + 1, len(templates)), missing, dtype=np.intp)
        for column, (prefix, _) in enumerate(templates):
            for value, attribute in by_prefix.get(prefix, {}).items():
                if len(value) == width:
                    self.ids[row_of[value], column] = attribute

    def rows(self, points: np.ndarray, real: np.ndarray) -> list[np.ndarray]:
        """Attribute ids of each template at the ``real`` positions of the padded code points."""
        last = self.shape[-1]
        keys = np.zeros(len(points) - last, dtype=np.int64)
        for offset in self.shape:
            keys = (keys << _BITS) | points[offset : len(points) - last + offset]
        # the n-grams looked up in key order: each binary search starts where the last ended (numpy's
        # searchsorted narrows by the previous key when the keys rise), twice as fast as in text order
        order = np.argsort(keys)
        at = np.empty(len(keys), dtype=np.intp)
        at[order] = np.searchsorted(self.keys, keys[order])
        at[at == len(self.keys)] = 0
        found = self.keys[at] == keys if len(self.keys) else np.zeros(len(keys), dtype=bool)
        row = np.where(found, at, len(self.keys))  # the row of each n-gram of the padded text
        return [self.ids[row[real + start], column] for column, start in enumerate(self.starts)]


class CrfDecoder:
    """A crfsuite model's weights and the look-up tables to score characters with them.

    Parameters
    ----------
    tagger : pycrfsuite.Tagger
        The opened model (its dump gives the attribute and label names).
    path : path
        The model file (its feature table gives the weights, in full precision).
    extractor : FeatureExtractor
        The loaded extractor the model was trained with (segmenter, lexicons).
    tables : dict, optional
        The model's cached tables, when the caller has read them already (:func:`cached_tables`).
    """

    def __init__(self, tagger, path: str | os.PathLike[str], extractor: FeatureExtractor, *,
                 tables: dict[str, np.ndarray] | None = None) -> None:
        self.extractor = extractor
        self._tag_rows: dict[str, int] = {}
        self._tag_ids: list[list[int]] = []
        self._source = (tagger, path)
        self._attributes: list[str] | None = None
        tables = tables if tables is not None else _load_tables(path)
        if tables is None:
            self._build(tagger, path)
            _save_tables(path, self._tables())
        else:
            self._restore(tables)

    def _build(self, tagger, path: str | os.PathLike[str]) -> None:
        """The tables from the model itself: crfsuite's dump parsed, the weights read (a second or two)."""
        labels, attributes, self.weights, self.transitions = read_model(tagger, path)
        self.labels = labels
        self._attributes = attributes
        missing = len(attributes)
        self.missing = missing
        # value -> attribute id, by template; exact where prefixes nest (t and t-, w and wp): a value
        # is whatever follows the prefix, and values of the wrong length or form are never asked for
        by_prefix: dict[str, dict[str, int]] = {}
        by_initial: dict[str, list[str]] = {}
        for prefix in [*_CHAR_ORDER, "y", "q", "w", "g", "wp", "wn", "p", "o", "s", *CLUSTER_TEMPLATES,
                       *LEXICON_TEMPLATES, CONTEXT_TEMPLATE]:
            by_initial.setdefault(prefix[0], []).append(prefix)
        for i, a in enumerate(attributes):
            for prefix in by_initial.get(a[:1], ()):
                if a.startswith(prefix):
                    by_prefix.setdefault(prefix, {})[a[len(prefix) :]] = i
        self._ngrams = [_NgramTable(templates, shape, by_prefix, missing) for shape, templates in _NGRAM_GROUPS.items()]
        self._words = {prefix: by_prefix.get(prefix, {}) for prefix in ("w", "wp", "wn", "g")}
        self._cluster_attributes = {prefix: by_prefix.get(prefix, {}) for prefix in CLUSTER_TEMPLATES}

        def small_table(prefix: str, values: Sequence[str]) -> np.ndarray:
            known = by_prefix.get(prefix, {})
            return np.array([known.get(v, missing) for v in values], dtype=np.intp)

        # type trigrams, word positions, place positions, organisation suffixes, surname pairs
        self._type_trigrams = small_table("y", [a + b + c for a in _TYPE_LETTERS for b in _TYPE_LETTERS
                                                for c in _TYPE_LETTERS])
        self._positions = small_table("q", _POSITION_LETTERS)
        self._place = small_table("p", [chr(i) for i in range(128)])
        self._org = small_table("o", [chr(i) for i in range(128)])
        self._surname_pairs = small_table("s", ["00", "01", "10", "11"])
        # version 3: each lexicon's position letter (by code point), and the pair of its neighbours' classes
        self._lexicon_positions = np.stack([small_table(prefix, [chr(i) for i in range(128)])
                                            for prefix in LEXICON_TEMPLATES])
        self._lexicon_context = small_table(CONTEXT_TEMPLATE, [a + b for a in CLASSES for b in CLASSES])
        # per code point of the Basic Multilingual Plane: type index and surname flag (others: computed)
        self._bmp_types = np.array([_TYPE_LETTERS.index(char_type(chr(c))) for c in range(0x10000)], dtype=np.int64)
        self._bmp_surnames = np.zeros(0x10000, dtype=np.int64)
        self._bmp_surnames[[ord(ch) for ch in SURNAMES]] = 1
        self._finish()

    @property
    def attributes(self) -> list[str]:
        """The model's attribute names by id (read from the model when first asked: decoding needs only ids)."""
        if self._attributes is None:
            self._attributes = read_model(*self._source)[1]
        return self._attributes

    @property
    def feature_version(self) -> int:
        """The feature version the model was trained with, read off its attributes (a cluster one: version 2,
        a lexicon one: version 3)."""
        if (self._lexicon_positions != self.missing).any() or (self._lexicon_context != self.missing).any():
            return LEXICON_VERSION
        return CLUSTER_VERSION if any(self._cluster_attributes.values()) else 1

    def _finish(self) -> None:
        self._cluster_tables: tuple[np.ndarray, ...] | None = None
        self._word_ids: tuple[dict[str, int], np.ndarray] | None = None
        self._place_bits: tuple[frozenset[str], np.ndarray] | None = None
        self._ngram_order = [prefix for templates in _NGRAM_GROUPS.values() for prefix, _ in templates]
        self._position_index = np.zeros(128, dtype=np.intp)
        for i, letter in enumerate(_POSITION_LETTERS):
            self._position_index[ord(letter)] = i
        self._class_index = np.zeros(128, dtype=np.intp)
        for i, letter in enumerate(CLASSES):
            self._class_index[ord(letter)] = i

    _ARRAYS = ("weights", "transitions", "_type_trigrams", "_positions", "_place", "_org", "_surname_pairs",
               "_bmp_types", "_bmp_surnames", "_lexicon_positions", "_lexicon_context")

    def _tables(self) -> dict[str, np.ndarray]:
        """Everything :meth:`_build` made, as arrays (names and dictionaries as UTF-8 JSON bytes)."""
        arrays = {name: getattr(self, name) for name in self._ARRAYS}
        for k, table in enumerate(self._ngrams):
            arrays[f"ngram{k}_keys"], arrays[f"ngram{k}_ids"] = table.keys, table.ids
        names = {"labels": self.labels, "missing": self.missing, "words": self._words,
                 "clusters": self._cluster_attributes}
        arrays["names"] = np.frombuffer(json.dumps(names, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)
        return arrays

    def _restore(self, arrays: dict[str, np.ndarray]) -> None:
        for name in self._ARRAYS:
            setattr(self, name, arrays[name])
        names = json.loads(arrays["names"].tobytes().decode("utf-8"))
        self.labels, self.missing, self._words = names["labels"], names["missing"], names["words"]
        self._cluster_attributes = names["clusters"]
        self._ngrams = []
        for k, (shape, templates) in enumerate(_NGRAM_GROUPS.items()):
            table = _NgramTable.__new__(_NgramTable)
            table.shape, table.starts = shape, [start for _, start in templates]
            table.keys, table.ids = arrays[f"ngram{k}_keys"], arrays[f"ngram{k}_ids"]
            self._ngrams.append(table)
        self._finish()

    # -- attributes at every character -------------------------------------------------------

    def attribute_ids(self, sentences: Sequence[str], words: Sequence[Sequence[str] | None]) -> np.ndarray:
        """The attribute id of every template at every character: ``(templates, characters)``.

        Characters of all ``sentences`` follow one another; ``len(attributes)``
        stands for a feature the model does not know.
        """
        folded = [fold_width(s) for s in sentences]
        lengths = np.array([len(s) for s in folded], dtype=np.intp)
        padded = "".join("\x02\x02" + s + "\x03\x03" for s in folded)
        points = np.frombuffer(padded.encode("utf-32-le"), dtype="<u4").astype(np.int64)
        # where each real character sits in the padded text
        real = np.arange(int(lengths.sum())) + 2 + 4 * np.repeat(np.arange(len(folded)), lengths)
        found = dict(zip(self._ngram_order, (row for table in self._ngrams for row in table.rows(points, real))))
        rows = [found[prefix] for prefix in _CHAR_ORDER]
        types = self._types(points)
        rows.append(self._type_trigrams[types[real - 1] * 36 + types[real] * 6 + types[real + 1]])
        word_rows, word_layout = self._word_rows(folded, words)
        rows.extend(word_rows)
        # the padded text read as one: no division name holds a padding character, so none runs across two
        # sentences, and only the bigrams the pairs' bitmap may hold are looked at (a few in a hundred)
        places = "".join(self.extractor._place_positions(padded, self._place_candidates(points).tolist()))
        rows.append(self._place[np.frombuffer(places.encode("ascii"), dtype=np.uint8)[real]])
        orgs = "".join(self.extractor._org_suffixes(padded))  # (one scan: no suffix holds a padding character)
        rows.append(self._org[np.frombuffer(orgs.encode("ascii"), dtype=np.uint8)[real]])
        surnames = self._surnames(points)
        rows.append(self._surname_pairs[surnames[real - 1] * 2 + surnames[real]])
        if self.extractor.version == CLUSTER_VERSION:
            rows.extend(self._cluster_rows(*word_layout))
        elif self.extractor.version == LEXICON_VERSION:
            rows.extend(self._lexicon_rows(folded))
        return np.stack(rows)

    def _place_candidates(self, points: np.ndarray) -> np.ndarray:
        """Positions of the code points ``points`` where a division name's first two characters may stand: a
        superset of them (a bitmap of the pairs' hashes, made on first use, has a few false hits in a hundred)."""
        known = self.extractor._place_pairs
        if self._place_bits is None or self._place_bits[0] is not known:  # (kept with the pairs it was made of)
            pairs = sorted(pair for pair in known if len(pair) == 2)
            first = np.array([ord(pair[0]) for pair in pairs], dtype=np.int64)
            second = np.array([ord(pair[1]) for pair in pairs], dtype=np.int64)
            bits = np.zeros(_PAIR_BITS, dtype=bool)
            bits[(first * _PAIR_FACTOR + second) % _PAIR_BITS] = True
            self._place_bits = (known, bits)
        return np.flatnonzero(self._place_bits[1][(points[:-1] * _PAIR_FACTOR + points[1:]) % _PAIR_BITS])

    def _lexicon_rows(self, folded: Sequence[str]) -> list[np.ndarray]:
        """xg, xo, xn, xr, xf and xc ids per character: the lexicons scanned once over all the sentences.

        The sentences are joined by a NUL, which no lexicon word holds, so no match crosses one and the
        scan finds each sentence's matches; the NULs' own values are then dropped.
        """
        values = self.extractor._lexicons.values("\0".join(folded))
        lengths = np.array([len(s) for s in folded], dtype=np.intp)
        keep = np.ones(int(lengths.sum()) + len(folded) - 1, dtype=bool)
        keep[np.cumsum(lengths + 1)[:-1] - 1] = False  # the joining NULs (a NUL of the text itself stays)
        out = [self._lexicon_positions[k][np.frombuffer(letters.encode("ascii"), dtype=np.uint8)[keep]]
               for k, (_, letters) in enumerate(values[:-1])]
        # the classes are padded by one either side: character i's neighbours are i and i + 2, a NUL's "-"
        classes = self._class_index[np.frombuffer(values[-1][1].encode("ascii"), dtype=np.uint8)]
        out.append(self._lexicon_context[(classes[:-2] * len(CLASSES) + classes[2:])[keep]])
        return out

    def _cluster_rows(self, all_words: list[str], before: list[str], after: list[str],
                      position: np.ndarray, per_char: np.ndarray) -> list[np.ndarray]:
        """ka, kb, kc, kp, kn ids per character: each word's clusters looked up once, repeated over its characters."""
        extractor = self.extractor
        if self._cluster_tables is None:
            self._cluster_tables = self._build_cluster_tables(extractor._cluster_sizes)
        ka, kb, kc, kp, kn = self._cluster_tables
        row_of, ids = extractor._cluster_row, extractor._cluster_ids
        unknown = len(ids) - 1

        def clusters(values: list[str]) -> np.ndarray:
            rows = np.fromiter(map(row_of.get, values, repeat(unknown)), dtype=np.intp, count=len(values))
            return ids[rows[per_char]]

        here, left, right = clusters(all_words), clusters(before), clusters(after)
        return [ka[here[:, 0], position], kb[here[:, 1], position], kc[here[:, 2]], kp[left[:, 1]], kn[right[:, 1]]]

    def _build_cluster_tables(self, sizes: tuple[int, ...]) -> tuple[np.ndarray, ...]:
        """Attribute ids by cluster id (the last row: a word the table lacks), and by position where a template has it."""
        missing = self.missing
        known = self._cluster_attributes

        def names(size: int) -> list[str]:
            return [*map(str, range(size)), "-"]

        def by_position(prefix: str, size: int) -> np.ndarray:
            return np.array([[known[prefix].get(letter + c, missing) for letter in _POSITION_LETTERS]
                             for c in names(size)], dtype=np.intp)

        def plain(prefix: str, size: int) -> np.ndarray:
            return np.array([known[prefix].get(c, missing) for c in names(size)], dtype=np.intp)

        return (by_position("ka", sizes[0]), by_position("kb", sizes[1]), plain("kc", sizes[2]),
                plain("kp", sizes[1]), plain("kn", sizes[1]))

    def _types(self, points: np.ndarray) -> np.ndarray:
        out = self._bmp_types[np.minimum(points, 0xFFFF)]
        astral = points > 0xFFFF
        if astral.any():
            out[astral] = [_TYPE_LETTERS.index(char_type(chr(c))) for c in points[astral]]
        return out

    def _surnames(self, points: np.ndarray) -> np.ndarray:
        return np.where(points > 0xFFFF, 0, self._bmp_surnames[np.minimum(points, 0xFFFF)])

    def _word_table(self) -> tuple[dict[str, int], np.ndarray]:
        """Each word any of the w, wp, wn templates knows, by row, and the three attribute ids of each row
        (the last row: a word none of them knows); made on first use."""
        if self._word_ids is None:
            w, wp, wn = (self._words[prefix] for prefix in ("w", "wp", "wn"))
            known = sorted(w.keys() | wp.keys() | wn.keys())
            missing = self.missing
            ids = np.array([[table.get(word, missing) for table in (w, wp, wn)] for word in known]
                           + [[missing] * 3], dtype=np.intp).reshape(-1, 3)
            self._word_ids = ({word: row for row, word in enumerate(known)}, ids)
        return self._word_ids

    def _word_rows(self, folded: Sequence[str], words: Sequence[Sequence[str] | None]) -> tuple[list[np.ndarray], tuple]:
        """q, w, g, wp, wn ids per character: looked up per word, repeated over its characters.

        A word is looked up once, in :meth:`_word_table`; the words before and after it are
        the rows either side in the same array (the sentence's padding at its ends).
        Also the words, the words before and after each, each character's position in its word
        and its word's index: what the cluster templates read.
        """
        all_words: list[str] = []
        counts: list[int] = []
        for text, given in zip(folded, words):
            ws = self.extractor._words_of(text, given)
            all_words.extend(ws)
            counts.append(len(ws))
        lengths = np.fromiter(map(len, all_words), dtype=np.intp, count=len(all_words))
        if int(lengths.sum()) != sum(map(len, folded)):
            raise RuntimeError("jieba.cut did not return every character of a sentence")
        positions = "".join(map(POSITIONS.__getitem__, lengths.tolist()))
        position = self._position_index[np.frombuffer(positions.encode("ascii"), dtype=np.uint8)]
        missing = self.missing
        # the tag feature is position letter + tag: four ids a tag, kept per tag (there are a few dozen)
        tags = list(map(self.extractor._tags.get, all_words, repeat("x")))
        for tag in set(tags).difference(self._tag_rows):
            self._tag_rows[tag] = len(self._tag_ids)
            self._tag_ids.append([self._words["g"].get(letter + tag, missing) for letter in _POSITION_LETTERS])
        tag_table = np.array(self._tag_ids, dtype=np.intp)
        word_tag = np.fromiter(map(self._tag_rows.__getitem__, tags), dtype=np.intp, count=len(tags))
        per_char = np.repeat(np.arange(len(all_words)), lengths)
        row_of, ids = self._word_table()
        unknown = len(ids) - 1
        rows = np.fromiter(map(row_of.get, all_words, repeat(unknown)), dtype=np.intp, count=len(all_words))
        ends = np.cumsum(counts)
        firsts, lasts = (ends - counts)[np.array(counts) > 0], ends[np.array(counts) > 0] - 1
        before, after = np.empty_like(rows), np.empty_like(rows)
        before[1:], after[:-1] = rows[:-1], rows[1:]
        before[firsts] = row_of.get("\x02", unknown)
        after[lasts] = row_of.get("\x03", unknown)
        layout: tuple = (all_words, None, None, position, per_char)
        if self.extractor.version == CLUSTER_VERSION:  # the cluster templates read the words either side
            starts = set(firsts.tolist())
            stops = set(lasts.tolist())
            before_words = ["\x02" if k in starts else all_words[k - 1] for k in range(len(all_words))]
            after_words = ["\x03" if k in stops else all_words[k + 1] for k in range(len(all_words))]
            layout = (all_words, before_words, after_words, position, per_char)
        return [
            self._positions[position],
            ids[rows, 0][per_char],
            tag_table[word_tag[per_char], position],
            ids[before, 1][per_char],
            ids[after, 2][per_char],
        ], layout

    # -- scores and tags -------------------------------------------------------------------------

    def tag(self, sentences: Sequence[str], words: Sequence[Sequence[str] | None] | None = None) -> list[list[str]]:
        """One list of BIO tags per sentence (``words``: each sentence's jieba words, or ``None``)."""
        if words is None:
            words = [None] * len(sentences)
        filled = [k for k, s in enumerate(sentences) if s]
        if len(filled) < len(sentences):  # an empty sentence has no tags, and no place in the arrays
            tags = self.tag([sentences[k] for k in filled], [words[k] for k in filled])
            out: list[list[str]] = [[] for _ in sentences]
            for k, t in zip(filled, tags):
                out[k] = t
            return out
        if not sentences:
            return []
        scores = self.state_scores(self.attribute_ids(sentences, words))
        lengths = [len(s) for s in sentences]
        labels = self.labels
        return [[labels[i] for i in path] for path in self._viterbi(scores, lengths)]

    def state_scores(self, ids: np.ndarray) -> np.ndarray:
        """Each character's score of each label: the weights of its attributes (``ids``, templates by
        characters) added up in template order, as crfsuite adds them, so the sums are crfsuite's to the bit.

        Every id is an attribute's row or the last, "missing" one; that is checked once here, so the
        gathers need no bounds checks of their own (``mode="clip"`` never clips): with one reused buffer
        they take about a third of the time of ``weights[row]``.
        """
        weights = self.weights
        if ids.size and (ids.min() < 0 or ids.max() >= len(weights)):
            raise IndexError("an attribute id outside the model's weights")
        scores = weights.take(ids[0], axis=0, mode="clip")  # a fresh array, the first template's weights
        gathered = np.empty_like(scores)
        for row in ids[1:]:
            weights.take(row, axis=0, out=gathered, mode="clip")
            scores += gathered
        return scores

    def _viterbi(self, scores: np.ndarray, lengths: Sequence[int]) -> list[list[int]]:
        """Best label paths of the sentences whose state scores follow one another in ``scores``.

        Sentences of similar length advance together, a step per character
        position, so a step is one array operation over a group of sentences;
        a group holds at most ``_GROUP_CELLS`` padded positions.
        """
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.intp)
        order = sorted(range(len(lengths)), key=lambda k: -lengths[k])
        out: list[list[int]] = [[] for _ in lengths]
        group: list[int] = []
        for k in order:
            if group and (len(group) + 1) * lengths[group[0]] > _GROUP_CELLS:
                self._viterbi_group(scores, starts, lengths, group, out)
                group = []
            group.append(k)
        if group:
            self._viterbi_group(scores, starts, lengths, group, out)
        return out

    def _viterbi_group(self, scores: np.ndarray, starts: np.ndarray, lengths: Sequence[int],
                       group: list[int], out: list[list[int]]) -> None:
        count, span = len(group), lengths[group[0]]
        by_length = np.array([lengths[k] for k in group], dtype=np.intp)  # longest first
        transitions = self.transitions
        num_labels = transitions.shape[0]
        # time-major, so the sentences still running at a step are one contiguous block
        state = np.zeros((span, count, num_labels))
        for row, k in enumerate(group):
            state[: lengths[k], row] = scores[starts[k] : starts[k] + lengths[k]]
        # each step's best scores, kept: the way back asks, at each step, only for the previous label of the one
        # label its path took (seven sums a sentence), not for that of every label (49 sums, a strided argmax)
        kept = np.empty((span, count, num_labels))
        candidates = np.empty((count, num_labels, num_labels))  # [sentence, previous, next]
        best = state[0].copy()
        kept[0] = best
        maximum = np.maximum.reduce
        lengths_desc = by_length.tolist()
        negated = [-n for n in lengths_desc]  # rising, for _longer_than
        t = 1
        while t < span:
            # the sentences still running from t on, and the step where the next one ends
            running = _longer_than(negated, t)
            until = lengths_desc[running - 1]
            step, scores_now, previous = candidates[:running], best[:running], best[:running, :, None]
            for u in range(t, until):
                np.add(previous, transitions, out=step)
                maximum(step, axis=1, out=scores_now)
                scores_now += state[u, :running]
                kept[u, :running] = scores_now
            t = until
        path = np.zeros((span, count), dtype=np.intp)
        rows = np.arange(count)
        path[by_length - 1, rows] = best.argmax(axis=1)
        into = np.ascontiguousarray(transitions.T)  # into[next, previous]
        running = 0
        for t in range(span - 1, 0, -1):  # going back, sentences join as t falls within them
            while running < count and lengths_desc[running] > t:
                running += 1
            # the same sums as the step forward (previous score + transition), and the first best previous
            # label, as crfsuite keeps
            path[t - 1, :running] = (kept[t - 1, :running] + into[path[t, :running]]).argmax(axis=1)
        for row, k in enumerate(group):
            out[k] = path[: lengths[k], row].tolist()
