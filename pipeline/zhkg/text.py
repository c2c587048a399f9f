"""Small text utilities shared by stages: sentence spans, dates, and an index of spans by the characters they cover."""

from __future__ import annotations

import datetime
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import compress, count

__all__ = ["CLAUSE_BREAKS", "CLAUSE_BREAK", "SENTENCE_BREAKS", "SENTENCE_BREAK", "NAME_JOINERS", "LIST_JOINERS", "LIST_JOINER_WORDS", "sentence_start", "clause_start", "QUOTE_PAIRS", "CREDIT_SLASHES", "HAN_ONLY", "NUMBERED_TERM", "INVISIBLE", "shows_nothing", "Literal", "find_all", "find_any", "first_at", "first_ending", "word_at", "is_han", "longest_first", "names_pattern", "WordScan", "made_of", "sentence_spans", "sentence_at", "sentence_excerpt", "EVIDENCE_LIMIT", "iso_date", "ROC_YEAR", "ROC_OFFSET", "Span", "SpanIndex", "WordPlaces"]

#: The characters that end a clause (a comma, a semicolon, a colon, a sentence's end, a line break): names,
#: counts and appositions never reach across them. ``CLAUSE_BREAK`` matches one of them.
CLAUSE_BREAKS = "，,；;。！？!?：:\n"
CLAUSE_BREAK = re.compile(f"[{CLAUSE_BREAKS}]")
#: The characters ending a sentence (its mark, a semicolon or a line break): the counts modules' sentence limit.
#: ``SENTENCE_BREAK`` matches one of them.
SENTENCE_BREAKS = "。！？!?；;\n"
SENTENCE_BREAK = re.compile(f"[{SENTENCE_BREAKS}]")
#: The letters that join a name to the next one of a list (民建联和公民党, 亚泥、幸福与万海, 菲律宾及毛里求斯): 同 and 跟
#: too, as Hong Kong writes it (主席X同校长Y, 港队跟菲律宾). Each is one letter: 以及 and 或 are the readers' own.
NAME_JOINERS = frozenset("、及和与同跟")
#: The letters that join the items of a list (陈大文、李小明; 华帝和方太; 马化腾与张志东; 主席及副主席): one copy for
#: the readers of lists of people, brands, founders and bodies.
LIST_JOINERS = frozenset("、和与及")
#: :data:`LIST_JOINERS` and 以及, as a tuple for ``str.startswith``/``endswith``, :func:`first_at` and
#: :func:`first_ending`: 以及 before 及, so the longer is the one found.
LIST_JOINER_WORDS = ("以及", "、", "和", "与", "及")


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: right after the last of :data:`SENTENCE_BREAKS` before ``at``, or 0.

    >>> sentence_start("甲说。乙；丙", 6), sentence_start("甲说", 1)
    (5, 0)
    """
    return max(text.rfind(c, 0, at) for c in SENTENCE_BREAKS) + 1


def clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts: right after the last of :data:`CLAUSE_BREAKS` before ``at``, or 0.

    >>> clause_start("甲说。乙，丙", 6), clause_start("甲说", 1)
    (5, 0)
    """
    return max(text.rfind(c, 0, at) for c in CLAUSE_BREAKS) + 1


#: The quotation marks a short quoted name is written in: Mainland “…” and Hong Kong / Taiwan 「…」.
QUOTE_PAIRS = (("“", "”"), ("「", "」"))
#: The slash of a credit, half- or full-width: between a title and a name (记者/冯珂, 記者／馮珂) or a name and what
#: the person did (刘嫣/文). A tuple: ``in`` asks it of a letter or of a slice (an empty one is none), ``endswith`` of a text.
CREDIT_SLASHES = ("/", "／")
#: A word of Han characters only (no digit, Latin letter or punctuation).
HAN_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")
#: A body's numbered term, ordinal or not (第十六届, 十六届, 首届, 第 12 届): the body that sat then, whose name the
#: term opens (十六届全国人大). The one pattern of the combine stage's alias rule and resolve's term rule (tidy168).
NUMBERED_TERM = re.compile(r"(?:第?\s*[〇零一二三四五六七八九十百两\d]+\s*|首)届")

