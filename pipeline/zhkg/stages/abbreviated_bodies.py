"""A body's short form joined to the one full name of the document it shortens, for
:func:`zhkg.stages.resolve.canonicalise` (aliases235, issue 15: one node per body).

News names a body in full once and by a short form after, without saying so (no 简称 or 下称): 工业技术研究院
then 工研院, 民政及青年事务局 then 民青局, 金门酒厂实业有限公司 then 金酒公司, 台湾师范大学 then 师大, 国民党立院党团
then 国民党团. Each short form was a node of its own. Here a short form is the full name's node when

* its letters are the full name's, in order, skipping some (:func:`abbreviates_body`): its first letter opens the
  full name or the name less the places before it (师大 of 台湾|师范大学), or it writes 港 for 香港 (港铁公司 of
  香港铁路有限公司); the places it opens with open the full name too, and what follows them is two letters or more
  (厦门市委, 中国队: a place and a head shorten nothing); its last letter is the full name's or opens the lexicon's
  head word the full name ends in (大 of 大学, 协 of 协会; not 信 of 国民信托: 国信 is another firm);
* it is no word of its own: a head word alone (委员会), a well-known body's or a table's short form, a word
  jieba's dictionary gives a common tag (n, v: 大会), each of which names what it names elsewhere;
* it is not the full name's front and end with a word between left out (中国银行 and 中国建设银行, 北京大学 and
  北京师范大学, 国投公司 and 国投电力公司 are two bodies of one kind), unless the front is a body and the end one letter
  (国民党|团 of 国民党立院党团: the party's caucus);
* the document writes the full name first, and the short form shortens no other name of the document.

And a body's own unit named without its parent (内务委员会 of 立法会内务委员会, 立法会 a body of the document) is
the unit, when one name of the document so ends (:func:`_units_of_bodies`); and a name the document makes a short
form's alias somewhere (台北科技大学 of 国立台北科技大学) is that body where another reader found it alone
(:func:`_written_short_forms`).

Caveats: one document's organisations only; names of Latin letters are left alone; a short form shortening two
names (师大 beside 台湾师范大学 and 北京师范大学) names neither; 足总 of 足球总会 is left (总会 is no head word of the
lexicon). The web set's gold counts some such pairs as two entities (中交集团 beside 中国交通建设集团有限公司, cn-43).
"""

from __future__ import annotations

from collections import ChainMap, defaultdict
from collections.abc import Collection, Iterable

from zhkg.extract.defined_short_forms import abbreviates, abbreviates_hong_kong
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon
from zhkg.text import is_han

__all__ = ["abbreviates_body", "join_abbreviated_bodies"]

#: jieba's tags of a short form that may be a body's own (none, an abbreviation, a proper noun, a body's name)
_NAME_TAGS = frozenset({"x", "j", "nz", "nt"})


def _without_places(name: str, places: Collection[str], least: int = 2) -> list[tuple[str, str]]:
    """``name`` and its rests after each run of places that opens it, with the places left out; each rest
    ``least`` letters or more.

    >>> _without_places("中国香港足球总会", {"中国", "香港"})
    [('', '中国香港足球总会'), ('中国', '香港足球总会'), ('中国香港', '足球总会')]
    """
    out = [("", name)]
    while True:
        lead, rest = out[-1]
        place = max((p for p in places if len(p) >= 2 and rest.startswith(p) and len(rest) - len(p) >= least),
                    key=len, default="")
        if not place:
            return out
        out.append((lead + place, rest[len(place):]))


def _front_and_end(short: str, name: str, bodies: Collection[str]) -> bool:
    """Whether ``short`` is ``name``'s front and end, a word between left out, and no body's part: 中国银行 of
    中国建设银行, 国投公司 of 国投电力公司 (two bodies of one kind). The front of a body's unit is the body and its
    end one letter of the unit's head (国民党|团 of 国民党立院党团: the party's caucus).

    >>> _front_and_end("中国银行", "中国建设银行", ()), _front_and_end("国民党团", "国民党立院党团", {"国民党"})
    (True, False)
    >>> _front_and_end("工研院", "工业技术研究院", ())
    False
    """
    splits = [i for i in range(1, len(short)) if name.startswith(short[:i]) and name.endswith(short[i:])]
    return bool(splits) and not any(i == len(short) - 1 and i >= 2 and short[:i] in bodies for i in splits)


