"""Round counts295: owners of bare crowds, run-on results and digests; a few counted phrases (issue 14).

Owners (``zhkg.relate``):

* a bare count of people is no crowd when its sentence opens with the population it sizes (非本地培训医生招聘进展良好，
  现有约350人: ``count_counted._population_opening``), or when it is a tally's figure for the item before it
  (田径(1255人), 足球以2565人成为…: ``count_counted._tallied``): the holder the text carries owns it;
* a place the counted come from (运动员分别来自全国25个省) names no holder of its sentence, so a delegation's members
  counted after it stay the delegation's (``_ClauseReaders.names_holder``);
* a bare count of people closing a run of a subject's results, its clause opening with a verb (…完成3200处农村供水工程，
  …，吸纳就业12万人), shares the owner of the run's last owned count (``_AroundReaders.run_of_results``);
* a digest (points closed by citation marks) is about the holder its first point opens with, named once
  (``count_topics.digest_opening``); a sentence opening with a city chained to its district carries the district.

Counts (``zhkg.extract``): a rank after a verb of ranking (分列二三位) is no count; a compound's run stops at a verb of
completing (3个码头完成工程 counts 码头); 日产 is a predicate as 年产 is; a process noun (…化) before a verbal noun ends
the phrase (18个乡镇综治中心规范化建设 counts 中心).

Each case runs as written (Simplified) and in Traditional; the texts are invented, of the forms the web tune half's
errors showed.
"""

from __future__ import annotations

import pytest

from tests.helpers import both_scripts
from tests.test_counts258 import owners_by_count
from zhkg.records import Document, Label
from zhkg.stages.normalise import to_simplified

_EDITION = ("据农运会组委会10月21日消息，第十二届全国农民运动会报名工作已经截止。本届赛事共吸引8000人报名，全国30个代表团将参加"
            "比赛，这是全国规模最大的农民体育盛会。\n本届赛事还呈现多元化趋势，四川以500人居首。\n从参赛项目看，拔河以900人成为"
            "最多人参与的项目，参赛人数是射箭项目(120人)的7倍多；跳绳(600人)、长跑(400人)分列二三位。")
_STAFF = ("医院管理局公布人手数据。\n医院管理局表示，医生流失率维持5%。\n医院管理局主席指出，医生流失率下跌；非本地培训医生招聘进展"
          "良好，现有约350人，预计明年第一季将增至约380人。")
_DIGEST = ("新东湖实事全落地\n文章核心观点 - 南昌市东湖区2025年办结12件民生实事 显著提升了居民生活品质 [1][5] 民生服务 - 托育服务:"
           "新增4家托育机构及120个托位 有效缓解家庭需求 [2] - 就业帮扶:帮助88名残疾人实现就业 [3]")

# (text, the count as written in Simplified, its owner or None)
OWNERS = [
    # a population opening its sentence, sized in a later clause: the body the text carries
    (_STAFF, "约350人", "医院管理局"),
    (_STAFF, "约380人", "医院管理局"),
    ("卫生署公布人手数据。\n卫生署表示，护士流失率下降。\n卫生署署长指出，截至10月底，护士流失率下跌；外地注册护士招聘进展顺利，"
     "现有约120人。", "约120人", "卫生署"),
    # ...not a crowd the clause describes otherwise (现场共有200人), nor one after a body that is no population
    ("立法会今日开会。\n立法会主席表示，会议顺利。\n议员质询环节结束后，现场共有200人。", "200人", None),
    # a tally's figures: the edition's, a holder in the clause still owns its own
    (_EDITION, "900人", "全国农民运动会"),
    (_EDITION, "120人", "全国农民运动会"),
    (_EDITION, "400人", "全国农民运动会"),
    (_EDITION, "500人", "四川省"),
    ("华信公司今日开业，警方以3人一组巡逻。", "3人", None),
    # a place the counted come from names no holder: the delegation's athletes
    ("中国聋人体育代表团在北京成立。\n代表团总人数300人，其中运动员180人。\n运动员分别来自全国20个省、自治区和直辖市，平均年龄26岁，"
     "有8名少数民族运动员。", "8名少数民族运动员", "中国聋人体育代表团"),
    # a run of results closed by a bare count of people
    ("江城水利局9日介绍水网建设进展。\n江城水利局局长表示，2025年，江城水利局在各方支持下，全力推进水网建设，圆满完成全年任务。"
     "开工15项重点水利工程，完成3200处农村供水工程，全年完成投资80亿元，吸纳就业12万人。", "12万人", "江城水利局"),
    ("甘孜州公安局召开新闻发布会。\n2025年，全州共破获各类刑事案件320起，抓获犯罪嫌疑人410人，完成追逃75人。", "75人",
     "甘孜藏族自治州"),
    # ...not a clause that opens with no verb
    ("华信公司新增门店30家，当日约2000人到场。", "约2000人", None),
    # ...nor one whose people a verbal noun's subject names (防疫人员): the clause has a subject of its own
    ("据报道，疾病管制局副局长指出，这3起疑似群聚感染，大台北区1起是发生在某高中，共有22人发病，防疫人员采检了5人。", "5人", None),
    # a digest's points: the district its first point opens with
    (_DIGEST, "4家托育机构", "东湖区"),
    (_DIGEST, "120个托位", "东湖区"),
    (_DIGEST, "88名残疾人", "东湖区"),
]

# (text, the count as written in Simplified, the thing it counts)
THINGS = [
    ("首阶段已有3个码头完成工程。", "3个码头", "码头"),
    ("公司目前有两条生产线日产300吨。", "两条生产线", "生产线"),
    ("今年完成18个乡镇综治中心规范化建设。", "18个乡镇综治中心", "中心"),
    ("今年新建9个养老助餐服务点。", "9个养老助餐服务点", "服务点"),
    ("今年建成3个数字化车间。", "3个数字化车间", "车间"),
]

# (text, a count the text must not yield, as written in Simplified)
NOT_COUNTS = [
    ("田径(1255人)、篮球(1080人)分列二三位。", "二三位"),
    ("他在比赛中位列第5名。", "5名"),
]


@pytest.mark.parametrize("text, count, owner", both_scripts(OWNERS))
def test_owner(pipeline, text, count, owner):
    assert owners_by_count(pipeline, text).get(count) == ({owner} if owner else set())


def _counts(pipeline, text: str) -> dict[str, str]:
    mentions = pipeline.process_documents([Document("d", text, kind="text")])[0].mentions
    return {to_simplified(m.text): m.quantity.counted_simplified for m in mentions
            if m.label is Label.COUNT and m.quantity is not None}


@pytest.mark.parametrize("text, count, thing", both_scripts(THINGS))
def test_thing(pipeline, text, count, thing):
    assert _counts(pipeline, text).get(count) == thing


@pytest.mark.parametrize("text, count", both_scripts(NOT_COUNTS))
def test_rank_is_no_count(pipeline, text, count):
    assert not any(count in written for written in _counts(pipeline, text))
