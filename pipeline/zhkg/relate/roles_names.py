"""The person a name, a surname or a pronoun stands for, for the holder readers of :mod:`zhkg.relate.roles_holders`
and after: a surname or a given name read as the full name written earlier (:class:`_FullNames`, :func:`_owner_of`),
他/她 read as the person the text last named (:func:`_pronoun_subjects`, :func:`_appointed_pronouns`), a name no
extractor found or cut short (:func:`_name_at`, :func:`_name_cut_short`, :func:`_title_people`), a name run into the
next word or into 说/表示 (:func:`_glued_to_next_word`, :func:`_runs_into_next_word`, :func:`_run_into_saying`,
:func:`_title_run_into`) and a preposition read as a name (:func:`_preposition_read_as_name`).

Caveats: people are the recogniser's mentions plus the names read here; a pronoun stands for the person named last
within a couple of sentences, and a quotation (up to a few hundred characters) is skipped, so a pronoun in reported
speech can be misread. Moved verbatim from ``relate/roles_holders.py`` (tidy73), which itself came from
``relate/roles.py`` (tidy65): no definition's text changed. This part imports only the parts before
``roles_holders``, never ``relate/roles.py``.
"""

from __future__ import annotations

import re
from bisect import (
    bisect_left,
    bisect_right,
)
from collections import (
    defaultdict,
)
from collections.abc import (
    Callable,
)

from zhkg.extract.names_with_he import (
    he_ends_name,
)
from zhkg.extract.person_edges import ADVERBS_AFTER_NAMES
from zhkg.extract.role_frames import (
    dates_a_day,
)
from zhkg.records import (
    Label,
    Mention,
)
from zhkg.relate.base import (
    DERIVED,
    RelationContext,
)
from zhkg.relate.roles_careers import IN_OFFICE
from zhkg.relate.roles_title_body import (
    _PRONOUN_SOURCE,
)
from zhkg.relate.roles_titles import (
    _OPENING_QUOTES,
    _role_starts,
    _roles_from,
    _roles_to,
)
from zhkg.relate.roles_words import (
    _NAME_TAGS,
    _dictionary_tag,
    _verb_at,
    _words,
)
from zhkg.text import (
    is_han,
)

__all__ = [
    "_preposition_read_as_name",
    "_glued_to_next_word",
    "_runs_into_next_word",
    "_SAYING_AFTER_NAME",
    "_CREDIT_AFTER_NAME",
    "_run_into_saying",
    "_title_run_into",
    "_RUN_ON_LETTERS",
    "_CLOSING_QUOTES",
    "_owner_of",
    "_FullNames",
    "_PRONOUN",
    "_SURNAME_HONORIFIC",
    "_NOT_PRONOUN_AFTER",
    "_NOT_PRONOUN_BEFORE",
    "_PRONOUN_SENTENCES",
    "_PRONOUN_AFTER",
    "_MAX_QUOTATION",
    "_quoted",
    "_pronoun_subjects",
    "_person_before",
    "_OBJECT_PRONOUN",
    "_appointed_pronouns",
    "_NOT_GIVEN",
    "_NOT_SURNAME_HERE",
    "_name_at",
    "_name_cut_short",
    "_title_people",
    "_AFTER_TITLE",
]


def _preposition_read_as_name(person: Mention) -> bool:
    """Whether a two-letter "name" is a preposition and 原/前 (总经理由原…, 由前…): no one holds the title before it."""
    return len(person.simplified) == 2 and person.simplified[0] in "由被把将从向对" and person.simplified[1] in "原前"


