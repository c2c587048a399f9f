"""Round web113: the web dev set's scorer (``bench/entities_web.py``) on tiny texts written by the test, and the
committed Taiwan and Hong Kong gold's form (no text in it; halves alternate by id within each region)."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import entities_web  # noqa: E402
from zhkg.errors import InputError  # noqa: E402

TEXT = "台北市長蔣萬安昨日在台北市政府會見中華隊。"


def write_set(tmp_path: Path, text: str = TEXT, **changes) -> tuple[Path, Path]:
    """A gold file of one article and its texts folder; ``changes`` overwrite the record's fields."""
    texts = tmp_path / "texts"
    texts.mkdir(exist_ok=True)
    (texts / "tw-01.txt").write_text(text, encoding="utf-8")
    record = {"id": "tw-01", "url": "https://example.org/1", "outlet": "例報", "date": "2026-01-01",
              "region": "taiwan", "script": "traditional", "half": "tune",
              "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
              "entities": [{"type": "PERSON", "name": "蒋万安"}, {"type": "ORGANIZATION", "name": "台北市政府"},
                           {"type": "ORGANIZATION", "name": "中华队"}]}
    record.update(changes)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold, texts


def test_an_unchanged_text_is_read_with_its_entities(tmp_path):
    gold, texts = write_set(tmp_path)
    web = entities_web.load_web_gold([gold], texts)
    assert web.problems == []
    [article] = web.articles
    assert (article.id, article.text, article.region, article.half) == ("tw-01", TEXT, "taiwan", "tune")
    assert [e.names[0] for e in article.entities] == ["蒋万安", "台北市政府", "中华队"]


def test_mirror_adds_the_simplified_reading(tmp_path):
    gold, texts = write_set(tmp_path)
    web = entities_web.load_web_gold([gold], texts, mirror=True)
    assert [(a.id, a.script) for a in web.articles] == [("tw-01", "traditional"), ("tw-01~s", "simplified")]
    assert web.articles[1].text == "台北市长蒋万安昨日在台北市政府会见中华队。"


def test_a_changed_text_is_one_line_and_left_out(tmp_path):
    gold, texts = write_set(tmp_path)
    (texts / "tw-01.txt").write_text(TEXT + "\n", encoding="utf-8")
    web = entities_web.load_web_gold([gold], texts)
    assert web.articles == []
    [problem] = web.problems
    assert problem.startswith("tw-01: text changed (sha256 of tw-01.txt is ")


def test_a_missing_text_is_one_line_and_left_out(tmp_path):
    gold, texts = write_set(tmp_path)
    (texts / "tw-01.txt").unlink()
    web = entities_web.load_web_gold([gold], texts)
    assert web.articles == [] and web.problems == [f"tw-01: text missing ({texts / 'tw-01.txt'})"]


@pytest.mark.parametrize("changes, message", [
    ({"half": "held"}, "half must be one of tune, check, pool61r, pool61c, pool62r, pool62c, blind57, blind58, blind60, pool63r, pool63c, not 'held'"),
    ({"entities": [{"type": "PLACE", "name": "高雄"}]}, "tw-01 does not contain '高雄'"),
    ({"sha256": None}, None),
])
def test_a_malformed_record_names_its_line(tmp_path, changes, message):
    gold, texts = write_set(tmp_path, **changes)
    if message is None:  # a sha256 of null is a changed text, not a crash
        assert entities_web.load_web_gold([gold], texts).problems[0].startswith("tw-01: text changed")
        return
    with pytest.raises(InputError, match=f"^{gold}:1: .*{message}"):
        entities_web.load_web_gold([gold], texts)


def test_a_record_without_sha256_is_refused(tmp_path):
    gold, texts = write_set(tmp_path)
    record = json.loads(gold.read_text(encoding="utf-8"))
    del record["sha256"]
    gold.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError, match="no 'sha256' field"):
        entities_web.load_web_gold([gold], texts)


def test_without_the_texts_folder_it_says_so_and_exits_0(tmp_path, capsys):
    gold, _ = write_set(tmp_path)
    assert entities_web.main(["--gold", str(gold), "--texts", str(tmp_path / "nowhere")]) == 0
    err = capsys.readouterr().err
    assert err.startswith("skipped: no texts folder") and "Traceback" not in err


def test_errors_of_the_check_half_are_refused(tmp_path, capsys):
    gold, texts = write_set(tmp_path)
    assert entities_web.main(["--gold", str(gold), "--texts", str(texts), "--half", "check", "--errors"]) == 2
    assert "tune half and the opened pools only" in capsys.readouterr().err


