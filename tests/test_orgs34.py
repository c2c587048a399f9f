"""Organisations of Hong Kong and Taiwan news (issue 15, session 28, orgs34): civil-society bodies the press names
bare (明爱, 社联, 慈济: kind ``society``, ambiguous forms need a cue), 联会 as a head word after a place, customs
acting after a place phrase (海关昨日在机场截获), and a listed party's, university's or company's own organ named
with it (民进党台北市党部, 台湾大学学生会, 华航企业工会) PART_OF it. Invented sentences, in both scripts."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.extract.departments import services_by_kind
from zhkg.records import Label
from zhkg.relate.parts import PART_OF, split_unit
from zhkg.resources.lexicon import ORGANISATION_KINDS, load_lexicon
from zhkg.stages.entity_groups import entity_id
from zhkg.stages.normalise import to_simplified
from zhkg.stages.segment import make_nlp, token_table


def _orgs(pipeline, text: str) -> dict[str, str]:
    """Each organisation mention's Simplified text -> the Simplified name of the entity it belongs to."""
    return {to_simplified(m.simplified): to_simplified(m.canonical or m.simplified)
            for m in pipeline.process_document(Document("d", text)).mentions if m.label is Label.ORGANIZATION}


def _parts(pipeline, text: str) -> set[tuple[str, str]]:
    result = pipeline.process_documents([Document("orgs34", text, kind="text")])[0]
    by_id = {entity_id(m): to_simplified(m.canonical or m.simplified) for m in result.mentions}
    return {(by_id.get(r.source, r.source), by_id.get(r.target, r.target)) for r in result.relations
            if r.kind is PART_OF}


# ---- civil society by its own names

def test_society_is_a_kind():
    assert "society" in ORGANISATION_KINDS
    assert load_lexicon().known_organisations["明爱"][0] == "society"


@pytest.mark.parametrize("text, name", both_scripts([
    ("香港明爱今日呼吁市民捐款。", "香港明爱"),
    ("明爱向灾民发放物资，社工到场协助。", "明爱"),
    ("邻舍辅导会昨日举办研讨会。", "邻舍辅导会"),
    ("慈济志工昨天前往灾区。", "慈济"),
    ("律师会在声明中表示，会员应遵守守则。", "律师会"),
    ("香港中华出入口商会今日公布调查结果。", "香港中华出入口商会"),
    ("据商台消息，有关计划将延后。", "商台"),
]))
def test_listed_society(pipeline, text, name):
    assert name in _orgs(pipeline, text)


@pytest.mark.parametrize("text, short, written", both_scripts([
    ("香港明爱今日呼吁市民捐款。明爱的社工到场协助。", "明爱", "香港明爱"),
    ("慈济基金会昨天前往灾区，慈济志工发放物资。", "慈济", "慈济基金会"),
]))
def test_short_form_is_one_entity_with_the_full_name(pipeline, text, short, written):
    found = _orgs(pipeline, text)
    assert found[short] == found[written], found


@pytest.mark.parametrize("text, word", both_scripts([
    ("她的名字叫明爱，今年八岁。", "明爱"),  # a given name: no cue of a society
    ("这位律师会在明天出庭。", "律师会"),  # a lawyer will…
]))
def test_ambiguous_society_without_a_cue(pipeline, text, word):
    assert word not in _orgs(pipeline, text)


# ---- 联会 after a place

@pytest.mark.parametrize("text, name", both_scripts([
    ("香港航运物流联会今日发表声明。", "香港航运物流联会"),
    ("台湾农业联会理事长昨天表示反对。", "台湾农业联会"),
]))
def test_federation_after_a_place(pipeline, text, name):
    assert name in _orgs(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["该联会会长表示不满。", "学生联会的成员表示不满。"]))
def test_bare_federation_names_no_body(pipeline, text):
    assert not any(n.endswith("联会") for n in _orgs(pipeline, text))


# ---- customs acting after where it acts

@pytest.mark.parametrize("text", [
    "海关昨日在机场截获一批象牙。",
    "海关今早于落马洲管制站截获一名男子。",
    "海关昨晚在葵涌货柜码头检获大批私烟。",
])
def test_customs_acting_after_a_place(text):
    assert [text[s:e] for s, e in services_by_kind(text, token_table(make_nlp()(text)))] == ["海关"]


@pytest.mark.parametrize("text", [
    "海关在机场的检查站人手不足。",  # no verb of its work after the place
    "海关人员在机场截获一批象牙。",  # a modifier
])
def test_customs_not_acting(text):
    assert services_by_kind(text, token_table(make_nlp()(text))) == []


@pytest.mark.parametrize("text", both_scripts(["海关昨日在机场截获一批象牙。"]))
def test_customs_acting_in_the_pipeline(pipeline, text):
    assert "海关" in _orgs(pipeline, text)


# ---- a listed body's organ is PART_OF it

@pytest.mark.parametrize("name, parent", [
    ("民进党台北市党部", "民进党"), ("国民党高雄市党部", "国民党"), ("台湾大学学生会", "台湾大学"),
    ("华航企业工会", "华航"), ("台积电工会", "台积电"),
])
def test_organ_splits_from_its_listed_parent(name, parent):
    k, canonical = split_unit(name, load_lexicon().known_organisations)
    assert name[:k] == parent


@pytest.mark.parametrize("name", [
    "中大学生会",  # an ambiguous short form (香港中文大学 or 中山大学) across jieba's words: no edge
    "台积电研发中心",  # a company listed by its bare name: its organs only, not any unit
    "学生会",
])
def test_no_organ_split(name):
    assert split_unit(name, load_lexicon().known_organisations) == (0, "")


@pytest.mark.parametrize("text, unit, parent", both_scripts([
    ("民进党台北市党部主委今天表示支持。", "民进党台北市党部", "民进党"),
    ("华航企业工会今天宣布罢工。", "华航企业工会", "华航"),
    ("台湾大学学生会今天发表声明。", "台湾大学学生会", "台湾大学"),
]))
def test_organ_part_of_in_the_pipeline(pipeline, text, unit, parent):
    assert (unit, parent) in _parts(pipeline, text)