def _glued_to_next_word(ctx: RelationContext, person: Mention) -> bool:
    """Whether the recogniser ran a name on into the first letter of what follows it here: a letter no given name
    ends with, a word of its own (金琦已|出任, 陈竺率|代表团, 杜正胜视|法律), or the first letter of a word of the
    dictionary (no name) that runs past the name (杰瓦讷表|示), unless a word of two letters begins where the
    name ends (李克强|调研, though 强调 is a word) or a letter a name is followed by does (贾大明|说, though 明说
    is a word). Such a span names no one in this sentence, whatever the recogniser made of it elsewhere.
    Answered once per span and document (:attr:`RelationContext.glued`)."""
    name = person.simplified
    if len(name) < 3:
        return False
    key = (person.start, person.end, name, person.extractor == DERIVED)
    glued = ctx.glued.get(key)
    if glued is None:
        glued = ctx.glued[key] = _runs_into_next_word(ctx.simplified, person)
    return glued


def _runs_into_next_word(simplified: str, person: Mention) -> bool:
    """:func:`_glued_to_next_word`, worked out."""
    name = person.simplified
    if len(name) < 3 or person.extractor == DERIVED or not is_han(name[-1]):
        return False
    if name[-1] in _RUN_ON_LETTERS:
        return True
    if person.end >= len(simplified) or simplified[person.end] in _AFTER_TITLE or simplified[person.end] in "的了着过":
        return False  # 贾大明|说: 明说 is a word, yet 说 after a name is the verb of saying
    crossing = next(iter(_words(simplified[person.end - 1 : person.end + 3])), "")
    if len(crossing) < 2 or _dictionary_tag(crossing) in _NAME_TAGS:
        return False
    return len(next(iter(_words(simplified[person.end : person.end + 3])), "")) < 2


#: Verbs of saying the recogniser runs a name on into (澳际教育集团英国留学中心总监孙南介绍，…), and a photo's
#: credit after a reporter's name (澎湃新闻记者陈雷柱图).
_SAYING_AFTER_NAME = frozenset({"介绍", "表示", "指出", "认为", "透露", "强调", "坦言", "告诉", "说道", "称"})


_CREDIT_AFTER_NAME = frozenset("图摄")


def _run_into_saying(ctx: RelationContext, person: Mention) -> int:
    """Where the name inside a span the recogniser ran on into a verb of saying or a photo's credit ends, or 0:
    the rest is two or three letters opening with a known surname, no word of the dictionary but a name, and a
    title ends right before the span (总监孙南|介绍; 记者陈雷柱|图, the credit only after a name of three letters with
    a one-letter surname: 李宏图 and 欧阳宏图 are names)."""
    name = person.simplified
    if person.extractor == DERIVED or not 3 <= len(name) <= 5 or not all(map(is_han, name)):
        return 0
    cut = next((len(w) for w in (name[-2:], name[-1:]) if w in _SAYING_AFTER_NAME), 0)
    if not cut and name[-1] in _CREDIT_AFTER_NAME and len(name) == 4 and name[:2] not in ctx.lexicon.surnames:
        cut = 1
    rest = name[:-cut] if cut else ""
    if not 2 <= len(rest) <= 3 or (rest[:1] not in ctx.lexicon.surnames and rest[:2] not in ctx.lexicon.surnames) \
            or _dictionary_tag(rest) not in _NAME_TAGS:
        return 0
    if not any(len(r) >= 2 and ctx.simplified.endswith(r, 0, person.start) for r in _roles_to(ctx, person.start)):
        return 0
    return person.end - cut


def _title_run_into(ctx: RelationContext, person: Mention) -> bool:
    """Whether the recogniser ran a name back into the last letter of a title of two letters or more before it
    (嘉義縣長翁章梁: 长翁章梁): a role word ends on the name's first letter, and the rest, two or three letters,
    opens with a known surname and is no word of the dictionary."""
    simplified = ctx.simplified
    rest = person.simplified[1:]
    if person.extractor == DERIVED or not 2 <= len(rest) <= 3 or rest[:1] not in ctx.lexicon.surnames \
            or not all(is_han(ch) for ch in rest) or _dictionary_tag(rest) not in _NAME_TAGS:
        return False
    return any(len(r) >= 2 and simplified.endswith(r, 0, person.start + 1) for r in _roles_to(ctx, person.start + 1))


