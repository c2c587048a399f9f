"""Names that are no one entity, dropped or retyped after the extractors are combined (rule 10 of :mod:`combine`).

:func:`_drop_junk` drops a country's universities (美国大学) and companies (美国公司, 法国企业: many bodies, not one),
an uncoded single letter that is a piece of a name (奥 of 奥运 and 冬奥, 澳 of 信达澳银, 拉|马库斯) or a surname
before a title (赖|总统), and retypes a model place
before a company's word as the company (华夏基金, 中华企业) and one ending in a police word as the police (阿坝公安).

Scope: one document's combined mentions; the caller (:func:`zhkg.extract.combine.combine_mentions`) decides when
this runs. Caveats: the word lists are People's Daily's and MSRA's conventions (MSRA leaves most country+公司
unmarked, so 银行 is not a country's kind); a single letter the gazetteer codes (中意两国, 港、澳、台) always stays.
Moved word for word from ``extract/combine.py`` by tidy66; callers import its names from here.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.gazetteer import is_country_code
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import TokenTable
from zhkg.text import SpanIndex

__all__ = ["_BETWEEN_COUNTRIES_TAGS", "_COMPANY_VERBS", "_COMPANY_WORDS", "_COUNTRY_KINDS", "_DIVISION_ENDS",
    "_KINDS_OF_COMPANY", "_NAME_WORD_TAGS", "_POLICE_WORDS", "_REGION_CODES", "_TOWNSHIPS", "_COASTAL",
    "_AREA_KINDS", "_WORLD_REGIONS", "_acts_on_companies", "_country_initials", "_drop_junk",
    "_letter_in_a_name", "_listed_with_bodies", "_one_letter_abbreviations"]

# a name the recogniser read as a place before these is a company's (华夏|基金, 中华|企业)
_COMPANY_WORDS = ("基金", "企业", "银行", "证券", "集团", "公司", "保险", "控股", "地产", "置业", "投资")
# townships as a kind (滨海乡镇, 偏远乡镇): a township's name ends in 乡 or 镇 alone
_TOWNSHIPS = "乡镇"
# "coastal" (滨海城市), which is also the short form of 滨海县 and 滨海新区, before a kind of area or town
_COASTAL = "滨海"
_AREA_KINDS = ("乡镇", "城市", "地区", "地带", "湿地", "小城", "小镇", "县市", "公路", "度假", "旅游", "沙滩", "景观")
# a place's police named by the place and its police word (阿坝公安, 甘孜交警), which the recogniser reads as a place
_POLICE_WORDS = ("公安", "交警")
# of those, words that are also a verb or a common noun after a place (在X市投资, X省企业), not a body's head
_COMPANY_VERBS = frozenset({"投资", "企业", "基金", "控股", "地产", "置业"})
# the last character of a name that calls itself a division (德布勒森市, 北宁省, 某州, 某县)
_DIVISION_ENDS = frozenset("市省州县区镇乡村郡")
# regions with ISO codes whose name + 大学 is one university (香港大学, 台湾大学, 澳门大学)
_REGION_CODES = frozenset({"HK", "MO", "TW"})
# kinds of business a country's name before them makes a country's many (美国公司, 法国企业): MSRA train leaves 147
# of 176 country+公司/企业/银行 unmarked, its 22 marked mostly banks' own names (中国银行), so no 银行 here
# (and 武校 since session 21: 中国武校 are China's martial-arts schools, no one school)
_COUNTRY_KINDS = ("公司", "企业", "厂商", "武校")
# what a country's companies are, between the country and 公司 (印尼|私人|公司: no one company)
_KINDS_OF_COMPANY = ("私人", "私营", "民营", "国营", "国有", "外资", "合资", "独资", "大型", "中小", "中小型", "小型",
                     "跨国", "上市", "本土", "主要", "其他")
# the parts of the world the gazetteer codes none of: their name before a company's word is their many companies
_WORLD_REGIONS = frozenset({"亚洲", "欧洲", "非洲", "美洲", "北美", "北美洲", "南美", "南美洲", "拉美", "拉丁美洲",
                            "大洋洲", "中东", "东南亚", "东亚", "南亚", "中亚", "西亚", "东欧", "西欧", "北欧", "南欧",
                            "中欧", "亚太", "海湾"})


@lru_cache(maxsize=4)  # a Lexicon hashes by identity: the set is made once, not per document
def _one_letter_abbreviations(lexicon: Lexicon) -> frozenset[str]:
    """The places' short forms of one letter (京, 沪, 港, 澳)."""
    return frozenset(a for _, a, _ in lexicon.place_abbreviations if len(a) == 1)


