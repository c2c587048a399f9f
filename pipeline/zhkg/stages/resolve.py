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
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from zhkg.extract.company_aliases import company_short_forms, join_legal_stems, join_trade_names
from zhkg.extract.company_words import legal_form
from zhkg.extract.non_bodies import name_schools
from zhkg.records import Entity, Label, Mention, MentionSource, Script
from zhkg.resources.gazetteer import COUNTRY_CODE, LEVEL_CHARACTERS, Gazetteer, is_country_code
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.normalise import Normalised, to_simplified, to_traditional
from zhkg.text import SpanIndex, is_han

__all__ = ["DocumentContext", "document_context", "canonicalise", "names_as_written", "resolve_entities", "split_people",
           "split_people_grouped", "entity_id", "written_aliases", "EntityTally", "ENTITY_SAMPLE", "ENTITY_DOC_IDS"]

# media, schools, firms, institutes, societies and parties keep the names they give themselves:
# 北京国际城市发展研究院 is no 北京市国际…, 台湾民进党 no 台湾省民进党
_OWN_NAMES = ("日报", "晚报", "报", "网", "台", "社", "客户端", "学院", "大学", "公司", "集团", "银行", "医院",
              "研究院", "研究所", "研究中心", "研究会", "基金会", "学会", "协会", "党",
              # courts of special jurisdiction are named with a city, not by its division (宁波海事法院)
              "海事法院", "互联网法院", "知识产权法院", "金融法院", "铁路运输法院")
_OWN_NAME_WORDS = ("大学", "学院", "日报", "报社", "银行", "公司", "集团", "医院")
_FORMAL_CPPCC = re.compile(r"^政协(.+?)委员会(.*)$")
# the words a company's name may end in without naming another company: 信实集团 = 信实公司 = 信实 (= 信实股份,
# the listed company's short name)
_COMPANY_WORDS = re.compile(r"(?:股份有限公司|有限责任公司|控股有限公司|集团有限公司|有限公司|集团公司|控股|集团|股份|公司)$")
# the division kind of the deixis words naming the country (全国, 我国)
_COUNTRY = "国"
# the gazetteer's level of counties and districts (1 a province, 2 a prefecture, 4 a township)
_COUNTY_LEVEL = 3
_ORDINAL = re.compile(r"第[一二三四五六七八九十百零〇两0-9]+")
# the heads of a division's own party, government and state bodies, which official names spell with the
# division's full name (山东公安厅 is 山东省公安厅, 武汉卫健委 武汉市卫健委); not an event's organising
# committee (北京奥组委), nor anything else a place names (上海合作组织, 广州恒大, 北京银行)
_DIVISION_BODY = re.compile(
    r"(?:^府|局|厅|(?<!组)委|办|办公室|政府|政协|人大|常委会|(?<!组织)委员会|法院|检察院|党组|组织部|宣传部|统战部|机关|大队|支队)$")
#: The marks transliterated names are joined by (布兰顿·罗伊, 布兰顿-罗伊, 布蘭頓‧羅伊, 卡尔 拉格斐): one name, written
#: with ·. A person's name never holds a space between two letters in characters but as such a mark.
_NAME_JOINS = re.compile(r"(?<=[\u3400-\u9fff])[-‧•・·－‐﹣ \u00a0\u3000](?=[\u3400-\u9fff])")


def one_join(name: str) -> str:
    """``name`` with the marks between the parts of a transliterated name written as ·.

    >>> one_join("布兰顿-罗伊"), one_join("让-皮埃尔‧拉法兰"), one_join("Jean-Pierre"), one_join("C罗"), one_join("卡尔 拉格斐")
    ('布兰顿·罗伊', '让·皮埃尔·拉法兰', 'Jean-Pierre', 'C罗', '卡尔·拉格斐')
    """
    return _NAME_JOINS.sub("·", name) if len(name) > 2 else name


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
    if region is not None and region[0].endswith("自治区"):
        if "区" not in home or counts["省"][region] >= counts["区"][home["区"]]:
            home["区"] = region
    country = gazetteer.parent(home["省"][1]) if "省" in home else None
    home["国"] = (country.name, country.code) if country is not None and country.code == COUNTRY_CODE else ("中国", COUNTRY_CODE)
    return DocumentContext(home=home)


