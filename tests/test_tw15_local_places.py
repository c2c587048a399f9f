"""Taiwan and Hong Kong local news read right (round 15): streets with their sections, metro stations, Hong Kong
estates and areas, Taiwan's villages, harbours, scenic areas and schools, and a bare 新竹 or 嘉義.

Each passage is written for these tests in the style of Taiwan or Hong Kong news, in Traditional as those presses
write it, and read as written and in its Simplified reading (OpenCC t2s); each class has negatives.
"""

import pytest
from helpers import entity_nodes, traditional_and_simplified


def nodes(pipeline, text):
    """(type, Simplified name) -> code of each entity of ``text``'s graph."""
    return entity_nodes(pipeline, text, lambda a: a.get("code", ""))


@pytest.mark.parametrize(
    "text, name",
    traditional_and_simplified([
        # a street after its district, with or without its section, and one joined to it
        ("台中市北屯區崇德路二段今天凌晨發生一起酒駕車禍。", "崇德路二段"),
        ("高雄市苓雅區三多四路與中華四路口將設置行人專用時相。", "三多四路"),
        ("高雄市苓雅區三多四路與中華四路口將設置行人專用時相。", "中华四路"),
        ("旺角彌敦道一間金舖昨晚遭兩名匪徒持刀行劫。", "弥敦道"),
        # a street before its section, with no place before it
        ("這家老字號餐廳位於忠孝東路四段的巷子裡。", "忠孝东路四段"),
        # a station after its operator and line
        ("台北捷運淡水信義線大安森林公園站今天舉辦音樂會。", "大安森林公园站"),
        ("港鐵荃灣綫荔景站今早發生訊號故障。", "荔景站"),
        # a Hong Kong estate, alone or after its area; a court after its area
        ("石硤尾邨重建計劃今日公布，居民將分批遷出。", "石硖尾邨"),
        ("沙田禾輋邨一名男子昨晚在家中被發現昏迷。", "禾輋邨"),
        ("將軍澳富寧花園一個單位昨晚起火，屯門兆康苑亦有住戶報案。", "兆康苑"),
        # a Taiwan village after its district, where a mainland district shares its first letters
        ("台北市大安區龍安里里長今天帶領居民清掃街道。", "龙安里"),
        # harbours and scenic areas named by a district or a name
        ("高雄市前鎮區的前鎮漁港今天清晨有漁船進港卸貨。", "前镇渔港"),
        ("新北市烏來區的烏來風景區因颱風暫停開放。", "乌来风景区"),
        # an estate or a mall after its Hong Kong area is a place of its own
        ("銅鑼灣時代廣場今晚將舉行倒數活動。", "时代广场"),
    ]),
)
def test_local_place_is_a_place(pipeline, text, name):
    from zhkg.stages.normalise import to_simplified

    assert ("PLACE", to_simplified(name)) in nodes(pipeline, text)  # 禾輋邨: OpenCC writes 禾𪨶邨


@pytest.mark.parametrize(
    "text, name, code",
    traditional_and_simplified([
        # the area before an estate or a mall keeps its code
        ("沙田禾輋邨一名男子昨晚在家中被發現昏迷。", "沙田", "HK-ST"),
        ("銅鑼灣時代廣場今晚將舉行倒數活動。", "铜锣湾", "HK-WC-CWB"),
        # Hong Kong areas the gazetteer lacked
        ("西營盤一幢唐樓今日發生火警，消防處派員到場。", "西营盘", "HK-CW-SYP"),
        ("不少年輕家庭近年搬到調景嶺居住。", "调景岭", "HK-SK-TKL"),
        # a bare 新竹 or 嘉義 is the city, unless a township of the county says otherwise
        ("國立清華大學於1956年在新竹復校。", "新竹", "TW-HSZ"),
        ("嘉義的火雞肉飯是當地有名的小吃。", "嘉义", "TW-CYI"),
        ("新竹縣竹北市的居民表示，新竹的交通越來越擁擠。", "新竹县", "TW-HSQ"),
        # Taiwan's former counties and townships, as news wrote them before the mergers
        ("颱風造成高雄縣甲仙鄉、六龜鄉嚴重災情。", "甲仙乡", "TW-KHH-847"),
        ("台北縣板橋市今天舉辦元宵燈會。", "板桥市", "TW-NWT-220"),
        ("台北縣板橋市今天舉辦元宵燈會。", "台北县", "TW-NWT"),
        ("桃園縣中壢市的夜市今晚湧入人潮。", "中坜市", "TW-TAO-320"),
    ]),
)
def test_local_place_code(pipeline, text, name, code):
    found = nodes(pipeline, text)
    assert any(kind == "PLACE" and c == code for (kind, _n), c in found.items()), found


