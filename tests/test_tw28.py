"""Hong Kong and Taiwan bodies (issue 15, session 26, tw28): well-known agencies, governments and companies
(``organisations_known.tsv``), a department before its head's title, an association's short name, and
readings that name no body or person (a company by its trade alone, a storm, two surnames, a place's own word),
in both scripts."""

from __future__ import annotations

import pytest
from helpers import both_scripts

from zhkg import Document
from zhkg.extract.departments import departments
from zhkg.extract.kind_by_neighbours import _directions_before_places
from zhkg.extract.person_or_not import _storm_names, _surname_pairs
from zhkg.records import Label, Mention
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.normalise import to_simplified
from zhkg.stages.resolve_companies import _shortened_body


def _mentions(pipeline, text: str) -> list[Mention]:
    return pipeline.process_document(Document("d", text)).mentions


def _labelled(pipeline, text: str, label: Label) -> set[str]:
    """The Simplified names ``text``'s mentions of ``label`` write."""
    return {to_simplified(m.simplified) for m in _mentions(pipeline, text) if m.label is label}


def _bodies(pipeline, text: str) -> dict[str, set[str]]:
    """Each organisation's canonical name (Simplified) -> the names its mentions write."""
    out: dict[str, set[str]] = {}
    for m in _mentions(pipeline, text):
        if m.label is Label.ORGANIZATION:
            out.setdefault(to_simplified(m.canonical), set()).add(to_simplified(m.simplified))
    return out


# ---- well-known bodies


@pytest.mark.parametrize("text, name", both_scripts([
    ("特侦组追加起诉前董事长，检方表示将上诉。", "特侦组"),
    ("消基会抽查市售饮料，发现三成标示不实。", "消基会"),
    ("城规会昨日否决该幅土地的改划申请。", "城规会"),
    ("港中大与港科大合办的课程明年开课。", "港中大"),
    ("港中大与港科大合办的课程明年开课。", "港科大"),
    ("会德丰与华懋合作投得九龙湾地皮。", "华懋"),
    ("会德丰与华懋合作投得九龙湾地皮。", "会德丰"),
    ("嘉里建设公布中期业绩，盈利上升。", "嘉里建设"),
    ("该片由得艺国际、相信音乐联合出品。", "相信音乐"),
    ("滚石唱片为他推出第三张专辑。", "滚石唱片"),
    ("统一企业第三季获利创新高。", "统一企业"),
]))
def test_a_well_known_hong_kong_or_taiwan_body_is_an_organisation(pipeline, text, name):
    assert name in _labelled(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text, full, short", both_scripts([
    ("中央健康保险署宣布新制，健保署表示下月实施。", "中央健康保险署", "健保署"),
    ("消费者文教基金会今天公布调查，消基会指出问题。", "消费者文教基金会", "消基会"),
    ("香港中文大学今天公布，港中大校长表示欢迎。", "香港中文大学", "港中大"),
]))
def test_a_taiwan_or_hong_kong_body_and_its_short_form_are_one_body_named_in_full(pipeline, text, full, short):
    assert {full, short} <= _bodies(pipeline, text).get(full, set())


@pytest.mark.parametrize("text, full, short", both_scripts([
    ("香港特区政府准备在机场东北面填海。港府地政总署十二日宣布，将建造永久海堤。", "香港特区政府", "港府"),
    ("香港特别行政区政府今天公布施政报告。港府表示会增加土地供应。", "香港特别行政区政府", "港府"),
    ("澳门特区政府宣布派发现金分享。澳府表示款项下月发放。", "澳门特区政府", "澳府"),
]))
def test_a_sar_government_and_its_press_short_form_are_one_body(pipeline, text, full, short):
    bodies = _bodies(pipeline, text)
    assert any({full, short} <= names for names in bodies.values()), bodies


@pytest.mark.parametrize("text", both_scripts([
    "港府地政总署十二日宣布，将建造永久海堤。",
]))
def test_the_press_short_form_alone_stays_as_written(pipeline, text):
    # the table never writes a name the document does not write
    assert "港府" in _bodies(pipeline, text)
    assert "香港特区政府" not in _bodies(pipeline, text)


@pytest.mark.parametrize("text", both_scripts([
    "台北地方法院审理龙潭购地案，就前科管局长李界木部分进行言词辩论。",
    "科管局长李界木在庭上坦承收受款项。",
]))
def test_a_known_body_before_its_heads_title_sharing_the_head_letter(pipeline, text):
    # 科管局|长: the 局长 of 科管局, jieba's words (前科, 局长) notwithstanding
    assert "科管局" in _labelled(pipeline, text, Label.ORGANIZATION)


# ---- departments, associations


@pytest.mark.parametrize("text, found", [
    ("依“新闻局”广电处草拟原则。“新闻局”广电处处长何乃麒表示", ["新闻局", "新闻局", "广电处"]),
    ("港府地政总署署长王明说", ["港府", "地政总署"]),
    ("这是他的好处处长期以来都明白。", []),  # no department's field before the head
    ("会计处处长王明说", []),  # 会计 is a verb, no field
    ("天文台台长王明说", []),  # 台 heads a body only before a verb of speech
])
def test_departments_before_their_heads_title(text, found):
    assert [text[s:e] for s, e in departments(text)] == found


@pytest.mark.parametrize("text", both_scripts([
    "因台北市电影电视演艺业职业工会有疑虑而延后。何乃麒表示，演艺工会担心影响本土艺人。",
]))
def test_an_associations_short_name_is_the_long_name_it_shortens(pipeline, text):
    assert {"台北市电影电视演艺业职业工会", "演艺工会"} <= _bodies(pipeline, text).get("台北市电影电视演艺业职业工会", set())


