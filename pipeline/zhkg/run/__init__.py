"""Running the stages: one pipeline (:mod:`.pipeline`), a corpus in parallel or on Dask (:mod:`.corpus`),
and the work directory that lets an interrupted corpus run resume (:mod:`.cache`); beside them, forked helpers that
end with their parent (:mod:`.children`), a run folded in without the cyclic collector's full passes (:mod:`.memory`)
and the progress bar's position inside one batch (:mod:`.position`). Parts of the first two (tidy156): the checks
before the rules' and the recogniser's names are merged (:mod:`.merge_checks`), per-document results folded into one
graph (:mod:`.assembly`), the progress bar (:mod:`.progress`) and reaching a Dask cluster (:mod:`.dask_cluster`).
"""
