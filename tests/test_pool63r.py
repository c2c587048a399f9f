"""Session 63's roles pool (round pool63r315): real news articles of 2025–2026 annotated for roles by reading,
committed before zhkg or any tagger ran on their texts (``tests/gold/roles_pool63r.jsonl``, half ``pool63r``; texts
outside the repository, rebuilt by ``bench/web_texts.py`` from the locators in ``tests/gold/web_sources.jsonl``).
Scored only this session, totals (``bench/roles_web.py --half pool63r``): ``--errors`` and ``--causes`` refuse it.
No score is asserted here and no pool text is read."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.web_texts import Recipe, normal_url, same_page  # noqa: E402
from tests.test_blind57 import RESERVED_HOSTS, read_lines  # noqa: E402
from zhkg.stages.normalise import to_simplified  # noqa: E402

GOLD = ROOT / "tests" / "gold"
POOL = GOLD / "roles_pool63r.jsonl"
SOURCES = GOLD / "web_sources.jsonl"
REGIONS = {"cn": "mainland", "tw": "taiwan", "hk": "hongkong", "intl": "international"}
FIELDS = {"id", "url", "outlet", "date", "region", "script", "half", "sha256", "roles"}
EARLIER_POOLS = ("pool61r-", "pool61c-", "pool62r-", "pool62c-")


def test_the_pool_holds_no_text_one_half_and_every_region():
    records = read_lines(POOL)
    assert len(records) >= 24 and len({r["id"] for r in records}) == len(records)
    for prefix, region in REGIONS.items():
        assert sum(r["region"] == region for r in records) >= {"cn": 8, "intl": 4}.get(prefix, 6)
    for r in records:
        assert set(r) == FIELDS
        match = re.fullmatch(r"pool63r-(cn|tw|hk|intl)-\d\d", r["id"])
        assert match and REGIONS[match.group(1)] == r["region"]
        assert r["half"] == "pool63r" and r["script"] in ("simplified", "traditional")
        assert re.fullmatch(r"[0-9a-f]{64}", r["sha256"]) and r["outlet"].strip()
        assert re.fullmatch(r"202[56](-\d\d(-\d\d)?)?", r["date"])  # a page that gives no day: the month alone
        assert not any(host in r["url"].lower() for host in (*RESERVED_HOSTS, "cctv", "sohu", "ettoday"))
    # Taiwan and Hong Kong pages as their outlets write them; the mainland mostly in Simplified
    assert all(r["script"] == "traditional" for r in records if r["region"] in ("taiwan", "hongkong"))
    assert sum(r["script"] == "simplified" for r in records if r["region"] == "mainland") >= 4


def test_every_triple_is_simplified_person_title_holder_and_former_is_the_only_fourth_item():
    triples = [t for r in read_lines(POOL) for t in r["roles"]]
    assert len(triples) >= 200
    for r in read_lines(POOL):
        assert r["roles"], r["id"]
        assert len({tuple(t[:3]) for t in r["roles"]}) == len(r["roles"]), r["id"]  # no triple twice
        for t in r["roles"]:
            assert len(t) in (3, 4) and t[3:] in ([], ["former"]), (r["id"], t)
            for item in t[:3]:
                assert item and item == item.strip() and to_simplified(item) == item, (r["id"], t)
    # forms the pool was chosen for: careers (利用担任, 原, 前, 曾任), party legislators, boards, coaches, envoys
    assert sum(len(t) == 4 for t in triples) >= 50
    assert any(t[1] == "立委" for t in triples) and any(t[1] == "主教练" for t in triples)
    assert any(t[1] == "董事长" for t in triples) and any(t[1] == "院士" for t in triples)
    assert any(t[1] == "特命全权大使" for t in triples) and any(t[1] == "记者" for t in triples)


def test_no_pool_page_is_a_page_of_another_gold_file_or_an_earlier_locator():
    pool = [r["url"] for r in read_lines(POOL)]
    assert len({normal_url(u) for u in pool}) == len(pool)
    others = [r["url"] for path in GOLD.glob("*.jsonl") if path.name not in (POOL.name, SOURCES.name)
              for r in read_lines(path) if isinstance(r, dict) and "url" in r]
    earlier = [item["url"] for item in read_lines(SOURCES) if not item["id"].startswith("pool63r-")]
    assert others and earlier
    assert any(item["id"].startswith(EARLIER_POOLS) for item in read_lines(SOURCES))  # sessions 61's and 62's pools
    for url in pool:  # not even the same page under another url form (a view switch, a slug)
        assert not any(same_page(url, o) or same_page(o, url) for o in (*others, *earlier)), url


def test_the_locators_follow_the_earlier_ones_in_the_gold_order():
    gold = read_lines(POOL)
    ids = [item["id"] for item in read_lines(SOURCES)]
    mine = [i for i in ids if i.startswith("pool63r-")]
    assert mine == [r["id"] for r in gold]
    start = ids.index(mine[0])
    assert ids[start:start + len(gold)] == mine  # one run, appended after every earlier locator
    assert start > ids.index("pool62r-intl-04") and start > ids.index("blind60-hk-12")
    locators = {item["id"]: item for item in read_lines(SOURCES)}
    for r in gold:
        item = locators[r["id"]]
        assert same_page(item["url"], r["url"]) and item["query"].strip()
        Recipe(**item["recipe"])
