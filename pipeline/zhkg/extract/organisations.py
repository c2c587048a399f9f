"""ORGANIZATION extraction: a suffix grammar over place and organisation words.

Chinese organisation names are built right to left: a head word that names the
kind of body (政协, 公安局, 办公室, 日报) preceded by what identifies it, usually a
place and some nouns (平谷区 / 新冠肺炎疫情 / 农村基层 / 防控组). The extractor finds
each head word from ``data/org_suffixes.tsv`` ending on a jieba word boundary,
then extends left over nouns and place mentions until a function word,
punctuation, number, verb or role word stops it.

Head words differ in how much they say on their own: a *strong* head (政协,
检察院) makes a name with any noun before it; a *weak* one (局, 网, 办公室) only
after a place, or a one-character short form of one (区政协, 市委); a
*standalone* one (国务院, 组织部) is a name by itself. Overlapping candidates keep
the longest: 政协北京市平谷区委员会办公室, not 平谷区委员会.

Other names have no Chinese head word; each kind has its reader, in a module of its own, which
:func:`extract_organisations` runs and whose spans compete with the grammar's:

* **Latin-script names** (Google, KAYAK, Apple Inc., H&M), only when the text says so
  (:mod:`zhkg.extract.latin_organisations`);
* **News outlets** in datelines and sources: ``中新网6月8日电``, ``据香港文汇报报道``
  (:mod:`zhkg.extract.news_outlets`);
* **Well-known bodies** news names by a word of their own (台积电, 港大, 民建联, 北约, 五月天:
  ``organisations_known.tsv``), one that is a common word too only with a cue of its kind
  (:mod:`zhkg.extract.known_organisations`);
* **Sports teams** (山东队, 兄弟象队; 输给吉林: the same team as an ``ALIAS``) and the teams ``teams.tsv`` lists
  (:mod:`zhkg.extract.teams`);
* **Bodies named by their kind**: state bodies and armies, parties, ministries, schools and societies
  (:mod:`zhkg.extract.named_bodies`); departments by what they do and bodies a clause addresses
  (:mod:`zhkg.extract.departments`); a listed company before its stock code (:mod:`zhkg.extract.stock_names`).

The words more than one of them reads are in :mod:`zhkg.extract.org_words`. The parts never import this module
(session 41, tidy168, split them out word for word). Since tidy268 (session 56) ``__all__`` here holds only the names
this module defines: import each reader and word list from the part that defines it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.extract.base import make_mention
from zhkg.extract.company_words import FUNCTION_STARTS, NOT_NAME_WORDS, SHARE_VERBS
from zhkg.extract.departments import addressed_bodies, departments, services_by_kind
from zhkg.extract.departments_alone import fused_posts, subject_departments
from zhkg.extract.hong_kong import district_councils, quoted_groups
from zhkg.extract.known_organisations import known_organisations, longer_holder
from zhkg.extract.latin_organisations import latin_organisations
from zhkg.extract.local_places import local_schools
from zhkg.extract.named_bodies import SCHOOL_HEADS, named_bodies, societies, state_bodies
from zhkg.extract.news_outlets import news_outlets
from zhkg.extract.org_words import MEETINGS, generic_legal_name
from zhkg.extract.stock_names import stock_listed_names
from zhkg.extract.teams import listed_teams, sports_teams
from zhkg.extract.titled_bodies import bodies_before_officers
from zhkg.extract.trade_names import TRADES
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.gazetteer import LEVEL_CHARACTERS
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.segment import TokenTable, Word, dictionary_tag, doc_text, token_table
from zhkg.text import is_han, names_pattern

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["BODY_BEFORE_AND", "LISTED", "extract_organisations", "NOT_NAMES"]

# the deixis 国内 ("at home", Taiwan in Taiwan's news) licenses no body's name: 国内大学 is a kind (session 29, counts37)
_AT_HOME = "国内"

#: Houses a party's members sit in, by the endings of their names (立法会, 区议会, 参议院 …): 民主党立法会议员 X is
#: a member of 民主党 who sits in 立法会 (:mod:`zhkg.extract.combine`, :mod:`zhkg.relate.membership`).
HOUSES = ("立法会", "立法院", "议会", "国会", "参议院", "众议院")

#: The ``extractor`` of mentions of names listed in a user's ``organisations.txt``.
LISTED = MentionSource.ORG_LEXICON

_NOUN_TAGS = frozenset({"n", "nz", "nt", "ns", "nrt", "j", "vn", "x", "b", "an", "ng", "nr", "nrfg"})
# jieba's dictionary tags many four-character verb phrases as nouns (充分发挥, 积极响应):
# long words only join a name when tagged as names
_LONG_WORD_TAGS = frozenset({"nt", "ns", "nz"})
# words that may stand before an organisation but are never part of its name
_STOP_WORDS = frozenset(
    "全体 各 全 其他 有关 相关 上级 各级 该 本 我 我们 他们 广大 所有 多家 主流 媒体 临时 组建 骨干 成员 一线 "
    "这个 那个 这 那 与会者 大家 每个 等 和 与 及 以及 的 在 对 为 向 从 经过 通过 按照 响应 支援 参加 单位 "
    "工作 防疫 疫情防控 号召 倡议 决策 部署 动员 支持 领导 指导 帮助 推动 组建 成立 发挥 组织 时间 贡献 力量 "
    # what a body was or is now, standing as a word before its name (原|南京大学, 今|天津大学)
    "原 前 现 今".split()
    # a preposition jieba's dictionary holds as a noun (经|最高法院: by way of)
    + ["经"]
    # a post held, taken or left, which jieba's dictionary holds as a noun (现任|深圳…有限公司董事长, 时任|…局长)
    + "现任 曾任 历任 时任 前任 原任 新任 后任".split()
    # a verb taking a court as its goal, which the segmenter may leave untagged (东家|告上|法院: the suit's
    # target, then the court; no body named 东家告上法院)
    + "告上 告到 告至 诉至 诉到 诉诸 起诉至 起诉到 上诉至 上诉到".split()
    # a holder of shares and a verb of dealing in them, which jieba may leave untagged (控股股东|光明食品集团|增持|
    # 公司股份: the holder, then the company's own shares; no body named 光明食品集团增持公司; review155)
    + ["股东", "大股东", "控股股东"] + sorted(SHARE_VERBS)
)
_ONE_CHAR_PLACES = frozenset(LEVEL_CHARACTERS + "镇乡")
# nouns jieba's dictionary tags as verbs, which still belong in names (石家庄警察护跑团, 台湾积体电路制造公司)
_NAME_NOUNS = frozenset({"警察", "公安", "国保", "消防", "武警", "交警", "环境", "生态环境", "组", "制造"})
# heads whose names may join two nouns with 与/和 (地球与环境学院)
_CONJOINED_HEADS = ("学院", "大学", "研究所", "研究院", "学会")
#: A first conjunct ending in a body's or a building's head is a name of its own (大英图书馆|和|纽约州立大学).
BODY_BEFORE_AND = ("馆", "院", "局", "署", "厅", "协会", "委员会", "中心", "公司", "银行", "集团")
# generic phrases that look like names but name no particular body
# (a company's boards and meetings: 公司董事会主席 X is the company's, relate.roles)
NOT_NAMES = frozenset({"人民政协", "政协组织", "基层党组织", "党组织", "人民政府", "共产党",
                       "董事会", "董事局", "监事会", "股东大会", "股东会"})
_MAX_PREFIX_TOKENS = 7
# the middle of a town (市中心, 城中心) and what a division's name ends in before 中心 meaning its middle
_CENTRE_WORDS = frozenset({"市中心", "城中心", "镇中心", "城市中心", "市区中心", "城区中心"})
_CENTRED = frozenset("市区县镇城乡")
# nouns of a situation or a game ending in 局, a bureau's head letter (总体|布局, 国际|格局, 一场|骗局)
_SITUATION_WORDS = frozenset("布局 格局 结局 大局 全局 时局 骗局 僵局 残局 开局 棋局 赌局 饭局 败局 变局 终局 出局 定局 乱局 "
                             "危局 困局 迷局 胜局 平局 牌局".split())
_AT = ("位于", "于", "在", "到")

_PREPOSITIONS = frozenset("由经在从向被把对将于")


@lru_cache(maxsize=4)
def _suffix_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    words = sorted(lexicon.org_suffixes, key=lambda w: (-len(w), w))
    # 党组 followed by 书记/成员 is part of a role (党组书记), not a body
    guards = {"党组": "党组(?!书记|成员|副书记)", "政府": "政府(?!门户|网站)"}
    alternation = "|".join(guards.get(w, re.escape(w)) for w in words)
    # a lookahead finds heads at every position: 平谷区委员会 holds both 区委 and 委员会; one test of the first
    # letters rules most positions out before the alternation is tried
    first = re.escape("".join(sorted({w[0] for w in words})))
    return re.compile(f"(?=[{first}])(?=({alternation}))")


def _is_stop(token: Word, roles: frozenset[str]) -> bool:
    text = token.text
    if token.is_space or token.is_punct or text in _STOP_WORDS or text in roles:
        return True
    if any(ch.isdigit() for ch in text):
        return True
    # markup and symbols never join a name (<script>平谷区政协); Latin words may (IBM公司)
    if not all(is_han(ch) or (ch.isascii() and ch.isalpha()) for ch in text):
        return True
    if text in _NAME_NOUNS:
        return False
    if token.tag == "x" and text[:1] in _PREPOSITIONS:
        return True  # a preposition jieba glued to a word it does not know opens no name (由本|法院)
    if len(text) >= 4:
        return token.tag not in _LONG_WORD_TAGS and not _is_noun_compound(text)
    return token.tag not in _NOUN_TAGS


# verbs naming a body's aim, opening its name before the field (促进|投资|委员会: Thailand's Board of Investment)
_AIM_VERBS = frozenset({"促进", "振兴"})
_AIM_HEADS = frozenset({"委员会", "理事会", "基金会", "领导小组"})

# how a company's legal name ends (…有限公司, …有限责任公司): a name so ended may hold a word jieba reads as a verb,
# an adverb or a role (赤峰草原|兴发|资产管理公司, 吉林草|还|丹药业有限公司, 联华盛世品牌管理|顾问|股份有限公司)
_LEGAL_ENDINGS = ("有限公司", "有限责任公司", "股份公司")
# what opens a legal name across such words: a place or a name of two letters or more
_OPENING_TAGS = frozenset({"ns", "nz", "nt", "nr", "nrt", "nrfg", "j"})
# verbs of a clause taking a company as its object (华为|收购|兴发有限公司): never inside a name
_OBJECT_VERBS = frozenset("收购 并购 入股 投资 控股 持有 参股 成立 设立 创办 创立 组建 注册 起诉 状告 加盟 加入 合并 联合 "
                          "委托 通过 接手 背靠 签约 携手 合作 转让 出售 购买 买入 卖给 增资 注资 收到 接到 发布 公告 宣布 "
                          "表示 认为 指出 称 是 为 有 在 到 给 让 由 被 把 将 向 对 从 于 经 入主 重组 借壳 吸收 旗下".split())
_LEGAL_REACH = 3


def _legal_name_opening(words: list[Word], i: int, text: str, end: int, place_chars: set[int],
                        roles: frozenset[str]) -> int | None:
    """The index of the word opening a company's legal name when the grammar stopped at word ``i`` before it:
    the place or name at most three words further left, across words jieba reads as verbs, adverbs, nouns or
    roles (吉林|草|还|丹药业有限公司); ``None`` where no legal ending closes the name, or a break, a function word,
    a verb taking an object or another body's head (太原钢铁有限公司|重组|…) comes first, or no place or name
    opens it."""
    if not text.endswith(_LEGAL_ENDINGS, 0, end):
        return None
    for k in range(i, max(-1, i - _LEGAL_REACH), -1):
        tok = words[k]
        if tok.whitespace or not all(map(is_han, tok.text)) or tok.text in _STOP_WORDS or tok.text in _OBJECT_VERBS:
            return None
        if tok.tag[:1] in "upcrmqet" or (tok.tag == "x" and tok.text[:1] in _PREPOSITIONS) \
                or tok.text.endswith(BODY_BEFORE_AND + _LEGAL_ENDINGS):
            return None
        if len(tok.text) >= 2 and tok.text not in roles and (tok.idx in place_chars or tok.tag in _OPENING_TAGS):
            return k
    return None


# jieba's tags of words that are no company's trade name: particles, prepositions, conjunctions, pronouns, numerals,
# measure words, time words, interjections, locatives, adverbs
_NO_TRADE_NAME_TAGS = "upcrmqetfd"


def _trade_name_word(tok: Word, roles: frozenset[str]) -> bool:
    """Whether jieba's word ``tok``, right before a legal name of trades and kinds alone, is its trade name (字号):
    two or three Han letters that are no word of grammar, reference, role, trade or verb taking a company as its
    object, whatever else jieba reads them as (远航|控股集团有限公司: a verb; 光明|食品…: a noun)."""
    text = tok.text
    return (2 <= len(text) <= 3 and not tok.whitespace and all(map(is_han, text)) and text not in _STOP_WORDS
            and text not in _OBJECT_VERBS and text not in roles and text not in NOT_NAME_WORDS and text not in TRADES
            and tok.tag[:1] not in _NO_TRADE_NAME_TAGS and not (tok.tag == "x" and text[0] in FUNCTION_STARTS))


def _is_noun_compound(word: str) -> bool:
    """农村基层 = 农村 + 基层 is a noun compound; 充分发挥 = 充分 + 发挥 is not."""
    half = len(word) // 2
    return dictionary_tag(word[:half]) in _NOUN_TAGS - {"x"} and dictionary_tag(word[half:]) in _NOUN_TAGS - {"x"}


def _heads_in(text: str, lexicon: Lexicon) -> list[str]:
    return [m.group(1) for m in _suffix_pattern(lexicon).finditer(text)]


@lru_cache(maxsize=4)
def _role_set(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(lexicon.role_words)


def _listed(text: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Every occurrence of a name in the user's ``organisations.txt``, taken whole."""
    if not lexicon.organisations:
        return []
    return [(m.start(), m.end(), LISTED) for m in names_pattern(lexicon.organisations).finditer(text)]


