"""Co-mentions: entities named in the same sentence, one CO_MENTIONED relation per pair and sentence.

This reader works one document at a time; the graph stage sums its relations
across documents into one weighted edge per pair (weight: the sentences; the
documents listed in ``doc_ids``) and drops the pairs seen in fewer than
``Config.co_mention_min_weight`` sentences (:func:`zhkg.stages.graph.build_graph`).

* **Who takes part**: people, organisations, places and plug-in entity types.
  Counts do not (HAS_COUNT ties them to their holder), nor documents. A mention
  inside another one's span (平谷区 in 平谷区政协) is part of that name, not a
  mention of its own in the sentence.
* **Undirected**: the relation runs from the smaller entity id to the larger.
* **Bounded**: in reading order, each entity of a sentence is paired with the
  next ``Config.co_mention_window`` distinct entities of that sentence, so a
  sentence listing n names gives at most n × window pairs rather than
  n(n-1)/2; shorter sentences give every pair.
* **Evidence**: the sentence, with the span from the first of the two mentions
  to the end of the second.

>>> from zhkg import Pipeline
>>> G = Pipeline().run_texts([("d", "张吉辉和李伟涛来到平谷区。张吉辉与李伟涛交谈。")]).graph
>>> [(u, v, d["weight"]) for u, v, d in G.edges(data=True) if d["label"] == "CO_MENTIONED"]
[('person:张吉辉', 'person:李伟涛', 2.0)]
"""

from __future__ import annotations

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.text import sentence_at

__all__ = ["read_co_mentions", "co_mention_ends"]

#: Labels whose mentions are not co-mentions: counts belong to their holder, documents are not named.
_LEFT_OUT = frozenset({Label.COUNT, Label.DOCUMENT})


def co_mention_ends(a: str, b: str) -> tuple[str, str]:
    """The (source, target) a co-mention of ``a`` and ``b`` is stored as: the smaller id first.

    >>> co_mention_ends("person:李伟涛", "org:平谷区政协") == co_mention_ends("org:平谷区政协", "person:李伟涛")
    True
    """
    return (a, b) if a <= b else (b, a)


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Mentions not inside another one's span (``mentions`` sorted by start, longest first)."""
    out: list[Mention] = []
    reach = -1
    for m in mentions:
        if m.end <= reach:
            continue
        out.append(m)
        reach = max(reach, m.end)
    return out


def read_co_mentions(ctx: RelationContext) -> list[Relation]:
    """CO_MENTIONED relations between the entities of each sentence, at most ``window`` per entity."""
    window = ctx.config.co_mention_window
    if window < 1 or not ctx.sentences:
        return []
    # the first mention of each entity in each sentence, in reading order
    by_sentence: dict[tuple[int, int], dict[str, Mention]] = {}
    for m in _outermost([m for m in ctx.mentions if m.label not in _LEFT_OUT]):
        by_sentence.setdefault(sentence_at(ctx.sentences, m.start), {}).setdefault(ctx.owner[m], m)
    out = []
    for _, first in sorted(by_sentence.items()):
        named = list(first.items())
        for i, (a, ma) in enumerate(named):
            for b, mb in named[i + 1 : i + 1 + window]:
                source, target = co_mention_ends(a, b)
                out.append(ctx.relation(source, target, RelationKind.CO_MENTIONED, min(ma.start, mb.start),
                                        max(ma.end, mb.end)))
    return out
