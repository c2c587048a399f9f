"""Typed edges between two people or two organisations that news states where the two names stand (session 17,
rel17): who played whom, who owns or bought which company, who is whose spouse or parent.

Every edge is read from two names next to each other in one sentence (no other person, organisation or place
named between them) and the words between them, which must be wholly of one form; a stock code in brackets right
after a company's name (宁德时代(300750)旗下…, 美团(03690.HK)与…) is passed over, as the name's own
(:func:`zhkg.relate.learned_news.past_stock_code`, review179):

* ``COMPETES_WITH`` between two sports teams (a name ``teams.tsv`` lists or one ending in 队, 男篮 …:
  :func:`zhkg.relate.learned_news.is_team`; never a fleet or an army): team + words of when and where (主场, 客场,
  昨天, 最终, 加时, 遗憾地 …), a score (以98-90), then a match verb (击败, 负于, 迎战, 对阵, 战平, 拿下; Taiwan's 力退,
  对上 …) and maybe a short description (不敌力争西部第二的小牛) right before the other team (热火以98-90击败老鹰队,
  火箭主场负于国王); team + 对/VS + team; team + 与/和 + team + 的比赛/之战/交手 (湖人与小牛的比赛, 国王队此前与火箭队的三次
  交手); a match verb + team + 的 + team (击败火箭的黄蜂: the second won); team + 迎来 + team + 的挑战. The source is the
  team named first (the subject; the winner in 击败X的Y); ``relation_zh`` is the verb (击败, 负于, 对阵, 比赛), so the
  edge reads as the sentence does. A word of wish, manner or negation between (如何击败, 希望战胜, 未能击败), a
  condition or chance before (如果, 有机会让), teams listed (湖人、火箭和小牛的比赛) or joined after 与 (与爵士队和勇士队的
  比赛: another team's opponents) leave it unread.
* ``OWNS`` between two organisations: owner + 旗下/下属/控股的/子公司 (旗下子公司 too) + owned (奥康集团旗下的中瓯地产集团,
  :func:`zhkg.relate.learned_news.states_ownership`) or owned + (原/曾)是/为/隶属于 + owner + 的(全资)子公司 (乙原是甲的
  子公司: ``former``); never a school's, a state's or a league's units (北京大学下属的光华管理学院, 阿拉伯联盟下属的…), an asset or a line of business
  (CRT资产), a works (热连轧厂), a span that is a word of ownership (全资, 意控股) or two names joined, nor an owned
  company whose name is cut on its left. ``ACQUIRED``: buyer + (已/正式/宣布/成功 …) + 收购/并购 + (了) + bought,
  only when the buying is done (了, 已, 完成, 成功) or its clause closes after the company bought (甲收购乙，…; not
  甲收购乙的计划, 甲收购乙一事), and no word of approval, plan or weighing stands before (批准, 计划, 可行性); or buyer
  + 完成(了)对 + bought + 的收购. A word of doubt (否认, 传闻, 是否) before or between leaves either unread.
* ``SPOUSE_OF`` and ``PARENT_OF`` between two people: person + (的) + a kin word + person (吴宇森的女儿吴飞霞, 王明
  之子王小明, 李四的妻子王芳); person + 和/与/携 + a kin word + person (张三携妻子李丽); two people joined by 和/与/、 +
  夫妇/夫妻 (邓超和孙俪夫妇). PARENT_OF runs from the parent to the child (X的父亲Y: Y → X); SPOUSE_OF from the
  person named first; ``relation_zh`` is the kin word. 前妻/前夫 mark the spouse ``former``; 未婚妻 is no spouse. A
  clause that denies or reports a rumour (否认, 传闻, 绯闻, 疑似) or casts a film (饰演, 扮演) is left unread, and so
  is a kin word whose first person is one of a list (邓超和孙俪的儿子) or is someone's kin (老婆周慧敏和父亲倪匡), and
  夫人 after a fief (魏国夫人, a title); a one-letter name (a bare surname, 张的丈夫X) is no one's kin.

* ``GRADUATED_FROM`` person → school, ``HEADQUARTERED_IN`` organisation → place and ``PARTNER_OF`` between two
  organisations (session 18, rel18; :mod:`zhkg.relate.pairs_ties`): 张明华1992年毕业于北京大学东语系, 李红从清华大学毕业,
  北京大学毕业的王小军, 联想集团总部位于北京, 总部设在日内瓦的世界经济论坛, 阿里巴巴与苏宁签署战略合作协议, 甲携手乙
  (PARTNER_OF's ends sorted by id). A biography's or a profile's subject that opens a sentence and that a later
  clause leaves out is read too (王子文，1987年…出生…，毕业于中央戏剧学院; 博茨瓦纳航空公司是…，总部设在哈博罗内), when no
  other person (or body) is named before the school (or the place). Founders stay HOLDS_ROLE 创始人
  (``relate/roles_founders.py``): no FOUNDED edge says it twice.

The reader is gated on one precompiled search for its cue words (对 alone only where a team is named): a document
without any pays nothing more; on the first 300 THUCNews articles it takes 0.3% of the run.

Measured (``bench/typed_relations_audit.py``, ``bench/typed_relations_gold.py``): see ``docs/relations.md``.

Caveats: only the nearest pair is read (湖人击败了火箭和小牛 reads 湖人–火箭); a team the recogniser took for a
place (北京主场迎战广东: the cities of CBA teams) or did not find is not read, nor a subject in an earlier clause
(火箭坐镇主场，…不敌小牛); a kin word after a pronoun (他的妻子X) has no first person.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from zhkg.config import Config
from zhkg.errors import ConfigError
from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.kin import KIN
from zhkg.relate.learned_news import is_team, past_stock_code, states_ownership
from zhkg.relate.pairs_ties import (
    GRADUATED_FROM,
    HEADQUARTERED_IN,
    PARTNER_OF,
    TIE_CUES,
    names_a_place,
    read_biography_schools,
    read_partner,
    read_profile_seat,
    read_school,
    read_seat,
    seat_before,
)
from zhkg.stages.normalise import to_traditional

__all__ = ["PAIR_KINDS", "KIN_WORDS", "MATCH_VERBS", "check_pair_kinds", "read_pairs"]

COMPETES_WITH = RelationKind.define("COMPETES_WITH")
OWNS = RelationKind.define("OWNS")
ACQUIRED = RelationKind.define("ACQUIRED")
SPOUSE_OF = RelationKind.define("SPOUSE_OF")
PARENT_OF = RelationKind.define("PARENT_OF")
#: The kinds the reader writes (the learned reader's names for them, so queries and the legend agree).
PAIR_KINDS: tuple[RelationKind, ...] = (COMPETES_WITH, OWNS, ACQUIRED, SPOUSE_OF, PARENT_OF, GRADUATED_FROM,
                                         HEADQUARTERED_IN, PARTNER_OF)

#: Verbs that say two teams played or will play each other, written right before the second team.
MATCH_VERBS: tuple[str, ...] = (
    "击败", "战胜", "打败", "负于", "输给", "不敌", "迎战", "对阵", "对战", "挑战", "做客", "力克", "轻取", "大胜",
    "完胜", "险胜", "惜败", "憾负", "横扫", "淘汰", "逆转", "掀翻", "击溃", "战平", "逼平", "绝杀", "狂胜", "痛击",
    "复仇", "主场战", "客场战", "拿下", "迎来",
    # Taiwan's and Hong Kong's sports pages
    "力退", "击退", "扳倒", "痛宰", "狂电", "对上")
#: Words of when, where and how a game went, between the first team and the verb (队 ends a name the recogniser cut).
#: None is two others run together (将在, 经过加时 were: a run of them was read in exponentially many ways); …地 can
#: still hold other words, so the words are looked for only between teams at most :data:`_MAX_BETWEEN` letters apart.
_MATCH_ADVERBS = (
    "队", "今天", "今晚", "今日", "明天", "昨天", "昨晚", "昨日", "日前", "周[一二三四五六日末]", "将", "还将",
    "也", "又", "再次", "再度", "此前", "刚刚", "最终", "最后", "终于", "坐镇", "回到", "做客", "在", "于", "主场",
    "客场", "本场", "本轮", "加时", "经过", "爆冷", "轻松", "顺利", "艰难", "惊险", "总决赛", "季后赛",
    "常规赛", "半决赛", "决赛", "首轮", "小组赛", "比赛", "中", "上", "以", "了", "分别", "都", "均", "才", "好不容易",
    "[0-9一二两三四五六七八九十]+天(?:后|前|之后)", "[\u4e00-\u9fff]{1,3}地")
_MAX_BETWEEN = 32
_SCORE = r"\d{1,3}\s*(?:[-－:：∶]|比)\s*\d{1,3}"
_MATCH_BETWEEN = re.compile(
    r"(?:" + "|".join(_MATCH_ADVERBS) + "|" + _SCORE + r"|\s)*"
    r"(?P<verb>" + "|".join(sorted(MATCH_VERBS, key=len, reverse=True)) + r")(?:了)?\s*"
    r"(?P<modifier>[^，。；,;、：:“”\s]{1,10}的)?")
#: After the second team when the verb is 迎来 (湖人坐镇主场迎来了黄蜂的挑战).
_CHALLENGE = re.compile(r"(?:队)?的挑战")
#: All that stands between two teams playing (火箭对森林狼, 湖人VS凯尔特人).
_FACING = re.compile(r"队?\s*(?P<verb>对|vs\.?|VS\.?|Vs\.?|PK)\s*")
#: Two teams joined, then their game after the second (湖人与小牛的比赛, 火箭和黄蜂之战).
_JOINED = re.compile(r"(?:队)?(?:此前|之前|本赛季|今年|上周|曾经|曾|还|也|将)*\s*(?P<verb>与|和|同)\s*")
_GAME_AFTER = re.compile(r"(?:队)?(?:之间)?(?:在[^，。；,;]{1,8}?中)?(?:的)?(?:[一二三四五六七八九十两\d]+(?:次|场))?"
                         r"(?P<game>比赛|之战|一战|较量|交锋|对决|交手|系列赛|首回合|次回合)")
#: Right before the first of two joined teams: a word that makes them the opponents of another (与爵士队和勇士队的比赛).
_OBJECT_OF = re.compile(r"(?:与|和|同|跟|对|对阵|面对)$")
#: A match verb closing the words before a team that a 的 joins to the next (刚刚击败火箭的黄蜂: 黄蜂 beat 火箭).
_VERB_BEFORE = re.compile(r"(?:" + "|".join(sorted(set(MATCH_VERBS) - {"拿下", "迎来"}, key=len, reverse=True))
                          + r")(?:了)?$")
#: In the clause before the first team: a condition, a wish or a chance (如果火箭击败湖人, 很有机会让开拓者击败湖人).
_NOT_PLAYED = re.compile(r"如果|假如|假设|倘若|一旦|要是|若|希望|有机会|有望|能否|如何|争取|想要|让|可能|除非")
#: Name endings of bodies that end in 队 and are no sports team.
_NOT_TEAMS = ("舰队", "军队", "部队", "联军", "车队长", "梯队", "团队", "球队", "代表队", "护卫队", "消防队", "工作队")

#: Between a buyer and the company bought (甲公司宣布收购乙公司, 甲已正式收购了乙).
_BUYING = re.compile(r"(?:公司|集团)?(?:已经|已|正式|宣布|成功|全资|日前|近日|今天|昨天|昨日|于|斥资|出资|以"
                     r"|\d+(?:\.\d+)?[万亿]*(?:美元|港元|元|欧元|英镑|日元)|\s)*"
                     r"(?P<verb>收购|并购)(?:了)?")
_BOUGHT = re.compile(r"(?:公司|集团)?(?:已经|已|正式|宣布|成功|日前|近日)*完成(?:了)?对")
_BOUGHT_AFTER = re.compile(r"(?:公司|集团)?的(?:全部|全资|股权)?(?P<verb>收购|并购)")
#: Before the first company in its clause: a word of doubt (否认, 传闻) that makes the buying or owning unsaid.
_DOUBT = re.compile(r"否认|传闻|传言|据传|谣言|疑似|是否|如果|假如|若|并非|不是")
#: Starts of an organisation's span that are no name's (a word of ownership or a description the recogniser took in).
_NOT_NAME_STARTS = ("全资", "控股", "独资", "合资", "上市公司", "直投公司", "子公司", "母公司", "修订", "本公司", "该公司")
#: Latin letters that name a kind of business, not a company (中信证券旗下PE).
_GENERIC_LATIN = frozenset({"PE", "VC", "LP", "GP", "IPO", "CRT", "LCD", "IT"})
#: Name endings of a works or a workshop, a company's unit rather than a company (苏州工厂, 热连轧厂).
_UNITS = ("工厂", "厂", "车间", "事业部", "部门", "分厂")
#: After an organisation owned: what makes it an asset or a business of the owner's (CRT资产, 手机业务).
_OWNED_THING = re.compile(r"资产|业务|产品|项目|板块|品牌")
#: Between the company owned and its owner (乙是甲的子公司, 乙原是甲旗下…: former), and after the owner.
_OWNED_BY = re.compile(r"(?P<former>原|曾|曾经|原本|此前)?(?:是|为|系|隶属于|隶属|属于|归属于)")
_OWNER_WORD = re.compile(r"(?:公司|集团)?(?:的)?(?:全资|控股)?(?P<word>控股子公司|子公司|旗下|下属|附属公司)")
#: Before the company owned when it comes first: its clause opens there, or a word of reference does (国药集团一致|
#: 药业股份有限公司是… is a name cut, not a company).
_CLAUSE_OPENS = re.compile(r"(?:^|[，。；：、,;:！？!?\s“”「」（）()]|其|该|而|但|和|与|及)$")
#: Endings of an owner that is no company: a school's or a state's units are parts of it, not companies it owns
#: (伯克利大学下属的哈斯商学院, 市政府下属的…).
_NOT_OWNERS = ("大学", "学院", "学校", "政府", "委员会", "部", "局", "厅", "委", "院", "所", "协会", "党", "军", "会",
               "联盟", "组织", "联合国")
#: Before the buyer in its clause: a deal planned, pending or weighed (批准, 计划, 可行性).
_PENDING = re.compile(r"批准|同意|否决|审批|审查|申请|计划|准备|有意|洽谈|谈判|考虑|可行性|或将|有望|拟|将")
#: Between buyer and verb: the buying is done (已收购, 完成收购, 成功收购).
_DONE = re.compile(r"已|完成|成功")
#: After the company bought, when nothing says the buying is done: the clause ends there (a stake maybe between:
#: 收购乙51%股权，), or a time after it (收购乙后); not 收购乙的计划, 收购乙一事.
_ACT_CLOSED = re.compile(r"(?:(?:<N>|\d+(?:\.\d+)?)%?(?:的)?(?:股权|股份))?(?:[，。；,;！!\n]|后|之后|以后|以来|$)")
#: 原/曾/前 right before an owning word: the ownership is past (原属甲旗下).
_FORMER_OWNER = re.compile(r"(?:原|曾|前|曾经|原本)(?:是|为|属于?)?$")

#: Kin words an edge is read from (:data:`zhkg.relate.kin.KIN`, its words with a tie): the kind the table names,
#: whether the edge runs from the second person to the first (X的父亲Y: Y is X's parent), and whether the tie is past
#: (前妻).
KIN_WORDS: dict[str, tuple[RelationKind, bool, bool]] = {
    word: (RelationKind(kin.tie), kin.reverse, kin.former) for word, kin in KIN.items() if kin.tie}
_KIN = "|".join(sorted(KIN_WORDS, key=len, reverse=True))
#: person + (的) + kin word + person; 之 only before 子 and 女 (王明之子王小明).
_KIN_OF = re.compile(r"(?:的|之)?(?P<kin>" + _KIN + r")\s*")
#: person + 和/与/携/偕/带着 + kin word + person (张三携妻子李丽): the first person's kin.
_KIN_WITH = re.compile(r"(?:和|与|携|偕|带着|同)(?:其|他的|她的)?(?P<kin>" + _KIN + r")\s*")
#: A kin word right before the first person (老婆周慧敏和父亲倪匡: 倪匡 is not 周慧敏's father).
_KIN_ENDING = re.compile(r"(?:" + _KIN + r")$")
#: Name endings before 夫人 that make it a title (魏国夫人, 秦国夫人).
_FIEFS = ("国", "郡", "县", "州")
#: Two people joined, then 夫妇 (邓超和孙俪夫妇).
_COUPLE_JOIN = re.compile(r"\s*(?:和|与|、|及)\s*")
_COUPLE_AFTER = re.compile(r"\s*(?P<kin>夫妇|夫妻|伉俪)")
#: In the clause before the first person: a denial, a rumour or a film's cast (the tie is no fact of the world).
_NOT_KIN = re.compile(r"否认|传闻|绯闻|疑似|据传|谣言|饰演|扮演|饰|演绎|出演|角色|剧中|片中|戏中|假扮|冒充")
#: After the second person: a cast credit or a role (李四的妻子王芳(张三饰)).
_CAST_AFTER = re.compile(r"\s*[(（][^)）]{0,12}饰|\s*一角|\s*的角色")

#: Every cue the reader reads, for one search per document.
_CUES = re.compile("|".join(sorted(set(MATCH_VERBS) | {"VS", "vs", "PK", "比赛", "之战", "一战", "较量", "交锋",
                                                      "对决", "交手", "系列赛", "回合", "旗下", "下属",
                                                      "子公司", "控股", "收购", "并购", "夫妇", "夫妻", "伉俪"}
                                   | {k for k in KIN_WORDS if len(k) > 1} | {"之子", "之女", "之妻"} | set(TIE_CUES),
                                   key=len, reverse=True)))
#: Clause breaks: the doubt and cast words are looked for from the last one before the first name.
_CLAUSE_START = re.compile(r"[，,；;。！？!?：:\n]")


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """The people, organisations and places named, none inside another, by offset (``mentions`` sort by start and
    then by -end, so the longer of two starting together comes first)."""
    out: list[Mention] = []
    for m in mentions:
        if m.label not in (Label.PERSON, Label.ORGANIZATION, Label.PLACE):
            continue
        if out and m.start < out[-1].end:
            continue  # inside (or overlapping) the one before
        out.append(m)
    return out


def _clause_before(text: str, at: int) -> str:
    """The text of ``at``'s clause before it."""
    start = max((m.end() for m in _CLAUSE_START.finditer(text, max(0, at - 40), at)), default=max(0, at - 40))
    return text[start:at]


