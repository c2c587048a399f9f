"""What a count counts, as far as its owner is concerned: names inside it, lists, members, people.

A holder that is part of the thing counted is never its owner, and some counted things have none:

* a name inside a count (七个本科生学院) or a nationality before the people it counts (台湾旅客):
  :func:`_of_count`, :func:`_nationality`, :func:`_national_people`;
* a count naming the category of a list right before it (天河、番禺和荔湾成为三大领军区域):
  :func:`_counts_a_list`, :func:`_glued_list`;
* members counted (207名全国人大代表, 成员包括480多家…) belong to the body they are members of:
  :func:`_body_of_members`, :func:`_membership_body`;
* people a court judges or a body invites are a story's, no body's (:func:`_judged`; people arrested are the body's since counts320,
  never a place's: :func:`_arrested`, mend322); a count repeating an earlier
  one (这几千个经销点) is the same things (:func:`_same_things`);
* a name inside a work's title (《…》) owns nothing: :func:`_title_around`, :func:`_part_of_title`, :func:`_inside`.

Caveats: the counted noun itself is read by :mod:`zhkg.extract.counts` (``Quantity.counted``); this
module only judges holders against it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate

from zhkg.records import Label, Mention
from zhkg.relate.base import CLAUSE_BREAK
from zhkg.relate.count_anaphora import _COPULA
from zhkg.relate.count_derived import _HOLDERS
from zhkg.resources.gazetteer import is_country_code
from zhkg.stages.normalise import to_simplified
from zhkg.text import HAN_ONLY

__all__ = [
    "_LIST_SPLIT",
    "_LIST_TAIL",
    "_MEMBERS_OF",
    "_MEMBER_KINDS",
    "_OF",
    "_arrested",
    "_judged",
    "_body_of_members",
    "_counts_a_list",
    "_glued_list",
    "_inside",
    "_membership_body",
    "_members_counted",
    "_members_named_before",
    "_tallied",
    "_POPULATIONS",
    "_POPULATION_NAMED",
    "_national_people",
    "_nationality",
    "_of_count",
    "_opens_with_noun",
    "_part_of_title",
    "_same_things",
    "_title_around",
    "counts_people",
]

# People a court judges (台湾高等法院…判决石守谦等5名被告无罪: no members of the court) and the guests a body invites
# or meets (新浪乐居诚邀…两位老总: another body's heads) are people of a story, no owner's (owners116). People arrested,
# charged or caught (香港警方昨日拘捕两名男子) were too (session 24) until counts320: they are the body's whose action
# the clause reports, as the cases it solves and the goods it seizes are (docs/counts.md, "a body's own actions own
# their counts"; both counts pools' gold), so no verb of arresting stops their owner now.
_JUDGED = re.compile(r"(?:判决|判处|宣判|改判|裁定|邀请|诚邀|特邀|约请|宴请|会见|接见)")
# The verbs of arresting, charging or catching (session 24's, counts320 took them out of the judged): people they count
# are still no PLACE's (香港警方昨日拘捕两名男子 when the police are no mention: not 香港's, mend322).
_ARRESTED = re.compile(r"(?:拘捕|逮捕|拘留|扣留|扣押|抓获|抓捕|缉拿|擒获|捕获|羁押|带走|检控|起诉|控告|票控|截获|查获|通缉|"
                       r"拘控|落案|抓|捕(?!手)|拘)")
_PEOPLE_CLASSIFIERS = ("名", "位", "人")
_PEOPLE_ENDS = ("人", "者", "犯", "子", "男", "女", "徒", "员", "仔", "客", "汉", "童", "生")
_LIST_SPLIT = re.compile(r"以及|、|和|及|与")
_ADVERBS_BEFORE_COPULA = re.compile(r"[都均也已则分别]+$")
# Members counted (学生, 球员) and the endings of the bodies they belong to: a count of them in a sentence
# naming no holder belongs to the last such body named before it.
_MEMBERS_OF = (
    (("学生", "师生", "教师", "毕业生", "研究生", "本科生", "留学生", "校友", "老师"),
     ("大学", "学院", "学校", "中学", "小学", "公学", "校")),
    (("员工", "职工", "雇员"), ("公司", "集团", "银行", "企业", "厂")),
    # (a team's players by their post, as a roster lists them: 捕手3人, 内野手7人, 门将2人; owners158)
    (("球员", "队员", "投手", "捕手", "野手", "门将", "守门员", "前锋", "中锋", "后卫", "中场"), ("队",)),
    # (a house's legislators, counted in a later paragraph than the house: 立法院…。¶第11届113名立委周四就职; counts206)
    (("议员", "立委", "立法委员"), ("立法院", "立法会", "议会", "议院", "国会")),
    # (a delegation's athletes, counted in a later paragraph than it: 中国体育代表团…。¶…有12名少数民族运动员; counts236)
    (("运动员", "选手"), ("代表团",)),
)
_MEMBER_KINDS = tuple(sorted({m for members, _ in _MEMBERS_OF for m in members}, key=len, reverse=True))
# what may come between the members' noun and a bare count of them (员工共5000人, 捕手3人), their total or number and a
# copula included (员工总数共计84512人, 正职员工为83825人, 学生人数达3000人; counts211)
_MEMBERS_GAP = re.compile(r"(?:总人数|总数|人数)?[共约近逾有达计合总为是]{0,3}$")
_MEMBERS_GAP_LONGEST = 6
# A count of a body's members (成员包括480多家…的研究生院理事会) and how far after its 的 the body may be named.
_MEMBERSHIP = re.compile(r"(?:成员|会员|成员国)(?:包括|有|达|涵盖)")
_MEMBERSHIP_REACH = 20
# Members a body named right before them in a count has (207名全国人大代表: 全国人大's); and its staff named by their
# work (20名联合国工作人员, 300名台积电工程师, 30名世卫组织职员: counts134).
_MEMBER_NOUNS = ("代表", "委员", "成员", "会员", "员工", "职工", "学生", "毕业生", "校友", "教师", "球员", "队员", "议员", "党员",
                 "官员", "干部", "官兵", "士兵", "工人", "医生", "护士", "警察", "民警",
                 "工作人员", "人员", "职员", "雇员", "工程师", "研究员", "研究人员", "技术人员", "医护人员", "记者", "警员")
_OF = "的"
_LIST_LINKS_ONE = ("和", "与", "及", "、")
_MODIFIER_GAP = 2  # letters of one modifier between a nationality and the people counted (研究|人员)
_NATIONALITY_LIST = 4  # at most this many countries listed before their people (中、美、日、韩的学者)
_PEOPLE_ENDINGS = tuple("生人客民员工者师手")
_NUMERAL_LETTERS = "一二两三四五六七八九十百千万亿几数０１２３４５６７８９"  # a count's number written in letters


def _counts_a_list(text: str, clause_start: int, count: Mention) -> bool:
    """Whether the count names the category of a list right before it (天河、番禺和荔湾成为三大领军区域; X和Y是
    仅有的两只…): as many items as the count says (or a list ending in 等) joined by 、/和/及/与 as the subject
    of a copula before the count. Such a count is the list's: none of its items owns it, nor their owner."""
    if count.quantity is None or not count.quantity.value.is_integer():
        return False
    before = text[clause_start : count.start]
    copulas = list(_COPULA.finditer(before))
    if not copulas:
        return False
    subject = _ADVERBS_BEFORE_COPULA.sub("", before[: copulas[-1].start()])
    items = [item for item in _LIST_SPLIT.split(subject) if item.strip()]
    if len(items) < 2 or any(len(item) > 16 or " " in item for item in items):
        return False
    return int(count.quantity.value) == len(items) or subject.endswith("等")


