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
* Session 35 (owners116): :meth:`_ClauseReaders.said_place`, ``owns_nothing``, ``no_one_of``, ``glued_whole``.
* Session 40 (owners158): a team's players by post (捕手, 内野手) and the members' noun before a bare count of people
  (员工5000人) are members for :meth:`_ClauseReaders.member_body`; a holder of another clause glued before its own
  members (中职球员) yields to the body of the count's members' kind (``members_elsewhere``); a scenic area named by
  its place (九寨沟景区) is a zone of :mod:`zhkg.relate.count_facilities`.
* Session 45 (owners193): a count in a sentence opening a paragraph and naming no holder belongs to the document's
  topic (:meth:`_ClauseReaders.document_topic`: its first holder, named three times or more and most), never a
  crowd's, a pointer's nor a sentence's about a person; a count after a colon closing a list of names (湖里区 仁和幼儿园、
  …：共提供1440个学位) is the heading's (:meth:`zhkg.relate.count_owner_around._AroundReaders.list_heading`), not the
  last item's.
* Session 46 (owners200): in a text of several paragraphs the document's topic also owns a holderless sentence's count
  inside a paragraph, when no earlier sentence's topic carries and the sentence names no holder after its count either
  (:meth:`_ClauseReaders.inside_paragraph_carries`); a one-paragraph text (THUCNews rows) is read as before.
* Session 47 (counts206): legislators (议员, 立委) are members of the last house named (立法院, 立法会, 议会) for
  :meth:`_ClauseReaders.member_body`, in an earlier paragraph too; people counted before 来自 and an organisation are
  its members (:meth:`_ClauseReaders.body_come_from`: 当中38人来自民建联); a count of people in a sentence opening on
  其中 is a part of the last people counted before (:meth:`_ClauseReaders.people_counted_before`).
* Session 48 (counts211): members named before a bare count of people (员工总数共计84512人), people a body counted
  earlier in the sentence (``people_counted_earlier``), 全国 glued to a count (``whole_glued``): see docs/counts.md.
* Session 62 (owners310): a text opening with a place chained to a place (济南市槐荫区…) is about the division the chain
  names; 全市/全国 before a rank among the firsts (全市首家) is its scope, no holder; the topic named after a count keeps
  it carrying; job fairs are events and 现场/会场 opening a clause stand for the nearest event; 全国 in a story about one
  country abroad is that country; a place after a verb of intruding is the target: see docs/counts.md.

Layout (tidy60 split this module by what each part decides; read_counts, the owner's choice, stays here, as its
steps since tidy62: ``_candidate_spots``, then ``_CountOwners.read`` for each count):

* :mod:`zhkg.relate.count_derived` — owner candidates no extractor names (teams, brands, villages, events…);
* :mod:`zhkg.relate.count_forms` — candidates written short, cut or run together, and the holder each stands for;
* :mod:`zhkg.relate.count_anaphora` — anaphora and deixis (该公司, 当地, 他们) and subjects that are no holder;
* :mod:`zhkg.relate.count_subject` — the sentence's subject and topic, sources and speakers that own nothing;
* :mod:`zhkg.relate.count_counted` — what is counted: names inside a count, lists, members, titles;
* :mod:`zhkg.relate.count_scope`, :mod:`zhkg.relate.count_topics`, :mod:`zhkg.relate.count_pointers`,
  :mod:`zhkg.relate.count_facilities` — counts owned in their clause only, topics, pointers, facilities.
* tidy106: :mod:`zhkg.relate.count_owner_words` — the words and patterns; :mod:`zhkg.relate.count_candidates` —
  ``_candidate_spots``; ``_CountOwners`` inherits the readers of :mod:`zhkg.relate.count_owner_between` (what lies
  between a count and a holder) and :mod:`zhkg.relate.count_owner_clauses` (subjects, descriptions, ``kept``).
* tidy251: ``_CountOwners`` also inherits the readers of :mod:`zhkg.relate.count_owner_around` (a count's own words and
  the words around it: votes won, counts no holder owns, epithets, a whole's part, a list's heading).

