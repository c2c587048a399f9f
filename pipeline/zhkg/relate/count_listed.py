"""Listed companies by their stock code: a holder no extractor names that the text marks as a company (counts236).

Taiwan, Hong Kong and mainland business news write a listed company's short name with its stock code in brackets
(统一超（2912）, 全家（5903）, 锅圈(2517.HK)); the bracket says the name is a company's, so where no extractor named it,
the name is a derived holder wherever it is written, and it owns the counts of its clause (统一超（2912）全台据点合计已超过
8,282家 -> 统一超, not the 全台 the store count is spread over).

Caveats: the name is the two to five letters between a mark or a linking word (的, 和, 与, 及, 是, 、) and the
bracket, so a name glued to an epithet before it (龙头厂台积电（2330）) is left to the extractors; a code is four to six
digits, with an exchange's suffix or not (.HK, .SH, .SZ, .TW).
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention
from zhkg.relate.base import RelationContext
from zhkg.relate.count_derived import _derived_wherever_written

__all__ = ["listed_companies"]

_LISTED = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff]|[的和与及是、]))([\u4e00-\u9fff]{2,5})[（(]\d{4,6}(?:\.(?:HK|SH|SZ|TW|TWO))?[）)]")


def listed_companies(ctx: RelationContext) -> list[tuple[int, int, Mention]]:
    """(start, end, company) of each place a listed company's name is written that no extractor named, the name
    being found once before its stock code in brackets.

    >>> from zhkg.records import Document
    >>> ctx = RelationContext(Document("d", "四大超商中，统一超（2912）全台据点共8,282家。统一超今年再开200店。"), [], {})
    >>> [(s, e, m.name) for s, e, m in listed_companies(ctx)]
    [(6, 9, '统一超'), (27, 30, '统一超')]
    """
    text = ctx.simplified
    if "（" not in text and "(" not in text:
        return []
    covered = ctx.covered(but=(Label.COUNT, Label.PERSON))  # (a recogniser may take a short name for a person)
    names = {m.group(1) for m in _LISTED.finditer(text) if covered.isdisjoint(range(m.start(1), m.end(1)))}
    return _derived_wherever_written(ctx, names, covered)
