"""A name after a title that ran into the verb of appointment after it (round careers307, issue 11).

Appointment news writes the old post, the name and 任 + the new post with no comma between: 广西党委书记刘宁任河南省委书记,
青海省长吴晓军任青海省委书记. The reader of a name after a title (:mod:`zhkg.extract.name_contexts`, ``after_role``)
may take 任 as the name's third letter (刘宁任); :func:`appointment_cut` gives the name back its two letters when a
place's name or a central body opens right after 任 (河南, 中共, 国务院…), where a given name's letter never stands.

Caveats
-------
* A name whose own third letter is 任 (王立任) keeps it before anything else: 王立任卸任, 王立任表示.
* 新任 after a two-letter name (周立新任…) is read as the name and "newly appointed", as before.
"""

from __future__ import annotations

from zhkg.stages.segment import dictionary_tag

__all__ = ["appointment_cut"]


#: Central bodies that open a new post's name right after 任 (任中共…, 任中央…, 任国务院…).
_CENTRAL = ("中共", "中央", "国务院", "全国")


def appointment_cut(text: str, s: int, end: int) -> int:
    """``end``, or one letter less when the name ``text[s:end]`` is three letters ending in 任 and a place's name
    (a word jieba's dictionary tags ``ns``) or a central body opens right after it (see the module docstring).

    >>> from zhkg.stages.segment import make_segmenter
    >>> _ = make_segmenter()
    >>> [appointment_cut(t, 0, 3) for t in ("刘宁任河南省委书记", "王立任卸任", "刘宁任中共青海省委书记", "王立任表示")]
    [2, 3, 2, 3]
    """
    if end - s != 3 or text[end - 1] != "任":
        return end
    after = text[end : end + 2]
    return end - 1 if after.startswith(_CENTRAL) or dictionary_tag(after) == "ns" \
        or dictionary_tag(text[end : end + 3]) == "ns" else end
