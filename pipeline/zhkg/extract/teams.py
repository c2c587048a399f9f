"""Sports teams: two organisation readers of :mod:`zhkg.extract.organisations`.

Scope: :func:`sports_teams`, a place or a name of two to four characters before 队 in a sports story (山东队,
兄弟象队), each its own name (山东队力克河北队 is two teams), and the bare name (吉林, 兄弟象) after a result verb
(输给吉林) or before 全队, the same team; :func:`listed_teams`, the teams ``teams.tsv`` lists (湖人, 曼联, 兄弟象)
read in a story of their sport; :data:`MATCH_VERBS`, the verbs of one side meeting another.

Caveats: a story is of a sport only by its words (篮板, 英超, 全垒打) or its teams; a squad of a sport (武术队), a
kind of side (老将队) or a pronoun before 队 names no team; a one-letter word before 队 takes no verb or time word
before it into the name (确保|港队, 未来|港队, 没有|随队), and stands alone only as a place's one-letter short form (港队,
台队; not 中队, a squadron) (entities207). Moved word for word out of ``extract/organisations.py`` (session 41,
tidy168).
"""

from __future__ import annotations

import re
from functools import lru_cache

from zhkg.extract.org_words import FUNCTION_TAGS, inside_a_word
from zhkg.extract.team_places import BETTING_WORDS
from zhkg.records import Mention
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.segment import dictionary_frequency, dictionary_tag
from zhkg.text import find_all, is_han

__all__ = ["MATCH_VERBS", "listed_team_name", "listed_teams", "named_team", "sports_teams"]

# teams: what a sports story shows, and the words before 队 that name no team
_SPORTS = re.compile(r"比赛|赛季|联赛|球员|主场|客场|主教练|季后赛|冠军|击败|战胜|力克|输给|负于|不敌|\d+比\d+")

_NOT_TEAMS = frozenset("国家 球 主 客 全 本 该 两 各 车 梯 部 军 团 排 领 入 归 小分 救援 医疗 突击 工作 护卫 舰 考察 "
                       "代表 联 青年 少年 女 男 国奥 甲 乙 对手 球迷 啦啦 仪仗 志愿 服务 巡逻 施工 车 摩托车 "
                       "自行车 篮球 足球 排球 其 这支 那支 他们 我们 此 原 强 率 跟 带 离 球 "
                       # a sport's squad (体校|武术队): MSRA and Universal NER train mark none of 12 bare ones
                       "武术 游泳 田径 体操 跳水 射击 举重 击剑 柔道 摔跤 拳击 滑雪 滑冰 冰壶 赛艇 皮划艇 帆船 马术 射箭 "
                       "跆拳道 空手道 围棋 象棋 桥牌 "
                       # no name before 队: a pronoun or a count (看|别|队, 比|己|队, 两个|队, 拜仁|等|队), a team that
                       # plays (参赛队) or a team's rank (顶级|战队, 知名|战队; cluener38, CLUENER train half B)
                       "别 己 个 等 参赛 顶级战 知名战 "
                       # a kind of side, no one team (几支|业余队, 马晓春领衔的|老将队)
                       "业余 老将 新秀 明星 "
                       # a side by its players' sex or age alone (确保|男子队, 男子|成年队): the team is named apart (港队)
                       "男子 女子 成年 成人".split())

# what a team's name is written with: letters, digits and a transliteration's separators, no punctuation
_TEAM_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·‧•・\-]+")

_PARTICLES = frozenset("的地得了着过")  # (not 之: 梦之队, the Dream Team)

# a club's squads: 一队, 二队, 一线队, 预备队
_SQUAD = re.compile(r"(?:[一二三]|一线|二线|预备)$")

# what jieba's dictionary says of a club's name: a proper noun (国安, 申花), a place or a word it does not know
_CLUB_TAGS = frozenset({"nz", "ns", "nt", "x", "j"})

# what jieba says of the name before a club's number (汉诺威|96, 沙尔克|04): a name or a word it does not know
_NUMBERED_CLUB_TAGS = frozenset({"nr", "nrt", "ns", "nz", "nt", "x"})

# the tags of the word a one-letter name before 队 is never read on into: a verb, a time word or a count (jieba's:
# 确保|港队, 未来|港队, 多位|港队)
_NOT_NAME_TAGS = frozenset({"v", "t", "m"})

