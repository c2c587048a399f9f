"""Roles in the prose of encyclopaedia histories (HOLDS_ROLE), read after :func:`zhkg.relate.roles.read_roles`.

* A fief granted, its holder named after the verb or the subject of the sentence: 封 (袭封, 受封, 进封, 晋封,
  改封, 册封) + fief + title closing its clause, no person between; the fief the one who opens the sentence holds
  (郭子仪官至太尉，封汾阳郡王; 朱祁镛于1479年袭封襄王; 东晋封其为酒泉公, 其 standing for him), or the person after
  the verb (封了韩信为齐王, 封夏景帝为夏国主: 国主 of 夏) (:func:`_granted_fiefs`).
* A general of a state of antiquity or a dynasty after 是/为/乃: 李牧是赵国名将 (名将 of 赵国), 蒙恬为秦将
  (:func:`_generals_after_is`).
* 以 + person + 为首的 + body: the body's 首领 (以张作霖为首的奉系军阀) (:func:`_led_bodies`).
* A bare title opening its clause + 为/是 + a person closing it: the post of the body the sentence named before, or
  that opens the sentence before (中央研究院成立于1928年，首任院长为蔡元培) (:func:`_titles_then_person`).
* An editor of a periodical named in 《》 no extractor names: 张西曼主编的《民主与科学》杂志 (主编), 布哈林曾在《真理报》任主编
  (:func:`_periodical_editors`). The title must be a periodical's (its name or the word after it ends in 报, 刊, 杂志…):
  主编的《辞海》 names a book, no body.

* A post named right after the body joined: 王海涛毕业后加入新华社，任驻伦敦记者 (记者 of 新华社), the person the
  subject of 加入 in its clause (:func:`_joined_then_post`; :mod:`zhkg.relate.membership` then reads no bare membership).
* A team coached: person + 执教 + team (罗志明执教广州恒大足球队: 教练), or a team joined in the clause before a clause
  opening with 执教 (金圣求改投光州FC，执教俱乐部的U15梯队: 教练 of 光州FC, no membership) (:func:`_coached_teams`).
* A post left, in a clause before the person opening the next: 2014年卸任台中市市长后，胡志平转任国民党副主席 (市长
  of 台中市, ``former``) (:func:`_left_post_then_subject`).
* A place's head chained after a post of the party's committee of that place: 中共浙江省委书记、省长 (省长 of 浙江省),
  中共南京市委副书记、市长 (市长 of 南京市), the holder the one person of the committee's post
  (:func:`place_heads_in_party_chain`, run by :func:`zhkg.relate.roles.read_roles_after`, which reads the
  committee's post).

A role another role reader already read (the same person and holder, or the same holder and title) is not read again.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.roles_places import _MAX_FIEF  # the most letters of a fief's name (汝南, 汾阳, 东平)
from zhkg.resources.gazetteer import load_gazetteer
from zhkg.text import first_ending, sentence_at

__all__ = ["place_heads_in_party_chain", "post_after_joined_body", "read_wiki_roles"]

#: Verbs that grant a fief, longest first.
_GRANTS = ("袭封", "受封", "进封", "晋封", "改封", "册封", "追封", "封")
#: The titles a grant confers, after the fief's name, longest first: 鲁国公, 汾阳郡王, 夏国主 (a title between a
#: fief and its holder, 燕王朱棣, is one of :data:`zhkg.relate.roles_places._TITLES_BEFORE_HOLDER`, a shorter list).
_GRANTED_TITLES = ("国公", "郡公", "县公", "郡王", "亲王", "县侯", "郡侯", "国主", "王", "侯", "公")
#: What may stand between the verb and the fief: 其为 (东晋封其为酒泉公), 为 (受封为鲁国公); 了 before a person.
_GRANT_LINKS = ("其为", "为", "了", "")
#: The most letters between the sentence's subject (or its clause's start) and the verb: a date, an adverb.
_MAX_BEFORE_GRANT = 16
#: What opens a clause before a person who is its subject.
_CLAUSE_OPENERS = frozenset("，,；;：:")
#: What may stand before the subject at the sentence's start: a date and a comma (1929年，…; 景泰五年，…).
_MAX_LEAD = 14
#: The states of antiquity and the dynasties that one letter names (赵国, 秦, 汉朝).
_STATES = frozenset("齐楚燕韩赵魏秦吴越晋鲁宋卫郑蔡梁蜀汉隋唐辽金元明清")
#: A general's titles after his state, longest first.
_GENERALS = ("上将军", "大将军", "将军", "名将", "大将", "将领", "将")
#: The mentions that name someone or somewhere (a date or a count between the subject and the verb is no agent).
_NAMED = frozenset({Label.PERSON, Label.ORGANIZATION, Label.PLACE})
#: The links between a person and the state whose general he was.
_IS = ("是", "为", "乃")
#: 以 + person + 为首的 + body.
_LED_BY = "为首的"
_LEADER = {"simplified": "首领", "traditional": "首領"}


def _closes(simplified: str, at: int) -> bool:
    """Whether a clause ends at ``at``: the text's end, a clause break or 。."""
    return at >= len(simplified) or bool(CLAUSE_BREAK.match(simplified, at)) or simplified[at] in "。！？；"


