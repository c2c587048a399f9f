"""Organisation spans that biographies, résumés and appointment notices show, settled after the merge.

Three constructions of that prose, where the recogniser and the grammar both go wrong in the same way:

* **A bracketed qualifier inside a company's name**: 新纶科技（香港）有限公司, 长城证券（汇通）深圳二部. The
  recogniser starts the name after the bracket's place (香港）有限公司); a name whose closing bracket has no
  opening one starts before the bracket, with the name written before it, or is no name. A body whose name ends
  with its head (党, 联盟, 学会 …) before a bracketed Latin short form is whole there: the short form is its alias,
  and the recogniser's piece after it (人民公正党（PKR|）国会议员, 欧洲人民党（EPP|）党团主席) is no name (orgs132,
  from the web dev set's tune half: 国民民主党（NasDem）国会 was one organisation).
* **A date's last letter read into a name**: 2009年9月|华油惠博普科技股份有限公司 read as 月华油…; a name that
  opens with 年, 月, 日 or 号 right after a digit starts after that letter.
* **A company named between an appointment verb and a company's title**: 任新纶科技副董事长, 担任辉煌科技董事长,
  任欣旺达总经理秘书. Listed companies go by short names (欣旺达, 蓝色光标, 华夏幸福) with no head word the
  grammar knows, and the recogniser reads some as a person with the verb's 任 for a surname (任欣旺达) or as a
  place (华夏). Where nothing but such a person or an uncoded place stands there, the words between the verb
  and the title are the company.

* **A company's tie to another read into its name**: 公司控股股东|中车集团, 所属子公司|中铁二十五局集团有限公司,
  央企|南光集团, 公司简介|嘉兴市佳乐科仪有限公司; the words of the tie (股东, 子公司, 母公司, 关联方 with what
  qualifies them: 控股, 全资, 第一大, 二 …) and of a heading go, and a name that holds a company, such a word and
  another company (宝石集团|二股东|东旭集团, 华夏建通|第一大股东|海南中谊…有限公司) or two companies joined by 与, 和
  or 及 (广药集团|与|鸿道集团) is two names (session 23, from FinRE's and DuIE's tune halves).

Caveats: the third reads only the titles of a company's officers (董事长, 总经理, 监事 …), never a government's
(市长) or a department's (经理), and no generic reference (公司, 本公司, 该集团), department (财务部) or region
(中国区); a name already read as an organisation keeps its span.
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.extract.base import replaced
from zhkg.extract.named_bodies import QUOTED_HEADS
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.segment import TokenTable
from zhkg.text import SpanIndex

__all__ = ["settle_body_spans", "join_bracketed_qualifiers", "trim_date_letters", "bodies_before_company_titles",
           "cut_company_ties",
           "extend_companies_to_places", "opens_with_named_body", "school_unit"]

_OPENERS, _CLOSERS = "（(", "）)"
# what a bracketed qualifier inside a company's name may hold: a place, a group, a former name (汇通)
_QUALIFIER = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,8}")
# a body's own Latin short form in brackets (（PKR）, （NasDem）, （PDI-P）), closing a name that ends with a head of
# a body other than a company's (a firm's bracket may qualify the legal name after it: 联想（北京）有限公司)
_LATIN_SHORT_FORM = re.compile(r"[A-Za-z][A-Za-z0-9.&\-]{0,11}")
_OWN_NAME_HEADS = tuple(h for h in QUOTED_HEADS if h not in ("公司", "集团", "银行"))
# jieba's dictionary tags of words that never start or continue a body's name leftwards
_NOT_NAME_TAGS = frozenset({"v", "p", "c", "u", "d", "r", "m", "q", "f", "t", "y", "e", "uj", "ul", "ud", "ug",
                            "uz", "uv", "zg", "vd", "ad"})
_MAX_NAME_WORDS = 6
_PREPOSITIONS = frozenset("由经在从向被把对将于")
_BODY_ENDS = ("公司", "集团", "银行", "大学", "学院")

_DATE_LETTERS = "年月日号"
_DIGITS = frozenset("0123456789０１２３４５６７８９〇一二三四五六七八九十")
# what a clause's preposition after its date (12日|向|公司|董事会提交, 5日|在|学校|举行) leaves when a reader took the
# date's letter and the preposition for a name (日向公司): a body referred to by its kind alone, no name
_PREPOSITIONS = frozenset("向在于对从与和给被把由经为")
_REFERENCES = frozenset({"公司", "本公司", "集团", "学校", "政府", "法院", "医院", "银行", "董事会", "监事会", "股东大会"})

# a verb of taking a post, then the company (2–8 letters), then an officer's title of a company
_COMPANY_POST = (r"([\u4e00-\u9fffA-Za-z]{2,8}?)"
                 r"(?:副|常务|执行|独立|非执行|首席|联席|职工|代表)*"
                 r"(?:董事长|董事局主席|董事|总经理|总裁|监事会主席|监事|首席执行官|CEO|财务总监|董事会秘书)")
_APPOINTED = re.compile(r"(?:任职于|就职于|供职于|服务于|受聘于|现任|曾任|历任|兼任|担任|出任|升任|转任|改任|调任|任)"
                        + _COMPANY_POST)
# the next post of the list the verb opens, in the same clause (现任公司董事、|湖南粮油副董事长)
_LISTED_POST = re.compile(r"[、，,]" + _COMPANY_POST)
_CLAUSE_END = re.compile(r"[。；;！？!?\n]")
# what a company's name between the verb and the title never is: a reference, a post's qualifier, a role, a unit
_NOT_COMPANY_START = ("该", "本", "其", "这", "那", "原", "前", "总", "副", "各", "公司", "集团", "股份", "职", "于")
_NOT_COMPANY_WORDS = re.compile(r"董事|经理|总裁|监事|主任|书记|主席|部长|秘书|厂长|行长|局长|院长|会长|所长|顾问|助理"
                                r"|总监|代表|委员|常务|执行|首席|联席|独立|职工|公司$|集团$|[部处科室组区办]$|中心$")
# what stands before a bare 任 that jieba glued to the name after it (4月|任欣旺|达): a date's end or a clause's
# break, where 任 is the verb, not the surname
_BEFORE_GLUED_VERB = frozenset("，,；;。：:月年日今间")


# a company's tie to another, as it stands before the company's name (控股股东, 全资子公司, 第一大股东, 二股东)
_TIE = (r"(?:本|该|上市)?(?:公司)?(?:的)?(?:间接)?(?:控股|全资|参股|第[一二三四五六七八九十]大|[一二三四五大]|原|现|所属)?"
        r"(?:股东|子公司|孙公司|母公司|关联方|关联公司|控制人)")
# what stands before a company's name at the head of a clause and is no part of it: the tie, or a heading's word
_TIE_BEFORE = re.compile(r"(?:而|但|其|由|经)?(?:" + _TIE + r"|央企|项目公司|公司简介|企业简介|简介)")
# the tie between two companies inside one span (宝石集团|二股东|东旭集团), or a joining word (广药集团|与|鸿道集团)
_TIE_BETWEEN = re.compile(r"(?<=公司|集团|银行|证券|控股|股份)(?:与|和|及)|" + _TIE)
# what before a tie names no company: a reference (公司控股股东 is the tie's own)
_GENERIC_BEFORE_TIE = frozenset({"公司", "集团", "本公司", "该公司", "上市公司", "本集团", "该集团"})
_COMPANY_ENDS = ("公司", "集团", "银行", "证券", "控股", "股份", "基金", "保险")
# a name left after a tie is cut must have at least these letters
_MIN_NAME = 3


def settle_body_spans(mentions: list[Mention], text: str, table: TokenTable | None, original: str = "") -> list[Mention]:
    """The four settlements of this module, in order (see the module's docstring).

    ``text`` is the normalised text; ``original`` the document's (a new or moved span's ``text`` is read there).
    """
    out = cut_company_ties(trim_date_letters(mentions, text, original), text, original)
    if table is None:
        return out
    if any(m.label is Label.ORGANIZATION and (")" in m.simplified or "）" in m.simplified) for m in out):
        out = join_bracketed_qualifiers(out, text, table, original)
    if "任" in text or "于" in text:
        out = bodies_before_company_titles(out, text, table, original)
    if "公司" in text:
        out = extend_companies_to_places(out, text, table, original)
    return out


def _respan(m: Mention, start: int, end: int, text: str, original: str) -> Mention:
    source = original or text
    return replace(m, start=start, end=end, text=source[start:end], simplified=text[start:end], canonical="")


def trim_date_letters(mentions: list[Mention], text: str, original: str = "") -> list[Mention]:
    """A name opening with 年/月/日/号 right after a digit starts after that letter (2009年9月|华油… read as
    月华油…); one left shorter than two letters is dropped, and so is one left a preposition and a body's kind alone
    (12日|向|公司|董事会提交 read as 日向公司: ``_REFERENCES``).

    >>> from zhkg.records import Mention, Label
    >>> t = "自2009年9月华油科技股份有限公司成立"
    >>> [m.simplified for m in trim_date_letters([Mention("d", 7, 18, t[7:18], t[7:18], Label.ORGANIZATION, "crf")], t)]
    ['华油科技股份有限公司']
    """
    out = []
    for m in mentions:
        if m.label in (Label.PERSON, Label.PLACE, Label.ORGANIZATION) and m.start > 0 \
                and text[m.start:m.start + 1] in _DATE_LETTERS and text[m.start - 1] in _DIGITS:
            rest = text[m.start + 1:m.end]
            if len(rest) < 2 or rest[0] in _PREPOSITIONS and rest[1:] in _REFERENCES:
                continue
            m = _respan(m, m.start + 1, m.end, text, original)
        out.append(m)
    return out


def cut_company_ties(mentions: list[Mention], text: str, original: str = "") -> list[Mention]:
    """Organisations less a company's tie to another read into them (控股股东|中车集团), and a span holding two
    companies as two (宝石集团|二股东|东旭集团, 广药集团|与|鸿道集团); see the module's docstring.

    >>> from zhkg.records import Mention, Label
    >>> t = "公司控股股东中车集团拟认购。宝石集团二股东东旭集团受让。广药集团与鸿道集团签订协议。"
    >>> def org(name):
    ...     at = t.index(name)
    ...     return Mention("d", at, at + len(name), name, name, Label.ORGANIZATION, "crf")
    >>> [m.simplified for m in cut_company_ties([org("公司控股股东中车集团"), org("宝石集团二股东东旭集团"),
    ...                                           org("广药集团与鸿道集团")], t)]
    ['中车集团', '宝石集团', '东旭集团', '广药集团', '鸿道集团']
    """
    pieces: dict[int, list[Mention]] = {}  # id of a mention cut -> what is left of it
    for m in mentions:
        if m.label is not Label.ORGANIZATION:
            continue
        name, moved = text[m.start:m.end], m
        lead = _TIE_BEFORE.match(name)
        if lead and len(name) - lead.end() >= _MIN_NAME:
            moved = _respan(m, m.start + lead.end(), m.end, text, original)
            name = text[moved.start:moved.end]
        between = next((b for b in _TIE_BETWEEN.finditer(name) if b.start() >= _MIN_NAME and len(name) - b.end() >= _MIN_NAME
                        and name.endswith(_COMPANY_ENDS) and name[:b.start()] not in _GENERIC_BEFORE_TIE), None)
        if between is not None:
            second = moved.start + between.end()
            lead = _TIE_BEFORE.match(text, second, moved.end)  # 广新集团与|公司控股股东|工贸集团
            if lead and moved.end - lead.end() >= _MIN_NAME:
                second = lead.end()
            pieces[id(m)] = [_respan(moved, moved.start, moved.start + between.start(), text, original),
                             _respan(moved, second, moved.end, text, original)]
        elif moved is not m:
            pieces[id(m)] = [moved]
    if not pieces:
        return mentions
    # a cut name may be one another reader found too: it is kept once
    spans = {(m.start, m.end) for m in mentions if m.label is Label.ORGANIZATION and id(m) not in pieces}
    out: list[Mention] = []
    for m in mentions:
        for piece in pieces.get(id(m), [m]):
            if piece is not m and (piece.start, piece.end) in spans:
                continue
            if piece is not m:
                spans.add((piece.start, piece.end))
            out.append(piece)
    return out


def _name_before(end: int, text: str, table: TokenTable) -> int:
    """Where the name written right before position ``end`` starts (``end`` when there is none): words jieba
    does not tag as a verb, preposition, adverb, number or the like, up to a punctuation mark or a space."""
    start, k, taken = end, table.token_of_char[end - 1] if 0 < end <= len(table.token_of_char) else -1, 0
    while k >= 0 and taken < _MAX_NAME_WORDS:
        word = table.words[k]
        if word.end != start or word.is_space or word.is_punct or word.whitespace or word.tag in _NOT_NAME_TAGS \
                or not all("\u4e00" <= ch <= "\u9fff" or ch.isascii() and ch.isalpha() for ch in word.text) \
                or word.text.endswith(_BODY_ENDS):
            break  # (a company listed before it ends the name: …有限公司|北美枫情(上海)商贸有限公司)
        if word.text[0] in _PREPOSITIONS and len(word.text) > 1 and (
                word.tag == "x" or k > 0 and table.words[k - 1].tag.startswith("v")):
            return word.idx + 1  # a preposition jieba glued to the name's first letters (就职|于东海|证券)
        start, k, taken = word.idx, k - 1, taken + 1
    return start


def join_bracketed_qualifiers(mentions: list[Mention], text: str, table: TokenTable,
                              original: str = "") -> list[Mention]:
    """An organisation whose closing bracket has no opening one starts before the bracket, with the name written
    before it (香港）有限公司 → 新纶科技（香港）有限公司; 长城证券 + 汇通）深圳二部 → one name); with no name before
    the bracket, it is none. Names it then holds are its parts: places stay beside it, the rest yield. A text that
    opens no bracket before it (a passage starting inside one) leaves it as it is."""
    index = SpanIndex(mentions)
    drop: set[int] = set()
    joined: list[Mention] = []
    for m in mentions:
        if m.label is not Label.ORGANIZATION or id(m) in drop:
            continue
        name = text[m.start:m.end]
        close = next((i for i, ch in enumerate(name) if ch in _CLOSERS), -1)
        if close < 0 or any(ch in _OPENERS for ch in name[:close]):
            continue
        open_at = max(text.rfind(o, 0, m.start) for o in _OPENERS)
        if open_at < 0:
            continue  # the text opens no bracket before it (a passage that starts inside one): leave it
        drop.add(id(m))
        if not _QUALIFIER.fullmatch(text[open_at + 1:m.start + close]):
            continue  # no qualifier bracketed right before it: no name
        start = _name_before(open_at, text, table)
        if open_at - start < 2:
            continue
        if _LATIN_SHORT_FORM.fullmatch(text[open_at + 1:m.start + close]) \
                and text.endswith(_OWN_NAME_HEADS, start, open_at):
            continue  # 人民公正党（PKR|）国会: the body ends before its own short form; the piece after it is none
        whole = _respan(m, start, m.end, text, original)
        for other in index.overlapping(whole):
            if other is not m and not (other.label is Label.PLACE and start <= other.start and other.end <= m.end):
                drop.add(id(other))
        joined.append(whole)
    if not drop:
        return mentions
    return replaced(mentions, drop, joined)


def _company_name(start: int, end: int, text: str, table: TokenTable, glued: bool = False) -> bool:
    """Whether ``text[start:end]``, between a verb of taking a post and a company officer's title, can be a
    company's name: whole words, none a verb or the like first, no generic reference, role, unit or region,
    and not one ordinary word of jieba's dictionary (项目, 销售). ``glued``: jieba glued the verb to the name's
    first letters, in a word of its own making (任欣旺|达)."""
    name = text[start:end]
    if name.startswith(_NOT_COMPANY_START) or _NOT_COMPANY_WORDS.search(name):
        return False
    if end not in table.ends:
        return False
    if glued:
        return True
    if start not in table.starts:
        return False
    first = table.word_at(start)
    if first is None or first.tag in _NOT_NAME_TAGS:
        return False
    return not (first.end == end and first.tag not in ("x", "nz", "nt", "j", "nrt"))


def bodies_before_company_titles(mentions: list[Mention], text: str, table: TokenTable,
                                 original: str = "") -> list[Mention]:
    """The company between a verb of taking a post and a company officer's title (任|欣旺达|总经理, 担任|辉煌科技|
    董事长), and in each next post of the list the verb opens in its clause (现任公司董事、|湖南粮油|副董事长), where no
    organisation is read there and any person read there is the recogniser's: it yields to the company. A place
    inside the name stays beside it; a place that is all of it (任北京董事长) is no company."""
    index: SpanIndex | None = None  # made at the first match: most texts have none
    drop: set[int] = set()
    added: list[Mention] = []
    candidates: list[tuple[int, int, int]] = []  # (where the clash check starts, start, end)
    for match in _APPOINTED.finditer(text):
        start, end = match.span(1)
        verb = table.word_at(match.start())
        if verb is None or verb.idx != match.start():
            continue  # 主任|董事, 责任: the verb must start a word
        glued = verb.end > start and verb.tag == "x" and match.start() > 0 and start - match.start() == 1 \
            and text[match.start() - 1] in _BEFORE_GLUED_VERB
        if verb.end == start or glued:
            if _company_name(start, end, text, table, glued):
                candidates.append((match.start(), start, end))
            clause = _CLAUSE_END.search(text, match.end())
            at, stop = match.end(), clause.start() if clause else len(text)
            while (listed := _LISTED_POST.search(text, at, stop)) is not None:
                if _company_name(*listed.span(1), text, table):
                    candidates.append((listed.start(1), *listed.span(1)))
                at = listed.end()
    for check_from, start, end in candidates:
        if index is None:
            index = SpanIndex(mentions)
        clash = index.overlapping(Mention("", check_from, end, "", "", Label.ORGANIZATION, ""))
        if any(o.label is Label.ORGANIZATION or (o.label is Label.PERSON and o.extractor != MentionSource.RECOGNISER)
               or (o.label is Label.PLACE and (not (start <= o.start and o.end <= end) or o.span == (start, end)))
               for o in clash):
            continue  # (a place inside the company's name stays beside it: 湖南|粮油; one that is all of it is none)
        drop.update(id(o) for o in clash if o.label is not Label.PLACE or o.extractor == MentionSource.RECOGNISER)
        source = original or text
        added.append(Mention(mentions[0].doc_id if mentions else "", start, end, source[start:end], text[start:end],
                             Label.ORGANIZATION, MentionSource.ORG_BEFORE_TITLE))
    if not added:
        return mentions
    return replaced(mentions, drop, added)


# a company's legal form, which ends its full registered name (大连…技术有限公司)
_LEGAL_FORM_END = re.compile(r"(?:有限责任公司|股份有限公司|有限公司|股份公司|集团公司)$")
_MAX_TRADE_NAME = 4
# words that join a place to a company as a clause does, never inside a trade name (北京|发布|华光有限公司)
_CLAUSE_WORDS = frozenset({"称", "说", "表示", "发布", "宣布", "成立", "收购", "投资", "入股", "签约", "控股", "旗下",
                           "下属", "所属", "属下", "注册", "设立", "组建", "联合", "携手", "合资", "独资", "一家", "家"})
_NOT_TRADE_TAGS = frozenset({"p", "c", "u", "uj", "ul", "r", "m", "q", "t", "f", "d", "y", "e"})


def _trade_name(start: int, end: int, text: str, table: TokenTable) -> bool:
    """Whether ``text[start:end]``, between a place and a company's name that follows it, is a trade name of a
    few letters: Han letters only, whole words, none a function word or a clause's verb, no other company."""
    if not 0 < end - start <= _MAX_TRADE_NAME or not all("\u4e00" <= ch <= "\u9fff" for ch in text[start:end]):
        return False
    if "公司" in text[start:end] or "集团" in text[start:end] or start not in table.starts:
        return False
    k = table.token_of_char[start]
    while k >= 0 and k < len(table.words) and table.words[k].idx < end:
        word = table.words[k]
        if word.tag in _NOT_TRADE_TAGS or word.text in _CLAUSE_WORDS:
            return False
        k += 1
    return True