def _ends_head(short: str, name: str, heads: Collection[str]) -> bool:
    """Whether ``short``'s last letter is ``name``'s, or opens the head word ``name`` ends in (大 of 大学, 协 of 协会).

    >>> _ends_head("师大", "台湾师范大学", {"大学"}), _ends_head("国信", "国民信托", {"大学"})
    (True, False)
    """
    return short[-1] == name[-1] or any(len(h) >= 2 and name.endswith(h) and h[0] == short[-1] for h in heads)


def abbreviates_body(short: str, name: str, places: Collection[str] = (), bodies: Collection[str] = (),
                     heads: Collection[str] = ()) -> bool:
    """Whether ``short`` shortens body ``name`` (the rules of the module's docstring); ``places``: the document's
    places, ``bodies``: names of bodies a kept front may be (国民党 of 国民党团), ``heads``: the head words a short
    form may end in the first letter of (大学, 协会).

    >>> abbreviates_body("工研院", "工业技术研究院"), abbreviates_body("东协", "东南亚国家协会", (), (), {"协会"})
    (True, True)
    >>> abbreviates_body("港铁公司", "香港铁路有限公司"), abbreviates_body("国民党团", "国民党立院党团", (), {"国民党"})
    (True, True)
    >>> abbreviates_body("中国银行", "中国建设银行"), abbreviates_body("香港总会", "中国足球总会", {"中国", "香港"})
    (False, False)
    """
    if not _ends_head(short, name, heads):
        return False
    if abbreviates_hong_kong(short, name):
        return True
    # the short form less every place that opens it: a place and a head alone (厦门市委, 中国队) shorten nothing
    lead, rest = _place_and_rest(short, places)
    if len(rest) >= 2:
        for name_lead, name_rest in _without_places(name, places):
            if not name_lead.endswith(lead) or not abbreviates(rest, name_rest):
                continue  # (香港足总 is no short form of 中国足球总会: the place it keeps is not that body's)
            if not _front_and_end(rest, name_rest, bodies):
                return True
    return False


def _place_and_rest(name: str, places: Collection[str]) -> tuple[str, str]:
    """The places that open ``name`` and what follows them (厦门市|委, 中国|队, 香港|足总).

    >>> _place_and_rest("厦门市委", {"厦门市"}), _place_and_rest("工研院", {"台湾"})
    (('厦门市', '委'), ('', '工研院'))
    """
    return _without_places(name, places, 1)[-1]


def _is_word(name: str, lexicon: Lexicon) -> bool:
    """Whether ``name`` names what it names elsewhere: a head word, a listed body or short form, a common word."""
    from zhkg.stages.segment import dictionary_tag

    return name in lexicon.org_suffixes or name in lexicon.known_organisations or name in lexicon.known_full_names \
        or name in lexicon.org_aliases or dictionary_tag(name) not in _NAME_TAGS


def _abbreviated(names: dict[str, set[str]], first: dict[str, int], places: Collection[str], lexicon: Lexicon,
                 bodies: Collection[str]) -> dict[str, str]:
    """Each node's name (``names``: node -> the forms written for it) that shortens exactly one other node's form
    written before it, to that node."""
    found: dict[str, str] = {}
    for short in sorted(names):
        if len(short) < 2 or not all(map(is_han, short)) or _is_word(short, lexicon):
            continue
        shortened = {node for node, forms in names.items() if node != short and any(
            len(f) >= len(short) + 2 and short[-1] in f and abbreviates_body(short, f, places, bodies, lexicon.org_suffixes)
            for f in forms)}
        # (a short form of a name written after it, or of two names, names none for sure)
        if len(shortened) == 1 and first[(node := next(iter(shortened)))] < first[short]:
            found[short] = node
    return found


