"""Where a model's person is cut or rejoined at the verbs, titles and objects around it (rules 2 and 6 of
:mod:`zhkg.extract.combine`).

A model person that runs into a place or was cut short (:func:`_runs_into_place`, :func:`_cut_short`); a foreign
name starting after a verb or auxiliary (:func:`_foreign_starts`); a person split at a verb, or the object of a letter
or an address (:func:`_split_at_verbs`, :func:`_address_objects`); run-on names (:func:`_cut_run_on_names`); people
after a minister's title or before a place's (:func:`_after_minister_titles`, :func:`_names_before_place_titles`,
:func:`_three_letter_name_supported`); and names the model split in two (:func:`_rejoin_split_names`).

Scope: one document's model mentions, called by :func:`zhkg.extract.combine.combine_mentions` in its order.
Caveats: each guard reads the characters and words beside a name, not its meaning, so a verb or title that is part
of a name can still cut it; the given-name rate (``_MIN_GIVEN_RATE``) is the lexicon's. Moved word for word from
``extract/combine.py`` by tidy68; callers import its names from here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.extract.departments import ADDRESS_VERBS
from zhkg.extract.foreign_names import glued_after_foreign_name
from zhkg.extract.person_edges import _without_last
from zhkg.extract.places_in_names import _HAN_RUN
from zhkg.extract.worded_bodies import _find_all
from zhkg.records import Label, Mention, MentionSource  # noqa: F401 (the doctests read MentionSource)
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import TokenTable, dictionary_tag

__all__ = ["_AUXILIARIES", "_BODY_END", "_BODY_THEN_SAID", "_CLAUSE_VERBS", "_EXTENSION_A", "_KIN_AFTER_ZHI", "_LETTER_VERBS", "_MIN_GIVEN_RATE", "_ONE_LETTER_NAME_TAGS", "_PLACE_HEAD_ENDS", "_PLACE_HEAD_TITLES", "_TODAY_AFTER", "_address_objects", "_after_minister_titles", "_after_place_head_titles", "_cut_run_on_names", "_cut_short", "_foreign_starts", "_names_before_place_titles", "_rejoin_split_names", "_runs_into_place", "_split_at_verbs", "_three_letter_name_supported", "cut_before_posts",
           "_TAKES_POST", "_part", "_post_cue", "_rare_last_letters", "_CANTONESE_LETTERS", "_TAKES_OVER",
           "_unknown_letter", "_after_king_titles", "_KING_TITLE_STEMS", "_NOUN_TAGS"]


def _runs_into_place(m: Mention, person: Mention, coded_spans: set[tuple[int, int]]) -> bool:
    """Whether model person ``m`` is the name found in context run on into a coded place right after it
    (记者蒋家华|香港报道: the dateline's place): the name found in context stands."""
    return m.label is Label.PERSON and m.start == person.start and (person.end, m.end) in coded_spans


def _cut_short(m: Mention, person: Mention, foreign: frozenset[str] = frozenset()) -> bool:
    """Whether model mention ``m`` is a person the model ended before the name found in context ends
    (董事长|陈敏 of 董事长陈敏熏: a rare last character); a model span not overlapping counts as cut too. A
    transliterated name the context ran a word on is not cut (主席兰普顿|或与他们: ``foreign``, the letters of such
    names)."""
    if not (m.start < person.end and person.start < m.end):
        return True
    if m.label is Label.PERSON and person.end - person.start == 4 and m.start == person.start + 1 and m.end == person.end:
        return True  # 特首林|郑月娥: the model dropped a married name's first surname (林郑月娥)
    return m.label is Label.PERSON and m.start == person.start and m.end < person.end \
        and not (person.end - m.end == 1 and glued_after_foreign_name(m.simplified, person.simplified[-1], foreign))


# auxiliaries and adverbs that open a predicate right after a subject: never a name's last character
_AUXILIARIES = frozenset("会将要能可已正在是也都就还又")


# verbs that never stand as a word inside a body's name: a model organisation across one is a clause
# (台湾大学|任|物理系教授, 南车四方机车车辆股份|获|国家发改委批准)
_CLAUSE_VERBS = frozenset("获任被遭把让")
# the last letter of a body's name (发改委, 物理系 is none: a department is its school's)
_BODY_END = frozenset("会委部局院署厅处社党军团队行司所")


def _foreign_starts(model: list[Mention], text: str, table: TokenTable | None, lexicon: Lexicon) -> list[Mention]:
    """A model organisation that opens on a transliterated name's second letter takes back the first, a letter jieba
    cut off alone as a noun (加入了|格|伦德尔登山协会: 格伦德尔登山协会; never a verb or a particle: 买|索尼, 获得|哈佛).
    When the model read that letter as a person and the name is transliteration letters alone, the whole is a
    person (布|莱切: 布莱切)."""
    if table is None:
        return model
    foreign = lexicon.foreign_name_chars
    # (the model may read the cut-off letter as a person or a place of its own: that one letter is the name's)
    letters = {m.start: m for m in model if m.end - m.start == 1}
    taken = {i for m in model if m.end - m.start > 1 for i in range(m.start, m.end)}
    joined: set[int] = set()
    out = []
    for m in model:
        k = table.token_of_char[m.start - 1] if m.label is Label.ORGANIZATION and m.start > 0 else -1
        word = table.words[k] if k >= 0 else None
        if word is not None and word.end == m.start and len(word.text) == 1 and word.text in foreign \
                and text[m.start] in foreign and word.tag in _ONE_LETTER_NAME_TAGS and word.idx not in taken:
            letter = letters.get(word.idx)
            # a name of transliteration letters alone whose first letter the model read as a person is that
            # person (布|莱切高位跳投: the model's 布 PERSON, 莱切 ORGANIZATION)
            label = Label.PERSON if letter is not None and letter.label is Label.PERSON \
                and all(ch in foreign for ch in text[m.start:m.end]) else m.label
            m = replace(m, start=word.idx, text=text[word.idx:m.end], simplified=text[word.idx:m.end], canonical="",
                        label=label)
            joined.add(word.idx)
        out.append(m)
    return [m for m in out if not (m.start in joined and letters.get(m.start) is m)]


_ONE_LETTER_NAME_TAGS = frozenset({"n", "nr", "nrt", "nz", "ns", "x"})


def _split_at_verbs(model: list[Mention], text: str, table: TokenTable | None) -> list[Mention]:
    """A model organisation holding one of :data:`_CLAUSE_VERBS` as a word of its own is a clause: the name
    before the verb, and the name after it when that ends as a body's name does (南车四方机车车辆股份|获|国家发改委)."""
    if table is None:
        return model
    out = []
    for m in model:
        first = table.token_of_char[m.start] if m.label is Label.ORGANIZATION and m.end - m.start >= 5 else -1
        # (words from the mention's first on, read in place: a slice of the rest of a long text at each mention is
        # quadratic)
        verb = None if first < 0 else next(
            (w for w in map(table.words.__getitem__, range(first, len(table.words)))
             if w.idx >= m.end - 2 or (w.text in _CLAUSE_VERBS and w.idx >= m.start + 2)),
            None)
        if verb is None or verb.idx >= m.end - 2:
            out.append(m)
            continue
        out.append(replace(m, end=verb.idx, text=text[m.start:verb.idx], simplified=text[m.start:verb.idx],
                           canonical=""))
        if m.end - verb.end >= 3 and text[m.end - 1] in _BODY_END:
            out.append(replace(m, start=verb.end, text=text[verb.end:m.end], simplified=text[verb.end:m.end],
                               canonical=""))
    return out


# a letter sent: 去|信 is the verb 去信 jieba cut in two, its 信 no part of the body after it (去信|教育局)
_LETTER_VERBS = frozenset("去信 致信 来信 写信 去函 致函 来函".split())


def _address_objects(model: list[Mention], text: str, table: TokenTable | None) -> list[Mention]:
    """A model organisation holding a verb of :data:`~zhkg.extract.departments.ADDRESS_VERBS` as a word of its
    own (or the preposition 向) is a clause: the body it addresses is the part after the verb, when that ends as a body's name does
    (团体致函食物及卫生局: 食物及卫生局, 立委质询卫福部: 卫福部); the part before stays only when it ends so too. A model
    organisation opening on the second letter of a verb of sending a letter loses it (去|信教育局: 教育局)."""
    if table is None:
        return model
    out = []
    for m in model:
        if m.label is not Label.ORGANIZATION or m.end - m.start < 3:
            out.append(m)
            continue
        if text[m.start - 1:m.start + 1] in _LETTER_VERBS and m.start > 0 and text[m.end - 1] in _BODY_END:
            m = replace(m, start=m.start + 1, text=m.text[1:], simplified=m.simplified[1:], canonical="")
        first = table.token_of_char[m.start]
        verb = next((w for w in map(table.words.__getitem__, range(first, len(table.words)))
                     if w.idx >= m.end - 2 or w.idx >= m.start and w.end <= m.end
                     and (w.text in ADDRESS_VERBS or w.text == "向" and w.tag == "p")), None)
        if verb is None or verb.idx >= m.end - 2 or text[m.end - 1] not in _BODY_END:
            out.append(m)
            continue
        if verb.idx - m.start >= 3 and text[verb.idx - 1] in _BODY_END:
            cut = verb.idx - m.start
            out.append(replace(m, end=verb.idx, text=m.text[:cut], simplified=m.simplified[:cut], canonical=""))
        cut = verb.end - m.start
        out.append(replace(m, start=verb.end, text=m.text[cut:], simplified=m.simplified[cut:], canonical=""))
    return out


def _cut_run_on_names(model: list[Mention]) -> list[Mention]:
    """A model name that is another of the document's model names of its label plus an auxiliary or adverb
    is that name (新浪乐居|会越走越好 beside 新浪乐居, 孙权|正为… beside 孙权); a model person ending in 之 and
    a kin word is the person before 之 (陈安|之弟)."""

    names = {(m.label, m.simplified) for m in model if len(m.simplified) >= 2}
    out = []
    for m in model:
        if len(m.simplified) >= 3 and (m.label, m.simplified[:-1]) in names and m.simplified[-1] in _AUXILIARIES:
            m = _without_last(m, 1)
        elif m.label is Label.ORGANIZATION and (said := _BODY_THEN_SAID.search(m.simplified, 2)):
            m = _without_last(m, len(m.simplified) - said.start() - 1)  # 南韩国防部|证实北韩: the body, not its words
        elif m.label is Label.PERSON and len(m.simplified) >= 4 and m.simplified[-2] == "之" \
                and m.simplified[-1] in _KIN_AFTER_ZHI:
            # 陈安之弟: the written style's "X's younger brother" names X, not a person 陈安之弟
            m = _without_last(m, 2)
        out.append(m)
    return out


# a body's head and a verb of saying run on into what it said (南韩国防部证实北韩, 卫生署表示将): the body ends at its head
_BODY_THEN_SAID = re.compile(r"[部署局院委厅处办](?=(?:证实|表示|指出|宣布|宣称|透露|强调|公布|发布|回应|声称)"
                             r"[\u4e00-\u9fff])")
# kin after 之 in the written style: 陈安之弟, 某某之子
_KIN_AFTER_ZHI = frozenset("弟兄姐妹子女父母妻夫孙侄甥婿媳")


#: Titles of a place's head whose first letter closes a place's name (蔚|县长, 沙|市长): the model may read a
#: three-letter name's last letter as that place (徐榛|蔚县长).
_PLACE_HEAD_TITLES = ("县长", "市长", "区长", "镇长", "乡长", "州长")
#: How often a letter must be part of given names to end one cut short before such a title (蔚 0.47; 沙 0.03 no).
_MIN_GIVEN_RATE = 0.1


def _after_minister_titles(mentions: list[Mention], text: str) -> list[Mention]:
    """A person whose name opens with 官 right after 部长 opens after it: Korea's ministers are 长官 (统一部|长官|金暎浩),
    and 部长 + a name of 官 is not how a title and its holder are written. The name keeps two letters at least.

    >>> text = "韩国统一部长官金暎浩表示。"
    >>> person = Mention("d", 6, 10, text[6:10], text[6:10], Label.PERSON, MentionSource.RECOGNISER)
    >>> [m.simplified for m in _after_minister_titles([person], text)]
    ['金暎浩']
    """
    if "部长官" not in text:
        return mentions
    out = []
    for m in mentions:
        if m.label is Label.PERSON and m.simplified.startswith("官") and m.end - m.start >= 3 \
                and text.endswith("部长", 0, m.start):
            m = replace(m, start=m.start + 1, text=m.text[1:], simplified=m.simplified[1:], canonical="")
        out.append(m)
    return out


#: The letter before 长 that makes it a place head's title (嘉义县|长, 台中市|长, 恒春镇|长, 礁溪乡|长, 丰原区|长).
_PLACE_HEAD_ENDS = frozenset(h[0] for h in _PLACE_HEAD_TITLES)
#: 今 glued to a name before the day: Taiwan's 今(25)日, and 今日, 今天 (翁章梁|今(25)日宣布).
_TODAY_AFTER = re.compile(r"[(（]\d{1,2}[)）]日|[日天]")


def _after_place_head_titles(mentions: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """A person whose name opens with the 长 of a place head's title (嘉义县|长翁章梁: 县长 and 翁章梁) opens after
    it when a surname follows, and a name that ends in the 今 of the day after it (翁章梁|今(25)日, 今天) ends
    before it. The name keeps two letters at least.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "嘉义县长翁章梁今(25)日宣布。"
    >>> person = Mention("d", 3, 8, text[3:8], text[3:8], Label.PERSON, MentionSource.RECOGNISER)
    >>> [m.simplified for m in _after_place_head_titles([person], text, load_lexicon())]
    ['翁章梁']
    """
    if "长" not in text and "今" not in text:
        return mentions
    out = []
    for m in mentions:
        if m.label is Label.PERSON and m.end - m.start >= 3 and m.simplified.startswith("长") \
                and text[m.start - 1 : m.start] in _PLACE_HEAD_ENDS and m.simplified[1] in lexicon.surnames:
            m = replace(m, start=m.start + 1, text=m.text[1:], simplified=m.simplified[1:], canonical="")
        if m.label is Label.PERSON and m.end - m.start >= 3 and m.simplified.endswith("今") \
                and _TODAY_AFTER.match(text, m.end):
            m = _without_last(m, 1)
        out.append(m)
    return out


#: What 王 ends as a title, "the king of": crowned (封王: 封王魔术数字 is the magic number of the title) and a
#: season's honours in baseball and ball games (胜投王, 全垒打王, 打点王, 救援王, 三振王, 新人王, 得分王, 篮板王). Not 称:
#: 称 before a name is "said" far more often than "crowned" (张伟称王伟出任…: 王伟 is the person).
_KING_TITLE_STEMS = ("封", "胜投", "全垒打", "打点", "打击", "盗垒", "救援", "中继", "三振", "新人", "安打", "得分",
                     "助攻", "篮板", "射手", "三冠")
# what jieba's dictionary tags a common noun the rest of such a "person" is (王|魔术 of 封王魔术数字)
_NOUN_TAGS = frozenset({"n", "vn", "nz"})


def _after_king_titles(model: list[Mention], text: str) -> list[Mention]:
    """A model person that opens with the 王 of a title ending in it (胜投王|威能帝, 封王|魔术数字) opens after it:
    the rest is the person when it has two letters or more and is no common noun of jieba's dictionary, else there
    is no person (王魔术 of 封王魔术数字; round people298, Taiwan's baseball news).

    >>> text = "胜投王威能帝带领下，两项封王魔术数字亮灯"
    >>> model = [Mention("d", s, e, text[s:e], text[s:e], Label.PERSON, MentionSource.RECOGNISER) for s, e in ((2, 6), (13, 16))]
    >>> [m.simplified for m in _after_king_titles(model, text)]
    ['威能帝']
    """
    if "王" not in text:
        return model
    out = []
    for m in model:
        if m.label is Label.PERSON and m.simplified.startswith("王") and text.endswith(_KING_TITLE_STEMS, 0, m.start):
            rest = m.simplified[1:]
            if len(rest) < 2 or dictionary_tag(rest) in _NOUN_TAGS:
                continue
            m = replace(m, start=m.start + 1, text=m.text[1:], simplified=rest, canonical="")
        out.append(m)
    return out


def _names_before_place_titles(model: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """A model's person of a surname and two letters before a place head's title whose first letter may close a
    place with the name's last letter (徐榛蔚县长: 徐榛蔚 + 县长, or 徐榛 + 蔚县长) is the three letters when the
    document supports them: they are written elsewhere without that letter after them (县长徐榛蔚), or, named
    nowhere else, neither the two-letter name nor that place (蔚县) is written elsewhere and the last letter is common
    in given names. The model's span, the title in it or not, becomes those three letters; otherwise it is left as it
    was, for the later steps to cut.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> person = Mention("d", 0, 5, "徐榛蔚县长", "徐榛蔚县长", Label.PERSON, MentionSource.RECOGNISER)
    >>> [m.simplified for m in _names_before_place_titles([person], "徐榛蔚县长表示。", load_lexicon())]
    ['徐榛蔚']
    >>> [m.simplified for m in _names_before_place_titles([person], "徐榛蔚县长表示，蔚县发展很快。", load_lexicon())]
    ['徐榛蔚县长']
    """
    out = []
    for m in model:
        end = m.start + 3  # where the title would start
        if m.label is Label.PERSON and m.end in (end - 1, end, end + 2) and m.simplified[:1] in lexicon.surnames \
                and text.startswith(_PLACE_HEAD_TITLES, end) and _HAN_RUN.fullmatch(text, m.start, end) \
                and _three_letter_name_supported(text, m.start, lexicon):
            m = replace(m, end=end, text=text[m.start : end], simplified=text[m.start : end], canonical="")
        out.append(m)
    return out


def _three_letter_name_supported(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the document supports the three letters at ``start``, a place head's title after them, as one name
    rather than two letters and a place (徐榛|蔚县长): see :func:`_names_before_place_titles`."""
    whole, short, place = text[start : start + 3], text[start : start + 2], text[start + 2 : start + 4]
    if any(i != start and text[i + 3 : i + 4] != place[1] for i in _find_all(text, whole)):
        return True  # 县长徐榛蔚 elsewhere
    return all(text[i + 2 : i + 4] == place for i in _find_all(text, short)) \
        and _find_all(text, place) == [start + 2] and lexicon.given_rates.get(whole[2], 0) >= _MIN_GIVEN_RATE


def _rejoin_split_names(model: list[Mention], text: str) -> list[Mention]:
    """Two adjacent model names of one label that the document names elsewhere as one are that one name
    (港|珠澳大桥 beside 港珠澳大桥: one name, one reading in a document)."""

    whole = {(m.label, m.simplified) for m in model}
    out: list[Mention] = []
    for m in sorted(model, key=lambda m: (m.start, m.end)):
        last = out[-1] if out else None
        if last is not None and last.end == m.start and last.label is m.label \
                and (m.label, text[last.start:m.end]) in whole:
            out[-1] = replace(last, end=m.end, text=last.text + m.text, simplified=text[last.start:m.end], canonical="")
            continue
        out.append(m)
    return out


# CJK Unified Ideographs Extension A: letters of Taiwan's and Hong Kong's given names (俞大㵢) the model has seldom or
# never seen, and never a function word or a title's letter
_EXTENSION_A = re.compile("[\u3400-\u4dbf]")


# Cantonese words of one letter jieba's dictionary does not hold (嘅, 咗, 佢 …): Hong Kong's papers write them after a
# name (接替王沛|嘅…), never as a name's letter
_CANTONESE_LETTERS = frozenset("嘅咗佢喺唔嘢哋啲嚟咁㗎噉冇啦嘞喎囉吖嗰乜冧攞睇俾畀嗮晒咪嘛呀喇啫咩嚿")


def _unknown_letter(text: str, at: int) -> bool:
    """Whether ``text[at]`` is a Han letter jieba's dictionary holds no word of and no Cantonese word: a rare letter
    of a name (江旻|憓, 俞大|㵢), never a common word after one."""
    from zhkg.stages.segment import dictionary_tag

    letter = text[at:at + 1]
    return bool(letter) and ("\u4e00" <= letter <= "\u9fff" and dictionary_tag(letter) == "x"
                             and letter not in _CANTONESE_LETTERS or _EXTENSION_A.match(letter) is not None)


def _rare_last_letters(model: list[Mention], text: str, lexicon: Lexicon | None = None) -> list[Mention]:
    """A model person of two letters the model ended right before one letter of Extension A is that letter's name too
    (原驻美代表俞大|㵢将转任: 俞大㵢; review186): the model knows no such letter, so it ends the name there. With
    ``lexicon``, so is a person of a surname and one letter before a letter jieba's dictionary holds no word of
    (奥运金牌得主江旻|憓胜出: 江旻憓; persons227), a Cantonese word's letter (嘅, 咗) aside; the letter after it
    must be none such.

    >>> text = "原驻美代表俞大㵢将转任驻西班牙代表，得主江旻憓胜出，接替王沛嘅位"
    >>> def person(name): return Mention("d", text.index(name), text.index(name) + 2, name, name, Label.PERSON,
    ...                                  MentionSource.RECOGNISER)
    >>> from zhkg.resources.lexicon import load_lexicon
    >>> [m.text for m in _rare_last_letters([person("俞大"), person("江旻"), person("王沛")], text, load_lexicon())]
    ['俞大㵢', '江旻憓', '王沛']
    """
    out = []
    for m in model:
        if m.label is Label.PERSON and m.end - m.start == 2 and not _unknown_letter(text, m.end + 1) and (
                _EXTENSION_A.match(text, m.end)
                or lexicon is not None and text[m.start] in lexicon.surnames and _unknown_letter(text, m.end)):
            m = replace(m, end=m.end + 1, text=m.text + text[m.end], simplified=m.simplified + text[m.end],
                        canonical="")
        out.append(m)
    return out


# the verbs of taking a post that 会 (will) opens after a member's name, a quoted aside between them
# (陈健|会接掌教育事务委员会, 黄国明|会「翻兜」出掌…)
_TAKES_POST = re.compile(r"(?:[「“][^」”]{1,6}[」”])?(?:出掌|接掌|出任|接任|担任|续任|留任|连任|兼任|署任|掌舵)")


# "takes over" (a post, a baton), a letter no given name ends with (``name_chars.tsv`` has no rate for it)
_TAKES_OVER = "接"


def _post_cue(m: Mention, text: str, roles: tuple[str, ...]) -> int:
    """Where the verb of a post that ``m`` reads on into starts, or -1: its last letter 任 before a title
    (梁子恒|任副主席), 署 before 任 (何嘉伟|署任局长: acting), a person's last letter 接 ("takes over", which ends
    no given name: 李洋|接运动部首任部长, 陈政宏|接任; persons227), or a 会 after its second letter that opens a verb of
    taking a post (陈健|会接掌)."""
    last = m.end - 1
    if (text[last] == "任" and text.startswith(roles, m.end)) or (text[last] == "署" and text.startswith("任", m.end)) \
            or (text[last] == _TAKES_OVER and m.label is Label.PERSON):
        return last
    at = text.find("会", m.start + 2, m.end)
    while at >= 0:
        if _TAKES_POST.match(text, at + 1):
            return at
        at = text.find("会", at + 1, m.end)
    return -1


def cut_before_posts(model: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """Names read on into the verb of a post after them, as Hong Kong's and Taiwan's papers write a party's members
    taking their posts: a person ends before it (梁子恒|任副主席, 何嘉伟|署任局长, 陈健|会接掌…); an organisation
    that a well-known body's short name opens, then a member's name of two or three letters, is the body and the
    person (民协|黄国明|会「翻兜」出掌…: the recogniser reads 会 as a body's head), and the body of the post when the
    span runs on to its head (民建联|李国明|会出掌|房屋事务委员会). A person
    whose name is left less than a surname and a letter, or a body no known name opens, stays as read.

    >>> text = "其党友陈健会接掌教育事务委员会，民协黄国明会出掌交通事务委员会。"
    >>> model = [Mention("d", 3, 6, "陈健会", "陈健会", Label.PERSON, "crf"),
    ...          Mention("d", 16, 22, "民协黄国明会", "民协黄国明会", Label.ORGANIZATION, "crf")]
    >>> from zhkg.resources.lexicon import load_lexicon
    >>> [(m.simplified, m.label.value) for m in cut_before_posts(model, text, load_lexicon())]
    [('陈健', 'PERSON'), ('民协', 'ORGANIZATION'), ('黄国明', 'PERSON')]
    """
    if "任" not in text and "会" not in text and _TAKES_OVER not in text:
        return model
    out = []
    for m in model:
        cue = _post_cue(m, text, lexicon.role_words) if m.label in (Label.PERSON, Label.ORGANIZATION) \
            and m.end - m.start >= 3 and _HAN_RUN.fullmatch(m.simplified) else -1
        head = m.simplified[:cue - m.start]
        if cue < 0 or head[:1] not in lexicon.surnames and m.label is Label.PERSON:
            out.append(m)
        elif m.label is Label.PERSON:
            out.append(_part(m, m.start, cue))
        elif (body := next((n for n in (4, 3, 2) if 2 <= len(head) - n <= 3 and head[:n] in lexicon.known_organisations
                            and head[n] in lexicon.surnames), 0)):
            out += [_part(m, m.start, m.start + body), replace(_part(m, m.start + body, cue), label=Label.PERSON)]
            verb = _TAKES_POST.match(text, cue + 1)
            if verb is not None and m.end - verb.end() >= 3 and text[m.end - 1] in _BODY_END:
                out.append(_part(m, verb.end(), m.end))  # …会出掌|房屋事务委员会: the post's body, read on
        else:
            out.append(m)
    return out


def _part(m: Mention, start: int, end: int) -> Mention:
    """The part of ``m`` from ``start`` to ``end``, its canonical name (of the longer span) dropped."""
    return replace(m, start=start, end=end, text=m.text[start - m.start:end - m.start],
                   simplified=m.simplified[start - m.start:end - m.start], canonical="")
