"""Whether a model name is a person: places and bodies that are people by the document's own evidence, and
people that are something else (rule 6 of :mod:`combine`).

To a person: a model place or organisation that speaks, meets or visits, that a list sets beside people, or that
jieba knows as a transliterated name (:func:`_retype_people`); a transliterated name before a royal's title
(英国威廉|王子: :func:`_royals`). From a person: a model person that the wording makes a place, a title's land or
see, or a state body (:func:`_people_that_are_not`); a name opening with a bearing and a verb of bordering
(西毗|邵东) is the place after them (:func:`_bordering_places`); people listed among bodies (:func:`_people_listed_as_bodies`);
a storm's name (台风莫拉克: :func:`_storm_names`); two surnames standing for a pair (马吴两人:
:func:`_surname_pairs`); a person before a facility's head word, which names the facility (罗纳德·里根|大厦:
:func:`_name_facilities`). A person the document names again: a letter of grammar glued before the name, and the
recogniser's body of a name the document reads as a person more often (:func:`people_named_again`, intl153).

Scope: one document's model and rule mentions, called by :func:`zhkg.extract.combine.combine_mentions`, which
orders these steps. Caveats: evidence is the document's wording and jieba's tags, so a name the wording never
acts on keeps the model's label; names found from characters alone (``_BARE_PEOPLE``) are judged more loosely.
Moved word for word from ``extract/combine.py`` by tidy66; callers import its names from here.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Container, Mapping
from dataclasses import replace

from zhkg.extract.foreign_names import _NAMED_AFTER, EPONYMS, FOREIGN_SEPARATORS, NAMED_BODIES, NAMED_PLACES
from zhkg.extract.foreign_people_by_context import PERSON_VERBS, ROYAL_TITLES
from zhkg.extract.kind_by_neighbours import _LOCATIVES
from zhkg.extract.places_in_names import _HAN_RUN
from zhkg.extract.worded_bodies import _BODY_AFTER, PLACE_ENDINGS, _find_all
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.segment import TokenTable
from zhkg.text import CLAUSE_BREAKS, LIST_JOINERS, first_at, is_han

__all__ = ["_BARE_PEOPLE", "NEVER_PERSON_LAST_LETTERS", "_BORDER_OPENING", "_BORN_IN", "_CLAUSE_BREAK", "_FACILITY_TAIL_HEADS",
    "_GLUED_BEFORE_PERSON", "_ITEM_BREAKS", "_MEETINGS", "_NAMED_STATES", "_PAIR_AFTER", "_PEOPLE_JOINERS", "_PERSON_ACTS", "_PERSON_ONLY_AFTER", "_SCHOOLS", "_STORM_AFTER",
    "_STORM_BEFORE", "_SURE_PLAYERS", "_TITLES_OF_LANDS", "_TITLES_OF_SEES", "_bordering_places", "_cut_facility_tail", "_glued_before",
    "_is_transliterated_name", "_listed_with_person", "_name_facilities", "_people_listed_as_bodies",
    "_OFFICE_ENDS", "_brands_read_as_people", "factions_and_party_pairs", "guesses_named_as_bodies",
    "_BODY_LIST_AFTER", "_BRAND_NOUNS", "_CEREMONIES", "_FACTION_MEMBERS", "_GUESSED", "_LIST_GOES_ON", "_PARTY_COUNTS",
    "_SCHOOL_NOUNS", "_offices_read_as_people", "_people_that_are_not", "_person_context", "_retype_people", "_royals", "_set_as_place", "_storm_names",
    "_surname_pairs", "people_named_again"]

# what follows a list's item: a joiner, or 等 closing the list (a set, so the text's end, "", is none of them)
_LIST_GOES_ON = LIST_JOINERS | {"等"}
# names found from characters alone: the model judges those better
_BARE_PEOPLE = frozenset({MentionSource.PEOPLE_JIEBA, MentionSource.PEOPLE_SURNAME_JOIN})
# people guessed from letters alone, and such names written again
_GUESSED = _BARE_PEOPLE | {MentionSource.PEOPLE_REPEAT}


def _retype_people(model: list[Mention], people: list[Mention], text: str, table: TokenTable | None = None,
                   coded: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(), *,
                   lexicon: Lexicon | None = None) -> list[Mention]:
    """Model places and organisations that are people by the document's own evidence (rule 6).

    A model place that is a whole word jieba's dictionary tags as a transliterated person's name (nrt:
    默克尔) and that the gazetteer does not hold is a person too. So is a model organisation written in
    transliteration characters alone that the model reads as a person elsewhere in the document (布莱切 of
    布莱切高位跳投 … 还是布莱切，强攻内线), and an uncoded model place or organisation that is one word jieba
    tags a person's name (nr, nrt) listed with a transliterated person of three letters or more by 、, 和, 与 or 或
    (阿尔德里奇、华莱士; not 达特茅斯和布朗, two colleges).
    """

    from zhkg.extract.foreign_names import foreign_name_parts

    parts = {p for m in people if m.extractor == MentionSource.PEOPLE_FOREIGN
             for p in foreign_name_parts(m.simplified) if len(p) >= 2}
    # a model place that is part of a name the recogniser read whole (查理-维兰纽瓦), though a company too
    # joins names so (科宝·博洛尼): only places
    model_parts = {p for m in model if m.label is Label.PERSON and any(sep in m.simplified for sep in FOREIGN_SEPARATORS)
                   for p in foreign_name_parts(m.simplified) if len(p) >= 2}
    # one name, one sense in a document: a name the model reads as a person somewhere is no
    # uncoded place elsewhere (加索尔随后… beside 加索尔和拜纳姆…)
    named = {m.simplified for m in model if m.label is Label.PERSON and len(m.simplified) >= 2}
    # a Latin given name the rules read after a word for a person (经纪人Jeff) is that person where the model
    # calls it a body (Emma与Leo)
    latin = {p.simplified for p in people if p.extractor == MentionSource.PEOPLE_LATIN}
    foreign = (lexicon or load_lexicon()).foreign_name_chars
    named_foreign = {n for n in named if len(n) >= 3 and all(ch in foreign for ch in n)}
    # (a player of a list is written in transliteration letters: 达特茅斯和布朗, 南方、易方达 are colleges, funds)
    # (the model's people and joined or well-known names only: a rule's guess from jieba's tag is no evidence)
    listed_people = [m for m in model + people if m.label is Label.PERSON and len(m.simplified) >= 3
                     and m.extractor in _SURE_PLAYERS
                     and all(ch in foreign or ch in FOREIGN_SEPARATORS for ch in m.simplified)]
    person_ends, person_starts = {m.end for m in listed_people}, {m.start for m in listed_people}
    place_ends = {m.end for m in model if m.label is Label.PLACE} | {e for _, e in coded}
    place_starts = {m.start for m in model if m.label is Label.PLACE} | {s for s, _ in coded}
    out = []
    for m in model:
        # a place the gazetteer codes, or one the sentence sets as a place, stays one whatever follows it
        # (从斯洛伐克抵达, 在人民大会堂会见, 宾夕法尼亚州的索尔兹伯里, 美国明尼阿波利斯3月30日电)
        placed = m.span in coded or _set_as_place(m, text, place_ends, place_starts)
        if m.label is not Label.PERSON and (
                m.simplified in parts or m.simplified in latin
                or (m.label is Label.PLACE and m.simplified in model_parts and m.span not in coded)
                or (m.label is Label.PLACE and m.simplified in named and m.span not in coded)
                or (m.label is Label.PLACE and not placed and text.startswith(_PERSON_ACTS, m.end)
                    and len(m.simplified) >= 3 and not m.simplified.endswith(PLACE_ENDINGS))
                or (m.label is Label.PLACE and m.span not in coded and text.startswith(_PERSON_ONLY_AFTER, m.end)
                    and len(m.simplified) >= 2 and not m.simplified.endswith(PLACE_ENDINGS))
                or (m.label is Label.PLACE and not placed and _is_transliterated_name(m, table)
                    and _person_context(m, text))
                or (m.label is Label.ORGANIZATION and m.simplified in named_foreign)
                or (not placed and _listed_with_person(m, text, table, person_ends, person_starts))):
            m = replace(m, label=Label.PERSON)
        out.append(m)
    return out


def _royals(model: list[Mention], text: str, coded: set[tuple[int, int]], foreign: frozenset[str]) -> list[Mention]:
    """A model place or organisation right before a royal's title (王子, 公主, 亲王, 王妃) that is a transliterated
    name, or a coded place and one, is the person (英国威廉|王子 → 威廉; 威廉|王子 as a body → a person); a coded
    place stays one (摩纳哥|王子), and a realm before 国王 is no title's holder (西西里|国王).

    >>> from zhkg.records import Mention, Label
    >>> t = "英国威廉王子"
    >>> m = Mention("d", 0, 4, t[:4], t[:4], Label.ORGANIZATION, "crf")
    >>> [(x.simplified, x.label.name) for x in _royals([m], t, {(0, 2)}, frozenset("威廉"))]
    [('威廉', 'PERSON')]
    """
    out = []
    for m in model:
        if m.label is not Label.PERSON and m.span not in coded and text.startswith(ROYAL_TITLES, m.end):
            start = max((e for s, e in coded if s == m.start and e < m.end), default=m.start)
            name = text[start:m.end]
            if len(name) >= 2 and all(ch in foreign for ch in name):
                a = start - m.start
                m = replace(m, start=start, text=m.text[a:], simplified=name, label=Label.PERSON, code="",
                            canonical="")
        out.append(m)
    return out


# people sure enough to make a name listed with them one: the model's, a joined name, a well-known person's
_SURE_PLAYERS = frozenset({MentionSource.RECOGNISER, MentionSource.PEOPLE_FOREIGN, MentionSource.PEOPLE_KNOWN})
# what lists people: X、Y, X和Y, X与Y, X或Y
_PEOPLE_JOINERS = frozenset("、和与或")


def _listed_with_person(m: Mention, text: str, table: TokenTable | None, person_ends: set[int],
                        person_starts: set[int]) -> bool:
    """Whether ``m`` is one word jieba tags a person's name (nr, nrt; no place's ending) that a joiner lists
    right after or right before a person (阿尔德里奇、华莱士; 华莱士和阿尔德里奇)."""
    word = table.word_at(m.start) if table is not None else None
    if word is None:
        return False
    if (word.idx, word.end) != (m.start, m.end) or word.tag not in ("nr", "nrt") \
            or m.simplified.endswith(PLACE_ENDINGS) or len(m.simplified) < 2:
        return False
    return (text[m.start - 1:m.start] in _PEOPLE_JOINERS and m.start > 0 and m.start - 1 in person_ends) \
        or (text[m.end:m.end + 1] in _PEOPLE_JOINERS and m.end + 1 in person_starts)


# a noble's title after the land it is held of (勃艮第伯爵, 夏洛莱伯爵): the land is a place
_TITLES_OF_LANDS = ("伯爵", "公爵", "侯爵", "子爵", "男爵", "大公", "选帝侯")
# a see's title: a name before it is the see's place when a person is named right after it (托尔托萨主教巴塞洛缪);
# a person before it is written so too (陈主教, 马丁主教), so the person after it decides
_TITLES_OF_SEES = ("大主教", "总主教", "枢机主教", "主教")
# verbs whose object is where one is or was born (生于威斯特伐里亚普勒腾贝格)
_BORN_IN = ("出生于", "出生在", "生于", "诞生于", "位于")
_NAMED_STATES = frozenset({MentionSource.ORG_STATE_BODY, MentionSource.ORG_NAMED_KIND})
# a bearing and a verb of bordering (东邻, 南接, 西毗, 东北界, 南濒): a place's neighbours follow, never a person
_BORDER_OPENING = re.compile("[东南西北]{1,2}[邻接毗界靠连临濒](?![近续同受待见到着])")
# what stands before a clause or a list item
_ITEM_BREAKS = CLAUSE_BREAKS + "、"


# what names a tropical storm right before its name (台风莫拉克, 强台风梅花, 热带风暴银河) or right after it (凡亚比台风)
# (Taiwan's press shortens 中度颱風 to 中颱, read 中台: 中台杜苏芮来袭)
_STORM_BEFORE = ("台风", "飓风", "热带风暴", "热带气旋", "热带低压", "风暴", "中台", "强台", "轻台")
_STORM_AFTER = ("台风", "飓风", "号台风", "风暴")


def _storm_names(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions less the people and bodies that are a storm's name (台风莫拉克, 凡亚比台风): news names
    tropical storms by given names and words (梅花, 银河), none a person or a body; the annotated sets mark none.

    >>> from zhkg.records import Mention, Label
    >>> text = "受台风莫拉克影响，凡亚比台风重创高雄，莫拉克说"
    >>> ms = [Mention("d", s, e, text[s:e], text[s:e], Label.PERSON, "crf") for s, e in ((3, 6), (9, 12), (19, 22))]
    >>> [m.simplified for m in _storm_names(ms, text)]
    ['莫拉克']
    """
    def storm(m: Mention) -> bool:
        return m.label in (Label.PERSON, Label.ORGANIZATION) and (
            text[max(0, m.start - 4):m.start].endswith(_STORM_BEFORE) or text.startswith(_STORM_AFTER, m.end))

    storms = {m.simplified for m in mentions if storm(m)}
    # the storm's shortened kind before its name is no place either (中台|杜苏芮: 中颱, 中度颱風)
    return [m for m in mentions if not storm(m) and not (
        m.label is Label.PLACE and m.simplified in ("中台", "强台", "轻台") and any(text.startswith(n, m.end) for n in storms))]


