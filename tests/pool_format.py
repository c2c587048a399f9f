"""The format checks the pools' test files share (sessions 61's and 62's roles and counts pools, ``test_pool6*``).

A pool is a gold file of real articles annotated by reading, one half of its own (``pool61r``, ``pool62c`` …), its
texts outside the repository. What every pool holds alike is checked here: the records' fields, ids and regions
(:func:`check_records`), the roles' triples (:func:`check_triples`), the counts' spans (:func:`check_counts`), its
pages new to every other gold file (:func:`check_pages_new`), its locators (:func:`pool_locators`), and its texts
checked by sha256 when they are on the machine (:func:`sha_checked_texts`). What each pool was made for (how many
articles, which forms, which regions at least) stays in its own test file.

Import with ``from pool_format import ...`` (``tests/`` is on ``sys.path``, as for ``helpers``).
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.web_texts import TEXTS, Recipe, normal_url, same_page  # noqa: E402
from tests.test_blind57 import RESERVED_HOSTS, read_lines  # noqa: E402
from zhkg.stages.normalise import to_simplified  # noqa: E402

GOLD = ROOT / "tests" / "gold"
SOURCES = GOLD / "web_sources.jsonl"
#: An id's region letters and the region they stand for.
REGIONS = {"cn": "mainland", "tw": "taiwan", "hk": "hongkong", "intl": "international"}
#: A page's date: a month, or a day.
MONTH_OR_DAY = r"202[56]-\d\d(-\d\d)?"


def check_records(records: list[dict], half: str, fields: list[str] | set[str], *, date: str = MONTH_OR_DAY,
                  hosts: tuple[str, ...] = ("cctv",)) -> None:
    """Each record of pool ``half``: ``fields`` (a list: in that order, a set: in any), an id of the half naming its
    region, its script, sha256, outlet and ``date``, a page of no reserved host nor one of ``hosts``; ids unique;
    the Taiwan and Hong Kong articles in Traditional, as their own outlets write them."""
    assert len({r["id"] for r in records}) == len(records)
    for r in records:
        assert (list(r) if isinstance(fields, list) else set(r)) == fields
        match = re.fullmatch(rf"{half}-(cn|tw|hk|intl)-\d\d", r["id"])
        assert match and REGIONS[match.group(1)] == r["region"]
        assert r["half"] == half and r["script"] in ("simplified", "traditional")
        assert re.fullmatch(r"[0-9a-f]{64}", r["sha256"]) and r["outlet"].strip()
        assert re.fullmatch(date, r["date"])
        assert not any(host in r["url"].lower() for host in (*RESERVED_HOSTS, *hosts))
    assert all(r["script"] == "traditional" for r in records if r["region"] in ("taiwan", "hongkong"))


def check_triples(records: list[dict]) -> None:
    """Each record's roles: some, none twice, each (person, title, holder) in Simplified with ``former`` the only
    fourth item."""
    for r in records:
        assert r["roles"], r["id"]
        assert len({tuple(t[:3]) for t in r["roles"]}) == len(r["roles"]), r["id"]  # no triple twice
        for t in r["roles"]:
            assert len(t) in (3, 4) and t[3:] in ([], ["former"]), (r["id"], t)
            for item in t[:3]:
                assert item and item == item.strip() and to_simplified(item) == item, (r["id"], t)


#: A count's fields, as the counts dev sets write them.
COUNT_FIELDS = ["start", "end", "check", "value", "thing", "owner", "approximate"]


def check_counts(records: list[dict]) -> None:
    """Each record's counts: the dev sets' fields, a span its check fills, a positive whole value, a thing and maybe
    an owner in Simplified; the spans in order, none over another."""
    for r in records:
        spans = []
        for c in r["counts"]:
            assert list(c) == COUNT_FIELDS
            assert c["end"] - c["start"] == len(c["check"]) and c["check"] == c["check"].strip()
            assert isinstance(c["value"], int) and c["value"] > 0 and isinstance(c["approximate"], bool)
            assert c["thing"] and (c["owner"] is None or c["owner"])
            for name in (*c["thing"], *(c["owner"] or [])):
                assert name == name.strip() and to_simplified(name) == name, (r["id"], name)
            spans.append((c["start"], c["end"]))
        assert spans == sorted(spans) and all(b[0] >= a[1] for a, b in zip(spans, spans[1:])), r["id"]


def check_pages_new(pool: Path, half: str) -> None:
    """No page of ``pool`` twice, none a page of another gold file or of an earlier locator (by address)."""
    pages = {normal_url(r["url"]) for r in read_lines(pool)}
    assert len(pages) == len(read_lines(pool))
    others = {normal_url(r["url"]) for path in GOLD.glob("*.jsonl") if path.name not in (pool.name, SOURCES.name)
              for r in read_lines(path) if isinstance(r, dict) and "url" in r}
    earlier = {normal_url(item["url"]) for item in read_lines(SOURCES) if not item["id"].startswith(f"{half}-")}
    assert others and earlier and not pages & (others | earlier)


def pool_locators(gold: list[dict], half: str) -> list[str]:
    """The ids of ``web_sources.jsonl`` in its order, once each record of ``gold`` is checked to have its locator
    there: the same page, a query, a recipe ``bench/web_texts.py`` takes."""
    locators = read_lines(SOURCES)
    by_id = {item["id"]: item for item in locators}
    for r in gold:
        item = by_id[r["id"]]
        assert same_page(item["url"], r["url"]) and item["query"].strip()
        Recipe(**item["recipe"])
    return [item["id"] for item in locators]


def sha_checked_texts(pool: Path) -> list[tuple[dict, str]]:
    """Each record of ``pool`` with its text, its sha256 checked; the test is skipped when the texts folder or a text
    is not on this machine (CI)."""
    if not TEXTS.is_dir():
        pytest.skip(f"no texts folder {TEXTS} (the web set's texts are kept outside the repository)")
    found = []
    for r in read_lines(pool):
        path = TEXTS / f"{r['id']}.txt"
        if not path.is_file():
            pytest.skip(f"{path} absent")
        data = path.read_bytes()
        assert hashlib.sha256(data).hexdigest() == r["sha256"], r["id"]
        found.append((r, data.decode("utf-8")))
    return found
