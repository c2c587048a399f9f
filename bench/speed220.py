"""speed220's cuts against the code they replaced, in one process, as shares of the whole run.

Both are in jieba's cut as the segmenter computes it (:mod:`zhkg.stages.wordcut`), the largest single cost of a run
(cProfile and a sampling profile of the 200 rows ``bench/cpu_ratio.py`` times: the route alone 6.7 % of the samples):

* :func:`zhkg.stages.wordcut._route` asked ``best is None`` at every candidate word, and a letter jieba's dictionary
  lacks was looked up twice (again for its score); now a letter that is a word (most are) scores first, and one
  that is none is looked up once;
* :func:`zhkg.stages.wordcut._cut_block` added a run of single letters up a letter at a time (a new string per
  letter); now it cuts the run out of the block once, where it ends.

On the first ``--rows`` of :func:`bench.common.eligible_rows`, one ``run_corpus`` pass (``--jobs 1``, as
``bench/cpu_ratio.py`` times it, after a warm-up on five documents) records every call of each; the calls are then
replayed on the new function and on the old one (``tests/test_speed220.py`` keeps both old forms, the references the
tests hold the new ones to), alternated, best of ``--repeat``, the garbage collector off
(:func:`bench.speed191.compare`). The block's replay runs the new route under both forms, so each line is one cut's.
Prints each as a share of one whole run's CPU time in the same process, and whether the answers agree.

Then whole runs with both cuts in place and with both old forms put back, ``--repeat`` of each in the same process,
alternated (new, old, old, new, …, so a load that drifts weighs on both alike): each one's median CPU seconds and the
share saved. The replays' shares are the steadier reading; the whole runs' spread, a few per cent on a shared
machine, is larger than both cuts together.

Run: ``python3 bench/speed220.py [--rows 200] [--repeat 7]``. Session 49 (speed220).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _cut_block_with(cut_block):
    """``cut_block`` as a function of a recorded call that returns the words it appends."""
    def cut(block, freq, logtotal, forced):
        words: list[str] = []
        cut_block(block, freq, logtotal, forced, words.append, words.extend)
        return words

    return cut


def whole_runs(raws, old: dict[str, object], repeat: int) -> dict[str, float]:
    """Median CPU seconds of ``repeat`` ``run_corpus`` passes over ``raws`` with :mod:`zhkg.stages.wordcut` as it is
    (``new``) and with ``old``'s functions in place (``old``), alternated new-old-old-new."""
    from zhkg.config import Config
    from zhkg.run.corpus import CorpusRun, run_corpus
    from zhkg.stages import wordcut

    new = {name: getattr(wordcut, name) for name in old}
    seconds: dict[str, list[float]] = {"new": [], "old": []}
    for k in range(repeat):
        for which in (("new", "old") if k % 2 == 0 else ("old", "new")):
            for name, function in (new if which == "new" else old).items():
                setattr(wordcut, name, function)
            try:
                start = time.process_time()
                run_corpus(raws, CorpusRun(Config(), jobs=1))
                seconds[which].append(time.process_time() - start)
            finally:
                for name, function in new.items():
                    setattr(wordcut, name, function)
    return {which: statistics.median(s) for which, s in seconds.items()}


def main() -> int:
    from bench.common import corpus_rows, eligible_rows, shared_data
    from bench.speed191 import arguments, compare, spied_run
    from zhkg.stages import wordcut
    from zhkg.stages.read_files import RawDocument

    args = arguments(__doc__)
    sys.path.insert(0, str(ROOT / "tests"))  # the old forms, kept by the tests as their reference
    from test_speed220 import _old_cut_block, _old_route

    texts = corpus_rows(shared_data(args.data))
    rows = eligible_rows(len(texts))[:args.rows]
    routes: list[tuple] = []
    blocks: list[tuple] = []
    route, cut_block = wordcut._route, wordcut._cut_block

    def route_spy(*call):
        routes.append(call)
        return route(*call)

    def block_spy(block, freq, logtotal, forced, append, extend):
        blocks.append((block, freq, logtotal, forced))
        return cut_block(block, freq, logtotal, forced, append, extend)

    load = os.getloadavg()[0]
    raws = [RawDocument(f"thuc-{r:04d}", texts[r], {}) for r in rows]
    whole = spied_run(raws, [(wordcut, "_route", route_spy), (wordcut, "_cut_block", block_spy)])
    print(f"{len(rows)} rows; one whole run {whole:.2f} s of CPU in this process (load {load:.1f})")
    compare({"jieba's route": (_old_route, route, routes),
             "a block's words": (_cut_block_with(_old_cut_block), _cut_block_with(cut_block), blocks)},
            whole, args.repeat)
    print(f"load {os.getloadavg()[0]:.1f}; whole runs, {args.repeat} of each, alternated:")
    median = whole_runs(raws, {"_route": _old_route, "_cut_block": _old_cut_block}, args.repeat)
    print(f"  cuts in place {median['new']:.3f} s, old forms {median['old']:.3f} s of CPU (medians): "
          f"{100 * (median['old'] - median['new']) / median['old']:.1f} % saved; load {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "pipeline"))  # this checkout, not an installed copy
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
