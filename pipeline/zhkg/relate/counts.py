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
* Session 34 (counts93): a place the count's clause acts on, when that clause opens with its verb and names no subject
  (该公司…斥资120万元，拿下了…琼海的…5间酒店), yields to the organisation opening the clause before, unless it speaks or a
  person comes between; a holder a verb governs inside a 的-clause of the count's clause (报国务院审批的…规划) owns nothing;
  words counted (两个字) are no one's; the places of a pair before 两国 (中意两国) own nothing; a place only the recogniser
  reads, with no gazetteer code, owns a count only when named as a place that has things (区, 村, 园, a market…).

Layout (tidy60 split this module by what each part decides; read_counts, the owner's choice, stays here, as its
steps since tidy62: ``_candidate_spots``, then ``_CountOwners.read`` for each count):

* :mod:`zhkg.relate.count_derived` — owner candidates no extractor names (teams, brands, villages, events…);
* :mod:`zhkg.relate.count_forms` — candidates written short, cut or run together, and the holder each stands for;
* :mod:`zhkg.relate.count_anaphora` — anaphora and deixis (该公司, 当地, 他们) and subjects that are no holder;
* :mod:`zhkg.relate.count_subject` — the sentence's subject and topic, sources and speakers that own nothing;
* :mod:`zhkg.relate.count_counted` — what is counted: names inside a count, lists, members, titles;
* :mod:`zhkg.relate.count_scope`, :mod:`zhkg.relate.count_topics`, :mod:`zhkg.relate.count_pointers`,
  :mod:`zhkg.relate.count_facilities` — counts owned in their clause only, topics, pointers, facilities.

The names these modules define are still importable from here (tests and benches use them).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from zhkg.extract.junk import FACILITY_WORDS
from zhkg.records import Label, Mention, MentionSource, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, DERIVED, RelationContext
from zhkg.relate.count_anaphora import (
    _COMPANY,
    _PERSON,
    _SUBJECT_OPENING,
    _THING,
    _anaphors,
    _plural_subjects,
    _pointers,
    _unresolved_anaphors,
)
from zhkg.relate.count_counted import (
    _LIST_LINKS_ONE,
    _LIST_SPLIT,
    _LIST_TAIL,
    _MEMBERS_OF,
    _OF,
    _arrested,
    _body_of_members,
    _counts_a_list,
    _glued_list,
    _inside,
    _membership_body,
    _national_people,
    _of_count,
    _opens_with_noun,
    _part_of_title,
    _same_things,
    _title_around,
)
from zhkg.relate.count_derived import (
    _EVENT_WORDS,
    _HOLDERS,
    _acronyms,
    _brands,
    _chains,
    _determined_kinds,
    _events,
    _halls,
    _latin_tails,
    _official_bodies,
    _people_teams,
    _projects,
    _schools,
    _teams,
    _trade_brands,
    _villages,
)
from zhkg.relate.count_facilities import (
    FACILITY_KINDS,
    cut_by_facility,
    document_facilities,
    qualified_facilities,
    recognised_kind,
)
from zhkg.relate.count_forms import (
    _HOLDING_WORDS,
    _OPENING,
    _SENTENCE_BREAK,
    _abbreviations,
    _bare_names,
    _cut_too_long,
    _determined_bodies,
    _echoes,
    _glued_initials,
    _identity,
    _is_company,
    _latin_runs,
    _outer_holder,
    _owner_id,
    _products,
    _Reach,
    _short_forms,
    _suffix_forms,
)
from zhkg.relate.count_pointers import SPEECH_VERBS, model_code, says
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
from zhkg.relate.count_subject import (
    _DATELINE,
    _SELF_SPEAKER,
    _SELF_WORDS,
    _VERB_GAP,
    _about_itself,
    _anaphor_reports,
    _facility_places,
    _governed,
    _is_source,
    _opens_with_verb,
    _own_members,
    _regarded,
    _self_report,
    _speaks,
    _Topics,
)
from zhkg.relate.count_topics import counts_itself, describes_noun
from zhkg.resources.gazetteer import is_country_code
from zhkg.stages.normalise import to_simplified
from zhkg.text import QUOTE_PAIRS

__all__ = ['read_counts']

# Defined here until tidy60 moved them to the modules above; tests and benches import them from here.
from zhkg.relate.count_counted import _nationality  # noqa: F401
from zhkg.relate.count_derived import (  # noqa: F401
    _EVENT_NAME,
    _EVENT_WORD,
    _OFFICIAL,
    _PROJECT,
    _SCHOOL_AFTER_PLACE,
    _TEAM_RECORD,
    _VILLAGE,
    _matches,
)
from zhkg.relate.count_subject import _PARENTHESIS, _TOPIC_REST  # noqa: F401

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
_ARREST_REACH = 12
_LISTED_FEW = 2  # holders listed glued to a count of more of them are some of what it counts (招行和平安7家银行)
# Aircraft, ships or people a body detects, tracks, intercepts or drives off (国防部…共侦获共机15架次、共舰8艘; 海巡署…监控到
# 海警船4艘) are the other side's, never the body's that reports them nor a place's before the verb (counts38).
_SIGHTED = re.compile(r"侦获|侦测到|侦察到|侦搜到|监控到|监测到|监视到|拦截|拦截到|驱离|击落|目击")
_SIGHTED_REACH = 16
# A holder written between 除/除了 and 外/之外/以外 (本地除工行外的10余家银行) is left out of what is counted: never its owner.
_EXCEPT_BEFORE = ("除", "除了")
_EXCEPT_AFTER = re.compile(r"[^\W\d_]{0,4}?(?:之外|以外|外)")
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
_FIRST_PERSON = re.compile(r"我们|咱们|我司|我公司|我行|我校|本公司|本行|本校")
_SPEAKER_GAP = re.compile(r"[，,。\s]*")
# What may come before a place's 在 when the place itself has what is counted (光在东京就有上千家, 目前在上游村其他3个):
# adverbs and times, no subject (仅仅 and 单单 are 仅 and 单 twice: listed too, a run of them was read in
# exponentially many ways)
_SUBJECTLESS = re.compile(r"[\s“”「」\"'‘’]*(?:光是|光|仅|单|就|目前|现在|如今|当前|今年|去年|其中|另外|此外|同时|而且|而|"
                          r"但是|但|并且|并|截至|截止|到|[\d一二三四五六七八九十〇零]+(?:年|月|日|号)|底|末|为止|前|后|的)*[在于]")
_EXISTENTIAL_GAP = re.compile(r"^(?:就|共|还|也|已|则|便)?(?:有|共有|拥有)?(?:其他|其余|另外)?$")
# Between the last of a list of holders and a count of them (交通银行这五家, 唐山钢铁等两家), and between
# two items of the list; stock quotes and parentheses after a name (工商银行[5.08 -0.20%]) are skipped.
_MEMBER_TAILS = ("这", "那", "等", "等等", "这些", "共")
_LIST_LINKS = ("、", "和", "及", "与", "以及")
_BRACKETS = re.compile(r"\[[^\[\]]{0,30}\]|[（(][^（）()]{0,30}[）)]")
_BRACKET_LONGEST = 32  # the longest match of _BRACKETS


