"""Regular expressions whose backtracking grew exponentially on hostile input, found by ``bench/regex_stress.py``
(session 20, redos20): each hostile input now finishes far inside its time limit (the fixed call takes at most a few
milliseconds; the broken one ran for minutes to hours), and what each pattern read on realistic text is unchanged."""

import pytest
from helpers import within

from zhkg.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


# -- zhkg.relate.counts._SUBJECTLESS: 仅仅 and 单单 listed beside 仅 and 单 ---------------------------------------------

@pytest.mark.parametrize("text", [" " + "仅仅" * 40, "单单" * 40 + "。", "目前" + "仅仅" * 40 + "有"],
                         ids=["仅仅", "单单", "目前仅仅"])
def test_subjectless_run_of_repeated_adverbs_is_refused_in_bounded_time(text):
    # (20 × 仅仅 before the fix: over 2 s; 40: hours)
    from zhkg.relate.count_owner_words import _SUBJECTLESS

    assert within(10, lambda: _SUBJECTLESS.fullmatch(text)) is None


@pytest.mark.parametrize("text, read", [
    ("光是在", True), ("仅仅在", True), ("单单在", True), ("目前仅仅在", True), ("2010年底在", True), ("“仅仅在", True),
    ("而且仅在", True), ("他们在", False),
])
def test_subjectless_still_reads_the_same(text, read):
    from zhkg.relate.count_owner_words import _SUBJECTLESS

    assert (_SUBJECTLESS.fullmatch(text) is not None) is read


# -- zhkg.relate.pairs._MATCH_BETWEEN: 将在 and 经过加时 listed beside their parts; …地 bounded by a window -----------

@pytest.mark.parametrize("text", ["将在" * 40 + "。", "经过加时" * 40 + "。"], ids=["将在", "经过加时"])
def test_match_words_run_is_refused_in_bounded_time(text):
    # (20 × 将在 before the fix: over 1.5 s; 40: hours)
    from zhkg.relate.pairs import _MATCH_BETWEEN

    assert within(10, lambda: _MATCH_BETWEEN.fullmatch(text)) is None


@pytest.mark.parametrize("text, verb, modifier", [
    ("今天将在主场迎战", "迎战", None), ("经过加时以108比100击败了来访的", "击败", "来访的"), ("还将在主场迎战", "迎战", None),
    ("将在客场挑战", "挑战", None), ("昨天经过加时击败", "击败", None), ("轻松地击败了", "击败", None),
    ("周六将在主场以3:1战胜", "战胜", None),
])
def test_match_words_still_read(text, verb, modifier):
    from zhkg.relate.pairs import _MATCH_BETWEEN

    found = _MATCH_BETWEEN.fullmatch(text)
    assert (found.group("verb"), found.group("modifier")) == (verb, modifier)


def test_match_words_within_the_window_take_bounded_time():
    # …地 may still hold other words (将在地: 将 + 在地 or 将在 + 地), so the words are read only between teams at most
    # _MAX_BETWEEN letters apart (80 × 将在地 unbounded: hours; 32 letters: a few ms)
    from zhkg.relate.pairs import _MATCH_BETWEEN, _MAX_BETWEEN

    assert within(10, lambda: _MATCH_BETWEEN.fullmatch(("将在地" * 40)[:_MAX_BETWEEN])) is None


# -- zhkg.extract.worded_bodies._BODY_LIST: an item's letters could hold the joiner 和 -------------------------------

@pytest.mark.parametrize("text", [
    "华夏基金" + "和" * 300 + "。华夏、广发等公司",
    "美国和中国和" * 60 + "一二三四五六七等公司",
    "AB和和" * 60 + "。等公司",
], ids=["和", "美国和中国和", "AB和和"])
def test_body_list_of_many_joiners_is_read_in_bounded_time(text):
    # (80 × 和 before the fix: over 2 s; each letter more doubled it)
    from zhkg.extract.worded_bodies import _BODY_LIST

    within(10, lambda: list(_BODY_LIST.finditer(text)))


