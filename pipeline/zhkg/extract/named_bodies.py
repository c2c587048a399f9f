"""Bodies named by their kind: state bodies, parties, ministries, schools and societies (readers of
:mod:`zhkg.extract.organisations`).

Scope: :func:`state_bodies`, a state's armed forces (日军, 中国|海军, 美国第七舰队), a Japanese ministry (陆军省,
外务省: :data:`MINISTRY_FIELDS`), the Three Departments and Six Ministries (中书省, 刑部), a dynasty's court
(清廷) and a colonial government (港英政府); :func:`named_bodies`, a party by its stems (国民党, 自由|统一党:
:data:`PARTY_STEMS`), a legislature or council (行政院, 立法会: :data:`GOVERNMENT_BODIES`), a ministry by its field
(外交部: :data:`MINISTRY_OF`; 加拿大|移民和公民部), an army by a name of its own (八路军, 八国联军) and a school
(德爱|中学: :data:`SCHOOL_HEADS`); :func:`societies`, a society, church or league by the name alone (创立|兴中会,
耶稣会|传教士, 圣公会) and a quoted name ending in a body's head (「香港专上学生联会」: :data:`QUOTED_HEADS`).

Caveats: 美|军舰 is a warship and 演员吴军 a person; 该党, 执政党 and a member (国民党员) are no party; a kind of
school (重点中学, 这所中学) is no name, nor a meeting (加入|大会, 运动会) a society. Moved word for word out of
``extract/organisations.py`` (session 41, tidy168).
"""

from __future__ import annotations

import re

from zhkg.extract.org_words import FUNCTION_TAGS, MEETINGS, NAME_TAGS, STATE_CHARS
from zhkg.records import Label, Mention
from zhkg.resources.gazetteer import is_country_code
from zhkg.stages.segment import Word, dictionary_tag
from zhkg.text import is_han, made_of

__all__ = ["GOVERNMENT_BODIES", "MINISTRY_FIELDS", "MINISTRY_OF", "PARTY_STEMS", "QUOTED_HEADS", "SCHOOL_HEADS", "named_bodies", "societies", "state_bodies"]

_SERVICES = ("海军", "陆军", "空军", "军")

_FORMATIONS = ("舰队", "集团军", "方面军", "军团", "师团", "旅团")

_ORDINAL = re.compile(r"第[一二三四五六七八九十百零〇\d]+$")

# a formation's name is a proper word (北洋, 太平洋) or one jieba does not know (南遣), no common noun (弱小)
_FORMATION_NAME_TAGS = frozenset({"nz", "ns", "nt", "j", "x"})

# what may follow an army's 军 that jieba glued to it (瑞典|军于)
_AFTER_ARMY = frozenset("于与和及的在将被向从也亦又遂即已便则")

# a service followed by these is part of a longer word: 伦敦海军|条约, 海军|基地
_SERVICE_COMPOUNDS = ("条约", "基地", "学院", "学校", "大学", "医院", "博物", "天文", "航空", "军官", "官", "舰", "机")

#: ministries of historic states: Japan's 省 (陆军省, 外务省) and the Six Ministries and Three Departments; and
#: Japan's ministries since 2001 (文部科学省, 厚生劳动省: 文部 and 厚生 alone left 日本文部 of 日本文部科学省), and the
#: 1998 press's 通产省 and 邮政省 (MSRA train marks these 省 as organisations 30 of 30)
MINISTRY_FIELDS = ("陆军", "海军", "外务", "大藏", "内务", "文部科学", "文部", "司法", "农商务", "农林水产", "农林", "商工",
                    "通商产业", "递信", "宫内", "厚生劳动", "厚生", "拓务", "军需", "兵部", "中书", "尚书", "门下", "工部",
                    "民部", "经济产业", "国土交通", "总务", "法务", "财务", "防卫", "通产", "邮政")

# the one letter a state of today is written by before its ministry in the press (日|外务省, 美|国防部)
_MINISTRY_STATE_LETTERS = frozenset("日美英法德俄意韩朝越泰印巴澳加")

# a ministry named by its field and 省, as Japan's and China's old ones are (陆军省, 外务省)
_FIELD_MINISTRY = re.compile("(?:" + "|".join(MINISTRY_FIELDS) + ")省(?![长份会市级内外])")

