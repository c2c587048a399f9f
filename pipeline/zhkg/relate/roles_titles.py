"""Title words and chains of titles, for the role readers (:mod:`zhkg.relate.roles`): which role words
of ``roles.tsv`` start or end at a position (:func:`_role_at`, :func:`_role_starts`, :func:`_roles_from`,
:func:`_roles_to`, :func:`_title_ending_at`), the qualifiers kept with a title (执行, 名誉, 代…), letters of rank before a
title (:func:`_ranked_title`), a field of work inside a title (:func:`_fielded_title`), an assistant's post
(:func:`_with_assistant`), a résumé's post field (:func:`_post_field`) and the titles ahead in a list.

Caveats: a title is read only from the lexicon's role words; the holder and the body of a title are decided elsewhere
(``roles_holders``, ``roles_title_body``). Moved verbatim from ``relate/roles.py`` (tidy65): no definition's text changed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from zhkg.records import Label
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_words import _start_of
from zhkg.resources.lexicon import Lexicon
from zhkg.text import longest_first

__all__ = [
    "_ASSISTANTS",
    "_MAX_QUALIFIER",
    "_qualifier",
    "_qualifier_roles",
    "_RANKS",
    "_DIVISION_HEADS",
    "_REGION_HEADS",
    "_DIVISION_HEAD_TITLES",
    "_DIVISION_HEAD_TITLE_TUPLE",
    "_AFTER_TITLE_TAGS",
    "_VERBAL_NOUN",
    "_LAST_JOINERS",
    "_PARTY_BADGES",
    "_COUNT_OF_PEOPLE",
    "_SPOKESPERSON_TITLES",
    "_NOW_BEFORE_TITLE",
    "_LEFT_BEFORE_TITLE",
    "_LEFT_OPENERS",
    "_HEADLINE_COLONS",
    "_titled_field",
    "_ACTING_BEFORE_HOLDER",
    "_CHAINED_QUALIFIERS",
    "_FORMER_MARKS",
    "_OPENING_QUOTES",
    "_roles_from",
    "_roles_to",
    "_FIELD_TITLES",
    "_FIELDS",
    "_fielded_title",
    "_CHIEF_PREFIXES",
    "_DEPUTY_PREFIXES",
    "_ranked_title",
    "_role_at",
    "_role_starts",
    "_POST_QUALIFIERS",
    "_ACTING_HEAD",
    "_CHAIN_JOINERS",
    "_PAST_LINKS",
    "_DATE",
    "_POST_FIELDS",
    "_FIELD",
    "_MAX_FIELDS",
    "_post_field",
    "_title_ending_at",
    "_ASSISTANT",
    "_with_assistant",
    "_POST_FIELD",
    "_FIELD_LABEL",
    "_EMPLOYER_FIELD",
    "_VALUE_ENDS",
    "_MAX_FIELD_VALUE",
    "_OFFICE_HEADS",
    "_titles_ahead",
    "_BARE_POST_VERBS",
    "_BARE_POST_ADVERBS",
    "_PLAN_ADVERB",
    "_ORDINAL",
]


#: Characters between an organisation and its role that only qualify the role: 执行, 代理, 首任, 国内市场.
_MAX_QUALIFIER = 4


def _qualifier(ctx: RelationContext, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a short run of letters, no name, no role and no 的/和/与 in it, nor 由, which names
    who fills a post (经济部长由政务委员X接任: 政务委员 is no post of 经济部)."""
    span = ctx.simplified[start:end]
    if not span.isalnum() or any(ch in "的和与及等由" for ch in span):
        return False
    first = bisect_left(ctx.mentions, start, key=_start_of)  # the mentions sort by start
    if first < len(ctx.mentions) and ctx.mentions[first].start < end:
        return False
    return _qualifier_roles(ctx.lexicon).search(span) is None


@lru_cache(maxsize=4)  # a Lexicon hashes by identity
def _qualifier_roles(lexicon: Lexicon) -> re.Pattern[str]:
    """The role words of two letters or more but ranks, which no qualifier holds, as one pattern (a trie)."""
    return re.compile(longest_first(r for r in lexicon.role_words if len(r) > 1 and r not in _RANKS))


