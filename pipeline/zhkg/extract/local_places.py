"""Streets, stations, estates and schools as Taiwan and Hong Kong local news names them, read by their head word.

No gazetteer holds 文心路三段, 忠孝復興站, 瀝源邨 or 員林高中; each is a proper name followed by the word for its
kind, and local news writes it in one of a few fixed settings:

- **a street after the district or area it lies in** (西屯區|文心路三段, 旺角|彌敦道, 三民區|建國二路與大順路口): a
  name of two to four letters, then 路, 街, 大道 or 道 and perhaps a section (二段); one more street joined to it by
  與/和/及/、 is a street too. Only after a place of Taiwan, Hong Kong or Macau the gazetteer coded, so a mainland
  address is left to the recogniser as before;
- **a street before its section** anywhere (位於|忠孝東路|四段): the section says it is a street;
- **a station of a metro or railway** (台北捷運板南線|忠孝復興站, 港鐵觀塘綫|九龍灣站, 高鐵|台中站): the name after the
  operator and its line;
- **a metro line** (捷運|萬大線, 台北捷運|文湖線, 高雄捷運|紅線, 港鐵|東涌綫; 北京地铁4号线): a place, as a station
  is and as the model place 港铁|屯马线 is read (:mod:`zhkg.extract.known_body_parts`). A named line is its name
  after the metro's word, two to four letters or a colour, and (not a colour's) is the line again wherever the document writes it
  alone (萬大線第一期); a numbered one is named with its city's metro (北京地铁|4号线 is Beijing's, 上海地铁2号线
  Shanghai's), and without the city (地铁10号线) names no line. A line of Hong Kong's MTR or Taipei's metro by its
  own name (:data:`KNOWN_LINES`, facts: 屯马线, 北环线, 文湖线) is a line wherever written, and a line joined to a line by
  、 or 及 is a line too (捷运绿线、|橘线; recall238);
- **a Taiwan highway or freeway by its number** (台29線, 國道3號), after a place, a function letter or a mark;
- **a Hong Kong estate** (瀝源邨, 天恩邨; after an area also 苑: 屯門|兆康苑): 邨 is written for little else;
- **a Hong Kong site named by the area it opens with** (淺水灣|道, 赤柱|村道, 屯門|公路, 古洞北|新發展區, 屯門|南延綫):
  an area or district the gazetteer coded, then a road's, a development area's or a line extension's head as whole
  jieba words, is that site and not the area (places219); a head that opens a longer word is none (香港|道路,
  沙田|路段), and the regions and constituencies (九龍, 新界東北) name no road here;
- **a school by Taiwan's short heads** (海山國小, 大坑國中, 員林高中, 竹東高中): an organisation (MSRA, Universal
  NER train and the entities dev set mark schools so).

Each reader is gated on a cheap cue: one precompiled search over the text (段, 站 after an operator, 邨, a school's
head), or the places already found (a street after a coded place); a document without the cue pays nothing more.
The names are read from jieba's words: a name starts at a word's start and no word of it is a verb, a function
word or a pronoun (知道, 一道, 提高中 are no names), and a generic qualifier is no school's name (明星高中, 偏鄉國小).
The text is the normalised (Simplified) text; the spans index it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from zhkg.text import find_all

__all__ = ["AREA_SITE_HEADS", "RAIL_OPERATORS", "TAIWAN_ABBREVIATIONS", "local_places", "local_schools", "taiwan_abbreviations"]

# tags of a word that may be (part of) a proper name: places, names, nouns, abbreviations, unknown words,
# directions and numerals (中山|北|路, 建国|二|路), adjectives (美丽|岛)
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "n", "j", "x", "f", "m", "a", "s", "ng", "nt", "b", "l", "i"})
# tags of a proper name's word (南京东路, 干德道)
_PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "x", "j"})
# letters never inside such a name: grammar, pronouns, deixis
_NOT_IN_NAME = frozenset("的之在和与及等、个这那每各全本该某此其有是为将被把对从向于也都就又还了着过")

# a street's head; 道 only after a place (北角道, 弥敦道), as elsewhere it ends 知道, 报道, 一道
_STREET_HEADS = ("大道", "大街", "路", "街", "道")
_NUMERALS = "一二三四五六七八九十"
_SECTION = "[一二三四五六七八九十]段"
_STREET_AT = re.compile(r"([\u4e00-\u9fff]{2,4}?)(大道|大街|路|街|道)((?:" + _SECTION + ")?)")
_JOINED_STREET = re.compile(r"[与和及、]([\u4e00-\u9fff]{2,4}?)(大道|大街|路|街)((?:" + _SECTION + ")?)")
_SECTION_AT = re.compile("(?:大道|大街|路|街)" + _SECTION)
# a street's head before a house number (97号, 222至230号, 1A至1J号), a corner (交界, 交汇处) or 方向 (向开源道方向)
_ADDRESS_AT = re.compile(r"(大道|大街|路|街|道)(?=[0-9０-９]+[A-Za-z]?(?:[至及、\-－][0-9０-９]*[A-Za-z]?)*号"
                         r"|(交界|交汇处)|方向)")
# a Taiwan highway or freeway by its number (台29线, 台9甲线, 国道3号)
_HIGHWAY = re.compile(r"台[0-9]{1,2}[甲乙丙丁]?线|国道[0-9]{1,2}号")
# common words ending in a street's head that name no street (公路, 铁路, 马路, 道路, 街道 …)
_STREET_WORDS = frozenset({"公路", "铁路", "马路", "道路", "街道", "网路", "思路", "线路", "出路", "一路", "大街",
                           "高速公路", "快速道路", "国道", "省道", "县道", "车道", "步道", "通道", "隧道", "轨道",
                           "频道", "管道", "渠道", "商店街", "老街", "步行街", "大道", "水路", "陆路", "山路"})
# what makes a street's name the start of a body's or building's name (中山路|派出所, 中正路|分局)
_BODY_AFTER = ("派出所", "办事处", "分局", "分行", "支行", "分店", "门市", "店", "小学", "中学", "国小", "国中",
               "高中", "教会", "邮局", "医院", "诊所", "公司", "商圈", "站")

#: The words of a Taiwan or Hong Kong metro or railway operator written before its lines and stations (台铁|板桥车站,
#: 北捷|…线|公馆站); not the mainland's 地铁 or 高铁, which MSRA's stations hold (地铁复兴门站).
RAIL_OPERATORS = ("捷运", "港铁", "轻铁", "台铁", "北捷", "中捷", "高捷")
#: The metro lines of Hong Kong's MTR and of Taipei's metro by their own names (facts: the operators' line maps; 北环线
#: is the MTR's Northern Link, being built; 西铁线 and 马鞍山线 the names before 屯马线 joined them), longest first
#: (南港岛线 before 港岛线). A line's name is the line wherever news writes it, operator or none (迫爆屯马线, 北环线主线):
#: none of them is another word. Colours (红线, 绿线) are left to a metro's word before them.
KNOWN_LINES = ("淡水信义线", "松山新店线", "中和新芦线", "将军澳线", "南港岛线", "机场快线", "迪士尼线", "马鞍山线",
               "观塘线", "荃湾线", "港岛线", "东涌线", "屯马线", "东铁线", "西铁线", "北环线", "文湖线", "板南线")
# an operator of a metro or railway, perhaps its line, then the station's name (捷运|板南线|忠孝复兴|站); a line of
# :data:`KNOWN_LINES` stands for its operator (北环线|牛潭尾|站, 屯马线|锦上路|站); the line crosses no station nor 及
# (东铁线|古洞站及东涌线|小蚝湾站 is two stations)
_STATION = re.compile(r"(?:捷运|港铁|地铁|轻铁|轻轨|高铁|台铁|" + "|".join(KNOWN_LINES) + r")((?:(?:(?![站及和与])[\u4e00-\u9fff]){1,6}?线)?)"
                      r"([\u4e00-\u9fff]{2,6}?)站(?![立在着起了])")

# a metro line's name after the metro's word (捷运|万大线, 港铁|东涌线, 捷运|淡水信义线, 捷运|红线), and a line's
# number after a city's metro (北京|地铁|4号线)
_NAMED_LINE = re.compile(r"(?:捷运|港铁|地铁|轻铁|轻轨)([\u4e00-\u9fff]{2,4}?线|[红橘橙蓝绿黄棕紫]线)")
_NUMBERED_LINE = re.compile(r"(?:地铁|轨道交通|捷运)(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})号线")
_KNOWN_LINE = re.compile("(?:" + "|".join(KNOWN_LINES) + ")(?!路)")
# a line joined to a line by a list's mark or a conjunction (屯马线|及|东铁线, 捷运绿线|、|橘线|、|丰科轴线): the next
# line's name, two to four letters or a colour
_NEXT_LINE = re.compile(r"[、及和与]([\u4e00-\u9fff]{2,4}?线|[红橘橙蓝绿黄棕紫]线)(?!路)")
# what opens a line's name that names no one line (捷运|路线, 地铁|沿线, 捷运|施工路线, 地铁|新线)
_NOT_LINE_NAME = ("路", "沿", "全", "专", "干", "支", "新", "主", "连", "在", "上", "下", "停", "施工", "规划", "计划",
                  "工程", "各", "该", "此", "这", "那", "两", "多", "首", "一")

# a line named by a place of Taiwan or Hong Kong the gazetteer coded, perhaps with one or two more letters, then a
# station's name (荃湾|线|旺角站, 淡水|信义线|台北101站): the line is a metro's without its operator written
_LINE_AFTER_PLACE = re.compile(r"([\u4e00-\u9fff]{0,2}?线)([\u4e00-\u9fff]{2,6}?)站(?![立在着起了])")
# words of a metro or railway in a document: a place's name before 站 there is its station (乘客需在旺角站转乘)
_RAIL_CUE = re.compile("港铁|捷运|地铁|台铁|高铁|轻铁|铁路|列车|月台|车厢")
# what after X站 makes it no passenger station, or the station's body (旺角站长, 沙田站务员)
_NOT_STATION_AFTER = ("长", "务", "立", "在", "着", "起", "了", "岗")

# a Hong Kong estate: 邨 anywhere; 苑 only right after a coded area of Hong Kong
_ESTATE_CUE = re.compile("邨")
# a public estate in general, no name (廉租屋邨, 公屋邨)
_GENERIC_ESTATES = ("租屋", "公屋", "共屋", "建屋", "新建", "同一", "整个", "该", "本")
_CONSTITUENCY = ("地方行政选区", "选区")
_COURT = re.compile(r"([\u4e00-\u9fff]{2,3}?)苑")

#: The heads of a Hong Kong site named by the area it opens with (浅水湾|道, 赤柱|村道, 古洞北|新发展区,
#: 屯门|南延线; a pier, 马料水|新渡轮码头, 大澳|公众码头: places225), longest first.
AREA_SITE_HEADS = ("新渡轮码头", "新发展区", "南延线", "北延线", "东延线", "西延线", "渡轮码头", "公众码头", "发展区", "公路",
                   "支线",  # a line's branch by the area it runs to (落马洲|支线)
                   "大道", "村道", "码头", "道", "路", "街")
# codes of Hong Kong places that name no road of their own: the territory, its regions and the Legislative
# Council's constituencies (新界东北 is no road's opening)
_NO_AREA_SITE = ("HK", "HK-HKI", "HK-KLN", "HK-NT")

# tags of the words of a school's name: places, nouns, unknown words; never a person's name (郭旭光|高中毕业 is
# a person who finished school), a numeral (一处|高工), a direction (女儿上|高中) or a verb
_SCHOOL_NAME_TAGS = frozenset({"ns", "nz", "n", "j", "x", "nt", "s", "b", "l", "a"})
# Taiwan's short heads of schools (国小 of 国民小学, 高中 of 高级中学), longest first
_SCHOOL = re.compile("国民小学|国民中学|高级中学|完全中学|实验中学|国小|国中|高中|高职|高商|高农|女中")  # not 高工 (教授级高工: an engineer)
# a qualifier that names no one school (明星高中, 偏乡国小, 公立高中, 一所国中)
_GENERIC_SCHOOL_NAMES = frozenset({
    "明星", "公立", "私立", "市立", "县立", "国立", "偏乡", "偏远", "普通", "一般", "综合", "完全", "附设", "附属",
    "社区", "重点", "知名", "顶尖", "前段", "后段", "台湾", "全台", "全国", "各地", "其他", "多所", "一所", "这所",
    "该所", "原住民", "双语", "实验", "私校", "公校", "小学", "中学", "大学", "读", "考上", "就读", "毕业", "同一",
    "本地", "当地", "外地", "海外", "美国", "日本", "大陆", "中国", "香港", "学校", "优质", "传统", "技职", "高职",
    "国小", "国中", "高中", "大型", "小型", "新设", "新", "老", "名校", "贵族", "教会", "女儿", "儿子", "孩子",
    "学生", "小孩", "家长", "老师", "子女", "孙子", "孙女", "自己", "同校", "本校", "该校", "母校", "全校",
    "规定", "多名", "一处",
})


def _name_words(table, start: int, end: int) -> list | None:
    """The words exactly covering ``text[start:end]``, or None when ``start`` or ``end`` cuts a word or a word of
    them is no part of a name (a verb, a function word, a pronoun, punctuation)."""
    if start not in table.starts or end <= start:
        return None
    words = []
    i = start
    while i < end:
        w = table.word_at(i)
        if w is None or w.is_punct or w.is_space or w.tag not in _NAME_TAGS:
            return None
        words.append(w)
        i = w.idx + len(w.text)
    return words if i == end else None


def _is_han(ch: str) -> bool:
    """A Han letter, the supplementary planes' too (OpenCC writes Hong Kong's 輋 as 𪨶)."""
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003ffff"


def _plain_name(text: str, start: int, end: int) -> bool:
    name = text[start:end]
    return len(name) >= 2 and _NOT_IN_NAME.isdisjoint(name) and all(map(_is_han, name))


def _head_stands(table, head_start: int) -> bool:
    """The head opens a word, or closes the word of the name it is glued to (文心|路, 南京东路, not 知|道)."""
    if head_start in table.starts:
        return True
    w = table.word_at(head_start)
    if w is None or w.tag not in _NAME_TAGS:
        return False
    # a numeral glued to the head is the name's (建国|二路), not a count (一道)
    return w.tag != "m" or (len(w.text) == 2 and w.text[0] in _NUMERALS and w.idx + 1 == head_start
                            and w.text[1] != "道")  # 建国|二路, not 公司|一道


def _street_span(text: str, table, match: re.Match, hong_kong: bool = False) -> tuple[int, int] | None:
    """The span of a street a match of :data:`_STREET_AT` or :data:`_JOINED_STREET` reads, or None; ``hong_kong``:
    right after an area of Hong Kong or Macau, where a common noun + 街 names a market street (:func:`_street_word`)."""
    start, head_start, end = match.start(1), match.start(2), match.end()
    street = text[start:match.end(2)]
    if not _plain_name(text, start, head_start) or street in _STREET_WORDS or street[-2:] in _STREET_WORDS \
            or text.startswith(_BODY_AFTER, end):
        return None
    if _name_words(table, start, head_start) is None and not (start in table.starts and _head_stands(table, head_start)
                                                              and _name_words(table, start, match.end(2))):
        return None
    if not _head_stands(table, head_start):
        return None
    w = table.word_at(head_start)
    if text[head_start] == "道" and not (w.idx < head_start and w.tag in _PROPER_TAGS) \
            and not any(x.tag in _PROPER_TAGS for x in _name_words(table, start, head_start) or ()):
        return None  # 道 names a road only after a proper name (弥敦道, 干德|道), not 公司|一道
    if w.idx < head_start:
        # a head glued into a common noun is a street only before its section (文|心路|三段, not 媒体报道)
        if w.tag not in _PROPER_TAGS and not (w.tag == "m" or text[match.end(2):match.end(2) + 1] in _NUMERALS) \
                and not (hong_kong and _street_word(w, start, match)):
            return None
        # a proper word of three letters or more ending in the head is the whole street (半山|干德道)
        if len(w.text) >= 3 and w.tag in _PROPER_TAGS and w.idx + len(w.text) == match.end(2) and w.idx > start:
            start = w.idx
    # the street ends where a word ends, or before its corner or section (大顺路|口, 路段)
    if end not in table.ends and text[end:end + 1] not in ("口", "段", "上", "旁", "边", "一", "二", "三"):
        return None
    return start, end


def _street_word(w, start: int, match: re.Match) -> bool:
    """Whether the word ``w`` is a street's whole name, 街 and all, that jieba knows as a common noun: Hong Kong
    names market streets so (旺角|女人街, Mong Kok's Ladies' Market); 步行街 and the like are no name
    (:data:`_STREET_WORDS`, checked before)."""
    return match.group(2) == "街" and w.idx == start and w.idx + len(w.text) == match.end(2) and len(w.text) >= 3


def _streets(text: str, table, place_ends: Iterable[int], place_starts: frozenset[int],
             hong_kong_ends: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    spans = []
    for at in sorted(set(place_ends) - place_starts):  # the last of a chain of places (台中市|西屯区|文心路)
        match = _STREET_AT.match(text, at)
        if match is None:
            continue
        span = _street_span(text, table, match, at in hong_kong_ends)
        if span is None:
            continue
        spans.append(span)
        # a street joined to it (建国二路|与|大顺路口)
        joined = _JOINED_STREET.match(text, span[1])
        if joined is not None and (other := _street_span(text, table, joined)) is not None:
            spans.append(other)
    # a street before its section, wherever it stands (位于|忠孝东路|四段)
    for match in _SECTION_AT.finditer(text):
        head_start = match.start()
        start = _name_before_head(text, table, head_start)
        if start is not None:
            spans.append((start, match.end()))
    # a street before its house number, at a corner or as a way gone (茶果岭道|97号, 弥敦道与登打士街|交界,
    # 向开源道|方向逃去); 道 only when a proper word stands in its name, as after a place; the name opens after a
    # function letter, a mark or a local place (于|茶果岭道, 深水埗|大埔道), not inside a longer one (格林|伍德大道)
    ends = frozenset(place_ends)
    for match in _ADDRESS_AT.finditer(text):
        head_start = match.start()
        start = _name_before_head(text, table, head_start, letter_before=True)
        if start is None or text[head_start] == "道" and not any(
                w.tag in _PROPER_TAGS for w in _name_words(table, start, head_start) or ()):
            continue
        if start > 0 and start not in ends and text[start - 1] not in _NOT_IN_NAME and text[start - 1] != "近" \
                and _is_han(text[start - 1]):
            continue
        spans.append((start, match.end(1)))
        # the other street of a corner (汝州街|近|枫树街交界, 弥敦道|与|登打士街交界)
        if match.group(2) and start > 2 and text[start - 1] in "与和及近" and text[start - 2] in "路街道":
            other = _name_before_head(text, table, start - 2, letter_before=True)
            if other is not None:
                spans.append((other, start - 1))
    return spans


def _name_before_head(text: str, table, head_start: int, *, letter_before: bool = False) -> int | None:
    """Where the name of a street whose head (路, 街, 道, 大道) stands at ``head_start`` starts: the word the head
    closes (南京东路), else the words before it, two to four letters (None when it is no name, or a word of
    :data:`_STREET_WORDS`). With ``letter_before``, a name of two letters takes the one-letter word before it when a
    function letter or a stop stands before that (于|茶|果岭|道, 与|登|打士|街: jieba's cut of a transliteration)."""
    head_end = head_start + (2 if text.startswith(("大道", "大街"), head_start) else 1)
    if not _head_stands(table, head_start):
        return None
    w = table.word_at(head_start)
    start = w.idx if w is not None and w.idx < head_start else head_start
    while head_start - start < 2 or (start > 0 and head_start - start < 4 and _continues_name(text, table, start)):
        prev = table.word_at(start - 1) if start > 0 else None
        if prev is None or prev.is_punct or prev.tag not in _NAME_TAGS or head_start - prev.idx > 4:
            break
        start = prev.idx
    if letter_before and head_start - start == 2 and start >= 1:
        prev = table.word_at(start - 1)
        if prev is not None and len(prev.text) == 1 and (prev.tag in _NAME_TAGS or prev.tag == "v") \
                and (start == 1 or text[start - 2] in _NOT_IN_NAME or not _is_han(text[start - 2])):
            start -= 1
    if _plain_name(text, start, head_start) and 2 <= head_start - start <= 4 \
            and text[start:head_end] not in _STREET_WORDS:
        return start
    return None


def _highways(text: str, place_ends: frozenset[int]) -> list[tuple[int, int]]:
    """Taiwan's numbered highways and freeways (台29线, 台9甲线, 国道3号), where the number is no part of a longer
    word (平台1号, 电台2线): after a place, a function letter, a mark or the text's start.

    >>> _highways("那玛夏区台29线封路，国道3号南下车多，平台1线停用", frozenset({4}))
    [(4, 8), (11, 15)]
    """
    spans = []
    for match in _HIGHWAY.finditer(text):
        start = match.start()
        if start == 0 or start in place_ends or text[start - 1] in _NOT_IN_NAME or not _is_han(text[start - 1]):
            spans.append((start, match.end()))
    return spans


def _continues_name(text: str, table, start: int) -> bool:
    """The word before ``start`` is a direction or numeral that belongs to the street's name (中山|北|路)."""
    prev = table.word_at(start - 1)
    return prev is not None and prev.tag in ("f", "m") and len(prev.text) == 1


def _stations(text: str, table) -> list[tuple[int, int]]:
    spans = []
    for match in _STATION.finditer(text):
        start, end = match.start(2), match.end()
        # the name stands as words, or right after its line, which fixes where it starts (荃湾|线荔景|站,
        # 东涌线|小蚝湾|站)
        after_line = match.group(1) or match.group().startswith(KNOWN_LINES)
        if _plain_name(text, start, end - 1) \
                and (_name_words(table, start, end - 1) is not None or _name_words(table, start, end) is not None
                     or after_line and not _verb_inside(table, start, end - 1)) \
                and not text[start:end - 1].endswith(("车", "工程", "首", "末", "终", "总", "分", "起", "终点")):
            spans.append((start, end))
    return spans


def _lines(text: str, table, place_at: dict[int, int]) -> list[tuple[int, int]]:
    """Metro lines (see the module docstring): a named line after its metro's word, again where the document
    writes it alone; a numbered line with its city's metro, the city a coded place right before it (``place_at``:
    a coded place's start by its end, or a place's word of the segmenter).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "议员质疑捷运万大线工程延宕，万大线共设9座车站；北京地铁4号线延长，地铁沿线房价上涨"
    >>> [text[s:e] for s, e in _lines(text, token_table(make_nlp()(text)), {26: 24})]
    ['万大线', '北京地铁4号线', '万大线']
    """
    spans, names = [], set()
    for match in _NAMED_LINE.finditer(text):
        start, end = match.span(1)
        name = text[start:end - 1]
        if len(name) == 1 or (not name.startswith(_NOT_LINE_NAME) and _plain_name(text, start, end - 1)
                              and not _verb_inside(table, start, end - 1)):
            spans.append((start, end))
            if len(name) >= 2:  # 红线 alone is any red line (划出红线), 万大线 alone the metro's
                names.add(text[start:end])
    for match in _NUMBERED_LINE.finditer(text):
        city = place_at.get(match.start())
        w = table.word_at(match.start() - 1) if city is None and match.start() else None
        if w is not None and (w.tag == "ns" and w.idx + len(w.text) == match.start()
                              or w.idx + len(w.text) == match.start() + 2 and 2 <= match.start() - w.idx <= 3):
            city = w.idx  # a city's word, or the city in a metro's word (北京地铁: a known body, no place read in it)
        if city is not None:
            spans.append((city, match.end()))
    for name in sorted(names):  # 万大线 of 捷运万大线 is the line again where written alone (万大线第一期)
        for at in (m.start() for m in find_all(name, text)):
            if (at, at + len(name)) not in spans and (at == 0 or not _is_han(text[at - 1])):
                spans.append((at, at + len(name)))
    spans += [m.span() for m in _KNOWN_LINE.finditer(text) if m.span() not in spans]
    return spans + _joined_lines(text, table, spans)


def _joined_lines(text: str, table, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines joined to a line of ``lines`` by a list's mark or a conjunction (屯马线及|东铁线, 捷运绿线、|橘线、|丰科轴线),
    each joined one going on to the next; a name as :func:`_lines` takes one after a metro's word.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "捷运绿线、橘线、丰科轴线及沿线"
    >>> [text[s:e] for s, e in _joined_lines(text, token_table(make_nlp()(text)), [(2, 4)])]
    ['橘线', '丰科轴线']
    """
    out: list[tuple[int, int]] = []
    ends = sorted({e for _s, e in lines})
    while ends:
        match = _NEXT_LINE.match(text, ends.pop())
        if match is None:
            continue
        start, end = match.span(1)
        name = text[start:end - 1]
        if (start, end) not in lines and (start, end) not in out and (len(name) == 1 or (
                not name.startswith(_NOT_LINE_NAME) and _plain_name(text, start, end - 1)
                and not _verb_inside(table, start, end - 1))):
            out.append((start, end))
            ends.append(end)
    return out


def _stations_by_place(text: str, table, coded: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Stations named by a place of Taiwan or Hong Kong: after a line named by such a place (荃湾线|旺角站), and
    the place itself + 站 in a document of a metro or railway (旺角站 where 港铁 or 列车 is written)."""
    local = [(s, e) for s, e, code in coded if code.startswith(("TW", "HK", "MO"))]
    spans = []
    for _s, e in local:
        match = _LINE_AFTER_PLACE.match(text, e)
        if match is not None:
            start, end = match.start(2), match.end()
            if _plain_name(text, start, end - 1) and _name_words(table, start, end - 1) is not None:
                spans.append((start, end))
    if _RAIL_CUE.search(text):
        for s, e in local:
            if text.startswith("站", e) and not text.startswith(_NOT_STATION_AFTER, e + 1) and e - s >= 2:
                spans.append((s, e + 1))
    return spans


def _estate_name(text: str, table, start: int, i: int) -> bool:
    """``text[start:i]`` names the estate whose 邨 is at ``i``: a plain name standing as words (not 即|彩云, and not
    a public estate in general, 廉租屋邨)."""
    return start >= 0 and _plain_name(text, start, i) and not text[start:i].endswith(_GENERIC_ESTATES) \
        and (_name_words(table, start, i) is not None or _name_words(table, start, i + 1) is not None)


def _verb_inside(table, start: int, end: int) -> bool:
    """Whether a word that starts inside ``text[start:end]`` is no part of a name (a verb, a function word)."""
    i = start
    while i < end:
        w = table.word_at(i)
        if w is None:
            return True
        if w.idx >= start and (w.is_punct or w.tag not in _NAME_TAGS):
            return True
        i = w.idx + len(w.text)
    return False


def _estates(text: str, table, place_ends: frozenset[int], hong_kong_ends: frozenset[int]) -> list[tuple[int, int]]:
    spans = []
    if _ESTATE_CUE.search(text):
        for i in (m.start() for m in _ESTATE_CUE.finditer(text)):
            start = next((i - n for n in (2, 3) if i - n in place_ends), None)
            if start is None:
                before = i - 4
                three = i - 3 >= 0 and (before < 0 or not _is_han(text[before]) or text[before] in _NOT_IN_NAME)
                start = next((s for s in ((i - 3, i - 2) if three else (i - 2,)) if _estate_name(text, table, s, i)),
                             None)
            if start is not None and _estate_name(text, table, start, i):
                # an estate's electoral constituency is a place too, named by it (葵盛西邨选区)
                end = i + 1 + next((len(c) for c in _CONSTITUENCY if text.startswith(c, i + 1)), 0)
                spans.append((start, end))
    for at in sorted(hong_kong_ends):
        match = _COURT.match(text, at)
        if match is not None and _plain_name(text, at, match.end(1)) and match.end() in table.ends | {len(text)}:
            spans.append((at, match.end()))
    return spans


def _area_sites(text: str, table, coded: Iterable[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Hong Kong sites named by the area they open with (the module docstring): a coded area or district of Hong Kong
    or Macau, then one of :data:`AREA_SITE_HEADS` made of whole jieba words, ending where a word ends."""
    spans = []
    for start, end, code in coded:
        if not code.startswith(("HK-", "MO-")) or code in _NO_AREA_SITE or code.startswith("HK-LC-") \
                or end not in table.starts:
            continue
        head = next((h for h in AREA_SITE_HEADS if text.startswith(h, end) and end + len(h) in table.ends), None)
        if head is not None:
            spans.append((start, end + len(head)))
    return spans


def local_places(text: str, table, coded: Iterable[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Spans of streets, stations, metro lines and estates (see the module docstring); ``coded`` holds the (start, end, code)
    of the places the gazetteer coded. Overlapping spans: the longest wins.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "台中市西屯区文心路三段发生火警，港铁观塘线九龙湾站有乘客堕轨，沙田沥源邨起火。"
    >>> coded = [(0, 3, "TW-TXG"), (3, 6, "TW-TXG-407"), (31, 33, "HK-ST")]
    >>> [text[s:e] for s, e in local_places(text, token_table(make_nlp()(text)), coded)]
    ['文心路三段', '观塘线', '九龙湾站', '沥源邨']
    """
    coded = list(coded)
    local_ends = frozenset(e for _s, e, code in coded if code.startswith(("TW", "HK", "MO")))
    hong_kong_ends = frozenset(e for _s, e, code in coded if code.startswith(("HK-", "MO-")))
    # a chain of places goes on only through places of Taiwan, Hong Kong or Macau: a mainland district the gazetteer
    # reads right after a local area opens the street's name (屯门|海珠路 is no 海珠区 of Guangzhou)
    local_starts = frozenset(s for s, _e, code in coded if code.startswith(("TW", "HK", "MO")))
    spans = _streets(text, table, local_ends, local_starts, hong_kong_ends) + _estates(
        text, table, frozenset(e for _s, e, _c in coded), hong_kong_ends)
    if hong_kong_ends:
        spans += _area_sites(text, table, coded)
    if "站" in text:
        spans += _stations(text, table) + _stations_by_place(text, table, coded)
    if "台" in text or "国道" in text:
        spans += _highways(text, frozenset(e for _s, e, _c in coded))
    if "线" in text:
        spans += _lines(text, table, {e: s for s, e, _c in coded})
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(spans), key=lambda span: (-(span[1] - span[0]), span[0])):
        if all(e <= s2 or e2 <= s for s2, e2 in out):
            out.append((s, e))
    return sorted(out)


# Hong Kong's boys' and girls' colleges (拔萃男书院, 拔萃女书院): the head says a school whatever jieba tags the
# name before it (拔萃: a verb), two to four letters opening a word, no function word or pronoun among them
_SINGLE_SEX_COLLEGE = re.compile("[男女]书院")
_NOT_COLLEGE_NAME_TAGS = frozenset({"r", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "m", "q", "t", "f"})
# a name jieba holds with the 女 of 女中 glued to it (北一女|中), a proper noun or a word it does not know
_GLUED_GIRLS_TAGS = frozenset({"nr", "ns", "nz", "nt", "x", "j"})


def _single_sex_schools(text: str, table) -> list[tuple[int, int]]:
    """Spans of boys' and girls' schools whose head jieba does not cut as a word of its own: 拔萃|男|书院, and a
    girls' school 北一女|中 (the name and 女 one word, then 中 alone or opening 中学生)."""
    spans = []
    for match in _SINGLE_SEX_COLLEGE.finditer(text):
        head_start, end = match.span()
        if head_start not in table.starts:
            continue
        start = head_start
        while start > 0:
            prev = table.word_at(start - 1)
            if prev is None or prev.is_punct or prev.tag in _NOT_COLLEGE_NAME_TAGS or head_start - prev.idx > 4 \
                    or not all(map(_is_han, prev.text)):
                break
            start = prev.idx
        if 2 <= head_start - start <= 4 and text[start:head_start] not in _GENERIC_SCHOOL_NAMES:
            spans.append((start, end))
    for match in re.finditer("女中", text):
        head_start, end = match.span()
        glued = table.word_at(head_start)
        if glued is None or glued.idx + len(glued.text) != head_start + 1 or head_start - glued.idx < 2 \
                or glued.tag not in _GLUED_GIRLS_TAGS or not all(map(_is_han, glued.text)):
            continue
        after = table.word_at(end - 1)
        if after is not None and after.idx == end - 1 and after.text in ("中", "中学生"):
            spans.append((glued.idx, end))
    return spans


def local_schools(text: str, table) -> list[tuple[int, int]]:
    """Spans of schools by Taiwan's short heads (海山国小, 员林高中): a name of two to four letters standing as
    words before the head, never a generic qualifier; and boys' and girls' schools jieba cuts (拔萃|男|书院, 北一女|中).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "员林高中学生获得金牌，明星高中和提高中国竞争力。"
    >>> [text[s:e] for s, e in local_schools(text, token_table(make_nlp()(text)))]
    ['员林高中']
    >>> text = "拔萃男书院和北一女中的学生，她是美女中的美女。"
    >>> [text[s:e] for s, e in local_schools(text, token_table(make_nlp()(text)))]
    ['拔萃男书院', '北一女中']
    """
    spans = []
    for match in _SCHOOL.finditer(text):
        head_start, end = match.span()
        if head_start not in table.starts or text[end:end + 1] in ("生", "级"):
            continue  # 高中生, 高中级干部
        start = head_start
        for _ in range(3):
            prev = table.word_at(start - 1) if start > 0 else None
            if prev is None or prev.is_punct or prev.tag not in _SCHOOL_NAME_TAGS or head_start - prev.idx > 4 \
                    or not _plain_name(text, prev.idx, start) and len(prev.text) > 1:
                break
            start = prev.idx
            if head_start - start >= 2 and prev.tag not in ("f", "m"):
                break
        name = text[start:head_start]
        if name.endswith(("市", "省", "县", "区")) and match.group() != "实验中学":
            continue  # 北京市高中毕业会考: a division's schools in general (山东省实验中学 is one)
        if 2 <= len(name) <= 4 and _plain_name(text, start, head_start) and name not in _GENERIC_SCHOOL_NAMES \
                and not name.endswith(("所", "间", "的", "国", "内", "外")):  # 英国高中, 国内高中: no one school
            spans.append((start, end))
    if "书院" in text or "女中" in text:
        spans += _single_sex_schools(text, table)
    return spans


#: Taiwan's cities and counties by the one letter its press writes before 市 or 縣 (北市府, 高市議員, 竹縣長):
#: the full name each stands for (the former counties, 北縣 and 高縣, are in ``place_aliases.tsv``). Facts.
TAIWAN_ABBREVIATIONS = {
    "北市": "台北市", "北县": "台北县", "高市": "高雄市", "高县": "高雄县", "中市": "台中市", "中县": "台中县",
    "南市": "台南市", "南县": "台南县", "竹市": "新竹市", "竹县": "新竹县", "桃市": "桃园市", "桃县": "桃园县",
    "嘉市": "嘉义市", "嘉县": "嘉义县", "彰县": "彰化县", "投县": "南投县", "云县": "云林县", "屏县": "屏东县",
    "宜县": "宜兰县", "花县": "花莲县", "东县": "台东县", "澎县": "澎湖县", "基市": "基隆市", "苗县": "苗栗县",
}
# what follows such an abbreviation in Taiwan news: its government, council, officers, police, residents and bureaux
_AFTER_ABBREVIATION = ("政府", "府", "议员", "议会", "议长", "市长", "县长", "长", "警方", "警局", "警", "民",
                       "消防局", "卫生局", "教育局", "环保局", "交通局", "社会局", "劳工局", "文化局", "工务局",
                       "都发局", "观光局", "民政局", "财政局", "立委")
_ABBREVIATION_AT = re.compile("([北高中南竹桃嘉彰投云屏宜花东澎基苗])([市县])(?=" + "|".join(_AFTER_ABBREVIATION) + ")")
_ABBREVIATION = re.compile("[北高中南竹桃嘉彰投云屏宜花东澎基苗][市县]")


def taiwan_abbreviations(text: str, table) -> list[tuple[int, int, str]]:
    """(start, end, full name) of Taiwan's cities and counties written by one letter before 市 or 县, where its
    government, council, officers, police or residents follow (北市警方, 高市议员, 嘉县县长), or, a word of its own,
    where the document names the place in full (台北市长…，北市今年度), the letter opening a word (not 济南|市长,
    河南|市场, 华北|市民).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "北市警方说，高市议员与嘉县县长到场；济南市长和河南市场。台中市长表示，中市今年将增聘教师。"
    >>> [(text[s:e], name) for s, e, name in taiwan_abbreviations(text, token_table(make_nlp()(text)))]
    [('北市', '台北市'), ('高市', '高雄市'), ('嘉县', '嘉义县'), ('中市', '台中市')]
    """
    found = [(m.start(), m.end(), TAIWAN_ABBREVIATIONS[m.group()]) for m in _ABBREVIATION_AT.finditer(text)
             if m.start() in table.starts and m.group() in TAIWAN_ABBREVIATIONS]
    named = [short for short, full in TAIWAN_ABBREVIATIONS.items() if full in text]  # cheap: a few in() tests
    if named:
        taken = {start for start, _, _ in found}
        found += [(m.start(), m.end(), TAIWAN_ABBREVIATIONS[m.group()]) for m in _ABBREVIATION.finditer(text)
                  if m.group() in named and m.start() not in taken and m.start() in table.starts
                  and (m.end() in table.starts or m.end() == len(text))
                  and not text.startswith(TAIWAN_ABBREVIATIONS[m.group()], m.start() - 1)]
    return sorted(found)
