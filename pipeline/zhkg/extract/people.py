"""PERSON extraction: Chinese personal names from lexical and contextual evidence.

jieba alone both splits names (劉權有 -> 刘权/有, 陳文成 -> 陈/文成) and tags
common words as names (施策, 文明 are "nr"). This module proposes candidates
from three sources and scores them with character statistics:

* contexts that announce a name: a byline in parentheses at the start of a body,
  ``通讯员 陈瑛 李会生``, a title or role right before a name (主席闫维洪), a list of
  names closed by 等 + a role (张吉辉、李伟涛……等委员), a headline ``陈文成:``;
* words jieba built itself (out of its dictionary) or tagged ``nr`` that begin
  with a surname;
* a surname token joined with the next token when the pair forms a plausible name;
* transliterated foreign names, parts joined by ·, ‧, •, ・ or a hyphen (唐纳德·特朗普,
  让-皮埃尔·拉法兰), each part made of characters seen in such names
  (``data/foreign_name_chars.txt``): taken whole, never split at the hyphen.

A Chinese candidate must begin with a known surname (``data/surnames.txt``) and its
given-name characters must be likely in names (``data/name_chars.tsv``, rates
derived from MSRA training data by ``tools/build_name_stats.py``). Context
candidates need less evidence from the characters than bare ones.

Layout (tidy80): this module keeps :func:`extract_people` (the sources in order, and how their candidates are
scored and merged), :func:`name_score` and the Chinese-name readers. Two parts took their groups word for word, and
every name they took is still importable from here (the very object):

- :mod:`zhkg.extract.foreign_names`: transliterated names whose parts a separator joins, where they start and end,
  the separators, and what is named after a person (罗纳德·里根|大厦);
- :mod:`zhkg.extract.foreign_people_by_context`: transliterations jieba knows that the words around them make a
  person's (总统|拜登, 默克尔|表示, 拜登|和普京), and hyphened names after a title (总理|赛塔-他威信).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.extract.base import doc_text, make_mention, token_boundaries, token_table
from zhkg.extract.dateline_reporters import dateline_reporters
from zhkg.extract.encyclopedia import encyclopedia_candidates
from zhkg.extract.foreign_names import (  # noqa: F401 (moved there by tidy80; tests and other modules import them here)
    _BECAUSE_AFTER,
    _DIVISION_HEADS,
    _DIVISION_TITLES,
    _FIRST_NAME_WORDS,
    _FUNCTION_TAGS,
    _GLUED_AFTER_FOREIGN,
    _GLUED_NOT_NAME,
    _KIN_TERMS,
    _LOCATIVES,
    _NAME_OPENERS,
    _NAME_WORD_TAGS,
    _NAMED_AFTER,
    _NOT_IN_NAME,
    _NOUN_ENDS,
    _SPLIT_OPENERS,
    EPONYMS,
    FOREIGN_SEPARATOR,
    FOREIGN_SEPARATORS,
    GLUED_NOT_NAME,
    GLUED_TITLES,
    NAME_DASH,
    NAMED_AFTER,
    NAMED_BODIES,
    NAMED_PLACES,
    _first_parts,
    _foreign_candidates,
    _foreign_part,
    _foreign_pattern,
    _foreign_tail,
    _name_tail,
    _name_word_head,
    _name_word_heads,
    _places_abroad,
    _position_before,
    _time_word_after,
    _unknown_tail,
    foreign_name_parts,
    glued_after_foreign_name,
    locative_after_noun,
    opens_foreign_name,
)
from zhkg.extract.foreign_people_by_context import (  # noqa: F401 (moved there by tidy80; tests and other modules import them here)
    _AFTER_NAME_TAGS,
    _COORDINATORS,
    _PLACE_LIKE_ENDS,
    _PLACE_OPENERS,
    _TITLED_PART,
    PERSON_VERBS,
    ROYAL_TITLES,
    _coordinated_partner,
    _place_of_the_act,
    _places_coordinated,
    _roles_before,
    _titled_hyphen_names,
    _transliterated_candidates,
)
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.segment import dictionary_tag, stock_tag
from zhkg.text import CREDIT_SLASHES, find_any, is_han, longest_first, names_pattern

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["extract_people", "name_score", "foreign_name_parts", "opens_foreign_name", "glued_after_foreign_name",
           "FOREIGN_SEPARATORS",
           "FOREIGN_SEPARATOR", "NAME_DASH"]


_CJK = r"[\u4e00-\u9fff]"
_CJK_LETTER = re.compile(_CJK)
# one word of a personal name in Latin letters: Bowen, McCain, O'Neil, Smith-Jones, an initial (J.)
_LATIN_WORD = r"(?:[A-Z][a-z]+(?:['\-][A-Z]?[a-z]+)*|Mc[A-Z][a-z]+|[A-Z]\.)"
# ...of them, the ones that open a verb right after a two-letter name (王锋|则指出, 张伦|到曹县, 王良|称)
_VERB_AFTER_NAME = frozenset("则称到")
# tags of jieba's dictionary for a word that is no one's name: a common noun, a verb, an adjective or adverb and
# the function words (see _common_word)
_COMMON_WORD_TAGS = frozenset({"n", "v", "vn", "vd", "a", "ad", "an", "d", "p", "c", "r", "m", "q", "u"})
_NEVER_IN_WORD_NAME = set("的了在是和与及等着过")
# Characters that end place and organisation names, never a personal name.
_NOT_LAST = set("区县省市镇乡村局部委办厅处科院校队所站社会")
_CONTEXT_MIN_SCORE = 0.004
#: Verbs that make someone something (任命X为…, 追封X为…): a name stands between them and 为.
_APPOINTING = "任命|委任|改任|调任|聘任|聘请|提拔|擢升|拔擢|册封|追封|加封|敕封|推举|选举|推选"
_LIST_ROLES = "委员|同志|代表|常委|成员|领导|干部|党员|教授|专家|院士|烈士|选手|队员|运动员|演员|老人|先生|女士"
_BARE_MIN_SCORE = 0.03
# what jieba's dictionary tags a name with, or x for a word it does not know
_NAME_TAGS = frozenset({"x", "nr", "nrfg", "nrt"})


def split_surname(name: str, known: frozenset[str]) -> tuple[str, str] | None:
    """``name`` as its surname among ``known`` (two letters first, when a given name is left) and its given name.

    >>> split_surname("欧阳震华", frozenset({"欧阳", "欧"})), split_surname("李明", frozenset({"李"}))
    (('欧阳', '震华'), ('李', '明'))
    """
    if len(name) >= 3 and name[:2] in known:
        return name[:2], name[2:]
    if name[:1] in known:
        return name[:1], name[1:]
    return None


def name_score(name: str, *, lexicon: Lexicon | None = None) -> float:
    """How name-like a string is: 0 without a surname, else a blend of its given-name characters' rates.

    >>> name_score("闫维洪") > 0.1, name_score("施策"), name_score("任务") < 0.01, name_score("丰泽区")
    (True, 0.0, True, 0.0)
    """
    if name[-1:] in _NOT_LAST:
        return 0.0
    lexicon = lexicon or load_lexicon()
    parts = split_surname(name, lexicon.surnames)
    if parts is None or not 1 <= len(parts[1]) <= 2:
        return 0.0
    rates = lexicon.given_rates
    given = [rates.get(ch, 0.0) for ch in parts[1]]
    return min(given) if len(given) == 1 else (min(given) + sum(given) / len(given)) / 2


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
        "byline": re.compile(rf"[(（]((?:{name})(?:\s+{name})*)[)）]"),
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
        # …or who others join (史树青等人, 史树青等专家)
        "before_role": re.compile(rf"({_CJK}{{2,3}})(?:总书记|同志|委员(?!会)|先生|女士|[(（]化名[)）]"
                                  rf"|等(?:人(?!民)|专家|学者|官员|将领|大臣))"),
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
    "before_role": re.compile(r"(?:总书记|同志|委员(?!会)|先生|女士|[(（]化名[)）]|等(?:人(?!民)|专家|学者|官员|将领|大臣))"),
    "profile": re.compile(r"(?:[,，:：]\s*[男女](?=[,，、;；。]|$)|[(（][男女][,，、)）]|[,，]?\s*性别[:：]?\s*[男女])", re.M),
}


def _best_name_at(
    text: str, start: int, max_end: int, ends: frozenset[int], min_score: float, lexicon: Lexicon
) -> int | None:
    """The end of the most name-like 2- or 3-character name starting at ``start``, if any."""
    best_end, best = None, min_score
    for length in (3, 2):
        end = start + length
        if end > max_end or any(ch in _NOT_IN_NAME for ch in text[start + 1 : end]):
            if length == 3 and end <= max_end and text[end - 1] in _VERB_AFTER_NAME and text[start + 1] not in _NOT_IN_NAME:
                min_score = min(min_score, _CONTEXT_MIN_SCORE)  # 王锋|则指出: a word after a two-letter name
            continue
        score = name_score(text[start:end], lexicon=lexicon)
        # A 3-character name must also end where jieba ends a word, or it swallows the next word's head.
        if length == 3 and end not in ends:
            continue
        if score >= best:
            best_end, best = end, score
            break
    if best_end is None and min_score <= _CONTEXT_MIN_SCORE:
        # 2-character names have one given character: accept the weaker evidence here too
        end = start + 2
        if end <= max_end and name_score(text[start:end], lexicon=lexicon) >= min_score:
            return end
    return best_end


# forms of address written after a name, never the given letters of a married name (李明|同志, 郁文|先生)
_ADDRESS_WORDS = frozenset({"同志", "先生", "女士", "小姐", "夫人", "太太", "老师", "师傅", "大夫", "同学", "老人",
                            "大娘", "大爷", "大妈", "阿姨", "大姐", "大哥", "老伯", "伯伯", "叔叔"})


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
    if text[start + 2:end] in _ADDRESS_WORDS or text[start + 2:end] in lexicon.role_words:
        return None  # 书记|李明同志, 委员|郁文先生: a two-letter name and a form of address (overrides51)
    return end if name_score(text[start + 1:end], lexicon=lexicon) >= _CONTEXT_MIN_SCORE * 5 else None


def _whole_word_name(table, start: int, lexicon: Lexicon) -> int | None:
    """The end of a 3-character word jieba built itself (tag x) at ``start`` that opens with a
    surname: after a role word that is a name even when its given characters are rare (立委|林为洲)."""
    k = table.token_of_char[start] if start < len(table.token_of_char) else -1
    if k < 0:
        return None
    word = table.words[k]
    if word.idx != start or word.tag != "x" or len(word.text) != 3:
        return None
    # jieba joined the characters into one word, so 为 (林为洲) may stand inside; particles may not
    if split_surname(word.text, lexicon.surnames) is None or any(ch in _NEVER_IN_WORD_NAME for ch in word.text[1:]):
        return None
    return word.end


def _common_word(name: str, lexicon: Lexicon) -> bool:
    """Whether letters after a role make a word of jieba's dictionary that names no one (教员|宿舍, 天主教|信徒,
    总统|宣布): the sentence's next word, not a name. A word the dictionary knows as a name stays (市长|高峰, nr), and
    so does a noun written all in the letters of transliterated names (南非总统|祖马: the dictionary's 祖马 is a
    noun).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> [_common_word(w, load_lexicon()) for w in ("宿舍", "宣布", "高峰", "祖马", "王伟")]
    [True, True, False, False, False]
    """
    tag = dictionary_tag(name)
    if tag not in _COMMON_WORD_TAGS:
        return False
    return tag != "n" or not all(ch in lexicon.foreign_name_chars for ch in name)


def _function_word_at(table, start: int) -> bool:
    """Whether jieba made the character at ``start`` a one-character function word (和 tagged c, not 和珅)."""
    k = table.token_of_char[start] if start < len(table.token_of_char) else -1
    if k < 0:
        return False
    word = table.words[k]
    return word.idx == start and len(word.text) == 1 and word.tag[:1] in _FUNCTION_TAGS


def _surname_before_unknown(table, text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a one-letter function word after a role is a surname that opens a name (校长|曾|以莹|反映: jieba reads
    曾 as the adverb "once", then builds the given name as an unknown word): the letter is a surname, the word after
    it is one or two letters jieba built itself (tag x), and the two read as a name (:func:`name_score`); 部长曾表示,
    校长曾在 (a verb, a preposition of the dictionary) stay a clause (persons227).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> from zhkg.stages.segment import make_segmenter
    >>> from zhkg.extract.base import token_table
    >>> t = "校长曾以莹反映，部长曾表示"
    >>> table = token_table(make_segmenter()(t))
    >>> [_surname_before_unknown(table, t, t.index("曾", k), load_lexicon()) for k in (0, 8)]
    [True, False]
    """
    if text[start] not in lexicon.surnames:
        return False
    given = table.word_at(start + 1)
    return given is not None and given.idx == start + 1 and given.tag == "x" and 1 <= len(given.text) <= 2 \
        and all(map(is_han, given.text)) \
        and name_score(text[start:given.end], lexicon=lexicon) >= _CONTEXT_MIN_SCORE * 5


