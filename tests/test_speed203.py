"""Session 47's speed203: the same output in less time.

``_roles_before`` (the posts written before a name) asked :func:`_role_candidates` at the same position up to seven
times a name: once before each of five asides it may read past (an English form, a short bracketed aside, an age, a
description, an affiliation), each of which mostly moves nothing, and once more on its first pass. It now asks once,
and again only where an aside moved the position (:func:`_roles_start`). The tests hold it to the old sequence (kept
here as the reference) on every name of texts in both scripts, each aside among them, and the whole run's relations
to the run with the reference in its place.

The token table took its three flag columns through ``map(bool, …)`` per token, and the segmenter made an int column
of its bools for it; it now takes the segmenter's bools as they are, and spaCy's 0/1 columns are made bools where
they are read. The tests hold the segmenter's table to spaCy's, flag types included.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.relate import roles_before_names as before_names
from zhkg.stages.normalise import to_simplified
from zhkg.stages.segment import build_token_table, dictionary_tags, make_nlp, make_segmenter, token_table

#: Each aside the start reads past, posts chained and joined, a byline, a quoted name, and names with no post.
ASIDE_TEXTS = [
    ("俄罗斯交通部长、53岁的斯塔罗沃伊特被发现在车内身亡。", "斯塔罗沃伊特"),  # an age
    ("万科集团董事长，现年52岁的王明表示，公司业绩稳定。", "王明"),  # an age after a comma
    ("立法会议员（选委会界别）何美琪今日提出动议。", "何美琪"),  # a short bracketed aside
    ("中国人民大学教授、国际问题专家金灿荣认为，局势会缓和。", "金灿荣"),  # a description listed last
    ("全国人大常委、民建联李慧琼表示支持。", "李慧琼"),  # an affiliation listed last
]
TEXTS = [text for text, _ in ASIDE_TEXTS] + [
    "加拿大多元文化部长(Citizenship, Immigration and Multiculturalism Minister)康尼表示欢迎。",
    "万科集团董事长、总裁王石昨日表示，国务院副总理兼财政部长王明出席。",
    "本报记者 王明 报道：北京大学校长“李华”说，他是北京大学的学生、20岁的张强说。",
    "他说，王明今天来了，李强和张伟也来了。",
]


def _old_roles_start(ctx, person):
    """The start of ``_roles_before`` before speed203: the role words asked before each aside, and again after."""
    pos = before_names._quoted_title_end(ctx, before_names._byline_name_start(ctx, before_names._quoted_name_start(ctx, person)))
    for aside in (before_names._latin_aside_start, before_names._short_aside_start, before_names._age_aside_start,
                  before_names._listed_description_start, before_names._listed_affiliation_start):
        if not before_names._role_candidates(ctx, pos):
            pos = aside(ctx, pos)
    return pos, before_names._role_candidates(ctx, pos)


def _starts(pipeline, text, monkeypatch) -> list[tuple]:
    """(name, new start, old start) of each name ``_roles_before`` read in a run of ``text``."""
    calls = []
    new = before_names._roles_start

    def spy(ctx, person):
        got = new(ctx, person)
        calls.append((person.simplified, got, _old_roles_start(ctx, person)))
        return got

    monkeypatch.setattr(before_names, "_roles_start", spy)
    pipeline.run_texts([("t", text)])
    return calls


@pytest.mark.parametrize("text", both_scripts(TEXTS))
def test_roles_start_is_the_old_sequence(pipeline, text, monkeypatch):
    calls = _starts(pipeline, text, monkeypatch)
    assert calls  # every text names someone
    for name, got, old in calls:
        assert got == old, name


@pytest.mark.parametrize("text, name", both_scripts(ASIDE_TEXTS))
def test_an_aside_is_still_read_past(pipeline, text, name, monkeypatch):
    """Where no role word ends right before the name, the aside moves the start back to the post before it: a
    start that skipped the asides (or asked only once) would find no role there."""
    starts = {n: got for n, got, _ in _starts(pipeline, text, monkeypatch)}
    pos, roles = starts[name]
    assert roles and pos < to_simplified(text).find(name) - 1  # moved past the aside, and a post ends there


@pytest.mark.parametrize("text", both_scripts(TEXTS))
def test_relations_as_with_the_old_start(pipeline, text, monkeypatch):
    new = pipeline.run_texts([("t", text)]).extraction.relations
    monkeypatch.setattr(before_names, "_roles_start", _old_roles_start)
    old = pipeline.run_texts([("t", text)]).extraction.relations
    assert new == old


TABLE_TEXTS = [
    "平谷区政协委员张三丰说，Apple发布iPhone 15。",
    "记者  王明 报道：\n「北京」　大学…… (Hello, world!)\t结束",
    " 开头有空格，结尾也有 ",
    "。，、！？",
    "a b  c",
]


@pytest.mark.parametrize("text", both_scripts(TABLE_TEXTS))
def test_segmenter_table_is_spacys(text):
    ours = token_table(make_segmenter()(text))
    theirs = build_token_table(make_nlp()(text), dictionary_tags())
    assert ours == theirs
    for word in (*ours.words, *theirs.words):
        assert type(word.is_space) is bool and type(word.is_punct) is bool and type(word.whitespace) is bool
    assert ours.token_of_char == theirs.token_of_char
