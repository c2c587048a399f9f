"""Session 51, tidy231: one definition of each fact the code stated twice, and small defects mended."""

from __future__ import annotations

import pytest
from helpers import both_scripts, codes_by_name

from zhkg.extract.model_bodies import _trim_role_heads
from zhkg.records import Label, Mention
from zhkg.resources.lexicon import BODY_ONLY_UNITS, GOVERNING_UNITS, load_lexicon

O, L = "ORGANIZATION", "PLACE"  # noqa: E741


def _model_org(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention("d", start, start + len(name), name, name, Label.ORGANIZATION, "crf")


def test_body_only_units_are_governing_units():
    assert set(BODY_ONLY_UNITS) <= set(GOVERNING_UNITS)


@pytest.mark.parametrize(("text", "model", "kept"), [
    ("区政协党组书记张明出席会议。", "区政协党组", "区政协"),
    ("区政协党组副书记张明出席会议。", "区政协党组", "区政协"),
    ("财政部党组成员王刚出席会议。", "财政部党组", "财政部"),
    ("万科集团董事会主席王石表示。", "万科集团董事会", "万科集团"),
    ("万科集团董事会秘书朱旭表示。", "万科集团董事会", "万科集团"),
    ("平安银行监事会主席李明表示。", "平安银行监事会", "平安银行"),
    ("民主党创党主席李明表示。", "民主党创党", "民主党"),
    ("中华总商会创会会长李明表示。", "中华总商会创会", "中华总商会"),
    # no title after the unit: the unit's own node, left whole
    ("区政协党组召开会议。", "区政协党组", "区政协党组"),
    ("万科集团董事会通过决议。", "万科集团董事会", "万科集团董事会"),
    # a unit a division has as its own body is left to zhkg.extract.governing_units, which tells the two apart
    ("宁夏回族自治区党委书记李明表示。", "宁夏回族自治区党委", "宁夏回族自治区党委"),
])
def test_a_body_only_unit_before_its_title_is_the_titles(text, model, kept):
    assert _trim_role_heads(_model_org(text, model), text, load_lexicon()).simplified == kept


def test_one_set_of_name_joiners():
    from zhkg.extract import org_run_ons, stock_names, team_places
    from zhkg.relate import roles_subjects
    from zhkg.text import NAME_JOINERS

    assert NAME_JOINERS == frozenset("、及和与同跟")
    for module in (org_run_ons, stock_names, team_places, roles_subjects):
        assert not {"_JOINERS", "_JOINING_WORDS", "_LIST_JOINS", "_PEOPLE_JOINERS"} & set(vars(module))
    assert team_places._WITH <= NAME_JOINERS


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # 跟 joins the list of sides as 与 does (its letter was missing from the list of team_places' joiners)
    ("香港队下月将在主场先后跟泰国及越南友赛，两场赛事均在旺角举行。", [("泰国", O), ("越南", O)], []),
    ("中华队下月出战资格赛，在B组跟日本、韩国、古巴竞争两个晋级名额。", [("日本", O), ("韩国", O), ("古巴", O)], []),
    ("港队将与泰国交手，备战亚洲杯。教练说：「越南跟泰国的球员都很快。」", [("泰国", O), ("越南", O)], []),
    # no sport: the countries stay places
    ("我国企业要跟日本、韩国竞争高端市场。", [("日本", L), ("韩国", L)], [("日本", O), ("韩国", O)]),
], convert_names=True))
def test_gen_joins_the_sides_of_a_match(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, name, code", [
    # Taiwan's counties the mainland's list holds too, written in Traditional letters with nothing around: Taiwan's
    ("金門縣長今天表示，將推動觀光產業。", "金门县", "TW-KIN"),
    ("記者前往金門採訪當地居民。", "金门", "TW-KIN"),
    ("連江縣政府今天宣布新的防疫措施。", "连江县", "TW-LIE"),
    # a place of Fujian's beside it still chooses the mainland's, in either script
    ("福州市連江縣今年糧食豐收。", "连江县", "350122"),
    ("连江县位于福建省东部，隶属福州市。", "连江县", "350122"),
    ("泉州市金门县的官员表示。", "金门县", "350527"),
    # written in Simplified with nothing around, the name still waits (the mainland writes its own so)
    ("连江县政府今天宣布新的防疫措施。", "连江县", ""),
    # a place of Taiwan's around chose Taiwan's before, in either script
    ("台北市长与金门县长今天会面。", "金门县", "TW-KIN"),
])
def test_a_county_taiwan_and_the_mainland_both_list(pipeline, text, name, code):
    found = codes_by_name(pipeline, text)
    assert found.get(("PLACE", name)) == code, sorted(found.items())


def test_a_digests_points_are_its_sentences():
    from zhkg.stages.normalise import normalise
    from zhkg.text import sentence_spans

    text = "工作要点 - 托育服务:新增3家托育机构及100个托位 缓解家庭需求 [3] - 教育资源:今年已新增学位近4000个 [4]"
    n = normalise(text)
    assert n.original == text and len(n.simplified) == len(text)
    assert [text[s:e] for s, e in sentence_spans(n.simplified)] == [
        "工作要点 -", "托育服务:新增3家托育机构及100个托位 缓解家庭需求 [3] -", "教育资源:今年已新增学位近4000个 [4]"]
    # a range, a score and Latin text keep their hyphen
    for kept in ("收入为18.5 - 20.5亿元。", "湖人 98 - 90 火箭。", "AC Milan - Inter"):
        assert normalise(kept).simplified == kept


@pytest.mark.parametrize("text", both_scripts([
    "工作要点 - 托育服务:新区新增3家托育机构及100个托位 缓解家庭需求 [3] - 教育资源:通过新建学校 今年已新增学位近4000个 [4]",
]))
def test_a_count_in_a_digest_takes_no_noun_from_the_point_before(pipeline, text):
    from zhkg.stages.documents import parse_documents
    from zhkg.stages.normalise import to_simplified

    counts = {to_simplified(m.text) for m in pipeline.extract_mentions(parse_documents("t", text)[0])
              if m.label.value == "COUNT"}
    assert "学位近4000个" in counts and "近4000个" not in counts, counts
