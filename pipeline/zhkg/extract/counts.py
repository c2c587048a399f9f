"""COUNT mentions: a number, a classifier and the thing counted (274个村).

The grammar runs on the normalised (Simplified, half-width) text of a spaCy
``Doc``; jieba's tokens are used only as boundaries and part-of-speech hints,
because jieba glues numbers to classifiers and classifiers to nouns (``万名``,
``个村``, ``名反``) in ways that vary.

A count is ``[prefix] [low (至|到|-)] number [多|余] [万|亿] [多|余] classifier [noun phrase]``:

* numbers are Arabic (``1,028``, ``1.5``; full-width digits are folded by the
  normalise stage) or Chinese (五十, 两, 十多); ``万``/``亿`` multiply. Chinese
  numerals are parsed by :func:`zhkg.extract.numerals.read_number` (cn2an's smart mode);
* the classifier comes from ``zhkg/resources/data/classifiers.tsv``. A *measure*
  (个, 名, 例, 家, 枚, 场, 座, 艘, 架, 所...) counts the noun phrase after it
  (``274个村``), or a noun before it (``确诊病例3例``, ``项目共822个``), or, when it
  stands alone, the thing of the nearest count with the same classifier
  (``确诊病例33例,其中上海报告9例``: 9 of 确诊病例); a *unit* (人, 人次, 户, 席)
  counts itself (``15万余人次``) unless a glossary noun follows (``五十人座位``);
* a multiplier without a classifier counts the noun right after it
  (``320万游客``, ``1.5万人次``);
* the thing counted (``Quantity.counted``) is the **head** of the noun phrase: the
  longest glossary entry (``zhkg/resources/data/glossary.tsv``) that ends the
  phrase, else its last noun (``6个机票比价网站``: 网站; ``37名反政府武装人员``: 人员;
  ``两家中国企业``: 企业). The whole phrase is ``Quantity.counted_full``
  (机票比价网站). A phrase is up to six tokens of nouns and modifiers (adjectives,
  区别词, verbal nouns; verbs only before its first noun), plus a short
  parenthesised qualifier (``镇乡(街道)``). It stops before a property noun
  (``5家银行不良率都…``: 银行), may end on a noun jieba tags as a place when a
  conjunction follows (``两幢办公塔楼和…``), and after a classifier of events (起, 宗)
  may be a run of verbs that ends it (``3起疑似群聚感染,``: 感染);
* in a list of counts with one classifier (``24只上涨,6只持平,2只下跌``), a one-word
  thing ending its clause between classifiers standing before verbs is a predicate:
  all of them count the thing named earlier (基金); 种 standing alone with nothing to
  borrow counts kinds (``该属共有5种``);
* Arabic digits between Chinese units are one number (``4亿2千万``, ``1万5千``).
* after a 的-clause the thing is the phrase after 的 when the words before it open with a name
  or a non-noun or hold a verb (``3个国务院的报告``, ``两名被困在井下的矿工``: 报告, 矿工); a plain
  noun before 的 stays the thing (``5家银行的不良率``);
* a dictionary noun right after the classifier is the thing even when a clause runs on to a 的
  (``三位留学生讨教…的经验``: 留学生); a property noun after a chain of nouns leaves the first one
  (``70个大中城市房屋销售价格``: 城市); a property noun right after the classifier leaves the classifier
  standing alone (``225只基金中,99只净值上扬``: 基金); a market verb links a noun to its number
  (``商品住房认购90套``); 左右 before 的 keeps the noun after it (``十个左右的品牌``, approximate);
* 大 counts up to ten (``五大变化``; ``十八大`` is a congress); 方面 is a classifier (``两方面``);
  人口 and a number is a count of 人口 (``2011年人口499``); ``只有一个…`` is a count; 一 after a
  comma is a list item when the item before has its classifier (``两种…,一种…``); ``N死N伤``
  gives the dead and the injured; a number jieba glues to 这/那 (``这三名``) still counts.
* a unit that is a noun of its own (车, 公司, 校, 股) counts itself, never the noun after it
  (``两公司企业年金``: 2 公司; ``两车``); 派/系/型 between two nouns makes a kind (``福音派基督徒``:
  基督徒); a word jieba tags as a name that ends in a dictionary noun is that noun, not a name opening a
  的-clause (``五家国有银行有…的业务``: 银行); 由 links a noun to its number (``主题园区由4个增至7个``);
  a verb and its verbal-noun object after a classifier in a list are a predicate (``其中两只出现亏损``:
  the classifier stands alone); an open noun right before the number beats borrowing from another
  sentence (``生产基地7个``), unless it names where (``南部地区2起``).
* a bare whole number before a noun of people, bodies or countries counts it without a classifier
  (``6地产商``, ``8000再培训名额``; not a year, a room, a hotline or a name glued to Latin letters:
  ``2008奥运会``, ``409会议室``, ``12345热线``); 再 + a verb opens a phrase (``8000个再培训名额``); a run of
  verbs after 起/宗 that opens a list ending in a noun counts that noun (``6起盗窃、抢劫和交通事件``: 事件);
  a thing jieba glued to its property is the thing (``120只基金净值下跌``: 基金); a classifier standing alone
  with nothing to borrow takes the set a noun + 中 names in its clause (``舰队中只有15艘``: 舰队);
* a verb jieba tags as a noun ends the phrase after its head (``5只基金战胜指数``, ``近百名学生座谈``); a verb
  and a name right after the classifier are the predicate (``275位获得美国移民局…``), and the noun before the
  number, past a time word and 已有, is the thing (``投资人目前已有275位``); so is one before a verb of change
  (``基金已经增至8家``, ``网吧数量已从300家降至120家``); a noun before its number may carry
  a parenthesised qualifier (``签证(J1)35.36万个``); a headline's ``(组图)`` is no qualifier; 全新 describes
  the noun (``58张全新地图``); 国 counts itself (``两国``, ``两国元首``: 2 国), but not in ``八国集团``, ``三国演义``
  (三国 only after country initials: ``中日韩3国``); a one-character last word ends a compound with the word
  before it (``5个修补石``, ``百余套房源``); an idiom after the head is the predicate (``两个半球体合二为一``);
* jieba's tags and glue: ad and 前/原/现 describe the noun (``304只积极偏股型基金``, ``100多名前政要``), an adverb
  after the head opens the predicate; a "name" right after the classifier is a noun (``70余位明星``); a link's
  note ``(微博)`` before the head is skipped; 人 glued to 才/来 (``两人才``), a whole token ``两条腿`` and 当两人
  still count; 过 before 百/千/万 is "over" (``过百人``, approximate);
* after 的, a verbal noun alone is what is done with the noun before it (``两场比赛的综述``: 比赛), a property is
  no stray word to skip (``3.13万套的成交量``: 套); a verbal noun and a noun right after the classifier are one
  noun (``600家销售网点的…单位``: 网点); a 的-clause with its own subject after 和 is the second item's
  (``20个教育机构和他们组织的院校``: 机构); a list's comma after N大 leaves a name (``巴黎九大、``); a note in
  brackets opening with 不含/含/即 is no qualifier (``168只偏股基金(不含指数基金)``); an unknown word after a
  head of two or more characters and before a name opens the predicate (``9万名教育界工作者齐聚温哥华``); a noun
  of Latin capitals before a connector is the thing (``QFII达到68家``); after 家/所 a verb with a link's note
  describes the body after it (``十余家国内顶尖留学(微博)机构``), and notes do not count against a phrase's length;
  a name after a modifier and right before a noun modifies it (``两个主要阿富汗语言``: 语言);
* round 10 (Hong Kong, Taiwan and international news): a dictionary noun ending like a property is the head
  (``125850个技术移民名额``); a property glued to the noun after a modifier leaves the noun (``4只QDII基金净值``); a
  quoted word after the classifier names a kind of the noun after it (``54360个“457”外劳签证``); a head glued to the
  predicate's adverb ends before it (``转播商均取得``); names joined by 和/、 describe the noun after them, which stays
  the thing before a 的 (``480多家美国和加拿大高等学府的…理事会``); jieba's suffix + noun is one noun (``两位型男``);
  双 counts pairs named after it (``2双鞋``; ``大三双`` is a statistic); a quantity noun and a verb of change link a
  noun to its number (``粉丝人数飙增1000多名``); a classifier standing alone takes the set a counted noun + 中
  closes the clause before with (``首10间…学校中，九间``); Hong Kong's and Taiwan's classifiers 幅
  (``5幅住宅用地``), 伙 (``26伙``) and 档 (``3档基金``) count, 幅 and 档 only before what they count (``分为三档``
  is levels), and so do 班 and 把 (``3班航班``, ``两把刀``; ``3班`` is a class, ``三班倒`` a shift,
  ``一把手`` a leader, ``有两把刷子`` an idiom: session 23); a lone numeral before a noun counts it only in a
  headline's opening words, or a section's after its mark (``三基金``, ``■ 新闻分析上合峰会三任务``; ``热火三巨头``
  is a name). Not counts: streaks (``连拉四根阳线``, ``连升3位``), a share of a rate (``每年260名毕业生中，大约有25人``), 这样一个 ("such a");
* a count inside a title (``《三国印魂》``, ``《十万个为什么》``; not a headline with a clause break inside)
  or filling a short quotation (``“金砖四国”``) is a name;

Decisions and caveats:

* ``approximate`` is set by 多/余 (十多, 15万余), a prefix (近, 约, 逾, 超过, 不到,
  少于…), a vague numeral (数十, 十几, 上万, 10几万: the value is the round part, a
  lower bound), a range (二三十家 -> 20, 三百六七十人 -> 360, 5至10人 -> 5: the lower
  end) or a suffix (左右, 以上, 上下).
* 一 + classifier is usually an indefinite article (一名合格民警, 一场战斗): it is kept
  when it follows a count and a conjunction (两幢塔楼和一座建筑), else only when the
  thing counted is in the glossary, and not in 是一名… (predicate) nor
  一名党员一面旗 (distributive). 一 with a unit (一户, 一个人) is a count only when
  negated (没有一个人 -> 0).
* 没有一例确诊病例 is a count of **zero**: the span includes the negation.
* Not counts: sums of money (元 is not a classifier; 万元, 美元 are never a thing
  counted), percentages and 百分点, ages (岁), durations (天, 小时, 个月, 年 are
  not counted things), dates and clock times, scores and game statistics (分, 篮板,
  助攻...), measures (平方米, 吨, 公里), ordinals, ranks and distributives (第一位,
  前100名, 每一项, 初四), averages and rates (平均…5至10人, 场均8个篮板),
  relative times (四天前), digit-by-digit numerals (二〇二〇), levels (五级联控), fractions after a
  classifier (1.7个百分点), pixels (1220万像素), rates per unit (7张/秒), numbers of digits (六位数), ranks (头两场),
  and numbers glued to a noun without a unit or multiplier (409会议室), trading days (八个交易日), the value of a
  measure named before it (有效像素1000万的CCD), a model's number after a Latin letter and a hyphen (EB-5项目),
  rates per household or day (户均…7.1万份, 日均300套), margins, wins, results and takings (两场的差距, 79场胜利,
  3000万票房), a multiplier before a measure (千万像素), a difference against an earlier figure (相比/相对…减少了1.5万套).
* Round 13: N大 + a market's news (两大利好, jieba's adjective: 利好 is in the glossary); jieba's 公司公告 after
  家/所 counts the companies; 股票|型基金 counts the funds, which own a property after them (平均净值).
* Round 13b: 一家企业, 一个机构 (一 + classifier + a generic noun of bodies) are articles; 人 after a connector counts
  the people named before it (有效参赛选手为1869人: 选手); a classifier alone after 其中 opening a sentence counts the
  noun the sentence before ends with (…获批沪深300指数基金。其中三只: 基金).
* Session 26 (counts28): X人数 before a multiplier with nothing counted after it is a count of those people
  (``参观人数达3万``: 人数, the span from X), and before N人 counts X when X names people (``员工人数超过80万人``: 员工); a
  time adverb between a noun and its number is neither's (``学生目前3000名``: 学生); nouns jieba tags as verbs or names
  are glossary nouns (投诉, 外籍生, 考生, 员工, 养老院, 敬老院, 福利院, 酒店, 门店: ``旗下养老院共有12家``, ``新建养老院20座``).
* Session 28 (counts34): a case classifier counts the case noun closing its phrase (``5例登革热境外移入病例``: 病例);
  jieba's glued 达约/占约/有近 stay approximate; people before a link and a bare multiplier are counted
  (``内地旅客占约800万``); a time word before a number is no thing; ``2栋须拆除``, ``50部电动巴士``, ``32所国中小``,
  ``收到3000份申请。``, ``约3,000份不符资格`` (a negated verb is the predicate), ``66架F-16V战机``, ``60名医科生``.
* Session 31 (tcounts45, Traditional text as written): 尊, 道 and 句 count the nouns that take them (``7尊泥塑佛像``,
  ``19道沟壑``, ``八句短语``); a noun's abstract 的-noun leaves it the thing (``64个独立扬声器的内容``); ``15架波音777``
  counts the model; 三项全能 names a sport; appearances and a season's wins (``出赛73场``), titles (``4个锦标``),
  capacities (``可容纳6,000人``), ``六千四百万年前``, ``千万别`` and ``首2名`` count nothing.
* ``Quantity.classifier`` is the Simplified classifier (a closed set, for grouping);
  ``counted`` and ``counted_full`` are in the source script, read from the
  original text.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.extract.base import ORIGINAL_KEY, doc_text, make_mention, token_boundaries, token_table
from zhkg.extract.numerals import read_number
from zhkg.records import Label, Mention, MentionSource, Quantity
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.text import CLAUSE_BREAKS as _CLAUSE_BREAK
from zhkg.text import first_ending

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["EXTRACTOR", "classifiers", "parse_number", "extract_counts"]

EXTRACTOR = MentionSource.COUNT_GRAMMAR

_DIGITS = "零〇一二两三四五六七八九"
# Twenty and thirty in one letter, as Hong Kong writes them (廿多人, 卅间学校): read as 二十, 三十 opening a number.
_SCORES = {"廿": "二十", "卅": "三十"}
_SCORE_LETTERS = "".join(_SCORES)
_UNITS = "十百千万亿"
_APPROX_PREFIXES = ("大约", "将近", "超过", "突破", "多达", "高达", "接近", "不到", "不足", "少于", "多于", "至少", "过",
                    "大概", "约有", "近", "约", "逾", "超")
_APPROX_SUFFIXES = ("左右", "以上", "上下")
_OVER = "过"  # "over" only before a round magnitude (过百人, 过万); else a verb's aspect (经历过一场)
_NEGATIONS = ("没有", "未有", "无")
_RANGE = "至到~～—-"
# Connectors allowed between a noun and its number in the noun-first form (项目共822个, 病例已达68例,
# 主题园区由4个增至7个).
_CONNECTORS = ("共计", "共有", "合计", "总计", "累计", "已达", "达到", "共", "达", "计", "有", "为", "是", "由", "从")
# Words of a total that may stand before another connector (总计达到, 累计为).
_TOTALS = ("总计", "共计", "合计", "累计")
# Verbs of a market between a noun and its number work as connectors too: 商品住房认购90套, 成交86套.
_TRANSACTIONS = ("认购", "成交", "售出", "销售", "签约", "网签", "供应", "推出", "上市", "入市")
# A number right after these is an ordinal, a date or a rate, not a count; the second set only
# before a Chinese numeral (初四, 周三, but 年初100多户, 上周28只).
_BLOCKING_BEFORE = ("第", "每")
_BLOCKING_BEFORE_CHINESE = ("初", "周", "星期", "礼拜")
# 首 right before a number is "the first N" (以首2名资格, 首10间学校), a rank, whatever jieba glued it to (以首); not the
# end of a word (元首, 为首, 榜首, 祸首, 部首, 回首, 昂首, 自首)
_FIRST = "首"
_NOT_FIRST = ("元首", "为首", "榜首", "祸首", "部首", "回首", "昂首", "自首", "匕首", "白首", "聚首", "俯首")
# A quantity noun before a number stands for the noun before it: 汽车产量达到74万辆 counts 汽车.
_QUANTITY_NOUNS = ("产量", "数量", "总数", "总量", "人数", "销量", "数目")
# Classifiers of people and of kinds that count themselves when they stand alone (只有你们5位, 该属共有5种).
_PEOPLE_CLASSIFIERS = ("名", "位", "种")
# In the clause before a number, these make it an average or a rate (平均传给5至10人, 场均8个篮板).
_RATE_CUES = ("平均", "场均", "人均", "户均", "日均", "月均", "年均", "每", "均持")  # 均持基数为7.1万份: per account
_RATE_CUE = re.compile("|".join(map(re.escape, _RATE_CUES)))  # any of them, in one search
# A yearly, monthly or daily output (年产鹌鹑15万只; tcounts45), not a period's (今年产量, 当月产量为9万辆) nor its value
_OUTPUT_RATE = re.compile(r"(?<![今去明当本上同该全前后每])[年月日]产(?![量值品业])")
_RESPECTIVELY = "分别"
_EACH = "每"
# 万 or 亿 in a numeral: a large one, read whole (compiled once, asked of every numeral found)
_LARGE_UNIT = re.compile("[万亿]")
_PER_THEN = re.compile(r"[也]?(?:就|便)")  # …每…，就有N…: the consequence of each unit
# A number of things after a verb of change in a comparison is a difference, not a count (与上月相比减少283套).
_COMPARISON = re.compile(r"相比|同比|环比|比上|较上|比去年|较去年|比前|较前|相对|相较")  # 相对年初…约减少了1.5万套
_DIFFERENCE_BEFORE = re.compile(r"(?:减少|增加|下降|上升|增长|增多|减|增|多|少)了?$")
# a match ends at the count or before a newline right before it: it starts no further back than this
_DIFFERENCE_REACH = 4
# Before 一, these make 一名… a predicate ("is a ..."), i.e. an article.
_PREDICATIVE_BEFORE = ("是", "成为", "当", "做", "作为")
# Heads that are never a thing counted: durations, money, measures, scores and game statistics.
_NOT_COUNTED = frozenset(
    "天 小时 月 年 周 星期 礼拜 分钟 秒 秒钟 季度 学期 世纪 昼夜 工作日 交易日 营业日 夜 晚 日 "
    "钱 块钱 年薪 月薪 薪水 工资 元 万元 亿元 美元 欧元 日元 港元 港币 英镑 人民币 新台币 台币 卢布 韩元 澳元 加元 法郎 "
    "澳门元 澳门币 葡币 新加坡元 新元 马币 林吉特 泰铢 卢比 比索 瑞郎 里拉 澳币 纽元 兰特 越南盾 "
    "平方米 平方公里 公里 千米 米 厘米 吨 公斤 千克 斤 亩 公顷 千瓦 瓦 度 升 "
    "分 篮板 篮板球 三分球 罚球 助攻 盖帽 抢断 失误 犯规 进球 入球 百分点 百分比 基点 倍 岁 像素 "
    "差距 胜利 胜场 成绩 票房 "  # 两场的差距, 79场胜利, 3000万票房: margins, results and takings
    "时间 时期 日子 距离 路程 年头 "  # 一段时间, 两段距离, 13个年头: a duration, a length
    "赛季 球季 通宵 周末 晚上 夜晚".split()  # 近18个赛季, 四五个通宵: durations too (session 23)
)
#: Those of two letters or more, sorted (a frozenset's order follows the hash seed): one str.endswith in C.
_NOT_COUNTED_LONG = tuple(sorted(w for w in _NOT_COUNTED if len(w) > 1))
# Spans of time or length right after a classifier: never counted, whatever jieba glued (近一段时间以来).
_SPANS_OF_TIME = ("时间", "时期", "日子", "距离", "路程", "年头", "小时", "分钟", "秒钟", "交易日", "工作日", "营业日")
_HEAD_TAGS = frozenset({"n", "nz", "nt", "ns", "ng", "nrt", "j", "l", "t"})
_NAME_TAGS = frozenset({"ns", "nt", "nrt", "t"})  # a place, organisation or time only opens a phrase (两家中国企业)
_OPEN_NOUN_TAGS = frozenset({"n", "vn", "nz", "j", "l"})
_PLAIN_NOUN_TAGS = frozenset({"n", "nz", "ng", "j", "l"})  # a dictionary noun, not a name nor an unknown word
_MODIFIER_TAGS = frozenset({"a", "ad", "b", "an", "vn", "s"})  # ad: 304只积极偏股型基金
# A noun ending in one of these is a property of the thing before it (银行坏账率: 银行), not a thing.
_PROPERTY_SUFFIXES = ("率", "额", "幅", "值", "量", "价", "价格", "规模", "水平", "比例", "比重", "收入", "收益", "成本", "名单",
                      "增速", "面积", "幅度", "人气",
                      # states of people (28名球员状态良好, 3名伤者病情稳定: the players, the injured)
                      "状态", "状况", "情况", "表现", "情绪", "心态", "士气", "伤势", "病情")
# Abstract nouns after a noun and 的 that say what of the thing counted is meant (64个独立扬声器的内容, 5个国家的名称):
# the noun before 的 stays the thing (session 31, tcounts45), as before a property (but 29项共同的意见 counts 意见).
_ASPECT_NOUNS = frozenset("内容 名字 名称 历史 位置 地址 特点 特征 功能 作用 声音 来历 由来".split())
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
                             "步行 作客 做客 离家".split())
# 逾百名中国移民入籍: 移民; 80名笑脸大使亮相: 大使
# Adverbs jieba tags d that describe the noun after them (58张全新地图).
_ADVERB_MODIFIERS = frozenset("全新 崭新 相同 特别 特殊".split())  # 三个相同分子, 八个特别符号 (jieba: d; tcounts45)
# adverbs of manner jieba tags as nouns (全力参选, 全面启动): after the head they open the predicate
_ADVERB_NOUNS = frozenset("全力 全面 全数 全线 全程 全速 全权 集体".split())  # 30多位画家集体绘制 (tcounts45)
# A count joined to the one before it by these is an item of a list (两幢塔楼和一座建筑): 一 is a number there.
_LIST_CONJUNCTIONS = ("以及", "和", "及", "与", "、", "跟", "同", "，", ",")
_LIST_COMMAS = ("，", ",")  # items of a list only with the classifier of the item before (两种…,一种…)
# Classifiers of events: what they count may be a run of verbs (3起集体中毒).
_EVENT_CLASSIFIERS = frozenset({"起", "宗"})
# Last characters of buildings jieba tags as places (塔楼), unlike verbs it tags so (上市).
_BUILDING_ENDS = "楼塔馆厦园场站港亭阁宫殿寺院堂"
# Words that end a phrase instead of heading it (108枚导弹全部是…: 导弹).
_NOT_HEADS = frozenset("全部 全体 所有 其中 之中 当中 旗下 以上 以下 左右 等 等等 部分 大部分 一起 一同 各自 本身 "
                       "同比 环比 收盘 开盘 基本 导语".split())  # 同比…基本: adverbials jieba tags as nouns; 导语: a headline's lede (6款衬衫导语:…)
# Words of place that modify a noun though jieba tags them as pronouns or localisers (3宗本地病例, 内部调查).
_PLACE_MODIFIERS = frozenset("本地 外地 当地 本土 境外 境内 国内 国外 海外 内部 外部".split())
# A lone one of these as the head is an adjective whose noun is left out (3宗输入性、3宗本地病例).
_ADJECTIVE_HEADS = frozenset("性型式类")
# Classifiers that count themselves when they stand alone with nothing to borrow (成交量直降4000套,; 例, cases: 上海报告9例).
_SELF_CLASSIFIERS = ("只", "套", "户", "辆", "台", "件", "头", "艘", "架", "例")
# ...and these only after a verb or as items of a list (放映2000多场, 十几场、二十几场; not 胜场差还是3场).
_SELF_AFTER_VERB = ("场",)
# A noun + 中 opening the clause of a classifier standing alone is the set its items are taken from
# (弱小舰队中虽然只有15艘配备了希腊火: 15 of the fleet's ships).
_AMONG = "中"
# "per" a unit after a count makes it a rate (7张/秒).
_PER_UNIT = re.compile(r"\s*[/／]\s*[\u4e00-\u9fff]")
# A bare number (no classifier) before a noun counts it only when the noun names people, bodies or
# places of a kind (6地产商, 8000再培训名额, 3国); room numbers, lines and brand names (409会议室, 12345热线) do not.
_BARE_HEAD_ENDS = ("商", "者", "员", "企", "国", "校", "厂", "名额", "官", "工人", "职工")
_BARE_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
# An institution right after 家/所 is what they count, whatever noun follows it (两家公司企业年金业务: 公司;
# 3家公司高管: the companies): these classifiers count institutions, not their business or staff.
_INSTITUTION_CLASSIFIERS = frozenset("家 所".split())
_INSTITUTIONS = frozenset("公司 银行 企业 医院 工厂 机构 酒店 商店 超市 学校 大学 中学 小学 高校 院校 学院".split())
# Verbs jieba glues to an institution after 家/所 (公司公告: a company announces): the institution is the thing.
_INSTITUTION_VERBS = ("公告",)
# Words of a byline that follow a price or a model number (仅2280作者：…), and 成 (tenths: 7成消费者, 70 %).
_NOT_BARE_HEADS = frozenset("作者 记者 编辑 通讯员 成".split())
# A bare number before these names a programme (211工程学校, 863计划), never a count.
_PROGRAMMES = ("工程", "计划")
# A bare number before these is a date (9月份全国…), never a count.
_DATE_WORDS = ("月", "年", "日", "季", "号")
# Years (2008奥运会) are not bare counts.
_YEARS = range(1900, 2101)
# 再 + a verb opens a verbal modifier of the noun (再培训名额, 再就业人员).
_AGAIN = "再"
# Between items of a list of events (盗窃、抢劫和交通事件).
_EVENT_LIST_LINKS = ("以及", "、", "和", "及", "与")
# Nouns of where, not what: before a number they say where the counted things are (南部地区2起).
_WHERE_NOUNS = ("地区", "地方", "区域", "一带", "境内", "境外", "国内", "国外", "海外", "本地", "外地")
# Units that are nouns of their own: a noun after them is another word, not what they measure
# (两公司企业年金: 2 companies; 两车乘客: 2 vehicles).
_NOUN_UNITS = frozenset(("车", "公司", "机构", "校", "股", "国"))
# N国 before these is a name (八国集团, 二十国集团), and 三国 an era (三国演义, 三国时期), not a count of countries.
_NAMED_GROUPS = ("集团", "联军", "演义", "时期", "时代", "志")
_COUNTRY = "国"
_GLUED_COUNTRY_TAGS = ("n", "l")  # 两国人民/n, 两国关系/l; not 七国集团/nt nor 五国城/ns
# One-character short forms of countries that may list the countries a count of 国 counts (中日韩三国).
_COUNTRY_INITIALS = frozenset("中美日韩朝俄英法德意印越泰蒙巴")
# 这三国, 那三国: countries pointed back to, never the era (owners43)
_POINTING = frozenset("这那")
# Per-unit averages jieba glues to the noun before (6场比赛场均: 比赛).
_AVERAGE_CHARS = "均"
# A head token opening with one of these (债券/型基金) is a suffix of the word before: the head starts after it.
_TYPE_SUFFIXES = "型式类性"
# One-character suffixes naming a school or kind, which jieba may tag as verbs (福音/派/基督徒).
_SCHOOL_SUFFIXES = frozenset("派 系 型 式 类 系列".split())  # 系列 (jieba: a classifier): 仙女人物系列海报
# One-character suffixes jieba splits from their word (投标/者): the head is the word with it.
_HEAD_SUFFIXES = frozenset("者 们 员 家 手 师".split())
# Before 一, these make it "only one", a count (只有一个装备方队).
_ONLY_BEFORE = ("只有", "仅有", "只", "仅", "唯一", "惟一")  # 惟一一只…指数: 惟 is a variant of 唯
# ...and these, with a name or a pronoun between them and 一 + a unit of people, make "only X alone", a count of
# one (只有18岁女孩廖莹一人, 仅有成龙一人, 只有他一个人); not after 不 (不仅是葛凤英一人: "not only").
_ONLY_NAMED = re.compile(r"(?<!不)(?:只有|仅有|唯有|惟有)[^，,。；;！？!?：:、]{1,10}$")
_ONLY_NAMED_TAGS = ("nr", "nrt", "nrfg", "r", "x", "n")
_PERSON = "人"
# Before 一, these make it "another" (另一个项目, 又一家): an article, never a count.
_ANOTHER_BEFORE = ("另", "又")
# Numerals that may count a noun without a classifier in a headline's terse style (三任务, 三基金).
_TERSE_NUMERALS = frozenset("两三四五六七八九十")
_MAX_HEADLINE = 40  # the opening words a headline's terse count may stand in, before any punctuation
# Where a headline opens: the text's start, or a section mark and a space (■ 新闻分析上合峰会三任务在肩).
_HEADING = re.compile(r"[■□●◆▲]\s*")
_OPENING_BREAK = re.compile(r"[，,。；;：:！？!?、\s]")  # what ends a headline's opening words
_TERSE_NAMES = frozenset("巨头 天王 剑客 杰 强".split())  # 热火三巨头, 四大天王: names of a group, not counts
# 一 + a classifier + one of these generic nouns is "a company", "a body" (要让一家企业拿出…): an article, even though
# the glossary counts them when a number is written (6家企业).
_GENERIC_ONE = frozenset("企业 公司 机构 单位 组织 部门 团体 厂商 商家".split())
# Nouns of people that a unit 人 after a connector counts (有效参赛选手为1869人: 选手, not 人).
_PEOPLE_ENDINGS = ("员", "手", "者", "生", "代表", "观众", "游客", "旅客", "乘客", "居民", "市民", "会员", "客户", "用户",
                   # session 27 (counts32): police and court reports (逮捕嫌犯7人, 拘捕男子3人), staff and residents
                   "师", "客", "民", "犯", "男子", "女子", "被告", "儿童", "人")  # 证人3人, 嫌疑人2人
# Before 一, these make it "such a" (来自这样一个家庭): an article, never a count.
_SUCH_BEFORE = ("这样", "那样", "这么", "那么", "如此", "这种", "那种")
# 连 and one of these before a number make a streak (美股三大指数连拉四根阳线), not a count.
_STREAK_BEFORE = re.compile(r"连[拉收涨跌升降胜负败赢输克]$")
# A verb of winning or losing right before N场 makes a record, a game statistic (8场比赛赢下7场, 输了其中的3场,
# 取胜16场, 已经赢下三场比赛), not a count of games.
_RESULT_BEFORE = re.compile(r"(?:赢|胜|输|负|败)[下得掉了过]?了?(?:其中的?)?$")
_RESULT_CLASSIFIERS = ("场", "盘", "局")
# A player's appearances and a season's wins are records too (为威尔斯出赛73场, 踢过207场西甲联赛, 赢得本年度的10场比赛;
# session 31, tcounts45), and so are games a player scored in (在154场季后赛中得到了2,909分).
_RECORD_BEFORE = re.compile(r"(?:(?:赢|胜|输)[得下了](?:本|该|今|上|这)(?:年度|赛季|季|届)的?"
                            r"|(?:出赛|出场|上阵|踢过|踢了|打过)(?:了|过)?(?:共|合共|总共)?)$")
_SCORED_IN_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:比赛|联赛|季后赛|赛事)中(?:共|一共|合共|总共)?"
                              r"(?:得到|得了|攻入|射入|打进|踢进|贡献|拿下|投进|入球)")
# …and one of these right after N场/N轮 makes a run of results or a record (11场不胜, 10轮不败, 3场未尝胜绩, 仅有1场失利,
# 打出了4场平局), a game statistic.
# (…and after 比赛 too: 最近已经7场比赛不败, owners43)
_RESULT_RUN_AFTER = re.compile(r"(?:比赛)?(?:不胜|不败|未胜|未败|未赢|不输|无胜|连胜|连败|未尝胜绩|未尝败绩|平局|失利|胜利|败仗|胜仗|"
                               r"平手|告负|告捷|完胜|完败)")
_RESULT_RUN_CLASSIFIERS = ("场", "轮", "战", "局", "盘")
# An ordinal's list goes on with bare numbers (分获第二、三名, 第三至五位): ordinals, not counts.
_ORDINAL_LIST_BEFORE = re.compile(r"第[\d一二两三四五六七八九十百零]+(?:[、和及或至到]|、第)$")
_ORDINAL_REACH = 8
# 前 + a number + one of these after a set and its 中 (票房史中前五名, 榜单中前十位; jieba may glue 中前) is a rank.
_RANK_AFTER_AMONG = "中前"
_RANK_CLASSIFIERS = ("名", "位")
_AMONG_AHEAD = re.compile(r"[\u4e00-\u9fff]{0,3}中")  # 赢下了3场比赛中的2场: the games the record is taken from
# Titles after a classifier are results, game statistics (握有7个全国冠军, 两个冠军), unless the classifier counts
# people (两位冠军, 3名世界冠军); medals stay counts (获得35枚金牌).
_TITLES = ("冠军", "亚军", "季军", "锦标")  # 4个重要锦标: titles won (tcounts45)
_PEOPLE_ONLY_CLASSIFIERS = ("名", "位")
# Before the noun of the people counted: a place or a kind (俄罗斯宇航员, 中国学生, 著名导演); after it, a predicate's
# opening (向, 参加, 都): the people are its subject, not a 的-clause's (counts38).
_SUBJECT_MODIFIER_TAGS = frozenset({"ns", "a", "b", "nz"})
_PREDICATE_OPENING_TAGS = frozenset({"p", "v", "d"})
_SUBJECT_PEOPLE_ENDS = tuple("生人客民员工者师手家士官兵警")  # 宇航员, 学生, 专家, 战士, 警官: nouns of people
# 数以万计, 以千亿计: a magnitude ("by the tens of thousands"), never a count of its own.
_MAGNITUDE_BEFORE, _MAGNITUDE_AFTER = "以", "计"
# A verb of holding before a number of people makes a capacity (可容纳6,000人, 能容10余人), a measure, no count.
# Not 已容纳3000名难民: those are there.
_CAPACITY_BEFORE = re.compile(r"(?:(?:可|能|可以|能够|足以)(?:容纳|容|坐|容下)|容得下)(?:约|近|逾|超过)?$")
_PARTICLE_SUO = "所"
_PARTICLE_SUO_VERB = re.compile(r"列(?!入)|示(?!范)|述|载|说|提及|提到|记载")  # not 3所示范学校, 2所列入名单的学校
_SEATS = ("座位", "座", "席", "位子")
_YEARS_AGO = ("年前", "年后", "年以前", "年以后", "年之前", "年之后")  # 六千四百万年前: a time
# 千万 before a negation or a modal is "by all means" (千万别忘了, 千万不要, 千万要小心), no number
_BY_ALL_MEANS = "千万"
_BY_ALL_MEANS_AFTER = ("别", "不", "莫", "勿", "要", "得", "记", "注意", "小心", "当心")
# A quoted word between a classifier and a noun names a kind of the noun (54360个“457”外劳签证): a modifier.
_QUOTED_MODIFIER = re.compile(r"[“「『\"][^”」』\"，,。；;]{1,8}[”」』\"]")
# a quotation or a work's title standing alone for what a classifier counts (两个“小金库”, 两个《传奇》); a title before a
# noun does not describe it as a quoted kind does (10名《夺宝冒险王》游戏…: players, not games)
_LETTER = re.compile(r"[^\W\d_]")  # a quotation of digits alone (四个“1”) names digits, not a thing counted
_QUOTED_THING = re.compile(r"[“「『《\"][^”」』》\"，,。；;]{1,8}[”」』》\"]")
# what may follow a quoted thing standing alone after its classifier (两个“小金库”, 这两位『吃喝大王』被免职): a break, or a
# word of the predicate, not 的 nor a noun (两位“80后”的妈妈, 54360个“457”外劳签证: the quotation describes a noun)
_QUOTED_THING_TAGS = ("v", "d", "p", "c", "r")
# Verbs of change between a quantity noun and its number (粉丝人数飙增1000多名: 粉丝).
_GAINS = ("飙增", "激增", "猛增", "剧增", "骤增", "增加了", "增长了", "增加", "增长", "减少了", "下降了", "减少", "下降",
          "骤降", "锐减", "突破")
# After 单 (deals, orders: 两单业务) these make another word: 单价, 单位, 单元, 单据.
_NOT_AFTER_DEAL = "价位元据"
# After a verb 的 is followed by, these make it a list of events (…的盗窃、抢劫和交通事件), not a verb.
_LIST_LINK_CHARS = "、和及与"
_LIST_COMMA_CHARS = "、，,"
# After 人, jieba may glue these to it (人才, 人来): the unit stands alone before them.
_GLUED_AFTER_PEOPLE = "才来"
_MONEY_CHAR = "币"
# A multiplier with no classifier right after these is a sum of money, its 元 left out (年薪20万的职位, 投资两亿建设).
_MONEY_BEFORE = re.compile(r"(?:年薪|月薪|薪酬|工资|奖金|身价|投资|斥资|耗资|融资|募资|集资|捐资|捐款|拨款|资金|总价|售价|单价|总额)"
                           r"(?:了|约|达|为|高达|超过|近)?$")
_MONEY_REACH = 6
# A multiplier before a noun phrase opening with these is a sum of money (4万亿财政投资计划).
# Verbs of buying, selling and spending right after a multiplier make it a sum of money (120万拿下500间房).
_SPENDING = ("出售", "拿下", "买下", "购得", "拍下", "收购", "叫卖", "挂牌", "流入", "流出", "付给", "投入", "拉动",
             "用于", "注入", "购买", "买入", "卖出", "抛售", "筹集", "募集", "拍摄", "沉没", "砸下")
_MONEY_NOUNS = ("财政", "投资", "资金", "融资", "资产", "贷款", "税收",
                "损失", "经济损失", "收入", "利润", "营收", "营业额", "销售额", "成本", "支出", "开支", "赔偿")
_PIXELS = "像素"
_MEASURE_LINKS = "为达是约"  # between a measure and its value (像素为1200万)
_DIGIT_PLACES = ("位", ("靓号", "号码", "号", "数字", "密码", "小数", "字母"))  # 位 before these counts digits
_PIECE = "块"  # 块 with a digit after it is money (3块5), as 块钱 is
# A number glued after these by jieba (这三名, 那两家) still starts a count.
_DEMONSTRATIVES = "这那该此其另当"  # 当两人纠缠时
# a one-letter verb jieba glues to the number after it (由九款/x, 有十多篇, 共约2万套): the count opens after it
_GLUED_CONNECTORS = "有由共"
# A number right after 人口 (with a connector) counts the population: 2011年人口499, 人口约1,912.
_POPULATION = "人口"
# Time adverbs jieba tags t that may stand between a noun and its number (学生目前3000名) and are no part of either.
_TIME_TAG = "t"
_TIME_ADVERBS = frozenset("目前 现在 如今 当前 今年 去年 明年 今天 昨天 昨日 今日 近日 日前 此前 至今 迄今 正在".split())
# X人数 before a number with no classifier (参观人数达3万): the people counted (session 26); the links between them.
_HEAD_COUNT = "人数"
_PER_PERIOD = re.compile(r"每[年月周日天]")
_STAFF_ACTS = frozenset("裁员 增员 减员 扩员 用工 招工 招员".split())  # acts on staff jieba tags as nouns (宣布裁员约600人)
_WORKERS = ("工",)  # 员工, 职工, 员工人数: people too, before 人数 (not in _PEOPLE_ENDINGS: 涉及员工5万多人 counts 人)
# Links between a noun of people and a bare number of them, jieba's glued 占约 and 达约 first (session 28).
_PEOPLE_LINKS = ("占约", "达约", "约有", "已达", "达到", "超过", "占", "达", "逾", "约", "为")
_HEAD_COUNT_LINKS = ("已达到", "已达", "达到", "超过", "逾", "约", "达", "为", "是")
# N死N伤: casualties of an accident or attack (致3死14伤).
_CASUALTIES = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千万])(\d+|[一二两三四五六七八九十百千]+)(死|亡)"
                         r"(\d+|[一二两三四五六七八九十百千]+)(伤)")
# N男N女: the men and the women of a Hong Kong police or accident report (拘捕两男一女, 三男两女受伤), each a count
# of its own character; not before a letter that makes a noun of it (一男一女子, 两女一男生).
_MEN_WOMEN = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千万])(\d+|[一二两三四五六七八九十]+)(男|女)"
                        r"(\d+|[一二两三四五六七八九十]+)(?!\2)(男|女)(?![子生孩童性士人装])")
# The ages of the people counted, between the classifier and 的 (七名年龄介乎20至40岁的男子, 两名分别28及30岁的男子):
# they describe the noun after 的.
_AGE_CLAUSE = re.compile(r"(?:年龄|年纪|年)?(?:分别|介乎|介于|约|为|均为|在)*"
                         r"(?:[\d一二两三四五六七八九十]+[多余]?岁?(?:至|到|及|和|与|、|-|－|~|～))*"
                         r"[\d一二两三四五六七八九十]+[多余]?岁(?:左右|以上|以下)?")
# 大 (五大变化, 四大银行) counts only small numbers: 十八大 is a congress, not eighteen things.
_BIG = "大"
_PAIR = "双"
# Classifiers of Hong Kong and Taiwan usage that count only a noun named after them (5幅住宅用地, 3档基金).
# ...and 班 and 把 (3班航班, 两把刀: session 23), whose number alone is a class, a shift or a leader (3班, 三班倒, 一把手)
_NAMED_AFTER_ONLY = frozenset("幅 档 班 把 笔".split())
# Classifiers that are also parts of words (三本院校, 四面八方, 三面环海, 上下两册): they count only a noun that takes
# them, named after or right before them, whose head ends in one of these (session 28, counts35): 3.2万本图书,
# 5面金牌, 藏书约420万册; a tier of universities, the four directions or a volume standing alone count nothing.
_BOOK = "本"
_RUNS = "班次"  # 加开列车320班次 counts 列车; standing alone (增加120班次) it counts the runs
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
_DEAL = "笔"  # 三笔交易, 两笔贷款 count; 两笔资金, 一笔巨款 are sums of money
_SUMS = ("钱", "款", "资金", "经费", "费用", "奖金", "收入", "善款", "捐款", "巨款", "现金", "财富", "投资")
_PAIR_STATISTICS = ("数据", "的")
_MAX_BIG = 10
# 十大 is a ranking or an award, "the top ten" (十大新闻, 十大杰出青年, 十大重仓股), unless pointed at (这十大…).
_TOP_TEN = 10
_ZEROS = ("0", "０")
# Words holding a number that count nothing: 三位一体 (3位1体), 三部曲 (a trilogy), 有两把刷子 (has real skill), 三把火
# (a new broom's first moves), 二者/两者 aside; 三项全能, 十项全能 and 铁人三项 name sports (世界三项全能运动协会, tcounts45).
_NUMBER_IDIOMS = re.compile(r"[\d一二两三四五六七八九十]+位[1一]体|[\d一二两三四五六七八九十]+部曲|(?<=有)[两几]把刷子|三把火"
                            r"|[三五七十]项全能|(?<=铁人)三项")
_POINTERS = ("这", "那", "這")
_GENERIC_CLASSIFIER = "个"  # 这三个 points back to things it does not name; 这两项, 这两家 name their kind
_MAX_PHRASE_TOKENS = 6
# A count inside 《》 (at most this far from its marks, no clause break inside) or filling a quotation of at most _MAX_QUOTED characters
# is a name.
_MAX_TITLE = 20
_MAX_QUOTED = 6
_QUOTES = (("“", "”"), ("「", "」"))
_MAX_PHRASE_CHARS = 14
_INHERIT_WINDOW = 200  # characters back to look for the thing of a classifier standing alone
_PAREN = re.compile(r"[(（](?![不含除即如指])[\u4e00-\u9fff]{1,6}[)）]")  # (不含指数基金), (即…): a note, no qualifier
# A web page's note of a link, which THUCNews keeps after a word (留美(微博)学生): no part of the phrase.
_LINK_NOTE = re.compile(r"[(（](?:微博|博客|blog)[)）]")
# Right after a classifier of people, these say "former" or "current" (100多名前政要).
_FORMER = frozenset("前 原 现".split())
# Notes a headline ends on: (组图), (图), (视频), (图文)
_HEADLINE_TAGS = ("图", "视频")
# A qualifier in parentheses between a noun and its number (签证(J1)35.36万个)
_QUALIFIER_BEFORE = re.compile(r"[(（][A-Za-z0-9\u4e00-\u9fff-]{1,8}[)）]$")
# Connectors that jieba keeps as one word with an adverb (已有, 现有), and words of time or manner that may
# stand between a noun and its connector (投资人目前已有275位)
_CONNECTOR_WORDS = ("已有", "现有", "还有", "共有", "拥有")
# 在 + a whole place between a noun and its connector (门市在全台已达6,800家, 学生在本市共有3,000名): where the things
# counted are, the noun before it still their thing (session 29, counts37); only the place words of a whole (全台, 本港,
# 全国, 国内, 本市…), never a name (台积电在台湾共有4座: the subject has them there)
_WHERE_BETWEEN = re.compile(r"在(?:全|本|国内|境内|岛内|区内|县内|市内|省内)[\u4e00-\u9fff]?$")
_BETWEEN_TAGS = ("t", "d")
# Verbs of change between a noun and its new number (银行系基金已经增至8家, 网吧数量已从300家降至120家).
_CHANGES = ("增至", "降至", "减至", "升至", "增加到", "减少到", "下降到", "上升到", "增加至", "减少至",
            "扩至", "缩至", "涨至", "跌至", "扩大到", "扩大至", "缩减到", "缩减至", "增长到", "增长至",
            "拓展至", "拓展到", "扩展至", "扩展到")  # 人物和怪兽类型拓展至千万种: 类型
# A classifier glued by jieba to one of these opens a verb of change (300家降至…), not a noun.
_CHANGE_CHARS = "增降减升涨跌"
# Nouns jieba's dictionary tags as verbs (v): after a classifier they are the thing (5家分行, 8万名考生), found
# scanning which words jieba tags v right after a number and a classifier in unannotated THUCNews rows.
# Words of reporting jieba tags as nouns (报告/n, 通报/n): before a number they say who reports how many (上海报告9例),
# they are not what is counted (session 24); nor are acts on people it tags so (裁员约600人, 载客逾1500万人次: 人).
_REPORTING_NOUNS = frozenset("报告 通报 上报 收治 记录 裁员 载客 印制 印刷 铸造".split())  # (印制10000套: made, owners43)
# How a kind of facility or school ends that jieba's dictionary tags as a name (加工厂/nt, 加油站/nt, 卫生院/nt,
# 国立大学/nt), and the tags of a name opening one body's name (北京/ns 站, 中国/ns 队, 中科/j 院).
_KIND_ENDS = ("厂", "站", "所", "院", "店", "场", "室", "处", "馆", "校", "大学", "学院", "中学", "小学", "高校")
_NAME_OPENING_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz", "j"})
# 出路/v, 立面/d, 选修课/v (tcounts45), 支行/v as 分行 (owners59): nouns whatever jieba tags them
_VERB_TAGGED_NOUNS = frozenset("考生 选手 分行 支行 诊所 位置 通道 看法 想法 回合 转发 转载 留言 回帖 选修课 必修课 出路 立面".split())
# A word ending so after the head of a phrase is a verb of relation (就读于, 位于, 属于): the predicate.
_RELATION_VERB_END = "于"
# ...and one ending so right after the classifier is a verb of becoming (改为, 成为, 转为, 列为): the predicate
_BECOMING_VERB_END = "为"
_ORIGIN_VERBS = frozenset("来自 出自 源自".split())  # ...as is one of origin (其中200名来自外地)
_ASPECT = "了"
# A list's link ahead in the clause (长城双动力、上投摩根…和…): the names of the things counted follow the noun.
_LIST_AHEAD = re.compile(r"[^，,。；;！？!?：:\n]{0,10}?[、和及与]")
# A Latin letter and a hyphen before a number make a model's name (EB-5, F-16, I-526).
_MODEL_BEFORE = re.compile(r"[A-Za-z][-‐–]$")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
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
# Connectors jieba glues to the approximate prefix after them (达约, 占约, 有近, 共约): the prefix still makes the
# number approximate, though it opens no token (session 28).
_GLUED_BEFORE_PREFIX = "达占有共为计至逾"
# Taiwan's 里 (a neighbourhood), which jieba glues to 个 (456个里、): counted only before a break or a list's link.
_NEIGHBOURHOOD = "个里"
_NEIGHBOURHOOD_AFTER = "，,、。；;和及与"
_ACRONYM = re.compile(r"[A-Z]{2,6}")  # QFII, ETF: a noun of Latin capitals
_LATIN = re.compile(r"^[A-Za-z0-9]+$")
_SENTENCE_BREAK = re.compile(r"[。！？!?；;\n]")


def classifiers() -> Mapping[str, str]:
    """Classifier -> role ("measure" or "unit"): ``load_lexicon().classifiers``.

    >>> classifiers()["个"], classifiers()["人次"]
    ('measure', 'unit')
    """
    return load_lexicon().classifiers


_DIGIT_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _digit_value(ch: str) -> int:
    return _DIGIT_VALUES[ch]


def _collapse_range(core: str) -> tuple[str, bool]:
    """二三十 -> 二十, 三百六七十 -> 三百六十: two consecutive digits are a range; keep the lower."""
    for i in range(len(core) - 1):
        a, b = core[i], core[i + 1]
        if a in _DIGITS and b in _DIGITS and _digit_value(b) == _digit_value(a) + 1:
            return core[: i + 1] + core[i + 2 :], True
    return core, False


def parse_number(text: str) -> tuple[float, bool]:
    """Value of an Arabic or Chinese numeral, and whether it is approximate.

    多/余 mark an approximate number; 数/几/上 make a vague one, valued at its round
    part (数十 10, 十几 10, 10几万 100000); two consecutive digits are a range,
    valued at its lower end (二三十 20). Raises ``ValueError`` for what is not a
    count-like number, such as digit-by-digit Chinese (二〇二〇, 四六).

    >>> parse_number("15万余"), parse_number("十多"), parse_number("1,028")
    ((150000.0, True), (10.0, True), (1028.0, False))
    >>> parse_number("五十"), parse_number("两"), parse_number("数十")
    ((50.0, False), (2.0, False), (10.0, True))
    >>> parse_number("二三十"), parse_number("十几万"), parse_number("三百六七十")
    ((20.0, True), (100000.0, True), (360.0, True))
    """
    return _parse_number(text)


@lru_cache(maxsize=4096)  # a function of the numeral alone; documents repeat the same few hundred
def _parse_number(text: str) -> tuple[float, bool]:
    approximate = any(ch in "多余" for ch in text)
    core = text.replace(",", "").replace("多", "").replace("余", "")
    if core[:1] in _SCORES:  # 廿多人: twenty and more
        core = _SCORES[core[0]] + core[1:]
    if core[:1] in "数几上":
        core, approximate = "一" + core[1:], True
    if core[:1] in "万亿":  # 逾万人: a bare myriad is one
        core = "一" + core
    vague = re.search(r"[数几]", core)
    if vague:  # 十几万, 一百几十, 10几万: the round part, times the multipliers after it
        head, tail = core[: vague.start()], core[vague.end() :]
        if not head:
            raise ValueError(f"not a number: {text!r}")
        multiplier = 1.0
        for ch in tail:
            multiplier *= {"万": 1e4, "亿": 1e8}.get(ch, 1.0)
        value, _ = parse_number(head)
        return value * multiplier, True
    core, ranged = _collapse_range(core)
    approximate = approximate or ranged
    chinese = core.rstrip("万亿")
    if chinese and chinese[0] in _DIGITS + _UNITS:
        if len(chinese) > 1 and not any(ch in _UNITS for ch in chinese):
            raise ValueError(f"digit-by-digit numeral, not a count: {text!r}")
        if core[0] in "百千":  # read_number (as cn2an) refuses 百/千 without a leading 一
            core = "一" + core
    try:
        value = float(read_number(core))
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"not a number: {text!r}") from exc
    if not math.isfinite(value):  # hundreds of digits overflow to inf, which JSON cannot hold
        raise ValueError(f"too large to be a count: {text!r}")
    return value, approximate


# 4亿2千万, 1万5千: Arabic digits between Chinese units (read_number reads them); before the plain form
_ARABIC = (r"\d+[万亿](?:\d+[千百十]?)+(?=[万亿])|\d+[万亿](?:\d+[千百十])+"
           r"|\d+[万亿]\d{1,4}(?![\d,.万亿])"  # 1万5000: a myriad and the digits after it
           r"|\d+[千百](?:\d+[百十])*(?![\d,.])"  # 4千多名, 2千5百: Arabic digits before 千 or 百
           r"|\d+(?:,\d{3})*(?:\.\d+)?几?")
_CHINESE = (
    f"(?<=[逾近约过超])万"  # 逾万人, 近万名: a bare myriad only after "over", "nearly", "about"
    f"|万(?=[余多])"  # 万余种道具, 万多名学生: "ten thousand and more"
    f"|[{_SCORE_LETTERS}][{_DIGITS}{_UNITS}几数]*"  # 廿多人, 卅间: Hong Kong's twenty and thirty (session 27)
    f"|[数几上][{_UNITS}][{_DIGITS}{_UNITS}几数]*"  # 数十, 上万
    f"|[{_DIGITS}十百千][{_DIGITS}{_UNITS}几数]*"  # never from 万/亿 alone: 万众一心
)


_ONLY_ONE = "[唯惟]一"  # "the only": the 一 of 唯一/惟一 never opens a number, the 一 after it does


@lru_cache(maxsize=4)
def _pattern(lexicon: Lexicon) -> re.Pattern[str]:
    alternation = "|".join(re.escape(c) for c in sorted(lexicon.classifiers, key=len, reverse=True))
    # the letters a count may open with, looked at first: most letters of a text open none, and the lookbehinds
    # and optional words after them cost several times that check at every letter
    first = "".join(sorted({w[0] for w in _NEGATIONS + _APPROX_PREFIXES} | set(_DIGITS + "十百千万数几上" + _SCORE_LETTERS)))
    return re.compile(
        rf"(?=[\d{first}])"
        rf"(?:(?<={_ONLY_ONE})|(?<![\d.{_DIGITS}{_UNITS}唯惟]))"  # 唯一一只: 一 after 唯一 opens a number
        rf"(?P<neg>{'|'.join(_NEGATIONS)})?"
        rf"(?P<prefix>{'|'.join(_APPROX_PREFIXES)})?"
        rf"(?:(?P<low>\d+(?:\.\d+)?|[{_DIGITS}十百千][{_DIGITS}{_UNITS}]*)[{re.escape(_RANGE)}])?"
        rf"(?P<num>(?:{_ARABIC}|{_CHINESE})[多余]?[万亿]*[多余]?)"
        rf"(?P<cls>{alternation})?"
    )


@dataclass(frozen=True)
class _Boundaries:
    starts: frozenset[int]
    ends: frozenset[int]
    token_at: tuple[int, ...]  # character offset -> index of the token containing it
    # where each of the text's section marks (_HEADING) is and where its match ends, in order: a headline's opening
    # is looked up, not searched for from the text's start at each count (quadratic in a long document)
    headings: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())

    def heading_before(self, pos: int) -> int:
        """Where the last section mark and its spaces before ``pos`` end (cut at ``pos``), else 0: the end of
        the last match of :data:`_HEADING` in the text up to ``pos``."""
        marks, ends = self.headings
        k = bisect_left(marks, pos) - 1
        return min(ends[k], pos) if k >= 0 else 0


def _boundaries(doc: Doc) -> _Boundaries:
    starts, ends = token_boundaries(doc)
    token_at = token_table(doc).token_of_char
    text = doc_text(doc)
    found = [h.span() for h in _HEADING.finditer(text)]
    return _Boundaries(starts | {len(text)}, ends | {len(text)}, token_at,
                       (tuple(h[0] for h in found), tuple(h[1] for h in found)))


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
    return (word.tag in _HEAD_TAGS or (word.tag == "x" and bool(_CJK.match(word.text)))
            or (word.tag == "i" and len(word.text) == 3 and word.text[-1] in _PLACE_NOUN_ENDS))


# how a noun of three for a place ends that jieba's dictionary tags as an idiom (避难所, 出口处, 藏身处)
_PLACE_NOUN_ENDS = "所处站馆室库"


def _is_modifier(word, only_verbs_before: bool) -> bool:
    if (word.tag in _MODIFIER_TAGS or (word.tag == "x" and bool(_LATIN.match(word.text)))
            or word.text in _PLACE_MODIFIERS or word.text in _ADVERB_MODIFIERS):
        return True
    # 群聚感染…事件, 知名眼镜连锁店: two-character verbs, only where the phrase opens
    return word.tag == "v" and only_verbs_before and len(word.text) == 2


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
        rest = text[pos : first.end]
        if (0 <= first.idx < cls_start and first.tag in ("m", "n") and len(rest) <= 2 and _CJK.match(rest)
                and rest[0] not in _FUNCTION_CHARS and rest not in _NOT_COUNTED and rest not in _NOT_HEADS):
            return pos, first.end  # 两首歌, 两条腿: one numeral token: the noun glued after the classifier is the thing
        if (first.text == _NEIGHBOURHOOD and first.idx == cls_start and first.end == pos + 1
                and text[first.end : first.end + 1] in tuple(_NEIGHBOURHOOD_AFTER)
                and text[cls_start - 1 : cls_start].isdigit()):
            return pos, first.end  # 12个行政区、456个里: Taiwan's 里, glued to 个 (session 27, counts33)
        if first.idx == cls_start and first.tag == "r" and first.text[0] == _BOOK and first.end == pos + 1:
            return pos, first.end  # 3万本书: jieba's 本书 ("this book") after a number is 本 and its book (counts35)
        # jieba glued classifier and noun (个村, 名反): the rest of that token opens the phrase.
        if first.idx != cls_start or first.tag in ("m", "q", "mq") or text[pos] in _FUNCTION_CHARS + _CHANGE_CHARS:
            return None
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
            and first.text not in glossary and first.text not in _SIZE_MODIFIERS):
        glued = next((w for w in _PROPERTY_WORDS if first.text.endswith(w) and len(first.text) - len(w) >= 2), "")
        if glued and _CJK.match(first.text):
            return pos, first.end - len(glued)  # 120只基金净值下跌: jieba glued the thing to its property
        return None  # 99只净值上扬: a property of the thing, which the classifier stands alone for
    if first.idx == pos and text.startswith(_CHANGES, pos):
        return None  # 门店数从目前的29家扩至40家: a verb of change after the classifier; the noun is before the number
    if first.idx == pos and first.tag == "v" and len(first.text) >= 2 and first.text.endswith(_RELATION_VERB_END):
        return None  # 另外2只属于不同类型的怪: a verb of relation right after the classifier is the predicate
    if first.idx == pos and first.tag == "v" and len(first.text) >= 2 and (
            first.text.endswith(_BECOMING_VERB_END) or first.text in _ORIGIN_VERBS):
        return None  # 其中2间改为财富管理中心, 其中200名来自外地: a verb of becoming or origin is the predicate (counts35)
    if first.idx == pos and first.tag == "v" and first.i + 1 < len(words):
        nxt = words[first.i + 1]
        if nxt.idx == first.end and nxt.tag in ("ns", "nt", "nr", "nrt"):
            return None  # 275位获得美国移民局…: a verb and a name after the classifier are the predicate
    quoted = _QUOTED_MODIFIER.match(text, pos)
    if quoted is not None and quoted.end() in b.starts:
        rest = _phrase_at(doc, quoted.end(), -1, b, glossary)
        if rest is not None and rest[0] == quoted.end():
            return pos, rest[1]  # 54360个“457”外劳签证: the quoted word names a kind of 签证
    if (first.idx == pos and len(first.text) == 2 and first.text[1] in _LOCATIVE_CHARS and _CJK.match(first.text)
            and (first.tag in ("x", "s") or (first.tag == "n" and first.text[0] in glossary))):
        return pos, pos + 1  # 两个队上的队员, 三个县里: jieba glued a one-character noun to the locative after it
    quoted = _QUOTED_THING.match(text, pos) if cls_start >= 0 else None
    if quoted is not None and _LETTER.search(quoted.group()) and _quoted_alone(doc, quoted.end(), b):
        return pos, quoted.end()  # 两个“小金库”。, 两个《传奇》，: the quotation is the thing
    head_end = verbal_end = verbs_end = first_head_end = -1
    only_verbs = True
    skip_to = _names_before_noun(words, first.i) if first.idx == pos else -1
    # a link's note (微博) is three tokens of no word: they do not count against the phrase's length
    notes = 3 * len(_LINK_NOTE.findall(text, pos, min(len(text), pos + _MAX_PHRASE_CHARS + 4)))
    for word in words[first.i : first.i + _MAX_PHRASE_TOKENS + notes]:
        if word.idx < skip_to:
            continue
        link = _LINK_NOTE.match(text, word.idx) if word.i > first.i and head_end < 0 else None
        if link is not None and link.end() < len(b.token_at):
            skip_to = link.end()  # 三位留美(微博)学生: a web page's note of a link before the head
            continue
        if word.end - pos > _MAX_PHRASE_CHARS or word.is_space or word.is_punct or word.text in _NOT_HEADS:
            break
        if word.text in _TIME_ADVERBS:
            break  # 另有300间正在申请: a time word (jieba: t) opens the predicate, it is no thing (session 27)
        institutions = cls_start >= 0 and text[cls_start : cls_start + 1] in _INSTITUTION_CLASSIFIERS
        note = _LINK_NOTE.match(text, word.end) if head_end > 0 and word.tag == "v" and institutions else None
        if note is not None and note.end() < len(b.token_at) and _is_head(words[b.token_at[note.end()]]):
            skip_to = note.end()  # 十余家国内顶尖留学(微博)机构: after 家/所, a verb with a link's note describes the body after it
            continue
        nxt = words[word.i + 1] if word.i + 1 < len(words) else None
        if (word.i == first.i and word.idx == pos and word.text == _AGAIN and nxt is not None
                and nxt.idx == word.end and nxt.tag in ("v", "vn")):
            continue  # 8000个再培训名额: 再 + a verb describes the noun (retraining places)
        if word.i > first.i and text[word.idx - 1].isspace():
            break  # 逾百名中国移民入籍 澳洲官员: a space ends the phrase (a headline's end)
        if (word.idx == pos and word.text in _FORMER and nxt is not None and nxt.idx == word.end
                and _is_head(nxt)):
            continue  # 100多名前政要: 前 (former) describes the noun
        if word.idx == pos and word.tag in ("nr", "nrfg") and _CJK.match(word.text) and len(word.text) >= 2 \
                and nxt is not None and nxt.tag not in ("n", "nz", "m") and not nxt.text[:1].isdigit():
            head_end = first_head_end = word.end  # 70余位明星加盟: jieba's "name" right after a classifier is a noun
            only_verbs = False
            continue
        if word.idx == pos and word.tag == "k" and nxt is not None and nxt.idx == word.end and nxt.tag in _PLAIN_NOUN_TAGS:
            continue  # 两位型男: jieba split an unknown noun into a suffix and a noun
        if word.tag == "k" and head_end == word.idx:  # 投标 + 者 ends the phrase
            head_end = word.end
            break
        if head_end > 0 and (word.text.endswith("了") or (
                nxt is not None and nxt.idx == word.end and nxt.tag in ("ul", "uz", "ug"))):
            break  # 6只基金错失了, 三名歹徒抢走了钱包: a word taking 了/着/过 is the predicate
        if (head_end > 0 and word.tag == "x" and _CJK.match(word.text) and nxt is not None
                and (nxt.tag[:1] in ("v", "d") or (nxt.tag in ("nr", "ns", "nt", "nrt") and word.idx - pos >= 2))):
            break
        if head_end > 0 and word.tag == "x" and len(word.text) >= 2 and word.text[0] in _PASSIVE_OPENINGS \
                and _CJK.match(word.text):
            break  # 4500间餐厅获发牌照: an unknown word of receiving or a passive opens the predicate (session 27)  # 乘客伤重惨死, 工作者齐聚温哥华: an unknown word after the head, before a verb or a name, is a predicate
        if head_end > 0 and word.text in _NEGATED_MODALS:
            break  # 千名学生无法报考: a negated modal after the head opens the predicate
        if head_end > 0 and word.text in _WHEN_WORDS and (nxt is None or nxt.is_punct or nxt.text[:1] in _CLAUSE_BREAK):
            break  # 修改上述两部法律时，: "when", a clause of time, no part of the noun
        if (head_end == word.idx and word.text in _NOUN_SUFFIXES and nxt is not None and nxt.idx == word.end
                and (_ends_phrase(words, nxt.i) or nxt.tag[:1] == "v")):
            head_end = word.end  # 60名医科生, 40部港产片: jieba left a noun's suffix alone, tagged a verb or a classifier
            break
        if head_end > 0 and word.tag == "vn" and len(word.text) == 1:
            break  # 40名议员投赞成票: a one-character verb after the head opens the predicate
        if max(head_end, verbal_end) > 0 and len(word.text) >= 2 and word.text.endswith(_RELATION_VERB_END) \
                and _CJK.match(word.text):
            break  # 25万的外国学生就读于德国高校: a verb ending in 于 (就读于, 位于) opens the predicate
        if (max(head_end, verbal_end) > 0 and word.tag == "x" and _CJK.match(word.text) and (
                nxt is None or nxt.is_punct or nxt.text[:1] in _CLAUSE_BREAK or nxt.text[:1].isdigit()
                or nxt.tag == "m")):
            break  # 四只指数基金为例, 8场比赛赢下7场: an unknown word after the head before a break or a number
        if (head_end == word.idx and word.tag in ("ns", "nz", "nr", "nt") and words[word.i - 1].tag == "n"
                and not _ends_phrase(words, word.i + 1) and _LIST_AHEAD.match(text, word.end)):
            break  # 3只偏股基金长城双动力、上投摩根…: a name after the noun opens a list of what is counted
        if head_end == word.idx and _LATIN.match(word.text) and words[word.i - 1].text in _AIRCRAFT_MAKERS:
            head_end = word.end  # 15架波音777: the maker and its model number are the thing (tcounts45)
            continue
        if head_end > 0 and (word.text in _ADVERB_NOUNS or (word.text.isdigit() and (
                text.startswith(_DATE_WORDS, word.end) or text[word.end:word.end + 1] in classifiers()
                or text[word.end:word.end + 2] in classifiers()))):
            # 29個行政區設置|120處抽水站, 三个区|10月份: a second number with its classifier or a date word starts
            # a phrase of its own (but 沪深300指数基金 is one name); 577個選區|全力參選: an adverb jieba reads as a noun
            break
        if (word.idx == pos and word.text in _FILED_VERBS and _ends_phrase(words, word.i + 1)
                and cls_start >= 0 and text[cls_start : cls_start + 1] in tuple(_FILED_CLASSIFIERS)):
            head_end = word.end  # 收到3000份申请。: the applications, alone after their classifier (session 28)
            break
        if (word.idx in (head_end, verbal_end) and word.idx > pos and word.text in _FILED_VERBS and _ends_phrase(words, word.i + 1)
                and cls_start >= 0 and text[cls_start : cls_start + 1] in tuple(_FILED_CLASSIFIERS)):
            head_end = word.end  # 近3万份入学申请: the applications, not 入学 (session 27, counts33)
            break
        if (head_end == word.idx and word.tag == "v" and len(word.text) == 2 and nxt is not None
                and nxt.idx == word.end and nxt.text in _COMPOUND_HEADS and _ends_phrase(words, nxt.i + 1)
                and words[word.i - 1].text not in _GENERIC_ONE and words[word.i - 1].text not in _INSTITUTIONS
                and cls_start >= 0 and text[cls_start : cls_start + 1] not in tuple(_AGENT_CLASSIFIERS)):
            head_end = nxt.end  # 3个社区隔离设施: the facilities, not the communities (session 27, counts33)
            break
        if head_end > 0 and (word.text in _PREDICATE_NOUNS or word.tag == "ad"):
            break  # 5只基金战胜指数, 9位仙女正式亮相: a verb jieba tags as a noun, or an adverb, opens the predicate
        if (head_end > 0 and word.tag in ("l", "i") and len(word.text) == 4
                and (word.text[:2] in _PREDICATE_NOUNS
                     or not any(word.text.endswith(w) for w in glossary if len(w) > 1))):
            # 两个半球体合二为一: an idiom after the head is the predicate (but 武装人员 is a noun); so is a verb
            # and its object jieba glued into one word (30名议员出席会议)
            break
        if ((head_end > 0 or (word.idx == pos and word.tag == "nr") or (word.idx > pos and head_end < 0))
                and word.tag in ("nr", "ns") and nxt is not None
                and nxt.idx == word.end and nxt.tag in ("n", "nz") and nxt.end - pos <= _MAX_PHRASE_CHARS):
            continue  # 雄性南极企鹅, 上百名华裔学生: a name inside the phrase modifies the noun after it
        gloss_end = _glossary_at(text, max(word.idx, pos), b.ends, glossary)
        if word.idx >= pos and word.text in _VERB_TAGGED_NOUNS:
            gloss_end = max(gloss_end, word.end)  # 5家分行, 8万名考生: nouns jieba tags as verbs
        if gloss_end > word.end or (gloss_end == word.end and not _is_head(word) and word.tag not in _NUMERAL_TAGS) or (
                gloss_end == word.end and head_end == word.idx and word.tag in _NAME_TAGS):
            # …; and one jieba tags a place or a name, glued after a noun (50部电动巴士: 巴士/ns, session 28)
            # a glossary word across tokens (确诊 + 病例), or one jieba tags as a verb (国际/组织), a place word or
            # an adverb (12所公立高中: 高中/s, 20个据点: 据点/d, session 27)
            head_end = skip_to = gloss_end
            first_head_end = gloss_end if first_head_end < 0 else first_head_end
            only_verbs = False
            continue
        glued = word.i == first.i and word.idx != pos
        prop = next((w for w in _PROPERTY_WORDS if word.text.endswith(w) and len(word.text) - len(w) >= 2), "")
        if prop and head_end < 0 and word.idx > pos and _is_head(word) and _CJK.match(word.text):
            head_end = word.end - len(prop)  # 4只QDII基金净值下跌: jieba glued the thing to its property
            break
        if (head_end > 0 and _is_head(word) and word.text.endswith(_PROPERTY_SUFFIXES) and len(word.text) > 1
                and word.text not in glossary and not (word.i + 1 < len(words) and _is_head(words[word.i + 1])
                         and words[word.i + 1].text not in _NOT_HEADS)):
            # 5家银行不良率都…: the rate of the banks (but 机票比价网站 goes on to 网站); the first noun owns
            # the property (70个大中城市房屋销售价格: the cities); but a verb before a property with a noun of its own
            # (两间巴士公司调整票价: 票价, not 价格) is the predicate and its object: the head stays (tcounts45)
            if not (head_end < word.idx and word.text not in _PROPERTY_SUFFIXES and words[word.i - 1].tag in ("v", "vn")
                    and words[word.i - 1].idx >= head_end):
                head_end = first_head_end
            break
        if (head_end == word.idx and word.text in _SCHOOL_SUFFIXES and nxt is not None and nxt.idx == word.end
                and _is_head(nxt)):
            continue  # 福音派基督徒: 派 (jieba: a verb) makes a kind of the noun before it, the noun after is the head
        if max(head_end, verbal_end) > 0 and nxt is not None and nxt.text == "下" and nxt.tag == "f":
            break  # 在4场比赛情况下: the frame 情况下 is not part of the thing
        if (word.idx in (head_end, verbal_end) and word.idx > pos and word.text == _SPOT and word.tag == "m"
                and (nxt is None or not (nxt.idx == word.end and (nxt.text[:1].isdigit() or nxt.tag == "m")))):
            head_end = word.end  # 四个上下车点, 3个服务点: jieba reads the place's 点 as a number (a decimal point)
            continue
        if (word.idx in (head_end, verbal_end, verbs_end) and word.idx > pos and len(word.text) == 1
                and word.text in _FACILITY_ENDS and not _is_head(word) and _ends_phrase(words, word.i + 1)):
            head_end = word.end  # 120处投票所: jieba left the facility's last character alone (session 27)
            break
        if head_end == word.idx and word.text in _ADJECTIVE_TAGGED_NOUNS:
            head_end = word.end  # 120宗交通意外: the accidents, not the traffic
            continue
        if head_end > 0 and word.tag == "ns" and word.text[-1] in _BUILDING_ENDS and _ends_phrase(words, word.i + 1):
            head_end = word.end  # 两幢办公塔楼和…: jieba tags 塔楼 as a place
            break
        if (_is_head(word) and not (head_end > 0 and word.tag in _NAME_TAGS and not _kind_tagged_name(word))) or (
                glued and word.tag == "x"):  # 13个毒品加工厂: a kind of facility jieba tags a name ends the phrase
            if head_end == word.idx == first_head_end and word.text[0] in _TYPE_SUFFIXES and len(word.text) > 1:
                first_head_end = word.end  # 股票|型基金: jieba glued 型 to the head; 股票 only says what kind
            head_end = word.end
            first_head_end = word.end if first_head_end < 0 else first_head_end
        elif not _is_modifier(word, only_verbs):
            break
        elif word.tag == "vn" and head_end < 0:
            verbal_end = word.end
        elif word.tag == "v" and only_verbs:
            verbs_end = word.end
        only_verbs = only_verbs and word.tag == "v"
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
        if word.end - pos > _MAX_PHRASE_CHARS or not _CJK.match(word.text) or word.text in _TIME_ADVERBS:
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
    predicate follows it (两个“小金库”。, 这两位『吃喝大王』被免职), not 的 nor a noun it would describe."""
    text = doc_text(doc)
    if end >= len(text) or text[end] in _CLAUSE_BREAK or text[end] in "，,。；;！？!?、）)":
        return True
    if end not in b.starts:
        return False
    word = token_table(doc).words[b.token_at[end]]
    return word.tag.startswith(_QUOTED_THING_TAGS) and word.text[:1] not in "的之"


