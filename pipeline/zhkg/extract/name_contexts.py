"""Chinese names the words around them announce, for :mod:`zhkg.extract.people`: the first of its candidate
sources (:func:`_context_candidates`).

A byline in brackets or after 记者, 通讯员 or a credit's slash (（刘权有）, 记者/冯珂), a list closed by 等 and a role
(张吉辉、李伟涛……等委员), a role or title right before the name (主席闫维洪, a married name as Hong Kong writes
it: 特首林郑月娥), a name the text says someone is called (名叫王某), a form of address or 等人 after it, a star's
link (古天乐(微博)), a headline ``陈文成：``, the one appointed (任命黄复生为), a birth year or a profile's sex after
it (黄家学，男); and names in Latin letters after a role or a word for a person (部长Chris Bowen, 经纪人Jeff). The
words around give the evidence, so a name here needs a lower score of its letters
(:data:`zhkg.extract.name_scores._CONTEXT_MIN_SCORE`) than a bare one.

Caveats: every definition was moved word for word from ``extract/people.py`` (tidy255); ``people`` imports this
module, never the reverse. A text without a pattern's cue letters skips that pattern's scan (:data:`_TAIL_CUES`,
:data:`_LINK_CUE`): a new pattern needs its cue or it is scanned on every text. The reporters of a wire's
dateline and of a Taiwan paper's byline pair are read by :mod:`zhkg.extract.dateline_reporters` and
:mod:`zhkg.extract.byline_pairs` and returned here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.extract.appointed_names import appointment_cut
from zhkg.extract.byline_pairs import byline_pairs
from zhkg.extract.dateline_reporters import dateline_reporters
from zhkg.extract.foreign_names import _FUNCTION_TAGS, _NOT_IN_NAME, FOREIGN_SEPARATORS
from zhkg.extract.foreign_people_by_context import _roles_before
from zhkg.extract.name_scores import (
    _CJK,
    _CONTEXT_MIN_SCORE,
    _NEVER_IN_WORD_NAME,
    _NOT_LAST,
    ADDRESS_WORDS,
    _best_name_at,
    _common_word,
    _headline_place,
    _names_a_body,
    _unrated_credit_name,
    name_score,
    split_surname,
)
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import dictionary_tag, doc_text, token_table
from zhkg.text import CREDIT_SLASHES, is_han, longest_first

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["_CJK_LETTER", "_LATIN_WORD", "_APPOINTING", "_LIST_ROLES", "_NAME_TAGS", "_WIRE_TAG", "_patterns",
           "_LINK_CUE", "_TAIL_CUES", "_NOT_LAST_OF_FOUR", "_married_name_end", "_whole_word_name",
           "_function_word_at", "_surname_before_unknown", "_PHOTO_PLACE", "_WORD_TAGS", "_OPENING_TAGS",
           "_bracketed_word", "_context_candidates", "_THIS_TIME", "_opens_profile", "_role_word_set", "_LATIN_NAME",
           "_LATIN_GIVEN", "_PERSON_WORD_ENDS", "_latin_after_role"]


_CJK_LETTER = re.compile(_CJK)
# one word of a personal name in Latin letters: Bowen, McCain, O'Neil, Smith-Jones, an initial (J.)
_LATIN_WORD = r"(?:[A-Z][a-z]+(?:['\-][A-Z]?[a-z]+)*|Mc[A-Z][a-z]+|[A-Z]\.)"

#: Verbs that make someone something (任命X为…, 追封X为…): a name stands between them and 为.
_APPOINTING = "任命|委任|改任|调任|聘任|聘请|提拔|擢升|拔擢|册封|追封|加封|敕封|推举|选举|推选"
_LIST_ROLES = "委员|同志|代表|常委|成员|领导|干部|党员|教授|专家|院士|烈士|选手|队员|运动员|演员|老人|先生|女士"

# what jieba's dictionary tags a name with, or x for a word it does not know
_NAME_TAGS = frozenset({"x", "nr", "nrfg", "nrt"})

# an outlet's wire tag opening a story, glued to the byline before it when the spaces are lost: 晚报讯, 新华社讯, 中新网讯;
# the name never ends in the 本 of 本报讯 (通讯员 何宇|本报讯, not 何宇本|报讯)
_WIRE_TAG = r"(?<!本)[\u4e00-\u9fff]{0,4}(?:报|社|网|台)讯"


@lru_cache(maxsize=4)
def _patterns(lexicon: Lexicon) -> dict[str, re.Pattern[str]]:
    # a trie of the role words, longest first as they are: the same matches as their alternation, several times faster
    roles = longest_first(lexicon.role_words) if lexicon.role_words else ""
    name = rf"{_CJK}{{2,3}}"
    return {
        # (刘权有) at the very start of a body, or (通讯员 陈瑛 李会生)
        # …or a reporter's name and 报道 in brackets, as Hong Kong's Now News signs (罗家晴报道)
        "byline": re.compile(rf"[(（]((?:{name})(?:\s+{name})*)(报道)?[)）]"),
        # …also glued to the outlet's wire tag that opens the story (记者 冯兰蔺晚报讯, 记者张明新华社讯)
        # …or after a credit's slash (《零距离》记者/冯珂 编辑/汪泽)
        "reporter": re.compile(rf"(?:通讯员|记者|作者|摄影|文/|图/|(?:编辑|责编|责任编辑|实习生|校对)(?=/))[\s:：/]*"
                               rf"((?:{name})(?:\s+{name})*)"
                               rf"(?=[\s)）,，。]|/[文图摄]|$|{_WIRE_TAG})"),
        # 张吉辉、李伟涛、田晓光等委员
        # a list counts only when a role closes it: 张吉辉、李伟涛、田晓光等委员 (南京、南宁等城市 is no list of names)
        "list": re.compile(rf"((?:{name}、)+{name})(?:等(?:{_LIST_ROLES})|(?:{_LIST_ROLES})(?![\u4e00-\u9fff]))"),
        # ...or past the portfolio in brackets a vice-title writes (副校长（策略规划）区启明, 副局长(规划)王五; roles246)
        "after_role": re.compile(rf"(?:{roles})(?:[(（]{_CJK}{{2,6}}[)）])?({_CJK}{{2,3}})"),
        # a person the text says is called so: 一名名叫王某的男子, 我叫赵新民, 原名刘福荣 (read as after a role)
        "called": re.compile(rf"(?:名叫|名字叫|我叫|他叫|她叫|本名|原名|真名|艺名|笔名)[:：]?({_CJK}{{2,3}})"),
        # …and a name the text says it made up: 钟富贵（化名）
        # …or who others join (史树青等人, 史树青等专家; not a place before 等人口, the population of places: 丰原等人口密集区域)
        "before_role": re.compile(rf"({_CJK}{{2,3}})(?:总书记|同志|委员(?!会)|先生|女士|[(（]化名[)）]"
                                  rf"|等(?:人(?![民口])|专家|学者|官员|将领|大臣))"),
        # a star's page Sina links after the name: 古天乐(微博), 周迅(听歌), and a blogger's or a star's blog:
        # 李连杰(blog), 周海媚(博客)
        "link": re.compile(rf"({_CJK}{{2,3}})[(（](?:微博|听歌|博客|[Bb]log)[)）]"),
        "headline": re.compile(rf"^({_CJK}{{2,3}})[:：]", re.M),
        # the one appointed or ennobled, glued between the verb and 为: 任命黄复生为…, 改任黄复生、卢师谛为…, 追封郭昌为…
        "appointed": re.compile(rf"(?:{_APPOINTING})((?:{name}、)*{name})为"),
        "born": re.compile(rf"({_CJK}{{2,3}})[,，]\s*\d{{4}}年(?:\d{{1,2}}月)?(?:生|出生)"),
        # a profile's sex right after the name (黄家学，男，; 司增勤：女、; 苏壮强性别：男), as biographies and
        # appointment notices write it: the evidence of a byline, so the weaker characters' score
        "profile": re.compile(rf"({_CJK}{{2,3}})(?:[,，:：]\s*[男女](?=[,，、;；。]|$)|[(（][男女][,，、)）]"
                              rf"|[,，]?\s*性别[:：]?\s*[男女])", re.M),
    }


# what a link after a name says (see the pattern "link" of _patterns): a text without one skips the scan
_LINK_CUE = re.compile(r"微博|听歌|博客|[Bb]log")

#: What the end of every match of a pattern of :func:`_patterns` holds, where a scan for it is cheaper than the
#: pattern's own, which tries names of two and three letters at every Chinese letter: a text without it skips that.
_TAIL_CUES = {
    "list": re.compile(rf"、{_CJK}{{2,3}}(?:等(?:{_LIST_ROLES})|(?:{_LIST_ROLES})(?![\u4e00-\u9fff]))"),
    "born": re.compile(r"[,，]\s*\d{4}年(?:\d{1,2}月)?(?:生|出生)"),
    "before_role": re.compile(r"(?:总书记|同志|委员(?!会)|先生|女士|[(（]化名[)）]|等(?:人(?![民口])|专家|学者|官员|将领|大臣))"),
    "profile": re.compile(r"(?:[,，:：]\s*[男女](?=[,，、;；。]|$)|[(（][男女][,，、)）]|[,，]?\s*性别[:：]?\s*[男女])", re.M),
}

#: what jieba's dictionary tags a letter that ends no married name of four: a preposition, a conjunction, an adverb, a
#: particle (自, 及, 亦, 的); a given name's last letter reads as a noun or a verb (娥, 仪, 怡, 生)
_NOT_LAST_OF_FOUR = frozenset("pcdu")


def _married_name_end(text: str, start: int, ends: frozenset[int], lexicon: Lexicon) -> int | None:
    """The end of a married woman's name as Hong Kong writes it (特首|林郑月娥: 林 + 郑月娥) at ``start`` after a role
    word: two one-letter surnames, two given letters as name-like as a three-letter name's, the last of a given name's
    (rate ≥ 0.002: not 韩国瑜|昨, 郝龙斌|以; review186), the four ending where jieba ends a word, and the fourth letter
    no preposition, conjunction, adverb or particle as jieba's dictionary reads it alone (协理李明辉|自2026年起: 自,
    "from", opens a time; persons227)."""
    end = start + 4
    if end > len(text) or end not in ends or text[start] not in lexicon.surnames \
            or not all(is_han(ch) and ch not in _NOT_IN_NAME for ch in text[start + 1:end]) \
            or dictionary_tag(text[end - 1])[:1] in _NOT_LAST_OF_FOUR:
        return None
    if text[start:start + 2] in lexicon.surnames or lexicon.given_rates.get(text[end - 1], 0.0) < 0.002:
        return None  # 欧阳伯权: a two-letter surname, no married name; 韩国瑜|昨接见: 昨 ends no given name
    if text[start + 2:end] in ADDRESS_WORDS or text[start + 2:end] in lexicon.role_words:
        return None  # 书记|李明同志, 委员|郁文先生: a two-letter name and a form of address (overrides51)
    return end if name_score(text[start + 1:end], lexicon=lexicon) >= _CONTEXT_MIN_SCORE * 5 else None


def _whole_word_name(table, start: int, lexicon: Lexicon) -> int | None:
    """The end of a 3-character word jieba built itself (tag x) at ``start`` that opens with a
    surname: after a role word that is a name even when its given characters are rare (立委|林为洲)."""
    word = table.word_at(start)
    if word is None:
        return None
    if word.idx != start or word.tag != "x" or len(word.text) != 3:
        return None
    # jieba joined the characters into one word, so 为 (林为洲) may stand inside; particles may not
    if split_surname(word.text, lexicon.surnames) is None or any(ch in _NEVER_IN_WORD_NAME for ch in word.text[1:]):
        return None
    return word.end


def _function_word_at(table, start: int) -> bool:
    """Whether jieba made the character at ``start`` a one-character function word (和 tagged c, not 和珅)."""
    word = table.word_at(start)
    if word is None:
        return False
    return word.idx == start and len(word.text) == 1 and word.tag[:1] in _FUNCTION_TAGS


def _surname_before_unknown(table, text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a one-letter function word after a role is a surname that opens a name (校长|曾|以莹|反映: jieba reads
    曾 as the adverb "once", then builds the given name as an unknown word): the letter is a surname, the word after
    it is one or two letters jieba built itself (tag x), and the two read as a name (:func:`name_score`); 部长曾表示,
    校长曾在 (a verb, a preposition of the dictionary) stay a clause (persons227). The name is the surname and that
    word, whole, its letters held to twice the context's bar (董事|曾|繁城|不再 scores 0.013; people298).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> from zhkg.stages.segment import make_segmenter
    >>> from zhkg.stages.segment import token_table
    >>> t = "校长曾以莹反映，部长曾表示，董事曾繁城不再"
    >>> table = token_table(make_segmenter()(t))
    >>> [_surname_before_unknown(table, t, t.index("曾", k), load_lexicon()) for k in (0, 8, 14)]
    [True, False, True]
    """
    if text[start] not in lexicon.surnames:
        return False
    given = table.word_at(start + 1)
    return given is not None and given.idx == start + 1 and given.tag == "x" and 1 <= len(given.text) <= 2 \
        and all(map(is_han, given.text)) \
        and name_score(text[start:given.end], lexicon=lexicon) >= _CONTEXT_MIN_SCORE * 2


