"""The recogniser's names that run on past a name the document reads elsewhere (issue 15).

The recogniser reads a name and the words after it as one name where nothing in its features says the name has
ended: WHO|疾病监测, 万科|托管物业, 奥斯卡|得主助阵编剧配乐 (organisations), 雅加达|西南 (a place). The same document
names WHO, 万科, 奥斯卡 and 雅加达 on their own elsewhere: what the document says about the name is that it ends there.
Such a mention is cut back to that name when

* it is the recogniser's organisation or place, read once in the document (a name it reads again and again is the
  document's: 新浪乐居), and no rule reads the same letters;
* it opens with a name of two letters or more that other mentions of the document, apart from it, read with the
  same label (the longest such name), and that name ends where jieba starts a word (not 中国 of 中国民航, one word);
  a place before an organisation's words is never cut at, since a place opens most bodies' names, their words
  abbreviated (祁阳|公安国保, 香港|联通 alike);
* what follows the name is, after an organisation, two words or more of jieba's, each a common noun, verb,
  adjective, adverb or direction (疾病|监测, 托管|物业), the last letters no organisation's head (``org_suffixes.tsv``, or
  a last letter of one: 院, 会, 局, 队, 系 …: 东协中心, 中国女排国家队, 中央大学地理系 stay whole) and no company's trade
  among them (中信|证券); a body's premises alone (英特尔|工厂, 港铁|商场, 联合国|总部: :data:`PREMISES`) is cut as
  well; any other one word (新浪|微博, 万科|物业: a brand's own line or unit), an unknown or proper word
  (摩根|富林明, 东协|货品|贸易协定) or a numeral (国民党|九十三|师) keeps the name whole; after a place, a direction
  alone (西南, 东部: a part of the place, no place of its own); after either, one letter of grammar or a verb Hong
  Kong's and Taiwan's news writes right after its subject (港铁|以铁路为…, 港超|冀落户…: :data:`GRAMMAR_TAILS`) or a
  scope (莱尔富|全台店数…: :data:`SCOPE_TAILS`): the clause goes on past the name, wherever jieba ends its words
  (it glues them on: 港超冀, 港铁以; ents259).

Run on the recogniser's mentions before they are combined with the rules' (:meth:`zhkg.run.pipeline.Pipeline._merge`),
beside :func:`zhkg.extract.glued_bodies.places_unglued`, which cuts the letters glued on at a name's front.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from zhkg.extract.trade_names import TRADES
from zhkg.records import Label, Mention
from zhkg.stages.segment import TokenTable

__all__ = ["BODY_HEAD_LETTERS", "DIRECTIONS", "GRAMMAR_TAILS", "PREMISES", "SCOPE_TAILS", "cut_known_name_tails", "front"]

# last letters of a body's head word (国务院, 委员会, 调查局, 国家队, 解放军, 办公室, 法庭, 地理系, 血液科 …): a tail
# ending in one names a body of its own (东协中心, 安华办公室, 中国女排国家队, 中央大学地理系), so it stays whole
BODY_HEAD_LETTERS = frozenset("院会局部处署厅所校团社委队军办室司行组庭馆台报网店厂站园营系科")

# the parts of a place a direction names (雅加达|西南): no place of its own
DIRECTIONS = frozenset({"东", "西", "南", "北", "东部", "西部", "南部", "北部", "中部", "东南", "西南", "东北", "西北",
                        "东南部", "西南部", "东北部", "西北部"})

_CUT_LABELS = (Label.ORGANIZATION, Label.PLACE)

# a body's premises or its kind of site after its name (英特尔|工厂, 港铁|商场, 联合国|总部): one word, yet the place
# the body works in, no body's name (orgs248); each is a thing any company or body has
PREMISES = frozenset({"工厂", "厂房", "厂区", "商场", "门店", "店铺", "专卖店", "旗舰店", "大楼", "工地", "总部", "仓库"})


# one letter of grammar, or a verb Hong Kong's and Taiwan's news writes right after its subject (港超|冀落户…, 港铁|以
# 铁路为…, 民建联|促政府…): the clause goes on, the name has ended (ents259)
GRAMMAR_TAILS = frozenset("以冀将在与向对促吁斥批称指盼拟已也亦均即又还就都")
# a scope after a name (莱尔富|全台店数…, 港铁|全港…): where the clause's count or deed reaches, no part of the name
SCOPE_TAILS = frozenset({"全台", "全港", "全国", "全省", "全市", "全岛"})  # not 全球: 兴业全球 is a fund house


# jieba's tags of the common words a run-on tail is made of (疾病|监测, 托管|物业, 官方|网页): a noun, a verb, an
# adjective, an adverb, a direction; never a proper noun's, a numeral's or an unknown word's (新浪|乐居, 摩根|富林明,
# 国民党|九十三|师, 新浪|家居|外联: a brand's or a body's own part)
_COMMON_TAGS = frozenset({"n", "vn", "v", "vd", "a", "ad", "an", "d", "f"})


def _tail_runs_on(label: Label, tail: str, words: Sequence, heads: Mapping[str, str]) -> bool:
    """Whether ``tail``, the letters after a known name in a mention of ``label`` (jieba's ``words`` over it), is no
    part of a name."""
    if label is Label.PLACE:
        return tail in DIRECTIONS
    if tail in PREMISES:
        return True
    if len(words) < 2 or any(w.tag not in _COMMON_TAGS for w in words):
        return False  # one word (新浪|微博, 万科|物业) or a proper one: the brand's own line or unit
    if tail[-1] in BODY_HEAD_LETTERS or any(tail.endswith(h) for h in heads):
        return False
    return not any(trade in tail for trade in TRADES)


def _words_over(table: TokenTable, start: int, end: int) -> list | None:
    """jieba's words exactly covering ``start``–``end``, or None where a word crosses either edge."""
    if start not in table.starts or end not in table.ends:
        return None
    k = table.token_of_char[start]
    words = []
    while k < len(table.words) and table.words[k].idx < end:
        words.append(table.words[k])
        k += 1
    return words


def _label_apart(named: Sequence[Mention], m: Mention) -> Label | None:
    """The label most of ``named`` (the mentions of one name, the rules' first) give it, counting only those apart
    from ``m`` (the first label read on a tie), or None when none is apart."""
    votes: dict[Label, int] = {}
    for o in named:
        if o.end <= m.start or o.start >= m.end:
            votes[o.label] = votes.get(o.label, 0) + 1
    return max(votes, key=votes.__getitem__) if votes else None  # max keeps the first of equal counts


def front(m: Mention, size: int, original: str = "") -> Mention:
    """``m`` cut to its first ``size`` letters (its ``text`` from ``original``, the document as written, if given).

    >>> front(Mention("d", 2, 8, "华为公司员工", "华为公司员工", Label.ORGANIZATION, "crf"), 4).simplified
    '华为公司'
    """
    end = m.start + size
    return replace(m, end=end, text=original[m.start:end] if original else m.text[:size], simplified=m.simplified[:size])


def cut_known_name_tails(model: list[Mention], found: Sequence[Mention], table: TokenTable,
                         heads: Mapping[str, str], original: str = "") -> list[Mention]:
    """``model`` with each recogniser's organisation or place that runs on past a name the document reads
    elsewhere cut back to that name (module docstring); ``found`` are the rules' mentions, ``table`` jieba's cut
    of the Simplified text, ``heads`` the organisation head words (``Lexicon.org_suffixes``) and ``original`` the
    document's text as written (a cut mention's ``text``; offsets are shared).

    >>> from zhkg.stages.segment import make_segmenter, token_table
    >>> text = "WHO总干事说，WHO疾病监测体系受损。"
    >>> table = token_table(make_segmenter()(text))
    >>> who = Mention("d", 0, 3, "WHO", "WHO", Label.ORGANIZATION, "crf")
    >>> run_on = Mention("d", 8, 15, "WHO疾病监测", "WHO疾病监测", Label.ORGANIZATION, "crf")
    >>> [(m.simplified, m.label.name) for m in cut_known_name_tails([who, run_on], [], table, {})]
    [('WHO', 'ORGANIZATION'), ('WHO', 'ORGANIZATION')]
    """
    candidates = {id(m) for m in model if m.label in _CUT_LABELS and len(m.simplified) >= 3}
    if not candidates:
        return model
    ruled = {(m.start, m.end) for m in found}
    written = Counter(m.simplified for m in model)
    # each name's organisation and place mentions, the rules' first: a prefix of a candidate is asked about those
    # alone, not a vote over every name of the document per candidate (speed191)
    named: dict[str, list[Mention]] = {}
    for o in (*found, *model):
        if o.label in _CUT_LABELS and len(o.simplified) >= 2:
            named.setdefault(o.simplified, []).append(o)
    out = []
    for m in model:
        if id(m) not in candidates or (m.start, m.end) in ruled:
            out.append(m)
            continue
        if written[m.simplified] > 1:
            out.append(m)  # a name the recogniser reads again and again is the document's (新浪乐居 …)
            continue
        cut = None
        for size in range(len(m.simplified) - 1, 1, -1):
            name = m.simplified[:size]
            apart = name in named and _label_apart(named[name], m) is m.label
            if apart and (m.simplified[size:] in GRAMMAR_TAILS or m.simplified[size:] in SCOPE_TAILS):
                cut = size  # 港超|冀, 港铁|以: jieba glues the letter on (港超冀, 港铁以), the name has ended
                break
            words = _words_over(table, m.start + size, m.end) if apart else None
            if words and _tail_runs_on(m.label, m.simplified[size:], words, heads):
                cut = size
                break
        if cut is None:
            out.append(m)
            continue
        out.append(front(m, cut, original))
    return out
