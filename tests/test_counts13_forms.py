"""Issue 14, round 13: count forms read from the errors of round 13's pool (tune13).

Each form is checked in Simplified and as a Hong Kong and a Taiwan text reads it (OpenCC s2hk, s2tw).
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS as SCRIPTS
from helpers import counts_in
from helpers import in_script as _script

# (text, [(value, counted head)]): what round 13 reads
FORMS = [
    # N大 + a market's good or bad news (jieba tags 利好 as an adjective): 2 利好
    ("业内人士认为，这两大利好将推动理财市场快速发展。", [(2, "利好")]),
    ("如果三大利好都能落实，市场将迎来上涨。", [(3, "利好")]),
    # jieba's 公司公告 glues the verb to the company counted after 家: the companies
    ("本月已有三家基金公司公告发行新产品。", [(3, "公司")]),
    # 股票|型基金: jieba glues 型 to 基金; the funds own the property after them (平均净值), not the stocks
    ("同期125只股票型基金平均净值增长18.2%。", [(125, "基金")]),
    ("今年以来，42只偏股型基金平均收益率为负。", [(42, "基金")]),
]

# Not counts: a difference against an earlier figure (相对…减少了), as 相比 was
NOT_COUNTS = [
    "目前全市可售住房约9万套，相对今年年初的可售套数约减少了1.2万套。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text, expected", FORMS)
def test_round13_forms(nlp, script, text, expected):
    assert counts_in(nlp, _script(text, script)) == expected


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("text", NOT_COUNTS)
def test_round13_difference_is_no_count(nlp, script, text):
    assert counts_in(nlp, _script(text, script)) == [(90000, "住房")]
