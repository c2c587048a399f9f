"""Score PERSON/ORGANIZATION/PLACE on the web dev set: real articles from public outlets, annotated by us (issue 15).

**The set.** ``tests/gold/entities_web_twhk.jsonl`` (round web113: Taiwan and Hong Kong papers, Traditional as
written) and ``tests/gold/entities_web_intl.jsonl`` (round web114: international and mainland; round webgrow137 added
24 articles to the two files, round webgrow144 20 international and mainland ones and round webgrow154 24 more, five a
region and two more each in Hong Kong and the mainland, ids continuing each region's numbering), one JSON line per article: ``id``, ``url``,
``outlet``, ``date``, ``region``, ``script``, ``half`` (``tune`` or ``check``, alternating by id within each region,
fixed before zhkg ran on any article; an id with a round's number, ``hk-183-01``, grew the tune pool alone and is
``tune``), ``sha256`` of the text and ``entities`` in ``entities_dev.jsonl``'s form (names
in Simplified characters); optional ``roles`` and ``counts``. The texts are third-party and never committed: each is
``<texts>/<id>.txt`` (default ``/work/web/texts``), checked against its ``sha256``. A missing or changed text is one
line and the article is left out; without the folder the script says so and exits 0 (CI has no texts). The format and
how the set was built: ``docs/entities.md`` (web113, web114); ``bench/web_texts.py`` rebuilds the texts from stored
search results.

**Scoring** is :func:`zhkg.evaluate.score_each_article`: per document, sets of typed entities, each gold entity
matching one predicted entity by its name or an alias. Printed per half: F1 by region and script, then P/R/F1 by
type. ``--errors`` lists the misses and spurious names of the ``tune`` half only: the ``check`` half is scored,
never read. ``--causes`` adds each half's errors counted by the stage or convention that makes each
(:mod:`bench.entity_causes`: counts only, so the check half may be classed too); with ``--errors`` each tune error is
listed with its class.

**Blind halves** (:data:`BLIND_HALVES`, zhkg eval's ``WEB_BLIND_HALVES``): ``tests/gold/entities_blind57.jsonl``
(session 57, round blind270: 24 Taiwan, Hong Kong and Macau articles), ``entities_blind58.jsonl`` (session 58, round
blind277: 23 Taiwan and Hong Kong articles) and ``entities_blind60.jsonl`` (session 60, round blind293: 24 Taiwan and
Hong Kong articles), written in Traditional and annotated before anything ran on them, are
scored only — totals, per type and per region and script, with ``--traditional-model on|off`` — never read:
``--errors`` and ``--causes`` refuse any gold file holding a blind half (one line, exit 2), in every web scorer that
takes them. This session's pools (:data:`POOL_HALVES`, zhkg eval's ``WEB_POOL_HALVES``) are refused the same way in the
session that makes them (:data:`SCORED_ONLY`); the next session opens them (:data:`OPEN_POOLS`: session 61's
``tests/gold/roles_pool61r.jsonl`` and ``counts_pool61c.jsonl``, opened in session 62; session 62's
``roles_pool62r.jsonl`` and ``counts_pool62c.jsonl``, scored only in session 62 and opened in session 63), and
``--errors`` lists theirs like the tune half's (:data:`LISTED`). The gold files are read once (:func:`gold_files`) for
that check and the loader.

Run: ``PYTHONPATH=pipeline python bench/entities_web.py [--gold FILE ...] [--texts DIR]
[--half tune|check|blind57|blind58|blind60|all] [--mirror] [--errors] [--causes] [--traditional-model on|off]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.entity_causes

from bench.common import add_routing_option, routing  # noqa: E402
from bench.entity_causes import ErrorCause, Known, Staged, cause_table, classify_article  # noqa: E402
from zhkg.cli.eval import OPEN_POOL_HALVES, WEB_BLIND_HALVES, WEB_POOL_HALVES  # noqa: E402
from zhkg.errors import InputError  # noqa: E402
from zhkg.evaluate import (  # noqa: E402
    ENTITY_TYPES,
    ArticleTally,
    GoldArticle,
    gold_id,
    gold_record,
    read_article_record,
    read_gold_lines,
    score_each_article,
)

GOLD = ROOT / "tests" / "gold"
GOLD_FILES = (GOLD / "entities_web_twhk.jsonl", GOLD / "entities_web_intl.jsonl")
TEXTS = Path("/work/web/texts")
HALVES = ("tune", "check")
# Halves scored only: their errors and error classes are never printed (tests/gold/entities_blind57.jsonl,
# entities_blind58.jsonl, entities_blind60.jsonl). One list with zhkg eval's halves kept unseen, which names them too.
BLIND_HALVES = WEB_BLIND_HALVES
# This session's pools: scored only, like a blind half, until the next session opens them.
POOL_HALVES = WEB_POOL_HALVES
SCORED_ONLY = (*BLIND_HALVES, *POOL_HALVES)
# Pools an earlier session made and scored only, opened since (tests/gold/roles_pool61r.jsonl, counts_pool61c.jsonl,
# opened in session 62; roles_pool62r.jsonl, counts_pool62c.jsonl, opened in session 63): their errors are listed like
# the tune half's.
OPEN_POOLS = OPEN_POOL_HALVES
LISTED = ("tune", *OPEN_POOLS)
REGIONS = ("mainland", "hongkong", "taiwan", "macau", "international")


@dataclass
class WebSet:
    """The articles whose texts were found unchanged, and one line for each that was not."""

    articles: list[GoldArticle] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    records: dict[str, dict] = field(default_factory=dict)  # each article's gold record by id (roles, counts…)


def text_of(record: dict, texts: Path) -> tuple[str | None, str]:
    """The text of ``record`` from ``texts``, or None and why (missing, not UTF-8, sha256 differs).

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp()); _ = (folder / "a.txt").write_text("北京。", encoding="utf-8")
    >>> text_of({"id": "a", "sha256": hashlib.sha256("北京。".encode()).hexdigest()}, folder)
    ('北京。', '')
    >>> text_of({"id": "a", "sha256": "0" * 64}, folder)[1]
    'a: text changed (sha256 of a.txt is af1d9974…, the gold says 00000000…)'
    """
    name = str(record["id"])
    path = texts / f"{name}.txt"
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None, f"{name}: text missing ({path})"
    except IsADirectoryError:
        return None, f"{name}: {path} is a folder, not a text"
    digest = hashlib.sha256(data).hexdigest()
    if digest != str(record["sha256"]):
        return None, f"{name}: text changed (sha256 of {path.name} is {digest[:8]}…, the gold says {str(record['sha256'])[:8]}…)"
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError as exc:
        return None, f"{name}: {path.name} is not valid utf-8 (byte {exc.start})"


@dataclass(frozen=True)
class GoldFiles:
    """The gold files, each read once (:func:`gold_files`): their lines, and for a file that cannot be read, why.
    The argument check (:func:`blind_halves`) passes over a file that cannot be read; the loader
    (:func:`web_records`) names it (:meth:`lines_of`)."""

    paths: tuple[Path, ...]
    lines: dict[Path, list[str]] = field(default_factory=dict)
    unreadable: dict[Path, str] = field(default_factory=dict)

    def lines_of(self, path: Path) -> list[str]:
        """The lines of ``path``; :class:`~zhkg.errors.InputError` when it could not be read."""
        if path in self.unreadable:
            raise InputError(self.unreadable[path])
        return self.lines[path]


def gold_files(gold: GoldFiles | Path | Iterable[Path]) -> GoldFiles:
    """``gold`` read once (:func:`~zhkg.evaluate.read_gold_lines`): the files of the paths given (one or several),
    or ``gold`` itself when already read, so the scorers' argument check and loader share one read.

    >>> import tempfile; folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "g.jsonl").write_text('{"id": "a"}\\n')
    >>> gold = gold_files([folder / "g.jsonl", folder / "none.jsonl"])
    >>> gold.lines_of(folder / "g.jsonl"), gold_files(gold) is gold, sorted(p.name for p in gold.unreadable)
    (['{"id": "a"}'], True, ['none.jsonl'])
    """
    if isinstance(gold, GoldFiles):
        return gold
    read = GoldFiles(tuple([gold] if isinstance(gold, Path) else gold))
    for path in read.paths:
        try:
            read.lines[path] = read_gold_lines(path)
        except InputError as exc:
            read.unreadable[path] = str(exc)
    return read


def web_records(gold: GoldFiles | Path | Iterable[Path], texts: Path, problems: list[str],
                need: str = "") -> Iterator[tuple[dict, str, str]]:
    """Each checked record of the gold files (paths, or :class:`GoldFiles` already read: :func:`gold_files`) with its
    text from ``texts`` and where it stands (``file:line``);
    a malformed record raises :class:`~zhkg.errors.InputError` naming its line, a missing or changed text is
    appended to ``problems`` instead (the entity, role and count scorers read the set alike). ``need`` names one
    more field every record must hold (``entities`` for the entity scorer, ``roles`` for bench/roles_web.py); a gold
    file that cannot be read raises :class:`~zhkg.errors.InputError`."""
    gold = gold_files(gold)
    for path in gold.paths:
        seen: dict[str, int] = {}
        for number, line in enumerate(gold.lines_of(path), 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            record = gold_record(line, where)
            for key in ("id", "sha256", "region", "half", *([need] if need else [])):
                if key not in record:
                    raise InputError(f"{where}: malformed record (no {key!r} field)")
            gold_id(record, seen, number, where)
            if record["half"] not in (*HALVES, *OPEN_POOLS, *SCORED_ONLY):
                raise InputError(f"{where}: half must be one of {', '.join((*HALVES, *OPEN_POOLS, *SCORED_ONLY))}, "
                                 f"not {record['half']!r}")
            text, problem = text_of(record, texts)
            if text is None:
                problems.append(problem)
                continue
            yield record, text, where


def load_web_gold(gold: GoldFiles | Path | Iterable[Path], texts: Path, *, mirror: bool = False,
                  need: str = "entities") -> WebSet:
    """The articles of the gold files (paths, or :func:`gold_files`' read) with their texts from ``texts``; a
    malformed record raises
    :class:`~zhkg.errors.InputError` naming its line, a missing or changed text is a problem line instead.
    ``need`` is the annotation every record must hold (``entities``; ``roles`` for bench/roles_web.py, whose
    records name no entities)."""
    web = WebSet()
    for record, text, where in web_records(gold, texts, web.problems, need):
        web.articles += read_article_record({"entities": [], **record, "text": text}, where, mirror=mirror)
        web.records[str(record["id"])] = record
    return web


def group_rows(articles: list[GoldArticle], tallies: list[ArticleTally]) -> list[str]:
    """Markdown rows: F1 by region and script for each type, then P/R/F1, over ``articles``."""
    groups: dict[tuple[str, str], tuple[int, ArticleTally]] = {}
    for article, tally in zip(articles, tallies):
        n, total = groups.get((article.region, article.script), (0, ArticleTally()))
        total.add(tally)
        groups[(article.region, article.script)] = (n + 1, total)
    rows = ["| region | script | docs | PER F1 | ORG F1 | PLACE F1 | all P | all R | all F1 |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    order = {r: i for i, r in enumerate(REGIONS)}
    for (region, script), (n, t) in sorted(groups.items(), key=lambda kv: (order.get(kv[0][0], 9), kv[0])):
        p, r, f = t.prf()
        cells = " | ".join(f"{t.prf(label)[2]:.3f}" for label in ENTITY_TYPES)
        rows.append(f"| {region} | {script} | {n} | {cells} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return rows


def type_rows(tallies: list[ArticleTally]) -> list[str]:
    """Markdown rows: gold, predicted, right and P/R/F1 per type and over all types."""
    total = ArticleTally()
    for t in tallies:
        total.add(t)
    rows = ["| type | gold | predicted | right | P | R | F1 |", "| --- | --- | --- | --- | --- | --- | --- |"]
    for label in (*ENTITY_TYPES, None):
        g, n, c = total.counts(label)
        p, r, f = total.prf(label)
        rows.append(f"| {label or 'all'} | {g} | {n} | {c} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return rows


def report(articles: list[GoldArticle], tallies: list[ArticleTally], halves: list[str]) -> list[str]:
    """The printed tables, one block per half."""
    lines: list[str] = []
    for half in halves:
        mine = [(a, t) for a, t in zip(articles, tallies) if a.half == half]
        if not mine:
            continue
        docs, scores = [a for a, _ in mine], [t for _, t in mine]
        lines += [f"\n### half {half}: {len(docs)} articles, {sum(len(a.entities) for a in docs)} entities\n",
                  *group_rows(docs, scores), "", *type_rows(scores)]
    return lines


def blind_halves(gold: GoldFiles | Path | Iterable[Path]) -> list[str]:
    """The halves scored only (:data:`SCORED_ONLY`: the blind halves and this session's pools) the records of the gold
    files (paths, or :func:`gold_files`' read) hold, in file order; files that cannot be read and lines that are not
    JSON records are passed over here (the loader names them).

    >>> import tempfile; folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "g.jsonl").write_text('{"id": "a", "half": "blind58"}\\n{"id": "b", "half": "tune"}\\nx\\n')
    >>> blind_halves([folder / "g.jsonl"]), blind_halves([folder / "none.jsonl"])
    (['blind58'], [])
    """
    gold = gold_files(gold)
    found: list[str] = []
    for path in gold.paths:
        for line in gold.lines.get(path, []):
            try:
                half = json.loads(line).get("half")
            except (json.JSONDecodeError, AttributeError):
                continue
            if half in SCORED_ONLY and half not in found:
                found.append(half)
    return found


def web_arguments_refused(args: argparse.Namespace, gold: GoldFiles | Path | Iterable[Path]) -> int | None:
    """The exit status when the web scorers' arguments (``--errors``, ``--causes``, ``--half``, gold files,
    ``--texts``) leave nothing to score or ask to read a blind half, its one line printed; None when scoring goes on.
    ``--errors`` reads the tune half and the opened pools only (the check half is scored, never read); a gold file
    holding a blind half
    or a pool (:data:`SCORED_ONLY`) takes neither ``--errors`` nor ``--causes``; no texts folder is no failure (the texts are
    kept outside the repository). ``gold``: the gold files, or :func:`gold_files`' read of them, which the loader
    then shares."""
    gold = gold_files(gold)
    if args.errors or getattr(args, "causes", False):
        held = blind_halves(gold)
        if held:
            what = ("a pool, scored only this session (totals)" if set(held) <= set(POOL_HALVES)
                    else "a blind half, scored only (totals, per type and region)")
            print(f"Error: {', '.join(held)} is {what}; --errors and --causes never read it", file=sys.stderr)
            return 2
    if args.errors and args.half not in LISTED:
        print(f"Error: --errors lists the tune half and the opened pools only (--half {'|'.join(LISTED)}); the check "
              "half is scored, never read", file=sys.stderr)
        return 2
    for path in gold.paths:
        if not path.is_file():
            print(f"Error: {path} not found; pass --gold FILE", file=sys.stderr)
            return 1
    if not args.texts.is_dir():
        print(f"skipped: no texts folder {args.texts} (the web set's texts are kept outside the repository; "
              "pass --texts DIR)", file=sys.stderr)
        return 0
    return None


def article_causes(articles: list[GoldArticle], pipeline) -> list[list[ErrorCause]]:
    """Each article's errors with their classes (:mod:`bench.entity_causes`), from the three stages ``pipeline``
    keeps of each document."""
    from zhkg.records import Document
    from zhkg.run.pipeline import batched
    from zhkg.stages.normalise import normalise

    known = Known(titles=frozenset(pipeline.lexicon.role_words),
                  places=frozenset(name for name in pipeline.gazetteer.full_names if len(name) >= 2),
                  heads=frozenset(pipeline.lexicon.org_suffixes),
                  letters=frozenset(a for _, a, _ in pipeline.lexicon.place_abbreviations if len(a) == 1))
    stages = []
    for batch in batched([Document(a.id, a.text, kind="text") for a in articles]):
        stages.extend(pipeline.extract_stages_many(batch))
    return [classify_article(a, Staged(rules, model, final, normalise(a.text).simplified), known)
            for a, (rules, model, final) in zip(articles, stages)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, nargs="+", default=None,
                        help="gold files (default: those of entities_web_twhk.jsonl and entities_web_intl.jsonl that exist)")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="the folder of <id>.txt texts (default: %(default)s)")
    parser.add_argument("--half", choices=(*HALVES, *BLIND_HALVES, "all"), default="all",
                        help="the half to score (default: all)")
    parser.add_argument("--mirror", action="store_true", help="score each article in the other script too")
    parser.add_argument("--errors", action="store_true", help="list the misses and spurious names (tune half only)")
    parser.add_argument("--no-model", action="store_true", help="rules only, without the statistical recogniser")
    add_routing_option(parser)
    parser.add_argument("--causes", action="store_true",
                        help="count the errors by the stage or convention that makes each (bench/entity_causes.py); "
                             "with --errors each tune error is listed with its class")
    args = parser.parse_args(argv)
    paths = args.gold or [p for p in GOLD_FILES if p.is_file()]
    gold = gold_files(paths)  # read once for the argument check and the loader
    refused = web_arguments_refused(args, gold)
    if refused is not None:
        return refused
    try:
        web = load_web_gold(gold, args.texts, mirror=args.mirror)
    except InputError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    for problem in web.problems:
        print(f"left out: {problem}", file=sys.stderr)
    halves = [*HALVES, *BLIND_HALVES] if args.half == "all" else [args.half]
    articles = [a for a in web.articles if a.half in halves]
    if not articles:
        print(f"Error: no article to score in half {args.half!r}", file=sys.stderr)
        return 1
    from zhkg.config import Config
    from zhkg.run.pipeline import Pipeline

    pipeline = Pipeline(Config(recogniser=not args.no_model, **routing(args)))
    tallies = score_each_article(articles, pipeline)
    print(f"{', '.join(p.name for p in paths)}: {len(articles)} articles{' (both scripts)' if args.mirror else ''}"
          + (f", {len(web.problems)} left out" if web.problems else ""))
    print("\n".join(report(articles, tallies, halves)))
    if args.causes:
        causes = article_causes(articles, pipeline)
        for half in halves:
            mine = [c for a, cs in zip(articles, causes) if a.half == half for c in cs]
            if mine:
                print(f"\n### causes, half {half}: {len(mine)} errors\n")
                print("\n".join(cause_table(mine)))
        if args.errors:
            for article, cs in zip(articles, causes):
                for c in cs:
                    print(f"{c.kind}\t{article.region}\t{article.id} {c.label} {c.shown}\t{c.cause}")
        return 0
    if args.errors:
        for article, tally in zip(articles, tallies):
            for line in tally.misses:
                print(f"miss\t{article.region}\t{line}")
            for line in tally.spurious:
                print(f"spurious\t{article.region}\t{line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
