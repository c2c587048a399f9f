"""Foreign names the words around them make a person's, for :mod:`zhkg.extract.people`: transliterations jieba's
dictionary knows (tag nrt: 默克尔, 拜登) after a role word, before a person's verb or a royal's title, or coordinated
with another name (:func:`_transliterated_candidates`: 拜登|和普京), unless both are places abroad
(:func:`_places_coordinated`: 哈尔科夫|和|赫尔松) or the place where the act is done
(:func:`_place_of_the_act`: 在|洛桑|宣布); and two hyphened parts right after a title, whatever their letters
(:func:`_titled_hyphen_names`: 总理|赛塔-他威信).

Caveats: every definition was moved word for word from ``extract/people.py`` (tidy80); since tidy262 every caller
imports each name from here. :data:`PERSON_VERBS` and :func:`_roles_before` came along because the moved code reads
them, though ``people``'s Chinese-name readers read :data:`PERSON_VERBS` too (``people`` imports this module, never
the reverse) and ``zhkg.extract.latin_people`` reads :func:`_roles_before`. The places abroad are only those the
lexicon's division tables list. ``load_lexicon`` is imported for the doctests.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.extract.foreign_names import _NOT_IN_NAME, _places_abroad
from zhkg.resources.lexicon import Lexicon, load_lexicon  # noqa: F401 (load_lexicon: the doctests read it)
from zhkg.stages.segment import doc_text, token_table
from zhkg.text import is_han

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = [
    "_AFTER_NAME_TAGS",
    "_TITLED_PART",
    "_titled_hyphen_names",
    "PERSON_VERBS",
    "_COORDINATORS",
    "ROYAL_TITLES",
    "_PLACE_LIKE_ENDS",
    "_transliterated_candidates",
    "_PLACE_OPENERS",
    "_places_coordinated",
    "_place_of_the_act",
    "_coordinated_partner",
    "_roles_before",
]


# what may follow a name's last part, besides punctuation: a verb, 的, a preposition, a time, an adverb, a conjunction
_AFTER_NAME_TAGS = ("v", "uj", "p", "t", "d", "c")
# the longest part of a name a title opens that :func:`_titled_hyphen_names` reads (巴育, 他威信, 西那瓦)
_TITLED_PART = 4


def _titled_hyphen_names(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Names of two parts joined by a hyphen right after a title (总理|赛塔-他威信, 前总理|他信-西那瓦), whatever
    their letters: Thai and Southeast Asian names hold letters of no transliteration list and words jieba knows (他,
    威信), so :func:`_foreign_candidates` leaves them, or cuts them at the hyphen. Each part is two to four Han
    letters; the first starts a word right after the title, the second ends a word before a verb, 的, a
    preposition, a time, an adverb, a conjunction or punctuation (…他威信|表示).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "泰国总理赛塔-他威信表示，巴西-阿根廷之战"
    >>> [text[s:e] for s, e, _ in _titled_hyphen_names(make_nlp()(text), load_lexicon())]
    ['赛塔-他威信']
    """
    text = doc_text(doc)
    if "-" not in text:
        return []
    table = token_table(doc)
    roles = _roles_before(lexicon)
    found = []
    for m in re.finditer("-", text):
        h = m.start()
        start = next((a for a in range(h - 2, max(-1, h - _TITLED_PART - 1), -1)
                      if a in table.starts and all(map(is_han, text[a:h]))
                      and roles.search(text, max(0, a - 8), a)), None)
        if start is None:
            continue
        first = k = table.token_of_char[h + 1] if h + 1 < len(text) else -1
        words = table.words
        while 0 <= k < len(words) and words[k].idx > h and all(map(is_han, words[k].text)) \
                and not words[k].tag.startswith(_AFTER_NAME_TAGS) and words[k].end - h - 1 <= _TITLED_PART:
            k += 1
        if first < 0 or k == first or words[k - 1].end - h - 1 < 2:
            continue
        if k == len(words) or not all(map(is_han, words[k].text)) or words[k].tag.startswith(_AFTER_NAME_TAGS):
            found.append((start, words[k - 1].end, "foreign"))
    return found


# what a person does right after being named, and never a place: 默克尔|表示, 拜登|会见
PERSON_VERBS = ("表示", "说", "称", "指出", "强调", "会见", "会晤", "访问", "访华", "认为", "宣布", "透露", "致电", "致信",
                "发表", "签署", "出席", "抵达", "回应", "承认", "否认", "坦言", "笑称", "总统", "总理", "首相", "夫人")
_COORDINATORS = "和与及"
#: a royal's title written after the name (威廉王子, 费萨尔亲王, 戴安娜王妃): the name before it is a person's
#: (国王, 女王 and 王储 are not: the realm stands before them far more often, 西西里国王, 沙特王储)
ROYAL_TITLES = ("王子", "公主", "亲王", "王妃")
# jieba's transliterations that end like places (杰尔巴岛, 乌苏里斯克): never people here
_PLACE_LIKE_ENDS = tuple("岛山河湖港城州省市县区镇村洲")


