"""Combine rule-based and statistical mentions: who wins where they disagree, and why.

The recogniser (a CRF trained on People's Daily news) reads name boundaries
better than the rules on general news: on the development split it alone scores
F1 0.93, the rules alone 0.39. The rules know what it cannot: official division
names and codes, a byline or a list closed by 等委员, the head words that make
a long government body's name. So the model leads, and the rules step in where
they have that evidence:

1. **Model spans first**, each checked by :func:`plausible` (no clause break
   inside, not an ordinary word on the place stoplist such as 两岸, not a place
   inside an idiom such as 重于泰山) and dropped when a person's span ends inside a
   role word (副主席任|片区长). A model span equal to a rule span takes the rule's
   mention, which carries the code.
2. **People**: a byline, reporter credit, list closed by a role (等委员) or a
   headline ``陈文成:`` fixes a name's span and wins over the model there. A name
   found after a role word wins only where the model has nothing; names found
   from characters alone are left to the model.
3. **Places**: where a model place covers two gazetteer places (广西南宁) or a
   gazetteer place plus a word jieba does not know (铜川|驻村), the gazetteer's
   places win. A model place inside an organisation name belongs to that name.
4. **Organisations**: a grammar name that extends a model name by head words
   (政协 -> 政协机关) or by a place in front (防控组 -> 平谷区…防控组) wins. A grammar
   name the model missed is added when a place starts it or its head names a
   particular body (人民日报, 中央气象台), not a generic one (金融公司).
5. Coded places and deictic places (全区) the model missed are added; gazetteer
   places nested in organisation names stay beside them: they locate the body.
"""

from __future__ import annotations

import re
from functools import lru_cache

from zhkg.extract.base import SpanIndex, TokenTable
from zhkg.extract.organisations import NOT_NAMES
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.gazetteer import LEVEL_CHARACTERS
from zhkg.resources.lexicon import Lexicon, load_lexicon

__all__ = ["combine_mentions", "plausible"]

# a name never spans a clause break or markup (quotes may stand inside one: “幸福工程”组委会)
_PUNCT = re.compile(r"[\s,，。、；;：:！!？?<>/=&{}|\\]")
# division kinds below the county: 镇 after 平谷区 means the district's towns, not a place 平谷区镇
_LOWER_KINDS = frozenset("镇乡村")
_PLACE_ENDINGS = tuple("国洲岛州省市县区镇乡村山河湖江海峡湾港路街道")
_PARTY_GROUP_ROLES = ("书记", "副书记", "成员")

# names found from characters alone: the model judges those better
_BARE_PEOPLE = frozenset({MentionSource.PEOPLE_JIEBA, MentionSource.PEOPLE_SURNAME_JOIN})
_SPAN_PEOPLE = frozenset({MentionSource.PEOPLE_BYLINE, MentionSource.PEOPLE_REPORTER, MentionSource.PEOPLE_LIST,
                          MentionSource.PEOPLE_HEADLINE, MentionSource.PEOPLE_LEXICON})
_CONTEXT_PEOPLE = _SPAN_PEOPLE | {MentionSource.PEOPLE_AFTER_ROLE, MentionSource.PEOPLE_BEFORE_ROLE,
                                  MentionSource.PEOPLE_BORN}
# names from the user's own lists (people.txt, organisations.txt, places.txt): the user knows best
_LISTED = frozenset({MentionSource.PEOPLE_LEXICON, MentionSource.ORG_LEXICON, MentionSource.PLACE_LEXICON})


def plausible(m: Mention, words: TokenTable | None = None, *, lexicon: Lexicon | None = None) -> bool:
    """Whether a model span looks like a name of its label (rule 1 above).

    ``lexicon`` (its place stoplist) defaults to :func:`~zhkg.resources.lexicon.load_lexicon`.

    >>> from zhkg.records import Mention, Label
    >>> def span(text, label): return Mention("d", 0, len(text), text, text, label, "crf")
    >>> plausible(span("两岸", Label.PLACE)), plausible(span("美国", Label.PLACE)), plausible(span("长城", Label.PLACE))
    (False, True, True)
    >>> plausible(span("李克强,王", Label.PERSON)), plausible(span("“幸福工程”组委会", Label.ORGANIZATION))
    (False, True)
    """
    text = m.simplified
    if _PUNCT.search(text.replace("·", "")):
        return False
    if words is not None and _inside_idiom(m, words):
        return False
    if m.label is Label.PERSON:
        return True
    if m.label is Label.ORGANIZATION:
        return text not in NOT_NAMES
    # the stoplist's ordinary words (两岸, 卡口) are no places; its landmarks (长城) and names may be
    return text not in (lexicon or load_lexicon()).stoplisted_words


