"""Round persons227: people's spans and types (issues 15 and 11) — a Hong Kong married name of four read whole, its two
surnames alone its short form; a party badge's member the recogniser ended a letter early; a list of appointments'
holders; a surname jieba reads as an adverb after a role; a bracketed day no byline. Sentences written for the tests."""

from __future__ import annotations

import pytest

from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.segment import make_segmenter, token_table


def _mention(text: str, name: str, label: Label = Label.PERSON, at: int = 0) -> Mention:
    start = text.index(name, at)
    return Mention("d", start, start + len(name), name, name, label, MentionSource.RECOGNISER)


def _table(text: str):
    return token_table(make_segmenter()(text))


# --- a married name of four and a letter glued on (extract/name_runs.py) ---

@pytest.mark.parametrize(("text", "run", "name"), [
    ("运输处处长邓何可期料升任房屋局常秘。", "邓何可期料", "邓何可期"),
    ("议员梁刘淑怡指政府应检讨。", "梁刘淑怡指", "梁刘淑怡"),
])
def test_a_five_letter_run_led_by_two_surnames_is_a_married_name_of_four(text, run, name):
    from zhkg.extract.name_runs import cut_long_people

    assert [m.simplified for m in cut_long_people([_mention(text, run)], text, _table(text), load_lexicon())] == [name]


@pytest.mark.parametrize(("text", "run", "name"), [
    ("球迷熊欣欣回国后开店。", "熊欣欣回国", "熊欣欣"),  # one surname: a name of three run on
    ("学者欧阳伯权说明原因。", "欧阳伯权说", "欧阳伯"),  # 欧阳 is one compound surname: no married name
])
def test_a_run_not_led_by_two_surnames_is_cut_as_before(text, run, name):
    from zhkg.extract.name_runs import cut_long_people

    cut = cut_long_people([_mention(text, run)], text, _table(text), load_lexicon())
    assert [m.simplified for m in cut] != [run[:4]]
    assert cut[0].simplified in (name, run)


# --- a married name written once, the clause closing after it (extract/married_names.py) ---

def _whole(text: str, mentions: list[Mention]) -> list[str]:
    from zhkg.extract.married_names import married_names_whole

    return [m.text for m in married_names_whole(mentions, text, _table(text), load_lexicon())]


def test_two_surnames_written_once_before_a_clause_end_take_the_two_letters_after_them():
    text = "另一人是早前传会升职的运输处处长邓何可期。不过只是传闻。"
    assert _whole(text, [_mention(text, "邓何")]) == ["邓何可期"]


@pytest.mark.parametrize("text", [
    "运输处处长邓何可期表示，将出任常秘。",  # a verb after the four: no evidence the two letters are her name
    "召集人邓何宣布不再连任。",  # the short form before its verb
    "召集人邓何回应。",  # 回应 is a word jieba counts often
])
def test_two_surnames_written_once_before_a_word_stay(text):
    assert _whole(text, [_mention(text, "邓何")]) == ["邓何"]


def test_a_familiar_prefix_and_a_name_before_a_clause_end_is_no_married_name():
    text = "乐团主唱阿信开唱。"  # 阿 opens a familiar name (阿信), no husband's surname
    assert _whole(text, [_mention(text, "阿信")]) == ["阿信"]


# --- the two surnames alone are the married name's short form (stages/resolve.py) ---

def _people(pipeline, text: str) -> dict[str, set[str]]:
    ex = pipeline.run_texts([("t", text)]).extraction
    return {e.name: set(e.aliases) for e in ex.entities if e.label is Label.PERSON}


def test_a_married_names_two_surnames_alone_are_her(pipeline):
    text = "十年前的郑何淑仪也许不会想到今天。身兼召集人的郑何宣布不再连任，郑何与记者合照。"
    people = _people(pipeline, text)
    assert "郑何" not in people
    assert "郑何" in people["郑何淑仪"]


def test_two_surnames_of_two_married_names_stay_apart():
    from zhkg.extract.married_names import married_short_forms

    names = ("郑何淑仪", "郑何美玲", "郑何")
    ms = [Mention("d", 10 * k, 10 * k + len(n), n, n, Label.PERSON, MentionSource.RECOGNISER) for k, n in enumerate(names)]
    assert "郑何" not in married_short_forms(ms, {}, load_lexicon())


# --- a party badge's member ended a letter early (extract/party_names.py) ---

@pytest.mark.parametrize(("text", "body"), [
    ("新界东南由民建联陈傲冬当选。", "民建联陈傲"),
    ("候任议员、民建联陈傲冬指，交流会有用。", "民建联陈傲"),
])
def test_a_member_the_recogniser_ended_early_takes_the_letter_back(text, body):
    from zhkg.extract.party_names import split_party_badges

    out = split_party_badges([_mention(text, body, Label.ORGANIZATION)], text, load_lexicon())
    assert [(m.simplified, m.label) for m in out] == [("民建联", Label.ORGANIZATION), ("陈傲冬", Label.PERSON)]


