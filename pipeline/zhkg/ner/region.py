"""Where a text was written, read from the places and public bodies it names (route274): the mainland, or Taiwan,
Hong Kong and Macau.

The Traditional recogniser (:mod:`zhkg.ner.routing`) was trained on news written in Taiwan and Hong Kong. Mainland
writing converted to Taiwan's letter forms (a mainland article in 為 眾 裡) passes route267's letter test, yet it is
written the mainland's way and the shipped model reads it better. Such a text still names the mainland's places
(北京, 平谷区, 广东省) and bodies (市委, 政协, 人大), where a Taiwan or Hong Kong article names its own (台北, 新北市, 元朗;
立法院, 立法会, 县府, 区议会). :func:`region_counts` counts both kinds in a document scan (no model), and
:func:`leans_taiwan_hong_kong` says whether the text names more of Taiwan's, Hong Kong's and Macau's than of the
mainland's (route276: so at least one; a text naming neither does not lean, and the router keeps it on the shipped
model: mainland writing about funds, games or fashion names no place or body either).

Where the names come from:

- places: the shipped gazetteer (:func:`zhkg.resources.gazetteer.load_gazetteer`, without a user's lexicon folders:
  the router's decision does not depend on them). Mainland: the full names of provinces, prefectures and counties
  (levels 1 to 3 under a mainland province) and the short forms of provinces and prefectures (广东, 深圳; a county's
  short form is often a word: 和平, 东城). Taiwan, Hong Kong and Macau: every full name in their tables (台湾, 香港,
  新北市, 元朗区, 大安区 …) and the short forms down to Hong Kong's districts (台北, 高雄, 元朗); Taiwan's district
  short forms (大安, 信义, 中正) are words and names, so not. A name the gazetteer gives both sides at those levels (中山区
  is in Taipei and in Dalian), a mainland name Taiwan, Hong Kong or Macau give a place of theirs at any level (中山
  of Taipei's 中山区, 泰安 of Miaoli's 泰安乡: their news names its own streets and townships), a name of a place
  abroad too, a name marked ``context`` (东区, 中环) and a
  one-character name are left out; a mainland township's name (a 台北 in Wuhan) does not take 台北 from Taiwan.
  中国 is neither side.
- bodies: :data:`MAINLAND_BODIES` and :data:`TAIWAN_HONG_KONG_BODIES`, general knowledge of how each system names
  its own institutions.

Names are matched on the Simplified form of the text, longest first, left to right, each character in one name at
most.

Who wrote a text is a second signal (router281): mainland wires and portals write about Hong Kong and Taiwan too, and
such an article names more of their places than of the mainland's. :func:`mainland_byline` finds a mainland outlet's
dateline or credit in the article's opening (its first :data:`OPENING` characters): 新华社北京1月5日电, 中新网5日电,
新浪娱乐讯, 中广网北京5日消息, 来源：环球时报, 澎湃新闻记者, 央视新闻客户端; a dateline anywhere in the opening (a
headline often runs straight into it), a credit only where it opens a clause. The outlets (:data:`MAINLAND_OUTLETS`) are general knowledge of the
mainland's agencies, papers, broadcasters and portals; Taiwan's (中央社, 联合报, 中国时报) and Hong Kong's (明报, 文汇报, 凤凰)
are not among them, and an outlet named in passing (据新华社报道, 接受环球时报采访) is no credit.

How a text is written is a third (router284): mainland business, fund and game news names Hong Kong as a market or a
setting and carries no byline, yet its writer's conventions survive a conversion to Taiwan's letter forms, which
changes letters, not words or punctuation. Taiwan's and Hong Kong's papers quote with corner marks (「…」, 『…』), the
mainland's with “…”: :func:`quotes_with_corner_marks` asks for the first, so an article quoting in the mainland's way,
or quoting nobody (no sign of its writer either way), is not known to be written in Taiwan or Hong Kong.
:func:`mainland_form` finds a word form only the mainland writes (:data:`MAINLAND_FORMS`: 视频 where Taiwan and Hong
Kong write 影片, 出租车 where they write 计程车 and 的士), anywhere in the text.

An article quoting nobody (:func:`quotes_nobody`: wire copy, notices, market reports) may still carry a sign of a
Taiwan or Hong Kong writer (router292): :func:`taiwan_hong_kong_writer` finds one of their outlets' credits or
datelines ((中央社记者…台北5日电), 〔记者…／台北报导〕, 记者…／综合报导, 〔本报讯〕, 【明报专讯】, 香港01记者, (星岛日报报道):
:data:`TAIWAN_HONG_KONG_OUTLETS`; an outlet cited in passing, 据台湾《联合报》报道, is none), Taiwan's and Hong Kong's
date forms (今（5）日, 今日（18日）; the Republic's years, 民国114年, 114年12月), or a word form only they write
(:data:`TAIWAN_HONG_KONG_FORMS`: 报导, 捷运, 网路, 软体, 欧巴马, 落案起诉 where the mainland writes 报道, 地铁, 网络,
软件, 奥巴马, 提起公诉), anywhere in the text. A mainland paper's 本报讯（记者…） is no such credit, and the forms whose
letters run across two ordinary words (软体动物, 四川普通话, 工作人员警告) are matched first, so they never count.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

__all__ = ["CORNER_QUOTES", "MAINLAND_BODIES", "MAINLAND_FORMS", "MAINLAND_OUTLETS", "OPENING",
           "TAIWAN_HONG_KONG_BODIES", "TAIWAN_HONG_KONG_FORMS", "TAIWAN_HONG_KONG_OUTLETS", "leans_taiwan_hong_kong",
           "mainland_byline", "mainland_form", "quotes_nobody", "quotes_with_corner_marks", "region_counts", "region_names",
           "taiwan_hong_kong_writer"]

#: The mainland's party and state bodies as its own news names them (Simplified): party committees, the people's
#: congresses and political consultative conferences, their discipline and supervision commissions, the local
#: people's governments, and the street and village committees below the county (not the State Council, 国务院:
#: Hong Kong and Taiwan news report its decisions as often as the mainland's).
MAINLAND_BODIES = frozenset({
    "省委", "市委", "区委", "县委", "州委", "党委", "党工委", "党支部", "党组", "纪委", "监委", "纪检监察",
    "人大", "人大常委会", "政协", "人民政府", "街道办", "街道办事处", "居委会", "村委会", "村两委",
    "党员干部", "党建",
})
#: Taiwan's, Hong Kong's and Macau's own bodies and offices (Simplified): Taiwan's five yuans' legislature and
#: executive, its county governments and councils, village chiefs and parties; Hong Kong's and Macau's Legislative
#: Councils, district councils, chief executives and SAR governments.
TAIWAN_HONG_KONG_BODIES = frozenset({
    "立法院", "行政院", "监察院", "考试院", "立委", "县府", "县议会", "市议会", "县议员", "市议员", "里长", "陆委会",
    "民进党", "国民党", "民众党", "时代力量",
    "立法会", "区议会", "区议员", "特首", "特区政府", "港府", "澳府", "港澳办",
})
# 港澳办 is the mainland's office for Hong Kong and Macau affairs, yet news naming it is news about Hong Kong or
# Macau; 国民党 is named in mainland history writing too, but that writing names the mainland's places far more.

MAINLAND = "mainland"
TAIWAN_HONG_KONG = "taiwan_hong_kong"
_OTHER_SIDE = {"TW", "HK", "MO"}


def _side(region: str) -> str:
    if region in _OTHER_SIDE:
        return TAIWAN_HONG_KONG
    return MAINLAND if region.isdigit() else ""


@lru_cache(maxsize=1)
def region_names() -> Mapping[str, str]:
    """Each place or body name counted, with its side (``"mainland"`` or ``"taiwan_hong_kong"``).

    >>> names = region_names()
    >>> names["平谷区"], names["广东"], names["新北市"], names["元朗"], names["立法会"], names["市委"]
    ('mainland', 'mainland', 'taiwan_hong_kong', 'taiwan_hong_kong', 'taiwan_hong_kong', 'mainland')
    >>> "中山区" in names, "中国" in names, "和平" in names, "大安" in names
    (False, False, False, False)
    """
    from zhkg.resources.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    sides: dict[str, set[str]] = {}
    side_of: dict[str, str] = {}  # each division's side, found once (names share divisions)

    def side(d) -> str:
        if d.code not in side_of:
            side_of[d.code] = _side(gazetteer.region(d.code))
        return side_of[d.code]

    def add(name: str, divisions, short: bool) -> None:
        if len(name) < 2:
            return
        for d in divisions:
            kind = side(d)
            if not kind or d.context_only:
                sides.setdefault(name, set()).add("")  # abroad, or an ordinary word too: never counted
            elif kind == MAINLAND and 1 <= d.level <= (2 if short else 3):
                sides.setdefault(name, set()).add(kind)
            elif kind == TAIWAN_HONG_KONG and d.level <= (3 if short else 4):
                sides.setdefault(name, set()).add(kind)

    for name, divisions in gazetteer.full_names.items():
        add(name, divisions, short=False)
    for form, divisions in gazetteer.short_names.items():
        add(form, divisions, short=True)
    # a name Taiwan, Hong Kong or Macau give any of their places (中山 of 中山区, 泰安 of 泰安乡) is not the mainland's
    ours = {name for table in (gazetteer.full_names, gazetteer.short_names) for name, divisions in table.items()
            if any(side(d) == TAIWAN_HONG_KONG for d in divisions)}
    names = {name: next(iter(s)) for name, s in sides.items()
             if len(s) == 1 and "" not in s and not (name in ours and MAINLAND in s)}
    for body in MAINLAND_BODIES:
        names[body] = MAINLAND
    for body in TAIWAN_HONG_KONG_BODIES:
        names[body] = TAIWAN_HONG_KONG
    return names


@lru_cache(maxsize=1)
def _longest() -> int:
    return max(map(len, region_names()))


def region_counts(simplified: str) -> tuple[int, int]:
    """How many mainland names and how many Taiwan, Hong Kong and Macau names ``simplified`` (a text's Simplified
    form) holds, longest match first.

    >>> region_counts("北京市平谷区委书记到大兴庄镇调研，区政协主席陪同。")  # 北京市, 平谷区, 政协
    (3, 0)
    >>> region_counts("新北市议会今天开会，立法院也在台北开议。")
    (0, 3)
    >>> region_counts("他今天到公司上班。")
    (0, 0)
    """
    names = region_names()
    longest = _longest()
    mainland = other = 0
    i, n = 0, len(simplified)
    while i < n:
        for size in range(min(longest, n - i), 1, -1):
            side = names.get(simplified[i:i + size])
            if side is not None:
                if side == MAINLAND:
                    mainland += 1
                else:
                    other += 1
                i += size
                break
        else:
            i += 1
    return mainland, other


def leans_taiwan_hong_kong(simplified: str) -> bool:
    """Whether ``simplified`` names more of Taiwan's, Hong Kong's and Macau's places and bodies than of the
    mainland's, so at least one (route276: a text naming neither, or as many mainland ones, does not lean).

    >>> leans_taiwan_hong_kong("新北市议会今天开会。"), leans_taiwan_hong_kong("北京市平谷区委书记到大兴庄镇调研。")
    (True, False)
    >>> leans_taiwan_hong_kong("他今天到公司上班。"), leans_taiwan_hong_kong("北京市与台北市签署备忘录。")
    (False, False)
    """
    mainland, other = region_counts(simplified)
    return other > mainland


#: The mainland's news agencies, papers, broadcasters and portals (Simplified), as their datelines and credits name
#: them. Not Taiwan's 中央社 (Central News Agency) or 中国时报 (China Times), not Hong Kong's papers (文汇报 is also a
#: Shanghai paper's name, 大公报 and 凤凰 are Hong Kong's), not a name that is a common word alone (中国网 in 中国网络).
MAINLAND_OUTLETS = frozenset({
    # agencies and broadcasters
    "新华社", "新华网", "新华通讯社", "中新社", "中新网", "中国新闻社", "中国新闻网", "央视", "央视网", "央视新闻", "中央电视台",
    "中国之声", "央广网", "中广网", "中央人民广播电台", "中国国际广播电台", "国际在线", "中国台湾网", "台海网",
    # national papers and their sites
    "人民网", "人民日报", "光明日报", "光明网", "经济日报", "中国经济网", "中国日报", "中国青年报", "中国青年网", "中青网",
    "工人日报", "法制日报", "科技日报", "环球时报", "环球网", "参考消息",
    # city and provincial papers
    "新京报", "北京青年报", "北青网", "北京晚报", "京华时报", "千龙网", "澎湃新闻", "东方早报", "新民晚报", "解放日报",
    "东方网", "南方都市报", "南方日报", "南方周末", "羊城晚报", "广州日报", "大洋网", "扬子晚报", "现代快报", "钱江晚报",
    "华西都市报", "楚天都市报", "齐鲁晚报", "大河报", "华龙网", "红网", "海峡导报", "东南网",
    # business papers and financial portals
    "新快报", "第一财经", "21世纪经济报道", "经济观察报", "中国证券报", "上海证券报", "证券时报", "证券日报", "中国基金报",
    "每日经济新闻", "财新网", "界面新闻", "和讯网", "东方财富网", "全景网", "金融界",
    # portals and their channels
    "新浪", "新浪网", "新浪娱乐", "新浪财经", "新浪体育", "新浪科技", "网易", "腾讯网", "腾讯娱乐", "搜狐", "搜狐娱乐",
})
#: How many characters of a text's start are its opening, where a dateline or credit stands (after a headline).
OPENING = 200

_NOT_WIRE = "视影子话脑力台商信池动器竞梯网价费厂压流源站邮缆路气波"  # 电视, 电影 … are no dateline's 电


@lru_cache(maxsize=1)
def _byline() -> re.Pattern[str]:
    outlet = "|".join(sorted(map(re.escape, MAINLAND_OUTLETS), key=len, reverse=True))
    return re.compile(
        rf"(?:来源|稿源|来自)[:：]\s*(?P<source>{outlet})"  # 来源：环球时报
        # a dateline, anywhere in the opening (a headline often runs into it): 新华社北京1月5日电, 新浪娱乐讯, 中广网…日消息
        rf"|(?P<wire>{outlet})[^\s。，,；;！？!?「」“”]{{0,16}}?(?:[电讯](?![{_NOT_WIRE}])|日消息)"
        # a credit opening a clause: 澎湃新闻记者, 央视新闻客户端 (not 接受环球时报记者采访)
        rf"|(?:^|(?<=[\s，。、：:；（(【\[「“\"》>|/]))(?P<credit>{outlet})(?:(?:特约)?记者|客户端|综合报道|独家)"
    )


def mainland_byline(simplified: str) -> str:
    """The mainland outlet whose dateline or credit stands in ``simplified``'s opening (its first :data:`OPENING`
    characters), or ``""``: who wrote the text, whatever it is about.

    >>> mainland_byline("中新社香港1月5日电 香港特区政府今日公布施政报告。"), mainland_byline("新浪娱乐讯 电影昨日在香港首映。")
    ('中新社', '新浪娱乐')
    >>> mainland_byline("【来源：环球时报】台湾当局日前宣布"), mainland_byline("中央社记者台北5日电）立法院今天开议。")
    ('环球时报', '')
    >>> mainland_byline("文章来源：新华网"), mainland_byline("行政院今天表示，据新华社报道，双方将会谈。")
    ('新华网', '')
    >>> mainland_byline("他接受环球时报记者采访"), mainland_byline("新浪电视剧频道"), mainland_byline("来自新浪的消息")
    ('', '', '')
    """
    match = _byline().search(simplified[:OPENING])
    return next(name for name in match.groups() if name) if match else ""


#: Word forms only the mainland writes (Simplified), each with Taiwan's and Hong Kong's for the same thing, from general
#: knowledge of the three standards. A form Hong Kong shares with the mainland is not here (软件, 网络, 数据, 人工智能,
#: 激光, 打印, 互联网, 屏幕, 质量: Hong Kong writes them too, Taiwan 软体, 网路, 资料, 人工智慧, 雷射 …), nor one Taiwan also
#: writes in another sense (默认, 登录, 计算机, 高考, 自行车, 摩托车, 开发商), nor one whose letters run across two words
#: of an ordinary sentence (激活 in 刺激活动, 同比 in 同比例, 大巴 in 大巴黎, 内存 in 国内存在, 方便面 in
#: 不方便面对).
MAINLAND_FORMS: Mapping[str, tuple[str, str]] = {
    "视频": ("影片", "影片"), "信息": ("资讯", "资讯"), "短信": ("简讯", "短讯"), "服务器": ("伺服器", "伺服器"),
    "鼠标": ("滑鼠", "滑鼠"), "硬盘": ("硬碟", "硬碟"), "U盘": ("随身碟", "USB手指"), "程序员": ("程式设计师", "程式员"),
    "摄像头": ("镜头", "镜头"), "运营商": ("营运商", "营运商"), "充电宝": ("行动电源", "尿袋"),
    "出租车": ("计程车", "的士"), "公交车": ("公车", "巴士"), "立交桥": ("交流道", "天桥"), "集装箱": ("货柜", "货柜"),
    "宇航员": ("太空人", "太空人"),
}
#: Words of Taiwan's and Hong Kong's ordinary writing that hold a mainland form's letters (电视频道, 卫视频道, 简短信件,
#: 服务器材): matched first, so they never count.
_NOT_FORMS = ("电视频", "影视频", "卫视频", "简短信", "服务器材")
#: Taiwan's and Hong Kong's quotation marks; the mainland's are “…” (‘…’ inside), which OpenCC's conversions keep.
CORNER_QUOTES = "「」『』"
_MAINLAND_QUOTES = "“”"


def quotes_with_corner_marks(simplified: str) -> bool:
    """Whether ``simplified`` quotes with Taiwan's and Hong Kong's corner marks (a term marked with “…” besides
    changes nothing: their papers do that too; a text quoting only with “…”, or quoting nobody, does not).

    >>> quotes_with_corner_marks("他說：「香港市場前景看好。」所謂“黑雨”"), quotes_with_corner_marks("他说：“前景看好。”")
    (True, False)
    >>> quotes_with_corner_marks("香港市场前景看好。")
    False
    """
    return any(q in simplified for q in CORNER_QUOTES)


def quotes_nobody(simplified: str) -> bool:
    """Whether ``simplified`` quotes with neither Taiwan's and Hong Kong's corner marks nor the mainland's “…”
    (router292: such an article gives no sign of its writer by its quotation marks).

    >>> quotes_nobody("香港市场前景看好。"), quotes_nobody("他说：“前景看好。”"), quotes_nobody("他說：「看好。」")
    (True, False, False)
    """
    return not any(q in simplified for q in CORNER_QUOTES + _MAINLAND_QUOTES)


@lru_cache(maxsize=4)
def _words(forms: frozenset[str], traps: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted({*forms, *traps}, key=len, reverse=True))))


def _first_form(simplified: str, forms: Mapping[str, object], traps: tuple[str, ...]) -> str:
    """The first of ``forms`` in ``simplified``, longest first, where none of ``traps`` (ordinary words holding a
    form's letters) covers it; or ``""``."""
    found = _words(frozenset(forms), traps).finditer(simplified)
    return next((m.group() for m in found if m.group() in forms), "")


def mainland_form(simplified: str) -> str:
    """The first of :data:`MAINLAND_FORMS` that ``simplified`` (a text's Simplified form) holds, or ``""``: how it is
    written, whatever it is about.

    >>> mainland_form("玩家可在官网观看视频。"), mainland_form("电视频道今晚播出，简短信件已寄出。")
    ('视频', '')
    """
    return _first_form(simplified, MAINLAND_FORMS, _NOT_FORMS)


#: Taiwan's and Hong Kong's news agencies, papers, broadcasters and sites (Simplified), as their credits name them:
#: general knowledge, the counterpart of :data:`MAINLAND_OUTLETS`. Not 经济日报 (a Beijing paper's name as well as
#: Taipei's), not 文汇报 (Shanghai's too), nor 中广网 (the mainland's national radio; Taiwan's is 中广新闻网).
TAIWAN_HONG_KONG_OUTLETS = frozenset({
    # Taiwan
    "中央社", "中央通讯社", "联合报", "联合新闻网", "联合晚报", "自由时报", "自由电子报", "中国时报", "中时新闻网",
    "中时电子报", "工商时报", "旺报", "东森新闻", "三立新闻", "民视新闻", "公视新闻", "华视新闻", "中视新闻", "台视新闻",
    "年代新闻", "风传媒", "新头壳", "镜周刊", "镜新闻", "中广新闻网", "今日新闻", "TVBS",
    # Hong Kong
    "明报", "星岛日报", "星岛", "东方日报", "东网", "香港01", "头条日报", "信报", "成报", "晴报", "香港经济日报",
    "商业电台", "商台", "有线新闻", "无线新闻", "香港电台", "立场新闻", "众新闻", "大公报", "点新闻", "橙新闻",
})
#: A character that opens a clause or a credit line (the credit of a Taiwan or Hong Kong outlet stands after one;
#: 据明报报道 and 接受星岛日报记者采访 cite an outlet, they are no credit).
_OPENER = r"(?:^|(?<=[\s，。、：:；（(【〔\[「」”\"》>|/／]))"


@lru_cache(maxsize=1)
def _taiwan_hong_kong_byline() -> re.Pattern[str]:
    outlet = "|".join(sorted(map(re.escape, TAIWAN_HONG_KONG_OUTLETS), key=len, reverse=True))
    return re.compile(
        # Taiwan's Central News Agency's dateline: （中央社记者王小明台北5日电）, （中央社台北5日综合外电报导）
        rf"{_OPENER}(?P<cna>中央社)(?:记者)?[^\s，。；：“”「」]{{0,20}}?(?:电|报导)(?![{_NOT_WIRE}])"
        # a credit with Taiwan's slash and 报导: 〔记者王小明／台北报导〕, 记者…／台北即时报导, 国际中心／综合报导
        rf"|(?P<slash>[^\s，。；：、／/]{{1,12}}[／/][^\s，。；：、／/]{{0,10}}?报导)"
        # the Liberty Times' bracket: 〔记者…〕, 〔本报讯〕, 〔即时新闻／…〕, 〔编译…〕
        rf"|(?P<bracket>〔(?:记者|本报讯|即时新闻|编译|特派员|中央社|综合))"
        # an outlet's own credit: 【明报专讯】, 香港01记者, （星岛日报报道）
        rf"|{_OPENER}《?(?P<credit>{outlet})》?(?:(?:特约)?记者|特派员|专讯|即时新闻|(?:报道|报导|讯)(?=[）)】〕]))"
        # Taiwan's date in parentheses: 今（5）日, 昨（4）晚; Hong Kong's: 今日（18日）, 昨日（17日）; the Republic's years
        # from 2011 on: 民国112年, 114年12月3日
        rf"|(?P<date>[今昨明前][（(]\d{{1,2}}[）)][日天晚早午夜]|[今昨]日[（(]\d{{1,2}}日[）)])"
        rf"|(?P<year>民国1\d\d年|(?<![\d前])1[01]\d年\d{{1,2}}月)"
    )


#: Word forms only Taiwan or Hong Kong writes (Simplified, as the text's Simplified form holds them), each with the
#: mainland's form for the same thing: general knowledge of the standards, the counterpart of :data:`MAINLAND_FORMS`.
#: Not Taiwan's forms the mainland writes too (影片 for a film, 资讯, 脸书, 讯息, 品质, 塑胶, 线上, 透过, 公车 and
#: 机车 in other senses, 澳洲, 雪梨 the fruit, 数位 in 数位官员), nor Hong Kong's forms the mainland shares (软件, 网络:
#: :data:`MAINLAND_FORMS`); OpenCC's t2s writes 计划 for Taiwan's 計畫, so that form cannot be seen.
TAIWAN_HONG_KONG_FORMS: Mapping[str, str] = {
    # Taiwan's words
    "报导": "报道", "捷运": "地铁", "网路": "网络", "软体": "软件", "硬体": "硬件", "韧体": "固件", "部落格": "博客",
    "资料库": "数据库", "数位化": "数字化", "数位相机": "数码相机", "应用程式": "应用程序", "程式码": "代码",
    "列印": "打印", "记忆体": "内存", "行动装置": "移动设备", "视讯": "视频通话", "雷射": "激光", "奈米": "纳米",
    "宽频": "宽带", "频宽": "带宽", "点阅": "点击", "杯葛": "抵制", "员警": "民警", "陆客": "大陆游客", "身分证": "身份证",
    # Taiwan's names of countries and people
    "纽西兰": "新西兰", "义大利": "意大利", "沙乌地": "沙特", "肯亚": "肯尼亚", "奈及利亚": "尼日利亚",
    "坦尚尼亚": "坦桑尼亚", "寮国": "老挝", "北韩": "朝鲜", "南韩": "韩国", "普丁": "普京", "川普": "特朗普",
    "欧巴马": "奥巴马", "布希": "布什", "梅克尔": "默克尔", "贾伯斯": "乔布斯", "希拉蕊": "希拉里",
    # Hong Kong's words
    "网志": "博客", "手提电话": "手机", "落案起诉": "提起公诉", "落案控告": "提起公诉", "扣查": "扣留调查", "入禀": "起诉",
    "咗": "了", "嘅": "的", "喺": "在", "佢哋": "他们", "嘢": "东西",
}
#: Ordinary mainland writing holding a form's letters across two words (软体动物, 一系列印刷, 记忆体验, 四川普通话,
#: 人员警告, 电视讯号): matched first, so they never count.
_NOT_TAIWAN_HONG_KONG_FORMS = ("软体动物", "系列印", "记忆体验", "记忆体系", "记忆体会", "记忆体现", "四川普",
                               "人员警", "电视讯", "影视讯", "数位化学")


def taiwan_hong_kong_writer(simplified: str) -> str:
    """The first sign in ``simplified`` that Taiwan or Hong Kong wrote it, or ``""`` (router292): a Taiwan or Hong
    Kong outlet's credit or dateline, Taiwan's date and year forms, or a word form only they write
    (:data:`TAIWAN_HONG_KONG_FORMS`). A second sign of their writer beside corner quotes, for articles quoting nobody.

    >>> taiwan_hong_kong_writer("（中央社记者王小明台北5日电）行政院今（5）日表示"), taiwan_hong_kong_writer("〔记者王小明／台北报导〕")
    ('中央社记者王小明台北5日电', '〔记者王小明／台北报导')
    >>> taiwan_hong_kong_writer("【明报专讯】"), taiwan_hong_kong_writer("市府将延长捷运营运时间。")
    ('明报专讯', '捷运')
    >>> taiwan_hong_kong_writer("新华社台北5日电 据台湾《联合报》报道"), taiwan_hong_kong_writer("软体动物和四川普通话")
    ('', '')
    """
    match = _taiwan_hong_kong_byline().search(simplified)
    if match:
        return match.group() if not match.group("credit") else match.group()[match.start("credit") - match.start():]
    return _first_form(simplified, TAIWAN_HONG_KONG_FORMS, _NOT_TAIWAN_HONG_KONG_FORMS)
