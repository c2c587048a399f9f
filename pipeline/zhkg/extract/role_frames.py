"""People's names settled where a role frame follows them: the verb after a name fixes where the name ends.

The recogniser reads a Chinese name and the verb after it by their letters, and a verb that opens with a letter
names also use, or a given name that ends in a letter verbs open with, moves the name's end by one:

* **A verb's first letter glued to the name** (李明现|为, 徐尚林现|为, 胡安将|出任, 董事长李明表|示):
  a person of three letters or more led by a surname ends before its last letter when that letter opens a role
  or speech verb written after it (现为, 现任, 兼任, 出任, 表示 …), is an adverb before a verb of two letters (将,
  已; not 唐师曾|是), is the link 任 or 是 before an organisation or a place the extractors named (邹兰任|华为公司
  董事长), or opens a Taiwan paper's date (李明今|(1)日: 今, 昨, 前, 明 before a day's number in brackets); so long
  as given names seldom use it (``name_chars.tsv``: 现, 兼, 表 never; at most 2 %: 曾 of 唐师曾, 升 of 李东升 stay)
  and the document writes the longer name nowhere else.
* **A given name's last letter left to the verb** (陈其|迈出任, 冀树|军任, 柯品|军现为): a person of a surname
  and one letter is the name of three when the letter after it is one given names use (at least 1 %), no
  adverb, pronoun, preposition or kin word (李明则任, 李明父任 stay), opens no role verb itself (李明|出任), and
  a role verb follows it: one of two letters, perhaps after a date (易飞凡于2010年出任, 邹墨远去年出任), or 任
  where the letter and 任 make no dictionary word (李永|胜任 stays: it reads both ways; not 为 or 是, which follow
  nouns as often: 庄周梦为蝴蝶); or a Taiwan paper's date follows it (文素利今(1)日指出); or, whatever follows,
  the document names the longer person elsewhere (陈其迈出任 … 陈其迈表示).
* **A whole verb glued to the name** (张菁曾任, 金叶介绍): a person of four letters or more ending in a role or
  speech verb of two is the name before it.

**A name the recogniser missed whole** (钱海洋担任…, 齐向东现任…, 董事长方举赞任南京大学校长): letters that open a
clause or follow a title, a body the extractors named (but a word over its end: 西州大学校|花小蕊, 校花), 由 or a verb of appointing (聘请, 任命), and run up to a role verb of two letters (担任, 出任,
现任 …) or to 任 before a body, a place or a title, are a person when they are a surname (``surnames.txt``; not one jieba reads as a function word: 和, 于, 都) and a
given name of one or two letters that names use (``name_chars.tsv``: one letter at least 1 %, none a function
word's that names never use: 齐|向东 stays), no mention holds any of them (but a place the recogniser read there: 殷兴山), and jieba reads no word
over them: not the whole (黄金担任, 周三出任), not the surname with the given name's first letter (高远|征任: 高远),
nor the last letter with the verb (主|任, 信|任), nor the given name as a common noun, a verb, an adverb or a time
(汪|先生现为, 都|知道现任, 曾|先后担任), nor a surname and an address (杜氏担任, 李总出任).

Nothing is done to a name a shipped list gives (``people_known.tsv``, the user's lexicon), nor where another
mention holds the letter. Caveat: a two-letter name before a one-letter given name and a verb (王刚|任) reads
both ways; only the rates and the document's other mentions decide.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from zhkg.extract.name_scores import split_surname
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon
from zhkg.text import Span, SpanIndex, first_at, is_han

__all__ = ["recover_role_frame_people", "settle_role_frame_names"]

# verbs that put a person in a post, and the one-letter links the role readers read as such (relate/roles.py)
_ROLE_VERBS = ("现为", "现任", "曾任", "曾为", "兼任", "出任", "担任", "当选", "获选", "接任", "升任", "调任", "转任",
               "继任", "就任", "历任", "改任", "留任", "荣任", "获任", "原任", "时任", "连任", "拟任", "获聘", "受聘",
               "获委任")
# (为 and 是 follow a noun as often as a name: 庄周梦为蝴蝶; only 任 reads a name's end by itself)
_ONE_LETTER_LINKS = ("任",)
# verbs of speech a name stands before (董事长李明表示)
_SPEECH_VERBS = ("表示", "指出", "介绍", "认为", "透露", "强调", "坦言", "称")
_HEADED = _ROLE_VERBS + _SPEECH_VERBS
# Taiwan's news dates a day by its number in brackets after 今, 昨, 前 or 明 (董事长李明今(1)日表示)
_DAYS = frozenset("今昨前明")
_DAY_OF_MONTH = re.compile(r"[(（][0-9０-９]{1,2}[)）]日")
# a date between a name and its role verb (易飞凡于2010年出任, 邹墨远去年出任)
_DATED = re.compile(r"于[0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?|(?:去年|今年|明年|昨天|今天|昨日|今日|日前|近日|早前)")
# adverbs a name may swallow before a role verb (胡安将|出任): no given name ends in them
# (not 均 nor 亦: a name's letter as often; 金泰均兼任)
_ADVERBS = frozenset("将已现曾也则即又再便")
# a letter that opens a role verb ends a name when at most this share of given names holds it (现, 兼, 表 0; not
# 曾 2.1 % of 唐师曾, 升 2.2 % of 李东升, 连 4.9 % of 李连杰)
_RARE_IN_NAMES = 0.02
# a letter the recogniser left out ends a name when at least this share of given names holds it (军 3 %, 成 1.5 %;
# 实 0.26 %, 则 0.66 % stay out)
_COMMON_IN_NAMES = 0.01
# jieba's tags of a letter that is no given name's: adverbs, pronouns, prepositions, conjunctions, particles,
# numerals, classifiers, localisers, times
_FUNCTION_TAGS = frozenset("drpcumqft")
# one-letter links a name swallows before the body it names (邹兰任|华为公司): 为 ends names (朱有为) and stays
_LINKS_SWALLOWED = frozenset("任是")
_KIN = frozenset("父母妻夫子女儿兄弟姐妹孙侄甥婿媳")
_LISTED = frozenset({MentionSource.PEOPLE_KNOWN, MentionSource.PEOPLE_LEXICON})


def _name_length_ok(name: str, lexicon: Lexicon) -> bool:
    """Whether ``name`` is a surname and a given name of one or two letters, all Han (李明, 徐尚林, 欧阳震华)."""
    if not all(is_han(c) for c in name):
        return False
    parts = split_surname(name, lexicon.surnames)
    return parts is not None and 1 <= len(parts[1]) <= 2


def _verb_at(text: str, at: int, verbs: tuple[str, ...]) -> str:
    """The verb of ``verbs`` written at ``at``, or "" (one test in C where none is, the usual answer)."""
    return first_at(text, verbs, at)


def _swallowed_length(m: Mention, text: str, lexicon: Lexicon, written: Counter[str], body_starts: set[int]) -> int:
    """How many letters of a verb ``m`` swallowed whole (张菁|曾任, 金叶|介绍): 2 or 0."""
    name = text[m.start:m.end]
    if len(name) >= 4 and name[-2:] in _HEADED and _name_length_ok(name[:-2], lexicon) and written[name] <= 1:
        return 2
    return 1 if _swallows_verb(m, text, lexicon, written, body_starts) else 0


def _swallows_verb(m: Mention, text: str, lexicon: Lexicon, written: Counter[str], body_starts: set[int]) -> bool:
    """Whether ``m``'s last letter is a verb's or an adverb's the text goes on with (李明现|为, 胡安将|出任), or the
    link 任 or 是 before an organisation or a place (邹兰任|华为公司董事长)."""
    name, end = text[m.start:m.end], m.end
    if len(name) < 3 or not _name_length_ok(name[:-1], lexicon) or written[name] > 1:
        return False
    last, rate = name[-1], lexicon.given_rates.get(name[-1], 0.0)
    if rate > _RARE_IN_NAMES:
        return False
    if _verb_at(text, end - 1, _HEADED) or dates_a_day(text, end - 1):
        return True  # 李明现|为, 李明表|示; 李明今|(1)日
    if last in _LINKS_SWALLOWED:
        return end in body_starts  # 邹兰任|华为公司董事长
    return last in _ADVERBS and bool(_verb_at(text, end, _ROLE_VERBS))  # 胡安将|出任; 唐师曾|是 stays


def dates_a_day(text: str, at: int) -> bool:
    """Whether a Taiwan paper's date of a day opens at ``at``: 今, 昨, 前 or 明 and the day's number in brackets.

    >>> dates_a_day("张航今(1)日指出", 2), dates_a_day("张航今日指出", 2)
    (True, False)
    """
    return text[at:at + 1] in _DAYS and _DAY_OF_MONTH.match(text, at + 1) is not None


def _verb_after(text: str, at: int) -> str:
    """The role verb after a name's last letter at ``at - 1``, perhaps after a year (于2010年出任), or the date of
    a Taiwan paper (今(1)日); or ""."""
    if dates_a_day(text, at):
        return text[at]
    dated = _DATED.match(text, at)
    if dated:
        return _verb_at(text, dated.end(), _ROLE_VERBS + ("任",))
    return _verb_at(text, at, _ROLE_VERBS + _ONE_LETTER_LINKS)  # 冀树军任; not 庄周梦|为


def _left_short(m: Mention, text: str, lexicon: Lexicon, written: Counter[str]) -> bool:
    """Whether the letter after ``m`` ends its name (陈其|迈出任, 冀树|军任); see the module's docstring."""
    from zhkg.stages.segment import dictionary_tag

    end = m.end
    name, letter = text[m.start:end], text[end:end + 1]
    if not letter or not is_han(letter) or not _name_length_ok(name, lexicon) \
            or len(split_surname(name, lexicon.surnames)[1]) != 1:
        return False
    if _verb_at(text, end, _HEADED) or letter in _ADVERBS or letter in _KIN:
        return False  # 李明|出任, 李明|将任, 李明|父为
    if written[name + letter] > 0:
        return True  # the document names the longer person elsewhere
    verb = _verb_after(text, end + 1)
    if not verb or lexicon.given_rates.get(letter, 0.0) < _COMMON_IN_NAMES \
            or dictionary_tag(letter)[:1] in _FUNCTION_TAGS:
        return False
    return len(verb) > 1 or dictionary_tag(letter + text[end + 1]) == "x"  # 李永|胜任: both readings stand


