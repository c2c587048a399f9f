"""Party membership read from the context a news text gives it (round roles146, issue 11, from the misses of the web
set's tune half), each in Simplified and Traditional (``both_scripts``).

The sentences are written for these tests; each rule has guards that keep what was right.
"""

import pytest
from helpers import both_scripts

from zhkg.stages.normalise import to_simplified


def _relations(pipeline, text, kind):
    """(person, body, role, former) of every ``kind`` relation, names in Simplified."""
    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) for e in ex.entities}
    return sorted((names[r.source], names[r.target], r.role_simplified, r.former)
                  for r in ex.relations if r.kind.value == kind)


def _members(pipeline, text):
    return _relations(pipeline, text, "MEMBER_OF")


@pytest.mark.parametrize("text, right", both_scripts([
    # a party's badge in brackets after a name: a party named without 党 (民建联, 基民盟), or 同属 (belongs too) first
    ("立法会议员陈志强（民建联）今天提出质询。", ("陈志强", "民建联", "党员", False)),
    ("在前总理施罗德（同属社民党）执政期间，他曾被边缘化。", ("施罗德", "社民党", "党员", False)),
    ("在前总理默克尔（同属基民盟）执政期间，他曾被边缘化。", ("默克尔", "基民盟", "党员", False)),
]))
def test_party_badge_in_brackets(pipeline, text, right):
    found = _members(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: a bracket naming a body that is no party, 同属 before one, a party's title in the bracket
    ("立法会议员陈志强（华润集团）今天提出质询。", "陈志强"),
    ("在前总理施罗德（同属华润集团）执政期间，他曾被边缘化。", "施罗德"),
]))
def test_party_badge_in_brackets_refused(pipeline, text, person):
    assert not [r for r in _members(pipeline, text) if r[0] == person]


@pytest.mark.parametrize("text, right", both_scripts([
    # a party, its name in Latin letters in brackets, and a legislator's title before a name: the party's member
    ("美国民主党（Democrats）参议员王伟昨天表示反对。", ("王伟", "美国民主党", "党员", False)),
    ("印尼民主党（PD）国会议员王伟昨天表示反对。", ("王伟", "印尼民主党", "党员", False)),
    # (the house no extractor names after the aside)
    ("国民民主党（NasDem）国会议员李大卫昨天表示反对。", ("李大卫", "国民民主党", "党员", False)),
]))
def test_party_aside_before_a_legislator(pipeline, text, right):
    found = _members(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: no party before the aside, or a bracket that is no aside in Latin letters
    ("北京大学（PKU）教授王伟昨天表示反对。", "王伟"),
    ("美国民主党（去年成立）参议员王伟昨天表示反对。", "王伟"),
]))
def test_party_aside_refused(pipeline, text, person):
    assert not [r for r in _members(pipeline, text) if r[0] == person]


@pytest.mark.parametrize("text, right", both_scripts([
    # 党员 bare before a name, the one party its sentence names before it
    ("民建联因党员陈志强深陷争议而连番告急。", ("陈志强", "民建联", "党员", False)),
    ("工党昨天召开大会，党员李大卫在会上发言。", ("李大卫", "工党", "党员", False)),
]))
def test_bare_party_member_title(pipeline, text, right):
    found = _members(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, person", both_scripts([
    # guards: two parties before it, none, a party in an earlier sentence only, one expelled
    ("民进党批评国民党后，党员王明表示不满。", "王明"),
    ("北京大学昨天召开大会，党员王明在会上发言。", "王明"),
    ("工党昨天召开大会。党员李大卫在会上发言。", "李大卫"),
    ("工党昨天开除了党员李大卫。", "李大卫"),
]))
def test_bare_party_member_title_refused(pipeline, text, person):
    assert not [r for r in _members(pipeline, text) if r[0] == person and not r[3]]
