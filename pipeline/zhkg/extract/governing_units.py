"""A body's generic governing unit before a title is part of the title, not of the body's name (issues 15 and 11).

News names an officer by the body, its governing unit and the title, back to back: 海螺集团|党委|书记,
鞍钢集团|工会|主席, 平安银行|监事会|主席. The convention decided in session 50 (``docs/entities.md``): such a unit
(:data:`zhkg.resources.lexicon.GOVERNING_UNITS`: 党委, 党组, 纪委, 团委, 工会, 董事会, 监事会, 常委会, 管委会 …)
belongs to the title, so the organisation is the body (海螺集团) and the post 党委书记 of it, as 万科集团董事会主席 has
long been read. A recogniser's or a grammar's organisation ending in such a unit right before the rest of one of its
titles (a role word opening with the unit, :meth:`zhkg.resources.lexicon.Lexicon.unit_title_at`) is cut to the body.

Left whole (today's reading): a unit with no title after it (海螺集团党委召开会议: a node PART_OF 海螺集团); a unit
with no body before it (董事会, 校党委, 该公司董事会: the letters before are none, one, a bare kind word or open with a
determiner); a division's own committee (宁夏回族自治区党委, 北京市纪委, 苏州工业园区管委会: the letters before end in a
division's level or are a place the document names, as 市委 and 省委 are bodies); a whole-nation body
(中央纪委, 中华全国总工会: the letters before end in 中央 or 总); a people's congress's standing committee, a body
of its own (北京市人大常委会主任: 主任 of it); a name the lexicon lists (中纪委). A named unit
(光华管理学院) is no governing unit and is never cut here. Run on a document's merged mentions, after
:func:`zhkg.extract.glued_bodies.bodies_unglued`, before the mentions are selected.
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import GOVERNING_UNITS, Lexicon

__all__ = ["body_before_unit", "units_into_titles"]

#: The governing units, longest first.
_UNITS = tuple(sorted(GOVERNING_UNITS, key=len, reverse=True))
#: The last letters of what is no body before a unit: a division's level (its committee is its own body, as 市委 is),
#: the nation's centre and a whole-nation federation's 总 (中央|纪委, 全国总|工会), a level word (省级|党委).
_NOT_BODY_ENDS = (*"省市县区州乡镇村旗盟", "中央", "总", "级")
#: Names ending in a unit that are bodies of their own: a people's congress's standing committee sits between the
#: congress's sessions and holds its own 主任 and 委员长 (``org_suffixes.tsv`` lists 人大常委会 as a body's head, and the
#: web gold names 市人大常委会 and 厦门市第十六届人大常委会 whole).
_OWN_BODIES = ("人大常委会",)
#: Words opening a reference to a body named before, never a body's name (该公司|董事会, 本校|党委).
_DETERMINERS = tuple("该本其各此原我贵")
#: Readers whose names are whole by their own table, never cut.
_LISTED = frozenset({MentionSource.ORG_KNOWN.value, MentionSource.ORG_LEXICON.value})


def body_before_unit(name: str, lexicon: Lexicon) -> str:
    """The body opening ``name`` (Simplified) when the rest is a governing unit and the letters before it may be a
    body's name (this module's docstring), or "". Whether a title follows is the caller's question.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> body_before_unit("海螺集团党委", lex), body_before_unit("万科集团董事会", lex), body_before_unit("北京市人大常委会", lex)
    ('海螺集团', '万科集团', '')
    >>> body_before_unit("宁夏回族自治区党委", lex), body_before_unit("中华全国总工会", lex), body_before_unit("校党委", lex)
    ('', '', '')
    >>> body_before_unit("该公司董事会", lex), body_before_unit("公司董事会", lex), body_before_unit("光华管理学院", lex)
    ('', '', '')
    """
    unit = next((u for u in _UNITS if name.endswith(u)), "") if not name.endswith(_OWN_BODIES) else ""
    body = name[: len(name) - len(unit)] if unit else ""
    if len(body) < 2 or body.endswith(_NOT_BODY_ENDS) or body.startswith(_DETERMINERS) or body in lexicon.org_suffixes:
        return ""
    return body


def units_into_titles(mentions: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with each organisation that ends in a governing unit right before one of the unit's titles cut
    to the body before the unit (see the module docstring). ``text`` is the document's Simplified text.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> def org(name, start=0): return Mention("d", start, start + len(name), name, name, Label.ORGANIZATION, "crf")
    >>> [m.simplified for m in units_into_titles([org("海螺集团党委")], "海螺集团党委副书记杨军", load_lexicon())]
    ['海螺集团']
    >>> [m.simplified for m in units_into_titles([org("海螺集团党委")], "海螺集团党委召开会议", load_lexicon())]
    ['海螺集团党委']
    """
    places = {m.simplified for m in mentions if m.label is Label.PLACE}
    cuts: dict[int, str] = {}
    for k, m in enumerate(mentions):
        if m.label is not Label.ORGANIZATION or m.extractor in _LISTED or len(m.simplified) != m.end - m.start \
                or len(m.text) != len(m.simplified):
            continue
        body = body_before_unit(m.simplified, lexicon)
        if body and body not in places and lexicon.unit_title_at(text, m.start + len(body)):
            cuts[k] = body
    if not cuts:
        return mentions
    # a short form an alias reader gave the long name names the body, where the long name is left nowhere else
    kept = {m.simplified for k, m in enumerate(mentions) if k not in cuts}
    renamed = {mentions[k].simplified: body for k, body in cuts.items() if mentions[k].simplified not in kept}
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        if k in cuts:
            size = len(cuts[k])
            m = replace(m, end=m.start + size, text=m.text[:size], simplified=cuts[k], canonical="")
        elif m.canonical in renamed:
            m = replace(m, canonical=renamed[m.canonical] if renamed[m.canonical] != m.simplified else "")
        out.append(m)
    return out
