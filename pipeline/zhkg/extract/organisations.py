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
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.extract.base import Word, doc_text, make_mention, token_table
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.gazetteer import LEVEL_CHARACTERS
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.segment import dictionary_tag

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["LISTED", "extract_organisations", "NOT_NAMES"]

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
    "工作 防疫 疫情防控 号召 倡议 决策 部署 动员 支持 领导 指导 帮助 推动 组建 成立 发挥 组织 时间 贡献 力量".split()
)
_ONE_CHAR_PLACES = frozenset(LEVEL_CHARACTERS + "镇乡")
# nouns jieba's dictionary tags as verbs, which still belong in names (石家庄警察护跑团)
_NAME_NOUNS = frozenset({"警察", "公安", "国保", "消防", "武警", "交警", "环境", "生态环境", "组"})
# heads whose names may join two nouns with 与/和 (地球与环境学院)
_CONJOINED_HEADS = ("学院", "大学", "研究所", "研究院", "学会")
# generic phrases that look like names but name no particular body
NOT_NAMES = frozenset({"人民政协", "政协组织", "基层党组织", "党组织", "人民政府", "共产党"})
_MAX_PREFIX_TOKENS = 7


@lru_cache(maxsize=4)
def _suffix_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    words = sorted(lexicon.org_suffixes, key=lambda w: (-len(w), w))
    # 党组 followed by 书记/成员 is part of a role (党组书记), not a body
    guards = {"党组": "党组(?!书记|成员|副书记)", "政府": "政府(?!门户|网站)"}
    alternation = "|".join(guards.get(w, re.escape(w)) for w in words)
    # a lookahead finds heads at every position: 平谷区委员会 holds both 区委 and 委员会
    return re.compile(f"(?=({alternation}))")


def _is_stop(token: Word, roles: frozenset[str]) -> bool:
    text = token.text
    if token.is_space or token.is_punct or text in _STOP_WORDS or text in roles:
        return True
    if any(ch.isdigit() for ch in text):
        return True
    # markup and symbols never join a name (<script>平谷区政协); Latin words may (IBM公司)
    if not all("\u4e00" <= ch <= "\u9fff" or (ch.isascii() and ch.isalpha()) for ch in text):
        return True
    if text in _NAME_NOUNS:
        return False
    if len(text) >= 4:
        return token.tag not in _LONG_WORD_TAGS and not _is_noun_compound(text)
    return token.tag not in _NOUN_TAGS


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
    pattern = re.compile("|".join(map(re.escape, sorted(lexicon.organisations, key=lambda n: (-len(n), n)))))
    return [(m.start(), m.end(), LISTED) for m in pattern.finditer(text)]


def extract_organisations(
    doc: Doc, places: list[Mention] | None = None, *, lexicon: Lexicon | None = None
) -> list[Mention]:
    """ORGANIZATION mentions in a ``Doc`` of normalised text, sorted by offset.

    ``places`` are the document's PLACE mentions; they license weak head words.
    ``lexicon`` defaults to :func:`~zhkg.resources.lexicon.load_lexicon`; names in
    its ``organisations`` (a user's ``organisations.txt``) are found whole, with
    extractor ``LISTED``, and win over grammar names they overlap.

    >>> from zhkg.stages.segment import make_nlp
    >>> doc = make_nlp()("稷山县公安局民警贺旺英")
    >>> [m.text for m in extract_organisations(doc)]
    ['稷山县公安局']
    """
    text = doc_text(doc)
    places = places or []
    place_chars = set()
    for m in places:
        place_chars.update(range(m.start, m.end))
    table = token_table(doc)
    words = table.words
    token_at_start = {t.idx: t.i for t in words}
    token_of_char = table.token_of_char
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
        first_i = token_at_start.get(m.start(1), last.i)
        start = words[first_i].idx if m.start(1) in token_at_start else last.idx
        # extend left over name material
        i, taken = first_i - 1, 0
        best_start = start
        reached_place = any(p in place_chars for p in range(start, m.end(1))) or (
            last.text[:1] in _ONE_CHAR_PLACES and last.text[1:] == head  # 市政府, 区政府
        )
        while i >= 0 and taken < _MAX_PREFIX_TOKENS:
            tok = words[i]
            if tok.whitespace:
                break  # a space separates names (为家而战 磐石人大)
            in_place = tok.idx in place_chars
            conjoined = (
                tok.text in ("与", "和") and head in _CONJOINED_HEADS and i > 0 and not _is_stop(words[i - 1], role_set)
            )
            if not in_place and not conjoined and _is_stop(tok, role_set):
                break
            best_start = tok.idx
            reached_place = reached_place or in_place or (tok.text in _ONE_CHAR_PLACES)
            if tok.text in lexicon.deixis:  # 全区, 本市: the document's home place
                reached_place = True
            i -= 1
            taken += 1
        start = best_start
        name = text[start : m.end(1)]
        if name in NOT_NAMES:
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

    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    chosen: list[tuple[int, int, str]] = _listed(text, lexicon)
    taken = {i for s, e, _ in chosen for i in range(s, e)}  # characters already named: linear, not pairwise
    for cand in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        if taken.isdisjoint(range(cand[0], cand[1])):
            chosen.append(cand)
            taken.update(range(cand[0], cand[1]))
    chosen.sort()
    return [make_mention(doc, s, e, Label.ORGANIZATION, kind) for s, e, kind in chosen]
