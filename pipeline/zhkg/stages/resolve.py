"""Resolution: merge mentions into entities, resolving aliases in context.

Within a document, news text names the same body many ways: 平谷区政协, 平谷政协,
区政协, 政协北京市平谷区委员会, or just 政协; the same place as 平谷区, 平谷 or 全区.
This stage gives every mention a *canonical* Simplified name using the
document's own context:

* the document's **home places**: its most-mentioned district/county (区, 县) and
  city (市), read off the coded place mentions (a district's city is its parent
  when the city is not named). ``全区``/``区`` resolve to the home district,
  ``全市``/``市`` to the home city; in an article about an autonomous region
  (宁夏回族自治区, named at least as often as any district) ``我区``/``全区`` are that
  region, as it calls itself; ``我国`` is 中国;
* a place at the start of an organisation name is replaced by its canonical
  form (平谷政协 -> 平谷区政协); 政协 + places + 委员会 is the formal name of the
  lowest place's 政协 (政协北京市平谷区委员会 -> 平谷区政协);
* a bare 政协 (or 政协机关) is the document's most-mentioned 政协 (or its organ); an organisation name that
  ends exactly one longer organisation name of the document is that organisation
  (农村基层防控组 -> 平谷区新冠肺炎疫情农村基层防控组);
* **in-document aliases**: a short form the document defines or abbreviates (``ALIAS``
  mentions: 以下简称长实, 首规委 of 首都规划建设委员会) is its full name; company names
  that differ only in their company word are one company (信实集团, 信实公司, 信实, 信实股份), and so are a
  company's name with and without its one trade (新鸿基地产, 新鸿基), a coined stem and the one legal name it
  opens (摩根富林明) and a bank's short form wherever it is read (建行: :mod:`zhkg.extract.company_aliases`); a part
  of a transliterated name is that person when one such name of the document has it
  (邦戈 of 哈吉奥马尔·邦戈·翁丁巴); a place without a code named as a state's long form
  is the place the gazetteer holds (加蓬共和国 -> 加蓬); a person's courtesy, art, former or pen name written after the
  name is that person, across a biography's clauses between (李天赐，字耀枢，号竹溪; 严鸿逵，浙江湖州人，字赓臣);
* **well-known bodies** (``organisations_known.tsv``): a body's names and its full name that a document
  writes, whichever extractor found them, are one entity named by the form the table lists first among them
  (港大 and 香港大学 are 香港大学; 北约 and 北大西洋公约组织 are 北约); a canonical name is a form the
  document writes, never one the table adds (TVB alone stays TVB).

Entities are then mentions grouped by (label, canonical name) across the
documents of a run; places with an official code group by code. Each entity
keeps every surface form as an alias.

Layout (tidy106): this module reads one document (:func:`canonicalise`, places, people, countries);
:mod:`zhkg.stages.resolve_companies` holds the company and body aliases it calls (a short form of a body the
document names in full, 工研院 of 工业技术研究院, is :mod:`zhkg.stages.abbreviated_bodies`'s), and
:mod:`zhkg.stages.entity_groups` the entities made across documents (:func:`resolve_entities`, :class:`EntityTally`),
and (tidy251) :mod:`zhkg.stages.resolve_people` a person's other forms (字子明, 特朗普, 石破, 邦戈) it maps to the name.
This module exports only what it defines (:class:`DocumentContext`, :func:`document_context`,
:func:`canonicalise`; tidy273): import every other name from the module that defines it
(:func:`~zhkg.stages.entity_groups.entity_id`, :func:`~zhkg.stages.entity_groups.resolve_entities`,
:func:`~zhkg.stages.resolve_companies.written_aliases` …).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from zhkg.extract.married_names import married_short_forms
from zhkg.extract.non_bodies import name_kind_words, name_schools
from zhkg.extract.teams import listed_team_name, named_team
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.gazetteer import COUNTRY_CODE, HOME_CODES, LEVEL_CHARACTERS, Gazetteer, is_country_code
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.abbreviated_bodies import join_abbreviated_bodies
from zhkg.stages.entity_groups import one_join
from zhkg.stages.government_forms import one_body_of_state
from zhkg.stages.numbered_terms import _aliases_as_numbered_terms
from zhkg.stages.resolve_companies import (
    _FORMAL_CPPCC,
    _coordinated,
    _founded,
    _holder_and_held,
    _merge_short_orgs,
    _placed_before,
    _replace,
    _stems_of_other_companies,
    _words_after,
)
from zhkg.stages.resolve_people import _foreign_people, _japanese_family_names, _known_people, _other_names
from zhkg.text import NUMBERED_TERM, SpanIndex

__all__ = ["DocumentContext", "document_context", "canonicalise"]

# media, schools, firms, institutes, societies and parties keep the names they give themselves:
# 北京国际城市发展研究院 is no 北京市国际…, 台湾民进党 no 台湾省民进党
_OWN_NAMES = ("日报", "晚报", "报", "网", "台", "社", "客户端", "学院", "大学", "公司", "集团", "银行", "医院",
              "研究院", "研究所", "研究中心", "研究会", "基金会", "学会", "协会", "党",
              # courts of special jurisdiction are named with a city, not by its division (宁波海事法院)
              "海事法院", "互联网法院", "知识产权法院", "金融法院", "铁路运输法院")
_OWN_NAME_WORDS = ("大学", "学院", "日报", "报社", "银行", "公司", "集团", "医院")
# the division kind of the deixis words naming the country (全国, 我国)
_COUNTRY = "国"
# the deixis kind of 全州/我州 (``deixis.tsv``), and how the place it stands for ends
_PREFECTURE_KIND, _PREFECTURE = "州", "自治州"
# the deixis word 自治区 (an autonomous region, never a province of another kind), and 全 opening "the whole" of a
# place just named (全县, 全区)
_AUTONOMOUS, _WHOLE = "自治区", "全"
# the gazetteer's level of counties and districts (1 a province, 2 a prefecture, 4 a township)
_COUNTY_LEVEL = 3
# the heads of a division's own party, government and state bodies, which official names spell with the
# division's full name (山东公安厅 is 山东省公安厅, 武汉卫健委 武汉市卫健委); not an event's organising
# committee (北京奥组委), nor anything else a place names (上海合作组织, 广州恒大, 北京银行)
_DIVISION_BODY = re.compile(
    r"(?:^府|局|厅|(?<!组)委|办|办公室|政府|政协|人大|常委会|(?<!组织)委员会|法院|检察院|党组|组织部|宣传部|统战部|机关|大队|支队)$")


_STATE_FORMS = re.compile(r"^(.{2,}?)(?:共和国|民主共和国|联邦共和国|王国|联邦|合众国)$")


@dataclass(frozen=True)
class DocumentContext:
    """What a document's short forms refer to: its home place of each kind, by suffix."""

    home: dict[str, tuple[str, str]] = field(default_factory=dict)  # 区 -> (平谷区, 110117)