#: Letters that end no given name, each a word of its own after one: 已, 率 (率代表团), 视 (视法律如无物), 将, 曾…
_RUN_ON_LETTERS = frozenset("的了是在与及或等也都说称着过被把从到由对向将为于已率视曾亦则就即自")


_CLOSING_QUOTES = "”」』"


def _owner_of(ctx: RelationContext, person: Mention) -> str:
    """The entity ``person`` stands for: its own, or for a bare surname (童後來擔任…) or a two-letter family
    name (石原出任…, after 石原慎太郎) the one person of that surname the document named in full before it;
    for a pronoun's stand-in (:func:`_pronoun_subjects`), the person it points back to."""
    if person.extractor == _PRONOUN_SOURCE:
        return person.canonical
    name = person.simplified
    if len(name) > _FullNames.LETTERS or not name:
        return ctx.owner[person]
    surname = name in ctx.lexicon.surnames
    if not surname and len(name) != 2:
        return ctx.owner[person]
    if ctx.full_names is None or ctx.full_names[0] is not ctx.mentions:
        ctx.full_names = (ctx.mentions, _FullNames(ctx))
    names: _FullNames = ctx.full_names[1]  # type: ignore[assignment]
    # a Japanese family name for the full name before it: 石原慎太郎…，石原出任…
    if not surname and names.first_long.get(name, person.start + 1) > person.start:
        return ctx.owner[person]
    return names.one_before(name, person.start) or ctx.owner[person]


class _FullNames:
    """The people of a document by the first letters of their names, to tell in one bisection which of them a
    surname alone, or a family name, named before it stands for (:func:`_owner_of`): one pass over the mentions,
    not one per surname (a long document naming many people by surname was quadratic)."""

    #: the longest surname or family name looked up (复姓 and 石原 have two letters)
    LETTERS = 2

    def __init__(self, ctx: RelationContext) -> None:
        by_start: dict[str, list[tuple[int, str]]] = defaultdict(list)
        #: by first two letters, the earliest end of a name of four letters or more (石原慎太郎)
        self.first_long: dict[str, int] = {}
        for m in ctx.mentions:
            if m.label is not Label.PERSON:
                continue
            full = m.simplified
            for n in range(1, min(len(full) - 1, self.LETTERS) + 1):
                by_start[full[:n]].append((m.end, ctx.owner[m]))
            if len(full) >= 4:
                key = full[:2]
                self.first_long[key] = min(self.first_long.get(key, m.end), m.end)
        #: by first letters: the ends in order, and for each the one person named by then ("" when more than one)
        self.ends: dict[str, list[int]] = {}
        self.single: dict[str, list[str]] = {}
        for key, found in by_start.items():
            found.sort(key=lambda pair: pair[0])
            ends, single, first = [], [], None
            for end, owner in found:
                first = owner if first is None or first == owner else ""
                ends.append(end)
                single.append(first)
            self.ends[key] = ends
            self.single[key] = single

    def one_before(self, name: str, at: int) -> str:
        """The one person whose longer name starts with ``name`` named before ``at``, or ``""`` (none, or several)."""
        ends = self.ends.get(name)
        if not ends:
            return ""
        i = bisect_right(ends, at)
        return self.single[name][i - 1] if i else ""


#: Pronouns of a person that open a clause as its subject (他曾任…, 她后出任…); the stand-ins
#: :func:`_pronoun_subjects` makes for them carry this as their extractor. 其 counts only before a verb or adverb
#: of a résumé (王立群毕业于清华大学。其历任…, 其曾任…, 其早年…: roles242), never as a determiner (其公司, 其中) nor
#: before 现任, which news also writes for a body's present holder (其现任董事长王明: the body's).
_PRONOUN = re.compile("[他她]|其(?=曾|历任|先后|早年|亦曾|也曾)")


#: A surname and an honorific: 王先生 stands for the 王 the document named in full before (王建国…。王先生曾任…).
_SURNAME_HONORIFIC = re.compile("(?<=[\u4e00-\u9fff])(?:先生|女士|小姐)")


