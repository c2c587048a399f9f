import pytest


def relations(pipeline, text, kind):
    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: e.name for e in ex.entities}
    names["doc:t"] = "DOC"
    return sorted((names[r.source], names[r.target], r.role_simplified) for r in ex.relations if r.kind.value == kind)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "平谷區城鄉基層防控組組長、區政協黨組書記、主席閆維洪身先士卒。",
            [("闫维洪", "平谷区城乡基层防控组", "组长"), ("闫维洪", "平谷区政协", "主席"), ("闫维洪", "平谷区政协", "党组书记")],
        ),
        ("稷山县公安局民警贺旺英。", [("贺旺英", "稷山县公安局", "民警")]),
        ("韓城市人大代表文曉萍面對疫情。", [("文晓萍", "韩城市人大", "代表")]),
        ("首席预报员陈涛连续多日驻守。", []),
        # titles of general news, beyond the seed's party and CPPCC roles
        ("交通银行首席经济学家连平表示，降息可期。", [("连平", "交通银行", "首席经济学家")]),
        ("中国外交部发言人秦刚说。", [("秦刚", "中国外交部", "发言人")]),
        # the role after the person: 是/任/担任, or a comma
        ("王石是万科集团董事长，他表示市场会好转。", [("王石", "万科集团", "董事长")]),
        ("李明现任交通银行首席经济学家。", [("李明", "交通银行", "首席经济学家")]),
        ("林铁钢已出任中国人民银行天津分行行长。", [("林铁钢", "中国人民银行天津分行", "行长")]),
        ("王石，萬科集團董事長，昨天表示。", [("王石", "万科集团", "董事长")]),
        # ... unless the role introduces the next person
        ("记者王小明，万科集团董事长郁亮表示。", [("郁亮", "万科集团", "董事长")]),
        ("总经理张玉卓，韶关钢铁集团有限公司主任工程师、高级技师罗东元，", []),
    ],
)
def test_roles(pipeline, text, expected):
    assert relations(pipeline, text, "HOLDS_ROLE") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a role a place's government holds takes the place as its holder
        ("深圳市市长覃伟中会见了代表团。", [("覃伟中", "深圳市", "市长")]),
        ("香港特區行政長官李家超今日宣布。", [("李家超", "香港特区", "行政长官")]),
        # ... but not a role any body has: a city's reporter is not the city's
        ("深圳市记者王小明报道。", []),
        # the holder and the role share a character
        ("美国交通部长布蒂吉格宣布新计划。", [("布蒂吉格", "美国交通部", "部长")]),
        # Taiwan's legislators and councillors; the model's organisation gives the role back
        ("民進黨立委林俊憲質詢時指出。", [("林俊宪", "民进党", "立委")]),
        # after the person, with a place holding the role
        ("王伟现任深圳市市长。", [("王伟", "深圳市", "市长")]),
        # a short qualifier between the organisation and its role (letters of rank, 执行, stay in the title: roles18)
        ("交通银行执行副行长王伟表示。", [("王伟", "交通银行", "执行副行长")]),
        ("北京大学首任校长王伟到任。", [("王伟", "北京大学", "校长")]),
        # a list of posts after 出任/担任
        ("王伟出任福建省人民政府副主席，中共福建省委第二副书记。",
         [("王伟", "中共福建省委", "副书记"), ("王伟", "福建省人民政府", "副主席")]),
        # the organisation, the person, then the role
        ("清华大学心理学系的王伟教授作为主讲。", [("王伟", "清华大学心理学系", "教授")]),
        ("南京大学天文系的李明教授认为。", [("李明", "南京大学天文系", "教授")]),
        # 的 and a qualifier between the organisation and the role
        ("交通银行的国内市场总监王伟表示。", [("王伟", "交通银行", "市场总监")]),
        # a chain joined by 及, whose second role has a place of its own
        ("美國友邦保險深圳分公司總經理及香港副總裁鄭國成遇襲。", [("郑国成", "美国友邦保险深圳分公司", "总经理")]),
        # a parenthesis, a comma, then the verb; 为, 以…身份, 历任, a place locating the organisation
        ("王伟（1950年-），曾任交通银行行长。", [("王伟", "交通银行", "行长")]),
        ("王伟，现任交通银行行长。", [("王伟", "交通银行", "行长")]),
        ("王伟以交通银行董事长身份出席。", [("王伟", "交通银行", "董事长")]),
        ("王伟以交通银行为例说明。", []),
        ("王伟为北京大学首任校长。", [("王伟", "北京大学", "校长")]),
        ("王伟擔任中國常駐聯合國代表團參贊。", [("王伟", "联合国代表团", "参赞")]),
        ("王伟历任北京大学校长、交通银行行长。", [("王伟", "交通银行", "行长"), ("王伟", "北京大学", "校长")]),
        # a clause opening with a verb of appointment takes the sentence's one person as subject
        ("1949年后，王伟回到北京，后出任交通银行行长、北京大学校长。",
         [("王伟", "交通银行", "行长"), ("王伟", "北京大学", "校长")]),
        ("他会见了王伟，随后出任交通银行行长。", []),
    ],
)
def test_roles_in_the_forms_news_uses(pipeline, text, expected):
    assert relations(pipeline, text, "HOLDS_ROLE") == expected


@pytest.mark.parametrize(
    "text, former",
    [
        ("前深圳市市长许勤出席活动。", True),
        ("前台北市長柯文哲出席。", True),
        ("前新北市長朱立倫出席。", True),  # jieba's 前新北|市长: the place matcher splits 前 off
        ("原交通银行行长牛锡明表示。", True),
        ("目前深圳市市长覃伟中表示。", False),
        ("深圳市市长覃伟中表示。", False),
        ("许勤曾任深圳市市长。", True),
        ("许勤历任深圳市市长。", True),
        ("许勤（1961年-），曾任深圳市市长。", True),
        ("许勤，现任深圳市市长。", False),
    ],
)
def test_past_roles_are_marked_former(pipeline, text, former):
    ex = pipeline.run_texts([("t", text)]).extraction
    roles = [r for r in ex.relations if r.kind.value == "HOLDS_ROLE"]
    assert [r.former for r in roles] == [former]
    G = pipeline.run_texts([("t", text)]).graph
    assert [d.get("former", False) for _, _, d in G.edges(data=True) if d["label"] == "HOLDS_ROLE"] == [former]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Hong Kong and Taiwan titles: place + title fused, councillors, coaches, secretaries-general
        ("花蓮縣長徐榛蔚今日表示。", [("徐榛蔚", "花莲县", "县长")]),
        ("新北市長侯友宜出席。", [("侯友宜", "新北市", "市长")]),
        ("台北市議員王世堅質詢。", [("王世坚", "台北市", "市议员")]),
        ("國民黨台北市議員王鴻薇質詢時指出。", [("王鸿薇", "台北市", "市议员")]),
        ("高雄市議會議長康裕成說。", [("康裕成", "高雄市议会", "议长")]),
        ("中華隊總教練洪一中表示。", [("洪一中", "中华队", "总教练")]),
        # an abbreviated body before a role: found by combine, and derived by the role reader if it were not
        ("消基會總幹事陳智義說。", [("陈智义", "消基会", "总干事")]),
        ("金管會主委彭金隆表示。", [("彭金隆", "金管会", "主委")]),
        ("鴻海集團創辦人郭台銘出席。", [("郭台铭", "鸿海集团", "创办人")]),
        ("台中市長盧秀燕、高雄市長陳其邁出席。", [("卢秀燕", "台中市", "市长"), ("陈其迈", "高雄市", "市长")]),
        # a place role after a committee with no place written is no one's
        ("市委常委、常务副市长王伟表示。", [("王伟", "市委", "常委")]),
        # a body the recogniser read as a place, before a body's role
        ("當時華視總經理江霞表示。", [("江霞", "华视", "总经理")]),
        # a company's short form, the document naming it in full
        ("花旗首席执行官潘迪特宣布。花旗集团无意改变模式。", [("潘迪特", "花旗集团", "首席执行官")]),
        # a dateline's byline
        ("新浪房产讯（编辑张跃）项目预计5月1日开盘。", [("张跃", "新浪房产", "编辑")]),
        # 了 after the verb; a unit no extractor named whose last character the role repeats
        ("王伟担任了交通银行行长。", [("王伟", "交通银行", "行长")]),
        ("馬驥擔任了「二·一八」火災善後處理小組組長。", [("马骥", "「二·一八」火灾善后处理小组", "组长")]),
        # several people before: the subject of the clause just before the verb
        ("丈夫毕季龙出任联合国副秘书长时，胡济邦也到美国纽约，担任交通银行行长。",
         [("毕季龙", "联合国", "副秘书长"), ("胡济邦", "交通银行", "行长")]),
        ("李明和王伟来到北京，后出任交通银行行长。", []),
    ],
)
def test_roles_in_hong_kong_taiwan_and_other_forms(pipeline, text, expected):
    assert relations(pipeline, text, "HOLDS_ROLE") == expected


