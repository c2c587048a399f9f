"""Measure extraction: a graph against hand-written gold entities, spans against BIO data, articles by entity.

* :func:`score_entities`: entity level, by name or alias (the seed's gold file);
* :func:`evaluate_bio`: exact PER/LOC/ORG spans on character-BIO sentences, through
  the same extraction the graph uses (what ``zhkg eval FILE.bio`` prints);
* :func:`load_article_gold` and :func:`score_articles`: whole articles scored per
  document as sets of typed entities (what ``zhkg eval FILE.jsonl`` prints).

The article gold (``tests/gold/entities_dev.jsonl``) is JSON lines, one article a
line: ``id``; its text, either inline (``"text"``) or by reference (``"source":
"thucnews"`` and a ``"row"`` of ``corpus/thucnews_1000.tsv``; ``"uner_zh"`` or
``"cluener"``, a ``"file"`` of that folder and the ``"sentences"`` joined), read
from a data folder at run time; an optional ``"window": [start, end]`` of that
text and an OpenCC ``"convert"`` configuration (``s2hk``, ``s2tw``: a Traditional
version, one character for one); tags ``region``, ``script`` and ``half``
(``tune`` or ``held``); and ``"entities"``: ``{"type": "PERSON" | "ORGANIZATION"
| "PLACE", "name": ..., "aliases": [...]}``, names in Simplified characters.

A document's predicted entities are its mentions grouped by entity (deictic
places such as 全区 and names nested inside a longer name left out, as BIO data
would). Each gold entity matches at most one predicted entity of its type that
bears its name or an alias (canonical or surface form); so an abbreviation left
as a second node of the same entity (首规委 beside 首都规划建设委员会) costs
precision, and a name typed wrongly costs both.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from zhkg.errors import InputError
from zhkg.ner.bio import Score as SpanScore
from zhkg.records import Mention, MentionSource
from zhkg.scores import f1
from zhkg.stages.read_json import json_line

__all__ = ["Score", "score_entities", "BioEvaluation", "evaluate_bio", "outermost_spans", "BIO_LABEL",
           "GoldEntity", "GoldArticle", "ArticleTally", "load_article_gold", "read_article_record", "predicted_entities",
           "score_articles", "score_each_article", "matched_entities", "predicted_groups",
           "ENTITY_TYPES", "THUCNEWS", "GoldSources", "NO_TEXT", "convert_gold", "find_data_dir", "gold_record",
           "read_gold_lines"]


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 with the counts behind them."""

    tp_predicted: int
    predicted: int
    tp_gold: int
    gold: int
    missing: tuple[str, ...] = ()
    spurious: tuple[str, ...] = ()

    @property
    def precision(self) -> float:
        return self.tp_predicted / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def _names(attrs: dict) -> set[str]:
    names = {attrs.get("name_simplified", "")}
    names.update(a for a in str(attrs.get("aliases", "")).split("|") if a)
    return names - {""}


def score_entities(G: nx.Graph, gold: list[dict], label: str) -> Score:
    """Entity-level scores of the nodes of type ``label`` against gold entries.

    A node is correct when its Simplified name or an alias is a gold name or alias;
    a gold entry is found when some node's names include its name or an alias.

    >>> G = nx.Graph(); G.add_node("a", type="PERSON", name_simplified="闫维洪", aliases="閆維洪|闫维洪")
    >>> s = score_entities(G, [{"name": "闫维洪"}, {"name": "刘权有"}], "PERSON")
    >>> s.precision, s.recall, s.missing
    (1.0, 0.5, ('刘权有',))
    """
    nodes = [attrs for _, attrs in G.nodes(data=True) if attrs.get("type") == label]
    gold_names = [{g["name"], *g.get("aliases", [])} for g in gold]
    all_gold = set().union(*gold_names) if gold_names else set()
    correct = [n for n in nodes if _names(n) & all_gold]
    found = [g for g, names in zip(gold, gold_names) if any(names & _names(n) for n in nodes)]
    return Score(
        tp_predicted=len(correct),
        predicted=len(nodes),
        tp_gold=len(found),
        gold=len(gold),
        missing=tuple(sorted(g["name"] for g in gold if g not in found)),
        spurious=tuple(sorted(n.get("name_simplified", "") for n in nodes if not (_names(n) & all_gold))),
    )


