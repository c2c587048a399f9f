"""The candidate holders of one document's counts, gathered once before any count is read.

:func:`_candidate_spots` collects the places and organisations that may own a count (the document's mentions, the
holders no extractor named, plural subjects, facilities by their kind), drops what a count names inside it, and sorts
them by where they end; :func:`_pair_places` finds the places of a pair (中意两国), which own nothing.

Caveats: moved word for word out of ``relate/counts.py`` (tidy106), which re-exports both names. A spot is a tuple
(start, end, mention, …) in the order the readers of :class:`~zhkg.relate.counts._CountOwners` bisect on.
"""

from __future__ import annotations

from zhkg.records import Label, Mention, MentionSource
from zhkg.relate.base import RelationContext
from zhkg.relate.count_anaphora import _SUBJECT_OPENING, _anaphors, _plural_subjects, _unresolved_anaphors
from zhkg.relate.count_companies import region_cut
from zhkg.relate.count_counted import _LIST_LINKS_ONE, _inside, _of_count, _part_of_title, _title_around
from zhkg.relate.count_derived import (
    _HOLDERS,
    _acronyms,
    _brands,
    _chains,
    _delegations,
    _determined_events,
    _determined_kinds,
    _events,
    _halls,
    _latin_tails,
    _lines,
    _meeting_sessions,
    _official_bodies,
    _people_teams,
    _place_works,
    _projects,
    _schools,
    _teams,
    _trade_brands,
    _villages,
    region_wide,
)
from zhkg.relate.count_elections import labelled_people
from zhkg.relate.count_facilities import (
    cut_by_facility,
    document_facilities,
    qualified_facilities,
    rated_areas,
    recognised_kind,
)
from zhkg.relate.count_forms import (
    _abbreviations,
    _bare_names,
    _cut_before,
    _cut_too_long,
    _determined_bodies,
    _echoes,
    _glued_initials,
    _latin_runs,
    _products,
    _Reach,
    _short_forms,
    _suffix_forms,
)
from zhkg.relate.count_owner_things import place_houses
from zhkg.relate.count_owner_words import (
    _BESIDE,
    _BOTH_SIDES,
    _CLOCK,
    _CRISES,
    _NATIONALITY,
    _OWN_REPORTER,
    _PEOPLES,
    _PLACES_OWN_IN,
    _QUOTED_NAME,
    _TITLE,
)
from zhkg.relate.count_pointers import model_code
from zhkg.relate.count_subject import _DATELINE, _facility_places
from zhkg.relate.count_topics import _RANK_SCOPE, origins_of_people

__all__ = ["_pair_places", "_candidate_spots"]


def _pair_places(mentions: list[Mention], text: str) -> frozenset[Mention]:
    """The places written as a pair before 两国 or 两岸 (中意两国, 中国和美国两国, 海峡两岸 has none): each one side of what
    both do, no owner of it (中意两国领导人…将共同签署8项协议: the two countries', no one's; counts93)."""
    places = {m.start: m for m in mentions if m.label is Label.PLACE}
    out: set[Mention] = set()
    for m in places.values():
        run, pos = [m], m.end
        while True:
            if text.startswith(_BOTH_SIDES, pos) and len(run) > 1:
                out.update(run)
                break
            nxt = places.get(pos) or (places.get(pos + 1) if text[pos : pos + 1] in _LIST_LINKS_ONE else None)
            if nxt is None or len(run) > 1:
                break
            run.append(nxt)
            pos = nxt.end
    return frozenset(out)


