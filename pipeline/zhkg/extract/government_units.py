"""A unit written right after its government is one organisation with it, in the entity layer (orgs296).

Scope: the lead's call 1 of session 60 (``docs/changes-session60.md``): 台中市政府|民政局长, 县府|主计处长,
县府|国际发展及计划处, 经济部|国营司证实, 教育部|技职司长 each name one body, the unit of that government or ministry
(台中市政府民政局, 台东县政府国际发展及计划处, 经济部国营司), as the role layer has named it since roles223; the bare
unit (民政局, 主计处) is the name of a different body in every county. :func:`government_units` gives the joined
organisation where an organisation naming a government (…政府, 县府, 市府) or a ministry (经济部) stands right
before a unit: an organisation ending in a unit's head (处, 局, 署, 司, 科) that starts where the government ends, or
a unit no reader names, fused with its head's title (民政局长, 技职司长, 综发处长) or not (屏东县政府|教育处114学年:
:func:`zhkg.extract.departments_alone.unit_at`). Its name is the
government's full name and the unit's (县府 of 台东县政府: 台东县政府主计处); a held unit named alone elsewhere in
the document with the same letters (a career's 行政处副处长) is that body too, where only one government's unit is so
named. :func:`entity_layer` is the document's entities: the joined organisation, without the government's and the
unit's mentions inside it (the government stays an organisation where the text names it apart: 县府表示…).

Caveats: the joined organisation is held from the relation readers (:data:`zhkg.records.HELD_FROM_RELATIONS`), which
read the government and the unit as before (the role layer's bodies unchanged: roles223 names 县府|财政处长's post
only where the county's government is named in full); in the graph it gets its MENTIONED_IN edge, and the parts keep
their nodes where a reader's relation stands on them. Hong Kong's 港府 before a department (港府|地政总署) is left as
read (:func:`zhkg.extract.departments.departments` gives the two: no tune article writes it). A government's unit
the model or a rule already reads whole (台南市政府人事处, 市政府捷运工程局) is left as read.
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.extract.departments_alone import unit_at
from zhkg.records import HELD_FROM_RELATIONS, Label, Mention, MentionSource

__all__ = ["entity_layer", "government_units"]

#: How an organisation naming a government ends (台中市政府, 市政府, 县府, 台中市府).
_GOVERNMENT_ENDS = ("政府", "县府", "市府")
#: A ministry's head letter, and the words ending in it that name no ministry (总部, 俱乐部, 司令部, 党部 …).
_MINISTRY_END = "部"
_NOT_MINISTRY_ENDS = ("总部", "本部", "俱乐部", "司令部", "党部", "干部", "全部", "内部", "外部", "东部", "南部", "西部",
                      "北部", "中部", "局部", "事业部", "营业部", "财务部", "销售部")
_LONGEST_MINISTRY = 6
#: The last letter of a government's unit joined to it (民政局, 主计处, 移民署, 国营司, 人事科).
_UNIT_HEADS = ("处", "局", "署", "司", "科")
#: The longest unit's name read after a government (国际发展及计划处).
_LONGEST_UNIT = 10


def _government(m: Mention) -> bool:
    """Whether an organisation's mention names a government or a ministry (县府, 台中市政府; 经济部, not 总部)."""
    name = m.simplified
    if m.label is not Label.ORGANIZATION:
        return False
    if name.endswith(_GOVERNMENT_ENDS):
        return len(name) >= 2 and name != "政府"
    return name.endswith(_MINISTRY_END) and 2 <= len(name) <= _LONGEST_MINISTRY and not name.endswith(_NOT_MINISTRY_ENDS)


#: A government's names that name no county or city (县府 of a document naming none: 县政府).
_BARE_GOVERNMENTS = ("政府", "县政府", "市政府", "县府", "市府")


def _full_name(government: Mention) -> str:
    """The government's name for its unit's: its canonical name where that names the county or city (县府 of
    台东县政府) or is a ministry's (经济部), else the letters as written (县府 where no county is named)."""
    name = government.name
    return name if name.endswith(_GOVERNMENT_ENDS + (_MINISTRY_END,)) and name not in _BARE_GOVERNMENTS \
        else government.simplified


