"""Counts (HAS_COUNT): a count belongs to the place or organisation its clause is about.

* The owner is the nearest place or organisation before the count in its clause
  (全区17个镇乡(街道)、274个村 -> 平谷区, resolved from 全区 by :mod:`zhkg.stages.resolve`).
* A place (not 全区 and kin) introduced by 在, 于, 赴, 到, 前往, 访问… is where something happens, not who
  has the count: 代表团在北京访问了3所学校 -> 代表团, and 在香港的23人 has no owner.
  So are the places chained to such a place (位于美国纽约州: both), every place after 位于 in its clause,
  and one after 由 (由阿尔高州管辖); but 在东京就有上千家, 在上游村其他3个: the place has the count.
  A place after 向, 对 or 给 receives what is counted (美国向台湾地区签发J1签证5295个 -> 美国), never owns it.
* A name inside a count is what is counted (七个本科生学院), never an owner.
* An anaphor (该公司, 该校, 当地, 全队; ``anaphora.tsv``) stands for the nearest
  organisation or place before it whose name ends as the table says
  (广发基金…该公司中标两家公司 -> 广发基金).
* An organisation that opens the clause (its subject) wins over a place named
  later in it and not right before the count: 该公司中标唐山钢铁等两家公司 -> the company; unless it is one
  of the things counted (唐山钢铁是河北省首批…的两家大型企业之一 -> 河北省).
* Holders listed right before a count of them are what it counts, not its owners
  (工商银行、…、交通银行这五家国有银行: the place of the sentence; 唐山钢铁等两家公司).
* A clause that names no owner takes the nearest one earlier in its sentence
  (我国内地共报告297例…,已治愈出院135例 -> 中国); a sentence that opens with a holder saying what it is
  or has (X是…, X位于…) gives that holder (X是瑞士的城镇,…,人口499 -> X), and so does one opening a
  later clause of it (据悉,唐山钢铁是…,涉及员工5万多人 -> 唐山钢铁; 自本月起,本市还将有…,共约2万套 -> 本市).
* A sentence that names no holder at all continues the topic: the organisation or place an earlier
  sentence of its paragraph opens with (else the last one opening a clause of it), up to three
  sentences back, if none is named in between (第二炮兵是…。第一次…,只有一个装备方队12枚导弹参阅 ->
  第二炮兵; 无独有偶,广州数据也不容乐观。7月,一手住宅成交量直降4000套 -> 广州; but not 北京时间…).
* A count fronted before the subject of its sentence (春节之前的4场比赛,江苏队输了其中的3场) belongs
  to the organisation opening the next clause, when nothing before the count in its sentence is a holder.
* A bare short form opening a clause, the last two characters of an organisation named before
  (迪斯尼乐园…。乐园扩建后可再提供600个长期职位), stands for that organisation.
* A holder's name written again where no extractor marked it (为安省达成了6个贸易协议: jieba's 为安省) is that
  holder; so is a short form of a long organisation name of the document (武汉工程职院千名学生 ->
  武汉工程职业技术学院, not the 武汉 it opens with); an organisation that is another of the document plus a
  tail ending no body's name (广发基金中标, a headline's cut) is that other one; a place no gazetteer knows
  that is a country's initial glued to another place of the document (加安省, 加拿大安省) is that place.
* A holder named for what is counted (第二炮兵导弹装备方队 for 4个装备方队) is one of those things: the
  organisation its name opens with, named on its own in the document, owns the count.
* A count naming the category of a list right before it, as many items as it says (or ending in 等) as the
  subject of a copula (天河、番禺和荔湾成为三大领军区域; 华夏大盘精选和华夏红利是仅有的两只…), is the list's and has
  no owner: neither a member nor their common owner (华夏基金旗下的…).
* A count of a whole market or industry (全市场共有120只基金, 两市, 全行业) has no owner, unless a holder is named
  after that word or a place with it (深圳市场上): no topic of an earlier sentence nor a speaker carries into it.
* A place after 驻 (法国驻华大使馆) is the host: 该国 after it stands for the other country (法国).
* Members counted in a sentence that names no holder (学生, 员工, 球员) belong to the last body of their kind named
  before (温家宝来到湖南大学。…面对数千名学生 -> 湖南大学).
* The source of a report is no owner: a holder after 据/根据, or before its data (北京房地产交易管理网的最新数据显示,
  本月上半月商品房成交7026套 -> 北京, the place its name opens with; 据德意志学术交流中心透露 -> not the centre).
* A body named inside a count right before the members counted owns them (207名全国人大代表 -> 全国人大); a
  country right before a count of people that opens with its noun says who they are (中国学生仅有200余名; but
  北京市商品住宅成交14405套 is Beijing's), and a place after 来自 is where the counted come from: neither owns it.
* An organisation's name without its generic ending (景顺长城 of 景顺长城基金), written where no extractor
  marked it, is that organisation; 他们 opening a clause stands for the organisation opening one of the four
  clauses before it (但灰熊队的后劲也不错,他们在过去8场比赛赢下7场 -> 灰熊队), unless a person opens one after it,
  and 其 opening a clause for the nearest organisation before it in its sentence (据万科集团介绍,其旗下共有300个
  项目 -> 万科集团).
* Holders no extractor names, derived where the text shows one: a village written twice as two letters and 村
  (常乐镇上游村…在上游村其他3个生产队 -> 上游村; never 我们村, 全村), and a school named right after its place
  (洛杉矶…(Americana)按摩学院: its students counted later are 按摩学院's). A count right after another (3个生产队约
  800名居民) has the same owner; a housing project written X·Y before 项目 or 楼盘 (润泽·悦溪项目) is a derived holder
  wherever its name is written, and 该项目/该楼盘 stand for it. The paper a report is from (据美国《侨报》报道) and
  the agency of a dateline (中新网9月19日电, 新浪体育讯北京时间…, 新浪娱乐讯 …) own nothing.
* A place after a verb of spreading or gathering (遍布全国, 齐聚温哥华会议中心) or after 从 (从德国、意大利、丹麦等国
  引进: every place of the list) is where, never the owner, and such a place does not stop the topic of an earlier
  sentence from carrying on. Places listed 包括…在内 are members of what is counted, and a count right after that
  list naming its category (包括工银瑞信…在内的四家基金公司) has no owner.
* A team written with its won-lost record (雷霆(55-27)) is a holder wherever its name is written (jieba may take
  雷霆 for a person), 全队/该队 may stand for it, and a count in a sentence naming no holder belongs to the team
  whose record was written last before it in its paragraph (a game report's section); a count of teams (两队) is
  no team's. A company's opening letters written alone where no mention covers them, opening at least two clauses
  (曲美 of 曲美家具集团: 曲美斥资…, 曲美现已拥有…), are the company by its brand (never a kind of body: 基金).
* Round 10 (Hong Kong, Taiwan and international news): holders listed right before a count with nothing between
  and as many items as it says are what it counts (由中国、…乌兹别克斯坦6个成员国组成: the subject of the clause
  before, 上海合作组织, owns it; 北京市3个区 stays Beijing's); a name read as a place inside a count of members,
  opening the name of a body of their kind in the document, is that body (7位伊顿毕业生 -> 伊顿公学); a count after
  成员包括 and before 的 belongs to the organisation the 的 describes (成员包括480多家…高等学府的…研究生院理事会); a
  clause of 在 and a place alone (在悉尼，…) frames its sentence, so the place owns its counts; a place in brackets
  after a figure (收视率(北美地区)) qualifies it and owns nothing; a body known by its Latin capitals that no extractor
  names, written at least twice and once before a word only a body takes (NBA官方, NBA自己的…), is derived wherever it
  is written (NBA比赛的三大电视网络转播商 -> NBA); 台当局, 全台湾, 全香港 and 全澳门 stand for their place.
* Round 11 (owners): 该公司/该集团 and a clause-opening 公司/集团 stand for a company ``organisations_known.tsv`` lists, by
  its name or the known name its name opens with (中华电信, 新鸿基地产); a body's name ending a longer one written before
  that opens with a place or a body stands for it (区议会 -> 沙田区议会), and so does one after a determiner ending as it
  ends (本届亚运代表团 -> 中华台北代表团); a one-letter place no gazetteer knows is the document's one place opening with
  it (a headline's 澳 -> 澳洲); a place inside a known body's name that is no government's owns nothing (上海 of
  上海合作组织); a place the counted spread over owns nothing even glued to the count (遍布全国600家); a place after
  在/于 and a date is where; an organisation opening the clause has what it has 在 a place or another body
  (台积电在台湾共有4座, 民建联在今届立法会有13名议员); a body's own official figures are its (据NBA官方公布的数据); 两国 and
  两岸 are no one's. Derived holders: events by the word ending their name, opening with a place or written twice
  (中国国际教育展, 两岸经贸文化论坛), associations glued to their place like schools (香港律师会), a body opening a clause
  before its official account (中影南方官方微博), Latin names one space apart (NBA TV); members counted before 在 and
  a body of their kind are its (上百名华裔学生在…按摩学院抗议).
* Round 13 (owners): a body giving its view or estimate (国金证券认为，…; 好买基金研究中心统计，…; …预计/分析/指出) is a
  source, not an owner; one that speaks (表示, 介绍, 宣布…) may own what its sentence says it has or does (安省省长表示，
  省府…增设8000个名额), but no speaker, source or regulator carries as the topic of the sentences after it, and a
  regulator letting others do something (证监会明确允许9家…基金公司) owns none of them. A list glued to a count (广发、
  工银瑞信、鹏华、南方四只…; X和Y这两只基金; …等14只基金) is what it counts, recognised or not: none of its items owns a
  count, while a holder before it may (广州目前只有工商银行、…这三家银行). A holder opening a list of holders (深圳和广州的
  基金公司) is no topic. A survey's universe (纳入统计的40只货币市场基金) is a market's count. A place before 各地 (来自全国
  各地) is where; those taking part in a contest (参加15个项目的比赛) are the last event's named before; an event's name
  may hold quotes (全国地板“超级店员”大赛) and 本次活动/此次活动/该活动 stand for it. A company's name opening a fund
  product's (光大保德信 of 光大保德信均衡精选, 华夏 of 华夏中小板ETF) stands for the product. 就X事宜 speaks of X. A short
  form opening a clause ends as a body's name ends (乐园), never a product's generic noun (债券 of …融华债券).
  A body announcing or speaking of itself (长盛基金公告称，…; 据华商基金相关负责人介绍，…), not a research centre nor a
  view, owns what its own report counts that a body has (基金, 客户, 门店…), and is the topic of a later sentence that
  names the company's own (至此，长盛旗下全线9只开放式基金…; 旗下, 本公司, 其…).
* Session 17 (owners): people counted are no holder's items (赵霏和他的团队共九人: the team's); a count in a 的-clause
  describes the holder right after it (只有7人上场的火箭), not through another holder's 的; 对X来说/对于X而言 make X the
  sentence's topic; a company's two letters opening a clause before 旗下/拥有/表示… are the company (长盛旗下); a company
  named by its kind alone (资产管理公司) owns nothing, nor does 该公司 standing for it; a nation's members (中国留学生) are
  no university's; 全队/该队 stand for a club ``teams.tsv`` lists, the record team first, else the subject of the
  nearest sentence naming a fitting body; a place after 在…有 with someone before it (我们在全国有…) and one after a
  verb of arriving (进军, 抢滩) is where; a quotation saying 我们 belongs to the body whose officer speaks right after
  it; a sentence naming 全国/本市 again goes on with that topic; an item of a 在内 list is no topic; 这/那 + a count
  takes no later clause's or earlier sentence's holder; 美股/港股/A股… are whole markets; 关键因素, 利好, 锦囊 are a
  statement's points.
* Session 21 (counts21): no holder is carried past a clause subject that is not it (:mod:`zhkg.relate.count_pointers`):
  该 and a thing (该剧两位编剧, 该属共有2种), a work's title (《大河之歌》共有三位主演), a person who does not say it
  (他在过去8场比赛), 公司/集团 when the holder before is a school, a club, a state body or a place; an organisation
  inside a work's title (《苏打绿追梦》) owns nothing; 这/那 + a count takes no earlier clause's holder either, unless
  it counts members of a body of their kind or what an earlier count of its sentence counted (几千家经销点，这几千个
  经销点); a product's model (奥林巴斯FE4000) is a subject and its maker glued to it owns nothing; the dead and hurt
  counted after a place and 发生/造成 are no place's, no accident named (元朗…发生3死14伤).
* Session 22 (owners22): facilities and zones written as common nouns (:mod:`zhkg.relate.count_facilities`): one named
  by the place glued before its kind (天津市第一养老院, 高村镇敬老院; a zone, a place: 大连开发区) is a derived holder owning
  its counts, and 院里, 该敬老院, 该开发区 after it stand for it; one named by its kind alone opening a clause (托老院里,
  大工业区共有, 高尔夫球中心的设施, 该养老院 with none named) leaves the clause's counts ownerless, no holder named before
  carried past it; a place a facility's kind cuts through (新街|市内) is no holder.
* Session 24 (counts24): a facility named by its kind alone opening a clause, or after 在/到/于 (and what is done there:
  在大工业区建设10条道路; or 位于X的: 在位于…的新街市内) in a clause no person opens, owns its counts as the document's own
  node (``org:托老院@doc:<id>``, :func:`zhkg.relate.count_facilities.document_facilities`), never a locative place; the
  recogniser's 大工业区 is read so too. People counted after a verb of arresting or charging them in their clause
  (香港警方拘捕两名男子) are people of a story: no owner. A place after 围绕/针对/关于 and before …问题 is what is studied
  (围绕我国改革中的重大问题), and one glued before a crisis or a war (东南亚金融危机) names it: neither owns a count.
  该校, 该公司… with no fitting body before stand for the nearest one named after (a passage run in reverse). A place
  after 给 and before 的 has what is given to it (市建委调配给西城区的房源…244套 -> 西城区).
* Session 24 (counts26): a holder of an earlier clause of the sentence that a verb or a preposition of its own clause
  governs (受北京电影学院之邀，剧组拍摄了三部短片; 上报国务院审批的…，共计有134个…) is what that clause acts on: no owner
  carried into the clauses after it (:func:`_governed`; not after 在/于/以/由, a verb of saying or naming, nor 全国 and kin).
  Members counted (学生) still belong to a body of their kind the sentence names (温家宝来到湖南大学，…面对数千名学生), and 对方
  opening the count's clause is the object of the clause before (今天打老鹰，对方阵容也有两个曾经的队友). A determiner and the
  kind of a body named before (中国体育代表团…。本届代表团共有运动员977名; 本届博览会) stand for it, and 该小区 for the estate
  named before. A thing opening a sentence between a topic and the count (《玩具总动员》的制作…) stops the topic, as in the
  count's own sentence.
* Session 26 (counts28): an anaphor of ``anaphora.tsv`` opening a clause with no fitting antecedent (北京市…。该公司共有
  员工500名, 深圳市体育局表示，全队…) stops every holder carried past it: no owner rather than a wrong one; not 当地/本地, a
  project's or an event's word (该项目, 该活动: an unnamed campaign is often the holder's own) nor a place with no kind
  (该地). 当地 with no place before stands for the place the document names most; 岛内, 全岛, 本岛 with no island before
  for 台湾 (民进党…，岛内共有300多所学校停课 -> 台湾).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from zhkg.records import Label, Mention, MentionSource, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, DERIVED, NearestBefore, RelationContext
from zhkg.relate.count_facilities import (
    counted_before,
    cut_by_facility,
    document_facilities,
    facility_span,
    facility_subject,
    qualified_facilities,
    recognised_kind,
)
from zhkg.relate.count_pointers import SPEECH_VERBS, company_word, model_code, person_subject, says, thing_pointer
from zhkg.relate.count_scope import (
    acted_on,
    bare_people,
    bodies_counted,
    fund_count,
    owned_in_clause_only,
    parts_of_group,
    people_one_by_one,
    statement_points,
)
from zhkg.relate.count_topics import counts_itself, describes_noun
from zhkg.resources.gazetteer import is_country_code
from zhkg.stages.normalise import to_simplified
from zhkg.text import find_all, first_at

if TYPE_CHECKING:  # pragma: no cover
    from zhkg.resources.lexicon import Lexicon

__all__ = ['read_counts']

_SENTENCE_BREAK = re.compile(r"[。！？!?；;\n]")
_HEADLINE_GAP = re.compile(r"[ \u3000\xa0\t]{2,}")
# A paper or an agency before its reporter (新华社记者从海南省获悉，…; 人民日报记者): the outlet is the story's source, no
# holder, as the agency of a dateline is (中新网3月5日电, `_DATELINE`; session 29).
_OWN_REPORTER = re.compile(r"(?:特派|驻[\u4e00-\u9fff]{1,4})?记者(?![\d一二三四五六七八九十两几百千万余多]|[人名位])")
# A place after 向/对/给 receives what is counted (美国向台湾地区签发J1签证5295个: 美国's visas), so it is
# no owner either; one after 来自 is where the counted come from (来自中国的学生就有25000人).
_LOCATIVE_BEFORE = ("在", "于", "赴", "到", "抵达", "前往", "访问", "来到", "位于", "由", "向", "对", "给", "来自",
                    # verbs of arriving or settling: the place is a destination (抢滩香港的基金公司, 进军北京的外资银行)
                    "进军", "登陆", "抢滩", "进驻", "落户", "扎根", "入驻", "进入", "迁往", "迁至", "奔赴", "赶赴", "飞往",
                    "移居", "回到", "返回")
# 在/于 and a date right before a place: where something happens then (将于12月30日广东地区独家上映).
_DATED_LOCATIVE = re.compile(r"[在于](?:\d{4}年)?\d{1,2}月\d{1,2}日(?:起|前|后)?$")
# A place before these is everywhere in it (来自全国各地, 世界各地): where, never whose.
_ALL_OVER = ("各地", "各省", "各市", "各区", "各县")
# A place a few letters before an accident or a disaster (香港元朗发生严重车祸致3死14伤, 石家庄倒楼事故已致10人遇难) is
# where it happened: the people counted with it (the dead, the hurt) are the accident's, no place's. (Not 发生 alone:
# 北京今年发生了很多变化，新增3000名教师 is the city's.)
# (Hong Kong writes an accident 意外: 元朗昨晚发生交通意外，车上三男两女受伤; the men and women of N男N女 are counted
# people, session 22)
_INCIDENT = re.compile(r"[^\W\d_]{0,8}?(?:事故|车祸|火灾|大火|爆炸|地震|惨案|血案|命案|凶案|空难|矿难|海难|坍塌|塌方|泥石流|意外)")
_CASUALTIES = re.compile(r"(?:人|死|伤|亡|者|人员|名|位|男|女)$")
# ...and one before 发生/造成/导致 in the count's sentence and a count of the dead or hurt (3死14伤, 5名乘客受伤), no
# accident named.
_CAUSED = re.compile(r"发生|造成|导致")
_HURT_ONE = ("死", "伤", "亡")
_HURT = ("死亡", "受伤", "遇难", "丧生", "失踪", "身亡", "罹难", "伤亡", "重伤", "轻伤", "死", "伤")
# People arrested, charged or caught (香港警方昨日拘捕两名男子, 警方共拘捕了3名疑犯) are people of a story, as the dead and
# hurt are: neither the police's (they are no members of it) nor the place's (session 23). Officers the police send
# (出动200名警员) stay theirs.
_ARRESTED = re.compile(r"(?:拘捕|逮捕|拘留|扣留|扣押|抓获|抓捕|缉拿|擒获|捕获|羁押|带走|检控|起诉|控告|票控|截获|查获|通缉|"
                       r"拘控|落案|抓|捕|拘)")
_ARREST_REACH = 12
_LISTED_FEW = 2  # holders listed glued to a count of more of them are some of what it counts (招行和平安7家银行)
# Aircraft, ships or people a body detects, tracks, intercepts or drives off (国防部…共侦获共机15架次、共舰8艘; 海巡署…监控到
# 海警船4艘) are the other side's, never the body's that reports them nor a place's before the verb (counts38).
_SIGHTED = re.compile(r"侦获|侦测到|侦察到|侦搜到|监控到|监测到|监视到|拦截|拦截到|驱离|击落|目击")
_SIGHTED_REACH = 16
# A holder written between 除/除了 and 外/之外/以外 (本地除工行外的10余家银行) is left out of what is counted: never its owner.
_EXCEPT_BEFORE = ("除", "除了")
_EXCEPT_AFTER = re.compile(r"[^\W\d_]{0,4}?(?:之外|以外|外)")
_PEOPLE_CLASSIFIERS = ("名", "位", "人")
_PEOPLE_ENDS = ("人", "者", "犯", "子", "男", "女", "徒", "员", "仔", "客", "汉", "童", "生")
# A place after 给 and before 的 (调配给西城区的房源, 分配给本区的名额) has what is given to it: its own (session 23); one
# after 向/给 with no 的 (美国向台湾地区签发J1签证5295个) still receives what the giver counts.
_RECEIVER_BEFORE = ("给",)
# Verbs of spreading or gathering before a place say where the counted are (遍布全国600家销售网点, 齐聚温哥华会议中心),
# and 从 where they come from (从德国、丹麦等国引进10余条生产线): never the owner, even 全国 and kin.
# Hong Kong's regions as news runs them together (港九新界, 港岛九龙), after 在 or 于: the region glued after them, not
# read as a place of its own, is where things are too (session 26, counts29)
_LOCATIVE_REGIONS = tuple(f"{at}{regions}" for at in ("在", "于") for regions in ("港九", "港岛", "港岛九龙", "九龙"))
# 从 a place then a verb of learning (记者从海南省获悉，…): where the news comes from, and what it is about.
_FROM_SOURCE = "从"
_LEARNT = ("获悉", "了解到", "得知", "获知")
_REPORTER_WORD = "记者"
_REPORTER_GAP = 6  # 记者昨日下午从…
_SPREAD_BEFORE = ("遍布", "遍及", "分布于", "齐聚", "汇聚", "云集", "聚集", "从",
                  # verbs of moving through places (转战山西、陕西…等省区, 走遍全国): where the work was done (session 19)
                  "转战", "走遍", "跑遍", "辗转", "途经")
# A holder after 与/同/跟 not itself after a holder (莫斯巴主场与荷兰球队5胜2平: the opponent; but 中国与美国两国 is a
# list) is the other party of what the clause says, not who has the count (session 19); 参与X is X's.
_PARTNER_BEFORE = ("与", "同", "跟")
# A count fronted before the next clause's subject ends its own clause, but for a few letters (之中, 里): its clause has
# no predicate of its own (session 19).
_FRONTED_TAIL = 3
_CLAUSE_TAIL = "，,、；;：: \u3000"
_NOT_PARTNER = "参"
# A body's units counted across a whole place (交行总行以及全国36个分支机构): 全国 and kin say where they are, the body
# named before them in the clause has them (session 19).
_UNITS = ("分支机构", "机构", "分行", "支行", "网点", "门店", "分店", "店", "办事处", "分公司", "子公司", "营业部", "工厂",
          "基地", "分部", "代表处", "门市")
# ...not an authority speaking of the place's (金管局表示，本港共有1,200间银行分行: Hong Kong's)
_AUTHORITY_ENDINGS = tuple("局署处部委会府办厅")
_WHOLE_OPENINGS = "全本"  # 本港, 全港, 全台, 全岛: a whole place the relation stage derives, read as 全国 is
# ...and so does a body opening the sentence that speaks of itself in a clause before (渣打银行表示，今年将关闭本港8间分行;
# 统一超商表示，…，全台门市总数突破6,800家: the bank's branches, the chain's shops; session 28, counts35)
# ...unless the count is inside the phrase after 与 (与欧盟区内其他47个国家相一致: the union's) or the two have it
# together (与符山镇先后有十五个基层党支部)
# ...nor one describing the people met (将与当地官员会面，并参观3个…项目: 当地 stays the place's)
_PARTNER_PEOPLE = re.compile(r"的?(?:官员|代表|人士|居民|民众|市民|人员|领导|专家|学者|高层|同行|同事|朋友)")
_PARTNER_OWNS = re.compile(r"(?:的|之|内|区内|境内|旗下|其他|其余|所有|全部|各|这|那|等)*|[^，,。；;！？!?]*有[^，,。；;！？!?]*"
                           r"|[^，,。；;！？!?]{0,8}的")  # 入选与香港五丰行合作的八大预选企业: a 的-clause of the count
# Places listed before 等国家的 (收藏我国和美国、日本、德国等国家的16台机车) say where the things counted come from or
# what kind they are, the list's category standing between them and the count: none of them owns it (session 19).
# (Past its first letter, 和田 and 以色列 being names, an item holds no 和, 及, 与 or the 以 of 以及, which open the next
# item: else a long run of them is read in exponentially many ways.)
_ORIGIN_LIST = re.compile(r"(?:(?:、|和|及|与|以及)[^\W\d_][^\W\d_和及与以]{0,9}?)*等(?:国家|国|地区|地|省区|省份|省市|城市)的")
# 包括…在内: the places listed so are members of what a count counts (包括英、美…香港等在内共36个国家和地区), not owners.
_INCLUDING = re.compile(r"(?:包括|包含)[^，,。；;！？!?]{1,80}?在内")
_IN_ALL = re.compile(r"(?:[（(][^（）()]{0,30}[）)])?在内(?=的)")
_NAME_TAIL = 4  # letters of a name's tail an extractor may leave out before 在内 (恒达|地产)
_NAME_TAIL_LETTERS = re.compile(r"[^\W\d_和与及、]{0,4}")
_LIST_GAP = 12  # at most this many characters between 在内 and the count naming the list's category
# What may stand between two places of one locative phrase (位于法罗群岛南部斯特莱默岛): both are locative.
# So may a list's links (向香港地区和澳门地区签发: both receive).
_LOCATIVE_LINK = re.compile(r"^(?:[东南西北中][部端]|[东南西北]|境内|地区|的|（[^（）]{0,20}）|\([^()]{0,20}\))*"
                            r"(?:[和与及、](?:[东南西北中][部端]|地区)?)?$")
# Between a locative place and its count, these make the place the owner: 在东京就有上千家, 在上游村其他3个.
# Quotation marks, and what a quotation speaking for its speaker's body says of it
_QUOTES = (("“", "”"), ("「", "」"))
_FIRST_PERSON = re.compile(r"我们|咱们|我司|我公司|我行|我校|本公司|本行|本校")
_SPEAKER_GAP = re.compile(r"[，,。\s]*")
# What may come before a place's 在 when the place itself has what is counted (光在东京就有上千家, 目前在上游村其他3个):
# adverbs and times, no subject (仅仅 and 单单 are 仅 and 单 twice: listed too, a run of them was read in
# exponentially many ways)
_SUBJECTLESS = re.compile(r"[\s“”「」\"'‘’]*(?:光是|光|仅|单|就|目前|现在|如今|当前|今年|去年|其中|另外|此外|同时|而且|而|"
                          r"但是|但|并且|并|截至|截止|到|[\d一二三四五六七八九十〇零]+(?:年|月|日|号)|底|末|为止|前|后|的)*[在于]")
_EXISTENTIAL_GAP = re.compile(r"^(?:就|共|还|也|已|则|便)?(?:有|共有|拥有)?(?:其他|其余|另外)?$")
# A sentence opening with a holder followed by one of these is about it (X是…的城镇,…,人口499).
_TOPIC_AFTER = ("是", "位于", "地处", "有", "共有", "拥有", "为")
_PARENTHESIS = re.compile(r"[（(][^（）()]{0,40}[）)]")
# What follows a holder opening a clause when the clause says what it is or has (还将有, 是).
_TOPIC_REST = re.compile(r"^[还也就已将共都]{0,3}(?:" + "|".join(_TOPIC_AFTER) + ")")
# Between the last of a list of holders and a count of them (交通银行这五家, 唐山钢铁等两家), and between
# two items of the list; stock quotes and parentheses after a name (工商银行[5.08 -0.20%]) are skipped.
_MEMBER_TAILS = ("这", "那", "等", "等等", "这些", "共")
_LIST_LINKS = ("、", "和", "及", "与", "以及")
_BRACKETS = re.compile(r"\[[^\[\]]{0,30}\]|[（(][^（）()]{0,30}[）)]")
_HOLDERS = (Label.PLACE, Label.ORGANIZATION)
# An anaphor followed by one of these begins another word: 该校长 (the head), 该局长.
_NOT_AFTER = "长委政"
# ... and after a two-character anaphor also 该会议, 该队员, 该行业, 该市场, 该村民, 该地王, 该地块.
_NOT_AFTER_SHORT = _NOT_AFTER + "议员业场民王块"
# How many sentences back a topic (an organisation opening a sentence) carries to counts naming no holder.
_TOPIC_SENTENCES = 3
# A clause of time (当广发基金拿到QDII业务批文后，) says when: its holder owns no count of the clauses after it.
_WHEN = "当"
_WHEN_END = re.compile(r"(?:后|时|之后|以后|之时|之际|的时候)[，,]$")
# A holder opening a list of them (深圳和广州的基金公司…; 泰达荷银、华夏、广发…等公司旗下的基金) is no topic of the
# sentences after: the list is.
_LIST_LINK_AFTER = re.compile(r"以及|、|和|与|及")
# A place opening a sentence before these is a time zone or a frame, not its topic (北京时间).
_NOT_TOPIC_AFTER = ("时间", "时区")
# Openings a sentence may have before its subject (quotes, spaces).
_OPENING = " \u3000“”\"'「」『』"
_CJK_PAIR = re.compile(r"^[\u4e00-\u9fff]{2}$")
# A short form followed by one of these begins another word (大学生, 公司法, 银行家): not the organisation.
_NOT_AFTER_SHORT_FORM = "生员长法家业界"
# What an organisation's name may end in (besides ``org_suffixes.tsv``): a name ending otherwise that is
# another organisation of the document plus a few characters was cut too long (广发基金|中标).
_BODY_ENDINGS = ("基金", "证券", "保险", "控股", "股份", "中心", "论坛", "会议", "博览会") + tuple("所院会部局厅委办社队店厂行站台馆团组处科室校园司署军党")
_BODY_LETTERS = frozenset(e for e in _BODY_ENDINGS if len(e) == 1)
# Words of a whole market or industry: a count of it (全市场共有120只基金) is nobody's, unless a holder is
# named after the word or a place right before it (深圳市场上): no topic of an earlier sentence carries. So is a
# survey's universe (在纳入统计的40只货币市场基金中排名第二).
_MARKET_WIDE = re.compile(r"全市场|整个市场|市场上|全行业|整个行业|行业内|沪深两市|两市|美股|港股|[ABH]股|欧股|日股|沪市|深市|纳入统计|参与统计|纳入排名|参与排名")
# A list of holders or things as a subject, then a copula, then a count of them (天河、番禺和荔湾成为三大领军区域):
# the count is the list's, named by its category, and has no owner.
_COPULA = re.compile(r"(?:成为|是|为|均为|都是|均是|都为|并称|并列|列为|位列|跻身)")
_LIST_SPLIT = re.compile(r"以及|、|和|及|与")
_ADVERBS_BEFORE_COPULA = re.compile(r"[都均也已则分别]+$")
_ADVERBS_OPENING = re.compile(r"[都均也已则]*")  # (鹿港镇也是…: adverbs between a subject and its copula)
# A place right after 驻 is the host country (法国驻华大使馆): never what 该国 stands for.
_STATIONED = "驻"
# Members counted (学生, 球员) and the endings of the bodies they belong to: a count of them in a sentence
# naming no holder belongs to the last such body named before it.
_MEMBERS_OF = (
    (("学生", "师生", "教师", "毕业生", "研究生", "本科生", "留学生", "校友", "老师"),
     ("大学", "学院", "学校", "中学", "小学", "公学", "校")),
    (("员工", "职工", "雇员"), ("公司", "集团", "银行", "企业", "厂")),
    (("球员", "队员"), ("队",)),
)
# Kinds of known organisations (``organisations_known.tsv``) whose place, written inside their name, still owns
# counts: a government or council reports its place's (澳门特区政府卫生局…5名患者 -> 澳门).
_PLACES_OWN_IN = ("government", "council")
# A source followed by this gives its own figures (据NBA官方公布的数据, 根据苹果公司官方数据): it may own them.
_OWN_DATA = "官方"
# The source of a report (据国家统计局透露, X的最新数据显示) tells the count, it does not own it.
_SOURCE_BEFORE = ("据", "根据")
# A clause of 在 and a place alone (在悉尼，…) frames its sentence: the place owns the counts after it.
_FRAME = "在"
# The end of a bracket after a place that qualifies a figure (收视率(北美地区)).
_QUALIFIER_CLOSE = re.compile(r"(?:地区|境内|市场)?[)）]")
# What links the two ends of a route (台北往东京航班, 北京至上海高铁, 香港飞伦敦): neither end owns what is counted.
_ROUTE_LINKS = frozenset("往至到飞—-")
# A maker named with a model code right before the noun counted (增派波音777客机2架, 引进空客A320飞机10架): the name
# says which product the thing is, as a brand does; the maker owns none of them (session 29).
_MODEL_CODE = re.compile(r"[-\s]?(?=[A-Za-z\-]*\d)[A-Za-z\d][A-Za-z\d\-]{0,9}")
# A count of a body's members (成员包括480多家…的研究生院理事会) and how far after its 的 the body may be named.
_MEMBERSHIP = re.compile(r"(?:成员|会员|成员国)(?:包括|有|达|涵盖)")
_MEMBERSHIP_REACH = 20
_SOURCE_AFTER = re.compile(r"的?(?:最新|最近|公开|官方|统计)?(?:数据|统计数据|统计|调查)(?:显示|表明|称|指出)?"
                           r"|透露|报道|公布[，,：:]|公布的(?:最新)?(?:数据|统计|名单)"  # 证监会公布，2月份有3家外资机构…
                           # 中登公司昨日最新公布的数据显示, 统计局日前发布的报告: a time, then 公布/发布 the data
                           r"|(?:昨日|今日|昨天|今天|日前|近日|近期|此前|\d{1,2}月\d{1,2}日|\d{1,2}日)(?:最新|首次)?"
                           r"(?:公布|发布)的(?:最新)?(?:数据|统计|名单|报告)")
# Members a body named right before them in a count has (207名全国人大代表: 全国人大's).
_MEMBER_NOUNS = ("代表", "委员", "成员", "会员", "员工", "职工", "学生", "毕业生", "校友", "教师", "球员", "队员", "议员", "党员",
                 "官员", "干部", "官兵", "士兵", "工人", "医生", "护士", "警察", "民警")
# A dateline after an agency (中新网9月19日电, 新华社北京5月3日电, 本报北京6月28日讯): the agency, and the place it was
# filed from, are the story's source.
# So is a portal or paper before 讯 and a space, a time, a bracket or the story's opening (新浪体育讯北京时间4月12日,
# 新浪娱乐讯 在遭遇了…, 本报讯(记者…)).
_DATELINE = re.compile(r"[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日[电讯]|(?:专讯|讯)[】\]]"  # 【明报专讯】 too
                       r"|讯(?=[\s\u3000（(【]|北京时间|记者|日前|近日|昨日|今日|\d|$)")
# A body that gives its view or estimate, itself or by an official or a person of its own, before what it says
# (国金证券认为，…; 好买基金研究中心统计，…; 某分析师预计，…): the figures said are not its, as a source's are not.
_REPORT_VERBS = ("认为", "指出", "预计", "估计", "分析", "预测", "统计", "测算", "估算", "显示", "建议", "提醒")
_VERB_GAP = r"[^\W\d_的是有了在于将为]{0,10}?"  # an official, a title, a person's name (官员, 秘书长吕斌)
_REPORTER = re.compile(_VERB_GAP + r"(?:" + "|".join(_REPORT_VERBS) + r")[，,：:“「]")
# A body that speaks (SPEECH_VERBS: 央行表示，…; 国土部官员表示，…; …秘书长吕斌介绍，…) may say what it has or does itself (安省省长
# 表示，省府…增设8000个名额): it stays an owner in its sentence, but is no topic of the sentences after it.
_SPEAKER = re.compile(_VERB_GAP + r"(?:" + "|".join(_REPORT_VERBS + SPEECH_VERBS) + r")[，,：:“「]")
# ...and one after a quotation it said (“…，”联华超市总经理说。)
_SAYS = re.compile(_VERB_GAP + r"(?:" + "|".join(SPEECH_VERBS) + r")")
# A body that announces or speaks of itself (长盛基金公告称，…; 据华商基金相关负责人介绍，…) owns what it says it has: its
# counts in the sentences after it, when they speak of the company (旗下, 本公司, 该公司, 其…) or count what a body has
# (基金, 产品, 门店, 员工, 客户, 项目…). A body stating a figure (统计, 认为, 数据显示…) never does: that is a report.
_SELF_VERBS = ("公告称", "公告", "宣布", "表示", "介绍", "称", "说")
_SELF_SPEAKER = re.compile(_VERB_GAP + r"(?:" + "|".join(_SELF_VERBS) + r")[，,：:“「]")
# ...and one that points out (指出) what it has: a view by its verb, but of its own figures (台铁局指出，春节将加开列车320班次;
# 该公司指出，今年新增3间门市), which the sentence must still count as a body's (_BODY_HAS) or name as the company's
# (session 28, counts35)
_SELF_POINTS = re.compile(_VERB_GAP + r"指出[，,：:“「]")
_SELF_WORDS = re.compile(r"旗下|本公司|该公司|我公司|(?:^|(?<=[，,。；;：:\s]))(?:公司|其(?![中他余实次]))")
_BODY_HAS = ("基金", "产品", "门店", "店", "员工", "职工", "雇员", "客户", "用户", "会员", "项目", "网点", "分行", "支行",
             "工厂", "厂", "子公司", "分公司", "楼盘", "车型", "机型", "航线", "门市",
             # an operator's runs and fleet (加开列车320班次, 引进新机8架; counts35)
             "列车", "班次", "航班", "巴士", "客机", "座位")
# A body's members (会员企业, 成员单位): what the body reporting them has, whatever verb it reports with (owners59).
_MEMBER_WORDS = ("会员", "成员")
# Bodies whose figures are market-wide reports, whatever verb they use (好买基金研究中心, 国家统计局, 某分析师).
_REPORTING_BODIES = ("研究中心", "研究所", "研究院", "统计局", "评级", "咨询", "调查", "数据")
# A regulator letting others do what is counted (证监会明确允许9家…基金公司, 批准了3只基金): the others are not its.
_PERMITS = re.compile(r"(?:明确|正式|已经|已|日前|近日|近期|又|再次|首次|昨日|今日|昨天|今天|共|先后){0,2}(?:允许|批准|核准|准许|获准)")
# A paper's title marks (据《侨报》报道): the source is the title's name.
_TITLE_MARKS = "《》〈〉「」『』"
# A paper in 《》 that reports or says, after its date or not (英国《卫报》6日称，…; 《海峡时报》报道，…): the
# source of what follows, with or without 据, never its owner (a publication says; it does not have the figures).
_PAPER_SAYS = re.compile(r"》(?:网站|网络版|电子版)?(?:(?:\d{1,2}月)?\d{1,2}日(?:[晚早]?间?)?)?"
                         r"(?:报道|称|援引|披露|刊文|发文|指出|消息)")
# 其 opening a clause stands for the nearest organisation before it in its sentence (据万科集团介绍,其在…).
_ITS = "其"
# 一家/一所/一间 and what follows up to the end of its clause (收购了一家…家具企业，其麾下…): a body the text does not name,
# nearer to a 其 opening the next clause than any named organisation; 其 stands for it (owners59).
_UNNAMED_BODY = re.compile(r"([^，,。；;！？!?]*)一[家所间][^，,。；;！？!?]*[，,。；;！？!?]$")
_UNNAMED_REACH = 40  # letters before 其 searched for it
_NOT_ITS = ("其中", "其他", "其它", "其实", "其余", "其次", "其后", "其间")  # among them, others, in fact…
# A plural pronoun opening a clause, and how many clauses back the organisation it stands for may open one.
_PLURAL_SUBJECT = re.compile(r"他们|它们")
# 这/那 glued before a count (这|两部法律案: jieba leaves it out of the span) points back to what was just named
_POINTERS = ("这", "那")
_PLURAL_CLAUSES = 4
# Conjunctions a clause may open with before its subject (但灰熊队的后劲也不错).
_CLAUSE_CONJUNCTIONS = ("但是", "不过", "然而", "而且", "但", "而", "且")
_OF = "的"
_AMONG_THEM = "其中"
_AMONG_OPENING = re.compile(r"其中[，,：:]?(?:就|还|也)?(?:有|包括|在)?")  # 其中北京有…: a holder of the part's own (owners43)
# words saying the bodies counted right after them are the holder's own (石家庄市地税局…，并召集所辖700多家企业; 旗下)
_HOLDING_WORDS = ("所辖", "下辖", "辖下", "属下", "旗下", "下属", "所属")
_ACTED_REACH = 16  # letters before a count that 对/向/给/与 and a determiner or a 的-clause take (对上述, owners43)
_GROUP_REACH = 24  # letters after a count of companies in which its clause may name their group (从集团中, owners43)
# a national side named by its sport's short form, which 全队 and 该队 stand for (session 26, counts29)
_SQUAD_SHORTS = ("女排", "男排", "女足", "男足", "女篮", "男篮", "国足", "国奥", "女曲", "男曲", "女垒", "男垒", "女手", "男手")
# 全体70名议员中有40人: a count glued by 中 (and 有) to the count before it is a part of that count (session 26, counts29)
_PART_OF_BEFORE = re.compile(r"(?:之|当)?中(?:共有|就有|约有|仅有|只有|有)?")
_PART_OF_BEFORE_LONGEST = 4  # the letters _PART_OF_BEFORE matches at most (之中共有)
_OUR = "我"  # 我国, 我省, 我市: a deixis that may describe a noun (我国钢铁行业)
_LIST_LINKS_ONE = ("和", "与", "及", "、")
_LIST_CLOSING = ("和", "及", "、")  # before the last item of a list (与 is more often a preposition, owners43)
_MODIFIER_GAP = 2  # letters of one modifier between a nationality and the people counted (研究|人员)
_NATIONALITY_LIST = 4  # at most this many countries listed before their people (中、美、日、韩的学者)
_PEOPLE_ENDINGS = tuple("生人客民员工者师手")
_NUMERAL_LETTERS = "一二两三四五六七八九十百千万亿几数０１２３４５６７８９"  # a count's number written in letters
# Generic endings an organisation is also written without (景顺长城 of 景顺长城基金).
_GENERIC_ENDINGS = ("股份有限公司", "有限公司", "集团公司", "公司", "集团", "基金", "控股")
# Han characters only: what an echo or an abbreviation of a name may be made of.
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
# A village no gazetteer knows: two letters and 村, written at least twice (常乐镇上游村…在上游村其他3个生产队),
# unless the two end a generic word (农村, 全村, 该村, 进村) or 村 opens another word (村民, 村委).
_VILLAGE = re.compile(r"[\u4e00-\u9fff]{2}村(?![民委级长庄落里镇干官务部子头口])")
_NOT_VILLAGE_ENDS = "农乡山渔全本该各每同邻外进回下整个新此那这们"
_NOT_VILLAGE_OPENS = "我你他她它这那该本全各每此其"  # 我们村, 这个村, 其所在村: pronouns and determiners
# A housing project named as two letters, a middle dot and two to four more before 项目 or 楼盘 (润泽·悦溪项目):
# its name alone (润泽·悦溪开盘) and 该项目 stand for it.
_PROJECT = re.compile(r"(?<!·)[\u4e00-\u9fff]{2}·[\u4e00-\u9fff]{2,4}(?=项目|楼盘)")
# A school no extractor named, after the place it is in (洛杉矶阿美瑞卡那(Americana)按摩学院): the words
# between the place (or its alias in brackets) and the school's ending name it (按摩学院).
# So is an association (香港律师会, 台北市商业会): 该会 and its members counted stand for it. No verb, time, numeral,
# classifier, superlative or function word inside the name (香港昨日举行大会, 美国四所大学, 美国读完大学, 荷兰最古老大学
# name none), nor a connector (北京共有大学90所, 全港共有中学450间: the place's schools counted).
_SCHOOL_AFTER_PLACE = re.compile(r"(?:[（(][^（）()]{1,30}[）)])?((?:(?:(?!共有|共计|拥有|现有|已有|还有|只有)" + r"[^\W\d_的了在于和与及是将为对向从到等个名家年月日昨今明举行开召办出席参加"
                                 r"一二三四五六七八九十百千万两几数多所间读完考进入就上去来最])"
                                 r"{2,4}?(?:学院|学校|中学|小学|大学|协会|学会|商会|公会|总会|工会))|律师会)")


# An event no extractor names, by the word ending its name: after a place opening it (中国国际教育展), or opening a
# clause or after its session (第五届两岸经贸文化论坛); no verb or function word inside the name.
_EVENT_WORDS = r"(?:论坛|峰会|博览会|展览会|交易会|运动会|电影节|艺术节|音乐节|教育展|车展|书展|大赛|锦标赛|奥运会|亚运会|世博会|房展会|联赛)"
_EVENT_LETTERS = r"[^\W\d_的了在于和与及是将为对向从到召开举行出席参加等个名家届年月日上下中]"
# An event's own name written twice is this long at least (两岸经贸文化论坛; not 此次峰会, 区域总论坛), and opens with
# no determiner (此次, 本届, 该, 今年…).
_EVENT_NAME_LENGTH = 6
_DETERMINERS = "此本这那该各每其首上下今明去前后"
_EVENT_AFTER_PLACE = re.compile(r"(?:" + _EVENT_LETTERS + r"|[“”「」])" + r"{0,8}?" + _EVENT_WORDS)  # 全国地板“超级店员”大赛
_EVENT_WORD = re.compile(_EVENT_WORDS)  # what every _EVENT_NAME holds: without one, no need to try each position
_EVENT_NAME = re.compile(r"(?:^|(?<=[，,。；;！？!?\s“”「」])|(?<=届))(" + _EVENT_LETTERS + r"{2,10}?" + _EVENT_WORDS + ")")
# An event named in quotation marks (“宏耐总部迁址南京周年庆典”的优惠活动) is one even written once: the marks say it
# is a name, and a celebration (庆典) is an event too; a place inside it is part of the name.
_QUOTED_EVENT = re.compile(r"“([^“”，,。；;！？!?]{2,14}?(?:庆典|" + _EVENT_WORDS[3:] + r")”")
# An event after its session number (第3届冲浪狗大赛) is one even written once: the session says it recurs.
_SESSION_EVENT = re.compile(r"第[\d一二三四五六七八九十百]+届(" + _EVENT_LETTERS + r"{2,10}?" + _EVENT_WORDS + ")")
# A body opening a clause right before its official account or site (中影南方官方微博, X官网): no function word inside.
_ACCOUNTS = ("官方微博", "官方网站", "官方网", "官网")
_OFFICIAL = re.compile(r"(?:^|(?<=[，,。；;！？!?\s“”「」]))([^\W\d_的了在于和与及是将为对向从到等个名家年月日昨今明也都还就]{2,8}?)"
                       r"(?=" + "|".join(_ACCOUNTS) + ")")
# A name of Latin letters alone (NBA, TV, Morgan).
_LATIN = re.compile(r"[A-Za-z][A-Za-z&.\-]*")
# A body known by its Latin capitals (NBA), and the words after it that only a body takes (NBA官方, NBA自己的).
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,6}(?![A-Za-z0-9])")
_BODY_CUES = re.compile(r"官方|官网|总裁|总部|主席|旗下|自己的|联盟")
# A team written with its won-lost record (雷霆(55-27), 雄鹿(35-47)) in a game report: a body, whatever the
# extractors took it for, and the team whose section of the report the counts after it are in.
_TEAM_RECORD = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})(?=[（(]\d{1,3}-\d{1,3}[)）])")
# A company's generic words: opening a clause, either stands for the nearest company named before (公司表示, 集团表示).
_COMPANY_WORDS = ("公司", "集团")
# Endings of a company's name whose brand (曲美 of 曲美家具集团) the text also writes alone as a clause's subject.
_COMPANY_ENDINGS = ("集团", "公司", "股份", "控股")
_BRAND_OPENINGS = 2
# Determiners before a body's name that point back to a body named before (本届亚运代表团, 此次…).
_DETERMINED = ("本届", "该", "此", "这支", "这个", "本次", "此次", "这届")
# The two countries a text has just named (中意两国, 两国关系): a count of both, never one country's.
_BOTH_SIDES = ("两国", "两岸")
# Kinds of clause subjects no holder named before carries past (zhkg.relate.count_pointers, session 21).
_THING, _PERSON, _COMPANY = "thing", "person", "company"
_WORK_TITLE = "《"
# Bodies 公司/集团 cannot stand for: a school, a hospital, a club, a party, a state body (a name with no ending may
# be a company's: 华谊兄弟).
_NO_COMPANY = ("大学", "学院", "学校", "中学", "小学", "幼儿园", "医院", "队", "俱乐部", "政府", "局", "厅", "部", "委员会",
               "委", "协会", "学会", "联合会", "党", "军", "研究院", "研究所", "博物馆", "图书馆", "法院", "检察院")
_COUNTRIES_COUNTED = frozenset({"国", "国家", "国家和地区"})  # 五国, 36个国家和地区: countries, no country's
_TEAMS_COUNTED = re.compile(r"[球支]?队")  # 两队, 两支球队: a count of teams  # a brand must open at least this many clauses where no mention covers it


def _matches(pattern: re.Pattern[str], text: str, needed: str | re.Pattern[str]) -> Iterable[re.Match[str]]:
    """``pattern.finditer(text)``, or nothing, without trying the pattern at every position, when ``text`` lacks
    ``needed`` (a string or a pattern every match of ``pattern`` holds: 村 of a village).

    >>> [m.group() for m in _matches(_VILLAGE, "常乐镇上游村", "村")], list(_matches(_VILLAGE, "常乐镇", "村"))
    (['上游村'], [])
    """
    found = needed in text if isinstance(needed, str) else needed.search(text) is not None
    return pattern.finditer(text) if found else ()


def _teams(ctx: RelationContext) -> tuple[list[tuple[int, int, Mention]], list[int]]:
    """(start, end, team) of every occurrence of a team written somewhere with its record (雷霆(55-27)), where
    no place or organisation is marked (jieba may take 雷霆 for a person), and where each record is."""
    covered = ctx.covered(_HOLDERS)
    records = [(m.start(), m.group(1)) for m in _matches(_TEAM_RECORD, ctx.simplified, "-")]
    out = []
    for name in sorted({name for _, name in records}):
        for m in find_all(name, ctx.simplified):
            if covered.isdisjoint(range(m.start(), m.end())):
                s, e = m.span()
                out.append((s, e, Mention(ctx.doc.id, s, e, ctx.text[s:e], name, Label.ORGANIZATION, DERIVED,
                                          canonical=name)))
    return out, [start for start, _ in records]


def _brands(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, company) of each occurrence of a company's opening two or more letters written alone (曲美
    of 曲美家具集团: 曲美斥资…, 曲美现已拥有…) where no mention covers it, when at least two of them open a
    clause: the company by its brand."""
    text = ctx.simplified
    covered = ctx.covered()
    generic = set(ctx.lexicon.org_suffixes) | set(ctx.lexicon.glossary)
    out = []
    for org in {h.name: h for h in holders if h.label is Label.ORGANIZATION}.values():
        name = org.name
        if not name.endswith(_COMPANY_ENDINGS) or not _HAN.match(name):
            continue
        for length in range(len(name) - 4, 1, -1):  # the longest brand leaving a word and the ending
            brand = name[:length]
            if brand in generic or any(brand.endswith(e) or brand.startswith(e) for e in _BODY_ENDINGS if len(e) > 1):
                continue  # 基金 of 基金管理公司: a kind of body, no brand
            found = [m for m in find_all(brand, text)
                     if covered.isdisjoint(range(m.start(), m.end()))]
            opening = [m for m in found if m.start() == 0 or CLAUSE_BREAK.match(text[m.start() - 1])]
            if len(opening) >= _BRAND_OPENINGS:
                out += [(m.start(), m.end(), org) for m in found]
                break
    return out


