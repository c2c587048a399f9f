"""The words company readers share: what no company's short name holds, and what a company's name ends in.

One place for the word lists more than one company reader asks (:mod:`zhkg.extract.company_lists` and
:mod:`zhkg.extract.trade_frames`, which it runs; session 31, tidy41), and for the tables of a company's last words,
side by side, because they look alike and answer different questions:

* :data:`LEGAL_FORMS`: a company's legal form (``有限公司``), the part of a full name that is no part of its name;
* :data:`COMPANY_LAST_WORDS`: the last word that makes the words before it a company (华伦|集团, 雅培|公司);
* :data:`CARRIED_COMPANY_WORDS`: what a listed company's short name, carrying it, says it is a company with;
* :data:`SHORT_FORM_DROPS`: what a short form leaves out of the full name it stands for (中国石油天然气|集团公司);
* :data:`BODY_LAST_LETTERS` and :data:`WHOLE_NAME_LAST_LETTERS`: the last letters of a body that is no company
  (社科院, 电视台), and of a name already whole, a company's with its company word included (工行, 华润集团).

Each says below why the others do not serve it. The lists of words and letters are written as facts; nothing here
reads text.
"""

from __future__ import annotations

__all__ = ["BODY_LAST_LETTERS", "CARRIED_COMPANY_WORDS", "COMPANY_LAST_WORDS", "FUNCTION_ENDS", "FUNCTION_STARTS",
           "LEGAL_FORMS", "NOT_NAME_WORDS", "SEASON_WORDS", "SHARE_VERBS", "SHORT_FORM_DROPS", "WHOLE_NAME_LAST_LETTERS",
           "legal_form"]

#: Words never part of a company's short name: scopes, references, kinds of companies, a company's people and
#: things (公司, 国内, 该, 双方, 投资者, 股权 …). A run of name-like words stops at one.
NOT_NAME_WORDS = frozenset(
    "公司 企业 集团 上市公司 银行 券商 机构 个股 股票 品牌 厂商 巨头 龙头 国内 国外 海外 境内 境外 国际 全球 知名 著名 "
    "相关 其他 其它 多家 部分 大型 中小 中小型 本 该 其 此 这 那 各 某 双方 三方 对方 我们 他们 市场 行业 板块 概念 "
    "诸如 一些 像 特此 另有 其中 此外 方面 记者 一是 二是 三是 投资者 股东 政府 部门 地方 城市 国家 地区 用户 消费者 客户 员工 产品 业务 项目 资产 股权 股份 资金 央企 国企 民企 "
    "外企 外资 合资 民营 国有 上游 下游 同行 对手 伙伴 旗下 下属 子公司 母公司 如 包括 例如 比如 以及 还有 等 之间".split())
#: A season's word, which news writes beside a team's name (九龙城|来季将参加…, 今年|季后|猿队撤换…) and never in it:
#: MSRA and CLUENER train mark none of their 24 and 112 inside a name, 55 right beside one (ents259).
SEASON_WORDS = ("本赛季", "新赛季", "上赛季", "下赛季", "来季", "今季", "本季", "新季", "上季", "下季", "季后", "季前")
#: The letters of grammar a word jieba built itself ends with when it ran on past a name (韩将|与美军: 将).
FUNCTION_ENDS = frozenset("将已也在的了着过又还就都亦均即称")
#: The letters of grammar a word jieba built itself opens with when it ran into a name (为恒大, 以工银瑞信, 诸如全友).
FUNCTION_STARTS = frozenset("为以而在将对向被由从把让及与和或但并又也都已诸于是如据即现其约经原称入令使给自至到当请")
#: Verbs of dealing in shares: 股份 after a company named right after one is the company's shares (认购|农行|股份),
#: not its name's last word.
SHARE_VERBS = frozenset("认购 出售 购买 买入 卖出 收购 持有 增持 减持 转让 受让 获得 质押".split())

#: A company's legal form, longest first: the end of its full name that is no part of the name itself (counted
#: apart in a name's length, stripped before its stem is read; :mod:`zhkg.extract.short_forms`,
#: :mod:`zhkg.extract.company_aliases`, :mod:`zhkg.extract.body_frames`).
LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")


def legal_form(name: str) -> str:
    """The legal form ``name`` ends in (:data:`LEGAL_FORMS`), or ``""``.

    >>> legal_form("力帆实业（集团）股份有限公司"), legal_form("联想集团")
    ('股份有限公司', '')
    """
    return next((form for form in LEGAL_FORMS if name.endswith(form)), "")


#: Which words after a clause word name a company (:func:`zhkg.extract.org_run_ons.split_run_ons`: 四川金顶获悉|
#: 华伦集团), and which longer reading is a company's rather than one government body's (:func:`~zhkg.extract.
#: org_run_ons.one_body`): its last word, longest first. Banks and brokers are in (华夏银行, 国金证券); 企业 and the
#: other trades are not (环保企业, 房地产: common phrases end so), unlike :data:`CARRIED_COMPANY_WORDS`, which has 企业.
COMPANY_LAST_WORDS = ("股份有限公司", "有限责任公司", "有限公司", "株式会社", "公司", "集团", "股份", "控股", "银行", "证券")
#: Whether what a listed company's short name carries after it (its trade and company words, 味全|公司,
#: 陕西煤业|化工集团有限责任公司: :func:`zhkg.extract.listed_companies.listed_company_names`) says the name is a
#: company: it ends in one of these. 企业 is in (a name carried with it is a firm's); a trade alone, a bank's or a
#: broker's word are not, since a short name carries its trade as its own (兴业|证券 names a broker, not its kind).
CARRIED_COMPANY_WORDS = ("公司", "企业", "集团", "控股", "股份")
#: The endings a company's short form leaves out of its full name, longest first (集团公司 of
#: 中国石油天然气集团公司 for 中石油, 总公司 of 中国海洋石油总公司 for 中海油: :func:`zhkg.extract.short_forms.
#: recognised_short_names`, which reads only full names ending in 公司 or 集团). 总公司 and 集团公司 are in, which
#: no other list strips; 股份, 控股, banks and brokers are not, unlike :data:`COMPANY_LAST_WORDS`: a full name
#: ending so is read whole, its letters all the short form's to take.
SHORT_FORM_DROPS = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司", "总公司", "公司", "集团")

#: The last letters of a body that is no company: a state's office, a medium, a school, a party, an army (社科院,
#: 中央电视台, 国资委). No group names a subsidiary after such a name and a line of business
#: (:func:`zhkg.extract.trade_frames.subsidiary_names`: 社科院|金融|所 is an institute's department), and a rare noun
#: beside it is no company of its trade (:func:`zhkg.extract.coordinated_companies.coordinated_companies`, where a bank
#: beside one is: 工行、|华融). Banks and companies (行, 司, 团) are not in, unlike :data:`WHOLE_NAME_LAST_LETTERS`.
BODY_LAST_LETTERS = tuple("台社报网署局委会部院厅处所府党军校馆站")
#: The last letters of a name already whole, a body's or a company's with its company word (市政府, 工行, 华润集团,
#: 国家队, 北大): a trade after it is no part of it (:func:`zhkg.extract.company_trades.trade_tails` grows only a
#: name not ending so: 宝钢|股份, never 市政府|投资). :data:`BODY_LAST_LETTERS` and the company words' letters
#: (行 司 团) with 队 办 组 中 大: the question is whether the name is whole, not whether it names a company.
WHOLE_NAME_LAST_LETTERS = tuple("府局委会部院厅处所行司团队台社报网署办组站校馆中大党军")
