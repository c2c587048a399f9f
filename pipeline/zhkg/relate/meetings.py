"""Who met whom and who visited where, read from the verbs news states meetings and visits with (session 19, meet19).

* ``MET_WITH`` person ↔ person (symmetric: the ends sorted by entity id, though stored as a directed edge), read
  two ways in one sentence:

  - subject + words of when, where and how (今天下午, 在人民大会堂, 亲切, 分别 …) + a meeting verb (会见, 会晤, 接见,
    拜会, 拜访, 会谈 …) + (了/过) + words naming the one met (来访的, 美国总统, 以…为团长的, 由…率领的) + person:
    国家主席习近平会见美国总统奥巴马, 钱其琛今天在中南海会见了来访的以色列总理内塔尼亚胡, 李岚清会见了由主席温奈科率领的
    德意志研究联合会代表团 (a delegation's named head met); people listed after the verb (、 和 及) each met the
    subject, and so did people listed before it (王明和李四会见了…);
  - person + the same words + 与/同/和/跟 + (来访的, titles) + person + (等人, 就…问题, 在…) + (举行/进行(了)) + a meeting
    word (会谈, 会晤, 会面, 见面, 通电话, 通话, 交谈 …): 温家宝在人民大会堂与格林纳达总理托马斯举行会谈, 基里延科同叶利钦
    等人会谈后.

  ``relation_zh`` is the verb as the document writes it (会见, 會晤, 通電話).
* ``VISITED`` person → place: person + the same words + 对/赴/到/前往 + place + (进行)(国事/正式/友好/工作)访问
  (胡锦涛将于…对俄罗斯进行国事访问 is refused: 将), person + 访问/出访 + place (+ (首都/首府) + a place of it:
  访问约旦首都安曼 is a visit to 约旦, review162), and a visit opened by an arrival
  (胡锦涛18日抵达布拉迪斯拉发，开始对斯洛伐克进行国事访问: 斯洛伐克).

Refused: any word between the subject and the verb that the whitelist of time, place and manner does not cover —
so a negation (未, 没有, 拒绝, 取消), a plan or wish (将, 拟, 计划, 希望, 准备), reported speech (表示, 说) and taking
part (参加了会见, 会见时在座) are never read; a clause opening with a condition, doubt or plan (如果, 是否, 据传,
计划); a person after the verb that another word than a list, a title or the end of the clause follows (会见了奥巴马
总统的特使: the envoy is met, not 奥巴马); a body or a place met (会见了代表团, 会见了新闻界人士: no edge, as no one is
named, and no person–organisation edge is written); one-letter names (a bare surname).

The reader is gated on one precompiled search of the document for its verbs; a document without one (or without a
person) pays nothing more (on the first 200 THUCNews articles it takes 0.03% of the run).

Measured (``bench/typed_relations_audit.py``; rules written from the even THUCNews rows and MSRA train's even-indexed
sentences): judged by hand as drawn, MET_WITH 68/74 and VISITED 12/13 on THUCNews's odd rows and MSRA's odd-indexed
sentences (4 of the 7 wrong are names the extractors cut). The 896 eligible THUCNews articles give 7 MET_WITH and
2 VISITED edges: Sina news reports few meetings.

Caveats: a pronoun subject (他会见了…) or a subject in an earlier clause is not read; people met together are not
linked to each other (戴秉国同辛格、卢拉…举行集体会晤 links none: the verb is too far from the names).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import RelationContext
from zhkg.relate.pairs import _as_written, _clause_before, _outermost

__all__ = ["MEETING_KINDS", "MET_WITH", "VISITED", "read_meetings"]

MET_WITH = RelationKind.define("MET_WITH")
VISITED = RelationKind.define("VISITED")
#: The kinds the reader writes.
MEETING_KINDS: tuple[RelationKind, ...] = (MET_WITH, VISITED)

#: Verbs whose object is the person met (X会见Y).
_MEET_VERBS = ("会见", "会晤", "接见", "拜会", "拜访", "会面", "晤谈", "召见")
#: Words of a meeting whose two sides stand before it (X与Y举行会谈, X同Y通电话).
_MET_WORDS = ("会见", "会晤", "会谈", "会面", "见面", "晤谈", "通电话", "通话", "通了电话", "交谈", "磋商", "举行会谈")

_NUM = r"[0-9０-９一二三四五六七八九十两〇○零]"
#: When a meeting was (今天下午, 28日, 当地时间27日晚).
_TIME = (r"(?:今天|昨天|前天|今日|昨日|日前|近日|当天|当日|同日|此前|随后|之后|后来|其后|今年|上周|本周|上月|本月|"
         r"当地时间|北京时间|上午|下午|中午|晚上|晚间|早上|早晨|深夜|凌晨|傍晚|晚|" + _NUM + r"{1,4}年|" + _NUM
         + r"{1,2}月(?:" + _NUM + r"{1,3}日)?|" + _NUM + r"{1,3}日|[周星期][一二三四五六日天])")
#: Where (在人民大会堂, 在京, 于华盛顿): 在/于 and a few letters of no clause break, no other word of the gap; past
#: its first letter (在于都县) no 在/于 either, which opens the next place (在这里在那里: else the gap is read in
#: exponentially many ways).
_PLACE = r"(?:在|于)(?:[^\s，,。；;、：:！？!?“”「」()（）将拟未不没想要愿][^\s，,。；;、：:！？!?“”「」()（）将拟未不没想要愿在于]{0,13}?)"
#: How (亲切, 分别, 也, 再次 …), and what may follow a subject's name (一行, 等, a title).
#: Titles written right after a name (胡锦涛副主席, 傅全有上将, 桥本首相, 费雪参议员: review186).
_TITLES = (r"(?:副|前|代|代理)?(?:总统|总理|主席|首相|国王|亲王|王储|外长|大使|部长|议长|秘书长|委员长|委员|参议员|众议员|议员|"
           r"将军|上将|中将|少将|总书记|书记|省长|市长|州长|教授|博士)")
_MANNER = (r"(?:亲切|热情|分别|也|还|又|再次|再度|首先|先后|共同|一起|专门|特地|曾经|曾|已经|已|正式|首次|单独|集体|"
           r"是|一行|等人|等|先生|女士|阁下|" + _TITLES + r"|\s)")
#: A time in brackets (今天(24日)).
_BRACKETED = r"(?:[(（][^()（）]{1,12}[)）])"
#: A place's letters can hold the other words of the gap (在京也: 在京 + 也, or 在京也), so a run of places each
#: read two ways took exponential time to refuse even within :data:`_MAX_GAP` letters (16 × 在的也: 70 ms for each
#: person): at most three places, the other words before, between and after them.
_GAP_WORD = r"(?:" + _TIME + "|" + _MANNER + "|" + _BRACKETED + r")"
_GAP = _GAP_WORD + r"*(?:" + _PLACE + _GAP_WORD + r"*){0,3}"
_VERB = "|".join(sorted(set(_MEET_VERBS), key=len, reverse=True))
#: Subject + gap + a meeting verb (its object after it).
_SUBJECT_VERB = re.compile(_GAP + r"(?:在)?(?P<verb>" + _VERB + r")(?:了|过)?")
#: Subject + gap + 与/同/和/跟 (the other side follows).
_SUBJECT_WITH = re.compile(_GAP + r"(?:在)?(?:与|同|和|跟)")
#: The other side + gap + a meeting word: 等人, 就…问题, 在…, 举行(了), 进行(了), then the word (at most three places,
#: as in :data:`_GAP`).
_WITH_GAP_WORD = (_TIME + r"|就[^\s，,。；;：:！？!?将拟未不没]{1,24}?(?:问题|事宜|情况|关系)"
                  r"|亲切|友好|热情|正式|首次|单独|再次|又|也|还|分别|共同|曾经|曾|已经|已|" + _NUM + r"{1,2}次|数次|多次|\s")
_WITH_VERB = re.compile(
    r"(?:等人|等|一行|先生|女士|阁下|" + _TITLES + r")?(?:" + _WITH_GAP_WORD + r")*(?:" + _PLACE + r"(?:" + _WITH_GAP_WORD
    + r")*){0,3}"
    r"(?:在)?(?:举行|进行)?(?:了)?(?:很好的|良好的|亲切|友好|热情|正式|首次|单独|工作|长时间|深入|坦诚|私人|秘密|简短|电话)*"
    r"(?P<verb>" + "|".join(sorted(set(_MET_WORDS) - {"举行会谈"}, key=len, reverse=True)) + r")")
#: Between the verb (or 与) and the person met: 来访的, 由 (…率领的), 以 (…为团长的), a country's or a body's title.
#: No clause break; organisation and place names are allowed (checked by mention, not here).
_BEFORE_MET = re.compile(r"(?:(?!记者|电|报道|消息|讯)[^，,。；;：:！？!?“”()（）\s\d]|[(（][^()（）\d]{1,10}[)）])*")
#: Right after a person met: what may follow (the clause's end, a list, 一行, 时, a title); 的 only as 率领的/为团长的.
_AFTER_MET = re.compile(
    r"(?:先生|女士|阁下|" + _TITLES + r")?"
    r"(?:$|[，,。；;！？!?、”]|和|以及|及|与|同|并|一行|等|时|后|率领|带领|为团长|为首|举行|进行|就|在|共同|亲切|"
    r"会见|会谈|会晤|会面|见面|通电话|通话|交谈|磋商|曾|已|再次|首次|多次|数次|" + _TIME + ")")
#: After a meeting word: the two named sat in on someone else's meeting (X和Y会见时在座).
_PRESENT_AT = re.compile(r"(?:时)?(?:在座|陪同|在场)")
#: Between two people of one list, titles allowed (赫拉维、议长贝里).
_JOINED_LIST = re.compile(r"(?:、|和|及|与|以及)[^，,。；;：:！？!?、\s]{0,12}")
#: Title endings whose last letter foreign names are written with too (总理卡苏: no name cut).
_TITLE_ENDING = re.compile(r"(?:总理|经理|助理|代理|协理|管理|" + _TITLES + r")$")
#: After the meeting word of 与X…会见: the clause goes on with no object, or with what they talked of (与韦尔共同会见记者:
#: the press is met; 同叶利钦通电话谈此事: they spoke).
_WORD_CLOSED = re.compile(r"(?:了)?(?:$|[，,。；;！？!?、）)”]|时|后|中|前|并|期间|结束|之后|以后|以来|的结果|"
                          r"谈|讨论|商讨|商谈|交换|表示|说|指出|强调)")
#: What joins people listed on one side (李四、王五和赵六).
_LIST_JOIN = re.compile(r"(?:[、，,]|和|及|与|以及)(?P<titles>[^，,。；;：:！？!?“”\n、]{0,16}?)$")
#: Times still to come (明年叶利钦总统正式访问日本).
_LATER = r"明年|明天|后天|下月|下个月|下周|下星期|下半年|今后|届时"
#: 将 of what is to come, not of a general's rank (上将, 将军).
_WILL = r"(?<![上中少大])将(?!军|领)"
#: In the clause before the subject: a condition, doubt, plan or report of a meeting that is not (yet) fact.
_UNSAID = re.compile(r"如果|假如|假设|倘若|一旦|是否|能否|否认|传闻|传言|据传|谣言|计划|拟|预计|打算|准备|希望|有望|"
                     r"可能|或将|即将|" + _WILL + r"|届时|" + _LATER + r"|要求|拒绝|取消|推迟|未能|没有|不会|并未|尚未|不再|期待|期望|盼|邀请")
#: Right before the subject: it is itself the one met or spoken with (奥尔布赖特将分别与内塔尼亚胡和阿拉法特举行会谈).
_OBJECT_BEFORE = re.compile(r"(?:(?:与|和|同|跟|会见|会晤|接见|拜会|拜访)(?:了)?"
                            r"|(?:分别|先后|也|还|又)?(?:与|同|跟)(?:来访的)?[^，,。；;：:！？!?、\s与同跟和]{1,8})$")
#: Anywhere in a visit's sentence: the visit is (or may be) still to come (克林顿访问中国期间，两国领导人将…; 确定了
#: 互访的时间表，即今年秋天桥本首相正式访问俄罗斯).
_TO_COME = re.compile(_WILL + r"|" + _LATER + r"|期待|希望|拟|计划|准备|时间表|日程|邀请")
#: Words that, anywhere between the subject and the other person, make the meeting unsaid.
_UNSAID_BETWEEN = re.compile(_WILL + r"|" + _LATER + r"|拟|计划|准备|打算|希望|有望|可能|要求|拒绝|取消|推迟|未|没|不|否|是否|想|愿|期待|"
                             r"盼|预计|定于|即将|表示|说|称|指出|邀请|同意|参加|出席|陪同|在座|安排|会后|会前")

#: Visits: person + gap + 对/赴/到/前往 + place + (进行)(…)访问; person + 访问/出访 + place; 抵达 + place.
_VISIT_BEFORE = re.compile(_GAP + r"(?:抵达(?P<arrived>[^，,。；;]{1,16}?)[，,](?:开始|随即|正式)?)?"
                           r"(?:对|赴|到|前往)")
# (正式友好 is 正式 then 友好: no alternative of its own, which would read a run of them in exponentially many ways)
_VISIT_AFTER = re.compile(r"(?:(?:进行|展开|开始)(?:了)?)?(?:为期" + _NUM + r"{1,3}天的)?"
                          r"(?:国事|正式|友好|工作|私人|官方|亲善|旋风式)*(?P<verb>访问)(?!学者|团)")
_VISIT_VERB = re.compile(_GAP + r"(?P<verb>出访|访问)(?:了)?")
#: Right after a place visited by 访问/出访: the clause's end, a list, or when (访问法国高校 is a school visited).
_AFTER_VISITED = re.compile(r"(?:$|[，,。；;！？!?、\s）)”]|和|及|与|期间|时|后|并|途中|之际|之后|前夕)")

#: Between a country visited and the city of it named next (访问约旦首都安曼): the city's standing in the country.
_CAPITAL = ("首都", "首府")


def _city_after(text: str, named: list[Mention], k: int, end: int) -> int:
    """Where a visit to the place ``named[k]`` (ending at ``end``) is written to: after a place of it named right
    after it, or after its capital (访问约旦首都安曼, 访问俄罗斯叶卡捷琳堡: the country visited; review162).

    >>> from zhkg.records import Label, Mention
    >>> text = "访问约旦首都安曼。"
    >>> named = [Mention("d", 2, 4, "约旦", "约旦", Label.PLACE, "t"), Mention("d", 6, 8, "安曼", "安曼", Label.PLACE, "t")]
    >>> _city_after(text, named, 0, 4)
    8
    """
    if k + 1 < len(named) and named[k + 1].label is Label.PLACE \
            and text[end:named[k + 1].start] in ("", *_CAPITAL):
        return named[k + 1].end
    return end


#: The most letters the gap and the verb after a subject, or the words before a meeting word, are looked for in:
#: the gap's patterns can be read in many ways, and a long run of their words (在这里也在这里也…) with no verb
#: after it would otherwise take exponential time to refuse.
_MAX_GAP = 48

_CUES = re.compile("|".join(sorted(set(_MEET_VERBS) | set(_MET_WORDS) | {"访问", "出访"}, key=len, reverse=True)))



def _person(m: Mention | None) -> bool:
    return m is not None and m.label is Label.PERSON and len(m.name) >= 2


def _met_after(ctx: RelationContext, named: list[Mention], i: int, at: int, limit: int, *,
               verb_read: bool = True) -> list[Mention]:
    """The people met named after offset ``at`` (the verb's end or 与's): the first person there when only titles,
    bodies and places stand between and an allowed word follows it, and each person listed after that one. Before
    the verb is read (after 与), a word of plan or negation there leaves the meeting unsaid; after it, such a word
    describes the one met (会见了即将离任的大使X)."""
    text = ctx.simplified
    out: list[Mention] = []
    while i < len(named) and named[i].start < limit:
        m = named[i]
        if m.label is Label.PERSON:
            gap = text[at:m.start]
            if len(gap) > 40 or not _BEFORE_MET.fullmatch(gap) or (out and not _LIST_JOIN.search(gap)):
                break
            if (not out and not verb_read and _UNSAID_BETWEEN.search(gap)) or not _AFTER_MET.match(text, m.end) \
                    or not _person(m):
                break
            out.append(m)
            at = m.end
        i += 1
    return out


def _listed_before(ctx: RelationContext, named: list[Mention], j: int) -> list[Mention]:
    """The people listed right before ``named[j]`` (王明、李四和…): joined by 、/和/及, titles allowed."""
    text = ctx.simplified
    out = []
    while j > 0:
        prev = named[j - 1]
        gap = text[prev.end:named[j].start]
        if not _person(prev) or not re.fullmatch(r"[、和及与]|以及", gap):
            break
        out.append(prev)
        j -= 1
    return out


def _list_head(ctx: RelationContext, named: list[Mention], j: int) -> Mention:
    """The first of the people listed up to ``named[j]`` (分别与黎总统赫拉维、议长贝里和总理哈里里: 赫拉维), titles
    allowed between them."""
    text = ctx.simplified
    while j > 0 and _person(named[j - 1]) and _JOINED_LIST.fullmatch(text, named[j - 1].end, named[j].start):
        j -= 1
    return named[j]


def _cut(ctx: RelationContext, m: Mention) -> bool:
    """Whether a transliterated name is cut on its left: its first letter and the one before it are both letters
    foreign names are written with, and no title ends there (斯里兰卡外长拉|克什曼·卡迪尔加马尔; not 总理|卡苏)."""
    text = ctx.simplified
    foreign = ctx.lexicon.foreign_name_chars
    return (m.start > 0 and text[m.start - 1] in foreign and text[m.start] in foreign
            and not _TITLE_ENDING.search(text, max(0, m.start - 4), m.start))


def _edge(ctx: RelationContext, a: Mention, b: Mention, kind: RelationKind, verb: str, start: int,
          end: int) -> Relation | None:
    if _cut(ctx, a) or _cut(ctx, b):
        return None
    source, target = ctx.owner.get(a), ctx.owner.get(b)
    if source is None or target is None or source == target:
        return None
    if kind is MET_WITH and source > target:
        source, target = target, source
    rel = ctx.relation(source, target, kind, start, end)
    return replace(rel, relation_zh=_as_written(ctx, verb, start, end))


def read_meetings(ctx: RelationContext) -> list[Relation]:
    """MET_WITH and VISITED edges of one document (see the module's doc)."""
    text = ctx.simplified
    if not ctx.person_starts or not _CUES.search(text):
        return []
    named = _outermost(ctx.mentions)
    sentence_end = {}
    for s, e in ctx.sentences:
        sentence_end[s] = e
    starts = sorted(sentence_end)
    out: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()

    def add(rel: Relation | None) -> None:
        if rel is not None and (key := (rel.source, rel.target, rel.kind.value)) not in seen:
            seen.add(key)
            out.append(rel)

    for j, a in enumerate(named):
        if not _person(a):
            continue
        sent = starts[bisect_right(starts, a.start) - 1] if starts and starts[0] <= a.start else 0
        limit = sentence_end.get(sent, len(text))
        nxt = next((m.start for m in named[j + 1:] if m.label is Label.PERSON), limit)
        subjects = [a, *_listed_before(ctx, named, j)]
        clause = _clause_before(text, _list_head(ctx, named, j).start)
        if _UNSAID.search(clause) or _OBJECT_BEFORE.search(clause):
            continue  # a meeting not (yet) held, or the subject is itself the one met (…分别与X和Y举行会谈)
        # the text up to the next person (or the sentence's end): the subject's gap and the verb
        window = text[a.end:min(nxt, limit, a.end + _MAX_GAP)]
        if (found := _SUBJECT_VERB.match(window)) is not None and not _UNSAID_BETWEEN.search(found.group()):
            verb = found.group("verb")
            met = _met_after(ctx, named, j + 1, a.end + found.end(), limit)
            for s in subjects:
                for m in met:
                    add(_edge(ctx, s, m, MET_WITH, verb, s.start, m.end))
            if met:
                continue
        if (found := _SUBJECT_WITH.match(window)) is not None and not _UNSAID_BETWEEN.search(found.group()):
            met = _met_after(ctx, named, j + 1, a.end + found.end(), limit, verb_read=False)
            word = _WITH_VERB.match(text, met[-1].end, met[-1].end + _MAX_GAP) if met else None
            if word is not None and not _UNSAID_BETWEEN.search(text[met[-1].end:word.start("verb")]) \
                    and not _PRESENT_AT.match(text, word.end()) and _WORD_CLOSED.match(text, word.end()) \
                    and not _met_after(ctx, named, named.index(met[-1]) + 1, word.end(), limit):
                # (X和Y会见了Z: X and Y met Z, read when Y is the subject)
                for m in met:
                    add(_edge(ctx, a, m, MET_WITH, word.group("verb"), a.start, word.end()))
                continue
        if not _TO_COME.search(text, sent, limit):
            _visit(ctx, named, j, a, limit, add)
    return out


def _visit(ctx: RelationContext, named: list[Mention], j: int, a: Mention, limit: int,
           add: Callable[[Relation | None], None]) -> None:
    """VISITED edges of the person ``named[j]`` (its subject) to the places its clause says it visits."""
    text = ctx.simplified
    k = j + 1
    while k < len(named) and named[k].label is Label.PLACE and named[k].start < limit:
        place = named[k]
        gap = text[a.end:place.start]
        if len(gap) > _MAX_GAP:
            return
        if (found := _VISIT_BEFORE.fullmatch(gap)) is not None and not _UNSAID_BETWEEN.search(gap):
            after = place.end
            while k + 1 < len(named) and named[k + 1].label is Label.PLACE and named[k + 1].start == after:
                k += 1
                after = named[k].end  # 对俄罗斯叶卡捷琳堡进行访问: the country then the city
            if (visit := _VISIT_AFTER.match(text, after)) is not None:
                add(_edge(ctx, a, place, VISITED, visit.group("verb"), a.start, visit.end()))
            return
        if (found := _VISIT_VERB.fullmatch(gap)) is not None and not _UNSAID_BETWEEN.search(gap):
            after = _city_after(text, named, k, place.end)
            if _AFTER_VISITED.match(text, after):
                add(_edge(ctx, a, place, VISITED, found.group("verb"), a.start, after))
            return
        if "抵达" not in gap:
            return
        k += 1  # 抵达布拉迪斯拉发，开始对斯洛伐克…: the city arrived at, then the country