# --- span-level evaluation on character-BIO data (PER/LOC/ORG) -------------------------------

#: Our labels as the BIO data names them.
BIO_LABEL = {"PERSON": "PER", "PLACE": "LOC", "ORGANIZATION": "ORG"}


@dataclass(frozen=True)
class BioEvaluation:
    """The result of :func:`evaluate_bio`: span scores and speed."""

    score: object  # zhkg.ner.bio.Score
    sentences: int
    characters: int
    seconds: float

    @property
    def chars_per_second(self) -> float:
        return self.characters / self.seconds if self.seconds else 0.0


# of two mentions of one span, the organisation's is the name: a place kept beside it locates the body (the club
# 利物浦 and the city it is in), a person beside it is one the recogniser read where a rule read the body
_SAME_SPAN_ORDER = {"ORG": 0, "LOC": 1, "PER": 2}


def outermost_spans(mentions) -> list[tuple[int, int, str]]:
    """PER/LOC/ORG name spans of mentions, dropping any nested in another (BIO data cannot nest).

    >>> from zhkg.records import Mention, Label
    >>> ms = [Mention("d", 0, 5, "平谷区政协", "平谷区政协", Label.ORGANIZATION, "x"),
    ...       Mention("d", 0, 3, "平谷区", "平谷区", Label.PLACE, "x")]
    >>> outermost_spans(ms)
    [(0, 5, 'ORG')]
    """
    # deictic places (全区, 本市) are references, not names: BIO name data never marks them
    spans = sorted({(m.start, m.end, BIO_LABEL[m.label.value]) for m in mentions
                    if m.label.value in BIO_LABEL and m.extractor != MentionSource.DEIXIS},
                   key=lambda s: (s[0], -s[1], _SAME_SPAN_ORDER[s[2]]))
    out: list[tuple[int, int, str]] = []
    for s in spans:
        if any(o[0] <= s[0] and s[1] <= o[1] for o in out):
            continue
        out.append(s)
    return out


#: The span types of a BIO file zhkg's extraction is scored on.
BIO_TYPES = ("PER", "LOC", "ORG")


def evaluate_bio(path, *, script: str = "simplified", pipeline=None, limit: int | None = None) -> BioEvaluation:
    """Run the graph's own extraction over each sentence of a BIO file and score exact spans.

    ``script="traditional"`` converts each gold sentence with OpenCC ``s2t`` first
    (one character for one, so the gold offsets stay valid), to measure the
    Traditional path.
    """
    import time

    from zhkg.ner.bio import read_bio, score_spans
    from zhkg.run.pipeline import Pipeline, batched
    from zhkg.stages.documents import parse_documents
    from zhkg.stages.normalise import to_traditional

    if script not in ("simplified", "traditional"):
        raise ValueError(f"script must be simplified or traditional, not {script!r}")
    sentences = read_bio(path)[:limit] if limit else read_bio(path)
    others = sorted({label for s in sentences for _, _, label in s.spans} - set(BIO_TYPES))
    if others:  # every span of theirs would count as missed, and the score would say nothing
        raise InputError(f"{path}: gold types {', '.join(others)} are none of {', '.join(BIO_TYPES)}, which zhkg "
                         "predicts; map them first (MSRA's nr, ns, nt are PER, LOC, ORG)")
    pipe = pipeline or Pipeline()
    pipe.run_texts([("warm-up", "平谷区政协主席闫维洪。")])  # load models before timing
    texts = [to_traditional(s.text) if script == "traditional" else s.text for s in sentences]
    start = time.perf_counter()
    documents = [parse_documents(f"s{i}", text)[0] for i, text in enumerate(texts)]
    predicted = []
    for batch in batched(documents):  # as a corpus run goes: the recogniser tags a batch together
        predicted.extend(outermost_spans(mentions) for mentions in pipe.extract_mentions_many(batch))
    seconds = time.perf_counter() - start
    score = score_spans([s.spans for s in sentences], predicted)
    return BioEvaluation(score=score, sentences=len(sentences), characters=sum(map(len, texts)), seconds=seconds)


