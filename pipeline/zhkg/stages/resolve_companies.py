"""Company and body aliases of one document: short forms merged into the one long name they stand for.

The readers :func:`zhkg.stages.resolve.canonicalise` calls for organisations: company words that name no other
company (信实集团 = 信实公司 = 信实, :func:`document_company`), a document's written aliases (以下简称,
:func:`written_aliases`), a short organisation name that ends exactly one longer name of the document
(:func:`_merge_short_orgs`: 政协, a council, a company's sites and arms, a group and its listed shares), a holder and
what it holds (:func:`_holder_and_held`), a company founded by another (:func:`_founded`) and :func:`_replace`.

Caveats: moved word for word out of ``stages/resolve.py`` (tidy106); callers import every name from here (since
tidy273 ``resolve`` no longer re-exports ``written_aliases``). Each reader works on one document's mentions only.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace  # noqa: F401 (the doctests use it)
from functools import lru_cache

from zhkg.extract.company_aliases import company_short_forms, join_legal_stems, join_trade_names
from zhkg.extract.company_words import legal_form
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon, load_lexicon  # noqa: F401 (load_lexicon: the doctest of _arm_in_place)
from zhkg.text import is_han

__all__ = ["_FORMAL_CPPCC", "_COMPANY_WORDS", "_ORDINAL", "_ASSOCIATION_HEADS", "_shortened_body",
           "_stem_opens_another_company", "_COUNTRY_FIRM", "_OTHER_COMPANY_WORDS", "_words_after", "_placed_before",
           "_CONJUNCTIONS", "_coordinated", "_HOLDING", "_HOLDING_REACH", "_holder_and_held", "_GROUP", "_CLAUSE_ENDS",
           "_FOUNDED_AFTER", "_founded", "_names_no_one_company", "_stems_of_other_companies", "_stems",
           "document_company", "written_aliases", "_merge_short_orgs", "_one_council", "_group_at_home", "_COUNCIL",
           "_SITE", "_company_sites", "_ARM_HEADS", "_BODY_LAST", "_arm_in_place", "_group_and_shares", "_replace"]

_FORMAL_CPPCC = re.compile(r"^政协(.+?)委员会(.*)$")
# the words a company's name may end in without naming another company: 信实集团 = 信实公司 = 信实 (= 信实股份,
# the listed company's short name)
_COMPANY_WORDS = re.compile(r"(?:股份有限公司|有限责任公司|控股有限公司|集团有限公司|有限公司|集团公司|控股|集团|股份|公司)$")

_ORDINAL = re.compile(r"第[一二三四五六七八九十百零〇两0-9]+")

# heads an association keeps in its short name (台北市电影电视演艺业职业工会 … 演艺工会)
_ASSOCIATION_HEADS = ("委员会", "基金会", "联合会", "促进会", "工会", "公会", "协会", "学会", "商会", "总会")


def _shortened_body(name: str, orgs: Iterable[str], places: Collection[str]) -> str | None:
    """The one longer association of the document that ``name`` shortens to its field and its head (演艺工会 of
    台北市电影电视演艺业职业工会: 演艺 inside the longer name's field, the same head 工会), else None; a field that
    is a place (北京工会) or a kind alone (工会) names no particular association, and a longer name ending in the
    short one (大律师公会 … 律师公会) is another body or the one a place opens (:func:`_merge_short_orgs`).

    >>> _shortened_body("演艺工会", ["台北市电影电视演艺业职业工会", "演艺工会"], set())
    '台北市电影电视演艺业职业工会'
    >>> _shortened_body("演艺工会", ["台北市电影电视演艺业职业工会", "台湾演艺人员职业工会"], set()) is None
    True
    """
    head = next((h for h in _ASSOCIATION_HEADS if name.endswith(h)), "")
    field = name[:-len(head)] if head else ""
    if len(field) < 2 or len(name) > 6 or field in places:
        return None
    # (a longer name ending in the short one is another body or the place's: 大律师公会 is no 律师公会)
    longer = [o for o in orgs if o.endswith(head) and len(o) >= len(name) + 3 and field in o[:-len(head)]
              and not o.endswith(name)]
    return longer[0] if len(longer) == 1 else None


def _stem_opens_another_company(stem: str, names: Collection[str], orgs: Iterable[str]) -> bool:
    """Whether a company's legal name of the document other than ``names`` (the names of stem ``stem``) opens
    with ``stem``: then ``stem`` alone names no one of them (联想 beside 联想集团 and 联想控股股份有限公司, 百联
    beside 百联集团 and 百联电子商务有限公司). Not a unit a name of ``names`` opens (方太集团|杭州分公司: 方太 is
    still 方太集团), nor a name without a legal form (皮克斯公开发售公司, 华翰经纪公司: a misread or a trade
    name the stem does not leave, on THUCNews rows).

    >>> _stem_opens_another_company("联想", ["联想", "联想集团"], ["联想", "联想集团", "联想控股股份有限公司"])
    True
    >>> _stem_opens_another_company("方太", ["方太", "方太集团"], ["方太集团杭州分公司有限公司"])
    False

    Nor is it one of them beside the country's company of that stem (联通 beside 联通集团 and 中国联通: the
    listed 中国联通, which :func:`_merge_short_orgs` then makes it).

    >>> _stem_opens_another_company("联通", ["联通", "联通集团"], ["联通", "联通集团", "中国联通"])
    True
    """
    longer = tuple(n for n in names if n != stem)
    return any(o not in names and ((o.startswith(stem) and not o.startswith(longer) and legal_form(o))
                                   or o == _COUNTRY_FIRM + stem) for o in orgs)


#: The country before a company's stem that names its national company (中国|联通), not another firm.
_COUNTRY_FIRM = "中国"


#: Company words and trades after a company's stem in the text that name a company of their own with it (九鼎|投资
#: beside 九鼎集团, 中信|证券 beside 中信集团).
_OTHER_COMPANY_WORDS = ("投资", "控股", "股份", "证券", "基金", "银行", "地产", "置业", "保险", "信托")


def _words_after(mentions: list[Mention], text: str) -> dict[str, set[str]]:
    """The company words (:data:`_OTHER_COMPANY_WORDS`) the text writes right after an organisation's name that
    ends in none, each name to its words (九鼎 of 九鼎|投资称: 投资; not 东吴基金|投资总监, a trade's name and a
    title)."""
    after: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label is Label.ORGANIZATION and text[m.start:m.end] == m.simplified \
                and not m.simplified.endswith(_OTHER_COMPANY_WORDS) \
                and text[m.end:m.end + 2] in _OTHER_COMPANY_WORDS:
            after[m.simplified].add(text[m.end:m.end + 2])
    return after


def _placed_before(mentions: list[Mention], text: str) -> dict[str, set[str]]:
    """The places (as written, Simplified) the text writes right before an organisation's name, or before it and
    的, each name (canonical) to its places (巴塞罗那的|文华东方酒店, 广东|麦当劳): that place's body, no other's.

    >>> place = Mention("d", 0, 4, "巴塞罗那", "巴塞罗那", Label.PLACE, "x", canonical="巴塞罗那")
    >>> hotel = Mention("d", 5, 11, "文华东方酒店", "文华东方酒店", Label.ORGANIZATION, "x", canonical="文华东方酒店")
    >>> _placed_before([place, hotel], "巴塞罗那的文华东方酒店")
    {'文华东方酒店': {'巴塞罗那'}}
    """
    if not text:
        return {}
    ending = {m.end: m.simplified for m in mentions if m.label is Label.PLACE}
    placed: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label is Label.ORGANIZATION:
            place = ending.get(m.start) or (ending.get(m.start - 1) if text[m.start - 1:m.start] == "的" else None)
            if place:
                placed[m.canonical or m.simplified].add(place)
    return dict(placed)


#: What joins the conjuncts of a list of names (甲、乙和丙; 甲与乙; 甲及乙)
_CONJUNCTIONS = frozenset({"、", "和", "与", "及", "以及"})


def _coordinated(mentions: list[Mention], text: str) -> set[tuple[str, str]]:
    """The pairs of organisations' names (canonical) the text writes side by side in a list, a conjunction between
    them and nothing else (青岛海尔、海尔集团; 甘肃电投与甘肃电投大容电力有限责任公司).

    >>> a = Mention("d", 0, 2, "海尔", "海尔", Label.ORGANIZATION, "x", canonical="海尔")
    >>> b = Mention("d", 3, 7, "海尔集团", "海尔集团", Label.ORGANIZATION, "x", canonical="海尔集团")
    >>> sorted(_coordinated([a, b], "海尔、海尔集团")), _coordinated([a, b], "海尔称海尔集团")
    ([('海尔', '海尔集团')], set())
    """
    if not text:
        return set()
    orgs = sorted((m for m in mentions if m.label is Label.ORGANIZATION), key=lambda m: (m.start, -m.end))
    pairs = set()
    for one, other in zip(orgs, orgs[1:]):
        if one.end <= other.start and text[one.end:other.start] in _CONJUNCTIONS:
            pairs.add((one.canonical or one.simplified, other.canonical or other.simplified))
    return pairs


#: Words between a company and one it holds, buys or acts with (比亚迪集团旗下…比亚迪, 东方电子集团…持有的东方电子,
#: 云南锡业集团一致行动人云南锡业集团有限责任公司)
_HOLDING = re.compile("旗下|持有的|控股的|子公司|一致行动人")
#: How far apart, at most, a holder and what it holds are written (letters between them)
_HOLDING_REACH = 20


def _holder_and_held(mentions: list[Mention], text: str) -> set[tuple[str, str]]:
    """The pairs of organisations' names (canonical) the text writes in one clause, a group first, with a word of
    holding or acting together between them and no other organisation (:data:`_HOLDING`): the group and a member,
    two bodies whatever their names share (not 深发展…新桥持有的深发展股份: no group holds there).

    >>> a = Mention("d", 0, 5, "比亚迪集团", "比亚迪集团", Label.ORGANIZATION, "x", canonical="比亚迪集团")
    >>> b = Mention("d", 15, 18, "比亚迪", "比亚迪", Label.ORGANIZATION, "x", canonical="比亚迪")
    >>> _holder_and_held([a, b], "比亚迪集团旗下两家港股上市公司比亚迪")
    {('比亚迪集团', '比亚迪')}
    >>> _holder_and_held([a, b], "比亚迪集团表示。两家港股上市公司比亚迪")
    set()
    """
    if not text:
        return set()
    orgs = sorted((m for m in mentions if m.label is Label.ORGANIZATION), key=lambda m: (m.start, -m.end))
    pairs = set()
    for one, other in zip(orgs, orgs[1:]):  # the next organisation: what 新桥持有的 holds is 新桥's, not 深发展's
        between = text[one.end:other.start]
        if _GROUP in one.simplified and one.end <= other.start <= one.end + _HOLDING_REACH and _HOLDING.search(between) \
                and not any(c in _CLAUSE_ENDS for c in between):
            pairs.add((one.canonical or one.simplified, other.canonical or other.simplified))
    return pairs


#: The word of a group's name: the holder of its members
_GROUP = "集团"
#: What ends a clause between a holder and what it holds
_CLAUSE_ENDS = frozenset("。！？!?；;\n")


#: Words before a company's legal name that make it one a company founds or holds (设立…有限公司, 子公司…)
_FOUNDED_AFTER = ("设立", "成立", "组建", "子公司", "旗下")


def _founded(mentions: list[Mention], text: str) -> set[str]:
    """The companies' legal names the text writes right after a word of founding or holding
    (:data:`_FOUNDED_AFTER`: 拟…设立|吉林敖东大高酵素有限公司, 全资子公司|海正药业有限公司)."""
    return {m.simplified for m in mentions if m.label is Label.ORGANIZATION and legal_form(m.simplified)
            and text[m.start:m.end] == m.simplified and text[max(0, m.start - 3):m.start].endswith(_FOUNDED_AFTER)}


def _names_no_one_company(stem: str, names: Collection[str], orgs: Iterable[str], after: Mapping[str, set[str]]
                          ) -> bool:
    """Whether company stem ``stem`` alone names none of ``names`` (its names with a company word): another legal
    name of the document opens with it (:func:`_stem_opens_another_company`), or the text writes a company word
    after it that none of ``names`` has after it (九鼎|投资 beside 九鼎集团).

    >>> _names_no_one_company("九鼎", ["九鼎", "九鼎集团"], [], {"九鼎": {"投资"}})
    True
    >>> _names_no_one_company("九鼎", ["九鼎", "九鼎投资集团"], [], {"九鼎": {"投资"}})
    False
    """
    return _stem_opens_another_company(stem, names, orgs) or any(
        not any(n.startswith(word, len(stem)) for n in names) for word in after.get(stem, ()))


def _stems_of_other_companies(mentions: list[Mention], after: Mapping[str, set[str]]) -> list[Mention]:
    """The mentions, a company's bare stem read as its alias (百联 of 百联集团) left its own name where it names
    no one company (:func:`_names_no_one_company`: 百联 beside 百联电子商务有限公司)."""
    orgs = {m.canonical for m in mentions if m.label is Label.ORGANIZATION}
    out = []
    for m in mentions:
        stem, full = m.simplified, m.canonical
        if m.label is Label.ORGANIZATION and m.extractor == MentionSource.ALIAS and stem != full \
                and _COMPANY_WORDS.sub("", full) == stem and _names_no_one_company(stem, (stem, full), orgs, after):
            m = _replace(m, stem, m.code)
        out.append(m)
    return out


@lru_cache(maxsize=4)
def _stems(names: Collection[str]) -> dict[str, set[str]]:
    """The organisation ``names`` by their stem, less the company words; a document's frozen set of names is worked
    out once for all the names a relation reader derives (:func:`document_company`), not once a name. Read only."""
    stems: dict[str, set[str]] = defaultdict(set)
    for n in names:
        stems[_COMPANY_WORDS.sub("", n)].add(n)
    return stems


def document_company(name: str, names: Collection[str], places: Collection[str] = frozenset()) -> str:
    """The one name of a document's organisation ``names`` that names company ``name`` (a name a relation reader
    derives after the names were joined, :func:`_merge_short_orgs`) with another company word or without its one
    trade, else ``name``: 绿瘦国际集团 of 绿瘦国际集团西安分公司 is the document's 绿瘦国际集团公司, 中信银行 of
    中信银行信用卡中心 its 中信.

    >>> document_company("绿瘦国际集团", ["绿瘦国际集团公司", "西安三奇"]), document_company("中信银行", ["中信"])
    ('绿瘦国际集团公司', '中信')
    >>> document_company("北京公司", ["北京集团"], {"北京"}), document_company("平安银行", ["平安", "平安证券"])
    ('北京公司', '平安银行')
    """
    stem = _COMPANY_WORDS.sub("", name)
    if name in names or len(stem) < 2 or stem in places:
        return name
    stems = _stems(names) if isinstance(names, frozenset) else _stems.__wrapped__(names)
    same = stems.get(stem, set())
    if not same:
        joined = join_trade_names(sorted(set(stems) | {stem}), frozenset(places))
        to = joined.get(stem, stem)
        same = {n for s, ns in stems.items() if s == to or joined.get(s) == to for n in ns}
    return next(iter(same)) if len(same) == 1 else name


def written_aliases(mentions: Iterable[Mention]) -> dict[str, str]:
    """Each name a document writes for an organisation whose node is named otherwise (an alias: 北京奥组委 of
    奥林匹克运动会组织委员会, 建行 of 中国建设银行), to that node's name; a written name of two nodes, or one that is
    a node's own name too, names no one of them.

    >>> alias = Mention("d", 0, 5, "北京奥组委", "北京奥组委", Label.ORGANIZATION, MentionSource.ALIAS,
    ...                 canonical="奥林匹克运动会组织委员会")
    >>> written_aliases([alias])
    {'北京奥组委': '奥林匹克运动会组织委员会'}
    >>> written_aliases([alias, replace(alias, canonical="北京奥组委")])
    {}
    """
    nodes: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label is Label.ORGANIZATION:
            nodes[m.simplified].add(m.canonical or m.simplified)
    return {name: next(iter(named)) for name, named in nodes.items() if len(named) == 1 and name not in named}


def _merge_short_orgs(mentions: list[Mention], lexicon: Lexicon, after: Mapping[str, set[str]] | None = None,
                      founded: Collection[str] = frozenset(),
                      coordinated: Collection[tuple[str, str]] = frozenset(),
                      placed: Mapping[str, set[str]] | None = None) -> list[Mention]:
    placed = placed or {}
    # the dashes that join two bodies' names into the name of the pair (an agreement's, a venture's): the name after
    # one is no short form of the pair's
    pair_dashes = ("—", "–", "－", "-", "/", "／")
    orgs = Counter(m.canonical for m in mentions if m.label is Label.ORGANIZATION)
    first: dict[str, int] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label is Label.ORGANIZATION:
            first.setdefault(m.canonical, m.start)
    cppcc = [name for name, _ in orgs.most_common() if name.endswith("政协") and name != "政协"]
    places = {n for m in mentions if m.label is Label.PLACE for n in (m.simplified, m.canonical) if n}
    place_names = tuple(sorted(places))
    mapping: dict[str, str] = {}
    # each name under every shorter ending it has: the longer names ending in a name are looked up, not scanned for
    ending_in: dict[str, list[str]] = defaultdict(list)
    written = {n: to for n, to in written_aliases(mentions).items() if n not in orgs}
    for o in (*orgs, *sorted(written)):
        for k in range(1, len(o) + 1):
            ending_in[o[k:]].append(o)
    for name in orgs:
        if name.startswith("政协") and not _FORMAL_CPPCC.match(name):
            # 政协, 政协机关: the document's own 政协 (and its organs)
            if cppcc:
                mapping[name] = cppcc[0] + name[2:]
            continue
        if lexicon.org_suffixes.get(name) == "standalone":
            continue  # 国务院 is China's State Council even beside 美国国务院
        # 政协 of 平谷区政协: the longer name is the short one with its place or ordinal in front (第一南遣舰队),
        # never a stray phrase the recogniser ran into a name (课程质量保证体系|同济大学 is no 同济大学)
        # (nor a pair of bodies a dash joins, 加州大学伯克利分校—上海张江(集团)有限公司: an agreement's name)
        longer = sorted(o for o in ending_in.get(name, ()) if o != "政协" and o in orgs
                        and (o[:-len(name)].startswith(place_names) or _ORDINAL.fullmatch(o[:-len(name)]))
                        and not o[:-len(name)].endswith(pair_dashes))
        if not longer:
            # 奥组委 of 北京奥组委, a name the document writes only as the alias of 第29届奥林匹克运动会组织委员会: that
            # body, when the written names so ending name one node
            by_written = {written[o] for o in ending_in.get(name, ()) if o in written and o != name
                          and o[:-len(name)].startswith(place_names)}
            if len(by_written) == 1 and name not in by_written:
                mapping[name] = next(iter(by_written))
                continue
            if (council := _one_council(name, ending_in.get(name, ()), orgs)) is not None:
                mapping[name] = council  # 组委会 … 全国地板“超级店员”大赛组委会
                continue
        if len(longer) == 1 and _arm_in_place(name, longer[0], places, first, lexicon):
            continue  # 东亚银行 … 收购加拿大东亚银行: the bank's arm in Canada
        if len(longer) == 1 and any(not longer[0].startswith(p) for p in placed.get(name, ())):
            continue  # 布拉格文华东方酒店 … 巴塞罗那的|文华东方酒店: another place's, no 布拉格's
        if len(longer) == 1:
            mapping[name] = longer[0]
        elif (full := _shortened_body(name, orgs, places)) is not None:
            mapping[name] = full
    # 广州农商行 is 广州农商银行: a bank's name with 行 for 银行 (the form 工行 and 建行 shorten further)
    for name in orgs:
        if name.endswith("行") and not name.endswith("银行") and len(name) >= 3 and name not in mapping \
                and (bank := name[:-1] + "银行") in orgs:
            mapping[name] = mapping.get(bank, bank)
    # a company's short form the document makes its alias somewhere is that company wherever another reader finds
    # it alone (建行 … 在建行, where the word 在建 kept the alias off it)
    aliased: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label is Label.ORGANIZATION and m.extractor == MentionSource.ALIAS and m.canonical != m.simplified \
                and m.simplified in company_short_forms(m.canonical, m.simplified):
            aliased[m.simplified].add(m.canonical)
    for short, fulls in sorted(aliased.items()):
        if len(fulls) == 1 and short in orgs and short not in mapping:
            mapping[short] = next(iter(fulls))
    # 信实集团, 信实公司 and 信实 are one company: the longest name stands for all
    companies: dict[str, list[str]] = defaultdict(list)
    for name in orgs:
        stem = _COMPANY_WORDS.sub("", name)
        # a place is no company's stem: 北京公司 and 北京集团 are two firms of Beijing
        if len(stem) >= 2 and name not in mapping and stem not in places:
            companies[stem].append(name)
    _group_at_home(companies, place_names)
    for stem, names in companies.items():
        if len(names) > 1 and stem in names and _names_no_one_company(stem, names, orgs, after or {}):
            names.remove(stem)  # 联想 beside 联想集团 and 联想控股股份有限公司: which of them is 联想?
        for part in _group_and_shares(stem, names):
            if len(part) > 1 and any(n != stem for n in part):
                main = sorted(part, key=lambda n: (-len(n), n))[0]
                mapping.update({n: main for n in part if n != main})
    # 新鸿基 and 新鸿基地产, 国泰 and 国泰基金公司: one company when the document gives the stem one trade only
    longest = {stem: sorted(names, key=lambda n: (-len(n), n))[0] for stem, names in companies.items()}
    for stem, main in join_trade_names(sorted(longest), frozenset(places)).items():
        for n in companies[stem]:
            mapping[n] = longest[main]
    # 摩根富林明 and 摩根富林明证券投资信托股份有限公司: a coined stem and the one legal name it opens
    for stem, full in join_legal_stems(sorted(n for n in orgs if n not in mapping), frozenset(places)).items():
        if full in founded and first.get(stem, 0) < first.get(full, 0):
            continue  # 吉林敖东拟…设立吉林敖东大高酵素有限公司: the founder and what it founds
        full = mapping.get(full, full)
        mapping.update({n: full for n, to in mapping.items() if to == stem})
        mapping[stem] = full
    mapping.update(_company_sites(orgs, mapping, places))
    for a, b in sorted(coordinated):
        if a != b and mapping.get(a, a) == mapping.get(b, b):
            # 青岛海尔、海尔集团和海尔特种冰柜; 甘肃电投与甘肃电投大容电力有限责任公司: two names a list writes side by
            # side are two bodies, whatever their names share
            for name in (a, b):
                mapping.pop(name, None)
    # ST黄海 is the listed company, a 股份 company: never its group (黄海集团) nor a subsidiary (深圳市康达尔运输有限公司);
    # ST厦华 is still 厦华公司
    listed = {m.simplified for m in mentions if m.extractor == MentionSource.ORG_STOCK_MARK}
    out = []
    for m in mentions:
        to = mapping.get(m.canonical, m.canonical)
        if m.label is Label.ORGANIZATION and m.simplified in listed and to != m.simplified \
                and ("集团" in to or "有限" in to) and "股份" not in to:
            m = _replace(m, m.simplified, m.code)
        elif m.label is Label.ORGANIZATION and m.canonical in mapping:
            m = _replace(m, mapping[m.canonical], m.code)
        if m.label is Label.ORGANIZATION and m.canonical == "政协":
            continue  # names no particular body
        out.append(m)
    return out


def _one_council(name: str, ending: Iterable[str], orgs: Collection[str]) -> str | None:
    """The one organisation of the document (``orgs``; ``ending``: the names ending in ``name``) that a committee
    or council written by its kind alone names: a common noun of jieba's dictionary ending in 会 (组委会, 董事会,
    委员会) is the body of that kind the document names in full (大赛组委会, 百花电影节组委会), when it names one only.

    >>> _one_council("组委会", ["大赛组委会"], {"组委会", "大赛组委会"})
    '大赛组委会'
    >>> _one_council("组委会", ["大赛组委会", "影展组委会"], {"组委会", "大赛组委会", "影展组委会"}) is None
    True
    >>> _one_council("人民法院", ["最高人民法院"], {"人民法院", "最高人民法院"}) is None  # no council
    True
    """
    from zhkg.stages.segment import dictionary_tag

    if not name.endswith(_COUNCIL) or dictionary_tag(name) != "n":
        return None
    longer = sorted({o for o in ending if o != name and o in orgs})
    return longer[0] if len(longer) == 1 else None


def _group_at_home(companies: dict[str, list[str]], places: tuple[str, ...]) -> None:
    """Move each group named with its home before its stem (瑞士欧瑞康集团, 瑞士 a place of the document) to the names
    of that stem (欧瑞康) when the document writes the stem as a company too: a group is named with its home, never as
    its arm there (:func:`_arm_in_place`); not beside a 股份 company of the stem (a group and its listed member are two,
    :func:`_group_and_shares`).

    >>> companies = {"瑞士欧瑞康": ["瑞士欧瑞康集团"], "欧瑞康": ["欧瑞康"]}
    >>> _group_at_home(companies, ("瑞士",)); companies
    {'欧瑞康': ['欧瑞康', '瑞士欧瑞康集团']}
    """
    for stem in sorted(companies):
        place = max((p for p in places if stem.startswith(p)), key=len, default="")
        rest = stem[len(place):]
        if not place or len(rest) < 2 or rest not in companies or rest in places or not all(map(is_han, rest)) \
                or any(n[len(rest):].startswith("股份") for n in companies[rest]):
            continue
        groups = [n for n in companies[stem] if n[len(stem):].startswith("集团") and "股份" not in n]
        if groups:
            companies[rest].extend(groups)
            companies[stem] = [n for n in companies[stem] if n not in groups]
            if not companies[stem]:
                del companies[stem]


#: The last letter of a committee's or council's kind (组委会, 董事会, 委员会)
_COUNCIL = "会"


#: What a company's web portal adds to its name (新浪|网, 淘宝|网)
_SITE = "网"


def _company_sites(orgs: Collection[str], mapping: Mapping[str, str], places: Collection[str]) -> dict[str, str]:
    """The document's organisation names that are a company's web portal, named by the company's name and 网 where
    the document writes that name alone too (新浪 … 新浪网, 淘宝 … 淘宝网), each to the company's node, and each
    name already mapped to the portal with it; not a place's name (中国 … 中国网: the site is no country's), nor
    a name of one letter or of Latin letters.

    >>> _company_sites(["新浪", "新浪网", "新华网"], {}, set())
    {'新浪网': '新浪'}
    >>> _company_sites(["中国", "中国网"], {}, {"中国"}), _company_sites(["淘宝", "淘宝网"], {"淘宝": "淘宝公司"}, set())
    ({}, {'淘宝网': '淘宝公司'})
    """
    found: dict[str, str] = {}
    for name in sorted(orgs):
        site = name + _SITE
        if site in orgs and site not in mapping and len(name) >= 2 and all(map(is_han, name)) \
                and name not in places:
            company = mapping.get(name, name)
            found[site] = company
            found.update({n: company for n, to in mapping.items() if to == site})
    return found


#: Heads of a company's name that a place before it makes the company's arm there (加拿大东亚银行, 布拉格文华东方酒店)
_ARM_HEADS = ("银行", "酒店", "饭店", "宾馆", "超市")
# last letters of public bodies' names (公安局, 国资委, 研究院, …): a name ending in none and in no organisation
# suffix of the lexicon is a company's brand (家乐福)
_BODY_LAST = frozenset("局委会院部厅所处办队团党社馆校站台署府军司组室")


def _arm_in_place(name: str, longer: str, places: Collection[str], first: Mapping[str, int],
                  lexicon: Lexicon) -> bool:
    """Whether ``longer`` (a place and company ``name``) is the company's arm in that place, not the company: the
    document writes the company before it writes it with the place (东亚银行 … 加拿大东亚银行, 家乐福 … 台湾家乐福),
    and the company is a bank, hotel or store, or a brand with no organisation's head (家乐福); never 中国 (中国平安),
    a group or firm (瑞士欧瑞康集团: its home) or a public body (平谷区政协).

    >>> lex = load_lexicon()
    >>> _arm_in_place("东亚银行", "加拿大东亚银行", {"加拿大"}, {"东亚银行": 5, "加拿大东亚银行": 12}, lex)
    True
    >>> _arm_in_place("东亚银行", "加拿大东亚银行", {"加拿大"}, {"东亚银行": 15, "加拿大东亚银行": 2}, lex)
    False
    >>> _arm_in_place("政协", "平谷区政协", {"平谷区"}, {"政协": 0, "平谷区政协": 9}, lex)
    False
    """
    place = longer[:-len(name)]
    if place not in places or place.startswith(("中国", "中华")) or first.get(name, 0) >= first.get(longer, 0):
        return False
    if name.endswith(_ARM_HEADS):
        return True
    return name[-1] not in _BODY_LAST and not name.endswith(tuple(lexicon.org_suffixes)) \
        and not _COMPANY_WORDS.search(name) and all(is_han(c) for c in name)


def _group_and_shares(stem: str, names: list[str]) -> list[list[str]]:
    """A company stem's names (``names``) as the bodies they name: a group (X集团, X集团公司) and a 股份 company
    (X股份, X股份有限公司) of one stem are two (一汽集团 and 一汽股份, its listed member), the stem alone then
    neither; else all one.

    >>> _group_and_shares("一汽", ["一汽", "一汽集团", "一汽股份"])
    [['一汽集团'], ['一汽股份']]
    >>> _group_and_shares("成商", ["成商集团", "成商集团股份有限公司"])
    [['成商集团', '成商集团股份有限公司']]
    """
    group = [n for n in names if n[len(stem):].startswith("集团") and "股份" not in n]
    shares = [n for n in names if n[len(stem):].startswith("股份")]
    if not group or not shares:
        return [names]
    return [group, shares]


def _replace(m: Mention, canonical: str, code: str) -> Mention:

    return m.renamed(canonical, code)  # ``replace(m, canonical=canonical, code=code)``, quicker
