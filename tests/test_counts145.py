"""Issue 14, session 38 (counts145): counts and owners read from the tune halves of the real-news dev sets.

- owners: 全省/全市/我市 + the kind of an institution (全省图书馆, 全市医院, 我市博物馆) is all of them in the region, no
  body: the region the word stands for owns their count, as 全省 alone would, and no hall is derived from it;
- a property noun right after a classifier of kinds or items (两种情况, 两项增幅, 三类价格) is the thing counted: with
  nothing before it to be a property of, it names the kinds (99只净值上扬 still counts the funds named before);
- 处 alone closing a clause counts itself (北京、上海、海口三处。), as 套 and 户 do (类 stays out: 二类疫苗 is a class);
- votes are counts: 票 is a unit that counts itself (以325票赞成, 近25万票; 3000万票房 stays no count);
- a place before 人氏 (安徽省宿州人氏) says where someone comes from: it owns nothing, as before 籍 or 裔;
- Hong Kong's terse arrests: a bare number before 男子, 女子 or 主脑 counts them (拘捕3男子, 包括2主脑).
Every sentence is written for these tests; forms are checked in Simplified, s2hk and s2tw, owners in both scripts.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, assert_count_owner, both_scripts, counts_in, in_script

# (text, (value, counted head in Simplified) that must be read, one that must not)
FORMS = [
    ("遇到这两种情况时，司机要冷静处理。", (2, "情况"), None),
    ("今年前三季度两项增幅均创新高。", (2, "增幅"), None),
    ("该车队出现三种状况。", (3, "状况"), None),
    ("警方昨日在观塘拘捕3男子。", (3, "男子"), None),
    ("海关破获贩毒集团，拘捕5人，包括2主脑。", (2, "主脑"), None),
    ("警方在元朗拘捕2女子。", (2, "女子"), None),
    # 处 standing alone at a clause's end counts itself, as 套 and 户 do
    ("他先后在北京、上海、海口三处。", (3, "处"), None),
    # votes are counted (以325票赞成, 近25万票), the classifier counting itself
    ("议案以325票赞成、316票反对获得通过。", (325, "票"), None),
    ("议案以325票赞成、316票反对获得通过。", (316, "票"), None),
    ("她在这次选举中获得近25万票。", (250000, "票"), None),
    ("该公司在广州、深圳和珠海设有三处。", (3, "处"), None),
]

# Controls: a property after a classifier that counts a thing named before, and numbers that count nothing
FORM_CONTROLS = [
    ("昨日99只净值上扬。", None, (99, "净值")),
    ("全市共有基金120只，其中99只净值上扬。", None, (99, "净值")),
    ("1男子被捕。", None, (1, "男子")),
    ("2008男子组决赛开始。", None, (2008, "男子")),
    ("今年成交量达到5000万手。", None, (50000000, "成交量")),
    ("他身上有三处伤口。", (3, "伤口"), (3, "处")),
    ("第三处是一座古庙。", None, (3, "处")),
    ("该片上映三天取得3000万票房。", None, (30000000, "票")),
    ("这项改革实行一票否决。", None, (1, "票")),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, present, absent", FORMS + FORM_CONTROLS, ids=lambda v: str(v)[:12])
def test_counts145_forms(nlp, script, text, present, absent):
    got = counts_in(nlp, in_script(text, script))
    if present is not None:
        assert present in got, got
    if absent is not None:
        assert absent not in got, got


# (text, counted head in Simplified, owner's name in Simplified or None)
OWNERS = [
    ("据江西省文化厅消息，春节假期全省游客人数创新高。全省图书馆、博物馆共接待读者86万人次。", "人次", "江西省"),
    ("杭州市卫健委表示，全市医院春节期间共接诊病人30万人次。", "人次", "杭州市"),
    # the cases a statement tells apart, and the increases of figures it compares, are no holder's
    ("火箭队要晋级季后赛只有两种情况。", "情况", None),
    ("英国拒签学生签证主要有三种情况。", "情况", None),
    ("今年8月，宁波市财政收入增长21%，税收收入增长18%，两项增幅均创新高。", "增幅", None),
    # a place before 人氏 is where someone comes from, as before 籍: no holder of what the story counts after it
    ("张先生，河南省商丘人氏，生于一九六二年，现定居广东，并创业于广州、深圳、珠海三处。", "处", None),
]

# Controls: a body named by its own name keeps its counts; a body whose name opens with 全国 stays a body; 我市
# after a word (no hall derived there) was the city's already
OWNER_CONTROLS = [
    ("但盖蒂博物馆只同意归还26件文物。", "文物", "盖蒂博物馆"),
    ("全国人大常委会共有委员175名。", "委员", "全国人大常委会"),
    ("天津市第一养老院共有床位300张。", "床位", "天津市第一养老院"),
    ("银川市文旅局介绍，今年我市图书馆共接待读者12万人次。", "人次", "银川市"),
]


@pytest.mark.parametrize("text, counted, owner", both_scripts(OWNERS + OWNER_CONTROLS))
def test_counts145_owners(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)
