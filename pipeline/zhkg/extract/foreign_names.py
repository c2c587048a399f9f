"""Transliterated names whose parts a separator joins (唐纳德·特朗普, 让-皮埃尔·拉法兰), for
:mod:`zhkg.extract.people`: where such a name starts and ends among jieba's words (:func:`_foreign_candidates`,
:func:`_name_word_heads`, :func:`_unknown_tail`), the separators (:data:`FOREIGN_SEPARATORS`, :data:`NAME_DASH`),
what is named after a person rather than the person (:data:`NAMED_AFTER`: 罗纳德·里根|大厦), and the letters read
before or after such a name that are none of it (:func:`opens_foreign_name`, :func:`glued_after_foreign_name`,
:func:`locative_after_noun`).

Caveats: every definition was moved word for word from ``extract/people.py`` (tidy80); since tidy262 every caller
imports each name from here (``people`` imports only the ones it runs).
Two tables the rest of ``people`` also reads came along because the moved code reads them and ``people`` imports
this module (never the reverse): :data:`_NOT_IN_NAME` (letters that end a name's context) and
:data:`_FUNCTION_TAGS`; :func:`_places_abroad` too. :func:`opens_foreign_name` and :func:`_position_before` still
import :data:`zhkg.extract.transliterated.PERSON_SLOT_BEFORE` when called (that module imports this one).
``load_lexicon`` is imported for the doctests.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.resources.lexicon import Lexicon, load_lexicon  # noqa: F401 (load_lexicon: the doctests read it)
from zhkg.stages.segment import dictionary_tag, doc_text, token_table
from zhkg.text import is_han

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = [
    "FOREIGN_SEPARATORS",
    "FOREIGN_SEPARATOR",
    "NAMED_PLACES",
    "NAMED_BODIES",
    "EPONYMS",
    "NAMED_AFTER",
    "_NAMED_AFTER",
    "_NOT_IN_NAME",
    "_foreign_pattern",
    "_foreign_part",
    "_NAME_WORD_TAGS",
    "_GLUED_NOT_NAME",
    "GLUED_NOT_NAME",
    "_FIRST_NAME_WORDS",
    "_NAME_OPENERS",
    "_SPLIT_OPENERS",
    "_NOUN_ENDS",
    "_BECAUSE_AFTER",
    "_name_tail",
    "_name_word_heads",
    "_name_word_head",
    "_foreign_tail",
    "_time_word_after",
    "_position_before",
    "_unknown_tail",
    "_first_parts",
    "NAME_DASH",
    "opens_foreign_name",
    "_GLUED_AFTER_FOREIGN",
    "glued_after_foreign_name",
    "foreign_name_parts",
    "_DIVISION_HEADS",
    "_DIVISION_TITLES",
    "GLUED_TITLES",
    "_KIN_TERMS",
    "_FUNCTION_TAGS",
    "_LOCATIVES",
    "locative_after_noun",
    "_foreign_candidates",
    "_places_abroad",
]


#: What joins the parts of a transliterated name: middle dots of several standards, and the hyphen.
FOREIGN_SEPARATORS = "·‧•・-"
#: One of ``FOREIGN_SEPARATORS``.
FOREIGN_SEPARATOR = re.compile(f"[{re.escape(FOREIGN_SEPARATORS)}]")
# what is named after a person (罗纳德·里根|大厦 is a building, 诺贝尔|奖 a prize): places, bodies, and things
# named so that are neither, where the person stays named (马克思|主义); zhkg.extract.combine reads each kind
NAMED_PLACES = frozenset({"大厦", "广场", "机场", "中心", "大街", "大道", "公园", "大桥", "体育场", "球场", "纪念馆",
                          "图书馆", "体育馆", "博物馆", "山脉", "天主教堂", "大教堂", "教堂", "神庙", "水库",
                          # lands and seas named after their finders or rulers (胡安·德富卡板块, 查尔斯王子山脉)
                          "板块", "海峡", "冰川", "半岛", "群岛", "海沟"})
NAMED_BODIES = frozenset({"基金会", "大学", "学院", "研究所", "医院", "公司", "集团"})
EPONYMS = frozenset({"奖", "杯", "定律", "效应", "主义"})
# a transliterated name followed by one of these names a place, a body, a thing or a craft (号), not the person
NAMED_AFTER = tuple(sorted(NAMED_PLACES | NAMED_BODIES | EPONYMS | {"号"}))
_NAMED_AFTER = NAMED_AFTER

# Characters that end a name's context on the right: they cannot be part of a name.
_NOT_IN_NAME = set("的了在是和与及等对向为从被把将说也都就还又在于着过到则称他她它")


@lru_cache(maxsize=4)
def _foreign_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    chars = re.escape("".join(sorted(c for c in lexicon.foreign_name_chars if len(c) == 1)))
    part = f"[{chars}]{{1,6}}"
    return re.compile(f"{part}(?:[{re.escape(FOREIGN_SEPARATORS)}]{part}){{1,3}}")


@lru_cache(maxsize=4)
def _foreign_part(lexicon: Lexicon) -> re.Pattern[str]:
    """A separator and one more part of a transliterated name, or a part glued on with no separator."""
    chars = re.escape("".join(sorted(c for c in lexicon.foreign_name_chars if len(c) == 1)))
    return re.compile(f"[{re.escape(FOREIGN_SEPARATORS)}]?[{chars}]{{1,6}}")


# jieba's tags of words that may be a part of a transliterated name
_NAME_WORD_TAGS = frozenset({"x", "nr", "nrt", "nrfg"})
# letters jieba's unknown word glues to a name that are none of it: prepositions, conjunctions and verbs before or
# after a name (由|罗德-索恩, 因|莉顿·梅斯特, 伊尔戈斯卡斯|倒是, 罗贡贝|致唁电, 阿隆佐-基|隔着)
_GLUED_NOT_NAME = frozenset(_NOT_IN_NAME | set("由因但像致倒隔有让给跟同而并或即便曾已再才"))
GLUED_NOT_NAME = _GLUED_NOT_NAME  # public: extract/document_names.py reads it


# first names jieba knows as words that hold a letter of no list (大 of 大卫 is too common a word's letter to list)
_FIRST_NAME_WORDS = frozenset({"大卫", "文森特", "文森"})
# one-letter words jieba reads as a verb or an adverb that open transliterated names far more often before a
# separator name's first part (谢|盖尔·布卡, 与|希|皮奥内·德尔·费罗, 的|约|热夫·奥蒂洛)
_NAME_OPENERS = frozenset("谢希约")
# of those, the ones that open a name even where the word after is a whole name jieba knows (约|安娜 is a verb's)
_SPLIT_OPENERS = frozenset("谢希")
# letters that end a noun for a person or a trade, never open a name (小说家|欧·亨利: jieba's 家欧)
_NOUN_ENDS = frozenset("家者师员手")
# what after 因 makes it "because": 因伤, 因为, 因此, 因而, 因病, 因故, 因涉, 因遭 (布卡|因伤 is no 布卡因)
_BECAUSE_AFTER = frozenset("伤为此而病故涉遭")


def _name_tail(text: str, word, end: int) -> bool:
    """Whether ``word``, which the last part of a separator name runs into at ``end``, ends that name with 因 (-stein,
    -ein: 施泰因, 莱因): a word jieba reads as a name or an unknown word that adds at most two letters, the last 因,
    when no 因伤/因为 follows."""
    if word.tag not in _NAME_WORD_TAGS or not 0 < word.end - end <= 2 or not all(map(is_han, text[end:word.end])):
        return False
    if text[word.end - 1] != "因":
        return False  # (a longer name word may be a place's: 肯亚-乌|干达, jieba's 乌干达/nr)
    return text[word.end:word.end + 1] not in _BECAUSE_AFTER \
        and all(ch not in _GLUED_NOT_NAME or ch == "因" for ch in text[end:word.end])


def _name_word_heads(text: str, table, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Separator names whose first part is a name jieba knows ending in a letter of no list (爱德华|-斯诺登,
    本雅明|-内塔尼亚胡), which the pattern of the letters cannot begin: from that word to the parts after it."""
    found = []
    tail = _foreign_tail(lexicon)
    for sep in FOREIGN_SEPARATOR.finditer(text):
        at = sep.start()
        word = table.word_at(at - 1) if at > 0 else None
        if word is None or word.end != at or word.tag not in _NAME_WORD_TAGS or not 2 <= len(word.text) <= 4 \
                or not all(map(is_han, word.text)) or text[at - 1] in lexicon.foreign_name_chars:
            continue
        if word.tag == "x":
            continue  # jieba's unknown word may be a body's or glue a word on (科宝·博洛尼, 新帅|蒂龙)
        start = _name_word_head(text, table, word, lexicon.foreign_name_chars)
        parts = tail.match(text, at + 1)
        if parts is not None and start < at:
            found.append((start, parts.end()))
    return found


