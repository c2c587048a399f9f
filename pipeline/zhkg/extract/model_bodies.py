"""The model's organisation against the rules' where they disagree (rule 4 of :mod:`zhkg.extract.combine`).

Scope: which of a model organisation and the rule names over it stands: a body an alias only opens (全国人大|
民族委员会), a team the team rule read shorter, a place and a word of praise (香港金牌), a former post's mark (前|
经济部长), a body's organ before a title (区政协党组|书记), a transliterated name inside a body or listed with firms
(威廉·希尔、bet365), a dictionary word abbreviating a body before a role (消基会|总干事), a grammar name holding a count
of bodies, a body run on over a title (中芯国际|联席CEO), a body and its headquarters' place, a short name the document
defines and 公司, a place before a Latin company (日本|NEC公司), a party and a house read back to back (民主党|立法会).

Caveats: the tests read a model mention, the rules' index and the text; :func:`zhkg.extract.combine.combine_mentions`
decides what each answer does. Moved word for word out of ``extract/combine.py`` (session 41, tidy168).
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.extract.body_ends import _BODY_ENDS, _BODY_HEADS, _heads_longest_first
from zhkg.extract.foreign_names import NAMED_PLACES
from zhkg.extract.organisations import HOUSES, abbreviated_body
from zhkg.extract.teams import MATCH_VERBS
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import BODY_ONLY_UNITS, Lexicon
from zhkg.stages.segment import TokenTable
from zhkg.text import LIST_JOINERS, NUMBERED_TERM, SpanIndex, is_han
from zhkg.text import Span as _Span

__all__ = ["_ALIAS_REST_BREAK", "_COMPANY_WORD", "_COUNTED_BODIES", "_HEADQUARTERS", "_HOUSES", "_LEGAL_ENDINGS", "_LIST_JOINERS", "_NOT_TEAM_TAGS", "_NOT_TEAM_WORDS", "_PARTY_GROUP_SEAT", "_PLACES_AFTER_PEOPLE", "_PRAISE", "_TEAM_OWN_WORDS", "_TITLE_OPENINGS", "_TITLE_QUALIFIERS", "_abbreviates_before_role", "_bodies_before_titles", "_body_after_alias", "_drop_former_mark", "_LONGEST_FRONT", "_NOUN_TAGS", "_PANEL_HEADS", "_UNDER_WORDS", "_firm_listed_with_firms", "_grown_to_clause_start", "_headquarters", "_named_with_company_word", "_names_a_body", "_names_one_body", "_nouns_only", "_one_rule_name", "_opens_clause", "_party_and_house", "_place_and_praise", "_place_before_latin", "_team_named_longer", "_trim_role_heads"]

# what opens a title after the body it names, as a model's organisation may end in it (区政协党组|书记, 万科集团董事会|
# 主席): a governing unit no division has as its own body (the lexicon's BODY_ONLY_UNITS), and a founding head's mark
# (民主党|创党主席, 中华总商会|创会会长: roles.tsv's 创党主席, 创会会长, 创校校长); the title is a role word of the lexicon
_TITLE_OPENINGS = (*BODY_ONLY_UNITS, "创党", "创会", "创校")
# a seat on a party group is a post too (财政部党组|成员), though no role word: 成员 after another unit (工会成员) is none
_PARTY_GROUP_SEAT = ("党组", "成员")

# words praising a person that jieba holds as nouns, read with the place before them as a body (香港|金牌|编剧)
_PRAISE = frozenset({"金牌", "王牌", "资深", "知名", "著名", "顶级", "当红", "一线", "御用"})


def _one_rule_name(m: Mention, spans: SpanIndex, text: str, source: MentionSource) -> Mention | None:
    """The one rule name over the model's organisation ``m``, when it is the only one and ``source`` read it."""
    if m.label is not Label.ORGANIZATION or not text:
        return None
    inside = spans.overlapping(m)
    return inside[0] if len(inside) == 1 and inside[0].extractor == source else None


