"""Roles: who holds which role in which organisation (HOLDS_ROLE).

* organisation + role words + person, chained by 、
  (平谷区城乡基层防控组组长、区政协党组书记、主席闫维洪 gives 组长 of the 防控组 and
  党组书记 and 主席 of 平谷区政协: :func:`read_roles`);
* person + 是/任/担任… or a comma + organisation + role word (王石是万科集团董事长;
  王石，万科集团董事长，), unless another person follows in the clause
  (王石，万科集团董事长郁亮: the role is 郁亮's): :func:`read_roles_after`.

A role a place's government holds (``roles.tsv`` marks it "place": 市长, 县长, 总统, 立委…)
takes a place as its holder when no organisation stands there: 深圳市市长覃伟中, 美国总统拜登;
the holder and the role may share a character (花莲县长 X: 县长 of 花莲县; 美国交通部长 X:
部长 of 美国交通部). 前 or 原 before the holder, and 曾任/历任, mark a past role (``former``).

Also read: 的 and a qualifier between holder and role (公司的国内市场总监 X); chains joined by 及/与,
a role with a place of its own left out (深圳分公司总经理及香港副总裁 X); after the name a parenthesis
and a comma before the verb (X（1950年-），曾任…), and the links 为, 以…身份 (身分), 身兼, 历任, 升任, 当选…; a
clause opening with a verb of appointment whose subject is the one person its sentence named before
(方毅回到家乡，出任…). Bodies no extractor named are derived (:meth:`RelationContext.derive_organisation`):
a unit whose character the role repeats, right after its organisation (国家发改委|中国小城镇试点处|处长),
and the government in a party-and-government chain (西藏自治区党委常委、政府常务副主席: 常务副主席 of
西藏自治区政府; 伊犁农垦局党委副书记、副局长: 副局长 of 伊犁农垦局; 深圳市委副书记、市长: 市长 of 深圳市).

Also: a body the recogniser read as a place (an uncoded guess ending like no place name: 華視總經理江霞);
a company's short form when the document names it in full (花旗首席执行官 … 花旗集团); a dateline's byline
(新浪房产讯（编辑张跃）); a place an organisation swallowed keeps its place role (國民黨台北市議員: 市议员 of
台北市); 了 after the verb and a unit the role repeats (担任了…处理小组组长); after several people, the subject
of the clause just before a verb of appointment (…时，胡济邦也到美国纽约，担任…). A place role after a
committee whose place is not written (市委常委、常务副市长) is read as no one's.

Round 3: a name no extractor found right after a title whose holder is written is a person (经济部次长林全能说:
a known surname, no known word, a verb of saying or punctuation after it); a body no extractor named is
derived from the title after it, at a clause's start or after the role before it in a list of posts
(宏源证券研究员杨国华表示, 经济部长 X, 副委员长、民建中央主席 X), unless it is a common word, a time or a verb
(国家主席, 现场主持人); a company's branch in a country (花旗中国执行副行长); a bare surname is the person the
document named in full (童兆阳…，童后来担任…); adverbs and a date before the verb (于1990年出任); a clause of
为 + organisation + role only (…，为中国中央电视台节目主持人。).

Round 4, the forms of biographies: a bare title whose body an earlier clause of the sentence named
(精武体操学校…开学，由霍元甲出任总教习; posts joined by 兼; people listed by 、: :func:`_read_bare_roles`);
在 + organisation + 担任 + title (胡安退役后在巴塞罗那俱乐部担任教练); a body no extractor named after a verb
of appointment, an ordinal before it skipped (弗朗丹任外交部长, 任第33任…署长); verb + holder + title + 的 +
person (担任财政部长的巴尔齐蒂斯: :func:`_read_role_then_person`); a post closing its clause whose holder is
the last organisation before it, 的 between (为信达澳银基金的副总经理); a body after 是 (是外交部长陆征祥);
a bare title after 和/、 sharing the holder of the role before it (外交部长陆征祥和次长曹汝霖); 日本驻华大使;
1961年起; 获擢升为; a Japanese family name for the full name before it (石原 after 石原慎太郎). A list of posts
stops at a title that is part of a longer one (基金经理助理). A paper named in 《》 holds the post after it
(曾任苏州《大华报》总经理, 《财经》杂志主编胡舒立; not a film's 导演); 在担任 is 担任 (在担任坎特伯里大主教前).

Round 5, holders only the title names (:func:`_holder_in_title`): a place or body no extractor named, read from
the letters before the title, a qualifier maybe between: a word jieba's dictionary knows as a place (ns, for a
title a place's government holds: 直隶总督, 苏联领导人, 中华民国首任正式大总统) or a body (nt), or letters ending
in a body's head (第三舰队司令, 陆军省次长, 明军将领), back to the clause's start, a function word, a name or a
word that names no body; not after a conjunction (研究与咨询部), no deixis, no continent (亚洲女王). Also: a name
the recogniser cut one letter short after a title (司长董祚|继称: :func:`_name_cut_short`); 担任过, 作为, 当选为;
posts after 兼 share the holder (…专员兼保安司令); X接替Y出任… is X's post, never Y's; a name in a parenthesis
after another is its aside (北洋大学堂（今天津大学）); 官至 (a past post), 被选为, 获选为, 晋升为, appointed by
someone named (获联合国秘书处聘任为…, 被国务院任命为…); a post closing a clause opened by a verb of
appointment, a year maybe before it (，1995年转任外交部长; ，转任…旗下的Frito-Lay公司的执行长); an ordinal between a
place and its title (美国第16任总统); the Qing viceroys' regions (湖广总督); a name no extractor found after a
title, before a verb (总经理王小明带领…).

Round 6, Hong Kong, Taiwan and wire news: a dateline's byline, the agency before the dateline's places and
date, a space maybe after the title, the colleagues listed after the first (新华网莫斯科5月29日电(记者 卢敬利),
…电(记者刘洋 张亚晨): :func:`_dateline_source`, :func:`_byline_colleagues`); a title or body the press sets in
quotation marks (台当局“新闻局长”苏俊宾, “疾病管制局副局长”林顶, 前“卫生署长”…: former); 前/原 between a body and
its title marks former (万科集团前董事长); a body no extractor named that opens with its place (香港信诚国际执行董事),
after an opening adverb (后来国美电器前主席), cut at its head before a qualifier with no head of its own
(华夏基金|固定收益总监, not 招商基金|产品部), never ending in a word of quality (戛纳电影节最佳导演: an award); a date,
a verb, a noun or an adverb of the dictionary after the name ends it (商务部长陈德铭21日出席, 苏俊宾证实);
国务委员 is a country's post (中国国务委员戴秉国); 监制 (TVB综艺节目监制钱国伟).

Round 7, news read across a list, a clause or a sentence: every person listed after a title holds it (副主席江丙坤、
林丰正和吴敦义; a single 和 joins two people, one title: :func:`_listed_after_title`); people listed before 等 and
their title (…朱立伦与黄敏惠等8位副主席, 等3位国民党副主席); a bare title opening its clause takes the one body an
earlier clause of its sentence named, or, when the sentence names none, the one organisation of the sentence
before (:func:`_context_body`; never a reporter's, a lawyer's or such a title free of bodies, never a body another
person stands after); a headline's title and colon name the one person of its paragraph (台证交所总经理：…许仁寿:
:func:`_headline_roles`); a dateline's date with no 电 before the byline (人民网台北5月21日（记者 X）); a one-letter
organisation holds no role (罗马尼亚参|议长: 参议长 and 众议长 are a country's); a span the recogniser ran on from a
name into the next word's first letter names no one there: the name within holds the roles (杰瓦讷表|示, 金琦已|出任,
陈竺率|代表团: :func:`_glued_to_next_word`).

Round 8, the forms of appointments and of Wikipedia prose: an envoy is the sending state's (英国驻华大使; a bare 驻华大使
is no one's: :func:`_sending`); a dateline's city no extractor knows (新华网意大利|拉奎拉…电) and colleagues after a
spaced title (记者 刘东凯 王星桥); a body appointing someone to a bare title (国泰基金聘任X为公司副总经理: :func:`_read_appointed`);
title + 由 + person + 担任 (:func:`_read_filled_by`; 由原 read as a name holds nothing); 在 + body + 担任 + title
(:func:`_read_serving_at`); 接任 + a post, 继X之后, a date before 接替, 自…起; adverbs of state and times before the link
(目前是, 曾两度出任); 是 + a named body + 的 + a post, 之一 or 一职 after it; bare titles after 、 in a list of posts
(历任万科集团总经理、董事长); 前, an ordinal or a place's 的 between holder and title (是美国前总统, 为美国第44任总统,
是英国的首相); an apposition after a short description of the person (王明，香港商人，万科集团主席) and its posts after 兼.

Round 9, Traditional Wikipedia prose: fiefs, a name's title before it in the recogniser's span or not (汝南王司马亮,
燕王朱棣, 淮南|王刘安) and granted (封沛侯刘濞为吴王: :func:`_read_fiefs`); a dynasty and a general's title (明将李成梁,
汉朝名将班超: :func:`_read_generals`); a dynasty as the state holding a ruler's or minister's title (宋朝宰相, 唐朝第十代皇帝,
是唐朝的第十位皇帝, 是埃及第四王朝的第一位法老: :func:`_dynasty_ending_at`); a reign between the link and the body only
dates the post (为嘉庆朝刑部员外郎，道光朝直隶总督; 官至明朝河南省布政使); an army's rank as its post, a qualifier
between a body and its post (中国人民解放军中将孔从周; 陆军总司令部中将副总司令); a Qing viceroy's region as written
(两江总督, not 两江新区); a party's 籍 (民进党籍立委; 民进党籍台北市议员: the place's seat); 官拜, 荣任, 膺选为, 接掌,
被推选为, 曾经, a decade (于1950年代任); a title before 府 names an office and holds no one (总统府资政).

Round 12, biographies and résumés: 他/她 opening a clause stands for the one person its sentence, or the nearest
sentence before (two back at most), named, never inside a quotation; a surname and 先生/女士/小姐 for the one person
of that surname named in full before (:func:`_pronoun_subjects`); an honorific or a colon between the name and its
verb or apposition (杨帆先生曾任…, 龚建平：曾任…); more verbs and adverbs opening a clause whose subject is the
sentence's (，1985年获委任为…, ，及后出任…, ，正式成为了…, ，到1990年因为…); 时任, 当时, 长期; 曾 before a date, 期间
and 至今 after one; a clause of posts only after a sentence its one person opens (闵勇：男，…，清华大学教授、博士生导师);
a bare post after a clause that joins a body (加入谷歌公司，出任副总裁); bare titles in lists (教授、副校长及校长; a
list opening with one: 曾任立法委员、内政部长), a place's title after a body named with its place (上海市财政局局长、
副市长: 上海市's), a title after a party committee's the body's it leads; 助理 after a title (总经理助理: an
assistant's post, no 总经理's); 之 for 的; an ordinal between the verb and the body (为第一任…); a ministry named after
its government (国民政府财政部长); 一职由…担任; a clause of time made of a post before its subject (在担任…期间，X…:
:func:`_read_post_before_subject`). Hong Kong and Taiwan news: a name in 「」 after its title; Taiwan's cities by a
letter and 市 or 县 (北市长: 台北市; 竹县长: 新竹县; :func:`_city_short_form`); a paper's credit in brackets before a reporter (（星岛日报报道）记者…,
【明报专讯】记者…: :func:`_credit_source`).

Round 13, news bylines, funds and résumés: a press byline's lead between an outlet and its reporter (新快报(微博)讯 驻京记者 X,
投资者报 (记者 X): :func:`_press_source`), a space after the title of a paper the table lists as media (新快报记者 刘嫣 贺雅佳/文
龚吉林/图); a bare 公司 after 由 or before 的 for the one company named before; holder + title + 为/是 + the person closing
the clause (:func:`_read_post_is`); a field of work inside a title (机构投资总监, 项目总监: :func:`_fielded_title`); a fund
as its manager's holder (:func:`_fund_holder`); 原 before a list of posts marks them all past; a résumé's post field
(:func:`_read_resume_fields`); 这位 + body + title for the one person named before (:func:`_read_demonstrative_posts`); a
short description listed last before a name (教授、国际问题专家X: :func:`_listed_description_start`).

Round 14, press bylines the forms above leave unread (an outlet glued to the headline, after a mark or a city's paper;
spaced names; a byline closing the article for the opening dateline's outlet): :mod:`zhkg.relate.press`; a fund's
name after a quotation's close or the 的 of a clause describing it, up to 16 letters (:func:`_fund_holder`).

Round 16, heads of bodies written bare and words of kind: :mod:`zhkg.relate.roles_implied` (董事长沈法初, 现任校长为…, 俞敏洪任
董事长: the one body of the title's kind named before; 学校校长：史振起; 集团公司, 校董会, 俱乐部 as a holder: the body of that
kind); a life step before the verb (林秀怡毕业后成为…, 于…毕业后出任…); 历史上 and a first's rank between a body and its title
(哈佛大学历史上的第一位女校长).

Round 16b, caption layouts: :mod:`zhkg.relate.roles_captions` (lists written name, space, body and title, one entry after
another: the title before a name is the previous entry's; body, space, titles, space, name; a title two bodies share when
the text says both, A、B两家公司的董事长).

Round 18, from CLUENER's ``position`` labels (``bench/roles_cluener.py``): letters of rank before a title the table
holds alone are the title's (总参谋长, 执行总经理, 首席顾问; 副 before them: 副总参谋长: :func:`_ranked_title`); a
department between a body and the title before a name is in the title (招商银行现金管理部总经理 X: the bank's
现金管理部总经理, as :func:`_department_title` reads it after a verb; not 全部, 内部: :func:`_department_before`); a list
of posts reads on past 、原 (会长、原国家建设部副部长 X); a span the recogniser ran on into a verb of saying or a
photo's credit after a title (总监孙南|介绍, 记者陈雷柱|图: :func:`_run_into_saying`); consuls are the sending state's
also where the recogniser read 美国驻上海 as one body; a company's region (汇丰集团中国区); a legal form alone
(有限公司) holds nothing.

Round 22: a word of acting stays with the title wherever it is written (台北市代理市长, 代理新北市长, 湖南省代省长, 署理财政司
司长: :func:`_keep_qualifiers`), and a chain of posts reads on past it; posts kept (连任, 续任, 留任, 继续担任, 仍将担任) and won
(高票当选); 将/把 + the one appointed + 任命为 (:func:`_disposed_to`), and a word of the future before the appointer's verb
a plan (:func:`_appointed_in_future`); an apposition with 的 (:func:`_apposed_post_of`) or in brackets after the name
(:func:`_read_bracketed_posts`); a portal's aside with a comma between a body and its title; 民进党籍的立委.

Session 24 (wiki25), biographies' chains of clauses (:func:`_read_remote`): a bare title after a comma is the post of the
body the clause before gave the same person a post in, or joined, founded or worked at (1950年任华强集团副总经理，1955年
升任总经理，1960年出任董事长; 加入华强集团，历任总经理、董事长; 创立新亚书院，出任首任院长; 在华强集团工作了二十年，历任…:
:func:`_bare_posts_of`), a place's or government's title only as a step up (副市长，后任市长; not 董事长，后任市长); an
anaphor opening the post (，并长期担任该公司董事长); adverbs of state before the verb (同时, 长期, 一直, 目前) and 升至,
擢升至 as verbs of appointment there (，后擢升至陆军军需总监); 也是, 亦是 and
是 + body + 的 + title (，也是华强集团的董事长; ，是华强集团创办人之一); a person the object of a verb before a comma is no
subject of the clause after it (马英九击败陈水扁，当选台北市长: not 陈水扁's, :func:`_object_of_verb`). Also 宣布/表明 (将) 辞去 (a past post:
:func:`_announced_leaving`), an apposition ending in 之一, 均为/同为 after a list of people, a body's English name in
brackets before its title (华强集团（Huaqiang Group）董事长张伟), 曾 before 接替 (a past post), a reign's years as a date
(白冠玉曾于同治年间接替章倬标任兴化府知府一职) and 由 + a successor + 接任 after that post (，同治九年（1870年）由林庆贻接任:
:func:`_successors`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import chain

from zhkg.extract.names_with_he import he_ends_name
from zhkg.extract.organisations import OUTLET_ENDINGS, STOCK_CODE
from zhkg.extract.role_frames import dates_a_day
from zhkg.records import Label, Mention, MentionSource, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, DERIVED, RelationContext
from zhkg.relate.press import read_press_roles
from zhkg.relate.role_bodies import drop_cut_bodies
from zhkg.relate.roles_captions import drop_list_misreads, read_caption_lists, read_shared_titles
from zhkg.relate.roles_founders import read_founders
from zhkg.relate.roles_implied import (
    LEGISLATOR_TITLES,
    drop_misplaced_legislators,
    legislature_of,
    other_kind,
    read_implied_bodies,
    resolve_generic_holders,
)
from zhkg.relate.roles_resume import drop_department_holders, resume_subjects
from zhkg.relate.roles_wiki import place_heads_in_party_chain, read_wiki_roles
from zhkg.resources.gazetteer import load_gazetteer
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.resolve import entity_id, leading
from zhkg.text import CLAUSE_BREAKS, Span, SpanIndex, first_at, first_ending, is_han, longest_first, sentence_at

__all__ = ['read_roles', 'read_roles_after']


#: Titles 国家 before them makes the state's: 国家主席, 国家副主席 (China's head of state and deputy).
_STATE_TITLES = frozenset({"主席", "副主席"})


def _holder(ctx: RelationContext, p: int, role: str) -> Mention | None:
    """The organisation whose name ends at ``p``, where ``role`` begins, or (for a role a place's
    government holds) the place; also when the two share a character: 花莲县长, 美国交通部长; or an
    organisation a few characters before, when they only qualify the role (花旗中国执行副行长, 首任校长)."""
    if role in _STATE_TITLES and ctx.simplified.endswith("国家", 0, p):
        # 国家主席, 国家副主席: the state's, China's unless a country is written before (越南国家主席)
        return ctx.place_ending_at.get(p - 2) or ctx.derive_mention(p - 2, p, Label.PLACE, "中国", "CN")
    tables = [ctx.org_ending_at]
    if role in ctx.lexicon.place_roles:
        tables.append(ctx.place_ending_at)
    found = [_ending_at(table, p) for table in tables]
    found = [None if h is not None and (h.simplified in _CONTINENTS
                                         or (h.label is Label.ORGANIZATION and h.end - h.start < 2)) else h
             for h in found]  # 亚洲女王: a nickname; one letter names no body (罗马尼亚参|议长), a place may (俄总理)
    found = [None if h is not None and _cut_across_quote(ctx, h, p + len(role)) else h for h in found]  # 台湾“卫生署|长”
    if len(found) == 2 and found[0] is not None and found[1] is not None and found[0].start < found[1].start \
            and found[0].end == found[1].end:
        if ctx.simplified.endswith("驻", 0, found[1].start):
            return _sending(ctx, found[1].start - 1)  # 美国驻上海|总领事, the recogniser's 美国驻上海 over the place
        return found[1]  # an organisation that swallowed the place: 国民党台北市议员 (市议员 of 台北市)
    holder = next((h for h in found if h is not None), None)
    holder = _party_of_member(ctx, _historic_region(ctx, holder))
    if holder is not None and role in _DIVISION_HEAD_TITLES and holder.label is Label.ORGANIZATION \
            and holder.name.endswith("党"):
        holder = None  # 国民党县长X: a party names the head's side, never the division he heads
    if holder is not None and ctx.simplified.endswith("驻", 0, holder.start):
        return _sending(ctx, holder.start - 1)  # 英国驻华大使: 华 says where the envoy is, not whose
    if holder is not None:
        return holder
    if role in ctx.lexicon.place_roles:  # 台北市代理市长, 香港署理行政长官: a word of acting or of time between
        qualifier = next((q for q in _PLACE_ROLE_QUALIFIERS if ctx.simplified.endswith(q, 0, p)
                          and (q not in _FORMER_BETWEEN or role not in _DIVISION_HEAD_TITLES)), "")
        place = ctx.place_ending_at.get(p - len(qualifier)) if qualifier else None
        if place is not None and place.simplified not in _CONTINENTS:
            return place
        city = _city_short_form(ctx, p, role)
        if city is not None:  # 北市长柯文哲, 高市副市长
            return city
    first = _IN_HISTORY.search(ctx.simplified, max(p - _MAX_IN_HISTORY, 0), p) if "史上" in ctx.simplified else None
    if first is not None:  # 是哈佛大学历史上的第一位女校长, 美国历史上第一位黑人总统
        holder = ctx.org_ending_at.get(first.start()) \
            or (ctx.place_ending_at.get(first.start()) if role in ctx.lexicon.place_roles else None)
        if holder is not None and holder.simplified not in _CONTINENTS:
            return holder
    ordinal = _ORDINAL_BEFORE.search(ctx.simplified, max(p - 8, 0), p)
    if ordinal is not None and role in ctx.lexicon.place_roles:  # 美国第16任总统林肯
        holder = ctx.place_ending_at.get(ordinal.start()) or ctx.org_ending_at.get(ordinal.start())
        if holder is not None and holder.simplified not in _CONTINENTS:
            return holder
    if role not in ctx.lexicon.place_roles and (place := ctx.place_ending_at.get(p)) is not None \
            and (_body_read_as_place(ctx, place) or _historic_state(place)):
        return ctx.derive_organisation(place.start, place.end)
    short = _short_form_ending_at(ctx, p) or _anaphor_ending_at(ctx, p)
    if short is not None:
        return short
    byline = _dateline_source(ctx, p) or (_credit_source(ctx, p) or _press_source(ctx, p)
                                          if role in _CREDITED_ROLES else None)
    if byline is not None:  # a dateline's byline: 新浪房产讯（编辑张跃）, 新华社北京7月2日电 (记者雷敏)
        return byline
    for gap in range(1, _MAX_QUALIFIER + 1):
        holder = ctx.org_ending_at.get(p - gap)
        if holder is not None and _qualifier(ctx, p - gap, p) and not _army_unit_role(ctx, p, role):
            return holder  # (国民革命军|第十八军|军长: the numbered unit's head, :func:`_unit`)
    if role not in ctx.lexicon.place_roles:  # a company's branch in a country or region: 花旗中国执行副行长
        for gap in range(0, _MAX_QUALIFIER + 1):
            # 区 after the place: a company's region (汇丰集团中国区首席经济学家)
            place = ctx.place_ending_at.get(p - gap)
            region = place is None and ctx.simplified[p - gap - 1 : p - gap] == "区"
            place = ctx.place_ending_at.get(p - gap - 1) if region else place
            company = ctx.org_ending_at.get(place.start) if place is not None else None
            if company is not None and (gap == 0 or ctx.simplified[p - gap : p] in _ROLE_QUALIFIERS):
                return ctx.derive_organisation(company.start, place.end + region)
    head = next((h for h in _TITLE_HEADS if ctx.simplified.endswith("》" + h, 0, p)), "")
    if ctx.simplified[p - len(head) - 1 : p - len(head)] == "》" and role not in ctx.lexicon.place_roles:
        opening = ctx.simplified.rfind("《", max(p - 16, 0), p)
        found = _title_body(ctx, opening, closing=False) if opening >= 0 else None
        if found is not None and found[2] == p + len(role):
            return found[0]  # 《财经》杂志主编胡舒立
    # 的 between them, and maybe a qualifier: 北京澳际教育咨询有限公司的国内市场总监
    for gap in range(0, _MAX_QUALIFIER + 1):
        q = p - gap
        if q > 0 and ctx.simplified[q - 1] == "的" and (gap == 0 or _qualifier(ctx, q, p)):
            holder = ctx.org_ending_at.get(q - 1) or (_anaphor_ending_at(ctx, q - 1) if gap == 0 else None)
            if holder is None and gap == 0 and ctx.simplified.endswith(_PARTY_MEMBERSHIP, 0, q - 1):
                party = ctx.org_ending_at.get(q - 1 - len(_PARTY_MEMBERSHIP))  # 民进党籍的立委: as 民进党籍立委
                holder = party if party is not None and party.simplified.endswith("党") else None
            if holder is not None:  # 公司的总经理: the company named before
                return holder
    return _holder_before_aside(ctx, p, role)


#: A party's membership after its name, before 的 and a title: 民进党籍的立委 X.
_PARTY_MEMBERSHIP = "籍"


#: Taiwan's cities and counties by the one letter the press writes before 市 or 县 for them (北市长柯文哲, 北市副市长,
#: 高市议员, 竹县长).
_TAIWAN_SHORT_FORMS = {
    "市": {"北": "台北市", "高": "高雄市", "中": "台中市", "南": "台南市", "桃": "桃园市", "竹": "新竹市", "嘉": "嘉义市",
          "基": "基隆市"},
    "县": {"竹": "新竹县", "苗": "苗栗县", "彰": "彰化县", "投": "南投县", "嘉": "嘉义县", "屏": "屏东县"},
}  # not 云县 or 花县: counties of Yunnan and (once) Guangdong are so named


def _city_short_form(ctx: RelationContext, p: int, role: str) -> Mention | None:
    """The Taiwan city or county a letter and 市 or 县 name before a place's ``role`` starting at ``p`` (北市长: 市长
    of 台北市, the 市 shared; 北市副市长; 竹县长: 新竹县), derived with its code; ``None`` when the letter ends a longer
    word (新北市长 is 新北市's)."""
    simplified = ctx.simplified
    kind = simplified[p - 1 : p] if simplified[p - 1 : p] in _TAIWAN_SHORT_FORMS else ""
    if kind:
        letter, end = p - 2, p
    elif role[:1] in _TAIWAN_SHORT_FORMS:
        kind, letter, end = role[0], p - 1, p + 1
    else:
        return None
    name = _TAIWAN_SHORT_FORMS[kind].get(simplified[letter]) if letter >= 0 else None
    if name is None or (letter > 0 and is_han(simplified[letter - 1]) and simplified[letter - 1] not in _BODY_LEFT_EDGE):
        return None
    divisions = load_gazetteer().lookup(name)
    return ctx.derive_mention(letter, end, Label.PLACE, name, divisions[0].code if len(divisions) == 1 else "")


#: The longest aside in brackets between a body and its title: 五合國際(五合國際博客)的總經理.
_MAX_BODY_ASIDE = 12
#: What ends a clause inside such an aside: a comma may list its items (亿城集团(企业专区,旗下楼盘)董事长, the links a
#: portal sets after a company's name).
_ASIDE_BREAK = re.compile("[；;。！？!?：:\n]")


#: A body's name in Latin letters in brackets after its Chinese name, as encyclopaedias write it, a language's label
#: maybe first: （Uhler-Phillips_Company）, （英语：Huaqiang Group）.
_LATIN_NAME_ASIDE = re.compile(r"[（(](?:(?:英语|英文|德语|法语|日语)[：:])?[A-Za-z][A-Za-z0-9 _.,'’&\-]{1,60}[）)]$")
_MAX_LATIN_ASIDE = 72


def _person_starts_between(ctx: RelationContext, lo: int, hi: int) -> bool:
    """Whether a person of the context's mentions starts after ``lo`` and before ``hi``."""
    starts = ctx.starts(Label.PERSON)
    i = bisect_right(starts, lo)
    return i < len(starts) and starts[i] < hi


def _holder_before_aside(ctx: RelationContext, p: int, role: str) -> Mention | None:
    """The body right before an aside in brackets, 的 or 前/原 maybe after it, that ends where ``role`` begins at
    ``p`` (五合國際(五合國際博客)的總經理鄒毅, 清华大学(微博)原校长, 亿城集团(企业专区,旗下楼盘)董事长: a web page's links the press
    adds after a name); none when a person is named in the aside or the aside holds a clause break other than a comma."""
    simplified = ctx.simplified
    former = next((w for w in _FORMER_BETWEEN if simplified.endswith(w, 0, p)), "")
    close = p - 1 if simplified[p - 1 : p] == "的" else p - len(former)  # 北京外国语大学(微博)原校长: a past post
    if simplified[close - 1 : close] not in (")", "）"):
        return None
    latin = _LATIN_NAME_ASIDE.search(simplified, max(close - _MAX_LATIN_ASIDE, 0), close)
    if latin is not None:  # 尤勒-菲利普斯公司（Uhler-Phillips Company）所有者: the body's own name in English
        opening = latin.start()
    else:
        opening = max(simplified.rfind("(", max(close - 1 - _MAX_BODY_ASIDE, 0), close - 1),
                      simplified.rfind("（", max(close - 1 - _MAX_BODY_ASIDE, 0), close - 1))
    if opening <= 0 or (latin is None and _ASIDE_BREAK.search(simplified, opening + 1, close - 1)) \
            or _person_starts_between(ctx, opening, close):
        return None
    holder = ctx.org_ending_at.get(opening)
    if holder is None and role in ctx.lexicon.place_roles:
        holder = ctx.place_ending_at.get(opening)
    return holder


def _historic_region(ctx: RelationContext, holder: Mention | None) -> Mention | None:
    """A Qing viceroy's region as written (两江总督: 两江) when resolution gave the place the name of a place of
    today (两江新区); any other holder as it is."""
    if holder is not None and holder.label is Label.PLACE and holder.simplified in _HISTORIC_REGIONS \
            and holder.name != holder.simplified:
        return ctx.derive_mention(holder.start, holder.end, Label.PLACE)
    return holder


def _party_of_member(ctx: RelationContext, holder: Mention | None) -> Mention | None:
    """The party of a name the recogniser ran on over 籍 (民进党籍立委: 立委 of 民进党), any other holder as it is."""
    if holder is not None and holder.label is Label.ORGANIZATION and holder.simplified.endswith("党籍") \
            and holder.end - holder.start > 2:
        return ctx.derive_organisation(holder.start, holder.end - 1)
    return holder


def _sending(ctx: RelationContext, at: int) -> Mention | None:
    """The state or body an envoy stationed somewhere serves, its name ending at ``at`` where 驻 (or 常驻) begins
    (英国驻华大使, 中国常驻联合国代表), or ``None`` when the text names none (驻华大使 is no post of China's)."""
    at -= ctx.simplified.endswith("常", 0, at)
    return ctx.place_ending_at.get(at) or ctx.org_ending_at.get(at)


#: An ordinal between a holder and its title: 美国第44任总统, 中华民国首任总统.
_ORDINAL_BETWEEN = re.compile(r"第[\d一二三四五六七八九十百零〇两]+[任届位]|首任|首位")
#: An ordinal right before a title: 第16任, 第八届, 首任.
_ORDINAL_BEFORE = re.compile(r"(?:第[\d一二三四五六七八九十百零〇两]+[任届位代]|首任|首位)$")
#: 历史上 and the rank of a first between a body and its title: 哈佛大学历史上的第一位女校长, 美国史上首位黑人总统.
_IN_HISTORY = re.compile(r"(?:历史上|史上)的?(?:第[\d一二三四五六七八九十百零〇两]+[任届位代个名]|首位|首任|最年轻的?|最年长的?)?"
                         r"(?:女性|女|华人|华裔|黑人|非裔|亚裔)?$")
_MAX_IN_HISTORY = 14
_HISTORY = ("历史上", "史上")
_IN_HISTORY_AT = re.compile(_IN_HISTORY.pattern[:-1])
#: Continents hold no one's office: 亚洲女王, 欧洲领导人 (of no one state).
_CONTINENTS = frozenset({"亚洲", "欧洲", "非洲", "美洲", "北美洲", "南美洲", "拉丁美洲", "大洋洲", "南极洲"})


#: A dateline's end before its byline's bracket: 新浪房产讯（, 新华社北京7月2日电 (, 中广网北京7月20日消息（; or
#: its date alone, no 电 after it (人民网台北5月21日（记者 X）).
_DATELINE_END = re.compile(r"(?:电|讯|消息|(?<=月)[\d〇零一二三四五六七八九十]{1,3}日)[ \u3000]*[（(][ \u3000]*$")
#: What a dateline holds between its agency and 电: a date, in figures or in words (五月二十日), and spaces.
_DATELINE_DATE = frozenset("0123456789〇零一二三四五六七八九十年月日 \u3000")


#: The most letters of a dateline's city no extractor named, after a place one did (意大利|拉奎拉).
_MAX_UNKNOWN_CITY = 4


def _dateline_source(ctx: RelationContext, p: int) -> Mention | None:
    """The agency of a dateline whose byline's bracket opens right before ``p``: the organisation before
    the places and the date (新华网俄罗斯叶卡捷琳堡5月18日电(记者刘洋: 记者 of 新华网; 新浪房产讯（编辑张跃）)."""
    simplified = ctx.simplified
    end = _DATELINE_END.search(simplified, max(p - 12, 0), p)
    if end is None:
        return None
    j = end.start()
    while True:
        while j > 0 and simplified[j - 1] in _DATELINE_DATE:
            j -= 1
        agency = ctx.org_ending_at.get(j)
        city = ctx.place_ending_at.get(agency.start) if agency is not None else None
        if city is not None and agency.simplified.endswith("报") and len(agency.simplified) <= 3:
            return ctx.derive_organisation(city.start, agency.end)  # a city's paper the extractors split: 北京|考试报讯
        if agency is not None:
            k = j  # a name the extractors ran on over the dateline's places: 新华网|俄罗斯叶卡捷琳堡
            while (place := ctx.place_ending_at.get(k)) is not None and agency.start < place.start < k:
                k = place.start
            return agency if k == j or k - agency.start < 2 else ctx.derive_organisation(agency.start, k)
        place = ctx.place_ending_at.get(j)
        if place is None and j > 0:  # a city no extractor knows after its country: 新华网意大利|拉奎拉7月8日电
            place = next((ctx.place_ending_at[k] for k in range(j - 2, max(j - 1 - _MAX_UNKNOWN_CITY, 0), -1)
                          if k in ctx.place_ending_at and simplified[k:j].isalpha()
                          and ctx.place_ending_at[k].label is Label.PLACE), None)
        if place is None or place.start >= j:
            return None
        j = place.start


#: A paper's credit in brackets before a reporter's byline, as Hong Kong papers print it: （星岛日报报道）记者王明,
#: 【明报专讯】记者王明.
_CREDIT = re.compile(r"[【（(\[](?P<paper>[^【】（）()\[\]\s]{2,12}?)(?:报道|专讯|讯|消息)[】）)\]][ \u3000]*$")
_CREDITED_ROLES = frozenset({"记者", "特约记者", "见习记者", "摄影记者", "通讯员"})


def _credit_source(ctx: RelationContext, p: int) -> Mention | None:
    """The paper a bracketed credit right before ``p`` names (（星岛日报报道）记者王明: 记者 of 星岛日报), when an
    extractor named it whole there; else ``None``."""
    found = _CREDIT.search(ctx.simplified, max(p - 20, 0), p)
    if found is None:
        return None
    paper = ctx.org_starting_at.get(found.start("paper"))
    return paper if paper is not None and paper.end == found.end("paper") else None


#: A press byline's lead between an outlet and its reporter's title: an aside in brackets (新快报(微博)), 讯 and spaces
#: (新快报讯 驻京记者 X), a station (驻京, 驻沪, 驻美), or a bracket the byline opens (投资者报 (记者 X)).
_PRESS_LEAD = re.compile(r"(?:[（(][^（）()\s]{1,6}[）)])?(?:(?:讯|报道)?[ \u3000]*(?:驻[\u4e00-\u9fff]{1,3})?"
                         r"|[ \u3000]*[（(][ \u3000]*)$")
#: The most letters of a byline's lead: an aside of six, 讯, spaces and a station.
_MAX_PRESS_LEAD = 14


def _press_source(ctx: RelationContext, p: int) -> Mention | None:
    """The outlet of a reporter whose title starts at ``p`` after a press byline's lead (:data:`_PRESS_LEAD`): a paper,
    site or station named right before it, listed as media in ``organisations_known.tsv`` or ending like one
    (新快报(微博)讯 驻京记者 X, 投资者报 (记者 X): 记者 of the paper); ``None`` otherwise (a company's 记者 is none)."""
    lead = _PRESS_LEAD.search(ctx.simplified, max(p - _MAX_PRESS_LEAD, 0), p)
    if lead is None or lead.start() == p:
        return None  # the outlet right before its title is any holder's case (环球时报记者X)
    outlet = ctx.org_ending_at.get(lead.start())
    return outlet if outlet is not None and _outlet(ctx, outlet) else None


def _outlet(ctx: RelationContext, m: Mention) -> bool:
    """Whether the organisation ``m`` is a paper, site or station: media in ``organisations_known.tsv`` or a name
    ending like one (:data:`zhkg.extract.organisations.OUTLET_ENDINGS`)."""
    known = ctx.lexicon.known_organisations.get(m.simplified, ("",))[0]
    return known == "media" or m.name.endswith(OUTLET_ENDINGS)


def _open_quote(name: str) -> bool:
    """Whether a name opens a quotation it does not close (台湾“卫生署 of 台湾“卫生署长”): a name cut across a
    title the press set in quotation marks, no body's name."""
    return sum(name.count(q) for q in _OPENING_QUOTES) != sum(name.count(q) for q in _CLOSING_QUOTES)


def _cut_across_quote(ctx: RelationContext, holder: Mention, end: int) -> bool:
    """Whether ``holder`` opens a quotation that closes right after the title ending at ``end``: the
    extractors cut a quoted title (台湾“卫生署|长”), no body's name (瑞典“Kaupthing中国基金经理, never closed, is one)."""
    return _open_quote(holder.simplified) and ctx.simplified[end : end + 1] in tuple(_CLOSING_QUOTES)


def _ending_at(table: dict[int, Mention], p: int) -> Mention | None:
    """The mention of ``table`` ending at ``p``, or sharing its last character with what starts there (花莲县长)."""
    holder = table.get(p)
    if holder is None:
        fused = table.get(p + 1)  # the holder's last character is the role's first
        holder = fused if fused is not None and fused.start < p else None
    return holder


#: Generic heads a company's short form drops: 花旗集团 -> 花旗, 万科企业股份有限公司 -> 万科企业.
_SHORT_FORM_HEADS = ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团", "公司", "银行", "控股")


def _short_form_ending_at(ctx: RelationContext, p: int) -> Mention | None:
    """A company the document names in full, written here without its generic head, right before a role
    (花旗首席执行官潘迪特 … 花旗集团: 首席执行官 of 花旗集团): a mention derived with the full name, so both are
    one entity. The short form opens a clause or the text and no extractor named anything in it."""
    simplified = ctx.simplified
    by_short, lengths = _short_forms(ctx)
    # the organisations whose short form is written right before p, in their order
    found = sorted(chain.from_iterable(by_short.get(simplified[p - n : p], ()) for n in lengths if n <= p))
    for _, org in found:
        start = p - (len(org.name) - len(next(h for h in _SHORT_FORM_HEADS if org.name.endswith(h))))
        if org.start == start:
            continue
        if (start > 0 and simplified[start - 1].isalnum()) or any(m.start < p and start < m.end for m in ctx.mentions):
            continue
        return ctx.derive_organisation(start, p, canonical=org.name)
    return None


def _short_forms(ctx: RelationContext) -> tuple[dict[str, list[tuple[int, Mention]]], tuple[int, ...]]:
    """Each short form of two letters or more (an organisation's name less its first generic head of
    :data:`_SHORT_FORM_HEADS`: 花旗 of 花旗集团) with (the organisation's place among them, the organisation) of those
    it is the short form of, and the forms' lengths; worked out once while the mentions stay the same list."""
    found = ctx.short_forms
    if found is None or found[0] is not ctx.mentions:
        by_short: dict[str, list[tuple[int, Mention]]] = {}
        for i, org in enumerate(ctx.of(Label.ORGANIZATION)):
            head = next((h for h in _SHORT_FORM_HEADS if org.name.endswith(h)), "")
            short = org.name[: len(org.name) - len(head)]
            if head and len(short) >= 2:
                by_short.setdefault(short, []).append((i, org))
        found = ctx.short_forms = (ctx.mentions, by_short, tuple(sorted({len(s) for s in by_short})))
    return found[1], found[2]


#: A company's own words for itself opening a clause, standing for the company named last before them (腾讯控股…。
#: 公司董事会主席马化腾): like the anaphor 该公司 of ``anaphora.tsv``, whose name endings they take, they hold the role
#: of the company (or of one ``organisations_known.tsv`` lists as a company: 比亚迪, 腾讯控股).
_BARE_COMPANY = ("公司", "集团")
_COMPANY_ANAPHOR = "该公司"
#: A party's own word for itself, 党 alone before a title, stands for the one party named before it as 该党 would
#: (台湾民众党主席柯文德与党发言人杨宝莲: 发言人 of 台湾民众党); it opens a clause or follows 由 or a word joining two
#: people's posts (与, 和, 及, 、), never within a name (共产党员, 党委).
_BARE_PARTY = "党"
_PARTY_ANAPHOR = "该党"
_BARE_PARTY_AFTER = frozenset("由与和及、")


@lru_cache(maxsize=4)  # a Lexicon hashes by identity
def _org_anaphors(lexicon: Lexicon) -> tuple[str, ...]:
    """The lexicon's anaphors of organisations (``anaphora.tsv``), longest first."""
    return tuple(sorted((w for w, (label, _) in lexicon.anaphora.items() if label == "org"), key=len, reverse=True))


def _anaphor_ending_at(ctx: RelationContext, p: int) -> Mention | None:
    """The organisation an anaphor right before a role stands for (浙江省高级人民法院…。该院院长李占国: 院长 of the
    court; 该公司董事长, 该校校长; a bare 公司 or 集团 opening a clause: the company named before it), as a mention
    of that organisation at the anaphor's place. Only an unambiguous one: the one organisation of a fitting name
    (``anaphora.tsv``'s heads; an anaphor with none, 该机构, fits anything and is left alone) named in the
    anaphor's sentence or the :data:`_ANAPHOR_SENTENCES` before it, and not one of a list (万科A、金地集团等…。该集团).
    ``None`` otherwise."""
    simplified = ctx.simplified
    table = ctx.lexicon.anaphora
    word = next((w for w in _org_anaphors(ctx.lexicon) if simplified.endswith(w, 0, p)), "")
    heads, bare = (table[word][1] if word else ()), not word
    party = bare and simplified.endswith(_BARE_PARTY, 0, p)
    if party:
        word, start = _BARE_PARTY, p - 1
        if (start > 0 and not CLAUSE_BREAK.match(simplified[start - 1]) and simplified[start - 1] not in _BARE_PARTY_AFTER) \
                or any(m.start < p and start < m.end for m in ctx.mentions):
            return None
        heads = table.get(_PARTY_ANAPHOR, ("", ()))[1]
    elif bare:
        word = next((w for w in _BARE_COMPANY if simplified.endswith(w, 0, p)), "")
        start = p - len(word)
        if not word or (start > 0 and not CLAUSE_BREAK.match(simplified[start - 1])
                        and simplified[start - 1] not in _BARE_COMPANY_AFTER) \
                or any(m.start < p and start < m.end for m in ctx.mentions):
            return None
        heads = table.get(_COMPANY_ANAPHOR, ("", ()))[1]
    if not heads:
        return None
    start = p - len(word)
    i = bisect_right(ctx.sentences, (start, len(simplified))) - 1
    since = ctx.sentences[max(i - _ANAPHOR_SENTENCES, 0)][0] if i >= 0 else 0
    known = ctx.lexicon.known_organisations
    fitting = [m for m in ctx.of(Label.ORGANIZATION) if since <= m.start and m.end <= start
               and (m.name.endswith(heads)
                    or (bare and known.get(m.simplified, ("",))[0] == ("party" if party else "company")))]
    fitting = _outside_longer_names(ctx, fitting)
    if len({ctx.owner[m] for m in fitting}) != 1 or any(_listed(ctx, m) for m in fitting):
        return None
    antecedent = fitting[-1]
    here = replace(antecedent, start=start, end=p, text=ctx.text[start:p], simplified=simplified[start:p])
    ctx.owner[here] = ctx.owner[antecedent]
    return here


def _outside_longer_names(ctx: RelationContext, fitting: list[Mention]) -> list[Mention]:
    """``fitting`` but the organisations whose name another's holds (长城基金 of 景顺长城基金: the recogniser cut the
    name where a person's ran into it), so that they are not taken for a second company."""
    names = {m.name for m in fitting}
    return [m for m in fitting if not any(n != m.name and m.name in n
                                          for n in names)]


#: Letters that may stand before a bare 公司 for the company named before (由公司副总经理X代为履行…), besides a clause
#: break: a preposition no company's name ends with.
_BARE_COMPANY_AFTER = frozenset("由")
#: How many sentences before an anaphor's own its organisation may be named.
_ANAPHOR_SENTENCES = 2
#: Brackets after a name (金地集团(600383.SH)), skipped when looking for the list it is in.
_AFTER_NAME = re.compile(r"(?:[（(][^（）()]{0,30}[）)])*")


def _listed(ctx: RelationContext, m: Mention) -> bool:
    """Whether ``m`` is one of a list: 、 before it, or 、, 和, 与, 及 or 等 after it (brackets skipped)."""
    after = _AFTER_NAME.match(ctx.simplified, m.end).end()
    return ctx.simplified[m.start - 1 : m.start] == "、" or ctx.simplified[after : after + 1] in ("、", "等", "和", "与", "及")


#: Last characters of a real place's name: a model "place" ending otherwise may be a body (华视, 中视).
_PLACE_ENDINGS = frozenset("国省市县区州乡镇村岛洲洋海湖河江山湾岸路街道里城港口峡盟旗屯寨庄镇部")


def _body_read_as_place(ctx: RelationContext, place: Mention) -> bool:
    """Whether a place before a body's role (总经理, 主编) is an organisation the recogniser labelled a place:
    only the recogniser's guess, with no division code, of two to four letters, ending like no place name
    (華視總經理江霞: 华视 is a broadcaster; 亚太区总裁 and 香港副总裁 keep their place)."""
    return (place.extractor == "crf" and not place.code and 2 <= place.end - place.start <= 4
            and place.simplified.isalnum() and place.simplified[-1] not in _PLACE_ENDINGS)


def _historic_state(place: Mention) -> bool:
    """Whether a place is a state of history (a code ``HIST:…`` of ``place_extra_divisions.tsv``: 莫卧儿帝国,
    奥斯曼帝国): before a body's role (创始人, 海军司令) it is the polity, read as the body that holds the role."""
    return (place.code or "").startswith("HIST:")


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


def _start_of(m: Mention) -> int:
    return m.start


@lru_cache(maxsize=4)  # a Lexicon hashes by identity
def _qualifier_roles(lexicon: Lexicon) -> re.Pattern[str]:
    """The role words of two letters or more but ranks, which no qualifier holds, as one pattern (a trie)."""
    return re.compile(longest_first(r for r in lexicon.role_words if len(r) > 1 and r not in _RANKS))


#: Military ranks: a role of their own after an army (中国人民解放军中将孔从周), a qualifier between a body and its
#: post (陆军总司令部中将副总司令: 副总司令 of the 总司令部).
_RANKS = frozenset({"上将", "中将", "少将", "大将", "准将"})


def _former(ctx: RelationContext, at: int) -> bool:
    """Whether 前 or 原 right before ``at`` marks a past role: 前台北市长, 原局长 (not 目前, 之前, 中原); or 卸任
    (卸任台北市长, 甫卸任的国民党主席; not 即将卸任的)."""
    i = at - 1
    if i > 0 and ctx.simplified[i] in _OPENING_QUOTES:
        i -= 1  # 前“卫生署长”陈建仁: the mark the press sets around a Taiwan title
    if i < 0:
        return False
    left = next((w for w in _LEFT_POST if ctx.simplified.endswith(w, 0, i + 1)), "")
    if left:  # 卸任台北市长, 甫卸任的国民党主席 (not 即将卸任的, 将于年底卸任的: he holds it still)
        return not _said_of_the_future(ctx, i + 1 - len(left))
    before = ctx.simplified[i - 1] if i > 0 else ""
    if ctx.simplified[i] == "前":
        return before not in _NOT_FORMER_BEFORE
    return ctx.simplified[i] == "原" and (not before or not before.isalnum() or before in "的及和与")


#: Written before a holder and its title, a post left: 卸任台北市长, 甫卸任的国民党主席, 已卸任的.
_LEFT_POST = ("卸任的", "卸任")
#: Words of the future: before 卸任 the post is not left yet (即将卸任的, 将于年底卸任的); before a verb of appointment it
#: is not taken yet (将出任, 即将接任, 拟担任, 有望出任: a plan, no post held).
_NOT_YET = ("将", "快要", "准备", "预定", "预计", "拟", "有望", "计划", "打算")
#: How far back in its clause a word of the future before 卸任 is looked for: 将于年底卸任的.
_MAX_NOT_YET = 8


def _said_of_the_future(ctx: RelationContext, k: int, start: int = 0) -> bool:
    """Whether a word of the future stands in the clause right before ``k`` (即将|卸任, 将于年底|卸任), after ``start``."""
    lead = ctx.simplified[max(k - _MAX_NOT_YET, start, 0) : k]
    lead = re.split(r"[，,。；;：:！？!?\n]", lead)[-1]
    return any(w in lead for w in _NOT_YET)


# 前 after these is not "former": 目前 (now), 之前, 日前, 提前, 当前…
_NOT_FORMER_BEFORE = frozenset("目之日天年月周以此提当眼")
#: Written between a holder and its title, these mark a past role: 万科集团前董事长, 国美电器前主席, 公安局原局长.
_FORMER_BETWEEN = ("前任", "前", "原")


def _former_after(ctx: RelationContext, holder_end: int, at: int) -> bool:
    """Whether 前, 原 or 前任 alone, maybe after a bracketed aside or 的, stands between a holder ending at ``holder_end``
    and its title at ``at``."""
    gap = _LEADING_ASIDE.sub("", ctx.simplified[holder_end:at], count=1).strip(_OPENING_QUOTES)  # 台湾前“总统”
    return gap.removeprefix("的") in _FORMER_BETWEEN  # 华强集团的前董事长 as 华强集团前董事长


#: A bracketed aside right after a holder's name, before 前/原 (清华大学(微博)原校长).
_LEADING_ASIDE = re.compile(r"^[（(][^（）()]{1,20}[）)]")


def read_roles(ctx: RelationContext) -> list[Relation]:
    """Organisation (or place, for a government role) + role(s) + person, chained leftwards by 、; the person
    may be one no extractor named, right after the title (总经理王小明表示: :func:`_title_people`)."""
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON and not _preposition_read_as_name(m)):
        if _glued_to_next_word(ctx, person):  # 司长金琦已|出任: the name within holds the roles, never the span
            out += _roles_of_unnamed(ctx, person.start, person.end - 1)
            continue
        inner = _run_into_saying(ctx, person)
        if inner:  # 总监孙南|介绍, 记者陈雷柱|图: the name within holds the roles
            out += _roles_of_unnamed(ctx, person.start, inner)
            continue
        if _title_run_into(ctx, person):  # 嘉义县|长翁章梁: the name after the title's last letter holds them
            out += _roles_of_unnamed(ctx, person.start + 1, person.end)
            continue
        whole = _name_cut_short(ctx, person)  # 司长董祚|继: the whole name, where it holds the roles
        out += (_roles_of_unnamed(ctx, *whole) if whole is not None else []) \
            or _roles_before(ctx, person, _owner_of(ctx, person))
    for start, end in _title_people(ctx):
        out += _roles_of_unnamed(ctx, start, end)
    out += _byline_colleagues(ctx, out)
    out += _listed_after_title(ctx, out)
    out += _roles_in_context(ctx, out)
    out += _headline_roles(ctx, out)
    out += _read_fiefs(ctx)
    out += _read_generals(ctx)
    out += read_wiki_roles(ctx, out)
    out += _unwritten_divisions(ctx, out)
    out += read_press_roles(ctx, out)
    return _keep_qualifiers(ctx, drop_list_misreads(ctx, resolve_generic_holders(
        ctx, drop_misplaced_legislators(ctx, drop_cut_bodies(ctx, out + _roles_sharing_holder(ctx, out))))))


