"""Election news: seats a body holds and candidates labelled by their district (session 52, counts236).

* A place glued before a person's name (新界西北陆颂雄, 港岛西郭伟强) is the person's district or constituency, as Hong
  Kong and Taiwan election news write candidates: no owner of a count, no topic (:func:`labelled_people`).
* Seats in a house (席, 议席, 席位, 席次) are won, held and filled by parties and councils; a place names only where
  they are (民进党台中市议员初选…，全市预计提名32席 -> 民进党, the party nominating, not 全市). So when the owner read
  for a count of seats is a place, the organisation named last before the count in its sentence owns it instead
  (:func:`seats_body`); with no organisation there the place stays (全港18区区议会…全部179席: no body is marked to
  take it).

Caveats: a person's name of two to four letters only (a place before a longer run the recogniser took for a name
is left as it was); the organisation must be one the extractors or the count readers mark as a holder; an
organisation named after the count is not looked for (a roster's heading, 民建联：20席, is read by the clause rules already).
"""

from __future__ import annotations

from bisect import bisect_right

from zhkg.records import Label, Mention
from zhkg.relate.count_votes import Spot

__all__ = ["SEATS", "seats_body", "labelled_people"]

#: the counted nouns of seats in a house (Simplified)
SEATS = frozenset({"席", "议席", "席位", "席次"})


def seats_body(found: Spot, count: Mention, sentence_start: int, counted: str, spots: list[Spot],
               ends: list[int]) -> Spot:
    """``found``, or, when it is a place and ``count`` counts seats, the organisation ending last at or before the
    count in its sentence (from ``sentence_start``); ``spots`` are the document's holders sorted by where they end,
    ``ends`` those ends.

    >>> from zhkg.records import Label, Mention, MentionSource, Quantity
    >>> party = Mention("d", 0, 3, "民进党", "民进党", Label.ORGANIZATION, MentionSource.ORG_KNOWN)
    >>> city = Mention("d", 15, 17, "全市", "全市", Label.PLACE, MentionSource.DEIXIS)
    >>> seats = Mention("d", 21, 24, "32席", "32席", Label.COUNT, MentionSource.COUNT_GRAMMAR)
    >>> seats_body((15, 17, city), seats, 0, "席", [(0, 3, party), (15, 17, city)], [3, 17])[2].text
    '民进党'
    >>> seats_body((15, 17, city), seats, 0, "人", [(0, 3, party), (15, 17, city)], [3, 17])[2].text
    '全市'
    """
    if counted not in SEATS or found[2].label is not Label.PLACE:
        return found
    for spot in reversed(spots[: bisect_right(ends, count.start)]):
        if spot[1] <= sentence_start:
            break
        if spot[2].label is Label.ORGANIZATION:
            return spot
    return found


def labelled_people(mentions: list[Mention]) -> frozenset[int]:
    """Where a person's name of two to four letters opens that a place is glued before: the place is the person's
    district or constituency (新界西北陸頌雄, 港島西郭偉強, as Hong Kong and Taiwan election news write candidates), a
    label of the person, never the owner of a count nor a sentence's topic (counts236).

    >>> from zhkg.records import Label, Mention, MentionSource
    >>> person = Mention("d", 4, 7, "陸頌雄", "陆颂雄", Label.PERSON, MentionSource.RECOGNISER)
    >>> sorted(labelled_people([person]))
    [4]
    """
    return frozenset(m.start for m in mentions if m.label is Label.PERSON and 2 <= m.end - m.start <= 4)
