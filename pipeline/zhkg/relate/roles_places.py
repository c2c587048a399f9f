"""The place or state a title is fused with, for the role readers (:mod:`zhkg.relate.roles`): a place's
government's titles and divisions (深圳市市长; :func:`_division_kind`, :func:`_division_for`), Taiwan's and Hong Kong's
short forms (北市长: :func:`_city_short_form`, :func:`_taiwan_short_form`), envoys of a sending state (:func:`_sending`),
a party's 籍 (:func:`_party_of_member`), the Qing viceroys' regions, dynasties and fiefs (汝南王, 宋朝宰相:
:func:`_dynasty_ending_at`, :func:`_fief_title`), a place's government no extractor named (:func:`_place_government`)
and cabinet posts of no government.

Caveats: places come from the gazetteer and jieba's ``ns`` tag; a body the recogniser read as a place is tested by
:func:`_body_read_as_place`. Moved verbatim from ``relate/roles.py`` (tidy65): no definition's text changed.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention
from zhkg.relate.base import RelationContext
from zhkg.relate.roles_careers import place_after_province
from zhkg.relate.roles_implied import LEGISLATOR_TITLES
from zhkg.relate.roles_titles import _DIVISION_HEAD_TITLES, _DIVISION_HEADS, _role_at
from zhkg.relate.roles_words import _HISTORIC_REGIONS, _dictionary_tag, _words
from zhkg.resources.gazetteer import load_gazetteer
from zhkg.stages.resolve import leading
from zhkg.text import is_han

__all__ = [
    "_TAIWAN_SHORT_FORMS",
    "_city_short_form",
    "_historic_region",
    "_party_of_member",
    "_sending",
    "_PLACE_ENDINGS",
    "_body_read_as_place",
    "_historic_state",
    "_SPECIAL_REGION",
    "_SPECIAL_REGION_CODES",
    "_division_kind",
    "_LEGISLATOR_TUPLE",
    "_division_for",
    "_GENERAL_TITLES",
    "_DYNASTY_LETTERS",
    "_TITLES_BEFORE_HOLDER",
    "_ANCIENT_STATES",
    "_MAX_FIEF",
    "_ENFEOFFS",
    "_FIEF_LEFT_EDGE",
    "_fief_title",
    "_state_after_a_word",
    "_fief_before",
    "_TAIWAN_LETTER",
    "_TAIWAN_STATE_TITLES",
    "_TAIWAN",
    "_taiwan_short_form",
    "_PARTY_BODIES",
    "_PARTY_ROLES",
    "_PLACE_COMMITTEES",
    "_government",
    "_BODY_LEFT_EDGE",
    "_TWO_LETTER_DYNASTIES",
    "_DYNASTY",
    "_HOUSE_TAGS",
    "_MAX_DYNASTY",
    "_dynasty_ending_at",
    "_PHRASE_END_TAGS",
    "_ARMY_UNITS",
    "_STATE_HEAD_TITLES",
    "_no_party_post",
    "_STATE_ADVERBS",
    "_made_of_states",
    "_era_end",
    "_place_government",
    "_CABINET_POSTS",
    "_GOVERNMENTS",
    "_PARTY_ENDS",
    "_cabinet_post_of_no_government",
]


#: Taiwan's cities and counties by the one letter the press writes before 市 or 县 for them (北市长柯文哲, 北市副市长,
#: 高市议员, 竹县长).
_TAIWAN_SHORT_FORMS = {
    "市": {"北": "台北市", "高": "高雄市", "中": "台中市", "南": "台南市", "桃": "桃园市", "竹": "新竹市", "嘉": "嘉义市",
          "基": "基隆市"},
    "县": {"竹": "新竹县", "苗": "苗栗县", "彰": "彰化县", "投": "南投县", "嘉": "嘉义县", "屏": "屏东县"},
}  # not 云县 or 花县: counties of Yunnan and (once) Guangdong are so named


def _city_short_form(ctx: RelationContext, p: int, role: str) -> Mention | None:
    """The Taiwan city or county a letter and 市 or 县 name before a place's ``role`` starting at ``p`` (北市长: 市长
    of 台北市, the 市 shared; 北市副市长; 竹县长: 新竹县), derived with its code; ``None`` when the letter ends a longer
    word (新北市长 is 新北市's)."""
    simplified = ctx.simplified
    kind = simplified[p - 1 : p] if simplified[p - 1 : p] in _TAIWAN_SHORT_FORMS else ""
    if kind:
        letter, end = p - 2, p
    elif role[:1] in _TAIWAN_SHORT_FORMS:
        kind, letter, end = role[0], p - 1, p + 1
    else:
        return None
    name = _TAIWAN_SHORT_FORMS[kind].get(simplified[letter]) if letter >= 0 else None
    if name is None or (letter > 0 and is_han(simplified[letter - 1]) and simplified[letter - 1] not in _BODY_LEFT_EDGE):
        return None
    divisions = load_gazetteer().lookup(name)
    return ctx.derive_mention(letter, end, Label.PLACE, name, divisions[0].code if len(divisions) == 1 else "")


def _historic_region(ctx: RelationContext, holder: Mention | None) -> Mention | None:
    """A Qing viceroy's region as written (两江总督: 两江) when resolution gave the place the name of a place of
    today (两江新区); any other holder as it is."""
    if holder is not None and holder.label is Label.PLACE and holder.simplified in _HISTORIC_REGIONS \
            and holder.name != holder.simplified:
        return ctx.derive_mention(holder.start, holder.end, Label.PLACE)
    return holder


def _party_of_member(ctx: RelationContext, holder: Mention | None) -> Mention | None:
    """The party of a name the recogniser ran on over 籍 (民进党籍立委: 立委 of 民进党), any other holder as it is."""
    if holder is not None and holder.label is Label.ORGANIZATION and holder.simplified.endswith("党籍") \
            and holder.end - holder.start > 2:
        return ctx.derive_organisation(holder.start, holder.end - 1)
    return holder


def _sending(ctx: RelationContext, at: int) -> Mention | None:
    """The state or body an envoy stationed somewhere serves, its name ending at ``at`` where 驻 (or 常驻) begins
    (英国驻华大使, 中国常驻联合国代表), or ``None`` when the text names none (驻华大使 is no post of China's)."""
    at -= ctx.simplified.endswith("常", 0, at)
    return ctx.place_ending_at.get(at) or ctx.org_ending_at.get(at)


#: Last characters of a real place's name: a model "place" ending otherwise may be a body (华视, 中视).
_PLACE_ENDINGS = frozenset("国省市县区州乡镇村岛洲洋海湖河江山湾岸路街道里城港口峡盟旗屯寨庄镇部")


def _body_read_as_place(ctx: RelationContext, place: Mention) -> bool:
    """Whether a place before a body's role (总经理, 主编) is an organisation the recogniser labelled a place:
    only the recogniser's guess, with no division code, of two to four letters, ending like no place name
    (華視總經理江霞: 华视 is a broadcaster; 亚太区总裁 and 香港副总裁 keep their place)."""
    return (place.extractor == "crf" and not place.code and 2 <= place.end - place.start <= 4
            and place.simplified.isalnum() and place.simplified[-1] not in _PLACE_ENDINGS)


def _historic_state(place: Mention) -> bool:
    """Whether a place is a state of history (a code ``HIST:…`` of ``place_extra_divisions.tsv``: 莫卧儿帝国,
    奥斯曼帝国): before a body's role (创始人, 海军司令) it is the polity, read as the body that holds the role."""
    return (place.code or "").startswith("HIST:")


_SPECIAL_REGION = "特别行政区"


_SPECIAL_REGION_CODES = frozenset({"HK", "MO"})


def _division_kind(title: str) -> str:
    """The kind of division a head's ``title`` heads (its canonical name's last letter, or the special region)."""
    return next((k for t, k in _DIVISION_HEADS.items() if title.endswith(t)), _SPECIAL_REGION)


#: A legislator's titles, longest first, as :func:`_title_after` looks for them after a name (王明立委表示).
_LEGISLATOR_TUPLE = tuple(sorted(LEGISLATOR_TITLES, key=len, reverse=True))


def _division_for(ctx: RelationContext, places: list[Mention], at: int, kind: str) -> Mention | None:
    """The coded place of ``kind`` a bare title at ``at`` heads (see :func:`_unwritten_divisions`)."""
    i = ctx.sentence_index(at)  # the document's sentences (RelationContext)
    start = ctx.sentences[max(i - 1, 0)][0] if i >= 0 else 0
    of_kind = [p for p in places if (p.code in _SPECIAL_REGION_CODES if kind == _SPECIAL_REGION
                                     else p.name.endswith(kind))]
    near = [p for p in of_kind if start <= p.start and p.end <= at]
    if near:  # two of the kind there (北京市和上海市…。市长 X) leave the title's division open
        return max(near, key=lambda p: p.end) if len({p.code for p in near}) == 1 else None
    home = leading(p.code for p in of_kind)
    return next((p for p in of_kind if p.code == home), None) if home else None


#: A general's titles after the state he served, right before his name: 明将李成梁, 汉朝名将班超.
_GENERAL_TITLES = ("名将", "大将", "将")


#: The states and dynasties of China's history whose one letter names them before 将 (明将, 清将, 魏将).
_DYNASTY_LETTERS = frozenset("秦汉晋隋唐宋辽金元明清魏蜀吴楚")


#: The titles of a fief written between its name and its holder's: 汝南王司马亮, 沛侯刘濞, 燕王朱棣 (the titles a
#: grant confers, 鲁国公 of 受封为鲁国公, are :data:`zhkg.relate.roles_wiki._GRANTED_TITLES`, a longer list).
_TITLES_BEFORE_HOLDER = ("郡王", "亲王", "王", "侯", "公")


#: The states of China's antiquity whose one letter names a fief (楚王, 吴王, 齐王), which jieba tags no place.
_ANCIENT_STATES = frozenset("齐楚燕韩赵魏秦吴越晋鲁宋卫郑蔡梁蜀")


#: The most letters of a fief's name (汝南, 淮阴, 东平).
_MAX_FIEF = 3


#: Verbs that grant a fief: 封沛侯刘濞为吴王, 册封…为, 改封…为.
_ENFEOFFS = ("册封", "改封", "受封", "加封", "封")


#: What may stand right before a fief's name: a clause's start, a function word, 和 or 、 in a list.
_FIEF_LEFT_EDGE = frozenset("的为是任在于由之与和及朝时被将把从到对向令、")


def _fief_title(ctx: RelationContext, start: int, end: int) -> str:
    """The fief's title that ``[start, end)`` closes when the letters are a fief's name and its title (楚王, 吴王;
    汝南王, 沛侯: a place's word of jieba's dictionary), or ``""``."""
    simplified = ctx.simplified
    if not simplified.endswith(_TITLES_BEFORE_HOLDER, start, end):  # one test in C: most letters close no title
        return ""
    for title in _TITLES_BEFORE_HOLDER:
        fief = simplified[start : end - len(title)]
        if simplified.endswith(title, start, end) and 1 <= len(fief) <= _MAX_FIEF \
                and ((len(fief) == 1 and fief in _ANCIENT_STATES) or _dictionary_tag(fief) == "ns"):
            return title
    return ""


def _state_after_a_word(ctx: RelationContext, b: int, at: int, person: Mention) -> bool:
    """Whether the one-letter state at ``b`` stands after a word that ends before it (俘虏|楚王负刍, 击败|齐王), not
    at the end of one (清楚|王小明, 痛楚): the name after the title read apart, the letters before no mention."""
    simplified = ctx.simplified
    return at == person.start and at - b == 2 and simplified[b] in _ANCIENT_STATES and b >= 1 \
        and _dictionary_tag(simplified[b - 1 : b + 1]) in ("", "x") \
        and not (b >= 2 and _dictionary_tag(simplified[b - 2 : b + 1]) not in ("", "x")) \
        and not any(m.start < b <= m.end - 1 or m.end == b for m in ctx.mentions if m.label is not Label.PLACE)


def _fief_before(ctx: RelationContext, person: Mention) -> tuple[int, int, str] | None:
    """(where the fief's name starts, where the holder's name starts, the title) for a fief's name and title written
    before a person's name, in its span or not: the recogniser may run the name back over them (汝南王|司马亮,
    沛侯|刘濞), over the title only (淮南|王刘安: 王 read as a surname) or leave them out (燕|王|朱棣); the name a
    known surname and one or two more letters, the fief at a clause's start or after a function word (和楚王司马玮);
    ``None`` when nothing such is written (吴王芳 is one name, 歌王张学友 has no place)."""
    simplified = ctx.simplified
    for at in range(person.start, min(person.start + _MAX_FIEF + 2, person.end - 2) + 1):
        given = simplified[at : person.end]
        if at > person.start and not (len(given) in (2, 3) and (given[:1] in ctx.lexicon.surnames
                                                                or given[:2] in ctx.lexicon.surnames)):
            continue
        for b in range(at - 2, max(at - _MAX_FIEF - 2, -1), -1):
            title = _fief_title(ctx, b, at)
            if title and (b <= 0 or b == person.start or not simplified[b - 1].isalnum()
                          or simplified[b - 1] in _FIEF_LEFT_EDGE or _state_after_a_word(ctx, b, at, person)) \
                    and not any(m.start < person.start and b < m.end and m.label is not Label.PLACE
                                for m in ctx.mentions if m is not person):
                return b, at, title
    return None


#: The one letter mainland news writes for Taiwan before a state's title it sets in quotation marks (台“副总统”X),
#: and the titles so read: the state's alone (台“立委”X names no body, as “立委”X does not).
_TAIWAN_LETTER = "台"


_TAIWAN_STATE_TITLES = frozenset({"总统", "副总统", "领导人"})


_TAIWAN = "台湾"


def _taiwan_short_form(ctx: RelationContext, p: int, role: str) -> Mention | None:
    """台湾, derived with its code, when the one letter 台 stands right before ``p`` (an opening quotation mark before a
    state's title: 台“总统”马英九) opening its phrase; ``None`` when the letter ends a longer word (舞台“总统”)."""
    simplified = ctx.simplified
    b = p - len(_TAIWAN_LETTER)
    if role not in _TAIWAN_STATE_TITLES or b < 0 or not simplified.startswith(_TAIWAN_LETTER, b) \
            or (b > 0 and is_han(simplified[b - 1]) and simplified[b - 1] not in _BODY_LEFT_EDGE):
        return None
    divisions = load_gazetteer().lookup(_TAIWAN)
    return ctx.derive_mention(b, p, Label.PLACE, _TAIWAN, divisions[0].code if len(divisions) == 1 else "")


#: What names a party committee, and the roles that are the committee's: 党委副书记、副局长 (副局长 is the 局's).
_PARTY_BODIES = ("党工委", "党委", "党组")


_PARTY_ROLES = ("书记", "常委", "委员", "成员")


# a place's party committee: 深圳市委, 广东省委 (its non-party roles a place's government holds are the place's)
_PLACE_COMMITTEES = ("市委", "省委", "县委", "区委", "州委")


def _government(ctx: RelationContext, holder: Mention, role: str, at: int, written: bool) -> Mention | None:
    """Who holds ``role`` (at ``at``) in a chain whose holder is ``holder``: the holder, or for a role that is
    no party role after a party committee, the body the committee leads (伊犁农垦局党委副书记、副局长: 副局长 of
    伊犁农垦局; 西藏自治区党委常委、政府常务副主席: 常务副主席 of 西藏自治区政府, ``written`` 政府; 深圳市委常委、
    副市长: 副市长 of 深圳市)."""
    name = holder.name
    party = any(p in role for p in _PARTY_ROLES)
    if not party and role in ctx.lexicon.place_roles and name.endswith(_PLACE_COMMITTEES):
        place = ctx.place_starting_at.get(holder.start)
        if place is not None and place.end == holder.end - 1:
            return place
        if place is not None and place.end < holder.end - 1:  # 甘肃省定西市委副书记、市长: 定西市's (careers307)
            return place_after_province(ctx, place, holder.end - 1, role)
        return None  # 市委常委、常务副市长: the mayor's city is not written, and the committee is no mayor
    body = next((b for b in _PARTY_BODIES if name.endswith(b) and holder.simplified.endswith(b)), None)
    if body is None or party:
        return None if written else holder
    base = name[: -len(body)]
    if len(base) < 2:
        return None if written else holder
    if written:  # 政府 right before the role
        return ctx.derive_organisation(at - 2, at, canonical=base + "政府")
    return ctx.derive_organisation(holder.start, holder.end - len(body), canonical=base)


#: What ends the letters of a body's name on its left, inside a clause: 为第三舰队司令, 的陆军省次长, 道光朝直隶总督.
_BODY_LEFT_EDGE = frozenset("的为是任在于由之与和及朝时被将把从到对向令")


#: Dynasties and states of China's history named by two letters, the standard periodisation's (西汉, 东晋, 北魏, 北宋,
#: the Five Dynasties' 后唐, 后周; the Ten Kingdoms' 南唐, 吴越): 北宋宰相, 东汉太尉.
_TWO_LETTER_DYNASTIES = ("西周", "东周", "西汉", "东汉", "新朝", "蜀汉", "曹魏", "孙吴", "东吴", "西晋", "东晋", "前秦", "后秦",
                         "前燕", "后燕", "北魏", "东魏", "西魏", "北齐", "北周", "刘宋", "南齐", "南梁", "南陈", "后梁",
                         "后唐", "后晋", "后汉", "后周", "南唐", "吴越", "前蜀", "后蜀", "南汉", "北汉", "北宋", "南宋",
                         "西夏", "西辽", "大清", "大明")


#: A dynasty of China's history by its one letter and 朝 or 代 (宋朝宰相, 唐朝第十代皇帝, 唐代宰相), which jieba tags a time,
#: or by its two letters, 朝 maybe after them (北宋宰相, 东汉太尉).
_DYNASTY = re.compile(r"(?:[夏商周秦汉晋隋唐宋辽金元明清][朝代]|(?:" + "|".join(_TWO_LETTER_DYNASTIES) + ")朝?)$")


#: jieba's tags of a word that opens a house's or a country's name: a place, a name, a foreign word.
_HOUSE_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "x"})