#: A division head's titles, with the kind of division each heads (its canonical name's last letter).
_DIVISION_HEADS = {"省长": "省", "市长": "市", "县长": "县", "区长": "区", "乡长": "乡", "镇长": "镇",
                   # a councillor of the division, as 国民党台北市议员 X is 市议员 of 台北市
                   "市议员": "市", "县议员": "县"}
#: The head of a special administrative region, written bare in its own press (特首李家超, 前特首梁振英): the
#: region is the one coded HK or MO the text names.
_REGION_HEADS = ("行政长官", "特首")
_SPECIAL_REGION = "特别行政区"
_SPECIAL_REGION_CODES = frozenset({"HK", "MO"})
_DIVISION_HEAD_TITLES = sorted([q + t for t in _DIVISION_HEADS for q in ("常务副", "副", "")] + list(_REGION_HEADS),
                               key=len, reverse=True)
_DIVISION_HEAD_TITLE_TUPLE = tuple(_DIVISION_HEAD_TITLES)  # for one str.endswith in C


def _unwritten_divisions(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """A division head's title right before a name with the division unwritten (杭州市召开会议。市长姚高员出席;
    花蓮縣…縣長徐榛蔚表示; 香港…特首李家超): the one coded place of that kind named in the sentence or the one before, else the
    one the document names most, if it names one more than any other. A holder written before the title is the
    other readers' (杭州市市长, 国民党台北市议员), and so is a title the person already holds. The people listed after
    the first hold it too (副市长王明、张建国); a title after a name opening its clause is read as well (王明市长表示:
    :func:`_title_after`)."""
    simplified = ctx.simplified
    held = {(r.source, r.role_simplified) for r in found}
    places = [m for m in ctx.mentions if m.label is Label.PLACE and m.code]
    starts = _people_by_start(ctx)
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        title = first_ending(simplified, _DIVISION_HEAD_TITLE_TUPLE, person.start, default=None)
        if title is None:
            title = _title_after(ctx, person)
            if title is not None:  # 王明市长表示: the title after the name, as a courtesy
                place = _division_for(ctx, places, person.start, _division_kind(title))
            elif (title := _title_after(ctx, person, _LEGISLATOR_TUPLE)) is not None:
                place = legislature_of(ctx, person.start)  # 立法院…，王明立委表示: 立委 of the 立法院 it names
            if title is not None:
                source = _owner_of(ctx, person)
                if place is not None and (source, title) not in held:
                    out.append(ctx.relation(source, ctx.owner[place], RelationKind.HOLDS_ROLE, person.start,
                                            person.end + len(title), ctx.text[person.end:person.end + len(title)]))
            continue
        at = person.start - len(title)
        source = _owner_of(ctx, person)
        if (source, title) in held or at in ctx.place_ending_at or at in ctx.org_ending_at \
                or (at > 0 and is_han(simplified[at - 1]) and simplified[at - 1] not in "前原代老新"):
            continue  # 杭州市|市长, 副|市长 (read whole), 校区|长: the holder is written, or this is no bare title
        place = _division_for(ctx, places, at, _division_kind(title))
        if place is None:
            continue
        # the people listed after the first hold it too (副市长王明、张建国出席)
        for holder in [person, *_listed_after(ctx, person, starts, title)]:
            source = _owner_of(ctx, holder)
            if holder is person or (source, title) not in held:
                if holder is not person:  # (the first may be written again, 前 before it: each mention its edge)
                    held.add((source, title))
                out.append(ctx.relation(source, ctx.owner[place], RelationKind.HOLDS_ROLE, at, holder.end,
                                        ctx.text[at:at + len(title)], former=_former(ctx, at)))
    return out


def _division_kind(title: str) -> str:
    """The kind of division a head's ``title`` heads (its canonical name's last letter, or the special region)."""
    return next((k for t, k in _DIVISION_HEADS.items() if title.endswith(t)), _SPECIAL_REGION)


#: What may follow a title that ends a person's mention, a division head's after the name (王明市长表示, 王明市长今天,
#: 王明市长在会上) or the title of people listed before 等 (等3名立委出席, 今天, 也, 在): jieba's tags of a verb, a word of
#: time, an adverb or a preposition; a noun (候选人) makes the title part of a longer word.
_AFTER_TITLE_TAGS = ("v", "t", "d", "p")
_VERBAL_NOUN = "vn"


#: A legislator's titles, longest first, as :func:`_title_after` looks for them after a name (王明立委表示).
_LEGISLATOR_TUPLE = tuple(sorted(LEGISLATOR_TITLES, key=len, reverse=True))


def _title_after(ctx: RelationContext, person: Mention, titles: tuple[str, ...] = _DIVISION_HEAD_TITLE_TUPLE) -> str | None:
    """A division head's title (or one of ``titles``) right after a person who opens a clause, itself closed by a
    verb, a word of time, an adverb, a preposition or a clause break (北京市…。王明市长表示: 市长), or ``None`` (王明市长助理,
    据王明市长)."""
    simplified = ctx.simplified
    at = person.start
    if at > 0 and simplified[at - 1] not in CLAUSE_BREAKS and simplified[at - 1] not in "\n、" \
            and _relative_clause_before(ctx, at) is None:
        return None
    title = first_at(simplified, titles, person.end)
    if not title or title in _REGION_HEADS:
        return None
    after = person.end + len(title)
    if after < len(simplified) and simplified[after] not in CLAUSE_BREAKS \
            and (_word_tag_at(simplified, after)[:1] not in _AFTER_TITLE_TAGS
                 or _word_tag_at(simplified, after) == _VERBAL_NOUN):  # 市长|助理 (vn)
        return None
    return title


#: The most letters of a relative clause before a name and its title (提案的, 主管都发业务的).
_MAX_RELATIVE_CLAUSE = 8
#: Letters that open a possessive, not a relative clause: 他的, 其, 我们的 (the post is another's).
_POSSESSORS = frozenset("他她其我你您本该此这那")


def _relative_clause_before(ctx: RelationContext, at: int) -> int | None:
    """Where a short relative clause ending in 的 opens, when it opens its clause and ends right before ``at``, a
    person's name: 立法院…，提案的蔡宜芳立委说; 杭州市环保局…，分管执法的赵建国副局长介绍; else ``None``. The clause says
    what the person does (a verb among its words, as jieba tags them), names no one and nothing (中国的, 华强集团的:
    a holder, :func:`_title_after` leaves it to the other readers) and opens with no possessor (他的, 其)."""
    simplified = ctx.simplified
    if at < 2 or simplified[at - 1] != "的":
        return None
    # (a break further back than the longest clause leaves a span too long: the search stops there, not at the
    # text's start, which each break missing from a long text made quadratic)
    lo = max(0, at - 2 - _MAX_RELATIVE_CLAUSE)
    start = max(simplified.rfind(ch, lo, at - 1) for ch in CLAUSE_BREAKS + "、") + 1
    span = simplified[start : at - 1]
    if not span or len(span) > _MAX_RELATIVE_CLAUSE or not span.isalnum() or span[0] in _POSSESSORS \
            or ctx.any_between(start, at - 1):
        return None
    return start if any(_word_tag_at(span, i).startswith("v") for i in range(len(span))) else None


def _division_for(ctx: RelationContext, places: list[Mention], at: int, kind: str) -> Mention | None:
    """The coded place of ``kind`` a bare title at ``at`` heads (see :func:`_unwritten_divisions`)."""
    i = bisect_right(ctx.sentences, (at, len(ctx.text))) - 1  # the document's sentences (RelationContext)
    start = ctx.sentences[max(i - 1, 0)][0] if i >= 0 else 0
    of_kind = [p for p in places if (p.code in _SPECIAL_REGION_CODES if kind == _SPECIAL_REGION
                                     else p.name.endswith(kind))]
    near = [p for p in of_kind if start <= p.start and p.end <= at]
    if near:  # two of the kind there (北京市和上海市…。市长 X) leave the title's division open
        return max(near, key=lambda p: p.end) if len({p.code for p in near}) == 1 else None
    home = leading(p.code for p in of_kind)
    return next((p for p in of_kind if p.code == home), None) if home else None


#: A general's titles after the state he served, right before his name: 明将李成梁, 汉朝名将班超.
_GENERAL_TITLES = ("名将", "大将", "将")
#: The states and dynasties of China's history whose one letter names them before 将 (明将, 清将, 魏将).
_DYNASTY_LETTERS = frozenset("秦汉晋隋唐宋辽金元明清魏蜀吴楚")


def _read_generals(ctx: RelationContext) -> list[Relation]:
    """A dynasty or state, a general's title and a name: 明将李成梁, 汉朝名将班超 (将, 名将 of the state); the state
    one of :data:`_DYNASTY_LETTERS` alone or with 朝, at a clause's start or after a function word (被明将李成梁击败),
    inside no name (李明将出任 is 李明's future, not a Ming general)."""
    simplified = ctx.simplified
    out = []
    for person in [m for m in ctx.mentions if m.label is Label.PERSON]:
        title = next((t for t in _GENERAL_TITLES if simplified.endswith(t, 0, person.start)), None)
        if title is None:
            continue
        q = person.start - len(title)
        b = q - 2 if simplified.endswith("朝", 0, q) else q - 1
        if b < 0 or simplified[b] not in _DYNASTY_LETTERS \
                or (b > 0 and simplified[b - 1].isalnum() and simplified[b - 1] not in _FIEF_LEFT_EDGE) \
                or any(m.start <= b < m.end for m in ctx.mentions if m.label is not Label.PLACE):
            continue
        state = ctx.derive_mention(b, q, Label.PLACE)
        out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[state], RelationKind.HOLDS_ROLE, b, person.end,
                                ctx.text[q : person.start]))
    return out


#: The titles of a fief, written after its name and before the holder's: 汝南王司马亮, 沛侯刘濞, 燕王朱棣.
_FIEF_TITLES = ("郡王", "亲王", "王", "侯", "公")
#: The states of China's antiquity whose one letter names a fief (楚王, 吴王, 齐王), which jieba tags no place.
_ANCIENT_STATES = frozenset("齐楚燕韩赵魏秦吴越晋鲁宋卫郑蔡梁蜀")
#: The most letters of a fief's name (汝南, 淮阴, 东平).
_MAX_FIEF = 3
#: Verbs that grant a fief: 封沛侯刘濞为吴王, 册封…为, 改封…为.
_ENFEOFFS = ("册封", "改封", "受封", "加封", "封")
#: What may stand right before a fief's name: a clause's start, a function word, 和 or 、 in a list.
_FIEF_LEFT_EDGE = frozenset("的为是任在于由之与和及朝时被将把从到对向令、")


def _fief_title(ctx: RelationContext, start: int, end: int) -> str:
    """The fief's title that ``[start, end)`` closes when the letters are a fief's name and its title (楚王, 吴王;
    汝南王, 沛侯: a place's word of jieba's dictionary), or ``""``."""
    simplified = ctx.simplified
    if not simplified.endswith(_FIEF_TITLES, start, end):  # one test in C: most letters close no title
        return ""
    for title in _FIEF_TITLES:
        fief = simplified[start : end - len(title)]
        if simplified.endswith(title, start, end) and 1 <= len(fief) <= _MAX_FIEF \
                and ((len(fief) == 1 and fief in _ANCIENT_STATES) or _dictionary_tag(fief) == "ns"):
            return title
    return ""


def _state_after_a_word(ctx: RelationContext, b: int, at: int, person: Mention) -> bool:
    """Whether the one-letter state at ``b`` stands after a word that ends before it (俘虏|楚王负刍, 击败|齐王), not
    at the end of one (清楚|王小明, 痛楚): the name after the title read apart, the letters before no mention."""
    simplified = ctx.simplified
    return at == person.start and at - b == 2 and simplified[b] in _ANCIENT_STATES and b >= 1 \
        and _dictionary_tag(simplified[b - 1 : b + 1]) in ("", "x") \
        and not (b >= 2 and _dictionary_tag(simplified[b - 2 : b + 1]) not in ("", "x")) \
        and not any(m.start < b <= m.end - 1 or m.end == b for m in ctx.mentions if m.label is not Label.PLACE)


def _fief_before(ctx: RelationContext, person: Mention) -> tuple[int, int, str] | None:
    """(where the fief's name starts, where the holder's name starts, the title) for a fief's name and title written
    before a person's name, in its span or not: the recogniser may run the name back over them (汝南王|司马亮,
    沛侯|刘濞), over the title only (淮南|王刘安: 王 read as a surname) or leave them out (燕|王|朱棣); the name a
    known surname and one or two more letters, the fief at a clause's start or after a function word (和楚王司马玮);
    ``None`` when nothing such is written (吴王芳 is one name, 歌王张学友 has no place)."""
    simplified = ctx.simplified
    for at in range(person.start, min(person.start + _MAX_FIEF + 2, person.end - 2) + 1):
        given = simplified[at : person.end]
        if at > person.start and not (len(given) in (2, 3) and (given[:1] in ctx.lexicon.surnames
                                                                or given[:2] in ctx.lexicon.surnames)):
            continue
        for b in range(at - 2, max(at - _MAX_FIEF - 2, -1), -1):
            title = _fief_title(ctx, b, at)
            if title and (b <= 0 or b == person.start or not simplified[b - 1].isalnum()
                          or simplified[b - 1] in _FIEF_LEFT_EDGE or _state_after_a_word(ctx, b, at, person)) \
                    and not any(m.start < person.start and b < m.end and m.label is not Label.PLACE
                                for m in ctx.mentions if m is not person):
                return b, at, title
    return None


def _read_fiefs(ctx: RelationContext) -> list[Relation]:
    """A fief's title before a name (汝南王司马亮, 燕王朱棣: 王 of 汝南, of 燕, the name read apart from the title when
    the recogniser ran them together), and a fief granted: 封 + person + 为 + fief + title closing its clause
    (封沛侯刘濞为吴王: 王 of 吴). A title of no fief stays no one's (歌王, 天王: no place before it)."""
    simplified = ctx.simplified
    out = []
    holders: dict[Mention, str] = {}
    for person in [m for m in ctx.mentions if m.label is Label.PERSON]:
        found = _fief_before(ctx, person)
        if found is None:
            continue
        b, at, title = found
        named = ctx.derive_mention(at, person.end, Label.PERSON) if at > person.start else person
        holders[person] = ctx.owner[named] if named is not person else _owner_of(ctx, person)
        fief = ctx.place_starting_at.get(b)
        if fief is None or fief.end != at - len(title):
            fief = ctx.derive_mention(b, at - len(title), Label.PLACE)
        out.append(ctx.relation(holders[person], ctx.owner[fief], RelationKind.HOLDS_ROLE, b, person.end,
                                ctx.text[at - len(title) : at]))
    for person in [m for m in ctx.mentions + ctx.derived if m.label is Label.PERSON]:
        verb = next((v for v in _ENFEOFFS if simplified.endswith(v, 0, person.start)), None)
        if verb is None or simplified[person.end : person.end + 1] != "为" \
                or any(m.start < person.start < m.end for m in ctx.mentions if m.label is Label.PERSON):
            continue
        b = person.end + 1
        for e in range(b + 2, min(b + _MAX_FIEF + 2, len(simplified)) + 1):
            title = _fief_title(ctx, b, e)
            if title and (e == len(simplified) or not simplified[e].isalnum()):
                fief = ctx.derive_mention(b, e - len(title), Label.PLACE)
                out.append(ctx.relation(holders.get(person, _owner_of(ctx, person)), ctx.owner[fief],
                                        RelationKind.HOLDS_ROLE, person.start - len(verb), e,
                                        ctx.text[e - len(title) : e]))
                break
    return out


def _preposition_read_as_name(person: Mention) -> bool:
    """Whether a two-letter "name" is a preposition and 原/前 (总经理由原…, 由前…): no one holds the title before it."""
    return len(person.simplified) == 2 and person.simplified[0] in "由被把将从向对" and person.simplified[1] in "原前"


def _glued_to_next_word(ctx: RelationContext, person: Mention) -> bool:
    """Whether the recogniser ran a name on into the first letter of what follows it here: a letter no given name
    ends with, a word of its own (金琦已|出任, 陈竺率|代表团, 杜正胜视|法律), or the first letter of a word of the
    dictionary (no name) that runs past the name (杰瓦讷表|示), unless a word of two letters begins where the
    name ends (李克强|调研, though 强调 is a word) or a letter a name is followed by does (贾大明|说, though 明说
    is a word). Such a span names no one in this sentence, whatever the recogniser made of it elsewhere.
    Answered once per span and document (:attr:`RelationContext.glued`)."""
    name = person.simplified
    if len(name) < 3:
        return False
    key = (person.start, person.end, name, person.extractor == DERIVED)
    glued = ctx.glued.get(key)
    if glued is None:
        glued = ctx.glued[key] = _runs_into_next_word(ctx.simplified, person)
    return glued


def _runs_into_next_word(simplified: str, person: Mention) -> bool:
    """:func:`_glued_to_next_word`, worked out."""
    name = person.simplified
    if len(name) < 3 or person.extractor == DERIVED or not is_han(name[-1]):
        return False
    if name[-1] in _RUN_ON_LETTERS:
        return True
    if person.end >= len(simplified) or simplified[person.end] in _AFTER_TITLE or simplified[person.end] in "的了着过":
        return False  # 贾大明|说: 明说 is a word, yet 说 after a name is the verb of saying
    crossing = next(iter(_words(simplified[person.end - 1 : person.end + 3])), "")
    if len(crossing) < 2 or _dictionary_tag(crossing) in _NAME_TAGS:
        return False
    return len(next(iter(_words(simplified[person.end : person.end + 3])), "")) < 2


#: Verbs of saying the recogniser runs a name on into (澳际教育集团英国留学中心总监孙南介绍，…), and a photo's
#: credit after a reporter's name (澎湃新闻记者陈雷柱图).
_SAYING_AFTER_NAME = frozenset({"介绍", "表示", "指出", "认为", "透露", "强调", "坦言", "告诉", "说道", "称"})
_CREDIT_AFTER_NAME = frozenset("图摄")


def _run_into_saying(ctx: RelationContext, person: Mention) -> int:
    """Where the name inside a span the recogniser ran on into a verb of saying or a photo's credit ends, or 0:
    the rest is two or three letters opening with a known surname, no word of the dictionary but a name, and a
    title ends right before the span (总监孙南|介绍; 记者陈雷柱|图, the credit only after a name of three letters with
    a one-letter surname: 李宏图 and 欧阳宏图 are names)."""
    name = person.simplified
    if person.extractor == DERIVED or not 3 <= len(name) <= 5 or not all(map(is_han, name)):
        return 0
    cut = next((len(w) for w in (name[-2:], name[-1:]) if w in _SAYING_AFTER_NAME), 0)
    if not cut and name[-1] in _CREDIT_AFTER_NAME and len(name) == 4 and name[:2] not in ctx.lexicon.surnames:
        cut = 1
    rest = name[:-cut] if cut else ""
    if not 2 <= len(rest) <= 3 or (rest[:1] not in ctx.lexicon.surnames and rest[:2] not in ctx.lexicon.surnames) \
            or _dictionary_tag(rest) not in _NAME_TAGS:
        return 0
    if not any(len(r) >= 2 and ctx.simplified.endswith(r, 0, person.start) for r in _roles_to(ctx, person.start)):
        return 0
    return person.end - cut


def _title_run_into(ctx: RelationContext, person: Mention) -> bool:
    """Whether the recogniser ran a name back into the last letter of a title of two letters or more before it
    (嘉義縣長翁章梁: 长翁章梁): a role word ends on the name's first letter, and the rest, two or three letters,
    opens with a known surname and is no word of the dictionary."""
    simplified = ctx.simplified
    rest = person.simplified[1:]
    if person.extractor == DERIVED or not 2 <= len(rest) <= 3 or rest[:1] not in ctx.lexicon.surnames \
            or not all(is_han(ch) for ch in rest) or _dictionary_tag(rest) not in _NAME_TAGS:
        return False
    return any(len(r) >= 2 and simplified.endswith(r, 0, person.start + 1) for r in _roles_to(ctx, person.start + 1))


#: Letters that end no given name, each a word of its own after one: 已, 率 (率代表团), 视 (视法律如无物), 将, 曾…
_RUN_ON_LETTERS = frozenset("的了是在与及或等也都说称着过被把从到由对向将为于已率视曾亦则就即自")


def _people_by_start(ctx: RelationContext) -> dict[int, Mention]:
    """The people named, by where they start (those glued to the next word left out)."""
    return {m.start: m for m in reversed(ctx.mentions) if m.label is Label.PERSON and not _glued_to_next_word(ctx, m)}


def _listed_after(ctx: RelationContext, person: Mention, starts: dict[int, Mention],
                  role: str | None = None) -> list[Mention]:
    """The people listed right after ``person`` by 、, the last maybe by 和/与/及 (副主席江丙坤、林丰正和吴敦义: 林丰正
    and 吴敦义); never a single 和 (美国总统奥巴马和胡锦涛 names two people, one title), but a single 及 after a
    title many hold (``role``: 民进党立委管碧玲及陈其迈, 台北市议员王世坚及李建昌; roles39) when no title follows the
    second name (立委管碧玲及马英九总统)."""
    simplified = ctx.simplified
    listed: list[Mention] = []
    end = person.end
    while True:
        joiner = simplified[end : end + 1]
        following = starts.get(end + 1)
        if following is not None and joiner in _PAIR_JOINERS and not listed and _many_hold(role) \
                and _role_at(ctx, following.end) is None:
            return [following]
        if following is None or not (joiner == "、" or (joiner in _LAST_JOINERS and listed)):
            return listed
        listed.append(following)
        end = following.end
        if joiner != "、":
            return listed


#: What joins the last of a list of people to the others: 林丰正、吴敦义和朱立伦.
_LAST_JOINERS = frozenset("和与及")
#: What joins two people a title many hold is shared by (立委管碧玲及陈其迈): 和 and 与 join a meeting as often.
_PAIR_JOINERS = frozenset("及暨")
#: Ends of the titles a body has many of at once (立委, 市议员, 独立董事, 常委), which two people listed by 及 share.
_MANY_HOLDER_ENDS = ("议员", "立委", "委员", "董事", "监事", "理事", "常委")


def _many_hold(role: str | None) -> bool:
    return role is not None and role.endswith(_MANY_HOLDER_ENDS) and not role.endswith("主任委员")


