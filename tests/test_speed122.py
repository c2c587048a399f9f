"""Session 35's speed122: the same output in less time. ``first_at``/``first_ending`` try only the words of the letter
there once one of many is there; the token table's character column is one ``numpy.repeat``; resolution renames a
mention without ``dataclasses.replace``; ``str`` of a :class:`~zhkg.records.MentionSource` skips the enum's
descriptor; abbreviations (在京) are looked for at their first letters only. The tests pin the old code's answers (kept here, or
patched back, as the reference) on tricky input in both scripts."""

from __future__ import annotations

import pickle
import random
from array import array
from dataclasses import dataclass, replace
from itertools import chain, repeat
from operator import add

import pytest
from helpers import both_scripts

from zhkg.extract import place_abbreviations, place_tokens, trade_frames
from zhkg.records import Label, Mention, MentionSource
from zhkg.stages.segment import _token_of_char, make_segmenter, token_table
from zhkg.text import _FEW_WORDS, _by_letter, first_at, first_ending

TEXTS = [
    "广西南宁市民在京务工，返京后到台中市北屯区松竹里和常乐镇上游村探亲，在上游村其他3个生产队。",
    "前新北市长说，高雄凤山和桃园中坜的罗汉村村民来沪、赴港澳，访台湾；三明治不是三明。",
    "玖龙纸业、天宸药业和顺丰速递今天表示，中国人寿、招商银行与南方基金的纸业",
    "新华社消息，记者来到河北省平山县西柏坡镇北庄村，村民说罗汉村很美。",
    "市政协委员王伟、副院长王小明、常务副市长兼秘书长李明出席。董事长兼总经理张伟说。北京 上海\u3000广州\n深圳",
]


def _old_first_at(text, words, at, end=None, default=""):
    return next((w for w in words if text.startswith(w, at, end)), default)


def _old_first_ending(text, words, end, start=0, default=""):
    return next((w for w in words if text.endswith(w, start, end)), default)


