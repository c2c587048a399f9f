"""Load the trained CRF recogniser and tag text with PER/LOC/ORG spans.

The model ships as ``zhkg/resources/data/ner_mixed_v1.crfsuite`` and is read from the
package, never downloaded (a second model for documents written in Traditional characters ships beside it:
:mod:`zhkg.ner.routing`). It was trained on Simplified, half-width text: give
:meth:`NerModel.tag_spans` the normalised form of a document
(:func:`zhkg.stages.normalise.normalise` ``.simplified``); full-width ASCII is
folded here as well, one character for one, so offsets index the text given.

Long texts are tagged a sentence at a time (split after 。！？; and line
breaks), as the model was trained on sentences; offsets are into the whole text.
An ORG span that is a bare common noun for a body (派出所, 该公司: see
:func:`zhkg.ner.harmonise.is_generic_body`) is dropped: it names no organisation,
MSRA's convention (and the graph's); so is a LOC span holding a
bracket (平谷区镇(乡)村, which a model trained on CLUENER's addresses finds), and any span that
is a unit said again and again (北京市平谷区北京市平谷区…). An organisation ending in 大学/学院
takes the department after it (清华大学心理学系), which a model trained on CLUENER leaves out.

A ``NerModel`` wraps a crfsuite tagger, which is not thread-safe: use one model
per thread.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from zhkg.errors import ModelFileError
from zhkg.ner.bio import Span, tags_to_spans
from zhkg.ner.decode import CrfDecoder, ModelLayoutError, cached_tables
from zhkg.ner.features import FEATURE_VERSION, FeatureExtractor
from zhkg.ner.harmonise import is_generic_body
from zhkg.ner.model_layout import check_layout
from zhkg.resources import data_path

__all__ = ["LABELS", "DEFAULT_MODEL", "SENTENCE", "ModelFileError", "NerModel", "check_model_file", "load_model",
           "tag_spans"]

#: The entity labels the recogniser assigns.
LABELS = ("PER", "LOC", "ORG")

#: File name of the shipped model inside ``zhkg/resources/data``.
DEFAULT_MODEL = f"ner_mixed_v{FEATURE_VERSION}.crfsuite"

# crfsuite model files start with this magic, then the file size as uint32 LE.
_MAGIC = b"lCRF"

#: A sentence as the tagger cuts a text: up to and with its run of 。！？!?；; and newlines, a bare run of text
#: being one too (training data made from articles, :mod:`zhkg.ner.gold_marks`, is cut the same way).
SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;\n]*|[。！？!?；;\n]+")


def check_model_file(path: Path) -> None:
    """Raise :class:`ModelFileError` naming ``path`` unless it looks like a whole crfsuite model."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(8)
    except FileNotFoundError:
        raise ModelFileError(f"NER model file not found: {path}") from None
    except OSError as exc:
        raise ModelFileError(f"NER model file cannot be read: {path} ({exc})") from exc
    # crfsuite trusts the offsets inside the file and may crash on a bad one, so
    # check the magic and the recorded size before handing it over.
    if len(header) < 8 or header[:4] != _MAGIC:
        raise ModelFileError(f"NER model file is not a crfsuite model (bad header): {path}")
    recorded = int.from_bytes(header[4:8], "little")
    if recorded != size:
        raise ModelFileError(
            f"NER model file is truncated or corrupt ({size} bytes, header says {recorded}): {path}"
        )


