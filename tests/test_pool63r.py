"""Session 63's roles pool (round pool63r315): real news articles of 2025–2026 annotated for roles by reading,
committed before zhkg or any tagger ran on their texts (``tests/gold/roles_pool63r.jsonl``, half ``pool63r``; texts
outside the repository, rebuilt by ``bench/web_texts.py`` from the locators in ``tests/gold/web_sources.jsonl``).
Scored only this session, totals (``bench/roles_web.py --half pool63r``): ``--errors`` and ``--causes`` refuse it.
No score is asserted here and no pool text is read."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import count_owner_causes, counts_web, entities_web, roles_web, web_texts  # noqa: E402
from bench.web_bio import is_original_tune, is_training_tune  # noqa: E402
from bench.web_texts import normal_url, same_page  # noqa: E402
from tests.pool_format import REGIONS, check_records, check_triples, pool_locators  # noqa: E402
from tests.test_blind57 import read_lines  # noqa: E402
from zhkg.cli import eval as eval_cli  # noqa: E402
from zhkg.errors import InputError  # noqa: E402

GOLD = ROOT / "tests" / "gold"
POOL = GOLD / "roles_pool63r.jsonl"
SOURCES = GOLD / "web_sources.jsonl"
FIELDS = {"id", "url", "outlet", "date", "region", "script", "half", "sha256", "roles"}
EARLIER_POOLS = ("pool61r-", "pool61c-", "pool62r-", "pool62c-")
REFUSED = "Error: pool63r is a pool, scored only this session"


def test_the_pool_holds_no_text_one_half_and_every_region():
    records = read_lines(POOL)
    assert len(records) >= 24
    for prefix, region in REGIONS.items():
        assert sum(r["region"] == region for r in records) >= {"cn": 8, "intl": 4}.get(prefix, 6)
    # ids, fields, scripts (Taiwan and Hong Kong in Traditional); a page that gives no day: the month alone
    check_records(records, "pool63r", FIELDS, date=r"202[56](-\d\d(-\d\d)?)?", hosts=("cctv", "sohu", "ettoday"))
    # the mainland mostly in Simplified
    assert sum(r["script"] == "simplified" for r in records if r["region"] == "mainland") >= 4


def test_every_triple_is_simplified_person_title_holder_and_former_is_the_only_fourth_item():
    triples = [t for r in read_lines(POOL) for t in r["roles"]]
    assert len(triples) >= 200
    check_triples(read_lines(POOL))
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
    ids = pool_locators(gold, "pool63r")  # each record's locator: the same page, a query, a recipe
    mine = [i for i in ids if i.startswith("pool63r-")]
    assert mine == [r["id"] for r in gold]
    start = ids.index(mine[0])
    assert ids[start:start + len(gold)] == mine  # one run, appended after every earlier locator
    assert start > ids.index("pool62r-intl-04") and start > ids.index("blind60-hk-12")
    assert POOL in web_texts.GOLD_FILES  # bench/web_texts.py rebuilds it by default


def test_one_list_names_the_pool_and_zhkg_eval_keeps_it_unseen():
    assert entities_web.POOL_HALVES is eval_cli.WEB_POOL_HALVES and "pool63r" in eval_cli.WEB_POOL_HALVES
    assert set(eval_cli.WEB_POOL_HALVES) <= set(eval_cli.BLIND_HALVES)
    assert "pool63r" in entities_web.SCORED_ONLY and "pool63r" not in entities_web.LISTED
    assert "pool63r" not in eval_cli.OPEN_POOL_HALVES
    assert roles_web.POOLS["pool63r"] == POOL
    assert not set(eval_cli.WEB_POOL_HALVES) & set(entities_web.HALVES)  # never a tune or check half


def write_pool(folder: Path, half: str = "pool63r") -> Path:
    """A one-article roles gold of ``half`` with its text in ``folder`` (written for the test, not a pool text)."""
    text = "新竹縣政府今天宣布，原民政處副處長林小華升任處長。\n"
    (folder / "pool63r-tw-99.txt").write_text(text, encoding="utf-8")
    record = {"id": "pool63r-tw-99", "url": "https://example.org/c", "outlet": "", "date": "2026", "region": "taiwan",
              "script": "traditional", "half": half, "sha256": hashlib.sha256(text.encode()).hexdigest(),
              "roles": [["林小华", "处长", "民政处"], ["林小华", "副处长", "民政处", "former"]]}
    gold = folder / "g.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold


@pytest.mark.parametrize("extra", [["--errors"], ["--causes"], ["--errors", "--half", "tune"],
                                   ["--causes", "--half", "pool63r"], ["--errors", "--causes"]])
def test_roles_web_refuses_to_list_the_pool_in_one_line(extra, capsys):
    code = roles_web.main(["--gold", str(POOL), *extra])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.startswith(REFUSED) and captured.err.count("\n") == 1


def test_the_pool_half_alone_picks_its_own_file_and_is_refused_there_too(capsys):
    assert roles_web.main(["--half", "pool63r", "--errors"]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith(REFUSED) and captured.err.count("\n") == 1


def test_a_written_pool_file_is_refused_as_well(tmp_path, capsys):
    # any file holding the half, not only the committed one
    assert roles_web.main(["--gold", str(write_pool(tmp_path)), "--texts", str(tmp_path), "--errors"]) == 2
    assert capsys.readouterr().err.startswith(REFUSED)


@pytest.mark.parametrize("scorer", [entities_web, counts_web, count_owner_causes])
def test_the_other_web_scorers_refuse_a_file_holding_it(scorer, capsys):
    assert scorer.main(["--gold", str(POOL), "--causes"]) == 2
    assert "pool63r is a pool" in capsys.readouterr().err


def test_a_pool_beside_a_blind_set_is_named_with_it(capsys):
    assert entities_web.main(["--gold", str(GOLD / "entities_blind60.jsonl"), str(POOL), "--causes"]) == 2
    assert capsys.readouterr().err.startswith("Error: blind60, pool63r is a blind half")


@pytest.mark.parametrize("half", ["pool61r", "pool62r"])
def test_the_opened_pools_still_list_their_errors_beside_it(half, capsys):
    # scoring pool63r only does not close the opened pools: --errors over their files passes the argument check
    assert roles_web.main(["--half", half, "--errors", "--texts", "/nonexistent-texts"]) == 0
    assert "skipped: no texts folder" in capsys.readouterr().err


def test_the_pool_half_is_chosen_for_scoring_without_texts(tmp_path, capsys):
    # no texts folder here: the arguments are taken and the run is skipped, as on CI
    assert roles_web.main(["--half", "pool63r", "--texts", str(tmp_path / "none")]) == 0
    assert "skipped: no texts folder" in capsys.readouterr().err


def test_all_over_the_default_gold_leaves_the_pool_out():
    records = read_lines(GOLD / "roles_web.jsonl")
    assert records and not any(r["half"] == "pool63r" or r["id"].startswith("pool63r-") for r in records)


def test_a_pool_record_loads_as_its_own_half(tmp_path):
    items, problems = roles_web.web_items(write_pool(tmp_path), tmp_path, mirror=False)
    assert not problems and [(i.row["half"], i.source) for i in items] == [("pool63r", "taiwan, Traditional")]
    items, _ = roles_web.web_items(write_pool(tmp_path), tmp_path)  # and in the other script, as every web article
    assert [i.source for i in items] == ["taiwan, Traditional", "taiwan, Simplified (mirror)"]


def test_an_unknown_half_names_the_pool_among_those_taken(tmp_path):
    with pytest.raises(InputError, match=r"half must be one of tune, check, .*pool63r.*, not 'pool64r'"):
        roles_web.web_items(write_pool(tmp_path, "pool64r"), tmp_path)


def test_no_trainer_or_lister_takes_the_pool():
    record = {"id": "pool63r-tw-01", "half": "pool63r"}
    assert not is_original_tune(record) and not is_training_tune(record, frozenset())
