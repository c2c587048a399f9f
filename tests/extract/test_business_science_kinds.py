"""Kinds of name mainland and Hong Kong business, court and science news write (issue 15, round 12). Each row is
a sentence written for these tests, in Traditional and in Simplified, through the whole extraction."""

import pytest

PER, ORG, LOC = "PERSON", "ORGANIZATION", "PLACE"


@pytest.mark.parametrize("text, present, absent", [
    # a city that calls itself one before 投资 (a verb here) is the city, not a company 德布勒森市投资
    ("宁德时代公告称，拟在匈牙利德布勒森市投资建设电池工厂。", [("德布勒森市", LOC)], [("德布勒森市投资", ORG)]),
    ("寧德時代公告稱，擬在匈牙利德布勒森市投資建設電池工廠。", [("德布勒森市", LOC)], [("德布勒森市投資", ORG)]),
    # a name the recogniser read as a place before a company's word, without a division's kind, stays the company
    ("华夏基金公布了今年的业绩。", [("华夏基金", ORG)], [("华夏", LOC)]),
    ("華夏基金公布了今年的業績。", [("華夏基金", ORG)], [("華夏", LOC)]),
])
def test_a_division_before_a_verb_is_a_place(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a given name that ends in 和 before a verb, a preposition or punctuation keeps it
    ("中国科学院院士包信和在合肥出席学术论坛。", [("包信和", PER)], [("包信", PER)]),
    ("中國科學院院士包信和在合肥出席學術論壇。", [("包信和", PER)], [("包信", PER)]),
    ("院士刘中民和包信和出席了会议。", [("刘中民", PER), ("包信和", PER)], [("包信", PER)]),
    ("院士劉中民和包信和出席了會議。", [("劉中民", PER), ("包信和", PER)], [("包信", PER)]),
    # a Japanese given name that opens with 和 (和男, 和夫)
    ("日本银行行长植田和男在东京表示将维持宽松货币政策。", [("植田和男", PER)], [("植田", PER)]),
    ("日本銀行總裁植田和男在東京表示將維持寬鬆貨幣政策。", [("植田和男", PER)], [("植田", PER)]),
    # 和 before a noun or a second name joins two: it stays out of the name
    ("首相岸田和夫人出席晚宴。", [("岸田", PER)], [("岸田和夫", PER)]),
    ("首相岸田和夫人出席國宴。", [("岸田", PER)], [("岸田和夫", PER)]),
    ("教授李明和在场的学生交流。", [("李明", PER)], [("李明和", PER)]),
    ("教授李明和在場的學生交流。", [("李明", PER)], [("李明和", PER)]),
    ("记者王刚和妻子在北京。", [("王刚", PER)], [("王刚和", PER)]),
    ("記者王剛和妻子在北京。", [("王剛", PER)], [("王剛和", PER)]),
    # a surname or a noun after 和 opens the second of two (和于洋, 和先生: her husband)
    ("记者张三和于洋在现场。", [("张三", PER)], [("张三和", PER)]),
    ("記者張三和于洋在現場。", [("張三", PER)], [("張三和", PER)]),
    ("歌手李娜和先生出席活动。", [("李娜", PER)], [("李娜和", PER)]),
    ("歌手李娜和先生出席活動。", [("李娜", PER)], [("李娜和", PER)]),
])
def test_a_name_ending_in_he(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a short form the document defines is the name wherever it is written whole, not the recogniser's part of it
    ("江苏恒瑞医药股份有限公司（以下简称“恒瑞医药”）发布公告。恒瑞医药董秘刘笑含表示，调整不影响经营。",
     [("恒瑞医药", ORG)], [("恒瑞", ORG)]),
    ("江蘇恒瑞醫藥股份有限公司（以下簡稱「恒瑞醫藥」）發布公告。恒瑞醫藥董秘劉笑含表示，調整不影響經營。",
     [("恒瑞醫藥", ORG)], [("恒瑞", ORG)]),
])
def test_a_defined_short_form_is_whole(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, longer", [
    # inside a longer name the short form is that name's: 长实 of 长实集团 stays the group's
    ("长江实业集团（以下简称“长实”）称，长实集团将出售资产。", "长实集团"),
    ("長江實業集團（以下簡稱「長實」）稱，長實集團將出售資產。", "長實集團"),
])
def test_a_defined_short_form_inside_a_longer_name(pipeline, text, longer):
    from zhkg.stages.documents import parse_documents

    spans = {(text[m.start:m.end], m.start) for m in pipeline.extract_mentions(parse_documents("t", text)[0])}
    at = text.index(longer)
    assert (longer, at) in spans and (longer[:2], at) not in spans, spans


