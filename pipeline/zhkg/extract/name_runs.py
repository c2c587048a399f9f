"""Recogniser names that run on past a name, settled before the merge (measured on Weibo NER dev).

Two kinds of run the recogniser reads as one name, on informal text above all:

* **A Han character written three times or more** (哈哈哈哈, 超超超, 唐唐唐唐秋云): no name holds one. A person's
  name keeps the last of a leading run as its surname (唐唐唐唐|秋云 → 唐秋云); any name ends before a run inside
  or after it (赵新民哈哈哈 → 赵新民); a body or a place holding one is none (新民哈哈哈, 耶哈哈哈).
* **A Chinese name run into the words after it** (熊欣欣回国, 邵小敏金牛, 张宇橡树湾): a person of five letters
  or more led by a one-letter surname, two of whose letters after the third write no transliterated name, is the
  name of three letters, or of two where jieba ends a word there (a transliterated name, 施华洛世奇 or
  麦克罗伯特森, keeps its length). One led by two one-letter surnames, as Hong Kong writes a married woman
  (廖李可期|料升任: her husband's surname, then her own name), is the name of four letters.

Caveat: the second runs at the end of the merge, after the rules that split two names written together
(徐克张叔平) or name a facility (程田古玩城); where jieba ends no word after two or three letters it leaves the name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.extract.japanese_names import japanese_full_name
from zhkg.extract.regnal_names import ends_with_reign
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import TokenTable

__all__ = ["settle_name_runs", "cut_repeated_runs", "cut_long_people"]

# a Han letter written thrice or more (numbers repeat digits: 长寿路1118号)
_REPEATED = re.compile(r"([\u4e00-\u9fff])\1\1+")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_LONG_PERSON = 5
_NAME_LENGTH = 3
_RULER_TITLES = frozenset("宗帝祖")
_MARRIED_LENGTH = 4
#: the most often a letter after a married name's four may end given names (料, 指, 称 never do)
_GLUED_LETTER_MAX_RATE = 0.05


def settle_name_runs(model: list[Mention], text: str) -> list[Mention]:
    """:func:`cut_repeated_runs` where the text repeats a character thrice (one regex search)."""
    return cut_repeated_runs(model) if _REPEATED.search(text) else model


def _cut(m: Mention, start: int, end: int) -> Mention:
    a, b = start - m.start, end - m.start
    return replace(m, start=start, end=end, text=m.text[a:b], simplified=m.simplified[a:b], canonical="")


def cut_repeated_runs(model: list[Mention]) -> list[Mention]:
    """Names without a character written three times or more (see the module's docstring).

    >>> from zhkg.records import Mention, Label
    >>> def m(s, e, text, label): return Mention("d", s, e, text[s:e], text[s:e], label, "crf")
    >>> t = "唐唐唐唐秋云和新民哈哈哈"
    >>> [x.simplified for x in cut_repeated_runs([m(0, 6, t, Label.PERSON), m(7, 12, t, Label.ORGANIZATION)])]
    ['唐秋云']
    """
    out = []
    for m in model:
        run = _REPEATED.search(m.simplified)
        if run is None:
            out.append(m)
            continue
        if m.label is not Label.PERSON:
            continue  # no body or place is written so (新民哈哈哈, 耶哈哈哈)
        if run.start() == 0:
            start, end = m.start + run.end() - 1, m.end
            later = _REPEATED.search(m.simplified, run.end())
            if later is not None:
                end = m.start + later.start()
        else:
            start, end = m.start, m.start + run.start()
        if end - start >= 2:
            out.append(_cut(m, start, end))
    return out


def cut_long_people(mentions: list[Mention], text: str, table: TokenTable | None, lexicon: Lexicon) -> list[Mention]:
    """A recogniser person of five Han letters or more led by a one-letter surname, two of whose letters after the
    third write no transliterated name, is its first three letters, or two where jieba ends a word after two
    letters and not after three (熊欣欣|回国, 张宇|橡树湾); where jieba ends no word after either, it is left, and so
    is a name that repeats its own head (施华洛世奇元素施华洛世奇), a ruler's temple name before his (唐顺宗李诵), or a
    monarch's name with its regnal number (安提柯三世), or a Japanese name with a given name of three letters
    (高桥美佳子). A run of five letters led by two one-letter surnames is a married name of four and a letter glued on
    (廖李可期|料升任: :func:`_married_name_run`).
    Run this after the rules that split two names written together (徐克张叔平) and name facilities (程田古玩城)."""
    out = []
    for m in mentions:
        name = m.simplified
        if m.label is Label.PERSON and len(name) >= _LONG_PERSON and m.extractor == MentionSource.RECOGNISER \
                and table is not None and _HAN_RUN.fullmatch(name) and name[0] in lexicon.surnames \
                and name[:2] not in lexicon.surnames \
                and sum(ch not in lexicon.foreign_name_chars for ch in name[_NAME_LENGTH:]) >= 2 \
                and name.count(name[:_NAME_LENGTH + 1]) < 2 \
                and name[_NAME_LENGTH - 1] not in _RULER_TITLES and not ends_with_reign(name) \
                and not japanese_full_name(name, lexicon):
            # (a name repeating its own head is no run: 施华洛世奇元素施华洛世奇; a ruler's temple name before his own
            # name is one person as written: 唐顺宗李诵)
            ends = [n for n in (_NAME_LENGTH, _NAME_LENGTH - 1) if m.start + n in table.ends]
            if _married_name_run(name, lexicon):
                ends = [_MARRIED_LENGTH]
            if ends:
                m = _cut(m, m.start, m.start + ends[0])
        out.append(m)
    return out


def _married_name_run(name: str, lexicon: Lexicon) -> bool:
    """Whether a recogniser person of five letters is a Hong Kong married woman's name of four and one letter after
    it (新闻处处长廖李可期料升任…: 料, "is expected to", opens the clause): its first two letters are two one-letter
    surnames, the second one given names seldom use (:func:`zhkg.extract.married_names.two_surnames`: 廖李, 叶刘; not
    欧阳, not 蔡明), its given letters are no role and no form of address, and the fifth letter is no given name's
    last (rate below 0.05: 料 0, 指 0, 称 0; 仪 of 叶刘淑仪 is higher), so the name of three a plain run is cut to
    (廖李可) or of two (廖李) would leave a married name's given letters outside.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> [_married_name_run(n, load_lexicon()) for n in ("廖李可期料", "熊欣欣回国", "叶刘淑仪指", "欧阳伯权说")]
    [True, False, True, False]
    """
    from zhkg.extract.foreign_names import _NOT_IN_NAME
    from zhkg.extract.married_names import two_surnames
    from zhkg.extract.name_scores import ADDRESS_WORDS

    given = name[2:_MARRIED_LENGTH]
    return len(name) == _MARRIED_LENGTH + 1 and two_surnames(name[:2], lexicon) \
        and not any(ch in _NOT_IN_NAME for ch in given) and given not in lexicon.role_words \
        and given not in ADDRESS_WORDS and lexicon.given_rates.get(name[-1], 0.0) < _GLUED_LETTER_MAX_RATE
