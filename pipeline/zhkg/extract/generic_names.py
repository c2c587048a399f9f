"""Organisation readings that name no particular body: a department by its function alone, a Latin term, a meeting, a count.

* **A department by its function alone** (财务部, 审计部, 技术中心). A company's or an institute's department written without its owner (任财务部经理, 历任技术中心副主任) is a generic
reference, as 公司 and 本公司 are, which the recogniser often reads as an organisation. The annotated sets agree that
it names nothing: Resume NER marks none of the 102 bare function departments of its training split, CLUENER none of
1, MSRA 2 of 10. A department written with its owner (北新建材销售部) is another mention and is kept; so are a state's
  ministries and the party's own departments (人事部, 宣传部, 组织部), whose fields are not in the list.
* **A Latin-script term of business, finance or technology** (CBD, PK, WAP, ETF, CPI, QFII, MKV): the recogniser and
  the Latin names' cues (CBD|总部经济) read some as bodies; the annotated sets mark none of these terms' 199
  occurrences in the training splits of MSRA, CLUENER, Resume, Weibo and Universal NER as an organisation. Only a
  mention that is the term exactly is dropped (华夏ETF stays as read).

* **A kind of body alone** (学生会, 发布会, 评委会, 联合会, 居委会): a school's, a village's or a contest's own body
  written without its owner, or an event. Every annotated set leaves these bare words unmarked: MSRA train 0 of
  2 学生会, 0 of 5 评委会, 0 of 37 发布会, 0 of 52 联合会 (51 are inside a longer name), 0 of 12 居委会; Universal NER train
  0 of 8 学生会, 0 of 3 发布会, 0 of 2 联合会, 0 of 2 居委会; CLUENER train 0 of 9 发布会, 1 of 3 居委会. The recogniser and
  the abbreviations' cue (学生会|主席, 联合会|代表) read some of them as bodies. Where the document names the body in
  full (中国高等院校校友会联合会 … 联合会), the bare word refers back to it and stays. So is a company by its trade
  alone (电影公司特地邀请…, 唱片公司, 经纪公司): MSRA train 0 of 6 电影公司 and 0 of 1 经纪公司, CLUENER train 0 of 6
  经纪公司 and 0 of 1 电影公司, Universal NER train 0 of 4 唱片公司 and 0 of 2 电影公司 are marked (session 26).

* **A kind of school or hospital by who runs it** (国立大学, 公立医院, 私立学校, :data:`OWNED_KINDS`): the class, named
  where news speaks of such schools or hospitals in general; the recogniser and the suffix grammar read it as a
  body, the web set's gold never does (orgs234).
* **A kind of body by whose capital runs it** (中资企业, 外资研发中心, 港资公司, 民营企业, 跨国公司,
  :data:`CAPITAL_KINDS`; after a place too: 中国内地跨国公司): the class, where news speaks of such firms in general (中资企业协助俄罗斯生产军备); the recogniser
  reads some as bodies. MSRA train marks 5 of its 320 such phrases (厂 counted as a kind too) an organisation, each inside a longer name;
  CLUENER 8 of 40 (its convention marks kinds, see the counted bodies below); a name holding the words
  (中国外资企业协会) is another mention and stays (ents259).
* **A status** (香港国际航运中心地位, 国际金融中心的地位, 打造香港成为国际专上教育枢纽): a hub or centre a place is,
  or is to be, is a standing, no body; written right before 地位 (the word for standing), or an international one
  after a verb of making or keeping it (打造, 巩固, 提升, 成为, 建成). MSRA train marks none of its 3 中心地位 (ents259).
* **A meeting or an issue** (外交主题记者会, 城市更新专题新闻发布会, ``MEETING_ENDS``; 北韩核问题, ``ISSUE_ENDS``): the
  recogniser reads some press conferences, forums and issues as bodies; none is an organisation, and MSRA, CLUENER
  and Universal NER train mark none ending in these words (intl153).
* **A congress's session at its meeting** (市十六届人大|五次会议, 重庆市第六届人民代表大会|第三次会议, 市第十二次党代会,
  :func:`session_meeting`, :func:`bodiless_names`): a local congress named by its term (届) only right before the
  numbered meetings it holds, or a party congress by its number (第N次党代会), names the meeting, an event the web
  gold leaves unmarked (cn-37, cn-39, cn-192-01, cn-211-05, cn-218-07 of the tune half). Where the document names
  that term's congress apart from a meeting (上海市第十六届人民代表大会个别代表), the meetings' mentions are that
  body's and stay; so do a standing committee (市十六届人大常委会第二十七次会议) and the whole nation's congress
  (十四届全国人大四次会议: the gold marks 全国人大) (orgs300).
* **A competition** (亚洲杯, 亚冬会, 奥运会, 世锦赛, ``COMPETITION_ENDS``): a cup, a championship or a games is an
  event, which the project's conventions leave unannotated (docs/entities.md, web113: events are not entities).
  The recogniser reads some as bodies, learnt from CLUENER, which marks 71 such names organisations (联盟杯 most);
  MSRA train marks none of its 307 世界杯, 82 锦标赛 or 51 奥运会 so. A league is a body and stays (英超, 港超), and
  so does a name the known organisations' table holds (orgs228).
* **A law, a treaty or an agreement** (海洋法公约, 货品贸易协定, 国家安全条例, ``LAW_ENDS``): no body, and no entity
  by the project's conventions (docs/entities.md, web113: laws are not entities). MSRA train marks none of its 64
  协定, 57 公约, 106 条约, 54 条例 and 38 法案 as an organisation but 关贸总协定 (GATT, 7 times), so a 总协定 stays;
  CLUENER none (orgs228).
* **A body's name before 界别** (选委会界别, 选举委员会界别, 区议会界别): an electoral constituency of Hong Kong's
  Legislative Council, named by the body that elects its members; the article that writes it so means the
  constituency by every bare mention of that name (由选委会转跑道), no body (orgs228). Its sectors (界别分组) are
  the body's own and leave it a body.
* **A party's centre in another party's news** (党中央): the Communist Party's central leadership where the
  document names that party (中共, 共产党) or no other one; where it names another party and not the Communist Party
  (国民党 … 尊重党中央决定), the word stands for that party's headquarters, a kind the web gold leaves unmarked
  (orgs228).

* **A body counted** (上千家佛朗明哥舞蹈学校, 两家美国公司, 一所德国文法学校, 四大书院): a count of two or more and a
  measure word for bodies (所, 家, 间, 座) right before a name make it a kind, not a named body; a count of one does
  where the name opens with a place (一所|德国|文法学校, 一家|美国|公司), not where it opens with a name of its own (有一家
  玉兰香大酒店, a hotel MSRA marks); a numeral and 大 opening a name with two letters or more after it is a group
  (四大书院, 三大运营商; 十五大 is a congress and stays). Session 20: Universal NER train's wiki prose, where the rules
  read 德國文法學校 after 一所 and 四大書院 as bodies its annotators leave unmarked. 个 counts what follows as often as
  the body (5个|安理会常任理事国) and is no measure word here. A company's full legal name (一家深圳市某某科技有限公司)
  names its body however it is counted and stays; so does a name in quotes. CLUENER marks counted kinds (3家农村商业银行)
  as organisations, a convention of that set.

Caveat: a party or union organ alone (党委, 工会, 纪委) is left as read: MSRA marks 17 of 58 of them (a body named
in the sentence before), Resume none of 194, a difference of the sets' conventions.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from types import MappingProxyType

from zhkg.records import Label, Mention

__all__ = ["CAPITAL_KINDS", "COMPETITION_ENDS", "FUNCTIONS", "GENERIC_KINDS", "ISSUE_ENDS", "LATIN_TERMS", "LAW_ENDS", "MEETING_ENDS", "OWNED_KINDS",
           "bodiless_names", "capital_kind", "counted_body", "drop_generic_names", "generic_unit", "session_meeting", "standing",
           "state_ministry"]

#: The functions a company's or an institute's department is named by (财务|部, 人力资源|部): none is a state's
#: ministry's field (人事部, 财政部, 外交部 name ministries) or a party department's (宣传部, 组织部).
FUNCTIONS = ("财务", "审计", "投资", "销售", "市场", "营销", "人力资源", "技术", "研发", "企管", "质管", "质量安全", "质量",
             "策划", "法务", "采购", "外协", "物资", "计划", "生产", "公关", "客户服务", "客服", "国际业务", "业务",
             "综合管理", "风险管理", "资产财务", "计划财务", "财会", "会计", "经营", "运营", "工程", "设备", "规划",
             "证券", "信贷", "风险控制", "合规", "内审", "资金", "总经理", "企业管理", "行政管理", "人力资源管理")
#: Latin-script terms that name a concept, a format or a market, never a body (written for zhkg as facts).
LATIN_TERMS = frozenset(
    "CBD PK VS WAP WEB BBS SNS DIY VIP MVP GDP GNP CPI PPI PMI ETF IPO QFII QDII REITs TV PC APP OTG MKV NPC RPG "
    "MMORPG PVP PVE GPS LED LCD USB DVD CD MP3 MP4 HD HDMI WiFi WIFI Wi-Fi CMMB 3G 4G 5G SIM QWERTY FAQ PPT PDF SUV MPV "
    "ATM VR AR AI IT OL EMBA MBA MPAcc CFA CPA".split())
#: Kinds of body (or an event) that name no particular one when written alone (see the module docstring).
GENERIC_KINDS = frozenset({"学生会", "发布会", "评委会", "联合会", "居委会", "电影公司", "唱片公司", "经纪公司",
                           # a club's squad by its rank (下二军, 原二军总教练): the club's farm team, no name (orgs228)
                           "一军", "二军"})
#: A kind of school or hospital by who runs it, written alone (国立大学, 公立医院, 私立学校): a class of bodies, no
#: particular one (新加坡国立大学, a name holding the words, is another mention and stays; orgs234).
OWNED_KINDS = re.compile("(?:国立|公立|私立|市立|县立|省立|州立)(?:大学|学院|医院|学校|中学|小学|高中|幼儿园)")
#: A kind of body by whose capital runs it, written alone (中资企业, 外资研发中心, 跨国公司): a class of firms, no
#: particular one (ents259).
CAPITAL_KINDS = re.compile("(?:中资|外资|港资|台资|陆资|日资|美资|欧资|韩资|侨资|内资|合资|独资|国有|国营|民营|私营|外商投资|外商独资"
                           "|外商|中外合资|跨国)(?:企业|公司|银行|机构|工厂|厂商|研发中心|集团)")
# a word of where between a place and a kind by capital (中国|内地|跨国公司, 上海|本地|民营企业)
_WHERE = re.compile(r"^(?:内地|境内|境外|本地|本土|当地|海外|在华|驻华|驻港|在港|在台)")
# what follows a hub's or a centre's name that makes it a standing (香港国际航运中心|地位, 金融中心|的地位)
_STANDING_AFTER = re.compile(r"的?地位")
# a verb that makes or keeps a place an international hub (打造香港成为|国际专上教育枢纽, 巩固|国际金融中心)
_STANDING_VERB = re.compile(r"(?:打造|巩固|提升|成为|建成|建设成为|发展成为|发展为|定位为|迈向)[\u4e00-\u9fff]{0,3}$")
_HUB_ENDS = ("中心", "枢纽")
#: What a meeting's name ends in (外交主题记者会, 城市更新专题新闻发布会): an event, no body. MSRA, CLUENER and Universal NER
#: train mark no organisation ending so (intl153; 博览会, 峰会 and 年会 left out: each set marks one).
MEETING_ENDS = ("记者会", "发布会", "招待会", "座谈会", "研讨会", "说明会", "听证会", "见面会", "交流会", "推介会", "吹风会",
                "通气会", "报告会", "表彰会", "茶话会", "联欢会", "签约会", "推进会", "动员会")
#: What an issue's name ends in (北韩核问题): no body; MSRA, CLUENER and Universal NER train mark no organisation
#: ending so (intl153).
ISSUE_ENDS = ("问题",)
#: What a competition's name ends in (亚洲杯, 省港杯赛, 世界田径锦标赛, 哈尔滨亚冬会): an event, no body (orgs228). No
#: league (联赛, 英超): the conventions make a league a body.
COMPETITION_ENDS = ("杯", "杯赛", "锦标赛", "世锦赛", "大奖赛", "公开赛", "巡回赛", "邀请赛", "运动会", "奥运会", "亚运会",
                    "全运会", "冬奥会", "残奥会", "亚冬会", "亚残运会", "大运会", "青奥会", "世运会")
#: What a law's, a treaty's or an agreement's name ends in (海洋法公约, 货品贸易协定): no body (orgs228); not 总协定
#: (关贸总协定, GATT, which MSRA marks an organisation).
LAW_ENDS = ("公约", "条约", "条例", "法案", "宪章", "协定")
# what follows a body's name that makes it an electoral constituency (选委会界别); not the body's own sectors (界别分组)
_CONSTITUENCY_AFTER = re.compile(r"界别(?!分组)")
# the party's centre (党中央) and the names of the party it is the centre of unless the document names another one
_PARTY_CENTRE = "党中央"
_COMMUNIST_PARTY = ("中共", "共产党")
# a count before a name: a numeral (上千, 十几, 数, 多) and a measure word for bodies (所, 家, 间, 座)
_COUNT_BEFORE = re.compile(r"(?:[0-9０-９]+|[一二两三四五六七八九十百千万几数多上余]+)(?:所|家|间|座)$")
_COUNT_OF_ONE = re.compile(r"(?<![0-9０-９一二两三四五六七八九十百千万几数多上余第])一(?:所|家|间|座)$")
# a numeral and 大 opening a name, and two letters or more after it: a group of bodies (四大书院, 三大运营商)
_COUNTED_GROUP = re.compile(r"[一二两三四五六七八九十百千]+大..")
_LEGAL_ENDINGS = ("有限公司", "有限责任公司", "股份公司", "有限合伙")
_UNIT_HEADS = ("办公室", "部", "处", "科", "室", "中心", "办")
_GENERIC = re.compile("(?:" + "|".join(sorted(FUNCTIONS, key=lambda w: (-len(w), w))) + ")(?:" + "|".join(_UNIT_HEADS)
                      + ")")


def generic_unit(name: str) -> bool:
    """Whether an organisation's name is a department by its function alone (Simplified).

    >>> [generic_unit(n) for n in ("财务部", "技术中心", "总经理办公室", "北新建材销售部", "人事部", "宣传部", "党委")]
    [True, True, True, False, False, False, False]
    """
    return _GENERIC.fullmatch(name) is not None


#: Functions that also name a state's ministry: Taiwan's 法务部 (justice) and 审计部 (the Control Yuan's audit office).
_MINISTRY_FUNCTIONS = ("法务部", "审计部")
#: States whose ministry may be written so (台湾法务部, 韩国法务部).
_MINISTRY_STATES = ("台湾", "中华民国", "韩国", "南韩")
#: A minister's or a ministry's own title after its name (法务部长, 法务部次长, 法务部调查局).
_MINISTER_AFTER = ("部长", "副部长", "次长", "政务次长", "常务次长", "长", "调查局", "检察", "发言人")
#: A company department's staff after its name (法务部经理): a department, wherever it is written.
_STAFF_AFTER = ("经理", "副经理", "总监", "主管", "专员", "主任", "员工", "人员", "同事")
#: Government posts that end the item of a list before a ministry's title (曾任宜兰县县长、法务部部长); not 部长 or
#: 局长, which a company's departments have too.
_GOVERNMENT_POSTS = ("县长", "市长", "省长", "院长", "委员", "议员", "立委", "代表", "厅长", "署长", "次长", "省主席")


def state_ministry(m: Mention, text: str) -> bool:
    """Whether a name that reads as a department by its function (法务部, 审计部) is a state's ministry here: with a
    state before it, opening its clause (法务部今天表示, 法务部长罗莹雪; not 法务部经理), or with a minister's title
    after it where a verb of appointment or a government post and 、 come before (曾任法务部部长, 县长、法务部部长).
    A company's department has its body or the company's word before it (公司法务部部长).

    >>> from zhkg.records import Mention, Label
    >>> def at(text, name="法务部"):
    ...     i = text.index(name)
    ...     return state_ministry(Mention("d", i, i + len(name), name, name, Label.ORGANIZATION, "crf"), text)
    >>> [at(t) for t in ("陈定南曾任法务部部长", "法务部今天表示", "台湾法务部", "宜兰县县长、法务部部长",
    ...                  "任公司法务部部长", "法务部经理王明", "行政部部长、法务部部长", "曾任法务部经理")]
    [True, True, True, True, False, False, False, False]
    """
    if m.simplified not in _MINISTRY_FUNCTIONS:
        return False
    from zhkg.stages.normalise import to_simplified

    before = to_simplified(text[max(0, m.start - 8):m.start])
    after = to_simplified(text[m.end:m.end + 4])
    if before.endswith(_MINISTRY_STATES):
        return True
    if not before or not ("\u4e00" <= before[-1] <= "\u9fff" or before[-1] == "、"):  # (、 goes on a list)
        return not after.startswith(_STAFF_AFTER)
    minister = after.startswith(_MINISTER_AFTER)
    return minister and (before.endswith("任") or (before.endswith("、") and before[:-1].endswith(_GOVERNMENT_POSTS)))


def standing(name: str, before: str, after: str) -> bool:
    """Whether a hub's or a centre's name is a standing here, no body (see the module docstring): right before
    地位, or an international one after a verb of making or keeping it; ``before`` and ``after`` are the text around it.

    >>> [standing(n, b, a) for n, b, a in (("香港国际航运中心", "巩固提升", "地位是"), ("国际金融中心", "香港", "的地位"),
    ...                                    ("国际专上教育枢纽", "打造香港成为", "、推广"), ("国际网球中心", "现身横琴", "，观看"),
    ...                                    ("国际会议中心", "在", "举行"), ("数据中心", "建设", "项目"))]
    [True, True, True, False, False, False]
    """
    if not name.endswith(_HUB_ENDS):
        return False
    return _STANDING_AFTER.match(after) is not None or (
        "国际" in name and _STANDING_VERB.search(before) is not None)


_NUMERAL = "[一二三四五六七八九十百0-9０-９]+"
# a congress named by its term (十六届人大, 第六届人民代表大会) and the numbered meeting after it (五次会议, 第三次全体会议)
_CONGRESS_TERM = re.compile(f"({_NUMERAL})届(?:人大|人民代表大会|政协)$")
_MEETING_AFTER = re.compile(f"第?{_NUMERAL}次(?:全体)?会议")
# a party congress by its number (市第十二次党代会): the meeting itself
_NUMBERED_PARTY_CONGRESS = re.compile(f"第{_NUMERAL}次(?:党代会|党代表大会)$")


def session_meeting(name: str, after: str) -> bool:
    """Whether a congress's name here names its meeting, no body (see the module docstring): a congress by its term
    right before a numbered meeting (``after`` is the text after it), or a party congress by its number.

    >>> [session_meeting(n, a) for n, a in (("市十六届人大", "五次会议本月"), ("重庆市第六届人民代表大会", "第三次会议开幕"),
    ...                                     ("市第十二次党代会", "作出的"), ("上海市第十六届人民代表大会", "个别代表"),
    ...                                     ("市十六届人大常委会", "第二十七次会议"), ("县人大", "三次会议"),
    ...                                     ("十四届全国人大", "四次会议"))]
    [True, True, True, False, False, False, False]
    """
    if _NUMBERED_PARTY_CONGRESS.search(name) is not None:
        return True
    return _CONGRESS_TERM.search(name) is not None and _MEETING_AFTER.match(after) is not None


def _spaced_part(m: Mention, text: str) -> bool:
    """Whether a Latin mention is one word of a longer Latin name, a space apart from the next (NBA TV)."""
    before, after = text[max(0, m.start - 2):m.start], text[m.end:m.end + 2]
    return (len(before) == 2 and before[1] == " " and before[0].isascii() and before[0].isalnum()) or (
        len(after) == 2 and after[0] == " " and after[1].isascii() and after[1].isalnum())


def counted_body(name: str, before: str, opens_with_place: bool = False, after: str = "") -> bool:
    """Whether a name is a body counted (see the module docstring); ``before`` is the text right before it,
    ``after`` the text right after it (a noun there is what is counted: 多家|北京银行|网点) and ``opens_with_place``
    says whether a place opens the name.

    >>> [counted_body(n, b) for n, b in (("佛朗明哥舞蹈学校", "上千家"), ("四大书院", "的"), ("美国公司", "有两家"),
    ...                                  ("中国银行", "在"), ("深圳市腾讯计算机系统有限公司", "三家"), ("十五大", "党的"),
    ...                                  ("玉兰香大酒店", "有一家"), ("安理会", "5个"))]
    [True, True, True, False, False, False, False, False]
    >>> counted_body("德国文法学校", "一所", opens_with_place=True)
    True
    >>> counted_body("北京银行", "多家", after="网点昨天")
    False
    """
    if name.endswith(_LEGAL_ENDINGS) or before.endswith(("“", "「", "\"", "《")) or _noun_after(after):
        return False
    if _COUNTED_GROUP.match(name) is not None:
        return True
    if _COUNT_OF_ONE.search(before) is not None:
        return opens_with_place
    return _COUNT_BEFORE.search(before) is not None


def _noun_after(after: str) -> bool:
    """Whether a noun of jieba's dictionary opens ``after`` (网点, 员工, 门店): the name before it only qualifies it."""
    if len(after) < 2:
        return False
    from zhkg.stages.segment import dictionary_tag

    tag = dictionary_tag(after[:2])
    return tag.startswith("n") or tag == "vn"