# armies named by a word of their own (八路军, 解放军, 太平军) or by the states allied in them (八国联军, 英法联军)
_NAMED_ARMY = re.compile("(?:八路|新四|解放|志愿|国民革命|国防|十字|太平|义勇|北洋|护国|靖国|护法|自由|[八多]国|["
                         + "".join(sorted(STATE_CHARS)) + "]{2,3})(?<!国共)(?:军|联军)(?![队人事区官舰机])")

# a dynasty's court and government (清廷, 清政府, 明廷) and the colonial governments of Hong Kong and Macau
# (港英政府, 澳葡政府), each standing as words
_DYNASTY_GOVERNMENT = re.compile("(?:港英|澳葡|[清明宋元唐隋辽秦])(?:政府|朝廷|廷)")

_SIX_MINISTRIES = ("吏部", "户部", "礼部", "兵部", "刑部", "工部")

#: Letters of appointment jieba may glue to one of the Six Ministries after them (官至兵部, 迁礼部, 拜吏部): the
#: ministry's name starts a word there all the same.
_APPOINTING_LETTERS = frozenset("至任为拜迁授擢调除")

# a one-letter state's 军 that names a person, as Chinese given names do (演员吴军, 赵军饰演, 金军去世): a word for a
# person right before it, or what only a person does right after it
_ARMY_NAMES_A_PERSON = re.compile(r"(?:演员|导演|歌手|主持人|作家|编剧|画家|教授|先生|女士)$")

# a dynasty's or an old state's army speaks in no news story: 唐军说, 吴军表示 are people (overrides61; 美军说 stays)
_OLD_STATE_CHARS = frozenset("宋元金辽秦晋隋唐汉楚吴蜀魏齐赵燕明")

_SPEAKS = ("说", "表示", "认为", "指出", "介绍", "告诉", "透露", "坦言")

# what only a player does, later in the army's clause: an old state's army that scores is a player listed with
# others (由吴军和外援斯肯德破网, overrides64); no old army breaks a net or heads a ball
_SCORES_IN_CLAUSE = re.compile("[^，。；！？,;!?]{0,24}?(?:破网|进球|射门|助攻|梅开二度|头球|点球|任意球)")

_ONLY_PEOPLE_ACT = ("饰演", "扮演", "出演", "主演", "去世", "逝世", "病逝", "出生于", "生于", "之子", "之女", "之妻",
                    "的妻子", "的丈夫", "的儿子", "的女儿", "的父亲", "的母亲")


