"""Words around a spot of the text, for the role readers (:mod:`zhkg.relate.roles`): the dictionary's
words and tags at and after a position (:func:`_words`, :func:`_dictionary_tag`, :func:`_word_tag_at`), a verb or
word after a position, where a clause opens or closes, a media outlet's ending, a bracketed aside, and the longest
table entry ending at a position (:func:`_ending_at`).

Caveats: the taggings are jieba's (through :class:`zhkg.relate.base.RelationContext`), cached per context; these helpers
decide no role themselves and are shared by every other ``roles_*`` part. Moved verbatim from ``relate/roles.py``
(tidy65): no definition's text changed.
"""

from __future__ import annotations

import re

from zhkg.extract.news_outlets import OUTLET_ENDINGS
from zhkg.records import Label, Mention
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.text import CLAUSE_BREAKS

__all__ = [
    "_outlet",
    "_ending_at",
    "_start_of",
    "_clause_opens",
    "_NAME_TAGS",
    "_verb_at",
    "_word_after",
    "_word_tag_at",
    "_dictionary_tag",
    "_MAX_BODY",
    "_words",
    "_HISTORIC_REGIONS",
    "_NAMED_WORD_TAGS",
    "_named_word_ending_at",
    "_HONORIFICS",
    "_SUBJECT_AFTER",
    "_clause_opener",
    "_opener_clauses_back",
    "_SUBJECT_MARKS",
    "_BRACKETED_ASIDE",
    "_CLAUSES_BACK",
    "_closes_clause",
    "_aside",
]


def _outlet(ctx: RelationContext, m: Mention) -> bool:
    """Whether the organisation ``m`` is a paper, site or station: media in ``organisations_known.tsv`` or a name
    ending like one (:data:`zhkg.extract.news_outlets.OUTLET_ENDINGS`)."""
    known = ctx.lexicon.known_organisations.get(m.simplified, ("",))[0]
    return known == "media" or m.name.endswith(OUTLET_ENDINGS)


def _ending_at(table: dict[int, Mention], p: int) -> Mention | None:
    """The mention of ``table`` ending at ``p``, or sharing its last character with what starts there (花莲县长)."""
    holder = table.get(p)
    if holder is None:
        fused = table.get(p + 1)  # the holder's last character is the role's first
        holder = fused if fused is not None and fused.start < p else None
    return holder


def _start_of(m: Mention) -> int:
    return m.start


def _clause_opens(ctx: RelationContext, at: int) -> bool:
    return at == 0 or ctx.simplified[at - 1] in CLAUSE_BREAKS or ctx.simplified[at - 1] == "\n"


#: jieba's dictionary tags a name may have: unknown, or a person's name.
_NAME_TAGS = frozenset({"x", "nr", "nrfg"})


def _verb_at(text: str, at: int) -> bool:
    """Whether a verb of two letters or more, to jieba's dictionary, starts at ``at`` (王小明|带领…)."""
    word = next(iter(_words(text[at : at + 4])), "")
    return len(word) >= 2 and _dictionary_tag(word) == "v"


def _word_after(text: str, at: int, name: str) -> bool:
    """Whether a verb or adverb of two letters or more that jieba's dictionary knows starts at ``at``, or after
    a name of three letters a noun (叶金川|宣布, 陈建仁|更是, 苏俊宾|证实): ``name`` ends there (not 王小|明表示,
    刘宏疆|一声感叹, 钟红|文科 of 钟红文, 莱昂|内尔-霍林斯)."""
    word = next(iter(_words(text[at : at + 4])), "")
    tag = _dictionary_tag(word)
    return len(word) >= 2 and tag not in _NAME_TAGS and (tag[:1] in ("v", "d") or (tag[:1] == "n" and len(name) >= 3))


def _word_tag_at(text: str, at: int) -> str:
    """jieba's tag of the longest dictionary word of three letters or fewer starting at ``at`` (候选人: n, where 候选
    is v; 也表示: 也's d), ``x`` when none is."""
    for n in (3, 2, 1):
        tag = _dictionary_tag(text[at : at + n]) if at + n <= len(text) else ""
        if tag not in ("", "x"):
            return tag
    return "x"


def _dictionary_tag(word: str) -> str:
    from zhkg.stages.segment import dictionary_tag  # jieba's tag table, loaded by the segmenter already

    return dictionary_tag(word)


_MAX_BODY = 8


def _words(text: str) -> list[str]:
    from zhkg.stages.segment import jieba_words

    return list(jieba_words(text))


#: Regions of the Qing viceroys, named only in their titles (两江总督, 湖广总督), which the recognisers split.
_HISTORIC_REGIONS = ("两江", "湖广", "陕甘", "闽浙", "两广", "云贵", "川陕", "东三省")


#: jieba's tags of a word that names a place (ns) or a body (nt).
_NAMED_WORD_TAGS = {"ns": Label.PLACE, "nt": Label.ORGANIZATION}


