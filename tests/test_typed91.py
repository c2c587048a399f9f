"""typed91: a judged team whose name the graph now reads whole is still the judged edge.

cluener17 judged 米兰队 vs 卡塔尼亚队 right when the rules cut the model's ac|米兰队 to jieba's last word; overrides78
(``combine._team_named_longer``) now writes the node ac米兰队, and the audit counted the right edge as dropped.
:func:`bench.common.cut_of_form` matches a judged name that is a form cut on its left, when the row holds the name
only inside that form. Every text here is written for these tests (none from a corpus).
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.records import Document


def _written(pipeline, text: str) -> list[dict]:
    from bench.common import entity_forms

    result = pipeline.process_documents([Document("t", text, kind="text")])[0]
    forms = entity_forms(result.mentions)
    return [{"source": r.source, "target": r.target, "source_forms": forms.get(r.source, set()),
             "target_forms": forms.get(r.target, set())} for r in result.relations if r.kind.value == "COMPETES_WITH"]


JUDGED = {"source": "org:米兰队", "target": "org:卡塔尼亚队", "right": True}


@pytest.mark.parametrize("text", both_scripts(["ac米兰队主场对阵卡塔尼亚队，两队战成2比0。"]))
def test_a_team_judged_under_its_cut_name_is_found_under_its_whole_name(pipeline, text):
    from bench.common import judged_edge_written

    written = _written(pipeline, text)
    assert written, "no COMPETES_WITH edge"
    assert judged_edge_written(JUDGED, written, text) is not None, written
    assert judged_edge_written(JUDGED, written) is None  # without the row's text: the old reading, by forms alone


@pytest.mark.parametrize("text", both_scripts(["ac米兰队主场对阵卡塔尼亚队，两队战成2比0。", "ac米兰队vs卡塔尼亚队"]))
def test_the_cut_name_matches_only_inside_the_whole_form(text):
    from bench.common import cut_of_form, same_entity

    assert cut_of_form("米兰队", "ac米兰队", text)
    assert same_entity("org:米兰队", "org:ac米兰队", {"ac米兰队"}, text)
    assert not same_entity("org:米兰队", "org:ac米兰队", {"ac米兰队"})  # no row text: forms alone
    assert not same_entity("org:米兰队", "person:ac米兰队", {"ac米兰队"}, text)  # another kind
    assert not cut_of_form("米兰队", "ac米兰队", text + "米兰队再胜")  # the name stands alone too
    assert not cut_of_form("ac米兰队", "ac米兰队", text)  # not a proper tail: matched by forms, not as a cut
    assert not cut_of_form("卡塔尼亚队", "ac米兰队", text)  # not a tail of the form


@pytest.mark.parametrize("text", both_scripts(["国际米兰队和米兰队都在主场取胜。", "国际米兰队以2比1击败卡塔尼亚队，米兰队轮空。"]))
def test_a_cut_name_that_also_stands_alone_is_another_team(text):
    from bench.common import cut_of_form

    assert not cut_of_form("米兰队", "国际米兰队", text)


def test_a_judged_fault_of_the_name_is_not_matched_as_a_cut():
    from bench.common import judged_edge_written

    text = "ac米兰队vs卡塔尼亚队"
    written = [{"source": "org:ac米兰队", "target": "org:卡塔尼亚队", "source_forms": {"ac米兰队"},
                "target_forms": {"卡塔尼亚队"}}]
    assert judged_edge_written(JUDGED, written, text) is written[0]
    assert judged_edge_written({**JUDGED, "right": False, "why": "junk"}, written, text) is None
    assert judged_edge_written({**JUDGED, "right": False, "why": "not_stated"}, written, text) is written[0]
