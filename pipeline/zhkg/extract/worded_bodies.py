"""Bodies the wording names: a name the recogniser or a rule read as a person or place that the text says is a
body (rule 11 of :mod:`combine`).

:func:`_bodies_in_context`: a model person before a title held only of a body (鸿海董事长郭台铭), or followed
elsewhere in the document by 队/公司/集团 (尼克斯队), is that body across the document; a list the text closes as
bodies (华夏、广发、银华等公司), a quoted short name before a title (台湾“中研院”院士), a meeting before its
officer's title (俄罗斯安全会议秘书) and a company before its blog's bracket (五合国际(五合国际博客)) are bodies.
:func:`people_listed_among_bodies`: a person set in a 、 list of fund houses is one of them.

Scope: one document's combined mentions, called by :func:`zhkg.extract.combine.combine_mentions`. Caveats: the
list pattern (``_BODY_LIST``) keeps 和 out of an item's letters, or a long list splits in exponentially many ways;
the fund words are the fund trade's (funds25). Moved word for word from ``extract/combine.py`` by tidy66;
callers import its names from here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon
from zhkg.text import Span, SpanIndex, WordPlaces

__all__ = ["_BLOG_BRACKET", "_BODY_AFTER", "_BODY_LIST", "_BODY_LIST_END", "_BODY_LIST_WORD", "_BODY_TITLES",
    "_FUND_AFTER", "_FUND_HOUSE_AFTER", "_FUND_NEWS", "_LIST_RUN", "_MEETING_BODY", "_NOT_AND", "PLACE_ENDINGS",
    "_QUOTED_BODY", "_bodies_in_context", "_find_all", "_followed_by_body", "people_listed_among_bodies"]

#: The last letters of a place's name (a country, a province, a county, a river, a road): a name ending so is no
#: body's and no person's (:mod:`zhkg.extract.person_or_not`, :mod:`zhkg.extract.vouched_people`).
PLACE_ENDINGS = tuple("国洲岛州省市县区镇乡村山河湖江海峡湾港路街道")
# titles a person holds of a body, never of another person: 鸿海|董事长|郭台铭, 尼克斯|后卫|罗宾逊
_BODY_TITLES = ("副董事长", "董事长", "副总裁", "总裁", "总经理", "首席执行官", "执行董事", "球员", "后卫", "前锋",
                "中锋", "主教练", "主帅")
# what after a name says it is a body wherever the document names it (鸿海集团, 尼克斯队; not 工作室, which
# a director's or a singer's studio shares with them),
# or a maker whose product's model code follows (卡西欧Z280, 卡西欧EX-Z1)
_BODY_AFTER = re.compile(r"(?:队|公司|集团)")
# a fund may be named after its manager (a person's name + 基金), and a credit runs a name into a product's
# code (作者：陈亮LX3): only a name that opens with no surname
_FUND_AFTER = re.compile(r"基金(?!会)|[A-Z]{1,3}-?[A-Z]?\d")
# a fund house's short name in fund news (银华, 景顺 of 银华基金, 景顺资产管理; session 24, funds25): the words only
# the fund trade writes, and what follows a fund house's short name
_FUND_NEWS = re.compile(r"基金(?:公司|管理|经理)|净值|份额|申购|赎回|旗下基金")
_FUND_HOUSE_AFTER = re.compile(r"基金(?!会)|资产管理|投资管理")
# a list the text closes as bodies: 华夏、广发、工银瑞信、银华等公司. An item's 和 is read as a joiner, except one
# opening the list (和讯网、新浪) or closing an item before 、 or the list's end (北京协和、同仁): when an item could
# hold any 和, a long run of them was split in exponentially many ways (its items are split at every 和 anyway)
_NOT_AND = "[\u4e00-\u548b\u548d-\u9fffA-Za-z]"  # a letter of a name, 和 (U+548C) left out
_BODY_LIST_WORD = r"等(?:基金|证券|保险)?(?:公司|集团|机构|球队|银行)"
_BODY_LIST = re.compile(
    rf"((?:和{_NOT_AND}{{1,5}}|{_NOT_AND}{{2,6}}|{_NOT_AND}{{1,5}}和(?=、))[、和]"
    rf"(?:(?:{_NOT_AND}{{2,6}}|{_NOT_AND}{{1,5}}和(?=、))[、和])*"
    rf"(?:{_NOT_AND}{{2,6}}|{_NOT_AND}{{1,5}}和(?={_BODY_LIST_WORD})))" + _BODY_LIST_WORD)
_QUOTED_BODY = re.compile(r"[“「\"]([\u4e00-\u9fff]{2,6}?[院部署局会委])[”」\"]")
# what every _BODY_LIST match ends with: without it, the list pattern is not tried at every position
_BODY_LIST_END = re.compile(_BODY_LIST_WORD)
# items of one to ten letters set off by 、, none holding punctuation or a space (people_listed_among_bodies)
_LIST_RUN = re.compile(r"[^、，,。；;：:“”\"（）()\s]{1,10}(?:、[^、，,。；;：:“”\"（）()\s]{1,10})+")
_MEETING_BODY = re.compile(r"[\u4e00-\u9fff]{2,4}会议(?=秘书|主席|副主席|第一副主席)")
_BLOG_BRACKET = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,10})[(（]\1博客[)）]")


def _bodies_in_context(mentions: list[Mention], text: str, lexicon: Lexicon, original: str = "") -> list[Mention]:
    """Rule 11: bodies the document's wording names, whatever the recogniser read.

    A name read as a person right before a title a person holds only of a body, itself followed by a
    person (鸿海董事长郭台铭), or a name read as a person or an uncoded place that the document elsewhere
    follows with 队, 公司, 集团 or a product's model code (鸿海集团, 尼克斯队, 卡西欧Z280), or with 基金
    when it opens with no surname (a fund may carry its manager's name) or, in fund news, is not three letters
    long (银华 of 银华基金, 景顺 of 景顺资产管理), is that body wherever the document names it. A short name the press sets in quotation marks
    before a title (台湾“中研院”院士, “教育部”部长) is the body; the place before the quote locates it. A
    person the document also reads as an organisation is that organisation when it opens with no
    surname (尼克斯), and each item of a list closed by 等公司 is a body (华夏、银华等公司). A
    meeting's name after a place and before its officer's title is a body (俄罗斯安全会议秘书), and so is a
    company whose blog's name follows in brackets before a title (五合国际(五合国际博客)的总经理).
    """

    people_starts = {m.start for m in mentions if m.label is Label.PERSON}
    coded_names = {m.simplified for m in mentions if m.label is Label.PLACE and m.code}
    bodies = set()
    followed: dict[str, bool] = {}  # a name's occurrences are the same wherever it is mentioned: looked at once
    people_followed: dict[str, bool] = {}  # the same for people, who may also be fund houses' short names
    # their places, found by one pass over the text for all of them (not one scan of it a name)
    places = WordPlaces(text, {m.simplified for m in mentions if m.label in (Label.PERSON, Label.PLACE)})
    for m in mentions:
        uncoded_place = (m.label is Label.PLACE and not m.code and m.extractor == MentionSource.RECOGNISER
                         and m.simplified not in coded_names and not m.simplified.endswith(PLACE_ENDINGS))
        if not (m.label is Label.PERSON or uncoded_place) or len(m.simplified) < 2:
            continue
        title = next((t for t in _BODY_TITLES if text.startswith(t, m.end)), "")
        if title and m.end + len(title) in people_starts and not uncoded_place:
            bodies.add(m.simplified)
        elif m.simplified not in bodies and _followed_by_body(m.simplified, text, lexicon,
                                                                followed if uncoded_place else people_followed,
                                                                fund_house=not uncoded_place, places=places):
            bodies.add(m.simplified)
    # the body's name is written again where nothing was found only for the two cues above
    written_again = set(bodies)
    # one name, one sense: a name a rule reads as an organisation somewhere (a team, an alias of one) and
    # that opens with no surname is no person elsewhere (尼克斯 beside 尼克斯队); the recogniser's own
    # organisation readings are not evidence enough (拜纳姆, a player)
    organisations = {m.simplified for m in mentions if m.label is Label.ORGANIZATION
                     and m.extractor != MentionSource.RECOGNISER}
    bodies |= {m.simplified for m in mentions if m.label is Label.PERSON and m.simplified in organisations
               and len(m.simplified) >= 2 and m.simplified[0] not in lexicon.surnames}
    named = {m.simplified for m in mentions}
    for m in (_BODY_LIST.finditer(text) if _BODY_LIST_END.search(text) else ()):
        first, *rest = re.split("[、和]", m.group(1))
        # the list's start is not written: its first item is the longest name found at its end (上周|华夏)
        first = next((first[i:] for i in range(len(first) - 1) if first[i:] in named), "")
        bodies |= {item for item in [first, *rest] if len(item) >= 2 and item in named}
    out = [replace(m, label=Label.ORGANIZATION, canonical="")
           if m.simplified in bodies and (m.label is Label.PERSON or (
               m.label is Label.PLACE and not m.code and m.simplified not in coded_names
               and not m.simplified.endswith(PLACE_ENDINGS)))
           else m for m in mentions]
    roles = tuple(lexicon.role_words) + ("院士",)
    # the body's name wherever the document writes it and no other name stands there (…盛传鸿海董事长…)
    added = [(i, i + len(name)) for name in sorted(written_again) for i in places.starts(name)]
    for m in _QUOTED_BODY.finditer(text):
        if text.startswith(roles, m.end()):
            added.append(m.span(1))
    place_ends = {m.end: m.start for m in out if m.label is Label.PLACE and m.code}
    for m in (_MEETING_BODY.finditer(text) if "会议" in text else ()):
        for s in range(m.start(), m.end() - 3):
            if s in place_ends:
                added.append((place_ends[s], m.end()))
                break
    for m in (_BLOG_BRACKET.finditer(text) if "博客" in text else ()):
        after = m.end() + (text[m.end()] == "的" if m.end() < len(text) else 0)
        if text.startswith(roles, after):
            added.append(m.span(1))
    doc_id = mentions[0].doc_id if mentions else ""
    # a place retyped here as a body inside a longer body's name is a piece of it (长城 of 景顺长城 … 景顺长城基金)
    retyped = {id(o) for o, m in zip(out, mentions) if o.label is not m.label and m.label is Label.PLACE}
    # the mentions standing over each place asked from an index of their characters, not from all of them (one
    # look at every mention a place grew with the square of a long document); a piece dropped stays held in
    # ``dropped``, so that no mention made later takes its id
    index, dropped, gone = SpanIndex(out), [], set()
    empty = [o for o in out if o.start >= o.end]  # none in practice: the index holds no empty span
    for s, e in added:
        clashes = [o for o in index.overlapping(Span(s, e)) if id(o) not in gone] if s < e else []
        clashes += [o for o in empty if id(o) not in gone and o.start < e and s < o.end]
        if any((o.label is not Label.PLACE and (id(o) not in retyped or (o.start, o.end) == (s, e)))
               or not (s <= o.start and o.end <= e) for o in clashes):
            continue  # another name stands there, or this one already
        pieces = {id(o) for o in clashes if id(o) in retyped}
        if pieces:
            dropped += [o for o in out if id(o) in pieces]
            gone |= pieces
            out = [o for o in out if id(o) not in pieces]
        out.append(Mention(doc_id, s, e, (original or text)[s:e], text[s:e], Label.ORGANIZATION,
                           MentionSource.ORG_NAMED_KIND))
        index.add(out[-1])
    return out


def people_listed_among_bodies(mentions: list[Mention], text: str) -> list[Mention]:
    """Mentions with a person that is an item of a list of organisations made an organisation (funds25).

    A list here is items of one to ten letters set off by 、 (no punctuation nor space in an item). In fund news
    (基金公司, 基金经理, 净值, 份额 …), a person that is a whole item of a list whose whole items read as
    organisations are two or more, and more than those read as people, is an organisation: 国海富兰克林、鹏华、
    东吴、南方、易方达 (fund houses by their short names); not a name of three letters, most often a person's
    whole name (嘉实、华夏、广发、王亚伟出席). MSRA, CLUENER, Resume, Weibo and Universal NER train
    mark no person as such an item, fund news or not; only fund news is read, as a person may be listed among
    companies (华为、小米、雷军).

    >>> from zhkg.records import MentionSource
    >>> text = "有广发、工银瑞信、鹏华、南方四只基金获批，基金公司称…"  # made up
    >>> def at(name, label):
    ...     start = text.index(name)
    ...     return Mention("d", start, start + len(name), name, name, label, MentionSource.RECOGNISER)
    >>> ms = [at("广发", Label.ORGANIZATION), at("工银瑞信", Label.ORGANIZATION), at("鹏华", Label.PERSON)]
    >>> [m.label.value for m in people_listed_among_bodies(ms, text)]
    ['ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION']
    """
    if "、" not in text or not any(m.label is Label.PERSON for m in mentions) or not _FUND_NEWS.search(text):
        return mentions
    labels: dict[tuple[int, int], set[Label]] = {}
    for m in mentions:
        labels.setdefault((m.start, m.end), set()).add(m.label)
    by_start = {span[0]: span for span in sorted(labels, key=lambda span: span[0] - span[1])}
    by_end = {span[1]: span for span in sorted(labels)}
    bodies: set[tuple[int, int]] = set()
    for run in _LIST_RUN.finditer(text):
        items, at = [], run.start()
        for item in run.group().split("、"):
            items.append((at, at + len(item)))
            at += len(item) + 1
        # the list's start and end are not written: its first item is the name ending it (有|广发), its last
        # the name opening it (南方|四只…)
        first, last = by_end.get(items[0][1]), by_start.get(items[-1][0])
        if first and items[0][0] <= first[0]:
            items[0] = first
        if last and last[1] <= items[-1][1]:
            items[-1] = last
        kinds = [labels.get(item, set()) for item in items]
        named_bodies = sum(Label.ORGANIZATION in k and Label.PERSON not in k for k in kinds)
        people = [item for item, k in zip(items, kinds) if Label.PERSON in k]
        if people and named_bodies >= 2 and named_bodies > len(people):
            bodies.update(item for item in people if item[1] - item[0] != 3)
    if not bodies:
        return mentions
    return [replace(m, label=Label.ORGANIZATION, canonical="")
            if m.label is Label.PERSON and (m.start, m.end) in bodies else m for m in mentions]


def _followed_by_body(name: str, text: str, lexicon: Lexicon, seen: dict[str, bool], *,
                      fund_house: bool = False, places: WordPlaces | None = None) -> bool:
    """Whether the text somewhere follows ``name`` with 队, 公司, 集团, a model code (``_BODY_AFTER``), or, when
    it opens with no surname, with 基金; with ``fund_house`` (a name read as a person), in fund news (基金公司,
    基金经理, 净值, 份额 …), a name of two letters or of four or more also with 基金, 资产管理 or 投资管理 (银华 of
    银华基金, 景顺 of 景顺资产管理, 尚雅 of 上海尚雅投资管理有限公司); ``seen`` keeps the answers of one text, by name;
    ``places`` (a :class:`~zhkg.text.WordPlaces` of the text) finds the name without a scan of the text.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> _followed_by_body("银华", "银华基金管理公司今日公告，银华和谐主题基金将发行。", lexicon, {}, fund_house=True)
    True
    >>> (_followed_by_body("银华", "银华基金会成立，基金公司祝贺。", lexicon, {}, fund_house=True),
    ...  _followed_by_body("王亚伟", "王亚伟基金净值", lexicon, {}, fund_house=True))
    (False, False)
    """
    found = seen.get(name)
    if found is None:
        if fund_house and "" not in seen:  # under the empty name (no name's): whether the text is fund news
            seen[""] = _FUND_NEWS.search(text) is not None
        # a person's full name is most often three letters, and a fund may carry one (索罗斯基金)
        fund_house = fund_house and seen[""] and len(name) != 3
        found = seen[name] = any(
            _BODY_AFTER.match(text, i + len(name))
            or (name[0] not in lexicon.surnames and _FUND_AFTER.match(text, i + len(name)))
            or (fund_house and _FUND_HOUSE_AFTER.match(text, i + len(name)))
            for i in (places.starts(name) if places is not None else _find_all(text, name)))
    return found


def _find_all(text: str, word: str) -> list[int]:
    found, i = [], text.find(word)
    while i >= 0:
        found.append(i)
        i = text.find(word, i + 1)
    return found
