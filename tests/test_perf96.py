"""Session 34's perf96: one long document's time grew faster than its length where a rule scanned the whole text once a
name (settle_person_spans' counts, the worded-bodies rule's finds, people_not_pieces, membership's latent people), looked
at every mention at each place (the worded-bodies rule's clashes, RelationContext.derive_mention, membership's overlap
tests), searched the whole text before each number for a pattern ending there (count nouns) or worked a document's
organisation names out again at each derived one (document_company). Each now reads what it needs once; the tests pin
the answers of the old code (patched back as the reference) on both scripts, and the helpers against plain ``str``."""

from __future__ import annotations

import random
import re

import pytest
from helpers import both_scripts

from zhkg.extract import company_mentions, count_nouns, document_names, worded_bodies
from zhkg.records import Label, MentionSource
from zhkg.relate import membership
from zhkg.relate.base import DERIVED, RelationContext
from zhkg.stages import resolve_companies
from zhkg.stages.entity_groups import entity_id
from zhkg.stages.resolve_companies import document_company
from zhkg.text import WordPlaces

# made up, each named again and again as in a long document: names a character too long (林柏宏聊), two names run
# together (宋芸桦邱泽), a name's piece read as a place (川|普通电话), a body's short name before its kind (鸿海集团,
# 尼克斯队), a person named again where no mention is (高群书), members with qualifiers (主力中锋), counts with a
# bracketed qualifier or a place word before their number (签证(J1)35.36万个, 在全台已达6,800家), organisations
# derived by the role readers (浦发银行董事会秘书)
TEXTS = [
    "林柏宏聊新片。林柏宏说，林柏宏和宋芸桦合作。宋芸桦邱泽到场，邱泽说。哈哈哈，王海峰说王海峰来了。",
    "盛传鸿海董事长郭台铭将访美。鸿海集团今天表示，鸿海将在成都建厂。尼克斯队击败湖人，尼克斯主帅表示满意。",
    "美国总统川普今天表示。首相与川普通电话。川普说，川普集团将投资。",
    "高群书执导的电影上映。记者见到了高群书，他最近加盟银润传媒。湖人队主力中锋加索尔得到20分，替补老将费舍尔助攻。",
    "美国发放签证(J1)35.36万个。台积电门市在全台已达6,800家。上海报告确诊病例3例，住房2.5万套。",
    "浦发银行董事会秘书王小明表示，上海浦东发展银行股份有限公司将增资。绿瘦国际集团西安分公司总经理李明说。",
]
LONG = "".join(TEXTS) * 3


class _ScanPlaces:
    """The finds and counts as the code read them before perf96: one scan of the whole text a word."""

    calls = 0

    def __init__(self, text: str, words=()) -> None:
        self.text = text

    def starts(self, word: str) -> list[int]:
        _ScanPlaces.calls += 1
        found, i = [], self.text.find(word)
        while i >= 0:
            found.append(i)
            i = self.text.find(word, i + 1)
        return found

    def apart(self, word: str) -> list[int]:
        _ScanPlaces.calls += 1
        found, i = [], self.text.find(word)
        while i >= 0:
            found.append(i)
            i = self.text.find(word, i + len(word))
        return found

    def count(self, word: str) -> int:
        _ScanPlaces.calls += 1
        return self.text.count(word)


class _AllSpans:
    """An index answering overlap questions by looking at every mention, as the worded-bodies rule did."""

    def __init__(self, mentions=()) -> None:
        self.mentions = list(mentions)

    def add(self, m) -> None:
        self.mentions.append(m)

    def overlapping(self, span) -> list:
        return [o for o in self.mentions if o.start < span.end and span.start < o.end]


def _old_derive_mention(self, start, end, label, canonical="", code="", extractor=""):
    """RelationContext.derive_mention before perf96: every mention looked at."""
    name = canonical or self.simplified[start:end]
    if label is Label.ORGANIZATION and name == self.simplified[start:end] and len(name) >= 3:
        name = self.contractions.get(name, name)
        company = document_company(name, self.org_names, self.place_names)
        if not any(m.label is Label.ORGANIZATION and m.canonical == company and m.start < end and start < m.end
                   for m in self.mentions):
            name = company
        name = self.written_orgs.get(name, name) if name not in self.org_names else name
    for m in self.mentions + self.derived:
        if m.label is label and (m.start, m.end) == (start, end) and m.name == name \
                and m.extractor == (extractor or m.extractor):
            return m
    from zhkg.records import Mention
    m = Mention(self.doc.id, start, end, self.text[start:end], self.simplified[start:end], label,
                extractor or DERIVED, canonical=name, code=code)
    self.derived.append(m)
    self.owner[m] = entity_id(m)
    if label is Label.PERSON:
        self.person_starts.add(start)
    return m


def _old_stems(names):
    return resolve_companies._stems.__wrapped__(names)


_old_stems.__wrapped__ = resolve_companies._stems.__wrapped__


def _extraction(pipeline, text: str) -> tuple[list[str], list[str]]:
    result = pipeline.run_texts([("perf96", text)]).extraction
    return [repr(m) for m in result.mentions], sorted(repr(r) for r in result.relations)