def _joins_heads(word: str, suffixes: Mapping[str, str]) -> bool:
    """Whether a word of jieba's is two bodies' heads joined by a conjunction (党和政府: the party and the
    government), no one body's name; a field joined to a head is one (劳动和社会保障部, 食品和药物管理局).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> [_joins_heads(w, load_lexicon().org_suffixes) for w in ("党和政府", "劳动和社会保障部", "政府")]
    [True, False, False]
    """
    parts = re.split("[和与及]", word, maxsplit=1)
    return len(parts) == 2 and all(p in suffixes or p in _ONE_LETTER_BODIES for p in parts)


# bodies written with one letter and no head of the grammar: the party, the army (党和政府, 军和政府)
_ONE_LETTER_BODIES = frozenset("党军")


def extract_organisations(
    doc: Doc, places: list[Mention] | None = None, *, lexicon: Lexicon | None = None,
    people: list[Mention] | None = None,
) -> list[Mention]:
    """ORGANIZATION mentions in a ``Doc`` of normalised text, sorted by offset.

    ``places`` are the document's PLACE mentions; they license weak head words.
    ``lexicon`` defaults to :func:`~zhkg.resources.lexicon.load_lexicon`; names in
    its ``organisations`` (a user's ``organisations.txt``) are found whole, with
    extractor ``LISTED``, and win over grammar names they overlap. ``people`` are the document's PERSON
    mentions: an officer's name after a title names the body before it (:mod:`zhkg.extract.titled_bodies`).

    >>> from zhkg.stages.segment import make_nlp
    >>> doc = make_nlp()("稷山县公安局民警贺旺英")
    >>> [m.text for m in extract_organisations(doc)]
    ['稷山县公安局']
    """
    text = doc_text(doc)
    # (国内 "at home" is no place a body is named with: 国内大学, 国内银行 are kinds; counts37)
    places = [m for m in places or [] if not (m.extractor == MentionSource.DEIXIS and m.simplified == _AT_HOME)]
    place_chars = set()
    for m in places:
        place_chars.update(range(m.start, m.end))
    place_starts = {m.end: m.start for m in places}  # where the place ending at a position starts
    table = token_table(doc)
    words = table.words
    token_of_char = table.token_of_char
    token_starts = table.starts

    def token_at_start(at: int, default: int) -> int:
        # the token starting at ``at``: the table's index of each letter, not a dict of every token per document
        # (a few suffixes a document ask)
        return token_of_char[at] if at in token_starts else default

    token_ends = table.ends
    lexicon = lexicon or load_lexicon()
    roles = lexicon.role_words
    role_set = _role_set(lexicon)
    suffixes = lexicon.org_suffixes
    candidates: list[tuple[int, int, str]] = []

    for m in _suffix_pattern(lexicon).finditer(text):
        head, strength = m.group(1), suffixes.get(m.group(1), "")
        if not strength:  # the lookahead-guarded 党组
            strength = suffixes["党组"]
        # the head ends a word, or runs into a role word (防控组|组长 is segmented 防控|组组长)
        if m.end(1) not in token_ends and not text.startswith(roles, m.end(1)):
            continue
        last = words[token_of_char[m.end(1) - 1]]
        # the head must be its own word, or end a noun word (公安局, 政协报) — not the tail of 全局
        if last.idx < m.start(1) and (last.tag not in _NOUN_TAGS or len(last.text) > len(head) + 3):
            continue
        if _joins_heads(last.text, suffixes):
            continue  # 中国|党和政府: jieba's one word for two bodies joined by 和, the party and the government
        if head == "网" and text.endswith(_NETWORK_KINDS, 0, m.start(1)):
            continue  # 英国电力网, 全国铁路网: a network of lines, no website (overrides61)
        if head.endswith("银行") and text.startswith("间", m.end(1)):
            continue  # 上海银行间同业拆放利率: 银行间 is "interbank", no bank (cluener38)
        if text[m.start(1) - 1:m.end(1)] in _SITUATION_WORDS \
                and dictionary_tag(text[max(0, m.start(1) - 2):m.start(1)]) == "x":
            continue  # 总体布局, 国际格局: a state of play, not a bureau (but 安全|局 is one)
        if head == "中心" and (last.text in _CENTRE_WORDS or last.text == head and (
                text[m.start(1) - 1:m.start(1)] in _CENTRED
                or text[max(0, place_starts.get(m.start(1), 0) - 2):place_starts.get(m.start(1), 0)].endswith(_AT))):
            continue  # 市中心, 台北市|中心, 位于布达佩斯|中心: the middle of a place, no body
        first_i = token_at_start(m.start(1), last.i)
        start = words[first_i].idx if m.start(1) in token_starts else last.idx
        # extend left over name material
        i, taken = first_i - 1, 0
        best_start = start
        crossed = False  # whether the name has run over a verb to the name opening it (once only)
        reached_place = any(p in place_chars for p in range(start, m.end(1))) or (
            last.text[:1] in _ONE_CHAR_PLACES and last.text[1:] == head  # 市政府, 区政府
        )
        while i >= 0 and taken < _MAX_PREFIX_TOKENS:
            tok = words[i]
            if tok.whitespace:
                break  # a space separates names (为家而战 磐石人大)
            in_place = tok.idx in place_chars
            if crossed and not in_place and not (tok.tag in _OPENING_TAGS - {"j"} and len(tok.text) >= 2):
                break  # past a verb, only places and names open the name (长春|万科|房地产|开发|有限公司)
            # (a first conjunct that is a whole school is a name of its own: 屏东农业学校|与|台北帝国大学)
            conjoined = (
                tok.text in ("与", "和") and head in _CONJOINED_HEADS and i > 0 and not _is_stop(words[i - 1], role_set)
                and not words[i - 1].text.endswith(_CONJOINED_HEADS + SCHOOL_HEADS + _UNIVERSITY_HEADS + BODY_BEFORE_AND)
            )
            # a state's or a province's school says so after the place (宾夕法尼亚州|立|大学, 州立 of 州立大学)
            owned = (tok.text == "立" and head.endswith(_UNIVERSITY_HEADS + SCHOOL_HEADS) and i > 0 and words[i - 1].idx in place_chars
                     and words[i - 1].text[-1:] in "州省市县")
            if tok.text in _AIM_VERBS and head in _AIM_HEADS and best_start < start \
                    and words[i + 1].tag in ("n", "vn", "nz"):
                best_start = tok.idx  # a body named by its aim (促进|投资|委员会, overrides64): the verb opens it
                break
            if not in_place and not conjoined and not owned and _is_stop(tok, role_set):
                opening = None if crossed or any(p in place_chars for p in range(best_start, m.end(1))) \
                    else _legal_name_opening(words, i, text, m.end(1), place_chars, role_set)
                if opening is None:
                    break
                # 吉林草|还|丹药业有限公司: a legal name runs over its verbs to the place or name opening it,
                # and on over the names before that (长春|万科|房地产|开发|有限公司)
                crossed = True
                taken += i - opening
                i = opening
                tok, in_place = words[i], words[i].idx in place_chars
            if tok.text in ("与", "和") and i > 0 and words[i - 1].text.endswith(_UNIVERSITY_HEADS) \
                    and head.endswith(_UNIVERSITY_HEADS):
                break  # two colleges, not one (查尔斯顿艺术学院|和|柯林斯学院)
            best_start = tok.idx
            reached_place = reached_place or in_place or (tok.text in _ONE_CHAR_PLACES)
            if tok.text in lexicon.deixis and tok.text != _AT_HOME:  # 全区, 本市: the document's home place
                reached_place = True
            i -= 1
            taken += 1
        start = best_start
        # a legal name of trades and kinds alone (控股集团有限公司) takes the word before it as its trade name, which
        # the walk left stopped at: jieba reads many as verbs (远航|控股集团有限公司; review155)
        k = token_at_start(start, 0)
        if k and generic_legal_name(text[start:m.end(1)]) and _trade_name_word(words[k - 1], role_set):
            start = words[k - 1].idx
        name = text[start : m.end(1)]
        if name in NOT_NAMES:
            continue
        if head == "政府" and name.endswith("党政府") and len(name) > 3:
            # a party's government names the party (工党政府, 联盟党政府: MSRA train marks the party, 21 of 21)
            candidates.append((start, m.end(1) - len(head), MentionSource.ORG_SUFFIX))
            continue
        if strength == "standalone" or name == head and head in ("政协",):
            candidates.append((start, m.end(1), MentionSource.ORG_SUFFIX))
            continue
        if start == m.start(1) or (start == last.idx and last.text == name and name == head):
            continue  # a bare head word names no particular body
        # a weak head is licensed by a place, or by a body named inside it (政协机关, 防控组办公室)
        inner_body = any(
            suffixes.get(h) in ("strong", "standalone") for h in _heads_in(name[: len(name) - len(head)], lexicon)
        )
        if strength == "weak" and not reached_place and not inner_body:
            continue
        candidates.append((start, m.end(1), MentionSource.ORG_SUFFIX))

    candidates.extend((w.idx, w.end, MentionSource.ORG_SUFFIX) for w in words  # its cheap test first, in line
                      if len(w.text) == 3 and w.text not in NOT_NAMES and abbreviated_body(w, text, lexicon))
    teams = sports_teams(text, places, table)
    # names fixed by their context come before the grammar's: 处理原则|中国台湾网, 力克|河北队
    fixed = ([(s, e, MentionSource.ORG_LATIN) for s, e in latin_organisations(text)]
             + [(s, e, MentionSource.ORG_OUTLET) for s, e in news_outlets(text)]
             + [(s, e, MentionSource.ORG_TEAM) for s, e, whole in teams if whole]
             + [(s, e, MentionSource.ORG_TEAM) for s, e in listed_teams(text, table, lexicon)]
             + [(s, e, MentionSource.ORG_DEPARTMENT) for s, e in departments(text)]
             + [(s, e, MentionSource.ORG_DEPARTMENT) for s, e in services_by_kind(text, table)]
             + [(s, e, MentionSource.ORG_STATE_BODY) for s, e in state_bodies(text, places, table)]
             + [(s, e, MentionSource.ORG_STOCK_CODE) for s, e in stock_listed_names(text, table)]
             + [(s, e, MentionSource.ORG_STATE_BODY) for s, e in district_councils(text, places)]
             + [(s, e, MentionSource.ORG_QUOTED) for s, e in quoted_groups(text)])
    # bodies named by their kind compete with the grammar's names, the longest winning (中国国民党中央委员会)
    candidates.extend((s, e, MentionSource.ORG_NAMED_KIND) for s, e in named_bodies(text, places, table))
    candidates.extend((s, e, MentionSource.ORG_NAMED_KIND) for s, e in societies(text, places, table))
    candidates.extend((s, e, MentionSource.ORG_SCHOOL) for s, e in local_schools(text, table))  # 员林高中
    candidates.extend((s, e, MentionSource.ORG_NAMED_KIND) for s, e in addressed_bodies(text, table))  # 向|教育局
    candidates.extend((s, e, MentionSource.ORG_NAMED_KIND)  # 工策会|总干事|洪荣章, 教育|处长|王淑玲 (orgs160)
                      for s, e in bodies_before_officers(text, table, places, people or (), lexicon))
    # and so do well-known bodies: a longer name holding one is that name's (港大医学院); a body named by its
    # kind keeps a span it finds too (国民党), the grammar's generic head does not (台积电|公司)
    known = known_organisations(text, table, lexicon)
    known_spans = set(known)
    candidates = [c for c in candidates if c[2] != MentionSource.ORG_SUFFIX or (c[0], c[1]) not in known_spans]
    # a department's or an outlet's name the context fixes inside a listed name is that name's part
    # (国家林业和草原局: not 草原局; 中央广播电视总台: not 视总台)
    held = longer_holder(known)
    fixed = [c for c in fixed if not held(c[0], c[1])]
    candidates.extend((s, e, MentionSource.ORG_KNOWN) for s, e in known)
    candidates.extend((s, e, MentionSource.ORG_NAMED_KIND) for s, e in unions_of(text, known))
    # no body's name cuts a village or a street read by its head (台南市永康区|网寮里: no 台南市永康区网)
    cut = [(p.start, p.end) for p in places or () if p.extractor in _LOCAL_PLACES]
    if cut:
        candidates = [c for c in candidates
                      if not any(s < c[1] and c[0] < e and not (c[0] <= s and e <= c[1]) for s, e in cut)]
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    chosen: list[tuple[int, int, str]] = _listed(text, lexicon)
    taken = {i for s, e, _ in chosen for i in range(s, e)}  # characters already named: linear, not pairwise
    for cand in sorted(fixed, key=lambda c: (c[0], -(c[1] - c[0]))):
        if taken.isdisjoint(range(cand[0], cand[1])):
            chosen.append(cand)
            taken.update(range(cand[0], cand[1]))
    for cand in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        if taken.isdisjoint(range(cand[0], cand[1])):
            chosen.append(cand)
            taken.update(range(cand[0], cand[1]))
    # a unit named alone, where nothing else is named: for the entity layer only (历任|地政处长, 在|教育局|考虑)
    for s, e in sorted(set(fused_posts(text) + subject_departments(text, table))):
        if taken.isdisjoint(range(s, e)):
            chosen.append((s, e, MentionSource.ORG_DEPARTMENT_ALONE))
            taken.update(range(s, e))
    chosen.sort()
    chosen, owned = _owned_institutions(chosen, text, table, taken)
    out = [make_mention(doc, s, e, Label.ORGANIZATION, kind) if text[s:e] not in owned
           else make_mention(doc, s, e, Label.ORGANIZATION, MentionSource.ALIAS, canonical=owned[text[s:e]])
           for s, e, kind in chosen]
    # a team's bare name (输给吉林, 江苏全队) is that team, where nothing else is named
    for s, e, team in teams:
        if not team and taken.isdisjoint(range(s, e)):
            full = next(t for t in teams if t[2] and text[t[0]:t[1]].endswith(text[s:e] + "队"))
            out.append(make_mention(doc, s, e, Label.ORGANIZATION, MentionSource.ALIAS,
                                    canonical=text[full[0]:full[1]]))
    return sorted(out, key=lambda m: (m.start, m.end))


