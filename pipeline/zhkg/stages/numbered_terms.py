"""A body's alias beside its numbered term in one document, for :func:`zhkg.stages.resolve.canonicalise`: where a
document names a body by a numbered term (十二届全国人大, which :func:`zhkg.stages.resolve._numbered_term_body` names
全国人大, as the web set's gold does), its alias written alone and the alias table's full name (全国人民代表大会) are
that node too (defects172).

Caveats: only the alias table's short forms (``org_aliases.tsv``) are so joined; documents are not (the merge across
documents is by canonical name).
"""

from __future__ import annotations

from zhkg.records import Label, Mention
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.resolve_companies import _replace

__all__ = ["_aliases_as_numbered_terms"]


def _aliases_as_numbered_terms(mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The mentions with the body's full name of the alias table written as its short form where the document also
    names the body by a numbered term: one node in the document, not two.

    >>> from zhkg.records import MentionSource
    >>> from zhkg.resources.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> alias = Mention("d", 0, 4, "全国人大", "全国人大", Label.ORGANIZATION, MentionSource.ALIAS, canonical="全国人民代表大会")
    >>> term = Mention("d", 9, 16, "十二届全国人大", "十二届全国人大", Label.ORGANIZATION, "crf", canonical="全国人大")
    >>> [m.name for m in _aliases_as_numbered_terms([alias, term], lexicon)]
    ['全国人大', '全国人大']
    """
    from zhkg.stages.resolve import _numbered_term_body  # resolve imports this module

    short = {lexicon.org_aliases[m.canonical]: m.canonical for m in mentions
             if m.label is Label.ORGANIZATION and m.canonical in lexicon.org_aliases and "届" in m.simplified
             and _numbered_term_body(m.simplified, lexicon) == m.canonical}
    if not short:
        return mentions
    return [_replace(m, short[m.canonical], m.code) if m.label is Label.ORGANIZATION and m.canonical in short else m
            for m in mentions]
