"""The learned relation classifier: training, reading, scoring, and typed edges in the pipeline."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from helpers import RESERVED_ROWS

from zhkg import Config, Pipeline
from zhkg.cli import main
from zhkg.errors import ConfigError, ModelFileError
from zhkg.evaluate_relations import Pair, read_duie, read_finre
from zhkg.records import Document, Label, Mention
from zhkg.relate.base import RelationContext
from zhkg.relate.learned import (
    UNKNOWN,
    cannot_be_owned,
    fits_schema,
    is_unit_of,
    load_relation_model,
    name_overlap,
    pair_features,
    read_learned,
    same_entity,
)
from zhkg.relate.train_learned import TrainConfig, is_finre_tune, train_model

TEMPLATES = [("{a}宣布收购{b}", "收购"), ("{a}与{b}达成战略合作", "合作"), ("{a}和{b}在手机市场激烈竞争", "竞争"),
             ("{a}发布了年报，{b}股价上涨", UNKNOWN)]
COMPANIES = ["甲科技", "乙银行", "丙集团", "丁证券", "戊汽车", "己电子"]


def _finre_lines() -> list[str]:
    lines = []
    for i, a in enumerate(COMPANIES):
        for b in COMPANIES[i + 1:]:
            for template, relation in TEMPLATES:
                text = template.format(a=a, b=b)
                back = "被" + relation if relation == "收购" else relation
                lines += [f"{a}\t{b}\t{relation}\t{text}", "", f"{b}\t{a}\t{back}\t{text}", ""]
    return lines


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    """A model trained on made-up sentences, saved and loaded back as a file."""
    folder = tmp_path_factory.mktemp("relations")
    (folder / "train.txt").write_text("\n".join(_finre_lines()), encoding="utf-8")
    duie = {"text": "张三毕业于北京大学", "spo_list": [{"subject": "张三", "subject_type": "人物", "predicate": "毕业院校",
                                              "object": {"@value": "北京大学"}, "object_type": {"@value": "学校"}}]}
    (folder / "duie.json").write_text(json.dumps(duie, ensure_ascii=False) + "\n", encoding="utf-8")
    config = TrainConfig(epochs=5, min_count=1)
    model = train_model(read_finre(folder / "train.txt"), read_duie(folder / "duie.json") * 3, config)
    path = folder / "model.npz"
    model.save(path)
    again = folder / "again.npz"
    train_model(read_finre(folder / "train.txt"), read_duie(folder / "duie.json") * 3, config).save(again)
    return path, again


def test_training_is_deterministic(tiny_model):
    path, again = tiny_model
    assert path.read_bytes() == again.read_bytes()


@pytest.mark.parametrize(("text", "head", "tail", "expected"), [
    ("庚能源宣布收购辛医药", (0, 3), (7, 10), "收购"),
    ("庚能源宣布收购辛医药", (7, 10), (0, 3), "被收购"),
    ("庚能源与辛医药达成战略合作", (0, 3), (4, 7), "合作"),
])
def test_tiny_model_reads_unseen_companies(tiny_model, text, head, tail, expected):
    model = load_relation_model(tiny_model[0])
    prediction = model.classify("finre", text, head, tail)
    assert prediction.relation == expected
    assert 0.5 < prediction.confidence <= 1.0


def test_shipped_model_classifies_a_takeover():
    model = load_relation_model()
    assert model.classify("finre", "腾讯宣布收购搜狗", (0, 2), (6, 8)).relation == "收购"
    assert model.classify("duie", "张三毕业于北京大学", (0, 2), (5, 9), "PER", "ORG").relation == "毕业院校"


def test_features_see_order_and_words_between():
    fs = pair_features("甲公司收购乙公司", (5, 8), (0, 3))
    assert "o=th" in fs and "b2=收购|th" in fs


def test_features_mark_which_name_is_the_head():
    forward = set(pair_features("甲公司收购乙公司", (0, 3), (5, 8)))
    backward = set(pair_features("甲公司收购乙公司", (5, 8), (0, 3)))
    assert "bw=\x01收购\x02" in forward and "bw=\x02收购\x01" in backward
    assert "s3=收购\x02" in forward and "s3=收购\x01" in backward


@pytest.mark.parametrize(("head", "tail", "expected"), [
    ("加多宝集团", "加多宝", {"ov=sub|t", "ov=start", "ov=subseq", "ov=share:all", "ov=start:3"}),
    ("联通", "中国联通", {"ov=sub|h", "ov=inside", "ov=subseq", "ov=share:all", "ov=start:0"}),
    ("华药", "华北制药", {"ov=subseq", "ov=share:all", "ov=start:1"}),
    ("九鼎投资", "九鼎集团", {"ov=share:mid", "ov=start:2"}),
    ("腾讯", "搜狗", {"ov=share:none", "ov=start:0"}),
])
def test_name_overlap_reads_full_and_short_names(head, tail, expected):
    assert set(name_overlap(head, tail)) == expected


def test_features_say_one_name_holds_the_other():
    assert "ov=sub|t" in pair_features("加多宝集团再度冠名，加多宝销量大涨", (0, 5), (10, 13))


def test_finre_tuning_split_keeps_sentences_whole(tmp_path):
    gold = tmp_path / "train.txt"
    gold.write_text("\n\n".join(_finre_lines()), encoding="utf-8")
    pairs = read_finre(gold)
    tune = {p.text for p in pairs if is_finre_tune(p)}
    rest = {p.text for p in pairs if not is_finre_tune(p)}
    assert tune and rest and not tune & rest


@pytest.mark.parametrize("content", [b"", b"not a zip file", None])
def test_missing_or_corrupt_model_is_one_line_error(tmp_path, content):
    path = tmp_path / "bad.npz"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ModelFileError) as err:
        load_relation_model(path)
    assert "\n" not in str(err.value) and "bad.npz" in str(err.value)


def test_eval_relations_scores_a_finre_file(tiny_model, tmp_path):
    gold = tmp_path / "gold.txt"
    gold.write_text("庚能源\t辛医药\t收购\t庚能源宣布收购辛医药\n\n辛医药\t庚能源\t被收购\t庚能源宣布收购辛医药\n\n"
                    "庚能源\t辛医药\t竞争\t庚能源与辛医药达成战略合作\n\n"
                    "庚能源\t辛医药\tunknown\t庚能源发布了年报，辛医药股价上涨\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval-relations", str(gold), "--model", str(tiny_model[0])])
    assert result.exit_code == 0, result.output
    # 3 gold relations; predicted 收购, 被收购, 合作 (wrong), unknown: 2 right of 3 predicted
    assert result.output.splitlines()[-1].split() == ["micro", "3", "3", "2", "0.667", "0.667", "0.667"]
    assert "finre, 4 pairs" in result.output


def test_eval_relations_scores_a_duie_file(tiny_model, tmp_path):
    gold = tmp_path / "gold.json"
    record = {"text": "李四毕业于清华大学", "spo_list": [{"subject": "李四", "subject_type": "人物", "predicate": "毕业院校",
                                              "object": {"@value": "清华大学"}, "object_type": {"@value": "学校"}}]}
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval-relations", str(gold), "--model", str(tiny_model[0])])
    assert result.exit_code == 0, result.output
    assert "duie, 2 pairs" in result.output
    assert result.output.splitlines()[-1].split()[:4] == ["micro", "1", "1", "1"]


def test_eval_relations_bad_line_is_one_error(tmp_path):
    gold = tmp_path / "gold.txt"
    gold.write_text("只有一列\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval-relations", str(gold), "--format", "finre"])
    assert result.exit_code == 1
    assert result.output == f"Error: {gold}:1: expected head, tail, relation, sentence separated by tabs\n"


def test_finre_overlapping_entities_fall_back_to_first_occurrence(tmp_path):
    gold = tmp_path / "gold.txt"
    gold.write_text("天然气\t皖天然气\t自己\t皖天然气即安徽天然气\n", encoding="utf-8")
    (pair,) = read_finre(gold)
    assert pair == Pair("皖天然气即安徽天然气", (1, 4), (0, 4), "自己")


def test_threshold_must_be_a_probability():
    with pytest.raises(ConfigError):
        Config(learned_relations_threshold=1.5)


@pytest.fixture(scope="module")
def learned_graph():
    # the pair reader reads 毕业于 itself since session 18 (rel18): left out here, so the learned reader's edge shows
    pairs = tuple(k for k in Config().pair_relations_enabled if k != "GRADUATED_FROM")
    config = Config(relations=Config().relations + ("learned",), pair_relations_enabled=pairs)
    return Pipeline(config).run_texts([("d", "阿里巴巴集团董事长马云毕业于杭州师范大学。")]).graph


def _learned_edges(graph) -> dict:
    return {(u, v, d["label"], d["relation_zh"]): d for u, v, d in graph.edges(data=True) if "confidence" in d}


def test_learned_reader_writes_typed_edges_with_confidence(learned_graph):
    learned = _learned_edges(learned_graph)
    school = learned[("person:马云", "org:杭州师范大学", "GRADUATED_FROM", "毕业院校")]
    assert Config().learned_relations_threshold <= school["confidence"] <= 1.0
    assert school["evidence"] == "阿里巴巴集团董事长马云毕业于杭州师范大学。"
    # the role reader already says 马云 is 董事长 of 阿里巴巴集团: a CHAIR_OF beside it adds nothing
    assert not [k for k in learned if k[2] == "CHAIR_OF"]
    assert any(d["label"] == "HOLDS_ROLE" and d.get("role") == "董事长" for _, _, d in learned_graph.edges(data=True))


@pytest.mark.parametrize("text", ["阿里巴巴集团董事长马云毕业于杭州师范大学。", "阿里巴巴集團董事長馬雲畢業於杭州師範大學。"])
def test_chair_of_is_written_when_no_rule_reader_says_it(text):
    graph = Pipeline(Config(relations=("learned",))).run_texts([("d", text)]).graph
    assert [k[:3] for k in _learned_edges(graph) if k[2] == "CHAIR_OF"] == [("person:马云", "org:阿里巴巴集团", "CHAIR_OF")]


def test_default_pipeline_writes_no_learned_attributes():
    from zhkg.relate.pairs import PAIR_KINDS

    graph = Pipeline(Config()).run_texts([("d", "阿里巴巴集团董事长马云毕业于杭州师范大学。")]).graph
    assert not any("confidence" in d for _, _, d in graph.edges(data=True))
    # since session 18 the pair reader reads 毕业于 (GRADUATED_FROM, with its word); no other edge has a word
    pair_kinds = {k.value for k in PAIR_KINDS}
    assert all(d["label"] in pair_kinds for _, _, d in graph.edges(data=True) if "relation_zh" in d)


def test_extract_with_a_missing_model_is_one_error_and_no_output(tmp_path):
    (tmp_path / "in.txt").write_text("阿里巴巴集团董事长马云。", encoding="utf-8")
    (tmp_path / "c.toml").write_text(f'relations = ["roles", "learned"]\nlearned_relations_model = '
                                     f'"{(tmp_path / "nope.npz").as_posix()}"\n', encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "in.txt"), "-o", str(out),
                                       "--config", str(tmp_path / "c.toml")])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: no relation model file at {tmp_path / 'nope.npz'}"
    assert not out.exists()


def test_train_command_writes_a_model_that_loads(tmp_path, capsys):
    from zhkg.relate.train_learned import main as train_main

    (tmp_path / "train.txt").write_text("\n".join(_finre_lines()), encoding="utf-8")
    out = tmp_path / "m.npz"
    assert train_main(["--finre", str(tmp_path), "--output", str(out), "--epochs", "2"]) == 0
    assert set(load_relation_model(out).heads) == {"finre"}
    assert "finre: 5 labels" in capsys.readouterr().out


@pytest.mark.parametrize(("name", "other", "unit"), [
    ("平谷区政协", "平谷区政协党组", True),
    ("区政协", "平谷区政协党组", True),
    ("平谷区政协", "平谷区政协机关办公室", True),
    ("建行", "建行北京市分行", True),
    ("中国银行", "中国银行东京分行", True),
    ("佛塑股份", "佛塑股份鸿基分公司", True),
    ("中民投", "中民投投资委员会", True),
    # FinRE's 自己: a company's full and short names differ by legal forms, trades and regions
    ("中国联通", "联通", False),
    ("加多宝集团", "加多宝", False),
    ("长城证券", "长城证券股份有限公司", False),
    ("三星", "三星电子", False),
    ("雅培", "雅培中国", False),
    ("中信", "中信银行", False),
    ("华北制药", "华药", False),
    ("平谷区政协党组", "平谷区政协党组", False),
    ("中国证监会", "中国证券监督管理委员会", False),
    ("国务院", "国务院国土部", True),  # a department: two characters or more ending in 部, 局, 厅 …
    ("温州市财政地税", "温州市财政地税局", False),  # one character more: the body named in full
    ("上海合作组织", "上海合作组织叶卡捷琳堡峰会", True),
    ("国民党", "国民党中常会", True),
    ("同济大学", "同济大学中意学院", True),
])
def test_unit_of_a_body_is_not_another_name_of_it(name, other, unit):
    assert is_unit_of(name, other) is unit
    assert is_unit_of(other, name) is unit


@pytest.mark.parametrize(("kind", "target", "refused"), [
    ("OWNS", "平谷区委", True),
    ("OWNS", "平谷区政协", True),
    ("ACQUIRED", "北京市人民政府", True),
    ("HOLDS_SHARES_IN", "平谷区政协党组", True),
    ("OWNS", "中国银行东京分行", False),
    ("HOLDS_SHARES_IN", "中国移动", False),
    ("PARTNER_OF", "平谷区政府", False),
    ("FOUNDED", "平谷区委", False),
])
def test_state_and_party_bodies_are_not_owned(kind, target, refused):
    assert cannot_be_owned(kind, target) is refused


def _context(text: str, spans: list[tuple[int, int, Label, str]]) -> tuple[RelationContext, list[Mention]]:
    """A context of mentions with the entity each was resolved to given by hand (``org:…``)."""
    mentions = [Mention("t", a, b, text[a:b], text[a:b], label, "test") for a, b, label, _ in spans]
    owner = {m: owner for m, (*_, owner) in zip(mentions, spans)}
    return RelationContext(Document(id="t", text=text), mentions, owner), mentions


def test_same_entity_by_id_or_by_the_words_of_a_mention():
    # 平谷区政协 resolved under 平谷区政协党组, beside 区政协 resolved to 平谷区政协: one body by its words
    text = "平谷区政协党组召开会议，区政协和平谷区政协委员，还有平谷区政府"
    ctx, (party, body, again, government) = _context(text, [
        (0, 7, Label.ORGANIZATION, "org:平谷区政协党组"), (12, 15, Label.ORGANIZATION, "org:平谷区政协"),
        (16, 21, Label.ORGANIZATION, "org:平谷区政协党组"), (26, 31, Label.ORGANIZATION, "org:平谷区政府")])
    assert same_entity(ctx, body, again) and same_entity(ctx, party, again)
    assert not same_entity(ctx, body, government) and not same_entity(ctx, party, body)


def test_same_name_of_a_person_and_a_company_is_two_entities():
    ctx, (person, brand) = _context("李宁说李宁", [(0, 2, Label.PERSON, "person:李宁"),
                                              (3, 5, Label.ORGANIZATION, "org:李宁")])
    assert not same_entity(ctx, person, brand)


@pytest.mark.parametrize(("owners", "edges"), [
    (("org:腾讯", "org:搜狗"), [("org:腾讯", "org:搜狗", "ACQUIRED")]),
    (("org:腾讯", "org:腾讯"), []),  # two mentions of one entity
    (("org:腾讯控股", "org:腾讯"), []),  # 腾讯's own words name the other mention's entity
])
def test_learned_reader_never_links_an_entity_to_itself(owners, edges):
    ctx, _ = _context("腾讯宣布收购腾讯", [(0, 2, Label.ORGANIZATION, owners[0]), (6, 8, Label.ORGANIZATION, owners[1])])
    if edges:  # the control: the same sentence between two entities is a takeover
        ctx, _ = _context("腾讯宣布收购搜狗", [(0, 2, Label.ORGANIZATION, owners[0]),
                                         (6, 8, Label.ORGANIZATION, owners[1])])
    assert [(r.source, r.target, r.kind.value) for r in read_learned(ctx)] == edges


# The seed's sentence: the classifier reads 平谷区政协党组 and 平谷区政协 as one company (自己) ...
SEED_PARTY_MEETING = ("在1月28日緊急召開的平谷區政協黨組、主席(擴大)會議上,區政協黨組書記、主席閆維洪就應對新冠肺炎疫情防控工作"
                      "提出了嚴格的要求,平谷區政協在疫情發生後,做到第一時間響應、第一時間貫徹、第一時間部署。")


def test_classifier_alone_reads_a_body_and_its_party_group_as_one():
    from zhkg.stages.normalise import to_simplified

    text = to_simplified(SEED_PARTY_MEETING)
    party, body = text.index("平谷区政协党组"), text.rindex("平谷区政协")
    p = load_relation_model().classify("finre", text, (party, party + 7), (body, body + 5))
    assert p.relation == "自己" and p.confidence >= Config().learned_relations_threshold


@pytest.mark.parametrize(("text", "kind"), [
    (SEED_PARTY_MEETING, "ALIAS_OF"),  # ... and no ALIAS_OF edge is written
    ("平谷區政協黨組召開會議。會議指出,平谷區政協要全力支持區委、區政府做好疫情防控工作。", "OWNS"),  # 区委 owned
])
def test_learned_reader_writes_no_edge_a_guard_refuses(text, kind):
    config = Config(relations=Config().relations + ("learned",))
    graph = Pipeline(config).run_texts([("d", text)]).graph
    learned = [(u, v, d["label"]) for u, v, d in graph.edges(data=True) if "confidence" in d]
    assert not [e for e in learned if e[2] == kind]
    assert all(u != v for u, v, _ in learned)


def _one_sentence(text: str, names: list[tuple[str, Label]]) -> RelationContext:
    """A context of one sentence naming each of ``names`` (first occurrences), each its own entity."""
    spans, at = [], 0
    for name, label in names:
        start = text.index(name, at)
        spans.append((start, start + len(name), label, f"{label.value.lower()}:{name}"))
        at = start + len(name)
    return _context(text, spans)[0]


@pytest.mark.parametrize(("a", "b", "written"), [
    ("中国联通", "联通", True),
    ("加多宝集团", "加多宝", True),
    ("步步高集团", "步步高", True),
    ("平谷区政协党组", "平谷区政协", False),
    ("中国银行东京分行", "中国银行", False),
    ("国务院国土部", "国务院", False),
    ("上海合作组织峰会", "上海合作组织", False),
])
def test_alias_of_full_and_short_names_but_not_of_a_unit(a, b, written):
    text = f"{a}（以下简称{b}）今日公布业绩"
    ctx = _one_sentence(text, [(a, Label.ORGANIZATION), (b, Label.ORGANIZATION)])
    at = text.index(b, len(a))
    p = load_relation_model().classify("finre", text, (0, len(a)), (at, at + len(b)))
    assert p.relation == "自己" and p.confidence >= Config().learned_relations_threshold  # the classifier says so
    assert [r.kind.value for r in read_learned(ctx)] == (["ALIAS_OF"] if written else [])


def test_alias_of_needs_names_that_share_characters():
    text = "在6月30日的外交部例行记者会上，有韩国记者问，“7月1日是中国共产党建党88周年，也是朝鲜劳动党推进“七一改革”措施的纪念日。"
    ctx = _one_sentence(text, [("中国共产党", Label.ORGANIZATION), ("朝鲜劳动党", Label.ORGANIZATION)])
    a, b = text.index("中国共产党"), text.index("朝鲜劳动党")
    p = load_relation_model().classify("finre", text, (b, b + 5), (a, a + 5))
    assert p.relation == "自己" and p.confidence >= Config().learned_relations_threshold
    assert read_learned(ctx) == []


@pytest.mark.parametrize(("predicate", "head", "tail", "fits"), [
    ("董事长", "ORG", "PER", True), ("董事长", "LOC", "PER", False), ("董事长", "PER", "PER", False),
    ("妻子", "PER", "PER", True), ("妻子", "ORG", "LOC", False), ("毕业院校", "LOC", "ORG", False),
    ("校长", "LOC", "PER", False), ("竞争", "ORG", "ORG", True),  # not a DuIE predicate: no schema
])
def test_duie_predicates_keep_their_schema_types(predicate, head, tail, fits):
    assert fits_schema(predicate, head, tail) is fits


@pytest.mark.parametrize(("label", "edges"), [
    (Label.ORGANIZATION, [("person:郭台铭", "organization:鸿海", "CHAIR_OF")]),
    (Label.PERSON, []),  # 鸿海 read as a person: nobody chairs a person
    (Label.PLACE, []),
])
def test_chair_of_only_an_organisation(label, edges):
    ctx = _one_sentence("鸿海董事长郭台铭表示", [("鸿海", label), ("郭台铭", Label.PERSON)])
    assert [(r.source, r.target, r.kind.value) for r in read_learned(ctx)] == edges


def test_chair_of_not_across_another_person():
    text = "出席的有：中国证券市场研究中心总干事王波明先生中国民生银行董事长董文标先生主办方之一思源经纪董事长陈良生先生"
    names = [("中国证券市场研究中心", Label.ORGANIZATION), ("王波明", Label.PERSON), ("中国民生银行", Label.ORGANIZATION),
             ("董文标", Label.PERSON), ("思源经纪", Label.ORGANIZATION), ("陈良生", Label.PERSON)]
    ctx = _one_sentence(text, names)
    edges = {(r.source, r.target) for r in read_learned(ctx) if r.kind.value == "CHAIR_OF"}
    assert ("person:董文标", "organization:中国民生银行") in edges
    assert ("person:陈良生", "organization:思源经纪") in edges
    assert ("person:陈良生", "organization:中国民生银行") not in edges  # 董文标 is named between
    bank, chen = text.index("中国民生银行"), text.index("陈良生")
    p = load_relation_model().classify("duie", text, (bank, bank + 6), (chen, chen + 3), "ORG", "PER")
    assert p.relation == "董事长" and p.confidence >= Config().learned_relations_threshold  # the classifier says so


# Guards and settings judged on news (bench/learned_news_eval.py): made-up sentences, in both scripts.

BANKS = {"simplified": ("农业银行、交通银行、建设银行的最低首付比例都可以达到20%。", ["农业银行", "交通银行", "建设银行"]),
         "traditional": ("農業銀行、交通銀行、建設銀行的最低首付比例都可以達到20%。", ["農業銀行", "交通銀行", "建設銀行"])}


def _with(ctx: RelationContext, **settings) -> RelationContext:
    ctx.config = Config(**settings)
    return ctx


def _kinds(ctx: RelationContext) -> list[tuple[str, str, str]]:
    return [(r.source, r.target, r.kind.value) for r in read_learned(ctx)]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_names_in_a_list_are_not_competitors(script):
    text, names = BANKS[script]
    ctx = _one_sentence(text, [(n, Label.ORGANIZATION) for n in names])
    a, b = ctx.mentions[0], ctx.mentions[1]
    p = load_relation_model().classify("finre", ctx.simplified, (a.start, a.end), (b.start, b.end))
    assert p.relation == "竞争" and p.confidence >= Config().learned_relations_threshold  # the classifier says so
    assert _kinds(ctx) == []


SPOUSES = {"simplified": ("导演表示，邓超和孙俪{}都很有演技。", "邓超", "孙俪"),
           "traditional": ("導演表示，鄧超和孫儷{}都很有演技。", "鄧超", "孫儷")}


def _spouses(script: str, cue: str, **settings) -> RelationContext:
    template, a, b = SPOUSES[script]
    return _with(_one_sentence(template.format(cue), [(a, Label.PERSON), (b, Label.PERSON)]), **settings)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_two_people_named_together_are_no_couple_without_a_word_saying_so(script):
    # at 0.5 the classifier's 妻子/丈夫 (0.53-0.56) would pass: the guard, not the threshold, refuses it
    assert _kinds(_spouses(script, "", learned_relations_threshold=0.5)) == []
    assert [k for *_, k in _kinds(_spouses(script, "夫婦" if script == "traditional" else "夫妇"))] == ["SPOUSE_OF"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_disabled_kind_is_not_written(script):
    cue = "夫婦" if script == "traditional" else "夫妇"
    assert _kinds(_spouses(script, cue, learned_relations_enabled=("CHAIR_OF", "ACQUIRED"))) == []
    assert _kinds(_spouses(script, cue, learned_relations_enabled=())) == []


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_kind_below_its_own_threshold_is_not_written(script):
    cue = "夫婦" if script == "traditional" else "夫妇"  # SPOUSE_OF at 0.84
    assert _kinds(_spouses(script, cue, learned_relations_thresholds=("SPOUSE_OF=0.9",))) == []
    assert len(_kinds(_spouses(script, cue, learned_relations_thresholds=("CHAIR_OF=0.99", "SPOUSE_OF=0.8")))) == 1
    # a kind without its own threshold takes learned_relations_threshold
    assert _kinds(_spouses(script, cue, learned_relations_threshold=0.9)) == []


@pytest.mark.parametrize(("text", "names"), [("中信金副董事长辜仲谅出庭。", ("中信金", "辜仲谅")),
                                             ("中信金副董事長辜仲諒出庭。", ("中信金", "辜仲諒"))])
def test_a_vice_chair_is_no_chair(text, names):
    ctx = _one_sentence(text, [(names[0], Label.ORGANIZATION), (names[1], Label.PERSON)])
    org, person = ctx.mentions
    p = load_relation_model().classify("duie", ctx.simplified, (org.start, org.end), (person.start, person.end), "ORG", "PER")
    assert p.relation == "董事长" and p.confidence >= Config().learned_relations_threshold
    assert _kinds(ctx) == []


def test_a_title_belongs_to_the_person_named_after_it():
    text = "出席的有爱格板材董事长钟红文科宝博洛尼董事长蔡明。"
    ctx = _one_sentence(text, [("爱格板材", Label.ORGANIZATION), ("钟红", Label.PERSON),
                               ("文科宝博洛尼", Label.ORGANIZATION), ("蔡明", Label.PERSON)])
    company, zhong = ctx.mentions[2], ctx.mentions[1]
    p = load_relation_model().classify("duie", ctx.simplified, (company.start, company.end), (zhong.start, zhong.end),
                                       "ORG", "PER")
    assert p.relation == "董事长" and p.confidence >= Config().learned_relations_threshold  # 钟红 chairs 爱格板材
    assert set(_kinds(ctx)) == {("person:钟红", "organization:爱格板材", "CHAIR_OF"),
                                ("person:蔡明", "organization:文科宝博洛尼", "CHAIR_OF")}


def test_traditional_chair_beside_a_rule_role_is_not_written():
    config = Config(relations=Config().relations + ("learned",))
    graph = Pipeline(config).run_texts([("d", "阿里巴巴集團董事長馬雲畢業於杭州師範大學。")]).graph
    labels = {d["label"] for _, _, d in graph.edges(data=True)}
    assert "HOLDS_ROLE" in labels and "GRADUATED_FROM" in labels and "CHAIR_OF" not in labels


@pytest.mark.parametrize("item", ["CHAIR_OF", "CHAIR_OF=", "=0.9", "CHAIR_OF=high", "CHAIR_OF=1.5"])
def test_a_per_kind_threshold_is_label_equals_probability(item):
    with pytest.raises(ConfigError, match="learned_relations_thresholds"):
        Config(learned_relations_thresholds=(item,))


def test_per_kind_thresholds_round_trip_through_toml():
    config = Config(learned_relations_enabled=("CHAIR_OF", "GRADUATED_FROM"),
                    learned_relations_thresholds=("CHAIR_OF=0.95",))
    again = Config.parse_toml(config.to_toml())
    assert again == config and again.learned_threshold("CHAIR_OF") == 0.95
    assert again.learned_threshold("GRADUATED_FROM") == Config().learned_relations_threshold


def test_every_default_enabled_kind_is_one_the_reader_writes():
    from zhkg.relate.learned import KINDS

    assert set(Config().learned_relations_enabled) == {kind for kind, _ in KINDS.values()}


@pytest.mark.parametrize(("setting", "value"), [("learned_relations_enabled", '["CHAIR"]'),
                                                ("learned_relations_thresholds", '["CHAIR=0.9"]')])
def test_an_unknown_learned_kind_is_one_error_and_no_output(tmp_path, setting, value):
    (tmp_path / "in.txt").write_text("阿里巴巴集团董事长马云。", encoding="utf-8")
    (tmp_path / "c.toml").write_text(f'relations = ["roles", "learned"]\n{setting} = {value}\n', encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "in.txt"), "-o", str(out),
                                       "--config", str(tmp_path / "c.toml")])
    assert result.exit_code == 1
    config = tmp_path / "c.toml"  # refused before the run, naming the file (session 31)
    assert result.output.startswith(f"Error: {config}: {setting}: unknown learned relation 'CHAIR'; kinds are: ACQUIRED, ")
    assert len(result.output.splitlines()) == 1 and not out.exists()


def test_news_judgements_name_rows_not_text_and_keep_halves_apart():
    from pathlib import Path

    gold = Path(__file__).parent / "gold"
    reserved = RESERVED_ROWS
    held2 = {json.loads(line)["row"] for line in (gold / "entities_held2.jsonl").read_text(encoding="utf-8").splitlines()}
    rows = [json.loads(line) for line in (gold / "learned_news.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 250
    for r in rows:
        assert set(r) <= {"row", "half", "source", "target", "relation", "relation_zh", "start", "end", "right", "why"}
        assert r["half"] == ("tune" if r["row"] % 2 == 0 else "held")
        assert r["row"] not in reserved and r["row"] not in held2
        assert r["right"] is ("why" not in r)
        assert r.get("why", "not_stated") in {"not_stated", "junk", "unit", "type", "rule_dup", "direction", "other"}
