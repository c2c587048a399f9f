"""Fixes the lead made while merging session 29's rounds."""
import pytest

from zhkg.records import Document, Label
from zhkg.run.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _orgs(pipeline, text):
    result = pipeline.process_documents([Document("d", text, kind="text")])[0]
    return [m.text for m in result.mentions if m.label is Label.ORGANIZATION]


@pytest.mark.parametrize("text, whole", [
    ("联合国艾滋病规划署执行主任皮奥特今天说。", "联合国艾滋病规划署"),
    ("聯合國愛滋病規劃署執行主任皮奧特今天說。", "聯合國愛滋病規劃署"),
])
def test_a_generic_office_in_the_table_does_not_cut_a_longer_name(pipeline, text, whole):
    # orgs36 listed Hong Kong's 规划署; after a common noun it is the head of another body's name
    assert _orgs(pipeline, text) == [whole]


@pytest.mark.parametrize("text, office", [
    ("他向规划署查询。", "规划署"),
    ("劳工处和保安局今天表示。", "劳工处"),
    ("他向規劃署查詢。", "規劃署"),
])
def test_the_listed_office_alone_is_still_read(pipeline, text, office):
    assert office in _orgs(pipeline, text)
