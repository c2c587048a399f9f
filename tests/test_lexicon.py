"""The typed lexicon: shipped tables parsed once, users' folders added to them, bad rows refused."""

import dataclasses
from pathlib import Path

import pytest

from zhkg.config import Config
from zhkg.errors import ConfigError
from zhkg.records import Label
from zhkg.resources.gazetteer import load_gazetteer
from zhkg.resources.lexicon import TABLES, Lexicon, load_lexicon
from zhkg.run.pipeline import Pipeline
from zhkg.stages.segment import make_nlp

DATA = Path(__file__).resolve().parents[1] / "pipeline" / "zhkg" / "resources" / "data"


def _folder(tmp_path: Path, **tables: str) -> str:
    """A user lexicon folder; keyword ``org_suffixes_tsv`` writes ``org_suffixes.tsv``."""
    for name, text in tables.items():
        (tmp_path / name.replace("_tsv", ".tsv").replace("_txt", ".txt")).write_text(text, encoding="utf-8")
    return str(tmp_path)


def _entities(dirs: tuple[str, ...], text: str, *, recogniser: bool) -> set[tuple[str, str]]:
    result = Pipeline(Config(lexicon_dirs=dirs, recogniser=recogniser)).run_texts([("t", text)])
    return {(e.label.value, e.name) for e in result.extraction.entities}


def test_shipped_tables_are_parsed_once() -> None:
    lexicon = load_lexicon()
    assert lexicon is load_lexicon(())
    assert isinstance(lexicon, Lexicon)
    with pytest.raises(dataclasses.FrozenInstanceError):
        lexicon.surnames = frozenset()  # type: ignore[misc]


def test_every_shipped_table_has_a_format() -> None:
    shipped = {p.name for p in DATA.iterdir() if p.suffix in (".tsv", ".txt")}
    assert shipped <= set(TABLES)


def test_knowledge_the_extractors_share() -> None:
    lexicon = load_lexicon()
    assert lexicon.role_words.index("党组书记") < lexicon.role_words.index("书记")
    assert {"全区": "区", "本市": "市", "自治区": "省"}.items() <= lexicon.deixis.items()
    assert "两岸" in lexicon.stoplisted_words and "长城" in lexicon.place_stoplist
    assert "长城" not in lexicon.stoplisted_words  # a landmark: the model may still read it as a place
    assert {"欧阳", "太史"} <= lexicon.compound_surnames
    assert lexicon.surname_readings["曾"] == "zeng"


# -- a user's own words -----------------------------------------------------------------------------


def test_user_role_word_finds_the_person_after_it(tmp_path: Path) -> None:
    text = "巡河队员王丘强在溪边巡查。"
    folder = _folder(tmp_path, roles_tsv="# a made-up title\n巡河队员\triver patrol officer\n")
    assert ("PERSON", "王丘强") not in _entities((), text, recogniser=False)
    assert ("PERSON", "王丘强") in _entities((folder,), text, recogniser=False)
    assert load_lexicon((folder,)).role_glosses["巡河队员"] == "river patrol officer"


def test_user_role_word_gives_a_role_relation(tmp_path: Path) -> None:
    text = "平谷区政协巡河队员王丘强在溪边巡查。"
    folder = _folder(tmp_path, roles_tsv="巡河队员\n")

    def roles(dirs: tuple[str, ...]) -> set[tuple[str, str, str]]:
        G = Pipeline(Config(lexicon_dirs=dirs, recogniser=False)).run_texts([("t", text)]).graph
        return {(u, v, d["role"]) for u, v, d in G.edges(data=True) if d["label"] == "HOLDS_ROLE"}

    assert ("person:王丘强", "org:平谷区政协", "巡河队员") not in roles(())
    assert ("person:王丘强", "org:平谷区政协", "巡河队员") in roles((folder,))


def test_user_org_suffix_makes_an_organisation(tmp_path: Path) -> None:
    text = "平谷区绿源合作社今年丰收。"
    folder = _folder(tmp_path, org_suffixes_tsv="合作社\tstrong\n")
    assert ("ORGANIZATION", "平谷区绿源合作社") not in _entities((), text, recogniser=False)
    assert ("ORGANIZATION", "平谷区绿源合作社") in _entities((folder,), text, recogniser=False)


@pytest.mark.parametrize(
    ("table", "name", "label"),
    [("people_txt", "司空图", Label.PERSON), ("places_txt", "星光农庄", Label.PLACE),
     ("organisations_txt", "溪畔读书会", Label.ORGANIZATION)],
)
def test_user_names_are_found_whole(tmp_path: Path, table: str, name: str, label: Label) -> None:
    text = f"今天{name}来了消息。"
    folder = _folder(tmp_path, **{table: f"{name}\n"})
    assert (label.value, name) not in _entities((), text, recogniser=True)
    assert (label.value, name) in _entities((folder,), text, recogniser=True)