# --- whole articles, scored per document as sets of typed entities ----------------------------

#: The entity types an article gold file names, in the order reports list them.
ENTITY_TYPES = ("PERSON", "ORGANIZATION", "PLACE")
THUCNEWS = Path("corpus") / "thucnews_1000.tsv"
_BIO_SOURCES = {"uner_zh": Path("ner") / "uner_zh", "cluener": Path("ner") / "cluener"}
# the other script of a document, for mirror runs: Hong Kong text in Hong Kong forms, the rest Taiwan's
_MIRROR_CONVERT = {"hongkong": "s2hk"}


@dataclass(frozen=True)
class GoldEntity:
    """One entity of an article: its type and its names (the first is its name, the rest aliases; Simplified)."""

    label: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class GoldArticle:
    """An annotated article: its text (as scored) and its entities, with the tags reports group by."""

    id: str
    text: str
    entities: tuple[GoldEntity, ...]
    region: str = ""
    script: str = "simplified"
    half: str = "tune"


@dataclass
class ArticleTally(SpanScore):
    """Gold, predicted and matched entities by type over a group of articles (counts and P/R/F1 as
    :class:`zhkg.ner.bio.Score`), with the names missed and the names found spuriously."""

    gold: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    predicted: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    correct: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def add(self, other: ArticleTally) -> None:
        for mine, theirs in ((self.gold, other.gold), (self.predicted, other.predicted), (self.correct, other.correct)):
            for label, n in theirs.items():
                mine[label] += n
        self.misses += other.misses
        self.spurious += other.spurious


def gold_record(line: str, where: str) -> dict:
    """One gold JSON line as an object, or an :class:`InputError` saying what it is instead (never Python's names).

    >>> gold_record('{"id": "a"}', "g.jsonl:1")
    {'id': 'a'}
    >>> gold_record("This is English.", "g.jsonl:2")
    Traceback (most recent call last):
    ...
    zhkg.errors.InputError: g.jsonl:2: malformed JSON (Expecting value)
    >>> gold_record("[1, 2]", "g.jsonl:3")
    Traceback (most recent call last):
    ...
    zhkg.errors.InputError: g.jsonl:3: expected a JSON object, not an array
    """
    record = json_line(line, where)
    if not isinstance(record, dict):
        kind = {list: "an array", str: "a string", bool: "true or false", type(None): "null"}.get(type(record), "a number")
        raise InputError(f"{where}: expected a JSON object, not {kind}")
    return record


def gold_window(record: dict, text: str, where: str) -> tuple[int, int]:
    """The ``window`` of ``record`` (default the whole ``text``), checked to lie within ``text``.

    A window past the text would score a shorter text than was annotated, silently.

    >>> gold_window({"window": [0, 2]}, "北京市", "g.jsonl:1")
    (0, 2)
    >>> gold_window({"window": [0, 9]}, "北京市", "g.jsonl:2")
    Traceback (most recent call last):
    ...
    zhkg.errors.InputError: g.jsonl:2: window [0, 9] is not within the text's 3 characters
    """
    window = record.get("window", [0, len(text)])
    if not (isinstance(window, list) and len(window) == 2 and all(type(v) is int for v in window)):
        raise InputError(f"{where}: window must be [start, end], two whole numbers, not {json.dumps(window, ensure_ascii=False)}")
    start, end = window
    if not 0 <= start <= end <= len(text):
        raise InputError(f"{where}: window [{start}, {end}] is not within the text's {len(text)} characters")
    return start, end


