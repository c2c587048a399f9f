"""The ``zhkg`` command: one small module a subcommand, each a thin layer over the library.

A command parses its options, calls library functions and prints; nothing here
extracts, relates or writes files. :func:`user_errors` turns the library's
errors (:class:`zhkg.errors.ZhkgError`) into ``Error: …`` on one line and exit
status 1, and ``Ctrl-C`` into exit status 130.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

from zhkg.errors import ZhkgError

__all__ = ["main", "user_errors", "CONFIG_HELP"]

CONFIG_HELP = "Settings from this TOML file (keys as in zhkg.config.Config); options given here override it."


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="zhkg")
def main() -> None:
    """zhkg: knowledge graphs of people, organisations, places and counts from Chinese news."""


def _one_line(exc: BaseException) -> str:
    lines = str(exc).splitlines()
    return lines[0] if lines else type(exc).__name__


@contextmanager
def user_errors(*, interrupted: str = "Interrupted.") -> Iterator[None]:
    """Run library calls so that a user's mistake prints one ``Error: …`` line, never a traceback.

    A :class:`~zhkg.errors.ZhkgError` becomes a :class:`click.ClickException`
    (``Error: …``, exit 1); any other ``OSError`` (the file system refusing)
    names its file the same way; ``Ctrl-C`` prints ``interrupted`` and exits 130.
    """
    try:
        yield
    except ZhkgError as exc:  # before OSError: OutputError is one too, and its message is its own
        raise click.ClickException(_one_line(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"{exc.filename}: {exc.strerror or exc}" if exc.filename else _one_line(exc)) from None
    except KeyboardInterrupt:
        click.echo(interrupted, err=True)
        sys.exit(130)


# the commands, registered after the helpers they import from here
from zhkg.cli.eval import eval_  # noqa: E402
from zhkg.cli.eval_counts import eval_counts  # noqa: E402
from zhkg.cli.extract import extract  # noqa: E402
from zhkg.cli.query import query  # noqa: E402

main.add_command(extract)
main.add_command(eval_)
main.add_command(eval_counts)
main.add_command(query)

if __name__ == "__main__":  # pragma: no cover
    main()
