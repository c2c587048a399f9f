"""The spaCy pipeline: Chinese tokenisation with jieba and the project lexicon.

:func:`make_nlp` is the only place that touches jieba's dictionary. jieba keeps
one dictionary per process, so the project's words are added once per process
(guarded by a module flag) and affect every jieba user in it; that is
deliberate: zhkg needs 政协, 卡口 and friends kept whole wherever it segments.

The ``zhkg_lexical_tags`` component reads jieba's dictionary part-of-speech tag
of every token ("x" for a word jieba built itself, such as an unseen name) into
a token table on ``doc.user_data``. A dictionary look-up costs far less than
running ``jieba.posseg``.
"""

from __future__ import annotations

import logging
import threading

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from zhkg.config import Config
from zhkg.resources.lexicon import Lexicon, load_lexicon

__all__ = ["make_nlp", "load_project_words", "dictionary_tag"]

_loaded: set[tuple[str, ...]] = set()  # the lexicon folders whose words jieba has
_added: set[tuple[str, int, str]] = set()  # each word once: jieba's total frequency grows with every add_word
_lock = threading.Lock()


def load_project_words(lexicon: Lexicon | None = None) -> None:
    """Add a lexicon's words to jieba's process-global dictionary, once per process and lexicon.

    ``lexicon`` defaults to the shipped tables; a user lexicon brings the shipped
    words too, then its own ``words.tsv`` words and its listed names (people as
    ``nr``, organisations ``nt``, places ``ns``).
    """
    lexicon = lexicon or load_lexicon()
    with _lock:
        if lexicon.dirs in _loaded:
            return
        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        entries = list(lexicon.words) + [(name, 0, tag) for name, tag in lexicon.names]
        for word, freq, tag in entries:
            if (word, freq, tag) not in _added:
                jieba.add_word(word, freq=freq or None, tag=tag or None)
                _added.add((word, freq, tag))
        _loaded.add(lexicon.dirs)


def _tag_table() -> dict[str, str]:
    import jieba
    import jieba.posseg

    table = jieba.posseg.dt.word_tag_tab
    if jieba.dt.user_word_tag_tab:
        table.update(jieba.dt.user_word_tag_tab)
        jieba.dt.user_word_tag_tab.clear()
    return table


def dictionary_tag(word: str) -> str:
    """jieba's dictionary part-of-speech tag of a word, or "x" when it is not in the dictionary."""
    return _tag_table().get(word, "x")


def dictionary_tags() -> dict[str, str]:
    """jieba's whole word -> tag table (with the project lexicon's tags)."""
    return _tag_table()


@Language.component("zhkg_lexical_tags", assigns=["doc.user_data"])
def lexical_tags(doc: Doc) -> Doc:
    """Give the ``Doc`` jieba's dictionary tags, read on demand into its token table.

    The extractors read the tokens and tags from one table
    (:func:`zhkg.extract.base.token_table`), built on first use from the
    ``Doc``'s arrays: one pass over the tokens per document, after the caller has
    told the ``Doc`` its text (spaCy rebuilds ``Doc.text`` on every access).
    """
    from zhkg.extract.base import TAGS_KEY

    doc.user_data[TAGS_KEY] = _tag_table()
    return doc


def make_nlp(config: Config | None = None) -> Language:
    """Build the tokenising pipeline (no model to download).

    Adds the lexicon of ``config.lexicon_dirs`` to jieba's process-global
    dictionary first (once per process; see :func:`load_project_words`).
    A malformed user table raises :class:`~zhkg.errors.ConfigError`.

    >>> nlp = make_nlp()
    >>> [t.text for t in nlp("平谷区没有一例确诊病例")][:2]
    ['平谷区', '没有']
    """
    load_project_words(load_lexicon(config.lexicon_dirs if config is not None else ()))
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("zhkg_lexical_tags")
    return nlp