def gold_names(value: object, field: str, where: str, *, empty: bool = False) -> tuple[str, ...]:
    """``value`` as a tuple of names, or an :class:`InputError`: a list of non-blank strings (``empty``: may be []).

    A string is refused, not read as its characters.

    >>> gold_names(["球员", "选手"], "thing", "g.jsonl:1")
    ('球员', '选手')
    >>> gold_names("球员", "thing", "g.jsonl:2")
    Traceback (most recent call last):
    ...
    zhkg.errors.InputError: g.jsonl:2: thing must be a list of names, not "球员"
    """
    if (not isinstance(value, list) or not (value or empty)
            or not all(isinstance(v, str) and v.strip() for v in value)):
        raise InputError(f"{where}: {field} must be a list of names, not {json.dumps(value, ensure_ascii=False)}")
    return tuple(value)


def gold_index(value: object, field: str, size: int, what: str, where: str) -> int:
    """``value`` checked to be a whole number indexing ``size`` items (a negative one would count from the end).

    >>> gold_index(5, "row", 3, "corpus/thucnews_1000.tsv", "g.jsonl:1")
    Traceback (most recent call last):
    ...
    zhkg.errors.InputError: g.jsonl:1: row 5 is not in corpus/thucnews_1000.tsv (rows 0 to 2)
    """
    if type(value) is not int:
        raise InputError(f"{where}: {field} must be a whole number, not {json.dumps(value, ensure_ascii=False)}")
    if not 0 <= value < size:
        raise InputError(f"{where}: {field} {value} is not in {what} ({field}s 0 to {size - 1})")
    return value


def gold_id(record: dict, seen: dict[str, int], number: int, where: str) -> str:
    """The ``id`` of ``record``, refused when line ``number`` repeats one of ``seen`` (id -> line), then noted.

    >>> seen = {}
    >>> gold_id({"id": "a"}, seen, 1, "g.jsonl:1")
    'a'
    >>> gold_id({"id": "a"}, seen, 2, "g.jsonl:2")
    Traceback (most recent call last):
    ...
    zhkg.errors.InputError: g.jsonl:2: id 'a' is used on line 1 too; each document is scored once
    """
    name = str(record["id"])
    if name in seen:
        raise InputError(f"{where}: id {name!r} is used on line {seen[name]} too; each document is scored once")
    seen[name] = number
    return name


def read_gold_lines(path: str | Path) -> list[str]:
    r"""The lines of a gold file (JSON lines, FinRE rows), or one :class:`InputError` naming the file.

    A file missing, a folder, not UTF-8 or empty is refused the same way by every ``zhkg eval…`` command; a leading
    byte-order mark (Notepad's UTF-8) is dropped, as :func:`~zhkg.stages.read.read_inputs` drops it.

    >>> import tempfile, pathlib
    >>> bad = pathlib.Path(tempfile.mkdtemp()) / "gold.jsonl"; _ = bad.write_bytes(b"{}\n\xbe")
    >>> read_gold_lines(bad)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    zhkg.errors.InputError: ...gold.jsonl is not valid utf-8 (byte 3)
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a folder, not a gold file") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not valid utf-8 (byte {exc.start})") from None
    lines = text.removeprefix("\ufeff").splitlines()
    if not any(line.strip() for line in lines):
        raise InputError(f"{path} is empty")
    return lines


#: What ``zhkg eval`` and ``zhkg eval-counts`` say of a gold record that gives no text to score, after its file and line.
NO_TEXT = "no text (the record has no 'text' field and no 'source' field)"


def find_data_dir(start: Path | None = None) -> Path | None:
    """The shared data folder: ``shared/data`` beside a parent of ``start`` (the cwd), else None."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "shared" / "data"
        if (candidate / THUCNEWS).is_file():
            return candidate
    return None


