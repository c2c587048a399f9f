"""Whether a span the recogniser read stands as read, and where it starts and ends (rules 1, 2 and 6 of
:mod:`zhkg.extract.combine`).

Scope: :func:`plausible` (no clause break inside, no ordinary word of the place stoplist, no place inside an idiom or
a thing's word, a person's Latin letters that can be a name, a surname and 姓 no person's name); and the model spans
cut or dropped before the rules' names are weighed: a verb opening an organisation (加盟|凯尔特人), a name opened
before a quotation mark never closed, a place of Taiwan before a quoted body (台湾“中央银行”), people joined by 和
(拜登和普京), a person run over a space, a person's span ending inside a role word (副主席任|片区长).

Caveats: each takes the model's mentions and the document's text and returns mentions; none reads the rules'
organisations. Moved word for word out of ``extract/combine.py`` (session 41, tidy168); ``combine`` imports what it
runs from here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.extract.foreign_people_by_context import _COORDINATORS
from zhkg.extract.named_bodies import _KINDS_OF_SOCIETY
from zhkg.extract.organisations import NOT_NAMES
from zhkg.extract.person_or_not import _BARE_PEOPLE
from zhkg.extract.place_groups import PLACE_GROUP_WORDS
from zhkg.records import Label, Mention
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.segment import TokenTable
from zhkg.text import CLAUSE_BREAK

__all__ = ["_BRACKETS", "_JOINING_VERBS", "_LATIN_GLUED", "_MODEL_NOT_NAMES", "_PORTFOLIO", "_PORTFOLIO_LEAD", "_PUNCT", "_QUOTE_PAIRS", "_REGION_PARTS", "_SURNAMED_NOUNS", "_after_unclosed_quote", "_cuts_role", "_drop_leading_verbs", "_inside_idiom", "_inside_thing", "_latin_plausible", "_lost_spans", "_member_noun", "_of_taiwan", "_people_before_spaces", "_quoted_after", "_quoted_after_place", "_split_coordinated", "_surnamed", "_yield_to_longer_people", "plausible", "titled_portfolio"]

# a name never spans a clause break or markup (quotes may stand inside one: “幸福工程”组委会)
_PUNCT = re.compile(r"[\s,，。、；;：:！!？?<>/=&{}|\\\[\]【】]")


def plausible(m: Mention, words: TokenTable | None = None, *, lexicon: Lexicon | None = None) -> bool:
    """Whether a model span looks like a name of its label (rule 1 above).

    ``lexicon`` (its place stoplist) defaults to :func:`~zhkg.resources.lexicon.load_lexicon`.

    >>> from zhkg.records import Mention, Label
    >>> def span(text, label): return Mention("d", 0, len(text), text, text, label, "crf")
    >>> plausible(span("两岸", Label.PLACE)), plausible(span("美国", Label.PLACE)), plausible(span("长城", Label.PLACE))
    (False, True, True)
    >>> plausible(span("李克强,王", Label.PERSON)), plausible(span("“幸福工程”组委会", Label.ORGANIZATION))
    (False, True)
    >>> plausible(span("香港“韩流", Label.ORGANIZATION))
    False
    """
    text = m.simplified
    if _PUNCT.search(text.replace("·", "")):
        return False
    if any(text.count(a) != text.count(b) for a, b in _QUOTE_PAIRS):
        return False  # a quote opened and not closed: the name is inside it or after it (香港“韩流”DJ)
    if words is not None and _inside_idiom(m, words):
        return False
    if words is not None and _inside_thing(m, words, lexicon or load_lexicon()):
        return False
    if m.label is Label.PERSON:
        # a title alone is no person (恒瑞医药|董秘|刘笑含: the recogniser's PERSON 董秘); nor a place's people (陆客);
        # nor an everyday word people_stoplist.tsv lists (金属马赛克, 穿着的比基尼)
        lexicon = lexicon or load_lexicon()
        return _latin_plausible(text) and text not in lexicon.roles_by_first.get(text[:1], ()) \
            and text not in PLACE_GROUP_WORDS and text not in lexicon.not_people and not _surnamed(text, lexicon)
    if m.label is Label.ORGANIZATION:
        # the grammar's non-names, less the party the model finds by its context (他们怕共产党); a body
        # jieba joins to 员 is a member's title (共产党员, 会员), not the body
        # a member's title alone is no body either (立委, 常委, 主委: the recogniser's ORGANIZATION 立委)
        return text not in _MODEL_NOT_NAMES and not (words is not None and _member_noun(m, words)) \
            and text not in (lexicon or load_lexicon()).roles_by_first.get(text[:1], ())
    # the stoplist's ordinary words (两岸, 卡口) are no places; its landmarks (长城) and names may be
    return text not in (lexicon or load_lexicon()).stoplisted_words


_MODEL_NOT_NAMES = NOT_NAMES - {"共产党"}


def titled_portfolio(m: Mention, lexicon: Lexicon, text: str = "") -> bool:
    """Whether a model organisation runs over a title's bracketed portfolio into the name the title introduces, as
    a vice-title is written before its holder (副校长（策略规划）区启明与厂商会, or the part after the bracket, 策略规划）
    区启明与厂商会: no body's name holds a title, a bracketed portfolio and letters after it; roles246). ``text`` is
    the document's, where the title and the opening bracket may stand before the span.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> from zhkg.records import Label, Mention
    >>> def org(t, s=0): return Mention("d", s, len(t), t[s:], t[s:], Label.ORGANIZATION, "crf")
    >>> [titled_portfolio(org(t), load_lexicon()) for t in ("大副校长（策略规划）王明与商会", "副局长(规划)陈大文",
    ...                                                  "主席团（扩大）会议", "香港大学（深圳）研究院", "副校长（学术）")]
    [True, True, False, False, False]
    >>> t = "由副校长（策略规划）王明与商会签署"
    >>> titled_portfolio(org(t[:13], 5), load_lexicon(), t)
    True
    """
    if m.label is not Label.ORGANIZATION:
        return False
    lead = text[max(0, m.start - _PORTFOLIO_LEAD):m.start] if text else ""
    seen = lead + m.simplified
    for portfolio in _PORTFOLIO.finditer(seen):
        at = portfolio.start()
        if len(lead) < portfolio.end() < len(seen) and any(
                len(role) >= 2 and seen.endswith(role, 0, at) for role in lexicon.roles_by_last.get(seen[at - 1:at], ())):
            return True
    return False


# a portfolio in brackets, Han letters after it (副校长（策略规划）区启明), and how far before a span its title may begin
_PORTFOLIO = re.compile(r"[(（][\u4e00-\u9fff]{1,8}[)）](?=[\u4e00-\u9fff])")
_PORTFOLIO_LEAD = 20


# a portfolio in brackets, Han letters after it (副校长（策略规划）区启明)
_PORTFOLIO = re.compile(r"[(（][\u4e00-\u9fff]{1,8}[)）](?=[\u4e00-\u9fff])")


def _surnamed(text: str, lexicon: Lexicon) -> bool:
    """Whether a person's span is a surname and 姓, as Taiwan news names whom it will not name (林姓男子, 王姓妇人,
    欧阳姓女子: "a man surnamed Lin"), perhaps with the noun after it.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> [_surnamed(t, load_lexicon()) for t in ("林姓", "张姓男子", "欧阳姓", "林姓名", "王姓林")]
    [True, True, True, False, False]
    """
    at = text.find("姓")
    return at in (1, 2) and text[:at] in lexicon.surnames and (
        len(text) == at + 1 or text[at + 1:] in _SURNAMED_NOUNS)


# who news calls by a surname and 姓 alone
_SURNAMED_NOUNS = frozenset({"男子", "女子", "妇人", "男童", "女童", "少年", "少女", "老翁", "老妇", "嫌犯", "男", "女",
                             "司机", "民众", "学生", "男生", "女生", "医师", "员工", "警员", "老师", "网友", "女星", "男星",
                             "夫妇"})

# Latin words glued to hanzi (第五张|Angelababy, 帅男|Alex, 杨子毅|IXUS200): the model ran a name into a
# word; one initial before a name (C罗, J.罗琳) is how news writes some names
_LATIN_GLUED = re.compile(r"[A-Za-z]{2}[\u4e00-\u9fff]|[\u4e00-\u9fff][A-Za-z]")

_BRACKETS = re.compile(r"[()（）\[\]]")


def _latin_plausible(name: str) -> bool:
    """Whether a model person's Latin letters, if any, can be a personal name: capitalised words
    (Chris Bowen, JAMES FRANCO, JJ-希克森), not a lower-case word (safely, blog), an acronym of up to
    three capitals (CBN, AI; a gamer is LISA), letters glued to hanzi or a bracket (Birrell)).

    >>> [_latin_plausible(n) for n in ("Chris Bowen", "JJ-希克森", "C罗", "闫维洪", "blog", "CBN", "帅男Alex", "Birrell)")]
    [True, True, True, True, False, False, False, False]
    """
    if _BRACKETS.search(name):
        return False
    if not any("a" <= ch.lower() <= "z" for ch in name):
        return True
    if _LATIN_GLUED.search(name):
        return False
    latin = re.findall(r"[A-Za-z]+", name)
    if not latin[0][:1].isupper():
        return False
    return not (name.isascii() and len(latin) == 1 and latin[0].isupper() and len(latin[0]) <= 3)


_QUOTE_PAIRS = (("“", "”"), ("「", "」"), ("《", "》"), ("‘", "’"), ("『", "』"))


def _member_noun(m: Mention, table: TokenTable) -> bool:
    """Whether ``m`` and a 员 after it are one dictionary word (共产党|员: a member, not the party)."""
    word = table.word_at(m.start)
    if word is None:
        return False
    return word.idx == m.start and word.end == m.end + 1 and word.text.endswith("员")


def _inside_idiom(m: Mention, table: TokenTable) -> bool:
    """A name inside a longer dictionary word refers to nothing by itself (重于泰山, 中华民族)."""
    word = table.word_at(m.start)
    if word is None:
        return False
    inside = word.idx <= m.start and m.end <= word.end and (word.idx, word.end) != (m.start, m.end)
    # a place strictly inside a longer dictionary word that is no place name: 中华|民族, 重于|泰山; but a region
    # before the countries or areas in it is that region (拉美|国家, jieba's one word)
    return inside and len(word.text) >= 4 and word.tag in ("i", "l") \
        and not (word.idx == m.start and word.text[m.end - m.start:] in _REGION_PARTS)


_REGION_PARTS = frozenset({"国家", "各国", "诸国", "地区"})


def _inside_thing(m: Mention, table: TokenTable, lexicon: Lexicon) -> bool:
    """Whether a span lies in a word for a thing that holds a place's name (三明治, 大马哈鱼: ``place_stoplist.tsv``'s
    ``thing`` rows), which names no place, person or body, whole or in part (the recogniser's PERSON 三明治)."""
    word = table.word_at(m.start)
    if word is None:
        return False
    return word.idx <= m.start and m.end <= word.end and word.text in lexicon.stoplisted_things


# verbs of joining, leaving and meeting a team or company, some of which jieba's dictionary tags as names (加盟: ns)
_JOINING_VERBS = frozenset("加盟 加入 效力 转会 签约 离开 投奔 击败 战胜 对阵 收购 入股 挖角".split())


def _drop_leading_verbs(model: list[Mention], organisations: list[Mention], table: TokenTable | None,
                        lexicon: Lexicon | None = None, text: str = "") -> list[Mention]:
    """A model organisation that opens with a verb before a name the document names alone is that name
    (加盟|凯尔特人 where 凯尔特人 stands by itself elsewhere): the verb is the clause's, not the name's. One that
    opens with a verb before a kind of body alone (相信|委员会, 违反|协会: ``named_bodies._KINDS_OF_SOCIETY``; not
    通用|银行, a bank's name) names no body, unless a member's title follows it (提案委员会|委员): it goes
    (entities171). ``lexicon`` defaults to
    :func:`~zhkg.resources.lexicon.load_lexicon`; ``text`` is the document's normalised text."""
    if table is None:
        return model

    names = {m.simplified for m in model + organisations if m.label is Label.ORGANIZATION}
    lexicon = lexicon or load_lexicon()
    out = []
    for m in model:
        word = table.word_at(m.start)
        if m.label is Label.ORGANIZATION and word is not None and word.idx == m.start and word.tag == "v" \
                and m.start < word.end <= m.end - 2 \
                and m.simplified[word.end - m.start:] in _KINDS_OF_SOCIETY \
                and not text.startswith(lexicon.role_words, m.end):
            continue  # (a member's title after it names the body: 提案委员会|委员, jieba's verb 提案 a noun there)
        if m.label is Label.ORGANIZATION and word is not None and word.idx == m.start \
                and (word.tag == "v" or word.text in _JOINING_VERBS) \
                and m.start < word.end <= m.end - 2 and m.simplified[word.end - m.start:] in names:
            cut = word.end - m.start
            m = replace(m, start=word.end, text=m.text[cut:], simplified=m.simplified[cut:], canonical="")
        out.append(m)
    return out


def _yield_to_longer_people(model: list[Mention], people: list[Mention]) -> list[Mention]:
    """A one-character model place where a rule reads a longer person from the same character is that
    person's (阿|来看见: the document's 阿来, not Arabia)."""
    starts: dict[int, int] = {}
    for p in people:
        if p.extractor in _BARE_PEOPLE:
            continue  # a name read from characters alone proves too little
        starts[p.start] = max(starts.get(p.start, p.end), p.end)
    return [m for m in model if not (m.label is Label.PLACE and m.end - m.start == 1 and starts.get(m.start, 0) > m.end)]


def _after_unclosed_quote(m: Mention, text: str) -> Mention:
    """A model name from before a quotation mark the source never closes in its clause starts after the mark
    (瑞典“Kaupthing中国基金|经理 is Kaupthing中国基金's); one the text closes later is left to :func:`plausible`
    (香港“韩流”DJ is no name)."""
    for opener, closer in _QUOTE_PAIRS:
        at = m.simplified.rfind(opener)
        if at < 0 or closer in m.simplified[at:]:
            continue
        clause_end = CLAUSE_BREAK.search(text, m.end)
        if closer in text[m.end:clause_end.start() if clause_end else len(text)] or len(m.simplified) - at - 1 < 2:
            return m

        cut = at + 1
        return replace(m, start=m.start + cut, text=m.text[cut:], simplified=m.simplified[cut:])
    return m


def _quoted_after_place(m: Mention, taiwan_spans: set[tuple[int, int]]) -> Mention:
    """A model organisation that is a place of Taiwan and a name in quotation marks closing it (台湾“中央银行”) is the
    quoted body alone: the mainland press sets the names of Taiwan's bodies in marks after the place (台湾“行政院”,
    台“教育部”), which locates the body and is no part of its name (the place stays a mention of its own). Elsewhere
    the marks quote a name, and the place and the name are one (德国“促进健康饮食协会”, as MSRA marks it)."""
    if m.label is not Label.ORGANIZATION or len(m.simplified) < 5:
        return m
    for opener, closer in _QUOTE_PAIRS[:2]:
        at = m.simplified.find(opener)
        if at < 1 or not m.simplified.endswith(closer) or m.simplified.count(opener) != 1 \
                or (m.start, m.start + at) not in taiwan_spans or len(m.simplified) - at - 2 < 2:
            continue
        return replace(m, start=m.start + at + 1, end=m.end - 1, text=m.text[at + 1:-1],
                       simplified=m.simplified[at + 1:-1], canonical="")
    return m


def _of_taiwan(p: Mention) -> bool:
    """Whether a place mention is Taiwan or one of its divisions (by its code: TW, TW-TPE …)."""
    return p.label is Label.PLACE and (p.code == "TW" or p.code.startswith("TW-"))


def _quoted_after(o: Mention, text: str, place_ends: set[int]) -> bool:
    """Whether a name stands whole in quotation marks right after a place of Taiwan (台湾“中央银行”): the place locates
    the body as one starting its name would (:func:`_quoted_after_place`)."""
    return o.start > 1 and o.start - 1 in place_ends and any(
        text[o.start - 1] == opener and text[o.end:o.end + 1] == closer for opener, closer in _QUOTE_PAIRS[:2])


def _lost_spans(proposed: list[Mention], kept: list[Mention]) -> list[tuple[int, int]]:
    """The spans of ``proposed`` that ``kept`` holds no longer, of any label.

    >>> m = lambda s, e: Mention("d", s, e, "", "", Label.PERSON, "crf")
    >>> _lost_spans([m(0, 5), m(6, 8)], [m(0, 3), m(6, 8)])
    [(0, 5)]
    """
    spans = {k.span for k in kept}
    return [p.span for p in proposed if p.span not in spans]


def _people_before_spaces(model: list[Mention], people: list[Mention]) -> list[Mention]:
    """The model's people run over a space into one letter of the next word (a caption's ``阮洪良 福|莱特玻璃集团``)
    cut back to the rules' person before the space; a span across a space is no name (:func:`plausible`), so the
    person was lost with it.

    >>> per = lambda s, e, t, src: Mention("d", s, e, t, t, Label.PERSON, src)
    >>> [m.text for m in _people_before_spaces([per(0, 5, "阮洪良 福", "crf")], [per(0, 3, "阮洪良", "people:jieba_x")])]
    ['阮洪良']
    >>> [m.text for m in _people_before_spaces([per(0, 6, "希拉里 达芙", "crf")], [per(0, 3, "希拉里", "people:jieba_x")])]
    ['希拉里 达芙']
    """
    by_span = {p.span: p for p in people}
    out = []
    for m in model:
        cut = m.text.find(" ")
        if m.label is Label.PERSON and cut > 0 and len(m.text) - cut == 2 and (m.start, m.start + cut) in by_span:
            m = by_span[(m.start, m.start + cut)]
        out.append(m)
    return out


def _split_coordinated(model: list[Mention]) -> list[Mention]:
    """A model person ``X和Y`` with two names of two or more characters is two people (拜登和普京)."""

    out = []
    for m in model:
        cut = next((i for i, ch in enumerate(m.simplified) if ch in _COORDINATORS), -1)
        if m.label is not Label.PERSON or not 2 <= cut <= len(m.simplified) - 3:
            out.append(m)
            continue
        out.append(replace(m, end=m.start + cut, text=m.text[:cut], simplified=m.simplified[:cut]))
        out.append(replace(m, start=m.start + cut + 1, text=m.text[cut + 1:], simplified=m.simplified[cut + 1:]))
    return out


def _cuts_role(m: Mention, text: str, lexicon: Lexicon) -> bool:
    """Whether a person's span ends inside a role word (副主席任|片区长: 片区长 is the role)."""
    if m.label is not Label.PERSON or not text:
        return False
    # the longest role at each letter (Lexicon.role_at): if any role there runs past the span's end, it does
    return any(i + len(lexicon.role_at(text, i)) > m.end for i in range(m.start + 1, m.end))
