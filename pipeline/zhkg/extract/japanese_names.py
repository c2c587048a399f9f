"""Japanese people by their family names: names the recogniser cuts or misses in world and entertainment news.

A Japanese name is a family name of two or more characters and a given name of one or two (茂木敏充, 丰田章男,
宫崎骏, 是枝裕和). jieba knows few of them: it reads 茂木敏充 as one unknown word, or cuts 丰田|章|男 and 是|枝裕|和, and
the recogniser, reading characters, stops one short (茂木敏, 丰田章) or reads nothing. With the family names of
``data/japanese_surnames.txt`` (``Lexicon.japanese_surnames``) this module, run by
:func:`zhkg.extract.combine.combine_mentions` after the other people rules, reads:

* a person of a family name and one given letter that the text goes on with a second: the rest of jieba's unknown
  word (茂木敏|充; or of its unknown word over the given name alone, 宫野|真守), or a letter Japanese given names end with standing as a word of its own (丰田章|男);
* a family name with its given name where the sentence puts a person and the model read none: after a title or an
  occupation (导演|是枝裕和, 外相|茂木敏充), or after a Japanese person and 和, 与 or 、 (长泽雅美和|绫濑遥). The given name is
  two letters when the text closes it there, or writes the whole name twice; one when the text closes it after one.
  The name is then a person wherever the document writes it;
* a family name with a given name of two or three letters that ends as given names end, set apart in the text: no
  letter before it but 、, 的, 和, 与 or 优 (声优), no letter after it but one that follows names (的, 在, 是 …), and
  jieba's words inside it no verb, time or numeral (a cast 夏帆、坂井真纪、森下爱子, 曲:长谷川集平, cv.小林爱香; not
  丰田|计划|明年). Before a verb of taking a post (出任, 接替 …) the given name may be one or two letters of any
  ending (片山皋月|出任, 中野洋昌|接替: orgs160; or a comma between, 的木原稔，出任: people301). A given name ending in 也 must be followed by no letter
  (安藤梢|也将 is 安藤梢). The pieces the
  recogniser read inside it give way; a name another mention crosses, or a body or a coded place covers, stands.

A name inside another name (a company 丰田汽车, a place) is never taken.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from zhkg.extract.base import in_place_order, replaced
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import TokenTable
from zhkg.text import Span, SpanIndex, find_all, is_han, longest_first

__all__ = ["japanese_names", "japanese_full_name", "TIMES_OF_DAY"]

# letters Japanese given names often end with (章男, 一夫, 春树, 雅美, 晋三, 翔平, 直人, 馨祐, 雄佑)
_GIVEN_ENDINGS = frozenset("男郎雄夫子也彦树介太美香惠江代奈一二三平史治之吾朗明弘浩宏隆昭正充信次纪人祐佑")
# words after which news names a person (besides the role words): occupations
_OCCUPATIONS = ("演员", "女演员", "男演员", "歌手", "女星", "男星", "明星", "作家", "小说家", "漫画家", "画家", "设计师",
                "选手", "棋手", "偶像", "艺人", "导演", "监督", "声优", "得主", "球星", "名将", "教授", "学者",
                # a prefecture's governor, Japan's own title (东京都知事小池百合子)
                "知事",
                # a footballer's position (杰志中场神田梦实, defects172)
                "中场", "前锋", "后卫", "门将", "球员")
# letters that end a name: particles, conjunctions, verbs and time words that follow one
_STOPS = frozenset("的在说和与是等也将已曾被把对向从于为了着过及并而但都就还又再才称指则即表今昨明周日月年")
#: times of day whose first letter a reader may glue onto the name before them (木原稔|下午, 王刚|上午; sites198)
TIMES_OF_DAY = ("上午", "下午", "中午")
_LIST_JOINERS = ("和", "与", "、")
# letters before 日本 that make Japan a posting or a partner, not the title's holder (中国驻日本大使, 访日本)
_NOT_HOLDER_BEFORE = frozenset("驻访赴对与和同跟及在至到向从离")
# where a clause ends: a title after it is no longer Japan's
_CLAUSE_ENDS = frozenset("，。；！？：:,;!?、（）()《》“”「」\n")
# how far after 日本 a title may end (日本驻大阪总领事馆总领事, 日本经济产业大臣)
_TITLE_REACH = 10
# jieba's tags of a word of two or more letters no name holds: verbs, prepositions, time, numerals, localisers,
# pronouns, conjunctions, adverbs, particles (访华|期间, 会见 are no name)
_NOT_NAME_TAGS = frozenset("vptmfrcdu")


@lru_cache(maxsize=4)
def _surname_pattern(surnames: frozenset[str]) -> re.Pattern[str] | None:
    return re.compile(longest_first(surnames)) if surnames else None


def japanese_full_name(name: str, lexicon: Lexicon) -> bool:
    """Whether ``name`` is a Japanese family name and a given name of two or three letters that ends as given names
    end (高桥|美佳子, 宫野|真守): one person, never a name run into the next word.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> japanese_full_name("高桥美佳子", load_lexicon()), japanese_full_name("高桥表示说", load_lexicon())
    (True, False)
    """
    pattern = _surname_pattern(lexicon.japanese_surnames)
    found = pattern.match(name) if pattern is not None else None
    given = name[found.end():] if found else ""
    return 2 <= len(given) <= 3 and given[-1] in _GIVEN_ENDINGS and not any(c in _STOPS for c in given)


def _closed(text: str, i: int, table: TokenTable) -> bool:
    """Whether a name may end before ``text[i]``: the text's end, no letter, a letter that follows names or a
    verb or preposition jieba reads from there (绫濑遥|出席)."""
    if i >= len(text) or not is_han(text[i]) or text[i] in _STOPS:
        return True
    word = table.word_at(i)
    return word is not None and word.idx == i and len(word.text) >= 2 and word.tag[:1] in "vp"


def _given_length(text: str, s: int, surname: str, table: TokenTable) -> int:
    """The length of the given name after ``surname`` at ``s`` (2, 1 or 0: none)."""
    g = s + len(surname)
    two = text[g:g + 2]
    if len(two) == 2 and all(map(is_han, two)) and text[g + 1:g + 3] not in TIMES_OF_DAY and (
            text.count(surname + two) >= 2 or not any(c in _STOPS for c in two) and _closed(text, g + 2, table)):
        return 2  # (木原|稔下|午: a time of day opens after 稔)
    if g < len(text) and is_han(text[g]) and text[g] not in _STOPS and (
            _closed(text, g + 1, table) or text[g + 1:g + 3] in TIMES_OF_DAY):
        return 1
    return 0


def _slot_before(text: str, s: int, lexicon: Lexicon, people_ends: dict[int, Mention], japanese) -> bool:
    """Whether the sentence puts a person at ``s``: after a title or an occupation, or after a Japanese person
    and 和, 与 or 、."""
    if text.endswith(lexicon.role_words, 0, s) or text.endswith(_OCCUPATIONS, 0, s):
        return True
    if text[s - 1:s] in _LIST_JOINERS:
        before = people_ends.get(s - 1)
        return before is not None and japanese.match(before.simplified) is not None
    return False


def _japan_title_ends(text: str, lexicon: Lexicon) -> list[int]:
    """Where a title Japan holds ends: the first title (a role word or an occupation) in a clause that 日本 opens
    (日本外务大臣, 日本驻上海总领事, 日本自民党干事长), not one of a clause that posts someone to Japan (中国驻日本大使)."""
    titles = lexicon.role_words + _OCCUPATIONS
    ends = []
    j = text.find("日本")
    while j >= 0:
        if text[j - 1:j] not in _NOT_HOLDER_BEFORE:
            for p in range(j + 3, min(len(text), j + 2 + _TITLE_REACH) + 1):
                if text[p - 1] in _CLAUSE_ENDS:
                    break
                if text.endswith(titles, j + 2, p) and not text.endswith(titles, j + 2, p + 1):
                    ends.append(p)
                    break
        j = text.find("日本", j + 2)
    return ends


def _closed_or_timed(text: str, i: int, table: TokenTable) -> bool:
    """:func:`_closed`, or a time word jieba reads from ``text[i]`` (赤松秀一|当天)."""
    word = table.word_at(i)
    return _closed(text, i, table) or word is not None and word.idx == i and len(word.text) >= 2 and word.tag == "t"


def _name_after_title(text: str, p: int, table: TokenTable, lexicon: Lexicon) -> int:
    """The end of a name of three or four letters right after a title ending at ``p`` (0 when there is none): a
    run jieba starts a word at, holding no stop letter and no word of a kind no name holds, one of its words
    a name's or an unknown one (岩屋毅, 赤松|秀一, 林芳|正在 → 林芳正) or the whole a listed family name and a given
    name that ends as given names end (上|川|阳子: jieba reads no name in it; review162), and closed after (a stop
    letter, a verb, a preposition or a time word jieba reads there)."""
    first = table.word_at(p)
    if first is None or first.idx != p:
        return 0
    for length in (4, 3):
        e = p + length
        name = text[p:e]
        if len(name) < length or not all(map(is_han, name)) or any(c in _STOPS for c in name) \
                or not _closed_or_timed(text, e, table) or text[e - 1:e + 1] in TIMES_OF_DAY:
            continue  # (木原稔|下午: no 木原稔下)
        words, i = [], p
        while i < e:
            word = table.word_at(i)
            if word is None:
                break
            if word.end <= e:
                words.append(word)
            i = word.end
        if any(len(w.text) >= 2 and w.tag[:1] in _NOT_NAME_TAGS for w in words):
            continue
        if any(w.tag == "x" or w.tag.startswith("nr") for w in words) or japanese_full_name(name, lexicon):
            return e
    return 0


def _titled_japanese(mentions: list[Mention], text: str, table: TokenTable, lexicon: Lexicon,
                     original: str) -> list[Mention]:
    """``mentions`` with the name after a title Japan holds read as a person whatever its family name
    (日本外务大臣|岩屋毅, 日本驻上海总领事|赤松秀一): jieba reads such a name as one unknown word or as an unknown
    part, and the list of family names holds only the common ones. A person of two letters the recogniser read
    there, which the text goes on with a name's letter, is the whole name (林芳|正在 → 林芳正)."""
    ends = _japan_title_ends(text, lexicon)
    if not ends:
        return mentions
    doc_id = mentions[0].doc_id if mentions else ""
    index = SpanIndex(mentions)
    names = set()
    for p in ends:
        e = _name_after_title(text, p, table, lexicon)
        if e and _free_for(index, p, e):
            names.add(text[p:e])
    if not names:
        return mentions
    # the name is a person wherever the document writes it again (林芳正在接受采访时说)
    drop: set[int] = set()
    added = []
    for name in sorted(names):
        for found in find_all(name, text):
            s, e = found.span()
            if not _free_for(index, s, e) or not _closed_or_timed(text, e, table):
                continue  # (森山裕 is not the start of 森山裕子)
            drop.update(id(m) for m in index.overlapping(Span(s, e)))
            added.append(Mention(doc_id, s, e, (original or text)[s:e], name, Label.PERSON,
                                 MentionSource.PEOPLE_JAPANESE))
    return [m for m in mentions if id(m) not in drop] + added


