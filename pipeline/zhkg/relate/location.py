"""Location: an organisation is LOCATED_IN the place its canonical name starts with, or else the country abroad
written right before it (:func:`read_location`); a coded place is WITHIN its nearest ancestor that is also
an entity of the run (:func:`relate_places`, across documents).

Caveats (from the hand-judged audit, ``bench/relations_audit.py``): a name's opening is not always its
seat. An embassy or consulate is in its host country, not the one it is named after (西班牙驻华使馆 is
in China: the place after 驻 when the name writes one, else no edge); a one-character form is trusted
only as the head of the few names that use it so (中新社, 美军, 港交所), and not for a joint body of two
places (中美教育基金); a place no gazetteer knows is no seat unless its name has a division word (中卫县);
全国 before one common noun (全国法院, the courts nationwide) seats nothing; and a county-level place that the document names only inside organisation names, in its short form, is taken
for a brand or a transliteration (华安基金, 隆德大学, 瑞安地产), not a seat; nor is such a short form named
outside them too unless the document writes the place in full or names a place above or within it (龙湖地产 is
no seat in 汕头's 龙湖区 without 龙湖区, 汕头 or 广东: the gazetteer's rule for bare short forms, issue 15). A body
named after a place it does not sit in has no seat from its name: a world body named after a city, not a country
(上海合作组织: ``organisations_known.tsv``'s kind ``international``; 日本银行 and 英格兰银行 keep theirs), and a
school named after a city that lies outside the state of its name (华盛顿大学, the University of Washington, is in
Seattle, not in the city of Washington; 纽约大学 keeps 纽约; session 23).
"""

from __future__ import annotations

import re

from zhkg.records import Entity, Evidence, Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.resources.gazetteer import HOME_CODES, Gazetteer, is_country_code, load_gazetteer
from zhkg.stages.normalise import to_simplified, to_traditional

__all__ = ['read_location', 'relate_places']

# a diplomatic mission: it sits in its host country, not the one its name opens with
_MISSION = re.compile(r"使馆|领事馆|领馆|驻")
# one-character forms that head organisations' names as their place (中新社, 美军, 港交所); others open
# brands and transliterations too often (华威大学, 德士多大学, 加泰罗尼亚理工大学)
_ONE_CHAR_HEADS = frozenset("中美英日韩俄港")
# a second place's initial right after the first: a joint body of two places (中美教育基金, 中阿合作论坛, 沪深交易所)
_SECOND_INITIAL = frozenset("美英法德日韩俄加澳意印欧非阿朝港台沪深")
_COUNTY_LEVEL = 3
_DIVISION_WORDS = tuple("省市县区州镇乡村")


def read_location(ctx: RelationContext) -> list[Relation]:
    """An organisation is located in the place its canonical name starts with, or its name as written
    (石家庄警察护跑团, whose canonical name keeps the short form 石家庄: in 石家庄市)."""
    places: dict[str, Mention] = {}
    for m in ctx.mentions:
        if m.label is Label.PLACE and m.canonical:
            places.setdefault(m.canonical, m)
    for m in ctx.mentions:  # the short forms after the full names: a full name wins the same prefix
        if m.label is Label.PLACE and m.canonical:
            places.setdefault(m.simplified, m)
    order = {p: i for i, p in enumerate(places)}
    orgs = [m for m in ctx.mentions if m.label is Label.ORGANIZATION]
    outside: set[str] | None = None  # the places the document names outside every organisation's name
    out = []
    for m in orgs:
        # the longest place name either name opens with, the first named of two as long: found by the names'
        # openings, not by trying every place of the document (one long line names thousands, session 27)
        openings = {p for name in (m.canonical, m.simplified) for k in range(min(len(name) + 1, len(m.canonical)))
                    if (p := name[:k]) in places}
        best = max(openings, key=lambda p: (len(p), -order[p]), default=None)
        if best is None or _nationwide(m.simplified):
            continue
        place = places[best]
        name = m.canonical if m.canonical.startswith(best) else m.simplified
        if len(best) == 1 and (best not in _ONE_CHAR_HEADS or name[1:2] in _SECOND_INITIAL):
            continue
        if _MISSION.search(name, len(best)):
            host = _host(ctx, m)
            if host is not None:
                out.append(ctx.relation(ctx.owner[m], ctx.owner[host], RelationKind.LOCATED_IN, m.start, m.end))
            if host is not None or is_country_code(place.code):
                continue
        if not place.code and not best.endswith(_DIVISION_WORDS):
            continue  # a place no gazetteer knows (九州 of 九州Online, 西安 of 西安大略大学): too weak a seat
        if _named_after(m, place, ctx):
            continue
        if _minor(place, best, ctx):
            if outside is None:
                outside = _named_outside(ctx)
            if place.canonical not in outside or not _anchored(place, ctx):
                continue
        out.append(ctx.relation(ctx.owner[m], ctx.owner[place], RelationKind.LOCATED_IN, m.start, m.end))
    seated = {r.source for r in out}
    out.extend(_titled_papers(ctx, orgs))
    out.extend(_after_countries(ctx, [m for m in orgs if ctx.owner.get(m) not in seated]))
    return out