def _named_word_ending_at(ctx: RelationContext, q: int, role: str) -> tuple[int, Label] | None:
    """Where a place (ns, only for a place's title) or body (nt) word of jieba's dictionary ending at ``q``
    starts, with its label: the last word of the clause's letters before ``q``, two letters or more, nothing
    named over it, no continent (亚洲女王)."""
    simplified = ctx.simplified
    region = next((r for r in _HISTORIC_REGIONS if simplified.endswith(r, 0, q)), None)
    if region is not None and role in ctx.lexicon.place_roles:
        return q - len(region), Label.PLACE  # 湖广总督: over the recogniser's 湖 and 广
    b = q
    while b > 0 and q - b < _MAX_BODY and simplified[b - 1].isalnum():
        b -= 1
    words = _words(simplified[b:q])
    if not words:
        return None
    word = words[-1]
    label = _NAMED_WORD_TAGS.get(_dictionary_tag(word))
    start = q - len(word)
    if label is None or len(word) < 2 or not simplified.endswith(word, 0, q) or word.endswith("洲") \
            or word in ctx.lexicon.org_suffixes \
            or (label is Label.PLACE and role not in ctx.lexicon.place_roles) \
            or not ctx.covered().isdisjoint(range(start, q)):
        return None
    return start, label


#: An honorific after the name of someone appointed: 聘任俞岱曦先生担任….
_HONORIFICS = ("先生", "女士", "小姐", "博士", "爵士", "同志")


# what a subject follows: the sentence's start, a comma, a quote, a time (1949年后，王伟…)
_SUBJECT_AFTER = frozenset("，,：:；;“\"「『（( \n年月日后时")


def _clause_opener(ctx: RelationContext, people: list[Mention], s: int, comma: int) -> Mention | None:
    """The person who opens the clause before ``comma`` (in the sentence starting at ``s``) when every other person
    named in it is an object inside it, no subject (徐悲鸿自幼随父徐达章习画，…: 徐悲鸿); else ``None``."""
    simplified = ctx.simplified
    start = max([s] + [b.end() for b in CLAUSE_BREAK.finditer(simplified, s, comma)])
    inside = [m for m in people if start <= m.start and m.end <= comma]
    if not inside or inside[0].start != start or inside[-1].end == comma:
        return None  # 张明称王伟，出任…: the person before the comma may be the subject (read_roles_after's to judge)
    if any(simplified[m.start - 1] in _SUBJECT_AFTER for m in inside[1:]):
        return None
    return inside[0]


#: How many clauses naming no one may stand between a clause that opens with its subject and a clause of posts.
_CLAUSES_BACK = 3


def _opener_clauses_back(ctx: RelationContext, people: list[Mention], s: int, comma: int) -> Mention | None:
    """The person who opens the nearest clause before ``comma`` that names anyone, as :func:`_clause_opener` reads
    it, when up to :data:`_CLAUSES_BACK` clauses between them name no one (吴秀华表示，方铭总公务历练完整，自基层做起，
    公职生涯长达43年，曾任…: 方铭总, not the speaker; roles217); else ``None``."""
    simplified = ctx.simplified
    marks = list(CLAUSE_BREAK.finditer(simplified, s, comma))
    end = comma
    for mark in reversed(marks[-_CLAUSES_BACK:]):
        if any(mark.end() <= m.start < end for m in people):
            return None  # the clause just after this mark names someone: _clause_opener's to judge
        end = mark.start()
        if any(max([s] + [b.end() for b in CLAUSE_BREAK.finditer(simplified, s, end)]) <= m.start < end for m in people):
            return _clause_opener(ctx, people, s, end)
    return None


#: What follows the subject who opens a sentence of appositions: 闵勇：男，…; 樊军先生，….
_SUBJECT_MARKS = frozenset("：:，,")


#: An aside in brackets after a résumé's name, before its mark: （1972年2月）, （女）.
_BRACKETED_ASIDE = re.compile(r"[（(][^（）()]{1,20}[）)]")


def _closes_clause(simplified: str, at: int) -> bool:
    """Whether a clause ends at ``at``: the text's end or a letter no word is made of (，。；)."""
    return at >= len(simplified) or not simplified[at].isalnum()


def _aside(ctx: RelationContext, m: Mention) -> bool:
    """Whether ``m`` stands in a parenthesis right after another name, as its present or other name:
    北洋大学堂（今天津大学）."""
    simplified = ctx.simplified
    open_at = max(simplified.rfind("（", 0, m.start), simplified.rfind("(", 0, m.start))
    if open_at < 0 or m.start - open_at > 3 or not simplified[open_at + 1 : m.start].replace("今", "").replace("现", "") == "":
        return False
    return simplified[m.end : m.end + 1] in ("）", ")") and any(o.end == open_at for o in ctx.mentions if o is not m)
