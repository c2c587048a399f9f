"""A place glued onto an organisation that opens with another place (华盛顿|美国特勤局, 北京|中国国际贸易促进委员会).

A dateline or a place of the event often stands right before a body's full name, and a reader of bodies by their
head word (…局, …委员会) or the recogniser then takes both as one name. When an organisation's name opens with two
places one after the other, both written with two letters or more, and the second is a country, a province or a
state *not* inside the first (华盛顿|美国, 北京|中国, 伦敦|中国), the first is the place where the body acts and the
body's name starts at the second: two mentions, the place (already read beside it) and the organisation 美国特勤局. A
second place inside the first is the usual way a body's name narrows its seat, and stays one name
(美国纽约证券交易所, 上海浦东新区政府, 浙江杭州娃哈哈集团); so does 中国 before Taiwan, Hong Kong or Macau (中国台湾网,
中国香港电台), a city's or a district's name after another place (北京北辰洲际酒店: a local name), a school's or a
company's registered name (上海纽约大学, 上海美国学校, 深圳中国农大科技股份有限公司) and two countries' letters
(中美教育基金: a pair) and a society of two countries named by both (中国土耳其友好协会). What is split is a body of state or society named by its country (美国特勤局, 中国大使馆,
中国国际贸易促进委员会).

A city before a body of the world that ``organisations_known.tsv`` lists as international, the two alone making the
name (布鲁塞尔|北约, 维也纳|国际原子能机构), is its seat, never a part of its name, and is split off the same way (review162:
布鲁塞尔北约 was an organisation of its own beside 北约). A seat named with its city (纽约联合国总部: MSRA's one ORG, as
People's Daily writes it) and a country or a province before one (中国联合国协会: a society of its own) stay.

The pass is gated on a place mention starting where an organisation starts, the two ending differently: a document
without one pays a set look-up per organisation.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from zhkg.extract.base import in_place_order
from zhkg.records import Label, Mention

if TYPE_CHECKING:
    from zhkg.resources.lexicon import Lexicon

__all__ = ["cut_continent_tails", "cut_route_tails", "split_glued_places"]

# regions the gazetteer keeps apart from the country but that a name written 中国 + region treats as inside it
_REGIONS_OF = {"CN": frozenset({"TW", "HK", "MO"})}
# the fewest letters a body's name keeps after the second place (美国|特勤局: 3)
_BODY_REST = 2
# the lowest level of the second place: a country or a province or state (美国, 中国, 浙江); a city's or a
# district's name after another place is a local name or the school's own (北京|北辰洲际酒店, 上海|纽约大学)
_HIGHEST_LEVEL = 1
# a school's or a company's registered name may open with its city and then a country (上海纽约大学, 上海美国学校: a
# campus or a school abroad; 深圳中国农大科技股份有限公司, 香港中国旅行社有限公司): one name
_OWN_NAMES = ("大学", "学院", "学校", "中学", "小学", "公司", "集团", "银行", "酒店", "旅行社")
# a society two countries run together, named by both (中国土耳其友好协会, 中国土耳其商会): one name, a pair as 中美
# is, where a body of state after two countries is the second's (土耳其|俄罗斯大使馆: its seat, then the embassy)
_PAIRS_BODIES = ("协会", "友协", "商会", "联合会", "基金会", "论坛", "委员会")


def split_glued_places(mentions: list[Mention], text: str, lexicon: Lexicon | None = None) -> list[Mention]:
    """``mentions`` with each organisation that opens with a place and then a place not inside it starting at the
    second place (:mod:`zhkg.extract.glued_places`).

    >>> from zhkg.records import Label, Mention
    >>> def m(s, e, label, code=""):
    ...     return Mention("d", s, e, text[s:e], text[s:e], label, "test", code=code)
    >>> text = "华盛顿美国特勤局发表声明"
    >>> out = split_glued_places([m(0, 8, Label.ORGANIZATION), m(0, 3, Label.PLACE, "US-city:Washington"),
    ...                           m(3, 5, Label.PLACE, "US")], text)
    >>> [(x.simplified, x.label.value) for x in out]
    [('华盛顿', 'PLACE'), ('美国', 'PLACE'), ('美国特勤局', 'ORGANIZATION')]
    """
    places = {(m.start, m.end): m for m in mentions if m.label is Label.PLACE and m.code}
    if not places:
        return mentions
    starts: dict[int, list[Mention]] = {}
    for p in places.values():
        starts.setdefault(p.start, []).append(p)
    changed: dict[int, Mention] = {}
    for i, o in enumerate(mentions):
        if o.label is not Label.ORGANIZATION or o.start not in starts:
            continue
        cut = _second_place_start(o, starts, lexicon)
        if cut is None and lexicon is not None:
            cut = _world_body_start(o, starts, lexicon)
        if cut is not None:
            changed[i] = replace(o, start=cut, text=o.text[cut - o.start:], simplified=o.simplified[cut - o.start:],
                                 canonical="")
    if not changed:
        return mentions
    out = [changed.get(i, m) for i, m in enumerate(mentions)]
    seen: set[tuple[int, int, Label]] = set()
    unique = []
    for m in out:  # the organisation cut may now repeat one read there already (美国特勤局 by the recogniser)
        key = (m.start, m.end, m.label)
        if key not in seen:
            seen.add(key)
            unique.append(m)
    return in_place_order(unique)


# a continent or a world region: after a coded place in one model place it opens the name of an event or a
# section the place holds (香港|亚洲电影节, 香港|亚洲电影论坛), never a part of that place's name; 西亚 is left out
# (马来西亚 is one country)
CONTINENT_TAILS = frozenset({"亚洲", "欧洲", "非洲", "美洲", "北美洲", "南美洲", "拉丁美洲", "大洋洲", "南极洲",
                             "东亚", "东南亚", "亚太"})


def cut_continent_tails(model: list[Mention], coded_spans: set[tuple[int, int]]) -> list[Mention]:
    """``model`` with each place that is a coded place and then a continent or a world region written on
    (香港亚洲 of 香港亚洲电影节: :data:`CONTINENT_TAILS`) cut back to the coded place: two names, not one place
    (intl103). A place the gazetteer codes whole is never cut.

    >>> from zhkg.records import Label, Mention
    >>> text = "《香港亚洲电影节》，马来西亚"
    >>> model = [Mention("d", 1, 5, "香港亚洲", "香港亚洲", Label.PLACE, "crf"),
    ...          Mention("d", 10, 14, "马来西亚", "马来西亚", Label.PLACE, "crf")]
    >>> [m.simplified for m in cut_continent_tails(model, {(1, 3), (10, 14)})]
    ['香港', '马来西亚']
    """
    ends: dict[int, list[int]] = {}
    for start, end in coded_spans:
        ends.setdefault(start, []).append(end)
    out = []
    for m in model:
        if m.label is Label.PLACE and m.span not in coded_spans:
            end = next((e for e in sorted(ends.get(m.start, ())) if e - m.start >= 2 and e < m.end
                        and m.simplified[e - m.start:] in CONTINENT_TAILS), None)
            if end is not None:
                n = m.end - end
                m = replace(m, end=end, text=m.text[:-n], simplified=m.simplified[:-n], canonical="")
        out.append(m)
    return out


# what a route is called after the places it runs to or over (北极|航线): never a part of the place's name. MSRA train
# marks the place alone 4 times of 4 (古巴|的直达航线, 斐济|新航线), Universal NER train 1 of 2 (东北亚|黄金四角航线;
# 中环航线 once whole): round uner288
ROUTE_TAILS = ("航线",)


def cut_route_tails(model: list[Mention]) -> list[Mention]:
    """``model`` with each place that ends in a route's word (:data:`ROUTE_TAILS`: 北极航线) cut back to the place
    before it, where two letters or more are left: the route is no place, the place it names is.

    >>> from zhkg.records import Label, Mention
    >>> model = [Mention("d", 0, 4, "北極航線", "北极航线", Label.PLACE, "crf"),
    ...          Mention("d", 5, 8, "新航线", "新航线", Label.PLACE, "crf")]
    >>> [(m.text, m.simplified) for m in cut_route_tails(model)]
    [('北極', '北极'), ('新航线', '新航线')]
    """
    out = []
    for m in model:
        tail = next((t for t in ROUTE_TAILS if m.simplified.endswith(t)), "") if m.label is Label.PLACE else ""
        if tail and len(m.simplified) - len(tail) >= 2:
            n = len(tail)
            m = replace(m, end=m.end - n, text=m.text[:-n], simplified=m.simplified[:-n], canonical="", code="")
        out.append(m)
    return out


def _second_place_start(o: Mention, starts: dict[int, list[Mention]], lexicon: Lexicon | None) -> int | None:
    """Where ``o``'s own name starts when it opens with a place and then a place not inside that one, or None."""
    for first in starts[o.start]:
        for second in starts.get(first.end, ()):
            if second.end > o.end - _BODY_REST or second.code == first.code or min(len(first.simplified),
                                                                                 len(second.simplified)) < 2:
                continue  # 中美教育基金: two countries' letters, a pair, not a place and a body
            if second.code in _REGIONS_OF.get(first.code, ()) or o.simplified.endswith(_OWN_NAMES):
                continue
            from zhkg.resources.gazetteer import load_gazetteer

            gazetteer = load_gazetteer(lexicon)
            division = gazetteer.get(second.code)
            if division is None or division.level > _HIGHEST_LEVEL:
                continue  # 北京|北辰洲际酒店: a district's short name is the first place's own local name
            first_division = gazetteer.get(first.code)
            if division.level == 0 and first_division is not None and first_division.level == 0 \
                    and o.simplified.endswith(_PAIRS_BODIES):
                continue  # 中国|土耳其友好协会: the two countries' society
            if first.code not in {d.code for d in gazetteer.ancestors(second.code)}:
                return second.start
    return None


