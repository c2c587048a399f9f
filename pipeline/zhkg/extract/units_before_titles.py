"""A body's unit read into the body's name right before the title of someone serving in the unit (issue 15).

News names an officer's post by the body, the unit inside it and the title, back to back: 海螺集团|党委|书记,
中正大学|社会科学院|院长, 长庚纪念医院基隆院区|血液肿瘤科|主治医师, 金门县议会|总务组|主任, 国研院|半导体中心|副主任,
国立交通大学|电子研究所|博士. The recogniser (trained on MSRA, which marks 北京大学党委 and 北京大学法律系 whole) and the
suffix grammar read body and unit as one organisation, a node no one else names; the web dev set's gold names the
body (海螺集团, 中正大学), and the roles' gold holds the post of it (党委书记 of 海螺集团). A recogniser's or a grammar's
organisation is cut to the body when:

* the title (a role word of ``roles.tsv``, or a degree: 博士, 硕士) stands right after it, or shares the unit's last
  letter (社会科学|院长: the unit's 院 opens the title);
* it ends in a party organ the title takes (党委, 党工委, 党总支: 党委书记 is one post, as 党组书记 is for
  :mod:`zhkg.extract.model_bodies`) with two letters at least before it, no division's (宁夏回族自治区党委 is the
  region's own body, as 省委 is); or
* the letters before the unit end in a body's head (大学, 医院, 院区, 议会, 研究院, 会, 院 …: :data:`BODY_HEADS`) and
  the unit is two letters or more ending in a unit's head (中心, 研究所, 学系, 系, 科, 组: :data:`UNIT_HEADS`; after a
  school or a hospital 学院 too, or a field whose head the title shares: 社会科学|院长). An academy (科学院) is no
  school; a school's 处 (华中抗大五分校|政治处, MSRA's one such name of its dev split) is left whole.

A listed name (``organisations_known.tsv``, an alias) is whole, and so is a unit that is a body of its own wherever it
stands: an office (国务院|新闻办公室), a ministry's or a commission's bureau (国资委|企业改革局: MSRA and the mainland gold
mark it whole), a school's own hospital, school or press (北京大学|人民医院). The body keeps the mention's reader and
start; a short form the alias reader gave the glued name (复旦大学 of 复旦大学党委) names the body. On the dev
splits that mark units whole (``bench/ner_eval.py``): MSRA dev's names so placed are kept (国务院新闻办公室,
华中抗大五分校政治处); CLUENER dev loses 中国人民大学|经济学院 before 副院长, the web gold's convention against its own. Run on a document's merged mentions, after :func:`zhkg.extract.glued_bodies.bodies_unglued`, before the
mentions are selected.
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon

__all__ = ["BODY_HEADS", "PARTY_ORGANS", "UNIT_HEADS", "body_before_unit", "units_before_titles"]

#: A party organ whose title is one post with it (党委书记, 党工委副书记, 党总支委员).
PARTY_ORGANS = ("党工委", "党总支", "党委")
#: The head of a body a school, a hospital or a council: what stands after it before a title is its unit.
_SCHOOL_HEADS = ("大学", "学院", "医院", "院区", "校区", "分院", "分校")
#: A hospital's or a school's campus, part of its name (…医院|基隆院区).
_CAMPUS_HEADS = ("院区", "校区", "分院", "分校")
#: The head of any other body that has units (longest first where one ends another).
BODY_HEADS = _SCHOOL_HEADS + ("研究院", "科学院", "议会", "集团", "公司", "会", "院")
#: The head of a unit inside a body (an office, 办公室, is a body of its own: 国务院新闻办公室; so is a ministry's or a
#: commission's bureau, 局 or 处, by MSRA's convention and the mainland gold's: 国务院国资委企业改革局).
UNIT_HEADS = ("研究中心", "研究所", "中心", "学系", "系", "科", "组")
#: The head of a unit that is a body of its own wherever it stands (北京大学|附属中学, 北京大学|人民医院|院长).
_OWN_BODY_HEADS = ("中学", "小学", "幼儿园", "医院", "出版社", "公司", "集团", "研究院", "附中", "附小")
#: The last letter of a division's name, whose party committee is the division's own body.
_DIVISION_LEVELS = tuple("省市县区州乡镇村旗盟")
#: Degrees written after the unit that granted them (国立交通大学电子研究所|博士).
_DEGREES = ("博士", "硕士")
#: Readers whose name's right edge is a guess: the recogniser's and the suffix grammar's.
_GUESSED = frozenset({MentionSource.RECOGNISER.value, MentionSource.ORG_SUFFIX.value})


def _title_follows(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether a title (a role word, perhaps after 副, or a degree) opens at ``end`` of ``text``."""
    return bool(lexicon.role_at(text, end)) or text.startswith(_DEGREES, end)


