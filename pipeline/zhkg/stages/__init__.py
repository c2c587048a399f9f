"""The stages around extraction, each a module of plain functions over records.

read (:mod:`.read`: files, folders, JSON lines, TSV/CSV into raw documents; its parts :mod:`.encodings`,
:mod:`.read_files`, :mod:`.read_tables`, :mod:`.read_json`) ->
documents (:mod:`.documents`: an article's parts and its related-news items) ->
normalise (:mod:`.normalise`: Simplified, half-width, same offsets) ->
segment (:mod:`.segment`: the spaCy ``Doc`` with jieba's words, cut by :mod:`.wordcut`, and its token table) ->
[extract: :mod:`zhkg.extract`] -> resolve (:mod:`.resolve`: canonical names, aliases; company aliases in
:mod:`.resolve_companies`, a person's other forms in :mod:`.resolve_people`, a body's alias beside its numbered term in :mod:`.numbered_terms`, a local body of state written two ways in :mod:`.government_forms`, a body's short form and its full name in
:mod:`.abbreviated_bodies`; entities across documents in :mod:`.entity_groups`, a short form and its full name of different documents joined by
:mod:`.corpus_aliases`) -> [relate: :mod:`zhkg.relate`] ->
graph (:mod:`.graph`: the networkx ``MultiDiGraph``) -> [export: :mod:`zhkg.export`].
"""
