"""robust263: inputs that reached a traceback on paths the corpus never took (found by a seeded fuzz of perturbed
eligible rows and jittered recogniser spans), each on a sentence written here."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "value", "classifier"), [
    ("伊朗向俄罗斯提供了60架见证者（Shahed）", 60, "架"),  # the bracket closes the text: no word after it
    ("他们运来3枚伊斯坎德（Iskander)", 3, "枚"),
])
def test_count_before_a_bracketed_original_ending_the_text(nlp: Any, text: str, value: int, classifier: str) -> None:
    # count_phrase._phrase_at looked up the word after the bracket at the text's end (IndexError)
    from zhkg.extract.counts import extract_counts

    assert [(m.quantity.value, m.quantity.classifier) for m in extract_counts(nlp(text))] == [(value, classifier)]


def test_count_before_a_bracketed_original_still_reads_the_noun_after_it(nlp: Any) -> None:
    from zhkg.extract.counts import extract_counts

    assert [m.quantity.counted for m in extract_counts(nlp("伊朗向俄罗斯提供了60架见证者（Shahed）无人机。"))] == ["无人机"]
