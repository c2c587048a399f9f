"""One set of name keys for the HTML page's search box and the query API (zhkg.query.names)."""

import re
import unicodedata

import pytest

from zhkg.errors import UnknownNameError
from zhkg.export.graphml import write_graphml
from zhkg.export.html import render_html
from zhkg.query.graph import load_graph
from zhkg.query.names import name_keys, pinyin_key, pinyin_keys
from zhkg.records import Document, Entity, Evidence, Label, Mention, Relation, RelationKind
from zhkg.stages.graph import build_graph

PEOPLE = ["曾国藩", "闫维洪", "欧阳修", "吕布", "单雄信"]
PLACES = ["平谷区"]


def _page_form(text: str) -> str:
    """The page script's ``pinyinForm`` (export/assets/zhkg.js), for keys and queries alike."""
    decomposed = re.sub("[\u0300-\u036f]", "", unicodedata.normalize("NFKD", text)).lower()
    return re.sub(r"[\s'\u2019\u00b7.\-]+", "", decomposed)


def _page_finds(keys: list[str], query: str) -> bool:
    """Whether the page's search takes ``query`` as an exact pinyin match of one of ``keys``."""
    q = _page_form(query)
    return bool(re.fullmatch(r"[a-z0-9]*[a-z][a-z0-9]*", q)) and q in {_page_form(k) for k in keys}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    """A graph of the names above, written as GraphML and read back as users do."""
    text = "，".join(PEOPLE + PLACES)
    entities, relations, at = [], [], 0
    for name in PEOPLE + PLACES:
        label = Label.PERSON if name in PEOPLE else Label.PLACE
        mention = Mention("d", at, at + len(name), name, name, label, "test")
        entity_id = f"{label.value.lower()}:{name}"
        entities.append(Entity(entity_id, label, name, name, (name,), (mention,), doc_ids=("d",)))
        evidence = Evidence("d", text, at, at + len(name))
        relations.append(Relation(entity_id, "doc:d", RelationKind.MENTIONED_IN, evidence))
        at += len(name) + 1
    path = tmp_path_factory.mktemp("names") / "names.graphml"
    write_graphml(build_graph([Document("d", text, title="名")], entities, relations), path)
    return load_graph(path)


@pytest.mark.parametrize(
    ("name", "query"),
    [
        ("曾国藩", "Zeng Guofan"),  # the surname's own reading, not pypinyin's "ceng"
        ("曾国藩", "zengguofan"),
        ("曾国藩", "Zēng Guófān"),
        ("曾国藩", "ceng guo fan"),  # the character's commonest reading still works
        ("闫维洪", "Yan Weihong"),
        ("闫维洪", "yanweihong"),
        ("闫维洪", "Yán Wéihóng"),
        ("闫维洪", "yan wei hong"),
        ("闫维洪", "YAN WEI-HONG"),
        ("欧阳修", "Ouyang Xiu"),  # compound surname
        ("吕布", "Lü Bu"),  # ü typed as ü, v or u
        ("吕布", "lv bu"),
        ("吕布", "lubu"),
        ("单雄信", "Shan Xiongxin"),
        ("平谷区", "Pinggu Qu"),
        ("平谷区", "ping gu qu"),
    ],
)
def test_page_and_api_find_a_name_by_the_same_pinyin(kg, name: str, query: str) -> None:
    person = name in PEOPLE
    assert _page_finds(pinyin_keys(name, person=person), query)
    assert pinyin_key(query) in name_keys(name, person=person)
    assert kg.entity(query).name_simplified == name


def test_the_page_embeds_the_names_module_keys(kg) -> None:
    page = render_html(kg.G)
    for key in pinyin_keys("曾国藩", person=True):
        assert f'"{key}"' in page
    assert "zeng guofan" in page


@pytest.mark.parametrize("query", ["阎维洪", "Zeng Gua"])  # 阎 sounds like 闫: another name
def test_the_api_wants_a_name_or_the_start_of_its_pinyin(kg, query: str) -> None:
    with pytest.raises(UnknownNameError):
        kg.entity(query)


@pytest.mark.parametrize(("query", "name"), [("Zeng Guo", "曾国藩"), ("Yan Weihon", "闫维洪")])
def test_the_start_of_one_name_in_pinyin_finds_it_as_the_page_does(kg, query: str, name: str) -> None:
    assert kg.entity(query).name_simplified == name  # ux26: the page's search box found them, the API did not


@pytest.mark.parametrize(
    ("name", "person", "expected"),
    [
        ("曾国藩", True, ("cengguofan", "zengguofan")),
        ("曾国藩", False, ("cengguofan",)),  # a surname reading is for people only
        ("欧阳修", True, ("ouyangxiu",)),
        ("吕布", True, ("lubu",)),
    ],
)
def test_name_keys(name: str, person: bool, expected: tuple[str, ...]) -> None:
    assert name_keys(name, person=person) == expected
