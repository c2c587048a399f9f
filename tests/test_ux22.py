"""Defects a review as a user found (session 22, ux22), each as it was met.

Rule (README, *The commands*): bad input is one ``Error:`` line and a non-zero exit, never a traceback, never a
half-written or clobbered file; outputs are deterministic.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import assert_one_line_error

from zhkg.cli import main
from zhkg.errors import InputError
from zhkg.stages.encodings import decode_bytes
from zhkg.stages.read import read_inputs

ROOT = Path(__file__).resolve().parents[1]


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


# ---- --encoding names the wrong one of GBK and Big5: the bytes decode without error into rare characters,
# and the graph was made of garbled names without a word (left by ux21)

SIMPLIFIED = "平谷区政协主席闫维洪主持会议。北京市平谷区有17个镇乡。"
TRADITIONAL = "平谷區政協主席閆維洪主持會議。北京市平谷區有17個鎮鄉。"
#: a sentence whose Big5 bytes read as GB18030 score above 0.5, the bar every named reading must pass
LAKERS = "湖人隊以98比90擊敗熱火隊，科比得到30分。"


@pytest.mark.parametrize(("text", "written", "named", "rival"), [
    (SIMPLIFIED, "gbk", "big5", "gb18030"),
    (SIMPLIFIED, "gbk", "big5hkscs", "gb18030"),
    (SIMPLIFIED, "gb2312", "cp950", "gb18030"),
    (LAKERS, "big5", "gb18030", "big5"),
])
def test_a_named_encoding_another_reads_clearly_better_is_refused(tmp_path, text, written, named, rival):
    src = tmp_path / "news.txt"
    src.write_bytes(text.encode(written))
    assert src.read_bytes().decode(named)  # the wrong codec decodes without an error: that was the trouble
    result = run("extract", src, "-o", tmp_path / "out", "--encoding", named, "--no-model")
    assert_one_line_error(result, f"{src} reads as Chinese text in {rival}, not in {named}; check --encoding, "
                                  "or leave it out to detect the encoding")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("suffix", "lines"), [
    (".tsv", ["id\tdate\ttext", *(f"r{n}\t2020-12-2{n}\t{SIMPLIFIED}" for n in range(3))]),
    (".jsonl", [json.dumps({"id": f"r{n}", "date": "2020-12-22", "text": SIMPLIFIED}, ensure_ascii=False)
                for n in range(3)]),
])
def test_a_table_or_json_lines_in_the_wrong_named_encoding_is_refused(tmp_path, suffix, lines):
    # ids, dates and tabs are ASCII in every reading: the choice is made on the other characters
    src = tmp_path / f"news{suffix}"
    src.write_bytes("\n".join(lines).encode("gbk") + b"\n")
    result = run("extract", src, "-o", tmp_path / "out", "--encoding", "big5", "--no-model")
    assert_one_line_error(result, f"{src} reads as Chinese text in gb18030, not in big5; check --encoding, "
                                  "or leave it out to detect the encoding")


@pytest.mark.parametrize(("text", "written", "named"), [
    (SIMPLIFIED, "gbk", "gbk"),
    (SIMPLIFIED, "gbk", "gb18030"),
    (TRADITIONAL, "big5", "big5"),
    (TRADITIONAL, "big5", "big5hkscs"),
    (LAKERS, "big5", "cp950"),
    (SIMPLIFIED, "utf-8", "utf-8"),
    ("平谷", "big5", "big5"),  # a few characters can read either way: naming the codec is how to choose
    ("閆維洪", "gbk", "gbk"),
])
def test_the_right_named_encoding_is_read(text, written, named):
    assert decode_bytes(text.encode(written), name="a.txt", encoding=named) == text


def test_a_short_text_is_read_in_the_encoding_named_even_if_another_reads_better():
    # README: very short files can be ambiguous, and --encoding decides: two characters are too few to refuse it
    data = "平谷".encode("gbk")
    assert decode_bytes(data, encoding="big5") == data.decode("big5")


def test_the_python_api_refuses_as_the_command_does(tmp_path):
    src = tmp_path / "news.txt"
    src.write_bytes(SIMPLIFIED.encode("gbk"))
    with pytest.raises(InputError, match="reads as Chinese text in gb18030, not in big5"):
        list(read_inputs([src], encoding="big5"))


# ---- two threads of one process loading zhkg at once (a Dask worker's threads, each with a first task): one
# got jieba half imported (AttributeError: partially initialized module 'jieba' has no attribute 'setLogLevel'),
# and `zhkg extract --engine dask` on a fresh cluster ended in that traceback, nothing written

FAKE_JIEBA = '''
import time
time.sleep(1.0)  # another thread asks for jieba meanwhile


def setLogLevel(level):
    pass
'''

RACE = '''
import sys, threading, time
from zhkg.resources.jieba_dict import import_jieba

seen = []
first = threading.Thread(target=import_jieba)
first.start()
time.sleep(0.3)  # the first thread is inside jieba's import now
seen.append(hasattr(import_jieba(), "setLogLevel"))
first.join()
print(seen)
'''


def test_jieba_is_never_handed_out_half_imported(tmp_path):
    (tmp_path / "jieba").mkdir()
    (tmp_path / "jieba" / "__init__.py").write_text(textwrap.dedent(FAKE_JIEBA), encoding="utf-8")
    env = {"PYTHONPATH": f"{tmp_path}:{ROOT / 'pipeline'}", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", RACE], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[True]"


def test_threads_of_a_worker_share_one_pipeline(monkeypatch):
    from zhkg.config import Config
    from zhkg.run import corpus

    made = []

    class SlowPipeline:
        def __init__(self, config):
            made.append(self)
            self.config = config
            time.sleep(0.3)  # loading the model and dictionaries takes seconds
            self.model = self.segmenter = self.gazetteer = None

    monkeypatch.setattr(corpus, "Pipeline", SlowPipeline)
    monkeypatch.setattr(corpus, "_worker", None)
    got = []
    threads = [threading.Thread(target=lambda: got.append(corpus._init_worker(Config()))) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(made) == 1
    assert got == made * 3


# ---- a lexicon table named nearly right (organizations.txt, roles.txt, people.csv) was passed over without a
# word: the run went on with the shipped tables alone, and the user's names were simply not found

@pytest.mark.parametrize(("name", "meant"), [
    ("organizations.txt", "organisations.txt"),
    ("organisation.txt", "organisations.txt"),
    ("roles.txt", "roles.tsv"),
    ("Roles.tsv", "roles.tsv"),
    ("people.csv", "people.txt"),
    ("surname.txt", "surnames.txt"),
    ("place.txt", "places.txt"),
])
def test_a_lexicon_table_named_nearly_right_is_refused(tmp_path, name, meant):
    src = tmp_path / "news.txt"
    src.write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "lex").mkdir()
    (tmp_path / "lex" / name).write_text("平谷区政协\n", encoding="utf-8")
    result = run("extract", src, "-o", tmp_path / "out", "--lexicon", tmp_path / "lex", "--no-model")
    assert_one_line_error(result, f"{tmp_path / 'lex' / name} is not a lexicon table zhkg reads; did you mean {meant}?")
    assert not (tmp_path / "out").exists()
    from zhkg import Config, Pipeline
    from zhkg.errors import ConfigError

    with pytest.raises(ConfigError, match=f"did you mean {meant}"):  # the Python API as the command
        Pipeline(Config(recogniser=False, lexicon_dirs=(str(tmp_path / "lex"),))).run_texts([("t", SIMPLIFIED)])


@pytest.mark.parametrize("name", ["organisations.txt", "roles.tsv", "README.md", "news.txt", "names.txt", ".hidden.tsv"])
def test_a_lexicon_folder_s_other_files_are_left_alone(tmp_path, name):
    from zhkg.config import check_lexicon_dirs

    (tmp_path / name).write_text("平谷区政协\tchair\n", encoding="utf-8")
    check_lexicon_dirs([tmp_path])


# ---- a JSON-lines or delimited file in UTF-8 with one line in another encoding (files joined together): the
# error named the first line of the megabyte being decoded, not the bad one, and --skip-bad skipped every line
# after that point under that one message (1,396 documents of a 4,000-line file lost, listed as one line);
# a small such file, or a text file, was "cannot tell the encoding", though no encoding reads it

def _jsonl_line(n: int, text: str = SIMPLIFIED) -> str:
    return json.dumps({"id": f"d{n}", "text": f"第{n}篇。" + text * 4}, ensure_ascii=False)


@pytest.mark.parametrize(("lines", "bad"), [
    (10, 4),  # all in the first megabyte
    (4000, 3501),  # past it: the stream's second megabyte
])
def test_a_line_in_another_encoding_is_that_line_s_error(tmp_path, lines, bad):
    src = tmp_path / "feed.jsonl"
    src.write_bytes(b"".join(_jsonl_line(n).encode("gbk" if n == bad else "utf-8") + b"\n"
                             for n in range(1, lines + 1)))
    assert (src.stat().st_size > 1 << 20) == (lines > 100)
    skipped: list[InputError] = []
    ids = [raw.id for raw in read_inputs([src], skipped=skipped)]
    assert ids == [f"d{n}" for n in range(1, lines + 1) if n != bad]
    message = (f"{src}:{bad}: not valid utf-8 (a line in another encoding?); --skip-bad skips it, --encoding names "
               "the file's encoding")
    assert [str(e) for e in skipped] == [message]
    if lines < 100:
        assert_one_line_error(run("extract", src, "-o", tmp_path / "out", "--no-model"), message)


def test_a_table_line_in_another_encoding_is_skipped_alone(tmp_path):
    src = tmp_path / "feed.tsv"
    rows = [b"id\ttext"] + [f"r{n}\t{SIMPLIFIED}".encode("gbk" if n == 3 else "utf-8") for n in range(1, 8)]
    src.write_bytes(b"\n".join(rows) + b"\n")
    skipped: list[InputError] = []
    assert [raw.metadata["id"] for raw in read_inputs([src], skipped=skipped)] == ["r1", "r2", "r4", "r5", "r6", "r7"]
    assert [str(e).split(":")[-2] for e in skipped] == ["4"]  # the header is line 1


def test_a_utf8_text_file_with_a_line_in_another_encoding_says_where(tmp_path):
    src = tmp_path / "joined.txt"
    body = (SIMPLIFIED + "\n") * 40
    src.write_bytes(body.encode("utf-8") + "平谷区政协委员张吉辉出席。\n".encode("gbk") + body.encode("utf-8"))
    with pytest.raises(UnicodeDecodeError) as bad:
        src.read_bytes().decode("utf-8")
    offset = bad.value.start  # within line 41: 平 in GBK (C6 BD) happens to be a valid UTF-8 pair
    assert offset > len(body.encode("utf-8"))
    assert_one_line_error(run("extract", src, "-o", tmp_path / "out", "--no-model"),
                          f"{src} is UTF-8 except line 41 (byte {offset:,}): a line in another encoding? Make it UTF-8, "
                          "or name the file's encoding with --encoding")


@pytest.mark.parametrize(("text", "codec"), [(SIMPLIFIED, "gbk"), (TRADITIONAL, "big5")])
def test_a_file_wholly_in_one_encoding_is_still_detected(tmp_path, text, codec):
    src = tmp_path / "feed.jsonl"
    src.write_bytes(b"".join(_jsonl_line(n, text).encode(codec) + b"\n" for n in range(5)))
    assert [raw.text[:4] for raw in read_inputs([src])] == [f"第{n}篇。" for n in range(5)]


# ---- a task that failed on a Dask cluster (the race above, a worker the cluster gave up on, a worker without zhkg)
# came back to `zhkg extract --engine dask` as the worker's traceback; a dead local worker is one Error: line

@pytest.mark.slow
def test_a_task_failing_on_the_dask_cluster_is_one_error_line(tmp_path, monkeypatch):
    distributed = pytest.importorskip("dask.distributed")
    from zhkg.run import corpus

    def broken(config):
        raise AttributeError("partially initialized module 'jieba' has no attribute 'setLogLevel'")

    monkeypatch.setattr(corpus, "_init_worker", broken)  # the workers are threads of this process
    src = tmp_path / "news.txt"
    src.write_text(SIMPLIFIED, encoding="utf-8")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp://",
                                  dashboard_address=None) as cluster:
        address = cluster.scheduler_address
        result = run("extract", src, "-o", tmp_path / "out", "--engine", "dask", "--scheduler", address)
    assert_one_line_error(result, f"a task failed on the Dask cluster {address}: AttributeError: partially "
                                  "initialized module 'jieba' has no attribute 'setLogLevel'")
    assert not (tmp_path / "out").exists()


# ---- a folder of JSON-lines or table files: "holds no .txt files", and no word that such files are read when
# named themselves

@pytest.mark.parametrize(("files", "hint"), [
    (["feed.jsonl"], "; a folder is read for its .txt files only: name {d}/feed.jsonl as inputs"),
    (["b.tsv", "a.csv", "sub/c.jsonl"], "; a folder is read for its .txt files only: name {d}/a.csv and 2 more as inputs"),
    (["notes.md"], ""),
])
def test_a_folder_without_txt_files_names_the_files_to_give(tmp_path, files, hint):
    folder = tmp_path / "corpus"
    for name in files:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text('{"text": "平谷区"}\n', encoding="utf-8")
    result = run("extract", folder, "-o", tmp_path / "out", "--no-model")
    assert_one_line_error(result, f"{folder} holds no .txt files" + hint.format(d=folder))


# ---- a gold file missing a field said Python's "KeyError: 'entities'"

@pytest.mark.parametrize(("record", "message"), [
    ({"id": "a", "text": "平谷区政协。"}, "malformed record (no 'entities' field)"),
    ({"id": "a", "text": "平谷区政协。", "entities": [{"name": "平谷区政协"}]}, "malformed record (no 'type' field)"),
    ({"text": "平谷区政协。", "entities": []}, "malformed record (no 'id' field)"),
])
def test_a_gold_record_missing_a_field_names_it(tmp_path, record, message):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert_one_line_error(run("eval", gold, "--no-model"), f"{gold}:1: {message}")


# ---- a file whose name is not UTF-8 (新闻.txt in GBK, as a Chinese Windows archive unpacks): its id held lone
# surrogates, and writing the page ended in a UnicodeEncodeError traceback, nothing written

@pytest.mark.parametrize(("name", "doc_id"), [
    ("新闻".encode("gbk"), "新闻"),
    ("新聞".encode("big5"), "新聞"),
    (b"\xff\xfe", "\ufffd\ufffd"),  # no encoding reads it: each byte U+FFFD
])
def test_a_file_name_that_is_not_utf8_gets_a_readable_id(tmp_path, name, doc_id):
    import os

    folder = tmp_path / "news"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), name + b".txt"), "wb") as handle:
        handle.write(SIMPLIFIED.encode("utf-8"))
    out = tmp_path / "out"
    result = run("extract", folder, "-o", out, "--no-model", "--json", out / "g.json", "--mentions", out / "m.jsonl",
                 "--csv", out / "csv", "--gexf", out / "g.gexf")
    assert result.exit_code == 0, result.output
    assert [line["doc_id"] for line in map(json.loads, (out / "m.jsonl").read_text(encoding="utf-8").splitlines())][:1] \
        == [doc_id]
    assert f"doc:{doc_id}" in (out / "news.graphml").read_text(encoding="utf-8")
    assert [raw.id for raw in read_inputs([folder])] == [doc_id]
    single = os.path.join(os.fsencode(folder), name + b".txt")
    assert [raw.id for raw in read_inputs([os.fsdecode(single)])] == [doc_id]


# ---- the Python API given a text the command would never pass on: lone surrogates made write_outputs end in a
# UnicodeEncodeError traceback (a JSON line's become U+FFFD), and a text that is no string a TypeError from deep
# inside the pipeline

def test_the_python_api_reads_lone_surrogates_as_a_json_line_does(tmp_path):
    from zhkg import Config, Pipeline
    from zhkg.export import write_outputs

    text = "平谷区政协主席闫维洪\udc80主持会议。"
    result = Pipeline(Config(recogniser=False)).run_texts([("a\udcff", text)])
    written = write_outputs(result, graphml=tmp_path / "g.graphml", html=tmp_path / "g.html", json=tmp_path / "g.json",
                            mentions=tmp_path / "m.jsonl")
    assert len(written) == 4
    src = tmp_path / "feed.jsonl"
    src.write_text(json.dumps({"id": "a\udcff", "text": text}) + "\n", encoding="utf-8")
    via_file = Pipeline(Config(recogniser=False)).run_raw(read_inputs([src]))
    assert "doc:a\ufffd" in result.graph and sorted(result.graph.nodes) == sorted(via_file.graph.nodes)


@pytest.mark.parametrize(("text", "kind"), [(None, "NoneType"), (123, "int"), (b"\xe5\xb9\xb3", "bytes")])
def test_the_python_api_refuses_a_text_that_is_no_string(text, kind):
    from zhkg import Config, Pipeline

    with pytest.raises(InputError, match=f"^text 2: the text must be a string, not {kind}$"):
        Pipeline(Config(recogniser=False)).run_texts([("a", "平谷区"), ("b", text)])


# ---- `zhkg eval` on BIO it cannot score: gold types zhkg never predicts (MSRA's NR/NS/NT, a fine label set) scored
# 0.0 without a word, and BIOES tags were "expected 'char<TAB>tag'", though the layout was right

@pytest.mark.parametrize(("lines", "message"), [
    (["平\tB-NS", "谷\tI-NS", "闫\tB-NR", "维\tI-NR"],
     "{f}: gold types NR, NS are none of PER, LOC, ORG, which zhkg predicts; map them first (MSRA's nr, ns, nt are "
     "PER, LOC, ORG)"),
    (["平\tB-LOC", "谷\tM-LOC", "区\tE-LOC"],
     "{f}:2: tag 'M-LOC' is not BIO (O, B-X or I-X): convert BIOES tags (S-, M-, E-) and lower-case ones first"),
    (["平\tS-LOC"],
     "{f}:1: tag 'S-LOC' is not BIO (O, B-X or I-X): convert BIOES tags (S-, M-, E-) and lower-case ones first"),
    (["平\tB-LOC", "谷"], "{f}:2: expected 'char<TAB>tag', got '谷'"),
])
def test_eval_refuses_bio_it_cannot_score(tmp_path, lines, message):
    gold = tmp_path / "dev.bio"
    gold.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    assert_one_line_error(run("eval", gold, "--no-model"), message.format(f=gold))


# ---- `zhkg eval-relations` on a file with nothing it can score printed a table of zeros, exit 0

@pytest.mark.parametrize(("name", "text", "why"), [
    ("fin.txt", "奥康集团\t苹果\t控股\t奥康集团旗下的中瓯地产集团宣布开盘。\n", "no line has its head and tail in its sentence"),
    ("duie.json", '{"text": "马云。", "spo_list": []}\n', "no record names two entities"),
])
def test_eval_relations_with_nothing_to_score_says_so(tmp_path, name, text, why):
    gold = tmp_path / name
    gold.write_text(text, encoding="utf-8")
    assert_one_line_error(run("eval-relations", gold), f"{gold}: nothing to score ({why})")


# ---- a table from a Chinese spreadsheet heads its columns 标题, 日期, 来源 (or Title, Date): they were kept as
# metadata nobody reads, and every document went undated and untitled (no timeline, no --since), without a word

@pytest.mark.parametrize(("header", "row"), [
    ("标题,日期,来源,正文", "会议,2020/12/22,消费日报网,{text}"),
    ("標題,時間,來源,內容", "會議,2020年12月22日,消費日報網,{text}"),
    ("Title,Date,Source,Text", "会议,2020-12-22,消费日报网,{text}"),
    ("headline,发布时间,出处,content", "会议,2020-12-22 08:30,消费日报网,{text}"),
])
def test_a_table_s_title_date_and_source_under_other_names_are_read(tmp_path, header, row):
    import networkx as nx

    src = tmp_path / "news.csv"
    src.write_text(header + "\n" + row.format(text=SIMPLIFIED) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run("extract", src, "-o", out, "--no-model").exit_code == 0
    G = nx.read_graphml(out / "news.graphml", force_multigraph=True)
    doc = G.nodes["doc:news-2"]
    assert (doc["label"][:2], doc["date"], doc["source"][:2]) in {("会议", "2020-12-22", "消费"), ("會議", "2020-12-22", "消費")}
    assert {d["date"] for _, _, d in G.edges(data=True) if d.get("doc_id") == "news-2"} == {"2020-12-22"}


def test_a_json_line_s_own_field_names_win(tmp_path):
    src = tmp_path / "feed.jsonl"
    src.write_text(json.dumps({"text": SIMPLIFIED, "date": "2020-12-22", "日期": "2021-01-01", "title": "甲",
                               "标题": "乙"}, ensure_ascii=False) + "\n", encoding="utf-8")
    from zhkg import Pipeline

    [doc] = [d for d in Pipeline().documents_of(next(read_inputs([src])))]
    assert (doc.title, doc.date) == ("甲", "2020-12-22")
