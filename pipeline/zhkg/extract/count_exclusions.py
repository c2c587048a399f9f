"""What is not a count, or not this one: a number read by the count pattern that counts nothing.

Rejected here: rates and ratios (:func:`_is_rate`), numbers after words that make them an ordinal, a
share or a measure (:func:`_blocked`, :func:`_measured_before`), a classifier followed by a measure, a
duration or 数 (:func:`_not_counted_after`: 六位数, 三个月), parts after 其中 before a verb
(:func:`_part_before_verb`), 本/面/册 without a noun that takes them (:func:`_taken`), counts jieba glued
into a word (两国关系: :func:`_glued_countries`; :func:`_glued_unknown`), 方面 before a verb
(:func:`_verb_after_aspects`), 只有 + a name (:func:`_only_named`), counts inside a title or a quoted
name (:func:`_in_a_name`), place names written as counts (三间房: :func:`_place_names`), a head count
written after its units (8所学生数不到50人: :func:`_unit_property`) and a round number written twice around 有
(一万个人有一万个理由: :func:`_figures_of_speech`, moved from ``counts.py`` in counts176).

Caveats: money, ages, dates, scores and results are refused by the steps of :func:`zhkg.extract.counts._read`,
with the word lists they read: :mod:`zhkg.extract.count_refusals` (``_RESULT_BEFORE``, ``_YEARS_AGO``…) and
:mod:`zhkg.extract.count_things` (``_MONEY_BEFORE``…; tidy185): this module holds the tests that stand alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhkg.extract.count_clauses import _Boundaries, _clause_start, _Reading
from zhkg.extract.count_nouns import _RATE_CUES
from zhkg.extract.count_numerals import _UNITS
from zhkg.extract.count_phrase import _AMONG, _NOT_COUNTED
from zhkg.extract.numerals import DIGITS
from zhkg.stages.segment import doc_text, token_table
from zhkg.text import CLAUSE_BREAKS as _CLAUSE_BREAK
from zhkg.text import QUOTE_PAIRS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = [
    "_NOT_COUNTED_LONG",
    "_RATE_CUE",
    "_TAKERS",
    "_UNIT_PROPERTY",
    "_blocked",
    "_figures_of_speech",
    "_glued_countries",
    "_glued_unknown",
    "_in_a_name",
    "_is_rate",
    "_measured_before",
    "_not_counted_after",
    "_only_named",
    "_part_before_verb",
    "_place_names",
    "_taken",
    "_unit_property",
    "_verb_after_aspects",
]

# A number right after these is an ordinal, a date or a rate, not a count; the second set only
# before a Chinese numeral (初四, 周三, but 年初100多户, 上周28只).
_BLOCKING_BEFORE = ("第", "每")
_BLOCKING_BEFORE_CHINESE = ("初", "周", "星期", "礼拜")
# 首 right before a number is "the first N" (以首2名资格, 首10间学校), a rank, whatever jieba glued it to (以首); not the
# end of a word (元首, 为首, 榜首, 祸首, 部首, 回首, 昂首, 自首)
_FIRST = "首"
_NOT_FIRST = ("元首", "为首", "榜首", "祸首", "部首", "回首", "昂首", "自首", "匕首", "白首", "聚首", "俯首")
_RATE_CUE = re.compile("|".join(map(re.escape, _RATE_CUES)))  # any of them, in one search
# A yearly, monthly or daily output (年产鹌鹑15万只; tcounts45), not a period's (今年产量, 当月产量为9万辆) nor its value
_OUTPUT_RATE = re.compile(r"(?<![今去明当本上同该全前后每])[年月日]产(?![量值品业])")
_RESPECTIVELY = "分别"
_EACH = "每"
_PER_THEN = re.compile(r"[也]?(?:就|便)")  # …每…，就有N…: the consequence of each unit
#: Those of two letters or more, sorted (a frozenset's order follows the hash seed): one str.endswith in C.
_NOT_COUNTED_LONG = tuple(sorted(w for w in _NOT_COUNTED if len(w) > 1))
# Spans of time or length right after a classifier: never counted, whatever jieba glued (近一段时间以来).
_SPANS_OF_TIME = ("时间", "时期", "日子", "距离", "路程", "年头", "小时", "分钟", "秒钟", "交易日", "工作日", "营业日")
_COUNTRY = "国"
_GLUED_COUNTRY_TAGS = ("n", "l")  # 两国人民/n, 两国关系/l; not 七国集团/nt nor 五国城/ns
# ...and these, with a name or a pronoun between them and 一 + a unit of people, make "only X alone", a count of
# one (只有18岁女孩廖莹一人, 仅有成龙一人, 只有他一个人); not after 不 (不仅是葛凤英一人: "not only").
_ONLY_NAMED = re.compile(r"(?<!不)(?:只有|仅有|唯有|惟有|仅)[^，,。；;！？!?：:、]{1,10}$")  # 仅林一人 (counts237)
_ONLY_NAMED_TAGS = ("nr", "nrt", "nrfg", "r", "x", "n")
# An ordinal's list goes on with bare numbers (分获第二、三名, 第三至五位): ordinals, not counts.
_ORDINAL_LIST_BEFORE = re.compile(r"第[\d一二两三四五六七八九十百零]+(?:[、和及或至到]|、第)$")
_ORDINAL_REACH = 8
_MONEY_CHAR = "币"
_MEASURE_LINKS = "为达是约"  # between a measure and its value (像素为1200万)
# A count inside 《》 (at most this far from its marks, no clause break inside) or filling a quotation of at most _MAX_QUOTED characters
# is a name.
_MAX_TITLE = 20
_MAX_QUOTED = 6
# A Latin letter and a hyphen before a number make a model's name (EB-5, F-16, I-526).
_MODEL_BEFORE = re.compile(r"[A-Za-z][-‐–]$")

# The nouns that take 本, 面, 册, 句, 尊 and 道: with any other, the classifier's number counts nothing (四面八方).
_TAKERS = {
    "本": ("书", "书籍", "书刊", "杂志", "期刊", "刊物", "小说", "著作", "专著", "教材", "课本", "读物", "绘本", "漫画",
          "画册", "相册", "词典", "字典", "辞典", "手册", "护照", "日记", "笔记本", "账本", "诗集", "文集", "选集", "古籍",
          "典籍"),
    "面": ("牌", "旗", "旗帜", "墙", "镜", "镜子", "鼓", "锣", "盾", "屏幕"),
    "册": ("书", "书籍", "藏书", "古籍", "典籍", "文献", "档案", "画册", "相册", "读物", "教材", "期刊", "刊物"),
    # sentences and phrases (八句加粗的短语, 两句话; tcounts45)
    "句": ("话", "诗", "诗句", "句子", "短语", "口号", "歌词", "台词", "名言", "格言", "警句", "对白", "经文", "成语",
          "誓词", "祝福", "问候", "留言"),
    # statues, idols and cannons (7尊泥塑佛像, 2尊护法神, 3尊大炮; session 31, tcounts45)
    "尊": ("像", "佛", "菩萨", "罗汉", "神", "雕塑", "塑像", "金身", "炮"),
    # ravines, barriers, dishes, questions, steps (19道沟壑, 三道菜, 两道题, 五道工序); 五道口, 二道河 are places
    "道": ("沟", "壑", "沟壑", "菜", "菜肴", "题", "试题", "考题", "难题", "工序", "程序", "手续", "关", "关卡", "防线",
          "屏障", "门", "墙", "城墙", "伤口", "伤疤", "疤痕", "裂缝", "裂痕", "彩虹", "闪电", "命令", "指令", "圣旨", "谕旨"),
}

def _is_rate(text: str, start: int) -> bool:
    clause_start = _clause_start(text, start)
    # 户均持基数分别为21.15万份、6.27万份: the items of a 分别 list share its rate
    window = clause_start if _RESPECTIVELY in text[clause_start:start] else max(clause_start, start - 12)
    if _RATE_CUE.search(text, window, start) or _OUTPUT_RATE.search(text, window, start):
        return True
    # 伊顿每年260名毕业生中，大约有25人…: a share of a rate, taken from the clause before, is a rate too
    if clause_start >= 2 and text[clause_start - 2] == _AMONG:
        before = text[_clause_start(text, clause_start - 1) : clause_start - 2]
        return any(cue in before for cue in _RATE_CUES if cue != "每") or re.search(r"每[年月周日天]", before) is not None
    # 铁路每向前推进1公里，就有1名华工死亡: a clause opening with 就 after a clause of 每 says how many per unit
    if clause_start >= 1 and _PER_THEN.match(text, clause_start):
        before = text[_clause_start(text, clause_start - 1) : clause_start]
        return _EACH in before
    return False


def _blocked(doc: Doc, start: int, b: _Boundaries) -> bool:
    text = doc_text(doc)
    if text.endswith(_BLOCKING_BEFORE, 0, start):
        return True
    if _MODEL_BEFORE.search(text, max(0, start - 2), start):
        return True  # EB-5项目, F-16: a number after a Latin letter and a hyphen is a model's name
    if text.endswith(_BLOCKING_BEFORE_CHINESE, 0, start) and text[start : start + 1] in DIGITS + _UNITS:
        return True
    if _ORDINAL_LIST_BEFORE.search(text, max(0, start - _ORDINAL_REACH), start):
        return True  # 分获第二、三名: the list of ordinals goes on
    if text.endswith(_FIRST, 0, start) and not text.endswith(_NOT_FIRST, 0, start):
        return True  # 以首2名资格, 首10间: "the first N", a rank (not 元首, 为首, 榜首; tcounts45)
    # 前100名, 头两场: a rank, when 前 or 头 is a word of its own (not 目前, 之前, 码头)
    return text.endswith(("前", "头"), 0, start) and start - 1 in b.starts


def _part_before_verb(doc: Doc, start: int, after: int, b: _Boundaries) -> bool:
    """Whether a count opens with 其中 and a verb follows its classifier (其中约800家提供…, 其中3名需要手术): the
    classifier stands alone for part of the set counted before, whatever the verb's object is."""
    text = doc_text(doc)
    if not text.endswith(_PART_OPENINGS, 0, start) or after >= len(b.token_at):
        return False
    word = token_table(doc).words[b.token_at[after]]
    return word.idx == after and word.tag in _PART_VERB_TAGS


