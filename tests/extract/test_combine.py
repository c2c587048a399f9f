import pytest

from zhkg.run.pipeline import Pipeline
from zhkg.stages.documents import parse_documents


def mentions(pipeline, text):
    doc = parse_documents("t", text)[0]
    return [(m.text, m.label.value, m.extractor) for m in pipeline.extract_mentions(doc) if m.label.value != "COUNT"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the model finds what no rule or list knows
        ("美国总统在白宫会见了日本首相。", {("美国", "PLACE"), ("日本", "PLACE")}),
        # a gazetteer place replaces the model's span and keeps its code
        ("平谷区政协召开会议。", {("平谷区政协", "ORGANIZATION"), ("平谷区", "PLACE")}),
        # two places, not one (广西南宁)
        ("广西南宁社会各界为疫情防控贡献力量。", {("广西", "PLACE"), ("南宁", "PLACE")}),
        # a byline fixes the name
        ("(劉權有)截至2020年2月14日", {("劉權有", "PERSON")}),
        # the role 片区长 is no name 任片
        ("副主席任片区长,委室主任担任工作组组长。", set()),
        # a grammar name that extends the model's by a head word wins
        ("政协机关39名干部职工", {("政协机关", "ORGANIZATION")}),
    ],
)
def test_combined_names(pipeline, text, expected):
    found = {(t, label) for t, label, _ in mentions(pipeline, text)}
    assert expected <= found, found
    if not expected:
        assert not {x for x in found if x[1] == "PERSON"}


def test_coded_place_wins_over_model_span(pipeline):
    doc = parse_documents("t", "平谷区政协召开会议。")[0]
    place = [m for m in pipeline.extract_mentions(doc) if m.label.value == "PLACE"][0]
    assert (place.code, place.extractor) == ("110117", "gazetteer")


def test_stoplisted_words_are_not_places(pipeline):
    assert not [m for m in mentions(pipeline, "在乡村,在卡口,在公路。") if m[1] == "PLACE"]


def test_rules_alone_still_run(tmp_path):
    from zhkg.config import Config

    rules = Pipeline(Config(recogniser=False))
    found = {(m.text, m.label.value) for m in rules.extract_mentions(parse_documents("t", "稷山县公安局民警贺旺英。")[0])}
    assert {("稷山县公安局", "ORGANIZATION"), ("贺旺英", "PERSON")} <= found
    assert rules._recognisers is None and rules.model is None  # no model loaded (route264: the recognisers, not one model)


@pytest.mark.parametrize("text", ["平谷区没有一例确诊病例，平谷区镇(乡)村、城区没有发现疫情。", "平谷區鎮(鄉)村、城區"])
def test_a_district_and_a_lone_town_character_is_the_district(pipeline, text):
    """平谷区镇(乡)村 is the district's towns and villages: the place is 平谷区, not 平谷区镇."""
    places = {t for t, label, _ in mentions(pipeline, text) if label == "PLACE"}
    assert places & {"平谷区", "平谷區"}
    assert not places & {"平谷区镇", "平谷區鎮"}


def _model_span(text, name, label, start=None):
    from zhkg.records import Label, Mention

    start = text.index(name) if start is None else start
    return Mention("d", start, start + len(name), name, name, Label(label), "crf")


def _table(text):
    from zhkg.stages.segment import make_nlp, token_table

    return token_table(make_nlp()(text))


@pytest.mark.parametrize(
    "text, name, cut",
    [
        # a role repeating the unit (处 处长): the role readers name the unit, the span is the body
        ("国家发改委中国小城镇试点处处长乔润令表示。", "国家发改委中国小城镇试点处", "国家发改委"),
        ("建设部政策研究中心住宅与房地产研究处处长王伟表示。", "建设部政策研究中心住宅与房地产研究处", "建设部政策研究中心"),
        # a branch's head heads the whole branch; a role that repeats nothing leaves the name whole
        ("林铁钢已出任中国人民银行天津分行行长。", "中国人民银行天津分行", "中国人民银行天津分行"),
        ("住房和城乡建设部研究室主任王伟表示。", "住房和城乡建设部研究室", "住房和城乡建设部研究室"),
    ],
)
def test_a_unit_is_split_from_its_body_only_before_its_own_title(text, name, cut):
    from zhkg.extract.body_ends import _split_unit
    from zhkg.resources.lexicon import load_lexicon

    m = _split_unit(_model_span(text, name, "ORGANIZATION"), text, _table(text), load_lexicon())
    assert m.simplified == cut


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("王伟担任中国常驻联合国代表团参赞。", "联合国", "联合国代表团"),
        ("祁阳公安国保大队的民警们", "祁阳公安国保", "祁阳公安国保大队"),
        ("联合国秘书长古特雷斯表示。", "联合国", "联合国"),  # a title is no body's head
    ],
)
def test_an_organisation_takes_the_body_head_after_it(text, name, expected):
    from zhkg.extract.body_ends import _extend_body_heads

    assert _extend_body_heads(_model_span(text, name, "ORGANIZATION"), text, _table(text)).simplified == expected


