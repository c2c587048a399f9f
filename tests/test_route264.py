"""route264: documents written in Traditional characters can go to their own recogniser model (``traditional_model =
true``; off by default, as the measurements decided); Simplified ones keep the shipped model (zhkg/ner/routing.py).

- the Traditional model ships in the package and is a whole crfsuite model;
- the pipeline hands each document to the model of its script (a spy on each model), a mixed-script document
  following the script normalise gives it; a batch reads each document as alone;
- ``traditional_model = false``, the default, sends every document to one model, as before;
- a Simplified-only run never loads the Traditional model;
- an explicit ``model_path`` reads every document unless ``traditional_model_path`` is also given;
- a bad Traditional model path is a one-line error before any document is read (library and CLI).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import assert_one_line_error

from zhkg.cli import main
from zhkg.config import Config
from zhkg.errors import ConfigError, ModelFileError
from zhkg.ner import routing
from zhkg.ner.model import DEFAULT_MODEL, check_model_file
from zhkg.ner.routing import TRADITIONAL_MODEL, Recognisers, traditional_model_file
from zhkg.records import Script
from zhkg.resources import data_path
from zhkg.run.pipeline import Pipeline
from zhkg.stages.documents import parse_documents
from zhkg.stages.normalise import to_simplified

# an article in Taiwan's letter forms (為, 眾, 裡) of 200 characters or more: what routes since route267
TRADITIONAL = ("台北市長候選人陳建國昨天在記者會上說，國民黨將全力支持。陳建國表示，為了改善市民的交通，市府將在明年完成"
               "捷運新線的規劃，並與新北市政府合作，讓兩市的公車路線更便利。他也指出，市內老舊公寓的都市更新是眾人關心的"
               "議題，「候選人應該提出具體的方案，而不是只在選前喊口號。」陳建國說，他在市議會服務十二年，了解基層的需求，也會"
               "在選後繼續與各區里長合作，為市民解決生活裡的各種問題。國民黨台北市黨部主委林志明也到場致詞。")
SIMPLIFIED = "北京市副市长王建国昨天在新闻发布会上说，市政府将全力支持。"
# mostly Simplified, one Traditional-only letter: normalise calls it Simplified
MIXED = "北京市副市长王建国昨天在新闻发布会上说，市政府将全力支持這件事。"


class Spy:
    """A recogniser that records the texts it is given and tags them with the real model."""

    def __init__(self, model) -> None:
        self.model, self.texts = model, []

    def tag_spans_many(self, texts, cuts=None, on_block=None):
        self.texts.extend(texts)
        return self.model.tag_spans_many(texts, cuts, on_block)


def spied(config: Config) -> tuple[Pipeline, Spy, Spy]:
    """A pipeline whose Simplified and Traditional models are spies (both tagging with the shipped model)."""
    pipeline = Pipeline(config)
    recognisers = pipeline.recognisers
    real = recognisers.main
    main_spy, traditional_spy = Spy(real), Spy(real)
    recognisers._main = main_spy
    if recognisers.traditional_path is not None:
        recognisers._traditional = traditional_spy
    return pipeline, main_spy, traditional_spy


ON = Config(traditional_model=True)


def documents(*texts: str):
    return [parse_documents(f"d{k}", text)[0] for k, text in enumerate(texts)]


# --- the shipped file ------------------------------------------------------------------------------------------------


def test_the_traditional_model_ships_in_the_package() -> None:
    path = traditional_model_file()
    assert path == data_path(TRADITIONAL_MODEL) and path.name == "ner_traditional_v2.crfsuite"
    check_model_file(path)  # a whole crfsuite model: magic and recorded size
    both = path.stat().st_size + data_path(DEFAULT_MODEL).stat().st_size
    assert both <= 30_000_000  # the budget for the recogniser's files


def test_packaging_includes_the_data_folder() -> None:
    pyproject = (Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    package_data = pyproject.split("[tool.setuptools.package-data]")[1].split("\n[")[0]
    assert '"resources/data/*"' in package_data


# --- routing ---------------------------------------------------------------------------------------------------------


def test_each_document_goes_to_its_scripts_model() -> None:
    pipeline, main_spy, traditional_spy = spied(ON)
    pipeline.extract_mentions_many(documents(SIMPLIFIED, TRADITIONAL, MIXED))
    # both read the normalised (Simplified) text
    assert traditional_spy.texts == [to_simplified(TRADITIONAL)]
    assert traditional_spy.texts[0].startswith("台北市长候选人陈建国昨天在记者会上说，国民党将全力支持。")
    assert main_spy.texts == [SIMPLIFIED, MIXED.replace("這", "这")]


def test_the_setting_off_sends_every_document_to_one_model() -> None:
    pipeline, main_spy, traditional_spy = spied(Config(traditional_model=False))
    pipeline.extract_mentions_many(documents(SIMPLIFIED, TRADITIONAL))
    assert len(main_spy.texts) == 2 and traditional_spy.texts == []
    assert pipeline.model_for(Script.TRADITIONAL) is pipeline.model


@pytest.mark.parametrize(("config", "routes"), [
    (ON, True),
    (Config(), True),  # on by default since session 60 (router292 met the lead's rule)
    (Config(traditional_model=False), False),
    (Config(traditional_model=True, model_path=str(data_path(DEFAULT_MODEL))), False),  # a user's model reads all
    (Config(traditional_model=True, model_path=str(data_path(DEFAULT_MODEL)),
            traditional_model_path=str(traditional_model_file())), True),
    (Config(traditional_model=False, traditional_model_path=str(traditional_model_file())), False),
])
def test_which_settings_route_traditional_documents(config: Config, routes: bool) -> None:
    recognisers = Recognisers(config.model_path, config.traditional_model_path, route=config.traditional_model)
    assert recognisers.routes(Script.TRADITIONAL) is routes
    assert not recognisers.routes(Script.SIMPLIFIED) and not recognisers.routes(Script.UNKNOWN)


def test_a_batch_reads_each_document_as_alone() -> None:
    pipeline = Pipeline(ON)
    docs = documents(TRADITIONAL, SIMPLIFIED, TRADITIONAL.replace("陳建國", "林志明"))
    assert pipeline.extract_mentions_many(docs) == [pipeline.extract_mentions(d) for d in docs]


def test_the_traditional_model_reads_traditional_text() -> None:
    pipeline = Pipeline(ON)
    names = {(m.text, m.label.value) for m in pipeline.extract_mentions(documents(TRADITIONAL)[0])}
    assert ("陳建國", "PERSON") in names and ("國民黨", "ORGANIZATION") in names
    assert pipeline.recognisers.loaded_traditional


def test_a_simplified_only_run_never_loads_the_traditional_model(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded: list[object] = []
    real = routing.load_model
    monkeypatch.setattr(routing, "load_model", lambda path=None: loaded.append(path) or real(path))
    pipeline = Pipeline(ON)
    pipeline.extract_mentions_many(documents(SIMPLIFIED, MIXED, "2020年"))
    assert loaded == [None]  # the shipped Simplified model, once
    assert not pipeline.recognisers.loaded_traditional


# --- bad paths -------------------------------------------------------------------------------------------------------


def test_a_bad_traditional_model_path_raises_before_any_document(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.crfsuite"
    with pytest.raises(ModelFileError, match="NER model file not found") as info:
        Pipeline(Config(traditional_model=True, traditional_model_path=str(missing))).extract_mentions_many(documents(SIMPLIFIED))
    assert str(missing) in str(info.value)
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelFileError, match="bad header"):
        _ = Pipeline(Config(traditional_model=True, traditional_model_path=str(bad))).model


def test_a_bad_traditional_model_path_is_ignored_when_routing_is_off(tmp_path: Path) -> None:
    config = Config(traditional_model=False, traditional_model_path=str(tmp_path / "nowhere.crfsuite"))
    assert Pipeline(config).extract_mentions_many(documents(TRADITIONAL))[0]


def test_the_cli_names_a_bad_traditional_model_path_in_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.crfsuite"
    config = tmp_path / "zhkg.toml"
    config.write_text(f"traditional_model = true\ntraditional_model_path = '{missing}'\n", encoding="utf-8")
    news = tmp_path / "news.txt"
    news.write_text(SIMPLIFIED, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(news), "-o", str(tmp_path / "out"), "--config", str(config),
                                       "--jobs", "1"])
    assert_one_line_error(result, f"NER model file not found: {missing}")


@pytest.mark.parametrize(("text", "message"), [
    ("traditional_model = 'no'\n", "traditional_model must be a boolean, not a string"),
    ("traditional_model_path = false\n", "traditional_model_path must be a string, not a boolean"),
])
def test_the_settings_are_typed(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Config.parse_toml(text)
    assert Config.parse_toml("traditional_model = true\n").traditional_model is True
    assert Config().traditional_model is True  # on by default since session 60 (docs/changes-session60.md, lead)
    assert Config.parse_toml("traditional_model = false\n").traditional_model is False
