"""The relate stage: typed relations between a document's resolved entities, one module per family.

Each built-in relation reader is registered here under the name ``Config.relations``
lists (:mod:`zhkg.registry`), and reads one document's
:class:`~zhkg.relate.base.RelationContext`. Every relation keeps its evidence: the
document, the sentence and the character span it was read from.

===============  ==========================================  =======================
name             reads                                        module
===============  ==========================================  =======================
``roles``        organisation + role words + person           :mod:`.roles`
``roles_after``  person + 是/任/， + organisation + role        :mod:`.roles`
``membership``   张吉辉、李伟涛等委员                              :mod:`.membership`
``location``     an organisation named after a place          :mod:`.location`
``counts``       the holder of a count in its clause          :mod:`.counts`
``authorship``   byline, sign-off and source line             :mod:`.authorship`
``mentioned_in`` every entity -> its document                 :mod:`.mentions`
``co_mentions``  entities named in one sentence               :mod:`.comentions`
``pairs``        湖人击败火箭, 甲旗下乙, X的妻子Y, X毕业于Y     :mod:`.pairs`
``meetings``     X会见Y, X与Y举行会谈, X对Y国进行国事访问       :mod:`.meetings`
``parts``        住建部政策法规司 -> 住建部 (PART_OF)          :mod:`.parts`
``learned``      a classifier over a sentence's entity pairs  :mod:`.learned`
===============  ==========================================  =======================

``co_mentions`` runs when ``Config.co_mentions`` is ``"sentence"`` (the default),
after the readers ``Config.relations`` lists; the graph stage sums its relations
across documents into one weighted edge per pair.

WITHIN (a place in its administrative parent) is read across documents, once
entities are resolved (:func:`relate_places`).
"""

from __future__ import annotations

from zhkg.records import RelationKind
from zhkg.registry import register_relation_reader
from zhkg.relate.authorship import read_authorship
from zhkg.relate.base import RelationContext, relate_document
from zhkg.relate.comentions import read_co_mentions
from zhkg.relate.counts import read_counts
from zhkg.relate.learned import LEARNED_KINDS, read_learned
from zhkg.relate.location import read_location, relate_places
from zhkg.relate.meetings import MEETING_KINDS, read_meetings
from zhkg.relate.membership import read_membership
from zhkg.relate.mentions import read_mentioned_in
from zhkg.relate.pairs import PAIR_KINDS, read_pairs
from zhkg.relate.parts import PART_OF, read_parts
from zhkg.relate.roles import read_roles, read_roles_after

__all__ = ["RelationContext", "relate_document", "relate_places"]

register_relation_reader("roles", kinds=(RelationKind.HOLDS_ROLE,))(read_roles)
register_relation_reader("roles_after", kinds=(RelationKind.HOLDS_ROLE,))(read_roles_after)
register_relation_reader("membership", kinds=(RelationKind.MEMBER_OF,))(read_membership)
register_relation_reader("location", kinds=(RelationKind.LOCATED_IN,))(read_location)
register_relation_reader("counts", kinds=(RelationKind.HAS_COUNT,))(read_counts)
register_relation_reader("authorship", kinds=(RelationKind.AUTHOR_OF, RelationKind.PUBLISHED))(read_authorship)
register_relation_reader("pairs", kinds=PAIR_KINDS)(read_pairs)
register_relation_reader("meetings", kinds=MEETING_KINDS)(read_meetings)
register_relation_reader("parts", kinds=(PART_OF,))(read_parts)
register_relation_reader("mentioned_in", kinds=(RelationKind.MENTIONED_IN,))(read_mentioned_in)
register_relation_reader("co_mentions", kinds=(RelationKind.CO_MENTIONED,))(read_co_mentions)
register_relation_reader("learned", kinds=LEARNED_KINDS)(read_learned)  # not in Config.relations by default