# what jieba says of a letter glued before a one-letter name and 队 into no word of its own (若|港队, 为|猿队, 推动紧|港队):
# a conjunction, preposition or pronoun before any team; an adverb, adjective or verb (Cantonese 紧) before a place's
# one-letter short form (港, 台)
_GLUED_FUNCTION_TAGS = frozenset({"p", "c", "r", "u", "d"})
_GLUED_BEFORE_HOME_TAGS = frozenset({"a", "ad", "v", "m"})


@lru_cache(maxsize=1)
def _one_letter_homes() -> frozenset[str]:
    """The places' short forms of one letter (港, 台, 沪), each a team's whole name before 队 (港队, 沪队); not 中,
    whose 中队 is a squadron.

    >>> {"港", "台", "沪"} <= _one_letter_homes(), "中" in _one_letter_homes()
    (True, False)
    """
    return frozenset(a for _, a, _ in load_lexicon().place_abbreviations if len(a) == 1) - {"中"}


def listed_team_name(m: Mention, lexicon: Lexicon) -> str:
    """The name ``teams.tsv`` lists for a team mention, written with its home and 队 or not (洛杉矶湖人队 is 湖人);
    empty when the team is not listed (moved from ``stages/resolve.py``, session 47)."""
    name = m.simplified.removesuffix("队")
    if name in lexicon.teams:
        return name
    for listed in (n for n in lexicon.teams if name.endswith(n)):  # a handful of teams end a team's name at most
        if name[: len(name) - len(listed)] in lexicon.teams[listed][1]:
            return listed
    return ""


def named_team(name: str, squads: set[str], gazetteer, side: bool) -> str:
    """The team of ``squads`` (the document's names ending in 队) a team's ``name`` stands for, or "": a ``side`` read
    by its place alone is the team named with 队 (澳洲 beside 澳洲队), and a one-letter short form's team the one team
    named by that place in full (港队 beside 香港队) (entities207).

    >>> from zhkg.resources.gazetteer import load_gazetteer
    >>> named_team("港队", {"香港队", "港队", "泰国队"}, load_gazetteer(), False), named_team("澳洲", {"澳洲队"}, None, True)
    ('香港队', '澳洲队')
    """
    if side and f"{name}队" in squads:
        return f"{name}队"
    if len(name) != 2 or name[1] != "队":
        return ""  # (only a one-letter short form's team is looked for in full)
    codes = {c for _, a, c in load_lexicon().place_abbreviations if a == name[0]}
    full = [q for q in squads if len(q) > 2 and len(codes) == 1
            and (d := gazetteer.resolve(q[:-1], [])) is not None and d.code in codes]
    return full[0] if len(full) == 1 else ""


_TEAM_VERBS = ("输给", "负于", "不敌", "击败", "战胜", "力克", "对阵", "迎战", "逼平", "淘汰", "挑战", "遭遇")

#: Verbs of one side meeting another (对阵, 击败): a body's name never holds one, it joins two (挑战杯, 淘汰赛
#: and 遭遇战 do name things, so those three are not here).
MATCH_VERBS = ("输给", "负于", "不敌", "击败", "战胜", "力克", "对阵", "迎战", "逼平")

#: Words of a story about one sport (篮板, 英超, 全垒打) and of a story about any (球队, 主场, 赛季): a story is of a
#: sport when it has one of the sport's own words, or one of its teams with the home or 队 (洛杉矶湖人, 湖人队),
#: and two such words or general ones in all (:func:`listed_teams`).
_SPORT_WORDS = {
    "basketball": re.compile(r"NBA|CBA|NCAA|篮球|篮板|助攻|季后赛|常规赛|总决赛|扣篮|投篮|罚球|三分|控卫|中锋|前锋|后卫|盖帽|"
                             r"打板|篮筐|场均"),
    # the words of the football betting columns too (足彩, 亚盘, 让球, 主胜): a pools tip names clubs and little else
    "football": re.compile(r"足球|英超|西甲|意甲|德甲|法甲|欧冠|中超|欧联|进球|射门|门将|点球|前锋|后卫|中场|港超|港甲|足总杯|"
                           r"联盟杯|世预赛|升班马|保级|德比|" + BETTING_WORDS),
    "baseball": re.compile(r"MLB|棒球|职棒|中职|大联盟|全垒打|本垒打|投手|打者|安打|三振|打点|捕手|[内外]野手|游击手|[一二三]垒手|盗垒"
                           r"|牛棚"),
}

