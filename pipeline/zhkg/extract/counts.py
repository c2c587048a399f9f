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
  lower bound), a range (二三十家 -> 20, 三百六七十人 -> 360, 5至10人 -> 5, 六到七千块 -> 6000: the lower
  end, in the high end's place when it is a lone digit) or a suffix (左右, 以上, 上下).
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
  3000万票房), a multiplier before a measure (千万像素), a difference against an earlier figure (相比/相对…减少了1.5万套), one round number twice around 有
  (一万个人有一万个理由: each has his own), 千家万户 and its like, rounds (40多个回合).
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
* Session 35 (counts126, real Taiwan, Hong Kong and international news): 一个委员都没有 ("not a single one"), a bare
  百家/千家 (``全国百家融媒体记者重庆行``), baseball's hits (``3支零星安打``) and a case's name (``911案``) count nothing;
  名/位 count the people before a head that names none (``3名国会议员住所``, ``5名被告庭讯``: 议员, 被告); 数百/几千
  before people (``数百俄罗斯士兵``), a bare number before 人/司机/民众/县市 (``3被害人``, ``22县市``) and 案 (``4案5人``) count.
* ``Quantity.classifier`` is the Simplified classifier (a closed set, for grouping);
  ``counted`` and ``counted_full`` are in the source script, read from the
  original text.

Layout (tidy60 split this module by what each part decides; the reading of one count, ``_read`` and its steps, the
fill of lone classifiers and :func:`extract_counts` stay here, with money, ages, dates and scores):

* :mod:`zhkg.extract.count_numerals` — numerals, multipliers, classifiers and the count pattern;
* :mod:`zhkg.extract.count_clauses` — token boundaries, one count's reading, clause and sentence breaks;
* :mod:`zhkg.extract.count_nouns` — the counted noun read around a count; :mod:`zhkg.extract.count_phrase` — the
  counted noun phrase after the classifier and its head;
* :mod:`zhkg.extract.count_people` — people counted and what a lone classifier counts;
* :mod:`zhkg.extract.count_exclusions` — numbers the pattern reads that count nothing (rates, measures,
  titles, names).

The names these modules define are still importable from here (tests and benches use them).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from zhkg.extract.base import ORIGINAL_KEY, doc_text, make_mention, token_table
from zhkg.extract.count_clauses import (
    _SENTENCE_BREAK,
    _Boundaries,
    _boundaries,
    _clause_start,
    _ends_clause,
    _Reading,
    _sentence_breaks,
)
from zhkg.extract.count_exclusions import (
    _TAKERS,
    _UNIT_PROPERTY,
    _blocked,
    _figures_of_speech,
    _glued_countries,
    _glued_unknown,
    _in_a_name,
    _is_rate,
    _measured_before,
    _not_counted_after,
    _only_named,
    _part_before_verb,
    _place_names,
    _taken,
    _unit_property,
    _verb_after_aspects,
)
from zhkg.extract.count_nouns import (
    _ASPECTS,
    _EVENT_LIST_LINKS,
    _PEOPLE_ONLY_CLASSIFIERS,
    _bare_count,
    _event_list,
    _noun_before,
    _relative_thing,
    _subject_before_clause,
    _terse_count,
)
from zhkg.extract.count_numerals import _PAREN, _SCORE_LETTERS, _extend, _multiplier, _pattern, parse_number
from zhkg.extract.count_people import (
    _after_verb_or_listed,
    _head_count_before,
    _object_noun_before,
    _people_before,
    _people_before_prefix,
    _people_counted,
    _people_glued,
    _people_noun,
    _people_within,
    _population_before,
    _predicate_after,
    _set_before,
    _set_pointed,
)
from zhkg.extract.count_phrase import (
    _ADJECTIVE_HEADS,
    _EVENT_CLASSIFIERS,
    _FUNCTION_CHARS,
    _GENERIC_ONE,
    _INSTITUTION_CLASSIFIERS,
    _INSTITUTIONS,
    _NOT_COUNTED,
    _PERSON,
    _QUOTED_THING,
    _glossary_at,
    _head,
    _is_property,
    _phrase_at,
)
from zhkg.extract.numerals import _ONE_TO_NINE as _LONE_DIGITS  # a lone digit: 六 of 六到七千
from zhkg.extract.numerals import DIGITS
from zhkg.records import Label, Mention, MentionSource, Quantity
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.text import CLAUSE_BREAKS as _CLAUSE_BREAK
from zhkg.text import first_ending

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["EXTRACTOR", "classifiers", "parse_number", "extract_counts"]