def _villages(ctx: RelationContext) -> list[tuple[int, int, Mention]]:
    """(start, end, village) of each village no extractor named that the text writes at least twice
    (常乐镇上游村…在上游村其他3个生产队 -> 上游村), each a place derived if it owns a count."""
    covered = ctx.covered(but=(Label.COUNT,))
    found: dict[str, list[tuple[int, int]]] = {}
    for m in _matches(_VILLAGE, ctx.simplified, "村"):
        name = m.group()
        if name[1] not in _NOT_VILLAGE_ENDS and name[0] not in _NOT_VILLAGE_OPENS and covered.isdisjoint(range(m.start(), m.end())):
            found.setdefault(name, []).append(m.span())
    return [(s, e, Mention(ctx.doc.id, s, e, ctx.text[s:e], name, Label.PLACE, DERIVED, canonical=name))
            for name, spans in sorted(found.items()) if len(spans) >= 2 for s, e in spans]


def _acronyms(ctx: RelationContext) -> list[tuple[int, int, Mention]]:
    """(start, end, body) of each occurrence of a body known by its Latin capitals that no extractor named (NBA),
    written at least twice where no mention covers it and once before a word only a body takes (NBA官方, NBA总裁,
    NBA自己的…): an organisation derived wherever it is written."""
    covered = ctx.covered(but=(Label.COUNT,))
    found: dict[str, list[tuple[int, int]]] = {}
    for m in _ACRONYM.finditer(ctx.simplified):
        if covered.isdisjoint(range(m.start(), m.end())):
            found.setdefault(m.group(), []).append(m.span())
    out = []
    for name, spans in sorted(found.items()):
        if len(spans) >= 2 and any(_BODY_CUES.match(ctx.simplified, e) for _, e in spans):
            out += [(s, e, Mention(ctx.doc.id, s, e, ctx.text[s:e], name, Label.ORGANIZATION, DERIVED, canonical=name))
                    for s, e in spans]
    return out