def _not_counted_after(doc: Doc, after: int, cls_start: int, b: _Boundaries) -> bool:
    """Whether the word after a classifier (or glued to it) is a measure, a duration or 数 (六位数)."""
    text = doc_text(doc)
    if text.startswith("数", after) and text[cls_start:after] == "位":
        return True
    if text.startswith(_SPANS_OF_TIME, after):
        return True  # 近一段时间以来: jieba may glue the numeral, classifier and noun into one word
    if after >= len(b.token_at):
        return False
    word = token_table(doc).words[b.token_at[after]]
    rest = text[after : word.end]
    return (word.idx in (after, cls_start) and rest in _NOT_COUNTED) or (
        word.idx == after and any(text.startswith(w, after) and after + len(w) in b.ends
                                  for w in ("百分点", "百分比")))


def _measured_before(doc: Doc, start: int, b: _Boundaries) -> bool:
    """Whether the word right before ``start``, or before a connector 为/达/是 right before it, is a measure or a
    unit never counted (像素1000万, 有效像素为1200万的CCD)."""
    if text_before := doc_text(doc)[start - 1 : start]:
        if text_before in _MEASURE_LINKS and start - 1 in b.starts:
            start -= 1
    if start < 1 or start not in b.ends:
        return False
    word = token_table(doc).words[b.token_at[start - 1]]
    return word.end == start and word.text.endswith(_NOT_COUNTED_LONG)


