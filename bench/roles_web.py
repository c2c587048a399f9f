"""Score role relations (HOLDS_ROLE and MEMBER_OF) on the web dev set: real Taiwan, Hong Kong, international and mainland news.

**The gold.** ``tests/gold/roles_web.jsonl`` (round roles125, issue 11): one line per article of the web dev set of
``bench/entities_web.py`` (150 articles: session 35's 62, session 37's 24 (webgrow137), session 38's 20 Taiwan and Hong
Kong ones (webgrow143) and 20 mainland and international ones (webgrow144), and session 39's 24 (webgrow154); texts in ``/work/web/texts``, never
committed): ``id``, ``region``, ``script``, ``half`` (the entity gold's halves, fixed by id) and ``sha256`` of the
text, and ``roles``: every role a reader takes from the article, as ``[person, title, holder]`` in Simplified
characters, ``"former"`` as a fourth item for a post held before, with the conventions of
``tests/gold/roles_news.jsonl`` (``bench/roles_eval.py``): a byline names its outlet only when the outlet is written
(联合报／记者 X; 〔记者 X／台北报导〕 gives nothing); a place fused with its title holds it (花莲县长 X: 县长 of 花莲县; 美国总统 X: 总统 of 美国); a
party's legislator holds 立委 of the party (民进党籍 also makes a 党员); a bare title whose body the text does not write gives
nothing; a post to come (候任, 当选人, 将出任) is not yet held; the one succeeded (接替X出任…) is given no post by it, not
even a former one, as ``roles_dev.jsonl`` and ``roles_news.jsonl`` annotate it (roles146 settled it so and took one
tune triple out, intl-15's 科尔宾; the check half was not read). Annotated by reading the texts before zhkg's role output was
run on them (173 triples: 40 Taiwan, 21 Hong Kong, 63 international, 49 mainland; webgrow137's 24 articles added 90
more, webgrow143's 20 added 83, webgrow144's 20 added 83 and webgrow154's 24 added 172, annotated the same way before zhkg ran on
them). Session 44's rolesgrow181 added 14 Taiwan and Hong Kong articles to the tune half alone (ids
``<region>-181-<nn>``, 110 triples), annotated the same way; session 45's rolesgrow192 added 11 mainland and
international ones (``cn-192-<nn>``, ``intl-192-<nn>``, 142 triples) and session 47's roles205 12 Hong Kong and Taiwan
ones (``hk-205-<nn>``, ``tw-205-<nn>``, 143 triples: Legislative Council election results and seat lists, city cabinets,
a foundry's officers, coaches), session 48's roles209 11 Taiwan ones (``tw-209-<nn>``, 131 triples: county
appointees' careers, party officers, a club's officers and coaches, university presidents, council nominations) and
roles210 12 Hong Kong ones (``hk-210-<nn>``, 33 triples: legislators-elect, the handover day's officials, a railway's
and a hospital authority's heads, the football association, a court case); session 49's roles217 6 more, two a region
(``tw-217-<nn>``, ``hk-217-<nn>``, ``cn-217-<nn>``, 65 triples: posts after the name and in the next sentence, county
appointees, permanent secretaries, provincial secretaries' careers) and roles216 6 Taiwan and Hong Kong ones
(``tw-216-<nn>``, ``hk-216-<nn>``, 51 triples: titles before names with the body earlier, hospital and ministry
handovers, a county council, a school's appointed managers, university officers, a football league's launch); session
50's roles223 8 more (``tw-223-<nn>``, ``hk-223-<nn>``, 69 triples: a cabinet reshuffle, a county's list of new heads,
county deputies' careers, a caucus's officers, permanent secretaries' successions, a port board, a football club).

**Scoring** is ``bench/roles_eval.py``'s: :func:`roles_eval.score` (lenient about names and holders, strict about
people), per half by region and script as scored. Each article is scored as written and, by default, in the other
script too (``read_article_record``'s mirror: Simplified through ``s2tw``, Hong Kong text through ``s2hk``;
Traditional back through ``t2s``), so every region has a line per script; ``all, Traditional`` and ``all,
Simplified`` total each script. ``--errors`` lists the ``tune`` half's (or an opened pool's) misses and wrong
predictions only: the ``check`` half is scored, never read. The texts are loaded by ``bench/entities_web.py``'s loader (a missing or
changed text is one ``left out:`` line; no texts folder: says so, exits 0).

**Pools** (:data:`POOLS`): session 61's ``tests/gold/roles_pool61r.jsonl`` (round rolepool304: 24 mainland, Taiwan,
Hong Kong and international articles of 2025–2026, 171 triples, annotated by reading before zhkg or any tagger ran on
them; locators in ``tests/gold/web_sources.jsonl``) is a file of its own, half ``pool61r``: ``--half pool61r`` scores
it (its file is then the default gold), totals by region and script, and ``--half all`` over the default gold leaves it
out, so the tune and check numbers are the same with it or without. Session 61 scored it only; session 62 opened it
(:data:`bench.entities_web.OPEN_POOLS`): ``--half pool61r --errors`` lists its misses and wrong predictions, and
``--causes --errors`` each with its class, like the tune half's. A pool of the session that makes it is scored only
(:data:`bench.entities_web.POOL_HALVES`: ``--errors`` and ``--causes`` refuse it, one line, exit 2). Session 62's
``tests/gold/roles_pool62r.jsonl`` (round pool62r312: 24 articles of 2025–2026, 235 triples, annotated the same way
before anything ran on them), half ``pool62r``, was scored so in session 62, ``--half pool62r``, and ``all`` leaves it
out as it leaves pool61r; session 63 opened it. Session 63's ``tests/gold/roles_pool63r.jsonl`` (round pool63r315: 24
articles of 2025–2026, 206 triples, annotated the same way before anything ran on them), half ``pool63r``, is scored
only this session, ``--half pool63r``, and ``all`` leaves it out too.

Run: ``PYTHONPATH=pipeline python bench/roles_web.py [--gold FILE] [--texts DIR] [--half tune|check|pool61r|pool62r|pool63r|all]
[--no-mirror] [--errors] [--causes]``.

``--causes`` (round roles175) puts each missed and each wrong triple in one class by the stage that lost it
(:mod:`bench.roles_causes`: the person not extracted, the body named otherwise, the title joined to another person…)
and prints the count of each class instead of the scores, and nothing else: so the check half may be classified
too. With ``--errors`` (tune or an opened pool only) each error is listed with its class first.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.*

from bench.common import add_routing_option, member_word, routing  # noqa: E402
from bench.entities_web import (  # noqa: E402
    HALVES,
    LISTED,
    TEXTS,
    GoldFiles,
    gold_files,
    load_web_gold,
    web_arguments_refused,
)
from bench.roles_causes import classify, count_lines, predicted_from  # noqa: E402
from bench.roles_eval import Item, score, table  # noqa: E402
from zhkg.errors import InputError  # noqa: E402
from zhkg.stages.normalise import to_simplified  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "roles_web.jsonl"
# Each pool half's own gold file (the default gold with --half POOL); the pools are scored only (POOL_HALVES).
POOLS = {"pool61r": ROOT / "tests" / "gold" / "roles_pool61r.jsonl",
         "pool62r": ROOT / "tests" / "gold" / "roles_pool62r.jsonl",
         "pool63r": ROOT / "tests" / "gold" / "roles_pool63r.jsonl"}


def web_items(gold: Path | GoldFiles, texts: Path, *, mirror: bool = True) -> tuple[list[Item], list[str]]:
    """The scored texts of the roles gold (each article as written and, with ``mirror``, in the other script),
    each counted under "region, Script" ("…, Simplified (mirror)" for the converted copy), and the problem lines
    of texts left out."""
    web = load_web_gold(gold, texts, mirror=mirror, need="roles")  # gold: its path, or its read (gold_files)
    items = []
    for article in web.articles:
        name, _, other = article.id.partition("~")
        record = web.records[name]
        source = f"{article.region}, {article.script.capitalize()}" + (" (mirror)" if other else "")
        items.append(Item({**record, "row": article.id}, article.text, source))  # "row": roles_eval's news tallies
    return items, web.problems


def script_totals(tally: dict[tuple[str, str], list[int]]) -> dict[tuple[str, str], list[int]]:
    """``tally`` with a line per half and script as scored (``all, Traditional``), summed over the regions."""
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for (half, source), counts in tally.items():
        for script in ("Traditional", "Simplified"):
            if f", {script}" in source:
                key = (half, f"all, {script}")
                totals[key] = [a + b for a, b in zip(totals[key], counts)]
    return {**tally, **totals}


def cause_table(items: list[Item], pipeline, *, listing: bool = False) -> list[str]:
    """The class counts of the errors of ``items`` (:func:`bench.roles_causes.classify`), as markdown rows; with
    ``listing`` each tune error is printed first with its class (never a check one's)."""
    tally: Counter = Counter()
    for item in items:
        gold = [tuple(to_simplified(x) for x in t) for t in item.row["roles"]]
        ex = pipeline.run_texts([("s", item.text)]).extraction
        causes = classify(item.text, gold, ex, predicted_from(ex, member_word), pipeline.lexicon)
        tally.update(causes.counts())
        if listing and item.row["half"] in LISTED and (causes.missed or causes.wrong or causes.former):
            print(f"## {item.row['row']} {item.source}")
            for kind, errors in (("MISSED", causes.missed), ("WRONG ", causes.wrong)):
                for cause, triple in sorted(errors, key=str):  # predictions come unordered: list them sorted
                    print(f"   {kind} {triple} [{cause}]")
            for triple in sorted(causes.former, key=str):
                print(f"   FORMER {triple}")
    return count_lines(tally)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, help=f"the roles gold (default: {GOLD}; a pool's own file with its --half)")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="the folder of <id>.txt texts (default: %(default)s)")
    parser.add_argument("--half", choices=(*HALVES, *POOLS, "all"), default="all", help="the half to score (default: all)")
    parser.add_argument("--no-mirror", action="store_true", help="score each article only in the script it was written in")
    parser.add_argument("--errors", action="store_true", help="list the misses and wrong predictions (tune half only)")
    parser.add_argument("--causes", action="store_true",
                        help="print the count of each class of error by the stage that lost it, not the scores")
    add_routing_option(parser)
    args = parser.parse_args(argv)
    if args.gold is None:
        args.gold = POOLS.get(args.half, GOLD)
    gold = gold_files(args.gold)  # read once for the argument check and the loader
    refused = web_arguments_refused(args, gold)
    if refused is not None:
        return refused
    try:
        items, problems = web_items(gold, args.texts, mirror=not args.no_mirror)
    except InputError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    for problem in problems:
        print(f"left out: {problem}", file=sys.stderr)
    items = [i for i in items if args.half in ("all", i.row["half"])]
    if not items:
        print(f"Error: no article to score in half {args.half!r}", file=sys.stderr)
        return 1
    from zhkg.config import Config
    from zhkg.run.pipeline import Pipeline

    if args.causes:
        print("\n".join(cause_table(items, Pipeline(Config(**routing(args))), listing=args.errors)))
        return 0
    tally = score(items, Pipeline(Config(**routing(args))), args.half if args.errors else "")
    if args.half != "all":  # roles_eval's "all" lines repeat the one half scored
        tally = {key: counts for key, counts in tally.items() if key[0] != "all"}
    print(f"{args.gold.name}: {len({i.row['id'] for i in items})} articles, {len(items)} texts scored"
          + (f", {len(problems)} left out" if problems else ""))
    print("\n".join(table(script_totals(tally))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