def _listed_after_title(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """Every person listed after a title holds it: 副主席江丙坤、林丰正、吴敦义 (only the first stands next to it)."""
    starts = _people_by_start(ctx)
    ends = {m.end: m for m in starts.values()}
    have = {(r.source, r.target, r.role_simplified) for r in found}
    out = []
    for r in found:
        person = ends.get(r.evidence.end)
        if person is None or r.kind is not RelationKind.HOLDS_ROLE:
            continue
        for other in _listed_after(ctx, person, starts, r.role_simplified):
            key = (_owner_of(ctx, other), r.target, r.role_simplified)
            if key not in have:
                have.add(key)
                out.append(ctx.relation(key[0], r.target, r.kind, r.evidence.start, other.end, r.role,
                                        former=r.former))
    return out


#: Titles people hold across bodies, or of a work, never read off a body named elsewhere in the text.
_FREE_ROLES = frozenset({"记者", "通讯员", "编辑", "主持人", "导演", "监制", "制片人", "编导", "律师", "教授", "副教授",
                         "讲师", "分析师", "首席分析师", "经济学家", "首席经济学家", "研究员", "副研究员", "代言人", "医生",
                         "法医", "法医师", "顾问", "代表", "人大代表", "政协委员", "委员", "院士", "博士生导师", "民警",
                         "领导人", "领袖", "首领", "主帅", "教练", "主教练", "合伙人", "创始人", "创办人", "检察官", "法官",
                         "将领", "牧师", "主笔", "秘书", "发言人", "新闻发言人"})
#: A party's badge between the party and a title after 等 and a count (等2名民进党籍的立委), longest first.
_PARTY_BADGES = ("籍的", "籍")
#: A count of people between 等 and their title: 等8位副主席, 等三名委员.
_COUNT_OF_PEOPLE = re.compile(r"[\d一二三四五六七八九十两几数多]*[位名个]?")


def _courtesy_title(ctx: RelationContext, person: Mention) -> str | None:
    """A body's title written right after a name that opens its clause, as the press names an official by courtesy
    (环境局今日公布计划，黄伟贤局长表示; 经济部…，王志强部长表示), or ``None``: the longest role word there, followed by a
    verb, a word of time, an adverb or a preposition (:func:`_title_after`): its clause goes on, as a courtesy's does,
    where a title closing it is a list of posts (王明出任万科集团董事长，李四总经理。). A division head's or a
    legislator's title is :func:`_unwritten_divisions`'s."""
    role = _role_at(ctx, person.end)
    if role is None or role in _DIVISION_HEAD_TITLES or role in LEGISLATOR_TITLES \
            or not ctx.simplified[person.end + len(role) : person.end + len(role) + 1].isalnum():
        return None
    return _title_after(ctx, person, (role,))


def _named_courtesy(ctx: RelationContext, person: Mention) -> tuple[Mention, str, int] | None:
    """(body, title, where the title starts) written right after a name that opens its clause, as Taiwan's press
    names an official (王建煊监察院长今天表示, 刘兆玄行政院长表示: roles39), or ``None``: the body a named organisation,
    its title a role word after it or sharing its last letter (监察院|长: 院长), closed as :func:`_title_after` closes
    one (a verb, a word of time, a clause break), no name after it (王明华强集团董事长李强: 李强's title) and the title
    one of the body's kind."""
    simplified = ctx.simplified
    at = person.start
    body = ctx.org_starting_at.get(person.end)
    if body is None or (at > 0 and simplified[at - 1] not in CLAUSE_BREAKS and simplified[at - 1] not in "\n、"):
        return None
    role_at = body.end
    role = _role_at(ctx, role_at)
    if role is None and (fused := _role_at(ctx, body.end - 1)) is not None and len(fused) > 1:
        role, role_at = fused, body.end - 1
    if role is None:
        return None
    after = role_at + len(role)
    if after < len(simplified) and simplified[after] not in CLAUSE_BREAKS \
            and (_word_tag_at(simplified, after)[:1] not in _AFTER_TITLE_TAGS
                 or _word_tag_at(simplified, after) == _VERBAL_NOUN):
        return None
    if any(m.start == after and m.label is Label.PERSON for m in ctx.mentions) or other_kind(ctx, role, body):
        return None
    return body, role, role_at


def _clause_opens(ctx: RelationContext, at: int) -> bool:
    return at == 0 or ctx.simplified[at - 1] in CLAUSE_BREAKS or ctx.simplified[at - 1] == "\n"


def _context_body(ctx: RelationContext, at: int, role: str, before: bool = True) -> Mention | None:
    """The body of a bare title whose clause opens at ``at``: the one the sentence named in an earlier clause
    (香港女同盟会…，干事杨炜炜表示), or, when the sentence names none and ``before`` is true, the one organisation of
    the sentence before (…国民党内还是暗潮汹涌。依惯例，江丙坤…等8位副主席…). None when the sentence names a body
    after ``at``, or the candidates are more than one."""
    if role in _FREE_ROLES:
        return None
    s, e = sentence_at(ctx.sentences, at)
    named = [m for m in ctx.mentions + ctx.derived if m.label is Label.ORGANIZATION and s <= m.start < e]
    if any(m.start >= at for m in named):
        return None
    body = _sentence_body(ctx, s, at, role)
    if body is not None and any(m.label is Label.PERSON and body.end <= m.start < at for m in ctx.mentions):
        return None  # 前尼克斯中锋埃迪-库里，总裁帕特-莱利: the body is the other person's
    if body is not None or named or not before:
        return body
    i = ctx.sentences.index((s, e)) if (s, e) in ctx.sentences else 0
    if i == 0:
        return None
    ps, pe = ctx.sentences[i - 1]
    before = [m for m in ctx.mentions + ctx.derived if m.label is Label.ORGANIZATION and ps <= m.start and m.end <= pe
              and not _aside(ctx, m)]
    return before[-1] if len({ctx.owner[m] for m in before}) == 1 else None


#: A spokesperson's titles: a body's, but a bare one may open a clause of a sentence naming no body at all.
_SPOKESPERSON_TITLES = frozenset({"发言人", "新闻发言人"})


def _spokesperson_body(ctx: RelationContext, at: int) -> Mention | None:
    """The body of a bare spokesperson's title whose clause opens at ``at`` (行政院今天召开院会。发言人苏俊宾表示…):
    the one organisation the sentence names in a clause before it (行政院今天召开院会，发言人X表示), or, when the
    sentence names none, the one the text's opening sentence names; ``None`` when a body follows in the sentence
    (发言人X表示，国民党…), the candidates are more than one, or the one is an outlet (新华社…。发言人X: the paper
    reports, the spokesperson is another's)."""
    if not ctx.sentences:
        return None
    s, e = sentence_at(ctx.sentences, at)
    orgs = [m for m in ctx.mentions + ctx.derived if m.label is Label.ORGANIZATION and not _aside(ctx, m)]
    in_sentence = [m for m in orgs if s <= m.start < e]
    if any(m.start >= at for m in in_sentence):
        return None
    first_start, first_end = ctx.sentences[0]
    named = in_sentence or [m for m in orgs if first_start <= m.start and m.end <= first_end]
    if len({ctx.owner[m] for m in named}) != 1 or _outlet(ctx, named[0]):
        return None
    return named[0]


#: Words that may open a clause before a bare title and say the post is held now: 现任校长X.
_NOW_BEFORE_TITLE = ("现任", "新任", "时任")


def _roles_in_context(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """Bare titles whose body the text named before (:func:`_context_body`): a title opening its clause before a
    person or a list of people (，干事杨炜炜表示), and people listed before 等 and their title (江丙坤、林丰正与黄敏惠等
    8位副主席; its body may be written: 等3位国民党副主席)."""
    simplified = ctx.simplified
    starts = _people_by_start(ctx)
    ends = {m.end: m for m in starts.values()}
    titled = {r.evidence.end for r in found}
    have = {(r.source, r.target, r.role_simplified) for r in found}
    out = []

    def add(people: list[Mention], holder: Mention, role_at: int, role: str, start: int) -> None:
        for person in people:
            key = (_owner_of(ctx, person), ctx.owner[holder], role)
            if key not in have:
                have.add(key)
                out.append(ctx.relation(key[0], key[1], RelationKind.HOLDS_ROLE, start, max(person.end, role_at + len(role)),
                                        ctx.text[role_at : role_at + len(role)], former=_former(ctx, start)))

    for person in sorted(starts.values(), key=lambda m: m.start):
        if person.end in titled:
            continue
        role = ctx.lexicon.role_ending(simplified, person.start) or None
        if role is None:
            courtesy = _courtesy_title(ctx, person)  # 环境局…，黄伟贤局长表示: the title after the name
            if courtesy is None and (named := _named_courtesy(ctx, person)) is not None:
                add([person], named[0], named[2], named[1], person.start)  # 王建煊监察院长今天表示
                continue
            # (its sentence's body only: a title after a name is also a courtesy with no body, 晚上，胡主席就将…)
            holder = _context_body(ctx, person.start, courtesy, before=False) if courtesy is not None else None
            if holder is not None and not other_kind(ctx, courtesy, holder) \
                    and not _cabinet_post_of_no_government(ctx, courtesy, holder):
                add([person], holder, person.end, courtesy, person.start)
            continue
        at = person.start - len(role)
        # a word of time now before the title (…，现任校长邱保生): the clause still opens with the post
        at -= len(next((w for w in _NOW_BEFORE_TITLE if role and simplified.endswith(w, 0, at)
                        and _clause_opens(ctx, at - len(w))), ""))
        if role is None or not _clause_opens(ctx, at) or role in _DIVISION_HEAD_TITLES:
            continue  # (a division's head or councillor, 縣議員 X, is its division's: _unwritten_divisions)
        holder = _spokesperson_body(ctx, at) if role in _SPOKESPERSON_TITLES else _context_body(ctx, at, role)
        if holder is not None and not other_kind(ctx, role, holder) \
                and not _cabinet_post_of_no_government(ctx, role, holder):  # 汽车租赁协会…，董事长X: no company's;
            # 北洋军进驻北京，总理段祺瑞…: no army's premier
            add([person, *_listed_after(ctx, person, starts, role)], holder, person.start - len(role), role, at)
    i = simplified.find("等")
    while i > 0:
        last = ends.get(i)
        i, q = simplified.find("等", i + 1), _COUNT_OF_PEOPLE.match(simplified, i + 1).end()
        if last is None:
            continue
        listed = [last]
        while (before := ends.get(listed[-1].start - 1)) is not None \
                and (simplified[before.end] == "、" or (simplified[before.end] in _LAST_JOINERS and len(listed) == 1)):
            listed.append(before)
        role, holder, badge = _role_at(ctx, q), None, 0
        if role is None:
            holder = ctx.org_starting_at.get(q)
            if holder is not None and holder.simplified.endswith("党"):  # 等2名民进党籍(的)立委: the party's badge
                badge = len(next((b for b in _PARTY_BADGES if simplified.startswith(b, holder.end)), ""))
            role = _role_at(ctx, holder.end + badge) if holder is not None else None
        if role is None and (holder := ctx.place_starting_at.get(q)) is not None:  # 等3位台北市议员
            role = _role_at(ctx, holder.end)
            role = role if role in ctx.lexicon.place_roles else None
        if role is None:
            continue
        role_at = q if holder is None else holder.end + badge
        after = role_at + len(role)
        if after < len(simplified) and simplified[after].isalnum() \
                and _word_tag_at(simplified, after)[:1] not in _AFTER_TITLE_TAGS:
            continue  # 等3位副主席候选人: the title is a longer word's (not 等3位副主席出席, 等3名立委今天表示)
        if holder is None and _clause_opens(ctx, listed[-1].start):
            holder = _context_body(ctx, listed[-1].start, role)
        if holder is not None and not _cabinet_post_of_no_government(ctx, role, holder):
            add(listed[::-1], holder, role_at, role, listed[-1].start)
    return out


#: What ends a headline's title: 台证交所总经理：希望…
_HEADLINE_COLONS = ("：", ":")
_MAX_HEADLINE_TITLE = 24


def _headline_roles(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """A headline opening with a body's title and a colon names the one person its paragraph names after it:
    台证交所总经理：希望两岸ETF实现相互挂牌许仁寿是在…: 总经理 of 台证交所. Only when exactly one person is named there."""
    simplified = ctx.simplified
    have = {(r.source, r.target, r.role_simplified) for r in found}
    out = []
    start = 0
    while start < len(simplified):
        end = simplified.find("\n", start)
        end = len(simplified) if end < 0 else end
        ps = start
        while ps < end and simplified[ps].isspace():
            ps += 1
        start = end + 1
        colon = min((c for c in (simplified.find(m, ps, ps + _MAX_HEADLINE_TITLE) for m in _HEADLINE_COLONS) if c > ps),
                    default=-1)
        role = next((r for r in _roles_to(ctx, colon) if simplified.endswith(r, ps, colon)), None) if colon > 0 else None
        if role is None or CLAUSE_BREAK.search(simplified, ps, colon):
            continue
        holder = _holder(ctx, colon - len(role), role)
        if holder is None or holder.start != ps:
            continue
        people = [m for m in ctx.mentions + ctx.derived if m.label is Label.PERSON and colon < m.start and m.end <= end]
        if len({ctx.owner[m] for m in people}) != 1 or _titled_field(ctx, people[0].start, colon):
            continue
        key = (_owner_of(ctx, people[0]), ctx.owner[holder], role)
        if key not in have:
            have.add(key)
            out.append(ctx.relation(key[0], key[1], RelationKind.HOLDS_ROLE, ps, colon,
                                    ctx.text[colon - len(role) : colon]))
    return out


def _titled_field(ctx: RelationContext, start: int, colon: int) -> bool:
    """Whether a title of its own (and a colon maybe) stands right before the name at ``start``, not the headline's
    whose colon is at ``colon``: 董庄学校校长：…；副校长：郑振英 (the headline's title is not his)."""
    at = start - (ctx.simplified[start - 1 : start] in _HEADLINE_COLONS)
    return at != colon and bool(ctx.lexicon.role_ending(ctx.simplified, at))


#: What parts the names of a byline: （记者刘洋 张亚晨）, （记者王尧、李炜娜）.
_BYLINE_GAPS = frozenset(" \u3000、")


#: A byline's mark after a name of what the person did: 刘嫣/文, 龚吉林/图, 王明/摄.
_CREDIT_MARK = re.compile(r"(?:[/／](?:文|图|摄|摄影))?")


def _byline_colleagues(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The people listed after the first in a dateline's byline share its role and agency: 新华网…电(记者刘洋
    张亚晨): 记者 of 新华网 for both. Only inside the bracket, the names parted by spaces or 、."""
    simplified = ctx.simplified
    people = {m.start: m for m in ctx.mentions if m.label is Label.PERSON}
    out = []
    for r in found:
        end = r.evidence.end
        title_end = end - _name_length(ctx, end)
        while title_end > 0 and simplified[title_end - 1] in " \u3000":
            title_end -= 1  # a space after the title: (记者 刘东凯 王星桥)
        at = title_end - len(r.role_simplified)
        if _dateline_source(ctx, at) is None and (r.role_simplified not in _CREDITED_ROLES or not _byline_outlet(ctx, at)):
            continue
        while True:
            end = _CREDIT_MARK.match(simplified, end).end()  # 贺雅佳/文 龚吉林/图: what each wrote or shot
            gap = end
            while gap < len(simplified) and simplified[gap] in _BYLINE_GAPS and gap - end < 3:
                gap += 1
            colleague = people.get(gap) if gap > end else None
            if colleague is None:
                break
            out.append(ctx.relation(ctx.owner[colleague], r.target, r.kind, r.evidence.start, colleague.end, r.role,
                                    former=r.former))
            end = colleague.end
    return out


def _name_length(ctx: RelationContext, end: int) -> int:
    """The length of the person's name ending at ``end``, 0 if no person ends there."""
    person = ctx.first_ending_at(Label.PERSON, end)
    return 0 if person is None else person.end - person.start


def _roles_of_unnamed(ctx: RelationContext, start: int, end: int) -> list[Relation]:
    """The roles written before a person no extractor named at ``[start, end)``; the person is derived only
    when there are some: a name only where a title and its holder stand before it."""
    name = ctx.simplified[start:end]
    candidate = Mention(ctx.doc.id, start, end, ctx.text[start:end], name, Label.PERSON, DERIVED, canonical=name)
    found = _roles_before(ctx, candidate, entity_id(candidate))
    if found:
        ctx.derive_mention(start, end, Label.PERSON)
    return found


def _roles_sharing_holder(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """A bare title + person joined by 和/及/与/、 to a person whose role and holder were just read: the
    holder is theirs too (外交部长陆征祥和次长曹汝霖: 次长 of 外交部)."""
    simplified = ctx.simplified
    people = [m for m in ctx.mentions + ctx.derived if m.label is Label.PERSON]
    holders = {}
    for r in found:
        holders.setdefault(r.source, r.target)
    out = []
    for person in people:
        role = ctx.lexicon.role_ending(simplified, person.start) or None
        k = person.start - len(role) if role else 0
        # a word of time may stand before the title: 前董事长王石和现任董事长郁亮
        then = next((w for w in _SHARED_HOLDER_TIMES if simplified.endswith(w, 0, k)), "") if role else ""
        j = k - len(then)
        if role is None or j < 2 or simplified[j - 1] not in "和及与、" or ctx.owner[person] in holders:
            continue
        before = next((m for m in people if m.end == j - 1), None)
        target = holders.get(ctx.owner[before]) if before is not None else None
        if target is not None:
            out.append(ctx.relation(_owner_of(ctx, person), target, RelationKind.HOLDS_ROLE, before.start, person.end,
                                    ctx.text[k : person.start], former=then in _FORMER_BETWEEN))
    return out


#: Words of time between 和 and the bare title of a person sharing the holder of the person before (华强集团前董事长
#: 王石和现任董事长郁亮; 原 and 前 a post held before).
_SHARED_HOLDER_TIMES = ("现任", "新任", "时任", "候任", "前任", "原任", "原", "前")


def _roles_before(ctx: RelationContext, person: Mention, source: str) -> list[Relation]:
    """The roles written before ``person``: holder + role(s), chained leftwards by 、 (see :func:`read_roles`)."""
    out: list[Relation] = []
    pos = _quoted_title_end(ctx, _byline_name_start(ctx, _quoted_name_start(ctx, person)))
    if not _role_candidates(ctx, pos):
        pos = _latin_aside_start(ctx, pos)
    if not _role_candidates(ctx, pos):
        pos = _short_aside_start(ctx, pos)
    if not _role_candidates(ctx, pos):
        pos = _listed_description_start(ctx, pos)
    after_joiner = pos
    while True:
        found = None
        # try each role ending here, longest first; 人大代表 must yield to 代表 after 韩城市人大
        for role in _role_candidates(ctx, pos):
            # (role, where it starts, its own holder: "" the chain's, "skip" a place's, "government")
            chain, p = [(role, pos - len(role), "")], pos - len(role)
            while p > 0:
                joined = _chained_role(ctx, p, chain[-1][0])
                if joined is None:
                    break
                more, p, own = joined
                chain[-1] = (chain[-1][0], chain[-1][1], own)
                chain.append((more, p, ""))
            holder = (_holder(ctx, p, chain[-1][0]) or _quoted_holder(ctx, p, chain[-1][0])
                      or _holder_before_quoted_title(ctx, p, chain[-1][0]) or _unit(ctx, p, chain[-1][0])
                      or _unnamed_holder(ctx, p, chain[-1][0], person) or _holder_in_title(ctx, p, chain[-1][0])
                      or _fund_holder(ctx, p, chain[-1][0]))
            if holder is not None:
                found = (holder, chain)
                break
        if found is None:
            listed = _past_bare_post_listed(ctx, pos) if pos == after_joiner and not out else None
            if listed is not None:  # 民进党秘书长、前“立委”王拓: the list's posts before the bare past one
                pos = after_joiner = listed
                continue
            break
        holder, chain = found
        former = _former(ctx, holder.start) or _former_after(ctx, holder.end, chain[-1][1])
        if former and out and not ctx.simplified.startswith("现", after_joiner):
            # 原嘉实基金管理公司总经理助理、基金丰和基金经理X: 原 before the list marks every post of it past
            out = [replace(r, former=True) for r in out]
        for role_simplified, at, own in reversed(chain):
            target = _government(ctx, holder, role_simplified, at, own == "government") if own != "skip" else None
            if own == "skip" or target is None or (at != chain[-1][1] and _no_party_post(target, role_simplified)):
                continue  # 国民党主席兼“总统”马英九: a state's post, no party's
            out.append(
                ctx.relation(
                    source, ctx.owner[target], RelationKind.HOLDS_ROLE, holder.start, person.end,
                    ctx.text[at : at + len(role_simplified)], former=former,
                )
            )
        pos = holder.start
        # a word of acting between the joiner and the next holder: 交通部长暨代理行政院长 (both posts held)
        pos -= len(next((w for w in _ACTING_BEFORE_HOLDER if ctx.simplified.endswith(w, 0, pos)), ""))
        pos -= _opening_quote_before(ctx, pos)  # 院士、前“卫生署长”X: the list reads on past the title's mark
        if former and ctx.simplified[pos - 1 : pos] in _FORMER_MARKS and ctx.simplified[pos - 2 : pos - 1] == "、":
            pos -= 1  # 中国房地产研究会会长、原国家建设部副部长X: the list reads on past the past post's mark
        if pos > 0 and ctx.simplified[pos - 1] in "、兼暨":  # 国务院副总理兼财政部长: each holder its post
            after_joiner, pos = pos, pos - 1
            continue
        break
    return out


#: A title's English form in brackets between the title and the name (外交部长(Foreign Minister)X).
_LATIN_ASIDE = re.compile(r"[（(][A-Za-z][A-Za-z .,'’&\-，、]{1,80}[）)]$")


def _latin_aside_start(ctx: RelationContext, end: int) -> int:
    """Where a title ends before its English form in brackets that ends at ``end`` (多元文化部长(Citizenship，
    Immigration and Multiculturalism Minister)|康尼), when a title ends there; else ``end`` itself."""
    aside = _LATIN_ASIDE.search(ctx.simplified, max(end - 84, 0), end)
    return aside.start() if aside is not None and _role_candidates(ctx, aside.start()) else end


#: A short bracketed aside between a title and the name, no clause inside: a legislator's constituency (立法会议员
#: （选委会界别）陈丽珊, 立法会议员（工程界）X), a photo's position (总经理（左）王明).
_SHORT_ASIDE = re.compile(r"[（(][^（）()，,。；;：:！？!?\n]{1,12}[）)]$")


def _short_aside_start(ctx: RelationContext, end: int) -> int:
    """Where a title ends before a short bracketed aside that ends at ``end`` (立法会议员|（选委会界别）陈丽珊), when a
    title ends there and no one is named inside the aside; else ``end`` itself."""
    aside = _SHORT_ASIDE.search(ctx.simplified, max(end - 14, 0), end)
    if aside is None or not _role_candidates(ctx, aside.start()) \
            or any(aside.start() < m.end and m.start < end for m in ctx.mentions if m.label is Label.PERSON):
        return end
    return aside.start()


#: Words of acting that may stand between a joiner and the holder of the next post (部长暨代理行政院长).
_ACTING_BEFORE_HOLDER = ("代理", "署理")
#: Words that make another post of a title in a chain of posts, read past by the chain (董事、代理总经理; 副董事长、轮值
#: 董事长: a rotating chairman).
_CHAINED_QUALIFIERS = _ACTING_BEFORE_HOLDER + ("轮值",)
#: A past post's mark between a list's 、 and the next holder (会长、原国家建设部副部长 X).
_FORMER_MARKS = frozenset("原前")


#: Quotation marks the press sets around a Taiwan body or title it does not recognise (台当局“新闻局长”苏俊宾).
_OPENING_QUOTES = "“「『"
_CLOSING_QUOTES = "”」』"
_MAX_QUOTED = 12


def _quoted_name_start(ctx: RelationContext, person: Mention) -> int:
    """Where ``person`` starts with the quotation mark the press sets around a name (行政院发言人「李孟谚」说明:
    the title is the name's), else where the name does: the marks pair right around it."""
    opening = _OPENING_QUOTES.find(ctx.simplified[person.start - 1 : person.start]) if person.start else -1
    if opening >= 0 and ctx.simplified[person.end : person.end + 1] == _CLOSING_QUOTES[opening]:
        return person.start - 1
    return person.start


def _quoted_title_end(ctx: RelationContext, start: int) -> int:
    """Where a title in quotation marks before a name starting at ``start`` ends: before the closing mark
    (台当局“新闻局长”苏俊宾, 台当局“疾病管制局副局长”林顶), else ``start``. The quotation opens within a few
    letters and holds a role word at its end."""
    simplified = ctx.simplified
    if simplified[start - 1 : start] not in tuple(_CLOSING_QUOTES) or start < 2:
        return start
    opening = max(simplified.rfind(q, max(start - 1 - _MAX_QUOTED, 0), start - 1) for q in _OPENING_QUOTES)
    quoted = simplified[opening + 1 : start - 1] if opening >= 0 else ""
    if not quoted or not all(ch.isalnum() for ch in quoted) \
            or not any(quoted.endswith(r) for r in ctx.lexicon.role_words):
        return start
    return start - 1


def _quoted_holder(ctx: RelationContext, p: int, role: str) -> Mention | None:
    """A body in quotation marks right before its title (台“教育部”部长, 民进党“立法院”党团干事长)."""
    if ctx.simplified[p - 1 : p] not in tuple(_CLOSING_QUOTES):
        return None
    holder = ctx.org_ending_at.get(p - 1)
    if holder is None and role in ctx.lexicon.place_roles:
        holder = ctx.place_ending_at.get(p - 1)
    return holder


def _holder_before_quoted_title(ctx: RelationContext, p: int, role: str) -> Mention | None:
    """The holder right before a title the press set in quotation marks, the quotation opening at ``p - 1`` and
    closing right after the title (台湾“总统”马英九: 总统 of 台湾; 国民党籍“立委”邱毅, 民进党“立委”X: 立委 of the party,
    as unquoted; 台湾“前总统”陈水扁: 前 inside marks it past); ``None`` when no quotation opens there or it holds more
    than the title; a place holder must be a coded division (格拉斯小镇“市长”: marks of a figurative title, no office)."""
    simplified = ctx.simplified
    past = next((w for w in _FORMER_BETWEEN if simplified.endswith(w, 0, p)), "")
    q = p - len(past) if past and simplified[p - len(past) - 1 : p - len(past)] in tuple(_OPENING_QUOTES) else p
    if q < 2 or simplified[q - 1] not in _OPENING_QUOTES:
        return None
    if simplified[p + len(role) : p + len(role) + 1] != _CLOSING_QUOTES[_OPENING_QUOTES.index(simplified[q - 1])]:
        return None
    holder = _holder(ctx, q - 1, role) or _taiwan_short_form(ctx, q - 1, role)
    return None if holder is not None and holder.label is Label.PLACE and not holder.code else holder


#: The one letter mainland news writes for Taiwan before a state's title it sets in quotation marks (台“副总统”X),
#: and the titles so read: the state's alone (台“立委”X names no body, as “立委”X does not).
_TAIWAN_LETTER = "台"
_TAIWAN_STATE_TITLES = frozenset({"总统", "副总统", "领导人"})
_TAIWAN = "台湾"


def _taiwan_short_form(ctx: RelationContext, p: int, role: str) -> Mention | None:
    """台湾, derived with its code, when the one letter 台 stands right before ``p`` (an opening quotation mark before a
    state's title: 台“总统”马英九) opening its phrase; ``None`` when the letter ends a longer word (舞台“总统”)."""
    simplified = ctx.simplified
    b = p - len(_TAIWAN_LETTER)
    if role not in _TAIWAN_STATE_TITLES or b < 0 or not simplified.startswith(_TAIWAN_LETTER, b) \
            or (b > 0 and is_han(simplified[b - 1]) and simplified[b - 1] not in _BODY_LEFT_EDGE):
        return None
    divisions = load_gazetteer().lookup(_TAIWAN)
    return ctx.derive_mention(b, p, Label.PLACE, _TAIWAN, divisions[0].code if len(divisions) == 1 else "")


def _past_bare_post_listed(ctx: RelationContext, end: int) -> int | None:
    """Where the list of posts before a bare past post ending at ``end`` ends (民进党秘书长、前“立委”王拓: 秘书长's end),
    when the post, no holder of its own written, follows 、 and 前 or 原 (a quotation mark maybe around it); else
    ``None``. The past post is left to the bare titles' reader (:mod:`zhkg.relate.roles_implied`)."""
    simplified = ctx.simplified
    for role in _role_candidates(ctx, end):
        s = end - len(role)
        s -= _opening_quote_before(ctx, s)
        if s > 1 and simplified[s - 1] in _FORMER_MARKS and simplified[s - 2] == "、" and _role_candidates(ctx, s - 2):
            return s - 2
    return None


def _opening_quote_before(ctx: RelationContext, pos: int) -> int:
    """1 when an opening quotation mark stands right before ``pos`` (a holder's start: 前“|卫生署长”), else 0."""
    return int(pos > 0 and ctx.simplified[pos - 1] in _OPENING_QUOTES)


def _byline_name_start(ctx: RelationContext, start: int) -> int:
    """Where the title before a name starting at ``start`` ends: past the spaces between them in a dateline's
    byline (新华网莫斯科5月29日电(记者 卢敬利): 记者 ends before the space), else ``start`` itself."""
    simplified = ctx.simplified
    q = start
    while q > 0 and simplified[q - 1] in " \u3000" and start - q < 2:
        q -= 1
    if q == start:
        return start
    role = ctx.lexicon.role_ending(simplified, q) or None
    at = q - len(role) if role is not None else q
    press = role in _CREDITED_ROLES and _byline_outlet(ctx, at)
    if role is not None and (_dateline_source(ctx, at) is not None or press):
        return q
    # a caption's title, one space before the name, its body written right before it (海通证券董事长 周杰); not a
    # title free of bodies (a transcript's speaker: …华翰国际雷维主持人 邢晓利：)
    named = role is not None and role not in _CREDITED_ROLES and role not in _FREE_ROLES and start - q == 1 \
        and (ctx.org_ending_at.get(at) is not None or _chained_body(ctx, at, role)) and not _credited_names(ctx, start)
    return q if named else start


def _credited_names(ctx: RelationContext, start: int) -> bool:
    """Whether the name at ``start`` opens a byline's credit: a space and another name after it, or a mark of what the
    person did (经理 刘嫣 陈丽华/文, 刘嫣/文): names of a credit, no caption's."""
    simplified = ctx.simplified
    name = next((m for m in ctx.mentions if m.label is Label.PERSON and m.start == start), None)
    end = name.end if name is not None else start
    while name is None and end < min(start + 4, len(simplified)) and is_han(simplified[end]):
        end += 1  # a name no extractor found (the title's reader derives it): its Han letters
    if simplified[end : end + 1] in ("/", "／"):
        return True
    after = end
    while simplified[after : after + 1] in (" ", "\u3000", "\xa0"):
        after += 1
    return after > end and any(m.label is Label.PERSON and m.start == after for m in ctx.mentions)


def _chained_body(ctx: RelationContext, at: int, role: str) -> bool:
    """Whether ``role``, starting at ``at``, closes a list of titles after a named body (海通证券党委书记、董事长)."""
    joined = _chained_role(ctx, at, role) if at > 1 else None
    return joined is not None and _body_ends_at(ctx, joined[1])


def _byline_outlet(ctx: RelationContext, at: int) -> bool:
    """Whether a reporter's title starting at ``at`` is a press byline's, so that a space may part it from the name
    and the colleagues listed after: a byline's lead after an outlet (:func:`_press_source`), or a paper the table
    lists as media right before the title (新快报记者 刘嫣)."""
    outlet = ctx.org_ending_at.get(at)
    return _press_source(ctx, at) is not None or (
        outlet is not None and ctx.lexicon.known_organisations.get(outlet.simplified, ("",))[0] == "media")


def _owner_of(ctx: RelationContext, person: Mention) -> str:
    """The entity ``person`` stands for: its own, or for a bare surname (童後來擔任…) or a two-letter family
    name (石原出任…, after 石原慎太郎) the one person of that surname the document named in full before it;
    for a pronoun's stand-in (:func:`_pronoun_subjects`), the person it points back to."""
    if person.extractor == _PRONOUN_SOURCE:
        return person.canonical
    name = person.simplified
    if len(name) > _FullNames.LETTERS or not name:
        return ctx.owner[person]
    surname = name in ctx.lexicon.surnames
    if not surname and len(name) != 2:
        return ctx.owner[person]
    if ctx.full_names is None or ctx.full_names[0] is not ctx.mentions:
        ctx.full_names = (ctx.mentions, _FullNames(ctx))
    names: _FullNames = ctx.full_names[1]  # type: ignore[assignment]
    # a Japanese family name for the full name before it: 石原慎太郎…，石原出任…
    if not surname and names.first_long.get(name, person.start + 1) > person.start:
        return ctx.owner[person]
    return names.one_before(name, person.start) or ctx.owner[person]


class _FullNames:
    """The people of a document by the first letters of their names, to tell in one bisection which of them a
    surname alone, or a family name, named before it stands for (:func:`_owner_of`): one pass over the mentions,
    not one per surname (a long document naming many people by surname was quadratic)."""

    #: the longest surname or family name looked up (复姓 and 石原 have two letters)
    LETTERS = 2

    def __init__(self, ctx: RelationContext) -> None:
        by_start: dict[str, list[tuple[int, str]]] = defaultdict(list)
        #: by first two letters, the earliest end of a name of four letters or more (石原慎太郎)
        self.first_long: dict[str, int] = {}
        for m in ctx.mentions:
            if m.label is not Label.PERSON:
                continue
            full = m.simplified
            for n in range(1, min(len(full) - 1, self.LETTERS) + 1):
                by_start[full[:n]].append((m.end, ctx.owner[m]))
            if len(full) >= 4:
                key = full[:2]
                self.first_long[key] = min(self.first_long.get(key, m.end), m.end)
        #: by first letters: the ends in order, and for each the one person named by then ("" when more than one)
        self.ends: dict[str, list[int]] = {}
        self.single: dict[str, list[str]] = {}
        for key, found in by_start.items():
            found.sort(key=lambda pair: pair[0])
            ends, single, first = [], [], None
            for end, owner in found:
                first = owner if first is None or first == owner else ""
                ends.append(end)
                single.append(first)
            self.ends[key] = ends
            self.single[key] = single

    def one_before(self, name: str, at: int) -> str:
        """The one person whose longer name starts with ``name`` named before ``at``, or ``""`` (none, or several)."""
        ends = self.ends.get(name)
        if not ends:
            return ""
        i = bisect_right(ends, at)
        return self.single[name][i - 1] if i else ""


#: Pronouns of a person that open a clause as its subject (他曾任…, 她后出任…); the stand-ins
#: :func:`_pronoun_subjects` makes for them carry this as their extractor.
_PRONOUN = re.compile("[他她]")
#: A surname and an honorific: 王先生 stands for the 王 the document named in full before (王建国…。王先生曾任…).
_SURNAME_HONORIFIC = re.compile("(?<=[\u4e00-\u9fff])(?:先生|女士|小姐)")
_PRONOUN_SOURCE = "relate:pronoun"
#: What makes 他/她 no person's pronoun: 他们, 她们, 他人, 其他, 他国, 他乡, 他日, 他的 (a possessor, no subject).
_NOT_PRONOUN_AFTER = frozenset("们人国乡日的")
_NOT_PRONOUN_BEFORE = frozenset("其吉")
#: How far back a pronoun's person may be named: its sentence, else the nearest of the sentences before it that
#: names anyone, this many back at most.
_PRONOUN_SENTENCES = 2
#: What a subject pronoun follows in its sentence: a comma, a time, a quote or bracket.
_PRONOUN_AFTER = frozenset("，,：:“「『（( 年月日后时")


#: How far back a quotation around a pronoun may open.
_MAX_QUOTATION = 300


def _quoted(simplified: str, i: int) -> bool:
    """Whether offset ``i`` is inside a quotation (“…”, 「…」, 『…』) opened in the :data:`_MAX_QUOTATION` letters
    before it and not closed yet."""
    lo = max(i - _MAX_QUOTATION, 0)
    opened = max(simplified.rfind(q, lo, i) for q in _OPENING_QUOTES)
    closed = max(simplified.rfind(q, lo, i) for q in _CLOSING_QUOTES)
    return opened > closed


def _pronoun_subjects(ctx: RelationContext) -> list[Mention]:
    """A stand-in mention for each 他 or 她 opening a clause as its subject, whose person is plain: the one
    person its sentence named before it, or, when it names none there, the one person of the nearest sentence
    before that names anyone (王立群毕业于清华大学。他曾任华为公司副总裁: 王立群). The stand-in's
    ``canonical`` holds that person's entity id (:func:`_owner_of`); it is never a mention of the document.
    Two people there, or none, and the pronoun stands for no one (王明会见了李四，他曾任…). A surname and an
    honorific in a subject's place (王先生曾任…) stand for the one person of that surname the document named in full
    before them."""
    simplified = ctx.simplified
    out: list[Mention] = []
    people = [m for m in ctx.mentions if m.label is Label.PERSON]
    starts = [m.start for m in people]
    ends = {m.end for m in people}
    sentence_starts = [a for a, _ in ctx.sentences]
    sentence_start_set = set(sentence_starts)

    def named(a: int, b: int) -> set[str]:
        return {ctx.owner[m] for m in people[bisect_left(starts, a) : bisect_left(starts, b)] if m.end <= b}

    for found in _PRONOUN.finditer(simplified):
        i, ch = found.start(), found.group()
        if simplified[i + 1 : i + 2] in _NOT_PRONOUN_AFTER or simplified[i - 1 : i] in _NOT_PRONOUN_BEFORE:
            continue
        k = bisect_right(sentence_starts, i) - 1
        if k < 0 or i >= ctx.sentences[k][1]:
            continue
        s = ctx.sentences[k][0]
        if (i > s and simplified[i - 1] not in _PRONOUN_AFTER) or _quoted(simplified, i):
            continue  # 王明说：“他是万科集团董事长”: a quotation's 他 is someone else
        who = _person_before(ctx, i, k, named)
        if who is None:
            continue
        out.append(Mention(ctx.doc.id, i, i + 1, ctx.text[i], ch, Label.PERSON, _PRONOUN_SOURCE, canonical=who))
    for found in _SURNAME_HONORIFIC.finditer(simplified):
        i = found.start()  # where the honorific starts; the surname ends there
        if i in ends:
            continue  # 王建国先生: a name the extractors found
        surname = next((n for n in (simplified[i - 2 : i], simplified[i - 1 : i])
                        if n in ctx.lexicon.surnames and i - len(n) >= 0), "")
        b = i - len(surname)
        if not surname or not (b in sentence_start_set or simplified[b - 1 : b] in _PRONOUN_AFTER):
            continue
        who = {ctx.owner[m] for m in people[: bisect_left(starts, b)] if m.simplified.startswith(surname)
               and len(m.simplified) > len(surname)}
        if len(who) == 1:  # 王建国…。王先生曾任…: the one 王 the document named in full before
            out.append(Mention(ctx.doc.id, b, i, ctx.text[b:i], surname, Label.PERSON, _PRONOUN_SOURCE,
                               canonical=next(iter(who))))
    return out


def _person_before(ctx: RelationContext, i: int, k: int, named: Callable[[int, int], set[str]]) -> str | None:
    """The entity id of the one person the sentence ``k`` names before ``i``, or, when it names none there, of the
    one person of the nearest sentence before that names anyone (two sentences back at most); ``None`` when there
    are two or none. ``named(a, b)`` gives the people named between ``a`` and ``b``."""
    who = named(ctx.sentences[k][0], i)
    back = k
    while not who and back > 0 and k - back < _PRONOUN_SENTENCES:
        back -= 1
        who = named(*ctx.sentences[back])
    return next(iter(who)) if len(who) == 1 else None


#: The object of a verb of appointment: 华为公司聘任他为总经理 (:func:`_appointed_pronouns`).
_OBJECT_PRONOUN = frozenset("他她")


def _appointed_pronouns(ctx: RelationContext, verbs: list[re.Match[str]]) -> dict[int, Mention]:
    """A stand-in mention (as :func:`_pronoun_subjects` makes) for each 他 or 她 right after a verb of appointment
    (``verbs``), by where it starts: the one person its sentence named before it, or, when it names none there, the
    one person of the nearest sentence before that names anyone (王建国毕业于清华大学。华为公司于2010年聘任他为总经理:
    王建国); two there, or none, and the pronoun stands for no one."""
    simplified = ctx.simplified
    people = [m for m in ctx.mentions if m.label is Label.PERSON]
    starts = [m.start for m in people]
    sentence_starts = [a for a, _ in ctx.sentences]

    def named(a: int, b: int) -> set[str]:
        return {ctx.owner[m] for m in people[bisect_left(starts, a) : bisect_left(starts, b)] if m.end <= b}

    out = {}
    for verb in verbs:
        i = verb.end()
        if simplified[i : i + 1] not in _OBJECT_PRONOUN or simplified[i + 1 : i + 2] in _NOT_PRONOUN_AFTER:
            continue
        k = bisect_right(sentence_starts, i) - 1
        if k < 0 or i >= ctx.sentences[k][1] or _quoted(simplified, i):
            continue
        who = _person_before(ctx, i, k, named)
        if who is not None:
            out[i] = Mention(ctx.doc.id, i, i + 1, ctx.text[i], simplified[i], Label.PERSON, _PRONOUN_SOURCE,
                             canonical=who)
    return out


#: Characters no given name holds (function words and speech verbs): 总经理王明说 is 王明, not 王明说.
_NOT_GIVEN = frozenset("的了是在和与及或等年月日时也都说称表示着过被把从到由对向将为于之")
#: Surnames that are also words joining what follows a title to it: 队长和指挥, 主任与副主任.
_NOT_SURNAME_HERE = frozenset("和与及同跟向对于")
#: jieba's dictionary tags a name may have: unknown, or a person's name.
_NAME_TAGS = frozenset({"x", "nr", "nrfg"})


def _name_at(ctx: RelationContext, at: int, before_role: bool = False) -> tuple[int, int] | None:
    """A 2-4 character name no extractor named at ``at``: a known surname and one or two given characters,
    no known word, nothing named over it, and after it a word a title is followed by (表示, 说…), a verb
    of two letters (带领), a punctuation mark or the end; with ``before_role``, a role word after it
    (清华大学王伟教授)."""
    simplified = ctx.simplified
    for surname in (simplified[at : at + 2], simplified[at : at + 1]):
        if len(surname) == 0 or surname not in ctx.lexicon.surnames or surname in _NOT_SURNAME_HERE \
                or any(simplified.startswith(r, at + len(surname)) for r in _roles_from(ctx, at + len(surname))):
            continue  # 队长和指挥: 和 joins two titles
        for given in (1, 2):
            end = at + len(surname) + given
            name = simplified[at:end]
            if end > len(simplified) or not name.isalnum() or not all(map(is_han, name)) \
                    or any(ch in _NOT_GIVEN for ch in name[len(surname):]):
                continue
            # (a letter inside a mention: the offsets every mention covers are worked out once, not each mention tried)
            if not ctx.covered().isdisjoint(range(at, end)) or _dictionary_tag(name) not in _NAME_TAGS:
                continue
            if given == 1 and not before_role and he_ends_name(simplified, end) \
                    and _dictionary_tag(name + simplified[end]) in _NAME_TAGS:
                return at, end + 1  # 局长张家和今天表示: 和 joins nothing there, it ends the name (extract/names_with_he.py)
            if before_role:
                if any(simplified.startswith(r, end) for r in _roles_from(ctx, end)):
                    return at, end
            elif end == len(simplified) or not simplified[end].isalnum() or simplified[end] in _AFTER_TITLE \
                    or (_verb_at(simplified, end) and surname[0] not in _NOT_GIVEN
                        and (given == 1 or _dictionary_tag(name[len(surname):]) == "x")):
                return at, end  # before a verb: not 由|著名导演, 时|就拜读
    return None


def _name_cut_short(ctx: RelationContext, person: Mention) -> tuple[int, int] | None:
    """The whole name of a person the recogniser cut one letter short right after a title (总经理王小|明表示:
    王小明): a one-letter known surname and one given letter, then a letter no function word, verb of saying
    or word a title is followed by, and after it a punctuation mark or such a word (表示, 说…), the two
    letters no dictionary word; the three a name to jieba's dictionary (unknown, or a person's name)."""
    simplified = ctx.simplified
    name, end = person.simplified, person.end
    if len(name) != 2 or name[0] not in ctx.lexicon.surnames or end + 1 > len(simplified) \
            or not any(simplified.endswith(r, 0, person.start) for r in _roles_to(ctx, person.start)):
        return None
    ch, after = simplified[end], simplified[end + 1 : end + 2]
    if not is_han(ch) or ch in _NOT_GIVEN or ch in _AFTER_TITLE or dates_a_day(simplified, end) \
            or any(m.start <= end < m.end for m in ctx.mentions) \
            or (after and after.isalnum() and (after not in _AFTER_TITLE or _dictionary_tag(ch + after) != "x")):
        return None  # 局长王军今天, 市长张伟强调, 记者王伟报道
    return (person.start, end + 1) if _dictionary_tag(name + ch) in _NAME_TAGS else None


def _verb_at(text: str, at: int) -> bool:
    """Whether a verb of two letters or more, to jieba's dictionary, starts at ``at`` (王小明|带领…)."""
    word = next(iter(_words(text[at : at + 4])), "")
    return len(word) >= 2 and _dictionary_tag(word) == "v"


def _word_after(text: str, at: int, name: str) -> bool:
    """Whether a verb or adverb of two letters or more that jieba's dictionary knows starts at ``at``, or after
    a name of three letters a noun (叶金川|宣布, 陈建仁|更是, 苏俊宾|证实): ``name`` ends there (not 王小|明表示,
    刘宏疆|一声感叹, 钟红|文科 of 钟红文, 莱昂|内尔-霍林斯)."""
    word = next(iter(_words(text[at : at + 4])), "")
    tag = _dictionary_tag(word)
    return len(word) >= 2 and tag not in _NAME_TAGS and (tag[:1] in ("v", "d") or (tag[:1] == "n" and len(name) >= 3))


def _roles_from(ctx: RelationContext, at: int) -> tuple[str, ...]:
    """The role words that may start at ``at`` (those opening with its letter), longest first."""
    return ctx.lexicon.roles_by_first.get(ctx.simplified[at:at + 1], ()) if at >= 0 else ()


def _roles_to(ctx: RelationContext, end: int) -> tuple[str, ...]:
    """The role words that may end at ``end`` (those closing with the letter before it), longest first."""
    return ctx.lexicon.roles_by_last.get(ctx.simplified[end - 1:end], ()) if end > 0 else ()


def _role_candidates(ctx: RelationContext, end: int) -> tuple[str, ...]:
    """The role words written right before ``end``, longest first; first of all an assistant's post, a title and
    助理 (院长助理、研究员傅梦孜, 总经理助理王明: the assistant's post, no 院长's or 总经理's)."""
    simplified = ctx.simplified
    found = tuple(r for r in _roles_to(ctx, end) if simplified.endswith(r, 0, end))
    fielded = _fielded_title(ctx, end, found)
    if fielded:
        found = (fielded, *found)
    if found:
        ranked = _ranked_title(ctx, end - len(found[0]), found[0])
        at = end - len(ranked or found[0])
        # (a unit whose letter the title repeats keeps its own reading: 国家发改委|中国小城镇试点处|处长, :func:`_unit`)
        department = "" if _unit_role(ctx, at, ranked or found[0]) \
            else _department_before(ctx, at - (ctx.simplified[at - 1 : at] == "副"), end)
        return tuple(t for t in (department, ranked) if t) + found
    if simplified.endswith(_ASSISTANT, 0, end):
        base = next((r for r in _roles_to(ctx, end - len(_ASSISTANT))
                     if simplified.endswith(r, 0, end - len(_ASSISTANT))), None)
        if base is not None and base + _ASSISTANT not in found:
            return (base + _ASSISTANT, *found)
    return found


#: A fund manager's title, whose 基金 a fund's name may end with (红利基金|经理).
_FUND_MANAGER = "基金经理"
#: A fund manager's titles, whose holder may be a fund (a product) rather than its company.
_FUND_ROLES = frozenset({"基金经理", "基金经理助理"})
#: Between a fund and its manager's title: 的, and a word saying the post is newly given (拟任, 现任).
_FUND_LINK = re.compile(r"的?(?:拟任|现任|新任)?$")
#: A fund's name no extractor named, ending in 基金 (易方达行业领先企业基金, 友邦华泰积极成长基金), or a closed-end
#: fund's, 基金 and two letters (基金丰和, 基金普润: as they are registered).
_FUND_NAME = re.compile(r"(?:[\u4e00-\u9fff]{2,16}基金|基金[\u4e00-\u9fff]{2})$")
#: What may stand before a fund's name: a clause's start, a list's 、, a quotation's close, the 的 of a clause
#: describing it (正在发行的中银行业优选灵活配置混合型基金拟任基金经理X).
_FUND_LEFT_EDGE = frozenset("，,。；;：:！？!?、（(“「 \n”」』的")


def _fund_holder(ctx: RelationContext, p: int, role: str) -> Mention | None:
    """The fund whose manager's title starts at ``p`` (易方达行业领先企业基金的拟任基金经理伍卫; 、基金丰和基金经理X in a list of
    posts): letters ending in 基金 from a clause's start or a list's 、 (原/前 there a past post's mark, no part of
    the name), or 基金 and a closed-end fund's two letters; no verb opening them, nothing named in them but the
    company's short name opening them, no role word. Derived as an organisation; ``None`` otherwise."""
    if role not in _FUND_ROLES:
        return None
    simplified = ctx.simplified
    q = _FUND_LINK.search(simplified, max(p - 3, 0), p).start()
    name = _FUND_NAME.search(simplified, max(q - 18, 0), q)
    if name is None:
        return None
    b = name.start()
    while b < q and b > 0 and simplified[b - 1] not in _FUND_LEFT_EDGE:
        b += 1  # the pattern's earliest start may be inside a clause: move to its edge
    if simplified[b : b + 1] in ("原", "前"):
        b += 1  # 原长盛基金的基金经理: a past post (:func:`_former`)
    span = simplified[b:q]
    if len(span) < 4 or not (span.endswith("基金") or span.startswith("基金")) \
            or _dictionary_tag(next(iter(_words(span)), "")) in _NOT_BODY_TAGS:
        return None  # 日前专访|兴业有机增长基金: a verb opens the letters, no fund's name
    if any(ch in "的了是在与及等为对" for ch in span) or any(r in span for r in ctx.lexicon.role_words if len(r) > 1) \
            or any(m.start < q and b < m.end and not _opens_fund(m, b, q) for m in ctx.mentions):
        return None
    return ctx.derive_organisation(b, q)


def _opens_fund(m: Mention, b: int, q: int) -> bool:
    """Whether ``m``, named inside a fund's name ``[b, q)``, is only its company (华安 of 华安行业精选股票基金, read as a
    place or a body), or the fund run on into its manager's title (基金安顺基金|经理)."""
    return m.start == b and m.label in (Label.ORGANIZATION, Label.PLACE) and (m.end < q or m.end == q + 2)


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


#: Words ending like a department that name none: a quantity or a side (公司全部董事, 集团内部人士).
_NOT_DEPARTMENTS = ("全部", "内部", "外部", "局部", "干部", "大部", "东部", "西部", "南部", "北部", "中部", "总部")


def _department_before(ctx: RelationContext, at: int, end: int) -> str:
    """The department written between a body and the title ending at ``end`` (its department's head ending at
    ``at``), read as :func:`_department_title` reads it after a verb, with the title as one title (招商银行现金管理部
    总经理 X: 现金管理部总经理 of 招商银行, the department no body of its own); "" when none is written."""
    if ctx.simplified[at - 1 : at] not in _DEPARTMENT_HEAD_LAST:
        return ""
    for start in range(at - 2, max(at - _MAX_DEPARTMENT, 0) - 1, -1):
        if start in ctx.org_ending_at:
            found = _department_title(ctx, start, ctx.org_starting_at.get(start))
            if found is None or found[1] != end or ctx.simplified[start:at].endswith(_NOT_DEPARTMENTS):
                return ""
            return found[0]
        if not ctx.simplified[start].isalnum():
            break
    return ""


def _role_at(ctx: RelationContext, at: int) -> str | None:
    """The longest role word starting at ``at`` (role words are longest first), or ``None``."""
    return next((r for r in _roles_from(ctx, at) if ctx.simplified.startswith(r, at)), None)


def _word_tag_at(text: str, at: int) -> str:
    """jieba's tag of the longest dictionary word of three letters or fewer starting at ``at`` (候选人: n, where 候选
    is v; 也表示: 也's d), ``x`` when none is."""
    for n in (3, 2, 1):
        tag = _dictionary_tag(text[at : at + n]) if at + n <= len(text) else ""
        if tag not in ("", "x"):
            return tag
    return "x"


def _dictionary_tag(word: str) -> str:
    from zhkg.stages.segment import dictionary_tag  # jieba's tag table, loaded by the segmenter already

    return dictionary_tag(word)


def _title_people(ctx: RelationContext) -> list[tuple[int, int]]:
    """Where a name no extractor found follows a title: 总经理王小明表示, 立委林为洲说 (:func:`_name_at`)."""
    simplified = ctx.simplified
    pattern, roles = _role_starts(ctx.lexicon)
    ends = set(range(len(simplified) + 1)) if "" in roles else set()
    # the longest role at each position (a trie, one scan); the shorter roles there are its prefixes
    for m in pattern.finditer(simplified):
        longest, at = m.group(1), m.start()
        ends.update(at + n for n in range(1, len(longest) + 1) if longest[:n] in roles)
    # a space after the title, as a byline sets it (新快报记者 刘嫣): :func:`_byline_name_start` says where it counts
    ends |= {e + 1 for e in ends if simplified[e : e + 1] in (" ", "\u3000")}
    return sorted({span for e in ends if e not in ctx.person_starts and (span := _name_at(ctx, e)) is not None})


@lru_cache(maxsize=4)  # a Lexicon hashes by identity
def _role_starts(lexicon: Lexicon) -> tuple[re.Pattern[str], frozenset[str]]:
    """Where a role word begins, the longest there as group 1 (every position tried: roles overlap), and the
    role words as a set."""
    roles = frozenset(lexicon.role_words)
    first = re.escape("".join(sorted({r[0] for r in roles if r})))  # one test of a letter rules most positions out
    return re.compile(f"(?=[{first}])(?=(" + longest_first(r for r in roles if r) + "))" if first else "(?!)"), roles


#: What names a party committee, and the roles that are the committee's: 党委副书记、副局长 (副局长 is the 局's).
_PARTY_BODIES = ("党工委", "党委", "党组")
_PARTY_ROLES = ("书记", "常委", "委员", "成员")
# a place's party committee: 深圳市委, 广东省委 (its non-party roles a place's government holds are the place's)
_PLACE_COMMITTEES = ("市委", "省委", "县委", "区委", "州委")


def _government(ctx: RelationContext, holder: Mention, role: str, at: int, written: bool) -> Mention | None:
    """Who holds ``role`` (at ``at``) in a chain whose holder is ``holder``: the holder, or for a role that is
    no party role after a party committee, the body the committee leads (伊犁农垦局党委副书记、副局长: 副局长 of
    伊犁农垦局; 西藏自治区党委常委、政府常务副主席: 常务副主席 of 西藏自治区政府, ``written`` 政府; 深圳市委常委、
    副市长: 副市长 of 深圳市)."""
    name = holder.name
    party = any(p in role for p in _PARTY_ROLES)
    if not party and role in ctx.lexicon.place_roles and name.endswith(_PLACE_COMMITTEES):
        place = ctx.place_starting_at.get(holder.start)
        if place is not None and place.end == holder.end - 1:
            return place
        return None  # 市委常委、常务副市长: the mayor's city is not written, and the committee is no mayor
    body = next((b for b in _PARTY_BODIES if name.endswith(b) and holder.simplified.endswith(b)), None)
    if body is None or party:
        return None if written else holder
    base = name[: -len(body)]
    if len(base) < 2:
        return None if written else holder
    if written:  # 政府 right before the role
        return ctx.derive_organisation(at - 2, at, canonical=base + "政府")
    return ctx.derive_organisation(holder.start, holder.end - len(body), canonical=base)


#: Bodies whose head's title repeats their last character and may share it (经济部长: 部长 of 经济部).
_FUSED_HEADS = frozenset("部院局署厅处所会社司")
#: Words before a title that qualify it and name no body: 代理司长, 新任董事长.
_ROLE_QUALIFIERS = ("代理", "执行", "常务", "首任", "新任", "现任", "时任", "前任", "候任", "署理", "名誉", "荣誉",
                    "首席", "第一", "第二", "驻", "轮值")
#: Words before a title that make another post of it, kept with the title however it was read (执行总编 is no 总编,
#: 名誉教授 no 教授, 常务董事 no 董事, 代理总经理 no 总经理, 台北市代理市长 no 市长, 候补委员 no 委员); 副 is the table's own
#: (副董事长).
_POST_QUALIFIERS = ("执行", "名誉", "荣誉", "常务", "首席", "代理", "署理", "候补", "特邀", "特聘", "客座", "轮值")
#: The mainland's one letter of acting before a division head's title (湖南省代省长, 深圳市代市长: a head the people's
#: congress has not elected yet), kept with the title as 代理 is (session 22).
_ACTING_HEAD = "代"


def _keep_qualifiers(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """``found`` with each post's qualifier kept (:data:`_POST_QUALIFIERS`: 被聘为《财经》杂志执行总编 is 执行总编, 北京大学
    名誉教授 名誉教授): every place its evidence writes the title, the title starting no longer one, has the same
    qualifier right before it, in no name (中央候补委员会 is a body's); a title written once bare as well is left."""
    if not any(r.kind is RelationKind.HOLDS_ROLE and r.role_simplified for r in found):
        return found  # no post to qualify: no index of the document's mentions to build
    # the mentions by the letters they cover and by where they end, once for all the titles (each title's places
    # were checked against every mention of the document: a long document's length squared)
    covering = SpanIndex(m for m in ctx.mentions if m.end > m.start)
    ending: dict[int, list[Mention]] = {}
    for m in ctx.mentions:
        ending.setdefault(m.end, []).append(m)
    return [_qualified(ctx, r, covering, ending) if r.kind is RelationKind.HOLDS_ROLE and r.role_simplified else r
            for r in found]


def _qualified(ctx: RelationContext, r: Relation, covering: SpanIndex, ending: dict[int, list[Mention]]) -> Relation:
    simplified, role = ctx.simplified, r.role_simplified
    written = set()
    at = simplified.find(role, r.evidence.start, r.evidence.end)
    while at >= 0:
        # the title's holder sharing its first letter (台北市长, 行政院长), whose acting word stands before the holder
        shared = next((m for m in ending.get(at + 1, ()) if m.start < at and m.label is not Label.PERSON), None)
        # 董事 inside 董事长, 委员 inside 中央委员会 are no writing of the title
        if len(_role_at(ctx, at) or "") <= len(role) and (shared is not None or not covering.overlaps(
                Span(at, at + len(role)))):
            q = next((q for q in _POST_QUALIFIERS if simplified.endswith(q, 0, at) and not role.startswith(q)), "") \
                if shared is None else ""
            if not q and role in _DIVISION_HEADS and simplified.endswith(_ACTING_HEAD, 0, at):
                q = _ACTING_HEAD  # 湖南省代省长: an acting governor, no governor
            if q and covering.overlaps(Span(at - len(q), at)):
                q = ""  # the letters are a name's
            written.add((q, ctx.text[at - len(q) : at]) if q else _acting_before_holder(ctx, role, at, shared, ending))
        at = simplified.find(role, at + 1, r.evidence.end)
    if len(written) != 1 or not next(iter(written))[0]:
        return r
    q, source = next(iter(written))
    return replace(r, role=source + r.role, role_simplified=q + role)


def _acting_before_holder(ctx: RelationContext, role: str, at: int, shared: Mention | None,
                          ending: dict[int, list[Mention]]) -> tuple[str, str]:
    """The word of acting (Simplified, as written) before the holder of a title written at ``at`` (代理台北市长, 交通部长暨
    代理行政院长: 代理院长 of 行政院; 署理财政司司长), the holder ending there or sharing its first letter (``shared``); or
    ``("", "")``."""
    holder = shared or next((m for m in ending.get(at, ()) if m.label is not Label.PERSON), None)
    if holder is None:
        return "", ""
    acting = first_ending(ctx.simplified, _ACTING_BEFORE_HOLDER, holder.start)
    return acting, ctx.text[holder.start - len(acting) : holder.start]


#: Words between a place and a title its government holds that name no body: 台北市代理市长, 高雄市新任市长; and
#: those of a past role (美国前总统, 台湾地区前领导人: :func:`_former_after` marks it; a division head's, 北京市前市长, is
#: :func:`_unwritten_divisions`').
_PLACE_ROLE_QUALIFIERS = ("代理", "署理", "新任", "现任", "时任", "候任", "首任") + _FORMER_BETWEEN
#: Those of them that may open a longer run qualifying the post (首任正式, 首任黑人): not a past role's words.
_PLACE_ROLE_RUN_OPENERS = ("代理", "署理", "新任", "现任", "时任", "候任", "首任")
#: What no unnamed body holds: function words, verbs of saying, deixis (该公司, 本报).
_NOT_IN_BODY = frozenset("的了是在和与及或等也都说称表示着过被把从到由对向将为于之这那该本此其我你他她它贵各全每")
#: jieba's tags of a first word that opens no body's name: time, conjunction, adverb, pronoun, preposition,
#: numeral, verb… (今天董事长王伟, 据悉董事长王伟).
_NOT_BODY_TAGS = frozenset({"t", "c", "d", "r", "p", "u", "m", "mq", "f", "q", "y", "e", "o", "v", "vd", "vn", "ad",
                            "a", "b", "s", "l", "i", "tg", "zg"})
_MAX_BODY = 8
#: Words of quality before a title (最佳导演, 著名演员): a body's name does not end with one, nor with a word
#: jieba's dictionary tags a state (z: 最佳).
_QUALITY_WORDS = frozenset({"最佳", "著名", "知名", "优秀", "杰出", "资深", "当红", "金牌", "王牌", "年度"})
#: jieba's tags of a word opening a clause before a body's name that is no part of it: 后来, 同时, 而.
_OPENING_ADVERB_TAGS = frozenset({"t", "d", "c"})
# what a clause opens after
_CLAUSE_OPENERS = frozenset("，,。；;：:！？!?\n「」“”『』（()） 、-—")


def _unnamed_holder(ctx: RelationContext, p: int, role: str, person: Mention) -> Mention | None:
    """A body no extractor named, whose title starts at ``p``: the letters from the start of the clause, or
    after the role before it in a list of posts (副委员长、民建中央主席: 主席 of 民建中央), to the title, the
    title's first character too when it repeats the body's (经济部长: 部长 of 经济部). Guarded: two to eight
    letters, nothing named in them, no role word, no function word or deixis; at a clause's start the first
    word is no time, adverb, verb… and the person is followed by a verb of saying, a time or the clause's
    end (宏源证券研究员杨国华表示). Derived as an organisation."""
    simplified = ctx.simplified
    if role in ctx.lexicon.place_roles:
        return None
    linked = simplified[p - 1 : p] == "的" and role in _COMPANY_TITLES  # 爱格地板的总经理王明 (session 22)
    top = p - linked
    b = top
    while b > 0 and simplified[b - 1].isalnum() and simplified[b - 1] != "是" and top - b <= _MAX_BODY:
        b -= 1
    if b > 0 and simplified[b - 1] not in _CLAUSE_OPENERS and simplified[b - 1] != "是":
        return None  # a clause's start, or after 是: 中方代表是外交部长陆征祥
    if simplified[b : b + 1] in ("前", "原"):
        b += 1  # 前宏碁董事长: a former role (:func:`_former`)
    q = top - 1 if simplified[top - 1 : top] in ("前", "原") and top - 1 > b else top  # 国美电器前主席
    # a company's region, a place and 区, between the name and the title: 德国威能中国区总经理 (session 22)
    region = ctx.place_ending_at.get(q - 1) if simplified[q - 1 : q] == "区" else None
    region = region if region is not None and region.start - b >= 2 else None
    unit_end, q = q, (region.start if region is not None else q)
    end = _body_name_end(ctx, b, q, role)
    opening = next(iter(_words(simplified[b:q])), "")
    if simplified.startswith(_CLAUSE_OF_TIME, b) and _TIME_CLAUSE_END.match(simplified, person.end):
        return None  # 当新主帅莱昂内尔-霍林斯上任后: the clause is one of time, no body before the title
    if end is None and _dictionary_tag(opening) in _OPENING_ADVERB_TAGS and q - b - len(opening) >= 2:
        b += len(opening)  # 。后来国美电器前主席黄光裕: a time or adverb opens the clause, the body follows
        end = _body_name_end(ctx, b, q, role)
    if end is None:
        place = ctx.place_starting_at.get(b)
        # a body whose name opens with its place, no extractor having named the rest: 香港信诚国际执行董事
        rest = _body_name_end(ctx, place.end, q, role) if place is not None and place.end < q else None
        if rest is None or rest - place.end < 2:
            return None
        end = rest
    end = _body_head_end(ctx, b, end)
    if linked and not _proper_name_in(simplified[b:end]):
        return None  # 上市公司的董事长, 外资企业的总经理: a kind of company, no company's name
    if region is not None:
        if end != q:
            return None
        end = unit_end
    listed = b > 1 and simplified[b - 1] == "、" and (any(simplified.endswith(r, 0, b - 1) for r in _roles_to(ctx, b - 1))
                                                    or _person_listed_before(ctx, b - 1))
    after = person.end
    if not listed and (simplified[b - 1 : b] == "、" or (
            after < len(simplified) and simplified[after].isalnum() and simplified[after] not in _AFTER_TITLE
            and not _DAY_AFTER.match(simplified, after) and not _word_after(simplified, after, person.simplified)
            and _dictionary_tag(next(iter(_words(simplified[after:after + 4])), "")) != "t")):
        return None  # 宏源证券研究员杨国华表示, 台积电总裁魏哲家今天出席
    if simplified[end - 1 : end] == "兼":
        return None  # 美国旅行家兼记者: 兼 joins two trades, no body before the second
    return ctx.derive_organisation(b, end)


#: Words that open a clause of time (当…后, 每当…时), whose letters before a title name no body: 当新主帅…上任后
_CLAUSE_OF_TIME = ("每当", "当")
#: The end of such a clause after the person: 时, 后 or 之际 before its break (当当网CEO… has none)
_TIME_CLAUSE_END = re.compile(r"[^，,。；;！？!?]{0,12}?(?:时|后|之际)[，,]")


#: A company's titles, which a body no extractor named may hold with 的 between them (爱格地板的总经理王明表示): the
#: frame is evidence enough for a company only with these, and only when the letters hold a word jieba's dictionary
#: does not know or knows as a proper name (:func:`_proper_name_in`).
_COMPANY_TITLES = frozenset({"总经理", "副总经理", "常务副总经理", "执行总经理", "董事长", "副董事长", "总裁", "副总裁",
                             "执行总裁", "首席执行官", "CEO", "执行长", "创始人", "联合创始人", "创办人", "董事",
                             "执行董事", "董事总经理"})
#: jieba's tags of a word that is a proper name or no word of its dictionary: 爱格 (x), 威能 (x).
_PROPER_TAGS = frozenset({"x", "nz", "nrt", "eng"})  # not nt, j: 上市公司 (nt), 房地产 (j)


def _proper_name_in(span: str) -> bool:
    """Whether ``span`` holds a word that names something rather than a kind: one jieba's dictionary does not know
    or tags a proper name (爱格|地板: 爱格), not a common noun only (上市公司, 民营企业)."""
    return any(_dictionary_tag(w) in _PROPER_TAGS for w in _words(span))


#: Honorifics after a name in a list of guests: 秘书长吴边先生、久盛地板董事长张恩玖先生.
_HONORIFICS = ("先生", "女士")


def _person_listed_before(ctx: RelationContext, at: int) -> bool:
    """Whether a person (an honorific maybe after the name) ends at ``at``, a list's 、: the item after it is another
    person's post, its body opening the item (吴边先生、久盛地板董事长张恩玖先生: 董事长 of 久盛地板; session 22)."""
    at -= len(next((h for h in _HONORIFICS if ctx.simplified.endswith(h, 0, at)), ""))
    return any(m.end == at and m.label is Label.PERSON for m in ctx.of(Label.PERSON))


#: Heads of financial firms' names, beside the organisation suffixes: 华夏基金, 宏源证券, 平安保险.
_COMPANY_HEADS = ("基金", "证券", "银行", "保险", "信托", "集团", "公司")


def _body_head_end(ctx: RelationContext, b: int, end: int) -> int:
    """Where a body's name in ``[b, end)`` ends: at an organisation head inside it followed only by a short
    qualifier of the title with no head of its own (华夏基金|固定收益总监: 总监 of 华夏基金), else at ``end``."""
    simplified = ctx.simplified
    heads = [h for h in ctx.lexicon.org_suffixes if len(h) > 1] + list(_COMPANY_HEADS)
    for k in range(end - 1, b + 1, -1):
        if end - k > _MAX_QUALIFIER or any(h in simplified[k:end] for h in heads) or simplified[end - 1] in _UNIT_HEADS:
            break  # 北京大学医学院院长, 招商基金产品部总监: a unit with a head of its own is part of the name
        if any(simplified.endswith(h, b, k) for h in heads):
            return k
    return end


#: A day or month right after a name: 商务部长陈德铭21日出席…, 五月二十日.
_DAY_AFTER = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日月号]")


def _body_name_end(ctx: RelationContext, b: int, p: int, role: str) -> int | None:
    """Where the name of a body no extractor named, ``[b, p)`` before its title ``role``, ends (one past
    ``p`` when the title shares its first character: 经济部长), or ``None`` when the letters name no body:
    two to eight of them, nothing named in them, no role word, no function word or deixis, a first word
    that is no time, adverb, verb… and no common word alone (国家主席, 现场主持人)."""
    simplified = ctx.simplified
    end = p + 1 if len(role) == 2 and role[1] == "长" and role[0] in _FUSED_HEADS and simplified[p - 1] != role[0] \
        and simplified[p : p + 1] == role[0] else p
    span = simplified[b:end]
    if not 2 <= end - b <= _MAX_BODY or any(ch in _NOT_IN_BODY for ch in simplified[b:p]) \
            or span.startswith(_ROLE_QUALIFIERS) or span in ctx.lexicon.org_suffixes \
            or any(m.start < p and b < m.end and not _open_quote(m.simplified) for m in ctx.mentions) \
            or any(simplified.endswith(r, b, p) for r in ctx.lexicon.role_words if len(r) > 1) \
            or any(q in span for q in _ROLE_QUALIFIERS) \
            or any(simplified.startswith(r, at) for at in range(b, p) for r in ctx.lexicon.role_words
                   if at + len(r) > p):
        return None  # 公司总经理 is no 经理 of 公司总; 富国基金首席策略分析师
    words = _words(simplified[b:p])
    if _DAY_AFTER.search(span):
        return None  # 24日就前|科管局长: a date is no part of a body's name
    if any(_dictionary_tag(w) == "t" for w in words):
        return None  # 检察官上午会同|法医: a clause, no body (总裁办|主任 is one)
    if _dictionary_tag(words[-1]) == "z" or words[-1] in _QUALITY_WORDS:
        return None  # 戛纳电影节最佳|导演: a quality of the title (an award), no body's name (合富辉煌 is one)
    if _dictionary_tag(words[0]) in _NOT_BODY_TAGS or end - b < 2 + (end == p + 1) \
            or (len(words) == 1 and len(span) <= 2 and _dictionary_tag(span) != "x"):
        return None  # 现场主持人, 国家主席, 国家级教练: a common word, no body's name
    return end


def _words(text: str) -> list[str]:
    from zhkg.stages.segment import jieba_words

    return list(jieba_words(text))


#: Heads that make the letters before them a body's name, in a title no extractor split: 第三舰队司令, 陆军省次长,
#: 明军将领, 莫卧儿帝国创始人. 省 names a province before a title a place's government holds, else a ministry.
_TITLE_BODY_HEADS = ("舰队", "帝国", "王国", "军团", "军", "省", "部", "署", "藩")
#: What ends the letters of a body's name on its left, inside a clause: 为第三舰队司令, 的陆军省次长, 道光朝直隶总督.
_BODY_LEFT_EDGE = frozenset("的为是任在于由之与和及朝时被将把从到对向令")
#: Regions of the Qing viceroys, named only in their titles (两江总督, 湖广总督), which the recognisers split.
_HISTORIC_REGIONS = ("两江", "湖广", "陕甘", "闽浙", "两广", "云贵", "川陕", "东三省")
#: jieba's tags of a word that names a place (ns) or a body (nt).
_NAMED_WORD_TAGS = {"ns": Label.PLACE, "nt": Label.ORGANIZATION}


def _holder_in_title(ctx: RelationContext, p: int, role: str, start: int | None = None) -> Mention | None:
    """A place or body no extractor named, read from the title's own letters before ``role`` (at ``p``),
    a short qualifier maybe between them (中华民国首任正式大总统): a word jieba's dictionary knows as a place
    (ns, for a title a place's government holds: 直隶总督, 苏联领导人) or a body (nt); or letters ending in a
    body's head (第三舰队司令, 陆军省次长, 明军将领), from the clause's start, a function word or a name to the
    head. With ``start`` (after a verb of appointment), the name must begin there. Derived, as a place or an
    organisation; ``None`` when nothing safe is written."""
    simplified = ctx.simplified
    tail = _STATE_ORDINAL_TAIL.search(simplified, max(p - 8, 0), p) if role in ctx.lexicon.place_roles else None
    if tail is not None and tail.start() > 0:  # 是唐朝的第十位皇帝, 是埃及第四王朝的第一位法老
        q = tail.start()
        found = _dynasty_ending_at(ctx, q, role) or _named_word_ending_at(ctx, q, role)
        if found is None and (place := ctx.place_ending_at.get(q)) is not None:
            found = place.start, Label.PLACE
        if found is not None and (start is None or found[0] == start):
            return ctx.derive_mention(found[0], q, found[1])
    for gap in range(0, _MAX_QUALIFIER + 1):
        q = p - gap
        if q <= 0 or (gap and (not _qualifier(ctx, q, p) or ctx.simplified[q] in _FUSED_HEADS or ctx.simplified[q] in "省军")):
            continue  # 陆军省|次长: 省 is the body's head, no qualifier
        found = _named_word_ending_at(ctx, q, role) or _headed_body_ending_at(ctx, q, role) \
            or _dynasty_ending_at(ctx, q, role)
        if found is not None and (start is None or found[0] == start):
            b, label = found
            return ctx.derive_mention(b, q, label)
        if gap == 0 and start is None and simplified[q - 1] == "、" \
                and (described := next((d for d in _STATE_SERVANTS if simplified.endswith(d, 0, q - 1)), None)) \
                and (dynasty := _dynasty_ending_at(ctx, q - 1 - len(described), role)) is not None:
            return ctx.derive_mention(dynasty[0], q - 1 - len(described), dynasty[1])  # 南宋名臣、宰相文天祥
        if gap == 0 and not simplified[q - 1].isalnum():
            return None
    return None


#: What a dynasty's servant is called before 、 and his title, the dynasty holding the title: 南宋名臣、宰相文天祥.
_STATE_SERVANTS = ("名臣", "重臣", "大臣", "权臣", "名将", "大将")


def _named_word_ending_at(ctx: RelationContext, q: int, role: str) -> tuple[int, Label] | None:
    """Where a place (ns, only for a place's title) or body (nt) word of jieba's dictionary ending at ``q``
    starts, with its label: the last word of the clause's letters before ``q``, two letters or more, nothing
    named over it, no continent (亚洲女王)."""
    simplified = ctx.simplified
    region = next((r for r in _HISTORIC_REGIONS if simplified.endswith(r, 0, q)), None)
    if region is not None and role in ctx.lexicon.place_roles:
        return q - len(region), Label.PLACE  # 湖广总督: over the recogniser's 湖 and 广
    b = q
    while b > 0 and q - b < _MAX_BODY and simplified[b - 1].isalnum():
        b -= 1
    words = _words(simplified[b:q])
    if not words:
        return None
    word = words[-1]
    label = _NAMED_WORD_TAGS.get(_dictionary_tag(word))
    start = q - len(word)
    if label is None or len(word) < 2 or not simplified.endswith(word, 0, q) or word.endswith("洲") \
            or word in ctx.lexicon.org_suffixes \
            or (label is Label.PLACE and role not in ctx.lexicon.place_roles) \
            or not ctx.covered().isdisjoint(range(start, q)):
        return None
    return start, label


#: 的 and maybe an ordinal between a state and its ruler's title: 唐朝的第十位皇帝, 埃及第四王朝的第一位法老.
_STATE_ORDINAL_TAIL = re.compile(r"的(?:第[\d一二三四五六七八九十百零〇两]+[任届位代]|首任|首位)?$")
#: Dynasties and states of China's history named by two letters, the standard periodisation's (西汉, 东晋, 北魏, 北宋,
#: the Five Dynasties' 后唐, 后周; the Ten Kingdoms' 南唐, 吴越): 北宋宰相, 东汉太尉.
_TWO_LETTER_DYNASTIES = ("西周", "东周", "西汉", "东汉", "新朝", "蜀汉", "曹魏", "孙吴", "东吴", "西晋", "东晋", "前秦", "后秦",
                         "前燕", "后燕", "北魏", "东魏", "西魏", "北齐", "北周", "刘宋", "南齐", "南梁", "南陈", "后梁",
                         "后唐", "后晋", "后汉", "后周", "南唐", "吴越", "前蜀", "后蜀", "南汉", "北汉", "北宋", "南宋",
                         "西夏", "西辽", "大清", "大明")
#: A dynasty of China's history by its one letter and 朝 or 代 (宋朝宰相, 唐朝第十代皇帝, 唐代宰相), which jieba tags a time,
#: or by its two letters, 朝 maybe after them (北宋宰相, 东汉太尉).
_DYNASTY = re.compile(r"(?:[夏商周秦汉晋隋唐宋辽金元明清][朝代]|(?:" + "|".join(_TWO_LETTER_DYNASTIES) + ")朝?)$")
#: jieba's tags of a word that opens a house's or a country's name: a place, a name, a foreign word.
_HOUSE_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "x"})
#: The most letters of a house's or a country's name before 王朝 (埃及第四王朝, 朝鲜王朝).
_MAX_DYNASTY = 6


def _dynasty_ending_at(ctx: RelationContext, q: int, role: str) -> tuple[int, Label] | None:
    """Where a dynasty ending at ``q`` starts, as a state holding a ruler's or a minister's title (one a place's
    government holds): 宋朝宰相王安石, 唐朝第十代皇帝; or letters ending in 王朝 from the clause's start or a
    function word (埃及第四王朝, 朝鲜王朝), nothing named in them but a place; ``None`` otherwise."""
    if role not in ctx.lexicon.place_roles:
        return None
    simplified = ctx.simplified
    found = next((m for b in (q - 3, q - 2) if b >= 0 and (m := _DYNASTY.match(simplified, b, q))), None)
    if found is not None and (found.start() == 0 or not simplified[found.start() - 1].isalnum()
                              or simplified[found.start() - 1] in _BODY_LEFT_EDGE):
        return found.start(), Label.PLACE
    if not simplified.endswith("王朝", 0, q):
        return None
    edge = _BODY_LEFT_EDGE - {"朝"}  # 朝鲜王朝
    b = q - 2
    while b > 0 and q - b < _MAX_DYNASTY + 2 and simplified[b - 1].isalnum():
        if (place := ctx.place_ending_at.get(b)) is not None and place.start < b:
            b = place.start  # a place's name is no edge: 埃及 (及)
        elif simplified[b - 1] in edge:
            break
        else:
            b -= 1
    words = _words(simplified[b : q - 2])
    if not words or (b > 0 and simplified[b - 1].isalnum() and simplified[b - 1] not in edge) \
            or any(_dictionary_tag(w) in _PHRASE_END_TAGS for w in words) \
            or (_dictionary_tag(words[0]) not in _HOUSE_TAGS and b not in ctx.place_starting_at) \
            or any(m.start < q and b < m.end and m.label in (Label.PERSON, Label.ORGANIZATION) for m in ctx.mentions):
        return None  # 他说王朝皇帝, 新王朝: no house's name
    return b, Label.PLACE


def _headed_body_ending_at(ctx: RelationContext, q: int, role: str) -> tuple[int, Label] | None:
    """Where a body's name ending at ``q`` in one of :data:`_TITLE_BODY_HEADS` starts (its label with it):
    the words before ``q`` back to the clause's start, a function word (:data:`_BODY_LEFT_EDGE`) or a word that
    ends a phrase before a name (a verb, a time, an adverb: 说服|第三军), a name's end alone being no edge
    (诺贝尔|瓷砖市场部 may be the named one's unit); two to eight letters,
    more than the head and more than one common noun (总部, 俱乐部); nothing named in them, no role word, no
    deixis (本部, 该军), a first word that opens a name (not 三级|市场部); ``None`` when the letters run on past
    eight with no such edge (美联物业市场研究部: where the name starts is not written)."""
    simplified = ctx.simplified
    head = next((h for h in _TITLE_BODY_HEADS if simplified.endswith(h, 0, q)), None)
    if head is None:
        return None
    ends = {m.end for m in ctx.mentions}
    b = q - len(head)
    while b > 0 and q - b <= _MAX_BODY + 4 and simplified[b - 1].isalnum() and simplified[b - 1] not in _BODY_LEFT_EDGE \
            and b not in ends:
        b -= 1
    # a name's end is no edge by itself: 诺贝尔|瓷砖市场部 may be the named one's unit, 福岛安正少将说服|第三军 is not
    bounded = b == 0 or not simplified[b - 1].isalnum() or simplified[b - 1] in _BODY_LEFT_EDGE
    words = _words(simplified[b:q])
    for i in range(len(words) - 2, -1, -1):  # the words after the last that ends a phrase
        if _dictionary_tag(words[i]) in _PHRASE_END_TAGS and not _ORDINAL_BODY.fullmatch(words[i]):
            b += sum(len(w) for w in words[: i + 1])
            words, bounded = words[i + 1 :], True
            break
    span = simplified[b:q]
    if not bounded or not words or simplified[b - 1 : b] in ("与", "和", "及") \
            or (_dictionary_tag(words[0]) in _NOT_BODY_TAGS and not _ORDINAL_BODY.fullmatch(words[0])) \
            or (len(words) == 1 and _dictionary_tag(words[0]) == "n"):
        return None  # 研究与咨询部董事: the body's name runs on before the conjunction
    if not 2 <= len(span) <= _MAX_BODY or len(span) == len(head) or any(ch in _NOT_IN_BODY for ch in span) \
            or any(m.start < q and b < m.end for m in ctx.mentions) \
            or any(r in span for r in ctx.lexicon.role_words if len(r) > 1):
        return None
    return b, (Label.PLACE if head == "省" and role in ctx.lexicon.place_roles else Label.ORGANIZATION)


#: jieba's tags of words that end a phrase before a body's name: verbs, prepositions, conjunctions, adverbs,
#: particles, pronouns, times (说服|第三军, 运营|总部).
_PHRASE_END_TAGS = frozenset({"v", "vd", "vn", "p", "c", "d", "ad", "r", "t", "f", "y", "e", "o",
                              "u", "uj", "ul", "uz", "ug", "ud", "uv"})


#: An ordinal opening a body's name: 第三舰队, 第38特遣舰队.
_ORDINAL_BODY = re.compile(r"第[\d一二三四五六七八九十百零〇两]+")


#: Roles headed by the unit their first character names (处长 of a 处, 副科长 of a 科, 组长 of a 小组), and
#: the longest unit.
_UNIT_HEADS = frozenset("处科司局所部厅股站室组军师旅")
_MAX_UNIT = 12
#: An army's units among them (第七十四军, 第五十一师): a numbered unit after the army is the head's, never the army.
_ARMY_UNITS = frozenset("军师旅")


def _army_unit_role(ctx: RelationContext, p: int, role: str) -> bool:
    """Whether ``role`` at ``p`` heads the army unit right before it (第十八军|军长, 第五十一师|副师长)."""
    return role.removeprefix("副")[:1] in _ARMY_UNITS and _unit_role(ctx, p, role)


def _unit(ctx: RelationContext, p: int, role: str) -> Mention | None:
    """A unit no extractor named, right after an organisation, whose character the role repeats: 国家发改委|
    中国小城镇试点处|处长, 建设部政策研究中心|住宅与房地产研究处|处长. The unit is derived (a new organisation)."""
    if not _unit_role(ctx, p, role):
        return None
    for start in range(p - 2, max(p - _MAX_UNIT, 0) - 1, -1):
        org = ctx.org_ending_at.get(start)
        if org is not None:
            span = ctx.simplified[start:p]
            if span.isalnum() and not any(start <= s < p for s in ctx.person_starts) \
                    and not any(r in span[:-1] for r in ctx.lexicon.role_words if len(r) > 1):
                # a numbered army unit is named with its army (国民革命军第十八军: many armies have a 第十八军)
                return ctx.derive_organisation(org.start if _army_unit_role(ctx, p, role) else start, p)
            return None
        if not ctx.simplified[start].isalnum():
            return None
    return None


def _unit_role(ctx: RelationContext, p: int, role: str) -> bool:
    """Whether ``role`` (at ``p``) heads the unit whose last character it repeats: 处长 after 试点处."""
    core = role.removeprefix("副")
    return len(core) == 2 and core[1] == "长" and core[0] in _UNIT_HEADS and ctx.simplified[p - 1 : p] == core[0]


# what a unit's name may hold besides letters: 「二·一八」火灾善后处理小组
_UNIT_NAME_MARKS = frozenset("「」『』“”·《》-")


def _unit_after_link(ctx: RelationContext, start: int) -> tuple[Mention | None, str, int]:
    """A unit no extractor named, right after a verb of appointment, and the role that repeats its last
    character: 担任了「二·一八」火灾善后处理小组组长 (组长 of the 小组, derived); or ``(None, "", start)``."""
    simplified = ctx.simplified
    for p in range(start + 2, min(len(simplified), start + _MAX_UNIT + 4)):
        ch = simplified[p - 1]
        if not (ch.isalnum() or ch in _UNIT_NAME_MARKS) or p - 1 in ctx.person_starts:
            break
        role = _role_at(ctx, p)
        if role is None:
            continue
        if not _unit_role(ctx, p, role) or any(r in simplified[start:p - 1] for r in ctx.lexicon.role_words
                                               if len(r) > 1):
            break
        return ctx.derive_organisation(start, p), role, p + len(role)
    return None, "", start


#: What joins the roles of a chain: 组长、党组书记; 总经理及副总裁; 副主席兼秘书长, 董事长暨执行长 (one holder's posts,
#: held together).
_CHAIN_JOINERS = frozenset("、和及与兼暨")


#: A state's or a division's head, never a party's, though chained after a party's post (国民党主席兼“总统”X).
_STATE_HEAD_TITLES = frozenset({"总统", "副总统", "总理", "副总理", "首相", "领导人", *_DIVISION_HEAD_TITLES})


def _no_party_post(holder: Mention, role: str) -> bool:
    """Whether ``role``, chained after a post of the party ``holder``, is a state's or a division's head."""
    return role in _STATE_HEAD_TITLES and holder.label is Label.ORGANIZATION and holder.simplified.endswith("党")


def _chained_role(ctx: RelationContext, p: int, role: str) -> tuple[str, int, str] | None:
    """The role chained before the role starting at ``p``, where it starts, and who holds ``role``: "" the
    chain's holder, "skip" a place of its own between them (总经理及香港副总裁: 副总裁 is 香港's, not the
    holder's, when it is no role a place's government holds), "government" the government of the party
    committee holding the chain (党委常委、政府常务副主席); or ``None``."""
    own = ""
    # a word of acting or of rotation before the title (党委副书记、代省长; 董事、代理总经理; 副董事长、轮值董事长): the
    # chain reads on past it, and the title keeps it (:func:`_keep_qualifiers`)
    acting = first_ending(ctx.simplified, _CHAINED_QUALIFIERS, p) \
        or (_ACTING_HEAD if role in _DIVISION_HEADS and ctx.simplified.endswith(_ACTING_HEAD, 0, p) else "")
    if acting and p - len(acting) > 0 and ctx.simplified[p - len(acting) - 1] in _CHAIN_JOINERS:
        p -= len(acting)
    place = ctx.place_ending_at.get(p)
    if place is not None and role not in ctx.lexicon.place_roles and place.start > 0 \
            and ctx.simplified[place.start - 1] in _CHAIN_JOINERS:
        p, own = place.start, "skip"
    elif ctx.simplified.endswith("政府", 0, p) and p > 2 and ctx.simplified[p - 3] in _CHAIN_JOINERS:
        p, own = p - 2, "government"
    elif p > 1 and ctx.simplified[p - 1] in _OPENING_QUOTES and ctx.simplified[p - 2] in _CHAIN_JOINERS:
        p -= 1  # 国民党主席兼“总统”马英九: the quoted title chains as an unquoted one
    if ctx.simplified[p - 1] not in _CHAIN_JOINERS:
        return None
    candidates = _role_candidates(ctx, p - 1)
    # the longest role unless only a shorter one starts where a body ends: 万科集团党委|书记、董事长 (not 党委书记)
    more = next((r for r in candidates if _body_ends_at(ctx, p - 1 - len(r))), None) \
        if candidates and not _body_ends_at(ctx, p - 1 - len(candidates[0])) else None
    more = more or next(iter(candidates), None)
    return (more, p - 1 - len(more), own) if more is not None else None


def _body_ends_at(ctx: RelationContext, p: int) -> bool:
    """Whether an organisation or a place the extractors named ends at ``p``."""
    return p in ctx.org_ending_at or p in ctx.place_ending_at


# what may stand between a person and the organisation + role that describe them
_PERSON_IS = ("被委任为", "被擢升为", "被提升为", "被晋升为", "获晋升为", "被贬为", "贬为", "获提升为", "提升为", "获擢升为", "获委任为", "获任命为", "获推选为", "被推选为", "被推举为", "被选举为", "擢升为", "晋升为", "被任命为", "被选为", "获选为", "当选为",
              "被聘任为", "被聘为", "受聘为", "获聘为", "履新",
              "获连任", "连任", "续任", "留任", "作为", "膺选为", "官至", "官拜", "荣任", "接掌", "不再担任", "不再出任", "不再兼任", "不再任", "被免去", "辞去", "请辞", "卸下", "卸任", "辞任", "原任", "现任", "时任", "担任", "出任", "身兼", "兼任", "升任", "调任", "转任", "就任", "改任", "历任", "曾任", "当选", "成为",
              "均为", "同为", "皆为", "均是", "同是", "都是", "是", "任", "系", "为", "以")
#: Links that say the people listed before them all hold the post (张伟、李明均为华强集团董事), a comma maybe before.
_ALL_ARE = ("均为", "同为", "皆为", "均是", "同是", "都是")
_BEFORE_LINK = frozenset("已将曾现后在")  # 在担任坎特伯里大主教前
#: Links that may open a parenthesis after the name, the post inside it: 李天任博士（现任中国文化大学校长）.
_ASIDE_LINKS = ("现任", "曾任", "时任", "历任")
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
# the longest parenthesis skipped after a name: 林增祥（5月19日-），曾任…
_MAX_ASIDE = 30


#: How a short description of a person ends (香港商人, 美国政治家, 民主党籍政治人物, 足球运动员, 晚清重臣).
_DESCRIPTION_HEADS = ("人物", "人", "家", "商", "员", "者", "士", "星", "臣")
#: The longest description skipped between a name and its apposition.
_MAX_DESCRIPTION = 12


def _after_description(ctx: RelationContext, at: int) -> int | None:
    """Where the clause after a short description of a person starts (王明，香港商人，|万科集团主席), or ``None``:
    the description has no name in it but places, no title, and ends in a noun of people."""
    simplified = ctx.simplified
    comma = next((i for i in range(at, min(at + _MAX_DESCRIPTION + 1, len(simplified))) if simplified[i] in "，,"), -1)
    if comma <= at or not simplified.endswith(_DESCRIPTION_HEADS, at, comma) or not simplified[at:comma].isalnum():
        return None
    if any(at <= m.start < comma and m.label is not Label.PLACE for m in ctx.mentions) \
            or any(r in simplified[at:comma] for r in ctx.lexicon.role_words if len(r) > 1):
        return None
    return comma + 1


def _listed_description_start(ctx: RelationContext, end: int) -> int:
    """Where the posts before a short description listed last before a name end (中国人民大学教授、国际问题专家|金灿荣:
    教授 ends before 、): the description no title, no 的, nothing but places named in it, ending in a noun of people
    (:data:`_DESCRIPTION_HEADS`), or a school and its degree (总裁、耶鲁硕士|张恒瑞); else ``end`` itself."""
    simplified = ctx.simplified
    if not simplified.endswith(_DESCRIPTION_HEADS, 0, end):
        return end
    for b in range(end - 2, max(end - _MAX_DESCRIPTION, 1) - 1, -1):
        if simplified[b - 1] != "、":
            continue
        span = simplified[b:end]
        if not all(is_han(ch) for ch in span) or "的" in span \
                or any(b <= m.start < end and m.label is not Label.PLACE and not _school_of_degree(m, span)
                       for m in ctx.mentions) \
                or any(r in span for r in ctx.lexicon.role_words if len(r) > 1) or not _role_candidates(ctx, b - 1):
            return end
        return b - 1
    return end


#: Degrees a description may end in, its school named before (耶鲁硕士, 哈佛大学博士).
_DEGREES = ("硕士", "博士", "学士", "博士后")


def _school_of_degree(m: Mention, span: str) -> bool:
    """Whether ``m``, named in a description ``span``, is only the school of the degree closing it (总裁、耶鲁硕士X)."""
    return m.label is Label.ORGANIZATION and span.endswith(_DEGREES) and span.startswith(m.simplified) \
        and len(span) - len(m.simplified) <= 3


#: Verbs of succeeding someone: the post after the one succeeded is the subject's (X接替Y出任…), and the
#: one succeeded is no subject of it (接替章倬标任兴化府知府: not 章倬标's).
_SUCCEEDS = ("接替", "接任", "取代", "代替", "继任")


def _link_after(ctx: RelationContext, end: int) -> tuple[str, int, bool] | None:
    """What follows a person ending at ``end`` and introduces their role: the link (a verb, or ``，`` for an
    apposition), where the organisation starts, and whether the role is a past one; or ``None``.

    A parenthesis right after the name is skipped (林增祥（5月19日-），曾任…), and a verb may follow a comma
    (…，曾任…, …，现任…)."""
    simplified = ctx.simplified
    at = end = end + next((len(h) for h in _HONORIFICS if simplified.startswith(h, end)), 0)  # 杨帆先生曾任…
    disposed = _disposed_to(ctx, end)
    if disposed is not None:  # 国务院将王明任命为教育部副部长: 将/把 puts the one appointed before the verb
        return disposed, at + len(disposed), False
    if simplified.startswith("继", at):  # 王明继李四之后出任…: the one succeeded is named in passing
        other = next((m for m in ctx.mentions if m.label is Label.PERSON and m.start == at + 1), None)
        after = next((w for w in ("之后", "后") if other is not None and simplified.startswith(w, other.end)), "")
        at = other.end + len(after) if after else at
    once = simplified.startswith("曾", at)  # 白冠玉曾于同治年间接替章倬标任兴化府知府: a post held before
    lead = _DATE.match(simplified, at + once) or _RELATIVE_TIME.match(simplified, at + once)
    lead_end = lead.end() if lead and lead.end() > at + once else at + once  # 王明于1998年接替李四成为…, 王明去年接任…
    # an adverb of manner or sequence between (陈伟廉今日正式接任…, 随后接替…), no word of a plan (仍将)
    adverb = next((a for a in _APPOINTED_ADVERBS if "将" not in a and simplified.startswith(a, lead_end)), "")
    succeeded = next((v for v in _SUCCEEDS if simplified.startswith(v, lead_end + len(adverb))), "")
    if succeeded:  # 西宫伸一接替丹羽宇一郎出任日本驻华大使: the post is the first one's
        at = lead_end + len(adverb)
        other = next((m for m in ctx.mentions if m.label is Label.PERSON and m.start == at + len(succeeded)), None)
        if other is None and succeeded in _TAKES_POST:  # 王明接任万科集团董事长: the post itself is the object
            return succeeded, at + len(succeeded), once
        if other is None:
            return None
        at = other.end
        link = next((w for w in _PERSON_IS if w not in _NO_BODY_LINKS and simplified.startswith(w, at)), None)
        return (link, at + len(link), once or link in _PAST_LINKS) if link else None
    if simplified[at : at + 1] in ("(", "（") and \
            (aside := next((w for w in _ASIDE_LINKS if simplified.startswith(w, at + 1)), "")):
        return aside, at + 1 + len(aside), aside in _PAST_LINKS  # 李天任博士（现任中国文化大学校长）
    if simplified[at : at + 1] in ("(", "（"):
        close = next((i for i in range(at + 1, min(len(simplified), at + _MAX_ASIDE)) if simplified[i] in ")）"), -1)
        if close < 0 or any(at < s < close for s in ctx.person_starts):
            return None
        at = close + 1
    comma = simplified[at : at + 1] in ("，", ",", "：", ":")  # 龚建平：曾任…, 杨黎升先生：铜陵有色副总经理。
    dash = 0 if comma else _paired_dash(simplified, at)
    if dash:  # 王明——北京大学校长——今天表示: an apposition between dashes reads as one between commas
        comma, end = True, at + dash - 1
    at += dash or comma
    if comma and (field := _post_field(simplified, at)) is not None:
        # read as 现任/曾任 would be (林志明，现职：国立成功大学校长; 黄仁杰，国籍：中华民国，职位：台积电董事长)
        return ("曾任" if field[1] else "现任"), field[0], field[1]
    opened = at
    once = simplified.startswith("曾", at) and bool(_DATE.match(simplified, at + 1))  # 汪明曾于1995年担任…
    at += once
    date = _DATE.match(simplified, at)
    at = date.end() if date else at  # 王伟于1990年出任…
    past = once or simplified[at : at + 1] == "曾"
    if not comma and (before_leaving := first_at(simplified, _BEFORE_LEAVING, at)):
        at, past = at + len(before_leaving), True  # 冯立群退休前为中国石化总经理: the post held last
    # after a comma the clause's subject is :func:`_read_remote`'s to find (他会见了王伟，随后出任…)
    k = at
    while not comma and (a := first_at(simplified, _APPOINTED_OR_STATE_ADVERBS, k)
                         or ((when := _RELATIVE_TIME.match(simplified, k)) and when.group())):
        k += len(a)  # 曾两度出任…, 目前是…, 去年出任…, 日前转任…
    adverb = simplified[at:k]
    if adverb and first_at(simplified, _PERSON_IS, k, default=None):
        at = k  # 童后来担任…, 谢多已出任…, 曾任…
    else:
        adverb = ""
        at += simplified[at : at + 1] in _BEFORE_LINK
    link = first_at(simplified, _PERSON_IS, at, default=None)
    if link is None and (left := _announced_leaving(simplified, at)) is not None:
        return left[0], left[1], True  # 王明宣布辞去华强集团董事长职务, 裴林表明将辞去阿拉斯加州州长的职务
    if link is None and (appointed := _appointed_by(ctx, at)) is not None:
        return "任", appointed, past
    if link is None and comma and at == opened and (described := _after_description(ctx, at)) is not None:
        verb = next((w for w in _PERSON_IS if w not in _NO_BODY_LINKS and simplified.startswith(w, described)), None)
        if verb is not None:  # 李鸿章，晚清重臣，官至直隶总督
            return verb, described + len(verb), verb in _PAST_LINKS
        return "，", described, False  # 王明，香港商人，万科集团主席。
    if link is None and comma and at == end + 1 and simplified[at : at + 1] in ("前", "原"):
        return "，", at + 1, True  # 陳方安生，前香港政務司司長
    if link is None:
        return ("，", at, False) if comma and at == end + 1 else None
    if link not in _PAST_LINKS and _said_of_the_future(ctx, at, end) and not _continues(adverb, link):
        return None  # 王明将出任…, 王明即将担任…: a plan, no post held yet (将不再担任 leaves one, as before)
    if link in ("是", "为", "以", "系") and ((adverb and not _made_of_states(adverb)) or date):
        return None  # 后来是…, 于1990年为… read no further: only verbs of appointment take them
    after = at + len(link)
    if link.endswith("任") and simplified[after : after + 1] in _APPOINTS_OTHER:
        return None  # 孙中山任命黄复生为…: the post is the one appointed's, never the appointer's
    once = len(link) > 1 and simplified[after : after + 1] == "过"  # 担任过…次长: a post held before
    after += len(link) > 1 and simplified[after : after + 1] in ("了", "过")  # 担任了…组长, 担任过…次长
    if link in ("是", "为") and (described := _after_description(ctx, after)) is not None:
        return "，", described, past  # 马丁·路德是德国神学家，威登堡大学教授: an apposition after the description
    return link, after, past or once or link in _PAST_LINKS


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


#: Dashes that may set an apposition off after a name, the longest first: 王明——北京大学校长——, 王明—北京大学校长—.
_DASHES = ("——", "—", "--")
#: The longest apposition read between two dashes.
_MAX_DASHED = 24


def _paired_dash(simplified: str, at: int) -> int:
    """The length of the dash at ``at`` when the same dash closes the aside after it within :data:`_MAX_DASHED`
    letters, no clause break inside (王明——北京大学校长——今天表示: 2); else 0, so a dash alone, before a
    range or a quote, is no apposition.

    >>> _paired_dash("——北京大学校长——今天表示", 0)
    2
    >>> _paired_dash("—北京大学校长—表示", 0)
    1
    >>> _paired_dash("——北京大学校长。今天", 0)
    0
    """
    dash = first_at(simplified, _DASHES, at)
    if not dash:
        return 0
    close = simplified.find(dash, at + len(dash), at + len(dash) + _MAX_DASHED + len(dash))
    if close <= at + len(dash) or any(ch in "。；;！？!?\n，," for ch in simplified[at + len(dash) : close]):
        return 0
    if dash == "—" and simplified.startswith("——", close):
        return 0
    return len(dash)


#: After a post, one of those who hold it: 微软公司创办人之一 (an apposition may end so).
_ONE_OF = "之一"
#: Verbs of saying or deciding before a verb of leaving a post (王明宣布辞去…): the post left was held.
_ANNOUNCES = ("宣布", "表明", "表示", "决定", "声明")
#: Words of the future between them: 宣布将辞去….
_ABOUT_TO = ("即将", "将会", "将")
#: Verbs of leaving a post after them.
_LEAVES = ("辞去", "请辞", "辞任", "卸任", "卸下")


def _announced_leaving(simplified: str, at: int) -> tuple[str, int] | None:
    """(the verb of leaving, where the post starts) after a verb of saying at ``at`` (宣布辞去, 表明将辞去), or ``None``.

    >>> _announced_leaving("宣布将辞去董事长职务", 0)
    ('辞去', 5)
    >>> _announced_leaving("宣布出任董事长", 0) is None
    True
    """
    said = first_at(simplified, _ANNOUNCES, at)
    if not said:
        return None
    k = at + len(said)
    k += len(first_at(simplified, _ABOUT_TO, k))
    leave = first_at(simplified, _LEAVES, k)
    return (leave, k + len(leave)) if leave else None


def _object_of_verb(ctx: RelationContext, person: Mention) -> bool:
    """Whether ``person`` is the object of a verb in its clause: the word before the name is a verb (击败, 会见) or
    了 or 过 after one (马英九击败陈水扁, 会见了王伟), so the clause after a comma is not about them."""
    simplified = ctx.simplified
    opening = max((b.end() for b in CLAUSE_BREAK.finditer(simplified, 0, person.start)), default=0)
    if opening >= person.start:
        return False
    last = _words(simplified[opening : person.start])[-1]
    return last in ("了", "过") or _dictionary_tag(last).startswith("v")


#: Verbs of keeping a post held: 连任, 续任, 留任 (王明将连任华强集团董事长: he holds it now, whatever comes).
_CONTINUING_LINKS = frozenset({"获连任", "连任", "续任", "留任"})


def _continues(adverb: str, link: str) -> bool:
    """Whether the post after ``adverb`` and ``link`` is one held now and kept, a word of the future before it or not:
    仍将担任, 将继续出任, 将连任."""
    return link in _CONTINUING_LINKS or "继续" in adverb or adverb.startswith("仍")


#: A letter after 任 that makes it a verb of appointing someone else (任命, 任免, 任用).
_APPOINTS_OTHER = frozenset("命免用")


#: Verbs of appointing after the one appointed, whom 将 or 把 puts before them: 国务院将王明任命为…, 董事会把王明聘为….
_DISPOSED_BY = ("任命为", "聘任为", "聘请为", "委任为", "聘为", "提拔为", "推选为", "选举为", "选为")
#: The letters that put an object before its verb.
_DISPOSAL = frozenset("将把")


def _disposed_to(ctx: RelationContext, end: int) -> str | None:
    """The verb of appointing right after ``end`` (a name's end, an honorific maybe after it) when 将 or 把 stands right
    before that name (董事会将王明任命为总经理: 将 moves the object, no plan), and no word of the future before the
    将 (拟将王明任命为: a plan); else ``None``."""
    simplified = ctx.simplified
    verb = first_at(simplified, _DISPOSED_BY, end + next((len(h) for h in _HONORIFICS if simplified.startswith(h, end)), 0),
                    default=None)
    if verb is None:
        return None
    person = next((m for m in ctx.mentions if m.label is Label.PERSON and m.end == end), None)
    if person is None or simplified[person.start - 1 : person.start] not in _DISPOSAL or person.start < 1 \
            or _said_of_the_future(ctx, person.start - 1):
        return None
    return verb


def _appointed_in_future(ctx: RelationContext, start: int) -> bool:
    """Whether a verb of appointing ends at ``start`` (a name's start) after a word of the future: 董事会将任命|王明为…,
    拟聘任|王明为… (a plan, no post held)."""
    verb = first_ending(ctx.simplified, _APPOINTS, start)
    return bool(verb) and _said_of_the_future(ctx, start - len(verb))


#: Who appoints someone, and the verbs: 获联合国秘书处聘任为…, 被国务院任命为….
_BY = ("再获", "获", "被")
_APPOINTS = ("任命为", "聘任为", "聘请为", "委任为", "聘为", "任命", "聘任", "委任", "聘请", "选举", "推选")


def _appointed_by(ctx: RelationContext, at: int) -> int | None:
    """Where the post starts after 获/被 + a named appointer + 任命为/聘任为… at ``at`` (富特在1963年再获联合国秘书处
    聘任为联合国特别基金顾问), or ``None``."""
    simplified = ctx.simplified
    by = next((b for b in _BY if simplified.startswith(b, at)), None)
    if by is None:
        return None
    appointer = next((m for m in ctx.mentions if m.start == at + len(by) and m.label is not Label.PERSON), None)
    if appointer is None:
        return _appointed_by_person(ctx, at + len(by))
    verb = next((v for v in _APPOINTS if simplified.startswith(v, appointer.end)), None)
    return appointer.end + len(verb) if verb else _appointed_by_person(ctx, at + len(by))


#: The most letters between 被 and the person who appoints: a place and a title before him (被德国总统兴登堡任命为).
_MAX_BEFORE_APPOINTER = 8


def _appointed_by_person(ctx: RelationContext, start: int) -> int | None:
    """Where the post starts after a person who appoints, named at ``start`` or after a place and a title
    (被兴登堡任命为, 被德国总统兴登堡任命为总理), his name then a verb of :data:`_APPOINTS`; or ``None``."""
    simplified = ctx.simplified
    for person in (m for m in ctx.mentions if m.label is Label.PERSON and start <= m.start <= start + _MAX_BEFORE_APPOINTER):
        if person.start > start and not _title_ending_at(ctx, start, person.start):
            continue
        verb = next((v for v in _APPOINTS if simplified.startswith(v, person.end)), None)
        if verb is not None:
            return person.end + len(verb)
    return None


def _title_ending_at(ctx: RelationContext, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a place or body maybe, then a title, and nothing else: 德国总统."""
    role = next((r for r in _roles_to(ctx, end) if ctx.simplified.endswith(r, start, end)), None)
    if role is None:
        return False
    b = end - len(role)
    return b == start or any(m.start == start and m.end == b and m.label is not Label.PERSON for m in ctx.mentions)


def _bare_post_after_sentence(ctx: RelationContext, stand_in: Mention, start: int,
                              clause_posts: dict[int, tuple[str, Mention, str]]) -> tuple[Mention | None, str, int]:
    """A bare title after the verb of a résumé's line (``stand_in``, the head's stand-in at the sentence's start) whose
    sentence before ended with a post of the head's: that post's body (张伟2008年起担任华强集团副总经理。2012年升任总经理。:
    总经理 of 华强集团), the first title of :func:`_bare_posts_of`; or ``(None, "", start)``."""
    post = clause_posts.get(stand_in.start - 1)
    if post is None or post[0] != _owner_of(ctx, stand_in) or ctx.simplified[stand_in.start - 1] not in "。；;":
        return None, "", start
    posts = _bare_posts_of(ctx, post[1], start, post[2])
    return posts[0] if len(posts) == 1 else (None, "", start)


def read_roles_after(ctx: RelationContext) -> list[Relation]:
    """Person + 是/任/担任… (or a comma) + organisation + role word: 王石是万科集团董事长; a list of them
    after 任/担任 (出任福建省人民政府副主席，中共福建省委第二副书记); and organisation (+ 的) + person +
    role word: 清华大学心理学系的樊富珉教授."""
    simplified = ctx.simplified
    out = []
    clause_posts: dict[int, tuple[str, Mention, str]] = {}  # where a post ends: its holder's person, body and title
    pronouns = _pronoun_subjects(ctx)
    pronouns += resume_subjects(ctx, _PRONOUN_SOURCE, pronouns, _opens_resume_line)
    for person in [m for m in ctx.mentions if m.label is Label.PERSON] + pronouns:
        if person.extractor != _PRONOUN_SOURCE:
            out += _named_then_role(ctx, person)
        # 张伟自|1995年起担任…, 金琦已|出任…: the recogniser ran the name into the letter that opens the link
        glued = person.extractor != _PRONOUN_SOURCE and person.simplified[-1] in _GLUED_LINK_LETTERS \
            and _glued_to_next_word(ctx, person)
        linked = _link_after(ctx, person.end - glued)
        if linked is None and person.start == person.end and person.end in ctx.org_starting_at:
            linked = ("，", person.end, False)  # a résumé's line of posts only: 江苏南大光电材料股份有限公司董事。
        if linked is None and person.start == person.end and (dated := _dated_line(ctx, person.end)) is not None:
            linked = ("，", dated, False)  # 2003年7月至2011年12月东风汽车股份有限公司商品研发院院长；: a date, then posts
        if linked is None or simplified.endswith(_SUCCEEDS + ("继",), 0, person.start) \
                or (glued and (linked[0] in _NO_BODY_LINKS or linked[0] == "为")) \
                or _appointed_in_future(ctx, person.start):
            continue
        if linked[0] not in "，," and simplified[person.end : person.end + 1] in ("，", ",") \
                and person.extractor != _PRONOUN_SOURCE and _object_of_verb(ctx, person):
            continue  # 马英九击败陈水扁，当选台北市长: 陈水扁 is 击败's object, no subject of 当选
        link, start, past = linked
        former = past or _former(ctx, start) or _said_of_before(ctx, person.start)
        org, role, end = _holder_and_role(ctx, _after_bare_titles(ctx, start))
        if org is None and link not in "，,以":
            org, role, end = _unit_after_link(ctx, start)
        if org is None and link not in _NO_BODY_LINKS:
            org, role, end = _body_role_after_link(ctx, start)
        if org is None and link not in _APPOSITION_LINKS:  # 是万科集团的董事长: a body named, never derived
            org, role, end = _post_after_link(ctx, start)
            if org is not None and org.start > start and link in _CAREER_LINKS and start in ctx.org_starting_at \
                    and (first := _post_after_first_item(ctx, start))[0] is not None:
                org, role, end = first  # 历任A研究院技术员、第三研究室副主任、主任: the list opens with A's items
        if org is None and link in ("，", ","):  # 周永明，宏达电的总经理，: an apposition opening with its body
            org, role, end = _apposed_post_of(ctx, start)
        if org is None and link in _CAREER_LINKS:  # 曾任天原化工厂技术员、主任助理，天原化工厂厂长助理…
            org, role, end = _post_after_first_item(ctx, start)
        if org is None and person.start == person.end and link not in _NO_BODY_LINKS:
            org, role, end = _bare_post_after_sentence(ctx, person, start, clause_posts)
        if org is None:
            continue
        if link == "以" and not simplified.startswith(_CAPACITY_WORDS, end):
            continue  # 以…身份 only: 以万科集团董事长身份出席 (Taiwan writes 身分)
        brk = CLAUSE_BREAK.search(simplified, end)
        clause_end = brk.start() if brk else len(simplified)
        if link in "，," and (dash := first_at(simplified, _DASHES, person.end)) and simplified.startswith(dash, end) \
                and _paired_dash(simplified, person.end):
            clause_end = min(clause_end, end)  # 王明——北京大学校长——今天表示: the closing dash ends the apposition
        if any(end <= s < clause_end for s in ctx.person_starts):
            continue  # 王石，万科集团董事长郁亮 / …主任工程师、高级技师罗东元: the role is the next person's
        listed = _listed_bare_posts(ctx, org, end) if link in "，," else []
        if link in "，," and not (listed and listed[-1][2] == clause_end):
            listed = _apposed_posts(ctx, org, end, clause_end)  # 王石，万科集团董事长、北京大学教授。
        one_of = link in "，," and simplified.startswith(_ONE_OF, end) and end + len(_ONE_OF) == clause_end
        if link in "，," and clause_end != end and not one_of and not (listed and listed[-1][2] == clause_end) \
                and (not (posts := _concurrent_posts(ctx, org, end)) or posts[-1][2] != clause_end):
            continue  # an apposition ends where its role does (王石，万科集团董事长，), or its posts after 兼 or 、
        # 历任…公司总经理助理、…: an assistant's post (总经理助理), no 总经理; the list goes on after it
        role, end = _with_assistant(ctx, role, end) if link not in "，," else (role, end)
        found = [(org, role, end)]
        if listed and listed[-1][2] == clause_end:  # 王石，万科集团党委书记、董事长，: the same body's, or the one its committee leads
            found += listed
            end = clause_end
        # after 任/担任…, more organisation + role pairs may follow: A院长、B校长与C副总司令
        # (a semicolon is no list joiner, so the post after one is read, once, whenever one stands at ``end``)
        while link not in "，," and end < len(simplified) and (
                simplified[end] in _LIST_JOINERS or simplified.startswith(_AND_ALSO, end)
                or (after_semicolon := _post_after_semicolon(ctx, end)) is not None):
            end += simplified.startswith(_AND_ALSO, end)  # …副总经理以及A公司董事长: 及 joins them
            if simplified[end] in _SEMICOLONS:  # 还担任A公司董事长；B公司监事；…: each item its own body's post
                found.append(after_semicolon)
                end = after_semicolon[2]
                continue
            department = _department_post(ctx, found[-1][0], end) if found else None
            org, role, next_end = department or _holder_and_role(ctx, _after_bodies_sharing(ctx, end + 1))
            role, next_end = _with_assistant(ctx, role, next_end) if org is not None else (role, next_end)
            if org is None and found and (bare := _bare_post(ctx, found[-1][0], end)) is not None:
                org, role, next_end = bare  # 历任万科集团总经理、董事长: the same body's
            if org is None and found:
                org, role, next_end = _post_after_skipping(ctx, end, found[-1][0])  # an item no reader understood
            if org is None or any(end < s < next_end and not _ERA.fullmatch(simplified, s, _era_end(ctx, s))
                                  for s in ctx.person_starts) \
                    or not (_post_closes(ctx, next_end) or simplified[next_end] in _LIST_JOINERS
                            or simplified.startswith(_AND_ALSO, next_end)):
                break  # …，泰信基金公司基金经理助理: 基金经理 is no post of its own there
            found.append((org, role, next_end))
            end = next_end
        found += _concurrent_posts(ctx, found[-1][0], end) if found else []
        if glued and found:
            person = ctx.derive_mention(person.start, person.end - 1, Label.PERSON)
        # a résumé's stand-in inside the head's own sentence (…，高级政工师，历任…) reads nothing the head's link read
        read_by_head = {(r.source, r.target, r.role_simplified) for r in out} if person.start == person.end else set()
        for org, role, end in found:
            clause_posts[end] = (_owner_of(ctx, person), org, role)
            if (_owner_of(ctx, person), ctx.owner[org], role) in read_by_head:
                continue
            out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[org], RelationKind.HOLDS_ROLE, person.start, end,
                                    ctx.text[end - len(role) : end],
                                    former=former or _former_after(ctx, org.end, end - len(role))))
    more = (_read_remote(ctx, pronouns, clause_posts) + _read_role_then_person(ctx) + _read_bare_roles(ctx)
            + _read_appointed(ctx) + _read_filled_by(ctx) + _read_serving_at(ctx, pronouns)
            + _read_post_before_subject(ctx) + _read_post_is(ctx) + _read_resume_fields(ctx)
            + _read_demonstrative_posts(ctx) + _read_post_of_body_after(ctx) + _read_respective_posts(ctx)
            + _read_removed(ctx) + _read_bracketed_posts(ctx))
    more += _read_named_then_serving(ctx)
    more += read_founders(ctx, out + more)
    # 华强集团将聘请王明担任总经理: a plan, no post held (the appointer's verb after a word of the future)
    more += [r for r in read_implied_bodies(ctx, ctx.read + out + more, _name_at)
             if not _appointed_in_future(ctx, r.evidence.start)]
    more += read_caption_lists(ctx, ctx.read + out + more)
    more += read_shared_titles(ctx, ctx.read + out + more)
    # a post after a short description is read by the link after it (李大明，广东人，曾任…) and by the clause's subject
    read = {(r.source, r.target, r.role_simplified, r.former) for r in out}
    # ...and a post an earlier reader already wrote (roles_wiki's 加入谷歌公司，出任副总裁): once is enough too
    read |= {(r.source, r.target, r.role_simplified, r.former) for r in ctx.read if r.kind is RelationKind.HOLDS_ROLE}
    # a post the link after the person read is read as it says, past or not: the other readers' reading of it (a
    # clause of posts only, after a list of 曾任 that runs on over a comma) adds nothing
    linked = {(r.source, r.target, r.role_simplified) for r in out}
    kept = []
    for r in more:  # two readers may read one post (胡安退役后在巴塞罗那俱乐部担任教练): once is enough
        key = (r.source, r.target, r.role_simplified, r.former)
        if key not in read and key[:3] not in linked:
            read.add(key)
            kept.append(r)
    kept += _bodies_sharing_a_title(ctx, out + kept)
    kept += _subjects_listed_before(ctx, out + kept)
    kept += _successors(ctx, out + kept)
    kept += [r for r in place_heads_in_party_chain(ctx, out + kept)  # 中共浙江省委书记、省长: 省长 of 浙江省
             if (r.source, r.target, r.role_simplified) not in linked]
    return _keep_qualifiers(ctx, drop_department_holders(ctx, drop_list_misreads(ctx, resolve_generic_holders(
        ctx, drop_misplaced_legislators(ctx, out + kept)))))


#: A date in a résumé's own form, year and month joined by a slash or a dot, a comma maybe after it: 2006/02，…
_SLASHED_DATE = re.compile(r"\d{4}[/.]\d{1,2}(?:[-－至到—~]+\d{4}[/.]\d{1,2}|至今)?")


def _dated_line(ctx: RelationContext, at: int) -> int | None:
    """Where the body opening a résumé's line of posts starts after the line's date at ``at`` (2003年7月至2011年12月东风
    汽车股份有限公司商品研发院院长; 2006/02，中航工业一飞院党委书记、副院长), a comma maybe between; ``None`` when no
    date opens the line or no named body follows it."""
    simplified = ctx.simplified
    date = _DATE.match(simplified, at) or _SLASHED_DATE.match(simplified, at)
    if date is None or date.end() == at or simplified.startswith(("于", "在"), at):
        return None
    after = date.end() + (simplified[date.end() : date.end() + 1] in ("，", ","))
    return after if after in ctx.org_starting_at else None


#: What opens a line of a résumé after its date, if any: a verb of a career (任, 历任, 加入, 毕业于…) or an adverb before one.
_RESUME_LINE_OPENERS = ("曾", "现", "原任", "历任", "任", "先后", "兼", "担任", "出任", "升任", "调任", "转任", "获", "加入", "进入",
                        "毕业", "于", "自", "从", "在", "至今", "期间", "起", "同时", "此前", "目前", "并", "后", "参加工作",
                        "为", "是", "系", "还", "亦", "也", "长期", "最近", "近", "经")


def _opens_resume_line(ctx: RelationContext, s: int) -> bool:
    """Whether the sentence at ``s`` opens as a résumé's line whose subject is left out: a date (1975年12月参加工作，…;
    2007年10月至今任…), a verb of a career or an adverb before one (曾任…, 现任…, 历任…, 毕业于…, 为…) or a named body (a
    line of posts only); not a clause with a subject of its own (我们有一位分析师，担任过…)."""
    simplified = ctx.simplified
    if simplified[s : s + 1].isdigit() or s in ctx.org_starting_at:
        return True  # 2009.8至今，历任…; 上海立信会计学院教授、博士生导师 (a line of posts only)
    date = _DATE.match(simplified, s)
    if date is not None and date.end() > s:
        return True
    return simplified.startswith(_RESUME_LINE_OPENERS, s)


#: Letters that open a link and end no given name, which the recogniser may run a name into (张伟自|1995年起担任…,
#: 金琦已|出任…); not 为 or 曾, which end names (朱有为).
_GLUED_LINK_LETTERS = frozenset("自已日")  # 日: 李明日|前获任命为…
#: What after a title makes it an assistant's: 总经理助理, 财务总监助理.
_ASSISTANT = "助理"


def _with_assistant(ctx: RelationContext, role: str, end: int) -> tuple[str, int]:
    """``role`` ending at ``end``, or the assistant's post when 助理 follows it (总经理助理: no 总经理's)."""
    if ctx.simplified.startswith(_ASSISTANT, end) and not role.endswith(_ASSISTANT):
        return role + _ASSISTANT, end + len(_ASSISTANT)
    return role, end
#: A clause of time that opens with a post and closes before its subject: 在担任北京大学校长期间，蔡元培…
_POST_CLAUSE = re.compile(r"(?:^|(?<=[，。；;,！？!?\n]))(?:(?:在|于|当)?(?:担任|出任|就任|任)|(?P<being>作为|身为))")
#: How such a clause closes: 期间, 时, 任内.
_POST_CLAUSE_ENDS = ("期间", "时期", "任内", "时")


def _read_post_before_subject(ctx: RelationContext) -> list[Relation]:
    """A clause of time made of a verb of serving and a post, then the person who opens the next clause: the post
    is that person's (在担任北京大学校长期间，蔡元培推行改革; 任台北市长时，陈水扁…); a clause of being the post too, closing
    at the post (作为华强集团的董事长，张伟表示…; 身为北京大学校长，李明…). None when the name is followed by 的
    (…期间，蔡元培的学生…; 作为北京大学校长，李明的…), nor when the post is another's (作为华强集团董事长的妻子，…)."""
    simplified = ctx.simplified
    out = []
    for found in _POST_CLAUSE.finditer(simplified):
        org, role, end = _holder_and_role(ctx, found.end())
        if org is None and found.group("being") and (body := ctx.org_starting_at.get(found.end())) is not None \
                and simplified.startswith("的", body.end) and (bare := _role_at(ctx, body.end + 1)) is not None:
            org, role, end = body, bare, body.end + 1 + len(bare)  # 作为华强集团的董事长
        close = next((w for w in _POST_CLAUSE_ENDS if simplified.startswith(w, end)), "") if org is not None else ""
        close = "" if found.group("being") else close
        after = end + len(close) + 1
        if not (close or (found.group("being") and org is not None)) or simplified[after - 1 : after] not in ("，", ","):
            continue
        person = next((m for m in ctx.mentions if m.start == after and m.label is Label.PERSON), None)
        if person is None or simplified[person.end : person.end + 1] in _NOT_SUBJECT_AFTER:
            continue
        out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[org], RelationKind.HOLDS_ROLE, found.start(),
                                person.end, ctx.text[end - len(role) : end]))
    return out


