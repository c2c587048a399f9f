"""Session 32 (tidy62): ``read_counts`` read as its steps, and one sentence-break pattern, with no behaviour change.

``zhkg.relate.counts.read_counts`` was one 775-line function whose 34 readers were closures over its locals. It now
gathers the candidates (``_candidate_spots``), builds ``_CountOwners`` (the document's state, the readers as its
methods) and reads each count with ``_CountOwners.read``, which calls its steps in order. These tests hold that shape
and the owner each step decides, as written and in Traditional (OpenCC s2hk, s2tw); and that the four modules that
copied the sentence-break pattern now use ``zhkg.text.SENTENCE_BREAK`` itself.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import textwrap
from pathlib import Path

import pytest
from helpers import COUNT_SCRIPTS, count_owners, in_script

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "pipeline" / "zhkg"

# The steps of one count's reading, in the order ``_CountOwners.read`` takes them.
# (owners138: an epithet, 三大名茶, kept from a place or an earlier clause's holder, after a count too; owners170: votes
# a person wins, read first)
STEPS = ["epithet_apart", "write_edge", "votes_won", "counts_no_holder", "owned_by_form", "clause_holder", "holder_around",
         "owned_in_clause_or_by_list", "further_holder", "kept", "said_apart", "epithet_apart", "write_edge"]


def _calls_in_order(function) -> list[str]:
    """The ``self.<name>(…)`` calls of ``function``'s body, in source order."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
             and isinstance(n.func.value, ast.Name) and n.func.value.id == "self"]
    return [c.func.attr for c in sorted(calls, key=lambda c: (c.lineno, c.col_offset))]


def test_tidy62_read_counts_is_its_steps():
    from zhkg.relate import counts

    assert len(inspect.getsource(counts.read_counts).splitlines()) < 30
    assert _calls_in_order(counts._CountOwners.read) == STEPS


def test_tidy62_every_step_and_reader_says_what_it_decides():
    from zhkg.relate.count_candidates import _candidate_spots
    from zhkg.relate.counts import _CountOwners

    # its own steps and the readers it inherits from the mixins tidy106 moved them to
    methods = [f for cls in _CountOwners.__mro__ for f in vars(cls).values() if inspect.isfunction(f)]
    assert len(methods) > 40
    for f in [_candidate_spots, *methods]:
        assert f.__doc__ and len(f.__doc__.split()) >= 5, f.__name__


def test_tidy62_no_reader_is_a_closure_left_in_read_counts():
    from zhkg.relate.counts import read_counts

    tree = ast.parse(textwrap.dedent(inspect.getsource(read_counts)))
    nested = [n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name != "read_counts"]
    assert nested == []


# (text, counted head in Simplified, its owners in Simplified): one row per step of _CountOwners.read
OWNERS = [
    # counts_no_holder: people a nationality names are no one's
    ("约有2000名台湾旅客滞留日本。", "旅客", set()),
    # owned_by_form: a body named inside the count, right before its members
    ("全国人大常委会今天开会，207名全国人大代表出席。", "人大代表", {"全国人民代表大会"}),
    # owned_by_form: a market-wide count: the place written with 市场
    ("深圳市场上共有120只基金。", "基金", {"深圳市"}),
    # clause_holder: the subject, not the body after 在
    ("民建联在今届立法会有13名议员。", "议员", {"民建联"}),
    # clause_holder: the other party of 与 rules any owner out
    ("穆萨还与巴方签署了13项合作协议。", "协议", set()),
    # clause_holder: the last of a list of bodies whose people are counted; the place opening the clause owns them
    # (listed_of reads the clause of the count being read, once a closure's late-bound variable, now an argument)
    ("拉萨市各大中学校、企事业单位、解放军和武警部队的近万名团员青年参加了活动。", "团员青年", {"拉萨市"}),
    # holder_around: the part shares the owner of the whole it is part of
    ("立法会全体70名议员中有40人投票。", "人", {"立法会"}),
    # further_holder: the next clause's subject owns a count fronted before it
    ("春节之前的4场比赛，江苏队输了其中的3场。", "比赛", {"江苏队"}),
    # further_holder: members of a body of their kind the sentence names, though a verb governs it
    ("温家宝来到湖南大学，行至图书馆前，面对数千名学生。", "学生", {"湖南大学"}),
    # kept: people a court judges are no one's; people arrested are the arresting body's since counts320, never a
    # place's (the police no mention here: no one's, as before counts320; mend322)
    ("高等法院昨日判决5名被告无罪。", "被告", set()),
    ("香港警方昨日拘捕两名男子。", "男子", set()),
    # kept: an unnamed company 该公司 stands for owns nothing
    ("许多券商立志做全能的资产管理公司。该公司共有员工300名。", "员工", set()),
    # write_edge through an anaphor: 该公司 stands for the company before it
    ("广发基金昨日公告。该公司中标两家公司的托管业务。", "公司", {"广发基金"}),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, counted, owners", OWNERS, ids=[row[0][:10] for row in OWNERS])
def test_tidy62_owner_of_each_step(pipeline, script, text, counted, owners):
    from zhkg.stages.normalise import to_simplified

    got = {to_simplified(k): {to_simplified(n) for n in v} for k, v in count_owners(pipeline, in_script(text, script)).items()}
    assert counted in got, got
    assert got[counted] == owners, got


def test_tidy62_a_text_without_counts_has_no_count_edge(pipeline):
    assert count_owners(pipeline, "广发基金昨日公告。") == {}


# The modules that had their own copy of the sentence-break pattern, and the name each uses now.
SENTENCE_BREAK_USERS = [("zhkg.extract.listed_companies", "SENTENCE_BREAK"), ("zhkg.extract.makers", "SENTENCE_BREAK"),
                        ("zhkg.extract.known_organisations", "_SENTENCE_END"), ("zhkg.relate.members_games", "SENTENCE_BREAK")]


@pytest.mark.parametrize("module, name", SENTENCE_BREAK_USERS)
def test_tidy62_the_shared_sentence_break_is_used_not_copied(module, name):
    from zhkg.text import SENTENCE_BREAK

    assert getattr(importlib.import_module(module), name) is SENTENCE_BREAK
    source = (PACKAGE / (module.split(".", 1)[1].replace(".", "/") + ".py")).read_text(encoding="utf-8")
    assert SENTENCE_BREAK.pattern not in source


@pytest.mark.parametrize("text, spans", [
    ("万海营收创新高；两岸问题。\n次行", [(0, 8), (8, 13), (13, 14), (14, 16)]),
    ("It rose! Then fell? ok", [(0, 8), (8, 19), (19, 22)]),
])
def test_tidy62_the_shared_sentence_break_ends_what_the_copies_ended(text, spans):
    from zhkg.text import SENTENCE_BREAK

    cuts = [0, *(m.end() for m in SENTENCE_BREAK.finditer(text)), len(text)]
    assert list(zip(cuts, cuts[1:])) == spans
