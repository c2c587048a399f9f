"""The blind set of session 60 (round blind293): Taiwan and Hong Kong news written in Traditional by their own outlets,
annotated before anything ran on it, scored only — never read (``tests/gold/entities_blind60.jsonl``,
``docs/entities.md``). It is the judge of the lead's routing rule (call 2, ``docs/changes-session60.md``)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import count_owner_causes, counts_web, entities_web, roles_web, web_texts  # noqa: E402
from bench.web_bio import is_original_tune, is_training_tune  # noqa: E402
from bench.web_texts import Recipe, normal_url, same_page  # noqa: E402
from tests.test_blind57 import RESERVED_HOSTS, read_lines, write_record  # noqa: E402
from zhkg.cli import eval as eval_cli  # noqa: E402
from zhkg.errors import InputError  # noqa: E402
from zhkg.evaluate import ArticleTally  # noqa: E402
from zhkg.stages.normalise import to_simplified  # noqa: E402

GOLD = ROOT / "tests" / "gold"
BLIND = GOLD / "entities_blind60.jsonl"
SOURCES = GOLD / "web_sources.jsonl"
REGIONS = {"tw": "taiwan", "hk": "hongkong"}
FIELDS = {"id", "url", "outlet", "date", "region", "script", "half", "sha256", "entities"}


def test_the_blind_gold_holds_no_text_one_half_and_both_regions_evenly():
    records = read_lines(BLIND)
    assert len(records) >= 24 and len({r["id"] for r in records}) == len(records)
    for region in REGIONS.values():
        assert sum(r["region"] == region for r in records) >= 11
    for r in records:
        assert set(r) == FIELDS
        match = re.fullmatch(r"blind60-(tw|hk)-\d\d", r["id"])
        assert match and REGIONS[match.group(1)] == r["region"]
        assert r["half"] == "blind60" and r["script"] == "traditional" and re.fullmatch(r"[0-9a-f]{64}", r["sha256"])
        assert re.fullmatch(r"202[56]-\d\d-\d\d", r["date"]) and r["outlet"].strip()
        assert not any(host in r["url"].lower() for host in (*RESERVED_HOSTS, "cctv"))
        assert r["entities"]
        assert len({(e["type"], e["name"]) for e in r["entities"]}) == len(r["entities"])


def test_every_name_and_alias_is_simplified_and_every_type_is_used():
    types = set()
    for r in read_lines(BLIND):
        for e in r["entities"]:
            types.add(e["type"])
            assert set(e) <= {"type", "name", "aliases"} and e.get("aliases", ["x"])
            for name in (e["name"], *e.get("aliases", [])):
                assert name == name.strip() and to_simplified(name) == name, (r["id"], name)
    assert types == {"PERSON", "ORGANIZATION", "PLACE"}


def test_no_blind_page_is_a_page_of_another_gold_file_or_an_earlier_locator():
    blind = {normal_url(r["url"]) for r in read_lines(BLIND)}
    assert len(blind) == len(read_lines(BLIND))
    others = {normal_url(r["url"]) for path in GOLD.glob("*.jsonl") if path.name not in (BLIND.name, SOURCES.name)
              for r in read_lines(path) if isinstance(r, dict) and "url" in r}
    earlier = {normal_url(item["url"]) for item in read_lines(SOURCES) if not item["id"].startswith("blind60-")}
    assert others and earlier and not blind & (others | earlier)


def test_the_locators_were_appended_after_every_earlier_one_in_the_gold_order():
    # session 61's pools (pool61r-*, pool61c-*) were appended after them
    ids = [item["id"] for item in read_lines(SOURCES) if not item["id"].startswith("pool61")]
    gold = read_lines(BLIND)
    start = ids.index(gold[0]["id"])  # one run in gold order, after every earlier locator; later sets' follow it
    assert ids[start:start + len(gold)] == [r["id"] for r in gold]
    assert not any(i.startswith(("blind60-", "pool61")) for i in ids[:start])
    locators = {item["id"]: item for item in read_lines(SOURCES)}
    for r in gold:
        item = locators[r["id"]]
        assert same_page(item["url"], r["url"]) and item["query"].strip()
        Recipe(**item["recipe"])
    assert BLIND in web_texts.GOLD_FILES  # bench/web_texts.py rebuilds it by default


def test_one_list_names_the_web_blind_halves_and_zhkg_eval_keeps_them_unseen():
    assert entities_web.BLIND_HALVES is eval_cli.WEB_BLIND_HALVES
    assert eval_cli.WEB_BLIND_HALVES == ("blind57", "blind58", "blind60")
    assert set(eval_cli.WEB_BLIND_HALVES) <= set(eval_cli.BLIND_HALVES)


@pytest.mark.parametrize("extra", [["--errors"], ["--causes"], ["--errors", "--half", "blind60"],
                                   ["--causes", "--half", "tune"]])
def test_entities_web_refuses_to_read_the_blind_half(extra, capsys):
    code = entities_web.main(["--gold", str(BLIND), *extra])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.startswith("Error: blind60 is a blind half") and captured.err.count("\n") == 1


def test_the_three_blind_sets_together_are_named_in_file_order(capsys):
    files = [GOLD / "entities_blind57.jsonl", GOLD / "entities_blind58.jsonl", BLIND]
    assert entities_web.main(["--gold", *map(str, files), "--causes"]) == 2
    assert capsys.readouterr().err.startswith("Error: blind57, blind58, blind60 is a blind half")


@pytest.mark.parametrize("scorer", [roles_web, counts_web, count_owner_causes])
def test_the_role_and_count_scorers_refuse_it_as_well(scorer, capsys):
    assert scorer.main(["--gold", str(BLIND), "--errors"]) == 2
    assert "blind60 is a blind half" in capsys.readouterr().err


def test_the_blind_half_can_be_chosen_for_scoring(tmp_path, capsys):
    # no texts folder here: the arguments are taken and the run is skipped, as on CI
    assert entities_web.main(["--gold", str(BLIND), "--half", "blind60", "--texts", str(tmp_path / "none")]) == 0
    assert "skipped: no texts folder" in capsys.readouterr().err


def test_a_blind60_record_loads_as_its_own_half_and_region(tmp_path):
    web = entities_web.load_web_gold([write_record(tmp_path, "blind60", region="taiwan")], tmp_path)
    [article] = web.articles
    assert (article.half, article.region, article.script) == ("blind60", "taiwan", "traditional")
    tally = ArticleTally()
    tally.gold["ORGANIZATION"], tally.predicted["ORGANIZATION"], tally.correct["ORGANIZATION"] = 3, 2, 2
    shown = "\n".join(entities_web.report([article], [tally], ["blind58", "blind60"]))
    # the heading counts the article's gold entities (2), the table the tally given
    assert "### half blind60: 1 articles, 2 entities" in shown and "| taiwan | traditional | 1 |" in shown
    assert "| all | 3 | 2 | 2 | 1.000 | 0.667 | 0.800 |" in shown
    assert "half blind58" not in shown


def test_an_unknown_half_names_blind60_among_those_taken(tmp_path):
    with pytest.raises(InputError, match="half must be one of tune, check, pool61r, pool61c, pool62r, pool62c, blind57, blind58, blind60, pool63r, pool63c, not 'blind61'"):
        entities_web.load_web_gold([write_record(tmp_path, "blind61")], tmp_path)


def test_no_trainer_or_lister_takes_the_blind_half():
    record = {"id": "blind60-hk-01", "half": "blind60"}
    assert not is_original_tune(record) and not is_training_tune(record, frozenset())
