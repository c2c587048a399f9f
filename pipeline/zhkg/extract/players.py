"""Players, bands and competitions: names of sports and entertainment news the general rules read wrong.

:func:`zhkg.extract.combine.combine_mentions` calls :func:`settle_players` after the transliterated people
are read (:func:`zhkg.extract.transliterated.transliterated_people`), before the aliases:

* 小 or 大 before a transliterated name is part of that name (小奥尼尔 is Jermaine O'Neal, not 奥尼尔; 老 is a
  fond "old", 老艾伦 is 艾伦): a person the recogniser read without it takes it back, when jieba cut the letter off
  as a word of its own (争过|小|奥尼尔; never 过小|奥尼尔, where it is another word's);
* a competition's name (:data:`COMPETITION`: a cup, a championship, a games; 联盟杯, 欧冠, 亚冠, 世锦赛) is no
  team: the membership reader never makes it a player's organisation (:func:`zhkg.relate.membership.read_membership`);
  since session 51 (orgs228) a cup, a championship or a games read as an organisation is dropped before this step
  (:data:`zhkg.extract.generic_names.COMPETITION_ENDS`: an event, which the project's conventions leave
  unannotated; CLUENER marks such names organisations), so only the continental club competitions (欧冠, 亚冠,
  欧联) still reach it;
* a band's or a group's members listed after its member word are people whatever their stage names mean
  (五月天乐队成员阿信、石头和怪兽; 五月天成员吉他手石头): a band named as one (乐队, 组合 …) or a band's position
  after the member word (吉他手, 主唱); each item two or three letters, one or two of jieba's words that are
  nouns or names, no role or member word, nothing else named over it, the list closed by a clause's end, 等 or
  a word that is no noun (经合组织成员中是… names no one);
* the recogniser's uncoded place or organisation written in transliteration letters alone is a player when the
  game says so right after it (奥卡福下手犯规, 造成吉布森的犯规, 加索尔6分, 勒布朗的29+10+5, X表示) or lists it
  with a transliterated person (托尼-帕克和维斯特布鲁克) or the document names it as a person elsewhere (勒布朗
  of 勒布朗-詹姆斯 … 勒布朗的29+10+5); never a team, a known body, a coded place or a part of a longer body's
  name the document writes (科宝·博洛尼橱柜 … 博洛尼表示); a name of Han parts joined by a hyphen or a dot is a
  player when a comma-separated line-up sets it between two transliterated people (基斯-博甘斯，洛尔-邓，卡洛斯-布泽尔:
  邓 is no transliteration letter, the hyphen makes it a name);
* a company's name whose first letter jieba cut off as a word of its own at a clause's start takes it back
  when the document writes that letter before the name again (合|景泰富地产 … 合|景泰富将…: 合景泰富地产;
  never 买|万科地产 written once); a person or place read inside that name elsewhere goes, and the name less its
  head written alone (合景泰富将…) is the company's short form (``ALIAS``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.extract.base import in_place_order
from zhkg.extract.foreign_names import FOREIGN_SEPARATOR, FOREIGN_SEPARATORS
from zhkg.extract.transliterated import PERSON_SLOT_AFTER
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.segment import TokenTable
from zhkg.text import CLAUSE_BREAKS, Span, SpanIndex, find_all, first_ending, is_han

__all__ = ["settle_players", "BAND_HEADS", "COMPETITION", "NOT_STAGE_NAMES"]

# the letters that make a different person of a transliterated name: 小奥尼尔, 大卫 … (老 is a fond "old": 老艾伦 is
# 艾伦, as People's Daily marks it; 老布什 is a well-known name of its own)
_GENERATION = frozenset("小大")
#: A competition's name: a cup, a championship, a games, the continental club cups (联盟杯, 欧冠, 世锦赛, 亚运会).
COMPETITION = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]*(?:杯|杯赛|锦标赛|世锦赛|大奖赛|公开赛|巡回赛|运动会|奥运会|亚运会|全运会"
                         r"|冬奥会|残奥会|冠军联赛|欧冠|亚冠|欧联|欧冠联赛|亚冠联赛)")
# a band's or a group's member words, perhaps one after the other (成员吉他手)
_BAND_MEMBER = re.compile(r"(?:成员|团员|主唱|吉他手|贝斯手|鼓手|键盘手)+")
# what names a band before its member word when no organisation is found there
_BAND_WORDS = ("乐队", "乐团", "组合", "天团", "男团", "女团")
#: How an organisation that is a band or a group ends (五月天乐队, 星光合唱团); the membership reader's bands too.
BAND_HEADS = (*_BAND_WORDS, "合唱团", "团体")
_ITEM_JOINERS = "、和与及"
# commas between the items of a line-up (公牛：德里克-罗斯，基斯-博甘斯，洛尔-邓，卡洛斯-布泽尔): a name between two sure
# people with a comma each side is listed with them
_LIST_COMMAS = "，,"
#: Words that are never a band member's stage name in a list (歌迷, 工作人员: a crowd, a trade, a pronoun).
NOT_STAGE_NAMES = frozenset({
    "歌迷", "粉丝", "工作人员", "嘉宾", "记者", "媒体", "他们", "她们", "我们", "大家", "其他", "其他人", "经纪人",
    "家人", "朋友", "乐迷", "观众", "主持人", "导演", "制作人", "老板", "团队", "成员", "队员", "众人",
})
# a band's positions: the member word names a band's member (成员吉他手)
_BAND_POSITIONS = ("主唱", "吉他手", "贝斯手", "鼓手", "键盘手")
# jieba's tags of the words of a stage name: nouns and names (石头, 怪兽, 阿信), never a verb or a localiser (中|是)
_ITEM_TAGS = frozenset({"n", "nr", "nrt", "nz", "ng", "x", "a", "an", "nt", "ns"})
# jieba's tags of a word that may stand right after a list's last name: no noun (怪兽|昨日 is a time, 石头|还 an
# adverb)
_AFTER_LIST_TAGS = frozenset({"v", "vd", "vn", "d", "p", "t", "c", "u", "uj", "ul", "f", "r", "m"})
#: What a player does right after his name in a game's story: a foul, points, a shot (奥卡福下手犯规,
#: 吉布森的犯规, 加索尔6分4篮板, 勒布朗的29+10+5), or a person's act (PERSON_SLOT_AFTER: 表示, 砍下 …).
_PLAYER_ACTS = re.compile(r"(?:的?(?:犯规|\d+\+\d+)|\d+分\d*个?篮板|\d+分(?![钟之])|下手犯规|上篮|扣篮|封盖|出手|"
                          + "|".join(PERSON_SLOT_AFTER) + ")")
_MODEL_SOURCES = frozenset({MentionSource.RECOGNISER})
# people sure enough to make a name listed with them or written as them one: the model's, a joined name, a
# well-known person's (never a rule's guess from a list: 维拉和阿贾克斯 are two clubs)
_SURE_PEOPLE = frozenset({MentionSource.RECOGNISER, MentionSource.PEOPLE_FOREIGN, MentionSource.PEOPLE_KNOWN})

# what heads a company's name (景泰富|地产)
_COMPANY_HEADS = ("地产", "集团", "公司", "控股", "置业", "股份", "银行", "证券", "科技", "实业")
# jieba's tags of a first letter cut off a company's name: a verb, an adjective, a noun or a name (合 is v)
_LETTER_TAGS = frozenset({"v", "a", "n", "nr", "ng", "vg", "ag", "nz", "x"})


def settle_players(mentions: list[Mention], text: str, table: TokenTable | None, lexicon: Lexicon | None = None,
                   original: str = "") -> list[Mention]:
    """``mentions`` with the sports and entertainment names of the module's notes settled.

    >>> from zhkg.stages.segment import make_nlp, token_table
    >>> text = "麦基没能争过小奥尼尔，联盟杯决赛在即。"
    >>> found = [Mention("d", 7, 10, "奥尼尔", "奥尼尔", Label.PERSON, MentionSource.RECOGNISER)]
    >>> [m.simplified for m in settle_players(found, text, token_table(make_nlp()(text)))]
    ['小奥尼尔']
    """
    if table is None or not text or not mentions:
        return mentions
    lexicon = lexicon or load_lexicon()
    out = [_with_generation(m, text, table, lexicon, original) for m in mentions]
    out = _company_first_letters(out, text, table, original)
    out = _players_not_places(out, text, lexicon)
    if _BAND_MEMBER.search(text):
        out = _band_members(out, text, table, lexicon, original)
    return in_place_order(out)


def _players_not_places(mentions: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """The recogniser's uncoded places and organisations written in transliteration letters alone that the
    game says are players (奥卡福下手犯规, 造成吉布森的犯规, 加索尔6分4篮板, 托尼-帕克和维斯特布鲁克): people,
    wherever the document writes them so. Teams, well-known bodies and coded places are never taken."""
    foreign = lexicon.foreign_name_chars
    fixed = {m.simplified for m in mentions if m.label is not Label.PERSON
             and (m.code or m.extractor not in _MODEL_SOURCES)}
    people = [m for m in mentions if m.label is Label.PERSON and len(m.simplified) >= 3 and m.extractor in _SURE_PEOPLE
              and all(ch in foreign or ch in FOREIGN_SEPARATORS for ch in m.simplified)]
    person_ends, person_starts = {m.end for m in people}, {m.start for m in people}
    person_names = {m.simplified for m in people}
    bodies = {m.simplified for m in mentions if m.label is Label.ORGANIZATION}
    players: set[str] = set()
    for m in mentions:
        name = m.simplified
        if m.label is Label.PERSON or m.code or m.extractor not in _MODEL_SOURCES or len(name) < 3 \
                or name in fixed or name in lexicon.teams or not (_foreign_letters(name, foreign) or _joined(name)) \
                or any(name in body and name != body for body in bodies):
            continue  # (a part of a longer body's name is that body's: 科宝·博洛尼橱柜 … 博洛尼表示)
        before, after = text[m.start - 1:m.start] if m.start else "", text[m.end:m.end + 1]
        if (before in _LIST_COMMAS and after in _LIST_COMMAS and m.start - 1 in person_ends
                and m.end + 1 in person_starts):
            players.add(name)  # 基斯-博甘斯，洛尔-邓，卡洛斯-布泽尔: a hyphen joins a name, whatever its letters
        elif _foreign_letters(name, foreign) and (
                _PLAYER_ACTS.match(text, m.end) or name in person_names
                or (before in _ITEM_JOINERS and m.start - 1 in person_ends)
                or (after in _ITEM_JOINERS and m.end + 1 in person_starts)):
            players.add(name)
    if not players:
        return mentions
    return [replace(m, label=Label.PERSON, canonical="")
            if m.simplified in players and m.label is not Label.PERSON and not m.code
            and m.extractor in _MODEL_SOURCES else m for m in mentions]


def _foreign_letters(name: str, foreign: frozenset[str]) -> bool:
    """Whether ``name`` is written in transliteration letters alone, a dot or a hyphen between two parts
    (加索尔, 洛尔-邓; not -邓 or 洛尔-)."""
    parts = FOREIGN_SEPARATOR.split(name)
    return all(part and all(ch in foreign for ch in part) for part in parts)


def _joined(name: str) -> bool:
    """Whether ``name`` is Han parts joined by a transliteration's dot or hyphen (洛尔-邓)."""
    parts = FOREIGN_SEPARATOR.split(name)
    return len(parts) > 1 and all(part and all(is_han(ch) for ch in part) for part in parts)