def _body_after_alias(m: Mention, spans: SpanIndex, text: str, lexicon: Lexicon) -> bool:
    """Whether the model's organisation ``m`` is a body whose name an alias (a short form of the alias table,
    全国人大) only opens: the one rule name of its span, starting where it starts, and the rest a unit's name
    ending in a body's head (全国人大|民族委员会, 全国人大常委会|法工委; not 全国人大|代表, nor a list 全国人大和政协).
    An ordinal session the model reads before the alias is the body's too, as it is before a full name
    (第九届|全国人大, 九届|全国政协|常委会, as 十一届全国人大常委会): the session names the body that sat then.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> a = Mention("d", 0, 4, "全国人大", "全国人大", Label.ORGANIZATION, MentionSource.ALIAS)
    >>> def model(name): return Mention("d", 0, len(name), name, name, Label.ORGANIZATION, "crf")
    >>> [_body_after_alias(model(n), SpanIndex([a]), n, load_lexicon()) for n in ("全国人大民族委员会", "全国人大代表")]
    [True, False]
    >>> t = "第九届全国人大"
    >>> b = Mention("d", 3, 7, t[3:], t[3:], Label.ORGANIZATION, MentionSource.ALIAS)
    >>> _body_after_alias(model(t), SpanIndex([b]), t, load_lexicon())
    True
    """
    a = _one_rule_name(m, spans, text, MentionSource.ALIAS)
    if a is None:
        return False
    rest = text[a.end:m.end]
    if a.start > m.start and NUMBERED_TERM.fullmatch(text[m.start:a.start]):
        if not rest:
            return True
        m = replace(m, start=a.start)
    return (a.start == m.start and len(rest) >= 2 and not _ALIAS_REST_BREAK.search(rest)
            and (rest.endswith(_BODY_ENDS) or any(rest.endswith(h) for h in _BODY_HEADS)
                 or any(rest.endswith(h) for h in lexicon.org_suffixes)))


def _team_named_longer(m: Mention, spans: SpanIndex, text: str, people: SpanIndex | None = None,
                       table: TokenTable | None = None) -> bool:
    """Whether the model's organisation ``m`` is a team whose name the team rule read shorter: the one rule name
    of its span is a team ending where it ends, and what the model reads before it is the team's own words, no
    result verb, list or particle, no person read and no item of a list of people (加索尔、拜纳姆|黄蜂队) and
    no word jieba tags a verb, a time, an idiom or a phrase (交易截止日|网队) (尤他|爵士队, 首都儿|研所队,
    中国大学生东方|时代队: jieba's last word before 队 is not the whole name; 山东队力克河北队 holds two teams).

    >>> def m(s, e, name, source): return Mention("d", s, e, name, name, Label.ORGANIZATION, source)
    >>> t = "击败尤他爵士队"
    >>> team = m(4, 7, "爵士队", MentionSource.ORG_TEAM)
    >>> [_team_named_longer(m(s, 7, t[s:], "crf"), SpanIndex([team]), t) for s in (2, 0)]
    [True, False]
    """
    t = _one_rule_name(m, spans, text, MentionSource.ORG_TEAM)
    if t is None or not text.endswith("队", 0, t.end):
        return False  # (a club the teams table names, 曼联, fixes its span: 维拉利|曼联 are two clubs)
    before = text[m.start:t.start]
    if not (t.end == m.end and 0 < len(before) <= 8 and _TEAM_OWN_WORDS.fullmatch(before) is not None
            and not set(before) & _NOT_TEAM_WORDS and not any(v in before for v in MATCH_VERBS)):
        return False
    if people is not None and (any(p.start < t.start and m.start < p.end for p in people.overlapping(m))
                               or m.start > 1 and text[m.start - 1] in "、，," and any(
                p.end == m.start - 1 for p in people.overlapping(_Span(m.start - 2, m.start - 1)))):
        return False  # (a person, or the next item of a list of people: 加索尔、|拜纳姆黄蜂队)
    if table is None:
        return True
    words = (table.word_at(i) for i in range(m.start, t.end))
    return not any(w is not None and w.tag in _NOT_TEAM_TAGS for w in words)