def government_units(mentions: list[Mention], text: str, original: str) -> list[Mention]:
    """The document's canonicalised ``mentions`` and one held organisation (:attr:`MentionSource.ORG_GOVERNMENT_UNIT`)
    for each unit written right after its government (see the module); ``text`` is the Simplified text, ``original``
    the text as written.

    >>> text = "县府民政处已透过造产办理。曾任台中市政府民政局长。县府表示"
    >>> def org(s, e, canonical=""):
    ...     return Mention("d", s, e, text[s:e], text[s:e], Label.ORGANIZATION, "x", canonical=canonical)
    >>> ms = [org(0, 2, "花莲县政府"), org(2, 5), org(15, 20), org(27, 29, "花莲县政府")]
    >>> [(m.simplified, m.name) for m in government_units(ms, text, text) if m.extractor == "org_government_unit"]
    [('县府民政处', '花莲县政府民政处'), ('台中市政府民政局', '台中市政府民政局')]
    """
    orgs = sorted((m for m in mentions if m.label is Label.ORGANIZATION), key=lambda m: (m.start, -m.end))
    starting: dict[int, list[Mention]] = {}
    for m in orgs:
        starting.setdefault(m.start, []).append(m)
    joined: list[tuple[Mention, str]] = []  # each joined organisation and its unit's letters
    for g in orgs:
        if not _government(g):
            continue
        unit = next((u for u in starting.get(g.end, ()) if u.simplified.endswith(_UNIT_HEADS)
                     and len(u.simplified) <= _LONGEST_UNIT), None)
        end = unit.end if unit is not None else g.end + unit_at(text, g.end)
        if end == g.end or any(o.start <= g.start and end <= o.end and o is not g for o in orgs):
            continue  # no unit, or one name holds the two already (台南市政府人事处)
        written = text[g.end:end]
        joined.append((Mention(g.doc_id, g.start, end, original[g.start:end], text[g.start:end], Label.ORGANIZATION,
                               MentionSource.ORG_GOVERNMENT_UNIT, canonical=_full_name(g) + written), written))
    if not joined:
        return mentions
    # a held unit named alone elsewhere is the one government's unit of those letters (历任|行政处副处长 after
    # 县府行政处); a unit the relation readers see keeps its name (:func:`entity_layer` names it so)
    out = _named_with_government(mentions, joined, held=True)
    return sorted(out + [j for j, _ in joined], key=lambda m: (m.start, m.end, m.label.value))


def _named_with_government(mentions: list[Mention], joined: list[tuple[Mention, str]], *, held: bool) -> list[Mention]:
    """``mentions`` with each bare unit (its name its letters) outside the ``joined`` organisations, held from the
    relation readers or not as ``held`` says, named as the one joined organisation whose unit has its letters."""
    names: dict[str, set[str]] = {}
    for j, written in joined:
        names.setdefault(written, set()).add(j.canonical)
    inside = [j.span for j, _ in joined]
    return [replace(m, canonical=next(iter(names[m.simplified])))
            if m.label is Label.ORGANIZATION and (m.extractor in HELD_FROM_RELATIONS) is held
            and m.name == m.simplified and len(names.get(m.simplified, ())) == 1
            and not any(s <= m.start and m.end <= e for s, e in inside) else m for m in mentions]


def entity_layer(mentions: list[Mention]) -> list[Mention]:
    """The document's entities: each joined government's unit (:func:`government_units`) without the organisations'
    mentions inside it (the government's and the unit's), which the relation readers read.

    >>> text = "县府民政处已透过公所办理。民政处表示"
    >>> def org(s, e, x="x", canonical=""):
    ...     return Mention("d", s, e, text[s:e], text[s:e], Label.ORGANIZATION, x, canonical=canonical)
    >>> ms = [org(0, 2), org(2, 5), org(0, 5, "org_government_unit", "花莲县政府民政处"), org(13, 16)]
    >>> [(m.span, m.name) for m in entity_layer(ms)]
    [((0, 5), '花莲县政府民政处'), ((13, 16), '花莲县政府民政处')]
    """
    joined = [m for m in mentions if m.extractor == MentionSource.ORG_GOVERNMENT_UNIT]
    if not joined:
        return mentions
    parts = [m for m in mentions if m.label is Label.ORGANIZATION and m.extractor != MentionSource.ORG_GOVERNMENT_UNIT
             and any(j.start <= m.start and m.end <= j.end for j in joined)]
    # each joined one's unit: what follows the longest government's mention it opens with
    units = []
    for j in joined:
        government = max((m.end for m in parts if m.start == j.start and m.end < j.end), default=j.start)
        units.append((j, j.simplified[government - j.start:]))
    taken = {id(m) for m in parts}
    return _named_with_government([m for m in mentions if id(m) not in taken], units, held=False)
