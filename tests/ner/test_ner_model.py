"""Loading the recogniser: clear errors for bad model files, and the shipped model's behaviour."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhkg.ner import model as ner_model
from zhkg.ner.model import DEFAULT_MODEL, ModelFileError, load_model


@pytest.fixture(scope="module")
def shipped() -> ner_model.NerModel:
    return load_model()


def test_missing_model_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "ner.crfsuite"
    with pytest.raises(ModelFileError, match="not found") as info:
        load_model(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "bad header"),
        (b"this is not a model at all", "bad header"),
        (b"lCRF\xff\xff\x00\x00garbage", "truncated or corrupt"),
    ],
)
def test_corrupt_model_file_is_named(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "ner_corrupt.crfsuite"
    path.write_bytes(content)
    with pytest.raises(ModelFileError, match=reason) as info:
        load_model(path)
    assert str(path) in str(info.value)


def test_truncated_shipped_model_is_named(tmp_path: Path, shipped: ner_model.NerModel) -> None:
    path = tmp_path / "ner_truncated.crfsuite"
    path.write_bytes(shipped.path.read_bytes()[:100_000])
    with pytest.raises(ModelFileError, match="truncated") as info:
        load_model(path)
    assert str(path) in str(info.value)


def test_default_model_ships_in_the_package(shipped: ner_model.NerModel) -> None:
    assert shipped.path.name == DEFAULT_MODEL
    assert shipped.path.parent.name == "data"
    assert shipped.path.stat().st_size <= 30_000_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国务院总理李克强在北京会见了联合国秘书长。", [("国务院", "ORG"), ("李克强", "PER"), ("北京", "LOC"), ("联合国", "ORG")]),
        ("今天天气很好。", []),
        ("", []),
    ],
)
def test_shipped_model_tags_news(shipped: ner_model.NerModel, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[s:e], label) for s, e, label in shipped.tag_spans(text)] == expected


def test_full_width_ascii_is_tagged_like_half_width(shipped: ner_model.NerModel) -> None:
    half = "2019年IBM公司在上海开设了第3家研究院，CEO王伟出席。"
    full = "２０１９年ＩＢＭ公司在上海开设了第３家研究院，ＣＥＯ王伟出席。"
    assert len(full) == len(half)
    assert shipped.tag_spans(full) == shipped.tag_spans(half)


def test_module_level_tag_spans_uses_the_shipped_model() -> None:
    text = "张伟是清华大学的教授。"
    assert ner_model.tag_spans(text) == load_model().tag_spans(text)


def test_traditional_text_is_tagged_through_normalise(shipped: ner_model.NerModel) -> None:
    from zhkg.stages.normalise import normalise, to_traditional

    simplified = "新华社北京电，国家发展和改革委员会主任张国宝在广州会见了香港特别行政区代表团。"
    traditional = to_traditional(simplified)
    assert traditional != simplified
    assert shipped.tag_spans(normalise(traditional).simplified) == shipped.tag_spans(simplified)


def test_generic_bodies_are_not_organisations(
    shipped: ner_model.NerModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever the model tags, a bare 派出所 or 该公司 comes out as no span; named bodies and 政协 stay."""
    text = "派出所和该公司联系了平谷区派出所与政协"

    def tags_of(spans: list[tuple[int, int, str]]) -> list[str]:
        tags = ["O"] * len(text)
        for start, end, label in spans:
            tags[start:end] = ["B-" + label] + ["I-" + label] * (end - start - 1)
        return tags

    tagged = tags_of([(0, 3, "ORG"), (4, 7, "ORG"), (10, 16, "ORG"), (17, 19, "ORG")])
    monkeypatch.setattr(shipped, "tag_sentences", lambda sentences, words: [tagged])
    assert [text[s:e] for s, e, _ in shipped.tag_spans(text)] == ["平谷区派出所", "政协"]


def test_a_place_never_holds_a_bracket(shipped: ner_model.NerModel, monkeypatch: pytest.MonkeyPatch) -> None:
    """CLUENER's addresses taught the model spans such as 平谷区镇(乡)村; a place with a bracket is dropped."""
    text = "平谷区镇(乡)村和捷安特(中国)有限公司"
    tagged = ["B-LOC"] + ["I-LOC"] * 7 + ["O"] + ["B-ORG"] + ["I-ORG"] * 10
    monkeypatch.setattr(shipped, "tag_sentences", lambda sentences, words: [tagged])
    assert [text[s:e] for s, e, _ in shipped.tag_spans(text)] == ["捷安特(中国)有限公司"]
