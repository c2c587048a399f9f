"""The blind set of session 58 (round blind277): Taiwan and Hong Kong news written in Traditional, annotated before
anything ran on it, scored only — never read (``tests/gold/entities_blind58.jsonl``, ``docs/entities.md``). Also the
round's mends: one list of the web blind halves, the gold files read once for the argument check and the loader, and
``bench/web_texts.py`` appending a gold file's locators without dropping the others'."""

from __future__ import annotations

import argparse
import json
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
from tests.test_webtexts128 import BODY, EXCERPT, URL, sha  # noqa: E402
from zhkg.cli import eval as eval_cli  # noqa: E402
from zhkg.errors import InputError  # noqa: E402
from zhkg.evaluate import ArticleTally  # noqa: E402
from zhkg.stages.normalise import to_simplified  # noqa: E402

GOLD = ROOT / "tests" / "gold"
BLIND = GOLD / "entities_blind58.jsonl"
REGIONS = {"tw": "taiwan", "hk": "hongkong", "mo": "macau"}


def test_the_blind_gold_holds_no_text_one_half_and_both_regions():
    records = read_lines(BLIND)
    assert len(records) >= 22
    assert sum(r["region"] == "taiwan" for r in records) >= 11
    assert sum(r["region"] == "hongkong" for r in records) >= 10
    for r in records:
        assert set(r) == {"id", "url", "outlet", "date", "region", "script", "half", "sha256", "entities"}
        match = re.fullmatch(r"blind58-(tw|hk|mo)-\d\d", r["id"])
        assert match and REGIONS[match.group(1)] == r["region"]
        assert r["half"] == "blind58" and r["script"] == "traditional" and re.fullmatch(r"[0-9a-f]{64}", r["sha256"])
        assert r["date"][:4] in ("2025", "2026")
        assert not any(host in r["url"].lower() for host in RESERVED_HOSTS)
        assert r["entities"] and len({e["name"] for e in r["entities"]}) == len(r["entities"])
    assert len({r["id"] for r in records}) == len(records)


def test_blind_names_are_written_in_simplified_as_the_scorer_reads_them():
    types = set()
    for r in read_lines(BLIND):
        for e in r["entities"]:
            types.add(e["type"])
            for name in (e["name"], *e.get("aliases", [])):
                assert name.strip() and to_simplified(name) == name, (r["id"], name)
    assert types == {"PERSON", "ORGANIZATION", "PLACE"}


def test_no_blind_page_is_a_page_of_another_gold_file_or_an_earlier_locator():
    blind = {normal_url(r["url"]) for r in read_lines(BLIND)}
    assert len(blind) == len(read_lines(BLIND))
    others = {normal_url(r["url"]) for path in GOLD.glob("*.jsonl") if path.name not in (BLIND.name, "web_sources.jsonl")
              for r in read_lines(path) if isinstance(r, dict) and "url" in r}
    earlier = {normal_url(item["url"]) for item in read_lines(GOLD / "web_sources.jsonl")
               if not item["id"].startswith("blind58-")}
    assert others and earlier and not blind & (others | earlier)


def test_every_blind_article_carries_a_locator_its_text_is_rebuilt_from():
    locators = {item["id"]: item for item in read_lines(GOLD / "web_sources.jsonl")}
    for r in read_lines(BLIND):
        item = locators[r["id"]]
        assert same_page(item["url"], r["url"]) and item["query"].strip()
        Recipe(**item["recipe"])
    assert BLIND in web_texts.GOLD_FILES  # bench/web_texts.py rebuilds them by default


def test_one_list_names_the_web_blind_halves():
    assert entities_web.BLIND_HALVES is eval_cli.WEB_BLIND_HALVES
    assert {"blind57", "blind58"} <= set(eval_cli.WEB_BLIND_HALVES) <= set(eval_cli.BLIND_HALVES)
    assert not {"tune", "check"} & set(eval_cli.BLIND_HALVES)


@pytest.mark.parametrize("extra", [["--errors"], ["--causes"], ["--errors", "--half", "tune"],
                                   ["--causes", "--half", "blind58"]])
def test_entities_web_refuses_to_read_the_blind_half(extra, capsys):
    code = entities_web.main(["--gold", str(BLIND), *extra])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.startswith("Error: blind58 is a blind half") and captured.err.count("\n") == 1


def test_both_blind_sets_together_are_named_in_file_order(capsys):
    code = entities_web.main(["--gold", str(GOLD / "entities_blind57.jsonl"), str(BLIND), "--errors"])
    assert code == 2 and capsys.readouterr().err.startswith("Error: blind57, blind58 is a blind half")