def extend_companies_to_places(mentions: list[Mention], text: str, table: TokenTable,
                               original: str = "") -> list[Mention]:
    """A company's registered name that starts a few letters after a place starts at the place: the letters
    between are its trade name (大连|洁净|易超净技术有限公司 → 大连洁净易超净技术有限公司, 深圳市|新纶先进|材料科学
    研究院有限公司), which neither the recogniser nor the grammar reads when jieba tags it a verb or an adjective."""
    places = {m.end: m for m in mentions if m.label is Label.PLACE}
    index: SpanIndex | None = None  # made at the first candidate
    drop: set[int] = set()
    grown: list[Mention] = []
    for m in mentions:
        if m.label is not Label.ORGANIZATION or id(m) in drop or not _LEGAL_FORM_END.search(m.simplified):
            continue
        for gap in range(1, _MAX_TRADE_NAME + 1):
            place = places.get(m.start - gap)
            if place is None:
                continue
            if not _trade_name(place.end, m.start, text, table):
                break
            whole = _respan(m, place.start, m.end, text, original)
            if index is None:
                index = SpanIndex(mentions)
            clash = [o for o in index.overlapping(whole) if o is not m]
            if any(o.label is not Label.PLACE and not (whole.start <= o.start and o.end <= whole.end) for o in clash):
                break  # a name runs across the place's start
            drop.add(id(m))
            drop.update(id(o) for o in clash if o.label is not Label.PLACE)
            grown.append(whole)
            break
    if not grown:
        return mentions
    return replaced(mentions, drop, grown)