Import each name from the module that defines it: since tidy119 this module exports :func:`read_counts` alone
(and holds ``_CountOwners``); the helpers above are no longer re-exported from here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from zhkg.records import Label, Mention, MentionSource, Relation, RelationKind
from zhkg.relate.base import CLAUSE_BREAK, RelationContext
from zhkg.relate.count_anaphora import (
    _SUBJECT_OPENING,
    _THING,
    _pointers,
)
from zhkg.relate.count_candidates import _candidate_spots, _pair_places
from zhkg.relate.count_counted import (
    _LIST_SPLIT,
    _LIST_TAIL,
    _body_of_members,
    _glued_list,
    _members_counted,
    _members_named_before,
    _membership_body,
    _tallied,
)
from zhkg.relate.count_forms import _SENTENCE_BREAK, _owner_id
from zhkg.relate.count_owner_around import _WHOLE_SENTENCES, _AroundReaders
from zhkg.relate.count_owner_between import _BetweenReaders
from zhkg.relate.count_owner_clauses import _ClauseReaders
from zhkg.relate.count_owner_kinds import described_holder, people_sent
from zhkg.relate.count_owner_things import (
    counted_holder,
    is_league,
    joined_count,
    respective_owner,
    verb_clause_subject,
)
from zhkg.relate.count_owner_words import (
    _BOTH_SIDES,
    _COUNTRIES_COUNTED,
    _FRAME,
    _HEADLINE_GAP,
    _HOLDING_PLACE_ENDINGS,
    _IN_ALL,
    _INCLUDING,
    _MARKET_WIDE,
    _NAME_TAIL,
    _NAME_TAIL_LETTERS,
    _NO_OWNER,
    _OUR,
    _POINT_OF_VIEW_AFTER,
    _POINT_OF_VIEW_BEFORE,
    _POINTERS,
    _RECEIVER_BEFORE,
    _REGION_AFTER,
    _SUBJECT_BEFORE,
    _SUBMITTED_TO,
    _TEAMS_COUNTED,
    _VERB_OF,
    _verb_word,
)
from zhkg.relate.count_pointers import model_code
from zhkg.relate.count_scope import (
    bare_people,
    people_one_by_one,
)
from zhkg.relate.count_subject import (
    _governed,
    _opens_with_verb,
    _speaks,
    _Topics,
)
from zhkg.relate.count_topics import CITATION_MARKS
from zhkg.relate.count_votes import VotesWon
from zhkg.resources.gazetteer import is_country_code

__all__ = ['read_counts']

_STREET_HEADS = ("路", "街", "大道", "大街")  # a street the local rules read (广渠路|15号) owns no count, as the recogniser's
# A list of names closed by a colon before the count's clause (湖里区 仁和幼儿园、钟宅幼儿园、新港幼儿园：共提供1440个
# 学位): two items or more joined by 、, none holding a space or a clause mark; the count is the list's sum (owners193).
_LIST_STOPS = frozenset(" \t\u3000\n，,；;。：:！？!?")


def _list_before_colon(text: str, lo: int, colon: int) -> int | None:
    """Where a list of names closed by the colon at ``colon`` opens, no further back than ``lo``: the run of letters
    before the colon back to a space or a clause mark, when it holds two items or more joined by 、; else None. Read
    back letter by letter, in time linear in the run (a pattern searched from each start took quadratic time).

    >>> _list_before_colon("湖里区 仁和幼儿园、新港幼儿园：共提供1440个学位", 0, 14)
    4
    >>> _list_before_colon("共提供：1440个学位", 0, 3) is None
    True
    """
    start = colon
    while start > lo and text[start - 1] not in _LIST_STOPS:
        start -= 1
    run = text[start:colon]
    if "、" not in run or run.startswith("、") or run.endswith("、") or "、、" in run:
        return None
    return start


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


