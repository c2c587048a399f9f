"""Statistical named-entity recognition (PER/LOC/ORG) for Chinese news.

A linear-chain CRF over character n-gram, jieba word-boundary, dictionary-tag
and lexicon features, trained with crfsuite on the MSRA training file (never
shipped). The model files ship in ``zhkg/resources/data``.

* :mod:`.bio` reads BIO files, converts tags to spans, scores spans, and holds
  the development split rule (sentence index % 20 == 0);
* :mod:`.features` builds the per-character features;
* :mod:`.lexicons` holds the lexicon-match templates of feature version 3 (not shipped);
* :mod:`.model` loads a model and tags text (:func:`load_model`, :func:`tag_spans`);
* :mod:`.routing` picks the model of a document's script: a second model for Traditional-native text, on by
  default (``Config.traditional_model``), with :mod:`.region` (whether a text names more of Taiwan's, Hong Kong's
  and Macau's places and bodies than of the mainland's: mainland writing in Taiwan's letter forms, and a text naming
  neither side's, keep the shipped model; so does one with a mainland outlet's byline, one not quoting with corner
  marks — unless it quotes nobody and carries a Taiwan or Hong Kong outlet's credit, their date forms or a word
  form only they write — or one holding a word form only the mainland writes);
* :mod:`.decode` tags with the model's weights in numpy (crfsuite's tags, faster);
* :mod:`.model_layout` checks a model file's inner offsets before crfsuite follows them (a damaged file is refused);
* :mod:`.train` trains one (``python -m zhkg.ner.train``), with :mod:`.augment` (mention replacement),
  :mod:`.harmonise` (CLUENER's labels onto MSRA's) and :mod:`.clusters` (word clusters, tried and not shipped);
* :mod:`.prune` drops a trained model's smallest state weights and writes a smaller crfsuite file
  (``python -m zhkg.ner.prune``; the Traditional model);
* :mod:`.gold_marks` turns an article and its gold name set into BIO sentences (every name marked, for training
  on annotated news: ``bench/web_bio.py``, ``bench/model190_decision.md``).

Nothing is loaded at import; the first :func:`tag_spans` call loads the model and
jieba's dictionary (about two seconds).
"""

from __future__ import annotations

from zhkg.ner.bio import Sentence, Span, read_bio, score_spans, split_dev, tags_to_spans
from zhkg.ner.model import LABELS, ModelFileError, NerModel, load_model, tag_spans

__all__ = [
    "LABELS",
    "ModelFileError",
    "NerModel",
    "Sentence",
    "Span",
    "load_model",
    "read_bio",
    "score_spans",
    "split_dev",
    "tag_spans",
    "tags_to_spans",
]