def _fief_at(ctx: RelationContext, start: int) -> tuple[int, str] | None:
    """(where the fief's name ends, its title) for a fief and title starting at ``start`` and closing its clause:
    one to three letters with no mention but a place over them, then a title of :data:`_GRANTED_TITLES`."""
    simplified = ctx.simplified
    for length in range(1, _MAX_FIEF + 1):
        q = start + length
        title = next((t for t in _GRANTED_TITLES if simplified.startswith(t, q)), None)
        if title is None or not _closes(simplified, q + len(title)) or not simplified[start:q].isalpha() \
                or any(m.start < q and start < m.end and m.label is Label.ORGANIZATION for m in ctx.mentions):
            continue
        return q, title
    return None


def _fief(ctx: RelationContext, start: int, end: int) -> Mention:
    """The place a fief's name ``[start, end)`` names: the place mention there, or a derived one."""
    place = ctx.place_starting_at.get(start)
    if place is not None and place.end == end:
        return place
    return ctx.derive_mention(start, end, Label.PLACE)


def _subject(ctx: RelationContext, at: int) -> Mention | None:
    """The person who opens the sentence holding ``at``, a short date and a comma maybe before him, when no
    other mention but a place stands between the sentence's start and him."""
    s, _ = sentence_at(ctx.sentences, at)
    first = next((m for m in ctx.mentions if s <= m.start < at and m.label is not Label.PLACE), None)
    if first is None or first.label is not Label.PERSON or first.start - s > _MAX_LEAD:
        return None
    lead = ctx.simplified[s : first.start]
    if lead and not (lead[-1] in "，," or lead.isdigit() or lead.endswith("年")):
        return None
    return first


def _granted_fiefs(ctx: RelationContext) -> list[Relation]:
    """:mod:`the module's <zhkg.relate.roles_wiki>` first form: a fief granted (封…为齐王, 袭封襄王, 封其为酒泉公)."""
    simplified = ctx.simplified
    people = {m.start: m for m in ctx.mentions if m.label is Label.PERSON}
    out = []
    for verb in re.finditer("|".join(_GRANTS), simplified):
        at = verb.end()
        link = next(w for w in _GRANT_LINKS if simplified.startswith(w, at))
        holder: Mention | None = None
        named = people.get(at + len(link)) if link in ("了", "") else None
        if named is not None and simplified.startswith("为", named.end):
            holder, start = named, named.end + 1  # 封了韩信为齐王
        else:
            if link == "了":
                continue
            start = at + len(link)
            subject = _subject(ctx, verb.start())
            if subject is None:
                continue
            brk = max((b.end() for b in CLAUSE_BREAK.finditer(simplified, subject.end, verb.start())), default=subject.end)
            between = [m for m in ctx.mentions if brk <= m.start < verb.start() and m.label in _NAMED]
            if verb.start() - brk > _MAX_BEFORE_GRANT or (link != "其为" and between) \
                    or any(m.label is Label.PERSON for m in between) \
                    or any(subject.end <= m.start < verb.start() and m.label is Label.PERSON
                           and simplified[m.start - 1] in _CLAUSE_OPENERS for m in ctx.mentions):
                continue  # …，刘秀起兵，封…: another person opens a clause; 东晋封其为…: 其 is the subject
            holder = subject
        found = _fief_at(ctx, start)
        if found is None:
            continue
        end, title = found
        out.append(ctx.relation(ctx.owner[holder], ctx.owner[_fief(ctx, start, end)], RelationKind.HOLDS_ROLE,
                                min(holder.start, verb.start()), end + len(title), ctx.text[end : end + len(title)]))
    return out


