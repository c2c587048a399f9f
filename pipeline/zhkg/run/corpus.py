"""Corpus runs: many documents, in parallel, resumable, into one merged graph.

Documents stream from the readers through the per-document stage, a few at a
time (:meth:`zhkg.run.pipeline.Pipeline.process_documents`: the recogniser tags a
batch together), and their results are folded into one
:class:`~zhkg.run.assembly.Assembler` as they arrive, without their texts. Three
engines run that stage:

* ``jobs=1``: in this process;
* ``jobs=N``: a pool of N worker processes (fork), results in input order; a
  worker that dies is noticed, its documents retried one by one, and a
  document that kills its worker twice named in the error;
* ``engine="dask"``: the tasks go to an existing Dask cluster (``pip install .[dask]``).

Whatever the engine and N, the graph is the same: results are assembled in a
sorted order (:func:`zhkg.run.assembly.assemble`).

With a work directory, each finished document's result is written there as it
arrives (atomically), under a key of the document's id, text and the pipeline
version, which the file also holds; a run started again with the same arguments
reads those back instead of recomputing them, so an interrupted run loses at
most the documents in flight. A stored file that is damaged, of another
version, or not this document's (its key or id differ) is recomputed.

Layout (tidy156): the progress bar is :mod:`zhkg.run.progress`; reaching a Dask cluster (:func:`check_scheduler`, the
client, a task's result) is :mod:`zhkg.run.dask_cluster`.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import stat
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from zhkg.config import Config
from zhkg.errors import ConfigError, InputError, WorkerError
from zhkg.records import Document
from zhkg.run.dask_cluster import _dask_client, _dask_result, check_scheduler
from zhkg.run.memory import restore_collections, young_collections_only
from zhkg.run.pipeline import BATCH_CHARS, BATCH_DOCUMENTS, Assembler, DocumentResult, Pipeline, RunResult, batched
from zhkg.run.progress import _Progress
from zhkg.stages.encodings import check_encoding
from zhkg.stages.read import read_inputs
from zhkg.stages.read_files import RawDocument

__all__ = ["CorpusRun", "SMALL_RUN", "batched_to_the_end", "check_scheduler", "choose_workers", "result_key", "run_corpus",
           "run_inputs"]

#: Below this many inputs a local run uses one process: starting workers costs more than the documents.
SMALL_RUN = 8

_worker: Pipeline | None = None
_worker_lock = threading.Lock()


def _pipeline_fingerprint(config: Config) -> str:
    """What a stored result depends on besides its document: the code and data that made it, and the settings."""
    from zhkg.run.cache import FORMAT_VERSION

    return f"{_code_fingerprint()}|{FORMAT_VERSION}|{config!r}"


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """A hash of every file of the installed package (code, tables, the model: 28 MB, ~0.07 s), so that a
    work directory filled by another version of zhkg is recomputed, not read back (a release number would
    not change between two checkouts of a development tree)."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha1()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def result_key(document: Document, fingerprint: str) -> str:
    """The work-directory key of a document's result: its id, text, metadata and the pipeline version."""
    h = hashlib.sha256()
    for part in (fingerprint, document.id, document.text, repr(document.metadata), document.title, document.parent_id,
                 *([repr(document.metadata_types)] if document.metadata_types else [])):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:40]


@dataclass
class CorpusRun:
    """Settings of a corpus run. ``jobs=0`` means one worker per core."""

    config: Config
    jobs: int = 1
    work_dir: Path | None = None
    engine: str = "local"  # "local" | "dask"
    scheduler: str | None = None
    progress: bool = False
    chunk_size: int = BATCH_DOCUMENTS  # documents a worker (or this process) takes at a time
    #: Keep the mentions (spooled to a temporary file) for ``extraction.mentions``; a corpus run keeps no relations.
    mentions: bool = False
    #: With workers, start laying the graph out in another process while it is built (``RunResult.layout``),
    #: for :func:`~zhkg.export.write_outputs` to use: set it when the graph will be written.
    lay_out: bool = False


#: A local run starts at most this many workers a core: the work is the processor's, so more run no faster, and
#: every worker holds its own copy of the model's memory (``--jobs 100000`` would fork 100,000 of them at once).
_WORKERS_PER_CORE = 2