# letters a name set apart may follow (a list's 、, a possessive 的, 和/与, 声优)
_SET_APART_AFTER = frozenset("、的和与优")
# letters a given name before such a verb may not hold: those that follow names, but 月 and 明 (皋月, 明美)
_POSTED_STOPS = _STOPS - frozenset("月明")
# verbs of taking a post that may follow a name set apart (片山皋月|出任财务大臣, 中野洋昌|接替他; orgs160)
_POST_VERBS = ("出任", "转任", "接任", "接替", "担任", "升任", "就任", "兼任", "留任", "获任", "续任", "改任")


def _set_apart(text: str, s: int, e: int, table: TokenTable, lexicon: Lexicon) -> bool:
    """Whether ``text[s:e]``, a family name and a given name, stands apart from the words around it (see the
    module's notes)."""
    name = text[s:e]
    # before a verb of taking a post, any given name of one or two letters (片山皋月|出任, 中野洋昌|接替)
    # (or after a comma: 心腹的木原稔，出任官房长官; people301)
    posted = (text.startswith(_POST_VERBS, e) or text[e:e + 1] in "，," and text.startswith(_POST_VERBS, e + 1)) \
        and _posted_name(name, lexicon)
    if not (posted or japanese_full_name(name, lexicon)) \
            or s > 0 and is_han(text[s - 1]) and text[s - 1] not in _SET_APART_AFTER:
        return False
    if not posted and e < len(text) and is_han(text[e]) and (text[e] not in _STOPS or name.endswith("也")):
        return False
    word = table.word_at(s)
    if word is None or word.idx != s:
        return False
    i = s
    while i < e:
        word = table.word_at(i)
        if word is None or word.end > e:
            return False
        if len(word.text) >= 2 and word.tag[:1] in _NOT_NAME_TAGS:
            return False
        i = word.end
    return True


