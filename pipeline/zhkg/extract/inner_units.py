"""Where the recogniser's organisation runs on past the body into one of its units or a word about it (issue 15).

News names a university's department, a hospital's clinic or a council's section right after the body
(政治大学|政治学系教授, 长庚纪念医院基隆院区|血液肿瘤科主任, 金门县议会|总务组), a police station after its
precinct and its city's bureau (桃园市警局|中坜分局|普仁派出所), and a body's website, team or summit after its
name (国资委|官网发布, 阳明交大|团队估算, 东协|峰会). The recogniser reads each run as one organisation; the web set's
gold (``tests/gold/entities_web_*.jsonl``, both regions) counts the body: the university, the hospital's site, the
council; each police unit on its own; the body without the website, team or summit.

* :func:`cut_inner_units`: an organisation whose last body head (大学, 医院, 院区, 议会) is followed by two to twelve
  Han letters ending in a unit (系, 研究所, 中心, 科, 组) is cut after the head (国立中央大学|理学院光电科学研究所
  too). A college (学院) ending the name stays part of it (上海交通大学医学院, as the gold has it), and so does a
  unit the text names with no body before it. Only in Taiwan's and Hong Kong's news (Traditional script and a
  place of Taiwan, Hong Kong or Macau in the document), where the web set's gold shows the convention: People's Daily
  (MSRA) writes 北京大学中文系 as one name (:func:`zhkg.extract.body_spans.school_unit`), and the tests pin that in
  both scripts (``tests/test_members16_staff.py``, ``tests/test_sub19_parts.py``).

* :func:`split_police_units`: an organisation made of a city's police bureau (警局, 警察局) and the precinct and
  station under it, each piece ending in its head, is those pieces.
* :func:`split_county_units`: Taiwan's short form of a county's or city's government (县府, 市府) and the
  department after it (县府|主计处, 新任|县府|财政处) are two mentions for the relation readers (the entity layer
  joins them into one body: :mod:`zhkg.extract.government_units`, session 60's call 1); a word of tenure before it
  (新任, 原, 现任) is none.
* :func:`people_offices`: a person's office (安华|办公室, 杨镇浯|服务处), the name of a person the document names
  and an office's word, is that person speaking through it: the gold counts the person, no body.
* :func:`cut_body_tails`: an organisation ending in a word for the body's website, team or summit (官网, 团队, 峰会)
  is the name before it, where two letters or more are left.

A country before a well-known body (日本|共同社) is left as read: MSRA marks 日本共同社 whole and zhkg follows it
(``docs/entities.md``; ``tests/test_orgs213.py``), though the web gold writes the country apart.

Only spans that are a guess are cut: the recogniser's, and for units and the police the suffix grammar's too (it
reads the run to its last head); a listed name's span is its own. Called by :func:`zhkg.extract.combine.combine_mentions` with the other edge cuts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.segment import dictionary_tag

__all__ = ["BODY_TAILS", "OFFICE_WORDS", "cut_body_tails", "cut_inner_units", "people_offices", "split_county_units",
           "split_police_units"]

# readers whose span is a guess: the recogniser's and the suffix grammar's (a listed name is whole)
_GUESSED_SPANS = frozenset({MentionSource.RECOGNISER.value, MentionSource.ORG_SUFFIX.value})
# the last body head, then a unit's name of Han letters only ending in a unit's head; no 的, 和, 与 on either side
# (中华大学与成功大学|研究中心: a centre of two bodies is a body of its own)
_INNER_UNIT = re.compile(r"((?:(?![的之和与及、])[^\s]){2,}?(?:大学|医院|院区|议会)(?!.*(?:大学|医院|院区|议会)))((?:(?![的之和与及、])[\u4e00-\u9fff]){1,10}(?:研究所|中心|系|科|组))")

# a unit's kinds (the names _INNER_UNIT cuts end in), and the titles of a unit's head after the kind's letter
_UNIT_KINDS = ("研究所", "中心", "系", "科", "组")
_UNIT_HEAD_TITLES = ("主任", "主管", "长")

# a city's police bureau, the precinct under it and the station under that (Taiwan's usage; 公安局 is mainland's)
_POLICE_HEADS = ("警察局", "警局", "分局", "派出所", "分驻所")
_POLICE_RUN = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:警察局|警局)(?:[\u4e00-\u9fff]{1,6}?(?:分局|派出所|分驻所))+")
_POLICE_PIECE = re.compile("[\u4e00-\u9fff]{1,6}?(?:" + "|".join(_POLICE_HEADS) + ")")

#: Words for a body's website, its team or its summit, read into the body's name before them (国资委|官网,
#: 阳明交大|团队, 东协|峰会): none is the body.
BODY_TAILS = ("官方网站", "官网", "团队", "峰会")
# a body's head before 今 (today) glued on after it (律政司刑事检控科|今发表): the time word goes
_HEADS_BEFORE_TODAY = tuple("科局处署部会院府司所队")
_TODAY = "今"
_SUMMIT = "峰会"
# a common word before the tail makes the whole a description (研究|团队, 医疗|团队, 政府|官网), unless it is a
# body's head (大学|团队); jieba's tags of such words
_WORD_TAGS = frozenset({"n", "vn", "v", "a", "an", "ad", "d", "r", "m"})
# a team or a website that one common word alone describes (内阁|团队, 医疗|团队, 政府|官网) names no body: it goes
_DESCRIBED_TAILS = ("官方网站", "官网", "团队")
_HEADS_BEFORE_TAIL = ("大学", "学院", "医院", "公司", "集团", "中心", "研究院", "研究所")


def _recognised_body(m: Mention) -> bool:
    return m.label is Label.ORGANIZATION and m.extractor == MentionSource.RECOGNISER


def _cut_to(m: Mention, n: int) -> Mention:
    return replace(m, end=m.start + n, text=m.text[:n], simplified=m.simplified[:n], canonical="")


def cut_inner_units(model: list[Mention], text: str = "") -> list[Mention]:
    """The recogniser's or the suffix grammar's organisations less a unit named after their last body head (政治大学|政治学系, 长庚纪念医院
    基隆院区|血液肿瘤科, 金门县议会|总务组); a college (学院) ending the name stays, and so does a unit whose own head
    ``text`` (Simplified) names by the unit's letter (系主任, 所长, 组长: the unit holds a post of the document).

    >>> def org(name):
    ...     return Mention("d", 0, len(name), name, name, Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> [x.simplified for x in cut_inner_units([org("国立政治大学政治学系"), org("上海交通大学医学院"),
    ...                                         org("金门县议会总务组"), org("国立中央大学理学院光电科学研究所")])]
    ['国立政治大学', '上海交通大学医学院', '金门县议会', '国立中央大学']
    """
    out = []
    for m in model:
        found = _INNER_UNIT.fullmatch(m.simplified) if m.label is Label.ORGANIZATION \
            and m.extractor in _GUESSED_SPANS else None
        if found is not None and not _unit_head_named(found.group(2), text):
            m = _cut_to(m, found.end(1))
        out.append(m)
    return out


def _unit_head_named(unit: str, text: str) -> bool:
    """Whether ``text`` names the head of ``unit`` by its kind's letter alone, apart from the unit's name
    (电机工程学系讲师，后升任系主任; not 心脏内科主任 or 研究所所长, the unit's name and its title together).

    >>> _unit_head_named("电机工程学系", "电机工程学系讲师，后升任系主任。"), _unit_head_named("心脏内科", "心脏内科主任王明")
    (True, False)
    """
    kind = next(k for k in _UNIT_KINDS if unit.endswith(k))
    letter = kind[-1] if kind != "中心" else kind
    titles = "|".join(_UNIT_HEAD_TITLES)
    rest = re.sub(f"{re.escape(unit)}(?:{re.escape(letter)}?(?:{titles}))?", "|", text)  # (研究所|所长: its name's)
    return any(letter + title in rest for title in _UNIT_HEAD_TITLES)


def split_police_units(model: list[Mention]) -> list[Mention]:
    """The recogniser's or the suffix grammar's organisation that runs a city's police bureau, its precinct and its station together is
    each of them (桃园市警局|中坜分局|普仁派出所).

    >>> name = "桃园市警局中坜分局普仁派出所"
    >>> m = Mention("d", 3, 3 + len(name), name, name, Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> [(x.simplified, x.start) for x in split_police_units([m])]
    [('桃园市警局', 3), ('中坜分局', 8), ('普仁派出所', 12)]
    """
    out = []
    for m in model:
        if not (m.label is Label.ORGANIZATION and m.extractor in _GUESSED_SPANS and _POLICE_RUN.fullmatch(m.simplified)):
            out.append(m)
            continue
        for piece in _POLICE_PIECE.finditer(m.simplified):
            s, e = piece.span()
            out.append(replace(m, start=m.start + s, end=m.start + e, text=m.text[s:e], simplified=piece.group(),
                               canonical=""))
    return out


# a county's or a city's government by its short form, then one of its departments (主计处, 财政处, 文化局)
_COUNTY_UNIT = re.compile(r"([县市]府)((?:(?![的之和与及、])[\u4e00-\u9fff]){1,6}[处局])")
# words of tenure written before the government's short form (新任|县府财政处长): no part of a body's name
_TENURE = ("新任", "原任", "现任", "前任", "时任", "代理", "原", "现", "前")
# readers whose body's span is a guess here: the recogniser's, the suffix grammar's and a body named by its kind
_COUNTY_READERS = frozenset({MentionSource.RECOGNISER.value, MentionSource.ORG_SUFFIX.value,
                             MentionSource.ORG_NAMED_KIND.value})


def split_county_units(mentions: list[Mention]) -> list[Mention]:
    """Organisations that run a county's or city's government by its short form (县府, 市府) into one of its
    departments, as the two bodies (县府|主计处, 南投县府|主计处); a word of tenure before them goes (新任|县府|财政处).

    >>> def org(name):
    ...     return Mention("d", 0, len(name), name, name, Label.ORGANIZATION, MentionSource.ORG_NAMED_KIND)
    >>> [(x.simplified, x.start) for x in split_county_units([org("新任县府财政处"), org("南投县府主计处")])]
    [('县府', 2), ('财政处', 4), ('南投县府', 0), ('主计处', 4)]
    """
    out = []
    for m in mentions:
        found = _COUNTY_UNIT.search(m.simplified) if m.label is Label.ORGANIZATION \
            and m.extractor in _COUNTY_READERS else None
        if found is None or found.end() != len(m.simplified):
            out.append(m)
            continue
        before = m.simplified[:found.start()]
        left = 0 if not before.startswith(_TENURE) else next(len(t) for t in _TENURE if before.startswith(t))
        if not (before[left:] == "" or len(before) - left <= 3 and not before.endswith(_TENURE)):
            out.append(m)
            continue
        cut = found.start(2)
        out.append(replace(m, start=m.start + left, end=m.start + cut, text=m.text[left:cut],
                           simplified=m.simplified[left:cut], canonical=""))
        out.append(replace(m, start=m.start + cut, text=m.text[cut:], simplified=m.simplified[cut:], canonical=""))
    return out


def cut_body_tails(model: list[Mention], places: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """The recogniser's organisations less a word for their website, team or summit written after the name
    (国资委|官网, 阳明交大|团队, 东协|峰会), or 今 (today) after a body's head (刑事检控科|今), where two letters or more
    are left and the two before the tail are no common word of jieba's dictionary (研究|团队, 医疗|团队 describe)
    unless they are a body's head (大学|团队); one such common word alone and a team or a website (内阁|团队,
    医疗|团队, 政府|官网) is a description and goes (orgs243). A summit's city before 峰会 goes too where ``places`` (spans of coded
    places) has it and two letters or more are left (上海合作组织|叶卡捷琳堡|峰会).

    >>> def org(name):
    ...     return Mention("d", 0, len(name), name, name, Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> [x.simplified for x in cut_body_tails([org("国务院国资委官网"), org("东协峰会"), org("清华大学研究团队"),
    ...                                        org("台湾大学团队")])]
    ['国务院国资委', '东协', '清华大学研究团队', '台湾大学']
    >>> [x.simplified for x in cut_body_tails([org("内阁团队"), org("研究团队"), org("政府官网")])]
    []
    >>> [x.simplified for x in cut_body_tails([org("上海合作组织叶卡捷琳堡峰会")], [(6, 11)])]
    ['上海合作组织']
    """
    out = []
    for m in model:
        tail = next((t for t in BODY_TAILS if m.simplified.endswith(t)), "") if _recognised_body(m) else ""
        if not tail and _recognised_body(m) and m.simplified.endswith(_TODAY) \
                and m.simplified[:-1].endswith(_HEADS_BEFORE_TODAY):
            tail = _TODAY
        name = m.simplified[:len(m.simplified) - len(tail)]
        if tail in _DESCRIBED_TAILS and dictionary_tag(name) in _WORD_TAGS:
            continue  # one common word and the tail describe a team or a site, no body (内阁|团队, 研究|团队)
        if tail and len(name) >= 2 and (name.endswith(_HEADS_BEFORE_TAIL) or dictionary_tag(name[-2:]) not in _WORD_TAGS):
            city = next((s for s, e in places if e == m.start + len(name) and s - m.start >= 2), None) \
                if tail == _SUMMIT else None
            m = _cut_to(m, len(name) if city is None else city - m.start)
        out.append(m)
    return out


#: Words for the office a person speaks through (安华|办公室, 杨镇浯|服务处): a person's name before one is the person.
OFFICE_WORDS = ("办公室", "服务处", "办事处")


def people_offices(model: list[Mention], people: list[Mention],
                   organisations: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The recogniser's organisations that are a person's office, the name of a person the document names (``people``)
    and an office's word (:data:`OFFICE_WORDS`), as that person: the name's span, the person's label and reader; and
    the rules' ``organisations`` less the office's word alone there (蔡其昌|服务处: no body 服务处).

    >>> text = "安华说。安华办公室表示"
    >>> person = Mention("d", 0, 2, "安华", "安华", Label.PERSON, MentionSource.RECOGNISER)
    >>> office = Mention("d", 4, 9, "安华办公室", "安华办公室", Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> word = Mention("d", 6, 9, "办公室", "办公室", Label.ORGANIZATION, MentionSource.ORG_NAMED_KIND)
    >>> model, rules = people_offices([person, office], [], [word])
    >>> [(x.simplified, x.label.name, x.start) for x in model], rules
    ([('安华', 'PERSON', 0), ('安华', 'PERSON', 4)], [])
    """
    names = {p.simplified: p for p in (*people, *model) if p.label is Label.PERSON and len(p.simplified) >= 2}
    if not names:
        return model, organisations
    out, offices = [], set()
    for m in model:
        word = next((w for w in OFFICE_WORDS if m.simplified.endswith(w)), "") if _recognised_body(m) else ""
        person = names.get(m.simplified[:len(m.simplified) - len(word)]) if word else None
        if person is not None:
            n = len(m.simplified) - len(word)
            offices.add((m.start + n, m.end))
            m = replace(person, doc_id=m.doc_id, start=m.start, end=m.start + n, text=m.text[:n],
                        simplified=m.simplified[:n])
        out.append(m)
    return out, [o for o in organisations if o.span not in offices] if offices else organisations