# a place in a photograph (图为穆加贝（左二）), no byline
_PHOTO_PLACE = re.compile(r"[左右前后][一二三四五六七八九十]|中")
# what jieba's dictionary tags a common word a bracket holds (水污染防治法（修正案）), or one opening it (（包括光）);
# a time word too (明日(周三), 今日(周末): the day a date falls on)
_WORD_TAGS = frozenset({"n", "vn", "v", "c", "p", "d", "t"})
_OPENING_TAGS = frozenset({"v", "c", "p", "d"})


def _bracketed_word(word: str) -> bool:
    """Whether a bracketed run of letters is a word, not a byline's name: a place in a photograph (左二), a word of
    the dictionary's (修正案), a day (周三) or a verb, conjunction or adverb and one letter more (包括光).

    >>> [_bracketed_word(w) for w in ("左二", "修正案", "周三", "包括光", "詹俊", "刘权有")]
    [True, True, True, True, False, False]
    """
    return _PHOTO_PLACE.fullmatch(word) is not None or dictionary_tag(word) in _WORD_TAGS \
        or len(word) == 3 and dictionary_tag(word[:2]) in _OPENING_TAGS


def _context_candidates(doc: Doc, ends: frozenset[int], lexicon: Lexicon) -> list[tuple[int, int, str]]:
    text = doc_text(doc)
    table = token_table(doc)
    found: list[tuple[int, int, str]] = []
    pats = _patterns(lexicon)
    for kind in ("byline", "reporter", "list", "appointed"):
        if kind in _TAIL_CUES and not _TAIL_CUES[kind].search(text):
            continue  # no list closed by a role: no scan
        for m in pats[kind].finditer(text):
            group_start = m.start(1)
            parts = [(group_start + p.start(), group_start + p.end()) for p in re.finditer(rf"{_CJK}+", m.group(1))]
            scores = [name_score(text[s:e], lexicon=lexicon) if 2 <= e - s <= 3 else 0.0 for s, e in parts]
            # a name listed with an appointed name that reads as one is appointed too when its letters may write a
            # name (改任黄复生、卢师谛为: 卢师谛 scores below the bar alone); not in a byline or a list closed by a
            # role, whose parts may be a company or an estate glued on (本报记者 徐婧婧|景顺长城基金)
            bar = _CONTEXT_MIN_SCORE / 10 if kind == "appointed" and max(scores, default=0.0) >= _CONTEXT_MIN_SCORE \
                else _CONTEXT_MIN_SCORE
            # (a credit by slash, or a byline's 报道, vouches for a name whose letters have no rate: 冯珂, 罗家晴)
            slashed = kind == "reporter" and text[:group_start].rstrip().endswith(CREDIT_SLASHES) \
                or kind == "byline" and m.group(2) is not None
            for (s, e), score in zip(parts, scores):
                if (score >= bar or slashed and _unrated_credit_name(text[s:e], lexicon)) \
                        and not _names_a_body(text[s:e], lexicon) \
                        and not (kind == "byline" and _bracketed_word(text[s:e])):
                    found.append((s, e, kind))
    if "日电" in text:
        found.extend(dateline_reporters(text, lexicon))
    if "记者" in text and "报" in text:
        found.extend(byline_pairs(text, lexicon))
    found.extend(_latin_after_role(text, lexicon))
    for m in (pats["link"].finditer(text) if _LINK_CUE.search(text) else ()):
        # the link says a page of a person or a body: a name with a surname first that jieba's dictionary knows as
        # a name or not at all, ending in no verb (美国|留学(微博) and 三位|留美(微博) are a keyword's link)
        for s in (m.start(1), m.start(1) + 1):
            e = m.end(1)
            name = text[s:e]
            if e - s >= 2 and name[0] in lexicon.surnames and dictionary_tag(name) in _NAME_TAGS \
                    and name[-1] not in _NOT_LAST and not any(ch in _NOT_IN_NAME for ch in name) \
                    and not dictionary_tag(name[-2:]).startswith("v") \
                    and (e - s == 3 or name_score(name, lexicon=lexicon) >= _CONTEXT_MIN_SCORE) \
                    and not _names_a_body(name, lexicon):
                found.append((s, e, "before_role"))
                break
    for kind in ("after_role", "called", "before_role", "headline", "born", "profile"):
        min_score = _CONTEXT_MIN_SCORE if kind == "profile" else _CONTEXT_MIN_SCORE * 5
        if (kind == "profile" and "男" not in text and "女" not in text) or (
                kind == "called" and "叫" not in text and "名" not in text) or (
                kind in _TAIL_CUES and not _TAIL_CUES[kind].search(text)):
            continue  # the cue's letter is not in the text: no scan
        for m in pats[kind].finditer(text):
            s = m.start(1)
            if kind == "headline" and _headline_place(m.group(1), lexicon):
                continue  # 沈阳：出租房已成犯罪窝点 heads a city's story
            if kind == "called":
                end = _best_name_at(text, s, m.end(1), ends, min_score, lexicon)
                if end is not None:
                    found.append((s, end, "after_role"))  # the name's span is fixed as a role's is
                continue
            if kind == "after_role":
                if _function_word_at(table, s):
                    if _surname_before_unknown(table, text, s, lexicon):
                        # the surname and the word jieba built after it, whole (董事|曾|繁城|不再; people298)
                        found.append((s, table.word_at(s + 1).end, kind))
                    continue  # 教授|和|厂里: a conjunction or preposition after the role opens no name
                if m.start() > 0 and text[m.start() - 1] in FOREIGN_SEPARATORS:
                    continue  # the "role" ends a joined foreign name (罗伯·可汗|公布): no title
                end = _married_name_end(text, s, ends, lexicon) \
                    or _best_name_at(text, s, m.end(1), ends, _CONTEXT_MIN_SCORE * 5, lexicon)
                if end is None:
                    end = _whole_word_name(table, s, lexicon)
                if end is not None and end - s >= 3 and text[end - 1] == "本" and text.startswith(_THIS_TIME, end):
                    end -= 1  # 副总统戈尔|本周末: 本 is "this" of the week, not the name's (overrides61)
                end = appointment_cut(text, s, end) if end is not None else None  # 刘宁|任河南省委书记 (careers307)
                if end is not None and end - s == 3 and dictionary_tag(text[s:s + 2]) == "v":
                    continue  # 主席|公布中, 市议员|初选领表: the surname opens a verb (公布, 初选), no name (roles246)
                if end is not None and not _common_word(text[s:end], lexicon):
                    found.append((s, end, kind))
                continue
            # the name ends where the match group ends; it may start one character later
            for s in (m.start(1), m.start(1) + 1):
                e = m.end(1)
                if kind == "profile" and not _opens_profile(text, s, lexicon):
                    continue  # 无境外居留权，男: a profile's name opens its clause or follows a title (roles39)
                if any(ch in _NOT_IN_NAME for ch in text[s + 1:e]):
                    continue  # 郭菲的|先生: 的 ends the name before the word
                if e - s == 3 and s > 0 and text[s - 1] == text[s]:
                    continue  # 谢谢|李杰先生: a doubled word (谢谢, 问问) ends on the letter before the name (cluener38)
                if 2 <= e - s <= 3 and name_score(text[s:e], lexicon=lexicon) >= min_score:
                    found.append((s, e, "born" if kind == "profile" else kind))  # a profile, as 生于 gives one
                    break
    return found


