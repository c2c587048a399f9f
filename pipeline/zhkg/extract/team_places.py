"""Teams named by their country or city: 德国 in 德国对丹麦的一场友谊赛, 利物浦 in 利物浦赢得联赛冠军.

A national side or a club is written with its home's name alone in sports writing (西班牙击败希腊夺冠, 转投科隆,
最终意大利被法国队淘汰). The recogniser reads such a name as an organisation from its context; the gazetteer
reads the same letters as a division with a code, and the combine step let the coded place win wherever the two
read the very same span (广州、深圳等 is two places, the model's organisation notwithstanding). In a sentence of
sport the recogniser's reading is the team's: the annotated sets mark the team there, People's Daily (胜阿根廷负于
西班牙) and Universal NER (德國對丹麥的一場友誼賽) alike.

Only the recogniser's own organisation on a coded place's exact span, in a sentence holding a word of competition
(比赛, 决赛, 冠军, 击败, 负于, 进球, 联赛…), is kept as the team; elsewhere the place wins as before. As for a club
named by its city (利物浦), the graph keeps the place beside the team (it locates the body); read as flat names
(:func:`zhkg.evaluate.outermost_spans`) the span is the team's. A document without any such word pays one
regular-expression search.

Two sides of a fixture written with ``vs`` (罗马vs佛罗伦萨, 拉科鲁尼亚vs毕尔巴鄂: the pools tips and match previews)
are teams whatever the recogniser read: :func:`fixture_sides` adds the team on a place's span beside the place, as
for a club, when the name across ``vs`` is a place or an organisation too. CLUENER train half B marks 32 of 32
places beside ``vs`` as organisations (clubs by their city, national sides). So is a place abroad in a frame of a
match (before 主场, 客场 or a match verb: 罗马主场不敌, 罗马以2比1击败; after a match verb or a score's verb: 大胜罗马,
输给亚特兰大) when its sentence says sport beside the frame too (a word of competition, a round, form, odds or a
score: 国米上轮大胜罗马; not 苏联红军击败德国). Mainland, Taiwan, Hong Kong and Macau places are left to the
recogniser: their teams are named with a sponsor or 队 (北京国安, 山东队), and a bare city there is the city, but for
the two sides of a scored result (广东以103：75击败山东: a score of up to three digits, spaces allowed), whose other
mentions in a frame of a match are the teams too (the headline's 广东击败山东).

More frames make a place abroad a side (entities207, from the web set's Hong Kong and Taiwan sports news): a list of
places met after 与, 同 or 和 (与菲律宾及毛里裘斯友赛, 在C组与日本、南韩、澳洲、捷克竞争; a name of the list read as
no place is passed over), a place after a team and 对 (港队对新加坡的赛事), each in a sentence that says sport beside
the frame (a word of competition, of players, or a team named with 队); then every other mention of such a side's name
in a sentence that says sport, and a place joined to a side by 、及和同 (菲律宾同毛里裘斯), never after a preposition of
place (在日本东京巨蛋) nor running on into a longer name.

Hong Kong's clubs are the exception (webtw123): the Premier League's sides bear their district's name (东区, 南区,
大埔, 元朗). In a document naming a Hong Kong league (:data:`HONG_KONG_LEAGUES`: 港超, 港甲), a district of Hong Kong
in a frame of a match (1：0胜东区, 力克东区, 杰志对东区: 对 after a team the rules read; 九龙城对东区: two districts
across 对) or before a word of its
players (东区守门员, 东区后防) is the club, and so is every other bare mention of that district in the document
but one after a preposition of place (在大埔: where a match was played). A district never framed so stays the
district (赛前为大埔火灾死难者默哀).
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.records import Label, Mention, MentionSource
from zhkg.text import NAME_JOINERS, is_han

__all__ = ["BETTING_WORDS", "HONG_KONG_LEAGUES", "SPORT_WORDS", "fixture_sides", "plays_abroad", "plays_as_team", "sport_document"]

#: The words of the football pools and odds columns (足彩, 胜负彩, 亚盘, 让球, 主胜): a tip of a line or two names
#: the clubs and little else, no match verb, no 比赛 (written for zhkg).
BETTING_WORDS = "足彩|胜负彩|任选九|亚盘|欧赔|让球|平赔|主胜|客胜"

#: Words of competition that make a sentence one of sport (Simplified, as the text is normalised; written for zhkg).
SPORT_WORDS = re.compile(
    "比赛|决赛|复赛|小组赛|友谊赛|资格赛|预选赛|淘汰赛|锦标赛|杯赛|世界杯|欧洲杯|美洲杯|亚洲杯|联合会杯|金杯|"
    "冠军|亚军|季军|进球|入球|射门|点球|联赛|主场|客场|击败|战胜|负于|不敌|力克|逼平|战平|淘汰|国家队|球队|外援|"
    "首战|赛事|赛季|球季|" + BETTING_WORDS)
_SENTENCE_ENDS = "。！？!?\n"


def sport_document(text: str) -> bool:
    """Whether a (normalised) text holds any word of competition: the cheap gate before :func:`plays_as_team`.

    >>> sport_document("德国对丹麦的一场友谊赛"), sport_document("德国总理访问丹麦")
    (True, False)
    """
    return SPORT_WORDS.search(text) is not None


def _sentence(text: str, start: int, end: int) -> str:
    first = max(text.rfind(c, 0, start) for c in _SENTENCE_ENDS) + 1
    ends = [i for i in (text.find(c, end) for c in _SENTENCE_ENDS) if i >= 0]
    return text[first:min(ends) if ends else len(text)]


def plays_as_team(m: Mention, text: str) -> bool:
    """Whether the recogniser's organisation ``m`` on a place's name is a team: its sentence is one of sport.

    >>> text = "在友谊赛中，德国战胜丹麦。德国总理访问法国。"
    >>> def org(name, at):
    ...     start = text.index(name, at)
    ...     return Mention("d", start, start + len(name), name, name, Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> plays_as_team(org("德国", 0), text), plays_as_team(org("德国", 10), text)
    (True, False)
    """
    return (m.label is Label.ORGANIZATION and m.extractor == MentionSource.RECOGNISER
            and SPORT_WORDS.search(_sentence(text, m.start, m.end)) is not None)


#: Words of players and their match that say a sentence is one of sport where no word of competition stands (利物浦
#: 在热身时…, 挪威前锋, 波尔多主帅, 里昂面临伤病困扰; written for zhkg): read only beside a place abroad the recogniser
#: reads as an organisation (:func:`plays_abroad`).
_PLAY_WORDS = re.compile("前锋|后卫|中卫|边锋|中场|门将|主帅|主教练|球员|球迷|伤病|停赛|热身|替补|首发|黄牌|红牌|"
                         "[0-9一二三四五六七八十]+强")


def plays_abroad(m: Mention, place: Mention, text: str) -> bool:
    """Whether the recogniser's organisation ``m`` on the very span of ``place``, a place abroad, is a club or a
    national side: its sentence says sport by a word of competition, a sign of a match or a tip (:func:`_says_sport`:
    本轮, 出线, 主队, 赔率, 平局) or a word of players (:data:`_PLAY_WORDS`: 前锋, 主帅, 伤病). Places at home are left
    to :func:`plays_as_team` (a bare city there is the city); a place the recogniser reads as a place stays one
    (overrides98).

    >>> text = "罗马给人的感觉是已走出低谷，本轮佩罗塔停赛。罗马的古迹很多。"
    >>> def at(name, start, label, extractor, code=""):
    ...     return Mention("d", start, start + len(name), name, name, label, extractor, code=code)
    >>> rome = at("罗马", 0, Label.PLACE, "gazetteer", "IT-city:Rome")
    >>> plays_abroad(at("罗马", 0, Label.ORGANIZATION, MentionSource.RECOGNISER), rome, text)
    True
    >>> plays_abroad(at("罗马", 22, Label.ORGANIZATION, MentionSource.RECOGNISER), rome, text)
    False
    """
    if m.label is not Label.ORGANIZATION or m.extractor != MentionSource.RECOGNISER or not _abroad(place):
        return False
    sentence = _sentence(text, m.start, m.end)
    return _says_sport(sentence) or _PLAY_WORDS.search(sentence) is not None


# ``vs`` between the two sides of a fixture, spaces allowed around it (normalised text: half-width letters)
_VERSUS = re.compile(r" ?(?:[vV][sS]\.?|VS) ?")
_SIDE_LABELS = (Label.PLACE, Label.ORGANIZATION)
# the verbs of a result or a meeting, and a score (written for zhkg)
_MATCH_VERBS = "输给|负于|不敌|败给|击败|战胜|大胜|完胜|险胜|力克|力挫|逼平|战平|对阵|迎战|对战|挑战"
_SCORE = "[0-9]{1,2}(?:比|:|：)[0-9]{1,2}"
# a team's frame after its name (罗马主场, 罗马客场, 罗马以2比1击败, 罗马不敌) and before it (大胜罗马, 1比0胜荷兰)
_FRAME_AFTER = re.compile(f"(?:本轮|上轮|此役|本场|近期)?(?:主场|客场|(?:以{_SCORE})?(?:{_MATCH_VERBS}))")
_FRAME_BEFORE = re.compile(f"(?:{_MATCH_VERBS}|{_SCORE}(?:胜|负|平|战胜|击败|不敌|负于|逼平))了?$")
# more signs that a sentence is one of a match, for a frame: rounds, form, the sides, odds and a score
_MATCH_HINTS = re.compile(f"上轮|本轮|下轮|战绩|主队|客队|出线|德比|盘口|赔率|平局|{_SCORE}")
# a pools tip (那不勒斯vs卡利亚里推荐：3), and what may follow a side's name in its sentence
_TIP = re.compile("推荐")
_AFTER_SIDE = frozenset("的后而并和与及也则")
# a preposition of place: the name after it is where a match was played (在里昂击败美国队)
_AT = frozenset("在于到赴")
# the codes of the places whose bare name is no team here: the mainland's (digits), Taiwan's, Hong Kong's, Macau's
_HOME_CODES = ("TW", "HK", "MO")


#: Words naming a Hong Kong football league or cup (written for zhkg): in a document holding one, a district of Hong
#: Kong in a frame of a match is its club.
HONG_KONG_LEAGUES = re.compile("港超|港甲|港乙|港丙|香港超级联赛|高级组银牌|菁英杯|足总杯")
# words of a club's players and lines right after its name (东区守门员, 东区后防)
_PLAYERS_AFTER = ("守门员", "门将", "球员", "后防", "防线", "前锋", "中场", "后卫", "主帅", "教练", "队长", "球迷")


def _hong_kong_clubs(mentions: list[Mention], text: str) -> set[tuple[int, int]]:
    """The spans of Hong Kong's districts that are their clubs in a document of a Hong Kong league (see the module
    docstring)."""
    teams_end = {m.end for m in mentions if m.label is Label.ORGANIZATION}
    districts = [m for m in mentions if m.label is Label.PLACE and m.code.startswith("HK-")]
    district_ends = {m.end for m in districts}
    district_starts = {m.start for m in districts}
    framed: set[str] = set()
    for m in districts:
        if text[max(0, m.start - 1):m.start] in _AT:
            continue
        if text.startswith(_PLAYERS_AFTER, m.end) or _FRAME_BEFORE.search(text, max(0, m.start - 8), m.start) \
                or (text[m.start - 1:m.start] == "对" and m.start - 1 in teams_end | district_ends) \
                or (_ends_name(m, text) and _FRAME_AFTER.match(text, m.end)):
            framed.add(m.simplified)
        if text[m.end:m.end + 1] == "对" and m.end + 1 in district_starts:
            framed.add(m.simplified)  # 九龙城对东区: two districts across 对 are a fixture's two clubs
    return {(m.start, m.end) for m in districts if m.simplified in framed
            and text[max(0, m.start - 1):m.start] not in _AT}


def _abroad(m: Mention) -> bool:
    return bool(m.code) and not m.code[:1].isdigit() and not m.code.startswith(_HOME_CODES)


def _ends_name(m: Mention, text: str) -> bool:
    """Whether a place's name ends where the place ends: no letter of a longer name after it (新奥尔良|黄蜂队,
    德国|队), only a mark, a particle, a team's frame (罗马|主场) or a tip (佛罗伦萨|推荐)."""
    after = text[m.end:m.end + 1]
    return (not is_han(after) or after in _AFTER_SIDE or _FRAME_AFTER.match(text, m.end) is not None
            or _TIP.match(text, m.end) is not None)


