"""Hong Kong married women's names the recogniser cuts one letter short (issue 15).

Hong Kong writes a married woman with her husband's surname before her own name: 周梁淑怡 (周 + 梁淑怡), 范徐丽泰,
曾范兴健. jieba, which knows no such name, builds the four letters into one word of its own (tag x); the recogniser,
which learnt mostly three-letter names, may read the first three (周梁淑). Such a person takes the fourth letter in
when jieba's own word of four letters starts where the person does, its first two letters are two one-letter
surnames (not one compound surname), and the fourth is a letter given names mostly use (``name_chars.tsv`` given
rate ≥ 0.08: 怡 0.65, 泰 0.10, 健 0.09).

On the train splits' gold (MSRA train less dev, CLUENER train less dev, Weibo and Universal NER train), a person
whose first two letters are surnames and whom jieba's word of four letters covers is the four letters 4 times
(周梁淑怡 twice, 范徐丽泰, 曾范兴健) and three letters with a glued word's letter after it 8 times (倪夏莲|以, 林景文|因,
袁吉荣|富, 孔金荣|诉, 王景茂|为, 邹常忠|家 …): those letters' given rates are all below 0.07.

A name whose given letters are a word of their own (廖李可期: 可期, "promising") is cut to its two surnames (廖李|可期),
or to the three letters after the first (廖|李可期), and no letter rate helps. Such a person takes the four letters when
the document writes the two surnames at least twice and every time with the same two Chinese letters after them
(titles166: 廖李可期 four times in one Hong Kong article), or writes them once with the clause ending right after
the four letters (处长廖李可期。: no verb follows, so the two letters are no short form's predicate; persons227), and
its second surname is a letter given names seldom use
(so the two letters are no two-letter name: 蔡明, 江平). The two surnames followed by other letters (叶刘宣布, 叶刘与…:
a short form the press uses), by a role or address word, or by a word jieba's dictionary counts often (李林表示 twice: a
two-letter name whose given letter is a surname too) stay as they are.
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.extract.foreign_names import _NOT_IN_NAME
from zhkg.extract.name_scores import ADDRESS_WORDS
from zhkg.records import Label, Mention
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import TokenTable, dictionary_frequency
from zhkg.text import CLAUSE_BREAKS, SpanIndex, is_han

__all__ = ["married_names_whole", "married_short_forms", "two_surnames"]

#: the least given rate of a married name's last letter (怡 0.65, 泰 0.10, 健 0.09; 富 0.068, 家 0.015, 以 0.002)
_LAST_LETTER_MIN_RATE = 0.08

#: how often a document must write two surnames, always with the same two letters after them, to take the four as a name
_MIN_WRITTEN = 2

#: what opens a familiar name, never a husband's surname (阿信, 小李, 老王)
_FAMILIAR_PREFIXES = frozenset("阿小老")

#: what closes a name at a clause's end besides a clause mark
_CLOSERS = "」』）)”、"

#: the most often jieba's dictionary may count those two letters as a word: a name's letters may make a rare word
#: (可期 3), never a common verb, noun or word of time after two letters (杨门|女将 153, 回应 548, 表示 19,238; 陈方|安生 142
#: is given up)
_MAX_WORD_FREQUENCY = 100

#: the most often a letter is a given name's that may be a married name's second surname: a name of two letters whose
#: second letter names people often is one person (蔡明 0.064, 江平 0.23: 蔡明|意风, 江平|在征 on THUCNews); a wife's own
#: surname seldom does (李 0.0, 刘 0.014, 郑 0.0, 何 0.0)
_MAX_SECOND_SURNAME_RATE = 0.05


def married_names_whole(mentions: list[Mention], text: str, table: TokenTable | None,
                        lexicon: Lexicon) -> list[Mention]:
    """The mentions, a person of three letters cut inside a married woman's name of four taken whole.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> from zhkg.stages.segment import make_segmenter, token_table
    >>> t = "议员周梁淑怡指出"
    >>> ms = [Mention("d", 2, 5, "周梁淑", "周梁淑", Label.PERSON, "crf")]
    >>> [m.text for m in married_names_whole(ms, t, token_table(make_segmenter()(t)), load_lexicon())]
    ['周梁淑怡']
    """
    if table is None:
        return mentions
    mentions = _written_again_whole(mentions, text, lexicon)
    index: SpanIndex | None = None  # built for the first name cut short: most documents have none
    out = []
    for m in mentions:
        if m.label is Label.PERSON and m.end - m.start == 3 and _cut_married_name(m, text, table, lexicon):
            if index is None:
                index = SpanIndex(mentions)
            probe = replace(m, start=m.end, end=m.end + 1)
            if not index.overlapping(probe):
                name = text[m.start:m.end + 1]
                m = replace(m, end=m.end + 1, text=name, simplified=name, canonical="")
        out.append(m)
    return out


def _cut_married_name(m: Mention, text: str, table: TokenTable, lexicon: Lexicon) -> bool:
    word = table.word_at(m.start)
    if word is None or word.idx != m.start or word.tag != "x" or len(word.text) != 4 or word.text[:3] != text[m.start:m.end]:
        return False
    first, second, last = word.text[0], word.text[1], word.text[3]
    return first in lexicon.surnames and second in lexicon.surnames and word.text[:2] not in lexicon.surnames \
        and is_han(last) and lexicon.given_rates.get(last, 0.0) >= _LAST_LETTER_MIN_RATE


def two_surnames(name: str, lexicon: Lexicon) -> bool:
    """Whether ``name`` is two one-letter surnames, not one compound surname (廖李, 叶刘; not 欧阳) nor a familiar
    prefix and a name (阿信, 小李, 老王)."""
    return len(name) == 2 and name[0] in lexicon.surnames and name[0] not in _FAMILIAR_PREFIXES and name[1] in lexicon.surnames and name not in lexicon.surnames \
        and lexicon.given_rates.get(name[1], 0.0) < _MAX_SECOND_SURNAME_RATE


def _written_again(pair: str, text: str, lexicon: Lexicon) -> str | None:
    """The four letters of a married name ``pair`` opens, when the text writes ``pair`` at least twice and always
    with the same two Chinese letters after it, or once with a clause ending after those two, neither a role nor a
    form of address: 廖李 → 廖李可期."""
    after: set[str] = set()
    written = 0
    at = text.find(pair)
    while at >= 0:
        after.add(text[at + 2:at + 4])
        written += 1
        if len(after) > 1:
            return None
        at = text.find(pair, at + 1)
    given = after.pop() if after else ""
    if (written < _MIN_WRITTEN and not _ends_clause(text, text.find(pair) + 4)) or len(given) != 2 or not all(is_han(ch) and ch not in _NOT_IN_NAME for ch in given) \
            or given in lexicon.role_words or given in ADDRESS_WORDS or dictionary_frequency(given) > _MAX_WORD_FREQUENCY:
        return None
    return pair + given


def _ends_clause(text: str, end: int) -> bool:
    """Whether a clause ends at ``end``: a clause mark, a closing quote or bracket, or the text's end (处长廖李可期。)."""
    return end >= len(text) or text[end] in CLAUSE_BREAKS or text[end] in _CLOSERS