# Defined here until tidy60 moved them to the modules above; tests and benches import them from here.
from zhkg.extract.count_clauses import _HEADING  # noqa: F401
from zhkg.extract.count_exclusions import _NOT_COUNTED_LONG, _RATE_CUE  # noqa: F401
from zhkg.extract.count_nouns import _CONNECTORS, _RATE_CUES  # noqa: F401
from zhkg.extract.count_numerals import classifiers  # noqa: F401
from zhkg.extract.count_phrase import _glossary_lengths  # noqa: F401

EXTRACTOR = MentionSource.COUNT_GRAMMAR
_APPROX_SUFFIXES = ("左右", "以上", "上下")
_OVER = "过"  # "over" only before a round magnitude (过百人, 过万); else a verb's aspect (经历过一场)
# Classifiers of people and of kinds that count themselves when they stand alone (只有你们5位, 该属共有5种).
_PEOPLE_CLASSIFIERS = ("名", "位", "种")
# 万 or 亿 in a numeral: a large one, read whole (compiled once, asked of every numeral found)
_LARGE_UNIT = re.compile("[万亿]")
# 数百/几千 without a classifier before a noun of people multiply it as 万 does (数百俄罗斯士兵) (counts126).
_VAGUE_HUNDREDS = re.compile("[数几][百千]")
# A number of things after a verb of change in a comparison is a difference, not a count (与上月相比减少283套).
_COMPARISON = re.compile(r"相比|同比|环比|比上|较上|比去年|较去年|比前|较前|相对|相较")  # 相对年初…约减少了1.5万套
_DIFFERENCE_BEFORE = re.compile(r"(?:减少|增加|下降|上升|增长|增多|减|增|多|少)了?$")
# a match ends at the count or before a newline right before it: it starts no further back than this
_DIFFERENCE_REACH = 4
# Before 一, these make 一名… a predicate ("is a ..."), i.e. an article.
_PREDICATIVE_BEFORE = ("是", "成为", "当", "做", "作为")
# A count joined to the one before it by these is an item of a list (两幢塔楼和一座建筑): 一 is a number there.
_LIST_CONJUNCTIONS = ("以及", "和", "及", "与", "、", "跟", "同", "，", ",")
_LIST_COMMAS = ("，", ",")  # items of a list only with the classifier of the item before (两种…,一种…)
# Classifiers that count themselves when they stand alone with nothing to borrow (成交量直降4000套,; 例, cases: 上海报告9例).
# 处: the sites listed before it (创业于北京、上海、海口三处。; counts145).
# 类: the kinds a statement sorts things into (已分化成三类。, 可分为两类。; counts151).
_SELF_CLASSIFIERS = ("只", "套", "户", "辆", "台", "件", "头", "艘", "架", "例", "处", "类")
# ...and these only after a verb or as items of a list (放映2000多场, 十几场、二十几场; not 胜场差还是3场).
_SELF_AFTER_VERB = ("场",)
# "per" a unit after a count makes it a rate (7张/秒).
_PER_UNIT = re.compile(r"\s*[/／]\s*[\u4e00-\u9fff]")
# Verbs jieba glues to an institution after 家/所 (公司公告: a company announces): the institution is the thing.
_INSTITUTION_VERBS = ("公告",)
# 个, 家 and 所 before a body and the people of it count the bodies (五个发展中国家领导人, 30多家顶级智库代表; tune59's
# convention); people are counted with 名 and 位 (五名国家领导人).
_BODY_CLASSIFIERS = ("个", "家", "所")
# A level the number reaches, after 的 (4万份的高位, 3000点的关口): no thing counted; the classifier stands alone.
_LEVELS = ("高位", "低位", "水平", "水准", "关口", "大关", "高点", "低点", "档次")
_BODIES = ("国家", "智库", "企业", "公司", "机构", "学校", "大学", "银行", "医院", "单位")
_BODY_PEOPLE = ("领导人", "代表", "员工", "职工", "官员", "负责人", "领导")
# Nouns of where, not what: before a number they say where the counted things are (南部地区2起).
_WHERE_NOUNS = ("地区", "地方", "区域", "一带", "境内", "境外", "国内", "国外", "海外", "本地", "外地")
# Units that are nouns of their own: a noun after them is another word, not what they measure
# (两公司企业年金: 2 companies; 两车乘客: 2 vehicles).
_NOUN_UNITS = frozenset(("车", "公司", "机构", "校", "股", "国", *"党 院 省 县 县市 乡镇 乡 镇".split()))
# Bodies and divisions that count themselves (两党, 三乡镇; counts176), only where they end a word (8000万党员).
_BODY_UNITS = frozenset("党 院 省 县 县市 乡镇 乡 镇".split())
# N国 before these is a name (八国集团, 二十国集团), and 三国 an era (三国演义, 三国时期), not a count of countries;
# 两院院士 a title (an academician of both academies; counts176).
_NAMED_GROUPS = ("集团", "联军", "演义", "时期", "时代", "志", "院士")
# One-character short forms of countries that may list the countries a count of 国 counts (中日韩三国).
_COUNTRY_INITIALS = frozenset("中美日韩朝俄英法德意印越泰蒙巴")
# 这三国, 那三国: countries pointed back to, never the era (owners43)
_POINTING = frozenset("这那")
# Before 一, these make it "only one", a count (只有一个装备方队).
_ONLY_BEFORE = ("只有", "仅有", "只", "仅", "唯一", "惟一")  # 惟一一只…指数: 惟 is a variant of 唯
# Before 一, these make it "another" (另一个项目, 又一家): an article, never a count.
_ANOTHER_BEFORE = ("另", "又")
# Numerals that may count a noun without a classifier in a headline's terse style (三任务, 三基金).
_TERSE_NUMERALS = frozenset("两三四五六七八九十")
# Before 一, these make it "such a" (来自这样一个家庭): an article, never a count.
_SUCH_BEFORE = ("这样", "那样", "这么", "那么", "如此", "这种", "那种", "任何")  # 任何一个国家: "any" (counts75)
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
_AMONG_AHEAD = re.compile(r"[\u4e00-\u9fff]{0,3}中")  # 赢下了3场比赛中的2场: the games the record is taken from
# Titles after a classifier are results, game statistics (握有7个全国冠军, 两个冠军), unless the classifier counts
# people (两位冠军, 3名世界冠军); medals stay counts (获得35枚金牌).
_TITLES = ("冠军", "亚军", "季军", "锦标")  # 4个重要锦标: titles won (tcounts45)
# 数以万计, 以千亿计: a magnitude ("by the tens of thousands"), never a count of its own.
_MAGNITUDE_BEFORE, _MAGNITUDE_AFTER = "以", "计"
# A verb of holding before a number of people makes a capacity (可容纳6,000人, 能容10余人), a measure, no count.
# Not 已容纳3000名难民: those are there.
_CAPACITY_BEFORE = re.compile(r"(?:(?:可|能|可以|能够|足以)(?:容纳|容|坐|容下)|容得下)(?:约|近|逾|超过)?$")
_PARTICLE_SUO = "所"
_PARTICLE_SUO_VERB = re.compile(r"列(?!入)|示(?!范)|述|载|说|提及|提到|记载")  # not 3所示范学校, 2所列入名单的学校
_SEATS = ("座位", "座", "席", "位子")
# Office holders 席 seats (a board's 四席董事, 三席独董; 三席议员): right after it they are what it counts, as the
# glossary's nouns are after 人 (五十人座位); 席 alone still counts seats (赢得61席). Not 委员会, a body.
# 队 counts teams a phrase after it names as teams (26队搜救队伍); alone it counts the sides of a match (两队)
_TEAMS, _TEAM_HEADS = "队", ("队", "队伍")
_SEAT = "席"
_SEAT_HOLDERS = re.compile(r"(?:独立董事|董事|独董|监察人|监事|议员|立委|委员(?!会)|理事(?!会)|代表)")
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
# After 人, jieba may glue these to it (人才, 人来): the unit stands alone before them.
_GLUED_AFTER_PEOPLE = "才来"
# A multiplier with no classifier right after these is a sum of money, its 元 left out (年薪20万的职位, 投资两亿建设).
_MONEY_BEFORE = re.compile(r"(?:年薪|月薪|薪酬|工资|奖金|身价|投资|斥资|耗资|融资|募资|集资|捐资|捐款|拨款|资金|总价|售价|单价|总额)"
                           r"(?:了|约|达|为|高达|超过|近)?$")