def state_bodies(text: str, places: list[Mention] | None = None, table=None) -> list[tuple[int, int]]:
    """Spans of a state's armed forces and a historic state's ministries, as Wikipedia names them:

    * a state + 军/海军/陆军/空军/政府军: a place the document names (瑞典|军, 中国|海军, 叙利亚|政府军), a one-character state or
      dynasty (日军, 清军, 湘军) or a party (国民党|军), each starting a word, the army's 军 ending one
      (美|军舰 is a warship; 抗|日军 is no army of Japan; 演员吴军 and 吴军饰演 are a person);
    * an ordinal or a name before 舰队, 集团军, 方面军 or 军团 (第三舰队, 第一南遣舰队, 北洋舰队), with the state
      before it (美国第七舰队);
    * a Japanese ministry (陆军省, 外务省; with its country when written: 日本外务省), one of the Three Departments (中书省) and the Six Ministries (刑部);
    * a dynasty's court or government (清廷, 清政府) and a colonial government (港英政府).

    ``table`` is the document's token table (word boundaries); without it no army of a one-character state
    or named formation is read.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "日军进攻时，瑞典军与第三舰队会合。他曾任陆军省次官、刑部尚书。美军舰驶过，伦敦海军条约"
    >>> from zhkg.records import Mention, Label
    >>> places = [Mention("d", 6, 8, "瑞典", "瑞典", Label.PLACE, "gazetteer")]
    >>> [text[s:e] for s, e in state_bodies(text, places, token_table(make_nlp()(text)))]
    ['日军', '瑞典军', '第三舰队', '陆军省', '刑部']
    """
    spans: set[tuple[int, int]] = set()
    place_ends = {p.end: p.start for p in places or [] if p.label is Label.PLACE}
    starts = table.starts if table is not None else frozenset()
    ends = table.ends if table is not None else set()
    for m in re.finditer("海军|陆军|空军|政府军|军", text):  # (叙利亚|政府军: the state's government forces)
        s, e = m.span()
        if (e not in ends and text[e:e + 1] not in _AFTER_ARMY) or text.startswith(_SERVICE_COMPOUNDS, e) \
                or (m.group() == "军" and text[e:e + 1] in "队人事区"):
            continue
        if text.startswith("部队", e):
            e += 2  # 德军部队 is the German army's troops, one body as the model reads it (overrides61)
        if s in place_ends and e - place_ends[s] <= 8:
            spans.add((place_ends[s], e))
        elif m.group() == "军" and s > 0 and text[s - 1] in STATE_CHARS and s - 1 in starts \
                and not _ARMY_NAMES_A_PERSON.search(text, max(0, s - 4), s - 1) \
                and not text.startswith(_ONLY_PEOPLE_ACT, e) \
                and not (text[s - 1] in _OLD_STATE_CHARS
                         and (text.startswith(_SPEAKS, e) or _SCORES_IN_CLAUSE.match(text, e))):
            spans.add((s - 1, e))
        elif m.group() == "军" and text[max(0, s - 3):s].endswith(("国民党", "共产党")) and s - 3 in starts:
            spans.add((s - 3, e))
    for m in re.finditer("|".join(_FORMATIONS), text):
        s, e = m.span()
        if e not in ends and not text.startswith(("司令", "总司令"), e):
            continue
        start = s
        if table is not None and s > 0:
            word = table.words[table.token_of_char[s - 1]]
            army_ends = {b for _, b in spans}
            led = word.idx in army_ends or _ORDINAL.search(text[max(0, word.idx - 5):word.idx]) is not None
            # (a number jieba leaves unknown is the ordinal's: 第|10|师团)
            if word.end == s and 2 <= len(word.text) <= 4 and not word.text.isdigit() and (
                    word.tag in _FORMATION_NAME_TAGS or (word.tag in ("b", "n", "v") and led)):
                start = word.idx  # 南遣|舰队, 北洋|舰队, 美军|特遣|舰队, 第一|航空|舰队
            elif word.end == e and led:
                start = word.idx  # 美军|特遣舰队: the formation's own word
        ordinal = _ORDINAL.search(text[max(0, start - 5):start])
        if ordinal is not None:
            start -= len(ordinal.group())
        if start == s:
            continue  # a bare 舰队 names no fleet
        if start in place_ends and start - place_ends[start] <= 8:
            start = place_ends[start]
        army = next((a for a, b in spans if b == start), None)
        if army is not None:  # 美军|特遣舰队 is the US Navy's task force
            spans.discard((army, start))
            start = army
        spans.add((start, e))
    countries = {p.end: p.start for p in places or [] if p.label is Label.PLACE and is_country_code(p.code)}
    for m in (_FIELD_MINISTRY.finditer(text) if "省" in text else ()):
        # jieba may glue the field to a verb before it (任陆军|省); the country written before it is the
        # ministry's, as with any state's body (日本外务省 as 美国国务院), and so is a state's one letter starting
        # a word (日|外务省, 日|防卫省 as MSRA train's 美国防部, 俄财政部; not 今日|外务省)
        start = countries.get(m.start(), m.start())
        if start == m.start() and text[start - 1:start] in _MINISTRY_STATE_LETTERS and start - 1 in starts:
            start -= 1
        spans.add((start, m.end()))
    for m in (_DYNASTY_GOVERNMENT.finditer(text) if "廷" in text or "政府" in text else ()):
        if m.start() in starts and (m.end() in ends or m.end() == len(text)):
            spans.add(m.span())
    if table is not None:
        for m in re.finditer("|".join(_SIX_MINISTRIES), text):
            opens = m.start() in starts or text[m.start() - 1:m.start()] in _APPOINTING_LETTERS  # 官至|兵部尚书
            if opens and (m.end() in ends or text[m.end():m.end() + 1] in "尚侍郎"):
                spans.add(m.span())
    return sorted(spans)


# parties are named by what they stand for: a chain of these before 党 (自由|统一党, 生态|自由党, 绿党, 民进党)
PARTY_STEMS = ("基督教民主", "社会民主", "国家社会", "国民", "民进", "共产", "民主", "共和", "自由", "统一", "保守", "社会",
               "社民", "基民", "自民", "公明", "亲民", "台联", "青年", "人民", "进步", "独立", "民族", "公民", "劳动",
               "劳工", "工人", "农民", "工", "绿", "生态", "联合", "改革", "复兴", "国家", "宪政", "立宪", "维新",
               "正义", "团结", "革命", "爱国", "联邦", "左翼", "右翼", "中间", "新")

