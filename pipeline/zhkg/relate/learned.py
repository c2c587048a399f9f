"""Learned relations: a linear classifier over the entity pairs of a sentence.

Two heads share one feature extractor (:func:`pair_features`: the sentence with
the head and the tail replaced by two markers, read as character n-grams; the
span between them; windows around each; the pair's coarse types, order and
distance; the names' ends, the names themselves and how they share
characters): ``finre`` reads company–company relations (持股, 收购, 合作, 竞争 …;
FinRE's 44 labels), ``duie`` the relations of people, organisations and places
(董事长, 创始人, 毕业院校, 总部地点 …; DuIE 2.0's predicates). Each head is a
multinomial logistic regression whose first class is ``unknown`` (no relation);
features are hashed (CRC-32, so the same on every machine), and only the rows of
features seen in training are stored.

The model ships as ``zhkg/resources/data/relations_v3.npz`` (trained by
:mod:`zhkg.relate.train_learned`) and loads once per process. The reader
``learned`` is registered but not in the default ``Config.relations``: its
precision on the development splits is well under the rule readers' (see
``bench/relations_eval.py``). Each relation it writes has the normalised kind
as its label (:data:`KINDS`), the source predicate as ``relation_zh`` and the
classifier's probability as ``confidence``; pairs below
``Config.learned_relations_threshold`` are dropped.

Caveats: the model was trained on Simplified sentences of at most a few hundred
characters whose numbers are ``<N>``; it reads the normalised text, numbers
folded the same way. FinRE labels are loose in places, and DuIE is mostly about
films, songs and books: most of its predicates never apply to news entities and
are not written as edges.
"""

from __future__ import annotations

import os
import re
import threading
import zlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from zhkg.errors import ModelFileError
from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.resources import data_path

if TYPE_CHECKING:
    from zhkg.relate.base import RelationContext

__all__ = [
    "FEATURE_VERSION",
    "UNKNOWN",
    "KINDS",
    "Head",
    "RelationModel",
    "Prediction",
    "pair_features",
    "name_overlap",
    "hash_features",
    "load_relation_model",
    "read_learned",
    "LEARNED_KINDS",
]

#: Bump when :func:`pair_features` changes: a model only works with the features it was trained on.
FEATURE_VERSION = 3
DEFAULT_MODEL = f"relations_v{FEATURE_VERSION}.npz"
#: The no-relation class, first in every head.
UNKNOWN = "unknown"
#: Hashed feature space: 2**20 buckets.
HASH_BITS = 20

#: Source predicate -> (normalised kind, whether the edge runs tail -> head). FinRE's 被X labels are
#: the reverse of X and are read as X with the ends swapped; DuIE's 董事长 (company -> person) is
#: written person -CHAIR_OF-> company. Predicates not listed here are scored but never written.
KINDS: dict[str, tuple[str, bool]] = {
    # FinRE (company -> company)
    "自己": ("ALIAS_OF", False), "拥有": ("OWNS", False), "持股": ("HOLDS_SHARES_IN", False),
    "入股": ("HOLDS_SHARES_IN", False), "增持": ("HOLDS_SHARES_IN", False), "减持": ("REDUCED_STAKE_IN", False),
    "收购": ("ACQUIRED", False), "拟收购": ("ACQUIRED", False), "买资": ("ACQUIRED", False),
    "借壳": ("ACQUIRED", False), "合作": ("PARTNER_OF", False), "合资": ("PARTNER_OF", False),
    "签约": ("PARTNER_OF", False), "商讨": ("PARTNER_OF", False), "帮助": ("SUPPORTS", False),
    "竞争": ("COMPETES_WITH", False), "纠纷": ("DISPUTE_WITH", False), "注资": ("INVESTED_IN", False),
    "交易": ("TRADES_WITH", False), "订单": ("TRADES_WITH", False), "欠款": ("OWES", False),
    "合并": ("MERGED_WITH", False), "重组": ("MERGED_WITH", False), "成立": ("FOUNDED", False),
    "发行": ("ISSUED", False), "转让": ("TRANSFERRED_TO", False), "分析": ("ANALYSES", False),
    # DuIE (subject -> object as the schema gives them)
    "董事长": ("CHAIR_OF", True), "创始人": ("FOUNDED", True), "校长": ("PRESIDENT_OF", True),
    "毕业院校": ("GRADUATED_FROM", False), "总部地点": ("HEADQUARTERED_IN", False),
    "所在城市": ("LOCATED_IN", False), "父亲": ("PARENT_OF", True), "母亲": ("PARENT_OF", True),
    "妻子": ("SPOUSE_OF", False), "丈夫": ("SPOUSE_OF", False), "代言人": ("ENDORSES", True),
}
# 国籍, 祖籍 and 首都 are left out: their ends are a country or a city, and the features see one
# coarse LOC type, so on news they linked people to districts (刘权有 国籍 平谷区 on the seed).

