"""``python -m zhkg``: the same as the ``zhkg`` command."""

from zhkg.cli import entry

if __name__ == "__main__":  # pragma: no cover
    entry()
