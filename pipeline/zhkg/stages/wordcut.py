"""jieba's accurate-mode cut (``jieba.cut(text)``, with its HMM), the same words in less time.

jieba builds a dictionary of every word's end positions (``get_DAG``), then a
second pass picks the likeliest route through it (``calc``), one generator
expression and one ``max`` of tuples per character, and hands each run of single
letters the dictionary lacks to its HMM (``jieba.finalseg``). A sixth of a
pipeline run went there. :func:`cut_words` does the same arithmetic in one
right-to-left pass: each character's candidate ends are scored as they are found,
with the same floating-point operations in the same order (``log(freq) - log(total)
+ score``, ties to the longer word as ``max`` of ``(score, end)`` tuples does), so
every route, and every word, is jieba's. The HMM is finalseg's Viterbi with the
same sums and the same ties, a comparison per state and step instead of lists of
tuples, and its answer is kept per run of letters: a name or a foreign word jieba
lacks comes back many times.

It reads jieba's live dictionary (``jieba.dt``) at each call, so words added to
jieba (``add_word``, the project lexicon) count as they do for ``jieba.cut``; the
HMM's answers are keyed by jieba's force-split set, which only grows.
``tests/test_speed15_wordcut.py`` compares it with ``jieba.cut`` on both scripts.

>>> cut_words("平谷区政协委员张三丰说，Apple发布iPhone 15。")
['平谷区', '政协委员', '张三丰', '说', '，', 'Apple', '发布', 'iPhone', ' ', '15', '。']
"""

from __future__ import annotations

from functools import lru_cache
from math import log
from typing import Any

__all__ = ["cut_words"]


def cut_words(text: str, tokenizer: Any = None) -> list[str]:
    """``list(jieba.cut(text))`` (accurate mode, HMM on), computed without jieba's per-character generators.

    ``tokenizer`` is a ``jieba.Tokenizer`` whose dictionary to read, by default
    jieba's own (``jieba.dt``, which ``jieba.cut`` uses).

    >>> cut_words("我来到北京清华大学")
    ['我', '来到', '北京', '清华大学']
    """
    jieba, finalseg = _modules or _import()
    dt = jieba.dt if tokenizer is None else tokenizer
    dt.check_initialized()
    freq = dt.FREQ
    logtotal = log(dt.total)
    forced = len(finalseg.Force_Split_Words)
    words: list[str] = []
    append = words.append
    extend = words.extend
    skip = jieba.re_skip_default
    # re.split with one group: the matched stretches (jieba's word characters) are the odd pieces
    for n, block in enumerate(jieba.re_han_default.split(text)):
        if not block:
            continue
        if n & 1:
            _cut_block(block, freq, logtotal, forced, append, extend)
        else:
            for m, piece in enumerate(skip.split(block)):
                if m & 1:
                    append(piece)  # a space or a line break, whole
                else:
                    extend(piece)  # anything else, a letter at a time
    return words


_modules: tuple = ()  # jieba and jieba.finalseg, imported on the first cut


def _import() -> tuple:
    global _modules
    from zhkg.resources.jieba_dict import import_jieba

    jieba = import_jieba()
    from jieba import finalseg

    _modules = (jieba, finalseg)
    return _modules


def _cut_block(block: str, freq: dict[str, int], logtotal: float, forced: int, append, extend) -> None:
    """jieba's ``Tokenizer.__cut_DAG`` of one stretch of word characters, its words appended.

    A run of single letters is cut out of the block once, where it ends (jieba
    adds it up a letter at a time: a new string per letter; speed220).
    """
    ends = _route(block, freq, logtotal)
    get = freq.get
    n = len(block)
    x = 0
    run = -1  # where the run of single letters being read began, -1 when none is
    while x < n:
        y = ends[x] + 1
        if y - x > 1:
            if run >= 0:
                _flush(block[run:x], get, forced, append, extend)
                run = -1
            append(block[x:y])
        elif run < 0:
            run = x
        x = y
    if run >= 0:
        _flush(block[run:], get, forced, append, extend)


def _flush(buf: str, get, forced: int, append, extend) -> None:
    """A run of single letters: alone, as letters (a dictionary word), or cut by the HMM (unknown)."""
    if len(buf) == 1:
        append(buf)
    elif not get(buf):
        extend(_hmm(buf, forced))
    else:
        extend(buf)


@lru_cache(maxsize=1 << 14)
def _hmm(buf: str, forced: int) -> tuple[str, ...]:
    """``jieba.finalseg.cut(buf)``; ``forced`` (the size of its force-split set, which only grows) keys the answer."""
    from jieba import finalseg

    split = finalseg.Force_Split_Words
    words: list[str] = []
    for n, block in enumerate(finalseg.re_han.split(buf)):
        if n & 1:  # a stretch of Han letters: the HMM's words, those jieba must split given letter by letter
            for word in _hmm_words(block):
                if word in split:
                    words += word
                else:
                    words.append(word)
        elif block:
            words += filter(None, finalseg.re_skip.split(block))
    return tuple(words)


