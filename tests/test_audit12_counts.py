"""Issue 14, audit 12: the kinds of junk a corpus user saw among counts (``bench/counts_audit.py``).

Each form is checked in Simplified and as a Hong Kong and a Taiwan text reads it (OpenCC s2hk, s2tw).
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS as SCRIPTS
from helpers import count_owners as owners
from helpers import counts_in
from helpers import in_script as _script


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text",
    [
        # 十大 is "the top ten": a ranking or an award's title
        "2004年度中国民营经济十大新闻评选拉开帷幕。",
        "她被评为北京十大杰出青年。",
        "王勇再次将中国联通加仓至十大重仓股。",
        # digits with a leading zero: a model year or a code
        "展会上还有09款新实木精品展示。",
        # idioms and names holding a number
        "第三关是3位1体的怪物。",
        "他执导了带有自传性质的三部曲之一。",
        # 亿 + a loss, income or profit: a sum of money
        "去年的超级暴雨便录得5.78亿经济损失。",
        "公司去年实现3亿利润。",
    ],
)
def test_audit12_not_counts(nlp, script, text):
    assert counts_in(nlp, _script(text, script)) == []


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, expected",
    [
        # pointed at, 十大 counts ten things; N大 below ten still counts
        ("这十大措施将于明年实施。", [(10, "措施")]),
        ("政府推出三大措施扶持新能源。", [(3, "措施")]),
        # a television station written with 台 is one noun (not 地方 + the classifier 台)
        ("该剧会在央视以及全国60家地方台播出。", [(60, "地方台")]),
        ("有20多家省级台参与了竞标。", [(20, "省级台")]),
        # digits without a leading zero still count
        ("展会上有9款新产品。", [(9, "产品")]),
        ("他今年有三部电影上映。", [(3, "电影")]),
    ],
)
def test_audit12_forms(nlp, script, text, expected):
    assert counts_in(nlp, _script(text, script)) == expected


@pytest.mark.parametrize("script", SCRIPTS)
def test_audit12_a_verb_of_change_is_no_thing(nlp, script):
    text = _script("美克美家计划将自营门店数从目前的29家扩至40家。", script)
    assert all(thing != "扩至" for _, thing in counts_in(nlp, text))


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, counted",
    [
        # countries counted are no country's (我们 stood for 中国)
        ("中方特别建议，我们五国加强传染病防治领域的合作。", "国"),
        # teams counted are no club's, however the club is named (他们 stood for 火箭)
        ("火箭今晚主场迎战国王。他们在过去3次和国王的交锋中赢了2次。两队实力毕竟存在一定差距。", "队"),
        # the body announcing a figure reports it, it does not own it
        ("本月9日，证监会公布，2月份有3家外资机构获得QFII资格。", "机构"),
    ],
)
def test_audit12_no_owner(pipeline, script, text, counted):
    assert owners(pipeline, _script(text, script))[counted] == set()


@pytest.mark.parametrize("script", SCRIPTS)
def test_audit12_a_body_still_owns_its_counts(pipeline, script):
    # an organisation still owns what it counts, and a country a count of other things
    text = _script("热火阵中目前有15名球员。据统计，中国的这个群体逾2亿人。", script)
    got = owners(pipeline, text)
    assert got["球员"] == {"热火"}
    assert got["人"] == {"中国"}
