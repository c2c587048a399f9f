"""Where an organisation's name ends: its head words, its units and branches, and names coordinated inside it
(rules 4 and 7 of :mod:`combine`).

A model organisation ending just before a body's head word or a company's legal form takes it (联合国|代表团,
中央电影事业股份|有限公司: :func:`_extend_body_heads`); one before a department head's title takes the title's
head character (澳门社会文化|司长: :func:`_share_head_with_title`); one that runs a body and its unit together is cut
back to the body when a title repeating the unit follows (国家发改委|中国小城镇试点处|处长: :func:`_split_unit`); a
company before a place's branch of it is one body, the branch (:func:`_join_branches`); an organisation cut at
和/与/及 takes back the nouns before it (人力资源和社会保障部: :func:`_join_coordinated_names`). Head words that name
a particular body (人民日报: :func:`_named_head`) or only heads (机关, 党组: :func:`_heads_only`) are read here.

Scope: one document's organisations, called by :func:`zhkg.extract.combine.combine_mentions` (and the head words
by its short-form readers). Caveats: a unit is cut off only where a title repeating it follows (天津分行行长,
研究室主任 stay whole); the head lists are hand lists of mainland and Hong Kong usage. Moved word for word from
``extract/combine.py`` by tidy66; callers import its names from here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter

from zhkg.extract.base import in_place_order, merge_joined, recut
from zhkg.extract.company_words import COMPANY_LAST_WORDS
from zhkg.extract.foreign_people_by_context import _COORDINATORS
from zhkg.extract.named_bodies import _SCHOOL_KINDS
from zhkg.extract.organisations import BODY_BEFORE_AND
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import TokenTable
from zhkg.text import Span, SpanIndex, made_of

__all__ = ["_BANK_BRANCH", "_BODY_ENDS", "_BODY_HEADS", "_BRANCHES", "_BRANCH_OWNERS", "_CENTRAL_SCHOOL",
           "_CONJUNCT_TAGS", "_COORDINATED_HEADS", "_FIRM_ENDS", "_FIRM_OFFICE", "_ITEMS", "_LEGAL_FORM", "_LIST_HEADS",
           "_NAMED_HEADS", "_NEXT_ITEM", "_NOT_BODIES", "_NOT_IN_BRANCH", "_NOT_IN_ITEM", "_NOT_OPENING_ITEM",
           "_NOUN_LIKE", "_PANEL_HEAD", "_SCHOOL_BRANCH", "_SCHOOL_ENDS", "_SHARED_HEAD_TITLES", "_STATIONED",
           "_TRADITIONAL_HEADS", "_UNITS", "_extend_body_heads", "_heads_longest_first", "_heads_only", "_join_branches",
           "_join_coordinated_names", "_join_school_branches", "_named_head", "_places_only", "_share_head_with_title",
           "_split_unit", "bodies_listed_alike"]

_LEGAL_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司|股份公司|集团(?:有限)?公司")
# heads of a body inside or under another one: 联合国|代表团, 外交部|办公厅
_BODY_HEADS = frozenset({"代表团", "代表处", "办事处", "秘书处", "办公厅", "办公室", "工作组", "委员会", "分会", "分局",
                         "大队", "支队", "中队", "分队", "纵队", "方队"})
# a company's or a bank branch's office is a room of the firm, no body: 西南证券|办公室李主任, 建设银行上海分行|办公室人士
# are the firm's people (CLUENER marks the firm; a state's 办公厅 or 办公室 after a ministry stays its body)
_FIRM_OFFICE = "办公室"
_FIRM_ENDS = COMPANY_LAST_WORDS + ("分行", "支行")


def _extend_body_heads(m: Mention, text: str, table: TokenTable | None) -> Mention:
    """An organisation the model ends just before a body's head word takes it (联合国|代表团), and so does a
    company before its legal form (中央电影事业股份|有限公司); a firm before 办公室 does not (西南证券|办公室: the
    firm's office, :data:`_FIRM_ENDS`)."""

    if m.label is not Label.ORGANIZATION or table is None or m.end >= len(table.token_of_char):
        return m
    legal = _LEGAL_FORM.match(text, m.end)
    if legal is not None:
        return replace(m, end=legal.end(), text=m.text + text[m.end:legal.end()], simplified=text[m.start:legal.end()],
                       canonical="")
    k = table.token_of_char[m.end]
    if k < 0:
        return m
    word = table.words[k]
    if word.idx != m.end or word.text not in _BODY_HEADS \
            or word.text == _FIRM_OFFICE and m.simplified.endswith(_FIRM_ENDS):
        return m
    return replace(m, end=word.end, text=m.text + text[m.end:word.end], simplified=text[m.start:word.end],
                   canonical="")


# a unit inside a body, whose head's title repeats it (处 处长, 科 科长); a branch (天津分行 行长) is no such unit
_UNITS = frozenset("处科室股司组")
# characters that end the name of a body a unit belongs to (国家发改委, 建设部); 中心 and the heads too
_BODY_ENDS = tuple("部委厅局署院办会") + ("中心",)
# common words that end in a body's character and name none (澳门社会|文化司 is no 澳门社会)
_NOT_BODIES = frozenset("社会 机会 体会 约会 误会 理会 领会 都会 聚会 宴会 晚会 舞会 全会".split())
# titles whose first character is the head of the department before them, written once (社会文化司|长: 司长 of
# 社会文化司; 科管局|长)
_SHARED_HEAD_TITLES = ("司长", "局长", "处长", "署长", "厅长")


def _share_head_with_title(m: Mention, text: str) -> Mention:
    """A model organisation right before a department head's title that begins with the department's head
    character takes that character (澳门社会文化|司长 -> 澳门社会文化司, the title still 司长), unless it
    ends in a body's or a unit's head already (澳门社会文化司|司长, 公安局|处长).

    >>> from zhkg.records import Mention, Label
    >>> text = "澳门社会文化司长崔世安"
    >>> _share_head_with_title(Mention("d", 0, 6, text[:6], text[:6], Label.ORGANIZATION, "crf"), text).simplified
    '澳门社会文化司'
    """

    if m.label is not Label.ORGANIZATION or not text.startswith(_SHARED_HEAD_TITLES, m.end) \
            or m.simplified.endswith(_BODY_ENDS + tuple(_UNITS)):
        return m  # (a body's own name before a unit's title stays: 公安局|处长 are the bureau's section chiefs)
    head = text[m.end]
    # written as the name is: a name in Traditional letters takes 處, 廳
    written = _TRADITIONAL_HEADS.get(head, head) if m.text != m.simplified else head
    return replace(m, end=m.end + 1, text=m.text + written, simplified=m.simplified + head, canonical="")


_TRADITIONAL_HEADS = {"处": "處", "厅": "廳"}


#: The letter of a body stationed in another (中央纪委|驻|环境保护部纪检组): the whole names the stationed unit.
_STATIONED = "驻"


def _split_unit(m: Mention, text: str, table: TokenTable | None, lexicon: Lexicon) -> Mention:
    """A model organisation that runs a body and one of its units together is cut back to the body when
    a role repeating the unit follows (国家发改委|中国小城镇试点处|处长: the role readers name the unit).

    Only then: without such a role (住房和城乡建设部研究室主任) the span is one body's name; and never where a body is
    stationed in another (中央纪委驻环境保护部纪检组|组长: the group a commission stations in a ministry is named by
    the two and its own head; neither 中央纪委驻环境保护部 nor the commission alone is that body; orgs300).
    """

    name = m.simplified
    if m.label is not Label.ORGANIZATION or table is None or len(name) < 6 or name[-1] not in _UNITS \
            or _STATIONED in name:
        return m
    # a role word of two letters or more opening with the unit (处长, 副处长): only those of the unit's letter and of
    # 副 can (Lexicon.roles_by_first), not every role word (speed127)
    unit, by_first = name[-1], lexicon.roles_by_first
    if not any(r.removeprefix("副")[:1] == unit and len(r) >= 2 and text.startswith(r, m.end)
               for r in (*by_first.get(unit, ()), *by_first.get("副", ()))):
        return m
    cut = 0
    # only words inside the mention count: from the first starting at it (words are in order), not the text's first
    for k in range(bisect_left(table.words, m.start, key=attrgetter("idx")), len(table.words)):
        word = table.words[k]
        if word.idx >= m.end:
            break
        if word.end <= m.start or word.end > m.end - 3:
            continue
        body = text[m.start:word.end]
        if len(body) >= 2 and body.endswith(_BODY_ENDS + tuple(lexicon.org_suffixes)) and word.text not in _NOT_BODIES:
            cut = word.end - m.start
    if not cut:
        return m
    return replace(m, end=m.start + cut, text=m.text[:cut], simplified=name[:cut], canonical="")


def _join_branches(mentions: list[Mention], text: str, original: str) -> list[Mention]:
    """A company's or bank's name right before a place's branch of it is one body, the branch
    (中国工商银行股份有限公司|上海市分行: the recogniser's 上海市分行 alone had been a body of its own);
    the place stays a place inside it. A bank's branch no extractor read is joined too: its place, a few
    letters and 分行 or 支行 (中国银行|黄冈市城区支行, roles39)."""
    orgs = sorted((m for m in mentions if m.label is Label.ORGANIZATION), key=lambda m: m.start)
    places = {m.start: m for m in mentions if m.label is Label.PLACE and m.code}
    org_starts = {m.start for m in orgs}
    joined: dict[int, Mention] = {}
    for a, b in zip(orgs, orgs[1:]):
        if (a.end == b.start and id(a) not in joined and a.simplified.endswith(_BRANCH_OWNERS)
                and b.simplified.endswith(_BRANCHES) and b.start in places):
            whole = replace(a, end=b.end, text=a.text + b.text, simplified=text[a.start:b.end], canonical="")
            joined[id(a)] = joined[id(b)] = whole
    for a in orgs:
        place = places.get(a.end)
        if id(a) in joined or place is None or a.end in org_starts or not a.simplified.endswith("银行"):
            continue
        branch = _BANK_BRANCH.match(text, place.end)
        if branch is not None and not any(c in _NOT_IN_BRANCH for c in branch.group()):
            joined[id(a)] = replace(a, end=branch.end(), text=original[a.start:branch.end()],
                                    simplified=text[a.start:branch.end()], canonical="")
    _join_school_branches(mentions, text, original or text, joined)
    return merge_joined(mentions, joined)


#: What a district's central school is called after 中心 (金海第三中心|幼儿园), what a school's name ends in, and its
#: branch after it: two to four letters and 分园 or 分校 (实验幼儿园|东桥分园, 第二中心幼儿园|国风分园; orgs300).
_CENTRAL_SCHOOL = re.compile("幼儿园|小学|中学")
_SCHOOL_ENDS = ("幼儿园", "小学", "中学", "学校")
_SCHOOL_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:分园|分校)")