def _says_sport(sentence: str) -> bool:
    """Whether a sentence holds a word of competition, a sign of a match or a tip (推荐: the pools columns)."""
    return any(p.search(sentence) is not None for p in (SPORT_WORDS, _MATCH_HINTS, _TIP))


def _framed(m: Mention, text: str) -> bool:
    """Whether a place abroad stands in a frame of a match (罗马主场, 输给亚特兰大) in a sentence that says sport
    elsewhere too (a word of competition or :data:`_MATCH_HINTS` beside the frame: 苏联红军击败德国 is no match)."""
    if not _abroad(m) or text[max(0, m.start - 1):m.start] in _AT:
        return False  # (在里昂击败美国队: the place where a match was played, no side of it)
    frame = _FRAME_AFTER.match(text, m.end) or _FRAME_BEFORE.search(text, max(0, m.start - 8), m.start)
    if frame is None:
        return False
    first = max(text.rfind(c, 0, m.start) for c in _SENTENCE_ENDS) + 1
    sentence = _sentence(text, m.start, m.end)
    a, b = min(frame.start(), m.start) - first, max(frame.end(), m.end) - first
    rest = sentence[:a] + "|" + sentence[b:]
    return SPORT_WORDS.search(rest) is not None or _MATCH_HINTS.search(rest) is not None


