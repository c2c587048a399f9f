"""Round rolesgrow181 (issue 11): posts before a name across an affiliation, and no post of another's race.

The web set's tune half was grown by 14 Taiwan and Hong Kong articles dense in posts (``tests/test_webgrow137.py``).
Their role errors, classified by ``bench/roles_web.py --causes``, share with the old tune half and the check half the
class "not joined: title apart before the name". One kind of it is mended here: a party, a union or a sector listed
last before a name (全国人大常委、民建联X; 港区全国人大代表、金融界X) no longer hides the posts listed before it
(:func:`zhkg.relate.roles_listed._listed_affiliation_start`).

The same articles showed a chain of posts read across another person's race or new post (谢龙介参选台南市长、立委柯志恩:
台南市长 given to 柯志恩): a chain whose holder follows a verb of running or taking a post with a person named right
before it is that person's (:func:`zhkg.relate.roles_before_names._race_of_another`).

The sentences are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, relation_rows


@pytest.mark.parametrize("text, right", both_scripts([
    ("立法会昨天选出主席，由华强集团董事、民建联李明华当选。", ("李明华", "董事", "华强集团", False)),
    ("港区全国人大代表、金融界张志强昨天落败。", ("张志强", "代表", "港区全国人大", False)),
    ("万通公司总经理、工联会陈大文今天表示支持。", ("陈大文", "总经理", "万通公司", False)),
    # a party's badge with 籍 is an affiliation too
    ("万通公司董事长、国民党籍王大同今天出席。", ("王大同", "董事长", "万通公司", False)),
]))
def test_a_post_before_an_affiliation_listed_last_is_the_persons(pipeline, text, right):
    found = relation_rows(pipeline, text)
    assert right in found, found


@pytest.mark.parametrize("text, wrong", both_scripts([
    # a name, not a post, before the 、: the affiliation's person holds nothing of the first
    ("民建联主席陈克勤、工联会吴秋北今天出席。", ("吴秋北", "主席", "民建联")),
    # a sector's word with no post before it gives nothing
    ("金融界张志强、教育界李明华今天出席。", ("李明华", "金融界", "张志强")),
]))
def test_an_affiliation_after_a_name_ends_no_post(pipeline, text, wrong):
    found = relation_rows(pipeline, text)
    assert not [r for r in found if r[:3] == wrong], found


@pytest.mark.parametrize("text, wrong", both_scripts([
    ("国民党今天征召立委谢明山参选台南市长、立委柯美华参选高雄市长。", ("柯美华", "市长", "台南市")),
    ("国民党今天征召立委谢明山参选台南市长、立委柯美华参选高雄市长。", ("柯美华", "立委", "台南市")),
    ("王小明出任台南市长、立委李大文出席典礼。", ("李大文", "市长", "台南市")),
    ("王石担任万科集团董事长、总裁郁亮今天表示。", ("郁亮", "董事长", "万科集团")),
]))
def test_a_post_after_a_verb_of_another_persons_race_is_not_chained(pipeline, text, wrong):
    found = relation_rows(pipeline, text)
    assert not [r for r in found if r[:3] == wrong], found


@pytest.mark.parametrize("text, right", both_scripts([
    # a chain with no verb before its holder is read as before
    ("万科集团董事长、总裁王石今天出席。", ("王石", "董事长", "万科集团", False)),
    ("万科集团董事长、总裁王石今天出席。", ("王石", "总裁", "万科集团", False)),
    # a verb whose subject is no person named right before it: the chain stands
    ("会议由华强集团董事长、总经理张国强主持。", ("张国强", "董事长", "华强集团", False)),
]))
def test_a_chain_of_posts_with_no_race_before_it_stands(pipeline, text, right):
    found = relation_rows(pipeline, text)
    assert right in found, found
