"""How much a run of letters reads as a Chinese personal name: the scores and surname helpers every people reader
shares.

:func:`split_surname` parts a name into its surname (two letters first) and its given name; :func:`name_score`
rates the given letters by how often they stand in names (``data/name_chars.tsv``, from MSRA's training split) and
is 0 without a known surname or with a last letter that ends places and bodies (区, 局, 院 …). The bars a reader
holds a score to (:data:`_CONTEXT_MIN_SCORE` where the words around announce a name, :data:`_BARE_MIN_SCORE`
where nothing does), the best name of two or three letters at a position (:func:`_best_name_at`), and what letters
are when they are no one's name: a common word of jieba's dictionary (:func:`_common_word`), a party or a known body
(:func:`_names_a_body`), a province or a city (:func:`_headline_place`), a form of address (:data:`ADDRESS_WORDS`);
a credit's name whose letters have no rate (:func:`_unrated_credit_name`).

Caveats: every definition was moved word for word from ``extract/people.py`` (tidy255), so that the readers there,
:mod:`zhkg.extract.name_contexts` and the other modules scoring names import these without importing ``people``
(which imports them); this module imports no people reader. The scores are rates of one training split, not
probabilities: compare them only with the bars here and in their callers. ``load_lexicon`` is the lexicon by
default; :func:`_headline_place` loads the gazetteer when first called.
"""

from __future__ import annotations

from zhkg.extract.foreign_names import _NOT_IN_NAME
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.segment import dictionary_tag

__all__ = ["_CJK", "_VERB_AFTER_NAME", "_COMMON_WORD_TAGS", "_NEVER_IN_WORD_NAME", "_NOT_LAST", "_CONTEXT_MIN_SCORE",
           "_BARE_MIN_SCORE", "split_surname", "name_score", "_best_name_at", "ADDRESS_WORDS", "_common_word",
           "_names_a_body", "_unrated_credit_name", "_headline_place"]


# a Chinese letter, as the name patterns write it
_CJK = r"[\u4e00-\u9fff]"

# letters that open a verb right after a two-letter name (王锋|则指出, 张伦|到曹县, 王良|称)
_VERB_AFTER_NAME = frozenset("则称到")
# tags of jieba's dictionary for a word that is no one's name: a common noun, a verb, an adjective or adverb and
# the function words (see _common_word)
_COMMON_WORD_TAGS = frozenset({"n", "v", "vn", "vd", "a", "ad", "an", "d", "p", "c", "r", "m", "q", "u"})
_NEVER_IN_WORD_NAME = set("的了在是和与及等着过")
# Characters that end place and organisation names, never a personal name.
_NOT_LAST = set("区县省市镇乡村局部委办厅处科院校队所站社会")
# the least score of a name's letters where the words around announce a name (a role, a byline) ...
_CONTEXT_MIN_SCORE = 0.004

# ...and where nothing does (a word jieba built, a surname joined to the next word)
_BARE_MIN_SCORE = 0.03


def split_surname(name: str, known: frozenset[str]) -> tuple[str, str] | None:
    """``name`` as its surname among ``known`` (two letters first, when a given name is left) and its given name.

    >>> split_surname("欧阳震华", frozenset({"欧阳", "欧"})), split_surname("李明", frozenset({"李"}))
    (('欧阳', '震华'), ('李', '明'))
    """
    if len(name) >= 3 and name[:2] in known:
        return name[:2], name[2:]
    if name[:1] in known:
        return name[:1], name[1:]
    return None


def name_score(name: str, *, lexicon: Lexicon | None = None) -> float:
    """How name-like a string is: 0 without a surname, else a blend of its given-name characters' rates.

    >>> name_score("闫维洪") > 0.1, name_score("施策"), name_score("任务") < 0.01, name_score("丰泽区")
    (True, 0.0, True, 0.0)
    """
    if name[-1:] in _NOT_LAST:
        return 0.0
    lexicon = lexicon or load_lexicon()
    parts = split_surname(name, lexicon.surnames)
    if parts is None or not 1 <= len(parts[1]) <= 2:
        return 0.0
    rates = lexicon.given_rates
    given = [rates.get(ch, 0.0) for ch in parts[1]]
    return min(given) if len(given) == 1 else (min(given) + sum(given) / len(given)) / 2


