"""Officers the recogniser ran into the body they serve: the body, the officer's name, then the officer's title (or
the body, the title, then the name).

Hong Kong's police and departments write an officer between the unit and the rank (观塘警区刑事部高裕民督察,
深水埗警区刑事调查队陈志强总督察表示), and mainland news does so with a bureau and a post (市教育局李明局长).
When jieba cuts the name across the unit's last letter (刑事|部高|裕民), no rule of the people extractor sees the
name, and the recogniser reads unit and name as one organisation. A model organisation is cut in two when:

* a title stands right after it (a role word of ``roles.tsv``, perhaps after 总, 高级, 署理 or 助理: 督察, 总督察);
* its last three letters, else its last two, are name-like (a surname and given letters that names often use:
  :func:`zhkg.extract.name_scores.name_score`);
* what is left before them is two letters or more and ends in a body's head letter (部, 局, 处, 队, 署 …).

The body keeps the span before the name; the name becomes a person.

International news writes a party's or a body's leader after the body and the title (日本维新会党魁吉村洋文,
与日本维新会党魁吉村洋文会谈), and the recogniser reads the three as one organisation where the people rules read
no name (a Japanese name whose given part ends unlike the given names they know). A model organisation is cut in
three (orgs147) when a role word of ``roles.tsv`` stands inside it with two letters or more before it, the body
before the title ends in a body's head letter (those above, and 会, 党, 盟 of a party or league), and the
letters after the title close the span and are a name: two or three name-like letters, or a Japanese family
name and one or two given letters. The title between is neither's.

Run by :func:`zhkg.extract.combine.combine_mentions` on the recogniser's mentions.
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
# the last letter of a body before its officer's title (the units above, a party, a league, an association)
_BODY_ENDS_BEFORE_TITLES = _BODY_HEADS | frozenset("会党盟")
# letters no Japanese given name after a family name holds (a verb or a function word run on)
_NOT_GIVEN = frozenset("的在说和与是等也将已曾被把对向从于为了着过及并而但都就还又再才称指则即表今昨明周日月年会")


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
    from zhkg.extract.name_scores import name_score

    out: list[Mention] = []
    for m in model:
        if m.label is Label.ORGANIZATION and m.end - m.start >= 6 and not _title_at(text, m.end, lexicon):
            cut = _title_inside(m, text, lexicon)
            if cut:
                title, at = cut
                k, j = title - m.start, at - m.start
                out.append(replace(m, end=title, text=m.text[:k], simplified=m.simplified[:k], canonical=""))
                out.append(replace(m, start=at, text=m.text[j:], simplified=m.simplified[j:], label=Label.PERSON,
                                   canonical=""))
                continue
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


def _title_inside(m: Mention, text: str, lexicon: Lexicon) -> tuple[int, int] | None:
    """Where a body's officer's title starts inside model organisation ``m`` and where the officer's name after it
    starts (日本维新会|党魁|吉村洋文), or None (module docstring)."""
    from zhkg.extract.name_scores import name_score

    for at in range(m.end - 2, m.start + 1, -1):
        tail = text[at : m.end]
        if len(tail) > 4:
            break
        if not (name_score(tail, lexicon=lexicon) >= _MIN_SCORE and len(tail) <= 3 or _japanese_name(tail, lexicon)):
            continue
        for title in range(at - 2, m.start + 1, -1):  # the title's first letter: a role word ends at ``at``
            role = lexicon.role_at(text, title)
            if title + len(role) == at and text[title - 1] in _BODY_ENDS_BEFORE_TITLES:
                return title, at
    return None


def _japanese_name(name: str, lexicon: Lexicon) -> bool:
    """Whether ``name`` is a Japanese family name of two letters and a given name of one or two (吉村|洋文)."""
    return 3 <= len(name) <= 4 and name[:2] in lexicon.japanese_surnames and not any(c in _NOT_GIVEN for c in name[2:])