def _names_before_noun(words, i: int) -> int:
    """Start of the noun a list of names opening a phrase describes (480多家美国和加拿大高等学府: 高等学府), else -1."""
    j, names = i, 0
    while j < len(words) and words[j].tag in ("ns", "nt"):
        names += 1
        j += 1
        if j < len(words) and words[j].text in _LIST_LINK_CHARS and words[j].idx == words[j - 1].end:
            j += 1
        else:
            break
    if names < 2 or j >= len(words) or words[j].tag not in _PLAIN_NOUN_TAGS or words[j].idx != words[j - 1].end:
        return -1
    return words[j].idx


_CAUSATIVES = frozenset("让 使 令 使得 导致 促使".split())
_RESULT_COMPLEMENTS = frozenset("成".split())
_MODALS = frozenset("需 需要 须 必须 要 应 应该 应当 值得 可 可以 能 能够".split())
_HAVING = frozenset("有 拥有 具有 持有".split())
_ASPECTS = "方面"
_SAME_KIND = frozenset("同类 同类型 同级别 同档次 同规模 同等级".split())
_EDITION = "版"  # 海外版, 中文版, 网络版: a version of a thing
_MAX_EDITION = 4
_EDITION_TAGS = frozenset({"n", "nz", "ng", "j", "l", "s", "b"})  # 海外/s 版, 中文版/nz