def test_a_person_before_a_building_names_the_building():
    from zhkg.extract.person_or_not import _name_facilities

    text = "会议在罗纳德·里根大厦举行，他获得诺贝尔奖。"
    model = [_model_span(text, "罗纳德·里根", "PERSON"), _model_span(text, "大厦", "PLACE"),
             _model_span(text, "诺贝尔", "PERSON")]
    assert [(m.simplified, m.label.value) for m in _name_facilities(model, text)] == [
        ("罗纳德·里根大厦", "PLACE"), ("诺贝尔", "PERSON")]  # a prize named after a person names the person


@pytest.mark.parametrize(
    "text, name, kept",
    [
        ("坚持马克思主义的基本原理。", "马克思", True),  # a doctrine
        ("她夺得了尤伯杯冠军。", "尤伯", True),  # a cup
        ("阿波罗号飞船返回。", "阿波罗", False),  # a craft: no person
    ],
)
def test_a_person_a_thing_is_named_after_stays_named(text, name, kept):
    from zhkg.extract.person_or_not import _name_facilities

    out = _name_facilities([_model_span(text, name, "PERSON")], text)
    assert [(m.simplified, m.label.value) for m in out] == ([(name, "PERSON")] if kept else [])


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("奥巴马会见了来访的默克尔。", "默克尔", "PERSON"),  # jieba's dictionary: a transliterated name (nrt)
        ("游客来到杰尔巴岛度假。", "杰尔巴岛", "PLACE"),  # nrt too, but it ends like a place
        ("代表团抵达北京。", "北京", "PLACE"),
        # nrt, but nothing in the clause sets a person: jieba tags many transliterated places nrt
        ("走进撒哈拉的途中，就会经过渊凯城。", "撒哈拉", "PLACE"),
        ("斯图加特的0都不容忽视。", "斯图加特", "PLACE"),
        ("和平解决克什米尔等争议问题。", "克什米尔", "PLACE"),
    ],
)
def test_a_model_place_jieba_knows_as_a_foreign_name_is_a_person(text, name, label):
    from zhkg.extract.person_or_not import _retype_people

    out = _retype_people([_model_span(text, name, "PLACE")], [], text, _table(text))
    assert out[0].label.value == label


@pytest.mark.parametrize(
    "text, names",
    [
        ("拜登和普京昨天通了电话。", {"拜登", "普京"}),  # coordinated: jieba glued 和 to 普京
        ("默克尔表示将访华。", {"默克尔"}),  # a person's verb after the name
        ("来访的默克尔。", set()),  # nothing says person: left to the model
    ],
)
def test_transliterated_names_in_a_person_context(text, names):
    from zhkg.extract.foreign_people_by_context import _transliterated_candidates
    from zhkg.resources.lexicon import load_lexicon
    from zhkg.stages.segment import make_nlp

    found = {text[s:e] for s, e, _ in _transliterated_candidates(make_nlp()(text), load_lexicon())}
    assert found == names


def test_a_rare_name_after_a_role_is_a_person_when_jieba_made_it_one_word(pipeline):
    found = {(t, label) for t, label, _ in mentions(pipeline, "国民党立委林为洲昨天质询部长。")}
    assert ("林为洲", "PERSON") in found


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # the model ends the name before its rare last character; the role before it says where it ends
        ("与前董事长陈敏熏的给款案，本周已进入尾声。", {("陈敏熏", "PERSON")}, {("陈敏", "PERSON")}),
        # a special administrative region's government is one body; a bare 特区 is no place
        ("香港特区政府准备填海。", {("香港特区政府", "ORGANIZATION")}, {("香港特区", "PLACE")}),
        ("能在岗位上服务特区政府，服务澳门市民。", {("澳门", "PLACE")}, {("特区", "PLACE")}),
    ],
)
def test_boundaries_of_names_the_mixed_model_cuts(pipeline, text, present, absent):
    found = {(t, label) for t, label, _ in mentions(pipeline, text)}
    assert present <= found and not absent & found, found


