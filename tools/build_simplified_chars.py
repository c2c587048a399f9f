"""Build ``simplified_chars.tab``: every CJK character zhkg's ``to_simplified`` writes otherwise, and what it writes.

The offline page folds a query to Simplified character by character (:func:`zhkg.export.html.simplified_characters`),
so it needs, for a graph's names, every Traditional or variant character that reads as one of their characters. That
is a fixed table of OpenCC's ``t2s`` (and zhkg's own variant folding, :func:`zhkg.stages.normalise.to_simplified`):
converting the 28,000 characters of the CJK blocks took 0.3–0.4 s in every process that wrote a page, so the table
ships instead, and ``tests/test_tidy141.py`` rebuilds it and compares, so it cannot drift from the converter.

Characters beyond the Basic Multilingual Plane are left out: the page's script reads a query by UTF-16 unit.

Run: ``PYTHONPATH=pipeline python tools/build_simplified_chars.py -o pipeline/zhkg/resources/data/simplified_chars.tab``
(deterministic: the same converter gives the same bytes).
"""

from __future__ import annotations

import argparse
from pathlib import Path

#: CJK Unified Ideographs, Extension A and the compatibility ideographs: where OpenCC's t2s table writes.
CJK_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))

HEADER = "# written\tsimplified  (zhkg.stages.normalise.to_simplified of the CJK blocks; tools/build_simplified_chars.py)\n"


def simplified_chars() -> dict[str, str]:
    """Each CJK character :func:`~zhkg.stages.normalise.to_simplified` writes otherwise -> what it writes, in code
    point order (one conversion of them all, a line each, so that no phrase of OpenCC's spans two)."""
    from zhkg.stages.normalise import to_simplified

    characters = [chr(code) for first, last in CJK_BLOCKS for code in range(first, last + 1)]
    read = to_simplified("\n".join(characters)).split("\n")
    return {written: character for written, character in zip(characters, read) if written != character}


def table_text() -> str:
    """The file's text: the header, then a line ``written<TAB>simplified`` per character."""
    return HEADER + "".join(f"{written}\t{character}\n" for written, character in simplified_chars().items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    text = table_text()
    args.output.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10)) - 1} characters -> {args.output}")


if __name__ == "__main__":
    main()
