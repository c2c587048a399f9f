"""What lies between a count and a candidate holder: the readings of :class:`zhkg.relate.counts._CountOwners` that
rule a holder in or out by the words around it.

:class:`_BetweenReaders` holds :meth:`~_BetweenReaders.owner_between` (the nearest holder before a count in its clause,
after its checks) and the readers it calls: a locative place (在, 位于) and a source (据悉), members and a list of
origins, a subsidiary or a chain of holders, a route's end, a model's maker, a partner (与…合作), units across
holders, a quoted speaker, someone there, a self-report, a 当…时 clause, and :meth:`~_BetweenReaders.starting_in`.

Caveats: moved word for word out of ``_CountOwners`` in ``relate/counts.py`` (tidy106); ``_CountOwners`` inherits
them, so ``_CountOwners.owner_between`` is the very function. A mixin, never used alone: its methods read the
document's state that :meth:`zhkg.relate.counts._CountOwners.__init__` sets (``self.text``, ``self.spots``…) and call
the readers of :class:`zhkg.relate.count_owner_clauses._ClauseReaders` (``self.opens_clause``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from zhkg.records import Label, Mention, MentionSource
from zhkg.relate.base import CLAUSE_BREAK
from zhkg.relate.count_anaphora import _SUBJECT_OPENING
from zhkg.relate.count_counted import _opens_with_noun
from zhkg.relate.count_forms import _HOLDING_WORDS
from zhkg.relate.count_owner_words import (
    _ALL_OVER,
    _AUTHORITY_ENDINGS,
    _BRACKETS,
    _DATED_LOCATIVE,
    _EXCEPT_AFTER,
    _EXCEPT_BEFORE,
    _EXISTENTIAL_GAP,
    _FIRST_PERSON,
    _FRAME,
    _FROM_SOURCE,
    _LEARNT,
    _LIST_LINKS,
    _LISTED_FEW,
    _LOCATIVE_BEFORE,
    _LOCATIVE_LINK,
    _LOCATIVE_REGIONS,
    _MEMBER_TAILS,
    _MODEL_CODE,
    _NOT_PARTNER,
    _ORIGIN_LIST,
    _OTHER_SIDE,
    _PARTNER_BEFORE,
    _PARTNER_OWNS,
    _PARTNER_PEOPLE,
    _QUALIFIER_CLOSE,
    _RECEIVER_BEFORE,
    _REPORTER_GAP,
    _REPORTER_WORD,
    _ROUTE_LINKS,
    _SAYS,
    _SPEAKER_GAP,
    _SPREAD_BEFORE,
    _SUBJECTLESS,
    _UNITS,
    _WHEN,
    _WHEN_END,
    _WHOLE_OPENINGS,
    _bracket_chain,
)
from zhkg.relate.count_subject import (
    _SELF_SPEAKER,
    _about_itself,
    _anaphor_reports,
    _governed,
    _is_source,
    _own_members,
    _regarded,
    _self_report,
)
from zhkg.relate.count_topics import _INTRUDED
from zhkg.text import QUOTE_PAIRS

__all__ = ["_BetweenReaders"]


class _BetweenReaders:
    """The readers of what lies between a count and a holder; mixed into :class:`zhkg.relate.counts._CountOwners`.
    """

    def starting_in(self, lo: int, hi: int) -> range:
        """Indices of spots, in order, among which are all those starting in ``[lo, hi)``."""
        ends, longest_spot, shortest_spot = self.ends, self.longest_spot, self.shortest_spot
        return range(bisect_left(ends, lo + shortest_spot), bisect_left(ends, hi + longest_spot))

    def organisations_opening(self, breaks: list[int], at: int) -> list[tuple[int, int, Mention]]:
        """The organisations, in spot order, whose mention opens the clause (or sentence: ``breaks``) holding ``at``,
        past its opening words (:data:`_SUBJECT_OPENING`): the subject a frame or a quotation speaks of."""
        k = bisect_right(breaks, at) - 1
        lo = _SUBJECT_OPENING.match(self.text, breaks[k] if k >= 0 else 0).end()
        return [s for s in map(self.spots.__getitem__, self.starting_in(lo, lo + 1))
                if s[0] == lo and s[2].label is Label.ORGANIZATION]

    def learnt_from(self, start: int, end: int) -> bool:
        """Whether the holder at ``[start, end)`` is what a reporter learns the news from (记者昨日从海南省获悉)."""
        text = self.text
        return (text.endswith(_FROM_SOURCE, 0, start) and text.startswith(_LEARNT, end)
                and _REPORTER_WORD in text[max(0, start - 1 - _REPORTER_GAP) : start - 1])

    def locative(self, i: int, clause_start: int) -> bool:
        """Whether the place of spots[i] is where something is (在北京, 位于美国纽约州), not an owner."""
        ends, shortest_spot, spots, text = self.ends, self.shortest_spot, self.spots, self.text
        start, _, holder = spots[i]
        if holder.extractor == MentionSource.DOCUMENT_FACILITY:
            return False  # 在大工业区建设10条道路: the zone's roads, a facility's counted are its own (session 23)
        if holder.label is Label.PLACE and self.learnt_from(start, spots[i][1]):
            return False  # 记者从海南省获悉，今年将新建…: the place the news is learnt from is what it is about (session 29)
        if holder.label is Label.PLACE and text.endswith(_SPREAD_BEFORE + _INTRUDED, 0, start):
            return True  # (遍布全国; 侵入我国周边空域: the target, owners310)
        if holder.label is not Label.PLACE:
            return False
        if text.startswith(_ALL_OVER, spots[i][1]):
            return True  # 来自全国各地的200多名高手, 世界各地: where the counted come from or are, everywhere
        if holder.extractor == MentionSource.DEIXIS:  # 全国共建立…: the country's; 该行已在全国设立…: where
            # (来自全区17个镇乡: the district's own towns); 从日本全国选出1000户: 全国 right after a place 从 or 遍布
            # governs is where they come from or are, as that place is (owners138)
            return text.endswith(("在", "于"), 0, start) or any(
                spots[j][2].label is Label.PLACE and spots[j][2].extractor != MentionSource.DEIXIS
                and text.endswith(_SPREAD_BEFORE, 0, spots[j][0])
                for j in range(bisect_left(ends, start), bisect_right(ends, start)))
        if (text.endswith(_FRAME, 0, start) and (start - 1 == 0 or CLAUSE_BREAK.match(text[start - 2]))
                and spots[i][1] < len(text) and CLAUSE_BREAK.match(text[spots[i][1]])):
            return False  # 在悉尼，首10间…学校中，九间…: a clause of 在 and a place alone frames the sentence: its place's
        if text.endswith(_RECEIVER_BEFORE, 0, start) and text.startswith("的", spots[i][1]):
            return False  # 市建委调配给西城区的房源…244套: what is given to the place is the place's (session 23)
        if text.endswith(_LOCATIVE_BEFORE, 0, start) or _DATED_LOCATIVE.search(text, max(0, start - 12), start):
            return True  # (将于12月30日广东地区独家上映: 于 and a date before the place)
        if text.endswith(_LOCATIVE_REGIONS, 0, start):
            return True  # 在港九新界共营运约400条路线: Hong Kong's regions written together, one place of 在 (counts29)
        if "位于" in text[clause_start:start]:
            return True
        # a place right after a locative place is part of that place's phrase
        # ...and so is one after a list of them (从德国、意大利、丹麦等国: each place of the list)
        # (…and one right after a place that is itself locative by a list: 在河北唐山和浙江余姚, session 19)
        return any(other[1] <= start and other[2].label is Label.PLACE and other[0] >= clause_start
                   and _LOCATIVE_LINK.match(text[other[1] : start])
                   and (text.endswith(_LOCATIVE_BEFORE + _SPREAD_BEFORE, 0, other[0])
                        or ((text[other[1] : start] in _LIST_LINKS or other[1] == start) and self.locative(j, clause_start)))
                   for j in range(bisect_left(ends, clause_start + shortest_spot), min(i, bisect_right(ends, start)))
                   for other in (spots[j],))

    def members(self, count_start: int, value: float = 0.0) -> list[tuple[int, int]]:
        """Indices of the holders listed right before a count as what it counts (工商银行[…]、…、交通银行这五家
        国有银行, 唐山钢铁等两家公司): the spans of the items of the count, not its owners. A list with nothing
        between its last item and the count is one only when it has as many items as the count says
        (由中国、俄罗斯…乌兹别克斯坦6个成员国组成; but 北京市3个区 is Beijing's), or two or more of more counted (招行和
        平安7家银行: some of them, counts38)."""
        counts_at, ends, spots, text = self.counts_at, self.ends, self.spots, self.text
        out: list[tuple[int, int]] = []
        count = counts_at.get(count_start)
        if count is not None and count.quantity is not None and count.quantity.counted_simplified == "人":
            return out  # 赵霏和他的团队共九人: people counted are no place's or body's items; the holder has them
        i, cur = bisect_right(ends, count_start) - 1, count_start
        glued = False
        kinds: set[object] = set()  # the items' labels, and DEIXIS for 全国 and kin
        while i >= 0:
            start, end, holder = spots[i]
            if end > cur:
                i -= 1
                continue
            gap = _BRACKETS.sub("", text[end:cur])
            if cur == count_start and gap == "" and value >= 2:
                glued = True
            elif gap not in (_MEMBER_TAILS if cur == count_start else _LIST_LINKS):
                break
            out.append((start, end))
            kinds.add(MentionSource.DEIXIS if holder.extractor == MentionSource.DEIXIS else holder.label)
            cur = start
            i -= 1
        if glued and len(out) != value and not (_LISTED_FEW <= len(out) < value and len(kinds) == 1
                                                  and MentionSource.DEIXIS not in kinds):
            return []  # (招行和平安7家银行: two or more bodies named of more counted, and others; not 交行总行以及全国36个)
        return out

    def owner_between(self, lo: int, hi: int, count_start: int = -1, value: float = 0.0,
                      carried: bool = False) -> tuple[int, int, Mention] | None:
        """The nearest holder in ``[lo, hi)`` that may own the count at ``count_start``; with ``carried`` (a holder of
        an earlier clause), none a verb or a preposition of its own clause governs (受北京电影学院之邀, session 24)."""
        anaphora, breaks, counts_at, ends, glued_lists, included, spots, text = (
            self.anaphora, self.breaks, self.counts_at, self.ends, self.glued_lists, self.included, self.spots, self.text)
        listed = (self.members(count_start, value) if count_start >= 0 else []) + included + glued_lists
        count = counts_at.get(count_start)
        # 今天打老鹰，对方阵容也有两个曾经的队友: 对方 opening the count's clause is the other side, what the clause before acts on
        opponent = carried and text.startswith(_OTHER_SIDE, _SUBJECT_OPENING.match(text, hi).end())
        i = bisect_right(ends, hi) - 1
        while i >= 0 and spots[i][1] > lo:
            start, end, _ = spots[i]
            if spots[i][2].label is Label.PLACE and text[start - 1 : start] in "(（" and _QUALIFIER_CLOSE.match(text, end):
                i -= 1  # 收视率(北美地区): a place in brackets qualifies a figure, it owns nothing
                continue
            if self.when_clause(start, hi):
                i -= 1  # 当广发基金拿到QDII批文后，共计有28家基金公司…: a clause of time has no owner of the next
                continue
            if self.route_end(i):
                i -= 1  # 加开台北往东京航班: the ends of a route, no owner of what the clause or the next one counts
                continue
            if count is not None and self.model_maker(spots[i], count):
                i -= 1  # 增派波音777客机2架: the maker of the model counted
                continue
            if text.endswith(_EXCEPT_BEFORE, 0, start) and _EXCEPT_AFTER.match(text, end):
                i -= 1  # 除工行外的10余家银行: the one left out
                continue
            if carried and not opponent and spots[i][2].extractor != MentionSource.DEIXIS and not (
                    spots[i][2].label is Label.PLACE and text[start:end] in anaphora) and not self.learnt_from(start, end) and any(
                    _governed(text, breaks[bisect_right(breaks, start) - 1] if bisect_right(breaks, start) else 0, at, end)
                    for at in dict.fromkeys((start, self.list_start(spots[i])))):
                # 受北京电影学院之邀，剧组拍摄了三部短片: what an earlier clause acts on is no owner carried on, nor is any
                # place of a list it acts on (拓展日本、美国及东南亚等地…，员工总数达8万人: counts278)
                i -= 1
                continue
            if not any(a <= start and end <= b for a, b in listed) and start >= lo and (
                    not _is_source(text, start, end) or self.self_reported(spots[i], lo, count)
                    or _anaphor_reports(text, start, end, anaphora) or _own_members(text, spots[i][2], count)) \
                    and not _regarded(text, start, end) and not self.partner(i, count_start) and start not in self.pair_starts \
                    and not self.units_across(i, lo, count) and not self.origin_list(i, count_start) and (
                    not self.locative(i, lo) or (_EXISTENTIAL_GAP.match(text[end:count_start])
                                            and not text.endswith(_SPREAD_BEFORE, 0, start)
                                            and not ("有" in text[end:count_start] and self.someone_there(lo, start)))):
                return spots[i]
            i -= 1
        return None

    def subsidiary(self, group: tuple[int, int, Mention]) -> tuple[int, int, Mention] | None:
        """The organisation written right after ``group`` and a word of holding (鸿海集团旗下富士康, 万科旗下的万科物业):
        a part of the group, the subject of its clause; None when there is none."""
        spots, text = self.spots, self.text
        words = next((w for w in _HOLDING_WORDS if text.startswith(w, group[1])), None)
        if words is None:
            return None
        at = group[1] + len(words) + text.startswith("的", group[1] + len(words))
        return next((s for s in map(spots.__getitem__, self.starting_in(at, at + 1))
                     if s[0] == at and s[2].label is Label.ORGANIZATION), None)

    def chain_start(self, found: tuple[int, int, Mention]) -> int:
        """Where the chain of places glued one after another that ends with ``found`` opens (深圳龙华, 台北市内湖区: the
        start of 深圳), ``found``'s own start when it is no place or follows none."""
        longest_spot, spots = self.longest_spot, self.spots
        start = found[0]
        while found[2].label is Label.PLACE:
            found = next((s for s in map(spots.__getitem__, self.starting_in(max(0, start - longest_spot), start))
                          if s[1] == start and s[0] < start and s[2].label is Label.PLACE), None)
            if found is None:
                break
            start = found[0]
        return start

    def list_start(self, found: tuple[int, int, Mention]) -> int:
        """Where the list of places that ends with ``found`` opens, each item a chain (:meth:`chain_start`) and the
        items joined by 、, 和, 及… (在沙田、大埔及元朗: the start of 沙田); :meth:`chain_start` when no place is
        listed before it."""
        longest_spot, spots, text = self.longest_spot, self.spots, self.text
        start = self.chain_start(found)
        while found[2].label is Label.PLACE:
            found = next((s for s in map(spots.__getitem__, self.starting_in(max(0, start - longest_spot - 2), start))
                          if s[1] < start and s[2].label is Label.PLACE and text[s[1]:start] in _LIST_LINKS), None)
            if found is None:
                break
            start = self.chain_start(found)
        return start

    def route_end(self, i: int) -> bool:
        """Whether the place of spots[i] is an end of a route written place + 往/至/到/飞 + place (台北往东京航班,
        北京至上海高铁): it names the line, it owns nothing."""
        spots, text = self.spots, self.text
        start, end, holder = spots[i]
        if holder.label is not Label.PLACE:
            return False
        before = text[start - 1 : start] in _ROUTE_LINKS and any(
            s[1] == start - 1 and s[2].label is Label.PLACE for s in spots[max(0, i - 3) : i])
        after = text[end : end + 1] in _ROUTE_LINKS and any(
            s[0] == end + 1 and s[2].label is Label.PLACE for s in spots[i + 1 : i + 4])
        return before or after

    def model_maker(self, spot: tuple[int, int, Mention], count: Mention) -> bool:
        """Whether the organisation of ``spot`` is followed only by a model code up to the noun ``count`` opens with
        (波音|777|客机2架): the maker of the thing counted, no owner."""
        text = self.text
        start, end, holder = spot
        if holder.label is not Label.ORGANIZATION or not _opens_with_noun(count):
            return False
        code = _MODEL_CODE.fullmatch(text, end, count.start)
        return code is not None

    def partner(self, i: int, count_start: int) -> bool:
        """Whether the holder of spots[i] follows 与/同/跟 as a preposition (主场与荷兰球队5胜2平: the other party), not
        as the link of a list of holders (中国与美国两国), and the count is no part of the phrase it opens."""
        spots, text = self.spots, self.text
        start, end, _ = spots[i]
        if start < 2 or not text.endswith(_PARTNER_BEFORE, 0, start) or text[start - 2] == _NOT_PARTNER:
            return False
        if (count_start >= end and _PARTNER_OWNS.fullmatch(text, end, count_start)) or _PARTNER_PEOPLE.match(text, end):
            return False
        # a holder before it, only brackets between (中国（北京）与…): the link of a list, not a preposition. Read from
        # the brackets chained back from the 与 (each ends where the next opens) rather than every earlier spot (perf89:
        # that scan was quadratic, and each slice as long as the document)
        first_end = self.first_end
        return not any(first_end.get(p, i) < i for p in _bracket_chain(text, start - 1))

    def units_across(self, i: int, lo: int, count: Mention | None) -> bool:
        """Whether spots[i] is 全国 (or kin) before a count of a body's units, with an organisation earlier in the
        clause (交行总行以及全国36个分支机构 -> 交行总行)."""
        sentence_breaks, spots, text = self.sentence_breaks, self.spots, self.text
        start, end, holder = spots[i]
        if count is None or count.quantity is None or not count.quantity.counted_simplified.endswith(_UNITS):
            return False
        whole = holder.label is Label.PLACE and end - start == 2 and text[start] in _WHOLE_OPENINGS  # 本港, 全台
        if holder.extractor != MentionSource.DEIXIS and not whole:
            return False
        if holder.extractor == MentionSource.DEIXIS and any(
                lo <= s[0] and s[1] <= start and s[2].label is Label.ORGANIZATION for s in spots[:i]):
            return True
        k = bisect_right(sentence_breaks, start) - 1
        sentence_start = sentence_breaks[k] if k >= 0 else 0
        return any(s[2].label is Label.ORGANIZATION and not s[2].name.endswith(_AUTHORITY_ENDINGS)
                   and sentence_start <= s[0] and _SELF_SPEAKER.match(text, s[1])
                   and self.opens_clause(s[0], sentence_start, sentence=True) and _self_report(text, s[0], s[1], s[2].name)
                   for s in spots[:i])

    def origin_list(self, i: int, count_start: int) -> bool:
        """Whether the place of spots[i] is an item of a list closed by 等国家的 right before the count (…美国、日本、德国
        等国家的16台机车): where the things come from, not whose they are."""
        spots, text = self.spots, self.text
        if count_start < 0 or spots[i][2].label is not Label.PLACE:
            return False
        m = _ORIGIN_LIST.match(text, spots[i][1])
        return m is not None and m.end() == count_start

    def quoted_speaker(self, count: Mention) -> tuple[int, int, Mention] | None:
        """The organisation that speaks right after the quotation holding ``count``, or right before it (its officer
        saying it), when the quotation speaks of itself before the count (“我们在全国有300多家分店，”联华超市总经理说 ->
        联华超市; 某某科技有限公司董事王某表示：“我们公司…工厂共有150名员工 -> the company, counts278): its own figures."""
        spots, text = self.spots, self.text
        for opening, closing in QUOTE_PAIRS:
            start = text.rfind(opening, 0, count.start)
            end = text.find(closing, count.end)
            if start < 0 or end < 0 or closing in text[start : count.start] or opening in text[count.end : end] \
                    or "\n" in text[start:end] or not _FIRST_PERSON.search(text, start, count.start):
                continue
            after = _SPEAKER_GAP.match(text, end + 1).end()
            found = next((s for s in spots if s[0] == after and s[2].label is Label.ORGANIZATION
                          and _SAYS.match(text, s[1])), None)
            return found if found is not None else self.speaker_before(start)
        return None

    def speaker_before(self, quote: int) -> tuple[int, int, Mention] | None:
        """The organisation opening the sentence whose speaker (the body, or its officer) says, right before the
        quotation opening at ``quote``, what it quotes (某某公司董事王某表示：“…), or None."""
        text = self.text
        body = max(self.organisations_opening(self.sentence_breaks, quote), key=lambda s: s[1], default=None)
        says = _SAYS.match(text, body[1]) if body is not None else None
        # (only a colon or a comma between the verb and the quotation: 表示：“, 说，“)
        return body if says is not None and text[says.end() : quote].strip(" ：:，,") == "" and len(text[says.end() : quote]) <= 2 else None

    def someone_there(self, lo: int, start: int) -> bool:
        """Whether someone the extractors did not mark has the count at the place at ``start`` (我们在全国有300多家分店,
        华润万家目前在全国拥有3000多家门店): words other than adverbs and times come before its 在 in the clause, so the
        place is where, not who (光在东京就有上千家 stays Tokyo's; a body opening the clause is taken after)."""
        spots, text = self.spots, self.text
        return (_SUBJECTLESS.fullmatch(text, lo, start) is None
                and not any(s[2].label is Label.ORGANIZATION and lo <= s[0] <= lo + 2 for s in spots))

    def self_reported(self, spot: tuple[int, int, Mention], lo: int, count: Mention | None, things: bool = True) -> bool:
        """Whether an organisation speaking of itself (长盛基金公告称; 据华商基金相关负责人介绍) owns ``count``: its
        sentence from ``lo`` speaks of the company or (with ``things``, in the speaker's own sentence) counts what a
        body has: a later sentence must name the company's own (旗下, 本公司…), as 基金 may be the whole market's."""
        text = self.text
        return (count is not None and spot[2].label is Label.ORGANIZATION
                and _self_report(text, spot[0], spot[1], spot[2].name) and _about_itself(text, lo, count, things))

    def when_clause(self, pos: int, count_start: int) -> bool:
        """Whether ``pos`` lies in a clause of time (当…后/时，) that ends before ``count_start``."""
        breaks, text = self.breaks, self.text
        k = bisect_right(breaks, pos) - 1
        opening = breaks[k] if k >= 0 else 0
        close = breaks[k + 1] if k + 1 < len(breaks) else len(text)
        return (close <= count_start and text.startswith(_WHEN, opening)
                and _WHEN_END.search(text, opening, close) is not None)
