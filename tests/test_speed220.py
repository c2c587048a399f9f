"""Session 49's speed220: the benches read only the THUCNews rows a bench may read, and jieba's route in less time.

``bench/throughput.py`` (and the benches that load through it, ``comentions``, ``scale``, ``serial_part`` and
``ner_eval``'s corpus speeds) read the first N rows of ``thucnews_1000.tsv``, reserved or held-out rows among them; they
now read the first N rows :func:`bench.common.eligible_corpus` gives, the rows ``bench.relations_audit.eligible_rows``
lets an audit read. The tests write their own corpus of made-up lines: no row of the real one is opened.

``zhkg.stages.wordcut._route`` scored a letter's candidate words with a ``best is None`` test at each, and a letter
jieba's dictionary lacks was looked up twice (again for its score); a letter that is a word scores first now, and a
letter that is none is looked up once. ``zhkg.stages.wordcut._cut_block`` added a run of single letters up a letter at a time; it
cuts the run out of the block once now. The old forms are kept here as the references the new ones are held to
(``bench/speed220.py`` replays them).
"""

from __future__ import annotations

import random
import sys
from math import log
from pathlib import Path

import pytest

from zhkg.stages import wordcut

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import common  # noqa: E402


def _old_route(block: str, freq: dict[str, int], logtotal: float) -> list[int]:
    """``_route`` before speed220."""
    n = len(block)
    get = freq.get
    score = [0.0] * (n + 1)
    ends = [0] * n
    for k in range(n - 1, -1, -1):
        best = None
        end = k
        i = k
        f = get(block[k])
        while f is not None:
            if f:
                value = log(f) - logtotal + score[i + 1]
                if best is None or value >= best:
                    best = value
                    end = i
            i += 1
            if i >= n:
                break
            f = get(block[k : i + 1])
        if best is None:
            best = log(get(block[k]) or 1) - logtotal + score[k + 1]
        score[k] = best
        ends[k] = end
    return ends


def _old_cut_block(block: str, freq: dict[str, int], logtotal: float, forced: int, append, extend) -> None:
    """``_cut_block`` before speed220."""
    ends = wordcut._route(block, freq, logtotal)
    get = freq.get
    n = len(block)
    x = 0
    buf = ""
    while x < n:
        y = ends[x] + 1
        if y - x == 1:
            buf += block[x]
        else:
            if buf:
                wordcut._flush(buf, get, forced, append, extend)
                buf = ""
            append(block[x:y])
        x = y
    if buf:
        wordcut._flush(buf, get, forced, append, extend)


def _prefix_dictionary(words: dict[str, int]) -> dict[str, int]:
    """A jieba-style dictionary: every word's frequency, and each prefix of a word that is none with 0."""
    out: dict[str, int] = {}
    for word in words:
        for j in range(1, len(word)):
            out.setdefault(word[:j], 0)
    out.update(words)
    return out


@pytest.mark.parametrize(("block", "words"), [
    ("北京大学生", {"北": 5, "北京": 9, "北京大学": 4, "京": 3, "大": 6, "大学": 8, "大学生": 2, "学": 4, "学生": 7,
                    "生": 5}),
    ("甲乙甲乙", {"甲乙": 3, "乙甲": 3}),  # equal scores: the later end wins
    ("甲x乙", {"甲": 1}),  # letters the dictionary lacks, one of them Latin
    ("甲乙丙", {"甲乙丙丁": 4}),  # prefixes only: every letter alone
    ("甲乙丙", {"甲": 0, "甲乙丙": 2}),  # a letter of frequency 0 that begins a word
    ("", {}),
])
def test_route_is_the_old_one_on_made_up_words(block, words):
    freq = _prefix_dictionary(words)
    assert wordcut._route(block, freq, log(100)) == _old_route(block, freq, log(100))