# the words of a team's name before the rule's shorter name: Han letters and Latin ones, no particle, list or
# conjunction (北京的|国安队, 山东和|河北队 name no one team)
_TEAM_OWN_WORDS = re.compile(r"[A-Za-z\u4e00-\u9fff]+")

_NOT_TEAM_WORDS = frozenset("的地得了着过和与及同跟或")

# jieba's tags of a word no team's name holds: verbs, times, idioms, set phrases (交易|截止日|网队)
_NOT_TEAM_TAGS = frozenset({"v", "vn", "vd", "t", "i", "l"})

# what after a short form makes the rest another name or none: a list, a conjunction, a clause break
_ALIAS_REST_BREAK = re.compile(r"[\s、，,和与及同跟]")


def _place_and_praise(m: Mention, coded_spans: set[tuple[int, int]]) -> bool:
    """Whether a model organisation is a coded place and a word of praise (香港金牌 of 香港金牌编剧岸西): a person's
    description, no body; the place stays."""
    return m.label is Label.ORGANIZATION and m.simplified[-2:] in _PRAISE and (m.start, m.end - 2) in coded_spans


def _drop_former_mark(m: Mention, text: str, table: TokenTable | None, lexicon: Lexicon) -> Mention:
    """前 or 原 the model read as the first letter of a body whose title follows it is the title's mark of a post
    left (前|经济部长, 原|交通部长: 经济部, 交通部), when jieba cuts it off as a word of its own or the rest is a
    body the table knows (前卫|福部长: 卫福部)."""
    if m.label is not Label.ORGANIZATION or table is None or len(m.simplified) < 3 or m.simplified[0] not in "前原" \
            or (word := table.word_at(m.start)) is None:
        return m
    if (word.end != m.start + 1 and m.simplified[1:] not in lexicon.known_organisations) \
            or not any(text.startswith(r, k) and k + len(r) > m.end for k in (m.end - 1, m.end)  # 部|长 shares 部
                       for r in lexicon.roles_by_first.get(text[k : k + 1], ())):
        return m
    return replace(m, start=m.start + 1, text=m.text[1:], simplified=m.simplified[1:], canonical="")


def _trim_role_heads(m: Mention, text: str, lexicon: Lexicon) -> Mention:
    """区政协党组|书记: 党组 before 书记 belongs to the role, as in the suffix grammar (and 董事会 before 主席: a governing
    unit no division has as its own body, :data:`zhkg.resources.lexicon.BODY_ONLY_UNITS`, before a role word opening
    with it, or a founding head's mark: 民主党|创党主席); a role word closing a
    model's organisation is the role of the person after it (民进党|立委 林俊宪); and a party's 籍 before it
    says the person belongs to the party and is no part of its name (民進黨|籍立委, 国民党|籍)."""
    if m.label is not Label.ORGANIZATION:
        return m
    cut = 0
    organ = next((o for o in _TITLE_OPENINGS if m.simplified.endswith(o)), "")
    # (a bare 党组 is left empty, and dropped)
    if organ and (len(lexicon.role_at(text, m.end - len(organ))) > len(organ)
                  or (organ, text[m.end : m.end + 2]) == _PARTY_GROUP_SEAT):
        cut = len(organ)
    else:
        role = lexicon.role_ending(m.simplified, len(m.simplified), 2)  # leaving a name of two letters at least
        cut = len(role)
    if m.simplified[:len(m.simplified) - cut].endswith("党籍") and len(m.simplified) - cut > 3:
        cut += 1
    if not cut:
        return m

    return replace(m, end=m.end - cut, text=m.text[:-cut], simplified=m.simplified[:-cut])


def _names_a_body(person: Mention, model_index: SpanIndex, lexicon: Lexicon, text: str = "") -> bool:
    """Whether a transliterated name stands inside a model organisation that ends in a head word after it
    (英国|迪洛伊特·塔奇|咨询集团), or inside a model place named after a person (萨姆·休斯敦|堡): the name is the
    body's or the place's, and the model's span stands."""
    if person.extractor != MentionSource.PEOPLE_FOREIGN:
        return False
    if _firm_listed_with_firms(person, model_index, text):
        return True
    return any(m.start <= person.start and person.end < m.end and (
        (m.label is Label.ORGANIZATION and m.simplified.endswith(_heads_longest_first(lexicon)))
        or (m.label is Label.PLACE and m.simplified.endswith(_PLACES_AFTER_PEOPLE)))
        for m in model_index.overlapping(person))


