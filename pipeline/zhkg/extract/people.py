"""PERSON extraction: Chinese personal names from lexical and contextual evidence.

jieba alone both splits names (劉權有 -> 刘权/有, 陳文成 -> 陈/文成) and tags
common words as names (施策, 文明 are "nr"). This module proposes candidates
from three sources and scores them with character statistics:

* contexts that announce a name: a byline in parentheses at the start of a body,
  ``通讯员 陈瑛 李会生``, a title or role right before a name (主席闫维洪), a list of
  names closed by 等 + a role (张吉辉、李伟涛……等委员), a headline ``陈文成:``;
* words jieba built itself (out of its dictionary) or tagged ``nr`` that begin
  with a surname;
* a surname token joined with the next token when the pair forms a plausible name;
* transliterated foreign names, parts joined by ·, ‧, •, ・ or a hyphen (唐纳德·特朗普,
  让-皮埃尔·拉法兰), each part made of characters seen in such names
  (``data/foreign_name_chars.txt``): taken whole, never split at the hyphen.

A Chinese candidate must begin with a known surname (``data/surnames.txt``) and its
given-name characters must be likely in names (``data/name_chars.tsv``, rates
derived from MSRA training data by ``tools/build_name_stats.py``). Context
candidates need less evidence from the characters than bare ones.

Layout (tidy80, tidy255): this module keeps :func:`extract_people` (the sources in order, and how their candidates
are scored and merged) and the readers of jieba's words: words it built or its dictionary tags a name, surname joins,
credits (曲婉婷原唱), compound surnames (令狐|建国) and the user's ``people.txt``. Four parts took their groups word
for word:

- :mod:`zhkg.extract.name_scores`: :func:`~zhkg.extract.name_scores.name_score`,
  :func:`~zhkg.extract.name_scores.split_surname`, the bars a score is held to and what letters are when they name no
  one (a common word, a body, a city); every reader imports them from there (tidy255);
- :mod:`zhkg.extract.name_contexts`: the names the words around them announce (bylines, lists closed by a role, a
  title before the name, a profile's sex after it), the first source (tidy255);
- :mod:`zhkg.extract.foreign_names`: transliterated names whose parts a separator joins, where they start and end,
  the separators, and what is named after a person (罗纳德·里根|大厦);
- :mod:`zhkg.extract.foreign_people_by_context`: transliterations jieba knows that the words around them make a
  person's (总统|拜登, 默克尔|表示, 拜登|和普京), and hyphened names after a title (总理|赛塔-他威信).

Every caller imports each name from the part that defines it: this module exports :func:`extract_people` alone and
imports of its parts only what it runs (tidy262).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhkg.extract.base import make_mention
from zhkg.extract.encyclopedia import encyclopedia_candidates
from zhkg.extract.foreign_names import _FUNCTION_TAGS, _NOT_IN_NAME, _foreign_candidates
from zhkg.extract.foreign_people_by_context import PERSON_VERBS, _titled_hyphen_names, _transliterated_candidates
from zhkg.extract.name_contexts import _context_candidates
from zhkg.extract.name_scores import (
    _BARE_MIN_SCORE,
    _CONTEXT_MIN_SCORE,
    _common_word,
    _headline_place,
    _names_a_body,
    name_score,
    split_surname,
)
from zhkg.extract.position_names import position_name_candidates
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.segment import dictionary_tag, doc_text, stock_tag, token_boundaries, token_table
from zhkg.text import find_any, is_han, names_pattern

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["extract_people"]


def _city_word(word: str, following: str, lexicon: Lexicon) -> bool:
    """Whether a word jieba built is a province's or a city's name (高雄: surname 高 and a given name to the
    letters), or one glued to the first letter of a dictionary word after it (在高雄興建: 高雄兴|建): a place, no
    person.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> [_city_word(w, f, load_lexicon()) for w, f in (("高雄", "的"), ("高雄兴", "建"), ("高雄飞", "表示"), ("孙威", "说"))]
    [True, True, False, False]
    """
    if _headline_place(word, lexicon):
        return True
    return len(word) == 3 and _headline_place(word[:2], lexicon) and dictionary_tag(word[2] + following[:1]) != "x"


def _lexical_candidates(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    found = []
    known = lexicon.surnames
    tokens = [t for t in token_table(doc).words if not t.is_space]
    for i, tok in enumerate(tokens):
        word, tag = tok.text, tok.tag
        # only words jieba built itself: its dictionary "nr" words are mostly common nouns (智慧, 关怀)
        if tag == "x" and 2 <= len(word) <= 3 and name_score(word, lexicon=lexicon) >= _BARE_MIN_SCORE:
            following = tokens[i + 1].text if i + 1 < len(tokens) else ""
            if not _city_word(word, following, lexicon):
                found.append((tok.idx, tok.idx + len(word), "jieba_" + tag))
            continue
        # 陈 + 文成, 刘 + 全顺: a lone surname followed by a short word
        if word in known and i + 1 < len(tokens):
            nxt = tokens[i + 1]
            if nxt.idx == tok.idx + len(word) and 1 <= len(nxt.text) <= 2 and nxt.tag in ("x", "nr", "nrfg", "nz", "nrt"):
                pair = word + nxt.text
                if name_score(pair, lexicon=lexicon) >= _BARE_MIN_SCORE:
                    found.append((tok.idx, tok.idx + len(pair), "surname_join"))
    return found


# marks parting a list's items (国投瑞银、易方达等): a name of the dictionary there is as often a company's
_LIST_MARKS = frozenset("、")
# one-letter verbs a person is the doer of, after a name (上官婉儿|是, 白崇禧|说); others follow places and things
# as often (向左走|到); 是 only after a compound surname (季后赛|是)
_SAYS = "是说称道问答"


def _dictionary_name_candidates(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Chinese names jieba's dictionary knows (tag nr: 白崇禧, 上官婉儿, 东方朔) where a clause opens with them and a
    verb follows (上官婉儿|是, 东方朔|出生): a compound surname and a given name of one or two letters, the whole no
    place; after a single surname, only before a verb of saying (白崇禧|表示), no two of its letters a word.
    Mid-clause, in a list or before a noun, the dictionary's names are as often a song, a landmark or a company
    (东方红|太阳升, 东方明珠|塔, 国投瑞银、易方达), and its two-letter nr words common nouns (智慧, 关怀): those are
    left to the recogniser.

    >>> from zhkg.stages.segment import make_nlp
    >>> [(s, e) for s, e, _ in _dictionary_name_candidates(make_nlp()("白崇禧表示同意。"), load_lexicon())]
    [(0, 3)]
    """
    text = doc_text(doc)
    words = [w for w in token_table(doc).words if not w.is_space]
    found = []
    for i, w in enumerate(words[:-1]):  # jieba's whole table asked last: most words open no clause (speed191)
        if not 2 <= len(w.text) <= 4 or (i and not (words[i - 1].is_punct and words[i - 1].text not in _LIST_MARKS)) \
                or w.tag != "nr" and stock_tag(w.text) != "nr":
            continue
        nxt = words[i + 1]
        if len(w.text) == 2:
            if nxt.idx == w.end and _word_name_speaks(w.text, text, w.end, lexicon):
                found.append((w.idx, w.end, "dictionary"))
            continue
        parts = split_surname(w.text, lexicon.surnames)
        if nxt.idx != w.end or parts is None or not 1 <= len(parts[1]) <= 2 or _headline_place(w.text, lexicon) \
                or not ((nxt.tag[:1] == "v" and (len(nxt.text) >= 2 or nxt.text in _SAYS))
                        or text.startswith(PERSON_VERBS, w.end)):
            continue
        # after a single surname, the dictionary's nr words are common nouns as often (高中|生, 曾祖|父, 季后赛|开始):
        # no two of its letters a word, and a verb of saying after
        if len(parts[0]) == 1 and (dictionary_tag(w.text[:2]) != "x" or dictionary_tag(w.text[1:]) != "x"
                                   or not (text.startswith(PERSON_VERBS, w.end) or nxt.text in _SAYS[1:])):
            continue
        found.append((w.idx, w.end, "dictionary"))
    return found


