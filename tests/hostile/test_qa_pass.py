"""Defects found by a user's-eye pass over the CLI: each case once wrong, now one ``Error:`` line or the right output."""

from __future__ import annotations

import pytest
from hostile_util import cli, one_error_line


@pytest.mark.parametrize(("args", "message"), [
    (["extract", "{news}", "--bogus"], "Error: No such option '--bogus'. Did you mean '--jobs'? (zhkg extract --help)"),
    (["extract", "{news}", "--jobs", "-1"],
     "Error: Invalid value for '-j' / '--jobs': -1 is not in the range x>=0. (zhkg extract --help)"),
    (["extract", "{news}", "--jobs", "abc"],
     "Error: Invalid value for '-j' / '--jobs': 'abc' is not a valid integer range. (zhkg extract --help)"),
    (["extract"], "Error: Missing argument 'INPUTS...'. (zhkg extract --help)"),
    (["query", "{news}"], "Error: Missing argument 'WHAT'. (zhkg query --help)"),
    (["--bogus"], "Error: No such option '--bogus'. (zhkg --help)"),
    (["nosuch"], "Error: No such command 'nosuch'. (zhkg --help)"),
])
def test_a_command_line_mistake_is_one_line(news, args, message):
    result = cli(*(a.format(news=news) for a in args))
    assert result.exit_code == 2
    assert one_error_line(result.stderr) == message
    assert result.stdout == ""


def test_no_arguments_still_shows_the_help():
    result = cli("--help")
    assert result.exit_code == 0 and "Commands:" in result.stdout
