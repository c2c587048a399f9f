"""A person's other forms, for :func:`zhkg.stages.resolve.canonicalise`: another name written right after a name
(字子明, 原名刘福荣; another transliteration in brackets, 梅尔茨(Friedrich Merz 又译“默茨”): :func:`_other_names`),
a well-known person's listed forms the document's mentions read as them, unless a relative's full name or a head's
title sets them apart (特朗普, 川普: :func:`_known_people`, :func:`_relative_named`), a Japanese family name written
alone (石破强调: :func:`_japanese_family_names`) and a part of a transliterated name (邦戈: :func:`_foreign_people`).

Caveats: each maps a form to the one full name of the document that has it and leaves a form two names share;
``people_known.tsv`` and the Japanese surnames are lists, so a person they miss keeps each form apart. Moved verbatim
from ``stages/resolve.py`` (tidy251, session 53): no definition's text changed. This part never imports
``stages/resolve.py``, which imports it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.entity_groups import one_join

__all__ = [
    "_OTHER_NAME_WORDS",
    "_OTHER_NAME",
    "_LATIN_NAME",
    "_OTHER_TRANSLITERATION",
    "_other_names",
    "_KIN_BEFORE",
    "_HEAD_TITLES",
    "_relative_named",
    "_known_people",
    "_japanese_family_names",
    "_foreign_people",
]


_OTHER_NAME_WORDS = "(?:自|又|晚|亦)?(?:字|号)|又名|原名|本名|笔名|艺名|别名|别号|小名|乳名|英文名"
#: What names a person's other name after the name (王明（1900年－1950年），字子明，号某某; 刘德华，原名刘福荣): perhaps
#: a life span, then clauses a biography writes between (its native place 浙江湖州人, its given name 名全一, another
#: name no reader took, 字太白 of 李白，字太白，号青莲居士, 陈孚恩（1802-1866）字子鹤，号少默), none closing a sentence;
#: 自号, 又字 and 晚号 are courtesy and art names too (李清照，自号易安居士).
_OTHER_NAME = re.compile(r"^(?:[（(][^（()）\n]{0,30}[)）])?"
                         rf"(?:[，,][^，,、。；;！？!?\n（()）]{{1,14}}人|[，,]?(?:名|{_OTHER_NAME_WORDS})[\u4e00-\u9fff]{{1,4}}){{0,3}}"
                         rf"[，,、]?(?:{_OTHER_NAME_WORDS})(?:为|是|叫)?$")


#: a foreign name's other transliteration in the brackets after it, perhaps after its Latin original: 梅尔茨(Friedrich
#: Merz 又译“默茨”), 泽连斯基（又译泽伦斯基）; 又称 and 或译 too. The bracket holds nothing else: a sentence in brackets
#: naming someone after 又 is no other name.
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z .'’-]{0,40}")
_OTHER_TRANSLITERATION = re.compile(r"^[（(](?:[A-Za-z][A-Za-z .'’-]{0,40})?[\s,，;；]*(?:[又或亦也一旧]译|又称)(?:为|作)?"
                                    r"[:：]?\s*[“\"「『‘]?$")


def _other_names(mentions: list[Mention], text: str) -> dict[str, str]:
    """A person's courtesy, former or pen name written right after the name (字子明, 原名刘福荣), or another
    transliteration in the brackets after it (梅尔茨(Friedrich Merz 又译“默茨”)) -> the name."""
    people = sorted((m for m in mentions if m.label is Label.PERSON), key=lambda m: m.start)
    found: dict[str, str] = {}
    for k, (before, m) in enumerate(zip(people, people[1:])):
        between = text[before.end : m.start]
        if k and _LATIN_NAME.fullmatch(before.simplified) and _OTHER_TRANSLITERATION.match(
                text[people[k - 1].end : m.start]) and m.simplified != people[k - 1].simplified:
            before = people[k - 1]  # 威特科夫（Steve Witkoff，又称维特科夫）: the Latin original read as a name between
        elif not ((_OTHER_NAME.match(between) or _OTHER_TRANSLITERATION.match(between))
                  and m.simplified != before.simplified):
            continue
        found[m.simplified] = found.get(before.simplified, before.simplified)  # 字子明，号某某: both are 王明
    return found


# kin words before a relative's full name (特朗普的女儿伊万卡·特朗普, 夫人蜜雪儿·欧巴马)
_KIN_BEFORE = re.compile("(?:女儿|儿子|夫人|妻子|太太|丈夫|父亲|母亲|哥哥|弟弟|姐姐|妹妹|女婿|儿媳|孙女|孙子|侄子|侄女|长女|次女|"
                         "长子|次子|前妻|遗孀)[^，。！？；]{0,3}$")
# the titles of a head of state or government right by a listed form (特朗普总统, 总统特朗普): the listed person
_HEAD_TITLES = ("总统", "总理", "首相", "国务卿", "副总统")


def _relative_named(mentions: list[Mention], form: str, full: str, text: str) -> bool:
    """Whether the document sets the full name ``full`` (伊万卡·特朗普) apart from the listed person its short
    ``form`` (特朗普) names: a kin word right before the full name, or a head's title right by the form."""
    if not text:
        return False
    for m in mentions:
        if m.label is not Label.PERSON:
            continue
        if one_join(m.simplified) == full and _KIN_BEFORE.search(text, max(0, m.start - 8), m.start):
            return True
        if m.simplified == form and (text.startswith(_HEAD_TITLES, m.end) or text.endswith(_HEAD_TITLES, 0, m.start)):
            return True
    return False


