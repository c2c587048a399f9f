"""Issue 14, session 21 (counts21): a clause whose subject is no holder named before takes no earlier holder.

A count that names no holder in its clause is given one carried from an earlier clause or sentence. That is wrong
when the count's clause, or a clause before it in its sentence, opens with a subject that is not that holder: 该 and a
thing (该剧, 该书, 该属), a work's title (《大河之歌》) or a product's model (FE4000, 奥林巴斯FE4000: its maker glued
to it owns nothing), a single person (他, 她) doing or having what is counted, or
公司/集团 when the holder before is a school, a club, a state body or a place (``zhkg.relate.count_pointers``). An
organisation inside a work's title (《苏打绿追梦》) is part of the title and owns nothing. A count glued after 这/那
(这三名海盗) takes no earlier clause's holder, unless it counts members of a body of their kind (这200多名学生) or
what an earlier count of its sentence counted. The dead and hurt counted after a place and 发生/造成 are no place's
even when no accident is named (元朗…发生3死14伤). Controls: 该 and a body's or place's kind (该公司, 该基金,
该项目, 该活动) still stand for the holder; a person who says what a body has (他表示，…) reports the body's figures;
the members of a body a visitor faces stay the body's; a holder named after the subject in its own clause owns the
count. Every passage is written for these tests and checked in Simplified and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_owner, both_scripts

# (text, counted head, the owner it must have, or None for none)
CASES = [
    # 该 and a thing: the book, the play, the genus, the figure just named, no holder of an earlier sentence
    ("西城区新开了一家书店。该书共有三位作者，历时五年写成。", "作者", None),
    ("北京市今年新建了10座公园。该剧共有两位编剧，拍摄历时三年。", "编剧", None),
    ("河北省发现了一种新的兰花。该属共有12种，分布于华北山区。", "种", None),
    ("民进党称获得三十余个议席。该总数超过议会全部113席的一半。", "席", None),
    # controls: 该 and a body's kind stands for the body named before; the earlier sentence keeps its own count
    ("万科集团今年业绩很好。该集团旗下共有300个项目。", "项目", "万科集团"),
    ("润泽·悦溪项目昨日开盘。该项目推出的120套房源一天售罄。", "房源", "润泽·悦溪"),
    ("北京市今年新建了10座公园。该剧共有两位编剧，拍摄历时三年。", "公园", "北京市"),
    # a single person opening the clause: what he has or did is no team's nor company's named before
    ("国王队昨天输给了火箭队。球队的老将马丁已经尽力了，他在过去8场比赛场均得到25分。", "比赛", None),
    ("华谊兄弟是一家影视公司。她明年共有四部电影上映。", "电影", None),
    # controls: a person saying what a body has reports the body's figures
    ("北京大学今年扩大招生。他表示，共有3000名新生入学。", "新生", "北京大学"),
    # ...the members of a body a visitor faces are still the body's
    ("温家宝来到湖南大学。他站在台阶上，面对数千名学生发表讲话。", "学生", "湖南大学"),
    # ...and a holder named after the person in the clause owns what it counts
    ("他创办的华星公司去年共开设了3家分店。", "分店", "华星公司"),
    # 公司 opening a sentence with no company named before: no university, club or place is that company
    ("清华大学有十个学院。公司共有员工1600名，生产基地7个。", "员工", None),
    ("清华大学有十个学院。公司共有员工1600名，生产基地7个。", "基地", None),
    # controls: with a company named before, 公司 stands for it; the university keeps its own count
    ("腾讯公司今年业绩很好。公司共有员工3万名。", "员工", "腾讯公司"),
    ("清华大学有十个学院。公司共有员工1600名，生产基地7个。", "学院", "清华大学"),
    # ...and a company whose name has no generic ending may still be the one 公司 stands for
    ("华谊兄弟今年很忙。公司共有员工3000名。", "员工", "华谊兄弟"),
    # a band or club inside a work's title is part of the title: the film's songs and stories, no band's
    ("《苏打绿追梦》除再现10首演唱会曲目外，还拍摄了两段故事。", "曲目", None),
    ("《苏打绿追梦》除再现10首演唱会曲目外，还拍摄了两段故事。", "故事", None),
    ("纪录片《北京国安二十年》共采访了30名球员。", "球员", None),
    # ...and a work's title opening the clause is its subject: no place of an earlier sentence owns its cast
    ("北京电影制片厂今年很忙。《大河之歌》共有三位主演，拍摄历时两年。", "主演", None),
    # control: a paper whose name is the whole title is a body
    ("《人民日报》共有300名记者。", "记者", "人民日报"),
    # a maker glued to its model names the product: the camera's colours and features are no maker's
    ("奥林巴斯今年推出了新相机。奥林巴斯FE4000共有品红、珍珠白以及深灰三种颜色版本可供选择。", "版本", None),
    ("奥林巴斯公司今年推出了新相机，FE4000拥有极具特色的滤镜模式，可识别16张面孔。", "面孔", None),
    ("卡西欧今年推出了新相机。卡西欧Z280的快门速度很快，其配置了39个场景功能。", "功能", None),
    # controls: the maker alone owns its staff; a buyer before the model owns what it bought
    ("奥林巴斯公司今年共有3000名员工。", "员工", "奥林巴斯公司"),
    ("中国东方航空公司今年购买了5架空客A380。", "空客", "中国东方航空公司"),
    # the dead and hurt counted after a place and 发生/造成, no accident named, are no place's
    ("元朗公路近博爱交汇处25日晨发生3死14伤的严重交通意外。", "死", None),
    ("元朗公路近博爱交汇处25日晨发生3死14伤的严重交通意外。", "伤", None),
    ("香港昨日发生一宗交通意外，造成5名乘客受伤。", "乘客", None),
    # control: a place where something else happened keeps what it counts
    ("北京今年发生了很多变化，新增3000名教师。", "教师", "北京市"),
    # 这/那 glued to a count points back to what was just named: no earlier clause's holder either
    ("美国海军的狙击手向救生艇上的海盗们开火，而且这三名海盗都没有携带武器。", "海盗", None),
    # controls: members of a body of their kind named before are still its own; a count without 这 keeps the holder
    ("湖南大学举行了毕业典礼，这200多名学生都很激动。", "学生", "湖南大学"),
    ("北京队昨天赢了比赛，这12名球员都很兴奋。", "球员", "北京队"),
    ("广州市政府今年新建了3座公园，还修建了5座体育馆。", "体育馆", "广州市政府"),
]


@pytest.mark.parametrize(("text", "counted", "owner"), both_scripts(CASES, id_chars=24))
def test_count_owner_session21(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)


MODELS = [("FE4000共有", True), ("Z30的快门", True), (" EOS 550D拥有", True), ("CES2011展会", False),
          ("NBA球队", False), ("3G手机", False), ("NEX3共有", False)]


@pytest.mark.parametrize(("text", "model"), MODELS, ids=[t for t, _ in MODELS])
def test_model_code(text, model):
    from zhkg.relate.count_pointers import model_code

    assert model_code(text, 0) is model


POINTERS = [
    ("该剧两位编剧", True), ("该属共有2种", True), ("该总数大大超过", True), ("该南延段共计3.8公里", True),
    ("该书共有三位作者", True), ("该公司旗下", False), ("该基金首募", False), ("该开发商表示", False),
    ("该区域日渐", False), ("该活动开展", False), ("该楼盘推出", False), ("该怎么办", False), ("该", False),
]


@pytest.mark.parametrize(("text", "pointer"), POINTERS, ids=[t for t, _ in POINTERS])
def test_thing_pointer(text, pointer):
    from zhkg.relate.count_pointers import thing_pointer

    assert thing_pointer(text, 0) is pointer


PERSONS = [("他在过去8场比赛", True), ("她明年共有", True), ("他们在过去", False), ("我会有四部电影", False),
           ("他乡", False), ("他人", False), ("其他", False)]


@pytest.mark.parametrize(("text", "person"), PERSONS, ids=[t for t, _ in PERSONS])
def test_person_subject(text, person):
    from zhkg.relate.count_pointers import person_subject

    assert person_subject(text, 0) is person


def _owners_after(pipeline, text: str, before: str) -> set[str]:
    """The owners (canonical names, Simplified) of the count right after the last ``before`` of ``text``."""
    from zhkg.records import Document, Label, RelationKind
    from zhkg.stages.entity_groups import entity_id
    from zhkg.stages.normalise import to_simplified

    result = pipeline.process_documents([Document("d", text, kind="text")])[0]
    at = text.rindex(before) + len(before)
    count = next(m for m in result.mentions if m.label is Label.COUNT and m.start == at)
    names = {entity_id(m): m.canonical for m in result.mentions}
    return {to_simplified(names[r.source]) for r in result.relations
            if r.kind is RelationKind.HAS_COUNT and r.target == entity_id(count)}


# (text, what the count follows, its owner or None): 这 + a count and what an earlier count of its sentence counted
REPEATS = [
    ("万科集团今年新开了30家门店，这30家门店都在南方。", "这", "万科集团"),
    ("中央财经大学的合作项目目前有四个专业，这四个专业都是经济管理类的。", "这", "中央财经大学"),
    ("美国海军的狙击手向救生艇上的海盗们开火，而且这三名海盗都没有携带武器。", "这", None),
]


@pytest.mark.parametrize(("text", "before", "owner"), both_scripts(REPEATS, id_chars=24))
def test_pointed_count_repeats_an_owned_count(pipeline, text, before, owner):
    from zhkg.stages.normalise import to_traditional

    owners = _owners_after(pipeline, text, before if before in text else to_traditional(before))
    assert owners == ({owner} if owner else set())