def _kind(name: str) -> str:
    for suffix in ("自治区", "自治州", "自治县"):
        if name.endswith(suffix):
            return {"自治区": "省", "自治州": "市", "自治县": "县"}[suffix]
    return name[-1:] if name[-1:] in LEVEL_CHARACTERS else ""


def document_context(mentions: list[Mention], gazetteer: Gazetteer) -> DocumentContext:
    """The home places of a document from its coded PLACE mentions."""
    counts: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for m in mentions:
        if m.label is Label.PLACE and m.code and m.canonical:
            kind = _kind(m.canonical)
            if kind:
                counts[kind][(m.canonical, m.code)] += 1
    home = {kind: c.most_common(1)[0][0] for kind, c in sorted(counts.items())}
    # a district's or county's city is its parent when no city is named (平谷区 -> 北京市)
    for kind in ("区", "县"):
        if kind in home and "市" not in home:
            parent = gazetteer.parent(home[kind][1])
            if parent is not None and _kind(parent.name) == "市":
                home["市"] = (parent.name, parent.code)
    # 我区 in a 宁夏 article is the autonomous region (a 区 of provincial rank), unless a district is
    # mentioned more often than the region
    region = home.get("省")
    if region is not None and region[0].endswith(_AUTONOMOUS):
        if "区" not in home or counts["省"][region] >= counts["区"][home["区"]]:
            home["区"] = region
    # a bare 自治区 is the autonomous region the document names most, never a province of another kind
    regions = Counter({place: n for place, n in counts["省"].items() if place[0].endswith(_AUTONOMOUS)})
    if regions:
        home[_AUTONOMOUS] = regions.most_common(1)[0][0]
    # 全州/我州 are the autonomous prefecture the document names most (全州共破获…: 阿坝藏族羌族自治州); a document
    # naming none has no home 州 (全州 of an American state's story, or the county 全州县, is left alone)
    prefectures = Counter({place: n for place, n in counts["市"].items() if place[0].endswith(_PREFECTURE)})
    if prefectures:
        home[_PREFECTURE_KIND] = prefectures.most_common(1)[0][0]
    country = gazetteer.parent(home["省"][1]) if "省" in home else None
    home["国"] = (country.name, country.code) if country is not None and country.code == COUNTRY_CODE else ("中国", COUNTRY_CODE)
    return DocumentContext(home=home)


def _place_canonical(m: Mention, ctx: DocumentContext, deixis: Mapping[str, str]) -> tuple[str, str]:
    if m.simplified == _AUTONOMOUS:
        return ctx.home.get(_AUTONOMOUS, ("", ""))
    if m.simplified in deixis:
        return ctx.home.get(deixis[m.simplified], ("", ""))
    return (m.name, m.code)