@pytest.mark.parametrize("text, present, absent", [
    # a title alone is no person; the name after it is
    ("恒瑞医药董秘刘笑含表示，此次调整不会影响公司日常经营。", [("刘笑含", PER)], [("董秘", PER)]),
    ("恒瑞醫藥董秘劉笑含表示，此次調整不會影響公司日常經營。", [("劉笑含", PER)], [("董秘", PER)]),
])
def test_a_title_alone_is_no_person(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, name, canonical", [
    # Hong Kong's courts by their own names: 區域法院 is the District Court, no home district's 區 + 域法院
    ("區域法院法官郭啟安判處一名男子入獄18個月。沙田區議會主席何厚祥要求港鐵增加班次。", "區域法院", "区域法院"),
    ("区域法院法官郭启安判处一名男子入狱18个月。沙田区议会主席何厚祥要求港铁增加班次。", "区域法院", "区域法院"),
    ("終審法院駁回上訴。", "終審法院", "终审法院"),
    ("土地审裁处裁定业主胜诉。", "土地审裁处", "土地审裁处"),
    # the Hospital Authority written in full, then short, is one body named in full
    ("醫院管理局（醫管局）行政總裁高拔陞表示。醫管局主席范鴻齡呼籲市民。", "醫管局", "医院管理局"),
    ("医院管理局（医管局）行政总裁高拔陞表示。医管局主席范鸿龄呼吁市民。", "医管局", "医院管理局"),
])
def test_hong_kong_courts_and_authorities(pipeline, text, name, canonical):
    from zhkg.stages.documents import parse_documents

    found = {(text[m.start:m.end], m.canonical) for m in pipeline.extract_mentions(parse_documents("t", text)[0])
             if m.label.value == ORG}
    assert (name, canonical) in found, found


@pytest.mark.parametrize("text, absent", [
    # a Court of Appeal elsewhere is no Hong Kong court of the table (上诉法庭 is not listed)
    ("英国上诉法庭驳回了上诉。", ("上诉法庭", ORG)),
    ("英國上訴法庭駁回了上訴。", ("上訴法庭", ORG)),
])
def test_courts_elsewhere(finds, text, absent):
    finds(text, [], [absent])


