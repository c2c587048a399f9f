"""Counts whose owner must be named in their own clause: what a story or a statement counts, not a holder.

:func:`zhkg.relate.counts.read_counts` gives a count the holder of its clause, else one carried from
earlier in its sentence or paragraph (the sentence's topic, the subject of an earlier sentence, a body
whose members are counted). That carrying is right for what holders have (全市…。共约2万套) but wrong for
two kinds of count, which belong to no holder unless their own clause names one:

* people pointed back to in a story (两人, 三个人, 二人): the people just named, not the team, party or
  place of an earlier clause (上海队胜局已定刘炜被孟令源换下，两人击掌过后 -> none; but 本港再有两人确诊 is
  香港's, named in its own clause);
* the points of a statement (三大看点, 两个理由, 四方面, 三大因素): what a speaker or a report lists, not
  what the topic of the sentence before has (…奥巴马政府将中国视为伙伴。他认为…有两个需格外关注的话题 ->
  none); as the dev set's conventions have it, not even the holder of their own clause
  (福建省陶瓷出口逆势增长有两大主要原因 -> none): :func:`statement_points` says so.

A third kind keeps some carrying: people counted with no noun saying who they are (37人, 10余人) take a holder
their sentence opens with and says what it is or has (唐山钢铁是…，涉及员工…), or a team whose record heads the
paragraph (a game report's section), but not the holder of an earlier clause, the subject of the clause after, nor
the topic of an earlier sentence (…乘客有没有找到？记者：…其中有37人是入境香港 -> none; 其实一起受骗的有上百人 is
no newspaper's).

Funds counted (32只封闭式基金, 15只基金) are a fourth: a market's figures, whose carried owner is right only when
their sentence says they are a company's own (至此，长盛旗下全线9只开放式基金…).

Companies counted (两家公司, 13家金融机构) are a fifth: a company of an earlier clause or sentence is rarely their
owner (it is one of them, or deals with them), while a place, an association or a zone may be.

Companies counted as what a body acts on (对上述12家银行作出…命令, 向5家企业发出…) are a sixth: the other side of
the act, no owner, not even the body opening their own clause (session 31, owners43).

The great N of a kind (三大名茶, 五大工程, 两大节日) is a seventh (session 37, owners138): an epithet naming a class by
its fame or rank, which a place never owns (香港四大名茶, 美国三大汽车公司 -> none) and a body only when its own clause
names it (阿里巴巴旗下两大电商平台); a place speaking of itself (本市五大重点工程) still does: :func:`epithet_count`.

Caveats: only small numbers (up to four, in Chinese numerals) of bare 人 point back; a count of many people
(2万人) is a population or a crowd, and one in digits (另2人受伤) a new figure: both keep the owners their
sentence gives them. A statement's points listed by a holder named only in an earlier clause (北京奥组委共设有28个
预算支出科目，按…划分为8个方面) lose that holder.
"""

from __future__ import annotations

import re

__all__ = ["DISCOURSE_NOUNS", "statement_points", "owned_in_clause_only", "bare_people", "people_one_by_one",
           "fund_count", "bodies_counted", "COMPANY_ENDINGS", "acted_on", "parts_of_group", "epithet_count"]

#: Heads of counts that list the points of a statement (看点, 因素, 理由…), Simplified.
DISCOURSE_NOUNS = frozenset(
    "看点 因素 特点 特色 亮点 难点 重点 要点 焦点 话题 议题 问题 方面 原因 理由 优势 劣势 要素 步骤 原则 "
    "条件 误区 趋势 变化 观点 看法 方法 办法 招 点 利好 利空 锦囊 秘诀 技巧 窍门 妙招 法宝 诀窍 秘籍 注意事项 "
    # the cases a statement tells apart (只有两种情况), the rises of the figures it compares (两项增幅; counts145)
    "情况 情形 状况 增幅 涨幅 降幅".split()
)

