"""Whether a match of the count pattern counts anything: where the count opens, and the words around its number.

Split out of :mod:`zhkg.extract.counts` by tidy185 (every block moved word for word, the word lists with the
steps that read them). The steps of :func:`zhkg.extract.counts._read` that refuse a match before its thing is read:

* :func:`_count_opening` where the count opens, with its negation and its prefix of approximation (没有一例, 近,
  达约); ``None`` inside a word (最近, 经历过一场);
* :func:`_counts_nothing_before` a difference (与上月相比减少283套), a streak (连胜三场), a run of results or a
  record (11场不胜, 赢下7场, 出赛73场), a rank, a magnitude (数以万计), the particle 所, a capacity (可容纳6,000人),
  a time (六千四百万年前), a year before a place's name (2026台东), "by all means" (千万别);
* :func:`_counts_nothing_after` an idiom (三位一体), a leading zero (09款), a lone 二 before a measure (二号线),
  money (3块5, 两笔资金), a policy's name (国十条), a fraction (1.7个百分点), a measure or a rate (7张/秒),
  "everywhere" (四处求教: :func:`_everywhere`);
* :func:`_kinds_counted` whether N类 counts kinds (分为两类) or names a class (二类疫苗).

Caveats
-------
* Only these steps are here: the refusals that need the thing counted (titles won, a game's currency, an article
  一, a case's name) stay in :func:`zhkg.extract.counts._read` and :func:`zhkg.extract.count_things._counted_thing`;
  the tests that stand alone (rates, ordinals, measures, names) are :mod:`zhkg.extract.count_exclusions`'.
* :func:`_opens_place` reads jieba's dictionary tags (:func:`zhkg.stages.segment.dictionary_tags`), imported
  when first asked, not at import.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhkg.extract.count_clauses import _Boundaries, _clause_start
from zhkg.extract.count_exclusions import _blocked, _is_rate, _not_counted_after
from zhkg.extract.count_glued import glued_opening
from zhkg.extract.count_numerals import _SCORE_LETTERS
from zhkg.extract.numerals import DIGITS
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import doc_text, token_table
from zhkg.text import CLAUSE_BREAKS as _CLAUSE_BREAK

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = [
    "_OVER",
    "_LARGE_UNIT",
    "_COMPARISON",
    "_DIFFERENCE_BEFORE",
    "_DIFFERENCE_REACH",
    "_CHANGE_OPENING",
    "_COMPARISON_TERM",
    "_compared_change",
    "_PER_UNIT",
    "_STREAK_BEFORE",
    "_STREAK_AFTER",
    "_RESULT_BEFORE",
    "_RESULT_CLASSIFIERS",
    "_RECORD_BEFORE",
    "_SCORED_IN_AFTER",
    "_PLAYED_BEFORE",
    "_PLAYED_REACH",
    "_GAMES_AFTER",
    "_RESULT_RUN_AFTER",
    "_RESULT_RUN_CLASSIFIERS",
    "_RANK_AFTER_AMONG",
    "_RANK_CLASSIFIERS",
    "_RANKED_BEFORE",
    "_AMONG_AHEAD",
    "_MAGNITUDE_BEFORE",
    "_MAGNITUDE_AFTER",
    "_CAPACITY_BEFORE",
    "_PARTICLE_SUO",
    "_PARTICLE_SUO_VERB",
    "_SEATS",
    "_YEAR_CENTURIES",
    "_PLACE_TAG",
    "_PLACE_WORD_LENGTHS",
    "_is_year",
    "_opens_place",
    "_YEARS_AGO",
    "_BY_ALL_MEANS",
    "_BY_ALL_MEANS_AFTER",
    "_NOT_AFTER_DEAL",
    "_KINDS",
    "_CLASS_NUMBERS",
    "_CLASS_BEFORE",
    "_KINDS_LIST",
    "_kinds_counted",
    "_DIGIT_PLACES",
    "_PIECE",
    "_DEMONSTRATIVES",
    "_GLUED_CONNECTORS",
    "_DEAL",
    "_SUMS",
    "_ZEROS",
    "_NUMBER_IDIOMS",
    "_EVERYWHERE",
    "_GLUED_BEFORE_PREFIX",
    "_count_opening",
    "_counts_nothing_before",
    "_counts_nothing_after",
    "_everywhere",
]


_OVER = "过"  # "over" only before a round magnitude (过百人, 过万); else a verb's aspect (经历过一场)
# 万 or 亿 in a numeral: a large one, read whole (compiled once, asked of every numeral found)
_LARGE_UNIT = re.compile("[万亿]")
# A number of things after a verb of change in a comparison is a difference, not a count (与上月相比减少283套).
_COMPARISON = re.compile(r"相比|同比|环比|比上|较上|比去年|较去年|比前|较前|相对|相较")  # 相对年初…约减少了1.5万套
_DIFFERENCE_BEFORE = re.compile(r"(?:减少|增加|下降|上升|增长|增多|减|增|多|少)了?$")
# A comparison's base and its change in two clauses (较113学年度1777班、3万3922人，减少19班、725人; counts224): the clause
# opening on the verb of change, and every item of the list it opens, are differences; 较 with a year or a term named
# (较113学年度, 较2023年) is a comparison as 较去年 is.
_CHANGE_OPENING = re.compile(r"(?:减少|增加|下降|上升|增长|增多)了?(?:[\d.,，万千百十零一二两三四五六七八九]+[^\d、，,；;。]{1,3}、)*$")
_COMPARISON_TERM = re.compile(r"较\d")
# a match ends at the count or before a newline right before it: it starts no further back than this
_DIFFERENCE_REACH = 4
# "per" a unit after a count makes it a rate (7张/秒).
_PER_UNIT = re.compile(r"\s*[/／]\s*[\u4e00-\u9fff]")
# 连 and one of these before a number make a streak (美股三大指数连拉四根阳线), not a count.
_STREAK_BEFORE = re.compile(r"连[拉收涨跌升降胜负败赢输克]$")
# …and a number right before one of these is a streak's length (雷霆五连胜, 三连败, 两连冠), not a count of 连胜.
_STREAK_AFTER = re.compile(r"连[胜负败平赢输克冠]")
# A verb of winning or losing right before N场 makes a record, a game statistic (8场比赛赢下7场, 输了其中的3场,
# 取胜16场, 已经赢下三场比赛), not a count of games.
_RESULT_BEFORE = re.compile(r"(?:赢|胜|输|负|败)[下得掉了过]?了?(?:其中的?)?$")
_RESULT_CLASSIFIERS = ("场", "盘", "局")
# A player's appearances and a season's wins are records too (为威尔斯出赛73场, 踢过207场西甲联赛, 赢得本年度的10场比赛;
# session 31, tcounts45), and so are games a player scored in (在154场季后赛中得到了2,909分).
_RECORD_BEFORE = re.compile(r"(?:(?:赢|胜|输)[得下了](?:本|该|今|上|这)(?:年度|赛季|季|届)的?"
                            r"|(?:出赛|出场|上阵|踢过|踢了|打过)(?:了|过)?(?:共|合共|总共)?)$")
_SCORED_IN_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:比赛|联赛|常规赛|季后赛|赛事)中[，,]?(?:他|她|其|[\u4e00-\u9fff]{2,5}?)?"
                              r"(?:共|一共|合共|总共|连续|平均)?"
                              r"(?:得到|得了|攻入|射入|打进|踢进|贡献|拿下|投进|入球|场均|送出|抢下|抢到|命中|投中|砍下|轰下|拿到|获得)")
# Games played, met or missed are a record too (共交战24场, 出战了37场常规赛, 打满了全部82场常规赛, 缺席了11场比赛, 首发的8场比赛;
# counts75), when what follows counts games or nothing (not 打了两场官司: lawsuits).
_PLAYED_BEFORE = re.compile(r"(?:出战|交战|交手|打了|打满|缺席|缺阵|首发|先发)(?:了|过)?的?(?:全部|其中的?)?(?:共|合共|总共)?$")
_PLAYED_REACH = 10
_GAMES_AFTER = re.compile(r"(?:比赛|常规赛|季后赛|联赛|赛事)|(?![\u4e00-\u9fff])")
# …and one of these right after N场/N轮 makes a run of results or a record (11场不胜, 10轮不败, 3场未尝胜绩, 仅有1场失利,
# 打出了4场平局), a game statistic.
# (…and after 比赛 too: 最近已经7场比赛不败, owners43)
_RESULT_RUN_AFTER = re.compile(r"(?:比赛)?(?:不胜|不败|未胜|未败|未赢|不输|无胜|连胜|连败|未尝胜绩|未尝败绩|平局|失利|胜利|败仗|胜仗|"
                               r"平手|告负|告捷|完胜|完败)")
_RESULT_RUN_CLASSIFIERS = ("场", "轮", "战", "局", "盘")
# 前 + a number + one of these after a set and its 中 (票房史中前五名, 榜单中前十位; jieba may glue 中前) is a rank.
_RANK_AFTER_AMONG = "中前"
_RANK_CLASSIFIERS = ("名", "位")
# A verb of ranking right before a number of 名/位 (田径、篮球分列二三位, 位列第5名, 排名第三位): a rank, not people (counts295).
_RANKED_BEFORE = re.compile(r"(?:分列|位列|名列|排名|排在|位居|并列)第?$")
_AMONG_AHEAD = re.compile(r"[\u4e00-\u9fff]{0,3}中")  # 赢下了3场比赛中的2场: the games the record is taken from
# 数以万计, 以千亿计: a magnitude ("by the tens of thousands"), never a count of its own.
_MAGNITUDE_BEFORE, _MAGNITUDE_AFTER = "以", "计"
# A verb of holding before a number of people makes a capacity (可容纳6,000人, 能容10余人), a measure, no count.
# Not 已容纳3000名难民: those are there.
_CAPACITY_BEFORE = re.compile(r"(?:(?:可|能|可以|能够|足以)(?:容纳|容|坐|容下)|容得下)(?:约|近|逾|超过)?$")
_PARTICLE_SUO = "所"
_PARTICLE_SUO_VERB = re.compile(r"列(?!入)|示(?!范)|述|载|说|提及|提到|记载")  # not 3所示范学校, 2所列入名单的学校
_SEATS = ("座位", "座", "席", "位子")
# A year written in digits (2026) glued before a place's name that opens with a classifier's letter (台东, 台北, 台州):
# the year of what the place names (2026台东博览会), never that many machines (台).
_YEAR_CENTURIES = ("19", "20")
_PLACE_TAG = "ns"
_PLACE_WORD_LENGTHS = (3, 2)


def _is_year(num: str) -> bool:
    """Whether ``num`` is written as a year of the last or this century, in four ASCII digits (1999, 2026).

    >>> _is_year("2026"), _is_year("2026多"), _is_year("1800"), _is_year("二〇二六")
    (True, False, False, False)
    """
    return len(num) == 4 and num.isascii() and num.isdigit() and num.startswith(_YEAR_CENTURIES)


def _opens_place(text: str, at: int) -> bool:
    """Whether a word jieba's dictionary tags a place (ns) opens at ``at`` (台东, 台北县; not 台词, 台阶).

    >>> _opens_place("2026台东博览会", 4), _opens_place("2026台电脑", 4)
    (True, False)
    """
    from zhkg.stages.segment import dictionary_tags

    tags = dictionary_tags()
    return any(tags.get(text[at : at + k]) == _PLACE_TAG for k in _PLACE_WORD_LENGTHS)


_YEARS_AGO = ("年前", "年后", "年以前", "年以后", "年之前", "年之后")  # 六千四百万年前: a time
# 千万 before a negation or a modal is "by all means" (千万别忘了, 千万不要, 千万要小心), no number
_BY_ALL_MEANS = "千万"
_BY_ALL_MEANS_AFTER = ("别", "不", "莫", "勿", "要", "得", "记", "注意", "小心", "当心")
# After 单 (deals, orders: 两单业务) these make another word: 单价, 单位, 单元, 单据.
_NOT_AFTER_DEAL = "价位元据"
# 类 counts kinds only where it cannot be a class (二类疫苗, 1类致癌物, 三类医疗器械): after 两, before a clause's
# break (分化成三类。), or after a list in its clause (电视、冰箱等4类家电产品, 芯片和生物医药三类研发方向; counts151)
_KINDS = "类"
_CLASS_NUMBERS = frozenset("一 二 1 2".split())
_CLASS_BEFORE = ("第", "劣")  # 第三类, 劣四类海水 (worse than class four): a class
_KINDS_LIST = re.compile(r"[、和及与等]")


def _kinds_counted(text: str, num: str, start: int, after: int) -> bool:
    """Whether N类 at ``start`` counts kinds, not names a class.

    >>> [_kinds_counted(t, n, t.index(n), t.index(n) + len(n) + 1)
    ...  for t, n in (("分为两类", "两"), ("接种二类疫苗", "二"), ("电视、冰箱等4类家电", "4"), ("生产三类器械", "三"),
    ...               ("三类、四类海水", "四"))]
    [True, False, True, False, False]
    """
    if num in _CLASS_NUMBERS or text[start - 1 : start] in _CLASS_BEFORE:
        return False
    if num == "两" or after >= len(text) or text[after] in _CLAUSE_BREAK:
        return True
    link = _KINDS_LIST.search(text, _clause_start(text, start), start)
    # classes listed (三类、四类海水, 四类和劣四类海水) are no kinds counted
    return link is not None and text[link.start() - 1 : link.start()] != _KINDS


_DIGIT_PLACES = ("位", ("靓号", "号码", "号", "数字", "密码", "小数", "字母"))  # 位 before these counts digits
_PIECE = "块"  # 块 with a digit after it is money (3块5), as 块钱 is
# A number glued after these by jieba (这三名, 那两家) still starts a count.
_DEMONSTRATIVES = "这那该此其另当"  # 当两人纠缠时
# a one-letter verb jieba glues to the number after it (由九款/x, 有十多篇, 共约2万套): the count opens after it
_GLUED_CONNECTORS = "有由共"
_DEAL = "笔"  # 三笔交易, 两笔贷款 count; 两笔资金, 一笔巨款 are sums of money
_SUMS = ("钱", "款", "资金", "经费", "费用", "奖金", "收入", "善款", "捐款", "巨款", "现金", "财富", "投资")
_ZEROS = ("0", "０")
# Words holding a number that count nothing: 三位一体 (3位1体), 三部曲 (a trilogy), 有两把刷子 (has real skill), 三把火
# (a new broom's first moves), 二者/两者 aside; 三项全能, 十项全能 and 铁人三项 name sports (世界三项全能运动协会, tcounts45).
_NUMBER_IDIOMS = re.compile(r"[\d一二两三四五六七八九十]+位[1一]体|[\d一二两三四五六七八九十]+部曲|(?<=有)[两几]把刷子|三把火"
                            r"|[三五七十]项全能|(?<=铁人)三项|三股势力"  # 三股势力 is a name (tune10's conventions)
                            # 千家万户, 千军万马, 万水千山: a thousand and ten thousand paired in four characters say
                            # "all, many" (counts101: 牵涉到千家万户 counted 1000 牵涉到)
                            r"|千(?![百千万亿])[\u4e00-\u9fff]万(?![百千万亿])[\u4e00-\u9fff]"
                            r"|万(?![百千万亿])[\u4e00-\u9fff]千(?![百千万亿])[\u4e00-\u9fff]")
_EVERYWHERE = "四处"  # before a verb, "everywhere" (四处求教), no count of places
# Connectors jieba glues to the approximate prefix after them (达约, 占约, 有近, 共约): the prefix still makes the
# number approximate, though it opens no token (session 28).
_GLUED_BEFORE_PREFIX = "达占有共为计至逾"


def _count_opening(doc: Doc, m: re.Match[str], b: _Boundaries) -> tuple[int, str | None, str | None, bool] | None:
    """Where the count of ``m`` opens, with its negation and its prefix of approximation as they still stand and
    whether jieba glued a connector to that prefix (达约320万: about); ``None`` when it opens inside a word.

    没有 negates only 一例…; 过 after a verb is no "over" (经历过一场), 近 inside 最近 no "nearly"."""
    text = doc_text(doc)
    start = m.start()
    neg, prefix, low, num = m.group("neg"), m.group("prefix"), m.group("low"), m.group("num")
    if neg and (prefix or low or num != "一"):
        start, neg = m.start("neg") + len(neg), None  # 没有 negates only 一例…
    if prefix == _OVER and num[:1] not in "百千万":
        start, prefix = m.start("low") if low else m.start("num"), None  # 经历过一场, 赢得过2个: 过 is no "over"
    glued_prefix = False
    if prefix and start not in b.starts:
        # 达约320万: jieba glued a connector to the prefix, which stays "about"
        glued_prefix = (start - 1 in b.starts and text[start - 1] in _GLUED_BEFORE_PREFIX
                        and start + len(prefix) in b.ends)
        start, prefix = m.start("low") if low else m.start("num"), None  # 近 inside 最近 is not "nearly"
    glued = (start not in b.starts and text[start - 1 : start] in _DEMONSTRATIVES + _GLUED_CONNECTORS
             and start - 1 in b.starts)
    # 事件中廿多人: jieba knows no 廿 and glues it into an unknown word with the letters before it
    glued = glued or (text[start : start + 1] in _SCORE_LETTERS and start < len(b.token_at)
                      and token_table(doc).words[b.token_at[start]].tag == "x")
    glued = glued or (start not in b.starts and not prefix and glued_opening(doc, m, start, b))  # 敬文三所 (counts237)
    if (start not in b.starts and not glued) or _blocked(doc, start, b) or _is_rate(text, start):
        return None
    return start, neg, prefix, glued_prefix


def _compared_change(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a difference its clause states after a comparison's base in the clause
    before: the clause opens on a verb of change, the number right after it or an item of the list it opens, and the
    clause before compares (较上学年, 较113学年度…). counts224.

    >>> text = "较113学年度1777班、3万3922人，减少19班、725人。"
    >>> _compared_change(text, text.index("19班")), _compared_change(text, text.index("725人"))
    (True, True)
    >>> _compared_change(text, text.index("1777班")), _compared_change("全县160所，减少19班。", 9)
    (False, False)
    """
    clause = _clause_start(text, start)
    if clause == 0 or not _CHANGE_OPENING.fullmatch(text, clause, start):
        return False
    before = _clause_start(text, clause - 1)
    return bool(_COMPARISON.search(text, before, clause) or _COMPARISON_TERM.search(text, before, clause))


