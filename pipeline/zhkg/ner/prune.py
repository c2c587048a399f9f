"""Prune a trained crfsuite model after training: drop its smallest state weights and write a smaller model file.

A model trained with the shipped regularisation (``--c1 0.05``, every feature seen once kept) reads rare letters —
transliterated and foreign names — by features that a stronger L1 penalty or ``--min-freq 2`` drops while training
(issue 15, route264 and crf271). Pruning afterwards keeps the features whose weights are large, whatever their
frequency, and drops only state weights smaller than ``--threshold`` in absolute value; transition weights are all
kept, and an attribute left without a weight is dropped with its name. Usage (from the repository's root)::

    python -m zhkg.ner.prune MODEL --threshold 0.05 --output SMALLER.crfsuite

The file written is a crfsuite 0.12 model (``FOMC``) in the layout crfsuite writes (:mod:`zhkg.ner.model_layout`
describes it): the 48-byte header, the feature table ``FEAT``, the label names and the attribute names (two ``CQDB``
chunks, the label chunk copied as it is, the attribute chunk built here with crfsuite's hash, Bob Jenkins'
lookup3 ``hashlittle``), then the feature references of each label (``LFRF``) and attribute (``AFRF``). crfsuite opens
it and tags with what is left; a threshold of 0 writes a file that tags as the input does.

The output is written as ``zhkg extract`` writes its files (:func:`zhkg.cli.module_status`): checked before the model
is read (never the model itself, a folder or a device), written whole or not at all (a failed or interrupted run
leaves any earlier file as it was and removes the folders it made), one ``Error:`` line for a bad model.
"""

from __future__ import annotations

import argparse
import struct
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from zhkg.errors import ModelFileError
from zhkg.ner.model_layout import CQDB_BYTE_ORDER, CQDB_HEADER, CQDB_TABLES, FEATURE_RECORD, HEADER

__all__ = ["hashlittle", "prune_model", "prune_file"]

_MASK = 0xFFFFFFFF


def _rot(x: int, k: int) -> int:
    return ((x << k) | (x >> (32 - k))) & _MASK


def hashlittle(key: bytes, initval: int = 0) -> int:
    """Bob Jenkins' lookup3 ``hashlittle`` of ``key`` (all its bytes), as crfsuite's CQDB hashes a name with its NUL.

    >>> hex(hashlittle(b""))
    '0xdeadbeef'
    >>> hex(hashlittle(b"Four score and seven years ago"))
    '0x17770551'
    """
    length = len(key)
    a = b = c = (0xDEADBEEF + length + initval) & _MASK
    if not length:
        return c
    padded = key + bytes(-length % 12 or 0)
    words = struct.unpack(f"<{len(padded) // 4}I", padded)
    blocks = len(words) // 3
    for i in range(blocks - 1):  # every block but the last: mix
        a = (a + words[3 * i]) & _MASK
        b = (b + words[3 * i + 1]) & _MASK
        c = (c + words[3 * i + 2]) & _MASK
        a = (a - c) & _MASK; a ^= _rot(c, 4); c = (c + b) & _MASK  # noqa: E702
        b = (b - a) & _MASK; b ^= _rot(a, 6); a = (a + c) & _MASK  # noqa: E702
        c = (c - b) & _MASK; c ^= _rot(b, 8); b = (b + a) & _MASK  # noqa: E702
        a = (a - c) & _MASK; a ^= _rot(c, 16); c = (c + b) & _MASK  # noqa: E702
        b = (b - a) & _MASK; b ^= _rot(a, 19); a = (a + c) & _MASK  # noqa: E702
        c = (c - b) & _MASK; c ^= _rot(b, 4); b = (b + a) & _MASK  # noqa: E702
    last = 3 * (blocks - 1)
    a = (a + words[last]) & _MASK
    b = (b + words[last + 1]) & _MASK
    c = (c + words[last + 2]) & _MASK
    c ^= b; c = (c - _rot(b, 14)) & _MASK  # noqa: E702
    a ^= c; a = (a - _rot(c, 11)) & _MASK  # noqa: E702
    b ^= a; b = (b - _rot(a, 25)) & _MASK  # noqa: E702
    c ^= b; c = (c - _rot(b, 16)) & _MASK  # noqa: E702
    a ^= c; a = (a - _rot(c, 4)) & _MASK  # noqa: E702
    b ^= a; b = (b - _rot(a, 14)) & _MASK  # noqa: E702
    c ^= b; c = (c - _rot(b, 24)) & _MASK  # noqa: E702
    return c


