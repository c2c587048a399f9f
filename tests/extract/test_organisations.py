import pytest

from zhkg.extract.organisations import extract_organisations
from zhkg.extract.places import extract_places
from zhkg.resources.gazetteer import load_gazetteer
from zhkg.stages.normalise import normalise
from zhkg.stages.segment import set_doc_context


def orgs(nlp, text):
    n = normalise(text)
    doc = set_doc_context(nlp(n.simplified), "t", n.original)
    return [m.text for m in extract_organisations(doc, extract_places(doc, load_gazetteer()))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("平谷區政協抗擊疫情工作紀實", ["平谷區政協"]),
        ("平谷区政协抗击疫情工作纪实", ["平谷区政协"]),
        ("在區政協的倡議下", ["區政協"]),
        ("政協北京市平谷區委員會辦公室", ["政協北京市平谷區委員會辦公室"]),
        ("衝鋒在疫情防控第一線——稷山縣公安局民警賀旺英", ["稷山縣公安局"]),
        ("唐山市生態環境局遵化市分局疫情防控,不容鬆懈", ["唐山市生態環境局遵化市分局"]),
        ("祁陽公安國保大隊的民警們", ["祁陽公安國保大隊"]),
        ("受到中央廣播電視總臺、人民日報、人民政協報和北京日報等多家主流媒體的報導", ["中央廣播電視總臺", "人民日報", "人民政協報", "北京日報"]),
        ("平谷區城鄉基層防控組組長、區政協黨組書記、主席閆維洪", ["平谷區城鄉基層防控組", "區政協"]),
        ("政协机关39名干部职工和3名勤务员", ["政协机关"]),
        ("地球與環境學院學生積極響應國家號召", ["地球與環境學院"]),
        ("在市委、市政府的堅強領導下", ["市委", "市政府"]),
        ("黨中央、國務院", ["黨中央", "國務院"]),
    ],
)
def test_organisation_names(nlp, text, expected):
    assert orgs(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "全局的進展",  # 局 inside 全局 is no head
        "充分發揮政協組織固有的優勢",  # a bare 政协 after a verb phrase is not 充分发挥政协
        "8個工作組",  # a generic head without a name
        "廣泛動員群眾、組織群眾",
        "各鄉鎮防控領導小組的工作",  # weak head, no place
        "但都不是由本法院管轄。",  # a preposition glued to 本 (由本, unknown to jieba) opens no name
        "但都不是由本法院管辖。",
    ],
)
def test_not_organisations(nlp, text):
    found = orgs(nlp, text)
    assert all(len(o) <= 2 for o in found), found


def _teams(nlp, text):
    from zhkg.extract.teams import sports_teams
    from zhkg.stages.segment import token_table

    doc = set_doc_context(nlp(text), "t", text)
    return sports_teams(text, extract_places(doc, load_gazetteer()), token_table(doc))


@pytest.mark.parametrize(
    "text, teams",
    [
        # the team's home before its name is part of the name
        ("沈阳海狮队主场迎战上海浦东队，比赛战成0比0。", ["沈阳海狮队", "上海浦东队"]),
        ("北京国安队击败大连万达队。", ["北京国安队", "大连万达队"]),
        ("山东队力克河北队。", ["山东队", "河北队"]),
        # a particle is no team's first character
        ("这四场比赛的胜队将在今天分别交手。", []),
    ],
)
def test_sports_teams_take_their_home(nlp, text, teams):
    assert [text[s:e] for s, e, whole in _teams(nlp, text) if whole] == teams


def test_a_teams_bare_name_is_the_team_with_its_home(pipeline):
    from zhkg.stages.documents import parse_documents

    text = "沈阳海狮队主场迎战辽宁队，辽宁最终输给海狮。"
    found = {(m.simplified, m.canonical) for m in pipeline.extract_mentions(parse_documents("t", text)[0])
             if m.extractor == "alias"}
    assert ("海狮", "沈阳海狮队") in found, found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("消基會總幹事陳智義說。", ["消基會"]),  # jieba built it; no surname opens it
        ("金管会主委彭金隆表示。", ["金管会"]),  # jieba's dictionary holds it
        ("王德会主任说。", []),  # a surname opens it: a person before a role
        ("消保会发表声明。", []),  # no role after it: nothing says it is a body (消基会 is a listed body since tw28)
        ("消保会主委表示。", ["消保会"]),
    ],
)
def test_a_bodys_abbreviation_before_a_role(nlp, text, expected):
    assert orgs(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Hong Kong and Taiwan departments: a field (a dictionary noun) and a department's head, standing as a name
    ("港府路政署昨日表示，工程將延期。", ["港府", "路政署"]),
    ("根據運輸署、水務署提供的數據，用水量上升。", ["運輸署", "水務署"]),
    ("天文台表示，颱風正在逼近。", ["天文台"]),
    ("業界代表指出，保險業聯會今日公布了數字。", ["保險業聯會"]),
    # a name in apposition after 團體, and its other occurrences
    ("本地環保團體長春社指出，長春社會繼續跟進。", ["長春社", "長春社"]),
    # 處, 局 and 台 in ordinary words, or with no sign of a name, are no bodies
    ("這是他的好處，大家都說他在講台說話。", []),
    ("他在大局上看得很清楚，經合組織日前發表報告。", []),
])
def test_departments(text, expected):
    from zhkg.extract.departments import departments
    from zhkg.stages.normalise import normalise

    simplified = normalise(text).simplified
    assert [text[s:e] for s, e in departments(simplified)] == expected