def _candidate_spots(ctx: RelationContext, counts: list[Mention], text: str, breaks: list[int],
                     sentence_breaks: list[int]) -> tuple[list[tuple[int, int, Mention]], list[int], list[int],
                                                          frozenset[Mention]]:
    """The holders a count of the document may belong to, as spots ``(start, end, mention)`` sorted by their ends
    (the outermost one first among those ending together), with the anaphors no holder resolves, the starts of teams'
    records and the teams.

    A spot is a place or organisation an extractor named (less those inside a count, a title, a dateline…), an
    anaphor standing for one (该公司), or a holder no extractor names but the text shows (a village, a team with its
    record, a brand, a short form): 广发基金…该公司中标 gives 广发基金 and 该公司 standing for it.
    """
    # a name inside a count is part of what is counted (七个本科生学院), not its owner
    # and a place inside a well-known company's (or school's, international body's…) name is the body's (贵州 of
    # 贵州茅台, 宁德 of 宁德时代, 上海 of 上海合作组织), no owner of its own (a government's place still is:
    # 台北市政府…北市共有, 澳门特区政府卫生局 reports 澳门's patients)
    known = ctx.lexicon.known_organisations
    # a place of a work's title (《赤壁OL》, 《澳大利亚》, 《南京！南京！》: a title may hold ！ and ？) names the work, and
    # one before 时间 (北京时间) a clock: neither owns anything
    titles = [t.span() for t in _TITLE.finditer(text)]
    quoted = [q.span() for q in _QUOTED_NAME.finditer(text)] if ("“" in text or "「" in text) else []
    bodies = _Reach([m.span for m in ctx.mentions if m.label is Label.ORGANIZATION and m.extractor == MentionSource.ORG_KNOWN
                     and known.get(m.simplified, ("government",))[0] not in _PLACES_OWN_IN])
    of_count = _of_count(counts, text, ctx.mentions)
    origins = origins_of_people(ctx.mentions, text)
    labelled = labelled_people(ctx.mentions)
    holders = [m for m in ctx.mentions if m.label in _HOLDERS and not of_count(m) and m.start not in origins
               # 新界西北陸頌雄, 港島西郭偉強: a place glued to a person's name is the person's district, no holder (counts236)
               and not (m.label is Label.PLACE and m.end in labelled)
               and not (m.label is Label.PLACE and bodies.holds(m.start, m.end))
               and not (m.label is Label.PLACE and (text.startswith((_CLOCK, *_CRISES, *_PEOPLES), m.end) or _inside(m, titles)
                                                    # 阳光大道北侧, 车站附近: a landmark a site is beside, no owner nor topic (owners59)
                                                    or _BESIDE.match(text, m.end)
                                                    # 全市首家区级检验中心: a rank's scope, no owner nor topic (owners310)
                                                    or (m.extractor == MentionSource.DEIXIS and _RANK_SCOPE.match(text, m.end))
                                                    # “今日澳门”、“回归之路”四部分: a quoted name, no place (owners43)
                                                    or _part_of_title(m, quoted)
                                                    # 新街|市内: a market's common noun, no street's (session 22)
                                                    or cut_by_facility(text, m.start, m.end)))
               # an organisation inside a work's title is part of it (《五月天追梦3DNA》除再现12首演唱会曲目: the film's
               # songs, no band's), unless the title is its name alone (《人民日报》)
               and not (m.label is Label.ORGANIZATION and _part_of_title(m, titles))
               # a maker glued to its model names the product (奥林巴斯FE4000共有三种颜色版本: the camera's)
               and not (m.label is Label.ORGANIZATION and model_code(text, m.end))
               # the agency of a dateline (中新网3月5日电 今年将新建…) is the story's source, no holder (session 29)
               and not (m.label is Label.ORGANIZATION and (_DATELINE.match(text, m.end) or _OWN_REPORTER.match(text, m.end)))
               # the recogniser's 大工业区: a facility's kind alone, read as the document's own (session 23)
               and not recognised_kind(m, ctx.mentions, text)
               # 全市医院, 全省图书馆: all of them in the region, which 全市 stands for, no body (counts145)
               and not (m.label is Label.ORGANIZATION and region_wide(m.simplified))]
    # (start, end, the entity's mention): holders themselves, and anaphors standing for one
    teams, records = _teams(ctx)
    derived = (_villages(ctx) + _projects(ctx) + teams + _acronyms(ctx) + _events(ctx, holders) + _place_works(ctx, holders) + _delegations(ctx, holders) + _lines(ctx) + _schools(ctx, holders)
               + _official_bodies(ctx) + _halls(ctx) + _trade_brands(ctx) + _chains(ctx) + _latin_tails(ctx, holders) + _people_teams(ctx, holders)
               + qualified_facilities(ctx, holders) + rated_areas(ctx, holders) + place_houses(ctx))
    # (holders no extractor named: anaphors may stand for them, 该项目)
    spots = [(h.start, h.end, h) for h in holders] + _anaphors(ctx, holders + [s[2] for s in derived],
                                                               frozenset(s[2] for s in teams), frozenset(records))
    spots += _brands(ctx, holders)
    # (本届代表团, 此次博览会: a determiner and the kind of a body named before, where the anaphora table has no such pair)
    spots += _determined_kinds(ctx, holders + [s[2] for s in derived], {s[0] for s in spots})
    # (本次大会, 本届赛事: a determiner and a meeting's, fair's or game's generic word, the nearest of that sort named before)
    spots += _determined_events(ctx, holders + [s[2] for s in derived], {s[0] for s in spots}, _meeting_sessions(ctx, holders))
    team_set = frozenset(s[2] for s in teams)
    spots += _short_forms(ctx, holders) + _echoes(ctx, holders) + _abbreviations(ctx, holders)
    spots += _bare_names(ctx, holders) + derived
    spots = _determined_bodies(text, _suffix_forms(_glued_initials(_cut_before(_cut_too_long(spots, frozenset(ctx.lexicon.org_suffixes), text)))))
    spots = _latin_runs(ctx, spots)  # after _cut_too_long: NBA TV is no NBA cut too long
    spots = _products(ctx, spots)
    spots = region_cut(spots, text)  # 莱尔富全台店数: the company, the region word cut off (counts236)
    # a place the extractors missed but a further form names (an echo, a short form) owns no more than the place
    # itself would: not inside a work's title (《赤壁OL》拥有近两百种技能), nor before 籍 (美籍华裔导演: a nationality)
    spots = [s for s in spots if not (s[2].label is Label.PLACE and (
        text.startswith(_NATIONALITY, s[1]) or _title_around(s[0], s[1], titles) is not None))]
    spots += _plural_subjects(ctx, spots, breaks)
    # a facility by its kind alone opening a clause or after 在/到/于 (托老院里有21位老人): the document's own (session 23)
    openings = sorted({_SUBJECT_OPENING.match(text, o).end() for o in {0, *breaks, *sentence_breaks}})
    spots += document_facilities(ctx, openings, _facility_places(ctx, text, openings), {s[0] for s in spots})
    # 该公司 with no company named: what it points to is no holder named before (session 26)
    unresolved = _unresolved_anaphors(ctx, {s[0] for s in spots}, openings)
    # by where they end; the outermost mention ending last wins: 区政协机关, not the 区 inside it
    spots.sort(key=lambda s: (s[1], -s[0]))
    return spots, unresolved, records, team_set
