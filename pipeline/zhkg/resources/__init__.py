"""Everything zhkg knows before it reads a word: lexicon tables, the gazetteer, the recogniser.

Data files ship in ``zhkg/resources/data/``. Every word table is parsed once per
process, on first use, into one typed :class:`~zhkg.resources.lexicon.Lexicon`
(:func:`~zhkg.resources.lexicon.load_lexicon`, which also adds users' lexicon
folders); :func:`~zhkg.resources.gazetteer.load_gazetteer` builds the division
gazetteer from it, and :mod:`zhkg.ner.model` loads the recogniser. The
recogniser's own feature lexicons (:mod:`zhkg.ner.features`) are fixed with the
model it was trained with and do not follow these tables. Nothing loads at import.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["data_path", "read_data"]


def data_path(name: str) -> Path:
    """Path of a data file shipped in ``zhkg/resources/data``.

    >>> data_path("roles.tsv").name
    'roles.tsv'
    """
    return Path(str(resources.files("zhkg.resources").joinpath("data", name)))


def read_data(name: str) -> str:
    """The text of a shipped data file (UTF-8)."""
    return data_path(name).read_text(encoding="utf-8")
