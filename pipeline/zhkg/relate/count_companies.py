"""Companies the recogniser marks with a region word glued after them, as business news writes them (counts236).

A company's name with a whole region glued after it (莱尔富全台店数逾1,800家: the recogniser's 莱尔富全台) is the
company: the region word (全台, 全港, 全国…) says where its stores are counted, no part of its name, and the
region word read inside it (全台 standing for 台湾) owns nothing there either.

Caveats: only a name of two letters or more before the region word, written in Chinese letters alone, is cut; the
count's edge goes to a derived organisation of the cut name, while the recogniser's mention (and its node) stays as
read; a name that really ends so would lose its ending as a count's owner, which is why 全球 is no such word (兴业全球 is
a fund company's name, counts_dev's tune9).
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention
from zhkg.relate.base import DERIVED
from zhkg.stages.normalise import to_simplified
from zhkg.text import HAN_ONLY

__all__ = ["region_cut"]

#: the words of a whole region (Simplified) a company's count may be written after (全台店数, 全港分店)
_WHOLE_REGION = ("全台", "全港", "全澳", "全国", "全岛", "全省", "全市", "全县")
# a listed company's stock code in brackets, right before the region word (统一超（2912）全台)
_STOCK_CODE_BEFORE = re.compile(r"[（(]\d{4,6}(?:\.[A-Z]{2})?[)）]$")
_CODE_REACH = 12


def region_cut(spots: list[tuple[int, int, Mention]], text: str = "") -> list[tuple[int, int, Mention]]:
    """Spots whose organisation's name, as written, is two letters or more and a whole region's word glued after
    them (莱尔富全台), cut to the company before the region word: a derived organisation of that name. With the
    document's ``text``, a whole region's word right after an organisation's name, or after its stock code in
    brackets, is no holder either (统一超（2912）全台据点, 莱尔富 + 全台店数 read apart; counts303).

    >>> from zhkg.records import MentionSource
    >>> org = Mention("d", 4, 9, "萊爾富全台", "莱尔富全台", Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> [(s, e, m.name) for s, e, m in region_cut([(4, 9, org)])]
    [(4, 7, '莱尔富')]
    """
    out, cut = [], set()
    if text:
        ends = {end for _, end, m in spots if m.label is Label.ORGANIZATION}
        for start, end, holder in spots:
            code = _STOCK_CODE_BEFORE.search(text, max(0, start - _CODE_REACH), start)
            if (holder.label is Label.PLACE and to_simplified(text[start:end]) in _WHOLE_REGION
                    and (start in ends or (code is not None and code.start() in ends))):
                cut.add((start, end))
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
