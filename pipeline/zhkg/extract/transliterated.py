"""Transliterated people in a person's slot: names sports and world news write that the recogniser misses.

Foreign players and politicians are written in characters chosen for their sound (吉诺比利, 伊戈达拉); jieba cuts
such a name into pieces (吉诺|比利) and the recogniser, reading one sentence at a time, misses it, cuts it or
types it as a place. This module reads them from where the sentence puts a person, after the extraction has
settled the rest (:func:`zhkg.extract.combine.combine_mentions` calls :func:`transliterated_people` last but one):

* a run of the characters transliterated names are written with (``data/foreign_name_chars.txt``), whole
  jieba words only, three to six characters, or such runs joined by a separator, stands in a person's slot:
  after a player's word (球员, 前锋, 队友 …) or a team + 的 (76人的|伊戈达拉), before what only a person does
  in a game or a speech (表示, 砍下, 投中 …), or listed with a person by 、, 和 or 与. It is a person wherever
  the document writes it, and the model's uncoded place or organisation of exactly that span yields to it;
* a joined name whose first part is one word jieba knows as a name but writes with other characters
  (香农-布朗) is one name when a slot or a person beside it says so;
* a joined name never ends on a particle jieba splits off (布兰顿-詹宁斯|得|了), and Latin initials glued
  before a transliterated name are part of it (JJ希克森).

A run that a coded place, a team or a known body covers is never taken (意大利表示, 湖人和火箭), nor one inside a
longer body's name the document writes (科宝·博洛尼橱柜 … 博洛尼表示). And a name the recogniser read as a person
right before a player's position and the player is the player's team (巴特勒的大四后卫沙尔文-迈克: Butler's;
extractor ``org_of_player``; never before 队友, a person's word).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from zhkg.extract.foreign_names import FOREIGN_SEPARATORS, foreign_name_parts, locative_after_noun
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.segment import TokenTable
from zhkg.text import Span, SpanIndex, find_any, is_han

__all__ = ["transliterated_people", "PERSON_SLOT_BEFORE", "PERSON_SLOT_AFTER"]

#: Words after which a sports story names a person: a player's position or standing (球员, 控卫, 新秀, 队友).
PERSON_SLOT_BEFORE = ("球员", "前锋", "中锋", "后卫", "控卫", "分卫", "队友", "新秀", "主帅", "主教练", "助教",
                      "球星", "老将", "外援", "门将", "射手", "队长", "状元", "替补", "名将", "选手", "一号位")
#: What a person does right after being named in a game or a speech (吉诺比利|砍下, 伊戈达拉|得到).
PERSON_SLOT_AFTER = ("表示", "说", "透露", "坦言", "认为", "得分", "得到", "得了", "砍下", "砍得", "拿下", "拿到",
                     "投中", "投进", "命中", "抓下", "抢下", "贡献", "送出", "扣篮", "打进", "攻入", "罚进", "轰下",
                     "首发", "复出", "加盟", "签约", "伤愈", "因伤", "上场", "出场")
# what joins people in a list (X、Y; X和Y)
_LIST_JOINERS = frozenset("、和与")
# jieba's tags of one-character words that stand before a name and are none of it: verbs and prepositions
# (让|基德; 特|拉维斯 is tagged an adverb, and is the name's)
_VERB_TAGS = frozenset("vp")
# 得 glued to a name by jieba's guess at an unknown word, before 了 or a score (詹宁斯得|了31分)
_GLUED_DE = re.compile(r"得(?=[了到\d])")
_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "nz", "x"})
_MIN_RUN, _MAX_RUN = 3, 6
_LATIN_INITIALS = re.compile(r"(?<![A-Za-z])[A-Z]{1,2}$")
# initials each closed by a dot (J.K.罗琳, J.R.R.托尔金)
_DOTTED_INITIALS = re.compile(r"(?<![A-Za-z.])(?:[A-Z]\.){1,3}$")
# what may follow the last name of a list (X、Y、Z等球员; X和Y。): a joiner, 等 or a clause's end
_LIST_END = frozenset("、和与等，。,；;）)")
_SEPARATOR = re.compile(f"[{re.escape(FOREIGN_SEPARATORS)}]")


def _made(m: Mention | None, doc_id: str, start: int, end: int, text: str, original: str) -> Mention:
    written = (original or text)[start:end]
    if m is None:
        return Mention(doc_id, start, end, written, text[start:end], Label.PERSON, MentionSource.PEOPLE_SLOT)
    return replace(m, start=start, end=end, text=written, simplified=text[start:end], canonical="")


@lru_cache(maxsize=4)
def _regions(foreign: frozenset[str]) -> re.Pattern[str]:
    """Three or more transliteration characters and separators in a row: where a run may be (the token walk
    below is done there only, not over every word of the document)."""
    chars = re.escape("".join(sorted(c for c in foreign if len(c) == 1)) + FOREIGN_SEPARATORS)
    return re.compile(f"[{chars}]{{3,}}")


def _runs(text: str, table: TokenTable, foreign: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of whole jieba words made of transliteration characters, perhaps joined by separators; a first
    part may be one name word written otherwise (香农-布朗)."""
    words = table.words
    runs: list[tuple[int, int]] = []
    done = 0
    for region in _regions(foreign).finditer(text):
        first = region.start() - 1 if text[region.start()] in FOREIGN_SEPARATORS and region.start() else region.start()
        i, last = max(done, table.token_of_char[first]), table.token_of_char[region.end() - 1]
        if i < 0 or last < 0:
            continue
        while i <= last:
            w = words[i]
            if w.is_space or not all(ch in foreign for ch in w.text):
                # a name word before a separator and a foreign part: the first part of a joined name
                if w.tag in _NAME_TAGS and 2 <= len(w.text) <= 3 and text[w.end:w.end + 1] in FOREIGN_SEPARATORS \
                        and w.end + 1 < len(text) and text[w.end + 1] in foreign and i + 2 < len(words):
                    end = _extend(words, i + 2, text, foreign)
                    if end is not None:
                        # (a noun's locative jieba glued on is none of it: 拍卖会|上安迪·沃霍尔, overrides64)
                        runs.append((w.idx + locative_after_noun(text, table, w.idx, w.idx + 1), end))
                        i = table.token_of_char[end - 1] + 1
                        continue
                i += 1
                continue
            end = _extend(words, i, text, foreign)
            if end is None:
                i += 1
                continue
            start = w.idx
            if len(w.text) == 1 and w.tag[:1] in _VERB_TAGS and text[w.end:w.end + 1] not in FOREIGN_SEPARATORS:
                start = w.end  # a verb or preposition before the name (让|基德): 让 writes names too
            elif w.tag == "x" and locative_after_noun(text, table, w.idx, w.idx + 1):
                start = w.idx + 1  # a noun's locative jieba glued on (拍卖会|上安迪·沃霍尔, overrides64)
            runs.append((start, end))
            i = table.token_of_char[end - 1] + 1
        done = i
    return runs


