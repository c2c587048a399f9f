"""A listed team's nickname in a story that names the team in full (issue 15, orgs311).

Taiwan's baseball and basketball news names a team once by its sponsor and nickname (中信兄弟, 乐天桃猿, 全家海神,
味全龙, 统一狮; ``teams.tsv``) and then by the nickname alone or its last letter and 队: 兄弟, 桃猿, 海神, 龙队, 狮队,
猿队. The recogniser reads some of these as organisations of their own, and the graph gets a second node for the
team (the web gold counts them as the team's aliases). In a document that names a listed team of three or four
letters (with 队 or not: 乐天桃猿队), its nickname (the letters after a sponsor of two: 兄弟 of 中信兄弟) and its last letter with 队 (龙队 of
味全龙, 猿队 of 乐天桃猿) are that team's short forms, when no other team of the document shares them:

* an organisation read as such a form becomes an alias of the team;
* a short form nothing read, that jieba's dictionary does not hold as a word of its own (桃猿, 狮队; not 兄弟, 国王,
  雄鹰), opening a word (a nickname also where jieba built one word of it and the next letter: 桃猿|则), is read as
  an alias of the team.

Run on a document's merged mentions (:meth:`zhkg.run.pipeline.Pipeline._merge`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import dictionary_tag

__all__ = ["team_nicknames"]


def _short_forms(team: str) -> list[str]:
    """The nickname and the last letter with 队 of a listed team of three or four letters.

    >>> _short_forms("中信兄弟"), _short_forms("味全龙"), _short_forms("湖人")
    (['兄弟', '弟队'], ['龙队'], [])
    """
    if len(team) == 4:
        return [team[2:], team[3] + "队"]
    if len(team) == 3:
        return [team[2] + "队"]
    return []


def team_nicknames(mentions: Sequence[Mention], text: str, original: str, table, lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with each short form of a listed team the document names in full made the team's alias, and
    the nicknames nothing read added (module docstring).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> from zhkg.stages.segment import make_nlp, token_table
    >>> text = "乐天桃猿今晚出战，桃猿先发投手表现出色，猿队以五比三获胜。"
    >>> team = Mention("d", 0, 4, "乐天桃猿", "乐天桃猿", Label.ORGANIZATION, "org_team")
    >>> short = Mention("d", 21, 23, "猿队", "猿队", Label.ORGANIZATION, "crf")
    >>> out = team_nicknames([team, short], text, text, token_table(make_nlp()(text)), load_lexicon())
    >>> [(m.simplified, m.canonical) for m in out]
    [('乐天桃猿', ''), ('桃猿', '乐天桃猿'), ('猿队', '乐天桃猿')]
    """
    teams = {name for m in mentions if m.label is Label.ORGANIZATION
             for name in (m.simplified, m.simplified.removesuffix("队"), m.canonical) if name in lexicon.teams}
    owners: dict[str, set[str]] = {}
    for team in teams:
        for form in _short_forms(team):
            owners.setdefault(form, set()).add(team)
    forms = {form: next(iter(ts)) for form, ts in owners.items() if len(ts) == 1 and form not in teams}
    if not forms:
        return list(mentions)
    out = [replace(m, canonical=forms[m.simplified], extractor=str(MentionSource.ALIAS))
           if m.label is Label.ORGANIZATION and m.simplified in forms and m.canonical in ("", m.simplified) else m
           for m in mentions]
    taken = sorted((m.start, m.end) for m in out)
    starts, ends = table.starts, table.ends
    for form, team in forms.items():
        if dictionary_tag(form) != "x":
            continue
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            word = table.word_at(end - 1)
            # a whole word, or a nickname opening a word jieba built of it and the next letter (桃猿|则)
            whole = end in ends or not form.endswith("队") and word is not None and word.tag == "x"
            if at in starts and whole and not any(s < end and at < e for s, e in taken):
                out.append(Mention("", at, end, original[at:end], form, Label.ORGANIZATION,
                                   str(MentionSource.ALIAS), canonical=team))
            at = text.find(form, end)
    return sorted(out, key=lambda m: (m.start, m.end))
