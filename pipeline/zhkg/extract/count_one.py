"""When 一 and its classifier are a count of one rather than an indefinite article (counts250).

Session 53's round counts250. :func:`zhkg.extract.counts._read` takes 一 + classifier for an article ("a", 一名合格民警)
unless the words around it make it a number. Two more forms make it one, each because an article cannot stand so:

* 各 ("each") right before it: ``副县长与副秘书长各一人`` gives each its one; an article never follows 各;
* the thing named before the number and 一 + classifier closing the clause, among other counts of its sentence: a
  tally, each classifier after its noun (``韩国瑜54票、游锡堃51票，无效票一张。``, ``金牌一枚、铜牌三枚``). An article
  opens its noun, so 一 after the noun is the number. Alone in its sentence the form is a prize or a gift as often
  (``获得欢唱票一张``, ``宝石大礼包一份``), which the conventions do not count; a clause going on after the classifier
  (``他一个人去``) is left to the other rules.

:func:`one_counted` answers both; the caller keeps its own refusals (another, such a, not a single one) before it.
"""

from __future__ import annotations

import re
from collections.abc import Container

from zhkg.text import CLAUSE_BREAKS

__all__ = ["EACH_BEFORE", "one_counted"]

#: Before 一 + classifier, "each": 各一人, 各一名 give every item before them one (counts250).
EACH_BEFORE = ("各",)
_LIST_MARK = "、"  # 金牌一枚、银牌两枚: a tally in a list closes there too
_SENTENCE_ENDS = "。！？!?；;\n"
_ITEM_ENDS = "，,、"
_NUMERAL_BEFORE = re.compile(r"[\d二两三四五六七八九十百千万]+$")
_ORDINAL = "第"  # 第十名: a rank, no count
_LONGEST_CLASSIFIER = 2
_REACH = 16  # characters before a classifier to read its number in


def one_counted(text: str, num_start: int, after: int, noun: tuple[int, int] | None,
                classifiers: Container[str]) -> bool:
    """Whether 一 at ``num_start`` with its classifier ending at ``after`` counts one: after 各, or closing its clause
    with its thing ``noun`` (start, end) written right before it and another item of its sentence closing on a number
    with one of ``classifiers`` (五位靓号卡一张: the 五位 describes the card; 第十名： is a rank).

    >>> one_counted("新增副县长与副秘书长各一人，", 11, 13, None, ())
    True
    >>> one_counted("乙得7票，无效票一张。", 8, 10, (5, 8), {"票", "张"})
    True
    >>> one_counted("完成任务可得欢唱票一张。", 9, 11, (6, 9), {"票", "张"})
    False
    >>> one_counted("将赠送五位靓号卡一张！", 8, 10, (5, 8), {"位", "张"})
    False
    """
    if text.endswith(EACH_BEFORE, 0, num_start):
        return True
    closes = after >= len(text) or text[after] in CLAUSE_BREAKS + _LIST_MARK
    if noun is None or noun[1] != num_start or not closes:
        return False
    opening = max(text.rfind(ch, 0, noun[0]) for ch in _SENTENCE_ENDS) + 1
    closing = min((at for ch in _SENTENCE_ENDS if (at := text.find(ch, after)) >= 0), default=len(text))
    ends = [at for at in range(opening, closing + 1) if not noun[0] <= at <= after
            and (at == closing or text[at] in _ITEM_ENDS)]
    return any(_tallied(text, at, classifiers) for at in ends)


def _tallied(text: str, end: int, classifiers: Container[str]) -> bool:
    """Whether an item of a list ending at ``end`` closes on a number and its classifier (游锡堃51票、), not an ordinal."""
    for n in range(1, _LONGEST_CLASSIFIER + 1):
        if text[end - n : end] in classifiers:
            head = text[max(0, end - n - _REACH) : end - n]
            numeral = _NUMERAL_BEFORE.search(head)
            if numeral is not None and not head.endswith(_ORDINAL, 0, numeral.start()):
                return True
    return False
