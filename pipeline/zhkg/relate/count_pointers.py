"""Clause subjects that point back to a thing, not a holder: no earlier holder carries past them (session 21).

:func:`zhkg.relate.counts.read_counts` gives a count that names no holder in its clause the holder of an earlier
clause, or the topic of an earlier sentence. That is wrong when the count's clause, or a clause between it and that
holder, opens with a word pointing back to something that is no place nor organisation:

* 该 and a thing (该剧, 该片, 该属, 该书, 该总数, 该南延段): the clause speaks of the work, the genus or the figure
  just named (…一中商圈…。该剧两位编剧… -> none, not the shopping district; 该属共有2种 -> none). 该 and the kind of a
  body or place (该公司, 该校, 该基金, 该开发商, 该区域) is left to the anaphora table and the rules after it;
* a person, 他 or 她 (not 他们, 他乡), opening the clause: what the person has or did (他在过去8场比赛…, 明年她会有
  四部电影) is no team's, studio's or place's named before, unless the person says it (他表示，…; :func:`says`), a
  report of a body's figures, or the count is of members of a body named before (他站在…，面对数千名学生: the
  school's). Not 我: in a quotation the speaker is often a body's head speaking for it (赵霏：…我将团队分成…);
* a product's model code (FE4000, Z280, EOS 550D), alone or after its maker's name (奥林巴斯FE4000共有三种颜色版本,
  …，FE4000可识别16张面孔): the camera's colours and features, not the maker's (:func:`model_code`); the maker glued
  to its model is part of the product's name and owns nothing there;
* a work's title opening the clause (《大河之歌》共有三位主演), unless the title is a body's name alone (《人民日报》);
* 公司 or 集团 opening a clause that no company before it stands for (:func:`company_word`): no university, club,
  state body or place of an earlier sentence is that company (康乃尔大学有七个学院…。公司共有员工1,600名 -> none),
  while a body with no generic ending may be (华谊兄弟…。公司共有员工3000名).

Caveats: the word after 该 is read up to a function word or a numeral, at most four letters; a thing whose name ends
as a body's does (该平台网, 该剧社) is taken for a body. A place or body named in the pointing clause itself, after the
pointer (该片在北京…), is not affected.
"""

from __future__ import annotations

import re

__all__ = ["thing_pointer", "company_word", "COMPANY_WORDS", "person_subject", "says", "model_code", "HOLDER_KINDS", "SPEECH_VERBS"]

#: How a word after 该 ends when it names the kind of a body or a place (该公司, 该基金, 该开发商, 该区域, 该州):
#: such a pointer may stand for a holder, so the rules for anaphors decide.
HOLDER_KINDS = (
    "公司", "集团", "基金", "银行", "证券", "保险", "企业", "控股", "股份", "机构", "组织", "单位", "部门", "政府", "机关",
    "协会", "学会", "商会", "联合会", "委员会", "工会", "公会", "中心", "俱乐部", "联盟", "代表团", "议会", "平台",
    "会", "局", "署", "部", "厅", "处", "科", "所", "院", "校", "团", "党", "军", "社", "馆", "店", "行", "厂", "站", "台",
    "网", "商", "队", "园", "方", "家", "市", "省", "县", "区", "镇", "乡", "村", "州", "国", "岛", "港", "城", "地", "域",
    "邦", "府", "盟",
    # events and housing projects own what they draw or sell (该活动, 该赛事, 该楼盘)
    "活动", "比赛", "赛事", "项目", "楼盘", "展", "节",
)
# What ends the word after 该: a numeral, a function word or a verb a subject is followed by (该剧两位编剧, 该属共有,
# 该片由…出品, 该卡在…).
_WORD_END = re.compile(r"[\d０-９.,，,。；;：:！？!?、“”「」《》（）()\s一二两三四五六七八九十百千万几数"
                       r"在由为是有共已将的和与及也都还把被从向对给于以更再又仍即就却则曾正目今昨近]")
_POINTER = "该"
_LONGEST = 4
# 该 as a verb or before a pronoun (该怎么办, 该如何, 该不该, 该说): no pointer.
_NOT_A_POINTER = "怎如不说做去来是有让把给当"
COMPANY_WORDS = ("公司", "集团")