def choose_workers(jobs: int, inputs: int | None = None, *, engine: str = "local") -> int:
    """Worker processes for a run of ``inputs`` inputs (``None``: unknown): ``jobs``, or one per core when 0.

    A local run of fewer than :data:`SMALL_RUN` inputs gets one worker whatever ``jobs`` says, and never more than
    two a core (a Dask cluster's workers are its own).

    >>> choose_workers(2, 100), choose_workers(2, 3), choose_workers(4, 3, engine="dask")
    (2, 1, 4)
    >>> choose_workers(0) == (os.cpu_count() or 1), choose_workers(10**6) == 2 * (os.cpu_count() or 1)
    (True, True)
    """
    if engine == "local" and inputs is not None and inputs < SMALL_RUN:
        return 1
    cores = os.cpu_count() or 1
    if engine == "local":
        return min(jobs or cores, _WORKERS_PER_CORE * cores)
    return jobs or cores


def _init_worker(config: Config) -> Pipeline:
    """The process's pipeline for ``config``, made and loaded once (a Dask worker runs tasks in several threads:
    they wait for one pipeline instead of loading their own at the same time)."""
    global _worker
    with _worker_lock:
        if _worker is None or _worker.config != config:
            worker = Pipeline(config)
            _ = (worker.model, worker.segmenter, worker.gazetteer)  # load before the first document
            _worker = worker
        return _worker


def _process_batch(documents: list[Document], config: Config) -> list[DocumentResult]:
    """A Dask task: a batch of documents through one worker-local pipeline."""
    return _process_many(documents, _init_worker(config))


def _strip(result: DocumentResult) -> DocumentResult:
    """Drop the document text from a result kept for assembly: the graph needs only its metadata."""
    return replace(result, document=replace(result.document, text=""))


class _Store:
    """The work directory: one JSON file per finished document."""

    def __init__(self, root: Path, fingerprint: str):
        self.root = root
        self.fingerprint = fingerprint
        from zhkg.export.atomic import make_folder, remove_leftovers

        make_folder(root)  # a run that fails before saving a result removes it again (zhkg extract)
        # a run killed while saving a result (kill -9) left its temporary file: no running run's is removed
        for folder in [root, *(entry.path for entry in os.scandir(root) if entry.is_dir(follow_symlinks=False)
                                and len(entry.name) == 2)]:
            remove_leftovers(folder)

    def path(self, document: Document) -> Path:
        key = result_key(document, self.fingerprint)
        return self.root / key[:2] / f"{key}.json"

    def load(self, document: Document) -> DocumentResult | None:
        from zhkg.run.cache import result_from_json

        key = result_key(document, self.fingerprint)
        path = self.root / key[:2] / f"{key}.json"
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError):
            return None  # unreadable: recomputed, and the new result written over it
        try:
            return result_from_json(text, key=key, doc_id=document.id)
        except ValueError:
            return None  # damaged, outdated, or another document's: recomputed

    def save(self, document: Document, result: DocumentResult) -> None:
        from zhkg.export.atomic import atomic_write
        from zhkg.run.cache import result_to_json

        key = result_key(document, self.fingerprint)
        with atomic_write(self.root / key[:2] / f"{key}.json") as fh:
            fh.write(result_to_json(result, key=key))


def _documents(pipeline: Pipeline, raws: Iterable[RawDocument]) -> Iterator[Document]:
    for raw in raws:
        yield from pipeline.documents_of(raw)


