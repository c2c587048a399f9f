"""zhkg's numeral reader gives what cn2an's smart mode gives, on every string a count's number can be."""

import itertools
import random
import warnings

import pytest

from zhkg.extract.numerals import CHARACTERS, read_number

cn2an = pytest.importorskip("cn2an")


def theirs(text: str):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return cn2an.cn2an(text, "smart")
    except (ValueError, KeyError):  # cn2an raises KeyError on a few spoken forms (一万十五)
        return "error"


def ours(text: str):
    try:
        return read_number(text)
    except ValueError:
        return "error"


def same(texts) -> list[tuple[str, object, object]]:
    return [(t, a, b) for t in texts if (a := theirs(t)) != (b := ours(t)) or type(a) is not type(b)]


@pytest.mark.parametrize("text, value", [
    ("15", 15.0), ("1.5万", 15000), ("15万", 150000), ("二十三", 23), ("两", 2), ("十", 10), ("一百零五", 105),
    ("4亿2千万", 420000000), ("1万5千", 15000), ("一万二", 12000), ("三百四", 340), ("二〇二〇", 2020),
    ("十五万零三百", 150300), ("一千零十", 1010), ("０５", 5.0),
])
def test_read_number(text, value):
    assert read_number(text) == value and type(read_number(text)) is type(value)


@pytest.mark.parametrize("text", ["", "万", "一万十五", "十亿五", "1.", "1.2.3", "三個", "十多", "-5", "٣", "1" * 17 + "个"])
def test_read_number_rejects(text):
    with pytest.raises(ValueError):
        read_number(text)


def test_every_short_string_reads_as_cn2an_reads_it():
    alphabet = "0159.零〇一二两三十百千万亿"
    assert set(alphabet) <= CHARACTERS
    texts = ["".join(t) for k in range(1, 5) for t in itertools.product(alphabet, repeat=k)]
    assert same(texts) == []


def test_long_strings_and_numerals_read_as_cn2an_reads_them():
    rng = random.Random(12)
    chinese = "一二两三四五六七八九十百千万亿零"
    every = "".join(sorted(CHARACTERS))
    texts = ["".join(rng.choice(every if i % 2 else chinese) for _ in range(rng.randint(5, 14))) for i in range(20_000)]
    for _ in range(5_000):
        numeral = cn2an.an2cn(rng.randint(0, 10 ** rng.randint(1, 16)))
        texts += [numeral, numeral[:-1] or "零", numeral + "五", numeral.replace("千", "3千", 1)]
    assert same(texts) == []
