"""Mountains, rivers, night markets, national parks and science parks named by their kind, as Taiwan news names them.

No gazetteer holds 合歡山, 濁水溪, 士林夜市, 玉山國家公園 or 新竹科學園區; each is a proper name followed by the word
for its kind. This reader finds them from the kind's head, wherever the head stands in the text (found by one
regular expression, so the text is scanned once, not once per head):

- a mountain or a stream written as one word with its head (合欢山, 大霸尖山, 浊水溪: jieba's tag a place's or
  a noun's; not an idiom, 半壁江山), and one jieba tags a person's name or builds itself (牛应山 is a person) (曾文溪, 高屏溪) only where the sentence treats it as a
  place: a word of the water or the mountain after it (曾文溪|口, 阳明山|步道) or a verb of going or visiting
  before it (视察|高屏溪, 登上|阿里山);
- a proper name before 夜市, 国家公园, 森林公园 or 科学园区 (士林|夜市, 玉山|国家|公园, 新竹|科学园区): the name a
  place's, a person's or a proper noun's word of two to four letters, and never a country, province or city alone
  (台北夜市 is every night market of Taipei), nor a name whose kind opens a body's name (中部科学园区|管理局).

- a venue, a scenic area or an economic zone named by the place it stands in before its head (东京|巨蛋,
  小西湾|运动场, 海南|自贸港, 赤壁|高新区): the whole is the site, not the place its name begins with. A province's
  or a city's name alone before a head any town has (四川|景区, 上海|球场) names the kind there, no site; a proper
  name between the place and the head names the site with it (台中|洲际|球场, 西昌|邛海|景区, 银川|怀远|观光夜市,
  the web set's convention: its left edge is the place), a count or a common word between (香港|多个|球场,
  北京|新建|体育场) none. A place right after another (天津|河北|体育场) leaves the whole chain to the recogniser,
  unless it lies in the place before it or repeats it (湖北省|赤壁|高新区, 庐山市|庐山|景区, 日本|东京|巨蛋: the
  site opens at the inner place).

Guards against people and bodies: a word jieba tags a person's is taken only with a cue, so 王德山 and 明晓溪
stay people; a word of two letters (陈山, 李溪) is never a mountain or a stream; a head that opens an
organisation's word (管理局, 管理处, 公司) leaves the name to the organisation reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

__all__ = ["PLACE_KINDS", "landmarks", "venues"]

# a mountain or stream named in one word with its head: 合欢山, 大霸尖山, 浊水溪, 曾文溪
_GLUED_HEADS = ("山", "溪")
# tags of such a word read as a place without a cue: a place's or a noun's (a word jieba built itself is as
# often a person's name: 牛应山)
_GLUED_PLACE_TAGS = frozenset({"ns", "n"})
# tags of a person's name: such a word is a place only with a cue around it
_PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})
# words of the water or the mountain after a feature's name (曾文溪|口, 阳明山|步道, 高屏溪|流域)
_AFTER_CUES = ("出海口", "口", "流域", "上游", "中游", "下游", "沿岸", "河床", "河道", "溪畔", "水位", "两岸", "水域",
               "山区", "山顶", "山上", "山下", "山脚", "步道", "登山", "风景区", "景区", "一带", "国家公园", "森林")
# verbs of going, visiting or working on a place before its name (前往|阿里山, 视察|高屏溪)
_BEFORE_CUES = frozenset({"前往", "登上", "攀登", "流经", "横跨", "飞抵", "抵达", "游览", "造访", "视察", "整治",
                          "登", "上", "到", "赴", "至", "往", "经"})
# generic mountains (活火山, 休眠火山) and the idioms jieba tags nouns (收复河山, 半壁江山, 猛虎出山, 水漫金山)
_GENERIC_GLUED = re.compile(r"火山$|(?:河|江|出|金|盟|漂|剑|坏|堑)山$")

# kinds written as their own word(s) after the name, longest first
_KIND_HEADS = ("国家公园", "森林公园", "科学园区", "海水浴场", "交流道", "风景区", "渔港", "夜市", "商圈", "老街", "古镇",
               "沙滩", "海滩", "林道")
#: kinds whose name is read only where no place already stands: the place the gazetteer read before one (尖沙咀|商圈,
#: 旗津|海水浴场) stays that place, coded, and the reader adds no name over it
PLACE_KINDS = ("海水浴场", "交流道", "商圈", "老街", "古镇", "沙滩", "海滩", "林道")
# what follows a kind that makes it part of a body's name (中部科学园区|管理局, 玉山国家公园|管理处)
_BODY_AFTER = ("管理局", "管理处", "管理委员会", "管理中心", "管委会", "公司", "协会", "委员会", "办公室", "处", "局")
# tags of a word that may name a night market or a park (士林, 饶河街, 玉山, 雪霸, 新竹)
_KIND_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nz", "x", "j"})

# nouns that say what kind of market or harbour it is, no name (观光夜市, 传统夜市, 对外渔港)
_GENERIC_KIND_NAMES = frozenset({"观光", "传统", "流动", "特色", "大型", "知名", "热门", "周边", "当地", "附近", "夜间",
                                 "对外", "国际", "商业", "休闲", "观光区", "地区", "市区", "县内", "市内", "海滨", "沿海", "山区",
                                 "郊区", "南部", "北部", "东部", "西部", "城市", "湖滨"})

# heads of a site's name: a kind of place after one names the district around that site (朝阳公园商圈), not a
# name of the site's head alone
_SITE_HEADS = ("公园", "广场", "中心", "大厦", "机场", "车站", "站", "城")
_HEAD_AT = re.compile("国家公园|国家|森林公园|科学园区|海水浴场|交流道|风景区|渔港|夜市|商圈|老街|古镇|沙滩|海滩|林道|山|溪|岛|"
                      "屿")
# an island written as one word with its head, only as jieba knows it for a place (龟山岛, 鼓浪屿; not 安全岛,
# 无人岛), and never one round a place already read (台湾岛 stays 台湾)
_ISLAND_HEADS = ("岛", "屿")


def landmarks(text: str, table, *, coded_spans: frozenset[tuple[int, int]] = frozenset(),
              big_places: frozenset[str] = frozenset(),
              place_spans: frozenset[tuple[int, int]] = frozenset(),
              big_place: Callable[[str], bool] | None = None) -> list[tuple[int, int]]:
    """Spans of mountains, streams, night markets and parks named by their kind (see the module docstring).

    ``big_places`` are names of countries, provinces and cities (Simplified) that make no night market or park of
    their own (台北夜市); ``place_spans`` are the spans of the places the gazetteer read, which may name a harbour or
    a market (前镇|渔港), and after which a noun may (基隆|庙口|夜市); ``coded_spans`` are spans already read as places (left alone);
    ``big_place`` says whether a name is a country's, province's or city's anywhere (海南|岛 is 海南, 台湾|岛 台湾). Runs of 山 or 溪 the
    gazetteer holds (马鞍山) are the caller's to keep.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "合欢山下雪，浊水溪水位上升。士林夜市与玉山国家公园都很热闹，陈山表示。"
    >>> [text[s:e] for s, e in landmarks(text, token_table(make_nlp()(text)))]
    ['合欢山', '浊水溪', '士林夜市', '玉山国家公园']
    """
    words = table.words
    spans: list[tuple[int, int]] = []
    for match in _HEAD_AT.finditer(text):
        glued = match.group() in _GLUED_HEADS or match.group() in _ISLAND_HEADS
        at = match.end() - 1 if glued else match.start()
        k = table.token_of_char[at] if at < len(table.token_of_char) else -1
        if k < 0:
            continue
        word = words[k]
        if glued and match.group() in _ISLAND_HEADS:
            span = _island(words, k, place_spans, big_place) if word.end == match.end() else None
        elif glued:
            span = _glued(text, words, k) if word.end == match.end() else None
        else:
            span = _kind(text, words, k, big_places, place_spans) if word.idx == match.start() else None
        if span is not None and span not in coded_spans:
            spans.append(span)
    return sorted(set(spans))


def _glued(text: str, words, k: int) -> tuple[int, int] | None:
    """A mountain or stream written in one word with its head (合欢山, 曾文溪), or None."""
    word = words[k]
    if not 3 <= len(word.text) <= 5 or not all("\u4e00" <= c <= "\u9fff" for c in word.text):
        return None
    if _GENERIC_GLUED.search(word.text) or word.text.endswith(("山区", "山上")):
        return None
    if word.tag in _GLUED_PLACE_TAGS:
        return word.idx, word.end
    if (word.tag in _PERSON_TAGS or word.tag == "x") and _cued(text, words, k):
        return word.idx, word.end
    return None


def _island(words, k: int, place_spans: frozenset[tuple[int, int]],
            big_place: Callable[[str], bool] | None) -> tuple[int, int] | None:
    """An island jieba knows as a place, written in one word with its head (龟山岛, 鼓浪屿), or None."""
    word = words[k]
    if word.tag != "ns" or not 3 <= len(word.text) <= 5 or not all("\u4e00" <= c <= "\u9fff" for c in word.text):
        return None
    if any(word.idx <= s and e <= word.end for s, e in place_spans):
        return None  # the place already read stands for it
    if big_place is not None and big_place(word.text[:-1]):
        return None  # 台湾岛, 海南岛: a province's or country's island is that place
    return word.idx, word.end


def _cued(text: str, words, k: int) -> bool:
    """Whether the sentence treats the word at ``k`` as a place: a word of the water or the mountain right
    after it, or a verb of going or visiting right before it."""
    after = text[words[k].end:words[k].end + 3]
    if after.startswith(_AFTER_CUES):
        return True
    return k > 0 and words[k - 1].text in _BEFORE_CUES


def _kind(text: str, words, k: int, big_places: frozenset[str],
          place_spans: frozenset[tuple[int, int]] = frozenset()) -> tuple[int, int] | None:
    """A proper name before 夜市, 国家公园, 森林公园 or 科学园区 (士林|夜市, 玉山|国家|公园), or None."""
    # the head: this word and, for 国家|公园, the next one
    start_head = words[k].idx
    head = next((h for h in _KIND_HEADS if text.startswith(h, start_head)), "")
    if not head:
        return None
    end = start_head + len(head)
    last = k
    while last + 1 < len(words) and words[last].end < end:
        last += 1
    if words[last].end != end:
        return None  # the head runs into another word (夜市场)
    if text.startswith(_BODY_AFTER, end):
        return None  # 中部科学园区|管理局: a body's name, left to the organisation readers
    # the name: a proper word of two to four letters before the head (士林, 阳明山), or one and a one-letter
    # noun (饶河|街)
    if k == 0:
        return None
    first = k - 1
    if words[first].tag == "n" and len(words[first].text) == 1 and first > 0:
        first -= 1
    start = words[first].idx
    # a district the gazetteer read names its harbour (前|镇|渔港: jieba cuts the district's name)
    start = next((s for s, e in place_spans if e == start_head and start_head - 4 <= s < start), start)
    named_by_place = (start, start_head) in place_spans
    if named_by_place and head in PLACE_KINDS:
        return None
    if head in PLACE_KINDS and text.endswith(_SITE_HEADS, start, start_head):
        return None  # 朝阳|公园|商圈: the district around a park or a square, whose name the reader would cut
    # a noun right after a place the gazetteer read is a name of its own (基隆|庙口|夜市), not a kind (观光夜市)
    noun_after_place = words[first].tag == "n" and any(e == start for _s, e in place_spans) \
        and text[start:start_head] not in _GENERIC_KIND_NAMES
    if words[first].tag not in _KIND_NAME_TAGS and not named_by_place and not noun_after_place \
            and not (head == "夜市" and words[first].tag == "l"):
        return None  # (逢甲|夜市: jieba tags 逢甲 an expression)
    name = text[start:start_head]
    if not 2 <= len(name) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return None
    if name in _GENERIC_KIND_NAMES:
        return None  # 海滨风景区, 观光夜市: what kind it is, no name
    if head != "科学园区" and name in big_places:
        return None  # 台北夜市, 美国国家公园: the kind in a place, no name of its own (新竹科学园区 is one)
    return start, end


# heads of a venue's or a scenic area's name, longest first (东京|巨蛋, 小西湾|运动场, 庐山|景区), and a country's
# palace (日本|皇宫: the web set's place)
_VENUE_HEADS = ("体育场", "体育馆", "运动场", "棒球场", "足球场", "网球场", "球场", "巨蛋", "景区", "夜市", "皇宫",
                # and Hong Kong's public sites as its press names them by their place (荃湾|大会堂, 九龙城|街市,
                # 香港|口岸, 观塘|海滨长廊, 秀茂坪|邨, 将军澳|工业邨)
                "大会堂", "街市", "口岸", "海滨长廊", "长廊", "工业邨", "邨")
# heads of an economic zone named by its place (海南|自贸港, 赤壁|高新区, 上海|自贸区): any place's zone is one site,
# a province's or a city's too
_ZONE_HEADS = ("自贸港", "自贸区", "高新区", "经开区", "开发区", "保税区", "综保区")
# heads every town has one of: a province's or a city's name alone before them names the kind there (四川景区)
_TOWN_HEADS = frozenset({"球场", "景区", "夜市", "街市", "口岸"})
_VENUE_AT = re.compile("|".join(sorted(_ZONE_HEADS + _VENUE_HEADS, key=len, reverse=True)))
# heads read only with a proper name between the place and them: a place right before 夜市 is the landmark
# reader's (士林|夜市, 台北夜市)
_NAMED_ONLY = frozenset({"夜市"})
# tags of the first word of a site's own name between its place and its head (邛海, 怀远, 洲际, 牯岭, 拓东)
_SITE_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "x", "j", "b", "n"})
# tags of the words after it, up to the head (观光|夜市, 核心|景区)
_SITE_WORD_TAGS = _SITE_NAME_TAGS | {"vn"}
# head letters of a team or a body: one opening the words between a place and a head belongs to the place's body
_BODY_LETTERS = frozenset("队团会部局社党军")
# words that say which or how many, or what kind, no name of a site (香港|多个|球场, 北京|新建|体育场, 四川|旅游|景区)
_NO_SITE_NAMES = _GENERIC_KIND_NAMES | frozenset({
    "新建", "多个", "各大", "各地", "主要", "大型", "重点", "旅游", "社区", "公共", "城市", "户外", "室内", "露天", "体育",
    "本地", "主场", "免费", "全市", "全省", "全区", "全县", "境内", "国家级", "省级", "市级", "县级", "区内", "市内"})


def venues(text: str, table, place_spans: frozenset[tuple[int, int]], *,
           big_places: frozenset[str] = frozenset(),
           nested: frozenset[tuple[int, int]] = frozenset()) -> list[tuple[int, int]]:
    """Spans of venues, scenic areas and economic zones named by the place they stand in before their head (see
    the module docstring): the place one of ``place_spans``, the head a word of its own. ``nested`` are the places
    of ``place_spans`` that lie in the place right before them or repeat it (湖北省|赤壁): a site may open there.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "东京巨蛋与西昌邛海景区，香港多个球场，海南自贸港。"
    >>> places = frozenset({(0, 2), (5, 7), (12, 14), (19, 21)})
    >>> [text[s:e] for s, e in venues(text, token_table(make_nlp()(text)), places)]
    ['东京巨蛋', '西昌邛海景区', '海南自贸港']
    """
    ends = {e: s for s, e in sorted(place_spans, reverse=True)}
    words = table.words
    spans = []
    for match in _VENUE_AT.finditer(text):
        k = table.token_of_char[match.start()]
        if k < 0 or words[k].idx != match.start() or match.end() not in table.ends:
            continue  # the head runs into another word (体育场馆) or starts inside one (海滨|长廊 is a head of two)
        if text.startswith(_BODY_AFTER, match.end()):
            continue  # 台北体育馆|管理处: a body's name, left to the organisation readers
        head = match.group()
        inner = frozenset(s for s, _e in nested)
        # 天津|河北|体育场: a chain of places, left to the recogniser; 湖北省|赤壁|高新区 opens at the inner place
        start = next((s for s in _venue_starts(text, words, k, ends, big_places if head in _TOWN_HEADS else
                                               frozenset(), named_only=head in _NAMED_ONLY)
                      if s not in ends or s in inner), None)
        if start is not None:
            spans.append((start, match.end()))
    return sorted(set(spans))


def _venue_starts(text: str, words, k: int, ends: dict[int, int], big_places: frozenset[str], *,
                  named_only: bool = False) -> Iterator[int]:
    """Where the name before the head at ``k`` may start, nearest first: a place ending right before it, then a
    place and the site's own name after it (台中|洲际|球场, 泸州|方山|景区); none where it is a province's or city's
    name alone before a head any town has, or where the words between say which or how many (香港|多个|球场)."""
    if words[k].idx in ends and not named_only and text[ends[words[k].idx]:words[k].idx] not in big_places:
        yield ends[words[k].idx]
    # a place whose words after it name the site (银川|怀远|观光|夜市: not 怀远|观光, a kind)
    for first in range(k - 1, max(k - 4, 0) - 1, -1):
        if words[first].idx in ends and _site_name(words[first:k]):
            yield ends[words[first].idx]


def _site_name(between) -> bool:
    """Whether ``between``, the words from a place to a site's head, are the site's own name: two to six Han
    letters, the first a proper word or a noun of two letters or more that says no kind or number (邛海, 洲际,
    怀远|观光), each a noun's or a name's word."""
    name = "".join(w.text for w in between)
    if not 2 <= len(name) <= 6 or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return False
    first = between[0]
    # a team's or a body's head letter jieba glued to the next word opens no site (沙特阿拉伯|队进|法兰西|体育场)
    return len(first.text) >= 2 and first.tag in _SITE_NAME_TAGS and first.text not in _NO_SITE_NAMES \
        and first.text[0] not in _BODY_LETTERS \
        and all(w.tag in _SITE_WORD_TAGS for w in between[1:])