def test_a_short_form_is_the_same_entity_as_the_full_name(pipeline):
    ex = pipeline.run_texts([("t", "花旗首席执行官潘迪特宣布。花旗集团无意改变模式。")]).extraction
    assert [e.name for e in ex.entities if e.label.value == "ORGANIZATION"] == ["花旗集团"]


def test_listed_members_of_the_committee(pipeline):
    text = "平谷區政協發出倡議。張吉輝、李偉濤、鄭嘉波等委員,在區政協的倡議下積極捐贈。"
    assert relations(pipeline, text, "MEMBER_OF") == [
        ("张吉辉", "平谷区政协", "委员"), ("李伟涛", "平谷区政协", "委员"), ("郑嘉波", "平谷区政协", "委员"),
    ]


def test_counts_belong_to_the_nearest_holder_in_their_clause(pipeline):
    text = "平谷區政協召開會議。來自全區17個鎮鄉(街道)、274個村的情況,政協機關39名幹部職工和3名勤務員。"
    found = relations(pipeline, text, "HAS_COUNT")
    owners = sorted(owner for owner, _, _ in found)
    assert owners == ["平谷区", "平谷区", "平谷区政协机关", "平谷区政协机关"]


def test_count_without_holder_has_no_owner(pipeline):
    assert relations(pipeline, "可容納五十人座位的空間,坐了19個人。", "HAS_COUNT") == []


def test_organisation_located_in_its_place(pipeline):
    assert ("稷山县公安局", "稷山县", "") in relations(pipeline, "稷山縣公安局民警賀旺英。", "LOCATED_IN")


def test_every_entity_mentioned_in_its_document(pipeline):
    found = relations(pipeline, "稷山縣公安局民警賀旺英。", "MENTIONED_IN")
    assert {s for s, _, _ in found} == {"稷山县公安局", "稷山县", "贺旺英"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a unit no extractor named, after its organisation (and named with it), whose character the role repeats
        ("国家发改委中国小城镇试点处处长乔润令表示。", [("乔润令", "国家发改委中国小城镇试点处", "处长")]),
        ("建设部政策研究中心住宅与房地产研究处处长、研究员王伟表示。",
         [("王伟", "住宅与房地产研究处", "处长"), ("王伟", "住宅与房地产研究处", "研究员")]),
        # the party-and-government chain: the committee's roles, then the government's
        ("西藏自治区党委常委、政府常务副主席丁业现出席。",
         [("丁业现", "西藏自治区党委", "常委"), ("丁业现", "西藏自治区政府", "常务副主席")]),
        # (a body's governing unit before a title is the title's: 党委副书记 of the bureau, session 50's convention)
        ("伊犁农垦局党委副书记、副局长马骥出席。",
         [("马骥", "伊犁哈萨克自治州农垦局", "党委副书记"), ("马骥", "伊犁哈萨克自治州农垦局", "副局长")]),
        ("深圳市委副书记、市长王伟出席。", [("王伟", "深圳市", "市长"), ("王伟", "深圳市委", "副书记")]),
        ("广东省委常委、秘书长王伟出席。", [("王伟", "广东省委", "常委"), ("王伟", "广东省委", "秘书长")]),
    ],
)
def test_roles_of_bodies_no_extractor_named(pipeline, text, expected):
    assert relations(pipeline, text, "HOLDS_ROLE") == expected


def test_a_derived_organisation_is_an_entity_of_its_document(pipeline):
    result = pipeline.run_texts([("t", "国家发改委中国小城镇试点处处长乔润令表示。")])
    orgs = {e.name: e for e in result.extraction.entities if e.label.value == "ORGANIZATION"}
    assert orgs["国家发改委中国小城镇试点处"].mentions[0].extractor == "relate:derived"
    G = result.graph
    assert G.has_edge("org:国家发改委中国小城镇试点处", "doc:t")  # MENTIONED_IN, like every entity
    again = pipeline.run_texts([("t", "国家发改委中国小城镇试点处处长乔润令表示。")])
    assert sorted(G.edges(keys=True)) == sorted(again.graph.edges(keys=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name no extractor found, right after a title whose holder is written (the surname known, no word)
        ("經濟部次長林全能說。", [("林全能", "经济部", "次长")]),
        # ... but not a title joined to the next by 和 (和 is also a surname)
        ("也是前VIC女队的队长和指挥，", []),
        # a body no extractor named: at a clause's start, the title's first character shared (经济部长)
        ("經濟部長王美花表示。", [("王美花", "经济部", "部长")]),
        ("行政院長陳建仁今天表示。", [("陈建仁", "行政院", "院长")]),
        ("台積電總裁魏哲家今天出席股東會。", [("魏哲家", "台积电", "总裁")]),
        ("宏源证券研究员杨国华表示，", [("杨国华", "宏源证券", "研究员")]),
        # ... after the role before it in a list of posts
        ("十一届全国人大常委会副委员长、民建中央主席陈昌智、",
         [("陈昌智", "十一届全国人大常委会", "副委员长"), ("陈昌智", "民建中央", "主席")]),
        # ... and not a common word, a time or a verb: 现场主持人, 今天董事长, 公司总经理 (国家主席 is China's: 国家 is
        # the state, see test_state_titles)
        ("新华社电 国家主席胡锦涛昨天抵达。", [("胡锦涛", "中国", "主席")]),
        ("现场主持人王伟说。", []),
        ("公司总经理王重昆强调。", []),
        # a company's branch in a country, a qualifier between it and the role
        ("花旗中国执行副行长石安楠强调。", [("石安楠", "花旗中国", "执行副行长")]),
        # a bare surname for the person named in full before it; an adverb before the verb
        ("外甥童兆陽，童後來擔任國防管理學院院長。", [("童兆阳", "国防管理学院", "院长")]),
        ("王伟于1990年出任交通银行行长。", [("王伟", "交通银行", "行长")]),
        # a clause of 为 + organisation + role only
        ("石瓊璘畢業於中國傳媒大學，為中國中央電視台節目主持人。", [("石琼璘", "中国中央电视台", "主持人")]),
        ("王伟毕业于北京大学，为交通银行行长所赏识。", []),
        # Hong Kong's 衞 reads as 卫
        ("衞生署署長林文健表示。", [("林文健", "卫生署", "署长")]),
    ],
)
def test_roles_of_people_and_bodies_only_the_title_shows(pipeline, text, expected):
    assert relations(pipeline, text, "HOLDS_ROLE") == expected