def _generals_after_is(ctx: RelationContext) -> list[Relation]:
    """:mod:`the module's <zhkg.relate.roles_wiki>` second form: 李牧是赵国名将, 蒙恬为秦将."""
    simplified = ctx.simplified
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        link = next((w for w in _IS if simplified.startswith(w, person.end)), None)
        if link is None:
            continue
        b = person.end + len(link)
        if simplified[b : b + 1] not in _STATES:
            continue
        q = b + 1 + (simplified[b + 1 : b + 2] in ("国", "朝"))
        title = next((t for t in _GENERALS if simplified.startswith(t, q)), None)
        if title is None or not (_closes(simplified, q + len(title)) or simplified.startswith("，", q + len(title))):
            continue
        out.append(ctx.relation(ctx.owner[person], ctx.owner[_fief(ctx, b, q)], RelationKind.HOLDS_ROLE,
                                person.start, q + len(title), ctx.text[q : q + len(title)]))
    return out


def _led_bodies(ctx: RelationContext) -> list[Relation]:
    """:mod:`the module's <zhkg.relate.roles_wiki>` third form: 以张作霖为首的奉系军阀 (首领 of the body)."""
    simplified = ctx.simplified
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        if not simplified.endswith("以", 0, person.start) or not simplified.startswith(_LED_BY, person.end):
            continue
        body = ctx.org_starting_at.get(person.end + len(_LED_BY))
        if body is None:
            continue
        script = "simplified" if ctx.text[person.end : body.end] == simplified[person.end : body.end] else "traditional"
        out.append(ctx.relation(ctx.owner[person], ctx.owner[body], RelationKind.HOLDS_ROLE, person.start - 1,
                                body.end, _LEADER[script]))
    return out


#: A qualifier before a bare title opening its clause: 首任院长为…, 现任校长是…, 第三任主席为….
_TITLE_QUALIFIER = re.compile(r"(?:首任|现任|前任|第[\d一二三四五六七八九十]+任|首位)?")
#: The most letters before an organisation opening the sentence before: a date (1928年，…).
_MAX_BEFORE_BODY = 12
_DATE_LEAD = re.compile(r"[\d〇零一二三四五六七八九十年月日]*[，,]?")


def _body_before(ctx: RelationContext, s: int, at: int) -> Mention | None:
    """The one organisation the sentence starting at ``s`` names before ``at``, in a clause of its own; when it names
    no one and nothing there, the organisation opening the sentence before (a date maybe before it)."""
    named = [m for m in ctx.mentions if s <= m.start and m.end <= at and m.label in _NAMED]
    bodies = [m for m in named if m.label is Label.ORGANIZATION]
    if bodies:
        if len({ctx.owner[m] for m in bodies}) == 1 and CLAUSE_BREAK.search(ctx.simplified, bodies[-1].end, at):
            return bodies[-1]
        return None
    if named or s < 2:
        return None
    p, _ = sentence_at(ctx.sentences, s - 2)
    first = next((m for m in ctx.mentions if p <= m.start < s and m.label in _NAMED), None)
    if first is None or first.label is not Label.ORGANIZATION or first.start - p > _MAX_BEFORE_BODY \
            or not _DATE_LEAD.fullmatch(ctx.simplified, p, first.start):
        return None
    return first