def _name_word_head(text: str, table, word, foreign: frozenset[str]) -> int:
    """Where a separator name begins whose first part is ``word``, a name jieba knows: at the word, past a
    preposition or a conjunction glued on as its first letter (和|菲尔-杰克逊, 由|吉默), or one letter earlier where
    jieba split off a letter of the list that is no function word (阿|历克斯·希姆弗雷耶斯; 海因茨 keeps its 因)."""
    if len(word.text) >= 3 and word.text[0] in _GLUED_NOT_NAME:
        return word.idx + 1
    before = table.word_at(word.idx - 1) if word.idx > 0 else None
    if before is not None and before.end == word.idx and len(before.text) == 1 and before.text in foreign \
            and before.text not in _GLUED_NOT_NAME and before.tag[:1] not in _FUNCTION_TAGS:
        return before.idx
    return word.idx


@lru_cache(maxsize=4)
def _foreign_tail(lexicon: Lexicon) -> re.Pattern[str]:
    """One to three parts of a transliterated name after a separator (the end of :func:`_foreign_pattern`)."""
    chars = re.escape("".join(sorted(c for c in lexicon.foreign_name_chars if len(c) == 1)))
    part = f"[{chars}]{{1,6}}"
    return re.compile(f"{part}(?:[{re.escape(FOREIGN_SEPARATORS)}]{part}){{0,2}}")