def _edge(ctx: RelationContext, source: Mention, target: Mention, kind: RelationKind, verb: str, start: int,
          end: int, *, former: bool = False) -> Relation:
    rel = ctx.relation(ctx.owner[source], ctx.owner[target], kind, start, end, former=former)
    return replace(rel, relation_zh=_as_written(ctx, verb, start, end))


def _as_written(ctx: RelationContext, word: str, start: int, end: int) -> str:
    """``word`` (read in the Simplified copy) as the document writes it: its letters in the original text where it
    stands between ``start`` and ``end`` (the copy keeps offsets), else converted to Traditional for a document
    that is not Simplified (对阵 for 對, a word the reader normalised)."""
    if ctx.text == ctx.simplified:
        return word
    at = ctx.simplified.find(word, start, end)
    if at >= 0:
        return ctx.text[at:at + len(word)]
    return to_traditional(word) if ctx.text[start:end] != ctx.simplified[start:end] else word


def _is_team(ctx: RelationContext, m: Mention) -> bool:
    name = m.name
    return is_team(ctx, m) and not name.endswith(_NOT_TEAMS)


def _match(ctx: RelationContext, a: Mention, b: Mention, before: Mention | None) -> Relation | None:
    """Two teams named one after the other that play each other (:data:`MATCH_VERBS`, 对/VS, 与…的比赛,
    击败火箭的黄蜂)."""
    text = ctx.simplified
    if not (_is_team(ctx, a) and _is_team(ctx, b)):
        return None
    clause = _clause_before(text, a.start)
    if _NOT_PLAYED.search(clause):
        return None
    between = text[a.end:b.start]
    if between == "的" and (verb := _VERB_BEFORE.search(clause)) is not None:  # 击败火箭的黄蜂: the one after 的 won
        return _edge(ctx, b, a, COMPETES_WITH, verb.group().rstrip("了"), verb.start() + a.start - len(clause), b.end)
    found = (_MATCH_BETWEEN.fullmatch(between) if len(between) <= _MAX_BETWEEN else None) \
        or _FACING.fullmatch(between)
    if found is None and _JOINED.fullmatch(between) is not None:
        after = _GAME_AFTER.match(text, b.end)
        listed = before is not None and text[before.end:a.start] in ("、", "，", ",") and _is_team(ctx, before)
        if after is None or listed or _OBJECT_OF.search(clause):
            return None  # 湖人、火箭和小牛的比赛: each team's games; (湖人)与爵士和勇士的比赛: another team's opponents
        return _edge(ctx, a, b, COMPETES_WITH, after.group("game"), a.start, after.end())
    if found is None:
        return None
    verb = found.group("verb").rstrip(".")
    if verb == "迎来" and not _CHALLENGE.match(text, b.end):
        return None  # 湖人迎来了黄蜂的挑战: only a challenge is a game
    if verb in ("迎来", "拿下") and found.group("modifier"):
        return None
    return _edge(ctx, a, b, COMPETES_WITH, "对阵" if verb.upper() in ("对", "VS", "PK") else verb, a.start, b.end)