# a result with a score of up to three digits, spaces allowed (广东以103：75 击败山东: basketball's scores)
_SCORED = re.compile(f"以[0-9]{{1,3}} ?(?:比|:|：) ?[0-9]{{1,3}} ?(?:{_MATCH_VERBS})")
# a meeting of sides after the list of those met (与菲律宾及毛里求斯友赛, 在C组与日本、南韩、澳洲、捷克竞争), its names
# joined by :data:`zhkg.text.NAME_JOINERS`; the joiners that are a preposition of meeting too (与日本交手, 跟日本交手)
_MEETING = re.compile("友赛|友谊赛|热身赛|交手|交锋|对赛|对垒|过招|较量|争夺|竞争|同组")
_WITH = frozenset("与和同跟")


def _sport_sentence(text: str, start: int, end: int, team_ends: set[int]) -> bool:
    """Whether the sentence around ``start``–``end`` says sport outside that span: a word of competition, a sign of a
    match, a word of players or a team named with 队 (中华队…在C组与日本、南韩竞争)."""
    first = max(text.rfind(c, 0, start) for c in _SENTENCE_ENDS) + 1
    sentence = _sentence(text, start, end)
    rest = sentence[:start - first] + "|" + sentence[end - first:]
    return (_says_sport(rest) or _PLAY_WORDS.search(rest) is not None
            or any(first <= e <= first + len(sentence) and text[e - 1] == "队" and not start <= e <= end
                   for e in team_ends))