def test_a_person_a_title_introduces_is_an_entity(pipeline):
    ex = pipeline.run_texts([("t", "經濟部次長林全能說。")]).extraction
    assert [(e.name, e.label.value) for e in ex.entities if e.label.value == "PERSON"] == [("林全能", "PERSON")]


@pytest.mark.parametrize(
    "text, expected, former",
    [
        # title chains, place + title fused, former: in both scripts
        ("前花蓮縣長傅崐萁出席。", [("傅崐萁", "花莲县", "县长")], True),
        ("前花莲县长傅崐萁出席。", [("傅崐萁", "花莲县", "县长")], True),
        ("台北市長蔣萬安今天出席。", [("蒋万安", "台北市", "市长")], False),
        ("台北市长蒋万安今天出席。", [("蒋万安", "台北市", "市长")], False),
        ("行政院副院長鄭文燦說。", [("郑文灿", "行政院", "副院长")], False),
        ("行政院副院长郑文灿说。", [("郑文灿", "行政院", "副院长")], False),
        ("國家發改委黨組書記、主任王偉表示。", [("王伟", "国家发改委", "主任"), ("王伟", "国家发改委", "党组书记")], False),
        ("国家发改委党组书记、主任王伟表示。", [("王伟", "国家发改委", "主任"), ("王伟", "国家发改委", "党组书记")], False),
    ],
)
def test_role_forms_read_alike_in_both_scripts(pipeline, text, expected, former):
    assert relations(pipeline, text, "HOLDS_ROLE") == expected
    ex = pipeline.run_texts([("t", text)]).extraction
    assert {r.former for r in ex.relations if r.kind.value == "HOLDS_ROLE"} == {former}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare title whose body the sentence named in a clause before: 由/任/为, posts joined by 兼
        ("精武體操學校於1910年6月1日開學，由霍元甲出任總教習。", [("霍元甲", "精武体操学校", "总教习")]),
        ("精武体操学校于1910年6月1日开学，由霍元甲出任总教习。", [("霍元甲", "精武体操学校", "总教习")]),
        ("南遣艦隊改編為第一南遣艦隊，仍由小澤任司令。", [("小泽", "第一南遣舰队", "司令")]),
        ("中國人民解放軍海軍領導機關在北京成立，劉道生任副政委兼政治部主任。",
         [("刘道生", "中国人民解放军海军领导机关", "副政委"), ("刘道生", "中国人民解放军海军领导机关", "政治部主任")]),
        # ... people listed by 、 share the post
        ("他們在長沙創辦船山學社，劉人熙、彭政樞為社長。",
         [("刘人熙", "船山学社", "社长"), ("彭政枢", "船山学社", "社长")]),
        # ... not a body in the person's own clause, nor the idiom 以…为代表
        ("奥斯卡得主助阵编剧配乐邓文迪担任制片人。", []),
        ("CBD是双核，以国贸、华贸为代表。", []),
        # 在 + organisation + 担任 + title: the clause's one person holds it
        ("1983年，胡安退役後在巴塞羅那俱樂部擔任教練。", [("胡安", "巴塞罗那俱乐部", "教练")]),
        ("1983年，胡安退役后在巴塞罗那俱乐部担任教练。", [("胡安", "巴塞罗那俱乐部", "教练")]),
        # a body no extractor named after a verb of appointment, the title closing the clause
        ("1936年3月德國侵入萊茵蘭時，弗朗丹任外交部長。", [("弗朗丹", "外交部", "部长")]),
        ("1936年3月德国侵入莱茵兰时，弗朗丹任外交部长。", [("弗朗丹", "外交部", "部长")]),
        # verb + holder + title + 的 + person
        ("擔任財政部長的巴爾齊蒂斯被任命為代總理。", [("巴尔齐蒂斯", "财政部", "部长")]),
        ("时任温县县城西关二街村支部书记的任春旺，将土地租出。", [("任春旺", "温县城西关二街村支部", "书记")]),
        ("擔任日本駐華大使的丹羽宇一郎乘坐的車輛被逼停。", [("丹羽宇一郎", "日本", "大使")]),
        # a date with 起 before the verb; 获擢升为
        ("卡斯特羅1961年起擔任古巴社會主義革命統一黨第一書記。", [("卡斯特罗", "古巴社会主义革命统一党", "第一书记")]),
        # 助理 before the title: an assistant's post (since roles17, as 助理执行总裁)
        ("1987年，范徐麗泰再度獲擢升為理工學院助理院長。", [("范徐丽泰", "理工学院", "助理院长")]),
        # a body after 是; a bare title after 和 shares the holder of the role before it
        ("中方代表是外交部長陸徵祥和次長曹汝霖。", [("曹汝霖", "外交部", "次长"), ("陆征祥", "外交部", "部长")]),
        ("问题是现场主持人王伟说得太快。", []),
        # a paper named in 《》, before or after the person
        ("母親許憲民曾任蘇州《大華報》總經理，支持中共。", [("许宪民", "大华报", "总经理")]),
        ("《财经》杂志主编胡舒立表示。", [("胡舒立", "财经", "主编")]),
        ("《財經》雜誌主編胡舒立表示。", [("胡舒立", "财经", "主编")]),
        ("《二次曝光》由《观音山》导演李玉执导。", []),
        ("蘭弗朗克在擔任坎特伯里大主教前，曾是修道院院長。", [("兰弗朗克", "坎特伯里", "大主教")]),
        ("王伟说，任其发展不是办法。", []),
        ("国务院副总理王岐山、国务委员戴秉国25日抵达华盛顿。",
         [("戴秉国", "国务院", "国务委员"), ("王岐山", "国务院", "副总理")]),
        # the last organisation before a post closing the clause, 的 and a generic head between them
        ("此前王重昆为信达澳银基金的副总经理，兼市场总监。",
         [("王重昆", "信达澳银基金", "副总经理"), ("王重昆", "信达澳银基金", "市场总监")]),
        ("羅森費爾德轉任百事公司旗下的Frito-Lay公司的執行長，管理零食部門。", [("罗森费尔德", "Frito-Lay公司", "执行长")]),
        # a Japanese family name for the full name before it (and the founder of the party he created:
        # zhkg/relate/roles_founders.py); 將出任 is a plan, no post held (roles21b), so the post is taken here
        ("石原慎太郎創建的太陽黨併入日本維新會，石原出任新的維新會的黨魁。",
         [("石原慎太郎", "太阳党", "创始人"), ("石原慎太郎", "日本维新会", "党魁")]),
        # a list of posts reads a title and 助理 as the assistant's post (基金经理助理; since roles17)
        ("许春茂，曾任北京华融资产管理有限公司高级投资经理，泰信基金公司基金经理助理。",
         [("许春茂", "北京华融资产管理有限公司", "经理"), ("许春茂", "泰信基金公司", "基金经理助理")]),
        ("童後來擔任國防管理學院院長、陸軍軍官學校校長與陸軍總司令部副總司令。",
         [("童", "国防管理学院", "院长"), ("童", "陆军军官学校", "校长"), ("童", "陆军总司令部", "副总司令")]),
    ],
)
def test_roles_in_the_forms_biographies_use(pipeline, text, expected):
    assert relations(pipeline, text, "HOLDS_ROLE") == expected