class _CountOwners(_BetweenReaders, _ClauseReaders, _AroundReaders):
    """One document's counts and the holders they may belong to: built once (the candidates, the clause and sentence
    breaks, the lists glued to counts, the pointers), then :meth:`read` decides each count's owner in order, as
    ``owned`` remembers the owners decided so far (a count right after another, or a part after its whole, shares
    its owner). The readers (``owner_between``, ``locative``…) read the document's state from the instance; each
    opens by naming the parts of it it reads.
    """

    whole_sentences = _WHOLE_SENTENCES  # (read by the mixins' part readers)

    def __init__(self, ctx: RelationContext, counts: list[Mention]):
        """Gather the candidates (:func:`_candidate_spots`) and what every reading reads: the clause and sentence
        breaks (a run of spaces ends a headline), the pointers (该剧, 他), the lists glued to a count or closed by 在内,
        the counts by their starts and ends, the holders a sentence is said from the point of view of."""
        self.ctx, self.counts = ctx, counts
        self.out: list[Relation] = []
        text = self.text = ctx.simplified
        # a run of spaces ends a headline (related headlines listed one after another)
        gaps = [g.end() for g in _HEADLINE_GAP.finditer(text)]
        gaps += [g.end() for g in CITATION_MARKS.finditer(text)]  # 实现就业 [4] 教育与医疗资源 - …: a digest's points (counts295)
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
        self.parts: dict[int, tuple[int, int, Mention]] = {}  # a part's end (全体70名议员中有40人) -> its whole's owner
        self.votes: VotesWon | None = None  # the people read for the votes they win, once a count of votes is read
        # the holder the document is about (:meth:`document_topic`), read at the first count that needs it; () for none
        self.topic_of_document: tuple[int, int, Mention] | tuple[()] | None = None

    def read(self, count: Mention) -> None:
        """Decide the owner of ``count`` and write its HAS_COUNT edge, if it has one: the steps below in order, each
        able to end the reading (the count owns nothing, or its owner is settled)."""
        owned, breaks, sentence_breaks = self.owned, self.breaks, self.sentence_breaks
        if count.start not in owned:  # 分别达到1042家和605家: the second figure is the first's (counts258)
            k = bisect_right(breaks, count.start) - 1
            joined = joined_count(self.text, count, owned, breaks[k] if k >= 0 and breaks[k] <= count.start else 0)
            if joined is not None:
                owned[count.start] = owned[joined]
        if count.start in owned:  # 3个生产队约800名居民: a count right after another is of the same holder
            k = bisect_right(breaks, count.start) - 1
            if self.epithet_apart(owned[count.start], count, breaks[k] if k >= 0 and breaks[k] <= count.start else 0):
                return  # 北京市6个区县5大类人群: an epithet even so (owners138)
            start, _, holder = owned[count.start]
            owned[count.end] = owned[count.start]
            self.write_edge(holder, start, count)
            return
        k = bisect_right(breaks, count.start) - 1
        clause_start = breaks[k] if k >= 0 and breaks[k] <= count.start else 0
        k = bisect_right(sentence_breaks, count.start) - 1
        sentence_start = sentence_breaks[k] if k >= 0 else 0
        if (self.votes_won(count, clause_start) or self.counts_no_holder(count, clause_start)
                or self.owned_by_form(count, clause_start)):
            return
        found, anchor = self.clause_holder(count, clause_start)
        if found is _NO_OWNER:
            return
        if found is not None and counted_holder(found[2], count, self.text):
            found = None  # 外资研发中心累计分别达到1042家和605家: what 605家 counts, no owner (counts258)
        found = self.holder_around(count, clause_start, sentence_start, found)
        counted = count.quantity.counted_simplified if count.quantity else ""
        if found is None and self.owned_in_clause_or_by_list(count, sentence_start, anchor, counted):
            return
        found, pointed, members_of = self.further_holder(count, clause_start, sentence_start, found)
        if found is None and (found := people_sent(self.text, count, sentence_start, counted, self.spots, self.ends)) is None:
            return
        found = self.kept(found, count, clause_start, sentence_start, counted, pointed, members_of)
        if found is None or self.said_apart(found, count):  # 姚明表示：“这是两种…: the speaker's words (owners110)
            return
        if self.epithet_apart(found, count, clause_start):  # 香港四大名茶: a class by its fame, no place's (owners138)
            return
        owned[count.end] = found
        start, _, holder = found
        self.write_edge(holder, start, count)

    def owned_by_form(self, count: Mention, clause_start: int) -> bool:
        """Whether the form of ``count``'s clause settles its owner, writing the edge when it names one: organisations
        listed before 分别 (民建联和工联会分别取得20席和7席: each its count in turn), a list glued to the count (…、广发小盘等14只基金: a holder before the list in the clause, else none), a body named
        before its members (207名全国人大代表 -> 全国人大), a whole market's count (全市场共有120只基金: a holder after the
        word or a place with it, else none)."""
        ctx, text, spots, glued_at, owned = self.ctx, self.text, self.spots, self.glued_at, self.owned
        k = bisect_right(self.breaks, count.end)  # 民建联和工联会分别取得20席和7席: each its count in turn (counts258)
        found = respective_owner(text, count, clause_start, self.breaks[k] if k < len(self.breaks) else len(text), spots,
                                 self.counts)
        if found is not None:
            owned[count.end] = found
            self.write_edge(found[2], found[0], count)
            return True
        if count.start in glued_at and (text.endswith("等", 0, count.start) or not any(
                glued_at[count.start] <= s[0] and s[1] <= count.start for s in spots)):
            # (and a list of things, no holder among them, glued to its count: 彩岩系列和孔雀系列两款产品)
            # …、广发小盘等14只基金: a list closed by 等 names a category: a holder before it in the clause, else none
            found = self.owner_between(clause_start, glued_at[count.start])
            if found is None and text.endswith("等", 0, count.start):  # 提出包括…等6大方针: the subject's (counts258)
                k = bisect_right(self.sentence_breaks, count.start) - 1
                found = verb_clause_subject(text, count, clause_start, self.sentence_breaks[k] if k >= 0 else 0, spots,
                                            self.opens_clause)
            if found is not None:
                owned[count.end] = found
                self.write_edge(found[2], found[0], count)
            return True
        body = (_body_of_members(ctx.mentions, count, text) or _membership_body(text, count, clause_start, spots)
                or described_holder(text, count, spots))  # 现有19席的民建联 (counts249)
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
        found = self.glued_whole(self.owner_between(clause_start, anchor, anchor, count.quantity.value if count.quantity else 0.0))
        if found is not None and (self.object_of_modifier(found, clause_start) or self.no_one_of(found, count, clause_start)):
            return _NO_OWNER, anchor  # 报国务院审批的…总体规划总计达到100多个: what the 的-clause acts on (counts93); 加州及德州已有7人 (owners116)
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
            # so is the last place of a chain after 在: 富士康在深圳龙华有员工约30万人, owners59; and of a list after 在:
            # 公司在沙田、大埔及元朗共有5个物业发展项目, review148)
            if subject is not None and (gap.strip("的共有为") != "" or text.endswith(_FRAME, 0, self.list_start(found))) \
                    and not text.startswith("之一", count.end):
                found = subject
        # (…，拿下了三亚湾、大东海和琼海的…5间酒店: a clause with no subject of its own acts on the place, counts93)
        return self.shared_subject(clause_start, self.acting_subject(clause_start, found)), anchor

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

    def further_holder(self, count: Mention, clause_start: int, sentence_start: int,
                       found: tuple[int, int, Mention] | None) -> tuple[tuple[int, int, Mention] | None, bool, bool]:
        """``found``, or a holder beyond the count's clause, in this order: an earlier clause's topic or holder, the
        body of the members counted, the event they attend, the company speaking after a quotation, the next clause's
        subject, a team's record section, an earlier sentence's topic, the last body of the members' kind; with
        whether the count points back (这三名海盗) and whether it was given to the body of its members."""
        text, breaks, sentence_breaks = self.text, self.breaks, self.sentence_breaks
        # people with no noun (37人): a crowd, whose sentence's earlier clauses, next subject or earlier topic own none
        crowd = bare_people(text[count.start : count.end], count.quantity.counted_simplified if count.quantity else "")
        members_named = crowd and _members_counted(text, count) != "人"  # 员工总数共计84512人: members (counts211)
        crowd, given = crowd and not members_named and not _members_named_before(  # 新生部分，本学年共5012人 (counts224)
            text, sentence_start, count, [c for c in self.counts if sentence_start <= c.start and c.end <= count.start]
        ) and not _tallied(text, count), found  # 田径(1255人), 足球以2565人成为…: a tally's figures (counts295)
        # (63个人: only no earlier sentence's topic nor the next clause's subject)
        far_crowd = crowd or people_one_by_one(text[count.start : count.end],
                                               count.quantity.counted_simplified if count.quantity else "")
        if found is None and clause_start > sentence_start and text[clause_start - 1] in "：:":
            listed = _list_before_colon(text, sentence_start, clause_start - 1)
            heading = self.list_heading(sentence_start, listed) if listed is not None else None
            if heading is not None:  # 湖里区 仁和幼儿园、…、新港幼儿园：共提供1440个学位: the district's, no school's
                return heading, False, False
        if found is None and clause_start > sentence_start:
            found = self.topic(sentence_start, clause_start) or (
                None if crowd else self.far_place(self.framed_subject(self.owner_between(
                    sentence_start, clause_start, count.start, carried=True)), clause_start))
            if found is None and crowd:  # 民建联派出26人出战，最终有20人当选: the body's (counts211)
                # (…完成9420处农村供水工程，…，吸纳就业315万人: a run of results, counts295)
                found = self.people_counted_earlier(sentence_start, count) or self.run_of_results(
                    sentence_start, clause_start, count)
            if (found is not None and found[2].extractor == MentionSource.DEIXIS and text.startswith(_OUR, found[0])
                    and not self.opens_clause(found[0], sentence_start) and self.describes(found, count)):
                # 研究人员紧紧围绕我国改革…，共立课题6000多项: 我国 inside an earlier predicate describes its noun (a
                # named place there may still be the sentence's topic: session 16 lost dev owners so)
                found = None
            found = self.past_whole_glued(found, count, clause_start, sentence_start, crowd)  # 全国73个代表单位，37个…
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
        if members_named and found is not None and found is not given and found[2].label is not Label.ORGANIZATION:
            found = None  # 北京市今天召开会议。员工5000人参加: a body's staff, no place's (counts211)
        if found is not None:  # 中华队…。外野手4人有…，中职球员则有…: the team's, not the league's (owners158)
            found = self.members_elsewhere(found, count, clause_start)
        members_of = found is None and not self.names_holder(sentence_start, count.start)
        if members_of:
            found = self.member_body(count)  # 温家宝来到湖南大学…。…面对数千名学生: the university's students
            if found is None and not pointed and not far_crowd:
                # 2025年中国完成水利建设投资…。…“十四五”期间，181项重大水利工程开工建设: the document's own topic (owners193)
                found, members_of = self.topic_carried(sentence_start, count), False
        return found, pointed, members_of

    def write_edge(self, holder: Mention, start: int, count: Mention) -> None:
        """Relate ``count`` to ``holder``, unless the count is of holders of its own kind: countries counted
        (我们五国, 两国) are no one country's, teams counted (两队) no club's."""
        ctx, out = self.ctx, self.out
        counted = count.quantity.counted_simplified if count.quantity else ""
        if counted in _COUNTRIES_COUNTED and holder.label is Label.PLACE:
            return
        if _TEAMS_COUNTED.fullmatch(counted) and holder.label is Label.ORGANIZATION and not is_league(holder):
            return  # (他们 standing for a club whose name is written without 队 included; a league's teams are its own: 港超今季共有11支球队, counts258)
        if (holder.label is Label.PLACE and not holder.code
                and (holder.extractor == MentionSource.RECOGNISER
                     or holder.extractor == MentionSource.PLACE_LOCAL and holder.simplified.endswith(_STREET_HEADS))
                and not holder.simplified.endswith(_HOLDING_PLACE_ENDINGS) and not (self.text.startswith(_REGION_AFTER, holder.end) or self.said_place(holder))):
            return  # 英灵, 法海, 红木街, 广渠路: a place only the recogniser reads (or a street the local rules read by its
            # house number, 广渠路|15号), no gazetteer's, nor named as one that has things is (a street, a river, a name
            # misread): owning nothing beats a wrong owner (counts93; the street since web113 reads addresses)
        out.append(ctx.relation(_owner_id(ctx, holder), ctx.owner[count], RelationKind.HAS_COUNT, start, count.end))