#: More branches than this at one letter of :func:`longest_first`'s trie are grouped behind tests of their first letters.
_GROUPED_BRANCHES = 64

# 2020-12-22, 2020/12/22, 2020.12.22, 2020年12月22日, 2020-12-22T08:00, 20201222
_DATE = re.compile(r"\s*(\d{4})(?:\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?|(\d{2})(\d{2}))(?![\d])")
# Taiwan's dates in the Republic's years (民國113年5月20日, 113年5月20日, 113/05/20: 2024-05-20; the year + 1911):
# three digits alone (no news is dated in the year 113), two only after 民國 (99年 may be 1999's)
#: A year of the Republic: after 民國 (two groups: one or two digits after 民國, three alone), its year AD the number
#: + :data:`ROC_OFFSET` (``stages.documents`` reads the same years in a date without its day).
ROC_YEAR = r"(?:(?:中[华華]\s*)?民[国國]\s*(\d{1,3})|(\d{3}))"
_ROC_DATE = re.compile(r"\s*" + ROC_YEAR +
                       r"(?:\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?|(?<=\d)[/.](\d{1,2})[/.](\d{1,2}))(?![\d])")
ROC_OFFSET = 1911

# Dec 20, 2020; December 5th, 2020; 20 Dec 2020; Tue, 22 Dec 2020 08:30:00 +0800 (RSS); a weekday first or not
_EN_DATE = re.compile(
    r"\s*(?:[A-Za-z]+\.?,?\s+)??(?:(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})"
    r"|([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))(?![\d])")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")

_SENTENCE_END = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[」』”’)]*|\n|$)")


class Literal:
    """Where a literal word was found: ``start()``, ``end()``, ``span()`` and ``group()``, as a regex match."""

    __slots__ = ("_start", "_word")

    def __init__(self, start: int, word: str) -> None:
        self._start, self._word = start, word

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._start + len(self._word)

    def span(self) -> tuple[int, int]:
        return self._start, self._start + len(self._word)

    def group(self) -> str:
        return self._word


#: Characters that draw nothing (zero-width spaces and joiners, the word joiner, a stray byte-order mark).
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def shows_nothing(text: str) -> bool:
    """Whether ``text`` is empty or only spaces and :data:`INVISIBLE` characters: as a label, a blank.

    >>> shows_nothing(""), shows_nothing(" \\u3000\\n"), shows_nothing("\\u200b \\ufeff"), shows_nothing(" a ")
    (True, True, True, False)
    """
    return not "".join(text.split()).strip(INVISIBLE)


def is_han(ch: str) -> bool:
    """Whether ``ch`` is a Han character (CJK unified ideographs and extension A).

    >>> is_han("中"), is_han("，"), is_han("A")
    (True, False, False)
    """
    return "\u3400" <= ch <= "\u9fff"


def find_all(word: str, text: str):
    """The places ``word`` stands in ``text``, left to right, not overlapping: ``re.finditer(re.escape(word),
    text)`` without compiling a pattern per word (a document's names are each a new one).

    >>> [m.span() for m in find_all("湖人", "湖人胜湖人湖人")], list(find_all("队", "湖人"))
    ([(0, 2), (3, 5), (5, 7)], [])
    """
    if not word:
        yield from re.finditer("", text)
        return
    at = text.find(word)
    while at >= 0:
        yield Literal(at, word)
        at = text.find(word, at + len(word))


#: Up to this many openings, :class:`WordPlaces` finds each one's places by ``str.find`` (some 20 times faster than
#: the one pass over the text for a few); beyond, by the one pass (a scan an opening costs more from about 80 on).
_FEW_OPENINGS = 48


