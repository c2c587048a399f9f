"""Session 22 (loc22): a county's short form opening a company's name (龙湖 of 龙湖地产, a Chongqing developer) is
no seat in that county (汕头's 龙湖区), and no place mention, unless the document writes the place in full or names
a place above or within it (issue 15's rule for bare short forms). Provinces (北京银行) and a division's own bodies
(平谷区政协, 平谷政协, 磐石人大) keep their place."""

import pytest

from zhkg.records import Document, Label, Mention
from zhkg.relate.base import RelationContext
from zhkg.relate.location import read_location
from zhkg.resources.gazetteer import load_gazetteer
from zhkg.stages.normalise import to_simplified
from zhkg.stages.resolve import _drop_brand_places

PLACES = {"龙湖": ("龙湖区", "440507"), "龙湖区": ("龙湖区", "440507"), "汕头": ("汕头市", "440500"),
          "广东": ("广东省", "440000"), "华安": ("华安县", "350629"), "福建": ("福建省", "350000"),
          "北京": ("北京市", "110000"), "平谷": ("平谷区", "110117"), "平谷区": ("平谷区", "110117"),
          "中国": ("中国", "CN"), "重庆": ("重庆市", "500000"), "磐石": ("磐石市", "220284"),
          "亦庄": ("亦庄镇", "110115004")}
ORGS = {"龙湖地产": "龙湖地产", "华安基金": "华安基金", "北京银行": "北京银行", "平谷区政协": "平谷区政协",
        "平谷政协": "平谷区政协", "龙湖区政府": "龙湖区政府", "磐石人大": "磐石市人大", "亦庄新城": "亦庄新城"}


def _mentions(text: str) -> list[Mention]:
    """Every organisation of ORGS and every place of PLACES the text writes, in either script: a place inside an
    organisation's name too, never one inside a longer place (龙湖 of 龙湖区)."""
    simplified = to_simplified(text)
    out, taken = [], set()
    for table, label in ((ORGS, Label.ORGANIZATION), (PLACES, Label.PLACE)):
        for form in sorted(table, key=len, reverse=True):
            at = simplified.find(form)
            while at >= 0:
                end = at + len(form)
                if label is Label.ORGANIZATION or taken.isdisjoint(range(at, end)):
                    canonical, code = (table[form], "") if label is Label.ORGANIZATION else table[form]
                    out.append(Mention("d", at, end, text[at:end], form, label, "x", canonical, code))
                    taken.update(range(at, end) if label is Label.PLACE else ())
                at = simplified.find(form, end)
    return sorted(out, key=lambda m: (m.start, -m.end))


def _located(text: str) -> set[tuple[str, str]]:
    mentions = _mentions(text)
    owner = {m: f"{m.label.value}:{m.canonical}" for m in mentions}
    ctx = RelationContext(Document("d", text), mentions, owner)
    return {(r.source.split(":", 1)[1], r.target.split(":", 1)[1]) for r in read_location(ctx)}


@pytest.mark.parametrize("text, expected", [
    # a county's short form named inside and outside the company's name, no parent: no seat
    ("龙湖地产发布公告，龙湖项目开盘。", set()),
    ("龍湖地產發布公告，龍湖項目開盤。", set()),
    ("华安基金发布公告，华安旗下货币基金规模增长。", set()),
    ("華安基金發布公告，華安旗下貨幣基金規模增長。", set()),
    ("龙湖地产发布公告，龙湖项目开盘，中国房价上涨。", set()),  # the country anchors no county
    ("龙湖地产发布公告，龙湖项目在重庆开盘。", set()),  # a place elsewhere anchors nothing
    # the parent or the full name in the document: a seat, as before
    ("龙湖地产发布公告，汕头龙湖项目开盘。", {("龙湖地产", "龙湖区")}),
    ("龍湖地產發布公告，汕頭龍湖項目開盤。", {("龙湖地产", "龙湖区")}),
    ("龙湖地产发布公告，广东龙湖项目开盘。", {("龙湖地产", "龙湖区")}),
    ("龙湖地产发布公告，龙湖区的龙湖项目开盘。", {("龙湖地产", "龙湖区")}),
    ("华安基金发布公告，福建华安旗下项目开工。", {("华安基金", "华安县")}),
    # controls: a province, a division's own body by its full or short name
    ("北京银行发布年报。", {("北京银行", "北京市")}),
    ("北京銀行發布年報。", {("北京银行", "北京市")}),
    ("平谷区政协召开会议。", {("平谷区政协", "平谷区")}),
    ("平谷區政協召開會議。", {("平谷区政协", "平谷区")}),
    ("平谷政协召开会议，平谷各界参加。", {("平谷区政协", "平谷区")}),
    ("龙湖区政府发布公告。", {("龙湖区政府", "龙湖区")}),
])
def test_a_county_short_form_seats_an_organisation_only_beside_its_parent(text, expected):
    assert _located(text) == expected


