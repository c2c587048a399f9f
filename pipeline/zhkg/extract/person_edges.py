"""Where a person's name starts and ends: the recogniser's and the rules' people cut back or grown to the
name (rules 2 and 6 of :mod:`combine`).

Ends: a model person spelt with a separator loses a last one-character verb (叶甫根尼·普鲁申科|住在:
:func:`_drop_trailing_verbs`) or the first letter of an idiom after it (姆巴佩|梅开二度: :func:`_drop_idiom_heads`);
a Chinese name loses a verb, particle or form of address glued on (周奕|说道, 王诚|王总: :func:`_trim_name_tails`);
a person cut before 和 takes it back (包信和, 植田和男: :func:`_names_ending_in_he`); a transliterated name found by
its separator yields to the model's reading of the same name past both its ends (叶甫|根尼·普鲁|申科:
:func:`_runs_on`, :func:`_model_reads_whole`). Starts: the model's people that start where jieba's words do not,
read from the rules' person beside them (:func:`_people_from_word_starts`), and a compound surname jieba keeps
as a word before a given name it built itself (端木|子涵: :func:`_compound_surname_name`).

Scope: one document's people, called by :func:`zhkg.extract.combine.combine_mentions`, which orders these steps.
Caveats: the letters that end no name and the verbs that write no transliterated name are hand lists; a cut
that would leave a one-letter part of a foreign name is never made. Moved word for word from
``extract/combine.py`` by tidy66; callers import its names from here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.extract.foreign_names import FOREIGN_SEPARATORS, NAME_DASH, glued_after_foreign_name, opens_foreign_name
from zhkg.extract.japanese_names import TIMES_OF_DAY
from zhkg.extract.names_with_he import he_ends_name, japanese_he_name
from zhkg.extract.places_in_names import _HAN_RUN
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import TokenTable
from zhkg.text import CLAUSE_BREAKS, SpanIndex

__all__ = ["ADVERBS_AFTER_NAMES", "_ADDRESSES", "_HEAD_RUN", "_JAPANESE_TITLE", "_LAST_PART", "_NAME_RUN_ON", "_NAME_TAGS",
    "_NEVER_NAME_LAST", "_TAIL_RUN", "_TAIL_TAGS", "_WORDS_AFTER_NAMES", "_compound_surname_name", "_drop_idiom_heads",
    "_drop_trailing_separators", "_drop_trailing_verbs", "_in_dictionary_word", "_joined_foreign_name", "_last_part", "_model_reads_whole", "_name_before_title",
    "_names_ending_in_he", "_people_from_word_starts", "_runs_on", "_trim_name_tails", "_without_last"]


def _runs_on(person: Mention, model_index: SpanIndex, text: str, foreign: frozenset[str] = frozenset()) -> bool:
    """Whether a transliterated name found by its separator stops inside a word the model reads on as
    the same person (马·莱|万多夫斯基: 万 is no character the list knows as a name's): the model's end wins; so
    does its start where it reads the name from one or two letters before that open it
    (:func:`~zhkg.extract.foreign_names.opens_foreign_name`: letters of transliterated names that jieba wrote into the word
    before, 原名列|夫·达维多维奇, or others glued to nothing, 叫费|思特·斯特克威尔), never from a word of the
    dictionary (原|名列夫·达维多维奇); and the model's end wins over a word glued on after the name
    (兰普顿|或, 葛鲁夫|任: :func:`~zhkg.extract.foreign_names.glued_after_foreign_name`).

    >>> text = "原名列夫·达维多维奇"
    >>> found = Mention("d", 3, 10, text[3:], text[3:], Label.PERSON, MentionSource.PEOPLE_FOREIGN)
    >>> model = SpanIndex([Mention("d", 2, 10, text[2:], text[2:], Label.PERSON, "crf")])
    >>> wider = SpanIndex([Mention("d", 1, 10, text[1:], text[1:], Label.PERSON, "crf")])
    >>> _runs_on(found, model, text, frozenset("列夫")), _runs_on(found, wider, text, frozenset("列夫"))
    (True, False)
    """
    if person.extractor != MentionSource.PEOPLE_FOREIGN:
        return False
    return any(m.label is Label.PERSON and m.start == person.start and m.end == person.end - 1
               and glued_after_foreign_name(m.simplified, text[m.end], foreign) for m in model_index.overlapping(person)) \
        or any(m.label is Label.PERSON and m.start == person.start and m.end > person.end
               and _NAME_RUN_ON.fullmatch(text[person.end:m.end]) for m in model_index.overlapping(person)) \
        or any(m.label is Label.PERSON and m.end == person.end and 1 <= person.start - m.start <= 2
               and opens_foreign_name(text[m.start:person.start], foreign) for m in model_index.overlapping(person)) \
        or _model_reads_whole(person, model_index, text) is not None


def _people_from_word_starts(model: list[Mention], people: list[Mention], table: TokenTable | None,
                             lexicon: Lexicon) -> list[Mention]:
    """The model's people that start where jieba's words do not, read from the rules' person beside them.

    A compound surname is a word of its own to jieba (长孙|永刚, 上官|文杰, 东方|明辉), and the recogniser, which learnt
    few of them, reads the name from its second letter (孙永刚) or its given name alone (文杰): a rules' person
    that opens with the compound surname where a word starts and holds the model's is the name. The other way about,
    a model person that opens on the last letter of a word of jieba's dictionary (他的长孙|李明 read 孙李明) is the
    rules' person starting one letter later, at a word's start, and ending with it; not where jieba built the word
    itself, gluing a surname to the letters before it (阵中|有斯|库利: 斯库利 stays), nor where the model reads a
    joined transliterated name from a letter of such names (原名列|夫·达维多维奇: 名列 is a word; 列夫 is Lev).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> from zhkg.stages.segment import make_segmenter
    >>> from zhkg.stages.segment import token_table
    >>> per = lambda t, s, e, src: Mention("d", s, e, t[s:e], t[s:e], Label.PERSON, src)
    >>> t = "长孙永刚到任，他的长孙李明在场，上官文杰说"
    >>> model = [per(t, 1, 4, "crf"), per(t, 10, 13, "crf"), per(t, 18, 20, "crf")]
    >>> people = [per(t, 0, 4, "people:surname_join"), per(t, 11, 13, "people:jieba_x"), per(t, 16, 20, "people:x")]
    >>> [m.text for m in _people_from_word_starts(model, people, token_table(make_segmenter()(t)), load_lexicon())]
    ['长孙永刚', '李明', '上官文杰']
    """
    if table is None or not people:
        return model
    rules = SpanIndex(p for p in people if p.label is Label.PERSON)
    out = []
    for m in model:
        if m.label is Label.PERSON:
            for r in rules.overlapping(m):
                if r.span == m.span or r.start not in table.starts:
                    continue
                if (r.start < m.start <= r.start + 2 and m.end <= r.end and r.start + 2 in table.ends
                        and r.simplified[:2] in lexicon.compound_surnames) \
                        or (r.start == m.start + 1 and r.end == m.end and m.start not in table.starts
                            and _in_dictionary_word(table, m.start) and not _joined_foreign_name(m, lexicon)):
                    m = replace(m, start=r.start, end=r.end, text=r.text, simplified=r.simplified, canonical="")
                    break
        out.append(m)
    return out


def _joined_foreign_name(m: Mention, lexicon: Lexicon) -> bool:
    """Whether ``m`` is a transliterated name joined by a separator that opens with a letter of such names (列夫·托洛茨基)."""
    return any(c in m.simplified for c in FOREIGN_SEPARATORS) and m.simplified[:1] in lexicon.foreign_name_chars


def _compound_surname_name(person: Mention, table: TokenTable | None, lexicon: Lexicon) -> bool:
    """Whether a rules' person read from letters alone is a compound surname, a word of its own to jieba, and a
    given name of one or two letters jieba built itself (端木|子涵, 独孤|静怡): a name the recogniser, which learnt
    few compound surnames, misses. A given name of jieba's dictionary may be a word (上官|方面, 东方|卫视), and so
    may the whole (东方红, 司马光: one word of the dictionary, no person read from letters).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> from zhkg.stages.segment import make_segmenter
    >>> from zhkg.stages.segment import token_table
    >>> t = "端木子涵表示同意"
    >>> p = Mention("d", 0, 4, t[:4], t[:4], Label.PERSON, MentionSource.PEOPLE_SURNAME_JOIN)
    >>> _compound_surname_name(p, token_table(make_segmenter()(t)), load_lexicon())
    True
    """
    if table is None or person.extractor != MentionSource.PEOPLE_SURNAME_JOIN \
            or person.simplified[:2] not in lexicon.compound_surnames:
        return False
    given = table.word_at(person.start + 2)
    return person.start in table.starts and given is not None and given.idx == person.start + 2 \
        and given.end == person.end and given.tag == "x" and 1 <= len(given.text) <= 2


def _in_dictionary_word(table: TokenTable, at: int) -> bool:
    """Whether the letter at ``at`` is inside a word jieba took from its dictionary (a tag other than x)."""
    word = table.word_at(at)
    return word is not None and word.tag != "x"


def _without_last(m: Mention, n: int) -> Mention:
    """``m`` less its last ``n`` characters, its canonical name (of the longer span) dropped."""

    return replace(m, end=m.end - n, text=m.text[:-n], simplified=m.simplified[:-n], canonical="")


def _drop_trailing_verbs(model: list[Mention], lexicon: Lexicon, text: str = "",
                         table: TokenTable | None = None) -> list[Mention]:
    """A model person spelt with a separator that ends in a one-character verb, preposition or adverb that
    writes no transliterated name (叶甫根尼·普鲁申科|住在, where jieba's HMM reads 科住 as one word) ends
    before it, unless that would leave its last part one letter (香侬·帕搏: no part of a name is 帕 alone), the
    letter is no verb and ends the clause (布隆施泰因|，: a preposition or an adverb governs what follows it), or
    the letter is glued by jieba to the name's letters before it and a title follows it (确吉坚赞|副委员长: a
    name stands before its title, a verb does not take a bare title for its object; :func:`_name_before_title`).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "叶甫根尼·普鲁申科住，香侬·帕搏，列夫·布隆施泰因，"
    >>> def m(s, e): return Mention("d", s, e, text[s:e], text[s:e], Label.PERSON, "crf")
    >>> [x.simplified for x in _drop_trailing_verbs([m(0, 10), m(11, 16), m(17, 25)], load_lexicon(), text)]
    ['叶甫根尼·普鲁申科', '香侬·帕搏', '列夫·布隆施泰因']
    """

    from zhkg.extract.foreign_names import _FUNCTION_TAGS
    from zhkg.stages.segment import dictionary_tag

    out = []
    for m in model:
        last = m.simplified[-1:]
        if (m.label is Label.PERSON and len(m.simplified) >= 4 and last not in lexicon.foreign_name_chars
                and dictionary_tag(last)[:1] in _FUNCTION_TAGS and m.simplified[-2] not in FOREIGN_SEPARATORS
                and m.simplified[-3] not in FOREIGN_SEPARATORS
                and not (dictionary_tag(last)[:1] != "v" and (m.end == len(text) or text[m.end] in CLAUSE_BREAKS))
                and any(c in m.simplified for c in FOREIGN_SEPARATORS)
                and dictionary_tag(_last_part(m.simplified)) not in _NAME_TAGS  # 梅丽莎·乔治: 治 ends 乔治
                and not _name_before_title(m, text, table, lexicon)):
            m = _without_last(m, 1)
        out.append(m)
    return out


def _drop_trailing_separators(model: list[Mention], text: str) -> list[Mention]:
    """A model person that ends in a separator of transliterated names with no letter after it ends before it:
    the mark is a list's bullet after the name (关羽•　豹头环眼, 一身都是胆-赵云•), never a name's last letter
    (intl103). A separator a letter follows is left to the readers that join a name's parts (罗伯·|可汗), and so
    is one that ends the text (a passage cut inside the name: CLUENER's 理查德·, its gold's span).

    >>> text = "万夫莫敌--关羽•　豹头环眼，约翰·史密斯，罗伯·可汗"
    >>> def m(s, e): return Mention("d", s, e, text[s:e], text[s:e], Label.PERSON, "crf")
    >>> [x.simplified for x in _drop_trailing_separators([m(6, 9), m(15, 21), m(22, 25)], text)]
    ['关羽', '约翰·史密斯', '罗伯·']
    """
    out = []
    for m in model:
        while m.label is Label.PERSON and len(m.simplified) > 2 and m.simplified[-1] in FOREIGN_SEPARATORS \
                and m.end < len(text) and not text[m.end].isalnum():
            m = _without_last(m, 1)
        out.append(m)
    return out


def _name_before_title(m: Mention, text: str, table: TokenTable | None, lexicon: Lexicon) -> bool:
    """Whether ``m``'s last letter is inside a word jieba built with the name's letters before it (吉坚赞, not a
    word of its own) and a title word starts right after it (确吉坚赞|副委员长): the letter is the name's.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> from zhkg.stages.segment import make_segmenter
    >>> from zhkg.stages.segment import token_table
    >>> t = "请班禅额尔德尼·确吉坚赞副委员长出席"
    >>> m = Mention("d", 1, 12, t[1:12], t[1:12], Label.PERSON, "crf")
    >>> _name_before_title(m, t, token_table(make_segmenter()(t)), load_lexicon())
    True
    """
    word = table.word_at(m.end - 1) if table is not None else None
    if word is None or word.idx >= m.end - 1 or word.idx < m.start:
        return False
    return bool(lexicon.role_at(text, m.end))


def _drop_idiom_heads(model: list[Mention], text: str) -> list[Mention]:
    """A model person of three letters or more whose last letter opens a four-letter word of jieba's dictionary
    written whole after it (姆巴佩|梅开二度: the striker scored twice) ends before that letter.

    >>> from zhkg.records import Mention, Label
    >>> text = "法国前锋姆巴佩梅开二度。"
    >>> [m.simplified for m in _drop_idiom_heads([Mention("d", 4, 8, text[4:8], text[4:8], Label.PERSON, "crf")], text)]
    ['姆巴佩']
    """
    from zhkg.stages.segment import dictionary_tag

    out = []
    for m in model:
        if m.label is Label.PERSON and m.end - m.start >= 3 and dictionary_tag(text[m.end - 1:m.end + 3]) != "x" \
                and len(text[m.end - 1:m.end + 3]) == 4 and _HAN_RUN.fullmatch(text[m.end - 1:m.end + 3]):
            m = _without_last(m, 1)
        out.append(m)
    return out


# characters that end no Chinese name of three: verbs of speech and doing, particles (周奕|说, 王诚|做)
_NEVER_NAME_LAST = frozenset("说做讲称笑问答的了着过是把被都就还也")
# how a name is followed when its surname is repeated after it as a form of address (王诚|王总, 孙晶|孙女士)
_ADDRESSES = ("总", "董", "先生", "女士", "小姐", "老师", "老先生", "局长", "书记", "经理")


def _names_ending_in_he(mentions: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """A person cut before 和 that joins nothing takes it back: a surname and one character before 和 and then a
    clause's verb, preposition, title or punctuation (中国科学院院士包信|和|在合肥: 包信和) or a time or 曾 and a
    verb opening a clause with no 的 in it (经济部长施克|和|今天表示，…; 施克|和|曾任…), or two characters
    before a Japanese given name that opens with 和 and then such a word (植田|和男|在东京: 植田和男). Before a
    name (包信和刘中民, 植田和岸田) or a noun (植田和夫人, 和今天到场的李四) 和 joins two and stays out: the reading of
    :mod:`zhkg.extract.names_with_he`, which relate/roles.py shares (局长张家和今天表示)."""
    out = []
    for m in mentions:
        name, end = m.simplified, m.end
        if m.label is Label.PERSON and len(name) == 2 and _HAN_RUN.fullmatch(name) and text.startswith("和", end):
            if name[0] in lexicon.surnames and he_ends_name(text, end):
                end += 1
            elif japanese_he_name(text, end):
                end += 2
        out.append(m if end == m.end else replace(m, end=end, text=text[m.start:end], simplified=text[m.start:end],
                                                  canonical=""))
    return out


def _trim_name_tails(model: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """A person of three Han characters led by a surname that ends in a character that ends no name:
    a verb or particle (周奕|说道, 王诚|做主题发言), an adverb of "all" before a copula (李政|均为), the surname again before a form of address (王诚|王总,
    孙晶|孙女士), or 老 before 先生/师 (金庸|老先生). The name ends before it. So does a person of four led by
    a one-character surname whose last character is a verb or an adverb that writes no transliterated name
    that the text runs on from (叶铭汉|交工资, 周俊三|渐转; not 马拉多纳, 欧阳震华, nor 卢克莱修 before a bracket,
    nor a well-known person's name from ``people_known.tsv``: 陈方安生; nor a name
    whose first three letters all write transliterated names: 戴克里先|执政 is Diocletian).
    """
    from zhkg.stages.segment import dictionary_tag

    out = []
    for m in model:
        name = m.simplified
        if m.label is Label.PERSON and len(name) == 3 and _HAN_RUN.fullmatch(name) and name[0] in lexicon.surnames:
            last, after = name[2], text[m.end:m.end + 3]
            if (last in _NEVER_NAME_LAST or (last == name[0] and after.startswith(_ADDRESSES))
                    or (last == "老" and after.startswith(("先生", "师")))
                    or text[m.end - 1:m.end + 1] in _WORDS_AFTER_NAMES):
                m = _without_last(m, 1)
        elif m.label is Label.PERSON and len(name) == 4 and _HAN_RUN.fullmatch(name) and name[0] in lexicon.surnames \
                and m.extractor != MentionSource.PEOPLE_KNOWN \
                and name[:2] not in lexicon.surnames and name[3] not in lexicon.foreign_name_chars \
                and not all(ch in lexicon.foreign_name_chars for ch in name[:3]) \
                and dictionary_tag(name[3])[:1] in _TAIL_TAGS and _HAN_RUN.match(text, m.end) \
                and not _JAPANESE_TITLE.search(text, max(0, m.start - 12), m.start):
            m = _without_last(m, 1)  # 叶铭汉|交工资, 周俊三|渐转: a name of three and the verb or adverb after it
        elif m.label is Label.PERSON and len(name) == 4 and _HAN_RUN.fullmatch(name) \
                and m.extractor != MentionSource.PEOPLE_KNOWN and text[m.end - 1:m.end + 1] in _WORDS_AFTER_NAMES:
            m = _without_last(m, 1)  # 木原稔|下午: a name of three (a Japanese one too) and a time of day
        out.append(m)
    return out


# words whose first letter the recogniser glues onto a name before them: a quoted saying's 所 and a time of day
# (周霁|所言, 木原稔|下午, 王刚|上午; sites198)
#: An adverb of "all", "both" or "also" and the copula or verb of being after it, opening the predicate of names
#: listed (甲和李政|均为…, 两人|皆是; roles246): 均, 皆, 亦 may end a given name, but not before these.
ADVERBS_AFTER_NAMES = frozenset(a + b for a in "均皆亦" for b in "为是系在已有将")
_WORDS_AFTER_NAMES = frozenset({"所言", "所说", "所述", "所指", "所称", "所讲", *TIMES_OF_DAY, *ADVERBS_AFTER_NAMES})
# jieba's tags of a character that ends no name of four written with one surname: verbs and adverbs
_TAIL_TAGS = frozenset("vdpc")
# Japan or a Japanese minister's title just before a name: its four letters are a name of four (日本经济产业大臣
# 武藤容治也陪同: no 武藤容|治也)
_JAPANESE_TITLE = re.compile(r"日本.{0,8}$|(?:外相|防卫相|防衛相|官房长官|知事)$")


_NAME_TAGS = frozenset({"nr", "nrt", "nrfg"})
_LAST_PART = re.compile(r"[^·‧•・\-]+$")


def _last_part(name: str) -> str:
    """The part of a transliterated name after its last separator (乔治 of 梅丽莎·乔治)."""
    found = _LAST_PART.search(name)
    return found.group() if found else name


def _model_reads_whole(person: Mention, model_index: SpanIndex, text: str) -> Mention | None:
    """A model person that reads the same transliterated name, separator and all, on past both ends of the
    one the character list found (叶甫|根尼·普鲁|申科: 叶, 甫 and 申 are no characters the list knows): the
    model's span wins. Traditional Wikipedia writes many names whose characters news seldom uses."""
    for m in model_index.overlapping(person):
        if (m.label is Label.PERSON and m.start < person.start and person.end < m.end
                and any(c in m.simplified for c in FOREIGN_SEPARATORS)
                and _HEAD_RUN.fullmatch(text[m.start:person.start]) and _TAIL_RUN.fullmatch(text[person.end:m.end])):
            return m
    return None


# what a model person may read on past a transliterated name the list found: more characters, or one more
# part after a separator (珍妮佛·杰森|·李)
_NAME_RUN_ON = re.compile(f"[·‧•・{NAME_DASH}]?[\u4e00-\u9fff]+")
# what a model person may read before and after the name the list found, past both its ends: more characters,
# with People's Daily's dash of a double name (让—|弗朗索瓦·贝尔|热)
_HEAD_RUN = re.compile(f"[\u4e00-\u9fff]+{NAME_DASH}?")
_TAIL_RUN = re.compile(f"{NAME_DASH}?[\u4e00-\u9fff]+")