def test_relations_of_one_sentence_share_its_evidence_text(pipeline):
    """A sentence's relations hold one string: a result pickles to the parent and the work directory once
    per sentence, not once per relation (co-mentions made results twice as large)."""
    import pickle

    from zhkg.records import Document

    text = "平谷区政协主席闫维洪、副主席王小明和李红在北京会见了万科集团董事长郁亮。第二句只有北京。"
    [result] = pipeline.process_documents([Document(id="d", text=text)])
    first = result.document.text.index("。") + 1
    in_first = [r.evidence.sentence for r in result.relations if r.evidence.end <= first]
    assert len(in_first) >= 3 and len({id(s) for s in in_first}) == 1
    blob = pickle.dumps(result)
    assert blob.count(text[:first].encode("utf-8")) <= 2  # the document's text and one evidence string


@pytest.mark.parametrize(
    "text, expected",
    [
        # the holder read from the title's own letters, in both scripts: a place or body jieba's dictionary
        # knows (a place only for a title a place's government holds), or letters ending in a body's head
        ("1923年，直系軍閥直隸省長王承斌重新收回。", [("王承斌", "直隶省", "省长")]),
        ("1923年，直系军阀直隶省长王承斌重新收回。", [("王承斌", "直隶省", "省长")]),
        ("在會談中希特勒提到蘇聯領導人斯大林的時候很激動。", [("斯大林", "苏联", "领导人")]),
        ("由於海爾賽為第三艦隊司令，故更名。", [("海尔赛", "第三舰队", "司令")]),
        ("由于海尔赛为第三舰队司令，故更名。", [("海尔赛", "第三舰队", "司令")]),
        ("至正三十年，明軍將領李文忠攻克應昌。", [("李文忠", "明军", "将领")]),
        ("至正三十年，明军将领李文忠攻克应昌。", [("李文忠", "明军", "将领")]),
        ("木村擔任過陸軍省次長。", [("木村", "陆军省", "次长")]),
        ("此陵是莫臥兒帝國創始人巴卑爾之子。", [("巴卑尔", "莫卧儿帝国", "创始人")]),
        ("他说服第三军参谋王伟出兵。", [("王伟", "第三军", "参谋")]),
        # ... after a verb of appointment, a qualifier between (首任正式); 作为 links like 为
        ("辛亥革命期間，袁世凱迫使皇帝遜位，並當選為中華民國首任正式大總統。", [("袁世凯", "中华民国", "大总统")]),
        ("辛亥革命期间，袁世凯迫使皇帝逊位，并当选为中华民国首任正式大总统。", [("袁世凯", "中华民国", "大总统")]),
        ("源田實作為第一航空艦隊航空參謀參加了作戰。", [("源田实", "第一航空舰队", "参谋")]),
        # ... but not the letters after a conjunction, a deixis, a continent or a title with no holder
        ("华东区研究与咨询部董事李庆贤认为。", []),
        ("本省省长王伟表示。", []),
        ("亚洲女王王菲出席。", []),
        ("國務總理唐紹儀並沒有到任。", []),
        # ... nor a common noun alone (总部, 俱乐部), a name whose start is not written (三级|市场部), a clause
        # (since session 40's orgs160 a division named before its officer is a body: 华北区域事业运营总部, not 总部)
        ("华北区域事业运营总部总经理臧建军在参观后也表示。", [("臧建军", "华北区域事业运营总部", "总经理")]),
        ("俱乐部总经理刘宏疆一声感叹。", []),
        # (no 市场部 body; since roles18 the department is read into 中原地产's title: 三级市场部副总经理)
        ("中原地产三级市场部副总经理宫萍表示。", [("宫萍", "中原地产", "三级市场部副总经理")]),
        ("检察官上午会同法医相验，初步排除他杀嫌疑。", []),
        ("武汉诺贝尔瓷砖市场部相关负责人祝磊称，此类旗舰店也将开店。", []),
        ("明珠陶瓷集团副总裁、总裁办主任李列林表示。",
         [("李列林", "总裁办", "主任"), ("李列林", "明珠陶瓷集团", "副总裁")]),
        # historic offices of a place
        ("滄州節度使劉守文求救。", [("刘守文", "沧州市", "节度使")]),
        ("当时南阳太守秦颉杀死张曼成。", [("秦颉", "南阳市", "太守")]),
        # a post after 兼 is the same holder's
        ("王伟任北京市公安局局长兼新闻发言人。",
         [("王伟", "北京市公安局", "局长"), ("王伟", "北京市公安局", "新闻发言人")]),
        # who succeeds someone holds the post; the one succeeded does not
        ("白冠玉接替章倬標任興化府知府。", [("白冠玉", "兴化府", "知府")]),
        ("白冠玉接替章倬标任兴化府知府。", [("白冠玉", "兴化府", "知府")]),
        ("西宮伸一接替丹羽宇一郎出任日本駐華大使。", [("西宫伸一", "日本", "大使")]),
        # a name in a parenthesis after another is its aside, not a second body
        ("1903年該學堂易名為北洋大學堂（今天津大學），丁家立仍任總教習。", [("丁家立", "北洋大学堂", "总教习")]),
        ("1903年该学堂易名为北洋大学堂（今天津大学），丁家立仍任总教习。", [("丁家立", "北洋大学堂", "总教习")]),
        # the links of biographies: appointed by someone named, 官至, 被选为, 获选为, 晋升为; a post closing a
        # clause that opens with a verb of appointment, its holder the last organisation before it
        ("雖然如此，富特在1963年再獲聯合國秘書處聘任為聯合國特別基金顧問，負責聯絡各國。", [("富特", "联合国特别基金", "顾问")]),
        ("王伟被国务院任命为国家发改委主任。", [("王伟", "国家发改委", "主任")]),
        ("王象晉官至河南省布政使。", [("王象晋", "河南省", "布政使")]),
        ("王偉被選為中華全國總工會主席。", [("王伟", "中华全国总工会", "主席")]),
        ("王偉獲選為香港大學校長。", [("王伟", "香港大学", "校长")]),
        ("王偉晉升為中國銀行行長。", [("王伟", "中国银行", "行长")]),
        ("2004年羅森費爾德離開卡夫公司，轉任百事公司旗下的Frito-Lay公司的執行長，管理零食部門。",
         [("罗森费尔德", "Frito-Lay公司", "执行长")]),
        # a province's chairman; the Qing viceroys' regions the recognisers split (湖|广)
        ("1950年，王偉出任湖北省主席。", [("王伟", "湖北省", "省主席")]),
        ("張之洞任湖廣總督。", [("张之洞", "湖广", "总督")]),
        ("左宗棠任陝甘總督。", [("左宗棠", "陕甘", "总督")]),
        # an ordinal between a place and its title; Japan's ministers; a span of years before the verb; a clause
        # opening with a year and a verb of appointment, the body fused with its title (外交部长)
        ("美國第16任總統林肯遇刺。", [("林肯", "美国", "总统")]),
        ("日本外務大臣岸田文雄表示。", [("岸田文雄", "日本", "外务大臣")]),
        ("王偉在1990年至1995年間擔任香港大學校長。", [("王伟", "香港大学", "校长")]),
        ("王偉於1990年出任國防部長，1995年轉任外交部長。", [("王伟", "国防部", "部长"), ("王伟", "外交部", "部长")]),
    ],
)
def test_roles_whose_holder_only_the_title_names(pipeline, text, expected):
    assert relations(pipeline, text, "HOLDS_ROLE") == expected


def test_a_post_reached_with_guan_zhi_is_a_past_one(pipeline):
    ex = pipeline.run_texts([("t", "王象晉官至河南省布政使。")]).extraction
    assert [r.former for r in ex.relations if r.kind.value == "HOLDS_ROLE"] == [True]


