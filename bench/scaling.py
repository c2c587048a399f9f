"""How run time grows with text length: the seed text repeated 1, 10 and 100 times.

Two tables. *Seed file*: the whole file repeated, as one input; its 相關焦點
bullets make it many small documents, as a news page is. *One document*: the
article alone (the file up to 相關焦點) repeated, which stays one document, the
worst case for the per-document stages.

Each size runs once, in this process, after a warm-up run that loads the
segmenter, gazetteer and recogniser, so load time is not counted. The tables
give seconds and seconds per character relative to the 1x size: a ratio near
1.0 at every size means time grows linearly with the text.

Run: ``python3 bench/scaling.py [FACTOR ...] [--seed FILE]`` (default 1 10 100, the committed seed).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy

from zhkg.run.pipeline import Pipeline  # noqa: E402

SEED = ROOT / "seeds" / "000_e88b616f19a6a93b.txt"


def time_run(pipeline: Pipeline, text: str) -> tuple[float, int, int]:
    """Seconds to run ``text`` as one input, with its document and mention counts."""
    start = time.perf_counter()
    result = pipeline.run_texts([("scaling", text)])
    seconds = time.perf_counter() - start
    return seconds, len(result.extraction.documents), len(result.extraction.mentions)


def main(factors: list[int], seed_path: Path = SEED) -> None:
    seed = seed_path.read_text(encoding="utf-8")
    if not seed.endswith("\n"):
        seed += "\n"
    article = seed[: seed.index("相關焦點")]
    pipeline = Pipeline()
    time_run(pipeline, seed)  # warm-up: loads every resource once
    for caption, unit in (("Seed file", seed), ("One document", article)):
        print(f"\n{caption}\n")
        table(pipeline, unit, factors)


def table(pipeline: Pipeline, unit: str, factors: list[int]) -> None:
    """Print one Markdown table of run times for ``unit`` repeated by each factor."""
    print("| size | characters | documents | mentions | seconds | s/char relative to 1x |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    base = None
    for factor in factors:
        text = unit * factor
        seconds, documents, mentions = time_run(pipeline, text)
        per_char = seconds / len(text)
        base = base or per_char
        print(f"| {factor}x | {len(text):,} | {documents:,} | {mentions:,} | {seconds:.2f} | {per_char / base:.2f} |",
              flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("factors", nargs="*", type=int, default=[1, 10, 100], help="sizes, as multiples of the text")
    parser.add_argument("--seed", type=Path, default=SEED, help="the news file to repeat (default: %(default)s)")
    args = parser.parse_args()
    if not args.seed.is_file():
        sys.exit(f"Error: {args.seed} not found; pass --seed FILE")
    main(args.factors, args.seed)