def _relative_thing(doc: Doc, after: int, b: _Boundaries, glossary: Mapping[str, str]) -> tuple[int, int] | None:
    """The noun phrase after a 的-clause the number quantifies (3个国务院的报告: 报告), or None.

    The words between the classifier and 的 are a modifier, not the thing, when they open with a
    name (国务院的报告) or a word that is not a noun (有关法律问题的草案, 不同射程的导弹, 住在动物园的企鹅),
    or hold a verb after an unknown word (核常兼备的导弹); a dictionary noun right after the classifier is
    the thing, also when a predicate follows it (5家银行的不良率, 三位留学生讨教…的经验, 一名球员在…的数据)."""
    text = doc_text(doc)
    words = token_table(doc).words
    de = text.find("的", after, min(len(text), after + 20))
    if de < 0 or de not in b.starts or de + 1 not in b.starts:
        return None
    ages = _AGE_CLAUSE.fullmatch(text, after, de) is not None  # 两名分别28及30岁的男子: the men
    if not ages and re.search(r"(?<![A-Za-z\d])\d+(?![A-Za-z\d])", text[after:de]):
        return None  # another number before 的 (H1N1 is a name, not a number)
    if any(ch in _CLAUSE_BREAK for ch in text[after:de]):
        return None
    if de > after and text[after:de] not in _SAME_KIND and not ages:  # 263只同类型的基金 (jieba's 只同)
        first = words[b.token_at[after]]
        having = text.startswith(tuple(_HAVING), after)  # jieba may glue 有 to the classifier (名有)
        if (first.idx != after and not having) or first.tag == "m" or first.text in _LIST_COMMA_CHARS:
            return None  # glued to the classifier, a numeral word (5个整天的会期), or a list's comma (巴黎九大、)
        between = [w for w in words[first.i : b.token_at[de]]]
        if any((w.tag == "c" or w.text in _LIST_LINK_CHARS) and v.tag in _PLAIN_NOUN_TAGS and x.tag == "r"
               for v, w, x in zip(between, between[1:], between[2:])):
            return None  # 20个教育机构和他们组织的院校: a 的-clause with its own subject is the second item's
        if first.tag == "v" and text.endswith(_ASPECTS, 0, after):
            return None  # 从硬件和软件两方面进行除尘的系统: a verb after 方面 is the predicate
        if first.tag.startswith("v") and first.text.endswith(_RELATION_VERB_END) and len(first.text) >= 2:
            return None  # 另外2只属于不同类型的怪: a verb of relation right after the classifier is the predicate
        if (first.tag in _MODIFIER_TAGS and len(between) >= 3 and between[1].tag in _PLAIN_NOUN_TAGS
                and between[2].tag == "v" and between[1].end == between[2].idx):
            return None  # 4款美艳内衣做他的小妖精: a verb after the modified noun is the predicate
        if any(w.text in _CAUSATIVES and (_is_head(v) or v.tag == "vn") for v, w in zip(between, between[1:])):
            return None  # 两场放映风波让其成了…的焦点: a causative verb after the noun opens the predicate
        if first.tag == "vn" and len(between) == 2 and between[1].tag in _PLAIN_NOUN_TAGS:
            return None  # 600家销售网点的…单位: a verbal noun and a noun make one noun, the thing
        # 29项共同的意见, 100多种各行各业的类别: one adverb or one idiom before 的 is an attribute
        attribute = len(between) == 1 and ((first.tag == "d" and len(first.text) == 2)
                                          or (first.tag in ("l", "i") and len(first.text) == 4))
        # 两只收益为正的基金, 3家业绩为负的公司: a noun, 为/是 and one short word make a clause about the thing after 的
        clause = (len(between) == 3 and first.tag in _PLAIN_NOUN_TAGS and between[1].text in ("为", "是")
                  and len(between[2].text) <= 2 and _CJK.match(between[2].text) is not None)
        attribute = attribute or clause
        # 20种功能各异的植物, 两家规模较大的企业: a noun and what an adjective says of it describe the thing after 的
        attribute = attribute or (len(between) >= 2 and first.tag in _PLAIN_NOUN_TAGS and between[-1].tag == "a"
                                  and all(w.tag in ("a", "d") for w in between[1:]))
        # 20名有旧房翻新计划的消费者: 有 opening the clause says what the thing after 的 has, no predicate
        attribute = attribute or (having and len(between) >= 2)
        # 两款海外版的海报, 三个中文版的网站: an edition before 的 says which version of the noun after it
        attribute = attribute or (de - after <= _MAX_EDITION and text.endswith(_EDITION, after, de)
                                  and all(w.tag in _EDITION_TAGS for w in between))
        # 两个需格外关注的话题: a modal verb opening the clause makes it one describing the noun after 的, its
        # adverbs no predicate of the count
        modal = first.text in _MODALS and first.tag.startswith("v")
        if not attribute and not modal and any(w.tag == "d" or w.text in ("是", "为", "有", "在于") for w in between):
            return None  # 3个都是新建的: a predicate, the count stands alone
        if (first.tag in _PLAIN_NOUN_TAGS or _names_a_kind(first, glossary)) and not attribute:
            return None  # a plain noun right after the classifier is the thing, whatever its clause says
        if first.tag == "b" and len(between) == 2 and between[1].tag in _PLAIN_NOUN_TAGS and not attribute:
            return None  # 700多家大中型企业的办税人员: a kind (jieba: b) and a noun are the thing, before 的 (session 23)
        if (len(between) >= 4 and between[-1].tag in _PLAIN_NOUN_TAGS and len(between[-1].text) >= 2
                and any(w.tag == "c" or w.text in _LIST_LINK_CHARS for w in between[:-1])
                and all(w.tag in ("ns", "nt", "c") or w.text in _LIST_LINK_CHARS for w in between[:-1])):
            return None  # 480多家美国和加拿大高等学府的…理事会: names describe the noun before 的, the thing
        if not attribute and not (first.tag in _NAME_TAGS or first.tag in ("nr", "nrfg") or not _is_head(first)
                or any(w.tag == "v" for w in between)):
            return None
    pos = de + 1
    while pos <= de + 4:  # past stray words jieba left before the noun (的地地中远程导弹)
        if pos >= len(b.token_at) or text[pos] in _CLAUSE_BREAK:
            return None
        phrase = _phrase_at(doc, pos, -1, b, glossary)
        if phrase is not None:
            if _is_property(text[phrase[0] : phrase[1]], glossary) or text.startswith(_RATE_CUES, phrase[0]):
                return None  # 6445套的成交量, 两只新基金的户均持基份额: a property of the thing, not the thing
            if words[b.token_at[phrase[0]]].text in _NOT_COUNTED or (
                    text[phrase[0] : phrase[1]] in _ASPECT_NOUNS and words[b.token_at[de - 1]].tag in _OPEN_NOUN_TAGS):
                return None  # 两场的差距: a margin, not a thing; 64个扬声器的内容: what of the speakers
            if phrase[1] < len(b.token_at) and _is_property(words[b.token_at[phrase[1]]].text, glossary):
                return None  # 两只新基金的首募规模: the phrase after 的 was cut before a property, which it is part of
            verb = words[b.token_at[phrase[0]]]
            noun_before = de > after and words[b.token_at[de - 1]].tag in _OPEN_NOUN_TAGS
            if (verb.idx == phrase[0] and verb.end == phrase[1] and (verb.tag == "v" or (verb.tag == "vn" and noun_before))
                    and text[phrase[1] : phrase[1] + 1] not in _LIST_LINK_CHARS):
                return None  # 这两大巨星的发挥, 两场比赛的综述: a verb after 的 is what is done with the counted, not a thing
            return de + 1, phrase[1]
        if _is_property(words[b.token_at[pos]].text, glossary):
            return None  # 3.13万套的成交量创下…: a property of the thing, not a stray word before the thing
        pos = max(pos + 1, words[b.token_at[pos]].end)  # always forward, even past a zero-width token
    return None