def _roles_of_mentions(text, spans):
    """read_roles over hand-made mentions ``(start, end, label)``: (person, holder, role) entity ids."""
    from zhkg.records import Document, Mention
    from zhkg.relate.base import RelationContext
    from zhkg.relate.roles import read_roles
    from zhkg.stages.entity_groups import entity_id

    mentions = [Mention("t", a, b, text[a:b], text[a:b], label, "test") for a, b, label in spans]
    ctx = RelationContext(Document(id="t", text=text), mentions, {m: entity_id(m) for m in mentions})
    return sorted((r.source, r.target, r.role_simplified) for r in read_roles(ctx))


@pytest.mark.parametrize(
    "text, person",
    [
        ("万科集团总经理王小明表示，市场会好转。", "person:王小明"),  # cut short before a verb of saying
        ("萬科集團總經理王小明表示，市場會好轉。", "person:王小明"),
        ("万科集团总经理王小今天表示。", "person:王小"),  # 今天 is no letter of a name
        ("万科集团总经理王军强调。", "person:王军"),  # 强调: a word a title is followed by
    ],
)
def test_a_name_the_recogniser_cut_short_after_a_title(text, person):
    from zhkg.records import Label

    spans = [(0, 4, Label.ORGANIZATION), (7, 9, Label.PERSON)]
    assert [r[0] for r in _roles_of_mentions(text, spans)] == [person]


@pytest.mark.parametrize(
    "text, person",
    [
        ("万科集团总经理王小明带领团队出席。", ["person:王小明"]),  # a name no extractor found, before a verb
        ("萬科集團總經理王小明帶領團隊出席。", ["person:王小明"]),
        ("万科集团总经理王明白这个道理。", []),  # 明白: no name before it
        ("万科集团评委会主席由著名导演陈德森担纲。", []),  # 由 and 著名: no name
    ],
)
def test_a_name_no_extractor_found_before_a_verb(text, person):
    from zhkg.records import Label

    assert [r[0] for r in _roles_of_mentions(text, [(0, 4, Label.ORGANIZATION)])] == person


@pytest.mark.parametrize("script", ["", "s2tw", "s2hk"])
@pytest.mark.parametrize(
    "text, expected, former",
    [
        # a dateline's byline: the agency before the places and the date, a space after the title, colleagues
        ("新华网莫斯科5月29日电(记者 卢敬利) 俄罗斯总统梅德韦杰夫29日会见了戴秉国。",
         [("卢敬利", "新华网", "记者"), ("梅德韦杰夫", "俄罗斯", "总统")], False),
        ("中新社莫斯科五月二十日电 (记者 田冰)会议召开。", [("田冰", "中新社", "记者")], False),
        ("新华社北京7月2日电 (记者雷敏) 针对日前外电的报道。", [("雷敏", "新华社", "记者")], False),
        ("新华网俄罗斯叶卡捷琳堡5月18日电(记者刘洋 张亚晨)会议举行。",
         [("刘洋", "新华网", "记者"), ("张亚晨", "新华网", "记者")], False),
        ("会见了记者 李明。", [], None),  # a space after a title outside a byline
        ("专家解析留学签证 北京考试报讯(记者 马海丽) 曾经申请签证被拒。", [("马海丽", "北京考试报", "记者")], False),
        # 国务委员 is a country's post; a date after the name; 前 between the body and its title
        ("梅德韦杰夫会见了中国国务委员戴秉国。", [("戴秉国", "中国", "国务委员")], False),
        ("中国国务委员、公安部部长孟建柱出席会议。", [("孟建柱", "中国", "国务委员"), ("孟建柱", "公安部", "部长")], False),
        ("会上，商务部长陈德铭21日指出，措施初现成效。", [("陈德铭", "商务部", "部长")], False),
        ("万科集团前董事长王石表示，楼市会好。", [("王石", "万科集团", "董事长")], True),
        ("不能使用国美的名字。后来国美电器前主席黄光裕被捕入狱。", [("黄光裕", "国美电器", "主席")], True),
        # a body no extractor named whose name opens with its place; a place and a common word are no body
        ("香港信诚国际执行董事涂国彬说，市场仍以盘整为主。", [("涂国彬", "香港信诚国际", "执行董事")], False),
        ("华夏基金固定收益总监杨爱斌表示，这是规律。", [("杨爱斌", "华夏基金", "固定收益总监")], False),  # a field of work in the title, after the head
        ("”宏源证券研究所所长李明表示，这是规律。", [("李明", "宏源证券研究所", "所长")], False),  # a unit keeps its head
        ("”招商基金产品部总监马静表示，这是规律。", [("马静", "招商基金产品部", "总监")], False),
        # the quotation marks the press sets around Taiwan bodies and titles; any dictionary word ends the name
        ("报道，台当局“疾病管制局副局长”林顶指出，这3起病例。", [("林顶", "疾病管制局", "副局长")], False),
        ("台当局“新闻局长”苏俊宾证实两岸合拍剧将上路。", [("苏俊宾", "新闻局", "局长")], False),
        ("台湾“环保署长”沈世宏今天宣布新措施。", [("沈世宏", "环保署", "署长")], False),
        ("二是中国经济仍在增长。瑞典“Kaupthing中国基金经理安·阿尔文说，中国基金回升。",
         [("安·阿尔文", "Kaupthing中国基金", "经理")], False),  # a quotation the source never closes
        # (the sentence's 院士 of “中研院” before it, a current post, is read since rolestw25: tests/test_rolestw25.py)
        ("对于疫情，前“卫生署长”陈建仁更是担心不已。", [("陈建仁", "卫生署", "署长")], True),
        ("导演奖的选择十分有趣，戛纳电影节最佳导演朱利安-肖贝尔爆冷击败对手。", [], None),  # an award, no body
        ("由最会用美女的TVB综艺节目监制钱国伟导演的电影昨天首映。", [("钱国伟", "TVB", "监制")], False),
        ("影片由杜汶泽监制、麦曦茵执导。", [], None),  # a film's producer, no body's
        ("，”合富辉煌首席分析师黎文江说，“目前投资客比例较高。”", [("黎文江", "合富辉煌", "首席分析师")], False),
        ("不过，当新主帅莱昂内尔-霍林斯上任后，他马上将康利扶正。", [], None),  # a foreign name goes on
        ("香港著名演员周润发说，电影很好。", [], None),
        ("台湾知名艺人李威说，他很荣幸。", [], None),
    ],
)
def test_roles_in_hong_kong_taiwan_and_wire_news(pipeline, text, expected, former, script):
    from zhkg.stages.normalise import convert

    written = convert(text, script) if script else text
    assert relations(pipeline, written, "HOLDS_ROLE") == expected
    ex = pipeline.run_texts([("t", written)]).extraction
    marks = {r.former for r in ex.relations if r.kind.value == "HOLDS_ROLE"}
    assert marks == (set() if former is None else {former})