def _word_sets(text: str, rng: random.Random) -> list[tuple[str, ...]]:
    """Word tuples of every size around the threshold, with the empty word, repeats and words not in the text."""
    pieces = [text[i:i + rng.choice((1, 2, 3, 4))] for i in range(len(text))] + ["不在文中", "哈"]
    out = [tuple(trade_frames.FRAME_TRADES)]
    for n in (1, 3, _FEW_WORDS, _FEW_WORDS + 1, 30, 120):
        words = rng.sample(pieces, min(n, len(pieces)))
        out.append(tuple(words))
        out.append(tuple(words[: n // 2] + [""] + words[n // 2:]))  # the empty word starts and ends anything
    return out


@pytest.mark.parametrize("text", both_scripts(TEXTS + ["", "哈"]))
def test_first_at_and_first_ending_as_before(text: str) -> None:
    rng = random.Random(len(text))
    size = len(text)
    bounds = [(0, None), (size, None), (size + 3, None), (-3, None), (-size - 5, None), (2, 5), (5, 2), (3, -2),
              (1, size + 9), (0, 0)] + [(rng.randrange(-3, size + 3), rng.randrange(-3, size + 3)) for _ in range(40)]
    hits = 0
    for words in _word_sets(text, rng):
        for at, end in bounds:
            new = first_at(text, words, at, end, default=None)
            assert new == _old_first_at(text, words, at, end, default=None)
            e = size if end is None else end
            assert first_ending(text, words, e, at, default=None) == _old_first_ending(text, words, e, at, None)
            hits += new is not None
    assert hits or len(text) < 2  # words are found, not only missed


def test_by_letter_keeps_the_order_and_the_empty_word() -> None:
    words = ("委员", "", "主任", "政协委员", "员")
    assert _by_letter(words, -1) == {"员": ("委员", "", "政协委员", "员"), "任": ("", "主任")}
    assert _by_letter(words, 0) == {"委": ("委员", ""), "主": ("", "主任"), "政": ("", "政协委员"), "员": ("", "员")}
    # the first word of the tuple wins where two end the text: 委员 before 政协委员
    many = ("委员", "政协委员", *(f"词{k}" for k in range(_FEW_WORDS)))
    assert first_ending("市政协委员", many, 5) == "委员"
    assert first_at("政协委员会", ("政协", "政协委员", *many), 0) == "政协"


def _old_token_of_char(lengths, spaces_after) -> array:
    return array("i", chain.from_iterable(map(repeat, range(len(lengths)), map(add, lengths, spaces_after))))


def test_token_of_char_as_before() -> None:
    rng = random.Random(7)
    for n in (0, 1, 2, 50, 600):
        lengths = [rng.choice((1, 1, 2, 3, 4, 9)) for _ in range(n)]
        spaces = [rng.random() < 0.1 for _ in range(n)]  # booleans, as a TextDoc gives them
        new = _token_of_char(lengths, spaces)
        assert new.typecode == "i" and new == _old_token_of_char(lengths, spaces)
        assert _token_of_char(lengths, list(map(int, spaces))) == new  # ints, as spaCy's arrays give them


@pytest.mark.parametrize("text", both_scripts(TEXTS))
def test_token_table_characters_as_before(text: str) -> None:
    table = token_table(make_segmenter()(text))
    lengths = [len(w.text) for w in table.words]
    spaces = [int(w.whitespace) for w in table.words]
    assert table.token_of_char == _old_token_of_char(lengths, spaces)
    assert len(table.token_of_char) == len(text)
    assert all(table.word_at(i).idx <= i < table.word_at(i).idx + len(table.word_at(i).text) + 1
               for i in range(len(text)))


def _mentions(pipeline, text: str) -> list[Mention]:
    from zhkg.stages.documents import parse_documents

    return pipeline.extract_mentions(parse_documents("t", text)[0])


@pytest.mark.parametrize("text", both_scripts(TEXTS[:2]))
def test_renamed_as_replace(pipeline, text: str) -> None:
    mentions = _mentions(pipeline, text)
    assert len(mentions) > 5
    for m in mentions:
        for canonical, code in ((m.canonical, m.code), ("别名", ""), ("", "110117")):
            hash(m)  # a hash kept on the mention is not carried to the renamed one
            new, old = m.renamed(canonical, code), replace(m, canonical=canonical, code=code)
            assert new == old and new is not m and type(new) is Mention
            assert list(new.__dict__.items()) == list(old.__dict__.items())  # the same fields in the same order
            assert hash(new) == hash(old) and pickle.loads(pickle.dumps(new)) == old
            assert new.__getstate__() == old.__getstate__()
    assert m.canonical == mentions[-1].canonical  # the original is unchanged


def test_renamed_of_a_subclass_is_replace() -> None:
    @dataclass(frozen=True)
    class Marked(Mention):
        mark: str = "x"

    m = Marked("d", 0, 2, "平谷", "平谷", Label.PLACE, "gazetteer", mark="y")
    assert m.renamed("平谷区", "110117") == Marked("d", 0, 2, "平谷", "平谷", Label.PLACE, "gazetteer",
                                                  canonical="平谷区", code="110117", mark="y")


def test_mention_source_str_is_its_value() -> None:
    for source in MentionSource:
        assert str(source) == source.value and type(str(source)) is str
        assert f"{source}" == source.value


def _old_abbreviation_mentions(doc, text, tokens, gazetteer):
    """_abbreviation_mentions before speed122: every token start asked in turn."""
    by_pattern, lengths = place_abbreviations._abbreviation_index(gazetteer)
    found = []
    for at in tokens.starts:
        if at >= len(text) or text[at] not in by_pattern:
            continue
        for length in lengths:
            stop = at + length
            if stop in tokens.ends:
                for row in by_pattern[text[at]].get(text[at:stop], ()):
                    found.append((row, at))
    return place_abbreviations._found_mentions(doc, found, gazetteer)


@pytest.mark.parametrize("text", both_scripts(TEXTS))
def test_abbreviations_as_before(pipeline, text: str) -> None:
    """The abbreviations found at their first letters (one regex) are those of every token start asked in turn, with
    the token boundaries a document has and with a boundary at every character."""
    doc = pipeline.segmenter(text)
    tokens = place_tokens._Tokens(doc)
    gazetteer = pipeline.gazetteer
    new = place_abbreviations._abbreviation_mentions(doc, text, tokens, gazetteer)
    assert new == _old_abbreviation_mentions(doc, text, tokens, gazetteer)
    tokens.starts, tokens.ends = set(range(len(text) + 3)), set(range(len(text) + 3))
    assert place_abbreviations._abbreviation_mentions(doc, text, tokens, gazetteer) == _old_abbreviation_mentions(
        doc, text, tokens, gazetteer)
    if text == TEXTS[0]:
        assert [m.simplified for m in new] == ["京", "京"]


def _old_words_and_spaces(text: str, tokens) -> tuple[list[str], list[bool]]:
    """words_and_spaces before speed122: every token read in turn."""
    words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    at = 0
    for token in tokens:
        start, at = at, at + len(token)
        if not token or token.isspace():
            continue
        if start > pos:
            words.append(text[pos:start])
            spaces.append(False)
        words.append(token)
        spaces.append(False)
        pos = at
        if pos < len(text) and text[pos] == " ":
            spaces[-1] = True
            pos += 1
    if at != len(text):
        raise ValueError("the tokens do not cover the text")
    if pos < len(text):
        words.append(text[pos:])
        spaces.append(False)
    return words, spaces


def _random_cut(text: str, rng: random.Random) -> list[str]:
    """``text`` cut anywhere, with empty tokens here and there (spaces fall inside tokens, alone or at their ends)."""
    tokens, i = [], 0
    while i < len(text):
        if rng.random() < 0.1:
            tokens.append("")
        j = min(len(text), i + rng.choice((1, 1, 2, 3)))
        tokens.append(text[i:j])
        i = j
    return tokens + [""] * (rng.random() < 0.3)


@pytest.mark.parametrize("text", both_scripts(TEXTS + ["", " ", "  a", "a ", "a  b", " \u3000\n甲 乙\t丙 ", "北京 上海"]))
def test_words_and_spaces_as_before(text: str) -> None:
    from zhkg.stages.segment import jieba_words, words_and_spaces

    assert words_and_spaces(text, jieba_words(text)) == _old_words_and_spaces(text, jieba_words(text))
    assert words_and_spaces(text, iter(jieba_words(text))) == _old_words_and_spaces(text, jieba_words(text))
    rng = random.Random(len(text))
    for _ in range(60):
        tokens = _random_cut(text, rng)
        assert words_and_spaces(text, tokens) == _old_words_and_spaces(text, tokens), tokens
    if text == "北京 上海":  # a single space after a word is its trailing space
        assert words_and_spaces(text, jieba_words(text)) == (["北京", "上海"], [True, False])
    if text == "a  b":  # the second of two is a word of its own
        assert words_and_spaces(text, ["a", " ", " ", "b"]) == (["a", " ", "b"], [True, False, False])


@pytest.mark.parametrize("tokens", [["北京"], ["北京", "上海", "市"], [" ", "北京上海"]])
def test_words_and_spaces_tokens_must_cover_the_text(tokens: list[str]) -> None:
    from zhkg.stages.segment import words_and_spaces

    with pytest.raises(ValueError, match="do not cover"):
        words_and_spaces("北京上海", tokens)
    with pytest.raises(ValueError, match="do not cover"):
        _old_words_and_spaces("北京上海", tokens)


def test_whitespace_pattern_is_isspace() -> None:
    import sys

    from zhkg.stages.segment import _WHITESPACE

    assert [c for c in range(sys.maxunicode + 1) if bool(_WHITESPACE.match(chr(c))) != chr(c).isspace()] == []


def test_renamed_knows_every_field() -> None:
    """Mention.renamed passes the fields by position: a field added to Mention must be added there too."""
    from dataclasses import fields

    assert [f.name for f in fields(Mention)] == ["doc_id", "start", "end", "text", "simplified", "label", "extractor",
                                                 "canonical", "code", "quantity"]
