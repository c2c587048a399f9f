"""Kinds of name mainland and Hong Kong business, court and science news write (issue 15, round 12). Each row is
a sentence written for these tests, in Traditional and in Simplified, through the whole extraction."""

import pytest

PER, ORG, LOC = "PERSON", "ORGANIZATION", "PLACE"


@pytest.mark.parametrize("text, present, absent", [
    # a city that calls itself one before 投资 (a verb here) is the city, not a company 德布勒森市投资
    ("宁德时代公告称，拟在匈牙利德布勒森市投资建设电池工厂。", [("德布勒森市", LOC)], [("德布勒森市投资", ORG)]),
    ("寧德時代公告稱，擬在匈牙利德布勒森市投資建設電池工廠。", [("德布勒森市", LOC)], [("德布勒森市投資", ORG)]),
    # a name the recogniser read as a place before a company's word, without a division's kind, stays the company
    ("华夏基金公布了今年的业绩。", [("华夏基金", ORG)], [("华夏", LOC)]),
    ("華夏基金公布了今年的業績。", [("華夏基金", ORG)], [("華夏", LOC)]),
])
def test_a_division_before_a_verb_is_a_place(finds, text, present, absent):
    finds(text, present, absent)