#: Military ranks: a role of their own after an army (中国人民解放军中将孔从周), a qualifier between a body and its
#: post (陆军总司令部中将副总司令: 副总司令 of the 总司令部).
_RANKS = frozenset({"上将", "中将", "少将", "大将", "准将"})


#: A division head's titles, with the kind of division each heads (its canonical name's last letter).
_DIVISION_HEADS = {"省长": "省", "市长": "市", "县长": "县", "区长": "区", "乡长": "乡", "镇长": "镇",
                   # a councillor of the division, as 国民党台北市议员 X is 市议员 of 台北市
                   "市议员": "市", "县议员": "县"}


#: The head of a special administrative region, written bare in its own press (特首李家超, 前特首梁振英): the
#: region is the one coded HK or MO the text names.
_REGION_HEADS = ("行政长官", "特首")


_DIVISION_HEAD_TITLES = sorted([q + t for t in _DIVISION_HEADS for q in ("常务副", "副", "")] + list(_REGION_HEADS),
                               key=len, reverse=True)


_DIVISION_HEAD_TITLE_TUPLE = tuple(_DIVISION_HEAD_TITLES)  # for one str.endswith in C


#: What may follow a title that ends a person's mention, a division head's after the name (王明市长表示, 王明市长今天,
#: 王明市长在会上) or the title of people listed before 等 (等3名立委出席, 今天, 也, 在): jieba's tags of a verb, a word of
#: time, an adverb or a preposition; a noun (候选人) makes the title part of a longer word.
_AFTER_TITLE_TAGS = ("v", "t", "d", "p")


_VERBAL_NOUN = "vn"


#: What joins the last of a list of people to the others: 林丰正、吴敦义和朱立伦.
_LAST_JOINERS = frozenset("和与及")


#: A party's badge between the party and a title after 等 and a count (等2名民进党籍的立委), longest first.
_PARTY_BADGES = ("籍的", "籍")


#: A count of people between 等 and their title: 等8位副主席, 等三名委员.
_COUNT_OF_PEOPLE = re.compile(r"[\d一二三四五六七八九十两几数多]*[位名个]?")


#: A spokesperson's titles: a body's, but a bare one may open a clause of a sentence naming no body at all.
_SPOKESPERSON_TITLES = frozenset({"发言人", "新闻发言人"})


#: Words that may open a clause before a bare title and say the post is held now: 现任校长X.
_NOW_BEFORE_TITLE = ("现任", "新任", "时任")
#: Words of a post left that may open a clause before a bare title (roles102: 原总经理石志成, 前任总经理李克难).
_LEFT_BEFORE_TITLE = ("前任", "原", "前")
#: What may open the clause before such a word (而自原总经理石志成…离职以来: since he left); "" first.
_LEFT_OPENERS = ("", "而自", "而")


#: What ends a headline's title: 台证交所总经理：希望…
_HEADLINE_COLONS = ("：", ":")


def _titled_field(ctx: RelationContext, start: int, colon: int) -> bool:
    """Whether a title of its own (and a colon maybe) stands right before the name at ``start``, not the headline's
    whose colon is at ``colon``: 董庄学校校长：…；副校长：郑振英 (the headline's title is not his)."""
    at = start - (ctx.simplified[start - 1 : start] in _HEADLINE_COLONS)
    return at != colon and bool(ctx.lexicon.role_ending(ctx.simplified, at))


#: Words of acting that may stand between a joiner and the holder of the next post (部长暨代理行政院长).
_ACTING_BEFORE_HOLDER = ("代理", "署理")


#: Words that make another post of a title in a chain of posts, read past by the chain (董事、代理总经理; 副董事长、轮值
#: 董事长: a rotating chairman; 党委副书记、常务副局长: an executive deputy).
_CHAINED_QUALIFIERS = _ACTING_BEFORE_HOLDER + ("轮值", "常务")


#: A past post's mark between a list's 、 and the next holder (会长、原国家建设部副部长 X).
_FORMER_MARKS = frozenset("原前")


#: Quotation marks the press sets around a Taiwan body or title it does not recognise (台当局“新闻局长”苏俊宾).
_OPENING_QUOTES = "“「『"