def _nested(a: Mention, b: Mention) -> bool:
    """Whether one name holds the other (兴业全球基金 and 兴业: a company's own short name is no company it owns)."""
    x, y = a.name, b.name
    return x in y or y in x


def _company(m: Mention) -> bool:
    """An organisation whose name is a name: not a word of ownership or a description read into it (全资, 上市公司
    广汇能源…), nor two names joined (西南水泥与台泥集团)."""
    name = m.name
    return (m.label is Label.ORGANIZATION and not name.startswith(_NOT_NAME_STARTS) and "与" not in name
            and "全资" not in name and not (name.endswith("控股") and len(name) <= 3)
            and name.upper() not in _GENERIC_LATIN and not name.endswith(_UNITS))


def _owned(ctx: RelationContext, m: Mention) -> bool:
    """Whether the organisation owned is a company and not an asset or a line of business named after one
    (赛格集团旗下CRT资产)."""
    return _OWNED_THING.match(ctx.simplified, m.end) is None


def _ownership(ctx: RelationContext, a: Mention, b: Mention) -> Relation | None:
    """OWNS or ACQUIRED between two organisations named one after the other."""
    text = ctx.simplified
    if not (_company(a) and _company(b)) or _DOUBT.search(_clause_before(text, a.start)):
        return None
    between = text[past_stock_code(text, a.end, b.start):b.start]  # 比亚迪(002594)已收购…: the words after the code
    b_end = past_stock_code(text, b.end)
    if _DOUBT.search(between):
        return None
    if (found := _BUYING.fullmatch(between)) is not None:
        done = found.group(0).endswith("了") or _DONE.search(between) is not None
        if _PENDING.search(_clause_before(text, a.start)) or not (done or _ACT_CLOSED.match(text, b_end)):
            return None  # 格力电器收购珠海银隆计划遇阻, 批准兖州煤业收购Felix: a deal not (yet) done
        return _edge(ctx, a, b, ACQUIRED, found.group("verb"), a.start, b.end)
    if _BOUGHT.fullmatch(between) and (after := _BOUGHT_AFTER.match(text, b_end)) is not None:
        return _edge(ctx, a, b, ACQUIRED, after.group("verb"), a.start, after.end())
    if states_ownership(ctx, a, b) and not a.name.endswith(_NOT_OWNERS) \
            and _owned(ctx, b):  # 甲旗下乙
        word = next((w for w in ("旗下", "下属", "控股", "子公司", "附属") if w in between), "旗下")
        at = between.find(word)
        return _edge(ctx, a, b, OWNS, word, a.start, b.end, former=bool(_FORMER_OWNER.search(between[:at])))
    if (by := _OWNED_BY.fullmatch(between)) and (word := _OWNER_WORD.match(text, b_end)) \
            and not b.name.endswith(_NOT_OWNERS) and not _nested(a, b) \
            and _CLAUSE_OPENS.search(text, 0, a.start):  # 乙是甲的子公司
        return _edge(ctx, b, a, OWNS, word.group("word"), a.start, word.end(), former=bool(by.group("former")))
    return None