@pytest.mark.parametrize("script", ["", "s2tw", "s2hk"])
@pytest.mark.parametrize(
    "text, expected",
    [
        # every person listed after one title holds it; a single 和 joins two people, one title
        ("国民党副主席江丙坤、林丰正、吴敦义出席会议。",
         [("吴敦义", "国民党", "副主席"), ("林丰正", "国民党", "副主席"), ("江丙坤", "国民党", "副主席")]),
        ("国民党副主席江丙坤、林丰正和吴敦义出席会议。",
         [("吴敦义", "国民党", "副主席"), ("林丰正", "国民党", "副主席"), ("江丙坤", "国民党", "副主席")]),
        ("美国总统奥巴马和胡锦涛通电话。", [("奥巴马", "美国", "总统")]),
        ("国民党副主席江丙坤和林丰正出席。", [("江丙坤", "国民党", "副主席")]),
        # people listed before 等 and their title, its body written or the one of the sentence before
        ("会议今天举行，詹春柏、吴敦义与林丰正等3位国民党副主席出席会议。",
         [("吴敦义", "国民党", "副主席"), ("林丰正", "国民党", "副主席"), ("詹春柏", "国民党", "副主席")]),
        ("会议今天举行，詹春柏、吴敦义与林丰正等3位副主席候选人出席会议。", []),
        ("会议今天举行，詹春柏、吴敦义等2位台北市议员出席会议。",
         [("吴敦义", "台北市", "议员"), ("詹春柏", "台北市", "议员")]),
        ("但国民党内还是暗潮汹涌。依惯例，吴伯雄卸任后，江丙坤、詹春柏、林丰正与黄敏惠等8位副主席，都将总辞。",
         [("林丰正", "国民党", "副主席"), ("江丙坤", "国民党", "副主席"), ("詹春柏", "国民党", "副主席"),
          ("黄敏惠", "国民党", "副主席")]),
        # a bare title opening its clause: the body an earlier clause named, or the one of the sentence before
        ("拥1500名成员的香港女同盟会争取纳入条例已2年，干事杨炜炜表示，条例修订后令人满意。",
         [("杨炜炜", "香港女同盟会", "干事")]),
        ("万科集团股价上涨。会上，董事长王明表示满意。", [("王明", "万科集团", "董事长")]),
        ("万科集团与华润集团签约，总经理王明表示满意。", []),  # two bodies: whose?
        ("万科公司昨日发布公告，记者王明表示，销量上升。", []),  # a reporter is no company's by being near it
        ("万科集团股价上涨。董事长王明和华润集团总经理李四表示满意。", [("李四", "华润集团", "总经理")]),
        ("万科集团与华润集团股价上涨。会上，董事长王明表示满意。", []),
        ("热火考察了曾向迈阿密示爱的前尼克斯中锋埃迪-库里，总裁帕特-莱利还看了试训。", []),  # the body is another's
        ("俄总理普京会见了他。", [("普京", "俄罗斯", "总理")]),  # a one-letter place is a country's short name
        # a headline's title and the one person its paragraph names
        ("台证交所总经理：希望两岸ETF实现相互挂牌许仁寿是在当日举行的论坛上作上述表示的。许仁寿说，整合是趋势。",
         [("许仁寿", "台证交所", "总经理")]),
        ("台证交所总经理：希望两岸ETF实现相互挂牌许仁寿和吴敦义出席论坛。", []),
        # a dateline with no 电; a one-letter body holds nothing
        ("人民网台北5月21日（记者 王欣）台湾当局宣布新措施。", [("王欣", "人民网", "记者")]),
        ("罗马尼亚参议长杰瓦讷表示欢迎。", [("杰瓦讷", "罗马尼亚", "参议长")]),
    ],
)
def test_roles_news_writes_across_a_list_a_clause_or_a_sentence(pipeline, text, expected, script):
    from zhkg.stages.normalise import convert

    written = convert(text, script) if script else text
    assert relations(pipeline, written, "HOLDS_ROLE") == sorted(expected)


@pytest.mark.parametrize(
    "text, holder, person, expected",
    [
        # 杰瓦讷表|示, 金琦已|出任, 陈竺率|代表团: the span names no one here; the name within holds the role
        ("罗马尼亚议长杰瓦讷表示欢迎。", (0, 4, "PLACE"), (6, 10), [("person:杰瓦讷", "place:罗马尼亚", "议长")]),
        ("罗马尼亚議長杰瓦訥表示歡迎。", (0, 4, "PLACE"), (6, 10), [("person:杰瓦讷", "place:罗马尼亚", "议长")]),
        ("央行国际司司长金琦已出任办公厅主任。", (0, 5, "ORGANIZATION"), (7, 10), [("person:金琦", "org:央行国际司", "司长")]),
        ("卫生部部长陈竺率代表团抵达日内瓦。", (0, 3, "ORGANIZATION"), (5, 8), [("person:陈竺", "org:卫生部", "部长")]),
        ("衛生部部長陳竺率代表團抵達日內瓦。", (0, 3, "ORGANIZATION"), (5, 8),
         [("person:陈竺", "org:衛生部", "部长")]),  # hand-made mentions keep the text's letters
        ("罗马尼亚议长杰瓦讷说欢迎。", (0, 4, "PLACE"), (6, 9), [("person:杰瓦讷", "place:罗马尼亚", "议长")]),
        ("中国总理李克强调研了工厂。", (0, 2, "PLACE"), (4, 7), [("person:李克强", "place:中国", "总理")]),  # 调研 after
        ("北京代表处主任贾大明说，项目很多。", (0, 5, "ORGANIZATION"), (7, 10),
         [("person:贾大明", "org:北京代表处", "主任")]),  # 明说 is a word, yet 说 is the verb of saying
        ("北京代表处主任马云飞表示，项目很多。", (0, 5, "ORGANIZATION"), (7, 10),
         [("person:马云飞", "org:北京代表处", "主任")]),  # 飞 may end a name
    ],
)
def test_a_name_glued_to_the_next_word_holds_no_role(text, holder, person, expected):
    from zhkg.records import Label

    spans = [(holder[0], holder[1], Label(holder[2])), (*person, Label.PERSON)]
    assert _roles_of_mentions(text, spans) == expected


