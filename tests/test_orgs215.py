"""Organisations on unseen news, a clause word glued to a body (issue 15, session 49, orgs215), each passage run as
written and converted to Traditional (``both_scripts``); passages written for these tests in the style of news, names
invented.

A clause word opening a body's name (但|足总, 时任|暂委特委, 而|…) is cut off by the entity readers
(:func:`zhkg.extract.glued_bodies.bodies_after_clause_words`), not mended in the roles only as session 48's roles210
did: the graph has no 但足总 node, the rest is the body the document names (足总 of 香港足总) and no node at all is
left where the rest names nothing the document names (暂委特委). A word the clause word makes with the next letter
(即墨区, 并购部) stays a name.
"""

import pytest
from helpers import both_scripts, entity_names, node_names, relation_rows

from zhkg.extract.glued_bodies import bodies_after_clause_words
from zhkg.records import Label, Mention


def org_names(pipeline, text):
    """The Simplified names of the organisation nodes of ``text``."""
    return {name for kind, name in entity_names(pipeline, text) if kind == "ORGANIZATION"}


@pytest.mark.parametrize("text, fragment", both_scripts([
    ("香港足总上周宣布新计划。虽然港队落败，但足总主席李大文表示会继续支持球队。", "但足总"),
    ("时任暂委特委裁判官王美玲去年处理该案，裁定被告无罪。", "暂委特委"),
]))
def test_no_node_opens_with_a_clause_word(pipeline, text, fragment):
    assert not [name for name in org_names(pipeline, text) if fragment in name]


@pytest.mark.parametrize("text", both_scripts([
    "香港足总上周宣布新计划。虽然港队落败，但足总主席李大文表示会继续支持球队。",
]))
def test_the_rest_is_the_body_the_document_names(pipeline, text):
    nodes = node_names(pipeline, text, "ORGANIZATION")
    assert [node for node in nodes if any("足总" in name for name in node)] == [{"香港足总", "足总"}], nodes
    assert ("李大文", "主席", "香港足总", False) in relation_rows(pipeline, text)


@pytest.mark.parametrize("text, name", both_scripts([
    ("即墨区区长王明表示，将加快建设。", "即墨区"),
    ("并购部总监李强表示，交易将于年内完成。", "并购部"),
]))
def test_a_word_the_clause_letter_makes_stays(pipeline, text, name):
    found = {n for kind, n in entity_names(pipeline, text)}
    assert not [n for n in found if n == name[1:]], found


def mention(start, name, extractor="org_named_kind"):
    return Mention("d", start, start + len(name), name, name, Label.ORGANIZATION, extractor)


@pytest.mark.parametrize("names, kept", [
    # the rest named elsewhere: cut to it; else dropped
    (["香港足总", "但足总"], ["香港足总", "足总"]),
    (["时任暂委特委"], []),
    (["星海集团", "而星海集团"], ["星海集团", "星海集团"]),
    # no clause word, or one making a word with the next letter: as read
    (["即墨区政府", "并购部"], ["即墨区政府", "并购部"]),
    # one letter left names no body: dropped
    (["足", "但足"], ["足"]),
])
def test_bodies_after_clause_words(names, kept):
    mentions = [mention(10 * k, n) for k, n in enumerate(names)]
    assert [m.simplified for m in bodies_after_clause_words(mentions)] == kept
