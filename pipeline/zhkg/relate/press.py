"""Press bylines the role readers of :mod:`zhkg.relate.roles` leave unread (session 14, roles14): a reporter holds
记者 of the outlet the byline or the article's dateline names. Called by :func:`zhkg.relate.roles.read_roles`.

- **An outlet glued to a headline.** THUCNews prints the headline and the body as one line, so an outlet opening
  the body runs on from the headline's last word (…迎来高潮新报讯【记者 任强】, …入境资格东方网 9月29日报道).
  The outlet is the longest media name ``organisations_known.tsv`` lists ending there, else a name ending like an
  outlet (报, 网, 之声…) that opens after a letter no name holds (○新报记者, 。快报记者), or a place and up to four
  letters ending in 报 (北京|考试报（记者 X）). Then 讯, a bracket (（【), a title (记者, 实习生, 通讯员…) and the
  name: one an extractor found, or two or three letters up to a space, a bracket or the line's end, or a surname
  and one letter parted by a space (证券时报记者 陈 墨). People after the first, each with a title of their own
  (新报记者 吴轶凡 实习生 景 雪 文), hold theirs of the same outlet.
- **A byline closing the article** ((记者：杨子岩) as its last words) belongs to the outlet of the article's
  opening dateline (人民网(微博)报道, 东方网 9月29日报道：, 中新网6月19日电), unless the dateline relays another
  outlet (…电 据西班牙欧浪网报道: whose reporter is unknown) or names none.

Caveats: a byline naming no outlet (本报记者 X) gives nothing, nor one naming only a paper's kind (□晚报记者 X,
”商报记者 X: the name lost or left to the reader); a byline in the middle of an article is read only
in its first form; a two-letter outlet name the table does not list is read only after a letter no name holds.
"""

from __future__ import annotations

import re

from zhkg.extract.news_outlets import OUTLET_ENDINGS
from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.resources.lexicon import table_rows
from zhkg.text import is_han

__all__ = ["BYLINE_TITLES", "read_press_roles"]

#: The titles a byline gives before a name.
BYLINE_TITLES = ("特约记者", "见习记者", "摄影记者", "记者", "实习生", "通讯员")
#: A byline's title (the longest first: 见习记者 before 记者).
_TITLES = re.compile("|".join(BYLINE_TITLES[:4]))
#: Between an outlet and a byline's title: 讯 or 报道 maybe, a bracket maybe (新报讯【记者, 考试报（记者).
_LEAD = re.compile(r"(?:讯|报道)?[ \u3000\xa0]*[【（(\[]?[ \u3000\xa0]*$")
#: Between a byline's title and the name: spaces or a colon.
_SEPARATORS = re.compile(r"[ \u3000\xa0：:]*")
#: A title and a name after a byline's first name (实习生 景 雪).
_NEXT = re.compile(r"[ \u3000\xa0、]*(?P<title>" + "|".join(BYLINE_TITLES) + r")?[ \u3000\xa0：:]*")
#: A byline closing the article: (记者：杨子岩), (记者 俞亮), then nothing but spaces.
_CLOSING = re.compile(r"[（(][ \u3000\xa0]*(?P<title>记者|特约记者|见习记者)[ \u3000\xa0：:]*(?P<name>[\u4e00-\u9fff]{2,3})"
                      r"[ \u3000\xa0]*[）)][ \u3000\xa0\s]*$")
#: An opening dateline's end: an aside in brackets (微博), spaces, a date, then 电/讯/报道/消息.
_DATELINE = re.compile(r"(?:[（(][^（）()\s]{1,6}[）)])?[ \u3000\xa0]*(?:\d{1,2}月\d{1,2}日)?[ \u3000\xa0]*(?:电|讯|报道|消息)")
#: How far into the article an opening dateline may stand (after the headline).
_MAX_LEAD = 80
#: What ends a name no extractor found in a byline.
_NAME_END = frozenset(" \u3000\xa0】）)]\n/／")
#: How far from the article's start, and from its end, a byline with no 讯 or bracket may stand: its headline before
#: it, its reporters' names after it.
_MAX_HEAD = 100
_MAX_TAIL = 40
#: The longest outlet name read from letters.
_MAX_OUTLET = 8
#: A paper's or station's kind, never its name read from letters alone: □晚报记者 X (郑州晚报, its name lost) and
#: ”商报记者 X (北京商报 in its own words) would make one 晚报 or 商报 of every such paper in a corpus. A paper
#: that calls itself so (新报, 快报) is listed in ``press_outlets.txt``.
_GENRES = frozenset({"日报", "晚报", "早报", "晨报", "商报", "时报", "周报", "都市报", "画报", "电台", "电视台", "卫视",
                     "周刊", "杂志", "新闻网"})