# what the press writes after two politicians' surnames (马吴两人, 马萧配, 扁宋会, 马吴体制)
_PAIR_AFTER = ("两人", "二人", "配", "会", "体制", "之争", "联手", "同台", "双方", "组合", "关系")


def _surname_pairs(model: list[Mention], people: list[Mention], lexicon: Lexicon, text: str) -> list[Mention]:
    """The model's people less two letters that are the surnames of two people the document names in full, in
    Chinese (three letters), before what a pair takes (马英九 … 吴伯雄 … 马吴两人: the pair, as the press shortens a
    ticket or a meeting, names no third person; 罗斯 among 罗纳德-布鲁尔 and 斯科特 is a player).

    >>> from zhkg.records import Mention, Label
    >>> text = "马英九和吴伯雄见面，马吴两人达成共识。王明说"
    >>> ms = [Mention("d", s, e, text[s:e], text[s:e], Label.PERSON, "crf") for s, e in ((0, 3), (4, 7), (10, 12), (19, 21))]
    >>> [m.simplified for m in _surname_pairs(ms, [], load_lexicon(), text)]
    ['马英九', '吴伯雄', '王明']
    """
    firsts: dict[str, set[str]] = defaultdict(set)
    for m in (*model, *people):
        if m.label is Label.PERSON and len(m.simplified) == 3 and m.simplified[0] in lexicon.surnames:
            firsts[m.simplified[0]].add(m.simplified)
    if len(firsts) < 2:
        return model

    def pair(m: Mention) -> bool:
        a, b = m.simplified[:1], m.simplified[1:]
        return m.label is Label.PERSON and len(m.simplified) == 2 and a != b and a in firsts and b in firsts \
            and firsts[a] != firsts[b] and not any(n.startswith(m.simplified) for n in firsts[a]) \
            and text.startswith(_PAIR_AFTER, m.end)

    return [m for m in model if not pair(m)]


