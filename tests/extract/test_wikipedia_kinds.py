"""Kinds of name Universal NER's Wikipedia sentences and translated news write (issue 15, round 8).

Each row is a sentence written for these tests, in Traditional characters and in Simplified, run through the
whole extraction with the recogniser on; ``present`` and ``absent`` are (name as written, label) pairs.
"""

import pytest

from zhkg.stages.documents import parse_documents


def _found(pipeline, text):
    doc = parse_documents("t", text)[0]
    return {(m.text, m.label.value) for m in pipeline.extract_mentions(doc)}


ROWS = [
    # who runs a school is part of its name (國立|清華大學), and a school before 與 is a name of its own
    ("1950年國立臺灣大學於臺北復校。", [("國立臺灣大學", "ORGANIZATION")], [("臺灣大學", "ORGANIZATION")]),
    ("1950年国立台湾大学于台北复校。", [("国立台湾大学", "ORGANIZATION")], [("台湾大学", "ORGANIZATION")]),
    ("新竹工業學校與臺南師範學院合併。", [("新竹工業學校", "ORGANIZATION")],
     [("新竹工業學校與臺南師範學院", "ORGANIZATION")]),
    ("新竹工业学校与台南师范学院合并。", [("新竹工业学校", "ORGANIZATION")],
     [("新竹工业学校与台南师范学院", "ORGANIZATION")]),
    # what a body was is no part of its name
    ("孫叔平（原南京市文教局局長）出任副校長，李方（原金陵大學校長）出任校長。", [("金陵大學", "ORGANIZATION")],
     [("原金陵大學", "ORGANIZATION")]),
    ("孙叔平（原南京市文教局局长）出任副校长，李方（原金陵大学校长）出任校长。", [("金陵大学", "ORGANIZATION")],
     [("原金陵大学", "ORGANIZATION")]),
    # the Central People's Government, a trade guild after its place
    ("中央人民政府任命他為部長。", [("中央人民政府", "ORGANIZATION")], []),
    ("中央人民政府任命他为部长。", [("中央人民政府", "ORGANIZATION")], []),
    ("高雄市建築材料商業同業公會成立於1950年。", [("高雄市建築材料商業同業公會", "ORGANIZATION")], []),
    ("高雄市建筑材料商业同业公会成立于1950年。", [("高雄市建筑材料商业同业公会", "ORGANIZATION")], []),
    ("同業公會的會員都來了。", [], [("同業公會", "ORGANIZATION")]),
    # armies named by a cause, with their state (利比亞|自由軍), and a dynasty's army is no person (宋軍)
    ("利比亞自由軍攻入城內。", [("利比亞自由軍", "ORGANIZATION")], []),
    ("利比亚自由军攻入城内。", [("利比亚自由军", "ORGANIZATION")], []),
    ("後來他隨護國軍轉戰四川。", [("護國軍", "ORGANIZATION")], []),
    ("后来他随护国军转战四川。", [("护国军", "ORGANIZATION")], []),
    ("宋軍在岳飛的率領下收復襄陽。", [("宋軍", "ORGANIZATION")], [("宋軍", "PERSON")]),
    ("宋军在岳飞的率领下收复襄阳。", [("宋军", "ORGANIZATION")], [("宋军", "PERSON")]),
    # a company's coined name alone is the company (港燈 of 港燈公司); a common word before 公司 is not
    ("港燈公司宣佈加價，港燈表示將減少開支。", [("港燈", "ORGANIZATION")], []),
    ("港灯公司宣布加价，港灯表示将减少开支。", [("港灯", "ORGANIZATION")], []),
    ("這家電影公司宣佈開拍，電影將於明年上映。", [], [("電影", "ORGANIZATION")]),
    ("这家电影公司宣布开拍，电影将于明年上映。", [], [("电影", "ORGANIZATION")]),
    # where one was born is a place
    ("施密特於1890年生於威斯特伐里亞普勒騰貝格的一個農家。", [("威斯特伐里亞普勒騰貝格", "PLACE")],
     [("威斯特伐里亞普勒騰貝格", "PERSON")]),
    ("施密特于1890年生于威斯特伐里亚普勒腾贝格的一个农家。", [("威斯特伐里亚普勒腾贝格", "PLACE")],
     [("威斯特伐里亚普勒腾贝格", "PERSON")]),
    # lakes, rivers and hot springs no gazetteer holds; common nouns and people stay out
    ("附近的水體有高淳的固城湖和湯山溫泉。", [("固城湖", "PLACE"), ("湯山溫泉", "PLACE")], []),
    ("附近的水体有高淳的固城湖和汤山温泉。", [("固城湖", "PLACE"), ("汤山温泉", "PLACE")], []),
    # a name of three and the verb or adverb the model ran on into; a bracket after a name keeps it whole
    ("1977年，葉企孫侄子葉銘漢交工資給叔父。", [("葉銘漢", "PERSON")], [("葉銘漢交", "PERSON")]),
    ("1977年，叶企孙侄子叶铭汉交工资给叔父。", [("叶铭汉", "PERSON")], [("叶铭汉交", "PERSON")]),
    ("盧克萊修（前99年-前55年）是詩人。", [("盧克萊修", "PERSON")], [("盧克萊", "PERSON")]),
    ("卢克莱修（前99年-前55年）是诗人。", [("卢克莱修", "PERSON")], [("卢克莱", "PERSON")]),
    # a list of people holds no place (哈利 beside 羅恩 and 赫敏)
    ("聖誕晚會上，哈利、羅恩、赫敏分別接受了邀請。", [("哈利", "PERSON")], [("哈利", "PLACE")]),
    ("圣诞晚会上，哈利、罗恩、赫敏分别接受了邀请。", [("哈利", "PERSON")], [("哈利", "PLACE")]),
]


@pytest.mark.parametrize("text, present, absent", ROWS)
def test_wikipedia_kinds(pipeline, text, present, absent):
    found = _found(pipeline, text)
    assert set(present) <= found and not set(absent) & found, found


@pytest.mark.parametrize("text, expected", [
    ("著名的有湯山溫泉、珍珠泉溫泉等。", ["汤山温泉", "珍珠泉温泉"]),
    ("高淳的固城湖、溧水的石臼湖等。", ["固城湖", "石臼湖"]),
    # common nouns, words of two letters, a quality, a person's name and a name after a noun are none
    ("護城河與運河相連，陳開河說。", []),
    ("他們墜入愛河，闖蕩江湖，看到壯美瀑布。", []),
    ("为三姓公溪的支流", []),
])
def test_water_features_no_gazetteer_holds(text, expected):
    from zhkg.extract.place_features import natural_features
    from zhkg.stages.normalise import normalise
    from zhkg.stages.segment import make_nlp, token_table

    simplified = normalise(text).simplified
    assert [simplified[s:e] for s, e in natural_features(simplified, token_table(make_nlp()(simplified)))] == expected