def test_a_malformed_gold_is_one_error_line(tmp_path, capsys):
    gold, texts = write_set(tmp_path)
    gold.write_text("not json\n", encoding="utf-8")
    assert entities_web.main(["--gold", str(gold), "--texts", str(texts)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Error: {gold}:1: malformed JSON") and err.count("\n") == 1


def test_the_synthetic_article_is_scored_per_document(tmp_path, capsys):
    gold, texts = write_set(tmp_path)
    assert entities_web.main(["--gold", str(gold), "--texts", str(texts), "--half", "tune", "--errors"]) == 0
    out = capsys.readouterr().out
    assert "### half tune: 1 articles, 3 entities" in out
    assert "| taiwan | traditional | 1 |" in out
    assert "| PERSON | 1 | 1 | 1 |" in out  # 蒋万安 found as a person


def test_type_rows_count_each_document_apart():
    from zhkg.evaluate import ArticleTally

    a, b = ArticleTally(), ArticleTally()
    a.gold["PLACE"], a.predicted["PLACE"], a.correct["PLACE"] = 2, 1, 1
    b.gold["PLACE"], b.predicted["PLACE"], b.correct["PLACE"] = 1, 2, 1
    rows = entities_web.type_rows([a, b])
    assert "| PLACE | 3 | 3 | 2 | 0.667 | 0.667 | 0.667 |" in rows


def test_the_committed_gold_holds_no_text_and_fixed_halves():
    lines = (ROOT / "tests" / "gold" / "entities_web_twhk.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) >= 27
    assert sum(r["region"] == "taiwan" for r in records) >= 15
    assert sum(r["region"] == "hongkong" for r in records) >= 12
    for r in records:
        assert "text" not in r and len(r["sha256"]) == 64
        assert set(r) >= {"id", "url", "outlet", "date", "region", "script", "half", "sha256", "entities"}
        assert not any(bad in r["url"] for bad in ("appledaily", "ettoday", "sohu", "sogou"))
    # a tune-pool round's ids carry its number (hk-183-01) and are all tune (tests/test_webgrow137.py)
    assert all(r["half"] == "tune" for r in records if r["id"].count("-") == 2)
    for region in ("taiwan", "hongkong"):
        # pools grown for the tune half alone (``<region>-<round>-<nn>``, tests/test_webgrow137.py) stand apart
        ids = sorted((r["id"], r["half"]) for r in records if r["region"] == region and r["id"].count("-") == 1)
        assert [half for _, half in ids] == [("tune", "check")[i % 2] for i in range(len(ids))]


# ---- Rules from the tune half's errors (tw-03: 立委赖瑞隆 read as one organisation; 赖 was no surname)

from helpers import both_scripts  # noqa: E402


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # four common surnames (赖, 萧, 洪, 傅) were missing from surnames.txt: a legislator after her party and title
    ("民进党立委赖瑞隆昨天表示支持。", [("赖瑞隆", "PERSON")], [("民进党立委赖瑞隆", "ORGANIZATION")]),
    ("邀请刚在初选胜出的立委赖瑞隆一起车扫。", [("赖瑞隆", "PERSON")], [("立委赖瑞隆", "ORGANIZATION")]),
    ("国民党立委傅昆萁今天质询。", [("傅昆萁", "PERSON")], [("国民党立委傅昆萁", "ORGANIZATION")]),
    # the same letters as words stay no one
    ("经济萧条，民众依赖政府补助，洪水过后，师傅们忙着修房。", [], [("萧条", "PERSON"), ("赖政府", "PERSON"),
                                                               ("洪水", "PERSON"), ("傅们", "PERSON")]),
], convert_names=True))
def test_taiwan_surnames_make_people(finds, text, present, absent):
    finds(text, present, absent)


# ---- Hong Kong streets named by their house number or a corner (hk-01, hk-03: 茶果岭道97号, 弥敦道与登打士街交界)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("男子于茶果岭道97号停车场以木棍破坏保安亭。", [("茶果岭道", "PLACE")], [("果岭道", "PLACE")]),
    ("双方追至弥敦道与登打士街交界时被捕。", [("弥敦道", "PLACE"), ("登打士街", "PLACE")], [("弥敦道", "PERSON")]),
    ("警方在汝州街近枫树街交界巡逻期间截停男子。", [("汝州街", "PLACE"), ("枫树街", "PLACE")], []),
    ("深水埗大埔道222至230号一间茶餐厅失窃。", [("大埔道", "PLACE")], []),
    # a district before the street stays its own place (旺角|通菜街), and 道 after a common word names no road
    ("警员在旺角通菜街1A至1J号后巷发现男子。", [("旺角", "PLACE"), ("通菜街", "PLACE")], [("旺角通菜街", "PLACE")]),
    ("他知道3号线停运，报道2号方案，朝这一道方向走。", [], [("知道", "PLACE"), ("报道", "PLACE"), ("一道", "PLACE")]),
    # the letters before the name are no stop: a longer name's tail is not read alone (格林|伍德大道)
    ("奥巴马在格林伍德大道100号的家中接受采访。", [], [("伍德大道", "PLACE")]),
], convert_names=True))
def test_streets_before_house_numbers_and_corners(finds, text, present, absent):
    finds(text, present, absent)


