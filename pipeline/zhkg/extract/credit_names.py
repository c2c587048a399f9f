"""People named in a credit: 作词：林夕, 导演：新田真三, 声优：悠木碧, 主演：百田夏菜子 玉井诗织.

Entertainment pages and news about songs, films and books list who made them as a label, a colon and the names
(作曲：黄家驹, 原作：夏树静子, 监督：樱井弘明). Such a name is often one the recogniser cannot read from its letters:
a Japanese name of four or five letters, a transliteration, a pen name (南派三叔), or a one-word stage name (林夕,
弦子); the colon and the label say it is a person. :func:`credit_names`, run by
:func:`zhkg.extract.combine.combine_mentions` after the other people rules, reads such names: two to six Han
letters after the colon, closed by a space, a punctuation mark, the text's end or the next credit label; several
of them when 、 joins them (or spaces, in a cast). A run of letters right before a colon is a name glued to the
next label (编剧：肖明幕后花絮：) and is not read. A name where another mention lies across one of its ends, or that an
organisation or a coded place covers exactly (作者：中公教育), is left alone; the pieces the recogniser read inside
it (新田 of 新田真三) give way.

An encyclopedia names a work's author in a sentence as often as in a credit (:func:`work_authors`): 《邪少兵王》是冰火
未央写的网络小说, 《卦傲周天》是连载于幻剑书盟的网络小说，作者是玄门幻少. A web novelist's pen name is any phrase
(你不孤单, 天上飘着的绵羊), so the frame alone says it is a person: a work in 《》 and then 是X创作的 (写的, 所著的,
撰写的 …), 签约作家X创作的, or 作者是X closing a clause in the sentence that names the work. On DuIE train's tune
half these frames name 111 people, 107 of them a gold person (the others: 李厚襄先生 and 张攸德等, read without the
title and the 等, and two Japanese names DuIE writes otherwise); with no work before it in the sentence, 作者是 is
a byline's (作者为玫瑰石顾问公司董事) or another word's (工作者是极大的冲击).

The same goes for one who wrote a song or directed a film in a sentence (《风月》是由文雅填词，宋阳作曲; 由高立执导的): 由,
a name of two or three letters and the verb, which closes its clause or goes on 的 or 并; on DuIE's tune half 52
of 54 are a gold person (the other two real directors DuIE leaves out); a qualifier (由著名导演X执导, 由金牌编剧X编写)
or a pronoun (由他们创作演出) is never read so.

A list of appointments names each post's holder the same way (:func:`post_holders`): a title, a colon, the name and
a bracket of its note (总务大臣：林芳正（前内阁官房长官）, 法务大臣：平口洋（首次入阁）): a cabinet's or a board's new
line-up, whose names (Japanese ones above all) the recogniser cuts (林芳|正) or misses.

A document with no credit label and a colon pays one search; one with no 》 or 作家 another.
"""

from __future__ import annotations

import re

from zhkg.extract.base import replaced
from zhkg.records import Label, Mention, MentionSource

__all__ = ["credit_names", "work_authors", "post_holders", "CREDIT_LABELS"]

#: The labels of a credit (Simplified): who wrote, composed, sang, directed, voiced or starred.
CREDIT_LABELS = ("作词", "作曲", "填词", "谱曲", "编曲", "演唱", "主唱", "原唱", "原作", "原著", "编剧", "导演", "监督",
                 "脚本", "声优", "主演", "制作人", "监制", "译者", "作者",
                 # a profile's name field (姓名：全成赞, 中文名：伊濑茉莉也)
                 "姓名", "中文名")
# (主持人 and 嘉宾 are no credit: an interview's transcript writes them before what they say, 主持人：好的，…)
_LABEL = "|".join(sorted(CREDIT_LABELS, key=lambda w: (-len(w), w)))
# a song's short labels too, where no letter stands before them (【词：厉曼婷；曲：叶良俊】, 作 词： 崔恕; not 歌词：)
_CUE = re.compile(rf"(?:{_LABEL}|(?<![\u4e00-\u9fff])[词曲]|作[ \u3000]+[词曲])\s*[:：]")
# a web novel's page: the fields after its author (作者：暧昧因子简介：, 作者：九鹭非香导读：)
_PAGE_FIELDS = "简介|导读|书评|标签|类型|状态|首发"
# a name: two to six Han letters, closed by a space, a mark, the end, or the next label (作曲：黄家驹|专辑：)
_NAME = re.compile(rf"[\u4e00-\u9fff]{{2,6}}?(?=[\s，,。、；;:：)）(（“”\"《》/|·!！?？】\]&＆]|$|"
                   rf"(?:{_LABEL}|专辑|歌词|出版社|{_PAGE_FIELDS})[\s:：])")