def run_corpus(raws: Iterable[RawDocument], run: CorpusRun, *, total: int | None = None,
               on_result: Callable[[DocumentResult], None] | None = None) -> RunResult:
    """Process every document of ``raws`` with the chosen engine and assemble one graph.

    ``total`` (number of raw inputs, if known) feeds the progress bar's time left;
    ``on_result`` sees each result as it arrives (for writing mentions as a stream).
    """
    parent = Pipeline(run.config)
    store = _Store(run.work_dir, _pipeline_fingerprint(run.config)) if run.work_dir else None
    jobs = choose_workers(run.jobs, engine=run.engine)
    bar = _Progress(total, enabled=run.progress)
    # results are folded into tallies as they arrive, not kept
    assembler = Assembler(config=run.config, records="spool" if run.mentions else "none")
    resumed = 0

    def keep(document: Document, result: DocumentResult, fresh: bool, chars: int | None = None) -> None:
        """``chars``: the document's length, when ``document`` comes without its text (:class:`_InOrder`)."""
        nonlocal resumed
        if fresh and store is not None:
            store.save(document, result)
        elif not fresh:
            resumed += 1
        if on_result is not None:
            on_result(result)
        assembler.add(_strip(result))
        bar.update(len(document.text) if chars is None else chars, whole_input=not document.parent_id)

    if run.mentions or on_result is not None:  # the order results are kept in shows: the input's, resumed or not
        keep = _InOrder(keep)
    todo = _with_cache(_documents(parent, raws), store, keep)
    try:
        if run.engine == "dask" and store is None and on_result is None and not run.mentions:
            # nothing wants the results one by one: they are folded on the workers and merged there
            assembler = _run_dask_tree(todo, run, bar)
        elif run.engine == "dask":
            _run_dask(todo, run, keep)
        elif jobs == 1:
            bar.watch(_init_worker(run.config).position)
            # this process folds the results in as it makes them: its heap grows all run long (see zhkg.run.memory)
            with young_collections_only(reading=True):
                for batch in batched(todo, run.chunk_size):
                    for document, result in zip(batch, _process_many(batch)):
                        keep(document, result, True)
        else:
            with young_collections_only():  # this process only folds results in: see zhkg.run.memory
                _run_pool(todo, run, jobs, keep)
    finally:
        bar.close()
        if isinstance(keep, _InOrder):
            keep.close()
    assembler.gazetteer = parent.gazetteer
    with young_collections_only():
        result = assembler.finish(lay_out=run.lay_out and run.engine == "local" and jobs > 1)
    return replace(result, resumed=resumed) if resumed else result


def run_inputs(
    paths: Sequence[str | os.PathLike[str]],
    run: CorpusRun,
    *,
    encoding: str | None = None,
    text_column: str | None = None,
    delimiter: str | None = None,
    skipped: list[InputError] | None = None,
    follow_links: bool = False,
    warnings: list[str] | None = None,
) -> RunResult:
    """Read the input files and folders ``paths`` (:func:`zhkg.stages.read.read_inputs`) and run them as a corpus.

    Each input is read once: the first :data:`SMALL_RUN` documents are read
    ahead to choose the number of workers (:func:`choose_workers`). Only for the
    progress bar's time left, and only when every input is a regular file or a
    folder, a first pass counts them all. With a ``skipped`` list, bad inputs
    are collected there and the run goes on; it is an
    :class:`~zhkg.errors.InputError` when no document at all could be read. A ``warnings`` list collects, in
    reading order whatever the number of workers, the lines :func:`~zhkg.stages.read.row_warnings` gives.

    >>> import tempfile, pathlib
    >>> src = pathlib.Path(tempfile.mkdtemp()) / "news.txt"
    >>> _ = src.write_text("平谷区政协主席闫维洪主持会议。", encoding="utf-8")
    >>> len(run_inputs([src], CorpusRun(Config(recogniser=False))).extraction.documents)
    1
    """
    if encoding:
        check_encoding(encoding)  # refused before reading, even when bad inputs are skipped

    def raws(into: list[InputError] | None, notes: list[str] | None = None) -> Iterator[RawDocument]:
        return read_inputs(list(paths), encoding=encoding, max_chars=run.config.max_document_chars, skipped=into,
                           text_column=text_column, delimiter=delimiter, follow_links=follow_links, warnings=notes)

    total = None
    if run.progress and all(_rereadable(p) for p in paths):
        total = sum(1 for _ in raws(None if skipped is None else []))
    stream = raws(skipped, warnings)
    head = list(itertools.islice(stream, SMALL_RUN))
    run = replace(run, jobs=choose_workers(run.jobs, len(head), engine=run.engine))
    result = run_corpus(itertools.chain(head, stream), run, total=total)
    if not result.extraction.documents:
        raise InputError(f"no document could be read ({len(skipped or [])} skipped)")
    return result


