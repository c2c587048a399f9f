"""``--config``, ``--no-model`` and ``--lexicon``: settings from a TOML file, command-line options over it,
and one-line errors naming the file and the key."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from helpers import assert_one_line_error

import zhkg
import zhkg.ner.model
import zhkg.run.corpus
from zhkg.cli import main
from zhkg.config import Config, load_config
from zhkg.errors import ConfigError, InputError

NEWS = "平谷區政協黨組書記、主席閆維洪主持會議。全區17個鎮鄉(街道)、274個村。"
#: Only the statistical recogniser finds these names: the rules know no 李克强 and no 联合国.
MODEL_ONLY = "李克强在北京会见了联合国秘书长。"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def news(tmp_path: Path) -> Path:
    src = tmp_path / "news.txt"
    src.write_text(NEWS, encoding="utf-8")
    return src


def toml(tmp_path: Path, text: str, name: str = "zhkg.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def extract(runner: CliRunner, *args):
    return runner.invoke(main, ["extract", *map(str, args), "--no-progress"])


def labels(path: Path) -> list[str]:
    return [d["label"] for *_, d in nx.read_graphml(path).edges(data=True)]


# --- one-line errors -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, message",
    [
        ("recogniser_x = false\n", "unknown setting 'recogniser_x'; did you mean 'recogniser'?"),
        ("colour = 'red'\n", "unknown setting 'colour'; settings are: " + ", ".join(
            ["recogniser", "model_path", "traditional_model", "traditional_model_path", "place_short_forms",
             "place_short_min_chars", "extractors", "relations",
             "co_mentions", "co_mention_min_weight", "co_mention_window", "lexicon_dirs", "max_document_chars", "html_height", "html_stabilization_iterations",
             "learned_relations_threshold", "learned_relations_model", "learned_relations_enabled",
             "learned_relations_thresholds", "pair_relations_enabled",
             "learned_roles", "learned_roles_model", "learned_roles_drop_below", "learned_roles_add_above"])),
        ("recogniser = 'no'\n", "recogniser must be a boolean, not a string"),
        ("max_document_chars = '10'\n", "max_document_chars must be an integer, not a string"),
        ("max_document_chars = true\n", "max_document_chars must be an integer, not a boolean"),
        ("place_short_min_chars = 2.5\n", "place_short_min_chars must be an integer, not a float"),
        ("relations = 'roles'\n", "relations must be an array of strings, not a string"),
        ("co_mentions = 'word'\n", "co_mentions must be 'sentence' or 'off', not 'word'"),
        ("extractors = ['people', 3]\n", "extractors must be an array of strings, not an array holding an integer"),
        ("[recogniser]\non = true\n", "recogniser must be a boolean, not a table"),
        ("recogniser = \n", "malformed TOML (Invalid value (at line 1, column 14))"),
        ("recogniser = true\nrecogniser = false\n", "malformed TOML (Cannot overwrite a value (at line 2, column 19))"),
    ],
)
def test_a_bad_config_file_is_one_line_naming_file_and_key(runner, tmp_path, news, text, message):
    path = toml(tmp_path, text)
    for command in (["extract", str(news), "-o", str(tmp_path / "out")], ["eval", str(tmp_path / "dev.bio")]):
        result = runner.invoke(main, [*command, "--config", str(path)])
        assert_one_line_error(result, f"{path}: {message}")
    assert not (tmp_path / "out").exists()


def test_a_missing_config_file(runner, tmp_path, news):
    missing = tmp_path / "none.toml"
    assert_one_line_error(extract(runner, news, "--config", missing), f"no such config file: {missing}")


def test_a_config_file_that_is_not_utf8(runner, tmp_path, news):
    path = tmp_path / "gbk.toml"
    path.write_bytes("html_height = '八百'\n".encode("gbk"))
    assert_one_line_error(extract(runner, news, "--config", path), f"{path}: not UTF-8 text (byte 15)")


def test_a_config_path_that_is_a_folder(runner, tmp_path, news):
    assert_one_line_error(extract(runner, news, "--config", tmp_path), f"{tmp_path} is a folder, not a config file")


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p / "nowhere", lambda p: f"no such lexicon folder: {p / 'nowhere'}"),
        (lambda p: p / "news.txt", lambda p: f"{p / 'news.txt'} is a file, not a lexicon folder"),
    ],
)
def test_lexicon_must_be_an_existing_folder(runner, tmp_path, news, make, message):
    result = extract(runner, news, "-o", tmp_path / "out", "--lexicon", make(tmp_path))
    assert_one_line_error(result, message(tmp_path))
    assert not (tmp_path / "out").exists()


def test_lexicon_folders_named_in_the_config_file_are_checked_too(runner, tmp_path, news):
    path = toml(tmp_path, f"lexicon_dirs = [{str(tmp_path / 'gone')!r}]\n")
    assert_one_line_error(extract(runner, news, "--config", path), f"no such lexicon folder: {tmp_path / 'gone'}")


# --- settings reach the run ----------------------------------------------------------------------------------------


def test_config_max_document_chars_is_applied(runner, tmp_path, news):
    path = toml(tmp_path, "max_document_chars = 10\n")
    result = extract(runner, news, "-o", tmp_path / "out", "--config", path)
    assert_one_line_error(result, f"{news} has at least {(len(NEWS.encode()) - 1) // 4} characters ({len(NEWS.encode())} bytes); "
                                  "the limit is 10 a document")


def test_config_relations_without_mentioned_in_leave_out_document_edges(runner, tmp_path, news):
    default = extract(runner, news, "-o", tmp_path / "a")
    assert default.exit_code == 0, default.output
    assert "MENTIONED_IN" in labels(tmp_path / "a" / "news.graphml")

    kept = [r for r in Config().relations if r != "mentioned_in"]
    path = toml(tmp_path, "relations = [" + ", ".join(f'"{r}"' for r in kept) + "]\n")
    result = extract(runner, news, "-o", tmp_path / "b", "--config", path)
    assert result.exit_code == 0, result.output
    without = labels(tmp_path / "b" / "news.graphml")
    assert "MENTIONED_IN" not in without
    assert sorted(without) == sorted(lab for lab in labels(tmp_path / "a" / "news.graphml") if lab != "MENTIONED_IN")


def test_config_html_height_reaches_the_page(runner, tmp_path, news):
    result = extract(runner, news, "-o", tmp_path / "out", "--config", toml(tmp_path, 'html_height = "612px"\n'))
    assert result.exit_code == 0, result.output
    assert "612px" in (tmp_path / "out" / "news.html").read_text(encoding="utf-8")


def _mentions(runner, tmp_path, out_name, *args) -> set[str]:
    src = tmp_path / "model.txt"
    src.write_text(MODEL_ONLY, encoding="utf-8")
    out = tmp_path / out_name
    result = extract(runner, src, "-o", out, "--mentions", out / "m.jsonl", *args)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in (out / "m.jsonl").read_text(encoding="utf-8").splitlines()]
    return {(r["text"], r["label"]) for r in rows}


def test_no_model_gives_rules_only(runner, tmp_path):
    with_model = _mentions(runner, tmp_path, "a")
    rules_only = _mentions(runner, tmp_path, "b", "--no-model")
    assert {("李克强", "PERSON"), ("联合国", "ORGANIZATION")} <= with_model
    assert rules_only < with_model
    assert ("李克强", "PERSON") not in rules_only


def test_no_model_never_loads_the_recogniser(runner, tmp_path, news, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the recogniser was loaded")

    monkeypatch.setattr(zhkg.ner.model, "load_model", refuse)
    result = extract(runner, news, "-o", tmp_path / "out", "--no-model")
    assert result.exit_code == 0, result.output
    assert "PERSON 1" in result.stderr  # 閆維洪, by the rules


def test_command_line_overrides_the_config_file(runner, tmp_path):
    path = toml(tmp_path, "recogniser = false\n")
    assert ("李克强", "PERSON") not in _mentions(runner, tmp_path, "a", "--config", path)
    assert ("李克强", "PERSON") in _mentions(runner, tmp_path, "b", "--config", path, "--model")


def _config_of_run(runner, monkeypatch, *args) -> Config:
    seen: list[Config] = []

    def capture(paths, run, **kwargs):
        seen.append(run.config)
        raise InputError("stopped after the settings")

    monkeypatch.setattr(zhkg.run.corpus, "run_inputs", capture)
    result = runner.invoke(main, ["extract", *map(str, args)])
    assert_one_line_error(result, "stopped after the settings")
    return seen[0]


def test_lexicon_folders_are_passed_through_config(runner, tmp_path, news, monkeypatch):
    (tmp_path / "words").mkdir()
    (tmp_path / "more").mkdir()
    config = _config_of_run(runner, monkeypatch, news, "--lexicon", tmp_path / "words", "--lexicon", tmp_path / "more")
    assert config.lexicon_dirs == (str(tmp_path / "words"), str(tmp_path / "more"))
    assert config == Config(lexicon_dirs=config.lexicon_dirs)


def test_lexicon_on_the_command_line_replaces_the_file_s(runner, tmp_path, news, monkeypatch):
    (tmp_path / "words").mkdir()
    (tmp_path / "more").mkdir()
    path = toml(tmp_path, f"lexicon_dirs = [{str(tmp_path / 'words')!r}]\nplace_short_forms = false\n")
    from_file = _config_of_run(runner, monkeypatch, news, "--config", path)
    assert from_file.lexicon_dirs == (str(tmp_path / "words"),) and from_file.place_short_forms is False
    both = _config_of_run(runner, monkeypatch, news, "--config", path, "--lexicon", tmp_path / "more")
    assert both.lexicon_dirs == (str(tmp_path / "more"),) and both.place_short_forms is False


def test_eval_takes_the_config_file_and_no_model(runner, tmp_path):
    bio = tmp_path / "dev.bio"
    tags = ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "I-LOC", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG"] + ["O"] * 4
    bio.write_text("".join(f"{c}\t{t}\n" for c, t in zip(MODEL_ONLY, tags)) + "\n", encoding="utf-8")
    path = toml(tmp_path, "recogniser = false\n")

    def predicted_people(*args) -> int:
        result = runner.invoke(main, ["eval", str(bio), *map(str, args)])
        assert result.exit_code == 0, result.output
        return int(next(line.split()[2] for line in result.output.splitlines() if line.startswith("PER ")))

    assert predicted_people() == 1
    assert predicted_people("--no-model") == 0
    assert predicted_people("--config", path) == 0
    assert predicted_people("--config", path, "--model") == 1


# --- the library side ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "config",
    [
        Config(),
        # control characters, DEL and Han in a string setting (html_height takes only a CSS length: review48)
        Config(recogniser=False, model_path='C:\\models\\"ner"\x7f\x01\t平谷.crfsuite', relations=("roles",),
               lexicon_dirs=(), extractors=(), max_document_chars=1, html_height="50vh"),
    ],
)
def test_toml_round_trips_equal(tmp_path, config):
    assert Config.parse_toml(config.to_toml()) == config
    path = toml(tmp_path, config.to_toml())
    assert Config.from_toml(path) == config
    assert load_config(path) == config


def test_to_toml_holds_every_field():
    from dataclasses import asdict

    import tomllib

    data = tomllib.loads(Config().to_toml())
    assert data == {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(Config()).items()}


def test_load_config_overrides_skip_none():
    assert load_config(None, recogniser=None, max_document_chars=7) == Config(max_document_chars=7)


def test_config_errors_are_value_errors():
    with pytest.raises(ValueError):
        Config.from_dict({"nope": 1})
    with pytest.raises(ConfigError, match=r"^x\.toml: unknown setting 'nope'"):
        Config.from_dict({"nope": 1}, source="x.toml")


def test_python_dash_m_zhkg_help():
    env = {**os.environ, "PYTHONPATH": str(Path(zhkg.__file__).parents[1])}
    done = subprocess.run([sys.executable, "-m", "zhkg", "--help"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Usage: zhkg [OPTIONS] COMMAND [ARGS]...")
    assert {"extract", "eval", "query"} <= {line.split()[0] for line in done.stdout.split("Commands:")[1].splitlines()
                                             if line.strip()}