class WordPlaces:
    """Where words stand in one text, found by one pass over it for all of them: ``text.find`` and ``text.count``
    of each word without reading the whole text once a word (a long document's names are thousands, each a scan).

    The pass notes every place where the opening two letters of one of ``words`` stand; a word's places are then
    those of its opening with the word written there (up to ``_FEW_OPENINGS`` openings, an ordinary document's, each
    is found by ``str.find`` instead: the same places, sooner). A word of one letter is counted once for all
    (``collections.Counter``); a word not given (or the empty word) is the text's own ``find``, as before.

    >>> places = WordPlaces("哈哈哈，王海峰说王海", ["哈哈", "王海峰", "王海"])
    >>> places.starts("哈哈"), places.apart("哈哈"), places.count("王海"), places.count("哈"), places.starts("说王")
    ([0, 1], [0], 2, 3, [7])
    """

    def __init__(self, text: str, words=()) -> None:
        self.text = text
        self._openings = {(w[0], w[1]) for w in words if len(w) >= 2}
        at: dict[tuple[str, str], list[int]] = {}
        if len(self._openings) <= _FEW_OPENINGS:  # an ordinary document's few names: a scan in C an opening
            find = text.find
            for first, second in self._openings:
                i = find(first + second)
                if i >= 0:
                    places = at[first, second] = []
                    while i >= 0:
                        places.append(i)
                        i = find(first + second, i + 1)
        else:
            for i in compress(count(), map(self._openings.__contains__, zip(text, text[1:]))):
                at.setdefault((text[i], text[i + 1]), []).append(i)
        self._at = at
        self._letters: Counter | None = None
        self._counts: dict[str, int] = {}

    def starts(self, word: str) -> list[int]:
        """Every place ``word`` starts, overlapping ones too (``text.find(word, i + 1)`` from each to the next)."""
        text = self.text
        if len(word) < 2 or (word[0], word[1]) not in self._openings:
            found, i = [], text.find(word)
            while i >= 0 and word:
                found.append(i)
                i = text.find(word, i + 1)
            return found if word else list(range(len(text) + 1))
        places = self._at.get((word[0], word[1]), [])
        return list(places) if len(word) == 2 else [i for i in places if text.startswith(word, i)]

    def count(self, word: str) -> int:
        """``text.count(word)``: the places ``word`` stands, not overlapping, left to right."""
        if len(word) == 1:
            if self._letters is None:
                self._letters = Counter(self.text)
            return self._letters[word]
        n = self._counts.get(word)
        if n is None:  # a name is counted at each of its mentions: once
            if len(word) < 2 or (word[0], word[1]) not in self._openings:
                n = self.text.count(word)
            else:
                n = len(self.apart(word))
            self._counts[word] = n
        return n

    def apart(self, word: str) -> list[int]:
        """The places of ``word`` not overlapping, left to right: ``text.find(word, i + len(word))`` from each to
        the next (``word`` not empty)."""
        found, end = [], 0
        for i in self.starts(word):
            if i >= end:
                found.append(i)
                end = i + len(word)
        return found


def first_at(text: str, words: tuple[str, ...], at: int, end: int | None = None, default=""):
    """The first of ``words``, in their order, that ``text`` holds at ``at`` (within ``end``), else ``default``.

    ``next((w for w in words if text.startswith(w, at, end)), default)``, but one test in C
    (``str.startswith`` of the tuple) answers the usual case, where none is there; ``words`` must be a tuple.

    >>> first_at("后来又出任", ("后", "后来", "又"), 0), first_at("后来又出任", ("又",), 0, default=None)
    ('后', None)
    """
    if not text.startswith(words, at, end):
        return default
    if len(words) > _FEW_WORDS:  # only the words of the letter there (or empty) can be the first
        a, b, _ = slice(at, end).indices(len(text))
        words = _by_letter(words, 0).get(text[a] if a < b else "", words)
    return next(w for w in words if text.startswith(w, at, end))


def word_at(by_first: Mapping[str, Sequence[str]], text: str, at: int) -> str:
    """The first word of the group ``by_first`` holds under the letter at ``at`` of ``text`` that ``text`` holds
    there, or "": with groups longest first (:attr:`~zhkg.resources.lexicon.Lexicon.roles_by_first`), the longest.

    >>> word_at({"局": ("局长助理", "局长")}, "李局长说", 1), word_at({"局": ("局长",)}, "李局长说", 0)
    ('局长', '')
    """
    return next((w for w in by_first.get(text[at:at + 1], ()) if text.startswith(w, at)), "")


