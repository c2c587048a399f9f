"""Well-known bodies news names by a word of their own (台积电, 港大, 民建联, 北约, 五月天): a reader of
:mod:`zhkg.extract.organisations`.

Scope: :func:`known_organisations` finds the names ``organisations_known.tsv`` lists as whole words, with a
company's trade and company word after it (台积电公司, 国美电器), a channel after a site (新浪体育) and a church's
congregation (宣道会北角堂); one that is a common word too (苹果, 小米, 中兴) only where its sentence has a cue of
its kind (公司, 股价, 手机; 学生, 教授 …). :func:`longer_holder` says whether a longer span holds a span, looked up
rather than scanned.

Caveats: a name inside a dictionary word (北大 of 北大荒), a Latin name inside a longer one (TVB of TVBS), a
locative 中 (影片中|共有63个角色) and two regions (港台艺人) are none. Moved word for word out of
``extract/organisations.py`` (session 41, tidy168).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Container

from zhkg.extract.org_words import HEAD_TITLE, NAME_TAGS, inside_a_word
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import dictionary_tag
from zhkg.text import SENTENCE_BREAK, is_han

__all__ = ["known_organisations", "longer_holder"]

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
    "government": r"署长|局长|调查|拘捕|发言人|主席|总裁|官员"
                  # (a court's short form, 终院, 高院, 区院: a case before it)
                  r"|法官|上诉|审理|裁定|判决|判处|宣判|入禀|开审|控罪|被告|聆讯|定罪|判刑|罪成|诉讼|律师",
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
        return word is not None and len(word.text) >= 2 and word.tag not in NAME_TAGS \
            and (word.idx == e if after else word.end == s)

    return s > 0 and text[s - 1] in foreign and not common_word(s - 1, False) \
        or e < len(text) and text[e] in foreign and not common_word(e, True)


def longer_holder(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether one of ``spans`` holds ``[start, end)`` and is longer, as a test made once for many questions: the
    spans are looked up by where such a span may start (no earlier than the longest span's length before ``end``),
    not scanned each time (a long text holds thousands).

    >>> held = longer_holder([(0, 3), (5, 9)])
    >>> held(1, 3), held(0, 3), held(6, 8), longer_holder([])(0, 1)
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
    >>> from zhkg.stages.segment import token_table
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
        elif (s not in starts or e not in ends) and inside_a_word(text, s, e) \
                and not (e - s >= 3 and s in starts and text.startswith(lexicon.role_words, e)) \
                and not _title_in_its_word(text, s, e, starts, ends, lexicon) \
                and not (e - s >= 3 and HEAD_TITLE.match(text, e - 1)
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
