"""Around a count: the readings of :class:`zhkg.relate.counts._CountOwners` that settle a count by its own words and
the words right around it before any holder beyond its clause is looked for.

:class:`_AroundReaders` holds the counts no holder owns (:meth:`~_AroundReaders.counts_no_holder`: a statement's
points, the two sides just named, people a nationality names, a list's own category;
:meth:`~_AroundReaders.owned_in_clause_or_by_list`), votes a person wins (:meth:`~_AroundReaders.votes_won`), the
great N of a kind kept from a place (:meth:`~_AroundReaders.epithet_apart`: 香港四大名茶), and the holder the words
around a count give (:meth:`~_AroundReaders.holder_around`: a point of view, a whole's owner for its part (其中…),
:meth:`~_AroundReaders.whole_counted_before`; the heading of a list closed by a colon,
:meth:`~_AroundReaders.list_heading`).

Caveats: moved word for word out of ``_CountOwners`` in ``relate/counts.py`` (tidy251, session 53), with the
constants only they read; ``_CountOwners`` inherits them, so ``_CountOwners.holder_around`` is the very function. A
mixin, never used alone: its methods read the document's state that :meth:`zhkg.relate.counts._CountOwners.__init__`
sets (``self.text``, ``self.owned``…) and call the readers of the other mixins (``self.opens_clause``,
``self.owner_between``) and ``self.write_edge``. It imports the parts ``relate/counts.py`` imports, never
``relate/counts.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from zhkg.records import Label, Mention, MentionSource
from zhkg.relate.count_counted import (
    _counts_a_list,
    _national_people,
)
from zhkg.relate.count_owner_clauses import _PARTS_COUNTED
from zhkg.relate.count_owner_things import own_plan
from zhkg.relate.count_owner_words import (
    _AMONG_THEM,
    _BOTH_SIDES,
    _PART_OF_BEFORE,
    _PART_OF_BEFORE_LONGEST,
    _WORDS_COUNTED,
)
from zhkg.relate.count_scope import (
    epithet_count,
    fund_count,
    owned_in_clause_only,
    statement_points,
)
from zhkg.relate.count_subject import (
    _SELF_WORDS,
    _opens_with_verb,
)
from zhkg.relate.count_votes import VOTES, VotesWon
from zhkg.text import HAN_ONLY

__all__ = ["_AroundReaders"]

# A sentence opening with the whole its parts are of (在运动员中，有223人…), and how many sentences back that whole's
# count is looked for when no count before 其中 in its sentence is the whole (session 44, countsgrow182).
_AMONG_NAMED = re.compile(r"[\s“”「」]*在([\u4e00-\u9fff]{2,8})(?:之|当)?中[，,]?")
_WHOLE_SENTENCES = 6

_KINDS = "类"  # the classifier of kinds (规划共有两类): a statement's sorting, no holder's (counts151)
_SELF_DEIXIS = ("本", "我")  # 本市, 我省: a place speaking of itself, which owns even its epithets (本市五大重点工程)
_NEXT_PART = ("、有", "、另有", "、还有", "、也有")  # a second part after the first (…中有5人…、有8人…)
# How many clauses back the owned count of a run of results may be (开工27项…，完成9420处…，全年完成投资…，吸纳就业315万人).
_RUN_CLAUSES = 3
_HEADING_GAP = frozenset(" \t\u3000")  # the space between a heading and its list (湖里区 仁和幼儿园、…)
# 在 and an edition's determiner before a body (在本届巴黎奥运会上, 在今届立法会): where the clause's subject acts (counts278)
_FRAMED_BODY = re.compile(r"在(?:本届|今届|上届|此次|本次|这次|这届)?$")


class _AroundReaders:
    """The readers of a count's own words and the words around it; mixed into
    :class:`zhkg.relate.counts._CountOwners`."""

    def epithet_apart(self, found: tuple[int, int, Mention], count: Mention, clause_start: int) -> bool:
        """Whether ``count``, the great N of a kind (三大名茶, 五大工程), is kept from ``found``: a place (香港四大名茶,
        美国三大汽车公司) or a holder before the count's clause (中国银行…。报告提到了…三大发展方向) owns no such
        epithet; a body of its own clause (阿里巴巴旗下两大电商平台) and a place speaking of itself (本市五大重点工程,
        wherever it is named) still may (session 37, owners138)."""
        text = self.text
        if "大" not in text[count.start : count.end] or not epithet_count(text[count.start : count.end]):
            return False
        start, _, holder = found
        if holder.extractor == MentionSource.DEIXIS and text.startswith(_SELF_DEIXIS, start):
            return False
        if holder.label is Label.PLACE:
            return True
        k = bisect_right(self.sentence_breaks, count.start) - 1  # 腾讯今日举行记者会，提出5大方针: its own (counts258)
        sentence_start = self.sentence_breaks[k] if k >= 0 else 0
        return start < clause_start and not own_plan(text, found, count, clause_start, start >= sentence_start
                                                     and self.opens_clause(start, sentence_start))

    def votes_won(self, count: Mention, clause_start: int) -> bool:
        """Whether ``count`` counts votes a person wins (李明远获52票, 以301票击败对手, 击败48票的王建华), writing the edge
        to that person: the one owner that is a person (:mod:`zhkg.relate.count_votes`, owners170)."""
        if count.quantity is None or count.quantity.counted_simplified not in VOTES:
            return False
        if self.votes is None:  # (the people are read once, at the document's first count of votes)
            self.votes = VotesWon(self.text, self.ctx.mentions)
        won = self.votes.winner(count, clause_start, count.quantity.counted_simplified)
        if won is not None:
            self.write_edge(won[2], won[0], count)
        return won is not None

    def counts_no_holder(self, count: Mention, clause_start: int) -> bool:
        """Whether ``count`` counts what no holder owns: the points of a statement (有两大主要原因), the two sides
        just named (中意两国), people a nationality names (2000名台湾旅客), a list's own category (天河、番禺和荔湾成为
        三大领军区域)."""
        text, countries, country_starts = self.text, self.countries, self.country_starts
        if statement_points(count.quantity.counted_simplified if count.quantity else ""):
            return True  # 有两大主要原因, 三大看点: the points of a statement, no one's
        if count.quantity is not None and count.quantity.classifier == _KINDS:
            return True  # 规划共有两类, 包括…三类研发领域: the kinds a statement sorts things into, no one's (counts151)
        if (count.quantity.counted_simplified if count.quantity else "") in _WORDS_COUNTED | _PARTS_COUNTED or self.owns_nothing(count):
            return True  # 只能用疯狂两个字形容: words of a saying (counts93); 由四部分组成: a whole's parts (owners110); 两个儿子
        if text[count.start : count.end] in _BOTH_SIDES:
            return True  # 中意两国领导人…: the two countries just named, no one country's count
        if _national_people(text, count, countries, country_starts):
            return True  # 约有2000名台湾旅客滞留日本: people a nationality names are no one's (session 27)
        if _counts_a_list(text, clause_start, count) or self.lists_before(count):
            return True  # 天河、番禺和荔湾成为三大领军区域, 包括…在内的四家基金公司: the list's own count
        return False

    def holder_around(self, count: Mention, clause_start: int, sentence_start: int,
                      found: tuple[int, int, Mention] | None) -> tuple[int, int, Mention] | None:
        """``found``, or the holder the words around ``count`` give: the one its sentence is said from the point of
        view of (对欣旺来说), the whole's owner for a part (其中…, 全体70名议员中有40人), the body its members are at
        (…学生在…按摩学院抗议), the holder a 的-clause holding it describes (只有7人上场的火箭), the body people counted
        come from (38人来自民建联: counts206)."""
        text, views, counts, owned, counts_ending = self.text, self.views, self.counts, self.owned, self.counts_ending
        view = next((v for v in reversed(views) if sentence_start <= v[0] and v[1] <= count.start), None)
        if view is not None and (found is None or found[0] < view[0] or found[2].label is Label.PLACE):
            found = view  # 现在对欣旺来说全国大概有几千家经销点: the company's, not the country's
        among = text.rfind(_AMONG_THEM, sentence_start, count.start) if found is None else -1
        if among >= 0 and self.opens_clause(among, sentence_start) and not self.names_subject(among, count.start):
            # 管理着流动党员3390人，其中在国外的600人，在外省市的150人: the parts (in the clauses from 其中 on) of the
            # count before 其中 in its sentence are that count's holder's
            before = [c.end for c in counts if sentence_start <= c.start and c.end <= among]
            if before and before[-1] in owned:
                found = owned[before[-1]]
            elif not before and not any(sentence_start <= s[0] < among for s in map(self.spots.__getitem__,
                                                                                      self.starting_in(sentence_start, among))):
                # 运动员全部是业余选手，…，其中189人参加过残奥会: no count nor holder before 其中 in its sentence, the whole
                # is the people or things it named there, counted in an earlier sentence (代表团…运动员284人); 其中 opening
                # the sentence names none: the whole is the sentence before's last count of people, if the part counts
                # people too (…当中包括42名奥运会冠军。其中三名田径女选手…; counts206)
                found = self.whole_counted_before(sentence_start, text[sentence_start:among]) if among > sentence_start \
                    else self.people_counted_before(sentence_start, count)
        if found is None:
            opening = _AMONG_NAMED.match(text, sentence_start)
            if opening is not None and opening.end() <= count.start and not self.names_subject(sentence_start, count.start):
                found = self.whole_counted_before(sentence_start, opening.group(1))  # 在运动员中，有223人…
        if found is None:
            # 立法会…全体70名议员中有40人投票: the part shares the owner of the count it is part of
            whole = next((c for _, c in sorted(
                (k, c) for end in range(max(0, count.start - _PART_OF_BEFORE_LONGEST), count.start)
                for k, c in counts_ending.get(end, ())) if sentence_start <= c.start
                and _PART_OF_BEFORE.fullmatch(text, c.end, count.start)), None)
            if whole is not None and whole.end in owned:
                found = self.parts[count.end] = owned[whole.end]
        if found is None and text.endswith(_NEXT_PART, sentence_start, count.start):
            # 30名球员中有5人具备大联盟经验、有8人至少曾打到3A: a second part after 、 is the same whole's (owners170)
            before = next((c for c in reversed(counts) if sentence_start <= c.start and c.end < count.start), None)
            if before is not None and before.end in self.parts and not any(
                    before.end <= s[0] < count.start for s in map(self.spots.__getitem__, self.starting_in(before.end, count.start))):
                found = self.parts[count.end] = self.parts[before.end]
        if found is None:
            found = self.body_at(count)  # 上百名华裔学生在洛杉矶…按摩学院抗议: the school's students
        if found is None:
            found = self.described(count, clause_start)  # 只有7人上场的火箭: the team the count's 的-clause describes
        origin = self.body_come_from(count)
        if origin is not None and (found is None or text.endswith("来自", 0, found[0])):
            found = origin  # 当中38人来自民建联、16人来自工联会: the body they come from, not an earlier count's (counts206)
        return found

    def owned_in_clause_or_by_list(self, count: Mention, sentence_start: int, anchor: int, counted: str) -> bool:
        """Whether ``count``, no holder found yet, has no other owner: people pointed back to and a statement's
        points are their clause's or none (两人击掌过后), a market's funds no fund's (开盘交易的32只封闭式基金), the
        members listed before it with 等 count themselves (台北市、新北市…等18个县市)."""
        text = self.text
        if (owned_in_clause_only(text[count.start : count.end], counted) or (
                fund_count(counted) and not _SELF_WORDS.search(text, sentence_start, count.start))):
            # 两人击掌过后, 有三大看点: people pointed back to, a statement's points: their clause's or none; and
            # 开盘交易的32只封闭式基金: a market's funds, no fund's nor company's unless said its own (旗下)
            return True
        if text.endswith("等", 0, anchor) and self.members(anchor):
            return True  # …宣布，台北市、新北市…等18个县市停课: the listed members' own count, no one's (a list glued
            # to its count with as many items is the clause before's subject's: 由中国、…6个成员国组成)
        return False

    def whole_counted_before(self, sentence_start: int, named: str) -> tuple[int, int, Mention] | None:
        """The owner of the whole a part is of when the whole was counted in an earlier sentence: of the counts read
        in the last few sentences before ``sentence_start`` whose counted noun (two letters or more) ``named`` holds,
        the largest (其中有405名运动员，由136名男运动员…组成。…在运动员中，有223人…: the 405's holder; session 44,
        countsgrow182); None when there is none or it has no owner."""
        text = self.text
        k = bisect_right(self.sentence_breaks, sentence_start - 1) - _WHOLE_SENTENCES
        lo = self.sentence_breaks[k] if k >= 0 else 0

        def counts_named(c: Mention) -> bool:  # its noun, or the noun written right before it (运动员170人), is named
            noun = c.quantity.counted_simplified if c.quantity is not None else ""
            return (len(noun) >= 2 and noun in named) or any(
                c.start >= n and HAN_ONLY.match(text[c.start - n : c.start]) and text[c.start - n : c.start] in named
                for n in (4, 3, 2))

        wholes = [c for c in self.counts if lo <= c.start < sentence_start and c.end in self.owned and counts_named(c)]
        if not wholes:
            return None
        return self.owned[max(wholes, key=lambda c: c.quantity.value if c.quantity is not None else 0.0).end]

    def list_heading(self, sentence_start: int, list_start: int) -> tuple[int, int, Mention] | None:
        """The holder heading a list closed by a colon, whose sum the count after the colon is: the place or
        organisation written right before the list, a space apart or glued (湖里区 仁和幼儿园、…：共提供1440个学位 ->
        湖里区); None when none is (the count is then read as before)."""
        text, spots = self.text, self.spots
        end = list_start
        while end > sentence_start and text[end - 1] in _HEADING_GAP:
            end -= 1
        return max((s for s in map(spots.__getitem__, self.starting_in(sentence_start, end))
                    if sentence_start <= s[0] and s[1] == end), key=lambda s: s[1] - s[0], default=None)

    def framed_subject(self, found: tuple[int, int, Mention] | None) -> tuple[int, int, Mention] | None:
        """The organisation opening the clause of ``found`` when ``found`` is a body after 在 (and an edition's
        determiner) in it: the subject, which the clause is about, owns the counts of the clauses after it
        (中国体育代表团在本届巴黎奥运会上，获得30个大项… -> the delegation, not the games; counts278); else ``found``."""
        if found is None or found[2].label is not Label.ORGANIZATION:
            return found
        frame = _FRAMED_BODY.search(self.text, max(0, found[0] - 3), found[0])
        if frame is None:
            return found
        return next((s for s in self.organisations_opening(self.breaks, found[0]) if s[1] <= frame.start()), found)

    def run_of_results(self, sentence_start: int, clause_start: int, count: Mention) -> tuple[int, int, Mention] | None:
        """The owner of the last owned count of ``count``'s sentence, at most ``_RUN_CLAUSES`` clauses before it, when
        the count's clause opens with a verb (it names no subject of its own) and no holder is named between: a bare
        count of people closing a run of a subject's results is one more of them (开工27项重大水利工程，完成9420处农村供水工程，
        …，吸纳就业315万人; 全州共破获刑事案件657起，抓获…，完成追逃160人), no crowd in a story (counts295)."""
        text, breaks = self.text, self.breaks
        if not _opens_with_verb(text, clause_start, count.start, verbal_nouns=False):
            return None
        last = next((c for c in reversed(self.counts) if sentence_start <= c.start and c.end <= clause_start
                     and c.end in self.owned), None)
        if last is None or bisect_right(breaks, clause_start) - bisect_right(breaks, last.start) > _RUN_CLAUSES:
            return None
        if self.names_holder(last.end, count.start):
            return None
        return self.owned[last.end]