def _read_names(raw: bytes, offset: int, count: int) -> list[bytes]:
    """The ``count`` keys (with their NUL) of the CQDB chunk at ``offset``, by id."""
    _, _, _, order, bwd_size, bwd_offset = CQDB_HEADER.unpack_from(raw, offset)
    if order != CQDB_BYTE_ORDER or bwd_size != count:
        raise ModelFileError("its names are not in crfsuite's layout")
    names: list[bytes] = [b""] * count
    for at in struct.unpack_from(f"<{count}I", raw, offset + bwd_offset):
        ident, size = struct.unpack_from("<II", raw, offset + at)
        names[ident] = raw[offset + at + 8:offset + at + 8 + size]
    return names


def _names_chunk(names: Sequence[bytes]) -> bytes:
    """A CQDB chunk of ``names`` (each with its NUL), id = position, laid out as crfsuite's writer lays it out."""
    start = CQDB_HEADER.size + 8 * CQDB_TABLES
    records = bytearray()
    offsets, hashes = [], []
    for ident, name in enumerate(names):
        offsets.append(start + len(records))
        hashes.append(hashlittle(name))
        records += struct.pack("<II", ident, len(name)) + name
    per_table: list[list[int]] = [[] for _ in range(CQDB_TABLES)]
    for ident, h in enumerate(hashes):
        per_table[h % CQDB_TABLES].append(ident)
    refs, buckets = bytearray(), bytearray()
    at = start + len(records)
    for idents in per_table:
        size = 2 * len(idents)
        slots = [(0, 0)] * size
        for ident in idents:
            k = (hashes[ident] >> 8) % size
            while slots[k][1]:
                k = (k + 1) % size
            slots[k] = (hashes[ident], offsets[ident])
        refs += struct.pack("<II", at if size else 0, size)
        buckets += b"".join(struct.pack("<II", h, o) for h, o in slots)
        at += 8 * size
    backward = struct.pack(f"<{len(names)}I", *offsets)
    size = at + len(backward)
    return CQDB_HEADER.pack(b"CQDB", size, 0, CQDB_BYTE_ORDER, len(names), at) + bytes(refs) + records + buckets + backward


def _references(magic: bytes, lists: Sequence[np.ndarray], spare: int, at: int) -> bytes:
    """A references chunk (``LFRF``/``AFRF``) starting at file offset ``at``: per list, its count and feature ids."""
    listed = len(lists) + spare
    body_at = at + 12 + 4 * listed
    offsets, body = [], bytearray()
    for ids in lists:
        offsets.append(body_at + len(body))
        body += struct.pack("<I", len(ids)) + np.asarray(ids, dtype="<u4").tobytes()
    table = struct.pack(f"<{listed}I", *offsets, *([0] * spare))
    return struct.pack("<4sII", magic, 12 + len(table) + len(body), listed) + table + bytes(body)


def _pad(data: bytearray) -> None:
    data += bytes(-len(data) % 4)


