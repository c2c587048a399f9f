"""Forms of posts news writes that round 13's unseen pool (half ``tune13`` of ``roles_news.jsonl``) showed
missed, each in Simplified and Traditional (``both_scripts``): an assistant's post before a name (a title + 助理,
alone or in a list of posts), and a body's web-page note (微博) between it and a title, 原/前 maybe after the note.

The passages are written for these tests; each form has negatives (助理 after no title, a note with no body before it).
"""

import pytest
from helpers import both_scripts
from helpers import holds_roles as roles


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a title + 助理 before the name is the assistant's post, never the title's
        ("北京大学国际关系学院院长助理张明远8日表示，峰会有三大看点。",
         [("张明远", "院长助理", "北京大学国际关系学院", False)]),
        ("嘉实基金管理公司总经理助理周军表示，后市仍有机会。", [("周军", "总经理助理", "嘉实基金管理公司", False)]),
        # in a list of posts, before another title or after one
        ("北京大学国际关系学院院长助理、研究员张明远接受专访时表示，会议有三大看点。",
         [("张明远", "研究员", "北京大学国际关系学院", False), ("张明远", "院长助理", "北京大学国际关系学院", False)]),
        ("华夏基金管理公司副总经理、总经理助理李建华说，基金仓位已经回升。",
         [("李建华", "副总经理", "华夏基金管理公司", False), ("李建华", "总经理助理", "华夏基金管理公司", False)]),
        # 原 before the body marks the assistant's post as past
        ("原华夏基金管理公司总经理助理王海涛近日加盟一家私募。", [("王海涛", "总经理助理", "华夏基金管理公司", True)]),
        # 助理 after no title holds nothing; a title with no body before it holds nothing
        ("他是一名研究助理，王明的同事。", []),
        ("总经理助理周军表示，后市仍有机会。", []),
    ]),
)
def test_assistant_posts_before_a_name(pipeline, text, expected):
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    both_scripts([
        # a web page's note after the body, before its title
        ("清华大学(微博)校长王大中认为，留学人数增长很快。", [("王大中", "校长", "清华大学", False)]),
        # 原/前 after the note: a past post
        ("清华大学(微博)原校长王大中认为，留学人数增长很快。", [("王大中", "校长", "清华大学", True)]),
        ("复旦大学（微博）前校长杨福家表示，高校应当理性对待留学热。", [("杨福家", "校长", "复旦大学", True)]),
        # a note with no body before it gives no holder
        ("不少网友在网上(微博)原校长王大中的文章下留言。", []),
    ]),
)
def test_web_note_between_body_and_title(pipeline, text, expected):
    assert roles(pipeline, text) == expected