def _place_canonical(m: Mention, ctx: DocumentContext, deixis: Mapping[str, str]) -> tuple[str, str]:
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
    regions = [_region_of(code) for code in codes]
    regions += [_REGION_CODES.get(known[m.simplified][1], "") for m in mentions
                if m.label is Label.ORGANIZATION and m.simplified in known]
    return leading(r for r in regions if r) == _TAIWAN


def _place_in_sentence(m: Mention, places: SpanIndex, text: str, kind: str,
                       coded: Callable[[Mention], bool] | None = None) -> str:
    """The coded place of ``kind`` (市, 县…) named last before ``m`` in its sentence or the one before, if any:
    深圳市人民政府今天举行发布会。市发展改革委… is 深圳市's even in an article more about 杭州市 (the home city).
    ``coded`` says whether a place is a division (default: it has a code); the recogniser's places get theirs only
    when resolved (宜兰县长…，县府… is 宜兰县政府, session 27)."""
    if not text:
        return ""
    coded = coded or (lambda p: bool(p.code))
    end = max(text.rfind(c, 0, m.start) for c in _SENTENCE_ENDS)
    start = max(text.rfind(c, 0, end) for c in _SENTENCE_ENDS) + 1 if end > 0 else 0
    before = [p for p in places.overlapping(replace(m, start=start, end=m.start)) if p.end <= m.start and coded(p)]
    for p in sorted(before, key=lambda p: p.end, reverse=True):
        name = p.name
        if _kind(name) == kind:
            return name
    return ""


_SHORT_GOVERNMENT = re.compile(r"(?<=[市县])府$")


def _full_government(name: str) -> str:
    """Taiwan's 市府 and 县府 are the city's and the county's 政府: 桃园市府 is 桃园市政府, one body with it.

    >>> _full_government("桃园市府"), _full_government("花莲县政府"), _full_government("首府")
    ('桃园市政府', '花莲县政府', '首府')
    """
    return _SHORT_GOVERNMENT.sub("政府", name)


def _listed_team(m: Mention, lexicon: Lexicon) -> str:
    """The name ``teams.tsv`` lists for a team mention, written with its home and 队 or not (洛杉矶湖人队 is 湖人);
    empty when the team is not listed."""
    name = m.simplified.removesuffix("队")
    if name in lexicon.teams:
        return name
    for listed in (n for n in lexicon.teams if name.endswith(n)):  # a handful of teams end a team's name at most
        if name[: len(name) - len(listed)] in lexicon.teams[listed][1]:
            return listed
    return ""


def _known_bodies(mentions: list[Mention], lexicon: Lexicon) -> dict[str, str]:
    """The name each well-known body's form the document writes takes (``organisations_known.tsv``): the
    form of the body the table lists first among those the document writes, a full name without a row of its
    own last (港大 and 香港大学 are 香港大学; 北约 and 北大西洋公约组织 are 北约); a form written alone is
    itself, so a canonical name is always a form the document writes (TVB stays TVB)."""
    known, full = lexicon.known_organisations, lexicon.known_full_names
    rank = _known_ranks(lexicon)
    forms: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label is Label.ORGANIZATION:
            body = known[m.simplified][2] if m.simplified in known else full.get(m.simplified)
            if body:
                forms[body].add(m.simplified)
    return {form: min(written, key=lambda f: (rank.get(f, len(rank)), f))
            for written in forms.values() for form in written}


@lru_cache(maxsize=4)  # a Lexicon hashes by identity
def _known_ranks(lexicon: Lexicon) -> dict[str, int]:
    return {name: i for i, name in enumerate(lexicon.known_organisations)}


_OTHER_NAME_WORDS = "(?:自|又|晚|亦)?(?:字|号)|又名|原名|本名|笔名|艺名|别名|别号|小名|乳名|英文名"
#: What names a person's other name after the name (王明（1900年－1950年），字子明，号某某; 刘德华，原名刘福荣): perhaps
#: a life span, then clauses a biography writes between (its native place 浙江湖州人, its given name 名全一, another
#: name no reader took, 字太白 of 李白，字太白，号青莲居士, 陈孚恩（1802-1866）字子鹤，号少默), none closing a sentence;
#: 自号, 又字 and 晚号 are courtesy and art names too (李清照，自号易安居士).
_OTHER_NAME = re.compile(r"^(?:[（(][^（()）\n]{0,30}[)）])?"
                         rf"(?:[，,][^，,、。；;！？!?\n（()）]{{1,14}}人|[，,]?(?:名|{_OTHER_NAME_WORDS})[\u4e00-\u9fff]{{1,4}}){{0,3}}"
                         rf"[，,、]?(?:{_OTHER_NAME_WORDS})(?:为|是|叫)?$")


