"""Write the web dev set's tune articles as character BIO sentences for the recogniser (issue 15, learners 190, 197, 204).

The articles are those of ``tests/gold/entities_web_*.jsonl`` whose ``half`` is ``tune`` and whose id has no round
number (``tw-01``, not ``hk-181-01``), plus, with ``--rounds``, the tune articles those growing rounds added
(``--rounds 192 194``: ``cn-192-01``, ``intl-194-09`` …). The rounds 181–183's articles are the judge set of
``bench/model190_decision.md`` and ``bench/model197_decision.md`` and are never written (asking for them is an error);
``--judge-rounds`` names another judge set instead (``bench/model221_decision.md``: rounds 209–219, the articles grown in
sessions 48 and 49, while 181–183 may then be trained on). ``--half tune`` (crf253) writes every tune article, original
or grown by any round, and keeps no judge set back: the web set's check half is then the judge (scored as totals).
Texts are read from ``--texts`` (default ``/work/web/texts``) and checked against the gold's ``sha256``, an article
whose text is missing or changed being left out (one line). Each article is marked by
:func:`zhkg.ner.gold_marks.mark_article` (every occurrence of every gold name and alias, longest first; a sentence
with an occurrence that cannot be placed cleanly is dropped). With ``--person-guard`` a sentence is also dropped when
the shipped recogniser alone tags a PER span there that touches no marked gold name or alias (a byline, a person the
annotator did not list: trained as ``O`` it would teach the model to miss persons); with ``--place-guard`` when it
tags a LOC span of two characters or more touching no gold mark (太平洋, 亚洲: places the gold does not list, learner204;
the person guard's drops are counted first). With ``--harmonise`` a government
the gold lists as one organisation (日本政府, 新竹县政府) is marked as MSRA and Universal NER mark it, the place ``LOC`` and
政府 ``O`` (:func:`zhkg.ner.gold_marks.split_governments`; ``bench/uner202_findings.md``). The sentences are written
``--copies`` times, in gold-file order, to ``--output``, which must lie outside this repository (the texts are
third-party and never committed). The counts go to stderr (articles, sentences, names marked per label, and each gold
name none of whose forms occurs in its article's text). Deterministic.

Run: ``PYTHONPATH=pipeline python bench/web_bio.py --output /tmp/web_tune.bio [--copies N] [--part even|odd]
[--half tune | --rounds N ... [--judge-rounds N ...]] [--person-guard] [--place-guard] [--harmonise]
[--generic-guard] [--run-guard] [--texts DIR]``.

With ``--generic-guard`` a sentence is also dropped when it holds an ORG mark that is a generic body, no name (市府,
医学院, 地产公司, 日本杂志), and with ``--run-guard`` when a PER mark runs on past the end of the shipped recogniser's
person into letters it reads as the next word's (张炎有|透露 read 张炎), which teaches names running into verbs
(姆巴佩梅开二度): crf261, :mod:`bench.web_bio_guards`; the drops are counted per reason.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # this checkout, not an installed copy
sys.path.insert(0, str(ROOT))

from bench.common import refuse_output, write_output  # noqa: E402
from bench.entities_web import GOLD_FILES, TEXTS, text_of  # noqa: E402
from zhkg.ner.bio import Sentence, Span  # noqa: E402
from zhkg.ner.gold_marks import mark_article  # noqa: E402

#: An id that a growing round added (``hk-181-01``): its region, the round, its number.
_ROUND_ID = re.compile(r"^[a-z]+-(\d+)-\d+$")
PARTS = ("all", "even", "odd")
#: The rounds whose grown tune articles are the judge set of the model190 and model197 decisions: never written.
JUDGE_ROUNDS = frozenset({"181", "182", "183"})


def is_original_tune(record: dict) -> bool:
    """Whether a gold record is one of the original tune articles (tune half, no round number in its id).

    >>> [is_original_tune({"id": i, "half": h}) for i, h in (("tw-01", "tune"), ("tw-02", "check"), ("hk-181-01", "tune"))]
    [True, False, False]
    """
    return is_training_tune(record, frozenset())


def is_training_tune(record: dict, rounds: frozenset[str], judged: frozenset[str] = JUDGE_ROUNDS) -> bool:
    """Whether a gold record is written: a tune article, original or grown by one of ``rounds`` (never one of the
    ``judged`` rounds', the judge set's).

    >>> [is_training_tune({"id": i, "half": "tune"}, frozenset({"192"})) for i in ("cn-01", "cn-192-01", "cn-194-01")]
    [True, True, False]
    >>> is_training_tune({"id": "hk-181-01", "half": "tune"}, frozenset({"181"}))
    False
    >>> [is_training_tune({"id": i, "half": "tune"}, frozenset({"181", "209"}), frozenset({"209"}))
    ...  for i in ("hk-181-01", "tw-209-01")]
    [True, False]
    """
    if record.get("half") != "tune":
        return False
    grown = _ROUND_ID.match(str(record.get("id", "")))
    return grown is None or (grown.group(1) in rounds and grown.group(1) not in judged)


def original_tune_texts(golds: list[Path], texts: Path, problems: list[str], rounds: frozenset[str] = frozenset(),
                        judged: frozenset[str] = JUDGE_ROUNDS) -> Iterator[tuple[dict, str]]:
    """Each tune record of ``golds`` to be written (:func:`is_training_tune`) with its checked text; a missing or
    changed text goes to ``problems``."""
    for path in golds:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                record = json.loads(line)
                if not is_training_tune(record, rounds, judged):
                    continue
                text, problem = text_of(record, texts)
                if text is None:
                    problems.append(problem)
                else:
                    yield record, text


def every_tune_text(golds: list[Path], texts: Path, problems: list[str]) -> Iterator[tuple[dict, str]]:
    """Each record of ``golds`` in the tune half, original or grown by any round (``--half tune``: the check half is
    the judge and no judge set is kept back), with its checked text; a missing or changed text goes to ``problems``."""
    every = frozenset(m.group(1) for path in golds for line in open(path, encoding="utf-8") if line.strip()
                      for m in [_ROUND_ID.match(str(json.loads(line).get("id", "")))] if m)
    return original_tune_texts(golds, texts, problems, every, frozenset())


def unfound_names(text: str, entities: Iterable[dict]) -> list[str]:
    """The gold names (PERSON, ORGANIZATION, PLACE) of an article none of whose forms, name or alias, occurs in its
    text, both in the processing form (t2s, half-width): a name written otherwise in the article, never trained on.

    >>> unfound_names("默茨訪問德國。", [{"type": "PERSON", "name": "默茨"}, {"type": "PLACE", "name": "法国"},
    ...     {"type": "PLACE", "name": "德意志", "aliases": ["德国"]}, {"type": "COUNT", "name": "三"}])
    ['法国']
    """
    from zhkg.ner.gold_marks import LABELS, _processing

    body = _processing(text)
    return [str(e.get("name", "")) for e in entities if e.get("type") in LABELS
            and not any(_processing(str(n)) in body for n in (e.get("name", ""), *(e.get("aliases") or ())) if n)]


def label_counts(sentences: Iterable[Sentence]) -> dict[str, int]:
    """How many marked spans of each label ``sentences`` hold (PER, ORG, LOC order).

    >>> label_counts([Sentence("张三到北京", ("B-PER", "I-PER", "O", "B-LOC", "I-LOC"))])
    {'PER': 1, 'ORG': 0, 'LOC': 1}
    """
    counts = {"PER": 0, "ORG": 0, "LOC": 0}
    for sentence in sentences:
        for _, _, label in sentence.spans:
            counts[label] = counts.get(label, 0) + 1
    return counts


def in_part(index: int, part: str) -> bool:
    """Whether the article at 0-based ``index`` belongs to ``part`` (``all``, ``even`` or ``odd``).

    >>> [i for i in range(5) if in_part(i, "even")], [i for i in range(5) if in_part(i, "odd")]
    ([0, 2, 4], [1, 3])
    """
    return part == "all" or index % 2 == (part == "odd")


def covered(span: Span, marked: Sequence[Span]) -> bool:
    """Whether ``span`` shares a character with one of the ``marked`` (gold) spans, whatever their label: the model's
    person is then a gold name, its boundary aside (习近平与川普 over 习近平 and 川普 is the model's error to unlearn,
    not a person the gold left out).

    >>> covered((7, 9, "PER"), [(0, 4, "ORG"), (7, 9, "PER")]), covered((5, 8, "PER"), [(7, 9, "PER")])
    (True, True)
    >>> covered((4, 7, "PER"), [(0, 4, "ORG"), (7, 9, "PER")])  # between two gold names: all of it O
    False
    """
    start, end, _ = span
    return any(a < end and start < b for a, b, _ in marked)


def unlisted_spans(sentences: Sequence[Sentence], tag: Callable[[list[str]], Iterable[Sequence[Span]]],
                   label: str, min_length: int = 1) -> list[list[Span]]:
    """For each sentence, the ``label`` spans of ``min_length`` characters or more that ``tag`` (the recogniser, all
    sentences at once) finds touching no gold mark.

    >>> fake = lambda texts: [[(0, 2, "PER"), (2, 3, "LOC"), (4, 6, "LOC")] for _ in texts]
    >>> unlisted_spans([Sentence("王五说北京。", ("O",) * 6)], fake, "LOC", 2)
    [[(4, 6, 'LOC')]]
    """
    tagged = tag([sentence.text for sentence in sentences])
    return [[span for span in spans
             if span[2] == label and span[1] - span[0] >= min_length and not covered(span, sentence.spans)]
            for sentence, spans in zip(sentences, tagged)]


def unlisted_persons(sentences: Sequence[Sentence],
                     tag: Callable[[list[str]], Iterable[Sequence[Span]]]) -> list[list[Span]]:
    """For each sentence, the PER spans ``tag`` (the recogniser, all sentences at once) finds that touch no gold mark.

    >>> fake = lambda texts: [[(0, 2, "PER"), (4, 6, "LOC")] for _ in texts]
    >>> unlisted_persons([Sentence("王五说北京。", ("O",) * 6), Sentence("王五说北京。", ("B-PER", "I-PER") + ("O",) * 4)], fake)
    [[(0, 2, 'PER')], []]
    """
    return unlisted_spans(sentences, tag, "PER")


#: The place guard's shortest span: a one-character abbreviation (中, 港) is left alone (uner202_findings.md).
PLACE_GUARD_LENGTH = 2


def guarded(sentences: list[Sentence], tag: Callable[[list[str]], Iterable[Sequence[Span]]], *, persons: bool,
            places: bool) -> tuple[list[Sentence], int, int]:
    """``sentences`` less those where ``tag`` finds a person (``persons``) or a place of two characters or more
    (``places``) touching no gold mark, with how many the person guard dropped and how many more the place guard did.

    >>> fake = lambda texts: [[(0, 2, "PER")], [(3, 6, "LOC")], [(3, 4, "LOC")]]
    >>> s = [Sentence("王五说北京。", ("O",) * 6), Sentence("他去太平洋。", ("O",) * 6), Sentence("他在港。", ("O",) * 4)]
    >>> kept, p, q = guarded(s, fake, persons=True, places=True)
    >>> [x.text for x in kept], p, q
    (['他在港。'], 1, 1)
    """
    tagged = [list(spans) for spans in tag([sentence.text for sentence in sentences])]

    def again(texts: list[str]) -> list[list[Span]]:  # the recogniser runs once for both guards
        return tagged

    person = unlisted_persons(sentences, again) if persons else [[] for _ in sentences]
    place = unlisted_spans(sentences, again, "LOC", PLACE_GUARD_LENGTH) if places else [[] for _ in sentences]
    kept = [s for s, p, q in zip(sentences, person, place) if not p and not q]
    by_person = sum(1 for p in person if p)
    return kept, by_person, len(sentences) - len(kept) - by_person


def cleaned(sentences: list[Sentence], tag: Callable[[list[str]], Iterable[Sequence[Span]]] | None, *,
            generic: bool, runs: bool) -> tuple[list[Sentence], dict[str, int]]:
    """``sentences`` less those holding a generic body's ORG mark (``generic``: :func:`bench.web_bio_guards.generic_marks`)
    or a PER mark running past the recogniser's person (``tag``; ``runs``: :func:`bench.web_bio_guards.run_ons`), with how many
    each reason dropped (a sentence counted once, under its first reason; the generic guard first).

    >>> fake = lambda texts: [[(0, 1, "PER")], [(0, 1, "PER")], [(0, 2, "PER")]]
    >>> s = [Sentence("市府说", ("B-ORG", "I-ORG", "O")), Sentence("王五说了", ("B-PER", "I-PER", "O", "O")),
    ...      Sentence("王五。", ("B-PER", "I-PER", "O"))]
    >>> kept, why = cleaned(s, fake, generic=True, runs=True)
    >>> [x.text for x in kept], why
    (['王五。'], {'generic: level word': 1, 'run-on': 1})
    """
    from bench.web_bio_guards import generic_marks, run_ons

    tagged = [list(spans) for spans in tag([s.text for s in sentences])] if runs and tag else [[] for _ in sentences]
    kept: list[Sentence] = []
    why: dict[str, int] = {}
    for sentence, spans in zip(sentences, tagged):
        reason = ""
        if generic and (marks := generic_marks(sentence)):
            reason = f"generic: {marks[0][1]}"
        elif runs and run_ons(sentence, spans):
            reason = "run-on"
        if reason:
            why[reason] = why.get(reason, 0) + 1
        else:
            kept.append(sentence)
    return kept, why


def bio_lines(sentences: list[Sentence]) -> Iterator[str]:
    """The BIO file lines of ``sentences``: ``char<TAB>tag``, a blank line after each sentence.

    >>> list(bio_lines([Sentence("张三", ("B-PER", "I-PER"))]))
    ['张\\tB-PER', '三\\tI-PER', '']
    """
    for sentence in sentences:
        yield from (f"{char}\t{tag}" for char, tag in zip(sentence.text, sentence.tags))
        yield ""


def argv_names(argv: list[str] | None, option: str) -> bool:
    """Whether ``option`` was given on the command line (``argv``, or sys.argv when None)."""
    return option in (sys.argv[1:] if argv is None else argv)


def inside_repository(path: Path) -> bool:
    """Whether ``path`` would be written inside this checkout (where third-party text must never go)."""
    return path.resolve().is_relative_to(ROOT.resolve())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, required=True, help="the BIO file to write (outside the repository)")
    parser.add_argument("--copies", type=int, default=1, help="how many times the sentences are written (default 1)")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="the folder of <id>.txt texts (default: %(default)s)")
    parser.add_argument("--gold", type=Path, nargs="+", default=list(GOLD_FILES), help="the web gold files")
    parser.add_argument("--rounds", nargs="+", default=[], metavar="N",
                        help="also write the tune articles these growing rounds added (ids <region>-N-<nn>); the "
                        "judge set's rounds (--judge-rounds) are refused")
    parser.add_argument("--judge-rounds", nargs="+", default=sorted(JUDGE_ROUNDS), metavar="N",
                        help="the growing rounds whose tune articles are the judge set, never written (default: "
                        f"{' '.join(sorted(JUDGE_ROUNDS))})")
    parser.add_argument("--half", choices=("tune",), default=None,
                        help="write every article of this half, original or grown by any round, and keep no judge set "
                        "back (only tune: the check half is the judge; refused with --rounds or --judge-rounds)")
    parser.add_argument("--person-guard", action="store_true",
                        help="drop a sentence where the shipped recogniser tags a person touching no gold name or alias")
    parser.add_argument("--place-guard", action="store_true",
                        help="drop a sentence where the shipped recogniser tags a place of 2+ characters touching no "
                        "gold mark (an ocean, a region the gold does not list)")
    parser.add_argument("--harmonise", action="store_true",
                        help="mark a government listed as one organisation (日本政府) as MSRA does: the place LOC, 政府 O")
    parser.add_argument("--generic-guard", action="store_true",
                        help="drop a sentence holding an ORG mark that is a generic body, no name (市府, 医学院, 地产公司, "
                        "日本杂志: bench/web_bio_guards.py)")
    parser.add_argument("--run-guard", action="store_true",
                        help="drop a sentence where a PER mark runs on past the end of the shipped recogniser's person "
                        "into letters it reads as the next word's (张炎有|透露 read 张炎): such marks teach names "
                        "running into verbs (姆巴佩梅开二度)")
    parser.add_argument("--part", choices=PARTS, default="all",
                        help="the articles written: all, or every other one in gold-file order (even: the 1st, 3rd…; "
                        "odd: the 2nd, 4th…), for a screen that trains on one part and scores the other")
    args = parser.parse_args(argv)
    if args.copies < 1:
        print(f"error: --copies must be at least 1, got {args.copies}", file=sys.stderr)
        return 2
    judge = frozenset(args.judge_rounds)
    judged = sorted(set(args.rounds) & judge)
    if judged:
        print(f"error: round {', '.join(judged)} is the judge set's and never written", file=sys.stderr)
        return 2
    if args.half and (args.rounds or argv_names(argv, "--judge-rounds")):
        print("error: --half writes every tune article; give it without --rounds or --judge-rounds", file=sys.stderr)
        return 2
    if inside_repository(args.output):
        print(f"error: {args.output} is inside the repository; the web texts are third-party and never written there",
              file=sys.stderr)
        return 2
    if not args.texts.is_dir():
        print(f"error: no texts folder {args.texts}", file=sys.stderr)
        return 2
    missing = [str(path) for path in (*args.gold, args.output.parent) if not path.exists()]
    if missing:
        print(f"error: not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    refuse_output("--output", args.output, [*args.gold, args.texts])
    problems: list[str] = []
    sentences: list[Sentence] = []
    articles = dropped = harmonised = 0
    unfound: list[str] = []
    rounds = frozenset(args.rounds)
    chosen = (every_tune_text(args.gold, args.texts, problems) if args.half
              else original_tune_texts(args.gold, args.texts, problems, rounds, judge))
    for index, (record, text) in enumerate(chosen):
        if not in_part(index, args.part):
            continue
        unfound += [f"{record['id']}: {name}" for name in unfound_names(text, record.get("entities", []))]
        marked = mark_article(text, record.get("entities", []), harmonise=args.harmonise)
        sentences.extend(marked.sentences)
        dropped += marked.dropped
        harmonised += marked.harmonised
        articles += 1
    said = ""
    if args.person_guard or args.place_guard:
        from zhkg.ner.model import load_model

        sentences, by_person, by_place = guarded(sentences, load_model().tag_spans_many,
                                                 persons=args.person_guard, places=args.place_guard)
        said = (f", {by_person} more by the person guard" if args.person_guard else "") + (
            f", {by_place} more by the place guard" if args.place_guard else "")
    if args.generic_guard or args.run_guard:
        from zhkg.ner.model import load_model

        sentences, why = cleaned(sentences, load_model().tag_spans_many if args.run_guard else None,
                                 generic=args.generic_guard, runs=args.run_guard)
        for reason, n in sorted(why.items()):
            print(f"dropped by the {reason.split(':')[0]} guard ({reason}): {n}", file=sys.stderr)
        said += f", {sum(why.values())} more by the generic and run guards"
    for problem in problems:
        print(problem, file=sys.stderr)
    for line in unfound:
        print(f"never in its text: {line}", file=sys.stderr)
    lines = "\n".join(bio_lines(sentences * args.copies)) + "\n"
    write_output("--output", args.output, lines)
    spans = sum(len(s.spans) for s in sentences)
    by_label = ", ".join(f"{label} {n}" for label, n in label_counts(sentences).items())
    split = f", {harmonised} government marks split (counted before the guard)" if args.harmonise else ""
    print(f"{articles} articles ({len(problems)} left out), {len(sentences)} sentences kept ({spans} names), "
          f"{dropped} dropped{said}{split}; written {args.copies}x to {args.output}", file=sys.stderr)
    print(f"names marked: {by_label}; {len(unfound)} gold names never in their text", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