def capital_kind(name: str, rest: str = "") -> bool:
    """Whether an organisation's name is a kind of body by whose capital runs it (see the module docstring):
    ``name`` itself, or ``rest``, what it holds after a place opening it, with a word of where (内地, 当地) first.

    >>> [capital_kind(n) for n in ("中资企业", "外资研发中心", "跨国公司", "中国外资企业协会", "华润集团")]
    [True, True, True, False, False]
    >>> [capital_kind("中国内地跨国公司", "内地跨国公司"), capital_kind("美国科技公司", "科技公司")]
    [True, False]
    """
    return CAPITAL_KINDS.fullmatch(name) is not None or (
        bool(rest) and CAPITAL_KINDS.fullmatch(_WHERE.sub("", rest, count=1)) is not None)


def _generic(m: Mention, text: str, place_starts: Mapping[int, int] = MappingProxyType({}),
             known: Container[str] = ()) -> bool:
    return m.label is Label.ORGANIZATION and (
        (m.simplified in LATIN_TERMS and not _spaced_part(m, text))
        or generic_unit(m.simplified) and not state_ministry(m, text)
        or m.simplified in GENERIC_KINDS or OWNED_KINDS.fullmatch(m.simplified) is not None
        or capital_kind(m.simplified, text[place_starts[m.start]:m.end] if m.start in place_starts else "")
        and m.simplified not in known
        or standing(m.simplified, text[max(0, m.start - 8):m.start], text[m.end:m.end + 3])
        or m.simplified.endswith(MEETING_ENDS) or m.simplified.endswith(ISSUE_ENDS)
        or m.simplified.endswith(COMPETITION_ENDS) and m.simplified not in known
        or m.simplified.endswith(LAW_ENDS) and not m.simplified.endswith("总协定") and m.simplified not in known
        or m.simplified not in known
        and counted_body(m.simplified, text[max(0, m.start - 4):m.start], m.start in place_starts,
                         text[m.end:m.end + 2]))