def _people_that_are_not(model: list[Mention], people: list[Mention], organisations: list[Mention],
                         text: str) -> tuple[list[Mention], list[Mention]]:
    """Model people (and people found from characters alone) that the wording says are something else:

    * a state's army or a body named by its kind where the same letters stand (宋军, 八路军): the body;
    * the land before a noble's title (夏洛莱伯爵, 勃艮第|伯爵) and a name after 生于/位于: a place;
    * the see before a bishop's title with the bishop named after it (托尔托萨主教巴塞洛缪): a place.

    Emperors' era names stay people (顺治十七年): Universal NER train marks 31 of 34 so, MSRA too.

    >>> from zhkg.records import Mention, Label
    >>> text = "顺治十七年，夏洛莱伯爵生于普勒腾贝格，李明三年前来过"
    >>> def m(s, e, label=Label.PERSON): return Mention("d", s, e, text[s:e], text[s:e], label, "crf")
    >>> model, _ = _people_that_are_not([m(0, 2), m(6, 11), m(13, 18), m(19, 21)], [], [], text)
    >>> [(x.simplified, x.label.value) for x in model]
    [('顺治', 'PERSON'), ('夏洛莱', 'PLACE'), ('普勒腾贝格', 'PLACE'), ('李明', 'PERSON')]
    """

    bodies = {o.span for o in organisations if o.extractor in _NAMED_STATES}
    people = [p for p in people if not (p.extractor in _BARE_PEOPLE and p.span in bodies)]
    person_starts = {m.start for m in model + people if m.label is Label.PERSON}
    out = []
    for m in model:
        if m.label is not Label.PERSON:
            out.append(m)
            continue
        if m.span in bodies:
            continue
        title = next((t for t in _TITLES_OF_LANDS if m.simplified.endswith(t)), "")
        if title and len(m.simplified) - len(title) >= 2:
            end = m.end - len(title)
            m = replace(m, end=end, text=m.text[:-len(title)], simplified=m.simplified[:-len(title)],
                        label=Label.PLACE)
        elif text.startswith(_TITLES_OF_LANDS, m.end) or text[max(0, m.start - 3):m.start].endswith(_BORN_IN):
            m = replace(m, label=Label.PLACE)
        elif len(m.simplified) >= 2 and any(text.startswith(t, m.end) and m.end + len(t) in person_starts
                                            for t in _TITLES_OF_SEES):
            m = replace(m, label=Label.PLACE)
        out.append(m)
    return out, people


