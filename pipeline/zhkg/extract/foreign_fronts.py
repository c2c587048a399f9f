"""A country written before a foreign body's own name, read as part of it (issue 15).

International news locates a body by writing its country before its name: 白俄罗斯明斯克大学, 俄罗斯伊尔库茨克国立研究型
技术大学, 英国牛津大学, 日本早稻田大学, 中国同济大学. The suffix grammar and the recogniser take the country into the
organisation's name (their left edge runs over a place), and the document gets one body 白俄罗斯明斯克大学 where it
names two things: a country and a university named on its own (明斯克大学). The country stays a place of its own, as
the gazetteer reads it.

An organisation is cut after the country that opens it when

* it is the recogniser's or the suffix grammar's (a listed name is whole, as is a name of
  ``organisations_known.tsv``), and the gazetteer reads a country abroad (an ISO 3166-1 code: 日本, 白俄罗斯) at its
  first letters: never China, Hong Kong, Macau or Taiwan, whose bodies' names open with their place as written
  (中国人民大学, 香港中文大学, 台湾师范大学; jieba's dictionary holds such names whole, foreign ones too: 英国牛津大学);
* and the rest is a school or an assembly (:data:`PLACE_NAMED_ENDS`) named without the country:

  - it opens with a place of that country, which names it (白俄罗斯|明斯克大学: 明斯克 is Belarus's, BY-city;
    美国|科罗拉多大学丹佛分校, 德国|黑森州议会): a place of another country never cuts;
  - or it is named by a transliteration (德国|泽佩林大学: two letters or more, all of ``foreign_name_chars.txt``,
    before 大学 or 学院);
  - or it is a name jieba's dictionary holds as an organisation's (``nt``: 牛津大学, 早稻田大学) with a proper name of
    two letters or more before its head (挪威|商学院 stays whole: a kind of school).

* or the rest is a body the web gold writes apart from its country (session 62, orgs311: :func:`_named_apart`): a
  listed body that is no state organ (日本|共同社, 日本|自民党), a party, news agency or broadcaster named by a word of
  its own (德国|联盟党, 埃及|中东社), a Latin name before its kind (法国|BFM电视台, 日本|NEC公司). MSRA dev marks these
  with their country; the web gold, whose convention zhkg follows since orgs311, does not.

  Any other body keeps its country: a company's is its arm there (加拿大东亚银行 is not 东亚银行, 法国巴黎银行 is BNP
  Paribas: ``tests/test_aliases50.py``, CLUENER dev), a state's organ or armed force is named with it (法国外交部,
  美国国务院, 美国海军陆战队: :data:`STATE_ORGAN_ENDS`), and so is a nation's own kind of bank, side or party
  (泰国国家银行, 保加利亚国家队, 印度人民党, 日本共产党).

A listed body jieba holds in one word with the country before it (据日本共同社报道) is read by no reader;
:func:`listed_bodies_after_countries` reads it after the country.

Run on a document's merged mentions (:meth:`zhkg.run.pipeline.Pipeline._merge`), after the recogniser's names and
the rules' are combined: both readers make the same run-on, and the country's place mention is there to keep.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.gazetteer import HOME_CODES, is_country_code
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import dictionary_tag

__all__ = ["AGENCY_END", "PLACE_NAMED_ENDS", "STATE_ORGAN_ENDS", "countries_cut_from_bodies", "listed_bodies_after_countries"]

#: How a state's own organs end (外交部, 国防部, 调查局, 国务院, 参议院, 国会, 议会, 政府, 央行, 大使馆 …): a body every
#: country has, named only with its country (法国外交部), so a country before one is never cut off. A university
#: (学院) or a party (党) is named on its own.
STATE_ORGAN_ENDS = ("部", "局", "署", "厅", "府", "国务院", "议院", "法院", "检察院", "国会", "议会", "政府", "委员会",
                    "军", "陆战队", "部队", "警卫队", "央行", "使馆", "领事馆", "警察", "警方", "海关")
#: What a body named apart from its country ends in: a school or an assembly (白俄罗斯|明斯克大学, 英国|牛津大学,
#: 美国|科罗拉多大学丹佛分校, 德国|黑森州议会); any other keeps its country (a company's arm there: 加拿大东亚银行;
#: 法国巴黎银行, as CLUENER marks it).
PLACE_NAMED_ENDS = ("大学", "学院", "分校", "议会")
#: A news agency's last letter: an agency is no school or assembly (:func:`_named_alone`); it is cut off its
#: country only as a body named apart (:func:`_named_apart`, orgs311).
AGENCY_END = "社"

# jieba's tags of a proper word (an unknown one counts when it is a transliteration): a name before a body's head (牛津|大学, 早稻田|大学), where a
# common word or an abbreviation names a kind of national body (国家|银行, 中央|银行, 国家|队, 人民|党, 国大|党:
# 泰国国家银行, 印度人民党 are names as written, as MSRA dev marks them)
_PROPER_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz"})
# the heads of a school named by a transliteration (泽佩林大学)
_SCHOOL_HEADS = ("大学", "学院")
# the heads of a party, a news agency or a broadcaster, named apart from its country where a word of its own names it
# (德国|联盟党, 埃及|中东社, 法国|某某电视台)
_OWN_NAMED_HEADS = ("党", "通讯社", "社", "电视台", "电台")
# the names of a nation's own kind of body, which keep their country (印度人民党, 日本共产党, 泰国国家银行)
_NATION_WORDS = frozenset({"人民", "国家", "国民", "中央", "共产", "全国", "国大", "民族", "国立"})
# a Latin name of two letters or more and the Han word of a firm's, a broadcaster's or a school's kind (BFM电视台,
# Alphabet集团, NEC公司, ESIC商学院); no age group's team (U16国际男篮)
_LATIN_NAMED = re.compile(r"[A-Za-z]{2}[A-Za-z0-9&.\-]*[\u4e00-\u9fff]{0,3}[公司团台社院行所厂店部]")
# readers whose body's left edge is a guess (a listed name is whole)
_GUESSED = frozenset({MentionSource.RECOGNISER.value, MentionSource.ORG_SUFFIX.value})


def _places_at(mentions: Sequence[Mention]) -> dict[int, list[Mention]]:
    """The coded place mentions by their first offset."""
    at: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.label is Label.PLACE and m.code:
            at.setdefault(m.start, []).append(m)
    return at


def _name_before_head(name: str, heads: Mapping[str, str]) -> str:
    """``name`` without the longest organisation head word it ends in (``org_suffixes.tsv``: 大学, 学院 …), or
    without its last letter, a head of one letter (人民|党, 国家|队).

    >>> _name_before_head("牛津大学", {"大学": "", "学": ""}), _name_before_head("人民党", {})
    ('牛津', '人民')
    """
    for size in range(len(name) - 1, 0, -1):
        if name[-size:] in heads:
            return name[:-size]
    return name[:-1]


def _named_alone(rest: str, foreign: frozenset[str], heads: Mapping[str, str]) -> bool:
    """Whether ``rest``, a school's or an assembly's name, is named on its own: by a transliteration (letters of
    ``foreign``) or as jieba's organisation word with a proper name of two letters or more before its head (of
    ``heads``); never a state organ (:data:`STATE_ORGAN_ENDS`) or a news agency.

    >>> _named_alone("早稻田大学", frozenset(), {"大学": ""}), _named_alone("商学院", frozenset(), {"学院": ""})
    (True, False)
    >>> _named_alone("泽佩林大学", frozenset("泽佩林"), {}), _named_alone("泽佩林大学", frozenset(), {})
    (True, False)
    >>> _named_alone("中央银行", frozenset(), {"银行": ""}), _named_alone("共同社", frozenset(), {})
    (False, False)
    """
    if rest.endswith(STATE_ORGAN_ENDS) or rest.endswith(AGENCY_END):
        return False
    for head in _SCHOOL_HEADS:
        name = rest[: -len(head)]
        if rest.endswith(head) and len(name) >= 2 and all(ch in foreign for ch in name):
            return True
    if dictionary_tag(rest) != "nt":
        return False
    name = _name_before_head(rest, heads)  # 牛津|大学; 商|学院 is a kind of school
    tag = dictionary_tag(name)
    # an unknown name only as a transliteration: 国家足球|队 is no name (墨西哥国家足球队, UNER dev)
    return len(name) >= 2 and (tag in _PROPER_TAGS or tag == "x" and all(ch in foreign for ch in name))


def _named_apart(rest: str, lexicon: Lexicon) -> bool:
    """Whether ``rest``, what follows a country abroad in an organisation's name, is a body the web gold writes
    apart from that country (session 62, orgs311): a listed body that is no state organ (共同社, 自民党, 基民盟), a
    party, news agency or broadcaster named by a word of its own (联盟党, 中东社: never a nation's own kind of body,
    人民党, 国家银行, 共产党), or a Latin name before its kind (BFM电视台, Alphabet集团, NEC公司).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> [_named_apart(rest, lexicon) for rest in ("共同社", "联盟党", "BFM电视台", "人民党", "外交部", "东亚银行")]
    [True, True, True, False, False, False]
    """
    if rest.endswith(STATE_ORGAN_ENDS):
        return False
    if rest in lexicon.known_organisations or _LATIN_NAMED.fullmatch(rest):
        return True
    head = next((h for h in _OWN_NAMED_HEADS if rest.endswith(h)), "")
    name = rest[: -len(head)] if head else ""
    # (a name jieba holds as a proper word: 联盟党, 中东社; not one it builds, 古巴|社会主义革命统一党, whose country may
    # be part of its name, as 印度人民党's is)
    return len(name) >= 2 and name not in _NATION_WORDS and dictionary_tag(rest) in _PROPER_TAGS


def _country_front(m: Mention, places: dict[int, list[Mention]], lexicon: Lexicon) -> int | None:
    """How many letters of ``m`` the country that opens it takes, when the rest is a body named without it (the
    module docstring), else None."""
    if m.label is not Label.ORGANIZATION or m.extractor not in _GUESSED:
        return None
    whole = m.simplified
    if whole in lexicon.known_organisations:
        return None
    for country in places.get(m.start, ()):
        size = country.end - country.start
        if not is_country_code(country.code) or country.code in HOME_CODES or not 2 <= size <= len(whole) - 2:
            continue
        rest = whole[size:]
        if _named_apart(rest, lexicon):
            return size
        if not rest.endswith(PLACE_NAMED_ENDS):
            continue  # a company's arm in that country, a state's organ: named with it
        inner = [p for p in places.get(country.end, ()) if p.end < m.end and p.code.startswith(country.code + "-")]
        if inner or _named_alone(rest, lexicon.foreign_name_chars, lexicon.org_suffixes):
            return size
    return None


def countries_cut_from_bodies(mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with each organisation that opens with a country written before a body's own name cut after
    the country (module docstring); the country's place mention is kept as it is.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> country = Mention("d", 0, 4, "白俄罗斯", "白俄罗斯", Label.PLACE, "gazetteer", code="BY")
    >>> city = Mention("d", 4, 7, "明斯克", "明斯克", Label.PLACE, "gazetteer", code="BY-city:Minsk")
    >>> body = Mention("d", 0, 9, "白俄罗斯明斯克大学", "白俄罗斯明斯克大学", Label.ORGANIZATION, "org_suffix")
    >>> [(m.start, m.simplified) for m in countries_cut_from_bodies([country, city, body], load_lexicon())]
    [(0, '白俄罗斯'), (4, '明斯克'), (4, '明斯克大学')]
    """
    places = _places_at(mentions)
    out = []
    for m in mentions:
        size = _country_front(m, places, lexicon)
        if size is None:
            out.append(m)
            continue
        canonical = m.canonical[size:] if m.canonical.startswith(m.simplified[:size]) else ""
        out.append(replace(m, start=m.start + size, text=m.text[size:], simplified=m.simplified[size:],
                           canonical=canonical))
    return out