def _org_canonical(m: Mention, places: SpanIndex, ctx: DocumentContext, deixis: Mapping[str, str],
                   text: str = "", coded: Callable[[Mention], bool] | None = None) -> str:
    name = m.simplified
    formal = _FORMAL_CPPCC.match(name)
    inner = sorted((p for p in places.overlapping(m) if m.start <= p.start and p.end <= m.end), key=lambda p: p.start)
    if formal:
        formal_places = [p for p in inner if p.start - m.start >= 2 and p.end - m.start <= 2 + len(formal.group(1))]
        if formal_places:
            lowest, _ = _place_canonical(formal_places[-1], ctx, deixis)
            return f"{lowest}政协{formal.group(2)}"
    lead = next((p for p in inner if p.start == m.start), None)
    if m.extractor == MentionSource.ORG_TEAM:
        return name  # 山东队 is the team's name, not 山东省 + 队
    if name.endswith(_OWN_NAMES) or any(word in name for word in _OWN_NAME_WORDS):
        return name  # 北京日报, 北京大学房地产研究所: titles, not 北京市 + 日报
    # the country's deixis is resolved only bare: a national body is named with it (全国人大常委会 is no
    # 中国人大常委会, 全国政协 no 中国政协), while 全区政协 and 自治区党委 are the home place's
    if lead is not None and "a" <= name[lead.end - m.start:][:1].lower() <= "z":
        return name  # 山东IT在线, 北京SKP: a place before a Latin name is the name's own, no 山东省IT
    if lead is not None and lead.end - lead.start == 1 and any(p.start == lead.end for p in inner):
        return name  # 中美教育基金, 中日友好医院: two countries' body, no 中国美教育基金
    if lead is not None and (lead.extractor != MentionSource.DEIXIS or deixis.get(lead.simplified) != _COUNTRY):
        canonical, _ = _place_canonical(lead, ctx, deixis)
        rest = name[lead.end - m.start:]
        if canonical and lead.extractor != MentionSource.DEIXIS and not _DIVISION_BODY.search(rest):
            return name  # 上海合作组织, 广州恒大, 上海证券交易所: named with the place, not the division's body
        if canonical and len(canonical) < lead.end - lead.start and lead.simplified.startswith(canonical):
            return name  # 台湾省政府 stays itself: a body's name takes a division's full name, never a shorter one
        if canonical:
            return canonical + name[lead.end - m.start :]
    if name[:2] in deixis and deixis[name[:2]] != _COUNTRY:
        home, _ = ctx.home.get(deixis[name[:2]], ("", ""))
        if home:
            return home + name[2:]
    if name[:1] in LEVEL_CHARACTERS and len(name) >= 2:
        home = _place_in_sentence(m, places, text, name[:1], coded) or ctx.home.get(name[:1], ("", ""))[0]
        if home:
            return home + name[1:]
    return name


_SENTENCE_ENDS = "。！？!?\n"
# regions whose 全国 is the whole country's, never their own (香港政府…全国人大)
_NOT_COUNTRIES = ("CN", "HK", "MO")
# the country's body or officer reporting, right before its 全国/我国 (日本政府宣布，; 韩国统计厅数据显示，): not a
# country said to be something (马来西亚是我国在东盟最大的贸易伙伴: 我国 is still China)
_COUNTRY_REPORTS = re.compile(r"[^，,。；;：:]{0,20}?(?:表示|宣布|宣称|指出|称|说|统计|显示|公布|透露|强调|介绍)[，,：:]")


def _subject_country(m: Mention, places: SpanIndex, text: str) -> Mention | None:
    """The country other than China that opens ``m``'s sentence, itself or as the first word of its subject's
    name, reporting (表示, 宣布…) right before ``m`` with no other place named: what 全国 and 我国 stand for there
    (日本政府宣布，全国已有40个县… is Japan; 台湾外交部指出，我国… is Taiwan, as 全台 is; session 26, counts29).

    >>> from zhkg.records import Mention, Label, MentionSource
    >>> text = "日本政府宣布，全国已有40个县解除紧急状态。"
    >>> japan = Mention("d", 0, 2, "日本", "日本", Label.PLACE, "gazetteer", canonical="日本", code="JP")
    >>> whole = Mention("d", 7, 9, "全国", "全国", Label.PLACE, MentionSource.DEIXIS)
    >>> _subject_country(whole, SpanIndex([japan, whole]), text).name
    '日本'
    """
    start = max(text.rfind(c, 0, m.start) for c in _SENTENCE_ENDS) + 1
    while start < m.start and text[start] in " \u3000“「\"":
        start += 1
    # a place must open the sentence, right at ``start``: asked first, letter by letter, so a long sentence's places
    # are gathered only when one does (and the rest of the test may hold)
    opening = [p for p in places.overlapping(replace(m, start=start, end=start + 1)) if p.start == start
               and p.end <= m.start and p.extractor != MentionSource.DEIXIS]
    if len(opening) != 1 or not _COUNTRY_REPORTS.fullmatch(text, opening[0].end, m.start):
        return None
    before = sorted((p for p in places.overlapping(replace(m, start=start, end=m.start)) if p.end <= m.start
                     and p.extractor != MentionSource.DEIXIS), key=lambda p: p.start)
    if len(before) != 1 or before[0].start != start:
        return None
    first = before[0]
    if len(first.code) != 2 or not first.code.isupper() or first.code in _NOT_COUNTRIES:
        return None
    return first if _COUNTRY_REPORTS.fullmatch(text, first.end, m.start) else None


#: How mainland copy writes of Taiwan (岛内, 台湾当局, 台湾地区, 国台办): a document that does is no Taiwan outlet's own
#: news, and its 全国 stays China's
_MAINLAND_VOICE = re.compile(r"岛内|台湾当局|台湾地区|台当局|国台办|台办|宝岛|台湾同胞|台胞")
_TAIWAN = "TW"
#: Taiwan's news's word for its own country, "at home" (``deixis.tsv``; session 29, counts37): no place elsewhere
_AT_HOME = "国内"