_ANY_SPORT_WORDS = re.compile(r"球队|球员|球迷|主场|客场|赛季|首发|替补|主帅|主教练|总教练|连胜|连败|战绩|比赛|联盟|选秀|胜场|夺冠|"
                              r"队友|赛后|赛前|更衣室|主队|客队|交锋|平局")

# what may not follow a team's name: 勇士们, 勇士精神, 太阳报 are no teams, nor is a league table's 魔术数字 (the magic
# number: the wins a leader needs to clinch, 封王魔术数字 in Taiwan's baseball news) a basketball team's
_AFTER_TEAM = ("们", "般", "报", "精神", "数字")

# what may not stand before a team named by a number (有76人 is a count of people)
_BEFORE_NUMBER_TEAM = frozenset("0123456789.约有共近余第达至")

# 队 after a listed team, or its sport and 队 (阪神虎|棒球队)
_SPORT_SQUAD = re.compile("(?:棒球|篮球|足球|排球|冰球|橄榄球|美式足球)?队")

# the verbs of a match between two sides (迎战, 击败, 不敌) and the words of a team's own staff (总教练, 球员)
_MATCH_VERB = "(?:迎战|对战|对阵|击败|击溃|打败|战胜|力克|力挫|完封|横扫|不敌|败给|负于|险胜)"

_TEAM_STAFF = "(?:总教练|主教练|教练|领队|主帅|球员|队员|投手|捕手|打者|前锋|后卫|门将|洋将)"

# a listed team in the frame of its sport: before a match verb (a time word or the score may stand between: 乐天桃猿
# 今晚不敌, 中信兄弟昨晚以五比三击败) or before its own staff (味全龙总教练); or right after a match verb (击败富邦悍将,
# 击败了味全龙)
_TEAM_FRAME_AFTER = re.compile(
    "(?:(?:今|昨|明|前)(?:晚|天|日|早)|本周|上周|日前|近日|周[一二三四五六日]|晚间|稍早)?"
    "(?:在[^，。、；！？\\s]{1,8}?)?(?:以[0-9零〇一二两三四五六七八九十]{1,3}(?:比|:|：)[0-9零〇一二两三四五六七八九十]{1,3})?"
    + _MATCH_VERB + "|" + _TEAM_STAFF)

_TEAM_FRAME_BEFORE = re.compile(_MATCH_VERB + "了?$")