class NerModel:
    """A loaded recogniser: a crfsuite model, the feature extractor it was trained with, and a decoder.

    crfsuite opens and checks the model; a document's sentences are tagged
    together by :class:`zhkg.ner.decode.CrfDecoder`, which gives
    crfsuite's tags about twice as fast on news articles; a lone sentence goes
    to crfsuite itself (:meth:`crfsuite_tags`), which is quicker there.

    Parameters
    ----------
    path : str or Path
        The crfsuite model file.
    extractor : FeatureExtractor, optional
        Share one between models to load jieba's dictionary once.
    """

    def __init__(self, path: str | os.PathLike[str], extractor: FeatureExtractor | None = None) -> None:
        import pycrfsuite

        self.path = Path(path)
        check_model_file(self.path)
        # a file whose tables are cached (keyed by its bytes) was checked when they were made: only a new one is
        # read whole, for offsets crfsuite would follow out of the file (a damaged copy: a segmentation fault)
        tables = cached_tables(self.path)
        if tables is None:
            try:
                check_layout(self.path.read_bytes())
            except ModelFileError as exc:
                raise ModelFileError(f"NER model file is damaged: {self.path} ({exc})") from None
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(self.path))
        except Exception as exc:  # crfsuite raises a bare ValueError/IOError without the name
            raise ModelFileError(f"NER model file cannot be opened by crfsuite: {self.path} ({exc})") from exc
        labels = set(self._tagger.labels())
        if not labels <= {"O"} | {f"{p}-{label}" for p in "BI" for label in LABELS}:
            raise ModelFileError(f"NER model file has unexpected labels {sorted(labels)}: {self.path}")
        extractor = extractor or FeatureExtractor()
        try:
            #: Tags with the model's weights in numpy: crfsuite's tags, without a string per feature.
            self.decoder = CrfDecoder(self._tagger, self.path, extractor, tables=tables)
        except ModelLayoutError as exc:
            raise ModelFileError(f"NER model file cannot be read for tagging: {self.path} ({exc})") from exc
        # a model is given the templates it was trained with, read off its attributes (version 1: no clusters)
        self.extractor = extractor.for_version(self.decoder.feature_version)
        self.extractor.load()
        self.decoder.extractor = self.extractor

    def tag_sentence(self, text: str, words: Sequence[str] | None = None) -> list[str]:
        """One BIO tag per character of a single sentence (``words``: its jieba segmentation, if known)."""
        return self.tag_sentences([text], [words])[0]

    def tag_sentences(self, sentences: Sequence[str], words: Sequence[Sequence[str] | None]) -> list[list[str]]:
        """BIO tags of several sentences (and each one's jieba words, or ``None``).

        Both ways give the same tags: crfsuite is quicker on one sentence alone,
        the decoder once sentences can step through Viterbi together, and on a
        very long sentence (crfsuite would take a Python string per feature).
        """
        if len(sentences) == 1 and len(sentences[0]) <= _CRFSUITE_MAX_CHARS:
            return [self.crfsuite_tags(sentences[0], words[0])]
        return self.decoder.tag(sentences, words)

    def crfsuite_tags(self, text: str, words: Sequence[str] | None = None) -> list[str]:
        """crfsuite's own tags of one sentence (the reference the decoder is held to)."""
        if not text:
            return []
        return self._tagger.tag(self.extractor.features(text, words))

    def tag_spans(self, text: str, boundaries: Sequence[int] | None = None) -> list[Span]:
        """Entity spans ``(start, end, label)`` of ``text``, half-open, label in PER/LOC/ORG.

        ``boundaries`` are the text's word boundaries (character offsets), when
        the caller has segmented it already.

        >>> model = load_model()
        >>> text = "国务院总理李克强在北京会见了联合国秘书长。"
        >>> [(text[s:e], label) for s, e, label in model.tag_spans(text)]
        [('国务院', 'ORG'), ('李克强', 'PER'), ('北京', 'LOC'), ('联合国', 'ORG')]
        """
        return self.tag_spans_many([text], [boundaries])[0]

    def tag_spans_many(
        self, texts: Sequence[str], boundaries: Sequence[Sequence[int] | None] | None = None,
        on_block: Callable[[int, int], None] | None = None,
    ) -> list[list[Span]]:
        """:meth:`tag_spans` of each text; the sentences of all of them are tagged together.

        Sentences go to the tagger ``_BATCH_CHARS`` characters at a time, which
        bounds the arrays of a long text and lets the short sentences of many
        short texts step through Viterbi together. ``on_block(done, total)`` is
        told the characters tagged so far after each block (the progress bar's).
        """
        out: list[list[Span]] = [[] for _ in texts]
        batch: list[tuple[int, int, str, list[str] | None]] = []  # text, offset, sentence, its words
        size = 0
        total, before = sum(map(len, texts)), 0  # before: the characters of the texts done

        def flush() -> None:
            tags = self.tag_sentences([s for _, _, s, _ in batch], [w for _, _, _, w in batch])
            for (k, offset, sentence, _), sentence_tags in zip(batch, tags):
                spans = [(start, end, label) for start, end, label in tags_to_spans(sentence_tags)
                         if _is_name(sentence[start:end], label)]
                nexts = [start for start, _, _ in spans[1:]] + [len(sentence)]
                out[k].extend((start + offset, _department_end(sentence, end, label, after) + offset, label)
                              for (start, end, label), after in zip(spans, nexts))
            batch.clear()

        for k, text in enumerate(texts):
            given = boundaries[k] if boundaries is not None else None
            cuts = sorted(set(given)) if given is not None else None
            for match in SENTENCE.finditer(text):
                offset = match.start()
                words = _words_between(text, cuts, offset, match.end()) if cuts is not None else None
                batch.append((k, offset, match.group(), words))
                size += len(match.group())
                if size >= _BATCH_CHARS:
                    flush()
                    size = 0
                    if on_block is not None:
                        on_block(before + match.end(), total)
            before += len(text)
        if batch:
            flush()
        return out


