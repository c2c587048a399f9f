"""Session 45's speed191: the same output in less time.

``_dictionary_name_candidates`` (people) asked jieba's whole tag table for every word's stock tag before it asked
whether the word opens a clause, which most do not; it now asks the table last. The tests hold the new code to the old (kept here as the reference) on tricky
input in both scripts.

``cut_known_name_tails`` voted, for each recogniser's candidate, over every organisation and place name of the
document apart from it (a ``Counter`` per name, 18,909 of them on 200 THUCNews rows) to ask about the few prefixes of
the candidate; it now groups the mentions by name once and counts, per prefix asked, only that name's mentions apart
from the candidate. The vote is held to the old one (kept here) on made-up mentions with ties.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest
from helpers import both_scripts

from zhkg.extract import known_name_tails, name_scores, people
from zhkg.extract.foreign_people_by_context import PERSON_VERBS
from zhkg.extract.known_name_tails import _CUT_LABELS, _label_apart
from zhkg.records import Document, Label, Mention
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.segment import dictionary_tag, doc_text, stock_tag, token_table

TEXTS = [
    "白崇禧表示同意。上官婉儿是诗人，东方朔出生在山东。",
    "国投瑞银、易方达等公司；白崇禧说，高中生说。季后赛开始，欧阳修表示",
    "记者 白崇禧表示，「上官婉儿」是， 东方朔出生。曾祖父说：向东说",
    "白崇禧", "白崇禧。", "。白崇禧", "", "，", "上官婉儿是",
]


def _old_dictionary_name_candidates(doc, lexicon):
    """_dictionary_name_candidates before speed191: every word asked for its stock tag first."""
    text = doc_text(doc)
    words = [w for w in token_table(doc).words if not w.is_space]
    found = []
    for i, w in enumerate(words[:-1]):
        if w.tag != "nr" and stock_tag(w.text) != "nr" or not 2 <= len(w.text) <= 4 or (i and not (
                words[i - 1].is_punct and words[i - 1].text not in people._LIST_MARKS)):
            continue
        nxt = words[i + 1]
        if len(w.text) == 2:
            if nxt.idx == w.end and people._word_name_speaks(w.text, text, w.end, lexicon):
                found.append((w.idx, w.end, "dictionary"))
            continue
        parts = name_scores.split_surname(w.text, lexicon.surnames)
        if nxt.idx != w.end or parts is None or not 1 <= len(parts[1]) <= 2 \
                or name_scores._headline_place(w.text, lexicon) \
                or not ((nxt.tag[:1] == "v" and (len(nxt.text) >= 2 or nxt.text in people._SAYS))
                        or text.startswith(PERSON_VERBS, w.end)):
            continue
        if len(parts[0]) == 1 and (dictionary_tag(w.text[:2]) != "x" or dictionary_tag(w.text[1:]) != "x"
                                   or not (text.startswith(PERSON_VERBS, w.end) or nxt.text in people._SAYS[1:])):
            continue
        found.append((w.idx, w.end, "dictionary"))
    return found


@pytest.mark.parametrize("text", both_scripts(TEXTS))
def test_dictionary_names_as_before(pipeline, text: str) -> None:
    doc = pipeline.segmenter(text)
    lexicon = load_lexicon()
    assert people._dictionary_name_candidates(doc, lexicon) == _old_dictionary_name_candidates(doc, lexicon)


def test_dictionary_names_are_found(pipeline) -> None:
    """The reference finds names in the texts, so the comparison above is not only of empty lists."""
    found = [_old_dictionary_name_candidates(pipeline.segmenter(t), load_lexicon()) for t in TEXTS]
    assert sum(map(len, found)) >= 3


def _old_known_names(mentions):
    """known_name_tails._known_names before speed191: each name's label by a vote over all ``mentions``."""
    votes = {}
    for m in mentions:
        if m.label in _CUT_LABELS and len(m.simplified) >= 2:
            votes.setdefault(m.simplified, Counter())[m.label] += 1
    return {name: counts.most_common(1)[0][0] for name, counts in votes.items()}


