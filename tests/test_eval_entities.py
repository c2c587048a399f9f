"""``zhkg eval FILE.jsonl``: whole articles scored per document as sets of typed entities."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import RESERVED_ROWS, thucnews_rows

from zhkg.cli import main
from zhkg.errors import InputError
from zhkg.evaluate import GoldArticle, GoldEntity, load_article_gold, score_articles
from zhkg.records import Label, Mention

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "gold" / "entities_dev.jsonl"

TEXT = "平谷区政协主席闫维洪在北京市平谷区检查工作。"


def _write(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _record(**change) -> dict:
    record = {"id": "a", "text": TEXT, "region": "mainland", "half": "tune",
              "entities": [{"type": "ORGANIZATION", "name": "平谷区政协"}, {"type": "PERSON", "name": "闫维洪"},
                           {"type": "PLACE", "name": "平谷区", "aliases": ["平谷"]}, {"type": "PLACE", "name": "北京市"}]}
    record.update(change)
    return record


def test_scores_sets_of_typed_names_per_document(tmp_path):
    articles = load_article_gold(_write(tmp_path, [_record()]))
    tally = score_articles(articles)[("mainland", "simplified", "tune")]
    assert dict(tally.gold) == {"PERSON": 1, "ORGANIZATION": 1, "PLACE": 2}
    assert tally.prf() == (1.0, 1.0, 1.0)


def test_mirror_scores_the_other_script(tmp_path):
    articles = load_article_gold(_write(tmp_path, [_record()]), mirror=True)
    assert [(a.id, a.script) for a in articles] == [("a", "simplified"), ("a~t", "traditional")]
    assert articles[1].text.startswith("平谷區政協")
    assert score_articles(articles)[("mainland", "traditional", "tune")].prf() == (1.0, 1.0, 1.0)


def _mention(start, text, label, canonical=""):
    return Mention("d", start, start + len(text), text, text, label, "x", canonical=canonical or text)


def test_a_second_node_for_one_entity_costs_precision():
    from zhkg.evaluate import _score_article

    article = GoldArticle("d", "首都规划建设委员会开会,首规委主任说。",
                          (GoldEntity("ORGANIZATION", ("首都规划建设委员会", "首规委")),))
    split = [_mention(0, "首都规划建设委员会", Label.ORGANIZATION), _mention(12, "首规委", Label.ORGANIZATION)]
    tally = _score_article(article, split)
    assert (tally.correct["ORGANIZATION"], tally.predicted["ORGANIZATION"]) == (1, 2)
    one = [split[0], _mention(12, "首规委", Label.ORGANIZATION, canonical="首都规划建设委员会")]
    assert _score_article(article, one).prf() == (1.0, 1.0, 1.0)


def test_wrong_type_is_a_miss_and_says_so():
    from zhkg.evaluate import _score_article

    article = GoldArticle("d", "特朗普说。", (GoldEntity("PERSON", ("特朗普",)),))
    tally = _score_article(article, [_mention(0, "特朗普", Label.PLACE)])
    assert tally.misses == ["d PERSON 特朗普 (typed PLACE)"] and tally.spurious == ["d PLACE 特朗普"]


@pytest.mark.parametrize("change, message", [
    ({"entities": [{"type": "PERSON", "name": "刘权有"}]}, "does not contain '刘权有'"),
    ({"entities": [{"type": "GADGET", "name": "闫维洪"}]}, "unknown entity type 'GADGET'"),
    ({"text": None, "source": "thucnews", "row": 0}, "pass --data DIR"),
    ({"text": None, "source": "sohu"}, "unknown source 'sohu'"),
])
def test_bad_gold_names_the_line(tmp_path, change, message):
    record = _record(**change)
    if record.get("text") is None:
        del record["text"]
    with pytest.raises(InputError, match=message) as info:
        load_article_gold(_write(tmp_path, [{"id": "ok", "text": "x", "entities": []}, record]))
    assert ":2:" in str(info.value)


def test_thucnews_rows_windows_and_conversion(tmp_path):
    data = tmp_path / "shared" / "data"
    (data / "corpus").mkdir(parents=True)
    (data / "corpus" / "thucnews_1000.tsv").write_text(f"时政\t无关\n时政\t标题{TEXT}\n", encoding="utf-8")
    record = _record(text=None, source="thucnews", row=1, window=[2, 2 + len(TEXT)], convert="s2hk")
    del record["text"]
    [article] = load_article_gold(_write(tmp_path, [record]), data)
    assert article.text == "平谷區政協主席閆維洪在北京市平谷區檢查工作。" and article.script == "traditional"


def test_cli_prints_regions_and_errors(tmp_path):
    path = _write(tmp_path, [_record(), _record(id="b", region="taiwan", half="held",
                                                 entities=[{"type": "PERSON", "name": "闫维洪"},
                                                           {"type": "ORGANIZATION", "name": "平谷区"}])])
    result = CliRunner().invoke(main, ["eval", str(path), "--half", "held", "--errors"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].endswith("1 articles, 2 entities")
    assert any(line.split()[:3] == ["taiwan", "simplified", "ORG"] and line.split()[5] == "0" for line in lines)
    assert "missed   b ORGANIZATION 平谷区 (typed PLACE)" in lines


def test_cli_bad_gold_is_one_line(tmp_path):
    path = _write(tmp_path, [{"id": "a", "text": "x", "entities": [{"type": "PERSON"}]}])
    result = CliRunner().invoke(main, ["eval", str(path)])
    assert result.exit_code == 1 and result.output.startswith("Error: ") and "malformed record" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_dev_set_is_referenced_not_copied():
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) == 69 and not any("text" in r for r in records)
    assert {r["region"] for r in records} == {"mainland", "hongkong", "taiwan", "international"}
    for region in ("mainland", "hongkong", "taiwan", "international"):
        halves = [r["half"] for r in records if r["region"] == region and r["half"] not in ("tune11", "tune13", "tune14", "tune15")]
        assert halves == ["tune", "held"] * (len(halves) // 2) + ["tune"] * (len(halves) % 2)


HELD2 = ROOT / "tests" / "gold" / "entities_held2.jsonl"


def test_the_blind_set_is_apart_from_every_other_gold_file():
    rows = thucnews_rows(HELD2)
    assert len(rows) == len(set(rows)) == 11
    assert {json.loads(line)["half"] for line in HELD2.read_text(encoding="utf-8").splitlines()} == {"held2"}
    assert not set(rows) & RESERVED_ROWS
    for other in sorted((ROOT / "tests" / "gold").glob("*.jsonl")):
        if other != HELD2:
            assert not set(rows) & set(thucnews_rows(other)), other.name


def test_errors_of_the_blind_half_are_scored_never_listed(tmp_path):
    missed = {"type": "PERSON", "name": "检查"}  # in the text, and no one's name: the extraction misses it
    gold = _write(tmp_path, [_record(id="seen", entities=[missed]), _record(id="blind", half="held2", entities=[missed])])
    runner = CliRunner()
    both = runner.invoke(main, ["eval", str(gold), "--errors", "--no-model"])
    assert both.exit_code == 0, both.output
    assert both.output.count("missed") == 1 and "blind halves held2 are scored, never listed" in both.output
    blind = runner.invoke(main, ["eval", str(gold), "--errors", "--no-model", "--half", "held2"])
    assert blind.exit_code == 0 and "missed" not in blind.output.replace("never listed", "")
    assert "PER" in blind.output  # still scored


def test_tune11_is_taiwan_and_abroad_apart_from_reserved_and_blind_rows():
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    tune11 = [r for r in records if r["half"] == "tune11"]
    rows = [r["row"] for r in tune11]
    assert 8 <= len(rows) == len(set(rows)) <= 10
    assert {r["region"] for r in tune11} == {"taiwan", "international"}
    assert all(r["convert"] == "s2tw" and r["script"] == "traditional" for r in tune11)
    assert not set(rows) & RESERVED_ROWS
    assert not set(rows) & set(thucnews_rows(HELD2))
    others = [r["row"] for r in records if r["half"] not in ("tune11", "tune13", "tune14", "tune15")]
    assert not set(rows) & set(others)
    for other in sorted((ROOT / "tests" / "gold").glob("*.jsonl")):
        if other != DEV:
            assert not set(rows) & set(thucnews_rows(other)), other.name