# parties whose name holds no country (台湾|民进党 is 民进党); a place before any other belongs to it (日本共产党)
_OWN_NAME_PARTIES = frozenset({"国民党", "民进党", "亲民党", "台联党", "新党", "自民党", "公明党"})

# what after 党 makes it part of another word: a member, a committee, the party's own rules or school
_AFTER_PARTY = "员组委章史校性籍务魁内外派费纲徽旗龄风政"

# what before a party's stems makes it a kind of party (一个|工党, 该|工党)
_BEFORE_A_KIND = "个一该本这那各两多此其"

# bodies that name one body wherever they stand as words: legislatures and councils of Taiwan and Hong Kong,
# and the world's bodies news names by their short form
GOVERNMENT_BODIES = ("行政院", "立法院", "监察院", "司法院", "考试院", "立法会", "行政会议", "参议院", "众议院", "上议院",
                     "下议院", "国民议会",
                     "众院", "参院",  # (众议院's and 参议院's short forms, as MSRA marks them 5 of 5: intl153)
                     "联合国", "北约", "欧盟", "东盟", "安理会", "世界卫生组织", "世卫组织", "世界贸易组织", "世贸组织",
                     "国际奥委会", "国际货币基金组织", "世界银行", "卫生署", "环保署", "海巡署", "新闻局", "陆委会",
                     "海基会", "海协会", "国台办", "金管会", "中选会", "国民政府", "北洋政府", "中央人民政府")

# a ministry's field before 部 (外交部, 国防部): the ministry, with the state before it (美国国防部)
MINISTRY_OF = ("外交", "国防", "教育", "财政", "内政", "经济", "商务", "司法", "法务", "交通", "卫生", "农业", "文化",
               "劳动", "环境", "外务", "能源", "铁道", "民政", "科技", "国土资源", "水利", "审计", "外贸", "工业和信息化",
               "统一", "国土安全", "国家安全")

# (the first letters first: one test rules out most positions before the two dozen branches are tried)
_MINISTRY_OR_BODY = re.compile("(?=[" + "".join(sorted({w[0] for w in MINISTRY_OF + GOVERNMENT_BODIES})) + "])(?:"
                               + f"(?:{'|'.join(MINISTRY_OF)})部(?!门|分|队|落|署|件|位)|"
                               + "|".join(sorted(GOVERNMENT_BODIES, key=len, reverse=True)) + ")")

# a ministry of two fields joined by 和 or 与, after its country (加拿大|移民和公民部, 美国|卫生与公众服务部):
# each field two to six letters, none a word of grammar, a state, a party or a part (东部和西部 is no ministry)
_FIELD_LETTER = "(?:(?![和与及的国府人党会在是了部])[\u4e00-\u9fff])"

_JOINED_MINISTRY = re.compile(f"{_FIELD_LETTER}{{2,6}}[和与]{_FIELD_LETTER}{{2,6}}部(?![门分队落署件位])")

# what a school is called after its name (德爱|中学, 比萨高等|师范学校)
SCHOOL_HEADS = ("高级中学", "初级中学", "中学校", "中学", "小学", "幼儿园", "师范学校", "专科学校", "学校", "书院", "武校", "附中",
                "附小")

#: a university's school by its short form (清华|附中, 北大|附小; as one word: 人大附中; orgs115)
_ATTACHED_SCHOOLS = ("附中", "附小")

# a school's posts jieba runs its head into (中学校长, 小学校友): the head still ends the school's name
_SCHOOL_POSTS = ("校长", "校友", "校董")

# letters of grammar jieba glues onto a name it does not know (是峪宏, 为鸿海): a copula or a preposition
_GLUED_LETTERS = frozenset("是为由在从向被把对将于经与和")


def _glued_name(word: str) -> bool:
    """Whether a word jieba built (tag x) is a letter of grammar glued onto a name of two or three letters
    (是|峪宏, 为|鸿海); the caller reads the name after that letter.

    >>> _glued_name("是峪宏"), _glued_name("峪宏"), _glued_name("为")
    (True, False, False)
    """
    return 3 <= len(word) <= 4 and word[0] in _GLUED_LETTERS and all(map(is_han, word))


_SCHOOL_HEAD_AT = re.compile("(?=[" + "".join(sorted({h[0] for h in SCHOOL_HEADS})) + "])(?="
                             + "|".join(map(re.escape, SCHOOL_HEADS)) + ")")

