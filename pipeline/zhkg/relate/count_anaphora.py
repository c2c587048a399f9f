"""Counts' owners named by anaphora and deixis: 该公司, 当地, 全区, 他们, 该剧 and their kin.

* :func:`_anaphors` resolves each anaphor of ``anaphora.tsv`` (该公司, 该校, 当地, 全队, 县内…) to the nearest
  fitting organisation or place before it (by the table's name endings), to the document's home place
  (:func:`_home_place`) or to the subject of a copula sentence (:func:`_copula_subject`);
* :func:`_unresolved_anaphors` finds anaphors opening a clause with nothing to stand for: such a clause's
  counts take no owner carried from before;
* :func:`_plural_subjects` reads 他们/它们 as the organisation opening the clause before;
* :func:`_pointers` finds clause subjects that point back to what is no holder (该剧, a person, a
  company nobody named: 一家…企业，其…), so no holder is carried past them.

Caveats: deixis of the writer's own place (我国, 本港, 全区) is resolved earlier, by
:mod:`zhkg.stages.resolve`; this module only reads what the relation stage sees.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.records import Label, Mention, MentionSource
from zhkg.relate.base import CLAUSE_BREAK, DERIVED, RelationContext
from zhkg.relate.count_facilities import (
    counted_before,
    facility_span,
    facility_subject,
)
from zhkg.relate.count_forms import _OPENING, _SENTENCE_BREAK, _is_company
from zhkg.relate.count_pointers import company_word, model_code, person_subject, thing_pointer
from zhkg.text import find_all

if TYPE_CHECKING:  # pragma: no cover
    from zhkg.resources.lexicon import Lexicon

__all__ = [
    "_AT_FACILITY",
    "_COMPANY",
    "_COPULA",
    "_PERSON",
    "_SUBJECT_OPENING",
    "_THING",
    "_anaphors",
    "_plural_subjects",
    "_pointers",
    "_unresolved_anaphors",
]

# An anaphor followed by one of these begins another word: 该校长 (the head), 该局长.
_NOT_AFTER = "长委政"
# ... and after a two-character anaphor also 该会议, 该队员, 该行业, 该市场, 该村民, 该地王, 该地块.
_NOT_AFTER_SHORT = _NOT_AFTER + "议员业场民王块"
# A list of holders or things as a subject, then a copula, then a count of them (天河、番禺和荔湾成为三大领军区域):
# the count is the list's, named by its category, and has no owner.
_COPULA = re.compile(r"(?:成为|是|为|均为|都是|均是|都为|并称|并列|列为|位列|跻身)")
_ADVERBS_OPENING = re.compile(r"[都均也已则]*")  # (鹿港镇也是…: adverbs between a subject and its copula)
# A place right after 驻 is the host country (法国驻华大使馆): never what 该国 stands for.
_STATIONED = "驻"
# 其 opening a clause stands for the nearest organisation before it in its sentence (据万科集团介绍,其在…).
_ITS = "其"
# 一家/一所/一间 and what follows up to the end of its clause (收购了一家…家具企业，其麾下…): a body the text does not name,
# nearer to a 其 opening the next clause than any named organisation; 其 stands for it (owners59).
_UNNAMED_BODY = re.compile(r"([^，,。；;！？!?]*)一[家所间][^，,。；;！？!?]*[，,。；;！？!?]$")
_UNNAMED_REACH = 40  # letters before 其 searched for it
_NOT_ITS = ("其中", "其他", "其它", "其实", "其余", "其次", "其后", "其间")  # among them, others, in fact…
# A plural pronoun opening a clause, and how many clauses back the organisation it stands for may open one.
_PLURAL_SUBJECT = re.compile(r"他们|它们")
_PLURAL_CLAUSES = 4
# Conjunctions a clause may open with before its subject (但灰熊队的后劲也不错).
_CLAUSE_CONJUNCTIONS = ("但是", "不过", "然而", "而且", "但", "而", "且")
# a national side named by its sport's short form, which 全队 and 该队 stand for (session 26, counts29)
_SQUAD_SHORTS = ("女排", "男排", "女足", "男足", "女篮", "男篮", "国足", "国奥", "女曲", "男曲", "女垒", "男垒", "女手", "男手")
# Kinds of clause subjects no holder named before carries past (zhkg.relate.count_pointers, session 21).
_THING, _PERSON, _COMPANY = "thing", "person", "company"
_WORK_TITLE = "《"


@lru_cache(maxsize=4)  # a Lexicon hashes by identity
def _anaphora_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """The lexicon's anaphors as one pattern, longest first, each not followed by what makes it another word."""
    words = sorted(lexicon.anaphora, key=lambda w: (-len(w), w))
    return re.compile("|".join(f"{re.escape(w)}(?![{_NOT_AFTER_SHORT if len(w) == 2 else _NOT_AFTER}])"
                               for w in words))