def _nationality(place: Mention, count: Mention, end: int = -1) -> bool:
    """Whether a country (or region) right before a count of people opening with its noun says who they are,
    not whose they are (中国学生仅有200余名 at a Spanish university; but 北京市商品住宅成交14405套 is Beijing's); ``end``:
    where the place's words end when a 的 or a list of places follows it (日本和美国的研究人员约120人)."""
    end = place.end if end < 0 else end
    return (place.label is Label.PLACE and 0 <= count.start - end <= _MODIFIER_GAP and is_country_code(place.code or "")
            and count.quantity is not None and count.quantity.counted_simplified.endswith(_PEOPLE_ENDINGS)
            and _opens_with_noun(count))


def _of_count(counts: list[Mention], text: str = "", places: Sequence[Mention] = ()) -> Callable[[Mention], bool]:
    """Whether a name lies inside one of ``counts`` after its start (七个本科生学院), holds the start of one (示范|镇10个:
    a place no gazetteer knows is the noun counted; an organisation, 空军指挥学院十队, keeps its name) or is the nationality of one
    (:func:`_nationality`), which then owns none of them. A count holding the name starts before it and reaches
    its end: the furthest end of the counts starting before each name, one bisection a name, not a pass over the
    counts; a nationality ends where a count starts: the counts by start. A nationality may be joined to the
    count's noun by 的 and listed with others (日本和美国的研究人员约120人: ``places`` by start, in ``text``)."""
    place_at = {p.start: p for p in places if p.label is Label.PLACE}

    def nationality_ends(m: Mention) -> list[int]:
        """Where a count of m's people may start: right after it, after its 的, or after the places listed with it."""
        ends = [m.end, m.end + 1] if text.startswith(_OF, m.end) else [m.end]
        for _ in range(_NATIONALITY_LIST):
            if not text.startswith(_LIST_LINKS_ONE, m.end) or m.end + 1 not in place_at:
                break
            m = place_at[m.end + 1]
            ends += [m.end, m.end + 1] if text.startswith(_OF, m.end) else [m.end]
        return ends

    by_start = sorted(counts, key=lambda c: c.start)
    starts = [c.start for c in by_start]
    reach = list(accumulate((c.end for c in by_start), max))
    counts_at: dict[int, list[Mention]] = {}
    for c in by_start:
        counts_at.setdefault(c.start, []).append(c)

    def of_count(m: Mention) -> bool:
        i = bisect_left(starts, m.start)  # counts[:i] start before the name
        if i > 0 and reach[i - 1] >= m.end:
            return True
        if m.label is Label.PLACE and not m.code and any(
                c.end >= m.end for c in by_start[bisect_right(starts, m.start) : bisect_left(starts, m.end)]):
            return True  # 示范|镇10个: a count opening inside a place no gazetteer knows read its tail as the noun (owners310)
        if m.label is not Label.PLACE:
            return False
        if not text:
            return any(_nationality(m, c) for c in counts_at.get(m.end, ()))
        # (the place stands for the last of its list, and one modifier may come before the people's noun:
        # 日本和美国的研究|人员约120人)
        return any(_nationality(m, c, e) for e in nationality_ends(m) for gap in range(_MODIFIER_GAP + 1)
                   for c in counts_at.get(e + gap, ()) if gap == 0 or HAN_ONLY.match(text[e : e + gap]))

    return of_count


