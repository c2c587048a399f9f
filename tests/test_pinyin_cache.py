"""Names' pinyin readings remembered in zhkg's private folder: the same keys, no pypinyin import once known."""

from __future__ import annotations

import subprocess
import sys

import pytest

from zhkg.query import names


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(names, "_pinyin", None)
    monkeypatch.setattr(names, "_pinyin_added", 0)
    return tmp_path / "pinyin"


def _keys():
    return names.pinyin_keys("闫维洪", person=True), names.pinyin_display("曾国藩", person=True), names.pinyin_key("平谷区")


def test_saved_readings_give_the_same_keys(cache, monkeypatch):
    first = _keys()
    names.save_pinyin_cache()
    (path,) = cache.glob("*.json")
    monkeypatch.setattr(names, "_pinyin", None)
    import pypinyin

    monkeypatch.setattr(pypinyin, "lazy_pinyin", None)  # a known name must not reach pypinyin
    assert _keys() == first == (["yan wei hong", "yan weihong", "yanweihong"], "Zeng Guofan", "pingguqu")


@pytest.mark.parametrize("damage", ["", "{", '{"format": "zhkg-pinyin-1", "readings": {"平谷区": [1]}}',
                                    '{"format": "zhkg-pinyin-1", "readings": {"平谷区": ["x"]}'])
def test_a_damaged_file_is_ignored_and_replaced(cache, monkeypatch, damage):
    expected = _keys()
    names.save_pinyin_cache()
    (path,) = cache.glob("*.json")
    path.write_text(damage, encoding="utf-8")
    monkeypatch.setattr(names, "_pinyin", None)
    assert _keys() == expected
    names.save_pinyin_cache()
    assert names._read_pinyin(path)["平谷区"] == ["ping", "gu", "qu"]


def test_a_run_that_knows_every_name_does_not_import_pypinyin(tmp_path):
    code = (
        "import sys; from zhkg.query import names; names.pinyin_keys('平谷区'); names.save_pinyin_cache();"
        "print('pypinyin' in sys.modules)"
    )
    env_run = lambda: subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,  # noqa: E731
                                     env={**__import__("os").environ, "ZHKG_CACHE_DIR": str(tmp_path)}).stdout.strip()
    assert env_run() == "True"
    assert env_run() == "False"
