"""Settings for a pipeline run: one dataclass, every field defaulted and documented."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Config"]


@dataclass(frozen=True)
class Config:
    """How zhkg extracts and exports. The defaults are what the CLI uses."""

    #: Run the statistical recogniser (CRF) beside the rules; see zhkg/extract/combine.py.
    recogniser: bool = True
    #: Path of a recogniser model file; empty for the model shipped in the package.
    model_path: str = ""
    #: Recognise places by their short forms (平谷 -> 平谷区), guarded by a stoplist.
    place_short_forms: bool = True
    #: Smallest number of characters a short place form must have.
    place_short_min_chars: int = 2
    #: Rule-based extractors to run, by registered name, in order (see :mod:`zhkg.registry`);
    #: an extractor sees what the ones before it found.
    extractors: tuple[str, ...] = ("places", "deixis", "people", "organisations", "counts")
    #: Relation readers to run on each document, by registered name (see :mod:`zhkg.registry`).
    #: Leave out "mentioned_in" for a graph without entity -> document edges.
    relations: tuple[str, ...] = ("roles", "roles_after", "membership", "location", "counts", "authorship",
                                  "mentioned_in")
    #: Folders of the user's own lexicon tables (same TSV formats as the shipped ones), added to them.
    lexicon_dirs: tuple[str, ...] = ()
    #: Largest document, in characters, that a run accepts.
    max_document_chars: int = 5_000_000
    #: Height of the HTML graph canvas, in CSS units.
    html_height: str = "800px"
    #: Iterations vis-network may use to stabilise the layout before physics stops.
    html_stabilization_iterations: int = 400