def _time_word_after(text: str, end: int, word_end: int) -> bool:
    """Whether a time word of jieba's dictionary begins at ``end``, inside the word that runs a name's last part on,
    and ends past it: the name ends at ``end`` (佩洛|西周|三 is 佩洛西|周三).

    >>> _time_word_after("佩洛西周三表示", 3, 4), _time_word_after("巴西-阿根廷队", 5, 6)
    (True, False)
    """
    return any(dictionary_tag(text[end:stop]) == "t" for stop in range(word_end + 1, min(len(text), end + 4) + 1))


def _position_before(text: str, at: int, start: int) -> int:
    """Where a player's position or standing that begins at ``at`` and runs into ``start`` ends (控卫|德隆-威廉姆斯);
    0 when there is none."""
    from zhkg.extract.transliterated import PERSON_SLOT_BEFORE  # (that module reads this one's names)

    return next((at + len(word) for word in PERSON_SLOT_BEFORE if text.startswith(word, at) and at + len(word) > start),
                0)


def _unknown_tail(text: str, table, end: int, foreign_part: re.Pattern[str]) -> int:
    """Where a separator name ends whose last part jieba's unknown word runs on past the letters of the list
    (吉尔|平·福斯特, 鲁|热维奇): at that word's end, or further while a separator and a part of the list, or a
    transliterated word jieba knows (维奇/nrt), follow; never into a dictionary word (鲁热|维奇|的)."""
    while end < len(text):
        found = foreign_part.match(text, end)
        if found is not None and not (found.group()[0] not in FOREIGN_SEPARATORS and found.end() < len(text)
                                      and text[found.end()] in FOREIGN_SEPARATORS):
            # (a glued word that opens the next separator name is that name's: 哈伯斯特罗|克里斯-波什)
            word = table.word_at(found.end() - 1)
            if word is not None and word.end == found.end() and word.idx >= end and word.tag in _NAME_WORD_TAGS:
                end = found.end()
                continue
        word = table.word_at(end + 1) if text[end] in FOREIGN_SEPARATORS else None
        if word is None or word.idx != end + 1 or word.tag not in _NAME_WORD_TAGS or len(word.text) > 4 \
                or not all(map(is_han, word.text)):
            break
        end = word.end  # a part with a letter of no list that jieba reads as a name or an unknown word (·顾洛克)
    return end


