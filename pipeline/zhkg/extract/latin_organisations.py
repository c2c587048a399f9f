"""Latin-script organisation names (Google, KAYAK, Apple Inc., H&M): one reader of :mod:`zhkg.extract.organisations`.

Scope: a Latin name is an organisation only when the text says so: a company word after it (Inc., Ltd.,
Group; 公司, 集团, 旗下, 股价, 董事长 …), a company word or 据 … 报道 around it, ``《X》`` before 采访/报道, a
hotel's or house's word after it (Hilton酒店; 名为Le Manoir的大屋), or a coordination with another such name
(Google和KAYAK): :func:`latin_organisations`.

Caveats: every occurrence of a name so found is a mention; a Latin word alone (MVP, EB-2) is none, nor a
title (CEO: :data:`LATIN_TITLES`) or a photo credit (/图). Moved word for word out of ``extract/organisations.py``
(session 41, tidy168).
"""

from __future__ import annotations

import re

from zhkg.extract.org_words import REPORTS
from zhkg.text import find_any

__all__ = ["LATIN_TITLES", "latin_organisations"]

_LATIN = r"[A-Za-z][A-Za-z0-9&'.\-]*(?: [A-Z][A-Za-z0-9&'.\-]*)*"

_LATIN_NAME = re.compile(rf"(?<![A-Za-z0-9&.\-])({_LATIN})(?![A-Za-z0-9&\-])")

_LATIN_LEGAL = re.compile(r"\s?(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|LLC|Co\.|GmbH|AG|PLC|plc|Group|Holdings|S\.A\.)")

# what after a Latin name says it is a company or an outlet (Google旗下, TVBS报道)
_LATIN_AFTER = ("公司", "集团", "旗下", "品牌", "股价", "股份", "董事长", "总裁", "执行长", "首席执行官", "创始人",
                "发言人", "总部", "报道", "报导", "电视台", "的创始人", "的创办人", "的联合创始人", "成立于", "创立于", "创办于")

_LATIN_BEFORE = ("公司", "集团", "品牌", "品牌：", "品牌:", "旗下", "收购")  # 鞋子品牌：Alexander Wang

# a platform, an app or software named right after its kind (社交平台TikTok, 应用程序TikTok, 聊天软件WhatsApp:
# orgs147), as web and international news name the company or service; a name in capitals alone there is a
# technical term as often (手机软件UI库, 平台API)
_LATIN_PLATFORMS = ("平台", "应用程序", "应用程式", "软件", "社交媒体", "社群媒体")

# the kind of body after a Latin name, part of the name (Google公司, NET电视台)
_LATIN_KIND = re.compile("公司|集团|电视台")

# the last word of a Latin company's or studio's name says what it is (Red Moon Software, Nova Mobile)
_LATIN_HEADS = frozenset({"Software", "Mobile", "Games", "Studios", "Studio", "Entertainment", "Interactive",
                          "Technologies", "Technology", "Systems", "Networks", "Media", "Pictures", "Records",
                          "Airlines", "Airways", "Motors", "Bank", "Capital", "Partners", "Labs", "Electronics"})

# a photo or text credit after an agency's name (REUTERS/图, TUNGSTAR/文并图)
_LATIN_CREDITS = ("/图", "/文", "/摄", "/供图")

# a hotel, house or shop a Latin name names (Hilton酒店; 名为Le Manoir的大屋): after it, or after 名为…的
_LATIN_VENUES = ("酒店", "饭店", "宾馆", "旅馆", "餐厅", "大屋", "大宅", "豪宅", "大厦", "商场", "俱乐部")

# a site a name of two words or more names (Career Hub网站), or one 名为…的网站; not a kind of site (WAP网站, Web网站)
_LATIN_SITE = "网站"

_LATIN_NAMED = ("名为", "名叫", "叫做", "称为")

_LATIN_COORDINATION = re.compile(rf"^\s*(?:公司|集团)?(?:和|与|及|、|以及)\s*({_LATIN})(?![A-Za-z0-9&\-])")

#: Latin-script titles news writes after a company (阿里巴巴集团CEO吴泳铭): roles (``roles.tsv``), never bodies.
LATIN_TITLES = frozenset({"CEO", "CFO", "COO", "CTO", "CIO", "CMO"})

# what a Latin name found in the text may not run into: ASCII letters and digits, & and -
_LATIN_RUN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789&-"


def latin_organisations(text: str) -> list[tuple[int, int]]:
    """Spans of Latin-script names the text shows to be organisations (see the module docstring).

    >>> text = "苹果旗下品牌Apple Inc.与H&M合作,Google公司和KAYAK都是对手,MVP属于他。"
    >>> [text[s:e] for s, e in latin_organisations(text)]
    ['Apple Inc.', 'H&M', 'Google公司', 'KAYAK']
    >>> text = "Red Moon Software宣布,Nova Mobile成为发行商;名为Career Hub的网站说,Career Hub网站称。Mobile版,WAP网站"
    >>> [text[s:e] for s, e in latin_organisations(text)]
    ['Red Moon Software', 'Nova Mobile', 'Career Hub', 'Career Hub']
    >>> text = "他是SuperDeluxe和PechaKucha的创始人之一。SuperDeluxe成立于2002年。"
    >>> [text[s:e] for s, e in latin_organisations(text)]
    ['SuperDeluxe', 'PechaKucha', 'SuperDeluxe']
    """
    found: dict[str, tuple[int, int]] = {}
    names = set()
    for m in _LATIN_NAME.finditer(text):
        name, s, e = m.group(1), m.start(1), m.end(1)
        legal = _LATIN_LEGAL.match(text, e)
        if legal:
            e = legal.end()
        before = text[max(0, s - 4):s]
        after = text[e:].lstrip(" 》”\"")
        if legal or text.startswith(_LATIN_AFTER, e) or (" " in name and name.rsplit(" ", 1)[1] in _LATIN_HEADS) or after.startswith(("报道", "报导", "采访")) \
                or before.endswith(_LATIN_BEFORE) or (before.endswith(_LATIN_PLATFORMS) and not name.isupper()) \
                or ("据" in before and after.startswith(REPORTS)) \
                or text.startswith(_LATIN_CREDITS, e) or text.startswith(_LATIN_VENUES, e) \
                or (" " in name and text.startswith(_LATIN_SITE, e)) \
                or (before.endswith(_LATIN_NAMED)
                    and text.startswith(tuple("的" + v for v in (*_LATIN_VENUES, _LATIN_SITE)), e)):
            # a name is capitalised, no web address (jysk, www.x.comWAP) and no title (集团CEO王明)
            if len(name) >= 2 and name[0].isupper() and not re.search(r"www\.|\.com|\.cn", name) \
                    and name not in LATIN_TITLES:
                found.setdefault(text[s:e], (s, e))
                names.add(text[s:e])
                kind = _LATIN_KIND.match(text, e)
                if kind is not None:  # Google公司, Fox电视台: the name with its kind, as MSRA and UNER mark it
                    names.add(text[s:kind.end()])
    # coordinated with a company name: Google和KAYAK
    for _, e in list(found.values()):
        for m in _LATIN_COORDINATION.finditer(text[e:]):
            names.add(m.group(1))
    for name in list(names):
        if len(name) < 2:
            names.discard(name)
    # each name where no letter, digit, & or - runs on into it (nor a dot before it): the document's own names,
    # found with str.find rather than a pattern compiled per document
    return find_any(names, text, not_before=_LATIN_RUN + ".", not_after=_LATIN_RUN) if names else []