# what 本 ("this") opens after a name: a time or a round (戈尔|本周末, 米卢|本场)
_THIS_TIME = ("周", "月", "年", "届", "次", "场", "赛季", "轮", "日", "季度", "世纪")


def _opens_profile(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a profile's name at ``start`` may begin there: at the start of its clause, or right after a title
    (独立董事王海涛，男), never inside a run of words (中国国籍，无境外居留权，男: jieba's 居留权 is no name).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [_opens_profile(t, t.index(n), lex) for t, n in (("王海涛，男", "王海涛"), ("无境外居留权，男", "居留权"),
    ...                                                  ("公司董事王海涛，男", "王海涛"))]
    [True, False, True]
    """
    if start == 0 or not _CJK_LETTER.match(text[start - 1]):
        return True
    words = _role_word_set(lexicon)
    return any(text[max(0, start - k):start] in words for k in range(1, 8))


@lru_cache(maxsize=4)
def _role_word_set(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(lexicon.role_words)


# two to four capitalised Latin words (Chris Bowen, Julia Chang Bloch)
_LATIN_NAME = re.compile(rf"(?<![A-Za-z])({_LATIN_WORD}(?:[ \u00a0]{_LATIN_WORD}){{1,3}})(?![A-Za-z])")


# one capitalised Latin word, a given name: Emma, Leo (not MVP, not iPhone)
_LATIN_GIVEN = re.compile(r"(?<![A-Za-z0-9&.\-])([A-Z][a-z]{2,})(?![A-Za-z0-9&\-]|[ \u00a0][A-Za-z])")
# the last letter of a word for a person a given name is written after (诗人Emma, 留学生Leo, 男友Jeff); not 儿
# (甜姐儿Look is a style)
_PERSON_WORD_ENDS = frozenset("人生男女友子孩哥姐弟妹")


def _latin_after_role(text: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """A name in Latin letters right after a role word (部长Chris Bowen, 校长 Fernando Galvan) or a word for a
    person ending in 人 (俄罗斯人Alexey Pajitnov, 创始人 Jack Dorsey): one person. A given name alone is one
    right after a word for a person of two letters or more (经纪人Jeff, 留学生Leo), or after a role."""
    roles = _roles_before(lexicon)
    found = []
    for m in _LATIN_GIVEN.finditer(text):
        s = m.start()
        if (s >= 2 and text[s - 1] in _PERSON_WORD_ENDS and is_han(text[s - 2])) \
                or roles.search(text, max(0, s - 12), s):
            found.append((s, m.end(), "latin"))
    for m in _LATIN_NAME.finditer(text):
        s = m.start()
        role_end = s - 1 if s and text[s - 1] in " \u00a0" else s
        if (role_end >= 2 and text[role_end - 1] == "人" and is_han(text[role_end - 2])) \
                or roles.search(text, max(0, role_end - 12), role_end):
            found.append((s, m.end(), "latin"))
    return found