def prune_model(raw: bytes, threshold: float) -> bytes:
    """The crfsuite model ``raw`` without its state weights smaller than ``threshold`` in absolute value."""
    if len(raw) < HEADER.size:
        raise ModelFileError("its header is cut short")
    (magic, _, kind, version, _, num_labels, num_attrs, off_features, off_labels, off_attrs, _, _) = (
        HEADER.unpack_from(raw))
    if magic != b"lCRF" or kind != b"FOMC":
        raise ModelFileError("it is not a crfsuite CRF model")
    count = struct.unpack_from("<I", raw, off_features + 8)[0]
    features = np.frombuffer(raw, dtype=FEATURE_RECORD, count=count, offset=off_features + 12)
    state = features["type"] == 0
    keep = ~state | (np.abs(features["weight"]) >= threshold)
    kept = features[keep].copy()
    used = np.zeros(num_attrs, dtype=bool)
    used[kept["src"][kept["type"] == 0]] = True
    new_id = np.cumsum(used) - 1
    kept["src"] = np.where(kept["type"] == 0, new_id[kept["src"]], kept["src"])
    order = np.lexsort((kept["dst"], kept["src"], kept["type"]))  # crfsuite's order: state by attribute, then transitions
    kept = kept[order]
    names = _read_names(raw, off_attrs, num_attrs)
    attr_names = [name for name, u in zip(names, used) if u]
    labels_size = struct.unpack_from("<I", raw, off_labels + 4)[0]
    labels_chunk = raw[off_labels:off_labels + labels_size]

    out = bytearray(bytes(HEADER.size))
    at_features = len(out)
    out += struct.pack("<4sII", b"FEAT", 12 + 20 * len(kept), len(kept)) + kept.tobytes()
    at_labels = len(out)
    out += labels_chunk
    at_attrs = len(out)
    out += _names_chunk(attr_names)
    _pad(out)
    is_state = kept["type"] == 0
    ids = np.arange(len(kept))
    label_lists = [ids[~is_state & (kept["src"] == k)] for k in range(num_labels)]
    at_label_refs = len(out)
    out += _references(b"LFRF", label_lists, 2, at_label_refs)
    _pad(out)
    state_ids, state_src = ids[is_state], kept["src"][is_state]
    bounds = np.searchsorted(state_src, np.arange(len(attr_names) + 1))
    attr_lists = [state_ids[bounds[i]:bounds[i + 1]] for i in range(len(attr_names))]
    at_attr_refs = len(out)
    out += _references(b"AFRF", attr_lists, 0, at_attr_refs)
    out[:HEADER.size] = HEADER.pack(b"lCRF", len(out), b"FOMC", version, 0, num_labels, len(attr_names),
                                      at_features, at_labels, at_attrs, at_label_refs, at_attr_refs)
    return bytes(out)


def prune_file(model: str | Path, output: str | Path, threshold: float) -> tuple[int, int]:
    """Write ``model`` pruned at ``threshold`` to ``output``; returns the features before and after."""
    from zhkg.export.atomic import atomic_write

    raw = Path(model).read_bytes()
    pruned = prune_model(raw, threshold)
    with atomic_write(output, "wb") as fh:  # a failed or interrupted write leaves no half model, any old one whole
        fh.write(pruned)
    before = struct.unpack_from("<I", raw, HEADER.unpack_from(raw)[7] + 8)[0]
    after = struct.unpack_from("<I", pruned, HEADER.unpack_from(pruned)[7] + 8)[0]
    return before, after


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    from zhkg.cli import module_status
    from zhkg.cli.arguments import ModuleParser, number

    parser = ModuleParser(prog="python -m zhkg.ner.prune", description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path, help="the crfsuite model to prune")
    parser.add_argument("--threshold", type=number(), required=True,  # (nan pruned nothing, silently)
                        help="drop state weights smaller than this in absolute value (0 or more)")
    parser.add_argument("--output", type=Path, required=True, help="the model file to write")
    args = parser.parse_args(argv)

    return module_status(lambda: _prune(args), interrupted="Interrupted; no model was written.",
                         outputs=[("--output", args.output)])


def _prune(args: argparse.Namespace) -> None:
    """Check the output (before the model is read), prune, write, say what was written."""
    from zhkg.errors import InputError
    from zhkg.export.outputs import check_outputs

    check_outputs([("--output", args.output)], [args.model])  # never over the model read, a folder or a device
    try:
        before, after = prune_file(args.model, args.output, args.threshold)
    except (ModelFileError, struct.error) as exc:
        raise InputError(f"cannot prune {args.model}: {exc}") from None
    print(f"{args.output}: {after:,} of {before:,} features, {args.output.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    sys.exit(main())
