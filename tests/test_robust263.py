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


def test_fuzz_bench_jitter_is_seeded_and_never_overlaps() -> None:
    import random
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.fuzz_rows import jitter_spans

    spans = [(0, 2, "PER"), (5, 8, "ORG"), (10, 12, "LOC")]
    first = [jitter_spans(spans, 20, random.Random(seed)) for seed in range(50)]
    assert first == [jitter_spans(spans, 20, random.Random(seed)) for seed in range(50)]
    assert first != [spans] * 50
    for moved in first:
        assert all(0 <= s < e <= 20 for s, e, _ in moved)
        assert all(a[1] <= b[0] for a, b in zip(moved, moved[1:]))


def test_fuzz_bench_names_the_site_in_zhkg() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.fuzz_rows import site_of
    from zhkg.ner.clusters import read_clusters

    with pytest.raises(KeyError) as outside:
        {}["robust263"]
    assert site_of(outside.value) == "outside zhkg"
    with pytest.raises(Exception) as inside:  # noqa: B017 - the error's kind is not what is tested
        read_clusters(Path("/nonexistent/robust263.tsv"))
    assert site_of(inside.value).startswith("ner/clusters.py:") and site_of(inside.value).endswith(":read_clusters")


def test_fuzz_bench_site_is_the_package_not_a_folder_named_zhkg(tmp_path: Any) -> None:
    # a checkout cloned into a folder named zhkg: its tests' frames are still outside the package
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.fuzz_rows import site_of

    source = tmp_path / "zhkg" / "tests" / "raiser.py"
    source.parent.mkdir(parents=True)
    source.write_text("def boom():\n    raise KeyError('robust263')\n", encoding="utf-8")
    scope: dict[str, Any] = {}
    exec(compile(source.read_text(encoding="utf-8"), str(source), "exec"), scope)
    with pytest.raises(KeyError) as raised:
        scope["boom"]()
    assert site_of(raised.value) == "outside zhkg"


@pytest.mark.parametrize(("text", "person", "place"), [("王明中，男，2009年至今任浙江", "王明中", "浙江"),
                                                      ("李华2010年起任江苏", "李华", "江苏")])
def test_a_text_ending_on_the_place_a_post_is_held_in(pipeline: Any, text: str, person: str, place: str) -> None:
    # roles_links._holder_and_role read the letter after the place at the text's end (IndexError): a résumé cut
    # after 任 and its place; the place and the person are still read, no post is
    result = pipeline.run_texts([("cut", text)])
    assert {m.text for m in result.extraction.mentions} == {person, place}
    assert not [r for r in result.extraction.relations if r.kind.value == "HOLDS_ROLE"]


def test_a_post_after_the_place_is_still_read(pipeline: Any) -> None:
    result = pipeline.run_texts([("whole", "王明中，男，2009年至今任浙江省代省长。")])
    assert [r.role for r in result.extraction.relations if r.kind.value == "HOLDS_ROLE"] == ["代省长"]


@pytest.mark.parametrize(("text", "counted"), [("共有7位买人参加竞买。", "买人"), ("有3位买人到场。", "买人")])
def test_a_count_whose_thing_jieba_glued_to_the_classifier(nlp: Any, text: str, counted: str) -> None:
    # count_phrase._head looked for a word starting inside 买人 where jieba cut 位买|人 (max() of nothing: ValueError)
    from zhkg.extract.counts import extract_counts

    assert [m.quantity.counted for m in extract_counts(nlp(text))] == [counted]
