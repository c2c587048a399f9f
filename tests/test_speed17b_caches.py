"""Answers worked out once (speed17b): whether a name runs into the next word, once per span and document;
the names inside a count or naming its people's nationality, by bisection; a mention's hash, once per object and
never carried to another process. Each gives the answer of the form it replaced, in Simplified and Traditional."""

from __future__ import annotations

import dataclasses
import os
import pickle
import random
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import both_scripts

from zhkg.records import Document, Label, Mention, Quantity
from zhkg.relate.base import RelationContext
from zhkg.stages.normalise import to_simplified

# ---- whether a name runs into the next word: once per span and document

# (text, whether the three letters opening it are a name run into the next word)
_GLUED = [
    ("王小明天上班。", True),  # 明天 is a word and 天上 none
    ("王小明白天上班。", False),  # 白天 opens where the name ends
    ("金琦已出任行长。", True),  # 已 ends no given name
    ("贾大明说了这个道理。", False),  # 说 after a name is the verb of saying
    ("李克强调研了工厂。", False),  # 调研 opens where the name ends, though 强调 is a word
]


def _person_context(text: str) -> tuple[RelationContext, Mention]:
    person = Mention("d", 0, 3, text[:3], to_simplified(text[:3]), Label.PERSON, "test")
    return RelationContext(Document("d", text), [person], {}), person


@pytest.mark.parametrize(("text", "glued"), both_scripts(_GLUED))
def test_glued_is_answered_once_as_worked_out(pipeline, text, glued):
    from zhkg.relate.roles_names import _glued_to_next_word, _runs_into_next_word

    ctx, person = _person_context(text)
    assert _runs_into_next_word(ctx.simplified, person) is glued
    assert _glued_to_next_word(ctx, person) is glued
    assert list(ctx.glued.values()) == [glued]
    assert _glued_to_next_word(ctx, person) is glued  # asked again: the kept answer
    assert len(ctx.glued) == 1


@pytest.mark.parametrize("text", both_scripts(["王小明天上班。"]))
def test_glued_answers_stay_in_their_document(pipeline, text):
    """The same span and name in another document, followed by other letters, is asked afresh."""
    from zhkg.relate.roles_names import _glued_to_next_word

    other = text[:3] + "白" + text[3:]  # 王小明白天上班
    first, person = _person_context(text)
    second, same = _person_context(other)
    assert person == same
    assert _glued_to_next_word(first, person) is True
    assert _glued_to_next_word(second, same) is False
    assert _glued_to_next_word(first, person) is True


# ---- names inside a count, or naming its people's nationality: by bisection


def _of_count_by_pass(counts: list[Mention]):
    """The pass over every count that :func:`zhkg.relate.counts._of_count` replaced, with owners310's third case: a place
    no gazetteer knows that holds a count's start and ends inside it (示范|镇10个)."""
    from zhkg.relate.count_counted import _nationality

    def opened_inside(m: Mention) -> bool:
        return m.label is Label.PLACE and not m.code and any(m.start < c.start < m.end <= c.end for c in counts)

    return lambda m: (any(c.start < m.start and m.end <= c.end for c in counts) or opened_inside(m)
                      or any(_nationality(m, c) for c in counts))


def test_of_count_answers_as_the_pass_over_counts_on_random_spans():
    from zhkg.relate.count_counted import _of_count

    rng = random.Random(17)
    for _ in range(300):
        counts = []
        for _ in range(rng.randint(0, 6)):
            start = rng.randint(0, 30)
            counts.append(Mention("d", start, start + rng.randint(1, 8), "", "", Label.COUNT, "test"))
        names = []
        for _ in range(12):
            start = rng.randint(0, 36)
            names.append(Mention("d", start, start + rng.randint(1, 6), "", "", Label.PLACE, "test"))
        fast, slow = _of_count(counts), _of_count_by_pass(counts)
        for m in names:
            assert fast(m) == slow(m), (m.span, [c.span for c in counts])


_COUNT_TEXTS = [
    "西班牙一所大学里，中国学生仅有200余名。北京市商品住宅成交14405套，同比增长两成。",
    "该校七个本科生学院今年共招收新生3200人，其中上海学生有约400人。",
    "美国球员共有12名入选，日本游客人数达到50万人次，韩国工人超过3000人。",
    "目前共有15所北京高校参赛，该行已开设38家广东分行，共有5个中国代表团参会。",  # places inside counts
]


@pytest.mark.parametrize("text", both_scripts(_COUNT_TEXTS))
def test_of_count_answers_as_the_pass_over_counts_on_news(pipeline, text):
    from zhkg.relate.count_counted import _of_count
    from zhkg.stages.documents import parse_documents

    mentions = sorted(pipeline.extract_mentions(parse_documents("t", text)[0]), key=lambda m: (m.start, -m.end))
    counts = [m for m in mentions if m.label is Label.COUNT]
    names = [m for m in mentions if m.label in (Label.PLACE, Label.ORGANIZATION)]
    assert counts and names
    # the counts in any order, as a reader may hand them
    for order in (counts, counts[::-1]):
        fast, slow = _of_count(order), _of_count_by_pass(order)
        assert [fast(m) for m in names] == [slow(m) for m in names]