#: Words of time before the subject that put the clause in the past: 此前王重昆为…的副总经理.
_BEFORE_NOW = ("此前", "之前", "早前", "先前", "以前", "早年")


def _said_of_before(ctx: RelationContext, start: int) -> bool:
    """Whether the clause of a person starting at ``start`` opens with a word of time past right before him
    (此前王重昆为…, 早年，王明任…): what it says he was, he was before."""
    simplified = ctx.simplified
    at = start - 1 if simplified[start - 1 : start] in ("，", ",") else start
    word = next((w for w in _BEFORE_NOW if simplified.endswith(w, 0, at)), "")
    return bool(word) and _clause_opens(ctx, at - len(word))


#: Verbs of serving after body + person: 安徽大学匡光力担任校长.
_SERVES_AS = ("担任", "出任", "兼任", "接任", "任")
#: Words for the body named before the person that may stand before the bare title: 刘晓光任集团公司董事长.
_SAME_BODY = ("集团公司", "公司", "集团", "学校", "该校", "该公司")


def _read_named_then_serving(ctx: RelationContext) -> list[Relation]:
    """Body + person + 担任/出任/任 + a bare title closing the clause (安徽大学匡光力担任校长; 首创集团刘晓光任集团公司董事长,
    a generic word for the body between): the body's. Not a title free of bodies (记者, 主持人, 教授…: a body before
    a name is not what those hold), nor one with a body of its own after the verb (:func:`read_roles_after`)."""
    simplified = ctx.simplified
    out = []
    for person in ctx.of(Label.PERSON):
        body = ctx.org_ending_at.get(person.start)
        if body is None:
            continue
        at = person.end + next((len(h) for h in _HONORIFICS if simplified.startswith(h, person.end)), 0)
        verb = next((v for v in _SERVES_AS if simplified.startswith(v, at)), None)
        if verb is None:
            continue
        start = at + len(verb)
        start += simplified[start : start + 1] == "了"
        if _holder_and_role(ctx, start)[0] is not None:
            continue
        k = start + len(next((w for w in _SAME_BODY if simplified.startswith(w, start)), ""))
        role = _role_at(ctx, k)
        if role is None or role in _FREE_ROLES or (k > start and start in ctx.org_starting_at):
            continue
        end = k + len(role)
        end_tail = end + next((len(t) for t in _POST_TAILS if simplified.startswith(t, end)), 0)
        if not (end_tail >= len(simplified) or CLAUSE_BREAK.match(simplified, end_tail)):
            continue
        out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[body], RelationKind.HOLDS_ROLE, body.start, end,
                                ctx.text[k:end]))
    return out


