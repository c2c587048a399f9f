"""Government bodies of other countries (issue 15, round uner14): Japan's ministries since 2001 are read whole
(文部科学省, not 日本文部), beside the prewar ones and the 1998 press's short forms.

Sentences written for these tests, run as written (Simplified) and converted to Traditional.
"""

import pytest
from helpers import both_scripts

ORG, PLACE = "ORGANIZATION", "PLACE"


@pytest.mark.parametrize("text, present, absent", both_scripts([
    # (session 26: the country written before the ministry is the ministry's, as 美国国务院 is one name)
    ("日本文部科学省公布了新的课程纲要。", [("日本", PLACE), ("日本文部科学省", ORG)], [("日本文部", ORG)]),
    ("日本厚生劳动省表示，疫苗接种将延期。", [("日本厚生劳动省", ORG)], []),
    ("经济产业省和国土交通省联合发布报告。", [("经济产业省", ORG), ("国土交通省", ORG)], []),
    ("日本防卫省证实导弹落入海中。", [("日本防卫省", ORG)], []),
    ("通产省官员表示，将放宽进口限制。", [("通产省", ORG)], []),
    # a field before 省 that runs into another word is no ministry
    ("法务省内部文件显示，改革将推迟。", [], [("法务省", ORG)]),
], convert_names=True))
def test_japanese_ministries(finds, text, present, absent):
    finds(text, present, absent)
