"""Round counts241: the counted phrase stops at its head before the predicate (issue 14).

``extract/count_phrase.py`` reads the phrase after a classifier up to its last noun. After the head, these open the
predicate and are no part of the thing:

* a verb of receiving or a passive (获颁, 获选, 被捕), as jieba's unknown words of that kind already did (获发);
* verbs jieba tags as nouns: 组队 (40个单位组队参赛), 年产 (两条生产线年产…);
* 现场 before a verb, an adverb there (33个项目现场签约), like 集体 and 全力; after a verbal noun it heads the phrase
  (3个施工现场).

Each case runs as written, and as a Hong Kong and a Taiwan text reads it.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, assert_count_form_in_script

# (text, (value, counted head) read or None, (value, head) not read or None)
FORMS = [
    # a verb of receiving or a passive after the head
    ("新认定的15家外资研发中心获颁证书。", (15, "中心"), (15, "证书")),
    ("本届共有4名年轻球员获选最佳阵容。", (4, "球员"), (4, "阵容")),
    ("另有两家企业被罚款五万元。", (2, "企业"), (2, "罚款")),
    # verbs jieba tags as nouns
    ("本届赛事共有40个单位组队参赛。", (40, "单位"), (40, "组队")),
    ("该厂的两条生产线年产饮用水一万吨。", (2, "生产线"), (2, "年产")),
    # 现场 before a verb is an adverb; after a verbal noun it is the thing
    ("当天共有33个项目现场签约。", (33, "项目"), (33, "现场")),
    ("全市仍有3个施工现场停工整改。", (3, "施工现场"), (3, "施工")),
]


@pytest.mark.parametrize(("text", "present", "absent"), FORMS)
@pytest.mark.parametrize("script", COUNT_SCRIPTS)
def test_count_forms_counts241(nlp, text: str, present, absent, script: str) -> None:
    assert_count_form_in_script(nlp, text, script, present, absent)