# a performance's or a work's credit right after a name (曲婉婷原唱, 马苏领衔主演, 雷颂德作曲, 于洋主持): the person
# credited; a name only (no 导演, 创作, 配音: 电影导演, 由他们创作, 为X配音 name a role or a character)
_CREDIT_VERBS = ("原唱", "演唱", "翻唱", "主演", "领衔主演", "饰演", "出演", "执导", "作词", "作曲", "编曲", "编剧",
                 "主持")
_CREDIT_CUE = re.compile("|".join(_CREDIT_VERBS))
# what stands right before such a name: a mark that opens a clause or parts a list, 是 or 由, a conjunction
# (是曲婉婷原唱, 、马苏领衔主演, 谭晶和韩庚); a letter of a longer word (歌曲|演唱, 本片|主演) is none of these
_BEFORE_CREDITED = frozenset("，,、。；;：:（(“\"《》）)」「 \u3000是由和与及")


def _credited_name_candidates(doc: Doc, starts: frozenset[int], ends: frozenset[int],
                              lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """A Chinese name of two or three letters right before a verb of a credit (原唱, 主演, 作曲, 主持 …), a clause's
    mark, 是, 由 or a conjunction right before it: the one credited (people39; DuIE's song and film pages:
    由夏至作词，雷颂德作曲; 杜淳、马苏领衔主演). A surname opens it, jieba reads the verb as a word of its own, none of its letters
    is a function word's, it is no word of jieba's dictionary that names no one, and its letters read as a name's
    (the weaker evidence a context gives). Read as a name before a role is.

    >>> from zhkg.stages.segment import make_nlp
    >>> doc = make_nlp()("由夏至作词，雷颂德作曲")
    >>> [doc.text[s:e] for s, e, _ in _credited_name_candidates(doc, *token_boundaries(doc), load_lexicon())]
    ['雷颂德']
    """
    text = doc_text(doc)
    found = []
    for m in _CREDIT_CUE.finditer(text):
        at = m.start()
        if at not in starts or m.end() not in ends:
            continue  # the verb is a piece of another word (合|作曲, 主持人 a role, 演唱会 an event)
        for size in (3, 2):
            s = at - size
            name = text[s:at]
            if s < 0 or not all(is_han(ch) for ch in name) or (s and text[s - 1] not in _BEFORE_CREDITED):
                continue
            parts = split_surname(name, lexicon.surnames)
            if parts is None or any(ch in _NOT_IN_NAME for ch in parts[1]) or name[0] in _BEFORE_CREDITED \
                    or _common_word(name, lexicon) or _names_a_body(name, lexicon) \
                    or name_score(name, lexicon=lexicon) < _CONTEXT_MIN_SCORE:
                continue
            found.append((s, at, "before_role"))
            break
    return found


# verbs of saying after which a clause-opening word jieba's dictionary tags a name (nr) of a surname and one
# letter is the person who speaks (高明|告诉记者, 白云|指出); people36
_SAYING_VERBS = ("表示", "说", "指出", "强调", "认为", "透露", "告诉", "坦言", "介绍说")
# letters that open a form of address or a transliteration as often as a surname (阿姨, 阿伦 of 雷阿伦, 老张, 小李):
# such a word is left to the recogniser and to the document's fuller name
_ADDRESS_PREFIXES = frozenset("阿老小")
# the least such a word's letters must score as a name's (阿姨 0.0, 吕老 0.002; 林立 0.023, 高明 0.064)
_WORD_NAME_MIN_SCORE = 0.015


def _word_name_speaks(word: str, text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether a two-letter word jieba's dictionary tags a name (nr), a single surname's letter first, opening a
    clause, is a person: a verb of saying right after it and its letters reading as a name's (高明|告诉记者, not
    阿姨|说). On train gold (MSRA less dev, CLUENER less dev, Weibo), clause-opening nr words before a verb of saying
    are people 69 times in 77; the 8 others (阿姨, 吕老, 付某 …) score below the floor, open with 阿 or are no
    dictionary nr."""
    return word[0] in lexicon.surnames and word[0] not in _ADDRESS_PREFIXES and text.startswith(_SAYING_VERBS, end) \
        and name_score(word, lexicon=lexicon) >= _WORD_NAME_MIN_SCORE


# a compound surname that is also a common word of direction or number opens no name by itself (东方|卫视, 百里,
# 第五): jieba's tags for those words
_COMPOUND_WORD_TAGS = frozenset({"s", "m", "f"})
# words for a family or a pair after a surname: the family, no one person (欧阳|兄弟, 司马|家族)
_FAMILY_WORDS = frozenset({"兄弟", "姐妹", "家族", "世家", "家庭", "一家", "父子", "父女", "母子", "母女", "夫妇",
                           "夫妻", "家人", "后人", "后裔", "子孙", "宗族", "氏", "家", "府", "门"})
# the least a compound surname's given name must score when jieba holds it as a word of its dictionary (令狐|建国:
# 建国 scores 0.018; 上官|方面 0.0013, 东方|卫视 0.0128, 司马|先生 0.0132 name no one)
_WORD_GIVEN_MIN_SCORE = 0.015
# a verb of saying jieba glues to a one-letter given name (夏侯|明说, 钟离|春说)
_GLUED_SAYS = frozenset("说称道")


def _compound_given_candidates(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """A compound surname opening a clause, a word of its own, then a given name jieba reads as a word of its
    dictionary (令狐|建国, a place to it; 宇文|海洋) or glues to a verb of saying (夏侯|明说), the whole followed by a
    verb: 令狐建国表示 → 令狐建国, 夏侯明说， → 夏侯明. The recogniser, which learnt few compound surnames, reads
    the surname alone or nothing; ``_dictionary_name_candidates`` and ``surname_join`` take only names jieba built
    or holds whole. Not a surname that is a word of direction or number (东方|卫视, 第五), not a family word (欧阳|兄弟),
    not a given name whose letters score low as a name's (上官|方面), nor a role (司徒|主任).

    >>> from zhkg.stages.segment import make_nlp
    >>> [(s, e) for s, e, _ in _compound_given_candidates(make_nlp()("令狐建国表示同意。夏侯明说，不。"), load_lexicon())]
    [(0, 4), (9, 12)]
    """
    text = doc_text(doc)
    words = [w for w in token_table(doc).words if not w.is_space]
    found = []
    for i, w in enumerate(words[:-2]):
        if w.text not in lexicon.compound_surnames or dictionary_tag(w.text) in _COMPOUND_WORD_TAGS \
                or (i and not (words[i - 1].is_punct and words[i - 1].text not in _LIST_MARKS)):
            continue
        given, nxt = words[i + 1], words[i + 2]
        if given.idx != w.end or nxt.idx != given.end or not all(is_han(ch) for ch in given.text):
            continue
        if len(given.text) == 2 and given.text[1] in _GLUED_SAYS and given.text[0] not in _NOT_IN_NAME \
                and (nxt.is_punct or nxt.tag[:1] == "r"):
            end = given.idx + 1  # 夏侯|明说|， : 夏侯明 and 说
        elif 1 <= len(given.text) <= 2 and given.tag[:1] not in _FUNCTION_TAGS and given.tag[:1] not in "rmq" \
                and (text.startswith(PERSON_VERBS, given.end) or (nxt.tag[:1] == "v" and len(nxt.text) >= 2)
                     or nxt.text in _SAYS[1:]):
            end = given.end
        else:
            continue
        name = text[w.idx:end]
        if name[2:] in _FAMILY_WORDS or name[2:] in lexicon.role_words \
                or name_score(name, lexicon=lexicon) < _WORD_GIVEN_MIN_SCORE:
            continue
        found.append((w.idx, end, "compound"))
    return found


def _listed_candidates(text: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Every occurrence of a name in the user's ``people.txt``, taken whole."""
    if not lexicon.people:
        return []
    return [(m.start(), m.end(), "lexicon") for m in names_pattern(lexicon.people).finditer(text)]


def extract_people(doc: Doc, *, lexicon: Lexicon | None = None) -> list[Mention]:
    """PERSON mentions in a ``Doc`` of normalised text, sorted by offset.

    ``lexicon`` defaults to :func:`~zhkg.resources.lexicon.load_lexicon`; names in
    its ``people`` (a user's ``people.txt``) are found whole and win over the rest.

    >>> from zhkg.stages.segment import make_nlp
    >>> doc = make_nlp()("区政协党组书记、主席闫维洪身先士卒")
    >>> [m.text for m in extract_people(doc)]
    ['闫维洪']
    """
    lexicon = lexicon or load_lexicon()
    starts, ends = token_boundaries(doc)
    listed = _listed_candidates(doc_text(doc), lexicon)
    foreign = _foreign_candidates(doc, lexicon)
    # (a titled name the lists read already keeps their span: 主帅|科特-兰比斯|很, not 兰比斯很)
    read = {i for s, e, _ in foreign for i in range(s, e)}
    foreign += [c for c in _titled_hyphen_names(doc, lexicon) if read.isdisjoint(range(c[0], c[1]))]
    # a transliterated name is taken whole: nothing found inside it by the other rules stands beside it
    inside_foreign = {i for s, e, _ in foreign for i in range(s, e)}
    # (a credited name is read before the characters-only readings of the same span, which the model must confirm)
    others = [c for c in _context_candidates(doc, ends, lexicon) + _credited_name_candidates(doc, starts, ends, lexicon)
              + _lexical_candidates(doc, lexicon)
              + _transliterated_candidates(doc, lexicon) + position_name_candidates(doc, lexicon)
              + _dictionary_name_candidates(doc, lexicon)
              + encyclopedia_candidates(doc_text(doc), starts, ends, lambda name: name_score(name, lexicon=lexicon),
                                        lexicon.surnames)
              if inside_foreign.isdisjoint(range(c[0], c[1]))]
    # a compound surname's name before a verb it was glued to (钟离|春说) is read without the verb
    compound = [c for c in _compound_given_candidates(doc, lexicon) if inside_foreign.isdisjoint(range(c[0], c[1]))]
    glued = {(s, e + 1) for s, e, _ in compound}
    others = [c for c in others if (c[0], c[1]) not in glued] + compound
    candidates = listed + foreign + [_credited(c, doc_text(doc)) for c in others]
    names = {doc_text(doc)[s:e] for s, e, _ in candidates}
    # every occurrence of a name found anywhere in the document is a mention of it (a name only guessed from its
    # letters, written again before a body's or a place's letter, is weighed as a guess there: combine_mentions asks
    # vouched_people.guessed_again, people298)
    spans: dict[tuple[int, int], str] = {}
    for s, e, kind in candidates:
        spans.setdefault((s, e), kind)
    for span in find_any(names, doc_text(doc)):
        spans.setdefault(span, "repeat")
    if listed:  # the user's names are certain: nothing found by the rules may cut into them
        taken = {i for s, e, _ in listed for i in range(s, e)}
        spans = {span: kind for span, kind in spans.items()
                 if kind == "lexicon" or taken.isdisjoint(range(*span))}
    chosen = _drop_overlaps(sorted(spans.items(), key=lambda kv: (kv[0][0], -(kv[0][1] - kv[0][0]))))
    return [make_mention(doc, s, e, Label.PERSON, MentionSource("people:" + kind)) for (s, e), kind in chosen]


def _credited(candidate: tuple[int, int, str], text: str) -> tuple[int, int, str]:
    """A name before 饰 closing a bracket is an actor credited for a role (许仙(任泉饰)): the name without 饰,
    and no byline though a byline's brackets hold it."""
    s, e, kind = candidate
    if e - s == 3 and text[e - 1] == "饰" and text[e:e + 1] in ")）":
        return s, e - 1, "before_role" if kind == "byline" else kind
    return candidate


def _drop_overlaps(items: list[tuple[tuple[int, int], str]]) -> list[tuple[tuple[int, int], str]]:
    """Keep the earliest, then longest, of overlapping spans."""
    out: list[tuple[tuple[int, int], str]] = []
    last_end = -1
    for (s, e), kind in items:
        if s >= last_end:
            out.append(((s, e), kind))
            last_end = e
    return out