def _bio_sentences(path: Path) -> list[str]:
    from zhkg.ner.bio import read_bio

    return [sentence.text for sentence in read_bio(path)]


class GoldSources:
    """The texts gold records refer to (a THUCNews row, sentences of a BIO file), each file read once."""

    def __init__(self, data_dir: Path | None) -> None:
        self.data = data_dir
        self.files: dict[Path, list[str]] = {}

    def _lines(self, relative: Path, parse) -> list[str]:
        if self.data is None:
            raise InputError("the gold refers to the shared data folder; pass --data DIR")
        path = self.data / relative
        if path not in self.files:
            self.files[path] = parse(path)
        return self.files[path]

    def text(self, record: dict, where: str = "") -> str:
        """The text ``record`` names: inline, a THUCNews row or sentences of a BIO file (indices checked)."""
        if "text" in record:
            return str(record["text"])
        if "source" not in record:
            raise InputError(f"{where}: {NO_TEXT}")
        source = record["source"]
        if source == "thucnews":
            rows = self._lines(THUCNEWS, lambda p: [r.split("\t", 1)[-1] for r in p.read_text(encoding="utf-8").splitlines()])
            return rows[gold_index(record["row"], "row", len(rows), str(THUCNEWS), where)]
        if source in _BIO_SOURCES:
            relative = _BIO_SOURCES[source] / Path(record["file"]).name
            sentences = self._lines(relative, _bio_sentences)
            numbers = record["sentences"]
            if not isinstance(numbers, list) or not numbers:
                raise InputError(f"{where}: sentences must be a list of sentence numbers, not "
                                 f"{json.dumps(numbers, ensure_ascii=False)}")
            return "".join(sentences[gold_index(i, "sentence", len(sentences), str(relative), where)] for i in numbers)
        raise InputError(f"unknown source {source!r}")


def convert_gold(text: str, config: str, where: str) -> str:
    """``text`` through OpenCC ``config``, one character for one; an :class:`InputError` naming ``where`` if not."""
    from zhkg.stages.normalise import OffsetInvariantError, convert

    try:
        return convert(text, config)
    except OffsetInvariantError as exc:
        raise InputError(f"{where}: {exc}") from None


