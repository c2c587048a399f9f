"""A threshold or switch for a learned relation kind the reader never writes is refused before the run, naming the
config file, even when the learned reader is not among ``relations`` (session 31: tidy53 found ``FOO=0.5`` accepted
without a word)."""

import pytest
from click.testing import CliRunner
from helpers import assert_one_line_error

from zhkg.cli import main


@pytest.mark.parametrize("setting", ['learned_relations_thresholds = ["OWNS=0.5", "FOO=0.5"]',
                                     'learned_relations_enabled = ["CHAIR_OF", "CHAIRS"]'])
def test_an_unknown_learned_kind_names_the_config_file(tmp_path, setting):
    config = tmp_path / "c.toml"
    config.write_text(f'relations = ["roles"]\n{setting}\n', encoding="utf-8")
    news = tmp_path / "news.txt"
    news.write_text("吴宇森的女儿吴飞霞客串茶馆伙计。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(news), "-o", str(tmp_path / "out"), "--config", str(config)])
    key, bad = ("learned_relations_thresholds", "FOO") if "FOO" in setting else ("learned_relations_enabled", "CHAIRS")
    assert_one_line_error(result, f"{config}: {key}: unknown learned relation {bad!r}; kinds are: "
                          + result.stderr.split("kinds are: ", 1)[-1].rstrip("\n"))
    assert "OWNS" in result.stderr and "CHAIR_OF" in result.stderr
    assert not (tmp_path / "out").exists()


def test_known_learned_kinds_run(tmp_path):
    config = tmp_path / "c.toml"
    config.write_text('relations = ["roles"]\nlearned_relations_thresholds = ["OWNS=0.5"]\n', encoding="utf-8")
    news = tmp_path / "news.txt"
    news.write_text("吴宇森的女儿吴飞霞客串茶馆伙计。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(news), "-o", str(tmp_path / "out"), "--config", str(config)])
    assert result.exit_code == 0, result.output
