"""Build ``variant_keys.tsv``: characters that Unicode's Unihan database calls variants of a common Simplified one.

Hong Kong and Taiwan names are written with variant characters that OpenCC's ``t2s`` keeps, as its own variant
tables (``HKVariants.txt``, ``TWVariants.txt``, shipped in opencc-python-reimplemented) do not list them: 黃栢廸 stays
黄栢廸, so a search for 黄柏迪 found nothing. Unihan's ``kSemanticVariant`` and ``kZVariant`` fields do list them
(栢 ↔ 柏, 廸 ↔ 迪, 邨 ↔ 村). A character is written with its Simplified variant when OpenCC's ``t2s`` leaves it
as it is, GB2312 does not hold it, and its variants read by ``t2s`` give exactly one character GB2312 holds
(a character with two such variants, 牠 of 他 and 它, is left out). Search keys only (:mod:`zhkg.query.names`):
names keep their characters, and two people 陈喆 and 陈哲 stay two.

Run: ``python tools/build_variant_keys.py /usr/share/unicode/Unihan_Variants.txt.bz2 -o
pipeline/zhkg/resources/data/variant_keys.tsv`` (Debian's ``unicode-data`` package holds the file; Unicode 15.0).
"""

from __future__ import annotations

import argparse
import bz2
from collections import defaultdict
from pathlib import Path

import opencc

FIELDS = ("kSemanticVariant", "kZVariant")


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _char(field: str) -> str:
    return chr(int(field.split("<")[0][2:], 16))  # U+8FEA<kMatthews: the code point, less its sources


def variant_keys(lines) -> dict[str, str]:
    """Variant -> common Simplified character, from Unihan_Variants.txt's lines."""
    t2s = opencc.OpenCC("t2s")
    variants: dict[str, set[str]] = defaultdict(set)
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        code, field, values = line.rstrip("\n").split("\t")
        if field in FIELDS:
            variants[_char(code)].update(_char(value) for value in values.split())
    out = {}
    for ch, others in variants.items():
        if _in_gb2312(ch) or t2s.convert(ch) != ch:
            continue
        common = {read for read in (t2s.convert(other) for other in others) if len(read) == 1 and _in_gb2312(read)}
        if len(common) == 1:
            out[ch] = common.pop()
    return dict(sorted(out.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("unihan", type=Path, help="Unihan_Variants.txt, or .txt.bz2")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    opener = bz2.open if args.unihan.suffix == ".bz2" else open
    with opener(args.unihan, "rt", encoding="utf-8") as fh:
        table = variant_keys(fh)
    header = "# variant\tsimplified  (Unihan kSemanticVariant/kZVariant; tools/build_variant_keys.py)\n"
    args.output.write_text(header + "".join(f"{a}\t{b}\n" for a, b in table.items()), encoding="utf-8")
    print(f"{len(table)} characters -> {args.output}")


if __name__ == "__main__":
    main()