def test_a_name_the_model_reads_as_a_person_is_no_uncoded_place_elsewhere():
    from zhkg.extract.person_or_not import _retype_people

    text = "加索尔和拜纳姆挤不进篮下，加索尔还是软。"
    model = [_model_span(text, "加索尔", "PERSON"), _model_span(text, "加索尔", "PLACE", start=text.rindex("加索尔"))]
    assert [m.label.value for m in _retype_people(model, [], text, _table(text))] == ["PERSON", "PERSON"]
    # a coded place keeps its reading
    assert _retype_people(model, [], text, _table(text), {model[1].span})[1].label.value == "PLACE"


@pytest.mark.parametrize(
    "text, name",
    [
        ("七尺长人让科比-布莱恩特可以集中精力。", "科比-布莱恩特"),  # 让 is the verb, not a name's first part
        ("总统会见了让-皮埃尔·拉法兰。", "让-皮埃尔·拉法兰"),  # 让 alone before the hyphen is the name
    ],
)
def test_a_function_word_before_a_transliterated_name_stays_out(pipeline, text, name):
    people = {t for t, label, _ in mentions(pipeline, text) if label == "PERSON"}
    assert name in people, people


@pytest.mark.parametrize(
    "text, name, before, coded",
    [
        ("代表团从斯洛伐克抵达维也纳。", "斯洛伐克", None, True),  # a coded place before a person's verb
        ("以色列总理今天访问埃及。", "以色列", None, True),  # a title follows a country as often as a person
        ("总理在人民大会堂会见了来宾。", "人民大会堂", None, False),  # 在 sets a place
        ("龙卷风袭击了宾夕法尼亚州的索尔兹伯里。", "索尔兹伯里", "宾夕法尼亚州", False),  # nrt, but after a place and 的
        ("新华社美国明尼阿波利斯电", "明尼阿波利斯", "美国", False),  # nrt, right after a place
    ],
)
def test_a_place_the_sentence_sets_as_a_place_stays_a_place(text, name, before, coded):
    from zhkg.extract.person_or_not import _retype_people

    model = [_model_span(text, name, "PLACE")] + ([_model_span(text, before, "PLACE")] if before else [])
    out = _retype_people(model, [], text, _table(text), {model[0].span} if coded else frozenset())
    assert out[0].label.value == "PLACE"


def test_a_country_before_its_leader_stays_a_place(pipeline):
    found = {(t, label) for t, label, _ in mentions(pipeline, "以色列总理内塔尼亚胡今天从俄罗斯抵达北京。")}
    assert {("以色列", "PLACE"), ("俄罗斯", "PLACE")} <= found, found
    assert not {t for t, label in found if label == "PERSON"} & {"以色列", "俄罗斯"}


def test_a_transliterated_name_the_model_reads_on_takes_the_models_end():
    """马·莱|万多夫斯基: the separator rule stops at 万, a character it does not know in names."""
    from dataclasses import replace

    from zhkg.extract.combine import combine_mentions

    text = "研究所马·莱万多夫斯基副教授说。"
    model = _model_span(text, "马·莱万多夫斯基", "PERSON")
    cut = replace(_model_span(text, "马·莱", "PERSON"), extractor="people:foreign")
    out = combine_mentions([], [], [cut], [model], text, table=_table(text))
    assert [(m.simplified, m.extractor) for m in out] == [("马·莱万多夫斯基", "crf")]
    # where the model ends sooner, the separator rule's span stands
    short = _model_span(text, "马", "PERSON")
    assert [m.simplified for m in combine_mentions([], [], [cut], [short], text, table=_table(text))] == ["马·莱"]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("他们怕共产党，那共产党可不得了。", "共产党", True),  # the model found the party by its context
        ("我是一名共产党员。", "共产党", False),  # jieba's 共产党员 is a member
    ],
)
def test_a_party_the_model_finds_is_a_name_but_not_inside_a_members_title(text, name, expected):
    from zhkg.extract.combine import plausible

    assert plausible(_model_span(text, name, "ORGANIZATION"), _table(text)) is expected


def test_nouns_after_de_are_not_the_first_conjunct_of_a_name():
    """医学会的网络优势和航空航天大学: what the society has, not one name coordinated with 和."""
    from zhkg.extract.body_ends import _join_coordinated_names

    text = "充分利用医学会的网络优势和航空航天大学的科研优势。"
    out = _join_coordinated_names([_model_span(text, "航空航天大学", "ORGANIZATION")], text, _table(text))
    assert [m.simplified for m in out] == ["航空航天大学"]


