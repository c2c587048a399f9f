"""zhkg.run.corpus: how many workers a run gets, and run_inputs over files."""

from __future__ import annotations

import os

import pytest

import zhkg.run.corpus
from zhkg.config import Config
from zhkg.errors import InputError
from zhkg.run.corpus import SMALL_RUN, CorpusRun, choose_workers, run_inputs


@pytest.mark.parametrize(
    "jobs, inputs, engine, expected",
    [
        (4, 100, "local", 4),
        (4, SMALL_RUN, "local", 4),
        (4, SMALL_RUN - 1, "local", 1),  # starting workers costs more than a handful of documents
        (4, 1, "dask", 4),  # a cluster is already running
        (3, None, "local", 3),  # unknown size: as asked
        (0, 100, "local", 4),  # one a core (four, below)
        (0, None, "dask", 4),
    ],
)
def test_choose_workers(jobs, inputs, engine, expected, monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 4)  # any machine: the cap below is two a core
    assert choose_workers(jobs, inputs, engine=engine) == expected


@pytest.mark.parametrize(
    "jobs, engine, expected",
    [
        (8, "local", 8),  # two a core, as asked
        (9, "local", 8),
        (100_000, "local", 8),  # not 100,000 forked copies of the model at once
        (100_000, "dask", 100_000),  # a cluster's workers are its own
    ],
)
def test_choose_workers_caps_a_local_run_at_two_a_core(jobs, engine, expected, monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    assert choose_workers(jobs, 100, engine=engine) == expected


def test_run_inputs_uses_one_worker_for_a_few_documents(tmp_path, monkeypatch):
    src = tmp_path / "news.txt"
    src.write_text("平谷区政协主席闫维洪主持会议。", encoding="utf-8")
    seen = []
    real = zhkg.run.corpus.run_corpus

    def spy(raws, run, **kwargs):
        seen.append(run.jobs)
        return real(raws, run, **kwargs)

    monkeypatch.setattr(zhkg.run.corpus, "run_corpus", spy)
    result = run_inputs([src], CorpusRun(Config(recogniser=False), jobs=0))
    assert seen == [1]
    assert [d.id for d in result.extraction.documents] == ["news"]


def test_run_inputs_with_nothing_readable(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    skipped: list[InputError] = []
    with pytest.raises(InputError, match=r"^no document could be read \(1 skipped\)$"):
        run_inputs([tmp_path / "empty.txt"], CorpusRun(Config(recogniser=False)), skipped=skipped)
    assert [str(e) for e in skipped] == [f"{tmp_path / 'empty.txt'} is empty"]


@pytest.mark.parametrize("n", [0, 1, 5, 16, 17, 100])
def test_batches_to_the_end_keep_every_document_in_order_and_end_small(n):
    from zhkg.records import Document
    from zhkg.run.corpus import batched_to_the_end

    docs = [Document(id=f"d{i}", text="平谷区" * 10) for i in range(n)]
    batches = list(batched_to_the_end(docs, 8, tail=2, split=4))
    assert [d.id for b in batches for d in b] == [d.id for d in docs]
    assert all(batches)
    if n > 16:  # more than the tail: full batches first, then batches a quarter the size
        assert len(batches[0]) == 8 and all(len(b) <= 2 for b in batches[-4:])


def _sleep(seconds: float) -> float:
    import time

    time.sleep(seconds)
    return seconds


def test_a_stopped_pool_leaves_no_manager_thread_running():
    """Stopping a pool mid-task waits for its manager thread, which closes the pool's pipes: left running, it
    races the interpreter's exit (an 'OSError: Bad file descriptor' printed under the run's one Error line)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    from zhkg.run.corpus import _stop_pool

    pool = ProcessPoolExecutor(2, mp_context=mp.get_context("fork"))
    futures = [pool.submit(_sleep, 30) for _ in range(4)]
    manager = pool._executor_manager_thread
    assert manager is not None and manager.is_alive()
    _stop_pool(pool)
    assert not manager.is_alive()
    assert all(f.done() for f in futures)