# words that end a school's name on the left (这所|中学, 该|校; a copula jieba glues to a pronoun, 这是|幼儿园: sites198)
# and kinds of school that cannot open one (重点中学)
_SCHOOL_DETERMINERS = frozenset("这所 那所 一所 两所 多所 几所 各所 该 本 各 全 其 这 那 我 你 他 她 它 母校 所在 当地 家乡 "
                                "新 老 原 旧 名 好 在 到 于 这是 那是 就是 也是 都是 还是 正是 便是 乃是".split())

# verbs of building jieba tags as a place (新建, also 南昌's 新建区): 四川省今年新建学校120所 names no school 新建学校
# unless a place opens before it (南昌市新建|中学; session 26, counts29)
_BUILDING_VERBS = frozenset({"新建"})

_SCHOOL_KINDS = frozenset("重点 普通 高等 中等 初等 职业 技术 公立 私立 民办 公办 寄宿 附属 教会 贵族 国际 女子 男子 "
                          "乡村 农村 城市 示范 实验 师范 专科 体育 体操 武术 音乐 美术 舞蹈 戏剧 电影 护士 卫生 警察 军事 艺术 "
                          "外国语 外语 工业 商业 农业 医学 高级 初级 大中专 中专 大专 中小 普惠 普惠性".split())

# a negation opens a verb, no name (盖不起|学校)
_NEGATIONS = frozenset("不没未")


def _stem_chain(word: str) -> bool:
    """Whether ``word`` is made of party stems only (自由统一, 国民, 绿)."""
    return made_of(word, PARTY_STEMS)