def test_user_words_reach_jieba(tmp_path: Path) -> None:
    folder = _folder(tmp_path, words_tsv="鹿鸣湾畔\t\tns\n")
    assert "鹿鸣湾畔" in [t.text for t in make_nlp(Config(lexicon_dirs=(folder,)))("鹿鸣湾畔风景好")]


def test_user_place_alias_reaches_the_gazetteer(tmp_path: Path) -> None:
    folder = _folder(tmp_path, place_aliases_tsv="京畿平谷\t110117\tfull\n")
    assert load_gazetteer(load_lexicon((folder,))).resolve("京畿平谷").name == "平谷区"
    assert not load_gazetteer().lookup("京畿平谷")


def test_user_rows_add_to_the_shipped_ones(tmp_path: Path) -> None:
    folder = _folder(tmp_path, surnames_txt="\ufeff# mine\n\n司空\n", classifiers_tsv="棵\tmeasure\ttrees\n")
    lexicon = load_lexicon((folder,))
    assert "司空" in lexicon.surnames and "王" in lexicon.surnames
    assert lexicon.classifiers["棵"] == "measure" and lexicon.classifiers["个"] == "measure"
    assert lexicon.dirs == (folder,)


# -- mistakes ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("org_suffixes.tsv", "合作社\tstrong\n农场\tstrongest\n",
         "org_suffixes.tsv:2: bad strength 'strongest': expected strong or weak or standalone"),
        ("words.tsv", "# word freq tag\n鹿鸣湾畔\tmany\tns\n", "words.tsv:2: bad freq 'many': expected a whole number"),
        ("roles.tsv", "\tchief\n", "roles.tsv:1: missing word"),
        ("glossary.tsv", "棵树\n", "glossary.tsv:1: missing gloss"),
        ("deixis.tsv", "全镇\t镇\n", "deixis.tsv:1: bad level '镇': expected one of 省 市 县 区 州"),
        ("place_extra_divisions.tsv", "X1\t星光\tCN\tone\n", "place_extra_divisions.tsv:1: bad level 'one'"),
        ("place_world.tsv", "XA\t星光国\t\t0\tmaybe\n", "place_world.tsv:1: bad context 'maybe': expected context"),
        ("place_code_changes.tsv", "110117\n", "place_code_changes.tsv:1: missing code"),
    ],
)
def test_a_malformed_user_table_names_file_and_line(tmp_path: Path, name: str, text: str, message: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_lexicon((str(tmp_path),))
    assert message in str(caught.value)
    assert str(tmp_path / name) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_malformed_table_stops_the_pipeline(tmp_path: Path) -> None:
    folder = _folder(tmp_path, classifiers_tsv="棵\tcount\n")
    with pytest.raises(ConfigError, match=r"classifiers.tsv:1: bad role 'count': expected measure or unit"):
        Pipeline(Config(lexicon_dirs=(folder,))).run_texts([("t", "三棵树")])


def test_a_missing_folder_and_undecodable_table(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_lexicon((str(tmp_path / "nowhere"),))
    (tmp_path / "surnames.txt").write_bytes("王\n".encode("gbk"))
    with pytest.raises(ConfigError, match=r"surnames.txt: not valid UTF-8"):
        load_lexicon((str(tmp_path),))


def test_user_divisions_with_context_and_further_names(tmp_path: Path) -> None:
    folder = _folder(tmp_path, place_extra_divisions_tsv="XA\t星光国\t\t0\t\t星光共和国|星光\n"
                                                        "XA-1\t北港口\tXA\t2\tcontext\n")
    g = load_gazetteer(load_lexicon((folder,)))
    assert g.resolve("星光共和国").code == g.resolve("星光").code == "XA"
    assert g.resolve("北港口") is None and g.resolve("北港口", ["XA"]).code == "XA-1"


def test_a_code_change_to_an_unknown_division(tmp_path: Path) -> None:
    folder = _folder(tmp_path, place_code_changes_tsv="110117\tPINGGU\n")
    with pytest.raises(ConfigError, match="place_code_changes.tsv:1: 110117 becomes an unknown division code PINGGU"):
        load_gazetteer(load_lexicon((folder,)))


def test_an_alias_of_an_unknown_division(tmp_path: Path) -> None:
    folder = _folder(tmp_path, place_aliases_tsv="星光\t999999\tfull\n")
    with pytest.raises(ConfigError, match="place_aliases.tsv:1: 星光 names an unknown division code 999999"):
        load_gazetteer(load_lexicon((folder,)))


@pytest.mark.parametrize(("text", "name"), [("全区办公室发布通知", "全区办公室"), ("本市教育局发布通知", "本市教育局")])
def test_every_deixis_word_licenses_a_weak_head(text: str, name: str) -> None:
    from zhkg.extract.organisations import extract_organisations

    assert [m.text for m in extract_organisations(make_nlp()(text))] == [name]
