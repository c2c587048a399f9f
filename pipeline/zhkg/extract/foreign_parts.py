"""Foreign names written without a separator: the whole name, and its last part written alone (a joined name's too).

Entertainment and world news often writes a Western name without · (苏菲玛索, 贾斯汀比伯, 安吉丽娜朱莉) and then
the family name alone (玛索说, 比伯的律师, 朱莉呼吁). jieba reads the family name as an unknown word and the recogniser,
seeing no title or verb of speech it knows, leaves it; or it cuts the whole name in two (安吉丽娜|朱莉). With the
transliteration characters (``Lexicon.foreign_name_chars``) this module, run by
:func:`zhkg.extract.combine.combine_mentions` after the other people rules, reads:

* two people written one right after the other, both in transliteration characters and five letters or more
  together, as one person when the document writes the second alone elsewhere and never the first
  (安吉丽娜|朱莉 … 朱莉呼吁; a list 詹姆斯韦德 whose parts the document names alone stays two);
* the last part (two letters or more in transliteration characters, with two or more before it) of a person of
  five letters or more, or of four all in transliteration characters, where the document writes it alone as a word jieba reads as a name or does not
  know (玛索|说, 比伯|的), as that person: :func:`zhkg.stages.resolve.canonicalise` joins it to the full name;
* and the same of a name its separators join: its last part, two letters or more of transliteration, written alone
  (让-诺埃尔·巴罗 … 巴罗呼吁, which the recogniser, seeing no verb of speech, left: review162).

A part that could be two different cuts of the name, or that a mention already covers, is left alone.
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.extract.base import in_place_order
from zhkg.extract.foreign_names import FOREIGN_SEPARATOR, FOREIGN_SEPARATORS
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import TokenTable
from zhkg.text import Span, SpanIndex, find_all

__all__ = ["foreign_name_parts_alone", "unjoined_foreign_name"]

_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "x"})


def _transliterated(name: str, foreign: frozenset[str]) -> bool:
    return all(c in foreign for c in name) and not any(c in FOREIGN_SEPARATORS for c in name)


def unjoined_foreign_name(name: str, foreign: frozenset[str]) -> bool:
    """Whether ``name`` is a foreign name written without a separator: four letters of transliteration, or five
    or more whose letters after the first are all of transliteration (贾|斯汀比伯: 贾 is a surname too), or two or
    more of transliteration after Latin initials (CJ沃特森, J.K.罗琳). Never a run with a word in it (布莱切接沃尔,
    邓和博甘斯).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> foreign = load_lexicon().foreign_name_chars
    >>> names = ("苏菲玛索", "贾斯汀比伯", "CJ沃特森", "J.K.罗琳", "布莱切接沃尔", "王小明")
    >>> [unjoined_foreign_name(n, foreign) for n in names]
    [True, True, True, True, False, False]
    """
    core = name.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ.")
    if any(c in FOREIGN_SEPARATORS for c in name) or len(core) < 2:
        return False
    if core != name:
        return _transliterated(core, foreign)  # after initials (CJ沃特森, J.K.罗琳)
    if len(name) == 4:
        return _transliterated(name, foreign)
    return len(name) >= 5 and all(c in foreign for c in core[1:])


def _last_joined_part(name: str, foreign: frozenset[str]) -> str:
    """The last part of a name its separators join (巴罗 of 让-诺埃尔·巴罗, 卡茨 of 以色列·卡茨) when it is two letters or
    more of transliteration, else ``""``.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> foreign = load_lexicon().foreign_name_chars
    >>> [_last_joined_part(n, foreign) for n in ("让-诺埃尔·巴罗", "安娜莱娜•贝尔伯克", "苏菲玛索", "约翰·F·肯")]
    ['巴罗', '贝尔伯克', '', '']
    """
    parts = FOREIGN_SEPARATOR.split(name)
    last = parts[-1]
    return last if len(parts) >= 2 and len(last) >= 2 and _transliterated(last, foreign) else ""


def _alone(text: str, part: str, table: TokenTable, skip: SpanIndex) -> list[tuple[int, int]]:
    """Where ``part`` stands as one jieba word of a name's kind or an unknown one, no mention over it."""
    spans = []
    for found in find_all(part, text):
        s, e = found.span()
        word = table.word_at(s)
        if word is not None and word.idx == s and word.end == e and word.tag in _NAME_TAGS \
                and not skip.overlaps(Span(s, e)):
            spans.append((s, e))
    return spans