def _taken(text: str, full: tuple[int, int] | None, head_start: int, open_noun: tuple[int, int] | None,
           takers: tuple[str, ...]) -> bool:
    """Whether the thing a count of 本, 面 or 册 reads (its head after the classifier, else the open noun right
    before the number) is a noun that takes the classifier (``_TAKERS``): 3.2万本图书, 藏书约420万册, 5面金牌.

    >>> _taken("5面金牌", (2, 4), 2, None, _TAKERS["面"]), _taken("四面八方", (2, 4), 2, None, _TAKERS["面"])
    (True, False)
    """
    if full is not None:
        return text.endswith(takers, head_start if head_start >= 0 else full[0], full[1])
    return open_noun is not None and text.endswith(takers, open_noun[0], open_noun[1])


def _only_named(doc: Doc, start: int, b: _Boundaries) -> bool:
    """Whether 只有/仅有 opens the clause before ``start`` with a name, a pronoun or a noun right before it
    (只有18岁女孩廖莹一人, 仅有成龙一人, 只有他一个人): "only X alone", a count of one."""
    text = doc_text(doc)
    if start < 1 or start not in b.starts or not _ONLY_NAMED.search(text, max(0, start - 14), start):
        return False
    word = token_table(doc).words[b.token_at[start - 1]]
    return word.end == start and word.tag in _ONLY_NAMED_TAGS