_MONEY_REACH = 6
# A multiplier before a noun phrase opening with these is a sum of money (4万亿财政投资计划).
# Verbs of buying, selling and spending right after a multiplier make it a sum of money (120万拿下500间房).
_SPENDING = ("出售", "拿下", "买下", "购得", "拍下", "收购", "叫卖", "挂牌", "流入", "流出", "付给", "投入", "拉动",
             "用于", "注入", "购买", "买入", "卖出", "抛售", "筹集", "募集", "拍摄", "沉没", "砸下")
_MONEY_NOUNS = ("财政", "投资", "资金", "融资", "资产", "贷款", "税收",
                "损失", "经济损失", "收入", "利润", "营收", "营业额", "销售额", "成本", "支出", "开支", "赔偿",
                "财富", "内需", "本金", "本钱")  # counts75: 千万财富, 4万亿内需投资
# …and so is one the phrase after a multiplier runs into (110亿企业年金, 4万亿政府投资; counts76).
_MONEY_AFTER = ("年金", "公积金", "社保基金", "养老金")
_PIXELS = "像素"
# What a bare multiplier counts besides people and the glossary's things: shares (持有中国联通1059万股).
_SHARES = ("股",)
_PEOPLE_LAST = tuple("生人客民员工者师手士官兵警军徒")  # how a noun of people ends (1.4亿农民工, 百万敌军, 4亿信徒)
# People whose nouns end otherwise: after a noun of people they are still the people 名/位 count (10名学生家长,
# 5名员工家属), not a place or an act of those before them (3名议员住所: 议员) (counts126).
_KIN = frozenset("家属 亲属 家人 家长 子女 孩子 父母 亲人 妻子 丈夫 儿子 女儿 小孩 婴儿 母亲 父亲 配偶 同事 朋友 同学 队友 "
                 "粉丝 伙伴 助理 秘书".split())
