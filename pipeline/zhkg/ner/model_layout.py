"""A crfsuite model file's inner offsets checked before crfsuite follows them.

crfsuite trusts every offset inside a model file: a file of the right size whose bytes were damaged (a bad copy, a
disk error) can make it read far outside the file and end the process with a segmentation fault, no error at all
(robust265: 2,000 bytes overwritten in the attribute references of a model made ``Tagger.dump`` crash).
:func:`check_layout` reads the file's chunks as crfsuite 0.12 lays them out and refuses, with a
:class:`~zhkg.errors.ModelFileError`, any offset or count that points outside its chunk:

* the 48-byte header: ``lCRF``, size, ``FOMC``, version, then the numbers of features, labels and attributes and
  the offsets of the feature table (``FEAT``), the label and attribute names (two ``CQDB`` chunks) and the
  feature references of each label and attribute (``LFRF``, ``AFRF``);
* a ``CQDB`` chunk: ``chunkid, size, flag, byteorder, bwd_size, bwd_offset``, 256 hash tables of
  ``(offset, count)``, buckets of ``(hash, offset)``, records of ``(id, key size, key)`` and the backward array
  of record offsets (offsets relative to the chunk);
* a references chunk: ``chunkid, size, count``, then one file offset per label or attribute (and spare ones, 0),
  each to a count and that many feature ids.

Damage that keeps every offset inside its chunk (a weight or a name's letters changed) is not found here: the
decoder reads the weights itself and refuses names that are not UTF-8 (:func:`zhkg.ner.decode.read_model`).
"""

from __future__ import annotations

import struct

import numpy as np

from zhkg.errors import ModelFileError

__all__ = ["CQDB_BYTE_ORDER", "CQDB_HEADER", "CQDB_TABLES", "FEATURE_RECORD", "HEADER", "check_layout"]

#: The 48-byte file header: ``lCRF``, size, ``FOMC``, version, then the counts and the chunks' offsets.
HEADER = struct.Struct("<4sI4sIIIIIIIII")
#: A CQDB chunk's header: ``CQDB``, size, flag, byte-order check, number of names, offset of the backward links.
CQDB_HEADER = struct.Struct("<4sIIIII")
CQDB_BYTE_ORDER = 0x62445371  # CQDB's check of the byte order
CQDB_TABLES = 256  # a CQDB chunk's hash tables
#: One record of the feature table ``FEAT``: type (0 state, 1 transition), source, destination, weight.
FEATURE_RECORD = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


def _u32(buf: np.ndarray, at: np.ndarray) -> np.ndarray:
    """The little-endian uint32 at each byte offset ``at`` (checked by the caller) of ``buf``, the file's every
    four bytes in a row (:func:`_windows`): one look-up an offset."""
    return np.ascontiguousarray(buf[at.astype(np.intp)]).view("<u4").ravel().astype(np.int64)


def _windows(raw: bytes) -> np.ndarray:
    """``raw`` as overlapping rows of four bytes, one starting at each byte (a view: nothing copied)."""
    data = np.frombuffer(raw, dtype=np.uint8)
    return np.lib.stride_tricks.as_strided(data, shape=(max(len(data) - 3, 0), 4), strides=(1, 1), writeable=False)


def _chunk(raw: bytes, offset: int, magic: bytes, what: str) -> tuple[int, int]:
    """``(start, end)`` of the chunk ``magic`` at ``offset``, which must lie inside the file."""
    if offset + 8 > len(raw) or raw[offset:offset + 4] != magic:
        raise ModelFileError(f"its {what} ({magic.decode()}) is not at offset {offset:,}")
    size = int.from_bytes(raw[offset + 4:offset + 8], "little")
    if size < 8 or offset + size > len(raw):
        raise ModelFileError(f"its {what} runs past the end of the file")
    return offset, offset + size


def _check_records(buf: np.ndarray, start: int, end: int, at: np.ndarray, ids: int, what: str) -> None:
    """Records ``(id, key size, key)`` at the chunk offsets ``at`` (0: none) lie in the chunk, ids below ``ids``."""
    at = at[at != 0].astype(np.int64) + start
    if (at + 8 > end).any():
        raise ModelFileError(f"its {what} point outside their chunk")
    record_ids, sizes = _u32(buf, at), _u32(buf, at + 4)
    if (at + 8 + sizes > end).any() or (record_ids >= ids).any():
        raise ModelFileError(f"its {what} point outside their chunk")