def _extend(words, i: int, text: str, foreign: frozenset[str]) -> int | None:
    """The end of the run of foreign words starting at word ``i`` (parts joined by one separator each)."""
    end, part = None, 0
    j = i
    while j < len(words):
        w = words[j]
        if not w.is_space and all(ch in foreign for ch in w.text) and part + len(w.text) <= _MAX_RUN:
            part += len(w.text)
            end = w.end
            j += 1
            continue
        if w.text in FOREIGN_SEPARATORS and part and j + 1 < len(words) \
                and all(ch in foreign for ch in words[j + 1].text):
            part = 0
            j += 1
            continue
        break
    if end is None or text[end - 1] in FOREIGN_SEPARATORS:
        return None
    return end


def _slotted(start: int, end: int, text: str, people_ends: set[int], people_starts: set[int],
             team_ends: set[int]) -> bool:
    """Whether the sentence puts a person at ``start:end``; ``people_ends`` and ``people_starts`` are those of
    transliterated people only (张江与|伯克利 is a place beside a Chinese name)."""
    if text.startswith(PERSON_SLOT_AFTER, end) or text[max(0, start - 4):start].endswith(PERSON_SLOT_BEFORE):
        return True
    if text[start - 1:start] == "的" and start - 1 in team_ends:
        return True  # 76人的伊戈达拉
    before, after = text[start - 1:start], text[end:end + 1]
    if before in _LIST_JOINERS and start - 1 in people_ends:
        return after in _LIST_END or not after  # X、斯巴达|人 is no name of the list
    return after in _LIST_JOINERS and end + 1 in people_starts


