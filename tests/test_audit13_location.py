"""LOCATED_IN guards from the hand-judged relation audit (``bench/relations_audit.py``): a mission is in its
host country, one-character forms head only a few names, brands and transliterations opening with a place
name are not seated there. Simplified and Traditional."""

from __future__ import annotations

import pytest
from helpers import both_scripts, located


@pytest.mark.parametrize("text, org, wrong, right", both_scripts([
    ("西班牙驻华大使馆经济商务处组织了这次展览。", "西班牙驻华大使馆经济商务处", "西班牙", "中国"),
    ("法国驻上海总领事馆今天发布了签证新规。", "法国驻上海总领事馆", "法国", "上海市"),
    ("英国大使馆文化教育处昨天在北京举办了一场讲座。", "英国大使馆文化教育处", "英国", None),
    ("华安基金公司今天发布公告称，旗下两只基金将分红。", "华安基金公司", "华安县", None),
    ("隆德大学的研究人员在会上发表了论文。", "隆德大学", "隆德县", None),
    ("中美教育基金主席出席了昨天的颁奖仪式。", "中美教育基金", "中国", None),
    ("中德两国高校合作，德士多大学也派代表参加。", "德士多大学", "德国", None),
]))
def test_no_seat_from_a_misleading_opening(pipeline, text, org, wrong, right):
    found = located(pipeline, text)
    assert (org, wrong) not in found
    if right is not None:
        assert (org, right) in found


@pytest.mark.parametrize("text, org, place", both_scripts([
    ("中俄两国昨天签署协议，中新社记者报道了这一消息。", "中新社", "中国"),
    ("美军周三表示，演习将如期举行。", "美军", "美国"),
    ("美国国务院发言人表示，双方将继续对话。", "美国国务院", "美国"),
    ("华安县土地局今天表示，征地补偿将按时发放。", "华安县土地局", "华安县"),
    ("记者来到华安，华安土地局的工作人员介绍了情况。", "华安县土地局", "华安县"),
    ("上海领馆的工作人员表示，签证办理时间不变。", "上海领馆", "上海市"),
]))
def test_seat_still_read(pipeline, text, org, place):
    assert (org, place) in located(pipeline, text)
