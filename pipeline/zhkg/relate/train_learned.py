"""Train the learned relation model (:mod:`zhkg.relate.learned`) from FinRE and DuIE.

    python -m zhkg.relate.train_learned --finre ../shared/data/re/finre --duie ../shared/data/re/duie \\
        --output pipeline/zhkg/resources/data/relations_v3.npz

Each head is a multinomial logistic regression trained by mini-batch Adagrad over
hashed sparse features; :attr:`TrainConfig.seeds` runs, each over its own fixed
shuffle, are averaged into one weight table (a linear model still: the mean of
their scores), so the same data gives the same file.
Only FinRE's ``train.txt`` is read (``valid.txt`` is its development split, the
final check); the sentences of ``train.txt`` picked by :func:`is_finre_tune` are
the tuning split every setting of :class:`TrainConfig` was chosen on
(``--hold-out-tune`` leaves them out to score it). DuIE's records whose 0-based
line index is divisible by :data:`DUIE_DEV_EVERY` are held out as its
development split (:func:`is_duie_dev`).

The model is written as ``zhkg extract`` and ``python -m zhkg.ner.train`` write theirs (tidy280): to a temporary
file beside ``--output``, renamed over it once whole (:meth:`zhkg.relate.learned.RelationModel.save`); a run that
fails or is interrupted leaves a model already there as it was, and removes the folders it made while they are empty
(:func:`zhkg.cli.module_status`). ``--output`` is checked before any data is read; a missing, unreadable or
malformed data file is one ``Error: …`` line, exit 1 (Ctrl-C exits 130, SIGTERM 143).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from zhkg.errors import InputError
from zhkg.evaluate_relations import Pair, read_duie, read_finre
from zhkg.relate.learned import HASH_BITS, UNKNOWN, Head, RelationModel, hash_features, pair_features

__all__ = ["TrainConfig", "drop_contradicted_unknown", "train_head", "head_from_ids", "train_model", "is_duie_dev", "is_finre_tune", "DUIE_DEV_EVERY",
           "FINRE_TUNE_EVERY", "DUIE_CONFIG", "main"]

#: Every DUIE_DEV_EVERY-th record of duie_train.json (0-based line index divisible by it) is development data.
DUIE_DEV_EVERY = 10


def is_duie_dev(pair: Pair) -> bool:
    """Whether a DuIE pair comes from a development record (its ``group`` is the 1-based line number)."""
    return (pair.group - 1) % DUIE_DEV_EVERY == 0


#: The FinRE tuning split: the sentences of train.txt whose 0-based index (in order of first appearance)
#: is divisible by FINRE_TUNE_EVERY (a fifth of them, both directions of every pair in them).
FINRE_TUNE_EVERY = 5


def is_finre_tune(pair: Pair) -> bool:
    """Whether a FinRE training pair belongs to the tuning split (its ``group`` numbers its sentence)."""
    return pair.group % FINRE_TUNE_EVERY == 0


@dataclass(frozen=True)
class TrainConfig:
    """Settings of one head's training."""

    epochs: int = 8
    batch_size: int = 32
    learning_rate: float = 0.05
    l2: float = 3e-3
    min_count: int = 3  # features seen in fewer training pairs are dropped
    seed: int = 13  # the first run's; run k shuffles with seed + k
    seeds: int = 5  # runs averaged
    # added to the ``unknown`` bias after training: below 0 trades precision for recall (chosen on the tuning split)
    unknown_bias: float = -0.625
    average: bool = True
    # leave out an ``unknown`` pair whose pair and sentence also come with a relation (see drop_contradicted_unknown)
    drop_contradicted: bool = True


def drop_contradicted_unknown(pairs: list[Pair]) -> list[Pair]:
    """``pairs`` without the ``unknown`` ones whose sentence and spans another pair labels with a relation.

    FinRE gives some pairs twice, once as ``unknown`` and once with a relation (东方航空 and 上航 in
    东方航空AH股临时停牌传将与上航合并 are ``unknown`` and ``合并``); trained on both, the head learns
    to doubt the very sentences that state a relation.

    >>> a = Pair("甲并购乙", (0, 1), (3, 4), "unknown")
    >>> [p.relation for p in drop_contradicted_unknown([a, replace(a, relation="合并"), replace(a, head=(3, 4))])]
    ['合并', 'unknown']
    """
    related = {(p.text, p.head, p.tail) for p in pairs if p.relation != UNKNOWN}
    return [p for p in pairs if p.relation != UNKNOWN or (p.text, p.head, p.tail) not in related]


