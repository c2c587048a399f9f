"""The recogniser's organisations that run on past their own head word (issue 15, orgs248).

A body's name ends with its head word (大学, 公司, 集团, 党, 局, 委员会 …); in news the words after it belong to the
clause: 中正大学|社会科学院长 (a college's field before its head's title), 民进党|彰化县议员 (a place before a
title), 武汉水运工程学院|港口机械设计 (a field of study), 华为公司|员工, 新华社|北京. The recogniser reads such a
tail into the name where nothing in its features says the name ended (中正大学社会科学, 民进党彰化); the web set's
gold holds the body alone. :mod:`zhkg.extract.known_name_tails` cuts a tail after a name the document reads
elsewhere; this cuts one after a head word, the name read only once. Such a mention is cut back to its head when

* it is the recogniser's organisation, no rule reads the same letters, and the recogniser reads it once;
* its letters up to a head word (``org_suffixes.tsv`` of two letters or more, or 党) make three letters or more and
  end where jieba ends a word, and jieba starts a word right after them;
* no letter of a head follows the mention, other than a title's first (a unit's head the body-head step reads on:
  警区刑事|部; 中正大学社会科学|院长 is cut);
* the tail is four letters at most (a word or two: 员工, 彰化, 社会科学; 观塘警区|刑事部高裕民 holds a unit and an
  officer, which :mod:`zhkg.extract.combine` reads apart), or eight ending in a title after no unit (民进党|彰化县议员;
  not 北京大学|法学院院长), Chinese letters only (no Latin, no digits: 集团GmbH,
  大学2.0), holds no company's word or trade (集团|控股, 银行|证券, 公司|地产: a company's own name goes on), and does
  not end as a body does: no head word or a last letter of one (院会局部处署 …: 中央大学地理系, 北京大学学生会 stay
  whole), no school's, team's or site's word (附属中学, 男篮, 女排, 苏州校区).

A count of the names before it read on into the last of them is cut off it (华新、阳明|两公司, 国泰、长荣|两家航空:
a name holds no count of its own kind).

A party read on into a minister's title is cut back to the party as well (社民党|部长: a party's branch is a 党部, yet
its head is no 部长, so 党部 before 长 is the party and the title's first letter).

The longest such head wins (中国人民大学|苏州 … rather than a shorter head inside the name). Runs on the
recogniser's mentions before they are combined with the rules' (:meth:`zhkg.run.pipeline.Pipeline._merge`), after
:func:`zhkg.extract.known_name_tails.cut_known_name_tails`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from zhkg.extract.company_words import COMPANY_LAST_WORDS
from zhkg.extract.known_name_tails import BODY_HEAD_LETTERS, front
from zhkg.extract.trade_names import TRADES
from zhkg.records import Label, Mention
from zhkg.stages.normalise import to_simplified
from zhkg.stages.segment import TokenTable

__all__ = ["TAIL_END_LETTERS", "cut_headed_name_tails"]

# a body's head words that are no organisation suffix of their own in ``org_suffixes.tsv`` yet end a name as one does
_MORE_HEADS = ("党", "社")

# last letters of a tail that names a body, a team or a site of its own (地理系, 内阁, 男篮, 女排, 国家队, 苏州校区): kept
TAIL_END_LETTERS = BODY_HEAD_LETTERS | frozenset("党篮排足球盟联军区阁")
# a school's last word (附属中学, 实验小学): kept; a field's 学 (社会科学, 医学) is no school
_SCHOOL_ENDS = ("中学", "小学", "大学", "学校", "幼儿园")

# the longest tail cut: a word or two of the clause (员工, 彰化, 社会科学); a longer one holds a unit and a name
# (观塘警区|刑事部高裕民, an officer after the unit, which :mod:`zhkg.extract.combine` reads apart)
_LONGEST_TAIL = 4

_CHINESE_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")

# a count of bodies after the names counted (阳明|两公司, 长荣|两家航空, 自民、公明|两党)
# (never 二: an ordinal's letter, 湘雅二医院, 中铁二公司; nor after 第; nor a school's or a hospital's numbered name)
_COUNTED_TAIL = re.compile(r"(?<!第)[两三四五六七八九几多][家个大间]?(?:公司|集团|银行|企业|航空|党)$")


def _tail_is_clause(tail: str, heads: Mapping[str, str], titles: tuple[str, ...] = ()) -> bool:
    """Whether ``tail``, the letters after a head word, are no part of the body's name (module docstring)."""
    if len(tail) > _LONGEST_TAIL:
        rests = [tail[: len(tail) - len(t)] for t in titles if tail.endswith(t)]  # each title it may end in
        if not rests or len(tail) > 2 * _LONGEST_TAIL or any(not r or r[-1] in TAIL_END_LETTERS for r in rests):
            return False  # (民进党|彰化县议员: a place and a title; 北京大学|法学院院长 keeps its unit)
    if not _CHINESE_ONLY.match(tail) or tail[-1] in TAIL_END_LETTERS:
        return False
    if any(tail.endswith(h) for h in (*heads, *_SCHOOL_ENDS)):
        return False
    return not any(word in tail for word in (*COMPANY_LAST_WORDS, *TRADES))


