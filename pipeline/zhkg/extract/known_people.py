"""Well-known people news names by a short name alone (特朗普, 川普, 默克尔, 梅西, 马斯克).

International news names world figures bare, without a title (他与特朗普通电话), and mainland, Taiwan and
Hong Kong news spell them differently (特朗普, 川普, 杜林普; 奥巴马, 欧巴马; 普京, 普丁, 蒲亭). jieba splits some
of these names (泽|连斯基) and the recogniser misses or mistypes others (a president read as a place), so
``data/people_known.tsv`` lists them, written as facts for zhkg: each row a person's canonical name (the full
name as mainland news writes it), the other forms news uses (the first: the name mainland news writes alone,
特朗普), the country and, for a name that is a common
word, a place or another person too (乔丹, 詹姆斯, 林肯, 盖茨), the cue words one of which its sentence must
hold (NBA, 篮球 …) unless the document writes the full name.

A form is read only as a whole word: the ends of jieba's words, or no dictionary word across its start
(四川|普通话 holds no 川普) and none across its end unless the word after the name reaches further (川普|通电话,
川普|通过: 普通 is no word there; 四川普通话 and 川普通话 are none). It is never a piece of a longer
transliterated name (伊万卡·特朗普, 科比特) nor a name a place or a thing is called after (肯尼迪机场,
罗斯福路, 梅西百货). Every form of a row is one person, in every document: the mentions carry the person's
name as mainland news writes it alone (特朗普 for 川普, 杜林普 and 唐纳德·特朗普; the full name for a row whose
first other form is no part of it: 金正恩, 乔治·赫伯特·沃克·布什 for 老布什), which :mod:`zhkg.stages.resolve` gives every person mention of that form in the document;
the node shows the form written most (川普 in a Taiwan article).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.extract.base import make_mention
from zhkg.extract.foreign_names import NAMED_AFTER
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon, load_lexicon, table_rows
from zhkg.stages.normalise import to_simplified
from zhkg.stages.segment import dictionary_tag, doc_text, token_table
from zhkg.text import longest_first, sentence_spans

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["KnownPerson", "known_people", "known_person_forms", "known_person_roles", "extract_known_people"]

#: What joins the parts of a transliterated name (as :data:`zhkg.extract.foreign_names.FOREIGN_SEPARATORS`).
_SEPARATORS = frozenset("·‧•・-")
# the dots other than · that join a name's parts, and the hyphen world news often writes instead (他信-西那瓦),
# each read as · when the table's forms are looked for (a hyphen elsewhere joins no form: 巴西-阿根廷)
_OTHER_DOTS = re.compile("[‧•・-]")
_AS_DOT = str.maketrans({"‧": "·", "•": "·", "・": "·", "-": "·"})
# what a place, a body or a thing named after a person is called (肯尼迪机场, 罗斯福路, 梅西百货, 马克思主义)
# (the heads :data:`zhkg.extract.foreign_names.NAMED_AFTER` lists, and streets and stores)
_NAMED_AFTER = re.compile(longest_first((*NAMED_AFTER, "路", "街", "百货")))
# who writes the news, right before a name (记者戴高乐报道): the paper's own staff, not the world figure
_BYLINE = re.compile(r"(?:记者|编辑|通讯员|作者|撰文|摄影)[:：]?\s*$")
# the longest dictionary word looked for across a name's edge
_MAX_WORD = 4
# how someone speaks, right before a form that also names a dialect (说一口川普, 讲川普: Sichuan Mandarin)
_SPEECH_BEFORE = re.compile(r"(?:(一口)(?:[^，。！？、\s]{1,3}的)?|[说讲]着?)$")
# what ends a clause or a phrase: 说川普， is the dialect, 说川普会赢 the man
_CLAUSE_END = frozenset("，,。、；;！!？?：:）)”」")
# how far before a name a role of the person's may start (美国国务卿克林顿: the country may come between)
_ROLE_REACH = 6


@dataclass(frozen=True)
class KnownPerson:
    """One row of ``people_known.tsv``: the full name, the node's name, the country, the cue words (empty: none
    needed) and the English name."""

    canonical: str
    #: The node's name: the first short form (as mainland news writes it: 特朗普), else the full name.
    name: str
    country: str
    cues: tuple[str, ...]
    gloss: str


@lru_cache(maxsize=4)  # a Lexicon hashes by identity
def known_person_forms(lexicon: Lexicon) -> dict[str, KnownPerson]:
    """Every form ``people_known.tsv`` (and the user's folders) lists, as the normalised text writes it,
    with its person; a later row's form replaces an earlier one's.

    >>> forms = known_person_forms(load_lexicon())
    >>> forms["川普"].name, forms["欧巴马"].canonical, forms["金正恩"].name, forms["乔丹"].cues[:2]
    ('特朗普', '贝拉克·奥巴马', '金正恩', ('NBA', '篮球'))
    """
    forms: dict[str, KnownPerson] = {}
    for canonical, others, country, cues, gloss in table_rows("people_known.tsv", lexicon):
        full = to_simplified(canonical)
        short = [to_simplified(f) for f in (others or "").split("|") if f]
        # the name mainland news writes alone is a part of the full name (特朗普 of 唐纳德·特朗普); a row whose first
        # form is another region's (米高积逊) or an epithet (老布什, C罗) keeps the full name
        name = short[0] if short and short[0] in full else full
        person = KnownPerson(full, name, country, tuple(c for c in (cues or "").split("|") if c),
                             gloss or "")
        for form in [canonical, *(others or "").split("|")]:
            if form:
                forms[to_simplified(form)] = person
    return forms


@lru_cache(maxsize=4)
def known_person_roles(lexicon: Lexicon) -> dict[str, tuple[tuple[tuple[str, ...], KnownPerson], ...]]:
    """The listed forms a role tells apart (``people_known_roles.tsv``): each form with its (role words, person)
    pairs, as the normalised text writes them; a role's person is a row of ``people_known.tsv``.

    >>> roles = known_person_roles(load_lexicon())
    >>> [(r[:2], p.canonical) for r, p in roles["克林顿"]][0]
    (('国务卿', '参议员'), '希拉里·克林顿')
    """
    forms = known_person_forms(lexicon)
    out: dict[str, list[tuple[tuple[str, ...], KnownPerson]]] = {}
    for form, roles, canonical in table_rows("people_known_roles.tsv", lexicon):
        person = forms.get(to_simplified(canonical))
        if person is not None:
            words = tuple(to_simplified(r) for r in roles.split("|") if r)
            out.setdefault(to_simplified(form), []).append((words, person))
    return {form: tuple(pairs) for form, pairs in out.items()}


def _person_by_role(text: str, s: int, e: int, lo: int, pairs) -> KnownPerson | None:
    """The person a role written right before the name (国务卿克林顿, 美国国务卿克林顿) or right after it (克林顿国务卿)
    says a form is, or None; ``lo`` is where the name's sentence starts."""
    before = text[max(lo, s - _ROLE_REACH):s]
    for words, person in pairs:
        if before.rstrip().endswith(words) or text.startswith(words, e):
            return person
    return None


@lru_cache(maxsize=4)
def _dotted_forms(lexicon: Lexicon) -> dict[str, KnownPerson]:
    """:func:`known_person_forms` with every dot and hyphen read as ·, as the text is read when looked up: a row
    written with a hyphen (卡西姆-若马尔特·托卡耶夫) is found however the text joins its parts."""
    return {form.translate(_AS_DOT): person for form, person in known_person_forms(lexicon).items()}


@lru_cache(maxsize=4)
def _pattern(lexicon: Lexicon) -> re.Pattern[str] | None:
    forms = _dotted_forms(lexicon)
    if not forms:
        return None
    return re.compile(longest_first(forms))  # longest first, as a trie: a few times faster than the list


def _word_across(text: str, b: int, lo: int, hi: int) -> int:
    """The furthest end of a dictionary word across position ``b`` starting in ``[lo, b)`` and ending after
    ``b`` (at most ``hi``), or -1 when there is none."""
    furthest = -1
    for i in range(max(lo, b - _MAX_WORD + 1), b):
        for j in range(b + 1, min(hi, i + _MAX_WORD) + 1):
            if dictionary_tag(text[i:j]) != "x":
                furthest = max(furthest, j)
    return furthest


def _word_at(text: str, b: int) -> int:
    """The furthest end of a dictionary word of two characters or more starting at ``b``, or -1."""
    return max((j for j in range(b + 2, min(len(text), b + _MAX_WORD) + 1) if dictionary_tag(text[b:j]) != "x"),
               default=-1)


def _whole_word(text: str, s: int, e: int, starts: frozenset[int] | set[int], ends: frozenset[int] | set[int]) -> bool:
    """Whether ``text[s:e]`` stands as a word: jieba cut it so, or no dictionary word runs across its start
    and none across its end that reaches further than the word after it (川普|通电话, not 四川|普通话)."""
    if s in starts and e in ends:
        return True
    if s not in starts and _word_across(text, s, 0, e) >= 0:
        return False
    if e not in ends:
        across = _word_across(text, e, s, len(text))
        if across >= 0 and _word_at(text, e) <= across:
            return False
    return True


def known_people(text: str, table, lexicon: Lexicon | None = None) -> list[tuple[int, int, KnownPerson]]:
    """Spans of the people ``people_known.tsv`` lists in normalised ``text``, with their row; ``table`` is the
    document's token table (:func:`zhkg.stages.segment.token_table`).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "他与川普通电话。四川普通话。伊万卡·特朗普访华，乔丹访问约旦。"
    >>> [(text[s:e], p.name) for s, e, p in known_people(text, token_table(make_nlp()(text)))]
    [('川普', '特朗普')]
    """
    lexicon = lexicon or load_lexicon()
    pattern = _pattern(lexicon)
    if pattern is None:
        return []
    forms = _dotted_forms(lexicon)
    foreign = lexicon.foreign_name_chars
    starts, ends = table.starts, table.ends
    found: list[tuple[int, int, KnownPerson]] = []
    # the table joins a name's parts with ·; Taiwan's press writes ‧ (希拉蕊‧柯林顿), others •, ・ or -: read them as ·
    dotted = text.translate(_AS_DOT) if _OTHER_DOTS.search(text) else text
    for m in pattern.finditer(dotted):
        s, e = m.span()
        form = m.group()
        before, after = text[s - 1:s], text[e:e + 1]
        if before in _SEPARATORS or after in _SEPARATORS:
            continue  # a part of a longer name: 伊万卡·特朗普, 劳拉·布什
        if all(c in foreign for c in form) and (
                after == " " and text[e + 1:e + 2] in foreign or before == " " and text[s - 2:s - 1] in foreign):
            # a space joining a transliteration's parts: 希拉里 达芙 (Hilary Duff) is no 希拉里·克林顿; a Chinese
            # name is no such part (寻爱 房祖名: a headline's space after a word ending in 爱)
            continue
        if _BYLINE.search(text, max(0, s - 4), s):
            continue  # 记者戴高乐报道: a writer of the paper who shares the name
        if all(c in foreign for c in form) and (before and before in foreign or after and after in foreign):
            continue  # a piece of a longer transliteration: 科比|特, 莫迪|亚诺
        if _NAMED_AFTER.match(text, e):
            continue  # 肯尼迪机场, 罗斯福路, 梅西百货: a place or a thing called after the person
        if not _whole_word(text, s, e, starts, ends):
            continue
        speech = _SPEECH_BEFORE.search(text, max(0, s - 6), s)
        if speech and (speech.group(1) or text[e:e + 1] in _CLAUSE_END or text[e:e + 1] == "话"):
            continue  # 说一口川普, 讲川普: a dialect of the same name (Sichuan Mandarin), not the person
        found.append((s, e, forms[form]))
    roles = known_person_roles(lexicon)
    if not any(p.cues for _, _, p in found) and not any(text[s:e] in roles for s, e, _ in found):
        return found
    sentences = sentence_spans(text)
    sentence_starts = [a for a, _ in sentences]
    # the full name written anywhere in the document makes its short forms that person
    # (a row whose full name is its only form, a word too, needs its cues there as well: 连战, not 球队连战三场)
    written_in_full = {p.canonical for s, e, p in found
                       if dotted[s:e] == p.canonical.translate(_AS_DOT) and p.name != p.canonical}
    out = []
    for s, e, person in found:
        if text[s:e] in roles:
            k = bisect_right(sentence_starts, s) - 1
            # a role of the person's tells apart a form two rows share (国务卿克林顿 is Hillary Clinton)
            by_role = _person_by_role(text, s, e, sentences[k][0] if k >= 0 else 0, roles[text[s:e]])
            if by_role is not None:
                out.append((s, e, by_role))
                continue
        if person.cues and person.canonical not in written_in_full:
            k = bisect_right(sentence_starts, s) - 1
            a, b = sentences[k] if k >= 0 else (0, len(text))
            around = text[a:s] + "\0" + text[e:b]
            if not any(c in around for c in person.cues):
                continue
        out.append((s, e, person))
    return out


def extract_known_people(doc: Doc, *, lexicon: Lexicon | None = None) -> list[Mention]:
    """PERSON mentions of the listed people in a ``Doc`` of normalised text, each with its person's name as its
    canonical name.

    >>> from zhkg.stages.segment import make_nlp
    >>> [(m.text, m.canonical) for m in extract_known_people(make_nlp()("外界关注川普的动向"))]
    [('川普', '特朗普')]
    """
    text = doc_text(doc)
    return [make_mention(doc, s, e, Label.PERSON, MentionSource.PEOPLE_KNOWN, canonical=person.name)
            for s, e, person in known_people(text, token_table(doc), lexicon)]

