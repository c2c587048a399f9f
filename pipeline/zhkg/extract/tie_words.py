"""A word of a company's tie read as the end of its name (issue 15, ents259).

News names a company's subsidiary or investee after its owner and the word of the tie: 台积电子公司世界先进 (台积电|
子公司|世界先进), 联电集团转投资公司欣兴电子, 鸿海集团子公司富士康. jieba cuts 台积|电子|公司, and the suffix grammar and the
recogniser read 台积电子公司, 联电集团转投资公司 as organisations; the web set's gold holds the owner (台积电, 联电) and
the company named after the tie, never the tie. :func:`cut_tie_ends` cuts such a name back to the owner when

* it ends in a word of the tie (:data:`TIE_ENDS`: 子公司, 孙公司, 母公司, 转投资公司, 关系企业, 关联公司; not 合资公司 or
  控股公司, which end some companies' own names);
* the owner before it, less a qualifier of the tie (中创水务|控股子公司: 控股子公司 is one word of a tie), is a name: one the document reads elsewhere as an organisation (母公司台积电 … 台积电子公司), one
  the known organisations' table holds, or one ending in a company's head word after two letters or more (联电集团). 西门子公司 and 飞利浦电子公司 stay whole: no document reads 西门 or 飞利浦电 alone.

A tie with only its qualifiers before it (参控股子公司, 全资子公司, 旗下子公司) names no company and goes.
MSRA train writes 17 of these tie words; it marks the owner before each (大众公司|的子公司) and the tie never, 9 times
inside a longer name (西门子公司, 电子公司). Run on a document's merged mentions after the bodies' spans are settled
(:func:`zhkg.extract.merged_names.settle_merged_names`): the longer name holds its letters while the readers of a
company before a title run (…转投资公司|欣兴电子|董事长 reads 欣兴电子, not 公司欣兴电子).
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace

from zhkg.records import Label, Mention

__all__ = ["TIE_ENDS", "cut_tie_ends"]

#: The words of a tie that end a name read with its owner (台积电|子公司): no part of a name.
TIE_ENDS = re.compile(r"(?:子公司|孙公司|母公司|转投资公司|关系企业|关联公司)$")
# a tie's qualifiers alone before the word (参控股|子公司, 全资|子公司, 旗下|子公司): no company
_QUALIFIERS = re.compile(r"(?:参控股|控股|参股|全资|独资|旗下|下属|所属|附属|相关|其他|其它|各|其|该|及)+")
# a tie's qualifiers right before its word, which go with it (中创水务|控股子公司, 华润|全资子公司)
_TRAILING_QUALIFIERS = re.compile(r"(?:参控股|控股|参股|全资|独资|旗下|下属|所属|附属)+$")
# a company's head word ending an owner's name (联电|集团, 腾讯|控股)
_COMPANY_HEADS = ("集团", "公司", "控股", "银行", "证券", "保险", "投资")
_NOT_IN_NAME = re.compile(r"[\s,，。、；;：:（）()《》“”\"]")


def _owner_name(front: str, bodies: Container[str], known: Container[str]) -> bool:
    """Whether ``front``, the letters before a tie's word, is a company's name (see the module docstring)."""
    if front in bodies or front in known:
        return True
    head = next((h for h in _COMPANY_HEADS if front.endswith(h)), "")
    return bool(head) and len(front) - len(head) >= 2 and _NOT_IN_NAME.search(front) is None


def cut_tie_ends(mentions: list[Mention], original: str = "", known: Container[str] = ()) -> list[Mention]:
    """The mentions with each organisation ending in a tie's word cut back to its owner, or dropped where only the
    tie's qualifiers come before the word (see the module docstring); ``original`` is the document's own text
    (``""``: the mentions' offsets are kept, their text taken from the name), ``known`` the known organisations.

    >>> def org(text, name):
    ...     i = text.index(name)
    ...     return Mention("d", i, i + len(name), name, name, Label.ORGANIZATION, "org_suffix")
    >>> text = "母公司台积电未改选。台积电子公司世界先进召开股东会。"
    >>> ms = [org(text, "台积电"), org(text, "台积电子公司")]
    >>> [(m.simplified, m.start, m.end) for m in cut_tie_ends(ms, text)]
    [('台积电', 3, 6), ('台积电', 10, 13)]
    >>> [m.simplified for m in cut_tie_ends([org("联电集团转投资公司欣兴电子", "联电集团转投资公司")])]
    ['联电集团']
    >>> [m.simplified for m in cut_tie_ends([org("德国西门子公司总裁", "西门子公司"), org("下属参控股子公司", "参控股子公司")])]
    ['西门子公司']
    """
    if not any(m.label is Label.ORGANIZATION and TIE_ENDS.search(m.simplified) for m in mentions):
        return mentions
    bodies = {m.simplified for m in mentions if m.label is Label.ORGANIZATION}
    out: list[Mention] = []
    for m in mentions:
        tie = TIE_ENDS.search(m.simplified) if m.label is Label.ORGANIZATION else None
        if tie is None:
            out.append(m)
            continue
        front = m.simplified[:tie.start()]
        if not front or _QUALIFIERS.fullmatch(front):
            continue  # 参控股子公司: a tie, no company
        front = _TRAILING_QUALIFIERS.sub("", front)  # 中创水务|控股子公司: the qualifier is the tie's
        if not _owner_name(front, bodies, known):
            out.append(m)
            continue
        end = m.start + len(front)
        out.append(replace(m, end=end, text=original[m.start:end] if original else front, simplified=front,
                           canonical="", code=""))
    return out