# the last letter of an office's or an agency's short name, which ends no given name (name_chars.tsv rates them 0):
# 郑办 (郑丽文办公室, Taiwan's press), 林保署 (林业及自然保育署)
_OFFICE_ENDS = frozenset("办署局部委厅")


def _offices_read_as_people(model: list[Mention]) -> list[Mention]:
    """The model's people of two to four Chinese letters that end in an office's or an agency's letter (郑办表示,
    根据林保署评估): that body, an organisation (round people298; Taiwan's press shortens an office to its holder's
    surname and 办, an agency to two letters and 署).

    >>> ms = [Mention("d", 0, 2, "郑办", "郑办", Label.PERSON, "crf"), Mention("d", 3, 6, "杨文科", "杨文科", Label.PERSON, "crf")]
    >>> [(m.simplified, m.label.value) for m in _offices_read_as_people(ms)]
    [('郑办', 'ORGANIZATION'), ('杨文科', 'PERSON')]
    """
    return [replace(m, label=Label.ORGANIZATION) if m.label is Label.PERSON and 2 <= len(m.simplified) <= 4
            and m.simplified[-1] in _OFFICE_ENDS and all(map(is_han, m.simplified)) else m for m in model]


# a list of brands, makers or schools: items joined by 、, 和, 与 or 及, then a noun of brands or firms (方太、米博品牌),
# or 等 and up to four letters and a noun of brands, firms or schools (华帝、方太、樱花等主流厨电品牌; 云泰园、云文苑等
# 幼儿园), never a noun of people (王石、柳传志等企业家; 等医院院长)
_BRAND_NOUNS = "品牌|企业|厂商|厂家|车企|商家"
_SCHOOL_NOUNS = "幼儿园|学校|书院|医院|酒店|商场|银行"
_BODY_LIST_AFTER = re.compile(rf"(?:[、和与及][^，。；！？、等\n]{{1,8}}?){{0,8}}"
                              rf"(?:等(?!人)[^，。；！？、\n]{{0,4}}?(?:{_BRAND_NOUNS}|{_SCHOOL_NOUNS})|{_BRAND_NOUNS})"
                              rf"(?![家主人长]|院长|校长|行长|园长|经理|负责|高管|代表|领导|老板|创始|董事|员工|职工|师生|医生|护士)")