def _other_names(mentions: list[Mention], text: str) -> dict[str, str]:
    """A person's courtesy, former or pen name written right after the name (字子明, 原名刘福荣) -> the name."""
    people = sorted((m for m in mentions if m.label is Label.PERSON), key=lambda m: m.start)
    found: dict[str, str] = {}
    for before, m in zip(people, people[1:]):
        if _OTHER_NAME.match(text[before.end : m.start]) and m.simplified != before.simplified:
            found[m.simplified] = found.get(before.simplified, before.simplified)  # 字子明，号某某: both are 王明
    return found


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

    taiwan_news: bool | None = None  # worked out at the first 全国 or 我国

    def coded(p: Mention) -> bool:
        """Whether a place is a division: coded by its extractor, or a name the gazetteer resolves alone."""
        return bool(p.code) or (p.simplified not in lexicon.place_stoplist
                                and gazetteer.resolve(p.simplified, []) is not None)

    for m in mentions:
        if m.extractor == MentionSource.ALIAS and m.canonical:
            aliases.append(m)  # resolved below, once its full name's canonical form is known
        elif m.label is Label.PLACE:
            canonical, code = _place_canonical(m, ctx, lexicon.deixis)
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
            if not canonical:
                continue
            state = _STATE_FORMS.match(canonical) if not code else None
            if state and gazetteer.resolve(state.group(1), []) is not None:
                canonical = state.group(1)  # 加蓬共和国 is 加蓬
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
            name = _listed_team(m, lexicon) if m.extractor == MentionSource.ORG_TEAM else bodies.get(m.simplified, "")
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
    after = _words_after(out, text)
    out = _stems_of_other_companies(_drop_brand_places(out, gazetteer), after)
    apart = _coordinated(out, text) | _holder_and_held(out, text)
    merged = _merge_short_orgs(out, lexicon, after, _founded(out, text), apart, _placed_before(out, text))
    return name_schools(_party_regions(merged, lexicon))  # 经贸学院 of 湖南大学


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


def _region_of(code: str) -> str:
    """The region a division code lies in, as the code of its root: CN for the mainland (numeric codes), HK,
    MO, TW, else the country's ISO code.

    >>> [_region_of(c) for c in ("110105", "HK-WC", "TW-TPE", "US", "US-NYC", "CN")]
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
    """The region most of a document's coded places lie in (:func:`_region_of`), or "" when none leads."""
    return leading(_region_of(m.code) for m in mentions if m.label is Label.PLACE and m.code)


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


# China's and its regions' letters (中, 华, 港, 澳 of 港澳, 台) are theirs whatever else a document names (中非)
_HOME_LETTERS = frozenset({"CN", "HK", "MO", "TW"})


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
    if len(m.simplified) != 1 or not is_country_code(code) or code in _HOME_LETTERS:
        return ""
    named = initials.get(m.simplified, ())
    return next(iter(named)) if len(named) == 1 and code not in named else ""


# kin words before a relative's full name (特朗普的女儿伊万卡·特朗普, 夫人蜜雪儿·欧巴马)
_KIN_BEFORE = re.compile("(?:女儿|儿子|夫人|妻子|太太|丈夫|父亲|母亲|哥哥|弟弟|姐姐|妹妹|女婿|儿媳|孙女|孙子|侄子|侄女|长女|次女|"
                         "长子|次子|前妻|遗孀)[^，。！？；]{0,3}$")
# the titles of a head of state or government right by a listed form (特朗普总统, 总统特朗普): the listed person
_HEAD_TITLES = ("总统", "总理", "首相", "国务卿", "副总统")


def _relative_named(mentions: list[Mention], form: str, full: str, text: str) -> bool:
    """Whether the document sets the full name ``full`` (伊万卡·特朗普) apart from the listed person its short
    ``form`` (特朗普) names: a kin word right before the full name, or a head's title right by the form."""
    if not text:
        return False
    for m in mentions:
        if m.label is not Label.PERSON:
            continue
        if one_join(m.simplified) == full and _KIN_BEFORE.search(text, max(0, m.start - 8), m.start):
            return True
        if m.simplified == form and (text.startswith(_HEAD_TITLES, m.end) or text.endswith(_HEAD_TITLES, 0, m.start)):
            return True
    return False