def _roles_from(ctx: RelationContext, at: int) -> tuple[str, ...]:
    """The role words that may start at ``at`` (those opening with its letter), longest first."""
    return ctx.lexicon.roles_by_first.get(ctx.simplified[at:at + 1], ()) if at >= 0 else ()


def _roles_to(ctx: RelationContext, end: int) -> tuple[str, ...]:
    """The role words that may end at ``end`` (those closing with the letter before it), longest first."""
    return ctx.lexicon.roles_by_last.get(ctx.simplified[end - 1:end], ()) if end > 0 else ()


#: Titles a field of work may qualify: 投资总监, 市场总监, 产品经理, 技术主管.
_FIELD_TITLES = frozenset({"总监", "副总监", "经理", "主管"})


#: Fields of work written before such a title, as one title (机构投资总监, 固定收益总监, 项目总监); longest first.
_FIELDS = tuple(sorted((
    "机构投资", "权益投资", "固定收益", "投资", "研究", "市场", "技术", "财务", "销售", "运营", "营销", "产品", "风控",
    "风险管理", "合规", "人力资源", "行政", "创意", "艺术", "品牌", "战略", "信息", "业务", "客户", "渠道", "交易",
    "量化", "公关", "法务", "设计", "项目", "国际业务", "电子商务", "工程", "采购", "质量", "数据"), key=len, reverse=True))


def _fielded_title(ctx: RelationContext, end: int, found: tuple[str, ...]) -> str:
    """A title a field of work qualifies, ending at ``end`` (机构投资总监, 项目总监: :data:`_FIELDS`), as one title, so that
    a list of posts reads on before it (总经理助理、机构投资总监X) and the field is never taken for a body; "" when the
    field is part of a name (华夏投资|总监: an organisation ends where the title starts) or none is written."""
    simplified = ctx.simplified
    title = next((r for r in found if r in _FIELD_TITLES), "")
    if not title:
        return ""
    at = end - len(title)
    field = next((f for f in _FIELDS if simplified.endswith(f, 0, at)), "")
    if not field or at in ctx.org_ending_at or not _qualifier(ctx, at - len(field), at):
        return ""
    return field + title


#: Letters that make a title the chief one of its kind, written right before a title the table holds alone
#: (总参谋长, 总队长, 首席顾问, 首席投资总监, 执行总经理); 副 or 常务副 before them make the deputy's (副总参谋长).
_CHIEF_PREFIXES = ("首席", "执行", "总")


_DEPUTY_PREFIXES = ("常务副", "副")


def _ranked_title(ctx: RelationContext, at: int, title: str) -> str:
    """The title ``title`` (starting at ``at``) with the letters of rank written right before it, as one title
    (俄罗斯武装力量总参谋长 X: 总参谋长, not 参谋长; 绿城集团执行总经理 X: 执行总经理), a deputy's 副 before them
    too; "" when none is written or when the letters are part of something named."""
    simplified = ctx.simplified
    prefix = next((q for q in _CHIEF_PREFIXES if simplified.endswith(q, 0, at) and not title.startswith(q)), "")
    if not prefix or len(title) < 2:
        return ""  # (a longer title of the table written there is the longest candidate already)
    start = at - len(prefix)
    start -= len(next((q for q in _DEPUTY_PREFIXES if simplified.endswith(q, 0, start)), ""))
    first = bisect_left(ctx.mentions, at, key=_start_of)  # the mentions sort by start
    if any(start < m.end for m in ctx.mentions[:first]):
        return ""
    return simplified[start:at] + title


def _role_at(ctx: RelationContext, at: int) -> str | None:
    """The longest role word starting at ``at`` (role words are longest first), or ``None``."""
    return next((r for r in _roles_from(ctx, at) if ctx.simplified.startswith(r, at)), None)


@lru_cache(maxsize=4)  # a Lexicon hashes by identity
def _role_starts(lexicon: Lexicon) -> tuple[re.Pattern[str], frozenset[str]]:
    """Where a role word begins, the longest there as group 1 (every position tried: roles overlap), and the
    role words as a set."""
    roles = frozenset(lexicon.role_words)
    first = re.escape("".join(sorted({r[0] for r in roles if r})))  # one test of a letter rules most positions out
    return re.compile(f"(?=[{first}])(?=(" + longest_first(r for r in roles if r) + "))" if first else "(?!)"), roles