def _written_people(mentions: list[Mention], text: str) -> Counter[str]:
    """How often the document names each person, by the text of their spans."""
    return Counter(text[m.start:m.end] for m in mentions if m.label is Label.PERSON)


def settle_role_frame_names(mentions: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """Mentions with people's ends settled by the verb after them (see the module's docstring).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "李明现为华为公司董事长。陈其迈出任高雄市长。"  # made up
    >>> def person(name):
    ...     start = text.index(name)
    ...     return Mention("d", start, start + len(name), name, name, Label.PERSON, MentionSource.RECOGNISER)
    >>> [m.text for m in settle_role_frame_names([person("李明现"), person("陈其")], text, load_lexicon())]
    ['李明', '陈其迈']
    """
    people = [m for m in mentions if m.label is Label.PERSON and m.extractor not in _LISTED and m.end > m.start]
    if not people:
        return mentions
    written = _written_people(mentions, text)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    body_starts = {m.start for m in mentions if m.label in (Label.ORGANIZATION, Label.PLACE)}
    changed: dict[int, Mention] = {}
    for m in people:
        swallowed = _swallowed_length(m, text, lexicon, written, body_starts)
        if swallowed:
            end = m.end - swallowed
        elif m.end not in taken and _left_short(m, text, lexicon, written):
            end = m.end + 1
            taken.add(m.end)
        else:
            continue
        changed[id(m)] = replace(m, end=end, text=m.text[:end - m.start] if end < m.end else m.text + text[m.end],
                                 simplified=text[m.start:end], canonical="")
    return [changed.get(id(m), m) for m in mentions] if changed else mentions


# what opens a clause a missed name may start (钱海洋担任…, 。齐向东现任…)
_CLAUSE_OPENERS = frozenset("。，,；;：:！!？?、\n“”「」\"（(）) \u3000")
# jieba's tags of a word that is seldom a given name of two (先生, 知道; of MSRA train's names of three, 6 % are
# tagged n, 1 % v)
_NOT_GIVEN_TAGS = frozenset({"n", "v"})
# a surname and one of these names a person by the surname alone (杜氏, 王老, 李总)
_ADDRESSES = frozenset({"氏", "老", "总", "某", "董", "公", "姐", "哥", "婆", "叔", "伯", "姨"})
# jieba's tags of a surname's letter that opens a clause as a function word more often (和, 于, 向, 都, 其)
_NOT_SURNAME_TAGS = frozenset("cdpru")
# what puts a person in the post the verb after the name gives (由钱海洋担任, 聘请王小松担任, 任命…出任)
_APPOINTERS = frozenset({"由", "聘请", "聘任", "任命", "委任", "推举", "推选", "选举", "提名", "邀请", "决定"})
# two-letter role verbs a missed name runs up to; the bare 任 only before a body, a place or a title
_RECOVER_VERBS = re.compile("|".join(sorted(_ROLE_VERBS + _ONE_LETTER_LINKS, key=len, reverse=True)))


def _opens_name_slot(text: str, start: int, titles: frozenset[str], body_ends: set[int]) -> bool:
    """Whether a name may start at ``start``: a clause's start, right after a title or a named body, or after 由
    or a verb of appointing."""
    from zhkg.stages.segment import dictionary_tag

    if start == 0 or text[start - 1] in _CLAUSE_OPENERS or text[start - 1] == "由":
        return True
    if any(text[start - k:start] in titles or text[start - k:start] in _APPOINTERS for k in range(2, 7) if k <= start):
        return True
    return start in body_ends and dictionary_tag(text[start - 1:start + 1]) == "x"  # not 西州大学校|花小蕊: 校花


def _missed_name(name: str, verb: str, lexicon: Lexicon) -> bool:
    """Whether ``name``, written before ``verb``, reads as a person's name and as no word of jieba's.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [_missed_name(n, v, lex) for n, v in (("钱海洋", "担任"), ("高远征", "任"), ("黄金", "担任"), ("吴主", "任"))]
    [True, False, False, False]
    >>> [_missed_name(n, v, lex) for n, v in (("汪先生", "现为"), ("曾先后", "担任"), ("和幻灵", "担任"), ("杜氏", "担任"))]
    [False, False, False, False]
    """
    from zhkg.stages.segment import dictionary_tag, stock_tag

    if not _name_length_ok(name, lexicon) or len(name) < 2:
        return False
    surname, given = split_surname(name, lexicon.surnames)
    if given in _ADDRESSES:
        return False  # 杜|氏担任: the person, named by the surname alone, is another mention's
    if len(surname) == 1 and dictionary_tag(surname)[:1] in _NOT_SURNAME_TAGS:
        return False  # 和|幻灵担任, 于|…: a conjunction, a preposition or an adverb opens the clause as often
    if max(lexicon.given_rates.get(c, 0.0) for c in given) < _COMMON_IN_NAMES \
            or any(c not in lexicon.given_rates and dictionary_tag(c)[:1] in _FUNCTION_TAGS for c in given) \
            or (len(given) == 1 and dictionary_tag(given)[:1] in _FUNCTION_TAGS):
        return False
    if len(given) == 2 and stock_tag(given) in _NOT_GIVEN_TAGS or dictionary_tag(given)[:1] in _FUNCTION_TAGS:
        return False  # 汪|先生现为, 都|知道现任, 曾|先后担任: a common noun, a verb, an adverb or a time (齐|向东 a name)
    if dictionary_tag(name) not in ("x", "nr"):
        return False  # 黄金担任, 周三出任
    if len(given) == 2 and dictionary_tag(surname + given[0]) != "x":
        return False  # 高远|征任
    return dictionary_tag(name[-1] + verb[0]) == "x"  # 主|任, 信|任


def recover_role_frame_people(mentions: list[Mention], text: str, lexicon: Lexicon, doc_id: str = "") -> list[Mention]:
    """Mentions with the people added whom the recogniser missed before a role verb (see the module's docstring).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> [m.text for m in recover_role_frame_people([], "钱海洋担任华夏银行行长。", load_lexicon())]
    ['钱海洋']
    """
    taken: SpanIndex | None = None  # built at the first name slot that opens: most role verbs have none
    titles = lexicon.role_set
    body_ends = {m.end for m in mentions if m.label is Label.ORGANIZATION}
    body_starts = {m.start for m in mentions if m.label in (Label.ORGANIZATION, Label.PLACE)}
    found: list[Mention] = []
    dropped: set[int] = set()
    for verb_match in _RECOVER_VERBS.finditer(text):
        at, verb = verb_match.start(), verb_match.group()
        if verb in _ONE_LETTER_LINKS and not (at + 1 in body_starts or _title_at(text, at + 1, lexicon.role_words)):
            continue
        for size in (2, 3, 4):
            start = at - size
            if start < 0 or not _opens_name_slot(text, start, titles, body_ends):
                continue
            name = text[start:at]
            if taken is None:
                taken = SpanIndex(mentions)
            held = taken.overlapping(Span(start, at))
            if any(not (m.extractor == MentionSource.RECOGNISER and m.label is Label.PLACE
                        and start <= m.start and m.end <= at) for m in held):
                continue
            if not _missed_name(name, verb, lexicon):
                continue
            dropped.update(id(m) for m in held)
            found.append(Mention(doc_id or next((m.doc_id for m in mentions), ""), start, at, name, name,
                                 Label.PERSON, MentionSource.PEOPLE_ROLE_FRAME))
            break
    if not found:
        return mentions
    return [m for m in mentions if id(m) not in dropped] + found


def _title_at(text: str, at: int, titles: tuple[str, ...]) -> bool:
    """Whether a title of ``titles`` opens at ``at`` (任|董事长, 任|华为公司|总裁 is the body's)."""
    return text.startswith(titles, at)

