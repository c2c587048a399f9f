"""Roles read right on real Taiwan, Hong Kong, international and mainland news (round roles125, from the errors of the
tune half of ``tests/gold/roles_web.jsonl``), each in Simplified and Traditional (``both_scripts``).

The passages are written for these tests in the forms the articles use; each rule has guards that keep what was right.
"""

import pytest
from helpers import both_scripts
from helpers import role_edges as roles

# A byline with a space (记者 王明) somewhere in the document turns on the caption-list reader (roles_captions).
_BYLINE = "本报北京5月24日讯(记者 高正武)活动今天启动。\n"


@pytest.mark.parametrize("text, right, wrong", both_scripts([
    # a chain of posts before each name, the entries parted by commas: prose, each title is the name's after it
    (_BYLINE + "市委网信办巡视员、市互联网行业党委副书记魏春,合川区委副书记、区长姜雪松,合川区委常委、宣传部部长吴达明出席了仪式。",
     [("姜雪松", "合川区委", "副书记"), ("吴达明", "合川区委", "常委")],
     [("魏春", "合川区委", "副书记"), ("魏春", "合川区委", "区长"), ("姜雪松", "合川区委", "常委")]),
    (_BYLINE + "会议由市委副书记王建国，华润集团董事长李明辉，万科集团总经理张海涛主持。",
     [("李明辉", "华润集团", "董事长"), ("张海涛", "万科集团", "总经理")],
     [("王建国", "华润集团", "董事长"), ("李明辉", "万科集团", "总经理")]),
]))
def test_comma_joined_prose_is_no_caption_list(pipeline, text, right, wrong):
    found = roles(pipeline, text)
    assert all(r in found for r in right), found
    assert not [r for r in found if r in wrong], found


@pytest.mark.parametrize("text, right", both_scripts([
    # guards: a caption list joined by commas whose titles a space ends, and one joined by spaces (names glued)
    ("出席嘉宾：王明，华润集团董事长 李强，万科集团总经理 张伟，北京大学校长", [("王明", "华润集团", "董事长"), ("李强", "万科集团", "总经理")]),
    ("常务董事：王明华 深圳华强集团有限公司总经理张海涛 上海交通大学校长李建国 北京银行行长",
     [("王明华", "深圳华强集团有限公司", "总经理"), ("张海涛", "上海交通大学", "校长")]),
]))
def test_caption_lists_still_read(pipeline, text, right):
    found = roles(pipeline, text)
    assert all(r in found for r in right), found


@pytest.mark.parametrize("text, wrong", both_scripts([
    # a surname letter opening a verb after a title (市长|初选): the letters are two verbs (初选, 胜出), no name
    ("邀请刚在高雄市长初选胜出的立委赖瑞隆一起车扫。", "初选胜"),
    ("他在台中市长初选胜出后表示感谢。", "初选胜"),
]))
def test_no_name_read_across_two_verbs_after_a_title(pipeline, text, wrong):
    assert not [r for r in roles(pipeline, text) if r[0] == wrong]


@pytest.mark.parametrize("text, right", both_scripts([
    # guards: names after a title, before a word a title is followed by
    ("台北市长初安民表示，市府将加强防汛。", ("初安民", "台北市", "市长")),
    ("万科集团总经理王小明表示，公司业绩稳定。", ("王小明", "万科集团", "总经理")),
]))
def test_names_after_titles_still_read(pipeline, text, right):
    assert right in roles(pipeline, text)


@pytest.mark.parametrize("text, right", both_scripts([
    # a state's finance minister and envoy written with the state before the title (roles.tsv's place titles)
    ("印尼财长英卓华位于雅加达的住所周日遭抢掠。", ("英卓华", "印度尼西亚", "财长")),
    ("美国财长耶伦今天表示，关税不会调整。", ("耶伦", "美国", "财长")),
    ("库什纳与美国特使维特科夫今天抵达开罗。", ("维特科夫", "美国", "特使")),
    # an envoy for a region's affairs or question: the state before the region holds the title
    ("库什纳与美国中东事务特使维特科夫刚乘坐私人飞机抵达。", ("维特科夫", "美国", "特使")),
    ("普京在本月初与美国中东问题特使威特科夫会面。", ("威特科夫", "美国", "特使")),
]))
def test_state_titles_finance_minister_and_envoy(pipeline, text, right):
    assert right in roles(pipeline, text)


