"""Probe count owners on short Hong Kong, Taiwan and international passages written for the purpose.

Run: ``python3 bench/count_owner_probes.py [-v]``. Each passage (written for zhkg from general knowledge, in the
style of Hong Kong, Taiwan and international news; not taken from any article, and never from the reserved
sources) names a company, council, school, team, delegation or place and later counts something it owns, often
through an anaphor (该公司, 集团, 该会, 全队, 本地, 全港, 港府) or past a place named in between. Every passage is read
in Simplified and as OpenCC's s2hk and s2tw write it. These are probes of whether the owner rules generalise
beyond the dev halves, not a dev set: a count the pipeline does not find is left out, and an owner is right when
its name is the expected one, a longer or shorter form ending as it does (美国苹果公司 for 苹果公司), or
another of its names (港府 for 香港).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy

from zhkg.records import Document, Label, RelationKind  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402
from zhkg.stages.entity_groups import entity_id  # noqa: E402
from zhkg.stages.normalise import convert, to_simplified  # noqa: E402

#: (passage, {the thing counted (Simplified): its expected owner})
PROBES = [
    ('新鸿基地产昨日公布中期业绩。该集团表示，今年上半年共售出1200个住宅单位，并计划明年在将军澳推出3个新项目。',
     {"住宅单位": "新鸿基地产", "项目": "新鸿基地产"}),
    ('沙田区议会昨晚召开大会讨论重建计划。区议会共有41名议员，其中28名投票支持动议。',
     {"议员": "沙田区议会"}),
    ('台北市立建国高级中学今年毕业典礼于周六举行。该校今年共有800多名毕业生，其中120名获得海外大学录取。',
     {"毕业生": "台北市立建国高级中学"}),
    ('香港足球代表队昨日抵达东京，准备周末的亚洲杯外围赛。全队共有23名球员，包括5名归化球员。',
     {"球员": "香港足球代表队"}),
    ('中华台北代表团昨日抵达巴黎参加世界大学运动会。代表团共有150名选手，由教练率领。',
     {"选手": "中华台北代表团"}),
    ('香港教育局昨日公布，全港今年共有45所中学参加计划，涉及约3万名学生。',
     {"中学": "香港", "学生": "香港"}),
    ('港府宣布，明年将在新界兴建2间公立医院，并增加500张病床。',
     {"公立医院": "香港", "医院": "香港", "病床": "香港"}),
    ('美国苹果公司周二发布财报。公司表示，上季度在全球售出约5000万部手机，并新开设了12家零售店。',
     {"手机": "苹果公司", "零售店": "苹果公司"}),
    ('中华电信今天宣布，将在全台增设500座基站。该公司目前在台湾拥有约1100万名用户。',
     {"基站": "中华电信", "用户": "中华电信"}),
    ('世界卫生组织昨日在日内瓦召开大会，该组织194个成员国的代表出席。',
     {"成员国": "世界卫生组织"}),
    ('国泰航空昨日公布，集团上月共接载280万名乘客，较去年同期增加一成。',
     {"乘客": "国泰航空"}),
    ('香港中文大学校长昨日表示，该校今年获得12项国际研究奖项，共有300名研究人员参与。',
     {"奖项": "香港中文大学", "研究人员": "香港中文大学"}),
    ('长荣海运在高雄港设有3座货柜码头，该公司去年共运送500万个货柜。',
     {"货柜码头": "长荣海运", "码头": "长荣海运", "货柜": "长荣海运"}),
    ('丰田汽车周三宣布，将在美国肯塔基州的工厂增聘2000名员工。',
     {"员工": "丰田汽车"}),
    ('圣保罗男女中学昨日举行开放日，吸引不少来自九龙及新界的家长参观。该校校长表示，今年共有180名中一学位，将优先录取区内学生。',
     {"学位": "圣保罗男女中学"}),
    ('鸿海精密昨天在新北市举行股东会。董事长表示，公司今年将在美国威斯康星州及印度增设两座工厂，全球员工人数超过80万人。',
     {"工厂": "鸿海精密", "员工": "鸿海精密", "人": "鸿海精密"}),
    ('立法会昨日三读通过修订条例。政府发言人指出，全港目前共有约1.2万间食肆需要申领新牌照。',
     {"食肆": "香港"}),
    ('香港特区政府代表团昨日抵达新加坡，展开为期三天的访问。代表团一行18人，将与当地官员会面，并参观3个公共房屋项目。',
     {"人": "香港特区政府代表团", "项目": "新加坡"}),
    ('中华台北棒球队昨晚飞抵东京参加亚洲锦标赛。全队28名球员状态良好，教练团也有6名成员随行。',
     {"球员": "中华台北棒球队", "成员": "中华台北棒球队"}),
    ('联合国难民署周一在日内瓦发表报告。该机构指出，去年全球有超过1亿人被迫离开家园，其中约4000万人在本国境内流离失所。',
     {"人": "联合国难民署"}),
    ('港府昨日公布施政报告，表示未来五年将在北部都会区兴建约3万个公营房屋单位。',
     {"单位": "香港", "公营房屋单位": "香港", "房屋单位": "香港"}),
    ('台当局昨日宣布，将再向美国采购66架战机，并在花莲基地部署。',
     {"战机": "台湾"}),
    ('旺角女人街是香港著名的露天市场，这条街上有超过100个摊档，每天吸引大批游客。',
     {"摊档": "旺角女人街", "摊": "旺角女人街"}),
    ('台北市议会今天召开临时会。议会共有61席议员，国民党占29席。',
     {"议员": "台北市议会"}),
    ('长江和记实业昨日公布业绩。集团表示，旗下零售业务在欧洲及亚洲共经营超过1.6万家店铺。',
     {"店铺": "长江和记实业"}),
    ('国立台湾大学今天举行毕业典礼，今年共有约7000名毕业生，其中外籍生200多名。',
     {"毕业生": "国立台湾大学", "外籍生": "国立台湾大学"}),
    ('香港卫生防护中心今日公布，本地新增12宗确诊个案。',
     {"个案": "香港"}),
    ('九龙巴士公司表示，该公司目前在港九新界共营运约400条路线，车队有近4000辆巴士。',
     {"路线": "九龙巴士公司", "巴士": "九龙巴士公司"}),
    ('台积电今天召开法说会，总裁表示，台积电在台湾共有4座12吋晶圆厂，在南京另有1座。',
     {"晶圆厂": "台积电"}),
    ('香港大学位于薄扶林，现有约3万名学生，其中研究生约1.6万名。',
     {"学生": "香港大学", "研究生": "香港大学"}),
    ('马来西亚代表团在吉隆坡举行记者会，宣布派出120名运动员参加东南亚运动会。',
     {"运动员": "马来西亚代表团"}),
    ('民进党今天在台北举行党代表大会，约300名党代表出席。',
     {"代表": "民进党"}),
    ('湾仔区议会昨日开会。该会辖下有5个工作小组，负责跟进区内事务。',
     {"小组": "湾仔区议会"}),
    ('英国石油公司周二宣布，将在全球裁减1万个职位。',
     {"职位": "英国石油公司"}),
    ('香港迪士尼乐园昨日宣布扩建计划，乐园将新增3个主题区。',
     {"区": "香港迪士尼乐园"}),
    ('南韩现代汽车今年在美国市场售出70万辆汽车。',
     {"汽车": "现代汽车", "辆汽车": "现代汽车"}),
    ('食物环境卫生署表示，全港现时共有约2万个公众垃圾桶，本港每日产生约1.1万公吨都市固体废物。',
     {"垃圾桶": "香港"}),
    ('台湾疾病管制署今天表示，全台上周新增3起群聚感染事件，其中2起发生在北部。',
     {"事件": "台湾"}),
    ('澳门旅游局公布，上月本澳共接待约280万人次旅客。',
     {"人次": "澳门", "旅客": "澳门"}),
    ('根据苹果公司官方公布的数据，该公司上季度共售出4700万部手机。',
     {"手机": "苹果公司"}),
    ('据NBA官方公布的数据，本赛季常规赛共有2200万人次入场观赛。',
     {"人次": "NBA"}),
    ('香港理工大学昨日宣布，该校将在红磡校园兴建一幢新教学大楼，提供约800个学位。',
     {"学位": "香港理工大学"}),
    ('日本丰田汽车公司宣布，公司计划在北美新建两座电池工厂。',
     {"工厂": "日本丰田汽车公司", "电池工厂": "日本丰田汽车公司"}),
    ('中华台北代表团今天在雅加达举行授旗典礼。本届亚运代表团共有558名选手。',
     {"选手": "中华台北代表团"}),
    ('香港赛马会今日公布，马会去年向约200个慈善团体捐出逾40亿港元。',
     {"慈善团体": "香港赛马会", "团体": "香港赛马会"}),
    ('英国首相府发表声明，政府将在苏格兰增设3个边境检查站。',
     {"检查站": "英国", "边境检查站": "英国"}),
    ('民建联在今届立法会有13名议员，是会内第一大党。',
     {"议员": "民建联"}),
    ('香港律师会昨日举行周年大会。该会目前共有约1.3万名会员。',
     {"会员": "香港律师会"}),
    ('国民党在新一届立法院共取得52席，民进党则取得51席。',
     {"席": "民进党"}),
    ('香港中华总商会今日表示，商会属下有超过6000家会员企业。',
     {"企业": "香港中华总商会", "会员企业": "香港中华总商会"}),
    ('台湾大学医院今天表示，该院去年共完成3000例器官移植手术。',
     {"手术": "台湾大学医院", "器官移植手术": "台湾大学医院"}),
    ('屯门区议会昨日通过动议。议员指出，区内现时有15个公共屋邨。',
     {"屋邨": "屯门区议会", "公共屋邨": "屯门区议会"}),
    ('港铁公司公布，东铁线过海段通车后，每日载客量达到约50万人次。',
     {"人次": "港铁公司"}),
    ('德国代表团一行20人今天抵达台北，将参访5家科技公司。',
     {"人": "德国代表团"}),
    ('香港演艺学院今年共录取了350名新生，其中来自内地的学生有40名。',
     {"新生": "香港演艺学院"}),
    ('高雄市政府今天宣布，全市将增设20座公共托育中心。',
     {"托育中心": "高雄市", "公共托育中心": "高雄市", "中心": "高雄市"}),
]
# Names the expected owner may also go by (Hong Kong's government for Hong Kong, Taiwan's authorities for Taiwan,
# a company's short name organisations_known.tsv lists).
OTHER_NAMES = {"香港": ("香港特别行政区", "港府"), "台湾": ("台当局",), "鸿海精密": ("鸿海",)}


def right(got: str | None, want: str) -> bool:
    """The expected name, a longer form ending in it (美国苹果公司), a shorter one of three letters or more ending it
    (律师会 for 香港律师会), or another name of it."""
    return got is not None and (got == want or got.endswith(want) or (len(got) >= 3 and want.endswith(got))
                                or got in OTHER_NAMES.get(want, ()))


def read_owners(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    """Each counted thing (Simplified) the pipeline reads in ``text``, with its owner's name or ``None``."""
    result = pipeline.process_documents([Document("probe", text, kind="text")])[0]
    names = {entity_id(m): to_simplified(m.canonical or m.text) for m in result.mentions}
    things = {entity_id(m): to_simplified(m.quantity.counted_simplified) for m in result.mentions
              if m.label is Label.COUNT and m.quantity is not None}
    owners: dict[str, str | None] = {thing: None for thing in things.values()}
    owners.update({things[r.target]: names.get(r.source, r.source) for r in result.relations
                   if r.kind is RelationKind.HAS_COUNT and r.target in things})
    return owners


def main(verbose: bool = False) -> None:
    pipeline = Pipeline()
    print("| script | owners right |")
    print("| --- | --- |")
    total = [0, 0]
    for script in ("simplified", "s2hk", "s2tw"):
        ok = n = 0
        for text, expected in PROBES:
            text = text if script == "simplified" else convert(text, script)
            owners = read_owners(pipeline, text)
            for thing, want in expected.items():
                if thing not in owners:
                    continue  # a count the pipeline does not read: no owner to judge
                n += 1
                good = right(owners[thing], want)
                ok += good
                if verbose and not good:
                    print(f"<!-- {script}: {thing} owner {want}, read {owners[thing]}: {text[:40]} -->")
        print(f"| {script} | {ok}/{n} |")
        total[0] += ok
        total[1] += n
    print(f"| all | {total[0]}/{total[1]} |")


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