#: Who keeps a school, a hospital or a museum, written before its name as part of it (国立成功大学, 私立辅仁大学,
#: 市立联合医院, 国立故宫博物院): the state, a private board, a city, a county, a province, a district, the public.
OWNERS = ("国立", "私立", "市立", "县立", "省立", "区立", "公立")
# the heads of the institutions an owner's word stands before (a 国立 before 大学 is the university's own name)
_OWNED_HEADS = ("大学", "学院", "中学", "小学", "高中", "国中", "国小", "学校", "医院", "博物院", "博物馆", "美术馆",
                "图书馆", "科学馆", "艺术馆", "纪念馆", "研究院", "剧院", "音乐厅", "交响乐团", "乐团", "剧团")


def _owned_institutions(chosen: list[tuple[int, int, str]], text: str, table: TokenTable,
                        taken: set[int]) -> tuple[list[tuple[int, int, str]], dict[str, str]]:
    """``chosen`` with an owner's word (:data:`OWNERS`) before an institution's name taken into it, where the word
    is a word of its own (国立|成功大学; not 美国|立…), and the names so lengthened: the bare name -> the full one.
    The full name is the body (国立成功大学, as Taiwan's universities call themselves); the bare name, written
    elsewhere in the document, is its alias.

    >>> from zhkg.stages.segment import make_nlp
    >>> text = "国立成功大学今天举办典礼。成功大学校长致词，私立辅仁大学也到场。"
    >>> spans = [(2, 6, "s"), (13, 17, "s"), (22, 28, "s")]
    >>> chosen, owned = _owned_institutions(spans, text, token_table(make_nlp()(text)), set())
    >>> [text[s:e] for s, e, _ in chosen], owned
    (['国立成功大学', '成功大学', '私立辅仁大学'], {'成功大学': '国立成功大学', '辅仁大学': '私立辅仁大学'})
    """
    out, owned = [], {}
    for s, e, kind in chosen:
        if (text.startswith(OWNERS, s - 2) and s >= 2 and s - 2 in table.starts and s in table.starts
                and text.endswith(_OWNED_HEADS, s, e) and taken.isdisjoint((s - 2, s - 1))):
            s -= 2
        if text.startswith(OWNERS, s) and e - s > 4 and text.endswith(_OWNED_HEADS, s, e):
            owned.setdefault(text[s + 2:e], text[s:e])
        out.append((s, e, kind))
    return out, owned