def _after_countries(ctx: RelationContext, orgs: list[Mention]) -> list[Relation]:
    """A body written right after a country abroad, its name apart (白俄罗斯|明斯克大学, 英国|牛津大学: the country
    cut off its name, :mod:`zhkg.extract.foreign_fronts`; 瑞典|宜家), is in that country, when its own name gives it
    no seat (``orgs`` are those): the country the name no longer opens with still seats it, as it did when the
    name held it. A one-letter body is no name to seat (罗马尼亚|参)."""
    countries = {m.end: m for m in ctx.mentions
                 if m.label is Label.PLACE and is_country_code(m.code) and m.code not in HOME_CODES}
    out = []
    for m in orgs:
        place = countries.get(m.start)
        owner = ctx.owner.get(m)
        if place is None or not owner or not ctx.owner.get(place) or len(m.simplified) < 2 \
                or _MISSION.search(m.simplified):
            continue
        out.append(ctx.relation(owner, ctx.owner[place], RelationKind.LOCATED_IN, place.start, m.end))
    return out


def _titled_papers(ctx: RelationContext, orgs: list[Mention]) -> list[Relation]:
    """A paper named in 《》 right after its country (英国《金融时报》, 美国《纽约时报》) is in that country: the
    recogniser reads the paper's own name, which opens with no place (session 26)."""
    countries = {m.end: m for m in ctx.mentions if m.label is Label.PLACE and is_country_code(m.code)}
    out = []
    for m in orgs:
        place = countries.get(m.start - 1)
        if place is not None and ctx.simplified[m.start - 1] == "《" and ctx.owner.get(place):
            out.append(ctx.relation(ctx.owner[m], ctx.owner[place], RelationKind.LOCATED_IN, place.start,
                                    min(m.end + 1, len(ctx.simplified))))
    return out


_SCHOOLS = ("大学", "学院")
#: Cities that share their name with a state of their country and lie in no state: a school named so is the
#: state's (华盛顿大学 is in Seattle, Washington); 纽约大学 is in New York City, which lies in New York State.
_OUTSIDE_NAMESAKE_STATE = frozenset({"US-city:Washington"})


def _named_after(org: Mention, place: Mention, ctx: RelationContext) -> bool:
    """Whether ``org`` is named after ``place`` without sitting there: a world body named after a city
    (上海合作组织), or a school named after a city that lies outside the state of its name (华盛顿大学)."""
    kind = ctx.lexicon.known_organisations.get(org.simplified, ("",))[0]
    if kind == "international" and not is_country_code(place.code):
        return True
    return place.code in _OUTSIDE_NAMESAKE_STATE and org.simplified.endswith(_SCHOOLS)


def _nationwide(name: str) -> bool:
    """Whether ``name`` is 全国 before one common noun (全国法院, 全国银行): the bodies of a kind across the
    country, seated nowhere (全国人大 and 全国工商联 are names: jieba reads 人大, 工商联 as abbreviations)."""
    from zhkg.stages.segment import dictionary_tag

    return name.startswith("全国") and dictionary_tag(name[2:]) == "n"


