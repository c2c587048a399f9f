"""The counted phrase read token by token after its classifier: where its head (its last noun) ends.

Split out of :mod:`zhkg.extract.count_phrase` by tidy256 (no behaviour change): :func:`_scan_head`, which
:func:`zhkg.extract.count_phrase._phrase_at` calls once its own checks of the phrase's opening leave the phrase to be
read, was one loop of 211 lines; it now runs the named steps of :data:`_STEPS` on each word in turn, each reading
one part of the phrase (any word's limits, the opening words, the word right after the head, the predicate after
it, names and glossary words, properties, the last letters jieba leaves alone, heads and modifiers). The first step
that decides reads on to the next word (:data:`_NEXT`) or stops the reading (:data:`_STOP`); the ends found so far
are kept on a :class:`_Scan`. Beside it the helpers only the reading uses: :func:`_kind_ending`,
:func:`_predicate_noun_ahead`, :func:`_names_before_noun` and :func:`_is_modifier`.

Caveats
-------
* The steps run in the order the loop's checks had, and each returns as soon as it changes an end: a step never
  sees an end another step changed for the same word.
* The word lists it reads live in :mod:`zhkg.extract.count_phrase_words` (tidy262; they were
  :mod:`zhkg.extract.count_phrase`'s, which then imported this module inside the function calling it): it imports
  them, and :func:`zhkg.extract.count_compounds._compound_close` (which reads them too), at the top.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from zhkg.extract.count_clauses import _Boundaries
from zhkg.extract.count_compounds import _compound_close
from zhkg.extract.count_numerals import classifiers
from zhkg.extract.count_phrase_words import (
    _ADJECTIVE_TAGGED_NOUNS,
    _ADVERB_MODIFIERS,
    _ADVERB_NOUNS,
    _AGAIN,
    _AGENT_CLASSIFIERS,
    _AIRCRAFT_MAKERS,
    _BUILDING_ENDS,
    _CLAUSE_END,
    _COMPOUND_HEADS,
    _DATE_WORDS,
    _DE_AHEAD,
    _FACILITY_ENDS,
    _FILED_CLASSIFIERS,
    _FILED_VERBS,
    _FORMER,
    _GENERIC_ONE,
    _INSTITUTION_CLASSIFIERS,
    _INSTITUTIONS,
    _INSTRUMENT_BEFORE,
    _INSTRUMENT_REACH,
    _LATIN,
    _LINK_NOTE,
    _LIST_AHEAD,
    _LIST_LINK_CHARS,
    _MAX_PHRASE_CHARS,
    _MAX_PHRASE_TOKENS,
    _MODIFIER_TAGS,
    _NAME_TAGS,
    _NEGATED_MODALS,
    _NOT_HEADS,
    _NOUN_SUFFIXES,
    _NUMERAL_TAGS,
    _OBJECT_NAME_TAGS,
    _PASSIVE_OPENINGS,
    _PERSON,
    _PLACE_MODIFIERS,
    _PLAIN_NOUN_TAGS,
    _PREDICATE_NOUNS,
    _PROPERTY_SUFFIXES,
    _PROPERTY_WORDS,
    _RELATION_VERB_END,
    _SCHOOL_SUFFIXES,
    _SECOND_PROPERTIES,
    _SPOT,
    _TEAM,
    _TIME_ADVERBS,
    _TYPE_SUFFIXES,
    _VERB_TAGGED_NOUNS,
    _WHEN_WORDS,
    _ends_phrase,
    _glossary_at,
    _glossary_lengths,
    _glued_other,
    _is_head,
    _kind_tagged_name,
)
from zhkg.stages.segment import Word, doc_text, token_table
from zhkg.text import CLAUSE_BREAKS as _CLAUSE_BREAK
from zhkg.text import HAN_ONLY

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["_NEXT", "_STOP", "_Scan", "_scan_head", "_limits", "_past_first_noun", "_opening", "_right_after_head",
           "_predicate_after_head", "_named_or_predicate", "_names_team_or_glossary", "_property", "_glued_end",
           "_head_or_modifier", "_STEPS", "_kind_ending", "_predicate_noun_ahead", "_names_before_noun",
           "_is_modifier", "_PROCESS_END", "_PEOPLE_NOUN_ENDS"]

# How a noun of a process ends (规范化, 数字化, 标准化): before a verbal noun (规范化建设) it is what is done to the head.
_PROCESS_END = "化"

# How nouns of people end (议员, 作者, 律师, 法官): never a verb before its object, as 作客 and 分属 are.
_PEOPLE_NOUN_ENDS = ("员", "者", "师", "官")

# What a step decides about a word: read on to the next word, or stop reading; ``None``: the next step decides.
_NEXT: Literal["next"] = "next"
_STOP: Literal["stop"] = "stop"


@dataclass(slots=True)
class _Scan:
    """The phrase being read (its document's text and words, ``pos`` where it opens, ``first`` its first token,
    ``cls_start`` where its classifier starts, -1 for none) and the ends found so far, -1 where none is: of the
    head, of a verbal noun before any head, of a run of verbs only, of the first head; whether only verbs were read
    yet, and the position the reading skips to (a list of names, a link's note, a glossary word across tokens)."""

    doc: Doc
    text: str
    words: tuple[Word, ...]
    pos: int
    cls_start: int
    b: _Boundaries
    glossary: Mapping[str, str]
    first: Word
    head_end: int = -1
    verbal_end: int = -1
    verbs_end: int = -1
    first_head_end: int = -1
    only_verbs: bool = True
    skip_to: int = -1


def _scan_head(doc: Doc, pos: int, cls_start: int, b: _Boundaries, glossary: Mapping[str, str], first: Word
               ) -> tuple[int, int, int]:
    """The ends found reading the phrase at ``pos`` token by token from ``first`` (its first token): of its last
    noun (the head), of a verbal noun before any head (2632场连续出赛), of a run of verbs only (3起疑似集体中毒); -1
    where there is none. The reading stops where the predicate opens (6只基金错失了, 40名议员投赞成票), at a break, a
    second number with its classifier or a list of names (3只偏股基金长城双动力、…). Each word goes through the
    steps of :data:`_STEPS` until one decides."""
    s = _Scan(doc, doc_text(doc), token_table(doc).words, pos, cls_start, b, glossary, first)
    words = s.words
    s.skip_to = _names_before_noun(words, first.i) if first.idx == pos else -1
    # a link's note (微博) is three tokens of no word: they do not count against the phrase's length
    notes = 3 * len(_LINK_NOTE.findall(s.text, pos, min(len(s.text), pos + _MAX_PHRASE_CHARS + 4)))
    for word in words[first.i : first.i + _MAX_PHRASE_TOKENS + notes]:
        if word.idx < s.skip_to:
            continue
        nxt = words[word.i + 1] if word.i + 1 < len(words) else None
        for step in _STEPS:
            action = step(s, word, nxt)
            if action is not None:
                break
        if action == _STOP:
            break
    return s.head_end, s.verbal_end, s.verbs_end


def _limits(s: _Scan, word: Word, nxt: Word | None) -> str | None:
    """Any word: a link's note before the head is skipped (三位留美(微博)学生); the phrase's reach, a space, a
    punctuation mark, a word never the head (全部, 其中) or a word of time (目前, 正在) stops the reading."""
    link = _LINK_NOTE.match(s.text, word.idx) if word.i > s.first.i and s.head_end < 0 else None
    if link is not None and link.end() < len(s.b.token_at):
        s.skip_to = link.end()  # 三位留美(微博)学生: a web page's note of a link before the head
        return _NEXT
    if word.end - s.pos > _MAX_PHRASE_CHARS or word.is_space or word.is_punct or word.text in _NOT_HEADS:
        return _STOP
    if word.text in _TIME_ADVERBS:
        return _STOP  # 另有300间正在申请: a time word (jieba: t) opens the predicate, it is no thing (session 27)
    return None


def _past_first_noun(s: _Scan, word: Word, nxt: Word | None) -> str | None:
    """The word after a noun: a compound running on to the noun closing it (9个养老助餐服务点) ends there; after 家/所,
    a verb with a link's note describes the body after it (十余家国内顶尖留学(微博)机构)."""
    text, pos, cls_start = s.text, s.pos, s.cls_start
    if s.head_end == word.idx > pos and not (word.tag in _PLAIN_NOUN_TAGS or word.tag in _NAME_TAGS):
        closed = _compound_close(s.words, text, word.i, pos, cls_start)
        if closed > 0:
            s.head_end = closed
            return _STOP  # 9个养老助餐服务点: the run of what the thing is for closes on its noun (counts218)
    institutions = cls_start >= 0 and text[cls_start : cls_start + 1] in _INSTITUTION_CLASSIFIERS
    note = _LINK_NOTE.match(text, word.end) if s.head_end > 0 and word.tag == "v" and institutions else None
    if note is not None and note.end() < len(s.b.token_at) and _is_head(s.words[s.b.token_at[note.end()]]):
        s.skip_to = note.end()  # 十余家国内顶尖留学(微博)机构: after 家/所, a verb with a link's note describes the body after it
        return _NEXT
    return None


def _opening(s: _Scan, word: Word, nxt: Word | None) -> str | None:
    """The phrase's opening word: 再 + a verb (再培训名额), 前/原/现 (前政要) and a suffix jieba split from its noun
    (两位型男) describe the noun after them; a "name" right after the classifier is the noun (70余位明星加盟). A space
    before any later word ends the phrase (a headline's end)."""
    pos, first = s.pos, s.first
    if (word.i == first.i and word.idx == pos and word.text == _AGAIN and nxt is not None
            and nxt.idx == word.end and nxt.tag in ("v", "vn")):
        return _NEXT  # 8000个再培训名额: 再 + a verb describes the noun (retraining places)
    if word.i > first.i and s.text[word.idx - 1].isspace():
        return _STOP  # 逾百名中国移民入籍 澳洲官员: a space ends the phrase (a headline's end)
    if (word.idx == pos and word.text in _FORMER and nxt is not None and nxt.idx == word.end
            and _is_head(nxt)):
        return _NEXT  # 100多名前政要: 前 (former) describes the noun
    if word.idx == pos and word.tag in ("nr", "nrfg") and HAN_ONLY.match(word.text) and len(word.text) >= 2 \
            and nxt is not None and nxt.tag not in ("n", "nz", "m") and not nxt.text[:1].isdigit():
        s.head_end = s.first_head_end = word.end  # 70余位明星加盟: jieba's "name" right after a classifier is a noun
        s.only_verbs = False
        return _NEXT
    if word.idx == pos and word.tag == "k" and nxt is not None and nxt.idx == word.end and nxt.tag in _PLAIN_NOUN_TAGS:
        return _NEXT  # 两位型男: jieba split an unknown noun into a suffix and a noun
    return None


def _right_after_head(s: _Scan, word: Word, nxt: Word | None) -> str | None:
    """The word right after the head (or after a run of verbs): 相关/有关 before another noun, a suffix jieba split
    off (投标 + 者), the word after 人 alone, a verb and its object glued into one noun, a verb jieba tags a noun, the
    predicate taking 了 after a noun jieba tags a verb."""
    words, pos, head_end = s.words, s.pos, s.head_end
    if (head_end == word.idx and word.text in ("相关", "有关") and nxt is not None and nxt.idx == word.end
            and _is_head(nxt) and not nxt.text.endswith(("人", "员", "者", "官", "长", "士", "家"))):
        # 3份安保相关文件: 相关/有关 (jieba: verbs) between two nouns say what the documents are about; not before
        # people (3个部门相关负责人 counts the departments, the officials are theirs; counts151)
        return _NEXT
    if word.tag == "k" and head_end == word.idx:  # 投标 + 者 ends the phrase
        s.head_end = word.end
        return _STOP
    if (head_end == word.idx and word.idx - 1 >= pos and words[word.i - 1].text == _PERSON
            and word.tag[:1] in ("n", "v")):
        return _STOP  # 两个人出面解决: 人 alone counts people; the word after it is the predicate (counts76)
    if head_end == word.idx and word.tag == "n" and len(word.text) == 4 and word.text not in s.glossary:
        from zhkg.stages.segment import dictionary_tag  # here, as in _kind_tagged_name: segment imports extraction

        if (dictionary_tag(word.text[:2]) == "v" and dictionary_tag(word.text[2:]) in ("n", "vn")
                and (nxt is None or nxt.is_punct)):
            return _STOP  # 两家公司员工发生冲突。: a verb and its object jieba glued into one noun end the clause (counts84)
    if _predicate_noun_ahead(s.doc, word, pos, head_end, s.glossary):
        s.head_end = head_end if head_end > 0 else words[word.i - 1].end
        return _STOP  # 两位老总作客新浪, 九只产品分属南方、…, 用两个字形容。: a verb jieba tags a noun (counts76)
    if (head_end < 0 and 0 < s.verbs_end == word.idx and word.tag == "x" and nxt is not None and nxt.idx == word.end
            and nxt.tag in ("ul", "uz", "ug")):
        s.head_end = s.verbs_end  # 这两类需求推高了: a noun jieba tags a verb (需求/v), then the predicate taking 了 (counts151)
        return _STOP
    return None


def _predicate_after_head(s: _Scan, word: Word, nxt: Word | None) -> str | None:
    """A word after the head that opens the predicate: one taking 了/着/过, an unknown word before a verb or a name,
    a passive or a verb of receiving, a negated modal, a clause of time, a one-character verb, a verb ending in 于,
    an unknown word before a break or a number; a noun's suffix jieba left alone ends the head instead (医科|生)."""
    pos, head_end, verbal_end = s.pos, s.head_end, s.verbal_end
    if head_end > 0 and (word.text.endswith("了") or (
            nxt is not None and nxt.idx == word.end and nxt.tag in ("ul", "uz", "ug"))):
        return _STOP  # 6只基金错失了, 三名歹徒抢走了钱包: a word taking 了/着/过 is the predicate
    if (head_end > 0 and word.tag == "x" and HAN_ONLY.match(word.text) and nxt is not None
            and (nxt.tag[:1] in ("v", "d") or (nxt.tag in ("nr", "ns", "nt", "nrt") and word.idx - pos >= 2))):
        return _STOP  # 乘客伤重惨死, 工作者齐聚温哥华: an unknown word after the head, before a verb or a name, is a predicate
    if head_end > 0 and word.tag in ("x", "v", "vn") and len(word.text) >= 2 and word.text[0] in _PASSIVE_OPENINGS \
            and HAN_ONLY.match(word.text):
        return _STOP  # 4500间餐厅获发牌照, 15家研发中心获颁证书 (counts241): a word of receiving or a passive opens the predicate (session 27)
    if head_end > 0 and word.text in _NEGATED_MODALS:
        return _STOP  # 千名学生无法报考: a negated modal after the head opens the predicate
    if head_end > 0 and word.text in _WHEN_WORDS and (nxt is None or nxt.is_punct or nxt.text[:1] in _CLAUSE_BREAK):
        return _STOP  # 修改上述两部法律时，: "when", a clause of time, no part of the noun
    if (head_end == word.idx and word.text in _NOUN_SUFFIXES and nxt is not None and nxt.idx == word.end
            and (_ends_phrase(s.words, nxt.i) or nxt.tag[:1] == "v")):
        s.head_end = word.end  # 60名医科生, 40部港产片: jieba left a noun's suffix alone, tagged a verb or a classifier
        return _STOP
    if head_end > 0 and word.tag == "vn" and len(word.text) == 1:
        return _STOP  # 40名议员投赞成票: a one-character verb after the head opens the predicate
    if max(head_end, verbal_end) > 0 and len(word.text) >= 2 and word.text.endswith(_RELATION_VERB_END) \
            and HAN_ONLY.match(word.text):
        return _STOP  # 25万的外国学生就读于德国高校: a verb ending in 于 (就读于, 位于) opens the predicate
    if (max(head_end, verbal_end) > 0 and word.tag == "x" and HAN_ONLY.match(word.text) and (
            nxt is None or nxt.is_punct or nxt.text[:1] in _CLAUSE_BREAK or nxt.text[:1].isdigit()
            or nxt.tag == "m")):
        return _STOP  # 四只指数基金为例, 8场比赛赢下7场: an unknown word after the head before a break or a number
    return None


def _named_or_predicate(s: _Scan, word: Word, nxt: Word | None) -> str | None:
    """A word after the head naming what is counted or opening the predicate: a name opening a list of the things
    (长城双动力、…), a model's number after its maker (波音777), an adverb jieba reads as a noun or a second number,
    an application or complaint after a classifier of papers or cases (3000份申请), a noun a compound closes on
    (社区隔离设施), a verb jieba tags a noun, an adverb, an idiom or a verb glued to its object."""
    text, words, pos, cls_start, head_end = s.text, s.words, s.pos, s.cls_start, s.head_end
    if (head_end == word.idx and word.tag in ("ns", "nz", "nr", "nt") and words[word.i - 1].tag == "n"
            and not _ends_phrase(words, word.i + 1) and _LIST_AHEAD.match(text, word.end)):
        return _STOP  # 3只偏股基金长城双动力、上投摩根…: a name after the noun opens a list of what is counted
    if head_end == word.idx and _LATIN.match(word.text) and words[word.i - 1].text in _AIRCRAFT_MAKERS:
        s.head_end = word.end  # 15架波音777: the maker and its model number are the thing (tcounts45)
        return _NEXT
    if head_end > 0 and (word.text in _ADVERB_NOUNS or (word.text.isdigit() and (
            text.startswith(_DATE_WORDS, word.end) or text[word.end:word.end + 1] in classifiers()
            or text[word.end:word.end + 2] in classifiers()))):
        # 29個行政區設置|120處抽水站, 三个区|10月份: a second number with its classifier or a date word starts
        # a phrase of its own (but 沪深300指数基金 is one name); 577個選區|全力參選: an adverb jieba reads as a noun
        return _STOP
    if (word.idx == pos and word.text in _FILED_VERBS and _ends_phrase(words, word.i + 1)
            and cls_start >= 0 and text[cls_start : cls_start + 1] in tuple(_FILED_CLASSIFIERS)):
        s.head_end = word.end  # 收到3000份申请。: the applications, alone after their classifier (session 28)
        return _STOP
    if (word.idx in (head_end, s.verbal_end) and word.idx > pos and word.text in _FILED_VERBS
            and (_ends_phrase(words, word.i + 1) or words[word.i + 1].text in _LIST_LINK_CHARS)
            and cls_start >= 0 and text[cls_start : cls_start + 1] in tuple(_FILED_CLASSIFIERS)):
        s.head_end = word.end  # 近3万份入学申请: the applications, not 入学 (session 27, counts33)
        return _STOP
    if (head_end == word.idx and word.tag == "v" and len(word.text) == 2 and nxt is not None
            and nxt.idx == word.end and nxt.text in _COMPOUND_HEADS and _ends_phrase(words, nxt.i + 1)
            and words[word.i - 1].text not in _GENERIC_ONE and words[word.i - 1].text not in _INSTITUTIONS
            and cls_start >= 0 and text[cls_start : cls_start + 1] not in tuple(_AGENT_CLASSIFIERS)):
        s.head_end = nxt.end  # 3个社区隔离设施: the facilities, not the communities (session 27, counts33)
        return _STOP
    if head_end > 0 and (word.text in _PREDICATE_NOUNS or word.tag == "ad"):
        return _STOP  # 5只基金战胜指数, 9位仙女正式亮相: a verb jieba tags as a noun, or an adverb, opens the predicate
    if (head_end == word.idx and len(word.text) >= 3 and word.text.endswith(_PROCESS_END) and nxt is not None
            and nxt.idx == word.end and nxt.tag in ("v", "vn")):
        return _STOP  # 18个乡镇综治中心规范化建设: a process (…化) and its verbal noun are what is done to the head (counts295)
    if (head_end > 0 and word.tag in ("l", "i") and len(word.text) == 4
            and (word.text[:2] in _PREDICATE_NOUNS
                 or not any(word.text.endswith(w) for w in s.glossary if len(w) > 1))):
        # 两个半球体合二为一: an idiom after the head is the predicate (but 武装人员 is a noun); so is a verb
        # and its object jieba glued into one word (30名议员出席会议)
        return _STOP
    return None


def _names_team_or_glossary(s: _Scan, word: Word, nxt: Word | None) -> str | None:
    """A name inside the phrase describing the noun after it (上百名华裔学生), a team named by its work (抗灾理赔组),
    and a glossary word, across tokens or one jieba tags a verb, a place or an adverb (确诊病例, 分行, 公立高中): the
    head goes on to it."""
    pos, head_end, verbal_end = s.pos, s.head_end, s.verbal_end
    if ((head_end > 0 or (word.idx == pos and word.tag == "nr") or (word.idx > pos and head_end < 0))
            and word.tag in ("nr", "ns") and nxt is not None
            and nxt.idx == word.end and nxt.tag in ("n", "nz") and nxt.end - pos <= _MAX_PHRASE_CHARS):
        return _NEXT  # 雄性南极企鹅, 上百名华裔学生: a name inside the phrase modifies the noun after it
    if (word.idx in (pos, head_end, verbal_end, s.verbs_end) and word.tag[:1] == "v" and nxt is not None
            and nxt.idx == word.end and nxt.text == _TEAM and _ends_phrase(s.words, nxt.i + 1)):
        s.head_end = nxt.end  # 500多个抗灾理赔组: a team named by its work; jieba left 组 alone (counts84)
        return _STOP
    gloss_end = _glossary_at(s.text, max(word.idx, pos), s.b.ends, s.glossary)
    if word.idx >= pos and word.text in _VERB_TAGGED_NOUNS:
        gloss_end = max(gloss_end, word.end)  # 5家分行, 8万名考生: nouns jieba tags as verbs
    if gloss_end > word.end or (gloss_end == word.end and not _is_head(word) and word.tag not in _NUMERAL_TAGS) or (
            gloss_end == word.end and head_end == word.idx and word.tag in _NAME_TAGS):
        # …; and one jieba tags a place or a name, glued after a noun (50部电动巴士: 巴士/ns, session 28)
        # a glossary word across tokens (确诊 + 病例), or one jieba tags as a verb (国际/组织), a place word or
        # an adverb (12所公立高中: 高中/s, 20个据点: 据点/d, session 27)
        s.head_end = s.skip_to = gloss_end
        s.first_head_end = gloss_end if s.first_head_end < 0 else s.first_head_end
        s.only_verbs = False
        return _NEXT
    return None


def _property(s: _Scan, word: Word, nxt: Word | None) -> str | None:
    """A property of the thing (净值, 不良率, 空气质量): glued to the thing before the head, or after the head: the
    phrase ends on the noun owning it, the first noun or a kind right before the property."""
    text, words, pos, glossary, head_end = s.text, s.words, s.pos, s.glossary, s.head_end
    # one C test first answers most words (speed127)
    prop = next((w for w in _PROPERTY_WORDS if word.text.endswith(w) and len(word.text) - len(w) >= 2), "") \
        if word.text.endswith(_PROPERTY_WORDS) else ""
    if prop and head_end < 0 and word.idx > pos and _is_head(word) and HAN_ONLY.match(word.text):
        s.head_end = word.end - len(prop)  # 4只QDII基金净值下跌: jieba glued the thing to its property
        return _STOP
    second = word.text.endswith(_SECOND_PROPERTIES) and _DE_AHEAD.match(text, word.end) is None
    if (head_end > 0 and _is_head(word) and (word.text.endswith(_PROPERTY_SUFFIXES) or second) and len(word.text) > 1
            and word.text not in glossary and not (word.i + 1 < len(words) and _is_head(words[word.i + 1])
                     and words[word.i + 1].text not in _NOT_HEADS)):
        # 5家银行不良率都…: the rate of the banks (but 机票比价网站 goes on to 网站); the first noun owns
        # the property (70个大中城市房屋销售价格: the cities); but a verb before a property with a noun of its own
        # (两间巴士公司调整票价: 票价, not 价格) is the predicate and its object: the head stays (tcounts45)
        if not (head_end < word.idx and word.text not in _PROPERTY_SUFFIXES and words[word.i - 1].tag in ("v", "vn")
                and words[word.i - 1].idx >= head_end):
            # a kind right before the property owns it when the first noun is none (113个环境保护重点城市空气质量:
            # the cities, counts84)
            kind = (_is_head(words[word.i - 1]) and _kind_ending(text, pos, word.idx, glossary)
                    and not _kind_ending(text, pos, s.first_head_end, glossary))
            s.head_end = word.idx if kind else s.first_head_end
        return _STOP
    return None


def _glued_end(s: _Scan, word: Word, nxt: Word | None) -> str | None:
    """The last letters and words jieba leaves alone or tags as no noun after the head: a school's or kind's suffix
    (福音派), the frame 情况下, a spot's 点 read as a number, a facility's last letter (投票所), a noun jieba tags as an
    adjective (意外) or a building tagged as a place (塔楼)."""
    words, pos, head_end, verbal_end = s.words, s.pos, s.head_end, s.verbal_end
    if (head_end == word.idx and word.text in _SCHOOL_SUFFIXES and nxt is not None and nxt.idx == word.end
            and _is_head(nxt)):
        return _NEXT  # 福音派基督徒: 派 (jieba: a verb) makes a kind of the noun before it, the noun after is the head
    if max(head_end, verbal_end) > 0 and nxt is not None and nxt.text == "下" and nxt.tag == "f":
        return _STOP  # 在4场比赛情况下: the frame 情况下 is not part of the thing
    if (word.idx in (head_end, verbal_end) and word.idx > pos and word.text == _SPOT and word.tag == "m"
            and (nxt is None or not (nxt.idx == word.end and (nxt.text[:1].isdigit() or nxt.tag == "m")))):
        s.head_end = word.end  # 四个上下车点, 3个服务点: jieba reads the place's 点 as a number (a decimal point)
        return _NEXT
    if (word.idx in (head_end, verbal_end, s.verbs_end) and word.idx > pos and len(word.text) == 1
            and word.text in _FACILITY_ENDS and not _is_head(word) and _ends_phrase(words, word.i + 1)):
        s.head_end = word.end  # 120处投票所: jieba left the facility's last character alone (session 27)
        return _STOP
    if head_end == word.idx and _glued_other(words, word.i):
        s.head_end = word.idx + 1  # 28个功能界|别的议席: the noun's 别 is in jieba's 别的 (counts303)
        return _STOP
    if head_end == word.idx and word.text in _ADJECTIVE_TAGGED_NOUNS:
        s.head_end = word.end  # 120宗交通意外: the accidents, not the traffic
        return _NEXT
    if head_end > 0 and word.tag == "ns" and word.text[-1] in _BUILDING_ENDS and _ends_phrase(words, word.i + 1):
        s.head_end = word.end  # 两幢办公塔楼和…: jieba tags 塔楼 as a place
        return _STOP
    return None


def _head_or_modifier(s: _Scan, word: Word, nxt: Word | None) -> str | None:
    """Any word left: a noun moves the head's end on to it (a kind of facility jieba tags a name too: 13个毒品加工厂);
    a modifier, a verbal noun before the head or a run of verbs only is read past; anything else stops the reading."""
    glued = word.i == s.first.i and word.idx != s.pos
    head_end = s.head_end
    if (_is_head(word) and not (head_end > 0 and word.tag in _NAME_TAGS and not _kind_tagged_name(word))) or (
            glued and word.tag == "x"):  # 13个毒品加工厂: a kind of facility jieba tags a name ends the phrase
        if head_end == word.idx == s.first_head_end and word.text[0] in _TYPE_SUFFIXES and len(word.text) > 1:
            s.first_head_end = word.end  # 股票|型基金: jieba glued 型 to the head; 股票 only says what kind
        s.head_end = word.end
        s.first_head_end = word.end if s.first_head_end < 0 else s.first_head_end
    elif not _is_modifier(word, s.only_verbs):
        return _STOP
    elif word.tag == "vn" and head_end < 0:
        s.verbal_end = word.end
    elif word.tag == "v" and s.only_verbs:
        s.verbs_end = word.end
    s.only_verbs = s.only_verbs and word.tag == "v"
    return None


# The steps each word goes through, in order, until one decides (:data:`_NEXT` or :data:`_STOP`).
_STEPS = (_limits, _past_first_noun, _opening, _right_after_head, _predicate_after_head, _named_or_predicate,
          _names_team_or_glossary, _property, _glued_end, _head_or_modifier)


def _kind_ending(text: str, start: int, end: int, glossary: Mapping[str, str]) -> bool:
    """Whether ``text[start:end]`` ends in a glossary word of two characters or more (环境保护重点城市: 城市)."""
    return any(text[end - n : end] in glossary for n in _glossary_lengths(glossary) if 2 <= n <= end - start)


def _predicate_noun_ahead(doc: Doc, word: Word, pos: int, head_end: int, glossary: Mapping[str, str]) -> bool:
    """Whether ``word``, a two-character word jieba tags a noun right after the phrase's head (or after a name
    jieba reads in a noun's place at ``pos``: 两位老总/nr), is a verb opening the predicate: before a name, its
    object (两位老总作客新浪, 九只产品分属南方、嘉实), or ending the clause after an instrument (用两个字形容。)."""
    words = token_table(doc).words
    before = words[word.i - 1] if word.i > 0 else None
    if (word.tag != "n" or len(word.text) != 2 or word.text in glossary or before is None or word.idx <= pos
            or word.text.endswith(_PEOPLE_NOUN_ENDS)
            or not (head_end == word.idx or (head_end < 0 and before.tag == "nr" and before.idx == pos))):
        return False  # (两名现任议员民建联…: a noun of people is no verb before a name; counts303)
    nxt = words[word.i + 1] if word.i + 1 < len(words) else None
    if nxt is None or nxt.idx != word.end:
        return False
    text = doc_text(doc)
    if nxt.text not in glossary and (nxt.tag in _OBJECT_NAME_TAGS or (nxt.tag == "f" and len(nxt.text) > 1)):
        # the name ends there (作客新浪，, 分属南方、): not 事件中国台湾网, a headline run into the next line
        after = words[nxt.i + 1] if nxt.i + 1 < len(words) else None
        return after is None or after.is_punct or after.tag[:1] in ("c", "v", "d", "p", "x")  # 作客新浪乐居/x
    return (nxt.is_punct and nxt.text[:1] in _CLAUSE_END
            and _INSTRUMENT_BEFORE.search(text, max(0, pos - _INSTRUMENT_REACH), pos) is not None)


def _names_before_noun(words, i: int) -> int:
    """Start of the noun a list of names opening a phrase describes (480多家美国和加拿大高等学府: 高等学府), else -1."""
    j, names = i, 0
    while j < len(words) and words[j].tag in ("ns", "nt"):
        names += 1
        j += 1
        if j < len(words) and words[j].text in _LIST_LINK_CHARS and words[j].idx == words[j - 1].end:
            j += 1
        else:
            break
    if names < 2 or j >= len(words) or words[j].tag not in _PLAIN_NOUN_TAGS or words[j].idx != words[j - 1].end:
        return -1
    return words[j].idx


def _is_modifier(word, only_verbs_before: bool) -> bool:
    """Whether ``word`` describes the noun after it: a modifier's tag, a code of Latin letters, a word of place or an
    adverb of kind (本地, 全新), or a two-character verb where only verbs were read yet."""
    if (word.tag in _MODIFIER_TAGS or (word.tag == "x" and bool(_LATIN.match(word.text)))
            or word.text in _PLACE_MODIFIERS or word.text in _ADVERB_MODIFIERS):
        return True
    # 群聚感染…事件, 知名眼镜连锁店: two-character verbs, only where the phrase opens
    return word.tag == "v" and only_verbs_before and len(word.text) == 2