def _taiwan_news(mentions: list[Mention], lexicon: Lexicon, text: str) -> bool:
    """Whether a document is Taiwan's own news: the region most of its coded places and of its well-known bodies
    (``organisations_known.tsv``: 卫福部, 海巡署, 台积电 are Taiwan's) lie in is Taiwan, it names no mainland province
    or city, and it writes of Taiwan in none of the mainland's words (``_MAINLAND_VOICE``). There 全国 and 我国 are Taiwan's own country, as 全台 is
    (教育部统计，全国共有12所大学停招 beside 台北市; session 28, counts35).

    >>> from zhkg.records import Mention, Label
    >>> taipei = Mention("d", 0, 3, "台北市", "台北市", Label.PLACE, "gazetteer", canonical="台北市", code="TW-TPE")
    >>> _taiwan_news([taipei], load_lexicon(), "台北市今年全国…"), _taiwan_news([taipei], load_lexicon(), "岛内…")
    (True, False)
    """
    if _MAINLAND_VOICE.search(text):
        return False
    codes = [m.code for m in mentions if m.label is Label.PLACE and m.code]
    if any(code.isdigit() for code in codes):
        return False  # a mainland province or city named (广州、台北、上海三座城市…全国公映): whose 全国 is unsure
    known = lexicon.known_organisations
    regions = [region_of(code) for code in codes]
    regions += [_REGION_CODES.get(known[m.simplified][1], "") for m in mentions
                if m.label is Label.ORGANIZATION and m.simplified in known]
    return leading(r for r in regions if r) == _TAIWAN


_WHOLE_COUNTRY = "全国"
_UNSET = object()  # a document's country abroad not yet worked out (canonicalise)


_SOURCE_OPENING = re.compile(r"据《?$")  # 据日本共同社报道, 据《日本经济新闻》: the source's place, not the story's


def _foreign_story(mentions: list[Mention], gazetteer: Gazetteer, text: str = "") -> object | None:
    """The one country abroad every coded place of a document lies in (日本, 北海道, 秋田县, 冲绳县: Japan), with no
    place of the mainland, Hong Kong, Macau or Taiwan named: a story about that country, whose 全国 is its own
    (日本环境省宣布，…全国共有230人遭到熊袭击受伤; 肯塔基…握有7个全国冠军). None when places of two countries are named,
    or none is. 我国 stays the writer's (民生加银是我国首家…合资基金公司 beside 加拿大皇家银行: China), and the place
    opening a source's name (据日本共同社报道，全国已有…: the agency's country) is none of the story's. owners310.

    >>> from zhkg.records import Mention, Label
    >>> from zhkg.resources.gazetteer import load_gazetteer
    >>> akita = Mention("d", 0, 3, "秋田县", "秋田县", Label.PLACE, "gazetteer", canonical="秋田县", code="JP-05")
    >>> beijing = Mention("d", 4, 6, "北京", "北京", Label.PLACE, "gazetteer", canonical="北京市", code="110000")
    >>> _foreign_story([akita], load_gazetteer()).name, _foreign_story([akita, beijing], load_gazetteer())
    ('日本', None)
    """
    regions = {region_of(m.code) for m in mentions if m.label is Label.PLACE and m.code
               and m.extractor != MentionSource.DEIXIS and not _SOURCE_OPENING.search(text, max(0, m.start - 2), m.start)}
    if len(regions) != 1:
        return None
    region = regions.pop()
    if region in (*_NOT_COUNTRIES, _TAIWAN) or not is_country_code(region):
        return None
    return gazetteer.get(region)


def _place_in_sentence(m: Mention, places: SpanIndex, text: str, kind: str,
                       coded: Callable[[Mention], bool] | None = None) -> str:
    """The coded place of ``kind`` (市, 县…) named last before ``m`` in its sentence or the one before, if any:
    深圳市人民政府今天举行发布会。市发展改革委… is 深圳市's even in an article more about 杭州市 (the home city).
    ``coded`` says whether a place is a division (default: it has a code); the recogniser's places get theirs only
    when resolved (宜兰县长…，县府… is 宜兰县政府, session 27)."""
    place = _place_before(m, places, text, lambda name: _kind(name) == kind, coded)
    return place.name if place is not None else ""


def _place_before(m: Mention, places: SpanIndex, text: str, fits: Callable[[str], bool],
                  coded: Callable[[Mention], bool] | None = None) -> Mention | None:
    """The coded place whose name ``fits`` named last before ``m`` in its sentence or the one before, if any."""
    if not text:
        return None
    coded = coded or (lambda p: bool(p.code))
    end = max(text.rfind(c, 0, m.start) for c in _SENTENCE_ENDS)
    start = max(text.rfind(c, 0, end) for c in _SENTENCE_ENDS) + 1 if end > 0 else 0
    before = [p for p in places.overlapping(replace(m, start=start, end=m.start)) if p.end <= m.start and coded(p)
              and p.extractor != MentionSource.DEIXIS]
    return next((p for p in sorted(before, key=lambda p: p.end, reverse=True) if fits(p.name)), None)