#: Verbs of serving in a clause that qualifies the body after it: 张伟任董事长的华强集团, 由马云担任董事局主席的阿里巴巴集团.
_SERVES_IN = ("担任", "出任", "兼任", "任")
#: What may stand between the person and that verb: 曾 (a post held before), 现, 一直.
_SERVES_IN_ADVERBS = ("曾经", "曾", "现", "一直")


def _read_post_of_body_after(ctx: RelationContext) -> list[Relation]:
    """Person + 担任/任 + a bare title + 的 + the body it qualifies: the body's (张伟任董事长的华强集团, 由马云担任
    董事局主席的阿里巴巴集团; 曾 before the verb: a post held before). Not a title free of bodies (主持人, 导演: 王明担任
    导演的电影…), nor with a word between the person and the verb other than 曾, 现, 一直 (王明拟任董事长的…, 王明将担任
    董事长的…: not held yet)."""
    simplified = ctx.simplified
    out = []
    for person in ctx.of(Label.PERSON):
        at = person.end + next((len(h) for h in _HONORIFICS if simplified.startswith(h, person.end)), 0)
        adverb = next((a for a in _SERVES_IN_ADVERBS if simplified.startswith(a, at)), "")
        verb = next((v for v in _SERVES_IN if simplified.startswith(v, at + len(adverb))), None)
        if verb is None:
            continue
        start = at + len(adverb) + len(verb)
        role = _role_at(ctx, start)
        if role is None or role in _FREE_ROLES or not simplified.startswith("的", start + len(role)):
            continue
        body = ctx.org_starting_at.get(start + len(role) + 1)
        if body is None or any(m.start == body.start and m.label is Label.PERSON for m in ctx.mentions):
            continue
        out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[body], RelationKind.HOLDS_ROLE, person.start, body.end,
                                ctx.text[start : start + len(role)], former=adverb.startswith("曾")))
    return out