def drop_generic_names(mentions: list[Mention], text: str, known: Container[str] = ()) -> list[Mention]:
    """The mentions less the organisations that name no particular body (see the module docstring); a Latin
    term that is one word of a spaced Latin name (NBA TV) stays, for the readers that join such names, and so does
    a name in ``known`` (the known organisations' table), however it is counted.

    >>> from zhkg.records import Mention, Label
    >>> text = "CBD财务部华夏ETF北新建材NBA TV学生会公立医院"
    >>> spans = ((0, 3), (3, 6), (6, 11), (11, 15), (19, 21), (21, 24), (24, 28))
    >>> ms = [Mention("d", s, e, text[s:e], text[s:e], Label.ORGANIZATION, "crf") for s, e in spans]
    >>> [m.simplified for m in drop_generic_names(ms, text)]
    ['华夏ETF', '北新建材', 'TV']
    >>> text = "校友会联合会成立。联合会主席说"
    >>> ms = [Mention("d", s, e, text[s:e], text[s:e], Label.ORGANIZATION, "crf") for s, e in ((0, 6), (9, 12))]
    >>> [m.simplified for m in drop_generic_names(ms, text)]
    ['校友会联合会', '联合会']
    """
    place_starts: dict[int, int] = {}  # each place's start and the furthest end of one starting there
    for m in mentions:
        if m.label is Label.PLACE:
            place_starts[m.start] = max(m.end, place_starts.get(m.start, 0))
    unnamed = bodiless_names(mentions, text)
    if not unnamed and not any(_generic(m, text, place_starts, known) for m in mentions):
        return mentions
    # a kind written alone after the document named its body in full is that body again (中国高等院校校友会联合会 … 联合会)
    named = {kind for m in mentions if m.label is Label.ORGANIZATION for kind in GENERIC_KINDS
             if len(m.simplified) > len(kind) and m.simplified.endswith(kind)}
    return [m for m in mentions if not (m.label is Label.ORGANIZATION and m.simplified in unnamed)
            and (not _generic(m, text, place_starts, known) or m.simplified in named)]


