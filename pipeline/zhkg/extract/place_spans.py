"""Places the recogniser reads with what is no part of a place's name.

* **Coordinates** (东经120.5度, 北纬23°) locate a point; they name no place.
* **House numbers**: a street with its number (中山路12号, 中山路12号) is the street; the number
  is an address, not a name (the gold sets and MSRA tag the street). So is a street with the word for a site on it
  (彩兴路|地皮, 海珠路|住宅地: Hong Kong's land sales name the site by its street).
* **Directions**: a bare compass point after a verb of motion's 往/向/朝 (往西北, 向东南) is a direction,
  not the region (大西北, 西北地区 stay places; 前往西北 and 飞往东北 name the region); a point of the sixteen-point
  compass, three letters (北北西, 东南东: a storm's course in Taiwan's weather news), is a direction wherever it is.
* **Temples named with a township's letter**: a coded township the gazetteer reads before a temple the recogniser
  reads (大甲镇|澜宫) lends the temple its last letter: the township is 大甲 and the temple 镇澜宫, as 镇 opens its
  name (a mainland township 大甲镇 is no reading of Taichung's 大甲 either, so the code goes).
* **Clocks**: the clock of a Chinese-language newsroom's city (北京时间3日晚, 台北时间, 香港時間, 澳门时间) dates games and
  speeches wherever they are, and a time zone (美国东部时间, 美国太平洋标准时间) is no place either: neither is a place
  mention. A city's own time (休斯敦时间4月1日, 纽约时间) or 当地时间 after a place (美国当地时间3日) is the time where the
  story is, the place it happens: kept.
"""

from __future__ import annotations

import re
from dataclasses import replace

from zhkg.records import Label, Mention

__all__ = ["settle_place_spans"]

_DIGITS = "0-9０-９"
_COORDINATE = re.compile(rf"^[东西南北]?[东西]经|^[东西]?[南北]纬|^[{_DIGITS}.．°度]+$")
_HOUSE_NUMBER = re.compile(rf"^(.{{2,}}?(?:大道|大街|路|街|道|巷|弄|胡同|里))[{_DIGITS}]+(?:-[{_DIGITS}]+)?号$")
# a street and the word for a plot of land on it (彩兴路地皮, 海珠路住宅地)
_SITE = re.compile(r"^(.{2,}?(?:大道|大街|路|街|道))(?:住宅地|商业地|地皮|地盘|用地|官地)$")
_COMPASS = frozenset({"东", "西", "南", "北", "东北", "西北", "东南", "西南"})
_TOWARDS = ("往", "向", "朝")
# a point of the sixteen-point compass between two of the eight (北北西, 西南西, 东北东): three letters
_SIXTEEN_POINTS = re.compile("^[东西南北]{3}$")
#: The last letter of a temple's name (镇澜宫, 朝天宫, 龙山寺, 妈祖庙, 孔子庙, 关帝殿, 岳王祠): one that
#: opens with a township's letter takes it from the township before it.
_TEMPLE_HEADS = tuple("宫寺庙殿祠")
_TOWNSHIP_LETTERS = tuple("镇乡")
#: A time zone after a place: (zone) 标准/夏令 时间 (美国|东部时间, 美国|太平洋标准时间, 英国|夏令时间).
_ZONE = re.compile(r"(?:东部|中部|西部|山地|太平洋|大西洋|夏威夷|阿拉斯加)(?:标准|夏令)?时间|(?:标准|夏令)时间")
#: The cities whose clock Chinese-language news tells the time by, wherever the story is (北京|时间).
_NEWSROOM_CLOCKS = frozenset({"北京", "台北", "香港", "澳门"})
_GOING_TO = ("前往", "飞往", "开往", "驶往", "去往", "通往", "运往", "发往", "迁往", "派往", "转往", "送往", "来往")


def settle_place_spans(mentions: list[Mention], text: str) -> list[Mention]:
    """Places less coordinates, house numbers, directions and clocks (see the module docstring).

    >>> from zhkg.records import MentionSource
    >>> text = "地震在东经120.5度。他家在中山路12号。记者往西北走，再前往西北。北京时间3日。"
    >>> def place(name, at=0):
    ...     start = text.index(name, at)
    ...     return Mention("d", start, start + len(name), name, name, Label.PLACE, MentionSource.RECOGNISER)
    >>> [m.simplified for m in settle_place_spans(
    ...     [place("东经120.5度"), place("中山路12号"), place("西北"), place("西北", text.rindex("西北")),
    ...      place("北京")], text)]
    ['中山路', '西北']
    """
    if not text:
        return mentions
    out = []
    for m in _temples_after_townships(mentions, text):
        if m.label is not Label.PLACE:
            out.append(m)
            continue
        name = text[m.start:m.end]
        if _COORDINATE.search(name) or _ZONE.match(text, m.end) or (
                name in _NEWSROOM_CLOCKS and text.startswith("时间", m.end)):
            continue
        street = _HOUSE_NUMBER.match(name) or _SITE.match(name)
        if street:
            end = m.start + len(street.group(1))
            out.append(replace(m, end=end, text=text[m.start:end], simplified=text[m.start:end],
                               canonical=m.canonical if m.canonical != name else text[m.start:end]))
            continue
        before = text[max(0, m.start - 2):m.start]
        if name in _COMPASS and before.endswith(_TOWARDS) and not before.endswith(_GOING_TO):
            continue
        if _SIXTEEN_POINTS.match(name):
            continue  # (向西北转北北西前进)
        out.append(m)
    return out


def _temples_after_townships(mentions: list[Mention], text: str) -> list[Mention]:
    """A coded township right before a model temple of two or three letters gives the temple its last letter
    (大甲镇|澜宫 -> 大甲|镇澜宫, see the module docstring).

    >>> from zhkg.records import MentionSource
    >>> text = "大甲镇澜宫的妈祖"
    >>> town = Mention("d", 0, 3, "大甲镇", "大甲镇", Label.PLACE, MentionSource.GAZETTEER, "大甲镇", "350922108")
    >>> temple = Mention("d", 3, 5, "澜宫", "澜宫", Label.PLACE, MentionSource.RECOGNISER, "澜宫")
    >>> [(m.text, m.canonical, m.code) for m in _temples_after_townships([town, temple], text)]
    [('大甲', '大甲', ''), ('镇澜宫', '镇澜宫', '')]
    """
    temples = {m.start: m for m in mentions if m.label is Label.PLACE and not m.code and 2 <= m.end - m.start <= 3
               and text[m.end - 1:m.end] in _TEMPLE_HEADS}
    moved: dict[int, Mention] = {}
    for m in mentions:
        temple = temples.get(m.end)
        if temple is None or m.label is not Label.PLACE or not m.code or m.end - m.start < 3 \
                or text[m.end - 1:m.end] not in _TOWNSHIP_LETTERS:
            continue
        town = m.end - 1
        moved[id(m)] = replace(m, end=town, text=m.text[:-1], simplified=m.simplified[:-1], canonical=text[m.start:town],
                               code="")
        moved[id(temple)] = replace(temple, start=town, text=text[town:temple.end] if temple.text == temple.simplified
                                    else m.text[-1] + temple.text, simplified=text[town:temple.end],
                                    canonical=text[town:temple.end])
    return [moved.get(id(m), m) for m in mentions] if moved else mentions