_FIELD_AFTER = re.compile(rf"\s|(?:{_PAGE_FIELDS})[:：]")
# what joins the names of one credit: 、, & or / (林久登&楚阳, 方树梁/邓崇山), or spaces in a cast (主演：百田夏菜子
# 玉井诗织); elsewhere what a space leads to is as often the next line of a page (作词：詹惠风 展我双拳 …, lyrics)
_JOINER = re.compile(r"[ \u3000]{1,2}|、")
_LISTED = re.compile("[、&＆/]")
_CASTS = ("主演", "声优")
# what a credit names that is no person
_NOT_NAMES = frozenset({"佚名", "不详", "未知", "暂无", "待定", "本人", "网友", "群星", "合唱", "全体"})
# a byline's words: 作者：本报记者 is no name (``zhkg.extract.people`` reads the reporter after it); and a body's
# ending: a byline names a site or a paper as often as a person (作者：中关村在线)
_NOT_IN_NAMES = re.compile("记者|本报|编辑|通讯员|评论员|特约|本刊|本台|来源|(?:在线|网|社|报|台|站|刊|部|局|会|院|中心|公司|集团)$")
# a byline's author is a person's name of two to four letters; a longer run goes on into the sentence (彭鑫本以为)
# unless a space or a web novel's next field closes it (作者：爱爬树的鱼 完结, 作者：贱宗首席弟子书评：)
_AUTHOR_LONGEST = 4
# a transcript's answer after its speaker's label (导演：是的，这部电影拍了三年; 主演：还好，大家都很照顾我): a comma and
# then a clause longer than a name that opens no credit; a cast listed with commas (主演：巩俐，葛优) goes on with names
_CLAUSE_AFTER = re.compile(r"[，,]\s*([^，,。；;！？!?\n]*)")
_ANSWER_TAIL = 6


# a work's author in a sentence (see the module's notes): a pen name of two to nine letters, Han, Latin or の
_PEN_NAME = r"([\u4e00-\u9fffA-Za-zの]{2,9}?)"
_WROTE = re.compile(rf"(?:》是(?:由)?|签约作家){_PEN_NAME}(?:创作|所著|写|著|编写|撰写)的")
# 由X作词, 由X执导的: one who wrote, composed, directed or starred, the verb closing its clause or going on 的 or 并
# (由夏至作词，雷颂德作曲; not 由著名导演X执导, 由他们创作演出)
_BY_MAKER = re.compile(r"由((?![本该其此这那各某我你他她它一两几多全])[\u4e00-\u9fff]{2,3})"
                       r"(?:作词|填词|作曲|谱曲|编曲|执导|编剧|演唱|主演)(?=[，,、。的；;]|并|$)")
_AUTHOR_IS = re.compile(rf"(?<![工创合])作者(?:是|为){_PEN_NAME}(?=[\s，,。；;！？!?/（(、]|$)")
# what opens no name: a count or a pointer (作者是一位…, 作者是这位…, 作者是他)
_NOT_PEN_NAME = re.compile(r"[一这那该其本谁我他她某多几]|.*(?:国人|族人|省人|市人|县人|本人)$")
_SENTENCE_ENDS = "。！？!?\n"
# what follows a name and is not part of it: a title of address, 等 closing a list
_AUTHOR_TAILS = ("先生", "等")


def work_authors(text: str) -> list[tuple[int, int]]:
    """The spans of the authors an encyclopedia's sentence names with their work (see the module's notes).

    >>> text = "《黑色临界》是泡椒南瓜创作的网络小说，发表于起点网。《杜斌传奇》是连载于起点中文网的小说，作者是你不孤单"
    >>> [text[s:e] for s, e in work_authors(text)]
    ['泡椒南瓜', '你不孤单']
    """
    spans = [m.span(1) for m in _BY_MAKER.finditer(text)] if "由" in text else []
    if "》" not in text and "作家" not in text:
        return spans
    spans += [m.span(1) for m in _WROTE.finditer(text)]
    for m in _AUTHOR_IS.finditer(text):
        sentence = max(text.rfind(c, 0, m.start()) for c in _SENTENCE_ENDS) + 1
        if "》" in text[sentence:m.start()]:
            spans.append(m.span(1))
    found = []
    for s, e in spans:
        for tail in _AUTHOR_TAILS:
            if text.endswith(tail, s, e) and e - len(tail) - s >= 2:
                e -= len(tail)
        if not _NOT_PEN_NAME.match(text, s, e):
            found.append((s, e))
    return found


