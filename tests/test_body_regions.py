"""Round entitiesgrow183: a district name shared with the mainland is Hong Kong's (Macau's, Taiwan's) where the
document names that region's own bodies and no place around decides (:mod:`zhkg.extract.body_regions`)."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.extract.body_regions import body_region_prefixes, division_in_regions
from zhkg.records import Document
from zhkg.resources.gazetteer import load_gazetteer
from zhkg.resources.lexicon import load_lexicon


def places(pipeline, text: str) -> set[tuple[str, str]]:
    return {(m.simplified, m.code) for m in pipeline.extract_mentions(Document("d", text, kind="text"))
            if m.label.value == "PLACE"}


@pytest.mark.parametrize(("text", "present", "absent"), both_scripts([
    # 医管局 is Hong Kong's: 大埔 is its district, and the estate after it is read as one (大埔|宏福苑, not one place)
    ("医管局表示，大埔宏福苑大火期间共接收79名病人。", [("大埔", "HK-TP"), ("宏福苑", "")], [("大埔宏福苑", "")]),
    ("立法会议员昨日到大埔视察。", [("大埔", "HK-TP")], [("大埔", "")]),  # coded: Guangdong's 大埔县 is not meant
    # no body of the region: the name stays unread, as before
    ("大埔宏福苑发生火警。", [], [("大埔", "HK-TP")]),
]))
def test_a_region_s_body_places_its_district(pipeline, text, present, absent):
    found = places(pipeline, text)
    assert set(present) <= found
    assert not set(absent) & found


@pytest.mark.parametrize(("text", "starts", "ends", "expected"), [
    ("医管局表示", {0, 3}, {3, 5}, {"HK-"}),
    ("立法院通过", {0, 3}, {3, 5}, {"TW-"}),
    ("医管局长表示", {0, 4}, {4, 6}, set()),  # 医管局 not a whole word here: jieba's 医管局长
    ("苹果发布", {0, 2}, {2, 4}, set()),  # a mainland or world body, or a common word: no region
])
def test_body_region_prefixes(text, starts, ends, expected):
    known = {"医管局": ("government", "hongkong", "医院管理局", False),
             "立法院": ("council", "taiwan", "", False),
             "苹果": ("company", "world", "", True)}
    assert body_region_prefixes(text, starts, ends, known) == frozenset(expected)


def test_the_shipped_table_places_hong_kong_s_bodies():
    assert body_region_prefixes("医管局表示", {0, 3}, {3, 5}, load_lexicon().known_organisations) == {"HK-"}


@pytest.mark.parametrize(("form", "prefixes", "code"), [
    ("大埔", {"HK-"}, "HK-TP"),
    ("大埔", {"TW-"}, "TW-CYQ-607"),  # Chiayi's 大埔乡 (the linking offers it only once named in full)
    ("大埔", {"HK-", "TW-"}, None),  # one in each region: nothing decides
    ("元朗", {"TW-"}, None),  # no candidate in the region
    ("大埔", set(), None),
    ("和平", {"TW-"}, None),  # a common word (Taichung's 和平区 too) stays unlinked
])
def test_division_in_regions(form, prefixes, code):
    pool = load_gazetteer().lookup_short(form)
    found = division_in_regions(form, pool, frozenset(prefixes))
    assert (found.code if found else None) == code