def named_bodies(text: str, places: list[Mention] | None = None, table=None) -> list[tuple[int, int]]:
    """Spans of bodies named by what kind of body they are, as Wikipedia and Taiwan and Hong Kong news name them:

    * a party: party stems before 党, as one word or a chain of words (国民党, 自由|统一党, 生态|自由党, 绿党), with
      the place before it unless its name holds none (日本|共产党, 南蒂罗尔|绿党; 台湾|民进党 is 民进党); never
      该党, 执政党 or a member (国民党员);
    * a legislature or council (行政院, 立法会) or a world body by its short form (联合国, 北约), standing as words;
    * a ministry by its field (外交部, 美国|国防部), also before 长 (外交部长: 部长 of 外交部), or by two fields
      joined by 和 or 与 after a foreign country (加拿大|移民和公民部);
    * an army by a name of its own or by the states allied in it (八路军, 解放军, 太平军, 八国联军, 英法联军);
    * a school: a name (a place, a person or a word jieba built) before 中学, 小学, 学校 or 书院, with up to two
      words between (德爱|中学, 比萨|高等|师范学校, 山西省立第三中学), not a kind of school (重点中学, 这所中学);
      a university's attached school (清华|附中, and 人大附中 as jieba's one word: orgs115).

    ``table`` is the document's token table (word boundaries); without it nothing is read.

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "他加入了自由统一党，国民党和执政党。时任外交部发言人说，他就读于德爱中学和这所中学。"
    >>> [text[s:e] for s, e in named_bodies(text, [], token_table(make_nlp()(text)))]
    ['自由统一党', '国民党', '外交部', '德爱中学']
    """
    if table is None:
        return []
    spans: set[tuple[int, int]] = set()
    words = table.words
    place_ends = {p.end: p.start for p in places or [] if p.label is Label.PLACE}
    for m in re.finditer("党", text):
        e = m.end()
        if e not in table.ends or (e < len(text) and text[e] in _AFTER_PARTY):
            continue
        k = table.token_of_char[e - 1]
        word = words[k]
        stem = word.text[:-1]
        if not (stem and _stem_chain(stem)) and not (word.text == "党" and k > 0 and _stem_chain(words[k - 1].text)):
            continue
        start = word.idx if stem else words[k - 1].idx
        k = table.token_of_char[start] - 1
        while k >= 0 and _stem_chain(words[k].text) and len(text[words[k].idx:e]) <= 8:
            start = words[k].idx  # 自由|统一党, 生态|自由党
            k -= 1
        if start in place_ends and text[start:e] not in _OWN_NAME_PARTIES and start - place_ends[start] <= 6:
            start = place_ends[start]
        elif start > 0 and text[start - 1] in _BEFORE_A_KIND:
            continue  # 第一个|工党 is a kind of party, no party
        spans.add((start, e))
    for m in (_NAMED_ARMY.finditer(text) if "军" in text else ()):
        if m.start() in table.starts and (m.end() in table.ends or text[m.end():m.end() + 1] in _AFTER_ARMY):
            s = m.start()
            if s in place_ends and s - place_ends[s] <= 6:
                s = place_ends[s]  # 叙利亚|自由军: the state's army
            elif text[s - 1:s] == "驻" and m.end() - s == 3:
                s -= 1  # 驻|日美军: the US forces stationed in Japan, no army of Japan and the US
            spans.add((s, m.end()))  # (解放军|总医院 is a hospital: the model reads such names whole)
    for m in _MINISTRY_OR_BODY.finditer(text):
        s, e = m.span()
        if s not in table.starts or not (e in table.ends or text.startswith("长", e) or e == len(text)):
            continue
        if s in place_ends and s - place_ends[s] <= 6 and m.group().endswith(("部", "政府")):
            s = place_ends[s]  # 美国|国防部, 武汉|国民政府
        spans.add((s, e))
    for place in places or ():
        joined = (_JOINED_MINISTRY.match(text, place.end) if place.label is Label.PLACE
                  and is_country_code(place.code) and place.code != "CN" else None)
        if joined and place.end in table.starts and (joined.end() in table.ends or text.startswith("长", joined.end())):
            spans.add((place.start, joined.end()))
    # only where a head's first letter stands (学, 书) is a head tried, not at every word
    for s in sorted(x.start() for x in _SCHOOL_HEAD_AT.finditer(text) if x.start() in table.starts):
        # the head ends a word, or jieba ran it into a head's post (潭口|中学校长: the principal of 潭口中学)
        head = next((h for h in SCHOOL_HEADS if text.startswith(h, s) and (
            s + len(h) in table.ends or text.startswith(_SCHOOL_POSTS, s + len(h))
            and s + len(h) + 2 in table.ends)), None)
        if head is None or s == 0:
            continue
        e = s + len(head)
        ordinal = _ORDINAL.search(text[max(0, s - 5):s])
        stop = s - len(ordinal.group()) if ordinal else s  # 第三|中学
        # the words before the head, right to left: nouns and names, up to three, to a determiner or a verb
        prefix: list[Word] = []
        k = table.token_of_char[stop - 1] if stop > 0 else -1
        while k >= 0 and len(prefix) < 3:
            word = words[k]
            if word.is_punct or word.is_space or word.text in _SCHOOL_DETERMINERS or word.tag[:1] in "vpcurmdfqtu" \
                    or any(ch.isdigit() for ch in word.text) or len(word.text) > 4 or word.end != (
                        prefix[-1].idx if prefix else stop) or word.text[-1] in "于在到从向" \
                    or (any(w.tag in NAME_TAGS for w in prefix) and word.tag not in NAME_TAGS) \
                    or word.text[0] in _NEGATIONS:
                break  # (就读于 is a noun to jieba; 成都|教会学校|高琦: the name 高琦 opens it; 盖|不起|学校 a verb's)
            if word.text in _BUILDING_VERBS and word.idx not in place_ends:
                break
            prefix.append(word)
            if word.idx in place_ends:
                break
            if word.tag == "x" and _glued_name(word.text):
                break  # 是|峪宏: the name opens after the letter jieba glued onto it
            k -= 1
        # the name opens at a place or a name word (德爱, 比萨, 高琦); a kind of school opens none (重点中学)
        while prefix and (prefix[-1].text in _SCHOOL_KINDS or not (
                prefix[-1].tag in NAME_TAGS or prefix[-1].idx in place_ends
                or any(w.tag in NAME_TAGS for w in prefix[:-1]))):
            prefix.pop()
        if not prefix:
            continue
        start = prefix[-1].idx
        if prefix[-1].tag == "x" and _glued_name(prefix[-1].text):
            start += 1
        if start in place_ends and start - place_ends[start] <= 6:
            start = place_ends[start]
        spans.add((start, e))
    if "附" in text:
        spans.update(_attached_school_words(table))
    return sorted(spans)