def _rereadable(path: str | os.PathLike[str]) -> bool:
    """Whether reading ``path`` twice gives the same thing twice: a regular file or a folder, not a FIFO."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(mode) or stat.S_ISDIR(mode)


class _InOrder:
    """``keep`` for a run whose results must be handed on in input order (the mentions file, ``on_result``).

    The engines hand fresh results on in input order; a stored result of a resumed run is read while the
    documents before it that still need work are being processed, so it waits for the last of them (it came
    before them, and the mentions file of a resumed run listed them in another order than an uninterrupted run's).
    Only stored results read out of turn wait: a run resumed after a crash has a finished stretch at its start.
    They wait in a temporary file, not in memory: when the first document needs work (its text edited, a run
    resumed whose first batch was lost), every stored result after it waits, the whole corpus's.
    """

    def __init__(self, keep: Callable[..., None]) -> None:
        self.keep = keep
        #: each document being processed, with the number of stored results waiting for it
        self.outstanding: deque[list] = deque()
        self.spool: Any = None  # the waiting results, first in first out: (document less its text, its length, result)
        self.read_at = 0

    def expect(self, document: Document) -> None:
        """``document`` goes to be processed: its result will come back through :meth:`__call__`."""
        self.outstanding.append([document, 0])

    def stored(self, document: Document, result: DocumentResult) -> None:
        """A stored result: kept at once, or after the fresh result of the last document before it."""
        if not self.outstanding:
            self.keep(document, result, False)
            return
        import pickle
        import tempfile

        if self.spool is None:
            self.spool = tempfile.TemporaryFile(prefix="zhkg-waiting-")
        self.spool.seek(0, os.SEEK_END)
        pickle.dump((replace(document, text=""), len(document.text), result), self.spool,
                    protocol=pickle.HIGHEST_PROTOCOL)
        self.outstanding[-1][1] += 1

    def __call__(self, document: Document, result: DocumentResult, fresh: bool) -> None:
        expected, waiting = self.outstanding.popleft()
        if expected is not document:  # pragma: no cover - an engine handed results on out of order
            raise AssertionError(f"result of {document.id} came before that of {expected.id}")
        self.keep(document, result, fresh)
        if not waiting:
            return
        import pickle

        self.spool.seek(self.read_at)
        for _ in range(waiting):
            stored_document, chars, stored = pickle.load(self.spool)
            position = self.spool.tell()
            self.keep(stored_document, stored, False, chars)
            self.spool.seek(position)
        self.read_at = self.spool.tell()
        if self.read_at == self.spool.seek(0, os.SEEK_END):  # all read: the file starts again empty
            self.spool.seek(0)
            self.spool.truncate()
            self.read_at = 0

    def close(self) -> None:
        """Remove the temporary file (it has no name: closing it is enough)."""
        if self.spool is not None:
            self.spool.close()
            self.spool = None


def _with_cache(documents: Iterable[Document], store: _Store | None, keep) -> Iterator[Document]:
    """Yield the documents that still need work; hand finished ones to ``keep`` (through its order, when it has
    one: :class:`_InOrder`)."""
    ordered = keep if isinstance(keep, _InOrder) else None
    for document in documents:
        cached = store.load(document) if store is not None else None
        if cached is None:
            if ordered is not None:
                ordered.expect(document)
            yield document
        elif ordered is not None:
            ordered.stored(document, cached)
        else:
            keep(document, cached, False)


def _process_many(documents: list[Document], pipeline: Pipeline | None = None) -> list[DocumentResult]:
    """A batch through ``pipeline``, by default the worker's (the recogniser tags the batch together)."""
    pipeline = pipeline or _worker
    assert pipeline is not None
    return [_strip(result) for result in pipeline.process_documents(documents)]


def _init_pool_worker(config: Config, parent: int | None = None) -> None:
    """A pool worker: Ctrl-C and SIGTERM are the parent's business (it stops the workers it started); a parent
    killed outright (``kill -9``) is noticed, and the worker exits (:func:`zhkg.run.children.end_with_parent`)."""
    import signal

    from zhkg.run.children import end_with_parent

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if parent is not None:
        end_with_parent(parent)
    restore_collections(reading=True)  # a worker makes and drops documents' cycles: full passes as usual
    _init_worker(config)


def _stop_pool(pool) -> None:
    """Stop a pool at once: cancel what waits, end the worker processes it started, and wait for its manager.

    The pool's manager thread closes the pool's pipes once its workers are gone.
    Left running, it can close them while the interpreter's exit wakes it up
    through one of them (Python 3.11's ``concurrent.futures`` does not lock that
    wake-up), which prints ``OSError: [Errno 9] Bad file descriptor`` under the
    run's one ``Error:`` line: so it is waited for here.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)  # shutdown() forgets it
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=10)
    if manager is not None and manager.is_alive():
        manager.join(timeout=10)


def batched_to_the_end(documents: Iterable[Document], size: int = BATCH_DOCUMENTS, *, tail: int = 4,
                       split: int = 4) -> Iterator[list[Document]]:
    """:func:`~zhkg.run.pipeline.batched`, but the last ``tail`` batches' documents go out ``split`` times smaller.

    Workers take batches as they free up, so they finish together only when the
    last batches are small: at the end of a run, one worker would otherwise wait
    for another's last full batch (up to about 0.2 s on THUCNews). Documents are
    read ``tail`` batches ahead to know where the end is.

    >>> docs = [Document(id=str(i), text="新闻" * 50) for i in range(20)]
    >>> [len(b) for b in batched_to_the_end(docs, 4, tail=2, split=4)]
    [4, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1]
    """
    ahead: deque[list[Document]] = deque()
    for batch in batched(documents, size):
        ahead.append(batch)
        if len(ahead) > tail:
            yield ahead.popleft()
    rest = [document for batch in ahead for document in batch]
    yield from batched(rest, max(1, size // split), max(1, BATCH_CHARS // split))


def _import_for_the_end() -> None:
    """Import what only the parent needs, the graph and its writers (networkx alone is 0.1 s).

    Called once the workers are forked: they never need these modules, and the
    import then overlaps their work instead of delaying their start.
    """
    import networkx  # noqa: F401

    import zhkg.export.graphml  # noqa: F401
    import zhkg.export.html  # noqa: F401


def _run_pool(documents: Iterable[Document], run: CorpusRun, jobs: int, keep) -> None:
    """Batches through ``jobs`` worker processes, results kept in input order.

    A worker that dies (the kernel's OOM killer, ``kill -9``) breaks the pool:
    the batches it held are then run again one document at a time in a fresh
    one-worker pool, and the run goes on in a new pool; a document that kills
    its worker again stops the run with a :class:`~zhkg.errors.WorkerError` that names it.
    """
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    if method == "fork":
        _init_worker(run.config)  # children inherit the loaded model and dictionaries

    def new_pool(workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_pool_worker,
                                   initargs=(run.config, os.getpid()))

    def rerun_alone(batches: list[list[Document]]) -> None:
        solo = new_pool(1)
        try:
            for batch in batches:
                for document in batch:
                    try:
                        [result] = solo.submit(_process_many, [document]).result()
                    except BrokenProcessPool:
                        raise WorkerError(
                            f"a worker process died while processing document {document.id} and again when it was "
                            "retried alone (killed: out of memory?)"
                        ) from None
                    keep(document, result, True)
        finally:
            _stop_pool(solo)

    pool = new_pool(jobs)
    # a bounded number of batches in flight: workers never wait for one to drain,
    # and memory does not grow with the corpus
    in_flight: deque = deque()
    limit = jobs * 4

    def recover(extra: list[Document] | None = None) -> None:
        nonlocal pool
        lost = [batch for batch, _ in in_flight] + ([extra] if extra else [])
        in_flight.clear()
        _stop_pool(pool)
        rerun_alone(lost)
        pool = new_pool(jobs)

    def collect_oldest() -> None:
        batch, pending = in_flight[0]
        try:
            results = pending.result()
        except BrokenProcessPool:
            recover()
            return
        in_flight.popleft()
        for doc, result in zip(batch, results):
            keep(doc, result, True)

    warm = True
    try:
        for batch in batched_to_the_end(documents, run.chunk_size, tail=2 * jobs):
            try:
                in_flight.append((batch, pool.submit(_process_many, batch)))
            except BrokenProcessPool:
                recover(batch)
            if warm:  # the workers are forked at the first batch: now what only this process needs
                warm = False
                _import_for_the_end()
            while len(in_flight) >= limit:
                collect_oldest()
        while in_flight:
            collect_oldest()
        pool.shutdown(wait=True)  # inside: Ctrl-C while the workers exit stops them as anywhere else
    except BaseException:
        _stop_pool(pool)
        raise


def _check_dask(run: CorpusRun) -> None:
    """A :class:`ConfigError` unless the dask engine can run: its optional extra installed, a scheduler named."""
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        raise ConfigError("the dask engine needs the optional extra: pip install '.[dask]'") from None
    if not run.scheduler:
        raise ConfigError("the dask engine needs --scheduler ADDRESS of a running Dask scheduler")


def _in_flight_limit(client) -> int:
    """How many batches a Dask run keeps in flight, as the local pool does, so the corpus streams through: four
    per thread of the cluster."""
    return 4 * max(1, sum(client.nthreads().values()))


def _run_dask(documents: Iterable[Document], run: CorpusRun, keep) -> None:
    """Batches through a Dask cluster, each result handed to ``keep`` in input order (as the local pool does), so
    the mentions written from them come out in the same order whatever batch finishes first."""
    _check_dask(run)
    with _dask_client(run.scheduler) as client:
        limit = _in_flight_limit(client)
        in_flight: deque = deque()

        def collect_oldest() -> None:
            batch, future = in_flight.popleft()
            for doc, result in zip(batch, _dask_result(future, run.scheduler)):
                keep(doc, result, True)

        for batch in batched(documents, run.chunk_size):
            in_flight.append((batch, client.submit(_process_batch, batch, config=run.config, pure=False)))
            while len(in_flight) >= limit:
                collect_oldest()
        while in_flight:
            collect_oldest()


#: A Dask merge task combines this many partial assemblers.
MERGE_FAN_IN = 8


def _assemble_batch(documents: list[Document], config: Config) -> Assembler:
    """A Dask task: a batch through the worker's pipeline, folded into a partial assembler on the worker."""
    part = Assembler(config=config, records="none")
    for result in _process_batch(documents, config):
        part.add(result)
    return part


def _merge_parts(config: Config, *parts: Assembler) -> Assembler:
    """A Dask task: partial assemblers combined into a new one (the parts are left as they were)."""
    merged = Assembler(config=config, records="none")
    for part in parts:
        merged.merge(part)
    return merged


def _run_dask_tree(documents: Iterable[Document], run: CorpusRun, bar: _Progress) -> Assembler:
    """Batches through a Dask cluster, each folded into a partial assembler where it ran; the partial
    assemblers merged :data:`MERGE_FAN_IN` at a time on the cluster, in a tree, until one is left.

    Per-document results never travel to this process, only the last assembler (tallies the
    size of the graph). Merging is associative and the graph sorted, so the tree's shape, which
    depends on the order tasks finish in, does not change the output.
    """
    _check_dask(run)
    from dask.distributed import as_completed

    with _dask_client(run.scheduler) as client:
        limit = _in_flight_limit(client)
        pending = as_completed()
        sizes: dict[str, list[tuple[int, bool]]] = {}  # batch task -> (characters, whole input) per document
        ready: list = []  # finished partial assemblers, not yet merged

        def finished(future) -> None:
            for chars, whole in sizes.pop(future.key, ()):
                bar.update(chars, whole_input=whole)
            ready.append(future)
            if len(ready) >= MERGE_FAN_IN:
                pending.add(client.submit(_merge_parts, run.config, *ready, pure=False))
                ready.clear()

        for batch in batched(documents, run.chunk_size):
            future = client.submit(_assemble_batch, batch, config=run.config, pure=False)
            sizes[future.key] = [(len(d.text), not d.parent_id) for d in batch]
            pending.add(future)
            while pending.count() >= limit:
                finished(next(pending))
        for future in pending:
            finished(future)
        while len(ready) > 1:
            parts = ready[:MERGE_FAN_IN]
            del ready[:MERGE_FAN_IN]
            ready.append(client.submit(_merge_parts, run.config, *parts, pure=False))
        return _dask_result(ready[0], run.scheduler) if ready else Assembler(config=run.config, records="none")


