"""The project lexicon: words jieba must keep whole, and glosses for counted things.

Files live in ``zhkg/resources/data/``. ``words.tsv`` holds ``word<TAB>freq<TAB>tag``
lines (Simplified); ``glossary.tsv`` holds ``word<TAB>English gloss``. Lines
starting with ``#`` are comments. Nothing is loaded at import; jieba's dictionary
is process-global, so :func:`zhkg.stages.segment.make_nlp` adds these words once.
"""

from __future__ import annotations

from functools import lru_cache
from zhkg.resources import read_data

__all__ = ["read_table", "project_words", "glossary"]


def read_table(name: str) -> list[list[str]]:
    """Rows of a TAB-separated data file shipped in ``zhkg/resources/data``."""
    text = read_data(name)
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=1)
def project_words() -> tuple[tuple[str, int, str], ...]:
    """(word, frequency, POS tag) for every word the segmenter must know."""
    out = []
    for row in read_table("words.tsv"):
        word = row[0].strip()
        freq = int(row[1]) if len(row) > 1 and row[1].strip() else 0
        tag = row[2].strip() if len(row) > 2 else ""
        out.append((word, freq, tag))
    return tuple(out)


@lru_cache(maxsize=1)
def glossary() -> dict[str, str]:
    """English glosses of counted things, keyed by Simplified word."""
    return {row[0].strip(): row[1].strip() for row in read_table("glossary.tsv") if len(row) >= 2}