def train_head(pairs: list[Pair], config: TrainConfig = TrainConfig()) -> Head:
    """A classifier head trained on ``pairs`` (``unknown`` is its first label even if unseen)."""
    if config.drop_contradicted:
        pairs = drop_contradicted_unknown(pairs)
    labels = (UNKNOWN, *sorted({p.relation for p in pairs} - {UNKNOWN}))
    index = {label: i for i, label in enumerate(labels)}
    y = np.array([index[p.relation] for p in pairs], dtype=np.int64)
    ids = [hash_features(pair_features(p.text, p.head, p.tail, p.head_type, p.tail_type)) for p in pairs]
    return head_from_ids(ids, y, labels, config)


def head_from_ids(ids: list[np.ndarray], y: np.ndarray, labels: tuple[str, ...], config: TrainConfig) -> Head:
    """A head trained on examples given as hashed feature ids and label indices (``labels[0]`` is ``unknown``):
    :func:`train_head`'s training, shared with the learned role scorer's (:mod:`zhkg.relate.roles_learned_train`)."""
    counts = np.bincount(np.concatenate(ids) if ids else np.zeros(0, np.int64), minlength=1 << HASH_BITS)
    rows = np.flatnonzero(counts >= config.min_count)
    remap = np.full(1 << HASH_BITS, -1, dtype=np.int64)
    remap[rows] = np.arange(len(rows))
    kept = [remap[f][remap[f] >= 0] for f in ids]
    W, b = np.zeros((len(rows), len(labels))), np.zeros(len(labels))
    n_runs = max(config.seeds, 1)
    for k in range(n_runs):  # summed as they come: one weight table in memory, not one a run
        w_run, b_run = _train_run(kept, y, len(rows), len(labels), config, config.seed + k)
        W += w_run / n_runs
        b += b_run / n_runs
    # rows whose every weight rounds to 0 in the int8 file (below half a quantisation step) only cost space
    peak = np.abs(W).max(axis=1) if len(rows) else np.zeros(0)
    used = peak > max(float(peak.max(initial=0.0)) / 254, 1e-3)
    b[0] += config.unknown_bias
    return Head(labels, rows[used], W[used], b)


def _train_run(kept: list[np.ndarray], y: np.ndarray, n_rows: int, C: int, config: TrainConfig,
               seed: int) -> tuple[np.ndarray, np.ndarray]:
    """One run of mini-batch Adagrad from zero weights: ``(weights, bias)``."""
    W = np.zeros((n_rows, C))
    H = np.full((n_rows, C), 1e-8)
    b = np.zeros(C)
    Hb = np.full(C, 1e-8)
    rng = np.random.default_rng(seed)
    W_sum, b_sum = np.zeros_like(W), np.zeros_like(b)
    for _ in range(config.epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(order), config.batch_size):
            batch = order[start:start + config.batch_size]
            lens = np.array([len(kept[i]) for i in batch])
            batch, lens = batch[lens > 0], lens[lens > 0]
            if not len(batch):
                continue
            ind = np.concatenate([kept[i] for i in batch])
            starts = np.concatenate(([0], np.cumsum(lens)[:-1]))
            S = np.add.reduceat(W[ind], starts, axis=0) + b
            S = np.exp(S - S.max(axis=1, keepdims=True))
            P = S / S.sum(axis=1, keepdims=True)
            P[np.arange(len(batch)), y[batch]] -= 1.0
            srt = np.argsort(ind, kind="stable")
            uniq, first = np.unique(ind[srt], return_index=True)
            G = np.add.reduceat(np.repeat(P, lens, axis=0)[srt], first, axis=0) + config.l2 * W[uniq]
            H[uniq] += G * G
            W[uniq] -= config.learning_rate * G / np.sqrt(H[uniq])
            gb = P.sum(axis=0)
            Hb += gb * gb
            b -= config.learning_rate * gb / np.sqrt(Hb)
        W_sum += W
        b_sum += b
    if config.average:  # the mean of the epochs' weights generalises better than the last ones
        return W_sum / max(config.epochs, 1), b_sum / max(config.epochs, 1)
    return W, b