def listed_bodies_after_countries(mentions: list[Mention], text: str, original: str,
                                  lexicon: Lexicon) -> list[Mention]:
    """``mentions`` and a listed body (``organisations_known.tsv``: no state organ, no name that is a common word
    too) written right after a country abroad where no organisation was read over it: jieba holds some such pairs as
    one word (据日本|共同社报道), so neither the list's reader nor the recogniser reads the body, which the web gold
    writes apart from its country (orgs311).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> country = Mention("d", 1, 3, "日本", "日本", Label.PLACE, "gazetteer", code="JP")
    >>> text = "据日本共同社报道"
    >>> [(m.start, m.simplified) for m in listed_bodies_after_countries([country], text, text, load_lexicon())]
    [(1, '日本'), (3, '共同社')]
    """
    known = lexicon.known_organisations
    taken = [(m.start, m.end) for m in mentions if m.label is Label.ORGANIZATION]
    added = []
    for m in mentions:
        if m.label is not Label.PLACE or not is_country_code(m.code) or m.code in HOME_CODES:
            continue
        name = next((text[m.end:m.end + size] for size in range(8, 1, -1) if text[m.end:m.end + size] in known), "")
        end = m.end + len(name)
        if not name or known[name][3] or name.endswith(STATE_ORGAN_ENDS) \
                or any(s < end and m.end < e for s, e in taken):
            continue
        added.append(Mention(m.doc_id, m.end, end, original[m.end:end], name, Label.ORGANIZATION,
                             MentionSource.ORG_KNOWN.value))
    return mentions + added if added else mentions
