"""A name ending in 和: where 和 is the name's last letter (包信和, 施克和, 张家和) and where the conjunction.

和 writes a given name's letter as often as it joins two words, and a surname and one given letter before it
(包信|和, 施克|和, 张家|和) read as a whole name cut short as easily as one name joined to what follows. What
follows 和 tells them apart: a second name or a noun (包信和刘中民, 王平和副局长张伟, 王刚和妻子, 和今天到场的李四)
is joined to the first and 和 stays out; what never opens a conjunct, such as punctuation, a verb of saying, a
preposition, a title (包信和在合肥, 李永和表示) or a time or 曾 and a verb opening a clause of its own
(施克和今天表示，…; 施克和曾担任…), leaves 和 nothing to join, and it is the name's. A Japanese given name may open
with 和 (植田和男): the name takes both letters before such a word.

和 is one of many given-name letters that are words too (童杭时|常, 韩文正|推动): :mod:`zhkg.extract.cut_people`
reads those where the document settles them.

One reading, two readers: :func:`zhkg.extract.combine.combine_mentions` gives 和 back to a person the recogniser cut
before it, and :mod:`zhkg.relate.roles` reads a name no extractor found after a title (局长张家和今天表示). Each
decides for itself whether a name stands before 和 (a recogniser's person, a surname and a name to jieba); both
ask here what 和 is.
"""

from __future__ import annotations

import re

__all__ = ["he_ends_name", "japanese_he_name"]

# what follows a person's whole name and opens no second one: punctuation, or a verb, preposition or title
# (not 于, 曾, 将 or 教授, 先生: a surname or a noun may open the second of two: 和于洋, 和曾志伟, 和将军, 和先生)
_ENDS_A_NAME = re.compile(r"[，。、；：！？）」”,.;:!?)]|(?:在(?!场|座)|表示|说|指出|认为|介绍|称|强调|透露|坦言|出席|会见|院士|"
                          r"等人|等(?!待)|已|则|也|还)")
# a time, or 曾 and a verb, opening a clause that holds no 的 (施克和|今天表示，…; 施克和|曾任…): no second person
# is joined to the name there, as one is in 和|今天到场的李四 or 和|曾任部长的李四, nor a time compared (和|昨天相比)
_OPENS_A_CLAUSE = re.compile(r"(?:今天|今日|昨天|昨日|日前|近日|上午|下午|晚间|曾(?:任|担任|出任|经|在|于|是|多次|表示|获))"
                             r"(?!相比|一样|相同|不同|比)[^，。；！？,;!?的]*(?:[，。；！？,;!?]|$)")
# Japanese given names that open with 和 (植田和男, 岸田和夫)
_JAPANESE_HE_NAMES = frozenset("和男 和夫 和子 和也 和彦 和久 和雄 和宏 和弘 和树 和之 和史 和幸 和正 和义 和重 和哉 和惠 和代".split())


def he_ends_name(text: str, at: int) -> bool:
    """Whether the 和 at ``at`` in the Simplified ``text``, right after a name of a surname and one given letter,
    is that name's last letter: what follows it opens no conjunct.

    >>> he_ends_name("院士包信和在合肥出席论坛。", 4), he_ends_name("局长张家和今天表示将增加补助。", 4)
    (True, True)
    >>> he_ends_name("王平和曾庆红会面。", 2), he_ends_name("张三和今天到场的李四握手。", 2)
    (False, False)
    """
    return text.startswith("和", at) and bool(_ENDS_A_NAME.match(text, at + 1) or _OPENS_A_CLAUSE.match(text, at + 1))


def japanese_he_name(text: str, at: int) -> bool:
    """Whether a Japanese given name opening with 和 stands at ``at`` and ends the name there (植田|和男|在东京;
    not 岸田|和夫人, where 和 joins 夫人).

    >>> japanese_he_name("行长植田和男在东京表示", 4), japanese_he_name("首相岸田和夫人出席晚宴。", 4)
    (True, False)
    """
    return text[at : at + 2] in _JAPANESE_HE_NAMES and bool(_ENDS_A_NAME.match(text, at + 2))

