"""Two more guards for the web set's training sentences (crf261, issue 15): generic bodies and persons running on.

crf253's candidate, trained on the web tune articles, learnt two patterns that crf260 found on mainland news and in
the pinned tests: **a common noun and a body word read as a name** (地产公司, 房地产公司, 日本杂志: the web golds list
generic bodies such as 市府, 县府, 医学院, 县长办公室 as organisations) and **a person running into the word after
the name** (姆巴佩梅开二度). ``bench/web_bio.py`` drops a sentence, never guesses it, where:

* ``--generic-guard`` (:func:`generic_reason`): an ORG mark is a generic body, not a name — one the pipeline itself
  refuses as generic (:mod:`zhkg.extract.generic_names`), a body word alone (协会, 公司), a place's level word and a
  body word (市府, 县府, 县政府, 区议会), common nouns and a body word (医学院, 地产公司, 县长办公室: every word before the
  body word a dictionary common noun, verb or adjective, and the whole no name the dictionary or the known
  organisations' table holds), or a place and a kind of thing (日本杂志, 台湾媒体, 美国企业: :data:`KIND_WORDS`);
* ``--run-guard`` (:func:`run_ons`): a PER mark runs on past the end of the shipped recogniser's person into
  letters the model reads as the next word's (张炎有|透露 read 张炎): trained on, the mark teaches the model to carry
  a name on into a verb; see :func:`run_ons` for why this side and not the reverse.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from zhkg.ner.bio import Sentence, Span

__all__ = ["BODY_WORDS", "KIND_WORDS", "LEVEL_WORDS", "generic_reason", "generic_marks", "run_ons"]

#: A place's level word: before a body word it makes a generic reference (市府, 县政府), not a name.
LEVEL_WORDS = "省市县区州镇乡村"
#: Body words: alone, or after a place's level word, a generic body (公司, 市|府, 县|政府).
BODY_WORDS = ("有限公司", "办公室", "学院", "公司", "政府", "府", "医院", "集团", "议会")
#: Bodies a level word alone before them makes generic (县|委, 区|党部), beside the organisation suffixes.
LEVEL_BODIES = ("委", "党部")
#: A kind of body written alone: a reference back, no name (协会, 议会).
BARE_KINDS = ("协会", "委员会", "议会", "董事会")
#: A company's last words a trade before them makes a kind of company (地产|公司, 房地产|公司).
COMPANY_WORDS = ("有限公司", "公司")
#: Kinds of thing a place before them describes, no body's name (日本|杂志, 台湾|媒体, 美国|企业, 日本|车厂).
KIND_WORDS = ("杂志", "媒体", "官媒", "报纸", "报章", "网站", "刊物", "企业", "厂商", "业者", "车厂", "药厂", "球队")
#: jieba's tags of common words: a noun, a verbal or adjectival noun, a verb, an adjective.
COMMON_TAGS = frozenset({"n", "vn", "an", "v", "a", "ng", "vg"})
#: jieba's tags of names: a whole body, place, person or other proper name the dictionary knows is a name.
NAME_TAGS = frozenset({"nt", "ns", "nr", "nrt", "nz", "j"})
#: jieba's tags of a letter that, standing alone, is a verb, an adverb, a function word, a numeral, a measure word or
#: an adjective (有, 正, 和, 一, 家, 好): what opens the next word after a name far more often than it ends one.
OPENING_TAGS = frozenset({"v", "vd", "vg", "d", "dg", "p", "c", "u", "m", "q", "r", "b", "f", "a", "ad"})
_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _lexicon():
    from zhkg.resources.lexicon import load_lexicon

    return load_lexicon()


def _tag(word: str) -> str:
    from zhkg.stages.segment import dictionary_tag, make_segmenter

    make_segmenter()
    return dictionary_tag(word)


def _words(text: str) -> list[str]:
    from zhkg.resources.jieba_dict import import_jieba
    from zhkg.stages.segment import make_segmenter

    make_segmenter()
    return [w for w in import_jieba().lcut(text, HMM=False) if w]


def _trade(word: str) -> bool:
    """A word that is a trade (地产) or a dictionary abbreviation ending in one (房地产)."""
    from zhkg.extract.trade_names import TRADES

    return word in TRADES or (_tag(word) == "j" and word.endswith(tuple(TRADES)))


def _place(word: str) -> bool:
    return _tag(word) == "ns"


def _pipeline_generic(name: str, text: str, start: int) -> bool:
    from zhkg.extract.generic_names import drop_generic_names
    from zhkg.records import Label, Mention

    m = Mention("d", start, start + len(name), name, name, Label.ORGANIZATION, "crf")
    return not drop_generic_names([m], text)


def generic_reason(name: str, text: str = "", start: int = 0) -> str | None:
    """Why the ORG mark ``name`` (at ``start`` in ``text``) is a generic body and no name, or None.

    >>> [generic_reason(n) for n in ("市府", "县政府", "医学院", "地产公司", "房地产公司", "县长办公室", "日本杂志")]
    ['level word', 'level word', "field's school", 'trade and company word', 'trade and company word', "title's office", 'place and kind']
    >>> [generic_reason(n) for n in ("台北市政府", "中国银行", "华侨银行", "台湾大学", "上海医学院", "鸿海集团", "日本航空")]
    [None, None, None, None, None, None, None]
    >>> generic_reason("财务部"), generic_reason("公司")
    ('pipeline', 'body word alone')
    """
    if _pipeline_generic(name, text or name, start if text else 0):
        return "pipeline"
    lexicon = _lexicon()
    if name in lexicon.known_organisations or _tag(name) in NAME_TAGS - {"ns"}:
        return None
    if len(name) >= 2 and name[0] in LEVEL_WORDS and (
            name[1:] in lexicon.org_suffixes or name[1:] in BODY_WORDS or name[1:] in LEVEL_BODIES):
        return "level word"
    if name in BODY_WORDS or name in BARE_KINDS:
        return "body word alone"
    if name.endswith(COMPANY_WORDS) and _trade(name[: -len(next(w for w in COMPANY_WORDS if name.endswith(w)))]):
        return "trade and company word"
    if name.endswith("办公室") and name[:-3] in lexicon.role_words:
        return "title's office"
    if len(name) == 3 and name.endswith(("学院", "医院")) and _tag(name[0]) in COMMON_TAGS:
        return "field's school"
    kind = next((w for w in KIND_WORDS if name.endswith(w) and len(name) > len(w)), "")
    if kind and _place(name[: -len(kind)]):
        return "place and kind"
    return None


def generic_marks(sentence: Sentence) -> list[tuple[str, str]]:
    """The ORG marks of ``sentence`` that are generic bodies, each with its reason (:func:`generic_reason`).

    >>> generic_marks(Sentence("市府与鸿海集团签约", ("B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O")))
    [('市府', 'level word')]
    """
    out = []
    for start, end, label in sentence.spans:
        if label == "ORG":
            reason = generic_reason(sentence.text[start:end], sentence.text, start)
            if reason:
                out.append((sentence.text[start:end], reason))
    return out


def run_ons(sentence: Sentence, spans: Sequence[Span]) -> list[Span]:
    """The PER marks of ``sentence`` that run on past the end of the recogniser's person starting in them (its
    ``spans``) into Chinese characters it leaves outside the name (张炎有|透露 where the model reads 张炎, 刘结一|向 where
    it reads 刘结): the first letter the mark adds is one jieba's dictionary tags, alone, a verb, an adverb, a function
    word, a numeral, a measure word or an adjective (:data:`OPENING_TAGS`), a letter that usually opens the next word.

    Why these and not the reverse (the model running past the mark, 梅尔茨启程 against the gold's 梅尔茨): there the
    gold's boundary is right and the sentence teaches the model to stop, which is what it should learn; here the mark
    teaches it to carry a name on into a letter that usually opens a verb or a function word (有, 和, 一, 坚), and a
    model trained on it runs names on into verbs elsewhere (姆巴佩梅开二度, crf260). The names are right, so the
    sentence is dropped, never relabelled: the cost is fewer examples of such names.

    >>> s = Sentence("张炎有透露。", ("B-PER", "I-PER", "I-PER", "O", "O", "O"))
    >>> run_ons(s, [(0, 2, "PER")]), run_ons(s, [(0, 3, "PER")]), run_ons(s, [(0, 5, "PER")]), run_ons(s, [])
    ([(0, 3, 'PER')], [], [], [])
    >>> run_ons(Sentence("王沛诗说", ("B-PER", "I-PER", "I-PER", "O")), [(0, 2, "PER")])  # 诗: a noun, a given name's
    []
    """
    out = []
    for a, b, label in sentence.spans:
        if label != "PER":
            continue
        if any(m == "PER" and start <= a < end < b and _CJK.match(sentence.text[end])
               and _tag(sentence.text[end]) in OPENING_TAGS for start, end, m in spans):
            out.append((a, b, label))
    return out
