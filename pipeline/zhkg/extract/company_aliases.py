"""Short names of companies and banks a document writes beside their full names, left undefined (issue 15).

News rarely says （以下简称…） for a firm everyone shortens the same way:

* a bank of two letters and 银行, or of 中国 and two letters and 银行, is its first letter and 行: 交行 of
  交通银行, 招行 of 招商银行, 建行 of 中国建设银行, 中行 of 中国银行 (not 中国人民银行: 人行 and 央行 are its own,
  listed in ``org_aliases.tsv``); never a bank named by a place (北京银行 is no 北行: a word of direction);
* a company's legal name (股份有限公司, 有限公司, …) is its stem and a company word the name carries after the stem:
  力帆股份 of 力帆实业（集团）股份有限公司, 新华锦股份 of 山东新华锦国际股份有限公司 (a place before the stem is
  left out); never a company word the name does not carry (联想集团 is no 联想控股股份有限公司: two companies).

:func:`company_short_forms` says which such short forms a document writes; :func:`zhkg.extract.alias_mentions.find_aliases`
makes each occurrence the full name's mention, as it does for the abbreviations of public bodies. Only names
ending in 银行 or a legal company word are looked at, and each form is one substring test of the text.

Resolution (:func:`join_trade_names`) then makes a company's name with its trade and its name without it one
node when the document names the stem in one trade only: 新鸿基 and 新鸿基地产, 国泰, 国泰基金 and 国泰基金公司;
not 平安 beside 平安银行 and 平安证券 (which of them is 平安?); and a coined stem of three letters or more the
document names as an organisation alone with the one legal name it opens (:func:`join_legal_stems`: 摩根富林明 of
摩根富林明证券投资信托股份有限公司).
"""

from __future__ import annotations

import re

from zhkg.extract.company_words import legal_form

__all__ = ["company_short_forms", "join_legal_stems", "join_trade_names"]

_HAN = re.compile("[\u4e00-\u9fff]+")

#: The company words a short name ends in when the legal name carries them after its stem.
_SHORT_WORDS = ("股份", "集团", "控股")
# 中国人民银行's short forms are the lexicon's (人行, 央行), never 人行 by this rule
_NOT_BANK_STEMS = frozenset({"人民"})


def company_short_forms(name: str, text: str, places: frozenset[str] = frozenset()) -> set[str]:
    """The short forms of company or bank ``name`` (Simplified) that ``text`` writes; ``places``: the document's
    place names (a stem that is a place names no one company).

    >>> sorted(company_short_forms("交通银行", "交通银行董事长表示，交行将…"))
    ['交行']
    >>> sorted(company_short_forms("力帆实业（集团）股份有限公司", "力帆股份公告称…"))
    ['力帆股份']
    >>> company_short_forms("联想控股股份有限公司", "联想集团创始人"), company_short_forms("中国人民银行", "中行称")
    (set(), set())
    """
    if name.endswith("银行"):
        return _bank_short_forms(name, text, places)
    legal = legal_form(name)
    if not legal:
        return set()
    # a place the name opens with is no part of the stem (山东|新华锦国际股份有限公司)
    core = name[len(_leading_place(name[:-len(legal)], places)):]
    found = set()
    for k in (2, 3, 4):
        stem = core[:k]
        if len(core) - len(legal) <= k or _is_place(stem, places) or not _HAN.fullmatch(stem):
            break
        for word in _SHORT_WORDS:
            short = stem + word
            # 国药集团 of 国药集团药业股份有限公司 is the group, the name one of its members
            member = core.startswith(word, k) and len(core) - len(legal) > k + len(word)
            if word in core[k:] and short != name and short in text and not (word == "集团" and member):
                found.add(short)
    return found


def _bank_short_forms(name: str, text: str, places: frozenset[str]) -> set[str]:
    stem = name[:-2]
    if stem.startswith("中国") and len(stem) == 4:
        stem = stem[2:]  # 中国建设银行: 建行
    elif stem == "中国":
        return {"中行"} if "中行" in text else set()  # the Bank of China
    if len(stem) != 2 or stem in _NOT_BANK_STEMS or _is_place(stem, places) or not _HAN.fullmatch(stem):
        return set()
    short = stem[0] + "行"
    return {short} if short in text else set()


def _is_place(word: str, places: frozenset[str]) -> bool:
    """Whether ``word`` is a place: one the document names, or one jieba's dictionary holds as a place (北京)."""
    from zhkg.stages.segment import dictionary_tag

    return word in places or dictionary_tag(word) == "ns"


def _leading_place(stem: str, places: frozenset[str]) -> str:
    """The place ``stem`` opens with (山东 of 山东新华锦国际), the longest, leaving two letters or more; else "".
    A place only jieba's dictionary holds is none where a longer word of the dictionary, no place's or body's name,
    runs across its end (京东|方科技: 京东方, a brand; review167).

    >>> _leading_place("山东新华锦国际", frozenset()), _leading_place("京东方科技集团", frozenset())
    ('山东', '')
    """
    for k in range(min(len(stem) - 2, 6), 1, -1):
        if stem[:k] in places or (_is_place(stem[:k], places) and not _word_across(stem, k)):
            return stem[:k]
    return ""