# After 一 + classifier + noun: "not a single one" (一个委员都没有, 一个人也不认识), no count (counts126; 没有一位).
_NOT_A_SINGLE = re.compile(r"[都也](?:没有|没|不|未|无|毫无)")
# 百家/千家 with nothing before them are idioms and names (百家争鸣, 百家讲坛, 全国百家融媒体记者重庆行), not a hundred
# bodies; a numeral or a vague prefix before them still counts (近百家, 数百家, 上千家) (counts126).
_IDIOM_HOUSES = ("百", "千")
_BEFORE_HUNDREDS = "上成数几好近逾约过超达"
# Baseball's hits, which jieba splits (安|打): after an adjective the count is still a game statistic (3支零星安打).
_HITS = ("安打", "全垒打", "本垒打")
# 案 counts cases (查获4案5人, 两案疑犯); three digits or a leading zero glued to it name one (911案, 0206案) (counts126).
# 类 counts kinds only where it cannot be a class (二类疫苗, 1类致癌物, 三类医疗器械): after 两, before a clause's
# break (分化成三类。), or after a list in its clause (电视、冰箱等4类家电产品, 芯片和生物医药三类研发方向; counts151)
_KINDS = "类"
_CLASS_NUMBERS = frozenset("一 二 1 2".split())
_CLASS_BEFORE = ("第", "劣")  # 第三类, 劣四类海水 (worse than class four): a class
_KINDS_LIST = re.compile(r"[、和及与等]")
_KINDS_LINKS = ("、", "和", "及", "与")  # a list's last item glued before N类 (股市和楼市两类) is one of the kinds, not their noun


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


_CASE = "案"
_CASE_NAME = re.compile(r"0\d+|\d{3,}")
# A game's currency is money (tune9's 金元宝) and its points a score: what a count of them counts (counts75).
_TROOPS = ("主力", "兵力")  # troops, counted in 万 (十万主力, 二十万兵力); 亿 of 主力 is money (主力资金)
_TEN_THOUSAND = "万"
_HOUSEHOLD = "户"
_HOUSES = "家"  # before 的 a possessive: 两家的针对群体 counts the two companies named before (counts101, tune59)
_HOUSEHOLDS = ("家庭", "企业", "单位", "居民", "农民", "人家", "户", "公司")  # what 户 counts after a verbal noun


