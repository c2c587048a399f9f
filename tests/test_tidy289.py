"""Session 59 (tidy289): engineering debts session 58 left.

- :func:`zhkg.relate.roles_repeated_names.repeated_people` keeps its stand-ins in a slot the context declares
  (``repeated_names``), worked out again when the mentions list changes, as the other readers' caches are.
- :meth:`zhkg.relate.learned.RelationModel.save` writes atomically: a save that fails half way leaves a model
  already there byte for byte and no temporary file; a folder at the path is refused, a new folder is made.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zhkg.errors import OutputError
from zhkg.records import Document, Label, Mention
from zhkg.relate import learned
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_repeated_names import repeated_people

OLD = b"the model of an earlier run"


def _person(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention("d", at, at + len(name), name, name, Label.PERSON, "x", canonical=name)


def test_the_stand_ins_live_in_the_context_slot_and_follow_its_mentions():
    text = "董事长闫学文表示。闫学文兼任总裁。王小明说，王小明也到了。"
    first, second = _person(text, "闫学文"), _person(text, "王小明")
    ctx = RelationContext(Document("d", text), [first], {first: "person:闫学文", second: "person:王小明"})
    assert ctx.repeated_names is None  # declared by the context, not set by the reader
    found = repeated_people(ctx)
    assert ctx.repeated_names == (ctx.mentions, found) and repeated_people(ctx) is found
    ctx.mentions = sorted([first, second], key=lambda m: m.start)  # a reader's new list: worked out again
    again = repeated_people(ctx)
    assert again is not found
    assert sorted((m.start, m.simplified) for m in again) == [(9, "闫学文"), (text.rindex("王小明"), "王小明")]


def _model() -> learned.RelationModel:
    return learned.load_relation_model()


def _tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_relation_model_save_broken_half_way_leaves_the_old_model(tmp_path, monkeypatch, error):
    def half_written(file, **arrays) -> None:
        file.write(b"PK half")
        raise error

    (tmp_path / "m.npz").write_bytes(OLD)
    monkeypatch.setattr(learned.np, "savez_compressed", half_written)
    with pytest.raises(type(error)):
        _model().save(tmp_path / "m.npz")
    assert _tree(tmp_path) == ["m.npz"] and (tmp_path / "m.npz").read_bytes() == OLD


def test_a_relation_model_save_refuses_a_folder_and_makes_a_new_one(tmp_path):
    (tmp_path / "m.npz").mkdir()
    with pytest.raises(OutputError):
        _model().save(tmp_path / "m.npz")
    assert _tree(tmp_path) == ["m.npz"]
    model = _model()
    model.save(tmp_path / "new" / "m.npz")
    assert _tree(tmp_path) == ["m.npz", "new", "new/m.npz"]
    again = learned._read_model(tmp_path / "new" / "m.npz")
    assert again.classify("finre", "腾讯宣布收购搜狗", (0, 2), (6, 8)) == model.classify(
        "finre", "腾讯宣布收购搜狗", (0, 2), (6, 8))