#: The DuIE head's settings: one run (it has twice FinRE's pairs), features seen in at least 6 pairs
#: (the model file stays under 10 MB).
DUIE_CONFIG = TrainConfig(l2=1e-3, min_count=6, seeds=1, unknown_bias=-0.5)


def train_model(finre: list[Pair], duie: list[Pair], config: TrainConfig | None = None,
                duie_config: TrainConfig | None = None) -> RelationModel:
    """Both heads; a head with no training pairs is left out.

    ``config`` sets the FinRE head (default :class:`TrainConfig`) and, when ``duie_config`` is not
    given, the DuIE head too (default :data:`DUIE_CONFIG`).
    """
    configs = {"finre": config or TrainConfig(), "duie": duie_config or config or DUIE_CONFIG}
    heads = {name: train_head(pairs, configs[name]) for name, pairs in (("finre", finre), ("duie", duie)) if pairs}
    return RelationModel(heads)


def main(argv: list[str] | None = None) -> int:
    """Command line: read the data folders, train, write the model."""
    from zhkg.cli import module_status
    from zhkg.cli.arguments import ModuleParser, whole_number  # (--epochs 0 or --seeds 0 wrote an untrained model)

    parser = ModuleParser(prog="python -m zhkg.relate.train_learned", description=__doc__.split("\n")[0])
    parser.add_argument("--finre", type=Path, help="folder with FinRE's train.txt")
    parser.add_argument("--duie", type=Path, help="folder with DuIE's duie_train.json")
    parser.add_argument("--output", type=Path, required=True, help="the model file to write (.npz)")
    parser.add_argument("--epochs", type=whole_number(1), help=f"epochs a run (default {TrainConfig.epochs})")
    parser.add_argument("--seed", type=int, help=f"the first run's shuffle seed (default {TrainConfig.seed})")
    parser.add_argument("--seeds", type=whole_number(1), help=f"FinRE runs averaged (default {TrainConfig.seeds})")
    parser.add_argument("--hold-out-tune", action="store_true",
                        help="leave FinRE's tuning split out of training (to score it; the shipped model keeps it)")
    args = parser.parse_args(argv)
    if not args.finre and not args.duie:
        parser.error("give --finre and/or --duie")
    return module_status(lambda: _train(args), interrupted="Interrupted; no model was written.",
                         outputs=[("--output", args.output)])


def _train(args: argparse.Namespace) -> None:
    """Check ``--output``, read the data, train and write the model atomically (a failure leaves any model there
    and no temporary file: :meth:`~zhkg.relate.learned.RelationModel.save`)."""
    from zhkg.export.outputs import check_outputs

    check_outputs([("--output", args.output)], [p for p in (args.finre, args.duie) if p])  # before the data is read
    given = {k: v for k, v in (("epochs", args.epochs), ("seed", args.seed)) if v is not None}
    config = replace(TrainConfig(**given), **({"seeds": args.seeds} if args.seeds is not None else {}))
    duie_config = replace(DUIE_CONFIG, **given)
    finre = read_finre(args.finre / "train.txt") if args.finre else []
    if args.hold_out_tune:
        finre = [p for p in finre if not is_finre_tune(p)]
    duie = [p for p in read_duie(args.duie / "duie_train.json") if not is_duie_dev(p)] if args.duie else []
    if not finre and not duie:  # an empty head would be left out: a model of no head answers nothing
        raise InputError("no pair to train on (every sentence lacks its head or tail, or is held out)")
    model = train_model(finre, duie, config, duie_config)
    model.save(args.output)
    for name, head in model.heads.items():
        print(f"{name}: {len(head.labels)} labels, {len(head.rows)} features")
    print(f"wrote {args.output} ({args.output.stat().st_size:,} bytes)")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
