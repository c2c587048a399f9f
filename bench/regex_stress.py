"""Every module-level regular expression of ``zhkg`` timed on hostile input: does any backtrack exponentially?

The harness imports every module under ``zhkg`` (``pkgutil.walk_packages``) and collects each compiled
``re.Pattern`` held as a module attribute, or inside a module-level dict, list, tuple or set (one level deep),
once per pattern object. For each pattern it reads the parsed tree (``re._parser``) and, for each repeated part
(``*``, ``+``, ``{m,n}`` with n > 1), builds units from the part's own literal pieces: the sample of each
alternative of a group, the alternatives that are themselves a concatenation of other alternatives (the shape that
gives a repeat two ways to read the same text, e.g. 正式友好 beside 正式 and 友好), characters of its classes, and
pairs of these. A probe is ``prefix + unit × n + suffix`` for n = 10, 20, 40, 80, where the prefix is a sample of
what the pattern needs before the repeated part and the suffix is empty, ``\\x00`` or ``。``; each probe is timed
under ``search``, ``match`` and ``finditer``, each call capped at 2 s by ``SIGALRM`` (Python 3.11's regex engine
checks for signals, so the harness itself never hangs). A pattern is flagged when one call takes more than 0.5 s or
hits the cap, or when n = 40 takes more than 20 × n = 20 (and more than 10 ms). Only module-level patterns are
seen: patterns compiled inside functions (e.g. from the user lexicon) are not.

Run (from the repository root)::

    PYTHONPATH=pipeline nice -n 5 python3 bench/regex_stress.py [--module zhkg.relate] [--verbose]

It prints each flagged pattern with its worst probe and exits 1 when any is flagged.

Session 20 (redos20): 583 patterns, about 20 s. Before the session's fixes it flagged eight (besides three timer
flukes, since filtered by timing again): ``extract.combine:_BODY_LIST`` (80 × 和: over 2 s), ``relate.counts:_SUBJECTLESS``
(20 × 仅仅: over 2 s), ``relate.pairs:_MATCH_BETWEEN`` (20 × 将在: 1.5 s), and in ``relate.meetings`` ``_SUBJECT_VERB``,
``_SUBJECT_WITH``, ``_VISIT_BEFORE``, ``_VISIT_VERB`` (20 × 今天在的的: over 2 s) and ``_WITH_VERB`` (20 × 就的问题:
0.9 s). All but the last are fixed (``tests/test_redos20.py``). ``_WITH_VERB`` is still flagged: one 就…问题 may run
over the next (就的问题就的问题…), but the pattern is only ever run on the 48 letters after a name (1.5 ms at worst).
Not found by the units built here but bounded the same way: ``meetings._TIME`` reads 1月1日 as one time or two.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import signal
import sys
import time
from re import _constants as C  # noqa: N812
from re import _parser

CAP = 2  # seconds a single call may run
SLOW = 0.5  # seconds: a single call slower than this is flagged
GROWTH = 20.0  # n = 40 against n = 20
FLOOR = 0.01  # seconds: below this n = 40 is not judged on growth (timer noise)
SIZES = (10, 20, 40, 80)
SUFFIXES = ("", "\x00", "。")
MAX_UNITS = 24  # units per repeated part
MAX_PROBES = 60  # (prefix, unit) pairs per pattern
FILLER = "的"  # a letter for ``.`` and negated classes


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout


# -- collecting the patterns ---------------------------------------------------------------------------------------

def collect(prefix: str = "zhkg") -> list[tuple[str, re.Pattern]]:
    """``(module:name, pattern)`` for each module-level pattern of the modules under ``prefix``, each object once."""
    import zhkg

    names = ["zhkg"] + [m.name for m in pkgutil.walk_packages(zhkg.__path__, "zhkg.")]
    seen: set[int] = set()
    found = []
    for name in sorted(names):
        if not name.startswith(prefix):
            continue
        try:
            module = importlib.import_module(name)
        except Exception as e:  # a module that needs an optional dependency
            print(f"skip {name}: {type(e).__name__}: {e}", file=sys.stderr)
            continue
        for attr, value in sorted(vars(module).items()):
            items: list[tuple[str, object]] = [(attr, value)]
            if isinstance(value, dict):
                items = [(f"{attr}[{k!r}]", v) for k, v in value.items()]
            elif isinstance(value, (list, tuple, set, frozenset)) and not isinstance(value, str):
                items = [(f"{attr}[{i}]", v) for i, v in enumerate(value)]
            for label, v in items:
                if isinstance(v, re.Pattern) and id(v) not in seen and isinstance(v.pattern, str):
                    seen.add(id(v))
                    found.append((f"{name}:{label}", v))
    return found


# -- units from the parsed tree ------------------------------------------------------------------------------------

_CATEGORY = {C.CATEGORY_DIGIT: "1", C.CATEGORY_WORD: "字", C.CATEGORY_SPACE: " ", C.CATEGORY_NOT_DIGIT: "字",
             C.CATEGORY_NOT_WORD: "，", C.CATEGORY_NOT_SPACE: "字"}


def _class_chars(items) -> list[str]:
    """A few letters the class ``items`` holds (for a negated class, a letter it is unlikely to exclude)."""
    if items and items[0][0] is C.NEGATE:
        excluded = {chr(a) for op, a in items if op is C.LITERAL}
        return [c for c in (FILLER, "是", "a", "1") if c not in excluded][:1]
    out = []
    for op, a in items:
        if op is C.LITERAL:
            out.append(chr(a))
        elif op is C.RANGE:
            out.extend({chr(a[0]), chr(a[1]), chr((a[0] + a[1]) // 2)})
        elif op is C.CATEGORY:
            out.append(_CATEGORY.get(a, "字"))
    return out


def sample(seq) -> str:
    """A short string the parsed ``seq`` matches (lookarounds and anchors ignored)."""
    out = []
    for op, av in seq:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op is C.NOT_LITERAL:
            out.append(FILLER if chr(av) != FILLER else "是")
        elif op is C.ANY:
            out.append(FILLER)
        elif op is C.IN:
            out.append((_class_chars(av) or [FILLER])[0])
        elif op is C.BRANCH:
            out.append(sample(av[1][0]))
        elif op is C.SUBPATTERN:
            out.append(sample(av[3]))
        elif op is C.ATOMIC_GROUP:
            out.append(sample(av))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            out.append(sample(av[2]) * max(av[0], 1))
        elif op is C.GROUPREF_EXISTS:
            out.append(sample(av[1]))
    return "".join(out)


def _pieces(seq, out: list[str]) -> None:
    """Every literal piece under ``seq``: each alternative's sample, runs of literals, characters of classes."""
    run = []
    for op, av in seq:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            out.append("".join(run))
            run = []
        if op is C.IN:
            out.extend(_class_chars(av))
        elif op is C.NOT_LITERAL or op is C.ANY:
            out.append(FILLER)
        elif op is C.BRANCH:
            alternatives = [sample(a) for a in av[1]]
            out.extend(_ambiguous(alternatives))
            out.extend(alternatives)
            for a in av[1]:
                _pieces(a, out)
        elif op is C.SUBPATTERN:
            _pieces(av[3], out)
        elif op is C.ATOMIC_GROUP:
            _pieces(av, out)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _pieces(av[2], out)
    if run:
        out.append("".join(run))