@pytest.mark.parametrize(
    "text, name",
    traditional_and_simplified([
        ("台中市北屯區的大坑國中與松竹高中合辦暑期營隊。", "松竹高中"),
        ("台中市北屯區的大坑國中與松竹高中合辦暑期營隊。", "大坑国中"),
        ("彰化縣員林市的員林高中學生在科展中獲得首獎。", "员林高中"),
        ("新北市板橋區海山國小今天舉行畢業典禮。", "海山国小"),
    ]),
)
def test_school_is_an_organisation(pipeline, text, name):
    found = nodes(pipeline, text)
    assert ("ORGANIZATION", name) in found
    assert not any(kind == "PERSON" and n in name for kind, n in found), found


@pytest.mark.parametrize(
    "text, absent",
    traditional_and_simplified([
        # no street: a word ending in 道 or 路 after a place, a verb, a road in general
        ("據台灣媒體報道，重慶市今天發生大雨。", "媒体报道"),
        ("台北市知道這個問題，將儘快處理。", "知道"),
        ("台北市道路養護工程今天展開。", "台北市道路"),
        # no school: a kind, a country's or a grade's, a verb before 高中
        ("他在英國高中畢業後回到台灣工作。", "英国高中"),
        ("國內高中的課綱今年又有調整。", "国内高中"),
        ("明星高中的錄取分數今年略為下降。", "明星高中"),
        ("政府希望提高中小企業的競爭力。", "提高中"),
        # no estate: public estates in general
        ("政府計劃在元朗興建更多廉租屋邨。", "廉租屋邨"),
        # a city's airport keeps its name whole
        ("桃園國際機場今天上午發生停電。", "国际机场"),
        # a person who finished school, an engineer's grade, a body before 一道 (together)
        ("郭旭光高中畢業後便南下廣東工作。", "郭旭光高中"),
        ("他是教授級高工，曾任水電局處長。", "教授级高工"),
        ("中遠澳洲公司又同中遠香港公司一道並列第一。", "公司一道"),
        # a station's first stop, a seaside scenic area in general
        ("連接北京的輕軌燕郊首站已經通車。", "燕郊首站"),
        ("大連南部海濱風景區今年遊客大增。", "海滨风景区"),
    ]),
)
def test_not_a_local_name(pipeline, text, absent):
    assert not any(n == absent for (_kind, n) in nodes(pipeline, text))


@pytest.mark.parametrize(
    "text",
    traditional_and_simplified([
        ("台北市大安區龍安里里長今天帶領居民清掃街道。",),
        ("颱風造成高雄縣甲仙鄉、那瑪夏鄉、桃源鄉、六龜鄉嚴重災情。",),
    ]),
)
def test_village_is_no_mainland_district(pipeline, text):
    found = nodes(pipeline, text)
    assert not any(code and not code.startswith("TW") for (kind, _n), code in found.items() if kind == "PLACE"), found


def test_model_span_over_a_station_yields(pipeline):
    """The recogniser's one place over operator, line and station gives way: the station, the operator as the
    organisation the rules read, and the line as a place of its own (twfix149: a metro line is a place)."""
    found = nodes(pipeline, "港鐵觀塘綫九龍灣站今早有乘客墮軌，列車服務一度受阻。")
    assert ("PLACE", "九龙湾站") in found
    assert ("ORGANIZATION", "港铁") in found
    assert not any("观塘线" in n and n != "观塘线" for _k, n in found)
    assert ("PLACE", "观塘线") in found


