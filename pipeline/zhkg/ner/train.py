"""Train the CRF recogniser from a character BIO file.

Usage (from the repository root; the data is never copied into the repo)::

    nice -n 10 python -m zhkg.ner.train ../shared/data/ner/msra/train.bio \\
        --output pipeline/zhkg/resources/data/ner_msra_v1.crfsuite

Sentences whose 0-based index is divisible by 20 are held out as the development
split (:func:`zhkg.ner.bio.is_dev_sentence`) and never trained on; pass
``--dev-too`` only for a final model meant to be evaluated elsewhere.

Training is L-BFGS with elastic-net regularisation in crfsuite: one thread, no
random initialisation, and sentences appended in file order, so two runs on the
same data produce the same model. Feature extraction runs sentence by sentence
and is handed straight to crfsuite, so Python never holds the whole feature
table (crfsuite's own copy takes ~1.5 GB for MSRA).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from zhkg.ner.bio import Sentence, read_bio, split_dev
from zhkg.ner.features import FEATURE_VERSION, FeatureExtractor

__all__ = ["TrainConfig", "train_model", "main"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrainConfig:
    """Hyper-parameters of a training run, each defaulted to what the shipped model used."""

    #: L1 penalty; it zeroes rare features' weights, which keeps the model file small.
    c1: float = 0.05
    #: L2 penalty.
    c2: float = 0.01
    #: L-BFGS iterations (crfsuite also stops early once the loss stops improving).
    max_iterations: int = 200
    #: Features (attribute, tag) seen fewer times than this in training are dropped first.
    min_freq: int = 1

    def params(self) -> dict[str, float | int | bool]:
        """The crfsuite trainer parameters."""
        return {
            "c1": self.c1,
            "c2": self.c2,
            "max_iterations": self.max_iterations,
            "feature.minfreq": self.min_freq,
            "feature.possible_transitions": True,
        }


def train_model(
    sentences: Sequence[Sentence],
    output: str | Path,
    *,
    config: TrainConfig | None = None,
    extractor: FeatureExtractor | None = None,
    verbose: bool = False,
) -> Path:
    """Train a CRF on ``sentences`` and write it to ``output``.

    Returns the path written. See :func:`zhkg.ner.model.load_model` to use it.
    """
    import pycrfsuite

    config = config or TrainConfig()
    extractor = extractor or FeatureExtractor()
    trainer = pycrfsuite.Trainer(verbose=verbose)
    trainer.select("lbfgs", "crf1d")
    trainer.set_params(config.params())
    for sentence in sentences:
        trainer.append(extractor.features(sentence.text), list(sentence.tags))
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(output))
    return output


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m zhkg.ner.train", description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="character BIO training file (MSRA layout)")
    parser.add_argument(
        "--output", type=Path, default=Path(f"pipeline/zhkg/resources/data/ner_msra_v{FEATURE_VERSION}.crfsuite"),
        help="model file to write",
    )
    parser.add_argument("--c1", type=float, default=TrainConfig().c1)
    parser.add_argument("--c2", type=float, default=TrainConfig().c2)
    parser.add_argument("--max-iterations", type=int, default=TrainConfig().max_iterations)
    parser.add_argument("--min-freq", type=int, default=TrainConfig().min_freq)
    parser.add_argument("--limit", type=int, default=0, help="train on the first N training sentences only")
    parser.add_argument("--dev-too", action="store_true", help="train on the development split as well")
    parser.add_argument("--verbose", action="store_true", help="print crfsuite's per-iteration log")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    args = _parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    sentences = read_bio(args.data)
    train, dev = split_dev(sentences)
    if args.dev_too:
        train = list(sentences)
    if args.limit:
        train = train[: args.limit]
    log.info("%d training sentences (%d chars), %d held out", len(train), sum(len(s.text) for s in train), len(dev))
    config = TrainConfig(args.c1, args.c2, args.max_iterations, args.min_freq)
    started = time.perf_counter()
    path = train_model(train, args.output, config=config, verbose=args.verbose)
    log.info(
        "wrote %s (%.1f MB) in %.0f s", path, path.stat().st_size / 1e6, time.perf_counter() - started
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
