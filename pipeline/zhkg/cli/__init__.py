"""The ``zhkg`` command: one small module a subcommand, each a thin layer over the library.

A command parses its options, calls library functions and prints; nothing here
extracts, relates or writes files. :func:`user_errors` turns the library's
errors (:class:`zhkg.errors.ZhkgError`) into ``Error: …`` on one line and exit
status 1, ``Ctrl-C`` into exit status 130 and SIGTERM, handled the same way
(temporary files removed, no output replaced), into 143. A mistake in the
command line itself (click's usage errors, and the library's checks of option
values run under :func:`command_line_errors`) is one ``Error: … (zhkg CMD --help)``
line and exit status 2, nothing written: :data:`EXIT_STATUS` says so in
``zhkg --help``.

Text from the data (evidence sentences, names, ids, file names) can hold
terminal control sequences: everything printed goes through
:func:`terminal_text`, which shows control characters as escapes instead.
"""

from __future__ import annotations

import os
import re
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

import click

from zhkg.errors import ZhkgError

__all__ = ["main", "entry", "user_errors", "module_status", "command_line_errors", "terminal_text", "usage_error",
           "CONFIG_HELP", "EXIT_STATUS", "PathParam"]

# C0 and C1 controls, DEL, bidirectional overrides and isolates, line and paragraph separators
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_text(text: object) -> str:
    r"""``text`` safe to print on a terminal: control characters shown as ``\x1b``-style escapes.

    Escape sequences in the data (a window title, the clipboard, clearing the
    screen), bidirectional overrides and line breaks inside a value are shown,
    never acted on; everything else, Chinese included, is printed as it is.

    >>> terminal_text("平谷\x1b]0;pwned\x07区\n\u202e")
    '平谷\\x1b]0;pwned\\x07区\\x0a\\u202e'
    """
    return _UNSAFE.sub(_escape, str(text))


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that the same clean-up runs."""


def _on_sigterm(signum, frame) -> None:
    raise _Terminated()

class PathParam(click.Path):
    """:class:`click.Path` that refuses an empty value, a command-line mistake (exit 2).

    ``Path("")`` is the current folder: ``zhkg extract "$FILE"`` with ``FILE`` unset would read every
    ``.txt`` file under it, and ``-o ""`` or ``--csv ""`` would write there, where nobody asked.

    >>> PathParam(dir_okay=False).convert("", click.Option(["--json"]), None)
    Traceback (most recent call last):
    ...
    click.exceptions.UsageError: --json needs a file name, not ''
    >>> PathParam(file_okay=False).convert("out", click.Option(["-o", "--output-dir"]), None)
    'out'

    An output given what looks like the next option (``--json --gexf g.gexf``) is refused, not written to a file
    named ``--gexf``:

    >>> PathParam(dir_okay=False, output=True).convert("--gexf", click.Option(["--json"]), None)
    Traceback (most recent call last):
    ...
    click.exceptions.UsageError: --json needs a file name, not the option --gexf (./--gexf names a file so called)

    A path that is there but of the wrong kind (a file where a folder is wanted, a folder where a file is) is a
    file that cannot be read or written, exit 1 as the library's own refusals, not click's usage error (exit 2):

    >>> PathParam(dir_okay=False, output=True).convert("/", click.Option(["--json"]), None)
    Traceback (most recent call last):
    ...
    click.exceptions.ClickException: cannot write --json /: / is a folder, not a file
    """

    def __init__(self, *, label: str | None = None, noun: str | None = None, output: bool = False,
                 **options) -> None:
        super().__init__(**options)
        self.label = label  # how a message names an argument (INPUT); an option is named by its long form
        self.noun = noun  # what it names, where the checks are left to the library (a config file)
        self.output = output  # a path written to, not read

    def convert(self, value, param, ctx):
        noun = self.noun or ("file name" if not self.dir_okay else "folder name" if not self.file_okay else "path")
        if isinstance(value, str) and value == "":
            raise click.UsageError(f"{self._name(param)} needs a {noun}, not ''", ctx)
        if self.output and isinstance(value, str) and value.startswith("--"):
            # `--json --gexf out.gexf` would write the JSON to a file named --gexf and the GEXF nowhere
            raise click.UsageError(f"{self._name(param)} needs a {noun}, not the option {value} "
                                   f"(./{value} names a file so called)", ctx)
        if isinstance(value, (str, os.PathLike)):
            self._check_kind(os.fspath(value), param)
        return super().convert(value, param, ctx)

    def _check_kind(self, path: str, param: click.Parameter | None) -> None:
        """Refuse (exit 1) a path that exists but is a file where a folder is wanted, or the reverse."""
        if not self.file_okay and os.path.exists(path) and not os.path.isdir(path):
            wrong = "is not a folder"
        elif not self.dir_okay and os.path.isdir(path):
            wrong = "is a folder, not a file"
        else:
            return
        shown = terminal_text(path)
        named = f"{param.opts[0]} {shown}" if isinstance(param, click.Option) else shown  # -o, as the library
        raise click.ClickException(f"cannot {'write' if self.output else 'read'} {named}: {shown} {wrong}")

    def _name(self, param: click.Parameter | None) -> str:
        if self.label:
            return self.label
        if isinstance(param, click.Option):
            return max(param.opts, key=len)
        return (param.name or "a path").upper() if param is not None else "a path"


CONFIG_HELP = "Settings from this TOML file (keys as in zhkg.config.Config); options given here override it."


class _CommandLineError(click.ClickException):
    """A mistake in the command line itself: one ``Error: …`` line, with click's usage status 2."""

    exit_code = 2