@pytest.mark.parametrize(
    "text, code",
    traditional_and_simplified([
        # a mainland city or township that shares a former Taiwan township's name stays on the mainland
        ("浙江永康市的五金產業今年出口大增。", "330784"),
    ]),
)
def test_former_township_names_leave_the_mainland_alone(pipeline, text, code):
    assert code in nodes(pipeline, text).values()


def test_former_township_is_the_present_district(pipeline):
    """板橋市 (before 2010) and 板橋區 (after) are one node, named by the present district."""
    G = pipeline.run_texts([("a", "台北縣板橋市今天舉辦元宵燈會。"), ("b", "新北市板橋區今天舉辦元宵燈會。")]).graph
    codes = [a.get("code") for _n, a in G.nodes(data=True) if a.get("code") == "TW-NWT-220"]
    assert len(codes) == 1


@pytest.mark.parametrize(
    "text, codes",
    traditional_and_simplified([
        # a county the mainland's list shares (金門縣, 連江縣) is Taiwan's where its townships are listed
        ("颱風來襲，金門縣金沙、金湖、金寧、金城等地今天停班停課。", {"TW-KIN", "TW-KIN-890", "TW-KIN-891", "TW-KIN-893"}),
        ("連江縣南竿、北竿、莒光、東引等地今天停班停課。", {"TW-LIE", "TW-LIE-209", "TW-LIE-212"}),
        # a township jieba takes for a name, listed after its county, is the township (金峰, 富里)
        ("台東縣大武、達仁、金峰、太麻里等鄉今天下午停班。", {"TW-TTT-964"}),
        ("花蓮縣花蓮、鳳林、玉里、富里等地今天停班停課。", {"TW-HUA-983"}),
    ]),
)
def test_township_lists(pipeline, text, codes):
    assert codes <= set(nodes(pipeline, text).values())


@pytest.mark.parametrize(
    "text, code",
    traditional_and_simplified([
        ("福建省金門縣的發展規劃今天公布。", "350527"),  # the mainland's own listing stays where it is written so
    ]),
)
def test_mainland_listing_of_a_county(pipeline, text, code):
    assert code in nodes(pipeline, text).values()


@pytest.mark.parametrize(
    "text, code",
    traditional_and_simplified([
        # Taiwan's cities and counties by one letter, before their officers, police or council
        ("北市警方今天破獲一個販毒集團，逮捕五人。", "TW-TPE"),
        ("高市議員今天在議會質詢市長。", "TW-KHH"),
        ("嘉縣縣長今天視察災區。", "TW-CYQ"),
    ]),
)
def test_taiwan_abbreviation(pipeline, text, code):
    assert code in nodes(pipeline, text).values()


@pytest.mark.parametrize(
    "text",
    traditional_and_simplified([
        ("濟南市長今天到河南市場視察。",),
        ("華北市民今年冬天用暖比往年早。",),
    ]),
)
def test_no_taiwan_abbreviation(pipeline, text):
    assert not any(code.startswith("TW") for code in nodes(pipeline, text).values())


@pytest.mark.parametrize(
    "text",
    traditional_and_simplified([
        # a mainland township sharing a former Taiwan township's name, with no place of Taiwan around
        ("王玉梅，1973年生，山東省濟陽縣新市鄉新市村農民。",),
    ]),
)
def test_former_township_needs_taiwan_around(pipeline, text):
    assert not any(code.startswith("TW") for code in nodes(pipeline, text).values())


def test_un_body_keeps_its_name(pipeline):
    """A Hong Kong department's name inside a world body's (聯合國愛滋病規劃署) splits nothing."""
    found = nodes(pipeline, "聯合國愛滋病規劃署今天發表年度報告。")
    assert ("ORGANIZATION", "联合国") not in found
