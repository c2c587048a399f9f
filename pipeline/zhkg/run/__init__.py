"""Running the stages: one pipeline (:mod:`.pipeline`), a corpus in parallel or on Dask (:mod:`.corpus`),
and the work directory that lets an interrupted corpus run resume (:mod:`.cache`).
"""
