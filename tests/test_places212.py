"""Round places212 (issue 15): Hong Kong's Legislative Council geographical constituencies are places, and Hong Kong's
areas are read whole.

The ten constituencies (香港岛东/港岛东, 香港岛西/港岛西, 九龙东, 九龙西, 九龙中, 新界东南, 新界北, 新界西北, 新界西南,
新界东北) are gazetteer places under their region (``place_hong_kong_macau.tsv``, codes ``HK-LC-…``), kept whole by
jieba (``words.tsv``), so election news reads the constituency and not its region (港岛西, not 香港岛; 九龙中, not
九龙 and a one-letter 中国). A constituency before the house it elects to is no part of the house's name
(港岛东|立法会议员: :func:`zhkg.extract.org_edges.cut_constituency_heads`), and 至于 sets no place for the name after
it (至于港岛东|郭浩景 is the candidate: ``kind_by_neighbours._YU_WORDS``).

Hong Kong's gazetteer names jieba's dictionary lacks are jieba words (:func:`zhkg.stages.segment.hong_kong_place_words`):
unknown, jieba glued their last letter to what follows (筲箕|湾峻|峰花园) and the gazetteer, which matches whole words,
missed them. Areas the list lacked (鲤鱼门, 茶果岭, 京士柏, 太古城, 粉岭北, 古洞北 …) are rows of their district.

Sentences written for these tests, each as written (Simplified) and converted to Traditional; names invented.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, extracted_entities

PLACE, ORG, PER = "PLACE", "ORGANIZATION", "PERSON"


@pytest.mark.parametrize(("name", "code", "parent"), [
    ("香港岛东", "HK-LC-HKE", "HK-HKI"), ("港岛东", "HK-LC-HKE", "HK-HKI"),
    ("香港岛西", "HK-LC-HKW", "HK-HKI"), ("港岛西", "HK-LC-HKW", "HK-HKI"),
    ("九龙东", "HK-LC-KE", "HK-KLN"), ("九龙西", "HK-LC-KW", "HK-KLN"), ("九龙中", "HK-LC-KC", "HK-KLN"),
    ("新界东南", "HK-LC-NTSE", "HK-NT"), ("新界北", "HK-LC-NTN", "HK-NT"), ("新界西北", "HK-LC-NTNW", "HK-NT"),
    ("新界西南", "HK-LC-NTSW", "HK-NT"), ("新界东北", "HK-LC-NTNE", "HK-NT"),
])
def test_each_constituency_is_one_division_under_its_region(name, code, parent):
    from zhkg.resources.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    assert [d.code for d in gazetteer.lookup(name)] == [code]
    assert gazetteer.get(code).parent_code == parent
    assert gazetteer.ancestors(code)[-1].code == "CN"  # under 香港 (HK), under 中国


@pytest.mark.parametrize(("text", "places", "not_places"), both_scripts([
    ("新民党在港岛西及新界东北各取一席。", {"港岛西": "HK-LC-HKW", "新界东北": "HK-LC-NTNE"}, {"香港岛", "新界", "东北"}),
    ("九龙中方面，工联会黄志明成功连任。", {"九龙中": "HK-LC-KC"}, {"九龙", "中国"}),
    ("香港岛西由陈家珮当选，九龙西则由梁美芬连任。", {"香港岛西": "HK-LC-HKW", "九龙西": "HK-LC-KW"},
     {"香港岛", "九龙"}),
    ("九龙东的票王是工联会黄志明，新界西南则由民建联林美华当选。", {"九龙东": "HK-LC-KE", "新界西南": "HK-LC-NTSW"},
     {"九龙", "新界"}),
    ("新界北方面，民建联林美华当选；新界东南由新民党黄志明连任。", {"新界北": "HK-LC-NTN", "新界东南": "HK-LC-NTSE"},
     {"新界"}),
]))
def test_a_constituency_is_read_whole(pipeline, text, places, not_places):
    found = {(name, code) for label, name, code in extracted_entities(pipeline, text) if label == PLACE}
    names = {name for name, _ in found}
    for place, code in places.items():
        from zhkg.resources.gazetteer import load_gazetteer

        division = load_gazetteer().get(code)
        assert (division.name, code) in found or (place, code) in found, found
    assert not names & not_places, found


@pytest.mark.parametrize(("text", "person", "constituency"), both_scripts([
    ("港岛东立法会议员梁熙表示，较关注柴湾。", "梁熙", "HK-LC-HKE"),
    ("九龙西立法会议员林美华表示欢迎。", "林美华", "HK-LC-KW"),
    ("新界东北立法会议员黄志明到场视察。", "黄志明", "HK-LC-NTNE"),
]))
def test_a_constituency_before_the_house_is_no_part_of_its_name(pipeline, text, person, constituency):
    found = extracted_entities(pipeline, text)
    assert (ORG, "立法会", "") in found, found
    assert any(label == PLACE and code == constituency for label, _, code in found), found
    assert (PER, person, "") in found, found
    assert not any(label == ORG and name.endswith("立法会") and name != "立法会" for label, name, _ in found), found


@pytest.mark.parametrize(("text", "person"), both_scripts([
    ("至于港岛东郭浩景亦有14.79%得票率。", "郭浩景"),
    ("至于九龙东黄志明亦有不少得票。", "黄志明"),
]))
def test_zhiyu_sets_no_place_for_the_name_after_a_constituency(pipeline, text, person):
    found = extracted_entities(pipeline, text)
    assert (PER, person, "") in found, found
    assert (PLACE, person, "") not in found, found


@pytest.mark.parametrize(("text", "absent"), both_scripts([
    # the region with 部 or a district after it is no constituency
    ("新界北部的雨势特别大。", "HK-LC-NTN"),
    ("新界西北部有雷暴。", "HK-LC-NTNW"),
    ("过往打风都受灾多次的港岛东区杏花邨，再次出现海水倒灌。", "HK-LC-HKE"),
    ("新界北区的雨势特别大。", "HK-LC-NTN"),
]))
def test_a_region_with_a_direction_and_more_is_no_constituency(pipeline, text, absent):
    found = extracted_entities(pipeline, text)
    assert not any(code == absent for _, _, code in found), found


# ---- Hong Kong's gazetteer names kept whole by jieba, and the areas the list lacked


@pytest.mark.parametrize(("name", "code", "parent"), [
    ("鲤鱼门", "HK-KU-LYM", "HK-KU"), ("茶果岭", "HK-KU-CKL", "HK-KU"), ("京士柏", "HK-YT-KP", "HK-YT"),
    ("太古城", "HK-EA-TKS", "HK-EA"), ("杏花邨", "HK-EA-HFC", "HK-EA"), ("歌连臣角", "HK-EA-CC", "HK-EA"),
    ("粉岭北", "HK-NO-FLN", "HK-NO"), ("古洞北", "HK-NO-KTN", "HK-NO"), ("落马洲", "HK-YL-LMC", "HK-YL"),
    ("欣澳", "HK-IS-SB", "HK-IS"), ("厦村", "HK-YL-HT", "HK-YL"),
])
def test_each_new_area_is_one_division_in_its_district(name, code, parent):
    from zhkg.resources.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    assert [d.code for d in gazetteer.lookup(name)] == [code]
    assert gazetteer.get(code).parent_code == parent
    assert gazetteer.get(parent).parent_code == "HK"


@pytest.mark.parametrize(("text", "places", "not_places"), both_scripts([
    # jieba glued the area's last letter to the estate (筲箕|湾峻|峰花园): the area now opens the model's place
    ("筲箕湾峻峰花园楼下小巴停车场水浸。", {"筲箕湾": "HK-EA-SKW", "峻峰花园": ""}, {"筲箕湾峻峰花园"}),
    ("渠务署列出的水浸黑点包括鲤鱼门和茶果岭。", {"鲤鱼门": "HK-KU-LYM", "茶果岭": "HK-KU-CKL"}, set()),
    ("至下午3时许，何文田京士柏卫理道对开有大树倒塌。", {"何文田": "HK-KC-HMT", "京士柏": "HK-YT-KP"}, set()),
    ("鲗鱼涌太古城的居民投诉噪音。", {"鲗鱼涌": "HK-EA-QB", "太古城": "HK-EA-TKS"}, set()),
    # the development area named by its area is the site (places219), as the web golds write it
    ("政府建议修订粉岭北片区的土地用途，古洞北新发展区亦预留土地。", {"粉岭北": "HK-NO-FLN", "古洞北新发展区": ""},
     {"粉岭", "古洞北"}),
]))
def test_hong_kong_areas_are_read_whole(pipeline, text, places, not_places):
    found = extracted_entities(pipeline, text)
    for place, code in places.items():
        assert (PLACE, place, code) in found, found
    assert not {name for label, name, _ in found if label == PLACE} & not_places, found
    assert not any(label == PER and name in places for label, name, _ in found), found


@pytest.mark.parametrize(("text", "area", "village"), both_scripts([
    # a village after its Hong Kong area is a place of its own, as an estate is (places_in_names._street_after)
    ("港岛东立法会议员梁熙较关注柴湾歌连臣角及筲箕湾阿公岩村这两个寮屋区。", "筲箕湾", "阿公岩村"),
    ("渠务署已列出大澳、鲤鱼门、马鞍山渡头湾村等地区有水浸风险。", "马鞍山", "渡头湾村"),
]))
def test_a_village_after_its_hong_kong_area_is_its_own_place(pipeline, text, area, village):
    found = {(label, name) for label, name, _ in extracted_entities(pipeline, text)}
    assert {(PLACE, area), (PLACE, village)} <= found, found
    assert (PLACE, area + village) not in found, found