def _ambiguous(words: list[str]) -> list[str]:
    """The words that are a concatenation of two or more others (read two ways under a repeat)."""
    vocabulary = set(words)
    found = []
    for w in words:
        ways = [0] * (len(w) + 1)  # ways[i]: pieces in a split of w[:i] (0: none found)
        for i in range(1, len(w) + 1):
            for j in range(i):
                if (j == 0 or ways[j]) and w[j:i] in vocabulary and (j, i) != (0, len(w)):
                    ways[i] = max(ways[i], ways[j] + 1)
        if ways[len(w)] >= 2:
            found.append(w)
    return found


def _units(body) -> list[str]:
    pieces: list[str] = []
    _pieces(body, pieces)
    pieces = [p for p in dict.fromkeys([sample(body)] + pieces) if p]
    head = pieces[:MAX_UNITS // 2]
    pairs = [a + b for a in head[:4] for b in head[:4] if a != b]
    return list(dict.fromkeys(head + pairs + pieces[MAX_UNITS // 2:]))[:MAX_UNITS]


def repeated_parts(seq, before: str = ""):
    """``(prefix, units)`` for each repeated part under ``seq``: the sample of what comes before it, its units."""
    for i, (op, av) in enumerate(seq):
        here = before + sample(seq[:i])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if av[1] > 1:
                yield here, _units(av[2])
            yield from repeated_parts(av[2], here)
        elif op is C.SUBPATTERN:
            yield from repeated_parts(av[3], here)
        elif op is C.ATOMIC_GROUP:
            yield from repeated_parts(av, here)
        elif op is C.BRANCH:
            for a in av[1]:
                yield from repeated_parts(a, here)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            yield from repeated_parts(av[1], here)


def probes(pattern: re.Pattern) -> list[tuple[str, str]]:
    """``(prefix, unit)`` pairs to repeat, at most ``MAX_PROBES``."""
    tree = _parser.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    found = []
    for prefix, units in repeated_parts(list(tree)):
        found.extend((prefix, u) for u in units)
        found.extend(("", u) for u in units[:4] if prefix)
    return list(dict.fromkeys(found))[:MAX_PROBES]


# -- timing --------------------------------------------------------------------------------------------------------

def timed(call, pattern: re.Pattern, text: str) -> float:
    """Seconds ``call(pattern, text)`` took; ``CAP`` when it was stopped at the cap."""
    signal.setitimer(signal.ITIMER_REAL, CAP)
    start = time.perf_counter()
    try:
        call(pattern, text)
    except Timeout:
        return float(CAP)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - start


OPS = {"search": lambda p, s: p.search(s), "match": lambda p, s: p.match(s),
       "finditer": lambda p, s: list(p.finditer(s))}


def stress(pattern: re.Pattern) -> tuple[float, str] | None:
    """The worst ``(seconds, description)`` of a flagged pattern, or ``None``."""
    worst = None
    for prefix, unit in probes(pattern):
        for suffix in SUFFIXES:
            for op, call in OPS.items():
                times = {}
                for n in SIZES:
                    text = prefix + unit * n + suffix
                    times[n] = timed(call, pattern, text)
                    if times[n] >= SLOW:
                        break
                slow = max(times.values())
                grew = times.get(40, 0) > FLOOR and times[40] > GROWTH * times[20]
                if grew and slow < SLOW:  # timed again, the best of three: a pause of the machine is no growth
                    for n in (20, 40):
                        text = prefix + unit * n + suffix
                        times[n] = min([times[n]] + [timed(call, pattern, text) for _ in range(2)])
                    grew = times[40] > FLOOR and times[40] > GROWTH * times[20]
                if slow >= SLOW or grew:
                    cost = slow if slow >= SLOW else times[40]
                    what = (f"{op}({prefix!r} + {unit!r} × n + {suffix!r}): "
                            + ", ".join(f"n={n} {t:.4f}s" for n, t in times.items()))
                    if worst is None or cost > worst[0]:
                        worst = (cost, what)
                    if cost >= SLOW:
                        return worst  # shown; the other probes would only spend the cap again
                    break  # one op is enough to show it; go on to the next suffix
    return worst


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--module", default="zhkg", help="only modules whose name starts with this")
    parser.add_argument("--verbose", action="store_true", help="print each pattern as it is probed")
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    patterns = collect(args.module)
    flagged = 0
    start = time.perf_counter()
    for name, pattern in patterns:
        if args.verbose:
            print(f"  {name} ({len(probes(pattern))} probes)", file=sys.stderr)
        worst = stress(pattern)
        if worst:
            flagged += 1
            print(f"FLAGGED {name}: {worst[1]}", flush=True)
    print(f"{len(patterns)} patterns probed in {time.perf_counter() - start:.0f}s; {flagged} flagged")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