@lru_cache(maxsize=1)
def _hmm_tables() -> tuple:
    """finalseg's start, transition and emission tables, as the locals :func:`_hmm_words` reads."""
    from jieba import finalseg

    low = finalseg.MIN_FLOAT
    start, trans, emit = finalseg.start_P, finalseg.trans_P, finalseg.emit_P
    moves = tuple(trans[a].get(b, low) for a, b in ("EB", "SB", "MM", "BM", "SS", "ES", "BE", "ME"))
    return low, tuple(start[y] for y in "BMES"), moves, tuple(emit[y] for y in "BMES")


def _hmm_words(text: str) -> list[str]:
    """finalseg's ``__cut`` of a stretch of Han letters: its Viterbi path (same sums, same ties) cut into words.

    finalseg keeps a list of states per state and step and takes ``max`` of
    ``(probability, previous state)`` tuples, so equal probabilities go to the
    later letter of the two previous states; here the choice is a comparison
    and the path is read back from one pointer per state and step.
    """
    low, (sB, sM, sE, sS), (tEB, tSB, tMM, tBM, tSS, tES, tBE, tME), (eB, eM, eE, eS) = _hmm_tables()
    c = text[0]
    vB = sB + eB.get(c, low)
    vM = sM + eM.get(c, low)
    vE = sE + eE.get(c, low)
    vS = sS + eS.get(c, low)
    back: list[tuple[str, str, str, str]] = []
    for c in text[1:]:
        em = eB.get(c, low)  # B after E or S
        a, b = vE + tEB + em, vS + tSB + em
        nB, pB = (b, "S") if b >= a else (a, "E")
        em = eM.get(c, low)  # M after M or B
        a, b = vM + tMM + em, vB + tBM + em
        nM, pM = (a, "M") if a >= b else (b, "B")
        em = eE.get(c, low)  # E after B or M
        a, b = vB + tBE + em, vM + tME + em
        nE, pE = (b, "M") if b >= a else (a, "B")
        em = eS.get(c, low)  # S after S or E
        a, b = vS + tSS + em, vE + tES + em
        nS, pS = (a, "S") if a >= b else (b, "E")
        vB, vM, vE, vS = nB, nM, nE, nS
        back.append((pB, pM, pE, pS))
    state = "S" if vS >= vE else "E"
    states = [state]
    for pointers in reversed(back):
        state = pointers["BMES".index(state)]
        states.append(state)
    states.reverse()
    words: list[str] = []
    begin = after = 0
    for i, state in enumerate(states):
        if state == "B":
            begin = i
        elif state == "E":
            words.append(text[begin : i + 1])
            after = i + 1
        elif state == "S":
            words.append(text[i])
            after = i + 1
    if after < len(text):
        words.append(text[after:])
    return words


def _route(block: str, freq: dict[str, int], logtotal: float) -> list[int]:
    """Where the likeliest route's word starting at each character ends (jieba's ``route[i][1]``).

    jieba's ``get_DAG`` and ``calc`` in one pass from the right: the candidates of
    character ``k`` are the ends ``i`` with ``block[k:i + 1]`` a word of non-zero
    frequency, found while ``block[k:i + 1]`` is in the prefix dictionary (or ``k``
    itself when there is none); each scores ``log(freq) - logtotal + score[i + 1]``
    and the best wins, the later end on a tie. A letter that is a word of its own
    (most are) is the first candidate, so the longer ones are compared with a score
    at once; a letter that is none scores as a word of frequency 1 without being
    looked up again (speed220: 3 % less time in the route replayed, the same ends).

    >>> _route("北京大学生", {"北": 5, "北京": 9, "北京大": 0, "北京大学": 4, "京": 3, "大": 6, "大学": 8,
    ...                       "大学生": 2, "学": 4, "学生": 7, "生": 5}, 3.0)
    [3, 1, 2, 4, 4]
    """
    n = len(block)
    get = freq.get
    score = [0.0] * (n + 1)
    ends = [0] * n
    for k in range(n - 1, -1, -1):
        f = get(block[k])
        end = k
        if f:
            best = log(f) - logtotal + score[k + 1]
            i = k + 1
            while i < n:
                f = get(block[k : i + 1])
                if f is None:
                    break
                if f:
                    value = log(f) - logtotal + score[i + 1]
                    if value >= best:
                        best = value
                        end = i
                i += 1
        else:
            best = None
            i = k + 1
            while f is not None and i < n:  # 0: a prefix of longer words only; None: no word starts here
                f = get(block[k : i + 1])
                if f:
                    value = log(f) - logtotal + score[i + 1]
                    if best is None or value >= best:
                        best = value
                        end = i
                i += 1
            if best is None:
                best = log(1) - logtotal + score[k + 1]
        score[k] = best
        ends[k] = end
    return ends
