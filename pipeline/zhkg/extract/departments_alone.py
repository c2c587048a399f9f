"""Government departments named alone, for the entity layer only (orgs285; the lead's call 2 of session 59).

Scope: Taiwan and Hong Kong news name a government's unit by its field and head alone (工务处, 教育局, 运输署,
国营司, 天文台), often fused with its head's title in a list of a career (历任地政处长、工务处长、城乡发展处长等职).
Each is an organisation in the entity layer. :func:`fused_posts` reads the units of such a list;
:func:`subject_departments` a unit standing as a clause's subject where :func:`zhkg.extract.departments.departments`
does not read it (在|教育局|考虑, 期间|运输署|于早上7时许宣布, 本港|天文台|预料, 县府|民政处|已透过, 国营司|表示), a
source (根据…|水保署|资讯) or a body set up (设立|基层医疗署|及…).

Caveats: the mentions these give (:attr:`zhkg.records.MentionSource.ORG_DEPARTMENT_ALONE`) are held from the relation
readers (:meth:`zhkg.run.pipeline.Pipeline.process_documents`): the role reader names a county's unit with its
government (金门县政府工务处, roles223) and drops a post with none named, so that two counties' 工务处 are not one
body; a bare unit the role readers saw would become the post's body. Sessions 52 and 53 added the fused lists as
ordinary mentions and broke that (docs/changes-session52.md, recall238; docs/changes-session53.md, ents247).
A field is a run of one to three dictionary nouns (地政, 城乡|发展, 公共|车船|管理), or any two letters in a list of a
career (原民, 产发: a short form) or before 署 where jieba reads the three as one word (水保署; not 部署); an ordinary word ending in a head's letter (布局, 好处, 格局, 当局) is none, as its
head is no word of its own nor the end of the field's word.
"""

from __future__ import annotations

import re

from zhkg.extract.departments import DEPARTMENT_VERBS, DEPARTMENT_WHEN, joined_field
from zhkg.stages.segment import TokenTable, dictionary_tag

__all__ = ["fused_posts", "subject_departments", "unit_at"]

# the heads of a government's unit in Taiwan and Hong Kong usage (地政处, 工务局, 运输署, 国营司)
_HEADS = "处局署司"

_FIELD_TAGS = frozenset({"n", "nz", "j", "vn", "b", "nt"})
# a verb naming a unit's work, its field right after its government (经济部|统计处): one dictionary word of this tag
_WORK_VERB = "v"

# what may not end a field: a deputy's or an acting head's word (常务副|局长, 代|处长)
_NOT_FIELD_END = tuple("副总代正")

# what no field holds: its government or ministry (县府|地政处长, 教育部|技职司长 are a body and its unit)
_OWNER_WORDS = ("政府", "县府", "市府", "部")

# a verb of a career before a list of posts (曾历任地政处长、工务处长…); the list runs to a clause's end
_CAREER = re.compile(r"(?:历任|曾任|现任|担任|兼任|出任|调任|升任|转任|前任)([^，。；：:;,.!?！？\n「」“”（）()]{3,120})")

# an item of the list: a unit and its head's title fused (工务处长, 产发处副处长, 技职司长, 民政局局长)
_FUSED = re.compile(r"(?P<field>[\u4e00-\u9fff]{2,6}?)(?P<head>[" + _HEADS + r"])(?:副(?P=head)|(?P=head))?长")

_ITEM_SEPARATORS = re.compile(r"[、及和与暨]")


def _nouns(field: str) -> bool:
    """Whether ``field`` is one to three of the dictionary's nouns in a row (地政; 城乡|发展; 公共|车船|管理)."""
    if dictionary_tag(field) in _FIELD_TAGS:
        return True
    return any(dictionary_tag(field[:k]) in _FIELD_TAGS and (dictionary_tag(field[k:]) in _FIELD_TAGS or any(
        dictionary_tag(field[k:j]) in _FIELD_TAGS and dictionary_tag(field[j:]) in _FIELD_TAGS
        for j in range(k + 1, len(field)))) for k in range(1, len(field)))