#: Removing someone from a post, the person right after it: 免去王明的万科集团董事长职务.
def _read_bracketed_posts(ctx: RelationContext) -> list[Relation]:
    """A post in brackets right after a name, all the brackets hold (王明（华强集团董事长）表示; 王明(华强集团党委书记、
    董事长); 王明（前华强集团总裁）: a past post): an apposition the brackets close. Nothing when anyone else is named
    inside, or the brackets hold more than the body and its posts (王明（华强集团董事长之子）)."""
    simplified = ctx.simplified
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        at = person.end
        if simplified[at : at + 1] not in ("（", "("):
            continue
        close = next((i for i in range(at + 1, min(len(simplified), at + _MAX_ASIDE)) if simplified[i] in ")）"), -1)
        if close < 0 or any(at < p < close for p in ctx.person_starts):
            continue
        start = at + 1 + (simplified[at + 1 : at + 2] in _FORMER_MARKS)
        org, role, end = _holder_and_role(ctx, start)
        if org is None or org.start != start:
            continue
        posts = [(org, role, end)] + _listed_bare_posts(ctx, org, end)
        posts += _concurrent_posts(ctx, org, posts[-1][2])
        if posts[-1][2] != close:
            continue
        former = start > at + 1
        for org, role, end in posts:
            out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[org], RelationKind.HOLDS_ROLE, person.start,
                                    close + 1, ctx.text[end - len(role) : end],
                                    former=former or _former_after(ctx, org.end, end - len(role))))
    return out


_REMOVES = ("免去", "撤销", "罢免")


def _read_removed(ctx: RelationContext) -> list[Relation]:
    """免去 (撤销, 罢免) + person + (的) + holder + title + 职务/一职 or the clause's end: a post the person held before
    (国务院决定免去王明的教育部副部长职务). Not 免去其… (no one named)."""
    simplified = ctx.simplified
    if not any(v in simplified for v in _REMOVES):
        return []
    out = []
    for person in ctx.of(Label.PERSON):
        if not simplified.endswith(_REMOVES, 0, person.start):
            continue
        at = person.end + simplified.startswith("的", person.end)
        org, role, end = _holder_and_role(ctx, at)
        if org is None:
            org, role, end = _body_role_after_link(ctx, at)
        if org is None or not (simplified.startswith(_POST_TAILS, end) or simplified.startswith("的职务", end)
                               or end >= len(simplified) or CLAUSE_BREAK.match(simplified, end)):
            continue
        out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[org], RelationKind.HOLDS_ROLE, person.start, end,
                                ctx.text[end - len(role) : end], former=True))
    return out


#: 分别 + a verb of serving: the people listed before it hold the posts listed after it, one each, in order.
_RESPECTIVELY = re.compile(r"分别(?:担任|出任|兼任|当选为|当选|任|为|是)")
#: What joins the people listed before 分别 and the posts listed after it, and the subjects listed before a verb of
#: appointment (张伟、李明当选为华强集团副董事长: :func:`_subjects_listed_before`).
_LISTED_JOINERS = frozenset("、和与及")


def _read_respective_posts(ctx: RelationContext) -> list[Relation]:
    """People joined by 、/和 + 分别担任 (任, 为…) + as many posts, in order: each person the post of his rank in the list
    (张伟、李明分别担任华强集团董事长和总经理: 董事长 张伟's, 总经理 李明's; 分别任北京大学校长、清华大学校长). A bare title
    is the body's of the post before it. Nothing when the counts differ or the list does not close the clause."""
    simplified = ctx.simplified
    if "分别" not in simplified:
        return []
    ends = {m.end: m for m in ctx.of(Label.PERSON)}
    out = []
    for cue in _RESPECTIVELY.finditer(simplified):
        people = [ends[cue.start()]] if cue.start() in ends else []
        while people and simplified[people[0].start - 1 : people[0].start] in _LISTED_JOINERS \
                and (before := ends.get(people[0].start - 1)) is not None:
            people.insert(0, before)
        if len(people) < 2:
            continue
        posts: list[tuple[Mention, str, int]] = []
        org, role, end = _holder_and_role(ctx, cue.end())
        while org is not None:
            posts.append((org, role, end))
            if simplified[end : end + 1] not in _LISTED_JOINERS:
                break
            org, role, next_end = _holder_and_role(ctx, end + 1)
            if org is None and (bare := _role_at(ctx, end + 1)) is not None:
                org, role, next_end = posts[-1][0], bare, end + 1 + len(bare)  # 华强集团董事长和总经理
            end = next_end
        if len(posts) != len(people) or not (end >= len(simplified) or CLAUSE_BREAK.match(simplified, end)
                                             or simplified.startswith(_POST_TAILS, end)) \
                or any(cue.end() <= p < end for p in ctx.person_starts):
            continue
        for person, (org, role, post_end) in zip(people, posts):
            out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[org], RelationKind.HOLDS_ROLE, people[0].start,
                                    end, ctx.text[post_end - len(role) : post_end]))
    return out


#: Verbs of serving after 在 + body: 在万科集团担任董事长.
_SERVES = ("担任", "出任", "任职", "任")
#: Letters that may come between a person and 在: adverbs and 曾 (王明曾在万科集团担任…).
_BEFORE_AT = ("曾经", "先后", "曾", "也", "亦", "还", "后", "则")


def _read_serving_at(ctx: RelationContext, pronouns: list[Mention]) -> list[Relation]:
    """Person + 在/于 + body + 担任/出任/任 + a bare title closing the clause: the body's (王明在万科集团担任董事长一职,
    王明曾在香港大学任教授, 霍元甲后来被安排在『精武体操学校』任职主教席); a title with a body of its own is
    :func:`read_roles_after`'s. The body's clause may say the person worked there first, a comma maybe after it
    (在万科集团任职期间担任副总经理, 曾在中国银行工作，担任副行长), and bare titles listed after the first by 、 or 兼
    share its body (担任副总经理、总经理); 曾, 期间 or 历任 mark the posts ``former``."""
    simplified = ctx.simplified
    out = []
    for person in [m for m in ctx.mentions if m.label is Label.PERSON] + pronouns:
        at = person.end + next((len(h) for h in _HONORIFICS if simplified.startswith(h, person.end)), 0)
        date = _DATE.match(simplified, at)
        at = date.end() if date and not simplified.startswith(("于", "在"), date.start()) else at
        served = _served_at(ctx, at)
        if served is None:
            continue
        bodies, posts, past = served
        former = past or simplified.startswith("曾", person.end)
        out.extend(ctx.relation(_owner_of(ctx, person), ctx.owner[body], RelationKind.HOLDS_ROLE, person.start, end,
                                ctx.text[start:end], former=former) for body in bodies for start, end in posts)
    return out


#: After 在 + body, the person's work there before the verb of serving: 在万科集团任职期间担任…, 在中国银行工作，担任…
#: (:func:`_served_at`); whether it marks a past post.
_WORKED_THERE = re.compile(r"(?:工作|任职|供职)(?P<past>期间|时期|时)?(?:多年|多年来)?[，,]?"
                           r"(?P<adverb>曾经|曾|先后|还|也|又)?(?=担任|出任|任|历任|兼任)")
#: Verbs of serving after such a clause, besides :data:`_SERVES`: 历任 (a past post), 兼任.
_SERVES_AFTER_WORK = ("历任", "兼任")
#: How many bare titles a list after the verb of serving may hold (担任副总经理、总经理兼财务总监).
_MAX_SERVED_POSTS = 6


def _served_at(ctx: RelationContext, at: int) -> tuple[list[Mention], list[tuple[int, int]], bool] | None:
    """Adverbs, 被安排 maybe, 在/于 + a body (in quotation marks maybe) + 担任/出任/任职/任 + a bare title closing the
    clause, read from ``at``: the bodies (more than one when several are listed by 、, 和 or 及: 先后在华夏银行、招商银行
    任副行长, each body's post), where each title (the first and the bare ones listed after it by 、 or 兼) starts and
    ends, and whether the clause marks the posts past (在…任职期间, 历任); or ``None``."""
    simplified = ctx.simplified
    while simplified[at : at + 1] in _SERVED_LEAD_FIRST and \
            (a := first_at(simplified, _SERVED_LEADS, at)):
        at += len(a)  # 后来, 曾经…
    at += len(first_at(simplified, _SENT, at))  # 被安排在…
    if simplified[at : at + 1] not in ("在", "于"):
        return None
    quoted = simplified[at + 1 : at + 2] in _OPENING_QUOTES + "《"  # 在『精武体操学校』任职, 在《真理报》任主编
    body = ctx.org_starting_at.get(at + 1 + quoted)
    if body is None:
        return None
    closing = quoted and simplified[body.end : body.end + 1] in _CLOSING_QUOTES + "》"
    if quoted and not closing:
        return None
    after = body.end + closing
    bodies = [body]
    while not quoted and simplified[after : after + 1] in _BODY_JOINERS and (more := ctx.org_starting_at.get(after + 1)):
        bodies.append(more)  # 在华夏银行、招商银行任副行长: each body's post
        after = more.end
    after += next((len(k) for k in _AMONG_KINDS if simplified.startswith(k, after)), 0)  # 在宜兴女子初级师范等学校任…
    worked = _WORKED_THERE.match(simplified, after)  # 在万科集团任职期间担任…, 在中国银行工作，担任…
    past = False
    if worked:
        after, past = worked.end(), bool(worked["past"]) or worked["adverb"] in ("曾", "曾经")
    verb = next((v for v in (_SERVES_AFTER_WORK if worked else ()) + _SERVES if simplified.startswith(v, after)), None)
    if verb is None:
        return None
    past = past or verb == "历任"
    first = _served_post(ctx, after + len(verb), ("了", "过"))
    if first is None:
        return None
    posts = [first]
    while len(posts) < _MAX_SERVED_POSTS and simplified[posts[-1][1] : posts[-1][1] + 1] in ("、", "兼"):
        post = _served_post(ctx, posts[-1][1] + 1, ("任",))  # 副总经理兼任财务总监
        if post is None:
            break
        posts.append(post)
    return bodies, posts, past


def _served_post(ctx: RelationContext, start: int, skipped: tuple[str, ...]) -> tuple[int, int] | None:
    """A bare title read from ``start`` (after one of ``skipped`` maybe), one or two qualifying letters maybe before it,
    closing its clause or followed by 、 or 兼 and another post: where it starts and ends; or ``None``."""
    simplified = ctx.simplified
    start += simplified[start : start + 1] in skipped
    for k in (start, start + 1, start + 2):  # a letter or two may qualify the title: 主|教席 (主教 is a bishop), 图画|教员
        role = _role_at(ctx, k)
        if role is None or (k > start and not _qualifier(ctx, start, k)):
            continue
        end = k + len(role)
        tail = next((len(t) for t in _BARE_POST_TAILS if simplified.startswith(t, end)), 0)  # 在…任行长至今
        if _post_closes(ctx, end + tail) and simplified[end + tail : end + tail + 1] != "的":
            return start, end
    return None


#: What joins the bodies listed after 在 where one served, each the post's: 在华夏银行、招商银行任副行长.
_BODY_JOINERS = frozenset("、和及与")
#: 等 and the kind of body after a body, the first of several where one served: 在宜兴女子初级师范等学校任图画教员.
_AMONG_KINDS = ("等学校", "等大学", "等中学", "等学堂", "等公司", "等单位", "等机构", "等报社", "等报刊", "等地")
#: Being sent or placed before 在 + body: 被安排在精武体操学校任职….
_SENT = ("被安排", "获安排", "被派", "获派", "被调")
#: Verbs closing 由 + person: 总经理由邓召明担任.
_FILLS = ("担任", "出任", "接任", "兼任")
#: The most letters between 由 and the person who fills the post: 由原南方基金副总经理邓召明担任.
_MAX_FILLED_BY = 16
#: Adverbs of time or mood between a post and 由 (卫生福利部长一职将由X出任, 一职改由, 一职暂由), longest first.
_FILLED_ADVERBS = ("预计将", "将会", "暂时", "确定", "将", "改", "暂", "则", "已", "拟", "会")


def _read_filled_by(ctx: RelationContext) -> list[Relation]:
    """Holder + title (+ 一职) + 由 + person + 担任/出任…, closing the clause: the post is the person's (鹏华基金总经理由原南方基金
    副总经理邓召明担任: 总经理 of 鹏华基金; 北京大学校长一职由王志刚担任; the post written before the name is
    :func:`read_roles`'s)."""
    simplified = ctx.simplified
    out = []
    for by in re.finditer("由", simplified):
        i = by.start()
        j = i - next((len(a) for a in _FILLED_ADVERBS if simplified.endswith(a, 0, i)), 0)  # 一职将由…
        post = j - next((len(t) for t in _POST_TAILS if simplified.endswith(t, 0, j)), 0)  # 校长一职由…
        role = ctx.lexicon.role_ending(simplified, post) or None
        holder = _holder(ctx, post - len(role), role) if role is not None else None
        if holder is None:
            continue
        brk = CLAUSE_BREAK.search(simplified, i)
        clause_end = brk.start() if brk else len(simplified)
        person = next((m for m in sorted(ctx.mentions, key=lambda m: -m.end) if m.label is Label.PERSON
                       and i < m.start <= i + _MAX_FILLED_BY and m.end <= clause_end
                       and simplified.startswith(_FILLS, m.end)), None)
        if person is None or any(person.start < s < clause_end for s in ctx.person_starts):
            continue
        verb = next(v for v in _FILLS if simplified.startswith(v, person.end))
        after = person.end + len(verb)
        after += next((len(t) for t in _POST_TAILS if simplified.startswith(t, after)), 0)
        if after != clause_end:
            continue
        out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[holder], RelationKind.HOLDS_ROLE, holder.start, after,
                                ctx.text[post - len(role) : post], former=_former(ctx, holder.start)))
    return out


#: The most letters between a post's link (公司的总经理为X, 董事长是X) and the person it names: a short description
#: (原公募基金的明星经理).
_MAX_POST_IS = 16


def _read_post_is(ctx: RelationContext) -> list[Relation]:
    """Holder + title + 为/是 + person closing the clause, maybe a description between (上海尚雅投资管理有限公司的总经理为
    原公募基金的明星经理石波; ，公司的总经理为X: the company named before, :func:`_anaphor_ending_at`): the post is the
    person's. No other person between; a description's own posts are :func:`read_roles`'s."""
    simplified = ctx.simplified
    out = []
    for link in re.finditer("[为是]", simplified):
        i = link.start()
        role = ctx.lexicon.role_ending(simplified, i) or None
        if role is None:
            continue
        brk = CLAUSE_BREAK.search(simplified, i)
        clause_end = brk.start() if brk else len(simplified)
        person = next((m for m in ctx.mentions if m.label is Label.PERSON and m.end == clause_end
                       and i < m.start <= i + 1 + _MAX_POST_IS), None)
        if person is None or any(i < s < person.start for s in ctx.person_starts):
            continue
        holder = _holder(ctx, i - len(role), role)  # only now: it may derive a body
        if holder is None:
            continue
        out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[holder], RelationKind.HOLDS_ROLE, holder.start,
                                person.end, ctx.text[i - len(role) : i], former=_former(ctx, holder.start)))
    return out


#: A demonstrative before a body and its title standing for a person named before: 这位东吴基金公司的投资总监.
_DEMONSTRATIVE = re.compile("这位|该位|此位")
#: The most letters of the body and title after the demonstrative.
_MAX_DEMONSTRATED = 20


def _read_demonstrative_posts(ctx: RelationContext) -> list[Relation]:
    """这位 + holder + title, no name after it (但在这位东吴基金公司的投资总监嘴里): the post of the one person the sentence
    named before it or, when it names none, of the one person of the sentence before (a reporter's byline name, after
    记者, not counted); none when two are named there, or a name follows the title (that is :func:`read_roles`'s)."""
    simplified = ctx.simplified
    demonstratives = list(_DEMONSTRATIVE.finditer(simplified))
    if not demonstratives:
        return []
    people = [m for m in ctx.mentions if m.label is Label.PERSON
              and not simplified[max(m.start - 8, 0) : m.start].rstrip(" \u3000").endswith(tuple(_CREDITED_ROLES))]
    sentence_starts = [a for a, _ in ctx.sentences]
    out = []
    for found in demonstratives:
        i, start = found.start(), found.end()
        k = bisect_right(sentence_starts, i) - 1
        if k < 0:
            continue
        who = {ctx.owner[m] for m in people if ctx.sentences[k][0] <= m.start and m.end <= i}
        if not who and k > 0:
            who = {ctx.owner[m] for m in people if ctx.sentences[k - 1][0] <= m.start and m.end <= ctx.sentences[k - 1][1]}
        if len(who) != 1:
            continue
        e, role, holder = start, None, None
        while e < min(start + _MAX_DEMONSTRATED, len(simplified)) and holder is None:
            e += 1
            if CLAUSE_BREAK.match(simplified[e - 1]):
                break
            role = next(iter(_role_candidates(ctx, e)), None)
            if role is not None and not ctx.lexicon.role_ending(simplified, e + 1):
                holder = _holder(ctx, e - len(role), role)
                if holder is not None and holder.start < start:
                    holder = None
        if holder is None or role is None or e in ctx.person_starts:
            continue
        out.append(ctx.relation(next(iter(who)), ctx.owner[holder], RelationKind.HOLDS_ROLE, i, e,
                                ctx.text[e - len(role) : e], former=_former(ctx, holder.start)))
    return out


#: A résumé's field of the post: 职位：北京…有限公司董事长, 职务：董事长.
_POST_FIELD = re.compile(r"(?:现任职务|现职|职位|职务)[：:]")
#: A résumé's field label, where the value before it ends: 毕业院校：, 行业：.
_FIELD_LABEL = re.compile(r"[\u4e00-\u9fff]{2,4}[：:]")
#: A résumé's field of the employer, right before the post's: 公司：安信地板有限公司职务：董事长.
_EMPLOYER_FIELD = ("工作单位", "公司", "单位", "机构")
#: Fields that follow the name a résumé opens with (李莹出生年月：1969年), or 姓名 before it.
_SUBJECT_FIELD = re.compile(r"(?:出生年月|出生日期|出生|生日|性别|籍贯|民族|年龄|简介)[：:]")
_NAME_FIELD = re.compile(r"姓名[：:]")
#: What ends a résumé field's value besides a clause break: a space, the next label's colon.
_VALUE_ENDS = frozenset(" \u3000：:")
#: The most letters of a post's value, and between a résumé's name and its post.
_MAX_FIELD_VALUE = 40
_MAX_RESUME = 200


def _read_resume_fields(ctx: RelationContext) -> list[Relation]:
    """A résumé's post field (李莹出生年月：1969年职位：北京盈之宝汽车销售服务有限公司董事长毕业院校：…; 公司：安信地板有限公司职务：
    董事长): the holder and title the value ends with, before the next field or a clause break, held by the
    person the résumé opens with (X出生年月：, X简介：, 姓名：X), the nearest before the field, no other between."""
    simplified = ctx.simplified
    out = []
    for field in _POST_FIELD.finditer(simplified):
        v = field.end()
        person = _resume_subject(ctx, field.start())
        if person is None:
            continue
        ends = []  # where the value may end: a title there, then a break, a space or the next field's label
        for e in range(v + 1, min(v + _MAX_FIELD_VALUE, len(simplified)) + 1):
            role = ctx.lexicon.role_ending(simplified, e) or None
            if role is not None and (e == len(simplified) or CLAUSE_BREAK.match(simplified[e])
                                     or simplified[e] in _VALUE_ENDS or _FIELD_LABEL.match(simplified, e)):
                ends.append((e, role))
            if e < len(simplified) and (CLAUSE_BREAK.match(simplified[e]) or simplified[e] in _VALUE_ENDS):
                break  # the next label's colon too: 董事长行业：, the title the longest before it
        if not ends:
            continue
        e, role = ends[-1]
        at = e - len(role)
        holder = _holder(ctx, at, role) if at > v else None
        employer = ctx.org_ending_at.get(field.start()) if at == v else None
        if employer is not None and simplified.endswith(
                tuple(f + c for f in _EMPLOYER_FIELD for c in "：:"), 0, employer.start):
            holder = employer  # 公司：安信地板有限公司职务：董事长
        if holder is not None:
            out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[holder], RelationKind.HOLDS_ROLE,
                                    person.start, e, ctx.text[at:e]))
    return out


def _resume_subject(ctx: RelationContext, at: int) -> Mention | None:
    """The person a résumé whose field starts at ``at`` opens with: the name right before 出生年月：, 简介：… or right after
    姓名：, the nearest within :data:`_MAX_RESUME` letters; ``None`` when another person is named between."""
    simplified = ctx.simplified
    since = max(at - _MAX_RESUME, 0)
    people = [m for m in ctx.mentions if m.label is Label.PERSON and since <= m.start and m.end <= at]
    subject = None
    for m in people:
        after = m.end + (simplified[m.end : m.end + 1] in _VALUE_ENDS)
        if m.end == at or _SUBJECT_FIELD.match(simplified, after) \
                or _NAME_FIELD.search(simplified, max(m.start - 4, 0), m.start):  # 吕冬青职务：…董事长 too
            subject = m
    if subject is None or any(m.start > subject.end and _owner_of(ctx, m) != _owner_of(ctx, subject) for m in people):
        return None
    return subject


#: An honorific after the name of someone appointed: 聘任俞岱曦先生担任….
_HONORIFICS = ("先生", "女士", "小姐", "博士", "爵士", "同志")
#: What joins the person a body appoints and the post: 聘任X为…, 聘任X担任…, 聘任X就任….
_APPOINTED_TO = ("担任", "出任", "就任", "为", "任")
#: The appointing body named again before the post: 聘任X为公司副总经理.
_THE_BODY = ("该公司", "本公司", "公司")
#: The most letters of a qualifier before the post: 就任社论|主笔.
_MAX_POST_QUALIFIER = 2
#: A headline glued to its dateline: …聘任俞岱曦为副总经理|全景网3月6日讯.
_DATELINE_AHEAD = re.compile(r"[^，,。；;\s\d]{2,8}\d{1,2}月\d{1,2}日(?:电|讯)")


def _dateline_after(ctx: RelationContext, end: int) -> bool:
    """Whether an agency and a dateline follow ``end`` with nothing between (a headline's last word)."""
    return _DATELINE_AHEAD.match(ctx.simplified, end) is not None


#: The most letters between an appointing body and its verb: 《益世报》再次聘任…, …决定聘任….
_MAX_BEFORE_APPOINTS = 8


def _read_appointed(ctx: RelationContext) -> list[Relation]:
    """A body + 聘任/任命/委任 + person + 为/担任 + a bare title: the title is the body's (国泰基金聘任初伟斌为公司副总经理,
    《益世报》再次聘任罗隆基就任社论主笔). The body is the last one its sentence names before the verb, no person between,
    a few letters before it, or further when a company the post names again (中银基金…，决定聘任俞岱曦先生担任公司副总经理);
    a title with a body of its own is :func:`read_roles_after`'s."""
    simplified = ctx.simplified
    people = {m.start: m for m in ctx.mentions if m.label is Label.PERSON}
    out = []
    found = []  # (where the verb starts, the one appointed, where the post starts)
    verbs = list(re.finditer("|".join(_APPOINTS), simplified))
    people.update((i, m) for i, m in _appointed_pronouns(ctx, verbs).items() if i not in people)
    for verb in verbs:
        person = people.get(verb.end())
        if person is None or _said_of_the_future(ctx, verb.start()):
            continue  # 董事会将聘任X为总经理, 拟任命X为…: a plan
        at = person.end + next((len(h) for h in _HONORIFICS if simplified.startswith(h, person.end)), 0)
        link = next((w for w in _APPOINTED_TO if simplified.startswith(w, at)), None)
        if link is not None:
            found.append((verb.start(), person, at + len(link)))
    for person in people.values():  # 董事会将王明任命为总经理: the one appointed before the verb
        disposed = _disposed_to(ctx, person.end)
        if disposed is not None:
            at = person.end + next((len(h) for h in _HONORIFICS if simplified.startswith(h, person.end)), 0)
            found.append((person.start - 1, person, at + len(disposed)))
    for verb_start, person, at in sorted(found, key=lambda f: f[0]):
        again = next((len(b) for b in _THE_BODY if simplified.startswith(b, at)), 0)
        at += again
        at, role = next(((a, r) for a in range(at, at + _MAX_POST_QUALIFIER + 1)
                         if (r := _role_at(ctx, a)) is not None and (a == at or simplified[at:a].isalpha())), (at, None))
        if role is None or not (_post_closes(ctx, at + len(role)) or _dateline_after(ctx, at + len(role))):
            continue
        s, _ = sentence_at(ctx.sentences, verb_start)
        before = [m for m in ctx.mentions if s <= m.start and m.end <= verb_start]
        body = max((m for m in before if m.label is Label.ORGANIZATION), key=lambda m: m.end, default=None)
        if body is None or any(m.label is Label.PERSON and m.start >= body.end for m in before):
            continue
        if body.end + _MAX_BEFORE_APPOINTS < verb_start and not (again and body.simplified.endswith(_COMPANY_HEADS)):
            continue  # far from its verb, a company only when the post names it again (…，决定聘任X担任公司副总经理)
        if person.extractor == _PRONOUN_SOURCE and CLAUSE_BREAK.search(simplified, body.end, verb_start):
            continue  # 王明毕业于清华大学，华为公司聘任他…: a pronoun's body is its clause's subject
        who = person.canonical if person.extractor == _PRONOUN_SOURCE else ctx.owner[person]
        out.append(ctx.relation(who, ctx.owner[_body_of_board(ctx, body)], RelationKind.HOLDS_ROLE,
                                body.start, at + len(role), ctx.text[at : at + len(role)]))
    return out


#: A body's organs that appoint its officers: the post is the body's (华强集团董事会聘任X为总经理: 总经理 of 华强集团).
_BOARDS = ("董事会", "董事局", "监事会", "股东大会", "股东会")


def _body_of_board(ctx: RelationContext, body: Mention) -> Mention:
    """The body whose board ``body`` is (华强集团董事会: 华强集团, named or derived), or ``body``."""
    name = body.simplified
    board = next((b for b in _BOARDS if name.endswith(b) and len(name) > len(b) + 1), None)
    if board is None:
        return body
    end = body.end - len(board)
    return ctx.org_ending_at.get(end) or ctx.derive_organisation(body.start, end)


#: 兼 after a post, a comma and 并/同时 maybe before it, 任 maybe after: 总经理兼, 副总经理，兼任, 主任，并兼; 暨.
_CONCURRENTLY = re.compile(r"(?:[，,](?:并|同时|并且)?)?兼任?|暨")


def _concurrent_posts(ctx: RelationContext, holder: Mention, end: int) -> list[tuple[Mention, str, int]]:
    """Bare titles after 兼 (and 、) following a post ending at ``end``, the last closing its clause: posts
    of the same holder (任湖南省第二行政督察区行政督察专员兼保安司令: 保安司令 of the 督察区; 为信达澳银基金的副总经理，
    兼市场总监: 市场总监 of the fund)."""
    joined = _CONCURRENTLY.match(ctx.simplified, end)
    if joined is None:
        return []
    start = joined.end()
    department = _department_at(ctx, start)
    posts = _bare_posts(ctx, start) or (_bare_posts(ctx, start + len(department), department) if department else [])
    return [(holder, role, e) for role, e in posts
            if holder.label is Label.ORGANIZATION or role in ctx.lexicon.place_roles]


#: A department's word before a post after 兼 (兼市场总监, 兼财务总监): one of jieba's nouns of two letters.
_DEPARTMENT_LENGTH = 2
_DEPARTMENT_TAGS = frozenset({"n", "vn", "j"})


def _department_at(ctx: RelationContext, at: int) -> str:
    """The department word of two letters at ``at`` that jieba's dictionary reads as a common noun and no one
    named (市场, 财务, 投资), or empty."""
    word = ctx.simplified[at : at + _DEPARTMENT_LENGTH]
    if len(word) < _DEPARTMENT_LENGTH or not all(is_han(ch) for ch in word) \
            or _dictionary_tag(word) not in _DEPARTMENT_TAGS or next(iter(_words(word)), "") != word \
            or any(m.start < at + _DEPARTMENT_LENGTH and at < m.end for m in ctx.mentions):
        return ""
    return word


#: Verbs of appointment that open a clause whose subject is the sentence's: 方毅回到家乡，出任…
_APPOINTED = ("获委任为", "获任命为", "被任命为", "被委任为", "被聘任为", "被聘为", "受聘为", "获聘为", "履新", "被擢升为", "被晋升为", "获晋升为", "获擢升为", "擢升为", "晋升为", "擢升至", "晋升至", "升至", "当选为", "出任", "担任", "升任",
              "调任", "转任", "就任", "改任", "历任", "曾任", "原任", "现任", "兼任", "当选", "成为", "获连任", "连任", "续任",
              "留任", "免去其", "任")
# adverbs before them, one or several: 后出任, 随后担任, 并兼任, 也曾任, 及后出任, 翌年又获委任为
#: A step of a life after which a post is taken, before the verb of appointment: 林秀怡毕业后成为…艺员, 退役后出任….
_LIFE_EVENTS_AFTER = ("毕业后", "退役后", "退伍后", "退休后", "卸任后", "离任后", "回国后", "归国后", "出狱后", "获释后",
                      "复员后", "转业后", "成年后", "婚后", "独立后")
_APPOINTED_ADVERBS = ("仍将", "将继续", "继续", "再次", "高票", "全票", "以高票", "以全票", "顺利", "成功", "曾经", "再度", "后来", "随后", "其后", "之后", "及后", "此后", "旋即", "随即", "继而", "同年",
                      "翌年", "次年", "正式", "因为", "由于", "先后", "至今", "开始", "短暂地", "短暂", *_LIFE_EVENTS_AFTER, "后", "并", "又",
                      "也", "曾", "再", "还", "仍")
_APPOINTED_FIRST = frozenset(v[0] for v in _APPOINTED)
# what may stand before 在/于 + a body in :func:`_served_at` (后来, 曾经), and the letters they start with
_SERVED_LEADS = _APPOINTED_ADVERBS + _BEFORE_AT
_SERVED_LEAD_FIRST = frozenset(a[0] for a in _SERVED_LEADS)
#: Graduating from a school before a verb of appointment, a clause's lead: ，于第23期艺员训练班毕业后成为…艺员.
_GRADUATED = re.compile(r"[于在从自][^，,；;。！？!?：:\n（()）]{2,24}?毕业(?:之?后)")
_GRADUATED_FIRST = frozenset("于在从自")
#: A time told relative to the story's day before a verb of appointment (王明去年出任…, 日前转任…, 于今年3月接任…),
#: the way Taiwan and Hong Kong news date a change of post; never before 是 (that is no appointment).
_RELATIVE_TIME = re.compile(r"[于在]?(?:去年[底初]?|今年[底初]?|日前|近日|稍早|上月|本月|上周|本周|昨天|昨日|今天|今日|甫"
                            r"|(?:最近|近)(?:[一二三四五六七八九十两几]|\d{1,2})年(?:来|内|间)?|近年来?)"
                            r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}日)?(?:起)?)?")
