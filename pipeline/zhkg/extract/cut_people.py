"""People the recogniser cut short where a given name's last letter is a word too.

A given name's letters are often words of their own: a time (童杭|时常来往), an adverb (韩文|正推动), a noun that
the recogniser reads as a body with the rest of the name (苏|家乐: 家乐 an organisation). Read alone, a sentence
rarely settles which it is (王明|时常来往 is as likely), so this module reads only what the document settles:

* a person of two Han letters led by a surname that the document writes elsewhere with the letter after it, at the
  text's start or after a mark and a mark right after the three (童杭时，浙江人，… then 童杭|时常来往: 童杭时); not
  before a letter that ends no name (王明说，…);
* a person of two letters right before a body the model opened with a letter and 率 (leads): the letter is the
  name's last, the body the one led (行政院长卓荣|泰率内阁: 卓荣泰 and 内阁; jieba cuts 卓荣|泰率);
* a person of one letter, a surname alone, run into a body of two Han letters the model read right after it, that
  no table lists and jieba knows as no name of a body, and after the body a verb of taking a post or of speech
  (苏|家乐|获委任为: 苏家乐).

Run by :func:`zhkg.extract.combine.combine_mentions` on the recogniser's mentions, after the 和 reading
(:mod:`zhkg.extract.names_with_he`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.records import Label, Mention
from zhkg.resources.lexicon import Lexicon

__all__ = ["people_cut_short", "written_longer"]

# letters that end no name of three (verbs of speech, particles, conjunctions, prepositions, adverbs): 王明说，…
_NEVER_LAST = frozenset("说做讲称笑问答的了着过是把被都就还也等和与及或在向对为于将们俩均亦又曾已仍")
# what closes a name written apart: a mark of a list, a clause or an aside
_CLOSED = re.compile(r"[，、。；：（(,;:]")
# what follows a whole name and no body's: a verb of taking a post or of speech (苏家乐|获委任为)
_AFTER_A_NAME = re.compile(r"获委任|获任命|出任|接任|升任|表示|指出|说|称")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def written_longer(text: str, start: int, end: int) -> bool:
    """Whether the two letters of a name at ``start:end`` and the letter after them are one name the document
    writes apart elsewhere: at the text's start or after a mark, and a mark right after them.

    >>> written_longer("童杭时，浙江人。童杭时常来往于北京。", 8, 10), written_longer("王明时常来往于北京。", 0, 2)
    (True, False)
    """
    if end >= len(text) or text[end] in _NEVER_LAST or not _HAN.match(text, end):
        return False
    name = text[start : end + 1]
    at = text.find(name)
    while at >= 0:
        if at != start and (at == 0 or not _HAN.match(text, at - 1)) and _CLOSED.match(text, at + 3):
            return True
        at = text.find(name, at + 1)
    return False


def people_cut_short(model: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """The recogniser's mentions with the people this module's docstring reads made whole."""
    from zhkg.stages.segment import dictionary_tag

    by_start = {m.start: m for m in model if m.label is Label.ORGANIZATION}
    joined: set[int] = set()
    out = []
    for m in model:
        name = m.simplified
        if m.label is not Label.PERSON or not _HAN.fullmatch(name) or name[0] not in lexicon.surnames:
            out.append(m)
            continue
        end = m.end
        if len(name) == 2 and written_longer(text, m.start, m.end):
            end = m.end + 1
        elif len(name) == 2 and (body := by_start.get(m.end)) is not None and body.simplified[1:2] == "率" \
                and _HAN.fullmatch(body.simplified[:1]):
            joined.add(id(body))  # 卓荣|泰率内阁: the name's last letter, then 率 (leads) and the body led
            end = m.end + 1
            if body.end - body.start >= 4:
                out.append(replace(body, start=body.start + 2, text=body.text[2:], simplified=body.simplified[2:],
                                   canonical=""))
        elif len(name) == 1 and (body := by_start.get(m.end)) is not None and len(body.simplified) == 2 \
                and _HAN.fullmatch(body.simplified) and body.simplified not in lexicon.known_organisations \
                and dictionary_tag(body.simplified) not in ("nt", "ns", "nz") and _AFTER_A_NAME.match(text, body.end):
            joined.add(id(body))
            end = body.end
        out.append(m if end == m.end else replace(m, end=end, text=text[m.start:end], simplified=text[m.start:end],
                                                  canonical=""))
    return [m for m in out if id(m) not in joined]
