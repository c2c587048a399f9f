"""Organisations read on over the clause after them (issue 15): 四川金顶|获悉|华伦集团, 瑞元基金|是|瑞元资本管理有限公司.

The recogniser and the suffix grammar read an organisation up to a body's word (集团, 公司, 委员会), and in news a
company is often the subject of a clause whose object is another company: 四川金顶获悉华伦集团破产重整,
新西兰恒天然集团为雅培贸易有限公司生产, 瑞元基金是瑞元资本管理有限公司下设……, 摩根士丹利出售中金公司股权,
京兰水泥拟新设公司. Read as one name, neither company is in the graph. A name holds no clause, so an organisation
of those readers with one of the **clause words** inside it, a word of its own (a jieba word of the document,
tagged a verb or a preposition), is split there:

* the clause words (:data:`CLAUSE_WORDS`, written for zhkg as facts): a verb of reporting or learning (获悉, 表示,
  称, 宣布, 透露, 指出), the copula (是, 为), a preposition of the agent (由, 被) and the modal of a plan (拟);
  and a deal's verb between two companies (收购, 出售, 入股, 增持, 减持, 入主, 借壳; not 控股 or 重组, which names
  hold); not any verb, since many names hold one (中国信达资产管理, 北京大成律师事务所, 首钢控股); a one-letter
  clause word jieba glued onto the object's first letters (为雅培, 拟新设: a word it built) is cut off it;
* the words before it are the organisation (the subject the reader began on): two letters or more (four when a
  one-letter clause word names no body: 大有|为|投资公司 is one name, jieba's 为 notwithstanding), not a pronoun
  (这是公司) and not a place read on exactly those letters (a country's 称 is the country's); an announcement
  after a company's word is the company's, no part of its name (爱建股份|公告|称);
* the words after it are an organisation too when they end with a company's or body's word and what comes before
  that word names one (华伦集团, 雅培贸易有限公司, 中金公司; not 新设公司, 集团公司, 保险公司: a kind, no name).

An organisation other readers found on the same letters stands (a known name or a listed company's holds no clause
word by itself). Runs after the recogniser and the rules are merged (:meth:`zhkg.run.pipeline.Pipeline._merge`),
before the listed companies are read (so 四川金顶 left alone can take its own cue).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from zhkg.extract.base import TokenTable, make_mention
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.segment import dictionary_tag

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["CLAUSE_WORDS", "split_run_ons"]

#: Words that open the clause after a subject and never stand inside a body's name as a word of their own
#: (written for zhkg as facts): reporting and learning, the copula, the agent's prepositions, a plan's modal.
CLAUSE_WORDS = frozenset({"获悉", "表示", "称", "宣布", "透露", "指出", "是", "为", "由", "被", "拟",
                          "收购", "出售", "入股", "增持", "减持", "入主", "借壳"})
#: jieba's tags a clause word has there (a verb, a preposition); 为 of a name glued into a longer word is no word.
_CLAUSE_TAGS = frozenset({"v", "p", "vn", "d"})
#: The readers whose organisations may run on so (a known name or a listed company's is read whole).
_RUNNING = frozenset({MentionSource.RECOGNISER, MentionSource.ORG_SUFFIX})
#: A company's or body's last word, longest first: the object after the clause word is an organisation with one.
_BODY_ENDS = ("股份有限公司", "有限责任公司", "有限公司", "株式会社", "公司", "集团", "股份", "控股", "银行", "证券")
#: What before a body's word names a kind, not one body (新设公司, 集团公司, 保险公司, 子公司, 该公司).
_KIND_TAGS = frozenset({"a", "ad", "d", "m", "q", "r", "v", "f", "c", "p", "u", "uj", "b"})
_KIND_STEMS = frozenset({"集团", "保险", "证券", "银行", "投资", "控股", "上市", "子", "母", "总", "分", "新设", "这家",
                         "该", "本", "其", "一家", "合资", "国有", "民营", "外资"})
#: The fewest letters of a subject split off a one-letter clause word whose clause names no body (京兰水泥|拟新设公司;
#: not 大有|为投资公司, where jieba's 为 is a letter of the name); a word of two letters splits a shorter one (沃达丰|出售).
_ALONE = 4
#: What a company publishes, read with its name before 称 (爱建股份公告称): never the end of a body's name.
_NOTICE = "公告"
#: Pronouns and numerals no subject is (这是公司, 其为公司).
_NO_SUBJECT_TAGS = frozenset({"r", "m", "q", "p", "c", "d"})


def _names_a_body(stem: str) -> bool:
    """Whether ``stem``, the words before a body's last word, names one body (华伦, 雅培贸易, 中金; not 新设, 集团)."""
    if len(stem) < 2 or stem in _KIND_STEMS:
        return False
    return dictionary_tag(stem[:2]) not in _KIND_TAGS or dictionary_tag(stem) in {"nz", "nt", "ns", "nr", "j"}