#: The most letters of a house's or a country's name before 王朝 (埃及第四王朝, 朝鲜王朝).
_MAX_DYNASTY = 6


def _dynasty_ending_at(ctx: RelationContext, q: int, role: str) -> tuple[int, Label] | None:
    """Where a dynasty ending at ``q`` starts, as a state holding a ruler's or a minister's title (one a place's
    government holds): 宋朝宰相王安石, 唐朝第十代皇帝; or letters ending in 王朝 from the clause's start or a
    function word (埃及第四王朝, 朝鲜王朝), nothing named in them but a place; ``None`` otherwise."""
    if role not in ctx.lexicon.place_roles:
        return None
    simplified = ctx.simplified
    found = next((m for b in (q - 3, q - 2) if b >= 0 and (m := _DYNASTY.match(simplified, b, q))), None)
    if found is not None and (found.start() == 0 or not simplified[found.start() - 1].isalnum()
                              or simplified[found.start() - 1] in _BODY_LEFT_EDGE):
        return found.start(), Label.PLACE
    if not simplified.endswith("王朝", 0, q):
        return None
    edge = _BODY_LEFT_EDGE - {"朝"}  # 朝鲜王朝
    b = q - 2
    while b > 0 and q - b < _MAX_DYNASTY + 2 and simplified[b - 1].isalnum():
        if (place := ctx.place_ending_at.get(b)) is not None and place.start < b:
            b = place.start  # a place's name is no edge: 埃及 (及)
        elif simplified[b - 1] in edge:
            break
        else:
            b -= 1
    words = _words(simplified[b : q - 2])
    if not words or (b > 0 and simplified[b - 1].isalnum() and simplified[b - 1] not in edge) \
            or any(_dictionary_tag(w) in _PHRASE_END_TAGS for w in words) \
            or (_dictionary_tag(words[0]) not in _HOUSE_TAGS and b not in ctx.place_starting_at) \
            or any(m.start < q and b < m.end and m.label in (Label.PERSON, Label.ORGANIZATION) for m in ctx.mentions):
        return None  # 他说王朝皇帝, 新王朝: no house's name
    return b, Label.PLACE