def _inside_idiom(m: Mention, table: TokenTable) -> bool:
    """A name inside a longer dictionary word refers to nothing by itself (重于泰山, 中华民族)."""
    k = table.token_of_char[m.start] if m.start < len(table.token_of_char) else -1
    if k < 0:
        return False
    word = table.words[k]
    inside = word.idx <= m.start and m.end <= word.end and (word.idx, word.end) != (m.start, m.end)
    # a place strictly inside a longer dictionary word that is no place name: 中华|民族, 重于|泰山
    return inside and len(word.text) >= 4 and word.tag in ("i", "l")


def _trim_role_heads(m: Mention, text: str, lexicon: Lexicon | None = None) -> Mention:
    """区政协党组|书记: 党组 before 书记 belongs to the role, as in the suffix grammar; and a role word
    closing a model's organisation is the role of the person after it (民进党|立委 林俊宪)."""
    if m.label is not Label.ORGANIZATION:
        return m
    cut = 0
    if m.simplified.endswith("党组") and text.startswith(_PARTY_GROUP_ROLES, m.end):
        cut = 2
    elif lexicon is not None:
        role = next((r for r in lexicon.role_words if m.simplified.endswith(r) and len(m.simplified) - len(r) >= 2), "")
        cut = len(role)
    if not cut:
        return m
    from dataclasses import replace

    return replace(m, end=m.end - cut, text=m.text[:-cut], simplified=m.simplified[:-cut])


def combine_mentions(
    places: list[Mention],
    organisations: list[Mention],
    people: list[Mention],
    model: list[Mention],
    text: str = "",
    *,
    table: TokenTable | None = None,
    lexicon: Lexicon | None = None,
) -> list[Mention]:
    """One list of PERSON, PLACE and ORGANIZATION mentions from rules and model, sorted by offset.

    ``text`` is the normalised document text; it lets model spans obey the
    grammar's guards (党组 before 书记 is part of the role 党组书记). ``lexicon``
    defaults to :func:`~zhkg.resources.lexicon.load_lexicon`. Names from a user's
    own lists win over the model's spans where they overlap.
    """
    lexicon = lexicon or load_lexicon()
    listed = [r for r in places + organisations + people if r.extractor in _LISTED]
    listed_index = SpanIndex(listed)
    model = [m for m in (_trim_role_heads(m, text, lexicon) for m in model)
             if plausible(m, table, lexicon=lexicon) and not _cuts_role(m, text, lexicon)
             and not listed_index.overlaps(m)]
    coded = [p for p in places if p.code or p.extractor in (MentionSource.DEIXIS, MentionSource.PLACE_LEXICON)]
    model_index, coded_index, org_index = SpanIndex(model), SpanIndex(coded), SpanIndex(organisations)
    rule_by_span = {}
    for r in places + organisations + people:
        rule_by_span.setdefault((r.start, r.end, r.label), r)
    coded_starts = {p.start for p in coded}
    place_starts = coded_starts | {p.start for p in model if p.label is Label.PLACE}
    # a byline, a list or a headline fixes a name's span; after a role word the model reads the span better
    context = [p for p in people if p.extractor in _CONTEXT_PEOPLE
               and (p.extractor in _SPAN_PEOPLE or not model_index.overlaps(p))]
    context_index = SpanIndex(context)
    kept: list[Mention] = list(context)
    kept_index = SpanIndex(context)

    def keep(m: Mention) -> None:
        kept.append(m)
        kept_index.add(m)

    for m in model:
        if context_index.overlaps(m):
            continue  # a role word, byline or list says where the name is
        if m.label is Label.PLACE:
            inner = coded_index.overlapping(m)
            if inner and (len(inner) > 1 or not all(m.start <= p.start and p.end <= m.end for p in inner)
                          or _oov_rest(m, inner[0], table) or _adds_lower_kind(m, inner[0])):
                for p in inner:
                    if not kept_index.overlaps(p):
                        keep(p)
                continue  # 广西南宁 is two places; 铜川驻村 is 铜川 and a verb; 平谷区镇(乡)村 is 平谷区
        if m.label is Label.ORGANIZATION:
            longer = [o for o in org_index.overlapping(m) if o.start <= m.start and m.end <= o.end and o.span != m.span
                      and (o.start == m.start or _starts_at_place(o, place_starts))
                      and _heads_only(o.simplified[m.end - o.start:], lexicon)]
            if longer:
                keep(longer[0])  # 平谷区…防控组 and 政协机关 whole, where the model has a part
                continue
        # a division name exactly where the model sees an organisation is the place (广州、深圳等)
        same_place = rule_by_span.get((m.start, m.end, Label.PLACE))
        if m.label is Label.ORGANIZATION and same_place is not None and same_place.code:
            keep(same_place)
            continue
        keep(rule_by_span.get((m.start, m.end, m.label), m))
    # rule mentions the model left alone: coded places, deixis, grammar organisations, names found again
    # an organisation the model missed counts when a place (or 区/市…) starts it, or its head stands alone
    sure_orgs = [o for o in organisations if _starts_at_place(o, coded_starts) or _named_head(o.simplified, lexicon)
                 or o.extractor == MentionSource.ORG_LEXICON]
    extra = coded + sure_orgs + [p for p in people if p.extractor not in _BARE_PEOPLE]
    kept_ids = {id(k) for k in kept}
    for r in sorted(extra, key=lambda r: (r.start, -(r.end - r.start))):
        if id(r) in kept_ids or r in kept_index.overlapping(r):
            continue
        clashes = kept_index.overlapping(r)
        if not clashes or all(_nested_place(r, k) or _nested_place(k, r) for k in clashes):
            keep(r)
            kept_ids.add(id(r))
    out: list[Mention] = []
    out_index = SpanIndex()
    for m in sorted(kept, key=lambda m: (-(m.end - m.start), m.start)):
        if any(not _nested_place(m, o) and not _nested_place(o, m) for o in out_index.overlapping(m)):
            continue
        out.append(m)
        out_index.add(m)
    # a model place inside an organisation name is part of that name (地球 in 地球与环境学院)
    out = [m for m in out if not (m.extractor == MentionSource.RECOGNISER and m.label is Label.PLACE
                                  and any(_nested_place(m, o) for o in out_index.overlapping(m) if o is not m))]
    return sorted(out, key=lambda m: (m.start, m.end, m.label.value))