def load_article_gold(path: str | Path, data_dir: str | Path | None = None, *, mirror: bool = False) -> list[GoldArticle]:
    """The annotated articles of a JSON-lines gold file (format in the module docstring).

    ``data_dir`` is the shared data folder referenced texts are read from. With
    ``mirror``, each article comes twice: as annotated and in the other script
    (a Simplified text converted to Traditional, a converted one back to its
    Simplified source), its id suffixed ``~t`` or ``~s``. Raises
    :class:`~zhkg.errors.InputError` naming the line of a malformed record, or
    of a name its text does not contain.
    """
    sources = GoldSources(Path(data_dir) if data_dir is not None else None)
    articles: list[GoldArticle] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(read_gold_lines(path), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        record = gold_record(line, where)
        if "id" in record:
            gold_id(record, seen, number, where)
        articles += read_article_record(record, where, sources, mirror=mirror)
    return articles


def read_article_record(record: dict, where: str, sources: GoldSources | None = None, *,
                        mirror: bool = False) -> list[GoldArticle]:
    """The article of one gold ``record`` (its text inline or read through ``sources``), and with ``mirror`` the
    same article in the other script; an :class:`~zhkg.errors.InputError` naming ``where`` when it is malformed.

    >>> [a.id for a in read_article_record({"id": "a", "text": "在北京。", "entities": [
    ...     {"type": "PLACE", "name": "北京"}]}, "g.jsonl:1", mirror=True)]
    ['a', 'a~t']
    >>> read_article_record({"id": "b", "text": "在北京。", "entities": [{"type": "PLACE", "name": "上海"}]}, "g.jsonl:2")
    Traceback (most recent call last):
    ...
    zhkg.errors.InputError: g.jsonl:2: b does not contain '上海'
    """
    from zhkg.stages.normalise import to_simplified

    sources = sources or GoldSources(None)
    articles: list[GoldArticle] = []
    try:
        text = sources.text(record, where)
        start, end = gold_window(record, text, where)
        original = text[start:end]
        entities = []
        if not isinstance(record["entities"], list) or not all(isinstance(e, dict) for e in record["entities"]):
            raise InputError(f"{where}: entities must be a list of objects (type, name, aliases)")
        for e in record["entities"]:
            if e["type"] not in ENTITY_TYPES:
                raise InputError(f"{where}: unknown entity type {e['type']!r} (one of {', '.join(ENTITY_TYPES)})")
            if not isinstance(e["name"], str) or not e["name"].strip():
                raise InputError(f"{where}: an entity's name must be a non-blank string, not "
                                 f"{json.dumps(e['name'], ensure_ascii=False)}")
            names = (e["name"], *gold_names(e.get("aliases", []), "aliases", where, empty=True))
            plain = to_simplified(original)
            missing = [n for n in names if n not in plain and n not in original]
            if missing:
                raise InputError(f"{where}: {record['id']} does not contain {missing[0]!r}")
            entities.append(GoldEntity(e["type"], names))
        tags = {"region": str(record.get("region", "")), "half": str(record.get("half", "tune"))}
        convert = record.get("convert")
        scored = convert_gold(original, convert, where) if convert else original
        script = str(record.get("script", "traditional" if convert else "simplified"))
        articles.append(GoldArticle(str(record["id"]), scored, tuple(entities), script=script, **tags))
        if mirror:
            if script == "simplified":
                other = convert_gold(original, _MIRROR_CONVERT.get(tags["region"], "s2tw"), where)
                articles.append(GoldArticle(f"{record['id']}~t", other, tuple(entities), script="traditional", **tags))
            else:
                back = original if convert else to_simplified(original)
                articles.append(GoldArticle(f"{record['id']}~s", back, tuple(entities), script="simplified", **tags))
    except InputError as exc:
        raise InputError(str(exc) if str(exc).startswith(where) else f"{where}: {exc}") from None
    except FileNotFoundError as exc:
        raise InputError(f"{where}: {exc.filename} not found") from None
    except KeyError as exc:  # a field the record lacks: say which, not Python's KeyError
        raise InputError(f"{where}: malformed record (no {exc.args[0]!r} field)") from None
    except (ValueError, TypeError, IndexError) as exc:
        raise InputError(f"{where}: malformed record ({type(exc).__name__}: {exc})") from None
    return articles


def predicted_groups(mentions: Sequence[Mention]) -> list[list[Mention]]:
    """A document's scored mentions grouped by entity, in the order of :func:`predicted_entities`: deictic places
    and names nested in a longer name left out."""
    from zhkg.stages.entity_groups import entity_id

    outer = set(outermost_spans(mentions))
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.label.value in BIO_LABEL and (m.start, m.end, BIO_LABEL[m.label.value]) in outer:
            groups.setdefault(entity_id(m), []).append(m)
    return list(groups.values())


def predicted_entities(mentions: Sequence[Mention]) -> list[tuple[str, set[str], str]]:
    """A document's entities as (type, names, display name): its mentions grouped by entity.

    Deictic places and names nested in a longer name are left out, as in BIO data.

    >>> from zhkg.records import Label
    >>> ms = [Mention("d", 0, 5, "平谷区政协", "平谷区政协", Label.ORGANIZATION, "x", canonical="平谷区政协"),
    ...       Mention("d", 0, 3, "平谷区", "平谷区", Label.PLACE, "x", canonical="平谷区"),
    ...       Mention("d", 6, 8, "區政協", "区政协", Label.ORGANIZATION, "x", canonical="平谷区政协")]
    >>> [(label, sorted(names), shown) for label, names, shown in predicted_entities(ms)]
    [('ORGANIZATION', ['区政协', '平谷区政协'], '平谷区政协')]
    """
    from zhkg.stages.normalise import to_simplified

    out = []
    for ms in predicted_groups(mentions):
        names = {n for m in ms for n in (m.canonical, m.simplified, to_simplified(m.text))} - {""}
        out.append((ms[0].label.value, names, ms[0].name))
    return out


def matched_entities(gold: Sequence[GoldEntity], predicted: Sequence[tuple[str, set[str], str]]) -> dict[int, int]:
    """Which predicted entity (an index of ``predicted``, as :func:`predicted_entities` gives) each gold entity (an
    index of ``gold``) is matched to: one of its type holding the gold's own name first, then one holding an alias;
    each predicted entity matches at most one gold entity, type by type in the order of ``ENTITY_TYPES``.

    >>> matched_entities([GoldEntity("PLACE", ("北京",)), GoldEntity("PLACE", ("北京市",))],
    ...                  [("PLACE", {"北京", "北京市"}, "北京市")])
    {0: 0}
    """
    matches: dict[int, int] = {}
    used: set[int] = set()
    for label in ENTITY_TYPES:
        mine = [i for i, p in enumerate(predicted) if p[0] == label]
        for k, g in enumerate(gold):
            if g.label != label:
                continue
            # the entity's own name first, then its aliases
            match = next((i for i in mine if i not in used and g.names[0] in predicted[i][1]), None)
            if match is None:
                match = next((i for i in mine if i not in used and predicted[i][1] & set(g.names)), None)
            if match is not None:
                used.add(match)
                matches[k] = match
    return matches


def _score_article(article: GoldArticle, mentions: Sequence[Mention]) -> ArticleTally:
    tally = ArticleTally()
    predicted = predicted_entities(mentions)
    matches = matched_entities(article.entities, predicted)
    for label in ENTITY_TYPES:
        gold = [(k, g) for k, g in enumerate(article.entities) if g.label == label]
        tally.gold[label] += len(gold)
        tally.predicted[label] += sum(1 for p in predicted if p[0] == label)
        for k, g in gold:
            if k not in matches:
                other = [p[0] for p in predicted if p[1] & set(g.names)]
                why = f" (typed {other[0]})" if other else ""
                tally.misses.append(f"{article.id} {label} {g.names[0]}{why}")
                continue
            tally.correct[label] += 1
    used = set(matches.values())
    for i, (label, _, shown) in enumerate(predicted):
        if i not in used:
            tally.spurious.append(f"{article.id} {label} {shown}")
    return tally


def score_each_article(articles: Iterable[GoldArticle], pipeline=None) -> list[ArticleTally]:
    """One tally per article, in order, running ``pipeline`` (default: a new Pipeline) over each."""
    from zhkg.records import Document
    from zhkg.run.pipeline import Pipeline, batched

    pipeline = pipeline or Pipeline()
    articles = list(articles)
    found = []
    for batch in batched([Document(a.id, a.text, kind="text") for a in articles]):  # as a corpus run goes
        found.extend(pipeline.extract_mentions_many(batch))
    return [_score_article(article, mentions) for article, mentions in zip(articles, found)]


def score_articles(articles: Iterable[GoldArticle], pipeline=None) -> dict[tuple[str, str, str], ArticleTally]:
    """Tallies by (region, script, half), running ``pipeline`` (default: a new Pipeline) over each article."""
    articles = list(articles)
    tallies: dict[tuple[str, str, str], ArticleTally] = {}
    for article, tally in zip(articles, score_each_article(articles, pipeline)):
        key = (article.region, article.script, article.half)
        tallies.setdefault(key, ArticleTally()).add(tally)
    return tallies