def _transliterated_candidates(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Transliterated names jieba's dictionary knows (tag nrt: 默克尔, 拜登) where the sentence treats them
    as a person: a role word before, a person's verb or a royal's title after, or coordinated by 和/与/及 with another name.

    A name coordinated with one of them is taken too, up to the end of jieba's word (拜登|和普京: 普京).
    """
    text = doc_text(doc)
    words = [w for w in token_table(doc).words if not w.is_space]
    roles = _roles_before(lexicon)
    found = []
    for i, w in enumerate(words):
        if w.tag != "nrt" or not 2 <= len(w.text) <= 4 or w.text.endswith(_PLACE_LIKE_ENDS):
            continue
        partner = _coordinated_partner(words, i)
        if partner is not None and _places_coordinated(text, w, partner, lexicon):
            partner = None  # 哈尔科夫|和|赫尔松: two cities abroad, no pair of people; the cues below still count
        if partner is not None:
            found.append((w.idx, w.end, "transliterated"))
            found.append((*partner, "transliterated"))
        elif roles.search(text, max(0, w.idx - 6), w.idx) or text.startswith(ROYAL_TITLES, w.end) or (
                text.startswith(PERSON_VERBS, w.end) and not _place_of_the_act(words, i, lexicon)):
            found.append((w.idx, w.end, "transliterated"))
    return found


# words after which a place is where the act is done (在|洛桑|宣布, 抵达|摩苏尔|访问), not who does it, or the
# place a strike hits (炮击|赫尔松)
_PLACE_OPENERS = frozenset({"在", "于", "抵达", "飞抵", "前往", "赴", "途经", "来到", "访问",
                            "炮击", "轰炸", "空袭", "袭击", "进攻", "攻打", "攻占", "夺取"})


def _places_coordinated(text: str, word, partner: tuple[int, int], lexicon: Lexicon) -> bool:
    """Whether a transliteration and the name coordinated with it are both places abroad the tables list
    (哈尔科夫|和|赫尔松), with no role word right before the first: then neither is taken for a person.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "俄军炮击哈尔科夫和赫尔松"
    >>> words = token_table(make_nlp()(text)).words
    >>> [_places_coordinated(text, w, (9, 12), load_lexicon()) for w in words if w.text == "哈尔科夫"]
    [True]
    """
    places = _places_abroad(lexicon)
    return (word.text in places and text[partner[0]:partner[1]] in places
            and not _roles_before(lexicon).search(text, max(0, word.idx - 6), word.idx))


def _place_of_the_act(words, i: int, lexicon: Lexicon) -> bool:
    """Whether word ``i``, a transliteration before a person's verb, is a place abroad the tables list written right
    after 在, 于, 抵达 …: where the act is done (在|马累|会见, 在|洛桑|宣布), which jieba's nrt and the verb after make
    look like its doer.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> words = token_table(make_nlp()("主席在洛桑宣布")).words
    >>> [_place_of_the_act(words, k, load_lexicon()) for k, w in enumerate(words) if w.text == "洛桑"]
    [True]
    """
    return (i > 0 and words[i - 1].text in _PLACE_OPENERS and words[i - 1].end == words[i].idx
            and words[i].text in _places_abroad(lexicon))


def _coordinated_partner(words, i: int) -> tuple[int, int] | None:
    """The span of the name coordinated with word ``i`` by 和/与/及 right after it, if it is one."""
    if i + 1 >= len(words):
        return None
    nxt = words[i + 1]
    if nxt.text[:1] not in _COORDINATORS or nxt.idx != words[i].end:
        return None
    if len(nxt.text) == 1:  # 拜登|和|普京
        if i + 2 >= len(words) or words[i + 2].tag not in ("nrt", "nr", "ns", "nz", "x"):
            return None
        if words[i + 2].tag == "ns":
            return None  # 葵涌|及|荃湾: a list of places (jieba tags 葵涌 nrt), no people
        nxt = words[i + 2]
        start = nxt.idx
    else:  # jieba glued the conjunction to the name: 拜登|和普京
        start = nxt.idx + 1
    name = nxt.text[start - nxt.idx:]
    if not 2 <= len(name) <= 4 or any(ch in _NOT_IN_NAME for ch in name) or name.endswith(_PLACE_LIKE_ENDS) \
            or name.endswith(("道", "路", "街")):
        return None  # (葵涌|和|宜合道: a district and a road's name, 道, 路, 街: no pair of people; people298)
    return start, nxt.end


@lru_cache(maxsize=4)
def _roles_before(lexicon: Lexicon) -> re.Pattern[str]:
    """A role word ending right where the searched range ends (总统|拜登)."""
    roles = "|".join(map(re.escape, sorted(lexicon.role_words, key=len, reverse=True)))
    return re.compile(f"(?:{roles})$")
