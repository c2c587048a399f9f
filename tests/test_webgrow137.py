"""Round webgrow137: the web dev set's gold files, roles, counts and locators agree, and its halves stay balanced.

Every article added since session 35 carries a locator in ``tests/gold/web_sources.jsonl`` (the query that found its
page and the recipe that cuts its text, ``bench/web_texts.py``), so any machine rebuilds its text; only session 35's
articles whose pages were never found again may lack one, and that list can only shrink. Halves follow the rule fixed
before annotation: within each region an odd id number is ``tune``, an even one ``check``, so every region's halves
differ by at most one article. From session 44 a round grows the tune pool alone: its ids carry the round's number
(``hk-183-01``), every one of them ``tune``, numbered from 1 within the region and round, and the odd/even rule and
the balance hold for the two-part ids only (rounds entitiesgrow183, rolesgrow181 and countsgrow182; session 45's
entitiesgrow194). No article text is read here.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.web_texts import Recipe, normal_url, same_page  # noqa: E402

GOLD = ROOT / "tests" / "gold"
ENTITY_FILES = (GOLD / "entities_web_twhk.jsonl", GOLD / "entities_web_intl.jsonl")
SOURCES = GOLD / "web_sources.jsonl"
REGIONS = ("taiwan", "hongkong", "international", "mainland")
PREFIXES = {"tw": "taiwan", "hk": "hongkong", "intl": "international", "cn": "mainland"}
# Session 35's articles whose pages webtexts128 and webtexts135 did not rebuild byte for byte (no locator yet;
# webgrow144 found cn-02's page again).
NO_LOCATOR_YET = frozenset({
    "tw-01", "tw-02", "tw-03", "tw-04", "tw-05", "tw-06", "tw-07", "tw-10", "tw-15", "tw-16",
    "hk-01", "hk-04", "hk-06", "hk-12", "hk-13",
    "intl-02", "intl-03", "intl-04", "intl-06", "intl-07", "intl-08", "intl-09", "intl-10", "intl-11", "intl-12",
    "intl-14", "intl-17",
    "cn-03", "cn-05", "cn-07", "cn-08", "cn-09",
})
WEBGROW137 = ("tw-18", "tw-19", "tw-20", "tw-21", "tw-22", "tw-23", "hk-14", "hk-15", "hk-16", "hk-17", "hk-18", "hk-19",
              "intl-20", "intl-21", "intl-22", "intl-23", "intl-24", "intl-25", "cn-14", "cn-15", "cn-16", "cn-17", "cn-18",
              "cn-19")
# Session 38's Taiwan and Hong Kong articles (webgrow143): each region's numbering continued, ten and ten.
WEBGROW143 = tuple(f"tw-{n}" for n in range(24, 34)) + tuple(f"hk-{n}" for n in range(20, 30))
# Round webgrow144 (session 38): mainland and international only, Simplified as published, halves by the same rule.
WEBGROW144 = tuple(f"cn-{n}" for n in range(20, 32)) + tuple(f"intl-{n}" for n in range(26, 34))
# Round webgrow154 (session 39): five articles a region chosen for counts with an owner, then two more each in Hong
# Kong and the mainland for people holding posts.
WEBGROW154 = (tuple(f"tw-{n}" for n in range(34, 39)) + tuple(f"hk-{n}" for n in range(30, 37))
              + tuple(f"cn-{n}" for n in range(32, 39)) + tuple(f"intl-{n}" for n in range(34, 39)))
# Round webgrow164 (session 41): five articles a region of the kinds the check halves missed — Hong Kong committees and
# party leaders, mainland appointments and company officers, Taiwan caucuses and councils, international cabinets and
# summits — numbered within each region by the page's date.
WEBGROW164 = (tuple(f"tw-{n}" for n in range(39, 44)) + tuple(f"hk-{n}" for n in range(37, 42))
              + tuple(f"cn-{n}" for n in range(39, 44)) + tuple(f"intl-{n}" for n in range(39, 44)))

# Round entitiesgrow183 (session 44): the tune pool grown with Traditional news dense in organisation names (Taiwan
# teams and companies, Hong Kong companies, hospitals, schools and clubs, foreign people and bodies).
ENTITIESGROW183 = (tuple(f"tw-183-{n:02d}" for n in range(1, 4)) + tuple(f"hk-183-{n:02d}" for n in range(1, 7))
                   + tuple(f"intl-183-{n:02d}" for n in range(1, 5)))


def id_parts(ident: str) -> tuple[str, int | None, int]:
    """(prefix, round or None, number) of a web id: ``tw-12`` or a tune-pool round's ``hk-183-01``."""
    parts = ident.split("-")
    if len(parts) == 2:
        return parts[0], None, int(parts[1])
    prefix, round_number, number = parts
    return prefix, int(round_number), int(number)


