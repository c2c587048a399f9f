"""Issues 14 and 15, session 44 (words184): words jieba's dictionary tags as a person's name that are none.

jieba tags 729 words of two letters or more ``nr``/``nrfg``/``nrt`` that the training sets' gold almost never
holds in a person's name (拓宽, 弘扬, 莫斯科, 欧佩克, 顾问; ``bench/nr_words.py``). ``name_tag_fixes.tsv`` gives
them their tag (a verb ``v``, a place ``ns``, a body ``nt``, ``n``, ``a``) for every reader of the tags, their
frequency (so the cut) unchanged. A verb of them now governs the holder after it (为拓宽基金管理公司…: not the
subject of the clause, so the owner 央行 is carried to the count after it), and it is no longer glued to a body
(拓宽基金管理公司). A real name holding those letters (王弘扬, 张拓宽) is still a person.

Every passage is written for these tests, in the style of news; the owner is checked in Simplified and Traditional.
"""

from __future__ import annotations

from collections import Counter

import pytest
from helpers import assert_count_owner, both_scripts, labelled_mentions

# (sentence, a word jieba cuts whole there, the tag the token must have)
RETAGGED = [
    ("为拓宽融资渠道，公司今年发行了债券。", "拓宽", "v"),
    ("各地要大力弘扬劳模精神。", "弘扬", "v"),
    ("他在比赛中荣获一等奖。", "荣获", "v"),
    ("我们要坚决杜绝铺张浪费。", "杜绝", "v"),
    ("新球场可容纳五万名观众。", "容纳", "v"),
    ("代表团昨天抵达莫斯科。", "莫斯科", "ns"),
    ("欧佩克决定本月减产。", "欧佩克", "nt"),
    ("他曾担任这家公司的顾问。", "顾问", "n"),
    ("这座古老的城市吸引了很多游客。", "古老", "a"),
]

# jieba's name tags: none of them may stay on a re-tagged word
NAME_TAGS = {"nr", "nrfg", "nrt"}

# real names holding a re-tagged word, or one of its letters: still people
PEOPLE = [
    ("公司总经理王弘扬表示，今年将继续扩大投资。", "王弘扬"),
    ("昨天，市长张拓宽出席了会议。", "张拓宽"),
    ("据新华社电，副县长李荣获在会上讲话。", "李荣获"),
    ("工程师高达明介绍，这座桥长500米。", "高达明"),
    ("齐向东现任奇安信公司董事长。", "齐向东"),  # 向东 a noun now, and a given name still (segment.stock_tag)
]

# (text, the counted thing, its owner): the owner of a count is carried past a clause a re-tagged verb opens
OWNERS = [
    ("近年来，基金管理公司的专户业务发展很快。央行昨日表示，为拓宽基金管理公司特定客户资产管理业务的投资渠道，"
     "保护投资者合法权益，就基金管理公司开立债券账户事宜给出了十二项规定。", "规定", "央行"),
    ("证监会表示，为拓宽证券公司融资渠道，证券公司可以发行短期融资券，并出台了五项措施。", "措施", "证监会"),
]


@pytest.mark.parametrize(("sentence", "word", "tag"), RETAGGED, ids=[row[1] for row in RETAGGED])
def test_retagged_word_in_context(sentence, word, tag):
    from zhkg.stages.segment import make_segmenter, token_table

    words = {w.text: w.tag for w in token_table(make_segmenter()(sentence)).words}
    assert word in words, words  # the cut is jieba's: the word is whole
    assert words[word] == tag


@pytest.mark.parametrize("word", ["拓宽", "弘扬", "莫斯科", "顾问"])
def test_retagged_word_keeps_its_frequency(word):
    from zhkg.resources.jieba_dict import stock_dictionary
    from zhkg.stages.segment import dictionary_frequency, dictionary_tag, make_segmenter

    make_segmenter()
    freq, _, tags = stock_dictionary()
    assert tags[word] in NAME_TAGS  # the stock dictionary (what the recogniser reads) is left as jieba ships it
    assert dictionary_tag(word) not in NAME_TAGS
    assert dictionary_frequency(word) == freq[word]


@pytest.mark.parametrize("word", ["毛泽东", "邓小平", "金山", "高峰"])
def test_names_keep_their_tag(word):
    from zhkg.stages.segment import dictionary_tag, make_segmenter

    make_segmenter()
    assert dictionary_tag(word) == "nr"


