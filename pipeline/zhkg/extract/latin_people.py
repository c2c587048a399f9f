"""People named in Latin letters inside Chinese text, and transliterated names joined by a space.

Fashion and entertainment news writes Western people in their own letters (Rachel Zoe说, Anna Faris的连身裤,
当红时尚偶像Alexa Chung穿着…) and the recogniser, trained on text in characters, keeps one word of the name
(Leighton of Leighton Meester) or none. A Latin name is written the same way for a person, a brand named after
one (Emilio Pucci, Alexander Wang) and a work (Flight Control), so this module reads a person only where the
sentence puts one (:func:`latin_people`, run by :func:`zhkg.extract.combine.combine_mentions` after the other
people rules):

* a run of two to four capitalised Latin words (no English function word: The Sims, It Girl are none) right
  after a word for a person (造型师, 女歌手, 巨星, 偶像, 名模, 总监, 男友 …) or a role, or right before what a
  person does or has (说, 穿着, 从, 适合, 的这件, 的身材, 这身 …; 的 and a garment, 的连身裤, unless a classifier, a
  verb of wearing or 品牌 stands before the name: 这件Emilio Pucci的连衣裙 is a brand's dress);
* a run listed with such a person by 和, 与, 及 or 、 (Leighton Meester和Rachel Bilson);
* every other place the document writes a name so read; and a person the recogniser read as the first word of
  such a run is the whole run (Leighton → Leighton Meester).

A known organisation's name is never taken. Transliterated names are also written with a space for a separator
(希拉里 达芙, 卡尔 拉格斐, 妮可 基德曼): two runs of transliteration characters joined by one space are one person
when the second run is no dictionary word of another kind and the pair stands in the same kinds of slot, or the
first run is read elsewhere as a person (:func:`spaced_people`). Both readers are gated on one precompiled search
of the document, so a document without a Latin name pair or a spaced name pays nothing more.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from zhkg.extract.base import replaced
from zhkg.extract.foreign_names import FOREIGN_SEPARATORS, foreign_name_parts
from zhkg.extract.name_scores import _BARE_MIN_SCORE, _best_name_at, _common_word
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import TokenTable
from zhkg.text import Span, SpanIndex, is_han

__all__ = ["latin_people", "spaced_people", "latin_person_runs", "joined_names_not_bodies", "names_beside_latin"]

# English function words: a run holding one is a title or a phrase, never a name (The Sims, It Girl, Need for Speed);
# written here rather than taken from spaCy, which a run does not import
_FUNCTION_WORDS = frozenset("""a an the of for and or nor but in on at to by from with without into onto over under
about after before than then as if so not no yes is are was were be been am do does did has have had will would can
could shall should may might must it its this that these those he she we they you i me my your his her our their him
them us who whom whose what which when where why how all any some every each there here up down out off again very
too just only also more most own same such""".split())

# the cheap cue: two capitalised Latin words in a row
_CUE = re.compile(r"[A-Z][a-z]+[ \u00a0][A-Z][a-z]")
# a maximal run of Latin words joined by single spaces (a name is a whole run: Tiger Woods PGA Tour is none)
_RUN = re.compile(r"(?<![A-Za-z0-9&'’.\-])[A-Za-z][A-Za-z0-9&'’.\-]*(?:[ \u00a0][A-Za-z][A-Za-z0-9&'’.\-]*)*")
# last words that end a body's, a place's or an event's name, never a person's (Warner Bros, Apple Store, Columbia
# International University, Beverly Hills, Golden Globe Awards); with organisations.py's heads (Blue Planet Software)
_NOT_NAME_ENDS = frozenset({
    "Bros", "Store", "Market", "Club", "Hotel", "Inc", "Corp", "Co", "Group", "Company", "Foundation", "Institute",
    "University", "College", "School", "Academy", "Center", "Centre", "Society", "Association", "Council", "Committee",
    "Magazine", "News", "Times", "Journal", "Report", "Awards", "Festival", "Week", "Show", "Tour", "Cup", "League",
    "Street", "Road", "Avenue", "Square", "City", "Island", "Beach", "Hills", "Valley", "Bay", "River", "Lake",
    "Mountains", "Airport", "Station", "Museum", "Gallery", "Hospital", "Church", "Party", "Ministry", "Department",
    "Agency", "Bureau", "Office", "Service", "Services", "Project", "Program", "Programme", "Online", "Software",
    "Mobile", "Games", "Studios", "Studio", "Entertainment", "Interactive", "Technologies", "Technology", "Systems",
    "Networks", "Media", "Pictures", "Records", "Airlines", "Airways", "Motors", "Bank", "Capital", "Partners", "Labs",
    "Electronics"})
# one word of a personal name: capitalised, or Mc/O' + capital, with a hyphen or apostrophe inside (Jean-Paul)
_NAME_WORD = re.compile(r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)*")
# words for a person a Latin name is written right after (造型师Rachel Zoe, 当红乡村巨星Tim McGraw, 偶像Alexa Chung)
_PERSON_BEFORE = re.compile(
    r"(?:[星师手员人]|名模|超模|男模|女模|模特|偶像|总监|编辑|主编|主播|名媛|女郎|天后|影后|歌后|天王|甜心|辣妹|"
    r"达人|女孩|男孩|女儿|儿子|丈夫|妻子|老公|老婆|男友|女友|母亲|父亲|姐姐|妹妹|导演|作家|画家|艺术家|女士|先生|"
    r"小姐|夫人)[：:]?[ \u00a0]?$")
# what a person does or has right after the name (Rachel Zoe说, Mischa Barton从…, Sarah Jessica Parker的这件外套)
_PERSON_AFTER = re.compile(
    r"[ \u00a0]?(?:\d{1,2}岁|被称为|被誉为|说|表示|称|透露|坦言|曾|穿着|身穿|穿上|身着|一身|从|适合|向来|一直|总是|常常|经常|近日|日前|最近|"
    r"现身|出席|亮相|出镜|演绎|饰演|出演|主演|胸部|这[身件条款双顶套]|的这[身件条款双顶套次]|"
    r"的(?:脸|身材|发型|胸部|腰|美腿|名字|造型|穿着|装扮|穿衣|街拍|衣橱|笑容|眼神|表情|男友|女友|丈夫|妻子|母亲|父亲|"
    r"女儿|儿子))")
# where a Sina headline ends: its words are set apart by spaces (一喜一忧 布莱切今复出), so a spaced pair there is
# a name only when the body reads it as one
_HEADLINE_END = re.compile(r"导语|导读|新浪[^\s，。]{0,4}讯|[(（]组?图[)）]")
# 的 and a garment or accessory: a person's (Anna Faris的连身裤) unless the words before make it a brand's
_GARMENT_AFTER = re.compile(
    r"[ \u00a0]?的[^，。；！？、,;!?\s]{0,6}?(?:裙|裤|衣|装|鞋|靴|包|镜|帽|外套|夹克|衬衫|T恤|礼服)")
# before a brand, not a person: a classifier of a garment, a verb of wearing, 品牌 (这件Emilio Pucci的, 穿上Balmain和…)
_BRAND_BEFORE = re.compile(r"(?:这[件条款双顶套身]|[一两几][件条款双顶套]|穿上|穿着|身穿|搭配|配上|品牌|牌子|系列|来自|时装周)[：:]?"
                           r"[ \u00a0]?(?:[A-Za-z][A-Za-z0-9&'’. \-]*[和与及、][ \u00a0]?)?$")
_JOINERS = ("和", "与", "及", "、")


def latin_person_runs(text: str) -> list[tuple[int, int]]:
    """Spans of two to four capitalised Latin words standing alone, no English function word among them.

    >>> text = "造型师Rachel Zoe说，The Sims 3 (EA)和Tiger Woods PGA Tour，Mary Kate Olsen。Warner Bros日前宣布。"
    >>> [text[s:e] for s, e in latin_person_runs(text)]
    ['Rachel Zoe', 'Mary Kate Olsen']
    """
    spans = []
    for m in _RUN.finditer(text):
        words = re.split(r"[ \u00a0]", m.group())
        if 2 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words) \
                and not any(w.lower() in _FUNCTION_WORDS for w in words) and words[-1] not in _NOT_NAME_ENDS:
            spans.append(m.span())
    return spans


def _slot(text: str, s: int, e: int, roles: re.Pattern[str] | None) -> bool:
    """Whether the sentence puts a person at ``text[s:e]``."""
    before = text[max(0, s - 12):s]
    if _PERSON_BEFORE.search(before) or (roles is not None and roles.search(before.rstrip(" \u00a0：:"))):
        return True
    branded = bool(_BRAND_BEFORE.search(text, max(0, s - 30), s))
    if _PERSON_AFTER.match(text, e):
        return not branded or _PERSON_AFTER.match(text, e).group().lstrip(" \u00a0").startswith(("说", "表示"))
    return bool(_GARMENT_AFTER.match(text, e)) and not branded


def _joined_to(text: str, s: int, e: int, starts: set[int], ends: set[int]) -> bool:
    """Whether ``text[s:e]`` is listed together with a span ending at one of ``ends`` before it or starting at one
    of ``starts`` after it (X和Y, X、Y): only a joiner, maybe between spaces, may part them, so the
    places such a span can end or start are read off the text beside ``[s, e)``, not tried span by span.

    >>> text = "Leighton Meester 和 Rachel Bilson"
    >>> _joined_to(text, 19, 32, set(), {16}), _joined_to(text, 19, 32, set(), {15}), _joined_to(text, 0, 16, {19}, set())
    (True, False, True)
    """
    spaces = " \u00a0"
    p = s
    while p > 0 and text[p - 1] in spaces:
        p -= 1
    if p > 0 and text[p - 1] in _JOINERS:
        q = p - 1
        while q > 0 and text[q - 1] in spaces:
            q -= 1
        if any(a in ends for a in range(q, p)):
            return True
    p = e
    while p < len(text) and text[p] in spaces:
        p += 1
    if p < len(text) and text[p] in _JOINERS:
        r = p + 1
        while r < len(text) and text[r] in spaces:
            r += 1
        return any(b in starts for b in range(p + 1, r + 1))
    return False


@lru_cache(maxsize=4)
def _latin_bodies(lexicon: Lexicon) -> frozenset[str]:
    """The known organisations written in Latin letters, lower-cased (SONY and Sony are one)."""
    return frozenset(n.lower() for n in lexicon.known_organisations if n.isascii())


def _known_body(name: str, lexicon: Lexicon) -> bool:
    return name in lexicon.known_organisations or name.lower() in _latin_bodies(lexicon)


def latin_people(mentions: list[Mention], text: str, lexicon: Lexicon, original: str = "",
                 doc_id: str = "") -> list[Mention]:
    """``mentions`` with the people a document names in Latin letters (see the module's notes).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "好莱坞造型师Rachel Zoe说：没有太阳镜就没有街拍。Rachel Zoe的灰裙很耐看。"
    >>> [m.simplified for m in latin_people([], text, load_lexicon(), doc_id="d")]
    ['Rachel Zoe', 'Rachel Zoe']
    """
    if not _CUE.search(text):
        return mentions
    runs = latin_person_runs(text)
    if not runs:
        return mentions
    doc_id = mentions[0].doc_id if mentions else doc_id
    roles = _roles(lexicon)
    people = {text[s:e] for s, e in runs if _slot(text, s, e, roles)}
    # a person's first word the recogniser kept (Leighton of Leighton Meester) says the run is that person
    for m in mentions:
        if m.label is Label.PERSON:
            for s, e in runs:
                if s == m.start and m.end < e:
                    people.add(text[s:e])
    # listed with a person (Leighton Meester和Rachel Bilson): one pass each way
    persons = [(m.start, m.end) for m in mentions if m.label is Label.PERSON]
    for _ in range(2):
        named = [(s, e) for s, e in runs if text[s:e] in people] + persons
        starts, ends = {o[0] for o in named}, {o[1] for o in named}
        for s, e in runs:
            if text[s:e] not in people and _joined_to(text, s, e, starts, ends):
                people.add(text[s:e])
    people = {p for p in people if not _known_body(p, lexicon)}
    if not people:
        return mentions
    taken = [(s, e) for s, e in runs if text[s:e] in people]
    return _place_people(mentions, taken, text, original, doc_id)


def _place_people(mentions: list[Mention], spans: list[tuple[int, int]], text: str, original: str,
                  doc_id: str) -> list[Mention]:
    """``mentions`` with a person at each span: the recogniser's spans and people inside it give way; any other
    mention over it keeps the span from being taken."""
    index = SpanIndex(mentions)
    drop: set[int] = set()
    added: list[Mention] = []
    for s, e in sorted(spans):
        over = [m for m in index.overlapping(Span(s, e))]
        if any(not (m.extractor == MentionSource.RECOGNISER or m.label is Label.PERSON) or m.start < s or m.end > e
               for m in over if not (m.start == s and m.end == e and m.label is Label.PERSON)):
            continue
        if any(m.start == s and m.end == e and m.label is Label.PERSON for m in over):
            continue
        drop.update(id(m) for m in over)
        added.append(Mention(doc_id, s, e, (original or text)[s:e], text[s:e], Label.PERSON,
                             MentionSource.PEOPLE_LATIN))
    if not added:
        return mentions
    return replaced(mentions, drop, added)


def names_beside_latin(mentions: list[Mention], text: str, table: TokenTable | None, lexicon: Lexicon,
                       original: str = "", doc_id: str = "") -> list[Mention]:
    """``mentions`` with a person's English and Chinese names written side by side both read as people.

    Hong Kong news writes a person's English name glued before the Chinese one (前立法会议员Jeremy Tam谭文豪,
    Alvin Yeung杨岳桥), and the recogniser, reading characters, keeps the Latin run or a piece of the Chinese name
    (孟静 of Claudia Mo毛孟静). A run of two to four capitalised Latin words (:func:`latin_person_runs`) right
    before a Chinese name (a known surname and one or two letters of a given name, ending where jieba ends a word,
    and no word of the dictionary that names no one: Miss Sixty牛仔裤 is a brand's jeans) names one person twice: both are people. A piece of the Chinese name read before gives way to it; any other
    mention over either part keeps it from being taken (Warner Bros华纳 stays as read: Bros ends no name).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "前议员Jeremy Tam谭文豪今日发文"
    >>> [m.simplified for m in names_beside_latin([], text, token_table(make_nlp()(text)), load_lexicon(), doc_id="d")]
    ['Jeremy Tam', '谭文豪']
    """
    if table is None or not _CUE.search(text):
        return mentions
    doc_id = mentions[0].doc_id if mentions else doc_id
    spans: list[tuple[int, int]] = []
    for s, e in latin_person_runs(text):
        at = e + 1 if text[e:e + 1] == " " else e
        if at >= len(text) or not is_han(text[at]):
            continue
        end = _best_name_at(text, at, min(len(text), at + 4), table.ends, _BARE_MIN_SCORE, lexicon)
        if end is None or _known_body(text[s:e], lexicon) or _common_word(text[at:end], lexicon):
            continue  # Miss Sixty牛仔裤: a brand's jeans, no one named
        spans += [(s, e), (at, end)]
    if not spans:
        return mentions
    return _place_people(mentions, spans, text, original, doc_id)


@lru_cache(maxsize=4)
def _roles(lexicon: Lexicon) -> re.Pattern[str] | None:
    from zhkg.extract.foreign_people_by_context import _roles_before

    return _roles_before(lexicon) if lexicon.role_words else None


# a space between two letters in characters: where a spaced name may be
_SPACED = re.compile("[\u4e00-\u9fff][ \u00a0\u3000](?=[\u4e00-\u9fff])")
_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "x"})
# jieba's tags of a one-letter word that may end a spaced name's second part (拉格|斐, 阿尔|芭)
_TAIL_TAGS = frozenset({"n", "j", "ng", "nr", "nrt", "x"})


def _name_token(word, foreign: frozenset[str]) -> bool:
    return all(is_han(c) for c in word.text) and (all(c in foreign for c in word.text)
                                                   or word.tag in _NAME_TAGS and len(word.text) <= 4)


def _second_part(table: TokenTable, start: int, foreign: frozenset[str]) -> int:
    """Where a spaced name's second part starting at ``start`` ends (``start`` if it has none): name words of
    jieba's or transliteration, a one-letter word after them, never a word of three letters once two are read
    (邦辰|比基尼)."""
    end = start
    while end - start < 5:
        word = table.word_at(end)
        if word is None or word.idx != end:
            break
        if end - start >= 2 and len(word.text) >= 3:
            break
        if not (_name_token(word, foreign) or len(word.text) == 1 and is_han(word.text) and word.tag in _TAIL_TAGS):
            break
        end = word.end
    return end


def spaced_people(mentions: list[Mention], text: str, table: TokenTable | None, lexicon: Lexicon,
                  original: str = "", doc_id: str = "") -> list[Mention]:
    """``mentions`` with transliterated names written with a space for a separator read as one person.

    Each part is a jieba word of a name's kind or of transliteration characters (the second may end in a
    one-letter word: 拉格|斐), one part all in transliteration characters; the pair is a person where it stands
    in a person's slot (see :func:`latin_people`; also before an age, 凯蒂 赫尔姆斯17岁), where its first part is
    read as a person, or where the document writes it twice. Never a pair with a part a place or a body holds,
    nor two people the document reads apart (隆多 布莱切); in a headline, where spaces part its phrases (一喜一忧
    布莱切今复出), only a pair the body reads as a name.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> from zhkg.stages.segment import make_nlp, token_table
    >>> text = "希拉里 达芙在剧中的出演让我们意识到她长大了。一身白色的搭配对于希拉里 达芙并不明智。"
    >>> [m.simplified for m in spaced_people([], text, token_table(make_nlp()(text)), load_lexicon(), doc_id="d")]
    ['希拉里 达芙', '希拉里 达芙']
    """
    foreign = lexicon.foreign_name_chars
    if table is None or not foreign or not _SPACED.search(text):
        return mentions
    doc_id = mentions[0].doc_id if mentions else doc_id
    spans = []
    for m in _SPACED.finditer(text):
        left = table.word_at(m.start())
        if left is None or left.end != m.start() + 1 or not 2 <= len(left.text) <= 4 \
                or not _name_token(left, foreign):
            continue
        s, e = left.idx, _second_part(table, m.end(), foreign)
        first, second = text[s:m.start() + 1], text[m.end():e]
        if len(second) < 2 or not (all(c in foreign for c in first) or all(c in foreign for c in second)):
            continue
        spans.append((s, e, first, second))
    if not spans:
        return mentions
    people = {m.simplified for m in mentions if m.label is Label.PERSON}
    others = {m.simplified for m in mentions if m.label is not Label.PERSON
              and (m.extractor != MentionSource.RECOGNISER or m.code)}
    roles = _roles(lexicon)
    headline = _HEADLINE_END.search(text, 0, 100)
    body = headline.start() if headline else 0
    counts: dict[str, int] = {}
    for s, e, _, _ in spans:
        if s >= body:
            counts[text[s:e]] = counts.get(text[s:e], 0) + 1
    names = set()
    for s, e, first, second in spans:
        if s < body or first in others or second in others or (first in people and second in people):
            continue  # a headline's words, a place or a body, or two people listed without a mark (隆多 布莱切)
        if _slot(text, s, e, roles) or first in people or counts[text[s:e]] >= 2:
            names.add(text[s:e])
    taken = [(s, e) for s, e, _, _ in spans if text[s:e] in names]
    if not taken:
        return mentions
    # a part the recogniser read alone inside the pair gives way to the whole name
    return _place_people(mentions, taken, text, original, doc_id)


def joined_names_not_bodies(mentions: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with the recogniser's organisations that are transliterated names joined by a separator
    and stand in a person's slot (维多利亚-嘉丝蒂的笑容) made people: no body's head word ends such a name. A name
    with a part another rule reads as a place or a body (a match between two clubs, 拜仁-多特蒙德), or in no
    person's slot (科宝·博洛尼, a kitchen maker), is left alone.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "映衬的维多利亚-嘉丝蒂的笑容更加甜美。"
    >>> org = Mention("d", 3, 11, "维多利亚-嘉丝蒂", "维多利亚-嘉丝蒂", Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> [m.label.value for m in joined_names_not_bodies([org], text, load_lexicon())]
    ['PERSON']
    """
    candidates = [m for m in mentions if m.label is Label.ORGANIZATION and m.extractor == MentionSource.RECOGNISER
                  and any(c in FOREIGN_SEPARATORS for c in m.simplified)]
    if not candidates:
        return mentions
    foreign = lexicon.foreign_name_chars
    index = SpanIndex(mentions)
    known = lexicon.known_organisations
    roles = _roles(lexicon)
    turned = set()
    for m in candidates:
        parts = foreign_name_parts(m.simplified)
        # every part two letters or more in characters, one all in transliteration characters (维多利亚), and
        # the most of the name's letters so (嘉 of 嘉丝蒂 is a given name's letter too)
        letters = "".join(parts)
        if not parts or any(len(p) < 2 or not all(is_han(c) for c in p) or p in known for p in parts) \
                or not any(all(c in foreign for c in p) for p in parts) \
                or sum(c in foreign for c in letters) * 4 < len(letters) * 3:
            continue
        if any(o is not m and o.extractor != MentionSource.RECOGNISER and o.label is not Label.PERSON
               for o in index.overlapping(m)):
            continue
        if _slot(text, m.start, m.end, roles):
            turned.add(id(m))  # 维多利亚-嘉丝蒂的笑容; not 科宝·博洛尼定购的板材, a kitchen maker
    if not turned:
        return mentions
    return [replace(m, label=Label.PERSON, canonical="") if id(m) in turned else m for m in mentions]
