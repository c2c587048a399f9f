"""Posts joined to their holder in the forms mainland news writes them (session 58, roles279, issue 11): a chain of
posts a comma cuts from the chain next to the name (华强集团党委书记、董事长，万科集团党委书记、董事长王明:
:mod:`zhkg.relate.roles_comma_chains`), a party committee's member chained before a title (党组成员、副总经理王明), and
the head of a relative clause of the post it took, the subject of the clauses after it (履新…的王明是…，曾任…).

The passages are written for these tests, names invented; each group has negatives.
"""

import pytest
from helpers import both_scripts
from helpers import role_edges as roles


@pytest.mark.parametrize(
    "text, person, held",
    both_scripts([
        # two bodies' chains, a comma between, the name after the second
        ("华强集团党委书记、董事长，万科集团党委书记、董事长王明出席了签约仪式。", "王明",
         [("华强集团", "党委书记"), ("华强集团", "董事长"), ("万科集团", "董事长")]),
        ("会上，华润集团董事长，招商银行董事长李强表示，今年业绩稳定。", "李强", [("华润集团", "董事长"), ("招商银行", "董事长")]),
        ("南方电网公司总经理，南方电网研究院院长张伟介绍了情况。", "张伟",
         [("南方电网公司", "总经理"), ("南方电网研究院", "院长")]),
    ]),
)
def test_a_chain_cut_by_a_comma_is_the_names(pipeline, text, person, held):
    found = {(p, b, t) for p, b, t in roles(pipeline, text)}
    for body, title in held:
        assert (person, body, title) in found


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        # the chain must open its clause: after 由, or after another name, it is no one's or the other's
        ("会议由华强集团董事长，万科集团总裁王明主持。", "王明", "华强集团", "董事长"),
        ("华强集团董事长李强，万科集团总裁王明出席了会议。", "王明", "华强集团", "董事长"),
    ]),
)
def test_a_chain_cut_by_a_comma_not_at_a_clause_opening_is_not_the_names(pipeline, text, person, body, title):
    assert (person, body, title) not in roles(pipeline, text)


@pytest.mark.parametrize(
    "text, person, body, titles",
    both_scripts([
        ("华强集团党组成员、副总经理王明出席会议。", "王明", "华强集团", ("党组成员", "副总经理")),
        ("中国作家协会党组成员、副主席李华主持了座谈会。", "李华", "中国作家协会", ("党组成员", "副主席")),
        # after a verb of a post, the committee member's post opening the list
        ("李华，1960年生，曾任国家林业局党组成员、副局长等职务。", "李华", "国家林业局", ("党组成员", "副局长")),
    ]),
)
def test_a_committee_member_chains_before_a_title(pipeline, text, person, body, titles):
    found = roles(pipeline, text)
    for title in titles:
        assert (person, body, title) in found


@pytest.mark.parametrize(
    "text, person, body, title",
    both_scripts([
        # the head of a relative clause of a post is the subject after it
        ("履新华强集团董事长的王明是浙江宁波人，1967年2月生，曾任万科集团副总裁、中信集团总经理。", "王明", "中信集团", "总经理"),
        ("刚出任北方大学校长的李华是山东人，曾任南方大学副校长。", "李华", "南方大学", "副校长"),
        # a party committee's department after the committee's post: the committee's department
        ("李华任河北省委常委、统战部部长。", "李华", "河北省委统战部", "部长"),
        ("此前，李华为河北省委常委、宣传部部长，省政协党组副书记。", "李华", "河北省委宣传部", "部长"),
        # the mainland's assistant ranks before the title (no 总经理助理: the assistant's post of another)
        ("王明担任华强集团的助理总经理兼副总经理。", "王明", "华强集团", "助理总经理"),
        ("王明担任华强集团的助理总经理兼副总经理。", "王明", "华强集团", "副总经理"),
        ("王明担任华强集团的助理总裁。", "王明", "华强集团", "助理总裁"),
        # a birth date right after the name that opens the sentence: the clause of posts after it is the name's
        ("李华1962年3月生，河北保定人，第十四届全国人大代表、华强集团董事长。", "李华", "华强集团", "董事长"),
        ("李华1962年出生，河北保定人，华强集团董事长。", "李华", "华强集团", "董事长"),
    ]),
)
def test_a_post_is_read_in_each_form(pipeline, text, person, body, title):
    assert (person, body, title) in roles(pipeline, text)


