"""Teams named by their country or city: 德国 in 德国对丹麦的一场友谊赛, 利物浦 in 利物浦赢得联赛冠军.

A national side or a club is written with its home's name alone in sports writing (西班牙击败希腊夺冠, 转投科隆,
最终意大利被法国队淘汰). The recogniser reads such a name as an organisation from its context; the gazetteer
reads the same letters as a division with a code, and the combine step let the coded place win wherever the two
read the very same span (广州、深圳等 is two places, the model's organisation notwithstanding). In a sentence of
sport the recogniser's reading is the team's: the annotated sets mark the team there, People's Daily (胜阿根廷负于
西班牙) and Universal NER (德國對丹麥的一場友誼賽) alike.

Only the recogniser's own organisation on a coded place's exact span, in a sentence holding a word of competition
(比赛, 决赛, 冠军, 击败, 负于, 进球, 联赛…), is kept as the team; elsewhere the place wins as before. As for a club
named by its city (利物浦), the graph keeps the place beside the team (it locates the body); read as flat names
(:func:`zhkg.evaluate.outermost_spans`) the span is the team's. A document without any such word pays one
regular-expression search.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention, MentionSource

__all__ = ["BETTING_WORDS", "SPORT_WORDS", "sport_document", "plays_as_team"]

#: The words of the football pools and odds columns (足彩, 胜负彩, 亚盘, 让球, 主胜): a tip of a line or two names
#: the clubs and little else, no match verb, no 比赛 (written for zhkg).
BETTING_WORDS = "足彩|胜负彩|任选九|亚盘|欧赔|让球|平赔|主胜|客胜"

#: Words of competition that make a sentence one of sport (Simplified, as the text is normalised; written for zhkg).
SPORT_WORDS = re.compile(
    "比赛|决赛|复赛|小组赛|友谊赛|资格赛|预选赛|淘汰赛|锦标赛|杯赛|世界杯|欧洲杯|美洲杯|亚洲杯|联合会杯|金杯|"
    "冠军|亚军|季军|进球|入球|射门|点球|联赛|主场|客场|击败|战胜|负于|不敌|力克|逼平|战平|淘汰|国家队|球队|外援|"
    "首战|赛事|赛季|球季|" + BETTING_WORDS)
_SENTENCE_ENDS = "。！？!?\n"


def sport_document(text: str) -> bool:
    """Whether a (normalised) text holds any word of competition: the cheap gate before :func:`plays_as_team`.

    >>> sport_document("德国对丹麦的一场友谊赛"), sport_document("德国总理访问丹麦")
    (True, False)
    """
    return SPORT_WORDS.search(text) is not None


def _sentence(text: str, start: int, end: int) -> str:
    first = max(text.rfind(c, 0, start) for c in _SENTENCE_ENDS) + 1
    ends = [i for i in (text.find(c, end) for c in _SENTENCE_ENDS) if i >= 0]
    return text[first:min(ends) if ends else len(text)]


def plays_as_team(m: Mention, text: str) -> bool:
    """Whether the recogniser's organisation ``m`` on a place's name is a team: its sentence is one of sport.

    >>> text = "在友谊赛中，德国战胜丹麦。德国总理访问法国。"
    >>> def org(name, at):
    ...     start = text.index(name, at)
    ...     return Mention("d", start, start + len(name), name, name, Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> plays_as_team(org("德国", 0), text), plays_as_team(org("德国", 10), text)
    (True, False)
    """
    return (m.label is Label.ORGANIZATION and m.extractor == MentionSource.RECOGNISER
            and SPORT_WORDS.search(_sentence(text, m.start, m.end)) is not None)
