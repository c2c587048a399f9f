"""jieba's stock dictionary, parsed once per process and cached in zhkg's private folder.

jieba parses its ``dict.txt`` (or loads its own ``marshal`` cache of it) for every
``Tokenizer``, and ``jieba.posseg`` parses the file again for its tag table: a
run of zhkg used to do that four times (the pipeline's tokenizer, the
recogniser's private one, two tag tables). :func:`stock_dictionary` reads the
prefix frequencies, their total and the word tags once, from one ``marshal``
file in :func:`zhkg.cachedir.cache_dir` keyed by a hash of ``dict.txt``,
jieba's version and the file's format (so installs of two zhkg versions do not
replace each other's file); :func:`init_tokenizer` gives a ``jieba.Tokenizer`` its own copy.

The cache file is written by this user into a folder only this user can write
(never ``$TMPDIR``); one that does not load, or holds another key or the wrong
shapes, is rebuilt from ``dict.txt``.
"""

from __future__ import annotations

import hashlib
import marshal
import threading

__all__ = ["stock_dictionary", "init_tokenizer", "import_jieba", "FORMAT"]

#: The cache file's format tag; bump it when what the file holds changes.
FORMAT = "zhkg-jieba-stock-2"

_lock = threading.Lock()
_import_lock = threading.Lock()  # one thread at a time hides pkg_resources while importing jieba
_stock: tuple[dict[str, int], int, dict[str, str]] | None = None


def import_jieba():
    """``import jieba`` without the ``pkg_resources`` that jieba's ``_compat`` module imports first.

    Importing ``pkg_resources`` (setuptools' whole requirement parser) took longer
    than jieba itself, a tenth of a one-article run. Without it jieba opens its
    data files next to its own modules, which is where ``pkg_resources`` finds them
    too. When something has already imported ``pkg_resources``, jieba gets it.
    """
    import sys

    if "jieba" in sys.modules:
        # the import statement, not sys.modules: a module another thread is still importing (two threads of
        # one Dask worker loading their pipelines) is waited for, never handed out half made
        import jieba

        return jieba
    with _import_lock:
        absent = "pkg_resources" not in sys.modules
        if absent:
            sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import raises ImportError
        try:
            import jieba
        finally:
            if absent and "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is None:
                del sys.modules["pkg_resources"]
    return jieba


def _dict_bytes() -> bytes:
    jieba = import_jieba()

    with jieba.get_module_res(jieba.DEFAULT_DICT_NAME) as handle:
        return handle.read()


def _parse(data: bytes) -> tuple[dict[str, int], int, dict[str, str]]:
    """Prefix frequencies and total (as ``jieba.Tokenizer.gen_pfdict``) and tags (as ``jieba.posseg``)."""
    import io

    jieba = import_jieba()

    freq, total = jieba.Tokenizer().gen_pfdict(io.BytesIO(data))
    # the tags' keys are the very string objects of the frequencies' keys, and each tag one object, so the
    # cache file refers back to them instead of spelling them again: a quarter less to read at start-up
    word = {w: w for w in freq}
    tag_of: dict[str, str] = {}
    tags: dict[str, str] = {}
    for line in data.decode("utf-8").splitlines():
        parts = line.strip().split(" ")
        if len(parts) == 3:
            tags[word.get(parts[0], parts[0])] = tag_of.setdefault(parts[2], parts[2])
    return freq, total, tags


def _valid(loaded: object, key: str) -> bool:
    return (
        isinstance(loaded, tuple)
        and len(loaded) == 5
        and loaded[0] == FORMAT
        and loaded[1] == key
        and isinstance(loaded[2], dict)
        and isinstance(loaded[3], int)
        and isinstance(loaded[4], dict)
        and bool(loaded[2])
        and bool(loaded[4])
    )


def _load_or_build() -> tuple[dict[str, int], int, dict[str, str]]:
    jieba = import_jieba()

    from zhkg.cachedir import KEEP_FILES, cache_dir, store, used

    data = _dict_bytes()
    key = hashlib.blake2b(data + jieba.__version__.encode() + FORMAT.encode(), digest_size=16).hexdigest()
    folder = cache_dir("jieba")
    path = folder / f"stock-{key}.marshal" if folder is not None else None
    if path is not None:
        try:
            with open(path, "rb") as handle:
                loaded = marshal.loads(handle.read())  # load(handle) reads in tiny pieces: 3x slower
            if _valid(loaded, key):
                used(path)
                return loaded[2], loaded[3], loaded[4]
        except (OSError, EOFError, ValueError, TypeError):
            pass  # absent or damaged: rebuilt below
    freq, total, tags = _parse(data)
    if path is not None:  # a cache that cannot be written is rebuilt next time
        store(path, lambda handle: handle.write(marshal.dumps((FORMAT, key, freq, total, tags))), keep=KEEP_FILES)
    return freq, total, tags


def stock_dictionary() -> tuple[dict[str, int], int, dict[str, str]]:
    """jieba's stock dictionary: ``(prefix frequencies, total, word -> tag)``, shared; do not modify them.

    >>> freq, total, tags = stock_dictionary()
    >>> tags["北京"], freq["北京"] > 0, total > 0
    ('ns', True, True)
    """
    global _stock
    with _lock:
        if _stock is None:
            from zhkg.resources.lifetime import long_lived

            with long_lived():
                _stock = _load_or_build()
        return _stock


def init_tokenizer(tokenizer) -> None:
    """Initialise a ``jieba.Tokenizer`` on the stock dictionary with its own copy of the frequencies.

    A tokenizer on another dictionary (``jieba.set_dictionary``) is left to
    jieba, its cache kept in zhkg's private folder.
    """
    jieba = import_jieba()

    if tokenizer.initialized:
        return
    if tokenizer.dictionary != jieba.DEFAULT_DICT:
        from zhkg.stages.segment import private_jieba_cache

        private_jieba_cache(tokenizer)
        tokenizer.initialize()
        return
    freq, total, _ = stock_dictionary()
    with tokenizer.lock:
        if not tokenizer.initialized:
            tokenizer.FREQ = dict(freq)
            tokenizer.total = total
            tokenizer.initialized = True
