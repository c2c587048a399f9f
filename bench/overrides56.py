"""Names the rules add or break where the recogniser was right, on a studied half: round overrides56.

Usage, from the repository root (``PYTHONPATH=pipeline``)::

    python3 bench/overrides56.py --half tune51          # tune51's added names, grouped by extractor
    python3 bench/overrides56.py --half tune49 --lines 0  # tune49's, the counts only

Only the studied halves (``tune51`` of :mod:`bench.overrides51`, ``tune49`` of :mod:`bench.foreign49`) are listed;
their check halves are scored by those scripts and never read.

An **added** name is a span of the whole extraction (label included) that is not in the gold and that the bare
model did not read either, where the model was right: either no gold name overlaps it and no model span does
(``spurious``: the rules invented a name), or every gold name it overlaps is one the model found exactly (``cut``
when it lies inside such a name, ``longer`` when it holds one, ``retyped`` on the same letters, ``crossing``
otherwise). Each is counted by its label, kind and the extractor :mod:`zhkg.extract.combine` recorded for it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.overrides51

from bench import foreign49, overrides51  # noqa: E402
from zhkg.ner.bio import Span  # noqa: E402

STUDIED = {"tune51": overrides51.load_pool, "tune49": foreign49.load_pool}


def added_kind(span: Span, gold: Sequence[Span], bare: Sequence[Span]) -> str | None:
    """How a span of the whole extraction adds a name where the model was right (see the module's text), or
    ``None`` when it is right, the model read it too, or the model missed a gold name there.

    >>> gold, bare = [(0, 3, "PER")], [(0, 3, "PER")]
    >>> [added_kind(s, gold, bare) for s in [(0, 3, "PER"), (1, 3, "PER"), (0, 3, "ORG"), (5, 7, "LOC")]]
    [None, 'cut', 'retyped', 'spurious']
    >>> added_kind((5, 7, "LOC"), [], [(5, 8, "LOC")]) is None    # the model read a name there too
    True
    """
    if span in gold or span in bare:
        return None
    over = [g for g in gold if g[0] < span[1] and span[0] < g[1]]
    if not over:
        return None if any(b[0] < span[1] and span[0] < b[1] for b in bare) else "spurious"
    if not all(g in bare for g in over):
        return None
    if len(over) == 1 and (over[0][0], over[0][1]) == (span[0], span[1]):
        return "retyped"
    if all(g[0] <= span[0] and span[1] <= g[1] for g in over):
        return "cut"
    if all(span[0] <= g[0] and g[1] <= span[1] for g in over):
        return "longer"
    return "crossing"


def added_lines(items: Sequence, predictions: dict[str, list[list[Span]]],
                sources: Sequence[dict[Span, str]]) -> tuple[list[str], Counter[str]]:
    """Each added name with its kind, extractor and sentence, and a count by label, kind and extractor."""
    lines: list[str] = []
    groups: Counter[str] = Counter()
    for item, whole, bare, source in zip(items, predictions["zhkg"], predictions["crf"], sources):
        text, gold = item.sentence.text, item.sentence.spans
        for span in sorted(whole):
            kind = added_kind(span, gold, bare)
            if kind is None:
                continue
            group = f"{span[2]} {kind} by {source.get(span, '?')}"
            groups[group] += 1
            near = [f"{g[2]} {text[g[0]:g[1]]}" for g in gold if g[0] < span[1] and span[0] < g[1]]
            lines.append(f"{group} | {text[span[0]:span[1]]} | gold: {', '.join(near) or '-'} "
                         f"[{item.corpus}:{item.index}] {text}")
    return sorted(lines), groups


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=sorted(STUDIED), default="tune51")
    parser.add_argument("--lines", type=int, default=-1, help="how many added names to list (default all)")
    args = parser.parse_args(argv)
    items = [p for p in STUDIED[args.half]() if p.half == args.half]
    predictions, sources = overrides51.predict(items, "written")
    lines, groups = added_lines(items, predictions, sources)
    print(f"{args.half}: {len(items)} sentences, {sum(groups.values())} added names")
    print("\n".join(f"  {n:>4} {g}" for g, n in groups.most_common()))
    print("\n".join(lines if args.lines < 0 else lines[:args.lines]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