def listed_teams(text: str, table, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Spans of the teams ``lexicon.teams`` lists (湖人, 曼联, 兄弟象) in a story of their sport (see
    :data:`_SPORT_WORDS`), the name a whole word (``table``'s tokens) or followed by 队, and the span taking
    its home before it (洛杉矶|湖人) and its 队 after it. A team in a frame of its sport (before a match verb or its
    staff, after a match verb: 中信兄弟昨晚以五比三击败富邦悍将, 味全龙总教练) is read in any story.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "火箭109比98击败洛杉矶湖人，季后赛前景看好，勇士们在篮板上占优。"
    >>> [text[s:e] for s, e in listed_teams(text, token_table(make_nlp()(text)), load_lexicon())]
    ['火箭', '洛杉矶湖人']
    >>> text = "长征火箭发射成功，太阳升起。"
    >>> listed_teams(text, token_table(make_nlp()(text)), load_lexicon())
    []
    >>> text = "乐天桃猿今晚不敌统一狮。"
    >>> [text[s:e] for s, e in listed_teams(text, token_table(make_nlp()(text)), load_lexicon())]
    ['乐天桃猿', '统一狮']
    """
    pattern = lexicon.team_pattern
    if pattern is None:
        return []
    starts, ends = table.starts, table.ends
    found: list[tuple[int, int, str, bool, str]] = []  # start, end, sport, named with its home or 队, listed name
    framed: set[str] = set()  # the sports of the teams standing in a frame of their sport
    evident: set[tuple[int, int]] = set()  # teams whose listed name says it is a team wherever it stands
    for m in pattern.finditer(text):
        s, e = m.span()
        sport, homes = lexicon.teams[m.group()]
        if text.startswith(_AFTER_TEAM, e) or text[s - 1:s] == "《":
            continue  # 勇士们, 《太阳哨兵报》
        squad = _SPORT_SQUAD.match(text, e)
        if squad is not None:
            e = squad.end()  # 湖人队, 阪神虎棒球队
        if (s not in starts or e not in ends and text[e - 1] != "队") and inside_a_word(text, s, m.end()):
            continue  # inside a longer word: 火箭炮, 太阳能, 魔术师 (jieba's 湖人下|一轮, 而灰熊 are no words)
        if m.group()[0].isdigit() and s > 0 and text[s - 1] in _BEFORE_NUMBER_TEAM:
            continue
        home = next((h for h in homes if text.endswith(h, 0, s)), "")
        found.append((s - len(home), e, sport, bool(home) or text[e - 1] == "队", m.group()))
        if _TEAM_FRAME_AFTER.match(text, e) or _TEAM_FRAME_BEFORE.search(text, max(0, s - len(home) - 3),
                                                                          s - len(home)):
            framed.add(sport)
        elif _names_itself(m.group()):
            evident.add((s - len(home), e))
    if not found:
        return []
    general = len(set(_ANY_SPORT_WORDS.findall(text)))
    sports = set()
    for sport in {f[2] for f in found}:
        own = len(set(_SPORT_WORDS[sport].findall(text))) + len({text[s:e] for s, e, sp, sure, _ in found
                                                                 if sp == sport and sure})
        own += len({(s, e) for s, e, sp, _, _ in found if sp == sport and (s, e) in evident})  # 富邦悍将 (sports308)
        # a second team of the sport is a sign too (杰志以2比1力挫东方龙狮 in a story of 港超)
        rivals = len({name for _, _, sp, _, name in found if sp == sport}) - 1
        if own >= 1 and own + general + rivals >= 2 or sport in framed:
            sports.add(sport)
    return [(s, e) for s, e, sport, _, _ in found if sport in sports or (s, e) in evident]


def _names_itself(name: str) -> bool:
    """Whether a listed team's name needs no frame: four letters or more, a home or a sponsor and its mascot that
    jieba's dictionary holds as no word (台钢雄鹰, 富邦悍将, 新北国王; not 凯尔特人, 尤文图斯, a people and a word)."""
    return len(name) >= 4 and not name.isascii() and not dictionary_frequency(name)


_CHINESE_TAIPEI = "中华台北"

_ROYAL = "皇家"


def sports_teams(text: str, places: list[Mention] | None = None,
                 table=None) -> list[tuple[int, int, bool]]:
    """Teams of a sports story: ``(start, end, True)`` for 山东队, ``(start, end, False)`` for a bare 山东
    after a result verb or before 全队, when the story names 山东队.

    >>> text = "山东队力克河北队。河北全队低迷,上轮也输给山东。"
    >>> [(text[s:e], whole) for s, e, whole in sports_teams(text)]
    [('山东队', True), ('河北队', True), ('河北', False), ('山东', False)]
    >>> text = "兄弟象队以5比3击败统一狮队。"
    >>> [text[s:e] for s, e, _ in sports_teams(text)]
    ['兄弟象队', '统一狮队']
    >>> [text[s:e] for s, e, _ in sports_teams("车队和梯队在排队。")]
    []
    >>> text = "国安二队的球员达不到一队的水平，国安一线队只有十八名球员。"
    >>> [text[s:e] for s, e, _ in sports_teams(text)]
    ['国安二队', '国安']
    """
    if _SPORTS.search(text) is None:  # one match answers; findall went on to the end
        return []
    place_ends = {p.end: p.start for p in places or []}
    foreign = load_lexicon().foreign_name_chars
    teams: list[tuple[int, int, bool]] = []
    names = set()
    for m in re.finditer("队(?![医友员长伍列形徽旗服])", text):
        end = m.start()
        start = place_ends.get(end)
        if (start is None or end - start > 6) and table is not None and end > 0:
            # the team's name is the word before 队 (湖人|队, 这支|掘金|队), or two when the last is one character
            k = table.token_of_char[end - 1]
            start = table.words[k].idx
            # (never through a particle or preposition: 比赛的|胜|队 names no team; nor through a verb or a time
            # word, which a place's one-letter short form is the whole name after: 确保|港队, 碰上|狮队, 未来|港队)
            while end - start < 2 and k > 0 and not table.words[k - 1].is_punct \
                    and table.words[k - 1].tag[:1] not in FUNCTION_TAGS \
                    and table.words[k - 1].tag not in _NOT_NAME_TAGS:
                k -= 1
                start = table.words[k].idx
            if end - start == 2 and dictionary_frequency(text[start:end]) == 0 and (
                    dictionary_tag(text[start]) in _GLUED_FUNCTION_TAGS
                    or (text[start + 1] in _one_letter_homes() and dictionary_tag(text[start]) in _GLUED_BEFORE_HOME_TAGS)):
                start += 1  # 若|港队, 为|猿队: jieba glued a word of the clause onto the team's one letter
            if text[start:end].isdigit():
                # a club named with its founding year or number (汉诺威|96|队, 沙尔克|04|队): the name before it
                # is the club's; digits alone before 队 count teams (共有|96|队)
                before = table.words[k - 1] if k > 0 else None
                if before is None or before.end != start or before.tag not in _NUMBERED_CLUB_TAGS \
                        or len(before.text) < 2 or not all(map(is_han, before.text)):
                    continue
                start = before.idx
        if start is None or end - start > 6:
            run = re.search(r"[\u4e00-\u9fff]{2,4}$", text[max(0, end - 4):end])
            if run is None:
                continue
            start = end - len(run.group())
            # a team's name is what follows a result verb: 力克|河北, 击败|统一狮
            window = text[max(0, start - 1):end]
            cut = max((window.rfind(v) + len(v) for v in _TEAM_VERBS if v in window), default=0)
            start = max(start, max(0, start - 1) + cut)
        if all(c in foreign for c in text[start:end]):
            # 帕纳辛奈|克斯队: a transliterated name is whole; never into the home written before it (武汉|雅琪队
            # is no 汉雅琪队: overrides61)
            while start > 0 and start not in place_ends and text[start - 1] in foreign and end - start < 10:
                start -= 1
        royal = text.find(_ROYAL, max(0, start - 2), start + len(_ROYAL))
        if -1 < royal < start:
            start = royal  # 皇家|马德里队, 皇|家马德里队: Real is the club's name
        name = text[start:end]
        squad = _SQUAD.search(name)
        if squad is not None:
            # a club's second or third team is a team (国安二队); its first-team or reserve squad names the club
            # (国安|一线队); a squad after no club's name is none (达不到|一队)
            club = name[:squad.start()]
            if not club and table is not None and start > 0:  # 国安|一线|队: the club is the word before
                word = table.words[table.token_of_char[start - 1]]
                if word.end == start:
                    start, club = word.idx, word.text
            if len(club) >= 2 and dictionary_tag(club) in _CLUB_TAGS and not set(club) & set("不没未"):
                teams.append((start, end + 1 if squad.group() in "二三" else start + len(club), True))
            continue
        if (len(name) < 2 and name not in _one_letter_homes()) or any(name.endswith(w) for w in _NOT_TEAMS) or not _TEAM_NAME.fullmatch(name) \
                or name[-1] in _PARTICLES or name[0] == "是":
            continue  # (nor a phrase: 有实力的|队, 仅胜一场，|队, 是连队)
        # the team's home before its name is part of it: 沈阳|海狮队, 上海|浦东队, 北京|国安队
        while start in place_ends and end - place_ends[start] <= 8:
            start = place_ends[start]
        if text.endswith(_CHINESE_TAIPEI[:2], 0, start) and text.startswith(_CHINESE_TAIPEI[2:], start):
            start -= 2  # 中华|台北队: Chinese Taipei's side, no 台北队 of the city (session 26, counts29)
        teams.append((start, end + 1, True))
        names.add(name)
    for name in sorted(names):
        for m in find_all(name, text):
            s, e = m.span()
            if text.startswith("队", e):
                continue
            if text[max(0, s - 2):s] in _TEAM_VERBS or text.startswith("全队", e):
                teams.append((s, e, False))
    return sorted(teams)