def test_route_is_the_old_one_on_random_dictionaries():
    rng = random.Random(220)
    letters = "甲乙丙丁戊"
    for _ in range(3000):
        words = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 4))): rng.choice([0, 1, 2, 7, 100])
                 for _ in range(rng.randint(0, 10))}
        freq = _prefix_dictionary(words)
        block = "".join(rng.choice(letters + "x") for _ in range(rng.randint(1, 12)))
        assert wordcut._route(block, freq, 5.0) == _old_route(block, freq, 5.0), (block, words)


def test_route_is_the_old_one_in_jieba_s_dictionary():
    from zhkg.resources.jieba_dict import import_jieba

    dt = import_jieba().dt
    dt.check_initialized()
    logtotal = log(dt.total)
    for block in ("平谷区政协委员张三丰说", "我来到北京清华大学", "Apple发布iPhone15", "研究生命起源", "结婚的和尚未结婚的",
                  "國務院總理李克強", "乒乓球拍卖完了"):
        assert wordcut._route(block, dt.FREQ, logtotal) == _old_route(block, dt.FREQ, logtotal)


def _corpus(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "thucnews_1000.tsv"
    path.write_text("".join(f"类{r % 3}\t第{r}篇\t新闻\n" for r in range(rows)), encoding="utf-8")
    return path


def test_eligible_corpus_skips_reserved_and_unseen_rows(tmp_path):
    eligible = common.eligible_rows(1000)
    assert 600 < len(eligible) < 1000 and not set(eligible) & common.RESERVED  # some rows are left out
    read = common.eligible_corpus(_corpus(tmp_path, 1000))
    assert [row for row, _, _ in read] == eligible
    assert all(text == f"第{row}篇\t新闻" and category == f"类{row % 3}" for row, category, text in read)


def test_eligible_corpus_takes_the_first_n_eligible_rows(tmp_path):
    corpus = _corpus(tmp_path, 1000)
    first = common.eligible_corpus(corpus, 200)
    assert [row for row, _, _ in first] == common.eligible_rows(1000)[:200]
    assert first[-1][0] > 199  # rows left out among the first 200: the 200th eligible one lies beyond
    assert common.eligible_corpus(corpus, 10_000) == common.eligible_corpus(corpus)


def test_eligible_tsv_writes_the_rows_as_they_were(tmp_path):
    corpus = _corpus(tmp_path, 300)
    out = common.eligible_tsv(corpus, tmp_path / "eligible.tsv", 50)
    lines = corpus.read_text(encoding="utf-8").splitlines()
    assert out.read_text(encoding="utf-8").splitlines() == [lines[r] for r in common.eligible_rows(300)[:50]]


def test_the_throughput_bench_loads_eligible_rows(tmp_path):
    from bench.throughput import load

    corpus = _corpus(tmp_path, 400)
    raws = load(150, corpus)
    assert [raw.id for raw in raws] == [f"thuc-{row:04d}" for row in common.eligible_rows(400)[:150]]
    assert raws[0].metadata == {"category": "类0"} and raws[0].text == "第0篇\t新闻"


@pytest.mark.parametrize("block", [
    "平谷区政协委员张三丰说", "我来到北京清华大学", "Apple发布iPhone15", "乒乓球拍卖完了", "國務院總理李克強",
    "张三丰李四光王五", "的", "甲乙丙丁戊己庚辛", "x", "他说他说", "哈哈哈哈哈哈哈哈哈哈",
])
def test_cut_block_gives_the_old_words(block):
    from jieba import finalseg

    from zhkg.resources.jieba_dict import import_jieba

    dt = import_jieba().dt
    dt.check_initialized()
    args = (block, dt.FREQ, log(dt.total), len(finalseg.Force_Split_Words))
    new: list[str] = []
    old: list[str] = []
    wordcut._cut_block(*args, new.append, new.extend)
    _old_cut_block(*args, old.append, old.extend)
    assert new == old and "".join(new) == block
