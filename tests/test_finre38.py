"""Company names financial news frames without a company word (issue 15, session 30 round finre38).

Every passage is invented for these tests in the style of mainland business news. A brand and its trade is a
company where the sentence says so: a deal done to it (重组|日照钢铁), a holding of it (永丰酒业|股权), a company
joined to it (民生租赁、招银租赁), or a company's deed as the clause's subject (万马电缆|今日披露)
(:mod:`zhkg.extract.trade_frames`); a known company's deal verb names the company it is done to (鞍钢兼并|攀钢);
and a name joined to a company is one when it is a coined pair beside a company (复星医药与|蚂蚁金服) or a rare noun
beside a company a table holds (蒙牛、|合生元) (:mod:`zhkg.extract.company_lists`); a group's brand and a line of business
after it, a clause's edge after that, is its subsidiary (海航|资本。, 瑞银|投资|则在). An industry (生物医药, 私募基金,
绿色食品), a thing bought (收购|土地) and things listed beside a recogniser's body (定金、预付款) stay unread.
"""

import pytest
from helpers import both_scripts, org_mentions

from zhkg.extract.base import make_mention
from zhkg.extract.trade_frames import FRAME_TRADES, deal_partners, framed_brand_trades
from zhkg.records import Label, MentionSource
from zhkg.stages.segment import make_nlp, token_table


def _orgs(pipeline, text):
    from zhkg.stages.normalise import to_simplified

    return {to_simplified(name) for name in org_mentions(pipeline, text)}


@pytest.mark.parametrize("text, wanted", both_scripts([
    # a deal done to it
    ("业内消息称，南方钢铁集团重组日照钢铁的交易将于年底完成。", {"日照钢铁"}),
    ("同洲电子去年收购哈尔滨有线，今年又增资。", {"哈尔滨有线"}),
    # a holding of it
    ("公司拟出让永丰酒业股权，交易价格尚未确定。", {"永丰酒业"}),
    ("东航挂牌转让其所持有的幸运航空5%的股权。", {"幸运航空"}),
    # a company joined to it, read or framed
    ("同年获批成立的还有民生租赁、招银租赁。", {"民生租赁", "招银租赁"}),
    ("美峰食品与金像食品为同一实际控制人下的关联企业。", {"美峰食品", "金像食品"}),
    ("华夏基金、南方基金、博时基金等机构参加了调研。", {"南方基金", "博时基金"}),
    # the clause's subject doing what a company does, the brand cut into letters (万|马|电缆, 长|和|电力)
    ("万马电缆今日披露，公司与甘肃一家企业签订合同。", {"万马电缆"}),
    ("长和电力以3万元收购邻县一家电厂。", {"长和电力"}),
]))
def test_a_brand_and_trade_framed_as_a_company(pipeline, text, wanted):
    names = _orgs(pipeline, text)
    assert wanted <= names, names


@pytest.mark.parametrize("text, wanted", both_scripts([
    ("鞍钢兼并攀钢的决策已获批准。", {"攀钢"}),
    ("国美入主三联商社后官司不断。", {"三联商社"}),
]))
def test_the_company_a_known_company_does_a_deal_to(pipeline, text, wanted):
    assert wanted <= _orgs(pipeline, text)


@pytest.mark.parametrize("text, wanted", both_scripts([
    ("复星医药与蚂蚁金服将在健康领域合作。", {"蚂蚁金服"}),
    ("此次与蒙牛、合生元的合作加快了布局。", {"合生元"}),
]))
def test_a_coined_pair_or_a_rare_noun_joined_to_a_company(pipeline, text, wanted):
    assert wanted <= _orgs(pipeline, text)


@pytest.mark.parametrize("text, wanted, parent", both_scripts([
    ("去年，渤海信托将其持有的股权转让给海航资本。", "海航资本", "海航"),
    ("经过多方考察，万达旅业认为此次收购是最好的选择。", "万达旅业", "万达"),
    ("瑞银投资则在报告中下调了评级。", "瑞银投资", "瑞银"),
    ("目前中国人寿与中远国际分别持有远洋地产的股份。", "中远国际", "中远"),
]))
def test_a_group_and_its_line_name_a_subsidiary(pipeline, text, wanted, parent):
    names = _orgs(pipeline, text)
    assert wanted in names and parent not in names, names