def _field_fits(field: str, short_form: bool) -> bool:
    """Whether ``field`` may name a unit's field: no deputy's word at its end and no government in it, nouns, or two
    letters where ``short_form`` (an item of a list of a career; a short form of 署 jieba reads as one word)."""
    return not field.endswith(_NOT_FIELD_END) and not any(w in field for w in _OWNER_WORDS) \
        and (_nouns(field) or short_form and len(field) == 2)


def fused_posts(text: str) -> list[tuple[int, int]]:
    """Spans of the units in a list of a career, each fused with its head's title (历任地政处长、工务处长、城乡发展
    处长等职: 地政处, 工务处, 城乡发展处). An item opening with its government or ministry (台中市政府|民政局长,
    教育部|技职司长) is left to the readers of a body and its unit, which name the two as one.

    >>> text = "黄凯达曾历任地政处长、工务处长、城乡发展处长等重要职务。她曾任教育部技职司长。他历任原民处副处长。"
    >>> [text[s:e] for s, e in fused_posts(text)]
    ['地政处', '工务处', '城乡发展处', '原民处']
    >>> [text[s:e] for s, e in fused_posts("他历任常务副局长、董事长。现任公司副总经理。")]
    []
    """
    spans = []
    for m in _CAREER.finditer(text):
        at = m.start(1)
        for item in _ITEM_SEPARATORS.split(m.group(1)):
            start, at = at, at + len(item) + 1
            post = _FUSED.fullmatch(item.split("等", 1)[0])  # 城乡发展处长|等重要职务
            if post and _field_fits(post.group("field"), short_form=True):
                spans.append((start + post.start("field"), start + post.end("head")))
    return spans


def unit_at(text: str, at: int) -> int:
    """The length of a unit's name written at ``at``, right after its government (:mod:`zhkg.extract.government_units`:
    台中市政府|民政局长, 屏东县政府|教育处114学年): a unit fused with its head's title (民政局|长, 综发处|副处长: a
    field of dictionary nouns or two letters, as :func:`fused_posts` reads an item), without the title; or a field of
    one to three dictionary nouns, or one verb jieba's dictionary holds (统计|处, 审计|处: a unit's work), and a head that
    opens no word with the letter after it (教育处|114, 统计处|资料; not 行政|处理, 表示|局势); 0 if none.

    >>> [unit_at(t, 0) for t in ("民政局长等职", "综发处副处长", "教育处114学年", "统计处资料", "副秘书长", "行政处理",
    ...                          "表示局势", "常务副局长")]
    [3, 3, 3, 3, 0, 0, 0, 0]
    """
    post = _FUSED.match(text, at)
    if post and _field_fits(post.group("field"), short_form=True):
        return post.end("head") - at
    for length in range(2, 7):
        head = at + length
        field = text[at:head]
        if text[head:head + 1] in tuple(_HEADS) and dictionary_tag(text[head:head + 2]) == "x" \
                and (_field_fits(field, short_form=False) or dictionary_tag(field) == _WORK_VERB):
            return length + 1
    return 0


# what a unit named alone stands after, besides what :func:`~zhkg.extract.departments.departments` reads: a
# preposition or a while (在|教育局, 期间|运输署), the city's own word (本港|天文台), a government's short form (县府
# |民政处), a setting up (设立|基层医疗署); a ministry or a government named in full right before its unit (经济部
# |国营司) is left to the readers of a body and its unit, which name the two as one
_BEFORE = re.compile(r"(?:^|[，。、；：:;,.!?！？「」“”（）()\s]|政府|[县市]府|当局|根据|据|由|向|与|和|及|经|在|期间|本港|设立|成立)$")

# after the unit: a verb of its work (预料, 评估, 考虑), or an adverb a subject stands before (已, 将, 亦)
_VERBS = DEPARTMENT_VERBS + ("预料", "评估", "考虑", "说明", "决定", "批准", "发布", "通知", "调查", "跟进", "处理", "表明",
                             "提出", "办理", "推动", "认为", "指")