@pytest.mark.parametrize("text, kept", [
    ("龙湖地产发布公告，龙湖项目开盘。", ["龙湖"]),  # the one inside the name goes; the one outside is left
    ("龍湖地產發布公告，龍湖項目開盤。", ["龍湖"]),
    ("华安基金发布公告。", []),
    ("華安基金發布公告。", []),
    ("亦庄新城开盘。", []),  # a township's short form
    ("龙湖地产发布公告，汕头龙湖项目开盘。", ["龙湖", "汕头", "龙湖"]),
    ("龙湖地产发布公告，龙湖区的项目开盘。", ["龙湖", "龙湖区"]),
    ("华安基金发布公告，福建华安项目开工。", ["华安", "福建", "华安"]),
    ("北京亦庄新城开盘。", ["北京", "亦庄"]),
    ("北京银行发布年报。", ["北京"]),
    ("北京銀行發布年報。", ["北京"]),
    ("平谷区政协召开会议。", ["平谷区"]),
    ("平谷政协召开会议。", ["平谷"]),  # 平谷区政协: the division's own body
    ("磐石人大代表积极投身防控工作。", ["磐石"]),
    ("磐石人大代表積極投身防控工作。", ["磐石"]),
])
def test_a_brand_county_word_is_no_place_mention(text, kept):
    mentions = _drop_brand_places(_mentions(text), load_gazetteer())
    assert [m.text for m in mentions if m.label is Label.PLACE] == kept
    assert len([m for m in mentions if m.label is Label.ORGANIZATION]) == len(
        [m for m in _mentions(text) if m.label is Label.ORGANIZATION])


@pytest.mark.parametrize("code, context, expected", [
    ("440507", ["440500"], True),  # 龙湖区 beside 汕头市
    ("440507", ["440000"], True),  # beside 广东省
    ("440507", ["440507001"], True),  # a township within it
    ("440507", ["440507"], False),  # itself is no context
    ("440507", ["CN"], False),  # the country contains everything and singles out nothing
    ("440507", ["500000", "350629"], False),  # places elsewhere
    ("110115004", ["110000"], True),  # 亦庄镇 beside 北京
    ("440500", ["440507"], True),  # a place within it anchors a city too
    ("350629", [], False),
])
def test_anchored(code, context, expected):
    assert load_gazetteer().anchored(code, context) is expected


@pytest.fixture(scope="module")
def pipeline():
    from zhkg.config import Config
    from zhkg.run.pipeline import Pipeline

    return Pipeline(Config())


@pytest.mark.parametrize("text, expected", [
    ("北京银行发布年报。", {("北京银行", "北京市")}),
    ("北京銀行發布年報。", {("北京银行", "北京市")}),
    ("平谷区政协召开会议。", {("平谷区政协", "平谷区")}),
    ("平谷區政協召開會議。", {("平谷区政协", "平谷区")}),
    ("為村而戰 磐石人大代表積極投身疫情防控工作", {("磐石市人大", "磐石市")}),  # the seed graph's headline
    ("为村而战 磐石人大代表积极投身疫情防控工作", {("磐石市人大", "磐石市")}),
])
def test_controls_keep_their_seat_end_to_end(pipeline, text, expected):
    extraction = pipeline.run_texts([("d1", text)]).extraction
    names = {e.id: e.name for e in extraction.entities}
    assert {(names[r.source], names[r.target]) for r in extraction.relations
            if r.kind.value == "LOCATED_IN"} == expected