def _brands_read_as_people(model: list[Mention], text: str) -> list[Mention]:
    """The model's people that are items of a list the text calls brands, makers or schools: the list goes on to 等
    and a noun of brands, firms or schools (华帝、方太、樱花等主流厨电品牌, 云泰园、云文苑等幼儿园), a noun of brands or
    firms follows it right away (方太、米博品牌), or 品牌 stands right before it (护肤品牌妮维雅、香缇卡): organisations
    (round people301; the recogniser reads a brand of two or three letters as a name, and people298's list rule then
    vouched for the brand beside it). A noun of people after the list's noun (企业家, 企业主, 医院院长) keeps them.

    >>> text = "华帝、方太等厨电品牌，王石、柳传志等企业家，品牌妮维雅、香缇卡，陈大文、李小明等人，云泰园、云文苑等幼儿园"
    >>> def per(name): return Mention("d", text.index(name), text.index(name) + len(name), name, name, Label.PERSON, "crf")
    >>> names = ("华帝", "方太", "王石", "妮维雅", "陈大文", "云文苑")
    >>> [(m.simplified, m.label.value) for m in _brands_read_as_people([per(n) for n in names], text)]
    [('华帝', 'ORGANIZATION'), ('方太', 'ORGANIZATION'), ('王石', 'PERSON'), ('妮维雅', 'ORGANIZATION'), ('陈大文', 'PERSON'), ('云文苑', 'ORGANIZATION')]
    """
    out = []
    for m in model:
        if m.label is Label.PERSON:
            listed = text[m.start - 1:m.start] in LIST_JOINERS or text[m.end:m.end + 1] in _LIST_GOES_ON
            if listed and (_BODY_LIST_AFTER.match(text, m.end) or text.endswith("品牌", 0, m.start)):
                m = replace(m, label=Label.ORGANIZATION)
        out.append(m)
    return out


# a faction's member words after its leader's name and 派 (安倍派成员, 麻生派议员); never 的 (王伟派的人: "sent")
_FACTION_MEMBERS = ("成员", "议员", "众议员", "参议员", "人马", "阁员", "阁僚", "干部", "会长", "领袖", "掌门")
# a ceremony's words: the name before them is its act (布达典礼)
_CEREMONIES = ("典礼", "仪式")
# the parties a pair's or a trio's short names count (自维两党: 自民党 and 维新会)
_PARTY_COUNTS = {"两党": 2, "三党": 3}


def factions_and_party_pairs(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with a person before 派 and a member's word made the faction named after the person (安倍派成员:
    an organisation, 安倍派), and dropped: a person of two or three letters before 两党 or 三党, the parties' short
    names run together (自维两党), and a name before 典礼 or 仪式, the ceremony's act (布达典礼), wherever the document
    writes it; a known person stays (round people301).

    >>> text = "安倍派成员出席。王伟派人送来。自维两党联合执政。布达典礼后，正式布达人事。"
    >>> def per(name, at=0): return Mention("d", text.index(name, at), text.index(name, at) + len(name), name, name, Label.PERSON, "crf")
    >>> names = [per("安倍"), per("王伟"), per("自维"), per("布达"), per("布达", 30)]
    >>> [(m.simplified, m.label.value) for m in factions_and_party_pairs(names, text)]
    [('安倍派', 'ORGANIZATION'), ('王伟', 'PERSON')]
    """
    # a name right before 典礼 or 仪式 names the ceremony's act (布达典礼: Taiwan's announcing of a post), no person,
    # wherever the document writes it (正式布达…接任)
    acts = {m.simplified for m in mentions if m.label is Label.PERSON and text.startswith(_CEREMONIES, m.end)
            and m.extractor != MentionSource.PEOPLE_KNOWN}
    out = []
    for m in mentions:
        if m.label is Label.PERSON and m.simplified in acts and m.extractor != MentionSource.PEOPLE_KNOWN:
            continue
        if m.label is Label.PERSON and all(map(is_han, m.simplified)):
            if text.startswith("派", m.end) and text.startswith(_FACTION_MEMBERS, m.end + 1):
                m = replace(m, end=m.end + 1, text=m.text + text[m.end], simplified=m.simplified + "派",
                            label=Label.ORGANIZATION, canonical="")
            elif _PARTY_COUNTS.get(text[m.end:m.end + 2]) == len(m.simplified):
                continue
        out.append(m)
    return out


def guesses_named_as_bodies(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a name only guessed to be a person (jieba's word, a surname join, or those written again:
    no recogniser, role or list reads it so anywhere) that the document reads as an organisation elsewhere made that
    organisation at every place: one name, one sense (方太和米博都是…品牌 beside 方太、米博品牌; round people301).

    >>> def m(s, name, label, by): return Mention("d", s, s + len(name), name, name, label, MentionSource(by))
    >>> out = guesses_named_as_bodies([m(0, "米博", Label.ORGANIZATION, "org_listed"), m(5, "米博", Label.PERSON,
    ...     "people:jieba_x"), m(9, "陈大文", Label.PERSON, "people:jieba_x"), m(15, "陈大文", Label.ORGANIZATION, "crf"),
    ...     m(20, "陈大文", Label.PERSON, "crf")])
    >>> [(x.simplified, x.label.value) for x in out]
    [('米博', 'ORGANIZATION'), ('米博', 'ORGANIZATION'), ('陈大文', 'PERSON'), ('陈大文', 'ORGANIZATION'), ('陈大文', 'PERSON')]
    """
    bodies = {m.simplified for m in mentions if m.label is Label.ORGANIZATION}
    sure = {m.simplified for m in mentions if m.label is Label.PERSON and m.extractor not in _GUESSED}
    turned = {m.simplified for m in mentions if m.label is Label.PERSON} & bodies - sure
    if not turned:
        return mentions
    return [replace(m, label=Label.ORGANIZATION, canonical="") if m.label is Label.PERSON and m.simplified in turned
            else m for m in mentions]


