"""Session 33's perf89: the counts reader's partner test (与/同/跟 before a holder: the other party, or the link of a
list when only brackets separate it from the holder before) read every earlier spot with a slice of the text up to
the 与, quadratic (and worse) in one long document's length; it now reads the brackets chained back from the 与. The
same relations as the old scan, on both scripts."""

from __future__ import annotations

import random

import pytest
from helpers import both_scripts

from zhkg.relate import count_owner_words as words
from zhkg.relate import counts as counts_module
from zhkg.relate.count_owner_words import _BRACKETS, _bracket_chain

TEXTS = [
    "巴勒斯坦总统穆萨还与巴方签署了13项合作协议。",
    "中国（北京）与美国两国共有30家企业参加了展会。",
    "华为公司[注]与中兴公司签署了3项协议，双方共派出200名工程师。",
    "阿贾克斯队本赛季主场与荷兰球队5胜2平。中国与美国两国的8家企业签约。",
    # several documents' worth in one, with brackets chained before the 与 (（北京）[注]与)
    "深圳市（广东）[注]与香港两地共有120家银行。腾讯公司同华为公司签署了5项协议。" * 8,
]


def _old_partner(self, i: int, count_start: int) -> bool:
    """The partner test before perf89, every earlier spot scanned (kept here as the reference)."""
    spots, text = self.spots, self.text
    start, end, _ = spots[i]
    if start < 2 or not text.endswith(words._PARTNER_BEFORE, 0, start) or text[start - 2] == words._NOT_PARTNER:
        return False
    if (count_start >= end and words._PARTNER_OWNS.fullmatch(text, end, count_start)) or \
            words._PARTNER_PEOPLE.match(text, end):
        return False
    return not any(s[1] < start and _BRACKETS.sub("", text[s[1] : start - 1]) == "" for s in spots[:i])


def _relations(pipeline, text: str) -> list[str]:
    return sorted(repr(r) for r in pipeline.run_texts([("perf89", text)]).extraction.relations)


@pytest.mark.parametrize("text", both_scripts(TEXTS))
def test_partner_reads_what_the_old_scan_read(monkeypatch, pipeline, text) -> None:
    new = counts_module._CountOwners.partner
    answers: list[tuple[bool, bool]] = []

    def both(self, i, count_start):
        answers.append((new(self, i, count_start), _old_partner(self, i, count_start)))
        return answers[-1][1]

    monkeypatch.setattr(counts_module._CountOwners, "partner", both)
    expected = _relations(pipeline, text)
    assert answers and all(a == b for a, b in answers), answers
    monkeypatch.setattr(counts_module._CountOwners, "partner", new)
    assert _relations(pipeline, text) == expected


def test_the_samples_reach_both_answers_of_the_old_scan(monkeypatch, pipeline) -> None:
    # the samples above exercise the test: holders after 与 that are the other party and some that are not
    seen: set[bool] = set()

    def spy(self, i, count_start):
        seen.add(answer := _old_partner(self, i, count_start))
        return answer

    monkeypatch.setattr(counts_module._CountOwners, "partner", spy)
    for text in TEXTS:
        _relations(pipeline, text)
    assert seen == {True, False}


@pytest.mark.parametrize("text", ["（北京）[注]与", "[a][b]与", "(（北京）与", "（北京)）与", "[a[b]与", "与", "abc与",
                                  "（" + "甲" * 30 + "）与", "（" + "甲" * 31 + "）与", "[]()（）与"])
def test_bracket_chain_is_where_the_brackets_empty_the_slice(text) -> None:
    end = len(text) - 1
    assert sorted(_bracket_chain(text, end)) == [p for p in range(end + 1) if _BRACKETS.sub("", text[p:end]) == ""]


def test_bracket_chain_on_random_brackets() -> None:
    rng = random.Random(89)
    for _ in range(3000):
        text = "".join(rng.choice("[]（）()甲与") for _ in range(rng.randint(0, 40)))
        end = rng.randint(0, len(text))
        assert sorted(_bracket_chain(text, end)) == [p for p in range(end + 1)
                                                     if _BRACKETS.sub("", text[p:end]) == ""], (text, end)
