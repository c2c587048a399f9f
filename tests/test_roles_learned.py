"""The learned role scorer (zhkg/relate/roles_learned.py): its features, its trainer's determinism, its modes on
sentences written for these tests, and one-line errors for a bad model file or setting."""

from __future__ import annotations

import pytest

from zhkg.config import Config
from zhkg.errors import ConfigError, ModelFileError
from zhkg.relate.learned import Head, RelationModel
from zhkg.relate.roles_learned import Candidate, load_roles_model, triple_features, unsaid
from zhkg.relate.roles_learned_train import roles_model, train_roles_head
from zhkg.run.pipeline import Pipeline


def _synthetic():
    """A tiny set: a title touching its body and person is a role; one across 。 is not."""
    out = []
    for k in range(30):
        body, person = f"甲{k % 7}公司", f"王{k % 5}明"
        text = f"{body}董事长{person}表示。"
        c = Candidate((len(body) + 3, len(body) + 6), (len(body), len(body) + 3), (0, len(body)), "ORG",
                      (0, 0, 0), False, "p", "o", "董事长")
        out.append((triple_features(text, c), True))
        far = f"{body}成立。董事长{person}表示"
        c2 = Candidate((len(body) + 6, len(body) + 9), (len(body) + 3, len(body) + 6), (0, len(body)), "ORG",
                       (0, 0, 0), False, "p", "o", "董事长")
        out.append((triple_features(far, c2), k % 3 == 0))
    return out


def test_trainer_is_deterministic(tmp_path):
    examples = _synthetic()
    a, b = tmp_path / "a.npz", tmp_path / "b.npz"
    roles_model(train_roles_head(examples), train_roles_head(examples)).save(a)
    roles_model(train_roles_head(examples), train_roles_head(examples)).save(b)
    assert a.read_bytes() == b.read_bytes()
    rules, cands = load_roles_model(a)
    assert rules.labels == cands.labels == ("unknown", "role")


@pytest.mark.parametrize("text, person, title, holder, order, gap", [
    ("台北市政府副市长李四表示", (8, 10), (5, 8), (0, 3), "o=HTP", "gHT=政府"),
    ("陈五出任高雄大学校长", (0, 2), (8, 10), (4, 8), "o=PHT", "gPH=出任"),
    ("該公司總經理張三指出", (6, 8), (3, 6), (0, 3), "o=HTP", "gPT="),
])
def test_features_read_order_title_and_gaps(text, person, title, holder, order, gap):
    c = Candidate(person, title, holder, "ORG", (0, 0, 0), False, "p", "o", text[title[0]:title[1]])
    fs = triple_features(text, c)
    assert order in fs and gap in fs and f"t={text[title[0]:title[1]].lower()}" in fs
    assert "rule=False" in fs and "noP" not in fs


def test_features_mark_a_missing_person_and_fused_body():
    c = Candidate((4, 6), (4, 6), (0, 5), "LOC", (0, 0, 0), True, "p", "o", "县长")
    fs = triple_features("宜兰县县长说", c)
    assert "noP" in fs and "fused" in fs and "prev=True" in fs


def test_unsaid_skips_what_a_rule_read():
    def c(role, target="o", rule=None):
        return Candidate((0, 1), (1, 2), (2, 3), "ORG", (0, 0, 0), False, "p", target, role, rule)
    kept = unsaid([c("副市长", rule=True), c("市长"), c("党员"), c("市长", target="q")])
    assert [(x.role, x.target) for x in kept] == [("党员", "o"), ("市长", "q")]


SENTENCES = ["北京市市长陈吉宁与万科集团董事长王石今天会面。", "台中市副市長林佳龍與鴻海集團總裁郭台銘昨日見面。",
             "宏达电总经理周永明说，公司今年获利。"]


def _roles(config: Config, text: str) -> set[tuple[str, str, str]]:
    ex = Pipeline(config).run_texts([("s", text)]).extraction
    return {(r.source, r.role_simplified, r.target) for r in ex.relations if r.kind.value == "HOLDS_ROLE"}