def thing_pointer(text: str, pos: int) -> bool:
    """Whether 该 at ``pos`` of ``text`` opens a word pointing back to a thing (该剧, 该属, 该总数), not to the kind of
    a body or a place: the letters after 该 up to a numeral or a function word, read as at most four, hold no prefix
    ending as :data:`HOLDER_KINDS` do.

    >>> [thing_pointer(t, 0) for t in ("该剧两位编剧", "该属共有2种", "该总数大大超过", "该南延段共计3.8公里")]
    [True, True, True, True]
    >>> [thing_pointer(t, 0) for t in ("该公司旗下", "该基金首募", "该开发商表示", "该区域日渐", "该怎么办", "该")]
    [False, False, False, False, False, False]
    """
    if not text.startswith(_POINTER, pos):
        return False
    start = pos + len(_POINTER)
    end = _WORD_END.search(text, start, start + _LONGEST)
    word = text[start : end.start() if end else min(len(text), start + _LONGEST)]
    if not word or not ("\u4e00" <= word[0] <= "\u9fff") or word[0] in _NOT_A_POINTER:
        return False
    return not any(word[:k].endswith(HOLDER_KINDS) for k in range(1, len(word) + 1))


# 他们 stands for a body (zhkg.relate.counts reads it so); 他乡, 他人, 他家 are no person subject.
_NOT_A_PERSON = "们乡人家"
# (not 我: in a quotation the speaker is often a body's head speaking for it, 赵霏…：…我将团队分成三个小团队)
_PERSONS = ("他", "她")
#: Verbs a speaker says something with (央行表示，…): :mod:`zhkg.relate.counts` reads its speakers by them too.
SPEECH_VERBS = ("表示", "介绍", "称", "说", "宣布", "坦言", "解释", "强调", "透露")
# …and of judging or hoping: what a person reports after any of these may be a body's figures.
_SPEECH = SPEECH_VERBS + ("指出", "认为", "告诉", "提到", "谈到", "预计", "估计", "相信", "希望")


def person_subject(text: str, pos: int) -> bool:
    """Whether a single person (他, 她) is written at ``pos`` of ``text``.

    >>> [person_subject(t, 0) for t in ("他在过去8场比赛", "她共有四部电影", "他们在过去", "我会有四部电影", "他乡")]
    [True, True, False, False, False]
    """
    return text.startswith(_PERSONS, pos) and text[pos + 1 : pos + 2] not in _NOT_A_PERSON


def says(text: str, start: int, end: int) -> bool:
    """Whether a verb of saying or judging is written between ``start`` and ``end`` (他表示，…; 她介绍…): what follows
    is what the person reports, a body's figures as often as the person's own.

    >>> says("他表示，全队共有15名球员", 0, 12), says("他在过去8场比赛", 0, 8)
    (True, False)
    """
    return any(text.find(verb, start, end) >= 0 for verb in _SPEECH)


# Latin letters, at most one space or hyphen, two to five digits and a letter or two: a model (FE4000, Z30, EOS 550D;
# NEX-5N has one digit: left out). Digits that are a year (CES2011, NAFSA2011年会) name an event, no model.
_MODEL = re.compile(r"[A-Za-z]{1,5}[ \-]?(\d{2,5})[A-Za-z]{0,3}(?![A-Za-z\d])")
_YEAR = re.compile(r"(?:19|20)\d\d")


def model_code(text: str, pos: int) -> bool:
    """Whether a product's model code is written at ``pos`` of ``text`` (past one space).

    >>> [model_code(t, 0) for t in ("FE4000共有", "Z30的快门", " EOS 550D拥有", "CES2011展会", "NBA球队", "3G手机")]
    [True, True, True, False, False, False]
    """
    if text.startswith(" ", pos):
        pos += 1
    m = _MODEL.match(text, pos)
    return m is not None and not _YEAR.fullmatch(m.group(1))


def company_word(text: str, pos: int) -> bool:
    """Whether ``text`` has 公司 or 集团 at ``pos``, a company's kind written for its name.

    >>> company_word("公司共有员工", 0), company_word("公安局", 0)
    (True, False)
    """
    return text.startswith(COMPANY_WORDS, pos)