def _units_of_bodies(names: Iterable[str], bodies: Collection[str], lexicon: Lexicon) -> dict[str, str]:
    """A unit's name (内务委员会) that ends exactly one longer name of the document, a body of the document or a
    well-known one in front (立法会|内务委员会), to that name; not a head word alone (委员会), nor a name of a few
    letters.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> _units_of_bodies(["内务委员会", "立法会内务委员会", "立法会"], {"立法会"}, load_lexicon())
    {'内务委员会': '立法会内务委员会'}
    """
    names = sorted(names)
    found = {}
    for name in names:
        if len(name) < 4 or name in lexicon.org_suffixes or name in lexicon.known_organisations:
            continue
        longer = [o for o in names if o.endswith(name) and o != name and o[:-len(name)] in bodies]
        if len(longer) == 1:
            found[name] = longer[0]
    return found


def _written_short_forms(mentions: list[Mention], nodes: Collection[str], places: Collection[str]) -> dict[str, str]:
    """A short form the document makes a body's alias somewhere (台北科技大学 of 国立台北科技大学), its letters the
    body's in order, to that body, where another reader found it alone as a node of its own; not a place and a
    head alone (中国队 of 中国乒乓球队: the country's team of any sport), nor the front of a unit's name (平谷区政协
    of 平谷区政协党组: the body whose unit that is)."""
    aliased: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label is Label.ORGANIZATION and m.extractor == MentionSource.ALIAS and m.canonical != m.simplified \
                and not m.canonical.startswith(m.simplified) \
                and _in_order(m.simplified, m.canonical) and len(_place_and_rest(m.simplified, places)[1]) >= 2:
            aliased[m.simplified].add(m.canonical)
    return {short: next(iter(full)) for short, full in aliased.items() if len(full) == 1 and short in nodes}


def _in_order(short: str, name: str) -> bool:
    """Whether the letters of ``short`` are ``name``'s, in order (建行 of 中国建设银行).

    >>> _in_order("建行", "中国建设银行"), _in_order("港大", "香港中文大学"), _in_order("行建", "中国建设银行")
    (True, True, False)
    """
    letters = iter(name)
    return all(c in letters for c in short)


def join_abbreviated_bodies(mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with each organisation's short form named as the full name it shortens (module docstring).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> full = Mention("d", 0, 7, "工业技术研究院", "工业技术研究院", Label.ORGANIZATION, "crf", canonical="工业技术研究院")
    >>> short = Mention("d", 9, 12, "工研院", "工研院", Label.ORGANIZATION, "crf", canonical="工研院")
    >>> [m.canonical for m in join_abbreviated_bodies([full, short], load_lexicon())]
    ['工业技术研究院', '工业技术研究院']
    """
    orgs = [m for m in mentions if m.label is Label.ORGANIZATION and m.canonical]
    if len(orgs) < 2:
        return mentions
    names: dict[str, set[str]] = defaultdict(set)
    first: dict[str, int] = {}
    for m in sorted(orgs, key=lambda m: m.start):
        names[m.canonical].update((m.canonical, m.simplified))
        first.setdefault(m.canonical, m.start)
    places = {n for m in mentions if m.label is Label.PLACE for n in (m.simplified, m.canonical) if n}
    bodies = set(names) | {f for fs in names.values() for f in fs}
    mapping = _written_short_forms(mentions, set(names), places)
    # (asked only whether a name is one: the well-known table is looked up, not copied per document)
    known_bodies = ChainMap(dict.fromkeys(bodies), lexicon.known_organisations)
    mapping.update({n: to for n, to in _units_of_bodies(names, known_bodies, lexicon).items() if n not in mapping})
    mapping.update({n: to for n, to in _abbreviated(names, first, places, lexicon, known_bodies).items()
                    if n not in mapping})
    if not mapping:
        return mentions
    for name in list(mapping):  # a chain (港铁 -> 港铁公司 -> 香港铁路有限公司) ends at its last name
        seen = {name}
        while (to := mapping[name]) in mapping and to not in seen:
            seen.add(to)
            mapping[name] = mapping[to]
    return [m.renamed(mapping[m.canonical], m.code) if m.label is Label.ORGANIZATION and m.canonical in mapping
            else m for m in mentions]