#: DuIE's entity types -> the coarse types the features use; zhkg's labels map onto the same.
COARSE_TYPES = {
    "人物": "PER", "娱乐人物": "PER", "历史人物": "PER",
    "企业": "ORG", "机构": "ORG", "学校": "ORG", "企业/品牌": "ORG",
    "地点": "LOC", "国家": "LOC", "城市": "LOC", "行政区": "LOC", "景点": "LOC",
    "影视作品": "WORK", "歌曲": "WORK", "图书作品": "WORK", "文学作品": "WORK", "音乐专辑": "WORK",
    "电视综艺": "WORK", "作品": "WORK", "Date": "DATE", "Number": "NUM",
}
_LABEL_TYPES = {Label.PERSON: "PER", Label.ORGANIZATION: "ORG", Label.PLACE: "LOC"}

_NUMBER = re.compile(r"<N>|\d+")
# Control characters that stand for the head and the tail in the marked sentence (never in folded text).
_HEAD_MARK, _TAIL_MARK = "\x01", "\x02"


def _fold(text: str) -> str:
    return _NUMBER.sub("0", text).lower()


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16-31" if n < 32 else "32+"


def _overlap_bucket(share: float) -> str:
    return "none" if share == 0 else "low" if share < 0.34 else "mid" if share < 0.67 else "high" if share < 1 else "all"


def name_overlap(head: str, tail: str) -> list[str]:
    """Features of how two (folded) names share characters, whatever the names are.

    A company is named in full and short in one sentence (中国联通 and 联通, 加多宝集团 and
    加多宝, 华北制药 and 华药): FinRE's ``自己``. The features say whether one name holds the
    other (at its start or inside), whether the shorter one's characters run in order through
    the longer one, the share of the shorter one's distinct characters found in the other, and
    the length of their common start.

    >>> name_overlap("中国联通", "联通")
    ['ov=sub|t', 'ov=inside', 'ov=subseq', 'ov=share:all', 'ov=start:0']
    >>> name_overlap("腾讯", "搜狗")
    ['ov=share:none', 'ov=start:0']
    """
    if not head or not tail:
        return []
    fs = []
    short, long_ = (head, tail) if len(head) <= len(tail) else (tail, head)
    if short in long_:
        fs += [f"ov=sub|{'h' if short is head else 't'}", "ov=start" if long_.startswith(short) else "ov=inside"]
    rest = iter(long_)
    if all(ch in rest for ch in short):  # consumes ``rest``: the characters in order
        fs.append("ov=subseq")
    fs.append(f"ov=share:{_overlap_bucket(len(set(short) & set(long_)) / len(set(short)))}")
    common = next((i for i, (a, b) in enumerate(zip(head, tail)) if a != b), len(short))
    fs.append(f"ov=start:{min(common, 3)}")
    return fs


