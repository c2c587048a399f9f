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


# --- the commands' bad input (the scan of round tidy289) ---

SOURCE = "王小明是华强集团董事长。李大同在北京工作。王小明说，华强集团在北京。\n" * 3
BIO = "".join("王\tB-PER\n小\tI-PER\n明\tI-PER\n说\tO\n北\tB-LOC\n京\tI-LOC\n\n" for _ in range(4))


def _files(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "src.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "train.bio").write_text(BIO, encoding="utf-8")
    (tmp_path / "finre").mkdir()
    (tmp_path / "finre" / "train.txt").write_text("甲科技\t乙银行\t收购\t甲科技宣布收购乙银行全部股份\n", encoding="utf-8")
    return {"src": tmp_path / "src.txt", "bio": tmp_path / "train.bio", "finre": tmp_path / "finre",
            "out": tmp_path / "out" / "o.bin"}


def _run(command: str, argv: list[str]) -> int:
    from zhkg.ner import clusters, prune, train
    from zhkg.relate import train_learned

    main = {"clusters": clusters.main, "prune": prune.main, "train": train.main, "train_learned": train_learned.main}
    try:
        return main[command](argv)
    except SystemExit as exc:  # argparse's usage error
        return int(exc.code or 0)


@pytest.mark.parametrize("command, argv, option", [
    ("clusters", ["{src}", "--min-count", "1", "--contexts", "0", "--output", "{out}"], "--contexts"),  # a traceback
    ("clusters", ["{src}", "--min-count", "1", "--dims", "0", "--output", "{out}"], "--dims"),
    ("clusters", ["{src}", "--min-count", "-1", "--output", "{out}"], "--min-count"),
    ("train_learned", ["--finre", "{finre}", "--epochs", "0", "--output", "{out}"], "--epochs"),
    ("train_learned", ["--finre", "{finre}", "--seeds", "-2", "--output", "{out}"], "--seeds"),
    ("prune", ["{bio}", "--threshold", "nan", "--output", "{out}"], "--threshold"),
    ("prune", ["{bio}", "--threshold", "-0.5", "--output", "{out}"], "--threshold"),
    ("train", ["{bio}", "--c1", "nan", "--output", "{out}"], "--c1"),
    ("train", ["{bio}", "--c2", "-1", "--output", "{out}"], "--c2"),
    ("train", ["{bio}", "--max-iterations", "0", "--output", "{out}"], "--max-iterations"),
    ("train", ["{bio}", "--augment", "-1", "--output", "{out}"], "--augment"),
    ("train", ["{bio}", "--clusters", "{src}", "--output", "{out}"], "--clusters"),  # read by version 2 only
])
def test_a_number_out_of_range_is_a_usage_error_and_nothing_is_written(tmp_path, capsys, command, argv, option):
    files = _files(tmp_path)
    before = _tree(tmp_path)
    assert _run(command, [a.format(**files) for a in argv]) == 2
    err = capsys.readouterr().err
    assert option in err.splitlines()[-1] and "Traceback" not in err
    assert _tree(tmp_path) == before


def test_eval_relations_refuses_a_threshold_that_is_no_number(tmp_path):
    from click.testing import CliRunner

    from zhkg.cli import main

    files = _files(tmp_path)
    result = CliRunner().invoke(main, ["eval-relations", str(files["finre"] / "train.txt"), "--threshold", "nan"])
    assert result.exit_code == 2 and "'nan' is not a number" in result.output


def test_a_command_names_the_output_it_cannot_write_not_its_temporary_file(tmp_path, capsys):
    from zhkg.cli import module_status

    output = tmp_path / "m.npz"

    def refused() -> None:
        raise PermissionError(13, "Permission denied", str(tmp_path / ".m.npz.zhkg-1-2.abc.tmp"))

    def missing_input() -> None:
        raise FileNotFoundError(2, "No such file or directory", str(tmp_path / "train.bio"))

    assert module_status(refused, interrupted="", outputs=[("--output", output)]) == 1
    assert capsys.readouterr().err == f"Error: cannot write --output {output}: Permission denied\n"
    assert module_status(missing_input, interrupted="", outputs=[("--output", output)]) == 1
    assert capsys.readouterr().err == f"Error: {tmp_path / 'train.bio'}: No such file or directory\n"


def test_a_cluster_table_that_cannot_be_written_is_named_by_its_option(tmp_path, capsys, monkeypatch):
    from zhkg.export import atomic

    files = _files(tmp_path)
    output = tmp_path / "c.tab"

    def refused(prefix: str, suffix: str, dir: str) -> tuple[int, str]:  # noqa: A002 (mkstemp's name)
        raise PermissionError(13, "Permission denied", str(Path(dir) / f"{prefix}x{suffix}"))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refused)
    assert _run("clusters", [str(files["src"]), "--min-count", "1", "--output", str(output)]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == f"Error: cannot write --output {output}: Permission denied"
    assert not output.exists()
