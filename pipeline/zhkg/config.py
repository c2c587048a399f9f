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
    #: Add a MENTIONED_IN edge from every entity to each document it appears in.
    mentioned_in_edges: bool = True
    #: Largest document, in characters, that a run accepts.
    max_document_chars: int = 5_000_000
    #: Height of the HTML graph canvas, in CSS units.
    html_height: str = "800px"
    #: Iterations vis-network may use to stabilise the layout before physics stops.
    html_stabilization_iterations: int = 400
