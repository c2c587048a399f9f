"""Organisation readings that are no named body, found on the corpus graph's nodes (``bench/org_nodes_audit.py``).

Each kind is a wording, not a list of the names seen:

* **a fund product read as its manager** (华安强债基金, 中银优选基金, 国泰双利债券基金): a name ending in 基金 whose
  last words before 基金 are a fund's style or asset class (债券, 强债, 优选, 成长, 配置, 指数 …) names a product the
  company sells, not a body; the company is named apart (华安基金, 中银基金). A fund right before its manager's title
  (长城久泰红利基金|经理助理) stays: it is the body of the manager's role, as the role readers read it.
* **two bodies coordinated into one** (麻省理工和耶鲁): a name split by 和, 与 or 及 whose first part is a body the
  lexicon knows (``organisations_known.tsv``) is two bodies; each part is its own mention. So is one whose first part
  is a place's government and whose second is a body the lexicon knows or one of a few heads (杨浦区政府与复旦大学,
  北京市政府和北京大学: web114). A ministry named by two fields (工业和信息化部, 住房和城乡建设部) starts with a field,
  no body, and stays whole.
* **a run of names read as one** (a list of housing projects and their managers 信堡水岸耿伟顺驰临海温立伟…): no
  organisation's name runs past :data:`LONGEST` characters without a bracket, a Latin letter or a space;
  the longest in the annotated sets (MSRA, CLUENER, Universal NER dev) is far shorter.
* **a bare sub-unit right after its parent** (住建部|政策法规司, 国家质检总局|质量管理司, 安生教育|北京代表处): a
  department, office, institute or school (…司, …处, …代表处, …研究所, …中心, …学院) written right after the body it
  belongs to is one body with it, named by the parent's full name and its own (住房和城乡建设部政策法规司); alone,
  the node would merge every ministry's 政策法规司.
* **a university's school by its discipline alone** (经贸学院, 化工学院 in an article about 湖南大学): a school
  named by a discipline alone is the school of the one university the document names (湖南大学经贸学院); with no
  university, or several, it is left as read.
* **a legislature's or a cabinet's word alone** (议会, 内阁): the document's one council or cabinet, where it names
  exactly one (第七届立法会 … 完成本届议会的工作: 立法会; 彰化县议会 … 议会则说: 彰化县议会); Taiwan's 内阁 is the
  Executive Yuan (行政院公布内阁异动名单). The web gold names a council so (立法会 with its alias 议会); with none, or
  several, the word is left as read (orgs228).
* **a newspaper's kind alone, or cut out of a word** (晨报 of 晨报讯, 潮新报 of 高潮|新报讯): a body that is a
  paper's kind alone (a byline's or a dateline's, its name lost) (晨报, 晚报, 日报 …) names no paper; one whose first letter ends the word
  before it (高潮) is cut out of that word.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from zhkg.extract.base import merge_joined
from zhkg.records import Label, Mention, MentionSource

if TYPE_CHECKING:
    from zhkg.resources.lexicon import Lexicon
    from zhkg.stages.segment import TokenTable

__all__ = ["DISCIPLINES", "LONGEST", "PAPER_KINDS", "SUBUNIT_HEADS", "drop_non_bodies", "fund_product", "name_kind_words",
           "name_schools", "subunit_name"]

#: A fund's style or asset class, which ends a fund product's name before 基金 (华安|强债|基金, 中银|优选|基金); 货币
#: is left out (国际货币基金 is the IMF).
_FUND_STYLE = re.compile(
    r"(?:债券?|纯债|强债|双利|优选|精选|成长|配置|混合|指数|红利|稳健|蓝筹|增利|增强|灵活|保本|分级|量化|ETF|LOF|QDII)"
    r"[\u4e00-\u9fff]{0,2}基金$")
#: The longest an organisation's name in Han letters alone runs (see the module docstring).
LONGEST = 30
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{" + str(LONGEST + 1) + ",}")
#: A newspaper's kind, which names no paper alone (晨报讯: the paper's own dateline, its name left out).
PAPER_KINDS = frozenset({"晨报", "晚报", "日报", "早报", "商报", "时报", "周报", "快报", "都市报", "青年报", "法制报"})
_COORDINATORS = ("和", "与", "及")
#: A place's government, the first of two bodies coordinated (杨浦区政府|与|复旦大学), and the heads of the second
_GOVERNMENT = "政府"
_PARTNER_HEADS = ("大学", "学院", "医院", "公司", "集团", "银行", "研究院", "政府")
# a fund's manager's title after its name: the fund is the body of the role (长城久泰红利基金|经理助理)
_MANAGER = ("经理", "基金经理")
#: The heads of a body's sub-unit, which names no body without its parent (政策法规司, 北京代表处).
SUBUNIT_HEADS = ("司", "处", "代表处", "办事处", "研究所", "研究中心", "中心", "学院", "办公室", "分社", "分局")
#: Disciplines a university's school is named by alone (经贸|学院, 化工|学院): written for zhkg as facts.
DISCIPLINES = (
    "经贸", "经济", "管理", "经济管理", "经管", "工商管理", "公共管理", "商", "商学", "法", "法学", "政法", "医", "医学",
    "药学", "护理", "文", "文学", "理", "工", "理工", "外国语", "外语", "新闻", "新闻传播", "传媒", "计算机", "信息",
    "信息工程", "软件", "机械", "机械工程", "电子", "电气", "材料", "化工", "化学", "化学化工", "生命科学", "数学",
    "物理", "艺术", "美术", "音乐", "体育", "建筑", "土木", "土木工程", "环境", "教育", "马克思主义", "国际关系",
    "国际", "政治", "历史", "哲学", "金融", "会计", "农学", "能源", "光电", "航空航天", "国际教育", "继续教育",
    "研究生", "人文", "社会科学", "城市规划", "旅游", "设计", "中文", "外事", "财经", "统计", "海洋", "地理",
)
_SCHOOL = re.compile("(?:" + "|".join(sorted(DISCIPLINES, key=lambda w: (-len(w), w))) + ")学院")
#: Extractors whose organisation is no parent of the next (a dateline's outlet: 新华社|北京…).
_NO_PARENT = frozenset({MentionSource.ORG_OUTLET})
#: A government's own units, sub-units only of a government (新北市政府|社会局, 北京市政府|办公厅): after another body
#: a 局 may be a body of its own.
_GOVERNMENT = "政府"
_GOVERNMENT_UNITS = ("局", "厅")


def fund_product(name: str) -> bool:
    """Whether an organisation's (Simplified) name is a fund product's.

    >>> [fund_product(n) for n in ("华安强债基金", "中银优选基金", "国泰双利债券基金", "华安基金", "国际货币基金", "社保基金")]
    [True, True, True, False, False, False]
    """
    return _FUND_STYLE.search(name) is not None


def _coordinated(m: Mention, lexicon: Lexicon) -> list[Mention] | None:
    """The two bodies a name coordinates (麻省理工和耶鲁), or None when it is one name."""
    name = m.simplified
    for i, ch in enumerate(name):
        if ch in _COORDINATORS and 2 <= i <= len(name) - 3 and (
                name[:i] in lexicon.known_organisations or _government_and_body(name[:i], name[i + 1:], lexicon)):
            left = replace(m, end=m.start + i, text=m.text[:i], simplified=name[:i], canonical="")
            right = replace(m, start=m.start + i + 1, text=m.text[i + 1:], simplified=name[i + 1:], canonical="")
            return [left, right]
    return None


def _government_and_body(left: str, right: str, lexicon: Lexicon) -> bool:
    """Whether ``left`` is a place's government and ``right`` a body (北京市政府|北京大学; not 工业|信息化部)."""
    return left.endswith(_GOVERNMENT) and (right in lexicon.known_organisations or right.endswith(_PARTNER_HEADS))