def _media_names(ctx: RelationContext) -> tuple[str, ...]:
    """The outlets of ``press_outlets.txt`` (shipped and in the lexicon's folders) and the media names of ``organisations_known.tsv``, longest first (Han
    names only)."""
    lexicon = ctx.lexicon
    cached = _MEDIA.get(tuple(lexicon.dirs))  # a lexicon is made by its folders
    if cached is None:
        names = {n for n, row in lexicon.known_organisations.items() if row[0] == "media" and not row[3] and is_han(n[0])}
        names |= {row[0] for row in table_rows("press_outlets.txt", lexicon)}
        cached = _MEDIA[tuple(lexicon.dirs)] = tuple(sorted(names, key=lambda n: (-len(n), n)))
    return cached


_MEDIA: dict[tuple[str, ...], tuple[str, ...]] = {}


def _outlet_ending_at(ctx: RelationContext, j: int, typeset: bool = True) -> Mention | None:
    """The outlet whose name ends at ``j`` (see the module docstring), derived when no extractor named it whole;
    one read from letters alone only when ``typeset`` (the byline's typography says it is one)."""
    simplified = ctx.simplified
    org = ctx.org_ending_at.get(j)
    if org is not None and org.simplified in _media_names(ctx):
        return org
    known = next((n for n in _media_names(ctx) if simplified.endswith(n, max(j - len(n), 0), j)), None)
    if known is not None:
        if org is not None and org.start < j - len(known) and _opens(ctx, org.start):
            return org  # a longer name the table does not list, opening where a name may (天津每日新报 …)
        # an organisation that runs past the listed name into the headline (高潮|新报: 潮新报) yields
        return ctx.derive_organisation(j - len(known), j, known)
    b = j
    while b > 0 and j - b < _MAX_OUTLET and is_han(simplified[b - 1]):
        b -= 1
    run = simplified[b:j]
    if not typeset:
        return None
    if 2 <= len(run) and "本报" not in run and _opens(ctx, b) and run.endswith(OUTLET_ENDINGS) \
            and run not in _GENRES:
        return org if org is not None and org.start == b else ctx.derive_organisation(b, j)
    for k in range(j - 2, max(j - 5, 0) - 1, -1):  # a city's paper: 北京|考试报
        place = ctx.place_ending_at.get(k)
        if place is not None and simplified[j - 1] == "报" and all(is_han(c) for c in simplified[k:j]):
            return ctx.derive_organisation(place.start, j)
    if org is not None and org.start < j - 1 and org.name.endswith(OUTLET_ENDINGS) \
            and org.name not in _GENRES and _opens(ctx, org.start):
        return org
    return None


def _opens(ctx: RelationContext, b: int) -> bool:
    """Whether a name may open at ``b``: the text's start, or after a letter that is no Han one (○新报, 。快报, ”人民网)."""
    return b == 0 or not is_han(ctx.simplified[b - 1])


def _name_after(ctx: RelationContext, at: int, people: dict[int, Mention]) -> Mention | None:
    """The person whose name starts at ``at``: one an extractor found, or letters no extractor named (two or three
    Han letters up to a space, a bracket or the end; a surname, a space and one letter: 陈 墨), derived."""
    simplified = ctx.simplified
    found = people.get(at)
    if found is not None:
        return found if _byline_ends(simplified, found.end) else None
    for n in (3, 2):
        name = simplified[at : at + n]
        if len(name) == n and all(is_han(c) for c in name) and name[0] in ctx.lexicon.surnames \
                and (at + n == len(simplified) or simplified[at + n] in _NAME_END) \
                and not any(m.start < at + n and at < m.end for m in ctx.mentions):
            return ctx.derive_mention(at, at + n, Label.PERSON)
    surname, gap, given = simplified[at : at + 1], simplified[at + 1 : at + 2], simplified[at + 2 : at + 3]
    if surname in ctx.lexicon.surnames and gap in " \u3000\xa0" and given and is_han(given) \
            and (at + 3 == len(simplified) or simplified[at + 3] in _NAME_END or simplified[at + 3] == "文") \
            and not any(m.start < at + 3 and at < m.end for m in ctx.mentions):
        return ctx.derive_mention(at, at + 3, Label.PERSON, surname + given)
    return None


