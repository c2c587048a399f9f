"""Issue 14, session 44 (owners188): games and fairs written by their short words, and 本届 in an event's history.

The web tune half's new mainland articles (``cn-182-NN``) name the multi-sport games and the national fairs by their
short words (残奥会, 亚冬会, 进博会), which no extractor names: a count in a sentence about 巴黎残奥会 went to 巴黎, and
本届亚冬会 stood for the last edition named before it, one of the article's history (继…长春亚冬会后). Now
(``relate/count_derived.py``):

- **Games and fairs by their short words** (``GAMES``, ``FAIRS``): an event's word as 奥运会 and 博览会 are. After a
  place (巴黎残奥会, 哈尔滨亚冬会) the whole is an event derived wherever written, owning what a sentence about it counts
  (its events, its entrants); 本届残奥会, 此次进博会 stand for the nearest games or fair named before them.
- **本届 never stands for an earlier edition** (``_past_editions``): an event named after 继 and before 后 or 以来
  (继2007年长春亚冬会后, 继北京冬奥会之后) came before the one reported; 本届 and 此次 skip it.

The sentences below are written for these tests, in three scripts.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, assert_count_owner, in_script

from zhkg.relate.count_derived import _past_editions

# (text, counted head, owner): a games or a fair named by its place and its short word owns what it counts
EVENTS = [
    ("巴黎残奥会共设549个小项，届时将有4400名运动员参赛。", "小项", "巴黎残奥会"),
    ("巴黎残奥会共设549个小项，届时将有4400名运动员参赛。", "运动员", "巴黎残奥会"),
    ("成都大运会共有113个国家和地区的运动员参赛。", "国家", "成都大运会"),
    ("米兰冬奥会共设116个小项，吸引了3500名运动员。", "小项", "米兰冬奥会"),
    # the determiner and the short word stand for the nearest games or fair of its sort named before
    ("2028年洛杉矶残奥会将在美国举行。本届残奥会共设23个小项。", "小项", "洛杉矶残奥会"),
    ("第七届中国国际进口博览会将于11月在上海举办。本届进博会共有129个国家的企业参加。", "国家", "中国国际进口博览会"),
]

# (text, counted head, the earlier edition): 本届 after a history naming an earlier edition is not that edition
HISTORY = [
    ("2025年第九届亚洲冬季运动会将在哈尔滨举行，这是继1996年哈尔滨亚冬会和2007年长春亚冬会后我国第三次举办亚冬会。"
     "本届亚冬会共设64个小项。", "小项", "长春亚冬会"),
    ("2025年第九届亚洲冬季运动会将在哈尔滨举行，这是继2007年长春亚冬会之后我国再次举办。本届亚冬会共设64个小项。",
     "小项", "长春亚冬会"),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "counted", "owner"), EVENTS)
def test_games_and_fairs_by_their_short_words_own_their_counts(pipeline, text: str, counted: str, owner: str,
                                                               script: str) -> None:
    assert_count_owner(pipeline, in_script(text, script), counted, owner)


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "counted", "past"), HISTORY)
def test_this_edition_is_no_edition_of_its_history(pipeline, text: str, counted: str, past: str, script: str) -> None:
    from helpers import count_owners

    from zhkg.stages.normalise import to_simplified

    got = {to_simplified(k): {to_simplified(n) for n in v} for k, v in count_owners(pipeline, in_script(text, script)).items()}
    assert counted in got, got
    assert past not in got[counted]
    assert not any(name.endswith("亚冬会") and name != "亚冬会" for name in got[counted])  # no dated edition either


@pytest.mark.parametrize(("text", "spans"), [
    ("继北京冬奥会之后，我国再次举办", ["北京冬奥会"]),
    ("这是继1996年哈尔滨亚冬会和2007年长春亚冬会后的第三次", ["1996年哈尔滨亚冬会和2007年长春亚冬会"]),
    ("公司继续扩大生产，相继开设5家工厂以后", []),  # 继续, 相继: no history
    ("继承传统以来", []),
])
def test_past_editions_are_named_after_ji_and_before_hou(text: str, spans: list[str]) -> None:
    assert [text[a:b] for a, b in _past_editions(text)] == spans
