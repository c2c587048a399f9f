"""speed15b: searches that replaced patterns compiled per document find what those patterns found.

``find_any(..., not_before=, not_after=)`` stands in for ``(?<![…])(?:names)(?![…])`` (Latin organisation names),
and the user's lexicon patterns are compiled once per lexicon; each is checked against the pattern it replaced,
at the edges its lookbehind and lookahead guarded, in both scripts.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

import pytest
from helpers import both_scripts

from zhkg.extract.latin_organisations import latin_organisations
from zhkg.extract.organisations import _listed
from zhkg.extract.people import _listed_candidates
from zhkg.resources.lexicon import load_lexicon
from zhkg.text import find_any

# what the old pattern of latin_organisations refused before and after a name
_BEFORE = r"A-Za-z0-9&.\-"
_AFTER = r"A-Za-z0-9&\-"
_LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789&-"


def _old_spans(names, text: str, before: str = _BEFORE, after: str = _AFTER) -> list[tuple[int, int]]:
    """The search replaced: one pattern of the names, longest first, with a lookbehind and a lookahead."""
    alternation = "|".join(map(re.escape, sorted(set(names), key=lambda n: (-len(n), n))))
    return [m.span(1) for m in re.finditer(rf"(?<![{before}])({alternation})(?![{after}])", text)]


EDGES = both_scripts([
    # a letter, a digit, &, a dot or a hyphen before the name: no name there; a dot after it is allowed
    ("据外媒报道，eBay与Google合作，XGoogle和3Google不是，&Google、.Google、-Google也不是。", ["Google", "eBay"]),
    ("苹果公司Apple.与Apple-Store和AppleX及Apple1、Apple&Co都在中关村。", ["Apple", "Apple&Co"]),
    # a longer name that runs into a letter leaves its place to a shorter one, which may stand
    ("华纳兄弟Warner BrosX的电影，Warner Bros公司出品，Warner说。", ["Warner Bros", "Warner", "Bros"]),
    # overlapping names: the longest at the first place wins, the rest start after it
    ("H&M和H&M Home在上海开店，M Home不是另一家。", ["H&M", "H&M Home", "M Home", "Home"]),
    # at the text's start and end
    ("KAYAK与Expedia竞争KAYAK", ["KAYAK", "Expedia"]),
])


@pytest.mark.parametrize(("text", "names"), EDGES)
def test_find_any_with_bounds_finds_what_the_lookaround_pattern_found(text, names):
    new = find_any(names, text, not_before=_LATIN + ".", not_after=_LATIN)
    assert new == _old_spans(names, text)
    assert new  # each row has a name standing free


def test_find_any_with_bounds_matches_the_pattern_on_generated_text():
    """Random strings over a small alphabet put every guarded character before and after every name."""
    rng = random.Random(15)
    alphabet = "AB&.-1中文，"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        names = {"".join(rng.choice("AB&.-1中") for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 4))}
        assert find_any(names, text, not_before=_LATIN + ".", not_after=_LATIN) == _old_spans(names, text), (
            text, sorted(names))


def test_find_any_with_bounds_and_an_empty_word_leaves_it_to_re():
    text = "A中B"
    assert find_any(["", "中"], text, not_before="A", not_after="B") == [
        m.span() for m in re.finditer(r"(?<![A])(?:中|)(?![B])", text)]


@pytest.mark.parametrize(("text", "expected"), both_scripts([
    ("据悉，Google公司和KAYAK合作；XGoogle、Google-X、3KAYAK不在其列，Google.的说法和KAYAK都出现了。",
     ["Google公司", "KAYAK", "Google", "KAYAK"]),
    ("他是SuperDeluxe和PechaKucha的创始人之一，eSuperDeluxe不是，SuperDeluxe成立于2002年。",
     ["SuperDeluxe", "PechaKucha", "SuperDeluxe"]),
]))
def test_latin_organisations_keep_their_edges(text, expected):
    from zhkg.stages.normalise import to_simplified

    text = to_simplified(text)  # the extractor reads the normalised text
    assert [text[s:e] for s, e in latin_organisations(text)] == expected


def _lexicon_with(**tables):
    return replace(load_lexicon(), **tables)


@pytest.mark.parametrize("text", both_scripts(["溪畔读书会与溪畔读书会联盟今天在西湖边举办活动，溪畔读书会会员说。"]))
def test_listed_organisations_are_found_per_lexicon(text):
    from zhkg.stages.normalise import to_simplified

    simplified = to_simplified(text)
    first = _lexicon_with(organisations=("溪畔读书会", "溪畔读书会联盟"))
    other = _lexicon_with(organisations=("西湖",))
    names = [simplified[s:e] for s, e, _ in _listed(simplified, first)]
    assert names == ["溪畔读书会", "溪畔读书会联盟", "溪畔读书会"]
    # a second lexicon has its own pattern, and the first's is still its own
    assert [simplified[s:e] for s, e, _ in _listed(simplified, other)] == ["西湖"]
    assert [simplified[s:e] for s, e, _ in _listed(simplified, first)] == names


@pytest.mark.parametrize("text", both_scripts(["记者林小溪报道，林小溪和林小溪溪说，王大明也在场。"]))
def test_listed_people_are_found_per_lexicon(text):
    from zhkg.stages.normalise import to_simplified

    simplified = to_simplified(text)
    first = _lexicon_with(people=("林小溪", "林小溪溪"))
    other = _lexicon_with(people=("王大明",))
    assert [simplified[s:e] for s, e, _ in _listed_candidates(simplified, first)] == ["林小溪", "林小溪", "林小溪溪"]
    assert [simplified[s:e] for s, e, _ in _listed_candidates(simplified, other)] == ["王大明"]
