"""Score COUNT extraction and count owners against a JSON-lines gold file.

The gold (``tests/gold/counts_dev.jsonl``) holds no article text: each line names
where its text comes from (a THUCNews row, optionally converted with an OpenCC
configuration; or sentences of the Universal NER Chinese training file), the
window scored, and every count in it: its span (offsets into the window's text
and its first characters, to check that the text is the one annotated), value,
the counted thing (acceptable heads, Simplified), its owners (acceptable names,
Simplified; ``null`` when the text names none) and whether it is approximate.
The text is read at run time from a data folder (``shared/data``).

A predicted count is right when it overlaps a gold count's span with the same
value and a head the gold accepts; each gold count matches at most one
prediction. Owners are scored over the matched gold counts that have an owner:
right when the HAS_COUNT source's canonical name or one of its surface forms is
one the gold accepts.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from zhkg.errors import InputError
from zhkg.evaluate import (
    NO_TEXT,
    GoldSources,
    convert_gold,
    find_data_dir,
    gold_id,
    gold_names,
    gold_record,
    gold_window,
    read_gold_lines,
)
from zhkg.records import Document, Label, Mention, RelationKind
from zhkg.scores import f1
from zhkg.stages.normalise import to_simplified

__all__ = ["HALVES", "READ_AS", "REPORT_ONLY", "GoldError", "GoldCount", "GoldDocument", "CountScore", "gold_count",
           "count_matches", "load_count_gold", "match_counts", "score_counts", "find_data_dir"]

#: The halves of the dev set: ``tune`` (rules are written on it), ``held`` (held back in round 1,
#: working material since round 2), ``blind`` (annotated before the system ran on it; scored only
#: to report, its errors never read) and ``check2`` (round 5's check: eight THUCNews articles annotated
#: before that round's rules were written; scored to report like ``blind``) and ``tune6`` (round 6's
#: pool: 15 THUCNews articles annotated and scored before that round's rules, then worked on) and
#: ``tune7``, ``tune8`` and ``tune9`` (rounds 7, 8 and 9's pools, made the same way) and ``tune10``
#: (round 10's pool: Hong Kong, Taiwan and international topics only) and ``tune12`` (round 12's pool:
#: 12 articles, half read in Traditional, mostly international topics) and ``tune13`` (round 13's pool:
#: 12 articles chosen for owners, half read in Traditional) and ``tune14`` (round 14's pool: 12 property,
#: home, games and fashion articles chosen for owners, half read in Traditional) and ``tune15`` (round 15's
#: pool: 16 articles from rows never read for counts, 7 read in Traditional, annotated before the system ran on them).
HALVES = ("tune", "held", "blind", "check2", "tune6", "tune7", "tune8", "tune9", "tune10", "tune12", "tune13", "tune14",
          "tune15")
#: The halves scored only to report: their errors are never listed.
REPORT_ONLY = ("blind", "check2")

#: The sources a count gold record may name (a THUCNews row, or sentences of a Universal NER file).
_SOURCES = ("thucnews", "uner_zh")


class GoldError(InputError):
    """The gold file or the text it refers to is not what was annotated."""


@dataclass(frozen=True)
class GoldCount:
    start: int
    end: int
    value: float
    things: tuple[str, ...]
    owners: tuple[str, ...] | None
    approximate: bool = False


@dataclass(frozen=True)
class GoldDocument:
    id: str
    script: str  # "simplified" | "traditional"
    half: str  # "tune" | "held" | "blind" | "check2" | "tune6" | "tune7" | "tune8" | "tune9" | "tune10" | "tune12" | "tune13" | "tune14" | "tune15"
    text: str
    counts: tuple[GoldCount, ...]


@dataclass
class CountScore:
    """Tallies for one group of documents (a script, a half)."""

    gold: int = 0
    predicted: int = 0
    correct: int = 0
    owned: int = 0  # matched gold counts that have an owner
    owner_right: int = 0
    owner_extra: int = 0  # matched counts given an owner where the gold names none
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_owners: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def owner_accuracy(self) -> float:
        return self.owner_right / self.owned if self.owned else 0.0

    def add(self, other: CountScore) -> None:
        for name in ("gold", "predicted", "correct", "owned", "owner_right", "owner_extra"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses
        self.spurious += other.spurious
        self.wrong_owners += other.wrong_owners


#: The scripts a document can be read in besides the one annotated (``read_as``).
READ_AS = ("simplified", "traditional")


def load_count_gold(path: str | Path, data_dir: str | Path | None, read_as: str | None = None) -> list[GoldDocument]:
    """The gold documents of ``path``, their text read from ``data_dir`` (None: a record that needs it is refused).

    With ``read_as``, every document is read in that script instead of the one
    annotated (its ``script`` says so; its id ends ``~s`` or ``~t``), to compare
    the same articles in both: a converted THUCNews window as its Simplified
    source, a Simplified one through ``s2tw``, Traditional source text through
    ``t2s``. Offsets hold, as every conversion is one character for one. Raises
    :class:`GoldError` naming the line when a record is malformed or its text no
    longer shows the annotated characters at the annotated offsets.
    """
    if read_as not in (None, *READ_AS):
        raise GoldError(f"cannot read a document as {read_as!r} (one of {', '.join(READ_AS)})")
    sources = GoldSources(Path(data_dir) if data_dir is not None else None)
    docs = []
    lines = read_gold_lines(path)
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = gold_record(line, where)
            gold_id(record, seen, number, where)
            if "text" not in record and "source" not in record:
                raise GoldError(f"{where}: {NO_TEXT}")
            if record["source"] not in _SOURCES:
                raise GoldError(f"{where}: unknown source {record['source']!r}")
            if record["half"] not in HALVES:
                raise GoldError(f"{where}: unknown half {record['half']!r} (one of {', '.join(HALVES)})")
            if record["script"] not in READ_AS:
                raise GoldError(f"{where}: unknown script {record['script']!r} (one of {', '.join(READ_AS)})")
            record["window"]  # required here: a KeyError names it
            source_text = sources.text(record, where)
            start, end = gold_window(record, source_text, where)
            text = source_text[start:end]
            if record.get("convert"):
                text = convert_gold(text, record["convert"], where)
            counts = [gold_count(c, text, where) for c in record["counts"]]
            spans = sorted((c.start, c.end) for c in counts)
            for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
                if s2 < e1:  # each gold count matches one prediction: two over one span would cost recall
                    raise GoldError(f"{where}: counts [{s1}, {e1}] and [{s2}, {e2}] overlap; keep one")
            script, name = record["script"], record["id"]
            if read_as is not None:  # named apart: the same article in both scripts is two documents
                if read_as != script:
                    text, script = _read_as(source_text[start:end], record, read_as, where), read_as
                name = f"{name}~{read_as[0]}"
            docs.append(GoldDocument(name, script, record["half"], text, tuple(counts)))
        except GoldError:
            raise
        except InputError as exc:  # the shared data folder's absence is said by the line that needs it, as zhkg eval
            raise GoldError(str(exc) if str(exc).startswith(where) else f"{where}: {exc}") from None
        except FileNotFoundError as exc:
            raise GoldError(f"{where}: {exc.filename} not found") from None
        except KeyError as exc:  # a field the record lacks: say which, not Python's KeyError
            raise GoldError(f"{where}: malformed record (no {exc.args[0]!r} field)") from None
        except (ValueError, TypeError, IndexError) as exc:
            raise GoldError(f"{where}: malformed record ({type(exc).__name__}: {exc})") from None
    return docs


def gold_count(c: object, text: str, where: str) -> GoldCount:
    """One count of a gold record, checked: its span within the window's ``text`` and showing its ``check``."""
    if not isinstance(c, dict):
        raise GoldError(f"{where}: counts must be a list of objects (start, end, check, value, thing, owner)")
    start, end, check, value = c["start"], c["end"], c["check"], c["value"]
    if type(start) is not int or type(end) is not int or not 0 <= start < end <= len(text):
        raise GoldError(f"{where}: count span [{start}, {end}] is not within the window's {len(text)} characters")
    if not isinstance(check, str) or not check:
        raise GoldError(f"{where}: check must be the text at the count's start, not {json.dumps(check, ensure_ascii=False)}")
    if not text.startswith(check, start):
        raise GoldError(f"{where}: expected {check!r} at {start}, found {text[start:start + len(check)]!r}")
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
        raise GoldError(f"{where}: a count's value must be a number, not {json.dumps(value, ensure_ascii=False)}")
    owner = c.get("owner")
    owners = gold_names(owner, "owner", where) if owner not in (None, [], "") else None
    return GoldCount(start, end, float(value), gold_names(c["thing"], "thing", where), owners,
                     bool(c.get("approximate", False)))