def test_every_fix_is_a_stock_name_tag():
    from zhkg.resources.jieba_dict import stock_dictionary
    from zhkg.resources.lexicon import load_lexicon

    tags = stock_dictionary()[2]
    fixes = load_lexicon().tag_fixes
    assert len(fixes) > 700
    assert all(tags.get(word) in NAME_TAGS and tag not in NAME_TAGS | {"x"} for word, tag in fixes)


def test_a_users_name_keeps_its_tag(tmp_path):
    from zhkg.resources.lexicon import load_lexicon
    from zhkg.stages.segment import dictionary_tag, load_project_words

    (tmp_path / "people.txt").write_text("雷尼尔\n", encoding="utf-8")
    load_project_words(load_lexicon((str(tmp_path),)))
    assert dictionary_tag("雷尼尔") == "nr"  # the user's list names it a person: the fix gives way
    assert dictionary_tag("拓宽") == "v"


@pytest.mark.parametrize(("text", "start", "governed"), [
    ("为拓宽基金管理公司的投资渠道", 3, True),
    ("要大力弘扬央视的优良传统", 5, True),
    ("他担任顾问央行也同意", 5, False),  # a noun governs nothing
])
def test_governed_after_retagged_verb(text, start, governed):
    from zhkg.relate.count_subject import _governed
    from zhkg.stages.segment import make_segmenter

    make_segmenter()
    assert _governed(text, 0, start) is governed


@pytest.mark.parametrize(("text", "person"), PEOPLE, ids=[row[1] for row in PEOPLE])
def test_names_sharing_letters_stay_people(pipeline, text, person):
    assert ("PERSON", person) in labelled_mentions(pipeline, text)


@pytest.mark.parametrize(("text", "counted", "owner"), both_scripts(OWNERS, id_chars=30))
def test_owner_past_retagged_verb(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


def test_retagged_verb_is_not_glued_to_a_body(pipeline):
    text = "基金管理公司可以开立债券账户。央行表示，为拓宽基金管理公司的投资渠道，给出了十二项规定。"
    found = labelled_mentions(pipeline, text)
    assert ("ORGANIZATION", "基金管理公司") in found
    assert not any(name.startswith("拓宽") for _, name in found), found


def test_selection_rule():
    from bench.nr_words import select

    counts = {"拓宽": Counter(O=34), "高峰": Counter(PER=2, O=31), "金山": Counter(PER=15, O=9),
              "连": Counter(PER=1, O=99), "高达": Counter(PER=1, O=98), "李宁": Counter(ORG=4)}
    assert select(counts, 5, 0.05) == ["高达", "拓宽"]


@pytest.mark.parametrize(("seen", "contexts_tag", "cluster_tag", "tag"), [
    (Counter(LOC=9, O=1), "n", "x", "ns"),
    (Counter(ORG=6, LOC=2), "n", "x", "nt"),
    (Counter(LOC=3, ORG=3, O=4), "a", "n", "a"),
    (Counter(O=20), "v", "v", "v"),
    (Counter(O=20), "v", "n", "n"),  # a verb only when its cluster agrees
])
def test_new_tag(seen, contexts_tag, cluster_tag, tag):
    from bench.nr_words import new_tag

    assert new_tag(seen, Counter(), lambda contexts: contexts_tag, cluster_tag) == tag


def test_posseg_does_not_take_the_fixes():
    from zhkg.resources.jieba_dict import import_jieba
    from zhkg.stages.segment import dictionary_tag, make_segmenter

    make_segmenter()
    import_jieba()
    import jieba.posseg

    jieba.posseg.lcut("为拓宽融资渠道")  # empties jieba's table of user tags into its own
    assert dictionary_tag("拓宽") == "v"


# 连胜, a name's tag in jieba's dictionary, is now a noun: a number before it is a streak's length, no count
STREAKS = ["雷霆队取得五连胜，排名升至第三。", "湖人遭遇三连败后，主帅表示不满。", "中国队实现两连冠。"]


@pytest.mark.parametrize("text", both_scripts(STREAKS, id_chars=12))
def test_streak_is_no_count(pipeline, text):
    assert not any(label == "COUNT" for label, _ in labelled_mentions(pipeline, text))
