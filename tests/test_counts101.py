"""Issue 14, session 34 (counts101): what is not a count, and the counted thing's head, by narrowing.

Written from the studied halves only (``bench/counts_real46.py``'s tune46, ``bench/counts_fresh43.py``'s tune43,
``bench/counts_owned59.py``'s tune59) and the COUNT mentions of main's dump of the eligible THUCNews rows:

- one round number written out twice around 有 says "each has his own" (一万个人有一万个理由, 一千个读者就有一千个
  哈姆雷特): no count of either; other numbers (3个村有3个合作社) still count;
- a thousand and ten thousand paired in four characters (千家万户, 千军万马, 万水千山) say "all, many", no count;
- a range whose low end is a lone digit and whose high end a digit and its place (六到七千块土地, 三至五百名) reads the
  low end in the high end's place (6000, 300), as 3-4亿 reads 3亿;
- a shape before 的 describes the noun after it (三个方形的窗户: 窗户, two kinds of 圆形的桌子: 桌子), but a noun
  naming the shape itself is counted (两种形状);
- 家 right before 的 is a possessive (两家的针对群体: the two companies'), counting the bodies named before;
- rounds of a bidding or a bout (40多个回合) are a length, as 轮 is: no thing counted (tune59's convention);
- 部分 and Taiwan's 部份 after a numeral count parts (全书分为四部分, 三部份: not 三部 of 份); 一部分 stays "a part of".

Every sentence is written for these tests and read as written (Simplified) and through OpenCC s2hk and s2tw.
"""

from __future__ import annotations

import pytest
from helpers import COUNT_SCRIPTS, counts_in_script

# (text, (value, counted head in Simplified)) that must be read
READ = [
    ("今年我们卖了六到七千块土地。", (6000, "土地")),
    ("今年有三到五百名学生报名。", (300, "学生")),
    ("这个平台有三到五千万名用户。", (30000000, "用户")),
    ("墙上有三个方形的窗户。", (3, "窗户")),
    ("他买了两种圆形的桌子。", (2, "桌子")),
    ("院里有两块椭圆形的石头。", (2, "石头")),
    ("两家的针对群体不一样。", (2, "家")),
    ("这两家的产品都很好。", (2, "家")),
    ("全书分为四部分。", (4, "部分")),
    ("展览分为三部份。", (3, "部份")),
    # controls, read alike on main
    ("全县3个村有3个合作社。", (3, "合作社")),
    ("全县3个村有3个合作社。", (3, "村")),
    ("现场有5至10人。", (5, "人")),
    ("他们请了三至五个人帮忙。", (3, "人")),
    ("全国有二三千家企业。", (2000, "企业")),
    ("这次有三千家企业参展。", (3000, "企业")),
    ("会场来了一千家企业。", (1000, "企业")),
    ("今年有三到五十名学生报名。", (3, "学生")),
    ("这两种形状的桌子都很好看。", (2, "形状")),
    ("有两家公司的员工到场。", (2, "公司")),
    ("他拍了三部电影。", (3, "电影")),
]

# (text, (value, counted head in Simplified)) that must not be read: each was read on main
NOT_READ = [
    ("失败的原因，一万个人有一万个理由。", (10000, "人")),
    ("失败的原因，一万个人有一万个理由。", (10000, "理由")),
    ("一千个读者就有一千个哈姆雷特。", (1000, "读者")),
    ("一千个读者就有一千个哈姆雷特。", (1000, "哈姆雷特")),
    ("一百个人有一百种看法。", (100, "看法")),
    ("房地产是牵涉到千家万户的行业。", (1000, "牵涉到")),
    ("今年我们卖了六到七千块土地。", (6, "土地")),
    ("今年有三到五百名学生报名。", (3, "学生")),
    ("墙上有三个方形的窗户。", (3, "方形")),
    ("他买了两种圆形的桌子。", (2, "圆形")),
    ("两家的针对群体不一样。", (2, "群体")),
    ("这两家的产品都很好。", (2, "产品")),
    ("展览分为三部份。", (3, "份")),
    ("经过40多个回合的激烈竞价，拍卖结束。", (40, "回合")),
    ("两人大战了三百回合。", (300, "回合")),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "count"), READ, ids=[t[:14] for t, _ in READ])
def test_read(nlp, text: str, count: tuple[int, str], script: str) -> None:
    assert count in counts_in_script(nlp, text, script)


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize(("text", "count"), NOT_READ, ids=[t[:14] for t, _ in NOT_READ])
def test_not_read(nlp, text: str, count: tuple[int, str], script: str) -> None:
    assert count not in counts_in_script(nlp, text, script)


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text", ["房地产是牵涉到千家万户人们生活的必需品。", "住房是牵涉到千家万户的大事。", "教育是关系千家万户的事业。"])
def test_paired_thousands_count_nothing(nlp, text: str, script: str) -> None:
    """Each sentence was read on main as 1000 of the verb before 千家 (牵涉到, 关系)."""
    assert counts_in_script(nlp, text, script) == []