def bodiless_names(mentions: list[Mention], text: str) -> frozenset[str]:
    """The organisations' names that name no body anywhere in this document (see the module docstring): a body's
    name written before 界别 (the constituency it elects), a congress named only at its meetings, and 党中央 where the document names another party and
    not the Communist Party.

    >>> from zhkg.records import Mention, Label
    >>> def names(text, *words):
    ...     ms = [Mention("d", i, i + len(w), w, w, Label.ORGANIZATION, "crf") for w in words
    ...           for i in [text.index(w)]]
    ...     return sorted(bodiless_names(ms, text))
    >>> names("选委会界别有40席，由选委会转跑道的陈家珮当选。", "选委会")
    ['选委会']
    >>> names("选举委员会界别分组的选举明天举行。", "选举委员会")
    []
    >>> names("国民党县议员说，尊重党中央决定。", "国民党", "党中央")
    ['党中央']
    >>> names("贯彻落实党中央部署要求，中共中央办公厅印发通知。", "党中央")
    []
    >>> names("市十六届人大五次会议召开，市十六届人大常委会主任说。", "市十六届人大", "市十六届人大常委会")
    ['市十六届人大']
    >>> names("市十六届人大五次会议召开，审议市第十六届人民代表大会个别代表的报告。", "市十六届人大", "市第十六届人民代表大会")
    []
    """
    orgs = [m for m in mentions if m.label is Label.ORGANIZATION]
    out = {m.simplified for m in orgs if _CONSTITUENCY_AFTER.match(text, m.end)}
    # a congress named only at its meetings (市十六届人大|五次会议): the meeting, unless the document names that term's
    # congress apart from a meeting (上海市第十六届人民代表大会个别代表), whose meetings' mentions are that body's
    meetings = [m for m in orgs if session_meeting(m.simplified, text[m.end:m.end + 8])]
    if meetings:
        named = {term.group(1) for m in orgs if m not in meetings
                 for term in [_CONGRESS_TERM.search(m.simplified)] if term is not None}  # (not its 常委会)
        out |= {m.simplified for m in meetings
                if (term := re.search(f"({_NUMERAL})届", m.simplified)) is None or term.group(1) not in named}
    if (any(m.simplified == _PARTY_CENTRE for m in orgs) and not any(w in text for w in _COMMUNIST_PARTY)
            and any(m.simplified.endswith("党") for m in orgs)):
        out.add(_PARTY_CENTRE)
    return frozenset(out)
