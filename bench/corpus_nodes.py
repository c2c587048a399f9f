"""Node pairs of one corpus graph that are one thing: what the merge across documents leaves apart.

The corpus is the 715 eligible THUCNews rows (:func:`bench.relations_audit.eligible_rows`) and the web dev set's
texts (``/work/web/texts``, both halves: nodes are counted here, nothing is scored against gold), run as one corpus.
Three mechanical candidate lists of node pairs (same label, two ids):

* ``alias``: a node's name is a form another node's documents wrote joined to it (its ``aliases``): 民进党 of one
  document, 民主进步党 (alias 民进党) of another;
* ``known``: two names of one body in ``organisations_known.tsv`` (a form, a full name, a stock short name);
* ``script``: names equal once read through OpenCC's Taiwan phrases (``s2tw`` then ``tw2sp``: 纽西兰 and 新西兰).

Each pair is printed with its kind; judge a sample by hand. ``--results FILE`` keeps the per-document results (a
pickle) so that a second count, after a change to the assembly only, does not extract again (``--fresh`` redoes
them). ``--joins`` lists the nodes a merge across documents by alias made (``merged_because`` names it).

Run: ``PYTHONPATH=pipeline python bench/corpus_nodes.py [--results /tmp/corpus_results.pkl] [--pairs] [--joins]
[--sample N --seed S] [--only thucnews|web] [--bio ../shared/data/ner/cluener/train.bio --results OTHER.pkl]``. Session 43 (corpus180).
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import corpus_rows, refuse_output, shared_data, write_output  # noqa: E402
from bench.relations_audit import eligible_rows  # noqa: E402

WEB_TEXTS = Path("/work/web/texts")
#: What ``merged_because`` says of a node an alias merge across documents made.
JOINED = "joined by alias"


def documents(web: Path, bio: Path | None = None) -> list:
    """The corpus's documents: the eligible THUCNews rows, then the web texts (sorted by name); with ``bio``, the
    passages of that BIO file instead (a training split: ``cluener-N``), a corpus of many short news items."""
    from zhkg.records import Document

    if bio is not None:
        from zhkg.ner.bio import read_bio

        return [Document(f"cluener-{k + 1}", s.text, kind="text") for k, s in enumerate(read_bio(bio))]
    texts = corpus_rows(shared_data(None))
    docs = [Document(f"thucnews_1000-{r + 1}", texts[r], kind="text") for r in eligible_rows(len(texts))]
    docs += [Document(f"web-{p.stem}", p.read_text(encoding="utf-8"), kind="text") for p in sorted(web.glob("*.txt"))]
    return docs


def results(path: Path | None, web: Path, fresh: bool, bio: Path | None = None) -> list:
    """Every document's result, read back from ``path`` when it holds them."""
    if path is not None and path.is_file() and not fresh:
        with open(path, "rb") as f:
            return pickle.load(f)
    from zhkg.run.pipeline import Pipeline

    pipeline = Pipeline()
    docs = documents(web, bio)
    out = []
    for i in range(0, len(docs), 16):
        out.extend(pipeline.process_documents(docs[i:i + 16]))
        print(f"  {min(i + 16, len(docs))}/{len(docs)} documents", end="\r", file=sys.stderr)
    print(file=sys.stderr)
    if path is not None:
        write_output("--results", path, pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL))
    return out


