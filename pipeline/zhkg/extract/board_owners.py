"""A company named by a short name that reads as a person's, known by its board (issue 15, orgs311).

Hong Kong's financial and court news names a listed company by two letters that look like a person's name (康宏,
新鸿, 华信): 康宏前执行董事麦某等4人涉在康宏发行债券时，未向康宏董事局披露. The recogniser and the name rules read
the short name as a person. A board (董事局, 董事会, 监事会) or a meeting of shareholders (股东大会, 股东会) written
right after the name is only a company's (read apart, or read with the name as one body: 富荣董事局), so the name is an
organisation wherever the document writes it as a person. A director's title before a verb or a time is no board
(王强董事|会后, 李明董事|会见记者): 董事会 before 后, 上, 见 … is left alone.
(A school's board after its name, 理大校董会, was read as one body with it in a first version, as the web gold marks
it; the roles layer then gave the school's president the board (理大校董会主席X同校长Y: ``tests/test_roles216.py``),
and it was taken out.)
Run on a document's merged mentions (:meth:`zhkg.run.pipeline.Pipeline._merge`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from zhkg.records import Label, Mention

__all__ = ["BOARDS", "companies_by_their_boards"]

#: What only a company has, written right after its name: a board or a meeting of its shareholders.
BOARDS = ("董事局", "董事会", "监事会", "股东大会", "股东会")
# letters after 董事会 that make it a director's title and a verb or a time (王强董事|会后, 董事|会见, 董事|会上)
_MEETING_AFTER = frozenset("后上见前时中议晤同面将谈")


def companies_by_their_boards(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each person whose name a board follows somewhere in the document read as an organisation
    at every place (module docstring).

    >>> text = "康宏前董事等人未向康宏董事局披露。"
    >>> people = [Mention("d", 0, 2, "康宏", "康宏", Label.PERSON, "crf"),
    ...           Mention("d", 9, 11, "康宏", "康宏", Label.PERSON, "crf")]
    >>> [m.label.name for m in companies_by_their_boards(people, text)]
    ['ORGANIZATION', 'ORGANIZATION']
    """
    owners = {m.simplified for m in mentions
              if m.label is Label.PERSON and len(m.simplified) >= 2 and text.startswith(BOARDS, m.end)
              and not (text.startswith("董事会", m.end) and text[m.end + 3:m.end + 4] in _MEETING_AFTER)}
    # a body read with its board (富荣董事局) names the company its front is
    owners |= {m.simplified[: -len(board)] for m in mentions if m.label is Label.ORGANIZATION
               for board in BOARDS if m.simplified.endswith(board) and len(m.simplified) - len(board) >= 2}
    if not owners:
        return list(mentions)
    return [replace(m, label=Label.ORGANIZATION) if m.label is Label.PERSON and m.simplified in owners else m
            for m in mentions]