@pytest.mark.parametrize("script", ["", "s2tw", "s2hk"])
@pytest.mark.parametrize(
    "text, expected",
    [
        # an envoy is the sending state's; where it is stationed holds nothing
        ("英国驻华大使欧威廉出席了闭幕式。", [("欧威廉", "英国", "大使")]),
        ("驻华大使欧威廉出席了闭幕式。", []),
        # a dateline's city no extractor knows, after its country; colleagues after a space
        ("新华网意大利拉奎拉7月8日电(记者 刘东凯 王星桥) 戴秉国出席会议。",
         [("刘东凯", "新华网", "记者"), ("王星桥", "新华网", "记者")]),
        # a body appoints someone to a bare title, 公司 naming it again
        ("国泰基金聘任初伟斌为公司副总经理。", [("初伟斌", "国泰基金", "副总经理")]),
        ("《益世报》再次聘任罗隆基就任社论主笔。", [("罗隆基", "益世报", "主笔")]),
        ("王石聘任李明为公司总经理。", []),  # a person appoints: which company?
        # succeeding: the post is the successor's, whether or not the one succeeded is named
        ("王明接任万科集团董事长。", [("王明", "万科集团", "董事长")]),
        ("王明继李四之后出任万科集团总裁。", [("王明", "万科集团", "总裁")]),
        ("王明于1998年接替李四成为万科集团董事长。", [("王明", "万科集团", "董事长")]),
        # dates and adverbs before the link
        ("王明自1990年起担任万科集团总裁。", [("王明", "万科集团", "总裁")]),
        ("王明曾两度出任日本首相。", [("王明", "日本", "首相")]),
        ("王明目前是万科集团的董事长。", [("王明", "万科集团", "董事长")]),
        ("王明后来是万科集团的董事长。", []),  # only verbs of appointment read past 后来
        # 是 + a named body + 的 + a post closing the clause, 之一 maybe after it
        ("王明是万科集团的创办人之一。", [("王明", "万科集团", "创办人")]),
        ("王明是万科集团的一名员工。", []),
        # a list of posts after 历任: bare titles after 、 are the same body's, the list closing its clause
        ("王明历任万科集团总经理、董事长等职。", [("王明", "万科集团", "总经理"), ("王明", "万科集团", "董事长")]),
        # 前, an ordinal or (a place's) 的 between the holder and the title after a link
        ("王明是美国前总统。", [("王明", "美国", "总统")]),
        ("王明为美国第44任总统。", [("王明", "美国", "总统")]),
        ("王明是英国的首相。", [("王明", "英国", "首相")]),
        # title + 由 + person + 担任: the post is the person's, and 由原 is no one
        ("鹏华基金总经理由原南方基金副总经理邓召明担任。",
         [("邓召明", "南方基金", "副总经理"), ("邓召明", "鹏华基金", "总经理")]),
        ("鹏华基金总经理由邓召明担任，李四出席。", [("邓召明", "鹏华基金", "总经理")]),
        ("鹏华基金总经理由邓召明推荐的李四担任。", [("李四", "鹏华基金", "总经理")]),  # not the one who recommends
        # 在 + body + 担任 + a bare title closing the clause
        ("王明在万科集团担任董事长一职。", [("王明", "万科集团", "董事长")]),
        ("王明于2005年在万科集团担任总裁。", [("王明", "万科集团", "总裁")]),
        ("王明在万科集团担任董事长的秘书。", []),
        # an apposition after a short description of the person, posts after 兼 too
        ("王明（1950年－），香港商人，万科集团主席。", [("王明", "万科集团", "主席")]),
        ("王明，香港商人，万科集团创办人兼主席。", [("王明", "万科集团", "主席"), ("王明", "万科集团", "创办人")]),
        ("王明，香港商人，与万科集团主席李四是朋友。", [("李四", "万科集团", "主席")]),
    ],
)
def test_roles_round8_forms(pipeline, text, expected, script):
    from zhkg.stages.normalise import convert

    written = convert(text, script) if script else text
    assert relations(pipeline, written, "HOLDS_ROLE") == sorted(expected)


@pytest.mark.parametrize("script", ["", "t2s"])
@pytest.mark.parametrize(
    "text, expected",
    [
        # written in Traditional, as Wikipedia writes them; read again through t2s
        # historic titles a state holds, and a dynasty as that state (jieba tags 宋朝 a time)
        ("宋朝宰相王安石推行新法。", [("王安石", "宋朝", "宰相")]),
        ("西河公主是唐朝第十代皇帝唐順宗李誦之女。", [("唐顺宗李诵", "唐朝", "皇帝")]),
        ("朝鮮王朝國王李昖逃往義州。", [("李昖", "朝鲜王朝", "国王")]),
        ("埃及法老拉美西斯二世在位六十年。", [("拉美西斯二世", "埃及", "法老")]),
        ("他說王朝皇帝李四很好。", []),  # no house's name before 王朝
        ("時任宰相的李逢吉舉薦過牛僧孺。", []),  # a title with no state
        ("他娶丞相宇文泰之女為妻。", []),
        # a rank is an army's; between a body and its post it only qualifies the post
        ("中國人民解放軍中將孔從周得知後大驚。", [("孔从周", "中国人民解放军", "中将")]),
        ("美國陸軍上將麥克阿瑟抵達東京。", [("麦克阿瑟", "美国陆军", "上将")]),
        ("王明後來擔任陸軍總司令部中將副總司令。", [("王明", "陆军总司令部", "副总司令")]),
        ("李翔將軍卻很感到不滿。", []),
        # a fief's name and title before the holder's name, in the recogniser's span or not; a fief granted (封…為)
        ("賈南風秘密派人與汝南王司馬亮和楚王司馬瑋聯絡。", [("司马亮", "汝南", "王"), ("司马玮", "楚", "王")]),
        ("燕王朱棣起兵靖難。", [("朱棣", "燕", "王")]),
        ("劉邦並封沛侯劉濞為吳王。", [("刘濞", "吴", "王"), ("刘濞", "沛", "侯")]),
        ("歌王張學友開唱。", []),  # no fief: a nickname
        ("天王劉德華開演唱會。", []),
        ("王芳和吳王剛出席了會議。", []),  # 吴王刚 is one name
        # a state and 的, maybe an ordinal, before a ruler's title; a house's name before 王朝
        ("李誦是唐朝的第十位皇帝。", [("李诵", "唐朝", "皇帝")]),
        ("斯尼夫魯是埃及第四王朝的第一位法老。", [("斯尼夫鲁", "埃及第四王朝", "法老")]),
        ("新王朝皇帝李四登基。", []),
        # a dynasty and a general's title right before the name
        ("被明將李成梁擊敗，八百餘人戰死。", [("李成梁", "明", "将")]),
        ("漢朝名將班超曾經試圖派遣甘英出使羅馬。", [("班超", "汉朝", "名将")]),
        ("李明將出任總經理。", []),  # 将: the future
        ("網壇名將費德勒奪冠。", []),  # a sport is no state
        # a reign or a dynasty after the link only dates the post, in a list of posts too (道光 read as a name)
        ("屠之申為嘉慶朝刑部員外郎，道光朝直隸總督。", [("屠之申", "刑部", "员外郎"), ("屠之申", "直隶", "总督")]),
        ("祖父王象晉，官至明朝河南省布政使。", [("王象晋", "河南省", "布政使")]),
        ("王明出任萬科集團董事長，李四總經理。", [("王明", "万科集团", "董事长")]),
        # a Qing viceroy's region as written, not the place of today resolution names (两江新区)
        ("李明，浙江紹興人，清朝官員，曾任兩江總督。", [("李明", "两江", "总督")]),
        ("清朝兩江總督曾國藩奏請。", [("曾国藩", "两江", "总督")]),
        ("重慶兩江新區管委會主任李明出席。", [("李明", "重庆两江新区管委会", "主任")]),
        # 被推選為, 曾經 before the link; a Hong Kong broadcaster's 藝員
        ("李明被推選為中華全國總工會主席。", [("李明", "中华全国总工会", "主席")]),
        ("李明曾經擔任北京大學的校長。", [("李明", "北京大学", "校长")]),
        ("李明，香港演員，無綫電視藝員。", [("李明", "无线电视", "艺员")]),
        ("李明是英國作家。", []),
        # Taiwan's and Hong Kong's forms: 籍 after a party, 官拜, 榮任, 膺選為, a decade before the link
        ("民進黨籍立委李明質詢。", [("李明", "民进党", "立委")]),
        ("李明為民進黨籍立委。", [("李明", "民进党", "立委")]),
        ("李明為民進黨籍台北市議員。", [("李明", "台北市", "议员")]),
        ("李明官拜兵部尚書。", [("李明", "兵部", "尚书")]),
        ("李明榮任香港大學校長。", [("李明", "香港大学", "校长")]),
        ("李明膺選為立法會主席。", [("李明", "立法会", "主席")]),
        ("李明於1950年代任台灣省議會議員。", [("李明", "台湾省议会", "议员")]),
        # a title before 府 names an office, no holder of the title (no 总统 of 中华民国); since roles39 the office
        # is the body when its title follows it (总统府秘书长)
        ("李明為中華民國總統府資政。", [("李明", "总统府", "资政")]),
        ("李明出任中華民國總統府秘書長。", [("李明", "总统府", "秘书长")]),
        ("李明是中華民國總統。", [("李明", "中华民国", "总统")]),
        # 在 + body + 任職 + title: after adverbs and 被安排, the body in quotation marks, a letter before the title,
        # 等 + the kind of body, and in a clause whose subject the sentence named before
        ("霍元甲後來被安排在精武體操學校任職主教席。", [("霍元甲", "精武体操学校", "主教席")]),
        ("擂台比武後，霍元甲開始出名，後來被安排在『精武體操學校』任職主教席。", [("霍元甲", "精武体操学校", "主教席")]),
        ("王明曾經在香港大學任教授。", [("王明", "香港大学", "教授")]),
        ("王明在萬科集團等公司任董事。", [("王明", "万科集团", "董事")]),
        ("王明在萬科集團擔任主任務。", []),
        ("王伟和李明见面，后来在万科集团担任董事长。", []),  # whose clause? two people before it
    ],
)
def test_roles_round9_forms(pipeline, text, expected, script):
    from zhkg.stages.normalise import convert

    written = convert(text, script) if script else text
    assert relations(pipeline, written, "HOLDS_ROLE") == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # 国家主席 and 国家副主席 are the state's posts: China's, unless a country is written before 国家
        ("国家主席习近平出席大会。", [("习近平", "中国", "主席")]),
        ("国家副主席李源潮会见了客人。", [("李源潮", "中国", "副主席")]),
        ("越南国家主席张晋创访华。", [("张晋创", "越南", "主席")]),
        # ...and they keep a chain of posts going (总书记 of 中共中央 before it)
        (
            "中共中央总书记、国家主席、中央军委主席习近平出席大会。",
            [("习近平", "中共中央", "总书记"), ("习近平", "中国", "主席"), ("习近平", "中央军委", "主席")],
        ),
        ("国家主席团成员王明出席。", []),  # 主席团 is a presidium
    ],
)
def test_state_titles(pipeline, text, expected):
    assert relations(pipeline, text, "HOLDS_ROLE") == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a division head's title with the division unwritten: the one of its kind named just before...
        ("杭州市召开会议。市长姚高员出席。", [("姚高员", "杭州市", "市长")]),
        ("花蓮縣秀林鄉今天發生土石流，鄉長王玉龍前往搶修。", [("王玉龙", "秀林乡", "乡长")]),
        ("深圳市委常委、常务副市长王明出席。", [("王明", "深圳市", "常务副市长"), ("王明", "深圳市委", "常委")]),
        # ...else the one the document names most
        ("前市长王明出席了杭州市的会议。", [("王明", "杭州市", "市长")]),
        # two of the kind just before, or none named: the division stays open
        ("北京市和上海市召开会议。市长王明出席。", []),
        ("据悉，市长王明出席。", []),
        # a holder written before the title is read as written
        ("广州市召开会议。杭州市市长姚高员出席。", [("姚高员", "杭州市", "市长")]),
        # a councillor of the division is read the same way
        ("台北市长蒋万安今天出席活动，市议员徐巧芯也到场。", [("徐巧芯", "台北市", "市议员"), ("蒋万安", "台北市", "市长")]),
        ("北京市和上海市召开会议。市议员王明出席。", []),
        # the county's government named before is not the councillor's body: the county is
        ("花莲县政府今天召开会议，县议员张三表示支持。", [("张三", "花莲县", "县议员")]),
    ],
)
def test_division_heads_with_the_division_unwritten(pipeline, text, expected):
    assert relations(pipeline, text, "HOLDS_ROLE") == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("民主党立法会议员涂谨申批评政府。", [("涂谨申", "立法会", "议员")]),  # not 议员 of 民主党立法会
        ("国民党立法院党团总召林为洲表示。", []),  # the party's caucus stays one body
    ],
)
def test_a_party_glued_to_its_house_is_two_bodies(pipeline, text, expected):
    assert relations(pipeline, text, "HOLDS_ROLE") == sorted(expected)
    names = {e.name for e in pipeline.run_texts([("t", text)]).extraction.entities}
    assert "民主党立法会" not in names


