"""Forms of mainland officials' careers the other role readers left out (round careers307, issue 11).

Appointment news and court news write an official's posts in forms of their own:

* **A sentence of a career after a date or a word of sequence** (:func:`career_opening`): 2020年后历任A省委常委、
  B市委书记…; 此后，曾调任A省长、B党委书记; 2019年以来先后任… — its subject left out, the person of the sentence
  before, as :func:`zhkg.relate.roles_zero_subjects.zero_subjects` reads 曾任… (the hook there).
* **A verdict's list of posts** (:func:`verdict_link`): 被告人X利用担任A市委副书记、市长，…等职务上的便利 — the
  posts the court says were used, all held before (``former``), read as after 曾任.
* **A reason for leaving with an aside** (:data:`AGE_REASON`): X因年龄（本月底满65岁）不再担任… — the reason is
  skipped before the verb as 因年龄原因 was.

Caveats
-------
* Only the subject or the link is supplied here; the posts, their bodies and the list are read by
  :mod:`zhkg.relate.roles` as for any named subject.
"""

from __future__ import annotations

import re

__all__ = ["AGE_REASON", "career_opening", "verdict_link"]


#: A sentence of a career its subject left out, besides the forms of
#: :data:`zhkg.relate.roles_zero_subjects._CAREER_OPENING`: a word of sequence, a comma maybe, then 曾 or 先后 before
#: a verb of moving to a post (此后，曾调任…, 其后先后任…); or a date with 后, 以后, 以来 or 起 and then a verb of a
#: career that lists posts held (2020年后历任…, 2015年以来先后担任…).
_MORE_OPENINGS = re.compile(
    r"(?:其后|之后|随后|此后|后来|及后)[，,]?(?:曾|先后|又|再)(?:调任|转任|升任|出任|担任|任(?![命期职务内]))"
    r"|(?:\d{4}年(?:\d{1,2}月)?)(?:后|以后|以来|起)[，,]?(?:曾|又)?(?:历任|先后任|先后担任|先后出任|曾任|调任|升任|转任)")


def career_opening(simplified: str, s: int) -> bool:
    """Whether the sentence at ``s`` opens as a career's line whose subject is left out (see the module docstring).

    >>> [career_opening(t, 0) for t in ("2020年后历任A省委常委", "此后，曾调任A省长", "此后，他调任", "2020年后，经济")]
    [True, True, False, False]
    """
    return _MORE_OPENINGS.match(simplified, s) is not None


#: Before a verb of holding a post, a verdict's 利用 (利用担任…职务上的便利, 利用其担任…): the posts named were held
#: when the crimes were done, before the story's time.
_VERDICT = ("利用其", "利用")


def verdict_link(simplified: str, at: int) -> int:
    """How many letters of a verdict's 利用 stand at ``at`` before 担任 or 任 (see the module docstring); else 0.

    >>> [verdict_link(t, 0) for t in ("利用担任A市长", "利用其担任A市长", "利用职务便利", "担任A市长")]
    [2, 3, 0, 0]
    """
    lead = next((w for w in _VERDICT if simplified.startswith(w, at)), "")
    return len(lead) if lead and simplified.startswith(("担任", "任"), at + len(lead)) else 0


#: A reason of age with an aside before a verb of leaving a post: 因年龄（本月底满65岁）, 因年龄(65岁)原因.
AGE_REASON = re.compile(r"因年龄(?:[（(][^（()）\n]{1,16}[）)])(?:原因|关系)?")
