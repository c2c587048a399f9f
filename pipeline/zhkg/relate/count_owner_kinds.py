"""The kind of holder the counted things belong to: a body's members, a place's population and villages (session 53,
counts249).

* A body's staff and members (员工, 学生, 球员, 议员) are the body's, never the place's where it is: when the owner read
  for such a count is a place, the organisation named last before the count in its sentence owns it instead, if its
  name ends as a body of those members does (香港…的国泰航空公司，共有员工3万名 -> 国泰航空公司; 员工 ends a 公司, 球员 a
  队). Not branches (分行, 门店): an authority speaking of a place's (金管局表示，本港目前共有1,200间银行分行) leaves them
  the place's.
* A place's population and divisions (人口, 行政村, 社区, 乡镇) are the place's, never a body's that works there or for
  them: when the owner read for such a count is an organisation, the place named last before the count in its
  sentence owns it instead (扶贫办在云南帮助了30个行政村 -> 云南). Not people counted by where they live (居民, 市民):
  an event or a body draws them (…庆典活动中，吸引了两千多名市民: the event's).
* People a body sends, fields or puts up (派出14人参选, 派4人出选, 推出3名候选人) are the body's, as election and
  sports news write a party's candidates and a club's players: when no owner is read for such a count, the
  organisation named last before it in its sentence owns it (经民联多名老将退下火线，今次派出14人参选 -> 经民联),
  unless the holder named last before it is a place (香港派出600名运动员: a place's delegation is left as read).
* A count in a clause of having that describes a holder (现有19席的民建联, 拥有3000名员工的联想集团, 占9席的商界政党
  经民联) is that holder's, whatever is named before the clause (北京市拥有3000名员工的联想集团 -> 联想集团): the count, a
  verb of having or winning before it and 的 after it, the holder right after the 的 or after a few letters of
  modifier (:func:`described_holder`).

Caveats: the noun must end the counted thing (员工, 一线员工; not 员工宿舍); the other holder must stand in the count's
sentence before it (a holder of an earlier sentence or paragraph is not looked for, nor one after the count); a place
after 在 is taken as the owner of the population and divisions counted there, as the gold of the web set reads them.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from zhkg.records import Label, Mention
from zhkg.relate.count_counted import _MEMBERS_OF
from zhkg.relate.count_votes import Spot

__all__ = ["PLACE_THINGS", "described_holder", "owner_of_kind", "people_sent"]

#: the counted nouns of a place's population and divisions (Simplified); never its people (居民, 市民): those an event
#: draws are the event's (恒达家居…庆典…吸引了两千多名市民)
PLACE_THINGS = ("户籍人口", "常住人口", "人口", "行政村", "自然村", "村庄", "社区", "乡镇", "街道办", "村委会")

#: a verb of sending or fielding people right before the count (派出了约, 派, 推出), in Simplified
_SENT = re.compile(r"(?:派出|派遣|选派|推派|派|推出|提名)了?\s*(?:约|逾|共|合共|总共)?\s*$")
_SENT_REACH = 12  # letters before the count the verb and its tail may take
#: the counted nouns of people (a bare 14人, 3名候选人, 8名外援)
_PEOPLE_ENDS = ("人", "员", "者", "援")

#: a verb of having or winning right before a count describing a holder after its 的 (现有19席的, 拥有约3000名员工的)
_HAVING = re.compile(r"(?:拥有|现有|共有|占有|坐拥|握有|持有|手握|获得|赢得|取得|夺得|占|有)(?:约|近|逾|超过|多达|达)?$")
_HAVING_REACH = 6  # letters before the count the verb and its tail may take
_MODIFIER_AFTER_OF = re.compile(r"[^\s，。、；：！？,.;:!?的“”「」《》()（）]{0,6}")  # 商界政党 of 占9席的商界政党经民联


def owner_of_kind(found: Spot, count: Mention, sentence_start: int, counted: str, spots: list[Spot],
                  ends: list[int]) -> Spot:
    """``found``, or the holder of the kind the counted things belong to when ``found`` is of the other kind: the
    organisation (a place's population or villages: the place) ending last at or before ``count`` in its sentence (from
    ``sentence_start``); ``spots`` are the document's holders sorted by where they end, ``ends`` those ends.

    >>> from zhkg.records import Label, Mention, MentionSource
    >>> city = Mention("d", 0, 2, "香港", "香港", Label.PLACE, MentionSource.GAZETTEER)
    >>> firm = Mention("d", 3, 9, "国泰航空公司", "国泰航空公司", Label.ORGANIZATION, MentionSource.ORG_KNOWN)
    >>> staff = Mention("d", 14, 18, "员工3万", "员工3万", Label.COUNT, MentionSource.COUNT_GRAMMAR)
    >>> owner_of_kind((0, 2, city), staff, 0, "员工", [(0, 2, city), (3, 9, firm)], [2, 9])[2].text
    '国泰航空公司'
    >>> owner_of_kind((0, 2, city), staff, 0, "游客", [(0, 2, city), (3, 9, firm)], [2, 9])[2].text
    '香港'
    """
    label = found[2].label
    if label is Label.PLACE:
        endings = next((ends for members, ends in _MEMBERS_OF if counted.endswith(members)), None)
        if endings is None:
            return found
        wanted = Label.ORGANIZATION
    elif label is Label.ORGANIZATION and counted.endswith(PLACE_THINGS):
        endings, wanted = (), Label.PLACE
    else:
        return found
    for spot in reversed(spots[: bisect_right(ends, count.start)]):
        if spot[1] <= sentence_start:
            break
        if spot[2].label is wanted and spot[1] <= count.start and (not endings or spot[2].name.endswith(endings)):
            return spot
    return found


def people_sent(text: str, count: Mention, sentence_start: int, counted: str, spots: list[Spot],
                ends: list[int]) -> Spot | None:
    """The organisation that sends the people ``count`` counts (派出14人参选): the holder ending last before the count
    in its sentence (from ``sentence_start``), when a verb of sending stands right before the count and that holder is
    an organisation; else None. ``spots`` are the document's holders sorted by where they end, ``ends`` those ends.

    >>> from zhkg.records import Label, Mention, MentionSource
    >>> text = "经民联多名老将退下火线，今次派出14人参选。"
    >>> party = Mention("d", 0, 3, "经民联", "经民联", Label.ORGANIZATION, MentionSource.ORG_KNOWN)
    >>> sent = Mention("d", 16, 19, "14人", "14人", Label.COUNT, MentionSource.COUNT_GRAMMAR)
    >>> people_sent(text, sent, 0, "人", [(0, 3, party)], [3])[2].text
    '经民联'
    >>> people_sent(text.replace("派出", "看到"), sent, 0, "人", [(0, 3, party)], [3]) is None
    True
    """
    if not counted.endswith(_PEOPLE_ENDS) or not _SENT.search(text, max(sentence_start, count.start - _SENT_REACH),
                                                             count.start):
        return None
    before = spots[: bisect_right(ends, count.start)]
    spot = before[-1] if before else None
    if spot is None or spot[1] <= sentence_start or spot[2].label is not Label.ORGANIZATION:
        return None
    return spot


def described_holder(text: str, count: Mention, spots: list[Spot]) -> Mention | None:
    """The holder a count of what it has describes (现有19席的民建联 -> 民建联), or None: a verb of having or winning right
    before ``count``, 的 right after it, and a holder of ``spots`` starting right after the 的 or after a few letters of
    modifier with no mark between.

    >>> from zhkg.records import Label, Mention, MentionSource
    >>> text = "北京市拥有3000名员工的联想集团昨日宣布裁员。"
    >>> city = Mention("d", 0, 3, "北京市", "北京市", Label.PLACE, MentionSource.GAZETTEER)
    >>> firm = Mention("d", 13, 17, "联想集团", "联想集团", Label.ORGANIZATION, MentionSource.ORG_KNOWN)
    >>> staff = Mention("d", 5, 12, "3000名员工", "3000名员工", Label.COUNT, MentionSource.COUNT_GRAMMAR)
    >>> described_holder(text, staff, [(0, 3, city), (13, 17, firm)]).text
    '联想集团'
    >>> described_holder(text.replace("拥有", "来了"), staff, [(0, 3, city), (13, 17, firm)]) is None
    True
    """
    if not text.startswith("的", count.end) or not _HAVING.search(text, max(0, count.start - _HAVING_REACH), count.start):
        return None
    reach = _MODIFIER_AFTER_OF.match(text, count.end + 1).end()
    after = [s for s in spots if count.end + 1 <= s[0] <= reach]
    return min(after, key=lambda s: (s[0], -s[1]))[2] if after else None
