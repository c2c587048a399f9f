"""``python -m zhkg``: the same as the ``zhkg`` command."""

from zhkg.cli import main

if __name__ == "__main__":  # pragma: no cover
    main(prog_name="zhkg")
