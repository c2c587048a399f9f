"""Fixtures of the recogniser's tests."""

from collections.abc import Callable
from pathlib import Path

import pytest

from zhkg.ner.bio import Span, spans_to_tags


@pytest.fixture
def write_bio(tmp_path: Path) -> Callable[[str, list[tuple[str, list[Span]]]], Path]:
    """``write_bio(name, [(text, spans), ...])``: a BIO file of those sentences in ``tmp_path``."""

    def write(name: str, sentences: list[tuple[str, list[Span]]]) -> Path:
        lines = []
        for text, spans in sentences:
            lines += [f"{c}\t{t}" for c, t in zip(text, spans_to_tags(spans, len(text)))] + [""]
        path = tmp_path / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    return write