def _join_school_branches(mentions: list[Mention], text: str, original: str, joined: dict[int, Mention]) -> None:
    """Add to ``joined`` each school read short: a name ending in 中心 right before a school's head is the district's
    central school (莲花中心|幼儿园, which the recogniser may read a place), and a school right before its branch
    (two to four letters and 分园 or 分校) is the branch; an organisation read inside what is added is part of it.

    >>> text = "莲花中心幼儿园、实验幼儿园东桥分园"
    >>> ms = [Mention("d", 0, 4, "莲花中心", "莲花中心", Label.PLACE, "crf"),
    ...       Mention("d", 4, 7, "幼儿园", "幼儿园", Label.ORGANIZATION, "crf"),
    ...       Mention("d", 8, 13, "实验幼儿园", "实验幼儿园", Label.ORGANIZATION, "crf")]
    >>> out = {}; _join_school_branches(ms, text, text, out)
    >>> sorted({(m.simplified, m.label.value) for m in out.values()})
    [('实验幼儿园东桥分园', 'ORGANIZATION'), ('莲花中心幼儿园', 'ORGANIZATION')]
    """
    orgs = [m for m in mentions if m.label is Label.ORGANIZATION]
    for a in mentions:
        if id(a) in joined or a.label not in (Label.ORGANIZATION, Label.PLACE):
            continue
        end = a.end
        if a.simplified.endswith("中心") and (head := _CENTRAL_SCHOOL.match(text, end)) is not None:
            end = head.end()
        if a.label is Label.PLACE and end == a.end:
            continue  # a place is a school only with the school's head after its 中心
        if text[a.start:end].endswith(_SCHOOL_ENDS) and (branch := _SCHOOL_BRANCH.match(text, end)) is not None \
                and not any(c in _NOT_IN_BRANCH for c in branch.group()):
            end = branch.end()
        if end == a.end:
            continue
        whole = replace(a, end=end, text=original[a.start:end], simplified=text[a.start:end], canonical="",
                        label=Label.ORGANIZATION)
        joined[id(a)] = whole
        for b in orgs:
            if b is not a and a.end <= b.start and b.end <= end and id(b) not in joined:
                joined[id(b)] = whole


