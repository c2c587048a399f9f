"""One rule where special cases grew (session 30, round arb38; zhkg.extract.org_run_ons).

A recogniser's organisation longer than the rule organisations inside it, which sit only at its ends with letters
no rule reads between them, is one body when it ends with a body's head and no clause word or joiner follows the
name at its start (``one_body``): 联合国艾滋病规划署 was cut into 联合国 + 规划署 until a special case kept generic
offices of four letters or fewer after a common noun out; an office of five letters, or one after a verbal noun, was
still cut, and a known office after any noun was lost (审计情况|审计署). A reading on past a listed short name runs
into the clause after it only where a clause word or a joiner opens there (``runs_on``), never a body's head
(隧道股份|董事会, the board's special case until now). One word list: ``org_run_ons.CLAUSE_WORDS``. Invented
passages, in both scripts.
"""

from __future__ import annotations

import pytest
from helpers import both_scripts, org_mentions

from zhkg.extract.org_run_ons import CLAUSE_WORDS, DEAL_WORDS, one_body, runs_on, split_run_ons
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.normalise import to_simplified

# ---- the general rule in the pipeline


@pytest.mark.parametrize("text, whole", both_scripts([
    # an office of the known bodies' table after a field (the old special case's reach)
    ("联合国人类住区规划署今天发表报告。", "联合国人类住区规划署"),
    ("世卫组织艾滋病规划署今天发表报告。", "世卫组织艾滋病规划署"),
    # offices of five letters, beyond the old special case: cut in two before this round
    ("亚太经合组织区域投资推广署今天发表报告。", "亚太经合组织区域投资推广署"),
    ("联合国毒品问题法律援助署今天发表报告。", "联合国毒品问题法律援助署"),
    ("东盟秘书处区域知识产权署今天发表报告。", "东盟秘书处区域知识产权署"),
]))
def test_a_longer_body_with_rule_names_at_its_ends_stays_whole(pipeline, text, whole):
    names = {to_simplified(name) for name in org_mentions(pipeline, text)}
    assert names == {whole}, names


@pytest.mark.parametrize("text, office", both_scripts([
    # a known office after a noun is the office when no longer reading holds it (审计情况|审计署: lost before)
    ("二、审计情况审计署自2005年起对该项目进行跟踪审计。", "审计署"),
    ("他向规划署查询。", "规划署"),
]))
def test_a_known_office_after_a_noun_is_read(pipeline, text, office):
    assert office in {to_simplified(name) for name in org_mentions(pipeline, text)}


@pytest.mark.parametrize("text, parts, whole", both_scripts([
    # a joiner between the names is a stated cue: two bodies, though the reading ends with a body's head
    ("民建联与工联会今天表示。", {"民建联", "工联会"}, "民建联与工联会"),
    ("民建联和公民党议员在立法会辩论。", {"民建联", "公民党"}, "民建联和公民党"),
    # a joiner after a listed short name: the recogniser ran on into the next company (one name before this round)
    ("华东医药与荣信股份今日发布公告。", {"华东医药", "荣信股份"}, "华东医药与荣信股份"),
    # a market word after it is the clause (finre36's case)
    ("彩虹股份大股东彩虹电子今日减持。", {"彩虹股份"}, "彩虹股份大股东彩虹电子"),
]))
def test_a_cue_after_the_first_name_splits_the_reading(pipeline, text, parts, whole):
    names = {to_simplified(name) for name in org_mentions(pipeline, text)}
    assert parts <= names and whole not in names, names


@pytest.mark.parametrize("text, board", both_scripts([
    ("中联重科监事会审议通过了议案。", "中联重科监事会"),
    ("隧道股份董事会审议通过了投资议案。", "隧道股份董事会"),
    ("隧道股份董事会办公室今日发布通知。", "隧道股份董事会办公室"),
]))
def test_a_board_after_a_listed_name_stays_whole(pipeline, text, board):
    assert board in {to_simplified(name) for name in org_mentions(pipeline, text)}