def pair_features(text: str, head: tuple[int, int], tail: tuple[int, int], head_type: str = "ORG",
                  tail_type: str = "ORG") -> list[str]:
    """The features of the pair ``head`` -> ``tail`` (half-open spans of ``text``).

    The sentence is read with the head replaced by one marker and the tail by another,
    so its character n-grams (1 to 3) say which name comes first and what touches each
    (``\x01收购\x02``: the head bought the tail). Beside those: the pair's types, order
    and distance, n-grams of the span between the names, windows of up to three
    characters around each name, characters before and after the pair, the names'
    first and last characters, the names themselves and how they overlap (:func:`name_overlap`).

    >>> fs = pair_features("甲公司收购乙公司", (0, 3), (5, 8))
    >>> "bw=\x01收购\x02" in fs and "b2=收购|ht" in fs and "ty=ORG|ORG" in fs
    True
    """
    (s1, e1), (s2, e2) = sorted((head, tail))
    nested = s2 < e1
    order = "nest" if nested else "ht" if head[0] <= tail[0] else "th"
    h, t = _fold(text[head[0]:head[1]]), _fold(text[tail[0]:tail[1]])
    types = f"{head_type}|{tail_type}"
    between = "" if nested else _fold(text[e1:s2])
    fs = ["bias", f"ty={types}", f"o={order}", f"ty={types}|{order}", f"d={_bucket(len(between))}|{order}",
          f"hs1={h[-1:]}", f"hs2={h[-2:]}", f"ts1={t[-1:]}", f"ts2={t[-2:]}", f"hp1={h[:1]}", f"hp2={h[:2]}",
          f"tp1={t[:1]}", f"tp2={t[:2]}", f"h={h}", f"t={t}", f"pair={h}|{t}", *name_overlap(h, t)]
    first = _HEAD_MARK if head[0] == s1 else _TAIL_MARK
    second = _TAIL_MARK if first == _HEAD_MARK else _HEAD_MARK
    if nested:  # one name inside the other: only the outer one is marked
        masked = _fold(text[:s1]) + first + _fold(text[e1:])
    else:
        masked = _fold(text[:s1]) + first + between + second + _fold(text[e2:])
    for n in (1, 2, 3):
        for i in range(len(masked) - n + 1):
            gram = masked[i:i + n]
            if n > 1 or gram not in (_HEAD_MARK, _TAIL_MARK):
                fs.append(f"s{n}={gram}")
    if not nested:
        if len(between) <= 10:
            fs.append(f"bw={first}{between}{second}")
        for n in (1, 2, 3):
            fs.extend(f"b{n}={between[i:i + n]}|{order}" for i in range(len(between) - n + 1))
        for region, span in (("L", _fold(text[max(0, s1 - 12):s1])), ("R", _fold(text[e2:e2 + 12]))):
            for n in (1, 2):
                fs.extend(f"{region}{n}={span[i:i + n]}|{order}" for i in range(len(span) - n + 1))
    for name, (s, e) in (("h", head), ("t", tail)):
        left, right = _fold(text[max(0, s - 3):s]), _fold(text[e:e + 3])
        fs += [f"{name}l1={left[-1:]}", f"{name}l2={left[-2:]}", f"{name}l3={left}",
               f"{name}r1={right[:1]}", f"{name}r2={right[:2]}", f"{name}r3={right}"]
    return fs


def hash_features(features: list[str]) -> np.ndarray:
    """The hashed ids of ``features`` (CRC-32 of their UTF-8, modulo 2**HASH_BITS), deduplicated and sorted."""
    mask = (1 << HASH_BITS) - 1
    return np.unique(np.fromiter((zlib.crc32(f.encode("utf-8")) & mask for f in features), dtype=np.int64))


@dataclass(frozen=True)
class Prediction:
    """A head's best class for a pair, and its probability."""

    relation: str
    confidence: float


