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

Guards run before an edge is written, whatever the classifier's confidence:
no edge between two mentions of one entity, or two mentions whose own words
name the other's entity (:func:`same_entity`: 平谷區政協 resolved elsewhere,
beside 區政協); no ``ALIAS_OF`` between a body and one of its units, departments
or meetings (:func:`is_unit_of`: 平谷区政协 and 平谷区政协党组, 中国银行 and
中国银行东京分行, 国务院 and 国务院国土部), nor between names that share under half
of the shorter one's characters (:data:`MIN_ALIAS_SHARE`), while full and short
names of one company still pass (中国联通 and 联通, 加多宝集团 and 加多宝); no state
or party body or regulator (区委, 政协, 国资委, 证监会 …) as the one owned, bought
or held shares in (:func:`cannot_be_owned`); and no DuIE predicate between types
its schema does not give (:func:`fits_schema`: 董事长 of a place, 妻子 of a team),
nor a 董事长 or 校长 with another person named between the two (:func:`person_between`).

Guards judged on news (``bench/learned_news_eval.py``, ``tests/gold/learned_news.jsonl``): a pair named in a
list (甲、乙和丙) is no competitor or partner (:func:`only_listed`); most kinds need a cue word near the pair
(:data:`CUES`, :func:`has_cue`: 董事长 touching the person, not 副董事长; 夫妇 beside two people; 旗下 …); no
spouse, parent or school across another person; and no CHAIR_OF, PRESIDENT_OF, FOUNDED or GRADUATED_FROM
for a pair a rule reader already relates by HOLDS_ROLE or MEMBER_OF (:func:`said_by_rules`), nor a relation a rule
reader before it wrote, of the same kind between the same ends (:func:`read_by_rules`: the pair reader's OWNS 子公司). Only the kinds
``Config.learned_relations_enabled`` lists are written, each at its own threshold
(``Config.learned_relations_thresholds``, else ``learned_relations_threshold``). Three kinds also pass the
guards of :mod:`zhkg.relate.learned_news`, which keep an edge only where the sentence says it: COMPETES_WITH
between two teams with a match cue between them (or two companies with 竞争 between), OWNS as 甲旗下乙 or
乙是甲的子公司, ALIAS_OF only when the rest of the longer name is a country, a legal form or 网. Even so, about
a third of its edges on held-out news are right and no kind reaches 0.85 over ten held edges (COMPETES_WITH
0.79, 11 of 14), so the reader stays off by default.

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

from zhkg.errors import ConfigError, ModelFileError
from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.learned_news import news_guard_refuses
from zhkg.resources import data_path

if TYPE_CHECKING:
    from zhkg.config import Config
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
    "UNIT_SUFFIXES",
    "is_unit_of",
    "same_entity",
    "cannot_be_owned",
    "fits_schema",
    "DUIE_TYPES",
    "MIN_ALIAS_SHARE",
    "ONE_HOLDER",
    "person_between",
    "read_by_rules",
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
    fs.append(f"ov=share:{_overlap_bucket(_share(head, tail))}")
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
        """Write the model as a compressed npz (weights quantised to int8 with one scale a head), atomically: a
        failed or interrupted save leaves any model at ``path`` as it was and no partial file
        (:func:`zhkg.export.atomic.atomic_write`; a directory or device at ``path`` is refused,
        :class:`~zhkg.errors.OutputError`)."""
        from zhkg.export.atomic import atomic_write  # (not at import: the exporters are not the reader's)

        arrays: dict[str, np.ndarray] = {"version": np.array([FEATURE_VERSION])}
        for name, h in sorted(self.heads.items()):
            arrays[f"{name}.labels"] = np.array(h.labels)
            arrays[f"{name}.rows"] = h.rows.astype(np.int32)
            scale = float(np.abs(h.weights).max()) / 127 if h.weights.size else 1.0
            scale = scale or 1.0
            arrays[f"{name}.weights"] = np.round(h.weights / scale).astype(np.int8)  # 8 bits a weight
            arrays[f"{name}.scale"] = np.array([scale], dtype=np.float64)
            arrays[f"{name}.bias"] = h.bias.astype(np.float32)
        with atomic_write(path, "wb") as f:
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


#: Name endings that make a unit of the body named before them (平谷区政协党组, 建行北京市分行), not another
#: name of it. FinRE's ``自己`` pairs differ by legal forms and trades (集团, 公司, 股份, 电器, 银行, 中国, 香港 …),
#: never by these; its few 分行/分公司 lines are labelled 拥有 (6) more often than 自己 (4), and a branch is
#: a part of the bank, so both are units here.
UNIT_SUFFIXES: tuple[str, ...] = (
    "党组", "党委", "党工委", "党总支", "党支部", "支部", "纪委", "纪检组", "机关", "办公室", "办公厅", "委员会",
    "常委会", "常会", "分会", "工会", "董事会", "监事会", "分公司", "子公司", "分行", "支行", "营业部", "分局",
    "分院", "分所", "分店", "分部", "分社", "事业部", "研究室", "研究所", "研究院", "研究中心", "学院",
    # a meeting of the body, not the body (上海合作组织叶卡捷琳堡峰会)
    "峰会", "会议", "年会", "大会", "论坛",
)
#: A name that is another plus at least two characters ending in one of these is a department of it
#: (国务院国土部 of 国务院); one character more is the same body named in full (温州市财政地税局).
_DEPARTMENT_ENDS = "部局厅处室署"
#: Below this share of the shorter name's characters found in the longer, two names are not one company's:
#: 1,112 of FinRE train's 1,164 ``自己`` pairs share at least half (新百伦 and New Balance are among the rest),
#: against 3,450 of its 12,232 other pairs.
MIN_ALIAS_SHARE = 0.5
#: DuIE's schema: each predicate's (subject, object) types, as coarse types. A pair of other types is not read
#: as that predicate, however sure the classifier is (董事长 of a place, 妻子 of a team).
DUIE_TYPES: dict[str, tuple[str, str]] = {
    "董事长": ("ORG", "PER"), "创始人": ("ORG", "PER"), "校长": ("ORG", "PER"), "代言人": ("ORG", "PER"),
    "毕业院校": ("PER", "ORG"), "总部地点": ("ORG", "LOC"), "所在城市": ("LOC", "LOC"),
    "父亲": ("PER", "PER"), "母亲": ("PER", "PER"), "妻子": ("PER", "PER"), "丈夫": ("PER", "PER"),
}
#: Names of state and party bodies and regulators (区委, 政协, 国资委, 证监会 …): nobody owns, buys or holds
#: shares in one (国资委 owning a company is fine: only the target is checked).
_STATE_BODY = re.compile(r"(?:党组|政协|人大|常委会|政府|法院|检察院|证监会|银监会|保监会|[^员]委)$")
#: Kinds whose target is owned, bought or held shares in.
_OWNED_KINDS = frozenset({"OWNS", "HOLDS_SHARES_IN", "REDUCED_STAKE_IN", "ACQUIRED", "INVESTED_IN"})


def is_unit_of(name: str, other: str) -> bool:
    """Whether one of two (Simplified) names is the other plus a unit ending (:data:`UNIT_SUFFIXES`).

    >>> is_unit_of("平谷区政协", "平谷区政协党组"), is_unit_of("建行", "建行北京市分行")
    (True, True)
    >>> is_unit_of("中国联通", "联通"), is_unit_of("加多宝集团", "加多宝")
    (False, False)
    """
    short, long_ = sorted((name, other), key=len)
    if not short or short == long_:
        return False
    for suffix in UNIT_SUFFIXES:
        if long_.endswith(suffix) and not short.endswith(suffix) and short in long_[:-len(suffix)]:
            return True
    rest = long_[len(short):] if long_.startswith(short) else ""
    return len(rest) >= 2 and rest[-1] in _DEPARTMENT_ENDS


def _share(name: str, other: str) -> float:
    """The share of the shorter name's distinct characters that the other holds (the first, of two as long)."""
    short, long_ = sorted((name, other), key=len)
    return len(set(short) & set(long_)) / len(set(short)) if short else 0.0


def _names(ctx: RelationContext, m: Mention) -> set[str]:
    """What a mention is called: its entity's name, its extractor's canonical and its own (Simplified) words."""
    _, _, name = ctx.owner[m].partition(":")
    return {n for n in (name, m.canonical, m.simplified) if n}


def same_entity(ctx: RelationContext, a: Mention, b: Mention) -> bool:
    """Whether two mentions name one entity: one entity id, or (same label) a name of one is a name of the other.

    The second case is a resolution that put a mention elsewhere (平谷區政協 under 平谷区政协党组) while its
    own words still name the other mention's entity (區政協, canonical 平谷区政协): no relation joins them.
    A person and a company may share a name (李宁 and the brand 李宁), so labels must agree.
    """
    return ctx.owner[a] == ctx.owner[b] or (a.label is b.label and bool(_names(ctx, a) & _names(ctx, b)))


def cannot_be_owned(kind: str, target: str) -> bool:
    """Whether ``kind`` (``OWNS``, ``ACQUIRED`` …) cannot have the entity named ``target`` as its target.

    >>> cannot_be_owned("OWNS", "平谷区委"), cannot_be_owned("HOLDS_SHARES_IN", "平谷区政协")
    (True, True)
    >>> cannot_be_owned("OWNS", "中国银行东京分行"), cannot_be_owned("PARTNER_OF", "平谷区政府")
    (False, False)
    """
    return kind in _OWNED_KINDS and bool(_STATE_BODY.search(target))


def _refused(ctx: RelationContext, kind: str, source: Mention, target: Mention) -> bool:
    """Whether a relation of two entities (not one: :func:`same_entity` is checked before a pair is read)
    is one no edge may say, whatever the classifier's confidence."""
    if kind == "ALIAS_OF":
        pairs = [(x, y) for x in _names(ctx, source) for y in _names(ctx, target)]
        if any(is_unit_of(x, y) for x, y in pairs) or max(_share(x, y) for x, y in pairs) < MIN_ALIAS_SHARE:
            return True
    return any(cannot_be_owned(kind, name) for name in _names(ctx, target))


#: DuIE predicates an organisation has one holder of at a time: another person named between the two ends
#: is the nearer candidate (…研究中心总干事王波明先生中国民生银行董事长董文标先生… : 董文标 chairs 民生银行, not the
#: 研究中心). 创始人 is left out: co-founders are named in a row (马化腾和张志东).
ONE_HOLDER = frozenset({"董事长", "校长"})


def person_between(ctx: RelationContext, a: Mention, b: Mention) -> bool:
    """Whether a person other than ``a`` and ``b`` is named wholly between the two mentions."""
    start, end = min(a.end, b.end), max(a.start, b.start)
    return any(m.label is Label.PERSON and start <= m.start and m.end <= end and m is not a and m is not b
               for m in ctx.mentions)


#: Words one of which a relation of these kinds needs near its two ends (between them, or within
#: :data:`CUE_REACH` characters after the later one), as judged on news: the classifier reads 董事长 into any
#: title (部长, 秘书长, 总经理 beside a person and a body), a spouse into any two people named together and a
#: school into any body after a person. A cue preceded by 副 (副董事长) is no cue.
CUES: dict[str, tuple[str, ...]] = {
    "CHAIR_OF": ("董事长", "董事局主席"),
    "PRESIDENT_OF": ("校长",),
    "SPOUSE_OF": ("妻子", "丈夫", "夫人", "夫妇", "太太", "老公", "老婆", "前妻", "前夫", "结婚", "成婚", "新婚",
                  "婚姻", "娶", "嫁给", "爱妻", "夫妻", "伉俪"),
    "PARENT_OF": ("父亲", "母亲", "爸爸", "妈妈", "女儿", "儿子", "之子", "之女", "爱女", "千金", "父子", "母子",
                  "父女", "母女"),
    "GRADUATED_FROM": ("毕业", "学位", "校友", "就读", "学历", "肄业", "留学", "博士", "硕士", "学士"),
    "FOUNDED": ("创始人", "创办", "创立", "创建", "成立", "组建", "设立"),
    "OWNS": ("旗下", "下属", "控股", "子公司", "拥有", "所属", "附属", "隶属"),
    "COMPETES_WITH": ("对阵", "对手", "击败", "战胜", "负于", "输给", "不敌", "迎战", "交手", "较量", "竞争", "抗衡",
                      "争夺", "对决", "PK", "pk", "vs", "VS", "对"),
    "PARTNER_OF": ("合作", "携手", "联手", "签约", "签署", "合资", "共同", "联合", "伙伴", "协议", "结盟", "牵手"),
}
#: Kinds whose cue must stand between the two names (火箭对森林狼, 甲与乙签署协议 is read from 与 on).
CUE_BETWEEN = frozenset({"COMPETES_WITH"})
#: How far past the later of the two names a cue may be (毕业于北京大学东语系 … 学位, 邓超和孙俪夫妇).
CUE_REACH = 8
#: Kinds a list of names (甲、乙和丙) does not state: two banks named in one list are not competitors.
NOT_BY_LISTING = frozenset({"COMPETES_WITH", "PARTNER_OF", "MERGED_WITH", "TRADES_WITH", "DISPUTE_WITH"})
_LIST_GAP = re.compile(r"[、，,和与及跟同或以\s“”\"'《》（）()]*")
#: Kinds between a person and an organisation that say what a role edge of the rule readers says (a CHAIR_OF
#: beside HOLDS_ROLE 董事长 of the same pair adds nothing; beside HOLDS_ROLE 总经理 it is wrong).
ROLE_LIKE = frozenset({"CHAIR_OF", "PRESIDENT_OF", "FOUNDED", "GRADUATED_FROM"})
_RULE_KINDS = frozenset({RelationKind.HOLDS_ROLE, RelationKind.MEMBER_OF})


def has_cue(kind: str, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end + CUE_REACH]`` (the span of a pair and a little after) holds a cue of ``kind``
    (:data:`CUES`; kinds without cues always pass).

    >>> has_cue("CHAIR_OF", "阿里巴巴董事长马云表示", 0, 9), has_cue("CHAIR_OF", "中信金副董事长辜仲谅", 0, 9)
    (True, False)
    >>> has_cue("SPOUSE_OF", "比如邓超和孙俪夫妇，他们", 2, 7), has_cue("SPOUSE_OF", "加索尔和科比", 0, 6)
    (True, False)
    """
    cues = CUES.get(kind)
    if cues is None:
        return True
    region = text[start:end + CUE_REACH]
    for cue in cues:
        at = region.find(cue)
        while at >= 0:
            if (start + at == 0 or text[start + at - 1] != "副") and not text.startswith("毕业生", start + at):
                return True
            at = region.find(cue, at + 1)
    return False


def only_listed(between: str) -> bool:
    """Whether the words between two names are only list separators (、, 和, 及 …): a list states no relation.

    >>> only_listed("、"), only_listed("和"), only_listed("宣布收购")
    (True, True, False)
    """
    return _LIST_GAP.fullmatch(between) is not None


def said_by_rules(ctx: RelationContext, a: str, b: str) -> bool:
    """Whether a rule reader already related the entities ``a`` and ``b`` by a role or a membership."""
    return any(r.kind in _RULE_KINDS and {r.source, r.target} == {a, b} for r in ctx.read)


def read_by_rules(ctx: RelationContext, kind: str, source: str, target: str) -> bool:
    """Whether a rule reader before this one wrote a ``kind`` relation from ``source`` to ``target`` in the document
    (the pair reader's OWNS 子公司, ACQUIRED, PARTNER_OF either way): written again, one sentence would weigh twice and
    the edge show the classifier's predicate and confidence instead of the word the sentence writes (review179)."""
    return any(r.kind.value == kind and ((r.source, r.target) == (source, target)
                                         or (kind in UNDIRECTED and (r.target, r.source) == (source, target)))
               for r in ctx.read)


def fits_schema(predicate: str, head_type: str, tail_type: str) -> bool:
    """Whether a DuIE ``predicate`` may join a head and a tail of these coarse types (:data:`DUIE_TYPES`).

    >>> fits_schema("董事长", "ORG", "PER"), fits_schema("董事长", "LOC", "PER"), fits_schema("妻子", "ORG", "LOC")
    (True, False, False)
    """
    types = DUIE_TYPES.get(predicate)
    return types is None or types == (head_type, tail_type)


def check_learned_kinds(config: Config) -> None:
    """Raise :class:`~zhkg.errors.ConfigError` when ``config`` enables or sets a threshold for a kind the
    reader never writes (a misspelt ``CHAIR_OF`` would otherwise be silently ignored)."""
    known = {k for k, _ in KINDS.values()}
    named = [("learned_relations_enabled", k) for k in config.learned_relations_enabled]
    named += [("learned_relations_thresholds", t.partition("=")[0].strip()) for t in config.learned_relations_thresholds]
    for setting, kind in named:
        if kind not in known:
            raise ConfigError(f"{setting}: unknown learned relation {kind!r}; kinds are: {', '.join(sorted(known))}")


def read_learned(ctx: RelationContext) -> list[Relation]:
    """Relations the learned classifier reads between the entities named in one sentence.

    Organisation pairs go to the ``finre`` head, pairs with a person or a place to the
    ``duie`` head; a pair is read in both directions and the more confident is kept.
    """
    check_learned_kinds(ctx.config)
    model = load_relation_model(ctx.config.learned_relations_model or None)
    enabled = frozenset(ctx.config.learned_relations_enabled)
    if not enabled:
        return []
    threshold = min(ctx.config.learned_threshold(k) for k in enabled)
    out: list[Relation] = []
    typed = [m for m in ctx.mentions if m.label in _LABEL_TYPES]
    for s, e in ctx.sentences:
        here = [m for m in typed if s <= m.start and m.end <= e][:MAX_MENTIONS_PER_SENTENCE]
        text = ctx.simplified[s:e]
        for i, a in enumerate(here):
            for b in here[i + 1:]:
                if b.start - a.end > MAX_GAP or b.start < a.end or same_entity(ctx, a, b):
                    continue
                rel = _read_pair(ctx, model, text, s, a, b, threshold)
                if rel is not None:
                    out.append(rel)
    return out


#: Kinds a title states (甲公司董事长乙, 乙，甲公司董事长): the title stands between the two names, or just after
#: the organisation when the person comes first and no other person follows the title.
TITLES = frozenset({"CHAIR_OF", "PRESIDENT_OF"})


#: Kinds with no direction (合作, 竞争, 合并, 纠纷): their ends are stored in id order, as the rule readers store
#: PARTNER_OF, so a pair a sentence names twice, in two orders, is one relation, not one each way (review155).
UNDIRECTED = frozenset({"PARTNER_OF", "COMPETES_WITH", "MERGED_WITH", "DISPUTE_WITH"})


#: Kinds of two people or a person and a body another person named between them belongs to (陈水扁 in
#: 李界木…与陈水扁及夫人吴淑珍: 吴淑珍 is his wife, not 李界木's).
PERSONAL = frozenset({"SPOUSE_OF", "PARENT_OF", "GRADUATED_FROM"})
#: Kinds whose cue stands between the two names or just after the second (陈水扁夫人吴淑珍, 邓超和孙俪夫妇),
#: with at most CLOSE_GAP characters between the names.
CLOSE_CUES = frozenset({"SPOUSE_OF", "PARENT_OF"})
CLOSE_GAP = 8


def _titled(ctx: RelationContext, kind: str, first: Mention, second: Mention) -> bool:
    text = ctx.simplified
    if first.label is not Label.PERSON:  # 甲公司董事长乙, 甲公司(…)董事长乙: the title touches the person
        between = text[first.end:second.start]
        others = any(first.end <= m.start and m.end <= second.start and m.label is not Label.PERSON
                     for m in ctx.mentions)
        return not others and len(between) <= 20 and any(
            between.endswith(cue) and not between.endswith("副" + cue) for cue in CUES[kind])
    after = text[second.end:second.end + CUE_REACH]
    for cue in CUES[kind]:
        if after.startswith(cue):
            follows = second.end + len(cue)
            return not any(follows <= s < follows + 3 for s in ctx.person_starts)
    return False


def _between_names(ctx: RelationContext, first: Mention, second: Mention) -> str:
    """The text between two mentions less the other mentions named there (甲、乙和丙: 、、和)."""
    parts, at = [], first.end
    for m in ctx.mentions:
        if at <= m.start and m.end <= second.start:
            parts.append(ctx.simplified[at:m.start])
            at = m.end
    parts.append(ctx.simplified[at:second.start])
    return "".join(parts)


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
        if head_name == "duie" and not fits_schema(p.relation, ht, tt):
            continue
        if p.relation != UNKNOWN and p.relation.lstrip("被") in KINDS and (best is None or p.confidence > best[0].confidence):
            best = (p, hm, tm)
    if best is None or best[0].confidence < threshold:
        return None
    p, source, target = best
    predicate = p.relation
    if head_name == "finre" and predicate.startswith("被"):
        predicate, source, target = predicate[1:], target, source
    kind, reverse = KINDS[predicate]
    if kind not in ctx.config.learned_relations_enabled or p.confidence < ctx.config.learned_threshold(kind):
        return None
    if reverse:
        source, target = target, source
    if _refused(ctx, kind, source, target) or (p.relation in ONE_HOLDER and person_between(ctx, a, b)):
        return None
    first, second = (a, b) if a.start <= b.start else (b, a)
    if kind in NOT_BY_LISTING and only_listed(_between_names(ctx, first, second)):
        return None
    if kind in PERSONAL and person_between(ctx, a, b):
        return None
    if kind in TITLES:
        if not _titled(ctx, kind, first, second):
            return None
    elif kind in CLOSE_CUES:
        between = ctx.simplified[first.end:second.start]
        if len(between) > CLOSE_GAP or not has_cue(kind, ctx.simplified, first.end, second.end + 2 - CUE_REACH):
            return None
    elif not has_cue(kind, ctx.simplified, first.start, second.end - (CUE_REACH if kind in CUE_BETWEEN else 0)):
        return None
    if kind in ROLE_LIKE and said_by_rules(ctx, ctx.owner[source], ctx.owner[target]):
        return None
    if news_guard_refuses(ctx, kind, source, target):
        return None
    if kind in UNDIRECTED and ctx.owner[target] < ctx.owner[source]:
        source, target = target, source
    if read_by_rules(ctx, kind, ctx.owner[source], ctx.owner[target]):
        return None
    rel = ctx.relation(ctx.owner[source], ctx.owner[target], _kind(kind), min(a.start, b.start), max(a.end, b.end))
    return replace(rel, relation_zh=p.relation, confidence=round(p.confidence, 4))
