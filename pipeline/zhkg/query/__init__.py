"""Query a knowledge graph: load it (:func:`load_graph`), find entities by any name, ask questions.

* :mod:`.graph`: :class:`KnowledgeGraph` (people of an organisation, roles, counts,
  paths with evidence) and :func:`ask`, which the ``zhkg query`` command calls; the records it answers with
  (:mod:`.results`), the views its questions go through (:mod:`.graph_views`) and reading a graph file
  (:mod:`.graph_files`);
* :mod:`.names`: the one place that turns names into search keys (either script,
  aliases, pinyin), for this API and the HTML page alike;
* :mod:`.table`: plain-text tables that line up in a terminal.
"""

from __future__ import annotations

from zhkg.query.graph import KnowledgeGraph, ask, load_graph

__all__ = ["KnowledgeGraph", "ask", "load_graph"]
