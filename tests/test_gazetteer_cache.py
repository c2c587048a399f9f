"""The built gazetteer cached in zhkg's private folder: the same gazetteer, rebuilt when damaged or stale."""

from __future__ import annotations

import marshal

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
    (path,) = cache.glob("*.marshal")
    second = _reload()
    assert second is not first
    assert _tables(second) == _tables(first) == _tables(gz._build(lx.load_lexicon()))
    assert second.resolve("台北").code == "TW-TPE"


@pytest.mark.parametrize("damage", [b"", b"{", b"\xff\xfe", marshal.dumps([]), marshal.dumps(("zhkg-gazetteer-1",)),
                                    "truncated"])
def test_a_damaged_cache_is_rebuilt(cache, damage):
    expected = _tables(_reload())
    (path,) = cache.glob("*.marshal")
    good = path.read_bytes()
    path.write_bytes(good[: len(good) // 2] if damage == "truncated" else damage)
    assert _tables(_reload()) == expected
    assert _tables(gz._from_payload(marshal.loads(path.read_bytes()), path.stem)) == expected


def _edited(path, column: int, value) -> None:
    payload = list(marshal.loads(path.read_bytes()))
    payload[column] = value(payload[column])
    path.write_bytes(marshal.dumps(tuple(payload)))


@pytest.mark.parametrize(("column", "value"), [
    (9, lambda members: (-1, *members[1:])),  # a negative index would silently name another division
    (9, lambda members: (10**9, *members[1:])),
    (9, lambda members: ((), *members[1:])),
    (9, lambda members: (1.5, *members[1:])),
    (11, lambda members: ((0, -2), *members[1:])),
    (7, lambda by_code: (-1, *by_code[1:])),
    (2, lambda codes: (1, *codes[1:])),  # a code that is not a string
    (4, lambda parents: parents[1:]),  # columns of different lengths
    (12, lambda rows: (("返京", "京"), *rows[1:])),
    (1, lambda key: "another key"),
])
def test_a_cache_that_does_not_hang_together_is_rebuilt(cache, column, value):
    expected = _tables(_reload())
    (path,) = cache.glob("*.marshal")
    _edited(path, column, value)
    with pytest.raises((ValueError, TypeError, IndexError)):
        gz._from_payload(marshal.loads(path.read_bytes()), path.stem)
    assert _tables(_reload()) == expected


def test_a_form_naming_one_division_is_cached_as_a_lone_index(cache):
    _reload()
    (path,) = cache.glob("*.marshal")
    payload = marshal.loads(path.read_bytes())
    singles = sum(type(m) is int for m in payload[9])
    assert 0 < singles < len(payload[9])  # and the forms naming several are kept as tuples
    g = gz._from_payload(payload, path.stem)
    assert all(len(ds) >= 1 for ds in g._by_name.values())


def test_a_user_lexicon_folder_keys_its_own_cache_and_edits_invalidate_it(cache, tmp_path):
    folder = tmp_path / "lex"
    folder.mkdir()
    _reload()
    (folder / "place_aliases.tsv").write_text("京畿平谷\t110117\tfull\n", encoding="utf-8")
    lexicon = lx.load_lexicon((str(folder),))
    assert _reload(lexicon).resolve("京畿平谷").name == "平谷区"
    assert len(list(cache.glob("*.marshal"))) == 2
    (folder / "place_aliases.tsv").write_text("京畿顺义\t110113\tfull\n", encoding="utf-8")
    lx._cached_lexicon.cache_clear()  # a new process reads the folder again
    edited = _reload(lx.load_lexicon((str(folder),)))
    assert edited.resolve("京畿平谷") is None
    assert edited.resolve("京畿顺义").name == "顺义区"
    assert len(list(cache.glob("*.marshal"))) == 3


def test_the_key_follows_the_division_list(cache, monkeypatch):
    lexicon = lx.load_lexicon()
    before = gz._cache_key(lexicon)
    monkeypatch.setattr(gz, "_source_bytes", lambda: b'{"divisions": []}')
    assert gz._cache_key(lexicon) != before


def test_name_prefixes_are_cached_and_every_name_is_among_them(cache):
    built = _reload()
    prefixes = built.name_prefixes
    assert set(built.full_names) <= prefixes and set(built.short_names) <= prefixes
    assert "平谷" in prefixes and "" not in prefixes
    again = _reload()
    assert again is not built and again._prefixes == prefixes  # read from the cache, not computed


def test_cached_prefixes_that_miss_a_name_are_rebuilt(cache):
    expected = _reload().name_prefixes
    (path,) = cache.glob("*.marshal")
    _edited(path, 13, lambda prefixes: prefixes[: len(prefixes) // 2])
    assert _reload().name_prefixes == expected


def test_writing_a_cache_keeps_only_the_most_recently_used_files(cache):
    import os

    from zhkg.cachedir import KEEP_FILES

    gazetteer = _reload()
    (current,) = cache.glob("*.marshal")
    stale = []
    for i in range(KEEP_FILES + 3):  # what older versions and other lexicon folders left, oldest first
        path = cache / f"old-{i:02d}.json"
        path.write_bytes(b"[]")
        os.utime(path, (1_000_000 + i, 1_000_000 + i))
        stale.append(path)
    os.utime(current, (999_999, 999_999))  # older than all of them...
    _reload()  # ...until read again: a read marks it used
    gz._write_cache("another-key", gazetteer)  # a new file written: the folder is pruned
    left = sorted(p.name for p in cache.iterdir() if not p.name.startswith("."))
    assert len(left) == KEEP_FILES
    assert current.name in left and "another-key.marshal" in left
    assert [p.name for p in stale if p.name in left] == [p.name for p in stale[-(KEEP_FILES - 2):]]
