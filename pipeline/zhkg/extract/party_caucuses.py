"""A party's caucus is no party: 国民党团 (the party's caucus in the legislature) read as 国民党|团.

Taiwan's press names the caucuses by the party and 团 (国民党团总召, 民众党团方面, 国民党团内): the organisation
readers find the party's name and leave 团 out, so the caucus's news becomes the party's. :func:`party_caucuses`
extends a party's name (an organisation ending in 党, three letters or more) over a 团 right after it, unless 团 opens
a word of jieba's dictionary there (国民党|团结, 团体, 团队, 团长, 团干部): the caucus, its own body (the web set's
convention, as ``relate/roles.py`` already keeps 国民党立法院党团 one body).

Scope: one document's combined mentions, run with the last rules of :func:`zhkg.extract.combine.combine_mentions`.
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.records import Label, Mention

__all__ = ["party_caucuses"]


def party_caucuses(mentions: list[Mention], text: str, original: str = "") -> list[Mention]:
    """``mentions`` with each party's name followed by its caucus's 团 read as the caucus (module docstring).

    >>> text = "国民党团总召表示，国民党团结一致。"
    >>> ms = [Mention("d", 0, 3, "国民党", "国民党", Label.ORGANIZATION, "org_named_kind"),
    ...       Mention("d", 9, 12, "国民党", "国民党", Label.ORGANIZATION, "org_named_kind")]
    >>> [m.simplified for m in party_caucuses(ms, text)]
    ['国民党团', '国民党']
    """
    if "党团" not in text:
        return mentions
    from zhkg.stages.segment import dictionary_tag

    source = original or text
    spans = {m.span for m in mentions if m.label is Label.ORGANIZATION}
    out = []
    for m in mentions:
        if m.label is Label.ORGANIZATION and len(m.simplified) >= 3 and m.simplified.endswith("党") \
                and text[m.end:m.end + 1] == "团" \
                and all(dictionary_tag(text[m.end:m.end + k]) == "x" for k in (2, 3) if m.end + k <= len(text)):
            if (m.start, m.end + 1) in spans:
                continue  # the caucus is read already
            m = replace(m, end=m.end + 1, text=source[m.start:m.end + 1], simplified=text[m.start:m.end + 1],
                        canonical="")
        out.append(m)
    return out