# A chain named in Hong Kong's and Taiwan's news (session 29, counts37): the name after its kind (连锁快餐店大家乐表示, 连锁药房
# 万宁宣布) or a cinema chain's name (星光院线昨日宣布), opening a clause before a verb of saying or of what it holds, is
# a company; none of the words of a whole or a kind (全国院线, 各院线, 本地院线) is one
_CHAIN_CUES = r"(?=表示|宣布|指出|公布|称|透露|旗下|今天|今日|昨天|昨日|将|计划|目前|现时)"
_CHAIN_AFTER_KIND = re.compile(r"连锁[\u4e00-\u9fff]{0,3}?(?:店|药房|超市|餐厅|集团|品牌)([\u4e00-\u9fff]{2,4}?)" + _CHAIN_CUES)
_CINEMA_CHAIN = re.compile(r"(?:^|(?<=[，,。；;：:！？!?\s“「]))((?![全各本该两多大小国内外])[\u4e00-\u9fff]{2,3}院线)" + _CHAIN_CUES)


def _derived_wherever_written(ctx: RelationContext, names: set[str], covered: set[int],
                              anywhere: set[str] | frozenset[str] = frozenset()) -> list[tuple[int, int, Mention]]:
    """(start, end, organisation) of each place ``names`` are written (in order of name) that no mention in
    ``covered`` holds, or of every place for a name in ``anywhere``: an organisation derived by a count's reader."""
    out = []
    for name in sorted(names):
        for m in find_all(name, ctx.simplified):
            s, e = m.span()
            if covered.isdisjoint(range(s, e)) or name in anywhere:
                out.append((s, e, Mention(ctx.doc.id, s, e, ctx.text[s:e], name, Label.ORGANIZATION, DERIVED,
                                          canonical=name)))
    return out


def _chains(ctx: RelationContext) -> list[tuple[int, int, Mention]]:
    """(start, end, company) of each occurrence of a chain no extractor named: the name a chain's kind opens
    (连锁快餐店大家乐表示 -> 大家乐) or a cinema chain's (星光院线昨日宣布 -> 星光院线), derived wherever it is written."""
    text = ctx.simplified
    if "连锁" not in text and "院线" not in text:
        return []
    covered = ctx.covered(but=(Label.COUNT,))
    names = {m.group(1) for pattern in (_CHAIN_AFTER_KIND, _CINEMA_CHAIN) for m in pattern.finditer(text)
             if covered.isdisjoint(range(m.start(1), m.end(1)))}
    return _derived_wherever_written(ctx, names, covered)


#: the trades of home news a brand is written before (宏耐地板, 长谷瓷砖, 意风家具)
_TRADES = r"(?:地板|家具|瓷砖|陶瓷|卫浴|洁具|橱柜|涂料|床垫|吊顶|木门|门窗|壁纸|家纺|装饰)"
_TRADE = re.compile(_TRADES)
_TRADE_BRAND = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff]|[的和与及是、]))([\u4e00-\u9fff]{2})(?=" + _TRADES + ")")
#: what only a company or its brand is written before: 宏耐品牌, 宏耐总部, 宏耐专卖店, 意风家具店员
_BRAND_CUES = re.compile(r"品牌|总部|专卖店|旗舰店|总经理|董事长|旗下|店员|经销商|有限公司|公司|集团")
_BRAND_WORD_TAGS = ("ns", "nz", "nt", "nrt")  # a word jieba knows that may still be a brand (长谷/ns)


def _trade_brands(ctx: RelationContext) -> list[tuple[int, int, Mention]]:
    """(start, end, company) of each occurrence of a brand no extractor named as a place or organisation that the text
    writes before its trade (宏耐地板将举行…, 宏耐品牌在中国…, 宏耐举办的…活动): two letters that are no dictionary word of another kind
    (实木地板, 儿童家具, 知名涂料: kinds of goods), written at least twice, once right before a word only a company
    takes (品牌, 总部, 专卖店…; after its trade: 总部, 店员…, not 品牌: 实木地板品牌). The company is named by
    the brand and its trade, as first written."""
    from zhkg.stages.segment import dictionary_tags

    text = ctx.simplified
    if not _TRADE.search(text):
        return []
    tags = dictionary_tags()
    covered = ctx.covered(but=(Label.COUNT, Label.PERSON))  # (a recogniser may take the brand for a person: 华岳)
    trades = _TRADE
    out = []
    named = [m.name for m in ctx.mentions if m.label is Label.ORGANIZATION]
    for brand in sorted({m.group(1) for m in _TRADE_BRAND.finditer(text)}):
        if tags.get(brand, "ns") not in _BRAND_WORD_TAGS or any(n.startswith(brand) and n.endswith(_COMPANY_ENDINGS)
                                                                   for n in named):
            continue  # (曲美 of 曲美家具集团: the company is named, and its brand read by _brands)
        found = [m for m in find_all(brand, text) if covered.isdisjoint(range(m.start(), m.end()))]
        if len(found) < 2:
            continue
        cued = False
        for m in found:
            trade = trades.match(text, m.end())
            cue = _BRAND_CUES.match(text, trade.end() if trade else m.end())
            if cue and not (trade and cue.group() == "品牌"):
                cued = True
        if not cued:
            continue
        first = next(m for m in found if trades.match(text, m.end()))
        name = text[first.start() : trades.match(text, first.end()).end()]
        company = Mention(ctx.doc.id, first.start(), first.start() + len(name), ctx.text[first.start() : first.start() + len(name)],
                          name, Label.ORGANIZATION, DERIVED, canonical=name)
        for m in found:
            trade = trades.match(text, m.end())
            out.append((m.start(), trade.end() if trade else m.end(), company))
    return out


def _latin_tails(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, body) of each occurrence, where no mention covers it, of the Latin capitals an organisation's
    name ends in after a place (北京CBD: CBD区域…入驻企业15000多家 -> 北京CBD)."""
    text = ctx.simplified
    covered = ctx.covered(but=(Label.COUNT,))
    places = {h.simplified for h in holders if h.label is Label.PLACE}
    out = []
    for org in {h.name: h for h in holders if h.label is Label.ORGANIZATION}.values():
        name = org.name
        tail = _ACRONYM.search(name)
        if tail is None or tail.end() != len(name) or name[: tail.start()] not in places:
            continue
        for m in _ACRONYM.finditer(text):
            if m.group() == tail.group() and covered.isdisjoint(range(m.start(), m.end())):
                out.append((m.start(), m.end(), org))
    return out


#: a person's team: 赵霏和他的团队, 赵霏的团队, 赵霏及其团队
_HIS_TEAM = re.compile(r"(?:[和与及](?:他|她)的|及其|的)团队")
_SPACES = re.compile(r"[ \u3000\xa0\t]*")


def _people_teams(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, organisation) of each person's team (赵霏和他的团队) where that person heads an organisation
    of the document: one a role reader read (HOLDS_ROLE), or one whose name the text writes right before a post
    and the person's name (上海磊禹科技有限公司负责人 赵霏). The team is the organisation: its works and its
    members are the organisation's (赵霏和他的团队…已累计上传58个作品)."""
    text = ctx.simplified
    if "团队" not in text:
        return []
    people = [m for m in ctx.mentions if m.label is Label.PERSON]
    orgs = [h for h in holders if h.label is Label.ORGANIZATION]
    by_id = {}
    for h in orgs:
        by_id.setdefault(ctx.owner.get(h, ""), h)
    heads: dict[str, Mention] = {}
    people_of: dict[str | None, list[Mention]] = {}  # by their entity, in order: a relation's people looked up
    for p in people:
        people_of.setdefault(ctx.owner.get(p), []).append(p)
    for r in ctx.read:
        if r.kind is RelationKind.HOLDS_ROLE and r.target in by_id:
            for p in people_of.get(r.source, ()):
                heads.setdefault(p.simplified, by_id[r.target])
    # the longest name written at a place: one candidate of each length, so lengths are tried, not every name
    names = {p.simplified for p in people}
    lengths = sorted({len(n) for n in names}, reverse=True)
    roles = tuple(sorted(ctx.lexicon.role_words, key=len, reverse=True))
    for h in orgs:
        role = first_at(text, roles, h.end, default=None)
        if role is not None:  # (the name after the post may be one no extractor marked there: a person's elsewhere)
            at = _SPACES.match(text, h.end + len(role)).end()
            name = next((text[at:at + k] for k in lengths if text[at:at + k] in names), None)
            if name is not None:
                heads.setdefault(name, h)
    out = []
    for p in people:
        team = _HIS_TEAM.match(text, p.end)
        if p.simplified in heads and team is not None:
            out.append((p.start, team.end(), heads[p.simplified]))
    if out:  # …。团队九名成员虽然…: 团队 opening a clause after a person's team is that team
        out += [(m.start(), m.end(), max((t for t in out if t[1] <= m.start()), key=lambda t: t[1])[2])
                for m in find_all("团队", text) if m.start() > out[0][1]
                and (m.start() == 0 or CLAUSE_BREAK.match(text[m.start() - 1]))]
    return out


def _official_bodies(ctx: RelationContext) -> list[tuple[int, int, Mention]]:
    """(start, end, body) of each body no extractor named that opens a clause right before its official account or
    site (中影南方官方微博发布…, X官网) and is written at least twice: an organisation derived wherever it is written
    (但中影南方电影新干线在官方微博发布…: 中影南方)."""
    text = ctx.simplified
    # (a recogniser may take the account for the body: 中影南方官方微博)
    covered = {i for m in ctx.mentions if m.label is not Label.COUNT and not m.simplified.endswith(_ACCOUNTS)
               for i in range(m.start, m.end)}
    names = {m.group(1) for m in _matches(_OFFICIAL, text, "官") if covered.isdisjoint(range(m.start(1), m.end(1)))
             and m.group(1)[0] not in _DETERMINERS}
    out = []
    for name in sorted(names):
        found = [m.span() for m in find_all(name, text) if covered.isdisjoint(range(m.start(), m.end()))]
        if len(found) >= 2:
            out += [(s, e, Mention(ctx.doc.id, s, e, ctx.text[s:e], name, Label.ORGANIZATION, DERIVED, canonical=name))
                    for s, e in found]
    return out


# Halls of culture no extractor named (盖蒂博物馆, 蒸汽机车陈列馆): a run of letters after a break or a function word,
# ending in the kind of hall (session 19). Not a determiner's (该博物馆, 这个纪念馆): an anaphor, not a name; nor one
# after a verb of going (行至图书馆, 走进博物馆).
_HALL_WORDS = r"(?:博物馆|陈列馆|纪念馆|图书馆|美术馆|科技馆|展览馆|艺术馆|档案馆)"
_HALL = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[的但而由是和与及据]))"
                   r"([^\W\d_的了在于和与及是将为对向从到至往进入去来回走行访等个名家年月日但而由据这那该此本各每其新老另"
                   r"一二两三四五六七八九十百千万几数座所]{2,8}?"
                   + _HALL_WORDS + ")")
_HALL_CUE = "馆"


def _halls(ctx: RelationContext) -> list[tuple[int, int, Mention]]:
    """(start, end, hall) of each museum, library or hall of culture no extractor named, wherever its name is written
    (但盖蒂博物馆只同意归还26件 -> 盖蒂博物馆; 沈阳市的蒸汽机车陈列馆…已收藏16台 -> the hall)."""
    text = ctx.simplified
    if _HALL_CUE not in text:
        return []
    covered = ctx.covered((Label.ORGANIZATION,))
    counted = ctx.covered((Label.COUNT,))  # 贵州另外两座村寨博物馆: a count's noun, no hall's name
    names = {m.group(1) for m in _HALL.finditer(text) if covered.isdisjoint(range(m.start(1), m.end(1)))
             and counted.isdisjoint(range(m.start(1), m.end(1)))}
    return _derived_wherever_written(ctx, names, covered)


def _projects(ctx: RelationContext) -> list[tuple[int, int, Mention]]:
    """(start, end, project) of each housing project no extractor named that the text writes before 项目 or
    楼盘 (润泽·悦溪项目), at every place its name is written (润泽·悦溪开盘…本次开盘共400套)."""
    covered = ctx.covered(but=(Label.COUNT,))
    names = sorted({m.group() for m in _matches(_PROJECT, ctx.simplified, "·")
                    if covered.isdisjoint(range(m.start(), m.end()))})
    out = []
    for name in names:
        for m in find_all(name, ctx.simplified):
            if covered.isdisjoint(range(m.start(), m.end())):
                s, e = m.span()
                out.append((s, e, Mention(ctx.doc.id, s, e, ctx.text[s:e], name, Label.ORGANIZATION, DERIVED,
                                          canonical=name)))
    return out


def _schools(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, school) of each school or association no extractor named right after a place (洛杉矶…(Americana)
    按摩学院 -> 按摩学院; 香港律师会): an organisation derived if its members' count goes to it."""
    covered = ctx.covered(but=(Label.COUNT,))
    out = []
    for place in (h for h in holders if h.label is Label.PLACE):
        m = _SCHOOL_AFTER_PLACE.match(ctx.simplified, place.end)
        if m and covered.isdisjoint(range(m.start(1), m.end(1))):
            # glued to its place, the body is named with it (香港律师会); after a bracket, alone (按摩学院)
            s, e = (place.start if m.start(1) == place.end else m.start(1)), m.end(1)
            out.append((s, e, Mention(ctx.doc.id, s, e, ctx.text[s:e], ctx.simplified[s:e], Label.ORGANIZATION, DERIVED,
                                      canonical=ctx.simplified[s:e])))
    return out


def _events(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, event) of each event no extractor named whose name ends in a word of its kind (论坛, 峰会, 博览会,
    教育展…): one opening with a place of the document (2011中国国际教育展 -> 中国国际教育展), or one written at least
    twice, once opening a clause or after its session (第五届两岸经贸文化论坛…。两岸经贸文化论坛已经成功地举办过四届).
    A count in a sentence about the event is its (在2011中国国际教育展上，20个国家级教育机构 -> the fair)."""
    text = ctx.simplified
    covered = ctx.covered((Label.ORGANIZATION,))
    names: set[str] = set()
    for place in (h for h in holders if h.label is Label.PLACE):
        m = _EVENT_AFTER_PLACE.match(text, place.end)
        if m and covered.isdisjoint(range(place.start, m.end())):
            names.add(text[place.start : m.end()])
    opening = {m.group(1) for m in _matches(_EVENT_NAME, text, _EVENT_WORD) if covered.isdisjoint(range(m.start(1), m.end(1)))
               and len(m.group(1)) >= _EVENT_NAME_LENGTH and m.group(1)[0] not in _DETERMINERS}
    names |= {name for name in opening if sum(1 for _ in find_all(name, text)) >= 2}
    # (a name in quotation marks may hold a body's: “恒达家居落户苏州三周年庆典” is the event's name all the same)
    quoted = {m.group(1) for m in _matches(_QUOTED_EVENT, text, "”")}
    names |= quoted
    names |= {m.group(1) for m in _matches(_SESSION_EVENT, text, _EVENT_WORD)
              if covered.isdisjoint(range(m.start(1), m.end(1))) and m.group(1)[0] not in _DETERMINERS}
    return _derived_wherever_written(ctx, names, covered, anywhere=quoted)


@lru_cache(maxsize=4)  # a Lexicon hashes by identity
def _anaphora_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """The lexicon's anaphors as one pattern, longest first, each not followed by what makes it another word."""
    words = sorted(lexicon.anaphora, key=lambda w: (-len(w), w))
    return re.compile("|".join(f"{re.escape(w)}(?![{_NOT_AFTER_SHORT if len(w) == 2 else _NOT_AFTER}])"
                               for w in words))


