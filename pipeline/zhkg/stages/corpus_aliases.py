"""One thing, one node across a corpus's documents: alias pairs a document establishes and the well-known
bodies' rows (``organisations_known.tsv``) applied to the whole corpus (corpus180).

Within a document :func:`~zhkg.stages.resolve.canonicalise` names a short form by its full name (民進黨 beside
民主進步黨, 首规委 of 首都规划建设委员会); the merge across documents (:mod:`zhkg.stages.entity_groups`) is by that
canonical name, so a document writing only the short form made a node of its own. :func:`join_across_documents`
joins such nodes from the facts of every entity of a run (:class:`EntityFacts`: label, name, the forms its
documents wrote, how many documents), which :meth:`zhkg.run.assembly.Assembler.finish` reads off its tallies.

Caveats: a short form joins only when the whole corpus leaves it unambiguous (one body per short form, no head a
document's context completes, no other organisation the stem opens); people only by a Latin name and its
transliteration. The result depends on the set of entities alone, never on the order of the documents or on how
a corpus run was split into parts (``--jobs``, Dask).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from zhkg.records import Label
from zhkg.resources.gazetteer import Gazetteer, is_country_code
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.entity_groups import _PREFIX
from zhkg.text import is_han

__all__ = ["EntityFacts", "JOINED_ACROSS", "join_across_documents", "_latin", "_alias_pair", "_opens_others",
           "_UNIT", "_OWN_NAMES", "_HEADS"]


@dataclass(frozen=True)
class EntityFacts:
    """What :func:`join_across_documents` reads of one entity of a run: its label, its canonical name, the
    Simplified forms its documents wrote it as (each joined to it there) and how many documents name it."""

    label: Label
    name: str
    forms: frozenset[str]
    documents: int


#: What the ``merged_because`` of an entity :func:`join_across_documents` made says.
JOINED_ACROSS = "joined by alias"


def join_across_documents(entities: Mapping[str, EntityFacts], lexicon: Lexicon,
                          gazetteer: Gazetteer | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """One node for one thing across a corpus's documents: the alias pairs documents establish and the
    well-known bodies' rows (``organisations_known.tsv``) applied to the whole corpus.

    A document joins a short form to its full name (首规委 of 首都规划建设委员会, 腾讯控股 of 腾讯控股有限公司: the form is
    among the full name's ``forms``); another document writing the short form alone made a node of its own. Such
    a node joins the full name's when the pair is unambiguous in the whole corpus: every document that joins the
    form joins it to one body, the form is no body's head the document's context completes (市委 of 北京市委,
    外交部 of 中国外交部: the full name ends with the form), no team's (中国队 of each sport), and no other
    organisation of the corpus opens with it but the full name's own (广发 beside 广发基金 and 广发证券 stays apart).
    A country before a body's own name is no such context (民生银行 of 中国民生银行, 杜克大学 of 美国杜克大学: a
    bank's, a school's name, read by ``gazetteer``, default the shipped one), before a ministry it is (外交部).
    The pair is spelt out in the full name (its letters are the full name's: 民进党 of 民主进步党) or is a Latin name and a
    Chinese one (Chanel, 香奈儿). A person joins only by a Latin name and its transliteration written as one
    (Rachel Bilson, 瑞切尔·贝尔森); a surname or a given name alone never does. Forms of one body in
    ``organisations_known.tsv`` are one node (民主进步党 of one document, 民进党 of another), named as a
    document naming both names it: by the form the table lists first among the names the corpus gives nodes.
    Any other joined node takes the full name (a name no accepted pair shortens), the one most documents name.

    Everything is worked out from the set of entities, so neither the order of the documents nor how the
    corpus was split into parts changes the result. Returns each joined id's new id, and the reason of each
    new id.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> facts = {"org:民主进步党": EntityFacts(Label.ORGANIZATION, "民主进步党", frozenset({"民主进步党"}), 1),
    ...          "org:民进党": EntityFacts(Label.ORGANIZATION, "民进党", frozenset({"民进党"}), 2)}
    >>> join_across_documents(facts, load_lexicon())[0]
    {'org:民主进步党': 'org:民进党'}
    """
    from zhkg.stages.resolve import _known_openings, _known_ranks

    known, full, opening = lexicon.known_organisations, lexicon.known_full_names, _known_openings(lexicon)
    rank = _known_ranks(lexicon)
    if gazetteer is None:
        from zhkg.resources.gazetteer import load_gazetteer

        gazetteer = load_gazetteer(lexicon)

    def country(name: str) -> bool:
        division = gazetteer.resolve(name, ())
        return division is not None and is_country_code(division.code)

    ids: dict[tuple[Label, str], str] = {}
    for eid, facts in entities.items():
        if facts.label in (Label.ORGANIZATION, Label.PERSON) and eid == f"{_PREFIX[facts.label]}:{facts.name}":
            ids[(facts.label, facts.name)] = eid
    parent = {eid: eid for eid in ids.values()}

    def find(eid: str) -> str:
        while parent[eid] != eid:
            parent[eid] = parent[parent[eid]]
            eid = parent[eid]
        return eid

    def union(a: str, b: str) -> None:
        a, b = find(a), find(b)
        if a != b:
            parent[max(a, b)] = min(a, b)

    def body_of(name: str) -> str:
        row = known.get(name)
        if row is not None:
            return "" if row[3] else row[2]  # a name many countries' parties share (民主党) is no one body
        return full.get(name) or opening.get(name, "")

    bodies: dict[str, list[str]] = defaultdict(list)
    for (label, name), eid in sorted(ids.items()):
        if label is Label.ORGANIZATION and (body := body_of(name)):
            bodies[body].append(eid)
    tabled: set[str] = set()
    for members in bodies.values():
        if len(members) > 1:
            tabled.update(members)
            for eid in members[1:]:
                union(members[0], eid)
    targets: dict[str, set[str]] = defaultdict(set)
    blocked: set[str] = set()
    for (label, name), eid in ids.items():
        for form in entities[eid].forms:
            other = ids.get((label, form))
            if other is None or other == eid:
                continue
            # short ↔ full, whichever of them the document named its node by (腾讯控股 or 腾讯控股有限公司)
            if len(form) > len(name) and _latin(form) == _latin(name):  # a Latin name and a Chinese one: as named
                short, full_id, short_name, full_name = eid, other, name, form
            else:
                short, full_id, short_name, full_name = other, eid, form, name
            targets[short].add(full_id)
            if not _alias_pair(label, short_name, full_name, country):
                blocked.add(short)  # a head its document's context completes, a team, a part of a person's name
    org_names = sorted(name for label, name in ids if label is Label.ORGANIZATION)
    accepted: set[str] = set()
    candidates = sorted(short for short in targets if short not in blocked
                        and not _opens_others(entities[short], [entities[t].name for t in targets[short]], org_names))
    changed = True
    while changed:  # a form whose full names are one body only once other forms are joined waits for them
        changed = False
        for short in candidates:
            if short not in accepted and len({find(t) for t in targets[short]}) == 1:
                accepted.add(short)
                union(short, next(iter(targets[short])))
                changed = True
    groups: dict[str, list[str]] = defaultdict(list)
    for eid in sorted(parent):
        groups[find(eid)].append(eid)
    renamed: dict[str, str] = {}
    reasons: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        listed = [eid for eid in members if eid in tabled]
        if listed:
            chosen = min(listed, key=lambda eid: (rank.get(entities[eid].name, len(rank)), entities[eid].name))
        else:
            chosen = min([eid for eid in members if eid not in accepted] or members,
                         key=lambda eid: (-entities[eid].documents, entities[eid].name))
        why = [w for w, on in (("organisations_known.tsv", listed), ("a document writes them as one",
                                                                      accepted.intersection(members))) if on]
        names = "、".join(sorted(entities[eid].name for eid in members))
        reasons[chosen] = f"{names}: {JOINED_ACROSS} ({'; '.join(why)})"
        renamed.update({eid: chosen for eid in members if eid != chosen})
    return renamed, reasons


def _latin(name: str) -> bool:
    return not any(map(is_han, name))


def _alias_pair(label: Label, short: str, full: str, country: Callable[[str], bool] = lambda name: False) -> bool:
    """Whether a document's join of ``short`` to ``full`` holds across documents: a Latin name and a Chinese one;
    for an organisation, also a short form spelt out in the full name that the full name does not end with (市委 of
    北京市委 is the document's context) unless a ``country`` stands before a body's own name (中国民生银行), no
    team's (中国队), no company's arm in a country (荷兰银行 of 荷兰银行中国有限公司). People join by Latin and
    Chinese names only.

    >>> [_alias_pair(Label.ORGANIZATION, s, f) for s, f in (("民进党", "民主进步党"), ("市委", "北京市委"),
    ...  ("中国队", "中国乒乓球队"), ("Chanel", "香奈儿"), ("全国政协", "中国人民政治协商会议全国委员会"))]
    [True, False, False, True, True]
    >>> [_alias_pair(Label.ORGANIZATION, s, f, lambda name: name in ("中国", "新加坡"))
    ...  for s, f in (("民生银行", "中国民生银行"), ("教育部", "新加坡教育部"), ("银行", "中国银行"),
    ...                ("荷兰银行", "荷兰银行中国有限公司"))]
    [True, False, False, False]
    >>> [_alias_pair(Label.PERSON, s, f) for s, f in (("Rachel Bilson", "瑞切尔·贝尔森"), ("加索尔", "保罗·加索尔"))]
    [True, False]
    """
    if len(short) < 2 or len(full) < 2:
        return False
    if _latin(short) != _latin(full):
        return True
    if label is not Label.ORGANIZATION or short.endswith("队"):
        return False
    if full.endswith(short):
        head = next((h for h in _OWN_NAMES if short.endswith(h)), "")
        return len(short) >= len(head) + 2 and bool(head) and country(full[:-len(short)])
    if full.startswith(short):
        from zhkg.stages.resolve_companies import _COMPANY_WORDS

        arm = _COMPANY_WORDS.sub("", full[len(short):]).strip("()（）")
        if arm and country(arm):
            return False  # a company's arm in a country (荷兰银行中国有限公司) is no name of the company
    return not Counter(short) - Counter(full)


def _opens_others(short: EntityFacts, fulls: Iterable[str], org_names: list[str]) -> bool:
    """Whether a bare stem (no company word or head of its own) opens another organisation of the corpus than its
    full names, their parts and their names with another company word (广发 of 广发基金 beside 广发证券, 苹果 of
    苹果公司 beside 苹果日报; 清华大学附属中学 is 清华大学's own, 易方达基金公司 易方达基金's, 全国政协经济委员会 a unit).

    >>> f = EntityFacts(Label.ORGANIZATION, "广发", frozenset({"广发"}), 1)
    >>> _opens_others(f, ["广发基金"], ["广发", "广发基金", "广发基金公司"]), _opens_others(f, ["广发基金"], ["广发证券"])
    (False, True)
    """
    from zhkg.stages.resolve_companies import _COMPANY_WORDS, _OTHER_COMPANY_WORDS

    if short.label is not Label.ORGANIZATION or _COMPANY_WORDS.search(short.name) \
            or short.name.endswith(_OTHER_COMPANY_WORDS + _HEADS):
        return False
    fulls = tuple(fulls)
    stems = {_COMPANY_WORDS.sub("", full) for full in fulls}
    k = bisect.bisect_right(org_names, short.name)
    while k < len(org_names) and org_names[k].startswith(short.name):
        name = org_names[k]
        if not name.startswith(fulls) and _COMPANY_WORDS.sub("", name) not in stems \
                and not _UNIT.search(name, len(short.name)):
            return True
        k += 1
    return False


#: The heads of a body's own name, which a country before it only qualifies (中国民生银行, 美国杜克大学).
_OWN_NAMES = ("大学", "学院", "银行", "集团", "公司", "日报", "医院", "证券", "保险")
#: A unit a body names after its own name (全国政协经济委员会, 国泰基金市场部): a part, no other body.
_UNIT = re.compile(r"(?:委员会|部|局|处|办公室|中心|组|室|科)$")
#: Heads that make a name a body's own (its longer names are its parts): 清华大学 of 清华大学附属中学.
_HEADS = ("大学", "学院", "医院", "日报", "集团", "公司", "银行", "基金", "协会", "委员会")