#: Words before a title that make another post of it, kept with the title however it was read (执行总编 is no 总编,
#: 名誉教授 no 教授, 常务董事 no 董事, 代理总经理 no 总经理, 台北市代理市长 no 市长, 候补委员 no 委员); 副 is the table's own
#: (副董事长).
_POST_QUALIFIERS = ("执行", "名誉", "荣誉", "常务", "首席", "代理", "署理", "候补", "特邀", "特聘", "客座", "轮值")


#: The mainland's one letter of acting before a division head's title (湖南省代省长, 深圳市代市长: a head the people's
#: congress has not elected yet), kept with the title as 代理 is (session 22).
_ACTING_HEAD = "代"


#: What joins the roles of a chain: 组长、党组书记; 总经理及副总裁; 副主席兼秘书长, 董事长暨执行长 (one holder's posts,
#: held together).
_CHAIN_JOINERS = frozenset("、和及与兼暨")


#: Past-tense links: 曾任, 历任; and leaving a post: 辞去, 卸下 (王明辞去万科集团董事长一职: a post held before), 不再担任,
#: 被免去 (王明被免去万科集团董事长职务); after a comma, 免去其 (陈党生同志任…，免去其安庆市第五中学校长职务: 其 the
#: clause's subject, :func:`_read_remote`).
_PAST_LINKS = frozenset({"曾任", "历任", "原任", "官至", "官拜", "辞去", "请辞", "卸下", "卸任", "辞任", "不再担任", "不再出任",
                         "不再兼任", "不再任", "被免去", "免去其"})


#: A date before the verb: 于1990年, 在2004年11月, 自2005年以来.
#: Or a reign's year in letters after 于/在, its year of the common era maybe in brackets: 于大和七年, 于成化十五年（1479年）,
#: 在开元十年三月.
_DATE = re.compile(r"(?:[于在](?![这那两几数多])[\u4e00-\u9fff]{2}年间|[于在自从]?\d{2,4}年代?|[于在自从]?[〇○零一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,3}月)?"
                   r"|[于在自从][\u4e00-\u9fff]{0,2}?(?:元|[一二三四五六七八九十廿]{1,4})年"
                   r"(?:[（(]\d{2,4}年[）)])?(?:[正一二三四五六七八九十]{1,3}月)?)"
                   r"(?:\d{1,2}月)?(?:\d{1,2}日)?(?:(?:[至到－-]|--|——)(?:\d{2,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?"
                   r"|[〇○零一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,3}月)?))?"
                   r"(?:期间|间|以来)?起?(?:至今)?")


#: The labels of an infobox's fields that hold a person's post, written label + colon after the name (林志明，现职：
#: 国立成功大学校长): True when the field lists posts held before.
_POST_FIELDS = {"现任职务": False, "现职": False, "现任": False, "职位": False, "职务": False, "官职": False,
                "职衔": False, "头衔": False, "曾任职务": True, "曾任": True, "历任": True, "前职": True}


#: One field of an infobox written out in a sentence: a label of two to four letters, a colon, its value up to a comma.
_FIELD = re.compile(r"(?P<label>[\u4e00-\u9fff]{2,4})[：:](?P<value>[^，,。；;：:（）()]{1,20})[，,]")


#: The most fields skipped before the one holding the post (黄仁杰，国籍：中华民国，出生：台北，职位：…).
_MAX_FIELDS = 3


def _post_field(simplified: str, at: int) -> tuple[int, bool] | None:
    """Where the value of an infobox's post field starts when the fields written after a name's comma at ``at`` hold
    one (:data:`_POST_FIELDS`, a few other fields maybe before it: 黄仁杰，国籍：中华民国，职位：台积电董事长), and whether
    it lists posts held before; or ``None``.

    >>> _post_field("现职：国立成功大学校长。", 0)
    (3, False)
    >>> _post_field("国籍：中华民国，职位：台积电董事长。", 0)
    (11, False)
    >>> _post_field("国籍：中华民国，出生于台北。", 0) is None
    True
    """
    for _ in range(_MAX_FIELDS + 1):
        label = re.match(r"[\u4e00-\u9fff]{2,4}(?=[：:])", simplified[at : at + 5])
        if label is None:
            return None
        if label.group() in _POST_FIELDS:
            return at + label.end() + 1, _POST_FIELDS[label.group()]
        field = _FIELD.match(simplified, at)
        if field is None:
            return None
        at = field.end()
    return None