def _bordering_places(model: list[Mention], text: str) -> list[Mention]:
    """Model names that open with a bearing and a verb of bordering at the start of a clause or a list item (a
    county's neighbours: 东邻湘潭、衡山，南接衡阳，西毗|邵东、涟源; 东连|秦皇岛): the place after them, without them,
    whatever label the recogniser gave (a person, 西毗邵东; a place, 东连秦皇岛). Round uner288: at a clause's or an
    item's start, Universal NER train marks what follows such an opening a place 4 times of 4, MSRA train 3 of 3;
    CLUENER train 1 of 5 (3 inside its addresses, which take the opening in: 南连金融街; 1 a scenic spot).

    >>> text = "东邻湘潭，西毗邵东、涟源，东连秦皇岛，南接。和南接风谈"
    >>> def m(s, e, label): return Mention("d", s, e, text[s:e], text[s:e], label, "crf")
    >>> out = _bordering_places([m(5, 9, Label.PERSON), m(13, 18, Label.PLACE), m(19, 21, Label.PERSON),
    ...                          m(23, 26, Label.PERSON)], text)
    >>> [(x.simplified, x.label.value) for x in out]
    [('邵东', 'PLACE'), ('秦皇岛', 'PLACE'), ('南接', 'PERSON'), ('南接风', 'PERSON')]
    """
    out = []
    for m in model:
        opening = _BORDER_OPENING.match(m.simplified)
        if opening and len(m.simplified) - opening.end() >= 2 and (m.start == 0 or text[m.start - 1] in _ITEM_BREAKS):
            cut = opening.end()
            m = replace(m, start=m.start + cut, text=m.text[cut:], simplified=m.simplified[cut:], label=Label.PLACE,
                        canonical="", code="")
        out.append(m)
    return out


def _people_listed_as_bodies(model: list[Mention], people: list[Mention], organisations: list[Mention], text: str,
                             lexicon: Lexicon) -> list[Mention]:
    """Model organisations that are people listed among bodies (persorg26): a model organisation that is a whole
    item of a 、 list, has a person's shape (a surname and one or two letters) and is a name the people rules read
    as a person by its context somewhere in the document (after a title, before 先生, a known person …; jieba's
    tag alone is no evidence: 国米、米堡 are clubs) is that person (小米董事长雷军 … 华为、小米、雷军、联想: 雷军),
    unless the document writes the name as a body's name or its start: before 队, 公司, 集团, or opening a longer
    organisation (李宁 of 李宁公司).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "华为、小米、雷军、联想。李宁、安踏、王伟、马强。李宁公司"
    >>> def m(s, e, label=Label.ORGANIZATION, by="crf"): return Mention("d", s, e, text[s:e], text[s:e], label, by)
    >>> model = [m(6, 8), m(9, 11), m(12, 14), m(18, 20), m(21, 23), m(24, 28)]
    >>> people = [m(6, 8, Label.PERSON, "people:after_role"), m(12, 14, Label.PERSON, "people:known"),
    ...           m(18, 20, Label.PERSON, "people:after_role"), m(21, 23, Label.PERSON, "people:jieba_x")]
    >>> out = _people_listed_as_bodies(model, people, [], text, load_lexicon())
    >>> [(x.simplified, x.label.value) for x in out]
    [('雷军', 'PERSON'), ('联想', 'ORGANIZATION'), ('李宁', 'ORGANIZATION'), ('王伟', 'PERSON'), ('马强', 'ORGANIZATION'), ('李宁公司', 'ORGANIZATION')]
    """

    candidates = [m for m in model if m.label is Label.ORGANIZATION and "、" in (text[m.start - 1:m.start] if m.start
                                                                                  else "", text[m.end:m.end + 1])]
    if not candidates:
        return model
    named = {p.simplified for p in people if p.label is Label.PERSON and p.extractor not in _BARE_PEOPLE}
    bodies = [o.simplified for o in organisations + model if o.label is Label.ORGANIZATION]
    surnames = lexicon.surnames
    retyped = set()
    for m in candidates:
        name = m.simplified
        if name not in named or not (
                (name[0] in surnames and 2 <= len(name) <= 3) or (name[:2] in surnames and 3 <= len(name) <= 4)):
            continue
        if any(b != name and b.startswith(name) for b in bodies) or any(
                _BODY_AFTER.match(text, i + len(name)) for i in _find_all(text, name)):
            continue
        retyped.add(id(m))
    return [replace(m, label=Label.PERSON) if id(m) in retyped else m for m in model]


