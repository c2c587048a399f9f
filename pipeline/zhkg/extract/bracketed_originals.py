"""A Latin-script original in brackets after a name: that name written again, or no name (rule 1 of
:mod:`zhkg.extract.combine`).

:func:`_bracketed_originals` reads 陆斯佛得（William Rutherford）, 卡斯科奎姆河（Kuskokwim River）: the bracket's
Latin text becomes an ``ALIAS`` of the name before it, of its label; after anything that is no name
(《西城故事》（West Side Story）, 人工智能（AI）) the bracket is no name, and a model name before 学名 is a species.
Also the title marks (``_TITLE_OPEN``, ``_TITLE_CLOSE``) ``combine_mentions`` reads.

Scope: one document's mentions, called by :func:`zhkg.extract.combine.combine_mentions`. Caveats: only a bracket's
first item (英文名：…, 原名：… allowed) and only after a Han character or a closing title mark; a site marker
(李连杰(blog)) is no name; a place's original may name its state after a comma (Park_County，Montana);
a name read across the bracket (伦敦金属交易所（LME）CEO) is left as it is. Moved word
for word from ``extract/combine.py`` by tidy68; callers import its names from here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from zhkg.records import Label, Mention, MentionSource
from zhkg.text import Span, SpanIndex, is_han

__all__ = ["_BRACKET_ORIGINAL", "_LATIN_START", "_NAME_LABELS", "_SITE_MARKERS", "_STATE_AFTER", "_TITLE_CLOSE",
           "_TITLE_OPEN", "_bracketed_originals"]


_TITLE_OPEN, _TITLE_CLOSE = ("《", "〈"), ("》", "〉")
# a Latin-script original written as a bracket's first item: 博物馆（The National Football Museum）
_BRACKET_ORIGINAL = re.compile(r"[（(](?:(学名|英文名|英文|英语|原名|原文|拉丁文|拉丁语)[：:])?"
                               r"([A-Za-z][A-Za-z0-9_ .'&-]*?)(?=[）),，;；、])")

# a place's original may name the state or country it lies in after a comma, closing the bracket: (Park_County，
# Montana), (New_Haven，Connecticut); Universal NER marks the whole one place, as the recogniser reads it
_STATE_AFTER = re.compile(r"[，,] ?([A-Za-z][A-Za-z0-9_ .'&-]*?)(?=[）)])")


# what news sites write in brackets after a name to link it (李连杰(blog), 桂纶镁(微博) is no Latin original)
_SITE_MARKERS = frozenset({"blog", "Blog", "BLOG", "weibo"})


def _bracketed_originals(mentions: list[Mention], text: str, original: str = "") -> list[Mention]:
    """A Latin-script original in a bracket right after a name is that name written again (陆斯佛得（William
    Rutherford）, 卡斯科奎姆河（Kuskokwim River）): an alias of the name, of its label, whatever the model
    read it as or if it missed it; after anything that is no name (《西城故事》（West Side Story）, 华山松
    （学名：Pinus armandii）, 人工智能（AI）) it is no name, and a model name before 学名 is a species. Universal NER's Wikipedia marks the original as the
    name's label after 105 of 106 names in its train split, and as no name after 71 of 72 other words."""

    names = {m.end: m for m in mentions if m.label in _NAME_LABELS and not _LATIN_START.match(m.simplified)}
    originals: dict[tuple[int, int], Mention | None] = {}
    taxa: list[Mention] = []
    for hit in _BRACKET_ORIGINAL.finditer(text):
        start, end = hit.span(2)
        before = text[hit.start() - 1:hit.start()]
        if not before or not (is_han(before) or before in _TITLE_CLOSE):
            continue
        name = names.get(hit.start())
        if hit.group(2) in _SITE_MARKERS:
            originals[(start, end)] = None  # 李连杰(blog): Sina's link to the person's blog, no name
            continue
        if hit.group(1) == "学名":
            # what has a scientific name is a species (华山松（学名：…）), which the model may read as a name
            taxa.extend(m for m in [name] if m is not None and m.extractor == MentionSource.RECOGNISER)
            originals[(start, end)] = None
            continue
        if name is None:
            if not any(e in names for e in range(hit.start() - 2, hit.start())):
                originals[(start, end)] = None  # a name cut a character short (陆斯佛|得) keeps the model's reading
            continue
        if name.label is Label.PLACE:
            state = _STATE_AFTER.match(text, end)
            end = state.end(1) if state else end  # Park_County，Montana: the county and its state, one original
        surface = original[start:end] if original else text[start:end]
        originals[(start, end)] = replace(name, start=start, end=end, text=surface, simplified=text[start:end],
                                          extractor=str(MentionSource.ALIAS),
                                          canonical=name.name, code="")
    if not originals:
        return mentions
    # a name read across the bracket (伦敦金属交易所（LME）CEO, 挨临根（eglin）空军基地) is left as it is
    # (the mentions sharing a letter with each bracket, looked up by letter; the brackets are disjoint and in order,
    # so the one that may hold a mention is the last opening at or before it)
    index = SpanIndex(mentions)
    across = {(s, e) for s, e in originals
              if any(not (s <= m.start and m.end <= e) for m in index.overlapping(Span(s, e)))}
    inside = [(s, e) for s, e in originals if (s, e) not in across]
    inside_starts = [s for s, _ in inside]

    def held(m: Mention) -> bool:
        k = bisect_right(inside_starts, m.start) - 1
        return k >= 0 and m.end <= inside[k][1]

    out = [m for m in mentions if not held(m) and m not in taxa]
    out.extend(m for span, m in originals.items() if m is not None and span not in across)
    return out


_NAME_LABELS = frozenset({Label.PERSON, Label.PLACE, Label.ORGANIZATION})
_LATIN_START = re.compile(r"[A-Za-z]")
