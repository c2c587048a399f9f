"""A count's clause and sentence: the readings of :class:`zhkg.relate.counts._CountOwners` that find a subject
named before or after, what a holder describes, and the checks that rule a found owner out.

:class:`_ClauseReaders` holds :meth:`~_ClauseReaders.kept` (the checks after a holder is found: a pointer between, an
unnamed company, casualties, people judged or invited, teams counted by a team), the clause readers (where a clause opens, the
next and previous subject, what describes a holder, a far place, a body's members, an event attended, a record's
section, the holder a clause names) and :meth:`~_ClauseReaders.names_of`; owners110 added
:meth:`~_ClauseReaders.said_apart` (a quotation a person opens is no earlier holder's),
:meth:`~_ClauseReaders.acting_subject` (a company taking a place's things) and :data:`_PARTS_COUNTED` (the parts a
whole is cut into); owners116 added :meth:`~_ClauseReaders.said_place` (a place the text says is a town owns its
counts though only the recogniser reads it) and :data:`_KIN_COUNTED` (a person's kin are no holder's); owners193 added
:meth:`~_ClauseReaders.document_topic` and :meth:`~_ClauseReaders.topic_carried` (the document's topic owns a count
in a paragraph opening on it, naming no holder); owners200 added :meth:`~_ClauseReaders.inside_paragraph_carries`
(the topic inside a paragraph too, in a text of several paragraphs); counts206 added
:meth:`~_ClauseReaders.body_come_from` (people counted before 来自 and an organisation are its members); counts211
added :meth:`~_ClauseReaders.people_counted_earlier` (a crowd after people a body counted in its sentence) and
:meth:`~_ClauseReaders.past_whole_glued` (全国 glued to a count is no later clause's topic), and moved
:meth:`~_ClauseReaders.people_counted_before` (counts206) here from ``relate/counts.py``; counts287 let an event written
with its session be the document's topic (no opening source, 全国 no rival), added :func:`~zhkg.relate.count_topics._divisions_below` (a place's
round-up of its divisions) and :data:`_LIMBS_COUNTED` (a creature's limbs are no holder's).

Caveats: moved word for word out of ``_CountOwners`` in ``relate/counts.py`` (tidy106); ``_CountOwners`` inherits
them, so ``_CountOwners.kept`` is the very function. A mixin, never used alone: its methods read the document's state
that :meth:`zhkg.relate.counts._CountOwners.__init__` sets and call the readers of
:class:`zhkg.relate.count_owner_between._BetweenReaders` (``self.starting_in``, ``self.self_reported``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from zhkg.records import Label, Mention, MentionSource
from zhkg.relate.base import CLAUSE_BREAK, DERIVED
from zhkg.relate.count_anaphora import _COMPANY, _PERSON, _SUBJECT_OPENING, _THING
from zhkg.relate.count_counted import (
    _MEMBER_KINDS,
    _MEMBERS_OF,
    _OF,
    _arrested,
    _judged,
    _members_counted,
    _same_things,
    counts_people,
)
from zhkg.relate.count_elections import seats_body
from zhkg.relate.count_forms import _HOLDING_WORDS, _OPENING, _SENTENCE_BREAK, _identity, _is_company, _outer_holder
from zhkg.relate.count_owner_kinds import owner_of_kind
from zhkg.relate.count_owner_things import sent_before
from zhkg.relate.count_owner_words import (
    _ACTED_REACH,
    _AMONG_OPENING,
    _ARREST_REACH,
    _CARRY_CLAUSES,
    _CASUALTIES,
    _CAUSED,
    _CLAUSE_TAIL,
    _COUNTRIES_COUNTED,
    _DESCRIBING,
    _EVENT_END,
    _EVENT_OF_CLAUSE,
    _FRAME,
    _FRONTED_TAIL,
    _GENERIC_BODY,
    _GROUP_REACH,
    _HAVING,
    _HURT,
    _HURT_ONE,
    _INCIDENT,
    _LIST_CLOSING,
    _LIST_GAP,
    _LIST_LINK_AFTER,
    _LIST_LINKS,
    _NO_COMPANY,
    _NOT_TOPIC_AFTER,
    _OUR,
    _RULING_ENDINGS,
    _SIGHTED,
    _SIGHTED_REACH,
    _SPREAD_BEFORE,
    _TAKE_PART,
    _TEAMS_COUNTED,
    _TOPIC_SENTENCES,
)
from zhkg.relate.count_pointers import says
from zhkg.relate.count_scope import acted_on, bodies_counted, parts_of_group
from zhkg.relate.count_subject import _SOURCE_BEFORE, _speaks
from zhkg.relate.count_topics import (
    _chained_place,
    _divisions_above,
    _divisions_below,
    counts_itself,
    describes_noun,
    digest_opening,
)
from zhkg.relate.kin import KIN
from zhkg.resources.gazetteer import is_country_code
from zhkg.stages.normalise import to_simplified
from zhkg.text import NUMBERED_TERM

__all__ = ["_ClauseReaders", "_ORIGIN_BEFORE", "_PARTS_COUNTED", "_KIN_COUNTED", "_LIMBS_COUNTED", "_BOTH_BODIES", "_PEOPLE_OF",
           "_PLACE_LINK", "_SHARED_GAP", "_PLACE_SAID", "_QUOTE_OPENERS", "_TAKES", "_SAID_AFTER", "_PASSIVE", "_NAMED_AS",
           "_TOPIC_TIMES", "_COME_FROM", "_WHOLE", "_HEADLINE_LONGEST",
           "_HEADLINE_END", "_headline_subject", "_DELEGATIONS", "_TEAM_ENDINGS", "_OWN", "_OWN_OPENING",
           "_speaks_as_own"]

_DELEGATIONS = ("代表团",)  # the bodies of a games' athletes, several at one games (counts236)
_TEAM_ENDINGS = ("队",)  # the bodies of players: a club's name has no such ending (切尔西, 湖人) but is a team's

# People counted, then 来自 and the body they come from (当中38人来自民建联、16人来自工联会): the body's members (counts206).
_COME_FROM = re.compile(r"(?:均|都|皆|全|全部|分别|则|是|亦|也)?来自")

# The parts or stages a whole is cut into (房价是由四部分组成, 信贷主要通过三个阶段实现) are no holder's things (owners110).
_PARTS_COUNTED = frozenset({"部分", "部份", "阶段"})
# How often a document names the holder it opens with, at the least, for that holder to be its topic (owners193):
# a holder named once or twice is in passing (a crime report's bus stop), one named three times or more is what it
# is about (厦门市, 中国, 医管局 of the web tune half's articles counting for them).
_TOPIC_TIMES = 3
# The verb before a place the counted come from (运动员分别来自全国25个省): where they are from, no holder the sentence
# names (counts295); 全国 after 在 or 从 is read by ``locative`` as before.
_ORIGIN_BEFORE = ("来自",)
# A person's kin counted (炸死了萨达姆的两个儿子, 育有三个女儿) are that person's family, never a body's or a place's
# things (owners116): the words :data:`zhkg.relate.kin.KIN` marks counted.
_KIN_COUNTED = frozenset(word for word, kin in KIN.items() if kin.counted)
# A creature's limbs and organs counted (四条腿在冲浪板上岿然不动, 两只手) are its body's, never a body's or a place's things
# (counts287: found when an event opening a sentence became its topic).
_LIMBS_COUNTED = frozenset({"腿", "手", "脚", "手臂", "胳膊", "翅膀", "眼睛", "耳朵", "爪子", "手指", "脚趾"})
# 两家 alone, the two bodies just named as the subject or the owner of what follows (宜家与尚屋…，两家的针对群体不一样,
# 两家都…): both's, as 两国 is, never one of them (owners116).
_BOTH_BODIES = re.compile(r"两家(?=的|都|均|也|各|之间|共同|分别)")
# What the text says a place is, right after its name: X是瑞士的城镇, X是一座位于…的城市, X位于法罗群岛南部 (owners116). A
# place only the recogniser reads, no gazetteer's, owns its counts when so described (a town's population).
_PLACE_SAID = re.compile(r"(?:是|为)[^，。；：,;:！？\s]{0,16}?(?:城镇|城市|小镇|市镇|村庄|村落|首府|首都|港口|港市|岛屿|海岛|"
                         r"古城|县城|州府|自治市|行政区|聚居地)(?=[，。；,;之])|位于")
# Places listed as the subject of the count's clause and glued to it (加州及德州已有7人确诊, 北京和上海各有3家): what
# they have together or each, no one place's (owners116): the link between two places and what may come between
# the last and the count.
_PLACE_LINK = re.compile(r"(?:以及|及|和|与|、)$")
_SHARED_GAP = re.compile(r"[已都均共各还仍也就分别一]*(?:有|共有|拥有|已有|现有)?")
# A country glued before 人 names its people (西班牙人已经在岛上建立了15座城市): the people, not the country, are the
# subject, and a nationality owns nothing (owners116); not 人口, 人民, 人大, 人均, 人次, 人数, 人士 of the place.
_PEOPLE_OF = re.compile(r"人(?![口民大均次数士])")
# Quotations a speaker opens after a colon (姚明表示：“这是两种生活环境…), with the mark that closes each.
_QUOTE_OPENERS = {"“": "”", "「": "」", "『": "』"}
# A body saying something, past a day (澳门特区政府卫生局8日表示): a source whose place stays the topic (owners110).
_SAID_AFTER = re.compile(r"(?:[昨今前]日|[昨今前]天|\d{1,2}日)?(?:表示|称|说|指出|透露|通报)")
# A verb of taking or closing right before a place and its count (绿城集团以61亿元总价连拿苏州两个地王, 关闭上海12家
# 门店): what the company took or closed is its own, not the place's (owners110).
_TAKES = re.compile(r"(?:拿下|连拿|拿|收购|并购|买下|购得|竞得|摘得|揽下|关闭|关掉)了?$")
# The agent of a passive that names, ranks or lists (被世界体育记者协会选为…25位运动员之一, 被联合国列为…): it chooses
# the things counted, it does not have them (counts134).
_PASSIVE = "被"
_OWN = "我本"  # 我县, 我市, 本县: the writer's own place (a government's report of its year; counts303)
_OWN_OPENING = 120  # ...named so within the text's opening characters: the report speaks as its place from the start
_WHOLE = "全"  # 全国, 全省, 全市: the whole of a place, glued before a count (全国73个代表单位) where its things are
_NAMED_AS = re.compile(r"(?:评选|推选|选|评|列|誉|称|认定|命名)为|(?:列|选|评)入")


# A headline: the text's first line, short and with no sentence end inside (counts224).
_HEADLINE_LONGEST = 60
_HEADLINE_END = re.compile(r"[。！？!?]")


def _speaks_as_own(m: Mention) -> bool:
    """Whether ``m`` is a deixis of the writer's own place below the country (我县, 本市; not 我国, 本国)."""
    return m.extractor == MentionSource.DEIXIS and m.text[:1] in _OWN and m.text[-1:] not in "国國"