# Round rolesgrow181 (session 44): seven Taiwan and seven Hong Kong articles dense in posts (cabinet reshuffles,
# appointments, resignations, nominations, party caucuses, company officers), all added to the tune half.
ROLESGROW181 = tuple(f"tw-181-{n:02d}" for n in range(1, 8)) + tuple(f"hk-181-{n:02d}" for n in range(1, 8))


def is_tune_pool(ident: str) -> bool:
    """An id of a pool grown for the tune half alone: ``<region>-<round>-<nn>``."""
    return ident.count("-") == 2


# Round countsgrow182 (session 44): mainland Simplified articles dense in counts, many in sentences that name no holder,
# added to the tune half only (issue 14's owners).
COUNTSGROW182 = tuple(f"cn-182-{n:02d}" for n in range(1, 16))

# Round rolesgrow192 (session 45): mainland and international articles dense in posts (provincial and party
# appointments, state-company officers, a company board; Germany's, Korea's, Britain's, France's (two), Japan's and
# Malaysia's cabinets reported in Chinese), all added to the tune half.
ROLESGROW192 = tuple(f"cn-192-{n:02d}" for n in range(1, 5)) + tuple(f"intl-192-{n:02d}" for n in range(1, 8))

# Round entitiesgrow194 (session 45): international and mainland news dense in people, bodies and places abroad
# (diplomacy, foreign politics, world business, football transfers, foreign firms in Shanghai), tune only.
# (two more articles were taken out again: their pages were intl-27's and intl-01's, which this test found)
ENTITIESGROW194 = tuple(f"intl-194-{n:02d}" for n in range(1, 10)) + ("cn-194-01", "cn-194-02")

# Round roles205 (session 47): Hong Kong and Taiwan articles dense in posts (the 2025 Legislative Council election's
# parties and seats, civil-service moves, the football association; a foundry's officers, county and city cabinets,
# a party's nominations, a baseball club's coaches), tune only, annotated before zhkg ran on them.
ROLES205 = tuple(f"hk-205-{n:02d}" for n in range(1, 7)) + tuple(f"tw-205-{n:02d}" for n in range(1, 7))

# Round counts211 (session 48): mainland and Taiwan articles rich in counts whose owner is not the last place named (a
# Games' entrants and delegations, a university's subjects, a county's projects, a retailer's and a chain's stores, a
# county's stations and reservoirs, a city's students and a science park's firms; a foundry's staff, four convenience
# chains, a city's jobs), tune only, annotated before zhkg ran on them.
COUNTS211 = tuple(f"cn-211-{n:02d}" for n in range(1, 7)) + tuple(f"tw-211-{n:02d}" for n in range(1, 5))
# Round roles210 (session 48): Hong Kong news dense in posts of every kind (legislators-elect and their parties, the
# handover day's officials, the railway's and the hospital authority's heads, the football association, a district
# councillor, ministers, a court case, a university council, the police), tune only, annotated before zhkg ran on them.
ROLES210 = tuple(f"hk-210-{n:02d}" for n in range(1, 13))
# Round counts218 (session 49): mainland Simplified articles whose counts' things are phrases (养老助餐服务点, 养护床位,
# 农村饮水水源保障工程) and whose owners are named sentences or paragraphs before (a firm's stores, a district's schools and
# teachers, a city's livelihood projects), tune only, annotated before zhkg ran on them.
COUNTS218 = tuple(f"cn-218-{n:02d}" for n in range(1, 8))
# Round counts224 (session 50): Taiwan and Hong Kong articles whose counts' owners are a body or named paragraphs before
# (a county's schools and classes, a hospital's nurses, universities' hostel places, a railway's projects) and two
# mainland companies' lines and jobs, tune only, annotated before zhkg ran on them.
COUNTS224 = (*(f"tw-224-{n:02d}" for n in (1, 2)), *(f"hk-224-{n:02d}" for n in (1, 2)), *(f"cn-224-{n:02d}" for n in (1, 2)))