def _with_generation(m: Mention, text: str, table: TokenTable, lexicon: Lexicon, original: str) -> Mention:
    """A transliterated person taking back 小 or 大 jieba cut off before him (小|奥尼尔; never 老: see _GENERATION)."""
    if m.label is not Label.PERSON or m.start == 0 or text[m.start - 1] not in _GENERATION \
            or len(m.simplified) < 2 or not all(ch in lexicon.foreign_name_chars for ch in m.simplified):
        return m
    word = table.word_at(m.start - 1)
    if word is None or (word.idx, word.end) != (m.start - 1, m.start):
        return m  # 过小|奥尼尔 as jieba reads it: the letter is another word's
    start = m.start - 1
    return replace(m, start=start, text=(original or text)[start:m.end], simplified=text[start:m.end], canonical="")


def _company_first_letters(mentions: list[Mention], text: str, table: TokenTable, original: str) -> list[Mention]:
    """Companies taking back a first letter cut off at a clause's start and written again before the name
    (合|景泰富地产 … 合景泰富将), and no person or place inside the name written so elsewhere."""
    stems: dict[str, str] = {}  # the name less its head -> the whole name
    out = []
    for m in mentions:
        head = first_ending(m.simplified, _COMPANY_HEADS, len(m.simplified))
        if m.label is not Label.ORGANIZATION or not head or m.start == 0 or len(m.simplified) - len(head) < 2:
            out.append(m)
            continue
        s = m.start - 1
        word = table.word_at(s)
        opens = s == 0 or text[s - 1] in CLAUSE_BREAKS or text[s - 1].isspace() or text[s - 1] in "“「\"（("
        stem = text[s:m.end - len(head)]
        if word is None or (word.idx, word.end) != (s, m.start) or word.tag not in _LETTER_TAGS \
                or not is_han(text[s]) or not opens or len(list(find_all(stem, text))) < 2:
            out.append(m)
            continue
        stems.setdefault(stem, text[s:m.end])
        out.append(replace(m, start=s, text=(original or text)[s:m.end], simplified=text[s:m.end], canonical=""))
    if not stems:
        return mentions
    spans = {hit.span(): stem for stem in sorted(stems) for hit in find_all(stem, text)}
    out = [m for m in out if m.label is Label.ORGANIZATION
           or not any(s <= m.start and m.end <= e and (m.start, m.end) != (s, e) for s, e in spans)]
    # the name less its head written alone (合景泰富将…) is the company: a short form of it
    index = SpanIndex(out)
    doc_id = mentions[0].doc_id
    for (s, e), stem in sorted(spans.items()):
        if not index.overlapping(Span(s, e)):
            out.append(Mention(doc_id, s, e, (original or text)[s:e], stem, Label.ORGANIZATION, MentionSource.ALIAS,
                               canonical=stems[stem]))
    return out


