"""Round counts218: a compound noun counted past its first noun, listed companies, and a district's topic.

Forms of the web tune half's mainland Simplified articles (the old ones and the seven grown this round), each read by
a rule of a whole kind:

* the counted noun runs on past its first noun through the words saying what the thing is for, to the noun closing it
  (``extract/count_compounds._compound_close``): a facility's or a place's last letter jieba leaves alone (9个养老助餐服务点,
  14个高品质生活服务圈, 13家夜间文旅消费集聚区, 36所公办园, 30个乡村长者照护之家), or a noun of such a thing counted by the
  count's classifier (800张残疾人养护床位, 165个农村饮水水源保障工程, 30条敬老爱老服务公交线路) where a verb of the clause
  takes the count as its object. Not a predicate after a count opening its clause (两辆汽车驶入停车场), an agent's object
  (5家公司投资建设项目, 3名学生参观服务站), a verb of moving (派出3个工作组进驻服务区), nor a noun the classifier does not
  count (42座桥梁补强工程: the bridges);
* an organisation the text names with its stock code (锅圈(2517.HK), 达势股份(01405.HK)) is a company: 公司 and 集团
  opening a later clause stand for it (``relate/count_forms._is_company``);
* the division above a district (芜湖市, named in its teachers' titles: 芜湖名班主任) does not outnumber the district as
  the document's topic (``relate/count_topics._divisions_above``), so the district owns the counts of a later
  paragraph naming no holder.

Each case runs as written, and as a Hong Kong and a Taiwan text reads it.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, assert_count_form_in_script, assert_count_owner, in_script

# (text, (value, counted head) read, (value, head) not read or None)
COMPOUNDS = [
    ("雁园街道等新增9个养老助餐服务点，为老年人提供服务。", (9, "服务点"), (9, "养老")),
    ("今年建成14个高品质生活服务圈。", (14, "服务圈"), (14, "高品质")),
    ("全区共有13家夜间文旅消费集聚区。", (13, "集聚区"), (13, "夜间")),
    ("全区新建36所公办园和8所普惠园。", (36, "公办园"), (36, "公办")),
    ("还有8所公办园扩容。", (8, "公办园"), None),
    ("新增30个社区长者食堂、30个乡村长者照护之家。", (30, "之家"), (30, "长者")),
    ("新增3000张养老床位、800张困难重度残疾人养护床位。", (800, "床位"), (800, "残疾人")),
    ("改建3000张认知障碍照护床位。", (3000, "床位"), (3000, "认知障碍")),
    ("实施165个农村饮水水源保障工程和25个城乡供水一体化工程。", (165, "工程"), (165, "水源")),
    ("打造30条敬老爱老服务公交线路。", (30, "公交线路"), (30, "敬老")),
    ("约谈三家网络食品第三方平台。", (3, "平台"), (3, "食品")),
    # a count opening its clause is the subject of the verb after it; an agent acts on the noun after the verb
    ("两辆汽车驶入停车场。", (2, "汽车"), (2, "停车场")),
    ("本月5家公司投资建设项目。", (5, "公司"), (5, "项目")),
    ("学校组织3名学生参观服务站。", (3, "学生"), (3, "服务站")),
    ("派出3个工作组进驻服务区。", (3, "工作组"), (3, "服务区")),
    # the classifier counts the first noun, not the project
    ("县府今年已完成42座桥梁补强工程。", (42, "桥梁"), (42, "工程")),
]

# (text, counted head, owner or None)
LISTED = [
    ("达势股份(01405.HK)获奖。截至年底，公司在中国大陆共开设1315家门店，净新增307家门店。", "门店", "达势股份"),
    ("锅圈(2517.HK)公布业绩。公司以火锅为核心，布局了7个自有工厂。", "工厂", "锅圈"),
    # no company named: 公司 stands for none
    ("截至年底，公司在中国大陆共开设1315家门店。", "门店", None),
]

TOPIC = [
    ("2024年度鸠江区秋季学期教育发展概况\n鸠江区现有区属义务教育阶段学校68所，全区义务教育阶段在校学生36028人。"
     "芜湖名校长4人、芜湖名班主任8人、芜湖名教师3人。\n区属学校现有市级骨干教师99人，区级骨干教师336人。", "骨干教师", "鸠江区"),
    # the district named once: no topic, whatever its city
    ("鸠江区现有区属义务教育阶段学校68所。\n芜湖市今年新建公园3个。芜湖市共有医院20家。\n"
     "区属学校现有市级骨干教师99人，区级骨干教师336人。", "骨干教师", None),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "present", "absent"), COMPOUNDS)
def test_a_compound_closes_on_its_noun_counts218(nlp, text: str, present, absent, script: str) -> None:
    assert_count_form_in_script(nlp, text, script, present, absent)


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "counted", "owner"), [*LISTED, *TOPIC])
def test_owners_of_listed_companies_and_a_districts_topic_counts218(pipeline, text: str, counted: str,
                                                                     owner: str | None, script: str) -> None:
    assert_count_owner(pipeline, in_script(text, script), counted, owner)
