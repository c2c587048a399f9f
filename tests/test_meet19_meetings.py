"""Who met whom and who visited where (session 19, meet19: zhkg.relate.meetings). Passages written for the purpose
in the style of news agency reports, both scripts, with the sentences that must stay unread: negation, plans and
wishes, a future meeting reported, people sitting in on someone else's meeting, a body met with no one named, the
person of a possessive."""

import pytest

from tests.helpers import both_scripts
from zhkg.config import Config
from zhkg.run.pipeline import Pipeline
from zhkg.stages.normalise import to_simplified

KINDS = ("MET_WITH", "VISITED")


def typed(pipeline, text):
    """(one end, kind, relation_zh, other end) of every MET_WITH and VISITED edge of ``text``, names and words in
    Simplified; a MET_WITH edge's names sorted (it has no direction)."""
    ex = pipeline.run_texts([("t", text)]).extraction
    names = {e.id: to_simplified(e.name) for e in ex.entities}
    out = []
    for r in ex.relations:
        if r.kind.value not in KINDS:
            continue
        a, b = names[r.source], names[r.target]
        if r.kind.value == "MET_WITH":
            a, b = sorted((a, b))
        out.append((a, r.kind.value, to_simplified(r.relation_zh), b))
    return sorted(out)


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # subject + titles before + verb + titles + the person met
        ("国家主席习近平会见美国总统奥巴马。", [("奥巴马", "MET_WITH", "会见", "习近平")]),
        ("国务院副总理李明华今天下午在中南海会见了来访的以色列总理内塔尼亚胡。",
         [("内塔尼亚胡", "MET_WITH", "会见", "李明华")]),
        # the other side after 与/同, then 举行会谈 / 通电话
        ("国务院总理温家宝3日在人民大会堂与马来西亚总理纳吉布举行会谈。", [("温家宝", "MET_WITH", "会谈", "纳吉布")]),
        ("日本首相桥本龙太郎今天下午与美国总统克林顿通电话。", [("克林顿", "MET_WITH", "通电话", "桥本龙太郎")]),
        ("克林顿总统还同俄罗斯总统叶利钦通电话谈此事。", [("克林顿", "MET_WITH", "通电话", "叶利钦")]),
        ("外交部长唐家璇是今天在同来访的斯里兰卡外长卡迪尔加马尔举行会谈时说这番话的。",
         [("卡迪尔加马尔", "MET_WITH", "会谈", "唐家璇")]),
        # a list after the verb: one edge each
        ("副总理钱其琛今天在这里会见了来访的厄立特里亚地方政府部长马哈茂德·谢里夫和卫生部长萨利赫·梅基。",
         [("萨利赫·梅基", "MET_WITH", "会见", "钱其琛"), ("钱其琛", "MET_WITH", "会见", "马哈茂德·谢里夫")]),
        # a delegation met: its named head met
        ("全国政协副主席陈俊生今天会见了以秘书长奇贝萨昆达为团长的赞比亚议会代表团。",
         [("奇贝萨昆达", "MET_WITH", "会见", "陈俊生")]),
        ("副总理李岚清今天在中南海会见了由主席温奈科率领的德意志研究联合会代表团。",
         [("李岚清", "MET_WITH", "会见", "温奈科")]),
        # two subjects listed before the verb both met the one after it
        ("罗伯特和尚慕杰会见了李岚清。", [("尚慕杰", "MET_WITH", "会见", "李岚清"), ("李岚清", "MET_WITH", "会见", "罗伯特")]),
        # a plan word after the verb describes the one met; 曾数次 before 通电话
        ("日本首相桥本龙太郎8日在东京会见了即将离任回国的中国驻日本大使徐敦信。",
         [("徐敦信", "MET_WITH", "会见", "桥本龙太郎")]),
        ("据报道，唐家璇与奥尔布赖特曾数次通电话，讨论了有关问题。", [("唐家璇", "MET_WITH", "通电话", "奥尔布赖特")]),
        # 在会见…时说
        ("伊朗总统哈塔米在会见来访的日本外务省政务次官高村正彦时说，对话是和平的前提。",
         [("哈塔米", "MET_WITH", "会见", "高村正彦")]),
    ]),
)
def test_meetings_read(pipeline, text, expected):
    assert typed(pipeline, text) == sorted((*sorted((a, b))[:1], k, w, *sorted((a, b))[1:]) for a, k, w, b in expected)


