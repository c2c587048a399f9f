"""Session 27 (long33): one very long line of news (a single paragraph) linked its places in time growing faster than
its length: each unlinked place name asked ``Gazetteer.choose`` for the paragraph's places and then, again, for the
document's, the same places on one line; each round sorted those places once a name; and ``Gazetteer.related``
walked both divisions' chains up to the country at every one of those millions of questions.

The divisions above a code are now worked out once a code, a scope is sorted once a round, and a paragraph that names
every place of the document is not asked about twice. These tests check that the answers are those of a plain walk
up the chain, and count the work, which no longer grows with the number of questions; no timing.
"""

from __future__ import annotations

import pytest
from test_audit13_location import located

from zhkg.extract.places import _Hit, _link
from zhkg.resources.gazetteer import COUNTRY_CODE, Division, Gazetteer, load_gazetteer


def _walk(g: Gazetteer, code: str) -> list[str]:
    """The codes above ``code``, found by following parent codes (the reading before this round)."""
    out, seen = [], {code}
    division = g.get(code) if code in g else None
    while division is not None and division.parent_code in g and division.parent_code not in seen:
        division = g.get(division.parent_code)
        out.append(division.code)
        seen.add(division.code)
    return out


def _small() -> Gazetteer:
    return Gazetteer([Division("CN", "中国", "", 0), Division("110000", "北京市", "CN", 1),
                      Division("110105", "朝阳区", "110000", 3), Division("110117", "平谷区", "110000", 3),
                      Division("210000", "辽宁省", "CN", 1), Division("211300", "朝阳市", "210000", 2),
                      Division("211302", "双塔区", "211300", 3), Division("110117100", "平谷镇", "110117", 4)])


def test_ancestors_and_related_read_as_a_walk_up_the_chain():
    g = _small()
    codes = [d.code for d in g] + ["nowhere"]
    for a in codes:
        assert [d.code for d in g.ancestors(a)] == _walk(g, a)
        for b in codes:
            plain = COUNTRY_CODE not in (a, b) and (a == b or b in _walk(g, a) or a in _walk(g, b))
            assert g.related(a, b) == plain, (a, b)
    # asked again, from the table: the same answers
    assert [d.code for d in g.ancestors("110117100")] == ["110117", "110000", "CN"]
    assert g.ancestors("nowhere") == () and not g.related("nowhere", "110000")


class _CountingParents(Gazetteer):
    calls = 0

    def parent(self, code):
        type(self).calls += 1
        return super().parent(code)


def test_related_walks_each_chain_once_however_often_asked():
    g = _CountingParents([Division("CN", "中国", "", 0), Division("110000", "北京市", "CN", 1),
                          Division("110117", "平谷区", "110000", 3), Division("110117100", "平谷镇", "110117", 4)])
    for _ in range(1000):
        assert g.related("110117100", "110000") and not g.related("110117100", "CN")
    # one walk up from each of the two codes (3 and 2 steps, and the step that finds no parent): not 1000 of them
    assert _CountingParents.calls <= 10


class _CountingChoices(Gazetteer):
    asked: list = []

    def choose(self, candidates, context_codes=(), **flags):
        context = tuple(context_codes)
        type(self).asked.append((tuple(candidates), context, tuple(sorted(flags.items()))))
        return super().choose(candidates, context, **flags)


def test_one_paragraph_is_not_asked_about_twice():
    real = load_gazetteer()
    g = _CountingChoices.__new__(_CountingChoices)
    g.__dict__.update(real.__dict__)
    # one paragraph: 朝阳 and 鼓楼 name several places each; 北京 links at once and narrows 朝阳 to its district
    hits = [_Hit(0, 2, "北京", False, 0), _Hit(3, 5, "朝阳", False, 0), _Hit(6, 8, "鼓楼", False, 0)]
    plain = _link(hits, real)
    _CountingChoices.asked.clear()
    assert _link(hits, g) == plain
    assert plain[hits[1]] is not None and plain[hits[1]].code == "110105"
    asked = _CountingChoices.asked
    assert not any(a == b for a, b in zip(asked, asked[1:])), "the same question asked twice in a row"
    # in two paragraphs the document is still asked after the paragraph
    _CountingChoices.asked.clear()
    apart = [_Hit(0, 2, "北京", False, 0), _Hit(3, 5, "朝阳", False, 1), _Hit(6, 8, "鼓楼", False, 1)]
    linked = _link(apart, g)
    assert linked == _link(apart, real)
    assert linked[apart[1]] is not None and linked[apart[1]].code == "110105"


@pytest.mark.parametrize("text, edge", [
    # the longest place the organisation's name opens with, the city before its district (as before this round)
    ("上海市浦东新区人民法院今天宣判。上海市的法官和浦东新区的律师出席。", ("上海市浦东新区人民法院", "上海市")),
    ("广州市天河区教育局发布通知。广州和天河区的学校都要执行。", ("广州市天河区教育局", "广州市")),
    ("沙田区议会昨天开会。区议会共有41名议员。", ("沙田区议会", "沙田区")),
])
def test_an_organisation_is_still_in_the_place_its_name_opens_with(pipeline, text, edge):
    assert located(pipeline, text) == {edge}