def _counts_nothing_before(text: str, m: re.Match[str], start: int, prefix: str | None, b: _Boundaries) -> bool:
    """Whether the number of ``m`` (its count opening at ``start``, ``prefix`` as :func:`_count_opening` left it)
    counts nothing by the words around it: a difference (与上月同期相比减少283套), a streak (连胜三场), a run of results or
    a record (11场不胜, 赢下7场), a rank, a magnitude, the particle 所, a capacity, a time (六千四百万年前), "by all means"
    (千万别忘了)."""
    low, num, cls = m.group("low"), m.group("num"), m.group("cls")
    if _DIFFERENCE_BEFORE.search(text, max(0, start - _DIFFERENCE_REACH), start) and _COMPARISON.search(text, _clause_start(text, start), start):
        return True  # 与上月同期相比减少283套: a difference, not a count
    if _compared_change(text, start):
        return True  # 较113学年度1777班、3万3922人，减少19班、725人: differences, the base named a clause before
    if _STREAK_BEFORE.search(text, max(0, start - 2), start) and start - 2 in b.starts:
        return True  # 连拉四根阳线, 连胜三场: a streak, like 4连胜
    if cls in _RESULT_RUN_CLASSIFIERS and _RESULT_RUN_AFTER.match(text, m.end("cls")):
        return True  # 11场不胜的主队, 10轮不败, 4场平局: a run of results or a record, like 4连胜
    if cls in _RANK_CLASSIFIERS and text.endswith(_RANK_AFTER_AMONG, 0, start):
        return True  # 票房史中前五名: a rank (jieba's 中前), as 前100名 is
    if cls in _RANK_CLASSIFIERS and _RANKED_BEFORE.search(text, max(0, start - 3), start):
        return True  # 篮球分列二三位, 位列第5名: a rank after a verb of ranking (counts295)
    if (cls in _RESULT_CLASSIFIERS and _RESULT_BEFORE.search(text, max(0, start - 6), start)
            and not _AMONG_AHEAD.match(text, m.end("cls"))):
        return True  # 赢下7场, 输了其中的3场: a record of results
    if cls in _RESULT_CLASSIFIERS and (_RECORD_BEFORE.search(text, max(0, start - 10), start)
                                       or _SCORED_IN_AFTER.match(text, m.end("cls"))):
        return True  # 出赛73场, 赢得本年度的10场比赛, 在154场季后赛中得到了2,909分: a player's or a season's record
    if (cls in _RESULT_CLASSIFIERS and _PLAYED_BEFORE.search(text, max(0, start - _PLAYED_REACH), start)
            and _GAMES_AFTER.match(text, m.end("cls"))):
        return True  # 共交战24场, 出战了37场常规赛, 缺阵23场: games played or missed, a record (counts75)
    if text[start - 1 : start] == _MAGNITUDE_BEFORE and text.startswith(_MAGNITUDE_AFTER, m.end()):
        return True  # 数以千亿计的资金: a magnitude
    if cls == _PARTICLE_SUO and _PARTICLE_SUO_VERB.match(text, m.end("cls")):
        return True  # 附表2所列规格, 图3所示: 所 before a verb is the particle, the number a table's or figure's (tcounts45)
    if _CAPACITY_BEFORE.search(text, max(0, start - 4), start) and not text.startswith(_SEATS, m.end()):
        return True  # 清真寺可容纳6,000人, 能容10余人: a capacity, a measure of the place (tcounts45); 五十人座位 counts seats
    if text.startswith(_YEARS_AGO, m.end("num")) or (not cls and text.startswith(_YEARS_AGO, m.end())):
        return True  # 六千四百万年前: a time, not a count (tcounts45)
    if cls and not low and not prefix and _is_year(num) and _opens_place(text, m.start("cls")):
        return True  # 2026台东博览会: a year before a place's name, whose first letter is no classifier (owners170)
    if num == _BY_ALL_MEANS and not prefix and not low and text.startswith(_BY_ALL_MEANS_AFTER, m.end("num")):
        return True  # 千万别忘了, 千万不要: "by all means", an adverb (tcounts45)
    return False