def _object(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]``, the words after a clause word, is an organisation by its last word."""
    for end in _BODY_ENDS:
        if text.endswith(end, s, e):
            return _names_a_body(text[s:e - len(end)])
    return False


def _split_at(m: Mention, table: TokenTable) -> tuple[int, int] | None:
    """The clause word inside ``m`` (its start and end), or None."""
    k = table.token_of_char[m.start] if m.start < len(table.token_of_char) else -1
    if k < 0:
        return None
    words = table.words
    for i in range(k + 1, len(words)):  # (no slice: a copy of the document's remaining words per organisation)
        w = words[i]
        if w.end >= m.end:
            return None
        if w.idx > m.start and w.text in CLAUSE_WORDS and w.tag in _CLAUSE_TAGS:
            return w.idx, w.end
        if w.idx > m.start and w.tag == "x" and len(w.text) >= 3 and w.text[0] in CLAUSE_WORDS:
            return w.idx, w.idx + 1  # a one-letter clause word jieba glued to the object's start: 为雅培, 拟新设
    return None


def split_run_ons(mentions: list[Mention], doc: Doc, table: TokenTable, text: str) -> list[Mention]:
    """``mentions`` with each organisation run on over a clause word split into its subject and, when it is one,
    the organisation the clause names (see the module's docstring).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.extract.base import token_table
    >>> doc = make_nlp()("此前,四川金顶获悉华伦集团破产重整。")
    >>> m = make_mention(doc, 3, 13, Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> [x.simplified for x in split_run_ons([m], doc, token_table(doc), doc.text)]
    ['四川金顶', '华伦集团']
    """
    if not any(w in text for w in CLAUSE_WORDS):
        return mentions
    spans = {(m.start, m.end, m.label) for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        cut = None
        if m.label is Label.ORGANIZATION and m.extractor in _RUNNING:
            cut = _split_at(m, table)
        if cut is None:
            out.append(m)
            continue
        vs, ve = cut
        head = text[m.start:vs]
        first = table.word_at(m.start)
        named = _object(text, ve, m.end)
        short = len(head) < 2 or not named and len(head) < _ALONE and ve - vs < 2
        pronoun = first is not None and first.end >= vs and first.tag in _NO_SUBJECT_TAGS
        if short or pronoun or (m.start, vs, Label.PLACE) in spans:
            if not named:
                out.append(m)  # no organisation either side: the reading stands as it was
                continue
        else:
            if head.endswith(_NOTICE) and head[:-len(_NOTICE)].endswith(_BODY_ENDS):
                vs -= len(_NOTICE)  # the subject's announcement is no part of its name: 爱建股份|公告|称
                head = text[m.start:vs]
            if (m.start, vs, Label.ORGANIZATION) not in spans:
                out.append(replace(m, end=vs, text=m.text[:vs - m.start], simplified=head,
                                   canonical=head if m.canonical else ""))
        if named and (ve, m.end, Label.ORGANIZATION) not in spans:
            out.append(make_mention(doc, ve, m.end, Label.ORGANIZATION, m.extractor, canonical=text[ve:m.end]))
    return out