def _posted_name(name: str, lexicon: Lexicon) -> bool:
    """Whether ``name`` is a Japanese family name and a given name of one or two Han letters, none a letter that
    follows names (中野|洋昌, 片山|皋月; not 中野|表示; 月 and 明 are given names' as often)."""
    pattern = _surname_pattern(lexicon.japanese_surnames)
    found = pattern.match(name) if pattern is not None else None
    given = name[found.end():] if found else ""
    return 1 <= len(given) <= 2 and all(map(is_han, given)) and not any(c in _POSTED_STOPS for c in given)


def _set_apart_names(mentions: list[Mention], text: str, table: TokenTable, lexicon: Lexicon,
                     pattern: re.Pattern[str], original: str) -> list[Mention]:
    """``mentions`` with the Japanese names the text sets apart read as people (see the module's notes)."""
    index = SpanIndex(mentions)
    drop: set[int] = set()
    added = []
    for found in pattern.finditer(text):
        s = found.start()
        for length in (3, 2, 1):
            e = found.end() + length
            if e > len(text) or not _set_apart(text, s, e, table, lexicon):
                continue
            inside = index.overlapping(Span(s, e))
            if any(m.start < s or e < m.end or (m.start, m.end) == (s, e) and m.label is Label.PERSON
                   or m.label is Label.ORGANIZATION or m.code for m in inside):
                break
            drop.update(id(m) for m in inside)
            added.append(Mention(mentions[0].doc_id if mentions else "", s, e, (original or text)[s:e], text[s:e],
                                 Label.PERSON, MentionSource.PEOPLE_JAPANESE))
            break
    if not added:
        return mentions
    return replaced(mentions, drop, added)


