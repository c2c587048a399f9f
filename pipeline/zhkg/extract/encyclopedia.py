"""People in encyclopedia-style text: the fixed forms a biography names its subject and kin in.

News rarely writes these; Wikipedia and chronicles open nearly every biography with one, and the recogniser,
trained mostly on news, misses the rarer historic names in them (王韶, 叶企孙, 曹植):

* **a life span in brackets** after the name: 王韶（1030年－1081年）, 叶企孙（1898年7月16日－1977年1月13日）,
  周化人（生卒年不详）, 石勒（？－333年）, a birth alone (1962年－, 1962年生). Two dates joined by a dash,
  生卒年不详 or 生 make the bracket a life span; one date alone (北京（2008年）, a work's year) does not, nor does
  a term of office after a title (总督（1886年－1887年）): the name before the bracket must begin with a surname
  and end in no title;
* **a courtesy name** (字) and an art name (号) after it: 李天赐，字耀枢，号竹溪; the courtesy name is a
  PERSON mention itself, as Universal NER marks it, and :mod:`zhkg.stages.resolve` makes it the person's alias (one
  node), though a native place or another name's clause stands between (严鸿逵，浙江湖州人，字赓臣; 李白，字太白，号青莲居士);
* **a native place** right after a name that opens a sentence: 张世则，山西安邑人，;
* **kin words** between two names or before one: 杨廷和之子杨慎, 叶企孙侄子叶铭汉, 其父张铁民;
* **a classical work cited** after its dynasty and author: 宋 秦观 《自警》, 三国魏曹植《求通亲亲表》,
  清姚际恒《古今伪书考》 (a bare one-letter dynasty may be the surname itself: 宋祖英《好日子》 is not cut);
* **the one who leads**: 在王韶的率领下.

Every name but a courtesy or art name must begin with a surname and look like a name by its characters
(:func:`zhkg.extract.name_scores.name_score`, passed in as ``score``); a name before a bracket or a kin word must
start where jieba starts a word, and one after a kin word end where it ends one. Where the context is sure (a
life span, two names around a kin word, a cited work, 在X的率领下), given letters the character statistics never
saw (韶) are enough, unless jieba's dictionary knows the word as something else; two dynasties (明清) or a time
word name no one. Each reader is one precompiled regular expression, most behind a substring test (年, 字, 《,
下), so a news article pays a few scans.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zhkg.stages.segment import dictionary_tag
from zhkg.text import is_han

__all__ = ["encyclopedia_candidates"]

_HAN = r"[\u4e00-\u9fff]"
# a date in a life span: a year (公元前 or 前 for BC, 约 for circa) with its month and day, or a question mark
_DATE = r"(?:约|公元)?前?\d{1,4}年?(?:\d{1,2}月(?:\d{1,2}日)?)?"
_UNKNOWN = r"[?？]"
_LIFE_SPAN = re.compile(
    rf"({_HAN}{{2,3}})[（(](?:生卒年不详|生卒不详|(?:{_DATE}|{_UNKNOWN})\s*[-–—－~～至]\s*(?:{_DATE}|{_UNKNOWN})?"
    rf"|{_DATE}\s*(?:出生|生))[)）]")
# 字Y, then perhaps 号Z: a clause of its own, closed by a comma, a full stop or the next clause
# (the text's end closes one too: a biography's first line alone; 自号 and 晚号 are art names: 字子美，自号少陵野老)
_COURTESY = re.compile(rf"[，,]字({_HAN}{{2}})(?=[，,。；;、）)]|号|$)(?:[，,]?[自晚又]?号({_HAN}{{2,4}})(?=[，,。；;、）)]|$))?")
# a given name's clause between a name and its courtesy name (张三丰，名全一，字君宝)
_GIVEN_CLAUSE = re.compile(rf"[，,]名{_HAN}{{1,3}}$")
# a native place: the subject named at the start of a sentence, then "…人，" (山西安邑人, 浙江湖州人)
_NATIVE = re.compile(rf"(?:^|(?<=[。！？\n]))({_HAN}{{2,3}})[，,]({_HAN}{{2,10}}?)人(?=[，,。])", re.M)
# what makes "…人" no native place: a count, a kind or a relative clause (多人, 好人, 的人, 等人)
_NOT_NATIVE = re.compile(r"[的有多个名等是为在和与一二三四五六七八九十几数每好坏本该此其这那]")
_KIN = "之子|之女|之孙|之父|之母|之妻|之弟|之兄|侄子|长子|次子|三子|幼子|长女|次女|其父|其母|其妻|其夫|其兄|其弟|其子"
_KIN_WORD = re.compile(_KIN)
# the titles a term of office follows (国王（1665年－1678年）, 总督（…）): no life span of a name before them
_TITLE_ENDS = ("王", "帝", "督", "员", "长", "相", "爵", "公", "侯", "使", "官", "师", "主", "朝", "代", "国", "期")
# the one led (在王韶的率领下): a person, or a body the surname test and jieba's dictionary turn away (在党的领导下)
_LED = re.compile(rf"在({_HAN}{{2,3}})的(?:率领|带领|领导|统率|指挥|统领)下")
# a classical work cited after its dynasty and author: 宋·秦观《自警》, 元 朱德润 《…》, 清代黄宗羲《…》, 清姚际恒《…》
_DYNASTY = "先秦|西汉|东汉|三国魏|三国|西晋|东晋|南朝|北朝|五代|北宋|南宋|秦|汉|魏|晋|隋|唐|宋|辽|金|元|明|清"
_CITED = re.compile(rf"(?<![\u4e00-\u9fff])(?:({_DYNASTY})(?:代|朝)?(\s*[·•・]\s*|\s+)?)({_HAN}{{2,3}})\s*[《〈]")
_MIN_SCORE = 0.02
# a life span, or a kin word with a name on each side, is evidence enough for rarer given names (叶企孙), as a
# profile's sex is in zhkg.extract.people
_SURE_SCORE = 0.004
# what a name never holds: particles, and the heads of places, bodies and periods
_NEVER_IN_NAME = frozenset("的了在是与及等着过被把将说也都就还又于区县省市镇乡村局部委办厅处科院校队所站社会朝代国期年月日")
# ...nor ends in where nothing closes it on the right (杨慎|为明朝…, 叶铭汉|和): the verbs and conjunctions
# a name runs into, though names hold them inside (杨廷和, 林为洲)
_OPEN_END = frozenset("为和从则称到")
# dynasties: two of them name a period (明清, 秦汉, 宋元), not a person with a life span
_DYNASTIES = frozenset("夏商周秦汉晋隋唐宋元明清魏蜀吴辽金")
# jieba's dictionary tags of words no courtesy or art name is: conjunctions, prepositions, adverbs, pronouns,
# particles, numerals, measures and places of direction (not times: 建初 is an era and a courtesy name)
_FUNCTION_TAGS = frozenset({"c", "p", "d", "r", "u", "uj", "ul", "uz", "ug", "uv", "ud", "m", "q", "f", "y", "e", "o"})
# jieba's dictionary tags of a name, or x for a word it does not know
_NAME_TAGS = frozenset({"x", "nr", "nrfg", "nrt"})


def encyclopedia_candidates(text: str, starts: frozenset[int], ends: frozenset[int],
                            score: Callable[[str], float], surnames: frozenset[str] = frozenset()
                            ) -> list[tuple[int, int, str]]:
    """Names the forms above give, as ``(start, end, kind)``: ``born`` for the subject of a life span or a
    native place, ``after_role`` (a span the context fixes) for courtesy names, kin and the one who leads.
    Where the context is sure (a life span, a kin word between two names, 在X的率领下), a name after one of
    ``surnames`` whose given characters the character statistics never saw (王韶, 卢师谛) stands too, unless
    jieba's dictionary knows the word as something else (明清).

    >>> from zhkg.extract.name_scores import name_score
    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "王韶（1030年-1081年），字子纯，江州德安人。"
    >>> found = encyclopedia_candidates(text, frozenset({0, 2}), frozenset({2}), name_score, load_lexicon().surnames)
    >>> [(text[s:e], kind) for s, e, kind in found]
    [('王韶', 'born'), ('子纯', 'after_role')]
    """
    found: list[tuple[int, int, str]] = []
    named = score

    def score(name: str) -> float:
        return 0.0 if _DYNASTIES.issuperset(name) or dictionary_tag(name) == "t" else named(name)

    def sure(name: str) -> float:
        return max(score(name), _SURE_SCORE if _rare_name(name, surnames) else 0.0)

    life_spans: set[int] = set()  # where a person's life span closes: a courtesy name may follow
    if "年" in text or "不详" in text:
        for m in _LIFE_SPAN.finditer(text):
            start = _name_ending(text, m.end(1), starts, sure, _SURE_SCORE)
            if start is not None and not text[start:m.end(1)].endswith(_TITLE_ENDS):
                found.append((start, m.end(1), "born"))
                life_spans.add(m.end())
    if "字" in text:
        for m in _COURTESY.finditer(text):
            if dictionary_tag(m.group(1)) in _FUNCTION_TAGS:
                continue  # 名望，字或者号是子牙: a conjunction names no one
            at = _before_given_clause(text, m.start())  # 张三丰（…），名全一，字君宝: the subject before 名全一
            if at in life_spans or _subject_before(text, at, starts, score):
                found.append((m.start(1), m.end(1), "after_role"))
                if m.group(2) and dictionary_tag(m.group(2)) not in _FUNCTION_TAGS:
                    found.append((m.start(2), m.end(2), "after_role"))
    if "人" in text:
        for m in _NATIVE.finditer(text):
            if _NOT_NATIVE.search(m.group(2)) is None:
                start = _name_ending(text, m.end(1), starts, score, _SURE_SCORE)
                if start == m.start(1):
                    found.append((start, m.end(1), "born"))
    for m in _KIN_WORD.finditer(text):
        # 传给|长子: a verb, not a parent, before 长子; 杨廷和|之子 and 叶企孙|侄子 name the parent
        parent = m.group().startswith("之") or m.group() == "侄子"
        before = _name_ending(text, m.start(), starts, score) if parent else None
        end = _name_starting(text, m.end(), starts, ends, score, _MIN_SCORE if before is None else _SURE_SCORE)
        if end is not None and text[end:end + 1] != "的":  # 其母|安条克的玛丽: a place or house names her
            found.append((m.end(), end, "after_role"))
        if parent:
            # a name after the kin word, though jieba ran it into the next word (叶铭汉交|工资), makes a pair
            pair = end is not None or any(score(text[m.end():m.end() + n]) >= _MIN_SCORE for n in (3, 2))
            start = before if not pair else _name_ending(text, m.start(), starts, sure, _SURE_SCORE)
            if start is not None:
                found.append((start, m.start(), "after_role"))
    if "《" in text or "〈" in text:
        for m in _CITED.finditer(text):
            # with nothing between, the dynasty may be a surname (宋祖英《…》, 唐家三少《…》): three letters of a
            # name as likely as a bare one's, and no word of jieba's dictionary
            bare = len(m.group(1)) == 1 and not m.group(2) and not m.group(0)[1:].startswith(("代", "朝"))
            name = m.group(3)
            if bare and m.start(3) not in starts:
                continue  # after a longer dynasty (三国魏|曹植) jieba may join the two: the name starts anyway
            if (sure(name) >= _SURE_SCORE) if not bare else (
                    len(name) == 3 and score(name) >= _MIN_SCORE and dictionary_tag(m.group(1) + name) == "x"):
                found.append((m.start(3), m.end(3), "after_role"))
    if "下" in text:
        for m in _LED.finditer(text):
            if m.start(1) in starts and sure(m.group(1)) >= _SURE_SCORE:
                found.append((m.start(1), m.end(1), "after_role"))
    return found


def _rare_name(name: str, surnames: frozenset[str]) -> bool:
    """Whether ``name`` is a surname and one or two given characters that no name word rules out."""
    given = name[2:] if len(name) >= 3 and name[:2] in surnames else name[1:] if name[:1] in surnames else ""
    return 1 <= len(given) <= 2 and all(is_han(ch) and ch not in _NEVER_IN_NAME for ch in name) \
        and dictionary_tag(name) in _NAME_TAGS


def _name_ending(text: str, end: int, starts: frozenset[int], score: Callable[[str], float],
                 min_score: float = _MIN_SCORE) -> int | None:
    """The start of a 3- or 2-letter name ending at ``end`` that starts where jieba starts a word."""
    for length in (3, 2):
        start = end - length
        if start >= 0 and start in starts and _name_letters(text[start:end]) and score(text[start:end]) >= min_score:
            return start
    return None


def _name_starting(text: str, start: int, starts: frozenset[int], ends: frozenset[int],
                   score: Callable[[str], float], min_score: float = _MIN_SCORE) -> int | None:
    """The end of a 3- or 2-letter name at ``start`` that starts and ends where jieba starts and ends a word
    (其|子公司 names no one)."""
    if start not in starts:
        return None
    for length in (3, 2):
        end = start + length
        if end <= len(text) and end in ends and _name_letters(text[start:end]) \
                and text[end - 1] not in _OPEN_END and score(text[start:end]) >= min_score:
            return end
    return None


def _name_letters(name: str) -> bool:
    """Whether every letter of ``name`` is a Han letter a name may hold."""
    return all(is_han(ch) and ch not in _NEVER_IN_NAME for ch in name)


def _before_given_clause(text: str, at: int) -> int:
    """Where a given name's clause (，名全一) right before ``at`` starts, or ``at`` when there is none."""
    m = _GIVEN_CLAUSE.search(text, max(0, at - 5), at)
    return m.start() if m else at


def _subject_before(text: str, at: int, starts: frozenset[int], score: Callable[[str], float]) -> bool:
    """Whether a courtesy name's clause at ``at`` follows its person: a name right before it, or a native
    place (…人) closing the clause before it."""
    return _name_ending(text, at, starts, score) is not None or text[at - 1:at] == "人"
