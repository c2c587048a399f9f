"""People in informal text (issue 15, session 16): handles, chanted names, given names alone, and recogniser
people trimmed of a hashtag's # or a pronoun (``zhkg.extract.informal_people``), in both scripts."""

from __future__ import annotations

from collections import Counter

import pytest
from helpers import both_scripts, person_nodes

from zhkg import Document
from zhkg.stages.normalise import to_simplified


def _mentions(pipeline, text: str) -> list[tuple[str, str]]:
    result = pipeline.process_document(Document("d", text))
    return [(m.label.value, to_simplified(m.simplified)) for m in result.mentions]


def _people(pipeline, text: str) -> Counter[str]:
    """How many mentions write each person's name."""
    return Counter(name for label, name in _mentions(pipeline, text) if label == "PERSON")


@pytest.mark.parametrize("text, name", both_scripts([
    # a forwarded comment's handle, ended by a colon
    ("明显是过失犯罪，量刑太轻。//@段钢:毒剂是从哪里买的？//@美食频道:转发微博", "段钢"),
    # a handle ended by the user's Latin name, holding a country's name
    ("生日快乐！@陈苏丹sudan 记得请客", "陈苏丹"),
    # a handle the dictionary knows as a person's, though its given name is a district's
    ("//@汪东城:看见了！这样穿很帅气", "汪东城"),
    # a user's name before Weibo's stock phrase, without its @
    ("勇气令大人们汗颜 樊文涛转发微博", "樊文涛"),
]))
def test_a_handle_that_is_a_name_is_a_person(pipeline, text, name):
    mentions = _mentions(pipeline, text)
    assert ("PERSON", name) in mentions
    # nothing read inside the handle stands beside it
    assert not any(n != name and n in name for _, n in mentions)


@pytest.mark.parametrize("text, absent", both_scripts([
    ("今天的菜很好吃//@美食频道:转发微博", "美食频道"),
    ("周末一起去玩吧@张家口 @黄山:欢迎", "张家口"),
    ("//@俞婕呢@奋斗中的小年青 加油", "俞婕呢"),
]))
def test_a_handle_that_is_a_word_a_place_or_runs_into_a_particle_is_no_person(pipeline, text, absent):
    assert absent not in _people(pipeline, text)


@pytest.mark.parametrize("text, name, times", both_scripts([
    ("群星闪耀来袭，魏晨魏晨魏晨！", "魏晨", 3),
    ("萧萧静的明天有明天，徐妍徐妍", "徐妍", 2),
    ("今晚的演唱会太棒了，穆婷婷、穆婷婷、穆婷婷！", "穆婷婷", 3),
]))
def test_a_name_cheered_by_writing_it_again_is_a_person_each_time(pipeline, text, name, times):
    assert _people(pipeline, text)[name] == times


@pytest.mark.parametrize("text", both_scripts([
    "听到这个消息大家高兴高兴，研究研究再说。",
    "谢谢谢谢，哈哈哈哈，期待的过程是幸福的，幸福的瞬间是收获的时候。",
    # a repeat across words, or a clause's last word opening the next
    "二手房：二手房现房现卖，所见即所得。",
    "用汽车罐车一车一车地去拉，近年来越来越多。",
    "此次测试是封测，封测的目的就在于调整游戏的平衡。",
]))
def test_a_word_written_twice_is_no_person(pipeline, text):
    assert not _people(pipeline, text)


@pytest.mark.parametrize("text, full, given", both_scripts([
    ("演员章子怡昨天现身机场。子怡说她很开心。", "章子怡", "子怡"),
    ("唉马靖昊说会计厚林兄弟，真的对不起李厚林：我要看一个月的新闻才能治好此博的影响了。", "李厚林", "厚林"),
]))
def test_a_given_name_alone_is_the_persons_other_name(pipeline, text, full, given):
    nodes = person_nodes(pipeline, text)
    assert given in nodes.get(full, set())
    assert given not in nodes


