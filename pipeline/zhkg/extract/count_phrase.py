"""The counted noun phrase after a number and its classifier, and where its head starts.

Split out of :mod:`zhkg.extract.count_nouns` by tidy119 (every block moved word for word, the word lists the
reading needs with it):

* :func:`_phrase_at` reads the noun phrase after a classifier (274个村, 37名反政府武装人员), ending on its last
  noun: its opening first (a token jieba glued to the classifier, :func:`_glued_opening`; a verb opening the
  predicate, :func:`_verb_opens_predicate`; a model's code, a case noun, a property, a quotation), then token by
  token (:func:`zhkg.extract.count_head_scan._scan_head`, split out by tidy256: where the predicate opens, a break,
  a second count or a list of names stops it), then :func:`_phrase_end` from the ends found;
* :func:`_head` where the phrase's head starts (人员 of 反政府武装人员), from the glossary's longest ending
  (:func:`_glossary_at`, :func:`_glossary_lengths`); :func:`_is_property` tells a property (成交量, 不良率) from a
  thing.

:mod:`zhkg.extract.count_nouns` reads the nouns around a count with them (before a number, after a 的-clause,
bare and terse counts, event lists) and still exports the names of its ``__all__`` that moved here.

Caveats
-------
* :mod:`zhkg.extract.count_head_scan` reads this module's word lists, so :func:`_phrase_at` imports it inside.
* The phrase is read on jieba's words and tags and the lexicon's glossary; a noun jieba glues to the classifier or
  a name is read as the tokens allow.
* ``_glossary_lengths`` caches the lengths of at most 17 glossaries, by identity (a lexicon's table, kept beside
  its lengths so its id cannot be reused).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from zhkg.extract.base import Word, doc_text, token_table
from zhkg.extract.count_clauses import _Boundaries, _break_or_word
from zhkg.text import CLAUSE_BREAKS as _CLAUSE_BREAK
from zhkg.text import HAN_ONLY

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["_NOT_COUNTED", "_HEAD_TAGS", "_NAME_TAGS", "_PLAIN_NOUN_TAGS", "_MODIFIER_TAGS", "_PROPERTY_SUFFIXES",
           "_SIZE_MODIFIERS", "_ADJECTIVE_TAGGED_NOUNS", "_LOCATIVE_CHARS", "_SPOT", "_PROPERTY_WORDS",
           "_FUNCTION_CHARS", "_WHEN_WORDS", "_NEGATED_MODALS", "_PREDICATE_NOUNS", "_ADVERB_MODIFIERS",
           "_ADVERB_NOUNS", "_EVENT_CLASSIFIERS", "_BUILDING_ENDS", "_NOT_HEADS", "_PLACE_MODIFIERS",
           "_ADJECTIVE_HEADS", "_AMONG", "_INSTITUTION_CLASSIFIERS", "_INSTITUTIONS", "_DATE_WORDS", "_AGAIN",
           "_AVERAGE_CHARS", "_TYPE_SUFFIXES", "_SCHOOL_SUFFIXES", "_HEAD_SUFFIXES", "_PERSON", "_TEAM",
           "_SECOND_PROPERTIES", "_DE_AHEAD", "_GENERIC_ONE", "_PEOPLE_ENDINGS", "_QUOTED_MODIFIER", "_LETTER",
           "_QUOTED_THING", "_QUOTED_THING_TAGS", "_LIST_LINK_CHARS", "_TIME_ADVERBS", "_BOOK", "_MAX_PHRASE_TOKENS",
           "_MAX_PHRASE_CHARS", "_LINK_NOTE", "_FORMER", "_CHANGES", "_CHANGE_CHARS", "_KIND_ENDS",
           "_NAME_OPENING_TAGS", "_VERB_TAGGED_NOUNS", "_RELATION_VERB_END", "_BECOMING_VERB_END", "_ORIGIN_VERBS",
           "_OBJECT_NAME_TAGS", "_INSTRUMENT_BEFORE", "_INSTRUMENT_REACH", "_GLUED_MODALS", "_CLAUSE_END",
           "_LIST_AHEAD", "_NUMERAL_TAGS", "_PASSIVE_OPENINGS", "_FACILITY_ENDS", "_FILED_VERBS", "_FILED_CLASSIFIERS",
           "_COMPOUND_HEADS", "_AGENT_CLASSIFIERS", "_CASE_CLASSIFIERS", "_NOUN_SUFFIXES", "_NEGATION_OPENINGS",
           "_UNABLE", "_AIRCRAFT_MAKERS", "_MODEL_CODE", "_CASE_NOUNS", "_CASE_PHRASE_TAGS", "_NEIGHBOURHOOD",
           "_NEIGHBOURHOOD_AFTER", "_LATIN", "_glossary_at", "_LENGTHS", "_glossary_lengths", "_is_head",
           "_PLACE_NOUN_ENDS", "_phrase_at", "_READ_ON", "_glued_opening", "_verb_opens_predicate", "_phrase_end",
           "_case_noun_ahead", "_quoted_alone", "_is_property", "_ends_phrase", "_head", "_kind_tagged_name"]


# Heads that are never a thing counted: durations, money, measures, scores and game statistics.
_NOT_COUNTED = frozenset(
    "天 小时 月 年 周 星期 礼拜 分钟 秒 秒钟 季度 学期 世纪 昼夜 工作日 交易日 营业日 夜 晚 日 "
    "钱 块钱 年薪 月薪 薪水 工资 元 万元 亿元 美元 欧元 日元 港元 港币 英镑 人民币 新台币 台币 卢布 韩元 澳元 加元 法郎 "
    "澳门元 澳门币 葡币 新加坡元 新元 马币 林吉特 泰铢 卢比 比索 瑞郎 里拉 澳币 纽元 兰特 越南盾 "
    "平方米 平方公里 公里 千米 米 厘米 吨 公斤 千克 斤 亩 公顷 千瓦 瓦 度 升 "
    "分 篮板 篮板球 三分球 罚球 助攻 盖帽 抢断 失误 犯规 进球 入球 百分点 百分比 基点 倍 岁 像素 "
    "差距 胜利 胜场 成绩 票房 "  # 两场的差距, 79场胜利, 3000万票房: margins, results and takings
    "时间 时期 日子 距离 路程 年头 "  # 一段时间, 两段距离, 13个年头: a duration, a length
    "赛季 球季 通宵 周末 晚上 夜晚 "  # 近18个赛季, 四五个通宵: durations too (session 23)
    "安打 全垒打 本垒打 三振 保送 "  # 3支零星安打, 两支全垒打: baseball's statistics (counts126)
    "回合".split()  # 经过40多个回合的激烈竞价: the rounds of a bidding or a bout, a length as 轮 is (counts101, tune59)
)
_HEAD_TAGS = frozenset({"n", "nz", "nt", "ns", "ng", "nrt", "j", "l", "t"})
_NAME_TAGS = frozenset({"ns", "nt", "nrt", "t"})  # a place, organisation or time only opens a phrase (两家中国企业)


_PLAIN_NOUN_TAGS = frozenset({"n", "nz", "ng", "j", "l"})  # a dictionary noun, not a name nor an unknown word
_MODIFIER_TAGS = frozenset({"a", "ad", "b", "an", "vn", "s"})  # ad: 304只积极偏股型基金
# A noun ending in one of these is a property of the thing before it (银行坏账率: 银行), not a thing.
_PROPERTY_SUFFIXES = ("率", "额", "幅", "值", "量", "价", "价格", "规模", "水平", "比例", "比重", "收入", "收益", "成本", "名单",
                      "增速", "面积", "幅度", "人气",
                      # states of people (28名球员状态良好, 3名伤者病情稳定: the players, the injured)
                      "状态", "状况", "情况", "表现", "情绪", "心态", "士气", "伤势", "病情")


# Words of size ending in 额 that describe the noun after them, no property (今年录得8宗大额交易, 3单巨额订单).
_SIZE_MODIFIERS = frozenset("大额 巨额 小额 高额 超额".split())
# Nouns jieba tags as adjectives, the head when glued after a noun (Hong Kong's 120宗交通意外, 两宗工业意外).
_ADJECTIVE_TAGGED_NOUNS = frozenset("意外".split())
_LOCATIVE_CHARS = "上里"  # after a one-character noun jieba glued them to (队上/x, 村里/s, 县里/n): where, no part of it
_SPOT = "点"  # a noun's last character naming a spot (上下车点, 服务点), which jieba tags as a numeral
# Properties jieba may glue to the noun they are of (基金净值): the noun before them is the thing.
_PROPERTY_WORDS = ("净值", "价格", "规模", "收入", "成本", "面积", "比例", "比重", "增速", "水平", "股价", "销量",
                   "产量", "数量", "总额", "余额")
# The rest of a classifier token opening with one of these is a predicate, not a noun (例在院: 例 | 在院; 宗属: 宗 | 属).
_FUNCTION_CHARS = "在正已均都仍还将被于为是也又再就则属乃须需"  # 2栋须拆除: a modal jieba glued to the classifier (session 28)
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
                             "步行 作客 做客 离家 组队 年产".split())  # counts241: 40个单位组队参赛, 两条生产线年产
# 逾百名中国移民入籍: 移民; 80名笑脸大使亮相: 大使
# Adverbs jieba tags d that describe the noun after them (58张全新地图).
_ADVERB_MODIFIERS = frozenset("全新 崭新 相同 特别 特殊".split())  # 三个相同分子, 八个特别符号 (jieba: d; tcounts45)
# adverbs of manner jieba tags as nouns (全力参选, 全面启动): after the head they open the predicate
_ADVERB_NOUNS = frozenset("全力 全面 全数 全线 全程 全速 全权 集体 "  # 30多位画家集体绘制 (tcounts45)
                          "基本上 全都 统统 大都 大体上 事实上 先后 相继 现场".split())  # 27名老师基本上是 (counts76)
# Classifiers of events: what they count may be a run of verbs (3起集体中毒).
_EVENT_CLASSIFIERS = frozenset({"起", "宗"})
# Last characters of buildings jieba tags as places (塔楼), unlike verbs it tags so (上市).
_BUILDING_ENDS = "楼塔馆厦园场站港亭阁宫殿寺院堂"
# Words that end a phrase instead of heading it (108枚导弹全部是…: 导弹).
_NOT_HEADS = frozenset("全部 全体 所有 其中 之中 当中 旗下 以上 以下 左右 等 等等 部分 大部分 一起 一同 各自 本身 "
                       "同比 环比 收盘 开盘 基本 导语 全球 全世界".split())  # 同比…基本: adverbials jieba tags as nouns; 导语: a headline's lede (6款衬衫导语:…)
# (全球, 全世界: the world as a count's scope, 全球共有20所…, no thing counted, as 全市 and 全国 are not: counts134)
# Words of place that modify a noun though jieba tags them as pronouns or localisers (3宗本地病例, 内部调查).
_PLACE_MODIFIERS = frozenset("本地 外地 当地 本土 境外 境内 国内 国外 海外 内部 外部".split())
# A lone one of these as the head is an adjective whose noun is left out (3宗输入性、3宗本地病例).
_ADJECTIVE_HEADS = frozenset("性型式类")
# A noun + 中 opening the clause of a classifier standing alone is the set its items are taken from
# (弱小舰队中虽然只有15艘配备了希腊火: 15 of the fleet's ships).
_AMONG = "中"


# An institution right after 家/所 is what they count, whatever noun follows it (两家公司企业年金业务: 公司;
# 3家公司高管: the companies): these classifiers count institutions, not their business or staff.
_INSTITUTION_CLASSIFIERS = frozenset("家 所".split())
_INSTITUTIONS = frozenset("公司 银行 企业 医院 工厂 机构 酒店 商店 超市 学校 大学 中学 小学 高校 院校 学院".split())


# A bare number before these is a date (9月份全国…), never a count.
_DATE_WORDS = ("月", "年", "日", "季", "号")


# 再 + a verb opens a verbal modifier of the noun (再培训名额, 再就业人员).
_AGAIN = "再"


# Per-unit averages jieba glues to the noun before (6场比赛场均: 比赛).
_AVERAGE_CHARS = "均"
# A head token opening with one of these (债券/型基金) is a suffix of the word before: the head starts after it.
_TYPE_SUFFIXES = "型式类性"
# One-character suffixes naming a school or kind, which jieba may tag as verbs (福音/派/基督徒).
_SCHOOL_SUFFIXES = frozenset("派 系 型 式 类 系列".split())  # 系列 (jieba: a classifier): 仙女人物系列海报
# One-character suffixes jieba splits from their word (投标/者): the head is the word with it.
_HEAD_SUFFIXES = frozenset("者 们 员 家 手 师".split())
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


# A quoted word between a classifier and a noun names a kind of the noun (54360个“457”外劳签证): a modifier.
_QUOTED_MODIFIER = re.compile(r"[“「『\"][^”」』\"，,。；;]{1,8}[”」』\"]")
# a quotation or a work's title standing alone for what a classifier counts (两个“小金库”, 两个《传奇》); a title before a
# noun does not describe it as a quoted kind does (10名《夺宝冒险王》游戏…: players, not games)
_LETTER = re.compile(r"[^\W\d_]")  # a quotation of digits alone (四个“1”) names digits, not a thing counted
_QUOTED_THING = re.compile(r"[“「『《\"][^”」』》\"，,。；;]{1,8}[”」』》\"]")
# what may follow a quoted thing standing alone after its classifier (两个“小金库”, 这两位『吃喝大王』被免职): a break, or a
# word of the predicate, not 的 nor a noun (两位“80后”的妈妈, 54360个“457”外劳签证: the quotation describes a noun)
_QUOTED_THING_TAGS = ("v", "d", "p", "c", "r")


# After a verb 的 is followed by, these make it a list of events (…的盗窃、抢劫和交通事件), not a verb.
_LIST_LINK_CHARS = "、和及与"


_TIME_ADVERBS = frozenset("目前 现在 如今 当前 今年 去年 明年 今天 昨天 昨日 今日 近日 日前 此前 至今 迄今 正在".split())


# Classifiers that are also parts of words (三本院校, 四面八方, 三面环海, 上下两册): they count only a noun that takes
# them, named after or right before them, whose head ends in one of these (session 28, counts35): 3.2万本图书,
# 5面金牌, 藏书约420万册; a tier of universities, the four directions or a volume standing alone count nothing.
_BOOK = "本"
_MAX_PHRASE_TOKENS = 6
_MAX_PHRASE_CHARS = 14
# A web page's note of a link, which THUCNews keeps after a word (留美(微博)学生): no part of the phrase.
_LINK_NOTE = re.compile(r"[(（](?:微博|博客|blog)[)）]")
# Right after a classifier of people, these say "former" or "current" (100多名前政要).
_FORMER = frozenset("前 原 现".split())


# Verbs of change between a noun and its new number (银行系基金已经增至8家, 网吧数量已从300家降至120家).
_CHANGES = ("增至", "降至", "减至", "升至", "增加到", "减少到", "下降到", "上升到", "增加至", "减少至",
            "扩至", "缩至", "涨至", "跌至", "扩大到", "扩大至", "缩减到", "缩减至", "增长到", "增长至",
            "拓展至", "拓展到", "扩展至", "扩展到")  # 人物和怪兽类型拓展至千万种: 类型
# A classifier glued by jieba to one of these opens a verb of change (300家降至…), not a noun.
_CHANGE_CHARS = "增降减升涨跌"


# How a kind of facility or school ends that jieba's dictionary tags as a name (加工厂/nt, 加油站/nt, 卫生院/nt,
# 国立大学/nt), and the tags of a name opening one body's name (北京/ns 站, 中国/ns 队, 中科/j 院).
_KIND_ENDS = ("厂", "站", "所", "院", "店", "场", "室", "处", "馆", "校", "大学", "学院", "中学", "小学", "高校")
_NAME_OPENING_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz", "j"})
# 出路/v, 立面/d, 选修课/v (tcounts45), 支行/v as 分行 (owners59), 对手/v, 组别/v (counts250): nouns whatever jieba tags them
_VERB_TAGGED_NOUNS = frozenset("考生 选手 分行 支行 诊所 位置 通道 看法 想法 回合 转发 转载 留言 回帖 选修课 必修课 出路 立面 对手 组别".split())
# A word ending so after the head of a phrase is a verb of relation (就读于, 位于, 属于): the predicate.
_RELATION_VERB_END = "于"
# ...and one ending so right after the classifier is a verb of becoming (改为, 成为, 转为, 列为): the predicate
_BECOMING_VERB_END = "为"
_ORIGIN_VERBS = frozenset("来自 出自 源自".split())  # ...as is one of origin (其中200名来自外地)


# A list's link ahead in the clause (长城双动力、上投摩根…和…): the names of the things counted follow the noun.
# A name right after a noun that follows the head is the object of a verb jieba tags a noun (作客新浪; counts76).
_OBJECT_NAME_TAGS = frozenset({"ns", "nt", "nz", "nr", "nrt"})
# With an instrument before the count (用两个字形容。, 以三个词概括。) the noun ending the clause is the verb.
# (以及 is a list's link, no instrument: 以及68艘特种潜艇。 counts the submarines, counts151)
_INSTRUMENT_BEFORE = re.compile(r"(?:用|以(?!及)|拿)[^，,。；;！？!?：:、\s]{0,8}$")
_INSTRUMENT_REACH = 14
_GLUED_MODALS = frozenset("会 能 可 要 应".split())  # 5名会获得: a modal glued to the classifier, a verb after it
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
_FILED_VERBS = frozenset("申请 投诉 举报 检举 检测 申诉 求助 报案".split())
_FILED_CLASSIFIERS = "份宗件项起封"
# Nouns that close a compound of noun, verb and noun (3个社区隔离设施: 设施; 交流访问项目: 项目), where the verb
# only says what the thing is for; before them the verb is no predicate (but 3个村庄遭受洪灾 is: 洪灾 is none of them).
# Not after a classifier of people or bodies, nor a body that could act (3个部门推动项目).
_COMPOUND_HEADS = frozenset("设施 项目 中心 系统 平台 场所 基地 设备 装置 课程".split())
_AGENT_CLASSIFIERS = "名位家所间"
# Classifiers of cases and the nouns of a case that close the phrase they count, past what the cases are of
# (5例登革热境外移入病例: 病例, not 登革热; 3宗涉嫌贪污个案: 个案) (session 28, counts34).
_CASE_CLASSIFIERS = "例宗起单"
# One-character suffixes making a noun of people or of works, which jieba leaves alone after the noun they end
# (医科|生/vn, 港产|片/q): the noun goes on to them (session 28, counts34).
_NOUN_SUFFIXES = frozenset("生 片 剧 商 族".split())
# How a negated verb opens (不符, 未能, 没有): right after a classifier it is the predicate, no thing.
_NEGATION_OPENINGS = "不未没"
_UNABLE = "不可"  # 180多处不可移动文物: 不可 + a verb makes an adjective ("immovable"), no predicate
# A model's code of Latin letters, digits and hyphens, with a digit in it, before a noun (F-16V战机, A380客机).
# Makers whose model numbers follow their name (波音777, 空客A380): the model is what a count of aircraft counts.
_AIRCRAFT_MAKERS = frozenset("波音 空客 空中客车 麦道 庞巴迪 图 伊尔 米格 苏 运".split())
_MODEL_CODE = re.compile(r"[A-Za-z]+-?\d+[A-Za-z0-9-]*(?=[\u4e00-\u9fff])")
_CASE_NOUNS = ("病例", "个案", "案例", "案件")
# Tags of the words that may stand between a case classifier and its case noun: nouns, names of a disease,
# places and verbs that say what kind of case (境外移入, 涉嫌).
_CASE_PHRASE_TAGS = frozenset({"n", "nz", "ns", "s", "v", "vn", "a", "b", "j", "l", "x", "f"})
# Taiwan's 里 (a neighbourhood), which jieba glues to 个 (456个里、): counted only before a break or a list's link.
_NEIGHBOURHOOD = "个里"
_NEIGHBOURHOOD_AFTER = "，,、。；;和及与"


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


def _phrase_at(
    doc: Doc, pos: int, cls_start: int, b: _Boundaries, glossary: Mapping[str, str], *, events: bool = False
) -> tuple[int, int] | None:
    """(start, end) of the noun phrase a number quantifies, read from ``pos``, ending on its last noun.

    With ``events`` (a classifier of events, 起, 宗) a run of verbs ending the phrase is the thing
    (3起疑似集体中毒,: 中毒), but not one going on (2起发生在…)."""
    text = doc_text(doc)
    if pos >= len(b.token_at) or text[pos : pos + 1] in _CLAUSE_BREAK:
        return None
    words = token_table(doc).words
    first = words[b.token_at[pos]]
    if first.idx == pos and len(first.text) == 2 and first.text[0] == _PERSON and first.tag == "x":
        return pos, pos + 1  # 一万个人有, 两个人后: jieba glued 人 to the letter after it into no word
    if first.idx != pos:
        glued = _glued_opening(text, words, first, pos, cls_start)
        if glued != _READ_ON:
            return glued
    if (first.idx == pos and first.text[0] in _NEGATION_OPENINGS and first.tag[:1] in ("v", "d") and len(first.text) > 1
            and not first.text.startswith(_UNABLE)):
        return None  # 约3,000份不符资格: a negated verb after the classifier is the predicate; the classifier stands alone
    model = _MODEL_CODE.match(text, pos)
    if model is not None and model.end() in b.starts:
        rest = _phrase_at(doc, model.end(), -1, b, glossary)
        if rest is not None and rest[0] == model.end():
            return pos, rest[1]  # 66架F-16V战机: a model's code names a kind of the noun after it (session 28)
    case_end = _case_noun_ahead(doc, pos, cls_start, b)
    if case_end > 0:
        return pos, case_end  # 5例登革热境外移入病例: the cases, past what they are of (session 28)
    if (first.idx == pos and first.tag == "n" and len(first.text) > 1 and first.text.endswith(_PROPERTY_SUFFIXES)
            and first.text not in glossary and first.text not in _SIZE_MODIFIERS
            # after a classifier of kinds or items (种, 类, 项) it is the thing counted (两种情况, 两项增幅; counts145)
            and not (cls_start >= 0 and text[cls_start:pos] in ("种", "类", "项"))):
        glued = next((w for w in _PROPERTY_WORDS if first.text.endswith(w) and len(first.text) - len(w) >= 2), "")
        if glued and HAN_ONLY.match(first.text):
            return pos, first.end - len(glued)  # 120只基金净值下跌: jieba glued the thing to its property
        return None  # 99只净值上扬: a property of the thing, which the classifier stands alone for
    if first.idx == pos and _verb_opens_predicate(text, words, first, pos):
        return None
    # a name in Chinese with its original in Latin letters bracketed, before a noun, names a model of the noun
    # (60架伊朗制见证者（Shahed）无人机, 1枚伊斯坎德（Iskander）飞弹: the drones, the missile; counts151)
    named = re.compile(r"[\u4e00-\u9fff]{1,8}[（(][A-Za-z][A-Za-z .\-]{0,24}[)）]").match(text, pos)
    if named is not None and named.end() in b.starts and _is_head(words[b.token_at[named.end()]]):
        rest = _phrase_at(doc, named.end(), -1, b, glossary)
        if rest is not None and rest[0] == named.end():
            return pos, rest[1]
    quoted = _QUOTED_MODIFIER.match(text, pos)
    if quoted is not None and quoted.end() in b.starts:
        rest = _phrase_at(doc, quoted.end(), -1, b, glossary)
        if rest is not None and rest[0] == quoted.end():
            return pos, rest[1]  # 54360个“457”外劳签证: the quoted word names a kind of 签证
    if (first.idx == pos and len(first.text) == 2 and first.text[1] in _LOCATIVE_CHARS and HAN_ONLY.match(first.text)
            and (first.tag in ("x", "s") or (first.tag == "n" and first.text[0] in glossary))):
        return pos, pos + 1  # 两个队上的队员, 三个县里: jieba glued a one-character noun to the locative after it
    quoted = _QUOTED_THING.match(text, pos) if cls_start >= 0 else None
    if quoted is not None and _LETTER.search(quoted.group()) and _quoted_alone(doc, quoted.end(), b):
        return pos, quoted.end()  # 两个“小金库”。, 两个《传奇》，: the quotation is the thing
    from zhkg.extract.count_head_scan import _scan_head  # (it reads this module's tables)

    head_end, verbal_end, verbs_end = _scan_head(doc, pos, cls_start, b, glossary, first)
    return _phrase_end(doc, pos, b, glossary, first, head_end, verbal_end, verbs_end, events=events)


# What :func:`_glued_opening` answers when it decides nothing: the phrase is read on from ``pos``.
_READ_ON = (-1, -1)


def _glued_opening(text: str, words, first: Word, pos: int, cls_start: int) -> tuple[int, int] | None:
    """The phrase at ``pos`` when its first token ``first`` opens before it (jieba glued the number or the classifier
    to what follows): the noun glued after a numeral (两首歌), Taiwan's 里 (456个里), 本书 (3万本书); ``None`` where a
    modal, a function word or a verb of change is glued to the classifier, or the token is no classifier and noun;
    else :data:`_READ_ON` (个村, 名反: the rest of that token opens the phrase)."""
    rest = text[pos : first.end]
    if (0 <= first.idx < cls_start and first.tag in ("m", "n") and len(rest) <= 2 and HAN_ONLY.match(rest)
            and rest[0] not in _FUNCTION_CHARS and rest not in _NOT_COUNTED and rest not in _NOT_HEADS):
        return pos, first.end  # 两首歌, 两条腿: one numeral token: the noun glued after the classifier is the thing
    if (first.text == _NEIGHBOURHOOD and first.idx == cls_start and first.end == pos + 1
            and text[first.end : first.end + 1] in tuple(_NEIGHBOURHOOD_AFTER)
            and text[cls_start - 1 : cls_start].isdigit()):
        return pos, first.end  # 12个行政区、456个里: Taiwan's 里, glued to 个 (session 27, counts33)
    if first.idx == cls_start and first.tag == "r" and first.text[0] == _BOOK and first.end == pos + 1:
        return pos, first.end  # 3万本书: jieba's 本书 ("this book") after a number is 本 and its book (counts35)
    if (first.idx == cls_start and rest in _GLUED_MODALS and first.i + 1 < len(words)
            and words[first.i + 1].idx == first.end and words[first.i + 1].tag[:1] == "v"):
        return None  # 5名会获得: a modal jieba glued to the classifier opens the predicate (counts76)
    # jieba glued classifier and noun (个村, 名反): the rest of that token opens the phrase.
    if first.idx != cls_start or first.tag in ("m", "q", "mq") or text[pos] in _FUNCTION_CHARS + _CHANGE_CHARS:
        return None
    return _READ_ON


def _verb_opens_predicate(text: str, words, first: Word, pos: int) -> bool:
    """Whether the verb opening the phrase at ``pos`` (``first``, right after the classifier) is the predicate, the
    classifier standing alone: a verb of change, of relation, of becoming or origin, or a verb before a name."""
    if text.startswith(_CHANGES, pos):
        return True  # 门店数从目前的29家扩至40家: a verb of change after the classifier; the noun is before the number
    if first.tag == "v" and len(first.text) >= 2 and first.text.endswith(_RELATION_VERB_END):
        return True  # 另外2只属于不同类型的怪: a verb of relation right after the classifier is the predicate
    if first.tag == "v" and len(first.text) >= 2 and (
            first.text.endswith(_BECOMING_VERB_END) or first.text in _ORIGIN_VERBS):
        return True  # 其中2间改为财富管理中心, 其中200名来自外地: a verb of becoming or origin is the predicate (counts35)
    if first.tag == "v" and first.i + 1 < len(words):
        nxt = words[first.i + 1]
        if nxt.idx == first.end and nxt.tag in ("ns", "nt", "nr", "nrt"):
            return True  # 275位获得美国移民局…: a verb and a name after the classifier are the predicate
    return False


def _phrase_end(doc: Doc, pos: int, b: _Boundaries, glossary: Mapping[str, str], first: Word, head_end: int,
                verbal_end: int, verbs_end: int, *, events: bool = False) -> tuple[int, int] | None:
    """The phrase at ``pos`` from the ends :func:`_scan_head` found: the head's, else a run of verbs of events
    (3起疑似集体中毒,) or a noun jieba tags as a verb before an adverb (4个对手分别是), else a verbal noun; cut before
    场均 (6场比赛场均: per game) or an adverb glued to the head (转播商均取得). ``None`` when no word is the thing."""
    text = doc_text(doc)
    words = token_table(doc).words
    if events and head_end < 0 and verbal_end < 0 and verbs_end > pos:
        after_verbs = b.token_at[verbs_end] if verbs_end < len(b.token_at) else len(words)
        if _ends_phrase(words, after_verbs):
            head_end = verbs_end
    if head_end < 0 and verbal_end < 0 and verbs_end == first.end and first.idx == pos and len(first.text) == 2:
        after_verb = first.i + 1
        if after_verb < len(words) and (words[after_verb].tag in ("d", "c", "uj") or words[after_verb].text in "、和及与"):
            # 4个对手分别是, 3个对手和…: a noun jieba tags as a verb, before an adverb or a conjunction (before a
            # comma it is a predicate: 24只上涨,6只持平)
            head_end = verbs_end
    head_end = head_end if head_end > 0 else verbal_end  # 二十一个定理, 2632场连续出赛: a verbal noun
    last = words[b.token_at[head_end - 1]] if 0 < head_end <= len(b.token_at) else None
    if (head_end - 1 > pos and text[head_end : head_end + 1] == _AVERAGE_CHARS and text[head_end - 1] in "场人户"
            and not (last is not None and last.idx == head_end - 2 and last.end == head_end
                     and text[last.idx] != _AMONG)):  # 两个客户均: a two-letter word is whole (中场 is 中 + 场)
        head_end -= 1  # 6场比赛场均: jieba glued 比赛场, and 场均 is "per game"
        if head_end - 1 > pos and text[head_end - 1] == _AMONG:
            head_end -= 1  # 10场比赛中场均: among the games (jieba's 中场 is no midfield here)
    elif (last is not None and last.end == head_end and len(last.text) == 2 and last.text[-1] in "均都"
          and last.text not in glossary and head_end - 1 > pos and last.i + 1 < len(words)
          and words[last.i + 1].tag.startswith("v")):
        head_end -= 1  # 三大电视网络转播商均取得: jieba glued the head to the adverb of the predicate
    return (pos, head_end) if head_end > pos else None


def _case_noun_ahead(doc: Doc, pos: int, cls_start: int, b: _Boundaries) -> int:
    """End of a case noun closing the phrase at ``pos`` after a classifier of cases, past the words that say what the
    cases are of (5例登革热境外移入病例: 病例), else -1. Not past a noun of people, who may be the predicate's subject
    (3例患者出现…)."""
    text = doc_text(doc)
    if cls_start < 0 or text[cls_start : cls_start + 1] not in _CASE_CLASSIFIERS or pos not in b.starts:
        return -1
    words = token_table(doc).words
    first = b.token_at[pos]
    for word in words[first : first + _MAX_PHRASE_TOKENS]:
        if word.end - pos > _MAX_PHRASE_CHARS or not HAN_ONLY.match(word.text) or word.text in _TIME_ADVERBS:
            return -1
        if word.text.endswith(_CASE_NOUNS):
            after = words[word.i + 1] if word.i + 1 < len(words) else None
            ends = after is None or _ends_phrase(words, word.i + 1) or after.tag[:1] in ("v", "d", "p")
            return word.end if word.i > first and ends else -1
        if word.tag not in _CASE_PHRASE_TAGS or (word.tag[:1] == "n" and text.endswith(_PEOPLE_ENDINGS, 0, word.end)):
            return -1
    return -1


def _quoted_alone(doc: Doc, end: int, b: _Boundaries) -> bool:
    """Whether a quotation closing at ``end`` right after a classifier ends the noun phrase: a break or the
    predicate follows it (两个“小金库”。, 这两位『吃喝大王』被免职; a space: 10条“断头路” 有…, counts250), not 的 nor a noun."""
    return _break_or_word(doc, end, b, "，,。；;！？!?、）) ",
                          lambda word: word.tag.startswith(_QUOTED_THING_TAGS) and word.text[:1] not in "的之")


def _is_property(phrase: str, glossary: Mapping[str, str]) -> bool:
    """Whether a noun (phrase) is a property of a thing (成交量, 不良率, 规模), not a thing."""
    # 再培训名额 ends in a dictionary noun (名额), not in a property
    return (len(phrase) > 1 and phrase.endswith(_PROPERTY_SUFFIXES) and phrase not in glossary
            and not any(len(w) > 1 and phrase.endswith(w) for w in glossary))


def _ends_phrase(words, i: int) -> bool:
    """Whether the word at ``i`` ends a noun phrase: punctuation, a conjunction, 的, or the end of text."""
    if i >= len(words):
        return True
    word = words[i]
    return word.is_punct or word.tag in ("c", "uj") or word.text[:1] in _CLAUSE_BREAK


def _head(text: str, start: int, end: int, b: _Boundaries, glossary: Mapping[str, str]) -> int:
    """Start of the head of the phrase ``[start, end)``: its longest glossary ending (人员 in 武装人员),
    else its last token."""
    phrase = text[start:end]
    if text[end - 1 : end] == _TEAM and end - 1 in b.starts and end - 1 > start:
        return max(i for i in range(start, end - 1) if i in b.starts)  # 抗灾理赔|组: 理赔组 (counts84)
    # a one-character glossary word only as a token of its own: 工人 is not 人; the longest ending wins, so the
    # glossary's lengths are tried longest first (a look-up each, not a pass over the glossary)
    best = next((end - n for n in _glossary_lengths(glossary) if n <= len(phrase)
                 and phrase[len(phrase) - n:] in glossary and (n > 1 or end - 1 in b.starts)), -1)
    if best >= 0 and best == end - 1 and best > start and best in b.starts:
        from zhkg.extract.count_compounds import _BOUND_ENDS  # (it reads this module's tables)

        if text[best] in _BOUND_ENDS:
            # 集聚|区, 公办|园: jieba left a facility's or a place's last letter alone; it ends a noun with the word
            # before (counts218)
            return max(i for i in range(start, best) if i in b.starts)
    if best >= 0 and best == end - 1 and text[best] == _PERSON and best > start:
        # 被捕|人, 失踪|人: jieba left 人 alone after a word (a verb mostly); the two are one noun of people (counts151)
        return max(i for i in range(start, best) if i in b.starts)
    # a deputy's title keeps the 副 jieba leaves alone before it (1位副秘书长 counts deputy secretaries-general; counts151)
    if best >= 0:
        return best - 1 if best - 1 >= start and text[best - 1] == "副" and best - 1 in b.starts else best
    token_start = start
    for i in range(end - 1, start - 1, -1):
        if i in b.starts:
            token_start = i
            break
    if (token_start == start + 1 and start not in b.starts and HAN_ONLY.match(text[start:end])
            and end - token_start >= 2 and text[start - 1 : start] in _EVENT_CLASSIFIERS):
        # 1234宗爆窃案: jieba glued 爆 to a classifier of cases (宗爆); it names the kind of case (session 27,
        # counts33). Not after other classifiers: 452名区议员 counts 议员
        return start
    if token_start > start and _LATIN.match(text[token_start:end]):
        maker = max((i for i in range(start, token_start) if i in b.starts), default=start)
        if text[maker:token_start] in _AIRCRAFT_MAKERS:
            return maker  # 波音 + 777: the model (tcounts45)
    if text[token_start:end] in _HEAD_SUFFIXES and token_start > start:  # 投标 + 者: 投标者
        return max((i for i in range(start, token_start) if i in b.starts), default=start)
    if text[token_start] in _TYPE_SUFFIXES and end - token_start > 2 and token_start > start:
        return token_start + 1  # 债券/型基金: 基金
    if (end - token_start == 1 and token_start > start and HAN_ONLY.match(text[start:end])
            and text[token_start] not in "".join(_ADJECTIVE_HEADS) + _TYPE_SUFFIXES + _AMONG):
        # 修补/石, 套房/源, 半球/体: a one-character last word ends a compound with the word before it
        return max((i for i in range(start, token_start) if i in b.starts), default=start)
    before = token_start - 1  # 副 + the title (副市长), as above
    return before if before >= start and text[before] == "副" and before in b.starts else token_start


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