@pytest.mark.parametrize("seed", range(20))
def test_known_name_votes_as_before(seed: int) -> None:
    rng = random.Random(seed)
    names = ["万科", "WHO", "雅加达", "新浪", "万", "奥斯卡"]
    labels = [Label.ORGANIZATION, Label.PLACE, Label.PERSON]
    everyone = []
    for _ in range(rng.randint(0, 14)):
        name, start = rng.choice(names), rng.randint(0, 40)
        everyone.append(Mention("d", start, start + len(name), name, name, rng.choice(labels), "x"))
    named = {}
    for o in everyone:
        if o.label in _CUT_LABELS and len(o.simplified) >= 2:
            named.setdefault(o.simplified, []).append(o)
    for m in everyone:
        old = _old_known_names([o for o in everyone if o.end <= m.start or o.start >= m.end])
        for name in names:
            assert (_label_apart(named[name], m) if name in named else None) == old.get(name)


def test_known_name_votes_tie_to_the_first() -> None:
    """Two labels with a vote each: the first read wins, as ``Counter.most_common`` gave it."""
    far = Mention("d", 90, 92, "万科", "万科", Label.ORGANIZATION, "x")
    named = [Mention("d", 0, 2, "万科", "万科", Label.PLACE, "x"), Mention("d", 5, 7, "万科", "万科", Label.ORGANIZATION, "x")]
    assert _label_apart(named, far) is Label.PLACE
    assert _label_apart(named[::-1], far) is Label.ORGANIZATION
    assert _label_apart(named, named[0]) is Label.ORGANIZATION  # itself is not apart from itself


def _old_cut_known_name_tails(model, found, table, heads, original=""):
    """cut_known_name_tails before speed191: a vote over every name apart from each candidate."""
    candidates = {id(m) for m in model if m.label in _CUT_LABELS and len(m.simplified) >= 3}
    if not candidates:
        return model
    ruled = {(m.start, m.end) for m in found}
    written = Counter(m.simplified for m in model)
    everyone = [*found, *model]
    out = []
    for m in model:
        if id(m) not in candidates or (m.start, m.end) in ruled or written[m.simplified] > 1:
            out.append(m)
            continue
        apart = _old_known_names([o for o in everyone if o.end <= m.start or o.start >= m.end])
        cuts = (size for size in range(len(m.simplified) - 1, 1, -1)
                if apart.get(m.simplified[:size]) is m.label
                and (words := known_name_tails._words_over(table, m.start + size, m.end))
                and known_name_tails._tail_runs_on(m.label, m.simplified[size:], words, heads))
        cut = next(cuts, None)  # the longest name the tail runs on past
        out.append(m if cut is None else known_name_tails.replace(
            m, end=m.start + cut, simplified=m.simplified[:cut],
            text=original[m.start:m.start + cut] if original else m.text[:cut]))
    return out


#: Run-on names the recogniser may read, each beside the name on its own (made up, after the module's examples).
TAIL_TEXTS = [
    "WHO总干事说，WHO疾病监测体系受损。万科托管物业的业主说，万科表示将改善。",
    "奥斯卡得主助阵编剧配乐，奥斯卡颁奖礼举行。雅加达西南发生地震，雅加达市民撤离。",
    "新浪微博用户增长，新浪表示满意。中信证券研究称，中信集团公告。",
]


@pytest.mark.parametrize("text", both_scripts(TAIL_TEXTS))
def test_known_name_tails_as_before(pipeline, monkeypatch, text: str) -> None:
    """The whole pipeline's calls of ``cut_known_name_tails``: the new answer is the old one's for each."""
    calls = []
    real = known_name_tails.cut_known_name_tails

    def spy(*args):
        calls.append(args)
        return real(*args)

    monkeypatch.setattr("zhkg.run.pipeline.cut_known_name_tails", spy)
    pipeline.extract_mentions(Document("d", text, kind="text"))
    assert calls
    for args in calls:
        assert real(*args) == _old_cut_known_name_tails(*args)


def test_known_name_tails_cut_somewhere(pipeline, monkeypatch) -> None:
    """万科托管物业 beside 万科: the reference cuts it, so the comparison above is not only of mentions left whole."""
    cut = []
    real = known_name_tails.cut_known_name_tails
    monkeypatch.setattr("zhkg.run.pipeline.cut_known_name_tails",
                        lambda *args: cut.extend(m.simplified for m in real(*args) if m not in args[0]) or real(*args))
    pipeline.extract_mentions(Document("d", TAIL_TEXTS[0], kind="text"))
    assert "万科" in cut