def _patch_old(monkeypatch) -> None:
    for module in (document_names, worded_bodies, membership):
        monkeypatch.setattr(module, "WordPlaces", _ScanPlaces)
    monkeypatch.setattr(worded_bodies, "SpanIndex", _AllSpans)
    monkeypatch.setattr(count_nouns, "_TAIL", 10**9)  # the whole text before the number searched
    monkeypatch.setattr(RelationContext, "derive_mention", _old_derive_mention)
    monkeypatch.setattr(RelationContext, "any_between",
                        lambda self, lo, hi: any(m.start < hi and m.end > lo for m in self.mentions))
    monkeypatch.setattr(resolve_companies, "_stems", _old_stems)


@pytest.mark.parametrize("text", both_scripts([*TEXTS, LONG]))
def test_the_document_reads_as_with_the_old_scans(monkeypatch, pipeline, text) -> None:
    new = _extraction(pipeline, text)
    with monkeypatch.context() as patch:
        _patch_old(patch)
        old = _extraction(pipeline, text)
    assert new == old


def test_the_samples_reach_the_changed_rules(monkeypatch, pipeline) -> None:
    # what the rules above change on these texts: a span settled, two names apart, a body read; the old scans run
    mentions = {(m.simplified, m.label.value) for m in pipeline.run_texts([("perf96", LONG)]).extraction.mentions}
    assert {("林柏宏", "PERSON"), ("邱泽", "PERSON"), ("宋芸桦", "PERSON"), ("鸿海", "ORGANIZATION")} <= mentions
    _ScanPlaces.calls = 0
    _patch_old(monkeypatch)
    _extraction(pipeline, LONG)
    assert _ScanPlaces.calls > 100
    assert ("林柏宏聊", "PERSON") not in mentions and ("宋芸桦邱泽", "PERSON") not in mentions


WORDS = ["哈哈", "哈哈哈", "王海峰", "王海", "海峰", "峰", "哈", "说王", "了", "王海峰来了", "不在"]


@pytest.mark.parametrize("text", both_scripts(["哈哈哈，王海峰说王海峰来了。王海王海峰王海峰峰", "哈哈哈哈哈"]))
def test_word_places_answer_as_str_does(text) -> None:
    places = WordPlaces(text, WORDS[:-3])  # the last three not given: the text's own find
    scan = _ScanPlaces(text)
    for word in [w for w in WORDS + [text[:3], text[-2:], text] if w]:
        assert (places.starts(word), places.apart(word), places.count(word)) == (
            scan.starts(word), scan.apart(word), text.count(word)), word
        assert places.count(word) == text.count(word)  # asked again: the kept answer


def test_word_places_on_random_text() -> None:
    rng = random.Random(96)
    for _ in range(2000):
        text = "".join(rng.choice("王海峰哈") for _ in range(rng.randint(0, 30)))
        words = ["".join(rng.choice("王海峰哈") for _ in range(rng.randint(1, 4))) for _ in range(6)]
        places, scan = WordPlaces(text, words[:4]), _ScanPlaces(text)
        for word in words:
            assert places.starts(word) == scan.starts(word)
            assert places.apart(word) == scan.apart(word)
            assert places.count(word) == text.count(word)


def test_a_list_of_starts_is_the_callers_own() -> None:
    places = WordPlaces("王海王海", ["王海"])
    places.starts("王海").append(99)
    assert places.starts("王海") == [0, 2]


@pytest.mark.parametrize("pattern", [count_nouns._QUALIFIER_BEFORE, count_nouns._WHERE_BETWEEN])
def test_end_anchored_patterns_found_in_the_tail(pattern) -> None:
    rng = random.Random(34)
    pieces = ["签证", "(J1)", "（美国东部-1）", "在全台", "在国内外", "在本", "\n", "门市", "(", "）", "在"]
    for _ in range(3000):
        head = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        whole = pattern.search(head)
        tail = pattern.search(head, max(0, len(head) - count_nouns._TAIL))
        assert (whole and whole.span()) == (tail and tail.span()), head
    # the longest match the pattern allows starts within the tail (a line break after it included)
    longest = {count_nouns._QUALIFIER_BEFORE: "（" + "一" * 8 + "）\n", count_nouns._WHERE_BETWEEN: "在国内一\n"}[pattern]
    assert re.fullmatch(r"[\s\S]*", longest) and len(longest) <= count_nouns._TAIL
    assert pattern.search("前文" * 50 + longest, len("前文" * 50 + longest) - count_nouns._TAIL) is not None


def test_document_company_is_the_same_from_a_frozen_set_kept() -> None:
    names = ["绿瘦国际集团公司", "西安三奇", "中信", "平安", "平安证券"]
    for name in ["绿瘦国际集团", "中信银行", "平安银行", "西安三奇公司", "北京公司"]:
        assert document_company(name, frozenset(names)) == document_company(name, names)
    # another document's names: not the first one's stems
    assert document_company("中信银行", frozenset(["中信"])) == "中信"
    assert document_company("中信银行", frozenset(["招商"])) == "中信银行"


def test_add_organisation_gives_a_new_list_when_nothing_is_dropped(nlp) -> None:
    from zhkg.text import SpanIndex

    doc = nlp("鸿海集团今天表示。")
    mentions: list = []
    out = company_mentions.add_organisation(mentions, doc, 0, 4, MentionSource.ORG_AGAIN, SpanIndex(), set())
    assert out is not mentions and mentions == [] and [m.text for m in out] == ["鸿海集团"]