#: jieba's tags of words that end a phrase before a body's name: verbs, prepositions, conjunctions, adverbs,
#: particles, pronouns, times (说服|第三军, 运营|总部).
_PHRASE_END_TAGS = frozenset({"v", "vd", "vn", "p", "c", "d", "ad", "r", "t", "f", "y", "e", "o",
                              "u", "uj", "ul", "uz", "ug", "ud", "uv"})


#: An army's units among them (第七十四军, 第五十一师): a numbered unit after the army is the head's, never the army.
_ARMY_UNITS = frozenset("军师旅")


#: A state's or a division's head, never a party's, though chained after a party's post (国民党主席兼“总统”X).
_STATE_HEAD_TITLES = frozenset({"总统", "副总统", "总理", "副总理", "首相", "领导人", *_DIVISION_HEAD_TITLES})


def _no_party_post(holder: Mention, role: str) -> bool:
    """Whether ``role``, chained after a post of the party ``holder``, is a state's or a division's head."""
    return role in _STATE_HEAD_TITLES and holder.label is Label.ORGANIZATION and holder.simplified.endswith("党")


#: Adverbs of state and of times before a link, kept before 是 as well: 目前是, 亦是, 曾两度出任.
_STATE_ADVERBS = ("两度", "三度", "多次", "一度", "目前", "现在", "当时", "同时", "长期", "一直", "亦")


