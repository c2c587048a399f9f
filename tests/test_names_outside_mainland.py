"""Names from international, Hong Kong and Taiwan news, through the whole pipeline (issue 15's rule classes).

Each row runs one short sentence (written for these tests) through ``Pipeline().run_texts`` with the
recogniser on, as written and in Traditional characters, and reads the graph's nodes: transliterated
foreign names, Latin-script companies, names coordinated with 和, spans that swallowed a neighbour,
teams and short names, and aliases a document defines.
"""

import pytest
from helpers import aliases, both_scripts, entity_nodes

from zhkg.stages.normalise import to_simplified, to_traditional


def _simplified_aliases(attrs):
    """A node's aliases, in Simplified."""
    return {to_simplified(alias) for alias in aliases(attrs)}


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # transliterated names joined by ·, ‧, •, ・ or a hyphen are one person, never split at the hyphen
    ("美国总统唐纳德·特朗普周二会见了让-皮埃尔·拉法兰。",
     [("PERSON", "特朗普"), ("PERSON", "让·皮埃尔·拉法兰")],  # a well-known person is named as news writes him alone
     [("PERSON", "皮埃尔·拉法兰"), ("PERSON", "让"), ("PLACE", "特朗普"), ("PERSON", "唐纳德")]),
    ("脸书执行长马克‧祖克柏今天表示，公司将裁员。", [("PERSON", "马克·祖克柏")], [("PERSON", "马克")]),
    ("演员安娜•卡列尼娜和约翰・史密斯出席了首映。", [("PERSON", "安娜·卡列尼娜"), ("PERSON", "约翰·史密斯")], []),
    ("凯尔特人队医布莱恩-麦克科恩博士透露了伤情。", [("PERSON", "布莱恩·麦克科恩")],
     [("PERSON", "布莱恩"), ("PERSON", "麦克科恩"), ("PERSON", "麦克科恩博")]),
    # well-known foreign people are people, not places
    ("奥巴马会见了来访的默克尔。", [("PERSON", "奥巴马"), ("PERSON", "默克尔")], [("PLACE", "奥巴马")]),
    ("拜登和普京昨天通了电话。", [("PERSON", "拜登"), ("PERSON", "普京")], [("PERSON", "拜登和普京")]),
    # hyphens between places and before a building name are not people
    ("巴西-阿根廷友谊赛今晚举行。", [], [("PERSON", "巴西-阿根")]),
    ("会议在罗纳德·里根大厦举行。", [], [("PERSON", "罗纳德·里根")]),
    # Latin-script names are organisations when the context says so, not every English word
    ("苹果公司旗下品牌Apple Inc.与H&M合作推出新品。", [("ORGANIZATION", "Apple Inc."), ("ORGANIZATION", "H&M")], []),
    ("Google公司和KAYAK都是它的对手。", [("ORGANIZATION", "Google公司"), ("ORGANIZATION", "KAYAK")], []),
    ("据台湾TVBS报道，案件将于下月宣判。", [("ORGANIZATION", "TVBS")], [("ORGANIZATION", "台湾TVBS")]),
    ("他获得了MVP，并申请了EB-2签证。", [], [("ORGANIZATION", "MVP"), ("ORGANIZATION", "EB-2")]),
    # news outlets in datelines, credits and sources, also where a headline runs into the dateline
    ("港珠澳大桥明年开工中新社香港六月十二日电 特区政府宣布填海。", [("ORGANIZATION", "中新社")],
     [("ORGANIZATION", "港珠澳大桥明年开工中新社")]),
    ("两岸合拍剧处理原则中国台湾网7月25日消息 据台湾“中央社”报道，新规下月上路。",
     [("ORGANIZATION", "中国台湾网"), ("ORGANIZATION", "中央社")], [("ORGANIZATION", "台湾网")]),
    ("球队今晚客场作战新浪体育讯 北京时间4月21日，据香港文汇报报道，球队将休整。",
     [("ORGANIZATION", "新浪体育"), ("ORGANIZATION", "文汇报")], [("ORGANIZATION", "本报")]),
    # names coordinated with 和 inside an organisation name stay whole
    ("人力资源和社会保障部部长今天表示，养老金将上调。", [("ORGANIZATION", "人力资源和社会保障部")],
     [("ORGANIZATION", "社会保障部")]),
    ("住房和城乡建设部研究室主任冯俊认为房价趋稳。", [("ORGANIZATION", "住房和城乡建设部研究室"), ("PERSON", "冯俊")],
     [("ORGANIZATION", "建设部研究室")]),
    # spans that swallowed their neighbours: party + title + person, two teams
    ("国民党立委林为洲昨天质询部长。", [("ORGANIZATION", "国民党"), ("PERSON", "林为洲")],
     [("ORGANIZATION", "国民党立委"), ("PERSON", "立委林为洲")]),
    ("山东队力克河北队，获得了冠军。", [("ORGANIZATION", "山东队"), ("ORGANIZATION", "河北队")],
     [("ORGANIZATION", "山东队力克河北队"), ("ORGANIZATION", "山东省队")]),
]))
def test_names(pipeline, text, present, absent):
    nodes = entity_nodes(pipeline, text, _simplified_aliases)
    for key in present:
        assert key in nodes, (key, sorted(nodes))
    for key in absent:
        assert key not in nodes, (key, sorted(nodes))