@pytest.mark.parametrize("text, wrong", both_scripts([
    ("由亚太实业投资，其子公司开发建设。", "亚太实业投资"),
    ("渣打投资5亿美元入股农行。", "渣打投资"),
    ("腾讯投资的公司越来越多。", "腾讯投资"),
]))
def test_investing_is_no_subsidiary(pipeline, text, wrong):
    assert wrong not in _orgs(pipeline, text)


@pytest.mark.parametrize("text, wrong", both_scripts([
    ("投资生物医药和私募基金是他的主业。", {"生物医药", "私募基金"}),
    ("政府支持发展新能源汽车和绿色食品。", {"新能源汽车", "绿色食品", "能源汽车"}),
    ("他收购土地后建了工厂，万科收购土地的速度加快。", {"土地"}),
    ("购房者支付的定金、预付款、保证金等款项将打入银行账户。", {"定金", "预付款", "保证金"}),
    ("宏耐金牛、工具箱等礼品送给客户。", {"工具箱"}),
    ("以前中创水务控股子公司也曾被罚。", {"以前中创水务", "中创水务控股"}),
    ("上述股份已全部转让。", {"上述股份"}),
    ("祝愿公司今后能够继续在家装科技方面加大投入。", {"家装科技"}),
    # a kind bought, a kind counted, a verb's object, a glued letter, a pet name or a place beside a body
    ("市场盛传招商银行收购信托公司。", {"信托公司"}),
    ("节日前后，各家发卡银行和中国银联推出优惠。", {"发卡银行"}),
    ("专家建议通过基金的方式间接投资股票市场。", {"方式间接投资", "间接投资"}),
    ("除农行之外，工、中、建、交等银行均未公布细则。", {"交等银行"}),
    ("中国社科院金融所的专家指出。", {"社科院金融"}),
    ("主持人：兜兜、BBC解说员小苍。", {"兜兜"}),
    ("城里有鸟巢、中央电视台新楼等建筑。", {"鸟巢"}),
    ("就在城投控股宣布开发新项目的同时，市场传出消息。", {"就在城投控股"}),
]))
def test_an_industry_a_thing_or_a_phrase_is_no_company(pipeline, text, wrong):
    assert not wrong & _orgs(pipeline, text)


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


def test_framed_brand_trades_alone(nlp):
    text = "泛海系入股民安保险，美峰食品与金像食品为关联企业，天茂集团持有国华人寿5.5亿股，投资生物医药。"
    doc = nlp(text)
    assert [m.simplified for m in framed_brand_trades([], doc, token_table(doc), text)] == [
        "民安保险", "美峰食品", "金像食品", "国华人寿"]


def test_a_trade_after_a_noun_is_a_kind(nlp):
    text = "公司入股民安保险公司后，又收购海印粮油城。"
    doc = nlp(text)
    assert framed_brand_trades([], doc, token_table(doc), text) == []


def test_deal_partners_needs_a_company_before_the_verb(nlp):
    text = "飞鹤吞并关山，飞鹤收购土地，农民吞并关山。"
    doc = nlp(text)
    feihe = [make_mention(doc, s, s + 2, Label.ORGANIZATION, MentionSource.ORG_KNOWN) for s in (0, 7)]
    found = deal_partners(feihe, doc, token_table(doc), text)
    assert [(m.simplified, m.start) for m in found if m not in feihe] == [("关山", 4)]


def test_frame_trades_hold_the_trades_of_listed_names():
    assert {"纸业", "速递", "电缆", "有线", "人寿"} <= set(FRAME_TRADES)
    assert list(FRAME_TRADES) == sorted(FRAME_TRADES, key=lambda t: (-len(t), t))