def _firm_listed_with_firms(person: Mention, model_index: SpanIndex, text: str) -> bool:
    """Whether the model reads a transliterated name's very span as an organisation and a model organisation is
    listed right beside it by 、, 和, 与 or 及 (威廉·希尔、bet365; 摩根·斯坦利、美林集团): a firm named after a person,
    listed with its peers; a list of people (约翰·史密斯、玛丽·史密斯) has the model's people beside it.

    >>> t = "威廉·希尔、bet365开出赔率"
    >>> def org(s, e): return Mention("d", s, e, t[s:e], t[s:e], Label.ORGANIZATION, "crf")
    >>> person = Mention("d", 0, 5, t[:5], t[:5], Label.PERSON, MentionSource.PEOPLE_FOREIGN)
    >>> _firm_listed_with_firms(person, SpanIndex([org(0, 5), org(6, 12)]), t), _firm_listed_with_firms(person, SpanIndex([org(0, 5)]), t)
    (True, False)
    """
    if not any(m.span == person.span and m.label is Label.ORGANIZATION for m in model_index.overlapping(person)):
        return False
    after = replace(person, start=person.end + 1, end=person.end + 2)
    before = replace(person, start=max(0, person.start - 2), end=max(0, person.start - 1))
    return (text[person.end:person.end + 1] in _LIST_JOINERS and person.end < len(text)
            and any(m.label is Label.ORGANIZATION and m.start == person.end + 1 for m in model_index.overlapping(after))) \
        or (person.start > 1 and text[person.start - 1] in _LIST_JOINERS
            and any(m.label is Label.ORGANIZATION and m.end == person.start - 1 for m in model_index.overlapping(before)))


_LIST_JOINERS = LIST_JOINERS  # (one copy: zhkg.text)

# what ends a place named after a person: its kinds (大厦, 中心, 公园 …), a former home (故居) and a fort (堡: Fort Sam
# Houston, 萨姆·休斯敦堡)
_PLACES_AFTER_PEOPLE = tuple(sorted(NAMED_PLACES | {"故居", "堡"}))


def _abbreviates_before_role(o: Mention, text: str, table: TokenTable | None, lexicon: Lexicon) -> bool:
    """Whether a grammar organisation is one dictionary word abbreviating a body before a role (消基会|总干事)."""
    word = table.word_at(o.start) if table is not None else None
    if word is None:
        return False
    return (word.idx, word.end) == (o.start, o.end) and abbreviated_body(word, text, lexicon)


# a number of bodies (美国三大汽车公司, 两家银行) is a description, no name
_COUNTED_BODIES = re.compile(r"[一二两三四五六七八九十几数多\d]+[大家个所]")


def _names_one_body(o: Mention, text: str) -> bool:
    """Whether a grammar organisation the model missed names one body: no count of bodies inside it
    (日本三大证券公司), and not the start of a title it does not close (《中华人民共和国村民委员会|组织法》)."""
    if _COUNTED_BODIES.search(o.simplified):
        return False
    opened, closed = text.rfind("《", 0, o.start), text.rfind("》", 0, o.start)
    if opened > closed:  # inside a title: the body must end it
        return text[o.end:o.end + 1] in ("》", "")
    return True


#: Houses a party's members sit in, and any other chamber (上议院) a model name may glue to a party.
_HOUSES = HOUSES + ("议院",)