def _anaphors(ctx: RelationContext, holders: list[Mention], teams: frozenset[Mention] = frozenset(),
              records: frozenset[int] = frozenset()) -> list[tuple[int, int, Mention]]:
    """(start, end, antecedent) of each anaphor with a fitting organisation or place before it; a team known by
    its record (``teams``, or a holder where a record is: ``records``) fits 全队 and 该队 whatever its name ends in,
    and is preferred to any other team, as is a club ``teams.tsv`` lists (湖人队, canonically 湖人) to none. Of the
    organisations of the sentence that holds the nearest fitting one, the last opening a clause (its subject) is
    taken (湖人队客场击败了凯尔特人队。全队… -> 湖人队)."""
    table = ctx.lexicon.anaphora
    if not table:
        return []
    pattern = _anaphora_pattern(ctx.lexicon)
    known = ctx.lexicon.known_organisations
    text = ctx.simplified
    home = _home_place(holders)
    out = []
    # the holders an anaphor's word fits depend on the word alone: sorted out once a word, not once an occurrence
    # (one long line holds hundreds of 该公司, session 27)
    fitting_of: dict[str, list[Mention]] = {}
    for m in pattern.finditer(ctx.simplified):
        if m.group() in _WITHIN and not _opens_clause(text, m.start()) and not (
                m.group() in _WITHIN_ANYWHERE and text[m.start() - 1 : m.start()] not in _NOT_BEFORE_COUNTY):
            continue  # 城市内, 超市内: no anaphor but a word's tail (session 27)
        label, heads = table[m.group()]
        wanted = Label.ORGANIZATION if label == "org" else Label.PLACE
        fitting = fitting_of.get(m.group())
        if fitting is None:
            fitting = fitting_of[m.group()] = [h for h in holders if ((h.label is wanted
                   and (not heads or h.name.endswith(heads) or h.simplified.endswith(heads)
                        # (a club teams.tsv lists: 湖人队 is 湖人, and 全队 still stands for it)
                        or ((h in teams or h.extractor == MentionSource.ORG_TEAM) and "队" in heads)
                        # a national squad by its sport's short form (中国女排, 日本男篮) is a team too
                        or ("队" in heads and h.simplified.endswith(_SQUAD_SHORTS))
                        # 该公司, 该集团 stand for a company known by a name with no generic ending (中华电信, 新鸿基地产)
                        or ("公司" in heads and _is_company(h, known)))
                   ) or (m.group() == _DISTRICT_WITHIN and h.label is Label.ORGANIZATION
                         and h.simplified.endswith(_DISTRICT_COUNCIL)))
                   and not (h.label is Label.PLACE and ctx.simplified.endswith(_STATIONED, 0, h.start))]
        before = [h for h in fitting if h.end <= m.start()]
        later = [h for h in fitting if h.start >= m.end()]
        recorded = [h for h in before if h in teams or h.start in records]
        if recorded and "队" in heads:  # a game report's section: the team whose record heads it (小牛(57-25)…。全队)
            out.append((m.start(), m.end(), max(recorded, key=lambda h: (h.end, -h.start))))
        elif before:
            nearest = max(before, key=lambda h: (h.end, -h.start))
            if wanted is Label.ORGANIZATION:  # 湖人队击败了凯尔特人队。全队…: the subject of that sentence, not its object
                opening = max((b.end() for b in _SENTENCE_BREAK.finditer(text, 0, nearest.start)), default=0)
                subjects = [h for h in before if h.start >= opening and _opens_clause(text, h.start)]
                nearest = max(subjects, key=lambda h: (h.end, -h.start)) if subjects else nearest
            else:  # 鹿港镇是台湾著名古镇。当地…: the place the copula describes, not one describing it (owners59)
                nearest = _copula_subject(text, before, nearest) or nearest
            out.append((m.start(), m.end(), nearest))
        elif wanted is Label.ORGANIZATION and m.group().startswith("该") and later:
            # 该校已为首都培育…人才10万多人。…北京市财贸管理干部学院…: with none before, the nearest body of its kind the
            # document names after it (a passage whose sentences run in reverse, a lead before the story; session 23)
            out.append((m.start(), m.end(), min(later, key=lambda h: (h.start, -h.end))))
        elif m.group() == _LOCAL and home is not None:
            # 当地新增3例: with no place before, the place the document names most (session 26; 本地 with no place of
            # Hong Kong, Macau or Taiwan before is left to the clause's holder: 北京市卫健委通报，本地新增3例)
            out.append((m.start(), m.end(), home))
        elif label == "place" and heads and len(heads[0]) > 1 and m.group() not in _LOCAL_WORDS and (
                len(heads) == 1 or all(len(h) == 1 for h in heads[1:])):
            # 本港, 全澳, 全台 name one place: with none named before, that place (derived only if it owns a count);
            # so do 岛内, 全岛, 本岛 in Taiwan's news (台湾|岛: one place, or an island by its kind; session 26)
            out.append((m.start(), m.end(), Mention(ctx.doc.id, m.start(), m.end(), ctx.text[m.start():m.end()],
                                                    m.group(), Label.PLACE, DERIVED, canonical=heads[0],
                                                    code=_whole_place_code(ctx, heads[0]))))
    return out


