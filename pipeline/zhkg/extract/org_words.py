"""Words and tests the organisation readers share (:mod:`zhkg.extract.organisations` and its parts).

Scope: the few tag sets, word lists and small tests that more than one organisation reader reads: jieba's tags
of function words and of names, the one-letter names of old states (日, 清, 苏), the words of a report
(报道, 报导), the words of a meeting (大会, 峰会), a title ending in a body's head (局长, 署长) and whether a span
sits inside a dictionary word; and :func:`generic_legal_name`, a legal name of trades and kinds alone.

Caveats: nothing here reads a name; a reader's own words stay in its module. Moved word for word out of
``extract/organisations.py`` (session 41, tidy168), where they were private; only their names lost the
underscore.
"""

from __future__ import annotations

import re

from zhkg.extract.company_words import legal_form
from zhkg.extract.trade_names import TRADES
from zhkg.stages.segment import dictionary_tag

__all__ = ["FUNCTION_TAGS", "HEAD_TITLE", "MEETINGS", "NAME_TAGS", "REPORTS", "STATE_CHARS", "generic_legal_name", "inside_a_word"]

#: Taiwan's and Hong Kong's 报导 beside 报道 (web114): what a source or an outlet's story is called
REPORTS = ("报道", "报导")

# jieba's tags of words that name nothing: particles, prepositions, conjunctions, pronouns
FUNCTION_TAGS = frozenset("upcr")

# the words of a legal name that name no company alone: its trades and kinds (控股集团有限公司, 物流股份有限公司)
_GENERIC_STEMS = tuple(sorted(set(TRADES) | {"集团", "新能源", "发展", "国际"}, key=lambda w: (-len(w), w)))


def generic_legal_name(name: str) -> bool:
    """Whether ``name`` is a legal form after trades and kinds alone, no company's trade name among them.

    >>> [generic_legal_name(n) for n in ("控股集团有限公司", "物流股份有限公司", "远航物流股份有限公司", "集团公司")]
    [True, True, False, False]
    """
    form = legal_form(name)
    if not form:
        return False
    stem = name[:-len(form)]
    while stem:
        trade = next((w for w in _GENERIC_STEMS if stem.endswith(w)), "")
        if not trade:
            return False
        stem = stem[:-len(trade)]
    return True


# a body's head letter and 长 after it: the title of the body's head, sharing the letter (科管局|长: 局长)
HEAD_TITLE = re.compile("[局署处会院部]长")


def inside_a_word(text: str, s: int, e: int) -> bool:
    """Whether a word of jieba's dictionary runs across the start or the end of ``text[s:e]`` (洞庭湖|人,
    火箭|炮), other than the name with 队."""
    for b in (s, e):
        for i in range(max(0, b - 3), b):
            for j in range(b + 1, min(len(text), i + 4) + 1):
                word = text[i:j]
                if dictionary_tag(word) != "x" and not (i == s and word == text[s:e] + "队"):
                    return True
    return False


# one-character names of states, dynasties and regional armies before 军 (日军, 清军, 湘军, 红军): Universal
# NER and CLUENER mark these armies as organisations (UNER train 18 of 19 日军), People's Daily mostly not; 乌 of
# today's war (乌军: Ukraine's army, as 俄军)
STATE_CHARS = frozenset("日美英法德俄苏意奥普土韩朝越泰缅蒙藏满清明宋元金辽秦晋隋唐汉楚吴蜀魏齐赵燕湘淮粤桂皖奉直红白国共乌")

# the tags of a word that can open a school's name: a place, a person or a name jieba built
NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "x"})

# words ending in 会 that name a meeting or a gathering (大会, 运动会), or no body at all (社会, 机会)
MEETINGS = ("大会", "晚会", "宴会", "聚会", "舞会", "年会", "例会", "峰会", "全会", "酒会", "盛会", "集会", "庙会",
             "博览会", "运动会", "研讨会", "座谈会", "讨论会", "发布会", "展览会", "展销会", "交易会", "音乐会",
             "演唱会", "见面会", "招待会", "庆祝会", "茶话会", "联欢会", "报告会", "表彰会", "纪念会", "追悼会",
             "奥运会", "亚运会", "世博会", "洽谈会", "推介会", "说明会", "听证会", "记者会", "签约会", "动员会",
             "誓师会", "欢迎会", "欢送会", "恳谈会", "交流会", "订货会", "鉴定会", "评审会", "招聘会", "拍卖会",
             "特卖会", "首映会", "签售会", "分享会", "展会", "餐会", "社会", "机会", "体会", "误会", "约会", "都会")
