"""Short forms news writes for a name it has given in full, which take no letter from the name's opening words
(issue 15, aliases within a document).

* **A body's contraction after its qualifier.** A public body's name often opens with what places it: a place
  (香港|贸易发展局), the state (国家|发展和改革委员会) or the body it belongs to (行政院|大陆委员会). Its contraction
  takes letters of the rest in order, from one of its first two letters, and ends in a letter of its head:
  贸发局, 发改委, 陆委会 (:func:`qualified_abbreviations`). The first-letter contractions (首规委 of
  首都规划建设委员会) are :func:`zhkg.extract.alias_mentions._abbreviations`'.
* **A company's contraction.** A company's name contracts to two letters taken from two words of its name and a
  company or trade word the name carries: 浦发银行 of 上海浦东发展银行股份有限公司, 首创集团 of 北京首都创业集团,
  上汽集团 of 上海汽车集团股份有限公司 (:func:`contracted_company_names`). Two letters the name writes side by
  side are no contraction (中国银行 is no short form of 中国人民银行: another bank).
* **A person's surname and title.** A person named in full is later their surname and a title (李家超 … 李特首,
  卓荣泰 … 卓院长) when the document names no other person of that surname (:func:`titled_surnames`), or their
  surname after 老 or 小 (王建国 … 老王: :func:`familiar_surnames`).
* **A federation's or an association's contraction** ends in 联 of 联合会 or 协 of 协会 (全国妇联 of
  中华全国妇女联合会, 中国足协 of 中国足球协会: :func:`qualified_abbreviations`).
* **Names the document reads alone** (joined at resolution, one name of the document to another): a state body
  less the state's word it opens with (统计局 of 国家统计局: :func:`state_body_remainders`), and a company's
  trade name less its place (京东 of 北京京东世纪贸易有限公司) or the first letters of its parts (中石油 of
  中国石油天然气集团公司, 东航 of 中国东方航空股份有限公司: :func:`recognised_short_names`).

Each function reads one name and the text; a long document costs one scan of the text for each of a name's few
candidate letters, never a comparison of every pair of its names.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from zhkg.extract.company_words import SHORT_FORM_DROPS, legal_form
from zhkg.text import word_at

__all__ = ["ADDRESS_FORMS", "address_at", "contracted_company_names", "contractions_in_text", "familiar_surnames", "placed_elsewhere",
           "qualified_abbreviations", "qualifier_length", "recognised_short_names", "state_body_remainders", "surname_stands_alone",
           "surnames_alone", "titled_surnames"]

_HAN = re.compile("[\u4e00-\u9fff]+")

#: Words naming the state that open a body's name and stay out of its contraction (国家|发展和改革委员会).
_STATE_WORDS = ("中华人民共和国", "国家", "中华", "中国")
#: The heads of a parent body that opens a body's name (行政院|大陆委员会, 香港特区政府|教育局).
_PARENT_HEADS = ("院", "政府")
# the heads of public bodies a contraction ends in a letter of (as alias_mentions._ABBREVIATED_HEADS)
_ABBREVIATED_HEADS = frozenset("部委会局院厅署办")
#: Heads a contraction ends in the first letter of, not the last (全国妇联 of …妇女联合会, 足协 of 足球协会): the
#: contraction may be two letters after a qualifier (中国|足协) and five letters long (全国工商联).
_FIRST_LETTER_HEADS = {"联合会": "联", "协会": "协"}


def qualifier_length(name: str, places: Collection[str] = frozenset()) -> int:
    """How many letters of ``name`` (Simplified) are its qualifier: a place, the state's name or a parent body
    it opens with, leaving four letters or more; 0 when it opens with none.

    >>> qualifier_length("香港贸易发展局"), qualifier_length("国家发展和改革委员会"), qualifier_length("行政院大陆委员会")
    (2, 2, 3)
    >>> qualifier_length("首都规划建设委员会")
    0
    """
    from zhkg.extract.company_aliases import _leading_place

    state = next((w for w in _STATE_WORDS if name.startswith(w) and len(name) - len(w) >= 4), "")
    if state:
        return len(state)
    place = _leading_place(name, frozenset(places))
    if place and len(name) - len(place) >= 4:
        return len(place)
    for k in range(3, min(len(name) - 4, 6) + 1):
        if name[:k].endswith(_PARENT_HEADS):
            return k
    return 0


def qualified_abbreviations(name: str, head: str, text: str, places: Collection[str] = frozenset(),
                            starts: dict[str, list[int]] | None = None, whole: bool = False) -> set[str]:
    """The contractions of body ``name`` (Simplified, ending in ``head``) after its qualifier that ``text``
    writes: three or four letters of the rest in order, the first of them one of its first two letters, the last
    a letter of the head, and not written in the name as they stand. ``starts``: where letters occur in ``text``
    (filled as needed); ``whole``: a name without a qualifier too (首规委 of 首都规划建设委员会).

    >>> sorted(qualified_abbreviations("香港贸易发展局", "局", "香港贸易发展局称，贸发局将…"))
    ['贸发局']
    >>> sorted(qualified_abbreviations("行政院大陆委员会", "委员会", "陆委会今天说"))
    ['陆委会']
    >>> qualified_abbreviations("香港旅游发展局", "局", "香港贸易发展局称，贸发局将…")
    set()
    >>> qualified_abbreviations("上海地板协会", "协会", "仿古地板会在我们当中普及")
    set()
    >>> sorted(qualified_abbreviations("中国证券监督管理委员会", "委员会", "中国证监会称"))
    ['中国证监会', '证监会']
    >>> sorted(qualified_abbreviations("中华全国妇女联合会", "联合会", "全国妇联主席"))
    ['全国妇联']
    >>> sorted(qualified_abbreviations("中国足球协会", "协会", "中国足协称"))
    ['中国足协', '足协']
    """
    q = qualifier_length(name, places)
    core = name[q:]
    last = _FIRST_LETTER_HEADS.get(head, "")
    if not (q or whole) or not (last or any(ch in _ABBREVIATED_HEADS for ch in head)) \
            or not _HAN.fullmatch(core):
        return set()
    lengths = (2, 3, 4, 5) if last else (3, 4)
    starts = {} if starts is None else starts
    found = set()
    # after a qualifier, the first word may be contracted to its second letter (大陆委员会: 陆委会)
    for first in sorted(set(core[:2] if q else core[:1])):
        if first not in starts:
            starts[first] = _find_all(text, first)
        for i in starts[first]:
            for length in lengths:
                short = text[i:i + length]
                # two letters take the first word's first letter (足协), never its second (球协); from the second,
                # the first is not written before it (国妇联 is part of 全国妇联)
                if len(short) == length and (short[-1] == last if last else (
                        short[-1] in head and short[-1] in _ABBREVIATED_HEADS)) \
                        and (length > 2 or first == core[0]) \
                        and (first == core[0] or text[i - 1:i] != core[0]) \
                        and not (last and placed_elsewhere(text, i, name[:q], places)) \
                        and short not in name and not _modal_after_part(short, name, head) \
                        and _contracts(short, core, core.index(first)):
                    found.add(short)
                    if q and text.startswith(name[:q], i - q):
                        found.add(name[:q] + short)  # the qualifier kept: 中国|证监会, 国家|发改委
    return found


#: The company and trade words a contracted company name ends in, when the full name carries them.
_CONTRACTED_WORDS = ("集团", "银行", "证券", "保险", "控股", "股份", "汽车", "地产", "置业", "航空")
#: Past this many occurrences of a company word, the rest of a long text is not read for contractions.
_MOST_PLACES = 500


def contracted_company_names(name: str, text: str, places: Collection[str] = frozenset(),
                             where: dict[str, list[int]] | None = None) -> set[str]:
    """The contracted names of company ``name`` (Simplified) that ``text`` writes: two letters of its name before
    a company word, in order and not side by side, the first the name's first letter or the first after a place
    it opens with, then that company word. ``where``: where words occur in ``text`` (filled as needed).

    >>> sorted(contracted_company_names("上海浦东发展银行股份有限公司", "浦发银行董事会…", {"上海"}))
    ['浦发银行']
    >>> sorted(contracted_company_names("上海汽车集团股份有限公司", "上汽集团表示…", {"上海"}))
    ['上汽集团']
    >>> contracted_company_names("中国人民银行", "中国银行表示…", {"中国"})
    set()
    """
    from zhkg.extract.company_aliases import _is_place

    base = name[:len(name) - len(legal_form(name))]
    where = {} if where is None else where
    found = set()
    for word in _CONTRACTED_WORDS:
        at = base.rfind(word)
        if at < 3:
            continue
        if word not in where:
            where[word] = _find_all(text, word)[:_MOST_PLACES]
        if not where[word]:
            continue
        stem = base[:at]
        # the first letter after any place the name opens with (上海|浦东|发展银行: 浦发银行)
        firsts = [0] + [k for k in range(2, min(len(stem) - 2, 6) + 1) if _is_place(stem[:k], frozenset(places))]
        pairs = {stem[i] + stem[j] for i in firsts for j in range(i + 2, len(stem))}
        for p in where[word]:
            pair = text[max(p - 2, 0):p]
            if pair in pairs and _HAN.fullmatch(pair) and pair + word not in name:
                found.add(pair + word)
    return found


#: The forms of address a surname takes for someone the document names in full (刘先生, 范指导, 王大娘): not a
#: wife's or a relative's (王太太, 王夫人, 师母, 嫂, 婶: another person, called by a husband's surname), nor a
#: family's, a clan's or an anonymous one's (王家, 王氏, 刘某).
ADDRESS_FORMS = ("先生", "女士", "小姐", "老师", "师傅", "同学", "医生", "大夫", "老板", "大叔", "大姐", "阿姨",
                 "大爷", "大妈", "大娘", "大伯", "大哥", "奶奶", "爷爷", "伯伯", "叔叔", "指导", "总", "董")


def address_at(text: str, at: int, surname_at: int) -> str:
    """The form of address (:data:`ADDRESS_FORMS`) ``text`` writes at ``at`` after a surname written at
    ``surname_at``, when no word of jieba's dictionary runs over the surname and the form (示范|指导, 王总|结), its
    end unless a person's verb follows (张总|表示): "" if none.

    >>> address_at("刘先生说", 1, 0), address_at("示范指导", 2, 1), address_at("王总结说", 1, 0)
    ('先生', '', '')
    """
    from zhkg.extract.foreign_people_by_context import PERSON_VERBS

    form = next((f for f in ADDRESS_FORMS if text.startswith(f, at)), "")
    end = at + len(form)
    return form if form and not _word_over(text, surname_at, end, edge=not text.startswith(PERSON_VERBS, end)) else ""


def titled_surnames(people: Collection[str], text: str, surnames: Collection[str],
                    roles_by_first: dict[str, list[str]], *, addresses: bool = False) -> dict[str, str]:
    """Each surname-and-title form ``text`` writes (李特首) to the one person of ``people`` (Simplified names of
    two to four Han letters) with that surname; a surname two people share names neither. With ``addresses``, a
    surname and a form of address too (范指导, 刘先生: :func:`address_at`).

    ``roles_by_first``: the title words by their first letter, longest first.

    >>> titled_surnames(["李家超", "陈茂波"], "李家超出席。李特首表示…", {"李", "陈"}, {"特": ["特首"]})
    {'李特首': '李家超'}
    >>> titled_surnames(["李家超", "李慧琼"], "李特首表示…", {"李"}, {"特": ["特首"]})
    {}
    >>> titled_surnames(["范斌"], "主教练范斌。范指导说…", {"范"}, {}, addresses=True)
    {'范指导': '范斌'}
    """
    found = {}
    for surname, owner in sorted(_one_person_of_surname(people, surnames, roles_by_first).items()):
        first = text.find(owner)
        if first < 0:
            continue
        # the title follows the full name: a reader meets 李家超 before 李特首
        for i in _find_all(text, surname, after=first + len(owner)):
            at = i + len(surname)
            role = word_at(roles_by_first, text, at)
            if not role and addresses and not text.startswith(owner, i):
                role = address_at(text, at, i)
            if role:
                found[surname + role] = owner
    return found


#: The state's words a body's name opens with that news leaves out once it has named the body (国家|统计局).
_STATE_OPENINGS = ("中华人民共和国", "国家", "中央", "政府")
#: The heads of a state body (a bureau, an administration, a ministry, a commission, an office).
_STATE_BODY_HEADS = ("局", "署", "部", "委员会", "委", "办公室")
#: The central government's or Hong Kong's government's word before an agency's or a department's name (中央气象署,
#: 政府新闻处), and the heads after which the rest is that body's short form (气象署, 新闻处; orgs311): a bureau, an
#: administration or a department, never a commission (中央纪委 … 纪委 may be a province's).
_OFFICE_OPENINGS = ("中央", "政府")
_OFFICE_HEADS = ("局", "署", "处")


def state_body_remainders(orgs: Collection[str]) -> dict[str, str]:
    """Each of a document's organisation names ``orgs`` (Simplified) that is another of them less the state's word
    it opens with (统计局 of 国家统计局, 外交部 of 中华人民共和国外交部), to that name; never when a third name ends
    in it too (山东省统计局: the bare name is either bureau).

    >>> state_body_remainders(["国家统计局", "统计局", "国家税务总局"])
    {'统计局': '国家统计局'}
    >>> state_body_remainders(["中央气象署", "气象署", "政府新闻处", "新闻处", "中央纪委", "纪委"])
    {'气象署': '中央气象署', '新闻处': '政府新闻处'}
    >>> state_body_remainders(["国家统计局", "统计局", "山东省统计局"])
    {}
    """
    names = set(orgs)
    out = {}
    for full in sorted(names):
        word = next((w for w in _STATE_OPENINGS if full.startswith(w)), "")
        rest = full[len(word):]
        heads = _OFFICE_HEADS if word in _OFFICE_OPENINGS else _STATE_BODY_HEADS
        if word and len(rest) >= 3 and rest.endswith(heads) and rest in names \
                and not any(o.endswith(rest) and o not in (full, rest) for o in names):
            out[rest] = full
    return out




def recognised_short_names(orgs: Collection[str], places: Collection[str] = frozenset()) -> dict[str, str]:
    """Each short name of two or three letters among a document's organisation names ``orgs`` (Simplified) that
    stands for exactly one company named in full there, to that name: its trade name after its place, not the
    state's 中国 (京东 of 北京|京东|世纪贸易有限公司, two letters more before the legal ending), or the first letters of its
    parts, 中 for 中国 (中石油 of 中国|石油|天然气|集团公司, 东航 of 中国|东方|航空…). Never a place, a company
    word (北京|汽车…), a place the document names, a short name another name of the document opens (新华 beside 新华社), nor a short name two
    companies share (中石油 beside 中国石油化工集团公司 too).

    >>> recognised_short_names(["中国石油天然气集团公司", "中石油", "京东", "北京京东世纪贸易有限公司"])
    {'中石油': '中国石油天然气集团公司', '京东': '北京京东世纪贸易有限公司'}
    >>> recognised_short_names(["北京新华印刷有限公司", "新华", "新华社"])
    {}
    """
    names = sorted(n for n in set(orgs) if _HAN.fullmatch(n))
    if len(names) > _MOST_NAMES:
        return {}
    places = frozenset(places)
    fulls = [n for n in names if len(n) >= 6 and n.endswith(("公司", "集团"))]
    owners: dict[str, set[str]] = {}
    for short in names:
        # a place the document names is no company's short name (jieba's places are: 京东 is a place of its)
        if 2 <= len(short) <= 3 and short not in places and short not in _CONTRACTED_WORDS:
            for full in fulls:
                # its first letter is the name's first (中) or the first after a place of six letters at most
                if short[0] in full[:7] and _shortens(short, full, places):
                    owners.setdefault(short, set()).add(full)
    return {short: next(iter(full)) for short, full in sorted(owners.items())
            if len(full) == 1 and not any(o.startswith(short) and o != short and o not in full for o in names)}


def _shortens(short: str, full: str, places: frozenset[str]) -> bool:
    """Whether ``short`` is company ``full``'s trade name after its place or the first letters of its parts.

    >>> _shortens("东航", "中国东方航空股份有限公司", frozenset()), _shortens("中海油", "中国海洋石油总公司", frozenset())
    (True, True)
    >>> _shortens("东方", "中国东方航空股份有限公司", frozenset()), _shortens("中国", "中国东方航空股份有限公司", frozenset())
    (False, False)
    """
    from zhkg.extract.company_aliases import _leading_place

    base = next((full[:-len(e)] for e in SHORT_FORM_DROPS if full.endswith(e)), full)
    # 中国 before a company is the state's word, whatever jieba reads past it (中国|海洋, not 中国海|洋)
    place = "中国" if base.startswith("中国") else _leading_place(base, places)
    core = base[len(place):]
    if len(core) < 2:
        return False
    if len(short) == 2 and place and place != "中国" and core.startswith(short):
        return len(core) >= 4  # 京东 of 京东|世纪贸易: the trade name, a trade after it
    letters = short[1:] if place == "中国" and short[0] == "中" else short
    # the letters of two parts at least, never as written (东方 of 中国|东方航空 is a word: 东方 names many firms)
    return len(letters) >= 2 and short not in base and _contracts(letters, core, 0)


def familiar_surnames(people: Collection[str], text: str, surnames: Collection[str],
                      roles_by_first: dict[str, list[str]]) -> dict[str, str]:
    """Each 老 or 小 and a surname ``text`` writes after the full name of the one person of ``people`` with that
    surname (王建国 … 老王), to that person, when each place the text writes it reads as a person: no word across
    its edges (古老|王朝, 小|王子, 老黄牛), it opens no full name (小宋佳: a pet name), and jieba's dictionary
    holds it as no common word (小米, 老马), unless a person's verb follows (小张|说).

    >>> familiar_surnames(["王建国"], "王建国养蜂。老王说，收成不错。", {"王"}, {})
    {'老王': '王建国'}
    >>> familiar_surnames(["黄志刚"], "黄志刚是一头老黄牛。", {"黄"}, {})
    {}
    >>> familiar_surnames(["刘德明", "刘志强"], "刘德明和刘志强。老刘说", {"刘"}, {})
    {}
    """
    from zhkg.extract.foreign_people_by_context import PERSON_VERBS
    from zhkg.stages.segment import dictionary_tag

    found = {}
    for surname, owner in sorted(_one_person_of_surname(people, surnames, roles_by_first).items()):
        if len(surname) != 1:
            continue
        first = text.find(owner)
        for form in ("老" + surname, "小" + surname):
            where = _find_all(text, form)
            tag = dictionary_tag(form)
            if first < 0 or not where or where[0] < first + len(owner) or tag not in ("x", "nr", "n"):
                continue
            # a person's verb after it is read before a word across its end (老陈|说, not 陈说)
            # 小 before the full name is a pet name, whole (小宋佳), no 小宋
            if all(not text.startswith(owner, i + 1)
                   and not _word_over(text, i, i + 2, edge=not text.startswith(PERSON_VERBS, i + 2))
                   and (tag != "n" or text.startswith(PERSON_VERBS, i + 2)) for i in where):
                found[form] = owner
    return found


#: What after a surname alone makes it someone else of that surname: a relative by marriage or kin (王太太, 王母), a
#: family or clan (王家, 王氏), someone left unnamed (王某), the word surname itself (王姓)
_OTHER_OF_SURNAME = ("太太", "夫人", "师母", "嫂", "婶", "妻", "母", "父", "姐", "妹", "哥", "弟", "家", "氏", "某", "姓")


def surnames_alone(people: Collection[str], text: str, surnames: Collection[str],
                   roles_by_first: dict[str, list[str]]) -> dict[str, tuple[str, int]]:
    """Each one-letter surname of the one person of ``people`` (Simplified names of two to four Han letters) with
    it, to that person and where ``text`` first writes the name in full: what the surname standing alone after that
    names (范斌 … 范|总结说; :func:`surname_stands_alone`). A surname two people share names neither.

    >>> surnames_alone(["范斌", "郭艾伦"], "主教练范斌。范总结说", {"范", "郭"}, {})
    {'范': ('范斌', 3)}
    >>> surnames_alone(["刘建华", "刘德明"], "刘建华和刘德明。刘说", {"刘"}, {})
    {}
    """
    found = {}
    for surname, owner in sorted(_one_person_of_surname(people, surnames, roles_by_first).items()):
        if len(surname) == 1 and (first := text.find(owner)) >= 0:
            found[surname] = (owner, first)
    return found


def surname_stands_alone(text: str, start: int, end: int, roles_by_first: dict[str, list[str]]) -> bool:
    """Whether the surname ``text[start:end]`` stands alone for a person called by it (范|总结说, 袁|老就是): no
    老 or 小 before it, no title, form of address, relative's word, family's word or 某 after it (王太太, 王家, 王某:
    another person, or one the surname's own rules read), and no word of jieba's dictionary over its edges.

    >>> [surname_stands_alone(t, 0, 1, {}) for t in ("范总结说", "袁老就是", "王太太说", "王某说", "王家的")]
    [True, True, False, False, False]
    >>> surname_stands_alone("老王说", 1, 2, {}), surname_stands_alone("李局长说", 0, 1, {"局": ["局长"]})
    (False, False)
    """
    if text[start - 1:start] in ("老", "小") or text.startswith(_OTHER_OF_SURNAME, end) or address_at(text, end, start):
        return False
    if word_at(roles_by_first, text, end):
        return False
    return not _word_over(text, start, end)


def _word_over(text: str, start: int, end: int, *, edge: bool = True) -> bool:
    """Whether a word of jieba's dictionary (two to four letters) runs over the start of ``text[start:end]``, over
    its end (unless ``edge`` is false) or holds it inside a longer word (老黄牛).

    >>> _word_over("古老王朝", 1, 3), _word_over("小王子", 0, 2), _word_over("老王说", 0, 2)
    (True, True, False)
    >>> _word_over("老陈说", 0, 2), _word_over("老陈说", 0, 2, edge=False)
    (True, False)
    """
    from zhkg.stages.segment import dictionary_tag

    for i in range(max(0, start - 3), end):
        for j in range(i + 2, min(len(text), i + 4) + 1):
            if (i < start < j or (edge and i < end < j) or (i == start and j > end)) \
                    and dictionary_tag(text[i:j]) != "x":
                return True
    return False


def _one_person_of_surname(people: Collection[str], surnames: Collection[str],
                           roles_by_first: dict[str, list[str]]) -> dict[str, str]:
    """Each surname to the one person of ``people`` (Simplified names of two to four Han letters) with it; a
    surname two people share is left out."""
    by_surname: dict[str, set[str]] = {}
    for person in sorted(set(people)):
        if 2 <= len(person) <= 4 and _HAN.fullmatch(person):
            # a compound surname first (欧阳), then a single one
            surname = next((person[:k] for k in (2, 1) if len(person) > k and person[:k] in surnames), "")
            rest = person[len(surname):]
            # a surname and a title or a form of address is no full name (李特首, 刘先生)
            if surname and rest not in roles_by_first.get(rest[:1], ()) and rest not in ADDRESS_FORMS:
                by_surname.setdefault(surname, set()).add(person)
    return {surname: next(iter(owners)) for surname, owners in by_surname.items() if len(owners) == 1}


#: Past this many organisation names, a document's names are not compared for contractions (a cap on the time).
_MOST_NAMES = 400


def contractions_in_text(names: Collection[str], text: str, places: Collection[str],
                         heads: tuple[str, ...]) -> dict[str, str]:
    """Each contraction ``text`` writes of exactly one of a document's organisation ``names`` (Simplified), to
    that name: :func:`qualified_abbreviations` (a name's own first letter first too) and
    :func:`contracted_company_names`. ``heads``: the bodies' heads, longest first.

    >>> contractions_in_text(["首都规划建设委员会"], "首规委办公室负责人", (), ("委员会",))
    {'首规委': '首都规划建设委员会'}
    >>> contractions_in_text(["上海汽车集团", "上海大众汽车集团"], "上汽集团称", {"上海"}, ())
    {}
    """
    names = sorted(n for n in set(names) if len(n) >= 5 and _HAN.fullmatch(n))
    if len(names) > _MOST_NAMES:
        return {}
    starts: dict[str, list[int]] = {}
    owners: dict[str, set[str]] = {}
    for name in names:
        head = next((h for h in heads if name.endswith(h)), name[-1])
        for short in qualified_abbreviations(name, head, text, places, starts, whole=True) \
                | contracted_company_names(name, text, places, starts):
            owners.setdefault(short, set()).add(name)
    return {short: next(iter(full)) for short, full in sorted(owners.items()) if len(full) == 1}


#: What places a bare federation's or association's contraction (妇联, 足协) at a level of its own: 全国|妇联,
#: 省|妇联.
_ELSEWHERE = ("全国", "中国", "中华") + tuple("省市县区州镇乡")


def placed_elsewhere(text: str, at: int, qualifier: str, places: Collection[str]) -> bool:
    """Whether ``text`` writes a qualifier other than the name's own ``qualifier`` right before ``at``: a
    level, the nation or a place the document names (全国|妇联 is no 广东省妇女联合会's).

    >>> placed_elsewhere("中华全国妇联", 4, "广东省", ()), placed_elsewhere("广东省妇联", 3, "广东省", ())
    (True, False)
    """
    if qualifier and text.startswith(qualifier, at - len(qualifier)):
        return False
    before = text[max(0, at - 8):at]
    return before.endswith(_ELSEWHERE) or any(before.endswith(p) for p in places if p)


def _modal_after_part(short: str, name: str, head: str) -> bool:
    """Whether ``short`` is a part of ``name`` before its head, as written, and 会: the modal verb after a noun
    (仿古地板会在…: 地板 of 上海地板协会), no contraction (陆委会 takes 委 of the head 委员会).

    >>> _modal_after_part("地板会", "上海地板协会", "协会"), _modal_after_part("陆委会", "行政院大陆委员会", "委员会")
    (True, False)
    """
    at = name.find(short[:-1])
    return short[-1] == "会" and at >= 0 and at + len(short) - 1 <= len(name) - len(head)


def _contracts(short: str, core: str, first: int) -> bool:
    """Whether ``short`` contracts ``core`` from its letter ``first``: each later letter opens a word of ``core``
    or follows the letter taken before it (生产力|局), the last one anywhere after (its head's: 委员|会).

    >>> _contracts("金管会", "金融监督管理委员会", 0), _contracts("生产力局", "生产力促进局", 0)
    (True, True)
    >>> _contracts("国学院", "国医科学院", 0)  # 学 opens no word: 国学院 is another body
    False
    """
    if core[first:first + 1] != short[:1]:
        return False
    starts = _word_starts(core)

    def rest(k: int, prev: int) -> bool:
        if k == len(short):
            return True
        for p in range(prev + 1, len(core)):
            if core[p] == short[k] and (k == len(short) - 1 or p in starts or p == prev + 1) and rest(k + 1, p):
                return True
        return False

    return rest(1, first)


@lru_cache(maxsize=4096)
def _word_starts(core: str) -> frozenset[int]:
    """Where jieba's words of ``core`` begin, a word of four letters or more read as words of two (监督|管理,
    药品|监督|管理|局 of the one word 药品监督管理局).

    >>> sorted(_word_starts("药品监督管理局"))
    [0, 2, 4, 6]
    """
    from zhkg.stages.segment import jieba_words

    out, at = set(), 0
    for word in jieba_words(core):
        out.add(at)
        if len(word) >= 4:
            out.update(range(at + 2, at + len(word), 2))
        at += len(word)
    return frozenset(out)


def _find_all(text: str, word: str, after: int = 0) -> list[int]:
    out, i = [], text.find(word, max(after, 0))
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out