def _deixis_fits(word: str, kind: str) -> Callable[[str], bool] | None:
    """What a place must be for the deixis ``word`` of ``kind`` to stand for it when named right before it (the
    nearest such place, :func:`_place_before`), or None for a word that names the writer's own place wherever it is
    written (我区, 本市, 全国). 全区, 全市, 全县 and 全省 are "the whole" of the place just named: 江西赣州兴国县…。
    …婺源县…。预计…全县接待游客超过100万人次 is 婺源县's, not the county the article names most; 全区 after an autonomous
    region is the region (宁夏…，全区…). A bare 自治区 is an autonomous region only (宁夏13家国家级和自治区级…), never a
    province of another kind.

    >>> [_deixis_fits("全县", "县")("婺源县"), _deixis_fits("全区", "区")("宁夏回族自治区"), _deixis_fits("自治区", "省")("江西省")]
    [True, True, False]
    >>> _deixis_fits("我区", "区") is None
    True
    """
    if word == _AUTONOMOUS:
        return lambda name: name.endswith(_AUTONOMOUS)
    if not word.startswith(_WHOLE) or kind in (_COUNTRY, _PREFECTURE_KIND):
        return None
    if kind == "区":
        return lambda name: _kind(name) == kind or name.endswith(_AUTONOMOUS)
    return lambda name: _kind(name) == kind


_SHORT_GOVERNMENT = re.compile(r"(?<=[市县])府$")


def _full_government(name: str) -> str:
    """Taiwan's 市府 and 县府 are the city's and the county's 政府: 桃园市府 is 桃园市政府, one body with it.

    >>> _full_government("桃园市府"), _full_government("花莲县政府"), _full_government("首府")
    ('桃园市政府', '花莲县政府', '首府')
    """
    return _SHORT_GOVERNMENT.sub("政府", name)


def _numbered_term_body(name: str, lexicon: Lexicon) -> str:
    """The body a name opening with a numbered term names (十四届全国人大 → 全国人大, 第七届立法会 → 立法会), when
    the rest is a well-known body or a short form of the alias table; else "". The span stays whole, as MSRA marks
    九届全国人大 and 首届立法会; the node is the body, one over its terms, as the web set's gold names it (intl153).

    >>> lexicon = load_lexicon()
    >>> [_numbered_term_body(n, lexicon) for n in ("十四届全国人大", "第七届立法会", "第三届董事会", "全国人大")]
    ['全国人大', '立法会', '', '']
    """
    term = NUMBERED_TERM.match(name) if "届" in name else None
    if term is None:
        return ""
    body = name[term.end():]
    return body if body in lexicon.known_organisations or body in lexicon.org_aliases else ""


def _known_bodies(mentions: list[Mention], lexicon: Lexicon) -> dict[str, str]:
    """The name each well-known body's form the document writes takes (``organisations_known.tsv``): the
    form of the body the table lists first among those the document writes, a full name without a row of its
    own last (港大 and 香港大学 are 香港大学; 北约 and 北大西洋公约组织 are 北约); a form written alone is
    itself, so a canonical name is always a form the document writes (TVB stays TVB)."""
    known, full = lexicon.known_organisations, lexicon.known_full_names
    rank = _known_ranks(lexicon)
    opening = _known_openings(lexicon)
    forms: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label is Label.ORGANIZATION:
            body = known[m.simplified][2] if m.simplified in known else full.get(m.simplified) \
                or opening.get(m.simplified)
            if body:
                forms[body].add(m.simplified)
    return {form: min(written, key=lambda f: (rank.get(f, len(rank)), f))
            for written in forms.values() for form in written}


@lru_cache(maxsize=4)  # a Lexicon hashes by identity
def _known_ranks(lexicon: Lexicon) -> dict[str, int]:
    return {name: i for i, name in enumerate(lexicon.known_organisations)}


@lru_cache(maxsize=4)  # a Lexicon hashes by identity
def _known_openings(lexicon: Lexicon) -> dict[str, str]:
    """The forms between a company's listed name and the full name it opens, each to that company's body: 鸿海精密
    and 鸿海精密工业 of 鸿海 (鸿海精密工业股份有限公司), as a listed company's stock short name writes it (鸿海精密（2317）;
    review167). Only a full name that starts with the listed name gives them (台湾积体电路制造… of 台积电 gives none),
    so a form is never a letter run of another company's name.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> opening = _known_openings(load_lexicon())
    >>> opening["鸿海精密"], "台湾积体电路" in opening
    ('鸿海', False)
    """
    out: dict[str, str] = {}
    for name, (kind, _, body, _) in lexicon.known_organisations.items():
        fuller = next((f for f, b in lexicon.known_full_names.items() if b == body), "")
        if kind == "company" and fuller.startswith(name):
            for k in range(len(name) + 2, len(fuller)):
                if fuller[:k] not in lexicon.known_organisations:
                    out.setdefault(fuller[:k], body)
    return out


