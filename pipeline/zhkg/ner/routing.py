"""Which recogniser reads a document: the shipped model for Simplified text, the Traditional model for text written
in Traditional characters (route264).

Two models ship in ``zhkg/resources/data``: ``ner_mixed_v1.crfsuite`` (MSRA + CLUENER + Universal NER train) and
``ner_traditional_v2.crfsuite``, a model trained on the same sets plus the project's own labels on the web set's
tune-half articles (Taiwan and Hong Kong news) with the shipped model's regularisation, then pruned of its smallest
state weights (:mod:`zhkg.ner.prune`; crf271: session 55's model C, pruned while training, lost on mainland text in
Taiwan's letter forms). A document goes to the Traditional model
when :func:`zhkg.stages.normalise.normalise` says it is written in Traditional characters (a mixed-script document
follows the script normalise gives it) *and* :func:`written_in_taiwan_or_hong_kong` says it is an article written
the way Taiwan and Hong Kong write (route267): at least :data:`ARTICLE_LENGTH` characters, with more of the two
standards' own letter forms (為, 眾, 偽, 裡 …) than of the forms OpenCC's s2t writes for the same words (爲, 衆, 僞 …),
*and* it :func:`zhkg.ner.region.leans_taiwan_hong_kong` (route274, made strict by route276): it names at least one
of Taiwan's, Hong Kong's and Macau's places and bodies (台北, 元朗; 立法院, 区议会) and fewer of the mainland's (北京,
平谷区; 市委, 政协). A text naming as many of the mainland's is mainland writing, in whatever letter forms, and a text
naming neither side's (mainland news of funds, games or fashion in Taiwan's letter forms) is not known to be written
in Taiwan or Hong Kong: both stay with the shipped model (:func:`routed_article`). So does a text whose opening
carries a mainland outlet's dateline or credit (:func:`zhkg.ner.region.mainland_byline`, router281: 中新社香港…电,
新浪娱乐讯): a mainland wire or portal writing about Hong Kong or Taiwan names their places, yet writes the mainland's
way. And a Traditional article must quote with Taiwan's and Hong Kong's corner marks (「…」: the mainland quotes with
“…”, which a conversion to Taiwan's letter forms leaves as it is; :func:`zhkg.ner.region.quotes_with_corner_marks`,
router284) and hold no word form only the mainland writes (:func:`zhkg.ner.region.mainland_form`: 视频, 信息, 出租车
where Taiwan writes 影片, 资讯, 计程车). An article quoting nobody (neither 「…」 nor “…”: wire copy, notices) is
routed when it carries another sign of a Taiwan or Hong Kong writer instead (:func:`zhkg.ner.region.taiwan_hong_kong_writer`,
router292: their outlets' credits and datelines, 〔记者…／台中报导〕, （中央社记者…电）, 【明报专讯】; their date forms,
今（5）日, 今日（18日）; a word form only they write, 捷运, 网路); with no such sign it keeps the shipped model, as a text
naming neither side's places does.
Text a program converted from Simplified, and a sentence alone (a dictionary's example, a Wikipedia line), go to the
shipped model, as every other document does (Simplified, or no Chinese letter either way). Both models read the
normalised Simplified text.

What the settings (:class:`zhkg.config.Config`) mean:

- ``traditional_model = true``, the default since session 60 (the lead's rule, docs/changes-session60.md), routes as
  above; ``false`` sends every document to one model (route264 measured the script alone: a gain on Taiwan and Hong
  Kong news, losses on other Traditional text; route267 the finer rule: docs/changes-session56.md);
- ``traditional_model_path``: the Traditional documents' model (empty: the shipped one);
- an explicit ``model_path`` without a ``traditional_model_path`` is used for every document: a user's own model is
  never silently replaced on Traditional text.

Each model loads on first use and is then kept: a run of Simplified documents never loads the Traditional model.
A model's tags depend on its sentence alone, so which documents share a batch, a worker or a process never changes
them (``--jobs``, Dask).
"""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

from zhkg.ner.model import NerModel, check_model_file, load_model
from zhkg.ner.region import (
    leans_taiwan_hong_kong,
    mainland_byline,
    mainland_form,
    quotes_nobody,
    quotes_with_corner_marks,
    taiwan_hong_kong_writer,
)
from zhkg.records import Script
from zhkg.resources import data_path

