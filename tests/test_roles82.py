"""Roles that are wrong, narrowed (round roles82), each in Simplified and Traditional (``both_scripts``): a title
that ranks a trade written right after it is no post (主管会计, 主任律师, 董事长秘书, 职工代表监事:
``roles_misreads.drop_trade_ranks``); people listed before a link and as many posts after it hold one each, so the
last keeps only his own (张三、李四担任万科集团董事长、总经理: ``roles_listed.drop_posts_of_others``); a post read twice,
bare and with its qualifier, from one evidence is kept once, qualified (特约记者, not 记者 too:
``roles_misreads.drop_posts_read_twice``); a city naming a summit (领导人华盛顿峰会) holds no title
(``roles_misreads.drop_names_of_summits``).

The passages are written for these tests; each rule has guards that keep what was right.
"""

import pytest
from helpers import both_scripts
from helpers import role_edges as roles


@pytest.mark.parametrize("text, wrong", both_scripts([
    # a title ranking a trade: the trade is the job, the title no post of the body
    ("张雁冰，1987年至1995年任甘肃省友谊公司主管会计、第二分公司经理。", ("张雁冰", "甘肃省友谊公司", "主管")),
    ("李国平，曾任北京铁路局临汾铁路分局主管会计；北京铁路局副局长。", ("李国平", "北京市铁路局临汾铁路分局", "主管")),
    ("赵永宏，2000年至2002年担任陕西秦丰农业科技股份有限公司董事长秘书。", ("赵永宏", "陕西秦丰农业科技股份有限公司", "董事长")),
    ("丁衬欢，现任广东众生药业股份有限公司职工代表监事、财务部经理。", ("丁衬欢", "广东众生药业股份有限公司", "代表")),
    ("李佳铭，现任上海翰鸿律师事务所主任律师。", ("李佳铭", "上海翰鸿律师事务所", "主任")),
    # people listed before a link and as many posts after it: the last one holds his own only
    ("张三、李四担任万科集团董事长、总经理。", ("李四", "万科集团", "董事长")),
    ("张三和李四任万科集团董事长、总经理。", ("李四", "万科集团", "董事长")),
    ("董事会任命张三、李四为万科集团董事长、总经理。", ("李四", "万科集团", "董事长")),
    ("张三、李四、王五担任万科集团董事长、总经理、副总经理。", ("王五", "万科集团", "总经理")),
    ("孙中山任命黄复生、卢师谛为四川靖国联军总司令、副司令。", ("卢师谛", "四川靖国联军", "总司令")),
    # a post read twice: the bare title inside the qualified one
    ("印度将进口中国牛奶禁令延长6个月环球时报特约记者王斯报道，据报道，禁令延长。", ("王斯", "环球时报", "记者")),
    # a summit named by its city: the city is no holder of the title before it
    ("胡锦涛表示，要推动落实二十国集团领导人华盛顿峰会和伦敦峰会成果。", ("华盛顿", "十国集团", "领导人")),
]))
def test_wrong_post_dropped(pipeline, text, wrong):
    from zhkg.stages.normalise import to_simplified

    assert tuple(to_simplified(x) for x in wrong) not in roles(pipeline, text)


@pytest.mark.parametrize("text, kept", both_scripts([
    # guards: the post beside the trade, a title written bare as well, a longer post after the title
    ("王明，曾任甘肃省友谊公司主管会计，甘肃省友谊公司总经理。", ("王明", "甘肃省友谊公司", "总经理")),
    ("王明，现任华夏银行主管。", ("王明", "华夏银行", "主管")),
    ("北京协和医院主任医师王明表示，病人已经脱离危险。", ("王明", "北京协和医院", "主任医师")),
    ("万科集团董事会秘书王明表示，公司将继续推进改革。", ("王明", "万科集团", "董事会秘书")),
    ("中国证券业协会副会长兼秘书长陈自强表示，行业将规范发展。", ("陈自强", "中国证券业协会", "秘书长")),
    ("王明，现任万科集团董事长、总经理。", ("王明", "万科集团", "董事长")),
    # the last listed person's own post stays; one post after a list is everyone's; 分别 reads them in order
    ("张三、李四担任万科集团董事长、总经理。", ("李四", "万科集团", "总经理")),
    ("董事会任命张三、李四为万科集团董事长、总经理。", ("李四", "万科集团", "总经理")),
    ("张三、李四、王五担任万科集团董事长、总经理、副总经理。", ("王五", "万科集团", "副总经理")),
    ("张三、李四当选为万科集团副总经理。", ("张三", "万科集团", "副总经理")),
    ("张三、李四当选为万科集团副总经理。", ("李四", "万科集团", "副总经理")),
    ("王明、李强分别担任万科集团董事长、总经理。", ("王明", "万科集团", "董事长")),
    ("王明、李强分别担任万科集团董事长、总经理。", ("李强", "万科集团", "总经理")),
    # the qualified post read once stays; a bare title written on its own beside a longer one stays
    ("印度将进口中国牛奶禁令延长6个月环球时报特约记者王斯报道，据报道，禁令延长。", ("王斯", "环球时报", "特约记者")),
    ("上海电气副总经理、总经理王明表示，公司业绩稳定。", ("王明", "上海电气", "总经理")),
    ("上海电气副总经理、总经理王明表示，公司业绩稳定。", ("王明", "上海电气", "副总经理")),
    # a person's name followed by a verb of meeting or anything but a summit's word keeps the title
    ("美国总统奥巴马会晤了日本首相。", ("奥巴马", "美国", "总统")),
    ("美国总统奥巴马表示，峰会取得成功。", ("奥巴马", "美国", "总统")),
]))
def test_right_post_kept(pipeline, text, kept):
    from zhkg.stages.normalise import to_simplified

    assert tuple(to_simplified(x) for x in kept) in roles(pipeline, text)
