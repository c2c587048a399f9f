"""Issue 14, session 35 (counts126): counts on real Taiwan, Hong Kong, mainland and international news.

Written from the tune half of the web dev set (``bench/counts_web.py --half tune --errors``; the check half scored
only), each a general group of its errors:

- 一 + classifier + noun + 都/也 + a negation (一个委员都没有, 一个人也不认识) says "not a single one": no count (the
  conventions' 没有一位);
- a bare 百家/千家 with no numeral or prefix before it is an idiom or a name (百家争鸣, 百家讲坛, 全国百家融媒体记者…行),
  not a hundred bodies; 近百家, 数百家, 上千家 still count;
- 名/位 count people: when the phrase after them runs from a noun of people on to a noun that is none (3名国会议员
  住所, 5名被告庭讯, 3名「惹火」国会议员的住所), the people are counted, not the place or the hearing; a noun of people or
  kin or a title at the end stays (10名学生家长, 5名员工家属);
- hits in baseball (3支安打, 两支全垒打) are game statistics like rebounds and assists;
- 数百/几千 with no classifier before a noun of people count them as 万 does (数百俄罗斯士兵); not before a measure;
- Taiwan's terse counts: a bare number before a noun of people ending in 人, 司机, 民众, or before 县市 (3被害人,
  2计程车司机, 22县市);
- 案 counts cases as 宗 and 起 do (查获4案5人, 两案疑犯), unless three digits or a leading zero make a case's name (911案).

Every sentence is written for these tests and read as written (Simplified) and through OpenCC s2hk and s2tw; the
loader of ``bench/counts_web.py`` is checked on texts written here.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest
from helpers import COUNT_SCRIPTS, counts_in_script

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# (text, (value, counted head in Simplified)) that must be read
READ = [
    ("示威者闯入最少3名国会议员住所抢掠。", (3, "国会议员")),
    ("近日最少有3名“惹火”国会议员的住所遭示威者抢掠。", (3, "国会议员")),
    ("法官认为5名被告庭讯中都坦承犯行。", (5, "被告")),
    ("学校请来10名学生家长座谈。", (10, "学生家长")),  # controls: people at the end
    ("公司请来5名员工家属座谈。", (5, "家属")),
    ("来自全国的近百家网站参加活动。", (100, "网站")),
    ("全省有上千家企业参展。", (1000, "企业")),
    ("院中两个委员都没有来，一个委员在场。", (2, "委员")),
    ("他一共认识三个委员。", (3, "委员")),
    ("当时数百俄罗斯士兵被俘。", (100, "士兵")),
    ("桃园市共核发6件检举奖金，包含2计程车司机、1民众与3被害人。", (2, "司机")),
    ("桃园市共核发6件检举奖金，包含2计程车司机、1民众与3被害人。", (3, "被害人")),
    ("明日全天停班停课地区包括台南市、高雄市等6县市。", (6, "县市")),
    ("全台22县市平均每月约2件。", (22, "县市")),
    ("警方经深入调查，发现两案疑犯衣着、身高及身形相似。", (2, "案")),
    ("分别依现行犯查获4案5人，共逮捕4名车手。", (4, "案")),
    ("法院将三案合并审理。", (3, "案")),
]

# controls: nothing counted here, on main or now
NOTHING = ["毁保安亭复行劫 警19小时拘人", "他开车数百公里回家。", "这座城已有数千年历史。", "他花了数百元。", "他今年30岁。", "这是911案的后续。",
           "本案由法院审理。", "他涉及一案。"]

# (text, (value, counted head in Simplified)) that must not be read: each was read on main
NOT_READ = [
    ("结果院中一个委员都没有，像这样的状态太不像话。", (1, "委员")),
    ("王委员上台之后一个委员也没有来。", (1, "委员")),
    ("他在这里一个朋友都不认识。", (1, "朋友")),
    ("2023全国百家融媒体记者重庆行今日启幕。", (100, "记者")),
    ("在这次百家融媒重庆行活动中，记者团将全面了解重庆。", (100, "融媒")),
    ("示威者闯入最少3名国会议员住所抢掠。", (3, "住所")),
    ("近日最少有3名“惹火”国会议员的住所遭示威者抢掠。", (3, "住所")),
    ("法官认为5名被告庭讯中都坦承犯行。", (5, "庭讯")),
    ("打线全场仅出现3支零星安打，终场以0：3落败。", (3, "零星")),
    ("打线全场仅出现3支零星安打，终场以0：3落败。", (3, "安打")),
    ("中华队挨了澳洲队的两支全垒打。", (2, "全垒打")),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "count"), READ, ids=[t[:14] for t, _ in READ])
def test_read(nlp, text: str, count: tuple[int, str], script: str) -> None:
    assert count in counts_in_script(nlp, text, script)


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "count"), NOT_READ, ids=[t[:14] for t, _ in NOT_READ])
def test_not_read(nlp, text: str, count: tuple[int, str], script: str) -> None:
    assert count not in counts_in_script(nlp, text, script)


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text", NOTHING)
def test_nothing_counted(nlp, text: str, script: str) -> None:
    assert counts_in_script(nlp, text, script) == []


def test_vague_hundreds_are_approximate(nlp) -> None:
    from helpers import approximate_flags

    assert approximate_flags(nlp, "当时数百俄罗斯士兵被俘。") == [True]


# ---- bench/counts_web.py's loader, on texts written here


def _web_set(tmp_path: Path, text: str, counts: list[dict], script: str = "traditional") -> tuple[Path, Path]:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "tw-01.txt").write_text(text, encoding="utf-8")
    record = {"id": "tw-01", "region": "taiwan", "script": script, "half": "tune",
              "sha256": hashlib.sha256(text.encode()).hexdigest(), "counts": counts}
    gold = tmp_path / "counts.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold, texts


def test_web_counts_load_in_both_scripts(tmp_path: Path) -> None:
    from bench.counts_web import load_web_counts

    gold, texts = _web_set(tmp_path, "台北市有3名議員。", [
        {"start": 4, "end": 8, "check": "3名議員", "value": 3, "thing": ["议员"], "owner": ["台北市"]}])
    docs, problems = load_web_counts(gold, texts, mirror=True)
    assert problems == []
    assert [(r, d.id, d.script, d.half, d.text) for r, d in docs] == [
        ("taiwan", "tw-01", "traditional", "tune", "台北市有3名議員。"),
        ("taiwan", "tw-01~s", "simplified", "tune", "台北市有3名议员。")]
    assert docs[1][1].counts[0].owners == ("台北市",)


def test_web_counts_changed_text_is_left_out(tmp_path: Path) -> None:
    from bench.counts_web import load_web_counts

    gold, texts = _web_set(tmp_path, "台北市有3名議員。", [])
    (texts / "tw-01.txt").write_text("台北市有4名議員。", encoding="utf-8")
    docs, problems = load_web_counts(gold, texts)
    assert docs == [] and problems[0].startswith("tw-01: text changed")


def test_web_counts_check_mismatch_names_the_line(tmp_path: Path) -> None:
    from bench.counts_web import load_web_counts
    from zhkg.errors import InputError

    gold, texts = _web_set(tmp_path, "台北市有3名議員。", [
        {"start": 4, "end": 8, "check": "3名议员", "value": 3, "thing": ["议员"]}])  # check not as written
    with pytest.raises(InputError, match=r"counts\.jsonl:1: expected '3名议员' at 4"):
        load_web_counts(gold, texts)


def test_web_counts_script_scores_alike_in_both_scripts(tmp_path: Path, capsys) -> None:
    from bench import counts_web

    gold, texts = _web_set(tmp_path, "台北市議會有3名議員出席。", [
        {"start": 6, "end": 10, "check": "3名議員", "value": 3, "thing": ["议员"], "owner": None}])
    assert counts_web.main(["--gold", str(gold), "--texts", str(texts), "--mirror", "--no-model"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| **all")]
    assert [row.split(" | ")[2:6] for row in rows] == [["1", "1", "1", "1.00"], ["1", "1", "1", "1.00"]]


def test_web_counts_errors_refused_on_check(tmp_path: Path, capsys) -> None:
    from bench import counts_web

    assert counts_web.main(["--half", "check", "--errors"]) == 2
    assert "tune half and the opened pools only" in capsys.readouterr().err