# ---- An officer the recogniser ran into the unit before the rank (hk-01: 观塘警区刑事部高裕民督察)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("观塘警区刑事部高裕民督察表示，警方接获报案。", [("观塘警区刑事部", "ORGANIZATION"), ("高裕民", "PERSON")],
     [("观塘警区刑事部高裕民", "ORGANIZATION")]),
    # a body whose name ends in letters no name has stays whole before a title (分行|行长)
    ("中国银行上海分行行长王华出席。", [("中国银行上海分行", "ORGANIZATION"), ("王华", "PERSON")], []),
], convert_names=True))
def test_officers_between_unit_and_rank(finds, text, present, absent):
    finds(text, present, absent)


# ---- A Hong Kong REIT before its stock code (hk-05: 汇贤产业信托(87001.HK) read as 产业信托)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("汇贤产业信托(87001.HK)中期可供分派金额升百分之八，股价升百分之二。", [("汇贤产业信托", "ORGANIZATION")],
     [("产业信托", "ORGANIZATION")]),
    ("领展房地产投资信托基金(00823.HK)股价升百分之一。", [("领展房地产投资信托基金", "ORGANIZATION")], []),
], convert_names=True))
def test_trusts_before_stock_codes(finds, text, present, absent):
    finds(text, present, absent)


# ---- A storm after Taiwan's short kind (tw-07: 中颱杜蘇芮來襲, read as a place and a person)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("中台杜苏芮来袭，全台风雨增强，强台杜苏芮持续接近台湾。", [("台湾", "PLACE")],
     [("杜苏芮", "PERSON"), ("中台", "PLACE")]),
    # a person the document never calls a storm stays a person
    ("台风杜苏芮明日登陆，市长王明说要做好准备。", [("王明", "PERSON")], [("杜苏芮", "PERSON")]),
], convert_names=True))
def test_storm_after_a_short_kind_is_no_one(finds, text, present, absent):
    finds(text, present, absent)


# ---- Taiwan's numbered highways (tw-07: 那瑪夏區台29線 read as the organisation 那玛夏区台)


@pytest.mark.parametrize("text, present, absent", both_scripts([
    ("桃源区已进入土石流黄色警戒，且那玛夏区台29线18时以后将采预警式封路。",
     [("那玛夏区", "PLACE"), ("台29线", "PLACE")], [("那玛夏区台", "ORGANIZATION")]),
    ("国道3号南下车多，电台1线主持人说。", [("国道3号", "PLACE")], [("台1线", "PLACE")]),
], convert_names=True))
def test_taiwan_highways(finds, text, present, absent):
    finds(text, present, absent)


# ---- Short names of Hong Kong bodies (hk-07: 文体旅游局 of 文化体育及旅游局; hk-13: 医委会 of 医务委员会(香港医务委员会))


def _entities(pipeline, text):
    from zhkg.evaluate import predicted_entities
    from zhkg.stages.documents import parse_documents
    from zhkg.stages.normalise import to_simplified

    mentions = pipeline.extract_mentions(parse_documents("t", text)[0])
    return sorted((label, sorted(to_simplified(n) for n in names)) for label, names, _ in predicted_entities(mentions))


@pytest.mark.parametrize("text, names", both_scripts([
    ("文化体育及旅游局局长杨润雄说整体旅客恢复。文体旅游局局长杨润雄说情况一直存在。", ["文体旅游局", "文化体育及旅游局"]),
    ("我们有一个法定机构──医务委员会(香港医务委员会)。医委会决定覆核。", ["医务委员会", "医委会", "香港医务委员会"]),
]))
def test_a_short_name_joins_its_body(pipeline, text, names):
    assert ("ORGANIZATION", names) in _entities(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    # a short form two different bodies could give stays its own (交通银行 and 交通部: 交通 names neither)
    "交通银行和交通运输部今天签约，交行表示欢迎。",
]))
def test_a_short_name_of_two_bodies_joins_neither_but_its_own(pipeline, text):
    entities = _entities(pipeline, text)
    assert not any(len(names) > 1 and "交通运输部" in names and "交通银行" in names for _, names in entities)


# ---- Hong Kong developers by their short names (hk-11: 信置 of 信和置业 left a node of its own)


@pytest.mark.parametrize("text, names", both_scripts([
    ("有「楼市大好友」之称的信和置业(083)再成功中标住宅官地。由信置与鹰君(041)合资的财团中标。", ["信和置业", "信置"]),
    ("入标发展商包括恒基地产(012)。恒地副主席表示项目理想。", ["恒地", "恒基地产"]),
]))
def test_developers_short_names_join_their_company(pipeline, text, names):
    assert ("ORGANIZATION", names) in _entities(pipeline, text)
