"""zhkg.run.memory: the parent's full collections off for a block, the usual settings back after it and in workers."""

import gc

from zhkg.run.memory import restore_collections, young_collections_only


def test_full_collections_off_in_the_block_and_back_after_it():
    before = gc.get_threshold()
    with young_collections_only():
        assert gc.get_threshold()[:2] == before[:2] and gc.get_threshold()[2] >= 1 << 30
        with young_collections_only():
            pass
        assert gc.get_threshold()[2] >= 1 << 30  # an inner block does not end the outer one
    assert gc.get_threshold() == before


def test_a_worker_forked_in_the_block_gets_the_usual_thresholds_back():
    before = gc.get_threshold()
    try:
        with young_collections_only():
            restore_collections()  # what a pool worker's initializer does
            assert gc.get_threshold() == before
    finally:
        gc.set_threshold(*before)
    restore_collections()  # outside any block: nothing to do
    assert gc.get_threshold() == before