@pytest.mark.parametrize(
    "text",
    both_scripts([
        # negation, plans and wishes, a future meeting reported
        "王明华未会见李四海。",
        "在京期间，林敬益还将会晤国务委员吴仪等政府高级官员。",
        "消息说，届时克林顿将出席会议，奥尔布赖特将分别与内塔尼亚胡和阿拉法特举行会谈。",
        "张建国表示，希望下月与李志强举行会谈。",
        "刘德明拒绝会见王国华。",
        # people who sat in on someone else's meeting
        "外交部副部长杨洁篪和美国驻华大使尚慕杰会见时在座。",
        "中联部部长戴秉国、韩国驻华大使权炳铉等参加了会见。",
        # a body met, no person named; a possessive: the envoy is met, not the president
        "全国政协主席李瑞环26日在巴黎会见了法国参议院法中友好小组成员。",
        "张三丰会见了奥巴马总统的特使王五洲。",
        # the two met others together; two listed after another's 与 met that one, not each other
        "日兴证券公司总经理金子昌资与旅行者集团董事长韦尔在东京共同会见记者。",
        "他就有关问题分别与黎总统赫拉维、议长贝里和总理哈里里举行了会谈。",
        # a transliterated name cut on its left is no one to have met
        "国务院总理朱镕基今天上午在人民大会堂会见来访的斯里兰卡外长拉克什曼·卡迪尔加马尔时表示。",
    ]),
)
def test_meetings_refused(pipeline, text):
    assert [e for e in typed(pipeline, text) if e[1] == "MET_WITH"] == []


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        ("国家主席胡锦涛18日抵达布拉迪斯拉发，开始对斯洛伐克进行国事访问。", [("胡锦涛", "VISITED", "访问", "斯洛伐克")]),
        ("伊朗前总统拉夫桑贾尼于今年3月访问利雅得，两国往来不断增加。", [("拉夫桑贾尼", "VISITED", "访问", "利雅得")]),
        # a visit still to come, or wished for
        ("出席会议后，胡锦涛将于16日至18日对俄罗斯进行国事访问。", []),
        ("他表示期待着江泽民主席访问南非。", []),
        ("他说，克林顿访问中国期间，两国领导人将签署多项协议。", []),
        ("川奈会晤确定了时间表，即今年秋天桥本首相正式访问俄罗斯，明年叶利钦总统正式访问日本。", []),
    ]),
)
def test_visits(pipeline, text, expected):
    assert [e for e in typed(pipeline, text) if e[1] == "VISITED"] == expected


@pytest.mark.parametrize("text", both_scripts(["国务院副总理钱其琛今天在中南海会见了以色列总理内塔尼亚胡。"]))
def test_met_with_ends_sorted_and_written_as_read(pipeline, text):
    """The edge runs from the smaller id to the larger, whichever side met the other; the verb is in the text's script;
    the evidence keeps the sentence and the document."""
    ex = pipeline.run_texts([("t", text)]).extraction
    rels = [r for r in ex.relations if r.kind.value == "MET_WITH"]
    assert len(rels) == 1
    assert rels[0].source < rels[0].target
    assert rels[0].relation_zh == text[text.index("会见" if "会见" in text else "會見"):][:2]
    assert rels[0].evidence.doc_id == "t" and rels[0].evidence.sentence == text


def test_meetings_can_be_left_out():
    """Without the reader in Config.relations there is no MET_WITH edge."""
    relations = tuple(r for r in Config().relations if r != "meetings")
    assert "meetings" in Config().relations
    ex = Pipeline(Config(relations=relations)).run_texts([("t", "国家主席习近平会见美国总统奥巴马。")]).extraction
    assert not [r for r in ex.relations if r.kind.value == "MET_WITH"]


def test_page_colours_of_the_new_kinds_are_their_own():
    """MET_WITH and VISITED are drawn in colours no other kind of the page has (a merge that reused one would make
    two kinds look alike on the page and in its legend)."""
    from zhkg.export.html_payload import _EDGE_COLOURS, _EDGE_GREY

    for kind in KINDS:
        others = [c for k, c in _EDGE_COLOURS.items() if k != kind]
        assert _EDGE_COLOURS[kind] not in others and _EDGE_COLOURS[kind] != _EDGE_GREY
