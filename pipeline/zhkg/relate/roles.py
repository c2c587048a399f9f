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
部长 of 美国交通部). 前 or 原 before the holder, and 曾任/历任, mark a past role (``former``), as a clause
before the name that puts the post before the story's time does (此前担任…的X, 原任…一职的X).

Also read: 的 and a qualifier between holder and role (公司的国内市场总监 X); chains joined by 及/与,
a role with a place of its own left out (深圳分公司总经理及香港副总裁 X); after the name a parenthesis
and a comma before the verb (X（1950年-），曾任…), and the links 为, 以…身份 (身分), 身兼, 历任, 升任 (升职为), 当选…; a
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

Layout (tidy65): this module keeps the two entry points, :func:`read_roles` and :func:`read_roles_after`;
their helpers moved verbatim into parts named by what they decide: :mod:`zhkg.relate.roles_words` (words and tags around
a spot), :mod:`zhkg.relate.roles_titles` (title words and chains), :mod:`zhkg.relate.roles_former` (former, past and
future roles), :mod:`zhkg.relate.roles_places` (a title fused with its place or state: governments, Taiwan and Hong
Kong forms, dynasties), :mod:`zhkg.relate.roles_departments` (tidy80: a body's department read into its title),
:mod:`zhkg.relate.roles_units` (tidy80: a unit whose letter its head's title repeats),
:mod:`zhkg.relate.roles_title_body` (the body of a title), :mod:`zhkg.relate.roles_body_in_context` (tidy252: the
body of a bare title the text names elsewhere), :mod:`zhkg.relate.roles_bylines` (tidy67: bylines,
datelines and credits), :mod:`zhkg.relate.roles_names` (tidy73: the person a name, surname or pronoun stands
for), :mod:`zhkg.relate.roles_asides` (tidy73: asides and quotations between a holder and its title),
:mod:`zhkg.relate.roles_listed` (tidy73: people listed before or after a title), :mod:`zhkg.relate.roles_holders`
(the holder before or after a title), :mod:`zhkg.relate.roles_unnamed_bodies` (tidy262: a body no extractor named,
read from the letters at a title), :mod:`zhkg.relate.roles_context` (tidy73: a title whose holder
the text names elsewhere), :mod:`zhkg.relate.roles_links` (posts after a link, bare posts),
:mod:`zhkg.relate.roles_before_names` (tidy73: titles and their holder written before a name), :mod:`zhkg.relate.roles_next_posts`
(tidy251: posts read on after a first one: 兼, a list's next post), :mod:`zhkg.relate.roles_clauses` (tidy73: the
link after a name, a clause that names no one) and :mod:`zhkg.relate.roles_forms` (tidy67: the readers of one sentence form each, ``_read_*``). Since
tidy266 this module exports its two entry points and imports only what it runs: import each helper from the part that
defines it.
"""

from __future__ import annotations

from zhkg.records import Label, Mention, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.press import read_press_roles
from zhkg.relate.role_bodies import drop_cut_bodies
from zhkg.relate.roles_abroad import (
    drop_cabinet_ministers,
    drop_reporting_outlets,
    drop_succeeded_ministers,
    mark_reshuffled_ministers,
    read_office_heads,
    read_party_officers,
    read_portfolio_titles,
    read_reelection_posts,
    read_short_ministers,
    read_state_heads_abroad,
)
from zhkg.relate.roles_anaphor_choice import anaphor_post
from zhkg.relate.roles_announced import read_announced_posts
from zhkg.relate.roles_appointees import read_listed_appointees
from zhkg.relate.roles_before_names import (
    _headline_roles,
    _roles_before,
    _roles_of_unnamed,
)
from zhkg.relate.roles_bylines import (
    _byline_colleagues,
    read_closing_editors,
)
from zhkg.relate.roles_captions import drop_list_misreads, read_caption_lists, read_shared_titles
from zhkg.relate.roles_career_posts import read_career_posts
from zhkg.relate.roles_careers import drop_objects_of_appointment, mark_moved_from, next_appointed, tail_at
from zhkg.relate.roles_clauses import (
    _DASHES,
    _NO_BODY_LINKS,
    _ONE_OF,
    _link_after,
    _paired_dash,
    _read_remote,
)
from zhkg.relate.roles_comma_chains import read_comma_cut_chains
from zhkg.relate.roles_committee_items import read_committee_posts
from zhkg.relate.roles_committees import read_committee_officers
from zhkg.relate.roles_context import (
    _roles_in_context,
    _unwritten_divisions,
    _unwritten_states,
)
from zhkg.relate.roles_counted import read_counted_holders
from zhkg.relate.roles_drafted import read_drafted_legislators
from zhkg.relate.roles_filings import read_filing_officers
from zhkg.relate.roles_former import (
    _appointed_in_future,
    _former,
    _former_after,
    _said_of_before,
    drop_elect_posts,
    mark_left_posts,
)
from zhkg.relate.roles_forms import (
    _listed_bare_posts,
    _read_appointed,
    _read_bare_roles,
    _read_bracketed_posts,
    _read_demonstrative_posts,
    _read_filled_by,
    _read_named_then_serving,
    _read_post_before_subject,
    _read_post_is,
    _read_removed,
    _read_respective_posts,
    _read_resume_fields,
    _read_role_then_person,
    _read_serving_at,
)
from zhkg.relate.roles_founders import read_founders
from zhkg.relate.roles_group_heads import read_group_heads
from zhkg.relate.roles_holders import (
    _ERA,
    _keep_qualifiers,
    _named_then_role,
    _object_of_verb,
    _read_fiefs,
    _read_generals,
    _read_post_of_body_after,
    _successors,
)
from zhkg.relate.roles_implied import (
    _SUCCEEDS,
    drop_misplaced_legislators,
    read_implied_bodies,
    resolve_generic_holders,
)
from zhkg.relate.roles_joined_boards import read_joined_boards
from zhkg.relate.roles_left_lists import read_left_lists
from zhkg.relate.roles_links import (
    _LIST_JOINERS,
    _SEMICOLONS,
    _apposed_post_of,
    _apposed_posts,
    _bare_post_after_sentence,
    _dated_line,
    _holder_and_role,
    _opens_resume_line,
    _post_after_first_item,
    _post_after_link,
    _post_after_semicolon,
    _post_closes,
)
from zhkg.relate.roles_listed import (
    _listed_after_title,
    _roles_sharing_holder,
    _subjects_listed_before,
)
from zhkg.relate.roles_ministers import read_unwritten_ministers
from zhkg.relate.roles_misreads import (
    drop_departments_of_units,
    drop_names_of_summits,
    drop_posts_of_others,
    drop_posts_read_twice,
    drop_repeats,
    drop_trade_ranks,
)
from zhkg.relate.roles_named_after import read_bare_posts_then_person, read_posts_named_after
from zhkg.relate.roles_names import (
    _glued_to_next_word,
    _name_at,
    _name_cut_short,
    _owner_of,
    _preposition_read_as_name,
    _pronoun_subjects,
    _run_into_saying,
    _title_people,
    _title_run_into,
)
from zhkg.relate.roles_next_posts import (
    _AND_ALSO,
    _after_bare_titles,
    _body_role_after_link,
    _concurrent_posts,
    _next_listed_post,
)
from zhkg.relate.roles_officer_lists import read_officer_lists
from zhkg.relate.roles_parallel import read_parallel_posts
from zhkg.relate.roles_past_ministers import drop_heads_run_into_officer, read_past_ministers
from zhkg.relate.roles_place_anaphors import read_place_anaphor_heads
from zhkg.relate.roles_places import _era_end
from zhkg.relate.roles_relative_posts import read_relative_post_lists
from zhkg.relate.roles_removed import drop_bodies_cut_by_his, read_removed_posts
from zhkg.relate.roles_repeated_names import repeated_people
from zhkg.relate.roles_resume import drop_department_holders, resume_subjects
from zhkg.relate.roles_seats import drop_councillors_of_other_bodies, drop_party_badge_posts, hold_constituency_seats
from zhkg.relate.roles_squads import settle_team_posts
from zhkg.relate.roles_staff import staff_of_government
from zhkg.relate.roles_team_staff import read_team_staff
from zhkg.relate.roles_tenures import read_tenures
from zhkg.relate.roles_title_body import (
    _CAREER_LINKS,
    _PRONOUN_SOURCE,
    _bodies_sharing_a_title,
)
from zhkg.relate.roles_titled_lists import read_titled_lists
from zhkg.relate.roles_titles import _with_assistant
from zhkg.relate.roles_units import _unit_after_link
from zhkg.relate.roles_wiki import place_heads_in_party_chain, read_wiki_roles
from zhkg.relate.roles_zero_subjects import zero_subjects
from zhkg.text import first_at

__all__ = ['read_roles', 'read_roles_after']


def read_roles(ctx: RelationContext) -> list[Relation]:
    """Organisation (or place, for a government role) + role(s) + person, chained leftwards by 、; the person
    may be one no extractor named, right after the title (总经理王小明表示: :func:`_title_people`)."""
    out = []
    people = [m for m in ctx.mentions if m.label is Label.PERSON] + repeated_people(ctx)  # (roles279)
    for person in (m for m in people if not _preposition_read_as_name(m)):
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
    out += read_comma_cut_chains(ctx, out)  # 国新资产党委书记、董事长，国新文化党委书记、董事长王志学 (roles279)
    out += _byline_colleagues(ctx, out)
    out += read_closing_editors(ctx, out)
    out += _listed_after_title(ctx, out)
    out += _roles_in_context(ctx, out)
    out += read_committee_officers(ctx, out)
    out += _headline_roles(ctx, out)
    out += _read_fiefs(ctx)
    out += _read_generals(ctx)
    out += read_wiki_roles(ctx, out)
    out += _unwritten_divisions(ctx, out)
    out += _unwritten_states(ctx, out)
    out = drop_cabinet_ministers(ctx, drop_reporting_outlets(ctx, out))  # 外交大臣 of 内阁: the state's (abroad309)
    out += read_unwritten_ministers(ctx, out)
    out = drop_succeeded_ministers(ctx, out)  # X接替Y出任司法大臣: not Y's (abroad309)
    out += read_state_heads_abroad(ctx, out)  # 首相、自民党总裁X; X被指名为日本第104任首相 (abroad309)
    out = mark_reshuffled_ministers(ctx, out + read_short_ministers(ctx, out))  # X任防相; 外交大臣X将出任… (abroad309)
    out += read_party_officers(ctx, out) + read_office_heads(ctx, out) + read_reelection_posts(ctx, out)  # (abroad309)
    out += read_portfolio_titles(ctx, out)  # 副校长（研究）X (abroad309)
    out += read_past_ministers(ctx, ctx.read + out)
    out += read_place_anaphor_heads(ctx, out)
    out += read_press_roles(ctx, out)
    # 民进党籍前院长X: no 院长 of the party; a bare 议员 no company's (roles174)
    out = hold_constituency_seats(ctx, drop_councillors_of_other_bodies(ctx, drop_party_badge_posts(ctx, out)))
    out = settle_team_posts(ctx, out)  # 一军打击教练, 中国男足主教练: the team's, named elsewhere (sports308)
    out = mark_moved_from(ctx, drop_objects_of_appointment(ctx, out))  # 李明任A省委书记、B省委书记王强… (careers307)
    return mark_left_posts(ctx, drop_elect_posts(ctx, drop_repeats(drop_departments_of_units(ctx, drop_names_of_summits(
        ctx, drop_posts_read_twice(ctx, drop_trade_ranks(ctx, _keep_qualifiers(ctx, drop_list_misreads(
            ctx, resolve_generic_holders(ctx, drop_misplaced_legislators(ctx, drop_cut_bodies(
                ctx, out + _roles_sharing_holder(ctx, out)))))))))))))


def read_roles_after(ctx: RelationContext) -> list[Relation]:
    """Person + 是/任/担任… (or a comma) + organisation + role word: 王石是万科集团董事长; a list of them
    after 任/担任 (出任福建省人民政府副主席，中共福建省委第二副书记); and organisation (+ 的) + person +
    role word: 清华大学心理学系的樊富珉教授."""
    simplified = ctx.simplified
    out = []
    clause_posts: dict[int, tuple[str, Mention, str]] = {}  # where a post ends: its holder's person, body and title
    pronouns = _pronoun_subjects(ctx)
    pronouns += resume_subjects(ctx, _PRONOUN_SOURCE, pronouns, _opens_resume_line)
    pronouns += zero_subjects(ctx, _PRONOUN_SOURCE, pronouns)  # X为…硕士。曾任A公司秘书…: X (roles257)
    for person in [m for m in ctx.mentions if m.label is Label.PERSON] + repeated_people(ctx) + pronouns:
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
        if org is None and (public := first_at(simplified, _CHARTERS, start)) and start + len(public) in ctx.org_starting_at:
            org, role, end = _holder_and_role(ctx, start + len(public))  # 曾任国立|成功大学副校长、…: roles233
        if org is None and link not in "，,以":
            org, role, end = _unit_after_link(ctx, start)
        if org is None and link not in _NO_BODY_LINKS:
            org, role, end = _body_role_after_link(ctx, start)
        if org is None and link not in _NO_BODY_LINKS:  # 升任该集团总经理: the body the anaphor stands for
            org, role, end = anaphor_post(ctx, start)
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
        if link == "以" and not simplified.startswith(_CAPACITY_WORDS, end) and simplified[end : end + 1] != "、":
            continue  # 以…身份 only: 以万科集团董事长身份出席 (Taiwan writes 身分); a list before it read on below
        brk = CLAUSE_BREAK.search(simplified, end)
        clause_end = brk.start() if brk else len(simplified)
        # (the dash opening the apposition after the name, a bracket or a relative clause maybe between: 梅尔茨
        # (Friedrich Merz)——刚上任一周的…总理——)
        if link in "，," and (opened := next(((i, d) for d in _DASHES if (i := simplified.find(d, person.end, start)) >= 0),
                                             None)) and _paired_dash(simplified, opened[0]) \
                and end <= (closed := simplified.find(opened[1], opened[0] + len(opened[1]))) < clause_end:
            clause_end = closed  # 王明——北京大学校长——今天表示, ——人大代表、北京大学教授——: the closing dash ends the apposition
        if any(end <= s < clause_end for s in ctx.person_starts) and not next_appointed(ctx, end, clause_end):
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
            org, role, next_end = _next_listed_post(ctx, found, end)
            if org is None or any(end < s < next_end and not _ERA.fullmatch(simplified, s, _era_end(ctx, s))
                                  for s in ctx.person_starts) \
                    or not (_post_closes(ctx, next_end) or simplified[next_end] in _LIST_JOINERS or tail_at(ctx, next_end)
                            or simplified.startswith(_AND_ALSO, next_end)):
                break  # …，泰信基金公司基金经理助理: 基金经理 is no post of its own there
            found.append((org, role, next_end))
            end = next_end
        found += _concurrent_posts(ctx, found[-1][0], end) if found else []
        if link == "以" and not simplified.startswith(_CAPACITY_WORDS, found[-1][2]):
            continue  # 以A省委常委、省政府党组副书记的身份: the list closed by 身份 (roles233)
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
    more = (_read_remote(ctx, pronouns + repeated_people(ctx), clause_posts) + _read_role_then_person(ctx) + _read_bare_roles(ctx)
            + _read_appointed(ctx) + _read_filled_by(ctx) + _read_serving_at(ctx, pronouns)
            + _read_post_before_subject(ctx) + _read_post_is(ctx) + _read_resume_fields(ctx)
            + _read_demonstrative_posts(ctx) + _read_post_of_body_after(ctx) + _read_respective_posts(ctx)
            + _read_removed(ctx) + _read_bracketed_posts(ctx))
    more += _read_named_then_serving(ctx)
    more += read_tenures(ctx)  # …，近年担任华强集团总经理期间，…: the subject's post, held before (roles245)
    more += read_counted_holders(ctx)  # 两名副主席分别为A及B: each a 副主席 of the body before (roles199)
    more += read_drafted_legislators(ctx)  # 国民党…征召立委X参选…: 立委 of 国民党 (roles199)
    more += read_posts_named_after(ctx)  # …现任书记长为A、首席副书记长为B; …，首席教练由X接任 (roles226)
    more += read_bare_posts_then_person(ctx)  # 华强集团宣布，去年出任总经理的王明将退休 (roles244)
    more += read_relative_post_lists(ctx)  # 曾任北京大学副校长、代理校长的李强 (titles319)
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
    kept += read_titled_lists(ctx, out + kept)  # 议员黄志明及林美华任副董事长: 黄志明's too (roles174)
    kept += read_group_heads(ctx, ctx.read + out + kept)  # 会长王明及主席李强等足总高层: 足总's (roles286)
    kept += read_joined_boards(ctx)  # 委任8名校董加入该校法团校董会。…分别为A、B: 校董 of 法团校董会 (roles286)
    kept += read_left_lists(ctx, ctx.read + out + kept)  # A、B都卸下立委职务: each a former 立委 (roles302)
    kept += read_career_posts(ctx, ctx.read + out + kept, pronouns)  # 原内蒙古书记X; 前后任乡长A、B (careers307)
    kept += read_parallel_posts(ctx, out + kept)  # 选举A为战略委员会主席，B为委员: B's 委员 of it (roles245)
    kept += read_listed_appointees(ctx, ctx.read + out + kept)
    kept += read_officer_lists(ctx, ctx.read + out + kept)  # 董事当选名单包括A、B: each a 董事 (joins318)
    kept += read_removed_posts(ctx, ctx.read + out + kept)
    kept += read_announced_posts(ctx, ctx.read + out + kept)
    kept += read_committee_posts(ctx, out + kept)
    kept += read_filing_officers(ctx, ctx.read + out + kept)
    kept += read_team_staff(ctx, ctx.read + out + kept)  # 总教练林岳平, 由X担任总教练: the team before (sports308)
    kept += _successors(ctx, out + kept)
    kept += [r for r in place_heads_in_party_chain(ctx, out + kept)  # 中共浙江省委书记、省长: 省长 of 浙江省
             if (r.source, r.target, r.role_simplified) not in linked]
    out, kept = settle_team_posts(ctx, out), settle_team_posts(ctx, kept)  # (sports308)
    out, kept = drop_cabinet_ministers(ctx, out), drop_cabinet_ministers(ctx, kept)  # the state's, read before (abroad309)
    return staff_of_government(ctx, mark_left_posts(ctx, drop_elect_posts(ctx, drop_repeats(drop_departments_of_units(ctx, drop_posts_read_twice(
        ctx, drop_trade_ranks(ctx, drop_posts_of_others(ctx, _keep_qualifiers(ctx, drop_department_holders(
            ctx, drop_list_misreads(ctx, resolve_generic_holders(ctx, drop_misplaced_legislators(
                ctx, drop_heads_run_into_officer(ctx, drop_bodies_cut_by_his(ctx, out + kept)))))))))))))))


#: Letters that open a link and end no given name, which the recogniser may run a name into (张伟自|1995年起担任…,
#: 金琦已|出任…); not 为 or 曾, which end names (朱有为).
_GLUED_LINK_LETTERS = frozenset("自已日")  # 日: 李明日|前获任命为…


#: Who charters a school, written before its name and often left out of it (国立成功大学, 市立…中学).
_CHARTERS = ("国立", "私立", "市立", "县立", "省立")


#: What closes 以…身份 ("in the capacity of"), as the mainland (身份) and Taiwan (身分) write it.
_CAPACITY_WORDS = ("身份", "的身份", "身分", "的身分")


#: Links after which not even a named body and a post closing the clause are read (王明，万科集团的员工).
_APPOSITION_LINKS = frozenset({"，", ",", "以"})