def _kinship(ctx: RelationContext, a: Mention, b: Mention, before: Mention | None) -> Relation | None:
    """SPOUSE_OF or PARENT_OF between two people named one after the other."""
    text = ctx.simplified
    if a.label is not Label.PERSON or b.label is not Label.PERSON:
        return None
    if min(len(a.name), len(b.name)) < 2:
        return None  # 张的丈夫王志国, 邓、罗夫妇, 孙天宝的女儿孙某: a bare surname or a name cut names no one
    if _NOT_KIN.search(_clause_before(text, a.start)) or _CAST_AFTER.match(text, b.end):
        return None
    between = text[a.end:b.start]
    listed = before is not None and before.label is Label.PERSON and text[before.end:a.start] in ("和", "与", "、", "及")
    found = _KIN_OF.fullmatch(between)
    if found is None and (found := _KIN_WITH.fullmatch(between)) is not None and _KIN_ENDING.search(text, 0, a.start):
        return None  # 出动老婆周慧敏和父亲倪匡: the first person is someone's kin too, and the father is that one's
    if found is not None:
        kin = found.group("kin")
        if listed or between.startswith("之") != (kin in ("子", "女", "妻")):
            return None  # 之 only before 子, 女 and 妻 (王明之子王小明), and they only after it
        if kin == "夫人" and a.name.endswith(_FIEFS):
            return None  # 魏国夫人向氏: a title granted, no one's wife
        kind, reverse, former = KIN_WORDS[kin]
        source, target = (b, a) if reverse else (a, b)
        return _edge(ctx, source, target, kind, kin, a.start, b.end, former=former)
    if _COUPLE_JOIN.fullmatch(between) and (after := _COUPLE_AFTER.match(text, b.end)) is not None and not listed:
        return _edge(ctx, a, b, SPOUSE_OF, after.group("kin"), a.start, after.end())
    return None