def _answer_goes_on(text: str, end: int) -> bool:
    """Whether a comma at ``end`` opens a clause that goes on as a sentence (see :data:`_ANSWER_TAIL`)."""
    clause = _CLAUSE_AFTER.match(text, end)
    return clause is not None and len(clause.group(1)) > _ANSWER_TAIL and not _CUE.match(text, clause.start(1))


# a post and its holder in a list of appointments: the title, a colon, the name, and a bracket of its note
# (总务大臣：林芳正（前内阁官房长官）; persons227)
# what a transcript's answer holds and a name never does (好的, 是啊)
_PARTICLES = frozenset("的了着过吗呢吧啊呀哦嘛")
_POST_HOLDER = re.compile(r"[:：]\s*([\u4e00-\u9fff]{2,4})[（(]")


def post_holders(text: str, roles: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of the names a list of appointments writes after each post (see the module's notes): a title from
    ``roles`` right before a colon, a name of two to four Han letters, and a bracket opening right after it (the
    holder's former post, 首次入阁). A pronoun or a count (我们, 一人), a word jieba's dictionary knows as other than
    a name (主持人：谢谢（笑）) or a particle no name holds (记者：好的（笑）) are none.

    >>> text = "总务大臣：林芳正（前内阁官房长官）。法务大臣：平口洋（首次入阁）。记者：好的（笑）。地址：北京（东城）"
    >>> [text[s:e] for s, e in post_holders(text, ("大臣", "记者"))]
    ['林芳正', '平口洋']
    """
    from zhkg.stages.segment import dictionary_tag

    if not roles or "：" not in text and ":" not in text:
        return []
    spans = []
    for m in _POST_HOLDER.finditer(text):
        name = m.group(1)
        tag = dictionary_tag(name)
        if text.endswith(roles, 0, m.start()) and not _NOT_PEN_NAME.match(name) and name not in _NOT_NAMES \
                and not _NOT_IN_NAMES.search(name) and (tag == "x" or tag.startswith("nr")) \
                and not any(ch in _PARTICLES for ch in name):
            spans.append(m.span(1))
    return spans


def credit_names(mentions: list[Mention], text: str, original: str = "", doc_id: str = "",
                 roles: tuple[str, ...] = ()) -> list[Mention]:
    """``mentions`` with the people named in credits added (see the module's notes), and those a list of
    appointments names after the posts ``roles`` holds (:func:`post_holders`).

    >>> text = "施艾敏-出卖 作词：林夕　作曲：周传雄"  # made up
    >>> [m.simplified for m in credit_names([], text, doc_id="d")]
    ['林夕', '周传雄']
    """
    names: list[tuple[int, int]] = work_authors(text) + post_holders(text, roles)
    if not names and not _CUE.search(text):
        return mentions
    doc_id = mentions[0].doc_id if mentions else doc_id
    for cue in _CUE.finditer(text):
        at = cue.end()
        while at < len(text) and text[at] in " \u3000":
            at += 1
        joiners = _JOINER if cue.group().startswith(_CASTS) else _LISTED
        for _ in range(8):
            found = None if _CUE.match(text, at) else _NAME.match(text, at)
            if found is None or found.group() in _NOT_NAMES or _NOT_IN_NAMES.search(found.group()) \
                    or text[found.end():found.end() + 1] in (":", "：", "？", "?", "！", "!") \
                    or cue.group().startswith("作者") and len(found.group()) > _AUTHOR_LONGEST \
                    and not _FIELD_AFTER.match(text, found.end()) \
                    or _answer_goes_on(text, found.end()):
                break  # no name, a name glued to the next label (肖明幕后花絮：), or what a speaker says (好的！)
            names.append(found.span())
            joiner = joiners.match(text, found.end())
            if joiner is None:
                break
            at = joiner.end()
    if not names:
        return mentions
    gone: set[int] = set()
    added: list[Mention] = []
    for s, e in sorted(set(names)):
        touching = [m for m in mentions if m.start < e and s < m.end]
        if any(m.start < s or e < m.end for m in touching):
            continue  # another mention lies across the name's ends
        if any((m.start, m.end) == (s, e) and (m.label is Label.PERSON or m.label is Label.ORGANIZATION or m.code)
               for m in touching):
            continue
        gone.update(id(m) for m in touching)
        added.append(Mention(doc_id, s, e, (original or text)[s:e], text[s:e], Label.PERSON,
                             MentionSource.PEOPLE_CREDIT))
    if not added:
        return mentions
    return replaced(mentions, gone, added)