def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def entity_gold() -> dict[str, dict]:
    return {record["id"]: record for path in ENTITY_FILES for record in read_lines(path)}


def test_every_record_has_a_locator_but_the_pages_never_found():
    gold = entity_gold()
    blind_files = ("entities_blind57.jsonl", "entities_blind58.jsonl", "entities_blind60.jsonl",  # blind270, 277, 293
                   "roles_pool61r.jsonl", "counts_pool61c.jsonl",  # and session 61's pools (rolepool304, countpool305)
                   "roles_pool62r.jsonl", "counts_pool62c.jsonl",  # and session 62's (pool62r312, pool62c313), rebuilt the same way
                   "roles_pool63r.jsonl",  # and session 63's roles pool (pool63r315)
                   "counts_pool63c.jsonl")  # and session 63's counts pool (pool63c316)
    blind = {record["id"]: record for name in blind_files for record in read_lines(GOLD / name)}
    assert set(blind) <= {item["id"] for item in read_lines(SOURCES)}
    gold.update(blind)
    locators = {item["id"]: item for item in read_lines(SOURCES)}
    assert set(gold) - set(locators) <= NO_LOCATOR_YET  # a new article must come with its recipe
    assert set(WEBGROW137) <= set(locators)
    assert set(WEBGROW143) <= set(locators)
    assert set(WEBGROW144) <= set(locators)
    assert set(WEBGROW154) <= set(locators)
    assert set(WEBGROW164) <= set(locators)
    assert set(ENTITIESGROW183) <= set(locators)
    assert set(ROLESGROW181) <= set(locators)
    assert set(COUNTSGROW182) <= set(locators)
    assert set(ROLESGROW192) <= set(locators)
    assert set(ENTITIESGROW194) <= set(locators)
    for ident, item in locators.items():
        assert ident in gold, ident  # no locator of an article the gold does not hold
        assert same_page(item["url"], gold[ident]["url"])
        assert item["query"].strip()
        Recipe(**item["recipe"])  # every field a recipe takes, and nothing else


def test_roles_and_counts_cover_the_same_articles():
    gold = entity_gold()
    for name in ("roles_web.jsonl", "counts_web.jsonl"):
        records = {r["id"]: r for r in read_lines(GOLD / name)}
        assert set(records) == set(gold), name
        for ident, record in records.items():
            for key in ("region", "script", "half", "sha256"):
                assert record[key] == gold[ident][key], (name, ident, key)


def test_halves_follow_the_id_rule():
    for ident, record in entity_gold().items():
        prefix, round_number, number = id_parts(ident)
        assert record["region"] == PREFIXES[prefix], ident
        if round_number is None:
            assert record["half"] == ("tune" if number % 2 else "check"), ident
        else:
            assert record["half"] == "tune", ident  # a round that grows the tune pool adds nothing to check


@pytest.mark.parametrize(("ids", "regions"), [(None, REGIONS), (WEBGROW137, REGIONS), (WEBGROW143, REGIONS[:2]),
                                            (WEBGROW144, REGIONS[2:]), (WEBGROW154, REGIONS),
                                            (WEBGROW164, REGIONS)],
                         ids=["whole set", "webgrow137", "webgrow143", "webgrow144", "webgrow154", "webgrow164"])