@lru_cache(maxsize=4)  # a Lexicon hashes by identity: the set is made once, not per document
def _country_initials(lexicon: Lexicon) -> frozenset[str]:
    """The letters the countries' names open with (泰 of 泰国, 柬 of 柬埔寨, 伊 of 伊朗): a one-letter country
    before its head of state (泰总理, 伊外长) may be one of them, never a surname alone (赖总统)."""
    from zhkg.resources.gazetteer import load_gazetteer

    return frozenset(d.name[0] for d in load_gazetteer(lexicon) if is_country_code(d.code))


def _listed_with_bodies(m: Mention, text: str, starts: set[int], ends: set[int]) -> bool:
    """Whether ``m`` stands in a 、 list beside another school (关岛大学、马里兰圣玛丽学院, 日本大学、早稻田大学): one
    school of many named, not a country's universities; ``starts`` and ``ends`` are the schools' edges."""
    return (text[m.end:m.end + 1] == "、" and m.end + 1 in starts) or (
        m.start >= 1 and text[m.start - 1] == "、" and m.start - 1 in ends)


def _drop_junk(mentions: list[Mention], text: str, lexicon: Lexicon, original: str = "",
               table: TokenTable | None = None) -> list[Mention]:
    """Rule 10: names that are no one entity. A country's universities (美国大学, 英国大学) and companies (美国公司,
    法国企业: session 20) are many bodies; a
    single character the gazetteer does not code (奥 of 奥运, 澳 of 信达澳银, 桂 of 桂纶镁) is no place; a name the
    recogniser read as a place before a company's word is the company (华夏基金, 中华企业), unless its name
    ends in a division's kind and the word may be a verb or common noun (德布勒森市|投资建设). A single letter
    the gazetteer does not code is no place where it opens the Games (奥运会, 残奥会, 亚运会, 冬奥会), lies inside
    another name (信达澳银) or a dictionary word for a person or body (桂纶|镁, 澳银), is glued to the
    person after it (拉|马库斯) or, no country's first letter, stands before a title: a surname (赖|总统); elsewhere it is a country's short form as People's Daily writes it (中意两国,
    港、澳、台) and stays."""

    countries = {(m.start, m.end) for m in mentions if m.label is Label.PLACE and is_country_code(m.code)
                 and m.code not in _REGION_CODES}
    country_starts = dict(countries)  # where each country opening a name ends
    country_by_end = {e: s for s, e in countries}
    org_index = SpanIndex(m for m in mentions if m.label is Label.ORGANIZATION)
    schools = [m for m in mentions if m.label is Label.ORGANIZATION and m.simplified.endswith(("大学", "学院"))]
    org_starts, org_ends = {m.start for m in schools}, {m.end for m in schools}
    letters = _one_letter_abbreviations(lexicon)
    named = SpanIndex(m for m in mentions if m.label is not Label.PLACE or m.end - m.start > 1)
    place_chars = {i for m in mentions if m.label is Label.PLACE for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        if (m.label is Label.ORGANIZATION and m.simplified.endswith("大学") and (m.start, m.end - 2) in countries
                and m.end - m.start <= 5 and not _listed_with_bodies(m, text, org_starts, org_ends)):
            continue  # 美国大学, 意大利大学; a longer country's name also names a university (哥伦比亚大学)
        if m.label is Label.ORGANIZATION and m.simplified.endswith("学校") and (m.start, m.end - 2) in countries:
            continue  # 奥地利学校(教育): a country's schools, no one school (overrides61)
        if (m.label is Label.ORGANIZATION and (m.end - m.start <= 5 or m.extractor == MentionSource.ORG_SUFFIX)
                and m.simplified.endswith(_COUNTRY_KINDS)  # one test in C first: most names end in none
                and any(m.simplified.endswith(k) and (m.start, m.end - len(k)) in countries for k in _COUNTRY_KINDS)):
            continue  # 美国公司, 法国企业, 马来西亚公司 (the grammar's): a country's companies (美国银行 stays a bank)
        if m.label is Label.ORGANIZATION and m.extractor == MentionSource.ORG_SUFFIX and m.start in country_starts \
                and _acts_on_companies(m, text, country_starts[m.start], country_by_end):
            continue  # 巴基斯坦|出口|德国公司: one country's act and another's companies, no one body (overrides61)
        if m.label is Label.ORGANIZATION and m.simplified.endswith(_COUNTRY_KINDS) and any(
                m.simplified.endswith(k) and (m.start, m.end - len(k) - len(a)) in countries
                and text.startswith(a, m.end - len(k) - len(a)) for k in _COUNTRY_KINDS for a in _KINDS_OF_COMPANY):
            continue  # 印尼私人公司, 日本大型企业: a kind of a country's companies
        if (m.label is Label.PLACE and not m.code and m.end - m.start == 1 and m.simplified not in letters
                and (_letter_in_a_name(m, text, named, table, place_chars) or (
                    lexicon.role_at(text, m.end) and m.simplified not in _country_initials(lexicon)))):
            continue  # (before a title a letter no country's name opens is a surname: 赖|总统; 泰|总理 stays)
        if m.label is Label.PLACE and not m.code and (m.simplified.endswith(_TOWNSHIPS) or (
                m.simplified == _COASTAL and text.startswith(_AREA_KINDS, m.end))):
            continue  # 新北市|滨海乡镇, 滨海|城市: the coast's townships or cities, none named (MSRA: 滨海城市 O)
        if m.label is Label.PLACE and not m.code and m.extractor == MentionSource.RECOGNISER \
                and m.end - m.start >= 4 and m.simplified.endswith(_POLICE_WORDS):
            out.append(replace(m, label=Label.ORGANIZATION, canonical="", code=""))
            continue  # 阿坝公安全警坚守: a place's police, a body
        if m.label is Label.PLACE and not m.code and m.extractor == MentionSource.RECOGNISER:
            word = next((w for w in _COMPANY_WORDS if text.startswith(w, m.end)), "")
            if word in _COMPANY_VERBS and m.simplified[-1:] in _DIVISION_ENDS:
                word = ""  # 在德布勒森市|投资建设: a city, state or county that its name calls one invests nothing
            if word in _COUNTRY_KINDS and m.simplified in _WORLD_REGIONS:
                word = ""  # 欧洲|公司, 拉美|企业: a part of the world's companies are many, as a country's (overrides51)
            if word:
                if not org_index.overlapping(m):
                    end = m.end + len(word)
                    out.append(replace(m, end=end, text=(original or text)[m.start:end], simplified=text[m.start:end],
                                       label=Label.ORGANIZATION, canonical="", code=""))
                continue
        out.append(m)
    return out


_NAME_WORD_TAGS = frozenset({"nr", "nrt", "nrfg", "nt", "nz"})
# a word between two countries that makes the second's companies no part of one name: an act (出口, 投资) or a
# conjunction (美国和|德国公司); never a name's word (美国|通用|中国公司 is GM's China arm)
_BETWEEN_COUNTRIES_TAGS = frozenset({"vn", "c", "p"})


def _acts_on_companies(m: Mention, text: str, first_end: int, country_by_end: dict[int, int]) -> bool:
    """Whether an organisation the grammar read is a country, one act or conjunction and another country's
    companies (巴基斯坦|出口|德国公司, 美国和|德国企业): many companies, no one body (rule 10, overrides61).
    ``first_end`` is where the country opening it ends, ``country_by_end`` each country's start by its end."""
    from zhkg.stages.segment import dictionary_tag

    kind = next((k for k in _COUNTRY_KINDS if m.simplified.endswith(k)), "")
    second = country_by_end.get(m.end - len(kind)) if kind else None
    return second is not None and second > first_end \
        and dictionary_tag(text[first_end:second]) in _BETWEEN_COUNTRIES_TAGS


def _letter_in_a_name(m: Mention, text: str, named: SpanIndex, table: TokenTable | None,
                      place_chars: set[int]) -> bool:
    """Whether a one-letter place is a piece of a longer name or word (rule 10)."""
    if text.startswith("运", m.end) or (text[m.start - 1:m.start] == "残" and text.startswith("会", m.end)) \
            or text[m.start - 1:m.start + 1] == "冬奥":
        return True  # 奥运, 亚运会, 残奥会, 冬奥(会): the Games
    if any(o.start <= m.start and m.end <= o.end for o in named.overlapping(m)):
        return True
    if any(o.start == m.end and o.label is Label.PERSON for o in named.overlapping(Mention(
            m.doc_id, m.end, m.end + 1, "", "", Label.PERSON, ""))):
        return True  # 拉|马库斯
    if table is None or m.start >= len(table.token_of_char) or table.token_of_char[m.start] < 0:
        return False
    word = table.words[table.token_of_char[m.start]]
    # a word made of places only is places (燕赵大地: 燕 and 赵, whatever jieba tags it)
    return (len(word.text) > 1 and word.tag in _NAME_WORD_TAGS
            and not all(i in place_chars for i in range(word.idx, word.end)))