@pytest.mark.parametrize("text", SENTENCES)
def test_modes(text):
    off = _roles(Config(), text)
    assert off, "the rules read a role from each sentence"
    assert _roles(Config(learned_roles="rescore", learned_roles_drop_below=0.0), text) == off
    assert _roles(Config(learned_roles="rescore", learned_roles_drop_below=1.0), text) == set()
    assert _roles(Config(learned_roles="add", learned_roles_add_above=1.0), text) == off
    more = _roles(Config(learned_roles="add", learned_roles_add_above=0.0), text)
    assert off < more or len(off) == len(more)  # adds only, never drops
    assert off <= more


def test_add_writes_a_candidate_the_rules_did_not():
    text = SENTENCES[0]
    more = _roles(Config(learned_roles="add", learned_roles_add_above=0.0), text) - _roles(Config(), text)
    assert any(role == "董事长" for _, role, _ in more)  # 陈吉宁 董事长 万科集团: a candidate, at any score


def test_missing_model_is_one_line(tmp_path):
    with pytest.raises(ModelFileError, match="no relation model file at .*none.npz") as e:
        _roles(Config(learned_roles="rescore", learned_roles_model=str(tmp_path / "none.npz")), SENTENCES[0])
    assert "\n" not in str(e.value)


def test_corrupt_model_is_one_line(tmp_path):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelFileError, match="bad.npz is not a readable relation model") as e:
        load_roles_model(bad)
    assert "\n" not in str(e.value)


def test_model_of_other_heads_is_refused(tmp_path):
    import numpy as np
    other = tmp_path / "other.npz"
    RelationModel({"finre": Head(("unknown", "x"), np.array([1]), np.zeros((1, 2)), np.zeros(2))}).save(other)
    with pytest.raises(ModelFileError, match="no learned roles head 'rules1'"):
        load_roles_model(other)


@pytest.mark.parametrize("settings", [{"learned_roles": "maybe"}, {"learned_roles_drop_below": 1.5},
                                      {"learned_roles_add_above": -0.1},
                                      # a number as a string, a boolean: one line, no TypeError (mend322)
                                      {"learned_roles_drop_below": "0.1"}, {"learned_roles_add_above": True},
                                      {"learned_relations_threshold": "0.5"},
                                      # "both" drops below one score and adds above the other: not crossed
                                      {"learned_roles": "both", "learned_roles_drop_below": 0.6,
                                       "learned_roles_add_above": 0.5}])
def test_bad_settings_are_refused(settings):
    with pytest.raises(ConfigError) as e:
        Config(**settings)
    assert "\n" not in str(e.value)


@pytest.mark.parametrize("settings", [{"learned_roles": "rescore", "learned_roles_drop_below": 0.6,
                                       "learned_roles_add_above": 0.5},  # add_above unused by "rescore"
                                      {"learned_roles": "both", "learned_roles_drop_below": 0.5,
                                       "learned_roles_add_above": 0.5},  # one cut
                                      {"learned_roles_drop_below": 0, "learned_roles_add_above": 1}])
def test_good_settings_are_kept(settings):
    assert Config(**settings).learned_roles_drop_below == settings["learned_roles_drop_below"]


def test_cli_names_a_missing_model_in_one_line(tmp_path):
    from click.testing import CliRunner
    from helpers import assert_one_line_error

    from zhkg.cli import main

    news, config = tmp_path / "news.txt", tmp_path / "zhkg.toml"
    news.write_text("高雄市副市长林欣仪昨日表示，将推动新计划。\n", encoding="utf-8")
    config.write_text(f'learned_roles = "add"\nlearned_roles_model = "{tmp_path / "gone.npz"}"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(news), "-o", str(tmp_path / "out"), "--config", str(config),
                                       "--no-progress"])
    assert_one_line_error(result, f"no relation model file at {tmp_path / 'gone.npz'}")
    assert not (tmp_path / "out").exists()
