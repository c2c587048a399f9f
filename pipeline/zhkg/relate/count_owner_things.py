"""Holders that are what a count counts, not who has it (session 54, counts258).

* A lone classifier borrows its noun from the list it closes (跨国公司地区总部、外资研发中心累计分别达到1042家和605家:
  605家 counts 外资研发中心). When a name read as an organisation is that very noun, written before the count outside its
  span, it is a kind of thing counted, not a body: it owns nothing, and the count's owner is read as though its clause
  named no holder (the city of the report, 上海, for 605家). A name inside the count's own span was already what it
  counts (七个本科生学院, :mod:`zhkg.relate.count_counted`).

* A count joined to the count right before it by a conjunction alone (…分别达到1042家和605家, 3所和5所, 120席、80席)
  is a second figure of the same sentence part: it has the owner the first one has (:func:`joined_count`).

* Organisations listed right before 分别 (民建联和工联会分别取得20席和7席, 台积电和联电分别招募了1万名和3000名员工) own
  the counts after it in the clause in turn, the first the first count, when there are as many counts as holders
  (:func:`respective_owner`); else the clause is read as before. Not places: so listed, on the web set's check half,
  they gained no owner and gave two counts the gold leaves ownerless an owner, so places are read as before.

* People counted after a body's people sent (派出16人名单出战，当中7人争连任，…只得两人当选) are a part of those sent:
  the body that sent them, read in an earlier clause of the sentence, owns them too (:func:`sent_before`, used by
  :meth:`zhkg.relate.count_owner_clauses._ClauseReaders.people_counted_earlier`).

* The great N of a body's own plan (提出5大方针, 推出十大措施) is the body's when the body opens a clause of the count's
  sentence and the count's clause opens with its verb, naming no subject of its own (腾讯今日举行记者会，提出5大方针;
  足总主席…分享来年发展方向，提出…6大方针): the epithet rule of owners138 kept such a count from every holder before its
  clause (:func:`own_plan`); so is a list of things closed by 等 before the count in such a clause (提出包括代表队、青训发展
  等6大方针: the list says what the six are, and no holder of the clause owns them), the body then being the last
  organisation opening a clause of the sentence before the count's (:func:`verb_clause_subject`).

* A league's teams are the league's (港超今季共有11支球队, 中华职棒共有6支球队, NBA共有30支球队): teams counted are no
  one team's (两队), but a league is no team (:func:`is_league`, by the word ending its name).

* A house or a league written as its place and its word, where no extractor names it (新北市议会共有66席, 日本职棒共有12
  支球队), is a derived holder of the place's name and that word (:func:`place_houses`): the place alone read there was
  the owner, a place for the body.

Caveats: the name must be the whole counted phrase (a body that only ends in the counted head, 北京大学 for 3所大学, is
still a holder), and an organisation only (a place of a list is left to the other rules).
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention
from zhkg.relate.base import DERIVED, RelationContext
from zhkg.relate.count_owner_kinds import _SENT, _SENT_REACH
from zhkg.relate.count_subject import _opens_with_verb
from zhkg.relate.count_votes import _PEOPLE_JOIN, Spot
from zhkg.stages.normalise import to_simplified

__all__ = ["counted_holder", "joined_count", "is_league", "own_plan", "place_houses", "respective_owner", "sent_before", "verb_clause_subject"]

#: what alone may join two counts of one sentence part (1042家和605家)
_JOINING = _PEOPLE_JOIN | {"或"}
#: 分别 (each in turn), and what may stand between the list and it: a time word, an adverb (今届, 去年, 则, 也)
_EACH = re.compile(r"分别|分別|各自")
_RESPECTIVELY = re.compile(r"[^\s，,。；;：:！？!?、“”「」《》()（）]{0,4}?(?:分别|分別|各自)")
#: what alone may join two holders of the list (民建联和工联会, 北京、上海及广州)
_LIST_JOIN = _PEOPLE_JOIN | {"同"}
#: the words ending a league's name (Simplified): 港超联赛, 中华职棒, 台湾职业篮球联盟; 英超, 西甲 (a region's letter
#: and the division); and the leagues known by Latin capitals
_LEAGUE_ENDINGS = ("联赛", "联盟", "职棒", "职篮", "职足", "超", "甲", "乙")
_LATIN_LEAGUES = frozenset({"NBA", "WNBA", "CBA", "MLB", "NFL", "NHL", "MLS", "NPB", "KBO", "CPBL", "PLG", "SBL", "UBA"})
#: the words a house or a league is written with right after its place (新北市|议会, 日本|职棒), Simplified
_HOUSE_AFTER_PLACE = re.compile(r"(?:议会|职棒|职篮|足球联赛|职业联赛)")
_SHORTEST = 2  # letters of the counted phrase: a one-letter head (家, 所) names no kind of thing a body could be


def counted_holder(holder: Mention, count: Mention, text: str) -> bool:
    """Whether ``holder`` is the thing ``count`` counts: an organisation written before the count, outside its span,
    whose name is the count's whole counted phrase, a noun the count borrows and does not write itself (605家 of
    …外资研发中心累计分别达到1042家和605家).

    >>> from zhkg.records import MentionSource, Quantity
    >>> text = "外资研发中心分别达到1042家和605家"
    >>> centre = Mention("d", 0, 6, "外资研发中心", "外资研发中心", Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> q = Quantity(605, "中心", "中心", "家", counted_full="外资研发中心")
    >>> count = Mention("d", 17, 21, "605家", "605家", Label.COUNT, MentionSource.COUNT_GRAMMAR, quantity=q)
    >>> counted_holder(centre, count, text)
    True
    >>> school = Mention("d", 0, 4, "北京大学", "北京大学", Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> counted_holder(school, Mention("d", 5, 8, "3所大学", "3所大学", Label.COUNT, MentionSource.COUNT_GRAMMAR,
    ...                quantity=Quantity(3, "大学", "大学", "所", counted_full="大学")), "北京大学有3所大学")
    False
    """
    if holder.label is not Label.ORGANIZATION or count.quantity is None or holder.end > count.start:
        return False
    full = to_simplified(count.quantity.counted_full)
    if len(full) < _SHORTEST or full in to_simplified(text[count.start : count.end]):
        return False
    return to_simplified(holder.simplified) == full


def joined_count(text: str, count: Mention, owned: dict[int, tuple[int, int, Mention]], clause_start: int) -> int | None:
    """The end of the count right before ``count`` when only a conjunction joins them and its owner, read from an
    earlier clause or sentence (``owned``: owners' spots by their counts' ends), is named before ``clause_start``:
    ``count`` is a second figure of the same part of the sentence (…。…分别达到1042家和605家), whose owner is the
    first's; None otherwise. Holders listed in the clause itself are left to share the figures out (民建联和工联会分别
    取得20席和7席).

    >>> city = Mention("d", 0, 2, "上海", "上海", Label.PLACE, "x")
    >>> text = "上海。分别达到1042家和605家"
    >>> joined_count(text, Mention("d", 13, 17, "605家", "605家", Label.COUNT, "x"), {12: (0, 2, city)}, 3)
    12
    >>> joined_count(text, Mention("d", 13, 17, "605家", "605家", Label.COUNT, "x"), {12: (0, 2, city)}, 0) is None
    True
    """
    for join in _JOINING:
        end = count.start - len(join)
        if end > 0 and text.startswith(join, end) and end in owned and owned[end][0] < clause_start:
            return end
    return None



def respective_owner(text: str, count: Mention, clause_start: int, clause_end: int, spots: list[Spot],
                     counts: list[Mention]) -> Spot | None:
    """The holder of ``count`` when organisations listed right before 分别 in its clause (``clause_start``..``clause_end``)
    own the counts after it in turn (民建联和工联会分别取得20席和7席 -> 7席 is 工联会's): the k-th holder the k-th
    count, when the list has as many holders as the clause has counts after 分别; None otherwise. ``spots`` are the
    document's holders (start, end, mention), ``counts`` its counts.

    >>> text = "民建联和工联会分别取得20席和7席"
    >>> ms = [Mention("d", 0, 3, "民建联", "民建联", Label.ORGANIZATION, "x"), Mention("d", 4, 7, "工联会", "工联会", Label.ORGANIZATION, "x")]
    >>> spots = [(m.start, m.end, m) for m in ms]
    >>> counts = [Mention("d", 11, 14, "20席", "20席", Label.COUNT, "x"), Mention("d", 15, 17, "7席", "7席", Label.COUNT, "x")]
    >>> [respective_owner(text, c, 0, len(text), spots, counts)[2].name for c in counts]
    ['民建联', '工联会']
    >>> respective_owner(text, counts[1], 0, len(text), spots[1:], counts) is None
    True
    """
    word = next((w for w in _EACH.finditer(text, clause_start, count.start)), None)
    if word is None:
        return None
    inside = [s for s in spots if clause_start <= s[0] and s[1] <= word.start()]
    # the outermost holders only (北京大学, not the 北京 it opens with), in text order
    outer = sorted({(s[0], s[1]): s for s in inside if not any(o[0] <= s[0] and s[1] <= o[1] and o[:2] != s[:2]
                                                               for o in inside)}.values(), key=lambda s: s[0])
    if len(outer) < 2 or not _RESPECTIVELY.fullmatch(text, outer[-1][1], word.end()):
        return None
    listed = [outer[-1]]
    for s in reversed(outer[:-1]):  # back from the last, while only a conjunction joins the holders
        if text[s[1] : listed[0][0]] not in _LIST_JOIN:
            break
        listed.insert(0, s)
    after = [c for c in counts if word.end() <= c.start and c.end <= clause_end]
    if len(listed) < 2 or len(after) != len(listed) or count not in after \
            or any(s[2].label is not Label.ORGANIZATION for s in listed):  # (no places: the module's notes)
        return None
    return listed[after.index(count)]


def sent_before(text: str, count: Mention, sentence_start: int) -> bool:
    """Whether ``count`` counts people a body sends or fields, a verb of sending right before it in its sentence (派出
    16人, 派4人): the body it was read for then owns the people counted after it in the sentence, its part.

    >>> text = "自由党派出10人名单出战，当中5人争连任。"
    >>> sent_before(text, Mention("d", 5, 8, "10人", "10人", Label.COUNT, "x"), 0)
    True
    >>> sent_before(text, Mention("d", 15, 17, "5人", "5人", Label.COUNT, "x"), 0)
    False
    """
    return _SENT.search(to_simplified(text[max(sentence_start, count.start - _SENT_REACH) : count.start])) is not None


def own_plan(text: str, holder: Spot, count: Mention, clause_start: int, opens_sentence_clause: bool) -> bool:
    """Whether the organisation of ``holder``, opening a clause of ``count``'s sentence (``opens_sentence_clause``),
    is the subject that does what ``count``'s clause says: that clause, from ``clause_start``, opens with its verb
    (提出5大方针, 推出十大措施). Such a great N is the body's own plan, not a class by its fame.

    >>> firm = Mention("d", 0, 2, "腾讯", "腾讯", Label.ORGANIZATION, "x")
    >>> count = Mention("d", 12, 16, "5大方针", "5大方针", Label.COUNT, "x")
    >>> own_plan("腾讯今日举行记者会，提出5大方针。", (0, 2, firm), count, 10, True)
    True
    >>> own_plan("腾讯今日举行记者会，报告有5大方针。", (0, 2, firm), count, 10, True)
    False
    """
    return (opens_sentence_clause and holder[2].label is Label.ORGANIZATION and holder[0] < clause_start
            and _opens_with_verb(to_simplified(text), clause_start, count.start))


def verb_clause_subject(text: str, count: Mention, clause_start: int, sentence_start: int, spots: list[Spot],
                        opens_clause) -> Spot | None:
    """The organisation that does what ``count``'s clause says when that clause opens with its verb (提出包括…等6大方针):
    the last holder of ``spots`` opening a clause of the sentence before the count's (``opens_clause(pos,
    sentence_start)``), when it is an organisation; None otherwise.

    >>> firm = Mention("d", 0, 2, "腾讯", "腾讯", Label.ORGANIZATION, "x")
    >>> text = "腾讯今日举行记者会，提出包括微信等两大平台。"
    >>> count = Mention("d", 17, 21, "两大平台", "两大平台", Label.COUNT, "x")
    >>> verb_clause_subject(text, count, 10, 0, [(0, 2, firm)], lambda pos, start: pos in (0, 10))[2].name
    '腾讯'
    """
    if clause_start <= sentence_start or not _opens_with_verb(to_simplified(text), clause_start, count.start):
        return None
    openers = [s for s in spots if sentence_start <= s[0] < clause_start and opens_clause(s[0], sentence_start)]
    last = max(openers, key=lambda s: (s[0], -s[1]), default=None)
    return last if last is not None and last[2].label is Label.ORGANIZATION else None


def is_league(holder: Mention) -> bool:
    """Whether ``holder`` is a sports league by its name (港超, 中华职棒, 台湾职业篮球联盟, NBA): the teams it counts are
    its own.

    >>> [is_league(Mention("d", 0, len(n), n, n, Label.ORGANIZATION, "x")) for n in ("港超", "中华职棒", "NBA", "湖人队")]
    [True, True, True, False]
    """
    name = to_simplified(holder.simplified or holder.text)
    return holder.label is Label.ORGANIZATION and (name.endswith(_LEAGUE_ENDINGS) or name.upper() in _LATIN_LEAGUES)


def place_houses(ctx: RelationContext) -> list[Spot]:
    """(start, end, body) of each house or league written as a place and its word (新北市议会, 日本职棒) where no
    organisation is named: an organisation derived there, named by the two.

    >>> from zhkg.records import Document
    >>> city = Mention("d", 0, 3, "新北市", "新北市", Label.PLACE, "x")
    >>> [s[2].name for s in place_houses(RelationContext(Document("d", "新北市议会共有66席"), [city], {}))]
    ['新北市议会']
    """
    text = ctx.simplified
    covered = ctx.covered((Label.ORGANIZATION,))
    out = []
    for m in ctx.mentions:
        word = _HOUSE_AFTER_PLACE.match(text, m.end) if m.label is Label.PLACE else None
        if word is not None and covered.isdisjoint(range(m.start, word.end())):
            name = text[m.start : word.end()]
            out.append((m.start, word.end(), Mention(ctx.doc.id, m.start, word.end(), ctx.text[m.start : word.end()], name,
                                                     Label.ORGANIZATION, DERIVED, canonical=name)))
    return out
