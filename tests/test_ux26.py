"""Defects the ux25 review saw and left (session 24, ux26), as a scripter and a page user meet them.

Rules (README, *Asking the graph*): a name is found in either script, by an alias or by its pinyin, as the page's
search box finds it; bad questions are one ``Error:`` line and a non-zero exit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhkg.cli import main
from zhkg.errors import AmbiguousNameError, NotAnEntityError, UnknownNameError
from zhkg.query.graph import load_graph
from zhkg.records import Entity, Label, Mention
from zhkg.relate.location import relate_places
from zhkg.resources.gazetteer import load_gazetteer

TEXTS = [
    {"id": "a1", "title": "姚明出席活动", "text": "姚明出席活动。前中国男篮队长姚明昨天在上海出席了一场慈善活动。"},
    {"id": "a2", "text": "平谷区政协委员张吉辉出席会议。姚明在北京。"},
]


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("ux26")
    lines = folder / "in.jsonl"
    lines.write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in TEXTS), encoding="utf-8")
    assert run("extract", lines, "-o", folder / "out").exit_code == 0
    return folder / "out" / "in.graphml"


# ---- `find Yao` failed while the page's search box found 姚明 by the start of his pinyin


@pytest.mark.parametrize("query", ["Yao", "yao", "YAO", "Yao M", "yaom"])
def test_find_takes_the_start_of_a_name_in_pinyin(graph, query):
    result = run("query", graph, "find", query)
    assert result.exit_code == 0, result.output
    assert "姚明" in result.output and "pinyin-prefix" in result.output


@pytest.mark.parametrize("indexed", [False, True])
def test_the_api_reads_a_pinyin_start_with_or_without_an_index(graph, indexed):
    kg = load_graph(graph, indexed=indexed)
    (found,) = [f for f in kg.find("Zhang") if f.entity.label == "张吉辉"]
    assert (found.matched, found.how) == ("zhangjihui", "pinyin-prefix")
    assert kg.entity("yao").label == "姚明"


def test_a_whole_pinyin_name_is_still_an_exact_match_first(graph):
    kg = load_graph(graph, indexed=True)
    assert [(f.entity.label, f.how) for f in kg.find("Yao Ming")] == [("姚明", "pinyin")]


@pytest.mark.parametrize("question", [("neighbours", "Yao"), ("documents-of", "yao"), ("path", "Yao", "上海")])
def test_node_lookups_share_the_pinyin_start(graph, question):
    result = run("query", graph, *question)
    assert result.exit_code == 0, result.output


def test_the_start_of_several_names_is_listed_by_find_and_no_guess_elsewhere(graph):
    found = run("query", graph, "find", "Ping")
    assert found.exit_code == 0 and "平谷区政协" in found.output and "平谷区 " in found.output
    result = run("query", graph, "neighbours", "Ping")
    assert result.exit_code == 1
    assert result.output.startswith("Error: 'Ping' begins the pinyin of several entities: ")
    assert result.output.count("\n") == 1
    with pytest.raises(AmbiguousNameError):
        load_graph(graph).entity("Ping")
    with pytest.raises(AmbiguousNameError):
        load_graph(graph, indexed=True).documents_of("ping")


def test_no_start_of_a_name_is_still_an_error_naming_the_closest(graph):
    result = run("query", graph, "find", "Qiao")
    assert result.exit_code == 1
    assert result.output.startswith("Error: no entity named 'Qiao'")


def test_a_chinese_start_of_a_name_is_not_read_by_sound(graph):
    with pytest.raises(UnknownNameError):
        load_graph(graph).find("姚")


# ---- `documents-of` given a document said `no results`


@pytest.mark.parametrize("name", ["a1", "姚明出席活动", "doc:a1"])
def test_documents_of_a_document_says_it_is_a_document(graph, name):
    result = run("query", graph, "documents-of", name)
    assert result.exit_code == 1
    assert result.output == (f"Error: {name!r} is a document (doc:a1), not an entity: "
                             "entities-of a1 lists what it mentions\n")


@pytest.mark.parametrize("indexed", [False, True])
def test_the_api_raises_not_an_entity(graph, indexed):
    with pytest.raises(NotAnEntityError):
        load_graph(graph, indexed=indexed).documents_of("a1")


def test_documents_of_an_entity_is_unchanged(graph):
    assert [d.doc_id for d in load_graph(graph).documents_of("姚明")] == ["a1", "a2"]


# ---- A short Traditional place name kept the Simplified official name in WITHIN evidence


def _place(code: str, name: str, display: str) -> Entity:
    mention = Mention("d", 0, len(display), display, name, Label.PLACE, "gazetteer", code=code)
    return Entity(f"place:{code}", Label.PLACE, name, display, mentions=(mention,), code=code)


@pytest.mark.parametrize(("child", "parent", "evidence"), [
    (("210102", "和平区", "和平區"), ("210100", "沈阳", "瀋陽"), "和平區 ⊂ 瀋陽市 (gazetteer)"),
    (("210100", "沈阳市", "瀋陽市"), ("210000", "辽宁", "遼寧"), "瀋陽市 ⊂ 遼寧省 (gazetteer)"),
    (("110117", "平谷区", "平谷區"), ("110000", "北京", "北京"), "平谷區 ⊂ 北京市 (gazetteer)"),  # 北京: either script
    (("210102", "和平区", "和平区"), ("210100", "沈阳", "沈阳"), "和平区 ⊂ 沈阳市 (gazetteer)"),  # Simplified as before
])
def test_within_evidence_is_in_the_short_names_script(child, parent, evidence):
    (relation,) = relate_places([_place(*child), _place(*parent)], load_gazetteer())
    assert relation.evidence.sentence == evidence
