"""Any text, however odd, runs through the pipeline: offsets stay exact, exports read back.

Property-based with hypothesis (CJK-heavy alphabets mixed with arbitrary
characters), plus fixed cases: full-width digits, mixed scripts, and long
entity-like runs that would expose catastrophic regex backtracking.
"""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhkg.export.graphml import graphml_bytes
from zhkg.export.jsonl import graph_json
from zhkg.records import Label

# Characters the extractors react to: names, places, organisation heads, roles, numerals, classifiers, punctuation.
NEWS_CHARS = "平谷區区政協协黨党組组書书記记主席閆闫維维洪張张吉輝辉李偉伟濤涛北京市委員员會会鎮镇鄉乡村街道"
NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两零〇多余数几个個名人位家"
PUNCT = "、，。；：！？（）()「」《》—…·• \n\t-:.,0"
ODD = "\x00\x01\x0b\x0c\x1f\x7f\x85\u2028\u2029\ufeff\ufffe\uffff\U0001F600<>&\"'"

text_strategy = st.text(
    alphabet=st.one_of(
        st.sampled_from(NEWS_CHARS),
        st.sampled_from(NUMERALS),
        st.sampled_from(PUNCT),
        st.sampled_from(ODD),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.characters(exclude_categories=("Cs",)),  # anything but lone surrogates (newer hypothesis draws them)
    ),
    max_size=300,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=text_strategy)
def test_any_text_runs_with_exact_offsets_and_readable_exports(pipeline, text):
    result = pipeline.run_texts([("h", text)])
    texts = {d.id: d.text for d in result.extraction.documents}
    for m in result.extraction.mentions:
        assert texts[m.doc_id][m.start:m.end] == m.text
        assert 0 <= m.start < m.end <= len(texts[m.doc_id])
    G = result.graph
    back = nx.read_graphml(io.BytesIO(graphml_bytes(G)))
    assert back.number_of_nodes() == G.number_of_nodes()
    assert back.number_of_edges() == G.number_of_edges()
    data = json.loads(graph_json(G))
    assert len(data["nodes"]) == G.number_of_nodes()


def test_full_width_digits_count(pipeline):
    [count] = [m for m in pipeline.run_texts([("f", "全區１７個鎮鄉")]).extraction.mentions if m.label is Label.COUNT]
    assert (count.text, count.quantity.value, count.quantity.counted) == ("１７個鎮鄉", 17.0, "鎮鄉")


def test_a_numeral_too_long_for_a_float_is_no_count(pipeline):
    # 400 digits overflow to inf, which JSON and GraphML readers refuse
    mentions = pipeline.run_texts([("n", "全区" + "１" * 400 + "个村")]).extraction.mentions
    assert not [m for m in mentions if m.label is Label.COUNT]


def test_lone_surrogates_do_not_reach_the_exports(pipeline, tmp_path):
    from zhkg.stages.read import read_inputs

    text = "平谷區政協主席閆維洪\ud800主持會議。"
    lines = tmp_path / "s.jsonl"
    lines.write_text(json.dumps({"id": "s", "text": text}) + "\n", encoding="utf-8")
    result = pipeline.run_raw(read_inputs([lines]))
    [document] = result.extraction.documents
    assert document.text == text.replace("\ud800", "\ufffd")  # one character for one: offsets hold
    assert ("閆維洪", 7, 10) in {(m.text, m.start, m.end) for m in result.extraction.mentions}
    graphml = graphml_bytes(result.graph).decode("utf-8")  # strict: a surrogate would raise here
    exported = graph_json(result.graph)
    exported.encode("utf-8")
    assert "\ud800" not in graphml and "\ud800" not in exported
    assert "\ufffd" in exported  # the evidence sentence keeps the replacement character


@pytest.mark.parametrize(
    "unit",
    ["政协", "平谷区", "平谷区政协", "委员会", "张三、", "主席", "１", "十", "一", "（", "•\n", "北京市平谷区"],
)
def test_long_entity_like_runs_give_a_small_valid_graph(pipeline, unit):
    """5,000 characters of one repeated unit: mentions of one label never overlap, one or two entities.

    The run must finish at all (catastrophic regex backtracking or a quadratic scan would not);
    what it finds stays exact and collapses into a graph of a few nodes.
    """
    size = 5_000
    text = (unit * (size // len(unit) + 1))[:size]
    result = pipeline.run_texts([("t", text)])
    mentions = result.extraction.mentions
    for m in mentions:
        assert 0 <= m.start < m.end <= size and text[m.start:m.end] == m.text
    for label in Label.all():
        spans = sorted((m.start, m.end) for m in mentions if m.label is label)
        assert all(end <= start for (_, end), (start, _) in zip(spans, spans[1:])), label
    assert len(result.extraction.entities) <= 2
    G = result.graph
    assert G.number_of_nodes() == len(result.extraction.entities) + 1  # and the document
    back = nx.read_graphml(io.BytesIO(graphml_bytes(G)))
    assert (back.number_of_nodes(), back.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