__all__ = ["ARTICLE_LENGTH", "TRADITIONAL_MODEL", "Recognisers", "routed_article", "traditional_model_file",
           "written_in_taiwan_or_hong_kong"]

#: File name of the Traditional documents' model inside ``zhkg/resources/data``: the model's second edition (crf271),
#: with feature version :data:`~zhkg.ner.features.FEATURE_VERSION` (1) as ``ner_mixed_v1``.
TRADITIONAL_MODEL = "ner_traditional_v2.crfsuite"


def traditional_model_file() -> Path:
    """The shipped Traditional model's path.

    >>> traditional_model_file().name
    'ner_traditional_v2.crfsuite'
    """
    return data_path(TRADITIONAL_MODEL)


#: Letters OpenCC's s2t writes where both Taiwan's (s2tw) and Hong Kong's (s2hk) standards write another letter:
#: 为 -> 爲 (為), 众 -> 衆 (眾), 伪 -> 僞 (偽), 吃 -> 喫, 抬 -> 擡, 痴 -> 癡, 灶 -> 竈, 粽 -> 糉, 才 -> 纔, 唇 -> 脣,
#: 核 -> 覈, 秘 -> 祕, 皂 -> 皁, 钵 -> 鉢, 针 -> 鍼 (some words), 妫 -> 嬀, 沩 -> 潙, 蒍 -> 蔿, 潀 -> 潨. A text full of
#: them was converted by a program, not written in Taiwan or Hong Kong.
MACHINE_FORMS = frozenset("爲衆僞喫擡癡竈糉纔脣覈祕皁鉢鍼嬀潙蔿潨")
#: The two standards' own forms of those letters that no other script writes (為, 眾, 偽, 媯, 溈, 潀, 缽), and
#: Taiwan's 裡 (s2t writes 裏, as Hong Kong does).
NATIVE_FORMS = frozenset("為眾偽媯溈潀缽裡")
#: Characters a document needs to be an article rather than a sentence or a headline.
ARTICLE_LENGTH = 200


def written_in_taiwan_or_hong_kong(text: str) -> bool:
    """Whether ``text`` (as written) is an article in Taiwan's or Hong Kong's letter forms: at least
    :data:`ARTICLE_LENGTH` characters, with more :data:`NATIVE_FORMS` than :data:`MACHINE_FORMS`.

    >>> article = "行政院今天表示，為因應颱風來襲，各縣市政府已完成防災整備。" * 8
    >>> written_in_taiwan_or_hong_kong(article)
    True
    >>> written_in_taiwan_or_hong_kong(article.replace("為", "爲"))  # s2t's form: converted by a program
    False
    >>> written_in_taiwan_or_hong_kong(article[:60])  # a sentence, not an article
    False
    """
    if len(text) < ARTICLE_LENGTH:
        return False
    native = machine = 0
    for ch, n in Counter(text).items():
        if ch in NATIVE_FORMS:
            native += n
        elif ch in MACHINE_FORMS:
            machine += n
    return native > machine


