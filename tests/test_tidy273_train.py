"""Session 57 (tidy273): ``python -m zhkg.ner.train`` writes its model and folders as ``zhkg extract`` writes its
outputs.

- The model is written atomically (:func:`zhkg.export.atomic.atomic_path`: crfsuite writes a temporary sibling,
  renamed over ``--output`` once whole): a run that fails or is interrupted while training leaves a model already
  there byte for byte, and no temporary file.
- The output folder is made by :func:`~zhkg.export.atomic.make_folder` inside
  :func:`~zhkg.export.atomic.new_folders_undone`: a failed or interrupted run removes the empty folders it made,
  never a folder that existed.
- Bad input (a missing BIO file, one that is not UTF-8, a malformed line, no sentence to train on, an output that
  is an input, a folder or below a file) is one ``Error: …`` line and exit 1, found before anything is written.

The BIO files are a few sentences written here: each training run takes about a second.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import bio_sentence, write_sentences

from zhkg.ner.train import main

ROOT = Path(__file__).resolve().parents[1]
# index 0 of the main file is its development split (every 20th sentence): the others are trained on
SENTENCES = [bio_sentence("张三在北京工作。", [("张三", "PER"), ("北京", "LOC")]),
             bio_sentence("李四去上海开会。", [("李四", "PER"), ("上海", "LOC")]),
             bio_sentence("王五住在北京。", [("王五", "PER"), ("北京", "LOC")]),
             bio_sentence("赵六从上海回来。", [("赵六", "PER"), ("上海", "LOC")])]


def _tree(root: Path) -> list[str]:
    """Every path under ``root`` (folders, files, hidden temporary files), relative."""
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def _bio(tmp_path: Path) -> Path:
    return write_sentences(tmp_path / "train.bio", SENTENCES)


def _train(bio: Path, output: Path, *options: str) -> int:
    return main([str(bio), "--output", str(output), "--max-iterations", "20", *options])


class _FailingTrainer:
    """crfsuite's trainer as a run that breaks while training: half a model written, then ``error``."""

    error: BaseException = KeyboardInterrupt()

    def __init__(self, *args, **kwargs) -> None:
        pass

    def select(self, *args) -> None:
        pass

    def set_params(self, params) -> None:
        pass

    def append(self, features, tags) -> None:
        pass

    def train(self, path: str) -> None:
        Path(path).write_bytes(b"lCRF half")
        raise self.error