@pytest.mark.parametrize("text, present, absent", [
    # a well-known company's headquarters is the company, and its place a place: no body 比亚迪深圳总部
    ("比亚迪今年销量有望突破300万辆。比亚迪深圳总部共有员工约2万人。", [("比亚迪", ORG), ("深圳", LOC)],
     [("比亚迪深圳总部", ORG)]),
    ("比亞迪今年銷量有望突破300萬輛。比亞迪深圳總部共有員工約2萬人。", [("比亞迪", ORG), ("深圳", LOC)],
     [("比亞迪深圳總部", ORG)]),
    # a branch or a plant after the place is not a headquarters: 台积电 and 南京 as before
    ("台积电南京厂今年扩产。", [("台积电", ORG), ("南京", LOC)], []),
    ("台積電南京廠今年擴產。", [("台積電", ORG), ("南京", LOC)], []),
])
def test_a_companys_headquarters_is_the_company(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # Hong Kong's housing words keep the district before them whole (將軍澳|屋苑, not a place 澳屋苑)
    ("新鴻基地產公布，旗下將軍澳屋苑首批單位開售。", [("將軍澳", LOC)], [("澳屋苑", LOC)]),
    ("新鸿基地产公布，旗下将军澳屋苑首批单位开售。", [("将军澳", LOC)], [("澳屋苑", LOC)]),
    ("石硤尾屋邨重建計劃公布。", [("石硤尾", LOC)], []),
    ("石硖尾屋邨重建计划公布。", [("石硖尾", LOC)], []),
    # the general 将军 before another word stays no place
    ("将军澳门之行取消了。", [], [("将军澳", LOC)]),
    ("將軍澳門之行取消了。", [], [("將軍澳", LOC)]),
])
def test_hong_kong_housing_words(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a place right after 附属 inside a hospital's name is the hospital's own name, not where it is
    ("上海交通大学医学院附属瑞金医院院长宁光表示。", [("上海交通大学医学院附属瑞金医院", ORG), ("上海", LOC)],
     [("瑞金", LOC)]),
    ("上海交通大學醫學院附屬瑞金醫院院長寧光表示。", [("上海交通大學醫學院附屬瑞金醫院", ORG), ("上海", LOC)],
     [("瑞金", LOC)]),
    # the place that names a hospital of its own stays a place
    ("瑞金市人民医院院长表示。", [("瑞金市", LOC)], []),
    ("瑞金市人民醫院院長表示。", [("瑞金市", LOC)], []),
])
def test_a_place_after_fushu_names_the_body(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a company's or bank's legal name right before a place's branch is one body, the branch
    ("中国工商银行股份有限公司上海市分行与临港新片区管委会签署协议。",
     [("中国工商银行股份有限公司上海市分行", ORG), ("上海市", LOC)], [("上海市分行", ORG)]),
    ("中國工商銀行股份有限公司上海市分行與臨港新片區管委會簽署協議。",
     [("中國工商銀行股份有限公司上海市分行", ORG), ("上海市", LOC)], [("上海市分行", ORG)]),
    # separated by a word, they stay two
    ("中国银行与上海市分行签约。", [("中国银行", ORG)], [("中国银行与上海市分行", ORG)]),
    ("中國銀行與上海市分行簽約。", [("中國銀行", ORG)], [("中國銀行與上海市分行", ORG)]),
])
def test_a_companys_branch_is_one_body(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # an organisation the recogniser ran over a title into the person after it ends before the title
    ("中芯国际公告，中芯国际联席CEO赵海军表示产能利用率回升。", [("中芯国际", ORG), ("赵海军", PER)],
     [("中芯国际联席CEO赵海军", ORG)]),
    ("中芯國際公告，中芯國際聯席CEO趙海軍表示產能利用率回升。", [("中芯國際", ORG), ("趙海軍", PER)],
     [("中芯國際聯席CEO趙海軍", ORG)]),
    # a body before a title and a person, read apart already, stays as it was
    ("华为公司常务副总裁王伟表示。", [("华为公司", ORG), ("王伟", PER)], []),
    ("華為公司常務副總裁王偉表示。", [("華為公司", ORG), ("王偉", PER)], []),
])
def test_a_body_ends_before_a_title(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # a company's legal form alone names no body, so a well-known short name and its legal form are one name
    ("腾讯控股有限公司宣布回购股份。", [("腾讯控股有限公司", ORG)], [("腾讯控股", ORG), ("有限公司", ORG)]),
    ("騰訊控股有限公司宣布回購股份。", [("騰訊控股有限公司", ORG)], [("騰訊控股", ORG), ("有限公司", ORG)]),
    # the short name alone stays the body; a legal form alone after a demonstrative is none
    ("腾讯控股宣布回购股份。", [("腾讯控股", ORG)], []),
    ("這家有限公司宣布回購股份。", [], [("有限公司", ORG)]),
])
def test_a_legal_form_alone_is_no_body(finds, text, present, absent):
    finds(text, present, absent)


@pytest.mark.parametrize("text, present", [
    # without a place between, a body's headquarters keeps its name (MSRA tags 联合国总部 as one)
    ("联大特别会议在联合国总部召开。", ("联合国总部", ORG)),
    ("聯大特別會議在聯合國總部召開。", ("聯合國總部", ORG)),
])
def test_a_headquarters_without_a_place(finds, text, present):
    finds(text, [present])