def _bodies_before_titles(model: list[Mention], people: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """A model organisation run on over a title into the person the rules found after it ends before the title
    (中芯国际联席CEO赵海军 -> 中芯国际, 联席 a part of the title), or is dropped when nothing is left."""
    after_role = SpanIndex(p for p in people if p.extractor == MentionSource.PEOPLE_AFTER_ROLE)
    out = []
    for m in model:
        if m.label is Label.ORGANIZATION:
            inner = [p for p in after_role.overlapping(m) if m.start < p.start and p.end == m.end]
            role = lexicon.role_ending(text, inner[0].start, m.start) if inner else ""
            if role:
                end = inner[0].start - len(role)
                while text[m.start:end].endswith(_TITLE_QUALIFIERS):
                    end -= next(len(q) for q in _TITLE_QUALIFIERS if text[m.start:end].endswith(q))
                if end - m.start < 2:
                    continue
                m = replace(m, end=end, text=m.text[:end - m.start], simplified=text[m.start:end], canonical="")
        out.append(m)
    return out


# words before a title that qualify it (联席CEO, 常务副总裁, 代理董事长), not the body's name
_TITLE_QUALIFIERS = ("联席", "首席", "常务", "执行", "代理", "名誉", "新任", "前任", "副")


def _headquarters(m: Mention, known: SpanIndex, coded_spans: set[tuple[int, int]], text: str) -> bool:
    """Whether a model organisation is a well-known body, a place and 总部 (比亚迪|深圳|总部): the body itself
    and the place where it is, not a body of its own. Without a place, 联合国总部 stays the headquarters' name
    (MSRA tags it so)."""
    if m.label is not Label.ORGANIZATION or not text.startswith(_HEADQUARTERS, m.end - 2):
        return False
    return any(k.start == m.start and (k.end, m.end - 2) in coded_spans for k in known.overlapping(m))


_HEADQUARTERS = "总部"


def _named_with_company_word(mentions: list[Mention]) -> list[Mention]:
    """An organisation written as a short name the document defines and 公司 (远洋中广装饰公司, where a bracket defines
    远洋中广装饰 for 北京远洋中广建筑装饰工程有限公司) is that body: an ``ALIAS`` of its full name. A legal name (…有限公司)
    stays its own; a name and its 公司 written alone (宝马, 宝马公司) are left to resolution, which joins them."""
    bodies: dict[str, str] = {}
    for m in mentions:
        if m.label is Label.ORGANIZATION:
            bodies.setdefault(m.simplified, m.canonical or m.simplified)
    out = []
    for m in mentions:
        name = m.simplified[:-len(_COMPANY_WORD)]
        if m.label is Label.ORGANIZATION and m.simplified.endswith(_COMPANY_WORD) and len(name) >= 2 \
                and not m.simplified.endswith(_LEGAL_ENDINGS) and bodies.get(name, name) != name:
            m = replace(m, canonical=bodies[name], extractor=MentionSource.ALIAS)
        out.append(m)
    return out


_COMPANY_WORD = "公司"

_LEGAL_ENDINGS = ("有限公司", "有限责任公司", "股份公司")


def _place_before_latin(m: Mention, t: Mention, coded_spans: set[tuple[int, int]]) -> bool:
    """Whether the model's organisation ``m`` is a coded place and then the Latin company ``t`` named with its kind
    (日本|NEC公司; not 北京|CBD, a district).

    >>> org = lambda s, e, t, src: Mention("d", s, e, t, t, Label.ORGANIZATION, src)
    >>> _place_before_latin(org(0, 7, "日本NEC公司", "crf"), org(2, 7, "NEC公司", MentionSource.ORG_LATIN), {(0, 2)})
    True
    >>> _place_before_latin(org(0, 5, "北京CBD", "crf"), org(2, 5, "CBD", MentionSource.ORG_LATIN), {(0, 2)})
    False
    """
    return (m.label is Label.ORGANIZATION and t.extractor == MentionSource.ORG_LATIN and m.end == t.end
            and m.start < t.start and (m.start, t.start) in coded_spans and is_han(t.simplified[-1:]))


def _party_and_house(m: Mention, rule_orgs: SpanIndex) -> bool:
    """Whether a model organisation is exactly a party and a house the rules read back to back (民主党|立法会)."""
    if m.label is not Label.ORGANIZATION:
        return False
    inner = sorted((o for o in rule_orgs.overlapping(m) if m.start <= o.start and o.end <= m.end), key=lambda o: o.start)
    return (len(inner) == 2 and inner[0].start == m.start and inner[0].end == inner[1].start
            and inner[1].end == m.end and inner[0].simplified.endswith("党") and inner[1].simplified.endswith(_HOUSES))


#: Words that end the text before a subordinate body's name (通讯局办公室辖下|电讯规管事务咨询委员会): the body under
#: another starts after them, as after a clause's punctuation.
_UNDER_WORDS = frozenset({"辖下", "旗下", "属下", "下属"})
_LONGEST_FRONT = 4
#: The heads of a panel or an association named by its field, which the recogniser cuts (规管事务咨询|委员会, 佐级|协会);
#: a company or a bureau keeps the model's start (标签|承德华宁乳业公司, 本报讯|沈阳铁路公安局: MSRA dev).
_PANEL_HEADS = ("委员会", "协会")


def _grown_to_clause_start(model: list[Mention], organisations: list[Mention], text: str, table: TokenTable | None,
                           original: str = "") -> list[Mention]:
    """``model`` with each committee or association (:data:`_PANEL_HEADS`) the suffix grammar read longer to the same
    end grown to the grammar's start, where that start follows a space or a word of subordination (辖下, 旗下) and the letters added are nouns of up to four letters (警队员|佐级协会 after a headline's space; 辖下|电讯|规管事务咨询委员会): the recogniser cut
    a committee's or an association's field off its front (orgs300). ``original`` is the text as written.

    >>> from zhkg.stages.segment import make_nlp, token_table
    >>> text = "他出任辖下电讯规管事务咨询委员会成员"
    >>> model = [Mention("d", 7, 16, text[7:16], text[7:16], Label.ORGANIZATION, "crf")]
    >>> rule = [Mention("d", 5, 16, text[5:16], text[5:16], Label.ORGANIZATION, "org_suffix")]
    >>> [m.simplified for m in _grown_to_clause_start(model, rule, text, token_table(make_nlp()(text)))]
    ['电讯规管事务咨询委员会']
    """
    if table is None or not text:
        return model
    longer: dict[int, int] = {}  # each grammar organisation's end and its earliest start
    for o in organisations:
        if o.extractor == MentionSource.ORG_SUFFIX and o.label is Label.ORGANIZATION:
            longer[o.end] = min(o.start, longer.get(o.end, o.start))
    if not longer:
        return model
    original = original or text
    out = []
    for m in model:
        start = longer.get(m.end, m.start)
        if m.label is Label.ORGANIZATION and m.simplified.endswith(_PANEL_HEADS) and 0 < m.start - start <= _LONGEST_FRONT \
                and start in table.starts \
                and _opens_clause(start, text, table) and _nouns_only(start, m.start, table):
            m = replace(m, start=start, text=original[start:m.end], simplified=text[start:m.end], canonical="")
        out.append(m)
    return out


def _opens_clause(start: int, text: str, table: TokenTable) -> bool:
    """Whether ``start`` follows a space (a headline's or a paragraph's end) or a word of subordination; not the
    text's start or a mark of punctuation, after which the recogniser's start is as often the name's (UNER dev)."""
    if start > 0 and text[start - 1].isspace():
        return True
    before = table.word_at(start - 1)
    return before is not None and before.text in _UNDER_WORDS


def _nouns_only(start: int, end: int, table: TokenTable) -> bool:
    """Whether every word from ``start`` to ``end`` (the last may run past it) is a noun (:data:`_NOUN_TAGS`)."""
    k = table.token_of_char[start]
    while k < len(table.words) and table.words[k].idx < end:
        if table.words[k].tag not in _NOUN_TAGS:
            return False
        k += 1
    return True


#: jieba's tags of a field's nouns (电讯, 警队): a noun, a verbal or an abbreviation's; never a word it built (李政任,
#: 这是, 更料 before a body: a name and a verb, a pronoun and a copula).
_NOUN_TAGS = frozenset({"n", "vn", "nz", "ng", "nt", "j"})
