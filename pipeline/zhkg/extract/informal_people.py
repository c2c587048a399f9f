"""People informal text names in ways news does not (measured on Weibo NER dev).

Social-media messages name people in forms the recogniser, trained on news, never saw:

* **A handle that is a Chinese name** (``//@段钢:``, ``@王冉 ``, ``@陳冠希Uncle``, ``@12欧阳红燕``): a handle of two
  or three Han letters led by a surname (four after a compound one), perhaps after Latin letters or digits, ending
  where a handle ends (a colon, a space, another @ or /, a bracket, a mark of punctuation, Latin letters or digits,
  转发, the text's end). Handles that are words or bodies (@美食频道, @微相册, @北京厨子)
  are no names: a handle's name and its given part are no dictionary words other than names. A name right before
  Weibo's stock 转发微博 is a user's too (洪晃转发微博). A handle's name is whole: what was read inside it goes.
* **A name cheered by writing it again right after itself** (魏晨魏晨魏晨, 徐妍徐妍, 宋茜、宋茜): a name of two or
  three letters led by a surname, no dictionary word (高兴高兴, 研究研究 are none), its letters not one letter
  repeated (哈哈哈哈, 谢谢谢谢), written with nothing or a 、 or a space between and each writing whole words
  (二手房|现房|现卖 writes no 房现 twice; 封测，封测 is a clause's last word opening the next).
* **A given name alone where the document names the person in full** (李厚林 … 厚林兄弟, 章子怡 … 子怡): the two
  letters after a one-letter surname of a person the document names, written alone with no word across their ends
  and no dictionary word themselves (宇航 of 杜宇航, 建国 of 王建国 are words); the mention's canonical name is the
  full name, so both are one person (the recogniser's 子怡 too). No full name gives one that jieba's dictionary has as
  a word other than a name's, nor a dynasty's letter before a thing where the document names that dynasty a period
  (唐代的唐三彩: pottery the recogniser read as a person, and 三彩大罐 no person); a given name written as a role's
  (“小青”, 饰小青, 小青一角) is none, nor an actor's given name of 小 or 阿 where the document credits the actor with a
  role (左小青饰 … 小青本是条青鱼精: the story's character).
* **A name listed between two people** (秦艳凤，韦玮，覃朵莹): set off by commas or 、 alone, a surname and one or two
  letters.
* **A recogniser's person as informal text writes it**: without a hashtag's # (##陈翔##), a laugh before it
  (哈哈泰迪) or a pronoun after it (林申我在); two names written together are two people where jieba starts a word
  between them (陈伊琼|夏邦, 陆毅|曹芙嘉), and a surname and one letter run into a word are the name (陈雨|奇葩), but
  a second letter that is a surname keeps a married woman's name whole (范徐丽泰), and a ruler's temple name keeps his
  name (唐顺宗李诵).

Each reader is gated on a cheap cue (an ``@`` or 转发微博; one precompiled search for a repeat; a person of three
letters or a recogniser person of four to six), so a news article without one pays next to nothing.
Nothing here overrides a rule's body or place: a span another label already holds is left alone (but a handle's name
is whole); the recogniser's person across a chant (心泰迪正) gives way.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from zhkg.extract.base import replaced
from zhkg.extract.minority_names import is_minority_name
from zhkg.extract.name_scores import name_score
from zhkg.extract.short_forms import ADDRESS_FORMS, address_at
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import TokenTable, dictionary_tag
from zhkg.text import SpanIndex

__all__ = ["informal_people", "handle_names", "chanted_names", "given_names_alone", "trim_people",
           "names_between_people"]

# jieba's dictionary tags a name may have (x: not in the dictionary)
_NAME_TAGS = frozenset({"x", "nr", "nrfg", "nrt"})
# a handle of two or three Han letters, ended as handles end
_HANDLE = re.compile(r"@[A-Za-z0-9_\-]*([\u4e00-\u9fff]{2,4})(?=[:：\s@/#＃,，。、!！?？()（）\[\]【】<>《》|A-Za-z0-9_\-]|转发|$)")
# a user's name the message quotes without its @, right before Weibo's stock 转发微博 (洪晃转发微博)
_FORWARDED = re.compile(r"(?:^|(?<=[\s。！？!?，,：:…~～]))([\u4e00-\u9fff]{2,3})(?=转发微博)")
_HANDLE_GIVEN_TAGS = _NAME_TAGS | {"ns"}
# a list of names: commas or 、 between them, one name of two to four letters
_LIST_MARKS = frozenset("，、,")
_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}")
# a name written twice or more in a row, perhaps with a comma or a space between
_CHANT = re.compile(r"([\u4e00-\u9fff]{2,3})(?:[、\s]?\1)+")
_CHANT_SEPARATORS = "、 \t\u3000"
# letters that end places and bodies, never a person's name
_NOT_LAST = frozenset("区县省市镇乡村局部委办厅处科院校队所站社会网店吧团组家的了着过呢啊呀哦嘛哈"
                      "去来看说是在和与跟给把被也都就还要会对向从")  # (and a verb or a word's first letter after it)
# informal words for people that read like a surname and a name (小编, 老公)
_NOT_GIVEN = frozenset({"小编", "老公", "老婆", "小伙", "小孩", "小朋", "老大", "老爷"})
# a full name whose letters are this unlike a name's gives no given name (江总那: 江总|那)
_MIN_FULL_SCORE = 0.002
# what follows a given name that names a place, a road or a body after a person (建华路, 国庆节)
_NAMED_AFTER = frozenset("路街道村镇乡区县市省桥门园楼站港湾河湖山节号杯奖")


def _chinese_name(name: str, lexicon: Lexicon, given_tags: frozenset[str] = _NAME_TAGS) -> bool:
    """A surname and a given name of one or two letters, neither part a dictionary word but a name's (a given
    name's tag one of ``given_tags``), or a name jieba's dictionary has as a person's whole."""
    if name[-1] in _NOT_LAST or len(set(name)) == 1:
        return False
    if name[:2] in lexicon.surnames and len(name) in (3, 4):
        given = name[2:]  # 欧阳红燕
    elif name[:1] in lexicon.surnames and len(name) <= 3:
        given = name[1:]
    else:
        return False
    tag = dictionary_tag(name)
    if tag not in _NAME_TAGS or given in _NOT_GIVEN:
        return False
    if tag != "x":
        return True  # 汪东城: the dictionary's person, though 东城 is a place
    # (a doubled given name is a name's: 穆婷婷, though the dictionary has 婷婷 as a word)
    return len(given) == 1 or given[0] == given[1] or dictionary_tag(given) in given_tags