def _whole(m: Mention, text: str, opening: set[int]) -> bool:
    """Whether a place is a whole name: no longer name read on from it (新奥尔良|黄蜂队, 日本|东京), no 队 after it."""
    return m.end not in opening and text[m.end:m.end + 1] != "队"


def _met_sides(places: list[Mention], text: str, opening: set[int], team_ends: set[int],
               name_starts: dict[int, int]) -> set[tuple[int, int]]:
    """The places that are sides by a frame of their own: both sides of a scored result (广东以103：75击败山东, any
    place, the mainland's too), a list of places abroad met after 与 (与菲律宾及毛里求斯友赛) and a place abroad
    after a team and 对 (港队对新加坡的赛事), each in a sentence that says sport beside the frame; ``name_starts``
    maps every name's end to its start."""
    by_end = {m.end: m for m in places}
    by_start = {m.start: m for m in places}
    sides: set[tuple[int, int]] = set()
    for r in _SCORED.finditer(text):
        for m in (by_end.get(r.start()), by_start.get(r.end())):
            # (Hong Kong's districts are clubs only in a story of its league: :func:`_hong_kong_clubs`)
            if m is not None and _whole(m, text, opening) and text[max(0, m.start - 1):m.start] not in _AT \
                    and not m.code.startswith("HK-"):
                sides.add((m.start, m.end))
    for m in places:
        if not _abroad(m) or not _whole(m, text, opening):
            continue
        if text[m.start - 1:m.start] == "对" and m.start - 1 in team_ends \
                and _sport_sentence(text, m.start - 1, m.end, team_ends):
            sides.add((m.start, m.end))
        meeting = _MEETING.match(text, m.end)
        if meeting is None:
            continue
        listed, at = [m], m.start
        while text[at - 1:at] in NAME_JOINERS and (before := by_end.get(at - 1)) is not None and _abroad(before):
            listed.append(before)
            at = before.start
        if text[at - 1:at] in NAME_JOINERS - _WITH and at - 1 in name_starts:
            at = name_starts[at - 1]  # (a name of the list read as no place: 与|菲律赛|及毛里裘斯交手, a misspelling)
        if text[at - 1:at] in _WITH and _sport_sentence(text, at - 1, meeting.end(), team_ends):
            sides.update((n.start, n.end) for n in listed)
    return sides