def _whole_place_code(ctx: RelationContext, name: str) -> str:
    """The gazetteer's code of the one place a whole-place word names (全台: 台湾, TW; 本港: 香港, HK), so it is the
    node the place's name makes (review140: 全台 was a 臺灣 of its own, with no code, beside 台灣); empty when the
    gazetteer holds no division of exactly that name, or several.

    >>> from zhkg.records import Document
    >>> ctx = RelationContext(Document("d", "全台共有22个县市。"), [], {})
    >>> _whole_place_code(ctx, "台湾"), _whole_place_code(ctx, "香港"), _whole_place_code(ctx, "街道")
    ('TW', 'HK', '')
    """
    from zhkg.resources.gazetteer import load_gazetteer

    found = load_gazetteer(ctx.lexicon).lookup(name)
    return found[0].code if len(found) == 1 and found[0].name == name else ""


# Within a division of a kind (县内, 省内, 市内): an anaphor only opening a clause (嘉义县政府指出，县内目前有…), as the
# letters may end another word (城市内, 超市内; session 27).
# 区内 (session 29) stands for a district, or for the district council named before it (its area, its counts)
_DISTRICT_WITHIN = "区内"
_DISTRICT_COUNCIL = "区议会"
_WITHIN = frozenset({"县内", "省内", "市内", _DISTRICT_WITHIN, "现场", "会场"})  # (现场, 会场: an event's; owners310)
# 县 closes no common word but a county's, so 县内 after a verb stands for the county too (花莲县政府统计，地震造成县内
# 17栋建筑受损, session 28); 市内 and 省内 may be a word's tail (城市内, 超市内, 节省内存), and 州县, 郡县 are counties in general.
_WITHIN_ANYWHERE = frozenset({"县内"})
_NOT_BEFORE_COUNTY = ("州", "郡")
# 当地 with no place before it stands for the document's own place; neither it nor 本地 stops a holder carried past it
# (session 26).
_LOCAL = "当地"
_LOCAL_WORDS = (_LOCAL, "本地")
# Anaphors of housing projects (该项目, 该楼盘: derived where the project's name is written) and of events (该活动, 本届比赛:
# an unnamed campaign is often the holder's own) stop no holder carried past them when unresolved.
_UNSTOPPING_KINDS = ("项目", "楼盘", "大赛", "比赛", "锦标赛")


def _copula_subject(text: str, places: list[Mention], place: Mention) -> Mention | None:
    """The place a clause opens with when ``place`` is in what its copula says of it (彰化县鹿港镇是台湾著名古镇:
    鹿港镇, the last of the places glued one after another that open the clause), else None.

    >>> from zhkg.records import Mention, Label
    >>> t = "彰化县鹿港镇是台湾著名古镇。"
    >>> ms = [Mention("d", s, e, t[s:e], t[s:e], Label.PLACE, "x") for s, e in ((0, 3), (3, 6), (7, 9))]
    >>> _copula_subject(t, ms, ms[2]).name, _copula_subject(t, ms, ms[1])
    ('鹿港镇', None)
    """
    clause_start = place.start
    while clause_start > 0 and not _opens_clause(text, clause_start):
        clause_start -= 1
    at = _SUBJECT_OPENING.match(text, clause_start).end()
    chain = None
    for h in sorted((h for h in places if at <= h.start < place.start), key=lambda h: h.start):
        if h.start != at:
            break
        chain, at = h, h.end
    if chain is None or chain is place:
        return None
    return chain if _COPULA.match(text, _ADVERBS_OPENING.match(text, chain.end).end()) else None