# a union of a body's staff after the body's name (华航企业工会, 长荣航空空服员工会, 中华电信工会): who its members are,
# in a few letters that hold no function word, then the union's head
_UNION = re.compile(r"(?:(?![的了在和与及是将把被对向从等])[\u4e00-\u9fff]){0,4}?(?:产业工会|企业工会|职业工会|工会)")


def unions_of(text: str, bodies: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the unions written right after a well-known body's name (``bodies``): the body, its members' trade
    and 工会, one name (jieba's words run across it: 空服|员工|会, 台积|电工|会).

    >>> text = "长荣航空空服员工会今天表示，台积电工会成立，华航的工会也发声。"
    >>> [text[s:e] for s, e in unions_of(text, [(0, 4), (14, 17), (22, 24)])]
    ['长荣航空空服员工会', '台积电工会']
    """
    spans = []
    for s, e in bodies:
        m = _UNION.match(text, e)
        if m is not None:
            spans.append((s, m.end()))
    return spans


# places read by their head and context that a body's name never cuts
_LOCAL_PLACES = frozenset({MentionSource.PLACE_VILLAGE_TW, MentionSource.PLACE_LOCAL})

# the head characters of a body's abbreviation (消基会, 金管会, 国台办)
_ABBREVIATED_HEADS = frozenset("会委署局办")
_DICTIONARY_NOUNS = frozenset({"n", "nt", "nz", "j"})


def abbreviated_body(word: Word, text: str, lexicon: Lexicon) -> bool:
    """Whether a word is a body's abbreviation: three characters ending in a body's head character, right
    before a role word (消基会|总干事, 金管会|主委); jieba's dictionary holds it as a noun, or jieba built it and
    it opens with no surname (王德会|主任 is a person and a role); a gathering's word is none (午餐会|主持人)."""
    if len(word.text) != 3 or word.text[-1] not in _ABBREVIATED_HEADS or not text.startswith(lexicon.role_words, word.end):
        return False
    if word.text.endswith(MEETINGS):
        return False  # a gathering's host is no body's officer (午餐会|主持人, 运动会|主任)
    if lexicon.org_suffixes.get(word.text) in ("strong", "weak"):
        return False  # a head word alone names no particular body (委员会|主席 of a committee just named: entities171)
    return word.tag in _DICTIONARY_NOUNS or (word.tag == "x" and word.text[0] not in lexicon.surnames)


# What a network carries or links (电力网, 铁路网, 光纤网): with 网 a grid of lines, never a website. Not 电 (广东电网
# is the grid company) nor 交通, 服务 or 信息 (sites' words: 浙江政务服务网).
_NETWORK_KINDS = ("电力", "输电", "配电", "铁路", "公路", "道路", "光纤", "管道", "供水", "航线")


# what a university's or a college's name ends in: a first conjunct ending so is a name of its own
# (查尔斯顿艺术学院|和|柯林斯学院)
_UNIVERSITY_HEADS = ("大学", "学院")

