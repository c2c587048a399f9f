"""Probe roles in Hong Kong and Taiwan forms: officers of companies, legislators and heads of departments.

Run: ``python3 bench/roles17_probes.py [-v]``. Each passage was written for zhkg in session 17 (roles17) from general
knowledge in the style of Hong Kong and Taiwan news and company filings (董事局主席, 行政總裁, 執行董事, 立委, 議員,
署長, 處長; résumés of directors as Hong Kong filings write them, dates in Chinese numerals); none is taken from any
article, and none from the reserved sources. The people are made up. Every passage is written in Simplified and is
read as written, as OpenCC's ``s2hk`` and as ``s2tw`` write it. A probe is right when every expected role (person,
role, holder) is read — the role ending as expected, the holder by any of its names containing the expected one, the
person by name — and no role is read of a person listed as holding none there.

Written before any rule of the round was fitted to them (the score before the round is the probes' unseen score):
12/16 right in each script on the code before roles17 (a director's résumé in Chinese-numeral dates, 董事总经理 read as
董事, a department between a company and its title, a body the recogniser cut); 14/16 after (the résumé's subject and
dates; 董事总经理 added to ``roles.tsv`` after reading them). Left wrong: 新光纺织公司财务部 read as one body, 鸿达 cut from
鸿达电子.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # measure this checkout, not an installed copy

from zhkg.records import RelationKind  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402
from zhkg.stages.normalise import convert, to_simplified  # noqa: E402

#: (passage in Simplified, expected roles [(person, role, holder)], people who hold no role there)
PROBES: list[tuple[str, list[tuple[str, str, str]], list[str]]] = [
    # Hong Kong filings: a director's résumé, the subject left out after the first sentence
    ("黄志坚先生，现年五十二岁，于二○一二年加入本集团。黄先生现任东华国际控股有限公司执行董事及行政总裁。",
     [("黄志坚", "行政总裁", "东华国际控股有限公司"), ("黄志坚", "执行董事", "东华国际控股有限公司")], []),
    ("陈美玲女士，四十五岁，为本公司独立非执行董事。二○○八年至二○一五年出任恒信证券有限公司董事总经理。",
     [("陈美玲", "董事总经理", "恒信证券有限公司")], []),
    ("李伟成，现任港联地产集团董事局主席。彼曾任太平洋航运有限公司财务总监。",
     [("李伟成", "董事局主席", "港联地产集团")], []),
    ("新鸿发集团宣布，委任郑家豪为行政总裁，即时生效。",
     [("郑家豪", "行政总裁", "新鸿发集团")], []),
    ("何志明，男，一九六五年出生。一九九零年至二○○○年任香港海丰银行副总经理，二○○一年起任东亚信托有限公司董事。",
     [("何志明", "副总经理", "香港海丰银行"), ("何志明", "董事", "东亚信托有限公司")], []),
    # Hong Kong government and councils
    ("消防处处长梁国雄昨日视察火灾现场，并慰问受伤的消防员。",
     [("梁国雄", "处长", "消防处")], []),
    ("渔农自然护理署署长张永良表示，郊野公园的山火风险仍然偏高。",
     [("张永良", "署长", "渔农自然护理署")], []),
    ("民建联立法会议员林国华批评政府的房屋政策欠缺长远规划。",
     [("林国华", "议员", "立法会")], []),
    ("沙田区议会主席刘志强昨日主持会议，讨论区内交通问题。",
     [("刘志强", "主席", "沙田区议会")], []),
    # Taiwan: legislators, ministries, companies
    ("国民党立委王美惠昨天在立法院质询经济部长，要求说明电价调整方案。",
     [("王美惠", "立委", "国民党|立法院")], []),
    ("台北市议员陈建宏今天召开记者会，批评市府的停车政策。",
     [("陈建宏", "议员", "台北市")], []),
    ("鸿达电子董事长吴文雄今天在股东会上表示，今年营收可望成长两成。",
     [("吴文雄", "董事长", "鸿达电子")], []),
    ("台湾中油公司总经理林俊杰昨天宣布，下周起汽油价格调降。",
     [("林俊杰", "总经理", "台湾中油公司")], []),
    ("张雅婷现任新光纺织公司财务部经理，曾任台新银行襄理。",
     [("张雅婷", "财务部经理", "新光纺织公司")], []),
    # precision: a person named in passing, a company named with no post of the person
    ("记者张立群报道，华联百货今年在台中开设新店，董事长未出席记者会。",
     [], ["张立群"]),
    ("王大明，男，1970年出生。王大明的朋友李小华现任鸿达电子董事。",
     [("李小华", "董事", "鸿达电子")], ["王大明"]),
]
SCRIPTS = {"Simplified": "", "Hong Kong (s2hk)": "s2hk", "Taiwan (s2tw)": "s2tw"}


def _roles(pipeline: Pipeline, text: str) -> list[tuple[tuple[str, ...], str, tuple[str, ...]]]:
    ex = pipeline.run_texts([("p", text)]).extraction
    names = {e.id: tuple({to_simplified(e.name), *(to_simplified(a) for a in e.aliases)}) for e in ex.entities}
    return [(names.get(r.source, ()), r.role_simplified, names.get(r.target, ())) for r in ex.relations
            if r.kind == RelationKind.HOLDS_ROLE]


def check(pipeline: Pipeline, text: str, expected, idle) -> list[str]:
    """The errors of one probe (empty when it is right); a holder may be ``A|B`` (either is right)."""
    found = _roles(pipeline, text)
    errors = []
    for person, role, holder in expected:
        holders = holder.split("|")
        if not any(person in p and r.endswith(role) and any(h in x for h in holders for x in b) for p, r, b in found):
            errors.append(f"missing {person} | {role} | {holder}")
    for person in idle:
        if any(person in p for p, _, _ in found):
            errors.append(f"wrong: a role of {person}")
    if errors:
        errors.append("read: " + "; ".join(f"{p[0] if p else '?'}|{r}|{b[0] if b else '?'}" for p, r, b in found))
    return errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print each wrong probe's errors")
    args = parser.parse_args()
    pipeline = Pipeline()
    for script, config in SCRIPTS.items():
        right = 0
        for text, expected, idle in PROBES:
            errors = check(pipeline, convert(text, config) if config else text, expected, idle)
            right += not errors
            if errors and args.verbose:
                print(f"## {script}: {text}\n   " + "\n   ".join(errors))
        print(f"{script}: {right}/{len(PROBES)} probes right")


if __name__ == "__main__":
    main()