def _households_of(doc: Doc, after: int, b: _Boundaries) -> tuple[int, int] | None:
    """The phrase after 户 of a verbal noun and the households or bodies it names (2万户投保家庭, 400户投保企业),
    which 户 counts (counts84); ``None`` when anything else follows (5万户受灾, 1000户获得补贴)."""
    if after >= len(b.token_at) or after not in b.starts:
        return None
    words = token_table(doc).words
    verbal = words[b.token_at[after]]
    if verbal.tag != "vn" or verbal.i + 1 >= len(words):
        return None
    noun = words[verbal.i + 1]
    if noun.idx != verbal.end or noun.tag not in ("n", "nz") or not noun.text.endswith(_HOUSEHOLDS):
        return None
    return after, noun.end


_GAME_MONEY = frozenset({"金币", "元宝", "金元宝", "银元宝", "银两", "游戏币", "点券", "经验", "经验值", "积分", "声望", "声望值"})
# Nouns of people as a body, counted after a bare multiplier and 的 as people are (13亿的消费群体; counts75).
_PEOPLE_GROUPS = ("群体", "人群", "人口")
_DIGIT_PLACES = ("位", ("靓号", "号码", "号", "数字", "密码", "小数", "字母"))  # 位 before these counts digits
_PIECE = "块"  # 块 with a digit after it is money (3块5), as 块钱 is
# A number glued after these by jieba (这三名, 那两家) still starts a count.
_DEMONSTRATIVES = "这那该此其另当"  # 当两人纠缠时
# a one-letter verb jieba glues to the number after it (由九款/x, 有十多篇, 共约2万套): the count opens after it
_GLUED_CONNECTORS = "有由共"
# N死N伤: casualties of an accident or attack (致3死14伤).
_CASUALTIES = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千万])(\d+|[一二两三四五六七八九十百千]+)(死|亡)"
                         r"(\d+|[一二两三四五六七八九十百千]+)(伤)")
# N男N女: the men and the women of a Hong Kong police or accident report (拘捕两男一女, 三男两女受伤), each a count
# of its own character; not before a letter that makes a noun of it (一男一女子, 两女一男生).
_MEN_WOMEN = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千万])(\d+|[一二两三四五六七八九十]+)(男|女)"
                        r"(\d+|[一二两三四五六七八九十]+)(?!\2)(男|女)(?![子生孩童性士人装])")
# 大 (五大变化, 四大银行) counts only small numbers: 十八大 is a congress, not eighteen things.
_BIG = "大"
_PAIR = "双"
# Classifiers of Hong Kong and Taiwan usage that count only a noun named after them (5幅住宅用地, 3档基金).
# ...and 班 and 把 (3班航班, 两把刀: session 23), whose number alone is a class, a shift or a leader (3班, 三班倒, 一把手)
_NAMED_AFTER_ONLY = frozenset("幅 档 班 把 笔".split())
_RUNS = "班次"  # 加开列车320班次 counts 列车; standing alone (增加120班次) it counts the runs
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
                            r"|[三五七十]项全能|(?<=铁人)三项|三股势力"  # 三股势力 is a name (tune10's conventions)
                            # 千家万户, 千军万马, 万水千山: a thousand and ten thousand paired in four characters say
                            # "all, many" (counts101: 牵涉到千家万户 counted 1000 牵涉到)
                            r"|千(?![百千万亿])[\u4e00-\u9fff]万(?![百千万亿])[\u4e00-\u9fff]"
                            r"|万(?![百千万亿])[\u4e00-\u9fff]千(?![百千万亿])[\u4e00-\u9fff]")
# A range whose low end is a lone digit and whose high end is a digit and its place (六到七千, 三至五百): the low end
# is read in the high end's place (6000, 300), as 3-4亿 is 3亿; 十 is left alone (三到五十 may be 3 or 30).
_PLACE_OF_HIGH = re.compile(r"[一二两三四五六七八九]([百千])")
_PLACES = {"百": 100.0, "千": 1000.0}
_POINTERS = ("这", "那", "這")
_EVERYWHERE = "四处"  # before a verb, "everywhere" (四处求教), no count of places
_GENERIC_CLASSIFIER = "个"  # 这三个 points back to things it does not name; 这两项, 这两家 name their kind
_INHERIT_WINDOW = 200  # characters back to look for the thing of a classifier standing alone
# Connectors jieba glues to the approximate prefix after them (达约, 占约, 有近, 共约): the prefix still makes the
# number approximate, though it opens no token (session 28).
_GLUED_BEFORE_PREFIX = "达占有共为计至逾"


