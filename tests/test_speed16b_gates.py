"""Cheap gates before costly regular expressions (speed16b): each gated reader still fires on unusual forms of
its cue, and each rewritten pattern finds what the plain one finds, in Simplified and Traditional text."""

from __future__ import annotations

import re

import pytest
from helpers import both_scripts

from zhkg.records import Document
from zhkg.stages.normalise import to_simplified, to_traditional
from zhkg.text import longest_first

# ---- longest_first: a letter's many branches grouped behind tests of their first letters

# more than 64 first letters (so the top of the trie is grouped), words that begin others, and letters a
# character class must escape (- ] ^ \)
_WORDS = sorted({w for i, ch in enumerate("赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章"
                                         "云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于")
                 for w in (ch + "氏", ch + "氏集团", ch + "氏集团公司", ch + "家" + "村镇"[i % 2])}
                | {"-号", "]报", "^社", "\\会", "a-b", "国泰", "国泰航空"})


def _plain(words) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))))


_TEXTS = ("昨日，赵氏集团公司与钱家村签约，孙氏集团、李氏和国泰航空的代表出席；乐氏集团公司董事长于家镇人。",
          "a-b、-号与]报、^社及\\会：国泰与国泰航空，于氏集团公司、于氏集团、于氏。",
          "韩家村、韩家镇、郝氏集团公司郝氏集团郝氏郝家村，周氏周氏集团。")


@pytest.mark.parametrize("traditional", [False, True])
def test_grouped_trie_matches_as_the_alternation(traditional):
    words = {to_traditional(w) for w in _WORDS} if traditional else set(_WORDS)
    texts = [to_traditional(t) if traditional else t for t in _TEXTS]
    assert len({w[0] for w in words}) > 64
    grouped, plain = re.compile(longest_first(words)), _plain(words)
    for text in texts:
        found = [m.span() for m in grouped.finditer(text)]
        assert found == [m.span() for m in plain.finditer(text)]
        assert found  # the texts do hold the words


def test_grouped_trie_takes_the_longest_word():
    pattern = re.compile(longest_first(_WORDS))
    assert pattern.findall("于氏集团公司、于氏集团、于氏、\\会、^社") == ["于氏集团公司", "于氏集团", "于氏", "\\会", "^社"]


# ---- patterns given a first-letter test or rewritten as a trie: the same matches


@pytest.mark.parametrize("text", both_scripts([
    "平谷区委员会、县委党组书记和市政府门户网站，镇政府与区委。",
    "他在市委宣传部工作，后调任省政协委员会，党组成员会议由党组召集。",
]))
def test_organisation_suffixes_match_as_ungated(text):
    from zhkg.extract.organisations import _suffix_pattern
    from zhkg.resources.lexicon import load_lexicon

    lexicon = load_lexicon()
    gated = _suffix_pattern(lexicon)
    words = sorted(lexicon.org_suffixes, key=lambda w: (-len(w), w))
    guards = {"党组": "党组(?!书记|成员|副书记)", "政府": "政府(?!门户|网站)"}
    ungated = re.compile("(?=(" + "|".join(guards.get(w, re.escape(w)) for w in words) + "))")
    text = to_simplified(text)
    found = [m.group(1) for m in gated.finditer(text)]
    assert found == [m.group(1) for m in ungated.finditer(text)]
    assert "委员会" in found


@pytest.mark.parametrize("text", both_scripts([
    "外交部、国防部门、教育部和世界卫生组织，联合国安理会与北洋政府、中央人民政府。",
    "审计部分工作由立法会和国民政府负责；工业和信息化部称，财政部队伍。",
]))
def test_ministries_and_bodies_match_as_ungated(text):
    from zhkg.extract.named_bodies import _MINISTRY_OR_BODY, GOVERNMENT_BODIES, MINISTRY_OF

    ungated = re.compile(f"(?:{'|'.join(MINISTRY_OF)})部(?!门|分|队|落|署|件|位)|"
                         + "|".join(sorted(GOVERNMENT_BODIES, key=len, reverse=True)))
    text = to_simplified(text)
    found = [m.span() for m in _MINISTRY_OR_BODY.finditer(text)]
    assert found == [m.span() for m in ungated.finditer(text)]
    assert len(found) >= 3


@pytest.mark.parametrize("text", both_scripts([
    "该校校长、副校长和党委书记刘志远、市长王小平、总经理陈大文先后讲话，主席台上坐着副主任李红。",
]))
def test_role_trie_matches_as_the_role_alternation(text):
    from zhkg.extract.name_contexts import _patterns
    from zhkg.extract.name_scores import _CJK
    from zhkg.resources.lexicon import load_lexicon

    lexicon = load_lexicon()
    plain = re.compile(rf"(?:{'|'.join(map(re.escape, lexicon.role_words))})({_CJK}{{2,3}})")
    text = to_simplified(text)
    found = [m.span(1) for m in _patterns(lexicon)["after_role"].finditer(text)]
    assert found == [m.span(1) for m in plain.finditer(text)]
    assert len(found) >= 3


