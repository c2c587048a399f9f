"""Session 30 (speed38): the gates put before scans, and the indexes built only when needed, leave every reader
firing where its cue is written, in both scripts.

Each gated reader is run on a text that holds its cue, as written and in Traditional (``both_scripts``): a count and
its holder (``read_counts`` reads nothing in a text without a count), a facility's kind (``facility_span`` asks one
search whether a kind starts within its modifier's four letters), a post's qualifier (``_keep_qualifiers`` builds its
index only when a post was read), a clause of posts after a person (``_read_remote`` reads no clause in a text
without a person), a fief's title, a post left (one substring test before the scan), a brand and a trade before its
holdings, a unit's head, a deictic place and a body's short form (no index built for a text without one), a list's
mate, a married name and a person before a role verb (their indexes built at the first candidate). The one-call gates are also checked against the loops they stand before, on random strings.
Speed is measured by ``bench/throughput.py``, not here.
"""

from __future__ import annotations

import random

import pytest
from helpers import assert_count_owner, both_scripts, holds_roles, labelled_mentions

from zhkg.extract.list_mates import _flanked_items
from zhkg.extract.married_names import married_names_whole
from zhkg.extract.places import _without_overlaps
from zhkg.extract.role_frames import recover_role_frame_people
from zhkg.records import Label, Mention, MentionSource
from zhkg.relate import count_facilities as cf
from zhkg.relate import parts
from zhkg.relate.roles_places import _TITLES_BEFORE_HOLDER
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.segment import make_segmenter, token_table


def _mention(start: int, text: str, label: Label = Label.PERSON, source: str = MentionSource.RECOGNISER) -> Mention:
    return Mention("d", start, start + len(text), text, text, label, source)


# ---- relation readers behind a gate, through the pipeline


@pytest.mark.parametrize("text, counted, owner", both_scripts([
    ("平谷区共有12个村。", "村", "平谷区"),  # a count: read_counts reads its holder
    ("北京市新建养老院。托老院里有21位老人。", "老人", "托老院"),  # a facility's kind opening the clause
]))
def test_counts_still_find_their_holders(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


@pytest.mark.parametrize("text, role", both_scripts([
    ("王伟被聘为《财经》杂志执行总编。", ("王伟", "执行总编", "财经", False)),  # a post's qualifier kept
    ("王明是北京大学的教授，也是华强集团的董事长。", ("王明", "董事长", "华强集团", False)),  # a clause of posts
    ("张三在华强集团工作，1995年起，出任华强集团董事长。", ("张三", "董事长", "华强集团", False)),
    ("汝南王司马亮入朝。", ("司马亮", "王", "汝南", False)),  # a fief's title
    ("2014年卸任台中市市长后，胡志平转任国民党副主席。", ("胡志平", "市长", "台中市", True)),  # a post left
]))
def test_role_readers_still_fire_on_their_cue(pipeline, text, role):
    from zhkg.stages.normalise import to_simplified

    got = [tuple(to_simplified(x) if isinstance(x, str) else x for x in r) for r in holds_roles(pipeline, text)]
    assert role in got, got


# ---- extractors behind a gate or a deferred index, through the pipeline


@pytest.mark.parametrize("text, names", both_scripts([
    ("信和置业今日公布业绩，恒基兆业地产旗下商场开业。", {"信和置业", "恒基兆业地产"}),  # a brand, a trade, its holdings
    ("本报讯电广传媒今日公布数据。", {"电广传媒"}),  # a credit before the brand is no part of it
    ("有陈建华、方圆、黄丽萍出席会议。", {"方圆", "陈建华", "黄丽萍"}),  # a list's mate
    ("议员周梁淑怡指出，", {"周梁淑怡"}),  # a married name taken whole
    ("钱海洋担任华夏银行行长。", {"钱海洋"}),  # a person before a role verb
    ("台湾龙潭的居民说。", {"龙潭"}),  # a stoplisted word a context alias makes a place
    ("平谷区召开会议，全区共有12个村。", {"全区"}),  # a deictic place
    ("最高法今天发布通知。", {"最高法"}),  # a body's short form from the lexicon
]))
def test_extractors_still_find_their_names(pipeline, text, names):
    from zhkg.stages.normalise import to_simplified

    got = {to_simplified(name) for _, name in labelled_mentions(pipeline, text)}
    assert names <= got, got


def test_a_stoplisted_word_alone_stays_no_place(pipeline):
    assert "龙潭" not in {name for _, name in labelled_mentions(pipeline, "龙潭的水很深。")}


# ---- the deferred indexes still see every mention


def test_a_list_mate_covered_by_a_mention_is_not_read_again():
    text = "有陈建华、方圆、黄丽萍"
    people = [_mention(1, "陈建华"), _mention(8, "黄丽萍")]
    assert _flanked_items(people, text, load_lexicon()) == [(5, 7)]
    assert _flanked_items(people + [_mention(5, "方圆", Label.PLACE)], text, load_lexicon()) == []


def test_a_married_name_is_not_taken_over_a_mention_after_it():
    text = "议员周梁淑怡指出"
    table = token_table(make_segmenter()(text))
    cut = _mention(2, "周梁淑")
    assert [m.text for m in married_names_whole([cut], text, table, load_lexicon())] == ["周梁淑怡"]
    after = _mention(5, "怡指", Label.ORGANIZATION)
    assert [m.text for m in married_names_whole([cut, after], text, table, load_lexicon())] == ["周梁淑", "怡指"]


@pytest.mark.parametrize("text", ["钱海洋担任华夏银行行长。", "钱海洋任董事长。"])  # a verb, and 任 before a title
def test_a_person_before_a_role_verb_yields_to_a_rule_name(text):
    assert [m.text for m in recover_role_frame_people([], text, load_lexicon())] == ["钱海洋"]
    body = _mention(0, "钱海洋", Label.ORGANIZATION, MentionSource.ORG_SUFFIX)
    assert [m.text for m in recover_role_frame_people([body], text, load_lexicon())] == ["钱海洋"]  # the body stays


def test_without_overlaps_keeps_the_first_and_what_overlaps_none():
    a, b, c = _mention(0, "平谷区", Label.PLACE), _mention(2, "区政", Label.PLACE), _mention(5, "北京", Label.PLACE)
    assert _without_overlaps([a], []) == [a]
    assert _without_overlaps([a], [b, c]) == [a, c]
    assert _without_overlaps([], [b, c]) == [b, c]


# ---- one-call gates against the loops they stand before


@pytest.mark.parametrize("text, at, qualified, end", [
    ("红星阳光养老院里有", 0, False, 7),  # a kind at the modifier's fifth letter, the furthest the gate looks
    ("红星阳光会展中心内", 0, False, 8),  # a kind of four letters there
    ("红星阳光大会展中心内", 0, False, -1),  # a modifier of five letters: none
    ("第一养老院共有床位", 0, True, 5),  # after an ordinal
    ("北京市很忙，院长说", 3, False, -1),
])
def test_facility_span_at_the_gate_edge(text, at, qualified, end):
    assert cf.facility_span(text, at, qualified=qualified) == end


def _random_texts(letters: str, n: int = 3000, seed: int = 38) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(letters) for _ in range(rng.randint(1, 9))) for _ in range(n)]


