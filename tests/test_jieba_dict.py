"""jieba's stock dictionary cache: the same tables as jieba's own parse, rebuilt when damaged or stale."""

from __future__ import annotations

import pytest

from zhkg.resources import jieba_dict


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    return tmp_path / "jieba"


def test_cached_tables_equal_jiebas_own_parse(fresh):
    import jieba
    import jieba.posseg

    built = jieba_dict._load_or_build()
    (path,) = fresh.glob("stock-*.marshal")
    loaded = jieba_dict._load_or_build()
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(fresh)
    tokenizer.initialize()
    assert built == loaded
    assert loaded[0] == tokenizer.FREQ and loaded[1] == tokenizer.total
    assert loaded[2] == jieba.posseg.POSTokenizer(tokenizer).word_tag_tab


@pytest.mark.parametrize("damage", [b"", b"not marshal", b"\xe9" * 100])
def test_a_damaged_cache_is_rebuilt(fresh, damage):
    expected = jieba_dict._load_or_build()
    (path,) = fresh.glob("stock-*.marshal")
    path.write_bytes(damage)
    assert jieba_dict._load_or_build() == expected
    assert path.read_bytes() != damage


def test_a_cache_of_other_contents_is_not_used(fresh):
    import marshal

    jieba_dict._load_or_build()
    (path,) = fresh.glob("stock-*.marshal")
    key = path.stem.removeprefix("stock-")
    path.write_bytes(marshal.dumps((jieba_dict.FORMAT, "another key", {"x": 1}, 1, {"x": "n"})))
    assert jieba_dict._load_or_build()[2]["北京"] == "ns"
    path.write_bytes(marshal.dumps((jieba_dict.FORMAT, key, {"x": 1}, "1", {"x": "n"})))
    assert jieba_dict._load_or_build()[2]["北京"] == "ns"


def test_the_key_follows_the_dictionary_text(fresh, monkeypatch):
    jieba_dict._load_or_build()
    monkeypatch.setattr(jieba_dict, "_dict_bytes", lambda: "北京 9 ns\n甲乙 3 n\n".encode())
    freq, total, tags = jieba_dict._load_or_build()
    assert tags == {"北京": "ns", "甲乙": "n"} and total == 12
    assert len(list(fresh.glob("stock-*.marshal"))) == 2


def test_a_tokenizer_gets_its_own_copy(fresh):
    import jieba

    fresh.mkdir(mode=0o700)
    reference = jieba.Tokenizer()
    reference.tmp_dir = str(fresh)  # not $TMPDIR
    first, second = jieba.Tokenizer(), jieba.Tokenizer()
    jieba_dict.init_tokenizer(first)
    jieba_dict.init_tokenizer(second)
    first.add_word("甲乙丙丁戊", freq=5)
    assert "甲乙丙丁戊" not in second.FREQ
    assert "甲乙丙丁戊" not in jieba_dict.stock_dictionary()[0]
    assert list(second.cut("王刚在北京")) == list(reference.cut("王刚在北京"))