def _title_ending_at(ctx: RelationContext, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a place or body maybe, then a title, and nothing else: 德国总统."""
    role = next((r for r in _roles_to(ctx, end) if ctx.simplified.endswith(r, start, end)), None)
    if role is None:
        return False
    b = end - len(role)
    return b == start or any(m.start == start and m.end == b and m.label is not Label.PERSON for m in ctx.mentions)


#: What after a title makes it an assistant's: 总经理助理, 财务总监助理.
_ASSISTANT = "助理"


#: The words of an assistant's post after a title, 助理 and Taiwan's 特助 (董事长特助: roles233).
_ASSISTANTS = ("特别助理", _ASSISTANT, "特助")


def _with_assistant(ctx: RelationContext, role: str, end: int) -> tuple[str, int]:
    """``role`` ending at ``end``, or the assistant's post when 助理 or 特助 follows it (总经理助理, 董事长特助: no
    总经理's, no 董事长's)."""
    word = next((w for w in _ASSISTANTS if ctx.simplified.startswith(w, end)), "")
    if word and not role.endswith(_ASSISTANTS):
        return role + word, end + len(word)
    return role, end


#: A résumé's field of the post: 职位：北京…有限公司董事长, 职务：董事长.
_POST_FIELD = re.compile(r"(?:现任职务|现职|职位|职务)[：:]")


#: A résumé's field label, where the value before it ends: 毕业院校：, 行业：.
_FIELD_LABEL = re.compile(r"[\u4e00-\u9fff]{2,4}[：:]")


#: A résumé's field of the employer, right before the post's: 公司：安信地板有限公司职务：董事长.
_EMPLOYER_FIELD = ("工作单位", "公司", "单位", "机构")


#: What ends a résumé field's value besides a clause break: a space, the next label's colon.
_VALUE_ENDS = frozenset(" \u3000：:")


#: The most letters of a post's value, and between a résumé's name and its post.
_MAX_FIELD_VALUE = 40


#: What makes a title before it the name of an office, no post: 总统府, 首相府, 总督府.
_OFFICE_HEADS = ("府",)


def _titles_ahead(ctx: RelationContext, start: int, most: int) -> Iterator[tuple[int, str]]:
    """Each position and role word in the letters after ``start``, two letters in to ``most`` letters on (the
    body's name before the title), up to a punctuation mark or a person's name."""
    simplified = ctx.simplified
    for p in range(start + 2, min(len(simplified), start + most + 1)):
        if not simplified[p - 1].isalnum() or p - 1 in ctx.person_starts:
            return
        role = _role_at(ctx, p)
        if role is not None and not simplified.startswith(_OFFICE_HEADS, p + len(role)):
            yield p, role  # not 总统府: an office


#: Verbs that give a person a post whose body the sentence named before: 由霍元甲出任总教习, 罗舜初为参谋长.
#: 接任 (takes over) and 当选 (is elected) give the post too: 嘉义县议会今天改选，由张文彬当选议长.
_BARE_POST_VERBS = ("担任", "出任", "就任", "兼任", "任", "为", "曾任", "历任", "接任", "当选为", "当选")


_BARE_POST_ADVERBS = ("将继续", "会继续", "继续", "仍", "又", "也", "再", "将", "则")  # 继续担任主席: kept (roles174)


#: The one of them that says a post is to be taken (…，王明将担任董事长: a plan, as :func:`_link_after` reads it).
_PLAN_ADVERB = "将"


#: An ordinal before a post, which names no body: 第33任, 第八届, 首任.
_ORDINAL = re.compile(r"(?:第[\d一二三四五六七八九十百零〇两]+[任届]|首任)")