def _read_as(original: str, record: dict, script: str, where: str) -> str:
    """The window ``original`` of ``record`` in ``script``: its Simplified source, or that source through s2tw."""
    if script == "simplified":
        return original if record.get("convert") else convert_gold(original, "t2s", where)
    return convert_gold(original, "s2tw", where)


def _owner_names(relation_source: str, mentions: Sequence[Mention]) -> set[str]:
    from zhkg.stages.entity_groups import entity_id

    names = set()
    for m in mentions:
        if entity_id(m) == relation_source:
            names |= {m.canonical, m.simplified}
    return names - {""}


def count_matches(g: GoldCount, m: Mention) -> bool:
    """Whether the predicted COUNT ``m`` is the gold count ``g``: their spans overlap, the value is the same and the
    thing counted is one the gold accepts."""
    q = m.quantity
    return (q is not None and m.start < g.end and g.start < m.end and math.isclose(q.value, g.value)
            and to_simplified(q.counted_simplified) in g.things)


def match_counts(gold: Sequence[GoldCount], predicted: Sequence[Mention]) -> list[int | None]:
    """For each gold count in order, the index in ``predicted`` (COUNT mentions) of the one it matches, or None.

    A prediction matches when it overlaps the gold span with the same value and a head the gold accepts; each
    prediction matches at most one gold count, the first that takes it.

    >>> from zhkg.records import Quantity
    >>> gold = [GoldCount(0, 3, 3.0, ("家",), None), GoldCount(4, 7, 5.0, ("人",), None)]
    >>> found = [Mention("d", 4, 6, "5人", "5人", Label.COUNT, "x", quantity=Quantity(5, "人", "人"))]
    >>> match_counts(gold, found)
    [None, 0]
    """
    used: set[int] = set()
    matches: list[int | None] = []
    for g in gold:
        match = next((i for i, m in enumerate(predicted) if i not in used and count_matches(g, m)), None)
        if match is not None:
            used.add(match)
        matches.append(match)
    return matches