def _glued_countries(doc: Doc, start: int, after: int, cls: str, b: _Boundaries) -> bool:
    """Whether jieba glued a count of countries to the noun after it, one dictionary word (两国关系, 两国人民,
    两国政府, 两国之间, 七国首脑): the count stands, as with 两国 alone. A one-character rest makes a name
    (两国论, 五国城, 四国岛), and 八国集团 or 三国演义 were turned away before."""
    if cls != _COUNTRY:
        return False
    word = token_table(doc).words[b.token_at[start]]
    return word.idx == start and word.end - after >= 2 and word.tag in _GLUED_COUNTRY_TAGS


def _verb_after_aspects(doc: Doc, after: int, b: _Boundaries) -> bool:
    """Whether a verb right after 方面 is the predicate (从两方面进行除尘, 从以下4方面入手), not a verbal noun that
    is the thing (这三方面限制并不适用: an adverb follows it)."""
    words = token_table(doc).words
    if after >= len(b.token_at):
        return False
    verb = words[b.token_at[after]]
    nxt = words[verb.i + 1] if verb.i + 1 < len(words) else None
    return verb.idx == after and verb.tag == "v" and (nxt is None or nxt.tag not in ("d", "c", "p"))


def _glued_unknown(doc: Doc, at: int, b: _Boundaries) -> bool:
    """Whether the character at ``at`` sits in a word jieba does not know (万人受: 500万人受影响), not in money
    (4000人名币, a misspelt 人民币)."""
    word = token_table(doc).words[b.token_at[at]]
    return word.tag == "x" and _MONEY_CHAR not in word.text
_PART_OPENINGS = ("其中", "其中有", "其中就有", "其中共有", "其中仅有", "其中只有")
_PART_VERB_TAGS = frozenset({"v", "vd"})  # a verb, not a verbal noun (其中两家连锁企业)