def _headline_subject(text: str, spot: tuple[int, int, Mention]) -> bool:
    r"""Whether ``spot``, an organisation, opens the text's headline: a first line of at most ``_HEADLINE_LONGEST``
    characters with no sentence end, a body after it, the body at its very start (锅圈(2517.HK)：三季度收入增长坚挺). A
    report names the company its headline is about once and then writes 公司 or nothing (a digest's points), so that
    company is its topic even when named once (counts224); a place opening a headline is where a story happens
    (金钟巴士站男子被斩: no topic).

    >>> from zhkg.records import Label, Mention
    >>> def spot(text, name):
    ...     at = text.index(name)
    ...     return (at, at + len(name), Mention("d", at, at + len(name), name, name, Label.ORGANIZATION, "x"))
    >>> text = "锅圈(2517.HK)：三季度收入增长坚挺\n第三季度新增门店361家。"
    >>> _headline_subject(text, spot(text, "锅圈"))
    True
    >>> _headline_subject("锅圈第三季度新增门店361家。\n公司表示…", spot("锅圈第三季度新增门店361家。\n公司表示…", "锅圈"))
    False
    >>> _headline_subject("锅圈：三季度收入增长坚挺", spot("锅圈：三季度收入增长坚挺", "锅圈"))
    False
    >>> text = "金钟巴士站男子被斩\n一名男子在金钟巴士站等车期间被袭。"
    >>> place = (0, 5, Mention("d", 0, 5, "金钟巴士站", "金钟巴士站", Label.PLACE, "x"))
    >>> _headline_subject(text, place)
    False
    """
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip() or end - start > _HEADLINE_LONGEST:
        return False
    return spot[0] == start and spot[2].label is Label.ORGANIZATION and _HEADLINE_END.search(text, start, end) is None


