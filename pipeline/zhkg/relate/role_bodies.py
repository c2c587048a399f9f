"""Role bodies cut on their left: a body the extractors read from the middle of a longer name holds no role
(found by the hand-judged relation audit, ``bench/relations_audit.py``, sample audit14). Called by
:func:`zhkg.relate.roles.read_roles` on what it read.

A body whose own words are all common ones (世界经济研究中心, 北京代表处: a place maybe first, then no word
that names anything) is a name only with what stands before it. Written right after a Han letter, with no mark
between, it is the tail of that longer name, and the person's role is the longer body's, which no extractor read:

- after 与, 和 or 及 joined to a Han letter no person's or organisation's name ends with: the second half of a
  body named for two fields (清华大学中国与|世界经济研究中心, 国家人造板与|木竹制品质量检测中心; not 任志强与|首创集团);
- after a word that qualifies or names an activity (jieba's tags a, an, b, vn: 公共|管理与政府政策研究所, 安生教育|
  北京代表处): the name's first words.

Caveats: a reporter's outlet glued to a headline is read by :mod:`zhkg.relate.press`, never dropped here; a
body cut after a noun (住建部|政策法规司, a department after its ministry) or after a bracket (…(CBD)|管委会) is
left alone; the edge is dropped, not mended, so the person keeps only the roles read elsewhere.

Role bodies run on their left into a clause word (roles210, Hong Kong news): a conjunction, an adverb or a verb of
holding that opens the clause (``CLAUSE_WORDS`` of :mod:`zhkg.extract.glued_bodies`: 但, 即, 兼, 而, 并, 且, 时任, 现任,
曾任, 历任) is no letter of a body's name, where it and the letter after it make no word of jieba's dictionary (即墨,
并购部, 兼职 stay words). The readers that name a body from the letters before a title do not take it
(``roles_unnamed_bodies._unnamed_holder``: 即|大律師梁耀祥, a barrister, no 律师 of 即大; ``members_teams``: 足球先生兼|
神射手巴科爾); an organisation an extractor read so is cut by the entity readers
(:func:`zhkg.extract.glued_bodies.bodies_after_clause_words`, orgs215: 雖然…，但|足總主席霍啟山 holds 主席 of 足总, the
body the document names; 時任|暫委特委裁判官何麗明 holds no post), which took over this module's mend of the posts
(``hold_bodies_after_clause_words``, roles210).
"""

from __future__ import annotations

from zhkg.records import Label, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.press import BYLINE_TITLES
from zhkg.text import is_han

__all__ = ["drop_cut_bodies"]

#: jieba's tags of a body's words that name nothing of their own: common nouns, verbs and their nouns,
#: qualifiers, adverbs, prepositions, conjunctions and localisers (世界|经济|研究|中心, 管理|与|政府|政策|研究所).
_COMMON_TAGS = frozenset({"n", "vn", "v", "a", "an", "ad", "b", "d", "vd", "p", "c", "f"})
#: jieba's tags of a word a name may open with that a body cut after it loses (公共, 安生教育's 教育, 新型).
_OPENING_TAGS = frozenset({"a", "an", "b", "vn"})
#: The conjunctions joining two fields in one body's name (中国与世界经济研究中心).
_JOINS = frozenset("与和及")
#: A company's legal forms, which end no body named for two fields.
_LEGAL_FORMS = ("有限公司", "有限责任公司")
#: The trades a company's short name ends with, which end no body named for two fields (招商地产, 中信证券; session 22).
_COMPANY_TRADES = ("地产", "置业", "科技", "传媒", "证券", "实业", "电器", "制药", "药业", "化工", "钢铁", "重工", "矿业",
                   "建材", "百货", "集团", "股份", "控股", "银行", "保险", "基金")
#: How far back the word before a body is looked for.
_WINDOW = 8


def drop_cut_bodies(ctx: RelationContext, relations: list[Relation]) -> list[Relation]:
    """``relations`` without the HOLDS_ROLE edges whose body is the tail of a longer name (this module's
    docstring)."""
    if not any(r.kind is RelationKind.HOLDS_ROLE for r in relations):
        return relations
    bodies = {(m.start, ctx.owner[m]): m for m in ctx.mentions if m.label is Label.ORGANIZATION and m in ctx.owner}
    cut: dict[int, bool] = {}  # per body's start: one look per document
    out = []
    for r in relations:
        body = bodies.get((r.evidence.start, r.target)) if r.kind is RelationKind.HOLDS_ROLE else None
        if body is not None and r.role_simplified not in BYLINE_TITLES:
            if body.start not in cut:
                cut[body.start] = _cut_on_left(ctx, body.start, body.end)
            if cut[body.start]:
                continue
        out.append(r)
    return out


def _cut_on_left(ctx: RelationContext, start: int, end: int) -> bool:
    """Whether the body ``[start, end)`` is the tail of a longer name: all its words common ones, glued to a
    Han letter that joins two fields or ends a word a name opens with."""
    from zhkg.stages.segment import dictionary_tag, jieba_words

    simplified = ctx.simplified
    if start < 2 or not is_han(simplified[start - 1]):
        return False
    tags = [dictionary_tag(w) for w in jieba_words(simplified[start:end])]
    core = tags[1:] if tags and tags[0] == "ns" and len(tags) > 1 else tags
    if not core or not all(t in _COMMON_TAGS for t in core):
        return False
    if simplified[start - 1] in _JOINS:
        # not two bodies or people joined (任志强与|首创集团董事长刘晓光, 万科与|首创集团), nor a company named with its
        # legal form (班牌和|联想控股股份有限公司董事长: no field is joined in such a name)
        if simplified.endswith(_LEGAL_FORMS + _COMPANY_TRADES, start, end) or start in ctx.place_starting_at:
            return False  # nor one that opens with its place (王金平还和|台南大学校长黄秀霜), nor a company by its trade
            # (专家及|招商地产总经理林少斌: a company's short name is common words and its trade)
        return is_han(simplified[start - 2]) and not any(
            m.end == start - 1 and m.label in (Label.PERSON, Label.ORGANIZATION) for m in ctx.mentions)
    before = list(jieba_words(simplified[max(start - _WINDOW, 0):start]))
    return bool(before) and dictionary_tag(before[-1]) in _OPENING_TAGS