def usage_error(message: str, command: str) -> click.ClickException:
    """A mistake in ``command``'s command line, shown as one line, ``Error: MESSAGE (COMMAND --help)``, exit status 2:
    ``zhkg``'s commands' (click's usage errors) and the ``python -m zhkg.…`` commands' (their ``argparse`` parser,
    :class:`zhkg.cli.arguments.ModuleParser`).

    >>> error = usage_error("no such option: --jsn", "zhkg extract")
    >>> error.format_message(), error.exit_code
    ('no such option: --jsn (zhkg extract --help)', 2)
    """
    return _CommandLineError(f"{message} ({command} --help)")


def _one_line_usage(exc: click.UsageError) -> click.ClickException:
    """``exc`` as one line that names the help to read, instead of click's usage block."""
    words = exc.ctx.command_path.split()[1:] if exc.ctx is not None else []
    return usage_error(exc.format_message(), " ".join(["zhkg", *words]))


@contextmanager
def _usage_in_one_line() -> Iterator[None]:
    """Turn click's usage errors into :func:`_one_line_usage`'s (``zhkg`` alone still shows the help)."""
    try:
        yield
    except click.exceptions.NoArgsIsHelpError:
        raise
    except click.UsageError as exc:
        raise _one_line_usage(exc) from None


class _Commands(click.Group):
    """The ``zhkg`` group: a command-line mistake (unknown option, bad value) is one line, as any other error."""

    def make_context(self, info_name, args, parent=None, **extra):
        with _usage_in_one_line():
            return super().make_context(info_name, args, parent=parent, **extra)

    def invoke(self, ctx):
        with _usage_in_one_line():
            return super().invoke(ctx)


#: The exit statuses, as ``zhkg --help`` states them.
EXIT_STATUS = """\b
Exit status:
  0    done
  1    the run failed: an input, --config, --lexicon, gold or graph file
       missing, unreadable or malformed; an output that cannot be
       written; a worker that died
  2    the command line was wrong: an unknown option or question, a bad
       value, an option that fits none of the inputs or other options, an
       output that is an input or another output (the message ends with
       the --help to read; nothing is written)
  130  interrupted (Ctrl-C), 143 terminated: no output is half-written"""


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_STATUS)
@click.version_option(package_name="zhkg")
def main() -> None:
    """zhkg: knowledge graphs of people, organisations, places and counts from Chinese news."""


@contextmanager
def command_line_errors() -> Iterator[None]:
    """Checks of the command line's own values: their :class:`~zhkg.errors.ZhkgError` is a usage error (exit 2).

    Use it inside a command, around library checks that read no file (an encoding's name, a delimiter,
    options that fit no input, outputs that are inputs): the message becomes ``Error: … (zhkg CMD --help)``.
    """
    try:
        yield
    except ZhkgError as exc:
        raise click.UsageError(terminal_text(str(exc))) from None


def _one_line(exc: BaseException) -> str:
    lines = str(exc).split("\n")
    return lines[0] if lines[0] else type(exc).__name__