# ---- the two functions


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.mark.parametrize("text, pieces, whole", [
    ("联合国艾滋病规划署", [(0, 3), (6, 9)], True),
    ("亚太经合组织区域投资推广署", [(0, 6), (8, 13)], True),
    ("国际奥委会协调委员会", [(0, 5), (7, 10)], True),
    # a joiner or a clause word after the first name
    ("民建联与工联会", [(0, 3), (4, 7)], False),
    ("华东医药收购荣信集团", [(0, 4), (6, 10)], False),
    ("宝钢香港与宝澳公司", [(0, 2), (5, 9)], False),
    ("民建联香港与工联会", [(0, 3), (6, 9)], False),
    # a company after a name is another company, the words between them a clause
    ("瑞银给予中联集团", [(0, 2), (4, 8)], False),
    # glued names, a mark between them, a name in the middle, no body's head at the end
    ("国务院国资委", [(0, 3), (3, 6)], False),
    ("索尼·哥伦比亚电影公司", [(0, 2), (3, 11)], False),
    ("剑桥奔哈佛英高中生", [(0, 2), (3, 5)], False),
    ("奥林巴斯评测奥林巴斯", [(0, 4), (6, 10)], False),
    # a piece across the reading's edge, or the whole of it
    ("联合国艾滋病规划署", [(0, 3), (6, 10)], False),
    ("联合国艾滋病规划署", [(0, 9)], False),
])
def test_one_body(lexicon, text, pieces, whole):
    assert one_body(text, 0, len(text), pieces, lexicon) is whole


@pytest.mark.parametrize("text, at, clause", both_scripts([
    ("彩虹股份大股东彩虹电子", 4, True),
    ("亿晶光电借壳海通集团", 4, True),
    ("华东医药与荣信股份", 4, True),
    ("华东医药称荣信股份", 4, True),
    ("隧道股份董事会", 4, False),
    ("隧道股份监事会", 4, False),
    ("联合国艾滋病规划署", 3, False),
]))
def test_runs_on(lexicon, text, at, clause):
    # the readers see the normalised (Simplified) text
    assert runs_on(to_simplified(text), at, lexicon) is clause


def test_one_word_list():
    # the deal words the listed companies' reader takes its cues from are clause words
    assert set(DEAL_WORDS) <= CLAUSE_WORDS


@pytest.mark.parametrize("text, name", [
    # a word a name holds is no clause inside a reading (信息披露, 控股), though it opens one after a listed name
    ("信息披露委员会今天开会。", "信息披露委员会"),
    ("首钢控股有限公司今日成立。", "首钢控股有限公司"),
])
def test_words_names_hold_split_no_reading(nlp, text, name):
    from zhkg.extract.base import make_mention
    from zhkg.records import Label, MentionSource
    from zhkg.stages.segment import token_table

    doc = nlp(text)
    m = make_mention(doc, 0, len(name), Label.ORGANIZATION, MentionSource.RECOGNISER, canonical=name)
    assert [x.simplified for x in split_run_ons([m], doc, token_table(doc), text)] == [name]


# ---- minority_names: the same runs, found without trying every part at every letter


def test_minority_parts_pattern_finds_what_two_or_three_parts_do():
    import random
    import re

    from zhkg.extract.minority_names import _parts_pattern

    parts = sorted(load_lexicon().minority_name_parts)
    alternatives = "|".join(map(re.escape, sorted(parts, key=lambda p: (-len(p), p))))
    reference = re.compile(f"(?:{alternatives}){{2,3}}")
    pattern = _parts_pattern(frozenset(parts))
    rng = random.Random(38)
    filler = "的是在了和有大中人上为地个时要国产以我到他会来"
    found = 0
    for _ in range(2000):
        text = "".join(rng.choice(parts) if rng.random() < 0.6 else rng.choice(filler) for _ in range(rng.randint(1, 10)))
        spans = [m.span() for m in pattern.finditer(text)]
        assert spans == [m.span() for m in reference.finditer(text)], text
        found += len(spans)
    assert found > 500  # the strings hold runs to find