@pytest.mark.parametrize("short, names, expected", [
    ("演艺工会", ["台北市电影电视演艺业职业工会", "演艺工会"], "台北市电影电视演艺业职业工会"),
    ("银行公会", ["中华民国银行商业同业公会", "银行公会"], "中华民国银行商业同业公会"),
    ("律师公会", ["香港大律师公会", "律师公会"], None),  # a longer name ending in it is another body (the Bar)
    ("演艺工会", ["台北市电影电视演艺业职业工会", "台湾演艺人员职业工会", "演艺工会"], None),  # two longer names
    ("篮球协会", ["中国篮球协会", "北京篮球协会", "篮球协会"], None),
    ("足球协会", ["中华民国足球协会", "足球协会"], None),  # ending the longer name: the place-name rule's
    ("工会", ["台北市电影电视演艺业职业工会", "工会"], None),  # a kind alone
    ("演艺学院", ["台北市电影电视演艺业职业学院", "演艺学院"], None),  # no association's head
])
def test_shortened_body(short, names, expected):
    assert _shortened_body(short, names, set()) == expected


def test_a_place_shortening_an_association_names_none():
    assert _shortened_body("台北工会", ["台北市电影电视演艺业职业工会"], {"台北"}) is None


# ---- readings that name no body or person


@pytest.mark.parametrize("text, kind", both_scripts([
    ("因为本木雅弘无法亲自来台，电影公司特地邀请李威担任代言人。", "电影公司"),
    ("他与唱片公司的合约明年到期。", "唱片公司"),
]))
def test_a_company_by_its_trade_alone_names_no_body(pipeline, text, kind):
    assert kind not in _labelled(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text", both_scripts([
    "寰宇电影公司宣布引进该片。电影公司特地邀请李威担任代言人。",
]))
def test_a_company_by_its_trade_after_its_full_name_stays(pipeline, text):
    assert "电影公司" in _labelled(pipeline, text, Label.ORGANIZATION)


@pytest.mark.parametrize("text, storm", both_scripts([
    ("受台风莫拉克影响，南部降下豪雨。", "莫拉克"),
    ("受热带风暴韦帕影响，航班取消。", "韦帕"),
]))
def test_a_storms_name_is_no_person_or_body(pipeline, text, storm):
    labels = {to_simplified(m.simplified): m.label for m in _mentions(pipeline, text)}
    assert labels.get(storm) not in (Label.PERSON, Label.ORGANIZATION)


def test_storm_names_keep_the_same_name_elsewhere():
    text = "受台风莫拉克影响，莫拉克先生说，凡亚比台风重创高雄"
    ms = [Mention("d", s, e, text[s:e], text[s:e], Label.PERSON, "crf") for s, e in ((3, 6), (9, 12), (16, 19))]
    assert [m.start for m in _storm_names(ms, text)] == [9]


@pytest.mark.parametrize("text", both_scripts([
    "受台风影响，南台湾降下豪雨。",
]))
def test_a_direction_before_a_place_is_no_place(pipeline, text):
    assert "南" not in _labelled(pipeline, text, Label.PLACE)


def test_a_direction_apart_from_a_place_stays():
    place = Mention("d", 2, 4, "台湾", "台湾", Label.PLACE, "gazetteer", code="TW")
    far = Mention("d", 0, 1, "南", "南", Label.PLACE, "crf")
    china = Mention("d", 1, 2, "中", "中", Label.PLACE, "crf")  # 中|台湾: China, no direction
    assert _directions_before_places([far, china], [place]) == [far, china]


@pytest.mark.parametrize("text", both_scripts([
    "马英九和吴伯雄见面，马吴两人达成共识，提早对外宣布结论。",
]))
def test_two_surnames_of_named_people_are_no_third_person(pipeline, text):
    people = _labelled(pipeline, text, Label.PERSON)
    assert "马吴" not in people
    assert {"马英九", "吴伯雄"} <= people


def test_a_two_letter_name_stays_where_one_surname_names_nobody():
    text = "马英九见了马吴两人，王明说"
    ms = [Mention("d", s, e, text[s:e], text[s:e], Label.PERSON, "crf") for s, e in ((0, 3), (5, 7), (10, 12))]
    assert [m.simplified for m in _surname_pairs(ms, [], load_lexicon(), text)] == ["马英九", "马吴", "王明"]


def test_two_surnames_without_a_pairs_word_after_stay():
    # a transliterated name may be two surnames (罗斯): only a pair's word after (两人, 配, 会) makes them a pair
    text = "罗德曼和斯科拉得分，罗斯全场表现平平"
    ms = [Mention("d", s, e, text[s:e], text[s:e], Label.PERSON, "crf") for s, e in ((0, 3), (4, 7), (10, 12))]
    assert "罗斯" in [m.simplified for m in _surname_pairs(ms, [], load_lexicon(), text)]


def test_a_two_letter_name_opening_a_named_persons_name_stays():
    text = "马吴生和吴伯雄，马吴两人说"
    ms = [Mention("d", s, e, text[s:e], text[s:e], Label.PERSON, "crf") for s, e in ((0, 3), (4, 7), (8, 10))]
    assert "马吴" in [m.simplified for m in _surname_pairs(ms, [], load_lexicon(), text)]


@pytest.mark.parametrize("text", both_scripts([
    "台当局拟8月公布施行两岸合拍电视剧处理原则。台当局“新闻局长”苏俊宾证实。",
]))
def test_a_places_own_word_is_no_body(pipeline, text):
    assert "台当局" not in _labelled(pipeline, text, Label.ORGANIZATION)