# what a person does, never a place: PERSON_VERBS less the titles, which follow a country as often
# (以色列总理, 南联盟总统) as a person (奥巴马总统)
_PERSON_ACTS = tuple(v for v in PERSON_VERBS if v not in ("总统", "总理", "首相"))


def _set_as_place(m: Mention, text: str, place_ends: set[int], place_starts: set[int]) -> bool:
    """Whether the sentence sets ``m`` as a place: after a locative preposition (在人民大会堂), right
    after another place, with or without 的 (宾夕法尼亚州的索尔兹伯里, 美国明尼阿波利斯), or right before
    one (南斯拉夫科索沃)."""
    before = text[m.start - 1:m.start] if m.start else ""
    return (before in _LOCATIVES or m.start in place_ends or (before == "的" and m.start - 1 in place_ends)
            or m.end in place_starts)


# what only a person does or has, right after the name: a life's events and kin, with or without 的
# (奥古斯都的旨意, 努尔哈赤之子, 拿破仑去世); no place is born, dies, reigns or has a wife
_PERSON_ONLY_AFTER = (
    "去世", "逝世", "病逝", "病故", "驾崩", "登基", "即位", "继位", "退位", "出生于", "生于", "死于", "娶了", "嫁给",
    "夫妇", "本人", "亲自", "生前", "晚年", "早年", "幼年", "之子", "之女", "之妻", "之父", "之母",
    "的妻子", "的丈夫", "的儿子", "的女儿", "的父亲", "的母亲", "的哥哥", "的弟弟", "的姐姐", "的妹妹", "的侄子",
    "的孙子", "的遗嘱", "的旨意", "的遗体", "的葬礼", "的自传", "的传记", "的肖像")
# verbs whose object is a person: a transliterated name they govern is one (会见了来访的默克尔)
_MEETINGS = ("会见", "会晤", "接见", "致电", "致信", "看望", "宴请", "陪同", "拜会", "拜访")
_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?：:]")


def _person_context(m: Mention, text: str) -> bool:
    """Whether the clause sets ``m`` as a person: a person's act after it (默克尔表示), or a verb of meeting
    before it (会见了来访的默克尔). jieba's dictionary tags as many places as people nrt (斯图加特, 撒哈拉,
    克什米尔: 35 of 35 such model places on samples of UNER, CLUENER and MSRA train were places), so the tag
    alone says nothing."""
    if text.startswith(_PERSON_ACTS, m.end):
        return True
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, max(0, m.start - 30), m.start)]
    clause = text[breaks[-1] if breaks else max(0, m.start - 30):m.start]
    return any(v in clause for v in _MEETINGS)


def _is_transliterated_name(m: Mention, table: TokenTable | None) -> bool:
    """Whether ``m`` is exactly one word that jieba's dictionary tags nrt (a transliterated name)."""
    word = table.word_at(m.start) if table is not None else None
    if word is None:
        return False
    return (word.idx, word.end) == (m.start, m.end) and word.tag == "nrt" \
        and not m.simplified.endswith(PLACE_ENDINGS)


def _name_facilities(model: list[Mention], text: str, foreign: frozenset[str] = frozenset()) -> list[Mention]:
    """A model person right before a facility's head word names the facility, not the person there
    (罗纳德·里根|大厦): the person and the model's bare head (大厦) become one place or body. Before a
    doctrine, prize or cup (马克思|主义, 诺贝尔|奖) the person stays, as People's Daily marks it; before
    号 (a craft) the name goes. A transliterated name the model cut between a person and a facility
    (拉德芳|斯广场: the name's last one or two letters glued to the head) is the facility, whole."""

    heads = tuple(sorted(_NAMED_AFTER, key=len, reverse=True))
    by_start = {m.start: m for m in model}
    dropped: set[int] = set()
    out = []
    for m in model:
        if id(m) in dropped:
            continue
        after = by_start.get(m.end)
        tail = _cut_facility_tail(m, after, foreign) if after is not None else ""
        if tail:
            dropped.add(id(after))
            out.append(replace(after, start=m.start, text=m.text + after.text, simplified=text[m.start:after.end],
                               canonical="", code=""))
            continue
        head = first_at(text, heads, m.end) if m.label is Label.PERSON else ""
        if head in _SCHOOLS and text.startswith(("毕业", "肄业"), m.end + len(head)) and len(m.simplified) == 3 \
                and _HAN_RUN.fullmatch(m.simplified) and not all(ch in foreign for ch in m.simplified):
            head = ""  # 林志杰|大学毕业后: a person who left a university, no university named after him
        if not head:
            out.append(m)
            continue
        end = m.end + len(head)
        after = by_start.get(m.end)
        if after is not None and after.end <= end and after.label is not Label.PERSON:
            dropped.add(id(after))  # the model's bare 大厦
        label = Label.ORGANIZATION if head in NAMED_BODIES else Label.PLACE if head in NAMED_PLACES else None
        if label is not None:
            out.append(replace(m, end=end, text=m.text + text[m.end:end], simplified=text[m.start:end], label=label))
        elif head in EPONYMS:
            out.append(m)  # 马克思|主义, 汤姆斯|杯: the doctrine or prize names the person, and so does People's Daily
    return [m for m in out if id(m) not in dropped]