def _unit_head_by_loop(unit: str) -> str:
    for head in parts._HEADS:
        if unit.endswith(head):
            return "" if head == "司" and unit.endswith("公司") else head
    return ""


def _parent_kind_by_loop(name: str) -> tuple[str, str]:
    for end in parts._ENDS:
        if name.endswith(end):
            if (len(name) <= len(end) and end not in ("国务院", "中共中央", "党中央")) \
                    or name[:-len(end)] in parts._CLASS_WORDS:
                return "", ""
            return parts.PARENT_ENDS[end], name
    return "", ""


def test_unit_head_and_parent_kind_as_the_loops_read_them():
    letters = "".join(sorted({ch for word in (*parts._HEADS, *parts._ENDS) for ch in word})) + "北京华强"
    names = _random_texts(letters) + ["外交部新闻司", "华强公司", "北京大学", "国务院", "北京"]
    assert any(_unit_head_by_loop(n) for n in names) and any(_parent_kind_by_loop(n)[0] for n in names)
    for name in names:
        assert parts._unit_head(name) == _unit_head_by_loop(name), name
        assert parts._parent_kind(name, {}) == _parent_kind_by_loop(name), name


def _fief_title_by_loop(text: str, start: int, end: int) -> str:
    from zhkg.relate.roles_places import _ANCIENT_STATES, _MAX_FIEF
    from zhkg.relate.roles_words import _dictionary_tag

    for title in _TITLES_BEFORE_HOLDER:
        fief = text[start : end - len(title)]
        if text.endswith(title, start, end) and 1 <= len(fief) <= _MAX_FIEF \
                and ((len(fief) == 1 and fief in _ANCIENT_STATES) or _dictionary_tag(fief) == "ns"):
            return title
    return ""


def test_fief_titles_as_the_loop_reads_them():
    from zhkg.records import Document
    from zhkg.relate.base import RelationContext
    from zhkg.relate.roles_places import _fief_title

    found = 0
    for text in _random_texts("汝南楚吴王侯公郡亲沛燕北京", n=600):
        ctx = RelationContext(Document("d", text), [], {})
        for start in range(len(text)):
            for end in range(start + 1, len(text) + 1):
                title = _fief_title(ctx, start, end)
                assert title == _fief_title_by_loop(text, start, end), (text, start, end)
                found += bool(title)
    assert found  # the strings hold fiefs and their titles, not only letters that close none
