"""Names as Traditional Wikipedia and news write them (issue 15, Universal NER's conventions).

Each row is a sentence written for these tests, in Traditional characters as written (not converted), run
through the whole pipeline with the recogniser on; the rows check the graph's nodes by their Simplified
names and the mentions' spans.
"""

import pytest
from helpers import aliases, entity_nodes


@pytest.mark.parametrize("text, present, absent", [
    # a transliterated name whose characters the list does not know (葉, 甫, 申): the model's reading of the
    # whole name, separator and all, wins over the part the list found (根尼·普魯), less a verb after it
    ("年僅12歲的葉甫根尼·普魯申科住在聖彼得堡。", [("葉甫根尼·普魯申科", "PERSON")],
     [("根尼·普魯", "PERSON"), ("葉甫根尼·普魯申科住", "PERSON")]),
    # a kin term is no part of the name after it, though 哥 writes names (哥倫布)
    ("她的哥哥洛馬納·盧阿盧阿也是球員。", [("洛馬納·盧阿盧阿", "PERSON")], [("哥哥洛馬納·盧阿盧阿", "PERSON")]),
    # 之 + kin in the written style: X之弟 is X's brother, the person is X
    ("大將軍擊殺了陳安之弟陳集。", [("陳安", "PERSON"), ("陳集", "PERSON")], [("陳安之弟", "PERSON")]),
])
def test_name_spans(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, node, original", [
    # a Latin-script original in brackets after a name is that name again: an alias of its type, even
    # where the model read it as another type or missed it
    ("卡斯科奎姆河（Kuskokwim River）是阿拉斯加州的河流。", ("PLACE", "卡斯科奎姆河"), "Kuskokwim River"),
    ("華盛頓郵報（The Washington Post）報道了此事。", ("ORGANIZATION", "华盛顿邮报"), "The Washington Post"),
])
def test_bracketed_original_is_an_alias(pipeline, text, node, original):
    nodes = entity_nodes(pipeline, text, aliases)
    assert original in nodes[node], sorted(nodes.items())
    assert not any(name == original for _, name in nodes), sorted(nodes)


@pytest.mark.parametrize("text, original", [
    # after a work's title, a scientific name's cue or an ordinary word, an original is no name
    ("《西城故事》（West Side Story）是一部音樂劇。", "West Side Story"),
    ("冷杉（學名：Abies fabri）是一種植物。", "Abies fabri"),
    ("人工智慧（AI）改變了世界。", "AI"),
])
def test_bracketed_original_after_no_name_is_no_name(mentions_in, text, original):
    assert not any(name == original for name, _ in mentions_in(text))


def test_name_read_across_a_bracket_stands(mentions_in):
    # the bracket is inside the name: the original does not cut it
    text = "倫敦金屬交易所（LME）行政總裁表示，價格將上漲。"
    found = mentions_in(text)
    assert ("倫敦金屬交易所", "ORGANIZATION") in found or any("LME" in n for n, _ in found), sorted(found)


def test_what_has_a_scientific_name_is_no_name(mentions_in):
    # a species before （學名：…） is neither a person nor a place, whatever the model reads
    text = "冷杉（學名：Abies fabri）是一種植物。"
    assert not any(name == "冷杉" for name, _ in mentions_in(text))


@pytest.mark.parametrize("text, present, absent", [
    # a facility named by a district written after its city is the district's site, the city a place of its own
    # (sites198, session 46: as MSRA train writes 北京|怀柔体育场 and the web set 阿坝州|九寨沟景区; before, the chain
    # was one place)
    ("天津河西體育館今天開放。", [("河西體育館", "PLACE"), ("天津", "PLACE")], [("天津河西體育館", "PLACE")]),
    # a name the model reads as a person before a church's or a range's head word names the place
    ("村裡有一座吳莊天主教堂。", [("吳莊天主教堂", "PLACE")], [("吳莊", "PERSON")]),
])
def test_facilities(finds, text, present, absent):
    finds(text, present, absent)


def test_city_before_a_named_facility_is_the_facility_s(mentions_in):
    # a city before a facility whose own name is no place: People's Daily marks the city on its own, the web set
    # the site whole, and since sites198 (session 46) zhkg follows the web set
    found = mentions_in("球賽在昆明拓東體育場舉行。")
    assert ("昆明拓東體育場", "PLACE") in found, sorted(found)


def test_department_after_the_government_is_two_bodies(mentions_in):
    found = mentions_in("港府路政署昨日表示，工程將延期。")
    assert {("港府", "ORGANIZATION"), ("路政署", "ORGANIZATION")} <= found, sorted(found)
    assert ("港府路政署", "PLACE") not in found


@pytest.mark.parametrize("text", [
    "他們在羅納德·里根大廈舉行會議。",  # a person before a facility word names the facility (the rule grows the span)
    "中華企業公佈了業績。",  # an uncoded model place before a company's word is the company
    "據證券及期貨事務監察委員會消息，該部門今日公布了新規定。",
])
def test_a_mention_is_written_as_the_document_writes_it(pipeline, text):
    """Spans the combining rules grow or join keep the original script (羅納德·里根大廈, never 羅納德·里根大厦)."""
    from zhkg.stages.documents import parse_documents

    mentions = pipeline.extract_mentions(parse_documents("t", text)[0])
    assert mentions and all(m.text == text[m.start:m.end] for m in mentions)