def _read(doc: Doc, m: re.Match[str], b: _Boundaries, lexicon: Lexicon) -> _Reading | None:
    """One grammar match read as a count (its thing possibly still open), or ``None``: where it opens
    (:func:`_count_opening`), whether its number counts anything (:func:`_counts_nothing_before`, its value,
    :func:`_counts_nothing_after`), the thing it counts (:func:`_counted_thing`) and that thing's head
    (:func:`_thing_head`), then whether a lone 一 is an article or an item of a list, and a suffix of approximation."""
    text = doc_text(doc)
    low, num, cls = m.group("low"), m.group("num"), m.group("cls")
    opening = _count_opening(doc, m, b)
    if opening is None:
        return None
    start, neg, prefix, glued_prefix = opening
    if _counts_nothing_before(text, m, start, prefix, b):
        return None
    try:
        value, approximate = parse_number(num)
        if low:  # 5至10人, 5到10万人: the lower end
            low_value, _ = parse_number(low)
            low_value *= 1.0 if _LARGE_UNIT.search(low) else _multiplier(num)
            place = _PLACE_OF_HIGH.match(num)
            if place and low in _LONE_DIGITS:  # 六到七千块土地: 6000, the high end's place (counts101)
                low_value *= _PLACES[place.group(1)]
            if low_value < value:
                value, approximate = low_value, True
    except ValueError:
        return None
    approximate = approximate or bool(prefix) or glued_prefix
    after = m.end("cls") if cls else m.end("num")
    if cls == _KINDS and not _kinds_counted(text, num, start, after):
        return None
    if _counts_nothing_after(doc, m, start, after, b, lexicon):
        return None
    thing = _counted_thing(doc, m, b, lexicon, start, after, value, approximate, prefix)
    if thing is None:
        return None
    full, start, head_start, open_noun, approximate = thing
    headed = _thing_head(text, full, head_start, cls, b, lexicon)
    if headed is None:
        return None
    full, head_start, adjective_end, closing = headed
    if (cls in _PEOPLE_ONLY_CLASSIFIERS and full is not None and not _people_noun(text, (head_start, full[1]))
            and not text.endswith(_PEOPLE_GROUPS + _PEOPLE_LAST, head_start, full[1])
            and text[head_start : full[1]] not in _KIN and text[head_start : full[1]] not in lexicon.role_words
            and (people := _people_within(doc, after, head_start, b)) is not None):
        full, head_start, closing = (min(full[0], people[0]), people[1]), people[0], 0  # 3名议员住所: 议员 (counts126)
    if full is not None and text.startswith(_HITS, full[1]):
        return None  # 3支零星安打: game statistics (counts126)
    if full is not None and text[head_start : full[1]] in _GAME_MONEY:
        return None  # 18万金币, 2个元宝: a game's currency is money; 1.1万经验: points, a score (counts75)
    end = max(after, full[1] + closing) if full is not None else max(after, adjective_end)

    if cls == _CASE and _CASE_NAME.fullmatch(num):
        return None  # 911案: a case's name (counts126)
    if num == "一" and not prefix and not low and _NOT_A_SINGLE.match(text, end):
        return None  # 一个委员都没有: "not a single one" (counts126)
    if (num in _IDIOM_HOUSES and cls == _HOUSES and not prefix and not low
            and text[m.start("num") - 1 : m.start("num")] not in _BEFORE_HUNDREDS):
        return None  # 全国百家融媒体记者重庆行, 百家讲坛: an idiom or a name (counts126)
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
    if (start not in b.starts and not glued) or _blocked(doc, start, b) or _is_rate(text, start):
        return None
    return start, neg, prefix, glued_prefix