def _bracket_chain(text: str, end: int) -> list[int]:
    """Every offset p <= ``end`` such that ``_BRACKETS.sub("", text[p:end]) == ""``: ``end`` itself and the openings
    of the brackets chained back from it (（北京）[注]|end), each ending where the next opens. A match of _BRACKETS ends
    at the first closer after its opening, so a match inside the slice is the same as one in the whole text, and the
    slice is emptied exactly when such a chain of matches runs from p to ``end``."""
    found, todo = [end], [end]
    while todo:
        cur = todo.pop()
        for p in range(max(0, cur - _BRACKET_LONGEST), cur - 1):
            m = _BRACKETS.match(text, p)
            if m is not None and m.end() == cur:
                found.append(p)
                todo.append(p)
    return found
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
# Words of a whole market or industry: a count of it (全市场共有120只基金) is nobody's, unless a holder is
# named after the word or a place right before it (深圳市场上): no topic of an earlier sentence carries. So is a
# survey's universe (在纳入统计的40只货币市场基金中排名第二).
_MARKET_WIDE = re.compile(r"全市场|整个市场|市场上|全行业|整个行业|行业内|沪深两市|两市|美股|港股|[ABH]股|欧股|日股|沪市|深市|纳入统计|参与统计|纳入排名|参与排名")
# Kinds of known organisations (``organisations_known.tsv``) whose place, written inside their name, still owns
# counts: a government or council reports its place's (澳门特区政府卫生局…5名患者 -> 澳门).
_PLACES_OWN_IN = ("government", "council")
# A clause of 在 and a place alone (在悉尼，…) frames its sentence: the place owns the counts after it.
_FRAME = "在"
# The end of a bracket after a place that qualifies a figure (收视率(北美地区)).
_QUALIFIER_CLOSE = re.compile(r"(?:地区|境内|市场)?[)）]")
# What links the two ends of a route (台北往东京航班, 北京至上海高铁, 香港飞伦敦): neither end owns what is counted.
_ROUTE_LINKS = frozenset("往至到飞—-")
# A maker named with a model code right before the noun counted (增派波音777客机2架, 引进空客A320飞机10架): the name
# says which product the thing is, as a brand does; the maker owns none of them (session 29).
_MODEL_CODE = re.compile(r"[-\s]?(?=[A-Za-z\-]*\d)[A-Za-z\d][A-Za-z\d\-]{0,9}")
# ...and one after a quotation it said (“…，”联华超市总经理说。)
_SAYS = re.compile(_VERB_GAP + r"(?:" + "|".join(SPEECH_VERBS) + r")")
# 这/那 glued before a count (这|两部法律案: jieba leaves it out of the span) points back to what was just named
_POINTERS = ("这", "那")
_AMONG_THEM = "其中"
_AMONG_OPENING = re.compile(r"其中[，,：:]?(?:就|还|也)?(?:有|包括|在)?")  # 其中北京有…: a holder of the part's own (owners43)
_ACTED_REACH = 16  # letters before a count that 对/向/给/与 and a determiner or a 的-clause take (对上述, owners43)
_GROUP_REACH = 24  # letters after a count of companies in which its clause may name their group (从集团中, owners43)
# 全体70名议员中有40人: a count glued by 中 (and 有) to the count before it is a part of that count (session 26, counts29)
_PART_OF_BEFORE = re.compile(r"(?:之|当)?中(?:共有|就有|约有|仅有|只有|有)?")
_PART_OF_BEFORE_LONGEST = 4  # the letters _PART_OF_BEFORE matches at most (之中共有)
_OUR = "我"  # 我国, 我省, 我市: a deixis that may describe a noun (我国钢铁行业)
_LIST_CLOSING = ("和", "及", "、")  # before the last item of a list (与 is more often a preposition, owners43)
# The two countries a text has just named (中意两国, 两国关系): a count of both, never one country's.
_BOTH_SIDES = ("两国", "两岸")
# Bodies 公司/集团 cannot stand for: a school, a hospital, a club, a party, a state body (a name with no ending may
# be a company's: 华谊兄弟).
_NO_COMPANY = ("大学", "学院", "学校", "中学", "小学", "幼儿园", "医院", "队", "俱乐部", "政府", "局", "厅", "部", "委员会",
               "委", "协会", "学会", "联合会", "党", "军", "研究院", "研究所", "博物馆", "图书馆", "法院", "检察院")
# Words and sentences counted (只能用疯狂两个字形容, 用5句话概括) are a saying's, never a place's or a body's (counts93).
_WORDS_COUNTED = frozenset({"字", "个字", "句", "句话", "话", "词", "词语", "字眼"})
_COUNTRIES_COUNTED = frozenset({"国", "国家", "国家和地区"})
# How the name of a place that has things ends (大台北区, 上游村, 棠德花园, 苏州工业园, 西直门站; a market, a mall, a
# home: 长三角书报刊市场): a place only the recogniser reads, with no
# gazetteer code, owns a count only so named (counts93).
_HOLDING_PLACE_ENDINGS = (*"国洲岛州省市县区镇乡村邨苑园站", "社区", "小区", "新村", "市场", *FACILITY_KINDS, *FACILITY_WORDS)
_REGION_AFTER = "地区"  # 科索沃地区有5万多名…居民: the text itself calls the place a region  # 五国, 36个国家和地区: countries, no country's
_TEAMS_COUNTED = re.compile(r"[球支]?队")  # 两队, 两支球队: a count of teams  # a brand must open at least this many clauses where no mention covers it


# Those counted taking part in a contest or an event (200多名高手将参加15个项目的比赛): the event's, the one the
# document names last before them.
_TAKE_PART = re.compile(r"参加|参与|参赛|角逐|出席")
_EVENT_OF_CLAUSE = re.compile(r"比赛|大赛|赛事|活动|会议|" + _EVENT_WORDS)
_EVENT_END = re.compile(_EVENT_WORDS + "$")


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
# A place before 籍 or 裔 says whose nationality or descent someone has (美籍华裔导演, 中国籍船员): it owns nothing.
_NATIONALITY = ("籍", "裔")
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
_OTHER_SIDE = "对方"
# A verb of two or three letters and 的 right after a holder (国务院|审批的, 董事会|审议的): a 的-clause's predicate.
# ...after these, which jieba's dictionary tags as nouns or leaves out (报国务院审批, 经国务院批准): sent to or passed by.
_SUBMITTED_TO = ("报", "经")
_VERB_OF = re.compile(r"([^\W\d_]{2,3}?)的")


def _verb_word(word: str) -> bool:
    """Whether ``word`` is a verb of jieba's dictionary (审批, 审议), not a noun (国务院的)."""
    from zhkg.stages.segment import dictionary_tags

    return dictionary_tags().get(word) == "v"


def read_counts(ctx: RelationContext) -> list[Relation]:
    """A count belongs to the place or organisation its clause (else its sentence) is about.

    The document's candidate holders are gathered once (:func:`_candidate_spots`, :class:`_CountOwners`), then each
    count, in the text's order, is read by :meth:`_CountOwners.read`: whether it counts something no one owns, the
    owner its form fixes, the owner decided in the order of its readings (its clause, the words around it, earlier
    clauses and sentences), the owners it rules out, and the edge written.
    """
    counts = [m for m in ctx.mentions if m.label is Label.COUNT]
    if not counts:  # every relation below is a count's: the holders, spots and pointers of a text without one go unread
        return []
    owners = _CountOwners(ctx, counts)
    for count in counts:
        owners.read(count)
    return owners.out


def _pair_places(mentions: list[Mention], text: str) -> frozenset[Mention]:
    """The places written as a pair before 两国 or 两岸 (中意两国, 中国和美国两国, 海峡两岸 has none): each one side of what
    both do, no owner of it (中意两国领导人…将共同签署8项协议: the two countries', no one's; counts93)."""
    places = {m.start: m for m in mentions if m.label is Label.PLACE}
    out: set[Mention] = set()
    for m in places.values():
        run, pos = [m], m.end
        while True:
            if text.startswith(_BOTH_SIDES, pos) and len(run) > 1:
                out.update(run)
                break
            nxt = places.get(pos) or (places.get(pos + 1) if text[pos : pos + 1] in _LIST_LINKS_ONE else None)
            if nxt is None or len(run) > 1:
                break
            run.append(nxt)
            pos = nxt.end
    return frozenset(out)


#: What a step of :meth:`_CountOwners.read` returns when it has decided the count has no owner (no later reading may
#: give it one); None means "not decided yet".
_NO_OWNER = (-1, -1, None)


def _candidate_spots(ctx: RelationContext, counts: list[Mention], text: str, breaks: list[int],
                     sentence_breaks: list[int]) -> tuple[list[tuple[int, int, Mention]], list[int], list[int],
                                                          frozenset[Mention]]:
    """The holders a count of the document may belong to, as spots ``(start, end, mention)`` sorted by their ends
    (the outermost one first among those ending together), with the anaphors no holder resolves, the starts of teams'
    records and the teams.

    A spot is a place or organisation an extractor named (less those inside a count, a title, a dateline…), an
    anaphor standing for one (该公司), or a holder no extractor names but the text shows (a village, a team with its
    record, a brand, a short form): 广发基金…该公司中标 gives 广发基金 and 该公司 standing for it.
    """
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
    return spots, unresolved, records, team_set


