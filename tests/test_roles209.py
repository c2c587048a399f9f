"""Round roles209 (issue 11): a party's officers titled bare in Taiwan news, each in Simplified and Traditional
(``both_scripts``).

A party's officer is often written with no party before the title, the party named earlier in the sentence or in
the two sentences before as what they are about: 国民党这4年来在现任党主席朱立伦的带领下; 民进党召开选对会，会后由
发言人吴峥转述. :func:`zhkg.relate.roles_implied.read_implied_bodies` reads the party's titles (主席, 副主席, 秘书长,
副秘书长, 发言人, 创党主席) as the one party's, as it reads a bare 校长 as the one school's; 党 right before the title
(党主席) is the party's letter, as 该党主席 would say, and such a title is read after 的 too (卸下立委职务的党主席X).
Another body between the party and the title (外交部…，发言人X) leaves the title unread; a part named after the party
(民众党团) is no other body. The party kind judges no other reader's body (:func:`zhkg.relate.roles_implied.other_kind`):
国民党立委X stays 立委 of 国民党.

Taiwan's posts its press writes (``roles.tsv``): a university's officers (研发长, 学务长, 教务长, 总务长, 主秘), a county's
civil-service posts (课员, 课长, 股长, 技士, 技正, 巡官, 督察员, 专门委员, 机要秘书), a company's (业务长, 协理, 资深
协理, 特助) and a hospital's 主治医师 are role words, so a résumé's list after 曾任 or 历任 reads each of them as the
body's before it (历任台东县警察局巡官、课员、股长: each of 台东县警察局), as it read 副校长、教授.

A school's 校长 (a one-holder post) held before by someone else does not keep the bare title from its present
holder: 卸任校长X将印信交接予新任校长Y is Y's (予 is a function word a bare title may follow, as 向 is).

The sentences are written for these tests, names invented.
"""

import pytest
from helpers import both_scripts, relation_rows


@pytest.mark.parametrize("text, person, role, party", both_scripts([
    ("林宽裕回应，国民党这几年来在现任党主席黄志明的带领下，赢得多项选举。", "黄志明", "主席", "国民党"),
    ("民进党今天召开选对会，会后由发言人林美华进行转述。", "林美华", "发言人", "民进党"),
    ("民众党两年条款届满。据了解，民众党团总召将由陈大同接棒。即便卸下立委职务的党主席黄志明仍会到党团开会。",
     "黄志明", "主席", "民众党"),
    ("国民党今天召开中常会。党主席林美华表示，明年选战很重要。", "林美华", "主席", "国民党"),
    ("民进党今天开会，秘书长黄志明主持会议。", "黄志明", "秘书长", "民进党"),
]))
def test_a_partys_bare_title_is_the_partys(pipeline, text, person, role, party):
    found = relation_rows(pipeline, text, "HOLDS_ROLE")
    assert any(r[0] == person and r[1].endswith(role) and r[2] == party for r in found), found


@pytest.mark.parametrize("text, person", both_scripts([
    # another body between the party and the title: the spokesperson may be the ministry's
    ("国民党批评政府，外交部今日回应，发言人黄志明表示不同意。", "黄志明"),
    # two parties named before the title: neither is surely its body
    ("国民党和民进党今天各自开会，秘书长黄志明主持会议。", "黄志明"),
]))
def test_a_partys_title_is_no_ones_when_the_party_is_not_sure(pipeline, text, person):
    found = relation_rows(pipeline, text, "HOLDS_ROLE")
    assert not [r for r in found if r[0] == person and r[2] in ("国民党", "民进党")], found


@pytest.mark.parametrize("text, person, party", both_scripts([
    ("国民党争取县长提名的立委黄志明、副县长林美华昨同台团拜。", "黄志明", "国民党"),
]))
def test_a_partys_legislator_stays_its_legislator(pipeline, text, person, party):
    found = relation_rows(pipeline, text, "HOLDS_ROLE")
    assert (person, "立委", party, False) in found, found


@pytest.mark.parametrize("text, person, role, body, former", both_scripts([
    # a résumé's list after 历任/曾任: each of Taiwan's posts the body's before it, held before
    ("林美华现年63岁，历任台东县警察局巡官、课员、督察员、股长、课长、主任。", "林美华", "巡官", "台东县警察局", True),
    ("林美华现年63岁，历任台东县警察局巡官、课员、督察员、股长、课长、主任。", "林美华", "股长", "台东县警察局", True),
    ("林美华现年63岁，历任台东县警察局巡官、课员、督察员、股长、课长、主任。", "林美华", "课长", "台东县警察局", True),
    ("张伟曾任北京大学副校长、教务长、研发长、主秘。", "张伟", "研发长", "北京大学", True),
    ("张伟曾任北京大学副校长、教务长、研发长、主秘。", "张伟", "主秘", "北京大学", True),
    # Taiwan's posts as role words, held now
    ("王大同是长庚纪念医院主治医师。", "王大同", "主治医师", "长庚纪念医院", False),
    ("宏达电业务长李明辉表示，营收成长。", "李明辉", "业务长", "宏达电", False),
    # a one-holder post held before by another leaves its bare title to the new holder
    ("台湾师范大学今日举办校长交接典礼，卸任校长吴大同将印信交接予新任校长林美华。", "林美华", "校长", "台湾师范大学", False),
]))
def test_taiwans_posts_are_read(pipeline, text, person, role, body, former):
    found = relation_rows(pipeline, text, "HOLDS_ROLE")
    assert (person, role, body, former) in found, found