@pytest.mark.parametrize("scorer", [roles_web, counts_web, count_owner_causes])
def test_the_role_and_count_scorers_refuse_it_as_well(scorer, capsys):
    assert scorer.main(["--gold", str(BLIND), "--causes"]) == 2
    assert "blind58 is a blind half" in capsys.readouterr().err


def test_the_blind_half_can_be_chosen_for_scoring(tmp_path, capsys):
    # no texts folder here: the arguments are taken and the run is skipped, as on CI
    assert entities_web.main(["--gold", str(BLIND), "--half", "blind58", "--texts", str(tmp_path / "none")]) == 0
    assert "skipped: no texts folder" in capsys.readouterr().err


def test_a_blind58_record_loads_as_its_own_half_and_region(tmp_path):
    web = entities_web.load_web_gold([write_record(tmp_path, "blind58", region="hongkong")], tmp_path)
    [article] = web.articles
    assert (article.half, article.region, article.script) == ("blind58", "hongkong", "traditional")
    tally = ArticleTally()
    tally.gold["PLACE"], tally.predicted["PLACE"], tally.correct["PLACE"] = 2, 2, 1
    shown = "\n".join(entities_web.report([article], [tally], ["blind57", "blind58"]))
    assert "### half blind58: 1 articles, 2 entities" in shown and "| hongkong | traditional | 1 |" in shown
    assert "half blind57" not in shown


def test_an_unknown_half_is_still_refused(tmp_path):
    with pytest.raises(InputError, match="half must be one of tune, check, pool61r, pool61c, pool62r, pool62c, blind57, blind58, blind60, pool63r, pool63c, not 'blind59'"):
        entities_web.load_web_gold([write_record(tmp_path, "blind59")], tmp_path)


def test_no_trainer_or_lister_takes_the_blind_half():
    record = {"id": "blind58-tw-01", "half": "blind58"}
    assert not is_original_tune(record) and not is_training_tune(record, frozenset())


def counting_reads(monkeypatch) -> list[Path]:
    calls: list[Path] = []
    original = entities_web.read_gold_lines

    def counted(path):
        calls.append(Path(path))
        return original(path)

    monkeypatch.setattr(entities_web, "read_gold_lines", counted)
    return calls


def test_the_refusal_reads_each_gold_file_once(monkeypatch, capsys):
    calls = counting_reads(monkeypatch)
    assert entities_web.main(["--gold", str(GOLD / "entities_blind57.jsonl"), str(BLIND), "--causes"]) == 2
    assert calls == [GOLD / "entities_blind57.jsonl", BLIND]
    capsys.readouterr()


def test_the_check_and_the_loader_share_one_read(tmp_path, monkeypatch):
    gold = write_record(tmp_path, "tune")
    calls = counting_reads(monkeypatch)
    read = entities_web.gold_files([gold])
    args = argparse.Namespace(errors=True, causes=False, half="tune", texts=tmp_path)
    assert entities_web.web_arguments_refused(args, read) is None
    web = entities_web.load_web_gold(read, tmp_path)
    assert [a.id for a in web.articles] == ["mo-b99"] and calls == [gold]
    none = tmp_path / "none.jsonl"
    read = entities_web.gold_files([none])
    assert entities_web.blind_halves(read) == [] and calls == [gold, none]  # passed over by the check
    with pytest.raises(InputError, match="no such file"):  # named by the loader, not read again
        entities_web.load_web_gold(read, tmp_path)
    assert calls == [gold, none]


def test_a_run_on_one_gold_file_appends_its_locator_and_keeps_the_others(tmp_path, capsys):
    text = f"{BODY}\n{BODY}"
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "x-01", "url": URL, "sha256": sha(text)}) + "\n", encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "x-01.json").write_text(json.dumps({"query": "某市", "results": [{"url": URL, "excerpt": EXCERPT}]},
                                              ensure_ascii=False), encoding="utf-8")
    sources = tmp_path / "s.jsonl"
    earlier = [{"id": "z-09", "url": "https://b.example.org/2", "query": "q", "recipe": {}},
               {"id": "a-01", "url": "https://a.example.org/1", "query": "q", "recipe": {}}]
    sources.write_text("".join(json.dumps(item) + "\n" for item in earlier), encoding="utf-8")
    args = ["--raw", str(raw), "--out", str(tmp_path / "texts"), "--gold", str(gold), "--sources", str(sources)]
    assert web_texts.main(args) == 0 and "x-01: found" in capsys.readouterr().out
    after = read_lines(sources)
    assert [item["id"] for item in after] == ["z-09", "a-01", "x-01"] and after[:2] == earlier
    assert web_texts.main(args) == 0  # found again: its locator is replaced in place, nothing else moves
    assert read_lines(sources) == after