def _spread_sides(sides: set[tuple[int, int]], places: list[Mention], text: str, opening: set[int],
                  team_ends: set[int]) -> set[tuple[int, int]]:
    """``sides`` with every other mention of a side's name that is a side too: a place abroad's anywhere in a sentence
    that says sport (the headline's 主场斗菲律宾毛里裘斯), a home place's only in a frame of a match (广东击败山东); and
    a place abroad joined to a side by a name joiner (菲律宾同毛里裘斯). Never after a preposition of place (在日本东京巨蛋)
    nor a place running into a longer name."""
    sides, grown = set(sides), True
    while grown:  # (a name a list gives may give its neighbour, and its other mentions, in a later round)
        grown = False
        names = {m.simplified for m in places if (m.start, m.end) in sides}
        ends = {e for _, e in sides}
        starts = {s for s, _ in sides}
        for m in places:
            if (m.start, m.end) in sides or text[max(0, m.start - 1):m.start] in _AT \
                    or not (_whole(m, text, opening) or m.end in starts):  # (斗菲律宾毛里裘斯: two sides glued)
                continue
            joined = (text[m.end:m.end + 1] in NAME_JOINERS and m.end + 1 in starts) or (
                text[m.start - 1:m.start] in NAME_JOINERS and m.start - 1 in ends)
            if _abroad(m) and (m.simplified in names or joined) and _sport_sentence(text, m.start, m.end, team_ends):
                sides.add((m.start, m.end))
                grown = True
            elif not _abroad(m) and m.simplified in names and (
                    _FRAME_AFTER.match(text, m.end) or _FRAME_BEFORE.search(text, max(0, m.start - 8), m.start)):
                sides.add((m.start, m.end))
                grown = True
    return sides


