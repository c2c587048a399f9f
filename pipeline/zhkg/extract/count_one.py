"""When 一 and its classifier are a count of one rather than an indefinite article (counts250).

Session 53's round counts250. :func:`zhkg.extract.counts._read` takes 一 + classifier for an article ("a", 一名合格民警)
unless the words around it make it a number. Two more forms make it one, each because an article cannot stand so:

* 各 ("each") right before it: ``副县长与副秘书长各一人`` gives each its one; an article never follows 各;
* the thing named before the number and 一 + classifier closing the clause (``无效票一张。``, ``金牌一枚、``): a tally,
  the classifier standing after its noun as in ``韩国瑜54票、无效票一张``. An article opens its noun, so 一 after the
  noun is the number; a clause going on after the classifier (``他一个人去``) is left to the other rules.

:func:`one_counted` answers both; the caller keeps its own refusals (another, such a, not a single one) before it.
"""

from __future__ import annotations

from zhkg.text import CLAUSE_BREAKS

__all__ = ["EACH_BEFORE", "one_counted"]

#: Before 一 + classifier, "each": 各一人, 各一名 give every item before them one (counts250).
EACH_BEFORE = ("各",)
_LIST_MARK = "、"  # 金牌一枚、银牌两枚: a tally in a list closes there too


def one_counted(text: str, num_start: int, after: int, noun: tuple[int, int] | None) -> bool:
    """Whether 一 at ``num_start`` with its classifier ending at ``after`` counts one: after 各, or closing its clause
    with its thing ``noun`` (start, end) written right before it.

    >>> one_counted("新增副县长与副秘书长各一人，", 11, 13, None)
    True
    >>> one_counted("黄珊珊7票，无效票一张。", 9, 11, (6, 9))
    True
    >>> one_counted("无效票一张纸上", 3, 5, (0, 3))
    False
    """
    if text.endswith(EACH_BEFORE, 0, num_start):
        return True
    closes = after >= len(text) or text[after] in CLAUSE_BREAKS + _LIST_MARK
    return noun is not None and noun[1] == num_start and closes