def _free_for(index: SpanIndex, s: int, e: int) -> bool:
    """Whether a name at ``text[s:e]`` may be taken: nothing overlaps it but a person of two letters the recogniser
    or jieba cut from its start (林芳 of 林芳正); a name another rule read there stands, and so does anything else."""
    return all(m.label is Label.PERSON and m.start == s and m.end - m.start == 2 and m.end < e
               for m in index.overlapping(Span(s, e)))


def _carved_names(mentions: list[Mention], text: str, table: TokenTable, lexicon: Lexicon, pattern: re.Pattern[str],
                  original: str) -> list[Mention]:
    """``mentions`` with Japanese names whose family name the recogniser carved: a person it read from the
    family name's second letter (子|安秀明, jieba's one unknown word 子安秀明), and a place that is a family name
    with a given name after it (东山|纪之在, 导演：新田|真三): jieba reads the given name as an unknown word, or a
    title or an occupation stands before. A coded place (a division's name) is left alone."""
    heads = {found.start(): found.group() for found in pattern.finditer(text)}
    out = []
    for m in mentions:
        if m.label is Label.PERSON:
            for s in (m.start - 1, m.start - 2):
                surname = heads.get(s, "")
                word = table.word_at(s)
                if s < m.start < s + len(surname) < m.end and word is not None and word.idx == s \
                        and word.tag == "x" and word.end >= m.start + 1:
                    m = replace(m, start=s, text=(original or text)[s:m.end], simplified=text[s:m.end], canonical="")
                    break
        elif m.label is Label.PLACE and not m.code and heads.get(m.start) == m.simplified:
            length = _given_length(text, m.start, m.simplified, table)
            after = table.word_at(m.end)
            unknown = after is not None and after.idx == m.end and after.tag == "x" and is_han(text[m.end])
            slot = text.endswith(lexicon.role_words, 0, m.start) or text.endswith(_OCCUPATIONS, 0, m.start) \
                or m.start > 0 and text[m.start - 1:m.start] in "：:" and text.endswith(_OCCUPATIONS, 0, m.start - 1)
            if length and (unknown or slot):
                e = m.end + length
                m = Mention(m.doc_id, m.start, e, (original or text)[m.start:e], text[m.start:e], Label.PERSON,
                            MentionSource.PEOPLE_JAPANESE)
        out.append(m)
    return out


