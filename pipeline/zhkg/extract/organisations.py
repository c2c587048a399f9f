"""ORGANIZATION extraction: a suffix grammar over place and organisation words.

Chinese organisation names are built right to left: a head word that names the
kind of body (政协, 公安局, 办公室, 日报) preceded by what identifies it, usually a
place and some nouns (平谷区 / 新冠肺炎疫情 / 农村基层 / 防控组). The extractor finds
each head word from ``data/org_suffixes.tsv`` ending on a jieba word boundary,
then extends left over nouns and place mentions until a function word,
punctuation, number, verb or role word stops it.

Head words differ in how much they say on their own: a *strong* head (政协,
检察院) makes a name with any noun before it; a *weak* one (局, 网, 办公室) only
after a place, or a one-character short form of one (区政协, 市委); a
*standalone* one (国务院, 组织部) is a name by itself. Overlapping candidates keep
the longest: 政协北京市平谷区委员会办公室, not 平谷区委员会.

Two more kinds of name have no Chinese head word:

* **Latin-script names** (Google, KAYAK, Apple Inc., H&M) are organisations only when
  the text says so: a company word after them (Inc., Ltd., Group; 公司, 集团, 旗下, 股价,
  董事长 …), a company word or 据 … 报道 around them, ``《X》`` before 采访/报道, a hotel's or
  house's word after them (Hilton酒店; 名为Le Manoir的大屋), or a coordination with another such
  name (Google和KAYAK). Every occurrence of a name so
  found is a mention; a Latin word alone (MVP, EB-2) is none.
* **News outlets** in datelines and sources: ``中新网6月8日电``, ``新华网北京6月10日电``,
  ``新浪体育讯``, ``据香港文汇报报道``, ``据“中央社”报道``.
* **Well-known bodies** news names by a word of their own, without a generic ending (台积电, 港大, 民建联,
  北约, 五月天: ``organisations_known.tsv``), whole words only; one that is a common word too (苹果, 小米,
  中兴) only where a sentence of the document has a cue of its kind (公司, 股价, 手机; 学生, 教授 …).
* **Sports teams**: a place or a name of two to four characters before 队 in a sports
  story (山东队, 兄弟象队), each its own name (山东队力克河北队 is two teams); the bare
  name (吉林, 兄弟象) after a result verb (输给吉林) or before 全队 is the same team
  (``ALIAS`` mentions whose ``canonical`` is the team).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Container, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.extract.base import TokenTable, Word, doc_text, make_mention, token_table
from zhkg.extract.company_words import FUNCTION_STARTS, NOT_NAME_WORDS, SHARE_VERBS, legal_form
from zhkg.extract.hong_kong import district_councils, quoted_groups
from zhkg.extract.local_places import local_schools
from zhkg.extract.team_places import BETTING_WORDS
from zhkg.extract.titled_bodies import bodies_before_officers
from zhkg.extract.trade_names import TRADES
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.gazetteer import LEVEL_CHARACTERS, is_country_code
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.normalise import COMPANY_LINK
from zhkg.stages.segment import dictionary_frequency, dictionary_tag
from zhkg.text import SENTENCE_BREAK, find_all, find_any, is_han, made_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["BODY_BEFORE_AND", "LISTED", "OUTLET_ENDINGS", "MATCH_VERBS", "extract_organisations", "NOT_NAMES", "latin_organisations", "news_outlets", "sports_teams",
           "state_bodies", "named_bodies", "known_organisations", "stock_listed_names", "STOCK_CODE", "QUOTED_HEADS"]

# the deixis 国内 ("at home", Taiwan in Taiwan's news) licenses no body's name: 国内大学 is a kind (session 29, counts37)
_AT_HOME = "国内"

#: Houses a party's members sit in, by the endings of their names (立法会, 区议会, 参议院 …): 民主党立法会议员 X is
#: a member of 民主党 who sits in 立法会 (:mod:`zhkg.extract.combine`, :mod:`zhkg.relate.membership`).
HOUSES = ("立法会", "立法院", "议会", "国会", "参议院", "众议院")

#: The ``extractor`` of mentions of names listed in a user's ``organisations.txt``.
LISTED = MentionSource.ORG_LEXICON

_NOUN_TAGS = frozenset({"n", "nz", "nt", "ns", "nrt", "j", "vn", "x", "b", "an", "ng", "nr", "nrfg"})
# jieba's dictionary tags many four-character verb phrases as nouns (充分发挥, 积极响应):
# long words only join a name when tagged as names
_LONG_WORD_TAGS = frozenset({"nt", "ns", "nz"})
# words that may stand before an organisation but are never part of its name
_STOP_WORDS = frozenset(
    "全体 各 全 其他 有关 相关 上级 各级 该 本 我 我们 他们 广大 所有 多家 主流 媒体 临时 组建 骨干 成员 一线 "
    "这个 那个 这 那 与会者 大家 每个 等 和 与 及 以及 的 在 对 为 向 从 经过 通过 按照 响应 支援 参加 单位 "
    "工作 防疫 疫情防控 号召 倡议 决策 部署 动员 支持 领导 指导 帮助 推动 组建 成立 发挥 组织 时间 贡献 力量 "
    # what a body was or is now, standing as a word before its name (原|南京大学, 今|天津大学)
    "原 前 现 今".split()
    # a preposition jieba's dictionary holds as a noun (经|最高法院: by way of)
    + ["经"]
    # a post held, taken or left, which jieba's dictionary holds as a noun (现任|深圳…有限公司董事长, 时任|…局长)
    + "现任 曾任 历任 时任 前任 原任 新任 后任".split()
    # a verb taking a court as its goal, which the segmenter may leave untagged (东家|告上|法院: the suit's
    # target, then the court; no body named 东家告上法院)
    + "告上 告到 告至 诉至 诉到 诉诸 起诉至 起诉到 上诉至 上诉到".split()
    # a holder of shares and a verb of dealing in them, which jieba may leave untagged (控股股东|光明食品集团|增持|
    # 公司股份: the holder, then the company's own shares; no body named 光明食品集团增持公司; review155)
    + ["股东", "大股东", "控股股东"] + sorted(SHARE_VERBS)
)
_ONE_CHAR_PLACES = frozenset(LEVEL_CHARACTERS + "镇乡")
# nouns jieba's dictionary tags as verbs, which still belong in names (石家庄警察护跑团, 台湾积体电路制造公司)
_NAME_NOUNS = frozenset({"警察", "公安", "国保", "消防", "武警", "交警", "环境", "生态环境", "组", "制造"})
# heads whose names may join two nouns with 与/和 (地球与环境学院)
_CONJOINED_HEADS = ("学院", "大学", "研究所", "研究院", "学会")
#: A first conjunct ending in a body's or a building's head is a name of its own (大英图书馆|和|纽约州立大学).
BODY_BEFORE_AND = ("馆", "院", "局", "署", "厅", "协会", "委员会", "中心", "公司", "银行", "集团")
# generic phrases that look like names but name no particular body
# (a company's boards and meetings: 公司董事会主席 X is the company's, relate.roles)
NOT_NAMES = frozenset({"人民政协", "政协组织", "基层党组织", "党组织", "人民政府", "共产党",
                       "董事会", "董事局", "监事会", "股东大会", "股东会"})
_MAX_PREFIX_TOKENS = 7
# the middle of a town (市中心, 城中心) and what a division's name ends in before 中心 meaning its middle
_CENTRE_WORDS = frozenset({"市中心", "城中心", "镇中心", "城市中心", "市区中心", "城区中心"})
_CENTRED = frozenset("市区县镇城乡")
# nouns of a situation or a game ending in 局, a bureau's head letter (总体|布局, 国际|格局, 一场|骗局)
_SITUATION_WORDS = frozenset("布局 格局 结局 大局 全局 时局 骗局 僵局 残局 开局 棋局 赌局 饭局 败局 变局 终局 出局 定局 乱局 "
                             "危局 困局 迷局 胜局 平局 牌局".split())
_AT = ("位于", "于", "在", "到")

_LATIN = r"[A-Za-z][A-Za-z0-9&'.\-]*(?: [A-Z][A-Za-z0-9&'.\-]*)*"
_LATIN_NAME = re.compile(rf"(?<![A-Za-z0-9&.\-])({_LATIN})(?![A-Za-z0-9&\-])")
_LATIN_LEGAL = re.compile(r"\s?(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|LLC|Co\.|GmbH|AG|PLC|plc|Group|Holdings|S\.A\.)")
# what after a Latin name says it is a company or an outlet (Google旗下, TVBS报道)
_LATIN_AFTER = ("公司", "集团", "旗下", "品牌", "股价", "股份", "董事长", "总裁", "执行长", "首席执行官", "创始人",
                "发言人", "总部", "报道", "报导", "电视台", "的创始人", "的创办人", "的联合创始人", "成立于", "创立于", "创办于")
_LATIN_BEFORE = ("公司", "集团", "品牌", "品牌：", "品牌:", "旗下", "收购")  # 鞋子品牌：Alexander Wang
# a platform, an app or software named right after its kind (社交平台TikTok, 应用程序TikTok, 聊天软件WhatsApp:
# orgs147), as web and international news name the company or service; a name in capitals alone there is a
# technical term as often (手机软件UI库, 平台API)
_LATIN_PLATFORMS = ("平台", "应用程序", "应用程式", "软件", "社交媒体", "社群媒体")
# the kind of body after a Latin name, part of the name (Google公司, NET电视台)
_LATIN_KIND = re.compile("公司|集团|电视台")
# the last word of a Latin company's or studio's name says what it is (Red Moon Software, Nova Mobile)
_LATIN_HEADS = frozenset({"Software", "Mobile", "Games", "Studios", "Studio", "Entertainment", "Interactive",
                          "Technologies", "Technology", "Systems", "Networks", "Media", "Pictures", "Records",
                          "Airlines", "Airways", "Motors", "Bank", "Capital", "Partners", "Labs", "Electronics"})
# a photo or text credit after an agency's name (REUTERS/图, TUNGSTAR/文并图)
_LATIN_CREDITS = ("/图", "/文", "/摄", "/供图")
# a hotel, house or shop a Latin name names (Hilton酒店; 名为Le Manoir的大屋): after it, or after 名为…的
_LATIN_VENUES = ("酒店", "饭店", "宾馆", "旅馆", "餐厅", "大屋", "大宅", "豪宅", "大厦", "商场", "俱乐部")
# a site a name of two words or more names (Career Hub网站), or one 名为…的网站; not a kind of site (WAP网站, Web网站)
_LATIN_SITE = "网站"
_LATIN_NAMED = ("名为", "名叫", "叫做", "称为")
_LATIN_COORDINATION = re.compile(rf"^\s*(?:公司|集团)?(?:和|与|及|、|以及)\s*({_LATIN})(?![A-Za-z0-9&\-])")
# outlets: a dateline (中新网6月8日电, 中新社香港六月十二日电), a credit (新浪体育讯) or a source (据…报道)
_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
#: How a paper's, a site's, a station's or an agency's name ends (某某日报, 某某网, 某某电视台, 中国之声): a name ending so
#: is an outlet wherever it stands (the role reader's press bylines: 新快报(微博)讯 驻京记者 X).
OUTLET_ENDINGS = ("报", "网", "电台", "电视台", "卫视", "之声", "通讯社", "周刊", "杂志", "在线")
# an outlet's head in a dateline, a credit or a source, where the words around it say it is an outlet: any 社 or 台
# and a portal's channel (新浪体育) too; a paper's whole head (日报), since the name is cut to two letters before it.
# Not OUTLET_ENDINGS' 卫视, 之声, 杂志, 在线: that cut would make 界在线 of 据金融界在线报道.
_OUTLET_HEAD = (r"(?:日报|晚报|时报|晨报|早报|商报|快报|都市报|青年报|网|社|报|台|体育|娱乐|家居|财经|科技|汽车|房产|教育"
                r"|游戏|时尚|周刊)")
#: Taiwan's and Hong Kong's 报导 beside 报道 (web114): what a source or an outlet's story is called
_REPORTS = ("报道", "报导")
_REPORT = "报道|报导"
# a wire's dateline with the day alone (Taiwan's Central News Agency: 中央社基辅8日综合外电报导, 中央社首尔5日专电),
# never running on into a word (上海电网8日电价); a bare N日报道 is a source's (据埃及中东社11日报道: _SOURCE reads it)
_DAY_DATELINE = rf"{_DAY}日(?:综合外电(?:{_REPORT})|专?电)(?![\u4e00-\u9fff])"
_DATELINE = re.compile(rf"([\u4e00-\u9fff]{{2,12}})(?:[(（]微博[)）])?(?:{_DAY}月{_DAY}日(?:电|讯|消息)|{_DAY_DATELINE})")
_CREDIT = re.compile(r"([\u4e00-\u9fff]{2,12})讯")
#: What every dateline, credit and source ends with: a text without it skips the pattern, which tries a dozen
#: lengths of name at every Chinese letter (a tenth of the organisations' time).
_PATTERN_CUES = ((_DATELINE, re.compile(rf"月{_DAY}日(?:电|讯|消息)|{_DAY_DATELINE}")), (_CREDIT, re.compile("讯")))
# 据英国(微博)《泰晤士报》10月9日报道: a portal's (微博) link after the country, the story's date before 报道
_SOURCE = re.compile(rf"据(?:[\u4e00-\u9fff]{{2,3}}?)?(?:[(（]微博[)）])?[“\"《「]?([\u4e00-\u9fff]{{1,5}}?{_OUTLET_HEAD})"
                     rf"[”\"》」]?(?:{_DAY}月{_DAY}日(?:[晚早]?间?)?)?(?:消息|{_REPORT}|称)")
# 据中国之声(微博)《全球华语广播网》报道, 据瑞典《每日新闻》26日报道: the name in 《》 of a source is the outlet or its
# programme whatever its head, and the outlet before it has one of an outlet's heads (之声, 电台, 新闻)
_SOURCE_QUOTED = re.compile(rf"据([\u4e00-\u9fff]{{2,8}}?)?(?:[(（]微博[)）])?《([^《》\s]{{2,12}})》"
                            rf"(?:(?:{_DAY}月)?{_DAY}日(?:[晚早]?间?)?)?(?:消息|{_REPORT}|称)")
# a name in 《》 that reports, without 据 (英国《卫报》报道, 《海峡时报》称, 《每日邮报》6日报道, 《越南快讯》网站报道):
# the outlet whose site speaks (网站, 网络版), or a name with an outlet's head (a book or a film reports nothing)
# (also after an issue or a time: 《中国新闻周刊》最新一期刊文称, 《财经周刊》近日发文: intl153)
_REPORTING_QUOTED = re.compile(rf"《([^《》\s]{{2,12}})》(网站|网络版|电子版)?"
                               rf"(?:(?:{_DAY}月)?{_DAY}日(?:[晚早]?间?)?)?(?:最新一期|最新|近日|日前|近期|本期|此前)?"
                               rf"(?:{_REPORT}|称|援引|引述|披露|刊文|刊登|发文|指出)")
_OUTLET_HEAD_END = re.compile(f"{_OUTLET_HEAD}$")
#: the head of a news agency's name (通讯社, 通信社, 新闻社): after a source's 据 the words before it are its name, the
#: country too (据朝鲜中央通讯社报道, 据韩国联合通讯社报道), as MSRA train marks agencies (巴基斯坦联合通讯社)
_AGENCY_HEADS = ("通讯社", "通信社", "新闻社")
_QUOTED_OUTLET_HEAD = re.compile(rf"(?:{_OUTLET_HEAD}|之声|之音|电台|电视|广播|新闻)$")
# a title in 《》 after 据 that is a document, not an outlet (据《政府工作报告》称)
_NOT_QUOTED_OUTLETS = ("报告", "白皮书", "规定", "条例", "办法", "通知", "意见", "公报", "纲要", "规划", "法", "调查",
                       "统计", "数据", "名单", "排行榜", "榜")
# a credit in brackets closing a story: (新快报 何宁整理), (羊城晚报 记者 李明)
# and one in 【】, or with the writer's 文/ before it (【文/观察者网 王恺雯】: web114)
_BRACKET_CREDIT = re.compile(rf"[(（【](?:文[/／])?([\u4e00-\u9fff]{{1,8}}{_OUTLET_HEAD})[\s\u3000]+(?:记者[\s\u3000]*)?"
                             rf"[\u4e00-\u9fff]{{2,3}}(?:整理|编译|综合|报道)?[)）】]")
# a byline opening a line: an outlet, 记者 and the reporter's name (封面新闻记者 钟晓璐, 潇湘晨报记者 王芳 长沙报道): intl153
_BYLINE_OUTLET = re.compile(r"(?:^|(?<=\n))[\s\u3000]*([\u4e00-\u9fff]{2,8}?)(?:首席|特约|见习|实习)?记者[\s\u3000]*"
                            r"[\u4e00-\u9fff]{2,3}(?=[\s\u3000、，,]|报道|$)")
_NOT_OUTLETS = frozenset({"本报", "本网", "本台", "本社", "该报", "该网", "电视台", "报社", "网", "社", "报", "我报", "我台"})
# an outlet alone in the 【】 opening a story or a line, Hong Kong's and Taiwan's dateline (【有线新闻】, 【香港电台】,
# 【星岛日报讯】): orgs132, from the web dev set's tune half
_BRACKET_DATELINE = re.compile(r"(?:^|(?<=\n))[\s\u3000]*【([\u4e00-\u9fff]{2,8}?)(?:专讯|讯|报道|消息)?】")
# what before 新闻, 电视 … in such a bracket names a column, not an outlet (【相关新闻】, 【国际新闻】, 【图片新闻】)
_COLUMN_WORDS = frozenset("相关 国际 国内 财经 体育 娱乐 社会 图片 热点 今日 要闻 本地 港闻 两岸 视频 最新 即时 突发 头条 "
                          "独家 更多 延伸 推荐 精选 科技 军事 健康 生活 滚动 重点 焦点 每日 早间 午间 晚间 其他 往期 "
                          "精彩 新闻".split())
# teams: what a sports story shows, and the words before 队 that name no team
_SPORTS = re.compile(r"比赛|赛季|联赛|球员|主场|客场|主教练|季后赛|冠军|击败|战胜|力克|输给|负于|不敌|\d+比\d+")
_NOT_TEAMS = frozenset("国家 球 主 客 全 本 该 两 各 车 梯 部 军 团 排 领 入 归 小分 救援 医疗 突击 工作 护卫 舰 考察 "
                       "代表 联 青年 少年 女 男 国奥 甲 乙 对手 球迷 啦啦 仪仗 志愿 服务 巡逻 施工 车 摩托车 "
                       "自行车 篮球 足球 排球 其 这支 那支 他们 我们 此 原 强 率 跟 带 离 球 "
                       # a sport's squad (体校|武术队): MSRA and Universal NER train mark none of 12 bare ones
                       "武术 游泳 田径 体操 跳水 射击 举重 击剑 柔道 摔跤 拳击 滑雪 滑冰 冰壶 赛艇 皮划艇 帆船 马术 射箭 "
                       "跆拳道 空手道 围棋 象棋 桥牌 "
                       # no name before 队: a pronoun or a count (看|别|队, 比|己|队, 两个|队, 拜仁|等|队), a team that
                       # plays (参赛队) or a team's rank (顶级|战队, 知名|战队; cluener38, CLUENER train half B)
                       "别 己 个 等 参赛 顶级战 知名战 "
                       # a kind of side, no one team (几支|业余队, 马晓春领衔的|老将队)
                       "业余 老将 新秀 明星".split())
# jieba's tags of words that name nothing: particles, prepositions, conjunctions, pronouns
_FUNCTION_TAGS = frozenset("upcr")
# what a team's name is written with: letters, digits and a transliteration's separators, no punctuation
_TEAM_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·‧•・\-]+")
_PARTICLES = frozenset("的地得了着过")  # (not 之: 梦之队, the Dream Team)
_PREPOSITIONS = frozenset("由经在从向被把对将于")
# a club's squads: 一队, 二队, 一线队, 预备队
_SQUAD = re.compile(r"(?:[一二三]|一线|二线|预备)$")
# what jieba's dictionary says of a club's name: a proper noun (国安, 申花), a place or a word it does not know
_CLUB_TAGS = frozenset({"nz", "ns", "nt", "x", "j"})
# what jieba says of the name before a club's number (汉诺威|96, 沙尔克|04): a name or a word it does not know
_NUMBERED_CLUB_TAGS = frozenset({"nr", "nrt", "ns", "nz", "nt", "x"})
_TEAM_VERBS = ("输给", "负于", "不敌", "击败", "战胜", "力克", "对阵", "迎战", "逼平", "淘汰", "挑战", "遭遇")
#: Verbs of one side meeting another (对阵, 击败): a body's name never holds one, it joins two (挑战杯, 淘汰赛
#: and 遭遇战 do name things, so those three are not here).
MATCH_VERBS = ("输给", "负于", "不敌", "击败", "战胜", "力克", "对阵", "迎战", "逼平")


@lru_cache(maxsize=4)
def _suffix_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    words = sorted(lexicon.org_suffixes, key=lambda w: (-len(w), w))
    # 党组 followed by 书记/成员 is part of a role (党组书记), not a body
    guards = {"党组": "党组(?!书记|成员|副书记)", "政府": "政府(?!门户|网站)"}
    alternation = "|".join(guards.get(w, re.escape(w)) for w in words)
    # a lookahead finds heads at every position: 平谷区委员会 holds both 区委 and 委员会; one test of the first
    # letters rules most positions out before the alternation is tried
    first = re.escape("".join(sorted({w[0] for w in words})))
    return re.compile(f"(?=[{first}])(?=({alternation}))")


def _is_stop(token: Word, roles: frozenset[str]) -> bool:
    text = token.text
    if token.is_space or token.is_punct or text in _STOP_WORDS or text in roles:
        return True
    if any(ch.isdigit() for ch in text):
        return True
    # markup and symbols never join a name (<script>平谷区政协); Latin words may (IBM公司)
    if not all(is_han(ch) or (ch.isascii() and ch.isalpha()) for ch in text):
        return True
    if text in _NAME_NOUNS:
        return False
    if token.tag == "x" and text[:1] in _PREPOSITIONS:
        return True  # a preposition jieba glued to a word it does not know opens no name (由本|法院)
    if len(text) >= 4:
        return token.tag not in _LONG_WORD_TAGS and not _is_noun_compound(text)
    return token.tag not in _NOUN_TAGS


# verbs naming a body's aim, opening its name before the field (促进|投资|委员会: Thailand's Board of Investment)
_AIM_VERBS = frozenset({"促进", "振兴"})
_AIM_HEADS = frozenset({"委员会", "理事会", "基金会", "领导小组"})

# how a company's legal name ends (…有限公司, …有限责任公司): a name so ended may hold a word jieba reads as a verb,
# an adverb or a role (赤峰草原|兴发|资产管理公司, 吉林草|还|丹药业有限公司, 联华盛世品牌管理|顾问|股份有限公司)
_LEGAL_ENDINGS = ("有限公司", "有限责任公司", "股份公司")
# what opens a legal name across such words: a place or a name of two letters or more
_OPENING_TAGS = frozenset({"ns", "nz", "nt", "nr", "nrt", "nrfg", "j"})
# verbs of a clause taking a company as its object (华为|收购|兴发有限公司): never inside a name
_OBJECT_VERBS = frozenset("收购 并购 入股 投资 控股 持有 参股 成立 设立 创办 创立 组建 注册 起诉 状告 加盟 加入 合并 联合 "
                          "委托 通过 接手 背靠 签约 携手 合作 转让 出售 购买 买入 卖给 增资 注资 收到 接到 发布 公告 宣布 "
                          "表示 认为 指出 称 是 为 有 在 到 给 让 由 被 把 将 向 对 从 于 经 入主 重组 借壳 吸收 旗下".split())
_LEGAL_REACH = 3


def _legal_name_opening(words: list[Word], i: int, text: str, end: int, place_chars: set[int],
                        roles: frozenset[str]) -> int | None:
    """The index of the word opening a company's legal name when the grammar stopped at word ``i`` before it:
    the place or name at most three words further left, across words jieba reads as verbs, adverbs, nouns or
    roles (吉林|草|还|丹药业有限公司); ``None`` where no legal ending closes the name, or a break, a function word,
    a verb taking an object or another body's head (太原钢铁有限公司|重组|…) comes first, or no place or name
    opens it."""
    if not text.endswith(_LEGAL_ENDINGS, 0, end):
        return None
    for k in range(i, max(-1, i - _LEGAL_REACH), -1):
        tok = words[k]
        if tok.whitespace or not all(map(is_han, tok.text)) or tok.text in _STOP_WORDS or tok.text in _OBJECT_VERBS:
            return None
        if tok.tag[:1] in "upcrmqet" or (tok.tag == "x" and tok.text[:1] in _PREPOSITIONS) \
                or tok.text.endswith(BODY_BEFORE_AND + _LEGAL_ENDINGS):
            return None
        if len(tok.text) >= 2 and tok.text not in roles and (tok.idx in place_chars or tok.tag in _OPENING_TAGS):
            return k
    return None


# the words of a legal name that name no company alone: its trades and kinds (控股集团有限公司, 物流股份有限公司)
_GENERIC_STEMS = tuple(sorted(set(TRADES) | {"集团", "新能源", "发展", "国际"}, key=lambda w: (-len(w), w)))
# jieba's tags of words that are no company's trade name: particles, prepositions, conjunctions, pronouns, numerals,
# measure words, time words, interjections, locatives, adverbs
_NO_TRADE_NAME_TAGS = "upcrmqetfd"


def _generic_legal_name(name: str) -> bool:
    """Whether ``name`` is a legal form after trades and kinds alone, no company's trade name among them.

    >>> [_generic_legal_name(n) for n in ("控股集团有限公司", "物流股份有限公司", "远航物流股份有限公司", "集团公司")]
    [True, True, False, False]
    """
    form = legal_form(name)
    if not form:
        return False
    stem = name[:-len(form)]
    while stem:
        trade = next((w for w in _GENERIC_STEMS if stem.endswith(w)), "")
        if not trade:
            return False
        stem = stem[:-len(trade)]
    return True


def _trade_name_word(tok: Word, roles: frozenset[str]) -> bool:
    """Whether jieba's word ``tok``, right before a legal name of trades and kinds alone, is its trade name (字号):
    two or three Han letters that are no word of grammar, reference, role, trade or verb taking a company as its
    object, whatever else jieba reads them as (远航|控股集团有限公司: a verb; 光明|食品…: a noun)."""
    text = tok.text
    return (2 <= len(text) <= 3 and not tok.whitespace and all(map(is_han, text)) and text not in _STOP_WORDS
            and text not in _OBJECT_VERBS and text not in roles and text not in NOT_NAME_WORDS and text not in TRADES
            and tok.tag[:1] not in _NO_TRADE_NAME_TAGS and not (tok.tag == "x" and text[0] in FUNCTION_STARTS))


def _is_noun_compound(word: str) -> bool:
    """农村基层 = 农村 + 基层 is a noun compound; 充分发挥 = 充分 + 发挥 is not."""
    half = len(word) // 2
    return dictionary_tag(word[:half]) in _NOUN_TAGS - {"x"} and dictionary_tag(word[half:]) in _NOUN_TAGS - {"x"}


def _heads_in(text: str, lexicon: Lexicon) -> list[str]:
    return [m.group(1) for m in _suffix_pattern(lexicon).finditer(text)]


@lru_cache(maxsize=4)
def _role_set(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(lexicon.role_words)


@lru_cache(maxsize=4)
def _listed_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """The user's organisations as one pattern, longest first: compiled once per lexicon, not per document."""
    return re.compile("|".join(map(re.escape, sorted(lexicon.organisations, key=lambda n: (-len(n), n)))))