#: Words before a link saying the post was held up to leaving it: 退休前为…, 去世前任… (a post held before).
_BEFORE_LEAVING = ("退休前", "离休前", "卸任前", "离任前", "辞职前", "去世前", "逝世前")
#: Adverbs of state and of times before a link, kept before 是 as well: 目前是, 亦是, 曾两度出任.
_STATE_ADVERBS = ("两度", "三度", "多次", "一度", "目前", "现在", "当时", "同时", "长期", "一直", "亦")
_APPOINTED_OR_STATE_ADVERBS = _APPOINTED_ADVERBS + _STATE_ADVERBS
_APPOINTED_OR_STATE_ADVERB_FIRST = frozenset(a[0] for a in _APPOINTED_OR_STATE_ADVERBS)
#: Verbs of succeeding that take the post itself when no one succeeded is named: 接任万科集团董事长.
_TAKES_POST = frozenset({"接任", "继任"})


def _made_of_states(adverb: str) -> bool:
    """Whether ``adverb`` is a run of adverbs of state (目前, 亦, 也, 曾…), after which 是 still names a post."""
    while adverb:
        a = next((a for a in _STATE_ADVERBS + ("也", "曾", "还") if adverb.startswith(a)), "")
        if not a:
            return False
        adverb = adverb[len(a):]
    return True
# what a subject follows: the sentence's start, a comma, a quote, a time (1949年后，王伟…)
_SUBJECT_AFTER = frozenset("，,：:；;“\"「『（( \n年月日后时")
# what after a name makes it no subject: 王伟的儿子, 王伟、李明, 王伟与李明
_NOT_SUBJECT_AFTER = frozenset("的、与和及等")


_COMMA = re.compile("[，,]")


#: After a post still held, before its clause ends: ，2008年起任华强集团董事长至今。
_UNTIL_NOW = "至今"


def _held_until_now(ctx: RelationContext, end: int) -> bool:
    """Whether the post ending at ``end`` is followed by 至今 and then its clause's end (…起任华强集团董事长至今。)."""
    simplified, after = ctx.simplified, end + len(_UNTIL_NOW)
    return simplified.startswith(_UNTIL_NOW, end) and (after >= len(simplified) or not simplified[after].isalnum())


#: 系, written 是 in a résumé or a notice (张伟，男，汉族，系华强集团董事长。), read like 是 after a comma, with no adverb.
_WRITTEN_IS = "系"
#: The links after a comma that name a post only when it closes the clause: ，为…董事长。, ，也是…的董事长。, ，系…董事长。
_CLAUSE_COPULAS = ("为", "是", _WRITTEN_IS)


def _clause_opener(ctx: RelationContext, people: list[Mention], s: int, comma: int) -> Mention | None:
    """The person who opens the clause before ``comma`` (in the sentence starting at ``s``) when every other person
    named in it is an object inside it, no subject (徐悲鸿自幼随父徐达章习画，…: 徐悲鸿); else ``None``."""
    simplified = ctx.simplified
    start = max([s] + [b.end() for b in CLAUSE_BREAK.finditer(simplified, s, comma)])
    inside = [m for m in people if start <= m.start and m.end <= comma]
    if not inside or inside[0].start != start or inside[-1].end == comma:
        return None  # 张明称王伟，出任…: the person before the comma may be the subject (read_roles_after's to judge)
    if any(simplified[m.start - 1] in _SUBJECT_AFTER for m in inside[1:]):
        return None
    return inside[0]


def _read_remote(ctx: RelationContext, pronouns: list[Mention],
                 clause_posts: dict[int, tuple[str, Mention, str]] | None = None) -> list[Relation]:
    """A clause that opens with a verb of appointment (，出任福建省人民政府副主席), or with 为/是 and holds only
    an organisation and its role (，为中国中央电视台节目主持人。), or holds only posts (闵勇：男，…，清华大学教授。),
    and names no one: its subject is the one person the sentence named before it, when that person is no object
    (与王伟, 王伟的); ``pronouns`` (:func:`_pronoun_subjects`) count as people named. 是, an adverb of state maybe
    before it (也, 亦, 同时, 目前), may name a post with 的 (王明是北京大学的教授，也是华强集团的董事长). A bare title after the
    verb is the body's that the clause before gave the same subject a post in (``clause_posts``: where a post ends,
    its person, body and title) or said the subject joined or founded (:func:`_bare_posts_of`): 1950年任华强集团副总经理，
    1955年升任总经理; 创立华强集团，出任首任董事长."""
    simplified = ctx.simplified
    out = []
    clause_posts = dict(clause_posts or {})
    people = sorted([m for m in ctx.mentions if m.label is Label.PERSON] + pronouns,
                    key=lambda m: (m.start, -m.end))
    if not people:  # every post read below is a person's named before its clause: no clause to read
        return out
    # the people starting in [s, comma - shortest]: among them, in order, all those inside [s, comma)
    people_starts = [m.start for m in people]
    shortest = min((m.end - m.start for m in people), default=0)
    for comma in (m.start() for m in _COMMA.finditer(simplified)):
        at = comma + 1
        date = _DATE.match(simplified, at + simplified.startswith("到", at))  # ，到1990年…
        at = date.end() if date and not simplified.startswith(("为", "是"), date.end()) else at  # ，1995年转任…
        when = _RELATIVE_TIME.match(simplified, at) if not date else None
        if when and when.group() and simplified[when.end() : when.end() + 1] in _APPOINTED_FIRST:
            date, at = when, when.end()  # ，今年转任国发会副主委
        if not date and simplified[at : at + 1] in _GRADUATED_FIRST and (graduated := _GRADUATED.match(simplified, at)):
            at = graduated.end()  # ，于无线电视艺员训练班毕业后成为…: the step before the post, no post of its own
        adverb = ""
        while simplified[at : at + 1] in _APPOINTED_OR_STATE_ADVERB_FIRST \
                and (more := first_at(simplified, _APPOINTED_OR_STATE_ADVERBS, at)):
            adverb += more  # 其后又出任…, 同时担任…, 长期担任…
            at += len(more)
        if adverb and not date and (late := _DATE.match(simplified, at)) and late.group()[:1] in "于在":
            date, at = late, late.end()  # ，并于2005年出任行政院院长: the time after the adverb (roles39)
        link = next((v for v in _APPOINTED if simplified.startswith(v, at)), None) \
            if simplified[at : at + 1] in _APPOINTED_FIRST else None
        also = bool(adverb) and _made_of_states(adverb)  # ，也是…, ，亦为…, ，同时也是…, ，目前是…
        if link is None and ((not adverb or also) and simplified.startswith(("为", "是"), at)
                             or (not adverb and simplified.startswith(_WRITTEN_IS, at))):
            link = simplified[at]  # ，为中国中央电视台节目主持人。: only a post closing the clause (below)
        served = _served_at(ctx, at - len(adverb)) if link is None else None
        if served is not None:
            link = "在"  # ，后来被安排在『精武体操学校』任职主教席
        if link is None and not adverb and not date and at in ctx.org_starting_at:
            link = ""  # 闵勇：男，生于1963年，清华大学教授、博士生导师。: a clause of posts only (below)
        if link is None:
            continue
        s, _ = sentence_at(ctx.sentences, comma)
        before = [m for m in people[bisect_left(people_starts, s) : bisect_right(people_starts, comma - shortest)]
                  if m.end <= comma]
        if link == "" and not _opens_sentence(ctx, before, s):
            continue  # the posts of an apposition are the subject's who opens the sentence, alone in it
        if len({_owner_of(ctx, m) for m in before}) > 1:
            # several people: the subject of the clause just before, when it opens with a person
            # (丈夫毕季龙出任…时，胡济邦也到美国纽约，担任…: 胡济邦; 徐悲鸿自幼随父徐达章习画，1912年在…任…: 徐悲鸿)
            opener = _clause_opener(ctx, before, s, comma)
            before = [opener] if opener is not None else \
                [m for m in before[-1:] if not CLAUSE_BREAK.search(simplified, m.end, comma)]
        if not before:
            continue
        person = before[0]
        if (person.start > s and simplified[person.start - 1] not in _SUBJECT_AFTER) \
                or simplified[person.end : person.end + 1] in _NOT_SUBJECT_AFTER:
            continue  # 会见了王伟，… / 王伟的儿子，…
        if _link_after(ctx, person.end) is not None and _link_after(ctx, person.end)[1] == at + len(link):
            continue  # read_roles_after reads it: 王伟，现任…
        start = at + len(link)
        once = len(link) > 1 and simplified[start : start + 1] == "过"  # ，担任过…: a post held before
        start += len(link) > 1 and simplified[start : start + 1] in ("了", "过")  # ，正式成为了…, ，担任过…
        former = once or link in _PAST_LINKS or adverb.endswith("曾") or _former(ctx, start)
        found = []
        end = _after_bare_titles(ctx, start) - 1
        while served is None:
            department = _department_post(ctx, found[-1][0], end) if found else None
            org, role, next_end = department or _holder_and_role(ctx, _after_bodies_sharing(ctx, end + 1))
            role, next_end = _with_assistant(ctx, role, next_end) if org is not None else (role, next_end)
            if org is None and found and (bare := _bare_post(ctx, found[-1][0], end)) is not None:
                org, role, next_end = bare  # 历任万科集团总经理、董事长: the same body's
            if org is None and found:
                org, role, next_end = _post_after_skipping(ctx, end, found[-1][0])  # an item no reader understood
            if org is None or any(end < s < next_end for s in ctx.person_starts) \
                    or not (_post_closes(ctx, next_end) or simplified[next_end] in _LIST_JOINERS
                            or simplified.startswith(_AND_ALSO, next_end) or _held_until_now(ctx, next_end)):
                break
            found.append((org, role, next_end))
            end = next_end + simplified.startswith(_AND_ALSO, next_end)  # …副总经理以及A公司董事长: 及 joins them
            if end >= len(simplified) or simplified[end] not in _LIST_JOINERS:
                break
        if found and (more := _concurrent_posts(ctx, found[-1][0], end)):
            found += more
            end = more[-1][2]
        if served is not None:
            bodies, posts, past = served
            found, end = [(body, simplified[a:b], b) for body in bodies for a, b in posts], posts[-1][1]
            former = former or past
        if not found and link not in (*_CLAUSE_COPULAS, ""):  # ，转任外交部长; ，转任百事公司旗下的Frito-Lay公司的执行长
            org, role, post_end = _body_role_after_link(ctx, start)
            if org is None:
                org, role, post_end = _post_after_link(ctx, start)
            found, end = ([(org, role, post_end)], post_end) if org is not None else ([], end)
        if not found and link in _CLAUSE_COPULAS:  # ，也是华强集团的董事长: a body named, 的 maybe between
            org, role, post_end = _post_after_link(ctx, start)
            found, end = ([(org, role, post_end)], post_end) if org is not None else ([], end)
        if not found and link not in (*_CLAUSE_COPULAS, "") and (word := first_at(simplified, _org_anaphors(ctx.lexicon), start)) \
                and (body := _anaphor_ending_at(ctx, start + len(word))) is not None:
            found = _bare_posts_of(ctx, body, start + len(word))  # 创办华强集团，并长期担任该公司董事长
            end = found[-1][2] if found else end
        if not found and link not in (*_CLAUSE_COPULAS, "") \
                and (before := _body_of_clause_before(ctx, comma, _owner_of(ctx, person), clause_posts)) is not None:
            found = _bare_posts_of(ctx, before[0], start, before[1])  # 加入微软公司，担任软件工程师; 副总经理，升任总经理
            end = found[-1][2] if found else end
        brk = CLAUSE_BREAK.search(simplified, end)
        if found and any(end <= p < (brk.start() if brk else len(simplified)) for p in ctx.person_starts):
            continue  # ，出任交通银行行长的李明: the role is the next person's
        tail = first_at(simplified, (_ONE_OF,), end)  # ，是华强集团创办人之一
        if link in _CLAUSE_COPULAS and (len(found) != 1 or (brk.start() if brk else len(simplified)) != end + len(tail)):
            continue  # ，为交通银行行长所… / ，是北京大学校长的…: not a post of the subject's
        if link == "" and (brk.start() if brk else len(simplified)) != end:
            continue  # ，北京大学校长的儿子: no apposition
        for org, role, end in found:
            clause_posts[end] = (_owner_of(ctx, person), org, role)
            out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[org], RelationKind.HOLDS_ROLE, person.start, end,
                                    ctx.text[end - len(role) : end], former=former))
    return out


#: What may close a list of posts before the comma, after its last title: 历任华强集团副总经理、总经理等职务，.
_LIST_CLOSINGS = ("等职务", "等职位", "等职", "一职", "职务")


def _body_of_clause_before(ctx: RelationContext, comma: int, owner: str,
                           clause_posts: dict[int, tuple[str, Mention, str]]) -> tuple[Mention, str] | None:
    """(the body, the title) of the post the clause ending at ``comma`` gave ``owner`` (its title right before the
    comma: …任华强集团副总经理，), or (the body, "") that clause says its subject joined or founded (:func:`_joined_body`);
    or ``None``."""
    post = clause_posts.get(comma - len(first_ending(ctx.simplified, _LIST_CLOSINGS, comma)))  # …总经理等职务，
    if post is not None and post[0] == owner:
        return post[1], post[2]
    joined = _joined_body(ctx, comma)
    return (joined, "") if joined is not None else _served_in_clause(ctx, comma)


#: Verbs of working at a body after 在 + the body: 在华强集团工作了二十年, 在华强集团任职, 在东吴大学任教.
_WORKS_AT = ("工作", "任职", "供职", "就职", "任教")


def _served_in_clause(ctx: RelationContext, comma: int) -> tuple[Mention, str] | None:
    """(the body, the title) when the clause ending at ``comma`` is 在/于 + body + 任/担任… + bare titles closing it
    (在华强集团任总经理，), or (the body, "") when it is 在 + body + 工作/任职… (在华强集团工作了二十年，), no one named
    after the body; else ``None``."""
    simplified = ctx.simplified
    brk = max((b.end() for b in CLAUSE_BREAK.finditer(simplified, 0, comma)), default=0)
    s, _ = sentence_at(ctx.sentences, comma)
    brk = max(brk, s)
    for org in (m for m in ctx.mentions if m.label is Label.ORGANIZATION and brk < m.start and m.end < comma):
        if simplified[org.start - 1] not in "在于" or any(org.end <= m.start < comma for m in ctx.mentions):
            continue
        if simplified.startswith(_WORKS_AT, org.end):
            return org, ""
        link = first_at(simplified, _BARE_POST_VERBS[:5], org.end)
        posts = _bare_posts(ctx, org.end + len(link)) if link else []
        if posts and posts[-1][1] == comma:
            return org, posts[-1][0]
    return None


def _bare_posts_of(ctx: RelationContext, body: Mention, start: int, before: str = "") -> list[tuple[Mention, str, int]]:
    """The bare titles from ``start`` (:func:`_bare_posts`, an ordinal maybe before them: 首任院长) as posts of
    ``body``, a body named in the clause before (``before``: the title it held there, if any): (body, title, end). A
    title a place's government holds (``roles.tsv``'s place titles: 市长, 总理, 议员) goes to a place or a body only as
    a step up from the title held before, its last two letters the same (副市长，后任市长; 副总理，后任总理): 北京市市长，
    后任总理 and 华强集团董事长，后任市长 give nothing."""
    ordinal = _ORDINAL.match(ctx.simplified, start)
    start = ordinal.end() if ordinal else start
    posts = _bare_posts(ctx, start)
    if not posts and _unit_letter_repeated(ctx, body, start):
        posts = _bare_posts(ctx, start + 1)  # 北京大学历史系教授，兼任系主任: 主任 of the 系
    if any((role in ctx.lexicon.place_roles or body.label is not Label.ORGANIZATION)
           and not (before and role[-2:] == before[-2:]) for role, _ in posts):
        return []
    return [(body, role, end) for role, end in posts]


#: The kinds of unit whose letter a bare title may repeat after a body of that kind: 历史系 … 系主任, 文学院 … 院长助理
#: is no such case (院长 is a title of its own); 研究所 … 所主任, 计算机科 … 科主任, 外交处 … 处主任.
_UNIT_LETTERS = frozenset("系所科处组室")


def _unit_letter_repeated(ctx: RelationContext, body: Mention, start: int) -> bool:
    """Whether a unit's kind letter at ``start`` repeats the last letter of ``body`` (a 系, 所, 科… of a school or a
    body: 北京大学历史系 … 系主任) and a title follows it."""
    letter = ctx.simplified[start : start + 1]
    return bool(letter) and letter in _UNIT_LETTERS and ctx.simplified[body.end - 1] == letter \
        and _role_at(ctx, start + 1) is not None


#: What follows the subject who opens a sentence of appositions: 闵勇：男，…; 樊军先生，….
_SUBJECT_MARKS = frozenset("：:，,")


#: An aside in brackets after a résumé's name, before its mark: （1972年2月）, （女）.
_BRACKETED_ASIDE = re.compile(r"[（(][^（）()]{1,20}[）)]")


def _opens_sentence(ctx: RelationContext, before: list[Mention], s: int) -> bool:
    """Whether the people named before a clause of posts (``before``, in the sentence starting at ``s``) are one
    person who opens the sentence, a colon or a comma after the name (an honorific maybe between, or an aside in
    brackets: 赵友谊（1972年2月），男，…)."""
    # (one person: every name before is the first one's, asked until one is not, once the first opens the sentence)
    if not before or before[0].start != s or any(_owner_of(ctx, m) != _owner_of(ctx, before[0]) for m in before[1:]):
        return False
    at = before[0].end + next((len(h) for h in _HONORIFICS if ctx.simplified.startswith(h, before[0].end)), 0)
    aside = _BRACKETED_ASIDE.match(ctx.simplified, at)
    at = aside.end() if aside is not None else at
    return ctx.simplified[at : at + 1] in _SUBJECT_MARKS


def _after_bare_titles(ctx: RelationContext, start: int) -> int:
    """Where the first post with a holder starts in a list of posts at ``start`` that opens with bare titles joined
    by 、 (曾任立法委员、内政部长: 立法委员 names no body and holds nothing here; 内政部长 is read), or ``start``."""
    simplified = ctx.simplified
    at = start
    while (bare := _role_at(ctx, at)) is not None and simplified[at + len(bare) : at + len(bare) + 1] == "、" \
            and _holder_and_role(ctx, at)[0] is None:
        at += len(bare) + 1
    if at == start:
        at = _after_bodies_sharing(ctx, start)
    return at if at > start and _holder_and_role(ctx, at)[0] is not None else start


def _after_bodies_sharing(ctx: RelationContext, start: int) -> int:
    """Where the last body of a list of bodies joined by 、 at ``start`` starts, no title between them (山东华星环保集团有限公司、
    金刚新材料股份有限公司董事长: the title after the last is every body's, :func:`_bodies_sharing_a_title`), or ``start``."""
    simplified = ctx.simplified
    at = start
    while (body := ctx.org_starting_at.get(at)) is not None and simplified[body.end : body.end + 1] == "、" \
            and body.end + 1 in ctx.org_starting_at and _holder_and_role(ctx, at)[0] is None:
        at = body.end + 1
    return at


#: What after the last subject gives each his own post, one of a list (:func:`_read_respective_posts`).
_EACH_HIS_OWN = ("分别", "各自")


