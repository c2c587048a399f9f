"""speed191's two cuts against the code they replaced, in one process, as shares of the whole run.

On the first ``--rows`` of :func:`bench.relations_audit.eligible_rows` (Simplified, as written), one ``run_corpus``
pass (``--jobs 1``, as ``bench/throughput.py`` times it) records every call of
:func:`zhkg.extract.people._dictionary_name_candidates` and of
:func:`zhkg.extract.known_name_tails.cut_known_name_tails`; each call is then replayed on the new function and on the
old one (``tests/test_speed191.py`` keeps it, as the reference the tests hold the new one to), alternated, best of
``--repeat``, with the garbage collector off. Prints, for each, the old and the new time over the recorded calls as
shares of one whole run's CPU time in the same process, and whether the answers agree. Shares, not seconds: the
machine is shared, and a share of the same process's run is what moves the posseg ratio.

Run: ``python3 bench/speed191.py [--rows 200] [--repeat 7]``. Session 45 (speed191).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _recorded(raws) -> tuple[dict[str, list[tuple]], float]:
    """The recorded arguments of each measured function over one ``run_corpus`` pass, and that pass's CPU seconds."""
    import zhkg.extract.people as people
    import zhkg.run.pipeline as pipeline

    calls: dict[str, list[tuple]] = {"dictionary names": [], "known name tails": []}
    names, tails = people._dictionary_name_candidates, pipeline.cut_known_name_tails

    def names_spy(*args):
        calls["dictionary names"].append(args)
        return names(*args)

    def tails_spy(*args):
        calls["known name tails"].append(args)
        return tails(*args)

    whole = spied_run(raws, [(people, "_dictionary_name_candidates", names_spy),
                             (pipeline, "cut_known_name_tails", tails_spy)])
    return calls, whole


def spied_run(raws, spies: list[tuple]) -> float:
    """The CPU seconds of one ``run_corpus`` pass over ``raws`` (after a warm-up on five), then one more pass with
    each ``(module, name, spy)`` in place of ``module.name`` (put back after)."""
    from zhkg.config import Config
    from zhkg.run.corpus import CorpusRun, run_corpus

    run_corpus(raws[:5], CorpusRun(Config(), jobs=1))  # load everything first
    start = time.process_time()
    run_corpus(raws, CorpusRun(Config(), jobs=1))
    whole = time.process_time() - start
    originals = [(module, name, getattr(module, name)) for module, name, _ in spies]
    for module, name, spy in spies:
        setattr(module, name, spy)
    try:
        run_corpus(raws, CorpusRun(Config(), jobs=1))
    finally:
        for module, name, original in originals:
            setattr(module, name, original)
    return whole


def _replay(function, calls: list[tuple]) -> float:
    start = time.process_time()
    for args in calls:
        function(*args)
    return time.process_time() - start


def arguments(doc: str) -> argparse.Namespace:
    """``--rows``, ``--repeat`` and ``--data`` of a replay bench (this one's, speed203's), checked."""
    from bench.common import add_data_option

    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=200, help="eligible rows to run (default 200)")
    parser.add_argument("--repeat", type=int, default=7, help="alternated replays, the best kept (default 7)")
    add_data_option(parser)
    args = parser.parse_args()
    if args.rows < 1 or args.repeat < 1:
        parser.error("--rows and --repeat take a positive number")
    return args


def compare(pairs: dict[str, tuple], whole: float, repeat: int) -> None:
    """For each ``what: (old, new, recorded calls)``: both replayed, alternated, best of ``repeat``, with the garbage
    collector off; prints each as a share of a whole run's ``whole`` CPU seconds, and whether the answers agree."""
    gc.disable()
    try:
        for what, (old, new, recorded) in pairs.items():
            same = all(old(*a) == new(*a) for a in recorded)
            best = {"old": float("inf"), "new": float("inf")}
            for _ in range(repeat):
                best["old"] = min(best["old"], _replay(old, recorded))
                best["new"] = min(best["new"], _replay(new, recorded))
            print(f"  {what}: {len(recorded)} calls, old {100 * best['old'] / whole:.2f} % of the run, "
                  f"new {100 * best['new'] / whole:.2f} %, saved {100 * (best['old'] - best['new']) / whole:.2f} %, "
                  f"answers {'the same' if same else 'DIFFER'}")
    finally:
        gc.enable()


def main() -> int:
    args = arguments(__doc__)
    from bench.common import corpus_rows, shared_data
    from bench.relations_audit import eligible_rows
    from zhkg.extract.known_name_tails import cut_known_name_tails
    from zhkg.extract.people import _dictionary_name_candidates
    from zhkg.stages.read_files import RawDocument

    sys.path.insert(0, str(ROOT / "tests"))  # the old forms, kept by the tests as their reference
    from test_speed191 import _old_cut_known_name_tails, _old_dictionary_name_candidates

    texts = corpus_rows(shared_data(args.data))
    rows = eligible_rows(len(texts))[:args.rows]
    calls, whole = _recorded([RawDocument(f"s-{r}", texts[r], {}) for r in rows])
    print(f"{len(rows)} rows; one whole run {whole:.2f} s of CPU in this process")
    compare({"dictionary names": (_old_dictionary_name_candidates, _dictionary_name_candidates,
                                  calls["dictionary names"]),
             "known name tails": (_old_cut_known_name_tails, cut_known_name_tails, calls["known name tails"])},
            whole, args.repeat)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "pipeline"))  # this checkout, not an installed copy
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
