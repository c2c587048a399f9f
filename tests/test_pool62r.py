"""Session 62's roles pool (round pool62r312): real news articles of 2025–2026 annotated for roles by reading,
committed before zhkg or any tagger ran on their texts (``tests/gold/roles_pool62r.jsonl``, half ``pool62r``; texts
outside the repository, rebuilt by ``bench/web_texts.py`` from the locators in ``tests/gold/web_sources.jsonl``).
Session 62 scored it only, totals (``bench/roles_web.py --half pool62r``: ``--errors`` and ``--causes`` refused it);
session 63 opened it for error lists like the tune half's. No score is asserted here and no pool text is read: the
listing tests run on a tiny pool record written for the test."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import entities_web, roles_web, web_texts  # noqa: E402
from bench.web_bio import is_original_tune, is_training_tune  # noqa: E402
from bench.web_texts import normal_url, same_page  # noqa: E402
from tests.pool_format import REGIONS, check_records, check_triples, pool_locators  # noqa: E402
from tests.test_blind57 import read_lines  # noqa: E402
from zhkg.cli import eval as eval_cli  # noqa: E402
from zhkg.errors import InputError  # noqa: E402

GOLD = ROOT / "tests" / "gold"
POOL = GOLD / "roles_pool62r.jsonl"
SOURCES = GOLD / "web_sources.jsonl"
FIELDS = {"id", "url", "outlet", "date", "region", "script", "half", "sha256", "roles"}
NO_TEXTS = "/nonexistent-texts"  # every run over the committed pool file stops before a text is read


def test_the_pool_holds_no_text_one_half_and_every_region():
    records = read_lines(POOL)
    assert len(records) >= 24
    for prefix, region in REGIONS.items():
        assert sum(r["region"] == region for r in records) >= {"cn": 8, "intl": 4}.get(prefix, 6)
    # a page that gives no month: the year alone
    check_records(records, "pool62r", FIELDS, date=r"202[56](-\d\d(-\d\d)?)?", hosts=("cctv", "sohu"))
    assert sum(r["script"] == "simplified" for r in records if r["region"] == "mainland") >= 4  # the mainland mostly


def test_every_triple_is_simplified_person_title_holder_and_former_is_the_only_fourth_item():
    triples = [t for r in read_lines(POOL) for t in r["roles"]]
    assert len(triples) >= 200
    check_triples(read_lines(POOL))
    # forms the pool was chosen for: careers (曾任, 历任, 原, 前), party legislators, company boards, coaches
    assert sum(len(t) == 4 for t in triples) >= 80
    assert any(t[1] == "立委" for t in triples) and any(t[1] == "主教练" for t in triples)
    assert any(t[1] == "董事长" for t in triples) and any(t[1] == "独董" for t in triples)


def test_no_pool_page_is_a_page_of_another_gold_file_or_an_earlier_locator():
    pool = [r["url"] for r in read_lines(POOL)]
    assert len({normal_url(u) for u in pool}) == len(pool)
    others = [r["url"] for path in GOLD.glob("*.jsonl") if path.name not in (POOL.name, SOURCES.name)
              for r in read_lines(path) if isinstance(r, dict) and "url" in r]
    earlier = [item["url"] for item in read_lines(SOURCES) if not item["id"].startswith("pool62r-")]
    assert others and earlier
    for url in pool:  # not even the same page under another url form (a view switch, a slug)
        assert not any(same_page(url, o) or same_page(o, url) for o in (*others, *earlier)), url


def test_the_locators_follow_the_earlier_ones_in_the_gold_order():
    gold = read_lines(POOL)
    ids = pool_locators(gold, "pool62r")
    mine = [i for i in ids if i.startswith("pool62r-")]
    assert mine == [r["id"] for r in gold]
    start = ids.index(mine[0])
    assert ids[start:start + len(gold)] == mine  # one run, appended after every earlier locator
    assert start > ids.index("pool61r-intl-04") and start > ids.index("blind60-hk-12")
    assert POOL in web_texts.GOLD_FILES  # bench/web_texts.py rebuilds it by default


def test_the_pool_is_opened_through_one_list_and_zhkg_eval_no_longer_hides_it():
    assert entities_web.OPEN_POOLS is eval_cli.OPEN_POOL_HALVES and "pool62r" in eval_cli.OPEN_POOL_HALVES
    assert "pool62r" not in eval_cli.WEB_POOL_HALVES and "pool62r" not in eval_cli.BLIND_HALVES
    assert "pool62r" not in entities_web.SCORED_ONLY and "pool62r" in entities_web.LISTED
    assert roles_web.POOLS["pool62r"] == POOL
    assert not set(eval_cli.OPEN_POOL_HALVES) & set(entities_web.HALVES)  # never a tune or check half


def write_pool(folder: Path, half: str = "pool62r") -> Path:
    """A one-article roles gold of ``half`` with its text in ``folder`` (written for the test, not a pool text)."""
    text = "桃園市政府今天宣布，原工務局副局長陳小明升任局長。\n"
    (folder / "pool62r-tw-99.txt").write_text(text, encoding="utf-8")
    record = {"id": "pool62r-tw-99", "url": "https://example.org/b", "outlet": "", "date": "2026", "region": "taiwan",
              "script": "traditional", "half": half, "sha256": hashlib.sha256(text.encode()).hexdigest(),
              "roles": [["陈小明", "局长", "工务局"], ["陈小明", "副局长", "工务局", "former"]]}
    gold = folder / "g.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold


def _with_a_miss(folder: Path) -> Path:
    """:func:`write_pool`'s gold with a triple its sentence does not hold: a miss whatever the pipeline predicts."""
    gold = write_pool(folder)
    record = json.loads(gold.read_text(encoding="utf-8"))
    record["roles"].append(["陈小明", "董事长", "桃园捷运公司"])
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold


def test_the_opened_pool_lists_its_misses(tmp_path, capsys):
    gold = _with_a_miss(tmp_path)
    assert roles_web.main(["--gold", str(gold), "--texts", str(tmp_path), "--half", "pool62r", "--errors"]) == 0
    out = capsys.readouterr().out
    assert "## pool62r-tw-99 pool62r taiwan, Traditional" in out and "MISSED ('陈小明', '董事长', '桃园捷运公司')" in out


def test_the_opened_pool_lists_its_misses_with_their_classes(tmp_path, capsys):
    gold = _with_a_miss(tmp_path)
    assert roles_web.main(["--gold", str(gold), "--texts", str(tmp_path), "--half", "pool62r", "--causes",
                           "--errors"]) == 0
    out = capsys.readouterr().out
    assert "## pool62r-tw-99 taiwan, Traditional" in out
    assert "   MISSED ('陈小明', '董事长', '桃园捷运公司') [" in out


def test_the_pool_half_alone_picks_its_own_file_and_is_taken_for_errors(capsys):
    # the committed file passes the argument check now; no texts folder, so nothing of it is read or printed
    assert roles_web.main(["--half", "pool62r", "--errors", "--causes", "--texts", NO_TEXTS]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "skipped: no texts folder" in captured.err


def test_errors_still_refuse_the_check_half_in_one_line_naming_both_sessions_pools(capsys):
    assert roles_web.main(["--half", "check", "--errors"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert captured.err.startswith("Error: --errors lists the tune half and the opened pools only "
                                   "(--half tune|pool61r|pool61c|pool62r|pool62c); the check half is scored, never read")


def test_a_pool_of_this_session_is_still_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(entities_web, "POOL_HALVES", ("pool99r",))
    monkeypatch.setattr(entities_web, "SCORED_ONLY", (*entities_web.BLIND_HALVES, "pool99r"))
    gold = write_pool(tmp_path, "pool99r")
    for option in ("--errors", "--causes"):
        assert roles_web.main(["--gold", str(gold), "--texts", str(tmp_path), option]) == 2
        captured = capsys.readouterr()
        assert captured.out == "" and captured.err.count("\n") == 1
        assert captured.err.startswith("Error: pool99r is a pool, scored only this session")


def test_a_blind_set_beside_the_opened_pool_is_refused_and_named_alone(capsys):
    assert entities_web.main(["--gold", str(GOLD / "entities_blind60.jsonl"), str(POOL), "--causes",
                              "--texts", NO_TEXTS]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("Error: blind60 is a blind half")


def test_the_pool_half_is_chosen_for_scoring_without_texts(tmp_path, capsys):
    # no texts folder here: the arguments are taken and the run is skipped, as on CI
    assert roles_web.main(["--half", "pool62r", "--texts", str(tmp_path / "none")]) == 0
    assert "skipped: no texts folder" in capsys.readouterr().err


def test_all_over_the_default_gold_leaves_the_pool_out():
    records = read_lines(GOLD / "roles_web.jsonl")
    assert records and not any(r["half"] == "pool62r" or r["id"].startswith("pool62r-") for r in records)


def test_a_pool_record_loads_as_its_own_half(tmp_path):
    items, problems = roles_web.web_items(write_pool(tmp_path), tmp_path, mirror=False)
    assert not problems and [(i.row["half"], i.source) for i in items] == [("pool62r", "taiwan, Traditional")]
    items, _ = roles_web.web_items(write_pool(tmp_path), tmp_path)  # and in the other script, as every web article
    assert [i.source for i in items] == ["taiwan, Traditional", "taiwan, Simplified (mirror)"]


def test_an_unknown_half_names_the_pool_among_those_taken(tmp_path):
    with pytest.raises(InputError, match="half must be one of tune, check, pool61r, pool61c, pool62r, pool62c, blind57, "
                                         "blind58, blind60, pool63r, pool63c, not 'pool64r'"):
        roles_web.web_items(write_pool(tmp_path, "pool64r"), tmp_path)


def test_no_trainer_or_lister_takes_the_pool():
    record = {"id": "pool62r-tw-01", "half": "pool62r"}
    assert not is_original_tune(record) and not is_training_tune(record, frozenset())
