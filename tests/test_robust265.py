"""robust265: what the seeded fuzz (the pruned Traditional recogniser, inputs converted to Traditional, jittered
spans) and bad command lines reached; each on a sentence or file written here."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhkg.cli import main


def _extract_on_two_cores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    src = tmp_path / "news.txt"
    src.write_text("平谷区政协主席闫维洪主持会议。", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "o"), "--no-model", "--no-progress",
                                       "--jobs", jobs])
    assert result.exit_code == 0, result.output
    return result


def test_a_huge_jobs_is_capped_and_said_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # --jobs 100000 forked 100,000 copies of the model at the first batch (a fork pool starts all its workers)
    result = _extract_on_two_cores(tmp_path, monkeypatch, "100000")
    assert "warning: --jobs 100,000 is more than two workers a core; using 4\n" in result.stderr
    assert (tmp_path / "o" / "news.graphml").is_file()


def test_jobs_within_two_a_core_get_no_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = _extract_on_two_cores(tmp_path, monkeypatch, "4")
    assert "--jobs" not in result.stderr


@pytest.mark.parametrize("follow_links", [True, False])
def test_a_link_to_nothing_in_a_folder_is_said(tmp_path: Path, follow_links: bool) -> None:
    # with --follow-links it was passed over in silence; without, the message sent the user to --follow-links
    from zhkg.errors import InputError
    from zhkg.stages.read import read_inputs

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("平谷区政协主席闫维洪主持会议。", encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "moved.txt")
    with pytest.raises(InputError, match=r"gone\.txt is a link to .*moved\.txt, which is not there$"):
        list(read_inputs([folder], follow_links=follow_links))
    skipped: list[InputError] = []
    assert [d.id for d in read_inputs([folder], follow_links=follow_links, skipped=skipped)] == ["a"]
    assert [str(e) for e in skipped] == [f"{folder / 'gone.txt'} is a link to {tmp_path / 'moved.txt'}, which is not there"]


BOM = "\ufeff"  # how Notepad and Windows PowerShell begin a UTF-8 file; zhkg extract's inputs drop it


def test_a_bio_file_with_a_byte_order_mark(tmp_path: Path) -> None:
    # was: "expected 'char<TAB>tag', got '\ufeff上\tB-LOC'"
    from zhkg.ner.bio import read_bio

    path = tmp_path / "gold.bio"
    path.write_text(BOM + "上\tB-LOC\r\n海\tI-LOC\r\n说\tO\r\n", encoding="utf-8")
    [sentence] = read_bio(path)
    assert (sentence.text, sentence.spans) == ("上海说", [(0, 2, "LOC")])


def test_gold_lines_with_a_byte_order_mark(tmp_path: Path) -> None:
    # was: "malformed JSON (Unexpected UTF-8 BOM)" in zhkg eval and eval-counts; eval-relations read the head as '\ufeff龚正'
    from zhkg.evaluate import read_gold_lines

    path = tmp_path / "gold.jsonl"
    path.write_text(BOM + '{"id": "a"}\r\n{"id": "b"}\r\n', encoding="utf-8")
    assert read_gold_lines(path) == ['{"id": "a"}', '{"id": "b"}']


def test_a_config_file_with_a_byte_order_mark(tmp_path: Path) -> None:
    # was: "malformed TOML (Invalid statement (at line 1, column 1))"
    from zhkg.config import load_config

    path = tmp_path / "zhkg.toml"
    path.write_text(BOM + "place_short_min_chars = 3\r\n", encoding="utf-8")
    assert load_config(str(path)).place_short_min_chars == 3


def test_query_reads_node_link_json_with_a_byte_order_mark(tmp_path: Path) -> None:
    # was: "cannot read g.json: Unexpected UTF-8 BOM (decode using utf-8-sig)"
    path = tmp_path / "g.json"
    path.write_text(BOM + '{"directed": true, "multigraph": true, "graph": {}, "nodes": [{"id": "place:110117", '
                    '"label": "平谷区", "type": "PLACE"}], "edges": []}', encoding="utf-8")
    result = CliRunner().invoke(main, ["query", str(path), "find", "平谷区"])
    assert result.exit_code == 0, result.output
    assert "place:110117" in result.stdout


def _damaged_model(tmp_path: Path, damage) -> Path:
    """A copy of the shipped model with ``damage(raw, header)`` applied to its bytes (the size kept)."""
    import struct

    from zhkg.ner.model import _default_path

    raw = bytearray(Path(_default_path()).read_bytes())
    damage(raw, struct.unpack_from("<4sI4sIIIIIIIII", raw, 0))
    path = tmp_path / "damaged.crfsuite"
    path.write_bytes(bytes(raw))
    return path


def _load_elsewhere(path: Path, tmp_path: Path) -> str:
    """Load ``path`` and tag a sentence in a fresh interpreter (a segmentation fault ends only that one)."""
    import subprocess
    import sys

    code = ("import sys\nfrom zhkg.errors import ModelFileError\nfrom zhkg.ner.model import NerModel\n"
            "try:\n    NerModel(sys.argv[1]).crfsuite_tags('台北市長柯文哲會見了客人。')\n    print('loaded')\n"
            "except ModelFileError as exc:\n    print(f'Error: {exc}')\n")
    env = {**os.environ, "ZHKG_CACHE_DIR": str(tmp_path / "cache"),
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[1] / "pipeline"),
                                          os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])  # -11 was a segmentation fault
    return done.stdout.strip()


def test_a_model_whose_attribute_references_point_out_of_the_file_is_refused(tmp_path: Path) -> None:
    # crfsuite followed the offset: Tagger.dump ended the process with a segmentation fault
    def damage(raw: bytearray, header: tuple) -> None:
        attribute_refs = header[11]
        raw[attribute_refs + 12:attribute_refs + 16] = (0xFFFFFFF0).to_bytes(4, "little")  # the first attribute's

    out = _load_elsewhere(_damaged_model(tmp_path, damage), tmp_path)
    assert out.startswith("Error: NER model file is damaged: ") and out.endswith(
        "(its attribute references point outside their chunk)")


def test_a_model_whose_attribute_names_are_not_utf8_is_refused(tmp_path: Path) -> None:
    # the names read back with surrogateescape could not be written to the tables' JSON: UnicodeEncodeError
    def damage(raw: bytearray, header: tuple) -> None:
        names = header[9]
        bwd_offset = int.from_bytes(raw[names + 20:names + 24], "little")
        first = int.from_bytes(raw[names + bwd_offset:names + bwd_offset + 4], "little")  # attribute 0's record
        raw[names + first + 8] = 0xFF  # its key's first byte: no UTF-8 starts so

    out = _load_elsewhere(_damaged_model(tmp_path, damage), tmp_path)
    assert out.startswith("Error: NER model file cannot be read for tagging: ") and out.endswith(
        "are not UTF-8: the file is damaged)")


def test_the_layout_check_passes_the_shipped_model() -> None:
    from zhkg.ner.model import _default_path
    from zhkg.ner.model_layout import check_layout

    check_layout(Path(_default_path()).read_bytes())  # raises on any offset out of its chunk


def test_fuzz_bench_extra_perturbations_leave_the_first_fifteen_draws_alone() -> None:
    import random
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.fuzz_rows import EXTRA_PERTURBATIONS, PERTURBATIONS

    assert len(PERTURBATIONS) == 15 and not set(PERTURBATIONS) & set(EXTRA_PERTURBATIONS)
    numbers = EXTRA_PERTURBATIONS["numbers"]
    written = {numbers("全市共有1200个村。", random.Random(seed)) for seed in range(40)}
    assert all(w.startswith("全市共有") and w.endswith("个村。") for w in written) and len(written) > 5
    assert EXTRA_PERTURBATIONS["mixed scripts"]("台湾省。台湾省。", random.Random(1)) in ("台湾省。臺灣省。", "台湾省。台灣省。")
