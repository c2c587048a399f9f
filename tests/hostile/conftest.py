"""Fixtures of the hostile suite (helpers are in ``hostile_util.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_util import TEXT


@pytest.fixture
def news(tmp_path: Path) -> Path:
    path = tmp_path / "news.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path