def foreign_name_parts_alone(mentions: list[Mention], text: str, table: TokenTable | None, lexicon: Lexicon,
                             original: str = "") -> list[Mention]:
    """``mentions`` with foreign names written without a separator made whole and their last parts read where
    written alone (see the module's notes).

    >>> from zhkg.stages.segment import make_nlp, token_table
    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "法国影星苏菲玛索来华宣传新片，玛索说她很喜欢中国。"
    >>> star = Mention("d", 4, 8, "苏菲玛索", "苏菲玛索", Label.PERSON, MentionSource.RECOGNISER)
    >>> [m.simplified for m in foreign_name_parts_alone([star], text, token_table(make_nlp()(text)), load_lexicon())]
    ['苏菲玛索', '玛索']
    """
    foreign = lexicon.foreign_name_chars
    if table is None or not foreign or not any(m.label is Label.PERSON for m in mentions):
        return mentions
    doc_id = mentions[0].doc_id
    people = sorted((m for m in mentions if m.label is Label.PERSON), key=lambda m: m.start)
    written = {}  # a person's name -> how many times the document writes it as a person
    for m in people:
        written[m.simplified] = written.get(m.simplified, 0) + 1
    by_start = {m.start: m for m in people}
    joined: dict[int, Mention] = {}  # the first part's start -> the person made of both
    dropped: set[int] = set()
    for m in people:
        second = by_start.get(m.end)
        if second is None or m.start in dropped or not _transliterated(m.simplified, foreign) \
                or not _transliterated(second.simplified, foreign) or len(m.simplified) + len(second.simplified) < 5:
            continue
        if written.get(second.simplified, 0) >= 2 and written.get(m.simplified, 0) == 1:
            whole = replace(m, end=second.end, text=(original or text)[m.start:second.end],
                            simplified=text[m.start:second.end], canonical="")
            joined[m.start] = whole
            dropped.add(second.start)
    out = [joined.get(m.start, m) for m in mentions
           if not (m.label is Label.PERSON and m.start in dropped)]
    index = SpanIndex(out)
    added: list[Mention] = []
    for m in sorted({m.simplified: m for m in out if m.label is Label.PERSON}.values(), key=lambda m: m.simplified):
        name = m.simplified
        if (last := _last_joined_part(name, foreign)) and (spans := _alone(text, last, table, index)):
            for s, e in spans:  # 让-诺埃尔·巴罗 … 巴罗呼吁: the family name a joined name ends with, alone
                added.append(Mention(doc_id, s, e, (original or text)[s:e], last, Label.PERSON,
                                     MentionSource.PEOPLE_FOREIGN))
                index.add(added[-1])
            continue
        if not unjoined_foreign_name(name, foreign):
            continue
        cuts = {}
        for k in range(2, len(name) - 1):
            if not _transliterated(name[-k:], foreign):
                break
            spans = _alone(text, name[-k:], table, index)
            if spans:
                cuts[name[-k:]] = spans
        if len(cuts) != 1:
            continue  # none, or two cuts of the name written alone: which is its family name is not known
        part, spans = next(iter(cuts.items()))
        for s, e in spans:
            added.append(Mention(doc_id, s, e, (original or text)[s:e], part, Label.PERSON,
                                 MentionSource.PEOPLE_FOREIGN))
            index.add(added[-1])
    return in_place_order(out + added)