def test_the_news_holds_names_of_counts_and_others(pipeline):
    """The texts above test both answers: names inside counts or naming their people, and names owning them."""
    from zhkg.relate.count_counted import _of_count
    from zhkg.stages.documents import parse_documents

    answers = set()
    for param in both_scripts(_COUNT_TEXTS):
        mentions = pipeline.extract_mentions(parse_documents("t", param.values[0])[0])
        of_count = _of_count([m for m in mentions if m.label is Label.COUNT])
        answers.update(of_count(m) for m in mentions if m.label in (Label.PLACE, Label.ORGANIZATION))
    assert answers == {True, False}


def test_of_count_tells_a_name_inside_a_count_and_a_nationality():
    """A name after a count's start inside it, and a country right before a count of people opening with its
    noun, belong to the count; a name at the count's start or outside it does not."""
    from zhkg.relate.count_counted import _of_count

    people = Quantity(200.0, "学生", "学生", "名", counted_full="学生")
    count = Mention("d", 2, 10, "学生仅有200余名", "学生仅有200余名", Label.COUNT, "test", quantity=people)
    country = Mention("d", 0, 2, "中国", "中国", Label.PLACE, "test", code="CN")
    city = Mention("d", 0, 2, "中国", "中国", Label.PLACE, "test", code="110000")
    inside = Mention("d", 4, 6, "有2", "有2", Label.PLACE, "test")
    at_start = Mention("d", 2, 4, "学生", "学生", Label.PLACE, "test")
    after = Mention("d", 9, 12, "名北京", "名北京", Label.PLACE, "test")
    of_count = _of_count([count])
    assert [of_count(m) for m in (country, city, inside, at_start, after)] == [True, False, True, False, False]


# ---- a mention's hash: once per object, never carried across processes


def _mentions(text: str) -> list[Mention]:
    simplified = to_simplified(text)
    quantity = Quantity(3.0, text[-3:-1], simplified[-3:-1], "家", counted_full=text[-3:-1])
    return [
        Mention("d", 0, 2, text[:2], simplified[:2], Label.PLACE, "place_lexicon", code="110000"),
        Mention("d", 2, len(text), text[2:], simplified[2:], Label.COUNT, "count", quantity=quantity),
    ]


def _field_hash(m: Mention) -> int:
    return hash(tuple(getattr(m, f.name) for f in dataclasses.fields(m)))


@pytest.mark.parametrize("text", both_scripts(["北京有3家银行"]))
def test_mention_hash_is_the_hash_of_its_fields(text):
    for m in _mentions(text):
        assert hash(m) == _field_hash(m)
        assert hash(m) == hash(m) == _field_hash(m)
        twin = dataclasses.replace(m)
        assert twin == m and hash(twin) == hash(m) and {m: 1}[twin] == 1
        moved = dataclasses.replace(m, start=m.start + 1)
        assert hash(moved) == _field_hash(moved) != hash(m)


@pytest.mark.parametrize("text", both_scripts(["北京有3家银行"]))
def test_mention_hash_stays_out_of_pickles(text):
    mentions = _mentions(text)
    for m in mentions:
        hash(m)
        back = pickle.loads(pickle.dumps(m, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == m and "_hash" not in back.__dict__
        assert dataclasses.asdict(back) == dataclasses.asdict(m)
        assert repr(back) == repr(m)


@pytest.mark.parametrize("seed", ["1", "2"])
@pytest.mark.parametrize("text", both_scripts(["北京有3家银行"]))
def test_a_pickled_mention_hashes_afresh_in_another_process(tmp_path, text, seed):
    """Hashed here, loaded under another string-hash seed: the loaded mention hashes as one made there."""
    mentions = _mentions(text)
    owner = {m: f"e{i}" for i, m in enumerate(mentions)}  # hashed in this process
    path = tmp_path / "m.pickle"
    path.write_bytes(pickle.dumps((mentions, owner), protocol=pickle.HIGHEST_PROTOCOL))
    script = (
        "import dataclasses, pickle, sys\n"
        "mentions, owner = pickle.load(open(sys.argv[1], 'rb'))\n"
        "fresh = [dataclasses.replace(m) for m in mentions]\n"
        "assert [hash(m) for m in mentions] == [hash(m) for m in fresh]\n"
        "assert [owner[m] for m in fresh] == ['e0', 'e1']\n"
        "assert len(set(mentions) | set(fresh)) == 2\n"
        "print('ok')\n"
    )
    pipeline_dir = str(Path(__file__).resolve().parents[1] / "pipeline")
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": pipeline_dir}
    done = subprocess.run([sys.executable, "-c", script, str(path)], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr
