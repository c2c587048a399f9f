"""Defects a review as the three kinds of users found (session 31, review44): the notebook, the Dask path, the
GEXF timeline and ``--since``/``--until``, the Python API's examples, and the corpus page offline.

- Dask with ``--mentions`` (or ``--work-dir``) handed results on in the order batches finished: the mentions file
  differed from ``--jobs 1``'s and from run to run. They are now taken in input order, as the local pool does.
- A scheduler address where something accepts the connection and never answers (another service, a hung
  scheduler) kept ``zhkg extract --engine dask`` waiting for ever: Dask bounds the connection, not its handshake.
  It is now one ``Error:`` line after Dask's connection timeout and 5 s more.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import assert_one_line_error
from test_dask_processes import cluster  # noqa: F401 - the fixture: a scheduler and two workers, each a process

from zhkg.cli import main
from zhkg.config import Config
from zhkg.run import corpus
from zhkg.run.corpus import CorpusRun, run_corpus
from zhkg.stages.normalise import to_traditional
from zhkg.stages.read_files import RawDocument

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [
    ("a", "平谷区政协主席闫维洪主持会议。张吉辉、李伟涛等委员捐赠物资。"),
    ("b", "稷山县公安局民警贺旺英坚守岗位。全县12个乡镇设立卡口。"),
    ("c", "广西南宁社会各界为疫情防控贡献力量。全市发布项目共822个。"),
]


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


# ---- Dask: mentions in input order, whichever batch finishes first


@pytest.mark.slow
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_dask_mentions_come_in_input_order_when_the_first_batch_finishes_last(monkeypatch, script):
    distributed = pytest.importorskip("dask.distributed")
    texts = [(i, t if script == "simplified" else to_traditional(t)) for i, t in TEXTS]
    process_many = corpus._process_many

    def first_batch_slow(documents, pipeline=None):
        if documents[0].id == "a":
            time.sleep(1.5)  # the other worker finishes b and c meanwhile
        return process_many(documents, pipeline)

    config = Config(recogniser=False)
    serial = run_corpus([RawDocument(i, t) for i, t in texts], CorpusRun(config, jobs=1, mentions=True))
    monkeypatch.setattr(corpus, "_process_many", first_batch_slow)  # the workers are threads of this process
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as local:
        result = run_corpus([RawDocument(i, t) for i, t in texts],
                            CorpusRun(config, engine="dask", scheduler=local.scheduler_address, chunk_size=1,
                                      mentions=True))
    order = [m.doc_id for m in result.extraction.mentions]
    assert order == sorted(order) and set(order) == {"a", "b", "c"}
    assert list(result.extraction.mentions) == list(serial.extraction.mentions)


# ---- Dask: a port that accepts and never answers


@pytest.fixture
def silent_port():
    """A port on 127.0.0.1 that accepts connections and never writes a byte."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    accepted = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1]
    finally:
        stop.set()
        thread.join()
        for conn in accepted:
            conn.close()
        server.close()


@pytest.mark.slow
def test_a_scheduler_port_that_never_answers_is_one_error_line(tmp_path, silent_port):
    dask = pytest.importorskip("dask")
    pytest.importorskip("dask.distributed")
    src = tmp_path / "news.txt"
    src.write_text(TEXTS[0][1], encoding="utf-8")
    address = f"tcp://127.0.0.1:{silent_port}"
    outcome = []

    def extract():  # a thread, so a hang fails the test instead of stopping the run
        with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
            outcome.append(run("extract", src, "-o", tmp_path / "out", "--engine", "dask", "--scheduler", address))

    thread = threading.Thread(target=extract, daemon=True)
    thread.start()
    thread.join(timeout=60)
    assert outcome, "zhkg extract was still waiting for the scheduler after 60 s"
    assert_one_line_error(outcome[0], f"no Dask scheduler answered at {address} (nothing answered Dask's "
                                      "handshake within 6 s); is it running?")
    assert not (tmp_path / "out").exists()


# ---- the Python API as its docstrings and the README show it