def _names_a_body(word: str, lexicon: Lexicon) -> bool:
    """Whether a bracketed word is a body, not a byline's name: a party or a well-known organisation
    (立委王鴻薇(國民黨): the member's party)."""
    return word.endswith("党") or word in lexicon.known_organisations


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
            slashed = kind == "reporter" and text[:group_start].rstrip().endswith(CREDIT_SLASHES)
            for (s, e), score in zip(parts, scores):
                if (score >= bar or slashed and _unrated_credit_name(text[s:e], lexicon)) \
                        and not _names_a_body(text[s:e], lexicon) \
                        and not (kind == "byline" and _bracketed_word(text[s:e])):
                    found.append((s, e, kind))
    if "日电" in text:
        found.extend(dateline_reporters(text, lexicon))
    if "记者" in text and "报" in text:
        from zhkg.extract.byline_pairs import byline_pairs  # (it reads names with this module's scores)

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
                if _function_word_at(table, s) and not _surname_before_unknown(table, text, s, lexicon):
                    continue  # 教授|和|厂里: a conjunction or preposition after the role opens no name
                if m.start() > 0 and text[m.start() - 1] in FOREIGN_SEPARATORS:
                    continue  # the "role" ends a joined foreign name (罗伯·可汗|公布): no title
                end = _married_name_end(text, s, ends, lexicon) \
                    or _best_name_at(text, s, m.end(1), ends, _CONTEXT_MIN_SCORE * 5, lexicon)
                if end is None:
                    end = _whole_word_name(table, s, lexicon)
                if end is not None and end - s >= 3 and text[end - 1] == "本" and text.startswith(_THIS_TIME, end):
                    end -= 1  # 副总统戈尔|本周末: 本 is "this" of the week, not the name's (overrides61)
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