def _known_people(mentions: list[Mention], people: dict[str, str], lexicon: Lexicon,
                  text: str = "") -> dict[str, str]:
    """``people`` (a part of a name -> the document's full name) with the well-known people's forms
    (``people_known.tsv``: 特朗普, 川普, 唐纳德·特朗普) that the document's mentions read as them, each to the name the
    table gives its person (特朗普), whoever read them. A full name the document writes itself names its parts first
    (埃迪·库里 … 库里 is no 斯蒂芬·库里), and is the table's person where the table lists it (巴拉克·奥巴马)."""
    from zhkg.extract.known_people import known_person_forms

    forms = known_person_forms(lexicon)
    known = {m.simplified: m.canonical for m in mentions if m.extractor == MentionSource.PEOPLE_KNOWN and m.canonical}
    # a listed full name however its parts are joined (勒布朗-詹姆斯) is its person, named as the table names them
    # (詹姆斯), so the full name and the short forms of one document are one node
    for m in mentions:
        if m.label is Label.PERSON and m.simplified not in known and (joined := one_join(m.simplified)) in forms \
                and forms[joined].canonical == joined:
            known[m.simplified] = forms[joined].name
    if not known:
        return people
    out = {part: (forms[full].name if full in forms else full) for part, full in people.items()}
    for form, canonical in known.items():
        person = forms.get(form)
        if person is not None and not person.cues and out.get(form) not in (None, canonical, person.canonical) \
                and _relative_named(mentions, form, out[form], text):
            # a form the table says names its person alone (no cue needed) stays that person beside a relative
            # the document names in full (特朗普的女儿伊万卡·特朗普; 特朗普总统 beside 伊万卡·特朗普); without such
            # a sign the full name is the form's (斯蒂芬·乔布斯 … 乔布斯: a writer's spelling of Steve Jobs), and a
            # form that needs a cue (库里) is the full name's (埃迪·库里)
            out[form] = canonical
        out.setdefault(form, canonical)
    for m in mentions:  # the full name as written (科比-布莱恩特) is the table's person its parts already are (科比)
        full = one_join(m.simplified)
        if m.label is Label.PERSON and full in forms and any(out.get(part) == forms[full].name
                                                             for part, whole in people.items() if whole == full):
            out.setdefault(m.simplified, forms[full].name)
    return out


def _foreign_people(mentions: list[Mention], foreign: frozenset[str] = frozenset()) -> dict[str, str]:
    """A part of a transliterated name (邦戈) to the one full name of the document that has it.

    A name written without a separator (:func:`zhkg.extract.foreign_parts.unjoined_foreign_name`, with the
    ``foreign`` transliteration characters) counts too when the document writes its last part (two letters or
    more, after two or more), or a first part before three letters or more, alone as a person: 诺兰 of
    克里斯托弗诺兰, 玛索 of 苏菲玛索, 威尔 of 威尔罗德曼; not when both parts of one cut are written alone
    (布莱切接沃尔 is two players run together).
    """
    from zhkg.extract.people import foreign_name_parts

    owners: dict[str, set[str]] = defaultdict(set)
    people = sorted({m.simplified for m in mentions if m.label is Label.PERSON})
    for m in mentions:
        if m.label is Label.PERSON:
            for part in foreign_name_parts(one_join(m.simplified)):  # 卡尔 of 卡尔 拉格斐 too
                if len(part) >= 2:
                    owners[part].add(one_join(m.simplified))
    if foreign:
        from zhkg.extract.foreign_parts import unjoined_foreign_name

        alone = set(people)
        for name in people:
            if not unjoined_foreign_name(name, foreign) \
                    or any(name[:i] in alone and name[i:] in alone for i in range(1, len(name))):
                continue  # (two people run together, each written alone: 布莱切|沃尔)
            for part in people:
                # a first part needs a last part of three letters or more after it (威尔|罗德曼, not 韦斯特|法尔)
                if 2 <= len(part) and all(c in foreign for c in part) and (
                        len(part) <= len(name) - 2 and name.endswith(part)
                        or len(part) <= len(name) - 3 and name.startswith(part)):
                    owners[part].add(name)
    return {part: next(iter(names)) for part, names in owners.items() if len(names) == 1}


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
        longer = sorted(o for o in ending_in.get(name, ()) if o != "政协" and o in orgs
                        and (o[:-len(name)].startswith(place_names) or _ORDINAL.fullmatch(o[:-len(name)])))
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
    from dataclasses import replace

    return replace(m, canonical=canonical, code=code)