@dataclass(frozen=True)
class Head:
    """One classifier: ``labels`` (``unknown`` first), the hashed feature ``rows`` it kept (sorted) and
    their ``weights`` (one row per kept feature, one column per label) and a ``bias`` per label."""

    labels: tuple[str, ...]
    rows: np.ndarray
    weights: np.ndarray
    bias: np.ndarray

    def probabilities(self, ids: np.ndarray) -> np.ndarray:
        """The probability of each label given the hashed feature ``ids``."""
        at = np.searchsorted(self.rows, ids)
        at = at[(at < len(self.rows)) & (self.rows[np.minimum(at, len(self.rows) - 1)] == ids)]
        scores = self.bias + self.weights[at].sum(axis=0, dtype=np.float64)
        scores = np.exp(scores - scores.max())
        return scores / scores.sum()

    def predict(self, features: list[str]) -> Prediction:
        """The most probable label for a pair's features (``unknown`` included)."""
        p = self.probabilities(hash_features(features))
        best = int(np.argmax(p))
        return Prediction(self.labels[best], float(p[best]))


@dataclass(frozen=True)
class RelationModel:
    """The learned relation classifier: its heads by name (``finre``, ``duie``)."""

    heads: dict[str, Head]

    def classify(self, head_name: str, text: str, head: tuple[int, int], tail: tuple[int, int],
                 head_type: str = "ORG", tail_type: str = "ORG") -> Prediction:
        """The relation of ``head`` -> ``tail`` in ``text`` by the head ``head_name``.

        >>> model = load_relation_model()
        >>> model.classify("finre", "腾讯宣布收购搜狗", (0, 2), (6, 8)).relation
        '收购'
        """
        h = self.heads[head_name]
        p = h.probabilities(hash_features(pair_features(text, head, tail, head_type, tail_type)))
        if head_name == "finre":  # FinRE reads each pair both ways (收购 one way is 被收购 the other): agree
            back = h.probabilities(hash_features(pair_features(text, tail, head, tail_type, head_type)))
            p = p * back[_inverse_index(h.labels)]
            p = p / p.sum()
        best = int(np.argmax(p))
        return Prediction(h.labels[best], float(p[best]))

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the model as a compressed npz (weights quantised to int8 with one scale a head)."""
        arrays: dict[str, np.ndarray] = {"version": np.array([FEATURE_VERSION])}
        for name, h in sorted(self.heads.items()):
            arrays[f"{name}.labels"] = np.array(h.labels)
            arrays[f"{name}.rows"] = h.rows.astype(np.int32)
            scale = float(np.abs(h.weights).max()) / 127 if h.weights.size else 1.0
            scale = scale or 1.0
            arrays[f"{name}.weights"] = np.round(h.weights / scale).astype(np.int8)  # 8 bits a weight
            arrays[f"{name}.scale"] = np.array([scale], dtype=np.float64)
            arrays[f"{name}.bias"] = h.bias.astype(np.float32)
        with open(path, "wb") as f:
            np.savez_compressed(f, **arrays)


def _inverse_index(labels: tuple[str, ...]) -> np.ndarray:
    """For each label, the index of the label the reversed pair has (被X for X, X for 被X, else itself)."""
    at = {label: i for i, label in enumerate(labels)}
    out = []
    for label in labels:
        other = label[1:] if label.startswith("被") else "被" + label
        out.append(at.get(other, at[label]))
    return np.array(out)


def _read_model(path: Path) -> RelationModel:
    try:
        with np.load(path, allow_pickle=False) as z:
            if int(z["version"][0]) != FEATURE_VERSION:
                raise ModelFileError(f"{path}: relation model of feature version {int(z['version'][0])}, "
                                     f"this zhkg reads version {FEATURE_VERSION}")
            names = sorted({k.split(".")[0] for k in z.files if k != "version"})
            heads = {}
            for name in names:
                labels = tuple(str(x) for x in z[f"{name}.labels"])
                rows, bias = z[f"{name}.rows"].astype(np.int64), z[f"{name}.bias"]
                weights = (z[f"{name}.weights"] * np.float32(z[f"{name}.scale"][0])).astype(np.float32)
                if not labels or weights.shape != (len(rows), len(labels)) or bias.shape != (len(labels),):
                    raise ModelFileError(f"{path}: relation model head {name!r} has inconsistent shapes")
                heads[name] = Head(labels, rows, weights, bias.astype(np.float64))
    except ModelFileError:
        raise
    except FileNotFoundError:
        raise ModelFileError(f"no relation model file at {path}") from None
    except Exception as exc:  # zip, npz and key errors alike: the file is not a whole model
        raise ModelFileError(f"{path} is not a readable relation model ({type(exc).__name__})") from None
    if not heads:
        raise ModelFileError(f"{path}: relation model has no classifier heads")
    return RelationModel(heads)


_lock = threading.Lock()
_loaded: dict[Path, RelationModel] = {}


def load_relation_model(path: str | os.PathLike[str] | None = None) -> RelationModel:
    """The relation model at ``path`` (default: the one shipped), loaded once per process.

    Raises :class:`~zhkg.errors.ModelFileError`, one line naming the file, when it is
    missing or not a model this version reads.
    """
    p = Path(path) if path else data_path(DEFAULT_MODEL)
    with _lock:
        if p not in _loaded:
            _loaded[p] = _read_model(p)
        return _loaded[p]


#: The normalised kinds learned relations are written as, defined once at import (cheap: names only).
LEARNED_KINDS: tuple[RelationKind, ...] = tuple(RelationKind.define(k) for k in sorted({k for k, _ in KINDS.values()}))


def _kind(name: str) -> RelationKind:
    return RelationKind.define(name)


#: Pairs further apart than this (characters between them) are not classified.
MAX_GAP = 60
#: At most this many mentions of one sentence are paired (the first ones).
MAX_MENTIONS_PER_SENTENCE = 12


def read_learned(ctx: RelationContext) -> list[Relation]:
    """Relations the learned classifier reads between the entities named in one sentence.

    Organisation pairs go to the ``finre`` head, pairs with a person or a place to the
    ``duie`` head; a pair is read in both directions and the more confident is kept.
    """
    model = load_relation_model(ctx.config.learned_relations_model or None)
    threshold = ctx.config.learned_relations_threshold
    out: list[Relation] = []
    typed = [m for m in ctx.mentions if m.label in _LABEL_TYPES]
    for s, e in ctx.sentences:
        here = [m for m in typed if s <= m.start and m.end <= e][:MAX_MENTIONS_PER_SENTENCE]
        text = ctx.simplified[s:e]
        for i, a in enumerate(here):
            for b in here[i + 1:]:
                if ctx.owner[a] == ctx.owner[b] or b.start - a.end > MAX_GAP or b.start < a.end:
                    continue
                rel = _read_pair(ctx, model, text, s, a, b, threshold)
                if rel is not None:
                    out.append(rel)
    return out


def _read_pair(ctx: RelationContext, model: RelationModel, text: str, offset: int, a: Mention, b: Mention,
               threshold: float) -> Relation | None:
    ta, tb = _LABEL_TYPES[a.label], _LABEL_TYPES[b.label]
    head_name = "finre" if ta == tb == "ORG" else "duie"
    if head_name not in model.heads:
        return None
    sa, sb = (a.start - offset, a.end - offset), (b.start - offset, b.end - offset)
    best: tuple[Prediction, Mention, Mention] | None = None
    for (h, ht, hm), (t, tt, tm) in (((sa, ta, a), (sb, tb, b)), ((sb, tb, b), (sa, ta, a))):
        p = model.classify(head_name, text, h, t, ht, tt)
        if p.relation != UNKNOWN and p.relation.lstrip("被") in KINDS and (best is None or p.confidence > best[0].confidence):
            best = (p, hm, tm)
    if best is None or best[0].confidence < threshold:
        return None
    p, source, target = best
    predicate = p.relation
    if head_name == "finre" and predicate.startswith("被"):
        predicate, source, target = predicate[1:], target, source
    kind, reverse = KINDS[predicate]
    if reverse:
        source, target = target, source
    rel = ctx.relation(ctx.owner[source], ctx.owner[target], _kind(kind), min(a.start, b.start), max(a.end, b.end))
    return replace(rel, relation_zh=p.relation, confidence=round(p.confidence, 4))