def _opens_with_noun(count: Mention) -> bool:
    """Whether a count's span opens with its counted noun (学生仅有200余名, 商品房成交7026套)."""
    full = count.quantity.counted_full if count.quantity else ""
    return bool(full) and to_simplified(count.text).startswith(to_simplified(full))


def _members_counted(text: str, count: Mention) -> str:
    """The members ``count`` counts, in Simplified: its counted noun, or, for a bare count of people, the members'
    noun written right before it (捕手3人, 员工共5000人: 捕手, 员工; owners158), else its counted noun (人).

    >>> from zhkg.records import Quantity
    >>> def count(text, start, counted):
    ...     return Mention("d", start, len(text), text[start:], text[start:], Label.COUNT, "x",
    ...                    quantity=Quantity(3.0, counted, counted))
    >>> _members_counted("捕手3人", count("捕手3人", 2, "人")), _members_counted("员工共5000人", count("员工共5000人", 3, "人"))
    ('捕手', '员工')
    >>> _members_counted("球迷3000人", count("球迷3000人", 2, "人")), _members_counted("内野手7人", count("内野手7人", 0, "内野手"))
    ('人', '内野手')
    >>> _members_counted("员工总数共计84512人", count("员工总数共计84512人", 6, "人")), _members_counted("正职员工为83825人", count("正职员工为83825人", 5, "人"))
    ('员工', '员工')
    """
    thing = count.quantity.counted_simplified if count.quantity is not None else ""
    if thing != "人":
        return thing
    gap = _MEMBERS_GAP.search(text, max(0, count.start - _MEMBERS_GAP_LONGEST), count.start)
    at = gap.start() if gap is not None else count.start
    return next((m for m in _MEMBER_KINDS if text.endswith(m, 0, at)), thing)


