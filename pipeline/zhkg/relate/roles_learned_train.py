"""Train the learned role scorer (:mod:`zhkg.relate.roles_learned`) from labelled candidate triples.

:func:`train_roles_head` is the training: the examples' features hashed
(:func:`zhkg.relate.learned.hash_features`), a binary logistic regression fitted by
:func:`zhkg.relate.train_learned.head_from_ids` (mini-batch Adagrad, :data:`ROLES_CONFIG`'s seeded runs averaged),
so the same examples give the same weights. :func:`pick_threshold` chooses a mode's threshold on a dev split.
``bench/roles_learned_train.py`` gathers the examples from the web gold and writes the model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from zhkg.relate.learned import UNKNOWN, Head, RelationModel, hash_features
from zhkg.relate.roles_learned import HEADS
from zhkg.relate.train_learned import TrainConfig, head_from_ids

__all__ = ["ROLES_CONFIG", "train_roles_head", "roles_model", "pick_threshold"]

#: The scorer's settings: features seen in at least two examples, three seeded runs averaged, no bias shift.
ROLES_CONFIG = TrainConfig(epochs=8, learning_rate=0.1, l2=1e-3, min_count=2, seed=317, seeds=3, unknown_bias=0.0,
                           drop_contradicted=False)


def train_roles_head(examples: Sequence[tuple[list[str], bool]], config: TrainConfig = ROLES_CONFIG) -> Head:
    """A head of labels ``unknown`` and ``role`` trained on ``(features, is_role)`` examples.

    >>> head = train_roles_head([(["a", "x"], True), (["b", "x"], False)] * 20)
    >>> head.labels, bool(head.probabilities(hash_features(["a", "x"]))[1] > 0.5 > head.probabilities(hash_features(["b"]))[1])
    (('unknown', 'role'), True)
    """
    ids = [hash_features(features) for features, _ in examples]
    y = np.array([int(bool(label)) for _, label in examples], dtype=np.int64)
    return head_from_ids(ids, y, (UNKNOWN, "role"), config)


def roles_model(rules: Head, others: Head) -> RelationModel:
    """The model file's content: the rules' triples' head and the other candidates' (:data:`~zhkg.relate.roles_learned.HEADS`)."""
    return RelationModel(dict(zip(HEADS, (rules, others))))


def pick_threshold(thresholds: Sequence[float], score: Callable[[float], float]) -> float:
    """The threshold of ``thresholds`` with the best ``score`` (the first of equals).

    >>> pick_threshold([0.1, 0.2, 0.3], lambda t: -abs(t - 0.2))
    0.2
    """
    best = max(range(len(thresholds)), key=lambda i: (score(thresholds[i]), -i))
    return thresholds[best]