def _home_place(holders: list[Mention]) -> Mention | None:
    """The place the document names most often (a place of the gazetteer, not a deixis), the first named on a tie:
    what 当地 stands for when no place is named before it.

    >>> from zhkg.records import Mention, Label
    >>> ms = [Mention("d", s, s + 2, n, n, Label.PLACE, "x") for s, n in ((0, "上海"), (5, "广州"), (9, "广州"))]
    >>> _home_place(ms).name, _home_place([])
    ('广州', None)
    """
    places = [h for h in holders if h.label is Label.PLACE and h.extractor not in (MentionSource.DEIXIS, DERIVED)]
    if not places:
        return None
    times: dict[str, int] = {}
    for h in places:
        times[h.simplified] = times.get(h.simplified, 0) + 1
    return max(places, key=lambda h: (times[h.simplified], -h.start))


def _unresolved_anaphors(ctx: RelationContext, resolved: AbstractSet[int], openings: Sequence[int]) -> list[int]:
    """Where an anaphor of the table with no antecedent opens a clause as its subject (该公司 with no company named):
    what it points to is none of the holders named, so none carries past it (session 26). Not 当地/本地, a housing
    project (该项目, 该楼盘: derived where their names are written), 区内 (a zone's area), an event or an activity (该活动 with no event
    named is often the holder's own campaign) nor a place with no kind (该地, 该地区)."""
    table = ctx.lexicon.anaphora
    if not table:
        return []
    pattern = _anaphora_pattern(ctx.lexicon)
    out = []
    for at in openings:
        m = pattern.match(ctx.simplified, at)
        if m is None or at in resolved or m.group() in (*_LOCAL_WORDS, _DISTRICT_WITHIN):
            continue  # (区内 with no district named: a zone's, 试验区…区内已有920多家外资企业, is carried on)
        label, heads = table[m.group()]
        if (label == "place" and not heads) or any(h in _UNSTOPPING_KINDS for h in heads):
            continue
        out.append(at)
    return out


