"""A counted compound noun read past its first noun to the noun closing it (round counts218).

:func:`_compound_close` is called by :func:`zhkg.extract.count_head_scan._scan_head` right after the phrase's first noun,
where jieba split a compound into that noun, words saying what the thing is for (verbs, verbal nouns, unknown words)
and a closing noun: 9个养老|助餐|服务|点, 800张困难重度残疾人|养护|床位, 165个农村饮水水源|保障|工程. The phrase then
ends on the closing noun, not on the first one (养老, 残疾人, 水源).

Caveats
-------
* The closing noun is read from two kinds only: a facility's or a place's last letter jieba leaves alone
  (:data:`_BOUND_ENDS`, and 之家), and nouns of things of the tables below. A compound closing
  on another noun (…“小巨人”企业, a 的-clause) is read as before.
* A closing noun that is a word of its own is taken only for a count a verb of its clause takes as its object
  (:func:`_verb_takes_count`), or one a verb of completing follows (13个基层预警指挥服务站建成投用: the things counted
  were built, counts303); 5家公司投资建设项目, opening its clause, still reads 公司.
* It reads the word lists of :mod:`zhkg.extract.count_phrase_words` (tidy262; they were
  :mod:`zhkg.extract.count_phrase`'s), so :mod:`zhkg.extract.count_phrase` (which reads :data:`_BOUND_ENDS`) and
  :mod:`zhkg.extract.count_head_scan` both import this module at the top.
"""

from __future__ import annotations

from zhkg.extract.count_phrase_words import (
    _AGENT_CLASSIFIERS,
    _COMPOUND_HEADS,
    _GENERIC_ONE,
    _INSTITUTIONS,
    _MAX_PHRASE_CHARS,
    _NOT_HEADS,
    _NUMERAL_TAGS,
    _PEOPLE_ENDINGS,
    _PREDICATE_NOUNS,
    _ends_phrase,
    _is_head,
)
from zhkg.text import CLAUSE_BREAKS as _CLAUSE_BREAK
from zhkg.text import HAN_ONLY

__all__ = ["_BOUND_ENDS", "_HOME", "_THING_WORDS", "_FACILITY_CLASSIFIERS", "_RUN_TAGS", "_PEOPLE_CLASSIFIERS", "_AGENT_ENDS",
           "_MOTION_ENDS", "_verb_takes_count", "_compound_close"]

# A compound noun runs on past its first noun through words saying what the thing is for (9个养老助餐服务点,
# 800张残疾人养护床位, 165个农村饮水水源保障工程, 30个乡村长者照护之家, 36所公办园) to the noun closing it: a
# facility's or a place's last letter jieba leaves alone (点, 圈, 区, 园, 之家), which no verb takes as its object, or
# a noun of such a thing (_COMPOUND_HEADS, 床位, 工程, 线路, 服务站) before the phrase's end (counts218). That noun
# only for a count a verb of its clause takes as its object (新增, 建成, 实施): a count opening its clause is the subject
# of a verb after it (两辆汽车驶入停车场).
_BOUND_ENDS = frozenset("站点圈区园所处馆室库厂院场")  # (count_phrase._head joins the word before: 集聚|区)
_HOME = ("之", "家")  # 照护之家: jieba's 之 and 家, one noun of a home
# ...each counted by its own classifiers (42座桥梁补强工程: 座 counts the bridges, a project is counted by 个 or 项)
_THING_WORDS = {**dict.fromkeys(_COMPOUND_HEADS, "个项家处套台门所座"), "床位": "张个", "工程": "个项处", "线路": "条"}
_FACILITY_CLASSIFIERS = "个家所处座"  # a noun ending as a facility or a place ends (服务站, 停车场)
_RUN_TAGS = frozenset({"v", "vn", "x", "n", "nz", "an", "a", "m", "zg", "q", "u"})
# ...but a noun closing the run could be what an agent before acts on (5家公司投资建设项目, 3名学生参观服务站): not
# after a classifier of people, nor after a noun of people or of a body that could act where the classifier could
# count it.
_PEOPLE_CLASSIFIERS = "名位人"
_AGENT_ENDS = (*_PEOPLE_ENDINGS, *_GENERIC_ONE, *_INSTITUTIONS, "队", "团", "组", "部", "局", "委", "会", "政府")
# Verbs of moving after a count are its predicate whatever they reach (3个工作组进驻服务区).
_MOTION_ENDS = "入进往至到达驻赴抵回出"
# ...and verbs of completing or opening: what the things counted have done, never what they are for (3个码头完成工程,
# 5座车站建成通车; counts295).
_DONE_VERBS = frozenset("完成 建成 竣工 落成 启用 投用 开通 开工 动工 通车".split())