def _titles_then_person(ctx: RelationContext) -> list[Relation]:
    """:mod:`the module's <zhkg.relate.roles_wiki>` fourth form: a bare title opening its clause + 为/是 + a person
    closing it, the body the one the sentence named before (中央研究院成立于1928年，首任院长为蔡元培) or the one
    opening the sentence before when this one names none (…。首任院长为蔡元培)."""
    simplified = ctx.simplified
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        q = person.start - 1
        if q < 2 or simplified[q] not in "为是" or not _closes(simplified, person.end):
            continue
        role = next((r for r in ctx.lexicon.roles_by_last.get(simplified[q - 1], ()) if simplified.endswith(r, 0, q)), None)
        if role is None:
            continue
        b = q - len(role)
        s, _ = sentence_at(ctx.sentences, person.start)
        opening = max(b - 6, s)
        qualifier = next((m for k in range(opening, b + 1) if (m := _TITLE_QUALIFIER.fullmatch(simplified, k, b))
                          and (k == s or simplified[k - 1] in _CLAUSE_OPENERS)), None)
        if qualifier is None:
            continue
        holder = _body_before(ctx, s, qualifier.start())
        if holder is None:
            continue
        out.append(ctx.relation(ctx.owner[person], ctx.owner[holder], RelationKind.HOLDS_ROLE, holder.start,
                                person.end, ctx.text[b:q], former=qualifier.group().startswith("前")))
    return out


#: 主编的《…》 right after a person: the periodical he edits (张西曼主编的《民主与科学》杂志).
_EDITED = re.compile(r"(曾经|曾|亦|也)?(主编)的《([^《》，。、；]{1,12})》(杂志|周刊|月刊|期刊|日报|报)?")
#: 在《…》 + 任 + an editor's or a writer's post, right after a person (布哈林曾在《真理报》任主编).
_EDITOR_AT = re.compile(r"(曾经|曾|后来|先后|亦|也)?[在于]《([^《》，。、；]{1,12})》(杂志社|报社|杂志|周刊|月刊|期刊|社)?"
                        r"(?:担任|出任|任)(副总编辑|总编辑|副主编|主编|总编|编辑|社长|记者|专栏作家)")
#: How a periodical's name or the word after it ends (真理报, 新青年杂志, 读者文摘月刊): a book's title names no body.
_PERIODICAL_ENDS = ("报", "刊", "杂志", "画报", "文摘")
#: What may follow the post read by :data:`_EDITOR_AT`: the clause's end, or 期间, 时, 一职, 兼.
_AFTER_POST = ("期间", "时", "一职", "兼", "至", "直至")


def _periodical_editors(ctx: RelationContext) -> list[Relation]:
    """:mod:`the module's <zhkg.relate.roles_wiki>` fifth form: an editor of a periodical in 《》 (张西曼主编的《民主与科学》
    杂志, 布哈林曾在《真理报》任主编), its name a body no extractor found."""
    simplified = ctx.simplified
    if "《" not in simplified:
        return []
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        edited = _EDITED.match(simplified, person.end)
        if edited is not None:
            (b, e), (r, q), tail = edited.span(3), edited.span(2), edited.group(4) or ""
        else:
            edited = _EDITOR_AT.match(simplified, person.end)
            if edited is None or not (_closes(simplified, edited.end())
                                      or simplified.startswith(_AFTER_POST, edited.end())):
                continue
            (b, e), (r, q), tail = edited.span(2), edited.span(4), edited.group(3) or ""
            if b in ctx.org_starting_at:
                continue  # 在《人民日报》任主编: a body an extractor named, read by read_roles_after
        if not (simplified[b:e].endswith(_PERIODICAL_ENDS) or tail):
            continue
        body = ctx.org_starting_at.get(b)
        if body is None or body.end != e:
            body = ctx.derive_mention(b, e, Label.ORGANIZATION)
        out.append(ctx.relation(ctx.owner[person], ctx.owner[body], RelationKind.HOLDS_ROLE, person.start,
                                edited.end(), ctx.text[r:q], former=edited.group(1) in ("曾", "曾经")))
    return out


#: A post right after the body joined: 加入新华社，任驻伦敦记者; the verb, then a posting abroad maybe (驻伦敦, 驻华).
_JOINED_POST = re.compile(r"[，,]?(?:并|其后|之后|后来|后|随即|随后)?(?:担任|出任|升任|任)(驻[^\W\d_]{1,4}?)?")
#: Verbs of joining a body before :data:`_JOINED_POST`, right before the body.
_JOINED = ("加入", "进入")
#: The most letters of a qualifier before the title after :data:`_JOINED_POST` (软件工程师: 软件).
_MAX_POST_QUALIFIER = 4
#: What may close a post after :data:`_JOINED_POST`: the clause's end, or 一职, 至今.
_POST_CLOSERS = ("一职", "至今", "期间")