def test_a_member_before_a_predicates_letter_keeps_the_cut():
    from zhkg.extract.party_names import split_party_badges

    text = "民建联陈傲会出任主席。"  # 会 opens the predicate: no name's letter
    out = split_party_badges([_mention(text, "民建联陈傲", Label.ORGANIZATION)], text, load_lexicon())
    assert [m.simplified for m in out] == ["民建联陈傲"]


# --- after a role: no married name ending in a function word; a surname read as an adverb (extract/people.py) ---

def test_a_name_after_a_role_ends_before_a_preposition_opening_a_date(finds):
    finds("由业务长暨资深协理王明辉自2026年3月1日起接任总经理。", [("王明辉", "PERSON")], [("王明辉自", "PERSON")])


def test_a_married_name_after_a_role_stays_whole(finds):
    finds("议员范周丽芬指出，政府应该检讨。", [("范周丽芬", "PERSON")])


def test_a_surname_read_as_an_adverb_after_a_role_opens_a_name(finds):
    finds("该校校长曾以莹反映，学校跑道排水不良。", [("曾以莹", "PERSON")])


@pytest.mark.parametrize("text", ["部长曾表示支持。", "校长曾在会上发言。", "主席曾多次强调团结。"])
def test_the_adverb_after_a_role_before_a_word_opens_no_name(mentions_in, text):
    assert not any(label == "PERSON" for _, label in mentions_in(text))


# --- a bracketed day is no byline (extract/people.py) ---

def test_a_bracketed_day_after_a_date_is_no_reporter(mentions_in):
    found = mentions_in("明日(周五)台北市山区预估雨量已达停班停课标准。")
    assert ("周五", "PERSON") not in found
    assert ("台北市", "PLACE") in found


# --- a list of appointments (extract/credit_names.py) ---

def test_a_list_of_appointments_names_each_posts_holder(finds):
    text = "新内阁名单如下：总务大臣：森田健一（前官房长官）。法务大臣：平口洋（首次入阁）。数位大臣：松本尚（首次入阁）。"
    finds(text, [("森田健一", "PERSON"), ("平口洋", "PERSON"), ("松本尚", "PERSON")])


@pytest.mark.parametrize(("text", "names"), [
    ("总务大臣：森田健一（前官房长官）", ["森田健一"]),
    ("记者：好的（笑）。主持人：谢谢（鼓掌）", []),  # a transcript's answer, not a holder
    ("地址：北京（东城）", []),  # no title before the colon
    ("部长：我们（政府）会处理", []),  # a pronoun
])
def test_post_holders_reads_a_title_a_colon_a_name_and_a_bracket(text, names):
    from zhkg.extract.credit_names import post_holders

    assert [text[s:e] for s, e in post_holders(text, load_lexicon().role_words)] == names


# --- a rare letter after a surname and one letter (extract/people_cuts.py) ---

@pytest.mark.parametrize(("text", "cut", "name"), [
    ("由奥运金牌得主林旻憓胜出。", "林旻", "林旻憓"),  # 憓: no word of jieba's dictionary holds it
    ("原驻美代表俞大㵢将转任驻西班牙代表。", "俞大", "俞大㵢"),  # a letter of Extension A
])
def test_a_person_cut_before_a_letter_no_dictionary_word_holds_takes_it(text, cut, name):
    from zhkg.extract.people_cuts import _rare_last_letters

    assert [m.simplified for m in _rare_last_letters([_mention(text, cut)], text, load_lexicon())] == [name]


@pytest.mark.parametrize("text", [
    "正式接替王沛嘅位置。",  # 嘅: a Cantonese word after the name
    "接替王沛的位置。",  # 的 is a word of the dictionary
])
def test_a_person_before_a_cantonese_word_or_a_dictionary_letter_keeps_its_cut(text):
    from zhkg.extract.people_cuts import _rare_last_letters

    assert [m.simplified for m in _rare_last_letters([_mention(text, "王沛")], text, load_lexicon())] == ["王沛"]


# --- a name read on into 接, "takes over" (extract/people_cuts.py) ---

def test_a_person_read_on_into_takes_over_ends_before_it():
    from zhkg.extract.people_cuts import cut_before_posts

    text = "奥运金牌得主周洋接体育部首任部长。"
    assert [m.simplified for m in cut_before_posts([_mention(text, "周洋接")], text, load_lexicon())] == ["周洋"]


def test_a_body_ending_before_takes_over_is_left():
    from zhkg.extract.people_cuts import cut_before_posts

    text = "由体育署接手管理。"
    body = _mention(text, "体育署接", Label.ORGANIZATION)
    assert [m.simplified for m in cut_before_posts([body], text, load_lexicon())] == ["体育署接"]