_PREFIX = {Label.PERSON: "person", Label.ORGANIZATION: "org", Label.PLACE: "place", Label.COUNT: "count"}


def names_as_written(mentions: list[Mention], norm: Normalised) -> list[Mention]:
    """The mentions of one document with each name's 著 as written where the processing form reads 着.

    The processing form reads Taiwan's particle 著 as 着 for the segmenter (:func:`~zhkg.stages.normalise.read_particles`);
    a name is no particle: a person written 張著明 is 张著明, in his span and in every canonical name that spans
    took from it (著明 alone, his given name, is 张著明 too). Counts keep their processing form.

    >>> from zhkg.stages.normalise import normalise
    >>> norm = normalise("隨著市長張著明到場")
    >>> m = Mention("d", 4, 7, "張著明", "张着明", Label.PERSON, "x", canonical="张着明")
    >>> [(x.simplified, x.name) for x in names_as_written([m], norm)]
    [('张著明', '张著明')]
    """
    if "著" not in norm.original or "着" not in norm.simplified:
        return mentions
    written: dict[str, str] = {}
    for m in mentions:
        if m.label is not Label.COUNT and "着" in m.simplified:
            if (as_written := norm.as_written(m.start, m.end)) != m.simplified:
                written[m.simplified] = as_written
    if not written:
        return mentions
    forms = sorted(written, key=lambda k: (-len(k), k))
    pattern = re.compile("|".join(map(re.escape, forms)))

    def rewrite(name: str) -> str:
        return pattern.sub(lambda found: written[found.group()], name) if "着" in name else name

    return [m if m.label is Label.COUNT
            else replace(m, simplified=rewrite(m.simplified), canonical=rewrite(m.canonical))
            for m in mentions]


def entity_id(m: Mention) -> str:
    """Stable node id of the entity a canonicalised mention belongs to.

    >>> from zhkg.records import Mention, Label
    >>> entity_id(Mention("d", 0, 3, "閆維洪", "闫维洪", Label.PERSON, "x", canonical="闫维洪"))
    'person:闫维洪'
    >>> entity_id(Mention("d7", 0, 3, "托老院", "托老院", Label.ORGANIZATION, "relate:document_facility"))
    'org:托老院@doc:d7'
    """
    if m.label is Label.COUNT:
        return f"count:{m.doc_id}:{m.start}"
    if m.label is Label.PLACE and m.code:
        return f"place:{m.code}"
    if m.label is Label.ORGANIZATION and m.code:
        return f"org:{m.name}@{m.code}"  # a party of a region: 民主党@US
    if m.extractor == MentionSource.DOCUMENT_FACILITY:  # a facility by its kind alone (托老院): this document's own
        return f"{_PREFIX[m.label]}:{m.name}@doc:{m.doc_id}"
    # a plug-in's entity type is its own prefix, lower-cased: GADGET -> gadget:…
    return f"{_PREFIX.get(m.label) or m.label.value.lower()}:{m.name}"