def post_after_joined_body(ctx: RelationContext, body: Mention, members: bool = False) -> tuple[int, str] | None:
    """(where the post ends, its title) when ``body`` is joined (加入, 进入 right before it) and a post there is named
    right after it: 加入新华社，任驻伦敦记者 (记者); a title of the role words closing its clause, a short qualifier
    or a posting abroad (驻X) before it and no one named there. ``None`` otherwise (加入IBM公司，任软件工程师: 工程师
    is no role word). With ``members``, a member word instead (``members.tsv``: 工程师, 研究员): the word a
    membership takes (:mod:`zhkg.relate.membership`)."""
    simplified = ctx.simplified
    if not simplified.endswith(_JOINED, 0, body.start) or (post := _JOINED_POST.match(simplified, body.end)) is None:
        return None
    k = post.end()
    end = next((e for e in range(k + 1, min(len(simplified), k + 12) + 1)
                if _closes(simplified, e) or simplified.startswith(_POST_CLOSERS, e)), None)
    if members:
        role = first_ending(simplified, ctx.lexicon.member_words, end, k) if end is not None else ""
    else:
        role = ctx.lexicon.role_ending(simplified, end, k) if end is not None else ""
    if not role or end - len(role) - k > _MAX_POST_QUALIFIER \
            or any(k <= m.start < end for m in ctx.mentions if m.label in _NAMED):
        return None
    return end, role


def _joined_then_post(ctx: RelationContext) -> list[Relation]:
    """:mod:`the module's <zhkg.relate.roles_wiki>` sixth form: 加入新华社，任驻伦敦记者 (记者 of 新华社), the person the
    one named in the clause before 加入 (a date and 毕业后 may stand between)."""
    simplified = ctx.simplified
    out = []
    for body in (m for m in ctx.mentions if m.label is Label.ORGANIZATION):
        post = post_after_joined_body(ctx, body)
        if post is None:
            continue
        end, role = post
        s, _ = sentence_at(ctx.sentences, body.start)
        brk = max((b.end() for b in CLAUSE_BREAK.finditer(simplified, s, body.start)), default=s)
        people = [m for m in ctx.mentions if m.label is Label.PERSON and brk <= m.start and m.end <= body.start]
        if len({ctx.owner[m] for m in people}) != 1 or any(brk <= m.start < body.start and m.label is Label.ORGANIZATION
                                                            for m in ctx.mentions):
            continue
        out.append(ctx.relation(ctx.owner[people[0]], ctx.owner[body], RelationKind.HOLDS_ROLE, people[0].start, end,
                                ctx.text[end - len(role) : end]))
    return out


#: 执教 a team: the coach's title.
_COACH = {"simplified": "教练", "traditional": "教練"}
_COACHES = "执教"
#: Verbs of joining a team in the clause before a clause opening with 执教.
_JOINED_TEAM = re.compile(r"(?:加盟|加入|改投|转投|回到|重返)了?$")
#: What may open a clause of coaching after the team joined: 并, 随即, 开始.
_COACHING_OPENER = re.compile(r"\s*(?:并|随即|随后|开始)?执教")
#: What may stand between a coach and 执教: a date, a range of years, adverbs (曾, 先后, 长期).
_BEFORE_COACHING = re.compile(r"(?:于|在|从|自)?[\d〇零一二三四五六七八九十年月日至到起]*(?:曾经|曾|先后|长期|一度|再度|再次|还|也)?$")
#: Leagues named by their short names before a team, which the recogniser does not take for a body (执教中超|山东鲁能
#: 泰山队, 执教港超|理文队), Simplified, longest first: China's, Hong Kong's, Taiwan's, Japan's, Korea's and the best-known
#: foreign ones.
_LEAGUES = tuple(sorted(("中超联赛", "中甲联赛", "中超", "中甲", "中乙", "中冠", "港超", "港甲", "英超", "英冠", "西甲", "意甲", "德甲",
                         "法甲", "荷甲", "葡超", "澳超", "美职联", "日职联", "日职", "韩职", "K联赛", "J联赛", "中职", "中华职棒",
                         "日本职棒", "韩国职棒", "美国职棒", "美职棒", "CBA", "WCBA", "NBA", "WNBA", "NBL", "SBL", "PLG", "T1",
                         "超级篮球联赛", "中华职篮"), key=len, reverse=True))