#: What a bank's branch no extractor read holds after its place: a few letters, then 分行 or 支行 (城区支行, 分行).
_BANK_BRANCH = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:分行|支行)")
#: Letters no branch's name holds between its place and 支行 (上海|的支行, 上海|和北京分行, 深圳|成立分行).
_NOT_IN_BRANCH = frozenset("的和与及在是为等各或立设开办成有将已被向从到")


# the endings of a company's or a bank's name that has branches, and of the branches (上海市分行, 杭州分公司)
_BRANCH_OWNERS = ("有限公司", "股份公司", "银行", "集团公司")
_BRANCHES = ("分行", "支行", "分公司", "营业部")
# heads that name a particular body even without a place before them (人民日报, 中央气象台);
# 公司, 银行, 协会 and the like head generic phrases as often as names (金融公司)
_NAMED_HEADS = ("政协", "日报", "日报网", "晚报", "政协报", "报社", "电视台", "总台", "检察院", "法院", "公安局",
                "气象局", "气象台", "人大常委会", "常委会", "工委", "党组", "防控组",
                "审裁处")  # (Hong Kong's tribunals: 劳资审裁处, 版权审裁处)


def _named_head(name: str, lexicon: Lexicon) -> bool:
    return lexicon.org_suffixes.get(name) == "standalone" or (len(name) > 2 and name.endswith(_NAMED_HEADS))


