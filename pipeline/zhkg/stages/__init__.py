"""The stages around extraction, each a module of plain functions over records.

read (:mod:`.read`: files, folders, JSON lines, TSV/CSV into raw documents) ->
documents (:mod:`.documents`: an article's parts and its related-news items) ->
normalise (:mod:`.normalise`: Simplified, half-width, same offsets) ->
segment (:mod:`.segment`: the spaCy ``Doc`` with jieba's words and its token table) ->
[extract: :mod:`zhkg.extract`] -> resolve (:mod:`.resolve`: canonical names, aliases,
entities across documents) -> [relate: :mod:`zhkg.relate`] -> graph (:mod:`.graph`:
the networkx ``MultiDiGraph``) -> [export: :mod:`zhkg.export`].
"""