def test_halves_are_balanced_by_region(ids, regions):
    records = [r for r in entity_gold().values()
               if (ids is None and id_parts(r["id"])[1] is None) or (ids is not None and r["id"] in ids)]
    halves = Counter((r["region"], r["half"]) for r in records)
    for region in regions:
        assert halves[(region, "tune")] + halves[(region, "check")] > 0, region
        assert abs(halves[(region, "tune")] - halves[(region, "check")]) <= 1, (region, halves)


def test_webgrow137_is_half_taiwan_and_hong_kong():
    regions = Counter(entity_gold()[ident]["region"] for ident in WEBGROW137)
    assert regions["taiwan"] + regions["hongkong"] == len(WEBGROW137) // 2


def test_webgrow143_is_taiwan_and_hong_kong_half_each():
    gold = entity_gold()
    regions = Counter(gold[ident]["region"] for ident in WEBGROW143)
    assert regions == Counter({"taiwan": 10, "hongkong": 10})
    assert all(gold[ident]["url"] and gold[ident]["entities"] for ident in WEBGROW143)


def test_each_region_numbers_its_articles_without_gaps():
    numbers: dict[tuple[str, int | None], list[int]] = {}
    for ident in entity_gold():
        prefix, round_number, number = id_parts(ident)
        numbers.setdefault((prefix, round_number), []).append(number)
    for prefix, found in numbers.items():
        assert sorted(found) == list(range(1, len(found) + 1)), prefix


def test_gold_names_are_written_as_the_loader_converts_them():
    # The loader looks a Traditional article's names up in zhkg's own Simplified conversion of its text: a name
    # OpenCC's t2s leaves Traditional (曾國衞 → 曾国衞, zhkg gives 曾国卫) would stop every web scorer.
    from zhkg.stages.normalise import to_simplified

    for ident, record in entity_gold().items():
        for entity in record["entities"]:
            for name in (entity["name"], *entity.get("aliases", [])):
                assert to_simplified(name) == name, (ident, name)


def test_webgrow144_is_mainland_and_international_in_simplified():
    gold = entity_gold()
    assert {gold[ident]["region"] for ident in WEBGROW144} == {"mainland", "international"}
    assert {gold[ident]["script"] for ident in WEBGROW144} == {"simplified"}
    regions = Counter(gold[ident]["region"] for ident in WEBGROW144)
    assert regions["mainland"] == 12 and regions["international"] == 8


def test_webgrow154_adds_owned_counts_and_roles_to_the_check_half():
    # The round's aim: the check half's counts with an annotated owner, in both scripts (issue 14's owner cell),
    # and role triples from Hong Kong (issue 11).
    gold = entity_gold()
    assert Counter(gold[ident]["region"] for ident in WEBGROW154) == Counter(
        {"taiwan": 5, "hongkong": 7, "mainland": 7, "international": 5})
    roles = {r["id"]: r for r in read_lines(GOLD / "roles_web.jsonl")}
    assert sum(len(roles[i]["roles"]) for i in WEBGROW154 if i.startswith("hk-") and roles[i]["half"] == "check") >= 30
    assert all(gold[ident]["url"] and gold[ident]["entities"] for ident in WEBGROW154)
    counts = {r["id"]: r for r in read_lines(GOLD / "counts_web.jsonl")}
    owned = Counter((counts[i]["script"], counts[i]["half"]) for i in WEBGROW154 for c in counts[i]["counts"] if c["owner"])
    assert owned[("simplified", "check")] >= 10 and owned[("traditional", "check")] >= 10


def test_webgrow164_adds_people_holding_posts_in_every_region():
    # The round's aim: the check halves' role triples and owned counts from the kinds of article they had not shown
    # (issues 11, 14, 15), every article of it dated 2023–2026 where its page prints a date.
    gold = entity_gold()
    assert Counter(gold[ident]["region"] for ident in WEBGROW164) == Counter(
        {"taiwan": 5, "hongkong": 5, "mainland": 5, "international": 5})
    assert all(gold[ident]["url"] and gold[ident]["entities"] for ident in WEBGROW164)
    assert all(gold[ident]["date"][:4] in ("", "2023", "2024", "2025", "2026") for ident in WEBGROW164)
    roles = {r["id"]: r for r in read_lines(GOLD / "roles_web.jsonl")}
    assert all(roles[ident]["roles"] for ident in WEBGROW164)
    check = [ident for ident in WEBGROW164 if roles[ident]["half"] == "check"]
    assert sum(len(roles[ident]["roles"]) for ident in check) >= 80
    for prefix in PREFIXES:
        assert sum(len(roles[i]["roles"]) for i in check if i.startswith(f"{prefix}-")) >= 5, prefix
    counts = {r["id"]: r for r in read_lines(GOLD / "counts_web.jsonl")}
    assert sum(1 for i in check for c in counts[i]["counts"] if c["owner"]) >= 15


