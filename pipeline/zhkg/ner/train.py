"""Train the CRF recogniser from character BIO files.

Usage (from the repository root; the data is never copied into the repo). The
shipped model, MSRA + CLUENER + Universal NER (``ner_mixed_v1.crfsuite``), was made by::

    nice -n 10 python -m zhkg.ner.train ../shared/data/ner/msra/train.bio \\
        --extra ../shared/data/ner/cluener/train.bio --max-loc-length 7 \\
        --extra-whole ../shared/data/ner/uner_zh/train.bio --max-iterations 150 \\
        --output pipeline/zhkg/resources/data/ner_mixed_v1.crfsuite

The MSRA-only model shipped before it (``ner_msra_v1``) came from the first
argument alone, with the defaults. A variant whose CLUENER labels are mapped to
MSRA's conventions (``--extra-fine``, :func:`zhkg.ner.harmonise.harmonise_cluener`)
was tried and not shipped: it still tags 平安 and 人大 as organisations in the
seed (ORG precision 0.89)::

    nice -n 10 python -m zhkg.ner.train ../shared/data/ner/msra/train.bio \\
        --extra-fine ../shared/data/ner/cluener/train.fine.bio --max-loc-length 7 \\
        --extra-whole ../shared/data/ner/uner_zh/train.bio --max-iterations 150 \\
        --c1 0.1 --output /tmp/ner_harmonised_v1.crfsuite

Universal NER train given twice the weight (``--extra-whole`` twice, the shipped command otherwise; 38 minutes
on a shared core, 21.1 MB) was tried in issue 15's round 6 and not shipped: Universal NER dev ORG rose
0.468 → 0.484 (model alone 0.423 → 0.446) but the whole extraction fell on UNER dev overall (0.652 → 0.650:
PER 0.752 → 0.744), MSRA dev (0.920 → 0.919) and CLUENER dev PER (0.800 → 0.792)::

    nice -n 10 python -m zhkg.ner.train ../shared/data/ner/msra/train.bio \\
        --extra ../shared/data/ner/cluener/train.bio --max-loc-length 7 \\
        --extra-whole ../shared/data/ner/uner_zh/train.bio --extra-whole ../shared/data/ner/uner_zh/train.bio \\
        --max-iterations 150 --output /tmp/ner_uner2.crfsuite

Word-cluster features (``--feature-version 2``, :mod:`zhkg.ner.clusters`, the table ``word_clusters.tab``;
the shipped command otherwise; 19.5 minutes, 21.6 MB) were tried in issue 15's round 10 and not shipped: against
the v1 model in the same session (``bench/ner_eval.py --repeat 1``) Universal NER dev overall fell 0.672 → 0.660
(LOC 0.671 → 0.653, PER 0.768 → 0.755; ORG 0.527 → 0.532; the held half 0.640 → 0.643, the tune half 0.702 →
0.676), MSRA dev 0.919 → 0.918, CLUENER dev PER 0.802 → 0.799; entities dev tune 0.889 → 0.886, held 0.810 →
0.810::

    nice -n 10 python -m zhkg.ner.train ../shared/data/ner/msra/train.bio \\
        --extra ../shared/data/ner/cluener/train.bio --max-loc-length 7 \\
        --extra-whole ../shared/data/ner/uner_zh/train.bio --max-iterations 150 \\
        --feature-version 2 --output /tmp/ner_mixed_v2.crfsuite

Lexicon-match features (``--feature-version 3``, :mod:`zhkg.ner.lexicons`: the character's B/M/E/S position in
a longest match of places abroad and in Taiwan, Hong Kong and Macau, well-known organisations, well-known
people, role words and runs of transliteration characters, and its neighbours' lexicons; the shipped command
otherwise; 57 minutes on a heavily shared core, 20.2 MB) were tried in issue 15's round 13 and not shipped: the
rule fixed before training (Universal NER dev +0.01, MSRA dev and CLUENER dev PER at most −0.003 and −0.005,
entities dev tune and held each at most −0.005) failed on all but entities dev held. Against the v1 model in the same session
(``bench/ner_eval.py --repeat 1 --corpus /nonexistent``, ``--model`` for v3) Universal NER dev overall fell
0.676 → 0.672 (LOC 0.672 → 0.659, PER 0.773 → 0.772; ORG rose 0.540 → 0.550; the held half 0.643 → 0.652, the
tune half 0.708 → 0.691; the model alone 0.631 → 0.635, ORG 0.423 → 0.458), MSRA dev 0.919 → 0.916, CLUENER dev
PER 0.807 → 0.799; entities dev (``bench/entities_eval.py --half tune|held --model``) tune 0.898 → 0.885, held
0.822 → 0.820. The lexicons help the model alone on organisations, but the whole extraction already reads the
same tables by rule, so little is left for the model to add, and its PER precision falls (the whole extraction
on MSRA dev PER P 0.961 → 0.952, on CLUENER dev 0.815 → 0.797). Throughput was not measured (the rule failed
first)::

    nice -n 10 python -m zhkg.ner.train ../shared/data/ner/msra/train.bio \\
        --extra ../shared/data/ner/cluener/train.bio --max-loc-length 7 \\
        --extra-whole ../shared/data/ner/uner_zh/train.bio --max-iterations 150 \\
        --feature-version 3 --output /tmp/ner_mixed_v3.crfsuite

Weibo NER train (names only) and Resume NER train (``--extra-resume``: its generic bodies 公司, 本公司 → O and its
native places cut, :func:`zhkg.ner.harmonise.harmonise_resume`) added to the shipped recipe were tried in session 17
(``bench/crf17_decision.md``; 65 minutes on a heavily shared machine, 22.1 MB) and not shipped: the whole extraction
rose on Weibo dev 0.601 → 0.626 and Resume dev 0.743 → 0.824 (their test files too), but fell on Universal NER dev
(0.688 → 0.683), CLUENER dev PER (0.809 → 0.805), entities dev tune halves (tune11 0.912 → 0.889) and the blind
entities_held2 (0.774 → 0.748)::

    nice -n 5 python -m zhkg.ner.train ../shared/data/ner/msra/train.bio \\
        --extra ../shared/data/ner/cluener/train.bio --max-loc-length 7 \\
        --extra-whole ../shared/data/ner/uner_zh/train.bio --extra-whole ../shared/data/ner/weibo/train.bio \\
        --extra-resume ../shared/data/ner/resume/train.bio --max-iterations 150 --output /tmp/ner_mixed_wr.crfsuite

Mention-replacement augmentation (``--augment 15000 --augment-seed 18``, :mod:`zhkg.ner.augment`: copies of
15,000 training sentences with every name replaced by a shipped place abroad, in Taiwan or Hong Kong (a third) or
a mainland prefecture or county, a well-known person or a surname + training given-name characters, a shipped or
training organisation name; the shipped recipe otherwise; 54 minutes on a shared machine, 23.3 MB) was tried in
session 18 (``bench/crf18_decision.md``) and not shipped: the whole extraction found more company names (FinRE tune
recall 0.570 → 0.606) and UNER dev's held half rose (0.644 → 0.656), but precision fell everywhere: the
out-of-domain composite rose only 0.0025 (UNER dev 0.6875 → 0.6835, CLUENER dev PER 0.809 → 0.802, Weibo dev
0.601 → 0.590, Resume dev 0.747 → 0.740), MSRA dev fell 0.9194 → 0.9157 and the entities dev tune halves' mean
0.897 → 0.871::

    nice -n 5 python -m zhkg.ner.train ../shared/data/ner/msra/train.bio \\
        --extra ../shared/data/ner/cluener/train.bio --max-loc-length 7 \\
        --extra-whole ../shared/data/ner/uner_zh/train.bio --max-iterations 150 \\
        --augment 15000 --augment-seed 18 --output /tmp/aug18/ner_aug.crfsuite

Universal NER train's sentences holding an organisation trained on three times (``--whole-org-copies 3``, the
shipped command otherwise; 35 minutes on a heavily shared machine, 20.9 MB) were tried in session 34
(``bench/crf92_decision.md``) and not shipped: Universal NER dev ORG rose 0.550 → 0.555 (the model alone finds 61
of 135 organisations, 58 before) but overall fell 0.6985 → 0.6931 (PER 0.793 → 0.779), CLUENER dev PER 0.808 →
0.794, MSRA dev 0.9226 → 0.9203 and the blind entities_held2 total 0.843 → 0.826::

    nice -n 10 python -m zhkg.ner.train ../shared/data/ner/msra/train.bio \\
        --extra ../shared/data/ner/cluener/train.bio --max-loc-length 7 \\
        --extra-whole ../shared/data/ner/uner_zh/train.bio --whole-org-copies 3 \\
        --max-iterations 150 --output /tmp/crf92/ner_orgw.crfsuite

Bare organisations in person-free copies (``--augment 5000 --augment-seed 136 --augment-labels ORG --augment-orgs
bare``, the shipped command otherwise: the 4,683 training sentences that name no person and hold an organisation
with no generic ending, copied once with those organisations replaced by bare names of ``organisations_known.tsv``
and ``companies_listed.tsv``) were started in session 37 under a rule fixed before training
(``bench/crf136_decision.md``) and did not finish in the round's time on a loaded machine: not shipped, not scored.

A 10× stronger L2 penalty alone (``--c2 0.1``, the shipped command otherwise; 55 minutes on a loaded machine) was
tried in session 40 (``bench/model157_decision.md``) and not shipped: it kept 617,936 features active, a 35.0 MB
file (the limit is 30 MB); Universal NER dev fell 0.6985 → 0.6960 (PER 0.793 → 0.776; its held half rose 0.652 →
0.663), the web set's tune halves rose only 0.844 → 0.847 (persons 0.925 → 0.940), MSRA dev 0.9222 → 0.9208::

    python -m zhkg.ner.train ../shared/data/ner/msra/train.bio \\
        --extra ../shared/data/ner/cluener/train.bio --max-loc-length 7 \\
        --extra-whole ../shared/data/ner/uner_zh/train.bio --max-iterations 150 \\
        --c2 0.1 --output /tmp/model157/ner_c2_01.crfsuite

The same stronger L2 with singleton features pruned (``--c2 0.1 --min-freq 2``, the shipped command otherwise;
21 minutes, 21.3 MB, 382,320 active features) was tried in session 41 (``bench/model163_decision.md``) and not
shipped: it fits the size limit, but Universal NER dev fell 0.6985 → 0.6967 (PER 0.793 → 0.780; its held half rose
0.652 → 0.668), the web set's tune halves 0.851 → 0.841, MSRA dev 0.9222 → 0.9153 (PER 0.9428 → 0.9379) and the
entities dev held half 0.846 → 0.827::

    python -m zhkg.ner.train ../shared/data/ner/msra/train.bio \\
        --extra ../shared/data/ner/cluener/train.bio --max-loc-length 7 \\
        --extra-whole ../shared/data/ner/uner_zh/train.bio --max-iterations 150 \\
        --c2 0.1 --min-freq 2 --output /tmp/model163/ner_c2p1_mf2.crfsuite

The web dev set's original tune articles as in-domain news (``bench/web_bio.py``: every gold name marked by
:mod:`zhkg.ner.gold_marks`; 705 sentences, added four times with ``--extra-whole``) were screened in session 45
(``bench/model190_decision.md``: on a subsample, half the articles lift the model alone on the other half 0.586 →
0.671) but the full run could not finish in the session's time on a loaded machine, so it is untried in full::

    python bench/web_bio.py --copies 4 --output /tmp/l190/web_tune.bio
    python -m zhkg.ner.train ../shared/data/ner/msra/train.bio \\
        --extra ../shared/data/ner/cluener/train.bio --max-loc-length 7 \\
        --extra-whole ../shared/data/ner/uner_zh/train.bio --extra-whole /tmp/l190/web_tune.bio \\
        --max-iterations 150 --output /tmp/l190/ner_web190.crfsuite

Sentences of the main file whose 0-based index is divisible by 20 are held out as
its development split (:func:`zhkg.ner.bio.is_dev_sentence`) and never trained on;
pass ``--dev-too`` only for a final model meant to be evaluated elsewhere. Every
10th sentence of an ``--extra`` file (CLUENER) is held out the same way
(:func:`is_extra_dev_sentence`); an ``--extra-whole`` file (UNER train, whose dev
split is a file of its own) is trained on whole. With extra files, every
sentence is first put through :func:`zhkg.stages.normalise.normalise` (OpenCC
t2s, half-width), the form the tagger sees at run time.

Training is L-BFGS with elastic-net regularisation in crfsuite: one thread, no
random initialisation, and sentences appended in file order, so two runs on the
same data produce the same model. Feature extraction runs sentence by sentence
and is handed straight to crfsuite, so Python never holds the whole feature
table (crfsuite's own copy takes ~1.5 GB for MSRA).

The model is written as ``zhkg extract`` writes its outputs (tidy273): crfsuite writes a temporary file beside
``--output``, renamed over it once whole (:func:`zhkg.export.atomic.atomic_path`), and a run that fails or is
interrupted removes the folders it made for it while they are empty, never a folder that existed
(:func:`zhkg.export.atomic.new_folders_undone`). ``--output`` is checked before any data is read (a folder, a
device or an input in its place is refused), and a missing or unreadable BIO file is one ``Error: …`` line, exit 1
(Ctrl-C exits 130, SIGTERM 143, as ``zhkg extract`` does).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from zhkg.errors import InputError
from zhkg.ner.bio import Sentence, read_bio, split_dev
from zhkg.ner.features import CLUSTER_VERSION, FEATURE_VERSION, FEATURE_VERSIONS, FeatureExtractor

__all__ = ["TrainConfig", "train_model", "training_sentences", "is_extra_dev_sentence", "main"]

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
    """Train a CRF on ``sentences`` and write it to ``output``, atomically: a failed run leaves any model there
    untouched and no partial file (:func:`zhkg.export.atomic.atomic_path`; a folder it makes is noted for
    :func:`zhkg.export.atomic.new_folders_undone`).

    Returns the path written. See :func:`zhkg.ner.model.load_model` to use it.
    """
    import pycrfsuite

    from zhkg.export.atomic import atomic_path

    config = config or TrainConfig()
    extractor = extractor or FeatureExtractor()
    trainer = pycrfsuite.Trainer(verbose=verbose)
    trainer.select("lbfgs", "crf1d")
    trainer.set_params(config.params())
    for sentence in sentences:
        trainer.append(extractor.features(sentence.text), list(sentence.tags))
    output = Path(output)
    with atomic_path(output) as temporary:
        trainer.train(str(temporary))
    return output


#: Every ``EXTRA_DEV_EVERY``-th sentence of an ``--extra`` file is its development split.
EXTRA_DEV_EVERY = 10


def is_extra_dev_sentence(index: int) -> bool:
    """Whether the sentence at 0-based ``index`` of an ``--extra`` file (CLUENER) is development data.

    >>> [i for i in range(25) if is_extra_dev_sentence(i)]
    [0, 10, 20]
    """
    return index % EXTRA_DEV_EVERY == 0


def _filter_long_loc(sentences: list[Sentence], max_length: int, source: Path) -> list[Sentence]:
    if not max_length:
        return sentences
    kept = [s for s in sentences if all(e - b <= max_length for b, e, label in s.spans if label == "LOC")]
    log.info("%s: dropped %d sentences with a LOC longer than %d", source, len(sentences) - len(kept), max_length)
    return kept


def training_sentences(
    data: str | Path,
    *,
    extra: Sequence[str | Path] = (),
    extra_whole: Sequence[str | Path] = (),
    extra_fine: Sequence[str | Path] = (),
    extra_resume: Sequence[str | Path] = (),
    max_loc_length: int = 0,
    dev_too: bool = False,
    limit: int = 0,
    augment: int = 0,
    augment_seed: int = 0,
    augment_labels: Sequence[str] = ("PER", "LOC", "ORG"),
    augment_whole_people: bool = False,
    augment_bare_orgs: bool = False,
    whole_org_copies: int = 1,
) -> list[Sentence]:
    """The sentences a training run learns from, development splits left out.

    ``data`` loses every 20th sentence (unless ``dev_too``), each ``extra`` file
    every 10th and, if ``max_loc_length``, its sentences with a longer LOC span;
    ``extra_whole`` files are taken whole, and so are ``extra_resume`` files (Resume NER's
    ``train.bio``), their labels first put in the MSRA conventions
    (:func:`zhkg.ner.harmonise.harmonise_resume`: generic bodies such as 本公司 → O). An ``extra_fine`` file (CLUENER's
    ``train.fine.bio``) is split like ``extra`` and its labels are first mapped to
    the MSRA conventions (:func:`zhkg.ner.harmonise.harmonise_cluener`). With any
    extra file, every sentence is normalised (OpenCC t2s, half-width) as the
    tagger's input is at run time. With ``augment``, that many copies of training
    sentences with their names replaced (:func:`zhkg.ner.augment.augment_sentences`,
    seeded by ``augment_seed``) are appended; they are drawn from the sentences above
    only, so never from a development split. ``augment_labels`` are the labels whose spans
    a copy replaces (the others keep their text) and ``augment_whole_people`` draws whole
    person names only (no name built from characters); ``augment_bare_orgs`` (with ``augment_labels``
    ``("ORG",)``) copies only sentences naming no person and replaces only their organisations written
    without a generic ending, by bare shipped names. ``whole_org_copies`` is how many times an
    ``extra_whole`` sentence holding an ORG span is trained on (the extra copies follow its file's
    sentences); the file's other sentences are taken once.
    """
    if whole_org_copies < 1:
        raise ValueError(f"whole_org_copies must be at least 1, got {whole_org_copies}")
    sentences = read_bio(data)
    train, _ = split_dev(sentences)
    if dev_too:
        train = list(sentences)
    if limit:
        train = train[:limit]
    for path in extra:
        kept = [s for i, s in enumerate(read_bio(path)) if not is_extra_dev_sentence(i)]
        train.extend(_filter_long_loc(kept, max_loc_length, Path(path)))
    for path in extra_fine:
        from zhkg.ner.harmonise import harmonise_cluener

        kept = [harmonise_cluener(s) for i, s in enumerate(read_bio(path)) if not is_extra_dev_sentence(i)]
        train.extend(_filter_long_loc(kept, max_loc_length, Path(path)))
    for path in extra_whole:
        whole = read_bio(path)
        train.extend(whole)
        with_org = [s for s in whole if any(label == "ORG" for _, _, label in s.spans)]
        train.extend(with_org * (whole_org_copies - 1))
        if whole_org_copies > 1:
            log.info("%s: %d sentences with an ORG span trained on %d times", path, len(with_org), whole_org_copies)
    for path in extra_resume:
        from zhkg.ner.harmonise import harmonise_resume
        from zhkg.stages.normalise import normalise

        # harmonised on the Simplified text, as the generic-body test reads it (集團 is 集团)
        train.extend(harmonise_resume(Sentence(normalise(s.text).simplified, s.tags)) for s in read_bio(path))
    if extra or extra_whole or extra_fine or extra_resume:
        from zhkg.stages.normalise import normalise

        train = [Sentence(normalise(s.text).simplified, s.tags) for s in train]
    if augment:
        from zhkg.ner.augment import augment_sentences, build_pools, describe

        pools = build_pools(train)
        log.info("augmentation pools: %s", describe(pools))
        copies = augment_sentences(
            train, augment, seed=augment_seed, pools=pools,
            labels=augment_labels, whole_people=augment_whole_people, bare_orgs=augment_bare_orgs,
        )
        log.info("%d augmented copies (seed %d)", len(copies), augment_seed)
        train.extend(copies)
    return train


def _labels(value: str) -> tuple[str, ...]:
    labels = tuple(dict.fromkeys(v.strip().upper() for v in value.split(",") if v.strip()))
    if not labels or any(label not in ("PER", "LOC", "ORG") for label in labels):
        raise argparse.ArgumentTypeError(f"expected labels among PER, LOC, ORG, got {value!r}")
    return labels


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line; a count or penalty out of its range is a usage error (:mod:`zhkg.cli.arguments`), as is
    ``--clusters`` without the feature version that reads it."""
    from zhkg.cli.arguments import ModuleParser, number, whole_number

    parser = ModuleParser(prog="python -m zhkg.ner.train", description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="character BIO training file (MSRA layout); every 20th sentence held out")
    parser.add_argument(
        "--extra", type=Path, action="append", default=[],
        help="another BIO training file; every 10th sentence (0-based index divisible by 10) is held out",
    )
    parser.add_argument(
        "--extra-whole", type=Path, action="append", default=[],
        help="another BIO training file with its own development split elsewhere, trained on whole",
    )
    parser.add_argument(
        "--whole-org-copies", type=whole_number(1), default=1, metavar="N",
        help="train on each --extra-whole sentence holding an ORG span N times (default 1: once, like the others)",
    )
    parser.add_argument(
        "--extra-fine", type=Path, action="append", default=[],
        help="CLUENER's train.fine.bio: labels mapped to MSRA's conventions (generic bodies → O), "
        "every 10th sentence held out",
    )
    parser.add_argument(
        "--extra-resume", type=Path, action="append", default=[],
        help="Resume NER's train.bio (PER/ORG/LOC), trained on whole, its generic bodies (本公司) → O and its "
        "native places cut to the place (云南建水人 → 云南建水)",
    )
    parser.add_argument(
        "--max-loc-length", type=whole_number(0), default=0,
        help="drop --extra sentences with a LOC span longer than this (CLUENER's multi-level addresses); 0 keeps all",
    )
    parser.add_argument(
        "--output", type=Path, default=Path(f"pipeline/zhkg/resources/data/ner_mixed_v{FEATURE_VERSION}.crfsuite"),
        help="model file to write",
    )
    parser.add_argument(
        "--feature-version", type=int, choices=FEATURE_VERSIONS, default=FEATURE_VERSION,
        help=f"feature templates to train with (2 adds word clusters, 3 lexicon matches; default {FEATURE_VERSION})",
    )
    parser.add_argument("--clusters", type=Path, default=None,
                        help="word-cluster table for --feature-version 2 (default: the shipped word_clusters.tab)")
    parser.add_argument("--c1", type=number(), default=TrainConfig().c1)
    parser.add_argument("--c2", type=number(), default=TrainConfig().c2)
    parser.add_argument("--max-iterations", type=whole_number(1), default=TrainConfig().max_iterations)
    parser.add_argument("--min-freq", type=whole_number(0), default=TrainConfig().min_freq)
    parser.add_argument("--limit", type=whole_number(0), default=0,
                        help="train on the first N training sentences only (0, the default: all)")
    parser.add_argument("--dev-too", action="store_true", help="train on the development split as well")
    parser.add_argument(
        "--augment", type=whole_number(0), default=0, metavar="N",
        help="append N copies of training sentences with every name replaced by another of its type "
        "(zhkg.ner.augment); 0, the default, adds none",
    )
    parser.add_argument("--augment-seed", type=int, default=0, metavar="S", help="seed of --augment's choices")
    parser.add_argument(
        "--augment-labels", type=_labels, default=("PER", "LOC", "ORG"), metavar="L[,L]",
        help="the labels whose spans --augment replaces, comma-separated (default PER,LOC,ORG); "
        "only sentences with such a span are copied, other spans keep their text",
    )
    parser.add_argument(
        "--augment-people", choices=("built", "whole"), default="built",
        help="--augment's person names: built from a surname and training given-name characters (default), "
        "or whole training person names and transliterated names with ·",
    )
    parser.add_argument(
        "--augment-orgs", choices=("any", "bare"), default="any",
        help="--augment's organisations: every ORG span replaced (default), or, with --augment-labels ORG, "
        "only sentences naming no person are copied and only their organisations without a generic ending "
        "are replaced, by bare names of organisations_known.tsv and companies_listed.tsv",
    )
    parser.add_argument("--verbose", action="store_true", help="print crfsuite's per-iteration log")
    args = parser.parse_args(argv)
    if args.augment_orgs == "bare" and args.augment_labels != ("ORG",):
        parser.error("--augment-orgs bare needs --augment-labels ORG")
    if args.clusters is not None and args.feature_version != CLUSTER_VERSION:  # else never read, the run as without
        parser.error(f"--clusters is read by --feature-version {CLUSTER_VERSION} only")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status as ``zhkg``'s commands do: 0, 1 after one ``Error: …``
    line (a missing or unreadable BIO file, an output that cannot be written), 130 on Ctrl-C, 143 on SIGTERM."""
    from zhkg.cli import module_status

    args = _parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    # a failed or interrupted run removes the folders it made, while empty
    return module_status(lambda: _train(args), interrupted="Interrupted; no model was written.",
                         outputs=[("--output", args.output)])


def _train(args: argparse.Namespace) -> None:
    from zhkg.export.outputs import check_outputs

    inputs = [args.data, *args.extra, *args.extra_whole, *args.extra_fine, *args.extra_resume]
    check_outputs([("--output", args.output)], inputs)  # before the data is read: a mistake costs no time
    try:
        train = training_sentences(
            args.data, extra=args.extra, extra_whole=args.extra_whole, extra_fine=args.extra_fine,
            extra_resume=args.extra_resume,
            max_loc_length=args.max_loc_length,
            dev_too=args.dev_too, limit=args.limit, augment=args.augment, augment_seed=args.augment_seed,
            augment_labels=args.augment_labels, augment_whole_people=args.augment_people == "whole",
            augment_bare_orgs=args.augment_orgs == "bare", whole_org_copies=args.whole_org_copies,
        )
    except ValueError as exc:  # a malformed or non-UTF-8 BIO file (zhkg.ner.bio.read_bio names it)
        raise InputError(str(exc)) from None
    if not train:  # crfsuite would write a model that tags nothing
        raise InputError(f"{args.data}: no sentence to train on (the file is empty, or holds only its development "
                         "split: every 20th sentence from the first)")
    log.info("%d training sentences (%d chars)", len(train), sum(len(s.text) for s in train))
    config = TrainConfig(args.c1, args.c2, args.max_iterations, args.min_freq)
    started = time.perf_counter()
    extractor = FeatureExtractor(args.feature_version, args.clusters)
    extractor.load()
    path = train_model(train, args.output, config=config, extractor=extractor, verbose=args.verbose)
    log.info(
        "wrote %s (%.1f MB) in %.0f s", path, path.stat().st_size / 1e6, time.perf_counter() - started
    )


if __name__ == "__main__":
    sys.exit(main())