def test_the_package_docstring_examples_run_and_print_what_they_say(monkeypatch):
    import doctest

    import zhkg

    monkeypatch.chdir(ROOT)  # the example reads the seed's graph from the repository's root
    examples = doctest.DocTestFinder().find(zhkg, "zhkg")[0].examples
    assert examples and not any(doctest.SKIP in e.options for e in examples)  # a skipped example printed r.person
    result = doctest.testmod(zhkg, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted == len(examples)


@pytest.mark.parametrize("name", ["AmbiguousNameError", "NotAnEntityError", "WorkerError"])
def test_errors_the_readme_names_are_public(name):
    import zhkg
    import zhkg.errors

    assert getattr(zhkg, name) is getattr(zhkg.errors, name) and name in zhkg.__all__


def test_an_ambiguous_pinyin_start_is_caught_as_the_readme_names_it():
    import zhkg

    kg = zhkg.load_graph(ROOT / "graphs" / "000_e88b616f19a6a93b.graphml")
    with pytest.raises(zhkg.AmbiguousNameError, match="'Ping' begins the pinyin of several entities"):
        kg.entity("Ping")
    with pytest.raises(zhkg.NotAnEntityError):
        kg.documents_of("000_e88b616f19a6a93b")


# ---- Dask: the scheduler lost during the run


@pytest.mark.slow
def test_a_scheduler_lost_mid_run_is_one_error_saying_so(cluster, capfd):  # noqa: F811 - the imported fixture
    import os
    import signal

    dask = pytest.importorskip("dask")
    distributed = pytest.importorskip("dask.distributed")
    from zhkg.errors import WorkerError

    with distributed.Client(cluster, timeout=60) as client:
        scheduler_pid = client.run_on_scheduler(os.getpid)
    killed = []

    def kill_the_scheduler(result):
        if not killed:
            os.kill(scheduler_pid, signal.SIGKILL)
            killed.append(result.document.id)

    raws = [RawDocument(f"{i}{n}", t) for n in range(4) for i, t in TEXTS]
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        with pytest.raises(WorkerError) as caught:
            run_corpus(raws, CorpusRun(Config(recogniser=False), engine="dask", scheduler=cluster, chunk_size=1),
                       on_result=kill_the_scheduler)
    assert killed
    assert str(caught.value) == f"lost the Dask scheduler {cluster} during the run; is it still running?"
    err = capfd.readouterr().err
    assert "Failed to reconnect" not in err and "Traceback" not in err  # said once, in the error, not above it


def test_help_of_config_says_what_every_setting_does():
    import dataclasses
    import pydoc

    import zhkg

    text = pydoc.render_doc(zhkg.Config, renderer=pydoc.plaintext)
    for f in dataclasses.fields(zhkg.Config):
        head = f" |  {f.name} = {f.default!r}\n |      "
        assert head in text, f.name  # each setting, its default, then what it does
        assert text.split(head, 1)[1].split("\n", 1)[0].strip(), f.name
    assert "Smallest number of characters a short place form must have." in text


# ---- a resumed run's mentions in the order of an uninterrupted run's


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_resumed_run_lists_mentions_in_input_order(tmp_path, jobs, script):
    texts = [(i, t if script == "simplified" else to_traditional(t)) for i, t in TEXTS]
    config = Config(recogniser=False)

    def mentions(raws, work=None):
        run = CorpusRun(config, jobs=jobs, mentions=True, work_dir=work, progress=False)
        return [(m.doc_id, m.start, m.text) for m in run_corpus(raws, run).extraction.mentions]

    uninterrupted = mentions([RawDocument(i, t) for i, t in texts])
    work = tmp_path / "work"
    mentions([RawDocument(i, t) for i, t in texts[1:]], work)  # the later documents finished, the first not
    resumed = mentions([RawDocument(i, t) for i, t in texts], work)
    assert [d for d, *_ in resumed][:1] == ["a"]  # the stored results of b and c used to come first
    assert resumed == uninterrupted


@pytest.mark.slow
def test_the_run_client_keeps_dasks_lost_scheduler_logs_off_stderr():
    import asyncio
    import logging

    distributed = pytest.importorskip("dask.distributed")
    written: list[str] = []

    class Collect(logging.Handler):  # where distributed's stderr handler would write them
        def emit(self, record):
            written.append(record.getMessage() + (f" [{type(record.exc_info[1]).__name__}]" if record.exc_info else ""))

    log = logging.getLogger("distributed.client")
    collect = Collect()
    log.addHandler(collect)
    try:
        with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                      dashboard_address=None) as local:
            with corpus._dask_client(local.scheduler_address):
                try:  # what distributed's log_errors writes when closing the client cancels its reconnecting
                    raise asyncio.CancelledError
                except asyncio.CancelledError as exc:
                    log.exception(exc)
                log.error("Failed to reconnect to scheduler after %.2f seconds, closing client", 30.0)
                log.error("something else the client says")
            log.error("Failed to reconnect to scheduler after %.2f seconds, closing client", 1.0)  # another client's
    finally:
        log.removeHandler(collect)
    assert written == ["something else the client says",
                       "Failed to reconnect to scheduler after 1.00 seconds, closing client"]


# ---- --jobs with --engine dask was accepted and silently unused


@pytest.mark.parametrize("jobs", ["1", "2", "0"])
def test_jobs_with_the_dask_engine_is_a_usage_error(tmp_path, jobs):
    from helpers import assert_usage_error

    src = tmp_path / "news.txt"
    src.write_text(to_traditional(TEXTS[0][1]), encoding="utf-8")
    result = run("extract", src, "-o", tmp_path / "out", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786",
                 "--jobs", jobs)
    assert_usage_error(result, "--jobs is for the local engine; a Dask cluster runs as many tasks as its workers "
                               "have threads: leave --jobs out")
    assert not (tmp_path / "out").exists()
