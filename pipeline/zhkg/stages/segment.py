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
from zhkg.resources.lexicon import project_words

__all__ = ["make_nlp", "load_project_words", "dictionary_tag"]

_words_loaded = False
_lock = threading.Lock()


def load_project_words() -> None:
    """Add the project lexicon to jieba's process-global dictionary, once."""
    global _words_loaded
    with _lock:
        if _words_loaded:
            return
        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        for word, freq, tag in project_words():
            jieba.add_word(word, freq=freq or None, tag=tag or None)
        _words_loaded = True


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

    >>> nlp = make_nlp()
    >>> [t.text for t in nlp("平谷区没有一例确诊病例")][:2]
    ['平谷区', '没有']
    """
    load_project_words()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("zhkg_lexical_tags")
    return nlp
