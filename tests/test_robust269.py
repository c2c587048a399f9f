"""robust269: a failed ``zhkg extract`` leaves the file system as it found it (no folder it made, while empty; no
partial or temporary file), and a table with a header and no rows says so. Inputs written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import zhkg.export.graphml
from zhkg.cli import main
from zhkg.export.atomic import atomic_write, make_folder, new_folders_undone
from zhkg.run.pipeline import BATCH_DOCUMENTS, Pipeline

SENTENCE = "平谷区政协主席闫维洪主持会议。"


def _tree(root: Path) -> list[str]:
    """Every path under ``root`` (folders, files, hidden temporary files), relative."""
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def _extract(*args: str):
    """Run in tmp_path (each test changes to it): the folders the run may make are all under it."""
    return CliRunner().invoke(main, ["extract", *args, "--no-progress"])


@pytest.fixture
def news(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of ten good articles and, read last, one that is no text."""
    monkeypatch.chdir(tmp_path)
    return _news(tmp_path / "news", 10)


def _news(folder: Path, good: int) -> Path:
    folder.mkdir()
    for i in range(good):
        (folder / f"a{i:03d}.txt").write_text(SENTENCE, encoding="utf-8")
    (folder / "z.txt").write_bytes(bytes(range(256)) * 4)
    return folder


def test_a_bad_input_after_good_ones_leaves_no_work_folder(tmp_path: Path, news: Path) -> None:
    # the work folder was made once the first eight documents were read ahead; the bad file, read after them,
    # stopped the run before any result was saved: the folder was left behind, empty
    before = _tree(tmp_path)
    result = _extract("news", "-o", "out/graphs", "--work-dir", "work/zhkg", "--no-model")
    assert result.exit_code == 1
    assert result.stderr == "Error: news/z.txt looks like a binary file, not text\n"
    assert _tree(tmp_path) == before


def test_a_work_folder_that_existed_or_holds_results_is_kept(tmp_path: Path, news: Path) -> None:
    (tmp_path / "mine").mkdir()  # the user's own, empty: not the run's to remove
    result = _extract("news", "--work-dir", "mine", "--no-model")
    assert result.exit_code == 1
    assert _tree(tmp_path / "mine") == [] and not (tmp_path / "graphs").exists()
    _news(tmp_path / "more", BATCH_DOCUMENTS)  # a first batch's results are saved before the bad file is read
    result = _extract("more", "--work-dir", "work", "--no-model", "--jobs", "1")
    assert result.exit_code == 1
    saved = list((tmp_path / "work").rglob("*.json"))
    assert len(saved) == BATCH_DOCUMENTS and all(p.stat().st_size for p in saved)  # kept for the next run to resume from
    assert not [p for p in (tmp_path / "work").rglob(".*")]  # no temporary file


def test_a_model_that_does_not_load_leaves_no_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "bad.crfsuite").write_bytes(b"\x00" * 4096)
    (tmp_path / "zhkg.toml").write_text('model_path = "bad.crfsuite"\n', encoding="utf-8")
    before = _tree(tmp_path)
    result = _extract("a.txt", "-o", "out", "--work-dir", "cache/work", "--config", "zhkg.toml")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: NER model file ") and result.stderr.count("\n") == 1
    assert _tree(tmp_path) == before


def _interrupted_run_leaves_the_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *options: str) -> None:
    """Extract a.txt with ``options`` (a patched step raising Ctrl-C): exit 130 and the tree as it was."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    before = _tree(tmp_path)
    result = _extract("a.txt", *options, "--no-model")
    assert result.exit_code == 130
    assert _tree(tmp_path) == before


def test_ctrl_c_in_a_stage_leaves_no_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(self, documents):
        raise KeyboardInterrupt

    monkeypatch.setattr(Pipeline, "process_documents", interrupted)
    _interrupted_run_leaves_the_tree(tmp_path, monkeypatch, "-o", "out", "--work-dir", "out/work")


def test_ctrl_c_while_writing_leaves_no_output_folder_nor_temporary_file(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # the page is written first, into out/deep, which the run made; the GraphML's writer is interrupted midway
    def interrupted(G, path, *args, **kwargs):
        with atomic_write(path) as fh:
            fh.write("<graphml")
            raise KeyboardInterrupt

    monkeypatch.setattr(zhkg.export.graphml, "write_graphml", interrupted)
    _interrupted_run_leaves_the_tree(tmp_path, monkeypatch, "-o", "out/deep", "--json", "json/g.json")


def test_an_output_that_cannot_be_written_leaves_no_new_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    before = _tree(tmp_path)

    def refused(G, path, *args, **kwargs):  # as the file system refuses a folder that is not writable
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(zhkg.export.graphml, "write_graphml", refused)
    result = _extract("a.txt", "-o", "new/graphs", "--no-model")
    assert result.exit_code == 1
    assert result.stderr == "Error: cannot write -o new/graphs/a.graphml: Permission denied\n"
    assert _tree(tmp_path) == before


def test_a_folder_that_existed_or_holds_anything_stays(tmp_path: Path) -> None:
    (tmp_path / "old").mkdir()
    with pytest.raises(RuntimeError), new_folders_undone():
        make_folder(tmp_path / "old" / "new" / "inner")
        make_folder(tmp_path / "full" / "sub")
        (tmp_path / "full" / "note.txt").write_text("x", encoding="utf-8")  # another writer's file
        raise RuntimeError("the run failed")
    assert _tree(tmp_path) == ["full", "full/note.txt", "old"]
    with new_folders_undone():  # a run that succeeds keeps its folders, empty or not
        make_folder(tmp_path / "kept")
    assert (tmp_path / "kept").is_dir()


def test_a_header_without_rows_is_said_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # was: "header.tsv is empty", which it is not
    monkeypatch.chdir(tmp_path)
    (tmp_path / "header.tsv").write_text("id\ttext\n\n", encoding="utf-8")
    (tmp_path / "blank.tsv").write_text("\n\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    result = _extract("header.tsv", "--no-model")
    assert result.exit_code == 1
    assert result.stderr == "Error: header.tsv has a header and no rows\n"
    result = _extract("header.tsv", "--text-column", "text", "--no-model")
    assert result.stderr == "Error: header.tsv has a header and no rows\n"
    result = _extract("blank.tsv", "--no-model")
    assert result.stderr == "Error: blank.tsv is empty\n"
    assert not (tmp_path / "graphs").exists()
    result = _extract("header.tsv", "a.txt", "--skip-bad", "--no-model")
    assert result.exit_code == 0
    assert "skipped: header.tsv has a header and no rows\n" in result.stderr