def _byline_ends(simplified: str, end: int) -> bool:
    """Whether a byline's name may end at ``end``: at a space, a closing bracket, a mark (孙韬■) or a stop, or at
    a credit (/文, 文, 图, 摄, 报道), the next byline (本报讯) or a colleague's title (实习生, 通讯员); a name running on
    into a sentence (记者 X表示) is the subject of that sentence, read by the other role readers."""
    return end >= len(simplified) or simplified[end] in _BYLINE_MARKS or simplified.startswith(_BYLINE_AFTER, end)


_BYLINE_AFTER = ("文", "图", "摄", "报道", "本报", "实习生", "通讯员", "记者")
#: What may follow a byline's name that is no letter: spaces, a closing bracket, a slash, a mark, a full stop.
_BYLINE_MARKS = frozenset(" \u3000\xa0】）)]\n/／■□○●◆◇★☆，。,")


def _reporter(ctx: RelationContext, person: Mention, outlet: Mention, start: int, title: str) -> Relation:
    return ctx.relation(ctx.owner[person], ctx.owner[outlet], RelationKind.HOLDS_ROLE, start, person.end, title)


def _opening_bylines(ctx: RelationContext, people: dict[int, Mention]) -> list[Relation]:
    """Outlet + 讯/bracket + title + name(s): the first form of the module docstring. An outlet read from letters
    alone (no table, no extractor) needs the byline's typography: 讯 or a bracket before the title, or a space
    after it."""
    simplified = ctx.simplified
    out = []
    for hit in _TITLES.finditer(simplified):
        lead = _LEAD.search(simplified, max(hit.start() - 6, 0), hit.start())
        typeset = lead.start() < hit.start() or simplified[hit.end() : hit.end() + 1] in (" ", "\u3000", "\xa0")
        placed = lead.start() < hit.start() or hit.start() < _MAX_HEAD or len(simplified) - hit.end() < _MAX_TAIL
        outlet = _outlet_ending_at(ctx, lead.start(), typeset) if placed else None
        if outlet is None:
            continue  # a byline opens or closes an article, or has 讯 or a bracket; elsewhere other readers read it
        person = _name_after(ctx, _SEPARATORS.match(simplified, hit.end()).end(), people)
        role = hit.group()
        while person is not None:
            out.append(_reporter(ctx, person, outlet, outlet.start, role))
            nxt = _NEXT.match(simplified, person.end)
            if simplified[person.end : person.end + 1] not in " \u3000\xa0、" or nxt.group("title") is None:
                break
            role = nxt.group("title")
            person = _name_after(ctx, nxt.end(), people)
    return out


def _closing_byline(ctx: RelationContext, people: dict[int, Mention]) -> list[Relation]:
    """(记者：X) closing the article, for the outlet of its opening dateline: the second form of the docstring."""
    simplified = ctx.simplified
    closing = _CLOSING.search(simplified, max(len(simplified) - 20, 0))
    if closing is None:
        return []
    for hit in _DATELINE.finditer(simplified, 0, min(_MAX_LEAD, closing.start())):
        if hit.start() == 0 or not is_han(simplified[hit.start() - 1]):
            continue
        outlet = _outlet_ending_at(ctx, hit.start())
        if outlet is None or simplified[max(outlet.start - 1, 0) : outlet.start] == "据":
            continue
        if simplified.startswith("据", hit.end()) or simplified.startswith(" 据", hit.end()):
            return []  # 中新网…电 据西班牙欧浪网报道: a relayed story, whose reporter is the other outlet's
        person = _name_after(ctx, closing.start("name"), people)
        return [] if person is None else [_reporter(ctx, person, outlet, closing.start(), closing.group("title"))]
    return []


def read_press_roles(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """记者 (and a byline's other titles) of the outlet a byline names, where ``found`` has no such role of the
    person already."""
    people = {m.start: m for m in ctx.mentions if m.label is Label.PERSON}
    had = {(r.source, r.role_simplified) for r in found}
    out = []
    for r in _opening_bylines(ctx, people) + _closing_byline(ctx, people):
        if (r.source, r.role_simplified) not in had:
            had.add((r.source, r.role_simplified))
            out.append(r)
    return out