def _failing(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    import pycrfsuite

    monkeypatch.setattr(_FailingTrainer, "error", error)
    monkeypatch.setattr(pycrfsuite, "Trainer", _FailingTrainer)


def test_tidy273_a_model_is_written_into_new_folders_and_no_temporary_file_is_left(tmp_path):
    from zhkg.ner.model import load_model

    bio = _bio(tmp_path)
    output = tmp_path / "models" / "v1" / "ner.crfsuite"
    assert _train(bio, output) == 0
    assert _tree(tmp_path) == ["models", "models/v1", "models/v1/ner.crfsuite", "train.bio"]
    assert load_model(output).crfsuite_tags("李四在北京。")[:2] == ["B-PER", "I-PER"]


@pytest.mark.parametrize("error, status", [(KeyboardInterrupt(), 130), (OSError(28, "No space left on device"), 1)])
def test_tidy273_a_broken_run_removes_the_folders_it_made_and_nothing_else(tmp_path, monkeypatch, capsys, error,
                                                                           status):
    bio = _bio(tmp_path)
    (tmp_path / "kept").mkdir()  # a folder that existed, empty: never removed
    before = _tree(tmp_path)
    _failing(monkeypatch, error)
    assert _train(bio, tmp_path / "kept" / "new" / "deeper" / "ner.crfsuite") == status
    assert _tree(tmp_path) == before
    assert len(capsys.readouterr().err.splitlines()) == 1


class _TerminatedTrainer(_FailingTrainer):
    """crfsuite's trainer as a run that is sent SIGTERM while training."""

    def train(self, path: str) -> None:
        Path(path).write_bytes(b"lCRF half")
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the handler raises first


def test_tidy273_sigterm_while_training_exits_143_and_removes_the_folders_it_made(tmp_path, monkeypatch, capsys):
    import pycrfsuite

    bio = _bio(tmp_path)
    before = _tree(tmp_path)
    monkeypatch.setattr(pycrfsuite, "Trainer", _TerminatedTrainer)
    assert _train(bio, tmp_path / "new" / "ner.crfsuite") == 143
    assert _tree(tmp_path) == before
    assert capsys.readouterr().err == "Interrupted; no model was written.\n"


def test_tidy273_a_broken_run_leaves_the_model_there_byte_for_byte(tmp_path, monkeypatch, capsys):
    bio = _bio(tmp_path)
    output = tmp_path / "ner.crfsuite"
    assert _train(bio, output) == 0
    model = output.read_bytes()
    before = _tree(tmp_path)
    _failing(monkeypatch, KeyboardInterrupt())
    assert _train(bio, output) == 130
    assert output.read_bytes() == model
    assert _tree(tmp_path) == before
    assert capsys.readouterr().err == "Interrupted; no model was written.\n"


def _not_utf8(folder: Path) -> Path:
    path = folder / "gbk.bio"
    path.write_bytes("张\tB-PER\n三\tI-PER\n".encode("gbk"))
    return path


def _malformed(folder: Path) -> Path:
    path = folder / "spaces.bio"
    path.write_text("张 B-PER 三\n", encoding="utf-8")
    return path


def _empty(folder: Path) -> Path:
    path = folder / "empty.bio"
    path.write_text("", encoding="utf-8")
    return path


@pytest.mark.parametrize("make_bio, output, message", [
    (lambda d: d / "missing.bio", "out/ner.crfsuite", "Error: {d}/missing.bio: No such file or directory"),
    (_not_utf8, "out/ner.crfsuite", "Error: {d}/gbk.bio: not UTF-8 text (byte 0)"),
    (_malformed, "out/ner.crfsuite", "Error: {d}/spaces.bio:1: expected 'char<TAB>tag', got '张 B-PER 三'"),
    (_empty, "out/ner.crfsuite", "Error: {d}/empty.bio: no sentence to train on (the file is empty, or holds only "
                                 "its development split: every 20th sentence from the first)"),
    (_bio, "train.bio", "Error: --output {d}/train.bio is the input {d}/train.bio: refusing to write over an input"),
    (_bio, "", "Error: {d} is a folder, not a regular file: an output must be a regular file or absent"),
    (_bio, "train.bio/ner.crfsuite", "Error: cannot write --output {d}/train.bio/ner.crfsuite: {d}/train.bio is not "
                                     "a folder"),
])
def test_tidy273_bad_input_is_one_error_line_and_exit_1_before_anything_is_written(tmp_path, capsys, make_bio, output,
                                                                                  message):
    bio = make_bio(tmp_path)
    before = _tree(tmp_path)
    assert _train(bio, tmp_path / output) == 1
    assert capsys.readouterr().err == message.format(d=tmp_path) + "\n"
    assert _tree(tmp_path) == before


def test_tidy273_the_module_run_exits_1_with_one_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "zhkg.ner.train", str(tmp_path / "missing.bio"),
                           "--output", str(tmp_path / "out" / "ner.crfsuite")],
                          capture_output=True, text=True, env={"PYTHONPATH": str(ROOT / "pipeline")})
    assert done.returncode == 1
    assert done.stderr == f"Error: {tmp_path}/missing.bio: No such file or directory\n"
    assert _tree(tmp_path) == []


def test_tidy273_atomic_path_leaves_the_file_there_when_its_writer_fails(tmp_path):
    from zhkg.export.atomic import atomic_outputs, atomic_path

    target = tmp_path / "m.bin"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_path(target) as temporary:
        temporary.write_bytes(b"half")
        raise RuntimeError("the writer failed")
    assert _tree(tmp_path) == ["m.bin"] and target.read_bytes() == b"old"
    with atomic_outputs():  # inside a run's outputs, renamed with them at the end of the block
        with atomic_path(target) as temporary:
            temporary.write_bytes(b"new")
        assert target.read_bytes() == b"old"
    assert _tree(tmp_path) == ["m.bin"] and target.read_bytes() == b"new"