def _cut_outlet(m: Mention, table: TokenTable | None) -> bool:
    """Whether a dateline's outlet starts inside the word before it (高潮|新报)."""
    return table is not None and len(m.simplified) <= 4 and m.start > 0 and m.start not in table.starts


# a city's police bureau and Taiwan's short form of a county's government: its precincts (中坜分局) and departments
# (县府|主计处) are bodies of their own, as the web set's gold counts them (orgs234)
_OWN_UNITS_AFTER = ("警局", "警察局", "县府", "市府")


def subunit_name(name: str, parent: Mention | None) -> str:
    """The full name of a bare sub-unit written right after its parent (住建部|政策法规司), or "" when ``name`` is no
    sub-unit or no organisation stands right before it.

    >>> parent = Mention("d", 0, 3, "住建部", "住建部", Label.ORGANIZATION, "alias", canonical="住房和城乡建设部")
    >>> subunit_name("政策法规司", parent), subunit_name("建设银行", parent), subunit_name("政策法规司", None)
    ('住房和城乡建设部政策法规司', '', '')

    A government's bureau or department too (新北市政府|社会局, review140: the bare 社会局 of two counties was one node).

    >>> county = Mention("d", 0, 5, "新北市政府", "新北市政府", Label.ORGANIZATION, "org_known", canonical="新北市政府")
    >>> subunit_name("社会局", county), subunit_name("办公厅", county)
    ('新北市政府社会局', '新北市政府办公厅')
    """
    if (parent is None or parent.label is not Label.ORGANIZATION or parent.extractor in _NO_PARENT
            or not name.endswith(SUBUNIT_HEADS + (_GOVERNMENT_UNITS if parent.name.endswith(_GOVERNMENT) else ()))
            or len(name) > 8 or parent.simplified.endswith(SUBUNIT_HEADS + _OWN_UNITS_AFTER)):
        return ""
    return parent.name + name


