"""Round tidy53: small defects left by session 31's rounds.

* ``organisations_known.tsv`` listed 商台 twice; that table and the division tables now refuse a word (a code)
  listed twice, any table a row written twice (``place_abbreviations.tsv`` held 巴以 twice), and place_world's
  three codes with two rows (塞班 and 塞班岛) are one row each;
* errors about a user's place tables name the file and line, an unknown pair relation its config file;
* a person of two before 和 and a clause opened by a time (or 曾 and a verb) takes 和 back (施克和今天表示);
* the README's query example prints as the command does.
"""

from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import assert_one_line_error, both_scripts, labelled_mentions

from zhkg.cli import main
from zhkg.errors import ConfigError
from zhkg.resources.gazetteer import load_gazetteer
from zhkg.resources.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "pipeline" / "zhkg" / "resources" / "data"


def _first_cells(name: str, columns: int = 1) -> list[tuple[str, ...]]:
    return [tuple(line.split("\t")[:columns]) for line in (DATA / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


# ---- 1. a word listed twice


@pytest.mark.parametrize("name", ["organisations_known.tsv", "place_extra_divisions.tsv", "place_hong_kong_macau.tsv",
                                  "place_taiwan.tsv", "place_world.tsv"])
def test_the_shipped_table_lists_each_word_once(name):
    cells = _first_cells(name)
    assert len(cells) == len(set(cells)), sorted({c for c in cells if cells.count(c) > 1})


def test_shangtai_is_one_row_with_its_full_name_and_still_names_the_body():
    assert _first_cells("organisations_known.tsv", 4).count(("商台", "media", "hongkong", "商业电台")) == 1
    known = load_lexicon().known_organisations
    assert known["商台"] == ("media", "hongkong", "商台", False)
    assert known["商业电台"][2] == "商台"  # one body, named by the form listed first


def test_place_abbreviations_write_each_row_once():
    rows = _first_cells("place_abbreviations.tsv", 3)
    assert len(rows) == len(set(rows)), sorted({r for r in rows if rows.count(r) > 1})


@pytest.mark.parametrize("form", ["塞班", "塞班岛", "莫尔兹比港", "莫尔斯比港", "姆巴巴纳", "姆巴巴内"])
def test_a_world_city_of_two_rows_is_one_division_by_either_name(form):
    names = {"MP-city:Saipan": "塞班岛", "PG-city:Port_Moresby": "莫尔斯比港", "SZ-city:Mbabane": "姆巴巴内"}
    division = load_gazetteer().resolve(form)
    assert division is not None and names[division.code] == division.name


@pytest.mark.parametrize("name, text, message", [
    ("organisations_known.tsv", "鼎盛台\tmedia\thongkong\n# note\n鼎盛台\tmedia\thongkong\t鼎盛电台\n",
     "organisations_known.tsv:3: word '鼎盛台' is listed twice (also on line 1); keep one row"),
    ("organisations_known.tsv", "鼎盛臺\tmedia\ttaiwan\n鼎盛臺\tcompany\ttaiwan\n",
     "organisations_known.tsv:2: word '鼎盛臺' is listed twice (also on line 1); keep one row"),
    ("place_extra_divisions.tsv", "XA\t星光国\t\t0\nXA\t星光共和国\t\t0\n",
     "place_extra_divisions.tsv:2: code 'XA' is listed twice (also on line 1); keep one row"),
    ("place_abbreviations.tsv", "在星光\t星\tXA\n\n在星光\t星\tXA\n",
     "place_abbreviations.tsv:3: the row of line 1 written again; keep one"),
    ("people.txt", "王小明\n王小明\n", "people.txt:2: the row of line 1 written again; keep one"),
])
def test_a_user_table_listing_a_word_twice_is_refused(tmp_path, name, text, message):
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_lexicon((str(tmp_path),))
    assert str(caught.value) == f"{tmp_path / name}{message[len(name):]}"


def test_a_user_row_for_a_shipped_body_still_replaces_it(tmp_path):
    (tmp_path / "organisations_known.tsv").write_text("商台\tmedia\thongkong\t\t\tCRHK\n", encoding="utf-8")
    assert load_lexicon((str(tmp_path),)).known_organisations["商台"] == ("media", "hongkong", "商台", False)


# ---- 2. errors name the file and line


@pytest.mark.parametrize("name, text, message", [
    ("place_aliases.tsv", "# mine\n平谷\t110117\tfull\n平谷二\t999999\tfull\n",
     "3: 平谷二 names an unknown division code 999999"),
    ("place_aliases.tsv", "平穀\t999999\tshort\n", "1: 平穀 names an unknown division code 999999"),
    ("place_code_changes.tsv", "\n110117\tPINGGU\n", "2: 110117 becomes an unknown division code PINGGU"),
    ("place_abbreviations.tsv", "# x\n在平谷\t京\t110000\n", "2: '京' is not inside '在平谷'"),
])
def test_a_bad_place_row_is_named_by_file_and_line(tmp_path, name, text, message):
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_gazetteer(load_lexicon((str(tmp_path),)))
    assert str(caught.value) == f"{tmp_path / name}:{message}"


def test_the_command_line_names_the_place_table_and_line(tmp_path):
    (tmp_path / "words").mkdir()
    table = tmp_path / "words" / "place_aliases.tsv"
    table.write_text("平谷\t999999\tfull\n", encoding="utf-8")
    news = tmp_path / "news.txt"
    news.write_text("平谷区今天召开会议。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(news), "-o", str(tmp_path / "out"), "--no-model",
                                       "--lexicon", str(tmp_path / "words")])
    assert_one_line_error(result, f"{table}:1: 平谷 names an unknown division code 999999")
    assert not (tmp_path / "out").exists()


def test_an_unknown_pair_relation_names_the_config_file(tmp_path):
    config = tmp_path / "c.toml"
    config.write_text('relations = ["roles"]\npair_relations_enabled = ["OWNS", "FOO"]\n', encoding="utf-8")
    news = tmp_path / "news.txt"
    news.write_text("吴宇森的女儿吴飞霞客串茶馆伙计。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(news), "-o", str(tmp_path / "out"), "--config", str(config)])
    assert_one_line_error(result, f"{config}: pair_relations_enabled: unknown pair relation 'FOO'; kinds are: "
                          "COMPETES_WITH, OWNS, ACQUIRED, SPOUSE_OF, PARENT_OF, GRADUATED_FROM, HEADQUARTERED_IN, "
                          "PARTNER_OF")
    assert not (tmp_path / "out").exists()


# ---- 3. a given name ending in 和


@pytest.mark.parametrize("text, name", both_scripts([
    ("经济部长施克和今天表示，将检讨油价。", "施克和"),
    ("经济部长施克和昨天在立法院答询。", "施克和"),
    ("施克和上午视察工厂。", "施克和"),
    ("施克和曾担任经济部次长。", "施克和"),
    ("台北市政府社会局今天召开记者会，局长张家和今天表示将增加补助。", "张家和"),
]))
def test_a_name_ending_in_he_before_a_clause_is_one_name(pipeline, text, name):
    people = {m for label, m in labelled_mentions(pipeline, text) if label == "PERSON"}
    assert name in people and name[:2] not in people, people


@pytest.mark.parametrize("text, names", both_scripts([
    ("张三和今天到场的李四握手。", {"张三", "李四"}),
    ("张三和曾任部长的李四握手。", {"张三", "李四"}),
    ("王平和曾庆红会面。", {"王平", "曾庆红"}),
    ("王平和今天的同事一起出席。", {"王平"}),
]))
def test_he_before_a_second_person_or_a_noun_still_joins_two(pipeline, text, names):
    people = {m for label, m in labelled_mentions(pipeline, text) if label == "PERSON"}
    assert names <= people and not any(p.endswith("和") for p in people), people


# ---- 4. the README's commands


def test_the_readme_query_example_prints_as_the_command_does():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = "$ zhkg query graphs/000_e88b616f19a6a93b.graphml people-of 平谷区政协\n"
    shown = readme.split(command, 1)[1].split("\n...\n", 1)[0].splitlines()
    result = CliRunner().invoke(main, ["query", str(ROOT / "graphs" / "000_e88b616f19a6a93b.graphml"), "people-of",
                                       "平谷区政协"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:len(shown)] == shown
