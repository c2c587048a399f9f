"""zhkg's errors: one base, :class:`ZhkgError`, and a kind for each thing that can go wrong.

Every error zhkg raises for a user's mistake or a bad file is a :class:`ZhkgError`
whose message is one line fit to show as it is; the CLI prints it as
``Error: …`` and exits 1. Each kind also derives from the built-in exception it
refines (``ValueError``, ``LookupError``, ``RuntimeError``, ``OSError``), so
code that caught those before keeps working.

>>> try:
...     raise InputError("notes.txt is not valid utf-8 (byte 2)")
... except ZhkgError as exc:
...     print(f"Error: {exc}")
Error: notes.txt is not valid utf-8 (byte 2)
"""

from __future__ import annotations

__all__ = [
    "ZhkgError",
    "InputError",
    "ConfigError",
    "OutputError",
    "OutputConflictError",
    "ModelFileError",
    "ModelLayoutError",
    "GraphFileError",
    "QueryError",
    "UnknownNameError",
    "NoPathError",
    "OffsetInvariantError",
    "WorkerError",
]


class ZhkgError(Exception):
    """Base of every error zhkg raises on purpose; ``str(exc)`` is one line for the user."""

    def __str__(self) -> str:  # LookupError would quote the message like a KeyError
        return str(self.args[0]) if self.args else self.__class__.__name__


class InputError(ZhkgError, ValueError):
    """An input that cannot be read: missing, unreadable, malformed or too large."""


class ConfigError(ZhkgError, ValueError):
    """A setting, config file, lexicon folder or registered name that is wrong."""


class OutputError(ZhkgError, OSError):
    """An output path that cannot or must not be written."""


class OutputConflictError(OutputError):
    """An output path the command itself makes wrong: an input, inside an input folder, or another output's path.

    Unlike an :class:`OutputError` of the file system (a folder that is not writable), this is a
    mistake in the command line: ``zhkg extract`` exits 2 for it, as for a bad option.
    """


class ModelFileError(ZhkgError, RuntimeError):
    """The recogniser's model file is missing or is not a readable crfsuite model."""


class ModelLayoutError(ModelFileError):
    """The model file is not laid out as the numpy decoder expects."""


class GraphFileError(ZhkgError, ValueError):
    """A graph file that is missing, of an unknown kind, or not a graph."""


class QueryError(ZhkgError, ValueError):
    """A question asked with the wrong arguments (unknown question, kind or arity)."""


class UnknownNameError(ZhkgError, LookupError):
    """No node has this name; ``closest`` holds the labels of the nearest names."""

    def __init__(self, name: str, closest: tuple[str, ...] = (), what: str = "entity") -> None:
        self.name = name
        self.closest = closest
        hint = f"closest: {', '.join(closest)}" if closest else "no similar names"
        super().__init__(f"no {what} named {name!r}; {hint}")


class AmbiguousNameError(UnknownNameError):
    """A question about one entity named by the start of several names' pinyin (``Yan`` for 闫维洪 and 杨明), or by
    the short form of several places' names (新城 for 新城鄉 and 新城区)."""

    def __init__(self, name: str, candidates: tuple[str, ...], how: str = "begins the pinyin of") -> None:
        LookupError.__init__(self, f"{name!r} {how} several entities: {', '.join(candidates)}; "
                                   "give more of the name (find lists them)")
        self.name = name
        self.closest = candidates


class NotAnEntityError(ZhkgError, LookupError):
    """A name that names a document where a question asks about an entity (``documents-of`` a headline)."""


class NotADocumentError(UnknownNameError):
    """A name that names an entity and no document where a question asks about a document (``entities-of`` a
    person); an :class:`UnknownNameError`, as the document is not found."""

    def __init__(self, name: str, node: str) -> None:
        LookupError.__init__(self, f"{name!r} is an entity ({node}), not a document: "
                                   f"documents-of {name} lists the documents that mention it")
        self.name = name
        self.closest = ()


class NoPathError(ZhkgError, LookupError):
    """Two entities are not connected (without documents, unless they were allowed)."""


class OffsetInvariantError(ZhkgError, ValueError):
    """A conversion changed the length of a text, so offsets would not carry over."""


class WorkerError(ZhkgError, RuntimeError):
    """A worker process died (killed by the system, for instance out of memory) while processing a document."""
