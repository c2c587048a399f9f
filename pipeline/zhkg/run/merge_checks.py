"""The checks :meth:`zhkg.run.pipeline.Pipeline._merge` makes of the rules' and the recogniser's names before
they are combined: people read inside townships or places abroad, a monarch or leader after a title, a body read
from a title, a news agency whole, a city off a venue, a title that is no place. Moved from
:mod:`zhkg.run.pipeline` by tidy156 (pure moves).

Caveats
-------
* Each is a function of the document's mentions and text: no state, no resource loaded here.
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.extract.foreign_names import GLUED_TITLES
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import GOVERNING_UNITS, Lexicon
from zhkg.text import is_han

__all__ = ["_people_off_townships", "_monarchs_after_titles", "_leaders_after_country_titles", "_orgs_off_titles", "AGENCY_HEADS", "_agencies_whole", "VENUE_ENDINGS", "_cities_off_venues", "HEAD_OF_STATE_WORDS", "_titles_not_places", "_GUESSED_INSIDE_PLACES", "_people_off_places_abroad"]


def _people_off_townships(found: list[Mention]) -> list[Mention]:
    """The rules' people, less a word jieba guessed a name where a Taiwan township of a county the document names
    stands (台东县大武、达仁、金峰、太麻里等乡: 金峰 is the township), or where a county or city stands right before
    one of its townships (高雄|凤山: 高雄 is no person 高雄)."""
    people = [m for m in found if m.label is Label.PERSON]
    codes = {m.code for m in found if m.label is Label.PLACE and m.code.startswith("TW-")}
    townships = {m.span for m in found if m.label is Label.PLACE and m.code.count("-") == 2
                 and m.code.rsplit("-", 1)[0] in codes}
    township_starts = {(m.start, m.code.rsplit("-", 1)[0]) for m in found
                       if m.label is Label.PLACE and m.code.startswith("TW-") and m.code.count("-") == 2}
    townships |= {m.span for m in found if m.label is Label.PLACE and m.code.startswith("TW-")
                  and m.code.count("-") == 1 and (m.end, m.code) in township_starts}
    if not townships:
        return people
    return [m for m in people if m.extractor != MentionSource.PEOPLE_JIEBA or m.span not in townships]


def _monarchs_after_titles(model: list[Mention], found: list[Mention], text: str) -> list[Mention]:
    """The recogniser's mentions with a monarch's title glued between a country and the name settled: a mention
    over the title that runs on into the name (卡塔尔埃米尔塔米姆 PERSON, 埃米尔米沙勒 PLACE) is the person after it
    (塔米姆, 米沙勒). The title is one of ``GLUED_TITLES`` right after a coded place the rules read."""
    places_end = {m.end for m in found if m.label is Label.PLACE and m.code and m.simplified not in GLUED_TITLES}
    cuts = {}
    for title in GLUED_TITLES:
        at = text.find(title)
        while at >= 0:
            if at in places_end:
                cuts[at] = at + len(title)
            at = text.find(title, at + 1)
    if not cuts:
        return model
    out = []
    for m in model:
        after = next((e for s, e in cuts.items() if m.start <= s < m.end), None)
        if after is not None and m.label in (Label.PERSON, Label.PLACE) and m.end - after >= 2 \
                and all(map(is_han, text[after:m.end])):
            m = replace(m, start=after, text=m.text[after - m.start:], simplified=text[after:m.end], label=Label.PERSON,
                        canonical="", code="")
        out.append(m)
    return out


def _leaders_after_country_titles(model: list[Mention], found: list[Mention], text: str,
                                  lexicon: Lexicon) -> list[Mention]:
    """The recogniser's places and people that run a country, a title and a name together (津巴布韦总统姆南加古瓦
    PLACE) are the person after the title: the country the rules read stands. The country is a coded state (a
    code of two letters) the mention starts with, the title a role word (``roles.tsv``) right after it, and the
    rest two to eight Han letters with no role word in them. MSRA train writes none of these as one name."""
    states = {m.start: m.end for m in found if m.label is Label.PLACE and len(m.code) == 2 and m.code.isalpha()}
    if not states:
        return model
    out = []
    for m in model:
        end = states.get(m.start)
        if end is not None and m.label in (Label.PLACE, Label.PERSON) and end < m.end:
            role = next((w for w in lexicon.roles_by_first.get(text[end], ()) if text.startswith(w, end, m.end)), "")
            after = end + len(role)
            rest = text[after:m.end]
            if role and 2 <= len(rest) <= 8 and all(map(is_han, rest)) \
                    and not any(lexicon.role_ending(text, k, after) for k in range(after + 1, m.end + 1)):
                m = replace(m, start=after, text=m.text[after - m.start:], simplified=rest, label=Label.PERSON,
                            canonical="", code="")
        out.append(m)
    return out


def _orgs_off_titles(model: list[Mention], text: str, table, lexicon: Lexicon) -> list[Mention]:
    """The recogniser's organisations less those that end partway into a title's front: an organisation whose
    end falls strictly inside a word of a role or title (首席部长 of 印度北方邦首席部) that starts strictly inside
    the organisation more than one letter before its end is dropped (the rules' places before it stand:
    印度|北方邦). An organisation's suffix before a title of its head (外资部|长, 乡党委|书记) and a body wholly at
    the title's front (官房 of 官房长官, Japan's cabinet secretariat) are kept: MSRA train marks these organisations
    (2 of 2 官房)."""
    out = []
    for m in model:
        if m.label is not Label.ORGANIZATION or m.end in table.ends or m.end >= len(text):
            out.append(m)
            continue
        word_end = table.words[table.token_of_char[m.end]].end  # the word the organisation ends inside
        role = lexicon.role_ending(text, word_end, m.start)
        front = word_end - len(role)
        inside = text[front:m.end]
        # (a governing unit before the rest of its title is the units' reader's to cut: 海螺集团党委|书记)
        if not role or not m.start < front < m.end - 1 or inside in lexicon.org_suffixes or inside in GOVERNING_UNITS:
            out.append(m)
            continue
    return out


#: the head of a news agency's name, which alone names no agency (据阿纳多卢|通讯社报道)
AGENCY_HEADS = frozenset({"通讯社", "通信社", "新闻社"})


def _agencies_whole(named: list[Mention], text: str, original: str, table, foreign: frozenset[str]) -> list[Mention]:
    """Organisations that are only an agency's head (``AGENCY_HEADS``) read with the name before it, as MSRA
    train marks agencies (安德克罗诺斯通讯社, 巴勒斯坦通讯社: the name and the head one organisation): the words
    between a source's 据 and the head (据卫星|通讯社报道, up to eight Han letters, no mark), or else the
    transliteration jieba reads right before it (阿纳多卢|通讯社援引…: a word of two or more letters all of
    ``foreign``). ``text`` is the Simplified text, ``original`` the text as written."""
    heads = [m for m in named if m.label is Label.ORGANIZATION and m.simplified in AGENCY_HEADS]
    if not heads:
        return named
    out = []
    for m in named:
        if m in heads:
            start = m.start
            source = text.rfind("据", max(0, m.start - 9), m.start)
            if source >= 0 and m.start - source >= 3 and all(map(is_han, text[source + 1:m.start])):
                start = source + 1
            elif m.start > 0:
                word = table.words[table.token_of_char[m.start - 1]]
                if word.end == m.start and len(word.text) >= 2 and all(ch in foreign for ch in word.text):
                    start = word.idx
            if start < m.start:
                m = replace(m, start=start, text=original[start:m.end], simplified=text[start:m.end], canonical="")
        out.append(m)
    return out


#: what a named venue ends in: a park or garden, a palace, a ground, a hall, a square
VENUE_ENDINGS = ("花园", "公园", "宫", "体育场", "体育馆", "竞技场", "球场", "运动场", "音乐厅", "剧院", "大剧院", "歌剧院",
                 "会堂", "大会堂", "广场", "中心", "大厦", "大楼", "塔", "教堂", "大教堂", "博物馆", "美术馆")


def _cities_off_venues(model: list[Mention], found: list[Mention], text: str, foreign: frozenset[str]) -> list[Mention]:
    """The recogniser's places that run a coded place abroad into a venue named by a transliterated name
    (纽约|麦迪逊广场花园, 伦敦|巴比肯艺术中心) are the venue: the rules' place before it stands. The venue's name
    opens with two letters transliterations are written with (``foreign``) and is wholly Han, and ends in one of
    ``VENUE_ENDINGS``. MSRA train writes such a venue apart from its city (巴黎|奥塞博物馆, 莫斯科|普希金广场) but a
    venue named by common words with it (日内瓦万国宫, 罗马现代艺术博物馆): those stay, as does a place at home."""
    abroad = {}
    for f in found:
        if f.label is Label.PLACE and f.code and not f.code[:1].isdigit() and not f.code.startswith(("CN", "TW", "HK", "MO")):
            abroad[f.start] = max(abroad.get(f.start, f.end), f.end)
    if not abroad:
        return model
    out = []
    for m in model:
        cut = abroad.get(m.start) if m.label is Label.PLACE else None
        if cut is not None and cut < m.end:
            rest = text[cut:m.end]
            ending = next((v for v in sorted(VENUE_ENDINGS, key=len, reverse=True) if rest.endswith(v)), "")
            if ending and len(rest) - len(ending) >= 2 and all(map(is_han, rest)) \
                    and rest[0] in foreign and rest[1] in foreign:
                m = replace(m, start=cut, text=m.text[cut - m.start:], simplified=rest, canonical="", code="")
        out.append(m)
    return out


#: words for a head of state a monarch's title may follow before the name (最高元首|苏丹|易卜拉欣: Malaysia's king)
HEAD_OF_STATE_WORDS = ("元首", "君主", "统治者")


def _titles_not_places(mentions: list[Mention], found: list[Mention], text: str = "") -> list[Mention]:
    """``mentions`` less a place that is a monarch's title between a country and the name (阿曼|苏丹|海塞姆·本·塔里克,
    文莱|苏丹|哈桑纳尔·博尔基亚: the sultan of Oman, not Sudan): a name of ``GLUED_TITLES`` right after a coded place
    or a word for a head of state (``HEAD_OF_STATE_WORDS`` in ``text``: 最高元首|苏丹|易卜拉欣) and right before a
    person (of ``found``)."""
    titles = [m for m in mentions if m.label is Label.PLACE and m.simplified in GLUED_TITLES]
    if not titles:
        return mentions
    places_end = {m.end for m in found if m.label is Label.PLACE and m.code and m.simplified not in GLUED_TITLES}
    people_start = {m.start for m in found if m.label is Label.PERSON}
    drop = {id(m) for m in titles if (m.start in places_end or text[:m.start].endswith(HEAD_OF_STATE_WORDS))
            and m.end in people_start}
    return [m for m in mentions if id(m) not in drop] if drop else mentions


#: the rules' people a longer coded place abroad over them takes back: jieba's guessed names and transliterated
#: names joined by a separator
_GUESSED_INSIDE_PLACES = frozenset({MentionSource.PEOPLE_JIEBA, MentionSource.PEOPLE_FOREIGN})


def _people_off_places_abroad(people: list[Mention], found: list[Mention]) -> list[Mention]:
    """The rules' people, less a word jieba guessed a name strictly inside a coded place outside the mainland
    (桑尼|维尔 of 桑尼维尔, Sunnyvale; a transliterated city jieba cuts into a name and a rest): the longer,
    listed name is the place, and a guessed name inside it would otherwise take it away. So is a guessed name
    that is a world city of the table, whole (马立波, Mariupol as Taiwan writes it: the table leaves out the cities
    whose names are people's). A name of parts joined by a hyphen or a dot strictly inside such a place is its
    parts, not a person (萨克森-安哈尔特 of 萨克森-安哈尔特州, DE-ST: the table lists the division with its head)."""
    abroad = [m for m in found if m.label is Label.PLACE and m.code and not m.code.isdigit()]
    if not abroad:
        return people
    # by where they start: a place holding a name starts at most the longest place's length before it
    by_start: dict[int, list[Mention]] = {}
    for a in abroad:
        by_start.setdefault(a.start, []).append(a)
    longest = max(a.end - a.start for a in abroad)

    def holds(m: Mention) -> bool:
        return any(m.end <= a.end and (a.span != m.span or "-city:" in a.code
                                             and m.extractor == MentionSource.PEOPLE_JIEBA)
                   for s in range(m.start - longest, m.start + 1) for a in by_start.get(s, ()))

    return [m for m in people if m.extractor not in _GUESSED_INSIDE_PLACES or not holds(m)]