def _trim_particle(m: Mention, text: str, table: TokenTable) -> int:
    """The end of a joined name without a one-character particle jieba split off at its end (詹宁斯|得|了)."""
    parts = foreign_name_parts(m.simplified)
    if not parts or len(parts[-1]) < 3:
        return m.end
    k = table.token_of_char[m.end - 1]
    w = table.words[k] if k >= 0 else None
    if w is not None and w.idx == m.end - 1 and len(w.text) == 1 and w.tag[:1] == "u":
        return m.end - 1
    if len(parts[-1]) >= 4 and _GLUED_DE.match(text, m.end - 1):
        return m.end - 1
    return m.end


def transliterated_people(mentions: list[Mention], text: str, table: TokenTable | None,
                          lexicon: Lexicon | None = None, original: str = "") -> list[Mention]:
    """Mentions plus the transliterated people their sentences put in a person's slot (see the module's notes).

    >>> from zhkg.stages.segment import make_nlp, token_table
    >>> text = "76人的伊戈达拉得到15分。"
    >>> doc = make_nlp()(text)
    >>> team = Mention("d", 0, 3, "76人", "76人", Label.ORGANIZATION, MentionSource.ORG_TEAM)
    >>> [(m.simplified, m.label.value) for m in transliterated_people([team], text, token_table(doc))]
    [('76人', 'ORGANIZATION'), ('伊戈达拉', 'PERSON')]
    """
    if table is None or not text or not mentions:
        return mentions
    lexicon = lexicon or load_lexicon()
    foreign = lexicon.foreign_name_chars
    doc_id = mentions[0].doc_id
    out: list[Mention] = []
    for m in mentions:
        if m.label is Label.PERSON and m.simplified[-1:] in FOREIGN_SEPARATORS and len(m.simplified) >= 3:
            last = table.word_at(m.end)
            if last is not None and last.idx == m.end and 2 <= len(last.text) <= 3 and all(map(is_han, last.text)):
                m = _made(m, doc_id, m.start, last.end, text, original)  # 罗伯·|可汗: no name ends on its separator
        if m.label is Label.PERSON and _SEPARATOR.search(m.simplified):
            end = _trim_particle(m, text, table)
            # anchored at m.start, so a match starts at most three letters before it: no need to scan from 0
            initials = _LATIN_INITIALS.search(text, max(0, m.start - 3), m.start)
            start = initials.start() if initials and initials.end() == m.start else m.start
            if (start, end) != m.span:
                m = _made(m, doc_id, start, end, text, original)
        elif m.label is Label.PERSON and all(ch in foreign for ch in m.simplified) and len(m.simplified) >= 2:
            initials = _LATIN_INITIALS.search(text, max(0, m.start - 3), m.start) \
                or _DOTTED_INITIALS.search(text, max(0, m.start - 7), m.start)
            if initials and initials.end() == m.start and len(initials.group()) >= 2:
                m = _made(m, doc_id, initials.start(), m.end, text, original)  # JJ希克森, J.K.罗琳
        out.append(m)
    fixed = SpanIndex(m for m in out if m.code or m.label is Label.ORGANIZATION and m.extractor in _FIXED_BODIES)
    people = [m for m in out if m.label is Label.PERSON
              and all(ch in foreign or ch in FOREIGN_SEPARATORS for ch in m.simplified)]
    people_ends, people_starts = {m.end for m in people}, {m.start for m in people}
    team_ends = {m.end for m in out if m.label is Label.ORGANIZATION}
    names: set[str] = set()
    for start, end in _runs(text, table, foreign):
        if not _MIN_RUN <= end - start or fixed.overlaps(Span(start, end)) \
                or text[end:end + 1] in FOREIGN_SEPARATORS:
            continue  # (a run before a separator is a part of a name the rules read whole or not at all)
        if any(len(p) > _MAX_RUN for p in _SEPARATOR.split(text[start:end])):
            continue
        initials = _LATIN_INITIALS.search(text, max(0, start - 3), start)
        if initials is not None and len(initials.group()) >= 2:
            start = initials.start()  # JJ希克森
        if _slotted(start, end, text, people_ends, people_starts, team_ends):
            names.add(text[start:end])
    names.update(m.group() for m in _initialled(foreign).finditer(text) if not fixed.overlaps(Span(*m.span())))
    out = _teams_before_players(out, text)
    # a part of a body's name the document writes is that body's (科宝·博洛尼橱柜 … 博洛尼表示)
    bodies = [m.simplified for m in out if m.label is Label.ORGANIZATION]
    names = {name for name in names if not any(name in body and name != body for body in bodies)}
    if not names:
        return out
    return _taken_everywhere(out, names, text, doc_id, original, fixed)


