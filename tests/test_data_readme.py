"""Every file shipped in zhkg/resources/data is described in that folder's README."""

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "pipeline" / "zhkg" / "resources" / "data"
README = (DATA / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.iterdir() if p.is_file() and p.name != "README.md"))
def test_data_file_is_described(name):
    assert f"`{name}`" in README, f"add {name} to {DATA / 'README.md'}: what it is, where it came from, its licence"