#: A coached body's name ends so (a team, a club, a football association's club: 杰志足球会).
_TEAM_ENDS = ("队", "俱乐部", "足球会", "体育会", "FC")


def _coached_teams(ctx: RelationContext) -> list[Relation]:
    """:mod:`the module's <zhkg.relate.roles_wiki>` seventh form: 罗志明执教广州恒大足球队 (教练), its league maybe named
    before the team (执教中华职棒统一狮队: 统一狮队's), and a team joined in the clause before a clause opening with 执教
    (金圣求改投光州FC，执教…: its 教练)."""
    simplified = ctx.simplified
    out = []
    script = "simplified" if "執教" not in ctx.text else "traditional"
    for verb in re.finditer(_COACHES, simplified):
        at = verb.end() + (simplified[verb.end() : verb.end() + 1] == "了")
        at += len(next((lg for lg in _LEAGUES if simplified.startswith(lg, at) and at + len(lg) in ctx.org_starting_at), ""))
        team = ctx.org_starting_at.get(at)  # (a league the recogniser missed before it: 执教中超|山东鲁能泰山队)
        if team is not None and not team.simplified.endswith(_TEAM_ENDS):
            team = ctx.org_starting_at.get(team.end) or team  # 执教中华职棒|统一狮队: a league, then its team
        s, _ = sentence_at(ctx.sentences, verb.start())
        brk = max((b.end() for b in CLAUSE_BREAK.finditer(simplified, s, verb.start())), default=s)
        person = next((m for m in reversed(ctx.mentions) if m.label is Label.PERSON and brk <= m.start
                       and m.end <= verb.start()), None)
        if team is not None and team.simplified.endswith(_TEAM_ENDS) and person is not None \
                and _BEFORE_COACHING.search(simplified, person.end, verb.start()) is not None \
                and _BEFORE_COACHING.search(simplified, person.end, verb.start()).start() == person.end:
            out.append(ctx.relation(ctx.owner[person], ctx.owner[team], RelationKind.HOLDS_ROLE, person.start, team.end,
                                    _COACH[script]))
            continue
        if brk <= s or not _COACHING_OPENER.fullmatch(simplified, brk, verb.end()):
            continue
        team = next((m for m in ctx.mentions if m.label is Label.ORGANIZATION and m.end == brk - 1), None)
        start = max((b.end() for b in CLAUSE_BREAK.finditer(simplified, s, brk - 1)), default=s)
        joined = _JOINED_TEAM.search(simplified, start, team.start) if team is not None else None
        if joined is None:
            continue
        people = [m for m in ctx.mentions if m.label is Label.PERSON and start <= m.start and m.end <= joined.start()]
        if len({ctx.owner[m] for m in people}) == 1:
            out.append(ctx.relation(ctx.owner[people[0]], ctx.owner[team], RelationKind.HOLDS_ROLE, people[0].start,
                                    verb.end(), _COACH[script]))
    return out


#: A committee of the Communist Party for a place: 中共浙江省委, 中共南京市委; the place's letter before 委 says its kind.
_PARTY_COMMITTEE = re.compile(r"中共([^\W\d_]{2,8}?(省|市|县|州|区))委$")
#: The heads of a place by its kind, 副 and 代 before them allowed.
_PLACE_HEADS = {"省": "省长", "市": "市长", "县": "县长", "州": "州长", "区": "区长"}
_HEAD_QUALIFIERS = ("常务副", "副", "代")
#: What joins the committee's post to the place's head: 、, 兼, 兼任, 和, 及.
_CHAIN_LINKS = ("、", "兼任", "兼", "和", "及", "，")