#: What makes 他/她 no person's pronoun: 他们, 她们, 他人, 其他, 他国, 他乡, 他日, 他的 (a possessor, no subject).
_NOT_PRONOUN_AFTER = frozenset("们人国乡日的")


_NOT_PRONOUN_BEFORE = frozenset("其吉")


#: How far back a pronoun's person may be named: its sentence, else the nearest of the sentences before it that
#: names anyone, this many back at most.
_PRONOUN_SENTENCES = 2


#: What a subject pronoun follows in its sentence: a comma, a time, a quote or bracket.
_PRONOUN_AFTER = frozenset("，,：:“「『（( 年月日后时")


#: How far back a quotation around a pronoun may open.
_MAX_QUOTATION = 300


def _quoted(simplified: str, i: int) -> bool:
    """Whether offset ``i`` is inside a quotation (“…”, 「…」, 『…』) opened in the :data:`_MAX_QUOTATION` letters
    before it and not closed yet."""
    lo = max(i - _MAX_QUOTATION, 0)
    opened = max(simplified.rfind(q, lo, i) for q in _OPENING_QUOTES)
    closed = max(simplified.rfind(q, lo, i) for q in _CLOSING_QUOTES)
    return opened > closed


def _pronoun_subjects(ctx: RelationContext) -> list[Mention]:
    """A stand-in mention for each 他 or 她 opening a clause as its subject, whose person is plain: the one
    person its sentence named before it, or, when it names none there, the one person of the nearest sentence
    before that names anyone (王立群毕业于清华大学。他曾任华为公司副总裁: 王立群). The stand-in's
    ``canonical`` holds that person's entity id (:func:`_owner_of`); it is never a mention of the document.
    Two people there, or none, and the pronoun stands for no one (王明会见了李四，他曾任…). A surname and an
    honorific in a subject's place (王先生曾任…) stand for the one person of that surname the document named in full
    before them."""
    simplified = ctx.simplified
    out: list[Mention] = []
    people = [m for m in ctx.mentions if m.label is Label.PERSON]
    starts = [m.start for m in people]
    ends = {m.end for m in people}
    sentence_start_set = {a for a, _ in ctx.sentences}

    def named(a: int, b: int) -> set[str]:
        return {ctx.owner[m] for m in people[bisect_left(starts, a) : bisect_left(starts, b)] if m.end <= b}

    for found in _PRONOUN.finditer(simplified):
        i, ch = found.start(), found.group()
        if simplified[i + 1 : i + 2] in _NOT_PRONOUN_AFTER or simplified[i - 1 : i] in _NOT_PRONOUN_BEFORE:
            continue
        k = ctx.sentence_index(i)
        if k < 0 or i >= ctx.sentences[k][1]:
            continue
        s = ctx.sentences[k][0]
        if (i > s and simplified[i - 1] not in _PRONOUN_AFTER) or _quoted(simplified, i):
            continue  # 王明说：“他是万科集团董事长”: a quotation's 他 is someone else
        who = _person_before(ctx, i, k, named)
        if who is None:
            continue
        out.append(Mention(ctx.doc.id, i, i + 1, ctx.text[i], ch, Label.PERSON, _PRONOUN_SOURCE, canonical=who))
    for found in _SURNAME_HONORIFIC.finditer(simplified):
        i = found.start()  # where the honorific starts; the surname ends there
        if i in ends:
            continue  # 王建国先生: a name the extractors found
        surname = next((n for n in (simplified[i - 2 : i], simplified[i - 1 : i])
                        if n in ctx.lexicon.surnames and i - len(n) >= 0), "")
        b = i - len(surname)
        if not surname or not (b in sentence_start_set or simplified[b - 1 : b] in _PRONOUN_AFTER):
            continue
        who = {ctx.owner[m] for m in people[: bisect_left(starts, b)] if m.simplified.startswith(surname)
               and len(m.simplified) > len(surname)}
        if len(who) == 1:  # 王建国…。王先生曾任…: the one 王 the document named in full before
            out.append(Mention(ctx.doc.id, b, i, ctx.text[b:i], surname, Label.PERSON, _PRONOUN_SOURCE,
                               canonical=next(iter(who))))
    return out


