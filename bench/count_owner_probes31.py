"""Probe count owners on kinds of passage ``count_owner_probes.py`` lacks (session 27, owners31).

Run: ``python3 bench/count_owner_probes31.py [-v]``. Every passage was written for zhkg from general knowledge in
the style of mainland, Hong Kong or Taiwan news (not taken from any article, never from a reserved source) and is
read in Simplified and in its region's Traditional (``s2hk`` for Hong Kong, ``s2tw`` for Taiwan and the mainland).
The kinds: Hong Kong and Taiwan deixis and anaphors (本港, 全台, 该公司, 该校, 当地, 港府, 市府, 县府), a company or team
as the clause subject past a place, counts in a list after a colon, counts inside a quotation, people of one
country counted abroad, and an owner named only in the sentence before. As in ``count_owner_probes.py`` a count
the pipeline does not read is left out, and an owner is right when it is the expected name, a longer or shorter
form ending as it does, another of its names or its government (台北市政府 for 台北市, as ``count_owner_probes.py``
takes 港府 for 香港); ``None`` expects no owner (a nationality before the people
counted says who they are, under ``tests/gold/counts_dev.md``'s conventions, and owns none of them).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(ROOT))  # bench.count_owner_probes

from bench.count_owner_probes import read_owners, right  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402
from zhkg.stages.normalise import convert  # noqa: E402

#: the Traditional form each region's passages are also read in
REGION_SCRIPT = {"hk": "s2hk", "tw": "s2tw", "cn": "s2tw"}

#: (region, passage in Simplified, {the thing counted (Simplified): its expected owner, None for none})
PROBES = [
    # deixis and anaphors of Hong Kong and Taiwan
    ("hk", "卫生署今日公布，本港过去24小时新增12宗确诊个案。", {"个案": "香港", "确诊个案": "香港"}),
    ("hk", "港府今日宣布，将于明年增建3间社区会堂。", {"社区会堂": "香港", "会堂": "香港"}),
    ("hk", "香港大学昨日举行毕业典礼，该校今年共有4000名学生毕业。", {"学生": "香港大学"}),
    ("tw", "台积电今天召开法说会。该公司指出，今年将在全球新增5座晶圆厂。", {"晶圆厂": "台积电"}),
    ("tw", "中央流行疫情指挥中心今天表示，全台累计已有35所学校停课。", {"学校": "台湾"}),
    ("tw", "台中市长今天表示，市府今年将新建8座运动中心。", {"运动中心": "台中市", "中心": "台中市"}),
    ("tw", "宜兰县长昨天表示，县府今年已完成42座桥梁补强工程。", {"桥梁": "宜兰县", "工程": "宜兰县"}),
    ("tw", "新北市府今天宣布，今年将增设15处公共托育中心。", {"托育中心": "新北市", "公共托育中心": "新北市", "中心": "新北市"}),
    ("hk", "澳门特区政府公布，当地上月共接待300万名旅客。", {"旅客": "澳门"}),
    ("tw", "台南市长今天表示，市府已在各区设置40处避难所。", {"避难所": "台南市"}),
    ("tw", "嘉义县政府指出，县内目前有120所国民小学。", {"国民小学": "嘉义县", "小学": "嘉义县"}),
    ("hk", "立法会财委会今日通过拨款，港府将聘请500名医护人员。", {"医护人员": "香港", "人员": "香港"}),
    # a company or team as the subject, past a place
    ("cn", "腾讯控股在深圳发布财报，公司第三季度新增3000万名用户。", {"用户": "腾讯控股"}),
    ("cn", "华为在德国慕尼黑设有2个研发中心。", {"研发中心": "华为", "中心": "华为"}),
    ("tw", "长荣航空上月共载运120万名旅客，较去年同期成长两成。", {"旅客": "长荣航空"}),
    ("cn", "格力电器在珠海召开股东大会，公司目前拥有8万名员工。", {"员工": "格力电器"}),
    ("cn", "中国女排昨天抵达东京。全队14名队员状态良好。", {"队员": "中国女排"}),
    ("tw", "统一超商宣布，旗下门市今年将增至7000家。", {"门市": "统一超商"}),
    ("hk", "远东百货今天宣布，旗下12家分店将延长营业时间。", {"分店": "远东百货"}),
    ("cn", "比亚迪在深圳宣布，上月共售出30万辆汽车。", {"汽车": "比亚迪"}),
    # counts in a list after a colon
    ("tw", "台北市政府公布今年成果：新增5座公园、12处停车场及3间图书馆。",
     {"公园": "台北市", "停车场": "台北市", "图书馆": "台北市"}),
    ("hk", "房屋委员会公布明年计划：兴建8000个公屋单位、3所学校及2个街市。",
     {"公屋单位": "房屋委员会", "单位": "房屋委员会", "学校": "房屋委员会", "街市": "房屋委员会"}),
    ("cn", "成都市公布今年民生实事：新建50所幼儿园、改造300个老旧小区。", {"幼儿园": "成都市", "小区": "成都市", "老旧小区": "成都市"}),
    # counts inside a quotation
    ("hk", "香港警务处处长表示：“警队目前有3万名警员，人手仍然不足。”", {"警员": "香港警务处"}),
    ("tw", "中华航空董事长说：“我们今年将引进10架新客机。”", {"客机": "中华航空", "新客机": "中华航空"}),
    ("cn", "北京市市长表示：“我市今年将新建200所幼儿园。”", {"幼儿园": "北京市"}),
    ("tw", "高雄市长说：“市府已在全市设置60座公共自行车站。”", {"自行车站": "高雄市", "公共自行车站": "高雄市"}),
    # people of one country counted abroad: the nationality says who they are
    ("tw", "外交部发言人表示，目前约有2000名台湾旅客滞留日本。", {"旅客": None}),
    ("cn", "据报道，目前约有3000名中国游客滞留泰国普吉岛。", {"游客": None}),
    ("hk", "入境处表示，目前有50名香港居民在泰国求助。", {"居民": None}),
    # the owner named only in the sentence before
    ("hk", "新加坡航空昨日公布业绩。上季共接载500万名乘客，收入按年增加一成。", {"乘客": "新加坡航空"}),
    ("tw", "高雄市今天举行防灾演习。共有3000名市民参与，动员50辆消防车。", {"市民": "高雄市", "消防车": "高雄市"}),
    ("tw", "国立成功大学今天公布招生结果。今年共招收3500名新生。", {"新生": "国立成功大学"}),
    ("cn", "深圳市今年经济增长较快。全市新增企业5万家。", {"企业": "深圳市"}),
    # a quoted source does not own what it reports
    ("cn", "据新华社报道，深圳市今年新增5万家企业。", {"企业": "深圳市"}),
    ("tw", "据路透社报道，苹果公司上季在中国售出1200万部手机。", {"手机": "苹果公司"}),
    ("cn", "记者从杭州市教育局获悉，该市今年将新建30所中小学。", {"中小学": "杭州市"}),
    ("hk", "香港中华厂商联合会表示，会员中有逾3000家企业在内地设厂。", {"企业": "香港中华厂商联合会"}),
    ("cn", "教育部公布，全国今年共有1200万名考生报名高考。", {"考生": "中国"}),
    ("tw", "交通部今天表示，全台目前共有2500辆电动公交车。", {"电动公交车": "台湾", "公交车": "台湾"}),
]
OTHER_NAMES = {"香港": ("香港特别行政区", "港府"), "台湾": ("台当局",), "澳门": ("澳门特别行政区", "澳门特区")}


def owner_right(got: str | None, want: str | None) -> bool:
    """No owner when none is expected, else :func:`bench.count_owner_probes.right`, another of the names, or the
    place's government (台北市政府 and 新北市府 for their city, as 港府 for 香港)."""
    if want is None:
        return got is None
    return right(got, want) or got in OTHER_NAMES.get(want, ()) or got in (want + "政府", want + "府")


def main(verbose: bool = False) -> None:
    pipeline = Pipeline()
    print("| script | owners right |")
    print("| --- | --- |")
    total = [0, 0]
    for script in ("simplified", "traditional"):
        ok = n = 0
        for region, text, expected in PROBES:
            text = text if script == "simplified" else convert(text, REGION_SCRIPT[region])
            owners = read_owners(pipeline, text)
            for thing, want in expected.items():
                if thing not in owners:
                    if verbose:
                        print(f"<!-- {script}: {thing} not read: {text[:40]} -->")
                    continue  # a count the pipeline does not read: no owner to judge
                n += 1
                good = owner_right(owners[thing], want)
                ok += good
                if verbose and not good:
                    print(f"<!-- {script}: {thing} owner {want}, read {owners[thing]}: {text[:40]} -->")
        print(f"| {script} | {ok}/{n} |")
        total[0] += ok
        total[1] += n
    print(f"| all | {total[0]}/{total[1]} |")


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