class _ClauseReaders:
    """The readers of a count's clause and sentence; mixed into :class:`zhkg.relate.counts._CountOwners`.
    """

    def kept(self, found: tuple[int, int, Mention], count: Mention, clause_start: int, sentence_start: int,
             counted: str, pointed: bool, members_of: bool) -> tuple[int, int, Mention] | None:
        """The owner of ``count`` after the checks that rule ``found`` out (None): a pointer between them (该剧, 他),
        a count pointing back, an unnamed company, an accident's casualties, people judged or invited, what a body sights or
        acts on, companies counted by a company, teams counted by a team; ``found`` may become the outer holder or
        the owner of the same things counted before."""
        text, spots, counts, owned, known = self.text, self.spots, self.counts, self.owned, self.known
        pointers, pointed_at, team_set = self.pointers, self.pointed_at, self.team_set
        if any(found[0] < p <= count.start and (sentence_start <= p or kind == _THING) and (
                # (a thing opening a sentence between the topic and the count is the topic now: 迪斯尼通过了这个剧本…。
                # 《玩具总动员》的制作极富挑战性。主角伍迪牛仔有723个控制点, session 24)
                (kind == _THING)
                # (a visitor before the members counted: 他站在…，面对数千名学生 are still the school's)
                or (kind == _PERSON and not says(text, p, count.start) and not members_of)
                or (kind == _COMPANY and (found[2].label is Label.PLACE or (
                    found[2].name.endswith(_NO_COMPANY) and not _is_company(found[2], known)))))
               for p, kind in pointers[bisect_right(pointed_at, found[0]):bisect_right(pointed_at, count.start)]):
            # 该剧两位编剧, 他在过去8场比赛, 公司共有员工1,600名 (no company before): the subject of the count's clause,
            # or of a clause before it in its sentence, is no holder named earlier
            return None
        if pointed and found[0] < clause_start and not members_of and not any(
                counted.endswith(members) and found[2].name.endswith(ends) for members, ends in _MEMBERS_OF):
            # 将船上的三名海盗当场击毙，而且这三名海盗…: what was just named, no earlier clause's holder's either (but
            # members of a body of their kind: 湖南大学…，这200多名学生; and the same things counted before in the
            # sentence keep their owner: 对欣旺来说全国有几千家经销点，这几千个经销点…)
            again = next((c for c in reversed(counts) if sentence_start <= c.start and c.end <= clause_start
                          and _same_things(c, count)), None)
            if again is None or again.end not in owned:
                return None
            found = owned[again.end]
        found = _outer_holder(found, count, spots)
        if found[2].label is Label.ORGANIZATION and _GENERIC_BODY.fullmatch(found[2].name):
            return None  # 许多券商立志做全能的资产管理公司。该公司…: an unnamed company, no one
        if found[2].label is Label.PLACE and (
                (_INCIDENT.match(text, found[1]) and _CASUALTIES.search(counted))
                # (no accident named: 元朗公路近博爱交汇处25日晨发生3死14伤, 香港昨日发生…，造成5名乘客受伤, session 21)
                or (_CAUSED.search(text, max(found[1], sentence_start), count.start) is not None and (
                    text[count.start : count.end].endswith(_HURT_ONE) or text.startswith(_HURT, count.end)))):
            return None  # 石家庄倒楼事故已致10人遇难, 台南一工地昨日发生坍塌事故，造成5名工人受伤: the accident's, no place's
        lo = max(found[1], clause_start, count.start - _ARREST_REACH)
        if _judged(text, lo, count) or (found[2].label is Label.PLACE and _arrested(text, lo, count)):
            # 法院判决5名被告无罪: people of a story, not the court's (people arrested are the body's: counts320; never a
            # place's: 香港警方昨日拘捕两名男子, the police no mention, is no one's, mend322)
            return None
        if _SIGHTED.search(text, max(found[1], sentence_start, count.start - _SIGHTED_REACH), count.start):
            return None  # 国防部表示，共侦获共机15架次: what a body detects is the other side's
        if (found[2].label is Label.ORGANIZATION and found[1] <= count.start
                and acted_on(text[max(clause_start, count.start - _ACTED_REACH) : count.start],
                         text[count.start : count.end], counted)):
            return None  # 金融监督委员会是在今年2月对上述12家银行作出…命令的: what a body acts on is no one's (owners43)
        if (clause_start <= found[0] and found[1] <= count.start and text.endswith(_PASSIVE, 0, found[0])
                and _NAMED_AS.match(text, found[1])):
            return None  # 被世界体育记者协会选为…25位运动员之一: the agent that ranks them has them not (counts134)
        if (found[2].label is Label.ORGANIZATION and not clause_start <= found[0] < count.start
                and any(bodies_counted(count.quantity.counted_simplified if count.quantity else "", name)
                        for name in self.names_of(found[2]))
                and not _speaks(text, found[0], found[1]) and not text.endswith(_HOLDING_WORDS, 0, count.start)
                # (现代集团…，将…9个公司从集团中分离出去: the group's own, said in their clause; owners43)
                and not parts_of_group(text[count.end : count.end + _GROUP_REACH], found[2].name)):
            # 对两家公司…, 已有两家基金公司: companies counted are no earlier clause's or sentence's company's (but the
            # company that says so keeps what its clause has: 华为公司表示,该行业有3家企业), whatever name the
            # document gives it there (恒大 of 恒大地产), nor a state body's that rules on them (印度商工部…，除4家企业…)
            return None
        if _TEAMS_COUNTED.fullmatch(count.quantity.counted_simplified if count.quantity else "") and (
                found[2] in team_set or found[2].name.endswith("队") or found[2].extractor == MentionSource.ORG_TEAM):
            return None  # 两队此后形成争球: the teams counted are no one team's (公牛 of teams.tsv neither)
        found = seats_body(found, count, sentence_start, counted, spots, self.ends)  # 民进党…，全市提名32席 (counts236)
        return owner_of_kind(found, count, sentence_start, counted, spots, self.ends)  # 员工 a body's, 居民 a place's

    def lists_holders(self, spot: tuple[int, int, Mention]) -> bool:
        """Whether a holder opens a list of holders (深圳和广州的基金公司; 泰达荷银、华夏…等公司): the list, not it, is
        what its clause is about."""
        spots, text = self.spots, self.text
        link = _LIST_LINK_AFTER.match(text, spot[1])
        return link is not None and any(s[0] == link.end() for s in spots)

    def opens_clause(self, pos: int, sentence_start: int, sentence: bool = False) -> bool:
        """Whether ``pos`` opens its sentence (or, unless ``sentence``, one of its clauses), past quotes."""
        text = self.text
        while pos > sentence_start and text[pos - 1] in _OPENING:
            pos -= 1
        return pos == sentence_start or (not sentence and CLAUSE_BREAK.match(text[pos - 1]) is not None)

    def next_subject(self, count: Mention, clause_end: int, sentence_end: int) -> tuple[int, int, Mention] | None:
        """The organisation opening the clause after the count's, in its sentence (春节之前的4场比赛,江苏队…): only when
        the count ends its clause, fronted as a topic, not when its clause goes on with its own predicate (俄德两国4架
        战机全部逼近芬兰空中边界，芬兰空军…: the planes are not the next clause's subject's, session 19)."""
        spots, text = self.spots, self.text
        if clause_end >= sentence_end:
            return None
        tail = text[count.end : clause_end].rstrip(_CLAUSE_TAIL)
        if len(tail) > _FRONTED_TAIL and not tail.startswith(_LIST_LINKS):  # (6场联赛和两场杯赛，米堡…: a list)
            return None
        subject = next((s for s in map(spots.__getitem__, self.starting_in(clause_end, sentence_end))
                        if s[2].label is Label.ORGANIZATION and clause_end <= s[0] < sentence_end
                        and self.opens_clause(s[0], clause_end, sentence=True) and not _speaks(text, s[0], s[1])), None)
        counted = count.quantity.counted_simplified if count.quantity else ""
        if subject is not None and len(counted) >= 2 and subject[2].simplified.endswith(counted[-2:]):
            return None  # 这里是两所世界著名大学，哈佛大学和麻省理工学院的所在地: one of the things counted (owners116)
        return subject

    def describes(self, spot: tuple[int, int, Mention], count: Mention) -> bool:
        """Whether the place of ``spot`` only describes the noun after it (京城街头, 美国高校), no topic for ``count``: not
        a place standing for 全国/本市, one opening an organisation's name, nor for a tally (6400套) or a count of that
        very noun (武汉楼盘…11个楼盘)."""
        spots, text = self.spots, self.text
        if spot[2].label is not Label.PLACE or (spot[2].extractor == MentionSource.DEIXIS
                                                and not text.startswith(_OUR, spot[0])):
            return False  # (我国钢铁行业的龙头企业: "our country's" describes as a name does; 全国, 本市 stand for the place)
        counted = count.quantity.counted_simplified if count.quantity else ""
        if counts_itself(text[count.start : count.end], counted):
            return False
        if any(o[0] == spot[0] and o[1] > spot[1] and o[2].label is Label.ORGANIZATION
               for o in map(spots.__getitem__, self.starting_in(spot[0], spot[0] + 1))):
            return False  # (澳洲计算机公会: the organisation's name, left as it was)
        return describes_noun(text, spot[1], counted)

    def previous_subject(self, sentence_start: int, count: Mention | None = None) -> tuple[int, int, Mention] | None:
        """The organisation an earlier sentence of the paragraph opens with, when the sentences after it
        (up to this one) name no holder: a topic goes on until another is named. A speaker is no topic, unless it
        speaks of itself and ``count`` is of what it has (长盛基金公告称，…。至此，长盛旗下全线9只开放式基金…)."""
        ctx, glued_lists, included, sentence_breaks, spots, text = (
            self.ctx, self.glued_lists, self.included, self.sentence_breaks, self.spots, self.text)
        lo = sentence_start
        again: object | None = None  # the one holder a sentence in between named, not as its subject
        for _ in range(_TOPIC_SENTENCES):
            if sentence_start == 0 or text[sentence_start - 1] == "\n":
                return None
            k = bisect_right(sentence_breaks, sentence_start - 1) - 1
            previous = sentence_breaks[k] if k >= 0 else 0
            named = [s for s in map(spots.__getitem__, self.starting_in(previous, sentence_start)) if previous <= s[0] < sentence_start]
            if named and again is not None:
                # 全国已建立…自然保护区2538个。其中，…分别占全国…总数。有28处自然保护区…: a sentence naming the topic
                # again, not as its subject, goes on with it
                first = next((s for s in named if self.opens_clause(s[0], previous)), None)
                return first if first is not None and _identity(ctx, first[2]) == again else None
            if named:
                openers = [s for s in named if self.opens_clause(s[0], previous)
                           and (not _speaks(text, s[0], s[1]) or self.self_reported(s, lo, count, things=False))
                           # (an item of a list glued to its count or closed by 在内 is one of the things counted:
                           # 恒大地产在内的5家公司…。总共有5家公司… is no 恒大's)
                           and not self.lists_holders(s) and not any(a <= s[0] < b for a, b in glued_lists + included)
                           and (
                    s[2].label is Label.ORGANIZATION
                    or (s[2].label is Label.PLACE and not text.startswith(_NOT_TOPIC_AFTER, s[1])
                        # 京城街头…, 美国高校…: a place describing a noun is no topic of the sentences after it
                        and (count is None or not self.describes(s, count))))]
                # (a place opening an organisation's name is part of that name: 新加坡航空…。上季共接载500万名乘客 is the
                # airline's, not 新加坡's; a body speaking keeps its place the topic: 澳门特区政府卫生局8日表示，…; owners110)
                openers = [s for s in openers if not any(o[0] == s[0] and o[1] > s[1] and not _SAID_AFTER.match(text, o[1])
                                                         for o in openers)]
                first = next((s for s in openers if self.opens_clause(s[0], previous, sentence=True)), None)
                if first is not None:  # 南昌市东湖区…: the district (counts295)
                    first = _chained_place(first, named)
                if first or openers:
                    return first or openers[-1]
                ids = {_identity(ctx, s[2]) for s in named}
                if len(ids) != 1 or any(s[2].extractor != MentionSource.DEIXIS for s in named):
                    return None  # (only 全国, 本市 and kin: a name said again is often a new topic's)
                again = ids.pop()
            sentence_start = previous
        return None

    def document_topic(self) -> tuple[int, int, Mention] | None:
        """The holder the whole document is about: the first one it names, when it names it at least
        ``_TOPIC_TIMES`` times and no other as often (2025年中国完成水利建设投资… with 中国 named most). None when
        another holder is named as often or more, or the first is named in passing (金钟巴士站 of a crime report,
        twice) or is a time zone's place (北京时间); holders derived from a common noun (行政村 of a headline's
        90%行政村通5G) are neither the first nor counted; owners193. A division above a first place (芜湖市 of a
        鸠江区 report, named in its titles: 芜湖名班主任) is no other topic (counts218). A headline's subject is the topic
        however seldom the body names it again, when no other holder is named as often (锅圈(2517.HK)：三季度收入…¶…
        第三季度新增门店361家: :func:`_headline_subject`, counts224)."""
        if self.topic_of_document is not None:
            return self.topic_of_document or None
        ctx, spots, text = self.ctx, self.spots, self.text
        # (a holder derived from a common noun, 行政村 of 每10个行政村, is what is counted, never what a text is about)
        # (an event written with its session, 第十五届全国运动会, is named, not derived from a common noun: counts287)
        editions = {_identity(ctx, s[2]) for s in spots if s[2].extractor == DERIVED and NUMBERED_TERM.match(s[2].simplified)}
        named_spots = [s for s in spots if s[2].extractor != DERIVED or _identity(ctx, s[2]) in editions]
        named = Counter(_identity(ctx, s[2]) for s in named_spots)
        # (全国, 全市 say a story's scope: only a rival's names count against the first holder; counts287)
        rivals = Counter(_identity(ctx, s[2]) for s in named_spots if s[2].extractor != MentionSource.DEIXIS)
        # (the source a report opens with, 据X消息, is no topic: counts287)
        first = min((s for s in named_spots if not text.endswith(_SOURCE_BEFORE, 0, s[0])),
                    key=lambda s: (s[0], -s[1]), default=None)
        # (a digest's subject, named once, whatever its headline names: 文章核心观点 - 兰州市城关区…, the district a
        # city chains; counts295)
        opening = digest_opening(text)
        digest = next((s for s in named_spots if s[0] == opening), None) if opening is not None else None
        if digest is not None:
            first = next((s for s in named_spots if s[0] == digest[1] and s[2].label is Label.PLACE), digest)
        elif first is not None:  # 济南市槐荫区第十九届人民代表大会…: the district's report, not the city's (owners310)
            first = _chained_place(first, named_spots)
        topic: tuple[int, int, Mention] | tuple[()] = ()
        if first is not None and (first[2].label is Label.ORGANIZATION or (
                first[2].label is Label.PLACE and not text.startswith(_NOT_TOPIC_AFTER, first[1]))):
            times = named[_identity(ctx, first[2])]
            above = _divisions_above(first[2], spots, ctx) | _divisions_below(first[2], spots, ctx)
            if (times >= _TOPIC_TIMES or _headline_subject(text, first) or digest is not None) and all(
                    n < times + (digest is not None) for key, n in rivals.items()
                    if key != _identity(ctx, first[2]) and key not in above):
                topic = first
        if not topic:
            topic = self.own_place(named, rivals) or ()
        self.topic_of_document = topic
        return topic or None

    def topic_carried(self, sentence_start: int, count: Mention) -> tuple[int, int, Mention] | None:
        """The document's topic (:meth:`document_topic`) for ``count`` in a sentence naming no holder that opens a
        paragraph, where no earlier sentence's topic carries (:meth:`previous_subject`): 2025年中国完成水利建设投资…
        ¶ 陈敏表示，“十四五”期间，181项重大水利工程开工建设 -> 中国. Inside a paragraph only as
        :meth:`inside_paragraph_carries` allows (a text of several paragraphs, no holder after the count; owners200);
        None when a person the sentence names before the count, not speaking, is what it is about (张伟是…，他家附近有3个
        公园; 陈敏表示，… is a speaker), and when the count writes the topic's name (过万颗施华洛世奇元素: what is
        counted)."""
        ctx, text = self.ctx, self.text
        topic = self.document_topic()
        if topic is None or sentence_start <= topic[0] or text[topic[0] : topic[1]] in text[count.start : count.end]:
            return None
        if text[sentence_start - 1] != "\n" and not (self.inside_paragraph_carries(count, topic) or self.own_report(topic)):
            return None
        if any(m.label is Label.PERSON and sentence_start <= m.start < count.start and not _speaks(text, m.start, m.end)
               for m in ctx.mentions):
            return None
        return topic

    def own_place(self, named: Counter, rivals: Counter) -> tuple[int, int, Mention] | None:
        """The place the text speaks of as the writer's own in its opening (2025年我县取得了哪些成绩: 我县, 我市, 本县;
        not the country's 我国, nor a 我市 deep in a story about another city), its first naming, when the text names
        it ``_TOPIC_TIMES`` times (its deixis too) and no other holder as often: a place's report of its year is about
        it, whatever body it opens with (县十八届人大五次会议开幕; counts303)."""
        ctx = self.ctx
        own = next((_identity(ctx, s[2]) for s in self.spots if s[0] < _OWN_OPENING and _speaks_as_own(s[2])), None)
        times = named[own] if own is not None else 0
        if times < _TOPIC_TIMES or any(n >= times for key, n in rivals.items() if key != own):
            return None
        return min((s for s in self.spots if _identity(ctx, s[2]) == own), key=lambda s: (s[0], -s[1]))

    def own_report(self, topic: tuple[int, int, Mention]) -> bool:
        """Whether the text speaks of its topic, a place, as the writer's own (我县 standing for it): a place's report of
        its year, whose points (13个基层预警指挥服务站建成投用;) are its own however long its one paragraph runs on
        (counts303)."""
        ctx = self.ctx
        return topic[2].label is Label.PLACE and any(
            s[0] < _OWN_OPENING and _speaks_as_own(s[2]) and _identity(ctx, s[2]) == _identity(ctx, topic[2])
            for s in self.spots)

    def inside_paragraph_carries(self, count: Mention, topic: tuple[int, int, Mention]) -> bool:
        """Whether the document's topic carries to ``count`` in a sentence inside a paragraph: only in a text of
        several paragraphs (a one-paragraph text, as THUCNews rows are, moves on within it: 两种极端, 三场比赛), and
        when the count's sentence names no holder after the count either (是次共接獲8份標書，除信置夥拍鷹君財團外，入標
        發展商包括…: the sentence is about the bidders it names). owners200. The ``topic`` itself named after the count
        (…，新增托育机构12家，…，全区备案托育机构增至58家) says the sentence is still about it (owners310)."""
        text, sentence_breaks = self.text, self.sentence_breaks
        if "\n" not in text.strip():
            return False
        k = bisect_right(sentence_breaks, count.end)
        sentence_end = sentence_breaks[k] if k < len(sentence_breaks) else len(text)
        return not self.names_holder(count.end, sentence_end, but=_identity(self.ctx, topic[2]))

    def far_place(self, found: tuple[int, int, Mention] | None, clause_start: int) -> tuple[int, int, Mention] | None:
        """An earlier clause's holder, unless it is a place more than ``_CARRY_CLAUSES`` clauses before the count's
        clause (a run-on sentence has moved on from it); an organisation and a place standing for 全国 or 本市 still
        carry."""
        breaks = self.breaks
        if found is None or found[2].label is not Label.PLACE or found[2].extractor == MentionSource.DEIXIS:
            return found
        between = bisect_right(breaks, clause_start) - bisect_right(breaks, found[0])
        return None if between > _CARRY_CLAUSES else found

    def foreign_members(self, count: Mention) -> bool:
        """Whether the members counted are said to be of a country (其中中国留学生为7.4292万人, 500名日本学生): a
        nation's students, no one university's (国际学生 at a university named before are still its own)."""
        place_ends, text = self.place_ends, self.text
        full = to_simplified(count.quantity.counted_full) if count.quantity else ""
        at = text.find(full, count.start, count.end) if full else -1
        at = count.start if at < 0 else at
        return at in place_ends or count.start in place_ends  # (count.start <= at)

    def body_endings(self, count: Mention) -> tuple[str, ...] | None:
        """How the name of a body whose members ``count`` counts ends (学生: 大学, 学院…; 捕手: 队), or None when it
        counts no members (owners158: the posts of a team's players, and the noun before a bare count of people)."""
        thing = _members_counted(self.text, count)
        return next((ends for members, ends in _MEMBERS_OF if thing.endswith(members)), None)

    def members_elsewhere(self, found: tuple[int, int, Mention], count: Mention,
                          clause_start: int) -> tuple[int, int, Mention]:
        """``found``, or the body of the members' kind named before ``count`` (:meth:`member_body`) when ``found`` is
        carried from another clause and names members of its own there (中职球员则有…): a body glued before its
        members' noun says whose those members are, not whose the members of another count are (中华队…。内野手7人为…，
        中职球员则有…；外野手4人有… -> 中华队, owners158)."""
        text = self.text
        if (found[2].label is not Label.ORGANIZATION or clause_start <= found[0] < count.start
                or not text.startswith(_MEMBER_KINDS, found[1])):
            return found
        endings = self.body_endings(count)
        if endings is None or found[2].name.endswith(endings):
            return found
        return self.member_body(count) or found

    def people_counted_before(self, sentence_start: int, count: Mention) -> tuple[int, int, Mention] | None:
        """The owner of the last count of people in the few sentences before ``sentence_start`` when ``count`` counts
        people too: the whole a sentence opening on 其中 takes its part from (在运动员中，有223人…，当中包括42名奥运会冠军。
        马龙…赢得五枚金牌。其中三名田径女选手… -> the 42's holder, not the medals'; counts206); None when there is none
        or it has no owner."""
        if not counts_people(count):
            return None
        k = bisect_right(self.sentence_breaks, sentence_start - 1) - self.whole_sentences
        lo = self.sentence_breaks[k] if k >= 0 else 0
        last = next((c for c in reversed(self.counts) if lo <= c.start and c.end <= sentence_start and counts_people(c)),
                    None)
        return self.owned.get(last.end) if last is not None else None

    def people_counted_earlier(self, sentence_start: int, count: Mention) -> tuple[int, int, Mention] | None:
        """The organisation owning the last count of people before ``count`` in its sentence, named in that count's
        own clause, when no holder is named between the two (民建联派出26人出战，最终有20人当选 -> 民建联; counts211);
        None when there is none, it has no owner, its owner is a place (a place's people are no body's members) or
        was carried from another clause (…小队人员…巡逻，其间发现3名男子…，3人…逃跑: the men are no one's), or a
        holder stands between."""
        last = next((c for c in reversed(self.counts) if sentence_start <= c.start and c.end <= count.start
                     and counts_people(c)), None)
        found = self.owned.get(last.end) if last is not None else None
        if found is None or found[2].label is not Label.ORGANIZATION:
            return None
        k = bisect_right(self.breaks, last.start) - 1
        # (people a body sent, 另一政团工联会，…，派出16人名单出战，当中7人争连任: its own, read across clauses; counts258)
        if found[0] < (self.breaks[k] if k >= 0 and self.breaks[k] <= last.start else 0) \
                and not sent_before(self.text, last, sentence_start):
            return None
        if any(last.end <= s[0] < count.start for s in map(self.spots.__getitem__, self.starting_in(last.end, count.start))):
            return None
        return found

    def past_whole_glued(self, found: tuple[int, int, Mention] | None, count: Mention, clause_start: int,
                         sentence_start: int, crowd: bool) -> tuple[int, int, Mention] | None:
        """``found``, or, when it is 全国 (a 全X deixis) carried from an earlier clause and glued to that clause's count
        inside its predicate (涵盖全国73个代表单位，37个代表团…), the holder before it (中国贸促会牵头审批全国70家组展单位…，
        参展企业4.77万家 -> 中国贸促会; none for a crowd): such a 全国 says where that count's things are, as 我国 there does,
        and is no topic of a later clause. Opening its clause it is that clause's subject and stays (调查过，全国860万户，…
        现在1000万户; counts211)."""
        if (found is None or found[2].extractor != MentionSource.DEIXIS or not self.text.startswith(_WHOLE, found[0])
                or found[0] >= clause_start or found[1] not in self.counts_at or self.opens_clause(found[0], sentence_start)):
            return found
        return None if crowd else self.far_place(self.owner_between(sentence_start, found[0], count.start, carried=True),
                                                 clause_start)

    def member_body(self, count: Mention) -> tuple[int, int, Mention] | None:
        """The body a count of its members belongs to when its sentence names no holder: the last
        organisation before it whose name ends as that kind of body does (学生 of 湖南大学, 球员 of a 队; the posts
        of a team's players and the members' noun before a bare count of people, 捕手3人, 员工5000人: owners158)."""
        ends, spots = self.ends, self.spots
        endings = self.body_endings(count)
        if endings is None or self.foreign_members(count):
            return None
        # the last such spot ending by the count: spots are sorted by their ends
        bodies = [spots[i] for i in reversed(range(bisect_right(ends, count.start)))
                  if spots[i][2].label is Label.ORGANIZATION and (spots[i][2].name.endswith(endings) or (
                      endings == _TEAM_ENDINGS and self.is_team(spots[i][2])))]  # 切尔西's 球员 (counts249)
        if endings == _DELEGATIONS and len({b[2].name for b in bodies}) > 1:
            return None  # 香港代表团…澳门代表团…。14253名运动员: a games' athletes, no one delegation's (counts236)
        return bodies[0] if bodies else None

    def is_team(self, holder: Mention) -> bool:
        """Whether ``holder`` is a team however its name ends: read by the team extractor, written with its record, or a
        team's own word of ``teams.tsv`` (湖人)."""
        return (holder in self.team_set or holder.extractor == MentionSource.ORG_TEAM
                or holder.name in self.ctx.lexicon.teams)

    def body_at(self, count: Mention) -> tuple[int, int, Mention] | None:
        """The body of their kind that members counted are at, after 在 in their clause (上百名华裔学生在洛杉矶…按摩学院
        抗议 -> the school): theirs, when nothing before them in the clause owns them."""
        spots, text = self.spots, self.text
        endings = self.body_endings(count)
        if endings is None or not text.startswith(_FRAME, count.end):
            return None
        close = CLAUSE_BREAK.search(text, count.end)
        limit = close.start() if close else len(text)
        return next((s for s in spots if count.end < s[0] and s[1] <= limit and s[2].label is Label.ORGANIZATION
                     and s[2].name.endswith(endings)), None)

    def body_come_from(self, count: Mention) -> tuple[int, int, Mention] | None:
        """The organisation people counted come from, written right after them (当中38人来自民建联、16人来自工联会 ->
        民建联, 工联会): its members, counted by the body they come from (counts206); None for a place (来自广东: where
        they come from, no owner), a list of bodies (12人来自新民党及经民联等: no one body's) or a count of no people."""
        text, spots = self.text, self.spots
        m = _COME_FROM.match(text, count.end)
        if m is None or not counts_people(count):
            return None
        body = next((s for s in map(spots.__getitem__, self.starting_in(m.end(), m.end() + 1))
                     if s[0] == m.end() and s[2].label is Label.ORGANIZATION), None)
        if body is None or text.startswith("等", body[1]):
            return None
        link = _LIST_LINK_AFTER.match(text, body[1])
        if link is not None and any(s[0] == link.end() for s in map(spots.__getitem__,
                                                                     self.starting_in(link.end(), link.end() + 1))):
            return None  # 来自新民党及经民联: a list of bodies
        return body

    def described(self, count: Mention, clause_start: int) -> tuple[int, int, Mention] | None:
        """The holder right after a 的-clause holding the count, which it describes (只有7人上场的火箭坐镇主场 -> 火箭;
        拥有300名员工的华为公司): not a count of countries or teams (来自10个国家的代表团: where they come from), nor a
        thing of the count's own before 的 (5家银行的总行: a verb must come between, or 拥有/有 before the count)."""
        spots, text = self.spots, self.text
        counted = count.quantity.counted_simplified if count.quantity else ""
        if counted in _COUNTRIES_COUNTED or _TEAMS_COUNTED.fullmatch(counted):
            return None
        m = _DESCRIBING.match(text, count.end)
        if m is None or (m.end() - count.end == 1 and not text.endswith(_HAVING, clause_start, count.start)):
            return None
        if text.startswith(_LIST_LINKS, count.end) or any(count.end <= s[0] < m.end()
                                                          for s in map(spots.__getitem__, self.starting_in(count.end, m.end()))):
            return None  # 全球15所大学与安生基金会的剑桥大学…项目: another holder's, or a list's, 的
        return next((s for s in map(spots.__getitem__, self.starting_in(m.end(), m.end() + 1))
                     if s[0] == m.end() and not _speaks(text, s[0], s[1])), None)

    def event_attended(self, count: Mention, clause_start: int) -> tuple[int, int, Mention] | None:
        """The event those counted take part in (200多名高手将参加15个项目的比赛), the last the document names before
        them, when their clause says they take part in a contest or an event."""
        spots, text = self.spots, self.text
        if _EVENT_OF_CLAUSE.search(count.quantity.counted_simplified if count.quantity else ""):
            return None  # 出席这两个会议后: the events are what is counted
        close = CLAUSE_BREAK.search(text, count.end)
        clause = text[clause_start : close.start() if close else len(text)]
        verb = _TAKE_PART.search(clause)
        if verb is None or _EVENT_OF_CLAUSE.search(clause, verb.end()) is None:
            return None
        events = [s for s in spots if s[1] <= count.start and _EVENT_END.search(s[2].name)
                  and s[2].label is Label.ORGANIZATION]
        return max(events, key=lambda s: s[1]) if events else None

    def lists_before(self, count: Mention) -> bool:
        """Whether the count names the category of a 包括…在内 list right before it, in its sentence and with
        no other count between (包括工银瑞信、南方和鹏华在内的四家基金公司; …在内,今年以来共有13只债基)."""
        counts, included, text = self.counts, self.included, self.text
        end = max((e for s, e in included if e <= count.start), default=-1)
        gap = text[end : count.start]
        return (end >= 0 and len(gap) <= _LIST_GAP and _SENTENCE_BREAK.search(gap) is None
                and not any(end <= c.start < count.start for c in counts))

    def record_section(self, count: Mention) -> tuple[int, int, Mention] | None:
        """The team whose record (雷霆(55-27)) is written last before the count in its paragraph: a game report's
        section about that team."""
        records, spots, text = self.records, self.spots, self.text
        at = max((r for r in records if r < count.start and "\n" not in text[r : count.start]), default=-1)
        return next((s for s in map(spots.__getitem__, self.starting_in(at, at + 1))
                     if s[0] == at and (s[2].extractor == DERIVED or s[2].label is Label.ORGANIZATION)), None) if at >= 0 else None

    def names_holder(self, lo: int, hi: int, *, but: object = None) -> bool:
        """Whether a holder is named in ``[lo, hi)``, other than a place where the counted spread or gather
        (遍布全国, 齐聚温哥华会议中心) or come from (运动员分别来自全国25个省…，有12名少数民族运动员: counts295): such a
        sentence still goes on with the topic before it; nor the holder ``but`` (an identity), when given."""
        spots, text = self.spots, self.text
        return any(lo <= s[0] < hi and not (s[2].label is Label.PLACE and text.endswith(_SPREAD_BEFORE + _ORIGIN_BEFORE, 0, s[0]))
                   and (but is None or _identity(self.ctx, s[2]) != but)
                   for s in map(spots.__getitem__, self.starting_in(lo, hi)))

    def listed_of(self, found: tuple[int, int, Mention], count: Mention, clause_start: int) -> bool:
        """Whether the organisation of ``found`` closes a list of three or more (after 、/和/及, a 、 before it in the
        clause) glued by 的 to a count (…、解放军和武警部队的近万名团员青年): one of the bodies the counted come from, no
        owner of them all (与喇叭联校的10名学生 is a partner's, left as it was)."""
        text = self.text
        return (found[2].label is Label.ORGANIZATION and text[found[1] : count.start] == _OF
                and text.endswith(_LIST_CLOSING, 0, found[0]) and "、" in text[clause_start : found[0]])

    def names_subject(self, among: int, hi: int) -> bool:
        """Whether the clauses from 其中 (at ``among``) up to ``hi`` name a holder of their own: an organisation, or a
        place opening a clause or right after 其中 (其中北京有…); a place inside a predicate (其中1.2万人进入邻国阿尔巴尼亚，
        另有8000余人…) is where the parts go, and the parts still share the whole's holder (owners43)."""
        spots, text = self.spots, self.text
        return any(among <= s[0] < hi and not (s[2].label is Label.PLACE and text.endswith(_SPREAD_BEFORE, 0, s[0]))
                   and (s[2].label is not Label.PLACE or self.opens_clause(s[0], among)
                        or _AMONG_OPENING.fullmatch(text, among, s[0]) is not None)
                   for s in map(spots.__getitem__, self.starting_in(among, hi)))

    def names_of(self, holder: Mention) -> list[str]:
        """Every name the document gives ``holder``'s entity (恒大 and 恒大地产), and 公司 for a state body (a
        ministry or a regulator is no owner of the companies it rules on, as a company is none of its peers)."""
        ctx, entity_names = self.ctx, self.entity_names
        if not entity_names:
            for m in ctx.mentions:
                if m.label is Label.ORGANIZATION and m in ctx.owner:
                    entity_names.setdefault(ctx.owner[m], {})[m.name] = None
        names = [holder.name, *entity_names.get(ctx.owner.get(holder, ""), {})]
        ruling = holder.extractor == MentionSource.ORG_STATE_BODY or holder.name.endswith(_RULING_ENDINGS)
        return names + ["公司"] if ruling else names

    def said_apart(self, found: tuple[int, int, Mention], count: Mention) -> bool:
        """Whether ``count`` stands inside a quotation still open that a person named in a later clause than
        ``found`` opens after a colon (在火箭队和上海队的感觉有什么区别，姚明表示：“这是两种生活环境…): the speaker's words,
        not the holder's count (owners110). A speaker glued to the holder (火箭队主教练X表示：“…) speaks for it: kept."""
        text = self.text
        at = max((text.rfind(q, found[1], count.start) for q in _QUOTE_OPENERS), default=-1)
        if at < 1 or text[at - 1] not in "：:" or _QUOTE_OPENERS[text[at]] in text[at : count.start]:
            return False
        return any(m.label is Label.PERSON and found[1] <= m.start and m.end <= at
                   and CLAUSE_BREAK.search(text, found[1], m.start) for m in self.ctx.mentions)

    def said_place(self, holder: Mention) -> bool:
        """Whether the text says what place ``holder`` is, right after one of its mentions (洛恩是瑞士的城镇, 托尔斯港位于
        法罗群岛南部): a real place, though only the recogniser reads it, that owns its counts (its population, 人口46),
        unlike a name misread as a place (owners116).

        >>> from types import SimpleNamespace
        >>> text = "洛恩是瑞士的城镇，2011年人口46。"
        >>> place = Mention("d", 0, 2, "洛恩", "洛恩", Label.PLACE, "crf")
        >>> reader = _ClauseReaders()
        >>> reader.text, reader.ctx = text, SimpleNamespace(mentions=[place])
        >>> reader.said_place(place), _PLACE_SAID.match("是著名的英灵，", 0) is None
        (True, True)
        """
        text = self.text
        return any(m.label is Label.PLACE and m.simplified == holder.simplified and _PLACE_SAID.match(text, m.end)
                   for m in self.ctx.mentions)

    def owns_nothing(self, count: Mention) -> bool:
        """Whether ``count`` counts what no holder has: a person's kin (炸死了萨达姆的两个儿子), a creature's limbs (四条腿,
        counts287), or 两家 alone standing for the two bodies just named (宜家与尚屋…，两家的针对群体不一样: both's, as 两国 is), owners116."""
        return ((count.quantity.counted_simplified if count.quantity else "") in _KIN_COUNTED | _LIMBS_COUNTED
                or (count.end - count.start == 2 and _BOTH_BODIES.match(self.text, count.start) is not None))

    def no_one_of(self, found: tuple[int, int, Mention], count: Mention, clause_start: int) -> bool:
        """Whether ``found``, the holder of ``count``'s clause, rules out any owner: the last of places listed as the
        clause's subject (:meth:`shared_by_list`) or a country naming its people (:meth:`names_people`), owners116."""
        return self.shared_by_list(found, count, clause_start) or self.names_people(found)

    def shared_by_list(self, found: tuple[int, int, Mention], count: Mention, clause_start: int) -> bool:
        """Whether ``found`` is the last of places listed as the subject opening ``count``'s clause, glued to the
        count (美国疾病控制与预防中心…表示，加州及德州已有7人确诊): the count is what they have together or each, no one
        place's (owners116)."""
        text, spots = self.text, self.spots
        if (found[2].label is not Label.PLACE or found[0] < clause_start
                or not _SHARED_GAP.fullmatch(text, found[1], count.start)):
            return False
        first = found
        while True:
            link = _PLACE_LINK.search(text, max(clause_start, first[0] - 2), first[0])
            before = None if link is None else next(
                (s for s in map(spots.__getitem__, self.starting_in(clause_start, link.start()))
                 if s[1] == link.start() and s[2].label is Label.PLACE and s[0] >= clause_start), None)
            if before is None:
                break
            first = before
        return first is not found and _SUBJECT_OPENING.fullmatch(text, clause_start, first[0]) is not None

    def names_people(self, found: tuple[int, int, Mention]) -> bool:
        """Whether ``found`` is a country glued before 人, naming its people (西班牙人已经在岛上建立了15座城市): a
        nationality, no owner of what they do (owners116)."""
        holder = found[2]
        return (holder.label is Label.PLACE and is_country_code(holder.code or "")
                and _PEOPLE_OF.match(self.text, found[1]) is not None)

    def glued_whole(self, found: tuple[int, int, Mention] | None) -> tuple[int, int, Mention] | None:
        """``found``, or the country glued right before it when ``found`` is a deixis of a whole (日本全国共有3000所
        大学, 美国全国: the whole of Japan, not the country 全国 stands for elsewhere, owners116)."""
        if found is None or found[2].extractor != MentionSource.DEIXIS:
            return found
        spots = self.spots
        return next((s for s in map(spots.__getitem__, self.starting_in(max(0, found[0] - self.longest_spot), found[0]))
                     if s[1] == found[0] and s[0] < found[0] and s[2].label is Label.PLACE
                     and s[2].extractor != MentionSource.DEIXIS and is_country_code(s[2].code or "")), found)

    def acting_subject(self, clause_start: int, found: tuple[int, int, Mention] | None) -> tuple[int, int, Mention] | None:
        """``found``, or the organisation opening the clause when ``found`` is a place right after a verb of taking or
        closing that the organisation does (绿城集团以61亿元总价连拿苏州两个地王: 绿城集团's plots, not 苏州's), with no
        person, speech or other holder between (owners110)."""
        text, spots = self.text, self.spots
        if found is None or found[2].label is not Label.PLACE or found[2].extractor == MentionSource.DEIXIS:
            return found
        at = self.chain_start(found)
        if not _TAKES.search(text, clause_start, at):
            return found
        between = [s for s in map(spots.__getitem__, self.starting_in(clause_start, at)) if clause_start <= s[0] < at]
        subject = min(between, key=lambda s: (s[0], -s[1]), default=None)
        if (subject is None or subject[2].label is not Label.ORGANIZATION or subject[0] > clause_start + 2
                or any(s[0] >= subject[1] for s in between) or _speaks(text, subject[0], subject[1])
                or any(m.label is Label.PERSON and subject[1] <= m.start < at for m in self.ctx.mentions)):
            return found
        return subject
