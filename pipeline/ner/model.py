"""Load the trained CRF recogniser and tag text with PER/LOC/ORG spans.

The model ships as ``pipeline/data/ner_msra_v1.crfsuite`` and is read from the
package, never downloaded. It was trained on Simplified, half-width text: give
:meth:`NerModel.tag_spans` the normalised form of a document
(:func:`pipeline.normalise.normalise` ``.simplified``); full-width ASCII is
folded here as well, one character for one, so offsets index the text given.

Long texts are tagged a sentence at a time (split after 。！？; and line
breaks), as the model was trained on sentences; offsets are into the whole text.

A ``NerModel`` wraps a crfsuite tagger, which is not thread-safe: use one model
per thread.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
import re
import tempfile
import threading
from importlib import resources
from pathlib import Path

from .bio import Span, tags_to_spans
from .features import FEATURE_VERSION, FeatureExtractor, KnownAttributes

__all__ = ["LABELS", "DEFAULT_MODEL", "ModelFileError", "NerModel", "load_model", "tag_spans"]

#: The entity labels the recogniser assigns.
LABELS = ("PER", "LOC", "ORG")

#: File name of the shipped model inside ``pipeline/data``.
DEFAULT_MODEL = f"ner_msra_v{FEATURE_VERSION}.crfsuite"

# crfsuite model files start with this magic, then the file size as uint32 LE.
_MAGIC = b"lCRF"

# A sentence runs to and including its final punctuation; a bare run of text is one too.
_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;\n]*|[。！？!?；;\n]+")


class ModelFileError(RuntimeError):
    """The model file is missing or is not a readable crfsuite model."""


def _check_file(path: Path) -> None:
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
    """A loaded recogniser: a crfsuite tagger and the feature extractor it was trained with.

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
        _check_file(self.path)
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(self.path))
        except Exception as exc:  # crfsuite raises a bare ValueError/IOError without the name
            raise ModelFileError(f"NER model file cannot be opened by crfsuite: {self.path} ({exc})") from exc
        labels = set(self._tagger.labels())
        if not labels <= {"O"} | {f"{p}-{l}" for p in "BI" for l in LABELS}:
            raise ModelFileError(f"NER model file has unexpected labels {sorted(labels)}: {self.path}")
        self.extractor = extractor or FeatureExtractor()
        self.extractor.load()
        #: The model's attributes: features outside them are not built (same tags, less work).
        self.known = KnownAttributes(_model_attributes(self._tagger, self.path))

    def tag_sentence(self, text: str, words: Sequence[str] | None = None) -> list[str]:
        """One BIO tag per character of a single sentence (``words``: its jieba segmentation, if known)."""
        if not text:
            return []
        return self._tagger.tag(self.extractor.features(text, words, self.known))

    def tag_spans(self, text: str, boundaries: Sequence[int] | None = None) -> list[Span]:
        """Entity spans ``(start, end, label)`` of ``text``, half-open, label in PER/LOC/ORG.

        >>> model = load_model()
        >>> text = "国务院总理李克强在北京会见了联合国秘书长。"
        >>> [(text[s:e], label) for s, e, label in model.tag_spans(text)]
        [('国务院', 'ORG'), ('李克强', 'PER'), ('北京', 'LOC'), ('联合国', 'ORG')]
        """
        spans: list[Span] = []
        cuts = sorted(set(boundaries)) if boundaries is not None else None
        for match in _SENTENCE.finditer(text):
            offset = match.start()
            words = _words_between(text, cuts, offset, match.end()) if cuts is not None else None
            for start, end, label in tags_to_spans(self.tag_sentence(match.group(), words)):
                spans.append((start + offset, end + offset, label))
        return spans


def _model_attributes(tagger, path: Path) -> list[str]:
    """Every attribute (feature string) the model has a weight for, read from crfsuite's dump.

    ``Tagger.info()`` gives the same, parsed in Python at ten times the cost;
    the dump is written in C and only its ATTRIBUTES block is read here.
    """
    fd, dump = tempfile.mkstemp(prefix="zhkg-crf-", suffix=".txt")
    os.close(fd)
    try:
        tagger.dump(dump)
        text = Path(dump).read_text(encoding="utf-8", errors="surrogateescape")
    finally:
        os.unlink(dump)
    header = re.search(r"^\s*num_attrs: (\d+)$", text, re.M)
    start, end = text.find("\nATTRIBUTES = {\n"), text.find("\n}\n", text.find("\nATTRIBUTES = {\n") + 1)
    # one attribute a line, "  <id>: <attribute>"; attributes hold no line breaks (sentences end at them)
    attributes = _ATTRIBUTE_LINE.findall(text, start, end) if start >= 0 and end > start else []
    if header is None or int(header.group(1)) != len(attributes):
        raise ModelFileError(f"NER model file's attribute list cannot be read: {path}")
    return attributes


_ATTRIBUTE_LINE = re.compile(r"^ +\d+: (.*)$", re.M)


def _words_between(text: str, cuts: list[int], start: int, end: int) -> list[str]:
    """The words of ``text[start:end]`` given the sorted word boundaries of the whole text."""
    from bisect import bisect_right

    inner = cuts[bisect_right(cuts, start) : bisect_right(cuts, end - 1)]
    points = [start, *inner, end]
    return [text[a:b] for a, b in zip(points, points[1:]) if b > a]


def _default_path() -> Path:
    return Path(str(resources.files("pipeline").joinpath("data", DEFAULT_MODEL)))


def load_model(path: str | os.PathLike[str] | None = None) -> NerModel:
    """Load a recogniser from ``path``, or the model shipped in ``pipeline/data`` by default.

    Raises
    ------
    ModelFileError
        If the file is missing or not a whole crfsuite model; the message names the file.
    """
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