def _host(ctx: RelationContext, org: Mention) -> Mention | None:
    """The place a mission's name writes right after 驻 (华 of 西班牙驻华使馆), or None."""
    at = ctx.simplified.find("驻", org.start, org.end)
    place = ctx.place_starting_at.get(at + 1) if at >= 0 else None
    return place if place is not None and place.end <= org.end and place.canonical else None


def _minor(place: Mention, form: str, ctx: RelationContext) -> bool:
    """Whether ``form`` names a place a brand or a foreign name can open with: a county-level division or
    below in its short form (华安 of 华安县)."""
    if not place.code:
        return False
    division = load_gazetteer(ctx.lexicon).get(place.code)
    return form != place.canonical and (division is None or division.level >= _COUNTY_LEVEL)


def _anchored(place: Mention, ctx: RelationContext) -> bool:
    """Whether the document writes ``place`` in full (龙湖区) or names a place above or within it (汕头, 广东):
    a county's short form with neither is as likely a brand (龙湖地产, a Chongqing developer) as 汕头's 龙湖区."""
    if any(m.code == place.code and m.simplified == m.canonical for m in ctx.mentions if m.label is Label.PLACE):
        return True
    codes = {m.code for m in ctx.mentions if m.label is Label.PLACE and m.code}
    return load_gazetteer(ctx.lexicon).anchored(place.code, codes)


def _named_outside(ctx: RelationContext) -> set[str]:
    """The canonical names of the places the document mentions at least once outside every organisation's name."""
    inside = ctx.covered((Label.ORGANIZATION,))
    return {m.canonical for m in ctx.mentions
            if m.label is Label.PLACE and m.canonical and set(range(m.start, m.end)) - inside}


def _written_name(place: Entity, official: str) -> str:
    """A place's ``official`` name as its text writes it: its label when that is the official name in another script
    (平谷區 for 平谷区), else the official name itself (沈阳市 where the text writes 沈阳).

    >>> _written_name(Entity("place:110117", Label.PLACE, "平谷区", "平谷區"), "平谷区")
    '平谷區'
    >>> _written_name(Entity("place:210100", Label.PLACE, "沈阳", "沈阳"), "沈阳市")
    '沈阳市'

    A short form in Traditional letters gives the official name in them too: its own letters where they are the
    official name's, the rest through OpenCC ``s2t`` (瀋陽 → 瀋陽市, 平谷 → 平谷區).

    >>> _written_name(Entity("place:210100", Label.PLACE, "沈阳", "瀋陽"), "沈阳市")
    '瀋陽市'
    """
    simplified = to_simplified(place.display)
    if simplified == official:
        return place.display
    if simplified == place.display:  # a Simplified (or script-neutral) short form: the official name as it is
        return official
    own = dict(zip(simplified, place.display))  # 沈 is 瀋 here, which s2t alone would not know
    try:
        return "".join(own.get(ch) or to_traditional(ch) for ch in official)
    except ValueError:  # a conversion that changes length: keep the official name
        return official


def relate_places(entities: list[Entity], gazetteer: Gazetteer) -> list[Relation]:
    """Each coded place WITHIN its nearest ancestor that is also an entity; the evidence names both by their official
    names in the text's script (:func:`_written_name`: 平谷區 ⊂ 北京市 in a Traditional article)."""
    by_code = {e.code: e for e in entities if e.label is Label.PLACE and e.code}
    out = []
    for e in sorted(by_code.values(), key=lambda e: e.id):
        ancestor = next((a for a in gazetteer.ancestors(e.code) if a.code in by_code), None)
        if ancestor is None:
            continue
        m = e.mentions[0]
        parent = by_code[ancestor.code]
        sentence = f"{_written_name(e, e.name)} ⊂ {_written_name(parent, ancestor.name)} (gazetteer)"
        out.append(
            Relation(
                source=e.id,
                target=parent.id,
                kind=RelationKind.WITHIN,
                evidence=Evidence(doc_id=m.doc_id, sentence=sentence, start=m.start, end=m.end),
            )
        )
    return out