def test_a_transliterated_name_inside_a_model_body_is_the_bodys():
    from dataclasses import replace

    from zhkg.extract.combine import combine_mentions

    text = "英国迪洛伊特·塔奇咨询集团发布报告。"
    body = _model_span(text, "英国迪洛伊特·塔奇咨询集团", "ORGANIZATION")
    person = replace(_model_span(text, "迪洛伊特·塔奇", "PERSON"), extractor="people:foreign")
    out = combine_mentions([], [], [person], [body], text, table=_table(text))
    assert [(m.simplified, m.label.value) for m in out] == [("英国迪洛伊特·塔奇咨询集团", "ORGANIZATION")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("只好关闭美国三大汽车公司。", "美国三大汽车公司"),  # a count of bodies
        ("颁布实施《中华人民共和国村民委员会组织法》。", "中华人民共和国村民委员会"),  # a title it does not close
    ],
)
def test_a_grammar_name_the_model_missed_must_name_one_body(text, name):
    from dataclasses import replace

    from zhkg.extract.combine import combine_mentions

    grammar = replace(_model_span(text, name, "ORGANIZATION"), extractor="org_suffix")
    place = replace(_model_span(text, name[:2], "PLACE"), extractor="gazetteer", code="X")  # a coded place starts it
    assert [m.simplified for m in combine_mentions([place], [grammar], [], [], text, table=_table(text))] == [name[:2]]
    # a title the body closes is its name (《前驱日报》)
    text = "创办《前驱日报》。"
    paper = replace(_model_span(text, "前驱日报", "ORGANIZATION"), extractor="org_suffix")
    assert combine_mentions([], [paper], [], [], text, table=_table(text)) == [paper]


def test_a_reporters_name_does_not_run_into_the_datelines_place():
    """本报记者蒋家华|香港报道: the model runs the name into the place; the credit says where it ends."""
    from dataclasses import replace

    from zhkg.extract.combine import combine_mentions

    text = "本报记者蒋家华香港报道"
    model = _model_span(text, "蒋家华香港", "PERSON")
    credit = replace(_model_span(text, "蒋家华", "PERSON"), extractor="people:after_role")
    place = replace(_model_span(text, "香港", "PLACE"), extractor="gazetteer", code="HK")
    out = combine_mentions([place], [], [credit], [model], text, table=_table(text))
    assert [(m.simplified, m.label.value) for m in out] == [("蒋家华", "PERSON"), ("香港", "PLACE")]


@pytest.mark.parametrize(
    "text, name, kept",
    [
        ("他引用了《孟子》的名言。", "孟子", False),  # the title is the work's
        ("他读完了《哈利·波特》。", "哈利·波特", False),
        # a person a title opens and goes on about is named (rule 12); elsewhere in a title the work's
        ("出版了《周恩来在国统区》一书。", "周恩来", True),
        ("电视剧《又见白娘子》开播。", "白娘子", False),
        ("他引用了孟子的名言。", "孟子", True),
    ],
)
def test_a_person_filling_a_title_is_the_works_name(text, name, kept):
    from zhkg.extract.combine import combine_mentions

    out = combine_mentions([], [], [], [_model_span(text, name, "PERSON")], text, table=_table(text))
    assert [m.simplified for m in out] == ([name] if kept else [])


@pytest.mark.parametrize(
    "text, place, code, kept",
    [
        ("中国政府从未提出过这方面的要求。", "中国", "CN", False),  # a country's government: the country
        ("日本当局尽量避免使用这个词。", "日本", "JP", False),
        ("南昌市政府改造抚河故道。", "南昌市", "360100", True),  # a local people's government: a body
    ],
)
def test_a_countrys_government_is_the_country(text, place, code, kept):
    from dataclasses import replace

    from zhkg.extract.combine import combine_mentions

    name = text[:len(place) + 2]
    grammar = replace(_model_span(text, name, "ORGANIZATION"), extractor="org_suffix")
    coded = replace(_model_span(text, place, "PLACE"), extractor="gazetteer", code=code)
    out = [(m.simplified, m.label.value) for m in combine_mentions([coded], [grammar], [], [], text, table=_table(text))]
    assert ((name, "ORGANIZATION") in out) is kept and (place, "PLACE") in out, out