def _person_before(ctx: RelationContext, i: int, k: int, named: Callable[[int, int], set[str]]) -> str | None:
    """The entity id of the one person the sentence ``k`` names before ``i``, or, when it names none there, of the
    one person of the nearest sentence before that names anyone (two sentences back at most); ``None`` when there
    are two or none. ``named(a, b)`` gives the people named between ``a`` and ``b``."""
    who = named(ctx.sentences[k][0], i)
    back = k
    while not who and back > 0 and k - back < _PRONOUN_SENTENCES:
        back -= 1
        who = named(*ctx.sentences[back])
    return next(iter(who)) if len(who) == 1 else None


#: The object of a verb of appointment: 华为公司聘任他为总经理 (:func:`_appointed_pronouns`).
_OBJECT_PRONOUN = frozenset("他她")


def _appointed_pronouns(ctx: RelationContext, verbs: list[re.Match[str]]) -> dict[int, Mention]:
    """A stand-in mention (as :func:`_pronoun_subjects` makes) for each 他 or 她 right after a verb of appointment
    (``verbs``), by where it starts: the one person its sentence named before it, or, when it names none there, the
    one person of the nearest sentence before that names anyone (王建国毕业于清华大学。华为公司于2010年聘任他为总经理:
    王建国); two there, or none, and the pronoun stands for no one."""
    simplified = ctx.simplified
    people = [m for m in ctx.mentions if m.label is Label.PERSON]
    starts = [m.start for m in people]

    def named(a: int, b: int) -> set[str]:
        return {ctx.owner[m] for m in people[bisect_left(starts, a) : bisect_left(starts, b)] if m.end <= b}

    out = {}
    for verb in verbs:
        i = verb.end()
        if simplified[i : i + 1] not in _OBJECT_PRONOUN or simplified[i + 1 : i + 2] in _NOT_PRONOUN_AFTER:
            continue
        k = ctx.sentence_index(i)
        if k < 0 or i >= ctx.sentences[k][1] or _quoted(simplified, i):
            continue
        who = _person_before(ctx, i, k, named)
        if who is not None:
            out[i] = Mention(ctx.doc.id, i, i + 1, ctx.text[i], simplified[i], Label.PERSON, _PRONOUN_SOURCE,
                             canonical=who)
    return out


#: Characters no given name holds (function words and speech verbs): 总经理王明说 is 王明, not 王明说.
_NOT_GIVEN = frozenset("的了是在和与及或等年月日时也都说称表示着过被把从到由对向将为于之")


#: Surnames that are also words joining what follows a title to it: 队长和指挥, 主任与副主任.
_NOT_SURNAME_HERE = frozenset("和与及同跟向对于")