def place_heads_in_party_chain(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """:mod:`the module's <zhkg.relate.roles_wiki>` ninth form: 中共浙江省委书记、省长 (省长 of 浙江省), the holder
    the one person ``found`` gives a post of the committee."""
    simplified = ctx.simplified
    out = []
    for committee in (m for m in ctx.mentions if m.label is Label.ORGANIZATION):
        kind = _PARTY_COMMITTEE.fullmatch(committee.simplified)
        if kind is None or not simplified.startswith(committee.simplified, committee.start):
            continue
        end = next((e for e in range(committee.end + 1, committee.end + 8)
                    if simplified.startswith(_CHAIN_LINKS, e) and ctx.lexicon.role_ending(simplified, e, committee.end)
                    and len(ctx.lexicon.role_ending(simplified, e, committee.end)) == e - committee.end), None)
        if end is None:
            continue
        k = end + len(next(w for w in _CHAIN_LINKS if simplified.startswith(w, end)))
        qualifier = next((q for q in _HEAD_QUALIFIERS if simplified.startswith(q, k)), "")
        head = _PLACE_HEADS[kind.group(2)]
        q = k + len(qualifier)
        if not simplified.startswith(head, q) or not (_closes(simplified, q + len(head))
                                                      or simplified.startswith(_CHAIN_LINKS, q + len(head))):
            continue
        holders = {r.source for r in found if r.target == ctx.owner[committee] and r.kind is RelationKind.HOLDS_ROLE}
        if len(holders) != 1:
            continue
        b, e = committee.start + 2, committee.end - 1
        place = ctx.place_starting_at.get(b)
        if place is None or place.end != e:
            divisions = load_gazetteer().lookup(simplified[b:e])
            if len(divisions) != 1:
                continue  # a place the gazetteer does not know, or two of that name: no head to name
            place = ctx.derive_mention(b, e, Label.PLACE, simplified[b:e], divisions[0].code)
        former = any(r.former for r in found if r.target == ctx.owner[committee])
        out.append(ctx.relation(next(iter(holders)), ctx.owner[place], RelationKind.HOLDS_ROLE, committee.start,
                                q + len(head), ctx.text[k : q + len(head)], former=former))
    return out


#: A clause of leaving a post before its subject: (2014年)卸任台中市市长后，胡志平…; the post (a body and its title)
#: in group ``post``.
_LEFT_VERBS = ("卸任", "离任", "辞去")
_LEFT_POST = re.compile(r"(?:^|(?<=[，,。；;！？!?]))[\d〇零一二三四五六七八九十年月日]*[，,]?(?:" + "|".join(_LEFT_VERBS) + ")"
                        r"(?P<post>[^，,。；;！？!?]{2,16}?)(?:职务|一职)?(?:之后|以后|后)[，,]")


def _left_post_then_subject(ctx: RelationContext) -> list[Relation]:
    """:mod:`the module's <zhkg.relate.roles_wiki>` eighth form: a post left, in a clause before the person opening
    the next one: 2014年卸任台中市市长后，胡志平转任国民党副主席 (市长 of 台中市, ``former``). The post must be a body or a
    place named there and a role word right after it (卸任后, 卸任该职后: none)."""
    simplified = ctx.simplified
    out = []
    if not any(verb in simplified for verb in _LEFT_VERBS):  # a substring test before the scan: most texts leave none
        return out
    for left in _LEFT_POST.finditer(simplified):
        person = next((m for m in ctx.mentions if m.label is Label.PERSON and m.start == left.end()), None)
        b, e = left.span("post")
        holder = ctx.org_starting_at.get(b) or ctx.place_starting_at.get(b)
        if person is None or holder is None or holder.end >= e:
            continue
        k = holder.end + (simplified[holder.end] == "的")
        role = ctx.lexicon.role_ending(simplified, e, k)
        if len(role) != e - k:
            continue
        out.append(ctx.relation(ctx.owner[person], ctx.owner[holder], RelationKind.HOLDS_ROLE, b, person.end,
                                ctx.text[k:e], former=True))
    return out


def read_wiki_roles(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The roles of the module's forms, but those ``found`` already holds: the same person and holder, or the same
    holder and title (封沛侯刘濞为吴王, read there as 刘濞's)."""
    seen = {(r.source, r.target) for r in found} | {(r.target, r.role_simplified) for r in found}
    out = []
    for r in _granted_fiefs(ctx) + _generals_after_is(ctx) + _led_bodies(ctx) + _titles_then_person(ctx) \
            + _periodical_editors(ctx) + _joined_then_post(ctx) + _coached_teams(ctx) + _left_post_then_subject(ctx):
        if (r.source, r.target) not in seen and (r.target, r.role_simplified) not in seen:
            seen |= {(r.source, r.target), (r.target, r.role_simplified)}
            out.append(r)
    return out
