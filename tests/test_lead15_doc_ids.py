"""Every mention carries its document's id, even one a late reader adds to a document where nothing else was found.

A reader that adds names after the recogniser (Latin-script people, makers, Japanese names, bodies read between a
verb and a title) took the id from the mentions it was given; with none, the mention was written with an empty
``doc_id`` and the ``--mentions`` file had lines belonging to no document.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import both_scripts

from zhkg.records import Document

LONE_NAMES = both_scripts([
    ("Lady Gaga说她很开心。", "Lady Gaga"),
    ("造型师Rachel Zoe说这件外套很好看。", "Rachel Zoe"),
    ("吉赛尔 邦辰今年三十岁，吉赛尔 邦辰说。", "邦辰"),
])


@pytest.mark.parametrize(("text", "name"), LONE_NAMES)
def test_a_lone_late_name_is_its_documents(pipeline: Any, text: str, name: str) -> None:
    result = pipeline.process_document(Document(id="lone-1", text=text))
    assert any(name in m.text for m in result.mentions), [m.text for m in result.mentions]
    assert {m.doc_id for m in result.mentions} == {"lone-1"}


@pytest.mark.parametrize("text", [row.values[0] for row in both_scripts([
    "柯达Z950上市。", "导演是枝裕和说这是他最满意的作品。", "任欣旺达总经理秘书。", "平谷区政协主席闫维洪说。"])])
def test_every_mention_is_its_documents(pipeline: Any, text: str) -> None:
    result = pipeline.process_document(Document(id="doc-7", text=text))
    assert result.mentions
    assert {m.doc_id for m in result.mentions} == {"doc-7"}