def test_a_department_alone_after_no_committee_is_no_ones(pipeline):
    # no committee before it: a department named alone would join every body's department of that name
    assert not any(b == "宣传部" for _, b, _ in roles(pipeline, "李华任宣传部部长。"))


def test_an_assistant_to_a_title_stays_that(pipeline):
    assert ("王明", "华强集团", "总经理助理") in roles(pipeline, "华强集团总经理助理王明表示。")


def test_a_clause_of_posts_after_another_persons_clause_is_not_the_opening_names(pipeline):
    text = "李华1962年3月生，其父王强，华强集团董事长。"
    assert ("李华", "华强集团", "董事长") not in roles(pipeline, text)


def _mention(text: str, start: int, end: int, label):
    from zhkg.records import Mention

    return Mention("d", start, end, text[start:end], text[start:end], label, "x", canonical=text[start:end])


def test_a_full_name_written_again_without_a_mention_gets_a_stand_in_of_that_person():
    from zhkg.records import Document, Label
    from zhkg.relate.base import RelationContext
    from zhkg.relate.roles_repeated_names import repeated_people

    text = "华强集团董事长闫学文表示。同时，闫学文兼任万科集团的助理总裁。王俊说，王俊杰也到了。"
    person = _mention(text, 7, 10, Label.PERSON)
    short = _mention(text, text.index("王俊说"), text.index("王俊说") + 2, Label.PERSON)
    body = _mention(text, text.index("万科集团"), text.index("万科集团") + 4, Label.ORGANIZATION)
    ctx = RelationContext(Document("d", text), [person, short, body],
                          {person: "person:闫学文", short: "person:王俊", body: "org:万科集团"})
    found = repeated_people(ctx)
    assert [(m.start, m.simplified) for m in found] == [(text.index("闫学文兼任"), "闫学文")]
    assert ctx.owner[found[0]] == "person:闫学文"  # the person's own entity
    assert repeated_people(ctx) is found  # made once a document


def test_no_stand_in_where_a_mention_overlaps_the_name():
    from zhkg.records import Document, Label
    from zhkg.relate.base import RelationContext
    from zhkg.relate.roles_repeated_names import repeated_people

    text = "闫学文表示。闫学文基金会成立。"
    person = _mention(text, 0, 3, Label.PERSON)
    body = _mention(text, 6, 11, Label.ORGANIZATION)
    ctx = RelationContext(Document("d", text), [person, body], {person: "person:闫学文", body: "org:闫学文基金会"})
    assert repeated_people(ctx) == []


@pytest.mark.parametrize(
    "text, person, title",
    both_scripts([
        # a new cabinet's list after its state is said: 被任命为, a bare 为 or 任 before each minister's title
        ("英国新首相组建内阁。新内阁中，约翰·布朗被任命为外交大臣，彼得·格林为内政大臣。", "约翰·布朗", "外交大臣"),
        ("英国新首相组建内阁。新内阁中，约翰·布朗被任命为外交大臣，彼得·格林为内政大臣。", "彼得·格林", "内政大臣"),
        ("英国新首相组建内阁。玛丽·怀特任财政大臣。", "玛丽·怀特", "财政大臣"),
    ]),
)
def test_a_cabinets_list_reads_each_minister_of_the_state(pipeline, text, person, title):
    assert (person, "英国", title) in roles(pipeline, text)


def test_a_minister_appointing_another_holds_no_title_by_it(pipeline):
    found = roles(pipeline, "日本新内阁今天成立。首相石破茂任命岩屋毅为外务大臣。")
    assert ("岩屋毅", "日本", "外务大臣") in found
    assert ("石破茂", "日本", "外务大臣") not in found


def test_a_word_of_the_titles_kind_names_no_body(pipeline):
    # 防守型教练: a defensive-minded coach, no coach of a body named 防守型
    found = roles(pipeline, "其一是王大明作为防守型教练的习惯。王大明表示，球队会改进。")
    assert not any(b == "防守型" for _, b, _ in found)
