"""review162: an international-affairs researcher's week — foreign names, the API, parallel runs, queries.

The South China Sea of world news (南海局势, 南海问题) was Foshan's 南海区 (440605), WITHIN 中国, and the East China Sea
(东海) Lianyungang's 东海县. A city written before a body of the world (在布鲁塞尔北约总部) made an organisation of its
own (布鲁塞尔北约) beside 北约. Japan's foreign minister 上川阳子 (日本外相上川阳子) was cut to 上川,
and a meeting with her was lost with the name's end. A visit to a country's capital (访问约旦首都安曼) was no visit.
A name the text joins with • or - was not found by the same name typed with · (安娜莱娜·贝尔伯克), in Python, in
`zhkg query` or on the page. A JSON line's `date` no reader takes (2024-13-45) left its document undated without a
word, and `--scheduler tcp://:8786` (no host) failed late, as a host not found, instead of as a malformed address.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhkg import Pipeline, load_graph
from zhkg.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _nodes(G, kind):
    return {d["label"]: d for _, d in G.nodes(data=True) if d.get("type") == kind}


def _edges(G, label):
    return sorted((G.nodes[u]["label"], d.get("role", ""), G.nodes[v]["label"]) for u, v, d in G.edges(data=True)
                  if d["label"] == label)


# ---- China's seas are no districts

@pytest.mark.parametrize("text, sea", [
    ("双方讨论了中美关系和南海局势。", "南海"),
    ("菲律宾与中国在南海问题上存在分歧。", "南海"),
    ("日本防卫省考虑向位于东海的岛屿派遣部队。", "东海"),
])
def test_a_sea_of_world_news_is_no_district(pipeline, text, sea):
    G = pipeline.run_texts([("d", text)]).graph
    places = _nodes(G, "PLACE")
    assert not {"440605", "320722"} & {d.get("code", "") for d in places.values()}
    assert sea not in {d["label"] for d in places.values() if d.get("code")}
    assert not any(G.nodes[u].get("code") in ("440605", "320722") for u, v, d in G.edges(data=True)
                   if d["label"] == "WITHIN")


@pytest.mark.parametrize("text, code", [
    ("广东佛山南海的企业很多。", "440605"),
    ("佛山市南海区政府今天召开会议，南海的经济发展很快。", "440605"),
    ("江苏东海县盛产水晶，东海的水晶很有名。", "320722"),
])
def test_the_districts_stay_beside_their_city(pipeline, text, code):
    G = pipeline.run_texts([("d", text)]).graph
    assert code in {d.get("code", "") for d in _nodes(G, "PLACE").values()}


# ---- a city before a body of the world is its seat

def test_a_city_before_a_world_body_is_its_seat(pipeline):
    G = pipeline.run_texts([("d", "北约秘书长斯托尔滕贝格2日在布鲁塞尔北约总部表示，北约不寻求对抗。")]).graph
    orgs = _nodes(G, "ORGANIZATION")
    assert "布鲁塞尔北约" not in orgs
    assert "北约" in orgs
    assert "BE-city:Brussels" in {d.get("code") for d in _nodes(G, "PLACE").values()}


@pytest.mark.parametrize("text, name", [
    ("联合国秘书长安南22日在纽约联合国总部表示。", "纽约联合国总部"),  # the seat named with its city: MSRA's one ORG
    ("中国联合国协会会长表示。", "中国联合国协会"),  # a country's society of its own
])
def test_a_seat_named_with_its_city_and_a_country_s_society_stay_whole(pipeline, text, name):
    assert name in _nodes(pipeline.run_texts([("d", text)]).graph, "ORGANIZATION")


# ---- a Japanese minister's name after her title, whatever jieba cuts

@pytest.mark.parametrize("text", [
    "美國國務卿布林肯24日在紐約會見日本外相上川陽子。",
    "日本外相上川阳子24日在东京会见了美国国务卿布林肯。",
])
def test_a_japanese_minister_is_named_whole_and_met(pipeline, text):
    G = pipeline.run_texts([("d", text)]).graph
    people = _nodes(G, "PERSON")
    assert "上川" not in people
    name = next(n for n in people if n.startswith("上川"))
    assert name in ("上川陽子", "上川阳子")
    assert (name, "外相", "日本") in _edges(G, "HOLDS_ROLE")
    assert sorted(_edges(G, "MET_WITH")[0][::2]) == sorted([name, "布林肯"])


# ---- a visit to a country's capital

@pytest.mark.parametrize("text", ["德国外交部长贝尔伯克9日访问约旦首都安曼。", "德国外交部长贝尔伯克9日访问约旦安曼。"])
def test_a_visit_to_a_country_and_its_capital(pipeline, text):
    G = pipeline.run_texts([("d", text)]).graph
    assert _edges(G, "VISITED") == [("贝尔伯克", "", "约旦")]


def test_a_visit_to_a_place_in_the_capital_is_no_visit_to_the_country(pipeline):
    G = pipeline.run_texts([("d", "贝尔伯克访问约旦首都安曼的难民营。")]).graph
    assert _edges(G, "VISITED") == []


# ---- her week's corpus: foreign people, their posts, one node each across scripts

_NEWS = [
    ("sg-01", "2024-02-14", "美国国务卿安东尼·布林肯13日在华盛顿会见新加坡外交部长维文。双方讨论了中美关系和南海局势。"),
    ("sg-02", "2024-02-20", "德国总理奥拉夫·朔尔茨19日抵达北京。中国国务院总理李强在人民大会堂会见了朔尔茨。"),
    ("eu-05", "2024-04-03", "北约秘书长延斯·斯托尔滕贝格2日在布鲁塞尔北约总部表示，北约32个成员国将在华盛顿峰会上讨论援助乌克兰。"),
    ("eu-10", "2024-08-02", "法国外交部长让-诺埃尔·巴罗1日在巴黎会见以色列外长以色列·卡茨。巴罗呼吁以巴双方保护平民。"),
    ("eu-11", "2024-09-10", "德国外交部长安娜莱娜•贝尔伯克9日访问约旦首都安曼。贝尔伯克会见了约旦外交大臣艾曼•萨法迪。"),
    ("tw-12", "2024-09-25", "美國國務卿安東尼‧布林肯24日在紐約會見日本外相上川陽子。德國總理蕭茲也在紐約出席會議。"),
    ("sg-14", "2024-11-19", "巴西总统卢拉·达席尔瓦主持峰会。法国总统马克龙也出席了峰会。"),
    ("tw-15", "2024-11-20", "法國總統馬克宏19日在里約熱內盧會見中國國家主席習近平。"),
]


def _jsonl(path: Path, rows=_NEWS) -> Path:
    path.write_text("".join(json.dumps({"id": i, "date": d, "text": t}, ensure_ascii=False) + "\n" for i, d, t in rows),
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def world(pipeline):
    return pipeline.run_texts([(i, t) for i, _, t in _NEWS]).graph


def test_foreign_names_are_whole_people_and_no_country_is_carved_out(world):
    people, places = _nodes(world, "PERSON"), _nodes(world, "PLACE")
    for name in ("让-诺埃尔·巴罗", "以色列·卡茨", "安娜莱娜•贝尔伯克", "艾曼•萨法迪", "延斯·斯托尔滕贝格", "卢拉·达席尔瓦"):
        assert name in people
        assert name not in places
    assert places["以色列"]["code"] == "IL"  # the country, named in 以色列外长, not taken from 以色列·卡茨
    assert not any(p in places for p in ("卡茨", "巴罗", "贝尔伯克", "布林肯", "朔尔茨"))


def test_one_node_per_person_across_scripts_where_the_table_lists_the_spellings(world):
    people = {n: set(d["aliases"].split("|")) for n, d in world.nodes(data=True) if d["type"] == "PERSON"}
    assert {"安东尼·布林肯", "安東尼‧布林肯"} <= people["person:布林肯"]  # · and ‧, both scripts: one person
    assert "蕭茲" in people["person:朔尔茨"]  # people_known.tsv lists 萧兹, Taiwan's spelling
    assert {"马克龙", "馬克宏"} <= people["person:马克龙"]
    assert not [n for n, a in people.items() if a & {"蕭茲", "馬克宏", "安東尼‧布林肯"}
                and n not in ("person:朔尔茨", "person:马克龙", "person:布林肯")]


def test_a_joined_name_s_family_name_alone_is_the_same_person(world):
    people = {n: set(d["aliases"].split("|")) for n, d in world.nodes(data=True) if d["type"] == "PERSON"}
    assert "巴罗" in people["person:让·诺埃尔·巴罗"]  # 巴罗呼吁以巴双方…: no verb of speech after it


def test_her_posts_and_meetings(world):
    roles = _edges(world, "HOLDS_ROLE")
    assert ("延斯·斯托尔滕贝格", "秘书长", "北约") in roles
    assert ("以色列·卡茨", "外长", "以色列") in roles
    met = {tuple(sorted((u, v))) for u, v, d in world.edges(data=True) if d["label"] == "MET_WITH"}
    assert {tuple(sorted(("person:" + a, "person:" + b))) for a, b in [
        ("让·诺埃尔·巴罗", "以色列·卡茨"), ("艾曼·萨法迪", "贝尔伯克"), ("上川阳子", "布林肯"), ("习近平", "马克龙")]} <= met
    assert ("安娜莱娜•贝尔伯克", "", "约旦") in _edges(world, "VISITED")
    assert "布鲁塞尔北约" not in _nodes(world, "ORGANIZATION")


# ---- a name found whichever dot joins it: Python, zhkg query, the page

@pytest.fixture(scope="module")
def world_file(world, tmp_path_factory):
    from zhkg.export.graphml import write_graphml

    path = tmp_path_factory.mktemp("world") / "world.graphml"
    write_graphml(world, path)
    return path


@pytest.mark.parametrize("typed, label", [
    ("安娜莱娜·贝尔伯克", "安娜莱娜•贝尔伯克"),
    ("安娜莱娜-贝尔伯克", "安娜莱娜•贝尔伯克"),
    ("艾曼·萨法迪", "艾曼•萨法迪"),
    ("让·诺埃尔·巴罗", "让-诺埃尔·巴罗"),
    ("安东尼•布林肯", "安东尼·布林肯"),
])
def test_a_name_is_found_whichever_dot_joins_it(world_file, typed, label):
    kg = load_graph(world_file)
    assert kg.entity(typed).label == label


def test_zhkg_query_finds_a_name_whichever_dot_joins_it(world_file, tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    result = CliRunner().invoke(main, ["query", str(world_file), "roles-of", "安娜莱娜·贝尔伯克", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["person"]["label"], r["role"], r["organisation"]["label"]) for r in rows] == \
        [("安娜莱娜•贝尔伯克", "部长", "德国外交部")]


# ---- bad input: one line, the run's exit status as documented

def test_a_date_not_read_is_said(tmp_path):
    src = _jsonl(tmp_path / "news.jsonl", [("a", "2024-13-45", "美国国务卿布林肯会见王毅。"),
                                           ("b", "2024-05-20", "王毅会见了布林肯。"),
                                           ("c", "2024年5月", "布林肯访问中国。")])
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [f'warning: {src}:1: the date "2024-13-45" is not a date zhkg reads (such as 2024-05-20); '
                        "the document takes no date from it"]


def test_a_json_line_that_is_no_object_stops_the_run_and_keeps_the_outputs(tmp_path):
    out = tmp_path / "out"
    good = _jsonl(tmp_path / "good.jsonl", _NEWS[:2])
    assert CliRunner().invoke(main, ["extract", str(good), "-o", str(out), "--name", "g"]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    bad = tmp_path / "bad.jsonl"
    bad.write_text(good.read_text(encoding="utf-8") + '["not", "an object"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(bad), "-o", str(out), "--name", "g"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f'Error: {bad}:3: expected an object with a "text" string']
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_since_after_until_is_a_usage_error(world_file, tmp_path, monkeypatch):
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    result = CliRunner().invoke(main, ["query", str(world_file), "neighbours", "布林肯", "--since", "2024-05-01",
                                       "--until", "2024-01-01"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: --since 2024-05-01 is after --until 2024-01-01 (zhkg query --help)"


@pytest.mark.parametrize("address", ["tcp://:8786", ":8786"])
def test_a_scheduler_address_without_a_host_is_a_usage_error(tmp_path, address):
    pytest.importorskip("distributed")
    src = _jsonl(tmp_path / "news.jsonl", _NEWS[:1])
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "out"), "--engine", "dask",
                                       "--scheduler", address])
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"Error: not a Dask scheduler address: {address!r} (no host); expected "
                                     "tcp://HOST:PORT (zhkg extract --help)")
    assert not (tmp_path / "out").exists()


# ---- her corpus in parallel: the same bytes

@pytest.mark.slow
def test_two_workers_write_the_same_bytes_as_one(tmp_path):
    rows = [(f"{i}-{n}", d, t) for n in range(2) for i, d, t in _NEWS]  # 16 documents: two workers start
    src = _jsonl(tmp_path / "news.jsonl", rows)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "pipeline")}
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}"
        subprocess.run([sys.executable, "-m", "zhkg", "extract", str(src), "-o", str(out), "--jobs", jobs, "--json",
                        str(out / "g.json"), "--mentions", str(out / "m.jsonl"), "--gexf", str(out / "g.gexf")],
                       check=True, env=env, capture_output=True)
        outputs[jobs] = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
    assert outputs["1"] == outputs["2"]
    assert set(outputs["1"]) == {"news.graphml", "news.html", "g.json", "m.jsonl", "g.gexf"}


# ---- the page: search a foreign minister by another dot, click, see her posts and co-mentions

@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("query, label", [("安娜莱娜·贝尔伯克", "安娜莱娜•贝尔伯克"), ("让·诺埃尔·巴罗", "让-诺埃尔·巴罗"),
                                          ("Beierboke", "安娜莱娜•贝尔伯克")])
def test_the_search_box_finds_a_minister_whichever_dot_is_typed(offline_page, world, tmp_path, query, label):
    from helpers import assert_quiet, search, wait_for_layout

    from zhkg.export.html import write_html

    write_html(world, tmp_path / "g.html")
    page, log = offline_page
    page.goto((tmp_path / "g.html").as_uri())
    wait_for_layout(page)
    search(page, query)
    selected = page.evaluate("zhkg.network.getSelectedNodes()")
    assert [world.nodes[n]["label"] for n in selected] == [label]
    assert_quiet(log)


@pytest.mark.browser
@pytest.mark.slow
def test_a_click_on_a_minister_shows_her_posts_and_meetings(offline_page, world, tmp_path):
    from helpers import assert_quiet, click_node, wait_for_layout

    from zhkg.export.html import write_html

    write_html(world, tmp_path / "g.html")
    page, log = offline_page
    page.goto((tmp_path / "g.html").as_uri())
    wait_for_layout(page)
    minister = next(n for n, d in world.nodes(data=True) if d["label"] == "安娜莱娜•贝尔伯克")
    click_node(page, minister)
    panel = page.locator("#zhkg-panel-body")
    assert panel.get_attribute("data-node") == minister
    text = panel.inner_text()
    assert "HOLDS_ROLE (部长) → 德国外交部" in text
    assert "VISITED (访问) → 约旦" in text
    assert "艾曼•萨法迪" in text  # whom she met, and the sentence that says so
    assert "贝尔伯克会见了约旦外交大臣艾曼•萨法迪" in text
    assert_quiet(log)


# ---- the notebook on her graph: a place with no counts says so

def test_the_notebook_says_when_no_place_has_a_count(world_file, monkeypatch, capsys):
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    notebook = ROOT / "notebooks" / "explore.ipynb"
    monkeypatch.setenv("ZHKG_GRAPH", str(world_file))
    monkeypatch.chdir(notebook.parent)
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code").replace("plt.show()", "")
    try:
        exec(compile(code, "explore.ipynb", "exec"), {})  # noqa: S102 - the notebook's own cells
    finally:
        plt.close("all")
    out = capsys.readouterr().out
    assert "延斯·斯托尔滕贝格  秘书长  HOLDS_ROLE" in out
    assert "no counts are recorded for any place; 中国 has none" in out
