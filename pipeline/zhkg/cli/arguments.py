"""The ``python -m zhkg.…`` commands' ``argparse`` parser and number types, and a number type for ``zhkg``'s click
options.

A mistake in a module command's line is one line, ``Error: … (python -m zhkg.ner.prune --help)``, exit status 2, as
in ``zhkg``'s own commands (:class:`ModuleParser`, :func:`zhkg.cli.usage_error`), not argparse's usage block.

A count, a size or a penalty out of its range (``--epochs 0``, ``--dims -2``, ``--contexts 0``, ``--c1 nan``) is a
usage error, exit 2 and nothing read or written: left to the trainers, it trained a model of nothing, wrote a table
of noise or stopped in a traceback (round tidy289). ``nan`` compares false with every bound, so a plain range check
(``value < 0``, :class:`click.FloatRange`) lets it by: these types refuse it by name.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from typing import NoReturn

import click

__all__ = ["FiniteFloatRange", "ModuleParser", "number", "whole_number"]


class ModuleParser(argparse.ArgumentParser):
    """:class:`argparse.ArgumentParser` whose usage error is ``zhkg``'s: one ``Error: …`` line naming the help to
    read, exit status 2 (argparse prints its usage line, then ``PROG: error: …``).

    >>> import contextlib, io
    >>> parser = ModuleParser(prog="python -m zhkg.ner.prune")
    >>> _ = parser.add_argument("--output", required=True)
    >>> err = io.StringIO()
    >>> with contextlib.redirect_stderr(err):
    ...     try:
    ...         parser.parse_args([])
    ...     except SystemExit as exc:
    ...         print(exc.code)
    2
    >>> err.getvalue()
    'Error: the following arguments are required: --output (python -m zhkg.ner.prune --help)\\n'
    """

    def error(self, message: str) -> NoReturn:
        from zhkg.cli import terminal_text, usage_error

        exc = usage_error(terminal_text(message), self.prog)
        exc.show()
        self.exit(exc.exit_code)


def whole_number(minimum: int) -> Callable[[str], int]:
    """An ``argparse`` type: a whole number of at least ``minimum``.

    >>> whole_number(1)("3"), whole_number(0)("0")
    (3, 0)
    >>> whole_number(1)("0")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: expected a whole number of at least 1, got '0'
    """

    def parse(value: str) -> int:
        try:
            parsed = int(value)
        except ValueError:
            parsed = None
        if parsed is None or parsed < minimum:
            raise argparse.ArgumentTypeError(f"expected a whole number of at least {minimum}, got {value!r}")
        return parsed

    return parse


def number(minimum: float = 0.0) -> Callable[[str], float]:
    """An ``argparse`` type: a finite number of at least ``minimum`` (never ``nan`` or ``inf``).

    >>> number()("0.05"), number()("0")
    (0.05, 0.0)
    >>> number()("nan")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: expected a number of at least 0.0, got 'nan'
    """

    def parse(value: str) -> float:
        try:
            parsed = float(value)
        except ValueError:
            parsed = math.nan
        if not math.isfinite(parsed) or parsed < minimum:
            raise argparse.ArgumentTypeError(f"expected a number of at least {minimum}, got {value!r}")
        return parsed

    return parse


class FiniteFloatRange(click.FloatRange):
    """:class:`click.FloatRange` that refuses ``nan`` (which every bound lets by).

    >>> FiniteFloatRange(0.0, 1.0).convert("0.5", None, None)
    0.5
    >>> FiniteFloatRange(0.0, 1.0).convert("nan", None, None)
    Traceback (most recent call last):
    ...
    click.exceptions.BadParameter: 'nan' is not a number.
    """

    def convert(self, value, param, ctx):  # noqa: ANN001, ANN201 (click's signature)
        converted = super().convert(value, param, ctx)
        if math.isnan(converted):
            self.fail(f"{value!r} is not a number.", param, ctx)
        return converted
