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

A document with no credit label and a colon pays one search.
"""

from __future__ import annotations

import re

from zhkg.records import Label, Mention, MentionSource

__all__ = ["credit_names", "CREDIT_LABELS"]

#: The labels of a credit (Simplified): who wrote, composed, sang, directed, voiced or starred.
CREDIT_LABELS = ("作词", "作曲", "填词", "谱曲", "编曲", "演唱", "主唱", "原唱", "原作", "原著", "编剧", "导演", "监督",
                 "脚本", "声优", "主演", "制作人", "监制", "译者", "作者",
                 # a profile's name field (姓名：全成赞, 中文名：伊濑茉莉也)
                 "姓名", "中文名")
# (主持人 and 嘉宾 are no credit: an interview's transcript writes them before what they say, 主持人：好的，…)
_LABEL = "|".join(sorted(CREDIT_LABELS, key=lambda w: (-len(w), w)))
_CUE = re.compile(rf"(?:{_LABEL})\s*[:：]")
# a name: two to six Han letters, closed by a space, a mark, the end, or the next label (作曲：黄家驹|专辑：)
_NAME = re.compile(rf"[\u4e00-\u9fff]{{2,6}}?(?=[\s，,。、；;:：)）(（“”\"《》/|·!！?？]|$|(?:{_LABEL}|专辑|歌词|出版社)[\s:：])")
# what joins the names of one credit: 、, or spaces in a cast (主演：百田夏菜子 玉井诗织); elsewhere what a space
# leads to is as often the next line of a page (作词：詹惠风 展我双拳 …, a song's lyrics)
_JOINER = re.compile(r"[ \u3000]{1,2}|、")
_LISTED = re.compile("、")
_CASTS = ("主演", "声优")
# what a credit names that is no person
_NOT_NAMES = frozenset({"佚名", "不详", "未知", "暂无", "待定", "本人", "网友", "群星", "合唱", "全体"})
# a byline's words: 作者：本报记者 is no name (``zhkg.extract.people`` reads the reporter after it); and a body's
# ending: a byline names a site or a paper as often as a person (作者：中关村在线)
_NOT_IN_NAMES = re.compile("记者|本报|编辑|通讯员|评论员|特约|本刊|本台|来源|(?:在线|网|社|报|台|站|刊|部|局|会|院|中心|公司|集团)$")
# a byline's author is a person's name of two to four letters; a longer run goes on into the sentence (彭鑫本以为)
_AUTHOR_LONGEST = 4
# a transcript's answer after its speaker's label (导演：是的，这部电影拍了三年; 主演：还好，大家都很照顾我): a comma and
# then a clause longer than a name that opens no credit; a cast listed with commas (主演：巩俐，葛优) goes on with names
_CLAUSE_AFTER = re.compile(r"[，,]\s*([^，,。；;！？!?\n]*)")
_ANSWER_TAIL = 6


def _answer_goes_on(text: str, end: int) -> bool:
    """Whether a comma at ``end`` opens a clause that goes on as a sentence (see :data:`_ANSWER_TAIL`)."""
    clause = _CLAUSE_AFTER.match(text, end)
    return clause is not None and len(clause.group(1)) > _ANSWER_TAIL and not _CUE.match(text, clause.start(1))


def credit_names(mentions: list[Mention], text: str, original: str = "", doc_id: str = "") -> list[Mention]:
    """``mentions`` with the people named in credits added (see the module's notes).

    >>> text = "施艾敏-出卖 作词：林夕　作曲：周传雄"  # made up
    >>> [m.simplified for m in credit_names([], text, doc_id="d")]
    ['林夕', '周传雄']
    """
    if not _CUE.search(text):
        return mentions
    doc_id = mentions[0].doc_id if mentions else doc_id
    names: list[tuple[int, int]] = []
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
    kept = [m for m in mentions if id(m) not in gone]
    return sorted(kept + added, key=lambda m: (m.start, m.end, m.label.value))
