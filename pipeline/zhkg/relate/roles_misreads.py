"""Posts the role readers read wrong, dropped after them (roles82): a title that ranks a trade, a post read twice, the
posts of several people given to the last of them, and a name that opens the name of a summit read as a holder.

* **A title ranking a trade** (:func:`drop_trade_ranks`). A résumé or an article writes a trade with its rank: 主管会计
  (an accountant in charge), 主任医师, 主任科员, 主任律师, 主管工程师, 董事长秘书 (the chairman's secretary), 职工代表监事
  (a supervisor the staff elect). The readers find the role word at the front of these (主管, 主任, 董事长, 代表) and
  read it as the post: 任甘肃省友谊公司主管会计 gave 主管 of the company, 担任…公司董事长秘书 the company's 董事长. Such
  a post is dropped when every place its evidence writes the title (in no name, no longer title) has a trade right
  after it (:data:`_TRADES`; 代表 before 监事 or 董事, :data:`_REPRESENTED`). A title written bare as well is left
  (…主管会计、主管: the second is a post), and so is one whose next letters open a longer post (董事会秘书长).
* **A post read twice** (:func:`drop_posts_read_twice`). Two readers may read one title, one with its qualifier and
  one without (环球时报特约记者王斯: 特约记者 and 记者 of 环球时报, one from the title before the name, one from the
  byline); the bare one is dropped when the same person and holder hold the longer title from the same evidence and
  the bare title is written there only inside it (上海电气副总经理、总经理王明 keeps both).
* **The posts of several people given to the last** (:func:`drop_posts_of_others`). People listed before a link and
  as many posts after it (张三、李四担任万科集团董事长、总经理) hold one each, in order; the link reader gave the last
  one them all, so he keeps only the post of his rank (posts after 分别 are ``roles_forms._read_respective_posts``').
* **A summit's place read as a person** (:func:`drop_names_of_summits`). 二十国集团领导人华盛顿峰会 names a summit by
  its city; the recogniser may read 华盛顿 as a person and the title before it as his (领导人 of 二十国集团). A post whose
  holder's name, ending its evidence, runs straight into a word of a meeting or its outcome (峰会, 宣言, 公报…:
  :data:`_SUMMIT_WORDS`) is dropped: a name so followed names the meeting, no one holding the title.

* **A department of the unit before it** (:func:`drop_departments_of_units`, roles102). A résumé lists one person's
  posts, unit after unit: 任中泰化学总经办主任、商务部部长, 东方红店商品部部长、商务部经理, 化肥厂团委书记、组织部部长,
  进出口公司总经理兼外事办主任, …化工有限责任公司副总工程师、科研所所长. A department named by its function alone
  (商务部, 组织部, 外事办, 科研所; no place in it: 北京办事处 stays) after 、 or 兼, with no person between it and the
  unit of the post before (departments listed between are walked back over), is that unit's department, not the
  state's ministry or a body of its own: its posts are dropped, unless their evidence names their holder again past it
  (the resolver may join a factory's bare 党委 with a bureau's). The unit before must be a company's, a firm's office
  or a society's (公司, 厂, 总经办, 学会: :data:`_COMPANY_WORDS`): after a government's post the department stays
  (国家计委副主任、商务部副部长, 高雄市政府秘书长、经济部次长, 中共福建省委常委、组织部部长, 区委副书记兼政法委书记), and
  so it does where a person's name comes between (外交部部长杨洁篪、商务部部长陈德铭). A bare 委员会 (the recogniser's
  cut of 中国证监会并购重组审核委员会) names no body: its posts are dropped wherever it is written.

Caveats: narrowings only; the trade itself is not read as the post (主管会计 is a job, not a post of the company).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_listed import _EACH_HIS_OWN, _LISTED_JOINERS
from zhkg.relate.roles_titles import _DEPUTY_PREFIXES, _role_at
from zhkg.relate.roles_words import _HONORIFICS
from zhkg.resources.lexicon import GOVERNING_UNITS
from zhkg.text import Span, SpanIndex, is_han

__all__ = ["drop_departments_of_units", "drop_names_of_summits", "drop_posts_of_others", "drop_posts_read_twice", "drop_repeats", "drop_trade_ranks"]

#: Trades a title right before ranks (主管会计, 主任医师, 董事长秘书); longest first.
_TRADES = ("会计师", "工程师", "会计", "秘书", "律师", "医师", "药师", "护师", "技师", "科员", "编辑", "记者")

#: Titles that stand for whom a post is held, before the post (职工代表监事): no post of their own there.
_REPRESENTED = {"代表": ("监事", "董事")}


def drop_trade_ranks(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """``found`` without the posts whose title, every place its evidence writes it, ranks a trade after it."""
    if not any(r.kind is RelationKind.HOLDS_ROLE and r.role_simplified for r in found):
        return found
    covering = SpanIndex(m for m in ctx.mentions if m.end > m.start)
    return [r for r in found if not (r.kind is RelationKind.HOLDS_ROLE and r.role_simplified
                                     and _ranks_a_trade(ctx, r, covering))]


def _ranks_a_trade(ctx: RelationContext, r: Relation, covering: SpanIndex) -> bool:
    simplified, role = ctx.simplified, r.role_simplified
    trades = _REPRESENTED.get(role, ()) + _TRADES
    ranked = bare = 0
    at = simplified.find(role, r.evidence.start, r.evidence.end)
    while at >= 0:
        end = at + len(role)
        # 董事 inside 董事长, 代表 inside 人民代表大会 are no writing of the title
        if len(_role_at(ctx, at) or "") <= len(role) and not covering.overlaps(Span(at, end)):
            trade = next((t for t in trades if simplified.startswith(t, end)), "")
            longer = _role_at(ctx, end) or ""
            if trade and len(longer) <= len(trade) and not covering.overlaps(Span(end, end + len(trade))):
                ranked += 1
            else:
                bare += 1
        at = simplified.find(role, at + 1, r.evidence.end)
    return ranked > 0 and bare == 0


def drop_repeats(found: list[Relation]) -> list[Relation]:
    """``found`` with each relation once, in the order first read: a person the document names twice in one sentence
    (王建国 and, since aliases90, 王先生 as his alias) can have one post read from the same evidence for each name."""
    return list(dict.fromkeys(found))


def drop_posts_read_twice(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """``found`` without a post whose title is read again with a qualifier before it (特约记者 and 记者) for the same
    person and holder from the same evidence, where the bare title is written only inside the longer one."""
    longer: dict[tuple, list[str]] = {}
    for r in found:
        if r.kind is RelationKind.HOLDS_ROLE and r.role_simplified:
            longer.setdefault((r.source, r.target, r.evidence.start, r.evidence.end), []).append(r.role_simplified)
    if all(len(titles) < 2 for titles in longer.values()):
        return found
    return [r for r in found if not (r.kind is RelationKind.HOLDS_ROLE and r.role_simplified and _read_inside(
        ctx, r, [t for t in longer[(r.source, r.target, r.evidence.start, r.evidence.end)]
                 if len(t) > len(r.role_simplified) and t.endswith(r.role_simplified)]))]


def _read_inside(ctx: RelationContext, r: Relation, titles: list[str]) -> bool:
    """Whether every place ``r``'s evidence writes its title lies inside one of the longer ``titles`` (at least one)."""
    if not titles:
        return False
    simplified, role = ctx.simplified, r.role_simplified
    inside = {at + len(t) - len(role) for t in titles for at in _places(simplified, t, r.evidence.start, r.evidence.end)}
    written = set(_places(simplified, role, r.evidence.start, r.evidence.end))
    return bool(written) and written <= inside