def _head_ends(name: str, heads: Sequence[str]) -> bool:
    return any(name.endswith(h) for h in heads)


def cut_headed_name_tails(model: list[Mention], found: Sequence[Mention], table: TokenTable,
                          heads: Mapping[str, str], original: str = "", titles: tuple[str, ...] = ()) -> list[Mention]:
    """``model`` with each recogniser's organisation that runs on past its head word cut back to it (module
    docstring); ``found`` are the rules' mentions, ``table`` jieba's cut of the Simplified text, ``heads`` the
    organisation head words (``Lexicon.org_suffixes``), ``original`` the document's text as written and ``titles``
    the role words (``Lexicon.role_words``): a head's letter right after the mention is the tail's (观塘警区刑事|部, a
    unit the body-head step reads on), unless it opens a title (中正大学社会科学|院长).

    >>> from zhkg.stages.segment import make_segmenter, token_table
    >>> text = "华为公司员工表示"
    >>> table = token_table(make_segmenter()(text))
    >>> m = Mention("d", 0, 6, "华为公司员工", "华为公司员工", Label.ORGANIZATION, "crf")
    >>> [x.simplified for x in cut_headed_name_tails([m], [], table, {"公司": "strong"})]
    ['华为公司']
    """
    head_words = tuple(sorted({h for h in heads if len(h) >= 2} | set(_MORE_HEADS), key=len, reverse=True))
    ruled = {(m.start, m.end) for m in found}
    written = Counter(m.simplified for m in model if m.label is Label.ORGANIZATION)
    out = []
    text = original or ""
    for m in model:
        if (m.label is Label.ORGANIZATION and m.simplified.endswith("党部") and len(m.simplified) >= 4
                and text[m.end:m.end + 1] in ("长", "長") and (m.start, m.end) not in ruled):
            out.append(front(m, len(m.simplified) - 1))
            continue  # 社民党|部长
        counted = _COUNTED_TAIL.search(m.simplified) if m.label is Label.ORGANIZATION else None
        if counted is not None and counted.start() >= 2 and (m.start, m.end) not in ruled:
            size = counted.start()
            out.append(front(m, size))
            continue  # 阳明|两公司
        if (m.label is not Label.ORGANIZATION or len(m.simplified) < 5 or (m.start, m.end) in ruled
                or written[m.simplified] > 1):
            out.append(m)
            continue
        after = text[m.end:m.end + 1]
        if after and to_simplified(after) in TAIL_END_LETTERS and not to_simplified(text[m.end:m.end + 6]).startswith(titles):
            out.append(m)  # 观塘警区刑事|部: the unit's head follows
            continue
        cut = None
        for size in range(len(m.simplified) - 2, 2, -1):
            name = m.simplified[:size]
            if (_head_ends(name, head_words) and m.start + size in table.ends and m.start + size in table.starts
                    and _tail_is_clause(m.simplified[size:], heads, titles)):
                cut = size
                break
        if cut is None:
            out.append(m)
            continue
        out.append(front(m, cut, original))
    return out