def japanese_names(mentions: list[Mention], text: str, table: TokenTable | None, lexicon: Lexicon,
                   original: str = "") -> list[Mention]:
    """``mentions`` with Japanese people's names made whole and the missed ones added (see the module's notes).

    >>> from zhkg.stages.segment import make_nlp, token_table
    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "导演是枝裕和的新作入围，是枝裕和说这是他最满意的作品。"
    >>> [m.simplified for m in japanese_names([], text, token_table(make_nlp()(text)), load_lexicon())]
    ['是枝裕和', '是枝裕和']
    """
    pattern = _surname_pattern(lexicon.japanese_surnames)
    if table is None:
        return mentions
    if "日本" in text:
        mentions = _titled_japanese(mentions, text, table, lexicon, original)
    if pattern is None or not pattern.search(text):
        return mentions
    doc_id = mentions[0].doc_id if mentions else ""
    mentions = _carved_names(mentions, text, table, lexicon, pattern, original)
    mentions = _set_apart_names(mentions, text, table, lexicon, pattern, original)
    starts = {m.start for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        surname = pattern.match(m.simplified) if m.label is Label.PERSON else None
        if surname and len(m.simplified) == len(surname.group()) + 1 and m.end < len(text) \
                and is_han(text[m.end]) and text[m.end] not in _STOPS and m.end not in starts:
            word = table.word_at(m.end - 1)
            after = table.word_at(m.end)
            given = table.word_at(m.start + len(surname.group()))
            # jieba's one unknown word over the whole name (茂木敏充), or over the given name alone (宫野|真守)
            unknown = word is not None and word.tag == "x" and word.idx <= m.start and word.end == m.end + 1 \
                or given is not None and given.tag == "x" and given.idx == m.start + len(surname.group()) \
                and given.end == m.end + 1
            ending = (text[m.end] in _GIVEN_ENDINGS and after is not None and after.idx == m.end
                      and after.end == m.end + 1)
            if unknown or ending:
                e = m.end + 1
                m = replace(m, end=e, text=(original or text)[m.start:e], simplified=text[m.start:e], canonical="")
        out.append(m)
    index = SpanIndex(out)
    people_ends = {m.end: m for m in out if m.label is Label.PERSON}
    names: set[str] = set()
    for found in pattern.finditer(text):
        s, surname = found.start(), found.group()
        word = table.word_at(s)
        if word is None or word.tag != "x" and (word.idx < s or word.end > s + len(surname) + 2):
            continue  # inside or across a word jieba knows (是|枝裕|和 is a cut of a name it does not)
        length = _given_length(text, s, surname, table)
        if not length or index.overlaps(Span(s, s + len(surname) + length)):
            continue
        if _slot_before(text, s, lexicon, people_ends, pattern):
            names.add(text[s:s + len(surname) + length])
    for name in sorted(names):
        for found in find_all(name, text):
            s, e = found.span()
            if index.overlaps(Span(s, e)) or not _closed(text, e, table) and text.count(name) < 2:
                continue
            m = Mention(doc_id, s, e, (original or text)[s:e], name, Label.PERSON, MentionSource.PEOPLE_JAPANESE)
            out.append(m)
            index.add(m)
    return in_place_order(out)