@pytest.mark.parametrize(("ident", "expected"), [("tw-12", ("tw", None, 12)), ("hk-183-01", ("hk", 183, 1)),
                                                 ("intl-183-04", ("intl", 183, 4))])
def test_id_parts(ident, expected):
    assert id_parts(ident) == expected


def test_entitiesgrow183_grows_the_tune_pool_with_traditional_news():
    # The round's aim (issue 15): Traditional articles of the kinds the check halves miss, all in the tune pool, dated
    # 2023–2026, each with a locator; no article the set already held.
    gold = entity_gold()
    assert Counter(gold[ident]["region"] for ident in ENTITIESGROW183) == Counter(
        {"taiwan": 3, "hongkong": 6, "international": 4})
    assert {gold[ident]["script"] for ident in ENTITIESGROW183} == {"traditional"}
    assert {gold[ident]["half"] for ident in ENTITIESGROW183} == {"tune"}
    assert all(gold[ident]["date"][:4] in ("2023", "2024", "2025", "2026") for ident in ENTITIESGROW183)
    others = [record["url"] for ident, record in gold.items() if ident not in ENTITIESGROW183]
    for ident in ENTITIESGROW183:
        assert not any(same_page(gold[ident]["url"], url) for url in others), ident
    organisations = sum(1 for i in ENTITIESGROW183 for e in gold[i]["entities"] if e["type"] == "ORGANIZATION")
    assert organisations >= 70


def test_rolesgrow181_grows_the_tune_half_with_posts_in_taiwan_and_hong_kong():
    # The round's aim (issue 11): more tune articles of the kind the check half's role misses come from, each with a
    # locator, role triples in every one, dated 2023–2026; none from a reserved source.
    gold = entity_gold()
    assert {ident for ident in gold if is_tune_pool(ident)} >= set(ROLESGROW181)
    assert Counter(gold[ident]["region"] for ident in ROLESGROW181) == Counter({"taiwan": 7, "hongkong": 7})
    assert {gold[ident]["half"] for ident in ROLESGROW181} == {"tune"}
    assert all(gold[ident]["date"][:4] in ("2023", "2024", "2025", "2026") for ident in ROLESGROW181)
    locators = {item["id"] for item in read_lines(SOURCES)}
    assert set(ROLESGROW181) <= locators
    roles = {r["id"]: r for r in read_lines(GOLD / "roles_web.jsonl")}
    assert all(roles[ident]["roles"] for ident in ROLESGROW181)
    assert sum(len(roles[ident]["roles"]) for ident in ROLESGROW181) >= 100
    assert not any(bad in gold[ident]["url"] for ident in ROLESGROW181 for bad in ("appledaily", "ettoday", "sohu", "sogou"))


def test_countsgrow182_grows_the_mainland_tune_half_with_owned_counts():
    # The round's aim: Simplified mainland counts with their owner, many in sentences naming no holder, on tune only.
    gold = entity_gold()
    assert {gold[i]["region"] for i in COUNTSGROW182} == {"mainland"}
    assert {gold[i]["script"] for i in COUNTSGROW182} == {"simplified"}
    assert {gold[i]["half"] for i in COUNTSGROW182} == {"tune"}
    assert all(gold[i]["date"][:4] in ("", "2023", "2024", "2025", "2026") for i in COUNTSGROW182)
    counts = {r["id"]: r for r in read_lines(GOLD / "counts_web.jsonl")}
    owned = [c for i in COUNTSGROW182 for c in counts[i]["counts"] if c["owner"]]
    assert len(owned) >= 60
    assert all(counts[i]["counts"] for i in COUNTSGROW182)



