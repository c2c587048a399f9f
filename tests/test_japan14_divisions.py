"""Japan's prefectures and Korea's provinces and metropolitan cities in the world table, and the ``noshort`` mark
that switches off a division's derived short form (三重县 is no 三重, 山口县 no 山口)."""

from __future__ import annotations

import pytest
from helpers import both_scripts, entity_nodes

from zhkg.errors import ConfigError
from zhkg.resources.gazetteer import Division, Gazetteer, load_gazetteer, short_forms
from zhkg.resources.lexicon import load_lexicon

PLACE = "PLACE"


def _places(pipeline, text: str) -> dict[str, str]:
    """Simplified name -> code of the places of ``text``'s graph."""
    return {name: code for kind, name, code in entity_nodes(pipeline, text) if kind == PLACE}


def _within(pipeline, text: str) -> set[tuple[str, str]]:
    G = pipeline.run_texts([("t", text)]).graph
    return {(G.nodes[u].get("code", ""), G.nodes[v].get("code", "")) for u, v, a in G.edges(data=True)
            if a["label"] == "WITHIN"}


@pytest.mark.parametrize(("text", "name", "code"), both_scripts([
    ("日本熊本县昨晚发生强烈地震，当地多栋房屋倒塌。", "熊本县", "JP-43"),
    ("冲绳县民众周末集会，反对新建军事基地。", "冲绳县", "JP-47"),
    ("北海道今冬遭遇罕见暴雪，多条铁路停运。", "北海道", "JP-01"),
    ("大阪府知事表示，博览会场馆建设进度符合预期。", "大阪府", "JP-27"),
    ("三重县警方已逮捕一名涉嫌纵火的男子。", "三重县", "JP-24"),
    ("山口县的居民抗议战机夜间训练。", "山口县", "JP-35"),
    ("韩国京畿道政府宣布，将建设新的半导体园区。", "京畿道", "KR-41"),
    ("庆尚北道发生5.4级地震，多所学校停课。", "庆尚北道", "KR-47"),
    ("济州岛今年接待的游客人数已恢复到疫情前水平。", "济州岛", "KR-49"),
    ("大邱市一家教会爆发集体感染，当局紧急封锁相关场所。", "大邱市", "KR-27"),
]))
def test_a_division_named_in_full_is_coded(pipeline, text, name, code):
    """The place is found with its code (a node named by the division's first name: 济州岛 is 济州特别自治道's)."""
    found = entity_nodes(pipeline, text, lambda a: (a.get("code", ""), str(a.get("aliases", ""))))
    from zhkg.stages.normalise import to_simplified

    assert any(c == code and to_simplified(name) in [n, *map(to_simplified, aliases.split("|"))]
               for (kind, n), (c, aliases) in found.items() if kind == PLACE)


@pytest.mark.parametrize(("text", "code", "country"), both_scripts([
    ("日本熊本县昨晚发生强烈地震。", "JP-43", "JP"),
    ("韩国全罗南道的渔民出海作业。", "KR-46", "KR"),
]))
def test_a_division_lies_within_its_country(pipeline, text, code, country):
    assert (code, country) in _within(pipeline, text)


@pytest.mark.parametrize(("text", "name", "code"), both_scripts([
    ("熊本地震发生后，当地志愿者纷纷前往灾区救援。", "熊本", "JP-43"),
    ("冲绳的军事基地问题再次成为国会的焦点。", "冲绳", "JP-47"),
]))
def test_a_short_form_left_on_names_the_prefecture(pipeline, text, name, code):
    """熊本 alone is 熊本县 (the node is named by the full name)."""
    assert code in _places(pipeline, text).values()


@pytest.mark.parametrize(("text", "not_place"), both_scripts([
    ("山口百惠当年宣布引退，震惊了整个演艺圈。", "山口"),
    ("宫崎骏的新作在各地上映，首周票房突破一亿元。", "宫崎"),
    ("石川佳纯在女单比赛中以4比2战胜对手。", "石川"),
    ("这次改革将大分配格局调整得更加合理。", "大分"),
    ("山口先生说，他的家人都在外地工作。", "山口"),
]))
def test_a_switched_off_short_form_is_no_place(pipeline, text, not_place):
    assert not any(name == not_place or code.startswith("JP-") for name, code in _places(pipeline, text).items())


@pytest.mark.parametrize("text", both_scripts([
    "新北市三重区一栋公寓今天凌晨发生火警，三人送医。",
    "新北市三重区的夜市今晚人潮汹涌，三重分局加派警力维持秩序。",
]))
def test_taiwans_sanchong_stays_taiwans(pipeline, text):
    places = _places(pipeline, text).values()
    assert "TW-NWT-241" in places and "JP-24" not in places


def test_noshort_switches_off_the_derived_short_form():
    divisions = [Division("JP", "日本", "", 0), Division("JP-24", "三重县", "JP", 1),
                 Division("JP-43", "熊本县", "JP", 1)]
    plain = Gazetteer(divisions, ethnic_groups=())
    marked = Gazetteer(divisions, ethnic_groups=(), unshortened=["JP-24"])
    assert [d.code for d in plain.lookup_short("三重")] == ["JP-24"]
    assert marked.lookup_short("三重") == ()
    assert [d.code for d in marked.lookup_short("熊本")] == ["JP-43"]
    assert [d.code for d in marked.lookup("三重县")] == ["JP-24"]


def test_the_shipped_table_marks_and_codes():
    lexicon, gazetteer = load_lexicon(), load_gazetteer()
    prefectures = [d for d in gazetteer if d.code.startswith("JP-") and d.level == 1]
    assert len(prefectures) == 47 and {d.parent_code for d in prefectures} == {"JP"}
    provinces = [d for d in gazetteer if d.code.startswith("KR-") and d.level == 1]
    assert len(provinces) == 17 and {d.parent_code for d in provinces} == {"KR"}
    assert {"JP-24", "JP-35", "JP-45", "JP-17", "JP-44", "JP-33"} <= lexicon.unshortened_divisions
    assert "JP-43" not in lexicon.unshortened_divisions
    # every short form a Japanese prefecture keeps names that prefecture alone
    for division in prefectures:
        if division.code in lexicon.unshortened_divisions:
            continue
        for form in short_forms(division.name, ethnic_groups=lexicon.ethnic_groups):
            assert [d.code for d in gazetteer.lookup_short(form)] == [division.code], form
            assert not gazetteer.lookup(form), form


def test_a_users_division_table_takes_noshort(tmp_path):
    (tmp_path / "place_world.tsv").write_text("XX-01\t测试县\tJP\t1\tnoshort\t\n", encoding="utf-8")
    lexicon = load_lexicon((str(tmp_path),))
    assert "XX-01" in lexicon.unshortened_divisions
    gazetteer = load_gazetteer(lexicon)
    assert gazetteer.lookup("测试县") and not gazetteer.lookup_short("测试")


def test_a_bad_mark_is_refused(tmp_path):
    (tmp_path / "place_world.tsv").write_text("XX-01\t测试县\tJP\t1\tshortless\t\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="context"):
        load_lexicon((str(tmp_path),))