def _best_name_at(
    text: str, start: int, max_end: int, ends: frozenset[int], min_score: float, lexicon: Lexicon
) -> int | None:
    """The end of the most name-like 2- or 3-character name starting at ``start``, if any."""
    best_end, best = None, min_score
    for length in (3, 2):
        end = start + length
        if end > max_end or any(ch in _NOT_IN_NAME for ch in text[start + 1 : end]):
            if length == 3 and end <= max_end and text[end - 1] in _VERB_AFTER_NAME and text[start + 1] not in _NOT_IN_NAME:
                min_score = min(min_score, _CONTEXT_MIN_SCORE)  # 王锋|则指出: a word after a two-letter name
            continue
        score = name_score(text[start:end], lexicon=lexicon)
        # A 3-character name must also end where jieba ends a word, or it swallows the next word's head.
        if length == 3 and end not in ends:
            continue
        if score >= best:
            best_end, best = end, score
            break
    if best_end is None and min_score <= _CONTEXT_MIN_SCORE:
        # 2-character names have one given character: accept the weaker evidence here too
        end = start + 2
        if end <= max_end and name_score(text[start:end], lexicon=lexicon) >= min_score:
            return end
    return best_end


#: Forms of address written after a name, never the given letters of a married name (李明|同志, 郁文|先生); the
#: name readers and :mod:`zhkg.extract.vouched_people` (a person's title) ask it.
ADDRESS_WORDS = frozenset({"同志", "先生", "女士", "小姐", "夫人", "太太", "老师", "师傅", "大夫", "同学", "老人",
                            "大娘", "大爷", "大妈", "阿姨", "大姐", "大哥", "老伯", "伯伯", "叔叔"})


def _common_word(name: str, lexicon: Lexicon) -> bool:
    """Whether letters after a role make a word of jieba's dictionary that names no one (教员|宿舍, 天主教|信徒,
    总统|宣布): the sentence's next word, not a name. A word the dictionary knows as a name stays (市长|高峰, nr), and
    so does a noun written all in the letters of transliterated names (南非总统|祖马: the dictionary's 祖马 is a
    noun).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> [_common_word(w, load_lexicon()) for w in ("宿舍", "宣布", "高峰", "祖马", "王伟")]
    [True, True, False, False, False]
    """
    tag = dictionary_tag(name)
    if tag not in _COMMON_WORD_TAGS:
        return False
    return tag != "n" or not all(ch in lexicon.foreign_name_chars for ch in name)


def _names_a_body(word: str, lexicon: Lexicon) -> bool:
    """Whether a bracketed word is a body, not a byline's name: a party or a well-known organisation
    (立委王鴻薇(國民黨): the member's party)."""
    return word.endswith("党") or word in lexicon.known_organisations


def _unrated_credit_name(name: str, lexicon: Lexicon) -> bool:
    """Whether a part of a credit by slash (《零距离》记者/冯珂) is a name though its given letters have no rate in
    ``name_chars.tsv`` (珂, 翀): a surname first, two or three letters, no dictionary word, no letter ending a place's
    or a body's name or never in one (orgs132; ``tests/test_orgs132.py``)."""
    return 2 <= len(name) <= 3 and name[0] in lexicon.surnames and dictionary_tag(name) == "x" \
        and not any(ch in _NOT_LAST or ch in _NEVER_IN_WORD_NAME for ch in name[1:])


def _headline_place(name: str, lexicon: Lexicon) -> bool:
    """Whether a headline's opening word is a province's or a city's name (沈阳：…, 武汉：…), full or short: the
    place whose story it heads, no speaker.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> [_headline_place(n, load_lexicon()) for n in ("沈阳", "武汉市", "孙威", "黄奇帆")]
    [True, True, False, False]
    """
    from zhkg.resources.gazetteer import load_gazetteer

    return any(d.level in (1, 2) for d in load_gazetteer(lexicon).candidates(name))
