"""Issue 14, session 19: who owns a count — general causes of the owner errors on the tune halves of
``bench/counts_fresh18.jsonl`` and ``bench/counts_fresh19.jsonl`` (People's Daily and Sina passages).

A place a dateline was filed from (本报北京6月28日讯) is the story's source, as the agency is; places a moving verb
goes through (转战, 走遍) are where the work was done; a league (联赛) or a housing fair is an event owning its entrants; a place glued after a place a list makes locative is locative
too (在河北唐山和浙江余姚); a holder after 与/同/跟 as a preposition is the other party, unless the count is part of
its phrase, the two have it together, or it only describes the people met (与当地官员); places listed before 等国家的
are where the things came from; a count with its own predicate is not fronted before the next clause's subject;
a museum or hall no extractor names owns what it holds; 全国 before a count of a
body's units is where they are, the body before it has them. Every passage is written for these tests and checked
in Simplified and in Traditional.
"""

from __future__ import annotations

import pytest
from helpers import assert_count_owner, both_scripts

# (text, counted head, the owner it must have, or None for none)
CASES = [
    # a dateline's place is where the story was filed, not the owner of what it counts
    ("本报北京6月28日讯记者王平报道：测绘法实施5年来，已有10万余名测绘工作者获得了工作证。", "工作者", None),
    # ...while a place the story itself names still owns its counts
    ("本报北京6月28日讯记者王平报道：北京市今年已建成12座立交桥。", "立交桥", "北京市"),
    # places a moving verb goes through are where the work was done
    ("十多年来，这支工程队转战山西、陕西、浙江、广西等省区，共建成16座隧道。", "隧道", None),
    # a place glued after a listed locative place is locative too: the league's teams are no city's but the league's
    # (a league, 联赛, is an event like a 大赛 or a 博览会)
    ("全国女排联赛将于本月20日在河北唐山和浙江余姚开赛，共有11支甲级队参赛。", "甲级队", "全国女排联赛"),
    ("北京秋季房展会昨日闭幕，共有120个楼盘参展。", "楼盘", "北京秋季房展会"),
    # a holder after 与 as a preposition is the other party; the subject before it has the count
    ("莫斯巴主场与荷兰球队5胜2平，最近两场比赛均战成平局。", "比赛", "莫斯巴"),
    # ...but a count inside the phrase after 与 is that holder's
    ("西班牙属于欧盟高等教育区，使得西班牙的教育与欧盟区内其他47个国家相一致。", "国家", "欧盟"),
    # ...and a place that only describes the people met stays the owner of a later clause's count
    ("香港特区政府代表团昨日抵达新加坡。代表团将与当地官员会面，并参观3个公共房屋项目。", "项目", "新加坡"),
    # ...and when the clause names no holder but the other party, no earlier clause's holder owns the count
    ("为帮助巴方克服经济困难，穆萨还与巴方签署了13项经济合作协议。", "协议", None),
    # a count that is its own clause's subject is not fronted before the next clause's: the planes are not the air force's
    ("俄德两国4架战机全部逼近芬兰空中边界，芬兰空军歼击机迅速起飞干预。", "战机", None),
    # ...while a count fronted as a topic still goes to the subject after it
    ("春节之前的4场比赛，江苏队输了其中的3场。", "比赛", "江苏队"),
    ("新赛季开始之后的6场联赛和两场杯赛，江苏队场场都有失球。", "杯赛", "江苏队"),
    # places listed before 等国家的 say where the things came from
    ("坐落在沈阳市的蒸汽机车陈列馆，目前已收藏我国和美国、日本、德国等国家的16台退役蒸汽机车。", "蒸汽机车", "蒸汽机车陈列馆"),
    # a museum no extractor names owns what it holds
    ("但盖蒂博物馆只同意归还26件文物，双方谈判一度陷入胶着状态。", "文物", "盖蒂博物馆"),
    # ...not a hall after a verb of going: the university the students are at keeps them
    ("温家宝来到湖南大学，行至图书馆前，面对数千名学生发表讲话。", "学生", "湖南大学"),
    # ...nor does a count of halls lend its numeral to a hall's name
    ("据介绍，贵州另外两座村寨博物馆正在建设之中。", "博物馆", "贵州省"),
    # 全国 before a count of a body's units is where they are: the body named before it has them
    ("交行总行以及全国36个分支机构正在进行研究。", "分支机构", "交行总行"),
    # ...while 全国 alone still owns what the country has
    ("截至去年底，全国共有36个国家级新区。", "新区", "中国"),
]


@pytest.mark.parametrize(("text", "counted", "owner"), both_scripts(CASES, id_chars=24))
def test_count_owner_session19(pipeline, text, counted, owner):
    assert_count_owner(pipeline, text, counted, owner)