def candidate_pairs(entities) -> dict[str, list[tuple[str, str]]]:
    """The three candidate lists (kind -> sorted pairs of node ids) among ``entities``."""
    import opencc

    from zhkg.records import Label
    from zhkg.resources.lexicon import load_lexicon
    from zhkg.stages.resolve import _known_openings

    lexicon = load_lexicon()
    known, full, opening = lexicon.known_organisations, lexicon.known_full_names, _known_openings(lexicon)
    named = [e for e in entities if e.label in (Label.PERSON, Label.ORGANIZATION, Label.PLACE)]
    by_name: dict[tuple, list] = {}
    for e in named:
        by_name.setdefault((e.label, e.name), []).append(e)
    pairs: dict[str, set[tuple[str, str]]] = {"alias": set(), "known": set(), "script": set()}
    for e in named:
        for form in e.aliases:
            for other in by_name.get((e.label, form), ()):
                if other.id != e.id:
                    pairs["alias"].add(tuple(sorted((e.id, other.id))))
    bodies: dict[str, list] = {}
    for e in named:
        if e.label is Label.ORGANIZATION and not e.code:
            body = known[e.name][2] if e.name in known else full.get(e.name) or opening.get(e.name)
            if body:
                bodies.setdefault(body, []).append(e)
    for group in bodies.values():
        pairs["known"].update(tuple(sorted((a.id, b.id))) for a in group for b in group if a.id < b.id)
    to_tw, to_cn = opencc.OpenCC("s2tw"), opencc.OpenCC("tw2sp")
    by_phrase: dict[tuple, list] = {}
    for e in named:
        by_phrase.setdefault((e.label, to_cn.convert(to_tw.convert(e.name))), []).append(e)
    for group in by_phrase.values():
        pairs["script"].update(tuple(sorted((a.id, b.id))) for a in group for b in group if a.id < b.id)
    return {kind: sorted(found) for kind, found in pairs.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--results", type=Path, default=None, help="a pickle of the per-document results, kept")
    parser.add_argument("--fresh", action="store_true", help="extract again even when --results holds them")
    parser.add_argument("--web", type=Path, default=WEB_TEXTS, help="the web texts' folder (default: %(default)s)")
    parser.add_argument("--pairs", action="store_true", help="print every candidate pair")
    parser.add_argument("--joins", action="store_true", help="print every node an alias merge across documents made")
    parser.add_argument("--sample", type=int, default=0, help="print this many of the joins, drawn with --seed")
    parser.add_argument("--seed", type=int, default=180)
    parser.add_argument("--bio", type=Path, default=None,
                        help="a BIO training split's passages as the corpus instead (CLUENER train: many short items)")
    parser.add_argument("--only", choices=("thucnews", "web"), default=None,
                        help="assemble one of the two corpora alone (the results of both are kept)")
    args = parser.parse_args()
    if not args.web.is_dir():
        sys.exit(f"Error: {args.web} not found; pass --web DIR")
    refuse_output("--results", args.results, [args.bio])
    from zhkg.run.assembly import assemble

    found = results(args.results, args.web, args.fresh, args.bio)
    if args.only:
        found = [r for r in found if r.document.id.startswith(args.only)]
    extraction = assemble(found).extraction
    ents = {e.id: e for e in extraction.entities}
    kinds = Counter(r.document.id.split("_")[0].split("-")[0] for r in found)
    print(f"{len(found)} documents ({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}), {len(ents)} entity nodes "
          + ", ".join(f"{lab}: {sum(1 for e in ents.values() if e.label.value == lab)}"
                      for lab in ("PERSON", "ORGANIZATION", "PLACE")))
    pairs = candidate_pairs(ents.values())
    every = sorted({p for found_pairs in pairs.values() for p in found_pairs})
    print(f"candidate pairs: {len(every)} (" + ", ".join(f"{k} {len(v)}" for k, v in pairs.items()) + ")")
    if args.pairs:
        for kind, found_pairs in pairs.items():
            for a, b in found_pairs:
                print(kind, a, b, ents[a].document_count, ents[b].document_count, sep="\t")
    joined = sorted((e for e in ents.values() if JOINED in e.merged_because), key=lambda e: e.id)
    print(f"nodes an alias merge across documents made: {len(joined)}")
    show = joined if args.joins else []
    if args.sample:
        show = random.Random(args.seed).sample(joined, min(args.sample, len(joined)))
    for e in show:
        print(e.id, "|".join(e.aliases), e.document_count, e.merged_because, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
