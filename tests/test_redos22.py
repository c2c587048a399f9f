"""A model-code pattern whose backtracking grew with the cube of a run of Latin letters (``bench/regex_stress.py``,
session 22): ``zhkg.extract.makers._CODE`` split a letter run between its two repetitions in every way before
failing at each start; 400 × "Mz" took 3.4 s, a pasted data blob of a few thousand letters would take hours. Each
run of letters is now taken whole, and what the pattern reads on realistic text is unchanged."""

import pytest
from helpers import within

from zhkg.extract.makers import _CODE


@pytest.mark.parametrize("text", [" " + "Mz" * 2000 + "。", "AM" * 2000, "数据" + "abcXYZ" * 700 + "相机"],
                         ids=["space-Mz", "AM", "blob-in-text"])
def test_a_long_run_of_letters_is_read_in_bounded_time(text):
    found = within(10, lambda: [m.group() for m in _CODE.finditer(text)])
    assert found == []


@pytest.mark.parametrize("text, codes", [
    ("佳能EOS 7D相机", ["EOS 7D"]),
    ("索尼Z950和FE-26", ["Z950", "FE-26"]),
    ("IXUS 120上市", ["IXUS 120"]),
    ("新款A-B7机型", ["A-B7"]),
    ("三星 Galaxy S3 手机", [" Galaxy S3"]),
    ("尼康D90与D7000", ["D90", "D7000"]),
    ("没有型号的文字", []),
    ("ABCDEF", []),
])
def test_model_codes_still_read(text, codes):
    assert [m.group() for m in _CODE.finditer(text)] == codes