def _join_subunits(mentions: list[Mention], text: str) -> list[Mention]:
    """A parent body right before a bare sub-unit of it, as one mention (住建部|政策法规司 -> 住房和城乡建设部政策法规司)."""
    orgs = sorted((m for m in mentions if m.label is Label.ORGANIZATION), key=lambda m: (m.start, -m.end))
    joined: dict[int, Mention] = {}
    for a, b in zip(orgs, orgs[1:]):
        name = subunit_name(b.simplified, a) if a.end == b.start and id(a) not in joined else ""
        if name:
            whole = replace(a, end=b.end, text=a.text + b.text, simplified=a.simplified + b.simplified, canonical=name)
            joined[id(a)] = joined[id(b)] = whole
    return merge_joined(mentions, joined)


def name_schools(mentions: list[Mention]) -> list[Mention]:
    """One document's canonicalised mentions, each school named by a discipline alone named with the document's one
    university (经贸学院 -> 湖南大学经贸学院: see the module docstring); run after canonical names are given
    (:func:`zhkg.stages.resolve.canonicalise`).

    >>> text = "来到湖南大学。经贸学院学生说"
    >>> ms = [Mention("d", s, e, text[s:e], text[s:e], Label.ORGANIZATION, "org_suffix", canonical=text[s:e])
    ...       for s, e in ((2, 6), (7, 11))]
    >>> [m.canonical for m in name_schools(ms)]
    ['湖南大学', '湖南大学经贸学院']
    """
    schools = [m for m in mentions if m.label is Label.ORGANIZATION and _SCHOOL.fullmatch(m.name)]
    if not schools:
        return mentions
    universities = sorted({m.name for m in mentions if m.label is Label.ORGANIZATION
                           and m.name.endswith("大学")})
    if len(universities) != 1:
        return mentions
    named = {id(m): replace(m, canonical=universities[0] + m.name) for m in schools}
    return [named.get(id(m), m) for m in mentions]


#: Words for a legislature or a cabinet written alone, and what the body each stands for ends in: a council (台中市议会,
#: 区议会) or Hong Kong's Legislative Council; Taiwan's Executive Yuan, its cabinet.
KIND_WORDS = {"议会": ("议会", "立法会"), "内阁": ("行政院",)}