# A population a place or body has, named before a bare count of it in its sentence as a whole or a section of it
# (学生人数共…，较去年…3万3922人; 在小一新生部分，本学年共5012人; 正式员工中，…女性人数达2万6153人): the members' kinds and a few
# more with no body of one kind (counts224). A noun a verb or another noun follows (立委质询, 议员初选) names no total.
_POPULATIONS = (*_MEMBER_KINDS, "新生", "幼儿", "学童", "医生", "医师", "护士", "护理师", "医护人员")
_POPULATION_NAMED = re.compile(
    "(?:" + "|".join(sorted(_POPULATIONS, key=len, reverse=True)) + ")"
    r"(?:总人数|人数|总数|数|部分|方面|当中|中(?![\u4e00-\u9fff]))")


def _members_named_before(text: str, sentence_start: int, count: Mention, counted: Sequence[Mention] = ()) -> bool:
    """Whether the people a bare count counts (5012人) are named before it in its sentence as a whole or a section
    of a population a place or body has (学生人数, 新生部分, 员工中: students, new pupils, staff, doctors, a team's players),
    outside the counts ``counted`` before it (179名委任议员中，49人: a part of a whole counted, as before): then the
    count is of them, not a crowd in a story, and the holders its sentence and text carry may own it (counts224).

    >>> from zhkg.records import Quantity
    >>> def count(text, at):
    ...     return Mention("d", at, len(text), text[at:], text[at:], Label.COUNT, "x", quantity=Quantity(5.0, "人", "人"))
    >>> text = "在小一新生部分，本学年共5012人"
    >>> _members_named_before(text, 0, count(text, text.index("5012")))
    True
    >>> text = "医生流失率下跌，预计明年第一季将增至约380人"
    >>> _members_named_before(text, 0, count(text, text.index("约")))
    True
    >>> text = "学生会昨日开会，共有37人出席"
    >>> _members_named_before(text, 0, count(text, text.index("37")))
    False
    >>> text = "行政院长回应立委质询时表示，人数超过五人"
    >>> _members_named_before(text, 0, count(text, text.index("五")))
    False
    """
    if _population_opening(text, sentence_start, count):
        return True
    return any(not any(c.start < m.start() < c.end for c in counted)
               for m in _POPULATION_NAMED.finditer(text, sentence_start, count.start))


# A population opening its sentence as what it is about, its size given in a later clause opening with a verb of having
# or growing (非本地培训医生招聘进展良好，现有约350人; 驻校社工人手稳定，目前共有120人): the count is of them (counts295).
_POPULATION_OPENING = re.compile(
    r"\s*[\u4e00-\u9fff]{0,5}?(?:" + "|".join(sorted(_POPULATIONS, key=len, reverse=True)) + ")"
    r"(?![会团队部处局所院组])")  # (学生会, 教师团: a body, no population)
_SIZE_CLAUSE = re.compile(r"\s*(?:(?:预计|预料|估计)[^，,。；;：:]{0,8}?)?(?:目前|现时|现在|如今|至今)?[已仍共总亦也将会]*"
                          r"(?:现有|共有|已有|拥有|有|达|达到|增至|增加至|减至|降至)$")


def _population_opening(text: str, sentence_start: int, count: Mention) -> bool:
    """Whether ``count``'s sentence opens with a population (a modifier of at most five letters, then its noun: 非本地培训
    医生) in its first clause, and the count's own clause, a later one, gives its size by a verb of having or growing
    and nothing else before the count but an expectation (现有约350人, 预计明年将增至约380人): the people are the topic's.

    >>> from zhkg.records import Quantity
    >>> def count(text, at):
    ...     return Mention("d", at, len(text), text[at:], text[at:], Label.COUNT, "x", quantity=Quantity(5.0, "人", "人"))
    >>> text = "非本地培训医生招聘进展良好，现有约350人"
    >>> _population_opening(text, 0, count(text, text.index("约")))
    True
    >>> text = "行政院长回应立委质询时表示，现有五人"
    >>> _population_opening(text, 0, count(text, text.index("五")))
    False
    >>> text = "医生招聘进展良好，共有350人报名"
    >>> _population_opening(text, 0, count(text, text.index("350")))
    True
    >>> text = "医生流失率下跌，预计明年第一季将增至约380人"
    >>> _population_opening(text, 0, count(text, text.index("约")))
    True
    >>> text = "学生会昨日开会，共有37人出席"
    >>> _population_opening(text, 0, count(text, text.index("37")))
    False
    >>> text = "医生招聘现有350人"
    >>> _population_opening(text, 0, count(text, text.index("350")))
    False
    """
    opening = _POPULATION_OPENING.match(text, sentence_start)
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, sentence_start, count.start)]
    if opening is None or not breaks or any(b <= opening.end() for b in breaks):
        return False
    return _SIZE_CLAUSE.fullmatch(text, breaks[-1], count.start) is not None


