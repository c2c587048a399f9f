"""Score counts and their owners on the web dev set: real Taiwan, Hong Kong, mainland and international news (issue 14).

**The set.** ``tests/gold/counts_web.jsonl`` (round counts126): one JSON line per article of the web dev set
(``bench/entities_web.py``): ``id``, ``region``, ``script``, ``half`` (the entity gold's: alternating by id within
each region, fixed before zhkg ran on any article), ``sha256`` of the text and ``counts`` in
``tests/gold/counts_dev.jsonl``'s form (``start``/``end`` into the saved text, ``check`` = the text there as
written, ``value``, ``thing`` and ``owner`` in Simplified, ``approximate``). All 62 texts (and webgrow137's 24 added
in session 37, 66 counts; webgrow144's 20 in session 38, 70 counts; webgrow154's 24 in session 39, 110 counts, 74 with an owner) were read for counts by hand before zhkg's count output on any of them was looked at; an
article with no count is a check of precision.
The texts are third-party and kept outside the repository (default ``/work/web/texts``); they are read and
checked by :func:`bench.entities_web.web_records`, so a missing or changed text is one line and the article is left
out, and without the folder the script says so and exits 0.

**Scoring** is :func:`zhkg.evaluate_counts.score_counts` (the dev set's scorer): a count is right when it overlaps
a gold count with the same value and a head the gold accepts; owners right over the matched counts whose gold names
an owner. Printed per half: P, R, F1 and owners right by region and script, then by script over all regions.
``--mirror`` scores each article in the other script too (Simplified through ``s2tw``/``s2hk``, Traditional through
``t2s``; offsets hold, as the conversions are one character for one). ``--errors`` lists the misses, spurious
counts and wrong owners of the ``tune`` half only: the ``check`` half is scored, never read. ``--causes`` (round
counts176) prints how many misses and spurious counts fall in each class of :mod:`bench.count_causes` (the stage that
lost a count or the convention that differs), decided by code, then (round owners200) how many wrong owners of the
matched counts whose gold names an owner fall in each class of :func:`bench.count_owner_causes.owner_cause` (no owner
given and the stage that lost it: the gold in the clause, earlier in the sentence, in an earlier sentence or paragraph,
not extracted, an anaphor unresolved; or a wrong one: a place for a body, the document's topic where the gold is named
nearer, another of the same kind in the sentence, an anaphor resolved to another…); with ``--errors`` (tune or an opened pool only)
each error is listed with its class. On the check half it prints the class counts and nothing else.

**Pools** (:data:`POOLS`): ``--half pool61c`` scores ``tests/gold/counts_pool61c.jsonl`` (session 61, round
countpool305: 22 real 2025–2026 articles of the mainland, Taiwan, Hong Kong and abroad, 225 counts, annotated in the
same form — with each page's ``url``, ``outlet`` and ``date`` for ``bench/web_texts.py`` — before anything ran on
them) when no ``--gold`` is given. A pool is its own file and its own half, never in ``--half all`` (the tune and check
halves alone, whose numbers it leaves as they were). Session 61 scored pool61c only, totals only: it was one of
the web pool halves (zhkg eval's ``WEB_POOL_HALVES``), so ``--errors`` and ``--causes`` refused it in one line; session
62 opened it (``OPEN_POOL_HALVES``): ``--half pool61c --errors`` lists its errors like the tune half's. ``--half pool62c``
scores ``tests/gold/counts_pool62c.jsonl`` (session 62, round pool62c313: 20 articles, 147 counts, made the same way):
session 62 scored it only, totals only (``WEB_POOL_HALVES``: ``--errors`` and ``--causes`` refused it); session 63
opened it (``OPEN_POOL_HALVES``): ``--half pool62c --errors`` lists its errors like the tune half's.
``--half pool63c`` scores ``tests/gold/counts_pool63c.jsonl`` (session 63, round pool63c316: 21 articles, 189
counts, made the same way), this session's pool: scored only, totals only (``WEB_POOL_HALVES``: ``--errors`` and
``--causes`` refuse it).

Run: ``PYTHONPATH=pipeline python bench/counts_web.py [--gold FILE] [--texts DIR] [--half tune|check|pool61c|pool62c|pool63c|all]
[--mirror] [--errors] [--causes] [--no-model]``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.entities_web

from bench.common import add_routing_option, routing  # noqa: E402
from bench.count_causes import cause_counts, document_causes  # noqa: E402
from bench.entities_web import HALVES, REGIONS, TEXTS, GoldFiles, gold_files, web_arguments_refused, web_records  # noqa: E402
from zhkg.errors import InputError  # noqa: E402
from zhkg.evaluate import read_article_record  # noqa: E402
from zhkg.evaluate_counts import READ_AS, CountScore, GoldDocument, gold_count, score_counts  # noqa: E402
from zhkg.records import Document  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "counts_web.jsonl"
# Counts pools: a half of its own in its own file, scored with --half NAME and never in --half all (docs/counts.md).
POOLS = {"pool61c": ROOT / "tests" / "gold" / "counts_pool61c.jsonl",
         "pool62c": ROOT / "tests" / "gold" / "counts_pool62c.jsonl",
         "pool63c": ROOT / "tests" / "gold" / "counts_pool63c.jsonl"}


def load_web_counts(path: Path | GoldFiles, texts: Path, *,
                    mirror: bool = False) -> tuple[list[tuple[str, GoldDocument]], list[str]]:
    """(region, document) pairs of the counts gold ``path`` (or its read, :func:`bench.entities_web.gold_files`) with
    texts from ``texts``, and the problem lines.

    With ``mirror`` each article comes twice, as written and in the other script (ids ending ``~s``/``~t``), the
    conversion being :func:`zhkg.evaluate.read_article_record`'s; a conversion that moved characters is an error.
    """
    problems: list[str] = []
    docs: list[tuple[str, GoldDocument]] = []
    for record, text, where in web_records(path, texts, problems):  # path: the gold's, or its read (gold_files)
        if not isinstance(record.get("counts"), list):
            raise InputError(f"{where}: malformed record (no 'counts' list)")
        counts = tuple(gold_count(c, text, where) for c in record["counts"])
        spans = sorted((c.start, c.end) for c in counts)
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            if s2 < e1:  # each gold count matches one prediction: two over one span would cost recall
                raise InputError(f"{where}: counts [{s1}, {e1}] and [{s2}, {e2}] overlap; keep one")
        for article in read_article_record({**record, "text": text, "entities": []}, where, mirror=mirror):
            if article.script not in READ_AS:
                raise InputError(f"{where}: unknown script {article.script!r} (one of {', '.join(READ_AS)})")
            if len(article.text) != len(text):
                raise InputError(f"{where}: the {article.script} reading changed the text's length; offsets would not hold")
            docs.append((article.region, GoldDocument(article.id, article.script, article.half, article.text, counts)))
    return docs, problems


def score_web_counts(docs: list[tuple[str, GoldDocument]], pipeline=None,
                     results=None) -> dict[tuple[str, str, str], CountScore]:
    """Scores by (region, script, half): :func:`~zhkg.evaluate_counts.score_counts` on each region's documents
    (``results``: the pipeline's results for ``docs`` in order, when already run)."""
    scores: dict[tuple[str, str, str], CountScore] = {}
    for region in sorted({r for r, _ in docs}):
        mine = [k for k, (r, _) in enumerate(docs) if r == region]
        done = [results[k] for k in mine] if results is not None else None
        for (script, half), score in score_counts([docs[k][1] for k in mine], pipeline, done).items():
            scores[(region, script, half)] = score
    return scores


def causes_report(docs: list[tuple[str, GoldDocument]], results, pipeline, *, listed: bool) -> list[str]:
    """The classes of the misses and spurious counts (:mod:`bench.count_causes`), by half and script: a table of class
    and errors, then with ``listed`` each error with its class (the tune half or an opened pool: the caller refuses the check half)."""
    from zhkg.stages.normalise import normalise

    by_group: dict[tuple[str, str], list] = {}
    for (_, gold), result in zip(docs, results):
        doc = pipeline.segmenter(normalise(gold.text).simplified)  # the text as the count grammar reads it
        by_group.setdefault((gold.half, gold.script), []).extend(
            document_causes(gold, result.mentions, doc, pipeline.lexicon))
    lines = []
    for (half, script), causes in sorted(by_group.items()):
        lines += [f"\n### causes, half {half}, {script}: {sum(c.kind == 'missed' for c in causes)} missed, "
                  f"{sum(c.kind == 'spurious' for c in causes)} spurious\n", "| class | errors |", "| --- | --- |"]
        lines += [f"| {cause} | {n} |" for cause, n in cause_counts(causes)]
    if listed:
        lines += [f"{script} {c.kind} [{c.cause}]: {c.label}" for (_, script), causes in sorted(by_group.items())
                  for c in causes]
    return lines + owner_causes_report(docs, results, listed=listed)


def owner_causes_report(docs: list[tuple[str, GoldDocument]], results, *, listed: bool) -> list[str]:
    """The classes of the wrong owners (:func:`bench.count_owner_causes.owner_cause`: no owner given and which stage
    lost it, or which wrong one was read) over the matched counts whose gold names an owner, by half and script: a table
    of class and errors, then with ``listed`` each wrong owner with its class (tune half only, as for the counts)."""
    from bench.count_owner_causes import CLASSES
    from bench.count_owner_causes import document_causes as owner_errors

    by_group: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for (_, gold), result in zip(docs, results):
        found = owner_errors(gold, result.mentions, result.relations)
        group = by_group.setdefault((gold.half, gold.script), [])
        group += [(cause, label) for cause, label, _ in found if cause == "owned" or cause.startswith(("none:", "wrong:"))]
    lines = []
    for (half, script), causes in sorted(by_group.items()):
        tally = Counter(cause for cause, _ in causes)
        wrong = sum(n for cause, n in tally.items() if cause != "owned")
        lines += [f"\n### owner classes, half {half}, {script}: {wrong} wrong of {tally['owned']} owned counts matched\n",
                  "| class | wrong owners |", "| --- | --- |"]
        wrongs = [(cause, n) for cause, n in tally.items() if cause != "owned"]
        lines += [f"| {cause} | {n} |" for cause, n in sorted(wrongs, key=lambda kv: (-kv[1], list(CLASSES).index(kv[0])))]
    if listed:
        lines += [f"{script} owner [{cause}]: {label}" for (_, script), causes in sorted(by_group.items())
                  for cause, label in causes if cause != "owned"]
    return lines


def _row(label: str, n: int, s: CountScore) -> str:
    return (f"| {label} | {n} | {s.gold} | {s.predicted} | {s.correct} | {s.precision:.2f} | {s.recall:.2f} | "
            f"{s.f1:.2f} | {s.owner_right}/{s.owned} | {s.owner_accuracy:.2f} |")


def report(docs: list[tuple[str, GoldDocument]], scores: dict[tuple[str, str, str], CountScore], halves: list[str]) -> list[str]:
    """The printed tables: per half, a row per region and script, then one per script over all regions."""
    order = {r: i for i, r in enumerate(REGIONS)}
    lines: list[str] = []
    for half in halves:
        mine = [(r, d) for r, d in docs if d.half == half]
        if not mine:
            continue
        lines += [f"\n### half {half}: {len(mine)} documents, {sum(len(d.counts) for _, d in mine)} counts\n",
                  "| region, script | docs | gold | predicted | correct | P | R | F1 | owners right | owner accuracy |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
        totals: dict[str, tuple[int, CountScore]] = {}
        for region, script, h in sorted(scores, key=lambda k: (order.get(k[0], 9), k)):
            if h != half:
                continue
            n = sum(1 for r, d in mine if (r, d.script) == (region, script))
            lines.append(_row(f"{region}, {script}", n, scores[(region, script, h)]))
            count, total = totals.get(script, (0, CountScore()))
            total.add(scores[(region, script, h)])
            totals[script] = (count + n, total)
        for script in READ_AS:
            if script in totals:
                lines.append(_row(f"**all, {script}**", *totals[script]))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, help=f"the counts gold (default: {GOLD}; a pool's own file with "
                        "--half POOL)")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="the folder of <id>.txt texts (default: %(default)s)")
    parser.add_argument("--half", choices=(*HALVES, *POOLS, "all"), default="all",
                        help="the half to score (default: all, the tune and check halves)")
    parser.add_argument("--mirror", action="store_true", help="score each article in the other script too")
    parser.add_argument("--errors", action="store_true", help="list the misses, spurious counts and wrong owners (tune half only)")
    parser.add_argument("--causes", action="store_true",
                        help="count misses, spurious counts and wrong owners by cause (with --errors, tune only: list each "
                             "with its class)")
    parser.add_argument("--no-model", action="store_true", help="rules only, without the statistical recogniser")
    add_routing_option(parser)
    args = parser.parse_args(argv)
    if args.gold is None:
        args.gold = POOLS.get(args.half, GOLD)
    gold = gold_files(args.gold)  # read once for the argument check and the loader
    refused = web_arguments_refused(args, gold)
    if refused is not None:
        return refused
    try:
        docs, problems = load_web_counts(gold, args.texts, mirror=args.mirror)
    except InputError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    for problem in problems:
        print(f"left out: {problem}", file=sys.stderr)
    halves = list(HALVES) if args.half == "all" else [args.half]
    docs = [(r, d) for r, d in docs if d.half in halves]
    if not docs:
        print(f"Error: no document to score in half {args.half!r}", file=sys.stderr)
        return 1
    from zhkg.config import Config
    from zhkg.run.pipeline import Pipeline

    pipeline = Pipeline(Config(recogniser=not args.no_model, **routing(args)))
    results = pipeline.process_documents([Document(d.id, d.text, kind="text") for _, d in docs])
    scores = score_web_counts(docs, pipeline, results)
    print(f"{args.gold.name}: {len(docs)} documents{' (both scripts)' if args.mirror else ''}"
          + (f", {len(problems)} left out" if problems else ""))
    print("\n".join(report(docs, scores, halves)))
    if args.causes:
        print("\n".join(causes_report(docs, results, pipeline, listed=args.errors)))
        return 0
    if args.errors:
        for (region, script, half), s in sorted(scores.items()):
            for kind, items in (("missed", s.misses), ("spurious", s.spurious), ("owner", s.wrong_owners)):
                for item in items:
                    print(f"{region} {script} {half} {kind}: {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