def _subject_before_clause(doc: Doc, after: int, de_end: int, b: _Boundaries) -> tuple[int, int] | None:
    """The people a 名/位 counts when a noun right after it (past a place or an adjective) is followed by a verb or a
    preposition before the 的 ending at ``de_end``: they do what the clause says (两位俄罗斯宇航员向我们展示佩戴的欧米茄,
    5名中国学生参加的比赛: 宇航员, 学生), the noun after 的 is no person counted; None otherwise (两名被困在井下的矿工,
    七名年龄介乎20至40岁的男子: a noun of people only, 年龄 is the men's)."""
    words = token_table(doc).words
    if after >= len(b.token_at):
        return None
    i = b.token_at[after]
    if words[i].idx != after:
        return None
    while i < len(words) and words[i].tag in _SUBJECT_MODIFIER_TAGS and words[i].end < de_end:
        i += 1
    if i + 1 >= len(words) or words[i].tag != "n" or words[i + 1].idx >= de_end - 1:
        return None
    if len(words[i].text) < 2 or not words[i].text.endswith(_SUBJECT_PEOPLE_ENDS):
        return None  # 七名年龄介乎20至40岁的男子: a property of the people after 的, who are counted
    if words[i + 1].tag not in _PREDICATE_OPENING_TAGS:
        return None
    return after, words[i].end


