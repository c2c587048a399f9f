"""Officers the recogniser ran into the body they serve: the body, the officer's name, then the officer's title.

Hong Kong's police and departments write an officer between the unit and the rank (观塘警区刑事部高裕民督察,
深水埗警区刑事调查队陈志强总督察表示), and mainland news does so with a bureau and a post (市教育局李明局长).
When jieba cuts the name across the unit's last letter (刑事|部高|裕民), no rule of the people extractor sees the
name, and the recogniser reads unit and name as one organisation. A model organisation is cut in two when:

* a title stands right after it (a role word of ``roles.tsv``, perhaps after 总, 高级, 署理 or 助理: 督察, 总督察);
* its last three letters, else its last two, are name-like (a surname and given letters that names often use:
  :func:`zhkg.extract.people.name_score`);
* what is left before them is two letters or more and ends in a body's head letter (部, 局, 处, 队, 署 …).

The body keeps the span before the name; the name becomes a person. Run by
:func:`zhkg.extract.combine.combine_mentions` on the recogniser's mentions.
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.records import Label, Mention
from zhkg.resources.lexicon import Lexicon

__all__ = ["officers_in_bodies"]

# the last letter of a unit's or body's name (刑事部, 教育局, 调查队, 秘书处, 警署 …)
_BODY_HEADS = frozenset("部局处科队组署所院司厅室团社委")
# a rank's qualifier written before a role word (总督察, 高级督察, 署理局长, 助理处长)
_QUALIFIERS = ("高级", "署理", "助理", "总")
# how name-like the letters must be (people.py's bar for a name after a role word)
_MIN_SCORE = 0.02


def _title_at(text: str, at: int, lexicon: Lexicon) -> str:
    """The role word at ``at`` of ``text``, perhaps after a qualifier, or ""."""
    for qualifier in ("", *_QUALIFIERS):
        if qualifier and not text.startswith(qualifier, at):
            continue
        k = at + len(qualifier)
        role = lexicon.role_at(text, k)
        if role:
            return qualifier + role
    return ""


def officers_in_bodies(model: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """``model`` with each organisation run on over an officer before a title cut into the body and the person.

    >>> from zhkg.records import MentionSource
    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "观塘警区刑事部高裕民督察表示"
    >>> org = Mention("d", 0, 10, text[:10], text[:10], Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> [(m.simplified, m.label.value) for m in officers_in_bodies([org], text, load_lexicon())]
    [('观塘警区刑事部', 'ORGANIZATION'), ('高裕民', 'PERSON')]
    """
    from zhkg.extract.people import name_score

    out: list[Mention] = []
    for m in model:
        if m.label is not Label.ORGANIZATION or m.end - m.start < 4 or not _title_at(text, m.end, lexicon):
            out.append(m)
            continue
        for size in (3, 2):
            cut = m.end - size
            if cut - m.start >= 2 and text[cut - 1] in _BODY_HEADS \
                    and name_score(text[cut:m.end], lexicon=lexicon) >= _MIN_SCORE:
                k = cut - m.start
                out.append(replace(m, end=cut, text=m.text[:k], simplified=m.simplified[:k], canonical=""))
                out.append(replace(m, start=cut, text=m.text[k:], simplified=m.simplified[k:], label=Label.PERSON,
                                   canonical=""))
                break
        else:
            out.append(m)
    return out