def _listed(text: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Every occurrence of a name in the user's ``organisations.txt``, taken whole."""
    if not lexicon.organisations:
        return []
    return [(m.start(), m.end(), LISTED) for m in _listed_pattern(lexicon).finditer(text)]


def _joins_heads(word: str, suffixes: Mapping[str, str]) -> bool:
    """Whether a word of jieba's is two bodies' heads joined by a conjunction (党和政府: the party and the
    government), no one body's name; a field joined to a head is one (劳动和社会保障部, 食品和药物管理局).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> [_joins_heads(w, load_lexicon().org_suffixes) for w in ("党和政府", "劳动和社会保障部", "政府")]
    [True, False, False]
    """
    parts = re.split("[和与及]", word, maxsplit=1)
    return len(parts) == 2 and all(p in suffixes or p in _ONE_LETTER_BODIES for p in parts)


# bodies written with one letter and no head of the grammar: the party, the army (党和政府, 军和政府)
_ONE_LETTER_BODIES = frozenset("党军")


def extract_organisations(
    doc: Doc, places: list[Mention] | None = None, *, lexicon: Lexicon | None = None,
    people: list[Mention] | None = None,
) -> list[Mention]:
    """ORGANIZATION mentions in a ``Doc`` of normalised text, sorted by offset.

    ``places`` are the document's PLACE mentions; they license weak head words.
    ``lexicon`` defaults to :func:`~zhkg.resources.lexicon.load_lexicon`; names in
    its ``organisations`` (a user's ``organisations.txt``) are found whole, with
    extractor ``LISTED``, and win over grammar names they overlap. ``people`` are the document's PERSON
    mentions: an officer's name after a title names the body before it (:mod:`zhkg.extract.titled_bodies`).

    >>> from zhkg.stages.segment import make_nlp
    >>> doc = make_nlp()("稷山县公安局民警贺旺英")
    >>> [m.text for m in extract_organisations(doc)]
    ['稷山县公安局']
    """
    text = doc_text(doc)
    # (国内 "at home" is no place a body is named with: 国内大学, 国内银行 are kinds; counts37)
    places = [m for m in places or [] if not (m.extractor == MentionSource.DEIXIS and m.simplified == _AT_HOME)]
    place_chars = set()
    for m in places:
        place_chars.update(range(m.start, m.end))
    place_starts = {m.end: m.start for m in places}  # where the place ending at a position starts
    table = token_table(doc)
    words = table.words
    token_at_start = {t.idx: t.i for t in words}
    token_of_char = table.token_of_char
    token_ends = table.ends
    lexicon = lexicon or load_lexicon()
    roles = lexicon.role_words
    role_set = _role_set(lexicon)
    suffixes = lexicon.org_suffixes
    candidates: list[tuple[int, int, str]] = []

    for m in _suffix_pattern(lexicon).finditer(text):
        head, strength = m.group(1), suffixes.get(m.group(1), "")
        if not strength:  # the lookahead-guarded 党组
            strength = suffixes["党组"]
        # the head ends a word, or runs into a role word (防控组|组长 is segmented 防控|组组长)
        if m.end(1) not in token_ends and not text.startswith(roles, m.end(1)):
            continue
        last = words[token_of_char[m.end(1) - 1]]
        # the head must be its own word, or end a noun word (公安局, 政协报) — not the tail of 全局
        if last.idx < m.start(1) and (last.tag not in _NOUN_TAGS or len(last.text) > len(head) + 3):
            continue
        if _joins_heads(last.text, suffixes):
            continue  # 中国|党和政府: jieba's one word for two bodies joined by 和, the party and the government
        if head == "网" and text.endswith(_NETWORK_KINDS, 0, m.start(1)):
            continue  # 英国电力网, 全国铁路网: a network of lines, no website (overrides61)
        if head.endswith("银行") and text.startswith("间", m.end(1)):
            continue  # 上海银行间同业拆放利率: 银行间 is "interbank", no bank (cluener38)
        if text[m.start(1) - 1:m.end(1)] in _SITUATION_WORDS \
                and dictionary_tag(text[max(0, m.start(1) - 2):m.start(1)]) == "x":
            continue  # 总体布局, 国际格局: a state of play, not a bureau (but 安全|局 is one)
        if head == "中心" and (last.text in _CENTRE_WORDS or last.text == head and (
                text[m.start(1) - 1:m.start(1)] in _CENTRED
                or text[max(0, place_starts.get(m.start(1), 0) - 2):place_starts.get(m.start(1), 0)].endswith(_AT))):
            continue  # 市中心, 台北市|中心, 位于布达佩斯|中心: the middle of a place, no body
        first_i = token_at_start.get(m.start(1), last.i)
        start = words[first_i].idx if m.start(1) in token_at_start else last.idx
        # extend left over name material
        i, taken = first_i - 1, 0
        best_start = start
        crossed = False  # whether the name has run over a verb to the name opening it (once only)
        reached_place = any(p in place_chars for p in range(start, m.end(1))) or (
            last.text[:1] in _ONE_CHAR_PLACES and last.text[1:] == head  # 市政府, 区政府
        )
        while i >= 0 and taken < _MAX_PREFIX_TOKENS:
            tok = words[i]
            if tok.whitespace:
                break  # a space separates names (为家而战 磐石人大)
            in_place = tok.idx in place_chars
            if crossed and not in_place and not (tok.tag in _OPENING_TAGS - {"j"} and len(tok.text) >= 2):
                break  # past a verb, only places and names open the name (长春|万科|房地产|开发|有限公司)
            # (a first conjunct that is a whole school is a name of its own: 屏东农业学校|与|台北帝国大学)
            conjoined = (
                tok.text in ("与", "和") and head in _CONJOINED_HEADS and i > 0 and not _is_stop(words[i - 1], role_set)
                and not words[i - 1].text.endswith(_CONJOINED_HEADS + SCHOOL_HEADS + _UNIVERSITY_HEADS + BODY_BEFORE_AND)
            )
            # a state's or a province's school says so after the place (宾夕法尼亚州|立|大学, 州立 of 州立大学)
            owned = (tok.text == "立" and head.endswith(_UNIVERSITY_HEADS + SCHOOL_HEADS) and i > 0 and words[i - 1].idx in place_chars
                     and words[i - 1].text[-1:] in "州省市县")
            if tok.text in _AIM_VERBS and head in _AIM_HEADS and best_start < start \
                    and words[i + 1].tag in ("n", "vn", "nz"):
                best_start = tok.idx  # a body named by its aim (促进|投资|委员会, overrides64): the verb opens it
                break
            if not in_place and not conjoined and not owned and _is_stop(tok, role_set):
                opening = None if crossed or any(p in place_chars for p in range(best_start, m.end(1))) \
                    else _legal_name_opening(words, i, text, m.end(1), place_chars, role_set)
                if opening is None:
                    break
                # 吉林草|还|丹药业有限公司: a legal name runs over its verbs to the place or name opening it,
                # and on over the names before that (长春|万科|房地产|开发|有限公司)
                crossed = True
                taken += i - opening
                i = opening
                tok, in_place = words[i], words[i].idx in place_chars
            if tok.text in ("与", "和") and i > 0 and words[i - 1].text.endswith(_UNIVERSITY_HEADS) \
                    and head.endswith(_UNIVERSITY_HEADS):
                break  # two colleges, not one (查尔斯顿艺术学院|和|柯林斯学院)
            best_start = tok.idx
            reached_place = reached_place or in_place or (tok.text in _ONE_CHAR_PLACES)
            if tok.text in lexicon.deixis and tok.text != _AT_HOME:  # 全区, 本市: the document's home place
                reached_place = True
            i -= 1
            taken += 1
        start = best_start
        # a legal name of trades and kinds alone (控股集团有限公司) takes the word before it as its trade name, which
        # the walk left stopped at: jieba reads many as verbs (远航|控股集团有限公司; review155)
        k = token_at_start.get(start, 0)
        if k and _generic_legal_name(text[start:m.end(1)]) and _trade_name_word(words[k - 1], role_set):
            start = words[k - 1].idx
        name = text[start : m.end(1)]
        if name in NOT_NAMES:
            continue
        if head == "政府" and name.endswith("党政府") and len(name) > 3:
            # a party's government names the party (工党政府, 联盟党政府: MSRA train marks the party, 21 of 21)
            candidates.append((start, m.end(1) - len(head), MentionSource.ORG_SUFFIX))
            continue
        if strength == "standalone" or name == head and head in ("政协",):
            candidates.append((start, m.end(1), MentionSource.ORG_SUFFIX))
            continue
        if start == m.start(1) or (start == last.idx and last.text == name and name == head):
            continue  # a bare head word names no particular body
        # a weak head is licensed by a place, or by a body named inside it (政协机关, 防控组办公室)
        inner_body = any(
            suffixes.get(h) in ("strong", "standalone") for h in _heads_in(name[: len(name) - len(head)], lexicon)
        )
        if strength == "weak" and not reached_place and not inner_body:
            continue
        candidates.append((start, m.end(1), MentionSource.ORG_SUFFIX))

    candidates.extend((w.idx, w.end, MentionSource.ORG_SUFFIX) for w in words  # its cheap test first, in line
                      if len(w.text) == 3 and w.text not in NOT_NAMES and abbreviated_body(w, text, lexicon))
    teams = sports_teams(text, places, table)
    # names fixed by their context come before the grammar's: 处理原则|中国台湾网, 力克|河北队
    fixed = ([(s, e, MentionSource.ORG_LATIN) for s, e in latin_organisations(text)]
             + [(s, e, MentionSource.ORG_OUTLET) for s, e in news_outlets(text)]
             + [(s, e, MentionSource.ORG_TEAM) for s, e, whole in teams if whole]
             + [(s, e, MentionSource.ORG_TEAM) for s, e in listed_teams(text, table, lexicon)]
             + [(s, e, MentionSource.ORG_DEPARTMENT) for s, e in departments(text)]
             + [(s, e, MentionSource.ORG_DEPARTMENT) for s, e in services_by_kind(text, table)]
             + [(s, e, MentionSource.ORG_STATE_BODY) for s, e in state_bodies(text, places, table)]
             + [(s, e, MentionSource.ORG_STOCK_CODE) for s, e in stock_listed_names(text, table)]
             + [(s, e, MentionSource.ORG_STATE_BODY) for s, e in district_councils(text, places)]
             + [(s, e, MentionSource.ORG_QUOTED) for s, e in quoted_groups(text)])
    # bodies named by their kind compete with the grammar's names, the longest winning (中国国民党中央委员会)
    candidates.extend((s, e, MentionSource.ORG_NAMED_KIND) for s, e in named_bodies(text, places, table))
    candidates.extend((s, e, MentionSource.ORG_NAMED_KIND) for s, e in societies(text, places, table))
    candidates.extend((s, e, MentionSource.ORG_SCHOOL) for s, e in local_schools(text, table))  # 员林高中
    candidates.extend((s, e, MentionSource.ORG_NAMED_KIND) for s, e in addressed_bodies(text, table))  # 向|教育局
    candidates.extend((s, e, MentionSource.ORG_NAMED_KIND)  # 工策会|总干事|洪荣章, 教育|处长|王淑玲 (orgs160)
                      for s, e in bodies_before_officers(text, table, places, people or (), lexicon))
    # and so do well-known bodies: a longer name holding one is that name's (港大医学院); a body named by its
    # kind keeps a span it finds too (国民党), the grammar's generic head does not (台积电|公司)
    known = known_organisations(text, table, lexicon)
    known_spans = set(known)
    candidates = [c for c in candidates if c[2] != MentionSource.ORG_SUFFIX or (c[0], c[1]) not in known_spans]
    # a department's or an outlet's name the context fixes inside a listed name is that name's part
    # (国家林业和草原局: not 草原局; 中央广播电视总台: not 视总台)
    held = _longer_holder(known)
    fixed = [c for c in fixed if not held(c[0], c[1])]
    candidates.extend((s, e, MentionSource.ORG_KNOWN) for s, e in known)
    candidates.extend((s, e, MentionSource.ORG_NAMED_KIND) for s, e in unions_of(text, known))
    # no body's name cuts a village or a street read by its head (台南市永康区|网寮里: no 台南市永康区网)
    cut = [(p.start, p.end) for p in places or () if p.extractor in _LOCAL_PLACES]
    if cut:
        candidates = [c for c in candidates
                      if not any(s < c[1] and c[0] < e and not (c[0] <= s and e <= c[1]) for s, e in cut)]
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    chosen: list[tuple[int, int, str]] = _listed(text, lexicon)
    taken = {i for s, e, _ in chosen for i in range(s, e)}  # characters already named: linear, not pairwise
    for cand in sorted(fixed, key=lambda c: (c[0], -(c[1] - c[0]))):
        if taken.isdisjoint(range(cand[0], cand[1])):
            chosen.append(cand)
            taken.update(range(cand[0], cand[1]))
    for cand in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        if taken.isdisjoint(range(cand[0], cand[1])):
            chosen.append(cand)
            taken.update(range(cand[0], cand[1]))
    chosen.sort()
    chosen, owned = _owned_institutions(chosen, text, table, taken)
    out = [make_mention(doc, s, e, Label.ORGANIZATION, kind) if text[s:e] not in owned
           else make_mention(doc, s, e, Label.ORGANIZATION, MentionSource.ALIAS, canonical=owned[text[s:e]])
           for s, e, kind in chosen]
    # a team's bare name (输给吉林, 江苏全队) is that team, where nothing else is named
    for s, e, team in teams:
        if not team and taken.isdisjoint(range(s, e)):
            full = next(t for t in teams if t[2] and text[t[0]:t[1]].endswith(text[s:e] + "队"))
            out.append(make_mention(doc, s, e, Label.ORGANIZATION, MentionSource.ALIAS,
                                    canonical=text[full[0]:full[1]]))
    return sorted(out, key=lambda m: (m.start, m.end))


#: Verbs whose object is the body a clause addresses, complains to or blames (议员批评|消费者委员会,
#: 团体致函|食物及卫生局, 立委质询|卫福部); no body's name holds one as a word of its own.
ADDRESS_VERBS = frozenset("致函 去函 致信 去信 来函 来信 写信 函请 质询 质问 批评 抨击 谴责 炮轰 指责 促请 敦促 要求 "
                          "投诉 举报 控告 状告 入禀 申诉 求助 致电".split())
# a government body's head letter, ending the one word that names it (教育局, 税务局, 卫生署, 交通厅); a word ending in
# 部 or 处 names a body only where jieba tags it one (外交部, 联络处; not 俱乐部, 司令部, 办事处: kinds of unit) and
# its 部 follows no direction alone (向|中西部|转移: a part of a country, whatever jieba tags it)
_ADDRESSED_HEADS = ("局", "署", "厅", "委员会")
_ADDRESSED_UNIT_HEADS = ("部", "处")
_ADDRESSED_TAGS = frozenset(("n", "nt", "nz", "j", "l"))
_DIRECTION_LETTERS = tuple("东南西北中")


def addressed_bodies(text: str, table: TokenTable) -> list[tuple[int, int]]:
    """Spans of a government body named by one word of three letters or more that ends in a body's head
    (:data:`_ADDRESSED_HEADS`; 部 or 处 where jieba tags the word a body's), right after a verb of :data:`ADDRESS_VERBS` or the preposition 向: the body the
    clause addresses (家长向|教育局|投诉, 议员批评|环境局). A word jieba reads as a verb or a name is none.

    >>> from zhkg.stages.segment import make_nlp
    >>> text = "多名家长向教育局投诉，他向俱乐部申请转会。"
    >>> [text[s:e] for s, e in addressed_bodies(text, token_table(make_nlp()(text)))]
    ['教育局']
    """
    if not any(head in text for head in _ADDRESSED_HEADS + _ADDRESSED_UNIT_HEADS):
        return []
    words = table.words
    spans = []
    for before, word in zip(words, words[1:]):
        if (before.text in ADDRESS_VERBS or before.text == "向" and before.tag == "p") \
                and len(word.text) >= 3 and word.tag in _ADDRESSED_TAGS \
                and (word.text.endswith(_ADDRESSED_HEADS) or word.text.endswith(_ADDRESSED_UNIT_HEADS)
                     and word.tag == "nt" and not made_of(word.text[:-1], _DIRECTION_LETTERS)) \
                and before.end == word.idx:
            spans.append((word.idx, word.end))
    return spans


#: Who keeps a school, a hospital or a museum, written before its name as part of it (国立成功大学, 私立辅仁大学,
#: 市立联合医院, 国立故宫博物院): the state, a private board, a city, a county, a province, a district, the public.
OWNERS = ("国立", "私立", "市立", "县立", "省立", "区立", "公立")
# the heads of the institutions an owner's word stands before (a 国立 before 大学 is the university's own name)
_OWNED_HEADS = ("大学", "学院", "中学", "小学", "高中", "国中", "国小", "学校", "医院", "博物院", "博物馆", "美术馆",
                "图书馆", "科学馆", "艺术馆", "纪念馆", "研究院", "剧院", "音乐厅", "交响乐团", "乐团", "剧团")


def _owned_institutions(chosen: list[tuple[int, int, str]], text: str, table: TokenTable,
                        taken: set[int]) -> tuple[list[tuple[int, int, str]], dict[str, str]]:
    """``chosen`` with an owner's word (:data:`OWNERS`) before an institution's name taken into it, where the word
    is a word of its own (国立|成功大学; not 美国|立…), and the names so lengthened: the bare name -> the full one.
    The full name is the body (国立成功大学, as Taiwan's universities call themselves); the bare name, written
    elsewhere in the document, is its alias.

    >>> from zhkg.stages.segment import make_nlp
    >>> text = "国立成功大学今天举办典礼。成功大学校长致词，私立辅仁大学也到场。"
    >>> spans = [(2, 6, "s"), (13, 17, "s"), (22, 28, "s")]
    >>> chosen, owned = _owned_institutions(spans, text, token_table(make_nlp()(text)), set())
    >>> [text[s:e] for s, e, _ in chosen], owned
    (['国立成功大学', '成功大学', '私立辅仁大学'], {'成功大学': '国立成功大学', '辅仁大学': '私立辅仁大学'})
    """
    out, owned = [], {}
    for s, e, kind in chosen:
        if (text.startswith(OWNERS, s - 2) and s >= 2 and s - 2 in table.starts and s in table.starts
                and text.endswith(_OWNED_HEADS, s, e) and taken.isdisjoint((s - 2, s - 1))):
            s -= 2
        if text.startswith(OWNERS, s) and e - s > 4 and text.endswith(_OWNED_HEADS, s, e):
            owned.setdefault(text[s + 2:e], text[s:e])
        out.append((s, e, kind))
    return out, owned


# a union of a body's staff after the body's name (华航企业工会, 长荣航空空服员工会, 中华电信工会): who its members are,
# in a few letters that hold no function word, then the union's head
_UNION = re.compile(r"(?:(?![的了在和与及是将把被对向从等])[\u4e00-\u9fff]){0,4}?(?:产业工会|企业工会|职业工会|工会)")


def unions_of(text: str, bodies: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the unions written right after a well-known body's name (``bodies``): the body, its members' trade
    and 工会, one name (jieba's words run across it: 空服|员工|会, 台积|电工|会).

    >>> text = "长荣航空空服员工会今天表示，台积电工会成立，华航的工会也发声。"
    >>> [text[s:e] for s, e in unions_of(text, [(0, 4), (14, 17), (22, 24)])]
    ['长荣航空空服员工会', '台积电工会']
    """
    spans = []
    for s, e in bodies:
        m = _UNION.match(text, e)
        if m is not None:
            spans.append((s, m.end()))
    return spans


# places read by their head and context that a body's name never cuts
_LOCAL_PLACES = frozenset({MentionSource.PLACE_VILLAGE_TW, MentionSource.PLACE_LOCAL})

# the head characters of a body's abbreviation (消基会, 金管会, 国台办)
_ABBREVIATED_HEADS = frozenset("会委署局办")
_DICTIONARY_NOUNS = frozenset({"n", "nt", "nz", "j"})


def abbreviated_body(word: Word, text: str, lexicon: Lexicon) -> bool:
    """Whether a word is a body's abbreviation: three characters ending in a body's head character, right
    before a role word (消基会|总干事, 金管会|主委); jieba's dictionary holds it as a noun, or jieba built it and
    it opens with no surname (王德会|主任 is a person and a role); a gathering's word is none (午餐会|主持人)."""
    if len(word.text) != 3 or word.text[-1] not in _ABBREVIATED_HEADS or not text.startswith(lexicon.role_words, word.end):
        return False
    if word.text.endswith(_MEETINGS):
        return False  # a gathering's host is no body's officer (午餐会|主持人, 运动会|主任)
    return word.tag in _DICTIONARY_NOUNS or (word.tag == "x" and word.text[0] not in lexicon.surnames)


# heads of a government department or a trade body in Hong Kong and Taiwan usage (地政总署, 消防处, 民航处,
# 保险业联会, 天文台); 台 only before a verb of speech, as it heads many things that are no body (讲台, 站台)
_DEPARTMENT_HEADS = ("总署", "联会", "署", "处", "局", "台")
_DEPARTMENT_FIELD_TAGS = frozenset({"n", "nz", "j", "vn"})
# what a body's name stands after: a clause's start, a list, or the government it belongs to (港府|地政总署)
_DEPARTMENT_BEFORE = re.compile(r"(?:^|[，。、；：:;,.!?！？「」“”（）()\s]|港府|政府|特区政府|当局|澳府|根据|据|由|向|与|和|及|经)$")
_REGION_GOVERNMENTS = ("港府", "澳府")
_DEPARTMENT_VERBS = ("表示", "指出", "宣布", "称", "透露", "发言人", "提供", "发表", "公布", "回应", "证实", "呼吁",
                     "预测", "预计", "发出", "说", "强调", "解释", "建议", "估计", "警告")
# a day between the body and its verb (地政总署十二日宣布, 天文台昨日表示),
# and a time of day after it or alone, as Hong Kong news writes it (天文台今日上午发出, 食环署今早表示, 消防处昨晚称)
_DEPARTMENT_WHEN = re.compile(r"[昨今][早晚晨]|(?:[0-9一二三四五六七八九十〇]{1,3}日|[昨今前本]日|[昨今前]天"
                              r"|周[一二三四五六日]|星期[一二三四五六日天])?(?:上午|下午|早上|晚上|凌晨|中午|傍晚|清晨|深夜)?")
def _joined_field(text: str, end: int) -> int:
    """The length of a field joined by 及 to the field of a bureau's name, written before ``end`` (环境运输|及
    of 环境运输及工务局), and of the 及: one or two of the dictionary's nouns, two to six letters; 0 if none."""
    for length in range(min(6, end), 1, -1):
        field = text[end - length:end]
        if any(dictionary_tag(field[:k]) in _DEPARTMENT_FIELD_TAGS and dictionary_tag(field[k:]) in _DEPARTMENT_FIELD_TAGS
               for k in range(2, length - 1)) or dictionary_tag(field) in _DEPARTMENT_FIELD_TAGS:
            return length + 1
    return 0


_DEPARTMENT_AFTER_MARKS = ("、", "，", "。", "；", "）", "」", "”")
# a kind of body before a name in apposition (环保团体|绿色和平|指出)
# (组织 and 机构 end names themselves: 经合组织|日前发表, 金融机构|将向…提供); a name holds no function word
_BODY_KIND = re.compile(r"团体([^\W\d_将向在也已又则就均都曾亦对于把被与及的了日今昨]{2,6}?)(?="
                        + "|".join(_DEPARTMENT_VERBS) + ")")


def departments(text: str) -> list[tuple[int, int]]:
    """Spans of bodies named by a field and a department's head, as Hong Kong and Taiwan news name them:
    a dictionary noun (the field: 地政, 民航, 保险业) + 总署/署/处/局/联会, or + 台 before a verb of speech,
    standing as a name — after a clause break, a list's comma or the government it belongs to, and before a
    verb of speech or a list's comma — and a name in apposition after 团体 before a verb of speech
    (环保团体绿色和平指出), with its other occurrences in the text.

    >>> text = "港府地政总署十二日宣布填海。天文台表示，根据立法会文件、民航处、保险业联会提供的数据。环保团体绿色和平指出，绿色和平项目主任说"
    >>> [text[s:e] for s, e in departments(text)]
    ['港府', '地政总署', '天文台', '民航处', '保险业联会', '绿色和平', '绿色和平']
    >>> [text[s:e] for s, e in departments("这是他的好处，他在讲台说话。会计处的人说")]
    []
    """
    spans: set[tuple[int, int]] = set()
    for m in re.finditer("|".join(_DEPARTMENT_HEADS), text):
        head_start, end = m.span()
        after = text[end:]
        when = _DEPARTMENT_WHEN.match(after)
        before_verb = after[when.end() if when else 0:].startswith(_DEPARTMENT_VERBS)
        # its head's title after it, sharing no letter (广电处|处长何乃麒, 地政总署|署长)
        titled = m.group() != "台" and after.startswith(m.group()[-1] + "长")
        if not (before_verb or titled or (m.group() != "台" and after.startswith(_DEPARTMENT_AFTER_MARKS))):
            continue
        # the government's own short name is no field: 港府|地政 is right, 政府|处 is not
        for length in (4, 3, 2):
            start = head_start - length
            field = text[max(start, 0):head_start]
            if start < 0 or len(field) != length or dictionary_tag(field) not in _DEPARTMENT_FIELD_TAGS:
                continue
            if _DEPARTMENT_BEFORE.search(text[max(0, start - 4):start]):
                joined = _joined_field(text, start - 1) if m.group() == "局" and text[start - 1:start] == "及" else 0
                # two fields joined by 和 in quotes are one bureau's name (“调查和分析局”, overrides64)
                quoted = _joined_field(text, start - 1) if m.group() == "局" and text[start - 1:start] == "和" \
                    and text.startswith(("”", "」"), end) else 0
                if quoted and text[start - quoted - 1:start - quoted] in "“「":
                    start -= quoted
                elif joined and _DEPARTMENT_BEFORE.search(text[max(0, start - joined - 4):start - joined]):
                    start -= joined  # 环境运输及|工务局, 工商及|科技局: two fields, one policy bureau
                spans.add((start, end))
                if text.startswith(_REGION_GOVERNMENTS, start - 2):
                    spans.add((start - 2, start))  # 港府|路政署: the government is a body too
            break
    names = set()
    for m in _BODY_KIND.finditer(text):
        names.add(m.group(1))
    for name in names:
        spans.update((m.start(), m.end()) for m in find_all(name, text))
    return sorted(spans)


# a state's one service, named by its kind alone where it acts (海关今天查获…, 财政部和海关联手): a name only as
# the subject of a verb of its work or of speech, never as a modifier (海关人员, 海关数据, 海关税)
_SERVICES_BY_KIND = ("海关",)
_SERVICE_VERBS = _DEPARTMENT_VERBS + ("查获", "破获", "截获", "缉获", "检获", "查扣", "扣押", "扣留", "没收", "拦截", "联手",
                                      "统计", "通报", "提醒")


# where the service acts, between its day and its verb: 在 or 于 and a place of a few letters, no clause break
# (海关昨日在机场截获…, 海关今天于葵涌货柜码头检获…); the verb must follow the place at once
_WHERE_ACTING = re.compile(r"[在于][^\W\d_的了是和与及把被将向从对]{1,8}?(?=" + "|".join(_SERVICE_VERBS) + ")")


# a span of the past or present longer than a day, which news writes where the day would stand (海关上月在机场截获,
# 海关本周检获, 海关去年破获): before the day's own words, if any
_SERVICE_PERIOD = re.compile(r"(?:上|本|今|这|近)(?:个)?(?:月|周|星期|礼拜)|(?:去|今|前|上)年(?:[初底中])?|年[初中底]"
                             r"|(?:日前|近日|早前|较早前|近期|最近|月初|月中|月底)")


def services_by_kind(text: str, table: TokenTable) -> list[tuple[int, int]]:
    """Spans of a state's service named by its kind alone (:data:`_SERVICES_BY_KIND`), a word of its own standing
    where a body's name stands (after a clause break, a list or a preposition, as :func:`departments` reads them) and
    before a day and a verb of its work or of speech; a span longer than a day may stand before the day
    (:data:`_SERVICE_PERIOD`: 海关上月在机场截获…).

    >>> from zhkg.stages.segment import make_nlp
    >>> text = "海关今天查获一批走私香烟。海关人员发现仿冒品，财政部和海关联手查缉。"
    >>> [(s, text[s:e]) for s, e in services_by_kind(text, token_table(make_nlp()(text)))]
    [(0, '海关'), (27, '海关')]
    >>> text = "海关上月在机场截获象牙。海关上月数据显示出口增长。"
    >>> [(s, text[s:e]) for s, e in services_by_kind(text, token_table(make_nlp()(text)))]
    [(0, '海关')]
    """
    spans = []
    for m in re.finditer("|".join(_SERVICES_BY_KIND), text):
        s, e = m.span()
        if s not in table.starts or e not in table.ends or not _DEPARTMENT_BEFORE.search(text[max(0, s - 4):s]):
            continue
        period = _SERVICE_PERIOD.match(text, e)
        when = _DEPARTMENT_WHEN.match(text, period.end() if period else e)
        verb_at = when.end() if when else e
        where = _WHERE_ACTING.match(text, verb_at)
        if text.startswith(_SERVICE_VERBS, verb_at) or where and text.startswith(_SERVICE_VERBS, where.end()):
            spans.append((s, e))
    return spans


#: Latin-script titles news writes after a company (阿里巴巴集团CEO吴泳铭): roles (``roles.tsv``), never bodies.
LATIN_TITLES = frozenset({"CEO", "CFO", "COO", "CTO", "CIO", "CMO"})
# what a Latin name found in the text may not run into: ASCII letters and digits, & and -
_LATIN_RUN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789&-"


def latin_organisations(text: str) -> list[tuple[int, int]]:
    """Spans of Latin-script names the text shows to be organisations (see the module docstring).

    >>> text = "苹果旗下品牌Apple Inc.与H&M合作,Google公司和KAYAK都是对手,MVP属于他。"
    >>> [text[s:e] for s, e in latin_organisations(text)]
    ['Apple Inc.', 'H&M', 'Google公司', 'KAYAK']
    >>> text = "Red Moon Software宣布,Nova Mobile成为发行商;名为Career Hub的网站说,Career Hub网站称。Mobile版,WAP网站"
    >>> [text[s:e] for s, e in latin_organisations(text)]
    ['Red Moon Software', 'Nova Mobile', 'Career Hub', 'Career Hub']
    >>> text = "他是SuperDeluxe和PechaKucha的创始人之一。SuperDeluxe成立于2002年。"
    >>> [text[s:e] for s, e in latin_organisations(text)]
    ['SuperDeluxe', 'PechaKucha', 'SuperDeluxe']
    """
    found: dict[str, tuple[int, int]] = {}
    names = set()
    for m in _LATIN_NAME.finditer(text):
        name, s, e = m.group(1), m.start(1), m.end(1)
        legal = _LATIN_LEGAL.match(text, e)
        if legal:
            e = legal.end()
        before = text[max(0, s - 4):s]
        after = text[e:].lstrip(" 》”\"")
        if legal or text.startswith(_LATIN_AFTER, e) or (" " in name and name.rsplit(" ", 1)[1] in _LATIN_HEADS) or after.startswith(("报道", "报导", "采访")) \
                or before.endswith(_LATIN_BEFORE) or (before.endswith(_LATIN_PLATFORMS) and not name.isupper()) \
                or ("据" in before and after.startswith(_REPORTS)) \
                or text.startswith(_LATIN_CREDITS, e) or text.startswith(_LATIN_VENUES, e) \
                or (" " in name and text.startswith(_LATIN_SITE, e)) \
                or (before.endswith(_LATIN_NAMED)
                    and text.startswith(tuple("的" + v for v in (*_LATIN_VENUES, _LATIN_SITE)), e)):
            # a name is capitalised, no web address (jysk, www.x.comWAP) and no title (集团CEO王明)
            if len(name) >= 2 and name[0].isupper() and not re.search(r"www\.|\.com|\.cn", name) \
                    and name not in LATIN_TITLES:
                found.setdefault(text[s:e], (s, e))
                names.add(text[s:e])
                kind = _LATIN_KIND.match(text, e)
                if kind is not None:  # Google公司, Fox电视台: the name with its kind, as MSRA and UNER mark it
                    names.add(text[s:kind.end()])
    # coordinated with a company name: Google和KAYAK
    for _, e in list(found.values()):
        for m in _LATIN_COORDINATION.finditer(text[e:]):
            names.add(m.group(1))
    for name in list(names):
        if len(name) < 2:
            names.discard(name)
    # each name where no letter, digit, & or - runs on into it (nor a dot before it): the document's own names,
    # found with str.find rather than a pattern compiled per document
    return find_any(names, text, not_before=_LATIN_RUN + ".", not_after=_LATIN_RUN) if names else []


# A stock code in brackets after a company's name: Taiwan's four digits (統一超（2912）, 台積電(2330.TW), 英業達
# (3231-KY)), Hong Kong's four or five with .HK (恒盛地产(00845.HK)), the mainland's six with .SH or .SZ.
# A mainland code may stand bare, its exchange's leading digits saying what it is (辽宁成大(600739)).
# Sina's link aside after a company's name says as much (招商地产(企业专区,旗下楼盘), 新希望(000876,股吧):
# zhkg.stages.normalise.COMPANY_LINK).
#: (public: the role readers skip such a code between a company and its title)
STOCK_CODE = re.compile(r"[(（](?:([0-9]{4})(?:\.TW|-KY)?|[0-9]{4,5}\.HK|[0-9]{6}\.S[HZ]|(?:00[0-3]|30[01]|60[0-35]|688)[0-9]{3})[)）]|(" + COMPANY_LINK.pattern + ")")
# four bare digits are a code only in a sentence about shares (篮板(1044), 国土资电发(2009)34号 are none)
_SHARE_WORDS = re.compile("股|营收|上市|上柜|财报|获利|收盘|市值|涨|跌|法说会|董事|总经理|总裁|公告")
# words that end the run of words before the code: conjunctions, prepositions, particles, adverbs, times,
# locatives, pronouns, numerals (以及|台湾大, 今天|大立光, 概念股中的|台积电)
_JOINING_WORDS = frozenset("与和及跟同、")
# one-letter verbs and prepositions jieba glues onto the unknown name after them (问新|希望, 向华|腾地产)
_GLUED_BEFORE = frozenset("问向对被把给让将从据")
# a copula before a company's name is the sentence's verb (他也是|中国自动化集团（00569.HK）的董事长)
_COPULAS = frozenset({"是", "系", "乃"})
_NOT_IN_LISTED_NAME = frozenset({"c", "p", "u", "d", "t", "f", "r", "m", "q", "y", "e"})
# the kinds of company a listed name may end with (中国自动化集团（00569.HK）, 华润置地控股)
# letters or digits opening a listed name, before at least two Han characters (SOHO中国, 58同城)
_LATIN_OPENING = re.compile("[A-Za-z0-9]{1,6}")
# the longest first: 有限公司 is no 公司 with 有限 in the name; a Hong Kong REIT is named by its trust's kind
# (汇贤|产业信托, 领展|房地产投资信托基金)
_LISTED_KINDS = ("房地产投资信托基金", "有限公司", "产业信托", "集团", "控股", "股份", "公司")


def stock_listed_names(text: str, table: TokenTable) -> list[tuple[int, int]]:
    """Spans of company names written before their stock code in brackets: the words right before it, two to
    four Han characters in all, none a word of grammar.

    >>> from zhkg.stages.segment import make_nlp
    >>> text = "统一超（2912）营收创新高，以及台湾大（3045）股价上涨。篮板(1044)和命中率。"
    >>> [text[s:e] for s, e in stock_listed_names(text, token_table(make_nlp()(text)))]
    ['统一超', '台湾大']
    """
    found = []
    for m in STOCK_CODE.finditer(text):
        s = m.start()
        if m.group(1):
            sentence = text[max(text.rfind(c, 0, s) for c in "。！？\n") + 1:m.end() + 30]
            if not _SHARE_WORDS.search(sentence):
                continue
        if s == 0 or s not in table.starts:
            continue
        k = table.token_of_char[s - 1]
        start = s
        # a company's kind closing the name (中国自动化|集团) leaves room for a name of its own before it
        kind = next((len(w) for w in _LISTED_KINDS if text.endswith(w, 0, s)), 0)
        if kind and m.group(2):
            continue  # before a link's aside, the grammar reads a name with its kind (黄怒波先生|亿城集团(企业专区))
        limit = 4 if not kind else kind + 6
        while k >= 0:
            word = table.words[k]
            if _LATIN_OPENING.fullmatch(word.text) and s - start >= 2:
                start = word.idx  # letters or digits open the name before its Han part (SOHO中国, 58同城)
                break
            if not all(map(is_han, word.text)) or word.tag[:1] in _NOT_IN_LISTED_NAME or word.text in _COPULAS:
                break
            if s - word.idx > limit:
                # a joining word jieba glued onto a name it does not know, the name too long (及华腾|地产)
                if word.tag == "x" and word.text[0] in _JOINING_WORDS and s - word.idx - 1 <= limit:
                    start = word.idx + 1
                break
            start = word.idx
            k -= 1
        # jieba glues a joining word onto a name it does not know (与纬创), or a verb or preposition taking the
        # company as its object (问新|希望: jieba built 问新 itself)
        if s - start >= 3 and (text[start] in _JOINING_WORDS
                               or (text[start] in _GLUED_BEFORE and table.words[table.token_of_char[start]].tag == "x")):
            start += 1
        if s - start >= 2 and text[start:s] not in _LISTED_KINDS and text[start:s] not in TRADES \
                and not _generic_legal_name(text[start:s]):
            # a bare kind (集团), trade (地产) or legal name of trades (…新能源|科技股份有限公司, cut at the limit: the
            # grammar reads it whole) names no company
            found.append((start, s))
    return found


def news_outlets(text: str) -> list[tuple[int, int]]:
    """Spans of news outlets named in datelines, credits and sources.

    >>> text = "组图新浪娱乐讯 北京时间3月18日。中新网6月8日电 据香港文汇报报道,据“中央社”报道,本报讯,据《华盛顿邮报》报道"
    >>> [text[s:e] for s, e in news_outlets(text)]
    ['新浪娱乐', '中新网', '文汇报', '中央社', '华盛顿邮报']
    >>> text = "据英国(微博)《泰晤士报》10月9日报道。据美国《纽约时报》6月28日报道"
    >>> [text[s:e] for s, e in news_outlets(text)]
    ['泰晤士报', '纽约时报']
    >>> text = "香港拟填海配合港珠澳大桥建设中新社香港六月十二日电。中国台湾网7月25日消息"
    >>> [text[s:e] for s, e in news_outlets(text)]
    ['中新社', '中国台湾网']
    >>> text = "中新网(微博)9月22日电 据瑞典《每日新闻》26日报道，据中国之声(微博)《全球华语广播网》报道。(新快报 何宁整理)"
    >>> [text[s:e] for s, e in news_outlets(text)]
    ['中新网', '每日新闻', '中国之声', '全球华语广播网', '新快报']
    >>> text = "英国《卫报》报道，《海峡时报》6日称，《越南快讯》网站报道，《老人与海》称"
    >>> [text[s:e] for s, e in news_outlets(text)]
    ['卫报', '海峡时报', '越南快讯']
    >>> text = "【有线新闻】警方拘捕两人。\\n【相关新闻】"
    >>> [text[s:e] for s, e in news_outlets(text)]
    ['有线新闻']
    """
    spans = set()
    cued = [pattern for pattern, cue in _PATTERN_CUES if cue.search(text)]
    for pattern in (*cued, _SOURCE):
        for m in pattern.finditer(text):
            s, e = m.span(1)
            if pattern is _CREDIT and text[e - 1] == "专" and e - s > 2:
                e -= 1  # 【东网|专讯】, 【明报|专讯】: Hong Kong's own story (orgs147)
            if pattern is not _SOURCE:
                # the outlet ends the run, or a place (新华网|北京) or a reporter (新浪家居|谢娟) follows it
                gaps = (0, 2, 3, 4) if pattern is _DATELINE else (0, 2, 3)
                ends = [e - k for k in gaps if _OUTLET_HEAD_END.search(text[s:e - k])]
                if not ends and pattern is _DATELINE:
                    # a country and its city (新华网|俄罗斯叶卡捷琳堡): a wire's or a site's head, longer places
                    ends = [e - k for k in range(5, 10) if e - k > s + 1 and text[e - k - 1] in "网社"]
                if not ends:
                    continue
                e = ends[0]
            if pattern is _SOURCE and text.endswith(_AGENCY_HEADS, s, e) and all(map(is_han, text[m.start() + 1:s])):
                s = m.start() + 1  # 据|朝鲜中央通讯社|报道: an agency's name holds its country (MSRA train)
                if text[s:e] not in _NOT_OUTLETS and len(text[s:e]) > 3:
                    spans.add((s, e))
                    continue
            # a headline runs into the dateline (…建设中新社): an outlet is two characters and its head
            # (中新社, 新浪娱乐), or 中国 + those (中国台湾网); quotes say where the name is (据《华盛顿邮报》报道)
            quoted = s > 0 and text[s - 1] in "“\"《「" and text[e:e + 1] in "”\"》」"
            head = _OUTLET_HEAD_END.search(text[s:e]).group()
            short = s if quoted else max(s, e - len(head) - 2)
            s = short - 2 if text[short - 2:short] == "中国" and short - 2 >= s else short
            name = text[s:e]
            if name.endswith(tuple(_NOT_OUTLETS - {"网", "社", "报"})):
                continue  # 本报讯: the paper speaking of itself, whatever stands before it
            if name.endswith("官网"):
                continue  # 据四川省文化和旅游厅|官网消息: a body's own site; the body speaks, no outlet (orgs147)
            if len(name) == 2 and name[1] == "报" and name[0] in _STATE_CHARS:
                continue  # 据俄报报道, 英报: a state's papers, as People's Daily writes them; no one paper (overrides61)
            if name not in _NOT_OUTLETS and not name.startswith(("本", "该", "据")) and len(name) >= 2:
                spans.add((s, e))
    if "《" in text:
        for m in _SOURCE_QUOTED.finditer(text):
            if not m.group(2).endswith(_NOT_QUOTED_OUTLETS):
                spans.add(m.span(2))
            if m.group(1) and _QUOTED_OUTLET_HEAD.search(m.group(1)) and m.group(1) not in _NOT_OUTLETS:
                spans.add(m.span(1))
        for m in _REPORTING_QUOTED.finditer(text):
            if (m.group(2) or _QUOTED_OUTLET_HEAD.search(m.group(1))) and m.group(1) not in _NOT_OUTLETS \
                    and not m.group(1).endswith(_NOT_QUOTED_OUTLETS):
                spans.add(m.span(1))
    for m in (_BYLINE_OUTLET.finditer(text) if "记者" in text else ()):
        name = m.group(1)
        if _QUOTED_OUTLET_HEAD.search(name) and name not in _NOT_OUTLETS and not name.startswith(("本", "该", "据")):
            spans.add(m.span(1))
    for m in _BRACKET_CREDIT.finditer(text):
        if m.group(1) not in _NOT_OUTLETS and not m.group(1).startswith(("本", "该")):
            spans.add(m.span(1))
    if "【" in text:
        for m in _BRACKET_DATELINE.finditer(text):
            name = m.group(1)
            head = _QUOTED_OUTLET_HEAD.search(name)
            if head is not None and head.start() >= 2 and name[:head.start()] not in _COLUMN_WORDS \
                    and name not in _NOT_OUTLETS and not name.startswith(("本", "该")):
                spans.add(m.span(1))  # 【有线新闻】: the station whose story it is
    return sorted(spans)


#: Words of a story about one sport (篮板, 英超, 全垒打) and of a story about any (球队, 主场, 赛季): a story is of a
#: sport when it has one of the sport's own words, or one of its teams with the home or 队 (洛杉矶湖人, 湖人队),
#: and two such words or general ones in all (:func:`listed_teams`).
_SPORT_WORDS = {
    "basketball": re.compile(r"NBA|CBA|NCAA|篮球|篮板|助攻|季后赛|常规赛|总决赛|扣篮|投篮|罚球|三分|控卫|中锋|前锋|后卫|盖帽|"
                             r"打板|篮筐|场均"),
    # the words of the football betting columns too (足彩, 亚盘, 让球, 主胜): a pools tip names clubs and little else
    "football": re.compile(r"足球|英超|西甲|意甲|德甲|法甲|欧冠|中超|欧联|进球|射门|门将|点球|前锋|后卫|中场|港超|港甲|足总杯|"
                           r"联盟杯|世预赛|升班马|保级|德比|" + BETTING_WORDS),
    "baseball": re.compile(r"MLB|棒球|职棒|中职|大联盟|全垒打|本垒打|投手|打者|安打|三振|打点|捕手|[内外]野手|游击手|[一二三]垒手|盗垒"
                           r"|牛棚"),
}
_ANY_SPORT_WORDS = re.compile(r"球队|球员|球迷|主场|客场|赛季|首发|替补|主帅|主教练|总教练|连胜|连败|战绩|比赛|联盟|选秀|胜场|夺冠|"
                              r"队友|赛后|赛前|更衣室|主队|客队|交锋|平局")
# what may not follow a team's name: 勇士们, 勇士精神, 太阳报 are no teams
_AFTER_TEAM = ("们", "般", "报", "精神")
# what may not stand before a team named by a number (有76人 is a count of people)
_BEFORE_NUMBER_TEAM = frozenset("0123456789.约有共近余第达至")


# a body's head letter and 长 after it: the title of the body's head, sharing the letter (科管局|长: 局长)
_HEAD_TITLE = re.compile("[局署处会院部]长")


def _inside_a_word(text: str, s: int, e: int) -> bool:
    """Whether a word of jieba's dictionary runs across the start or the end of ``text[s:e]`` (洞庭湖|人,
    火箭|炮), other than the name with 队."""
    for b in (s, e):
        for i in range(max(0, b - 3), b):
            for j in range(b + 1, min(len(text), i + 4) + 1):
                word = text[i:j]
                if dictionary_tag(word) != "x" and not (i == s and word == text[s:e] + "队"):
                    return True
    return False


# 队 after a listed team, or its sport and 队 (阪神虎|棒球队)
_SPORT_SQUAD = re.compile("(?:棒球|篮球|足球|排球|冰球|橄榄球|美式足球)?队")
# the verbs of a match between two sides (迎战, 击败, 不敌) and the words of a team's own staff (总教练, 球员)
_MATCH_VERB = "(?:迎战|对战|对阵|击败|击溃|打败|战胜|力克|力挫|完封|横扫|不敌|败给|负于|险胜)"
_TEAM_STAFF = "(?:总教练|主教练|教练|领队|主帅|球员|队员|投手|捕手|打者|前锋|后卫|门将|洋将)"
# a listed team in the frame of its sport: before a match verb (a time word or the score may stand between: 乐天桃猿
# 今晚不敌, 中信兄弟昨晚以五比三击败) or before its own staff (味全龙总教练); or right after a match verb (击败富邦悍将,
# 击败了味全龙)
_TEAM_FRAME_AFTER = re.compile(
    "(?:(?:今|昨|明|前)(?:晚|天|日|早)|本周|上周|日前|近日|周[一二三四五六日]|晚间|稍早)?"
    "(?:在[^，。、；！？\\s]{1,8}?)?(?:以[0-9零〇一二两三四五六七八九十]{1,3}(?:比|:|：)[0-9零〇一二两三四五六七八九十]{1,3})?"
    + _MATCH_VERB + "|" + _TEAM_STAFF)
_TEAM_FRAME_BEFORE = re.compile(_MATCH_VERB + "了?$")


def listed_teams(text: str, table, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Spans of the teams ``lexicon.teams`` lists (湖人, 曼联, 兄弟象) in a story of their sport (see
    :data:`_SPORT_WORDS`), the name a whole word (``table``'s tokens) or followed by 队, and the span taking
    its home before it (洛杉矶|湖人) and its 队 after it. A team in a frame of its sport (before a match verb or its
    staff, after a match verb: 中信兄弟昨晚以五比三击败富邦悍将, 味全龙总教练) is read in any story.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.extract.base import token_table
    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "火箭109比98击败洛杉矶湖人，季后赛前景看好，勇士们在篮板上占优。"
    >>> [text[s:e] for s, e in listed_teams(text, token_table(make_nlp()(text)), load_lexicon())]
    ['火箭', '洛杉矶湖人']
    >>> text = "长征火箭发射成功，太阳升起。"
    >>> listed_teams(text, token_table(make_nlp()(text)), load_lexicon())
    []
    >>> text = "乐天桃猿今晚不敌统一狮。"
    >>> [text[s:e] for s, e in listed_teams(text, token_table(make_nlp()(text)), load_lexicon())]
    ['乐天桃猿', '统一狮']
    """
    pattern = lexicon.team_pattern
    if pattern is None:
        return []
    starts, ends = table.starts, table.ends
    found: list[tuple[int, int, str, bool, str]] = []  # start, end, sport, named with its home or 队, listed name
    framed: set[str] = set()  # the sports of the teams standing in a frame of their sport
    evident: set[tuple[int, int]] = set()  # teams whose listed name says it is a team wherever it stands
    for m in pattern.finditer(text):
        s, e = m.span()
        sport, homes = lexicon.teams[m.group()]
        if text.startswith(_AFTER_TEAM, e) or text[s - 1:s] == "《":
            continue  # 勇士们, 《太阳哨兵报》
        squad = _SPORT_SQUAD.match(text, e)
        if squad is not None:
            e = squad.end()  # 湖人队, 阪神虎棒球队
        if (s not in starts or e not in ends and text[e - 1] != "队") and _inside_a_word(text, s, m.end()):
            continue  # inside a longer word: 火箭炮, 太阳能, 魔术师 (jieba's 湖人下|一轮, 而灰熊 are no words)
        if m.group()[0].isdigit() and s > 0 and text[s - 1] in _BEFORE_NUMBER_TEAM:
            continue
        home = next((h for h in homes if text.endswith(h, 0, s)), "")
        found.append((s - len(home), e, sport, bool(home) or text[e - 1] == "队", m.group()))
        if _TEAM_FRAME_AFTER.match(text, e) or _TEAM_FRAME_BEFORE.search(text, max(0, s - len(home) - 3),
                                                                          s - len(home)):
            framed.add(sport)
        elif _names_itself(m.group()):
            evident.add((s - len(home), e))
    if not found:
        return []
    general = len(set(_ANY_SPORT_WORDS.findall(text)))
    sports = set()
    for sport in {f[2] for f in found}:
        own = len(set(_SPORT_WORDS[sport].findall(text))) + len({text[s:e] for s, e, sp, sure, _ in found
                                                                 if sp == sport and sure})
        # a second team of the sport is a sign too (杰志以2比1力挫东方龙狮 in a story of 港超)
        rivals = len({name for _, _, sp, _, name in found if sp == sport}) - 1
        if own >= 1 and own + general + rivals >= 2 or sport in framed:
            sports.add(sport)
    return [(s, e) for s, e, sport, _, _ in found if sport in sports or (s, e) in evident]


def _names_itself(name: str) -> bool:
    """Whether a listed team's name needs no frame: four letters or more, a home or a sponsor and its mascot that
    jieba's dictionary holds as no word (台钢雄鹰, 富邦悍将, 新北国王; not 凯尔特人, 尤文图斯, a people and a word)."""
    return len(name) >= 4 and not name.isascii() and not dictionary_frequency(name)


_CHINESE_TAIPEI = "中华台北"


_ROYAL = "皇家"


def sports_teams(text: str, places: list[Mention] | None = None,
                 table=None) -> list[tuple[int, int, bool]]:
    """Teams of a sports story: ``(start, end, True)`` for 山东队, ``(start, end, False)`` for a bare 山东
    after a result verb or before 全队, when the story names 山东队.

    >>> text = "山东队力克河北队。河北全队低迷,上轮也输给山东。"
    >>> [(text[s:e], whole) for s, e, whole in sports_teams(text)]
    [('山东队', True), ('河北队', True), ('河北', False), ('山东', False)]
    >>> text = "兄弟象队以5比3击败统一狮队。"
    >>> [text[s:e] for s, e, _ in sports_teams(text)]
    ['兄弟象队', '统一狮队']
    >>> [text[s:e] for s, e, _ in sports_teams("车队和梯队在排队。")]
    []
    >>> text = "国安二队的球员达不到一队的水平，国安一线队只有十八名球员。"
    >>> [text[s:e] for s, e, _ in sports_teams(text)]
    ['国安二队', '国安']
    """
    if _SPORTS.search(text) is None:  # one match answers; findall went on to the end
        return []
    place_ends = {p.end: p.start for p in places or []}
    foreign = load_lexicon().foreign_name_chars
    teams: list[tuple[int, int, bool]] = []
    names = set()
    for m in re.finditer("队(?![医友员长伍列形徽旗服])", text):
        end = m.start()
        start = place_ends.get(end)
        if (start is None or end - start > 6) and table is not None and end > 0:
            # the team's name is the word before 队 (湖人|队, 这支|掘金|队), or two when the last is one character
            k = table.token_of_char[end - 1]
            start = table.words[k].idx
            # (never through a particle or preposition: 比赛的|胜|队 names no team)
            while end - start < 2 and k > 0 and not table.words[k - 1].is_punct \
                    and table.words[k - 1].tag[:1] not in _FUNCTION_TAGS:
                k -= 1
                start = table.words[k].idx
            if text[start:end].isdigit():
                # a club named with its founding year or number (汉诺威|96|队, 沙尔克|04|队): the name before it
                # is the club's; digits alone before 队 count teams (共有|96|队)
                before = table.words[k - 1] if k > 0 else None
                if before is None or before.end != start or before.tag not in _NUMBERED_CLUB_TAGS \
                        or len(before.text) < 2 or not all(map(is_han, before.text)):
                    continue
                start = before.idx
        if start is None or end - start > 6:
            run = re.search(r"[\u4e00-\u9fff]{2,4}$", text[max(0, end - 4):end])
            if run is None:
                continue
            start = end - len(run.group())
            # a team's name is what follows a result verb: 力克|河北, 击败|统一狮
            window = text[max(0, start - 1):end]
            cut = max((window.rfind(v) + len(v) for v in _TEAM_VERBS if v in window), default=0)
            start = max(start, max(0, start - 1) + cut)
        if all(c in foreign for c in text[start:end]):
            # 帕纳辛奈|克斯队: a transliterated name is whole; never into the home written before it (武汉|雅琪队
            # is no 汉雅琪队: overrides61)
            while start > 0 and start not in place_ends and text[start - 1] in foreign and end - start < 10:
                start -= 1
        royal = text.find(_ROYAL, max(0, start - 2), start + len(_ROYAL))
        if -1 < royal < start:
            start = royal  # 皇家|马德里队, 皇|家马德里队: Real is the club's name
        name = text[start:end]
        squad = _SQUAD.search(name)
        if squad is not None:
            # a club's second or third team is a team (国安二队); its first-team or reserve squad names the club
            # (国安|一线队); a squad after no club's name is none (达不到|一队)
            club = name[:squad.start()]
            if not club and table is not None and start > 0:  # 国安|一线|队: the club is the word before
                word = table.words[table.token_of_char[start - 1]]
                if word.end == start:
                    start, club = word.idx, word.text
            if len(club) >= 2 and dictionary_tag(club) in _CLUB_TAGS and not set(club) & set("不没未"):
                teams.append((start, end + 1 if squad.group() in "二三" else start + len(club), True))
            continue
        if len(name) < 2 or any(name.endswith(w) for w in _NOT_TEAMS) or not _TEAM_NAME.fullmatch(name) \
                or name[-1] in _PARTICLES or name[0] == "是":
            continue  # (nor a phrase: 有实力的|队, 仅胜一场，|队, 是连队)
        # the team's home before its name is part of it: 沈阳|海狮队, 上海|浦东队, 北京|国安队
        while start in place_ends and end - place_ends[start] <= 8:
            start = place_ends[start]
        if text.endswith(_CHINESE_TAIPEI[:2], 0, start) and text.startswith(_CHINESE_TAIPEI[2:], start):
            start -= 2  # 中华|台北队: Chinese Taipei's side, no 台北队 of the city (session 26, counts29)
        teams.append((start, end + 1, True))
        names.add(name)
    for name in sorted(names):
        for m in find_all(name, text):
            s, e = m.span()
            if text.startswith("队", e):
                continue
            if text[max(0, s - 2):s] in _TEAM_VERBS or text.startswith("全队", e):
                teams.append((s, e, False))
    return sorted(teams)


# one-character names of states, dynasties and regional armies before 军 (日军, 清军, 湘军, 红军): Universal
# NER and CLUENER mark these armies as organisations (UNER train 18 of 19 日军), People's Daily mostly not; 乌 of
# today's war (乌军: Ukraine's army, as 俄军)
_STATE_CHARS = frozenset("日美英法德俄苏意奥普土韩朝越泰缅蒙藏满清明宋元金辽秦晋隋唐汉楚吴蜀魏齐赵燕湘淮粤桂皖奉直红白国共乌")
_SERVICES = ("海军", "陆军", "空军", "军")
_FORMATIONS = ("舰队", "集团军", "方面军", "军团", "师团", "旅团")
_ORDINAL = re.compile(r"第[一二三四五六七八九十百零〇\d]+$")
# a formation's name is a proper word (北洋, 太平洋) or one jieba does not know (南遣), no common noun (弱小)
_FORMATION_NAME_TAGS = frozenset({"nz", "ns", "nt", "j", "x"})
# What a network carries or links (电力网, 铁路网, 光纤网): with 网 a grid of lines, never a website. Not 电 (广东电网
# is the grid company) nor 交通, 服务 or 信息 (sites' words: 浙江政务服务网).
_NETWORK_KINDS = ("电力", "输电", "配电", "铁路", "公路", "道路", "光纤", "管道", "供水", "航线")
# what may follow an army's 军 that jieba glued to it (瑞典|军于)
_AFTER_ARMY = frozenset("于与和及的在将被向从也亦又遂即已便则")
# a service followed by these is part of a longer word: 伦敦海军|条约, 海军|基地
_SERVICE_COMPOUNDS = ("条约", "基地", "学院", "学校", "大学", "医院", "博物", "天文", "航空", "军官", "官", "舰", "机")
#: ministries of historic states: Japan's 省 (陆军省, 外务省) and the Six Ministries and Three Departments; and
#: Japan's ministries since 2001 (文部科学省, 厚生劳动省: 文部 and 厚生 alone left 日本文部 of 日本文部科学省), and the
#: 1998 press's 通产省 and 邮政省 (MSRA train marks these 省 as organisations 30 of 30)
MINISTRY_FIELDS = ("陆军", "海军", "外务", "大藏", "内务", "文部科学", "文部", "司法", "农商务", "农林水产", "农林", "商工",
                    "通商产业", "递信", "宫内", "厚生劳动", "厚生", "拓务", "军需", "兵部", "中书", "尚书", "门下", "工部",
                    "民部", "经济产业", "国土交通", "总务", "法务", "财务", "防卫", "通产", "邮政")
# the one letter a state of today is written by before its ministry in the press (日|外务省, 美|国防部)
_MINISTRY_STATE_LETTERS = frozenset("日美英法德俄意韩朝越泰印巴澳加")
# a ministry named by its field and 省, as Japan's and China's old ones are (陆军省, 外务省)
_FIELD_MINISTRY = re.compile("(?:" + "|".join(MINISTRY_FIELDS) + ")省(?![长份会市级内外])")
# armies named by a word of their own (八路军, 解放军, 太平军) or by the states allied in them (八国联军, 英法联军)
_NAMED_ARMY = re.compile("(?:八路|新四|解放|志愿|国民革命|国防|十字|太平|义勇|北洋|护国|靖国|护法|自由|[八多]国|["
                         + "".join(sorted(_STATE_CHARS)) + "]{2,3})(?<!国共)(?:军|联军)(?![队人事区官舰机])")
# a dynasty's court and government (清廷, 清政府, 明廷) and the colonial governments of Hong Kong and Macau
# (港英政府, 澳葡政府), each standing as words
_DYNASTY_GOVERNMENT = re.compile("(?:港英|澳葡|[清明宋元唐隋辽秦])(?:政府|朝廷|廷)")
_SIX_MINISTRIES = ("吏部", "户部", "礼部", "兵部", "刑部", "工部")
#: Letters of appointment jieba may glue to one of the Six Ministries after them (官至兵部, 迁礼部, 拜吏部): the
#: ministry's name starts a word there all the same.
_APPOINTING_LETTERS = frozenset("至任为拜迁授擢调除")
# a one-letter state's 军 that names a person, as Chinese given names do (演员吴军, 赵军饰演, 金军去世): a word for a
# person right before it, or what only a person does right after it
_ARMY_NAMES_A_PERSON = re.compile(r"(?:演员|导演|歌手|主持人|作家|编剧|画家|教授|先生|女士)$")
# a dynasty's or an old state's army speaks in no news story: 唐军说, 吴军表示 are people (overrides61; 美军说 stays)
_OLD_STATE_CHARS = frozenset("宋元金辽秦晋隋唐汉楚吴蜀魏齐赵燕明")
_SPEAKS = ("说", "表示", "认为", "指出", "介绍", "告诉", "透露", "坦言")
# what only a player does, later in the army's clause: an old state's army that scores is a player listed with
# others (由吴军和外援斯肯德破网, overrides64); no old army breaks a net or heads a ball
_SCORES_IN_CLAUSE = re.compile("[^，。；！？,;!?]{0,24}?(?:破网|进球|射门|助攻|梅开二度|头球|点球|任意球)")
_ONLY_PEOPLE_ACT = ("饰演", "扮演", "出演", "主演", "去世", "逝世", "病逝", "出生于", "生于", "之子", "之女", "之妻",
                    "的妻子", "的丈夫", "的儿子", "的女儿", "的父亲", "的母亲")


def state_bodies(text: str, places: list[Mention] | None = None, table=None) -> list[tuple[int, int]]:
    """Spans of a state's armed forces and a historic state's ministries, as Wikipedia names them:

    * a state + 军/海军/陆军/空军/政府军: a place the document names (瑞典|军, 中国|海军, 叙利亚|政府军), a one-character state or
      dynasty (日军, 清军, 湘军) or a party (国民党|军), each starting a word, the army's 军 ending one
      (美|军舰 is a warship; 抗|日军 is no army of Japan; 演员吴军 and 吴军饰演 are a person);
    * an ordinal or a name before 舰队, 集团军, 方面军 or 军团 (第三舰队, 第一南遣舰队, 北洋舰队), with the state
      before it (美国第七舰队);
    * a Japanese ministry (陆军省, 外务省; with its country when written: 日本外务省), one of the Three Departments (中书省) and the Six Ministries (刑部);
    * a dynasty's court or government (清廷, 清政府) and a colonial government (港英政府).

    ``table`` is the document's token table (word boundaries); without it no army of a one-character state
    or named formation is read.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.extract.base import token_table
    >>> text = "日军进攻时，瑞典军与第三舰队会合。他曾任陆军省次官、刑部尚书。美军舰驶过，伦敦海军条约"
    >>> from zhkg.records import Mention, Label
    >>> places = [Mention("d", 6, 8, "瑞典", "瑞典", Label.PLACE, "gazetteer")]
    >>> [text[s:e] for s, e in state_bodies(text, places, token_table(make_nlp()(text)))]
    ['日军', '瑞典军', '第三舰队', '陆军省', '刑部']
    """
    spans: set[tuple[int, int]] = set()
    place_ends = {p.end: p.start for p in places or [] if p.label is Label.PLACE}
    starts = table.starts if table is not None else frozenset()
    ends = table.ends if table is not None else set()
    for m in re.finditer("海军|陆军|空军|政府军|军", text):  # (叙利亚|政府军: the state's government forces)
        s, e = m.span()
        if (e not in ends and text[e:e + 1] not in _AFTER_ARMY) or text.startswith(_SERVICE_COMPOUNDS, e) \
                or (m.group() == "军" and text[e:e + 1] in "队人事区"):
            continue
        if text.startswith("部队", e):
            e += 2  # 德军部队 is the German army's troops, one body as the model reads it (overrides61)
        if s in place_ends and e - place_ends[s] <= 8:
            spans.add((place_ends[s], e))
        elif m.group() == "军" and s > 0 and text[s - 1] in _STATE_CHARS and s - 1 in starts \
                and not _ARMY_NAMES_A_PERSON.search(text, max(0, s - 4), s - 1) \
                and not text.startswith(_ONLY_PEOPLE_ACT, e) \
                and not (text[s - 1] in _OLD_STATE_CHARS
                         and (text.startswith(_SPEAKS, e) or _SCORES_IN_CLAUSE.match(text, e))):
            spans.add((s - 1, e))
        elif m.group() == "军" and text[max(0, s - 3):s].endswith(("国民党", "共产党")) and s - 3 in starts:
            spans.add((s - 3, e))
    for m in re.finditer("|".join(_FORMATIONS), text):
        s, e = m.span()
        if e not in ends and not text.startswith(("司令", "总司令"), e):
            continue
        start = s
        if table is not None and s > 0:
            word = table.words[table.token_of_char[s - 1]]
            army_ends = {b for _, b in spans}
            led = word.idx in army_ends or _ORDINAL.search(text[max(0, word.idx - 5):word.idx]) is not None
            # (a number jieba leaves unknown is the ordinal's: 第|10|师团)
            if word.end == s and 2 <= len(word.text) <= 4 and not word.text.isdigit() and (
                    word.tag in _FORMATION_NAME_TAGS or (word.tag in ("b", "n", "v") and led)):
                start = word.idx  # 南遣|舰队, 北洋|舰队, 美军|特遣|舰队, 第一|航空|舰队
            elif word.end == e and led:
                start = word.idx  # 美军|特遣舰队: the formation's own word
        ordinal = _ORDINAL.search(text[max(0, start - 5):start])
        if ordinal is not None:
            start -= len(ordinal.group())
        if start == s:
            continue  # a bare 舰队 names no fleet
        if start in place_ends and start - place_ends[start] <= 8:
            start = place_ends[start]
        army = next((a for a, b in spans if b == start), None)
        if army is not None:  # 美军|特遣舰队 is the US Navy's task force
            spans.discard((army, start))
            start = army
        spans.add((start, e))
    countries = {p.end: p.start for p in places or [] if p.label is Label.PLACE and is_country_code(p.code)}
    for m in (_FIELD_MINISTRY.finditer(text) if "省" in text else ()):
        # jieba may glue the field to a verb before it (任陆军|省); the country written before it is the
        # ministry's, as with any state's body (日本外务省 as 美国国务院), and so is a state's one letter starting
        # a word (日|外务省, 日|防卫省 as MSRA train's 美国防部, 俄财政部; not 今日|外务省)
        start = countries.get(m.start(), m.start())
        if start == m.start() and text[start - 1:start] in _MINISTRY_STATE_LETTERS and start - 1 in starts:
            start -= 1
        spans.add((start, m.end()))
    for m in (_DYNASTY_GOVERNMENT.finditer(text) if "廷" in text or "政府" in text else ()):
        if m.start() in starts and (m.end() in ends or m.end() == len(text)):
            spans.add(m.span())
    if table is not None:
        for m in re.finditer("|".join(_SIX_MINISTRIES), text):
            opens = m.start() in starts or text[m.start() - 1:m.start()] in _APPOINTING_LETTERS  # 官至|兵部尚书
            if opens and (m.end() in ends or text[m.end():m.end() + 1] in "尚侍郎"):
                spans.add(m.span())
    return sorted(spans)


# parties are named by what they stand for: a chain of these before 党 (自由|统一党, 生态|自由党, 绿党, 民进党)
PARTY_STEMS = ("基督教民主", "社会民主", "国家社会", "国民", "民进", "共产", "民主", "共和", "自由", "统一", "保守", "社会",
               "社民", "基民", "自民", "公明", "亲民", "台联", "青年", "人民", "进步", "独立", "民族", "公民", "劳动",
               "劳工", "工人", "农民", "工", "绿", "生态", "联合", "改革", "复兴", "国家", "宪政", "立宪", "维新",
               "正义", "团结", "革命", "爱国", "联邦", "左翼", "右翼", "中间", "新")
# parties whose name holds no country (台湾|民进党 is 民进党); a place before any other belongs to it (日本共产党)
_OWN_NAME_PARTIES = frozenset({"国民党", "民进党", "亲民党", "台联党", "新党", "自民党", "公明党"})
# what after 党 makes it part of another word: a member, a committee, the party's own rules or school
_AFTER_PARTY = "员组委章史校性籍务魁内外派费纲徽旗龄风政"
# what before a party's stems makes it a kind of party (一个|工党, 该|工党)
_BEFORE_A_KIND = "个一该本这那各两多此其"
# bodies that name one body wherever they stand as words: legislatures and councils of Taiwan and Hong Kong,
# and the world's bodies news names by their short form
GOVERNMENT_BODIES = ("行政院", "立法院", "监察院", "司法院", "考试院", "立法会", "行政会议", "参议院", "众议院", "上议院",
                     "下议院", "国民议会",
                     "众院", "参院",  # (众议院's and 参议院's short forms, as MSRA marks them 5 of 5: intl153)
                     "联合国", "北约", "欧盟", "东盟", "安理会", "世界卫生组织", "世卫组织", "世界贸易组织", "世贸组织",
                     "国际奥委会", "国际货币基金组织", "世界银行", "卫生署", "环保署", "海巡署", "新闻局", "陆委会",
                     "海基会", "海协会", "国台办", "金管会", "中选会", "国民政府", "北洋政府", "中央人民政府")
# a ministry's field before 部 (外交部, 国防部): the ministry, with the state before it (美国国防部)
MINISTRY_OF = ("外交", "国防", "教育", "财政", "内政", "经济", "商务", "司法", "法务", "交通", "卫生", "农业", "文化",
               "劳动", "环境", "外务", "能源", "铁道", "民政", "科技", "国土资源", "水利", "审计", "外贸", "工业和信息化",
               "统一", "国土安全", "国家安全")
# (the first letters first: one test rules out most positions before the two dozen branches are tried)
_MINISTRY_OR_BODY = re.compile("(?=[" + "".join(sorted({w[0] for w in MINISTRY_OF + GOVERNMENT_BODIES})) + "])(?:"
                               + f"(?:{'|'.join(MINISTRY_OF)})部(?!门|分|队|落|署|件|位)|"
                               + "|".join(sorted(GOVERNMENT_BODIES, key=len, reverse=True)) + ")")
# a ministry of two fields joined by 和 or 与, after its country (加拿大|移民和公民部, 美国|卫生与公众服务部):
# each field two to six letters, none a word of grammar, a state, a party or a part (东部和西部 is no ministry)
_FIELD_LETTER = "(?:(?![和与及的国府人党会在是了部])[\u4e00-\u9fff])"
_JOINED_MINISTRY = re.compile(f"{_FIELD_LETTER}{{2,6}}[和与]{_FIELD_LETTER}{{2,6}}部(?![门分队落署件位])")
# what a school is called after its name (德爱|中学, 比萨高等|师范学校)
# what a university's or a college's name ends in: a first conjunct ending so is a name of its own
# (查尔斯顿艺术学院|和|柯林斯学院)
_UNIVERSITY_HEADS = ("大学", "学院")
SCHOOL_HEADS = ("高级中学", "初级中学", "中学校", "中学", "小学", "师范学校", "专科学校", "学校", "书院", "武校", "附中", "附小")
#: a university's school by its short form (清华|附中, 北大|附小; as one word: 人大附中; orgs115)
_ATTACHED_SCHOOLS = ("附中", "附小")
# a school's posts jieba runs its head into (中学校长, 小学校友): the head still ends the school's name
_SCHOOL_POSTS = ("校长", "校友", "校董")
# letters of grammar jieba glues onto a name it does not know (是峪宏, 为鸿海): a copula or a preposition
_GLUED_LETTERS = frozenset("是为由在从向被把对将于经与和")


def _glued_name(word: str) -> bool:
    """Whether a word jieba built (tag x) is a letter of grammar glued onto a name of two or three letters
    (是|峪宏, 为|鸿海); the caller reads the name after that letter.

    >>> _glued_name("是峪宏"), _glued_name("峪宏"), _glued_name("为")
    (True, False, False)
    """
    return 3 <= len(word) <= 4 and word[0] in _GLUED_LETTERS and all(map(is_han, word))
_SCHOOL_HEAD_AT = re.compile("(?=[" + "".join(sorted({h[0] for h in SCHOOL_HEADS})) + "])(?="
                             + "|".join(map(re.escape, SCHOOL_HEADS)) + ")")
# words that end a school's name on the left (这所|中学, 该|校) and kinds of school that cannot open one (重点中学)
_SCHOOL_DETERMINERS = frozenset("这所 那所 一所 两所 多所 几所 各所 该 本 各 全 其 这 那 我 你 他 她 它 母校 所在 当地 家乡 "
                                "新 老 原 旧 名 好 在 到 于".split())
# verbs of building jieba tags as a place (新建, also 南昌's 新建区): 四川省今年新建学校120所 names no school 新建学校
# unless a place opens before it (南昌市新建|中学; session 26, counts29)
_BUILDING_VERBS = frozenset({"新建"})
_SCHOOL_KINDS = frozenset("重点 普通 高等 中等 初等 职业 技术 公立 私立 民办 公办 寄宿 附属 教会 贵族 国际 女子 男子 "
                          "乡村 农村 城市 示范 实验 师范 专科 体育 体操 武术 音乐 美术 舞蹈 戏剧 电影 护士 卫生 警察 军事 艺术 "
                          "外国语 外语 工业 商业 农业 医学 高级 初级 大中专 中专 大专 中小".split())
# a negation opens a verb, no name (盖不起|学校)
_NEGATIONS = frozenset("不没未")
# the tags of a word that can open a school's name: a place, a person or a name jieba built
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "x"})


def _stem_chain(word: str) -> bool:
    """Whether ``word`` is made of party stems only (自由统一, 国民, 绿)."""
    return made_of(word, PARTY_STEMS)


def named_bodies(text: str, places: list[Mention] | None = None, table=None) -> list[tuple[int, int]]:
    """Spans of bodies named by what kind of body they are, as Wikipedia and Taiwan and Hong Kong news name them:

    * a party: party stems before 党, as one word or a chain of words (国民党, 自由|统一党, 生态|自由党, 绿党), with
      the place before it unless its name holds none (日本|共产党, 南蒂罗尔|绿党; 台湾|民进党 is 民进党); never
      该党, 执政党 or a member (国民党员);
    * a legislature or council (行政院, 立法会) or a world body by its short form (联合国, 北约), standing as words;
    * a ministry by its field (外交部, 美国|国防部), also before 长 (外交部长: 部长 of 外交部), or by two fields
      joined by 和 or 与 after a foreign country (加拿大|移民和公民部);
    * an army by a name of its own or by the states allied in it (八路军, 解放军, 太平军, 八国联军, 英法联军);
    * a school: a name (a place, a person or a word jieba built) before 中学, 小学, 学校 or 书院, with up to two
      words between (德爱|中学, 比萨|高等|师范学校, 山西省立第三中学), not a kind of school (重点中学, 这所中学);
      a university's attached school (清华|附中, and 人大附中 as jieba's one word: orgs115).

    ``table`` is the document's token table (word boundaries); without it nothing is read.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.extract.base import token_table
    >>> text = "他加入了自由统一党，国民党和执政党。时任外交部发言人说，他就读于德爱中学和这所中学。"
    >>> [text[s:e] for s, e in named_bodies(text, [], token_table(make_nlp()(text)))]
    ['自由统一党', '国民党', '外交部', '德爱中学']
    """
    if table is None:
        return []
    spans: set[tuple[int, int]] = set()
    words = table.words
    place_ends = {p.end: p.start for p in places or [] if p.label is Label.PLACE}
    for m in re.finditer("党", text):
        e = m.end()
        if e not in table.ends or (e < len(text) and text[e] in _AFTER_PARTY):
            continue
        k = table.token_of_char[e - 1]
        word = words[k]
        stem = word.text[:-1]
        if not (stem and _stem_chain(stem)) and not (word.text == "党" and k > 0 and _stem_chain(words[k - 1].text)):
            continue
        start = word.idx if stem else words[k - 1].idx
        k = table.token_of_char[start] - 1
        while k >= 0 and _stem_chain(words[k].text) and len(text[words[k].idx:e]) <= 8:
            start = words[k].idx  # 自由|统一党, 生态|自由党
            k -= 1
        if start in place_ends and text[start:e] not in _OWN_NAME_PARTIES and start - place_ends[start] <= 6:
            start = place_ends[start]
        elif start > 0 and text[start - 1] in _BEFORE_A_KIND:
            continue  # 第一个|工党 is a kind of party, no party
        spans.add((start, e))
    for m in (_NAMED_ARMY.finditer(text) if "军" in text else ()):
        if m.start() in table.starts and (m.end() in table.ends or text[m.end():m.end() + 1] in _AFTER_ARMY):
            s = m.start()
            if s in place_ends and s - place_ends[s] <= 6:
                s = place_ends[s]  # 叙利亚|自由军: the state's army
            elif text[s - 1:s] == "驻" and m.end() - s == 3:
                s -= 1  # 驻|日美军: the US forces stationed in Japan, no army of Japan and the US
            spans.add((s, m.end()))  # (解放军|总医院 is a hospital: the model reads such names whole)
    for m in _MINISTRY_OR_BODY.finditer(text):
        s, e = m.span()
        if s not in table.starts or not (e in table.ends or text.startswith("长", e) or e == len(text)):
            continue
        if s in place_ends and s - place_ends[s] <= 6 and m.group().endswith(("部", "政府")):
            s = place_ends[s]  # 美国|国防部, 武汉|国民政府
        spans.add((s, e))
    for place in places or ():
        joined = (_JOINED_MINISTRY.match(text, place.end) if place.label is Label.PLACE
                  and is_country_code(place.code) and place.code != "CN" else None)
        if joined and place.end in table.starts and (joined.end() in table.ends or text.startswith("长", joined.end())):
            spans.add((place.start, joined.end()))
    # only where a head's first letter stands (学, 书) is a head tried, not at every word
    for s in sorted(x.start() for x in _SCHOOL_HEAD_AT.finditer(text) if x.start() in table.starts):
        # the head ends a word, or jieba ran it into a head's post (潭口|中学校长: the principal of 潭口中学)
        head = next((h for h in SCHOOL_HEADS if text.startswith(h, s) and (
            s + len(h) in table.ends or text.startswith(_SCHOOL_POSTS, s + len(h))
            and s + len(h) + 2 in table.ends)), None)
        if head is None or s == 0:
            continue
        e = s + len(head)
        ordinal = _ORDINAL.search(text[max(0, s - 5):s])
        stop = s - len(ordinal.group()) if ordinal else s  # 第三|中学
        # the words before the head, right to left: nouns and names, up to three, to a determiner or a verb
        prefix: list[Word] = []
        k = table.token_of_char[stop - 1] if stop > 0 else -1
        while k >= 0 and len(prefix) < 3:
            word = words[k]
            if word.is_punct or word.is_space or word.text in _SCHOOL_DETERMINERS or word.tag[:1] in "vpcurmdfqtu" \
                    or any(ch.isdigit() for ch in word.text) or len(word.text) > 4 or word.end != (
                        prefix[-1].idx if prefix else stop) or word.text[-1] in "于在到从向" \
                    or (any(w.tag in _NAME_TAGS for w in prefix) and word.tag not in _NAME_TAGS) \
                    or word.text[0] in _NEGATIONS:
                break  # (就读于 is a noun to jieba; 成都|教会学校|高琦: the name 高琦 opens it; 盖|不起|学校 a verb's)
            if word.text in _BUILDING_VERBS and word.idx not in place_ends:
                break
            prefix.append(word)
            if word.idx in place_ends:
                break
            if word.tag == "x" and _glued_name(word.text):
                break  # 是|峪宏: the name opens after the letter jieba glued onto it
            k -= 1
        # the name opens at a place or a name word (德爱, 比萨, 高琦); a kind of school opens none (重点中学)
        while prefix and (prefix[-1].text in _SCHOOL_KINDS or not (
                prefix[-1].tag in _NAME_TAGS or prefix[-1].idx in place_ends
                or any(w.tag in _NAME_TAGS for w in prefix[:-1]))):
            prefix.pop()
        if not prefix:
            continue
        start = prefix[-1].idx
        if prefix[-1].tag == "x" and _glued_name(prefix[-1].text):
            start += 1
        if start in place_ends and start - place_ends[start] <= 6:
            start = place_ends[start]
        spans.add((start, e))
    if "附" in text:
        spans.update(_attached_school_words(table))
    return sorted(spans)


def _attached_school_words(table) -> list[tuple[int, int]]:
    """A university's attached school jieba holds as one name (人大附中, tag nz): a word of four to six Han letters
    ending in 附中 or 附小, tagged a name, that opens after a break or a word of grammar (not 首|师大附中, where jieba
    cut the name's first letter off)."""
    found = []
    for k, word in enumerate(table.words):
        if 4 <= len(word.text) <= 6 and word.text.endswith(_ATTACHED_SCHOOLS) and word.tag in _NAME_TAGS \
                and all(map(is_han, word.text)):
            before = table.words[k - 1] if k else None
            if before is None or before.is_punct or before.is_space or before.tag[:1] in "pcuvdr":
                found.append((word.idx, word.end))
    return found


# a society, a church or a league is named by what it is for before 会 (兴中会, 光复会, 强学会, 伦敦传道会): a
# name standing after a verb of founding or joining it, or before the words of its members
# (not 参加, 参与 or 组织: news takes part in and organises meetings, 参加|招聘会)
_FOUNDING_VERBS = frozenset({"创立", "创办", "创建", "成立", "发起", "组建", "筹组", "加入", "退出", "脱离", "解散",
                             "隶属", "属于", "改组为", "改名为", "更名为", "原名", "名为", "称为"})
_SOCIETY_TAGS = frozenset({"n", "nt", "nz", "j", "x", "l"})
_SOCIETY_AFTER = re.compile(r"(?:成员|会员|会士|传教士|创办人|创始人)")
# words ending in 会 that name a meeting or a gathering (大会, 运动会), or no body at all (社会, 机会)
_MEETINGS = ("大会", "晚会", "宴会", "聚会", "舞会", "年会", "例会", "峰会", "全会", "酒会", "盛会", "集会", "庙会",
             "博览会", "运动会", "研讨会", "座谈会", "讨论会", "发布会", "展览会", "展销会", "交易会", "音乐会",
             "演唱会", "见面会", "招待会", "庆祝会", "茶话会", "联欢会", "报告会", "表彰会", "纪念会", "追悼会",
             "奥运会", "亚运会", "世博会", "洽谈会", "推介会", "说明会", "听证会", "记者会", "签约会", "动员会",
             "誓师会", "欢迎会", "欢送会", "恳谈会", "交流会", "订货会", "鉴定会", "评审会", "招聘会", "拍卖会",
             "特卖会", "首映会", "签售会", "分享会", "展会", "餐会", "社会", "机会", "体会", "误会", "约会", "都会")
# a kind of body alone names none (加入|协会, 该|学会, 学会 of 学会了)
_KINDS_OF_SOCIETY = ("会", "学会", "协会", "工会", "商会", "教会", "议会", "委员会", "基金会", "联合会", "研究会",
                     "促进会", "理事会", "董事会", "监事会", "常委会", "联会", "公会", "兄弟会", "姐妹会", "同乡会",
                     "校友会", "联谊会", "读书会", "家长会", "学生会")
# kinds of 社 and 团 (合作社, 代表团) and of the bodies they head (报社, 剧团), no names by themselves
_KINDS_OF_GROUP = ("社", "团", "报社", "旅行社", "出版社", "合作社", "公社", "通讯社", "杂志社", "诗社", "剧团", "乐团",
                   "集团", "财团", "代表团", "访问团", "旅行团", "考察团", "观光团", "顾问团", "亲友团", "智囊团",
                   "参观团", "慰问团", "采访团", "主席团", "工作团", "兵团", "社团", "团体")
_DETERMINERS = frozenset("该 本 这 那 这个 那个 一个 其 此 各 新 全".split())


def _names_a_society(name: str) -> bool:
    """Whether a name ending in 会, 社 or 团 names a body: no meeting (全国运动会) and no kind alone (该协会,
    合作社, 代表团)."""
    if name.endswith(_MEETINGS):
        return False
    kind = next((k for k in sorted(_KINDS_OF_SOCIETY + _KINDS_OF_GROUP, key=len, reverse=True) if name.endswith(k)), "")
    return not kind or (name != kind and name[:-len(kind)] not in _DETERMINERS)


#: What a body's name quoted in 「」 ends in (「香港专上学生联会」, 「中华全国铁路协会」); before a bracketed Latin
#: short form they end the body too (人民公正党（PKR）|国会议员, :func:`zhkg.extract.body_spans.join_bracketed_qualifiers`).
QUOTED_HEADS = ("联会", "协会", "学会", "联盟", "同盟", "公会", "商会", "基金会", "委员会", "联合会", "研究会", "促进会",
                 "党", "社", "局", "署", "团", "公司", "集团", "银行", "大学", "学院", "学校", "中学", "书院",
                 "俱乐部", "会")
# (「」 only: mainland news sets slogans, campaigns and nicknames in “”, “幸福银行”活动, “相公团”)
_QUOTED = re.compile(r"「([\u4e00-\u9fff]{3,15}?)」")
# denominations and missions, names by themselves, and a place's or a faith's church before them (香港|圣公会,
# 台湾|基督|长老教会, 伦敦|传道会)
_DENOMINATIONS = ("长老教会", "圣公会", "浸信会", "长老会", "循道会", "卫理公会", "信义会", "公理会", "耶稣会", "传道会",
                  "天主教会", "东正教会", "基督教会", "宣道会", "神召会", "救世军")
_DENOMINATION_AT = re.compile("|".join(_DENOMINATIONS))
_FAITHS = ("基督教", "基督", "中华", "循道", "真耶稣")


def societies(text: str, places: list[Mention] | None = None, table=None) -> list[tuple[int, int]]:
    """Spans of societies, churches and leagues as Wikipedia names them, by the name alone (no generic head
    word's place before it is needed):

    * a name ending in 会, 社 or 团 right after a verb of founding or joining (创立|兴中会, 加入了|觉悟社,
      由|伦敦传道会…创办),
      or a dictionary word ending in 会 before its members' word (耶稣会|传教士); never a meeting (加入|大会,
      运动会) or a kind of body alone (加入|协会, 合作社, 代表团);
    * a name quoted in 「」 that ends in a body's head (「香港专上学生联会」);
    * a denomination or a mission (圣公会, 浸信会, 传道会), with the place or faith written before it
      (香港圣公会, 台湾基督长老教会).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.extract.base import token_table
    >>> text = "他早年加入光复会，后来加入大会。这所学校由伦敦传道会于1843年创办。该团体称为「香港专上学生联会」。"
    >>> [text[s:e] for s, e in societies(text, [], token_table(make_nlp()(text)))]
    ['光复会', '伦敦传道会', '香港专上学生联会']
    """
    if table is None:
        return []
    spans: set[tuple[int, int]] = set()
    starts, words = table.starts, table.words
    place_ends = {p.end: p.start for p in places or [] if p.label is Label.PLACE}
    for m in re.finditer("[会社团]", text):
        e = m.end()
        k = table.token_of_char[m.start()]
        token = table.words[k] if k >= 0 else None
        if token is None or not (token.end == e or token.idx == m.start()) \
                or (token.idx == m.start() and dictionary_tag(token.text) != "x"):
            continue  # 会议, 会长: 会 opens another word
        for s in range(max(0, m.start() - 7), m.start()):
            name = text[s:e]
            if s not in starts or name[0] == "了" or not all(map(is_han, name)):
                continue
            k_verb = table.token_of_char[s - 1] if s > 0 else -1
            if k_verb > 0 and words[k_verb].text == "了":
                k_verb -= 1  # 加入了|觉悟社
            verb = words[k_verb].text if k_verb >= 0 else ""
            agent = verb == "由" and re.search("创办|创立|创建|成立|主办|发起|出版", text[e:e + 12])
            members = token.idx == s and token.end == e and dictionary_tag(token.text) != "x" \
                and _SOCIETY_AFTER.match(text, e)
            if verb in _FOUNDING_VERBS or agent or members:
                # a name of nouns, its 会 a word of its own, glued to what follows (传道|会于) or ending a noun
                inner = words[table.token_of_char[s]:k + 1]
                if _names_a_society(name) and (token.idx == m.start() or token.tag in _SOCIETY_TAGS) \
                        and not any(w.tag[:1] in _FUNCTION_TAGS or w.tag[:1] in "dmq" for w in inner):
                    spans.add((s, e))
                break
    for m in _QUOTED.finditer(text):
        name, (s, e) = m.group(1), m.span(1)
        head = next((h for h in QUOTED_HEADS if name.endswith(h)), "")
        if not head or len(name) - len(head) < 2 or (name.endswith("会") and not _names_a_society(name)):
            continue
        # the head is a word of its own or ends a word of its kind (管制|局, 学生|联会; not 格局, 牌局), and the
        # name holds no function word or verb (“党对党”, “维持小幅震荡格局”)
        last = words[table.token_of_char[e - 1]]
        inner = words[table.token_of_char[s]:table.token_of_char[e - 1] + 1]
        if (last.idx >= e - len(head) or dictionary_tag(last.text) in ("nt", "nz")) and s in starts \
                and not any(w.tag[:1] in _FUNCTION_TAGS or w.tag[:1] in "dmqv" for w in inner):
            spans.add((s, e))
    for m in _DENOMINATION_AT.finditer(text):
        s, e = m.span()
        if s not in starts and not any(text.startswith(f, s - len(f)) for f in _FAITHS):
            continue
        for faith in _FAITHS:
            if text.startswith(faith, s - len(faith)):
                s -= len(faith)
                break
        if s in place_ends and s - place_ends[s] <= 6:
            s = place_ends[s]
        spans.add((s, e))
    return sorted(x for x in spans if not any(y != x and y[0] <= x[0] and x[1] <= y[1] for y in spans))


# what in a sentence says that a name which is a common word too names the body of its kind (苹果|股价)
_KNOWN_CUES = {
    "company": r"公司|集团|股价|股份|股票|股东|上市|市值|营收|财报|业绩|利润|手机|产品|发布|品牌|旗下|董事长|总裁|执行长"
               r"|CEO|CFO|COO|CTO"
               r"|首席执行官|创始人|创办人|芯片|科技|用户|收购|员工|厂商|订单|代工|智能|电脑|平板|iPhone|iPad|iPod|门店"
               r"|相机|镜头|像素|新品|机型|数码|单反|播放器|显示屏"
               r"|出品|唱片|销量|航班|航空|汽车|车型|新车|银行|贷款|零售|软件|系统|商场|酒店|赌场|博彩|地产|楼盘"
               r"|门市|展店|分店|连锁店|超级市场|便利商店",  # (not 超市: 苹果 sold in one is fruit)
    "university": r"大学|学生|教授|校长|毕业|校友|学者|研究|学院|录取|校园|博士|硕士|讲师|学系|学位|入学|就读|考生"
                  r"|校方|招生|师生|校务",
    "hospital": r"医院|病人|病患|患者|伤患|医师|医生|院长|院方|手术|急诊|门诊|就医|护理|确诊|病房|住院",
    "academy": r"院士|研究|院长|学者",
    "media": r"报道|报导|播出|节目|电视台|电台|记者|收视|报章|电视|艺人|剧集|新闻|主播|台庆|采访|频道|民调",
    "party": r"党|议员|立委|选举|选民|主席|参选|候选人|议席|执政|在野|提名|初选|国会|众议院|参议院|总统|立法会",
    "council": r"议员|成员|召集人|特首|行政长官|审议|选举|委员|主委|通过|会议|总统|议案",
    "government": r"署长|局长|调查|拘捕|发言人|主席|总裁|官员",
    "band": r"乐团|乐队|演唱会|专辑|歌迷|主唱|成员|巡演|歌曲|新歌|歌手|组合|出道|MV|金曲",
    "international": r"成员国|会员国|峰会|秘书长|总干事|主席|组织|加入|谈判|制裁|声明|报告|预测|关税|贸易|人权|调查",
    "league": r"球队|比赛|赛季|球员|联赛|季后赛|总决赛|篮球|外援",
    # charities, social-service agencies, professional and religious bodies (明爱, 社联, 律师会)
    "society": r"捐款|捐赠|善款|慈善|义工|志工|志愿者|社工|服务|会员|会长|总干事|主席|理事|呼吁|声明|调查|报告|发表"
               r"|院舍|赈灾|救灾|灾民|信众|团体|机构|业界|商会",
}
_KNOWN_CUE_PATTERNS = {kind: re.compile(cues) for kind, cues in _KNOWN_CUES.items()}
_SENTENCE_END = SENTENCE_BREAK  # the shared pattern; tests/test_long36.py imports this name
# a company's trade and its company word after its name are part of the name (台积电公司, 腾讯控股, 国美电器,
# 华为技术有限公司, 我爱我家控股公司)
_COMPANY_ENDINGS = re.compile(r"(?:电器|电子|科技|技术|创新|生物|物流|通讯|通信|电讯|航空|汽车|地产|置业|置地|实业|证券|保险|银行|能源"
                              r"|医药|制药|食品|乳业|百货|传媒|网络|半导体|钢铁|集团)?"
                              r"(?:控股(?:集团公司|有限公司|集团|公司)?|股份有限公司|有限责任公司|有限公司|集团公司|公司|集团)?")


# a site's or a station's channel after its name is part of the outlet's name (新浪体育 张海彦 发自…, 新浪房产)
# (not a department of the station: 华视|新闻部)
_MEDIA_CHANNELS = re.compile(r"(?:(?:体育|娱乐|财经|科技|房产|家居|汽车|教育|游戏|时尚|读书|女性|新闻|军事|NBA)(?![部处组科室]))?")


def _title_in_its_word(text: str, s: int, e: int, starts: Container[int], ends: Container[int], lexicon: Lexicon) -> bool:
    """Whether jieba reads a known name and a title after it as one word of its own (国大代表: 国大 and 代表; not
    和|黄教授, where the word is the title's)."""
    if s not in starts or e in starts:
        return False
    for role in lexicon.roles_by_first.get(text[e : e + 1], ()):
        if text.startswith(role, e) and e + len(role) in ends:
            return not any(i in starts for i in range(s + 1, e + len(role)))
    return False


def _sentence_around(text: str, s: int, e: int, openings: list[int]) -> tuple[int, str]:
    """Where the sentence holding ``text[s:e]`` starts, and its text less that span (a name is no cue of
    itself: 有线电视). ``openings`` are the ends of ``text``'s sentence breaks, in order (found once per text: a
    search from the text's start at each name was quadratic in a long document)."""
    k = bisect_right(openings, s) - 1
    start = openings[k] if k >= 0 else 0
    end = _SENTENCE_END.search(text, e)
    return start, text[start:s] + "\0" + text[e:end.start() if end else len(text)]


_IN = "中"
_VERB_OR_ADVERB = ("v", "d")  # 共有/v, 共计/v: not 共党/n (中共党员)
# 共 ("in all") then a verb and a count: 赛季中|共交战26场, 历史中|共打入8球 (cluener38, CLUENER train half B)
_COUNT_AFTER = re.compile(r"(?:交战|交手|打入|打进|进|取得|赢得|获得|拿下|有|计)了?[0-9０-９]")


# what completes a verb right after it (联想|到, 奔驰|着): a known body's name that is a verb is the verb there
_VERB_ENDINGS = frozenset("到起着了过")
#: Bodies whose name is also two regions written together (港台: RTHK, or Hong Kong and Taiwan)
_REGION_PAIRS = frozenset({"港台"})
_REGIONS = "内地|大陆|澳门|海外|东南亚|日韩|两岸|欧美|新马"
# what the region pair reads as: a kind of people or art of the regions, or one region beside another
_REGION_PAIR_AFTER = re.compile(rf"地区|两地|三地|同胞|明星|影星|歌星|歌手|艺人|演员|影视|电影|流行|乐坛|歌坛|影坛|娱乐圈"
                                rf"|[及和与、](?:{_REGIONS})")
_REGION_PAIR_BEFORE = re.compile(rf"(?:{_REGIONS})[及和与、]$")


def _reads_as_regions(text: str, s: int, e: int) -> bool:
    """Whether a body named like two regions (港台) names the regions there: beside another region (港台及内地,
    大陆和港台) or before a kind of their people or art (港台艺人, 港台地区).

    >>> [_reads_as_regions(t, 0, 2) for t in ("港台及内地艺人", "港台地区", "港台节目播出", "港台记者报道")]
    [True, True, False, False]
    >>> _reads_as_regions("大陆和港台", 3, 5)
    True
    """
    return _REGION_PAIR_AFTER.match(text, e) is not None or _REGION_PAIR_BEFORE.search(text, max(0, s - 4), s) is not None


def _locative_in(text: str, s: int, e: int) -> bool:
    """Whether a name opening with 中 at ``[s, e)`` is the locative 中 ("in") after a noun, its other letters opening a
    word with the letter after it (影片中|共有63个角色, 队伍中|共有: no 中共; session 24, counts26).

    >>> _locative_in("影片中共有63个完整角色", 2, 4), _locative_in("中共有8000万党员", 0, 2), _locative_in("他是中共党员", 2, 4)
    (True, False, False)
    >>> _locative_in("近18个赛季中共交战26场", 6, 8)
    True
    """
    return (text.startswith(_IN, s) and s > 0 and is_han(text[s - 1]) and e < len(text)
            and (dictionary_tag(text[s + 1 : e + 1]).startswith(_VERB_OR_ADVERB) or _COUNT_AFTER.match(text, e) is not None))


def _company_word_joined(text: str, s: int, e: int, name: str, known: dict, starts, ends) -> bool:
    """Whether a listed company's name at ``[s, e)`` opens a word of jieba's that its company word closes (苹果公司,
    which jieba keeps as one word): the name stands whole all the same.

    >>> _company_word_joined("苹果公司首席执行官", 0, 2, "苹果", {"苹果": ("company",)}, {0, 4}, {4, 6})
    True
    """
    if known[name][0] != "company" or s not in starts:
        return False
    end = _COMPANY_ENDINGS.match(text, e).end()
    return end > e and end in ends


def _runs_on_foreign(text: str, s: int, e: int, table, foreign: frozenset[str] | set[str]) -> bool:
    """Whether a name of transliteration letters at ``text[s:e]`` may be a part of a longer transliterated name:
    a transliteration letter stands next to it, and that letter is no end of a common word of two letters or more
    jieba reads there (哈玛斯|高层 and 哈玛斯|领导人 are Hamas; 海尔|赛, jieba's 赛 alone, may be Halsey)."""

    def common_word(i: int, after: bool) -> bool:
        word = table.word_at(i)
        return word is not None and len(word.text) >= 2 and word.tag not in _NAME_TAGS \
            and (word.idx == e if after else word.end == s)

    return s > 0 and text[s - 1] in foreign and not common_word(s - 1, False) \
        or e < len(text) and text[e] in foreign and not common_word(e, True)


def _longer_holder(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether one of ``spans`` holds ``[start, end)`` and is longer, as a test made once for many questions: the
    spans are looked up by where such a span may start (no earlier than the longest span's length before ``end``),
    not scanned each time (a long text holds thousands).

    >>> held = _longer_holder([(0, 3), (5, 9)])
    >>> held(1, 3), held(0, 3), held(6, 8), _longer_holder([])(0, 1)
    (True, False, True, False)
    """
    ends_at: dict[int, list[int]] = {}
    for s, e in spans:
        ends_at.setdefault(s, []).append(e)
    longest = max((e - s for s, e in spans), default=0)

    def held(start: int, end: int) -> bool:
        return any(s <= start and end <= e and e - s > end - start
                   for s in range(end - longest, start + 1) for e in ends_at.get(s, ()))

    return held


def known_organisations(text: str, table, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Spans of the well-known bodies ``lexicon.known_organisations`` lists (台积电, 港大, 北约), whole words:
    the name's ends are token ends (``table``), or no dictionary word runs across them (北大 in 北大荒, 清华 in
    清华大学 are none) or a title follows a name of three letters or more (成功大学校长: jieba's word 大学校长); a Latin name stands between non-letters (TVB in TVBS is none). A name marked ambiguous
    (苹果, 小米, 中兴) needs a cue of its kind in its sentence (:data:`_KNOWN_CUES`), or in two sentences of
    the document (a story about the body names it without a cue too). A company's trade and company word
    after a company are part of its name (台积电公司, 国美电器), and so is a channel after a site or an outlet (新浪体育).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.extract.base import token_table
    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "北大荒的苹果丰收。台积电与鸿海股价上涨，苹果发布新手机后，苹果股价大涨。"
    >>> [text[s:e] for s, e in known_organisations(text, token_table(make_nlp()(text)), load_lexicon())]
    ['台积电', '鸿海', '苹果', '苹果']
    """
    scan = lexicon.known_scan
    if scan is None:
        return []
    known, foreign = lexicon.known_organisations, lexicon.foreign_name_chars
    starts, ends = table.starts, table.ends
    found: list[tuple[int, int, str]] = []
    for m in scan.finditer(text):
        s, e = m.span()
        name = m.group()
        if name[0].isascii():
            if text[s - 1:s].isascii() and text[s - 1:s].isalnum() or text[e:e + 1].isascii() and text[e:e + 1].isalnum():
                continue  # a part of a longer Latin word: TVB|S
        elif (s not in starts or e not in ends) and _inside_a_word(text, s, e) \
                and not (e - s >= 3 and s in starts and text.startswith(lexicon.role_words, e)) \
                and not _title_in_its_word(text, s, e, starts, ends, lexicon) \
                and not (e - s >= 3 and _HEAD_TITLE.match(text, e - 1)
                         and (s in starts or text[s - 1:s] == "前" and s - 1 in starts)) \
                and not _company_word_joined(text, s, e, name, known, starts, ends):
            continue  # (a title after a name may share a word with it: 成功|大学校长, 三星电子|会长; not 和黄|教授;
            # or its head letter, the name opening a word or after 前 (former) that jieba joins to it: 前科|管局长)
        elif all(c in foreign for c in name) and _runs_on_foreign(text, s, e, table, foreign):
            continue  # a part of a transliterated name: 海尔|赛 (Halsey) is no 海尔
        if _locative_in(text, s, e):
            continue  # 影片中共有63个角色: 中 (in) after a noun, then 共有, is no 中共
        if name in _REGION_PAIRS and _reads_as_regions(text, s, e):
            continue  # 港台及内地艺人: Hong Kong and Taiwan, not the broadcaster
        if known[name][3] and text[e:e + 1] in _VERB_ENDINGS and dictionary_tag(name).startswith("v"):
            continue  # 使我联想到: the verb, not the company 联想 (nor 奔驰着 the carmaker)
        found.append((s, e, name))
    cued: set[int] = set()  # the starts of ambiguous names with a cue in their sentence
    cued_sentences: dict[str, set[int]] = {}
    openings = [m.end() for m in _SENTENCE_END.finditer(text)] if any(known[f[2]][3] for f in found) else []
    for s, e, name in found:
        if known[name][3]:
            sentence, words = _sentence_around(text, s, e, openings)
            if _KNOWN_CUE_PATTERNS[known[name][0]].search(words) \
                    or (known[name][0] == "council" and text.startswith(lexicon.role_words, e)):
                # (a council's title right after it cues it too: 总统府秘书长, 国安会秘书长; roles39)
                cued.add(s)
                cued_sentences.setdefault(name, set()).add(sentence)
    spans = []
    for s, e, name in found:
        if known[name][3] and s not in cued and len(cued_sentences.get(name, ())) < 2:
            continue
        if known[name][0] == "company":
            e = _COMPANY_ENDINGS.match(text, e).end()
        if known[name][0] in ("company", "media") and not name.isascii() and text[s:e] == name:
            e = _MEDIA_CHANNELS.match(text, e).end()
        if known[name][0] == "society" and name.endswith("会"):
            e = _congregation_end(text, e)
        spans.append((s, e))
    return spans


# a congregation's name after its church's: two to four letters, no time, place word or function word among them,
# and 堂 (中华基督教会|湾仔堂, 宣道会|北角堂); a hall (礼堂, 会堂, 教堂) is none
_CONGREGATION = re.compile(r"[\u4e00-\u9fff]{2,4}?堂")
_NOT_IN_CONGREGATION = frozenset("在于今昨明前日年月周的了和与及是为等将已也都就从到向对聚")
_HALLS = ("礼堂", "会堂", "教堂", "食堂", "讲堂", "课堂", "天堂", "殿堂", "厅堂", "学堂", "满堂", "座堂")


def _congregation_end(text: str, e: int) -> int:
    """Where a church's name read up to ``e`` ends with the congregation named after it (宣道会北角堂,
    中华基督教会合一堂: the congregation is the body the story names); ``e`` when none follows (宣道会今日在北角堂,
    宣道会大礼堂)."""
    m = _CONGREGATION.match(text, e)
    if m is None or any(c in _NOT_IN_CONGREGATION for c in m.group()[:-1]) or m.group().endswith(_HALLS):
        return e
    return m.end()