def _word_across(stem: str, k: int) -> bool:
    """Whether a word of jieba's dictionary that names no place or body opens ``stem`` and runs past letter ``k``."""
    from zhkg.stages.segment import dictionary_tag

    return any(dictionary_tag(stem[:j]) not in ("x", "ns", "nt") for j in range(k + 1, len(stem) + 1))


#: Trades a company's name ends in before its company word (新鸿基|地产, 兴业全球|基金管理|公司, 蒙牛|乳业,
#: 国美|电器), longest first.
_TRADES = re.compile("(?:基金管理|基金|地产|证券|银行|保险|信托|置业|乳业|电器|药业)$")


def join_trade_names(names: list[str], places: frozenset[str] = frozenset()) -> dict[str, str]:
    """Each of a document's company ``names`` (Simplified, without their company words: 信实 of 信实集团) that is
    one company with a longer one, to the longest of them: names whose stem less one trade word is the same,
    when the document gives that stem one trade only and the stem is no place of ``places``.

    >>> join_trade_names(["新鸿基", "新鸿基地产", "恒基"]), join_trade_names(["蒙牛", "蒙牛乳业"])
    ({'新鸿基': '新鸿基地产'}, {'蒙牛': '蒙牛乳业'})
    >>> join_trade_names(["平安", "平安银行", "平安证券"]), join_trade_names(["中国", "中国银行"], frozenset({"中国"}))
    ({}, {})
    """
    groups: dict[str, list[str]] = {}
    trades: dict[str, set[str]] = {}
    for name in sorted(set(names)):
        core = _TRADES.sub("", name)
        if len(core) >= 2 and core not in places and _HAN.fullmatch(core):
            groups.setdefault(core, []).append(name)
            trades.setdefault(core, set()).add(name[len(core):len(core) + 2])  # 基金管理 is 基金's trade
    mapping = {}
    for core, group in sorted(groups.items()):
        if len(group) > 1 and len(trades[core] - {""}) == 1:
            main = sorted(group, key=lambda n: (-len(n), n))[0]
            mapping.update({n: main for n in group if n != main})
    return mapping


# what sets a company apart from its parent in its legal name (中国平安|人寿保险股份有限公司, 某某|分公司)
_SUBSIDIARY = re.compile("人寿|财产|分|子|附属")


def join_legal_stems(names: list[str], places: frozenset[str] = frozenset()) -> dict[str, str]:
    """Each of a document's organisation ``names`` (Simplified) of three letters or more that opens exactly one
    company's legal name of the document (a place before it left out, or kept with two letters of the name after
    it), to that name; never a stem a subsidiary's name adds to (人寿, 分公司), nor a place.

    >>> join_legal_stems(["摩根富林明", "摩根富林明证券投资信托股份有限公司"])
    {'摩根富林明': '摩根富林明证券投资信托股份有限公司'}
    >>> join_legal_stems(["新华锦", "山东新华锦国际股份有限公司"], frozenset({"山东"}))
    {'新华锦': '山东新华锦国际股份有限公司'}
    >>> join_legal_stems(["中国平安", "中国平安人寿保险股份有限公司"]), join_legal_stems(["新华", "新华国际有限公司"])
    ({}, {})
    >>> join_legal_stems(["贵州茅台", "贵州茅台酒股份有限公司"], frozenset({"贵州"}))
    {'贵州茅台': '贵州茅台酒股份有限公司'}
    >>> join_legal_stems(["国药集团", "国药集团药业股份有限公司"]), join_legal_stems(["成商集团", "成商集团股份有限公司"])
    ({}, {'成商集团': '成商集团股份有限公司'})
    """
    legal = {}
    for name in sorted(set(names)):
        ending = legal_form(name)
        if ending:
            legal[name] = (name[len(_leading_place(name[:-len(ending)], places)):], ending)
    mapping = {}
    for stem in sorted(set(names)):
        if len(stem) < 3 or stem in legal or _is_place(stem, places) or not _HAN.fullmatch(stem):
            continue
        # the stem opens the name less its place (新华锦 of 山东|新华锦国际…) or the name with it (贵州茅台 of
        # 贵州茅台酒股份有限公司, two letters or more past the place)
        owners = [full for full, (core, ending) in legal.items()
                  if (core.startswith(stem) and not _SUBSIDIARY.search(core, len(stem), len(core) - len(ending)))
                  or (full.startswith(stem) and len(stem) >= len(full) - len(core) + 2
                      and not _SUBSIDIARY.search(full, len(stem), len(full) - len(ending)))]
        # 国药集团 is the group, 国药集团药业股份有限公司 one of its members
        owners = [full for full in owners if not (stem.endswith("集团")
                                                  and full.find(stem) + len(stem) < len(full) - len(legal[full][1]))]
        if len(owners) == 1 and not any(o != stem and o.startswith(stem) and o not in legal for o in names):
            mapping[stem] = owners[0]
    return mapping
