"""zhkg extract over a corpus: delimited input, workers, resuming."""

import pytest
from click.testing import CliRunner

from zhkg.cli import main

pytestmark = pytest.mark.slow  # worker pools and fresh interpreters

ROWS = [
    ("政治", "稷山县公安局民警贺旺英坚守岗位。全县12个乡镇设立卡口。"),
    ("政治", "平谷区政协主席闫维洪主持会议。张吉辉、李伟涛等委员捐赠物资。"),
    ("国际", "美国总统在白宫会见了日本首相。"),
    ("社会", "广西南宁社会各界为疫情防控贡献力量。全市发布项目共822个。"),
] * 3


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "news.tsv"
    path.write_text("".join(f"{c}\t{t}\n" for c, t in ROWS), encoding="utf-8")
    return path


def extract(tmp_path, *args):
    result = CliRunner().invoke(main, ["extract", *map(str, args), "--no-progress"])
    assert result.exit_code == 0, result.output
    return result


def test_tsv_rows_are_documents_with_metadata(tmp_path, corpus):
    extract(tmp_path, corpus, "-o", tmp_path / "o", "--jobs", "1", "--mentions", tmp_path / "m.jsonl")
    import json

    docs = {json.loads(line)["doc_id"] for line in (tmp_path / "m.jsonl").read_text(encoding="utf-8").splitlines()}
    assert docs == {f"news-{i}" for i in range(1, 13)}


def test_text_column_by_header_name(tmp_path):
    path = tmp_path / "h.csv"
    path.write_text("id,body,source\n1,平谷区政协主席闫维洪讲话。,网\n", encoding="utf-8")
    result = extract(tmp_path, path, "-o", tmp_path / "o", "--text-column", "body")
    assert "PERSON 1" in result.stderr
    bad = CliRunner().invoke(main, ["extract", str(path), "-o", str(tmp_path / "o"), "--text-column", "nope"])
    assert bad.exit_code == 1 and "no column named 'nope'" in bad.stderr


def test_two_jobs_write_the_same_bytes_as_one(tmp_path, corpus):
    extract(tmp_path, corpus, "-o", tmp_path / "one", "--jobs", "1")
    extract(tmp_path, corpus, "-o", tmp_path / "two", "--jobs", "2")
    for suffix in ("graphml", "html"):
        assert (tmp_path / "one" / f"news.{suffix}").read_bytes() == (tmp_path / "two" / f"news.{suffix}").read_bytes()


def test_work_dir_resume_gives_the_same_bytes(tmp_path, corpus):
    extract(tmp_path, corpus, "-o", tmp_path / "plain", "--jobs", "1")
    extract(tmp_path, corpus, "-o", tmp_path / "first", "--work-dir", tmp_path / "work", "--jobs", "1")
    stored = sorted((tmp_path / "work").rglob("*.json"))
    assert len(stored) == len(ROWS)
    stored[0].unlink()  # as if the run had been killed before this document finished
    extract(tmp_path, corpus, "-o", tmp_path / "again", "--work-dir", tmp_path / "work", "--jobs", "1")
    assert (tmp_path / "again" / "news.graphml").read_bytes() == (tmp_path / "plain" / "news.graphml").read_bytes()


def test_dask_engine_needs_a_scheduler(tmp_path, corpus):
    # a command-line mistake (exit 2), found before dask is imported or an input read
    result = CliRunner().invoke(main, ["extract", str(corpus), "-o", str(tmp_path / "o"), "--engine", "dask"])
    assert result.exit_code == 2 and "--scheduler" in result.stderr


def test_same_bytes_across_processes_and_hash_seeds(tmp_path, corpus):
    """Set and dict order must not leak into outputs: two processes with different hash seeds agree."""
    import os
    import subprocess
    import sys

    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"run{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "zhkg", "extract", str(corpus), "-o", str(out),
                        "--jobs", "1", "--no-progress", "--json", str(out / "g.json")],
                       check=True, env=env, capture_output=True)
        outputs.append([(out / name).read_bytes() for name in ("news.graphml", "news.html", "g.json")])
    assert outputs[0] == outputs[1]