def _is_name(text: str, label: str) -> bool:
    """Whether a span the model found is kept.

    A bare 派出所 or 该公司 names no organisation (the convention of MSRA and of the graph), and a
    place never holds a bracket: CLUENER's addresses do (平谷区镇(乡)村), and the model picked that up.
    """
    if _is_repetition(text):
        return False  # 北京市平谷区北京市平谷区…: a place said again and again is no organisation
    if label == "ORG":
        return not is_generic_body(text)
    return not (label == "LOC" and _BRACKETS.intersection(text))


_BRACKETS = frozenset("()（）")


def _is_repetition(text: str) -> bool:
    """Whether ``text`` is a unit of two or more characters said at least twice over (平谷区平谷区, 北京市平谷区北京市平)."""
    n = len(text)
    return any(text[p:] == text[:-p] for p in range(2, n // 2 + 1))


# a department after its university: 清华大学|心理学系, 北京大学|中文系 (not 清华大学|建立联系)
_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,5}?系")
_NOT_DEPARTMENTS = ("关系", "联系", "体系", "维系", "派系", "世系", "直系", "嫡系", "谱系", "母系", "父系")


def _department_end(sentence: str, end: int, label: str, limit: int) -> int:
    """The end of an organisation span, taken over a department that follows a university (清华大学心理学系)
    unless the next span starts before ``limit``."""
    if label != "ORG" or not sentence.endswith(("大学", "学院"), 0, end):
        return end
    match = _DEPARTMENT.match(sentence, end)
    if match is None or match.end() > limit or match.group().endswith(_NOT_DEPARTMENTS):
        return end
    return match.end()

#: Characters of sentences tagged in one go by :meth:`NerModel.tag_spans`.
_BATCH_CHARS = 20_000
#: The longest lone sentence given to crfsuite rather than the decoder.
_CRFSUITE_MAX_CHARS = 1_000


def _words_between(text: str, cuts: list[int], start: int, end: int) -> list[str]:
    """The words of ``text[start:end]`` given the sorted word boundaries of the whole text."""
    from bisect import bisect_right

    inner = cuts[bisect_right(cuts, start) : bisect_right(cuts, end - 1)]
    points = [start, *inner, end]
    return [text[a:b] for a, b in zip(points, points[1:]) if b > a]


def _default_path() -> Path:
    return data_path(DEFAULT_MODEL)


def load_model(path: str | os.PathLike[str] | None = None) -> NerModel:
    """Load a recogniser from ``path``, or the model shipped in ``zhkg/resources/data`` by default.

    Raises
    ------
    ModelFileError
        If the file is missing or not a whole crfsuite model; the message names the file.
    """
    from zhkg.resources.lifetime import long_lived

    with long_lived():
        return NerModel(path if path is not None else _default_path())


_default_lock = threading.Lock()
_default: NerModel | None = None


def _default_model() -> NerModel:
    global _default
    with _default_lock:  # two threads' first calls would otherwise both load it
        if _default is None:
            _default = load_model()
        return _default


def tag_spans(text: str) -> list[Span]:
    """Tag ``text`` with the shipped model (loaded on first use, then kept for the process).

    The shared model's tagger is not thread-safe; threads should each call
    :func:`load_model` instead.

    >>> tag_spans("张伟是清华大学的教授。")
    [(0, 2, 'PER'), (3, 7, 'ORG')]
    """
    return _default_model().tag_spans(text)