def _made_of_states(adverb: str) -> bool:
    """Whether ``adverb`` is a run of adverbs of state (目前, 亦, 也, 曾…), after which 是 still names a post."""
    while adverb:
        a = next((a for a in _STATE_ADVERBS + ("也", "曾", "还") if adverb.startswith(a)), "")
        if not a:
            return False
        adverb = adverb[len(a):]
    return True


def _era_end(ctx: RelationContext, start: int) -> int:
    """Where a reign the recogniser read as a person's name ends, 朝 included (道光|朝), or ``start``."""
    name = next((m for m in ctx.mentions if m.label is Label.PERSON and m.start == start), None)
    return name.end + 1 if name is not None and ctx.simplified.startswith("朝", name.end) else start


def _place_government(ctx: RelationContext, start: int) -> tuple[Mention, str, int] | None:
    """A place starting at ``start``, its government and a title right after (臺灣省政府主席: 主席 of the derived
    臺灣省政府), or ``None``."""
    place = ctx.place_starting_at.get(start)
    if place is None:
        return None
    gov = next((g for g in _GOVERNMENTS if ctx.simplified.startswith(g, place.end)), None)
    role = _role_at(ctx, place.end + len(gov)) if gov else None
    if role is None:
        return None
    end = place.end + len(gov)
    return ctx.derive_organisation(place.start, end), role, end + len(role)