def _first_parts(text: str, table, start: int, foreign: frozenset[str]) -> int:
    """Where a separator name begins whose first part has a letter of no list (斯文-戈兰·埃里克森, 让-吕克): one
    or two short jieba words before a separator are parts too, when their letters are all of the list, jieba
    reads them as a name or an unknown word, or nothing written comes before them."""
    for _ in range(2):
        if start < 2 or text[start - 1] not in FOREIGN_SEPARATORS:
            break
        word = table.word_at(start - 2)
        if word is None or word.end != start - 1 or len(word.text) > 3 or not all(map(is_han, word.text)):
            break
        if not (all(ch in foreign for ch in word.text) or word.tag in _NAME_WORD_TAGS
                or word.idx == 0 or not is_han(text[word.idx - 1])):
            break
        start = word.idx
    return start


#: The dash People's Daily joins a French or Spanish double name with (让—弗朗索瓦·贝尔热, 阿韦尔·马图特斯—胡安); read
#: only where the recogniser reads the name across it, never as a separator of its own (北京—上海 is a route).
NAME_DASH = "—"


def opens_foreign_name(letters: str, foreign: frozenset[str]) -> bool:
    """Whether the one or two letters the recogniser reads before a separator name the character list found
    open that name: letters of the list (列|夫·达维多维奇), Chinese letters of no list that are no preposition,
    conjunction, verb or noun end glued on (费|思特·斯特克威尔, 艾百|布拉·库尔班, 勃|伊科·维塔利), or a first name
    joined by People's Daily's dash (让—|弗朗索瓦·贝尔热).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> foreign = load_lexicon().foreign_name_chars
    >>> [opens_foreign_name(x, foreign) for x in ("列", "艾百", "费", "何—", "由", "家", "控卫", "后卫", "A", "——")]
    [True, True, True, True, False, False, False, False, False, False]
    """
    from zhkg.extract.transliterated import PERSON_SLOT_BEFORE  # (that module reads this one's names)

    core = letters[:-1] if letters.endswith(NAME_DASH) else letters
    if not core or not all(map(is_han, core)):
        return False
    if all(ch in foreign for ch in core):
        return True
    # (a player's position is none of the name, whether jieba knows it or not: 控卫|德里克-费舍尔, 后卫)
    return not any(ch in _GLUED_NOT_NAME or ch in _NOUN_ENDS for ch in core) \
        and not any(word.endswith(core) for word in PERSON_SLOT_BEFORE) \
        and (len(core) == 1 or dictionary_tag(core) in ("x", "nr", "nrt", "nrfg"))


# one-letter words a rule may read on after a transliterated name: those glued on before or after any name, and
# 任 (serves as: 安迪·葛鲁夫|任英特尔总裁)
_GLUED_AFTER_FOREIGN = _GLUED_NOT_NAME | {"任"}


def glued_after_foreign_name(name: str, letter: str, foreign: frozenset[str]) -> bool:
    """Whether ``letter``, which a rule reads on after the recogniser's transliterated ``name``, is a word of its
    own: a conjunction, preposition or verb (兰普顿|或与, 安迪·葛鲁夫|任英特尔总裁) after a last part of three
    letters or more of the list (a Chinese name may end in 有 or 才: 张德有).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> foreign = load_lexicon().foreign_name_chars
    >>> [glued_after_foreign_name(n, x, foreign) for n, x in (("兰普顿", "或"), ("安迪·葛鲁夫", "任"), ("张德", "有"))]
    [True, True, False]
    """
    last = FOREIGN_SEPARATOR.split(name)[-1]
    return letter in _GLUED_AFTER_FOREIGN and len(last) >= 3 and all(ch in foreign for ch in last)


