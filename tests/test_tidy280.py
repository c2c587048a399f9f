"""Session 58 (tidy280): ``python -m zhkg.relate.train_learned`` and ``python -m zhkg.ner.clusters`` write their
outputs as ``zhkg extract`` and ``python -m zhkg.ner.train`` write theirs (:mod:`zhkg.export.atomic`,
:func:`zhkg.cli.module_status`).

- A run that fails or is interrupted leaves an output already there byte for byte, no temporary file, and none of
  the folders it made for its output.
- ``--output`` is checked before anything is read: an input, a folder or a device in its place is refused.
- A missing, non-UTF-8 or malformed input is one ``Error: …`` line and exit 1, never a traceback.

The inputs are a few made-up sentences: each run takes a second or two.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zhkg.ner import clusters
from zhkg.relate import learned, train_learned

COMPANIES = ["甲科技", "乙银行", "丙集团", "丁证券"]
TEMPLATES = [("{a}宣布收购{b}全部股份", "收购"), ("{a}与{b}签署合作协议", "合作"), ("{a}起诉{b}侵权", "纠纷")]
OLD = b"the model of an earlier run"


def _tree(root: Path) -> list[str]:
    """Every path under ``root`` (folders, files, hidden temporary files), relative."""
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def _finre(folder: Path) -> Path:
    """A FinRE ``train.txt`` of made-up company news in ``folder``."""
    lines = [f"{a}\t{b}\t{relation}\t{template.format(a=a, b=b)}"
             for a in COMPANIES for b in COMPANIES if a != b for template, relation in TEMPLATES]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "train.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _train(finre: Path, output: Path) -> int:
    return train_learned.main(["--finre", str(finre), "--output", str(output), "--epochs", "1", "--seeds", "1"])


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1, err
    return err


def test_tidy280_a_relation_model_goes_into_new_folders_and_no_temporary_file_is_left(tmp_path):
    finre = _finre(tmp_path / "finre")
    assert _train(finre, tmp_path / "models" / "v3" / "m.npz") == 0
    assert _tree(tmp_path) == ["finre", "finre/train.txt", "models", "models/v3", "models/v3/m.npz"]


@pytest.mark.parametrize("error, status", [(KeyboardInterrupt(), 130), (OSError(28, "No space left on device"), 1)])
def test_tidy280_a_relation_model_broken_while_written_leaves_the_old_one_and_no_new_folder(tmp_path, monkeypatch,
                                                                                           capsys, error, status):
    def half_written(file, **arrays) -> None:  # the model's writer, broken half way (tidy289: inside RelationModel.save)
        file.write(b"PK half")
        raise error

    finre = _finre(tmp_path / "finre")
    (tmp_path / "m.npz").write_bytes(OLD)
    before = _tree(tmp_path)
    monkeypatch.setattr(learned.np, "savez_compressed", half_written)
    assert _train(finre, tmp_path / "m.npz") == status
    assert _train(finre, tmp_path / "new" / "deeper" / "m.npz") == status
    assert _tree(tmp_path) == before
    assert (tmp_path / "m.npz").read_bytes() == OLD
    capsys.readouterr()


@pytest.mark.parametrize("make", ["a folder", "the input"])
def test_tidy280_a_relation_model_is_never_written_over_a_folder_or_its_input(tmp_path, capsys, make):
    finre = _finre(tmp_path / "finre")
    output = tmp_path / "m.npz" if make == "a folder" else finre / "train.txt"
    if make == "a folder":
        output.mkdir()
    text = (finre / "train.txt").read_bytes()
    before = _tree(tmp_path)
    assert _train(finre, output) == 1
    assert _one_error_line(capsys).startswith("Error: ")
    assert _tree(tmp_path) == before and (finre / "train.txt").read_bytes() == text


@pytest.mark.parametrize("content", [None, b"\xbe\xbe\n", "甲科技\t乙银行\n".encode()],
                         ids=["missing", "not UTF-8", "malformed"])
def test_tidy280_bad_relation_data_is_one_error_line_and_nothing_written(tmp_path, capsys, content):
    finre = tmp_path / "finre"
    finre.mkdir()
    if content is not None:
        (finre / "train.txt").write_bytes(content)
    (tmp_path / "m.npz").write_bytes(OLD)
    before = _tree(tmp_path)
    assert _train(finre, tmp_path / "new" / "m.npz") == 1
    assert _train(finre, tmp_path / "m.npz") == 1
    assert _tree(tmp_path) == before and (tmp_path / "m.npz").read_bytes() == OLD
    assert capsys.readouterr().err.count("Error: ") == 2


def _sources(tmp_path: Path) -> Path:
    text = tmp_path / "news.tsv"
    text.write_text("体育\t北京很好。上海很好。广州很好。\n" * 3, encoding="utf-8")
    return text


def _cluster(source: Path, output: Path, *options: str) -> int:
    return clusters.main(["--output", str(output), "--dims", "2", *options, str(source)])


def test_tidy280_a_cluster_table_goes_into_new_folders_and_no_temporary_file_is_left(tmp_path):
    source = _sources(tmp_path)
    assert _cluster(source, tmp_path / "tables" / "t.tab") == 0
    assert _tree(tmp_path) == ["news.tsv", "tables", "tables/t.tab"]
    assert "北京" in clusters.read_clusters(tmp_path / "tables" / "t.tab")


@pytest.mark.parametrize("content, error", [
    (None, "No such file"),
    (b"\xbe\xbe\n", "not UTF-8 text"),
    ("北\tB-LOC\n京\n".encode(), "expected 'char<TAB>tag'"),
    ("甲\tO\n".encode(), "no word is seen 3 times"),  # a table of no word: read_clusters would refuse it
], ids=["missing", "not UTF-8", "malformed", "no word"])
def test_tidy280_a_bad_cluster_source_is_one_error_line_and_nothing_written(tmp_path, capsys, content, error):
    source = tmp_path / "train.bio"
    if content is not None:
        source.write_bytes(content)
    (tmp_path / "t.tab").write_bytes(OLD)
    before = _tree(tmp_path)
    assert _cluster(source, tmp_path / "new" / "t.tab") == 1
    assert error in _one_error_line(capsys)
    assert _cluster(source, tmp_path / "t.tab") == 1
    assert _tree(tmp_path) == before and (tmp_path / "t.tab").read_bytes() == OLD


def test_tidy280_an_interrupted_cluster_run_leaves_the_old_table_and_no_new_folder(tmp_path, monkeypatch, capsys):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    source = _sources(tmp_path)
    (tmp_path / "t.tab").write_bytes(OLD)
    before = _tree(tmp_path)
    monkeypatch.setattr(clusters, "build_clusters", interrupted)
    assert _cluster(source, tmp_path / "t.tab") == 130
    assert _cluster(source, tmp_path / "new" / "t.tab") == 130
    assert _tree(tmp_path) == before and (tmp_path / "t.tab").read_bytes() == OLD
    assert capsys.readouterr().err == "Interrupted; no table was written.\n" * 2


def test_tidy280_a_cluster_table_is_never_written_over_its_source(tmp_path, capsys):
    source = _sources(tmp_path)
    text = source.read_bytes()
    assert _cluster(source, source) == 1
    assert "is the input" in _one_error_line(capsys)
    assert source.read_bytes() == text
