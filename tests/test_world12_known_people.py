"""Well-known people named by a short name alone, in every region's spelling (people_known.tsv, issue 15)."""

from __future__ import annotations

import pytest

from zhkg import Config, Document, Pipeline
from zhkg.extract.combine import combine_mentions
from zhkg.extract.known_people import extract_known_people, known_people, known_person_forms
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.normalise import to_simplified
from zhkg.stages.segment import token_table


def _known(nlp, text: str) -> list[tuple[str, str]]:
    """(form as written in the normalised text, the person's name) of the listed people in ``text``."""
    simplified = to_simplified(text)
    return [(simplified[s:e], p.name) for s, e, p in known_people(simplified, token_table(nlp(simplified)))]


def _people(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    """(text as written, canonical name) of every PERSON mention the whole extraction keeps."""
    result = pipeline.process_document(Document("d", text))
    return [(m.text, m.canonical) for m in result.mentions if m.label is Label.PERSON]


@pytest.mark.parametrize("text, form, canonical", [
    ("外界关注特朗普的动向。", "特朗普", "特朗普"),
    ("外界關注川普的動向。", "川普", "特朗普"),
    ("杜林普昨日抵港。", "杜林普", "特朗普"),
    ("奥巴马今天抵达。", "奥巴马", "奥巴马"),
    ("歐巴馬今天抵達。", "歐巴馬", "奥巴马"),
    ("奧巴馬今天抵達。", "奧巴馬", "奥巴马"),
    ("默克尔表示欢迎。", "默克尔", "默克尔"),
    ("梅克爾表示歡迎。", "梅克爾", "默克尔"),
    ("普京没有回应。", "普京", "普京"),
    ("蒲亭沒有回應。", "蒲亭", "普京"),
    ("普丁沒有回應。", "普丁", "普京"),
    ("泽连斯基表示感谢。", "泽连斯基", "泽连斯基"),
    ("澤倫斯基表示感謝。", "澤倫斯基", "泽连斯基"),
    ("馬斯克宣布裁員。", "馬斯克", "马斯克"),
    ("祖克柏出席聽證會。", "祖克柏", "扎克伯格"),
])
def test_every_spelling_is_the_person(pipeline: Pipeline, text: str, form: str, canonical: str) -> None:
    # one node for every spelling, named as mainland news writes the person alone
    assert (form, canonical) in _people(pipeline, text)


@pytest.mark.parametrize("text", ["他与川普通电话。", "他與川普通電話。", "外界称川普通过推特发文。"])
def test_a_name_jieba_cuts_across_is_read_where_the_next_word_reaches_further(nlp, text: str) -> None:
    # 川|普通|电话: 普通 is no word where 通电话 (通过) reaches further
    assert _known(nlp, text) == [("川普", "特朗普")]


@pytest.mark.parametrize("text", ["四川普通话很好听。", "四川普通話很好聽。", "他说一口川普通话。"])
def test_a_name_inside_a_word_is_none(nlp, text: str) -> None:
    assert _known(nlp, text) == []


@pytest.mark.parametrize("text", ["伊万卡·特朗普访华。", "伊萬卡·川普訪台。", "劳拉·布什出席活动。", "希拉里 达芙出演新剧。"])
def test_a_part_of_another_persons_name_is_none(nlp, text: str) -> None:
    assert _known(nlp, text) == []


@pytest.mark.parametrize("text", ["他抵达肯尼迪机场。", "台北羅斯福路塞車。", "梅西百货关店。", "新浪体育讯记者戴高乐报道。"])
def test_a_place_a_thing_or_a_writer_named_so_is_none(nlp, text: str) -> None:
    assert _known(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("乔丹访问约旦。", []),
    ("喬丹訪問約旦。", []),
    ("乔丹在NBA打了15个赛季。", [("乔丹", "乔丹")]),
    ("喬丹在NBA打了15個賽季。", [("乔丹", "乔丹")]),
    # the full name written anywhere makes the short form the person, cue or none
    ("迈克尔·乔丹退役了。乔丹访问约旦。", [("迈克尔·乔丹", "乔丹"), ("乔丹", "乔丹")]),
    ("林肯推出新车型。", []),
    ("林肯总统发表演说。", [("林肯", "林肯")]),
])
def test_an_ambiguous_name_needs_a_cue(nlp, text: str, expected: list) -> None:
    assert _known(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "美国总统川普今日表示，欧巴马与川普在白宫会面。川普称满意。",
    "美國總統川普今日表示，歐巴馬與川普在白宮會面。川普稱滿意。",
])
def test_all_spellings_are_one_entity_labelled_as_written_most(text: str) -> None:
    result = Pipeline().run_documents([Document("d", text), Document("e", "特朗普今天抵达日本。")])
    people = {e.name: e for e in result.extraction.entities if e.label is Label.PERSON}
    trump = people["特朗普"]
    assert set(trump.doc_ids) == {"d", "e"}
    assert trump.display == text[text.index("川"):text.index("川") + 2]  # 川普: three mentions to one of 特朗普
    assert "奥巴马" in people and "欧巴马" not in people


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_models_place_on_a_listed_name_yields_to_the_person(nlp, script: str) -> None:
    text = "他还指出，美国奥巴马把经济押宝在新能源上。"
    original = text if script == "simplified" else "他還指出，美國奧巴馬把經濟押寶在新能源上。"
    doc = nlp(text)
    people = extract_known_people(doc)
    start = text.index("奥巴马")
    place = Mention("d", start, start + 3, original[start:start + 3], "奥巴马", Label.PLACE, MentionSource.RECOGNISER)
    out = combine_mentions([], [], people, [place], text, table=token_table(doc), original=original)
    assert [(m.simplified, m.label) for m in out if m.start == start] == [("奥巴马", Label.PERSON)]


def test_a_body_the_model_reads_around_the_name_stays(nlp) -> None:
    text = "奥巴马政府宣布新政策。"
    doc = nlp(text)
    body = Mention("d", 0, 5, "奥巴马政府", "奥巴马政府", Label.ORGANIZATION, MentionSource.RECOGNISER)
    out = combine_mentions([], [], extract_known_people(doc), [body], text, table=token_table(doc))
    assert [(m.simplified, m.label) for m in out] == [("奥巴马政府", Label.ORGANIZATION)]


def test_a_full_name_the_document_writes_names_its_parts(pipeline: Pipeline) -> None:
    # another player of the name: the document's own full name wins over the table's 斯蒂芬·库里
    text = "尼克斯中锋埃迪·库里被交易。NBA消息称，库里将前往森林狼。"
    assert {c for t, c in _people(pipeline, text) if t in ("库里", "埃迪·库里")} == {"埃迪·库里"}


def test_a_users_folder_adds_people(tmp_path) -> None:
    (tmp_path / "people_known.tsv").write_text("若昂·阿尔维什\t阿尔维什\tPT\t\tA made-up person\n", encoding="utf-8")
    lexicon = load_lexicon((str(tmp_path),))
    person = known_person_forms(lexicon)["若昂·阿尔维什"]
    assert (person.name, person.canonical, person.country) == ("阿尔维什", "若昂·阿尔维什", "PT")
    result = Pipeline(Config(lexicon_dirs=(str(tmp_path),))).process_document(Document("d", "若昂·阿尔维什今天抵达。阿尔维什说。"))
    assert [(m.text, m.canonical) for m in result.mentions if m.label is Label.PERSON] == [("若昂·阿尔维什", "阿尔维什"),
                                                                                         ("阿尔维什", "阿尔维什")]