# the lowest level of a seat before a body of the world: a city (布鲁塞尔, 纽约, 日内瓦); a country or a province before
# one names a body of its own (中国联合国协会, 美国联合国协会)
_SEAT_LEVEL = 2


def _world_body_start(o: Mention, starts: dict[int, list[Mention]], lexicon: Lexicon) -> int | None:
    """Where ``o``'s own name starts when it is a city and then a body of the world known by name, nothing after it
    (布鲁塞尔|北约; not 纽约联合国总部), or None.

    >>> from zhkg.records import Label, Mention
    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "在布鲁塞尔北约总部"
    >>> o = Mention("d", 1, 7, "布鲁塞尔北约", "布鲁塞尔北约", Label.ORGANIZATION, "crf")
    >>> seat = Mention("d", 1, 5, "布鲁塞尔", "布鲁塞尔", Label.PLACE, "gazetteer", code="BE-city:Brussels")
    >>> _world_body_start(o, {1: [seat]}, load_lexicon())
    5
    """
    for first in starts[o.start]:
        rest = o.simplified[first.end - o.start:]
        row = lexicon.known_organisations.get(rest)
        if row is None or row[0] != "international":
            continue
        from zhkg.resources.gazetteer import load_gazetteer

        division = load_gazetteer(lexicon).get(first.code)
        if division is not None and division.level >= _SEAT_LEVEL:
            return first.end
    return None
