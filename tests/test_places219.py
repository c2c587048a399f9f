"""Round places219 (issue 15): Hong Kong's Legislative Council constituencies from one source, the gazetteer.

The relation readers' list of constituencies (:func:`zhkg.relate.members_parties.legco_constituencies`) is derived
from the gazetteer's ``HK-LC-`` rows (``place_hong_kong_macau.tsv``) instead of a second list written in the code;
新界东 and 新界西, the seats of 1998-2021, are gazetteer facts now (``HK-LC-NTE``, ``HK-LC-NTW`` under 新界, marked
``context``: 新界东部 is a direction too), so a former legislator's seat is a coded place (前新界东议员X: 议员 of
新界东, HK-LC-NTE).

Sentences written for these tests, each as written (Simplified) and converted to Traditional; names invented.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, extracted_entities, relation_rows

PLACE, ORG = "PLACE", "ORGANIZATION"


def _places(pipeline, text: str) -> set[tuple[str, str]]:
    """(name in Simplified, code) of each place entity read from ``text``."""
    from zhkg.stages.normalise import to_simplified

    return {(to_simplified(name), code) for label, name, code in extracted_entities(pipeline, text) if label == PLACE}


@pytest.mark.parametrize(("name", "code", "parent"), [
    ("新界东", "HK-LC-NTE", "HK-NT"), ("新界西", "HK-LC-NTW", "HK-NT"),
])
def test_each_seat_before_2021_is_one_division_under_its_region(name, code, parent):
    from zhkg.resources.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    assert [d.code for d in gazetteer.lookup(name)] == [code]
    assert gazetteer.get(code).parent_code == parent
    assert gazetteer.ancestors(code)[-1].code == "CN"


def test_the_readers_seats_are_the_gazetteers_constituency_rows():
    from zhkg.extract.org_edges import CONSTITUENCY_CODE
    from zhkg.relate.members_parties import legco_constituencies
    from zhkg.resources.lexicon import load_lexicon

    lexicon = load_lexicon()
    rows = {form for code, name, _, _, _, aliases in lexicon.extra_divisions if code.startswith(CONSTITUENCY_CODE)
            for form in (name, *aliases)}
    seats = legco_constituencies(lexicon)
    assert set(seats) == rows and len(seats) == len(rows) == 14
    assert [len(s) for s in seats] == sorted((len(s) for s in seats), reverse=True)  # longest first


@pytest.mark.parametrize(("text", "at", "seat"), [
    ("民建联香港岛东议员", 7, "香港岛东"),  # not the shorter 港岛东 inside it
    ("前新界东议员", 4, "新界东"),
    ("前新界东北议员", 5, "新界东北"),
    ("香港岛议员", 3, ""),  # the region's name, no seat
])
def test_the_longest_seat_before_a_point(text, at, seat):
    from zhkg.relate.members_parties import constituency_before, legco_constituencies
    from zhkg.resources.lexicon import load_lexicon

    assert constituency_before(text, at, legco_constituencies(load_lexicon())) == seat


@pytest.mark.parametrize(("text", "person", "code"), both_scripts([
    ("前新界东议员王大文出席典礼。", "王大文", "HK-LC-NTE"),
    ("民建联新界西议员林美华昨日出席会议。", "林美华", "HK-LC-NTW"),
]))
def test_a_former_seat_is_a_coded_place(pipeline, text, person, code):
    found = extracted_entities(pipeline, text)
    assert any(label == PLACE and c == code for label, _, c in found), found
    assert not any(label == ORG and "新界" in name for label, name, _ in found), found
    posts = [r for r in relation_rows(pipeline, text) if r[0] == person and r[1] == "议员"]
    assert len(posts) == 1 and posts[0][2].startswith("新界"), posts


@pytest.mark.parametrize("text", both_scripts([
    "新界西贡的村民昨日表示不满。",
    "新界东部和新界西部今日有大雨。",
    "他在新界西区工作。",
]))
def test_a_direction_or_a_district_after_the_region_is_no_seat(pipeline, text):
    found = extracted_entities(pipeline, text)
    assert not any(c in ("HK-LC-NTE", "HK-LC-NTW") for _, _, c in found), found


# ---- a Hong Kong site named by the area it opens with (local_places._area_sites)


@pytest.mark.parametrize(("text", "site", "area"), both_scripts([
    ("水浸个案分别位于浅水湾道近南湾道回旋处。", "浅水湾道", "浅水湾"),
    ("赤柱村道水深约250毫米，交通已回复正常。", "赤柱村道", "赤柱"),
    ("屯门公路近青龙头出现水浸。", "屯门公路", "屯门"),
    ("古洞北新发展区的居民预计明年迁入。", "古洞北新发展区", "古洞北"),
    ("政府将推展洪水桥新发展区的第二期工程。", "洪水桥新发展区", "洪水桥"),
    ("屯门南延线预计2030年通车。", "屯门南延线", "屯门"),
    ("旺角道及弥敦道交界有车祸。", "旺角道", "旺角"),
]))
def test_a_site_named_by_its_area_is_the_site(pipeline, text, site, area):
    places = {name for name, _ in _places(pipeline, text)}
    assert site in places and area not in places, places


@pytest.mark.parametrize(("text", "area", "code"), both_scripts([
    ("香港道路安全议会呼吁司机小心驾驶。", "香港", "HK"),  # 道路: a word of its own
    ("沙田路段有车祸，交通挤塞。", "沙田", "HK-ST"),  # 路段
    ("新界东北发展计划昨日公布。", "新界东北", "HK-LC-NTNE"),  # a constituency opens no site
]))
def test_a_head_inside_a_longer_word_leaves_the_area(pipeline, text, area, code):
    found = _places(pipeline, text)
    assert any(c == code for _, c in found), found  # the area, named by its division
    assert not any(name.startswith(area) and not c for name, c in found), found


# ---- two Hong Kong places the recogniser reads as one (hong_kong.split_area_runs)


@pytest.mark.parametrize(("text", "first", "second"), both_scripts([
    ("日后北都及屯门元朗的百多万市民南下时或迫爆屯马线。", "屯门", "元朗"),
    ("元朗朗天路8月5日上午出现严重水浸，有的士死火。", "元朗", "朗天路"),
    ("沙田城门河水位急升，渠务署派员视察。", "沙田", "城门河"),
    ("去年大埔宏福苑的居民投诉渗水。", "大埔", "宏福苑"),
]))
def test_an_area_and_the_place_in_it_are_two_places(pipeline, text, first, second):
    places = {name for name, _ in _places(pipeline, text)}
    assert {first, second} <= {p.removesuffix("区") if p != second else p for p in places} \
        or {first + "区", second} <= places, places
    assert first + second not in places, places


@pytest.mark.parametrize(("name", "cut"), [
    ("屯门元朗", 2), ("大埔宏福苑", 2), ("元朗朗天路", 2),
    ("新界元朗", 0),  # a region opens no run
    ("屯门区", 0), ("元朗道", 0),  # one letter after the area: its own name
    ("新界东北路", 0),  # a constituency opens no run
    ("元朗公路", 0), ("屯门道路", 0),  # the area's road, a common noun: no second place
])
def test_where_a_run_of_two_places_is_cut(name, cut):
    from zhkg.extract.hong_kong import _area_run_cut
    from zhkg.resources.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    assert _area_run_cut(name, lambda n: [d.code for d in gazetteer.candidates(n)]) == cut


# ---- Taiwan's villages listed after their district (place_villages._taiwan_village_mentions)


@pytest.mark.parametrize(("text", "villages"), both_scripts([
    ("台北市士林区永福里、新安里、阳明里、平等里停止上班及上课。", {"永福里", "新安里", "阳明里", "平等里"}),
    ("花莲县光复乡大马村、大安村、大进村居民撤离。", {"大马村", "大安村", "大进村"}),
]))
def test_villages_listed_after_the_first_are_places(pipeline, text, villages):
    places = {name for name, _ in _places(pipeline, text)}
    assert villages <= places, places
    assert not any(name.endswith("县") and name[:2] in "".join(villages) for name in places), places


@pytest.mark.parametrize("text", both_scripts([
    "台北市士林区永福里、三所学校停课。",  # a list that goes on with no village
    "台北市士林区永福里、新安里等里民撤离。",  # 等 after the list
]))
def test_a_list_of_villages_stops_where_no_village_stands(pipeline, text):
    places = {name for name, _ in _places(pipeline, text)}
    assert "永福里" in places and not any(name.endswith("里") and name not in ("永福里", "新安里") for name in places), places