def foreign_name_parts(name: str) -> list[str]:
    """The parts of a transliterated name (empty for a name without a separator).

    >>> foreign_name_parts("让-皮埃尔·拉法兰"), foreign_name_parts("闫维洪")
    (['让', '皮埃尔', '拉法兰'], [])
    """
    parts = FOREIGN_SEPARATOR.split(name)
    return parts if len(parts) > 1 else []


# heads of a division abroad: a joined name right before one names the division (萨克森-安哈尔特|州, 北莱茵-威斯特法伦|
# 州议会), unless the head opens its governor's title after a person's name (施瓦辛格|州长)
_DIVISION_HEADS = frozenset("州省邦")
_DIVISION_TITLES = ("州长", "省长", "州立", "邦长")
# monarchs' titles written in transliteration letters and glued to the name news writes after them (埃米尔: emir,
# 苏丹: sultan, 谢赫: sheikh); a name that is one of them keeps it (埃米尔·库斯图里卡: its first part is the title alone)
GLUED_TITLES = ("埃米尔", "苏丹", "谢赫")
# kin terms whose characters also write transliterated names (哥伦布, 妮娜): never the head of a name
_KIN_TERMS = ("哥哥", "弟弟", "姐姐", "妹妹", "爸爸", "妈妈", "叔叔", "舅舅", "爷爷", "奶奶", "伯伯", "阿姨")

# jieba's tags of one-character words that open no name: verbs, prepositions, conjunctions, adverbs, particles
_FUNCTION_TAGS = frozenset("vpcdu")


# the place words a noun takes after it (拍卖会|上, 场|上, 会|中): jieba's unknown word glued a name to them
_LOCATIVES = frozenset("上下中内里外")


def locative_after_noun(text: str, table, idx: int, start: int) -> bool:
    """Whether the letter jieba's unknown word opens before a name's first part is a locative after a noun
    (拍卖会|上安迪·沃霍尔: 上 is the sale's "at", no letter of 安迪; overrides64)."""
    if start - idx != 1 or text[idx] not in _LOCATIVES or idx == 0:
        return False
    before = table.word_at(idx - 1)
    return before is not None and before.end == idx and len(before.text) >= 2 \
        and (before.tag[:1] == "n" and before.tag not in ("nr", "nrt", "nrfg") or before.tag == "vn")