def _heads_only(tail: str, lexicon: Lexicon) -> bool:
    """Whether ``tail`` is empty or made of organisation head words (机关, 办公室, 党组)."""
    return made_of(tail, _heads_longest_first(lexicon))


@lru_cache(maxsize=4)
def _heads_longest_first(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(sorted(lexicon.org_suffixes, key=len, reverse=True))


_COORDINATED_HEADS = ("委员会", "部", "厅", "局", "署", "学院", "研究所", "研究院", "大学", "审裁处")
_CONJUNCT_TAGS = frozenset({"n", "vn", "nz", "an", "ng", "nt"})
# a panel named by its fields (民政及文化体育事务委员会: Hong Kong's legislature's, Taiwan's councils')
_PANEL_HEAD = "事务委员会"


def _join_coordinated_names(mentions: list[Mention], text: str, table: TokenTable | None,
                            original: str = "") -> list[Mention]:
    """Organisations cut at a conjunction inside their name take back its first conjunct (rule 7).

    >>> from zhkg.records import Mention, Label
    >>> from zhkg.stages.segment import make_nlp, token_table
    >>> text = "人力资源和社会保障部部长尹蔚民"
    >>> cut = Mention("d", 5, 10, "社会保障部", "社会保障部", Label.ORGANIZATION, "crf")
    >>> [m.simplified for m in _join_coordinated_names([cut], text, token_table(make_nlp()(text)))]
    ['人力资源和社会保障部']
    """

    if table is None or not text:
        return mentions
    index = SpanIndex(mentions)
    out = []
    for m in mentions:
        if m.label is not Label.ORGANIZATION or m.start < 3:
            out.append(m)
            continue
        # the second conjunct may begin before the span: 住房和城乡|建设部
        right, i = m.start, table.token_of_char[m.start - 1]
        while i >= 0 and text[right - 1] not in _COORDINATORS and m.start - table.words[i].idx <= 4 \
                and table.words[i].tag in _CONJUNCT_TAGS:
            right, i = table.words[i].idx, i - 1
        name = text[right:m.end]
        # (a committee's second field may be of two letters: 技术及|竞技委员会; another head's is longer)
        k = min((j for j in (name.find(h) for h in _COORDINATED_HEADS)
                 if j >= 3 or j == 2 and name.endswith("委员会", j)), default=-1)
        if k < 0 or right < 3 or text[right - 1] not in _COORDINATORS:
            out.append(m)
            continue
        start, i = right - 1, table.token_of_char[right - 2]
        while i >= 0:
            word = table.words[i]
            if word.tag not in _CONJUNCT_TAGS or right - 1 - word.idx > 6:
                break
            start, i = word.idx, i - 1
        before = table.words[i] if i >= 0 else None
        # the nouns must begin the phrase: a noun before them would join them (企业和环境保护局), and after
        # 的 they are what something has (医学会的网络优势|和|航空航天大学的科研优势)
        # a first conjunct ending in a head is a body of its own (查尔斯顿艺术学院|和|柯林斯学院, 博物馆|和|…大学)
        # (but a panel's fields are its name's after 的 too: 最抢手的|民政及文化体育事务委员会, entities171)
        if right - 1 - start < 2 or text[start:right - 1].endswith(_COORDINATED_HEADS + BODY_BEFORE_AND) \
                or (before is not None and (before.tag in _NOUN_LIKE or before.text == "的"
                                            and not text.endswith(_PANEL_HEAD, m.start, m.end))
                    and not before.is_punct) \
                or any(o is not m and o.start < m.start and o.end > start for o in index.overlapping(
                    replace(m, start=start, end=m.start))):
            out.append(m)
            continue
        written = original[start:m.start] if original else text[start:m.start]
        out.append(recut(m, start, m.end, written + m.text, text[start:m.end]))
    return out


_NOUN_LIKE = frozenset({"n", "vn", "nz", "an", "ng", "nt", "ns", "nr", "nrt", "j", "x"})


#: The heads of a list whose items are named alike (港口发展委员会、推广及对外事务委员会; 龙山幼儿园、石桥幼儿园), and
#: what may stand between an item and the next one: a count of its members (分区委员会1,937人、) and a list's joiner
#: (、, 以及, 和, 及, 与).
_LIST_HEADS = ("委员会", "幼儿园", "小学", "中学")
_NEXT_ITEM = re.compile(r"(?:[0-9０-９][0-9０-９,.]*[人名个位席]?)?(?:、|以及|和|及|与)")
#: The next item: two to ten letters before the same head, the fewest (推广及对外事务委员会: a joiner inside it stays).
_ITEMS = {head: re.compile(r"[\u4e00-\u9fff]{2,10}?" + head) for head in _LIST_HEADS}
#: Letters no listed name holds before its head (和本会的咨询委员会, 、今年成立了…委员会), and letters of grammar none
#: opens with (、各专门委员会, 以及其下属委员会, 、并设…委员会; 将军祠幼儿园, 成都市委员会 are names).
_NOT_IN_ITEM = frozenset("的等了")
_NOT_OPENING_ITEM = frozenset("在是为各或其并被从这该")


def bodies_listed_alike(mentions: list[Mention], text: str, original: str = "") -> list[Mention]:
    """``mentions`` with each item of a list of committees or schools read from the list's joiner: an organisation
    that ends an item but starts inside it takes the item's first letters (港口发展委员会、推广及|对外事务委员会;
    外交委员会以及|对外|经济合作和发展委员会), and an item nothing read is an organisation of its own
    (:attr:`MentionSource.ORG_COORDINATED`: 地区扑灭罪行委员会536人和|地区防火委员会, 龙山幼儿园、将军祠幼儿园). An item
    is what follows a body of the list's head (:data:`_LIST_HEADS`), its count and a joiner, up to the same head; a
    school's item is no kind of school (、公办幼儿园) (orgs300).

    >>> text = "港口发展委员会、推广及对外事务委员会，罪行委员会536人和地区防火委员会526人"
    >>> ms = [Mention("d", s, e, text[s:e], text[s:e], Label.ORGANIZATION, "crf") for s, e in ((0, 7), (11, 18), (19, 24))]
    >>> [m.simplified for m in bodies_listed_alike(ms, text)]
    ['港口发展委员会', '推广及对外事务委员会', '罪行委员会', '地区防火委员会']
    """
    if not any(head in text for head in _LIST_HEADS):
        return mentions
    original = original or text
    orgs = [m for m in mentions if m.label is Label.ORGANIZATION]
    by_end: dict[int, list[Mention]] = {}
    for m in orgs:
        by_end.setdefault(m.end, []).append(m)
    index = SpanIndex(mentions)
    grown: dict[int, Mention] = {}
    added: list[Mention] = []
    items = [m for m in orgs if m.simplified.endswith(_LIST_HEADS)]
    done: set[int] = set()
    while items:
        item = items.pop(0)
        if item.end in done:
            continue
        done.add(item.end)
        head = next(h for h in _LIST_HEADS if item.simplified.endswith(h))
        joiner = _NEXT_ITEM.match(text, item.end)
        nxt = _ITEMS[head].match(text, joiner.end()) if joiner is not None else None
        front = text[nxt.start():nxt.end() - len(head)] if nxt is not None else ""
        if nxt is None or any(c in _NOT_IN_ITEM for c in front) or front[0] in _NOT_OPENING_ITEM \
                or head != _LIST_HEADS[0] and made_of(front, _SCHOOL_KINDS):
            continue
        s, e = nxt.span()
        ending = [m for m in by_end.get(e, ()) if m.start <= e - len(head)]
        if any(m.start <= s for m in ending):
            continue  # read whole already
        if ending:
            for m in ending:
                if m.start > s and id(m) not in grown and not any(o.label is Label.PERSON
                                                                  for o in index.overlapping(Span(s, m.start))):
                    grown[id(m)] = replace(m, start=s, text=original[s:e], simplified=text[s:e], canonical="")
            items.append(grown.get(id(ending[0]), ending[0]))
        elif _places_only(index, s, e):
            # (a place inside the new item stays a place inside it: 龙山幼儿园、|将军祠|幼儿园; neither grows over
            # a person read there, left to the readers that weigh people: 墨尔本中学及|麦克罗伯特森|女子中学)
            new = Mention(item.doc_id, s, e, original[s:e], text[s:e], Label.ORGANIZATION,
                          MentionSource.ORG_COORDINATED)
            added.append(new)
            items.append(new)
    if not grown and not added:
        return mentions
    return in_place_order([grown.get(id(m), m) for m in mentions] + added)


def _places_only(index: SpanIndex, start: int, end: int) -> bool:
    """Whether every mention ``index`` holds over ``start``..``end`` is a place inside it."""
    return all(o.label is Label.PLACE and start <= o.start and o.end <= end for o in index.overlapping(Span(start, end)))
