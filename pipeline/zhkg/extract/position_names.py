"""Transliterated players and coaches written right after their position, for :mod:`zhkg.extract.people`.

Hong Kong's sports pages write foreign players and coaches in Cantonese transliteration (锋将祖连奴, 新兵比提,
主教练的卢比度, 换入祖连奴): letters of the Mandarin transliteration table (``foreign_name_chars.txt``: 祖, 比, 提,
卢) and the Cantonese endings it lacks (奴 -no, 度 -do, 臣 -son, 仙 -sen, 连 -len). The recogniser, trained on
People's Daily, reads none of them, and jieba cuts them at will (卢比|度). :func:`position_name_candidates` reads
such a name where the text writes a player's position, a coach's title or a substitution right before it (with 的
or not): two to four letters all of the two sets, ending where jieba ends a word, no word of jieba's dictionary
other than a name (球员|比赛 is a match). Round people298, from the web tune half's Hong Kong football articles.

Caveats: a Chinese player whose name is written in such letters only (a surname 卢 and a given name 比) is read too,
as he should be; a transliteration of other letters after a position is left to the other readers. The candidates
are of the kind ``after_role``: a context fixes them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import dictionary_tag, doc_text, token_table

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["position_name_candidates", "CANTONESE_ENDINGS"]

#: The letters Hong Kong writes a Western name's ending with that the transliteration table lacks: 奴 (-no,
#: 祖连奴), 度 (-do, 费兰度), 臣 (-son, 安达臣), 仙 (-sen, 雷仙奴), 连 (-len).
CANTONESE_ENDINGS = frozenset("奴度臣仙连")
# a player's position, a coach's title, a new signing or a substitution, right before the name (锋将祖连奴,
# 主教练的卢比度, 换入祖连奴)
_POSITIONS = ("锋将", "前锋", "中锋", "翼锋", "后卫", "中卫", "边卫", "中场", "门将", "新兵", "新援", "外援", "主教练",
              "教练", "主帅", "球员", "换入", "换出")
_CUE = re.compile("(?:" + "|".join(sorted(_POSITIONS, key=len, reverse=True)) + ")的?")
# what jieba's dictionary tags a name (a run that is a word of its dictionary otherwise is a word: 比赛, 安排)
_NAME_TAGS = frozenset({"x", "nr", "nrt", "nrfg"})


def position_name_candidates(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Names of two to four transliteration letters right after a position, a coach's title or a substitution
    (锋将|祖连奴, 主教练的|卢比度): ``(start, end, "after_role")``.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> from zhkg.stages.segment import make_nlp
    >>> doc = make_nlp()("锋将祖连奴提到新球季，主教练的卢比度担任领队，球员比赛中受伤")
    >>> [doc.text[s:e] for s, e, _ in position_name_candidates(doc, load_lexicon())]
    ['祖连奴', '卢比度']
    """
    text = doc_text(doc)
    letters = lexicon.foreign_name_chars | CANTONESE_ENDINGS
    ends = token_table(doc).ends
    found = []
    for m in _CUE.finditer(text):
        s = m.end()
        run = s
        while run < len(text) and run - s < 4 and text[run] in letters:
            run += 1
        for e in range(run, s + 1, -1):  # the longest that ends a word of jieba's and is no other word
            if e in ends and dictionary_tag(text[s:e]) in _NAME_TAGS:
                found.append((s, e, "after_role"))
                break
    return found