def _unrated_credit_name(name: str, lexicon: Lexicon) -> bool:
    """Whether a part of a credit by slash (《零距离》记者/冯珂) is a name though its given letters have no rate in
    ``name_chars.tsv`` (珂, 翀): a surname first, two or three letters, no dictionary word, no letter ending a place's
    or a body's name or never in one (orgs132; ``tests/test_orgs132.py``)."""
    return 2 <= len(name) <= 3 and name[0] in lexicon.surnames and dictionary_tag(name) == "x" \
        and not any(ch in _NOT_LAST or ch in _NEVER_IN_WORD_NAME for ch in name[1:])


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


def _headline_place(name: str, lexicon: Lexicon) -> bool:
    """Whether a headline's opening word is a province's or a city's name (沈阳：…, 武汉：…), full or short: the
    place whose story it heads, no speaker.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> [_headline_place(n, load_lexicon()) for n in ("沈阳", "武汉市", "孙威", "黄奇帆")]
    [True, True, False, False]
    """
    from zhkg.resources.gazetteer import load_gazetteer

    return any(d.level in (1, 2) for d in load_gazetteer(lexicon).candidates(name))


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


def _city_word(word: str, following: str, lexicon: Lexicon) -> bool:
    """Whether a word jieba built is a province's or a city's name (高雄: surname 高 and a given name to the
    letters), or one glued to the first letter of a dictionary word after it (在高雄興建: 高雄兴|建): a place, no
    person.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> [_city_word(w, f, load_lexicon()) for w, f in (("高雄", "的"), ("高雄兴", "建"), ("高雄飞", "表示"), ("孙威", "说"))]
    [True, True, False, False]
    """
    if _headline_place(word, lexicon):
        return True
    return len(word) == 3 and _headline_place(word[:2], lexicon) and dictionary_tag(word[2] + following[:1]) != "x"