def _subjects_listed_before(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The people listed before the subject of a verb of appointment hold his post too (张伟、李明当选为华强集团
    副董事长; 王刚和李明出任…; 张伟、李明，均为华强集团董事): the list opens its clause, its names joined by 、 (和, 与 or 及 before the last), and the
    last one's name is followed by the verb (an honorific maybe between), never by 分别 (posts given one each); nor
    when the verb gives the last one several posts (张伟和李明担任董事长和总经理: which is whose is not said)."""
    simplified = ctx.simplified
    ends = {m.end: m for m in ctx.of(Label.PERSON) if m in ctx.owner}
    starts = {m.start: m for m in ctx.of(Label.PERSON) if m in ctx.owner}
    have = {(r.source, r.target, r.role_simplified) for r in found}
    posts = Counter(r.evidence.start for r in found if r.kind is RelationKind.HOLDS_ROLE)
    out = []
    for r in found:
        last = starts.get(r.evidence.start)
        if r.kind is not RelationKind.HOLDS_ROLE or last is None or ctx.owner[last] != r.source \
                or posts[r.evidence.start] > 1:
            continue  # 张伟和李明担任董事长和总经理: which is whose is not said
        at = last.end + next((len(h) for h in _HONORIFICS if simplified.startswith(h, last.end)), 0)
        at += simplified[at : at + 1] in ("，", ",") and simplified.startswith(_ALL_ARE, at + 1)  # 张伟、李明，均为…
        if simplified.startswith(_EACH_HIS_OWN, at) or first_at(simplified, _PERSON_IS, at, default=None) is None \
                or first_at(simplified, _PERSON_IS, at) in ("，", "是", "为", "系", "以", "作为"):
            continue
        listed = []
        first = last
        while simplified[first.start - 1 : first.start] in _LISTED_JOINERS \
                and (before := ends.get(first.start - 1)) is not None \
                and (simplified[first.start - 1] == "、" or not listed):
            listed.insert(0, before)
            first = before
        if not listed or (first.start > 0 and simplified[first.start - 1] not in _SUBJECT_AFTER):
            continue
        for person in listed:
            key = (ctx.owner[person], r.target, r.role_simplified)
            if key not in have:
                have.add(key)
                out.append(ctx.relation(key[0], r.target, RelationKind.HOLDS_ROLE, person.start, r.evidence.end, r.role,
                                        former=r.former))
    return out


#: Verbs of succeeding after 由 + the successor: 由林庆贻接任.
_SUCCEEDED_BY = ("接任", "继任")
#: What may stand between the clause of a post and 由: a date (2005年, 同治九年（1870年）), an adverb of time.
_BEFORE_SUCCESSOR = re.compile(r"(?:(?:[\u4e00-\u9fff]{2})?[\d〇零一二三四五六七八九十元]{1,4}年(?:[（(]\d{2,4}年[）)])?"
                               r"(?:\d{1,2}月)?)?(?:其后|之后|后来|随后|此后|翌年|次年|后)?")


def _successors(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """The successor in a clause 由 + person + 接任/继任 closing it, a date or an adverb of time maybe before 由, after a
    clause whose post (a relation of ``found``, another person's) ends right before its comma (一职 maybe after it): he
    holds that post too (白冠玉曾于同治年间接替章倬标任兴化府知府一职，同治九年（1870年）由林庆贻接任: 知府 of 兴化府)."""
    simplified = ctx.simplified
    out = []
    people: dict[int, Mention] = {}  # the first person starting at each place
    for m in ctx.mentions:
        if m.label is Label.PERSON:
            people.setdefault(m.start, m)
    for by in re.finditer("由", simplified):
        person = people.get(by.end())
        verb = first_at(simplified, _SUCCEEDED_BY, person.end) if person is not None else ""
        if not verb or not _closes_clause(simplified, person.end + len(verb)):
            continue
        # the last clause break before 由, each break letter looked for backwards from it, not every break from 0
        comma = max(simplified.rfind(c, 0, by.start()) for c in CLAUSE_BREAKS)
        if comma < 0 or simplified[comma] not in "，," or not _BEFORE_SUCCESSOR.fullmatch(simplified, comma + 1, by.start()):
            continue
        tail = first_ending(simplified, _POST_TAILS, comma)
        post = next((r for r in found if r.kind is RelationKind.HOLDS_ROLE and r.evidence.end == comma - len(tail)
                     and r.source != _owner_of(ctx, person)), None)
        if post is not None:
            out.append(ctx.relation(_owner_of(ctx, person), post.target, RelationKind.HOLDS_ROLE, by.start(),
                                    person.end + len(verb), post.role))
    return out


def _closes_clause(simplified: str, at: int) -> bool:
    """Whether a clause ends at ``at``: the text's end or a letter no word is made of (，。；)."""
    return at >= len(simplified) or not simplified[at].isalnum()


#: What may stand before the first of a list of bodies sharing the title after the last: a verb of a career (现任,
#: 历任, 担任…, :data:`_CAREER_LINKS`; 为, 是), or a mark opening an item (an apposition's comma; 、, 和, 及 after a post).
_SHARED_LIST_OPENERS = ("，", ",", "、", "；", ";", "：", ":", "和", "及", "为", "是")


def _bodies_sharing_a_title(ctx: RelationContext, found: list[Relation]) -> list[Relation]:
    """A title after a list of bodies joined by 、 is each body's when its holder is named before the list (王明，现任
    华润置地有限公司、万科企业股份有限公司董事长; 赵友谊，男，…，山东华星环保集团有限公司、金刚新材料股份有限公司董事长):
    the readers read it as the last body's; the bodies before it hold it too. The list opens after a verb of a career
    or a mark opening an item; a list after the title's holder (华润集团、万科集团董事长王明, a caption or a guest list)
    is left as the last body's (:func:`zhkg.relate.roles_captions.read_shared_titles` reads it with a count of both)."""
    simplified = ctx.simplified
    have = {(r.source, r.target, r.role_simplified) for r in found}
    out = []
    for r in found:
        if r.kind is not RelationKind.HOLDS_ROLE:
            continue  # (the evidence ends at the title: its holder is named before it, or stands in for a résumé's)
        last = ctx.org_ending_at.get(r.evidence.end - len(r.role_simplified))
        if last is None or ctx.owner.get(last) != r.target or last.start <= r.evidence.start \
                or not simplified.startswith(r.role_simplified, last.end):
            continue
        bodies = []
        first = last
        while simplified[first.start - 1 : first.start] == "、" \
                and (before := ctx.org_ending_at.get(first.start - 1)) is not None and before.start > r.evidence.start \
                and before in ctx.owner and ctx.owner[before] != ctx.owner[last]:
            bodies.append(before)
            first = before
        if not bodies or not (simplified.endswith(_SHARED_LIST_OPENERS, 0, first.start)
                              or any(simplified.endswith(v, 0, first.start) for v in _CAREER_LINKS)) \
                or any(r.evidence.start < s < last.start for s in ctx.person_starts):
            continue
        for body in bodies:
            key = (r.source, ctx.owner[body], r.role_simplified)
            if key not in have:
                have.add(key)
                out.append(ctx.relation(key[0], key[1], RelationKind.HOLDS_ROLE, r.evidence.start, r.evidence.end,
                                        r.role, former=r.former))
    return out


#: What joins a bare title to the post before it in a list, the same body's: 历任北京大学教授、副校长及校长.
_BARE_JOINERS = frozenset("、及和与兼")
#: 兼任 between two posts of a list: read as its 兼 (历任A厂厂长兼任党委书记，B公司董事长).
_CONCURRENTLY_HELD = "兼任"


def _bare_post(ctx: RelationContext, holder: Mention, end: int) -> tuple[Mention, str, int] | None:
    """A bare title after a joiner at ``end`` in a list of posts whose last holder was ``holder``: (its holder,
    the title, where it ends), or ``None``. The title closes the post (its clause's end, 等职) or another bare title
    follows it (教授、副校长及校长); a place's title after a body named with its place is the place's
    (上海市财政局局长、副市长: 副市长 of 上海市), and no body's when no place is written; a title no party holds
    after a party committee's is the body's the committee leads (…公司党委书记、副总经理: :func:`_government`)."""
    simplified = ctx.simplified
    joiner = len(_CONCURRENTLY_HELD) if simplified.startswith(_CONCURRENTLY_HELD, end) else 1
    if simplified[end : end + 1] not in _BARE_JOINERS or (bare := _role_at(ctx, end + joiner)) is None:
        return None
    bare, after = _with_assistant(ctx, bare, end + joiner + len(bare))  # 所长助理、副所长
    if not (_post_closes(ctx, after) or simplified.startswith("等职", after)
            or (simplified[after : after + 1] in _BARE_JOINERS and _role_at(ctx, after + 1) is not None)):
        return None
    if bare.removesuffix(_ASSISTANT) in ctx.lexicon.place_roles and holder.label is Label.ORGANIZATION \
            and not holder.name.endswith(_PLACE_COMMITTEES):
        place = ctx.place_starting_at.get(holder.start)
        if place is None or place.end >= holder.end:
            return None
        return place, bare, after
    holder = _government(ctx, holder, bare, end + joiner, False)  # …公司党委书记、副总经理: the company's, no committee's
    holder = _body_of_unit(ctx, holder, bare) or holder if holder is not None else None
    return (holder, bare, after) if holder is not None else None


#: How a unit named with its body ends (重庆万里蓄电池股份有限公司技改办, 兴平化肥厂合成车间党支部).
_UNIT_ENDS = ("党支部", "党总支", "车间", "办公室", "中心", "办", "部", "室", "科", "处")
#: Titles of a company's own, never of one of its units: a board's, a chief's (总工程师, 总会计师).
_BODY_TITLES = _COMPANY_TITLES | {"总工程师", "副总工程师", "总会计师", "总经济师", "监事", "监事会主席", "董事会秘书",
                                  "财务总监", "总裁助理", "总经理助理"}


def _body_of_unit(ctx: RelationContext, holder: Mention, title: str) -> Mention | None:
    """The body a unit named with it belongs to (重庆万里蓄电池股份有限公司|技改办, 兴平化肥厂|合成车间党支部), derived, when
    ``title`` after the unit's post in a list is the body's own (技改办主任、研究所所长、总工程师: the company's chief
    engineer; 合成车间党支部书记兼副主任、厂长助理: the works' 厂长助理): a company's title or the head of the body's kind
    (厂长 of a 厂, 院长 of a 院); ``None`` otherwise."""
    name = ctx.simplified[holder.start : holder.end]
    if holder.label is not Label.ORGANIZATION or not name.endswith(_UNIT_ENDS):
        return None
    cut = next((k for k in range(len(name) - 1, 1, -1) if name.endswith(_DEPARTMENTS_OF, 0, k)), 0)
    if not cut:
        return None
    kind = next(d for d in _DEPARTMENTS_OF if name.endswith(d, 0, cut))
    if title not in _BODY_TITLES and not (len(kind) == 1 and kind + "长" in title):
        return None
    return ctx.derive_organisation(holder.start, holder.start + cut)


def _apposed_posts(ctx: RelationContext, holder: Mention, end: int, clause_end: int) -> list[tuple[Mention, str, int]]:
    """The posts joined by 、 after a post of ``holder`` ending at ``end`` in an apposition, each a body and its title
    or a bare title (:func:`_bare_post`), the list closing the clause at ``clause_end`` (王石，万科集团董事长、北京大学
    教授。; 王石，万科集团董事长、总裁、北京大学教授。): (holder, title, where it ends); ``[]`` when the list stops short of
    the clause's end."""
    simplified = ctx.simplified
    out: list[tuple[Mention, str, int]] = []
    while end < clause_end and simplified[end] == "、":
        org, role, next_end = _holder_and_role(ctx, end + 1)
        post = (org, role, next_end) if org is not None else _bare_post(ctx, out[-1][0] if out else holder, end)
        if post is None or post[0] is None or post[2] > clause_end:
            return []
        out.append(post)
        end = post[2]
    return out if end == clause_end else []


def _listed_bare_posts(ctx: RelationContext, holder: Mention, end: int) -> list[tuple[Mention, str, int]]:
    """The bare titles joined by 、 after a post of ``holder`` ending at ``end`` in an apposition (王石，万科集团董事长、
    总经理，; 王石，万科集团党委书记、董事长: 董事长 of 万科集团, :func:`_bare_post`): (holder, title, where it ends)."""
    out: list[tuple[Mention, str, int]] = []
    while ctx.simplified[end : end + 1] == "、" and (bare := _bare_post(ctx, holder, end)) is not None:
        out.append(bare)
        end = bare[2]
    return out


#: Verbs of joining a body whose post the next clause names bare: 加入微软公司，担任软件工程师; founding it too
#: (俞敏洪创办了北京市新东方学校，担任校长), coaching a team or teaching at a school (执教统一狮队，其后转任总教练;
#: 任教于东吴大学，后升任教授).
_JOINS = ("加入", "进入", "加盟", "任职于", "就职于", "供职于", "受聘于", "服务于", "转投", "创办了", "创办", "创立了", "创立",
          "创建了", "创建", "执教", "任教于")


def _joined_body(ctx: RelationContext, comma: int) -> Mention | None:
    """The body the clause ending at ``comma`` says its subject joined, written last in it (王明于2005年加入谷歌公司，), the
    body it belongs to maybe named right before it (执教中华职棒统一狮队，), or ``None``."""
    org = ctx.org_ending_at.get(comma)
    if org is None:
        return None
    league = ctx.org_ending_at.get(org.start)  # 执教中华职棒|统一狮队: the body it belongs to named before it
    begins = league.start if league is not None and not ctx.simplified.endswith(_JOINS, 0, org.start) else org.start
    return org if ctx.simplified.endswith(_JOINS, 0, begins) else None


_LIST_JOINERS = frozenset("、，,和与及兼")
#: 以及 between two posts of a list: read as its 及.
_AND_ALSO = "以及"


#: What begins the words a title before them is followed by: 教授指出, 主任表示, 院长介绍, 律师认为.
_AFTER_TITLE = frozenset("作说表称在是指认介透告强提分解呼建坦回谈预直也就则还等都曾已将对向为于和与接出被上致")


def _named_then_role(ctx: RelationContext, person: Mention) -> list[Relation]:
    """Organisation (+ 的) + person + role word, the role closing the clause: 清华大学的樊富珉教授作为主讲."""
    simplified = ctx.simplified
    before = person.start - (simplified[person.start - 1 : person.start] == "的")
    org = ctx.org_ending_at.get(before)
    if org is None and before < person.start:  # a unit of it before 的: 清华大学|心理学系的樊富珉教授
        org = next((o for gap in range(2, _MAX_QUALIFIER + 1) if (o := ctx.org_ending_at.get(before - gap)) is not None
                    and _qualifier(ctx, before - gap, before)), None)
    role = _role_at(ctx, person.end)
    if org is None and role is not None and before == person.start:  # a body no extractor named: 第三军白井参谋
        found = _named_word_ending_at(ctx, before, role) or _headed_body_ending_at(ctx, before, role)
        org = ctx.derive_mention(found[0], before, found[1]) if found is not None else None
    if org is None or role is None:
        return []
    end = person.end + len(role)
    if end < len(simplified) and (simplified[end].isalnum() and simplified[end] not in _AFTER_TITLE):
        return []  # the role word begins a longer word: 张三主任务…
    return [ctx.relation(ctx.owner[person], ctx.owner[org], RelationKind.HOLDS_ROLE, org.start, end,
                         ctx.text[person.end : end], former=_former(ctx, org.start))]


#: What makes a title before it the name of an office, no post: 总统府, 首相府, 总督府.
_OFFICE_HEADS = ("府",)
#: A reign or a dynasty before a body or a place, after a verb of appointment: 嘉庆朝, 道光朝, 明朝 (not 朝鲜).
_ERA = re.compile(r"[\u4e00-\u9fff]{1,2}朝(?!鲜)")


def _era_end(ctx: RelationContext, start: int) -> int:
    """Where a reign the recogniser read as a person's name ends, 朝 included (道光|朝), or ``start``."""
    name = next((m for m in ctx.mentions if m.label is Label.PERSON and m.start == start), None)
    return name.end + 1 if name is not None and ctx.simplified.startswith("朝", name.end) else start


def _past_aside(ctx: RelationContext, end: int, body: bool) -> list[int]:
    """Where a title may start after a holder ending at ``end`` past an aside in brackets, 的 maybe after it, and for
    a body (``body``) a place after 的 that only says where the post is: 無綫電視（TVB）藝員, 英國聖公會差會（CMS）的中國
    傳教士; none when no such aside or 的 follows, a person is named in it or it holds a clause break."""
    simplified = ctx.simplified
    at = end
    if simplified[at : at + 1] in ("(", "（"):
        close = next((i for i in range(at + 1, min(len(simplified), at + _MAX_BODY_ASIDE)) if simplified[i] in ")）"), -1)
        if close < 0 or CLAUSE_BREAK.search(simplified, at + 1, close) \
                or any(at < s < close for s in ctx.person_starts):
            return []
        at = close + 1
    found = [at] if at > end else []
    if simplified[at : at + 1] == "的":
        at += 1
        if found:
            found.append(at)
        place = ctx.place_starting_at.get(at) if body else None
        if place is not None:
            found.append(place.end)
    return found


#: A place's government written after it, which no extractor names: 臺灣省政府, 台北市政府, 加州州政府.
_GOVERNMENTS = ("省政府", "市政府", "县政府", "区政府", "州政府", "政府")


def _place_government(ctx: RelationContext, start: int) -> tuple[Mention, str, int] | None:
    """A place starting at ``start``, its government and a title right after (臺灣省政府主席: 主席 of the derived
    臺灣省政府), or ``None``."""
    place = ctx.place_starting_at.get(start)
    if place is None:
        return None
    gov = next((g for g in _GOVERNMENTS if ctx.simplified.startswith(g, place.end)), None)
    role = _role_at(ctx, place.end + len(gov)) if gov else None
    if role is None:
        return None
    end = place.end + len(gov)
    return ctx.derive_organisation(place.start, end), role, end + len(role)


def _holder_and_role(ctx: RelationContext, start: int) -> tuple[Mention | None, str, int]:
    """The organisation (or place, for a government role) starting at ``start``, the role word after it
    (right after, sharing a character, or after a short qualifier: 第二副书记) and where the role ends."""
    simplified = ctx.simplified
    era = _ERA.match(simplified, start) or _ORDINAL.match(simplified, start)
    if era is not None and start not in ctx.org_starting_at and start not in ctx.place_starting_at:
        found = _holder_and_role(ctx, era.end())  # 为嘉庆朝刑部员外郎, 官至明朝河南省布政使: the reign only dates it
        if found[0] is not None:
            return found  # 为第一任香港特别行政区行政长官: nor does an ordinal name the body
    for table, allowed in ((ctx.org_starting_at, None), (ctx.place_starting_at, ctx.lexicon.place_roles)):
        holder = table.get(start)
        if holder is None:
            continue
        if allowed is None and simplified.startswith("籍", holder.end):
            found = _holder_and_role(ctx, holder.end + 1)
            if found[0] is not None:
                return found  # 为民进党籍台北市议员: a party's member holds a place's seat (市议员 of 台北市)
        # 万科集团董事长; 台北市长 (the place's 市 is the role's); 中共福建省委第二副书记
        if allowed is None and (department := _department_title(ctx, holder.end)) is not None:
            return holder, department[0], department[1]  # 利德科技发展有限公司综合管理部经理: the company's
        if allowed is None and holder.end - holder.start > 4 and simplified.startswith(_FUND_MANAGER, holder.end - 2):
            # 光大保德信红利基金经理助理: the fund's name holds the 基金 of its manager's title
            return holder, *_with_assistant(ctx, _FUND_MANAGER, holder.end + len(_FUND_MANAGER) - 2)
        starts = [holder.end, holder.end - 1] + [holder.end + gap for gap in range(1, _MAX_QUALIFIER + 1)]
        aside = _past_aside(ctx, holder.end, allowed is None)
        # 哈佛大学历史上的第一位女校长, 美国历史上第一位黑人总统: the rank of a first qualifies the post
        first = _IN_HISTORY_AT.match(simplified, holder.end) if simplified.startswith(_HISTORY, holder.end) else None
        aside += [first.end()] if first is not None else []
        for at in starts + aside:
            if at > holder.end and at not in aside and not (allowed is None and _qualifier(ctx, holder.end, at)) \
                    and not (simplified.startswith("驻", holder.end) and at - holder.end <= 3
                             and simplified[holder.end:at].isalnum()) \
                    and not _former_after(ctx, holder.end, at) \
                    and not _ORDINAL_BETWEEN.fullmatch(simplified, holder.end, at) \
                    and not (allowed is not None and simplified.startswith(_PLACE_ROLE_RUN_OPENERS, holder.end)
                             and _qualifier(ctx, holder.end, at)) \
                    and not (allowed is not None and at == holder.end + 1 and simplified.startswith("的", holder.end)) \
                    and not (allowed is not None and at == holder.end + 1 and simplified[holder.end] == _ACTING_HEAD
                             and simplified.startswith(tuple(_DIVISION_HEADS), at)):
                continue  # a place's envoy may name where: 日本驻华大使; 美国前总统, 美国第44任总统, 英国的首相;
                # 中华民国首任正式大总统: a word of time opens a short run qualifying the post
            role = next((r for r in ctx.lexicon.role_words if simplified.startswith(r, at)
                         and (allowed is None or r in allowed)), None) \
                if simplified.startswith(ctx.lexicon.role_words, at) else None  # one test in C first
            if role is not None and simplified.startswith(_OFFICE_HEADS, at + len(role)):
                role = None  # 中华民国总统府资政: 总统府 is a body, no 总统 is named
            if role in _RANKS and (post := _role_at(ctx, at + len(role))) is not None and allowed is None:
                return holder, post, at + len(role) + len(post)  # 陆军总司令部中将副总司令: the rank qualifies the post
            if role is not None:
                role_end = at + len(role)
                if at > holder.end and simplified[at - 1] == "副" and not role.startswith("副"):
                    role = "副" + role  # 上海电器股份有限公司副总工程师: a deputy's post, no 总工程师's
                elif at > holder.end + 1 and simplified.endswith(_ASSISTANT, holder.end, at):
                    role = _ASSISTANT + role  # 中银基金管理公司助理执行总裁: an assistant's post
                return _party_of_member(ctx, _historic_region(ctx, holder)), role, role_end
        if allowed is None and holder.end in ctx.org_starting_at:
            found = _holder_and_role(ctx, holder.end)  # 国民政府|财政部|长: the ministry of the government holds it
            if found[0] is not None:
                return found
    title = _title_body(ctx, start)
    if title is not None:
        return title
    governed = _place_government(ctx, start)
    if governed is not None:
        return governed
    # a place and a few letters before the organisation only locate it: 中国常驻|联合国代表团参赞
    place = ctx.place_starting_at.get(start)
    if place is not None:
        for at in range(place.end, place.end + _MAX_LOCATOR):
            if at == place.end and (title := _title_body(ctx, at)) is not None:
                return title  # 苏州《大华报》总经理
            if at in ctx.org_starting_at and (at == place.end or _qualifier(ctx, place.end, at)):
                org, role, end = _holder_and_role(ctx, at)
                if org is not None and org.start == at:
                    return org, role, end
                break
    return _titled_at(ctx, start)


#: How a department of a body ends, written between the body and a title (综合管理部经理, 办公室主任, 机修车间主任).
_DEPARTMENT_HEADS = ("办公室", "事业部", "党总支", "党支部", "委员会", "董事会", "监事会", "车间", "分厂", "中心", "党委", "纪委",
                     "团委", "工会", "部", "处", "室", "科", "办")
#: A board written as a department, a term's ordinal maybe before it: 第五届董事会董事, 董事会独立董事.
_BOARD = re.compile(r"(?:第[\d一二三四五六七八九十]{1,3}届)?(?:董事会|监事会)")
_DEPARTMENT_HEAD_LAST = frozenset(h[-1] for h in _DEPARTMENT_HEADS)
#: What names a body of its own, not a department, inside the letters before a department's head.
_NOT_IN_DEPARTMENT = ("公司", "集团", "厂", "局", "院", "银行")
#: The longest department read so.
_MAX_DEPARTMENT = 10


#: How the name of a body whose departments a list of its posts goes on to ends: 厦门象屿股份有限公司职工监事、资金部经理.
_DEPARTMENTS_OF = ("公司", "集团", "银行", "厂", "事务所", "证券", "基金", "保险", "信托", "院", "大学", "所", "局", "支行",
                   "分行")


#: What joins a department's post to the company's post before it: 、, 兼 (总经理助理兼发展部经理).
_DEPARTMENT_JOINERS = frozenset("、及和与兼")


def _department_post(ctx: RelationContext, holder: Mention, end: int) -> tuple[Mention, str, int] | None:
    """A department's title after a joiner at ``end`` in a list of posts whose last holder, ``holder``, is a company
    (or a bank, a factory, a school…: :data:`_DEPARTMENTS_OF`): the company's post, the department in its title
    (厦门象屿股份有限公司职工监事、资金部经理; 宁夏星日电子股份有限公司证券部主任、计划企管部主任). A body the tables know
    (财政部 after 外交部副部长、) is never read so; the recogniser's or a reader's may be the department."""
    committee = next((b for b in _PARTY_BODIES if holder.name.endswith(b)), "")
    if ctx.simplified[end : end + 1] not in _DEPARTMENT_JOINERS \
            or not holder.name.removesuffix(committee).endswith(_DEPARTMENTS_OF):
        return None
    start = end + (len(_CONCURRENTLY_HELD) if ctx.simplified.startswith(_CONCURRENTLY_HELD, end) else 1)  # 兼任党委书记
    named = ctx.org_starting_at.get(start)
    if named is not None and named.extractor not in (MentionSource.RECOGNISER.value, DERIVED):
        return None
    found = _department_title(ctx, start, named)
    if found is not None and committee:  # …公司党委副书记、纪委书记: the company's unit, no unit of its committee
        holder = _government(ctx, holder, "", end, False)
    return (holder, *found) if found is not None and holder is not None else None


def _department_title(ctx: RelationContext, start: int, named: Mention | None = None) -> tuple[str, int] | None:
    """A department and the title after it, written right after a body ending at ``start`` (利德科技发展有限公司
    综合管理部经理, 双成药业财务部副经理): the department, no name and no role word in it, ends like one
    (:data:`_DEPARTMENT_HEADS`), and a title (副 maybe before it) follows; ``named``, a mention spanning just the
    department, may stand there. Returns (the department and the title as one
    title, where it ends) — the department is no body of its own (财务部 names every company's) — or ``None``."""
    simplified = ctx.simplified
    for end in range(start + 2, min(len(simplified), start + _MAX_DEPARTMENT + 1)):
        if not simplified[end - 1].isalnum() or end - 1 in ctx.person_starts:
            return None
        if simplified[end - 1] not in _DEPARTMENT_HEAD_LAST or not simplified.endswith(_DEPARTMENT_HEADS, start, end):
            continue
        deputy = simplified[end : end + 1] == "副"
        # a word of rank or of training may qualify the title after the department: 人力资源部|培训|经理, 市场部|高级|经理
        # (not a field of work, 出国部|项目总监: :func:`_fielded_title`'s)
        qualified = "" if deputy else first_at(simplified, _DEPARTMENT_TITLE_QUALIFIERS, end)
        gap = len(qualified) if qualified and _role_at(ctx, end + len(qualified)) is not None else 0
        role = _role_at(ctx, end + deputy + gap)
        if role is None or (deputy and role.startswith("副")) \
                or any(body in simplified[start : end - 1] for body in _NOT_IN_DEPARTMENT):
            continue  # 公司人力资源部, 宝钢热轧厂党委: a body of its own is named there
        if not (_qualifier(ctx, start, end) or (named is not None and (named.start, named.end) == (start, end)
                                                and _qualifier(ctx, start + 1, end))
                or (_BOARD.fullmatch(simplified, start, end) and not gap)):
            continue  # (a board's title takes no qualifier: 监事会股东监事 after a name cut wrong)
        return simplified[start : end + deputy + gap] + role, end + deputy + gap + len(role)
    return None


#: Words qualifying a title after a department: 人力资源部培训经理, 市场部高级经理.
_DEPARTMENT_TITLE_QUALIFIERS = ("高级", "资深", "培训")


def _titled_at(ctx: RelationContext, start: int) -> tuple[Mention | None, str, int]:
    """A place or body no extractor named, starting at ``start`` (an ordinal before it skipped), read from the
    title after it (:func:`_holder_in_title`: 当选为中华民国首任正式大总统, 任第33任陆军军法署署长), with the title
    and where it ends; or ``(None, "", start)``."""
    simplified = ctx.simplified
    ordinal = _ORDINAL.match(simplified, start)
    b = ordinal.end() if ordinal else start
    for p, role in _titles_ahead(ctx, b, _MAX_BODY + _MAX_QUALIFIER):
        holder = _holder_in_title(ctx, p, role, b)
        return (holder, role, p + len(role)) if holder is not None else (None, "", start)
    return None, "", start


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


#: The most letters between a place and the organisation it locates after 担任…: 中国常驻联合国代表团.
_MAX_LOCATOR = 3


#: What closes 以…身份 ("in the capacity of"), as the mainland (身份) and Taiwan (身分) write it.
_CAPACITY_WORDS = ("身份", "的身份", "身分", "的身分")
#: Links after which no unnamed body is read: an apposition, 以…身份, 是/系 (王伟是公司总经理 names no body).
_NO_BODY_LINKS = frozenset({"，", ",", "以", "是", "系"})
#: Links after which not even a named body and a post closing the clause are read (王明，万科集团的员工).
_APPOSITION_LINKS = frozenset({"，", ",", "以"})
#: What may close a post's clause after it: 创办人之一, 董事长一职.
_POST_TAILS = ("之一", "一职", "职务", "职位")
#: What may follow a post after a verb of appointment: the clause's end, another post (、, 兼), 的 + its holder, 等职.
_AFTER_POST = frozenset("、兼暨的等")


#: What separates the items of a list of posts, over which :func:`_post_after_skipping` reads on.
_ITEM_MARKS = re.compile("[、，,；;。！？!?\n]")
#: The most items of a list of posts skipped in a row (a résumé lists staff words and unnamed units among posts).
_MAX_SKIPPED = 6


def _post_after_skipping(ctx: RelationContext, end: int, holder: Mention | None = None) -> tuple[Mention | None, str, int]:
    """The next post of a list whose item after ``end`` (a 、 or a comma) no reader understood (曾任加拿大北方电信公司
    高级软件工程师、华晨集团技术总监; 历任某部司令部参谋、…): the first item after it, at most :data:`_MAX_SKIPPED` on,
    that opens with a named body and its title and closes its item; no one named in what is skipped, and never past the
    sentence's end. While only 、 joins the items skipped, a bare title or a department's title is still the post of
    ``holder``, the body of the list's last post (历任中国银行黄冈市城区支行会计员、综合员、会计科副科长、支行副行长: 会计员
    and 综合员 are staff words, the posts after them the bank's). ``(None, "", end)`` when there is none."""
    simplified = ctx.simplified
    at = end
    for _ in range(_MAX_SKIPPED):
        if simplified[at : at + 1] not in ("、", "，", ",") and not (at == end and simplified[at : at + 1] == "兼"):
            break  # (a second post after 兼 no reader understood is skipped as an item: 副总经理兼党支书记，…)
        mark = _ITEM_MARKS.search(simplified, at + 1)
        nxt = mark.start() if mark else len(simplified)
        if any(at < p < nxt for p in ctx.person_starts):
            break
        if simplified[at] not in "、兼" or any(q in ctx.org_starting_at for q in range(at + 1, nxt)) \
                or simplified.startswith(_OWN_COMPANY, at + 1):
            holder = None  # a comma, or a body named in an item (公司人力资源部部长 too), ends the items of one body
        elif holder is not None and at > end:
            same = _department_post(ctx, holder, at) or _bare_post(ctx, holder, at)
            if same is not None:
                return same
        joined = _post_after_joiner(ctx, at + 1, nxt)  # 曾任A县县长、立委及B院政务委员: the last item after 及
        if joined is not None:
            return joined
        if nxt + 1 in ctx.org_starting_at and simplified[nxt : nxt + 1] in ("、", "，", ","):
            org, role, post_end = _holder_and_role(ctx, nxt + 1)
            role, post_end = _with_assistant(ctx, role, post_end) if org is not None else (role, post_end)
            if org is not None and org.start == nxt + 1 and (_post_closes(ctx, post_end)
                                                             or simplified[post_end] in _LIST_JOINERS):
                return org, role, post_end
        at = nxt
    return None, "", end


#: Words that join the last item of a list of posts to the one before (A、B及C, B以及C); not 和 or 与, which join
#: the parts of a committee's or a department's name as often (薪酬与考核委员会委员, 企业管理与市场营销学系系主任).
_LAST_ITEM_JOINERS = ("以及", "及")
#: The longest item skipped before such a joiner (a bare title: 立委, 国策顾问, 总统府资政).
_MAX_BEFORE_JOINER = 8


def _post_after_joiner(ctx: RelationContext, start: int, end: int) -> tuple[Mention, str, int] | None:
    """The post an item ``[start, end)`` of a list no reader understood goes on to after 及 or 以及: a named
    body opening right after the joiner, its title closing the item (曾任花莲县县长、立委及行政院政务委员: 政务委员 of
    行政院, 立委 skipped); the part skipped before the joiner at most :data:`_MAX_BEFORE_JOINER` letters, no body named
    in it. None when there is none."""
    simplified = ctx.simplified
    for at in range(start + 1, min(end, start + _MAX_BEFORE_JOINER + 1)):
        if at in ctx.org_starting_at:
            return None  # a body named in the part skipped: that item is read as it is, or not at all
        joiner = next((j for j in _LAST_ITEM_JOINERS if simplified.startswith(j, at)), "")
        if not joiner or at in ctx.covered() or at + len(joiner) not in ctx.org_starting_at:
            continue
        org, role, post_end = _holder_and_role(ctx, at + len(joiner))
        if org is not None and org.start == at + len(joiner) and post_end <= end + 1 \
                and (_post_closes(ctx, post_end) or simplified[post_end : post_end + 1] in _LIST_JOINERS):
            return org, role, post_end
        return None
    return None


#: The company a résumé is about, named by its kind before a title that opens a list of posts (现任本公司副总裁，…).
_OWN_COMPANY = ("本公司", "该公司", "本集团", "公司")
#: Links after which a list of posts may open with an item no reader understood (a staff word: 历任天原化工厂技术员、
#: 车间主任，…).
_CAREER_LINKS = frozenset({"曾任", "历任", "现任", "原任", "先后担任", "担任", "任", "出任", "身兼", "兼任", "升任", "调任", "转任"})
#: The longest first item skipped.
_MAX_FIRST_ITEM = 24


def _post_after_first_item(ctx: RelationContext, start: int) -> tuple[Mention | None, str, int]:
    """The first post of a list after a verb of a career whose first item no reader understood: the item opens with a
    named body (历任天原化工厂技术员、主任助理，天原化工厂厂长助理: 厂长助理 of 天原化工厂) or with the résumé's own company
    named by its kind (现任本公司副总裁，万裕文化产业有限公司董事: the item is no post of a body named here), then
    :func:`_post_after_skipping` from the item's end; no one named in the item. ``(None, "", start)`` when none."""
    simplified = ctx.simplified
    if start not in ctx.org_starting_at and not (simplified.startswith(_OWN_COMPANY, start)
                                                 and _role_at(ctx, start + len(first_at(simplified, _OWN_COMPANY, start)))):
        return None, "", start
    mark = _ITEM_MARKS.search(simplified, start, start + _MAX_FIRST_ITEM)
    if mark is None or mark.group() not in ("、", "，", ",") or any(start <= p < mark.start() for p in ctx.person_starts):
        return None, "", start
    at = mark.start()
    first = ctx.org_starting_at.get(start)
    if first is not None and mark.group() == "、" and (bare := _department_post(ctx, first, at)
                                                       or _bare_post(ctx, first, at)) is not None:
        return bare  # 历任新疆锂盐厂车间技术员、科长、…: a bare title after the item is its body's post
    if at + 1 in ctx.org_starting_at:  # 历任江南造船厂设备员，江南造船厂副厂长: the next item is a post
        org, role, post_end = _holder_and_role(ctx, at + 1)
        role, post_end = _with_assistant(ctx, role, post_end) if org is not None else (role, post_end)
        if org is not None and org.start == at + 1 and (_post_closes(ctx, post_end)
                                                        or simplified[post_end] in _LIST_JOINERS):
            return org, role, post_end
    return _post_after_skipping(ctx, at, first)


_SEMICOLONS = frozenset("；;")


def _post_after_semicolon(ctx: RelationContext, end: int) -> tuple[Mention, str, int] | None:
    """The post after a semicolon at ``end`` in a list of posts after a verb of a career (还担任广东万和集团有限公司董事长；
    广东万和电气有限公司监事；…): a named body opening the item, its title and nothing else to the item's end (the
    next semicolon or the sentence's end); no one named in it. An item no reader understood is skipped, at most
    :data:`_MAX_SKIPPED` in a row, never past the sentence's end. ``None`` when there is none."""
    simplified = ctx.simplified
    at = end
    for _ in range(_MAX_SKIPPED):
        if simplified[at : at + 1] not in _SEMICOLONS:
            return None
        org, role, post_end = _holder_and_role(ctx, at + 1) if at + 1 in ctx.org_starting_at else (None, "", at)
        if org is not None and org.start == at + 1:
            role, post_end = _with_assistant(ctx, role, post_end)
            if not any(at < p < post_end for p in ctx.person_starts) and (
                    post_end >= len(simplified) or simplified[post_end] in "；;。、兼"
                    or simplified.startswith("等职", post_end)):
                return org, role, post_end
        mark = _ITEM_MARKS.search(simplified, at + 1)
        nxt = mark.start() if mark else len(simplified)
        if any(at < p < nxt for p in ctx.person_starts):
            return None
        at = nxt
    return None


def _post_closes(ctx: RelationContext, end: int) -> bool:
    """Whether a post ending at ``end`` closes its clause or is followed by another post or 的 (兼政治部主任)."""
    simplified = ctx.simplified
    return end >= len(simplified) or not simplified[end].isalnum() or simplified[end] in _AFTER_POST


def _body_role_after_link(ctx: RelationContext, start: int) -> tuple[Mention | None, str, int]:
    """A body no extractor named and its title, right after a verb of appointment, the title closing the
    clause: 任外交部长 (部长 of 外交部), 担任大理院庭长; the body is derived (guards of :func:`_body_name_end`)."""
    simplified = ctx.simplified
    ordinal = _ORDINAL.match(simplified, start)
    start = ordinal.end() if ordinal else start  # 任第33任陆军军法署署长
    for p, role in _titles_ahead(ctx, start, _MAX_BODY):
        if any(r in simplified[start:p] for r in ctx.lexicon.role_words if len(r) > 1):
            break  # 任副政委兼政治部主任: posts, not a body (:func:`_read_bare_roles`)
        titled = _holder_in_title(ctx, p, role, start)
        if titled is not None and _post_closes(ctx, p + len(role)):
            return titled, role, p + len(role)  # 为第三舰队司令, 任直隶总督
        if role in ctx.lexicon.place_roles:
            continue
        body_end = _body_name_end(ctx, start, p, role)
        if body_end is None or not _post_closes(ctx, p + len(role)):
            break
        return ctx.derive_organisation(start, body_end), role, p + len(role)
    return None, "", start


#: Verbs of appointment before a post and 的 + the person holding it: 时任淮军纵队司令的李际春, 身兼国民党主席的X; of
#: leaving it (卸任台北市长的X, 辞去…的X: a past post, :data:`_PAST_LINKS`); of being it (作为华强集团董事长的X, 身为…的X).
_POST_VERBS = ("被任命为", "升任为", "担任过", "出任", "担任", "升任", "转任", "兼任", "身兼", "就任", "调任", "时任", "现任",
               "曾任", "历任", "卸任", "辞去", "作为", "身为", "任")
_MAX_POST = 20


def _read_role_then_person(ctx: RelationContext) -> list[Relation]:
    """Verb of appointment + holder + role + 的 + person: 担任财政部长的巴尔齐蒂斯, 时任淮军纵队司令的李际春,
    升任为美国舰队总司令的金恩 (the holder named, or a body no extractor named)."""
    simplified = ctx.simplified
    out = []
    for person in (m for m in ctx.mentions if m.label is Label.PERSON):
        de = person.start - 1
        if de < 3 or simplified[de] != "的":
            continue
        for q in range(de - 2, max(de - _MAX_POST, 0), -1):
            if not simplified[q].isalnum():
                break
            verb = next((v for v in _POST_VERBS if simplified.endswith(v, 0, q)), None)
            if verb is None:
                continue
            org, role, end = _holder_and_role(ctx, q)
            if org is None or end != de:
                org, role, end = _body_role_after_link(ctx, q)
            future = _said_of_the_future(ctx, q - len(verb))
            if org is not None and end == de and (not future or verb in _PAST_LINKS):
                # 即将出任…的X: a plan, no post held; 即将卸任…的X holds it still
                out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[org], RelationKind.HOLDS_ROLE, q,
                                        person.end, ctx.text[end - len(role) : end],
                                        former=(verb in _PAST_LINKS or _once_before(simplified, q - len(verb)))
                                        and not future))
            break
    return out


def _once_before(simplified: str, at: int) -> bool:
    """Whether 曾 or 曾经 stands right before the verb at ``at`` (曾担任经济部长的X: a post held before; not 未曾)."""
    for word in ("曾经", "曾"):
        if simplified.endswith(word, 0, at) and not simplified.endswith(("未" + word, "不" + word), 0, at):
            return True
    return False


#: Verbs that give a person a post whose body the sentence named before: 由霍元甲出任总教习, 罗舜初为参谋长.
#: 接任 (takes over) and 当选 (is elected) give the post too: 嘉义县议会今天改选，由张文彬当选议长.
_BARE_POST_VERBS = ("担任", "出任", "就任", "兼任", "任", "为", "曾任", "历任", "接任", "当选为", "当选")
_BARE_POST_ADVERBS = ("仍", "又", "也", "再", "将", "则")
#: The one of them that says a post is to be taken (…，王明将担任董事长: a plan, as :func:`_link_after` reads it).
_PLAN_ADVERB = "将"


#: The posts of a government's head and its cabinet (``roles.tsv``'s place titles ending so: 国务总理, 外交总长, 总理,
#: 首相, 总统, 大臣, 省长…): a body named before a bare one holds it only when it is a government (北洋军进驻北京，段祺瑞任
#: 总理 names no army's premier). A party's or a league's 总理 is its own (中华革命党总理).
_CABINET_POSTS = ("总长", "总理", "首相", "总统", "大臣", "国务卿", "国务委员", "外长", "防长", "外相", "宰相", "丞相", "省长",
                  "市长", "县长", "区长", "乡长", "镇长", "州长", "行政长官", "特首")
_GOVERNMENTS = ("政府", "内阁", "国务院")
_PARTY_ENDS = ("党", "会")


def _cabinet_post_of_no_government(ctx: RelationContext, role: str, holder: Mention) -> bool:
    """Whether ``role``, a government's post, would go to ``holder``, a body that is no government (讨逆军, 北洋军)."""
    if not (role.endswith(_CABINET_POSTS) and role in ctx.lexicon.place_roles and holder.label is Label.ORGANIZATION):
        return False
    name = holder.name
    return not (name.endswith(_GOVERNMENTS) or (role.endswith("总理") and name.endswith(_PARTY_ENDS)))


def _read_bare_roles(ctx: RelationContext) -> list[Relation]:
    """A person given a bare title whose body is the one the sentence named before them: 第一南遣舰队…，仍由
    小泽任司令; 精武体操学校…，由霍元甲出任总教习; 劉道生任副政委兼政治部主任 (posts joined by 兼 or 、). The
    holder is the one organisation the sentence names before the person (for a title a place's government
    holds, else the one place); 在 + organisation + 担任 + title gives its own (胡安退役后在巴塞罗那俱乐部担任教练)."""
    simplified = ctx.simplified
    out = []
    people = [m for m in ctx.mentions if m.label is Label.PERSON]
    for person in people:
        date = _DATE.match(simplified, person.end)  # 蔡元培于1917年出任校长, 于民国六年
        at = date.end() if date else person.end
        adverb = next((a for a in _BARE_POST_ADVERBS if simplified.startswith(a, at)), "")
        at += len(adverb)
        verb = next((v for v in _BARE_POST_VERBS if simplified.startswith(v, at)), None)
        if verb is None or adverb == _PLAN_ADVERB or _appointed_in_future(ctx, person.start):
            continue  # …成立，王明将担任董事长; 华强集团将聘请王明担任总经理: a plan, no post held
        ordinal = _ORDINAL.match(simplified, at + len(verb))  # 秦国镛任首任校长
        holder, posts = None, _bare_posts(ctx, ordinal.end() if ordinal else at + len(verb))
        if not posts:  # 在巴塞罗那俱乐部担任教练
            org = ctx.org_starting_at.get(at + 1) if simplified[at] in "在于" else None
            link = next((v for v in _BARE_POST_VERBS[:4] if org is not None and simplified.startswith(v, org.end)), None)
            if link is None:
                continue
            holder, posts = org, _bare_posts(ctx, org.end + len(link))
        subjects = _listed_before(ctx, person, people)
        if not posts or (verb == "为" and posts[0][0] == "代表") \
                or simplified[subjects[-1].start - 1 : subjects[-1].start] == "以":
            continue  # 以国贸、华贸为代表: an idiom, no post
        # the sentence to its full stop: 海军领导机关…成立，肖劲光任司令员…；同年任命王宏坤为副司令员
        s = max(simplified.rfind(ch, 0, person.start) for ch in "。！？!?\n") + 1
        if holder is None:
            holder = _sentence_body(ctx, s, subjects[-1].start, posts[0][0]) or _founded_body(ctx, s, subjects[-1].start) \
                or _opening_body(ctx, s, subjects[-1].start)
        if holder is None:
            continue
        if holder.label is Label.ORGANIZATION:  # 华远集团董事会决议，由刘振宇接任总经理: the board's company's
            holder = _body_of_board(ctx, holder)
        for subject in subjects:
            for role, end in posts:
                if _cabinet_post_of_no_government(ctx, role, holder):
                    continue  # 段祺瑞的讨逆军…，段祺瑞任国务总理; 北洋军…，段祺瑞任总理: an army holds no cabinet post
                if role in ctx.lexicon.place_roles or holder.label is Label.ORGANIZATION:
                    out.append(ctx.relation(_owner_of(ctx, subject), ctx.owner[holder], RelationKind.HOLDS_ROLE,
                                            min(holder.start, subject.start), end, ctx.text[end - len(role) : end],
                                            former=verb in _PAST_LINKS))
    return out + _read_posts_at(ctx, people)


def _listed_before(ctx: RelationContext, person: Mention, people: list[Mention]) -> list[Mention]:
    """``person`` and the people listed before it by 、: 刘人熙、彭政枢、廖名缙、石广权为社长."""
    listed = [person]
    while True:
        before = next((m for m in people if m.end == listed[-1].start - 1
                       and ctx.simplified[m.end] == "、"), None)
        if before is None:
            return listed
        listed.append(before)


def _read_posts_at(ctx: RelationContext, people: list[Mention]) -> list[Relation]:
    """在/于 + organisation + 担任… + title(s) closing the clause, whose subject is the one person the clause
    named before: 胡安退役后在巴塞罗那俱乐部担任教练."""
    simplified = ctx.simplified
    out = []
    for org in (m for m in ctx.mentions if m.label is Label.ORGANIZATION):
        if org.start == 0 or simplified[org.start - 1] not in "在于":
            continue
        link = next((v for v in _BARE_POST_VERBS[:4] if simplified.startswith(v, org.end)), None)
        posts = _bare_posts(ctx, org.end + len(link)) if link else []
        if not posts:
            continue
        brk = [b.end() for b in CLAUSE_BREAK.finditer(simplified, 0, org.start)]
        clause = brk[-1] if brk else 0
        before = [m for m in people if clause <= m.start and m.end < org.start - 1]
        if len({ctx.owner[m] for m in before}) != 1 or simplified[before[0].end : before[0].end + 1] in _NOT_SUBJECT_AFTER:
            continue
        person = before[0]
        for role, end in posts:
            out.append(ctx.relation(_owner_of(ctx, person), ctx.owner[org], RelationKind.HOLDS_ROLE, person.start, end,
                                    ctx.text[end - len(role) : end]))
    return out


#: What may follow the last of a list of bare titles besides a clause's end: 一职, 至今 (任董事长至今).
_BARE_POST_TAILS = _POST_TAILS + ("至今",)


def _bare_posts(ctx: RelationContext, start: int, department: str = "") -> list[tuple[str, int]]:
    """Titles standing alone from ``start``, joined by 兼 or 、, the last closing its clause (一职 maybe after it);
    (title, end). ``department``, the word written right before ``start``, qualifies the first (市场|总监: 市场总监)."""
    simplified = ctx.simplified
    posts = []
    while True:
        role = _role_at(ctx, start)
        if role is None:
            return []
        end = start + len(role)
        posts.append((department + role, end))
        department = ""
        if end < len(simplified) and simplified[end] in "兼暨、" and end + 1 < len(simplified):
            start = end + 1
            continue
        tail = next((len(t) for t in _BARE_POST_TAILS if simplified.startswith(t, end)), 0)
        return posts if end + tail >= len(simplified) or not simplified[end + tail].isalnum() else []


#: The most letters before the organisation that opens a sentence: a date (1928年，…).
_MAX_BEFORE_OPENING_BODY = 12


#: Verbs of founding before the body a sentence founds: 共同成立北京微学明日网络科技有限公司，俞敏洪任董事长.
_FOUNDED_BEFORE = re.compile(r"(?:成立|组建|创办|创立|设立|开办)了?$")


def _founded_body(ctx: RelationContext, s: int, before: int) -> Mention | None:
    """The organisation a verb of founding names right before it, the last one the sentence names in ``[s, before)``,
    in a clause before the one at ``before`` (腾讯与新东方共同成立北京微学明日网络科技有限公司，俞敏洪任董事长: the
    new company's chairman, whatever other bodies the sentence names); anyone named between is the subject of another
    of its posts (…，王明任董事长，李四任总经理). ``None`` otherwise."""
    found = [m for m in ctx.mentions + ctx.derived if m.label is Label.ORGANIZATION and s <= m.start and m.end <= before]
    if not found:
        return None
    last = max(found, key=lambda m: (m.end, m.end - m.start))
    if not _FOUNDED_BEFORE.search(ctx.simplified, max(s, last.start - 3), last.start) \
            or not CLAUSE_BREAK.search(ctx.simplified, last.end, before) \
            or any(m.label is Label.PERSON and last.end <= m.start and m.end <= before
                   and not ctx.simplified.startswith(_BARE_POST_VERBS, m.end) for m in ctx.mentions):
        return None  # someone named between, not as the subject of a post of the new body (，王明任董事长，李四任总经理)
    return last


def _opening_body(ctx: RelationContext, s: int, before: int) -> Mention | None:
    """When the sentence names no one and nothing in ``[s, before)``, the organisation that opens the sentence before
    it, a date maybe before it, as its subject: 國立清華大學是一所研究型大學。梅貽琦於1931年出任校長 (校長 of the
    university); ``None`` when the sentence before opens with anything else."""
    if s < 2 or any(s <= m.start < before and m.label in (Label.ORGANIZATION, Label.PLACE, Label.PERSON)
                    for m in ctx.mentions):
        return None
    p = max(ctx.simplified.rfind(ch, 0, s - 1) for ch in "。！？!?\n") + 1
    first = next((m for m in ctx.mentions if p <= m.start < s and m.label in (Label.ORGANIZATION, Label.PLACE,
                                                                            Label.PERSON)), None)
    if first is None or first.label is not Label.ORGANIZATION or first.start - p > _MAX_BEFORE_OPENING_BODY:
        return None
    lead = ctx.simplified[p : first.start]
    return first if not lead or _DATE.fullmatch(lead.rstrip("，,")) else None


def _sentence_body(ctx: RelationContext, s: int, before: int, role: str) -> Mention | None:
    """The one organisation (one entity, however written) the sentence names in ``[s, before)``, in a clause
    before the one at ``before``; for a title a place's government holds and no organisation there, the one
    place."""
    for label in (Label.ORGANIZATION, Label.PLACE):
        if label is Label.PLACE and role not in ctx.lexicon.place_roles:
            return None
        found = [m for m in ctx.mentions + ctx.derived if m.label is label and s <= m.start and m.end <= before
                 and not _aside(ctx, m)]
        if len({ctx.owner[m] for m in found}) == 1:
            # named in a clause of its own: 精武体操学校…开学，由霍元甲出任总教习 (not 奥斯卡得主…邓文迪担任制片人)
            return found[-1] if CLAUSE_BREAK.search(ctx.simplified, found[-1].end, before) else None
        if found:
            return None
    return None


def _aside(ctx: RelationContext, m: Mention) -> bool:
    """Whether ``m`` stands in a parenthesis right after another name, as its present or other name:
    北洋大学堂（今天津大学）."""
    simplified = ctx.simplified
    open_at = max(simplified.rfind("（", 0, m.start), simplified.rfind("(", 0, m.start))
    if open_at < 0 or m.start - open_at > 3 or not simplified[open_at + 1 : m.start].replace("今", "").replace("现", "") == "":
        return False
    return simplified[m.end : m.end + 1] in ("）", ")") and any(o.end == open_at for o in ctx.mentions if o is not m)


#: An ordinal before a post, which names no body: 第33任, 第八届, 首任.
_ORDINAL = re.compile(r"(?:第[\d一二三四五六七八九十百零〇两]+[任届]|首任)")


def _post_after_link(ctx: RelationContext, start: int) -> tuple[Mention | None, str, int]:
    """After a verb of appointment, a post closing its clause whose holder is the last organisation before
    the title, 的 and a generic head or short qualifier between them: 出任新的维新会的党魁, 转任百事公司旗下的
    Frito-Lay公司的执行长 (执行长 of Frito-Lay); no one named on the way."""
    simplified = ctx.simplified
    brk = CLAUSE_BREAK.search(simplified, start)
    clause_end = brk.start() if brk else len(simplified)
    clause_end -= len(first_ending(simplified, _POST_TAILS, clause_end, start))
    role = first_ending(simplified, ctx.lexicon.role_words, clause_end, start, default=None)
    if role is None or clause_end - start > _MAX_POST * 2:
        return None, "", start
    p = clause_end - len(role)
    if any(start <= s < p for s in ctx.person_starts):
        return None, "", start
    orgs = [m for m in ctx.mentions + ctx.derived if m.label is Label.ORGANIZATION and start <= m.start and m.end <= p]
    if not orgs:  # a body the title's letters name: 担任过近卫内阁、东条内阁的陆军省次长
        titled = _holder_in_title(ctx, p, role)
        return (titled, role, clause_end) if titled is not None and titled.start >= start else (None, "", start)
    org = max(orgs, key=lambda m: (m.end, -m.start))
    # a stock code after the company is no qualifier of the title (中国自动化集团（00569.HK）的董事长)
    code = STOCK_CODE.match(simplified, org.end, p)
    gap = simplified[code.end() if code else org.end : p].replace("的", "").replace("之", "")  # 本公司之董事: 之 is 的 in Hong Kong prose
    gap = next((gap[len(h):] for h in _SHORT_FORM_HEADS if gap.startswith(h)), gap)
    if any(org.end <= m.start < p for m in ctx.mentions):
        return None, "", start
    if len(gap) > _MAX_QUALIFIER or (gap and not gap.isalnum()) \
            or any(r in gap for r in ctx.lexicon.role_words if len(r) > 1):
        return _first_of_posts(ctx, org, clause_end)
    return org, role, clause_end


def _apposed_post_of(ctx: RelationContext, start: int) -> tuple[Mention | None, str, int]:
    """An apposition's post written with 的 after its body (周永明，宏达电的总经理，; 王明，华强集团的首席执行官，): the body
    named right at ``start``, 的 between it and the title closing the clause (:func:`_post_after_link`'s guards)."""
    org, role, end = _post_after_link(ctx, start)
    if org is None or org.start != start or "的" not in ctx.simplified[org.end : end - len(role)]:
        return None, "", start
    return org, role, end


#: What joins the posts of one body after 是…的: 董事长兼总经理, 创始人及总经理, 董事长、总经理.
_POSTS_JOINED = frozenset("兼及、和与")


def _first_of_posts(ctx: RelationContext, org: Mention, clause_end: int) -> tuple[Mention | None, str, int]:
    """``org`` + 的 + posts joined by :data:`_POSTS_JOINED` closing the clause (是万科集团的董事长兼总经理): the first post
    and where it ends (the caller reads the others after it); or ``(None, "", org.end)``."""
    simplified = ctx.simplified
    code = STOCK_CODE.match(simplified, org.end, clause_end)
    at = code.end() if code else org.end
    at += simplified[at : at + 1] in ("的", "之")
    first = None
    while at < clause_end:
        role = _role_at(ctx, at)
        if role is None:
            return None, "", org.end
        first = first or (role, at + len(role))
        at += len(role)
        if at < clause_end and simplified[at] not in _POSTS_JOINED:
            return None, "", org.end
        at += at < clause_end
    return (org, *first) if first is not None and at == clause_end else (None, "", org.end)


#: What may follow a paper's name in 《》 before a title: 《财经》杂志主编.
_TITLE_HEADS = ("杂志社", "杂志", "报社", "周刊", "社")
#: Titles a film's or a book's 《》 takes, not a paper's post: 《观音山》导演李玉.
_WORK_ROLES = frozenset({"导演", "副导演", "总导演", "编剧", "制片人", "监制", "主演", "作者", "主持人", "出品人", "作曲"})


def _title_body(ctx: RelationContext, start: int, closing: bool = True) -> tuple[Mention, str, int] | None:
    """A paper or magazine named in 《》 at ``start`` and the title after it: 《大华报》总经理, 《财经》杂志主编
    (the paper, inside the marks, is derived as an organisation); or ``None``. With ``closing``, the title
    closes its clause (after a verb: 曾任苏州《大华报》总经理，), else a person follows it."""
    simplified = ctx.simplified
    if simplified[start : start + 1] != "《":
        return None
    close = simplified.find("》", start + 1, start + 14)
    if close < start + 2 or not simplified[start + 1 : close].replace("·", "").isalnum():
        return None
    at = close + 1
    at += len(next((h for h in _TITLE_HEADS if simplified.startswith(h, at)), ""))
    role = _role_at(ctx, at)
    qualifier = next((q for q in _POST_QUALIFIERS if simplified.startswith(q, at)), "") if role is None else ""
    if qualifier and (bare := _role_at(ctx, at + len(qualifier))) is not None:
        role = qualifier + bare  # 《财经》杂志执行总编
    if role is None or role in ctx.lexicon.place_roles or role in _WORK_ROLES or (closing and not _post_closes(ctx, at + len(role))):
        return None
    return ctx.derive_organisation(start + 1, close), role, at + len(role)