@pytest.mark.parametrize("text, lists", [
    ("华夏、广发、工银瑞信、银华等公司", ["华夏、广发、工银瑞信、银华"]),
    ("北京协和、同仁等机构", ["北京协和、同仁"]),
    ("同仁、北京协和等机构", ["同仁、北京协和"]),
    ("和讯网、新浪等公司", ["和讯网、新浪"]),
    ("华夏和平安等公司", ["华夏和平安"]),
    ("中国和美国和日本等公司", ["中国和美国和日本"]),
    ("如华夏、嘉实、南方、博时、易方达等基金公司", ["如华夏、嘉实、南方、博时、易方达"]),
    ("交银、瑞信等银行", ["交银、瑞信"]),
])
def test_body_list_still_read(text, lists):
    from zhkg.extract.worded_bodies import _BODY_LIST

    assert [m.group(1) for m in _BODY_LIST.finditer(text)] == lists


def test_a_body_list_after_many_joiners_takes_no_exponential_time(pipeline):
    text = "华夏基金" + "和" * 300 + "。华夏、广发等公司发布公告。"
    within(30, lambda: pipeline.run_texts([("t", text)]))


# -- zhkg.relate.meetings._GAP and _WITH_VERB: a place's letters could hold the gap's other words --------------------

@pytest.mark.parametrize("unit", ["在的也", "在的晚", "今天在的的", "在也也"])
def test_meeting_gap_of_places_is_refused_in_bounded_time(unit):
    # (a run of places each read two ways: 16 × 在的也 took 70 ms even within the 48 letters looked at; 20 × 今天在的的
    # over 2 s unbounded)
    from zhkg.relate.meetings import _SUBJECT_VERB, _SUBJECT_WITH, _VISIT_BEFORE, _VISIT_VERB, _WITH_VERB

    text = unit * 40
    for pattern in (_SUBJECT_VERB, _SUBJECT_WITH, _WITH_VERB):
        assert within(10, lambda p=pattern: p.match(text)) is None
    for pattern in (_VISIT_BEFORE, _VISIT_VERB):
        assert within(10, lambda p=pattern: p.fullmatch(text)) is None


@pytest.mark.parametrize("text, verb, end", [
    ("今天下午在人民大会堂亲切会见了", "会见", 15), ("在京会见", "会见", 4), ("28日在北京分别会见", "会见", 10),
    ("当地时间27日晚在白宫会晤", "会晤", 13), ("也在华盛顿于3日会见", "会见", 10), ("今天(24日)在钓鱼台国宾馆会见", "会见", 16),
])
def test_meeting_gap_still_read(text, verb, end):
    from zhkg.relate.meetings import _SUBJECT_VERB

    found = _SUBJECT_VERB.match(text)
    assert (found.group("verb"), found.end()) == (verb, end)


@pytest.mark.parametrize("text, verb, end", [
    ("等人在人民大会堂举行会谈", "会谈", 12), ("一行就双边关系问题进行了深入会谈", "会谈", 16), ("今天在京也举行了会谈", "会谈", 10),
])
def test_meeting_words_after_the_other_side_still_read(text, verb, end):
    from zhkg.relate.meetings import _WITH_VERB

    found = _WITH_VERB.match(text)
    assert (found.group("verb"), found.end()) == (verb, end)


def test_visit_gap_still_read():
    from zhkg.relate.meetings import _SUBJECT_WITH, _VISIT_BEFORE, _VISIT_VERB

    assert _SUBJECT_WITH.match("今天在北京与").end() == 6
    assert _VISIT_BEFORE.fullmatch("今天抵达北京，开始对").group("arrived") == "北京"
    assert _VISIT_BEFORE.fullmatch("于3日前往") is not None
    assert _VISIT_VERB.fullmatch("正式访问").group("verb") == "访问"


def test_many_people_before_runs_of_places_take_no_exponential_time(pipeline):
    # each person's 48 letters of 在的也… cost over 0.1 s before the fix (600 people: about 80 s; now about 1 s)
    text = "。".join("外交部长王毅" + "在的也" * 16 for _ in range(600)) + "。王毅会见了李克强。"
    ex = within(20, lambda: pipeline.run_texts([("t", text)]).extraction)
    names = {e.id: e.name for e in ex.entities}
    met = sorted(sorted((names[r.source], names[r.target])) for r in ex.relations if r.kind.value == "MET_WITH")
    assert met == [["李克强", "王毅"]]
