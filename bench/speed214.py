"""speed214's cut against the order it replaced, in one process, as shares of the whole run.

A batch's documents went through the pipeline one at a time: a document was segmented and read by every extractor,
merged, then read by every relation reader, before the next one started. Now each stage runs over the whole batch
before the next (segmenting, then extractor by extractor, the merge part by part, reader by reader); each document is
still read as alone. The same tables, patterns and dictionaries are read for each document, now while they are
still in the processor's caches: the profile of session 48 found the time spread over hundreds of functions (the
largest, jieba's route, a twelfth of the run), and the lookups in jieba's dictionary and tag table (half a million
words each) slower inside a run than replayed alone.

On the first ``--rows`` of :func:`bench.relations_audit.eligible_rows`, ``run_corpus`` (``--jobs 1``, as
``bench/cpu_ratio.py`` times it, after a warm-up on five documents) is run ``--passes`` times with each of:
the pipeline as it is; :class:`OneByOne` (every stage document by document, the order before speed214); and the
pipeline with one stage put back to document by document (``rules``: segmenting and the extractors; ``merge``;
``relations``), alternated, in CPU time of the process. Prints each one's median and each stage's share of the
run (its one-by-one median less the pipeline's, over the one-by-one run's median), and whether every document's
result is the same.

Then the decoder's count replayed against its old form (``bench/speed191.py``'s way: one ``run_corpus`` pass
records the calls, replayed new and old, alternated, best of ``--passes``, the garbage collector off, as shares of a
whole run in the same process): :func:`zhkg.ner.decode._longer_than`, the sentences still running at a step of
Viterbi, once counted over every length (``sum(1 for n in lengths if n > t)``), now a bisection. cProfile made the
count look like 2 % of a run (a generator's every step is a profiled call); replayed, it is a tenth of one per cent.

Run: ``python3 bench/speed214.py [--rows 200] [--passes 5]``. Session 48 (speed214).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # this checkout, not an installed copy
sys.path.insert(0, str(ROOT))

from zhkg.relate.base import relate_documents  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402

#: The stages :class:`OneByOne` can run document by document.
STAGES = ("rules", "merge", "relations")


class OneByOne(Pipeline):
    """The pipeline with the stages of ``one_by_one`` run document by document, as before speed214: the reference
    ``tests/test_speed214.py`` holds the pipeline to."""

    one_by_one: frozenset[str] = frozenset(STAGES)

    def _rules(self, documents):
        if "rules" not in self.one_by_one:
            return super()._rules(documents)
        return [prepared for document in documents for prepared in super(OneByOne, self)._rules([document])]

    def _merge_many(self, prepared, found):
        if "merge" not in self.one_by_one:
            return super()._merge_many(prepared, found)
        return [super(OneByOne, self)._merge_many([p], [model_mentions])[0] for p, model_mentions in zip(prepared, found)]

    def _relate(self, contexts):
        if "relations" not in self.one_by_one:
            return super()._relate(contexts)
        return [relate_documents([ctx], self.relation_readers)[0] for ctx in contexts]


def one_by_one(*stages: str) -> type[OneByOne]:
    """:class:`OneByOne` running only ``stages`` document by document."""
    return type("OneByOne", (OneByOne,), {"one_by_one": frozenset(stages)})


def _pass(raws, pipeline_class: type[Pipeline]) -> float:
    """CPU seconds of one ``run_corpus`` pass over ``raws`` with ``pipeline_class`` as the corpus run's pipeline."""
    import zhkg.run.corpus as corpus
    from zhkg.config import Config

    corpus.Pipeline = pipeline_class
    try:
        start = time.process_time()
        corpus.run_corpus(raws, corpus.CorpusRun(Config(), jobs=1))
        return time.process_time() - start
    finally:
        corpus.Pipeline = Pipeline


def same_results(documents, batch: int = 16) -> bool:
    """Whether the pipeline and :class:`OneByOne` give every document the same result, batch by batch."""
    new, old = Pipeline(), OneByOne()
    return all(new.process_documents(documents[i:i + batch]) == old.process_documents(documents[i:i + batch])
               for i in range(0, len(documents), batch))


def _old_longer_than(lengths: list[int], negated: list[int], t: int) -> int:
    """The count before speed214, over every length (falling)."""
    return sum(1 for n in lengths if n > t)


def _new_longer_than(lengths: list[int], negated: list[int], t: int) -> int:
    from zhkg.ner.decode import _longer_than

    return _longer_than(negated, t)


def replay_decoder(raws, repeat: int) -> None:
    """The decoder's count replayed on one run's calls against its old form (:func:`bench.speed191.compare`)."""
    import zhkg.ner.decode as decode
    from bench.speed191 import compare, spied_run

    counts: list[tuple] = []
    longer_than = decode._longer_than

    def count_spy(negated, t):
        counts.append(([-n for n in negated], negated, t))
        return longer_than(negated, t)

    whole = spied_run(raws, [(decode, "_longer_than", count_spy)])
    print(f"decoder replay; one whole run {whole:.2f} s of CPU:")
    compare({"sentences still running": (_old_longer_than, _new_longer_than, counts)}, whole, repeat)


def main() -> int:
    from bench.common import add_data_option, corpus_rows, shared_data
    from bench.relations_audit import eligible_rows
    from zhkg.records import Document
    from zhkg.stages.read_files import RawDocument

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=200, help="eligible rows to run (default 200)")
    parser.add_argument("--passes", type=int, default=5, help="alternated passes of each, the median kept (default 5)")
    add_data_option(parser)
    args = parser.parse_args()
    if args.rows < 1 or args.passes < 1:
        parser.error("--rows and --passes take a positive number")
    texts = corpus_rows(shared_data(args.data))
    rows = eligible_rows(len(texts))[:args.rows]
    raws = [RawDocument(f"thuc-{r:04d}", texts[r], {}) for r in rows]
    replay_decoder(raws, args.passes)
    same = same_results([Document(f"thuc-{r:04d}", texts[r], kind="text") for r in rows])
    runs = {"pipeline": Pipeline, "one by one": OneByOne} | {f"{stage} one by one": one_by_one(stage)
                                                            for stage in STAGES}
    _pass(raws[:5], Pipeline)  # load everything before timing
    seconds: dict[str, list[float]] = {name: [] for name in runs}
    for k in range(args.passes):
        for name in (list(runs) if k % 2 == 0 else list(runs)[::-1]):  # alternated
            seconds[name].append(_pass(raws, runs[name]))
    median = {name: statistics.median(s) for name, s in seconds.items()}
    whole = median["one by one"]
    print(f"{len(rows)} rows, {args.passes} passes each; results {'the same' if same else 'DIFFER'}")
    for name, s in seconds.items():
        print(f"  {name}: median {median[name]:.3f} s of CPU ({', '.join(f'{x:.3f}' for x in s)})")
    print(f"  saved by the whole cut: {100 * (whole - median['pipeline']) / whole:.2f} % of the one-by-one run")
    for stage in STAGES:
        saved = median[f"{stage} one by one"] - median["pipeline"]
        print(f"  {stage} stage by stage: {100 * saved / whole:.2f} % of the run")
    return 0


if __name__ == "__main__":
    sys.exit(main())