# 两人, 这两人, 三个人, 二人: a few people pointed back to, a Chinese numeral alone before 人 (in digits, 另2人受伤,
# 招聘人数：1人, a number is new, no pointer)
# 37人, 10余人, 上百人, 约1800人: a number and 人 with no noun (员工5万多人 names who they are); 个人 is left out:
# 区政协办公楼409会议室…坐了19个人 (the seed) stays the body's
_BARE_PEOPLE = re.compile(r"^[约近逾超过多达大约将近至少不到]*[\d.,\-~至到十百千万亿两一二三四五六七八九几数多余上]+人$")
_PEOPLE_ONE_BY_ONE = re.compile(r"^[约近逾超过多达大约将近至少不到]*[\d.,\-~至到十百千万亿两一二三四五六七八九几数多余上]+个人$")
_PEOPLE_POINTED = re.compile(r"^[这那]?[一二两三四]个?人$")


# 三大名茶, 这两大利器: a number, then 大 as "great" (not a big measure: 两大箱, 三大碗; nor 大约, 大批)
_EPITHET = re.compile(r"^[这那其]?[\d两二三四五六七八九十百千]+大(?![箱车袋桶碗杯盆包瓶堆捆筐盘约概多批量幅部])")

_LONG_DISCOURSE_NOUNS = tuple(sorted(n for n in DISCOURSE_NOUNS if len(n) >= 2))


def statement_points(counted: str) -> bool:
    """Whether a count lists the points of a statement (三大看点, 两个理由, 四方面): no holder's, even one its clause
    names (福建省陶瓷出口…有两大主要原因, 小牛…有两大关键因素: what is said, not what the province or team has).

    A head jieba keeps whole with its modifier (关键因素, 主要原因, 核心优势) ends with such a noun of two letters or more.

    >>> statement_points("看点"), statement_points("基金"), statement_points("关键因素"), statement_points("网点")
    (True, False, True, False)
    """
    return counted in DISCOURSE_NOUNS or (len(counted) > 2 and counted.endswith(_LONG_DISCOURSE_NOUNS))


def epithet_count(count_text: str) -> bool:
    """Whether a count (its Simplified text) is the great N of a kind (三大名茶, 十大产业): a class named by fame or
    rank, which no place owns and a body only from the count's own clause.

    >>> epithet_count("四大名茶"), epithet_count("这两大利器"), epithet_count("两大箱"), epithet_count("3个大项目")
    (True, True, False, False)
    """
    return _EPITHET.match(count_text) is not None


def owned_in_clause_only(count_text: str, counted: str) -> bool:
    """Whether a count (its Simplified text and counted head) takes an owner only from its own clause.

    >>> owned_in_clause_only("两人", "人"), owned_in_clause_only("三大看点", "看点")
    (True, True)
    >>> owned_in_clause_only("2万人", "人"), owned_in_clause_only("2人", "人"), owned_in_clause_only("5家公司", "公司")
    (False, False, False)
    """
    return counted in DISCOURSE_NOUNS or (counted == "人" and _PEOPLE_POINTED.match(count_text) is not None)


def bare_people(count_text: str, counted: str) -> bool:
    """Whether a count is of people with no noun saying who they are (37人, 10余人): such a count is a crowd in a
    story unless a holder is named in its clause, said of in its sentence (X是…，涉及…人) or its paragraph is a
    team's section of a game report; an earlier clause's or sentence's holder does not carry into it.

    >>> bare_people("37人", "人"), bare_people("上百人", "人"), bare_people("员工5万多人", "人")
    (True, True, False)
    """
    return counted == "人" and _BARE_PEOPLE.match(count_text) is not None


def people_one_by_one(count_text: str, counted: str) -> bool:
    """Whether a count is of people written with 个 and no noun (63个人, 30多个人): a crowd too, but one its
    sentence's earlier clauses may still own (区政协办公楼409会议室,…坐了19个人: the body's); only an earlier
    sentence's topic or the next clause's subject does not carry into it.

    >>> people_one_by_one("63个人", "人"), people_one_by_one("63人", "人")
    (True, False)
    """
    return counted == "人" and _PEOPLE_ONE_BY_ONE.match(count_text) is not None


#: How the head of a count of funds ends (偏股基金, QDII基金, 封闭式基金).
FUND_HEAD = "基金"


def fund_count(counted: str) -> bool:
    """Whether a count is of funds: a market's figure (32只封闭式基金, 168只偏股基金) unless its own clause names the
    company, or its sentence says the funds are a company's own (旗下, 本公司, 其): an earlier clause's or sentence's
    fund, company or index (基金泰和, 沪基指, 光大保德信均衡精选) owns none.

    >>> fund_count("偏股基金"), fund_count("基金公司")
    (True, False)
    """
    return counted.endswith(FUND_HEAD)


