"""Government departments by what they do: three organisation readers of :mod:`zhkg.extract.organisations`.

Scope: :func:`departments`, a field (a dictionary noun: 地政, 民航, 保险业) and a department's head (总署, 署, 处,
局, 联会; 台 before a verb of speech) standing as a name, after a clause break, a list's comma or its government and
before a verb of speech (after a day or a while, 教育局早前宣布; recall238) or a list's comma, and a name in
apposition after 团体 (环保团体绿色和平指出);
:func:`services_by_kind`, a state's service named by its kind alone (海关) where a body's name stands and before a
day and a verb of its work (海关上月在机场截获…); :func:`addressed_bodies`, the body a clause addresses, complains
to or blames, right after a verb of :data:`ADDRESS_VERBS` or 向 (家长向|教育局|投诉, 议员批评|环境局).

Caveats: a head inside a word (好处, 讲台) is none, nor an addressed word jieba reads as a verb or a name. Moved
word for word out of ``extract/organisations.py`` (session 41, tidy168).
"""

from __future__ import annotations

import re

from zhkg.stages.segment import TokenTable, dictionary_tag
from zhkg.text import find_all, made_of

__all__ = ["ADDRESS_VERBS", "DEPARTMENT_VERBS", "DEPARTMENT_WHEN", "addressed_bodies", "departments", "joined_field",
           "services_by_kind"]

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
    >>> from zhkg.stages.segment import token_table
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


# heads of a government department or a trade body in Hong Kong and Taiwan usage (地政总署, 消防处, 民航处,
# 保险业联会, 天文台); 台 only before a verb of speech, as it heads many things that are no body (讲台, 站台)
_DEPARTMENT_HEADS = ("总署", "联会", "署", "处", "局", "台")

_DEPARTMENT_FIELD_TAGS = frozenset({"n", "nz", "j", "vn"})

# what a body's name stands after: a clause's start, a list, or the government it belongs to (港府|地政总署)
_DEPARTMENT_BEFORE = re.compile(r"(?:^|[，。、；：:;,.!?！？「」“”（）()\s]|港府|政府|特区政府|当局|澳府|根据|据|由|向|与|和|及|经)$")

_REGION_GOVERNMENTS = ("港府", "澳府")

#: The verbs of speech a department's name stands before (教育局|表示, 天文台|发出); :mod:`.departments_alone` adds
#: verbs of its work.
DEPARTMENT_VERBS = ("表示", "指出", "宣布", "称", "透露", "发言人", "提供", "发表", "公布", "回应", "证实", "呼吁",
                    "预测", "预计", "发出", "说", "强调", "解释", "建议", "估计", "警告")

# a day between the body and its verb (地政总署十二日宣布, 天文台昨日表示),
# and a time of day after it or alone, as Hong Kong news writes it (天文台今日上午发出, 食环署今早表示, 消防处昨晚称)
# ... and, as Hong Kong papers write them: a while ago (教育局早前宣布), 于 before the day (运输署于早上7时许宣布),
# an hour (7时许), and the day in brackets after 今日 (教育局今日(27日)表示)
DEPARTMENT_WHEN = re.compile(r"(?:早前|较早前|日前|近日|稍后|其后)?(?:[昨今][早晚晨]|于?(?:[0-9一二三四五六七八九十〇]{1,3}日"
                             r"|[昨今前本]日|[昨今前]天|周[一二三四五六日]|星期[一二三四五六日天])?"
                             r"(?:上午|下午|早上|晚上|凌晨|中午|傍晚|清晨|深夜)?(?:[0-9一二三四五六七八九十]{1,2}时(?:许|半)?)?)"
                             r"(?:[（(][0-9一二三四五六七八九十]{1,2}日[）)])?")


def joined_field(text: str, end: int) -> int:
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
                        + "|".join(DEPARTMENT_VERBS) + ")")


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
        when = DEPARTMENT_WHEN.match(after)
        before_verb = after[when.end() if when else 0:].startswith(DEPARTMENT_VERBS)
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
                joined = joined_field(text, start - 1) if m.group() == "局" and text[start - 1:start] == "及" else 0
                # two fields joined by 和 in quotes are one bureau's name (“调查和分析局”, overrides64)
                quoted = joined_field(text, start - 1) if m.group() == "局" and text[start - 1:start] == "和" \
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

_SERVICE_VERBS = DEPARTMENT_VERBS + ("查获", "破获", "截获", "缉获", "检获", "查扣", "扣押", "扣留", "没收", "拦截", "联手",
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
    >>> from zhkg.stages.segment import token_table
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
        when = DEPARTMENT_WHEN.match(text, period.end() if period else e)
        verb_at = when.end() if when else e
        where = _WHERE_ACTING.match(text, verb_at)
        if text.startswith(_SERVICE_VERBS, verb_at) or where and text.startswith(_SERVICE_VERBS, where.end()):
            spans.append((s, e))
    return spans
