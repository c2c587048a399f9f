"""Distributional word clusters for the recogniser, built from unlabelled text.

A CRF learns nothing about a word it never saw in training; a cluster id tells
it that the unseen word is used like words it did see (Lin & Wu 2009; Turian et
al. 2010). The clusters are built from raw text only, labels never read:

1. every sentence is normalised as the tagger sees it (OpenCC t2s, half-width)
   and cut into words exactly as :class:`zhkg.ner.features.FeatureExtractor`
   cuts it (its private jieba tokenizer on the stock dictionary);
2. words seen at least ``min_count`` times are kept; each is described by the
   words at offsets -2, -1, +1 and +2 (the ``contexts`` most frequent words at
   each offset, one column per offset and word);
3. counts become positive PMI (context counts smoothed by the power 0.75),
   reduced to ``dims`` dimensions by an eigen-decomposition of the columns'
   Gram matrix (an exact truncated SVD: the matrix is dense, a few thousand
   columns wide), rows scaled to unit length;
4. spherical k-means at each granularity (64, 256 and 1024 by default), the
   centres started from rows drawn by a fixed seed.

Everything is ordered (words by count then text, ties broken by text), so two
runs on the same text write the same table. Usage, from the repository root::

    nice -n 10 python -m zhkg.ner.clusters \\
        --dev-every 20 ../shared/data/ner/msra/train.bio \\
        --dev-every 10 ../shared/data/ner/cluener/train.bio \\
        ../shared/data/ner/uner_zh/train.bio ../shared/data/ner/weibo/train.bio \\
        ../shared/data/ner/resume/train.bio ../shared/data/corpus/thucnews_1000.tsv \\
        --output pipeline/zhkg/resources/data/word_clusters.tab

A ``.bio`` file is read for its characters (tags ignored); ``--dev-every N``
before it leaves out every sentence whose 0-based index is divisible by N (its
development split). Any other file is text: a ``.tsv``'s last column, else
each line, split into sentences as the tagger splits a document.

The table (:func:`read_clusters`) has one word a line: the word, then its
cluster at each granularity, coarsest first. It is written as ``zhkg extract``
writes its outputs (tidy280): a temporary file renamed over ``--output`` once
whole (:func:`zhkg.export.atomic.atomic_write`), so a run that fails or is
interrupted leaves a table already there as it was, and removes the folders it
made while empty (:func:`zhkg.cli.module_status`). ``--output`` is checked
before any text is read; a missing, unreadable, non-UTF-8 or malformed source,
or sources with no word seen ``--min-count`` times, is one ``Error: …`` line,
exit 1 (Ctrl-C exits 130, SIGTERM 143).
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np

from zhkg.errors import ModelFileError

__all__ = ["GRANULARITIES", "build_clusters", "read_clusters", "write_clusters", "sentences_of", "main"]

log = logging.getLogger(__name__)

#: Cluster counts of the shipped table, coarsest first.
GRANULARITIES = (64, 256, 1024)
_OFFSETS = (-2, -1, 1, 2)
_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;\n]*|[。！？!?；;\n]+")
_HEADER = "# word\t" + "\t".join(f"c{k}" for k in GRANULARITIES)


def sentences_of(path: str | Path, dev_every: int = 0) -> Iterator[str]:
    """The raw sentences of a file: a BIO file's (less its dev split), or a text file's lines.

    >>> import tempfile, os
    >>> folder = tempfile.mkdtemp()
    >>> with open(os.path.join(folder, "a.bio"), "w", encoding="utf-8") as fh:
    ...     _ = fh.write("甲\\tO\\n\\n乙\\tB-PER\\n\\n丙\\tO\\n")
    >>> list(sentences_of(os.path.join(folder, "a.bio"), dev_every=2))
    ['乙']
    """
    path = Path(path)
    if path.suffix == ".bio":
        from zhkg.ner.bio import read_bio

        for index, sentence in enumerate(read_bio(path)):
            if not (dev_every and index % dev_every == 0):
                yield sentence.text
        return
    with path.open(encoding="utf-8") as handle:
        try:
            for line in handle:
                text = line.rstrip("\n").split("\t")[-1] if path.suffix == ".tsv" else line.rstrip("\n")
                for match in _SENTENCE.finditer(text):
                    yield match.group()
        except UnicodeDecodeError:  # worded as zhkg.ner.bio.read_bio words it
            raise ValueError(f"{path}: not UTF-8 text") from None


def _word_lists(sentences: Iterable[str]) -> Iterator[list[str]]:
    """Each sentence normalised and cut as the tagger cuts it."""
    from zhkg.ner.features import FeatureExtractor, fold_width
    from zhkg.stages.normalise import normalise

    extractor = FeatureExtractor()
    extractor.load()
    for text in sentences:
        text = fold_width(normalise(text).simplified)
        if text.strip():
            yield extractor._words_of(text, None)


def build_clusters(
    sentences: Iterable[Sequence[str]],
    *,
    granularities: Sequence[int] = GRANULARITIES,
    min_count: int = 3,
    contexts: int = 1000,
    dims: int = 100,
    iterations: int = 25,
    seed: int = 0,
) -> dict[str, tuple[int, ...]]:
    """Word -> cluster id at each granularity, from sentences already cut into words.

    >>> text = [["我", "在", city, "工作"] for city in ("北京", "上海", "广州")] * 3
    >>> table = build_clusters(text, granularities=(2,), dims=2)
    >>> table["北京"] == table["上海"] == table["广州"]
    True
    """
    sentences = [list(s) for s in sentences]
    counts = Counter(w for s in sentences for w in s)
    vocab = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))
    if not vocab:
        return {}
    row_of = {w: i for i, w in enumerate(vocab)}
    context_words = vocab[:contexts]
    context_of = {w: i for i, w in enumerate(context_words)}
    width = len(context_words)
    rows: list[int] = []
    cols: list[int] = []
    for s in sentences:
        ids = [row_of.get(w, -1) for w in s]
        ctx = [context_of.get(w, -1) for w in s]
        n = len(s)
        for i, r in enumerate(ids):
            if r < 0:
                continue
            for k, offset in enumerate(_OFFSETS):
                j = i + offset
                if 0 <= j < n and ctx[j] >= 0:
                    rows.append(r)
                    cols.append(k * width + ctx[j])
    matrix = np.zeros((len(vocab), len(_OFFSETS) * width), dtype=np.float32)
    np.add.at(matrix, (np.array(rows, dtype=np.intp), np.array(cols, dtype=np.intp)), 1.0)
    vectors = _reduce(_ppmi(matrix), dims)
    return dict(zip(vocab, zip(*(_kmeans(vectors, k, iterations, seed) for k in granularities))))


def _ppmi(counts: np.ndarray) -> np.ndarray:
    """Positive pointwise mutual information, the context distribution smoothed by the power 0.75."""
    total = float(counts.sum(dtype=np.float64))
    if total == 0:
        return counts
    row = counts.sum(axis=1, dtype=np.float64) / total
    smoothed = counts.sum(axis=0, dtype=np.float64) ** 0.75
    col = smoothed / max(float(smoothed.sum()), 1e-300)
    # in place, row by row block: the matrix is large (words x contexts)
    for a in range(0, len(counts), 4096):
        block = counts[a : a + 4096]
        with np.errstate(divide="ignore", invalid="ignore"):
            expected = (row[a : a + 4096, None] * col[None, :] * total).astype(counts.dtype)
            np.log(block / expected, out=block, where=block > 0)
        block[~(block > 0)] = 0.0
    return counts


def _reduce(matrix: np.ndarray, dims: int) -> np.ndarray:
    """Rows projected on the top right singular vectors, scaled to unit length (signs fixed)."""
    gram = matrix.T @ matrix
    values, vectors = np.linalg.eigh(gram)
    keep = np.argsort(-values, kind="stable")[: max(1, min(dims, matrix.shape[1]))]
    basis = vectors[:, keep]
    # an eigenvector's sign is arbitrary: make each one's largest component positive
    signs = np.sign(basis[np.abs(basis).argmax(axis=0), np.arange(basis.shape[1])])
    basis *= np.where(signs == 0, 1.0, signs)
    projected = matrix @ basis
    norms = np.linalg.norm(projected, axis=1, keepdims=True)
    return projected / np.where(norms == 0, 1.0, norms)


def _kmeans(vectors: np.ndarray, k: int, iterations: int, seed: int) -> list[int]:
    """Spherical k-means: each row's centre (by cosine), the centres started at rows drawn with ``seed``."""
    n = len(vectors)
    k = min(k, n)
    start = np.random.RandomState(seed).choice(n, size=k, replace=False)
    centres = vectors[np.sort(start)].copy()
    assigned = np.full(n, -1, dtype=np.intp)
    for _ in range(iterations):
        nearest = np.empty(n, dtype=np.intp)
        for a in range(0, n, 8192):  # bounded memory: (rows, k) similarities a block at a time
            nearest[a : a + 8192] = (vectors[a : a + 8192] @ centres.T).argmax(axis=1)
        if np.array_equal(nearest, assigned):
            break
        assigned = nearest
        sums = np.zeros_like(centres)
        np.add.at(sums, assigned, vectors)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        centres = np.where(empty[:, None], centres, sums / np.where(norms == 0, 1.0, norms))
    # number clusters by their most frequent word (rows are in frequency order), so ids are stable
    first = {}
    for c in assigned.tolist():
        first.setdefault(c, len(first))
    return [first[c] for c in assigned.tolist()]