def _tie(ctx: RelationContext, a: Mention, b: Mention, before: Mention | None) -> Relation | None:
    """GRADUATED_FROM, HEADQUARTERED_IN or PARTNER_OF between two names one after the other
    (:mod:`zhkg.relate.pairs_ties`); PARTNER_OF's ends sorted by entity id, as the tie has no direction."""
    text = ctx.simplified
    clause = _clause_before(text, a.start)
    found = (read_school(text, a, b, clause) or read_seat(text, a, b, clause) or seat_before(text, a, b, clause))
    kind = GRADUATED_FROM if found is not None and found[0].label is Label.PERSON else HEADQUARTERED_IN
    if found is None and (found := read_partner(text, a, b, clause, before)) is not None:
        kind = PARTNER_OF
        if not (_company(a) and _company(b)) or _nested(a, b) \
                or names_a_place(a, ctx.lexicon) or names_a_place(b, ctx.lexicon):
            return None  # 阿里巴巴携手|好莱坞: a place (typed a company) is no partner
        if ctx.owner[found[0]] > ctx.owner[found[1]]:
            found = (found[1], found[0], found[2], found[3])
    if found is None:
        return None
    source, target, word, end = found
    return _edge(ctx, source, target, kind, word, min(a.start, b.start), end)


def check_pair_kinds(config: Config) -> frozenset[str]:
    """The kinds ``config.pair_relations_enabled`` names; :class:`~zhkg.errors.ConfigError` for one the reader never
    writes (a misspelt ``OWN`` would otherwise be silently ignored).

    >>> sorted(check_pair_kinds(Config(pair_relations_enabled=("OWNS", "SPOUSE_OF"))))
    ['OWNS', 'SPOUSE_OF']
    """
    known = [k.value for k in PAIR_KINDS]
    for kind in config.pair_relations_enabled:
        if kind not in known:
            raise ConfigError(f"pair_relations_enabled: unknown pair relation {kind!r}; kinds are: {', '.join(known)}")
    return frozenset(config.pair_relations_enabled)