# schools a person of three Han letters has left (林志杰大学毕业后), no school named after him
_SCHOOLS = frozenset({"大学", "学院", "中学", "小学", "高中"})


def _cut_facility_tail(m: Mention, after: Mention, foreign: frozenset[str]) -> str:
    """The head of ``after`` when ``m`` is a model person written in transliteration letters and ``after`` a place or body
    made of one or two such letters and a facility's head (拉德芳 + 斯广场), else ``""``."""
    # (a name of three letters or more, all but one of them transliteration letters: 芳 is rare in names)
    if m.label is not Label.PERSON or after.label is Label.PERSON or len(m.simplified) < 3 \
            or sum(ch not in foreign for ch in m.simplified) > 1:
        return ""
    head = next((h for h in _FACILITY_TAIL_HEADS if after.simplified.endswith(h)), "")
    letters = after.simplified[:len(after.simplified) - len(head)]
    return head if head and 1 <= len(letters) <= 2 and all(ch in foreign for ch in letters) else ""


_FACILITY_TAIL_HEADS = tuple(sorted(NAMED_PLACES | NAMED_BODIES, key=len, reverse=True))


# a letter of grammar the recogniser glues before a name it reads elsewhere alone (事发时|英卓华, 会谈时|西比哈)
_GLUED_BEFORE_PERSON = frozenset("时的在和与对向让被把将由给跟同及或令使")
#: What a body's name ends in, which a person's never does: a name ending so keeps the recogniser's body, and a
#: name written again before one is a guess :mod:`zhkg.extract.vouched_people` may vouch for.
NEVER_PERSON_LAST_LETTERS = frozenset("会党部局院社报网台厅署委司团队军行所校处办组盟联协厂店馆")


def _glued_before(name: str, written: Mapping[str, int], compound_surnames: Container[str]) -> int:
    """How many letters glued before a name the document writes alone as a person open ``name``: a letter of grammar
    (时|英卓华), or two Chinese letters that are no compound surname before three or more the document writes alone
    twice or more (祝贺|梅尔茨; not 欧阳|修, nor 国海|富兰克林 of a fund's name beside 富兰克林 once); else 0."""
    if len(name) >= 3 and name[0] in _GLUED_BEFORE_PERSON and written.get(name[1:], 0) >= 1:
        return 1
    if len(name) >= 5 and written.get(name[2:], 0) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in name[:3]) \
            and name[:2] not in compound_surnames:
        return 2
    return 0


def people_named_again(mentions: list[Mention], text: str, original: str = "",
                       compound_surnames: Container[str] = ()) -> list[Mention]:
    """The document's mentions with the people it names again settled (intl153): a person the recogniser read with
    a letter of grammar glued before it (事发时|英卓华), or two letters that are no compound surname before a name of
    three letters or more (祝贺|梅尔茨), is the name the document writes alone as a person; and a name
    of two to four Chinese letters the recogniser read as a body (英卓华只是…) where the document reads it as a person
    more often, no rule reads it as a body and it ends in no body's letter, is that person (a tie is left as read:
    华远 once a person and once a body in a THUCNews row is the company).

    >>> text = "财长英卓华说。事发时英卓华不在。英卓华只是受害者。"
    >>> ms = [Mention("d", 2, 5, "英卓华", "英卓华", Label.PERSON, "crf"),
    ...       Mention("d", 9, 13, "时英卓华", "时英卓华", Label.PERSON, "crf"),
    ...       Mention("d", 16, 19, "英卓华", "英卓华", Label.ORGANIZATION, "crf")]
    >>> [(m.simplified, m.label.value) for m in people_named_again(ms, text)]
    [('英卓华', 'PERSON'), ('英卓华', 'PERSON'), ('英卓华', 'PERSON')]
    """
    written = Counter(m.simplified for m in mentions if m.label is Label.PERSON)
    if not written:
        return mentions
    source = original or text
    out: list[Mention] = []
    for m in mentions:
        glued = _glued_before(m.simplified, written, compound_surnames) \
            if m.label is Label.PERSON and m.extractor == MentionSource.RECOGNISER else 0
        if glued:
            s = m.start + glued
            m = replace(m, start=s, text=source[s:m.end], simplified=text[s:m.end], canonical="")
        out.append(m)
    people: dict[str, int] = defaultdict(int)
    bodies: dict[str, int] = defaultdict(int)
    ruled = set()
    for m in out:
        if m.label is Label.PERSON:
            people[m.simplified] += 1
        elif m.label is Label.ORGANIZATION:
            bodies[m.simplified] += 1
            if m.extractor != MentionSource.RECOGNISER:
                ruled.add(m.simplified)
    turned = {name for name, n in bodies.items() if people.get(name, 0) > n and name not in ruled
              and 2 <= len(name) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in name)
              and name[-1] not in NEVER_PERSON_LAST_LETTERS}
    if not turned:
        return out
    return [replace(m, label=Label.PERSON, canonical="") if m.label is Label.ORGANIZATION
            and m.extractor == MentionSource.RECOGNISER and m.simplified in turned else m for m in out]