def first_ending(text: str, words: tuple[str, ...], end: int, start: int = 0, default=""):
    """The first of ``words``, in their order, that ``text[start:end]`` ends with, else ``default``.

    ``next((w for w in words if text.endswith(w, start, end)), default)`` with one test in C first.

    >>> first_ending("市政协委员王伟", ("委员", "政协委员"), 5), first_ending("王伟", ("委员",), 2)
    ('委员', '')
    """
    if not text.endswith(words, start, end):
        return default
    if len(words) > _FEW_WORDS:  # only the words of the letter there (or empty) can be the first
        a, b, _ = slice(start, end).indices(len(text))
        words = _by_letter(words, -1).get(text[b - 1] if a < b else "", words)
    return next(w for w in words if text.endswith(w, start, end))


#: Up to this many words :func:`first_at` and :func:`first_ending` try each in turn once one of them is there;
#: beyond, only those of the letter there (a brand frame's 92 trades, the short forms' 75 to 84 heads): hashing
#: the tuple for its groups costs about what trying a dozen words does.
_FEW_WORDS = 32


@lru_cache(maxsize=512)
def _by_letter(words: tuple[str, ...], side: int) -> dict[str, tuple[str, ...]]:
    """``words`` by their first (``side`` 0) or last (-1) letter, each group in the words' order with the empty
    word where it stands (it starts and ends anything).

    >>> _by_letter(("委员", "", "主任", "政协委员"), -1)
    {'员': ('委员', '', '政协委员'), '任': ('', '主任')}
    """
    letters = dict.fromkeys(w[side] for w in words if w)
    return {letter: tuple(w for w in words if not w or w[side] == letter) for letter in letters}


def find_any(words, text: str, *, not_before: str = "", not_after: str = "") -> list[tuple[int, int]]:
    """The spans ``re.finditer`` gives for the words as one pattern, longest first: left to right, not overlapping,
    the longest word where several start; without compiling a pattern per set of words (a document's names).

    ``not_before`` and ``not_after`` are characters that may not stand right before or right after a word found,
    as the pattern ``(?<![not_before])(?:words)(?![not_after])`` would say: a word that fails leaves its place to a
    shorter one starting there, or to a word starting later.

    >>> find_any(["湖人", "湖人队", "人队"], "湖人队胜湖人，人队")
    [(0, 3), (4, 6), (7, 9)]
    >>> find_any(["IBM", "IBMX", "BM"], "IBMX公司, XIBM, IBM-1", not_before="AX", not_after="-")
    [(0, 4), (10, 12)]
    """
    words = set(words)
    if "" in words:  # an empty word matches between letters: leave that to re
        pattern = "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))
        if not_before:
            pattern = f"(?<![{re.escape(not_before)}])(?:{pattern})"
        if not_after:
            pattern = f"(?:{pattern})(?![{re.escape(not_after)}])"
        return [m.span() for m in re.finditer(pattern, text)]
    found: list[tuple[int, int]] = []
    bounded = bool(not_before or not_after)
    size = len(text)
    for word in words:
        at = text.find(word)
        while at >= 0:
            if not bounded or not (at > 0 and text[at - 1] in not_before
                                   or at + len(word) < size and text[at + len(word)] in not_after):
                found.append((at, -len(word)))
            at = text.find(word, at + 1)
    found.sort()
    spans: list[tuple[int, int]] = []
    end = 0
    for at, length in found:
        if at >= end:
            end = at - length
            spans.append((at, end))
    return spans