def _opens_clause(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a clause or a sentence of ``text``, past opening quotes."""
    while pos > 0 and text[pos - 1] in _OPENING:
        pos -= 1
    return pos == 0 or CLAUSE_BREAK.match(text[pos - 1]) is not None or _SENTENCE_BREAK.match(text[pos - 1]) is not None


def _plural_subjects(ctx: RelationContext, spots: list[tuple[int, int, Mention]],
                     breaks: list[int]) -> list[tuple[int, int, Mention]]:
    """(start, end, organisation) of each 他们/它们 opening a clause, standing for the organisation opening the
    nearest of the four clauses before it, past a conjunction (但灰熊队的后劲也不错,他们在过去8场比赛赢下7场 ->
    灰熊队), unless a person opens a clause in between (then 他们 are people)."""
    text = ctx.simplified
    openings = set(breaks) | {0}
    # the people's starts in order: whether one falls between two offsets is found by bisection (a long sentence
    # holds hundreds of people and as many 其)
    people = sorted(ctx.person_starts)
    out = []
    for m in _PLURAL_SUBJECT.finditer(text):
        at = m.start()
        while at > 0 and text[at - 1] in _OPENING:
            at -= 1
        if at not in openings:
            continue
        k = bisect_right(breaks, at - 1)
        window = breaks[max(0, k - _PLURAL_CLAUSES)] if k > _PLURAL_CLAUSES else 0
        before = [s for s in spots if window <= s[0] < at and s[2].label is Label.ORGANIZATION
                  and (s[0] in openings or any(s[0] - len(c) in openings and text.startswith(c, s[0] - len(c))
                                               for c in _CLAUSE_CONJUNCTIONS))]
        if not before:
            continue
        last = max(before, key=lambda s: s[0])
        if any(p in openings for p in people[bisect_right(people, last[0]):bisect_left(people, at)]):
            continue
        out.append((m.start(), m.end(), last[2]))
    sentence_starts = [0] + [b.end() for b in _SENTENCE_BREAK.finditer(text)]
    # the organisations by their ends, last first (the first named of one end first): the one ending last before 其
    # in its sentence is the first, from where ends reach 其, that starts in the sentence (not a scan of every spot)
    ending = sorted((i for i, s in enumerate(spots) if s[2].label is Label.ORGANIZATION), key=lambda i: (-spots[i][1], i))
    ending_keys = [-spots[i][1] for i in ending]
    for at in (m.start() for m in find_all(_ITS, text) if m.start() in openings and not text.startswith(_NOT_ITS, m.start())):
        start = sentence_starts[bisect_right(sentence_starts, at) - 1]
        last = None
        for i in ending[bisect_left(ending_keys, -at):]:
            if spots[i][1] < start:
                break
            if spots[i][0] >= start:
                last = spots[i]
                break
        if last is not None and bisect_left(people, last[1]) == bisect_left(people, at) \
                and not _unnamed_body_before(text, at):
            out.append((at, at + 1, last[2]))
    return out


def _unnamed_body_before(text: str, at: int) -> bool:
    """Whether the clause ending right before ``at`` has a body the text does not name as its object (收购了一家…家具
    企业，其…), not as what its copula says the subject is (万科是一家公司，其…: 其 is 万科).

    >>> _unnamed_body_before("美克美家收购了一家企业，其麾下", 12), _unnamed_body_before("万科是一家公司，其旗下", 8)
    (True, False)
    """
    m = _UNNAMED_BODY.search(text, max(0, at - _UNNAMED_REACH), at)
    return m is not None and _COPULA.search(m.group(1)) is None
# 在/到/于 before a facility named by its kind alone (同在卫生院共事, 到养老院里): where the counted are, the facility's
# (...and one after 位于 a place and 的 there: 在位于金沙洲新社区的新街市内, the market, session 23)
_AT_FACILITY = re.compile(r"[在到于](?:位于[^\W\d_]{1,12}?的)?")
_SUBJECT_OPENING = re.compile(r"[\s“”「」\"'‘’]*(?:(?:此次|这次|本次|本届|今年|去年|明年|目前|当前|如今|现在|近日|日前|同时|此外|另外|而且|但是|"
                              r"不过|然而|但|而|并|也|还|据悉|据了解)[，,]?)*")


def _pointers(text: str, breaks: list[int], sentence_breaks: list[int], spot_starts: set[int],
              anaphors: tuple[str, ...], products: AbstractSet[int] = frozenset()) -> list[tuple[int, str]]:
    """(position, kind) of each clause subject that is no holder named before: a thing pointed back to (该剧, 该属), a
    work's title or a product (FE4000, or its maker glued to it: ``products``) (``_THING``), a person (他, 她:
    ``_PERSON``), a company's kind no company was found for (公司, 集团: ``_COMPANY``), past the words a clause may
    open with (同时, 但是, 明年); a pointer a holder stands for (a spot: 该公司 resolved) or may stand for (an anaphor
    of the table: 该项目, 该活动) is none of these."""
    out = []
    for opening in sorted({0, *breaks, *sentence_breaks}):
        at = _SUBJECT_OPENING.match(text, opening).end()
        if at in products or model_code(text, at):
            out.append((at, _THING))
            continue
        if at in spot_starts:
            continue
        facility = facility_subject(text, at)
        if facility >= 0 and not counted_before(text, at, facility):
            # 托老院里有21位老人, 大工业区共有…, 该养老院 (none named): a facility's common noun, no holder named before
            # (session 22); but not the facilities just counted (新建了10座养老院，养老院里…: the holder's)
            out.append((at, _THING))
            continue
        if text.startswith(anaphors, at):
            continue
        if text.startswith(_ITS, at) and not text.startswith(_NOT_ITS, at) and _unnamed_body_before(text, at):
            out.append((at, _THING))  # 收购了一家…企业，其麾下拥有4个…品牌: the body the text does not name (owners59)
            continue
        if thing_pointer(text, at) or (text.startswith(_WORK_TITLE, at) and at + 1 not in spot_starts):
            out.append((at, _THING))  # (a work's title opening the clause, not a paper's name: 《…》除再现12首…)
        elif person_subject(text, at):
            out.append((at, _PERSON))
        elif company_word(text, at):
            out.append((at, _COMPANY))
    # ...and a facility by its kind alone where something is done or is, inside a clause (同在卫生院共事的10位护士): the
    # facility's, no holder's named before it (session 22)
    for m in _AT_FACILITY.finditer(text):
        at = m.end()
        if at not in spot_starts and facility_span(text, at) >= 0 and not counted_before(text, at, facility_span(text, at)):
            out.append((at, _THING))
    return sorted(out)