def _foreign_candidates(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Transliterated names whose parts are joined by a separator; a part may not run into a word
    jieba knows (巴西-阿根|廷, 麦克科恩博|士, 后|卫德里克): the name stops at that word, or is no name."""
    text = doc_text(doc)
    table = token_table(doc)
    found = []
    if not lexicon.foreign_name_chars:
        return []
    foreign_part = _foreign_part(lexicon)
    spans = [m.span() for m in _foreign_pattern(lexicon).finditer(text)]
    for start, end in sorted(spans + _name_word_heads(text, table, lexicon)):
        k = table.token_of_char[end - 1]
        word = table.words[k] if k >= 0 else None
        if word is not None and word.end > end and _name_tail(text, word, end):
            end = word.end  # a name word jieba knows ends the last part (布隆|施泰因, 斯坦因: -stein)
        elif word is not None and word.end > end and word.tag != "x" and not _time_word_after(text, end, word.end):
            end = word.idx  # the last part's tail begins a dictionary word
        listed_end = end
        if word is not None and word.tag == "x" and word.end > end and (
                all(is_han(ch) and ch not in _GLUED_NOT_NAME for ch in text[end:word.end])
                or _name_tail(text, word, end)):
            end = word.end  # jieba's unknown word runs the last part on (吉尔|平, 鲁|热, 莱|因)
        end = _unknown_tail(text, table, end, foreign_part)  # 吉尔平·福斯特, 鲁热|维奇, 让-路易·顾洛克
        k = table.token_of_char[start]
        word = table.words[k] if k >= 0 else None
        if word is not None and word.idx < start < word.end and word.text in _FIRST_NAME_WORDS \
                and word.end < len(text) and text[word.end] in FOREIGN_SEPARATORS:
            start = word.idx  # a first name jieba knows with a letter of no list (大卫·韦拿, 文森特·卡塞尔)
        elif word is not None and word.idx < start and word.tag in _NAME_WORD_TAGS and word.tag != "x" \
                and word.end < end and text[word.end] in FOREIGN_SEPARATORS and all(map(is_han, word.text)):
            start = _name_word_head(text, table, word, lexicon.foreign_name_chars)  # 雅各布-祖马, 阿|历克斯·希姆
        elif word is not None and word.idx < start and word.tag != "x":
            start = word.end  # the first part's head ends a dictionary word (后卫|德里克)
        elif word is not None and word.idx < start:
            position_end = _position_before(text, word.idx, start)
            if position_end:
                start = position_end  # 控卫|德隆-威廉姆斯: the position is none of it
            elif start - word.idx <= 2 and all(is_han(ch) and ch not in _GLUED_NOT_NAME and ch not in _NOUN_ENDS
                                               for ch in text[word.idx:start]) \
                    and not locative_after_noun(text, table, word.idx, start):
                start = word.idx  # jieba's unknown word runs the first part on from a letter of no list (赖莎)
        elif word is not None and word.idx == start and len(word.text) == 1 and word.tag[:1] in _FUNCTION_TAGS \
                and word.tag != "vn" and word.text not in _SPLIT_OPENERS \
                and text[start + 2:start + 3] not in FOREIGN_SEPARATORS and text[start + 1:start + 2] not in FOREIGN_SEPARATORS:
            start += 1  # a verb or preposition jieba splits off before a first part of two or more (让|科比-布莱恩特)
        elif word is not None and word.idx == start and word.tag == "ns" and len(word.text) >= 2 \
                and word.end < end and text[word.end] not in FOREIGN_SEPARATORS \
                and word.text in _places_abroad(lexicon):
            start = word.end  # a country's name glued before the first part (波兰|塔杜施·鲁热维奇)
        start = _first_parts(text, table, start, lexicon.foreign_name_chars)
        opener = table.word_at(start - 1) if start > 0 else None
        if opener is not None and opener.end == start and opener.text in _NAME_OPENERS and start + 1 < end \
                and text[start] not in FOREIGN_SEPARATORS and table.word_at(start).tag == "x":
            start = opener.idx  # a letter jieba split off as a word opens the name (的|约|热夫·奥蒂洛)
        before = table.word_at(start - 1) if start > 0 else None
        if before is not None and before.end == start and before.tag == "x" and is_han(text[start - 1]):
            # jieba's unknown word before the first part: the name may begin there (叶甫|根尼·普鲁申科) or not
            # (名帅|迪恩-威廉姆斯); its tail is left as the letters of the list end it, and the recogniser, whose
            # span of the whole name is longer, keeps it
            end = listed_end
        first = FOREIGN_SEPARATOR.search(text[start:end])
        if text.startswith(_KIN_TERMS, start) and first is not None and first.start() >= 4:
            start += 2  # a kin term before the name (他的哥哥|洛马纳·卢阿卢阿): 哥 is a character of names too
        glued = next((t for t in GLUED_TITLES if text.startswith(t, start)), "")
        if glued and first is not None and first.start() - len(glued) >= 2:
            start += len(glued)  # a monarch's title glued to the name (卡塔尔埃米尔|塔米姆·本·哈马德, 阿曼苏丹|海塞姆·本·塔里克)
        if start >= end:
            continue
        if text[end - 1] in FOREIGN_SEPARATORS or not foreign_name_parts(text[start:end]):
            continue
        if any(not p for p in foreign_name_parts(text[start:end])) or text.startswith(_NAMED_AFTER, end) \
                or text[end:end + 1] in _DIVISION_HEADS and not text.startswith(_DIVISION_TITLES, end):
            continue
        found.append((start, end, "foreign"))
    return found


@lru_cache(maxsize=4)
def _places_abroad(lexicon: Lexicon) -> frozenset[str]:
    """Every name of a division outside the mainland's list (``place_world.tsv`` and the other division tables)."""
    return frozenset(name for code, first, _, _, _, others in lexicon.extra_divisions if not code.isdigit()
                     for name in (first, *others))