def test_a_magistrate_of_the_court(pipeline):
    text = "3名被告今日在西九龍裁判法院提堂，主任裁判官羅德泉押後案件。"
    assert ("罗德泉", "西九龙裁判法院", "主任裁判官") in relations(pipeline, text, "HOLDS_ROLE")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(
    "text, expected",
    [
        # posts joined by 兼 share the holder before the first
        ("比亚迪公司董事长兼总裁王传福陪同调研。", [("王传福", "比亚迪公司", "总裁"), ("王传福", "比亚迪公司", "董事长")]),
        ("小米集团创始人、董事长兼首席执行官雷军宣布。",
         [("雷军", "小米集团", "创始人"), ("雷军", "小米集团", "董事长"), ("雷军", "小米集团", "首席执行官")]),
        ("深圳市委副书记兼市长覃伟中出席。", [("覃伟中", "深圳市", "市长"), ("覃伟中", "深圳市委", "副书记")]),
        # a company's board is the company's: its chairman is the company's
        ("万科集团董事会主席郁亮表示。", [("郁亮", "万科集团", "董事会主席")]),
        # an anaphor before the title stands for the fitting body named before it
        ("万科企业股份有限公司今日发布公告。该公司董事长郁亮表示，经营稳健。", [("郁亮", "万科企业股份有限公司", "董事长")]),
        ("北京大学录取新生4000余人。该校校长龚旗煌表示，将扩大招生。", [("龚旗煌", "北京大学", "校长")]),
        ("浙江省高级人民法院公布了典型案例。该院党组书记、院长李占国表示，案件增多。",
         [("李占国", "浙江省高级人民法院", "党组书记"), ("李占国", "浙江省高级人民法院", "院长")]),
        # a bare 公司 opening a clause is the company named before
        ("宁德时代新能源科技股份有限公司发布财报。公司董事会主席兼首席执行官曾毓群表示，业绩增长。",
         [("曾毓群", "宁德时代新能源科技股份有限公司", "董事会主席"), ("曾毓群", "宁德时代新能源科技股份有限公司", "首席执行官")]),
        # no fitting body before the anaphor: no role (a university is no 公司)
        ("北京大学录取新生4000余人。该公司董事长郁亮表示。", []),
        ("该公司董事长郁亮表示，经营稳健。", []),
    ],
)
def test_posts_joined_by_jian_and_holders_an_anaphor_names(pipeline, script, text, expected):
    from zhkg.stages.normalise import to_traditional

    if script == "traditional":
        text = to_traditional(text)
    assert relations(pipeline, text, "HOLDS_ROLE") == sorted(expected)
    assert "董事会" not in {e.name for e in pipeline.run_texts([("t", text)]).extraction.entities}


def test_hong_kong_chief_executive_of_a_company(pipeline):
    text = "港鐵行政總裁金澤培表示，公司會繼續投資新鐵路項目。"
    assert ("金泽培", "港铁", "行政总裁") in relations(pipeline, text, "HOLDS_ROLE")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(
    "text, expected",
    [
        # a portfolio minister of Japan or the UK holds the post of the country before the title
        ("日本防卫大臣中谷元表示，将加强防卫合作。", [("中谷元", "日本", "防卫大臣")]),
        ("英国外交大臣拉米出席会议。", [("拉米", "英国", "外交大臣")]),
        ("国家统计局首席统计师于卫宁对数据进行了解读。", [("于卫宁", "国家统计局", "首席统计师")]),
        # a bare portfolio with no country before it is no one's
        ("防卫大臣中谷元表示。", []),
    ],
)
def test_portfolio_ministers_and_chief_statisticians(pipeline, script, text, expected):
    from zhkg.stages.normalise import to_traditional

    if script == "traditional":
        text = to_traditional(text)
    assert relations(pipeline, text, "HOLDS_ROLE") == sorted(expected)
