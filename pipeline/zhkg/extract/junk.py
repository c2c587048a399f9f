"""Kinds of junk a reader meets in a corpus graph, and the rules that generalise over each (rule 12 of
:mod:`zhkg.extract.combine`).

Each kind was found by ranking the PERSON and ORGANIZATION nodes of the 1,000 THUCNews articles by mentions
and by degree (and a random sample), and is fixed by a rule about the wording, never by a list of the names
seen:

* **a facility named by a word a person's name would be** (程田古玩城, 程田|古玩城): a name followed by a
  facility's head word (古玩城, 大厦, 酒店 …: :data:`FACILITY_WORDS`) is the facility, a place; where the
  document writes the facility's own name alone (推广程田…, 程田), that is the facility too;
* **an appositive glued onto a body** (新浪合资公司中国房产信息集团, 华润旗下子公司金絮丰公司): a body, a
  word saying how another belongs to it (合资公司, 旗下, 子公司 …) and a second name is two bodies, the
  second kept only when it is a name of its own (not 地产公司, 三基金);
* **a surname alone that names no one** (赵 of 《赵氏孤儿》, 周 of 周|冬雨, 格 of 格|里昂): a one-letter
  person stays only before a form of address or a title (刘先生, 陈所长, 王某), after 小/老 (小王, 老丁), or
  as the last part of a transliterated name of the document (洛尔-邓 … 邓), in a list of names (罗斯、邓) or
  as the subject of a predicate (刘|始终…, 陈|的朋友), beside another surname (马列), or before 家, 氏, 派 or a
  cup (刘家, 杜氏, 张派, 汤杯: People's Daily marks those people), or ending a quoted nickname (『泥人张』);
* **an address as a body** (kf@pri-game.com): a mail address names no organisation, and a storm (中度台风凯米,
  台风凯米袭台) no organisation, person or place;
* **names inside a work's title** (《又见白娘子》, 《赤壁OL》): a person inside 《…》, or a place there that a
  newspaper's name holds or that only a county, city or district code reads, is the work's, not an entity of
  the news (a body filling the title, a newspaper, stays; so do the names in a
  document's title: 《郑州市…监督办法》, 《京都议定书》, and a person a title opens and goes on about with
  在, 传, 有, 是 or 的: 《周恩来在南开》, 《毛泽东传》, 《小张倩有个不幸的家》);
* **names joined by hyphens across a list** (罗斯-邓-诺阿组成的…): a hyphenated name of three or more parts,
  two of which the document names alone as people, is those people;
* **a generic phrase or a cut word read as a body** (深圳一家基金公司, 某两家基金公司, 各大学校, 全国法院, 三亚高端酒店,
  一些|广州移民公司, 成都报 of 成都报价, 像鹏华基金, 亿元晨报, 巴塞罗那自治大学社会学, 蒙古国): a body's name holds no count or
  unnamed one (一家, 多家, N所, 某, 各大, 各地, 全国性), nor a word of standing after its place (高端, 知名), and is
  none after a word counting bodies (一些, 多家) when a common word stands between its place and its kind (移民|公司)
  (全国 before one common noun, 全国法院, stays a body
  here, as a count's owner, but is seated nowhere: :mod:`zhkg.relate.location`); a name running into the word it cuts (报|价, 报|道)
  is none; a word of comparison (像, 比如) or a unit of money after a figure (48.3|亿元) before a name
  and a discipline after a university (…大学|社会学) are no part of it; and a country's name with 国 (蒙古国) is the country, a place;
  a season's word beside a team's name (九龙城|来季将参加…, 今年|季后|猿队撤换…: :data:`~zhkg.extract.company_words.SEASON_WORDS`) is no part of it; and 日产
  is a daily output, not the carmaker, after a production unit or before a figure (生产线|日产|山泉水可达4000件, 日产
  3000吨): MSRA train marks none of its 25 日产 before a figure or a rate's word, and 7 of its 8 others (ents259);
* **a transliterated name cut before a one-letter surname** (赛迪斯|-杨): a foreign name followed by a
  hyphen or dot and one character that is a Chinese surname standing alone as a word (杨 for Young, 邓
  for Deng) is the whole name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace
from itertools import accumulate

from zhkg.extract.company_words import SEASON_WORDS
from zhkg.extract.foreign_names import EPONYMS, FOREIGN_SEPARATORS, foreign_name_parts
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import TokenTable

__all__ = ["FACILITY_WORDS", "drop_junk_kinds"]

#: Head words of a facility or venue named after its owner or place (程田古玩城, 罗纳德·里根大厦): what comes
#: before one is the facility's name. Heads a person's name is often followed by as a common noun (球场上,
#: 市场价值, 中心位置) are left out.
FACILITY_WORDS = tuple(sorted({
    "古玩城", "商城", "购物中心", "购物广场", "商场", "商厦", "超市", "家具城", "建材城", "灯饰城", "步行街",
    "大厦", "广场", "大酒店", "酒店", "饭店", "宾馆", "酒楼", "影城", "电影院", "大剧院", "剧院", "乐园",
    "美术馆", "艺术馆", "展览馆", "纪念馆", "博物馆", "图书馆", "体育馆", "体育场", "机场", "大桥", "公园",
    "国家公园", "官邸", "水库",
}, key=lambda w: (-len(w), w)))

# how a body belongs to another, between the two names (新浪|合资公司|中国房产信息集团)
_BELONGS = re.compile(r"(?:全资子公司|控股子公司|旗下子公司|合资公司|子公司|控股公司|母公司|旗下的|旗下|下属的|下属)")
_COMPANY_HEADS = ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "集团", "银行", "基金", "证券",
                  "保险", "控股", "地产", "置业", "投资")
# words describing a company by its trade or standing, which news writes before its name (汽车大厂福斯集团)
_DESCRIBES = re.compile(r"(?:大厂|车厂|厂商|巨头|巨擘|龙头|业者|球会|球队|劲旅|豪门)")
# …and by its trade, a word ending in 商, before a company's name of its own (酒店批发商|天宇旅游公司, 汽车经销商|广汇集团;
# not inside an association's name: 中国代理商联合会)
_TRADES = re.compile(r"(?:批发商|经销商|代理商|开发商|供应商|运营商|承包商|零售商|制造商|生产商|服务商)")
# a club's description by its league, which Wikipedia writes before its name (意甲球会|AC米兰, 英超球队|曼联)
_CLUB_DESCRIPTIONS = ("球会", "球队", "劲旅", "豪门")
_NOT_IN_NAME = re.compile(r"[\s—–\-,，。、；;：:！!？?（）()《》“”\"]")
# what follows a surname alone when it names someone: forms of address, kin, a person unnamed (王某)
# (and, as People's Daily writes it, a family, a clan, a school of art and a cup: 刘家, 杜氏, 张派, 汤杯)
_ADDRESSES = ("先生", "女士", "小姐", "老师", "师傅", "师母", "同学", "医生", "大夫", "老板", "夫人", "太太", "妈妈",
              "爸爸", "夫妇", "大叔", "大姐", "阿姨", "大爷", "大妈", "老", "某", "总", "董", "员外", "姓", "家", "氏",
              "派", "大娘", "大嫂", "大婶", "大伯", "大哥", "嫂", "婶", "奶奶", "爷爷", "伯伯", "叔叔", *EPONYMS)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_MAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+")
_TITLE_OPEN, _TITLE_CLOSE = "《〈", "》〉"


def drop_junk_kinds(mentions: list[Mention], text: str, lexicon: Lexicon, *, original: str = "",
                    table: TokenTable | None = None) -> list[Mention]:
    """Rule 12: the kinds of junk this module's docstring lists, fixed in one document's mentions.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "亮相程田古玩城。推广程田的形象。"
    >>> ms = [Mention("d", 2, 7, text[2:7], text[2:7], Label.PERSON, "crf"),
    ...       Mention("d", 10, 12, text[10:12], text[10:12], Label.PERSON, "crf")]
    >>> [(m.simplified, m.label.value, m.canonical) for m in drop_junk_kinds(ms, text, load_lexicon())]
    [('程田古玩城', 'PLACE', ''), ('程田', 'PLACE', '程田古玩城')]
    """
    original = original or text
    mentions = _facilities(mentions, text, original)
    mentions = _appositive_bodies(mentions, text, original, lexicon)
    mentions = _described_bodies(mentions, text, original, lexicon)
    mentions = _hyphenated_lists(mentions, text, original)
    mentions = _one_letter_surnames(mentions, text, original, lexicon, table)
    mentions = _generic_bodies(mentions, text, original, lexicon, table)
    orgs = _Spans((m.start, m.end) for m in mentions if m.label is Label.ORGANIZATION)
    return [m for m in mentions if not _junk(m, text, orgs)]


class _Spans:
    """Spans, asked whether one of them holds ``[start, end)`` by bisection, not by a scan of them all (a long
    document's places were each checked against every body's span).

    >>> spans = _Spans([(5, 9), (0, 3)])
    >>> [spans.hold(s, e) for s, e in ((0, 3), (6, 9), (2, 5), (9, 10))]
    [True, True, False, False]
    """

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))  # the furthest end of a span starting so far

    def hold(self, start: int, end: int) -> bool:
        """Whether a span starts at or before ``start`` and ends at or after ``end``."""
        i = bisect_right(self._starts, start)
        return bool(i) and self._reach[i - 1] >= end


# a count or an unnamed one inside a body's name (深圳一家基金公司, 某两家基金公司, 60家基金公司, 各大学校,
# 宾夕法尼亚四所学校, 全国性地产公司): bodies of a kind, no name (a numbered one, 第二所, is named)
_COUNTED = re.compile(r"(?<!第)(?:[\d一二两三四五六七八九十百千几数多]+|某)[家所]|某|各大|各地|各级|各类|全国性")
# a place and a word of standing before a body's kind (三亚|高端|酒店, 北京|知名|律师事务所): bodies of a kind, no name
# (not a size or an ownership, which names hold: 温州中小企业促进会, 温州民营企业协会)
_STANDING = ("高端", "高档", "知名", "著名", "豪华", "星级", "五星级", "顶级", "一流", "主要")
# a word counting bodies unnamed, right before a place and a kind (一些|广州|移民公司, 多家|上海|房产中介)
_COUNTING = ("一些", "这些", "那些", "某些", "多家", "几家", "数家", "一家", "不少", "许多", "众多", "部分", "一批", "各家",
             "其他")
# a name cut inside the word it runs into (成都报|价, 成都报|2850: a price; X报|道)
_RUNS_INTO = re.compile(r"[\d价道告名]")
# a word of comparison or example before a name (像|鹏华基金), and a unit of money after a figure (48.3|亿元|晨报讯)
_EXAMPLE_WORDS = ("比如", "例如", "诸如", "像")
# 日产 as a daily output: after a production unit (生产线|日产) or before a figure or a rate's word (日产|3000吨, 日产|量)
_OUTPUT_BEFORE = re.compile(r"(?:线|厂|矿|井|车间|基地|装置|工地|可|能|每)$")
_OUTPUT_AFTER = re.compile(r"[0-9０-９一二两三四五六七八九十百千万几约达超近逾量能]")
_MONEY_UNIT = re.compile(r"(?:亿|万)?(?:美元|港元|元)|亿|万")
# a discipline after a university: the chair's, not the body's name (巴塞罗那自治大学|社会学 教授)
_DISCIPLINE = re.compile(r"大学([\u4e00-\u9fff]{1,4}学)$")


def _generic_bodies(mentions: list[Mention], text: str, original: str, lexicon: Lexicon,
                    table: TokenTable | None) -> list[Mention]:
    """Bodies that are a generic phrase or a cut word (this module's docstring): dropped, trimmed to the name
    they hold, or (a country's name with 国) made the country."""
    from zhkg.resources.gazetteer import load_gazetteer
    from zhkg.stages.segment import dictionary_tag

    out: list[Mention] = []
    place_end = {m.start: m.end for m in mentions if m.label is Label.PLACE}
    for m in mentions:
        if m.label is not Label.ORGANIZATION:
            out.append(m)
            continue
        name = m.simplified
        if _COUNTED.search(name) or (name.endswith("报") and _RUNS_INTO.match(text, m.end)):
            continue
        if m.start in place_end and _kind_after_place(text[place_end[m.start]:m.end], text[:m.start], lexicon) \
                and name not in lexicon.known_organisations:
            continue
        if name.endswith("国") and len(name) >= 3:
            country = next((d for d in load_gazetteer(lexicon).lookup(name[:-1]) if d.level == 0), None)
            if country is not None:  # 蒙古国: the country
                out.append(replace(m, label=Label.PLACE, canonical=country.name, code=country.code))
                continue
        if name == "日产" and (_OUTPUT_BEFORE.search(text, 0, m.start) or _OUTPUT_AFTER.match(text, m.end)):
            continue  # 生产线日产山泉水: a daily output
        start, end = m.start, m.end
        season = next((w for w in SEASON_WORDS if name.startswith(w) or name.endswith(w)), "")
        if season and len(name) - len(season) >= 2:  # 九龙城|来季, 季后|猿队
            start, end = (start + len(season), end) if name.startswith(season) else (start, end - len(season))
            name = text[start:end]
        lead = next((w for w in _EXAMPLE_WORDS if name.startswith(w)), "")
        if lead and len(name) - len(lead) >= 2 and (len(lead) > 1 or dictionary_tag(name[:2]) == "x"):
            # (像|鹏华基金, not 像素…: jieba may read 像鹏华 as one word, a name it does not know)
            start += len(lead)
        elif text[start - 1:start].isdigit() and (unit := _MONEY_UNIT.match(name)):
            start += unit.end()
        if (hit := _DISCIPLINE.search(name)) and dictionary_tag(hit.group(1)) == "n":
            end -= len(hit.group(1))
        if (start, end) != (m.start, m.end):
            if end - start < 2:
                continue
            m = _span(m, start, end, text, original, canonical="", code="")
        out.append(m)
    return out


def _kind_after_place(rest: str, before: str, lexicon: Lexicon) -> bool:
    """Whether ``rest``, what a body's name holds after the place opening it, says a kind of body and no name: a
    word of standing first (三亚|高端酒店), or, after a word counting bodies (一些|广州|移民公司), a dictionary
    word before the body's head (移民|公司; not 北京|银行, nor a name jieba does not know: 一家|北京|华远公司)."""
    from zhkg.stages.segment import dictionary_tag

    if rest.startswith(_STANDING):
        return True
    if not before.endswith(_COUNTING):
        return False
    head = next((h for h in (*_COMPANY_HEADS, *sorted(lexicon.org_suffixes, key=len, reverse=True))
                 if rest.endswith(h)), "")
    stem = rest[:len(rest) - len(head)]
    return bool(head) and bool(stem) and dictionary_tag(stem) in ("n", "v", "vn", "an", "a")


def _span(m: Mention, start: int, end: int, text: str, original: str, **changes) -> Mention:
    return replace(m, start=start, end=end, text=original[start:end], simplified=text[start:end], **changes)


def _facilities(mentions: list[Mention], text: str, original: str) -> list[Mention]:
    """A person whose name ends in a facility's head word, or runs right into one, is the facility (a place);
    the facility's own name written alone in the document is it too."""
    facilities: dict[str, str] = {}
    grown: list[Mention] = []
    out: list[Mention] = []
    for m in mentions:
        if m.label is Label.PERSON:
            # one C call (a tuple of words) first: most names end in none and run into none
            head = next((w for w in FACILITY_WORDS if m.simplified.endswith(w)), "") \
                if m.simplified.endswith(FACILITY_WORDS) else ""
            if head and len(m.simplified) - len(head) >= 2:
                m = replace(m, label=Label.PLACE, canonical="", code="")
                facilities[m.simplified[:-len(head)]] = m.simplified
            elif len(m.simplified) >= 2 and text.startswith(FACILITY_WORDS, m.end) \
                    and (head := next((w for w in FACILITY_WORDS if text.startswith(w, m.end)), "")):
                m = _span(m, m.start, m.end + len(head), text, original, label=Label.PLACE, canonical="", code="")
                facilities[text[m.start:m.end - len(head)]] = m.simplified
                grown.append(m)
        out.append(m)
    if not facilities:
        return mentions
    # what the grown names now hold (the model's bare 古玩城) goes
    out = [m for m in out if not any(g is not m and g.start <= m.start and m.end <= g.end for g in grown)]
    return [replace(m, label=Label.PLACE, extractor=str(MentionSource.ALIAS), canonical=facilities[m.simplified],
                    code="")
            if m.label is Label.PERSON and m.simplified in facilities else m for m in out]


def _body_name(name: str, lexicon: Lexicon) -> bool:
    """Whether ``name`` after a belonging word is a body's own name: a company's head word after a name of
    two letters or more that is no one dictionary word (金絮丰公司, not 地产公司 or 三基金)."""
    from zhkg.stages.segment import dictionary_tag

    if _NOT_IN_NAME.search(name):
        return False
    head = next((h for h in (*_COMPANY_HEADS, *sorted(lexicon.org_suffixes, key=len, reverse=True))
                 if name.endswith(h)), "")
    stem = name[:len(name) - len(head)]
    return bool(head) and len(stem) >= 2 and dictionary_tag(stem) == "x"


def _appositive_bodies(mentions: list[Mention], text: str, original: str, lexicon: Lexicon) -> list[Mention]:
    """A body, a word of belonging and a second name read as one organisation are two bodies (新浪|合资公司|
    中国房产信息集团); the second only when it is a name of its own."""
    out: list[Mention] = []
    for m in mentions:
        hit = _BELONGS.search(m.simplified, 2) if m.label is Label.ORGANIZATION else None
        if hit is None or hit.end() > len(m.simplified) - 2:
            out.append(m)
            continue
        out.append(_span(m, m.start, m.start + hit.start(), text, original, canonical="", code=""))
        rest = m.simplified[hit.end():]
        if _body_name(rest, lexicon):
            out.append(_span(m, m.start + hit.end(), m.end, text, original, canonical="", code=""))
    return out


def _described_bodies(mentions: list[Mention], text: str, original: str, lexicon: Lexicon) -> list[Mention]:
    """A company's or a club's description glued before its name (德國汽車大廠|福斯集團, 科技巨頭|蘋果公司,
    電信業者|中華電信, 意甲球會|AC米蘭) is no part of it: the organisation is the name after the describing word,
    when that is a name of its own; a description standing right before the name it describes goes
    (英超球隊|曼聯; the recogniser's 代工大廠|鴻海). A bare head word after the description is no name of its own: the trade names the body
    (香港中華廠商|聯合會 is 香港中華廠商聯合會, the manufacturers' association, not a 聯合會). A trade ending in 商 (酒店批發商|天宇旅遊公司) is cut off only before a company's name."""
    from zhkg.stages.segment import dictionary_tag

    out: list[Mention] = []
    org_starts = {m.start for m in mentions if m.label is Label.ORGANIZATION}
    for m in mentions:
        if m.label is Label.ORGANIZATION and m.simplified.endswith(_CLUB_DESCRIPTIONS) and m.end in org_starts:
            continue  # 英超球队|曼联: the description of the club named next
        if m.label is Label.ORGANIZATION and m.extractor == MentionSource.RECOGNISER and m.end in org_starts \
                and _DESCRIBES.fullmatch(m.simplified, len(m.simplified) - 2) and not _body_name(m.simplified, lexicon):
            continue  # 代工大厂|鸿海 (webtw123): the recogniser's description of the company named next
        hit = _DESCRIBES.search(m.simplified, 2) if m.label is Label.ORGANIZATION else None
        trade = _TRADES.search(m.simplified, 2) if m.label is Label.ORGANIZATION and hit is None else None
        rest = m.simplified[(hit or trade).end():] if (hit or trade) is not None else ""
        if trade is not None and rest.endswith(_COMPANY_HEADS) and _body_name(rest, lexicon):
            m = _span(m, m.start + trade.end(), m.end, text, original, canonical="", code="")
        elif hit is not None and len(rest) >= 2 and not _NOT_IN_NAME.search(rest) and rest not in lexicon.org_suffixes \
                and (_body_name(rest, lexicon) or dictionary_tag(rest) in ("x", "nt", "nz")):
            m = _span(m, m.start + hit.end(), m.end, text, original, canonical="", code="")
        out.append(m)
    return out


def _hyphenated_lists(mentions: list[Mention], text: str, original: str) -> list[Mention]:
    """A person of three or more hyphen-joined parts, two or more of which the document names alone as people
    (罗斯-邓-诺阿 beside 罗斯 and 邓), is those people, one each."""
    alone = {m.simplified for m in mentions if m.label is Label.PERSON and not foreign_name_parts(m.simplified)}
    last_parts = {foreign_name_parts(m.simplified)[-1] for m in mentions
                  if m.label is Label.PERSON and foreign_name_parts(m.simplified)}
    out: list[Mention] = []
    for m in mentions:
        parts = foreign_name_parts(m.simplified) if m.label is Label.PERSON and "-" in m.simplified else []
        others = last_parts - {parts[-1]} if parts else set()
        if len(parts) < 3 or sum(p in alone or p in others for p in parts) < 2:
            out.append(m)
            continue
        start = m.start
        for part in parts:
            out.append(_span(m, start, start + len(part), text, original, canonical=""))
            start += len(part) + 1
    return out


def _one_letter_surnames(mentions: list[Mention], text: str, original: str, lexicon: Lexicon,
                         table: TokenTable | None) -> list[Mention]:
    """A one-letter person: the last part of a foreign name cut before it (赛迪斯|-杨) joins that name; one that
    names someone by address (刘先生, 小王, 陈所长, 王大娘), ends a transliterated name of the document or is the
    surname of a person the document names in full (葛洪 … 葛能) stays; any other
    is a piece of a word or a name (赵 of 赵氏孤儿, 周 of 周冬雨) and goes."""
    taken = {m.start for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        if m.label is Label.PERSON and _foreign_cut_before_surname(m, text, lexicon, table) and m.end + 1 not in taken:
            m = _span(m, m.start, m.end + 2, text, original, canonical="")
        out.append(m)
    ends = {foreign_name_parts(m.simplified)[-1] for m in out
            if m.label is Label.PERSON and foreign_name_parts(m.simplified)}
    # two surnames side by side are two people named together (马列, 汤尤杯)
    letters = {m.start for m in out if m.label is Label.PERSON and len(m.simplified) == 1}
    paired = {i for i in letters if i + 1 in letters or i - 1 in letters}
    # the surname of someone the document names in full, standing alone elsewhere, is that person called by it
    # (葛洪生长的…，葛能由…; 毛邦初返台，毛强调…)
    full = {m.simplified for m in out if m.label is Label.PERSON and 2 <= len(m.simplified) <= 3
            and m.simplified[0] in lexicon.surnames and _HAN.fullmatch(m.simplified[1:2] or "-")}
    return [m for m in out if not (m.label is Label.PERSON and len(m.simplified) == 1 and _HAN.match(m.simplified)
                                   and m.simplified not in ends and m.start not in paired
                                   and not _addressed(m, text, lexicon)
                                   and not _listed_or_subject(m, text, table)
                                   and not _named_in_full(m, text, full, out))]


# what stands between the names of a list (罗斯、邓; 罗斯-邓-诺阿 once split)
_LIST_MARKS = frozenset("、和与及或-")
# jieba's tags of a word that opens a predicate or ends a noun phrase after its subject: adverbs,
# prepositions, conjunctions, particles, time words (刘|始终坚持, 陈|的朋友, 邓|也一样, 童|后来)
_PREDICATE_TAGS = frozenset("dpcut")


def _listed_or_subject(m: Mention, text: str, table: TokenTable | None) -> bool:
    """Whether a one-letter surname stands in a list of names (罗斯、邓) or as the subject of a predicate
    (刘|始终…, 陈|的朋友): someone the document calls by surname, not a piece of a longer name."""
    if text[m.end:m.end + 1] in _LIST_MARKS or text[m.start - 1:m.start] in _LIST_MARKS:
        return True
    word = table.word_at(m.end) if table is not None else None
    if word is None:
        return False
    return word.idx == m.end and word.tag[:1] in _PREDICATE_TAGS


def _named_in_full(m: Mention, text: str, full: set[str], mentions: list[Mention]) -> bool:
    """Whether a one-letter surname ``m`` is that of a person the document names in full (``full``) and stands
    alone: not opening that full name where it stands, nor touching another person's name (葛|能由… after 葛洪,
    毛|强调 after 毛邦初; not 周 of a 周|冬雨 the document writes whole, nor 李|娜 beside a 李明 named in full)."""
    names = [n for n in full if n[0] == m.simplified]
    if not names or any(text.startswith(n, m.start) for n in names):
        return False
    return not any(o is not m and o.label is Label.PERSON and (o.start == m.end or o.end == m.start
                                                             or o.start < m.end and m.start < o.end)
                   for o in mentions)


def _foreign_cut_before_surname(m: Mention, text: str, lexicon: Lexicon, table: TokenTable | None) -> bool:
    """Whether a person of transliteration letters stops right before a separator and a one-letter surname that
    jieba reads as a word of its own, with no further part after it (赛迪斯|-杨。)."""
    end = m.end
    if len(m.simplified) < 2 or text[end:end + 1] not in FOREIGN_SEPARATORS or end + 2 > len(text):
        return False
    letter, after = text[end + 1], text[end + 2:end + 3]
    if letter not in lexicon.surnames or (after and after in FOREIGN_SEPARATORS):
        return False
    if not all(c in lexicon.foreign_name_chars or c in FOREIGN_SEPARATORS for c in m.simplified):
        return False
    word = table.word_at(end + 1) if table is not None else None
    if word is None:
        return not _HAN.match(after)
    return (word.idx, word.end) == (end + 1, end + 2)


def _addressed(m: Mention, text: str, lexicon: Lexicon) -> bool:
    """Whether a one-letter surname is someone named by address: before a form of address or a title (刘先生,
    陈所长), or after 小/老 (小王, 老丁)."""
    if text[m.end:m.end + 1] in _CLOSING_QUOTES and any(c in _OPENING_QUOTES for c in text[max(0, m.start - 4):m.start]):
        return True  # a craftsman's nickname, his craft and his surname, quoted: 『泥人张』
    return (text.startswith(_ADDRESSES, m.end) or bool(lexicon.role_at(text, m.end))
            or text[m.start - 1:m.start] in ("小", "老"))


# what ends the title of a document, not of a work: a law, a regulation, a report (《郑州市商品房预售款监督办法》,
# 《京都议定书》): the places and people such a title names are the document's own
_DOCUMENT_TITLES = re.compile(r"(?:办法|条例|规定|通知|意见|决定|决议|报告|规划|研究|公约|议定书|协定|协议|法|纲要|方案|"
                              r"情况|宣言|声明|细则|制度|章程|公报|白皮书|计划|措施|倡议书|建议书|意见书|承诺书|责任书|倡议|信|\?)$")


def _in_title(m: Mention, text: str) -> bool:
    """Whether ``m`` lies inside a work's title 《…》 of one line (a film, book, game or newspaper; not a
    document's, :data:`_DOCUMENT_TITLES`)."""
    opened = max(text.rfind(c, 0, m.start + 1) for c in _TITLE_OPEN)
    if opened < 0 or opened >= m.start:
        return False
    closed = min((i for i in (text.find(c, m.end) for c in _TITLE_CLOSE) if i >= 0), default=-1)
    between = text[opened + 1:m.start] + text[m.end:closed] if closed >= 0 else ""
    if closed < 0 or any(c in between for c in _TITLE_OPEN + _TITLE_CLOSE + "\n。") \
            or _DOCUMENT_TITLES.search(text[opened + 1:closed]):
        return False
    # a title that opens with a person (小/老 before a name) and goes on with 在, 传, 有, 是 or 的 is about that
    # person (《周恩来在南开》, 《毛泽东传》, 《小张倩有个不幸的家》)
    opens = m.start == opened + 1 or (m.start == opened + 2 and text[opened + 1] in "小老")
    return not (m.label is Label.PERSON and opens and text.startswith(_ABOUT, m.end))


_ABOUT = ("在", "传", "有", "是", "的")
_OPENING_QUOTES, _CLOSING_QUOTES = "“『「‘\"", "”』」’\""
_LOCATIVES = frozenset("在从到赴于")


# a storm's kind, inside a name (中度台风凯米): a storm is no person, place or body
_STORM = re.compile(r"台风|飓风|热带风暴|热带气旋")


def _junk(m: Mention, text: str, orgs: _Spans) -> bool:
    """A mail address (kf@pri-game.com) names no body, nor does a storm (中度台风凯米); a person inside a work's title is the work's, and so is a
    place there that a body's name holds (《华盛顿邮报》) or that only a county, city or district code reads
    (《赤壁OL》, 《蜀山传》, 《龙门飞甲》: a short name linked to a division the title does not mean); a country,
    a province or a city of the world a title names stays (《今日意大利》: People's Daily marks it)."""
    if _MAIL.search(m.simplified) or _STORM.search(m.simplified):
        return True  # (a storm is named like a body or a person: 中度台风凯米, 台风凯米袭台)
    if m.label is Label.PLACE and (text[m.start - 1:m.start] in _LOCATIVES
                                   or not (orgs.hold(m.start, m.end)
                                           or (m.code.isdigit() and not m.code.endswith("0000")))):
        return False  # (a place 在 sets is where the title's subject is: 《周恩来在南开》)
    if m.label is Label.ORGANIZATION:
        # an army or a state's body a work's title names (《德军总部》, 《美国陆军3》: games) is the work's; a body
        # filling the title (《解放军报》) stays
        fills = text[m.start - 1:m.start] in _TITLE_OPEN and text[m.end:m.end + 1] in _TITLE_CLOSE
        return m.extractor in _TITLED_BODIES and not fills and m.start > 0 and _in_title(m, text)
    return m.label in (Label.PERSON, Label.PLACE) and _in_title(m, text)


_TITLED_BODIES = frozenset({MentionSource.ORG_STATE_BODY})