def fixture_sides(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with a team beside each place named as a side of a fixture (``罗马vs佛罗伦萨``): a place right
    before or after ``vs`` whose other side is a place or an organisation reads as the team too (extractor
    ``org_team``, the place kept beside it as for a club) when the other side is an organisation or the sentence
    says sport (加拿大VS澳大利亚 留学费用大对比 compares two countries); so does a place abroad in a frame of a
    match in a sentence that says sport beside the frame (``国米上轮大胜罗马``). A place running into a longer name
    (新奥尔良|黄蜂队, 德国|队) is none.

    >>> text = "7.罗马vs佛罗伦萨推荐：3/0"
    >>> ms = [Mention("d", 2, 4, "罗马", "罗马", Label.PLACE, "gazetteer"),
    ...       Mention("d", 6, 10, "佛罗伦萨", "佛罗伦萨", Label.PLACE, "gazetteer")]
    >>> [(m.simplified, m.label.value) for m in fixture_sides(ms, text)]
    [('罗马', 'PLACE'), ('罗马', 'ORGANIZATION'), ('佛罗伦萨', 'PLACE'), ('佛罗伦萨', 'ORGANIZATION')]
    >>> text = "国米上轮大胜罗马，球队士气正旺。罗马的古迹很多。"
    >>> ms = [Mention("d", 6, 8, "罗马", "罗马", Label.PLACE, "gazetteer", code="IT-city:Rome"),
    ...       Mention("d", 16, 18, "罗马", "罗马", Label.PLACE, "gazetteer", code="IT-city:Rome")]
    >>> [(m.start, m.label.value) for m in fixture_sides(ms, text)]
    [(6, 'PLACE'), (6, 'ORGANIZATION'), (16, 'PLACE')]
    """
    sides: set[tuple[int, int]] = set()
    if "vs" in text.lower():
        by_end: dict[int, list[Mention]] = {}
        by_start: dict[int, list[Mention]] = {}
        for m in mentions:
            if m.label in _SIDE_LABELS:
                by_end.setdefault(m.end, []).append(m)
                by_start.setdefault(m.start, []).append(m)
        for v in _VERSUS.finditer(text):
            # (the side after vs opens no longer name read after it: X vs 新奥尔良|黄蜂队)
            before = by_end.get(v.start(), [])
            after = [m for m in by_start.get(v.end(), []) if m.end not in by_start]
            if before and after and (any(m.label is Label.ORGANIZATION for m in before + after)
                                     or _says_sport(_sentence(text, v.start(), v.end()))):
                sides.update((m.start, m.end) for m in before + after)
    if sport_document(text) or _MATCH_HINTS.search(text) is not None:
        # (a place opening a longer name is no side: 大胜|莫斯科|斯巴达克, 击败了|新奥尔良|黄蜂队)
        opening = {m.start for m in mentions if m.label in _SIDE_LABELS}
        sides.update((m.start, m.end) for m in mentions
                     if m.label is Label.PLACE and m.end not in opening and _ends_name(m, text) and _framed(m, text))
        places = [m for m in mentions if m.label is Label.PLACE and m.code]
        team_ends = {m.end for m in mentions if m.label is Label.ORGANIZATION}
        sides = _spread_sides(sides | _met_sides(places, text, opening, team_ends,
                                                {m.end: m.start for m in mentions}), places, text, opening, team_ends)
    if HONG_KONG_LEAGUES.search(text) is not None:
        sides |= _hong_kong_clubs(mentions, text)  # 1：0胜东区, 东区守门员: the Premier League's 东区
    if not sides:
        return mentions
    teams = {(m.start, m.end) for m in mentions if m.label is Label.ORGANIZATION}
    out: list[Mention] = []
    for m in mentions:
        out.append(m)
        if m.label is Label.PLACE and (m.start, m.end) in sides and (m.start, m.end) not in teams:
            out.append(replace(m, label=Label.ORGANIZATION, extractor=MentionSource.ORG_TEAM.value, canonical="",
                               code=""))
            teams.add((m.start, m.end))
    return out
