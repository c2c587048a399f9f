"""What a count takes from the counts around it: lists of counts with one classifier, and lone classifiers.

Split out of :mod:`zhkg.extract.counts` by tidy185 (every block moved word for word, the word lists with the
functions that read them). Both passes run over a document's readings, in order, after each count is read:

* :func:`_parallel`: in a list of counts with one classifier (24只上涨,6只持平,2只下跌), a one-word "thing" ending
  its clause, or a verb and its object (其中两只出现亏损), is a predicate: that classifier stands alone
  (:func:`_predicate`, :func:`_listed`);
* :func:`_fill`: a classifier standing alone takes the thing of a neighbouring count with that classifier
  (确诊病例33例,其中上海报告9例), else the noun before its number (限价商品住房2.5万套), the set a noun + 中 or 其中
  names (舰队中只有15艘), or itself (成交量直降4000套, 只有你们5位); a count with none of these is dropped. A division's
  full name before the number (思明区2所) names where, not what (:func:`_named_where`): the count takes the thing of a
  count of its sentence, the noun before its sentence's 包括 (:func:`_set_included`), a near count's, or its classifier.

Caveats
-------
* The readings must come in order and must not overlap (:func:`zhkg.extract.counts.extract_counts` keeps them so):
  both passes look up the last count of a classifier, not every earlier one (quadratic in a long list of counts).
* A lone classifier borrows from no further back than ``_INHERIT_WINDOW`` characters, and from another sentence
  only when no noun stands right before its number (or one naming where: 南部地区2起).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Container, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from zhkg.extract.count_clauses import _SENTENCE_BREAK, _Boundaries, _ends_clause, _Reading, _sentence_breaks
from zhkg.extract.count_people import (
    _after_verb_or_listed,
    _object_noun_before,
    _predicate_after,
    _set_before,
    _set_pointed,
)
from zhkg.extract.count_phrase import _EVENT_CLASSIFIERS, _NOT_COUNTED, _head
from zhkg.extract.count_phrase_words import _NOT_HEADS, _PLAIN_NOUN_TAGS, _PREDICATE_NOUNS
from zhkg.extract.count_refusals import _KINDS
from zhkg.extract.count_things import _POINTERS
from zhkg.stages.segment import doc_text, token_table
from zhkg.text import CLAUSE_BREAKS as _CLAUSE_BREAK

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = [
    "_PEOPLE_CLASSIFIERS",
    "_SELF_CLASSIFIERS",
    "_SELF_AFTER_VERB",
    "_WHERE_NOUNS",
    "_KINDS_LINKS",
    "_GENERIC_CLASSIFIER",
    "_INHERIT_WINDOW",
    "_parallel",
    "_predicate",
    "_listed",
    "_fill",
    "_named_where",
    "_set_included",
    "_INCLUDING",
    "_object_of_verb",
    "_OF_WHICH",
    "_ITEM_BREAKS",
]


# Classifiers of people and of kinds that count themselves when they stand alone (只有你们5位, 该属共有5种).
_PEOPLE_CLASSIFIERS = ("名", "位", "种")
# Classifiers that count themselves when they stand alone with nothing to borrow (成交量直降4000套,; 例, cases: 上海报告9例).
# 处: the sites listed before it (创业于北京、上海、海口三处。; counts145).
# 类: the kinds a statement sorts things into (已分化成三类。, 可分为两类。; counts151).
# 班: a school's classes, when :func:`zhkg.extract.count_things._classes_counted` lets it stand alone (counts224).
# 项, 家, 宗, 间, 所, 座: a total closing its clause with nothing named to borrow (全年办结1259项。, 受理十四万五千多宗。,
# 据点合计已超过8,282家，) counts what its classifier counts, as 件 does; the web set's gold takes the classifier
# (counts230). Not 条 (拍了20几条: a film's takes) nor 个.
_SELF_CLASSIFIERS = ("只", "套", "户", "辆", "台", "件", "头", "艘", "架", "例", "处", "类", "班", "项", "家", "宗", "间", "所", "座")
# ...and these only after a verb or as items of a list (放映2000多场, 十几场、二十几场; not 胜场差还是3场).
_SELF_AFTER_VERB = ("场",)
# Nouns of where, not what: before a number they say where the counted things are (南部地区2起).
_WHERE_NOUNS = ("地区", "地方", "区域", "一带", "境内", "境外", "国内", "国外", "海外", "本地", "外地")
_KINDS_LINKS = ("、", "和", "及", "与")  # a list's last item glued before N类 (股市和楼市两类) is one of the kinds, not their noun
_GENERIC_CLASSIFIER = "个"  # 这三个 points back to things it does not name; 这两项, 这两家 name their kind
_INHERIT_WINDOW = 200  # characters back to look for the thing of a classifier standing alone


def _parallel(readings: list[_Reading], text: str, b: _Boundaries, words) -> list[_Reading]:
    """In a list of counts with one classifier (24只上涨,6只持平,2只下跌), a one-word "thing" ending its clause
    between classifiers standing alone before verbs is a predicate too: that classifier stands alone."""
    out = list(readings)
    # The readings come in order and do not overlap (extract_counts keeps them so), so of the earlier counts with
    # r's classifier and a thing, the last ends nearest r: when it is in another sentence, all of them are. One
    # look-up per count, not a pass over the earlier counts (quadratic in a long list of them).
    breaks = [m.start() for m in _SENTENCE_BREAK.finditer(text)]
    last_end: dict[str, int] = {}  # classifier -> the end of the last count of it with a thing (in out)

    def counted_before(r: _Reading) -> bool:
        """Whether a count before ``r`` in its sentence has its classifier and a thing."""
        end = last_end.get(r.classifier)
        return end is not None and (end >= r.start or bisect_left(breaks, end) == bisect_left(breaks, r.start))

    for i, r in enumerate(readings):
        if i and out[i - 1].full is not None:
            last_end[out[i - 1].classifier] = out[i - 1].end
        if r.full is None or r.cls_start < 0 or r.full[0] != r.cls_start + len(r.classifier):
            continue
        if r.classifier not in _EVENT_CLASSIFIERS and _predicate(words, r.full, b) and counted_before(r):
            # 328只股基…,其中两只出现亏损: a verb and its object after the classifier are what the items did
            out[i] = replace(r, end=r.cls_start + len(r.classifier), full=None, head_start=-1, noun_before=None)
            continue
        if text[r.full[1] : r.full[1] + 1] not in _CLAUSE_BREAK or any(
                s in b.starts for s in range(r.full[0] + 1, r.full[1])):
            continue
        if not counted_before(r):
            continue  # nothing before it to count: the word is the thing (5只股票,3只上涨)
        neighbours = [readings[j] for j in (i - 1, i + 1) if 0 <= j < len(readings)]
        if any(o.lone_verb and o.classifier == r.classifier and _listed(text, o, r) for o in neighbours):
            end = r.cls_start + len(r.classifier)
            out[i] = replace(r, end=end, full=None, head_start=-1, noun_before=None)
    return out


def _predicate(words, span: tuple[int, int], b: _Boundaries) -> bool:
    """Whether ``span`` is a verb and its verbal-noun object (出现亏损), not a noun phrase."""
    if span[0] not in b.starts or span[0] >= len(b.token_at):
        return False
    i = b.token_at[span[0]]
    tokens = []
    while i < len(words) and words[i].idx < span[1]:
        tokens.append(words[i])
        i += 1
    return (len(tokens) >= 2 and tokens[0].tag == "v" and tokens[-1].tag == "vn" and tokens[-1].end == span[1]
            and all(t.tag in ("v", "vn") for t in tokens))


def _listed(text: str, a: _Reading, b: _Reading) -> bool:
    """Whether two counts are close items of one sentence (at most a short predicate between them)."""
    first, second = (a, b) if a.start < b.start else (b, a)
    gap = text[first.end : second.start]
    return len(gap) <= 6 and not _SENTENCE_BREAK.search(gap)


def _fill(readings: list[_Reading], doc: Doc, b: _Boundaries, glossary: Mapping[str, str],
          divisions: Container[str] = frozenset()) -> list[_Reading]:
    """Give a classifier standing alone (上海报告9例) the thing of a neighbouring count with that classifier.

    ``divisions`` holds the full names of divisions (思明区): one right before the number names where the things
    are (新增公办幼儿园包括思明区2所), never what they are (:func:`_named_where`)."""
    text = doc_text(doc)
    breaks = _sentence_breaks(text)

    def sentence(pos: int) -> int:
        return bisect_right(breaks, pos)

    # The neighbours a classifier standing alone may take its thing from, looked up, not gathered from every count
    # at each (quadratic in a long list of counts): of the counts kept with that classifier and a thing, the last
    # one in its sentence, the last one (it ends nearest: the readings come in order and do not overlap), and
    # the first later one (in its sentence if any is: sentences only follow one another)
    last_in: dict[tuple[str, int], _Reading] = {}  # (classifier, sentence) -> the last count of out there
    last: dict[str, _Reading] = {}  # classifier -> the last count of out
    with_thing: dict[str, list[int]] = {}  # classifier -> the indices of the readings with a thing
    for j, o in enumerate(readings):
        if o.full is not None:
            with_thing.setdefault(o.classifier, []).append(j)
    out: list[_Reading] = []
    for i, r in enumerate(readings):
        where = r.full is None and _named_where(text, r, b, divisions)
        if where:  # 思明区2所、湖里区5所: a count near lends its thing, else the classifier stands for it
            r = replace(r, noun_before=None)
        if r.full is None:
            here = sentence(r.start)
            ahead = with_thing.get(r.classifier, [])
            k = bisect_right(ahead, i)
            later = readings[ahead[k]] if k < len(ahead) and sentence(readings[ahead[k]].start) == here else None
            if later is not None and later.full[1] <= later.cls_start and (
                    r.noun_before is not None or text[later.full[0] - 1 : later.full[0]] in _ITEM_BREAKS):
                # 公办幼儿园1所,公办园9所: a later count's own noun before it is no thing of this one (counts303), nor
                # is a later list item's (共19件，包括路树倾倒6件、土石2件: counts320)
                later = None
            source = last_in.get((r.classifier, here)) or later
            listed = _set_included(doc, r.start, b, breaks) if where and source is None else None
            if listed is not None:  # 新增公办幼儿园包括思明区2所: the things the places' list is of
                source = replace(r, full=listed, head_start=_head(text, listed[0], listed[1], b, glossary))
            if source is None and (r.noun_before is None or text[r.noun_before[0] : r.noun_before[1]].endswith(_WHERE_NOUNS)):
                near = last.get(r.classifier)  # 生产基地7个: the noun before it beats a count of another sentence
                source = near if near is not None and r.start - near.end <= _INHERIT_WINDOW else None
            if source is not None and _object_noun_before(doc, r, b):
                source = None  # 复制品50余件，…等展品200件; 共立课题6000多项，其中12项技术政策: the noun it closes
            if source is not None and r.noun_before is not None and source.head_start >= 0 \
                    and r.noun_before[0] >= source.end:  # (not the neighbour's own noun: 32只封闭式基金24只上涨)
                own_head = _head(text, r.noun_before[0], r.noun_before[1], b, glossary)
                if text[source.head_start : source.full[1]].endswith(text[own_head : r.noun_before[1]]):
                    source = None  # 在校学生有28000名,其中国际学生5000余名: a kind of the same thing, named before it
            if (source is not None and r.noun_before is not None and r.noun_before[0] >= source.end
                    and (text[r.noun_before[0] - 1 : r.noun_before[0]] in _ITEM_BREAKS
                         or text.endswith(_OF_WHICH, 0, r.noun_before[0])
                         or _object_of_verb(doc, r.noun_before, r.start, b))):
                # (其中私立学校约100所: a noun after 其中 names the part counted, counts37)
                source = None  # 硕士点30个，博士点12个: a noun opening its clause is its own count's thing, a new item
            among = _set_before(doc, r.start, b) if source is None and r.noun_before is None else None
            if among is None and source is None and r.noun_before is None:
                among = _set_pointed(doc, r.start, b, breaks)  # 其中三只: of the funds named before
            if among is not None:  # 舰队中只有15艘: 15 of the fleet('s ships); the span stays the count's
                r = replace(r, full=among, head_start=_head(text, among[0], among[1], b, glossary))
            elif (source is None and r.noun_before is not None and r.classifier == _KINDS
                  and text.endswith(_KINDS_LINKS, 0, r.noun_before[0])):
                r = replace(r, full=(r.cls_start, r.cls_start + 1), head_start=r.cls_start)  # 股市和楼市两类: the kinds
            elif source is None and r.noun_before is not None:  # 限价商品住房2.5万套
                start, end = r.noun_before
                r = replace(r, start=start, full=r.noun_before, head_start=_head(text, start, end, b, glossary))
            else:
                if source is not None:
                    r = replace(r, full=source.full, head_start=source.head_start)
                elif (r.classifier in _PEOPLE_CLASSIFIERS and _ends_clause(text, r.end)) or (
                        r.classifier in _SELF_AFTER_VERB and _after_verb_or_listed(doc, r, b)) or (
                        text[r.start - 1 : r.start] in _POINTERS and r.noun_before is None
                        and r.classifier != _GENERIC_CLASSIFIER and _predicate_after(doc, r.end, b)) or (
                        (r.classifier in _SELF_CLASSIFIERS or where) and (_ends_clause(text, r.end) or text.startswith("、", r.end) or (
                            text.startswith("的", r.end) and not text.startswith(tuple(_NOT_COUNTED), r.end + 1)))) or (
                        r.classifier == _KINDS and _predicate_after(doc, r.end, b)):  # 炒房和炒股两类都在 (counts151)
                    # 只有你们5位, ; 成交量直降4000套, ; 十几场、二十几场; 这两项是…, 有了这四点: the classifier is the thing
                    cls_span = (r.cls_start, r.cls_start + len(r.classifier))
                    r = replace(r, full=cls_span, head_start=r.cls_start)
                else:
                    continue
        out.append(r)
        if r.full is not None:
            last[r.classifier] = last_in[(r.classifier, sentence(r.start))] = r
    return out


def _named_where(text: str, r: _Reading, b: _Boundaries, divisions: Container[str]) -> bool:
    """Whether the word right before ``r``'s number is the full name of a division (思明区2所, 杭州市3所): it says
    where the things counted are, as 南部地区 does, not what they are."""
    if r.noun_before is not None:
        return text[r.noun_before[0] : r.noun_before[1]] in divisions
    if r.start not in b.starts or not 0 < r.start <= len(b.token_at):
        return False
    word = b.token_at[r.start - 1]
    begin = r.start - 1
    while begin > 0 and b.token_at[begin - 1] == word:
        begin -= 1
    return text[begin : r.start] in divisions


def _set_included(doc: Doc, start: int, b: _Boundaries, breaks: list[int]) -> tuple[int, int] | None:
    """The plain noun right before a 包括 of ``start``'s sentence (新增公办幼儿园包括思明区2所: 公办幼儿园): the things a
    list of places and their counts is of, or None."""
    text = doc_text(doc)
    k = bisect_right(breaks, start)
    sentence_start = breaks[k - 1] if k else 0
    at = text.rfind(_INCLUDING, sentence_start, start)
    if at <= sentence_start or at not in b.starts:
        return None
    words = token_table(doc).words
    noun = words[b.token_at[at - 1]]
    if noun.end != at or noun.tag not in _PLAIN_NOUN_TAGS or noun.text in _NOT_HEADS or noun.text in _NOT_COUNTED:
        return None
    return noun.idx, noun.end


_INCLUDING = "包括"  # X包括A地N所、B地N所: the places' counts are of X


def _object_of_verb(doc: Doc, noun: tuple[int, int], start: int, b: _Boundaries) -> bool:
    """Whether the open noun right before a count's number (no connector between) is the object of a verb right
    before it (新增3家托育机构及100个托位，今年又新增学位近4000个: 学位, not 托位): what the verb makes or does is what the
    number counts, not the thing of another count of the sentence (counts230)."""
    if noun[1] != start or noun[0] < 1 or noun[0] not in b.starts:
        return False
    words = token_table(doc).words
    noun_word, verb = words[b.token_at[noun[0]]], words[b.token_at[noun[0] - 1]]
    return (verb.end == noun[0] and verb.tag == "v" and len(verb.text) >= 2 and noun_word.tag in _PLAIN_NOUN_TAGS
            and len(noun_word.text) >= 2 and noun_word.text not in _PREDICATE_NOUNS)  # 已治愈出院135例: a verb


_OF_WHICH = "其中"
_ITEM_BREAKS = "，,；;、"  # what opens an item of a parallel list of counts (硕士点30个，博士点12个)