def read_pairs(ctx: RelationContext) -> list[Relation]:
    """COMPETES_WITH, OWNS, ACQUIRED, SPOUSE_OF, PARENT_OF, GRADUATED_FROM, HEADQUARTERED_IN and PARTNER_OF edges
    of one document (see the module's doc), those
    of the kinds ``Config.pair_relations_enabled`` lists."""
    enabled = check_pair_kinds(ctx.config)
    if not _CUES.search(ctx.simplified) and not ("对" in ctx.simplified and any(_is_team(ctx, m) for m in ctx.mentions)):
        return []  # 对 is too common a letter to gate on alone: only with a team named (火箭对森林狼)
    out: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    starts = [s for s, _ in ctx.sentences]
    named = _outermost(ctx.mentions)
    for i in range(1, len(named)):
        a, b = named[i - 1], named[i]
        if bisect_right(starts, a.start) != bisect_right(starts, b.start - 1):
            continue  # not in one sentence
        if ctx.owner.get(a) is None or ctx.owner.get(b) is None or ctx.owner[a] == ctx.owner[b]:
            continue
        before = named[i - 2] if i >= 2 else None
        if a.label is Label.PERSON:
            rel = _kinship(ctx, a, b, before) or _tie(ctx, a, b, before)
        elif a.label is Label.ORGANIZATION:
            rel = _match(ctx, a, b, before) or _ownership(ctx, a, b) or _tie(ctx, a, b, before)
        else:
            rel = _tie(ctx, a, b, before)
        if rel is None or rel.kind.value not in enabled:
            continue
        key = (rel.source, rel.target, rel.kind.value)
        if key not in seen:
            seen.add(key)
            out.append(rel)
    if (GRADUATED_FROM.value in enabled and "毕业" in ctx.simplified) or \
            (HEADQUARTERED_IN.value in enabled and "总部" in ctx.simplified):
        for rel in _left_out_subjects(ctx, named, enabled):
            key = (rel.source, rel.target, rel.kind.value)
            if key not in seen:
                seen.add(key)
                out.append(rel)
    return out


