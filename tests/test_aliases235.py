"""Aliases within a document, round 235 (issue 15: one node per body; zhkg.stages.abbreviated_bodies).

- a body's short form whose letters are its full name's, in order, is the full name's node when the document writes
  the full name first and no other name it shortens (工研院 of 工业技术研究院, 民青局 of 民政及青年事务局);
- never a name that keeps the full name's front and end with a word between (中国银行 beside 中国建设银行, 北京大学
  beside 北京师范大学), a place and a head (中国队 beside 中国乒乓球队), nor a last letter that opens no head word
  (国信 beside 国民信托);
- a unit named without the body in front of it is the unit of that body (内务委员会 of 立法会内务委员会).
Every sentence is written for these tests, in both scripts.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, node_names

from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.abbreviated_bodies import abbreviates_body, join_abbreviated_bodies


def joined(nodes, short, full):
    return any(short in names and full in names for names in nodes)


@pytest.mark.parametrize("short, name, places, bodies, expected", [
    ("工研院", "工业技术研究院", (), (), True),
    ("民青局", "民政及青年事务局", (), (), True),
    ("金酒公司", "金门酒厂实业有限公司", (), (), True),
    ("师大", "台湾师范大学", {"台湾"}, (), True),
    ("港铁公司", "香港铁路有限公司", (), (), True),
    ("国民党团", "国民党立院党团", (), {"国民党"}, True),
    ("中国银行", "中国建设银行", (), (), False),  # two banks of one head
    ("北京大学", "北京师范大学", (), (), False),
    ("国投公司", "国投电力公司", (), {"国投"}, False),  # a firm and its subsidiary
    ("国信", "国民信托", (), (), False),  # 信 opens no head word of 国民信托
    ("厦门市委", "厦门市第十六届人大常委会", {"厦门市"}, (), False),  # a place and a head
    ("经济部", "经济部工业局", (), (), False),  # a ministry and its bureau: letters in a row, another head
    ("香港总会", "中国足球总会", {"中国", "香港"}, (), False),  # a place the full name does not open with
])
def test_abbreviates_body(short, name, places, bodies, expected):
    assert abbreviates_body(short, name, places, bodies, load_lexicon().org_suffixes) is expected


@pytest.mark.parametrize("text, short, full", both_scripts([
    ("工业技术研究院今天发布新一代芯片技术，工研院表示将与厂商合作量产。", "工研院", "工业技术研究院"),
    ("民政及青年事务局局长今日出席活动，民青局表示会继续推动青年发展。", "民青局", "民政及青年事务局"),
    ("金门酒厂实业有限公司昨天公布营收，金酒公司表示明年将扩建厂房。", "金酒公司", "金门酒厂实业有限公司"),
    ("立法会内务委员会今天开会，内务委员会主席表示会再讨论。", "内务委员会", "立法会内务委员会"),
]))
def test_short_form_joined(pipeline, text, short, full):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert joined(nodes, short, full), nodes


@pytest.mark.parametrize("text, short, full", both_scripts([
    ("中国建设银行今天公布业绩，中国银行也在同日公布了年报。", "中国银行", "中国建设银行"),
    ("北京师范大学与北京大学今天签署合作协议。", "北京大学", "北京师范大学"),
    ("工研院今天发布新一代芯片技术，工业技术研究院表示将与厂商合作量产。", "工研院", "工业技术研究院"),
]))
def test_two_bodies_or_short_form_first_stay_apart(pipeline, text, short, full):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert any(short in names for names in nodes) and any(full in names for names in nodes), nodes
    assert not joined(nodes, short, full), nodes



def _org(start, name, canonical, extractor="crf"):
    return Mention("d", start, start + len(name), name, name, Label.ORGANIZATION, extractor, canonical=canonical)


@pytest.mark.parametrize("short, full, expected", [
    ("台北科技大学", "国立台北科技大学", "国立台北科技大学"),  # a short form the document made an alias: joined
    ("平谷区政协", "平谷区政协党组", "平谷区政协"),  # the body in front of its unit (the seed's 平谷區政協): apart
])
def test_written_alias_joins_a_short_form_never_a_unit_front(short, full, expected):
    """A name an alias reader linked to a longer one is that one's node where another reader found it alone,
    unless the longer name is the name and a unit after it (党组 of a 政协: a body's own unit)."""
    mentions = [_org(0, full, full), _org(20, short, full, MentionSource.ALIAS), _org(40, short, short)]
    out = join_abbreviated_bodies(mentions, load_lexicon())
    assert out[2].canonical == expected
