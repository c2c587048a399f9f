"""Bylines, datelines and credits, for the holder readers of :mod:`zhkg.relate.roles_holders` and after: the
source named in a dateline (新华社北京5月1日电: :func:`_dateline_source`, :func:`_dateline_after`), a credit line
(记者/编辑/摄影 + names: :func:`_credit_source`, :func:`_credited_names`), a press lead (:func:`_press_source`), a
byline's outlet, names and colleagues (:func:`_byline_outlet`, :func:`_byline_name_start`,
:func:`_byline_colleagues`) and a name's length (:func:`_name_length`).

Caveats: a dateline or credit line is read from its written form only (an outlet, a city, a date, a credit mark);
an unusual layout is not read as one. A byline's outlet is read with :mod:`zhkg.relate.press`'s conventions. Moved verbatim from ``relate/roles_holders.py`` (tidy67), which itself came
from ``relate/roles.py`` (tidy65): no definition's text changed. This part imports only ``roles_words`` and ``roles_title_body`` among
the parts, never ``relate/roles.py``.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_body_in_context import _FREE_ROLES
from zhkg.relate.roles_title_body import _chained_body
from zhkg.relate.roles_words import _outlet
from zhkg.text import CREDIT_SLASHES, is_han

__all__ = [
    "_CLOSING_EDITOR",
    "read_closing_editors",
    "_DATELINE_END",
    "_DATELINE_DATE",
    "_MAX_UNKNOWN_CITY",
    "_dateline_source",
    "_CREDIT",
    "_CREDITED_ROLES",
    "_credit_source",
    "_PRESS_LEAD",
    "_MAX_PRESS_LEAD",
    "_press_source",
    "_BYLINE_GAPS",
    "_CREDIT_MARK",
    "_byline_colleagues",
    "_name_length",
    "_byline_name_start",
    "_credited_names",
    "_MAX_PROGRAMME",
    "_byline_outlet",
    "_NEWS_APP_ENDING",
    "_line_opening_outlet",
    "_DATELINE_AHEAD",
    "_dateline_after",
    "_after_correspondent",
]


#: A dateline's end before its byline's bracket: 新浪房产讯（, 新华社北京7月2日电 (, 中广网北京7月20日消息（; or
#: its date alone, no 电 after it (人民网台北5月21日（记者 X）).
_DATELINE_END = re.compile(r"(?:电|讯|消息|(?<=月)[\d〇零一二三四五六七八九十]{1,3}日)[ \u3000]*[（(][ \u3000]*$")


#: What a dateline holds between its agency and 电: a date, in figures or in words (五月二十日), and spaces.
_DATELINE_DATE = frozenset("0123456789〇零一二三四五六七八九十年月日 \u3000")


#: The most letters of a dateline's city no extractor named, after a place one did (意大利|拉奎拉).
_MAX_UNKNOWN_CITY = 4


def _dateline_source(ctx: RelationContext, p: int) -> Mention | None:
    """The agency of a dateline whose byline's bracket opens right before ``p``: the organisation before
    the places and the date (新华网俄罗斯叶卡捷琳堡5月18日电(记者刘洋: 记者 of 新华网; 新浪房产讯（编辑张跃）); a
    correspondent's name and a space may open the bracket (中新网双鸭山5月25日电(马淑芬 记者姜辉)."""
    simplified = ctx.simplified
    p = _after_correspondent(ctx, p)
    end = _DATELINE_END.search(simplified, max(p - 12, 0), p)
    if end is None:
        return None
    j = end.start()
    while True:
        while j > 0 and simplified[j - 1] in _DATELINE_DATE:
            j -= 1
        agency = ctx.org_ending_at.get(j)
        city = ctx.place_ending_at.get(agency.start) if agency is not None else None
        if city is not None and agency.simplified.endswith("报") and len(agency.simplified) <= 3:
            return ctx.derive_organisation(city.start, agency.end)  # a city's paper the extractors split: 北京|考试报讯
        if agency is not None:
            k = j  # a name the extractors ran on over the dateline's places: 新华网|俄罗斯叶卡捷琳堡
            while (place := ctx.place_ending_at.get(k)) is not None and agency.start < place.start < k:
                k = place.start
            return agency if k == j or k - agency.start < 2 else ctx.derive_organisation(agency.start, k)
        place = ctx.place_ending_at.get(j)
        if place is None and j > 0:  # a city no extractor knows after its country: 新华网意大利|拉奎拉7月8日电
            place = next((ctx.place_ending_at[k] for k in range(j - 2, max(j - 1 - _MAX_UNKNOWN_CITY, 0), -1)
                          if k in ctx.place_ending_at and simplified[k:j].isalpha()
                          and ctx.place_ending_at[k].label is Label.PLACE), None)
        if place is None or place.start >= j:
            return None
        j = place.start


def _after_correspondent(ctx: RelationContext, p: int) -> int:
    """Where a person's name opens a byline's bracket when it and a space stand right before ``p`` (中新网…电(马淑芬
    记者姜辉): a correspondent credited before the reporter), else ``p``."""
    simplified = ctx.simplified
    k = p
    while k > 0 and simplified[k - 1] in " \u3000":
        k -= 1
    if k == p or k == 0 or simplified[k - 1] in "（(":
        return p
    person = next((m for m in ctx.mentions if m.end == k and m.label is Label.PERSON), None)
    return person.start if person is not None and simplified[person.start - 1 : person.start] in "（(" else p


#: A paper's credit in brackets before a reporter's byline, as Hong Kong papers print it: （星岛日报报道）记者王明,
#: 【明报专讯】记者王明.
_CREDIT = re.compile(r"[【（(\[](?P<paper>[^【】（）()\[\]\s]{2,12}?)(?:报道|专讯|讯|消息)[】）)\]][ \u3000]*$")


_CREDITED_ROLES = frozenset({"记者", "特约记者", "见习记者", "摄影记者", "通讯员"})


def _credit_source(ctx: RelationContext, p: int) -> Mention | None:
    """The paper a bracketed credit right before ``p`` names (（星岛日报报道）记者王明: 记者 of 星岛日报), when an
    extractor named it whole there; else ``None``."""
    found = _CREDIT.search(ctx.simplified, max(p - 20, 0), p)
    if found is None:
        return None
    paper = ctx.org_starting_at.get(found.start("paper"))
    return paper if paper is not None and paper.end == found.end("paper") else None


#: A press byline's lead between an outlet and its reporter's title: an aside in brackets (新快报(微博)), 讯 and spaces
#: (新快报讯 驻京记者 X), a station (驻京, 驻沪, 驻美), a bracket the byline opens (投资者报 (记者 X)), or a slash
#: as Taiwan's papers set it online (聯合報／ 記者王駿杰／新竹報導).
_PRESS_LEAD = re.compile(r"(?:[（(][^（）()\s]{1,6}[）)])?(?:(?:讯|报道)?[ \u3000]*(?:驻[\u4e00-\u9fff]{1,3})?"
                         r"|[ \u3000]*[（(][ \u3000]*|[ \u3000]*[/／][ \u3000]*)$")


#: The most letters of a byline's lead: an aside of six, 讯, spaces and a station.
_MAX_PRESS_LEAD = 14


def _press_source(ctx: RelationContext, p: int) -> Mention | None:
    """The outlet of a reporter whose title starts at ``p`` after a press byline's lead (:data:`_PRESS_LEAD`): a paper,
    site or station named right before it, listed as media in ``organisations_known.tsv`` or ending like one
    (新快报(微博)讯 驻京记者 X, 投资者报 (记者 X): 记者 of the paper); ``None`` otherwise (a company's 记者 is none)."""
    lead = _PRESS_LEAD.search(ctx.simplified, max(p - _MAX_PRESS_LEAD, 0), p)
    if lead is None or lead.start() == p:
        return None  # the outlet right before its title is any holder's case (环球时报记者X)
    outlet = ctx.org_ending_at.get(lead.start())
    return outlet if outlet is not None and _outlet(ctx, outlet) else None


#: What parts the names of a byline: （记者刘洋 张亚晨）, （记者王尧、李炜娜）.
_BYLINE_GAPS = frozenset(" \u3000、")


#: A byline's mark after a name of what the person did: 刘嫣/文, 龚吉林/图, 王明/摄.
_CREDIT_MARK = re.compile(r"(?:[/／](?:文|图|摄|摄影))?")


def _byline_colleagues(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The people listed after the first in a dateline's byline share its role and agency: 新华网…电(记者刘洋
    张亚晨): 记者 of 新华网 for both. Only inside the bracket, the names parted by spaces or 、, or glued together
    when the byline's slash follows the last (联合报／ 记者余采滢游振升／台中报导)."""
    simplified = ctx.simplified
    people = {m.start: m for m in ctx.mentions if m.label is Label.PERSON}
    out = []
    for r in found:
        end = r.evidence.end
        title_end = end - _name_length(ctx, end)
        while title_end > 0 and simplified[title_end - 1] in " \u3000":
            title_end -= 1  # a space after the title: (记者 刘东凯 王星桥)
        at = title_end - len(r.role_simplified)
        if _dateline_source(ctx, at) is None and (r.role_simplified not in _CREDITED_ROLES or not _byline_outlet(ctx, at)):
            continue
        while True:
            end = _CREDIT_MARK.match(simplified, end).end()  # 贺雅佳/文 龚吉林/图: what each wrote or shot
            gap = end
            while gap < len(simplified) and simplified[gap] in _BYLINE_GAPS and gap - end < 3:
                gap += 1
            colleague = people.get(gap)
            if colleague is None or gap == end and simplified[colleague.end : colleague.end + 1] not in CREDIT_SLASHES:
                break  # a name glued on only when the byline's slash closes it (记者余采滢游振升／台中报导: titles166)
            out.append(ctx.relation(ctx.owner[colleague], r.target, r.kind, r.evidence.start, colleague.end, r.role,
                                    former=r.former))
            end = colleague.end
    return out


def _name_length(ctx: RelationContext, end: int) -> int:
    """The length of the person's name ending at ``end``, 0 if no person ends there."""
    person = ctx.first_ending_at(Label.PERSON, end)
    return 0 if person is None else person.end - person.start


def _byline_name_start(ctx: RelationContext, start: int) -> int:
    """Where the title before a name starting at ``start`` ends: past the spaces between them in a dateline's
    byline (新华网莫斯科5月29日电(记者 卢敬利): 记者 ends before the space) or a slash (新华社北京5月1日电（记者/冯珂）, a
    credit's 记者/ X), else ``start`` itself."""
    simplified = ctx.simplified
    q = start
    while q > 0 and simplified[q - 1] in " \u3000" and start - q < 2:
        q -= 1
    slash = q > 0 and simplified[q - 1] in CREDIT_SLASHES
    if slash:  # 记者/冯珂, 记者／ 冯珂: a dateline's or a credit's title only, never a caption's
        q -= 1
        while q > 0 and simplified[q - 1] in " \u3000" and start - q < 3:
            q -= 1
    if q == start:
        return start
    role = ctx.lexicon.role_ending(simplified, q) or None
    at = q - len(role) if role is not None else q
    press = role in _CREDITED_ROLES and _byline_outlet(ctx, at)
    if role is not None and (_dateline_source(ctx, at) is not None or press):
        return q
    # a caption's title, one space before the name, its body written right before it (海通证券董事长 周杰); not a
    # title free of bodies (a transcript's speaker: …华翰国际雷维主持人 邢晓利：)
    named = not slash and role is not None and role not in _CREDITED_ROLES and role not in _FREE_ROLES and start - q == 1 \
        and (ctx.org_ending_at.get(at) is not None or _chained_body(ctx, at, role)) and not _credited_names(ctx, start)
    return q if named else start


def _credited_names(ctx: RelationContext, start: int) -> bool:
    """Whether the name at ``start`` opens a byline's credit: a space and another name after it, or a mark of what the
    person did (经理 刘嫣 陈丽华/文, 刘嫣/文): names of a credit, no caption's."""
    simplified = ctx.simplified
    name = next((m for m in ctx.mentions if m.label is Label.PERSON and m.start == start), None)
    end = name.end if name is not None else start
    while name is None and end < min(start + 4, len(simplified)) and is_han(simplified[end]):
        end += 1  # a name no extractor found (the title's reader derives it): its Han letters
    if simplified[end : end + 1] in CREDIT_SLASHES:
        return True
    after = end
    while simplified[after : after + 1] in (" ", "\u3000", "\xa0"):
        after += 1
    return after > end and any(m.label is Label.PERSON and m.start == after for m in ctx.mentions)


#: The longest programme name in title marks before a reporter's title (《零距离》记者).
_MAX_PROGRAMME = 12


def _byline_outlet(ctx: RelationContext, at: int) -> bool:
    """Whether a reporter's title starting at ``at`` is a press byline's, so that a space may part it from the name
    and the colleagues listed after: a byline's lead after an outlet (:func:`_press_source`), or a paper the table
    lists as media right before the title (新快报记者 刘嫣), or a programme in title marks (《零距离》记者/冯珂 编辑/汪泽),
    or an outlet by its name (…报, …网, …新闻: 封面新闻记者 钟晓璐) opening its line (titles166)."""
    outlet = ctx.org_ending_at.get(at)
    opening = ctx.simplified.rfind("《", max(at - _MAX_PROGRAMME, 0), at) if ctx.simplified[at - 1 : at] == "》" else -1
    programme = opening >= 0 and ctx.simplified[opening + 1 : at - 1].isalnum()
    return programme or _press_source(ctx, at) is not None or (
        outlet is not None and (ctx.lexicon.known_organisations.get(outlet.simplified, ("",))[0] == "media"
                                or _line_opening_outlet(ctx, outlet)))


#: How a news app names itself (封面新闻, 澎湃新闻, 红星新闻), besides an outlet's endings (…报, …网, …电台).
_NEWS_APP_ENDING = "新闻"


def _line_opening_outlet(ctx: RelationContext, outlet: Mention) -> bool:
    """Whether ``outlet`` is named as an outlet is (:func:`zhkg.relate.roles_words._outlet`, or …新闻) and opens its
    line, as a byline does (封面新闻记者 钟晓璐 on the article's first line)."""
    line_start = ctx.simplified.rfind("\n", 0, outlet.start) + 1
    return not ctx.simplified[line_start : outlet.start].strip() and (
        _outlet(ctx, outlet) or outlet.simplified.endswith(_NEWS_APP_ENDING))


#: A headline glued to its dateline: …聘任俞岱曦为副总经理|全景网3月6日讯.
_DATELINE_AHEAD = re.compile(r"[^，,。；;\s\d]{2,8}\d{1,2}月\d{1,2}日(?:电|讯)")


def _dateline_after(ctx: RelationContext, end: int) -> bool:
    """Whether an agency and a dateline follow ``end`` with nothing between (a headline's last word)."""
    return _DATELINE_AHEAD.match(ctx.simplified, end) is not None


#: An editor's credit in brackets after the article, as Taiwan's agency closes it: （编辑：黄世雅）, (编辑:李锡璋/王明).
_CLOSING_EDITOR = re.compile(r"[（(]编辑[:：][ \u3000]*(?P<names>[^（）()\n]{2,24})[）)]")


def read_closing_editors(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The editors an article's closing credit names (round roles216): …明天停止上班上课。（编辑：李锡璋）1120903 gives
    编辑 of the agency whose reporter the opening dateline's byline names ((中央社记者陈昱婷台北3日电): 中央社), each
    person named inside the brackets. Nothing when the text before its first 。 gives no reporter, or reporters of two bodies
    (the credit's outlet is not written: a paper's own editor credit with no byline names no one's post)."""
    first_end = ctx.simplified.find("。")  # the lead: a headline line may come before the dateline
    agencies = {r.target for r in found if r.role_simplified in _CREDITED_ROLES and r.evidence.start < first_end}
    if len(agencies) != 1:
        return []
    (agency,) = agencies
    out = []
    for credit in _CLOSING_EDITOR.finditer(ctx.simplified):
        title_at = credit.start() + 1
        for m in ctx.mentions:
            if m.label is Label.PERSON and credit.start("names") <= m.start and m.end <= credit.end("names"):
                out.append(ctx.relation(ctx.owner[m], agency, RelationKind.HOLDS_ROLE, title_at, m.end,
                                        ctx.text[title_at : title_at + 2]))
    return out