def _display(canonical: str, mentions: list[Mention], script: Script) -> str:
    surfaces = Counter(m.text for m in mentions if to_simplified(m.text) == canonical)
    if any(m.extractor == MentionSource.PEOPLE_KNOWN for m in mentions):
        # a well-known person is shown as written most (川普 in Taiwan's news), whatever the table names him
        surfaces = Counter(m.text for m in mentions)
    if surfaces:
        return sorted(surfaces.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return to_traditional(canonical) if script is Script.TRADITIONAL else canonical


def split_people(contexts: dict[str, dict[str, frozenset[str]]]) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """Tell apart people who share a name, by the organisations they belong to.

    ``contexts[person_id][doc_id]`` holds the organisations the person holds a
    role in or is a member of in that document. Only names that namesakes often
    share are split (a surname alone, a two-letter name: :func:`_namesakes_likely`);
    a longer name is one person in every document. Documents whose
    contexts share an id are one person; a document with no context joins the
    first person. The first person (by document
    id) keeps the plain id; the others get ``~`` and a hash of their contexts, so
    ids do not depend on the order of the run.

    Returns the new id of each ``(doc_id, person_id)`` that changes, and the
    reason recorded for each person seen in more than one document.
    (:func:`split_people_grouped` does the same from documents grouped by context.)

    >>> ids, why = split_people({"person:张伟": {"a": frozenset({"org:甲"}), "b": frozenset({"org:乙"}),
    ...                                          "c": frozenset({"org:甲"})}})
    >>> sorted(ids.values()) == ["person:张伟~" + ids[("b", "person:张伟")].split("~")[1]]
    True
    >>> why["person:张伟"]
    'same name in 2 documents, sharing org:甲'
    """
    grouped: dict[str, dict[frozenset[str], tuple[str, int]]] = {}
    for pid, by_doc in contexts.items():
        groups: dict[frozenset[str], tuple[str, int]] = grouped.setdefault(pid, {})
        for d, ctx in by_doc.items():
            first, n = groups.get(ctx, (d, 0))
            groups[ctx] = (min(first, d), n + 1)
    renamed, reasons = split_people_grouped(grouped)
    new_ids = {(d, pid): renamed[(pid, ctx)] for pid, by_doc in contexts.items() for d, ctx in by_doc.items()
               if (pid, ctx) in renamed}
    return new_ids, reasons


def split_people_grouped(
    contexts: Mapping[str, Mapping[frozenset[str], tuple[str, int]]],
) -> tuple[dict[tuple[str, frozenset[str]], str], dict[str, str]]:
    """:func:`split_people` from documents grouped by context: what a merge that keeps no document list needs.

    ``contexts[person_id][context]`` is ``(first doc id, number of documents)`` of the
    documents where the person has exactly that context (the same context always
    lands with the same person, so the new id depends only on it). Returns the new
    id of each ``(person_id, context)`` that changes, and the reasons as :func:`split_people`.

    >>> ids, why = split_people_grouped({"person:张伟": {frozenset({"org:甲"}): ("a", 2), frozenset({"org:乙"}): ("b", 1)}})
    >>> list(ids) == [("person:张伟", frozenset({"org:乙"}))], why["person:张伟"]
    (True, 'same name in 2 documents, sharing org:甲')
    """
    import hashlib

    new_ids: dict[tuple[str, frozenset[str]], str] = {}
    reasons: dict[str, str] = {}
    for pid, by_ctx in sorted(contexts.items()):
        # contexts that share an organisation are one person (union-find over the distinct contexts)
        ctxs = sorted(by_ctx, key=lambda c: by_ctx[c][0])
        parent = {c: c for c in ctxs}

        def find(c: frozenset[str], parent: dict = parent) -> frozenset[str]:
            while parent[c] != c:
                parent[c] = parent[parent[c]]
                c = parent[c]
            return c

        owner_of: dict[str, frozenset[str]] = {}
        for c in ctxs:
            for org in sorted(c):
                if org in owner_of:
                    parent[find(c)] = find(owner_of[org])
                else:
                    owner_of[org] = c
        groups: dict[frozenset[str], list[frozenset[str]]] = defaultdict(list)
        for c in ctxs:
            groups[find(c)].append(c)
        with_context = [g for g in groups.values() if any(g)]
        bare = [c for g in groups.values() if not any(g) for c in g]  # at most the empty context
        if len(with_context) <= 1 or not _namesakes_likely(pid):
            clusters = [ctxs]
        else:
            clusters = sorted(with_context, key=lambda g: min(by_ctx[c][0] for c in g))
            clusters[0] = clusters[0] + bare  # a document that names no organisation: the person most read of
        clusters.sort(key=lambda g: min(by_ctx[c][0] for c in g))
        for i, cluster in enumerate(clusters):
            named = [set(c) for c in cluster if c]
            shared = sorted(set.intersection(*named)) if named else []
            context = sorted(set().union(*cluster))
            new = pid if i == 0 else f"{pid}~{hashlib.sha1('|'.join(context).encode('utf-8')).hexdigest()[:8]}"
            if new != pid:
                new_ids.update({(pid, c): new for c in cluster})
            size = sum(by_ctx[c][1] for c in cluster)
            if size > 1:
                reasons[new] = (f"same name in {size} documents, sharing {', '.join(shared)}" if shared
                                else f"same name in {size} documents; no organisation tells them apart")
            elif len(clusters) > 1:
                reasons[new] = (f"a surname alone: one document's {pid[len('person:'):]}, not merged with another's"
                                if context and context[0].startswith("doc:")
                                else f"same name as {pid} elsewhere, but in another organisation")
    return new_ids, reasons


def _namesakes_likely(pid: str) -> bool:
    """Whether people of this name are often namesakes: a surname alone (刘 of 刘师傅) or a two-letter
    Chinese name (张伟). On the 1,000 THUCNews articles, all eight longer names the organisations had split
    were one person holding several posts (温家宝, 胡锦涛, 曾荫权, 王岐山, 蔡英文, 黄怒波, 纳波利塔诺).

    >>> [_namesakes_likely(p) for p in ("person:张伟", "person:刘", "person:胡锦涛", "person:Chris Bowen")]
    [True, True, False, False]
    """
    name = pid.split(":", 1)[-1].split("~", 1)[0]
    return len(name) <= 2 and all(map(is_han, name))


def resolve_entities(
    mentions: list[Mention],
    scripts: dict[str, Script],
    gazetteer: Gazetteer,
    *,
    renamed: dict[tuple[str, str], str] | None = None,
    reasons: dict[str, str] | None = None,
) -> tuple[list[Entity], dict[Mention, str]]:
    """Group canonicalised mentions of all documents into entities.

    ``renamed`` maps ``(doc_id, entity_id)`` to another id (people told apart
    by :func:`split_people`); ``reasons`` says why an entity spans documents.
    Returns the entities sorted by id and the entity id of every mention.
    """
    renamed = renamed or {}
    reasons = reasons or {}
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        eid = entity_id(m)
        groups[renamed.get((m.doc_id, eid), eid)].append(m)
    entities, owner = [], {}
    for eid in sorted(groups):
        ms = sorted(groups[eid], key=lambda m: (m.doc_id, m.start, m.end))
        first = ms[0]
        canonical = first.name
        doc_scripts = Counter(scripts.get(m.doc_id, Script.UNKNOWN) for m in ms)
        script = doc_scripts.most_common(1)[0][0]
        aliases = sorted({m.text for m in ms} | {m.simplified for m in ms} - {""})
        code = first.code
        parent = gazetteer.parent(code) if code else None
        entities.append(
            Entity(
                id=eid,
                label=first.label,
                name=canonical,
                display=first.text if first.label is Label.COUNT else _display(canonical, ms, script),
                aliases=tuple(aliases),
                mentions=tuple(ms),
                code=code,
                parent_code=parent.code if parent else "",
                quantity=first.quantity,
                doc_ids=tuple(sorted({m.doc_id for m in ms})),
                merged_because=reasons.get(eid, _default_reason(first.label, ms)),
            )
        )
        for m in ms:
            owner[m] = eid
    return entities, owner


def _default_reason(label: Label, mentions: list[Mention]) -> str:
    docs = {m.doc_id for m in mentions}
    if len(docs) < 2 or label is Label.COUNT:
        return ""
    if label is Label.PLACE and mentions[0].code:
        return f"same official division {mentions[0].code} in {len(docs)} documents"
    return f"same {label.value.lower()} name in {len(docs)} documents"


#: At most this many mentions an entity of a run keeps (its first, by document and offset) ...
ENTITY_SAMPLE = 5
#: ... and this many document ids (the smallest); it counts them all.
ENTITY_DOC_IDS = 50


class EntityTally:
    """What an entity needs of its mentions, kept as they arrive instead of the mentions themselves.

    Counts, the first few mentions and document ids in (document, offset) order,
    surface forms with their counts, and the scripts of the documents: everything
    :meth:`entity` needs to give the :class:`~zhkg.records.Entity` that
    :func:`resolve_entities` gives from all the mentions. Tallies combine
    (:meth:`merge`) in any order and grouping, so parts of a corpus can be
    tallied apart and combined in a tree.

    Document ids must be unique across the run (:func:`zhkg.stages.read.read_inputs` makes them so):
    each call of :meth:`add` is one document.
    """

    __slots__ = ("first", "mentions", "documents", "doc_ids", "surfaces", "simplified", "scripts")

    def __init__(self) -> None:
        self.first: list[Mention] = []  # the first ENTITY_SAMPLE mentions by (doc_id, start, end)
        self.mentions = 0
        self.documents = 0
        self.doc_ids: list[str] = []  # the smallest ENTITY_DOC_IDS document ids
        self.surfaces: Counter[str] = Counter()  # m.text -> mentions
        self.simplified: set[str] = set()
        self.scripts: dict[Script, tuple[int, tuple[str, int, int]]] = {}  # script -> (mentions, its first mention)

    def add(self, mentions: list[Mention], script: Script) -> None:
        """The mentions of this entity in one document (in the document's order), whose script is ``script``."""
        first = min(mentions, key=_place)
        where = _place(first)
        if len(self.first) < ENTITY_SAMPLE or where < _place(self.first[-1]):
            self.first = _smallest(self.first, sorted(mentions, key=_place)[:ENTITY_SAMPLE], _place)
        self.mentions += len(mentions)
        self.documents += 1
        doc = first.doc_id
        if len(self.doc_ids) < ENTITY_DOC_IDS or doc < self.doc_ids[-1]:
            bisect.insort(self.doc_ids, doc)
            del self.doc_ids[ENTITY_DOC_IDS:]
        surfaces = self.surfaces
        simplified = self.simplified
        for m in mentions:
            surfaces[m.text] += 1
            simplified.add(m.simplified)
        n, seen = self.scripts.get(script, (0, where))
        self.scripts[script] = (n + len(mentions), min(seen, where))

    def merge(self, other: EntityTally) -> None:
        """Add ``other``'s mentions (of other documents) to these."""
        self.first = _smallest(self.first, other.first, _place)
        self.mentions += other.mentions
        self.documents += other.documents
        self.doc_ids = _smallest(self.doc_ids, other.doc_ids, str, ENTITY_DOC_IDS)
        self.surfaces.update(other.surfaces)
        self.simplified |= other.simplified
        for script, (n, seen) in other.scripts.items():
            mine, where = self.scripts.get(script, (0, seen))
            self.scripts[script] = (mine + n, min(where, seen))

    def entity(self, eid: str, gazetteer: Gazetteer, reason: str | None = None) -> Entity:
        """The entity ``eid`` these mentions make; ``reason`` why it spans documents (default: the name or code)."""
        first = self.first[0]
        canonical = first.name
        # the most frequent script, ties to the one met first (as Counter.most_common over the sorted mentions)
        script = min(self.scripts.items(), key=lambda kv: (-kv[1][0], kv[1][1]))[0]
        surfaces = {text: n for text, n in self.surfaces.items()
                    if to_simplified(text) == canonical or one_join(to_simplified(text)) == canonical}
        if any(m.extractor == MentionSource.PEOPLE_KNOWN for m in self.first):
            surfaces = dict(self.surfaces)  # a well-known person: as written most (川普), whatever the table names
        if first.label is Label.COUNT:
            display = first.text
        elif surfaces:
            display = sorted(surfaces.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        else:
            display = to_traditional(canonical) if script is Script.TRADITIONAL else canonical
        parent = gazetteer.parent(first.code) if first.code else None
        if reason is None:
            reason = ""
            if self.documents >= 2 and first.label is not Label.COUNT:
                reason = (f"same official division {first.code} in {self.documents} documents"
                          if first.label is Label.PLACE and first.code
                          else f"same {first.label.value.lower()} name in {self.documents} documents")
        return Entity(
            id=eid,
            label=first.label,
            name=canonical,
            display=display,
            aliases=tuple(sorted(set(self.surfaces) | (self.simplified - {""}))),
            mentions=tuple(self.first),
            code=first.code,
            parent_code=parent.code if parent else "",
            quantity=first.quantity,
            doc_ids=tuple(self.doc_ids),
            merged_because=reason,
            mention_count=self.mentions,
            document_count=self.documents,
        )


def _place(m: Mention) -> tuple[str, int, int]:
    return (m.doc_id, m.start, m.end)


def _smallest(mine: list, theirs: list, key, size: int | None = None) -> list:
    """The first ``size`` (default :data:`ENTITY_SAMPLE`) of two sorted lists together (``mine`` first where keys tie)."""
    return sorted(mine + theirs, key=key)[:size or ENTITY_SAMPLE] if theirs else mine