def _counts_nothing_before(text: str, m: re.Match[str], start: int, prefix: str | None, b: _Boundaries) -> bool:
    """Whether the number of ``m`` (its count opening at ``start``, ``prefix`` as :func:`_count_opening` left it)
    counts nothing by the words around it: a difference (与上月同期相比减少283套), a streak (连胜三场), a run of results or
    a record (11场不胜, 赢下7场), a rank, a magnitude, the particle 所, a capacity, a time (六千四百万年前), "by all means"
    (千万别忘了)."""
    low, num, cls = m.group("low"), m.group("num"), m.group("cls")
    if _DIFFERENCE_BEFORE.search(text, max(0, start - _DIFFERENCE_REACH), start) and _COMPARISON.search(text, _clause_start(text, start), start):
        return True  # 与上月同期相比减少283套: a difference, not a count
    if _STREAK_BEFORE.search(text, max(0, start - 2), start) and start - 2 in b.starts:
        return True  # 连拉四根阳线, 连胜三场: a streak, like 4连胜
    if cls in _RESULT_RUN_CLASSIFIERS and _RESULT_RUN_AFTER.match(text, m.end("cls")):
        return True  # 11场不胜的主队, 10轮不败, 4场平局: a run of results or a record, like 4连胜
    if cls in _RANK_CLASSIFIERS and text.endswith(_RANK_AFTER_AMONG, 0, start):
        return True  # 票房史中前五名: a rank (jieba's 中前), as 前100名 is
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


def _glossary_end(text: str, phrase: tuple[int, int], glossary: Mapping[str, str]) -> bool:
    """Whether the phrase ends on a word of the glossary of counted things (1000万中小企业: 企业)."""
    start, end = phrase
    return any(text[end - n : end] in glossary for n in _glossary_lengths(glossary) if n <= end - start)


def _counted_thing(doc: Doc, m: re.Match[str], b: _Boundaries, lexicon: Lexicon, start: int, after: int,
                   value: float, approximate: bool, prefix: str | None
                   ) -> tuple[tuple[int, int] | None, int, int, tuple[int, int] | None, bool] | None:
    """The thing the count of ``m`` counts, by its classifier: none (a noun before or after the number: 参观人数达3万,
    6地产商), a measure (两家基金公司, 十个左右的品牌), a unit (五十人座位, 管理着流动党员3390人). Returns its span (None:
    the classifier stands alone), the count's start (moved to a noun before it), the head's start if already known
    (else -1), a noun before that may still be the thing, and whether the count is approximate; ``None`` when the
    words show no count (十八大, 八国集团, 年薪20万的职位)."""
    text = doc_text(doc)
    num, cls = m.group("num"), m.group("cls")
    full: tuple[int, int] | None = None
    open_noun: tuple[int, int] | None = None
    head_start = -1
    if cls is None:
        population = _population_before(text, start, b)
        if population is not None:  # 2011年人口499
            full, start = population, population[0]
        elif _VAGUE_HUNDREDS.fullmatch(num):
            phrase = _phrase_at(doc, after, -1, b, lexicon.glossary)
            if phrase is None or not (_people_noun(text, phrase) or text.endswith(_PEOPLE_LAST, *phrase)):
                return None  # 数百俄罗斯士兵 counts the soldiers; 数百公里, 数千年 nothing (counts126)
            full = (phrase[0], _extend(text, phrase[1]))
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
            if text.startswith("的", after) and not (_people_noun(text, phrase)
                                                     or text.endswith(_PEOPLE_GROUPS + _PEOPLE_LAST, *phrase)):
                return None  # 800多万的本金, 几十万的房子: what a thing is worth; 1500万的注册用户, 4亿2千万的福音派基督徒 count people
            if text.startswith(_SPENDING, phrase[0]) and not text.startswith("的", after):
                return None  # 120万拿下500间房, 数亿拍摄平民电影: a sum paid, then what it pays for
            if text.startswith(_MONEY_NOUNS, phrase[0]) or _PIXELS in text[phrase[0] : phrase[1]]:
                return None  # 4万亿财政投资计划: money; 1220万有效像素CCD传感器: the sensor's pixels
            if text.startswith(_MONEY_NOUNS + _MONEY_AFTER, phrase[1]):
                return None  # 110亿企业年金, 4万亿政府投资: the phrase says whose money it is (counts76)
            if not (_people_noun(text, phrase) or text.endswith(_PEOPLE_GROUPS + _SHARES + _PEOPLE_LAST, *phrase)
                    or _glossary_end(text, phrase, lexicon.glossary)
                    or (text.endswith(_TROOPS, *phrase) and _TEN_THOUSAND in num)):  # 十万主力: troops (counts84)
                return None  # 1400万铁塔, 3万旧房翻新, 50万级别: a bare multiplier before a thing is its price (counts76)
            full = (phrase[0], _extend(text, phrase[1]))
    elif cls == _ASPECTS and _verb_after_aspects(doc, after, b):
        full, head_start = (m.start("cls"), after), m.start("cls")  # 从两方面进行除尘: the aspects stand alone
    elif cls == _HOUSES and text.startswith("的", after):
        full, head_start = (m.start("cls"), after), m.start("cls")  # 两家的针对群体: the two companies', 家 stands alone
    elif lexicon.classifiers[cls] == "measure":
        gloss_end = _glossary_at(text, after, b.ends, lexicon.glossary)
        vague = next((s for s in _APPROX_SUFFIXES if text.startswith(s + "的", after)), "")
        if vague:  # 十个左右的品牌: about ten brands
            approximate = True
        relative = _relative_thing(doc, after + len(vague), b, lexicon.glossary) if gloss_end < 0 else None
        if relative is not None and (item := _phrase_at(doc, after, m.start("cls"), b, lexicon.glossary)) is not None \
                and item[1] < relative[1] and text.startswith("、", item[1]):
            relative = None  # 一百多家经营单位、…并存的文化市场: the number counts the list's first item (counts84)
        if relative is not None and text.endswith(_LEVELS, *relative):
            relative = None  # 处在4万份的高位: the level the number reaches, not a thing counted (counts76)
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
            elif cls in _BODY_CLASSIFIERS and (people := next(
                    (p for p in _BODY_PEOPLE if text.endswith(p, full[0], full[1])), "")) \
                    and (full[1] - len(people) in b.ends or text[full[0] : full[1] - len(people)] in _BODIES) \
                    and text.endswith(_BODIES, full[0], full[1] - len(people)):
                full = (full[0], full[1] - len(people))  # 五个发展中国家领导人, 30多家智库代表: the countries (counts76)
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
        seated = _SEAT_HOLDERS.match(text, after) if cls == _SEAT else None
        if gloss_end > after:
            full = (after, _extend(text, gloss_end))  # 五十人座位: 50 of 座位
        elif seated is not None and seated.end() in b.ends:
            full = (after, seated.end())  # 四席董事, 三席独董: the directors the seats are for (counts151)
        elif cls == _TEAMS and (teams := _phrase_at(doc, after, m.start("cls"), b, lexicon.glossary)) is not None \
                and teams[0] == after and text.endswith(_TEAM_HEADS, teams[0], teams[1]):
            full = teams  # 26队搜救队伍, 3队救援队: the teams named after their unit (counts151)
        elif cls == _HOUSEHOLD and (kind := _households_of(doc, after, b)) is not None:
            full = kind  # 约2万户投保家庭: 户 counts the insured households, the head after the verbal noun (counts84)
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
    return full, start, head_start, open_noun, approximate


