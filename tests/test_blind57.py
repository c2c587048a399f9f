"""The blind set of session 57 (round blind270): Taiwan, Hong Kong and Macau news written in Traditional, annotated
before anything ran on it, scored only — never read (``tests/gold/entities_blind57.jsonl``, ``docs/entities.md``)."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import counts_web, entities_web, roles_web  # noqa: E402
from bench.web_bio import is_original_tune, is_training_tune  # noqa: E402
from bench.web_texts import GOLD_FILES as REBUILT  # noqa: E402
from bench.web_texts import Recipe, normal_url, same_page  # noqa: E402
from zhkg.cli.eval import BLIND_HALVES as EVAL_BLIND  # noqa: E402
from zhkg.errors import InputError  # noqa: E402
from zhkg.evaluate import ArticleTally  # noqa: E402
from zhkg.stages.normalise import to_simplified  # noqa: E402

GOLD = ROOT / "tests" / "gold"
BLIND = GOLD / "entities_blind57.jsonl"
PREFIXES = {"tw": "taiwan", "hk": "hongkong", "mo": "macau"}
RESERVED_HOSTS = ("appledaily", "nextapple", "ettoday", "sohu", "sogou")


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_blind_gold_holds_no_text_one_half_and_both_regions():
    records = read_lines(BLIND)
    assert len(records) >= 20
    assert sum(r["region"] == "taiwan" for r in records) >= 10
    assert sum(r["region"] == "hongkong" for r in records) >= 10
    for r in records:
        assert set(r) == {"id", "url", "outlet", "date", "region", "script", "half", "sha256", "entities"}
        assert re.fullmatch(r"(tw|hk|mo)-b\d\d", r["id"]) and PREFIXES[r["id"][:2]] == r["region"]
        assert r["half"] == "blind57" and r["script"] == "traditional" and len(r["sha256"]) == 64
        assert not any(host in r["url"].lower() for host in RESERVED_HOSTS)
        assert r["entities"] and len({e["name"] for e in r["entities"]}) == len(r["entities"])


def test_blind_names_are_written_in_simplified_as_the_scorer_reads_them():
    for r in read_lines(BLIND):
        for e in r["entities"]:
            assert e["type"] in ("PERSON", "ORGANIZATION", "PLACE")
            for name in (e["name"], *e.get("aliases", [])):
                assert name.strip() and to_simplified(name) == name, (r["id"], name)


def test_no_blind_page_is_a_page_of_the_web_set():
    web = {normal_url(r["url"]) for path in GOLD.glob("*_web*.jsonl") for r in read_lines(path) if "url" in r}
    assert web and not {normal_url(r["url"]) for r in read_lines(BLIND)} & web


def test_every_blind_article_carries_a_locator_its_texts_are_rebuilt_from():
    locators = {item["id"]: item for item in read_lines(GOLD / "web_sources.jsonl")}
    for r in read_lines(BLIND):
        item = locators[r["id"]]
        assert same_page(item["url"], r["url"]) and item["query"].strip()
        Recipe(**item["recipe"])
    assert BLIND in REBUILT  # bench/web_texts.py rebuilds them by default


@pytest.mark.parametrize("extra", [["--errors"], ["--causes"], ["--errors", "--half", "tune"],
                                   ["--causes", "--half", "blind57"], ["--errors", "--causes"]])
def test_entities_web_refuses_to_read_a_blind_half(extra, capsys):
    code = entities_web.main(["--gold", str(BLIND), *extra])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.startswith("Error: blind57 is a blind half") and captured.err.count("\n") == 1


def test_a_blind_file_among_others_is_refused_too(capsys):
    code = entities_web.main(["--gold", str(GOLD / "entities_web_twhk.jsonl"), str(BLIND), "--half", "tune", "--errors"])
    assert code == 2 and "blind57" in capsys.readouterr().err


@pytest.mark.parametrize("scorer", [roles_web, counts_web])
def test_the_role_and_count_scorers_refuse_it_as_well(scorer, capsys):
    assert scorer.main(["--gold", str(BLIND), "--causes"]) == 2
    assert "blind57 is a blind half" in capsys.readouterr().err


def test_the_blind_half_can_be_chosen_for_scoring(tmp_path, capsys):
    # no texts folder here: the arguments are taken and the run is skipped, as on CI
    assert entities_web.main(["--gold", str(BLIND), "--half", "blind57", "--texts", str(tmp_path / "none")]) == 0
    assert "skipped: no texts folder" in capsys.readouterr().err


def write_record(folder: Path, half: str, region: str = "macau") -> Path:
    text = "澳門特區政府昨日在禮賓府會見香港代表團。\n"
    (folder / "mo-b99.txt").write_text(text, encoding="utf-8")
    record = {"id": "mo-b99", "url": "https://example.org/a", "outlet": "", "date": "", "region": region,
              "script": "traditional", "half": half, "sha256": hashlib.sha256(text.encode()).hexdigest(),
              "entities": [{"type": "PLACE", "name": "礼宾府"}, {"type": "PLACE", "name": "香港"}]}
    gold = folder / "g.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold


def test_a_blind_record_loads_as_its_own_half_and_region(tmp_path):
    web = entities_web.load_web_gold([write_record(tmp_path, "blind57")], tmp_path)
    [article] = web.articles
    assert (article.half, article.region, article.script) == ("blind57", "macau", "traditional")
    tally = ArticleTally()
    tally.gold["PLACE"], tally.predicted["PLACE"], tally.correct["PLACE"] = 2, 1, 1
    shown = "\n".join(entities_web.report([article], [tally], ["tune", "blind57"]))
    assert "### half blind57: 1 articles, 2 entities" in shown and "| macau | traditional | 1 |" in shown
    assert "half tune" not in shown


def test_an_unknown_half_is_still_refused(tmp_path):
    with pytest.raises(InputError, match="half must be one of tune, check, pool61r, pool61c, pool62r, pool62c, blind57, blind58, blind60, pool63r, pool63c, not 'blind99'"):
        entities_web.load_web_gold([write_record(tmp_path, "blind99")], tmp_path)


def test_no_trainer_or_lister_takes_the_blind_half():
    record = {"id": "tw-b01", "half": "blind57"}
    assert not is_original_tune(record) and not is_training_tune(record, frozenset())
    assert "blind57" in EVAL_BLIND and "blind57" in entities_web.BLIND_HALVES
