"""News outlets in datelines, credits and sources: one organisation reader of :mod:`zhkg.extract.organisations`.

Scope: ``中新网6月8日电``, ``新华网北京6月10日电``, ``新浪体育讯``, ``据香港文汇报报道``, ``据“中央社”报道``,
``《纽约时报》报道``, a bracketed credit (``（文/新京报 记者…``), a byline's outlet and a bracketed dateline
(``【明报专讯】``): :func:`news_outlets`, and :data:`OUTLET_ENDINGS`, the endings of an outlet's name
(报, 网, 电视台 …) the role and press readers share.

Caveats: 本报, 该网 and a column's words (国际, 财经) are no outlet; a quoted title that names a document
(报告, 白皮书, 条例) is none either. Moved word for word out of ``extract/organisations.py`` (session 41, tidy168).
"""

from __future__ import annotations

import re

from zhkg.extract.org_words import STATE_CHARS
from zhkg.records import Label, Mention, MentionSource
from zhkg.text import is_han

__all__ = ["OUTLET_ENDINGS", "news_outlets", "outlets_before_datelines"]

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
                     rf"[”\"》」]?(?:{_DAY}月{_DAY}日(?:[晚早]?间?)?)?(?:消息|{_REPORT}|称|(?:不完全)?统计)")

# 据中国之声(微博)《全球华语广播网》报道, 据瑞典《每日新闻》26日报道: the name in 《》 of a source is the outlet or its
# programme whatever its head, and the outlet before it has one of an outlet's heads (之声, 电台, 新闻)
_SOURCE_QUOTED = re.compile(rf"据([\u4e00-\u9fff]{{2,8}}?)?(?:[(（]微博[)）])?《([^《》\s]{{2,12}})》"
                            rf"(?:(?:{_DAY}月)?{_DAY}日(?:[晚早]?间?)?)?(?:消息|{_REPORT}|称)")

# a name in 《》 that reports, without 据 (英国《卫报》报道, 《海峡时报》称, 《每日邮报》6日报道, 《越南快讯》网站报道):
# the outlet whose site speaks (网站, 网络版), or a name with an outlet's head (a book or a film reports nothing)
# (also after an issue or a time: 《中国新闻周刊》最新一期刊文称, 《财经周刊》近日发文: intl153); a name that learns news
# is an outlet whatever its head (《香港01》获悉: sites198)
_REPORTING_QUOTED = re.compile(rf"《([^《》\s]{{2,12}})》(网站|网络版|电子版)?"
                               rf"(?:(?:{_DAY}月)?{_DAY}日(?:[晚早]?间?)?)?(?:最新一期|最新|近日|日前|近期|本期|此前)?"
                               rf"(?P<verb>{_REPORT}|称|援引|引述|披露|刊文|刊登|发文|指出|(?:独家)?获悉)")

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
# 【星岛日报讯】): orgs132, from the web dev set's tune half; a brand in Latin letters may open the name, a space
# perhaps after it, and an online outlet's dateline may stand in [] (【Now新闻台】, 【Yahoo 新闻报道】, [Newtalk新闻]:
# orgs282)
_BRACKET_DATELINE = re.compile(r"(?:^|(?<=\n))[\s\u3000]*(?:【|\[(?=[A-Za-z]))((?:[A-Za-z][A-Za-z0-9]{1,11} ?)?"
                               r"[\u4e00-\u9fff]{2,8}?)(?:专讯|讯|报道|消息)?[】\]]")