def body_before_unit(name: str, *, shared: bool = False) -> str:
    """The body that opens ``name`` (Simplified) when the rest is a unit of it (this module's docstring), or "".
    ``shared``: the title after the name opens with a letter the unit's head would end with (社会科学|院长).

    >>> body_before_unit("海螺集团党委"), body_before_unit("长庚纪念医院基隆院区血液肿瘤科")
    ('海螺集团', '长庚纪念医院基隆院区')
    >>> body_before_unit("国研院半导体中心"), body_before_unit("国立中央大学理学院光电科学研究所")
    ('国研院', '国立中央大学')
    >>> body_before_unit("宁夏回族自治区党委"), body_before_unit("国务院国资委企业改革局")
    ('', '')
    >>> body_before_unit("中正大学社会科学", shared=True), body_before_unit("国务院新闻办公室")
    ('中正大学', '')
    >>> body_before_unit("华中抗大五分校政治处"), body_before_unit("中国人民解放军军事科学院世界军事研究部")
    ('', '')
    >>> body_before_unit("党委"), body_before_unit("北京大学"), body_before_unit("中国科学院")
    ('', '', '')
    """
    organ = next((o for o in PARTY_ORGANS if name.endswith(o)), "")
    if organ:  # (a division's committee is a body of its own: 宁夏回族自治区党委, as 省委 is)
        body = name[: -len(organ)]
        return body if len(body) >= 2 and not body.endswith(_DIVISION_LEVELS) else ""
    for at in range(2, len(name) - 1):  # the first body head from the left (国立中央大学|理学院…), its unit after it
        head = next((h for h in BODY_HEADS if name.endswith(h, 0, at)), "")
        if not head:
            continue
        body, unit = name[:at], name[at:]
        if len(body) <= len(head) or name[at - 1 : at + 1] in _CAMPUS_HEADS:  # a head alone is no body (学院|…),
            continue  # nor half a campus's head (…基隆院|区)
        if any(h in unit for h in _CAMPUS_HEADS):  # a hospital's or a school's campus is part of its name (…医院|基隆院区)
            continue
        if unit.endswith(_OWN_BODY_HEADS):  # a school's own school, hospital or press (北京大学|附属中学)
            return ""
        school = head in _SCHOOL_HEADS and not body.endswith("科学院")  # an academy is no school (军事科学院|研究部)
        if school and shared:
            return body
        heads = UNIT_HEADS + ("学院",) if school else UNIT_HEADS
        if len(unit) >= 2 and unit.endswith(heads) and unit not in heads:
            return body
    return ""


def units_before_titles(mentions: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with each recogniser's or grammar's organisation that runs a unit onto its body before a title
    cut to the body (see the module docstring). ``text`` is the document's Simplified text.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "海螺集团党委书记杨军"
    >>> glued = Mention("d", 0, 6, "海螺集团党委", "海螺集团党委", Label.ORGANIZATION, "org_suffix")
    >>> [(m.simplified, m.start, m.end) for m in units_before_titles([glued], text, load_lexicon())]
    [('海螺集团', 0, 4)]
    >>> text = "北京大学党委成立"
    >>> whole = Mention("d", 0, 6, "北京大学党委", "北京大学党委", Label.ORGANIZATION, "crf")
    >>> [m.simplified for m in units_before_titles([whole], text, lexicon=load_lexicon())]
    ['北京大学党委']
    """
    cuts: dict[int, str] = {}
    for k, m in enumerate(mentions):
        body = ""
        if m.label is Label.ORGANIZATION and m.extractor in _GUESSED and len(m.simplified) == m.end - m.start:
            if _title_follows(text, m.end, lexicon):  # (a title opening with 院 ends the unit: 社会科学|院长)
                body = body_before_unit(m.simplified, shared=text.startswith("院", m.end))
            elif _title_follows(text, m.end - 1, lexicon) and m.simplified.endswith("院"):
                body = body_before_unit(m.simplified[:-1], shared=True)  # 中正大学社会科学院|长: the title's 院
        if body:
            cuts[k] = body
    if not cuts:
        return mentions
    # a short form the alias reader gave the long name (复旦大学 → 复旦大学党委) names the body, where the long name
    # is left nowhere else
    kept = {m.simplified for k, m in enumerate(mentions) if k not in cuts}
    renamed = {mentions[k].simplified: body for k, body in cuts.items() if mentions[k].simplified not in kept}
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        if k in cuts:
            size = len(cuts[k])
            m = replace(m, end=m.start + size, text=m.text[:size], simplified=cuts[k], canonical="")
        elif m.canonical in renamed:
            m = replace(m, canonical=renamed[m.canonical] if renamed[m.canonical] != m.simplified else "")
        out.append(m)
    return out
