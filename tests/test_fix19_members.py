"""Session 19 (fix19): a membership stated with no member word (入选国家队, 加盟东莞队) is scored alike by
``bench/roles_eval.py`` (whose gold writes it ``成员``) and ``bench/members_eval.py`` (whose gold leaves its word
empty): :func:`bench.common.member_word`. Passages written for these tests in the style of news."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from helpers import both_scripts

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"{name}_under_test", ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def roles_eval():
    return _load("roles_eval")


@pytest.fixture(scope="module")
def members_eval():
    return _load("members_eval")


SELECTED = both_scripts([
    ("后卫王伟入选国家队，将参加下月的亚洲杯预选赛。", "王伟", "国家队"),
    ("前锋李明加盟东莞队，双方签下两年合同。", "李明", "东莞队"),
])


@pytest.mark.parametrize(("text", "person", "team"), SELECTED)
def test_roles_eval_reads_a_membership_without_a_word_as_a_member(pipeline, roles_eval, text, person, team):
    pred = roles_eval.predicted_roles(pipeline, text)
    assert any(roles_eval.matches(p, (person, "成员", team)) for p in pred)
    assert not any(roles_eval.matches(p, (person, "主教练", team)) for p in pred)


@pytest.mark.parametrize(("text", "person", "team"), SELECTED)
def test_members_eval_reads_it_alike(pipeline, members_eval, text, person, team):
    pred = members_eval.predicted_members(pipeline, text)
    for role in ("", "成员"):
        assert any(members_eval.matches(p, {"person": person, "organisation": team, "role": role}) for p in pred)
    assert not any(members_eval.matches(p, {"person": person, "organisation": team, "role": "中锋"}) for p in pred)


def test_member_word():
    from bench.common import member_word

    assert member_word("MEMBER_OF", "") == "成员"
    assert member_word("MEMBER_OF", "前锋") == "前锋"
    assert member_word("HOLDS_ROLE", "") == ""
