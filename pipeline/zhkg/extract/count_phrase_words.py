"""The word lists a counted noun phrase is read with, and the few readers of them that its readers share.

The tags, words and letters that tell where the noun phrase after a classifier opens, what heads it and what ends
it (:data:`_HEAD_TAGS`, :data:`_NOT_HEADS`, :data:`_PREDICATE_NOUNS`, :data:`_PEOPLE_ENDINGS`, :data:`_LIST_AHEAD`
…), with the readers of them: :func:`_glossary_at` and :func:`_glossary_lengths` (the glossary's longest word at a
place), :func:`_is_head`, :func:`_ends_phrase` and :func:`_kind_tagged_name` (a name jieba tags nt that names a kind
of facility). :mod:`zhkg.extract.count_phrase` (the phrase's opening, its end and its head),
:mod:`zhkg.extract.count_head_scan` (the phrase read token by token) and :mod:`zhkg.extract.count_compounds` (a
compound read past its first noun) all read them, and import them from here at the top.

Moved word for word out of :mod:`zhkg.extract.count_phrase` by tidy262 (session 55, no behaviour change): while
they lived there, the scan and the compounds imported ``count_phrase``, which runs them, so ``count_phrase`` had to
import the scan inside :func:`~zhkg.extract.count_phrase._phrase_at` and :data:`_BOUND_ENDS
<zhkg.extract.count_compounds._BOUND_ENDS>` inside :func:`~zhkg.extract.count_phrase._head`.

Caveats
-------
* Only what the scan and the compounds read moved here (with what that reads); the lists only ``count_phrase``
  reads (:data:`~zhkg.extract.count_phrase._NOT_COUNTED`, the quotations, the cases, the verbs of change) stay
  there. The other counts modules import each list from whichever of the two defines it.
* ``_LENGTHS`` is the one table that changes: :func:`_glossary_lengths` caches the lengths of at most 17
  glossaries, by identity (a lexicon's table, kept beside its lengths so its id cannot be reused).
* :func:`_kind_tagged_name` imports ``dictionary_tags`` when called (:mod:`zhkg.stages.segment` imports the
  extractors).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from zhkg.text import CLAUSE_BREAKS as _CLAUSE_BREAK
from zhkg.text import HAN_ONLY

__all__ = ["_glued_other", "_OTHER", "_HEAD_TAGS", "_NAME_TAGS", "_PLAIN_NOUN_TAGS", "_MODIFIER_TAGS", "_PROPERTY_SUFFIXES",
           "_ADJECTIVE_TAGGED_NOUNS", "_SPOT", "_PROPERTY_WORDS", "_WHEN_WORDS", "_NEGATED_MODALS", "_PREDICATE_NOUNS",
           "_ADVERB_MODIFIERS", "_ADVERB_NOUNS", "_BUILDING_ENDS", "_NOT_HEADS", "_PLACE_MODIFIERS",
           "_INSTITUTION_CLASSIFIERS", "_INSTITUTIONS", "_DATE_WORDS", "_AGAIN", "_TYPE_SUFFIXES", "_SCHOOL_SUFFIXES",
           "_PERSON", "_TEAM", "_SECOND_PROPERTIES", "_DE_AHEAD", "_GENERIC_ONE", "_PEOPLE_ENDINGS",
           "_LIST_LINK_CHARS", "_TIME_ADVERBS", "_MAX_PHRASE_TOKENS", "_MAX_PHRASE_CHARS", "_LINK_NOTE", "_FORMER",
           "_KIND_ENDS", "_NAME_OPENING_TAGS", "_VERB_TAGGED_NOUNS", "_RELATION_VERB_END", "_OBJECT_NAME_TAGS",
           "_INSTRUMENT_BEFORE", "_INSTRUMENT_REACH", "_CLAUSE_END", "_LIST_AHEAD", "_NUMERAL_TAGS",
           "_PASSIVE_OPENINGS", "_FACILITY_ENDS", "_FILED_VERBS", "_FILED_CLASSIFIERS", "_COMPOUND_HEADS",
           "_AGENT_CLASSIFIERS", "_NOUN_SUFFIXES", "_AIRCRAFT_MAKERS", "_LATIN", "_glossary_at", "_LENGTHS",
           "_glossary_lengths", "_is_head", "_PLACE_NOUN_ENDS", "_ends_phrase", "_kind_tagged_name"]

_HEAD_TAGS = frozenset({"n", "nz", "nt", "ns", "ng", "nrt", "j", "l", "t"})
_NAME_TAGS = frozenset({"ns", "nt", "nrt", "t"})  # a place, organisation or time only opens a phrase (两家中国企业)


_PLAIN_NOUN_TAGS = frozenset({"n", "nz", "ng", "j", "l"})  # a dictionary noun, not a name nor an unknown word
_MODIFIER_TAGS = frozenset({"a", "ad", "b", "an", "vn", "s"})  # ad: 304只积极偏股型基金
# A noun ending in one of these is a property of the thing before it (银行坏账率: 银行), not a thing.
_PROPERTY_SUFFIXES = ("率", "额", "幅", "值", "量", "价", "价格", "规模", "水平", "比例", "比重", "收入", "收益", "成本", "名单",
                      "增速", "面积", "幅度", "人气", "范围",  # 受影响范围有2处: the places the scope holds (counts303)
                      # states of people (28名球员状态良好, 3名伤者病情稳定: the players, the injured)
                      "状态", "状况", "情况", "表现", "情绪", "心态", "士气", "伤势", "病情")

# Nouns jieba tags as adjectives, the head when glued after a noun (Hong Kong's 120宗交通意外, 两宗工业意外).
_ADJECTIVE_TAGGED_NOUNS = frozenset("意外".split())

_SPOT = "点"  # a noun's last character naming a spot (上下车点, 服务点), which jieba tags as a numeral
# Properties jieba may glue to the noun they are of (基金净值): the noun before them is the thing.
_PROPERTY_WORDS = ("净值", "价格", "规模", "收入", "成本", "面积", "比例", "比重", "增速", "水平", "股价", "销量",
                   "产量", "数量", "总额", "余额")

# After the head and before a clause break these make a clause of time (修改两部法律时，), not a noun.
_WHEN_WORDS = frozenset("时 后 前 之后 以后 之前 以前 期间 时候".split())
# After the head these open a negated predicate (千名学生无法报考), though jieba may tag them as nouns.
_NEGATED_MODALS = frozenset("无法 不能 未能 没能 没有 不会 不得 无权 不再 不愿 无力 难以".split())
# Verbs jieba tags as nouns (战胜/n, 座谈/n): after the head they open the predicate (5只基金战胜指数,
# 近百名学生座谈), not a longer noun.
_PREDICATE_NOUNS = frozenset("战胜 座谈 参赛 会见 盈利 落户 晋级 出线 抗议 示威 毕业 失业 入学 入境 出境 聊天 对话 加盟 "
                             "集会 聚会 获胜 夺冠 胜出 结业 倒闭 开业 停业 歇业 停课 罢工 待命 值班 执勤 待业 "
                             "入籍 入伍 退役 退休 离职 辞职 就业 移居 定居 亮相 登场 出场 到场 露面 出席 出院 住院 康复 遇难 死亡 "
                             "投票 表决 "
                             # session 27: 逾万名民众参观, 十数名警员戒备, 三万个家庭轮候
                             "参观 戒备 候命 排队 当值 围观 守候 抗争 轮候 "
                             # owners43: 两个酒店步行过去, 3名专家做客, 5万多名居民离家出逃
                             "步行 作客 做客 离家 组队 年产 "
                             "月产 日产".split())  # counts241: 40个单位组队参赛, 两条生产线年产; counts295: 日产300吨
# 逾百名中国移民入籍: 移民; 80名笑脸大使亮相: 大使
# Adverbs jieba tags d that describe the noun after them (58张全新地图).
_ADVERB_MODIFIERS = frozenset("全新 崭新 相同 特别 特殊".split())  # 三个相同分子, 八个特别符号 (jieba: d; tcounts45)
# adverbs of manner jieba tags as nouns (全力参选, 全面启动): after the head they open the predicate
_ADVERB_NOUNS = frozenset("全力 全面 全数 全线 全程 全速 全权 集体 "  # 30多位画家集体绘制 (tcounts45)
                          "基本上 全都 统统 大都 大体上 事实上 先后 相继 现场".split())  # 27名老师基本上是 (counts76)

# Last characters of buildings jieba tags as places (塔楼), unlike verbs it tags so (上市).
_BUILDING_ENDS = "楼塔馆厦园场站港亭阁宫殿寺院堂"
# Words that end a phrase instead of heading it (108枚导弹全部是…: 导弹).
_NOT_HEADS = frozenset("全部 全体 所有 其中 之中 当中 旗下 以上 以下 左右 等 等等 部分 大部分 一起 一同 各自 本身 "
                       "同比 环比 收盘 开盘 基本 导语 全球 全世界".split())  # 同比…基本: adverbials jieba tags as nouns; 导语: a headline's lede (6款衬衫导语:…)
# (全球, 全世界: the world as a count's scope, 全球共有20所…, no thing counted, as 全市 and 全国 are not: counts134)
# Words of place that modify a noun though jieba tags them as pronouns or localisers (3宗本地病例, 内部调查).
_PLACE_MODIFIERS = frozenset("本地 外地 当地 本土 境外 境内 国内 国外 海外 内部 外部".split())

# An institution right after 家/所 is what they count, whatever noun follows it (两家公司企业年金业务: 公司;
# 3家公司高管: the companies): these classifiers count institutions, not their business or staff.
_INSTITUTION_CLASSIFIERS = frozenset("家 所".split())
_INSTITUTIONS = frozenset("公司 银行 企业 医院 工厂 机构 酒店 商店 超市 学校 大学 中学 小学 高校 院校 学院".split())


# A bare number before these is a date (9月份全国…), never a count.
_DATE_WORDS = ("月", "年", "日", "季", "号")


# 再 + a verb opens a verbal modifier of the noun (再培训名额, 再就业人员).
_AGAIN = "再"

# A head token opening with one of these (债券/型基金) is a suffix of the word before: the head starts after it.
_TYPE_SUFFIXES = "型式类性"
# One-character suffixes naming a school or kind, which jieba may tag as verbs (福音/派/基督徒).
_SCHOOL_SUFFIXES = frozenset("派 系 型 式 类 系列".split())  # 系列 (jieba: a classifier): 仙女人物系列海报

_PERSON = "人"
_TEAM = "组"  # a team named by its work, jieba's lone 组 after a verb (抗灾理赔|组: 理赔组, counts84)
# properties only after the head (两个根本因素流动性: the factors); 两种可能性 alone counts possibilities (counts84)
_SECOND_PROPERTIES = ("性", "质量")
_DE_AHEAD = re.compile(r"[^，,。；;！？!?]{0,6}的")  # 三种极具震撼性及新颖性的必杀技: the property describes what follows 的


# 一 + a classifier + one of these generic nouns is "a company", "a body" (要让一家企业拿出…): an article, even though
# the glossary counts them when a number is written (6家企业).
_GENERIC_ONE = frozenset("企业 公司 机构 单位 组织 部门 团体 厂商 商家".split())
# Nouns of people that a unit 人 after a connector counts (有效参赛选手为1869人: 选手, not 人).
_PEOPLE_ENDINGS = ("员", "手", "者", "生", "代表", "观众", "游客", "旅客", "乘客", "居民", "市民", "会员", "客户", "用户",
                   # session 27 (counts32): police and court reports (逮捕嫌犯7人, 拘捕男子3人), staff and residents
                   "师", "客", "民", "犯", "男子", "女子", "被告", "儿童", "人")  # 证人3人, 嫌疑人2人

# After a verb 的 is followed by, these make it a list of events (…的盗窃、抢劫和交通事件), not a verb.
_LIST_LINK_CHARS = "、和及与"


_TIME_ADVERBS = frozenset("目前 现在 如今 当前 今年 去年 明年 今天 昨天 昨日 今日 近日 日前 此前 至今 迄今 正在".split())

_MAX_PHRASE_TOKENS = 6
_MAX_PHRASE_CHARS = 14
# A web page's note of a link, which THUCNews keeps after a word (留美(微博)学生): no part of the phrase.
_LINK_NOTE = re.compile(r"[(（](?:微博|博客|blog)[)）]")
# Right after a classifier of people, these say "former" or "current" (100多名前政要).
_FORMER = frozenset("前 原 现".split())

# How a kind of facility or school ends that jieba's dictionary tags as a name (加工厂/nt, 加油站/nt, 卫生院/nt,
# 国立大学/nt), and the tags of a name opening one body's name (北京/ns 站, 中国/ns 队, 中科/j 院).
_KIND_ENDS = ("厂", "站", "所", "院", "店", "场", "室", "处", "馆", "校", "大学", "学院", "中学", "小学", "高校")
_NAME_OPENING_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz", "j"})
# 出路/v, 立面/d, 选修课/v (tcounts45), 支行/v as 分行 (owners59), 对手/v, 组别/v (counts250): nouns whatever jieba tags them
_VERB_TAGGED_NOUNS = frozenset("考生 选手 分行 支行 诊所 位置 通道 看法 想法 回合 转发 转载 留言 回帖 选修课 必修课 出路 立面 对手 组别".split())
# A word ending so after the head of a phrase is a verb of relation (就读于, 位于, 属于): the predicate.
_RELATION_VERB_END = "于"

# A list's link ahead in the clause (长城双动力、上投摩根…和…): the names of the things counted follow the noun.
# A name right after a noun that follows the head is the object of a verb jieba tags a noun (作客新浪; counts76).
_OBJECT_NAME_TAGS = frozenset({"ns", "nt", "nz", "nr", "nrt"})
# With an instrument before the count (用两个字形容。, 以三个词概括。) the noun ending the clause is the verb.
# (以及 is a list's link, no instrument: 以及68艘特种潜艇。 counts the submarines, counts151)
_INSTRUMENT_BEFORE = re.compile(r"(?:用|以(?!及)|拿)[^，,。；;！？!?：:、\s]{0,8}$")
_INSTRUMENT_REACH = 14

_CLAUSE_END = "。！？!?；;"
_LIST_AHEAD = re.compile(r"[^，,。；;！？!?：:\n]{0,10}?[、和及与]")
# jieba's tags of numerals and classifiers: no head, even when the glossary holds the word (4.1万套11月: 月)
_NUMERAL_TAGS = frozenset({"m", "q", "mq"})
# An unknown word opening with these after the head is a passive or a verb of receiving, the predicate's
# (4500间餐厅获发牌照, 3名男子被捕后, 12间店铺遭爆窃): not part of the thing.
_PASSIVE_OPENINGS = "获被遭受"
# One character jieba leaves alone after a noun or verb that ends a name of a facility with it (120处投票所): the
# facility is the thing. Only before the end of the phrase (所 before a verb is the particle: 三个人所说).
_FACILITY_ENDS = "所站处馆室库厂"
# Verbs jieba tags v that, after a noun and before the phrase's end, name the thing a classifier of papers or cases
# counts (近3万份入学申请: 申请, 2000宗市民投诉: 投诉): not after a classifier of people (3万名学生申请: they applied).
# 调查 too, an investigation a body opens (12起贸易救济调查与3起…; counts303).
_FILED_VERBS = frozenset("申请 投诉 举报 检举 检测 申诉 求助 报案 调查".split())
_FILED_CLASSIFIERS = "份宗件项起封"
# Nouns that close a compound of noun, verb and noun (3个社区隔离设施: 设施; 交流访问项目: 项目), where the verb
# only says what the thing is for; before them the verb is no predicate (but 3个村庄遭受洪灾 is: 洪灾 is none of them).
# Not after a classifier of people or bodies, nor a body that could act (3个部门推动项目).
_COMPOUND_HEADS = frozenset("设施 项目 中心 系统 平台 场所 基地 设备 装置 课程".split())
_AGENT_CLASSIFIERS = "名位家所间"

# One-character suffixes making a noun of people or of works, which jieba leaves alone after the noun they end
# (医科|生/vn, 港产|片/q): the noun goes on to them (session 28, counts34).
_NOUN_SUFFIXES = frozenset("生 片 剧 商 族".split())

# Makers whose model numbers follow their name (波音777, 空客A380): the model is what a count of aircraft counts.
_AIRCRAFT_MAKERS = frozenset("波音 空客 空中客车 麦道 庞巴迪 图 伊尔 米格 苏 运".split())

_LATIN = re.compile(r"^[A-Za-z0-9]+$")


def _glossary_at(text: str, pos: int, ends: frozenset[int], glossary: Mapping[str, str]) -> int:
    """End of the longest glossary word starting at ``pos`` and ending on a token end, else -1."""
    for length in _glossary_lengths(glossary):  # longest first: the first found is the longest
        end = pos + length
        if end in ends and end <= len(text) and text[pos:end] in glossary:
            return end
    return -1


_LENGTHS: dict[int, tuple[Mapping[str, str], tuple[int, ...]]] = {}


def _glossary_lengths(glossary: Mapping[str, str]) -> tuple[int, ...]:
    """The lengths of the glossary's words, longest first, worked out once per glossary (a lexicon's table,
    not a document's: the glossary is kept beside them so its id cannot be reused).

    >>> _glossary_lengths({"村": "village", "居委会": "committee", "镇": "town"})
    (3, 1)
    """
    known = _LENGTHS.get(id(glossary))
    if known is None or known[0] is not glossary:
        if len(_LENGTHS) > 16:  # a lexicon or two in a run; tests pass made-up glossaries
            _LENGTHS.clear()
        known = _LENGTHS[id(glossary)] = (glossary, tuple(sorted({len(w) for w in glossary}, reverse=True)))
    return known[1]


def _is_head(word) -> bool:
    return (word.tag in _HEAD_TAGS or (word.tag == "x" and bool(HAN_ONLY.match(word.text)))
            or (word.tag == "i" and len(word.text) == 3 and word.text[-1] in _PLACE_NOUN_ENDS))


# how a noun of three for a place ends that jieba's dictionary tags as an idiom (避难所, 出口处, 藏身处)
_PLACE_NOUN_ENDS = "所处站馆室库"


def _ends_phrase(words, i: int) -> bool:
    """Whether the word at ``i`` ends a noun phrase: punctuation, a conjunction, 的, or the end of text."""
    if i >= len(words):
        return True
    word = words[i]
    return word.is_punct or word.tag in ("c", "uj") or word.text[:1] in _CLAUSE_BREAK


# jieba's 别的 ("other") read where a noun ends in 别 before 的 (专业界|别的|人士, 功能界|别的): the noun's last letter
_OTHER = "别的"


def _glued_other(words, i: int) -> bool:
    """Whether the word at ``i`` is jieba's 别的 cut out of a noun ending in 别 and the 的 after it (来自不同专业界别的
    人士: 界别 and 的): right after a noun whose last letter and 别 are a noun of jieba's dictionary (界别, 类别, 级别).

    >>> from types import SimpleNamespace as W
    >>> words = [W(text="专业界", tag="n", end=3), W(text="别的", tag="r", idx=3)]
    >>> _glued_other(words, 1), _glued_other([W(text="公司", tag="n", end=2), W(text="别的", tag="r", idx=2)], 1)
    (True, False)
    """
    from zhkg.stages.segment import dictionary_tag  # here, as in _kind_tagged_name: segment imports extraction

    if i < 1 or i >= len(words) or words[i].text != _OTHER:
        return False
    before = words[i - 1]
    return (before.end == words[i].idx and before.tag in _PLAIN_NOUN_TAGS
            and dictionary_tag(before.text[-1] + _OTHER[0]) == "n")


def _kind_tagged_name(word) -> bool:
    """Whether a word jieba's dictionary tags as an organisation's name (nt) names a kind of facility or school
    (加工厂, 加油站, 卫生院, 国立大学), not one body: it ends as such a kind ends and opens with no name of a place,
    a person or a body (北京站, 上海队, 中科院 stay names).

    >>> from types import SimpleNamespace as W
    >>> [_kind_tagged_name(W(text=t, tag="nt")) for t in ("加工厂", "卫生院", "北京站", "台军", "交警大队")]
    [True, True, False, False, False]
    """
    from zhkg.stages.segment import dictionary_tags

    text = word.text
    if word.tag != "nt" or len(text) < 3 or not text.endswith(_KIND_ENDS):
        return False
    tags = dictionary_tags()
    return not any(tags.get(text[:k]) in _NAME_OPENING_TAGS for k in range(1, len(text) - 1))