@pytest.mark.parametrize("text, label, name, alias", both_scripts([
    ("首都规划建设委员会昨天开会，首规委主任表示将加快审批。", "ORGANIZATION", "首都规划建设委员会", "首规委"),
    ("人力资源和社会保障部（下称“人社部”）部长说，人社部将发布新规。", "ORGANIZATION", "人力资源和社会保障部", "人社部"),
    ("长江实业集团（以下简称长实）昨日宣布，长实将出售资产。", "ORGANIZATION", "长江实业集团", "长实"),
    ("中国房产信息集团(CRIC)在纳斯达克上市，CRIC股价上涨。", "ORGANIZATION", "中国房产信息集团", "CRIC"),
    ("信实集团昨日公布业绩，信实公司股价上涨。", "ORGANIZATION", "信实集团", "信实公司"),
    ("兄弟象队昨晚以5比3击败统一狮队，兄弟象全队士气高昂。", "ORGANIZATION", "兄弟象队", "兄弟象"),
    ("吉林队在主场击败江苏队，江苏最近5场输了4场，加时输给吉林。", "ORGANIZATION", "吉林队", "吉林"),
    ("加蓬共和国总统哈吉奥马尔·邦戈·翁丁巴逝世，胡锦涛对邦戈总统逝世表示哀悼。", "PERSON",
     "哈吉奥马尔·邦戈·翁丁巴", "邦戈"),
    ("教练道格-里弗斯表示，里弗斯希望他周四复出。", "PERSON", "道格-里弗斯", "里弗斯"),
]))
def test_in_document_aliases_are_one_node(pipeline, text, label, name, alias):
    nodes = entity_nodes(pipeline, text, _simplified_aliases)
    same = [key for key, aliases in nodes.items() if key[0] == label and alias in aliases | {key[1]}]
    assert len(same) == 1, (alias, sorted(nodes))
    assert name in nodes[same[0]] | {same[0][1]}


def test_state_long_form_is_the_country(pipeline):
    nodes = entity_nodes(pipeline, "加蓬共和国总统今天逝世，加蓬举国哀悼。", _simplified_aliases)
    assert [key for key in nodes if key[0] == "PLACE"] == [("PLACE", "加蓬")]


@pytest.mark.parametrize("text, absent_alias", both_scripts([
    ("中国人民银行今天发布数据，中行随后上调了利率。", "中行"),  # jieba's abbreviation of another bank
    ("北京公司和北京集团签约。", "北京集团"),  # a place is no company stem
]))
def test_no_alias_without_evidence(pipeline, text, absent_alias):
    nodes = entity_nodes(pipeline, text, _simplified_aliases)
    assert not any(absent_alias in aliases and key[1] != absent_alias for key, aliases in nodes.items())


@pytest.mark.parametrize("convert", [str, to_traditional])
def test_a_country_jieba_takes_for_a_name_is_the_country(pipeline, convert):
    from zhkg.stages.documents import parse_documents

    text = convert("中国总理温家宝在人民大会堂与格林纳达总理托马斯举行会谈。托马斯说，格林纳达非常珍视对华关系。")
    mentions = pipeline.extract_mentions(parse_documents("d", text)[0])
    assert {(m.label.value, m.code) for m in mentions if m.simplified == "格林纳达"} == {("PLACE", "GD")}
    assert "托马斯" in {m.simplified for m in mentions if m.label.value == "PERSON"}
