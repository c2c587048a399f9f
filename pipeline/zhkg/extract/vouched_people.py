"""People read from letters alone that the words around them vouch for, where the recogniser read nothing.

A name jieba built itself or a surname joined to the word after it (``people:jieba_x``, ``people:surname_join``:
:data:`zhkg.extract.person_or_not._BARE_PEOPLE`) is a guess from its letters: :func:`zhkg.extract.combine.combine_mentions`
keeps it only where the recogniser reads the same span. On Taiwan and Hong Kong news the recogniser leaves many such
names unread (曾钰成, 苏洁莹, 费兰度 of the web tune half; round people298), while the words around them say a
person stands there. :func:`vouched_people` is the guesses that one of four forms vouches for:

* written again where no reading found it, before a body's or a place's letter (:func:`guessed_again`), the
  recogniser reads the same name as a person elsewhere in the document (one name, one sense; a guess at its own
  place never: the recogniser's 景顺 of a headline is no reason to read 景顺长城基金 as a person and a fund);
* a list joins it to a person kept there (吴秋北、邓家彪、陈颖欣; 告别费兰度、钟乐安等主力): ``、``, 和, 与, 及 right
  between the two, and no person right after it (恩施樊增祥、应山|左绍佐: 应山 is the place of the person after it);
* a form of address or a personal title follows it right away (苏洁莹医生获委任, 陈大文先生表示): 医生, 教授, 博士,
  律师, 法官, 议员 and the forms of address of :data:`zhkg.extract.name_scores.ADDRESS_WORDS`;
* it is the one succeeded: 继 or 接替 right before it and 后, 之后, 出任, 担任, 成为 or 做 right after it
  (她是继曾钰成后第二名…, 接替王大文出任主席).

Caveats: a guess the recogniser read otherwise (a place, a body, a longer name) is never vouched for here, since the
caller adds only names nothing kept overlaps; the forms read the normalised (Simplified) text. A list trusts the
person beside the guess: a brand the recogniser reads as a person vouches for the brand listed with it (华帝、方太 of
a THUCNews row), as it did for the recogniser's own reading.
"""

from __future__ import annotations

from collections.abc import Iterable

from zhkg.extract.name_scores import ADDRESS_WORDS
from zhkg.extract.person_or_not import NEVER_PERSON_LAST_LETTERS
from zhkg.extract.worded_bodies import PLACE_ENDINGS
from zhkg.records import Label, Mention, MentionSource
from zhkg.text import LIST_JOINERS

__all__ = ["guessed_again", "vouched_people"]

# a personal title or a form of address written right after a name (苏洁莹医生, 陈大文先生): never a body's post
# (部长, 局长 follow a ministry's short name as often: 卫福|部长)
_PERSONAL_TITLES = ("医生", "教授", "博士", "律师", "法官", "议员", *sorted(ADDRESS_WORDS))
# the one succeeded: 继|曾钰成|后, 接替|王大文|出任
_SUCCEEDING_BEFORE = ("接替", "继")
_SUCCEEDING_AFTER = ("后", "之后", "出任", "担任", "成为", "做")


def vouched_people(guesses: Iterable[Mention], kept: Iterable[Mention], model: Iterable[Mention],
                   text: str) -> list[Mention]:
    """The ``guesses`` (people read from letters alone) that a form around them vouches for: the recogniser reads
    the name as a person elsewhere (``model``; a guess written again only), a list joins it to a person ``kept``
    there, a personal title or a form of address follows it, or it is the one succeeded (继X后).

    >>> from zhkg.records import MentionSource
    >>> text = "继曾钰成后，苏洁莹医生获委任。吴秋北、陈颖欣当选。齐贺新春"
    >>> def per(name, source="people:jieba_x"):
    ...     s = text.index(name)
    ...     return Mention("d", s, s + len(name), name, name, Label.PERSON, MentionSource(source))
    >>> guesses = [per(n) for n in ("曾钰成", "苏洁莹", "陈颖欣", "齐贺")]
    >>> [m.simplified for m in vouched_people(guesses, [per("吴秋北", "crf")], [], text)]
    ['曾钰成', '苏洁莹', '陈颖欣']
    """
    people = [m for m in kept if m.label is Label.PERSON]
    starts, ends = {m.start for m in people}, {m.end for m in people}
    named = {m.simplified for m in model if m.label is Label.PERSON}
    out = []
    for m in guesses:
        before, after = text[max(0, m.start - 2):m.start], text[m.end:m.end + 2]
        if m.extractor == MentionSource.PEOPLE_REPEAT and m.simplified in named \
                or (m.end not in starts and (m.start > 0 and text[m.start - 1] in LIST_JOINERS and m.start - 1 in ends
                                             or after[:1] in LIST_JOINERS and m.end + 1 in starts)) \
                or text.startswith(_PERSONAL_TITLES, m.end) \
                or (before.endswith(_SUCCEEDING_BEFORE) and text.startswith(_SUCCEEDING_AFTER, m.end)):
            out.append(m)
    return out


def guessed_again(m: Mention, sure_names: set[str], text: str) -> bool:
    """Whether ``m`` is a name only guessed from its letters (no reading but jieba's word or a surname join found it:
    not in ``sure_names``) written again (``people:repeat``) right before a body's or a place's last letter: the head
    of that body's or place's name, weighed as a guess (卫福 of 卫福部长 … 前卫福|部次长; 那玛夏 of 那玛夏|区). Written
    again elsewhere it stands as before (国青 of 国青男篮, which the team readers take up).

    >>> from zhkg.records import MentionSource
    >>> text = "卫福部长出席，前卫福部次长与国青男篮"
    >>> def again(name, at=0):
    ...     s = text.index(name, at)
    ...     return Mention("d", s, s + len(name), name, name, Label.PERSON, MentionSource.PEOPLE_REPEAT)
    >>> [guessed_again(again(n, 5), set(), text) for n in ("卫福", "国青")], guessed_again(again("卫福", 5), {"卫福"}, text)
    ([True, False], False)
    """
    after = text[m.end:m.end + 1]
    return m.extractor == MentionSource.PEOPLE_REPEAT and m.simplified not in sure_names and bool(after) \
        and (after in NEVER_PERSON_LAST_LETTERS or after in PLACE_ENDINGS)