@contextmanager
def user_errors(*, interrupted: str = "Interrupted.") -> Iterator[None]:
    """Run library calls so that a user's mistake prints one ``Error: …`` line, never a traceback.

    A :class:`~zhkg.errors.ZhkgError` becomes a :class:`click.ClickException`
    (``Error: …``, exit 1); any other ``OSError`` (the file system refusing)
    names its file the same way; ``Ctrl-C`` prints ``interrupted`` and exits 130,
    SIGTERM the same with exit 143. Messages are escaped (:func:`terminal_text`).
    """
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread: SIGTERM keeps its handler
        previous = None
    try:
        yield
    except ZhkgError as exc:  # before OSError: OutputError is one too, and its message is its own
        raise click.ClickException(terminal_text(str(exc))) from None
    except OSError as exc:
        message = f"{exc.filename}: {exc.strerror or exc}" if exc.filename else _one_line(exc)
        raise click.ClickException(terminal_text(message)) from None
    except KeyboardInterrupt as exc:
        click.echo(interrupted, err=True)
        sys.exit(143 if isinstance(exc, _Terminated) else 130)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def module_status(body: Callable[[], object], *, interrupted: str,
                  outputs: Sequence[tuple[str, str | os.PathLike[str]]] = ()) -> int:
    """Run a ``python -m zhkg.…`` command's ``body`` as ``zhkg``'s commands run theirs; return its exit status.

    0 when it succeeds; 1 after one ``Error: …`` line (:func:`user_errors`); 130 on Ctrl-C and 143 on SIGTERM,
    after ``interrupted``; an ``argparse`` usage error's own status. The folders a failed or interrupted run made
    are removed again while empty (:func:`zhkg.export.atomic.new_folders_undone`), and its outputs, written by
    :mod:`zhkg.export.atomic`, are left as they were. ``outputs`` are the command's (option, path): a failure to
    write one is named by them, as ``zhkg extract`` names its own (:func:`zhkg.export.outputs.output_failure`), not
    by the temporary file or the folder the system names.
    """
    from zhkg.errors import OutputError
    from zhkg.export.atomic import new_folders_undone
    from zhkg.export.outputs import output_failure

    try:
        with user_errors(interrupted=interrupted), new_folders_undone():
            try:
                body()
            except OSError as exc:
                named = None if isinstance(exc, ZhkgError) else output_failure(exc, outputs)
                if named is None:
                    raise
                raise OutputError(named) from None
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except SystemExit as exc:  # user_errors' exit on Ctrl-C or SIGTERM, or argparse's on a usage error
        return int(exc.code or 0)
    return 0


# the commands, registered after the helpers they import from here
from zhkg.cli.eval import eval_  # noqa: E402
from zhkg.cli.eval_counts import eval_counts  # noqa: E402
from zhkg.cli.eval_relations import eval_relations  # noqa: E402
from zhkg.cli.extract import extract  # noqa: E402
from zhkg.cli.query import query  # noqa: E402

main.add_command(extract)
main.add_command(eval_)
main.add_command(eval_counts)
main.add_command(eval_relations)
main.add_command(query)



def entry() -> None:
    """The ``zhkg`` program: :func:`main`, then a quick exit once everything is written and closed.

    A corpus run ends holding millions of objects (the graph, the tallies, the
    model); an ordinary interpreter exit walks them all again (a last full
    collection, then every module torn down): about 0.2 s of nothing useful after
    1,000 articles. Here, once the command has finished (its outputs are closed
    and replaced atomically by then), standard output and error are flushed, the
    ``atexit`` handlers run (temporary files are removed, pools joined) and the
    process exits with the command's status. With another thread still running,
    under a profiler or tracer (``python -m cProfile -m zhkg``, coverage) or when
    called from Python (tests call :func:`main`), the usual exit is kept.
    """
    import atexit
    import os
    import threading

    try:
        main(prog_name="zhkg")
        code: object = 0
    except SystemExit as exc:
        code = exc.code
    if threading.active_count() > 1 or sys.getprofile() is not None or sys.gettrace() is not None:
        sys.exit(code)  # a thread to wait for, or a profiler or tracer that reports at the end
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message"): the message on standard error, status 1, as Python does
        print(code, file=sys.stderr)
        status = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (| head): the exit status Python gives then
            status = status or 120
    atexit._run_exitfuncs()
    os._exit(status)


if __name__ == "__main__":  # pragma: no cover
    entry()