def _counts_nothing_after(doc: Doc, m: re.Match[str], start: int, after: int, b: _Boundaries, lexicon: Lexicon) -> bool:
    """Whether the number of ``m`` counts nothing by its own form or the classifier after it (``after``: where the
    thing counted may open): an idiom (三位一体), a leading zero (09款), a lone 二 before a measure (二号线), money (3块5,
    两笔资金), a policy's name (国十条), a fraction of a thing (1.7个百分点), a measure or a rate (3个百分点, 7张/秒), a
    streak (五连胜)."""
    text = doc_text(doc)
    low, num, cls = m.group("low"), m.group("num"), m.group("cls")
    if _NUMBER_IDIOMS.match(text, m.start("num")):
        return True  # 三位一体, 三部曲: an idiom or a name holding a number, not a count
    if num[:1] in _ZEROS and num[1:2].isdigit():
        return True  # 09款, 08届: digits with a leading zero are a year's short form or a code, never a count
    if cls and not low and num == "二" and lexicon.classifiers[cls] == "measure":
        return True  # 二套房, 二号线: a lone 二 before a classifier is an ordinal (two of a thing is 两)
    if cls == "单" and text[m.end("cls") : m.end("cls") + 1] in _NOT_AFTER_DEAL:
        return True  # 两单价, 3单元: 单 opens another word (a price, a flat's number), counts no deals
    if cls == _DIGIT_PLACES[0] and text.startswith(_DIGIT_PLACES[1], m.end("cls")):
        return True  # 五位靓号卡, 六位号码: numbers of digits
    if cls == _PIECE and (text[m.end("cls") : m.end("cls") + 1].isdigit() or text[m.end("cls") : m.end("cls") + 1] in DIGITS):
        return True  # 3块5: three yuan fifty, money
    if cls == _DEAL and text.startswith(_SUMS, m.end("cls")):
        return True  # 两笔资金, 一笔巨款: sums of money, no count
    if cls == "条" and text.endswith("国", 0, m.start()):
        return True  # 国11条, 国十条: the name of a policy
    if cls and "." in num and not _LARGE_UNIT.search(num):
        return True  # 1.7个百分点, 2.5个月: a fraction of a thing is a measure; 4.0处理器 a version, not a count
    if cls and _not_counted_after(doc, after, m.start("cls"), b):
        return True  # 3个百分点, 六位数: the classifier belongs to a measure or a word
    if cls and _PER_UNIT.match(text, after):
        return True  # 7张/秒: a rate
    if not cls and _STREAK_AFTER.match(text, m.end()):
        return True  # 五连胜, 三连败: a streak (jieba tags 连胜 a noun here, words184), not a count of it
    if num + (cls or "") == _EVERYWHERE and not low and _everywhere(doc, m, b):
        return True  # 四处求教, 资金四处出手: "everywhere", an adverb before a verb, no four places (counts75)
    return False


def _everywhere(doc: Doc, m: re.Match[str], b: _Boundaries) -> bool:
    """Whether 四处 at ``m`` is one word for jieba and a verb follows it: "everywhere" (四处融资), not 四处房产."""
    words = token_table(doc).words
    i = b.token_at[m.start("num")]
    return (words[i].idx == m.start("num") and words[i].text == _EVERYWHERE and i + 1 < len(words)
            and words[i + 1].tag.startswith("v"))
