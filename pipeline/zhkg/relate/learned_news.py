"""Guards that make two learned kinds right on news: who played whom, and who owns which company.

The learned reader (:mod:`zhkg.relate.learned`) writes ``COMPETES_WITH`` wherever a team's cue word
(击败, 对手, 迎战 …) stands somewhere between two organisations, and ``OWNS`` wherever 旗下 or 控股 is near two,
so on news it linked a newspaper to a team (《华盛顿邮报》报道，奇才…), a team to an earlier one in a long
sentence, a company to a fund named in another clause, and a fund company to its own short name. These guards,
judged on the ``tune`` half of ``bench/learned_news_eval.py``, keep an edge only when the sentence says it where
the two names stand:

* ``COMPETES_WITH`` (:func:`states_competition`): both ends are sports teams (``teams.tsv``, or a name ending
  in 队, 男篮, 女排 …: :func:`is_team`) and neither is the start of an event's name (土耳其U16国际男篮|邀请赛),
  and a match cue stands between them (火箭对森林狼, 中国队击败土耳其队, 灰熊的对手是国王、黄蜂…) with no
  other organisation between unless the cue comes first and a list of opponents follows it; or two companies
  with 竞争 or 抗衡 between them and nothing else named there.
* ``OWNS`` (:func:`states_ownership`): the owner's name, then within a few characters an owning word (旗下,
  控股的, 下属的, 子公司 …), then within a few more the owned one (越秀投资旗下广州市城市建设开发有限公司);
  or the owned one, 是/为/隶属于, the owner and the owning word (乙是甲的全资子公司). Neither name holds the
  other (兴业全球基金管理公司 and 兴业), and the owned one's name is not cut before a number or a Latin letter
  (南方沪深|300指数基金).

Caveats: a sports cue is read the same whatever the sport, and 对 is a cue only as the whole of the words
between two teams (火箭对森林狼), never in 面对 or 对此; companies competing in a market are written only
when the sentence says 竞争 or 抗衡 between their names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zhkg.extract.stock_names import STOCK_CODE
from zhkg.records import Label, Mention

if TYPE_CHECKING:
    from zhkg.relate.base import RelationContext

__all__ = [
    "MATCH_CUES",
    "TEAM_ENDINGS",
    "OWNING_WORDS",
    "is_team",
    "states_competition",
    "states_ownership",
    "past_stock_code",
    "alias_refused",
    "news_guard_refuses",
]

#: Words that say two teams played or will play each other (one of them between the two names).
MATCH_CUES: tuple[str, ...] = ("对阵", "对手", "击败", "战胜", "负于", "输给", "不敌", "迎战", "交手", "较量", "对决",
                               "逆转", "险胜", "大胜", "完胜", "惜败", "憾负", "横扫", "淘汰", "客场挑战", "做客",
                               "力克", "轻取", "狂胜")
#: Words that say the whole of what stands between two teams' names is their match (火箭对森林狼, 湖人VS凯尔特人).
_FACING = re.compile(r"队?\s*(?:对|vs\.?|VS\.?|Vs\.?|PK|pk)\s*")
#: Words that say two companies compete (the only cues for ends that are not teams).
_COMPANY_CUES = ("竞争", "抗衡")
#: Name endings of a sports team (中国队, 中国男篮, 广东宏远队).
TEAM_ENDINGS: tuple[str, ...] = ("队", "男篮", "女篮", "男足", "女足", "男排", "女排", "国足", "国奥", "俱乐部")
#: What follows a name that is the start of an event's (土耳其U16国际男篮|邀请赛), not a team's.
_EVENT_AFTER = re.compile(r"(?:邀请赛|锦标赛|联赛|杯|赛|大会|运动会)")
#: After a match cue, before a list of opponents (灰熊的最后4个对手是|国王、黄蜂、开拓者和快船).
_LIST_AFTER_CUE = re.compile(r"[是为有：:\s]*(?:[、，,和与及]|\s)*")
#: Characters allowed between the owner and the owning word (越秀投资|旗下, 国泰基金|公司旗下的).
_OWNER_GAP = re.compile(r"(?:[^，。；,;！？]{0,10}[，,](?:该|本)?)?(?:公司|集团|的|所|全资|控股)*")
#: Owning words, the owner's name before them and the owned one's after (甲旗下乙, 甲控股的乙, 甲下属的乙).
OWNING_WORDS: tuple[str, ...] = ("旗下", "下属", "控股的", "全资子公司", "控股子公司", "子公司", "附属")
#: Between an owning word and the owned one's name: 的, an ordinal and what the owner has (旗下的第六只基金——), the
#: kind of company owned (旗下子公司, 下属全资子公司: review179).
_OWNED_GAP = re.compile(r"(?:的|之)?(?:第?[0-9一二三四五六七八九十两首]+[只家个款支][^，。；,;]{0,6}?)?"
                        r"(?:(?:全资|控股)?子公司)?[——\-—：:、，,\s]*")
#: Between the owned one's name and its owner (乙是甲…, 乙隶属于甲…, 乙为甲…).
_OWNED_FIRST = re.compile(r"(?:是|为|系|隶属于|隶属|属于|归属于)")
#: After the owner when the owned one came first (乙是甲|的全资子公司, 乙隶属于甲|旗下).
_OWNER_THEN_WORD = re.compile(r"(?:公司|集团)?(?:的)?(?:全资|控股)?(?:子公司|旗下|下属|控股子公司|附属公司)")


def _names(ctx: RelationContext, m: Mention) -> list[str]:
    _, _, name = ctx.owner[m].partition(":")
    return [n for n in (name, m.canonical, m.simplified) if n]


def is_team(ctx: RelationContext, m: Mention) -> bool:
    """Whether a mention names a sports team: a name ``teams.tsv`` lists, or one ending in 队, 男篮 … and not
    the start of an event's name (:data:`_EVENT_AFTER`)."""
    if m.label is not Label.ORGANIZATION or _EVENT_AFTER.match(ctx.simplified, m.end):
        return False
    teams = ctx.lexicon.teams
    return any(n in teams or n.endswith(TEAM_ENDINGS) for n in _names(ctx, m))