# People tallied for the item just named: in brackets after it (田径(1255人), 山东（1538人）), or after 以 and before a
# verb of ranking (足球以2565人成为最多人参与的项目, 广东以1693人登顶榜首): a table's figures, no crowd in a story (counts295).
_TALLY_OPEN, _TALLY_CLOSE = "(（", ")）"
_RANKED_AFTER = re.compile(r"(?:成为|登顶|居首|位居|位列|名列|高居|排名|领跑|领先|排在|排第|稳居|跻身)")


def _tallied(text: str, count: Mention) -> bool:
    """Whether a bare count of people is a tally's figure for the item named right before it: in brackets after a
    letter (田径(1255人)), or after 以 with a verb of ranking after it (足球以2565人成为…): the people entered, played
    or sent for that item, whose owner the text carries as for any figure, not a crowd's.

    >>> from zhkg.records import Quantity
    >>> def count(text, written):
    ...     at = text.index(written)
    ...     return Mention("d", at, at + len(written), written, written, Label.COUNT, "x", quantity=Quantity(5.0, "人", "人"))
    >>> text = "田径(1255人)、篮球（1080人）分列二三位"
    >>> _tallied(text, count(text, "1255人")), _tallied(text, count(text, "1080人"))
    (True, True)
    >>> text = "足球以2565人成为最多人参与的项目，警方以3人一组巡逻"
    >>> _tallied(text, count(text, "2565人")), _tallied(text, count(text, "3人"))
    (True, False)
    >>> text = "现场(约200人)秩序良好，(30人)"
    >>> _tallied(text, count(text, "30人"))
    False
    """
    before = text[count.start - 2 : count.start] if count.start >= 2 else ""
    if len(before) == 2 and before[1] in _TALLY_OPEN and text[count.end : count.end + 1] in _TALLY_CLOSE:
        return "\u4e00" <= before[0] <= "\u9fff"
    return before.endswith("以") and _RANKED_AFTER.match(text, count.end) is not None


def _body_of_members(mentions: list[Mention], count: Mention, text: str) -> Mention | None:
    """The organisation named inside a count right before the members it counts (207名全国人大代表), or None; a
    name there read as a place that opens the name of a body of that kind in the document is that body
    (7位伊顿毕业生 beside 伊顿公学: the school's leavers)."""
    thing = count.quantity.counted_simplified if count.quantity is not None else ""
    if not thing.endswith(_MEMBER_NOUNS):
        return None
    inside = [m for m in mentions if count.start < m.start and m.end < count.end and text[m.end : count.end] in _MEMBER_NOUNS
              and m.label in _HOLDERS]
    orgs = [m for m in inside if m.label is Label.ORGANIZATION]
    if orgs:
        return max(orgs, key=lambda m: m.end - m.start)
    if not inside:  # (a body the document names elsewhere, written inside the count unmarked: 3名教育局人员, counts249)
        head = next((text[count.start : count.end - len(n)] for n in _MEMBER_NOUNS if text.endswith(n, 0, count.end)), "")
        named = [m for m in mentions if m.label is Label.ORGANIZATION and not count.start <= m.start < count.end
                 and len(m.simplified) >= 2 and head.endswith(m.simplified)]
        if named:
            return max(named, key=lambda m: (len(m.simplified), -abs(m.start - count.start)))
    endings = next((ends for members, ends in _MEMBERS_OF if thing.endswith(members)), ())
    for place in (m for m in inside if m.label is Label.PLACE):
        bodies = [m for m in mentions if m.label is Label.ORGANIZATION and len(m.simplified) - len(place.simplified) <= 3
                  and m.simplified.startswith(place.simplified) and m.simplified.endswith(endings) and endings]
        if bodies:
            return min(bodies, key=lambda m: abs(m.start - count.start))
    return None