def opens_with_named_body(m: Mention, table: TokenTable | None) -> bool:
    """Whether a grammar organisation opens with a body jieba's dictionary names (tag nt, three letters or more)
    and goes on past it: evidence enough that it names one body where the recogniser read nothing
    (清华大学|法学院; not 上市公司|集团, a kind the dictionary tags nt too)."""
    if table is None or m.extractor != MentionSource.ORG_SUFFIX:
        return False
    first = table.word_at(m.start)
    return first is not None and first.idx == m.start and first.end < m.end and first.tag == "nt" \
        and len(first.text) >= 3 and not first.text.endswith("公司")  # the dictionary's 上市公司, 子公司: kinds


_SCHOOLS = ("大学", "学院")
# a school's unit: its own field (法, 经济管理) and the unit's kind
_SCHOOL_UNIT = re.compile(r"[\u4e00-\u9fff]{1,6}(?:学院|研究院|研究所|研究中心|系|附属医院|医院)")


def school_unit(name: str, tail: str) -> bool:
    """Whether ``tail``, written right after the university or college ``name``, names a unit of it (海南大学|法学院,
    天津财经大学|会计学院, 北京大学|中文系): the two are one name, as People's Daily writes it.

    >>> school_unit("海南大学", "法学院"), school_unit("海南大学", "学生会"), school_unit("海南省", "法学院")
    (True, False, False)
    """
    return name.endswith(_SCHOOLS) and _SCHOOL_UNIT.fullmatch(tail) is not None
