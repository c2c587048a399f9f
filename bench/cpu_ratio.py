"""The whole extraction against jieba.posseg alone in CPU time of the process, not wall-clock time.

``bench/throughput.py`` divides wall-clock speeds, which move by several per cent when other jobs share the
machine. This runs the same comparison (``bench.throughput.compare_with_posseg``'s: one ``run_corpus`` pass,
``--jobs 1``, after a warm-up on five documents, then ``jieba.posseg.cut`` of the same texts) on the first
``--rows`` of :func:`bench.relations_audit.eligible_rows`, ``--passes`` times, and prints the best CPU seconds
(``time.process_time``) of each and their ratio (posseg's seconds over the pipeline's: above 1, the pipeline is
the faster). Run it alternately from two checkouts to compare them (speed203).

Run: ``python3 bench/cpu_ratio.py [--rows 200] [--passes 3]``. Session 47 (speed203).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cpu_seconds(raws, passes: int) -> tuple[float, float, list[float]]:
    """The best CPU seconds of the pipeline and of jieba.posseg over ``raws``, and each pass's of the pipeline."""
    import jieba
    import jieba.posseg as pseg

    from zhkg.config import Config
    from zhkg.run.corpus import CorpusRun, run_corpus

    jieba.initialize()
    run_corpus(raws[:5], CorpusRun(Config(), jobs=1))  # load everything before timing
    ours, theirs = [], []
    for _ in range(passes):
        start = time.process_time()
        run_corpus(raws, CorpusRun(Config(), jobs=1))
        ours.append(time.process_time() - start)
        start = time.process_time()
        for r in raws:
            list(pseg.cut(r.text))
        theirs.append(time.process_time() - start)
    return min(ours), min(theirs), ours


def main() -> int:
    from bench.common import add_data_option, corpus_rows, shared_data

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=200, help="eligible rows to run (default 200)")
    parser.add_argument("--passes", type=int, default=3, help="passes of each, the best kept (default 3)")
    add_data_option(parser)
    args = parser.parse_args()
    if args.rows < 1 or args.passes < 1:
        parser.error("--rows and --passes take a positive number")
    from bench.relations_audit import eligible_rows
    from zhkg.stages.read_files import RawDocument

    texts = corpus_rows(shared_data(args.data))
    raws = [RawDocument(f"thuc-{r:04d}", texts[r], {}) for r in eligible_rows(len(texts))[:args.rows]]
    ours, theirs, passes = cpu_seconds(raws, args.passes)
    print(f"pipeline {ours:.3f} s, posseg {theirs:.3f} s of CPU (best of {args.passes}); "
          f"ratio {theirs / ours:.3f}; pipeline passes {', '.join(f'{p:.3f}' for p in passes)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "pipeline"))  # this checkout, not an installed copy
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