def routed_article(text: str, simplified: str | None = None) -> bool:
    """Whether the document ``text`` (as written; ``simplified``, its Simplified form, converted when not given) goes
    to the Traditional model when routing is on: :func:`written_in_taiwan_or_hong_kong` (route267) and
    :func:`~zhkg.ner.region.leans_taiwan_hong_kong` (route276: more of Taiwan's, Hong Kong's and Macau's places and
    bodies than of the mainland's; mainland writing in Taiwan's letter forms names the mainland's, or neither side's)
    and no :func:`~zhkg.ner.region.mainland_byline` in its opening (router281: a mainland wire's dateline), and it
    :func:`~zhkg.ner.region.quotes_with_corner_marks` and holds no :func:`~zhkg.ner.region.mainland_form` (router284:
    how it is written) — or, quoting nobody (:func:`~zhkg.ner.region.quotes_nobody`), carries a
    :func:`~zhkg.ner.region.taiwan_hong_kong_writer` sign instead (router292).

    >>> taiwan = "新北市議會今天開會，為因應颱風來襲，立法院要求「各縣府完成防災整備」，台北市也已準備。" * 6
    >>> mainland = "北京市平谷區委今天開會，為因應汛期，區政協和各鎮黨委完成防災整備，河北省也已準備。" * 6
    >>> neither = "這家公司今天表示，為因應原料漲價，下個月起調整售價，眾多消費者將受影響。" * 6
    >>> routed_article(taiwan), routed_article(mainland), routed_article(neither)
    (True, False, False)
    >>> routed_article("中新社台北1月5日電 " + taiwan)  # a mainland wire's dateline: who wrote it
    False
    >>> routed_article(taiwan.replace("「", "“").replace("」", "”"))  # the mainland's quotation marks: how it is written
    False
    >>> unquoted = taiwan.replace("「", "").replace("」", "")  # quoting nobody: routed only with another sign
    >>> routed_article(unquoted), routed_article("〔記者王小明／台北報導〕" + unquoted)
    (False, True)
    """
    if not written_in_taiwan_or_hong_kong(text):
        return False
    if simplified is None:
        from zhkg.stages.normalise import to_simplified

        simplified = to_simplified(text)
    writer = quotes_with_corner_marks(simplified) or (quotes_nobody(simplified)
                                                      and bool(taiwan_hong_kong_writer(simplified)))
    return (writer and leans_taiwan_hong_kong(simplified) and not mainland_byline(simplified)
            and not mainland_form(simplified))


class Recognisers:
    """The recogniser of each script, each loaded once on first use.

    Parameters
    ----------
    model_path
        The Simplified (and every other) document's model; empty for the shipped one.
    traditional_model_path
        The Traditional documents' model; empty for the shipped one, or for ``model_path`` when that is given.
    route
        Route Traditional documents to their own model; ``False`` (the default, as ``Config``'s) sends every
        document to ``model_path``'s.

    >>> on = Recognisers(route=True)
    >>> Recognisers().routes(Script.TRADITIONAL), on.routes(Script.TRADITIONAL), on.routes(Script.UNKNOWN)
    (False, True, False)
    >>> Recognisers(model_path="my.crfsuite", route=True).routes(Script.TRADITIONAL)
    False
    """

    def __init__(self, model_path: str = "", traditional_model_path: str = "", route: bool = False) -> None:
        self.model_path = model_path
        #: The Traditional model's file, or ``None`` when Traditional documents go to the main model.
        self.traditional_path: Path | None = None
        if route and traditional_model_path:
            self.traditional_path = Path(traditional_model_path)
        elif route and not model_path:
            self.traditional_path = traditional_model_file()
        self._lock = threading.Lock()  # two threads' first calls would otherwise both load a model
        self._main: NerModel | None = None
        self._traditional: NerModel | None = None

    def routes(self, script: Script) -> bool:
        """Whether a document of ``script`` goes to the Traditional model."""
        return script is Script.TRADITIONAL and self.traditional_path is not None

    def check_files(self) -> None:
        """Raise :class:`~zhkg.errors.ModelFileError` unless the Traditional model's file looks whole (without
        loading it): a run finds a bad path before its first document, not at its first Traditional one."""
        if self.traditional_path is not None:
            check_model_file(self.traditional_path)

    @property
    def main(self) -> NerModel:
        """The model of Simplified documents (and of every document when nothing routes)."""
        with self._lock:
            if self._main is None:
                self._main = load_model(self.model_path or None)
            return self._main

    @property
    def loaded_traditional(self) -> bool:
        """Whether the Traditional model has been loaded (a Simplified-only run never loads it)."""
        return self._traditional is not None

    def for_script(self, script: Script, text: str | None = None, simplified: str | None = None) -> NerModel:
        """The model that reads a document written in ``script``; given the document as written (``text``), only a
        :func:`routed_article` (its tests read on ``simplified``, its Simplified form, converted here when not given)
        goes to the Traditional model."""
        if not self.routes(script) or (text is not None and not routed_article(text, simplified)):
            return self.main
        with self._lock:
            if self._traditional is None:
                self._traditional = load_model(self.traditional_path)
            return self._traditional
