"""Companies the extractors miss or mark too long, as business news writes them (counts236).

* Listed companies by their stock code: a holder no extractor names that the text marks as a company.

Taiwan, Hong Kong and mainland business news write a listed company's short name with its stock code in brackets
(统一超（2912）, 全家（5903）, 锅圈(2517.HK)); the bracket says the name is a company's, so where no extractor named it,
the name is a derived holder wherever it is written, and it owns the counts of its clause (统一超（2912）全台据点合计已超过
8,282家 -> 统一超, not the 全台 the store count is spread over).

* A company's name with a whole region glued after it (莱尔富全台店数逾1,800家: a recogniser's 莱尔富全台) is the
  company: the region word (全台, 全港, 全国, 全球…) says where its stores are counted, no part of its name.

Caveats: the name is the two to five letters between a mark or a linking word (的, 和, 与, 及, 是, 、) and the
bracket, so a name glued to an epithet before it (龙头厂台积电（2330）) is left to the extractors; a code is four to six
digits, with an exchange's suffix or not (.HK, .SH, .SZ, .TW).
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention
from zhkg.relate.base import DERIVED, RelationContext
from zhkg.relate.count_derived import _derived_wherever_written
from zhkg.text import HAN_ONLY

__all__ = ["listed_companies", "region_cut"]

#: the words of a whole region (Simplified) a company's count may be written after (全台店数, 全港分店)
_WHOLE_REGION = ("全台", "全港", "全澳", "全国", "全球", "全岛", "全省", "全市", "全县")

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


def region_cut(spots: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """Spots whose organisation's name, as written, is two letters or more and a whole region's word glued after
    them (莱尔富全台), cut to the company before the region word: a derived organisation of that name.

    >>> from zhkg.records import MentionSource
    >>> org = Mention("d", 4, 9, "萊爾富全台", "莱尔富全台", Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> [(s, e, m.name) for s, e, m in region_cut([(4, 9, org)])]
    [(4, 7, '莱尔富')]
    """
    out, cut = [], set()
    for start, end, holder in spots:
        name = holder.simplified
        if (holder.label is Label.ORGANIZATION and name.endswith(_WHOLE_REGION) and len(name) >= 4
                and len(name) == end - start and HAN_ONLY.match(name)):
            cut.add((end - 2, end))
            end -= 2
            holder = Mention(holder.doc_id, start, end, holder.text[:-2], name[:-2], Label.ORGANIZATION, DERIVED,
                             canonical=name[:-2])
        out.append((start, end, holder))
    # (the region word the name held is no holder either: the company's stores are counted there, 全台店数)
    return [s for s in out if s[2].label is not Label.PLACE or (s[0], s[1]) not in cut] if cut else out