# ---- the gated readers still fire on unusual forms of their cues


@pytest.mark.parametrize("text, kind", both_scripts([
    # a list closed by a role at the very end of the text (no letter after it)
    ("会后记者采访了几位代表。出席会议的有孙振华、赵立新、钱国强委员", "list"),
    ("昨日的座谈会上，张建国、李卫东、王晓明等代表先后发言。", "list"),
    # a half-width comma and a space before the year, and 生 without 出
    ("郑秀英, 1962年生，浙江宁波人，长期从事农村金融工作。", "born"),
    ("黄德荣，1956年3月出生，江西南昌人。", "born"),
    # a made-up name in half-width brackets, and others joining a name
    ("受害人陈小燕(化名)今年二十岁，在一家超市打工。", "before_role"),
    ("王建业等学者指出，乡村振兴离不开人才。", "before_role"),
    # a profile's sex in brackets, and 性别 with no colon, at a line's end
    ("新任局长何丽华（女，汉族）昨日到任。", "profile"),
    ("拟任人选：林国栋性别男\n现任县委副书记。", "profile"),
]))
def test_tail_cue_admits_what_the_pattern_reads(text, kind):
    from zhkg.extract.name_contexts import _TAIL_CUES, _patterns
    from zhkg.resources.lexicon import load_lexicon

    text = to_simplified(text)
    assert _patterns(load_lexicon())[kind].search(text)
    assert _TAIL_CUES[kind].search(text)


def _mentions(pipeline, text: str) -> set[tuple[str, str]]:
    result = pipeline.process_documents([Document("d", text, kind="text")])[0]
    return {(to_simplified(m.text), m.label.value) for m in result.mentions}


@pytest.mark.parametrize("text, expected", both_scripts([
    ("会后记者采访了几位代表。出席会议的有孙振华、赵立新、钱国强委员", {("孙振华", "PERSON"), ("钱国强", "PERSON")}),
    ("郑秀英, 1962年生，浙江宁波人，长期从事农村金融工作。", {("郑秀英", "PERSON")}),
    ("昨晚8时许，一辆大货车在省道上与客车相撞，事故造成3死14伤。", {("3死", "COUNT"), ("14伤", "COUNT")}),
    ("二战期间，日本陆军省曾多次修改征兵条例。", {("日本陆军省", "ORGANIZATION")}),  # the country kept (intl28)
    ("1860年，英法联军攻入北京，火烧圆明园。", {("英法联军", "ORGANIZATION")}),
    ("鸦片战争后，清廷被迫签订了一系列不平等条约。", {("清廷", "ORGANIZATION")}),
    ("据报道，港英政府当年曾计划扩建机场。", {("港英政府", "ORGANIZATION")}),
    ("北京市第十一中学今年共有学生1200人。", {("北京市第十一中学", "ORGANIZATION")}),
    ("美国国防部发言人表示，将继续评估局势。", {("美国国防部", "ORGANIZATION")}),
]))
def test_gated_readers_still_fire(pipeline, text, expected):
    assert expected <= _mentions(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    # 在内 closing a list after 包括 (with 包含, a bracket and a half-width comma too): the organiser owns the
    # firms, and the list's members do not
    "本届招聘会由华南人力资源协会主办,包括广州、深圳、佛山等在内共12个城市的300多家企业参会。",
    "本届招聘会由华南人力资源协会主办，包含广州（含番禺）、深圳等在内共12个城市的300多家企业参会。",
]))
def test_included_list_still_read(pipeline, text):
    from helpers import count_owners

    owners = {to_simplified(k): {to_simplified(n) for n in v} for k, v in count_owners(pipeline, text).items()}
    assert owners["企业"] == {"华南人力资源协会"}


@pytest.mark.parametrize("text", both_scripts([
    # 本市长 opens an office (no place), 全市 and 自治区 stand as places; a text with none finds none
    "本市长期以来重视教育，全市共有学校两百所；自治区政府和我国其他省份、本县与全省。",
    "新政策出台后，市民反响热烈。",
]))
def test_deixis_matches_as_ungated(text):
    from zhkg.extract.deixis import _pattern
    from zhkg.resources.lexicon import load_lexicon

    lexicon = load_lexicon()
    short = sorted(w for w in lexicon.deixis if len(w) == 2)
    long = sorted((w for w in lexicon.deixis if len(w) != 2), key=lambda w: (-len(w), w))
    ungated = re.compile("|".join([*map(re.escape, long), f"(?:{'|'.join(map(re.escape, short))})(?![长委政])"]))
    text = to_simplified(text)
    found = [m.group() for m in _pattern(lexicon).finditer(text)]
    assert found == [m.group() for m in ungated.finditer(text)]
    assert ("全市" in found and "本市" not in found) if "本市长" in text else not found
