"""The built gazetteer cached in zhkg's private folder: the same gazetteer, rebuilt when damaged or stale."""

from __future__ import annotations

import pytest

from zhkg.resources import gazetteer as gz
from zhkg.resources import lexicon as lx


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    gz.load_gazetteer.cache_clear()
    yield tmp_path / "cache" / "gazetteer"
    gz.load_gazetteer.cache_clear()
    lx._cached_lexicon.cache_clear()


def _tables(g: gz.Gazetteer):
    return (list(g._by_code.items()), list(g.full_names.items()), list(g.short_names.items()), g.abbreviations)


def _reload(lexicon=None) -> gz.Gazetteer:
    gz.load_gazetteer.cache_clear()
    return gz.load_gazetteer(lexicon)


def test_a_cached_gazetteer_equals_a_built_one(cache):
    first = _reload()
    (path,) = cache.glob("*.json")
    second = _reload()
    assert second is not first
    assert _tables(second) == _tables(first) == _tables(gz._build(lx.load_lexicon()))
    assert second.resolve("台北").code == "TW-TPE"


@pytest.mark.parametrize("damage", ["", "{", "[]", '{"format": 1}', "\udcff"])
def test_a_damaged_cache_is_rebuilt(cache, damage):
    expected = _tables(_reload())
    (path,) = cache.glob("*.json")
    path.write_bytes(damage.encode("utf-8", "surrogateescape"))
    assert _tables(_reload()) == expected
    assert _tables(gz._from_json(path.read_text(encoding="utf-8"), path.stem)) == expected


def test_a_cache_with_bad_indexes_is_rebuilt(cache):
    import json

    expected = _tables(_reload())
    (path,) = cache.glob("*.json")
    payload = json.loads(path.read_text(encoding="utf-8"))
    payload["by_name"][0][1] = [-1]
    path.write_text(json.dumps(payload), encoding="utf-8")
    assert _tables(_reload()) == expected
    payload["by_name"][0][1] = [10**9]
    path.write_text(json.dumps(payload), encoding="utf-8")
    assert _tables(_reload()) == expected


def test_a_user_lexicon_folder_keys_its_own_cache_and_edits_invalidate_it(cache, tmp_path):
    folder = tmp_path / "lex"
    folder.mkdir()
    _reload()
    (folder / "place_aliases.tsv").write_text("京畿平谷\t110117\tfull\n", encoding="utf-8")
    lexicon = lx.load_lexicon((str(folder),))
    assert _reload(lexicon).resolve("京畿平谷").name == "平谷区"
    assert len(list(cache.glob("*.json"))) == 2
    (folder / "place_aliases.tsv").write_text("京畿顺义\t110113\tfull\n", encoding="utf-8")
    lx._cached_lexicon.cache_clear()  # a new process reads the folder again
    edited = _reload(lx.load_lexicon((str(folder),)))
    assert edited.resolve("京畿平谷") is None
    assert edited.resolve("京畿顺义").name == "顺义区"
    assert len(list(cache.glob("*.json"))) == 3


def test_the_key_follows_the_division_list(cache, monkeypatch):
    lexicon = lx.load_lexicon()
    before = gz._cache_key(lexicon)
    monkeypatch.setattr(gz, "_source_bytes", lambda: b'{"divisions": []}')
    assert gz._cache_key(lexicon) != before