def _attached_school_words(table) -> list[tuple[int, int]]:
    """A university's attached school jieba holds as one name (人大附中, tag nz): a word of four to six Han letters
    ending in 附中 or 附小, tagged a name, that opens after a break or a word of grammar (not 首|师大附中, where jieba
    cut the name's first letter off)."""
    found = []
    for k, word in enumerate(table.words):
        if 4 <= len(word.text) <= 6 and word.text.endswith(_ATTACHED_SCHOOLS) and word.tag in NAME_TAGS \
                and all(map(is_han, word.text)):
            before = table.words[k - 1] if k else None
            if before is None or before.is_punct or before.is_space or before.tag[:1] in "pcuvdr":
                found.append((word.idx, word.end))
    return found


# a society, a church or a league is named by what it is for before 会 (兴中会, 光复会, 强学会, 伦敦传道会): a
# name standing after a verb of founding or joining it, or before the words of its members
# (not 参加, 参与 or 组织: news takes part in and organises meetings, 参加|招聘会)
_FOUNDING_VERBS = frozenset({"创立", "创办", "创建", "成立", "发起", "组建", "筹组", "加入", "退出", "脱离", "解散",
                             "隶属", "属于", "改组为", "改名为", "更名为", "原名", "名为", "称为"})

_SOCIETY_TAGS = frozenset({"n", "nt", "nz", "j", "x", "l"})

_SOCIETY_AFTER = re.compile(r"(?:成员|会员|会士|传教士|创办人|创始人)")

# a kind of body alone names none (加入|协会, 该|学会, 学会 of 学会了)
_KINDS_OF_SOCIETY = ("会", "学会", "协会", "工会", "商会", "教会", "议会", "委员会", "基金会", "联合会", "研究会",
                     "促进会", "理事会", "董事会", "监事会", "常委会", "联会", "公会", "兄弟会", "姐妹会", "同乡会",
                     "校友会", "联谊会", "读书会", "家长会", "学生会")

# kinds of 社 and 团 (合作社, 代表团) and of the bodies they head (报社, 剧团), no names by themselves
_KINDS_OF_GROUP = ("社", "团", "报社", "旅行社", "出版社", "合作社", "公社", "通讯社", "杂志社", "诗社", "剧团", "乐团",
                   "集团", "财团", "代表团", "访问团", "旅行团", "考察团", "观光团", "顾问团", "亲友团", "智囊团",
                   "参观团", "慰问团", "采访团", "主席团", "工作团", "兵团", "社团", "团体",
                   "党团")  # a caucus alone (有待|党团|成员推举), not a party's (民众党团: entities171)

_DETERMINERS = frozenset("该 本 这 那 这个 那个 一个 其 此 各 新 全".split())


def _names_a_society(name: str) -> bool:
    """Whether a name ending in 会, 社 or 团 names a body: no meeting (全国运动会) and no kind alone (该协会,
    合作社, 代表团)."""
    if name.endswith(MEETINGS):
        return False
    kind = next((k for k in sorted(_KINDS_OF_SOCIETY + _KINDS_OF_GROUP, key=len, reverse=True) if name.endswith(k)), "")
    return not kind or (name != kind and name[:-len(kind)] not in _DETERMINERS)


#: What a body's name quoted in 「」 ends in (「香港专上学生联会」, 「中华全国铁路协会」); before a bracketed Latin
#: short form they end the body too (人民公正党（PKR）|国会议员, :func:`zhkg.extract.body_spans.join_bracketed_qualifiers`).
QUOTED_HEADS = ("联会", "协会", "学会", "联盟", "同盟", "公会", "商会", "基金会", "委员会", "联合会", "研究会", "促进会",
                 "党", "社", "局", "署", "团", "公司", "集团", "银行", "大学", "学院", "学校", "中学", "书院",
                 "俱乐部", "会")

# (「」 only: mainland news sets slogans, campaigns and nicknames in “”, “幸福银行”活动, “相公团”)
_QUOTED = re.compile(r"「([\u4e00-\u9fff]{3,15}?)」")

# denominations and missions, names by themselves, and a place's or a faith's church before them (香港|圣公会,
# 台湾|基督|长老教会, 伦敦|传道会)
_DENOMINATIONS = ("长老教会", "圣公会", "浸信会", "长老会", "循道会", "卫理公会", "信义会", "公理会", "耶稣会", "传道会",
                  "天主教会", "东正教会", "基督教会", "宣道会", "神召会", "救世军")

_DENOMINATION_AT = re.compile("|".join(_DENOMINATIONS))

_FAITHS = ("基督教", "基督", "中华", "循道", "真耶稣")