def _names_a_kind(word, glossary: Mapping[str, str]) -> bool:
    """Whether a word jieba tags as a name ends in a dictionary noun of two or more characters: a kind of
    that thing (五家国有银行有…的业务: 国有银行/nt is banks, not a name opening a 的-clause)."""
    return word.tag in _NAME_TAGS and any(len(w) > 1 and word.text.endswith(w) for w in glossary)


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
    # a one-character glossary word only as a token of its own: 工人 is not 人; the longest ending wins, so the
    # glossary's lengths are tried longest first (a look-up each, not a pass over the glossary)
    best = next((end - n for n in _glossary_lengths(glossary) if n <= len(phrase)
                 and phrase[len(phrase) - n:] in glossary and (n > 1 or end - 1 in b.starts)), -1)
    if best >= 0:
        return best
    token_start = start
    for i in range(end - 1, start - 1, -1):
        if i in b.starts:
            token_start = i
            break
    if (token_start == start + 1 and start not in b.starts and _CJK.match(text[start:end])
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
    if (end - token_start == 1 and token_start > start and _CJK.match(text[start:end])
            and text[token_start] not in "".join(_ADJECTIVE_HEADS) + _TYPE_SUFFIXES + _AMONG):
        # 修补/石, 套房/源, 半球/体: a one-character last word ends a compound with the word before it
        return max((i for i in range(start, token_start) if i in b.starts), default=start)
    return token_start


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


def _noun_before(
    doc: Doc, start: int, b: _Boundaries, lexicon: Lexicon, cls: str = ""
) -> tuple[tuple[int, int] | None, bool]:
    """(start, end) of the noun before a number (确诊病例3例, 人员共有51名, 住房2.5万套), past a
    connector such as 共, and whether it is sure: a glossary noun or one before a connector.
    An open noun right before the number is only a fallback (上海报告9例 is not 9 of 报告); a reporting word
    (报告, 通报) never is one. A kind of facility jieba tags as a name (毒品加工厂3个, 加油站1200座) is a noun
    before ``cls``, a classifier of things."""
    text = doc_text(doc)
    head = text[:start]
    words = token_table(doc).words
    if head.endswith(_ASPECT) and len(head) - 1 in b.ends:
        head = head[:-1]  # 指数基金就达到了5只: the aspect of the connector
    if head and len(head) in b.ends:
        word = words[b.token_at[len(head) - 1]]
        if word.end == len(head) and word.tag == _TIME_TAG and word.text in _TIME_ADVERBS:
            head = head[: word.idx]  # 学校共有学生目前3000名: a time adverb between the noun and its number (session 26)
    gain = next((g for g in _GAINS if head.endswith(g) and head[: -len(g)].endswith(_QUANTITY_NOUNS)), "")
    if gain:
        head = head[: -len(gain)]  # 粉丝人数飙增1000多名: the quantity noun's number of 粉丝
    for connector in _CONNECTOR_WORDS + _CHANGES + _CONNECTORS + _TRANSACTIONS:
        if head.endswith(connector) and len(head) - len(connector) in b.ends:
            head = head[: -len(connector)]
            if connector not in _TRANSACTIONS:  # 投资人目前已有275位, 基金已经增至8家: past a time word or an adverb
                for _ in range(2):
                    if not head or len(head) not in b.ends:
                        break
                    word = words[b.token_at[len(head) - 1]]
                    if word.end != len(head) or word.tag not in _BETWEEN_TAGS:
                        break
                    head = head[: word.idx]
                where = _WHERE_BETWEEN.search(head)
                if where and where.start() > 0 and where.start() in b.starts and where.start() in b.ends:
                    head = head[: where.start()]  # 门市在全台已达6,800家: where they are, between the noun and its number
            break
    total = next((t for t in _TOTALS if head.endswith(t) and len(head) - len(t) in b.ends and len(head) < start), "")
    if total:
        head = head[: -len(total)]  # 总体规划总计达到100多个: a total before the connector
    qualifier = _QUALIFIER_BEFORE.search(head)
    if qualifier and qualifier.start() in b.ends:
        head = head[: qualifier.start()]  # 签证(J1)35.36万个: the noun before its parenthesised qualifier
    end = len(head)
    found = [end - len(w) for w in lexicon.glossary if head.endswith(w) and end - len(w) in b.starts]
    if found:
        return (min(found), end), True
    if end < 1:
        return None, False
    word = words[b.token_at[end - 1]]
    # a quantity noun, or a classifier's 数 (可售房源套数达到21301套: 房源; 商品房成交套数为6228套: none, borrowed)
    suffix = next((q for q in _QUANTITY_NOUNS if word.text.endswith(q)), "") or (
        word.text if len(word.text) == 2 and word.text[1] == "数" and word.text[0] in lexicon.classifiers else "")
    if word.end == end and suffix:
        if len(word.text) > len(suffix):  # 汽车产量/n, one token: 汽车
            end = word.end - len(suffix)
            if word.tag in _NAME_TAGS or not _CJK.match(text[word.idx : end]):
                return None, False
            return (word.idx, end), True
        if word.i == 0 or words[word.i - 1].end != word.idx or words[word.i - 1].tag in _NAME_TAGS:
            return None, False  # 当月产量为9万辆: a time is not the thing produced
        word = words[word.i - 1]  # 汽车产量达到74万辆: 汽车
        end = word.end
    if (word.text in _RESULT_COMPLEMENTS and word.i > 0 and words[word.i - 1].end == word.idx
            and words[word.i - 1].tag.startswith("v")):
        return None, False  # 分裂成两个, 分成三个: 成 after a verb is its result (jieba: a noun), no thing
    if word.tag == _TIME_TAG and word.end == end:
        return None, False  # 今年累计已有120例: a time before the number is when, no thing counted (session 28)
    if word.text in _REPORTING_NOUNS and word.end == end:
        return None, False  # 上海报告9例, 全省累计报告12例: the report is no thing counted
    acronym = len(head) != start and _ACRONYM.fullmatch(word.text) is not None  # QFII达到68家: past a connector
    if word.end != end or word.text in _NOT_COUNTED or word.text in _NOT_HEADS or not (_is_head(word) or acronym):
        return None, False  # 旗下有两只: a locative is no thing
    if word.text in lexicon.deixis or word.text in lexicon.anaphora:
        return None, False  # 全市共有8万名: a place (全市, 本港) is the count's owner, not its thing
    if word.tag in ("ns", "nt") and not acronym and len(head) != start:
        return None, False  # 台积电在台湾共有4座12吋晶圆厂: a place before 共有 is where, never the thing
    if _is_property(word.text, lexicon.glossary):
        return None, False  # 最高成交量13180套, 规模达到29.6亿份: a property, not the thing
    if end == start and word.tag not in _OPEN_NOUN_TAGS and not (cls not in _PEOPLE_ONLY_CLASSIFIERS and _kind_tagged_name(word)):
        return None, False  # 台军1名: a name right before the number is its owner, not the thing
    first = word
    for prev in reversed(words[max(0, word.i - 2) : word.i]):
        if not (_is_head(prev) or prev.tag in _MODIFIER_TAGS) or prev.end != first.idx or prev.tag in _NAME_TAGS:
            break
        first = prev
    return (first.idx, end), len(head) != start


@dataclass(frozen=True)
class _Reading:
    start: int
    end: int
    value: float
    approximate: bool
    classifier: str
    full: tuple[int, int] | None  # the counted phrase, None while the classifier stands alone
    head_start: int = -1
    noun_before: tuple[int, int] | None = None  # an open noun before the number, if nothing better
    cls_start: int = -1
    list_from: int = -1  # 一 read as a number only if a count ends here (两幢塔楼和一座建筑)
    lone_verb: bool = False  # the classifier stands alone before a verb (24只上涨)


def _sentence_breaks(text: str) -> list[int]:
    return [m.end() for m in _SENTENCE_BREAK.finditer(text)]


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last clause break before it (0 if none)."""
    if pos < 0:  # an end counted from the text's end, as str.rfind reads it
        return max((text.rfind(ch, 0, pos) for ch in _CLAUSE_BREAK), default=-1) + 1
    breaks = _clause_breaks(text)  # the text's breaks found once, not a search per break letter per number
    k = bisect_left(breaks, pos)
    return breaks[k - 1] + 1 if k else 0


@lru_cache(maxsize=4)
def _clause_breaks(text: str) -> list[int]:
    """Where ``text``'s clause breaks stand, in order (kept for the document being read)."""
    return [m.start() for m in _CLAUSE_BREAK_RE.finditer(text)]


_CLAUSE_BREAK_RE = re.compile(f"[{re.escape(_CLAUSE_BREAK)}]")


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
    if text.endswith(_BLOCKING_BEFORE_CHINESE, 0, start) and text[start : start + 1] in _DIGITS + _UNITS:
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


def _multiplier(num: str) -> float:
    out = 1.0
    for ch in reversed(num.rstrip("多余")):
        if ch not in "万亿":
            break
        out *= {"万": 1e4, "亿": 1e8}[ch]
    return out


def _extend(text: str, end: int) -> int:
    paren = _PAREN.match(text, end)  # 镇乡(街道): the qualifier is part of the thing
    if paren and any(tag in paren.group() for tag in _HEADLINE_TAGS):
        return end  # 八大看点(组图): a headline's note of pictures or video, not a qualifier
    return paren.end() if paren else end


def _population_before(text: str, start: int, b: _Boundaries) -> tuple[int, int] | None:
    """The span of 人口 right before a number (past a connector): 人口499, 人口约1,912, 人口为3万."""
    end = start  # the head text[:end], never copied: this runs for most numbers of a document
    if text.endswith(_CONNECTORS, 0, end):  # one test in C before the loop: most numbers follow none
        for connector in _CONNECTORS:
            if text.endswith(connector, 0, end) and end - len(connector) in b.ends:
                end -= len(connector)
                break
    if text.endswith(_POPULATION, 0, end) and end - len(_POPULATION) in b.starts:
        return end - len(_POPULATION), end
    return None


def _people_counted(doc: Doc, noun: tuple[int, int], b: _Boundaries) -> bool:
    """Whether ``noun``, right before 人数, names people (员工人数超过80万人: 员工; not 参观人数, what they do)."""
    text = doc_text(doc)
    return (text.startswith(_HEAD_COUNT, noun[1]) and text.endswith(_PEOPLE_ENDINGS + _WORKERS, *noun)
            and token_table(doc).words[b.token_at[noun[1] - 1]].tag in _PLAIN_NOUN_TAGS)


def _head_count_before(doc: Doc, start: int, b: _Boundaries) -> tuple[int, int] | None:
    """The span of X人数 right before a number with no classifier (past a connector): 参观人数达3万, 游客人数超过2万: the
    people the number counts, X being the word glued before 人数 (a verb or a noun, no name), else 人数 alone."""
    text = doc_text(doc)
    end = start
    for connector in _HEAD_COUNT_LINKS:
        if text.endswith(connector, 0, end) and end - len(connector) in b.ends:
            end -= len(connector)
            break
    if not text.endswith(_HEAD_COUNT, 0, end):
        return None
    opening = end - len(_HEAD_COUNT)
    if opening in b.starts and opening in b.ends:
        word = token_table(doc).words[b.token_at[opening - 1]] if opening > 0 else None
        if word is not None and word.end == opening and _CJK.match(word.text) and word.tag not in _NAME_TAGS \
                and word.text not in _NOT_HEADS and len(word.text) <= 3:
            return word.idx, end
        return opening, end
    word = token_table(doc).words[b.token_at[end - 1]]  # 员工人数/n, one token
    if word.end == end and word.text.endswith(_HEAD_COUNT) and _CJK.match(word.text) and word.tag not in _NAME_TAGS:
        return word.idx, end
    return None


def _read(doc: Doc, m: re.Match[str], b: _Boundaries, lexicon: Lexicon) -> _Reading | None:
    """One grammar match read as a count (its thing possibly still open), or ``None``."""
    text = doc_text(doc)
    start = m.start()
    neg, prefix, low, num, cls = m.group("neg"), m.group("prefix"), m.group("low"), m.group("num"), m.group("cls")
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
    if (start not in b.starts and not glued) or _blocked(doc, start, b) or _is_rate(text, start):
        return None
    if _DIFFERENCE_BEFORE.search(text, max(0, start - _DIFFERENCE_REACH), start) and _COMPARISON.search(text, _clause_start(text, start), start):
        return None  # 与上月同期相比减少283套: a difference, not a count
    if _STREAK_BEFORE.search(text, max(0, start - 2), start) and start - 2 in b.starts:
        return None  # 连拉四根阳线, 连胜三场: a streak, like 4连胜
    if cls in _RESULT_RUN_CLASSIFIERS and _RESULT_RUN_AFTER.match(text, m.end("cls")):
        return None  # 11场不胜的主队, 10轮不败, 4场平局: a run of results or a record, like 4连胜
    if cls in _RANK_CLASSIFIERS and text.endswith(_RANK_AFTER_AMONG, 0, start):
        return None  # 票房史中前五名: a rank (jieba's 中前), as 前100名 is
    if (cls in _RESULT_CLASSIFIERS and _RESULT_BEFORE.search(text, max(0, start - 6), start)
            and not _AMONG_AHEAD.match(text, m.end("cls"))):
        return None  # 赢下7场, 输了其中的3场: a record of results
    if cls in _RESULT_CLASSIFIERS and (_RECORD_BEFORE.search(text, max(0, start - 10), start)
                                       or _SCORED_IN_AFTER.match(text, m.end("cls"))):
        return None  # 出赛73场, 赢得本年度的10场比赛, 在154场季后赛中得到了2,909分: a player's or a season's record
    if text[start - 1 : start] == _MAGNITUDE_BEFORE and text.startswith(_MAGNITUDE_AFTER, m.end()):
        return None  # 数以千亿计的资金: a magnitude
    if cls == _PARTICLE_SUO and _PARTICLE_SUO_VERB.match(text, m.end("cls")):
        return None  # 附表2所列规格, 图3所示: 所 before a verb is the particle, the number a table's or figure's (tcounts45)
    if _CAPACITY_BEFORE.search(text, max(0, start - 4), start) and not text.startswith(_SEATS, m.end()):
        return None  # 清真寺可容纳6,000人, 能容10余人: a capacity, a measure of the place (tcounts45); 五十人座位 counts seats
    if text.startswith(_YEARS_AGO, m.end("num")) or (not cls and text.startswith(_YEARS_AGO, m.end())):
        return None  # 六千四百万年前: a time, not a count (tcounts45)
    if num == _BY_ALL_MEANS and not prefix and not low and text.startswith(_BY_ALL_MEANS_AFTER, m.end("num")):
        return None  # 千万别忘了, 千万不要: "by all means", an adverb (tcounts45)
    try:
        value, approximate = parse_number(num)
        if low:  # 5至10人, 5到10万人: the lower end
            low_value, _ = parse_number(low)
            low_value *= 1.0 if _LARGE_UNIT.search(low) else _multiplier(num)
            if low_value < value:
                value, approximate = low_value, True
    except ValueError:
        return None
    approximate = approximate or bool(prefix) or glued_prefix
    if _NUMBER_IDIOMS.match(text, m.start("num")):
        return None  # 三位一体, 三部曲: an idiom or a name holding a number, not a count
    if num[:1] in _ZEROS and num[1:2].isdigit():
        return None  # 09款, 08届: digits with a leading zero are a year's short form or a code, never a count
    if cls and not low and num == "二" and lexicon.classifiers[cls] == "measure":
        return None  # 二套房, 二号线: a lone 二 before a classifier is an ordinal (two of a thing is 两)
    if cls == "单" and text[m.end("cls") : m.end("cls") + 1] in _NOT_AFTER_DEAL:
        return None  # 两单价, 3单元: 单 opens another word (a price, a flat's number), counts no deals
    if cls == _DIGIT_PLACES[0] and text.startswith(_DIGIT_PLACES[1], m.end("cls")):
        return None  # 五位靓号卡, 六位号码: numbers of digits
    if cls == _PIECE and (text[m.end("cls") : m.end("cls") + 1].isdigit() or text[m.end("cls") : m.end("cls") + 1] in _DIGITS):
        return None  # 3块5: three yuan fifty, money
    if cls == _DEAL and text.startswith(_SUMS, m.end("cls")):
        return None  # 两笔资金, 一笔巨款: sums of money, no count
    if cls == "条" and text.endswith("国", 0, m.start()):
        return None  # 国11条, 国十条: the name of a policy
    after = m.end("cls") if cls else m.end("num")
    if cls and "." in num and not _LARGE_UNIT.search(num):
        return None  # 1.7个百分点, 2.5个月: a fraction of a thing is a measure; 4.0处理器 a version, not a count
    if cls and _not_counted_after(doc, after, m.start("cls"), b):
        return None  # 3个百分点, 六位数: the classifier belongs to a measure or a word
    if cls and _PER_UNIT.match(text, after):
        return None  # 7张/秒: a rate
    full: tuple[int, int] | None = None
    open_noun: tuple[int, int] | None = None
    head_start = -1
    adjective_end = -1  # the end of an adjective left standing for its noun (3宗输入性)
    if cls is None:
        population = _population_before(text, start, b)
        if population is not None:  # 2011年人口499
            full, start = population, population[0]
        elif _LARGE_UNIT.search(num) and (counted := _head_count_before(doc, start, b)
                                           or _people_before(doc, start, b)
                                           or _people_before_prefix(doc, start, prefix, b)) is not None \
                and not _phrase_at(doc, after, -1, b, lexicon.glossary):
            full, start = counted, counted[0]  # 参观人数达3万: the visitors, nothing counted after the number
        elif not _LARGE_UNIT.search(num):
            full = (_bare_count(doc, m, b, lexicon.glossary) if num not in _TERSE_NUMERALS
                    else _terse_count(doc, m, b))  # 6地产商, but not 409会议室; 三任务
            if full is None:
                return None
        else:
            if _measured_before(doc, start, b) or _not_counted_after(doc, after, -1, b):
                return None  # 有效像素1000万的CCD, 千万像素智能拍摄: the value of a measure
            if _MONEY_BEFORE.search(text, max(0, start - _MONEY_REACH), start):
                return None  # 年薪20万的职位, 投资两亿建设: a sum of money, its unit left out
            phrase = (_relative_thing(doc, after, b, lexicon.glossary) if text.startswith("的", after)
                      else _phrase_at(doc, after, -1, b, lexicon.glossary))
            if phrase is None or _is_property(text[phrase[0] : phrase[1]], lexicon.glossary):
                return None  # 一千万点击量: a multiplier before a property is its value, not a count
            if text.startswith(_SPENDING, phrase[0]) and not text.startswith("的", after):
                return None  # 120万拿下500间房, 数亿拍摄平民电影: a sum paid, then what it pays for
            if text.startswith(_MONEY_NOUNS, phrase[0]) or _PIXELS in text[phrase[0] : phrase[1]]:
                return None  # 4万亿财政投资计划: money; 1220万有效像素CCD传感器: the sensor's pixels
            full = (phrase[0], _extend(text, phrase[1]))
    elif cls == _ASPECTS and _verb_after_aspects(doc, after, b):
        full, head_start = (m.start("cls"), after), m.start("cls")  # 从两方面进行除尘: the aspects stand alone
    elif lexicon.classifiers[cls] == "measure":
        gloss_end = _glossary_at(text, after, b.ends, lexicon.glossary)
        vague = next((s for s in _APPROX_SUFFIXES if text.startswith(s + "的", after)), "")
        if vague:  # 十个左右的品牌: about ten brands
            approximate = True
        relative = _relative_thing(doc, after + len(vague), b, lexicon.glossary) if gloss_end < 0 else None
        if relative is not None and cls in _PEOPLE_ONLY_CLASSIFIERS:
            relative = _subject_before_clause(doc, after, relative[0], b) or relative
        phrase = relative or _phrase_at(doc, after, m.start("cls"), b, lexicon.glossary,
                                        events=cls in _EVENT_CLASSIFIERS)
        if relative is None and _UNIT_PROPERTY.match(text, after):
            phrase = None  # 其中12所学生数不到50人: the units' head count is a property of each, the classifier stands alone
        if gloss_end < 0 and relative is None and _part_before_verb(doc, start, after, b):
            phrase = None  # 其中约800家提供24小时服务: the part of the set counted before, then what it does
        if phrase is not None and cls in _EVENT_CLASSIFIERS:
            phrase = _event_list(doc, phrase, b, lexicon.glossary)  # 6起盗窃、抢劫和交通事件: 事件
            relative = phrase if relative is not None else None
        if (phrase is None and gloss_end < 0 and text.startswith("是", after) and after + 1 in b.starts
                and text[m.start() - 1 : m.start()] not in _POINTERS):  # 这两项是局部: 项 points back, 局部 says what
            phrase = _phrase_at(doc, after + 1, -1, b, lexicon.glossary)  # 其中四起是死刑案件: 案件
        end = max(phrase[1] if phrase else -1, gloss_end)
        if cls == _BIG and text[start - 1 : start] == "前":
            return None  # 前十大重仓股: a rank (jieba may glue 其前), not a count
        if cls == _BIG and value == _TOP_TEN and not approximate and text[start - 1 : start] not in _POINTERS:
            return None  # 年度十大新闻, 北京十大杰出青年: a top ten, a ranking's title, not ten things counted
        if cls == _BIG and (end <= after or value > _MAX_BIG):
            return None  # 十八大 is a congress; 大 standing alone is no classifier
        if cls == _PAIR and (end <= after or text.startswith(_PAIR_STATISTICS, after)):
            return None  # 大三双, 三双数据: a basketball statistic; 双 counts only the pairs named after it (2双鞋)
        if cls in _NAMED_AFTER_ONLY and end <= after:
            return None  # 分为三档: levels; 幅, 档 standing alone count nothing (5幅住宅用地, 3档基金 do)
        if relative is not None:
            full = relative
        elif end > after:
            full = (after, _extend(text, end))
            first_word = token_table(doc).words[b.token_at[after]]
            if (cls in _INSTITUTION_CLASSIFIERS and first_word.idx == after and first_word.text in _INSTITUTIONS
                    and first_word.end < full[1]):
                full = (after, first_word.end)  # 两家公司企业年金业务: the companies
            elif cls in _INSTITUTION_CLASSIFIERS and text.endswith(_INSTITUTION_VERBS, full[0], full[1]) and any(
                    text.endswith(i + v, full[0], full[1]) for i in _INSTITUTIONS for v in _INSTITUTION_VERBS):
                full = (full[0], full[1] - 2)  # 两家基金公司公告发行…: jieba's 公司公告 glues the verb to the company
        else:
            noun, sure = _noun_before(doc, start, b, lexicon, cls)
            if noun is not None and sure:
                full, start = noun, noun[0]
            elif noun is not None:
                open_noun = noun
            elif cls == _RUNS:
                full, head_start = (m.start("cls"), after), m.start("cls")  # 港铁增加120班次: the runs themselves
    else:
        if cls in _NOUN_UNITS and text.startswith(_NAMED_GROUPS, after):
            return None  # 八国集团, 三国演义: a name or an era
        if cls == "国" and value == 3 and text[start - 1 : start] not in _COUNTRY_INITIALS | _POINTING and not any(
                link in text[max(0, start - 15, _clause_start(text, start)) : start] for link in _EVENT_LIST_LINKS):
            return None  # 三国 is the era of the Three Kingdoms (and its games), unless after the countries
        gloss_end = _glossary_at(text, after, b.ends, lexicon.glossary) if cls not in _NOUN_UNITS else -1
        if gloss_end > after:
            full = (after, _extend(text, gloss_end))  # 五十人座位: 50 of 座位
        elif after in b.ends or text.startswith("中", after) or _glued_countries(doc, start, after, cls, b) or (
                cls == "人" and (text[after : after + 1] in _FUNCTION_CHARS + _GLUED_AFTER_PEOPLE
                                 or _glued_unknown(doc, after - 1, b))):
            # 4人中: among the four; 两人才刚刚认识, 3至4人来写, 500万人受影响 (an unknown word 万人受): jieba
            # glued the unit to the word after it
            full, head_start = (m.start("cls"), after), m.start("cls")  # 15万余人次: the unit is the thing
            if cls == _PERSON:  # 有效参赛选手为1869人: the people named before a connector are the thing
                noun, sure = _noun_before(doc, start, b, lexicon)
                if noun is not None and (_people_counted(doc, noun, b) or _people_noun(text, noun) and (
                        (sure and noun[1] < start) or _people_glued(doc, noun, start, b))):
                    full, head_start, start = noun, -1, noun[0]  # (管理着流动党员3390人, 研究人员约120人: glued;
                    # 员工人数超过80万人: the people of X人数, session 26)
                elif (counted := _people_before_prefix(doc, start, prefix, b)) is not None:
                    full, head_start, start = counted, -1, counted[0]  # 公司现有员工约3000人 (counts38)
        else:
            return None
    closing = 0  # a quoted thing's closing mark, in the count's span but not its thing
    if full is not None and head_start < 0 and _QUOTED_THING.fullmatch(text, full[0], full[1]):
        full, head_start, closing = (full[0], full[1] - 1), full[0] + 1, 1  # 两个“小金库”: the words quoted
    if full is not None and head_start < 0:
        core = _PAREN.search(text, full[0], full[1])
        core_end = core.start() if core and core.end() == full[1] and core.start() > full[0] else full[1]
        head_start = _head(text, full[0], core_end, b, lexicon.glossary)
        if text[head_start : full[1]] in _NOT_COUNTED:
            return None
        if text.endswith(_TITLES, head_start, full[1]) and cls not in _PEOPLE_ONLY_CLASSIFIERS:
            return None  # 7个全国冠军: titles won, a statistic (3名世界冠军 counts people)
        if text[head_start : full[1]] in _ADJECTIVE_HEADS and cls and lexicon.classifiers[cls] == "measure":
            full, head_start, adjective_end = None, -1, full[1]  # 3宗输入性、: the classifier stands alone
    end = max(after, full[1] + closing) if full is not None else max(after, adjective_end)

    list_from = -1
    conjunction = first_ending(text, _LIST_CONJUNCTIONS, start, default=None)
    if num == "一" and not prefix and not low and text.endswith(_ANOTHER_BEFORE + _SUCH_BEFORE, 0, start):
        return None  # 改换另一个项目: "another", an article, whatever the noun
    if num == "一" and not prefix and not low and conjunction and full is not None and not neg:
        list_from = start - len(conjunction)  # 两幢塔楼和一座建筑: an item of a list of counts
    elif num == "一" and not prefix and not low and not (full is not None and text.endswith(_ONLY_BEFORE, 0, start)) and not (
            full is not None and text[head_start : full[1]] == _PERSON and _only_named(doc, start, b)):
        counted = text[head_start : full[1]] if full is not None else ""
        if full is None or full[0] != after or head_start != after or counted not in lexicon.glossary:
            return None  # an article (一名合格民警, 一天), not a count
        if text.startswith("一", end) or (not neg and text.endswith(_PREDICATIVE_BEFORE, 0, start)):
            return None  # 一名党员一面旗, 我是一名共产党员
        if not neg and (counted in lexicon.classifiers or counted in _GENERIC_ONE):
            return None  # 一个人 read as "a person", 一家企业 "a company"; 没有一个人 is a count
    for suffix in _APPROX_SUFFIXES:
        if text.startswith(suffix, end):
            end, approximate = end + len(suffix), True
            break
    if _PER_UNIT.match(text, end):
        return None  # 7张照片/秒: a rate
    if cls in _TAKERS and not _taken(text, full, head_start, open_noun, _TAKERS[cls]):
        return None  # 三本院校, 四面八方: 本, 面 and 册 count only a noun that takes them
    words = token_table(doc).words
    lone_verb = (full is None and cls is not None and after < len(b.token_at)
                 and words[b.token_at[after]].idx == after and words[b.token_at[after]].tag.startswith("v"))
    return _Reading(start, end, 0.0 if neg else value, approximate, cls or "", full, head_start, open_noun,
                    m.start("cls") if cls else -1, list_from, lone_verb)


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


def _bare_count(doc: Doc, m: re.Match[str], b: _Boundaries, glossary: Mapping[str, str]) -> tuple[int, int] | None:
    """The phrase a bare Arabic number counts without a classifier (6地产商, 8000再培训名额), or None: only a
    whole number of its own token, not a year, not glued to a Latin letter, before a noun of people, bodies
    or countries (409会议室, 12345热线, 2008奥运会 are names)."""
    text = doc_text(doc)
    num, after = m.group("num"), m.end("num")
    if m.group("neg") or m.group("low") or not _BARE_NUMBER.fullmatch(num) or after not in b.starts:
        return None
    value = int(num.replace(",", ""))
    if value < 2 or value in _YEARS or (m.start() > 0 and text[m.start() - 1].isascii() and text[m.start() - 1].isalnum()):
        return None
    words = token_table(doc).words
    first = words[b.token_at[after]] if after < len(b.token_at) else None
    if first is None or first.idx != after or first.text in _NOT_BARE_HEADS or first.text.startswith(_DATE_WORDS + _PROGRAMMES) or not (
            first.tag in _PLAIN_NOUN_TAGS or first.text == _AGAIN):
        return None  # 14日官, 450元者: the number is a date or a price
    phrase = _phrase_at(doc, after, -1, b, glossary)
    if phrase is None or not text[phrase[0] : phrase[1]].endswith(_BARE_HEAD_ENDS):
        return None
    return phrase[0], _extend(text, phrase[1])


def _terse_count(doc: Doc, m: re.Match[str], b: _Boundaries) -> tuple[int, int] | None:
    """The noun a lone Chinese numeral counts without a classifier, in a headline's terse style (上合峰会三任务在肩,
    三基金): a numeral of two to ten that is a token of its own, right before a two-character noun that is a
    word of its own and ends the phrase; else None (三角, 四川 and 两会 are single words)."""
    if m.group("neg") or m.group("prefix") or m.group("low"):
        return None
    text = doc_text(doc)
    heading = b.heading_before(m.start())
    opening = _OPENING_BREAK.search(text, heading)
    if opening is not None and m.start() >= opening.start() or m.start() - heading > _MAX_HEADLINE:
        return None  # only in a headline's terse style: 两耳光, 三季末 in a story are no counts
    words = token_table(doc).words
    at, after = m.start("num"), m.end("num")
    if after >= len(b.token_at) or at not in b.starts or after not in b.starts:
        return None
    numeral, noun = words[b.token_at[at]], words[b.token_at[after]]
    if numeral.tag != "m" or numeral.end != after or noun.idx != after or noun.tag != "n" or len(noun.text) != 2:
        return None
    if (noun.text in _NOT_COUNTED or noun.text in _NOT_HEADS or noun.text.endswith(_PROPERTY_SUFFIXES)
            or noun.text in _TERSE_NAMES or noun.text[-1] in "末初底"):  # 三季末: a time
        return None
    nxt = words[noun.i + 1] if noun.i + 1 < len(words) else None
    if nxt is not None and nxt.idx == noun.end and (_is_head(nxt) or nxt.tag in ("k", "ng")):
        return None  # 三基金经理: the noun describes another, no terse count
    return after, noun.end


def _event_list(doc: Doc, phrase: tuple[int, int], b: _Boundaries, glossary: Mapping[str, str]) -> tuple[int, int]:
    """A run of verbs after a classifier of events that opens a list ending in a noun (6起盗窃、抢劫和交通事件)
    counts that noun: the list's last item names what the events are."""
    text = doc_text(doc)
    words = token_table(doc).words
    if not words[b.token_at[phrase[0]]].tag.startswith("v"):
        return phrase
    end = phrase[1]
    while True:
        link = next((k for k in _EVENT_LIST_LINKS if text.startswith(k, end)), None)
        if link is None or end + len(link) not in b.starts:
            break
        item = _phrase_at(doc, end + len(link), -1, b, glossary, events=True)
        if item is None or item[1] - item[0] > 8:
            break
        end = item[1]
    if end == phrase[1]:
        return phrase
    last = words[b.token_at[end - 1]]
    return (phrase[0], end) if last.tag in _PLAIN_NOUN_TAGS or text[last.idx : end] in glossary else phrase


def _ends_clause(text: str, pos: int) -> bool:
    return pos >= len(text) or text[pos] in _CLAUSE_BREAK or text.startswith("中", pos)


def _parallel(readings: list[_Reading], text: str, b: _Boundaries, words) -> list[_Reading]:
    """In a list of counts with one classifier (24只上涨,6只持平,2只下跌), a one-word "thing" ending its clause
    between classifiers standing alone before verbs is a predicate too: that classifier stands alone."""
    out = list(readings)
    # The readings come in order and do not overlap (extract_counts keeps them so), so of the earlier counts with
    # r's classifier and a thing, the last ends nearest r: when it is in another sentence, all of them are. One
    # look-up per count, not a pass over the earlier counts (quadratic in a long list of them).
    breaks = [m.start() for m in _SENTENCE_BREAK.finditer(text)]
    last_end: dict[str, int] = {}  # classifier -> the end of the last count of it with a thing (in out)

    def counted_before(r: _Reading) -> bool:
        """Whether a count before ``r`` in its sentence has its classifier and a thing."""
        end = last_end.get(r.classifier)
        return end is not None and (end >= r.start or bisect_left(breaks, end) == bisect_left(breaks, r.start))

    for i, r in enumerate(readings):
        if i and out[i - 1].full is not None:
            last_end[out[i - 1].classifier] = out[i - 1].end
        if r.full is None or r.cls_start < 0 or r.full[0] != r.cls_start + len(r.classifier):
            continue
        if r.classifier not in _EVENT_CLASSIFIERS and _predicate(words, r.full, b) and counted_before(r):
            # 328只股基…,其中两只出现亏损: a verb and its object after the classifier are what the items did
            out[i] = replace(r, end=r.cls_start + len(r.classifier), full=None, head_start=-1, noun_before=None)
            continue
        if text[r.full[1] : r.full[1] + 1] not in _CLAUSE_BREAK or any(
                s in b.starts for s in range(r.full[0] + 1, r.full[1])):
            continue
        if not counted_before(r):
            continue  # nothing before it to count: the word is the thing (5只股票,3只上涨)
        neighbours = [readings[j] for j in (i - 1, i + 1) if 0 <= j < len(readings)]
        if any(o.lone_verb and o.classifier == r.classifier and _listed(text, o, r) for o in neighbours):
            end = r.cls_start + len(r.classifier)
            out[i] = replace(r, end=end, full=None, head_start=-1, noun_before=None)
    return out


def _predicate(words, span: tuple[int, int], b: _Boundaries) -> bool:
    """Whether ``span`` is a verb and its verbal-noun object (出现亏损), not a noun phrase."""
    if span[0] not in b.starts or span[0] >= len(b.token_at):
        return False
    i = b.token_at[span[0]]
    tokens = []
    while i < len(words) and words[i].idx < span[1]:
        tokens.append(words[i])
        i += 1
    return (len(tokens) >= 2 and tokens[0].tag == "v" and tokens[-1].tag == "vn" and tokens[-1].end == span[1]
            and all(t.tag in ("v", "vn") for t in tokens))


def _listed(text: str, a: _Reading, b: _Reading) -> bool:
    """Whether two counts are close items of one sentence (at most a short predicate between them)."""
    first, second = (a, b) if a.start < b.start else (b, a)
    gap = text[first.end : second.start]
    return len(gap) <= 6 and not _SENTENCE_BREAK.search(gap)


def _fill(readings: list[_Reading], doc: Doc, b: _Boundaries, glossary: Mapping[str, str]) -> list[_Reading]:
    """Give a classifier standing alone (上海报告9例) the thing of a neighbouring count with that classifier."""
    text = doc_text(doc)
    breaks = _sentence_breaks(text)

    def sentence(pos: int) -> int:
        return bisect_right(breaks, pos)

    # The neighbours a classifier standing alone may take its thing from, looked up, not gathered from every count
    # at each (quadratic in a long list of counts): of the counts kept with that classifier and a thing, the last
    # one in its sentence, the last one (it ends nearest: the readings come in order and do not overlap), and
    # the first later one (in its sentence if any is: sentences only follow one another)
    last_in: dict[tuple[str, int], _Reading] = {}  # (classifier, sentence) -> the last count of out there
    last: dict[str, _Reading] = {}  # classifier -> the last count of out
    with_thing: dict[str, list[int]] = {}  # classifier -> the indices of the readings with a thing
    for j, o in enumerate(readings):
        if o.full is not None:
            with_thing.setdefault(o.classifier, []).append(j)
    out: list[_Reading] = []
    for i, r in enumerate(readings):
        if r.full is None:
            here = sentence(r.start)
            ahead = with_thing.get(r.classifier, [])
            k = bisect_right(ahead, i)
            later = readings[ahead[k]] if k < len(ahead) and sentence(readings[ahead[k]].start) == here else None
            source = last_in.get((r.classifier, here)) or later
            if source is None and (r.noun_before is None or text[r.noun_before[0] : r.noun_before[1]].endswith(_WHERE_NOUNS)):
                near = last.get(r.classifier)  # 生产基地7个: the noun before it beats a count of another sentence
                source = near if near is not None and r.start - near.end <= _INHERIT_WINDOW else None
            if source is not None and _object_noun_before(doc, r, b):
                source = None  # 复制品50余件，…等展品200件; 共立课题6000多项，其中12项技术政策: the noun it closes
            if source is not None and r.noun_before is not None and source.head_start >= 0 \
                    and r.noun_before[0] >= source.end:  # (not the neighbour's own noun: 32只封闭式基金24只上涨)
                own_head = _head(text, r.noun_before[0], r.noun_before[1], b, glossary)
                if text[source.head_start : source.full[1]].endswith(text[own_head : r.noun_before[1]]):
                    source = None  # 在校学生有28000名,其中国际学生5000余名: a kind of the same thing, named before it
            if (source is not None and r.noun_before is not None and r.noun_before[0] >= source.end
                    and (text[r.noun_before[0] - 1 : r.noun_before[0]] in _ITEM_BREAKS
                         or text.endswith(_OF_WHICH, 0, r.noun_before[0]))):
                # (其中私立学校约100所: a noun after 其中 names the part counted, counts37)
                source = None  # 硕士点30个，博士点12个: a noun opening its clause is its own count's thing, a new item
            among = _set_before(doc, r.start, b) if source is None and r.noun_before is None else None
            if among is None and source is None and r.noun_before is None:
                among = _set_pointed(doc, r.start, b, breaks)  # 其中三只: of the funds named before
            if among is not None:  # 舰队中只有15艘: 15 of the fleet('s ships); the span stays the count's
                r = replace(r, full=among, head_start=_head(text, among[0], among[1], b, glossary))
            elif source is None and r.noun_before is not None:  # 限价商品住房2.5万套
                start, end = r.noun_before
                r = replace(r, start=start, full=r.noun_before, head_start=_head(text, start, end, b, glossary))
            else:
                if source is not None:
                    r = replace(r, full=source.full, head_start=source.head_start)
                elif (r.classifier in _PEOPLE_CLASSIFIERS and _ends_clause(text, r.end)) or (
                        r.classifier in _SELF_AFTER_VERB and _after_verb_or_listed(doc, r, b)) or (
                        text[r.start - 1 : r.start] in _POINTERS and r.noun_before is None
                        and r.classifier != _GENERIC_CLASSIFIER and _predicate_after(doc, r.end, b)) or (
                        r.classifier in _SELF_CLASSIFIERS and (_ends_clause(text, r.end) or text.startswith("、", r.end) or (
                            text.startswith("的", r.end) and not text.startswith(tuple(_NOT_COUNTED), r.end + 1)))):
                    # 只有你们5位, ; 成交量直降4000套, ; 十几场、二十几场; 这两项是…, 有了这四点: the classifier is the thing
                    cls_span = (r.cls_start, r.cls_start + len(r.classifier))
                    r = replace(r, full=cls_span, head_start=r.cls_start)
                else:
                    continue
        out.append(r)
        if r.full is not None:
            last[r.classifier] = last_in[(r.classifier, sentence(r.start))] = r
    return out


_OF_WHICH = "其中"
_PART_OPENINGS = ("其中", "其中有", "其中就有", "其中共有", "其中仅有", "其中只有")
_PART_VERB_TAGS = frozenset({"v", "vd"})  # a verb, not a verbal noun (其中两家连锁企业)
_ITEM_BREAKS = "，,；;、"  # what opens an item of a parallel list of counts (硕士点30个，博士点12个)
_OBJECT_AFTER_TAGS = frozenset({"v", "vn", "uz", "uj", "ul", "x"})
_LIST_ENDS = ("等", "、", "和", "及", "与")


def _people_before(doc: Doc, start: int, b: _Boundaries) -> tuple[int, int] | None:
    """The span of a dictionary noun of people right before a link and a number with no classifier (内地旅客占约800万,
    访港旅客达3万): the people the number counts, as 人数 makes them in 参观人数达3万 (session 28, counts34)."""
    text = doc_text(doc)
    link = next((w for w in _PEOPLE_LINKS if text.endswith(w, 0, start) and start - len(w) in b.ends), "")
    end = start - len(link)
    if not link or end not in b.ends or end < 1:
        return None
    word = token_table(doc).words[b.token_at[end - 1]]
    if word.end == end and word.tag in _PLAIN_NOUN_TAGS and _people_noun(text, (word.idx, end)):
        return word.idx, end
    return None


def _people_before_prefix(doc: Doc, start: int, prefix: str | None, b: _Boundaries) -> tuple[int, int] | None:
    """The span of a noun of people (staff too) right before the "over" or "about" a count opens with (雇用员工逾万人,
    从业员工逾16万人, 公司现有员工约3000人): the people counted, or None (涉及员工5万多人, with nothing between, stays 人;
    a clause of 每年 or 每月 makes it a rate)."""
    text = doc_text(doc)
    if not prefix or not text.startswith(prefix, start) or start not in b.ends or start < 1:
        return None
    if _PER_PERIOD.search(text, _clause_start(text, start), start):
        return None  # 每年接受…资助的国际学生超过2.1万: a rate, however far its 每年 is
    word = token_table(doc).words[b.token_at[start - 1]]
    if (word.end == start and word.tag in _PLAIN_NOUN_TAGS and len(word.text) > 1
            and word.text.endswith(_PEOPLE_ENDINGS + _WORKERS) and word.text not in _STAFF_ACTS):
        return word.idx, start
    return None


def _predicate_after(doc: Doc, pos: int, b: _Boundaries) -> bool:
    """Whether a break or the predicate follows a count at ``pos`` (这两项是…, 这两条很…, 这十款吧), not a noun
    jieba tags otherwise (这两台相机, 相机 an adverb; 这三种情况, 情况 a word not counted)."""
    text = doc_text(doc)
    if pos >= len(text) or text[pos] in _CLAUSE_BREAK or text[pos] in "，,。；;！？!?、":
        return True
    if pos not in b.starts:
        return False
    word = token_table(doc).words[b.token_at[pos]]
    return word.tag[:1] in ("v", "p", "c", "y", "u") or (word.tag == "d" and len(word.text) == 1)


def _people_noun(text: str, noun: tuple[int, int]) -> bool:
    """Whether ``text[noun[0]:noun[1]]`` names people: it ends as nouns of people end and is more than that ending (嫌犯,
    证人), and is no count's number and unit before the next number (由12万人增加到30万人: jieba's 万人)."""
    word = text[noun[0] : noun[1]]
    return (text.endswith(_PEOPLE_ENDINGS, *noun) and len(word) > 1
            and not (word[:1].isdigit() or word[:1] in _DIGITS + _UNITS))


def _people_glued(doc: Doc, noun: tuple[int, int], start: int, b: _Boundaries) -> bool:
    """Whether a dictionary noun of people is glued to the number of 人 after it (流动党员3390人, 研究人员约120人,
    the number's 约 between): the people counted. Only after a verb, its aspect, 的 or a break (not after a name, a pronoun or an adverb, whose predicate
    it may be)."""
    text = doc_text(doc)
    if noun[1] != start and not (noun[1] < start and text[noun[1] : start] in _APPROX_PREFIXES + ("约",)):
        return False
    words = token_table(doc).words
    word = words[b.token_at[noun[1] - 1]]
    if word.end != noun[1] or word.tag not in _PLAIN_NOUN_TAGS or word.i == 0:
        return False
    before = words[b.token_at[noun[0]] - 1] if b.token_at[noun[0]] > 0 else None
    return before is None or before.tag in _OBJECT_AFTER_TAGS  # (不代表两人: 代表 is a verb after an adverb)


def _object_noun_before(doc: Doc, r: _Reading, b: _Boundaries) -> bool:
    """Whether a lone classifier closing its clause follows a dictionary noun glued to its number that is no
    subject: the noun is what it counts (…等展品200件, 工作生活用品50多件), not a neighbour's thing. A noun after a
    name or a pronoun is a predicate of it (上海报告9例), and one before a connector was taken already."""
    if r.noun_before is None or r.noun_before[1] != r.start or not _ends_clause(doc_text(doc), r.end):
        return False
    words = token_table(doc).words
    noun = words[b.token_at[r.noun_before[1] - 1]]
    if noun.end != r.start or noun.tag not in _PLAIN_NOUN_TAGS or noun.text in _PREDICATE_NOUNS or noun.i == 0:
        return False  # (治愈出院135例: 出院, a verb jieba tags a noun)
    before = words[noun.i - 1]
    # (，出院135例: a noun opening its clause may be the verb counted; after a verb or a list's end it is an object)
    return before.end == noun.idx and (before.tag.startswith("v") or before.text in _LIST_ENDS or (
        before.tag == "x" and _CJK.match(before.text) is not None))  # (共立/x: a word jieba does not know)


def _after_verb_or_listed(doc: Doc, r: _Reading, b: _Boundaries) -> bool:
    """Whether a lone classifier follows a verb (放映2000多场) or is an item of a 、 list (十几场、二十几场)."""
    text = doc_text(doc)
    if text.startswith("、", r.end) or text[r.start - 1 : r.start] == "、":
        return True
    if r.start < 1 or r.start not in b.starts or not _ends_clause(text, r.end):
        return False
    word = token_table(doc).words[b.token_at[r.start - 1]]
    return word.end == r.start and word.tag == "v"


def _set_before(doc: Doc, start: int, b: _Boundaries) -> tuple[int, int] | None:
    """The noun right before a 中 in the clause before ``start`` (弱小舰队中虽然只有15艘: 舰队), or None."""
    text = doc_text(doc)
    words = token_table(doc).words
    clause_start = _clause_start(text, start)
    at = text.rfind(_AMONG, clause_start, start)
    if (at <= clause_start and clause_start >= 3 and text[clause_start - 2] == _AMONG and text[clause_start - 1] in "，,"
            and re.search(r"\d", text[_clause_start(text, clause_start - 1) : clause_start])):
        at = clause_start - 2  # 首10间…精英学校中，九间…: a set counted in the clause before (not 在此次对话中，有两个)
    if at <= 0 or at not in b.starts or at + 1 not in b.ends:
        return None
    if _SUBJECT_AFTER_SET.search(text, at + 1, start):
        return None  # 日语中形容动词的活用分为两种: a noun phrase of its own after the set is what is divided (tcounts45)
    noun = words[b.token_at[at - 1]]
    if noun.end != at or noun.tag not in _PLAIN_NOUN_TAGS or noun.text in _NOT_HEADS or noun.text in _NOT_COUNTED:
        return None
    return noun.idx, noun.end


# A 的-phrase between a set's 中 and its number, its noun not a connector (日语中形容动词的活用分为两种): the subject
# of the clause, not the set (but 学校中规模最大的有3所 keeps the set)
_SUBJECT_AFTER_SET = re.compile(r"的(?![有是占为共约达])[\u4e00-\u9fff]")
_POINTING_BACK = "其中"  # 其中三只是…: some of the set the sentence before names


def _set_pointed(doc: Doc, start: int, b: _Boundaries, breaks: list[int]) -> tuple[int, int] | None:
    """The noun 其中 points back to before a classifier standing alone: the last plain noun of the sentence
    before, when that sentence ends with it (…已获批沪深300指数基金。其中三只是…: 指数基金), or None."""
    text = doc_text(doc)
    at = start - len(_POINTING_BACK)
    if at < 2 or not text.startswith(_POINTING_BACK, at) or at not in b.starts or at not in breaks:
        return None
    words = token_table(doc).words
    noun = words[b.token_at[at - 2]]  # the word before the sentence's stop
    if noun.end != at - 1 or noun.tag not in _PLAIN_NOUN_TAGS or noun.text in _NOT_HEADS or noun.text in _NOT_COUNTED:
        return None
    return noun.idx, noun.end


def _casualties(text: str, b: _Boundaries, readings: list[_Reading]) -> list[_Reading]:
    """The dead and the injured of N死N伤 (致3死14伤), and the men and women of N男N女 (拘捕两男一女), each a count
    of its own character."""
    out = []
    matches = [*(_CASUALTIES.finditer(text) if "伤" in text else ()),  # every match ends in 伤: no scan
               *(_MEN_WOMEN.finditer(text) if "男" in text and "女" in text else ())]
    for m in sorted(matches, key=lambda m: m.start()):
        if m.start() not in b.starts or any(r.start < m.end() and m.start() < r.end for r in readings):
            continue
        for number, word in ((1, 2), (3, 4)):
            try:
                value, approximate = parse_number(m.group(number))
            except ValueError:
                break
            at = m.start(word)
            out.append(_Reading(m.start(number), m.end(word), value, approximate, "", (at, at + 1), at))
    return out


def _in_a_name(text: str, r: _Reading) -> bool:
    """Whether a count is part of a title (《三国印魂》, 《十万个为什么》) or of a short quoted name
    (“金砖四国”, “三个代表”): such numbers name something, they count nothing."""
    title = text.rfind("《", max(0, r.start - _MAX_TITLE), r.start)
    close = text.find("》", r.end, r.end + _MAX_TITLE)
    if title >= 0 and close >= 0 and "》" not in text[title : r.start] and not any(
            ch in _CLAUSE_BREAK for ch in text[title:close]):
        return True  # but a headline in 《》 (《北漂剩女征婚:5套房产作嫁妆,谁能娶我》) still counts
    for left, right in _QUOTES:
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


def extract_counts(doc: Doc, *, lexicon: Lexicon | None = None) -> list[Mention]:
    """COUNT mentions in a ``Doc`` of normalised text, sorted by start.

    ``lexicon`` (classifiers and glossary) defaults to :func:`~zhkg.resources.lexicon.load_lexicon`.

    >>> from zhkg.stages.segment import make_nlp
    >>> doc = make_nlp()("来自全区17个镇乡(街道)、274个村的数据,参与志愿者达15万余人次")
    >>> [(m.text, m.quantity.display_value, m.quantity.counted) for m in extract_counts(doc)]
    [('17个镇乡(街道)', '17', '镇乡(街道)'), ('274个村', '274', '村'), ('15万余人次', '150000+', '人次')]
    >>> [(m.quantity.counted, m.quantity.counted_full) for m in extract_counts(make_nlp()("37名反政府武装人员"))]
    [('人员', '反政府武装人员')]
    """
    lexicon = lexicon or load_lexicon()
    text = doc_text(doc)
    b = _boundaries(doc)
    readings: list[_Reading] = []
    for m in _pattern(lexicon).finditer(text):
        if not m.group("cls") and not _LARGE_UNIT.search(m.group("num")) and not _population_before(
                text, m.start(), b) and not (m.group("num").isascii() and m.group("num")[:1].isdigit()) and m.group("num") not in _TERSE_NUMERALS:
            continue
        reading = _read(doc, m, b, lexicon)
        if reading is None or (readings and reading.start < readings[-1].end) or _in_a_name(text, reading):
            continue
        if reading.list_from >= 0 and not (
                readings and readings[-1].end == reading.list_from
                and (text[reading.list_from] not in _LIST_COMMAS or readings[-1].classifier == reading.classifier)):
            continue
        readings.append(reading)
    readings = [r for i, r in enumerate(readings) if not (i and _unit_property(text, readings[i - 1], r))]
    readings = _fill(_parallel(readings, text, b, token_table(doc).words), doc, b, lexicon.glossary)
    readings += _casualties(text, b, readings)
    places = _place_names(text, readings, token_table(doc))
    if places:
        readings = [r for r in readings if text[r.start : r.end] not in places]
    original = doc.user_data.get(ORIGINAL_KEY, text)
    mentions = []
    for r in readings:
        assert r.full is not None
        counted_simplified = text[r.head_start : r.full[1]]
        quantity = Quantity(
            value=r.value,
            counted=original[r.head_start : r.full[1]],
            counted_simplified=counted_simplified,
            classifier=r.classifier,
            approximate=r.approximate,
            gloss=lexicon.glossary.get(counted_simplified, ""),
            counted_full=original[r.full[0] : r.full[1]],
        )
        mentions.append(make_mention(doc, r.start, r.end, Label.COUNT, EXTRACTOR, quantity=quantity))
    return sorted(mentions, key=lambda x: (x.start, x.end))
