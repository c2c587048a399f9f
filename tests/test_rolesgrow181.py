"""Round rolesgrow181 (issue 11): posts before a name across an affiliation, and no post of another's race.

The web set's tune half was grown by 14 Taiwan and Hong Kong articles dense in posts (``tests/test_webgrow137.py``).
Their role errors, classified by ``bench/roles_web.py --causes``, share with the old tune half and the check half the
class "not joined: title apart before the name". One kind of it is mended here: a party, a union or a sector listed
last before a name (全国人大常委、民建联X; 港区全国人大代表、金融界X) no longer hides the posts listed before it
(:func:`zhkg.relate.roles_listed._listed_affiliation_start`).

The same articles showed a chain of posts read across another person's race or new post (谢龙介参选台南市长、立委柯志恩:
台南市长 given to 柯志恩): a chain whose holder follows a verb of running or taking a post with a person named right
before it is that person's (:func:`zhkg.relate.roles_before_names._race_of_another`).

Two smaller mends from the same articles: a Hong Kong district's officer (油尖旺民政专员X) is a title of the district's
(``roles.tsv``: 民政专员, 民政事务专员, held by a place), and a party's organ written as one body with the party's name
(国民党中常会) counts as that party where 党 alone looks for the one party named before it
(:func:`zhkg.relate.roles_title_body._party_organ`); a post noun between a post and 的 + its holder (担任董事长一职的X,
离开葵青民政专员岗位的X: held before) no longer hides the post (:func:`zhkg.relate.roles_forms._read_role_then_person`).

The sentences are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, relation_rows


@pytest.mark.parametrize("text, right", both_scripts([
    # a post before an affiliation listed last before the name is the person's
    ("立法会昨天选出主席，由华强集团董事、民建联李明华当选。", ("李明华", "董事", "华强集团", False)),
    ("港区全国人大代表、金融界张志强昨天落败。", ("张志强", "代表", "港区全国人大", False)),
    ("万通公司总经理、工联会陈大文今天表示支持。", ("陈大文", "总经理", "万通公司", False)),
    ("万通公司董事长、国民党籍王大同今天出席。", ("王大同", "董事长", "万通公司", False)),  # a badge with 籍
    # a chain with no verb before its holder is read as before, and one whose verb follows no person's name
    ("万科集团董事长、总裁王石今天出席。", ("王石", "董事长", "万科集团", False)),
    ("万科集团董事长、总裁王石今天出席。", ("王石", "总裁", "万科集团", False)),
    ("会议由华强集团董事长、总经理张国强主持。", ("张国强", "董事长", "华强集团", False)),
    # a district's officer
    ("油尖旺民政专员余建明今天到场。", ("余建明", "民政专员", "油尖旺区", False)),
    ("大埔民政事务专员陈美玲表示会跟进。", ("陈美玲", "民政事务专员", "大埔", False)),
    # a party's organ stands for the party before 党 alone
    ("国民党中常会昨天通过提名名单，并由党主席郑美华亲自披挂彩带。", ("郑美华", "主席", "国民党中常会", False)),
    # a post noun before 的 + the holder; with a verb of leaving, a post held before
    ("担任华强集团董事长一职的王建国今天表示。", ("王建国", "董事长", "华强集团", False)),
    ("去年八月离开华强集团总经理岗位的王建国今天表示。", ("王建国", "总经理", "华强集团", True)),
    ("卸下万通公司董事长职务的李志明今天表示。", ("李志明", "董事长", "万通公司", True)),
]))
def test_posts_listed_before_an_affiliation_or_in_a_chain_are_the_persons(pipeline, text, right):
    found = relation_rows(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, wrong", both_scripts([
    # a name, not a post, before the 、: the affiliation's person holds nothing of the first
    ("民建联主席陈克勤、工联会吴秋北今天出席。", ("吴秋北", "主席", "民建联")),
    # a post after a verb of running or taking a post, its subject named right before it, is no one's after the 、
    ("国民党今天征召立委谢明山参选台南市长、立委柯美华参选高雄市长。", ("柯美华", "市长", "台南市")),
    ("国民党今天征召立委谢明山参选台南市长、立委柯美华参选高雄市长。", ("柯美华", "立委", "台南市")),
    ("王小明出任台南市长、立委李大文出席典礼。", ("李大文", "市长", "台南市")),
    ("王石担任万科集团董事长、总裁郁亮今天表示。", ("郁亮", "董事长", "万科集团")),
    # two parties named before 党 alone, one of them by its organ: neither
    ("国民党中常会今天通过名单，对战民进党立委陈美玲。党主席郑美华表示支持。", ("郑美华", "主席", "民进党")),
    # 离开 with no post noun after the title leaves a person, not a post (离开华强集团董事长的X: the chairman's side)
    ("刚离开华强集团董事长的王建国今天表示。", ("王建国", "董事长", "华强集团")),
]))
def test_no_post_of_a_name_listed_before_or_of_another_persons_race(pipeline, text, wrong):
    found = relation_rows(pipeline, text)
    assert not [r for r in found if r[:3] == wrong], found