_ADVERB = re.compile(r"(?:已|将|亦|则|随即|随后|正|会|也|仍|并)[\u4e00-\u9fff]")

# a source's frame, opening the clause (根据|X|资讯, 据X及Y数据): what the unit gave; and a setting up (设立X及…)
_SOURCE_FRAME = re.compile(r"(?:根据|依据|据)[^，。；：:;,.!?！？\n]{0,20}$")
_SOURCE_NOUNS = ("资讯", "资料", "数据", "统计", "评估", "报告", "预报", "观测")
_SET_UP = re.compile(r"(?:设立|成立|新设|筹组)[\u4e00-\u9fff]{2,6}$")
_LIST_MARKS = ("及", "、", "和", "与")


def _after_fits(text: str, head_start: int, end: int, head: str) -> bool:
    """Whether what follows a unit ending at ``end`` fits a subject (a verb of its work, an adverb), a source (资讯 in
    a clause opening with 根据) or a body set up (设立|基层医疗署|及…, before a list's mark)."""
    when = DEPARTMENT_WHEN.match(text, end)
    verb_at = when.end() if when else end
    if text.startswith(_VERBS, verb_at) or head != "台" and _ADVERB.match(text, verb_at):
        return True
    if head == "台":
        return False
    clause = text[max(0, head_start - 24):head_start]
    return text.startswith(_SOURCE_NOUNS, end) and _SOURCE_FRAME.search(clause) is not None \
        or text.startswith(_LIST_MARKS, end) and _SET_UP.search(text, max(0, head_start - 10), head_start) is not None


def subject_departments(text: str, table: TokenTable) -> list[tuple[int, int]]:
    """Spans of units named by a field (one to three dictionary nouns) and a head (处, 局, 署, 司; 台 only
    before a verb), standing as a clause's subject: after :data:`_BEFORE`, before a verb of its work or an adverb
    (after a day or a time, as :func:`~zhkg.extract.departments.departments` reads them).

    >>> from zhkg.stages.segment import make_nlp, token_table
    >>> text = "土地在教育局考虑后改划。期间运输署于早上7时许宣布封路。本港天文台预料有雨。县府民政处已透过造产办理。"
    >>> [text[s:e] for s, e in subject_departments(text, token_table(make_nlp()(text)))]
    ['教育局', '运输署', '天文台', '民政处']
    >>> text = "根据气象署及水保署资讯，明日停课。政府将设立基层医疗署及推进计划。"
    >>> [text[s:e] for s, e in subject_departments(text, token_table(make_nlp()(text)))]
    ['水保署', '基层医疗署']
    >>> text = "国营司证实此事。公司的战略布局将改变。他说这个格局将延续。"
    >>> [text[s:e] for s, e in subject_departments(text, token_table(make_nlp()(text)))]
    ['国营司']
    """
    spans = []
    for m in re.finditer("[" + _HEADS + "台]", text):
        head_start, end = m.span()
        if not _after_fits(text, head_start, end, m.group()):
            continue
        word = table.word_at(head_start)
        # the shortest field a unit's name may open after (县府|民政处, not 县府民政处; 城乡发展处 where 城乡 opens)
        for length in range(2, 7):
            start = head_start - length
            # a short form of 署 that jieba reads as one word (林保署, 水保署: an agency's two letters); the head
            # a word of its own, or the end of one the field opens (民政局, 计划处); not 战略|布局
            short = m.group() == "署" and length == 2 and word is not None and word.idx == start and word.end == end
            if start < 0 or word is None or word.idx not in (head_start, start) or start not in table.starts \
                    or not _field_fits(text[start:head_start], short_form=short):
                continue
            # two fields joined by 及, one unit (国际发展及|计划处)
            joined = joined_field(text, start - 1) if text[start - 1:start] == "及" else 0
            if joined and _BEFORE.search(text[max(0, start - joined - 4):start - joined]):
                spans.append((start - joined, end))
                break
            if _BEFORE.search(text[max(0, start - 4):start]):
                spans.append((start, end))
                break
    return spans
