"""Counts' owners from the sentence's subject and topic, and the holders that are no subject.

* :class:`_Topics` gives the holder a sentence opens with when what follows says what it is or has
  (X是…, X位于…), else the last one opening a clause; counts of later sentences of the paragraph that name
  no holder take it (up to a few sentences back);
* a holder that reports, speaks or permits (据X, X表示, X的数据显示, X批准) is a source, not the topic:
  :func:`_is_source`, :func:`_speaks`, :func:`_anaphor_reports` — unless it speaks of itself or of its
  own members (:func:`_self_report`, :func:`_about_itself`, :func:`_own_members`);
* a holder a clause speaks about (就X问题: :func:`_regarded`) or one governed by a verb or a preposition
  (:func:`_governed`) is no subject;
* :func:`_facility_places` finds facilities after 在/到/于 that are where something is, not its owner.

Caveats: "subject" is read from the surface (clause openings, jieba's tags), not parsed; the carrying
rules that use these readings live in :func:`zhkg.relate.counts.read_counts`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from typing import Any

from zhkg.records import Label, Mention
from zhkg.relate.base import RelationContext
from zhkg.relate.count_anaphora import _AT_FACILITY
from zhkg.relate.count_counted import _OF
from zhkg.relate.count_pointers import SPEECH_VERBS, person_subject

__all__ = [
    "_DATELINE",
    "_PARENTHESIS",
    "_SELF_SPEAKER",
    "_SELF_WORDS",
    "_TOPIC_REST",
    "_Topics",
    "_VERB_GAP",
    "_about_itself",
    "_anaphor_reports",
    "_facility_places",
    "_governed",
    "_opens_with_verb",
    "_is_source",
    "_own_members",
    "_regarded",
    "_self_report",
    "_speaks",
]

# A sentence opening with a holder followed by one of these is about it (X是…的城镇,…,人口499).
_TOPIC_AFTER = ("是", "位于", "地处", "有", "共有", "拥有", "为")
_PARENTHESIS = re.compile(r"[（(][^（）()]{0,40}[）)]")
# What follows a holder opening a clause when the clause says what it is or has (还将有, 是).
_TOPIC_REST = re.compile(r"^[还也就已将共都]{0,3}(?:" + "|".join(_TOPIC_AFTER) + ")")
# A source followed by this gives its own figures (据NBA官方公布的数据, 根据苹果公司官方数据): it may own them.
_OWN_DATA = "官方"
# The source of a report (据国家统计局透露, X的最新数据显示) tells the count, it does not own it.
_SOURCE_BEFORE = ("据", "根据")
_SOURCE_AFTER = re.compile(r"的?(?:最新|最近|公开|官方|统计)?(?:数据|统计数据|统计|调查)(?:显示|表明|称|指出)?"
                           r"|透露|报道|公布[，,：:]|公布的(?:最新)?(?:数据|统计|名单)"  # 证监会公布，2月份有3家外资机构…
                           # 中登公司昨日最新公布的数据显示, 统计局日前发布的报告: a time, then 公布/发布 the data
                           r"|(?:昨日|今日|昨天|今天|日前|近日|近期|此前|\d{1,2}月\d{1,2}日|\d{1,2}日)(?:最新|首次)?"
                           r"(?:公布|发布)的(?:最新)?(?:数据|统计|名单|报告)")
# A dateline after an agency (中新网9月19日电, 新华社北京5月3日电, 本报北京6月28日讯): the agency, and the place it was
# filed from, are the story's source.
# So is a portal or paper before 讯 and a space, a time, a bracket or the story's opening (新浪体育讯北京时间4月12日,
# 新浪娱乐讯 在遭遇了…, 本报讯(记者…)).
_DATELINE = re.compile(r"[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日[电讯]|(?:专讯|讯)[】\]]"  # 【明报专讯】 too
                       r"|讯(?=[\s\u3000（(【]|北京时间|记者|日前|近日|昨日|今日|\d|$)")
# A body that gives its view or estimate, itself or by an official or a person of its own, before what it says
# (国金证券认为，…; 好买基金研究中心统计，…; 某分析师预计，…): the figures said are not its, as a source's are not.
_REPORT_VERBS = ("认为", "指出", "预计", "估计", "分析", "预测", "统计", "测算", "估算", "显示", "建议", "提醒")
_VERB_GAP = r"[^\W\d_的是有了在于将为]{0,10}?"  # an official, a title, a person's name (官员, 秘书长吕斌)
_REPORTER = re.compile(_VERB_GAP + r"(?:" + "|".join(_REPORT_VERBS) + r")[，,：:“「]")
# A body that speaks (SPEECH_VERBS: 央行表示，…; 国土部官员表示，…; …秘书长吕斌介绍，…) may say what it has or does itself (安省省长
# 表示，省府…增设8000个名额): it stays an owner in its sentence, but is no topic of the sentences after it.
_SPEAKER = re.compile(_VERB_GAP + r"(?:" + "|".join(_REPORT_VERBS + SPEECH_VERBS) + r")[，,：:“「]")
# A body that announces or speaks of itself (长盛基金公告称，…; 据华商基金相关负责人介绍，…) owns what it says it has: its
# counts in the sentences after it, when they speak of the company (旗下, 本公司, 该公司, 其…) or count what a body has
# (基金, 产品, 门店, 员工, 客户, 项目…). A body stating a figure (统计, 认为, 数据显示…) never does: that is a report.
_SELF_VERBS = ("公告称", "公告", "宣布", "表示", "介绍", "称", "说")
_SELF_SPEAKER = re.compile(_VERB_GAP + r"(?:" + "|".join(_SELF_VERBS) + r")[，,：:“「]")
# ...and one that points out (指出) what it has: a view by its verb, but of its own figures (台铁局指出，春节将加开列车320班次;
# 该公司指出，今年新增3间门市), which the sentence must still count as a body's (_BODY_HAS) or name as the company's
# (session 28, counts35)
_SELF_POINTS = re.compile(_VERB_GAP + r"指出[，,：:“「]")
_SELF_WORDS = re.compile(r"旗下|本公司|该公司|我公司|(?:^|(?<=[，,。；;：:\s]))(?:公司|其(?![中他余实次]))")
_BODY_HAS = ("基金", "产品", "门店", "店", "员工", "职工", "雇员", "客户", "用户", "会员", "项目", "网点", "分行", "支行",
             "工厂", "厂", "子公司", "分公司", "楼盘", "车型", "机型", "航线", "门市",
             # an operator's runs and fleet (加开列车320班次, 引进新机8架; counts35)
             "列车", "班次", "航班", "巴士", "客机", "座位")
# A body's members (会员企业, 成员单位): what the body reporting them has, whatever verb it reports with (owners59).
_MEMBER_WORDS = ("会员", "成员")
# Bodies whose figures are market-wide reports, whatever verb they use (好买基金研究中心, 国家统计局, 某分析师).
_REPORTING_BODIES = ("研究中心", "研究所", "研究院", "统计局", "评级", "咨询", "调查", "数据")
# A regulator letting others do what is counted (证监会明确允许9家…基金公司, 批准了3只基金): the others are not its.
_PERMITS = re.compile(r"(?:明确|正式|已经|已|日前|近日|近期|又|再次|首次|昨日|今日|昨天|今天|共|先后){0,2}(?:允许|批准|核准|准许|获准)")
# A paper's title marks (据《侨报》报道): the source is the title's name.
_TITLE_MARKS = "《》〈〉「」『』"
# A paper in 《》 that reports or says, after its date or not (英国《卫报》6日称，…; 《海峡时报》报道，…): the
# source of what follows, with or without 据, never its owner (a publication says; it does not have the figures).
_PAPER_SAYS = re.compile(r"》(?:网站|网络版|电子版)?(?:(?:\d{1,2}月)?\d{1,2}日(?:[晚早]?间?)?)?"
                         r"(?:报道|称|援引|披露|刊文|发文|指出|消息)")


def _is_source(text: str, start: int, end: int) -> bool:
    """Whether the holder at ``[start, end)`` is the source of a report (据…透露, X的最新数据显示, 据美国《侨报》报道),
    not an owner: a paper's title marks around it are skipped, and a paper in them that says or reports is a
    source without 据 (英国《卫报》6日称，…). So is a body that speaks (国金证券认为，…; 国土部官员
    表示，…; …地板专业委员会秘书长吕斌介绍，…) or lets others do what is counted (证监会明确允许9家…基金公司)."""
    if text.startswith(_OWN_DATA, end):
        return False  # 据NBA官方公布的数据: a body's own official figures are its own
    if _REPORTER.match(text, end) or _PERMITS.match(text, end) or text[start - 1:start] == "《" \
            and _PAPER_SAYS.match(text, end):
        return True
    if text[end:end + 1] == "《":
        close = text.find("》", end, end + 16)
        if close > 0 and _PAPER_SAYS.match(text, close):
            return True  # 英国《卫报》6日称: the paper's country is no owner either
    while start > 0 and text[start - 1] in _TITLE_MARKS:
        start -= 1
    while end < len(text) and text[end] in _TITLE_MARKS:
        end += 1
    if _SOURCE_AFTER.match(text, end) is not None and _SOURCE_BEFORE[0] in text[max(0, start - 8) : start]:
        return True  # 据美国《侨报》报道: a place before the paper's name does not hide the 据
    if _DATELINE.match(text, end):
        return True  # 中新网9月19日电: the agency of a dateline
    return text.endswith(_SOURCE_BEFORE, 0, start) or _SOURCE_AFTER.match(text, end) is not None
# 就X事宜 (regarding X): X is what is spoken of, not an owner (就基金管理公司…开立债券账户事宜给出了十二项规定).
_REGARDING = re.compile(r"[^，,。；;！？!?]{0,40}?(?:事宜|问题|议题)")
# ...what a clause is about, before the holder (就X问题; 围绕/针对/关于X…问题: the research's subject, not its owner)
_ABOUT = ("就", "围绕", "针对", "关于")


def _regarded(text: str, start: int, end: int) -> bool:
    """Whether the holder at ``[start, end)`` is what a clause speaks of (就X事宜, 就X问题; 围绕我国改革和发展中的重大
    问题, session 23), not who has anything.

    >>> _regarded("研究人员围绕我国改革中的重大问题，共立课题6000多项", 6, 8), _regarded("我国共立课题6000多项", 0, 2)
    (True, False)
    """
    return text.endswith(_ABOUT, 0, start) and _REGARDING.match(text, end) is not None


def _anaphor_reports(text: str, start: int, end: int, anaphora: AbstractSet[str]) -> bool:
    """Whether the holder at ``[start, end)`` is a body's anaphor that reports or speaks (台积电…。该公司指出，今年将
    新增5座晶圆厂; 该校表示): the body the text is about telling of itself, no outside source of a figure (session 27).

    >>> _anaphor_reports("该公司指出，今年新增5座工厂", 0, 3, {"该公司"}), _anaphor_reports("穆迪指出，…", 0, 2, {"该公司"})
    (True, False)
    """
    return text[start:end] in anaphora and _SPEAKER.match(text, end) is not None and _PERMITS.match(text, end) is None


def _self_report(text: str, start: int, end: int, name: str) -> bool:
    """Whether the organisation ``name`` at ``[start, end)`` announces or speaks of itself (长盛基金公告称，…;
    据华商基金相关负责人介绍，…), not a body reporting a figure (好买基金研究中心统计; …认为; X的数据显示)."""
    points = _SELF_POINTS.match(text, end) is not None
    return ((points or (_SELF_SPEAKER.match(text, end) is not None and _REPORTER.match(text, end) is None))
            and _PERMITS.match(text, end) is None and not name.endswith(_REPORTING_BODIES))


def _about_itself(text: str, lo: int, count: Mention, things: bool = True) -> bool:
    """Whether a count's sentence, from ``lo``, speaks of a company (旗下, 本公司, 其…) or, with ``things``, the count
    is of what a body has (基金, 门店, 员工, 客户…): so a self-report before it may own it."""
    thing = count.quantity.counted_simplified if count.quantity is not None else ""
    return (things and thing.endswith(_BODY_HAS)) or _SELF_WORDS.search(text, lo, count.start) is not None


def _own_members(text: str, holder: Mention, count: Mention | None) -> bool:
    """Whether ``count`` is of the members of the organisation ``holder`` that reports it (中国钢铁工业协会统计，会员企业共有
    80家: its own, though 统计 makes a body a source), not a reporting body's (研究中心, 统计局).

    >>> from zhkg.records import Mention, Label
    >>> t = "中国钢铁工业协会统计，会员企业共有80家。"
    >>> body = Mention("d", 0, 8, t[:8], t[:8], Label.ORGANIZATION, "x")
    >>> _own_members(t, body, Mention("d", 13, 20, t[13:20], t[13:20], Label.COUNT, "x")), _own_members(t, body, None)
    (True, False)
    """
    if count is None or holder.label is not Label.ORGANIZATION or holder.name.endswith(_REPORTING_BODIES):
        return False
    thing = count.quantity.counted_simplified if count.quantity is not None else ""
    return (thing.endswith(_MEMBER_WORDS) or text.endswith(_MEMBER_WORDS, 0, count.start)
            or text.startswith(_MEMBER_WORDS, count.start))


def _speaks(text: str, start: int, end: int) -> bool:
    """Whether the holder at ``[start, end)`` speaks, reports or permits (X表示，…; 据X; X批准): it is no topic of the
    sentences after it."""
    return (_SPEAKER.match(text, end) is not None or _PERMITS.match(text, end) is not None
            or text.endswith(_SOURCE_BEFORE, 0, start))


# A holder an earlier clause of the sentence names after a verb or a preposition is what that clause acts on (受北京电影
# 学院之邀, 上报国务院审批, 为了适应甘肃的环境, 圆满完成了北京奥运…任务): no owner carried into the clauses after it, as the
# subject of that clause is (session 24). Not after 在/于/以 (在悉尼，…; 以上海为例: a frame), nor after 由 (由中国伊斯兰教协会
# 管理，…由十个民族的代表组成: the agent), nor after 是 as the possessor of what the topic is (它是盛大游戏的…), nor after a
# verb of saying or thinking, whose object is a clause with its own subject (我觉得中国国家这么大，有13亿…), nor of
# naming (名为Le Manoir的大屋) or of speaking about (谈到厦门大学HND师资力量的话，…我们27名在职老师); never 全国, 全市, 当地 and
# kin (组织开展了全国县城…调查，检查…1.5万个: the place of the whole story; 与当地官员会面，并参观3个…项目); and members
# counted (学生) still belong to a body of their kind the sentence names (温家宝来到湖南大学，…面对数千名学生), and 对方 opening
# the count's clause is the other side the clause before acts on (今天打老鹰，对方阵容也有两个曾经的队友).
_GOVERNING_TAGS = ("v", "vn", "p")
_NOT_GOVERNING = frozenset("在 于 以 由 当 自 据 根据 按照 随着 截至 截止 到 名为 叫 叫做 名叫 称为 号称 觉得 认为 知道 发现 看到 表示 "
                           "说 称 指出 透露 介绍 显示 表明 宣布 获悉 了解 预计 估计 相信 希望 谈到 说到 提到 谈及 提及".split())
_ASPECTS = "了过着"
_COPULA_WORD = "是"
_LONGEST_VERB = 3


def _governed(text: str, clause_start: int, start: int, holder_end: int = -1) -> bool:
    """Whether the holder at ``start`` follows, in its clause, a verb or a preposition of jieba's dictionary (and an
    aspect: 完成了) that makes it what the clause acts on, not its subject (see ``_GOVERNING_TAGS``).

    >>> _governed("上报国务院审批", 0, 2), _governed("受戛纳电影节主席之邀", 0, 1), _governed("在悉尼", 0, 1)
    (True, True, False)
    >>> _governed("由北京小马奔腾影业公司出品", 0, 1), _governed("它是盛大游戏的摇钱树", 0, 2, 6), _governed("一个是中国", 0, 3, 5)
    (False, False, True)
    >>> _governed("去年10月份财政部发文", 0, 7), _governed("那么我觉得中国国家这么大", 0, 5), _governed("随着山西省重组", 0, 2)
    (False, False, False)
    >>> _governed("圆满完成了北京奥运任务", 0, 5)
    True
    """
    from zhkg.stages.segment import dictionary_tags

    tags = dictionary_tags()
    end = start
    while True:
        word = next((text[end - k : end] for k in range(min(_LONGEST_VERB, end - clause_start), 0, -1)
                     if text[end - k : end] in tags), "")
        if word and word in _ASPECTS:  # 完成了北京…: the verb before the aspect (随着 is one word, no aspect)
            end -= 1
            continue
        if word == _COPULA_WORD and text.startswith(_OF, holder_end):
            return False  # 它是盛大游戏的下一棵摇钱树，…之前的两个《传奇》: the possessor of what the topic is
        return bool(word) and tags[word] in _GOVERNING_TAGS and word not in _NOT_GOVERNING


# Adverbs a clause with no subject of its own may open with before its verb (又拿下了…, 并将收购…, 随后关闭了…).
_CLAUSE_ADVERBS = re.compile(r"(?:[又并还也再已将便就则先均都更共正仍亦]|随后|随即|之后|此后|先后|相继|分别|一举|已经|曾经|连续|成功|正式|"
                             r"陆续|共计|总共|一共|累计|近期|日前|近日|目前|今年|去年|明年)*")


def _opens_with_verb(text: str, clause_start: int, hi: int, verbal_nouns: bool = True) -> bool:
    """Whether the clause at ``clause_start`` opens, past adverbs, with a verb of jieba's dictionary (an action or
    a verbal noun, not 在/于, saying or naming) ending by ``hi``: it names no subject of its own, and shares the one of
    the clause before (…，拿下了琼海的5间酒店; 斥资120万元，收购了北京的3家门店). Without ``verbal_nouns`` only a verb
    opens it (防疫人员采检了5人 opens with a verbal noun's people, its own subject: counts295).

    >>> _opens_with_verb("拿下了琼海的5间酒店", 0, 5), _opens_with_verb("又收购北京的3家门店", 0, 5)
    (True, True)
    >>> _opens_with_verb("北京有3家门店", 0, 2), _opens_with_verb("在北京开设3家门店", 0, 3), _opens_with_verb("表示北京有3家", 0, 4)
    (False, False, False)
    >>> _opens_with_verb("防疫人员采检了5人", 0, 7), _opens_with_verb("防疫人员采检了5人", 0, 7, verbal_nouns=False)
    (True, False)
    """
    from zhkg.stages.segment import dictionary_tags

    tags = dictionary_tags()
    at = _CLAUSE_ADVERBS.match(text, clause_start, hi).end()
    word = next((text[at : at + k] for k in range(min(_LONGEST_VERB, hi - at), 1, -1) if text[at : at + k] in tags), "")
    return bool(word) and tags[word] in (("v", "vn") if verbal_nouns else ("v",)) and word not in _NOT_GOVERNING


def _facility_places(ctx: RelationContext, text: str, openings: list[int]) -> list[int]:
    """Where a facility may be written after 在/到/于 inside a clause (在大工业区建设10条道路), in a clause no person
    opens or names before it (他在医院工作了10年: where he worked, his patients are no hospital's)."""
    people = sorted(m.start for m in ctx.mentions if m.label is Label.PERSON)
    out = []
    for m in _AT_FACILITY.finditer(text):
        i = bisect_right(openings, m.start()) - 1
        opening = openings[i] if i >= 0 else 0
        if person_subject(text, opening) or bisect_left(people, opening) < bisect_left(people, m.start()):
            continue
        out.append(m.end())
    return out


class _Topics:
    """The holder a sentence opens with when what follows says what it is or has (X是…, X位于…); else the last
    holder opening one of its clauses before ``clause_start`` so (据悉,唐山钢铁是…; 自本月起,本市还将有…):
    ``topics(sentence_start, clause_start)``, a spot of ``spots`` (sorted by their ends) or None.

    What it answers is what reading the spots in order does, from the first that may start in the sentence to the
    first starting at ``clause_start`` or after, the first spot opening the sentence winning, else the last opening a
    clause. Each sentence's spots are read once, however many counts its clauses hold: a sentence as long as the
    document, read again at each count, was quadratic (long34 left it).

    >>> spots = [(0, 2, "北京"), (3, 5, "上海")]
    >>> topics = _Topics("北京是，上海有", spots, lambda pos, start: pos == start or pos == 3)
    >>> topics(0, 3), topics(0, 6)
    ((0, 2, '北京'), (0, 2, '北京'))
    >>> _Topics("你说，上海有", spots, lambda pos, start: pos == 3)(0, 6)
    (3, 5, '上海')
    """

    def __init__(self, text: str, spots: list[tuple[int, int, Any]], opens_clause: Callable[[int, int], bool]):
        self.text = text
        self.spots = spots
        self.ends = [s[1] for s in spots]
        self.shortest = min((s[1] - s[0] for s in spots), default=0)
        self.opens_clause = opens_clause
        # by a sentence's start: the index read up to, the index of the first spot opening the sentence as a topic
        # (-1: none yet) and those of the spots opening a later clause so, in order
        self.read: dict[int, tuple[int, int, list[int]]] = {}

    def __call__(self, sentence_start: int, clause_start: int) -> tuple[int, int, Any] | None:
        if clause_start <= sentence_start:
            return None  # (every spot that may be a topic starts at or after clause_start: none is read)
        spots, text = self.spots, self.text
        # the first spot starting at clause_start or after: none ending before clause_start + shortest does, and
        # the ones ending after that and starting before it are few (they end before clause_start + the longest)
        stop = bisect_left(self.ends, clause_start + self.shortest)
        while stop < len(spots) and spots[stop][0] < clause_start:
            stop += 1
        # (the spots ending before sentence_start + shortest start before the sentence: none is its topic)
        read, opening, later = self.read.get(sentence_start) or (
            bisect_left(self.ends, sentence_start + self.shortest), -1, [])
        for i in range(read, stop):
            spot = spots[i]
            if spot[0] == sentence_start or (spot[0] > sentence_start and self.opens_clause(spot[0], sentence_start)):
                rest = _PARENTHESIS.sub("", text[spot[1] : spot[1] + 50], count=1)
                if _TOPIC_REST.match(rest):
                    if spot[0] != sentence_start:
                        later.append(i)
                    elif opening < 0:
                        opening = i
        self.read[sentence_start] = (max(read, stop), opening, later)
        if 0 <= opening < stop:
            return spots[opening]
        k = bisect_left(later, stop) - 1
        return spots[later[k]] if k >= 0 else None