def canonicalise(mentions: list[Mention], gazetteer: Gazetteer, *, lexicon: Lexicon | None = None,
                 text: str = "") -> list[Mention]:
    """Give each mention of one document its canonical name; drop what cannot be resolved.

    Deictic places (全区) without a home place in the document are dropped, as is a
    bare 政协 in a document that names no particular 政协. ``lexicon`` (deixis
    words, organisation heads) defaults to :func:`~zhkg.resources.lexicon.load_lexicon`.
    With the document's normalised ``text``, a person's other name written right after
    the name (王明，字子明; 刘德华，原名刘福荣) is that person.
    """
    lexicon = lexicon or load_lexicon()
    ctx = document_context(mentions, gazetteer)
    places = SpanIndex(m for m in mentions if m.label is Label.PLACE)
    people = _foreign_people(mentions, lexicon.foreign_name_chars)
    people = _known_people(mentions, people, lexicon, text)
    people = married_short_forms(mentions, _japanese_family_names(mentions, people, lexicon), lexicon)
    if text:
        for other, name in _other_names(mentions, text).items():
            people[other] = people.get(name, name)
    for m in mentions:  # a given name alone is its full name's person (李厚林 … 厚林: extract/informal_people.py)
        if m.extractor == MentionSource.PEOPLE_GIVEN and m.canonical:
            people.setdefault(m.simplified, people.get(m.canonical, m.canonical))
    out: list[Mention] = []
    aliases: list[Mention] = []
    bodies = _known_bodies(mentions, lexicon)
    initials = _country_initials(mentions)
    listed = [(m.start, m.end) for m in mentions if m.label is Label.ORGANIZATION and m.end - m.start > 1
              and m.extractor in _LISTED_SOURCES]
    squads = {m.simplified for m in mentions if m.label is Label.ORGANIZATION and m.simplified.endswith("队")}

    taiwan_news: bool | None = None  # worked out at the first 全国 or 我国
    abroad: object = _UNSET  # the one country abroad a story is about (owners310): worked out at the first 全国

    def coded(p: Mention) -> bool:
        """Whether a place is a division: coded by its extractor, or a name the gazetteer resolves alone."""
        return bool(p.code) or (p.simplified not in lexicon.place_stoplist
                                and gazetteer.resolve(p.simplified, []) is not None)

    for m in mentions:
        if m.extractor == MentionSource.ALIAS and m.canonical:
            aliases.append(m)  # resolved below, once its full name's canonical form is known
        elif m.label is Label.PLACE:
            canonical, code = _place_canonical(m, ctx, lexicon.deixis)
            if m.extractor == MentionSource.DEIXIS and (fits := _deixis_fits(m.simplified, lexicon.deixis.get(
                    m.simplified, ""))) and (near := _place_before(m, places, text, fits, coded)) is not None:
                canonical, code = near.name, near.code  # …婺源县…。…全县… is 婺源县 (counts278)
            if m.extractor == MentionSource.DEIXIS and m.simplified == _AT_HOME and not (text and (
                    taiwan_news := _taiwan_news(mentions, lexicon, text) if taiwan_news is None else taiwan_news)):
                continue  # 国内 is Taiwan in Taiwan's own news; elsewhere it is left as it was, no place
            if m.extractor == MentionSource.DEIXIS and lexicon.deixis.get(m.simplified) == _COUNTRY and text and (
                    subject := _subject_country(m, places, text)) is not None:
                canonical, code = subject.canonical or subject.name, subject.code  # 日本政府宣布，全国… is Japan
            elif m.extractor == MentionSource.DEIXIS and lexicon.deixis.get(m.simplified) == _COUNTRY and text and (
                    taiwan_news := _taiwan_news(mentions, lexicon, text) if taiwan_news is None else taiwan_news):
                taiwan = gazetteer.get(_TAIWAN)  # Taiwan's own news: its 全国 is Taiwan, as 全台 is
                canonical, code = (taiwan.name, taiwan.code) if taiwan is not None else (canonical, code)
            elif m.extractor == MentionSource.DEIXIS and m.simplified == _WHOLE_COUNTRY and (
                    abroad := _foreign_story(mentions, gazetteer, text) if abroad is _UNSET else abroad) is not None:
                canonical, code = abroad.name, abroad.code  # 日本环境省宣布，…全国共有230人: Japan's (owners310)
            if not canonical:
                continue
            state = _STATE_FORMS.match(canonical) if not code else None
            if state and gazetteer.resolve(state.group(1), []) is not None:
                canonical = state.group(1)  # 加蓬共和国 is 加蓬
            if not code and len(canonical) == 1 and any(s <= m.start and m.end <= e for s, e in listed):
                continue  # 京 of 京东方: a letter of a listed company's short name is no place (review167)
            if not code:
                # a form the stoplist keeps from being a place on its own links to no division either
                # (the recogniser's 泰山, the mountain, is no 泰山区)
                division = (None if canonical in lexicon.place_stoplist
                            else gazetteer.resolve(canonical, [c for _, c in ctx.home.values()]))
                if division is None and (abbreviated := _one_letter_places(lexicon).get(canonical)):
                    division = gazetteer.get(abbreviated)  # the recogniser's 中 in 中方 or 华 in 对华: China
                    canonical = division.name if division else canonical
                elif division is None and canonical == "澳" and _MACAU_BESIDE_HONG_KONG.search(
                        text, max(0, m.start - 2), m.end + 2):
                    division = gazetteer.get("MO")  # 港澳, 港、澳、台: Hong Kong's neighbour is Macau
                    canonical = division.name if division else canonical
                elif division is None and len(canonical) == 1 and len(initials.get(canonical, ())) == 1 \
                        and not _BESIDE_REGIONS.search(text, max(0, m.start - 2), m.end + 2):
                    # a country's first letter where the document names that country in full (澳 beside
                    # 澳大利亚 is Australia, beside 澳门 Macau), unless Hong Kong or Taiwan stands by it (港、澳)
                    division = gazetteer.get(next(iter(initials[canonical])))
                    canonical = division.name if division else canonical
                code = division.code if division else ""
            elif (other := _named_namesake(m, code, initials)) and (division := gazetteer.get(other)):
                canonical, code = division.name, division.code  # 中加 beside 加蓬 is Gabon, not Canada
            out.append(_replace(m, canonical, code))
        elif m.label is Label.ORGANIZATION:
            name = listed_team_name(m, lexicon) if m.extractor == MentionSource.ORG_TEAM else bodies.get(m.simplified, "")
            name = name or named_team(m.simplified, squads, gazetteer, m.extractor == MentionSource.ORG_TEAM)
            name = name or _numbered_term_body(m.simplified, lexicon)  # 十四届|全国人大 (intl153)
            out.append(_replace(m, name or _full_government(_org_canonical(m, places, ctx, lexicon.deixis, text,
                                                                           coded)), ""))
        elif m.label is Label.PERSON:
            # Chris\u00a0Bowen and Chris Bowen are one name: a no-break space is a space in a canonical name
            # and 布兰顿·罗伊 and 布兰顿-罗伊 are one: the joins of a transliterated name are written ·
            out.append(_replace(m, one_join(people.get(m.simplified, m.simplified).replace("\u00a0", " ")), ""))
        else:
            out.append(m)
    full = {(m.label, m.simplified): (m.canonical, m.code) for m in out}
    for m in aliases:
        canonical, code = full.get((m.label, m.canonical), (m.canonical, ""))
        out.append(_replace(m, canonical, code))
    out = _aliases_as_numbered_terms(out, lexicon)  # 全国人大 beside 十二届全国人大: one node (defects172)
    out = _cities_as_their_regions(out)
    after = _words_after(out, text)
    out = _stems_of_other_companies(_drop_brand_places(out, gazetteer), after)
    apart = _coordinated(out, text) | _holder_and_held(out, text)
    merged = _merge_short_orgs(out, lexicon, after, _founded(out, text), apart, _placed_before(out, text))
    merged = one_body_of_state(merged)  # 苏州市政府 beside 苏州市人民政府, 中共四川省委 beside 四川省委: one node (orgs213)
    merged = join_abbreviated_bodies(merged, lexicon)  # 工研院 of 工业技术研究院: one node (aliases235)
    # 经贸学院 of 湖南大学; 议会 of the document's one 立法会
    return name_kind_words(name_schools(_party_regions(merged, lexicon)))


