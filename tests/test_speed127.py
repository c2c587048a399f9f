"""Session 36's speed127: the same output in less time. Villages and glued division suffixes are looked for where one
scan of the text finds their suffix, not by asking every word; the places' word list reads each word's ``is_space``;
a unit's role word is tried among the role words of its letter (and 副's) only; the count owners' words after a place
are one tuple made once. The tests pin the old code's answers (kept here as the reference) on tricky input in both
scripts."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg.extract import body_ends, place_villages, places
from zhkg.extract.base import make_mention
from zhkg.extract.place_tokens import _SUFFIX_CHARS, _is_han, _stop_forms, place_matcher
from zhkg.records import Label
from zhkg.relate import count_candidates
from zhkg.relate.count_owner_words import _CLOCK, _CRISES, _NATIONALITY, _PEOPLES
from zhkg.text import find_all

TEXTS = [
    "广西南宁市民在京务工，返京后到台中市北屯区松竹里和常乐镇上游村探亲，在上游村其他3个生产队。",
    "新华社消息，记者来到河北省平山县西柏坡镇北庄村，村民说罗汉村很美，这个村和每个村都有社区。",
    "在罗汉村召开会议，罗汉 村的村民、东城社区居民和花园社 区的人来到石桥镇、石桥乡与城乡结合部。",
    "村里说，镇上有人，乡亲们来到社区。台中市中区、北屯区松竹里、凤山区五甲里，市场和区长在市区。",
    "区域经济 市场 县城\u3000镇 乡\n村",
    "前新北市长说，高雄凤山和桃园中坜的罗汉村村民来沪、赴港澳，访台湾；台|中|市中区。",
    "村", "社区", "",
]


def _old_village_mentions(doc, text, tokens, place_ends, lexicon):
    """_village_mentions before speed127: every word asked whether it ends with a suffix."""
    cues = lexicon.village_cues
    stop = _stop_forms(lexicon)
    suffixes = place_villages._VILLAGE_SUFFIXES
    out = []
    words = tokens.words
    for k, token in enumerate(words):
        if not token.text.endswith(suffixes):
            continue
        suffix = next(s for s in suffixes if token.text.endswith(s))
        if token.text == suffix:
            for width in (1, 2):
                name_tokens = words[max(k - width, 0) : k]
                if len(name_tokens) == width and 2 <= sum(len(t.text) for t in name_tokens) <= 3:
                    if all(_is_han(t.text) and (t.tag in place_villages._PROPER_TAGS or (
                            name_tokens[0].idx in place_ends and t.tag[:1] not in place_villages._NOT_VILLAGE_NAME_TAGS))
                           for t in name_tokens):
                        break
            else:
                continue
            start, cue_index = name_tokens[0].idx, k - width - 1
        elif 2 <= len(token.text) - len(suffix) <= 3 and token.tag in {"x", "ns"} and _is_han(token.text):
            start, cue_index = token.idx, k - 1
        else:
            continue
        end = token.idx + len(token.text)
        name = text[start : end - len(suffix)]
        if name in stop or not place_villages._NOT_IN_VILLAGE_NAME.isdisjoint(name):
            continue
        cued = cue_index >= 0 and words[cue_index].text in cues
        if cued or start in place_ends:
            out.append(make_mention(doc, start, end, Label.PLACE, place_villages.EXTRACTOR, canonical=text[start:end]))
    found = {(m.start, m.end) for m in out}
    for name in sorted({text[m.start : m.end] for m in out}):
        for again in find_all(name, text):
            span = again.span()
            if span not in found and span[0] in tokens.starts and span[1] in tokens.ends:
                out.append(make_mention(doc, span[0], span[1], Label.PLACE, place_villages.EXTRACTOR, canonical=name))
    return sorted(out, key=lambda m: (m.start, m.end))


def _old_split_glued_tails(tokens, matcher) -> None:
    """_split_glued_tails before speed127: every word but the first asked whether a suffix opens it."""
    words = tokens.words
    for k in range(1, len(words)):
        token = words[k]
        if len(token.text) < 2 or token.text[0] not in _SUFFIX_CHARS:
            continue
        if token.tag != "x" and not (token.text[1:] in matcher and matcher.is_full(token.text[1:])):
            continue
        cut = token.idx + 1
        if any(end == cut and matcher.is_full(form)
               for before in words[max(0, k - 2):k] for end, form in matcher.matches_at(tokens.text, before.idx)):
            tokens.starts.add(cut)
            tokens.ends.add(cut)


def _tokens(pipeline, text: str):
    return pipeline.segmenter(text), places._Tokens(pipeline.segmenter(text))


@pytest.mark.parametrize("text", both_scripts(TEXTS))
def test_words_are_the_non_space_tokens(pipeline, text: str) -> None:
    doc, tokens = _tokens(pipeline, text)
    assert tokens.words == [w for w in tokens._all if not w.text.isspace()]
    for i in range(len(text)):
        k = tokens.word_index(i)
        word = tokens.at(i)
        assert (tokens.words[k] is word) if k >= 0 else word.text.isspace()


@pytest.mark.parametrize("text", both_scripts(TEXTS))
def test_villages_as_before(pipeline, text: str) -> None:
    """The villages read at the words a suffix scan finds are those of every word asked in turn, with the places a
    document has before them and with a place ending at every character."""
    doc, tokens = _tokens(pipeline, text)
    lexicon = pipeline.lexicon
    for place_ends in (set(), {m.end for m in places.extract_places(doc, pipeline.gazetteer, lexicon=lexicon)}, set(range(len(text) + 1))):
        new = place_villages._village_mentions(doc, text, tokens, place_ends, lexicon)
        assert new == _old_village_mentions(doc, text, tokens, place_ends, lexicon)
    if text == TEXTS[1]:  # the reference finds villages here, so the comparison is not of two empty lists
        assert [m.simplified for m in new if m.simplified.endswith("村")]


@pytest.mark.parametrize("text", both_scripts(TEXTS))
def test_glued_tails_as_before(pipeline, text: str) -> None:
    matcher = place_matcher(pipeline.gazetteer)
    doc, new = _tokens(pipeline, text)
    _, old = _tokens(pipeline, text)
    places._split_glued_tails(new, matcher)
    _old_split_glued_tails(old, matcher)
    assert (new.starts, new.ends) == (old.starts, old.ends)


def test_glued_tails_are_found(pipeline) -> None:
    """A text where the reference cuts a glued suffix: the scan finds the same cut, so the comparison above is not
    only of texts with none."""
    matcher = place_matcher(pipeline.gazetteer)
    cut_somewhere = False
    for text in both_scripts(TEXTS):
        text = text.values[0]
        _, old = _tokens(pipeline, text)
        before = set(old.starts)
        _old_split_glued_tails(old, matcher)
        cut_somewhere |= old.starts != before
    assert cut_somewhere


def test_suffix_patterns_cover_their_suffixes() -> None:
    assert sorted(places._SUFFIX_CHAR.findall("".join(_SUFFIX_CHARS) + "甲乙")) == sorted(_SUFFIX_CHARS)
    text = "社区村镇乡社社区区"
    assert [m.group() for m in place_villages._VILLAGE_SUFFIX.finditer(text)] == ["社区", "村", "镇", "乡", "社区"]


@pytest.mark.parametrize("text", both_scripts([
    "国家发改委中国小城镇试点处处长王伟说", "住房和城乡建设部研究室主任李明", "财务科副科长、办公室副主任、人事股股长、总公司副总经理",
    "某组组长与副组长", "处", ""]))
def test_unit_role_follows_as_before(pipeline, text: str) -> None:
    """A unit's role word tried among those of its letter and 副's answers as every role word tried in turn."""
    lexicon = pipeline.lexicon
    hits = 0
    for unit in sorted(body_ends._UNITS) + ["副", "王"]:
        for end in range(len(text) + 2):
            old = any(r.removeprefix("副")[:1] == unit and len(r) >= 2 and text.startswith(r, end)
                      for r in lexicon.role_words)
            assert body_ends._unit_role_follows(unit, text, end, lexicon) == old
            hits += old
    assert hits or "长" not in text


def test_owner_words_after_a_place_as_before() -> None:
    assert count_candidates._NOT_OWNING_AFTER == (_CLOCK, *_NATIONALITY, *_CRISES, *_PEOPLES)
