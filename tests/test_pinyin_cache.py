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


def _stale_files(folder, count, first_time):
    """``count`` readings files other pypinyin installs left, oldest first (timestamps from ``first_time``)."""
    import os

    folder.mkdir(parents=True, exist_ok=True)
    stale = []
    for i in range(count):
        path = folder / f"old-{i:02d}.json"
        path.write_text('{"format": "zhkg-pinyin-1", "readings": {}}', encoding="utf-8")
        os.utime(path, (first_time + i, first_time + i))
        stale.append(path)
    return stale


def _fresh_process(monkeypatch):
    monkeypatch.setattr(names, "_pinyin", None)
    monkeypatch.setattr(names, "_pinyin_added", 0)


def test_saving_keeps_only_the_most_recently_used_files(cache, monkeypatch):
    import os

    from zhkg.cachedir import KEEP_FILES

    _keys()
    names.save_pinyin_cache()
    (current,) = cache.glob("*.json")
    stale = _stale_files(cache, KEEP_FILES + 3, 1_000_000)
    os.utime(current, (999_999, 999_999))  # older than all of them...
    _fresh_process(monkeypatch)
    _keys()  # ...until read again: a read marks it used
    assert current.stat().st_mtime > stale[-1].stat().st_mtime
    names.pinyin_key("新来的名字")  # a name not yet known: this run has readings to save
    names.save_pinyin_cache()  # the file written: the folder is pruned
    left = sorted(p.name for p in cache.iterdir() if not p.name.startswith("."))
    assert len(left) == KEEP_FILES and current.name in left
    assert [p.name for p in stale if p.name in left] == [p.name for p in stale[-(KEEP_FILES - 1):]]
    assert "新来的名字" in names._read_pinyin(current)


def test_saving_never_removes_the_file_just_written(cache):
    from zhkg.cachedir import KEEP_FILES

    _stale_files(cache, KEEP_FILES + 3, 4_000_000_000)  # timestamps in the future: newer than ours
    expected = _keys()
    names.save_pinyin_cache()
    written = [p for p in cache.glob("*.json") if not p.name.startswith("old-")]
    assert len(written) == 1 and names._read_pinyin(written[0])["平谷区"] == ["ping", "gu", "qu"]
    assert len(list(cache.glob("*.json"))) == KEEP_FILES
    assert _keys() == expected


def _read_only(monkeypatch, folder):
    """Make ``folder`` refuse writes, as a read-only folder would (as root, a mode alone refuses nothing)."""
    import os
    import tempfile
    from pathlib import Path

    folder.chmod(0o500)
    inside = lambda path: str(path).startswith(str(folder))  # noqa: E731

    def guard(real, where):
        def refusing(*args, **kwargs):
            if inside(where(*args, **kwargs)):
                raise PermissionError(13, "Read-only folder")
            return real(*args, **kwargs)
        return refusing

    monkeypatch.setattr(tempfile, "mkstemp", guard(tempfile.mkstemp, lambda *a, **k: k.get("dir", "")))
    monkeypatch.setattr(Path, "unlink", guard(Path.unlink, lambda self, *a, **k: self))
    monkeypatch.setattr(os, "utime", guard(os.utime, lambda path, *a, **k: path))


def test_a_read_only_folder_is_left_alone_and_the_readings_still_come(cache, monkeypatch):
    from zhkg.cachedir import KEEP_FILES

    expected = _keys()
    _fresh_process(monkeypatch)
    before = _stale_files(cache, KEEP_FILES + 3, 1_000_000)
    _read_only(monkeypatch, cache)
    try:
        assert _keys() == expected
        names.save_pinyin_cache()  # nothing written, nothing removed, no error
        assert sorted(cache.iterdir()) == before
    finally:
        cache.chmod(0o700)


def test_zhkg_extract_runs_with_a_read_only_pinyin_folder(cache, monkeypatch, runner, tmp_path):
    from zhkg.cachedir import KEEP_FILES
    from zhkg.cli import main

    before = _stale_files(cache, KEEP_FILES + 3, 1_000_000)
    _read_only(monkeypatch, cache)
    source = tmp_path / "news.txt"
    source.write_text("平谷區政協黨組書記、主席閆維洪主持會議。", encoding="utf-8")
    try:
        result = runner.invoke(main, ["extract", str(source), "-o", str(tmp_path / "out")])
        assert result.exit_code == 0, result.output
        assert "yanweihong" in (tmp_path / "out" / "news.html").read_text(encoding="utf-8")
        assert sorted(cache.iterdir()) == before
    finally:
        cache.chmod(0o700)