def name_kind_words(mentions: list[Mention]) -> list[Mention]:
    """One document's canonicalised mentions, each legislature's or cabinet's word alone (议会, 内阁) named as the
    document's one body it stands for (see the module docstring); run after canonical names are given.

    >>> text = "第七届立法会今天闭会，议员完成本届议会的工作。"
    >>> ms = [Mention("d", s, s + len(w), w, w, Label.ORGANIZATION, "crf", canonical=w)
    ...       for w in ("立法会", "议会") for s in [text.index(w, 5 if w == "议会" else 0)]]
    >>> [(m.start, m.name) for m in name_kind_words(ms)]
    [(3, '立法会'), (17, '立法会')]
    >>> text = "香港立法会今天开会，立法会主席说，议会将休会。"
    >>> ms = [Mention("d", s, s + len(w), w, w, Label.ORGANIZATION, "crf", canonical=w)
    ...       for w, s in (("香港立法会", 0), ("立法会", 10), ("议会", 17))]
    >>> [m.name for m in name_kind_words(ms)]
    ['香港立法会', '立法会', '立法会']
    >>> text = "日本首相宣布内阁名单。"
    >>> ms = [Mention("d", 6, 8, "内阁", "内阁", Label.ORGANIZATION, "crf", canonical="内阁")]
    >>> [m.name for m in name_kind_words(ms)]
    ['内阁']
    """
    words = [m for m in mentions if m.label is Label.ORGANIZATION and m.name in KIND_WORDS]
    if not words:
        return mentions
    named: dict[int, Mention] = {}
    for word, ends in KIND_WORDS.items():
        bodies = {m.name for m in mentions if m.label is Label.ORGANIZATION and m.name != word
                  and m.name.endswith(ends)}
        # one body, however often qualified (香港立法会, 立法会: the shortest, which every other name ends in)
        body = min(bodies, key=len) if bodies else ""
        if body and all(b.endswith(body) for b in bodies):
            named.update((id(m), replace(m, canonical=body)) for m in words if m.name == word)
    return [named.get(id(m), m) for m in mentions] if named else mentions


def drop_non_bodies(mentions: list[Mention], text: str, lexicon: Lexicon, table: TokenTable | None = None) -> list[Mention]:
    """The mentions less the organisations that are no named body (see the module docstring); a coordinated pair
    of known bodies becomes two mentions.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "哈佛、麻省理工和耶鲁。华安强债基金发行。"
    >>> ms = [Mention("d", s, e, text[s:e], text[s:e], Label.ORGANIZATION, "crf") for s, e in ((3, 10), (11, 17))]
    >>> [m.simplified for m in drop_non_bodies(ms, text, load_lexicon())]
    ['麻省理工', '耶鲁']
    >>> text = "住建部政策法规司副司长"
    >>> ms = [Mention("d", 0, 3, "住建部", "住建部", Label.ORGANIZATION, "alias", canonical="住房和城乡建设部"),
    ...       Mention("d", 3, 8, "政策法规司", "政策法规司", Label.ORGANIZATION, "crf")]
    >>> [(m.simplified, m.canonical) for m in drop_non_bodies(ms, text, load_lexicon())]
    [('住建部政策法规司', '住房和城乡建设部政策法规司')]
    """
    out: list[Mention] = []
    changed = False
    for m in mentions:
        if m.label is not Label.ORGANIZATION:
            out.append(m)
            continue
        name = m.name
        if (fund_product(name) and not text.startswith(_MANAGER, m.end)) or m.simplified in PAPER_KINDS or _HAN_RUN.search(m.simplified) or (
                m.extractor == MentionSource.ORG_OUTLET and _cut_outlet(m, table)):
            changed = True
            continue
        parts = _coordinated(m, lexicon) if any(c in m.simplified for c in _COORDINATORS) else None
        if parts:
            changed = True
            out.extend(parts)
        else:
            out.append(m)
    return _join_subunits(out if changed else mentions, text)