def test_rolesgrow192_grows_the_tune_half_with_mainland_and_international_posts():
    # Issue 11's thin share: posts in mainland and international news, all tune, from no reserved source.
    gold = entity_gold()
    roles = {record["id"]: record for record in read_lines(GOLD / "roles_web.jsonl")}
    assert Counter(gold[ident]["region"] for ident in ROLESGROW192) == Counter({"mainland": 4, "international": 7})
    assert {gold[ident]["half"] for ident in ROLESGROW192} == {roles[ident]["half"] for ident in ROLESGROW192} == {"tune"}
    assert all(gold[ident]["date"][:4] in ("", "2023", "2024", "2025", "2026") for ident in ROLESGROW192)
    assert all(id_parts(ident)[1] == 192 for ident in ROLESGROW192)
    assert all(roles[ident]["roles"] for ident in ROLESGROW192)
    assert sum(len(roles[ident]["roles"]) for ident in ROLESGROW192) >= 120
    others = {normal_url(record["url"]) for ident, record in gold.items() if ident not in ROLESGROW192}
    assert not others & {normal_url(gold[ident]["url"]) for ident in ROLESGROW192}  # no page already in the set
    bad = ("appledaily", "ettoday", "sohu", "sogou", "cctv.com/xwlb")
    assert not any(word in gold[ident]["url"] for ident in ROLESGROW192 for word in bad)


def test_entitiesgrow194_grows_the_tune_pool_with_international_and_mainland_news():
    # The round's aim (issue 15): the thinner part of the pool, international and mainland articles in both scripts,
    # dense in names, all tune, dated 2023–2026, each located; no page the set already held, none reserved.
    gold = entity_gold()
    assert {ident for ident in gold if is_tune_pool(ident)} >= set(ENTITIESGROW194)
    assert Counter(gold[ident]["region"] for ident in ENTITIESGROW194) == Counter({"international": 9, "mainland": 2})
    assert Counter(gold[ident]["script"] for ident in ENTITIESGROW194) == Counter({"simplified": 7, "traditional": 4})
    assert {gold[ident]["half"] for ident in ENTITIESGROW194} == {"tune"}
    assert all(gold[ident]["date"][:4] in ("2023", "2024", "2025", "2026") for ident in ENTITIESGROW194)
    others = [record["url"] for ident, record in gold.items() if ident not in ENTITIESGROW194]
    for ident in ENTITIESGROW194:
        assert not any(same_page(gold[ident]["url"], url) for url in others), ident
    assert not any(bad in gold[ident]["url"] for ident in ENTITIESGROW194 for bad in ("appledaily", "ettoday", "sohu", "sogou"))
    assert sum(len(gold[ident]["entities"]) for ident in ENTITIESGROW194) >= 190
    roles = {r["id"]: r for r in read_lines(GOLD / "roles_web.jsonl")}
    counts = {r["id"]: r for r in read_lines(GOLD / "counts_web.jsonl")}
    assert set(ENTITIESGROW194) <= set(roles) & set(counts)
    assert all(isinstance(c["owner"], list) or c["owner"] is None for i in ENTITIESGROW194 for c in counts[i]["counts"])


RESERVED_URL_WORDS = ("appledaily", "ettoday", "sohu", "sogou", "cctv.com/xwlb", "nextapple")


def assert_grown_tune_round(ids: tuple[str, ...], number: int) -> tuple[dict, dict, dict]:
    """What every round that grows the tune half holds to: each article tune in the three golds, numbered by its round,
    located, on a page not yet in the set and from no reserved source. Returns the entity, role and count golds."""
    gold = entity_gold()
    roles = {record["id"]: record for record in read_lines(GOLD / "roles_web.jsonl")}
    counts = {record["id"]: record for record in read_lines(GOLD / "counts_web.jsonl")}
    assert {gold[i]["half"] for i in ids} == {roles[i]["half"] for i in ids} == {counts[i]["half"] for i in ids} == {"tune"}
    assert all(id_parts(ident)[1] == number for ident in ids)
    assert set(ids) <= {item["id"] for item in read_lines(SOURCES)}
    others = [record["url"] for ident, record in gold.items() if ident not in ids]
    for ident in ids:
        assert not any(same_page(gold[ident]["url"], url) for url in others), ident  # no page already in the set
        assert not any(word in gold[ident]["url"] for word in RESERVED_URL_WORDS), ident
    return gold, roles, counts