def _written_again_whole(mentions: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """The mentions, a person cut inside a married name the document writes again whole (廖李|可期, 廖|李可期)."""
    names = {name for m in mentions if m.label is Label.PERSON and m.end - m.start == 2
             and two_surnames(m.text, lexicon) and (name := _written_again(m.text, text, lexicon))}
    if not names:  # most documents: no person is two surnames
        return mentions
    index = SpanIndex(mentions)
    out = []
    for m in mentions:
        if m.label is Label.PERSON and m.end - m.start < 4:
            start = next((s for s in range(max(0, m.end - 4), m.start + 1) for name in names
                          if text.startswith(name, s)), -1)
            if start >= 0 and all(o is m for o in index.overlapping(replace(m, start=start, end=start + 4))):
                name = text[start:start + 4]
                m = replace(m, start=start, end=start + 4, text=name, simplified=name, canonical="")
        out.append(m)
    return out


def married_short_forms(mentions: list[Mention], people: dict[str, str], lexicon: Lexicon) -> dict[str, str]:
    """``people`` with a Hong Kong married woman's two surnames written alone (叶刘宣布, 叶刘与…) mapped to the one
    person of the document whose name of four letters begins with them (叶刘淑仪), as the press shortens a married
    name; two one-letter surnames, not a compound one (欧阳) nor a two-letter name (蔡明:
    :func:`two_surnames`). Two such full names leave the short form alone.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> ms = [Mention("d", s, s + len(n), n, n, Label.PERSON, "crf") for s, n in ((0, "叶刘淑仪"), (9, "叶刘"))]
    >>> married_short_forms(ms, {}, load_lexicon())
    {'叶刘': '叶刘淑仪'}
    """
    names = sorted({m.simplified for m in mentions if m.label is Label.PERSON})
    out = dict(people)
    for name in names:
        if len(name) != 2 or name in out or not two_surnames(name, lexicon):
            continue
        fulls = [full for full in names if len(full) == 4 and full.startswith(name)]
        if len(fulls) == 1:
            out[name] = people.get(fulls[0], fulls[0])
    return out