def longest_first(words) -> str:
    """A regex source matching any of ``words``, the longest that matches first, as a trie.

    It matches what ``"|".join`` of the words sorted longest first does, and backtracks to the shorter
    words in the same order, but Python's ``re`` tries one branch per letter instead of every word at each
    position: several times faster for a few hundred names. Words must be non-empty; no flags (a case-blind
    pattern could take two branches for one letter).

    >>> longest_first(["国泰", "国泰航空", "北约"])
    '(?:(?:北约|国泰(?:航空)?))'
    >>> re.findall(longest_first(["国泰", "国泰航空"]), "国泰航空与国泰")
    ['国泰航空', '国泰']
    >>> re.search(longest_first([]), "国泰") is None
    True
    """
    trie: dict = {}
    for word in words:
        if not word:
            raise ValueError("an empty word")
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def source(node: dict) -> str:
        branches = [re.escape(ch) + source(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        if len(branches) > _GROUPED_BRANCHES:
            # re tries a branch after another, each failing on its first letter: a few hundred first letters
            # cost a few hundred tests at each position. Groups of branches, each behind a test of its first
            # letters, cost a few dozen; one branch at most fits a position, so the order does not matter.
            # One test of all of them first keeps re's quick skip to a position where a first letter stands.
            size = math.isqrt(len(branches) - 1) + 1
            letters = [re.escape(ch) for ch in sorted(node) if ch]
            groups = [f"(?=[{''.join(letters[i:i + size])}])(?:{'|'.join(branches[i:i + size])})"
                      for i in range(0, len(branches), size)]
            body = f"(?:(?=[{''.join(letters)}])(?:{'|'.join(groups)}))"
        else:
            body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body  # greedy: the longer word first, then the word ending here

    return "(?:" + source(trie) + ")" if trie else "(?!)"  # no words: a pattern that matches nothing


@lru_cache(maxsize=16)
def names_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """``names`` as one pattern, the longest name first where several start (None when there are none), compiled
    once per list, not per document: the user's people, organisations and places, the table's landmarks.

    >>> names_pattern(("维港", "大巨蛋", "大巨")).findall("在大巨蛋看维港"), names_pattern(()) is None
    (['大巨蛋', '维港'], True)
    """
    return re.compile("|".join(map(re.escape, sorted(names, key=lambda n: (-len(n), n))))) if names else None


#: The two-letter openings of every :class:`WordScan`'s words.
_OPENINGS: set[tuple[str, str]] = set()
#: Texts longer than this have their openings found anew by each scan, not kept (a batch's texts are kept).
_KEPT_TEXT_CHARS = 20_000


def _opening_positions(text: str) -> list[int]:
    """Where in ``text`` any :class:`WordScan`'s words may start: one pass in C for all of them, kept for the
    last 64 texts (the batch's known organisations are read before its listed companies)."""
    return _kept_positions(text) if len(text) <= _KEPT_TEXT_CHARS else _positions(text)


def _positions(text: str) -> list[int]:
    return list(compress(count(), map(_OPENINGS.__contains__, zip(text, text[1:]))))


_kept_positions = lru_cache(maxsize=64)(_positions)


class WordScan:
    """``finditer`` of :func:`longest_first`'s pattern over ``words``, tried only where two first letters of a
    word stand: the same matches, found where re would test the trie at nearly every letter (a thousand names
    open with most common letters). The positions are found by one pass over the text shared by every scan of
    it (listed companies, known organisations); words of one letter make the scan re's own.

    >>> scan = WordScan(["国泰", "国泰航空", "北约"])
    >>> [m.span() for m in scan.finditer("国泰航空与国泰、北约")] == [m.span() for m in scan.pattern.finditer("国泰航空与国泰、北约")]
    True
    """

    def __init__(self, words) -> None:
        words = list(words)
        self.pattern = re.compile(longest_first(words))
        self._twos = frozenset((w[0], w[1]) for w in words if len(w) > 1)
        self._whole = any(len(w) == 1 for w in words)  # a word of one letter: re's own scan
        self._registered = False

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_registered": False}  # a copy in another process registers its openings there

    def finditer(self, text: str):
        """The matches ``self.pattern.finditer(text)`` gives, in order."""
        if self._whole:
            yield from self.pattern.finditer(text)
            return
        if not self._registered:
            if not self._twos <= _OPENINGS:
                _OPENINGS.update(self._twos)
                _kept_positions.cache_clear()
            self._registered = True
        twos, match, end = self._twos, self.pattern.match, 0
        for i in _opening_positions(text):
            if i >= end and (text[i], text[i + 1]) in twos:
                m = match(text, i)
                if m:
                    end = m.end()
                    yield m


def made_of(word: str, parts: tuple[str, ...]) -> bool:
    """Whether ``word`` is empty or a run of ``parts``, each taken as the first that fits, left to right
    (list longer parts first where one begins another).

    >>> made_of("机关办公室", ("办公室", "机关")), made_of("自由统一", ("自由", "统一")), made_of("工会", ("工",))
    (True, True, False)
    """
    while word:
        part = next((p for p in parts if word.startswith(p)), None)
        if part is None:
            return False
        word = word[len(part):]
    return True


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Half-open spans of the sentences of ``text`` (split on 。！？；and newlines), blanks dropped.

    >>> sentence_spans("甲。乙!\\n丙")
    [(0, 2), (2, 4), (5, 6)]
    """
    spans = []
    for m in _SENTENCE_END.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence span containing ``offset`` (or the nearest before it)."""
    lo, hi = 0, len(spans) - 1
    best = spans[0] if spans else (0, 0)
    while lo <= hi:
        mid = (lo + hi) // 2
        if spans[mid][0] <= offset:
            best = spans[mid]
            lo = mid + 1
        else:
            hi = mid - 1
    return best


#: The longest evidence text, in characters, the marks of a cut (``…``) included: a sentence no longer is kept whole
#: (almost every news sentence: 71 of the 14,750 of THUCNews's eligible rows run past it); a line of 189,000
#: characters with no full stop once rode whole on every edge it supported, in every output.
EVIDENCE_LIMIT = 200

#: Where an evidence excerpt is cut when it can be: after a comma, a semicolon, a colon, an enumeration comma or a space.
_EXCERPT_CUTS = frozenset("，,；;：:、 \t")


def sentence_excerpt(text: str, s: int, e: int, start: int, end: int, limit: int = EVIDENCE_LIMIT) -> str:
    """The sentence ``text[s:e]``, or when it is longer than ``limit``, the part of it around the span
    ``[start, end)`` (which it holds), cut at a clause mark where one is near and marked ``…`` where cut.

    The span is kept whole, with about as much of the sentence before it as after, the window widened to the
    whole ``limit``; a span itself longer keeps its two ends (the two names a relation joins), ``…`` between them.
    The excerpt is at most ``limit`` characters, the marks included.

    >>> sentence_excerpt("甲，乙和丙。", 0, 6, 2, 5)
    '甲，乙和丙。'
    >>> long = "天晴" * 20 + "，张三会见李四，" + "天晴" * 20
    >>> sentence_excerpt(long, 0, len(long), 41, 45, limit=24)
    '…张三会见李四…'
    >>> sentence_excerpt("天晴" * 20 + "   张三会见李四   " + "天晴" * 20, 0, 92, 43, 47, limit=24)
    '…张三会见李四…'
    >>> sentence_excerpt("甲" * 40 + "乙" * 40, 0, 80, 0, 80, limit=11)
    '甲甲甲甲甲…乙乙乙乙乙'
    """
    if e - s <= limit:
        return text[s:e]
    if end - start > limit - 2:  # the span alone is too long: its head and its tail
        room = limit - 1 - (start > s) - (end < e)
        head, tail = room - room // 2, room // 2
        return ("…" if start > s else "") + text[start:start + head] + "…" + text[end - tail:end] \
            + ("…" if end < e else "")
    room = limit - 2 - (end - start)
    before, after = min(start - s, room // 2), min(e - end, room - room // 2)
    before, after = min(start - s, room - after), min(e - end, room - before)  # what one side leaves, the other takes
    ws, we = start - before, end + after
    if ws > s:
        ws = next((i + 1 for i in range(ws, start) if text[i] in _EXCERPT_CUTS), ws)
    if we < e:
        we = next((i for i in range(we - 1, end - 1, -1) if text[i] in _EXCERPT_CUTS), we)
    while ws < start and ws > s and text[ws].isspace():  # a cut in a run of spaces keeps none of them
        ws += 1
    while we > end and we < e and text[we - 1].isspace():
        we -= 1
    return ("…" if ws > s else "") + text[ws:we] + ("…" if we < e else "")


def iso_date(text: str) -> str:
    """The calendar date ``text`` starts with, as ISO ``YYYY-MM-DD``; empty when it holds none.

    A time after the date is ignored; an impossible date (2021-02-30) is no date.

    >>> iso_date("2020-12-22"), iso_date("2020/1/5 08:30"), iso_date("2020年12月22日"), iso_date("20201222")
    ('2020-12-22', '2020-01-05', '2020-12-22', '2020-12-22')
    >>> iso_date("Tue, 22 Dec 2020 08:30:00 +0800"), iso_date("Dec 22, 2020")
    ('2020-12-22', '2020-12-22')
    >>> iso_date("2021-02-30"), iso_date("yesterday"), iso_date("12/05/2020"), iso_date("")
    ('', '', '', '')

    Taiwan's dates in the Republic's years: three digits, or any after 民國.

    >>> iso_date("民國113年5月20日"), iso_date("113年5月20日"), iso_date("113/05/20"), iso_date("99年5月20日")
    ('2024-05-20', '2024-05-20', '2024-05-20', '')
    """
    m = _DATE.match(text)
    if m:
        year, month, day = m.group(1), m.group(2) or m.group(4), m.group(3) or m.group(5)
    elif m := _ROC_DATE.match(text):
        year = str(int(m.group(1) or m.group(2)) + ROC_OFFSET)
        month, day = m.group(3) or m.group(5), m.group(4) or m.group(6)
    elif m := _EN_DATE.match(text):
        day, name, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
        months = [i for i, full in enumerate(_MONTHS, 1) if len(name) >= 3 and full.startswith(name.lower())]
        if not months:
            return ""
        month = str(months[0])
    else:
        return ""
    try:
        return datetime.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return ""


class SpanIndex:
    """Mentions by the characters they cover, for overlap queries that cost the span's length.

    Comparing every mention with every other grows with the square of a
    document's mentions; names are short, so looking up their characters does not.

    >>> from zhkg.records import Label, Mention
    >>> a = Mention("d", 0, 3, "平谷区", "平谷区", Label.PLACE, "x")
    >>> index = SpanIndex([a])
    >>> index.overlapping(Mention("d", 2, 5, "区政协", "区政协", Label.ORGANIZATION, "x")) == [a]
    True
    """

    def __init__(self, mentions=()) -> None:
        self._at: dict[int, list] = {}
        # Mentions added but not yet indexed by character: the index is filled at its first question (about
        # four indexes in ten are never asked one), in the order they were added.
        self._waiting = list(mentions)

    def add(self, m) -> None:
        self._waiting.append(m)

    def _fill(self) -> None:
        at = self._at
        get = at.get
        for m in self._waiting:
            for i in range(m.start, m.end):
                here = get(i)
                if here is None:  # no empty list made and thrown away for a character already held
                    at[i] = [m]
                else:
                    here.append(m)
        self._waiting = []

    def overlapping(self, m) -> list:
        """Indexed mentions sharing a character with ``m``, in the order they were added."""
        if self._waiting:
            self._fill()
        at = self._at
        span = range(m.start, m.end)
        if at.keys().isdisjoint(span):  # the usual answer, found in C
            return []
        seen: dict[int, object] = {}
        for i in span:
            for other in at.get(i, ()):
                seen.setdefault(id(other), other)
        return list(seen.values())

    def overlaps(self, m) -> bool:
        if self._waiting:
            self._fill()
        return not self._at.keys().isdisjoint(range(m.start, m.end))


class Span:
    """A bare half-open span to ask a :class:`SpanIndex` about (anything with ``start`` and ``end`` will do).

    >>> SpanIndex([Span(2, 5)]).overlaps(Span(4, 6)), SpanIndex([Span(2, 5)]).overlaps(Span(5, 6))
    (True, False)
    """

    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end