def _known_people(mentions: list[Mention], people: dict[str, str], lexicon: Lexicon,
                  text: str = "") -> dict[str, str]:
    """``people`` (a part of a name -> the document's full name) with the well-known people's forms
    (``people_known.tsv``: 特朗普, 川普, 唐纳德·特朗普) that the document's mentions read as them, each to the name the
    table gives its person (特朗普), whoever read them. A full name the document writes itself names its parts first
    (埃迪·库里 … 库里 is no 斯蒂芬·库里), and is the table's person where the table lists it (巴拉克·奥巴马)."""
    from zhkg.extract.known_people import known_person_forms

    forms = known_person_forms(lexicon)
    known = {m.simplified: m.canonical for m in mentions if m.extractor == MentionSource.PEOPLE_KNOWN and m.canonical}
    # a listed full name however its parts are joined (勒布朗-詹姆斯) is its person, named as the table names them
    # (詹姆斯), so the full name and the short forms of one document are one node
    for m in mentions:
        if m.label is Label.PERSON and m.simplified not in known and (joined := one_join(m.simplified)) in forms \
                and forms[joined].canonical == joined:
            known[m.simplified] = forms[joined].name
    if not known:
        return people
    out = {part: (forms[full].name if full in forms else full) for part, full in people.items()}
    for form, canonical in known.items():
        person = forms.get(form)
        if person is not None and not person.cues and out.get(form) not in (None, canonical, person.canonical) \
                and _relative_named(mentions, form, out[form], text):
            # a form the table says names its person alone (no cue needed) stays that person beside a relative
            # the document names in full (特朗普的女儿伊万卡·特朗普; 特朗普总统 beside 伊万卡·特朗普); without such
            # a sign the full name is the form's (斯蒂芬·乔布斯 … 乔布斯: a writer's spelling of Steve Jobs), and a
            # form that needs a cue (库里) is the full name's (埃迪·库里)
            out[form] = canonical
        out.setdefault(form, canonical)
    for m in mentions:  # the full name as written (科比-布莱恩特) is the table's person its parts already are (科比)
        full = one_join(m.simplified)
        if m.label is Label.PERSON and full in forms and any(out.get(part) == forms[full].name
                                                             for part, whole in people.items() if whole == full):
            out.setdefault(m.simplified, forms[full].name)
    return out


def _japanese_family_names(mentions: list[Mention], people: dict[str, str], lexicon: Lexicon) -> dict[str, str]:
    """``people`` with a Japanese family name written alone (石破强调, 高市还表示, 岸田表示) mapped to the one person
    of the document whose full name begins with it (石破茂, 高市早苗, 岸田文雄), as Japanese news names a person after
    the first mention. The family name is one the package lists (``japanese_surnames``), or the full name is a
    listed Japanese person's (``people_known.tsv``, country JP); the given name after it is one to three letters.
    Two such full names (岸田文雄, 岸田裕子) leave the family name alone: which one it names is not known."""
    from zhkg.extract.known_people import known_person_forms

    names = sorted({m.simplified for m in mentions if m.label is Label.PERSON})
    if len(names) < 2:
        return people
    forms = known_person_forms(lexicon)
    out = dict(people)
    for name in names:
        if len(name) < 2 or name in out:
            continue
        listed = name in lexicon.japanese_surnames
        fulls = [full for full in names if full.startswith(name) and 1 <= len(full) - len(name) <= 3
                 and (listed or (full in forms and forms[full].country == "JP"))]
        if len(fulls) == 1:
            out[name] = people.get(fulls[0], fulls[0])
    return out


def _foreign_people(mentions: list[Mention], foreign: frozenset[str] = frozenset()) -> dict[str, str]:
    """A part of a transliterated name (邦戈) to the one full name of the document that has it.

    A name written without a separator (:func:`zhkg.extract.foreign_parts.unjoined_foreign_name`, with the
    ``foreign`` transliteration characters) counts too when the document writes its last part (two letters or
    more, after two or more), or a first part before three letters or more, alone as a person: 诺兰 of
    克里斯托弗诺兰, 玛索 of 苏菲玛索, 威尔 of 威尔罗德曼; not when both parts of one cut are written alone
    (布莱切接沃尔 is two players run together).
    """
    from zhkg.extract.foreign_names import foreign_name_parts

    owners: dict[str, set[str]] = defaultdict(set)
    people = sorted({m.simplified for m in mentions if m.label is Label.PERSON})
    for m in mentions:
        if m.label is Label.PERSON:
            for part in foreign_name_parts(one_join(m.simplified)):  # 卡尔 of 卡尔 拉格斐 too
                if len(part) >= 2:
                    owners[part].add(one_join(m.simplified))
    if foreign:
        from zhkg.extract.foreign_parts import unjoined_foreign_name

        alone = set(people)
        for name in people:
            if not unjoined_foreign_name(name, foreign) \
                    or any(name[:i] in alone and name[i:] in alone for i in range(1, len(name))):
                continue  # (two people run together, each written alone: 布莱切|沃尔)
            for part in people:
                # a first part needs a last part of three letters or more after it (威尔|罗德曼, not 韦斯特|法尔)
                if 2 <= len(part) and all(c in foreign for c in part) and (
                        len(part) <= len(name) - 2 and name.endswith(part)
                        or len(part) <= len(name) - 3 and name.startswith(part)):
                    owners[part].add(name)
    return {part: next(iter(names)) for part, names in owners.items() if len(names) == 1}
