"""Session 54 (tidy256): ``extract/count_phrase.py`` (794 lines) split, with no behaviour change.

- ``count_phrase._scan_head`` (one loop of 211 lines) is cut into named steps, each reading one part of the phrase and
  run in order on each word until one decides, and moves with the helpers only it reads to
  ``extract/count_head_scan``; ``_phrase_at`` hands its glued opening and its verbs opening the predicate to
  ``_glued_opening`` and ``_verb_opens_predicate``. ``count_phrase`` is well under the 800-line limit and no function
  of the two modules is longer than 80 lines.
- Callers import each name from the module defining it (no re-export); each module imports first without a cycle.
- Each step decides what the loop's check decided (hand-made words), and counts read through the steps keep their
  counted noun, as written and in Traditional (s2hk, s2tw).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from helpers import (
    COUNT_SCRIPTS,
    counts_in,
    docstring_and_imports,
    import_error_alone,
    imports_through,
    in_script,
    split_module,
    top_level_definitions,
)

ZHKG = Path(__file__).resolve().parents[1] / "pipeline" / "zhkg"
PHRASE, SCAN = "extract/count_phrase", "extract/count_head_scan"
MOVED_ON = "_scan_head _kind_ending _predicate_noun_ahead _names_before_noun _is_modifier".split()
STEPS = ("_limits _past_first_noun _opening _right_after_head _predicate_after_head _named_or_predicate "
         "_names_team_or_glossary _property _glued_end _head_or_modifier").split()


def _definitions(part: str) -> set[str]:
    """The names a module defines at its top level, annotated assignments (``_LENGTHS: dict[…] = {}``) too."""
    tree = ast.parse((ZHKG / f"{part}.py").read_text(encoding="utf-8"))
    annotated = {n.target.id for n in tree.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}
    return set(top_level_definitions(ZHKG / f"{part}.py")) | annotated


def _function_lengths(part: str) -> dict[str, int]:
    tree = ast.parse((ZHKG / f"{part}.py").read_text(encoding="utf-8"))
    return {n.name: n.end_lineno - n.lineno + 1 for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}


def test_tidy256_count_phrase_is_well_under_the_limit_and_no_function_is_long():
    assert len((ZHKG / f"{PHRASE}.py").read_text(encoding="utf-8").splitlines()) <= 600
    assert len((ZHKG / f"{SCAN}.py").read_text(encoding="utf-8").splitlines()) <= 800
    long = {name: n for part in (PHRASE, SCAN) for name, n in _function_lengths(part).items() if n > 80}
    assert long == {}


def test_tidy256_the_reading_moved_on_lives_in_count_head_scan_only():
    for name in MOVED_ON:
        assert name in _definitions(SCAN), name
        for other in (PHRASE, "extract/count_nouns", "extract/count_compounds"):
            assert name not in _definitions(other), (name, other)
        if name == "_scan_head":  # count_phrase runs it, imported at the top since tidy262: the very object
            assert getattr(split_module(PHRASE), name) is getattr(split_module(SCAN), name)
        else:
            assert not hasattr(split_module(PHRASE), name), name


@pytest.mark.parametrize("part", [PHRASE, SCAN])
def test_tidy256_each_module_exports_what_it_defines_and_says_so(part):
    doc, _ = docstring_and_imports(ZHKG / f"{part}.py")
    assert doc and "Caveats" in doc and "tidy256" in doc
    assert sorted(split_module(part).__all__) == sorted(_definitions(part))


@pytest.mark.parametrize("part", [PHRASE, SCAN])
def test_tidy256_callers_import_each_name_from_its_module_and_each_imports_alone(part):
    module = "zhkg." + part.replace("/", ".")
    assert imports_through(module, _definitions(part)) == []
    assert import_error_alone(module) == ""


def test_tidy256_the_steps_run_in_the_loop_s_order_each_saying_what_it_reads():
    from zhkg.extract import count_head_scan

    assert [step.__name__ for step in count_head_scan._STEPS] == STEPS
    assert all(len(step.__doc__ or "") > 60 for step in count_head_scan._STEPS)
    assert count_head_scan._STEPS[-1] is count_head_scan._head_or_modifier  # the one that never reads on


# ---- each step on words made by hand: (text, jieba's tag), one after another from offset 0


def _scan(pairs, *, cls_start=-1, glossary=None, **ends):
    from zhkg.extract.count_clauses import _Boundaries
    from zhkg.extract.count_head_scan import _Scan
    from zhkg.stages.segment import Word

    words, at = [], 0
    for i, (text, tag) in enumerate(pairs):
        words.append(Word(i, at, text, tag, False, tag == "w", False))
        at += len(text)
    token_at = tuple(w.i for w in words for _ in w.text)
    b = _Boundaries(frozenset(w.idx for w in words) | {at}, frozenset(w.end for w in words), token_at)
    s = _Scan(None, "".join(p[0] for p in pairs), tuple(words), 0, cls_start, b, glossary or {}, words[0])
    for name, value in ends.items():
        setattr(s, name, value)
    return s


def _step(name, s, i):
    from zhkg.extract import count_head_scan

    nxt = s.words[i + 1] if i + 1 < len(s.words) else None
    return getattr(count_head_scan, name)(s, s.words[i], nxt)


def test_tidy256_limits_stop_at_a_word_of_time_and_pass_a_noun():
    s = _scan([("学生", "n"), ("目前", "t"), ("家长", "n")], head_end=2)
    assert _step("_limits", s, 1) == "stop"
    assert _step("_limits", s, 2) is None


def test_tidy256_the_opening_reads_past_former_before_a_noun_only():
    assert _step("_opening", _scan([("前", "b"), ("议员", "n")]), 0) == "next"
    assert _step("_opening", _scan([("前", "b"), ("发言", "v")]), 0) is None


def test_tidy256_a_negated_modal_after_the_head_opens_the_predicate():
    s = _scan([("学生", "n"), ("无法", "n"), ("入学", "v")], head_end=2)
    assert _step("_predicate_after_head", s, 1) == "stop"
    assert _step("_predicate_after_head", _scan([("学生", "n"), ("无法", "n")]), 1) is None  # no head yet


def test_tidy256_a_spot_read_as_a_number_ends_the_head_and_reads_on():
    s = _scan([("候车", "vn"), ("点", "m"), ("。", "w")], verbal_end=2)
    assert _step("_glued_end", s, 1) == "next" and s.head_end == 3


def test_tidy256_a_glossary_word_across_tokens_moves_the_head_and_the_skip():
    s = _scan([("确诊", "v"), ("病例", "n")], glossary={"确诊病例": "confirmed case"})
    assert _step("_names_team_or_glossary", s, 0) == "next"
    assert (s.head_end, s.skip_to, s.first_head_end, s.only_verbs) == (4, 4, 4, False)


def test_tidy256_a_noun_moves_the_head_a_modifier_is_read_past_anything_else_stops():
    s = _scan([("大型", "b"), ("商场", "n"), ("对", "p")])
    assert _step("_head_or_modifier", s, 0) is None and s.head_end == -1 and not s.only_verbs
    assert _step("_head_or_modifier", s, 1) is None and (s.head_end, s.first_head_end) == (4, 4)
    assert _step("_head_or_modifier", s, 2) == "stop"


# ---- counts read through the steps, as written and in Traditional

READ = [
    ("全市新增8000个再就业岗位。", [(8000.0, "岗位")]),  # the opening: 再 + a verb describes the noun
    ("会上共有100多名前议员发言。", [(100.0, "议员")]),  # the opening: 前 (former)
    ("4500间商店获发牌照。", [(4500.0, "商店")]),  # the predicate: a verb of receiving
    ("全区设有9个社区养老服务点。", [(9.0, "服务点")]),  # past the first noun: a compound closing on its noun
    ("上百名华裔工人参加了活动。", [(100.0, "工人")]),  # a name describing the noun after it
    ("今年收到近3万份入学申请。", [(30000.0, "申请")]),  # applications after a classifier of papers
    ("新建了120处投票所。", [(120.0, "投票所")]),  # a facility's last letter left alone
    ("车站设四个候车点。", [(4.0, "候车点")]),  # a spot's 点 read as a number
    ("三名学生无法入学。", [(3.0, "学生")]),  # a negated modal
    ("修改两部条例时，委员会听取意见。", [(2.0, "条例")]),  # a clause of time
    ("5起疑似食物中毒，", [(5.0, "食物中毒")]),  # a run of words of an event
    ("三位老总作客搜狐，", [(3.0, "老总")]),  # a verb jieba tags a noun before a name
    ("4只基金战胜大盘。", [(4.0, "基金")]),  # a verb jieba tags a noun, in the list
    ("6只基金错失了机会。", [(6.0, "基金")]),  # a word taking 了
    ("二十余家知名留学(微博)机构参展。", [(20.0, "机构")]),  # a link's note after a verb, after 家
    ("共接到500份投诉。", [(500.0, "投诉")]),  # a complaint alone after its classifier
    ("三幢商业塔楼和商场。", [(3.0, "塔楼")]),  # a building jieba tags a place
    ("5个部门相关负责人出席。", [(5.0, "部门")]),  # 相关 before people: the departments
    ("4份环保相关文件。", [(4.0, "文件")]),  # 相关 between two nouns
    ("80宗工业意外。", [(80.0, "意外")]),  # a noun jieba tags an adjective
    ("12架波音787客机。", [(12.0, "客机")]),  # a maker and its model number
    ("三位型男登场。", [(3.0, "型男")]),  # a suffix jieba split from its noun
    ("30名代表投反对票。", [(30.0, "代表")]),  # a one-character verb after the head
    ("25万外国学生就读于德国高校。", [(250000.0, "学生")]),  # a verb ending in 于
    ("2个社区隔离设施。", [(2.0, "设施")]),  # a noun a compound closes on
    ("在6场比赛情况下，", [(6.0, "比赛")]),  # the frame 情况下
    ("10场比赛赢下8场。", [(10.0, "比赛")]),  # an unknown word before a number
    ("200多个抗洪理赔组。", [(200.0, "理赔组")]),  # a team named by its work
    ("两个人出面调解。", [(2.0, "人")]),  # the word after 人 alone
    ("8家医院员工发生冲突。", [(8.0, "医院")]),  # 家 counts the hospitals, not their staff
    ("3只偏股基金长城双动力、上投摩根都涨了。", [(3.0, "基金")]),  # a name opening a list of the things
    # _phrase_at's own checks: a verb opening the predicate, a modal glued to the classifier, a negated verb
    ("约500份不符要求。", []),
    ("其中3间改为办公室。", []),
    ("8名会获得奖励。", []),
    ("门店从29家扩至40家。", [(29.0, "门店"), (40.0, "门店")]),
    ("5万本书", [(50000.0, "书")]),  # jieba's 本书 after a number
    ("三个县里的干部。", [(3.0, "县")]),  # a noun glued to a locative
    ("三个“小金库”。", [(3.0, "小金库")]),  # a quotation standing alone
    ("24架F-35A战机。", [(24.0, "战机")]),  # a model's code
    ("7例麻疹境外输入病例。", [(7.0, "病例")]),  # a case noun past what the cases are of
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, counted", READ)
def test_tidy256_counts_read_through_the_steps(nlp, text, counted, script):
    assert counts_in(nlp, in_script(text, script)) == counted