def societies(text: str, places: list[Mention] | None = None, table=None) -> list[tuple[int, int]]:
    """Spans of societies, churches and leagues as Wikipedia names them, by the name alone (no generic head
    word's place before it is needed):

    * a name ending in 会, 社 or 团 right after a verb of founding or joining (创立|兴中会, 加入了|觉悟社,
      由|伦敦传道会…创办),
      or a dictionary word ending in 会 before its members' word (耶稣会|传教士); never a meeting (加入|大会,
      运动会) or a kind of body alone (加入|协会, 合作社, 代表团);
    * a name quoted in 「」 that ends in a body's head (「香港专上学生联会」);
    * a denomination or a mission (圣公会, 浸信会, 传道会), with the place or faith written before it
      (香港圣公会, 台湾基督长老教会).

    >>> from zhkg.stages.segment import make_nlp
    >>> from zhkg.stages.segment import token_table
    >>> text = "他早年加入光复会，后来加入大会。这所学校由伦敦传道会于1843年创办。该团体称为「香港专上学生联会」。"
    >>> [text[s:e] for s, e in societies(text, [], token_table(make_nlp()(text)))]
    ['光复会', '伦敦传道会', '香港专上学生联会']
    """
    if table is None:
        return []
    spans: set[tuple[int, int]] = set()
    starts, words = table.starts, table.words
    place_ends = {p.end: p.start for p in places or [] if p.label is Label.PLACE}
    for m in re.finditer("[会社团]", text):
        e = m.end()
        k = table.token_of_char[m.start()]
        token = table.words[k] if k >= 0 else None
        if token is None or not (token.end == e or token.idx == m.start()) \
                or (token.idx == m.start() and dictionary_tag(token.text) != "x"):
            continue  # 会议, 会长: 会 opens another word
        for s in range(max(0, m.start() - 7), m.start()):
            name = text[s:e]
            if s not in starts or name[0] == "了" or not all(map(is_han, name)):
                continue
            k_verb = table.token_of_char[s - 1] if s > 0 else -1
            if k_verb > 0 and words[k_verb].text == "了":
                k_verb -= 1  # 加入了|觉悟社
            verb = words[k_verb].text if k_verb >= 0 else ""
            agent = verb == "由" and re.search("创办|创立|创建|成立|主办|发起|出版", text[e:e + 12])
            members = token.idx == s and token.end == e and dictionary_tag(token.text) != "x" \
                and _SOCIETY_AFTER.match(text, e)
            if verb in _FOUNDING_VERBS or agent or members:
                # a name of nouns, its 会 a word of its own, glued to what follows (传道|会于) or ending a noun
                inner = words[table.token_of_char[s]:k + 1]
                if _names_a_society(name) and (token.idx == m.start() or token.tag in _SOCIETY_TAGS) \
                        and not any(w.tag[:1] in FUNCTION_TAGS or w.tag[:1] in "dmq" for w in inner):
                    spans.add((s, e))
                break
    for m in _QUOTED.finditer(text):
        name, (s, e) = m.group(1), m.span(1)
        head = next((h for h in QUOTED_HEADS if name.endswith(h)), "")
        if not head or len(name) - len(head) < 2 or (name.endswith("会") and not _names_a_society(name)):
            continue
        # the head is a word of its own or ends a word of its kind (管制|局, 学生|联会; not 格局, 牌局), and the
        # name holds no function word or verb (“党对党”, “维持小幅震荡格局”)
        last = words[table.token_of_char[e - 1]]
        inner = words[table.token_of_char[s]:table.token_of_char[e - 1] + 1]
        if (last.idx >= e - len(head) or dictionary_tag(last.text) in ("nt", "nz")) and s in starts \
                and not any(w.tag[:1] in FUNCTION_TAGS or w.tag[:1] in "dmqv" for w in inner):
            spans.add((s, e))
    for m in _DENOMINATION_AT.finditer(text):
        s, e = m.span()
        if s not in starts and not any(text.startswith(f, s - len(f)) for f in _FAITHS):
            continue
        for faith in _FAITHS:
            if text.startswith(faith, s - len(faith)):
                s -= len(faith)
                break
        if s in place_ends and s - place_ends[s] <= 6:
            s = place_ends[s]
        spans.add((s, e))
    return sorted(x for x in spans if not any(y != x and y[0] <= x[0] and x[1] <= y[1] for y in spans))
