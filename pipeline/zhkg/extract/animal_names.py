"""An animal's or a mascot's pet name read as a person (issue 15, ents259).

News about a zoo's pandas or a games' mascots names them by a doubled letter in quotes: 大熊猫「晓晓」和「蕾蕾」, 吉祥物为东北虎
"滨滨"和"妮妮". The recogniser reads such a name as a person, as it would a child's pet name; none is a person, and
the web set's gold holds none. :func:`drop_animal_names` drops every person mention of such a name in a document
that

* writes the name, two letters the same (晓晓, 妮妮), in quotes at least once (「晓晓」, “妮妮”);
* and speaks of pandas, mascots or a zoo (:data:`ANIMAL_WORDS`: 熊猫, 吉祥物, 动物园).

A person's doubled given name with a surname (李好好, 郑好好) is another name and stays, and so does a doubled name
in a document with no animal in it (a singer's stage name, 莎莎).
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention

__all__ = ["ANIMAL_WORDS", "drop_animal_names"]

#: What a document that names animals or mascots by pet names speaks of (大熊猫, 吉祥物, 上野动物园).
ANIMAL_WORDS = ("熊猫", "吉祥物", "动物园")
_QUOTED_DOUBLE = re.compile(r"[「“\"『‘]([\u4e00-\u9fff])\1[」”\"』’]")


def drop_animal_names(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions less the persons that are an animal's or a mascot's pet name (see the module docstring);
    ``text`` is the Simplified text.

    >>> text = "上野动物园的大熊猫「晓晓」和「蕾蕾」将归还中国。晓晓出生于2021年。歌手莎莎和李好好出席。"
    >>> def person(name, start):
    ...     i = text.index(name, start)
    ...     return Mention("d", i, i + 2 if name != "李好好" else i + 3, name, name, Label.PERSON, "crf")
    >>> ms = [person("晓晓", 0), person("蕾蕾", 0), person("晓晓", 20), person("莎莎", 0), person("李好好", 0)]
    >>> [m.simplified for m in drop_animal_names(ms, text)]
    ['莎莎', '李好好']
    """
    if not any(word in text for word in ANIMAL_WORDS):
        return mentions
    pets = {match.group(0)[1:3] for match in _QUOTED_DOUBLE.finditer(text)}
    if not pets:
        return mentions
    return [m for m in mentions if not (m.label is Label.PERSON and m.simplified in pets)]
