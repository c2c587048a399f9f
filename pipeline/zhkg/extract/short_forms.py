"""Short forms news writes for a name it has given in full, which take no letter from the name's opening words
(issue 15, aliases within a document).

* **A body's contraction after its qualifier.** A public body's name often opens with what places it: a place
  (香港|贸易发展局), the state (国家|发展和改革委员会) or the body it belongs to (行政院|大陆委员会). Its contraction
  takes letters of the rest in order, from one of its first two letters, and ends in a letter of its head:
  贸发局, 发改委, 陆委会 (:func:`qualified_abbreviations`). The first-letter contractions (首规委 of
  首都规划建设委员会) are :func:`zhkg.extract.combine._abbreviations`'.
* **A company's contraction.** A company's name contracts to two letters taken from two words of its name and a
  company or trade word the name carries: 浦发银行 of 上海浦东发展银行股份有限公司, 首创集团 of 北京首都创业集团,
  上汽集团 of 上海汽车集团股份有限公司 (:func:`contracted_company_names`). Two letters the name writes side by
  side are no contraction (中国银行 is no short form of 中国人民银行: another bank).
* **A person's surname and title.** A person named in full is later their surname and a title (李家超 … 李特首,
  卓荣泰 … 卓院长) when the document names no other person of that surname (:func:`titled_surnames`).

Each function reads one name and the text; a long document costs one scan of the text for each of a name's few
candidate letters, never a comparison of every pair of its names.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

__all__ = ["contracted_company_names", "contractions_in_text", "qualified_abbreviations", "qualifier_length",
           "titled_surnames"]

_HAN = re.compile("[\u4e00-\u9fff]+")

#: Words naming the state that open a body's name and stay out of its contraction (国家|发展和改革委员会).
_STATE_WORDS = ("中华人民共和国", "国家", "中华", "中国")
#: The heads of a parent body that opens a body's name (行政院|大陆委员会, 香港特区政府|教育局).
_PARENT_HEADS = ("院", "政府")
# the heads of public bodies a contraction ends in a letter of (as combine._ABBREVIATED_HEADS)
_ABBREVIATED_HEADS = frozenset("部委会局院厅署办")


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
    """
    q = qualifier_length(name, places)
    core = name[q:]
    if not (q or whole) or not any(ch in _ABBREVIATED_HEADS for ch in head) or not _HAN.fullmatch(core):
        return set()
    starts = {} if starts is None else starts
    found = set()
    # after a qualifier, the first word may be contracted to its second letter (大陆委员会: 陆委会)
    for first in sorted(set(core[:2] if q else core[:1])):
        if first not in starts:
            starts[first] = _find_all(text, first)
        for i in starts[first]:
            for length in (3, 4):
                short = text[i:i + length]
                if len(short) == length and short[-1] in head and short[-1] in _ABBREVIATED_HEADS \
                        and short not in name and not _modal_after_part(short, name, head) \
                        and _contracts(short, core, core.index(first)):
                    found.add(short)
                    if q and text.startswith(name[:q], i - q):
                        found.add(name[:q] + short)  # the qualifier kept: 中国|证监会, 国家|发改委
    return found


#: The company and trade words a contracted company name ends in, when the full name carries them.
_COMPANY_WORDS = ("集团", "银行", "证券", "保险", "控股", "股份", "汽车", "地产", "置业", "航空")
_LEGAL = ("股份有限公司", "有限责任公司", "有限公司")
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

    base = next((name[:-len(w)] for w in _LEGAL if name.endswith(w)), name)
    where = {} if where is None else where
    found = set()
    for word in _COMPANY_WORDS:
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


def titled_surnames(people: Collection[str], text: str, surnames: Collection[str],
                    roles_by_first: dict[str, list[str]]) -> dict[str, str]:
    """Each surname-and-title form ``text`` writes (李特首) to the one person of ``people`` (Simplified names of
    two to four Han letters) with that surname; a surname two people share names neither.

    ``roles_by_first``: the title words by their first letter, longest first.

    >>> titled_surnames(["李家超", "陈茂波"], "李家超出席。李特首表示…", {"李", "陈"}, {"特": ["特首"]})
    {'李特首': '李家超'}
    >>> titled_surnames(["李家超", "李慧琼"], "李特首表示…", {"李"}, {"特": ["特首"]})
    {}
    """
    by_surname: dict[str, set[str]] = {}
    for person in sorted(set(people)):
        if 2 <= len(person) <= 4 and _HAN.fullmatch(person):
            # a compound surname first (欧阳), then a single one
            surname = next((person[:k] for k in (2, 1) if len(person) > k and person[:k] in surnames), "")
            rest = person[len(surname):]
            # a surname and a title is no full name (李特首)
            if surname and rest not in roles_by_first.get(rest[:1], ()):
                by_surname.setdefault(surname, set()).add(person)
    found = {}
    for surname, owners in sorted(by_surname.items()):
        if len(owners) != 1:
            continue
        owner = next(iter(owners))
        first = text.find(owner)
        if first < 0:
            continue
        # the title follows the full name: a reader meets 李家超 before 李特首
        for i in _find_all(text, surname, after=first + len(owner)):
            at = i + len(surname)
            role = next((r for r in roles_by_first.get(text[at:at + 1], ()) if text.startswith(r, at)), "")
            if role:
                found[surname + role] = owner
    return found


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
    """Where jieba's words of ``core`` begin, a word of four letters read as two of two (监督|管理)."""
    from zhkg.stages.segment import jieba_words

    out, at = set(), 0
    for word in jieba_words(core):
        out.add(at)
        if len(word) == 4:
            out.add(at + 2)
        at += len(word)
    return frozenset(out)


def _find_all(text: str, word: str, after: int = 0) -> list[int]:
    out, i = [], text.find(word, max(after, 0))
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out
