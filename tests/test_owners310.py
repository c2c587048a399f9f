"""Round owners310: count owners on text nobody tuned for (issue 14), the forms session 61's opened counts pool showed.

Owners (``zhkg.relate``, and ``zhkg.stages.resolve`` for 全国):

* a document opening with a place chained to a place (X市Y区第N届人民代表大会…) is about the division the chain names,
  the district, not the city (``count_topics._chained_place`` in ``document_topic``);
* a place before a rank among the firsts (全市首家…) is the rank's scope: no owner nor topic (``_RANK_SCOPE``);
* the document's topic named again after a count in its sentence (…，新增托育机构9家，全区托位增至4000个) keeps the
  topic carrying into the sentence (``inside_paragraph_carries``);
* job fairs are events (招聘会, 招聘大会; a year after the place opening the name), 本次招聘会 stands for one, and
  现场/会场 opening a clause for the nearest fair, forum or contest named before (``anaphora.tsv``);
* an organisation the recogniser ran a verb of sending into (专案合计动员|调查局) is the one written after the verb
  (``count_forms._cut_before``);
* 全国 in a story about one country abroad is that country (``resolve._foreign_story``);
* a place after a verb of intruding (侵入我国周边空域) is the target, no owner (``_INTRUDED``);
* a port of entry only the recogniser reads (文锦渡口岸（8,320人次）) has the travellers through it
  (``_HOLDING_PLACE_ENDINGS``);
* a place the count opens inside of (示范|镇10个: the recogniser's place) is what is counted (``count_counted._of_count``).

Each case runs as written (Simplified) and in Traditional; the texts are invented, of the forms the errors showed.
"""

from __future__ import annotations

import pytest

from tests.helpers import both_scripts
from tests.test_counts258 import owners_by_count
from zhkg.records import Label, Mention, MentionSource
from zhkg.relate.count_forms import _cut_before

_DISTRICT = ("3月5日上午,杭州市西湖区第十四届人民代表大会第三次会议开幕。会上,区长王明作政府工作报告。\n"
             "报告提到,2025年,西湖区稳增长促发展。新增市场主体1.2万户。完成重点项目40个。建成城市书房8处。"
             "新建口袋公园15个。组建300名志愿服务队员队伍。\n"
             "办好民生实事,群众获得感不断增强。新建学校6所,新增学位5200个。\n"
             "优服务提效能。成立全市首家区级数据服务中心。12家医院接入互认平台,新增托育机构9家,全区托位增至4000个。")
_FAIR = ("10月12日,“才聚江城”系列活动之武汉市2025年秋季高校毕业生招聘会在武汉国际博览中心举办。据统计,现场420家企业提供"
         "1.5万余个岗位,吸引2.8万人入场。\n本次招聘会设立八大招聘专区。会场设五大服务区。")
_FAIR_NAME = "武汉市2025年秋季高校毕业生招聘会"

# (text, the count as written in Simplified, its owner or None)
OWNERS = [
    # a district's report: its points four sentences on, in later paragraphs, and after 全市首家
    (_DISTRICT, "300名志愿服务队员", "西湖区"),
    (_DISTRICT, "学校6所", "西湖区"),
    (_DISTRICT, "12家医院", "西湖区"),
    (_DISTRICT, "托育机构9家", "西湖区"),
    # a job fair, by 现场 and 会场 opening a clause, and by 本次招聘会
    (_FAIR, "420家企业", _FAIR_NAME),
    (_FAIR, "2.8万人", _FAIR_NAME),
    (_FAIR, "八大招聘专区", _FAIR_NAME),
    (_FAIR, "五大服务区", _FAIR_NAME),
    # ...现场 with no event named is left as it was: the crowd of a story
    ("昨晚一辆货车在高速路上起火。现场3人受伤,2人被送往医院。", "3人", None),
    # a story about one country abroad: its 全国
    ("据《朝日新闻》报道,日本厚生劳动省3日宣布,今年1月至6月,全国共有420人因中暑送医,其中大阪府有52人。", "420人", "日本"),
    # ...a story naming a place of China keeps 全国 China's
    ("北京市卫健委通报,今年全国共有420人因中暑送医。", "420人", "中国"),
    # ...and 我国 is the writer's country whatever places abroad the story names
    ("据统计,我国今年共有30家企业赴加拿大上市。", "30家企业", "中国"),
    # a port of entry the recogniser reads has the travellers through it
    ("昨日入境旅客中，其次為文錦渡口岸（8,320人次）及皇崗口岸（6,110人次）。", "6,110人次", "皇岗口岸"),
    # a place after a verb of intruding is the target
    ("国防部表示,共军各型军机今年侵入我国周边空域逾 2400 架次。", "逾 2400 架次", "共军"),
]


@pytest.mark.parametrize("text, count, owner", both_scripts(OWNERS))
def test_owner(pipeline, text, count, owner):
    assert owners_by_count(pipeline, text).get(count) == ({owner} if owner else set())


def _org(start: int, name: str) -> tuple[int, int, Mention]:
    m = Mention("d", start, start + len(name), name, name, Label.ORGANIZATION, MentionSource.RECOGNISER)
    return (m.start, m.end, m)


def test_verb_run_into_a_name():
    """专案合计动员调查局, written once beside 调查局, is 调查局; 法务部调查局 (no verb before) is its own name."""
    long, short = _org(0, "行动合计动员缉私局"), _org(30, "缉私局")
    assert [s[2].name for s in _cut_before([long, short])] == ["缉私局", "缉私局"]
    own = _org(0, "海关总署缉私局")
    assert [s[2].name for s in _cut_before([own, short])] == ["海关总署缉私局", "缉私局"]
    twice = [long, _org(20, "行动合计动员缉私局"), short]  # written twice: a name of its own
    assert [s[2].name for s in _cut_before(twice)][:2] == ["行动合计动员缉私局"] * 2


def test_a_name_holding_a_count_start_is_counted():
    """示范|镇10个: a place whose tail the count read as its noun is what is counted, no owner; a place before the
    count (金华市3个区) still owns it."""
    from zhkg.records import Quantity
    from zhkg.relate.count_counted import _of_count

    text = "累计建成示范镇14个,金华市3个区"
    place = Mention("d", 4, 7, "示范镇", "示范镇", Label.PLACE, MentionSource.RECOGNISER)
    count = Mention("d", 6, 10, "镇14个", "镇14个", Label.COUNT, "x", quantity=Quantity(14, "镇", "镇"))
    city = Mention("d", 11, 14, "金华市", "金华市", Label.PLACE, MentionSource.GAZETTEER)
    districts = Mention("d", 14, 17, "3个区", "3个区", Label.COUNT, "x", quantity=Quantity(3, "区", "区"))
    of_count = _of_count([count, districts], text)
    assert of_count(place) and not of_count(city)
    # an organisation keeps its name, a count read inside it (空军指挥学院|十队) notwithstanding
    body = Mention("d", 2, 10, "空军指挥学院十队", "空军指挥学院十队", Label.ORGANIZATION, MentionSource.RECOGNISER)
    tens = Mention("d", 8, 10, "十队", "十队", Label.COUNT, "x", quantity=Quantity(10, "队", "队"))
    assert not _of_count([tens], "表彰空军指挥学院十队等")(body)