@pytest.mark.parametrize("text, absent", both_scripts([
    # a given name that is a word, or names a road after the person
    ("王建国在会上表示，建国以来变化很大。", "建国"),
    ("市民刘建华介绍，建华路上的商铺都已开业。", "建华"),
    # 小编 is the page's editor, not 张小编's name
    ("网友张小编发帖说，感谢小编不断将惊喜带给大家。", "小编"),
    # a given name inside a work's title is the work's
    ("正传《嘉薰医生》最初是作者陈嘉薰运用自身形象进行创作。", "嘉薰"),
]))
def test_a_given_name_that_is_a_word_or_a_roads_name_is_no_person(pipeline, text, absent):
    assert absent not in _people(pipeline, text)


@pytest.mark.parametrize("text, name, cut", both_scripts([
    ("##陈翔##问妈妈好吗#", "陈翔", "陈翔##"),
    ("真的很好看，期待如画和如风在一起林申我在", "林申", "林申我"),
]))
def test_a_recogniser_person_loses_a_hashtags_mark_and_a_pronoun(pipeline, text, name, cut):
    people = _people(pipeline, text)
    assert name in people
    assert cut not in people


@pytest.mark.parametrize("text, names, whole", both_scripts([
    # two names written together, jieba starting a word between them
    ("我了个榴莲少女陈伊琼夏邦都好像在你那儿看过", {"陈伊琼", "夏邦"}, "陈伊琼夏邦"),
    ("《陆毅曹芙嘉《蒲公英》》", {"陆毅", "曹芙嘉"}, "陆毅曹芙嘉"),
    # a name run into the word after it
    ("什么时候都饿的人陈雨奇葩的世界", {"陈雨"}, "陈雨奇葩"),
    # a laugh before a name
    ("笑喷哈哈泰迪宋茜姐姐的声音好甜", {"泰迪"}, "哈哈泰迪"),
]))
def test_a_recogniser_person_of_two_names_or_a_name_and_a_word_is_split(pipeline, text, names, whole):
    people = _people(pipeline, text)
    assert names <= set(people)
    assert whole not in people


@pytest.mark.parametrize("text, name", both_scripts([
    # a married woman's two surnames keep her name whole
    ("前政务司司长陈方安生和范徐丽泰出席了活动。", "范徐丽泰"),
    ("立法会前主席范徐丽泰昨日接受访问。", "范徐丽泰"),
    # a transliterated name, of two parts or more
    ("五名中锋丹皮尔、马格洛伊尔和德克斯特都可以上场。", "马格洛伊尔"),
    ("同时导演罗勃柯恩也表示十分期待。", "罗勃柯恩"),
    # a ruler's temple name before his name
    ("西河公主是唐朝第十代皇帝唐顺宗李诵之女。", "唐顺宗李诵"),
]))
def test_a_married_transliterated_or_ruler_name_is_not_split(pipeline, text, name):
    assert name in _people(pipeline, text)


@pytest.mark.parametrize("text, name", both_scripts([
    # a handle after the user's digits, of a compound surname
    ("好开心@12欧阳红燕 我们明天见", "欧阳红燕"),
    # a name listed between two people the document names
    ("我投给了周晓燕，谭玮，陈国栋三位老师", "谭玮"),
]))
def test_informal_cues_name_a_person(pipeline, text, name):
    assert name in _people(pipeline, text)


@pytest.mark.parametrize("text, absent", both_scripts([
    # four letters after @ without a compound surname are a nickname
    ("羡慕//@向前进军:壮壮很幸福啊！", "向前进军"),
    ("况怎么样了//@龙海新闻:赞一个", "龙海新闻"),
]))
def test_informal_cues_beside_words_name_no_person(pipeline, text, absent):
    assert absent not in _people(pipeline, text)


@pytest.mark.parametrize("text, parts", both_scripts([
    ("两队竞争乔治哈拉斯杯，比赛达到高潮。", ("乔治", "哈拉斯")),
]))
def test_a_transliterated_name_is_not_cut_into_two_people(pipeline, text, parts):
    people = _people(pipeline, text)
    assert not all(part in people for part in parts)
