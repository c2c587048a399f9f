"""Bodies no table names, read from the officer the sentence names right after them (issue 15, orgs160).

Taiwan and Hong Kong news name a body by a short name of its own and then its officer: 工策会|总干事|洪荣章,
足总|主席|霍启山, 教育|处长|王淑玲 (the title 处长 shares 处 with the body 教育处). No head word of
``org_suffixes.tsv`` licenses such a name (会 and 总 are too common alone, a 处 needs a place before it), jieba glues
the letters into verbs and adjectives (工策|会/v, 足/a|总/b), and the recogniser reads none of them: the web dev
set's tune half missed all three. The title and the name after it say that what stands before them is a body, so:

* a **title** of ``roles.tsv`` held of a body, not of a place (主席, 总干事, 处长 …; not 市长), perhaps after a rank's
  qualifier (总督察), right after a body's **head letter** (会, 总, 处, 局, 署, 科, 所 … and the units of
  :mod:`zhkg.extract.officers_in_bodies`), or a title of that letter and 长 right after the name (处长, 局长, 署长,
  司长: Taiwan's news fuses a department and its head's title, 卫生|局长, 体育|署长; 部长, 队长, 总长 name no body
  there); a holder's word glued before it is none of the name (新任|局长, 女性|体育局长), and a field jieba cut is
  taken whole (历任|地|政|处长: 地政处);
* the officer's **name** after it: a rule's person, or three letters that read as a name
  (:func:`zhkg.extract.name_scores.name_score`), perhaps after a colon (工务处长：陈家辉). A list of posts with no holder
  after them (历任港务处长、建设处长等职) is :mod:`zhkg.relate`'s: the units of the government the story names
  (roles223);
* the **name before the head**: jieba's words right to left, to a break, a word of grammar (由, 及, 该, 的 …), a
  verb of two letters or more, a role word, a number or a person; one letter alone a verb, an adverb or a
  preposition stops it too (任|工商联, 请|教育处). A place may open it (彰化县|工策会).

The span is none when it is a kind of body alone (公司, 委员会, 该会 stops at 该), a meeting (大会), one letter and its
head's (会 alone), or a place and a head letter (香港|总|督察: the rank is 总督察). Called by
:func:`zhkg.extract.organisations.extract_organisations`; its spans compete with the grammar's, the longest winning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from zhkg.extract.officers_in_bodies import _BODY_ENDS_BEFORE_TITLES, _MIN_SCORE, _title_at
from zhkg.records import Label, Mention
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import TokenTable, dictionary_tag
from zhkg.text import is_han

__all__ = ["bodies_before_officers", "place_ends_at"]

# 总 of a contraction (足总, 篮总: 足球总会) ends a body too, but never a party's 党 (named_bodies reads parties)
_HEADS = (_BODY_ENDS_BEFORE_TITLES | frozenset("总")) - frozenset("党")
_HEAD_AT = re.compile("[" + "".join(sorted(_HEADS)) + "]")
# kinds of body and bodies' generic words: names of no particular body by themselves
_KINDS = frozenset("公司 总公司 分公司 集团 政府 学院 医院 法院 总部 本部 总会 分会 工会 协会 学会 商会 议会 委员会 常委会 "
                   "董事会 理事会 监事会 基金会 联合会 研究会 研究所 研究院 事务所 派出所 分局 总局 支队 大队 中队 小组 "
                   "秘书处 办公室 社团 团体 组委会 校董会 党部 部门 单位 机构 球队 队伍 全队 本队 主队 客队 国家队 "
                   "党委 党组 纪委 团委 居委 村委 常委 支部 总支 项目部 本部 事业部 军队 部队 武装部队 武装力量 "
                   "警队 警察局 联盟 同盟 代表团 访问团 考察团 主席团 俱乐部 工作组 专家组 调查组 领导小组".split())
# meetings, and words ending in 会 that name no body (see org_words.MEETINGS)
_NOT_BODIES = frozenset("大会 全会 年会 峰会 例会 社会 机会 都会 晚会 酒会 宴会 聚会 记者会 发布会 研讨会 座谈会 "
                        "总会 学会 不会 只会 将会 也会 就会 才会 还会 都会 又会 该会 本会 此会 全总 老总 副总 总".split())
# the tags of jieba words that may make a body's name: nouns, names, abbreviations, words jieba built, adjectives
# and distinctives glued to a head (足/a|总/b); a single letter of another tag stops the name
_NAME_TAGS = frozenset({"n", "nz", "nt", "ns", "nr", "nrt", "nrfg", "j", "x", "l", "vn", "an", "ng", "a", "b", "g"})
# words that close a name on its left whatever jieba tags them
_STOP_WORDS = frozenset("该 本 这 那 此 其 各 全 每 某 由 及 与 和 或 的 在 于 向 对 任 兼 请 让 被 把 将 为 是 有 即 并 又 原 前 新 "
                        "另 首 副 现 时 称 指 据 今 昨 明 年 月 日 号".split())
# words about the holder that jieba may glue before a head's own title (新任|局长, 历任|工务局|长, 女性|体育局|长): the
# field starts after them
_HOLDER_WORDS = tuple("新任 现任 前任 首任 历任 时任 曾任 代理 署理 候任 继任 接任 升任 转任 出任 担任 兼任 留任 连任 "
                      "女性 男性 首位 首名".split())
_MAX_LETTERS = 10
# letters jieba may glue onto a name's first word that open no name: a former, an acting or this one's, a verb's
# or a preposition's (由任|国会外委会: foreign49's tune half)
_LEADING_STOPS = frozenset("前原现该本这那其各任在向对被由将把从给为")
# how many letters a contraction ending in 总 holds before it (足总, 篮总, 中华足总 has three)
_CONTRACTED_LETTERS = 3
# a joiner after a field's noun joins two fields of one name (研究与咨询部), not two names (柯呈枋|及|工策会)
_JOINERS = frozenset("与 和 及 或".split())
_FIELD_TAGS = frozenset({"n", "vn", "an", "nz"})
# the heads whose own title (处|长) may end a body's name: a government's division, bureau, agency or department
# (教育|处长, 卫生|局长, 体育|署长, 技职|司长: Taiwan's news fuses a department and its head's title, ents247); not 部,
# 队, 会, 总, whose titles name no body there (见过|经济|部长, 前锋|队长, 外交|总长): .ci/run's guards. A known body's
# 局长 (科管|局长) is read by the tables
_OWN_TITLE_HEADS = frozenset("处局署司")
# letters before a head's own title that make it a deputy's or an acting one's (副|局长, 常务副|院长)
_RANKS = frozenset("副正代")


def bodies_before_officers(text: str, table: TokenTable | None, places: Iterable[Mention],
                           people: Iterable[Mention], lexicon: Lexicon) -> list[tuple[int, int]]:
    """Spans of bodies named right before an officer's title and name (module docstring).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "彰化县则有工策会总干事洪荣章同框。下午由教育处长王淑玲陪同。该会主席陈大文说明。"
    >>> [text[s:e] for s, e in bodies_before_officers(text, token_table(make_nlp()(text)), [], [], load_lexicon())]
    ['工策会', '教育处']
    """
    if table is None:
        return []
    from zhkg.extract.name_scores import name_score

    people_starts = {m.start for m in people if m.label is Label.PERSON}
    people_ends = {m.end for m in people if m.label is Label.PERSON}
    places = [p for p in places if p.label is Label.PLACE]
    place_spans = {(p.start, p.end) for p in places}
    place_ends = {p.end: p.start for p in places}
    roles = lexicon.role_words
    spans: list[tuple[int, int]] = []
    for m in _HEAD_AT.finditer(text):
        head = m.start()
        if head == 0:
            continue
        # the title after the head (工策会|总干事), or the head's own title (教育|处长)
        title = _title_at(text, head + 1, lexicon)
        after = head + 1 + len(title)
        own = lexicon.role_at(text, head)
        if title and own:
            continue  # the letter opens the title (港队武术|总教练, 足总|总干事): no head of a body
        if title.startswith(text[head]) and text[head] != "总":
            # a unit before its own title (…试点处|处长): body_ends._split_unit reads the recogniser's span; a
            # contraction's 总 before a title of 总 is the body's (足总|总干事, defects172)
            continue
        if not title:
            # (立法院|副院长, 文体旅游局|局长: a deputy's title, or the body written before its own title)
            # a head letter before it is the body's own (文体旅游局|局长, 民政局|局长), unless a field's noun ends in
            # another head letter (社会|局长)
            if len(own) != 2 or own[1] != "长" or text[head - 1] in _RANKS or text[head] not in _OWN_TITLE_HEADS \
                    or text[head - 1] in _HEADS and (text[head - 1] == text[head]
                                                     or dictionary_tag(text[head - 2:head]) not in _FIELD_TAGS):
                continue
            after = head + 2
        if title in lexicon.place_roles or text[head:head + 2] in lexicon.place_roles:
            continue
        at = after + (text[after:after + 1] in (" ", "：", ":"))  # a list of appointments: 工务处长：陈家辉
        if at not in people_starts and not (all(map(is_han, text[at:at + 3]))
                                            and name_score(text[at:at + 3], lexicon=lexicon) >= _MIN_SCORE):
            continue
        start = _name_start(text, table, head, people_ends, place_ends, roles)
        if start is None:
            continue
        if not title:
            while text.startswith(_HOLDER_WORDS, start):
                start += 2
            start = _whole_field(text, start, head)
            if text[start:head + 1] in lexicon.known_organisations or text[start:head + 1] in lexicon.org_aliases:
                continue  # 科管局|长: a body the tables name, read by them
        name = text[start:head + 1]
        if _names_a_known_body(text, start, head, lexicon):
            continue  # 三星电子|会长, 国足|队长, 住建部|政策法规司|副司长: a body the tables name, and its unit, are read else
        if name in _KINDS or name in _NOT_BODIES or len(name) < 2 or (start, head) in place_spans:
            continue  # 公司|总经理, 大会|主席, 香港|总|督察 (the rank is 总督察)
        if len(name) == 2 and dictionary_tag(name) == "n":
            continue  # 外科|医生, 国会: a common noun of two letters names a kind, no body of the document's
        if text[head] == "总" and head - start > _CONTRACTED_LETTERS:
            continue  # 足总, 篮总 contract a 总会; 波兰军队|总参谋长 is a rank's 总
        placed = place_ends_at(start, head + 1, places)
        if placed and text[placed:head + 1] in _KINDS:
            continue  # 德国|军队, 台北市|政府: a place's kind of body, no name of one
        spans.append((start, head + 1))
    return spans


def _whole_field(text: str, start: int, head: int) -> int:
    """``start`` moved left to open the field jieba cut (历任|地|政|处长: the field 地政 is one dictionary noun), when
    the letters before the head that reach past ``start`` make one.

    >>> _whole_field("历任地政处长", 3, 4), _whole_field("教育处长", 0, 2)
    (2, 0)
    """
    for b in range(max(0, head - 4), start):
        if all(map(is_han, text[b:start])) and text[b] not in _STOP_WORDS \
                and dictionary_tag(text[b:head]) in _FIELD_TAGS:
            return b
    return start


def _names_a_known_body(text: str, start: int, head: int, lexicon: Lexicon) -> bool:
    """Whether the name ``text[start:head + 1]`` less its head letter is a body the tables name
    (``organisations_known.tsv``, ``org_aliases.tsv``) or jieba's word for one (国足/nt), so that the head letter
    opens the officer's title (三星电子|会长, 国足|队长, 国足|前|队长); or whether such a body, perhaps opening a letter or two before
    ``start`` (jieba's 住|建部), ends inside the name, which is then a unit of it, read by
    :mod:`zhkg.extract.body_ends` and the relation stage (住建部|政策法规司).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> [_names_a_known_body(t, s, len(t) - 1, lexicon)
    ...  for t, s in (("三星电子会", 0), ("国足队", 0), ("国足前队", 0), ("住建部政策法规司", 1), ("工策会", 0),
    ...                ("教育处", 0))]
    [True, True, True, True, False, False]
    """
    known, aliases = lexicon.known_organisations, lexicon.org_aliases
    bare = text[start:head]
    if bare in known or bare in aliases or dictionary_tag(bare) == "nt":
        return True
    return any(text[b:e] in known or text[b:e] in aliases or b == start and dictionary_tag(text[b:e]) == "nt"
               for b in range(max(0, start - 2), start + 1) for e in range(max(b, start) + 2, head))


def place_ends_at(start: int, end: int, places: list[Mention]) -> int:
    """Where the longest place opening at ``start`` ends before ``end``, or 0 when none does."""
    return max((p.end for p in places if p.start == start and p.end < end), default=0)


def _name_start(text: str, table: TokenTable, head: int, people_ends: set[int], place_ends: dict[int, int],
                roles: tuple[str, ...]) -> int | None:
    """Where the body's name ending with the head letter at ``head`` starts, or None where it runs too long."""
    k = table.token_of_char[head]
    if k < 0:
        return None
    word = table.words[k]
    start = word.idx  # the word holding the head, perhaps glued to the title (教育|处长): its letters up to the head
    if start < head and (not all(map(is_han, text[start:head])) or text[start:start + 1] in _STOP_WORDS
                         or word.tag[:1] == "v" and word.idx + len(word.text) > head + 1):
        start = head
    k -= 1
    while k >= 0:
        word = table.words[k]
        if word.text in _JOINERS and k > 0 and table.words[k - 1].tag in _FIELD_TAGS \
                and table.words[k - 1].end not in people_ends:
            return None  # 研究|与|咨询部: fields joined inside one name, whose start is not read here
        if word.is_punct or word.is_space or word.whitespace or not all(map(is_han, word.text)) \
                or word.end in people_ends or word.text in _STOP_WORDS or word.text in roles:
            break
        if word.end in place_ends:
            start = place_ends[word.end]  # a place opens the name (彰化县|工策会)
            break
        if word.tag not in _NAME_TAGS or (len(word.text) == 1 and word.tag[:1] in "vdpcru"):
            break
        if word.idx > 0 and text[word.idx - 1].isdigit():
            break  # 6月8|日电|全国人大常委会: a dateline's letters after its number
        start = word.idx
        if head + 1 - start > _MAX_LETTERS:
            return None
        k -= 1
    while start < head and text[start] in _LEADING_STOPS:
        start += 1  # 前美|中协会, 由任|国会外委会: letters jieba glued onto the name
    return start