def _anaphors(ctx: RelationContext, holders: list[Mention], teams: frozenset[Mention] = frozenset(),
              records: frozenset[int] = frozenset()) -> list[tuple[int, int, Mention]]:
    """(start, end, antecedent) of each anaphor with a fitting organisation or place before it; a team known by
    its record (``teams``, or a holder where a record is: ``records``) fits 全队 and 该队 whatever its name ends in,
    and is preferred to any other team, as is a club ``teams.tsv`` lists (湖人队, canonically 湖人) to none. Of the
    organisations of the sentence that holds the nearest fitting one, the last opening a clause (its subject) is
    taken (湖人队客场击败了凯尔特人队。全队… -> 湖人队)."""
    table = ctx.lexicon.anaphora
    if not table:
        return []
    pattern = _anaphora_pattern(ctx.lexicon)
    known = ctx.lexicon.known_organisations
    text = ctx.simplified
    home = _home_place(holders)
    out = []
    # the holders an anaphor's word fits depend on the word alone: sorted out once a word, not once an occurrence
    # (one long line holds hundreds of 该公司, session 27)
    fitting_of: dict[str, list[Mention]] = {}
    for m in pattern.finditer(ctx.simplified):
        if m.group() in _WITHIN and not _opens_clause(text, m.start()) and not (
                m.group() in _WITHIN_ANYWHERE and text[m.start() - 1 : m.start()] not in _NOT_BEFORE_COUNTY):
            continue  # 城市内, 超市内: no anaphor but a word's tail (session 27)
        label, heads = table[m.group()]
        wanted = Label.ORGANIZATION if label == "org" else Label.PLACE
        fitting = fitting_of.get(m.group())
        if fitting is None:
            fitting = fitting_of[m.group()] = [h for h in holders if ((h.label is wanted
                   and (not heads or h.name.endswith(heads) or h.simplified.endswith(heads)
                        # (a club teams.tsv lists: 湖人队 is 湖人, and 全队 still stands for it)
                        or ((h in teams or h.extractor == MentionSource.ORG_TEAM) and "队" in heads)
                        # a national squad by its sport's short form (中国女排, 日本男篮) is a team too
                        or ("队" in heads and h.simplified.endswith(_SQUAD_SHORTS))
                        # 该公司, 该集团 stand for a company known by a name with no generic ending (中华电信, 新鸿基地产)
                        or ("公司" in heads and _is_company(h, known)))
                   ) or (m.group() == _DISTRICT_WITHIN and h.label is Label.ORGANIZATION
                         and h.simplified.endswith(_DISTRICT_COUNCIL)))
                   and not (h.label is Label.PLACE and ctx.simplified.endswith(_STATIONED, 0, h.start))]
        before = [h for h in fitting if h.end <= m.start()]
        later = [h for h in fitting if h.start >= m.end()]
        recorded = [h for h in before if h in teams or h.start in records]
        if recorded and "队" in heads:  # a game report's section: the team whose record heads it (小牛(57-25)…。全队)
            out.append((m.start(), m.end(), max(recorded, key=lambda h: (h.end, -h.start))))
        elif before:
            nearest = max(before, key=lambda h: (h.end, -h.start))
            if wanted is Label.ORGANIZATION:  # 湖人队击败了凯尔特人队。全队…: the subject of that sentence, not its object
                opening = max((b.end() for b in _SENTENCE_BREAK.finditer(text, 0, nearest.start)), default=0)
                subjects = [h for h in before if h.start >= opening and _opens_clause(text, h.start)]
                nearest = max(subjects, key=lambda h: (h.end, -h.start)) if subjects else nearest
            else:  # 鹿港镇是台湾著名古镇。当地…: the place the copula describes, not one describing it (owners59)
                nearest = _copula_subject(text, before, nearest) or nearest
            out.append((m.start(), m.end(), nearest))
        elif wanted is Label.ORGANIZATION and m.group().startswith("该") and later:
            # 该校已为首都培育…人才10万多人。…北京市财贸管理干部学院…: with none before, the nearest body of its kind the
            # document names after it (a passage whose sentences run in reverse, a lead before the story; session 23)
            out.append((m.start(), m.end(), min(later, key=lambda h: (h.start, -h.end))))
        elif m.group() == _LOCAL and home is not None:
            # 当地新增3例: with no place before, the place the document names most (session 26; 本地 with no place of
            # Hong Kong, Macau or Taiwan before is left to the clause's holder: 北京市卫健委通报，本地新增3例)
            out.append((m.start(), m.end(), home))
        elif label == "place" and heads and len(heads[0]) > 1 and m.group() not in _LOCAL_WORDS and (
                len(heads) == 1 or all(len(h) == 1 for h in heads[1:])):
            # 本港, 全澳, 全台 name one place: with none named before, that place (derived only if it owns a count);
            # so do 岛内, 全岛, 本岛 in Taiwan's news (台湾|岛: one place, or an island by its kind; session 26)
            out.append((m.start(), m.end(), Mention(ctx.doc.id, m.start(), m.end(), ctx.text[m.start():m.end()],
                                                    m.group(), Label.PLACE, DERIVED, canonical=heads[0])))
    return out


# Within a division of a kind (县内, 省内, 市内): an anaphor only opening a clause (嘉义县政府指出，县内目前有…), as the
# letters may end another word (城市内, 超市内; session 27).
# 区内 (session 29) stands for a district, or for the district council named before it (its area, its counts)
_DISTRICT_WITHIN = "区内"
_DISTRICT_COUNCIL = "区议会"
_WITHIN = frozenset({"县内", "省内", "市内", _DISTRICT_WITHIN})
# 县 closes no common word but a county's, so 县内 after a verb stands for the county too (花莲县政府统计，地震造成县内
# 17栋建筑受损, session 28); 市内 and 省内 may be a word's tail (城市内, 超市内, 节省内存), and 州县, 郡县 are counties in general.
_WITHIN_ANYWHERE = frozenset({"县内"})
_NOT_BEFORE_COUNTY = ("州", "郡")
# 当地 with no place before it stands for the document's own place; neither it nor 本地 stops a holder carried past it
# (session 26).
_LOCAL = "当地"
_LOCAL_WORDS = (_LOCAL, "本地")
# Anaphors of housing projects (该项目, 该楼盘: derived where the project's name is written) and of events (该活动, 本届比赛:
# an unnamed campaign is often the holder's own) stop no holder carried past them when unresolved.
_UNSTOPPING_KINDS = ("项目", "楼盘", "大赛", "比赛", "锦标赛")


def _copula_subject(text: str, places: list[Mention], place: Mention) -> Mention | None:
    """The place a clause opens with when ``place`` is in what its copula says of it (彰化县鹿港镇是台湾著名古镇:
    鹿港镇, the last of the places glued one after another that open the clause), else None.

    >>> from zhkg.records import Mention, Label
    >>> t = "彰化县鹿港镇是台湾著名古镇。"
    >>> ms = [Mention("d", s, e, t[s:e], t[s:e], Label.PLACE, "x") for s, e in ((0, 3), (3, 6), (7, 9))]
    >>> _copula_subject(t, ms, ms[2]).name, _copula_subject(t, ms, ms[1])
    ('鹿港镇', None)
    """
    clause_start = place.start
    while clause_start > 0 and not _opens_clause(text, clause_start):
        clause_start -= 1
    at = _SUBJECT_OPENING.match(text, clause_start).end()
    chain = None
    for h in sorted((h for h in places if at <= h.start < place.start), key=lambda h: h.start):
        if h.start != at:
            break
        chain, at = h, h.end
    if chain is None or chain is place:
        return None
    return chain if _COPULA.match(text, _ADVERBS_OPENING.match(text, chain.end).end()) else None


def _home_place(holders: list[Mention]) -> Mention | None:
    """The place the document names most often (a place of the gazetteer, not a deixis), the first named on a tie:
    what 当地 stands for when no place is named before it.

    >>> from zhkg.records import Mention, Label
    >>> ms = [Mention("d", s, s + 2, n, n, Label.PLACE, "x") for s, n in ((0, "上海"), (5, "广州"), (9, "广州"))]
    >>> _home_place(ms).name, _home_place([])
    ('广州', None)
    """
    places = [h for h in holders if h.label is Label.PLACE and h.extractor not in (MentionSource.DEIXIS, DERIVED)]
    if not places:
        return None
    times: dict[str, int] = {}
    for h in places:
        times[h.simplified] = times.get(h.simplified, 0) + 1
    return max(places, key=lambda h: (times[h.simplified], -h.start))


def _unresolved_anaphors(ctx: RelationContext, resolved: AbstractSet[int], openings: Sequence[int]) -> list[int]:
    """Where an anaphor of the table with no antecedent opens a clause as its subject (该公司 with no company named):
    what it points to is none of the holders named, so none carries past it (session 26). Not 当地/本地, a housing
    project (该项目, 该楼盘: derived where their names are written), 区内 (a zone's area), an event or an activity (该活动 with no event
    named is often the holder's own campaign) nor a place with no kind (该地, 该地区)."""
    table = ctx.lexicon.anaphora
    if not table:
        return []
    pattern = _anaphora_pattern(ctx.lexicon)
    out = []
    for at in openings:
        m = pattern.match(ctx.simplified, at)
        if m is None or at in resolved or m.group() in (*_LOCAL_WORDS, _DISTRICT_WITHIN):
            continue  # (区内 with no district named: a zone's, 试验区…区内已有920多家外资企业, is carried on)
        label, heads = table[m.group()]
        if (label == "place" and not heads) or any(h in _UNSTOPPING_KINDS for h in heads):
            continue
        out.append(at)
    return out


# A determiner and the kind a body named before ends in (中国体育代表团…。本届代表团共有运动员977名; 第十届中国国际汽车博览会…。
# 本届博览会共吸引了500家企业) stand for that body, though the anaphora table lists no such pair (session 24).
_KIND_DETERMINERS = re.compile(r"本届|此次|本次|这次|这届|今届|该")
_KIND_LENGTHS = (4, 3, 2)


def _determined_kinds(ctx: RelationContext, holders: list[Mention], taken: set[int]) -> list[tuple[int, int, Mention]]:
    """(start, end, body) of each determiner and kind (本届代表团, 此次博览会) where no mention or anaphor is, the kind being
    how an organisation named before it, longer than the kind, ends: the nearest such organisation."""
    text = ctx.simplified
    covered = ctx.covered(but=(Label.COUNT,))
    orgs = [h for h in holders if h.label is Label.ORGANIZATION]
    of_kind: dict[str, NearestBefore] = {}
    # the organisations each kind ends, found by their names' endings (one long line names thousands, session 27)
    ending: dict[str, list[Mention]] = {}
    for h in orgs:
        for length in _KIND_LENGTHS:
            if len(h.name) > length:
                ending.setdefault(h.name[-length:], []).append(h)
    out = []
    for m in _KIND_DETERMINERS.finditer(text):
        if m.start() in taken or m.end() in covered:
            continue
        for length in _KIND_LENGTHS:
            kind = text[m.end() : m.end() + length]
            if len(kind) < length or not _HAN.match(kind):
                continue
            if kind not in of_kind:
                of_kind[kind] = NearestBefore(ending.get(kind, ()))
            body = of_kind[kind].at(m.start())
            if body is not None:
                out.append((m.start(), m.end() + length, body))
                break
    return out