def _others_between(ctx: RelationContext, first: Mention, second: Mention) -> list[Mention]:
    """Organisations named wholly between two mentions, the ends' own entities named again included (火箭…输给黄蜂，
    …追不上黄蜂，同灰熊: the cue is the nearer 黄蜂's, and that nearer pair is read on its own)."""
    return [m for m in ctx.mentions if first.end <= m.start and m.end <= second.start
            and m.label is Label.ORGANIZATION]


def _strip(ctx: RelationContext, start: int, end: int, mentions: list[Mention]) -> str:
    """``ctx.simplified[start:end]`` less the spans of ``mentions`` (sorted by start)."""
    parts, at = [], start
    for m in mentions:
        if at <= m.start and m.end <= end:
            parts.append(ctx.simplified[at:m.start])
            at = m.end
    parts.append(ctx.simplified[at:end])
    return "".join(parts)


def states_competition(ctx: RelationContext, first: Mention, second: Mention) -> bool:
    """Whether the sentence says the organisations ``first`` and ``second`` (in text order) play or compete.

    Two teams: a match cue (:data:`MATCH_CUES`) between them, or 对/VS as all that stands between; another
    organisation between them only in a list that follows the cue. Two other organisations: 竞争 or 抗衡
    between them and no other organisation.
    """
    text = ctx.simplified
    between = text[first.end:second.start]
    others = _others_between(ctx, first, second)
    if not (is_team(ctx, first) and is_team(ctx, second)):
        return not others and any(c in between for c in _COMPANY_CUES)
    if not others and _FACING.fullmatch(between):
        return True
    for cue in MATCH_CUES:
        at = between.find(cue)
        if at < 0:
            continue
        cue_end = first.end + at + len(cue)
        if not others:
            return True
        if all(cue_end <= m.start for m in others):  # 灰熊的对手是国王、黄蜂、开拓者和快船
            return _LIST_AFTER_CUE.fullmatch(_strip(ctx, cue_end, second.start, others)) is not None
        return False
    return False