#: what a region's name adds to the city's it opens with (加沙地带, 加萨走廊: the Gaza Strip beside Gaza City)
_REGION_TAILS = ("地带", "走廊", "半岛")


def _cities_as_their_regions(mentions: list[Mention]) -> list[Mention]:
    """A city named by the start of a region's name the document writes too is that region (加沙 beside 加沙地带:
    the Strip in a story of the Strip, not Gaza City; 加萨 beside 加萨走廊); a document naming the region only
    by the city's name keeps the city.

    >>> ms = [Mention("d", 0, 4, "加沙地带", "加沙地带", Label.PLACE, "g", canonical="加沙地带", code="PS-city:Gaza_Strip"),
    ...       Mention("d", 9, 11, "加沙", "加沙", Label.PLACE, "g", canonical="加沙", code="PS-city:Gaza")]
    >>> [(m.simplified, m.code) for m in _cities_as_their_regions(ms)]
    [('加沙地带', 'PS-city:Gaza_Strip'), ('加沙', 'PS-city:Gaza_Strip')]
    """
    regions = {m.simplified[: -len(tail)]: m for m in mentions for tail in _REGION_TAILS
               if m.label is Label.PLACE and m.code and m.simplified.endswith(tail) and len(m.simplified) > len(tail)}
    if not regions:
        return mentions
    return [_replace(m, region.canonical, region.code)
            if m.label is Label.PLACE and "-city:" in m.code and (region := regions.get(m.simplified)) is not None
            and region.code != m.code else m
            for m in mentions]


def _drop_brand_places(mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Without the place that opens an organisation's name in the short form of a county or lower (龙湖 of
    龙湖地产, 华安 of 华安基金) when the document neither writes that place in full nor names a place above or
    within it: such a word is as likely a brand as the place (issue 15: a bare short form names a lower
    division only beside its parent). 北京 of 北京银行 (a province) and 平谷 of 平谷区政协 beside 北京 stay, and so
    does the place of a division's own body, named by the place's full name (磐石 of 磐石人大, 磐石市人大)."""
    opening: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.label is Label.ORGANIZATION:
            opening[m.start].append(m)
    places = [m for m in mentions if m.label is Label.PLACE and m.code]
    codes = {m.code for m in places}
    full = {m.code for m in places if m.simplified == m.canonical}
    drop = set()
    for i, m in enumerate(mentions):
        if m.label is not Label.PLACE or not m.code or m.simplified == m.canonical or m.code in full:
            continue
        orgs = [o for o in opening.get(m.start, ()) if o.end > m.end]
        if not orgs or any(o.canonical.startswith(m.canonical) for o in orgs):
            continue
        division = gazetteer.get(m.code)
        if division is not None and division.level >= _COUNTY_LEVEL and not gazetteer.anchored(m.code, codes):
            drop.add(i)
    return [m for i, m in enumerate(mentions) if i not in drop] if drop else mentions


#: The code of each region ``organisations_known.tsv`` names (a party of the world's has none).
_REGION_CODES = {"mainland": COUNTRY_CODE, "hongkong": "HK", "macau": "MO", "taiwan": "TW", "world": ""}


def region_of(code: str) -> str:
    """The region a division code lies in, as the code of its root: CN for the mainland (numeric codes), HK,
    MO, TW, else the country's ISO code.

    >>> [region_of(c) for c in ("110105", "HK-WC", "TW-TPE", "US", "US-NYC", "CN")]
    ['CN', 'HK', 'TW', 'US', 'US', 'CN']
    """
    root = code.split("-", 1)[0]
    return COUNTRY_CODE if root.isdigit() else root


def leading(values) -> str:
    """The value met more often than any other, or "" when none leads.

    >>> leading(["CN", "US", "CN"]), leading(["CN", "US"]), leading([])
    ('CN', '', '')
    """
    ranked = Counter(values).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return ""
    return ranked[0][0]


def document_region(mentions: list[Mention]) -> str:
    """The region most of a document's coded places lie in (:func:`region_of`), or "" when none leads."""
    return leading(region_of(m.code) for m in mentions if m.label is Label.PLACE and m.code)


