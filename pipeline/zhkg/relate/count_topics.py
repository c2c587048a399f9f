"""Whether a place opening a sentence is its topic or only describes the noun after it.

:func:`zhkg.relate.counts.read_counts` carries the holder an earlier sentence opens with to the counts of later
sentences that name none (第二炮兵是…。只有一个装备方队… -> 第二炮兵; 全市…。共约2万套 -> the city). A place is such
a topic when it is the subject (北京有…, 平谷区共有…, 香港确诊的病例…, 北京今年…), but not when it only says where a
noun is from or belongs (美国高校…, 京城街头…, 台湾学生…, 香港市民…, 洛杉矶华人律师…, 上海市有关部门…): the
sentence is about the people or things that noun names, and a count in a later sentence is rarely the place's
(京城街头“糖果铺”时尚…。“全身最好不超过三种颜色” is no city's). The segmenter's dictionary tells the two apart: the
word jieba reads right after the place is a noun (n, s, …; or a verbal noun before a noun: 有关部门, 教育体系).

The place still carries when the later count counts that very noun (武汉楼盘集中上市…。本周上市的11个楼盘 -> 武汉;
澳技术移民新计分法生效…。今个财年有125850个技术移民名额 -> 澳洲): what the sentence was about is what is counted;
so does a count whose classifier counts itself, a tally (北京豪宅销售量…。…总体上市…6400套 -> 北京); and a place opening
an organisation's name (澳洲计算机公会…) is left as it was: the organisation, not the place, would otherwise be taken.

Caveat: jieba's dictionary knows words, not their use; a place before a noun that is itself the predicate's subject
of the place's own (中国国家这么大) loses its topic. Only topics carried across sentences are judged so: a place
opening an earlier clause of the count's own sentence (西班牙教育体系为学生提供…，有50所公立大学) is left to the
clause rules.

A place that says where someone comes from (美籍, 宿州人氏, and 安徽省 chained before it) is no topic nor owner at all
(:func:`origins_of_people`, counts145).

The document's topic (``_ClauseReaders.document_topic``) reads the divisions above and below a first place
(:func:`_divisions_above`, :func:`_divisions_below`: no rivals of it) and a place chained right after it
(:func:`_chained_place`: 济南市槐荫区 is the district's report; moved here from ``count_owner_clauses`` in owners310).
Two words make a place no topic nor owner (owners310): a rank among the firsts after a whole place (``_RANK_SCOPE``:
全市首家), read by ``count_candidates``, and a verb of intruding before it (``_INTRUDED``: 侵入我国周边空域), read by
``count_owner_between``.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention
from zhkg.relate.count_forms import _identity
from zhkg.relate.count_owner_words import _NATIONALITY

__all__ = ["_INTRUDED", "_RANK_SCOPE", "_chained_place", "_divisions_above", "_divisions_below", "counts_itself", "describes_noun", "origins_of_people", "digest_opening", "CITATION_MARKS"]

#: Tags of the words that make a place before them a modifier: nouns (not another place: 美国纽约 is a chain of
#: places), place and direction nouns (街头, 境外), organisations' and other proper nouns.
_NOUN_TAGS = frozenset({"n", "ng", "nr", "nrt", "nrfg", "nt", "nz", "s"})
#: A verbal noun is a modifier only before a noun (有关|部门, 教育|体系): alone it may be the predicate (北京发展…).
_VERBAL_NOUN = "vn"
#: Nouns after a place that still leave it the subject: parts of its name or the place itself (台湾地区, 大陆方面,
#: 美国境内, 香港本地), its government acting for it (北京当局), the place as a whole, and its market (深圳市场同样降温。
#: 上月新房只卖出了3000套住宅: the city's, as the dev set's conventions have a market's count).
_STILL_THE_PLACE = frozenset({"地区", "方面", "境内", "本地", "当地", "全境", "一带", "当局", "全国", "全市", "全省",
                              "全区", "各地", "时间", "时区", "市场", "楼市", "房市", "车市"})
_LONGEST_WORD = 4
_NUMBER_NEXT = re.compile(r"[\d０-９一二两三四五六七八九十百千万几数]")


# A whole place (全市, 全国, 全省…) before a rank among the firsts (全市首家区级检验中心, 全国首批试点, 全省唯一的…) is the
# scope of the rank: it owns nothing, nor is it the topic of the sentences after it (owners310). A named place before
# one (浙江首家…) is left as it was: the held half of counts_dev lost an owner when it was not.
_RANK_SCOPE = re.compile(r"首[家个批座所条只款位例台支项间处]|唯一|第一[家个批座所条只位]")
# A place after a verb of intruding is the target (中共各型军机侵入我国周边空域逾3570架次: 中共's), 全国 and 我国 too (owners310).
_INTRUDED = ("侵入", "闯入", "侵扰", "侵犯", "逾越", "入侵")

def _word_at(text: str, pos: int, tags: dict[str, str]) -> tuple[str, str]:
    """The longest dictionary word opening at ``pos`` (up to four letters) and its tag; ("", "") when none."""
    for length in range(_LONGEST_WORD, 0, -1):
        word = text[pos : pos + length]
        if len(word) == length and word in tags:
            return word, tags[word]
    return "", ""


def describes_noun(text: str, end: int, counted: str = "", tags: dict[str, str] | None = None) -> bool:
    """Whether the place ending at ``end`` in ``text`` describes the noun after it (美国高校, 京城街头, 上海市有关部门)
    rather than being the subject of its sentence, and that noun is not what a later count counts (``counted``:
    武汉楼盘… keeps 武汉 for 11个楼盘).

    >>> tags = {"高校": "n", "街头": "s", "有": "v", "有关": "vn", "部门": "n", "今年": "t", "地区": "n", "楼盘": "n"}
    >>> [describes_noun(t, 2, tags=tags) for t in ("美国高校", "京城街头", "北京有", "上海有关部门", "北京今年", "台湾地区")]
    [True, True, False, True, False, False]
    >>> describes_noun("武汉楼盘集中上市", 2, counted="楼盘", tags=tags), describes_noun("上海报告9例", 2, tags={"报告": "n"})
    (False, False)
    """
    if tags is None:
        from zhkg.stages.segment import dictionary_tags

        tags = dictionary_tags()
    word, tag = _word_at(text, end, tags)
    if not word or word in _STILL_THE_PLACE or _NUMBER_NEXT.match(text, end + len(word)):
        return False  # (上海报告9例: a word jieba tags a noun right before a number is the verb counting it)
    if tag == _VERBAL_NOUN:
        after, after_tag = _word_at(text, end + len(word), tags)
        if after_tag not in _NOUN_TAGS:
            return False
        word = word + after
    elif tag not in _NOUN_TAGS:
        return False
    return not (counted and (word in counted or (len(counted) > 1 and counted in word)))


def counts_itself(count_text: str, counted: str) -> bool:
    """Whether a count has no noun, its classifier counting itself (6400套, 2000户, 12宗): a place's tally, which
    the place a sentence before described a noun of still owns (北京豪宅销售量正进入热销阶段…。…总体上市…6400套).

    >>> counts_itself("6400套", "套"), counts_itself("三种颜色", "颜色"), counts_itself("37人", "人")
    (True, False, True)
    """
    return len(counted) == 1 and count_text.endswith(counted)


def origins_of_people(mentions: list[Mention], text: str) -> frozenset[int]:
    """The starts of the places that say where someone comes from: one before 籍, 裔 or 人氏 (美籍, 宿州人氏), and the
    places chained right before it (安徽省 of 安徽省宿州人氏, counts145): none owns anything.

    >>> text = "安徽省宿州人氏"
    >>> ms = [Mention("d", 0, 3, "安徽省", "安徽省", Label.PLACE, "x"), Mention("d", 3, 5, "宿州", "宿州", Label.PLACE, "x")]
    >>> sorted(origins_of_people(ms, text))
    [0, 3]
    """
    ends = {m.end: m.start for m in mentions if m.label is Label.PLACE}
    out: set[int] = set()
    for m in mentions:
        if m.label is Label.PLACE and text.startswith(_NATIONALITY, m.end):
            at = m.start
            while at not in out:
                out.add(at)
                at = ends.get(at, at)
    return frozenset(out)


#: A digest's citation marks closing each of its points (…实现就业 [4] 教育与医疗资源 - …; [1][8]): a point's end, as a
#: sentence's, for the owner reader (counts295).
CITATION_MARKS = re.compile(r"(?:\[\d{1,3}\])+")
# A digest: a text whose points close with citation marks, at least this many (an aggregator's summary of a report:
# 文章核心观点 - 兰州市城关区2025年…办结10件民生实事 … [1][8] 民生服务与保障 - 养老与助餐服务:…新增9个… [2][3]); its first
# point's label (文章核心观点 - ) is read past, and its subject must open the point within these letters.
_DIGEST_MARKS = 3
_DIGEST_LABEL = re.compile(r"[^\s，,。；;:：]{1,8}\s*[-－—–:：。]\s*")  # (。: normalise.digest_points' point opening)


def digest_opening(text: str) -> int | None:
    r"""Where a digest's subject opens: the text's points close with citation marks (``_DIGEST_MARKS`` or more), and
    its subject opens the first line after the headline, past a short label (文章核心观点 - 兰州市城关区2025年…): a digest
    names what it sums up once, then goes point by point naming nothing, as a headline's company is the topic of a
    report that writes 公司 after it (counts295). None when ``text`` is no digest (fewer than ``_DIGEST_MARKS``
    citation marks, or one line). Worked out once per document, not once per holder named in it.

    >>> text = "新城关实事全落地\n文章核心观点 - 城关区办结10件实事 [1][8] 民生 - 新增9个服务点 [2] - 新增3家机构 [3]"
    >>> digest_opening(text) == text.index("城关区")
    True
    >>> digest_opening(text.replace("[3]", "")) is None
    True
    >>> text = "新城关实事全落地\n文章核心观点 。 城关区办结10件实事 [1][8] 民生 。 新增9个服务点 [2] 。 新增3家机构 [3]"
    >>> digest_opening(text) == text.index("城关区")
    True
    >>> text = "新城关实事全落地\n文章核心观点 - 据报道，城关区办结10件实事 [1][8] 民生 - 新增9个 [2] - 新增3家 [3]"
    >>> digest_opening(text) == text.index("城关区")
    False
    """
    if len(CITATION_MARKS.findall(text)) < _DIGEST_MARKS:
        return None
    start = len(text) - len(text.lstrip())
    line = text.find("\n", start) + 1
    if line <= 0:
        return None
    label = _DIGEST_LABEL.match(text, line)
    return label.end() if label is not None else line


def _chained_place(first: tuple[int, int, Mention], spots) -> tuple[int, int, Mention]:
    """The place of ``spots`` written right after ``first``, a place (济南市|槐荫区, 兰州市|城关区): the division the
    chain names, what a text opening with it is about; else ``first`` (a body, or a place alone). counts295, owners310."""
    if first[2].label is not Label.PLACE:
        return first
    return next((s for s in spots if s[0] == first[1] and s[2].label is Label.PLACE), first)


def _divisions_above(holder: Mention, spots, ctx) -> frozenset[object]:
    """The identities of the spots' places that are divisions above ``holder``, a place (芜湖市 above 鸠江区); a
    district's or a city's own report names its city or province without being about it (counts218)."""
    if holder.label is not Label.PLACE or not holder.code:
        return frozenset()
    from zhkg.resources.gazetteer import load_gazetteer

    codes = {d.code for d in load_gazetteer().ancestors(holder.code)}
    return frozenset(_identity(ctx, s[2]) for s in spots if s[2].label is Label.PLACE and s[2].code in codes)


def _divisions_below(holder: Mention, spots, ctx) -> frozenset[object]:
    """The identities of the spots' places that are divisions below ``holder``, a place, when they are two or more
    (厦门市's round-up naming 思明区, 湖里区, 翔安区…): a city's report goes through its districts, naming some of them
    more often than the city, without being about any one of them (counts287). One division alone may be what the
    report is about (a province named first, then its one city throughout): none then."""
    if holder.label is not Label.PLACE or not holder.code:
        return frozenset()
    from zhkg.resources.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    below = frozenset(_identity(ctx, s[2]) for s in spots if s[2].label is Label.PLACE and s[2].code
                      and s[2].code != holder.code and any(d.code == holder.code for d in gazetteer.ancestors(s[2].code)))
    return below if len(below) >= 2 else frozenset()
