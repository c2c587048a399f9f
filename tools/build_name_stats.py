"""Derive the person-name character table ``pipeline/zhkg/resources/data/name_chars.tsv``.

Reads a character-BIO corpus (default: ``../shared/data/ner/msra/train.bio``)
and writes, for each character, how often it starts a PER entity (a surname)
and how often it stands inside a given name, as rates of all its occurrences.
Only these aggregate rates are committed, never the corpus.

Run: ``python tools/build_name_stats.py [BIO_FILE]``
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BIO = ROOT.parent / "shared" / "data" / "ner" / "msra" / "train.bio"
OUT = ROOT / "pipeline" / "zhkg" / "resources" / "data" / "name_chars.tsv"
MIN_COUNT = 3


def main(path: Path = DEFAULT_BIO) -> None:
    total: Counter[str] = Counter()
    first: Counter[str] = Counter()
    given: Counter[str] = Counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                continue
            char, _, tag = line.partition("\t")
            total[char] += 1
            if tag == "B-PER":
                first[char] += 1
            elif tag == "I-PER":
                given[char] += 1
    rows = []
    for char in sorted(set(first) | set(given)):
        if first[char] + given[char] < MIN_COUNT:
            continue
        rows.append(f"{char}\t{first[char] / total[char]:.4f}\t{given[char] / total[char]:.4f}\t{first[char] + given[char]}")
    header = "# char\tsurname_rate\tgiven_rate\tcount (derived from MSRA train by tools/build_name_stats.py)\n"
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} characters to {OUT}")


if __name__ == "__main__":
    bio = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_BIO
    if not bio.is_file():
        sys.exit(f"Error: {bio} not found; run: python tools/build_name_stats.py BIO_FILE")
    main(bio)