def _thing_head(text: str, full: tuple[int, int] | None, head_start: int, cls: str | None, b: _Boundaries,
                lexicon: Lexicon) -> tuple[tuple[int, int] | None, int, int, int] | None:
    """The thing counted with its head (两个“小金库”: the words quoted), the end of an adjective left standing for its
    noun (3宗输入性: the classifier stands alone) and the closing quotation mark in the count's span; ``None`` when
    the head counts nothing (7个全国冠军: titles won)."""
    adjective_end = -1  # the end of an adjective left standing for its noun (3宗输入性)
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
    return full, head_start, adjective_end, closing


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
            elif (source is None and r.noun_before is not None and r.classifier == _KINDS
                  and text.endswith(_KINDS_LINKS, 0, r.noun_before[0])):
                r = replace(r, full=(r.cls_start, r.cls_start + 1), head_start=r.cls_start)  # 股市和楼市两类: the kinds
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
                            text.startswith("的", r.end) and not text.startswith(tuple(_NOT_COUNTED), r.end + 1)))) or (
                        r.classifier == _KINDS and _predicate_after(doc, r.end, b)):  # 炒房和炒股两类都在 (counts151)
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
_ITEM_BREAKS = "，,；;、"  # what opens an item of a parallel list of counts (硕士点30个，博士点12个)


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
        if m.group("cls") in _BODY_UNITS and m.end("cls") not in b.ends:  # 8000万党员: the number alone, 党 opens a word
            m = _pattern(lexicon).match(text, m.start(), m.start("cls")) or m
        if not m.group("cls") and not _LARGE_UNIT.search(m.group("num")) and not _VAGUE_HUNDREDS.fullmatch(m.group("num")) and not _population_before(
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
    readings = _figures_of_speech(text, readings)
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