#: The posts of a government's head and its cabinet (``roles.tsv``'s place titles ending so: 国务总理, 外交总长, 总理,
#: 首相, 总统, 大臣, 省长…): a body named before a bare one holds it only when it is a government (北洋军进驻北京，段祺瑞任
#: 总理 names no army's premier). A party's or a league's 总理 is its own (中华革命党总理).
_CABINET_POSTS = ("总长", "总理", "首相", "总统", "大臣", "国务卿", "国务委员", "外长", "防长", "财长", "外相", "宰相", "丞相", "省长",
                  "市长", "县长", "区长", "乡长", "镇长", "州长", "行政长官", "特首")


_GOVERNMENTS = ("政府", "内阁", "国务院")


_PARTY_ENDS = ("党", "会")


def _cabinet_post_of_no_government(ctx: RelationContext, role: str, holder: Mention) -> bool:
    """Whether ``role``, a government's post, would go to ``holder``, a body that is no government (讨逆军, 北洋军)."""
    if not (role.endswith(_CABINET_POSTS) and role in ctx.lexicon.place_roles and holder.label is Label.ORGANIZATION):
        return False
    name = holder.name
    return not (name.endswith(_GOVERNMENTS) or (role.endswith("总理") and name.endswith(_PARTY_ENDS)))
