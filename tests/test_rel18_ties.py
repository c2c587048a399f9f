"""Typed edges of schooling, seat and partnership (session 18, rel18: zhkg.relate.pairs_ties through
zhkg.relate.pairs). Passages written for the purpose in the style of news and biographies, both scripts, with the
sentences that must stay unread: plans and wishes, denials and rumours, another person between a biography's
subject and the school, a seat 在 that is no seat, a school that is no school."""

import pytest

from tests.helpers import both_scripts
from zhkg.config import Config
from zhkg.run.pipeline import Pipeline
from zhkg.stages.normalise import to_simplified

KINDS = ("GRADUATED_FROM", "HEADQUARTERED_IN", "PARTNER_OF")


def typed(pipeline, text):
    """(source, kind, relation_zh, target) of every edge of :data:`KINDS` of ``text``, names and words in Simplified
    (a place by its name)."""
    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) for e in ex.entities}
    return sorted((names[r.source], r.kind.value, to_simplified(r.relation_zh), names[r.target])
                  for r in ex.relations if r.kind.value in KINDS)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # person + (date) + 毕业于 + school; 从 + school + 毕业; school + 毕业的 + person; 是 + school + 的校友
        ("张明华1992年毕业于北京大学东语系，随后进入外交部工作。",
         [("张明华", "GRADUATED_FROM", "毕业于", "北京大学东语系")]),
        ("李红从清华大学毕业后，去美国读研究生。", [("李红", "GRADUATED_FROM", "毕业", "清华大学")]),
        ("北京大学毕业的王小军现任该公司总经理。", [("王小军", "GRADUATED_FROM", "毕业", "北京大学")]),
        ("王小军是清华大学的校友。", [("王小军", "GRADUATED_FROM", "校友", "清华大学")]),
        # a biography whose subject a later clause leaves out; schools listed after the verb each read
        ("刘建国，男，汉族，1962年出生于湖北省武汉市，1985年毕业于武汉大学，现任某研究所所长。",
         [("刘建国", "GRADUATED_FROM", "毕业于", "武汉大学")]),
        # another person named after the subject: the school is that person's, not the subject's
        ("刘建国，男，1962年出生，其妻王丽1985年毕业于武汉大学。", [("王丽", "GRADUATED_FROM", "毕业于", "武汉大学")]),
        ("赵海涛，1970年生，先后毕业于南京大学、复旦大学，高级经济师。",
         [("赵海涛", "GRADUATED_FROM", "毕业于", "南京大学"), ("赵海涛", "GRADUATED_FROM", "毕业于", "复旦大学")]),
        ("陈立新，男，1969年9月出生，燕山大学毕业，高级工程师。", [("陈立新", "GRADUATED_FROM", "毕业", "燕山大学")]),
        # organisation + 总部位于/设在 + place; 总部位于 + place + 的 + organisation
        ("联想集团总部位于北京，员工超过十万人。", [("联想集团", "HEADQUARTERED_IN", "总部位于", "北京市")]),
        ("总部位于上海的圣象集团昨天宣布了新计划。", [("圣象集团", "HEADQUARTERED_IN", "总部位于", "上海市")]),
        ("国际奥委会的总部设在洛桑，每年在那里开会。", [("国际奥委会", "HEADQUARTERED_IN", "总部设在", "洛桑")]),
        # a profile whose organisation a later clause leaves out
        ("华星科技有限公司成立于1998年，总部位于深圳，主要生产手机零件。",
         [("华星科技有限公司", "HEADQUARTERED_IN", "总部位于", "深圳市")]),
        ("博茨瓦纳航空公司是非洲的一家航空公司，总部设在哈博罗内，拥有六架客机。",
         [("博茨瓦纳航空公司", "HEADQUARTERED_IN", "总部设在", "哈博罗内")]),
        # 甲与乙签署(战略)合作协议 / 达成合作; 甲携手乙 (ends sorted)
        ("阿里巴巴集团与苏宁云商集团签署战略合作协议，双方将在物流领域展开合作。",
         [("苏宁云商集团", "PARTNER_OF", "签署", "阿里巴巴集团")]),
        ("腾讯公司和京东集团昨天达成战略合作。", [("京东集团", "PARTNER_OF", "达成", "腾讯公司")]),
        ("鲲鹏移民公司携手美国纽约区域中心推出新项目。",
         [("美国纽约区域中心", "PARTNER_OF", "携手", "鲲鹏移民公司")]),
    ]),
)
def test_ties_read(pipeline, text, expected):
    assert typed(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # a plan, a wish, a denial, a rumour, a negation: no partnership yet
        "万科集团计划与招商银行签署战略合作协议。",
        "腾讯公司否认与京东集团达成战略合作。",
        "据传阿里巴巴集团与苏宁云商集团达成战略合作。",
        "腾讯公司与京东集团将签署战略合作协议。",
        "腾讯公司与京东集团未能达成合作。",
        # not graduated: a plan, a current student
        "王小军打算毕业于清华大学。",
        "李红目前就读于清华大学，明年毕业。",
        # a biography's subject with another person named before the school: whose school is unclear
        "刘建国，男，1962年出生，曾与李明共事，1985年毕业于武汉大学。",
        # a profile with another body named before the seat: whose seat is unclear
        "华星科技有限公司与宏达集团合作多年，总部位于深圳。",
        # 在 after 总部 that says where something happened, not where the seat is
        "联想集团总部在北京举行了发布会。",
        # a school's word not at the end: a company, no school
        "张明华毕业于北京大学出版社。",
    ]),
)
def test_ties_refused(pipeline, text):
    assert typed(pipeline, text) == []


@pytest.mark.parametrize("text", both_scripts(["联想集团总部位于北京，员工超过十万人。"]))
def test_kind_left_out(text):
    """A kind left out of ``pair_relations_enabled`` is not written; the others still are."""
    config = Config(pair_relations_enabled=("GRADUATED_FROM", "PARTNER_OF"))
    assert typed(Pipeline(config), text) == []
    assert typed(Pipeline(Config()), text)


def test_partner_order_is_the_ids(pipeline):
    """PARTNER_OF has no direction: its ends are the same whichever company the sentence names first."""
    one = typed(pipeline, "腾讯公司和京东集团昨天达成战略合作。")
    two = typed(pipeline, "京东集团和腾讯公司昨天达成战略合作。")
    assert one == two and len(one) == 1
