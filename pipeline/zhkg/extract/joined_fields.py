"""A ministry named by two fields joined (issue 15, orgs311): 经济与财政部, 能源及水务转型部, 林业及自然保育署.

Cabinets abroad and Taiwan's agencies name a body by two fields and a joiner before its head: 经济与财政部长,
原种植及原产业部长, 能源及水务转型部副部长, 林业及自然保育署花莲分署. The recogniser reads the second field alone
(财政部, 产业部: jieba joins 及原 into one word) or nothing, and the web gold marks the whole name. The whole name is
read where the text writes

* the first field: the jieba word of two to four letters that ends at the joiner (担任|经济, 原|种植, 获|民政), with
  a noun word before it while the field stays within four letters (文化|体育); never a title (秘书长|与新闻局) or
  a unit written right after its body (医管局总办事处|策略及规划部: the gold marks no unit);
* a joiner (及, 与, 和, 暨) and the second field: two to six Han letters with no boundary among them;
* the head 部, 署 or 局, not the first letter of a word of its own (部门, 部分, 部队, 局势, 局面, 署名) nor the
  last of one that names no ministry (社会俱乐部, 总部, 当局, 签署), and no firm's officer after it (研究与咨询部|董事:
  a company's department); a first field that ends as a body's word does (大学校|及教育署) makes a list of two;
  two states or sides right before the name (两国, 双方, 各国, 两岸, 多国: 美日两国|外交与国防部长) name each its own
  ministries, no one body. The text read is the Simplified (a Traditional document's converted).

A place read right before the name is its government's and opens it (上海市|人力资源和社会保障局, as 法国外交部 keeps
its country).

A body read over the whole name, or longer, stands; an organisation inside it (财政部) gives way to it, and one read
from the second field on to a branch after the head (自然保育署|花莲分署), or a place and 分署, 分局 … right after the
head, gives the whole name its branch; a person
inside it, or a place inside the fields (a field is neither), keeps the text as it was. Run on a document's merged mentions
(:meth:`zhkg.run.pipeline.Pipeline._merge`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from zhkg.records import Label, Mention, MentionSource

__all__ = ["joined_field_bodies"]

# a joiner, the second field and the head (the head no first letter of 部门, 部分, 部队, 部署, 部委, 局势, 局面, 署名 …)
_SECOND = re.compile(r"[及与和暨]([\u4e00-\u9fff]{2,6}?)[部署局](?![门分落位队件属势面限名长官署委首])")
# a branch after the head: a place's name (two to four letters) and 分署, 分局, 分处 …
_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,4}?分[署局处部院会]")
# a head glued to its chief's title (部长, 局长, 署长) ends the name too
_SECOND_TITLED = re.compile(r"[及与和暨]([\u4e00-\u9fff]{2,6}?)[部署局](?=(?:副|次|常务)?(?:部|局|署)?长)")
# letters that end the first field on its left: a mark of a post or a former post, a word of grammar, a joiner
_FIELD_STOPS = frozenset("原前任兼由的为和与及暨是在对向将称即")
# jieba's tags of a field's word (经济 n, 种植 v, 青年 t; x: a word jieba built)
_FIELD_TAGS = frozenset({"n", "vn", "nz", "v", "t", "x", "an", "ng", "b"})
# the last letters of a title or a people's word, never of a field (秘书长|与新闻局, 议员)
_NOT_FIELD_ENDS = frozenset("长员人者家官")
# the last two letters of a word that ends in 部 and names no ministry (社会俱乐部, 总部, 干部, 东部)
_NOT_MINISTRY_ENDS = frozenset({"乐部", "总部", "干部", "内部", "外部", "全部", "东部", "西部", "南部", "北部", "中部",
                                "局部", "本部", "支部", "头部", "大局", "当局", "布局", "格局", "结局", "邮局", "赌局",
                                "饭局", "棋局", "签署", "部署", "联署", "连署"})
# the last letters of a body's own word: a first "field" that names a body is a list of two (大学校及|教育署)
_BODY_LAST = frozenset("校院司府构会局部署处厅所团")
# a company's officer after the name: the name is a firm's department (研究与咨询部|董事), which the gold leaves out
_FIRM_TITLES = ("董事", "经理", "总监", "主管", "总裁", "主任", "职员", "员工")
# words of more than one state or side right before the name: each its own ministry, no one body (美日两国|外交与国防部长)
_PLURAL_BEFORE = ("两国", "双方", "各国", "两岸", "多国")
# letters no field holds: a list's or a sentence's own word
_NOT_IN_FIELD = frozenset("的了是在和与及暨、，。；：")


def _first_field_start(text: str, joiner: int, table) -> int | None:
    """Where the first field before the joiner at ``joiner`` starts: the jieba word that ends there (two to four
    letters, a field's word: no title 秘书长, no count 个), and a noun word of two letters or more before it while the
    field stays within four letters (文化|体育及旅游局; not 两|国|交通和能源部长: a letter's word is no field); else None."""
    word = table.word_at(joiner - 1)
    if word is None or word.idx + len(word.text) != joiner or word.tag not in _FIELD_TAGS \
            or not 2 <= len(word.text) <= 4 or word.text[-1] in _NOT_FIELD_ENDS:
        return None
    before = table.word_at(word.idx - 1)
    if before is not None and before.tag in ("n", "vn") and 2 <= len(before.text) \
            and len(before.text) + len(word.text) <= 4 \
            and before.text[-1] not in _FIELD_STOPS:
        return before.idx
    return word.idx


def joined_field_bodies(mentions: Sequence[Mention], text: str, original: str, table) -> list[Mention]:
    """``mentions`` with each body named by two joined fields read whole (module docstring).

    >>> from zhkg.stages.segment import make_nlp, token_table
    >>> text = "新任经济与财政部长表示。"
    >>> m = Mention("d", 5, 8, "财政部", "财政部", Label.ORGANIZATION, "crf")
    >>> [(x.start, x.simplified) for x in joined_field_bodies([m], text, text, token_table(make_nlp()(text)))]
    [(2, '经济与财政部')]
    """
    found = []
    for pattern in (_SECOND, _SECOND_TITLED):
        for match in pattern.finditer(text):
            if set(match.group(1)) & _NOT_IN_FIELD:
                continue
            found.append((match.start(), match.end()))
    if not found:
        return list(mentions)
    body_ends = frozenset(m.end for m in mentions if m.label is Label.ORGANIZATION)
    out = list(mentions)
    for joiner, end in sorted(set(found)):
        start = _first_field_start(text, joiner, table)
        if start is None or start in body_ends or text[end - 2:end] in _NOT_MINISTRY_ENDS \
                or text[joiner - 1] in _BODY_LAST or text.startswith(_FIRM_TITLES, end) \
                or text.endswith(_PLURAL_BEFORE, 0, start):
            continue  # (a unit written after its body, 医管局总办事处|策略及规划部, the gold leaves unmarked)
        # a place right before the name is its government's (上海市|人力资源和社会保障局, 法国|经济与财政部)
        start = next((m.start for m in out if m.label is Label.PLACE and m.end == start), start)
        head_end = end
        branch = _BRANCH.match(text, end)
        if branch and any(m.label is Label.PLACE and m.start == end and m.end <= branch.end() - 2 for m in out):
            end = branch.end()  # 林业及自然保育署|花莲分署: a place's branch
        # a body the recogniser read from the second field on to a branch after the head (保育署|台东分署) runs on
        end = max([end] + [m.end for m in out if m.label is Label.ORGANIZATION and joiner < m.start < end < m.end])
        inside = [m for m in out if m.start < end and start < m.end]
        if any(m.label is not Label.ORGANIZATION and not (m.label is Label.PLACE and m.start >= head_end)
               and not (m.label is Label.PLACE and m.start == start) or m.start < start and m.end < end
               for m in inside):
            continue  # a person or a field's place there, or a body across the front edge
        if any(m.start <= start and end <= m.end for m in inside):
            continue  # read whole already, or inside a longer body
        inside = [m for m in inside if m.label is Label.ORGANIZATION]
        out = [m for m in out if m not in inside]
        out.append(Mention(inside[0].doc_id if inside else "", start, end, original[start:end], text[start:end],
                           Label.ORGANIZATION, MentionSource.ORG_SUFFIX.value))
    return sorted(out, key=lambda m: (m.start, m.end))
