"""crf271: ``zhkg.ner.prune`` — a trained model with its small state weights dropped, written as a crfsuite file.

A tiny model is trained here on sentences made from templates (``tests/ner/test_ner_train.py``'s generator), so the
test needs no data file.
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import pytest

from tests.ner.test_ner_train import make_sentences
from zhkg.errors import ModelFileError
from zhkg.ner.model import load_model
from zhkg.ner.model_layout import FEATURE_RECORD, HEADER, check_layout
from zhkg.ner.prune import hashlittle, main, prune_file, prune_model
from zhkg.ner.train import TrainConfig, train_model


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("prune") / "tiny.crfsuite"
    return train_model(make_sentences(200, held_out=False, seed=3), path,
                       config=TrainConfig(c1=0.0, c2=0.01, max_iterations=40))


def _features(raw: bytes) -> np.ndarray:
    offset = HEADER.unpack_from(raw)[7]
    count = struct.unpack_from("<I", raw, offset + 8)[0]
    return np.frombuffer(raw, dtype=FEATURE_RECORD, count=count, offset=offset + 12)


def test_lookup3_hashes_as_its_published_driver_does():
    assert hashlittle(b"") == 0xDEADBEEF
    assert hashlittle(b"Four score and seven years ago") == 0x17770551
    assert hashlittle(b"Four score and seven years ago", 1) == 0xCD628161


def test_a_zero_threshold_writes_the_same_bytes(tiny: Path):
    raw = tiny.read_bytes()
    assert prune_model(raw, 0.0) == raw  # the layout is crfsuite's own, byte for byte


def test_pruning_drops_small_state_weights_and_keeps_transitions(tiny: Path):
    raw = tiny.read_bytes()
    before = _features(raw)
    threshold = float(np.quantile(np.abs(before["weight"][before["type"] == 0]), 0.5))
    pruned = prune_model(raw, threshold)
    after = _features(pruned)
    assert len(pruned) < len(raw) and len(after) < len(before)
    assert (np.abs(after["weight"][after["type"] == 0]) >= threshold).all()
    assert (after["type"] == 1).sum() == (before["type"] == 1).sum()
    check_layout(pruned)


def test_crfsuite_reads_the_pruned_file_as_the_decoder_does(tiny: Path, tmp_path: Path):
    raw = tiny.read_bytes()
    weights = np.abs(_features(raw)["weight"])
    out = tmp_path / "pruned.crfsuite"
    prune_file(tiny, out, float(np.quantile(weights, 0.6)))
    model = load_model(out)
    sentences = [s.text for s in make_sentences(30, held_out=True, seed=5)]
    # crfsuite finds each attribute by its name's hash (the CQDB chunk written here): its tags are the decoder's
    assert model.decoder.tag(sentences) == [model.crfsuite_tags(s) for s in sentences]
    assert sum(t != "O" for s in sentences for t in model.crfsuite_tags(s)) > 0


def test_bad_input_is_one_error_line(tmp_path: Path, capsys):
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model")
    assert main([str(bad), "--threshold", "0.1", "--output", str(tmp_path / "out.crfsuite")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Error:") and "\n" not in err
    with pytest.raises(ModelFileError):
        prune_model(b"lCRF" + bytes(44) + b"x" * 10, 0.1)


def test_a_failed_prune_leaves_the_old_output_whole_and_no_temporary(tmp_path: Path, capsys):
    # prune wrote with Path.write_bytes: a failure mid-write left half a model (lead, session 58)
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model")
    out = tmp_path / "out.crfsuite"
    out.write_bytes(b"an earlier model")
    assert main([str(bad), "--threshold", "0.1", "--output", str(out)]) == 1
    assert out.read_bytes() == b"an earlier model"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.crfsuite", "out.crfsuite"]
    assert capsys.readouterr().err.count("\n") == 1


def test_the_output_may_not_be_the_model_read_nor_a_folder(tiny: Path, tmp_path: Path, capsys):
    copy = tmp_path / "copy.crfsuite"
    copy.write_bytes(tiny.read_bytes())
    assert main([str(copy), "--threshold", "0.1", "--output", str(copy)]) == 1
    assert copy.read_bytes() == tiny.read_bytes()
    assert main([str(copy), "--threshold", "0.1", "--output", str(tmp_path)]) == 1
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 2 and all(line.startswith("Error:") for line in errors)


def test_a_missing_output_folder_is_made_and_removed_again_on_failure(tiny: Path, tmp_path: Path):
    made = tmp_path / "new" / "small.crfsuite"
    assert main([str(tiny), "--threshold", "0.1", "--output", str(made)]) == 0
    assert load_model(made) is not None
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model")
    assert main([str(bad), "--threshold", "0.1", "--output", str(tmp_path / "other" / "x.crfsuite")]) == 1
    assert not (tmp_path / "other").exists()