def _name_at(ctx: RelationContext, at: int, before_role: bool = False) -> tuple[int, int] | None:
    """A 2-4 character name no extractor named at ``at``: a known surname and one or two given characters,
    no known word, nothing named over it, and after it a word a title is followed by (表示, 说…), a verb
    of two letters (带领), a punctuation mark or the end; with ``before_role``, a role word after it
    (清华大学王伟教授)."""
    simplified = ctx.simplified
    for surname in (simplified[at : at + 2], simplified[at : at + 1]):
        if len(surname) == 0 or surname not in ctx.lexicon.surnames or surname in _NOT_SURNAME_HERE \
                or any(simplified.startswith(r, at + len(surname)) for r in _roles_from(ctx, at + len(surname))):
            continue  # 队长和指挥: 和 joins two titles
        for given in (1, 2):
            end = at + len(surname) + given
            name = simplified[at:end]
            if end > len(simplified) or not name.isalnum() or not all(map(is_han, name)) \
                    or any(ch in _NOT_GIVEN for ch in name[len(surname):]):
                continue
            # (a letter inside a mention: the offsets every mention covers are worked out once, not each mention tried)
            if not ctx.covered().isdisjoint(range(at, end)) or _dictionary_tag(name) not in _NAME_TAGS:
                continue
            if name in IN_OFFICE:
                continue  # 从水利部副部长|任上，调任…: "in office", no name (careers307)
            if given == 2 and _dictionary_tag(name[:2]) == "v":
                continue  # 高雄市长|初选胜出, 市议员|初选领表, 主席|公布中: the surname opens a verb (初选, 公布), no name
                # (roles246: the verb alone, without a second at the end)
            if given == 1 and not before_role and he_ends_name(simplified, end) \
                    and _dictionary_tag(name + simplified[end]) in _NAME_TAGS:
                return at, end + 1  # 局长张家和今天表示: 和 joins nothing there, it ends the name (extract/names_with_he.py)
            if before_role:
                if any(simplified.startswith(r, end) for r in _roles_from(ctx, end)):
                    return at, end
            elif end == len(simplified) or not simplified[end].isalnum() or simplified[end] in _AFTER_TITLE \
                    or (_verb_at(simplified, end) and surname[0] not in _NOT_GIVEN
                        and (given == 1 or _dictionary_tag(name[len(surname):]) == "x")):
                return at, end  # before a verb: not 由|著名导演, 时|就拜读
    return None


def _name_cut_short(ctx: RelationContext, person: Mention) -> tuple[int, int] | None:
    """The whole name of a person the recogniser cut one letter short right after a title (总经理王小|明表示:
    王小明): a one-letter known surname and one given letter, then a letter no function word, verb of saying
    or word a title is followed by, and after it a punctuation mark or such a word (表示, 说…), the two
    letters no dictionary word; the three a name to jieba's dictionary (unknown, or a person's name)."""
    simplified = ctx.simplified
    name, end = person.simplified, person.end
    if len(name) != 2 or name[0] not in ctx.lexicon.surnames or end + 1 > len(simplified) \
            or not any(simplified.endswith(r, 0, person.start) for r in _roles_to(ctx, person.start)):
        return None
    ch, after = simplified[end], simplified[end + 1 : end + 2]
    if not is_han(ch) or ch in _NOT_GIVEN or ch in _AFTER_TITLE or dates_a_day(simplified, end) \
            or ch + after in ADVERBS_AFTER_NAMES \
            or any(m.start <= end < m.end for m in ctx.mentions) \
            or (after and after.isalnum() and (after not in _AFTER_TITLE or _dictionary_tag(ch + after) != "x")):
        return None  # 局长王军今天, 市长张伟强调, 记者王伟报道, 秘书长李政均为 (roles246)
    return (person.start, end + 1) if _dictionary_tag(name + ch) in _NAME_TAGS else None


def _title_people(ctx: RelationContext) -> list[tuple[int, int]]:
    """Where a name no extractor found follows a title: 总经理王小明表示, 立委林为洲说 (:func:`_name_at`)."""
    simplified = ctx.simplified
    pattern, roles = _role_starts(ctx.lexicon)
    ends = set(range(len(simplified) + 1)) if "" in roles else set()
    # the longest role at each position (a trie, one scan), not a shorter one inside it: 主教练合约 is no 主教 before
    # a name 练合约 (roles286)
    ends.update(m.start() + len(m.group(1)) for m in pattern.finditer(simplified))
    # a space or a slash after the title, as a byline sets it (新快报记者 刘嫣, 《零距离》记者/冯珂):
    # :func:`_byline_name_start` says where it counts
    ends |= {e + 1 for e in ends if simplified[e : e + 1] in (" ", "\u3000", "/", "／")}
    return sorted({span for e in ends if e not in ctx.person_starts and (span := _name_at(ctx, e)) is not None})


#: What begins the words a title before them is followed by: 教授指出, 主任表示, 院长介绍, 律师认为.
_AFTER_TITLE = frozenset("作说表称在是指认介透告强提分解呼建坦回谈预直也就则还等都曾已将对向为于和与接出被上致")