# a player's position held of a team (never 队友, a person's): 巴特勒的大四后卫 X, 康大新生后卫 X
_POSITIONS = ("球员", "后卫", "前锋", "中锋", "控卫", "分卫", "新秀")
# what may stand between a team and the position: 的, a year, 新生, 首发 …
_TEAM_TO_POSITION = re.compile(r"的?(?:大[一二三四]|新生|首发|替补|主力|年轻|老将|当家|明星|控球|得分|小|大)?"
                               r"(?:" + "|".join(_POSITIONS) + ")")


def _teams_before_players(mentions: list[Mention], text: str) -> list[Mention]:
    """A name the recogniser read as a person right before a player's position and the player's name is the
    player's team wherever the document writes it (巴特勒的大四后卫沙尔文-迈克: Butler University's)."""
    starts = {m.start for m in mentions if m.label is Label.PERSON}
    teams = set()
    for m in mentions:
        if m.label is not Label.PERSON or _SEPARATOR.search(m.simplified):
            continue
        after = _TEAM_TO_POSITION.match(text, m.end)
        if after is not None and after.end() in starts:
            teams.add(m.simplified)
    if not teams:
        return mentions
    return [replace(m, label=Label.ORGANIZATION, canonical="", extractor=MentionSource.ORG_OF_PLAYER)
            if m.label is Label.PERSON and m.simplified in teams else m for m in mentions]


@lru_cache(maxsize=4)
def _initialled(foreign: frozenset[str]) -> re.Pattern[str]:
    """Two Latin initials glued to a run of transliteration characters that ends where a person's slot or a
    list's item ends (JJ希克森|抓下, CJ沃特森、): jieba's guesses cut such a run mid-word, so it is read by letters."""
    chars = re.escape("".join(sorted(c for c in foreign if len(c) == 1)))
    after = "|".join(map(re.escape, PERSON_SLOT_AFTER))
    return re.compile(f"(?<![A-Za-z])[A-Z]{{2}}[{chars}]{{3,5}}(?=(?:{after})|[、，。等和])")


_FIXED_BODIES = frozenset({MentionSource.ORG_TEAM, MentionSource.ORG_KNOWN})


def _taken_everywhere(mentions: list[Mention], names: set[str], text: str, doc_id: str, original: str,
                      fixed: SpanIndex) -> list[Mention]:
    """Every occurrence of ``names`` made a person: a mention inside it, or an uncoded place or a body of
    exactly its span, yields to it; one that runs past it keeps its place."""
    index = SpanIndex(mentions)
    drop: set[int] = set()
    added: list[Mention] = []
    for hit in find_any(names, text):
        span = Span(*hit)
        if fixed.overlaps(span):
            continue
        clashes = index.overlapping(span)
        if any(c.start < span.start or c.end > span.end for c in clashes):
            continue  # a longer name holds it
        if any(c.label is Label.PERSON and c.span == hit for c in clashes):
            continue
        drop.update(id(c) for c in clashes)
        added.append(_made(None, doc_id, *hit, text, original))
    kept = [m for m in mentions if id(m) not in drop]
    return sorted(kept + added, key=lambda m: (m.start, m.end))
