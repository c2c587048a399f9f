"""The words and patterns the count-owner reader (:mod:`zhkg.relate.counts`) reads a count's clause with.

Every constant :class:`~zhkg.relate.counts._CountOwners` and its readers match against the text: headline gaps and
reporters (本报讯), locatives (在, 位于), incidents and casualties, partners, units, sources (据悉), lists and their
links, brackets (:func:`_bracket_chain`), topics, pointers, titles, what is counted, the verbs of a ``的``-clause
(:func:`_verb_word`) and :data:`_NO_OWNER`, the answer of a step that decided a count has no owner.

Caveats: moved word for word out of ``relate/counts.py`` (tidy106), which re-exports every name (tests and benches
import them from there). A pattern here is matched on the document's Simplified text (``ctx.simplified``), never on
the Traditional original.
"""

from __future__ import annotations

import re

from zhkg.extract.junk import FACILITY_WORDS
from zhkg.relate.count_derived import _EVENT_WORDS
from zhkg.relate.count_facilities import FACILITY_KINDS
from zhkg.relate.count_pointers import SPEECH_VERBS
from zhkg.relate.count_subject import _VERB_GAP

__all__ = ["_HEADLINE_GAP", "_OWN_REPORTER", "_LOCATIVE_BEFORE", "_DATED_LOCATIVE", "_ALL_OVER", "_INCIDENT",
           "_CASUALTIES", "_CAUSED", "_HURT_ONE", "_HURT", "_ARREST_REACH", "_LISTED_FEW", "_SIGHTED", "_SIGHTED_REACH",
           "_EXCEPT_BEFORE", "_EXCEPT_AFTER", "_RECEIVER_BEFORE", "_LOCATIVE_REGIONS", "_FROM_SOURCE", "_LEARNT",
           "_REPORTER_WORD", "_REPORTER_GAP", "_SPREAD_BEFORE", "_PARTNER_BEFORE", "_FRONTED_TAIL", "_CLAUSE_TAIL",
           "_NOT_PARTNER", "_UNITS", "_AUTHORITY_ENDINGS", "_WHOLE_OPENINGS", "_PARTNER_PEOPLE", "_PARTNER_OWNS",
           "_ORIGIN_LIST", "_INCLUDING", "_IN_ALL", "_NAME_TAIL", "_NAME_TAIL_LETTERS", "_LIST_GAP", "_LOCATIVE_LINK",
           "_FIRST_PERSON", "_SPEAKER_GAP", "_SUBJECTLESS", "_EXISTENTIAL_GAP", "_MEMBER_TAILS", "_LIST_LINKS",
           "_BRACKETS", "_BRACKET_LONGEST", "_bracket_chain", "_TOPIC_SENTENCES", "_WHEN", "_WHEN_END",
           "_LIST_LINK_AFTER", "_NOT_TOPIC_AFTER", "_MARKET_WIDE", "_PLACES_OWN_IN", "_FRAME", "_QUALIFIER_CLOSE",
           "_ROUTE_LINKS", "_MODEL_CODE", "_SAYS", "_POINTERS", "_AMONG_THEM", "_AMONG_OPENING", "_ACTED_REACH",
           "_GROUP_REACH", "_PART_OF_BEFORE", "_PART_OF_BEFORE_LONGEST", "_OUR", "_LIST_CLOSING", "_BOTH_SIDES",
           "_NO_COMPANY", "_WORDS_COUNTED", "_COUNTRIES_COUNTED", "_HOLDING_PLACE_ENDINGS", "_REGION_AFTER",
           "_TEAMS_COUNTED", "_TAKE_PART", "_EVENT_OF_CLAUSE", "_EVENT_END", "_TITLE", "_QUOTED_NAME", "_CLOCK",
           "_CARRY_CLAUSES", "_RULING_ENDINGS", "_SUBJECT_BEFORE", "_NATIONALITY", "_BESIDE", "_CRISES", "_PEOPLES",
           "_GENERIC_BODY", "_DESCRIBING", "_HAVING", "_POINT_OF_VIEW_BEFORE", "_POINT_OF_VIEW_AFTER", "_OTHER_SIDE",
           "_SUBMITTED_TO", "_VERB_OF", "_verb_word", "_NO_OWNER"]

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
# gazetteer code, owns a count only so named (counts93); a temple, a palace and a port have their halls, fronts and
# people too (依玛寺共有3座殿堂, 斯德哥尔摩王宫有四个立面, owners116).
# (口岸: a port of entry has the travellers through it, 深圳湾口岸（38,864人次）, owners310)
_HOLDING_PLACE_ENDINGS = (*"国洲岛州省市县区镇乡村邨苑园站寺宫港", "社区", "小区", "新村", "市场", "口岸", *FACILITY_KINDS,
                          *FACILITY_WORDS)
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
# A place before 籍 or 裔 says whose nationality or descent someone has (美籍华裔导演, 中国籍船员): it owns nothing; nor
# does one before 人氏, where someone comes from (安徽省宿州人氏…创业于北京、上海、海口三处; counts145).
_NATIONALITY = ("籍", "裔", "人氏")
# A place before a side of it or its surroundings (新桥路西侧, 阳光大道北侧, 车站附近) is a landmark a site is beside: it owns
# nothing, nor is it the topic of the sentences after it (owners59).
_BESIDE = re.compile(r"[东南西北]?侧|[东南西北]?一侧|附近|旁边|对面")  # 阿尔巴尼亚族居民: an ethnic group, not a nationality (owners43)
# A place glued before a crisis or a war names it (东南亚金融危机的影响, 伊拉克战争): it owns nothing (session 23).
_CRISES = ("金融危机", "经济危机", "债务危机", "金融风暴", "危机", "战争", "战事")
# A place glued before 民族 names a people (弘扬中华民族优秀文化的共同目标将两颗心…, 阿拉伯民族): it owns nothing (owners46);
# one before 语 its language (西班牙语是…超过4亿人的母语, 日本语学校: owners138).
_PEOPLES = ("民族", "语")
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


#: What a step of :meth:`_CountOwners.read` returns when it has decided the count has no owner (no later reading may
#: give it one); None means "not decided yet".
_NO_OWNER = (-1, -1, None)
