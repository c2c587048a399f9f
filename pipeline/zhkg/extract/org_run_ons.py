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

This module owns the question whether a name read on past another name **runs on into the clause** after it or
**is one body** (session 30, arb38), with one word list (:data:`CLAUSE_WORDS`):

* :func:`runs_on` — right after a name whose end is known (a listed short name, a rule's organisation), a clause
  word or a joiner (和, 与, 、 …) opens the clause (山东钢铁|重组日照钢铁, 彩虹股份|大股东彩虹电子, 民建联|和公民党);
  a body's head that ends the reading is none (隧道股份|董事会, 博瑞传播|七届董事会): it names a body of the name.
  The listed companies' reader (:mod:`zhkg.extract.listed_companies`) asks it whether the recogniser ran on past a
  short name;
* :func:`one_body` — the general rule for a recogniser's organisation longer than the rule organisations inside it:
  when they sit only at its ends (the first letters, the last, or both, with letters no rule reads between them),
  it ends with a body's head and no cue (:func:`runs_on`) follows the name at its start, it is one body, the rule
  names its parts (联合国|艾滋病|规划署: the programme, not the United Nations and Hong Kong's 规划署).
  :func:`zhkg.extract.combine.combine_mentions` asks it where two rule organisations lie inside a recogniser's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.extract.base import make_mention
from zhkg.extract.company_words import COMPANY_LAST_WORDS
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import TokenTable, dictionary_tag
from zhkg.text import NAME_JOINERS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["ANNOUNCING_WORDS", "CLAUSE_WORDS", "DEAL_WORDS", "MARKET_WORDS", "one_body", "runs_on", "split_run_ons"]

#: A deal between companies, the verb right before or after a company's name (written for zhkg as facts).
DEAL_WORDS = ("收购", "并购", "出售", "入股", "增持", "减持", "控股", "参股", "入主", "借壳", "注资", "重组",
              "牵手", "携手", "联手", "接手")
#: What a company announces, signs or puts in after its name.
ANNOUNCING_WORDS = ("出资", "发布", "披露", "签订", "签署", "宣布")
#: What market news says of a listed company right after its name: its shares, owners, results and board (东元董事长,
#: 统一股价, 东元董事会; a board is a body's head, so it opens no clause: :func:`runs_on`).
MARKET_WORDS = ("董事长", "董事会", "股价", "股东", "营收", "财报", "法说会", "市值", "获利", "股票", "股权", "A股", "B股", "H股")
#: Reporting and learning, the copula, the agent's prepositions, a plan's modal: any subject's clause.
_SAYING_WORDS = ("获悉", "表示", "称", "透露", "指出", "证实", "是", "为", "由", "被", "拟")
# the words of saying of two letters or more: a clause word whatever jieba's tag for it there (白宫|证实|威特科夫, where
# the document's tagger calls 证实 a noun: orgs132, from the web dev set's tune half)
_SAID = frozenset(w for w in _SAYING_WORDS if len(w) >= 2)
#: A company's owners and notices after its name (三丰智能|控股股东, 彩虹股份|大股东, 爱建股份|公告称).
_OWNER_WORDS = ("控股股东", "第一大股东", "大股东", "公告")
#: Every word that opens the clause after a company's name: the one list of this module's two readings.
CLAUSE_WORDS = frozenset(DEAL_WORDS + ANNOUNCING_WORDS + MARKET_WORDS + _SAYING_WORDS + _OWNER_WORDS)
#: Of those, the words a body's name holds as words of its own (首钢控股, 资产重组办公室, 信息披露委员会, 战略
#: 联手…, 中国股权投资基金协会): they open a clause only right after a name known to end there (:func:`runs_on`),
#: never inside a name the recogniser or the grammar read (:func:`split_run_ons`).
_HELD_IN_NAMES = frozenset({"控股", "重组", "并购", "参股", "注资", "牵手", "携手", "联手", "接手"}
                           | set(ANNOUNCING_WORDS) - {"宣布"} | set(MARKET_WORDS) | set(_OWNER_WORDS))
#: The clause words :func:`split_run_ons` splits a name at: none a name holds.
_INSIDE_WORDS = CLAUSE_WORDS - _HELD_IN_NAMES
# the deals' verbs among them: a clause word whatever jieba's tag for it there (光明食品集团|增持|公司股份, where jieba
# leaves 增持 untagged; review155)
_DEALT = frozenset(DEAL_WORDS) & _INSIDE_WORDS
#: The clause after a name, longest word first (大股东 before 股东, 控股股东 before 控股); and a clause word or a
#: joiner right before a name (:data:`zhkg.text.NAME_JOINERS`: the second name of a list is no part of the first).
_CLAUSE = "|".join(sorted(CLAUSE_WORDS | NAME_JOINERS, key=lambda w: (-len(w), w)))
_CLAUSE_OPENING = re.compile(_CLAUSE)
_CLAUSE_CLOSING = re.compile(f"(?:{_CLAUSE})$")
#: A company's boards, the heads of a body of it (隧道股份董事会, 博瑞传播七届董事会).
_BOARDS = ("董事会", "监事会", "董事局")
#: The heads of a government's or a body's office besides the suffix grammar's (``org_suffixes.tsv``): 联合国艾滋病
#: 规划署, 外交部, 劳工处, 办公厅, 国资委.
_OFFICE_HEADS = ("署", "处", "厅", "部", "委")
#: jieba's tags a clause word has there (a verb, a preposition); 为 of a name glued into a longer word is no word.
_CLAUSE_TAGS = frozenset({"v", "p", "vn", "d"})
#: The readers whose organisations may run on so (a known name or a listed company's is read whole).
_RUNNING = frozenset({MentionSource.RECOGNISER, MentionSource.ORG_SUFFIX})
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


@lru_cache(maxsize=4)  # a Lexicon hashes by identity: made once per lexicon
def _body_heads(lexicon: Lexicon) -> tuple[str, ...]:
    """The heads a body's name ends with, longest first: the suffix grammar's (``org_suffixes.tsv``), an office's,
    a board's."""
    return tuple(sorted(set(lexicon.org_suffixes) | set(_OFFICE_HEADS) | set(_BOARDS), key=lambda h: (-len(h), h)))


def runs_on(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether a reading on past a name that ends at ``at`` runs into the clause after the name: a clause word
    (:data:`CLAUSE_WORDS`) or a joiner opens right there (彩虹股份|大股东彩虹电子, 民建联|与工联会); never a body's
    head, a market word though it be (隧道股份|董事会: a body of the name).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "彩虹股份大股东彩虹电子减持，隧道股份董事会审议。"
    >>> runs_on(text, 4, load_lexicon()), runs_on(text, 17, load_lexicon())
    (True, False)
    """
    return not text.startswith(_body_heads(lexicon), at) and _CLAUSE_OPENING.match(text, at) is not None


def one_body(text: str, start: int, end: int, pieces: list[tuple[int, int]], lexicon: Lexicon) -> bool:
    """Whether the organisation read from ``start`` to ``end`` (the recogniser's) is one body though rule
    organisations read the ``pieces`` inside it: they sit only at its ends (none in its middle, none the whole),
    Han letters no rule reads lie between them, it ends with a body's head that is no company's word, and no
    clause word or joiner touches a name: none follows the name at its start (:func:`runs_on`), none ends the
    letters before the name at its end. 联合国艾滋病规划署 is the programme; 民建联和公民党 is two parties,
    索尼·哥伦比亚电影公司 two names by the mark between them, and a company after a name is another company, the
    words between them a clause (瑞银给予中联集团, 宝钢香港与宝澳公司).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> one_body("联合国艾滋病规划署", 0, 9, [(0, 3), (6, 9)], load_lexicon())
    True
    >>> one_body("民建联和公民党", 0, 7, [(0, 3), (4, 7)], load_lexicon())
    False
    """
    if not pieces or any(not start <= s < e <= end or (s, e) == (start, end) or s != start and e != end
                         for s, e in pieces):
        return False
    front = max((e for s, e in pieces if s == start), default=start)
    back = min((s for s, e in pieces if e == end), default=end)
    between = text[front:back]
    if not between or not all("\u4e00" <= c <= "\u9fff" for c in between):
        return False
    if text.endswith(COMPANY_LAST_WORDS, start, end) or not text.endswith(_body_heads(lexicon), start, end):
        return False
    return not runs_on(text, front, lexicon) and _CLAUSE_CLOSING.search(between) is None


def _names_a_body(stem: str) -> bool:
    """Whether ``stem``, the words before a body's last word, names one body (华伦, 雅培贸易, 中金; not 新设, 集团)."""
    if len(stem) < 2 or stem in _KIND_STEMS:
        return False
    return dictionary_tag(stem[:2]) not in _KIND_TAGS or dictionary_tag(stem) in {"nz", "nt", "ns", "nr", "j"}


def _object(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]``, the words after a clause word, is an organisation by its last word."""
    for end in COMPANY_LAST_WORDS:
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
        if w.idx > m.start and w.text in _INSIDE_WORDS and (w.tag in _CLAUSE_TAGS or w.text in _SAID or w.text in _DEALT):
            return w.idx, w.end
        if w.idx > m.start and w.tag == "x" and len(w.text) >= 3 and w.text[0] in _INSIDE_WORDS:
            return w.idx, w.idx + 1  # a one-letter clause word jieba glued to the object's start: 为雅培, 拟新设
    return None


def split_run_ons(mentions: list[Mention], doc: Doc, table: TokenTable, text: str) -> list[Mention]:
    """``mentions`` with each organisation run on over a clause word split into its subject and, when it is one,
    the organisation the clause names (see the module's docstring).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> doc = make_nlp()("此前,四川金顶获悉华伦集团破产重整。")
    >>> m = make_mention(doc, 3, 13, Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> [x.simplified for x in split_run_ons([m], doc, token_table(doc), doc.text)]
    ['四川金顶', '华伦集团']
    """
    if not any(w in text for w in _INSIDE_WORDS):
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
            if head.endswith(_NOTICE) and head[:-len(_NOTICE)].endswith(COMPANY_LAST_WORDS):
                vs -= len(_NOTICE)  # the subject's announcement is no part of its name: 爱建股份|公告|称
                head = text[m.start:vs]
            if (m.start, vs, Label.ORGANIZATION) not in spans:
                out.append(replace(m, end=vs, text=m.text[:vs - m.start], simplified=head,
                                   canonical=head if m.canonical else ""))
        if named and (ve, m.end, Label.ORGANIZATION) not in spans:
            out.append(make_mention(doc, ve, m.end, Label.ORGANIZATION, m.extractor, canonical=text[ve:m.end]))
    return out