# what before 新闻, 电视 … in such a bracket names a column, not an outlet (【相关新闻】, 【国际新闻】, 【图片新闻】)
_COLUMN_WORDS = frozenset("相关 国际 国内 财经 体育 娱乐 社会 图片 热点 今日 要闻 本地 港闻 两岸 视频 最新 即时 突发 头条 "
                          "独家 更多 延伸 推荐 精选 科技 军事 健康 生活 滚动 重点 焦点 每日 早间 午间 晚间 其他 往期 "
                          "精彩 新闻".split())


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
    >>> text = "【Yahoo 新闻报道】台风来袭。\\n【Now新闻台】投票。\\n[NBA] 赛果"
    >>> [text[s:e] for s, e in news_outlets(text)]
    ['Yahoo 新闻', 'Now新闻台']
    >>> text = "[Newtalk新闻] 市长就职。"
    >>> [text[s:e] for s, e in news_outlets(text)]
    ['Newtalk新闻']
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
            # (中国 may stand in a source's country slot: 据|中国|新闻周刊 is 中国新闻周刊)
            s = short - 2 if text[short - 2:short] == "中国" and short - 2 >= min(s, m.start() + 1) else short
            name = text[s:e]
            if name.endswith(tuple(_NOT_OUTLETS - {"网", "社", "报"})):
                continue  # 本报讯: the paper speaking of itself, whatever stands before it
            if name.endswith("官网"):
                continue  # 据四川省文化和旅游厅|官网消息: a body's own site; the body speaks, no outlet (orgs147)
            if len(name) == 2 and name[1] == "报" and name[0] in STATE_CHARS:
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
            # a name in 《》 that learns news (《香港01》获悉) is an outlet whatever its head: a work learns nothing
            if (m.group(2) or m.group("verb").endswith("获悉") or _QUOTED_OUTLET_HEAD.search(m.group(1))) \
                    and m.group(1) not in _NOT_OUTLETS \
                    and not m.group(1).endswith(_NOT_QUOTED_OUTLETS):
                spans.add(m.span(1))
    for m in (_BYLINE_OUTLET.finditer(text) if "记者" in text else ()):
        name = m.group(1)
        if _QUOTED_OUTLET_HEAD.search(name) and name not in _NOT_OUTLETS and not name.startswith(("本", "该", "据")):
            spans.add(m.span(1))
    for m in _BRACKET_CREDIT.finditer(text):
        if m.group(1) not in _NOT_OUTLETS and not m.group(1).startswith(("本", "该")):
            spans.add(m.span(1))
    if "【" in text or "[" in text:
        for m in _BRACKET_DATELINE.finditer(text):
            name = m.group(1)
            head = _QUOTED_OUTLET_HEAD.search(name)
            if head is not None and head.start() >= 2 and name[:head.start()] not in _COLUMN_WORDS \
                    and name not in _NOT_OUTLETS and not name.startswith(("本", "该")):
                spans.add(m.span(1))  # 【有线新闻】: the station whose story it is
    return sorted(spans)


# a line opening with a name, then (the coded place) and a dispatch's date: 新华丝路|巴黎|1月12日电
_LINE_NAME = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*([\u4e00-\u9fff]{2,8})")
_DISPATCH_DATE = re.compile(rf"(?:{_DAY}月)?{_DAY}日(?:专?电|讯)(?![\u4e00-\u9fff])")


def outlets_before_datelines(mentions: list[Mention], text: str, original: str = "") -> list[Mention]:
    """``mentions`` with the name opening a line's dateline read as its outlet: the letters from the line's start
    to a place the gazetteer codes that a dispatch's date follows (新华丝路|巴黎|1月12日电), whatever the name's
    ending (:func:`news_outlets` wants an outlet's head: 社, 网, 报). A place or person read on exactly those letters
    becomes the outlet; a name read across them is left. 本报, 本网 and their like are the paper itself, no outlet.
    ``text`` is the normalised text, ``original`` the document's own (``""``: the same).

    >>> text = "法国政府改组\\n新华丝路巴黎1月12日电 法国总统府宣布名单。"
    >>> ms = [Mention("d", 7, 11, "新华丝路", "新华丝路", Label.PLACE, "crf"),
    ...       Mention("d", 11, 13, "巴黎", "巴黎", Label.PLACE, "gazetteer", code="FR-city:Paris")]
    >>> [(m.simplified, m.label.value) for m in outlets_before_datelines(ms, text)]
    [('新华丝路', 'ORGANIZATION'), ('巴黎', 'PLACE')]
    """
    if "日" not in text:
        return mentions
    coded = {m.start: m for m in mentions if m.label is Label.PLACE and m.code}
    outlets: list[tuple[int, int]] = []
    for line in _LINE_NAME.finditer(text):
        s = line.start(1)
        for start in range(s + 2, line.end(1) + 1):
            place = coded.get(start)
            if place is not None and _DISPATCH_DATE.match(text, place.end):
                name = text[s:start]
                if name not in _NOT_OUTLETS and not name.startswith(("本", "该", "我")):
                    outlets.append((s, start))
                break
    if not outlets:
        return mentions
    out = list(mentions)
    for s, e in outlets:
        if any(m.start < e and s < m.end and (m.start, m.end) != (s, e) for m in out if m.end - m.start > 0):
            continue  # a name read across the outlet's letters: left as it is
        same = [i for i, m in enumerate(out) if (m.start, m.end) == (s, e)]
        if any(out[i].label is Label.ORGANIZATION for i in same):
            continue
        outlet = Mention(next((m.doc_id for m in out), ""), s, e, (original or text)[s:e], text[s:e],
                         Label.ORGANIZATION, MentionSource.ORG_OUTLET.value)
        out = [m for i, m in enumerate(out) if i not in same] + [outlet]
    return sorted(out, key=lambda m: (m.start, m.end, m.label.value))