def _lexical_candidates(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    found = []
    known = lexicon.surnames
    tokens = [t for t in token_table(doc).words if not t.is_space]
    for i, tok in enumerate(tokens):
        word, tag = tok.text, tok.tag
        # only words jieba built itself: its dictionary "nr" words are mostly common nouns (智慧, 关怀)
        if tag == "x" and 2 <= len(word) <= 3 and name_score(word, lexicon=lexicon) >= _BARE_MIN_SCORE:
            following = tokens[i + 1].text if i + 1 < len(tokens) else ""
            if not _city_word(word, following, lexicon):
                found.append((tok.idx, tok.idx + len(word), "jieba_" + tag))
            continue
        # 陈 + 文成, 刘 + 全顺: a lone surname followed by a short word
        if word in known and i + 1 < len(tokens):
            nxt = tokens[i + 1]
            if nxt.idx == tok.idx + len(word) and 1 <= len(nxt.text) <= 2 and nxt.tag in ("x", "nr", "nrfg", "nz", "nrt"):
                pair = word + nxt.text
                if name_score(pair, lexicon=lexicon) >= _BARE_MIN_SCORE:
                    found.append((tok.idx, tok.idx + len(pair), "surname_join"))
    return found


# marks parting a list's items (国投瑞银、易方达等): a name of the dictionary there is as often a company's
_LIST_MARKS = frozenset("、")
# one-letter verbs a person is the doer of, after a name (上官婉儿|是, 白崇禧|说); others follow places and things
# as often (向左走|到); 是 only after a compound surname (季后赛|是)
_SAYS = "是说称道问答"


def _dictionary_name_candidates(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Chinese names jieba's dictionary knows (tag nr: 白崇禧, 上官婉儿, 东方朔) where a clause opens with them and a
    verb follows (上官婉儿|是, 东方朔|出生): a compound surname and a given name of one or two letters, the whole no
    place; after a single surname, only before a verb of saying (白崇禧|表示), no two of its letters a word.
    Mid-clause, in a list or before a noun, the dictionary's names are as often a song, a landmark or a company
    (东方红|太阳升, 东方明珠|塔, 国投瑞银、易方达), and its two-letter nr words common nouns (智慧, 关怀): those are
    left to the recogniser.

    >>> from zhkg.stages.segment import make_nlp
    >>> [(s, e) for s, e, _ in _dictionary_name_candidates(make_nlp()("白崇禧表示同意。"), load_lexicon())]
    [(0, 3)]
    """
    text = doc_text(doc)
    words = [w for w in token_table(doc).words if not w.is_space]
    found = []
    for i, w in enumerate(words[:-1]):  # jieba's whole table asked last: most words open no clause (speed191)
        if not 2 <= len(w.text) <= 4 or (i and not (words[i - 1].is_punct and words[i - 1].text not in _LIST_MARKS)) \
                or w.tag != "nr" and stock_tag(w.text) != "nr":
            continue
        nxt = words[i + 1]
        if len(w.text) == 2:
            if nxt.idx == w.end and _word_name_speaks(w.text, text, w.end, lexicon):
                found.append((w.idx, w.end, "dictionary"))
            continue
        parts = split_surname(w.text, lexicon.surnames)
        if nxt.idx != w.end or parts is None or not 1 <= len(parts[1]) <= 2 or _headline_place(w.text, lexicon) \
                or not ((nxt.tag[:1] == "v" and (len(nxt.text) >= 2 or nxt.text in _SAYS))
                        or text.startswith(PERSON_VERBS, w.end)):
            continue
        # after a single surname, the dictionary's nr words are common nouns as often (高中|生, 曾祖|父, 季后赛|开始):
        # no two of its letters a word, and a verb of saying after
        if len(parts[0]) == 1 and (dictionary_tag(w.text[:2]) != "x" or dictionary_tag(w.text[1:]) != "x"
                                   or not (text.startswith(PERSON_VERBS, w.end) or nxt.text in _SAYS[1:])):
            continue
        found.append((w.idx, w.end, "dictionary"))
    return found


# a performance's or a work's credit right after a name (曲婉婷原唱, 马苏领衔主演, 雷颂德作曲, 于洋主持): the person
# credited; a name only (no 导演, 创作, 配音: 电影导演, 由他们创作, 为X配音 name a role or a character)
_CREDIT_VERBS = ("原唱", "演唱", "翻唱", "主演", "领衔主演", "饰演", "出演", "执导", "作词", "作曲", "编曲", "编剧",
                 "主持")
_CREDIT_CUE = re.compile("|".join(_CREDIT_VERBS))
# what stands right before such a name: a mark that opens a clause or parts a list, 是 or 由, a conjunction
# (是曲婉婷原唱, 、马苏领衔主演, 谭晶和韩庚); a letter of a longer word (歌曲|演唱, 本片|主演) is none of these
_BEFORE_CREDITED = frozenset("，,、。；;：:（(“\"《》）)」「 \u3000是由和与及")


def _credited_name_candidates(doc: Doc, starts: frozenset[int], ends: frozenset[int],
                              lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """A Chinese name of two or three letters right before a verb of a credit (原唱, 主演, 作曲, 主持 …), a clause's
    mark, 是, 由 or a conjunction right before it: the one credited (people39; DuIE's song and film pages:
    由夏至作词，雷颂德作曲; 杜淳、马苏领衔主演). A surname opens it, jieba reads the verb as a word of its own, none of its letters
    is a function word's, it is no word of jieba's dictionary that names no one, and its letters read as a name's
    (the weaker evidence a context gives). Read as a name before a role is.

    >>> from zhkg.stages.segment import make_nlp
    >>> doc = make_nlp()("由夏至作词，雷颂德作曲")
    >>> [doc.text[s:e] for s, e, _ in _credited_name_candidates(doc, *token_boundaries(doc), load_lexicon())]
    ['雷颂德']
    """
    text = doc_text(doc)
    found = []
    for m in _CREDIT_CUE.finditer(text):
        at = m.start()
        if at not in starts or m.end() not in ends:
            continue  # the verb is a piece of another word (合|作曲, 主持人 a role, 演唱会 an event)
        for size in (3, 2):
            s = at - size
            name = text[s:at]
            if s < 0 or not all(is_han(ch) for ch in name) or (s and text[s - 1] not in _BEFORE_CREDITED):
                continue
            parts = split_surname(name, lexicon.surnames)
            if parts is None or any(ch in _NOT_IN_NAME for ch in parts[1]) or name[0] in _BEFORE_CREDITED \
                    or _common_word(name, lexicon) or _names_a_body(name, lexicon) \
                    or name_score(name, lexicon=lexicon) < _CONTEXT_MIN_SCORE:
                continue
            found.append((s, at, "before_role"))
            break
    return found


# verbs of saying after which a clause-opening word jieba's dictionary tags a name (nr) of a surname and one
# letter is the person who speaks (高明|告诉记者, 白云|指出); people36
_SAYING_VERBS = ("表示", "说", "指出", "强调", "认为", "透露", "告诉", "坦言", "介绍说")
# letters that open a form of address or a transliteration as often as a surname (阿姨, 阿伦 of 雷阿伦, 老张, 小李):
# such a word is left to the recogniser and to the document's fuller name
_ADDRESS_PREFIXES = frozenset("阿老小")
# the least such a word's letters must score as a name's (阿姨 0.0, 吕老 0.002; 林立 0.023, 高明 0.064)
_WORD_NAME_MIN_SCORE = 0.015


def _word_name_speaks(word: str, text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether a two-letter word jieba's dictionary tags a name (nr), a single surname's letter first, opening a
    clause, is a person: a verb of saying right after it and its letters reading as a name's (高明|告诉记者, not
    阿姨|说). On train gold (MSRA less dev, CLUENER less dev, Weibo), clause-opening nr words before a verb of saying
    are people 69 times in 77; the 8 others (阿姨, 吕老, 付某 …) score below the floor, open with 阿 or are no
    dictionary nr."""
    return word[0] in lexicon.surnames and word[0] not in _ADDRESS_PREFIXES and text.startswith(_SAYING_VERBS, end) \
        and name_score(word, lexicon=lexicon) >= _WORD_NAME_MIN_SCORE


# a compound surname that is also a common word of direction or number opens no name by itself (东方|卫视, 百里,
# 第五): jieba's tags for those words
_COMPOUND_WORD_TAGS = frozenset({"s", "m", "f"})
# words for a family or a pair after a surname: the family, no one person (欧阳|兄弟, 司马|家族)
_FAMILY_WORDS = frozenset({"兄弟", "姐妹", "家族", "世家", "家庭", "一家", "父子", "父女", "母子", "母女", "夫妇",
                           "夫妻", "家人", "后人", "后裔", "子孙", "宗族", "氏", "家", "府", "门"})
# the least a compound surname's given name must score when jieba holds it as a word of its dictionary (令狐|建国:
# 建国 scores 0.018; 上官|方面 0.0013, 东方|卫视 0.0128, 司马|先生 0.0132 name no one)
_WORD_GIVEN_MIN_SCORE = 0.015
# a verb of saying jieba glues to a one-letter given name (夏侯|明说, 钟离|春说)
_GLUED_SAYS = frozenset("说称道")


def _compound_given_candidates(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """A compound surname opening a clause, a word of its own, then a given name jieba reads as a word of its
    dictionary (令狐|建国, a place to it; 宇文|海洋) or glues to a verb of saying (夏侯|明说), the whole followed by a
    verb: 令狐建国表示 → 令狐建国, 夏侯明说， → 夏侯明. The recogniser, which learnt few compound surnames, reads
    the surname alone or nothing; ``_dictionary_name_candidates`` and ``surname_join`` take only names jieba built
    or holds whole. Not a surname that is a word of direction or number (东方|卫视, 第五), not a family word (欧阳|兄弟),
    not a given name whose letters score low as a name's (上官|方面), nor a role (司徒|主任).

    >>> from zhkg.stages.segment import make_nlp
    >>> [(s, e) for s, e, _ in _compound_given_candidates(make_nlp()("令狐建国表示同意。夏侯明说，不。"), load_lexicon())]
    [(0, 4), (9, 12)]
    """
    text = doc_text(doc)
    words = [w for w in token_table(doc).words if not w.is_space]
    found = []
    for i, w in enumerate(words[:-2]):
        if w.text not in lexicon.compound_surnames or dictionary_tag(w.text) in _COMPOUND_WORD_TAGS \
                or (i and not (words[i - 1].is_punct and words[i - 1].text not in _LIST_MARKS)):
            continue
        given, nxt = words[i + 1], words[i + 2]
        if given.idx != w.end or nxt.idx != given.end or not all(is_han(ch) for ch in given.text):
            continue
        if len(given.text) == 2 and given.text[1] in _GLUED_SAYS and given.text[0] not in _NOT_IN_NAME \
                and (nxt.is_punct or nxt.tag[:1] == "r"):
            end = given.idx + 1  # 夏侯|明说|， : 夏侯明 and 说
        elif 1 <= len(given.text) <= 2 and given.tag[:1] not in _FUNCTION_TAGS and given.tag[:1] not in "rmq" \
                and (text.startswith(PERSON_VERBS, given.end) or (nxt.tag[:1] == "v" and len(nxt.text) >= 2)
                     or nxt.text in _SAYS[1:]):
            end = given.end
        else:
            continue
        name = text[w.idx:end]
        if name[2:] in _FAMILY_WORDS or name[2:] in lexicon.role_words \
                or name_score(name, lexicon=lexicon) < _WORD_GIVEN_MIN_SCORE:
            continue
        found.append((w.idx, end, "compound"))
    return found


def _listed_candidates(text: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Every occurrence of a name in the user's ``people.txt``, taken whole."""
    if not lexicon.people:
        return []
    return [(m.start(), m.end(), "lexicon") for m in names_pattern(lexicon.people).finditer(text)]


def extract_people(doc: Doc, *, lexicon: Lexicon | None = None) -> list[Mention]:
    """PERSON mentions in a ``Doc`` of normalised text, sorted by offset.

    ``lexicon`` defaults to :func:`~zhkg.resources.lexicon.load_lexicon`; names in
    its ``people`` (a user's ``people.txt``) are found whole and win over the rest.

    >>> from zhkg.stages.segment import make_nlp
    >>> doc = make_nlp()("区政协党组书记、主席闫维洪身先士卒")
    >>> [m.text for m in extract_people(doc)]
    ['闫维洪']
    """
    lexicon = lexicon or load_lexicon()
    starts, ends = token_boundaries(doc)
    listed = _listed_candidates(doc_text(doc), lexicon)
    foreign = _foreign_candidates(doc, lexicon)
    # (a titled name the lists read already keeps their span: 主帅|科特-兰比斯|很, not 兰比斯很)
    read = {i for s, e, _ in foreign for i in range(s, e)}
    foreign += [c for c in _titled_hyphen_names(doc, lexicon) if read.isdisjoint(range(c[0], c[1]))]
    # a transliterated name is taken whole: nothing found inside it by the other rules stands beside it
    inside_foreign = {i for s, e, _ in foreign for i in range(s, e)}
    # (a credited name is read before the characters-only readings of the same span, which the model must confirm)
    others = [c for c in _context_candidates(doc, ends, lexicon) + _credited_name_candidates(doc, starts, ends, lexicon)
              + _lexical_candidates(doc, lexicon)
              + _transliterated_candidates(doc, lexicon)
              + _dictionary_name_candidates(doc, lexicon)
              + encyclopedia_candidates(doc_text(doc), starts, ends, lambda name: name_score(name, lexicon=lexicon),
                                        lexicon.surnames)
              if inside_foreign.isdisjoint(range(c[0], c[1]))]
    # a compound surname's name before a verb it was glued to (钟离|春说) is read without the verb
    compound = [c for c in _compound_given_candidates(doc, lexicon) if inside_foreign.isdisjoint(range(c[0], c[1]))]
    glued = {(s, e + 1) for s, e, _ in compound}
    others = [c for c in others if (c[0], c[1]) not in glued] + compound
    candidates = listed + foreign + [_credited(c, doc_text(doc)) for c in others]
    names = {doc_text(doc)[s:e] for s, e, _ in candidates}
    # every occurrence of a name found anywhere in the document is a mention of it
    spans: dict[tuple[int, int], str] = {}
    for s, e, kind in candidates:
        spans.setdefault((s, e), kind)
    for span in find_any(names, doc_text(doc)):
        spans.setdefault(span, "repeat")
    if listed:  # the user's names are certain: nothing found by the rules may cut into them
        taken = {i for s, e, _ in listed for i in range(s, e)}
        spans = {span: kind for span, kind in spans.items()
                 if kind == "lexicon" or taken.isdisjoint(range(*span))}
    chosen = _drop_overlaps(sorted(spans.items(), key=lambda kv: (kv[0][0], -(kv[0][1] - kv[0][0]))))
    return [make_mention(doc, s, e, Label.PERSON, MentionSource("people:" + kind)) for (s, e), kind in chosen]


def _credited(candidate: tuple[int, int, str], text: str) -> tuple[int, int, str]:
    """A name before 饰 closing a bracket is an actor credited for a role (许仙(任泉饰)): the name without 饰,
    and no byline though a byline's brackets hold it."""
    s, e, kind = candidate
    if e - s == 3 and text[e - 1] == "饰" and text[e:e + 1] in ")）":
        return s, e - 1, "before_role" if kind == "byline" else kind
    return candidate


def _drop_overlaps(items: list[tuple[tuple[int, int], str]]) -> list[tuple[tuple[int, int], str]]:
    """Keep the earliest, then longest, of overlapping spans."""
    out: list[tuple[tuple[int, int], str]] = []
    last_end = -1
    for (s, e), kind in items:
        if s >= last_end:
            out.append(((s, e), kind))
            last_end = e
    return out
