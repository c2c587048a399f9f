"""Roles read right on real Taiwan, Hong Kong, international and mainland news (round roles125, from the errors of the
tune half of ``tests/gold/roles_web.jsonl``), each in Simplified and Traditional (``both_scripts``).

The passages are written for these tests in the forms the articles use; each rule has guards that keep what was right.
"""

import pytest
from helpers import both_scripts
from helpers import role_edges as roles

# A byline with a space (记者 王明) somewhere in the document turns on the caption-list reader (roles_captions).
_BYLINE = "本报北京5月24日讯(记者 高正武)活动今天启动。\n"


@pytest.mark.parametrize("text, right, wrong", both_scripts([
    # a chain of posts before each name, the entries parted by commas: prose, each title is the name's after it
    (_BYLINE + "市委网信办巡视员、市互联网行业党委副书记魏春,合川区委副书记、区长姜雪松,合川区委常委、宣传部部长吴达明出席了仪式。",
     [("姜雪松", "合川区委", "副书记"), ("吴达明", "合川区委", "常委")],
     [("魏春", "合川区委", "副书记"), ("魏春", "合川区委", "区长"), ("姜雪松", "合川区委", "常委")]),
    (_BYLINE + "会议由市委副书记王建国，华润集团董事长李明辉，万科集团总经理张海涛主持。",
     [("李明辉", "华润集团", "董事长"), ("张海涛", "万科集团", "总经理")],
     [("王建国", "华润集团", "董事长"), ("李明辉", "万科集团", "总经理")]),
]))
def test_comma_joined_prose_is_no_caption_list(pipeline, text, right, wrong):
    found = roles(pipeline, text)
    assert all(r in found for r in right), found
    assert not [r for r in found if r in wrong], found


@pytest.mark.parametrize("text, right", both_scripts([
    # guards: a caption list joined by commas whose titles a space ends, and one joined by spaces (names glued)
    ("出席嘉宾：王明，华润集团董事长 李强，万科集团总经理 张伟，北京大学校长", [("王明", "华润集团", "董事长"), ("李强", "万科集团", "总经理")]),
    ("常务董事：王明华 深圳华强集团有限公司总经理张海涛 上海交通大学校长李建国 北京银行行长",
     [("王明华", "深圳华强集团有限公司", "总经理"), ("张海涛", "上海交通大学", "校长")]),
]))
def test_caption_lists_still_read(pipeline, text, right):
    found = roles(pipeline, text)
    assert all(r in found for r in right), found


@pytest.mark.parametrize("text, wrong", both_scripts([
    # a surname letter opening a verb after a title (市长|初选): the letters are two verbs (初选, 胜出), no name
    ("邀请刚在高雄市长初选胜出的立委赖瑞隆一起车扫。", "初选胜"),
    ("他在台中市长初选胜出后表示感谢。", "初选胜"),
]))
def test_no_name_read_across_two_verbs_after_a_title(pipeline, text, wrong):
    assert not [r for r in roles(pipeline, text) if r[0] == wrong]


@pytest.mark.parametrize("text, right", both_scripts([
    # guards: names after a title, before a word a title is followed by
    ("台北市长初安民表示，市府将加强防汛。", ("初安民", "台北市", "市长")),
    ("万科集团总经理王小明表示，公司业绩稳定。", ("王小明", "万科集团", "总经理")),
]))
def test_names_after_titles_still_read(pipeline, text, right):
    assert right in roles(pipeline, text)
