"""What the bench scripts that read the shared corpus share: the reserved rows, the corpus's texts, the shared
data folder (``--data``, or a skip when it is not there), the gold file's check and the judged samples.

Nothing here imports zhkg at import time: a script sets ``sys.path`` to the checkout it measures first.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

__all__ = ["GENERIC_MEMBER", "RESERVED", "add_audit_options", "add_data_option", "audit_inputs", "corpus_rows",
           "load_judged", "member_word", "require_gold", "require_judged", "shared_data"]

ROOT = Path(__file__).resolve().parents[1]
#: Rows of ``thucnews_1000.tsv`` (0-based) kept for held-out checks: never read, run or printed.
RESERVED = frozenset({148, 205, 224, 433, 503, 533, 565, 594, 899, 926,
                      166, 192, 273, 274, 287, 374, 579, 613, 884, 989})
#: The word a membership stated without a member word stands for (入选国家队, 加盟东莞队): ``roles_dev`` writes
#: such a membership ``成员`` and ``members_dev`` leaves its word empty; both scorers read an empty word as this.
GENERIC_MEMBER = "成员"


def member_word(kind: str, role: str) -> str:
    """The role a scorer compares for an edge of ``kind``: a MEMBER_OF edge with no member word is a plain
    membership (:data:`GENERIC_MEMBER`); any other edge keeps its role.

    >>> member_word("MEMBER_OF", ""), member_word("MEMBER_OF", "前锋"), member_word("HOLDS_ROLE", "")
    ('成员', '前锋', '')
    """
    return role or (GENERIC_MEMBER if kind == "MEMBER_OF" else "")


def add_data_option(parser: argparse.ArgumentParser) -> None:
    """``--data DIR``, the shared data folder (read by :func:`shared_data`)."""
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder (default: found beside ROOT)")


def shared_data(data: Path | None) -> Path:
    """``data``, or the shared data folder found beside this checkout; when there is none, says it is skipped and
    exits 0 (a bench run on a machine without the data is no failure)."""
    from zhkg.evaluate import find_data_dir

    data = data or find_data_dir(ROOT)
    if data is None or not data.is_dir():
        print("skipped: shared/data is not beside this checkout; pass --data DIR", file=sys.stderr)
        sys.exit(0)
    return data


def require_gold(path: Path) -> None:
    """Exit with one ``Error:`` line when the gold file ``path`` is not there."""
    if not path.is_file():
        sys.exit(f"Error: {path} not found; pass --gold FILE")


def corpus_rows(data: Path) -> list[str]:
    """The texts of thucnews_1000.tsv by 0-based row."""
    with open(data / "corpus" / "thucnews_1000.tsv", encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t", 1)[-1] for line in f]


def load_judged(path: Path) -> list[dict]:
    """The judgements of an audit, one JSON object a line; none when the file is not there yet."""
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def add_audit_options(parser: argparse.ArgumentParser, judged: Path, seed: int, sample: str) -> None:
    """An audit's options (``bench/counts_audit.py``, ``bench/relations_audit.py``): ``--judged``, ``--data``,
    ``--seed`` and ``--sample`` of a draw, ``--errors`` of a sample; each audit adds its own ``--draw``."""
    parser.add_argument("--judged", type=Path, default=judged, help="judgements, JSON lines (default: %(default)s)")
    add_data_option(parser)
    parser.add_argument("--seed", type=int, default=seed, help="the draw's random seed (default: %(default)s)")
    parser.add_argument("--sample", default=sample, help="the name a draw's stubs carry (default: %(default)s)")
    parser.add_argument("--errors", metavar="SAMPLE", default=None,
                        help="also list what is wrong in this sample (only a sample already worked on, never the "
                             "fresh one)")


def audit_inputs(args: argparse.Namespace) -> tuple[list[str], list[dict]]:
    """The corpus's texts and the judgements an audit's options name (:func:`add_audit_options`)."""
    return corpus_rows(shared_data(args.data)), load_judged(args.judged)


def require_judged(judged: list[dict], path: Path) -> list[dict]:
    """``judged``; when it is empty, says so and exits 1 (nothing to score)."""
    if not judged:
        print(f"no judgements in {path}", file=sys.stderr)
        sys.exit(1)
    return judged