class _CountOwners:
    """One document's counts and the holders they may belong to: built once (the candidates, the clause and sentence
    breaks, the lists glued to counts, the pointers), then :meth:`read` decides each count's owner in order, as
    ``owned`` remembers the owners decided so far (a count right after another, or a part after its whole, shares
    its owner). The readers (``owner_between``, ``locative``…) read the document's state from the instance; each
    opens by naming the parts of it it reads.
    """

    def __init__(self, ctx: RelationContext, counts: list[Mention]):
        """Gather the candidates (:func:`_candidate_spots`) and what every reading reads: the clause and sentence
        breaks (a run of spaces ends a headline), the pointers (该剧, 他), the lists glued to a count or closed by 在内,
        the counts by their starts and ends, the holders a sentence is said from the point of view of."""
        self.ctx, self.counts = ctx, counts
        self.out: list[Relation] = []
        text = self.text = ctx.simplified
        # a run of spaces ends a headline (related headlines listed one after another)
        gaps = [g.end() for g in _HEADLINE_GAP.finditer(text)]
        breaks = sorted([b.end() for b in CLAUSE_BREAK.finditer(text)] + gaps)
        sentence_breaks = sorted([b.end() for b in _SENTENCE_BREAK.finditer(text)] + gaps)
        self.breaks, self.sentence_breaks = breaks, sentence_breaks
        spots, unresolved, self.records, self.team_set = _candidate_spots(ctx, counts, text, breaks, sentence_breaks)
        self.known = ctx.lexicon.known_organisations
        self.spots = spots
        # 中意两国领导人…: the places of a pair, one side each of what both do, own nothing (counts93)
        self.pair_starts = frozenset(m.start for m in _pair_places(ctx.mentions, text)) if any(
            w in text for w in _BOTH_SIDES) else frozenset()
        ends = [s[1] for s in spots]
        # a spot starting in [lo, hi) ends in [lo + shortest_spot, hi + longest_spot): the readers below scan that slice of
        # spots (found by bisection on their ends, in the same order) rather than every spot of a long document
        shortest_spot = min((s[1] - s[0] for s in spots), default=0)
        longest_spot = max((s[1] - s[0] for s in spots), default=0)
        self.ends, self.shortest_spot, self.longest_spot = ends, shortest_spot, longest_spot
        first_end: dict[int, int] = {}  # the first spot ending at each offset, by its rank (partner)
        for k, s in enumerate(spots):
            first_end.setdefault(s[1], k)
        self.first_end = first_end
        products = {m.start for m in ctx.mentions if m.label is Label.ORGANIZATION and model_code(text, m.end)}
        anaphora = ctx.lexicon.anaphora
        pointers = _pointers(text, breaks, sentence_breaks, {s[0] for s in spots}, tuple(anaphora), products)
        pointers = sorted(pointers + [(p, _THING) for p in unresolved])
        pointed_at = [p for p, _ in pointers]
        place_ends = {m.end for m in ctx.mentions if m.label is Label.PLACE}
        self.products, self.anaphora, self.pointers, self.pointed_at, self.place_ends = (
            products, anaphora, pointers, pointed_at, place_ends)
        # the holder a sentence opens with when what follows says what it is or has (X是…, X位于…); else the last holder
        # opening one of its clauses before the count's so (据悉,唐山钢铁是…; 自本月起,本市还将有…)
        self.topic = _Topics(text, spots, self.opens_clause)
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
        self.counts_at, self.counts_ending, self.included, self.glued_lists, self.glued_at = (
            counts_at, counts_ending, included, glued_lists, glued_at)
        # (each name once: an entity named at every mention of a long document gave as many names to test)
        self.entity_names: dict[str, dict[str, None]] = {}
        # holders a sentence is said from the point of view of (对欣旺来说, 对于香港而言): one substring test first
        views = [v for v in spots if text.startswith(_POINT_OF_VIEW_AFTER, v[1])
                 and text.endswith(_POINT_OF_VIEW_BEFORE, 0, v[0])] if ("来说" in text or "而言" in text or "来讲" in text) else []
        countries = sorted((m for m in ctx.mentions if m.label is Label.PLACE and is_country_code(m.code or "")),
                           key=lambda m: m.start)
        country_starts = [m.start for m in countries]
        self.views, self.countries, self.country_starts = views, countries, country_starts
        self.owned: dict[int, tuple[int, int, Mention]] = {}  # a count's end -> its owner's spot

    def read(self, count: Mention) -> None:
        """Decide the owner of ``count`` and write its HAS_COUNT edge, if it has one: the steps below in order, each
        able to end the reading (the count owns nothing, or its owner is settled)."""
        owned, breaks, sentence_breaks = self.owned, self.breaks, self.sentence_breaks
        if count.start in owned:  # 3个生产队约800名居民: a count right after another is of the same holder
            start, _, holder = owned[count.start]
            owned[count.end] = owned[count.start]
            self.write_edge(holder, start, count)
            return
        k = bisect_right(breaks, count.start) - 1
        clause_start = breaks[k] if k >= 0 and breaks[k] <= count.start else 0
        k = bisect_right(sentence_breaks, count.start) - 1
        sentence_start = sentence_breaks[k] if k >= 0 else 0
        if self.counts_no_holder(count, clause_start) or self.owned_by_form(count, clause_start):
            return
        found, anchor = self.clause_holder(count, clause_start)
        if found is _NO_OWNER:
            return
        found = self.holder_around(count, clause_start, sentence_start, found)
        counted = count.quantity.counted_simplified if count.quantity else ""
        if found is None and self.owned_in_clause_or_by_list(count, sentence_start, anchor, counted):
            return
        found, pointed, members_of = self.further_holder(count, clause_start, sentence_start, found)
        if found is None:
            return
        found = self.kept(found, count, clause_start, sentence_start, counted, pointed, members_of)
        if found is None:
            return
        owned[count.end] = found
        start, _, holder = found
        self.write_edge(holder, start, count)

    def counts_no_holder(self, count: Mention, clause_start: int) -> bool:
        """Whether ``count`` counts what no holder owns: the points of a statement (有两大主要原因), the two sides
        just named (中意两国), people a nationality names (2000名台湾旅客), a list's own category (天河、番禺和荔湾成为
        三大领军区域)."""
        text, countries, country_starts = self.text, self.countries, self.country_starts
        if statement_points(count.quantity.counted_simplified if count.quantity else ""):
            return True  # 有两大主要原因, 三大看点: the points of a statement, no one's
        if (count.quantity.counted_simplified if count.quantity else "") in _WORDS_COUNTED:
            return True  # 温州楼市的表现只能用疯狂两个字形容: words of a saying, no one's (counts93)
        if text[count.start : count.end] in _BOTH_SIDES:
            return True  # 中意两国领导人…: the two countries just named, no one country's count
        if _national_people(text, count, countries, country_starts):
            return True  # 约有2000名台湾旅客滞留日本: people a nationality names are no one's (session 27)
        if _counts_a_list(text, clause_start, count) or self.lists_before(count):
            return True  # 天河、番禺和荔湾成为三大领军区域, 包括…在内的四家基金公司: the list's own count
        return False

    def owned_by_form(self, count: Mention, clause_start: int) -> bool:
        """Whether the form of ``count``'s clause settles its owner, writing the edge when it names one: a list
        glued to the count (…、广发小盘等14只基金: a holder before the list in the clause, else none), a body named
        before its members (207名全国人大代表 -> 全国人大), a whole market's count (全市场共有120只基金: a holder after the
        word or a place with it, else none)."""
        ctx, text, spots, glued_at, owned = self.ctx, self.text, self.spots, self.glued_at, self.owned
        if count.start in glued_at and (text.endswith("等", 0, count.start) or not any(
                glued_at[count.start] <= s[0] and s[1] <= count.start for s in spots)):
            # (and a list of things, no holder among them, glued to its count: 彩岩系列和孔雀系列两款产品)
            # …、广发小盘等14只基金: a list closed by 等 names a category: a holder before it in the clause, else none
            found = self.owner_between(clause_start, glued_at[count.start])
            if found is not None:
                owned[count.end] = found
                self.write_edge(found[2], found[0], count)
            return True
        body = _body_of_members(ctx.mentions, count, text) or _membership_body(text, count, clause_start, spots)
        if body is not None:  # 207名全国人大代表: the body named before its members
            self.write_edge(body, body.start, count)
            return True
        market = [m for m in _MARKET_WIDE.finditer(text, clause_start, count.end)]
        if market:
            # 全市场共有120只基金: a holder named after the word, or a place right before it (深圳市场上)
            lo = market[-1].end()
            place = next((s for s in spots if s[2].label is Label.PLACE and s[0] < market[-1].start() <= s[1]
                          < market[-1].end()), None)  # 深圳市场上: jieba may take 深圳市 for the place
            found = self.owner_between(lo, count.start, count.start) or place
            if found is not None:
                start, _, holder = found
                self.write_edge(holder, start, count)
            return True
        return False

    def clause_holder(self, count: Mention, clause_start: int) -> tuple[tuple[int, int, Mention] | None, int]:
        """The holder of ``count``'s own clause (the nearest before it that may own it; the subject rather than a
        place or a body after 在: 民建联在今届立法会有13名议员 -> 民建联), or ``_NO_OWNER`` when the clause rules any out
        (the other party of 与, the last of a list of bodies); with the anchor, where the count's reading starts
        (阿尔卡拉大学|在校学生有28000名: after the holder its noun was read into)."""
        text, spots, ends, anaphora = self.text, self.spots, self.ends, self.anaphora
        # a holder the count's noun was read into (阿尔卡拉大学|在校学生有28000名) is before the count, and so is an
        # anaphor the count was read from (全院现有老人30名: the home's, session 22; not a name: 赢了掘金队1个)
        anchor = max((s[1] for s in spots[bisect_right(ends, count.start) : bisect_right(ends, count.end)]
                      if s[0] < count.start or (s[0] == count.start and text[s[0] : s[1]] in anaphora)), default=count.start)
        found = self.owner_between(clause_start, anchor, anchor, count.quantity.value if count.quantity else 0.0)
        if found is not None and self.object_of_modifier(found, clause_start):
            return _NO_OWNER, anchor  # 这一轮报国务院审批的…总体规划总计达到100多个: what the 的-clause acts on (counts93)
        if found is not None and self.listed_of(found, count, clause_start):
            # 拉萨市各大中学校、企事业单位、解放军和武警部队的近万名团员青年: the last of a list of bodies whose people are
            # counted owns none of them; the place opening the clause, if any, does (owners43)
            found = next((s for s in map(spots.__getitem__, self.starting_in(clause_start, found[0]))
                          if s[2].label is Label.PLACE and _SUBJECT_OPENING.fullmatch(text, clause_start, s[0])), None)
            if found is None:
                return _NO_OWNER, anchor
        if found is None and any(clause_start <= spots[j][0] < anchor and self.partner(j, anchor) for j in self.starting_in(clause_start, anchor)):
            return _NO_OWNER, anchor  # 穆萨还与巴方签署了13项…协议: the clause's holder is the other party; no earlier clause's owns it
        if any(clause_start <= p < anchor for p in self.pair_starts):
            return _NO_OWNER, anchor  # 中意两国领导人…将共同签署8项协议: what the pair does is both's, no one's (counts93)
        if (found is not None and not _SUBJECT_OPENING.fullmatch(text, clause_start, found[0])
                and not text.endswith(_SUBJECT_BEFORE, clause_start, found[0]) and self.describes(found, count)):
            # 对如何提高澳大利亚国际教育的质量…共提出了41项建议: a place inside the object describes its noun; the
            # holder opening the clause, if any, is its subject and owns the count (广发基金…成功中标唐山钢铁等两家企业)
            found = self.owner_between(clause_start, found[0], anchor, count.quantity.value if count.quantity else 0.0)
            if found is None or not _SUBJECT_OPENING.fullmatch(text, clause_start, found[0]):
                return _NO_OWNER, anchor
        # (and a body after 在 is where the subject has it: 民建联在今届立法会有13名议员 -> 民建联)
        if found is not None and ((found[2].label is Label.PLACE and found[2].extractor != MentionSource.DEIXIS)
                                  or text.endswith(_FRAME, 0, found[0])):
            subject = next((s for s in map(spots.__getitem__, self.starting_in(clause_start, clause_start + 3))
                            if clause_start <= s[0] <= clause_start + 2
                            and s[2].label is Label.ORGANIZATION and s[1] <= found[0]), None)
            part = self.subsidiary(subject) if subject is not None else None
            if part is not None and part[1] <= found[0]:
                subject = part  # 鸿海集团旗下富士康在深圳龙华有员工约30万人: the part the group's 旗下 names (owners59)
            gap = text[found[1] : count.start]
            # ...but not when the subject is one of the things counted (X是河北省…的两家大型企业之一)
            # (a place after 在 that 就有/共有 glues to the count is where the subject has it: 台积电在台湾共有4座晶圆厂;
            # so is the last place of a chain after 在: 富士康在深圳龙华有员工约30万人, owners59)
            if subject is not None and (gap.strip("的共有为") != "" or text.endswith(_FRAME, 0, self.chain_start(found))) \
                    and not text.startswith("之一", count.end):
                found = subject
        # (…，拿下了三亚湾、大东海和琼海的…5间酒店: a clause with no subject of its own acts on the place, counts93)
        return self.shared_subject(clause_start, found), anchor

    def shared_subject(self, clause_start: int, found: tuple[int, int, Mention] | None) -> tuple[int, int, Mention] | None:
        """``found``, or the organisation opening the clause before when ``found`` is a place that the count's clause,
        opening with its verb and naming no subject of its own, acts on (该公司…斥资120万元，拿下了三亚湾、大东海和琼海的
        博鳌三地5间酒店: the company's hotels, not 琼海's): a count in a sentence about a company is its own, not the
        last place named's. The organisation must open the nearest earlier clause naming a holder, speak of nothing
        (X表示，…) and no person may come between (counts93)."""
        spots, text, sentence_breaks = self.spots, self.text, self.sentence_breaks
        k = bisect_right(sentence_breaks, clause_start) - 1
        sentence_start = sentence_breaks[k] if k >= 0 else 0
        if (found is None or clause_start <= sentence_start or found[2].label is not Label.PLACE
                or found[2].extractor == MentionSource.DEIXIS):
            return found
        at = self.chain_start(found)
        # (the places listed before it are objects too: 拿下了三亚湾、大东海和琼海的…)
        if any(clause_start <= s[0] < at and s[2].label is not Label.PLACE
               for s in map(spots.__getitem__, self.starting_in(clause_start, at))) \
                or not _opens_with_verb(text, clause_start, at):
            return found
        before = [s for s in map(spots.__getitem__, self.starting_in(sentence_start, clause_start))
                  if sentence_start <= s[0] < clause_start]
        subject = max(before, key=lambda s: (s[0], -s[1]), default=None)
        if (subject is None or subject[2].label is not Label.ORGANIZATION or not self.opens_clause(subject[0], sentence_start)
                or _speaks(text, subject[0], subject[1])
                or any(m.label is Label.PERSON and subject[0] < m.start < clause_start for m in self.ctx.mentions)):
            return found
        return subject

    def object_of_modifier(self, found: tuple[int, int, Mention], clause_start: int) -> bool:
        """Whether the holder of ``found`` is the object of a verb inside a 的-clause of the count's clause, a second
        verb glued after it (报国务院审批的…规划, 提交董事会审议的3项议案): what that clause acts on, and no owner, nor
        is any holder before it; not after 给 (调配给西城区的房源 are the district's, session 23)."""
        text = self.text
        m = _VERB_OF.match(text, found[1])
        if m is None or text.endswith(_RECEIVER_BEFORE, 0, found[0]):
            return False
        return (_governed(text, clause_start, found[0], found[1]) or text.endswith(_SUBMITTED_TO, clause_start, found[0])) \
            and _verb_word(m.group(1))

    def holder_around(self, count: Mention, clause_start: int, sentence_start: int,
                      found: tuple[int, int, Mention] | None) -> tuple[int, int, Mention] | None:
        """``found``, or the holder the words around ``count`` give: the one its sentence is said from the point of
        view of (对欣旺来说), the whole's owner for a part (其中…, 全体70名议员中有40人), the body its members are at
        (…学生在…按摩学院抗议), the holder a 的-clause holding it describes (只有7人上场的火箭)."""
        text, views, counts, owned, counts_ending = self.text, self.views, self.counts, self.owned, self.counts_ending
        view = next((v for v in reversed(views) if sentence_start <= v[0] and v[1] <= count.start), None)
        if view is not None and (found is None or found[0] < view[0] or found[2].label is Label.PLACE):
            found = view  # 现在对欣旺来说全国大概有几千家经销点: the company's, not the country's
        among = text.rfind(_AMONG_THEM, sentence_start, count.start) if found is None else -1
        if among >= 0 and self.opens_clause(among, sentence_start) and not self.names_subject(among, count.start):
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
            found = self.body_at(count)  # 上百名华裔学生在洛杉矶…按摩学院抗议: the school's students
        if found is None:
            found = self.described(count, clause_start)  # 只有7人上场的火箭: the team the count's 的-clause describes
        return found

    def owned_in_clause_or_by_list(self, count: Mention, sentence_start: int, anchor: int, counted: str) -> bool:
        """Whether ``count``, no holder found yet, has no other owner: people pointed back to and a statement's
        points are their clause's or none (两人击掌过后), a market's funds no fund's (开盘交易的32只封闭式基金), the
        members listed before it with 等 count themselves (台北市、新北市…等18个县市)."""
        text = self.text
        if (owned_in_clause_only(text[count.start : count.end], counted) or (
                fund_count(counted) and not _SELF_WORDS.search(text, sentence_start, count.start))):
            # 两人击掌过后, 有三大看点: people pointed back to, a statement's points: their clause's or none; and
            # 开盘交易的32只封闭式基金: a market's funds, no fund's nor company's unless said its own (旗下)
            return True
        if text.endswith("等", 0, anchor) and self.members(anchor):
            return True  # …宣布，台北市、新北市…等18个县市停课: the listed members' own count, no one's (a list glued
            # to its count with as many items is the clause before's subject's: 由中国、…6个成员国组成)
        return False

    def further_holder(self, count: Mention, clause_start: int, sentence_start: int,
                       found: tuple[int, int, Mention] | None) -> tuple[tuple[int, int, Mention] | None, bool, bool]:
        """``found``, or a holder beyond the count's clause, in this order: an earlier clause's topic or holder, the
        body of the members counted, the event they attend, the company speaking after a quotation, the next clause's
        subject, a team's record section, an earlier sentence's topic, the last body of the members' kind; with
        whether the count points back (这三名海盗) and whether it was given to the body of its members."""
        text, breaks, sentence_breaks = self.text, self.breaks, self.sentence_breaks
        # people with no noun (37人): a crowd, whose sentence's earlier clauses, next subject or earlier topic own none
        crowd = bare_people(text[count.start : count.end], count.quantity.counted_simplified if count.quantity else "")
        # (63个人: only no earlier sentence's topic nor the next clause's subject)
        far_crowd = crowd or people_one_by_one(text[count.start : count.end],
                                               count.quantity.counted_simplified if count.quantity else "")
        if found is None and clause_start > sentence_start:
            found = self.topic(sentence_start, clause_start) or (
                None if crowd else self.far_place(self.owner_between(sentence_start, clause_start, count.start,
                                                                     carried=True), clause_start))
            if (found is not None and found[2].extractor == MentionSource.DEIXIS and text.startswith(_OUR, found[0])
                    and not self.opens_clause(found[0], sentence_start) and self.describes(found, count)):
                # 研究人员紧紧围绕我国改革…，共立课题6000多项: 我国 inside an earlier predicate describes its noun (a
                # named place there may still be the sentence's topic: session 16 lost dev owners so)
                found = None
            if found is None and not crowd:
                # 温家宝来到湖南大学，行至图书馆前，面对数千名学生: members of a body of their kind the sentence names, though
                # a verb governs it there (session 24)
                body = self.member_body(count)
                found = body if body is not None and body[0] >= sentence_start else None
        if found is None:
            found = self.event_attended(count, clause_start)  # 200多名高手将参加15个项目的比赛: the contest's
        if found is None:
            found = self.quoted_speaker(count)  # “我们在全国有300多家分店，”联华超市总经理说: the company's
        # 这两部法律案, 这三名海盗: what was just named, pointed back to: no later clause's nor earlier sentence's
        # holder (members of a body named before are still its own: 这200多名华人学生 of the school)
        pointed = count.start > 0 and text[count.start - 1 : count.start] in _POINTERS
        if found is None and not pointed and not self.names_holder(sentence_start, count.start):
            k = bisect_right(breaks, count.end)
            clause_end = breaks[k] if k < len(breaks) else len(text)
            k = bisect_right(sentence_breaks, count.end)
            sentence_end = sentence_breaks[k] if k < len(sentence_breaks) else len(text)
            found = None if far_crowd else self.next_subject(count, clause_end, sentence_end)  # 春节之前的4场比赛,江苏队输了其中的3场
            if found is None:
                found = self.record_section(count)  # 雷霆(55-27)五连胜终止…。四名替补球员上双: 雷霆's
            if found is None and not far_crowd:
                found = self.previous_subject(sentence_start, count)  # X是…。只有一个方队12枚导弹参阅: still X
        members_of = found is None and not self.names_holder(sentence_start, count.start)
        if members_of:
            found = self.member_body(count)  # 温家宝来到湖南大学…。…面对数千名学生: the university's students
        return found, pointed, members_of

    def kept(self, found: tuple[int, int, Mention], count: Mention, clause_start: int, sentence_start: int,
             counted: str, pointed: bool, members_of: bool) -> tuple[int, int, Mention] | None:
        """The owner of ``count`` after the checks that rule ``found`` out (None): a pointer between them (该剧, 他),
        a count pointing back, an unnamed company, an accident's casualties, people arrested, what a body sights or
        acts on, companies counted by a company, teams counted by a team; ``found`` may become the outer holder or
        the owner of the same things counted before."""
        text, spots, counts, owned, known = self.text, self.spots, self.counts, self.owned, self.known
        pointers, pointed_at, team_set = self.pointers, self.pointed_at, self.team_set
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
            return None
        if pointed and found[0] < clause_start and not members_of and not any(
                counted.endswith(members) and found[2].name.endswith(ends) for members, ends in _MEMBERS_OF):
            # 将船上的三名海盗当场击毙，而且这三名海盗…: what was just named, no earlier clause's holder's either (but
            # members of a body of their kind: 湖南大学…，这200多名学生; and the same things counted before in the
            # sentence keep their owner: 对欣旺来说全国有几千家经销点，这几千个经销点…)
            again = next((c for c in reversed(counts) if sentence_start <= c.start and c.end <= clause_start
                          and _same_things(c, count)), None)
            if again is None or again.end not in owned:
                return None
            found = owned[again.end]
        found = _outer_holder(found, count, spots)
        if found[2].label is Label.ORGANIZATION and _GENERIC_BODY.fullmatch(found[2].name):
            return None  # 许多券商立志做全能的资产管理公司。该公司…: an unnamed company, no one
        if found[2].label is Label.PLACE and (
                (_INCIDENT.match(text, found[1]) and _CASUALTIES.search(counted))
                # (no accident named: 元朗公路近博爱交汇处25日晨发生3死14伤, 香港昨日发生…，造成5名乘客受伤, session 21)
                or (_CAUSED.search(text, max(found[1], sentence_start), count.start) is not None and (
                    text[count.start : count.end].endswith(_HURT_ONE) or text.startswith(_HURT, count.end)))):
            return None  # 石家庄倒楼事故已致10人遇难, 台南一工地昨日发生坍塌事故，造成5名工人受伤: the accident's, no place's
        if _arrested(text, max(found[1], clause_start, count.start - _ARREST_REACH), count):
            return None  # 香港警方昨日拘捕两名男子: people of a story, neither the police's nor the place's
        if _SIGHTED.search(text, max(found[1], sentence_start, count.start - _SIGHTED_REACH), count.start):
            return None  # 国防部表示，共侦获共机15架次: what a body detects is the other side's
        if (found[2].label is Label.ORGANIZATION and found[1] <= count.start
                and acted_on(text[max(clause_start, count.start - _ACTED_REACH) : count.start],
                         text[count.start : count.end], counted)):
            return None  # 金融监督委员会是在今年2月对上述12家银行作出…命令的: what a body acts on is no one's (owners43)
        if (found[2].label is Label.ORGANIZATION and not clause_start <= found[0] < count.start
                and any(bodies_counted(count.quantity.counted_simplified if count.quantity else "", name)
                        for name in self.names_of(found[2]))
                and not _speaks(text, found[0], found[1]) and not text.endswith(_HOLDING_WORDS, 0, count.start)
                # (现代集团…，将…9个公司从集团中分离出去: the group's own, said in their clause; owners43)
                and not parts_of_group(text[count.end : count.end + _GROUP_REACH], found[2].name)):
            # 对两家公司…, 已有两家基金公司: companies counted are no earlier clause's or sentence's company's (but the
            # company that says so keeps what its clause has: 华为公司表示,该行业有3家企业), whatever name the
            # document gives it there (恒大 of 恒大地产), nor a state body's that rules on them (印度商工部…，除4家企业…)
            return None
        if _TEAMS_COUNTED.fullmatch(count.quantity.counted_simplified if count.quantity else "") and (
                found[2] in team_set or found[2].name.endswith("队") or found[2].extractor == MentionSource.ORG_TEAM):
            return None  # 两队此后形成争球: the teams counted are no one team's (公牛 of teams.tsv neither)
        return found

    def starting_in(self, lo: int, hi: int) -> range:
        """Indices of spots, in order, among which are all those starting in ``[lo, hi)``."""
        ends, longest_spot, shortest_spot = self.ends, self.longest_spot, self.shortest_spot
        return range(bisect_left(ends, lo + shortest_spot), bisect_left(ends, hi + longest_spot))

    def learnt_from(self, start: int, end: int) -> bool:
        """Whether the holder at ``[start, end)`` is what a reporter learns the news from (记者昨日从海南省获悉)."""
        text = self.text
        return (text.endswith(_FROM_SOURCE, 0, start) and text.startswith(_LEARNT, end)
                and _REPORTER_WORD in text[max(0, start - 1 - _REPORTER_GAP) : start - 1])

    def locative(self, i: int, clause_start: int) -> bool:
        """Whether the place of spots[i] is where something is (在北京, 位于美国纽约州), not an owner."""
        ends, shortest_spot, spots, text = self.ends, self.shortest_spot, self.spots, self.text
        start, _, holder = spots[i]
        if holder.extractor == MentionSource.DOCUMENT_FACILITY:
            return False  # 在大工业区建设10条道路: the zone's roads, a facility's counted are its own (session 23)
        if holder.label is Label.PLACE and self.learnt_from(start, spots[i][1]):
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
                        or ((text[other[1] : start] in _LIST_LINKS or other[1] == start) and self.locative(j, clause_start)))
                   for j in range(bisect_left(ends, clause_start + shortest_spot), min(i, bisect_right(ends, start)))
                   for other in (spots[j],))

    def members(self, count_start: int, value: float = 0.0) -> list[tuple[int, int]]:
        """Indices of the holders listed right before a count as what it counts (工商银行[…]、…、交通银行这五家
        国有银行, 唐山钢铁等两家公司): the spans of the items of the count, not its owners. A list with nothing
        between its last item and the count is one only when it has as many items as the count says
        (由中国、俄罗斯…乌兹别克斯坦6个成员国组成; but 北京市3个区 is Beijing's), or two or more of more counted (招行和
        平安7家银行: some of them, counts38)."""
        counts_at, ends, spots, text = self.counts_at, self.ends, self.spots, self.text
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

    def owner_between(self, lo: int, hi: int, count_start: int = -1, value: float = 0.0,
                      carried: bool = False) -> tuple[int, int, Mention] | None:
        """The nearest holder in ``[lo, hi)`` that may own the count at ``count_start``; with ``carried`` (a holder of
        an earlier clause), none a verb or a preposition of its own clause governs (受北京电影学院之邀, session 24)."""
        anaphora, breaks, counts_at, ends, glued_lists, included, spots, text = (
            self.anaphora, self.breaks, self.counts_at, self.ends, self.glued_lists, self.included, self.spots, self.text)
        listed = (self.members(count_start, value) if count_start >= 0 else []) + included + glued_lists
        count = counts_at.get(count_start)
        # 今天打老鹰，对方阵容也有两个曾经的队友: 对方 opening the count's clause is the other side, what the clause before acts on
        opponent = carried and text.startswith(_OTHER_SIDE, _SUBJECT_OPENING.match(text, hi).end())
        i = bisect_right(ends, hi) - 1
        while i >= 0 and spots[i][1] > lo:
            start, end, _ = spots[i]
            if spots[i][2].label is Label.PLACE and text[start - 1 : start] in "(（" and _QUALIFIER_CLOSE.match(text, end):
                i -= 1  # 收视率(北美地区): a place in brackets qualifies a figure, it owns nothing
                continue
            if self.when_clause(start, hi):
                i -= 1  # 当广发基金拿到QDII批文后，共计有28家基金公司…: a clause of time has no owner of the next
                continue
            if self.route_end(i):
                i -= 1  # 加开台北往东京航班: the ends of a route, no owner of what the clause or the next one counts
                continue
            if count is not None and self.model_maker(spots[i], count):
                i -= 1  # 增派波音777客机2架: the maker of the model counted
                continue
            if text.endswith(_EXCEPT_BEFORE, 0, start) and _EXCEPT_AFTER.match(text, end):
                i -= 1  # 除工行外的10余家银行: the one left out
                continue
            if carried and not opponent and spots[i][2].extractor != MentionSource.DEIXIS and not (
                    spots[i][2].label is Label.PLACE and text[start:end] in anaphora) and not self.learnt_from(start, end) and _governed(
                    text, breaks[bisect_right(breaks, start) - 1] if bisect_right(breaks, start) else 0, start, end):
                i -= 1  # 受北京电影学院之邀，剧组拍摄了三部短片: what an earlier clause acts on is no owner carried on
                continue
            if not any(a <= start and end <= b for a, b in listed) and start >= lo and (
                    not _is_source(text, start, end) or self.self_reported(spots[i], lo, count)
                    or _anaphor_reports(text, start, end, anaphora) or _own_members(text, spots[i][2], count)) \
                    and not _regarded(text, start, end) and not self.partner(i, count_start) and start not in self.pair_starts \
                    and not self.units_across(i, lo, count) and not self.origin_list(i, count_start) and (
                    not self.locative(i, lo) or (_EXISTENTIAL_GAP.match(text[end:count_start])
                                            and not text.endswith(_SPREAD_BEFORE, 0, start)
                                            and not ("有" in text[end:count_start] and self.someone_there(lo, start)))):
                return spots[i]
            i -= 1
        return None

    def subsidiary(self, group: tuple[int, int, Mention]) -> tuple[int, int, Mention] | None:
        """The organisation written right after ``group`` and a word of holding (鸿海集团旗下富士康, 万科旗下的万科物业):
        a part of the group, the subject of its clause; None when there is none."""
        spots, text = self.spots, self.text
        words = next((w for w in _HOLDING_WORDS if text.startswith(w, group[1])), None)
        if words is None:
            return None
        at = group[1] + len(words) + text.startswith("的", group[1] + len(words))
        return next((s for s in map(spots.__getitem__, self.starting_in(at, at + 1))
                     if s[0] == at and s[2].label is Label.ORGANIZATION), None)

    def chain_start(self, found: tuple[int, int, Mention]) -> int:
        """Where the chain of places glued one after another that ends with ``found`` opens (深圳龙华, 台北市内湖区: the
        start of 深圳), ``found``'s own start when it is no place or follows none."""
        longest_spot, spots = self.longest_spot, self.spots
        start = found[0]
        while found[2].label is Label.PLACE:
            found = next((s for s in map(spots.__getitem__, self.starting_in(max(0, start - longest_spot), start))
                          if s[1] == start and s[0] < start and s[2].label is Label.PLACE), None)
            if found is None:
                break
            start = found[0]
        return start

    def route_end(self, i: int) -> bool:
        """Whether the place of spots[i] is an end of a route written place + 往/至/到/飞 + place (台北往东京航班,
        北京至上海高铁): it names the line, it owns nothing."""
        spots, text = self.spots, self.text
        start, end, holder = spots[i]
        if holder.label is not Label.PLACE:
            return False
        before = text[start - 1 : start] in _ROUTE_LINKS and any(
            s[1] == start - 1 and s[2].label is Label.PLACE for s in spots[max(0, i - 3) : i])
        after = text[end : end + 1] in _ROUTE_LINKS and any(
            s[0] == end + 1 and s[2].label is Label.PLACE for s in spots[i + 1 : i + 4])
        return before or after

    def model_maker(self, spot: tuple[int, int, Mention], count: Mention) -> bool:
        """Whether the organisation of ``spot`` is followed only by a model code up to the noun ``count`` opens with
        (波音|777|客机2架): the maker of the thing counted, no owner."""
        text = self.text
        start, end, holder = spot
        if holder.label is not Label.ORGANIZATION or not _opens_with_noun(count):
            return False
        code = _MODEL_CODE.fullmatch(text, end, count.start)
        return code is not None

    def partner(self, i: int, count_start: int) -> bool:
        """Whether the holder of spots[i] follows 与/同/跟 as a preposition (主场与荷兰球队5胜2平: the other party), not
        as the link of a list of holders (中国与美国两国), and the count is no part of the phrase it opens."""
        spots, text = self.spots, self.text
        start, end, _ = spots[i]
        if start < 2 or not text.endswith(_PARTNER_BEFORE, 0, start) or text[start - 2] == _NOT_PARTNER:
            return False
        if (count_start >= end and _PARTNER_OWNS.fullmatch(text, end, count_start)) or _PARTNER_PEOPLE.match(text, end):
            return False
        # a holder before it, only brackets between (中国（北京）与…): the link of a list, not a preposition. Read from
        # the brackets chained back from the 与 (each ends where the next opens) rather than every earlier spot (perf89:
        # that scan was quadratic, and each slice as long as the document)
        first_end = self.first_end
        return not any(first_end.get(p, i) < i for p in _bracket_chain(text, start - 1))

    def units_across(self, i: int, lo: int, count: Mention | None) -> bool:
        """Whether spots[i] is 全国 (or kin) before a count of a body's units, with an organisation earlier in the
        clause (交行总行以及全国36个分支机构 -> 交行总行)."""
        sentence_breaks, spots, text = self.sentence_breaks, self.spots, self.text
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
                   and self.opens_clause(s[0], sentence_start, sentence=True) and _self_report(text, s[0], s[1], s[2].name)
                   for s in spots[:i])

    def origin_list(self, i: int, count_start: int) -> bool:
        """Whether the place of spots[i] is an item of a list closed by 等国家的 right before the count (…美国、日本、德国
        等国家的16台机车): where the things come from, not whose they are."""
        spots, text = self.spots, self.text
        if count_start < 0 or spots[i][2].label is not Label.PLACE:
            return False
        m = _ORIGIN_LIST.match(text, spots[i][1])
        return m is not None and m.end() == count_start

    def quoted_speaker(self, count: Mention) -> tuple[int, int, Mention] | None:
        """The organisation that speaks right after the quotation holding ``count``, when the quotation speaks of
        itself before the count (“我们在全国有300多家分店，”联华超市总经理说 -> 联华超市): its own figures."""
        spots, text = self.spots, self.text
        for opening, closing in QUOTE_PAIRS:
            start = text.rfind(opening, 0, count.start)
            end = text.find(closing, count.end)
            if start < 0 or end < 0 or closing in text[start : count.start] or opening in text[count.end : end] \
                    or "\n" in text[start:end] or not _FIRST_PERSON.search(text, start, count.start):
                continue
            after = _SPEAKER_GAP.match(text, end + 1).end()
            return next((s for s in spots if s[0] == after and s[2].label is Label.ORGANIZATION
                         and _SAYS.match(text, s[1])), None)
        return None

    def someone_there(self, lo: int, start: int) -> bool:
        """Whether someone the extractors did not mark has the count at the place at ``start`` (我们在全国有300多家分店,
        华润万家目前在全国拥有3000多家门店): words other than adverbs and times come before its 在 in the clause, so the
        place is where, not who (光在东京就有上千家 stays Tokyo's; a body opening the clause is taken after)."""
        spots, text = self.spots, self.text
        return (_SUBJECTLESS.fullmatch(text, lo, start) is None
                and not any(s[2].label is Label.ORGANIZATION and lo <= s[0] <= lo + 2 for s in spots))

    def self_reported(self, spot: tuple[int, int, Mention], lo: int, count: Mention | None, things: bool = True) -> bool:
        """Whether an organisation speaking of itself (长盛基金公告称; 据华商基金相关负责人介绍) owns ``count``: its
        sentence from ``lo`` speaks of the company or (with ``things``, in the speaker's own sentence) counts what a
        body has: a later sentence must name the company's own (旗下, 本公司…), as 基金 may be the whole market's."""
        text = self.text
        return (count is not None and spot[2].label is Label.ORGANIZATION
                and _self_report(text, spot[0], spot[1], spot[2].name) and _about_itself(text, lo, count, things))

    def when_clause(self, pos: int, count_start: int) -> bool:
        """Whether ``pos`` lies in a clause of time (当…后/时，) that ends before ``count_start``."""
        breaks, text = self.breaks, self.text
        k = bisect_right(breaks, pos) - 1
        opening = breaks[k] if k >= 0 else 0
        close = breaks[k + 1] if k + 1 < len(breaks) else len(text)
        return (close <= count_start and text.startswith(_WHEN, opening)
                and _WHEN_END.search(text, opening, close) is not None)

    def lists_holders(self, spot: tuple[int, int, Mention]) -> bool:
        """Whether a holder opens a list of holders (深圳和广州的基金公司; 泰达荷银、华夏…等公司): the list, not it, is
        what its clause is about."""
        spots, text = self.spots, self.text
        link = _LIST_LINK_AFTER.match(text, spot[1])
        return link is not None and any(s[0] == link.end() for s in spots)

    def opens_clause(self, pos: int, sentence_start: int, sentence: bool = False) -> bool:
        """Whether ``pos`` opens its sentence (or, unless ``sentence``, one of its clauses), past quotes."""
        text = self.text
        while pos > sentence_start and text[pos - 1] in _OPENING:
            pos -= 1
        return pos == sentence_start or (not sentence and CLAUSE_BREAK.match(text[pos - 1]) is not None)

    def next_subject(self, count: Mention, clause_end: int, sentence_end: int) -> tuple[int, int, Mention] | None:
        """The organisation opening the clause after the count's, in its sentence (春节之前的4场比赛,江苏队…): only when
        the count ends its clause, fronted as a topic, not when its clause goes on with its own predicate (俄德两国4架
        战机全部逼近芬兰空中边界，芬兰空军…: the planes are not the next clause's subject's, session 19)."""
        spots, text = self.spots, self.text
        if clause_end >= sentence_end:
            return None
        tail = text[count.end : clause_end].rstrip(_CLAUSE_TAIL)
        if len(tail) > _FRONTED_TAIL and not tail.startswith(_LIST_LINKS):  # (6场联赛和两场杯赛，米堡…: a list)
            return None
        return next((s for s in map(spots.__getitem__, self.starting_in(clause_end, sentence_end))
                     if s[2].label is Label.ORGANIZATION and clause_end <= s[0] < sentence_end
                     and self.opens_clause(s[0], clause_end, sentence=True) and not _speaks(text, s[0], s[1])), None)

    def describes(self, spot: tuple[int, int, Mention], count: Mention) -> bool:
        """Whether the place of ``spot`` only describes the noun after it (京城街头, 美国高校), no topic for ``count``: not
        a place standing for 全国/本市, one opening an organisation's name, nor for a tally (6400套) or a count of that
        very noun (武汉楼盘…11个楼盘)."""
        spots, text = self.spots, self.text
        if spot[2].label is not Label.PLACE or (spot[2].extractor == MentionSource.DEIXIS
                                                and not text.startswith(_OUR, spot[0])):
            return False  # (我国钢铁行业的龙头企业: "our country's" describes as a name does; 全国, 本市 stand for the place)
        counted = count.quantity.counted_simplified if count.quantity else ""
        if counts_itself(text[count.start : count.end], counted):
            return False
        if any(o[0] == spot[0] and o[1] > spot[1] and o[2].label is Label.ORGANIZATION
               for o in map(spots.__getitem__, self.starting_in(spot[0], spot[0] + 1))):
            return False  # (澳洲计算机公会: the organisation's name, left as it was)
        return describes_noun(text, spot[1], counted)

    def previous_subject(self, sentence_start: int, count: Mention | None = None) -> tuple[int, int, Mention] | None:
        """The organisation an earlier sentence of the paragraph opens with, when the sentences after it
        (up to this one) name no holder: a topic goes on until another is named. A speaker is no topic, unless it
        speaks of itself and ``count`` is of what it has (长盛基金公告称，…。至此，长盛旗下全线9只开放式基金…)."""
        ctx, glued_lists, included, sentence_breaks, spots, text = (
            self.ctx, self.glued_lists, self.included, self.sentence_breaks, self.spots, self.text)
        lo = sentence_start
        again: object | None = None  # the one holder a sentence in between named, not as its subject
        for _ in range(_TOPIC_SENTENCES):
            if sentence_start == 0 or text[sentence_start - 1] == "\n":
                return None
            k = bisect_right(sentence_breaks, sentence_start - 1) - 1
            previous = sentence_breaks[k] if k >= 0 else 0
            named = [s for s in map(spots.__getitem__, self.starting_in(previous, sentence_start)) if previous <= s[0] < sentence_start]
            if named and again is not None:
                # 全国已建立…自然保护区2538个。其中，…分别占全国…总数。有28处自然保护区…: a sentence naming the topic
                # again, not as its subject, goes on with it
                first = next((s for s in named if self.opens_clause(s[0], previous)), None)
                return first if first is not None and _identity(ctx, first[2]) == again else None
            if named:
                openers = [s for s in named if self.opens_clause(s[0], previous)
                           and (not _speaks(text, s[0], s[1]) or self.self_reported(s, lo, count, things=False))
                           # (an item of a list glued to its count or closed by 在内 is one of the things counted:
                           # 恒大地产在内的5家公司…。总共有5家公司… is no 恒大's)
                           and not self.lists_holders(s) and not any(a <= s[0] < b for a, b in glued_lists + included)
                           and (
                    s[2].label is Label.ORGANIZATION
                    or (s[2].label is Label.PLACE and not text.startswith(_NOT_TOPIC_AFTER, s[1])
                        # 京城街头…, 美国高校…: a place describing a noun is no topic of the sentences after it
                        and (count is None or not self.describes(s, count))))]
                first = next((s for s in openers if self.opens_clause(s[0], previous, sentence=True)), None)
                if first or openers:
                    return first or openers[-1]
                ids = {_identity(ctx, s[2]) for s in named}
                if len(ids) != 1 or any(s[2].extractor != MentionSource.DEIXIS for s in named):
                    return None  # (only 全国, 本市 and kin: a name said again is often a new topic's)
                again = ids.pop()
            sentence_start = previous
        return None

    def far_place(self, found: tuple[int, int, Mention] | None, clause_start: int) -> tuple[int, int, Mention] | None:
        """An earlier clause's holder, unless it is a place more than ``_CARRY_CLAUSES`` clauses before the count's
        clause (a run-on sentence has moved on from it); an organisation and a place standing for 全国 or 本市 still
        carry."""
        breaks = self.breaks
        if found is None or found[2].label is not Label.PLACE or found[2].extractor == MentionSource.DEIXIS:
            return found
        between = bisect_right(breaks, clause_start) - bisect_right(breaks, found[0])
        return None if between > _CARRY_CLAUSES else found

    def foreign_members(self, count: Mention) -> bool:
        """Whether the members counted are said to be of a country (其中中国留学生为7.4292万人, 500名日本学生): a
        nation's students, no one university's (国际学生 at a university named before are still its own)."""
        place_ends, text = self.place_ends, self.text
        full = to_simplified(count.quantity.counted_full) if count.quantity else ""
        at = text.find(full, count.start, count.end) if full else -1
        at = count.start if at < 0 else at
        return at in place_ends or count.start in place_ends  # (count.start <= at)

    def member_body(self, count: Mention) -> tuple[int, int, Mention] | None:
        """The body a count of its members belongs to when its sentence names no holder: the last
        organisation before it whose name ends as that kind of body does (学生 of 湖南大学, 球员 of a 队)."""
        ends, spots = self.ends, self.spots
        thing = count.quantity.counted_simplified if count.quantity else ""
        endings = next((ends for members, ends in _MEMBERS_OF if thing.endswith(members)), None)
        if endings is None or self.foreign_members(count):
            return None
        # the last such spot ending by the count: spots are sorted by their ends
        return next((spots[i] for i in reversed(range(bisect_right(ends, count.start)))
                     if spots[i][2].label is Label.ORGANIZATION and spots[i][2].name.endswith(endings)), None)

    def body_at(self, count: Mention) -> tuple[int, int, Mention] | None:
        """The body of their kind that members counted are at, after 在 in their clause (上百名华裔学生在洛杉矶…按摩学院
        抗议 -> the school): theirs, when nothing before them in the clause owns them."""
        spots, text = self.spots, self.text
        thing = count.quantity.counted_simplified if count.quantity else ""
        endings = next((ends for members, ends in _MEMBERS_OF if thing.endswith(members)), None)
        if endings is None or not text.startswith(_FRAME, count.end):
            return None
        close = CLAUSE_BREAK.search(text, count.end)
        limit = close.start() if close else len(text)
        return next((s for s in spots if count.end < s[0] and s[1] <= limit and s[2].label is Label.ORGANIZATION
                     and s[2].name.endswith(endings)), None)

    def described(self, count: Mention, clause_start: int) -> tuple[int, int, Mention] | None:
        """The holder right after a 的-clause holding the count, which it describes (只有7人上场的火箭坐镇主场 -> 火箭;
        拥有300名员工的华为公司): not a count of countries or teams (来自10个国家的代表团: where they come from), nor a
        thing of the count's own before 的 (5家银行的总行: a verb must come between, or 拥有/有 before the count)."""
        spots, text = self.spots, self.text
        counted = count.quantity.counted_simplified if count.quantity else ""
        if counted in _COUNTRIES_COUNTED or _TEAMS_COUNTED.fullmatch(counted):
            return None
        m = _DESCRIBING.match(text, count.end)
        if m is None or (m.end() - count.end == 1 and not text.endswith(_HAVING, clause_start, count.start)):
            return None
        if text.startswith(_LIST_LINKS, count.end) or any(count.end <= s[0] < m.end()
                                                          for s in map(spots.__getitem__, self.starting_in(count.end, m.end()))):
            return None  # 全球15所大学与安生基金会的剑桥大学…项目: another holder's, or a list's, 的
        return next((s for s in map(spots.__getitem__, self.starting_in(m.end(), m.end() + 1))
                     if s[0] == m.end() and not _speaks(text, s[0], s[1])), None)

    def event_attended(self, count: Mention, clause_start: int) -> tuple[int, int, Mention] | None:
        """The event those counted take part in (200多名高手将参加15个项目的比赛), the last the document names before
        them, when their clause says they take part in a contest or an event."""
        spots, text = self.spots, self.text
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

    def lists_before(self, count: Mention) -> bool:
        """Whether the count names the category of a 包括…在内 list right before it, in its sentence and with
        no other count between (包括工银瑞信、南方和鹏华在内的四家基金公司; …在内,今年以来共有13只债基)."""
        counts, included, text = self.counts, self.included, self.text
        end = max((e for s, e in included if e <= count.start), default=-1)
        gap = text[end : count.start]
        return (end >= 0 and len(gap) <= _LIST_GAP and _SENTENCE_BREAK.search(gap) is None
                and not any(end <= c.start < count.start for c in counts))

    def record_section(self, count: Mention) -> tuple[int, int, Mention] | None:
        """The team whose record (雷霆(55-27)) is written last before the count in its paragraph: a game report's
        section about that team."""
        records, spots, text = self.records, self.spots, self.text
        at = max((r for r in records if r < count.start and "\n" not in text[r : count.start]), default=-1)
        return next((s for s in map(spots.__getitem__, self.starting_in(at, at + 1))
                     if s[0] == at and (s[2].extractor == DERIVED or s[2].label is Label.ORGANIZATION)), None) if at >= 0 else None

    def names_holder(self, lo: int, hi: int) -> bool:
        """Whether a holder is named in ``[lo, hi)``, other than a place where the counted spread or gather
        (遍布全国, 齐聚温哥华会议中心): such a sentence still goes on with the topic before it."""
        spots, text = self.spots, self.text
        return any(lo <= s[0] < hi and not (s[2].label is Label.PLACE and text.endswith(_SPREAD_BEFORE, 0, s[0]))
                   for s in map(spots.__getitem__, self.starting_in(lo, hi)))

    def listed_of(self, found: tuple[int, int, Mention], count: Mention, clause_start: int) -> bool:
        """Whether the organisation of ``found`` closes a list of three or more (after 、/和/及, a 、 before it in the
        clause) glued by 的 to a count (…、解放军和武警部队的近万名团员青年): one of the bodies the counted come from, no
        owner of them all (与喇叭联校的10名学生 is a partner's, left as it was)."""
        text = self.text
        return (found[2].label is Label.ORGANIZATION and text[found[1] : count.start] == _OF
                and text.endswith(_LIST_CLOSING, 0, found[0]) and "、" in text[clause_start : found[0]])

    def names_subject(self, among: int, hi: int) -> bool:
        """Whether the clauses from 其中 (at ``among``) up to ``hi`` name a holder of their own: an organisation, or a
        place opening a clause or right after 其中 (其中北京有…); a place inside a predicate (其中1.2万人进入邻国阿尔巴尼亚，
        另有8000余人…) is where the parts go, and the parts still share the whole's holder (owners43)."""
        spots, text = self.spots, self.text
        return any(among <= s[0] < hi and not (s[2].label is Label.PLACE and text.endswith(_SPREAD_BEFORE, 0, s[0]))
                   and (s[2].label is not Label.PLACE or self.opens_clause(s[0], among)
                        or _AMONG_OPENING.fullmatch(text, among, s[0]) is not None)
                   for s in map(spots.__getitem__, self.starting_in(among, hi)))

    def write_edge(self, holder: Mention, start: int, count: Mention) -> None:
        """Relate ``count`` to ``holder``, unless the count is of holders of its own kind: countries counted
        (我们五国, 两国) are no one country's, teams counted (两队) no club's."""
        ctx, out = self.ctx, self.out
        counted = count.quantity.counted_simplified if count.quantity else ""
        if counted in _COUNTRIES_COUNTED and holder.label is Label.PLACE:
            return
        if _TEAMS_COUNTED.fullmatch(counted) and holder.label is Label.ORGANIZATION:
            return  # (他们 standing for a club whose name is written without 队 included)
        if (holder.label is Label.PLACE and holder.extractor == MentionSource.RECOGNISER and not holder.code
                and not holder.simplified.endswith(_HOLDING_PLACE_ENDINGS) and not self.text.startswith(_REGION_AFTER, holder.end)):
            return  # 英灵, 法海, 红木街, 广渠路: a place only the recogniser reads, no gazetteer's, nor named as one that has
            # things is (a street, a river, a name misread): owning nothing beats a wrong owner (counts93)
        out.append(ctx.relation(_owner_id(ctx, holder), ctx.owner[count], RelationKind.HAS_COUNT, start, count.end))

    def names_of(self, holder: Mention) -> list[str]:
        """Every name the document gives ``holder``'s entity (恒大 and 恒大地产), and 公司 for a state body (a
        ministry or a regulator is no owner of the companies it rules on, as a company is none of its peers)."""
        ctx, entity_names = self.ctx, self.entity_names
        if not entity_names:
            for m in ctx.mentions:
                if m.label is Label.ORGANIZATION and m in ctx.owner:
                    entity_names.setdefault(ctx.owner[m], {})[m.name] = None
        names = [holder.name, *entity_names.get(ctx.owner.get(holder, ""), {})]
        ruling = holder.extractor == MentionSource.ORG_STATE_BODY or holder.name.endswith(_RULING_ENDINGS)
        return names + ["公司"] if ruling else names