def _verb_takes_count(words, text: str, cls_start: int) -> bool:
    """Whether a verb of the count's clause stands before its number (新增9个…, 建成14个…), so the count is the
    verb's object, not the subject of a verb after it.

    >>> from types import SimpleNamespace as W
    >>> words = [W(text="新增", tag="v", idx=0, end=2), W(text="9", tag="x", idx=2, end=3)]
    >>> _verb_takes_count(words, "新增9个", 3), _verb_takes_count(words[1:], "9个", 1)
    (True, False)
    """
    for word in reversed(words):
        if word.idx >= cls_start:
            continue
        if word.text[:1] in _CLAUSE_BREAK:
            return False
        if word.tag == "v":
            return True
    return False


def _compound_close(words, text: str, i: int, pos: int, cls_start: int) -> int:
    """End of the noun closing a compound that runs on from the phrase's first noun through the words from ``i``
    (:data:`_BOUND_ENDS`, :data:`_THING_WORDS`), before the phrase's end; -1 where there is none or the count is
    no verb's object (:func:`_verb_takes_count`)."""
    if cls_start < 0:
        return -1
    before = words[i - 1].text
    classifier = text[cls_start : cls_start + 1]
    free_ok = classifier not in _PEOPLE_CLASSIFIERS and not (
        classifier in _AGENT_CLASSIFIERS + "个" and before.endswith(_AGENT_ENDS))  # 800张残疾人养护床位: 张 counts no one
    for j in range(i, min(len(words), i + 4)):
        word = words[j]
        if (word.end - pos > _MAX_PHRASE_CHARS or word.tag not in _RUN_TAGS or word.is_punct or word.is_space
                or not HAN_ONLY.match(word.text) or word.text in _PREDICATE_NOUNS or word.text in _NOT_HEADS
                or word.text.endswith("了") or (word.tag == "v" and word.text[-1] in _MOTION_ENDS)
                or word.text in _DONE_VERBS):
            return -1
        nxt = j + 1
        if word.text == _HOME[0] and nxt < len(words) and words[nxt].text == _HOME[1] and words[nxt].idx == word.end:
            nxt, end, bound = nxt + 1, words[nxt].end, True
        else:
            end, bound = word.end, len(word.text) == 1 and word.text in _BOUND_ENDS
        free = j > i and len(word.text) > 1 and _is_head(word) and classifier in next(
            (_THING_WORDS[w] for w in _THING_WORDS if word.text.endswith(w)),
            _FACILITY_CLASSIFIERS if word.text[-1] in _BOUND_ENDS else "")
        closes = nxt >= len(words) or words[nxt].is_space or words[nxt].idx > end or _ends_phrase(words, nxt)
        # ...or a verb of completing right after it: the things counted were built (13个基层预警指挥服务站建成投用)
        done = nxt < len(words) and words[nxt].idx == end and words[nxt].text in _DONE_VERBS
        if bound and word.idx == words[j - 1].end and not (nxt < len(words) and words[nxt].tag in _NUMERAL_TAGS):
            return end  # 8所公办园扩容: a lone last letter ends the noun, whatever follows it
        if (closes or done) and free and free_ok:
            return end if done or _verb_takes_count(words[:i], text, cls_start) else -1
        if closes or word.tag == "u":
            return -1
    return -1