def _places(simplified: str, word: str, start: int, end: int) -> list[int]:
    """Where ``word`` starts in ``simplified[start:end]``."""
    out, at = [], simplified.find(word, start, end)
    while at >= 0:
        out.append(at)
        at = simplified.find(word, at + 1, end)
    return out


#: Words of a meeting or its outcome a place's name opens (华盛顿峰会, 北京宣言, 上海公报): no person's name runs into them.
_SUMMIT_WORDS = ("峰会", "宣言", "公报")


def drop_names_of_summits(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """``found`` without the posts of a person whose name, ending the post's evidence, runs straight into a word of a
    meeting (领导人华盛顿峰会: 华盛顿 holds no 领导人)."""
    simplified = ctx.simplified
    if not any(simplified.startswith(_SUMMIT_WORDS, r.evidence.end) for r in found
               if r.kind is RelationKind.HOLDS_ROLE):
        return found
    ends = {(m.end, ctx.owner[m]) for m in ctx.of(Label.PERSON) if m in ctx.owner}
    return [r for r in found if not (r.kind is RelationKind.HOLDS_ROLE and (r.evidence.end, r.source) in ends
                                     and simplified.startswith(_SUMMIT_WORDS, r.evidence.end))]


def drop_posts_of_others(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """``found`` without the posts the last of several people listed before a link was given for them all (roles82):
    people joined by 、 (和, 与 or 及) before 担任, 为… and as many posts after it, in a list (张三、李四担任万科集团董事长、
    总经理; 任命黄复生、卢师谛为四川靖国联军总司令、副司令) hold one post each, in order (:func:`_read_respective_posts`
    reads them after 分别), so the last one keeps only the post of his rank; a post listed after those read, a bare
    title (…总司令、副司令), counts. Nothing changes when the counts differ (张三、李四担任万科集团副总经理: both hold it)."""
    simplified = ctx.simplified
    starts = {m.start: m for m in ctx.of(Label.PERSON) if m in ctx.owner}
    ends = {m.end: m for m in ctx.of(Label.PERSON) if m in ctx.owner}
    posts: dict[tuple[str, int], list[Relation]] = {}
    for r in found:
        if r.kind is RelationKind.HOLDS_ROLE and r.evidence.start in starts:
            posts.setdefault((r.source, r.evidence.start), []).append(r)
    dropped: set[int] = set()
    for (source, start), read in posts.items():
        last = starts[start]
        if ctx.owner[last] != source:
            continue
        before, first = 0, last
        while simplified[first.start - 1 : first.start] in _LISTED_JOINERS \
                and (person := ends.get(first.start - 1)) is not None:
            before, first = before + 1, person
        at = last.end + next((len(h) for h in _HONORIFICS if simplified.startswith(h, last.end)), 0)
        if not before or simplified.startswith(_EACH_HIS_OWN, at):
            continue
        read.sort(key=lambda r: r.evidence.end)
        end, more = read[-1].evidence.end, 0
        while simplified[end : end + 1] in _LISTED_JOINERS and (bare := _bare_title_at(ctx, end + 1)):
            end, more = end + 1 + len(bare), more + 1  # …总司令、副司令: a post no reader gave him
        if len(read) + more == before + 1:
            dropped |= {id(r) for rank, r in enumerate(read) if rank != before}
    return [r for r in found if id(r) not in dropped] if dropped else found


def _bare_title_at(ctx: RelationContext, at: int) -> str:
    """The role word starting at ``at``, a deputy's 副 (常务副) maybe before it (副司令), or ""."""
    deputy = next((q for q in _DEPUTY_PREFIXES if ctx.simplified.startswith(q, at)), "")
    role = _role_at(ctx, at + len(deputy))
    return deputy + role if role else ""


#: A department named by its function alone (商务部, 组织部, 外事办, 政法委, 科研所): a ministry or a party committee's
#: office shares such a name with the departments of any unit.
_FUNCTION_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,4}(?:部|办|委|所|处|室|科)")
#: Letters that open the state's own short names (中组部, 国资委, 全国人大) or name a place in a department's name
#: (温县政府办公室): such a name is no company's department.
_CENTRAL_OPENINGS = ("中", "国", "全国")
_PLACE_LETTERS = frozenset("省市县区州镇乡村府")
#: Words that make a unit a company, a firm's office or a society (中泰化学总经办, 进出口公司, 化肥厂团委, 会计学会):
#: a department named by its function after its post is its own, never the state's ministry.
_COMPANY_WORDS = ("公司", "集团", "厂", "店", "银行", "股份", "事务所", "学会", "协会", "商会", "总经办")
#: The most letters a unit's post may take between its name and 、 or 兼 (总经理助理, 副总工程师).
_MAX_POST = 8
#: What joins a person's posts in one list (主任、商务部部长; 副书记兼政法委书记).
_POST_JOINERS = ("、", "兼")
#: Where a list of posts ends, looking back.
_CLAUSE_ENDS = frozenset("。；;，,：:！？!?\n")
#: Kinds of body written with no name (委员会): no holder.
_BARE_KINDS = frozenset({"委员会"})


def _function_department(name: str) -> bool:
    """Whether a Simplified name is a department by its function alone, no place and no central body in it."""
    return (_FUNCTION_DEPARTMENT.fullmatch(name) is not None and not name.startswith(_CENTRAL_OPENINGS)
            and not any(ch in _PLACE_LETTERS for ch in name))


def drop_departments_of_units(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """``found`` without the posts of a department named by its function alone after 、 or 兼 and another unit's post,
    no person between (任中泰化学总经办主任、商务部部长: the company's 商务部, no ministry), or of a bare 委员会."""
    if not any(r.kind is RelationKind.HOLDS_ROLE for r in found):
        return found
    orgs = [m for m in ctx.of(Label.ORGANIZATION) if m in ctx.owner]
    cut = {m for m in orgs if m.simplified in _BARE_KINDS or _of_unit_before(ctx, m)}
    if not cut:
        return found

    def held_there(r: Relation, ms: Iterable[Mention]) -> bool:
        return any(ctx.owner[m] == r.target and r.evidence.start <= m.start < r.evidence.end for m in ms)

    # a holder its evidence also names elsewhere (…副厂长、党委副书记，监督所党委书记: the resolver may join the
    # two 党委) is held there
    return [r for r in found if not (r.kind is RelationKind.HOLDS_ROLE and held_there(r, cut)
                                     and not held_there(r, (m for m in orgs if m not in cut)))]


def _of_unit_before(ctx: RelationContext, department: Mention) -> bool:
    """Whether ``department``, a function's name alone after 、 or 兼, follows the post of a company's unit (a title
    of :data:`_MAX_POST` letters at most between), in its clause, with no person between."""
    simplified = ctx.simplified
    if not (_function_department(department.simplified)
            and simplified[department.start - 1 : department.start] in _POST_JOINERS) \
            or any(department.start <= p.start < department.end for p in ctx.of(Label.PLACE)):
        return False  # 北京办事处: an office named by its place
    start = department.start - 1
    while start > 0 and simplified[start - 1] not in _CLAUSE_ENDS:
        start -= 1
    before = sorted((m for m in ctx.mentions if start <= m.start and m.end < department.start
                     and m.label in (Label.ORGANIZATION, Label.PERSON)), key=lambda m: -m.end)
    after = department.start - 1
    for m in before:
        post = simplified[m.end : after]
        unit = next((u for u in GOVERNING_UNITS if post.startswith(u)), "")  # (…厂|团委副书记: the unit is the post's)
        if m.label is Label.PERSON or len(post) - len(unit) > _MAX_POST \
                or not all(is_han(ch) or ch in _POST_JOINERS for ch in post):
            return False  # 外交部部长杨洁篪、商务部部长陈德铭: a post of its own
        if not _function_department(m.simplified):
            return any(w in m.simplified for w in _COMPANY_WORDS)
        after = m.start  # …团委书记、组织部部长: the departments listed back to their unit
    return False
