import pytest

from zhkg.extract.name_scores import name_score
from zhkg.extract.people import extract_people
from zhkg.stages.normalise import normalise
from zhkg.stages.segment import set_doc_context


def people(nlp, text):
    n = normalise(text)
    doc = set_doc_context(nlp(n.simplified), "t", n.original)
    return [m.text for m in extract_people(doc)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("區政協黨組書記、主席閆維洪身先士卒", ["閆維洪"]),
        ("区政协党组书记、主席闫维洪身先士卒", ["闫维洪"]),
        # jieba splits these names; the list context joins them
        ("特別是張吉輝、李偉濤、田曉光、劉全順、鄭嘉波等委員", ["張吉輝", "李偉濤", "田曉光", "劉全順", "鄭嘉波"]),
        ("(劉權有)截至2020年2月14日,平谷區沒有一例確診病例", ["劉權有"]),
        ("湖南日报-新湖南客户端2月9日讯(通讯员 陈瑛 李会生)疫情防控", ["陈瑛", "李会生"]),
        ("陳文成:在京臺灣青年投身社區疫情防控第一線", ["陳文成"]),
        ("全面落實習近平總書記做出的工作要求", ["習近平"]),
        ("首席预报员陈涛连续多日驻守中央气象台", ["陈涛"]),
        ("副乡长、派出所所长刘志涛对平安建设工作进行了安排部署", ["刘志涛"]),
    ],
)
def test_names_found(nlp, text, expected):
    assert people(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "可容納五十人座位的空間",  # 容纳: jieba tags it nr
        "為堅決打贏疫情防控阻擊戰貢獻政協委員、組織的智慧和力量",  # 智慧
        "採取科學防治、精準施策的辦法",  # 施策
        "豐澤區檢察院認真貫徹落實",  # a place, not a person
        "把中央和自治區黨委的關懷與溫暖傳遞到第一線",  # 关怀
    ],
)
def test_common_words_are_not_names(nlp, text):
    assert people(nlp, text) == []


def test_repeated_name_is_found_everywhere(nlp):
    text = "主席閆維洪主持會議。會上閆維洪講話。"
    assert people(nlp, text) == ["閆維洪", "閆維洪"]


@pytest.mark.parametrize("word", ["任务", "施策", "丰泽区", "容"])
def test_name_score_rejects_non_names(word):
    assert name_score(word) < 0.01


def test_a_conjunction_after_a_role_opens_no_name(nlp):
    """教授|和|厂里: jieba's lone 和 is the conjunction, not a surname."""
    assert not [t for t in people(nlp, "大中专院校的教授和厂里铝业方面的技术人员。") if t.startswith("和")]


@pytest.mark.parametrize(
    "text, name, absent",
    [
        ("郭菲的先生在深圳上班。", "郭菲", "郭菲的"),  # 的 ends the name before 先生
        ("大奖得主是一位叫钟富贵（化名）的人。", "钟富贵", None),  # the text says it made the name up
    ],
)
def test_names_before_a_word_that_marks_a_person(nlp, text, name, absent):
    found = people(nlp, text)
    assert name in found and absent not in found, found


@pytest.mark.parametrize("text, name, not_name", [
    ("菏泽市副市长张伦到曹县调研时指出。", "张伦", "张伦到"),
    ("招商银行行长王良则称，该行已设立分行。", "王良", "王良则"),
    ("深圳市房地产研究中心副主任王锋则指出，房价上涨。", "王锋", "王锋则"),
])
def test_a_verb_after_a_two_letter_name_is_no_part_of_it(text, name, not_name):
    from zhkg import Pipeline

    G = Pipeline().run_texts([("t", text)]).graph
    people = {a["label"] for _, a in G.nodes(data=True) if a["type"] == "PERSON"}
    assert name in people and not_name not in people