def past_stock_code(text: str, at: int, limit: int | None = None) -> int:
    """Where the words after a company's name ending at ``at`` begin: past a stock code in brackets written right
    after it (宁德时代(300750)旗下…, 美团(03690.HK)与…, Sina's link aside: :data:`zhkg.extract.stock_names.STOCK_CODE`),
    ending at ``limit`` at most; else ``at``. The relation readers read the words between two names from there.

    >>> text = "宁德时代(300750)旗下的四川时代"
    >>> past_stock_code(text, 4), past_stock_code(text, 4, 10), past_stock_code("万科(深圳)旗下", 2)
    (12, 4, 2)
    """
    code = STOCK_CODE.match(text, at, len(text) if limit is None else limit)
    return at if code is None else code.end()


def states_ownership(ctx: RelationContext, owner: Mention, owned: Mention) -> bool:
    """Whether the sentence says ``owner`` owns ``owned`` where their names stand (甲旗下的乙, 乙是甲的子公司; a stock
    code after either name, 宁德时代(300750)旗下…, is passed over: :func:`past_stock_code`)."""
    text = ctx.simplified
    owner_names, owned_names = _names(ctx, owner), _names(ctx, owned)
    if any(a in b or b in a for a in owner_names for b in owned_names):
        return False  # 兴业全球基金管理公司 and 兴业: a company's own short name is no company it owns
    if re.match(r"[0-9A-Za-z]", text[owned.end:owned.end + 1]):
        return False  # 南方沪深|300指数基金: the name is cut
    if owner.end <= owned.start:
        between = text[past_stock_code(text, owner.end, owned.start):owned.start]
        if len(between) > 16:
            return False
        for word in OWNING_WORDS:
            at = between.find(word)
            if at >= 0 and _OWNER_GAP.fullmatch(between[:at]) and _OWNED_GAP.fullmatch(between[at + len(word):]):
                return True
        return False
    between = text[past_stock_code(text, owned.end, owner.start):owner.start]
    return (_OWNED_FIRST.fullmatch(between) is not None
            and _OWNER_THEN_WORD.match(text, past_stock_code(text, owner.end)) is not None)


#: What a company's full name may add to its short name held inside it (中国|联通, 新浪|网, 加多宝|集团): a
#: country before, a legal form or 网 after. Anything else makes another body: a channel or unit (新浪|娱乐,
#: 北京大学|东语系, 教育部|涉外监管信息网), a product (卡西欧|Z) or a name the recogniser ran on (议题|上海合作组织).
_ALIAS_REST = re.compile(r"(?:中国|香港|台湾|澳门|美国)?"
                         r"(?:[(（]?集团[)）]?|股份|控股|有限|责任|公司|网|银行|国际)*")
#: Endings of a unit that a name of the whole body lacks (民进党“立院”党团 is not 台湾民进党).
_UNIT_ENDS = ("党团", "系", "区域", "频道", "办事处")


def alias_refused(ctx: RelationContext, source: Mention, target: Mention) -> bool:
    """Whether two organisations are not one body named two ways, though the classifier reads ``ALIAS_OF``: one
    name holds the other and the rest is no country, legal form or 网 (:data:`_ALIAS_REST`), or one ends in a
    unit's ending the other lacks (:data:`_UNIT_ENDS`).

    Names that share characters without one holding the other (质检总局 and 中国国家质量监督检验检疫总局, 世行 and
    世界银行) are left to the classifier and :func:`zhkg.relate.learned.is_unit_of`.
    """
    for a in _names(ctx, source):
        for b in _names(ctx, target):
            short, long_ = sorted((a, b), key=len)
            if short == long_:
                continue
            if any(long_.endswith(e) != short.endswith(e) for e in _UNIT_ENDS):
                return True
            at = long_.find(short)
            if at >= 0 and not _ALIAS_REST.fullmatch(long_[:at] + long_[at + len(short):]):
                return True
    return False


def news_guard_refuses(ctx: RelationContext, kind: str, source: Mention, target: Mention) -> bool:
    """Whether a guard of this module refuses a learned edge ``source -kind-> target`` (kinds without a guard
    here pass)."""
    if kind == "COMPETES_WITH":
        first, second = (source, target) if source.start <= target.start else (target, source)
        return not states_competition(ctx, first, second)
    if kind == "OWNS":
        return not states_ownership(ctx, source, target)
    if kind == "ALIAS_OF":
        return alias_refused(ctx, source, target)
    return False