def test_roles205_grows_the_tune_half_with_posts_in_hong_kong_and_taiwan():
    # Issue 11's check-half misses come from Hong Kong and Taiwan posts: six articles of each, dated 2024–2026.
    gold, roles, _ = assert_grown_tune_round(ROLES205, 205)
    assert Counter(gold[ident]["region"] for ident in ROLES205) == Counter({"hongkong": 6, "taiwan": 6})
    assert all(gold[ident]["date"][:4] in ("2024", "2025", "2026") for ident in ROLES205)
    assert all(roles[ident]["roles"] for ident in ROLES205)
    assert sum(len(roles[ident]["roles"]) for ident in ROLES205) >= 100


def test_counts211_grows_the_tune_half_with_owned_counts_in_mainland_and_taiwan_news():
    # Issue 14's owners: six mainland Simplified and four Taiwan articles, with most of their counts owned.
    gold, _, counts = assert_grown_tune_round(COUNTS211, 211)
    assert Counter(gold[ident]["region"] for ident in COUNTS211) == Counter({"mainland": 6, "taiwan": 4})
    assert all(gold[ident]["date"][:4] in ("", "2024", "2025", "2026") for ident in COUNTS211)
    owned = [c for i in COUNTS211 for c in counts[i]["counts"] if c["owner"]]
    assert len(owned) >= 60
    assert all(counts[i]["counts"] for i in COUNTS211)


def test_roles210_grows_the_tune_half_with_hong_kong_posts():
    # Issue 11's Hong Kong share: twelve articles, Traditional and Simplified as published, dated 2023–2026.
    gold, roles, _ = assert_grown_tune_round(ROLES210, 210)
    assert {gold[i]["region"] for i in ROLES210} == {"hongkong"}
    assert {gold[i]["script"] for i in ROLES210} == {"traditional", "simplified"}
    assert all(gold[ident]["date"][:4] in ("2023", "2024", "2025", "2026") for ident in ROLES210)
    assert all(roles[ident]["roles"] for ident in ROLES210)
    assert sum(len(roles[ident]["roles"]) for ident in ROLES210) >= 30


def test_counts218_grows_the_tune_half_with_mainland_counts_of_phrases():
    # Issue 14 on mainland news: seven Simplified articles, dated 2024–2026, nearly every count owned.
    gold, _, counts = assert_grown_tune_round(COUNTS218, 218)
    assert {gold[i]["region"] for i in COUNTS218} == {"mainland"}
    assert {gold[i]["script"] for i in COUNTS218} == {"simplified"}
    assert all(gold[ident]["date"][:4] in ("2024", "2025", "2026") for ident in COUNTS218)
    owned = [c for i in COUNTS218 for c in counts[i]["counts"] if c["owner"]]
    assert len(owned) >= 80
    assert all(counts[i]["counts"] for i in COUNTS218)


def test_counts224_grows_the_tune_half_with_owned_counts_in_taiwan_and_hong_kong_news():
    # Issue 14's owners in both scripts: four Traditional articles and two Simplified, dated 2025–2026, nearly every
    # count owned, most by a body or a place named sentences before.
    gold, _, counts = assert_grown_tune_round(COUNTS224, 224)
    assert Counter(gold[i]["script"] for i in COUNTS224) == Counter({"traditional": 4, "simplified": 2})
    assert all(gold[ident]["date"][:4] in ("2025", "2026") for ident in COUNTS224)
    owned = [c for i in COUNTS224 for c in counts[i]["counts"] if c["owner"]]
    assert len(owned) >= 30
    assert all(counts[i]["counts"] for i in COUNTS224)
