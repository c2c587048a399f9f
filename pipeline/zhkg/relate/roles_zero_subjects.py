"""A sentence of a career whose subject is left out, the person of the sentence before (round roles257, issue 11).

News writes a person's earlier posts in a sentence of their own that leaves the subject out, as 他 would be left
out: 县府表示，X为某大学硕士。曾任A公司秘书、B协会会长。; X兼任A公司副总裁。2025年10月起，获委任为A公司执行总裁。;
X早年于A县政府服务。其后转任B市政府，历任…。 :func:`zero_subjects` makes a stand-in for the left-out subject, read
by :mod:`zhkg.relate.roles` like a pronoun's (:func:`zhkg.relate.roles_names._pronoun_subjects`).

A sentence stands for a person when

* it opens with a verb of a career (曾任, 曾担任, 历任, 先后担任…), maybe after a word of sequence (其后转任, 之后出任,
  随后获委任为), or with a date and then a verb of taking a post (2025年10月起，获委任为…; 2019年出任…);
* it names no person, and no pronoun or résumé's stand-in stands in it, before its first clause break (a person
  later in it is read as a post's holder where the post comes first: …，现任董事长李四);
* the nearest sentence before it that names anyone names one person only, two sentences back at most (as for 他:
  :func:`zhkg.relate.roles_names._person_before`); two people there and it stands for no one (王明会见了李四。曾任…);
* that person is no speaker there (周建明表示将继续推进改革。2021年调任…: a news story's speaker, no biography's
  subject, as :mod:`zhkg.relate.roles_resume` decided in round roles217).

Caveats
-------
* Only the subject is supplied: the posts, their bodies and whether they are past are read as for a named subject.
* A sentence opening with a verb of a career that is an answer in a transcript or a quotation's (“曾任…”) is not
  read: a quotation mark opening it stops it, and a sentence inside a quotation names its own speaker.
* The résumé's reader (:func:`zhkg.relate.roles_resume.resume_subjects`) keeps its own heads over longer
  stretches; this reads the one sentence after a person in news prose, where no résumé's head opened.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from zhkg.records import Label, Mention
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.roles_careers import career_opening, chained_subject
from zhkg.relate.roles_names import _PRONOUN_SENTENCES, _SAYING_AFTER_NAME, _person_before, _quoted

__all__ = ["zero_subjects"]


#: A sentence of a career that leaves its subject out: a verb of a past or present career (曾任, 历任…), maybe after
#: a word of sequence; or a word of sequence or a date, then a verb of taking a post (其后转任…, 2025年10月起，获委任为…).
#: 任命 and 任期 are no post taken.
_CAREER_OPENING = re.compile(
    r"(?:其后|之后|随后|此后|后来|及后|其后又|后又|再)?[，,]?"
    r"(?:曾任|曾担任|曾出任|曾经担任|历任|先后担任|先后出任|先后任|曾先后担任|亦曾任|也曾任)"
    r"|(?:(?:其后|之后|随后|此后|后来|及后)[，,]?"
    r"|(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|[同次翌]年(?:\d{1,2}月)?)(?:起|底|初|末|中)?[，,]?(?:又|再|再度|随后|正式)?)"
    r"(?:获委任为|获任命为|获擢升为|获晋升为|获选为|晋升为|出任|担任|兼任|升任|调任|转任|接任|当选为|当选|任(?![命期职务内]))")

#: What follows a speaker's name: a verb of saying, maybe after an adverb (周建明表示…, 王明则表示…, 李华说…).
_SPEAKS = (*sorted(_SAYING_AFTER_NAME), "说", "则表示", "也表示", "亦表示", "还表示", "则说", "也说")

#: Letters that, opening a sentence, give it a speaker or a subject of its own: a quotation, a pronoun's sentence.
_NOT_OPENING = frozenset("“「『\"他她")


def zero_subjects(ctx: RelationContext, stand_in: str, taken: list[Mention]) -> list[Mention]:
    """A stand-in person (zero letters long, at the sentence's start, ``stand_in`` its extractor and the person's
    entity id its ``canonical``) for each sentence of a career whose subject is left out (see the module docstring).
    ``taken`` are the stand-ins already made (他, 王先生, a résumé's head's): a sentence holding one is not read."""
    simplified = ctx.simplified
    people = [m for m in ctx.mentions if m.label is Label.PERSON and m.end > m.start]
    if not people:
        return []
    starts = [m.start for m in people]
    held = sorted(m.start for m in taken)

    def named(a: int, b: int) -> set[str]:
        return {ctx.owner[m] for m in people[bisect_left(starts, a) : bisect_left(starts, b)] if m.end <= b}

    out = []
    for k, (s, e) in enumerate(ctx.sentences):
        if k == 0 or simplified[s : s + 1] in _NOT_OPENING or not (_CAREER_OPENING.match(simplified, s) or career_opening(simplified, s)):
            continue
        brk = CLAUSE_BREAK.search(simplified, s + 1, e)
        first_end = brk.start() if brk else e
        i = bisect_left(held, s)
        if (i < len(held) and held[i] < first_end) or named(s, first_end) or _quoted(simplified, s):
            continue
        who = _person_before(ctx, s, k, named) or chained_subject(taken + out, ctx.sentences, k)  # (careers307)
        if who is None or any(ctx.owner[m] == who and simplified.startswith(_SPEAKS, m.end)
                              for m in people[bisect_left(starts, ctx.sentences[max(k - _PRONOUN_SENTENCES, 0)][0]) :
                                              bisect_left(starts, s)]):
            continue  # 周建明表示将继续推进改革。2021年调任…: a speaker, no biography's subject (roles217)
        out.append(Mention(ctx.doc.id, s, s, "", "", Label.PERSON, stand_in, canonical=who))
    return out
