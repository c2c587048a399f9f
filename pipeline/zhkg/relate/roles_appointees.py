"""People listed after a verb of appointing or removing, who each hold the post (round cnroles161).

Mainland news of appointments and removals lists the people a meeting names: 会议决定任命王建国、李晓华为杭州市人民政府副市长;
免去王建国、李晓华的…副市长职务; 会议接受张灿民、王成全辞去…副主任职务的请求. The readers of one person read the last
of them (or, for 免去, none, as 免去 is not right before him); :func:`read_listed_appointees` gives each person of
the list the post read or written for the last, and reads 免去其…职务 after 任命X为… in the same sentence as X's post
left (会议决定任命王建国为杭州市公安局局长，免去其杭州市交通运输局局长职务).

Caveats: a list is people joined by 、 (the last maybe by 和 or 及) right after the verb, closed by what the verb asks:
为 or 担任 after 任命, 聘任, 委任; 的 or the post after 免去, 撤销, 罢免; 辞去 or 辞任 after 接受. A list closed by 等
(王建国、李晓华等同志) gives nothing: not all are named. 免去其 reads the one person 任命, 聘任 or 委任 names before it
in its sentence, none when no one or two are.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_forms import _post_removed
from zhkg.relate.roles_names import _owner_of
from zhkg.text import sentence_at

__all__ = ["read_listed_appointees"]

#: The verbs whose object may be a list, each with what closes the list after the last person.
_VERBS = {"任命": ("为", "担任"), "聘任": ("为", "担任"), "委任": ("为", "担任"), "免去": (), "撤销": (), "罢免": (),
          "接受": ("辞去", "辞任")}

#: The verbs of removing: the post is read after the list (的 maybe, a holder and its title, 职务).
_REMOVING = ("免去", "撤销", "罢免")

_VERB = re.compile("|".join(_VERBS))

#: What joins a list's people: 、, the last maybe 和 or 及.
_JOINER = re.compile(r"、|和|及")

#: 免去其 after an appointment: the one appointed's post left.
_REMOVED_HIS = re.compile(r"免去其")

#: The verbs naming the one appointed before 免去其.
_APPOINTS = re.compile(r"任命|聘任|委任")


def read_listed_appointees(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The posts of people listed after a verb of appointing or removing, and 免去其's (see the module)."""
    simplified = ctx.simplified
    if not _VERB.search(simplified):
        return []
    starting = {m.start: m for m in ctx.mentions if m.label is Label.PERSON}
    held = {(r.source, r.target, r.role_simplified) for r in found}
    out: list[Relation] = []

    def add(source: str, post: Relation, start: int) -> None:
        if (source, post.target, post.role_simplified) not in held:
            held.add((source, post.target, post.role_simplified))
            out.append(ctx.relation(source, post.target, RelationKind.HOLDS_ROLE, start, post.evidence.end, post.role,
                                    former=post.former))

    for verb in _VERB.finditer(simplified):
        people = _listed(ctx, starting, verb.end())
        closers = _VERBS[verb.group()]
        if people is None or (closers and not simplified.startswith(closers, people[-1].end)):
            continue
        last = people[-1]
        if verb.group() in _REMOVING:
            post = _post_removed(ctx, _owner_of(ctx, last), verb.start(), last.end)
        else:
            post = next((r for r in found if r.source == _owner_of(ctx, last) and r.kind is RelationKind.HOLDS_ROLE
                         and r.evidence.start <= last.start and last.end <= r.evidence.end), None)
        if post is None:
            continue
        former = post.former or verb.group() == "接受"
        post = post if post.former == former else ctx.relation(
            post.source, post.target, RelationKind.HOLDS_ROLE, post.evidence.start, post.evidence.end, post.role,
            former=former)
        for person in people:
            add(_owner_of(ctx, person), post, verb.start())
    for removed in _REMOVED_HIS.finditer(simplified):
        appointed = _appointed_before(ctx, starting, removed.start())
        if appointed is not None:
            post = _post_removed(ctx, _owner_of(ctx, appointed), appointed.start, removed.end())
            if post is not None:
                add(post.source, post, appointed.start)
    return out


def _listed(ctx: RelationContext, starting: dict[int, Mention], at: int) -> list[Mention] | None:
    """Two people or more joined by 、 (the last maybe by 和 or 及) from ``at``, not closed by 等; else ``None``."""
    people = []
    person = starting.get(at)
    while person is not None:
        people.append(person)
        joiner = _JOINER.match(ctx.simplified, person.end)
        person = starting.get(joiner.end()) if joiner else None
    if len(people) < 2 or ctx.simplified.startswith("等", people[-1].end):
        return None
    return people


def _appointed_before(ctx: RelationContext, starting: dict[int, Mention], at: int) -> Mention | None:
    """The one person 任命, 聘任 or 委任 names right after it in the sentence before ``at``, or ``None``."""
    s, _ = sentence_at(ctx.sentences, at)
    named = [starting[v.end()] for v in _APPOINTS.finditer(ctx.simplified, s, at) if v.end() in starting]
    return named[0] if len({_owner_of(ctx, m) for m in named}) == 1 else None