def _membership_body(text: str, count: Mention, clause_start: int,
                     spots: list[tuple[int, int, Mention]]) -> Mention | None:
    """The organisation a count of its members describes (成员包括480多家…高等学府的…研究生院理事会), or None: a count
    after 成员包括 (or 会员有…) and before 的 and, in the same clause, the organisation the 的 describes."""
    if not _MEMBERSHIP.search(text, clause_start, count.start) or not text.startswith("的", count.end):
        return None
    close = CLAUSE_BREAK.search(text, count.end)
    limit = min(close.start() if close else len(text), count.end + 1 + _MEMBERSHIP_REACH)
    after = [s for s in spots if count.end < s[0] and s[1] <= limit and s[2].label is Label.ORGANIZATION]
    return min(after, key=lambda s: (s[0], -s[1]))[2] if after else None
# A list right before a count glued to it, as many items as it says, or ending 等 (广发、工银瑞信、鹏华、南方四只…;
# 国投瑞银融华债券和南方宝元这两只基金; …、广发小盘等14只基金): what the count counts, so no item of it owns a count,
# whether or not the items were recognised. Not a composition (由中国、…6个成员国组成: the subject of the clause
# before has it).
_LIST_ITEM = re.compile(r"^[^\W\d_]{1,12}$")
_LIST_TAIL = re.compile(r"(?:这|那|这些|等|等等)$")
_COMPOSED = "由"
_PREPOSITION_OPENING = re.compile(r"[与和](?=[^\W\d_])")  # list links only: 同济、复旦 stays a list


def _glued_list(text: str, clause_start: int, count_start: int, value: float) -> tuple[int, int] | None:
    """Where the first item of a list glued right before a count (at ``count_start``, of ``value``) opens and ends,
    when the list is what the count counts (see ``_LIST_ITEM``), else None. The first item may hold words before
    the list (广州目前只有工商银行): the caller trims it to the holder ending it.

    >>> _glued_list("就有广发、鹏华、南方、华夏四只基金", 0, 13, 4.0), _glued_list("北京市四只基金", 0, 3, 4.0)
    ((0, 4), None)
    >>> _glued_list("国金证券认为，X基金和Y宝元这两只基金", 7, 17, 2.0)
    (7, 10)
    """
    before = text[clause_start:count_start]
    if value < 2 or not value.is_integer() or _COMPOSED in before:
        return None
    # a 与 or 和 opening the clause is a preposition, no list link (…，与加州理工、麻省理工、斯坦福、宾夕法尼亚四所学校
    # 并列第五: the four are the list, owners46)
    opening = _PREPOSITION_OPENING.match(before)
    if opening:
        clause_start += opening.end()
        before = before[opening.end() :]
    tail = _LIST_TAIL.search(before)
    body = before[: tail.start()] if tail else before
    items = _LIST_SPLIT.split(body)
    if len(items) < 2 or not all(_LIST_ITEM.match(item) for item in items[1:]) or not items[0]:
        return None
    if len(items) == int(value) or (tail is not None and tail.group().startswith("等")):
        return clause_start, clause_start + len(items[0])
    return None


def _national_people(text: str, count: Mention, places: Sequence[Mention], starts: Sequence[int]) -> bool:
    """Whether ``count`` counts people of a country named inside it, right before their noun (约有2000名台湾旅客,
    25600余名中国学生, 3000名中国公民): the nationality says who they are, and by the counts' conventions they are no
    one's, neither the country's nor the place or body of the clause (session 27). ``places``: countries and regions
    with a country code, by start (``starts``).

    >>> from zhkg.records import Quantity
    >>> text = "目前约有2000名台湾旅客滞留日本"
    >>> count = Mention("d", 2, 12, "约有2000名台湾旅客", "约有2000名台湾旅客", Label.COUNT, "counts",
    ...                 quantity=Quantity(2000, "旅客", "旅客"))
    >>> taiwan = Mention("d", 8, 10, "台湾", "台湾", Label.PLACE, "gazetteer", code="TW")
    >>> _national_people(text, count, [taiwan], [8])
    True
    """
    if count.quantity is None or not count.quantity.counted_simplified.endswith(_PEOPLE_ENDINGS):
        return False
    head = count.end - len(count.quantity.counted_simplified)
    for place in places[bisect_right(starts, count.start) : bisect_left(starts, count.end)]:
        # a number before the place, inside the count (not 中国学生仅有200余名: a count opening with its noun); a
        # country's one letter is a people's descent (上百名华裔学生, 200多名华人学生 of a school: still the school's),
        # and a region seen from elsewhere no nationality (内地, 大陆: 香港大学…录取了300名内地学生 are the school's)
        # (…and a country before 族 names an ethnic group, no nationality: 科索沃地区有5万多名阿尔巴尼亚族居民, owners43)
        if text.startswith(_ETHNIC, place.end):
            continue
        if place.end - place.start >= 2 and place.simplified == (place.canonical or place.simplified) and place.end <= head and head - place.end <= _MODIFIER_GAP and any(ch.isdigit() or ch in _NUMERAL_LETTERS
                                                                             for ch in text[count.start : place.start]):
            return True
    return False
