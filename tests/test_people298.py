"""Round people298 (issue 15): people on Taiwan and Hong Kong news the recogniser missed or made up — a guessed name
the words around vouch for, a name guessed again that stays a guess, 等人口, a name never written apart, a title
ending in 王, a transliterated player after his position, 曾 after a role, an office read as a person, a road joined
by 和, a bracketed byline with 报道. Sentences written for the tests (invented names)."""

from __future__ import annotations

import pytest

from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.segment import make_nlp

PER, ORG, LOC = "PERSON", "ORGANIZATION", "PLACE"


def _guess(text: str, name: str, source: str = "people:jieba_x") -> Mention:
    start = text.index(name)
    return Mention("d", start, start + len(name), name, name, Label.PERSON, MentionSource(source))


# --- guesses vouched for (extract/vouched_people.py) ---

@pytest.mark.parametrize(("text", "name"), [
    ("今年入选的包括周立群、罗慧欣。", "罗慧欣"),  # listed after a kept person
    ("他在当选后表示，继梁振邦后第二位出任的议员。", "梁振邦"),  # the one succeeded
    ("另外，苏敏莹医生获委任为联网总监。", "苏敏莹"),  # a personal title right after
    ("陈慧珊教授认为方案可行。", "陈慧珊"),
])
def test_a_guess_is_vouched_for_by_its_form(text, name):
    from zhkg.extract.vouched_people import vouched_people

    kept = [_guess(text, "周立群", "crf")] if "周立群" in text else []
    assert [m.simplified for m in vouched_people([_guess(text, name)], kept, [], text)] == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("三人同框齐贺新春。", "齐贺"),  # a verb: nothing vouches for it
    ("卫福部长今举行交接。", "卫福"),  # 部长 follows a ministry's short name as often: no personal title
    ("新界和九龙的铁路。", "九龙"),  # listed with a place, not a person
    ("继续推动方案后再议。", "续推"),  # 继 of 继续 with no 后 right after the name
])
def test_a_guess_nothing_vouches_for_stays_a_guess(text, name):
    from zhkg.extract.vouched_people import vouched_people

    assert vouched_people([_guess(text, name)], [], [], text) == []


def test_a_guess_with_a_person_right_after_it_is_not_vouched_for_by_the_list():
    from zhkg.extract.vouched_people import vouched_people

    text = "常与恩施樊增祥、应山左绍佐唱和"
    kept = [_guess(text, "樊增祥", "crf"), _guess(text, "左绍佐", "crf")]
    assert vouched_people([_guess(text, "应山")], kept, [], text) == []  # the place of the person after it


def test_a_guess_written_again_that_the_recogniser_reads_elsewhere_is_vouched_for():
    from zhkg.extract.vouched_people import vouched_people

    text = "罗慧欣到场。罗慧欣说"
    model = [Mention("d", 6, 9, "罗慧欣", "罗慧欣", Label.PERSON, MentionSource.RECOGNISER)]
    again = _guess(text, "罗慧欣", "people:repeat")
    assert [m.start for m in vouched_people([again], [], model, text)] == [0]
    # a guess at its own place is not: the recogniser's one reading is no reason to read it everywhere
    assert vouched_people([_guess(text, "罗慧欣")], [], model, text) == []


def test_a_name_only_guessed_is_a_guess_where_it_is_written_again(finds):
    finds("卫福部长出席。前卫福部次长致词。", [("卫福部", ORG)], [("卫福", PER)])


def test_a_place_before_dengrenkou_is_no_person():
    from zhkg.extract.people import extract_people

    def before_role(text):
        return {m.simplified for m in extract_people(make_nlp()(text)) if m.extractor == MentionSource.PEOPLE_BEFORE_ROLE}

    assert before_role("捷运线串联北屯、潭子及丰原等人口密集区域。") == set()
    assert before_role("史树青等人出席了会议。") == {"史树青"}


# --- a name never written apart (extract/informal_people.py) ---

def test_a_five_letter_name_never_written_apart_is_one():
    from zhkg.extract.informal_people import _never_apart

    assert _never_apart("韦恩安达臣", "主教练韦恩安达臣表示，韦恩安达臣说")
    assert not _never_apart("韦恩安达臣", "主教练韦恩安达臣表示")  # once: the old reading
    assert not _never_apart("陈伊琼夏邦", "陈伊琼夏邦，陈伊琼夏邦，夏邦说")  # a part written alone


