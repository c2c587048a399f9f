"""speed203's two cuts against the code they replaced, in one process, as shares of the whole run.

On the first ``--rows`` of :func:`bench.relations_audit.eligible_rows` (Simplified, as written), one ``run_corpus``
pass (``--jobs 1``, as ``bench/throughput.py`` times it) records every call of
:func:`zhkg.relate.roles_before_names._roles_start` and the columns of every token table the segmenter makes
(:func:`zhkg.stages.segment._make_table`). Then, alternated, best of ``--repeat``, with the garbage collector off:

* the start of ``_roles_before`` replayed on the recorded calls, new and old (``tests/test_speed203.py`` keeps the
  old sequence as the reference its tests hold the new one to), with the number of ``_role_candidates`` calls each
  makes and whether the answers agree;
* the lines of the token table that changed, on the recorded columns: the old ones made an int column of the
  segmenter's bools and read each flag through ``map(bool, …)`` as the words were made; the new ones make the
  words of the bools as they are (the rest of the table is the same code in both).

Prints each as a share of one whole run's CPU time in the same process. Shares, not seconds: the machine is shared,
and a share of the same process's run is what moves the posseg ratio.

Run: ``python3 bench/speed203.py [--rows 200] [--repeat 7]``. Session 47 (speed203).
"""

from __future__ import annotations

import sys
from itertools import repeat
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _recorded(raws) -> tuple[list[tuple], list[tuple], float]:
    """The recorded ``_roles_start`` calls and token-table columns of one ``run_corpus`` pass, and the CPU seconds
    of a pass."""
    import zhkg.relate.roles_before_names as before_names
    import zhkg.stages.segment as segment

    starts: list[tuple] = []
    columns: list[tuple] = []
    start_of, table_of = before_names._roles_start, segment._make_table

    def start_spy(*args):
        starts.append(args)
        return start_of(*args)

    def table_spy(doc, text, idxs, lengths, spaces_after, puncts, spaces, tags, texts=None):
        table = table_of(doc, text, idxs, lengths, spaces_after, puncts, spaces, tags, texts)
        columns.append((idxs, [w.text for w in table.words], [w.tag for w in table.words], spaces_after, puncts,
                        spaces))
        return table

    from bench.speed191 import spied_run

    whole = spied_run(raws, [(before_names, "_roles_start", start_spy), (segment, "_make_table", table_spy)])
    return starts, columns, whole


def _old_words(idxs, texts, tags, spaces_after, puncts, spaces):
    """The words as the table made them before speed203: an int column of the folded spaces, each flag read through
    ``map(bool, …)``."""
    from zhkg.stages.segment import Word

    spaces_after = list(map(int, spaces_after))
    fields = zip(range(len(idxs)), idxs, texts, tags, map(bool, spaces), map(bool, puncts), map(bool, spaces_after))
    return tuple(map(tuple.__new__, repeat(Word), fields))


def _new_words(idxs, texts, tags, spaces_after, puncts, spaces):
    """The words as the table makes them now, of the bool columns as they are."""
    from zhkg.stages.segment import Word

    fields = zip(range(len(idxs)), idxs, texts, tags, spaces, puncts, spaces_after)
    return tuple(map(tuple.__new__, repeat(Word), fields))


def _counting(module, name: str):
    """A wrapper of ``module.name`` that counts its calls, installed; returns the counter and the original."""
    original = getattr(module, name)
    counter = [0]

    def counted(*args):
        counter[0] += 1
        return original(*args)

    setattr(module, name, counted)
    return counter, original


def main() -> int:
    from bench.speed191 import _replay, arguments, compare

    args = arguments(__doc__)
    import zhkg.relate.roles_before_names as before_names
    from bench.common import corpus_rows, shared_data
    from bench.relations_audit import eligible_rows
    from zhkg.stages.read_files import RawDocument

    sys.path.insert(0, str(ROOT / "tests"))  # the old start, kept by the tests as their reference
    from test_speed203 import _old_roles_start

    texts = corpus_rows(shared_data(args.data))
    rows = eligible_rows(len(texts))[:args.rows]
    starts, columns, whole = _recorded([RawDocument(f"s-{r}", texts[r], {}) for r in rows])
    print(f"{len(rows)} rows; one whole run {whole:.2f} s of CPU in this process")
    counts = {}
    for what, function in (("old", _old_roles_start), ("new", before_names._roles_start)):
        counter, original = _counting(before_names, "_role_candidates")
        try:
            _replay(function, starts)
        finally:
            before_names._role_candidates = original
        counts[what] = counter[0]
    compare({"start of _roles_before": (_old_roles_start, before_names._roles_start, starts),
             "token table's words": (_old_words, _new_words, columns)}, whole, args.repeat)
    print(f"  _role_candidates calls by the start: old {counts['old']:,}, new {counts['new']:,}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "pipeline"))  # this checkout, not an installed copy
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