_ETHNIC = "族"


def _judged(text: str, lo: int, count: Mention) -> bool:
    """Whether ``count`` counts people after a verb of judging, inviting or meeting them written from ``lo`` on, in its
    clause (判决5名被告无罪, 诚邀两位老总); people arrested are no longer such (counts320).

    >>> from zhkg.records import Quantity
    >>> c = Mention("d", 6, 10, "两名被告", "两名被告", Label.COUNT, "x", quantity=Quantity(2, "被告", "被告", "名"))
    >>> _judged("高等法院判决两名被告", 0, c), _judged("香港警方拘捕两名被告", 0, c)
    (True, False)
    """
    return counts_people(count) and _JUDGED.search(text, lo, count.start) is not None


def _arrested(text: str, lo: int, count: Mention) -> bool:
    """Whether ``count`` counts people after a verb of arresting or charging them written from ``lo`` on, in its
    clause (拘捕两名男子, 拘捕了3名疑犯); such people are a body's, never a place's (mend322).

    >>> from zhkg.records import Quantity
    >>> c = Mention("d", 6, 10, "两名男子", "两名男子", Label.COUNT, "x", quantity=Quantity(2, "男子", "男子", "名"))
    >>> _arrested("香港警方拘捕两名男子", 0, c), _arrested("香港警方出动两名男子", 0, c), _arrested("中华队捕手两名男子", 0, c)
    (True, False, False)
    """
    return counts_people(count) and _ARRESTED.search(text, lo, count.start) is not None


def counts_people(count: Mention) -> bool:
    """Whether ``count`` counts people: by a classifier of people (名, 位, 人) or a noun ending as people's do.

    >>> from zhkg.records import Quantity
    >>> def c(thing, classifier): return Mention("d", 0, 3, "", "", Label.COUNT, "x",
    ...                                          quantity=Quantity(3, thing, thing, classifier))
    >>> counts_people(c("男子", "名")), counts_people(c("议员", "个")), counts_people(c("公司", "家"))
    (True, True, False)
    """
    q = count.quantity
    return q is not None and (q.classifier in _PEOPLE_CLASSIFIERS or q.counted_simplified.endswith(_PEOPLE_ENDS))


def _same_things(earlier: Mention, count: Mention) -> bool:
    """Whether ``count`` (这几千个经销点) counts again what ``earlier`` counted (几千家经销点): the same value, or the
    same counted noun."""
    if earlier.quantity is None or count.quantity is None:
        return False
    return (earlier.quantity.value == count.quantity.value
            or earlier.quantity.counted_simplified == count.quantity.counted_simplified)


def _title_around(start: int, end: int, titles: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The one of ``titles`` (《…》 spans, in order and disjoint, as ``finditer`` gives them) that holds
    ``[start, end)`` strictly inside its marks, if any: only the last title opening before ``start`` can, so it is
    found by bisection, not by a scan of every title (a long line of news holds thousands).

    >>> titles = [(0, 6), (8, 12)]
    >>> _title_around(1, 5, titles), _title_around(9, 12, titles), _title_around(6, 7, titles)
    ((0, 6), None, None)
    """
    k = bisect_left(titles, (start,)) - 1
    if k >= 0 and end < titles[k][1]:
        return titles[k]
    return None


def _part_of_title(m: Mention, titles: list[tuple[int, int]]) -> bool:
    """Whether ``m`` lies inside one of ``titles`` (《…》 spans) and is not the whole title (《人民日报》: the paper)."""
    title = _title_around(m.start, m.end, titles)
    return title is not None and (m.start, m.end) != (title[0] + 1, title[1] - 1)


def _inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether ``m`` lies inside one of ``spans`` (a document's titles, in order and disjoint)."""
    return _title_around(m.start, m.end, spans) is not None