def write_clusters(table: dict[str, tuple[int, ...]], output: str | Path) -> Path:
    """Write the table (words in the order given), atomically."""
    from zhkg.export.atomic import atomic_write

    output = Path(output)
    lines = [_HEADER] + [w + "\t" + "\t".join(map(str, ids)) for w, ids in table.items()]
    with atomic_write(output) as handle:
        handle.write("\n".join(lines) + "\n")
    return output


def read_clusters(path: str | Path) -> dict[str, tuple[str, ...]]:
    """Word -> its cluster ids as strings, coarsest first; a missing or malformed table is a one-line error.

    Raises
    ------
    ModelFileError
        If the file is missing, unreadable, or a line is not a word and as many ids as the header names.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ModelFileError(f"word cluster table not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelFileError(f"word cluster table cannot be read: {path} ({exc})") from None
    lines = text.split("\n")
    if not lines or not lines[0].startswith("# word\t"):
        raise ModelFileError(f"word cluster table has no '# word' header: {path}")
    columns = len(lines[0].split("\t")) - 1
    table: dict[str, tuple[str, ...]] = {}
    for lineno, line in enumerate(lines[1:], 2):
        if not line:
            continue
        word, *ids = line.split("\t")
        if not word or len(ids) != columns or not all(i.isdigit() for i in ids):
            raise ModelFileError(f"word cluster table is corrupt at line {lineno}: {path}")
        table[word] = tuple(ids)
    if not table:
        raise ModelFileError(f"word cluster table is empty: {path}")
    return table


def _parse_args(argv: Sequence[str] | None) -> tuple[argparse.Namespace, list[tuple[Path, int]]]:
    # whole_number: --contexts 0 stopped in a traceback, --dims 0 wrote noise
    from zhkg.cli.arguments import ModuleParser, whole_number

    parser = ModuleParser(prog="python -m zhkg.ner.clusters", description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, required=True, help="the table to write (TSV)")
    parser.add_argument("--min-count", type=whole_number(1), default=3)
    parser.add_argument("--contexts", type=whole_number(1), default=1000, help="context words at each offset")
    parser.add_argument("--dims", type=whole_number(1), default=100)
    parser.add_argument("--seed", type=int, default=0)
    args, rest = parser.parse_known_args(argv)
    sources: list[tuple[Path, int]] = []
    every = 0
    it = iter(rest)
    for item in it:
        if item == "--dev-every":
            value = next(it, "")  # the option last, or a word after it, is a usage error, not a traceback
            if not value.isdigit():
                parser.error(f"--dev-every needs a whole number before its file, not {value or 'nothing'}")
            every = int(value)
            continue
        if item.startswith("-"):
            parser.error(f"unknown option {item}")
        sources.append((Path(item), every))
        every = 0
    if not sources:
        parser.error("give at least one source file")
    return args, sources


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    from zhkg.cli import module_status

    args, sources = _parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    return module_status(lambda: _build(args, sources), interrupted="Interrupted; no table was written.",
                         outputs=[("--output", args.output)])


def _build(args: argparse.Namespace, sources: list[tuple[Path, int]]) -> None:
    from zhkg.errors import InputError
    from zhkg.export.outputs import check_outputs

    check_outputs([("--output", args.output)], [path for path, _every in sources])  # before any text is read
    sentences: list[list[str]] = []
    for path, every in sources:
        before = len(sentences)
        try:
            sentences.extend(_word_lists(sentences_of(path, every)))
        except ValueError as exc:  # a malformed or non-UTF-8 file (sentences_of and read_bio name it)
            raise InputError(str(exc)) from None
        log.info("%s: %d sentences", path, len(sentences) - before)
    table = build_clusters(sentences, min_count=args.min_count, contexts=args.contexts, dims=args.dims,
                           seed=args.seed)
    if not table:  # read_clusters refuses an empty table: never write one
        raise InputError(f"no word is seen {args.min_count} times (--min-count) in the sources: no table to write")
    write_clusters(table, args.output)
    log.info("wrote %s: %d words", args.output, len(table))


if __name__ == "__main__":
    sys.exit(main())
