"""Names in history writing that name no one.

* **Era names that date an event** (乾隆二年, 明治42年, 同治年间, 顺治末年): the recogniser reads the era as the
  emperor who reigned in it, a person. A year counted in an era, or the era's span (年间, 初年, 末年, 时期), is a
  date, not a mention of anyone, and a person node the graph should not grow from every dated line of a
  chronicle. People's Daily leaves these unmarked (9 of 10 in the MSRA train split); Universal NER is split
  (the tune half of its GSD dev leaves 2 of 3 unmarked, its train split marks them as people). The emperor named
  by his title (乾隆帝, 乾隆皇帝) or alone stays a person.

The era names are Chinese and Japanese reign titles of the Tang, Song, Yuan, Ming and Qing dynasties and
Japan's since Meiji, written here as facts; two-letter names only, which the recogniser reads whole.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention

__all__ = ["ERA_NAMES", "settle_history_names"]

#: Reign titles (年号) a year is counted in.
ERA_NAMES = frozenset("""
武德 贞观 永徽 显庆 龙朔 麟德 乾封 总章 咸亨 上元 仪凤 调露 永隆 开耀 永淳 弘道 嗣圣 垂拱 永昌 天授 长寿 延载 证圣
神功 圣历 久视 长安 神龙 景龙 景云 先天 开元 天宝 至德 乾元 宝应 广德 永泰 大历 建中 兴元 贞元 永贞 元和 长庆
宝历 大和 开成 会昌 大中 咸通 乾符 广明 中和 光启 文德 龙纪 大顺 景福 乾宁 光化 天复 天祐
建隆 乾德 开宝 雍熙 端拱 淳化 至道 咸平 景德 天禧 乾兴 天圣 明道 景祐 宝元 康定 庆历 皇祐 至和 嘉祐 治平 熙宁
元丰 元祐 绍圣 元符 崇宁 大观 政和 重和 宣和 靖康 建炎 绍兴 隆兴 乾道 淳熙 绍熙 庆元 嘉泰 开禧 嘉定 宝庆 绍定
端平 嘉熙 淳祐 宝祐 开庆 景定 咸淳 德祐 景炎 祥兴
中统 至元 元贞 大德 至大 皇庆 延祐 至治 泰定 致和 天历 至顺 元统 至正
洪武 建文 永乐 洪熙 宣德 正统 景泰 天顺 成化 弘治 正德 嘉靖 隆庆 万历 泰昌 天启 崇祯
天命 天聪 崇德 顺治 康熙 雍正 乾隆 嘉庆 道光 咸丰 同治 光绪 宣统
明治 大正 昭和 平成 令和
""".split())

# what after an era name makes it a date: a year counted in it (元年, 二十二年, 42年) or its span
_DATE_AFTER = re.compile(r"(?:元|[一二三四五六七八九十廿卅〇零]{1,4}|[0-9０-９]{1,3})年|年间|初年|末年|中叶|时期|初期|末期|后期")


def settle_history_names(mentions: list[Mention], text: str) -> list[Mention]:
    """Mentions less the era names that date an event (see the module docstring).

    >>> from zhkg.records import MentionSource
    >>> text = "乾隆二年，乾隆帝出巡；明治42年，同治年间。乾隆说。"
    >>> def at(name, nth=0):
    ...     start = text.index(name) if not nth else text.rindex(name)
    ...     return Mention("d", start, start + len(name), name, name, Label.PERSON, MentionSource.RECOGNISER)
    >>> out = settle_history_names([at("乾隆"), at("乾隆帝"), at("明治"), at("同治"), at("乾隆", 1)], text)
    >>> [(m.start, m.simplified) for m in out]
    [(5, '乾隆帝'), (22, '乾隆')]
    """
    if not text:
        return mentions
    return [m for m in mentions if not (m.label is Label.PERSON and text[m.start:m.end] in ERA_NAMES
                                        and _DATE_AFTER.match(text, m.end))]