def _score_document(gold: GoldDocument, mentions: Sequence[Mention], owners: dict[str, set[str]]) -> CountScore:
    from zhkg.stages.entity_groups import entity_id

    score = CountScore(gold=len(gold.counts))
    predicted = [m for m in mentions if m.label is Label.COUNT and m.quantity is not None]
    score.predicted = len(predicted)
    used: set[int] = set()
    for g, match in zip(gold.counts, match_counts(gold.counts, predicted)):
        label = f"{gold.id} {gold.text[g.start:g.end]}={g.value:g} {'/'.join(g.things)}"
        if match is None:
            near = [f"{m.text}={m.quantity.value:g} {m.quantity.counted_simplified}" for m in predicted
                    if m.start < g.end and g.start < m.end]
            score.misses.append(label + (f" (read {', '.join(near)})" if near else ""))
            continue
        used.add(match)
        score.correct += 1
        names = owners.get(entity_id(predicted[match]), set())
        if g.owners is None:
            score.owner_extra += bool(names)
            continue
        score.owned += 1
        if names & set(g.owners):
            score.owner_right += 1
        else:
            score.wrong_owners.append(f"{label}: owner {'/'.join(g.owners)}, read {'/'.join(sorted(names)) or 'none'}")
    for i, m in enumerate(predicted):
        if i not in used:
            score.spurious.append(f"{gold.id} {m.text}={m.quantity.value:g} {m.quantity.counted_simplified}")
    return score


def score_counts(gold: Iterable[GoldDocument], pipeline=None, results=None) -> dict[tuple[str, str], CountScore]:
    """Scores by (script, half), running ``pipeline`` (default: a new :class:`~zhkg.run.pipeline.Pipeline`), or of
    ``results``, the pipeline's results for ``gold``'s documents in order when already run."""
    from zhkg.run.pipeline import Pipeline

    gold = list(gold)
    if results is None:
        pipeline = pipeline or Pipeline()
        results = pipeline.process_documents([Document(g.id, g.text, kind="text") for g in gold])
    scores: dict[tuple[str, str], CountScore] = {}
    for g, result in zip(gold, results):
        owners: dict[str, set[str]] = {}
        for r in result.relations:
            if r.kind is RelationKind.HAS_COUNT:
                owners.setdefault(r.target, set()).update(_owner_names(r.source, result.mentions))
        scores.setdefault((g.script, g.half), CountScore()).add(_score_document(g, result.mentions, owners))
    return scores