# --- a title ending in 王 (extract/people_cuts.py) ---

@pytest.mark.parametrize(("text", "run", "expected"), [
    ("全垒打王布朗尼带领全队。", "王布朗尼", ["布朗尼"]),
    ("兄弟的封王魔术数字剩下2。", "王魔术", []),
    ("打点王王建国本季表现。", "王王建国", ["王建国"]),  # the title's 王, then the holder's surname 王
])
def test_a_person_opens_after_a_title_ending_in_wang(text, run, expected):
    from zhkg.extract.people_cuts import _after_king_titles

    start = text.index(run)
    m = Mention("d", start, start + len(run), run, run, Label.PERSON, MentionSource.RECOGNISER)
    assert [x.simplified for x in _after_king_titles([m], text)] == expected


def test_a_name_opening_with_wang_elsewhere_is_kept():
    from zhkg.extract.people_cuts import _after_king_titles

    text = "主席王大文表示"
    m = Mention("d", 2, 5, "王大文", "王大文", Label.PERSON, MentionSource.RECOGNISER)
    assert [x.simplified for x in _after_king_titles([m], text)] == ["王大文"]


# --- a transliterated player after his position (extract/position_names.py) ---

@pytest.mark.parametrize(("text", "name"), [
    ("中场施连奴起脚射门。", "施连奴"),
    ("锋将马度连续两场入球。", "马度"),  # 连续 a word after it: the name ends before it
    ("球队换入雷仙奴，攻势转强。", "雷仙奴"),
    ("由前主教练的卡度带队。", "卡度"),
])
def test_a_transliterated_name_after_a_position_is_a_person(text, name):
    from zhkg.extract.position_names import position_name_candidates

    doc = make_nlp()(text)
    assert name in [doc.text[s:e] for s, e, _ in position_name_candidates(doc, load_lexicon())]


@pytest.mark.parametrize("text", ["球员比赛中受伤。", "门将扑救成功。", "外援安排妥当。", "新援马上归队。"])
def test_a_word_after_a_position_is_no_name(text):
    from zhkg.extract.position_names import position_name_candidates

    doc = make_nlp()(text)
    assert position_name_candidates(doc, load_lexicon()) == []


# --- 曾 after a role (extract/name_contexts.py) ---

def test_zeng_after_a_role_reads_the_name_whole(finds):
    finds("现任董事与董事曾繁宇不再担任代表人。", [("曾繁宇", PER)], [("曾繁", PER)])
    finds("部长曾表示反对。", [], [("曾表示", PER)])


# --- an office or an agency read as a person (extract/person_or_not.py) ---

def test_an_office_read_as_a_person_is_the_body():
    from zhkg.extract.person_or_not import _offices_read_as_people

    ms = [Mention("d", 0, 2, "吴办", "吴办", Label.PERSON, MentionSource.RECOGNISER),
          Mention("d", 3, 6, "林保署", "林保署", Label.PERSON, MentionSource.RECOGNISER),
          Mention("d", 7, 10, "黄荣村", "黄荣村", Label.PERSON, MentionSource.RECOGNISER)]
    assert [m.label for m in _offices_read_as_people(ms)] == [Label.ORGANIZATION, Label.ORGANIZATION, Label.PERSON]


# --- a road joined by 和 (extract/foreign_people_by_context.py) ---

def test_a_road_joined_to_a_transliteration_is_no_person():
    from zhkg.extract.people import extract_people

    names = {m.simplified for m in extract_people(make_nlp()("沙田安景街、葵涌和宜合道、元朗"))}
    assert "宜合道" not in names
    assert {"拜登", "普京"} <= {m.simplified for m in extract_people(make_nlp()("拜登和普京会面。"))}


# --- a bracketed byline with 报道 (extract/name_contexts.py) ---

def test_a_bracketed_byline_with_baodao_names_the_reporter():
    from zhkg.extract.people import extract_people

    assert "罗家晴" in {m.simplified for m in extract_people(make_nlp()("投票率逾三成(罗家晴报道)\n【新闻台】"))}
    assert not {m.simplified for m in extract_people(make_nlp()("（新华社报道）会议召开。"))}