def _cuts_role(m: Mention, text: str, lexicon: Lexicon) -> bool:
    """Whether a person's span ends inside a role word (副主席任|片区长: 片区长 is the role)."""
    if m.label is not Label.PERSON or not text:
        return False
    by_first = _roles_by_first(lexicon)
    return any(text.startswith(role, i) and i + len(role) > m.end
               for i in range(m.start + 1, m.end) for role in by_first.get(text[i], ()))


@lru_cache(maxsize=4)
def _roles_by_first(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Role words by their first character, longest first."""
    out: dict[str, list[str]] = {}
    for role in lexicon.role_words:
        out.setdefault(role[0], []).append(role)
    return {first: tuple(roles) for first, roles in out.items()}


def _nested_place(a: Mention, b: Mention) -> bool:
    return a.label is Label.PLACE and b.label is Label.ORGANIZATION and b.start <= a.start and a.end <= b.end


# heads that name a particular body even without a place before them (人民日报, 中央气象台);
# 公司, 银行, 协会 and the like head generic phrases as often as names (金融公司)
_NAMED_HEADS = ("政协", "日报", "日报网", "晚报", "政协报", "报社", "电视台", "总台", "检察院", "法院", "公安局",
                "气象局", "气象台", "人大常委会", "常委会", "工委", "党组", "防控组")


def _named_head(name: str, lexicon: Lexicon) -> bool:
    return lexicon.org_suffixes.get(name) == "standalone" or (len(name) > 2 and name.endswith(_NAMED_HEADS))


def _heads_only(tail: str, lexicon: Lexicon) -> bool:
    """Whether ``tail`` is empty or made of organisation head words (机关, 办公室, 党组)."""
    heads = _heads_longest_first(lexicon)
    while tail:
        head = next((h for h in heads if tail.startswith(h)), None)
        if head is None:
            return False
        tail = tail[len(head):]
    return True


@lru_cache(maxsize=4)
def _heads_longest_first(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(sorted(lexicon.org_suffixes, key=len, reverse=True))


def _starts_at_place(o: Mention, place_starts: set[int]) -> bool:
    return o.start in place_starts or o.simplified[:1] in LEVEL_CHARACTERS


def _adds_lower_kind(m: Mention, place: Mention) -> bool:
    """Whether a model place is a district-or-higher place plus a lone 镇/乡/村 (平谷区镇(乡)村: its towns).

    Were the longer form a division itself, the gazetteer would have matched it.
    """
    return (m.end == place.end + 1 and m.start == place.start and m.simplified[-1:] in _LOWER_KINDS
            and place.simplified[-1:] in LEVEL_CHARACTERS)


def _oov_rest(m: Mention, place: Mention, table: TokenTable | None) -> bool:
    """Whether what a model place adds to a gazetteer place is a word jieba does not know (铜川|驻村)."""
    if table is None or place.end >= m.end:
        return False
    k = table.token_of_char[place.end]
    word = table.words[k]
    return word.idx == place.end and word.tag == "x" and word.end <= m.end