def _band_members(mentions: list[Mention], text: str, table: TokenTable, lexicon: Lexicon,
                  original: str) -> list[Mention]:
    """People listed after a band's member word (五月天乐队成员阿信、石头和怪兽), stage names included."""
    index = SpanIndex(mentions)
    org_ends = {m.end for m in mentions if m.label is Label.ORGANIZATION}
    band_ends = {m.end for m in mentions if m.label is Label.ORGANIZATION and m.simplified.endswith(BAND_HEADS)}
    roles, members = lexicon.role_set, frozenset(lexicon.member_words)
    added: list[Mention] = []
    doc_id = mentions[0].doc_id
    for cue in _BAND_MEMBER.finditer(text):
        s = cue.start()
        band = text[max(0, s - 3):s].endswith(_BAND_WORDS) or any(
            w in cue.group() for w in _BAND_POSITIONS) or s in band_ends
        if not band or (s not in org_ends and not text[max(0, s - 3):s].endswith(_BAND_WORDS)):
            continue  # 经合组织成员中是…: no band's
        at, items = cue.end(), []
        while True:
            item = _item_at(at, text, table, index, roles, members)
            if item is None:
                break
            items.append(item)
            at = item[1]
            if at < len(text) and text[at] in _ITEM_JOINERS:
                at += 1
                continue
            break
        if not items or not _closes_list(at, text, table):
            continue
        for a, b in items:
            if not index.overlapping(Span(a, b)):
                added.append(Mention(doc_id, a, b, (original or text)[a:b], text[a:b], Label.PERSON,
                                     MentionSource.PEOPLE_SLOT))
    return mentions + added


