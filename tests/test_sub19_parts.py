"""PART_OF from a sub-unit named with its parent to the parent body (session 19, sub19: zhkg.relate.parts).
Passages written for the purpose in the style of news, both scripts, with the names that must stay whole: a body
named with a place, a self-named body, a word that runs across the split (银行业), a determiner before the parent."""

import json

import pytest

from tests.helpers import both_scripts
from zhkg.cli import main
from zhkg.config import Config
from zhkg.relate.parts import split_unit
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.normalise import to_simplified


def parts(pipeline, text):
    """(unit, relation_zh, parent) of every PART_OF edge of ``text``, names and word in Simplified."""
    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) for e in ex.entities}
    return sorted((names[r.source], to_simplified(r.relation_zh), names[r.target])
                  for r in ex.relations if r.kind.value == "PART_OF")


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a ministry's department, a university's school, a central bank's head office, a bank's branch
        ("住房和城乡建设部政策法规司副司长王明表示，新规将于下月实施。",
         [("住房和城乡建设部政策法规司", "隶属", "住房和城乡建设部")]),
        ("北京大学光华管理学院院长李强昨天在论坛上发言。", [("北京大学光华管理学院", "隶属", "北京大学")]),
        ("中国人民银行上海总部今日发布二季度金融运行报告。", [("中国人民银行上海总部", "隶属", "中国人民银行")]),
        ("中国银行北京分行行长张华出席了签约仪式。", [("中国银行北京分行", "隶属", "中国银行")]),
        # a body's party committee; an office of the State Council
        ("公安部党委昨天召开会议，研究部署下一阶段工作。", [("公安部党委", "隶属", "公安部")]),
        # a chain: the department of a school of a university
        ("北京大学光华管理学院金融系主任王刚说，今年报考人数明显增加。",
         [("北京大学光华管理学院", "隶属", "北京大学"), ("北京大学光华管理学院金融系", "隶属", "北京大学光华管理学院")]),
        # bodies named with a place, self-named bodies, a word across the split: no part
        ("北京市公安局昨日通报了案件进展。", []),
        ("北京国际城市发展研究院发布了年度报告。", []),
        ("中国银行今年上半年净利润增长一成。", []),
        ("中国银行业监督管理委员会发布通知，要求各银行加强风险管理。", []),
    ]),
)
def test_parts_read(pipeline, text, expected):
    assert parts(pipeline, text) == expected


@pytest.mark.parametrize("text", both_scripts(["北京大学光华管理学院院长李强昨天在论坛上发言。"]))
def test_parent_is_a_node_of_the_document(pipeline, text):
    """The parent named only inside the unit's name becomes a node, MENTIONED_IN the document."""
    ex = pipeline.run_texts([("t", text)]).extraction
    ids = {e.id for e in ex.entities}
    assert "org:北京大学" in ids
    assert any(r.source == "org:北京大学" and r.kind.value == "MENTIONED_IN" for r in ex.relations)


def test_parts_off_when_left_out_of_the_readers():
    from zhkg.run.pipeline import Pipeline

    relations = tuple(r for r in Config().relations if r != "parts")
    off = Pipeline(Config(relations=relations))
    assert parts(off, "中国银行北京分行行长张华出席了签约仪式。") == []


@pytest.mark.parametrize("name, parent", [
    ("国家体育总局水上运动管理中心", "国家体育总局"),
    ("广东省公安厅出入境管理局", "广东省公安厅"),
    ("西班牙驻华大使馆经济商务处", "西班牙驻华大使馆"),
    ("中国社科院经济研究所", "中国社科院"),
    ("北大光华管理学院", "北京大学"),  # a listed university's short name: its full name
    ("加州大学欧文分校", "加州大学"),
    ("国务院新闻办公室", "国务院"),
    ("中国五矿集团钢铁有限责任公司", ""),  # a company named with its group: OWNS's, not a part
    ("美国基金和区域中心", ""),  # two bodies joined
    ("该公司董事会", ""),  # a determiner: no body named
    ("中国商务部", ""),  # a country's ministry: the country is no body
    ("平谷区政协", ""),  # a district's body: a place, no parent body
    ("商业银行地方支行", ""),  # a class of bank, no named parent
    ("企业及国家发改委能源研究所", ""),  # a list run into the name
    ("国家留学基金管理委员会", ""),  # the body that manages a fund is no part of it
    ("中国社科院公共管理与政府政策研究所", "中国社科院"),  # the unit's field holds 与, not the parent
    ("温县政府办公室", "温县政府"),  # a government's general office
    ("恒昌置业有限公司售楼部办公室", ""),  # after a department, 办公室 may be a room
    ("台湾“太平洋中国发展有限公司”营销部", ""),  # a parent that opens a quote and does not close it
    ("上海张江(集团)有限公司党委", "上海张江(集团)有限公司"),  # brackets closed inside the parent
])
def test_split_unit(name, parent):
    k, canonical = split_unit(name, dict(load_lexicon().known_organisations))
    assert canonical == parent
    assert (k > 0) == bool(parent)


def test_query_neighbours_of_kind_part_of(runner, tmp_path):
    """``zhkg query neighbours --kind PART_OF`` on an extracted graph: the unit, with the word as written."""
    text = "北京大學光華管理學院院長李強昨天在論壇上發言。"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert runner.invoke(main, ["extract", str(tmp_path / "a.txt"), "-o", str(out)]).exit_code == 0
    result = runner.invoke(main, ["query", str(out / "a.graphml"), "neighbours", "北京大学", "--kind", "part_of",
                                  "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["kind"], r["direction"], r["relation_zh"], r["entity"]["name_simplified"]) for r in rows] == [
        ("PART_OF", "in", "隸屬", "北京大学光华管理学院")]


@pytest.mark.parametrize("text", both_scripts(["中国银行北京分行行长张华出席了签约仪式。"]))
def test_page_draws_part_of_in_its_own_colour(pipeline, text):
    """The HTML page draws a PART_OF edge in its colour, one no other built-in kind has."""
    from zhkg.export.html import edge_colour, render_html
    from zhkg.export.html_payload import _EDGE_COLOURS

    colour = edge_colour("PART_OF")
    assert colour == _EDGE_COLOURS["PART_OF"]
    assert colour not in {c for k, c in _EDGE_COLOURS.items() if k != "PART_OF"}
    page = render_html(pipeline.run_texts([("t", text)]).graph)
    assert colour in page and "PART_OF" in page