def _in_a_name(text: str, r: _Reading) -> bool:
    """Whether a count is part of a title (《三国印魂》, 《十万个为什么》) or of a short quoted name
    (“金砖四国”, “三个代表”): such numbers name something, they count nothing."""
    title = text.rfind("《", max(0, r.start - _MAX_TITLE), r.start)
    close = text.find("》", r.end, r.end + _MAX_TITLE)
    if title >= 0 and close >= 0 and "》" not in text[title : r.start] and not any(
            ch in _CLAUSE_BREAK for ch in text[title:close]):
        return True  # but a headline in 《》 (《北漂剩女征婚:5套房产作嫁妆,谁能娶我》) still counts
    for left, right in QUOTE_PAIRS:
        quote = text.rfind(left, max(0, r.start - _MAX_QUOTED), r.start)
        close = text.find(right, r.end, r.end + _MAX_QUOTED)
        if quote >= 0 and close >= 0 and right not in text[quote + 1 : r.start] and close - quote - 1 <= _MAX_QUOTED:
            return True
    return False


#: what follows a place's name (三间房地区, 三间房街道): a count jieba reads as one noun before it is that name
_PLACE_AFTER = re.compile(r"地区|街道|地铁站|一带|沿线|[乡镇村桥路站]")
_NAME_TAGS_OF_PLACES = ("n", "ns")


def _place_names(text: str, readings: list[_Reading], table) -> frozenset[str]:
    """The counts that are places' names: one dictionary word (jieba's 三间房) that the text writes right before
    a word only a place takes (三间房地区); wherever else it is written (朝阳区三间房) it names the place too."""
    names = set()
    for r in readings:
        word = table.word_at(r.start)
        if (word is not None and word.idx == r.start and word.idx + len(word.text) == r.end
                and word.tag in _NAME_TAGS_OF_PLACES and _PLACE_AFTER.match(text, r.end)):
            names.add(text[r.start : r.end])
    return frozenset(names)


# A head count written right after a count of units (其中8所学生数不到50人, 3间分行员工人数逾百人): a property each unit has,
# the units being what is counted; the number after it is that property's value, no count of its own (session 29,
# counts37). 数 closes the property (学生数, 人数, 员工人数), a number or a word of comparison follows it.
_PROPERTY_TO_VALUE = 2
_UNIT_PROPERTY = re.compile(r"[\u4e00-\u9fff]{0,3}?人?数(?=均?(?:不到|不足|少于|低于|超过|多于|高于|逾|达|约|仅|只有|为|在|\d))")


def _unit_property(text: str, units: _Reading, r: _Reading) -> bool:
    """Whether ``r`` is the value of a head count written right after the count of units ``units`` (8所学生数不到50人:
    50 is how many students each school has, no count).

    >>> _unit_property("其中8所学生数不到50人", _Reading(2, 4, 8, False, "所", None), _Reading(7, 12, 50, True, "人", None))
    True
    >>> _unit_property("其中8所学校，学生不到50人", _Reading(2, 6, 8, False, "所", None), _Reading(10, 15, 50, True, "人", None))
    False
    """
    if units.full is not None or units.end >= r.start:
        return False
    m = _UNIT_PROPERTY.match(text, units.end)
    return m is not None and 0 <= r.start - m.end() <= _PROPERTY_TO_VALUE  # (均为, 只有: the words between)


# 一千个读者就有一千个哈姆雷特, 一万个人有一万个理由: one round number written out twice around 有 says "each has
# his own", no count of either (counts101, tune46).
_EACH_HIS_OWN = re.compile(r"[就便也都还会]{0,2}有")
_ROUND_NUMERALS = re.compile(r"[一]?[百千万]")


def _figures_of_speech(text: str, readings: list[_Reading]) -> list[_Reading]:
    """``readings`` without the pairs of :data:`_EACH_HIS_OWN` (一万个人有一万个理由)."""
    dropped: set[int] = set()
    for i, (a, b) in enumerate(zip(readings, readings[1:])):
        numeral = text[a.start : a.cls_start] if a.cls_start > a.start else ""
        if (numeral and _ROUND_NUMERALS.fullmatch(numeral) and text.startswith(numeral, b.start)
                and _EACH_HIS_OWN.fullmatch(text, a.end, b.start)):
            dropped.update((i, i + 1))
    return [r for i, r in enumerate(readings) if i not in dropped]