def _party_regions(mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """A party whose name many countries' parties share (民主党, 自由党, 共和党: ``organisations_known.tsv``
    marks them ambiguous or of the world) is the party of the document's region: where that region differs
    from the party's home in the table (民主党: Hong Kong's), the mention carries the region's code, so the US
    民主党 and Hong Kong's are two entities (``org:民主党@US``) and each merges only within its region. A party
    of the world's (共和党) carries any region it is read in; a party of one name (国民党, 民进党) and a
    document whose places lead to no region leave the name as it is."""
    region: str | None = None
    out = []
    for m in mentions:
        if m.label is Label.ORGANIZATION and m.canonical.endswith("党") and not m.code:
            known = lexicon.known_organisations.get(m.canonical)
            # one party of its name (国民党, 民进党) is that party wherever it is reported from
            if known is not None and known[0] == "party" and (known[3] or known[1] == "world"):
                home = _REGION_CODES.get(known[1], "")
                region = document_region(mentions) if region is None else region
                if region and region != home:
                    m = _replace(m, m.canonical, region)
        out.append(m)
    return out


#: One-letter forms the abbreviation patterns give more than one place (巴: 巴西, 巴基斯坦, 巴勒斯坦).
_AMBIGUOUS_LETTERS = frozenset("巴")


@lru_cache(maxsize=4)  # a Lexicon hashes by identity
def _one_letter_places(lexicon: Lexicon) -> dict[str, str]:
    """The division code of each one-letter abbreviation ``place_abbreviations.tsv`` reads (中 and 华:
    CN, 美: US), for a place the recogniser tags as that letter alone outside those patterns.

    >>> _one_letter_places(load_lexicon())["华"], _one_letter_places(load_lexicon())["美"]
    ('CN', 'US')
    """
    codes: dict[str, set[str]] = defaultdict(set)
    for _, abbreviation, code in lexicon.place_abbreviations:
        if len(abbreviation) == 1 and abbreviation not in _AMBIGUOUS_LETTERS:
            codes[abbreviation].add(code)
    return {a: c.pop() for a, c in codes.items() if len(c) == 1}


#: The readers of listed companies' short names: a letter of such a name is no place's abbreviation (京 of 京东方).
_LISTED_SOURCES = frozenset({MentionSource.ORG_STOCK_NAME, MentionSource.ORG_STOCK_CODE, MentionSource.ORG_LISTED,
                             MentionSource.ORG_STOCK_MARK})


# Hong Kong or Taiwan by one letter beside another letter (港澳, 港、澳, 台澳): the regions' list, not a country
_BESIDE_REGIONS = re.compile("[港台]、?[澳]|[澳]、?[港台]")
# 澳 right beside Hong Kong's letter is Macau (港澳, 港、澳、台, 澳港); beside 台 alone it may be Australia (台澳)
_MACAU_BESIDE_HONG_KONG = re.compile("港、?澳|澳、?港")


def _country_initials(mentions: list[Mention]) -> dict[str, set[str]]:
    """The first letter of each country, Hong Kong or Macau a document names in full (澳大利亚, 澳门), with its codes."""
    initials: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label is Label.PLACE and is_country_code(m.code) and len(m.simplified) >= 2:
            initials[m.simplified[0]].add(m.code)
    return initials


# China's and its regions' letters (中, 华, 港, 澳 of 港澳, 台: :data:`HOME_CODES`) are theirs whatever else a
# document names (中非)


def _named_namesake(m: Mention, code: str, initials: Mapping[str, set[str]]) -> str:
    """The code of the one country the document names in full with the letter of a one-letter country form
    ``place_abbreviations.tsv`` reads as another (加 of 中加 is 加拿大 there; 乌 of 乌方 乌克兰; 印 印度): in an
    article on Gabon, Uzbekistan or Indonesia that names neither Canada, Ukraine nor India, the letter is the
    country named. Empty where the document names the listed country itself, more than one such country, or none.

    >>> gabon = [Mention("d", 0, 2, "加蓬", "加蓬", Label.PLACE, MentionSource.GAZETTEER, code="GA")]
    >>> letter = Mention("d", 5, 6, "加", "加", Label.PLACE, MentionSource.GAZETTEER, code="CA")
    >>> _named_namesake(letter, "CA", _country_initials(gabon)), _named_namesake(letter, "CA", {})
    ('GA', '')
    """
    if len(m.simplified) != 1 or not is_country_code(code) or code in HOME_CODES:
        return ""
    named = initials.get(m.simplified, ())
    return next(iter(named)) if len(named) == 1 and code not in named else ""