def test_a_one_character_place_before_fu_is_its_government():
    from zhkg.extract.governments import _region_governments

    text = "港府地政总署昨日宣布。"
    out = _region_governments([_model_span(text, "港", "PLACE")], text)
    assert [(m.simplified, m.label.value) for m in out] == [("港府", "ORGANIZATION")]


def test_a_name_the_model_splits_once_is_the_name_it_reads_whole_elsewhere():
    from zhkg.extract.people_cuts import _rejoin_split_names

    text = "港珠澳大桥明年动工。建设港珠澳大桥香港口岸。"
    second = text.rindex("港珠澳大桥")
    model = [_model_span(text, "港珠澳大桥", "PLACE"), _model_span(text, "港", "PLACE", start=second),
             _model_span(text, "珠澳大桥", "PLACE", start=second + 1)]
    assert [(m.start, m.simplified) for m in _rejoin_split_names(model, text)] == [(0, "港珠澳大桥"),
                                                                                    (second, "港珠澳大桥")]
    # without the whole name elsewhere, the model's two names stand
    assert len(_rejoin_split_names(model[1:], text)) == 2


def test_a_short_form_wins_over_a_name_it_holds_cut_short():
    """人社|部长: the model cut the defined short form 人社部, whose 部 the role shares."""
    from zhkg.extract.combine import find_aliases

    text = "人社部长：医保提高。人力资源和社会保障部(下称“人社部”)部长尹蔚民表示。"
    full = _model_span(text, "人力资源和社会保障部", "ORGANIZATION")
    cut = _model_span(text, "人社", "ORGANIZATION")
    out = find_aliases([cut, full], text)
    assert [(m.start, m.simplified) for m in out if m.start == 0] == [(0, "人社部")]
    # without a role sharing its last character, the name inside stands (区政协|办公楼 is no 区政协办)
    text = "区政协机关办公室通知，区政协办公楼409会议室开会。"
    full = _model_span(text, "区政协机关办公室", "ORGANIZATION")
    inner = _model_span(text, "区政协", "ORGANIZATION", start=text.rindex("区政协"))
    assert not [m for m in find_aliases([full, inner], text) if m.simplified == "区政协办"]


def test_a_name_named_again_and_again_is_worked_out_once(monkeypatch):
    """Abbreviations and truncations depend on a name alone: worked out once a name, over positions found in
    one pass, not once a mention over the whole text (a long document repeating its bodies was quadratic:
    40,000 characters of a repeated sentence took 12 s, nine tenths of it here)."""
    import zhkg.extract.alias_mentions as alias_mentions
    import zhkg.extract.combine as combine

    unit = "首都规划建设委员会开会，首规委表示。"
    text = unit * 40
    mentions = [_model_span(text, "首都规划建设委员会", "ORGANIZATION", start=i * len(unit)) for i in range(40)]
    calls, scans = [], []
    real_abbreviations, real_positions = alias_mentions._abbreviations, alias_mentions._positions
    monkeypatch.setattr(alias_mentions, "_abbreviations", lambda m, *a, **k: calls.append(m) or real_abbreviations(m, *a, **k))
    monkeypatch.setattr(alias_mentions, "_positions", lambda *a: scans.append(a) or real_positions(*a))
    out = combine.find_aliases(mentions, text)
    assert len(calls) == 1 and len(scans) == 1
    aliases = [m for m in out if m.extractor == "alias"]
    assert len(aliases) == 40 and {(m.simplified, m.canonical) for m in aliases} == {("首规委", "首都规划建设委员会")}


@pytest.mark.parametrize(
    "text, names, expected",
    [
        ("新浪乐居上市了。新浪乐居会越走越好。", ["新浪乐居", "新浪乐居会"], ["新浪乐居", "新浪乐居"]),
        ("周瑜去见孙权，孙权正为此忧虑。", ["孙权", "孙权正"], ["孙权", "孙权"]),
        ("太阳和太阳系。", ["太阳", "太阳系"], ["太阳", "太阳系"]),  # 系 is no auxiliary
    ],
)
def test_a_name_run_on_into_an_auxiliary_is_the_name_the_document_gives(text, names, expected):
    from zhkg.extract.people_cuts import _cut_run_on_names

    label = "ORGANIZATION" if "新浪" in text else "PERSON" if "孙" in text else "PLACE"
    model = [_model_span(text, names[0], label), _model_span(text, names[1], label, start=text.rindex(names[1]))]
    assert [m.simplified for m in _cut_run_on_names(model)] == expected