def _item_at(at: int, text: str, table: TokenTable, index: SpanIndex, roles, members) -> tuple[int, int] | None:  # noqa: ANN001
    """The list's name starting at ``at``: a person found there, or one or two of jieba's words making two or
    three letters that no other name, role or member word holds."""
    named = [m for m in index.overlapping(Span(at, at + 1))]
    if named:
        m = named[0]
        return (m.start, m.end) if m.label is Label.PERSON and m.start == at else None
    first = table.word_at(at)
    if first is None or first.idx != at:
        return None
    end = first.end
    if first.tag not in _ITEM_TAGS:
        return None
    if end - at < 2:
        second = table.word_at(end)
        end = second.end if second is not None and second.idx == end and second.tag in _ITEM_TAGS else end
    name = text[at:end]
    if not 2 <= len(name) <= 3 or not all(map(is_han, name)) or name in roles or name in members \
            or name in NOT_STAGE_NAMES \
            or any(ch in _ITEM_JOINERS for ch in name) or index.overlapping(Span(at, end)):
        return None
    return at, end


def _closes_list(at: int, text: str, table: TokenTable) -> bool:
    """Whether a list of names may end at ``at``: the text's end, a clause's end, 等 or a word that is no noun."""
    if at >= len(text) or text[at] in CLAUSE_BREAKS or text[at] in "等）)”」":
        return True
    word = table.word_at(at)
    return word is not None and word.idx == at and word.tag in _AFTER_LIST_TAGS