def _left_out_subjects(ctx: RelationContext, named: list[Mention], enabled: frozenset[str]) -> list[Relation]:
    """GRADUATED_FROM of biographies' and HEADQUARTERED_IN of profiles' sentences whose subject a later clause
    leaves out (:func:`zhkg.relate.pairs_ties.read_biography_schools`, :func:`~zhkg.relate.pairs_ties.read_profile_seat`)."""
    out: list[Relation] = []
    starts = [m.start for m in named]
    for start, end in ctx.sentences:
        sentence = ctx.simplified[start:end]
        inside = named[bisect_right(starts, start - 1):bisect_right(starts, end - 1)]
        found: list[tuple[Mention, Mention, str, int, int, RelationKind]] = []
        if GRADUATED_FROM.value in enabled and "毕业" in sentence:
            found += [(*t, GRADUATED_FROM) for t in read_biography_schools(ctx.simplified, inside, start, end)]
        if HEADQUARTERED_IN.value in enabled and "总部" in sentence \
                and (seat := read_profile_seat(ctx.simplified, inside, start)) is not None:
            found.append((*seat, HEADQUARTERED_IN))
        for source, target, verb, s, e, kind in found:
            if ctx.owner.get(source) is not None and ctx.owner.get(target) is not None:
                out.append(_edge(ctx, source, target, kind, verb, s, e))
    return out