@pytest.mark.parametrize("text, wrong", both_scripts([
    # guards: a continent before the title, and an envoy with no state written
    ("欧洲中东问题特使王明今天抵达。", "王明"),
    ("特使王明今天抵达北京。", "王明"),
]))
def test_envoy_needs_a_state(pipeline, text, wrong):
    assert not [r for r in roles(pipeline, text) if r[0] == wrong and r[2] == "特使"]


@pytest.mark.parametrize("text, right", both_scripts([
    # a Taiwan paper's online byline: the outlet, a slash, the reporter, a slash, the place
    ("新竹县市警逮五诈团成员\n联合报／ 记者王骏杰／新竹报导\n台湾诈骗猖獗，警方近日执行打诈专案。", ("王骏杰", "联合报", "记者")),
    ("联合报／记者黄寅／台中即时报导\n昨天是公投暨罢免案投票日。", ("黄寅", "联合报", "记者")),
]))
def test_outlet_slash_reporter_byline(pipeline, text, right):
    assert right in roles(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    # guards: a company before the slash is no outlet; a byline with no outlet names none
    "鸿海公司／ 记者王骏杰／新竹报导\n台湾诈骗猖獗。",
    "〔记者李文馨／台北报导〕立法院会今天邀请行政院长列席。",
]))
def test_slash_byline_needs_an_outlet(pipeline, text):
    assert not [r for r in roles(pipeline, text) if r[2] == "记者"]


@pytest.mark.parametrize("text, right", both_scripts([
    # an age between a title and the name: the title is still the name's
    ("俄罗斯交通部长、53岁的斯塔罗沃伊特被发现在车内身亡。", ("斯塔罗沃伊特", "俄罗斯交通部", "部长")),
    ("万科集团董事长，现年52岁的王明表示，公司业绩稳定。", ("王明", "万科集团", "董事长")),
]))
def test_age_between_title_and_name(pipeline, text, right):
    assert right in roles(pipeline, text)


@pytest.mark.parametrize("text, wrong", both_scripts([
    # guard: no title before the age (a student is no post)
    ("他是北京大学的学生、20岁的王明说。", "王明"),
]))
def test_age_aside_needs_a_title(pipeline, text, wrong):
    assert not [r for r in roles(pipeline, text) if r[0] == wrong]


# ---- bench/roles_web.py: the roles gold of the web dev set, on a tiny text written by the test

def _web_set(tmp_path, roles_field=True):
    import hashlib
    import json

    text = "國民黨立委王育敏今天質詢。中央社記者張建中台北22日電。"
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "tw-01.txt").write_text(text, encoding="utf-8")
    record = {"id": "tw-01", "region": "taiwan", "script": "traditional", "half": "tune",
              "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
    if roles_field:
        record["roles"] = [["王育敏", "立委", "国民党"], ["王育敏", "党员", "国民党"], ["张建中", "记者", "中央社"]]
    gold = tmp_path / "roles.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold, texts


def _roles_web():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench import roles_web

    return roles_web


def test_roles_web_scores_both_scripts(tmp_path, capsys):
    gold, texts = _web_set(tmp_path)
    items, problems = _roles_web().web_items(gold, texts)
    assert problems == [] and [i.source for i in items] == ["taiwan, Traditional", "taiwan, Simplified (mirror)"]
    assert _roles_web().main(["--gold", str(gold), "--texts", str(texts), "--half", "tune"]) == 0
    out = capsys.readouterr().out
    assert "| tune | all, Traditional | 1.00 (3/3) | 1.00 (3/3) | 1.00 |" in out
    assert "| tune | all, Simplified | 1.00 (3/3) | 1.00 (3/3) | 1.00 |" in out
    assert not [line for line in out.splitlines() if line.startswith("| all |")]  # one half: no repeated "all" lines


def test_roles_web_refuses_check_errors_and_a_record_without_roles(tmp_path, capsys):
    gold, texts = _web_set(tmp_path, roles_field=False)
    assert _roles_web().main(["--gold", str(gold), "--texts", str(texts), "--half", "check", "--errors"]) == 2
    assert _roles_web().main(["--gold", str(gold), "--texts", str(texts)]) == 1
    assert "malformed record (no 'roles' field)" in capsys.readouterr().err
    assert _roles_web().main(["--gold", str(gold), "--texts", str(tmp_path / "none")]) == 0  # no texts: skipped