def _check_names(raw: bytes, buf: np.ndarray, offset: int, count: int, what: str) -> None:
    start, end = _chunk(raw, offset, b"CQDB", what)
    if end - start < CQDB_HEADER.size + 8 * CQDB_TABLES:
        raise ModelFileError(f"its {what} are cut short")
    _, size, _, order, bwd_size, bwd_offset = CQDB_HEADER.unpack_from(raw, start)
    if order != CQDB_BYTE_ORDER:
        raise ModelFileError(f"its {what} have no byte-order mark")
    tables = np.frombuffer(raw, dtype="<u4", count=2 * CQDB_TABLES, offset=start + CQDB_HEADER.size).reshape(CQDB_TABLES, 2)
    used = tables[tables[:, 1] > 0].astype(np.int64)
    if (used[:, 0] + 8 * used[:, 1] > size).any():
        raise ModelFileError(f"its {what} hash tables point outside their chunk")
    if len(used):
        slots = np.repeat(used[:, 0], used[:, 1]) + 8 * (np.arange(int(used[:, 1].sum()))
                                                        - np.repeat(np.cumsum(used[:, 1]) - used[:, 1], used[:, 1]))
        _check_records(buf, start, end, _u32(buf, slots + start + 4), count, f"{what} hash tables")
    if bwd_offset + 4 * bwd_size > size or bwd_size > count:
        raise ModelFileError(f"its {what} list runs past its chunk")
    _check_records(buf, start, end, np.frombuffer(raw, dtype="<u4", count=bwd_size, offset=start + bwd_offset),
                   count, what)


def _check_references(raw: bytes, buf: np.ndarray, offset: int, magic: bytes, count: int, features: int,
                      what: str) -> None:
    start, end = _chunk(raw, offset, magic, what)
    if end - start < 12:
        raise ModelFileError(f"its {what} are cut short")
    listed = int.from_bytes(raw[start + 8:start + 12], "little")
    if listed < count or start + 12 + 4 * listed > end:
        raise ModelFileError(f"its {what} list {listed:,} of {count:,}")
    at = np.frombuffer(raw, dtype="<u4", count=listed, offset=start + 12).astype(np.int64)
    at = np.concatenate([at[:count], at[count:][at[count:] != 0]])  # spare places past the last (crfsuite's 2) are 0
    if ((at < start) | (at + 4 > end)).any():
        raise ModelFileError(f"its {what} point outside their chunk")
    sizes = _u32(buf, at)
    if (at + 4 + 4 * sizes > end).any():
        raise ModelFileError(f"its {what} point outside their chunk")
    if sizes.sum():
        ids = np.repeat(at + 4, sizes) + 4 * (np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes))
        if (_u32(buf, ids) >= features).any():
            raise ModelFileError(f"its {what} name features the file does not have")


def check_layout(raw: bytes) -> None:
    """Raise :class:`~zhkg.errors.ModelFileError` (what is wrong, without the file's name) unless every offset of the
    crfsuite model ``raw`` stays inside its chunk.

    >>> check_layout(b"lCRF" + bytes(4) + b"FOMC" + bytes(52))
    Traceback (most recent call last):
    ...
    zhkg.errors.ModelFileError: its feature table (FEAT) is not at offset 0
    """
    if len(raw) < HEADER.size:
        raise ModelFileError("its header is cut short")
    _, _, kind, _, _, labels, attributes, off_features, off_labels, off_attributes, off_label_refs, off_attribute_refs = (
        HEADER.unpack_from(raw))
    if kind != b"FOMC":
        raise ModelFileError(f"it is a {kind!r} model, not a CRF (FOMC)")
    start, end = _chunk(raw, off_features, b"FEAT", "feature table")
    features = int.from_bytes(raw[start + 8:start + 12], "little") if end - start >= 12 else -1
    if features < 0 or start + 12 + 20 * features > end:
        raise ModelFileError("its feature table runs past its chunk")
    buf = _windows(raw)
    _check_names(raw, buf, off_labels, labels, "label names")
    _check_names(raw, buf, off_attributes, attributes, "attribute names")
    _check_references(raw, buf, off_label_refs, b"LFRF", labels, features, "label references")
    _check_references(raw, buf, off_attribute_refs, b"AFRF", attributes, features, "attribute references")