def _opens_clause(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a clause or a sentence of ``text``, past opening quotes."""
    while pos > 0 and text[pos - 1] in _OPENING:
        pos -= 1
    return pos == 0 or CLAUSE_BREAK.match(text[pos - 1]) is not None or _SENTENCE_BREAK.match(text[pos - 1]) is not None


def _is_company(h: Mention, known) -> bool:
    """Whether an organisation is a company ``organisations_known.tsv`` lists, by its name or by the known name its
    name opens with (新鸿基地产 of 新鸿基), though no generic ending says so."""
    name = h.simplified
    return any(known.get(name[:k], ("",))[0] == "company" for k in range(len(name), 1, -1))


def _short_forms(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, antecedent) of each bare short form opening a clause: 乐园 for the 迪斯尼乐园 named before
    (乐园扩建后…), 公司 for the company. Only a clause opening: inside a clause the two characters are
    usually part of another word or a generic noun."""
    text = ctx.simplified
    orgs = [h for h in holders if h.label is Label.ORGANIZATION and len(h.name) >= 4]
    # a form ending as a body's name ends (乐园, 大学, 银行); not a product's generic noun (债券 of 国投瑞银融华债券:
    # 债券市场的机会不大 is no fund's), nor 基金, 证券 or 保险, which open many other words (基金经理, 证券市场)
    suffixes = ctx.lexicon.org_suffixes
    forms = {h.name[-2:] for h in orgs if _CJK_PAIR.match(h.name[-2:])
             and (h.name[-1] in _BODY_LETTERS or h.name[-2:] in suffixes)}
    # a company known by a name with no generic ending (贵州茅台, 宁德时代) is 公司 too
    known = ctx.lexicon.known_organisations
    companies = [h for h in holders if h.label is Label.ORGANIZATION and _is_company(h, known)]
    is_company = set(companies)  # (the same mentions by equality as the list: a set is not scanned per occurrence)
    if companies:  # ...and then the nearest company before, whatever its ending (丹麦jysk集团…，公司将…); 集团 too
        forms |= set(_COMPANY_WORDS)  # (长江和记实业…。集团表示，旗下…)
        named = set(orgs)
        orgs = orgs + [h for h in companies if h not in named]
    covered = {i for h in holders for i in range(h.start, h.end)}
    out = []
    for form in sorted(forms):
        # the antecedents a form may have, in the order of max's key: the nearest before an occurrence is found
        # by bisection, not by a scan of every organisation of the document at every occurrence
        fitting = NearestBefore(h for h in orgs if h.name.endswith(form) or form in _COMPANY_WORDS and (
            h in is_company or h.name.endswith(_COMPANY_WORDS)))
        for m in find_all(form, text):
            at = m.start()
            while at > 0 and text[at - 1] in _OPENING:
                at -= 1
            if at > 0 and not CLAUSE_BREAK.match(text[at - 1]):
                continue
            if text[m.end() : m.end() + 1] in _NOT_AFTER_SHORT_FORM or m.start() in covered:
                continue
            nearest = fitting.at(m.start())
            if nearest is not None:
                out.append((m.start(), m.end(), nearest))
    return out


def _echoes(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, holder) of each further occurrence of a holder's name that no mention covers: the
    extractors found 安省 four times in an article but not in 为安省达成了6个贸易协议 (jieba's 为安省), and
    the same name in one document is the same holder."""
    covered = ctx.covered()
    first: dict[str, Mention] = {}
    for h in holders:
        if len(h.simplified) >= 2 and _HAN.match(h.simplified):
            first.setdefault(h.simplified, h)
    out = []
    for form, holder in sorted(first.items()):
        for m in find_all(form, ctx.simplified):
            if covered.isdisjoint(range(m.start(), m.end())):
                out.append((m.start(), m.end(), holder))
    return out


# What a company's two-letter short name (长盛 of 长盛基金, 嘉实 of 嘉实基金) is followed by when it opens a clause as
# the company: most two-letter rests are words too (南方, 华夏), so only these make it the company.
_SHORT_NAME_PREDICATES = ("旗下", "拥有", "表示", "宣布", "公告", "透露", "介绍", "目前", "现有", "共有", "已有", "称")


class _Reach:
    """Whether one of some spans (sorted by start, as a context's mentions) overlaps or holds a span: by bisection on
    their starts and the furthest end among the first of them, not by a scan of every span (a long document's
    readers ask for each of thousands of mentions).

    >>> r = _Reach([(0, 4), (2, 3), (6, 8)])
    >>> r.overlaps(3, 5), r.overlaps(4, 6), r.holds(2, 3), r.holds(6, 8), r.holds(1, 4)
    (True, False, True, False, True)
    """

    def __init__(self, spans: list[tuple[int, int]]):
        self._spans = spans
        self._starts = [s for s, _ in spans]
        self._reach = list(accumulate((e for _, e in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span starts before ``end`` and ends after ``start``."""
        k = bisect_left(self._starts, end)
        return k > 0 and self._reach[k - 1] > start

    def holds(self, start: int, end: int) -> bool:
        """Whether a longer span holds ``[start, end)``: one starting before it and ending at or after its end, or
        starting with it and ending after it."""
        k = bisect_left(self._starts, start)
        if k > 0 and self._reach[k - 1] >= end:
            return True
        return any(e > end for _, e in self._spans[k : bisect_right(self._starts, start)])


def _bare_names(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, organisation) of each organisation's name written without its generic ending (景顺长城表示
    for 景顺长城基金) where no organisation is marked: the same body. Not when the rest names a place
    of the document (上海 of 上海银行), nor when it is shorter than three characters, unless two letters open a
    clause before a body's verb (长盛旗下8只开放式基金, “嘉实拥有…: the company)."""
    places = {h.simplified for h in holders if h.label is Label.PLACE}
    orgs = _Reach([m.span for m in ctx.mentions if m.label is Label.ORGANIZATION])
    bare: dict[str, Mention] = {}
    short: dict[str, Mention] = {}  # two letters (长盛 of 长盛基金): only opening a clause, before a body's verb
    for h in holders:
        if h.label is not Label.ORGANIZATION:
            continue
        name = h.simplified
        ending = next((e for e in _GENERIC_ENDINGS if name.endswith(e)), "")
        rest = name[: len(name) - len(ending)]
        if ending and len(rest) >= 3 and _HAN.match(rest) and rest not in places:
            bare.setdefault(rest, h)
        # (长盛基金公司: both endings go)
        inner = next((e for e in _GENERIC_ENDINGS if rest.endswith(e) and len(rest) - len(e) == 2), "")
        core = rest[: len(rest) - len(inner)] if inner else rest
        if ending and len(core) == 2 and _HAN.match(core) and core not in places:
            short.setdefault(core, h)
    out = []
    text = ctx.simplified
    for form, holder in sorted(bare.items()):
        for m in find_all(form, text):
            if not orgs.overlaps(m.start(), m.end()):
                out.append((m.start(), m.end(), holder))
    for form, holder in sorted(short.items()):
        for m in find_all(form, text):
            at = m.start()
            while at > 0 and text[at - 1] in _OPENING:
                at -= 1
            if ((at == 0 or CLAUSE_BREAK.match(text[at - 1]) or _SENTENCE_BREAK.match(text[at - 1]))
                    and text.startswith(_SHORT_NAME_PREDICATES, m.end())
                    and not orgs.overlaps(m.start(), m.end())):
                out.append((m.start(), m.end(), holder))
    return out


def _plural_subjects(ctx: RelationContext, spots: list[tuple[int, int, Mention]],
                     breaks: list[int]) -> list[tuple[int, int, Mention]]:
    """(start, end, organisation) of each 他们/它们 opening a clause, standing for the organisation opening the
    nearest of the four clauses before it, past a conjunction (但灰熊队的后劲也不错,他们在过去8场比赛赢下7场 ->
    灰熊队), unless a person opens a clause in between (then 他们 are people)."""
    text = ctx.simplified
    openings = set(breaks) | {0}
    # the people's starts in order: whether one falls between two offsets is found by bisection (a long sentence
    # holds hundreds of people and as many 其)
    people = sorted(ctx.person_starts)
    out = []
    for m in _PLURAL_SUBJECT.finditer(text):
        at = m.start()
        while at > 0 and text[at - 1] in _OPENING:
            at -= 1
        if at not in openings:
            continue
        k = bisect_right(breaks, at - 1)
        window = breaks[max(0, k - _PLURAL_CLAUSES)] if k > _PLURAL_CLAUSES else 0
        before = [s for s in spots if window <= s[0] < at and s[2].label is Label.ORGANIZATION
                  and (s[0] in openings or any(s[0] - len(c) in openings and text.startswith(c, s[0] - len(c))
                                               for c in _CLAUSE_CONJUNCTIONS))]
        if not before:
            continue
        last = max(before, key=lambda s: s[0])
        if any(p in openings for p in people[bisect_right(people, last[0]):bisect_left(people, at)]):
            continue
        out.append((m.start(), m.end(), last[2]))
    sentence_starts = [0] + [b.end() for b in _SENTENCE_BREAK.finditer(text)]
    # the organisations by their ends, last first (the first named of one end first): the one ending last before 其
    # in its sentence is the first, from where ends reach 其, that starts in the sentence (not a scan of every spot)
    ending = sorted((i for i, s in enumerate(spots) if s[2].label is Label.ORGANIZATION), key=lambda i: (-spots[i][1], i))
    ending_keys = [-spots[i][1] for i in ending]
    for at in (m.start() for m in find_all(_ITS, text) if m.start() in openings and not text.startswith(_NOT_ITS, m.start())):
        start = sentence_starts[bisect_right(sentence_starts, at) - 1]
        last = None
        for i in ending[bisect_left(ending_keys, -at):]:
            if spots[i][1] < start:
                break
            if spots[i][0] >= start:
                last = spots[i]
                break
        if last is not None and bisect_left(people, last[1]) == bisect_left(people, at) \
                and not _unnamed_body_before(text, at):
            out.append((at, at + 1, last[2]))
    return out


def _unnamed_body_before(text: str, at: int) -> bool:
    """Whether the clause ending right before ``at`` has a body the text does not name as its object (收购了一家…家具
    企业，其…), not as what its copula says the subject is (万科是一家公司，其…: 其 is 万科).

    >>> _unnamed_body_before("美克美家收购了一家企业，其麾下", 12), _unnamed_body_before("万科是一家公司，其旗下", 8)
    (True, False)
    """
    m = _UNNAMED_BODY.search(text, max(0, at - _UNNAMED_REACH), at)
    return m is not None and _COPULA.search(m.group(1)) is None


def _is_source(text: str, start: int, end: int) -> bool:
    """Whether the holder at ``[start, end)`` is the source of a report (据…透露, X的最新数据显示, 据美国《侨报》报道),
    not an owner: a paper's title marks around it are skipped, and a paper in them that says or reports is a
    source without 据 (英国《卫报》6日称，…). So is a body that speaks (国金证券认为，…; 国土部官员
    表示，…; …地板专业委员会秘书长吕斌介绍，…) or lets others do what is counted (证监会明确允许9家…基金公司)."""
    if text.startswith(_OWN_DATA, end):
        return False  # 据NBA官方公布的数据: a body's own official figures are its own
    if _REPORTER.match(text, end) or _PERMITS.match(text, end) or text[start - 1:start] == "《" \
            and _PAPER_SAYS.match(text, end):
        return True
    if text[end:end + 1] == "《":
        close = text.find("》", end, end + 16)
        if close > 0 and _PAPER_SAYS.match(text, close):
            return True  # 英国《卫报》6日称: the paper's country is no owner either
    while start > 0 and text[start - 1] in _TITLE_MARKS:
        start -= 1
    while end < len(text) and text[end] in _TITLE_MARKS:
        end += 1
    if _SOURCE_AFTER.match(text, end) is not None and _SOURCE_BEFORE[0] in text[max(0, start - 8) : start]:
        return True  # 据美国《侨报》报道: a place before the paper's name does not hide the 据
    if _DATELINE.match(text, end):
        return True  # 中新网9月19日电: the agency of a dateline
    return text.endswith(_SOURCE_BEFORE, 0, start) or _SOURCE_AFTER.match(text, end) is not None


def _abbreviations(ctx: RelationContext, holders: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(start, end, organisation) of each short form of a long organisation name of the document: its
    first four characters, then some of the rest in order, ending as it ends (武汉工程职院 of
    武汉工程职业技术学院), so the place the short form opens with (武汉) is not taken for the holder."""
    text = ctx.simplified
    out = []
    for org in {h.name: h for h in holders if h.label is Label.ORGANIZATION and len(h.name) >= 6}.values():
        name = org.name
        for m in find_all(name[:4], text):
            for length in range(len(name) - 1, 4, -1):
                short = text[m.start() : m.start() + length]
                if short[-1] == name[-1] and _HAN.match(short) and _in_order(short, name):
                    out.append((m.start(), m.start() + length, org))
                    break
    return out


def _in_order(short: str, name: str) -> bool:
    """Whether the characters of ``short`` are characters of ``name`` in the same order."""
    rest = iter(name)
    return all(ch in rest for ch in short)


def _cut_too_long(spots: list[tuple[int, int, Mention]], lexicon_heads: frozenset[str],
                  text: str = "") -> list[tuple[int, int, Mention]]:
    """Spots whose organisation is another organisation of the document plus one to three characters that
    end no body's name (广发基金中标 of a headline, beside 广发基金) stand for that organisation; not one written right
    after a word of holding (万科旗下的万科物业: a part of the group, owners59)."""
    heads = tuple(lexicon_heads)  # any of them tested in one str.endswith
    orgs = {s[2].name: s[2] for s in spots if s[2].label is Label.ORGANIZATION}
    out = []
    for start, end, holder in spots:
        name = holder.name
        if holder.label is Label.ORGANIZATION and not name.endswith(_BODY_ENDINGS) \
                and not name.endswith(heads) and not text.endswith(_HOLDING_WORDS, 0, start - text.endswith("的", 0, start)):
            shorter = next((orgs[name[:k]] for k in range(len(name) - 1, max(len(name) - 4, 1), -1)
                            if name[:k] in orgs), None)
            if shorter is not None:
                holder = shorter
        out.append((start, end, holder))
    return out


def _counts_a_list(text: str, clause_start: int, count: Mention) -> bool:
    """Whether the count names the category of a list right before it (天河、番禺和荔湾成为三大领军区域; X和Y是
    仅有的两只…): as many items as the count says (or a list ending in 等) joined by 、/和/及/与 as the subject
    of a copula before the count. Such a count is the list's: none of its items owns it, nor their owner."""
    if count.quantity is None or not count.quantity.value.is_integer():
        return False
    before = text[clause_start : count.start]
    copulas = list(_COPULA.finditer(before))
    if not copulas:
        return False
    subject = _ADVERBS_BEFORE_COPULA.sub("", before[: copulas[-1].start()])
    items = [item for item in _LIST_SPLIT.split(subject) if item.strip()]
    if len(items) < 2 or any(len(item) > 16 or " " in item for item in items):
        return False
    return int(count.quantity.value) == len(items) or subject.endswith("等")


def _glued_initials(spots: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """A place no gazetteer knows whose name is one character (a country's initial: 加 of 加拿大) before
    another place of the document (加安省: 安省), or a longer place's first character and its ending
    (加安省 for 加拿大安省), stands for that place."""
    places: dict[str, Mention] = {}
    for _, _, h in spots:
        if h.label is Label.PLACE:
            places.setdefault(h.simplified, h)
            places.setdefault(h.name, h)
    out = []
    for start, end, holder in spots:
        name = holder.simplified
        if holder.label is Label.PLACE and not holder.code and len(name) >= 3 and _HAN.match(name):
            # 安省 itself, else a longer place opening with the initial and ending the same (加拿大安省)
            found = places.get(name[1:]) or next(
                (h for form, h in sorted(places.items()) if len(form) > len(name) and form[0] == name[0]
                 and form.endswith(name[1:])), None)
            if found is not None and found is not holder:
                holder = found
        out.append((start, end, holder))
    return out


def _latin_runs(ctx: RelationContext, spots: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """A body of Latin letters written one space after another (NBA TV: NBA, then a recogniser's TV) is one name,
    the channel of the first: the later spot stands for the whole name."""
    text = ctx.simplified
    latin = {s[0]: s for s in spots if s[2].label is Label.ORGANIZATION and _LATIN.fullmatch(text[s[0] : s[1]])}
    out = []
    for start, end, holder in spots:
        first = next((f for f in latin.values() if f[1] == start - 1 and text[f[1]] == " "), None)
        if start in latin and first is not None:
            name = text[first[0] : end]
            holder = Mention(ctx.doc.id, first[0], end, ctx.text[first[0] : end], name, Label.ORGANIZATION, DERIVED,
                             canonical=name)
            start = first[0]
        out.append((start, end, holder))
    return out


def _determined_bodies(text: str, spots: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """A body written after a determiner (本届亚运代表团, 该…, 此次…) whose name ends as one named before it ends (its
    last three characters: 代表团) is that one (中华台北代表团…。本届亚运代表团共有558名选手 -> 中华台北代表团)."""
    out = []
    for start, end, holder in spots:
        name = holder.name
        if holder.label is Label.ORGANIZATION and len(name) >= 4 and text.endswith(_DETERMINED, 0, start):
            before = [s for s in spots if s[1] <= start and s[2].label is Label.ORGANIZATION
                      and s[2].name != name and s[2].name.endswith(name[-3:])]
            if before:
                holder = max(before, key=lambda s: (s[1], -s[0]))[2]
        out.append((start, end, holder))
    return out


def _suffix_forms(spots: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """An organisation whose name (three characters or more) ends a longer organisation's name written before it
    stands for that one (沙田区议会…。区议会共有41名议员 -> 沙田区议会), the nearest if several; and a place of one
    character no gazetteer knows (a headline's 澳) is the one place of the document whose name opens with it (澳洲)."""
    place_starts = {s[0] for s in spots if s[2].label is Label.PLACE}
    names = {s[2].name for s in spots if s[2].label is Label.ORGANIZATION}
    # only a longer name opening with a place or an organisation (沙田区议会, 国务院国土部), not one a recogniser cut
    # too long (课程质量保证体系同济大学, 非银行系基金公司)
    # a name opening with another is found by its own openings, not by trying every name (one long line names
    # thousands of organisations, session 27)
    orgs = sorted((s for s in spots if s[2].label is Label.ORGANIZATION and (
        s[0] in place_starts or any(s[2].name[:k] in names for k in range(len(s[2].name))))),
                  key=lambda s: s[1])
    org_ends = [s[1] for s in orgs]
    # which of orgs (their indices, in order) end with each shorter name of three letters or more
    longer_of: dict[str, list[int]] = {}
    for i, (_, _, org) in enumerate(orgs):
        for k in range(1, len(org.name) - 2):
            longer_of.setdefault(org.name[k:], []).append(i)
    places = {s[2].name: s[2] for s in spots if s[2].label is Label.PLACE and len(s[2].simplified) > 1}
    out = []
    for start, end, holder in spots:
        name = holder.name
        if holder.label is Label.ORGANIZATION and len(name) >= 3:
            # the last of them ending by the start (orgs sort by end)
            longer = longer_of.get(name, [])
            last = bisect_left(longer, bisect_right(org_ends, start)) - 1
            if last >= 0:
                holder = orgs[longer[last]][2]
        elif holder.label is Label.PLACE and not holder.code and len(holder.simplified) == 1:
            opening = {n: p for n, p in places.items() if holder.simplified in (p.simplified[0], n[0])}
            if len(opening) == 1:
                holder = next(iter(opening.values()))
        out.append((start, end, holder))
    return out


def _nationality(place: Mention, count: Mention, end: int = -1) -> bool:
    """Whether a country (or region) right before a count of people opening with its noun says who they are,
    not whose they are (中国学生仅有200余名 at a Spanish university; but 北京市商品住宅成交14405套 is Beijing's); ``end``:
    where the place's words end when a 的 or a list of places follows it (日本和美国的研究人员约120人)."""
    end = place.end if end < 0 else end
    return (place.label is Label.PLACE and 0 <= count.start - end <= _MODIFIER_GAP and is_country_code(place.code or "")
            and count.quantity is not None and count.quantity.counted_simplified.endswith(_PEOPLE_ENDINGS)
            and _opens_with_noun(count))


def _of_count(counts: list[Mention], text: str = "", places: Sequence[Mention] = ()) -> Callable[[Mention], bool]:
    """Whether a name lies inside one of ``counts`` after its start (七个本科生学院) or is the nationality of one
    (:func:`_nationality`), which then owns none of them. A count holding the name starts before it and reaches
    its end: the furthest end of the counts starting before each name, one bisection a name, not a pass over the
    counts; a nationality ends where a count starts: the counts by start. A nationality may be joined to the
    count's noun by 的 and listed with others (日本和美国的研究人员约120人: ``places`` by start, in ``text``)."""
    place_at = {p.start: p for p in places if p.label is Label.PLACE}

    def nationality_ends(m: Mention) -> list[int]:
        """Where a count of m's people may start: right after it, after its 的, or after the places listed with it."""
        ends = [m.end, m.end + 1] if text.startswith(_OF, m.end) else [m.end]
        for _ in range(_NATIONALITY_LIST):
            if not text.startswith(_LIST_LINKS_ONE, m.end) or m.end + 1 not in place_at:
                break
            m = place_at[m.end + 1]
            ends += [m.end, m.end + 1] if text.startswith(_OF, m.end) else [m.end]
        return ends

    by_start = sorted(counts, key=lambda c: c.start)
    starts = [c.start for c in by_start]
    reach = list(accumulate((c.end for c in by_start), max))
    counts_at: dict[int, list[Mention]] = {}
    for c in by_start:
        counts_at.setdefault(c.start, []).append(c)

    def of_count(m: Mention) -> bool:
        i = bisect_left(starts, m.start)  # counts[:i] start before the name
        if i > 0 and reach[i - 1] >= m.end:
            return True
        if m.label is not Label.PLACE:
            return False
        if not text:
            return any(_nationality(m, c) for c in counts_at.get(m.end, ()))
        # (the place stands for the last of its list, and one modifier may come before the people's noun:
        # 日本和美国的研究|人员约120人)
        return any(_nationality(m, c, e) for e in nationality_ends(m) for gap in range(_MODIFIER_GAP + 1)
                   for c in counts_at.get(e + gap, ()) if gap == 0 or _HAN.match(text[e : e + gap]))

    return of_count


def _opens_with_noun(count: Mention) -> bool:
    """Whether a count's span opens with its counted noun (学生仅有200余名, 商品房成交7026套)."""
    full = count.quantity.counted_full if count.quantity else ""
    return bool(full) and to_simplified(count.text).startswith(to_simplified(full))


def _body_of_members(mentions: list[Mention], count: Mention, text: str) -> Mention | None:
    """The organisation named inside a count right before the members it counts (207名全国人大代表), or None; a
    name there read as a place that opens the name of a body of that kind in the document is that body
    (7位伊顿毕业生 beside 伊顿公学: the school's leavers)."""
    thing = count.quantity.counted_simplified if count.quantity is not None else ""
    if not thing.endswith(_MEMBER_NOUNS):
        return None
    inside = [m for m in mentions if count.start < m.start and m.end < count.end and text[m.end : count.end] in _MEMBER_NOUNS
              and m.label in _HOLDERS]
    orgs = [m for m in inside if m.label is Label.ORGANIZATION]
    if orgs:
        return max(orgs, key=lambda m: m.end - m.start)
    endings = next((ends for members, ends in _MEMBERS_OF if thing.endswith(members)), ())
    for place in (m for m in inside if m.label is Label.PLACE):
        bodies = [m for m in mentions if m.label is Label.ORGANIZATION and len(m.simplified) - len(place.simplified) <= 3
                  and m.simplified.startswith(place.simplified) and m.simplified.endswith(endings) and endings]
        if bodies:
            return min(bodies, key=lambda m: abs(m.start - count.start))
    return None


def _membership_body(text: str, count: Mention, clause_start: int,
                     spots: list[tuple[int, int, Mention]]) -> Mention | None:
    """The organisation a count of its members describes (成员包括480多家…高等学府的…研究生院理事会), or None: a count
    after 成员包括 (or 会员有…) and before 的 and, in the same clause, the organisation the 的 describes."""
    if not _MEMBERSHIP.search(text, clause_start, count.start) or not text.startswith("的", count.end):
        return None
    close = CLAUSE_BREAK.search(text, count.end)
    limit = min(close.start() if close else len(text), count.end + 1 + _MEMBERSHIP_REACH)
    after = [s for s in spots if count.end < s[0] and s[1] <= limit and s[2].label is Label.ORGANIZATION]
    return min(after, key=lambda s: (s[0], -s[1]))[2] if after else None


def _owner_id(ctx: RelationContext, holder: Mention) -> str:
    """The entity id of a count's owner; a place only an anaphor names (本港) becomes a derived mention here."""
    if holder not in ctx.owner:
        own = holder.extractor == MentionSource.DOCUMENT_FACILITY  # the document's own facility keeps its source
        holder = ctx.derive_mention(holder.start, holder.end, holder.label, holder.canonical,
                                    extractor=holder.extractor if own else "")
    return ctx.owner[holder]


def _identity(ctx: RelationContext, holder: Mention) -> object:
    """What tells ``holder``'s entity from another's without deriving a mention: its entity id, else its name."""
    return ctx.owner.get(holder) or (holder.label, holder.name)



def _outer_holder(found: tuple[int, int, Mention], count: Mention,
                  spots: list[tuple[int, int, Mention]]) -> tuple[int, int, Mention]:
    """A holder named for what is counted (第二炮兵导弹装备方队 for 4个装备方队, 12枚导弹) is one of those
    things, not their owner: the organisation its name opens with owns them (第二炮兵), when the document
    names it on its own."""
    name, thing = found[2].name, count.quantity.counted_simplified if count.quantity else ""
    if found[2].label is not Label.ORGANIZATION or len(thing) < 2 or thing not in name:
        return found
    outer = [s for s in spots if s[2].label is Label.ORGANIZATION and len(s[2].name) < len(name)
             and name.startswith(s[2].name) and thing not in s[2].name]
    return max(outer, key=lambda s: (s[1] <= count.start, s[1])) if outer else found


# Those counted taking part in a contest or an event (200多名高手将参加15个项目的比赛): the event's, the one the
# document names last before them.
_TAKE_PART = re.compile(r"参加|参与|参赛|角逐|出席")
_EVENT_OF_CLAUSE = re.compile(r"比赛|大赛|赛事|活动|会议|" + _EVENT_WORDS)
_EVENT_END = re.compile(_EVENT_WORDS + "$")
# A list right before a count glued to it, as many items as it says, or ending 等 (广发、工银瑞信、鹏华、南方四只…;
# 国投瑞银融华债券和南方宝元这两只基金; …、广发小盘等14只基金): what the count counts, so no item of it owns a count,
# whether or not the items were recognised. Not a composition (由中国、…6个成员国组成: the subject of the clause
# before has it).
_LIST_ITEM = re.compile(r"^[^\W\d_]{1,12}$")
_LIST_TAIL = re.compile(r"(?:这|那|这些|等|等等)$")
_COMPOSED = "由"
_PREPOSITION_OPENING = re.compile(r"[与和](?=[^\W\d_])")  # list links only: 同济、复旦 stays a list


def _glued_list(text: str, clause_start: int, count_start: int, value: float) -> tuple[int, int] | None:
    """Where the first item of a list glued right before a count (at ``count_start``, of ``value``) opens and ends,
    when the list is what the count counts (see ``_LIST_ITEM``), else None. The first item may hold words before
    the list (广州目前只有工商银行): the caller trims it to the holder ending it.

    >>> _glued_list("就有广发、鹏华、南方、华夏四只基金", 0, 13, 4.0), _glued_list("北京市四只基金", 0, 3, 4.0)
    ((0, 4), None)
    >>> _glued_list("国金证券认为，X基金和Y宝元这两只基金", 7, 17, 2.0)
    (7, 10)
    """
    before = text[clause_start:count_start]
    if value < 2 or not value.is_integer() or _COMPOSED in before:
        return None
    # a 与 or 和 opening the clause is a preposition, no list link (…，与加州理工、麻省理工、斯坦福、宾夕法尼亚四所学校
    # 并列第五: the four are the list, owners46)
    opening = _PREPOSITION_OPENING.match(before)
    if opening:
        clause_start += opening.end()
        before = before[opening.end() :]
    tail = _LIST_TAIL.search(before)
    body = before[: tail.start()] if tail else before
    items = _LIST_SPLIT.split(body)
    if len(items) < 2 or not all(_LIST_ITEM.match(item) for item in items[1:]) or not items[0]:
        return None
    if len(items) == int(value) or (tail is not None and tail.group().startswith("等")):
        return clause_start, clause_start + len(items[0])
    return None


# A body whose name opens a fund product's (华夏中小板ETF, 华富收益增强(A类), 国投瑞银货币, 光大保德信均衡精选): the
# product is named, and it is the product that has what is counted (its subscribers); 华夏基金 is the company itself.
_PRODUCT_WORDS = ("ETF", "LOF", "QDII", "货币", "债券", "精选", "优选", "增利")
_PRODUCT_TAIL = re.compile(r"(?!基金)[^\W\d_和与及的了在是将为对向从到等拿获旗下]{0,8}?(?:"
                           + "|".join(_PRODUCT_WORDS) + r"|[(（][A-Z]类[)）])")
# 就X事宜 (regarding X): X is what is spoken of, not an owner (就基金管理公司…开立债券账户事宜给出了十二项规定).
_REGARDING = re.compile(r"[^，,。；;！？!?]{0,40}?(?:事宜|问题|议题)")
# ...what a clause is about, before the holder (就X问题; 围绕/针对/关于X…问题: the research's subject, not its owner)
_ABOUT = ("就", "围绕", "针对", "关于")


def _regarded(text: str, start: int, end: int) -> bool:
    """Whether the holder at ``[start, end)`` is what a clause speaks of (就X事宜, 就X问题; 围绕我国改革和发展中的重大
    问题, session 23), not who has anything.

    >>> _regarded("研究人员围绕我国改革中的重大问题，共立课题6000多项", 6, 8), _regarded("我国共立课题6000多项", 0, 2)
    (True, False)
    """
    return text.endswith(_ABOUT, 0, start) and _REGARDING.match(text, end) is not None


def _anaphor_reports(text: str, start: int, end: int, anaphora: AbstractSet[str]) -> bool:
    """Whether the holder at ``[start, end)`` is a body's anaphor that reports or speaks (台积电…。该公司指出，今年将
    新增5座晶圆厂; 该校表示): the body the text is about telling of itself, no outside source of a figure (session 27).

    >>> _anaphor_reports("该公司指出，今年新增5座工厂", 0, 3, {"该公司"}), _anaphor_reports("穆迪指出，…", 0, 2, {"该公司"})
    (True, False)
    """
    return text[start:end] in anaphora and _SPEAKER.match(text, end) is not None and _PERMITS.match(text, end) is None


def _national_people(text: str, count: Mention, places: Sequence[Mention], starts: Sequence[int]) -> bool:
    """Whether ``count`` counts people of a country named inside it, right before their noun (约有2000名台湾旅客,
    25600余名中国学生, 3000名中国公民): the nationality says who they are, and by the counts' conventions they are no
    one's, neither the country's nor the place or body of the clause (session 27). ``places``: countries and regions
    with a country code, by start (``starts``).

    >>> from zhkg.records import Quantity
    >>> text = "目前约有2000名台湾旅客滞留日本"
    >>> count = Mention("d", 2, 12, "约有2000名台湾旅客", "约有2000名台湾旅客", Label.COUNT, "counts",
    ...                 quantity=Quantity(2000, "旅客", "旅客"))
    >>> taiwan = Mention("d", 8, 10, "台湾", "台湾", Label.PLACE, "gazetteer", code="TW")
    >>> _national_people(text, count, [taiwan], [8])
    True
    """
    if count.quantity is None or not count.quantity.counted_simplified.endswith(_PEOPLE_ENDINGS):
        return False
    head = count.end - len(count.quantity.counted_simplified)
    for place in places[bisect_right(starts, count.start) : bisect_left(starts, count.end)]:
        # a number before the place, inside the count (not 中国学生仅有200余名: a count opening with its noun); a
        # country's one letter is a people's descent (上百名华裔学生, 200多名华人学生 of a school: still the school's),
        # and a region seen from elsewhere no nationality (内地, 大陆: 香港大学…录取了300名内地学生 are the school's)
        # (…and a country before 族 names an ethnic group, no nationality: 科索沃地区有5万多名阿尔巴尼亚族居民, owners43)
        if text.startswith(_ETHNIC, place.end):
            continue
        if place.end - place.start >= 2 and place.simplified == (place.canonical or place.simplified) and place.end <= head and head - place.end <= _MODIFIER_GAP and any(ch.isdigit() or ch in _NUMERAL_LETTERS
                                                                             for ch in text[count.start : place.start]):
            return True
    return False


def _self_report(text: str, start: int, end: int, name: str) -> bool:
    """Whether the organisation ``name`` at ``[start, end)`` announces or speaks of itself (长盛基金公告称，…;
    据华商基金相关负责人介绍，…), not a body reporting a figure (好买基金研究中心统计; …认为; X的数据显示)."""
    points = _SELF_POINTS.match(text, end) is not None
    return ((points or (_SELF_SPEAKER.match(text, end) is not None and _REPORTER.match(text, end) is None))
            and _PERMITS.match(text, end) is None and not name.endswith(_REPORTING_BODIES))


def _about_itself(text: str, lo: int, count: Mention, things: bool = True) -> bool:
    """Whether a count's sentence, from ``lo``, speaks of a company (旗下, 本公司, 其…) or, with ``things``, the count
    is of what a body has (基金, 门店, 员工, 客户…): so a self-report before it may own it."""
    thing = count.quantity.counted_simplified if count.quantity is not None else ""
    return (things and thing.endswith(_BODY_HAS)) or _SELF_WORDS.search(text, lo, count.start) is not None


def _own_members(text: str, holder: Mention, count: Mention | None) -> bool:
    """Whether ``count`` is of the members of the organisation ``holder`` that reports it (中国钢铁工业协会统计，会员企业共有
    80家: its own, though 统计 makes a body a source), not a reporting body's (研究中心, 统计局).

    >>> from zhkg.records import Mention, Label
    >>> t = "中国钢铁工业协会统计，会员企业共有80家。"
    >>> body = Mention("d", 0, 8, t[:8], t[:8], Label.ORGANIZATION, "x")
    >>> _own_members(t, body, Mention("d", 13, 20, t[13:20], t[13:20], Label.COUNT, "x")), _own_members(t, body, None)
    (True, False)
    """
    if count is None or holder.label is not Label.ORGANIZATION or holder.name.endswith(_REPORTING_BODIES):
        return False
    thing = count.quantity.counted_simplified if count.quantity is not None else ""
    return (thing.endswith(_MEMBER_WORDS) or text.endswith(_MEMBER_WORDS, 0, count.start)
            or text.startswith(_MEMBER_WORDS, count.start))


def _speaks(text: str, start: int, end: int) -> bool:
    """Whether the holder at ``[start, end)`` speaks, reports or permits (X表示，…; 据X; X批准): it is no topic of the
    sentences after it."""
    return (_SPEAKER.match(text, end) is not None or _PERMITS.match(text, end) is not None
            or text.endswith(_SOURCE_BEFORE, 0, start))


def _products(ctx: RelationContext, spots: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """Spots of organisations whose name opens a fund product's name (光大保德信 of 光大保德信均衡精选) stand for the
    product, an organisation derived over the whole name."""
    text, out = ctx.simplified, []
    for start, end, holder in spots:
        name = holder.name
        m = (_PRODUCT_TAIL.match(text, end) if holder.label is Label.ORGANIZATION and holder.end == end
             and not name.endswith(_BODY_ENDINGS + _GENERIC_ENDINGS + _PRODUCT_WORDS) else None)
        if m is not None and m.end() > end:
            name = text[start : m.end()]
            holder = Mention(ctx.doc.id, start, m.end(), ctx.text[start : m.end()], name, Label.ORGANIZATION, DERIVED,
                             canonical=name)
            end = m.end()
        out.append((start, end, holder))
    return out


_TITLE = re.compile(r"《[^《》。\n]{1,20}》")
# A short quotation with no clause break, digit nor 有 is a name (“今日澳门”, a part of an exhibition; a campaign, a
# slogan): a place inside it, not the whole of it, names the work and owns nothing (owners43).
_QUOTED_NAME = re.compile(r"“[^“”，,。；;！？!?：:、\d\n有]{2,12}”|「[^「」，,。；;！？!?：:、\d\n有]{2,12}」")  # (Hong Kong, Taiwan: 「」)
_CLOCK = "时间"
# How many clauses back a place of an earlier clause of the sentence may still own a count: a place framing the
# sentence (以上海为例，…，…，今年6月以3.13万套) carries over a few clauses, but in a long run-on sentence (a speech
# transcribed with commas) one many clauses back is no longer what the speaker is on (北京只提供了51%，…，…，9月份有
# 680宗土地: the country's market).
_CARRY_CLAUSES = 5
# How the name of a ministry, a bureau or a regulator ends (商务部, 工商局, 证监会): the companies it approves, fines or
# rules on (…已有5家公司通过, 除4家企业获得零关税外) are not its own. (A commission, 委, is left out: 国资委's 117家央企
# are the ones it holds.)
_RULING_ENDINGS = ("部", "局", "署", "厅", "证监会", "银监会", "保监会")
# What a clause may open with before its subject (此次荷兰展团共有14所大学: the delegation's country still owns them): a
# place describing the noun after it elsewhere in its clause (对如何提高澳大利亚国际教育的质量…提出了41项建议) is inside a
# phrase of the predicate, and owns nothing.
# ...and a subject may follow a determiner or a word of time inside a clause run into a headline (7 荷兰最古老大学前来参展
# 此次荷兰展团共有14所大学参展), or a space.
_SUBJECT_BEFORE = ("此次", "这次", "本次", "本届", "今年", "去年", "明年", "目前", "如今", "现在", "其中", " ", "\u3000")
# 在/到/于 before a facility named by its kind alone (同在卫生院共事, 到养老院里): where the counted are, the facility's
# (...and one after 位于 a place and 的 there: 在位于金沙洲新社区的新街市内, the market, session 23)
_AT_FACILITY = re.compile(r"[在到于](?:位于[^\W\d_]{1,12}?的)?")
_SUBJECT_OPENING = re.compile(r"[\s“”「」\"'‘’]*(?:(?:此次|这次|本次|本届|今年|去年|明年|目前|当前|如今|现在|近日|日前|同时|此外|另外|而且|但是|"
                              r"不过|然而|但|而|并|也|还|据悉|据了解)[，,]?)*")
# A place before 籍 or 裔 says whose nationality or descent someone has (美籍华裔导演, 中国籍船员): it owns nothing.
_NATIONALITY = ("籍", "裔")
_ETHNIC = "族"
# A place before a side of it or its surroundings (新桥路西侧, 阳光大道北侧, 车站附近) is a landmark a site is beside: it owns
# nothing, nor is it the topic of the sentences after it (owners59).
_BESIDE = re.compile(r"[东南西北]?侧|[东南西北]?一侧|附近|旁边|对面")  # 阿尔巴尼亚族居民: an ethnic group, not a nationality (owners43)
# A place glued before a crisis or a war names it (东南亚金融危机的影响, 伊拉克战争): it owns nothing (session 23).
_CRISES = ("金融危机", "经济危机", "债务危机", "金融风暴", "危机", "战争", "战事")
# A place glued before 民族 names a people (弘扬中华民族优秀文化的共同目标将两颗心…, 阿拉伯民族): it owns nothing (owners46).
_PEOPLES = ("民族",)
# A company named by its kind alone (资产管理公司, 基金管理公司, 房地产公司, 上市公司): a generic noun the recogniser
# took for a name, an unnamed company; it owns nothing, nor does 该公司 standing for it
_GENERIC_BODY = re.compile(r"(?:资产|基金|投资|财富|证券|期货|信托|保险|房地产|地产|物业|置业|建筑|工程|科技|网络|信息|传媒|"
                           r"文化|贸易|咨询|管理|开发|金融|理财|担保|租赁|商业|外资|合资|民营|国有|私募|公募|上市|中小|大型|"
                           r"小型|跨国|境外|海外|国内|内资|本地|全能|成熟|老牌|知名|优秀|新兴|中资|港资|台资|专业|综合|经纪|销售|代理|中介|评级|托管)+(?:公司|集团|机构|企业|银行|商)")
# A count inside a 的-clause that describes a holder right after it (只有7人上场的火箭, 拥有300名员工的华为公司): a verb
# after the count, or one before it with nothing after, then 的: the clause says what the holder has or is.
_DESCRIBING = re.compile(r"[^\W\d_，,。；;：:！？!?、“”「」的之]{1,8}的|的")
_HAVING = ("拥有", "有", "共有", "坐拥", "汇聚", "聚集")
# 对欣旺来说，…; 对于香港而言: the holder a sentence is said from the point of view of is its topic
_POINT_OF_VIEW_BEFORE = ("对于", "对", "就")
_POINT_OF_VIEW_AFTER = ("来说", "而言", "来讲")


# A holder an earlier clause of the sentence names after a verb or a preposition is what that clause acts on (受北京电影
# 学院之邀, 上报国务院审批, 为了适应甘肃的环境, 圆满完成了北京奥运…任务): no owner carried into the clauses after it, as the
# subject of that clause is (session 24). Not after 在/于/以 (在悉尼，…; 以上海为例: a frame), nor after 由 (由中国伊斯兰教协会
# 管理，…由十个民族的代表组成: the agent), nor after 是 as the possessor of what the topic is (它是盛大游戏的…), nor after a
# verb of saying or thinking, whose object is a clause with its own subject (我觉得中国国家这么大，有13亿…), nor of
# naming (名为Le Manoir的大屋) or of speaking about (谈到厦门大学HND师资力量的话，…我们27名在职老师); never 全国, 全市, 当地 and
# kin (组织开展了全国县城…调查，检查…1.5万个: the place of the whole story; 与当地官员会面，并参观3个…项目); and members
# counted (学生) still belong to a body of their kind the sentence names (温家宝来到湖南大学，…面对数千名学生), and 对方 opening
# the count's clause is the other side the clause before acts on (今天打老鹰，对方阵容也有两个曾经的队友).
_GOVERNING_TAGS = ("v", "vn", "p")
_NOT_GOVERNING = frozenset("在 于 以 由 当 自 据 根据 按照 随着 截至 截止 到 名为 叫 叫做 名叫 称为 号称 觉得 认为 知道 发现 看到 表示 "
                           "说 称 指出 透露 介绍 显示 表明 宣布 获悉 了解 预计 估计 相信 希望 谈到 说到 提到 谈及 提及".split())
_ASPECTS = "了过着"
_OTHER_SIDE = "对方"
_COPULA_WORD = "是"
_LONGEST_VERB = 3


def _governed(text: str, clause_start: int, start: int, holder_end: int = -1) -> bool:
    """Whether the holder at ``start`` follows, in its clause, a verb or a preposition of jieba's dictionary (and an
    aspect: 完成了) that makes it what the clause acts on, not its subject (see ``_GOVERNING_TAGS``).

    >>> _governed("上报国务院审批", 0, 2), _governed("受戛纳电影节主席之邀", 0, 1), _governed("在悉尼", 0, 1)
    (True, True, False)
    >>> _governed("由北京小马奔腾影业公司出品", 0, 1), _governed("它是盛大游戏的摇钱树", 0, 2, 6), _governed("一个是中国", 0, 3, 5)
    (False, False, True)
    >>> _governed("去年10月份财政部发文", 0, 7), _governed("那么我觉得中国国家这么大", 0, 5), _governed("随着山西省重组", 0, 2)
    (False, False, False)
    >>> _governed("圆满完成了北京奥运任务", 0, 5)
    True
    """
    from zhkg.stages.segment import dictionary_tags

    tags = dictionary_tags()
    end = start
    while True:
        word = next((text[end - k : end] for k in range(min(_LONGEST_VERB, end - clause_start), 0, -1)
                     if text[end - k : end] in tags), "")
        if word and word in _ASPECTS:  # 完成了北京…: the verb before the aspect (随着 is one word, no aspect)
            end -= 1
            continue
        if word == _COPULA_WORD and text.startswith(_OF, holder_end):
            return False  # 它是盛大游戏的下一棵摇钱树，…之前的两个《传奇》: the possessor of what the topic is
        return bool(word) and tags[word] in _GOVERNING_TAGS and word not in _NOT_GOVERNING


def _pointers(text: str, breaks: list[int], sentence_breaks: list[int], spot_starts: set[int],
              anaphors: tuple[str, ...], products: AbstractSet[int] = frozenset()) -> list[tuple[int, str]]:
    """(position, kind) of each clause subject that is no holder named before: a thing pointed back to (该剧, 该属), a
    work's title or a product (FE4000, or its maker glued to it: ``products``) (``_THING``), a person (他, 她:
    ``_PERSON``), a company's kind no company was found for (公司, 集团: ``_COMPANY``), past the words a clause may
    open with (同时, 但是, 明年); a pointer a holder stands for (a spot: 该公司 resolved) or may stand for (an anaphor
    of the table: 该项目, 该活动) is none of these."""
    out = []
    for opening in sorted({0, *breaks, *sentence_breaks}):
        at = _SUBJECT_OPENING.match(text, opening).end()
        if at in products or model_code(text, at):
            out.append((at, _THING))
            continue
        if at in spot_starts:
            continue
        facility = facility_subject(text, at)
        if facility >= 0 and not counted_before(text, at, facility):
            # 托老院里有21位老人, 大工业区共有…, 该养老院 (none named): a facility's common noun, no holder named before
            # (session 22); but not the facilities just counted (新建了10座养老院，养老院里…: the holder's)
            out.append((at, _THING))
            continue
        if text.startswith(anaphors, at):
            continue
        if text.startswith(_ITS, at) and not text.startswith(_NOT_ITS, at) and _unnamed_body_before(text, at):
            out.append((at, _THING))  # 收购了一家…企业，其麾下拥有4个…品牌: the body the text does not name (owners59)
            continue
        if thing_pointer(text, at) or (text.startswith(_WORK_TITLE, at) and at + 1 not in spot_starts):
            out.append((at, _THING))  # (a work's title opening the clause, not a paper's name: 《…》除再现12首…)
        elif person_subject(text, at):
            out.append((at, _PERSON))
        elif company_word(text, at):
            out.append((at, _COMPANY))
    # ...and a facility by its kind alone where something is done or is, inside a clause (同在卫生院共事的10位护士): the
    # facility's, no holder's named before it (session 22)
    for m in _AT_FACILITY.finditer(text):
        at = m.end()
        if at not in spot_starts and facility_span(text, at) >= 0 and not counted_before(text, at, facility_span(text, at)):
            out.append((at, _THING))
    return sorted(out)


def _arrested(text: str, lo: int, count: Mention) -> bool:
    """Whether ``count`` counts people after a verb of arresting or charging them written from ``lo`` on, in its
    clause (拘捕两名男子, 拘捕了3名疑犯, 拘捕了一名16岁少年及3名男子).

    >>> from zhkg.records import Quantity
    >>> c = Mention("d", 6, 10, "两名男子", "两名男子", Label.COUNT, "x", quantity=Quantity(2, "男子", "男子", "名"))
    >>> _arrested("香港警方拘捕两名男子", 0, c), _arrested("香港警方出动两名男子", 0, c)
    (True, False)
    """
    q = count.quantity
    if q is None or not (q.classifier in _PEOPLE_CLASSIFIERS or q.counted_simplified.endswith(_PEOPLE_ENDS)):
        return False
    return _ARRESTED.search(text, lo, count.start) is not None


def _facility_places(ctx: RelationContext, text: str, openings: list[int]) -> list[int]:
    """Where a facility may be written after 在/到/于 inside a clause (在大工业区建设10条道路), in a clause no person
    opens or names before it (他在医院工作了10年: where he worked, his patients are no hospital's)."""
    people = sorted(m.start for m in ctx.mentions if m.label is Label.PERSON)
    out = []
    for m in _AT_FACILITY.finditer(text):
        i = bisect_right(openings, m.start()) - 1
        opening = openings[i] if i >= 0 else 0
        if person_subject(text, opening) or bisect_left(people, opening) < bisect_left(people, m.start()):
            continue
        out.append(m.end())
    return out


def _same_things(earlier: Mention, count: Mention) -> bool:
    """Whether ``count`` (这几千个经销点) counts again what ``earlier`` counted (几千家经销点): the same value, or the
    same counted noun."""
    if earlier.quantity is None or count.quantity is None:
        return False
    return (earlier.quantity.value == count.quantity.value
            or earlier.quantity.counted_simplified == count.quantity.counted_simplified)


def _title_around(start: int, end: int, titles: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The one of ``titles`` (《…》 spans, in order and disjoint, as ``finditer`` gives them) that holds
    ``[start, end)`` strictly inside its marks, if any: only the last title opening before ``start`` can, so it is
    found by bisection, not by a scan of every title (a long line of news holds thousands).

    >>> titles = [(0, 6), (8, 12)]
    >>> _title_around(1, 5, titles), _title_around(9, 12, titles), _title_around(6, 7, titles)
    ((0, 6), None, None)
    """
    k = bisect_left(titles, (start,)) - 1
    if k >= 0 and end < titles[k][1]:
        return titles[k]
    return None


def _part_of_title(m: Mention, titles: list[tuple[int, int]]) -> bool:
    """Whether ``m`` lies inside one of ``titles`` (《…》 spans) and is not the whole title (《人民日报》: the paper)."""
    title = _title_around(m.start, m.end, titles)
    return title is not None and (m.start, m.end) != (title[0] + 1, title[1] - 1)


def _inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether ``m`` lies inside one of ``spans`` (a document's titles, in order and disjoint)."""
    return _title_around(m.start, m.end, spans) is not None


class _Topics:
    """The holder a sentence opens with when what follows says what it is or has (X是…, X位于…); else the last
    holder opening one of its clauses before ``clause_start`` so (据悉,唐山钢铁是…; 自本月起,本市还将有…):
    ``topics(sentence_start, clause_start)``, a spot of ``spots`` (sorted by their ends) or None.

    What it answers is what reading the spots in order does, from the first that may start in the sentence to the
    first starting at ``clause_start`` or after, the first spot opening the sentence winning, else the last opening a
    clause. Each sentence's spots are read once, however many counts its clauses hold: a sentence as long as the
    document, read again at each count, was quadratic (long34 left it).

    >>> spots = [(0, 2, "北京"), (3, 5, "上海")]
    >>> topics = _Topics("北京是，上海有", spots, lambda pos, start: pos == start or pos == 3)
    >>> topics(0, 3), topics(0, 6)
    ((0, 2, '北京'), (0, 2, '北京'))
    >>> _Topics("你说，上海有", spots, lambda pos, start: pos == 3)(0, 6)
    (3, 5, '上海')
    """

    def __init__(self, text: str, spots: list[tuple[int, int, Any]], opens_clause: Callable[[int, int], bool]):
        self.text = text
        self.spots = spots
        self.ends = [s[1] for s in spots]
        self.shortest = min((s[1] - s[0] for s in spots), default=0)
        self.opens_clause = opens_clause
        # by a sentence's start: the index read up to, the index of the first spot opening the sentence as a topic
        # (-1: none yet) and those of the spots opening a later clause so, in order
        self.read: dict[int, tuple[int, int, list[int]]] = {}

    def __call__(self, sentence_start: int, clause_start: int) -> tuple[int, int, Any] | None:
        if clause_start <= sentence_start:
            return None  # (every spot that may be a topic starts at or after clause_start: none is read)
        spots, text = self.spots, self.text
        # the first spot starting at clause_start or after: none ending before clause_start + shortest does, and
        # the ones ending after that and starting before it are few (they end before clause_start + the longest)
        stop = bisect_left(self.ends, clause_start + self.shortest)
        while stop < len(spots) and spots[stop][0] < clause_start:
            stop += 1
        # (the spots ending before sentence_start + shortest start before the sentence: none is its topic)
        read, opening, later = self.read.get(sentence_start) or (
            bisect_left(self.ends, sentence_start + self.shortest), -1, [])
        for i in range(read, stop):
            spot = spots[i]
            if spot[0] == sentence_start or (spot[0] > sentence_start and self.opens_clause(spot[0], sentence_start)):
                rest = _PARENTHESIS.sub("", text[spot[1] : spot[1] + 50], count=1)
                if _TOPIC_REST.match(rest):
                    if spot[0] != sentence_start:
                        later.append(i)
                    elif opening < 0:
                        opening = i
        self.read[sentence_start] = (max(read, stop), opening, later)
        if 0 <= opening < stop:
            return spots[opening]
        k = bisect_left(later, stop) - 1
        return spots[later[k]] if k >= 0 else None


def read_counts(ctx: RelationContext) -> list[Relation]:
    """A count belongs to the place or organisation its clause (else its sentence) is about."""
    out = []
    counts = [m for m in ctx.mentions if m.label is Label.COUNT]
    if not counts:  # every relation below is a count's: the holders, spots and pointers of a text without one go unread
        return out
    text = ctx.simplified
    # a run of spaces ends a headline (related headlines listed one after another)
    gaps = [g.end() for g in _HEADLINE_GAP.finditer(text)]
    breaks = sorted([b.end() for b in CLAUSE_BREAK.finditer(text)] + gaps)
    sentence_breaks = sorted([b.end() for b in _SENTENCE_BREAK.finditer(text)] + gaps)
    # a name inside a count is part of what is counted (七个本科生学院), not its owner
    # and a place inside a well-known company's (or school's, international body's…) name is the body's (贵州 of
    # 贵州茅台, 宁德 of 宁德时代, 上海 of 上海合作组织), no owner of its own (a government's place still is:
    # 台北市政府…北市共有, 澳门特区政府卫生局 reports 澳门's patients)
    known = ctx.lexicon.known_organisations
    # a place of a work's title (《赤壁OL》, 《澳大利亚》, 《南京！南京！》: a title may hold ！ and ？) names the work, and
    # one before 时间 (北京时间) a clock: neither owns anything
    titles = [t.span() for t in _TITLE.finditer(text)]
    quoted = [q.span() for q in _QUOTED_NAME.finditer(text)] if ("“" in text or "「" in text) else []
    bodies = _Reach([m.span for m in ctx.mentions if m.label is Label.ORGANIZATION and m.extractor == MentionSource.ORG_KNOWN
                     and known.get(m.simplified, ("government",))[0] not in _PLACES_OWN_IN])
    of_count = _of_count(counts, text, ctx.mentions)
    holders = [m for m in ctx.mentions if m.label in _HOLDERS and not of_count(m)
               and not (m.label is Label.PLACE and bodies.holds(m.start, m.end))
               and not (m.label is Label.PLACE and (text.startswith((_CLOCK, *_NATIONALITY, *_CRISES, *_PEOPLES), m.end) or _inside(m, titles)
                                                    # 阳光大道北侧, 车站附近: a landmark a site is beside, no owner nor topic (owners59)
                                                    or _BESIDE.match(text, m.end)
                                                    # “今日澳门”、“回归之路”四部分: a quoted name, no place (owners43)
                                                    or _part_of_title(m, quoted)
                                                    # 新街|市内: a market's common noun, no street's (session 22)
                                                    or cut_by_facility(text, m.start, m.end)))
               # an organisation inside a work's title is part of it (《五月天追梦3DNA》除再现12首演唱会曲目: the film's
               # songs, no band's), unless the title is its name alone (《人民日报》)
               and not (m.label is Label.ORGANIZATION and _part_of_title(m, titles))
               # a maker glued to its model names the product (奥林巴斯FE4000共有三种颜色版本: the camera's)
               and not (m.label is Label.ORGANIZATION and model_code(text, m.end))
               # the agency of a dateline (中新网3月5日电 今年将新建…) is the story's source, no holder (session 29)
               and not (m.label is Label.ORGANIZATION and (_DATELINE.match(text, m.end) or _OWN_REPORTER.match(text, m.end)))
               # the recogniser's 大工业区: a facility's kind alone, read as the document's own (session 23)
               and not recognised_kind(m, ctx.mentions, text)]
    # (start, end, the entity's mention): holders themselves, and anaphors standing for one
    teams, records = _teams(ctx)
    derived = (_villages(ctx) + _projects(ctx) + teams + _acronyms(ctx) + _events(ctx, holders) + _schools(ctx, holders)
               + _official_bodies(ctx) + _halls(ctx) + _trade_brands(ctx) + _chains(ctx) + _latin_tails(ctx, holders) + _people_teams(ctx, holders)
               + qualified_facilities(ctx, holders))
    # (holders no extractor named: anaphors may stand for them, 该项目)
    spots = [(h.start, h.end, h) for h in holders] + _anaphors(ctx, holders + [s[2] for s in derived],
                                                               frozenset(s[2] for s in teams), frozenset(records))
    spots += _brands(ctx, holders)
    # (本届代表团, 此次博览会: a determiner and the kind of a body named before, where the anaphora table has no such pair)
    spots += _determined_kinds(ctx, holders + [s[2] for s in derived], {s[0] for s in spots})
    team_set = frozenset(s[2] for s in teams)
    spots += _short_forms(ctx, holders) + _echoes(ctx, holders) + _abbreviations(ctx, holders)
    spots += _bare_names(ctx, holders) + derived
    spots = _determined_bodies(text, _suffix_forms(_glued_initials(_cut_too_long(spots, frozenset(ctx.lexicon.org_suffixes), text))))
    spots = _latin_runs(ctx, spots)  # after _cut_too_long: NBA TV is no NBA cut too long
    spots = _products(ctx, spots)
    # a place the extractors missed but a further form names (an echo, a short form) owns no more than the place
    # itself would: not inside a work's title (《赤壁OL》拥有近两百种技能), nor before 籍 (美籍华裔导演: a nationality)
    spots = [s for s in spots if not (s[2].label is Label.PLACE and (
        text.startswith(_NATIONALITY, s[1]) or _title_around(s[0], s[1], titles) is not None))]
    spots += _plural_subjects(ctx, spots, breaks)
    # a facility by its kind alone opening a clause or after 在/到/于 (托老院里有21位老人): the document's own (session 23)
    openings = sorted({_SUBJECT_OPENING.match(text, o).end() for o in {0, *breaks, *sentence_breaks}})
    spots += document_facilities(ctx, openings, _facility_places(ctx, text, openings), {s[0] for s in spots})
    # 该公司 with no company named: what it points to is no holder named before (session 26)
    unresolved = _unresolved_anaphors(ctx, {s[0] for s in spots}, openings)
    # by where they end; the outermost mention ending last wins: 区政协机关, not the 区 inside it
    spots.sort(key=lambda s: (s[1], -s[0]))
    ends = [s[1] for s in spots]
    # a spot starting in [lo, hi) ends in [lo + shortest_spot, hi + longest_spot): the readers below scan that slice of
    # spots (found by bisection on their ends, in the same order) rather than every spot of a long document
    shortest_spot = min((s[1] - s[0] for s in spots), default=0)
    longest_spot = max((s[1] - s[0] for s in spots), default=0)

    def starting_in(lo: int, hi: int) -> range:
        """Indices of spots, in order, among which are all those starting in ``[lo, hi)``."""
        return range(bisect_left(ends, lo + shortest_spot), bisect_left(ends, hi + longest_spot))

    products = {m.start for m in ctx.mentions if m.label is Label.ORGANIZATION and model_code(text, m.end)}
    anaphora = ctx.lexicon.anaphora
    pointers = _pointers(text, breaks, sentence_breaks, {s[0] for s in spots}, tuple(anaphora), products)
    pointers = sorted(pointers + [(p, _THING) for p in unresolved])
    pointed_at = [p for p, _ in pointers]
    place_ends = {m.end for m in ctx.mentions if m.label is Label.PLACE}

    def learnt_from(start: int, end: int) -> bool:
        """Whether the holder at ``[start, end)`` is what a reporter learns the news from (记者昨日从海南省获悉)."""
        return (text.endswith(_FROM_SOURCE, 0, start) and text.startswith(_LEARNT, end)
                and _REPORTER_WORD in text[max(0, start - 1 - _REPORTER_GAP) : start - 1])

    def locative(i: int, clause_start: int) -> bool:
        """Whether the place of spots[i] is where something is (在北京, 位于美国纽约州), not an owner."""
        start, _, holder = spots[i]
        if holder.extractor == MentionSource.DOCUMENT_FACILITY:
            return False  # 在大工业区建设10条道路: the zone's roads, a facility's counted are its own (session 23)
        if holder.label is Label.PLACE and learnt_from(start, spots[i][1]):
            return False  # 记者从海南省获悉，今年将新建…: the place the news is learnt from is what it is about (session 29)
        if holder.label is Label.PLACE and text.endswith(_SPREAD_BEFORE, 0, start):
            return True
        if holder.label is not Label.PLACE:
            return False
        if text.startswith(_ALL_OVER, spots[i][1]):
            return True  # 来自全国各地的200多名高手, 世界各地: where the counted come from or are, everywhere
        if holder.extractor == MentionSource.DEIXIS:  # 全国共建立…: the country's; 该行已在全国设立…: where
            return text.endswith(("在", "于"), 0, start)  # (来自全区17个镇乡: the district's own towns)
        if (text.endswith(_FRAME, 0, start) and (start - 1 == 0 or CLAUSE_BREAK.match(text[start - 2]))
                and spots[i][1] < len(text) and CLAUSE_BREAK.match(text[spots[i][1]])):
            return False  # 在悉尼，首10间…学校中，九间…: a clause of 在 and a place alone frames the sentence: its place's
        if text.endswith(_RECEIVER_BEFORE, 0, start) and text.startswith("的", spots[i][1]):
            return False  # 市建委调配给西城区的房源…244套: what is given to the place is the place's (session 23)
        if text.endswith(_LOCATIVE_BEFORE, 0, start) or _DATED_LOCATIVE.search(text, max(0, start - 12), start):
            return True  # (将于12月30日广东地区独家上映: 于 and a date before the place)
        if text.endswith(_LOCATIVE_REGIONS, 0, start):
            return True  # 在港九新界共营运约400条路线: Hong Kong's regions written together, one place of 在 (counts29)
        if "位于" in text[clause_start:start]:
            return True
        # a place right after a locative place is part of that place's phrase
        # ...and so is one after a list of them (从德国、意大利、丹麦等国: each place of the list)
        # (…and one right after a place that is itself locative by a list: 在河北唐山和浙江余姚, session 19)
        return any(other[1] <= start and other[2].label is Label.PLACE and other[0] >= clause_start
                   and _LOCATIVE_LINK.match(text[other[1] : start])
                   and (text.endswith(_LOCATIVE_BEFORE + _SPREAD_BEFORE, 0, other[0])
                        or ((text[other[1] : start] in _LIST_LINKS or other[1] == start) and locative(j, clause_start)))
                   for j in range(bisect_left(ends, clause_start + shortest_spot), min(i, bisect_right(ends, start)))
                   for other in (spots[j],))

    def members(count_start: int, value: float = 0.0) -> list[tuple[int, int]]:
        """Indices of the holders listed right before a count as what it counts (工商银行[…]、…、交通银行这五家
        国有银行, 唐山钢铁等两家公司): the spans of the items of the count, not its owners. A list with nothing
        between its last item and the count is one only when it has as many items as the count says
        (由中国、俄罗斯…乌兹别克斯坦6个成员国组成; but 北京市3个区 is Beijing's), or two or more of more counted (招行和
        平安7家银行: some of them, counts38)."""
        out: list[tuple[int, int]] = []
        count = counts_at.get(count_start)
        if count is not None and count.quantity is not None and count.quantity.counted_simplified == "人":
            return out  # 赵霏和他的团队共九人: people counted are no place's or body's items; the holder has them
        i, cur = bisect_right(ends, count_start) - 1, count_start
        glued = False
        kinds: set[object] = set()  # the items' labels, and DEIXIS for 全国 and kin
        while i >= 0:
            start, end, holder = spots[i]
            if end > cur:
                i -= 1
                continue
            gap = _BRACKETS.sub("", text[end:cur])
            if cur == count_start and gap == "" and value >= 2:
                glued = True
            elif gap not in (_MEMBER_TAILS if cur == count_start else _LIST_LINKS):
                break
            out.append((start, end))
            kinds.add(MentionSource.DEIXIS if holder.extractor == MentionSource.DEIXIS else holder.label)
            cur = start
            i -= 1
        if glued and len(out) != value and not (_LISTED_FEW <= len(out) < value and len(kinds) == 1
                                                  and MentionSource.DEIXIS not in kinds):
            return []  # (招行和平安7家银行: two or more bodies named of more counted, and others; not 交行总行以及全国36个)
        return out

    def owner_between(lo: int, hi: int, count_start: int = -1, value: float = 0.0,
                      carried: bool = False) -> tuple[int, int, Mention] | None:
        """The nearest holder in ``[lo, hi)`` that may own the count at ``count_start``; with ``carried`` (a holder of
        an earlier clause), none a verb or a preposition of its own clause governs (受北京电影学院之邀, session 24)."""
        listed = (members(count_start, value) if count_start >= 0 else []) + included + glued_lists
        count = counts_at.get(count_start)
        # 今天打老鹰，对方阵容也有两个曾经的队友: 对方 opening the count's clause is the other side, what the clause before acts on
        opponent = carried and text.startswith(_OTHER_SIDE, _SUBJECT_OPENING.match(text, hi).end())
        i = bisect_right(ends, hi) - 1
        while i >= 0 and spots[i][1] > lo:
            start, end, _ = spots[i]
            if spots[i][2].label is Label.PLACE and text[start - 1 : start] in "(（" and _QUALIFIER_CLOSE.match(text, end):
                i -= 1  # 收视率(北美地区): a place in brackets qualifies a figure, it owns nothing
                continue
            if when_clause(start, hi):
                i -= 1  # 当广发基金拿到QDII批文后，共计有28家基金公司…: a clause of time has no owner of the next
                continue
            if route_end(i):
                i -= 1  # 加开台北往东京航班: the ends of a route, no owner of what the clause or the next one counts
                continue
            if count is not None and model_maker(spots[i], count):
                i -= 1  # 增派波音777客机2架: the maker of the model counted
                continue
            if text.endswith(_EXCEPT_BEFORE, 0, start) and _EXCEPT_AFTER.match(text, end):
                i -= 1  # 除工行外的10余家银行: the one left out
                continue
            if carried and not opponent and spots[i][2].extractor != MentionSource.DEIXIS and not (
                    spots[i][2].label is Label.PLACE and text[start:end] in anaphora) and not learnt_from(start, end) and _governed(
                    text, breaks[bisect_right(breaks, start) - 1] if bisect_right(breaks, start) else 0, start, end):
                i -= 1  # 受北京电影学院之邀，剧组拍摄了三部短片: what an earlier clause acts on is no owner carried on
                continue
            if not any(a <= start and end <= b for a, b in listed) and start >= lo and (
                    not _is_source(text, start, end) or self_reported(spots[i], lo, count)
                    or _anaphor_reports(text, start, end, anaphora) or _own_members(text, spots[i][2], count)) \
                    and not _regarded(text, start, end) and not partner(i, count_start) and not units_across(i, lo, count) and not origin_list(i, count_start) and (
                    not locative(i, lo) or (_EXISTENTIAL_GAP.match(text[end:count_start])
                                            and not text.endswith(_SPREAD_BEFORE, 0, start)
                                            and not ("有" in text[end:count_start] and someone_there(lo, start)))):
                return spots[i]
            i -= 1
        return None

    def subsidiary(group: tuple[int, int, Mention]) -> tuple[int, int, Mention] | None:
        """The organisation written right after ``group`` and a word of holding (鸿海集团旗下富士康, 万科旗下的万科物业):
        a part of the group, the subject of its clause; None when there is none."""
        words = next((w for w in _HOLDING_WORDS if text.startswith(w, group[1])), None)
        if words is None:
            return None
        at = group[1] + len(words) + text.startswith("的", group[1] + len(words))
        return next((s for s in map(spots.__getitem__, starting_in(at, at + 1))
                     if s[0] == at and s[2].label is Label.ORGANIZATION), None)

    def chain_start(found: tuple[int, int, Mention]) -> int:
        """Where the chain of places glued one after another that ends with ``found`` opens (深圳龙华, 台北市内湖区: the
        start of 深圳), ``found``'s own start when it is no place or follows none."""
        start = found[0]
        while found[2].label is Label.PLACE:
            found = next((s for s in map(spots.__getitem__, starting_in(max(0, start - longest_spot), start))
                          if s[1] == start and s[0] < start and s[2].label is Label.PLACE), None)
            if found is None:
                break
            start = found[0]
        return start

    def route_end(i: int) -> bool:
        """Whether the place of spots[i] is an end of a route written place + 往/至/到/飞 + place (台北往东京航班,
        北京至上海高铁): it names the line, it owns nothing."""
        start, end, holder = spots[i]
        if holder.label is not Label.PLACE:
            return False
        before = text[start - 1 : start] in _ROUTE_LINKS and any(
            s[1] == start - 1 and s[2].label is Label.PLACE for s in spots[max(0, i - 3) : i])
        after = text[end : end + 1] in _ROUTE_LINKS and any(
            s[0] == end + 1 and s[2].label is Label.PLACE for s in spots[i + 1 : i + 4])
        return before or after

    def model_maker(spot: tuple[int, int, Mention], count: Mention) -> bool:
        """Whether the organisation of ``spot`` is followed only by a model code up to the noun ``count`` opens with
        (波音|777|客机2架): the maker of the thing counted, no owner."""
        start, end, holder = spot
        if holder.label is not Label.ORGANIZATION or not _opens_with_noun(count):
            return False
        code = _MODEL_CODE.fullmatch(text, end, count.start)
        return code is not None

    def partner(i: int, count_start: int) -> bool:
        """Whether the holder of spots[i] follows 与/同/跟 as a preposition (主场与荷兰球队5胜2平: the other party), not
        as the link of a list of holders (中国与美国两国), and the count is no part of the phrase it opens."""
        start, end, _ = spots[i]
        if start < 2 or not text.endswith(_PARTNER_BEFORE, 0, start) or text[start - 2] == _NOT_PARTNER:
            return False
        if (count_start >= end and _PARTNER_OWNS.fullmatch(text, end, count_start)) or _PARTNER_PEOPLE.match(text, end):
            return False
        return not any(s[1] < start and _BRACKETS.sub("", text[s[1] : start - 1]) == "" for s in spots[:i])

    def units_across(i: int, lo: int, count: Mention | None) -> bool:
        """Whether spots[i] is 全国 (or kin) before a count of a body's units, with an organisation earlier in the
        clause (交行总行以及全国36个分支机构 -> 交行总行)."""
        start, end, holder = spots[i]
        if count is None or count.quantity is None or not count.quantity.counted_simplified.endswith(_UNITS):
            return False
        whole = holder.label is Label.PLACE and end - start == 2 and text[start] in _WHOLE_OPENINGS  # 本港, 全台
        if holder.extractor != MentionSource.DEIXIS and not whole:
            return False
        if holder.extractor == MentionSource.DEIXIS and any(
                lo <= s[0] and s[1] <= start and s[2].label is Label.ORGANIZATION for s in spots[:i]):
            return True
        k = bisect_right(sentence_breaks, start) - 1
        sentence_start = sentence_breaks[k] if k >= 0 else 0
        return any(s[2].label is Label.ORGANIZATION and not s[2].name.endswith(_AUTHORITY_ENDINGS)
                   and sentence_start <= s[0] and _SELF_SPEAKER.match(text, s[1])
                   and opens_clause(s[0], sentence_start, sentence=True) and _self_report(text, s[0], s[1], s[2].name)
                   for s in spots[:i])

    def origin_list(i: int, count_start: int) -> bool:
        """Whether the place of spots[i] is an item of a list closed by 等国家的 right before the count (…美国、日本、德国
        等国家的16台机车): where the things come from, not whose they are."""
        if count_start < 0 or spots[i][2].label is not Label.PLACE:
            return False
        m = _ORIGIN_LIST.match(text, spots[i][1])
        return m is not None and m.end() == count_start

    def quoted_speaker(count: Mention) -> tuple[int, int, Mention] | None:
        """The organisation that speaks right after the quotation holding ``count``, when the quotation speaks of
        itself before the count (“我们在全国有300多家分店，”联华超市总经理说 -> 联华超市): its own figures."""
        for opening, closing in _QUOTES:
            start = text.rfind(opening, 0, count.start)
            end = text.find(closing, count.end)
            if start < 0 or end < 0 or closing in text[start : count.start] or opening in text[count.end : end] \
                    or "\n" in text[start:end] or not _FIRST_PERSON.search(text, start, count.start):
                continue
            after = _SPEAKER_GAP.match(text, end + 1).end()
            return next((s for s in spots if s[0] == after and s[2].label is Label.ORGANIZATION
                         and _SAYS.match(text, s[1])), None)
        return None

    def someone_there(lo: int, start: int) -> bool:
        """Whether someone the extractors did not mark has the count at the place at ``start`` (我们在全国有300多家分店,
        华润万家目前在全国拥有3000多家门店): words other than adverbs and times come before its 在 in the clause, so the
        place is where, not who (光在东京就有上千家 stays Tokyo's; a body opening the clause is taken after)."""
        return (_SUBJECTLESS.fullmatch(text, lo, start) is None
                and not any(s[2].label is Label.ORGANIZATION and lo <= s[0] <= lo + 2 for s in spots))

    def self_reported(spot: tuple[int, int, Mention], lo: int, count: Mention | None, things: bool = True) -> bool:
        """Whether an organisation speaking of itself (长盛基金公告称; 据华商基金相关负责人介绍) owns ``count``: its
        sentence from ``lo`` speaks of the company or (with ``things``, in the speaker's own sentence) counts what a
        body has: a later sentence must name the company's own (旗下, 本公司…), as 基金 may be the whole market's."""
        return (count is not None and spot[2].label is Label.ORGANIZATION
                and _self_report(text, spot[0], spot[1], spot[2].name) and _about_itself(text, lo, count, things))

    def when_clause(pos: int, count_start: int) -> bool:
        """Whether ``pos`` lies in a clause of time (当…后/时，) that ends before ``count_start``."""
        k = bisect_right(breaks, pos) - 1
        opening = breaks[k] if k >= 0 else 0
        close = breaks[k + 1] if k + 1 < len(breaks) else len(text)
        return (close <= count_start and text.startswith(_WHEN, opening)
                and _WHEN_END.search(text, opening, close) is not None)

    def lists_holders(spot: tuple[int, int, Mention]) -> bool:
        """Whether a holder opens a list of holders (深圳和广州的基金公司; 泰达荷银、华夏…等公司): the list, not it, is
        what its clause is about."""
        link = _LIST_LINK_AFTER.match(text, spot[1])
        return link is not None and any(s[0] == link.end() for s in spots)

    def opens_clause(pos: int, sentence_start: int, sentence: bool = False) -> bool:
        """Whether ``pos`` opens its sentence (or, unless ``sentence``, one of its clauses), past quotes."""
        while pos > sentence_start and text[pos - 1] in _OPENING:
            pos -= 1
        return pos == sentence_start or (not sentence and CLAUSE_BREAK.match(text[pos - 1]) is not None)

    def next_subject(count: Mention, clause_end: int, sentence_end: int) -> tuple[int, int, Mention] | None:
        """The organisation opening the clause after the count's, in its sentence (春节之前的4场比赛,江苏队…): only when
        the count ends its clause, fronted as a topic, not when its clause goes on with its own predicate (俄德两国4架
        战机全部逼近芬兰空中边界，芬兰空军…: the planes are not the next clause's subject's, session 19)."""
        if clause_end >= sentence_end:
            return None
        tail = text[count.end : clause_end].rstrip(_CLAUSE_TAIL)
        if len(tail) > _FRONTED_TAIL and not tail.startswith(_LIST_LINKS):  # (6场联赛和两场杯赛，米堡…: a list)
            return None
        return next((s for s in map(spots.__getitem__, starting_in(clause_end, sentence_end))
                     if s[2].label is Label.ORGANIZATION and clause_end <= s[0] < sentence_end
                     and opens_clause(s[0], clause_end, sentence=True) and not _speaks(text, s[0], s[1])), None)

    def describes(spot: tuple[int, int, Mention], count: Mention) -> bool:
        """Whether the place of ``spot`` only describes the noun after it (京城街头, 美国高校), no topic for ``count``: not
        a place standing for 全国/本市, one opening an organisation's name, nor for a tally (6400套) or a count of that
        very noun (武汉楼盘…11个楼盘)."""
        if spot[2].label is not Label.PLACE or (spot[2].extractor == MentionSource.DEIXIS
                                                and not text.startswith(_OUR, spot[0])):
            return False  # (我国钢铁行业的龙头企业: "our country's" describes as a name does; 全国, 本市 stand for the place)
        counted = count.quantity.counted_simplified if count.quantity else ""
        if counts_itself(text[count.start : count.end], counted):
            return False
        if any(o[0] == spot[0] and o[1] > spot[1] and o[2].label is Label.ORGANIZATION
               for o in map(spots.__getitem__, starting_in(spot[0], spot[0] + 1))):
            return False  # (澳洲计算机公会: the organisation's name, left as it was)
        return describes_noun(text, spot[1], counted)

    def previous_subject(sentence_start: int, count: Mention | None = None) -> tuple[int, int, Mention] | None:
        """The organisation an earlier sentence of the paragraph opens with, when the sentences after it
        (up to this one) name no holder: a topic goes on until another is named. A speaker is no topic, unless it
        speaks of itself and ``count`` is of what it has (长盛基金公告称，…。至此，长盛旗下全线9只开放式基金…)."""
        lo = sentence_start
        again: object | None = None  # the one holder a sentence in between named, not as its subject
        for _ in range(_TOPIC_SENTENCES):
            if sentence_start == 0 or text[sentence_start - 1] == "\n":
                return None
            k = bisect_right(sentence_breaks, sentence_start - 1) - 1
            previous = sentence_breaks[k] if k >= 0 else 0
            named = [s for s in map(spots.__getitem__, starting_in(previous, sentence_start)) if previous <= s[0] < sentence_start]
            if named and again is not None:
                # 全国已建立…自然保护区2538个。其中，…分别占全国…总数。有28处自然保护区…: a sentence naming the topic
                # again, not as its subject, goes on with it
                first = next((s for s in named if opens_clause(s[0], previous)), None)
                return first if first is not None and _identity(ctx, first[2]) == again else None
            if named:
                openers = [s for s in named if opens_clause(s[0], previous)
                           and (not _speaks(text, s[0], s[1]) or self_reported(s, lo, count, things=False))
                           # (an item of a list glued to its count or closed by 在内 is one of the things counted:
                           # 恒大地产在内的5家公司…。总共有5家公司… is no 恒大's)
                           and not lists_holders(s) and not any(a <= s[0] < b for a, b in glued_lists + included)
                           and (
                    s[2].label is Label.ORGANIZATION
                    or (s[2].label is Label.PLACE and not text.startswith(_NOT_TOPIC_AFTER, s[1])
                        # 京城街头…, 美国高校…: a place describing a noun is no topic of the sentences after it
                        and (count is None or not describes(s, count))))]
                first = next((s for s in openers if opens_clause(s[0], previous, sentence=True)), None)
                if first or openers:
                    return first or openers[-1]
                ids = {_identity(ctx, s[2]) for s in named}
                if len(ids) != 1 or any(s[2].extractor != MentionSource.DEIXIS for s in named):
                    return None  # (only 全国, 本市 and kin: a name said again is often a new topic's)
                again = ids.pop()
            sentence_start = previous
        return None

    def far_place(found: tuple[int, int, Mention] | None, clause_start: int) -> tuple[int, int, Mention] | None:
        """An earlier clause's holder, unless it is a place more than ``_CARRY_CLAUSES`` clauses before the count's
        clause (a run-on sentence has moved on from it); an organisation and a place standing for 全国 or 本市 still
        carry."""
        if found is None or found[2].label is not Label.PLACE or found[2].extractor == MentionSource.DEIXIS:
            return found
        between = bisect_right(breaks, clause_start) - bisect_right(breaks, found[0])
        return None if between > _CARRY_CLAUSES else found

    # the holder a sentence opens with when what follows says what it is or has (X是…, X位于…); else the last holder
    # opening one of its clauses before the count's so (据悉,唐山钢铁是…; 自本月起,本市还将有…)
    topic = _Topics(text, spots, opens_clause)

    def foreign_members(count: Mention) -> bool:
        """Whether the members counted are said to be of a country (其中中国留学生为7.4292万人, 500名日本学生): a
        nation's students, no one university's (国际学生 at a university named before are still its own)."""
        full = to_simplified(count.quantity.counted_full) if count.quantity else ""
        at = text.find(full, count.start, count.end) if full else -1
        at = count.start if at < 0 else at
        return at in place_ends or count.start in place_ends  # (count.start <= at)

    def member_body(count: Mention) -> tuple[int, int, Mention] | None:
        """The body a count of its members belongs to when its sentence names no holder: the last
        organisation before it whose name ends as that kind of body does (学生 of 湖南大学, 球员 of a 队)."""
        thing = count.quantity.counted_simplified if count.quantity else ""
        endings = next((ends for members, ends in _MEMBERS_OF if thing.endswith(members)), None)
        if endings is None or foreign_members(count):
            return None
        # the last such spot ending by the count: spots are sorted by their ends
        return next((spots[i] for i in reversed(range(bisect_right(ends, count.start)))
                     if spots[i][2].label is Label.ORGANIZATION and spots[i][2].name.endswith(endings)), None)

    counts_at = {c.start: c for c in counts}
    # counts by their ends, with their rank: the count a part follows (全体70名议员中有40人) ends a few letters before it
    counts_ending: dict[int, list[tuple[int, Mention]]] = {}
    for k, c in enumerate(counts):
        counts_ending.setdefault(c.end, []).append((k, c))
    in_all = "在内" in text  # both readers need it: most texts pay one substring test
    included = [m.span() for m in _INCLUDING.finditer(text)] if in_all else []
    # …and one closed by 在内 without 包括, a holder right before it (恒大地产(企业专区)在内的5家内地地产公司)
    for m in (_IN_ALL.finditer(text) if in_all else ()):
        # (the holder may end short of its name's tail: 恒达|地产在内)
        item = next((s for s in reversed(spots) if m.start() - _NAME_TAIL <= s[1] <= m.start()
                     and _NAME_TAIL_LETTERS.fullmatch(text[s[1] : m.start()])), None)
        if item is not None and not any(a <= item[0] < b for a, b in included):
            included.append((item[0], m.end()))
    # lists glued to a count of them (国投瑞银融华债券和南方宝元这两只基金): their items own no count, this one nor
    # one pointing back to it (“这两只基金属于…); a holder before the list still may (广州目前只有工商银行、…这三家银行)
    glued_lists: list[tuple[int, int]] = []
    glued_at: dict[int, int] = {}  # a count's start -> where the list glued to it opens
    for c in counts:
        k = bisect_right(breaks, c.start) - 1
        first = _glued_list(text, breaks[k] if k >= 0 and breaks[k] <= c.start else 0, c.start,
                            c.quantity.value if c.quantity is not None else 0.0)
        if first is not None:  # the list opens with the holder ending its first item, if one does, else with an
            # item as long as the longest of the others (公司已经准备好了国际指数、环球精选…: 国际指数)
            ending = [s[0] for s in spots[bisect_left(ends, first[1]) : bisect_right(ends, first[1])] if s[0] >= first[0]]
            longest = max(len(i) for i in _LIST_SPLIT.split(_LIST_TAIL.sub("", text[first[1] : c.start])))
            opening = min(ending) if ending else max(first[0], first[1] - longest)
            glued_lists.append((opening, c.start))
            glued_at[c.start] = opening

    def body_at(count: Mention) -> tuple[int, int, Mention] | None:
        """The body of their kind that members counted are at, after 在 in their clause (上百名华裔学生在洛杉矶…按摩学院
        抗议 -> the school): theirs, when nothing before them in the clause owns them."""
        thing = count.quantity.counted_simplified if count.quantity else ""
        endings = next((ends for members, ends in _MEMBERS_OF if thing.endswith(members)), None)
        if endings is None or not text.startswith(_FRAME, count.end):
            return None
        close = CLAUSE_BREAK.search(text, count.end)
        limit = close.start() if close else len(text)
        return next((s for s in spots if count.end < s[0] and s[1] <= limit and s[2].label is Label.ORGANIZATION
                     and s[2].name.endswith(endings)), None)

    def described(count: Mention, clause_start: int) -> tuple[int, int, Mention] | None:
        """The holder right after a 的-clause holding the count, which it describes (只有7人上场的火箭坐镇主场 -> 火箭;
        拥有300名员工的华为公司): not a count of countries or teams (来自10个国家的代表团: where they come from), nor a
        thing of the count's own before 的 (5家银行的总行: a verb must come between, or 拥有/有 before the count)."""
        counted = count.quantity.counted_simplified if count.quantity else ""
        if counted in _COUNTRIES_COUNTED or _TEAMS_COUNTED.fullmatch(counted):
            return None
        m = _DESCRIBING.match(text, count.end)
        if m is None or (m.end() - count.end == 1 and not text.endswith(_HAVING, clause_start, count.start)):
            return None
        if text.startswith(_LIST_LINKS, count.end) or any(count.end <= s[0] < m.end()
                                                          for s in map(spots.__getitem__, starting_in(count.end, m.end()))):
            return None  # 全球15所大学与安生基金会的剑桥大学…项目: another holder's, or a list's, 的
        return next((s for s in map(spots.__getitem__, starting_in(m.end(), m.end() + 1))
                     if s[0] == m.end() and not _speaks(text, s[0], s[1])), None)

    def event_attended(count: Mention, clause_start: int) -> tuple[int, int, Mention] | None:
        """The event those counted take part in (200多名高手将参加15个项目的比赛), the last the document names before
        them, when their clause says they take part in a contest or an event."""
        if _EVENT_OF_CLAUSE.search(count.quantity.counted_simplified if count.quantity else ""):
            return None  # 出席这两个会议后: the events are what is counted
        close = CLAUSE_BREAK.search(text, count.end)
        clause = text[clause_start : close.start() if close else len(text)]
        verb = _TAKE_PART.search(clause)
        if verb is None or _EVENT_OF_CLAUSE.search(clause, verb.end()) is None:
            return None
        events = [s for s in spots if s[1] <= count.start and _EVENT_END.search(s[2].name)
                  and s[2].label is Label.ORGANIZATION]
        return max(events, key=lambda s: s[1]) if events else None

    def lists_before(count: Mention) -> bool:
        """Whether the count names the category of a 包括…在内 list right before it, in its sentence and with
        no other count between (包括工银瑞信、南方和鹏华在内的四家基金公司; …在内,今年以来共有13只债基)."""
        end = max((e for s, e in included if e <= count.start), default=-1)
        gap = text[end : count.start]
        return (end >= 0 and len(gap) <= _LIST_GAP and _SENTENCE_BREAK.search(gap) is None
                and not any(end <= c.start < count.start for c in counts))

    def record_section(count: Mention) -> tuple[int, int, Mention] | None:
        """The team whose record (雷霆(55-27)) is written last before the count in its paragraph: a game report's
        section about that team."""
        at = max((r for r in records if r < count.start and "\n" not in text[r : count.start]), default=-1)
        return next((s for s in map(spots.__getitem__, starting_in(at, at + 1))
                     if s[0] == at and (s[2].extractor == DERIVED or s[2].label is Label.ORGANIZATION)), None) if at >= 0 else None

    def names_holder(lo: int, hi: int) -> bool:
        """Whether a holder is named in ``[lo, hi)``, other than a place where the counted spread or gather
        (遍布全国, 齐聚温哥华会议中心): such a sentence still goes on with the topic before it."""
        return any(lo <= s[0] < hi and not (s[2].label is Label.PLACE and text.endswith(_SPREAD_BEFORE, 0, s[0]))
                   for s in map(spots.__getitem__, starting_in(lo, hi)))

    def listed_of(found: tuple[int, int, Mention], count: Mention) -> bool:
        """Whether the organisation of ``found`` closes a list of three or more (after 、/和/及, a 、 before it in the
        clause) glued by 的 to a count (…、解放军和武警部队的近万名团员青年): one of the bodies the counted come from, no
        owner of them all (与喇叭联校的10名学生 is a partner's, left as it was)."""
        return (found[2].label is Label.ORGANIZATION and text[found[1] : count.start] == _OF
                and text.endswith(_LIST_CLOSING, 0, found[0]) and "、" in text[clause_start : found[0]])

    def names_subject(among: int, hi: int) -> bool:
        """Whether the clauses from 其中 (at ``among``) up to ``hi`` name a holder of their own: an organisation, or a
        place opening a clause or right after 其中 (其中北京有…); a place inside a predicate (其中1.2万人进入邻国阿尔巴尼亚，
        另有8000余人…) is where the parts go, and the parts still share the whole's holder (owners43)."""
        return any(among <= s[0] < hi and not (s[2].label is Label.PLACE and text.endswith(_SPREAD_BEFORE, 0, s[0]))
                   and (s[2].label is not Label.PLACE or opens_clause(s[0], among)
                        or _AMONG_OPENING.fullmatch(text, among, s[0]) is not None)
                   for s in map(spots.__getitem__, starting_in(among, hi)))

    def own(holder: Mention, start: int, count: Mention) -> None:
        """Relate ``count`` to ``holder``, unless the count is of holders of its own kind: countries counted
        (我们五国, 两国) are no one country's, teams counted (两队) no club's."""
        counted = count.quantity.counted_simplified if count.quantity else ""
        if counted in _COUNTRIES_COUNTED and holder.label is Label.PLACE:
            return
        if _TEAMS_COUNTED.fullmatch(counted) and holder.label is Label.ORGANIZATION:
            return  # (他们 standing for a club whose name is written without 队 included)
        out.append(ctx.relation(_owner_id(ctx, holder), ctx.owner[count], RelationKind.HAS_COUNT, start, count.end))

    # (each name once: an entity named at every mention of a long document gave as many names to test)
    entity_names: dict[str, dict[str, None]] = {}

    def names_of(holder: Mention) -> list[str]:
        """Every name the document gives ``holder``'s entity (恒大 and 恒大地产), and 公司 for a state body (a
        ministry or a regulator is no owner of the companies it rules on, as a company is none of its peers)."""
        if not entity_names:
            for m in ctx.mentions:
                if m.label is Label.ORGANIZATION and m in ctx.owner:
                    entity_names.setdefault(ctx.owner[m], {})[m.name] = None
        names = [holder.name, *entity_names.get(ctx.owner.get(holder, ""), {})]
        ruling = holder.extractor == MentionSource.ORG_STATE_BODY or holder.name.endswith(_RULING_ENDINGS)
        return names + ["公司"] if ruling else names

    # holders a sentence is said from the point of view of (对欣旺来说, 对于香港而言): one substring test first
    views = [v for v in spots if text.startswith(_POINT_OF_VIEW_AFTER, v[1])
             and text.endswith(_POINT_OF_VIEW_BEFORE, 0, v[0])] if ("来说" in text or "而言" in text or "来讲" in text) else []
    countries = sorted((m for m in ctx.mentions if m.label is Label.PLACE and is_country_code(m.code or "")),
                       key=lambda m: m.start)
    country_starts = [m.start for m in countries]
    owned: dict[int, tuple[int, int, Mention]] = {}  # a count's end -> its owner's spot
    for count in counts:
        if count.start in owned:  # 3个生产队约800名居民: a count right after another is of the same holder
            start, _, holder = owned[count.start]
            owned[count.end] = owned[count.start]
            own(holder, start, count)
            continue
        k = bisect_right(breaks, count.start) - 1
        clause_start = breaks[k] if k >= 0 and breaks[k] <= count.start else 0
        k = bisect_right(sentence_breaks, count.start) - 1
        sentence_start = sentence_breaks[k] if k >= 0 else 0
        if statement_points(count.quantity.counted_simplified if count.quantity else ""):
            continue  # 有两大主要原因, 三大看点: the points of a statement, no one's
        if text[count.start : count.end] in _BOTH_SIDES:
            continue  # 中意两国领导人…: the two countries just named, no one country's count
        if _national_people(text, count, countries, country_starts):
            continue  # 约有2000名台湾旅客滞留日本: people a nationality names are no one's (session 27)
        if _counts_a_list(text, clause_start, count) or lists_before(count):
            continue  # 天河、番禺和荔湾成为三大领军区域, 包括…在内的四家基金公司: the list's own count
        if count.start in glued_at and (text.endswith("等", 0, count.start) or not any(
                glued_at[count.start] <= s[0] and s[1] <= count.start for s in spots)):
            # (and a list of things, no holder among them, glued to its count: 彩岩系列和孔雀系列两款产品)
            # …、广发小盘等14只基金: a list closed by 等 names a category: a holder before it in the clause, else none
            found = owner_between(clause_start, glued_at[count.start])
            if found is not None:
                owned[count.end] = found
                own(found[2], found[0], count)
            continue
        body = _body_of_members(ctx.mentions, count, text) or _membership_body(text, count, clause_start, spots)
        if body is not None:  # 207名全国人大代表: the body named before its members
            own(body, body.start, count)
            continue
        market = [m for m in _MARKET_WIDE.finditer(text, clause_start, count.end)]
        if market:
            # 全市场共有120只基金: a holder named after the word, or a place right before it (深圳市场上)
            lo = market[-1].end()
            place = next((s for s in spots if s[2].label is Label.PLACE and s[0] < market[-1].start() <= s[1]
                          < market[-1].end()), None)  # 深圳市场上: jieba may take 深圳市 for the place
            found = owner_between(lo, count.start, count.start) or place
            if found is not None:
                start, _, holder = found
                own(holder, start, count)
            continue
        # a holder the count's noun was read into (阿尔卡拉大学|在校学生有28000名) is before the count, and so is an
        # anaphor the count was read from (全院现有老人30名: the home's, session 22; not a name: 赢了掘金队1个)
        anchor = max((s[1] for s in spots[bisect_right(ends, count.start) : bisect_right(ends, count.end)]
                      if s[0] < count.start or (s[0] == count.start and text[s[0] : s[1]] in anaphora)), default=count.start)
        found = owner_between(clause_start, anchor, anchor, count.quantity.value if count.quantity else 0.0)
        if found is not None and listed_of(found, count):
            # 拉萨市各大中学校、企事业单位、解放军和武警部队的近万名团员青年: the last of a list of bodies whose people are
            # counted owns none of them; the place opening the clause, if any, does (owners43)
            found = next((s for s in map(spots.__getitem__, starting_in(clause_start, found[0]))
                          if s[2].label is Label.PLACE and _SUBJECT_OPENING.fullmatch(text, clause_start, s[0])), None)
            if found is None:
                continue
        if found is None and any(clause_start <= spots[j][0] < anchor and partner(j, anchor) for j in starting_in(clause_start, anchor)):
            continue  # 穆萨还与巴方签署了13项…协议: the clause's holder is the other party; no earlier clause's owns it
        if (found is not None and not _SUBJECT_OPENING.fullmatch(text, clause_start, found[0])
                and not text.endswith(_SUBJECT_BEFORE, clause_start, found[0]) and describes(found, count)):
            # 对如何提高澳大利亚国际教育的质量…共提出了41项建议: a place inside the object describes its noun; the
            # holder opening the clause, if any, is its subject and owns the count (广发基金…成功中标唐山钢铁等两家企业)
            found = owner_between(clause_start, found[0], anchor, count.quantity.value if count.quantity else 0.0)
            if found is None or not _SUBJECT_OPENING.fullmatch(text, clause_start, found[0]):
                continue
        # (and a body after 在 is where the subject has it: 民建联在今届立法会有13名议员 -> 民建联)
        if found is not None and ((found[2].label is Label.PLACE and found[2].extractor != MentionSource.DEIXIS)
                                  or text.endswith(_FRAME, 0, found[0])):
            subject = next((s for s in map(spots.__getitem__, starting_in(clause_start, clause_start + 3))
                            if clause_start <= s[0] <= clause_start + 2
                            and s[2].label is Label.ORGANIZATION and s[1] <= found[0]), None)
            part = subsidiary(subject) if subject is not None else None
            if part is not None and part[1] <= found[0]:
                subject = part  # 鸿海集团旗下富士康在深圳龙华有员工约30万人: the part the group's 旗下 names (owners59)
            gap = text[found[1] : count.start]
            # ...but not when the subject is one of the things counted (X是河北省…的两家大型企业之一)
            # (a place after 在 that 就有/共有 glues to the count is where the subject has it: 台积电在台湾共有4座晶圆厂;
            # so is the last place of a chain after 在: 富士康在深圳龙华有员工约30万人, owners59)
            if subject is not None and (gap.strip("的共有为") != "" or text.endswith(_FRAME, 0, chain_start(found))) \
                    and not text.startswith("之一", count.end):
                found = subject
        view = next((v for v in reversed(views) if sentence_start <= v[0] and v[1] <= count.start), None)
        if view is not None and (found is None or found[0] < view[0] or found[2].label is Label.PLACE):
            found = view  # 现在对欣旺来说全国大概有几千家经销点: the company's, not the country's
        among = text.rfind(_AMONG_THEM, sentence_start, count.start) if found is None else -1
        if among >= 0 and opens_clause(among, sentence_start) and not names_subject(among, count.start):
            # 管理着流动党员3390人，其中在国外的600人，在外省市的150人: the parts (in the clauses from 其中 on) of the
            # count before 其中 in its sentence are that count's holder's
            before = [c.end for c in counts if sentence_start <= c.start and c.end <= among]
            if before and before[-1] in owned:
                found = owned[before[-1]]
        if found is None:
            # 立法会…全体70名议员中有40人投票: the part shares the owner of the count it is part of
            whole = next((c for _, c in sorted(
                (k, c) for end in range(max(0, count.start - _PART_OF_BEFORE_LONGEST), count.start)
                for k, c in counts_ending.get(end, ())) if sentence_start <= c.start
                and _PART_OF_BEFORE.fullmatch(text, c.end, count.start)), None)
            if whole is not None and whole.end in owned:
                found = owned[whole.end]
        if found is None:
            found = body_at(count)  # 上百名华裔学生在洛杉矶…按摩学院抗议: the school's students
        if found is None:
            found = described(count, clause_start)  # 只有7人上场的火箭: the team the count's 的-clause describes
        counted = count.quantity.counted_simplified if count.quantity else ""
        if found is None and (owned_in_clause_only(text[count.start : count.end], counted) or (
                fund_count(counted) and not _SELF_WORDS.search(text, sentence_start, count.start))):
            # 两人击掌过后, 有三大看点: people pointed back to, a statement's points: their clause's or none; and
            # 开盘交易的32只封闭式基金: a market's funds, no fund's nor company's unless said its own (旗下)
            continue
        if found is None and text.endswith("等", 0, anchor) and members(anchor):
            continue  # …宣布，台北市、新北市…等18个县市停课: the listed members' own count, no one's (a list glued
            # to its count with as many items is the clause before's subject's: 由中国、…6个成员国组成)
        # people with no noun (37人): a crowd, whose sentence's earlier clauses, next subject or earlier topic own none
        crowd = bare_people(text[count.start : count.end], count.quantity.counted_simplified if count.quantity else "")
        # (63个人: only no earlier sentence's topic nor the next clause's subject)
        far_crowd = crowd or people_one_by_one(text[count.start : count.end],
                                               count.quantity.counted_simplified if count.quantity else "")
        if found is None and clause_start > sentence_start:
            found = topic(sentence_start, clause_start) or (
                None if crowd else far_place(owner_between(sentence_start, clause_start, count.start, carried=True),
                                             clause_start))
            if (found is not None and found[2].extractor == MentionSource.DEIXIS and text.startswith(_OUR, found[0])
                    and not opens_clause(found[0], sentence_start) and describes(found, count)):
                # 研究人员紧紧围绕我国改革…，共立课题6000多项: 我国 inside an earlier predicate describes its noun (a
                # named place there may still be the sentence's topic: session 16 lost dev owners so)
                found = None
            if found is None and not crowd:
                # 温家宝来到湖南大学，行至图书馆前，面对数千名学生: members of a body of their kind the sentence names, though
                # a verb governs it there (session 24)
                body = member_body(count)
                found = body if body is not None and body[0] >= sentence_start else None
        if found is None:
            found = event_attended(count, clause_start)  # 200多名高手将参加15个项目的比赛: the contest's
        if found is None:
            found = quoted_speaker(count)  # “我们在全国有300多家分店，”联华超市总经理说: the company's
        # 这两部法律案, 这三名海盗: what was just named, pointed back to: no later clause's nor earlier sentence's
        # holder (members of a body named before are still its own: 这200多名华人学生 of the school)
        pointed = count.start > 0 and text[count.start - 1 : count.start] in _POINTERS
        if found is None and not pointed and not names_holder(sentence_start, count.start):
            k = bisect_right(breaks, count.end)
            clause_end = breaks[k] if k < len(breaks) else len(text)
            k = bisect_right(sentence_breaks, count.end)
            sentence_end = sentence_breaks[k] if k < len(sentence_breaks) else len(text)
            found = None if far_crowd else next_subject(count, clause_end, sentence_end)  # 春节之前的4场比赛,江苏队输了其中的3场
            if found is None:
                found = record_section(count)  # 雷霆(55-27)五连胜终止…。四名替补球员上双: 雷霆's
            if found is None and not far_crowd:
                found = previous_subject(sentence_start, count)  # X是…。只有一个方队12枚导弹参阅: still X
        members_of = found is None and not names_holder(sentence_start, count.start)
        if members_of:
            found = member_body(count)  # 温家宝来到湖南大学…。…面对数千名学生: the university's students
        if found is None:
            continue
        if any(found[0] < p <= count.start and (sentence_start <= p or kind == _THING) and (
                # (a thing opening a sentence between the topic and the count is the topic now: 迪斯尼通过了这个剧本…。
                # 《玩具总动员》的制作极富挑战性。主角伍迪牛仔有723个控制点, session 24)
                (kind == _THING)
                # (a visitor before the members counted: 他站在…，面对数千名学生 are still the school's)
                or (kind == _PERSON and not says(text, p, count.start) and not members_of)
                or (kind == _COMPANY and (found[2].label is Label.PLACE or (
                    found[2].name.endswith(_NO_COMPANY) and not _is_company(found[2], known)))))
               for p, kind in pointers[bisect_right(pointed_at, found[0]):bisect_right(pointed_at, count.start)]):
            # 该剧两位编剧, 他在过去8场比赛, 公司共有员工1,600名 (no company before): the subject of the count's clause,
            # or of a clause before it in its sentence, is no holder named earlier
            continue
        if pointed and found[0] < clause_start and not members_of and not any(
                counted.endswith(members) and found[2].name.endswith(ends) for members, ends in _MEMBERS_OF):
            # 将船上的三名海盗当场击毙，而且这三名海盗…: what was just named, no earlier clause's holder's either (but
            # members of a body of their kind: 湖南大学…，这200多名学生; and the same things counted before in the
            # sentence keep their owner: 对欣旺来说全国有几千家经销点，这几千个经销点…)
            again = next((c for c in reversed(counts) if sentence_start <= c.start and c.end <= clause_start
                          and _same_things(c, count)), None)
            if again is None or again.end not in owned:
                continue
            found = owned[again.end]
        found = _outer_holder(found, count, spots)
        if found[2].label is Label.ORGANIZATION and _GENERIC_BODY.fullmatch(found[2].name):
            continue  # 许多券商立志做全能的资产管理公司。该公司…: an unnamed company, no one
        if found[2].label is Label.PLACE and (
                (_INCIDENT.match(text, found[1]) and _CASUALTIES.search(counted))
                # (no accident named: 元朗公路近博爱交汇处25日晨发生3死14伤, 香港昨日发生…，造成5名乘客受伤, session 21)
                or (_CAUSED.search(text, max(found[1], sentence_start), count.start) is not None and (
                    text[count.start : count.end].endswith(_HURT_ONE) or text.startswith(_HURT, count.end)))):
            continue  # 石家庄倒楼事故已致10人遇难, 台南一工地昨日发生坍塌事故，造成5名工人受伤: the accident's, no place's
        if _arrested(text, max(found[1], clause_start, count.start - _ARREST_REACH), count):
            continue  # 香港警方昨日拘捕两名男子: people of a story, neither the police's nor the place's
        if _SIGHTED.search(text, max(found[1], sentence_start, count.start - _SIGHTED_REACH), count.start):
            continue  # 国防部表示，共侦获共机15架次: what a body detects is the other side's
        if (found[2].label is Label.ORGANIZATION and found[1] <= count.start
                and acted_on(text[max(clause_start, count.start - _ACTED_REACH) : count.start],
                         text[count.start : count.end], counted)):
            continue  # 金融监督委员会是在今年2月对上述12家银行作出…命令的: what a body acts on is no one's (owners43)
        if (found[2].label is Label.ORGANIZATION and not clause_start <= found[0] < count.start
                and any(bodies_counted(count.quantity.counted_simplified if count.quantity else "", name)
                        for name in names_of(found[2]))
                and not _speaks(text, found[0], found[1]) and not text.endswith(_HOLDING_WORDS, 0, count.start)
                # (现代集团…，将…9个公司从集团中分离出去: the group's own, said in their clause; owners43)
                and not parts_of_group(text[count.end : count.end + _GROUP_REACH], found[2].name)):
            # 对两家公司…, 已有两家基金公司: companies counted are no earlier clause's or sentence's company's (but the
            # company that says so keeps what its clause has: 华为公司表示,该行业有3家企业), whatever name the
            # document gives it there (恒大 of 恒大地产), nor a state body's that rules on them (印度商工部…，除4家企业…)
            continue
        if _TEAMS_COUNTED.fullmatch(count.quantity.counted_simplified if count.quantity else "") and (
                found[2] in team_set or found[2].name.endswith("队") or found[2].extractor == MentionSource.ORG_TEAM):
            continue  # 两队此后形成争球: the teams counted are no one team's (公牛 of teams.tsv neither)
        owned[count.end] = found
        start, _, holder = found
        own(holder, start, count)
    return out