#: How the head of a count of organisations ends (5家公司, 13家金融机构, 10家开发商).
BODY_KINDS = ("公司", "企业", "机构", "银行", "开发商", "券商", "房企")


#: How a company's name ends (华安基金, 中原证券): a company named in an earlier clause is one of the companies
#: counted after it, or deals with them, not their owner.
COMPANY_ENDINGS = ("公司", "集团", "基金", "银行", "证券", "地产", "控股", "股份", "保险", "信托")


def bodies_counted(counted: str, holder: str) -> bool:
    """Whether a count is of companies and the holder an earlier clause or sentence gives it another company: no
    owner (…中原证券和景顺长城基金…，对两家公司…; 南方基金…。已有两家基金公司公告…): a company's own companies are said
    in their clause (该集团旗下有5家公司), while a place, an association or a zone still owns its members
    (中装协…家装有两家, CBD…入驻企业15000多家).

    >>> bodies_counted("基金公司", "华安基金"), bodies_counted("家", "中原证券"), bodies_counted("企业", "北京CBD")
    (True, True, False)
    """
    return (counted == "家" or counted.endswith(BODY_KINDS)) and holder.endswith(COMPANY_ENDINGS)


# 对/向/给 and a determiner right before a count: the count is what the clause's subject acts on
# ...and 与/同/跟 before them, past a 的-clause describing them: the other party (与从事房屋租赁代理的中介机构共26家签订了…)
# (not 与…有关的, 与…关系不大的: "related to", no party)
_ACTED_ON = re.compile(r"(?:(?:对|向|给)|(?:与|同|跟)(?:[^，,。；;！？!?与同跟的关]{1,12}的)?)"
                       r"(?:上述|以上|前述|这些|那些|这|那|该|其他|其余|所有|全部|各)?$")
# the parts of a company: its own even after 对 (对5家子公司; 对旗下12家分行 never matches _ACTED_ON)
_OWN_PARTS = re.compile(r"子公司|分公司|分行|支行|分店|附属|下属|控股")


def acted_on(before: str, count_text: str, counted: str) -> bool:
    """Whether a count of companies (its Simplified text ``count_text`` and head ``counted``) follows 对/向/给, or
    与/同/跟 (``before``: the letters before it in its clause): what a body acts on or deals with, not what it has (金融监督委员会…对上述12家银行
    作出改善经营命令 -> none), unless they are its own parts (子公司, 分公司).

    >>> acted_on("金融监督委员会是在今年2月对上述", "12家银行", "银行"), acted_on("集团对", "5家子公司", "公司")
    (True, False)
    >>> acted_on("该公司拥有", "3家企业", "企业"), acted_on("公司对", "300名员工", "员工")
    (False, False)
    >>> acted_on("住建委就与从事房屋租赁代理的", "中介机构共26家", "机构"), acted_on("住建委与", "5家银行", "银行")
    (True, True)
    >>> acted_on("将与这些产业关系不大的", "9个公司", "公司")
    False
    """
    return ((counted == "家" or counted.endswith(BODY_KINDS)) and _OWN_PARTS.search(count_text) is None
            and _ACTED_ON.search(before) is not None)


# a clause that takes companies out of, or keeps them in, the group its generic word stands for (从集团中分离出去)
_GROUP_BACK = re.compile(r"[^，,。；;！？!?]{0,12}?(?:从|自|在|于|由)(?:该|本)?(集团|公司)(?:中|内|里|之中|之内|下)")


def parts_of_group(after: str, holder: str) -> bool:
    """Whether the clause after a count of companies (``after``) takes them out of or keeps them in the group it names
    by the generic word ``holder`` ends with (现代集团…，将…9个公司从集团中分离出去): the group's own companies.

    >>> parts_of_group("从集团中分离出去", "现代集团"), parts_of_group("从集团中分离出去", "华安基金")
    (True, False)
    >>> parts_of_group("，从集团中", "现代集团")
    False
    """
    m = _GROUP_BACK.match(after)
    return m is not None and holder.endswith(m.group(1))
