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

Caveats: narrowings only; the trade itself is not read as the post (主管会计 is a job, not a post of the company).
"""

from __future__ import annotations

from zhkg.records import Label, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_listed import _EACH_HIS_OWN, _LISTED_JOINERS
from zhkg.relate.roles_titles import _DEPUTY_PREFIXES, _role_at
from zhkg.relate.roles_words import _HONORIFICS
from zhkg.text import Span, SpanIndex

__all__ = ["drop_names_of_summits", "drop_posts_of_others", "drop_posts_read_twice", "drop_repeats", "drop_trade_ranks"]

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