def handle_names(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Spans of handles that are Chinese names (see the module's notes).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "//@段钢:漏罪未判？//@美食频道:好吃"
    >>> [text[s:e] for s, e in handle_names(text, load_lexicon())]
    ['段钢']
    """
    spans = []
    if "@" in text:
        # (a handle's given name may be a place's: @陈苏丹sudan)
        spans += [m.span(1) for m in _HANDLE.finditer(text) if _chinese_name(m.group(1), lexicon, _HANDLE_GIVEN_TAGS)]
    if "转发微博" in text:
        spans += [m.span(1) for m in _FORWARDED.finditer(text) if _chinese_name(m.group(1), lexicon)]
    return spans


@lru_cache(maxsize=4)
def _chant_cue(lexicon: Lexicon) -> re.Pattern[str]:
    """:data:`_CHANT` led by a surname's first letter, a cue for it at a quarter of its cost (measured on news)."""
    letters = re.escape("".join(sorted({surname[0] for surname in lexicon.surnames})))
    return re.compile(f"([{letters}][\u4e00-\u9fff]{{1,2}})(?:[、\\s]?\\1)+")


def chanted_names(text: str, lexicon: Lexicon, table: TokenTable | None = None) -> list[tuple[int, int]]:
    """Spans of each writing of a name written again right after itself (see the module's notes); with ``table``,
    only where no word runs across a writing's ends (二手房|现房|现卖 writes no 房现 twice, nor 越来越 来越).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "群星闪耀来袭魏晨魏晨魏晨，高兴高兴"
    >>> [text[s:e] for s, e in chanted_names(text, load_lexicon())]
    ['魏晨', '魏晨', '魏晨']
    """
    spans: list[tuple[int, int]] = []
    for m in _CHANT.finditer(text):
        name = m.group(1)
        if not _chinese_name(name, lexicon):
            continue
        at, end = m.start(), m.end()
        found = []
        while at < end:
            if text[at] in _CHANT_SEPARATORS:
                at += 1
                continue
            found.append((at, at + len(name)))
            at += len(name)
        if table is None or all(_whole(text, a, b, table) for a, b in found):
            spans += found
    return spans


def given_names_alone(mentions: list[Mention], text: str, table: TokenTable | None,
                      lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Spans of given names written alone, each with the full name of its person (see the module's notes).

    ``table`` gives the words: a given name counts only where no word runs across its ends.
    """
    if table is None:
        return []
    full: dict[str, str] = {}
    seen: set[str] = set()
    for m in mentions:
        name = m.simplified
        if m.label is not Label.PERSON or len(name) != 3 or name in seen:
            continue
        seen.add(name)
        if name[0] in lexicon.surnames and name[:2] not in lexicon.surnames \
                and name_score(name, lexicon=lexicon) > _MIN_FULL_SCORE and _full_name_stands(name, text):
            given = name[1:]
            if given[0] != given[1] and dictionary_tag(given) in _NAME_TAGS and given not in _NOT_GIVEN:
                full.setdefault(given, name)
    if not full:
        return []
    # a given name two people of the document share names neither
    owners: dict[str, set[str]] = {}
    for m in mentions:
        if m.label is Label.PERSON and len(m.simplified) == 3 and m.simplified[1:] in full:
            owners.setdefault(m.simplified[1:], set()).add(m.simplified)
    found: list[tuple[int, int, str]] = []
    for given in sorted(full):
        if len(owners.get(given, ())) > 1:
            continue
        name = full[given]
        # an actor's given name of 小 or 阿 where the document credits the actor with a role is likelier a
        # character's name (左小青饰 … 小青本是条青鱼精)
        if given[0] in _CHARACTER_FIRST and _ROLE_CREDIT.search(text, 0) and _credited(name, text):
            continue
        at = text.find(given)
        while at >= 0:
            end = at + len(given)
            if text[at - 1:end] != name and _whole(text, at, end, table) and text[end:end + 1] not in _NAMED_AFTER and not _in_title(text, at) \
                    and not (text[at - 1:at] in lexicon.surnames and at not in table.starts) and not _role_name(text, at, end):
                found.append((at, end, name))
            at = text.find(given, end)
    return found


# the letters a dynasty is named by, and what names it a period (唐代, 唐朝): 唐三彩 of 唐代的唐三彩 is pottery
_DYNASTY_LETTERS = frozenset("夏商周秦汉晋隋唐宋元明清辽金")
_PERIOD_AFTER = ("代", "朝")
# what credits an actor with a role (左小青饰, 章子怡饰演, 由X扮演) or marks a role's name (“小青”, 饰小青, 小青一角)
_ROLE_CREDIT = re.compile("饰|扮演")
_CHARACTER_FIRST = frozenset("小阿")
_QUOTES = {"“": "”", "「": "」", "『": "』", "\"": "\"", "‘": "’"}
_ROLE_BEFORE = ("饰演", "扮演", "饰")
_ROLE_AFTER = ("一角", "角色", "这个角色", "这一角色")


def _full_name_stands(name: str, text: str) -> bool:
    """Whether a full name may give its given name alone: a name's word or none in jieba's dictionary, and no
    dynasty's letter before a thing where the document names that dynasty a period (唐代的唐三彩: the recogniser's
    person is pottery, and 三彩 of 三彩大罐 no person).

    >>> _full_name_stands("唐三彩", "唐代的唐三彩骆驼"), _full_name_stands("章子怡", "章子怡说"), _full_name_stands("唐嫣", "唐嫣说")
    (False, True, True)
    """
    if dictionary_tag(name) not in _NAME_TAGS:
        return False
    return not (name[0] in _DYNASTY_LETTERS and any(name[0] + after in text for after in _PERIOD_AFTER))


def _credited(name: str, text: str) -> bool:
    """Whether the document credits ``name`` with a role: 左小青饰, 左小青扮演, 左小青饰演."""
    at = text.find(name)
    while at >= 0:
        if text.startswith(("饰", "扮演"), at + len(name)) or text.startswith(("(饰", "（饰"), at + len(name)):
            return True
        at = text.find(name, at + len(name))
    return False


def _role_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is written as a role's name: quoted alone (“小青”), after 饰/饰演/扮演 (饰小青) or
    before 一角 or 角色 (小青一角)."""
    before, after = text[start - 1:start], text[end:end + 1]
    if before in _QUOTES and after == _QUOTES[before]:
        return True
    return text[max(0, start - 2):start].endswith(_ROLE_BEFORE) or text.startswith(_ROLE_AFTER, end)


def names_between_people(mentions: list[Mention], text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Spans of names listed between two people (秦艳凤，韦玮，覃朵莹): an item of a list of names, set off by commas
    or 、 alone, whose neighbours on both sides are people the document names, that is a surname and one or two
    letters."""
    people = sorted((m for m in mentions if m.label is Label.PERSON), key=lambda m: m.start)
    starts = {m.start for m in people}
    spans = []
    for m in people:
        if text[m.end:m.end + 1] not in _LIST_MARKS:
            continue
        item = _LIST_ITEM.match(text, m.end + 1)
        if item is None or item.end() + 1 not in starts or text[item.end():item.end() + 1] not in _LIST_MARKS:
            continue
        if _chinese_name(item.group(), lexicon, _HANDLE_GIVEN_TAGS):
            spans.append(item.span())
    return spans


def _in_title(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a work's title (《嘉薰医生》: a book, not the author 陈嘉薰)."""
    return text.rfind("《", 0, at) > text.rfind("》", 0, at)


def _whole(text: str, start: int, end: int, table: TokenTable) -> bool:
    """No word runs across either end of ``text[start:end]``: each end is a word's, or the two letters across it
    are no dictionary word (jieba reads 会计|厚|林兄弟, where 计厚 and 林兄 are none)."""
    return ((start in table.starts or start == 0 or dictionary_tag(text[start - 1:start + 1]) == "x")
            and (end in table.ends or end == len(text) or dictionary_tag(text[end - 1:end + 1]) == "x"))


_PRONOUNS = frozenset("我你他她")
# the last letter of a ruler's temple or posthumous name (唐顺宗, 汉武帝, 明太祖), as zhkg.extract.name_runs reads it
_RULER_TITLES = frozenset("宗帝祖")
# a laugh written before a name (哈哈泰迪)
_LAUGH = re.compile("[哈呵嘻嘿啊哇嗯噢哦]{2,}")
_HASH = "#＃"


def _trim(m: Mention, start: int, end: int) -> Mention:
    a, b = start - m.start, end - m.start
    return replace(m, start=start, end=end, text=m.text[a:b], simplified=m.simplified[a:b], canonical="")


def trim_people(mentions: list[Mention], text: str, lexicon: Lexicon, table: TokenTable | None = None) -> list[Mention]:
    """The recogniser's people as informal text writes them (see the module's notes): without a hashtag's # at either
    end (##陈翔## → 陈翔), a laugh before the name (哈哈泰迪 → 泰迪) or a pronoun run into it (林申我 → 林申); with
    ``table``, two names written together are two people (陈伊琼夏邦, 陆毅曹芙嘉), unless the document writes the
    whole twice or more and neither part apart (庄恩安达臣: :func:`_never_apart`), and a name of a surname and one letter
    run into a word is the name (陈雨|奇葩).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> ms = [Mention("d", 2, 6, "陈翔##", "陈翔##", Label.PERSON, MentionSource.RECOGNISER)]
    >>> [m.simplified for m in trim_people(ms, "##陈翔##", load_lexicon())]
    ['陈翔']
    """
    hashes = "#" in text or "＃" in text
    out = []
    for m in mentions:
        if m.label is Label.PERSON and m.extractor == MentionSource.RECOGNISER:
            name = m.simplified
            if hashes:
                start = m.start + len(name) - len(name.lstrip(_HASH))
                end = m.end - (len(name) - len(name.rstrip(_HASH)))
                if (start, end) != (m.start, m.end):
                    if end - start < 2:
                        continue
                    m = _trim(m, start, end)
                    name = m.simplified
            laugh = _LAUGH.match(name)
            if "@" in name:  # 吴佩@金玉缘高智雅: a handle starts at @
                at = name.index("@")
                if at < 2:
                    continue
                m = _trim(m, m.start, m.start + at)
                name = m.simplified
            if laugh is not None and len(name) - laugh.end() >= 2:
                m = _trim(m, m.start + laugh.end(), m.end)
                name = m.simplified
            if len(name) in (3, 4) and name[-1] in _PRONOUNS and name[0] in lexicon.surnames:
                m = _trim(m, m.start, m.end - 1)
            elif _address_run_on(name, text, lexicon):
                m = _trim(m, m.start, m.end - 1)  # 江总|那，江总先协商: the surname and its address
            elif table is not None and 4 <= len(name) <= 6 and not _never_apart(name, text):
                out.extend(_two_names(m, lexicon, table))
                continue
        out.append(m)
    return out


#: The forms of address of one letter after a surname (江总, 王董): what a name of three letters can hide
_ONE_LETTER_ADDRESSES = tuple(a for a in ADDRESS_FORMS if len(a) == 1)


def _address_run_on(name: str, text: str, lexicon: Lexicon) -> bool:
    """Whether a recognised name of three letters is a surname and a one-letter form of address run into the next
    letter (江总|那): the text writes the surname and that address before another letter elsewhere, where they read as
    an address (江总那，江总先协商; :func:`zhkg.extract.short_forms.address_at`).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> _address_run_on("江总那", "先到江总那，江总先协商", load_lexicon())
    True
    >>> _address_run_on("江总那", "先到江总那，江总那边协商", load_lexicon())
    False
    """
    if len(name) != 3 or name[0] not in lexicon.surnames or not name.startswith(_ONE_LETTER_ADDRESSES, 1):
        return False
    at = text.find(name[:2])
    while at >= 0:
        if text[at + 2:at + 3] != name[2] and address_at(text, at + 1, at):
            return True
        at = text.find(name[:2], at + 1)
    return False


def _never_apart(name: str, text: str) -> bool:
    """Whether the document writes ``name`` twice or more and none of the parts it could be cut into (its first two
    or three letters, the rest) anywhere outside it: one name, however its letters would part (a Hong Kong coach's
    transliterated name, 庄恩安达臣, three times; 庄恩 and 安达臣 never alone). Two people written together are
    written apart too (people298).

    >>> [_never_apart("庄恩安达臣", t) for t in ("主教练庄恩安达臣表示，庄恩安达臣说", "庄恩安达臣表示", "陈伊琼夏邦，陈伊琼夏邦，夏邦说")]
    [True, False, False]
    """
    whole = text.count(name)
    return whole >= 2 and all(text.count(part) == whole for k in (2, 3) for part in (name[:k], name[k:]))


def _two_names(m: Mention, lexicon: Lexicon, table: TokenTable) -> list[Mention]:
    """A recogniser person of five or six letters that is two names, or of four that is a name and a word, where jieba
    starts a word between them: the names; never a transliterated name (all its letters a transliteration's, or all
    but the first of the second part's: 普瓦任斯基, 阿里江普尔). A second letter that is a surname keeps the name whole (范徐丽泰, 陈方安生: a married
    woman's two surnames), and a name of Tibetan or Mongolian name parts is one (呼日勒苏赫)."""
    name = m.simplified
    if not all("\u4e00" <= ch <= "\u9fff" for ch in name) or all(ch in lexicon.foreign_name_chars for ch in name):
        return [m]  # (a transliterated name: 马格洛伊尔, 吉诺比利)
    if is_minority_name(name, lexicon):
        return [m]  # 呼日勒|苏赫: one Mongolian name of two parts
    for k in (3, 2):
        rest = name[k:]
        if m.start + k not in table.starts or not 2 <= len(rest) <= 3 or (k == 2 and name[1] in lexicon.surnames):
            continue
        if not _chinese_name(name[:k], lexicon):
            continue
        foreign = lexicon.foreign_name_chars
        if name[0] in foreign and all(ch in foreign for ch in rest):
            continue  # 乔治|哈拉斯 reads as one transliterated name
        if all(ch in foreign for ch in name[:k]) and len(rest) == 3 and all(ch in foreign for ch in rest[1:]):
            continue  # 普瓦|任斯基, 阿里|江普尔: a transliterated name with one letter of no list (任, 江) inside
        if name[k - 1] in _RULER_TITLES:
            continue  # 唐顺宗李诵: a ruler's temple name before his name is one person
        if len(name) >= 5 and _chinese_name(rest, lexicon):  # (罗勃|柯恩, 罗素|高尔 are one foreign name)
            return [_trim(m, m.start, m.start + k), _trim(m, m.start + k, m.end)]
        if k == 2 and len(rest) == 2 and dictionary_tag(rest) not in _NAME_TAGS and dictionary_tag(rest) != "ns":
            return [_trim(m, m.start, m.start + k)]  # 陈雨|奇葩
    return [m]


def informal_people(mentions: list[Mention], text: str, table: TokenTable | None, lexicon: Lexicon,
                    original: str = "", doc_id: str = "") -> list[Mention]:
    """``mentions`` with the people of handles, chants, given names alone and lists, and the recogniser's
    people trimmed (see the module's notes).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> [m.simplified for m in informal_people([], "魏晨魏晨！//@段钢:好", None, load_lexicon(), doc_id="d")]
    ['魏晨', '魏晨', '段钢']
    """
    mentions = trim_people(mentions, text, lexicon, table)
    spans = [(s, e, "", MentionSource.PEOPLE_HANDLE) for s, e in handle_names(text, lexicon)]
    if _chant_cue(lexicon).search(text) is not None:
        spans += [(s, e, "", MentionSource.PEOPLE_CHANT) for s, e in chanted_names(text, lexicon, table)]
    spans += [(s, e, name, MentionSource.PEOPLE_GIVEN) for s, e, name in given_names_alone(mentions, text, table, lexicon)]
    spans += [(s, e, "", MentionSource.PEOPLE_BETWEEN) for s, e in names_between_people(mentions, text, lexicon)]
    if not spans:
        return mentions
    doc_id = mentions[0].doc_id if mentions else doc_id
    index = SpanIndex(mentions)
    drop: set[int] = set()
    added: list[Mention] = []
    taken: set[tuple[int, int]] = set()
    for s, e, canonical, source in sorted(spans, key=lambda x: (x[0], x[1])):
        if (s, e) in taken:
            continue
        probe = Mention(doc_id, s, e, "", "", Label.PERSON, source)
        over = index.overlapping(probe)
        same = [m for m in over if m.start == s and m.end == e and m.label is Label.PERSON]
        if same:
            if source is MentionSource.PEOPLE_GIVEN and same[0].extractor == MentionSource.RECOGNISER:
                # the recogniser's 子怡 is 章子怡 too: one person
                drop.add(id(same[0]))
                taken.add((s, e))
                added.append(replace(same[0], extractor=source, canonical=canonical))
            continue  # already a person
        # a rule's name over the span keeps it; so does a recogniser's name that is no person; but a handle is
        # one user's name whole, whatever was read inside it (//@汪东城: is no place 东城, @陈苏丹 no 苏丹), unless a
        # rule reads the whole handle as a body or a place (@张家口)
        if source is MentionSource.PEOPLE_HANDLE:
            if any((m.start < s or m.end > e or m.extractor != MentionSource.RECOGNISER and (m.start, m.end) == (s, e))
                   and (m.extractor != MentionSource.RECOGNISER or m.label is not Label.PERSON) for m in over):
                continue
        elif any(m.extractor != MentionSource.RECOGNISER or m.label is not Label.PERSON for m in over):
            continue
        if source is MentionSource.PEOPLE_GIVEN and (over or dictionary_tag(text[s:e]) != "x"):
            continue  # a given name alone only where nothing else is read, and no word (宇航, 左翼) unless read so
        drop.update(id(m) for m in over)
        taken.add((s, e))
        added.append(Mention(doc_id, s, e, (original or text)[s:e], text[s:e], Label.PERSON, source,
                             canonical=canonical))
    if not added:
        return mentions
    return replaced(mentions, drop, added)
