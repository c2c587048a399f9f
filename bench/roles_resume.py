"""Recall and precision of the rule-based roles on executives' résumés (Resume NER, ``*.fine.bio``).

Resume NER (``/work/shared/data/ner/resume/``, see its README) is Sina Finance's résumés of listed companies'
officers, one sentence a record, the sentences of one résumé in a row; ``*.fine.bio`` marks NAME, ORG and TITLE
(and EDU, PRO, CONT, RACE, LOC). Nothing of it was read to write a rule before session 17. Halves by split:
**train** is ``tune`` (its misses may be read: ``--errors tune``), **dev** is ``held`` and **test** is ``test``
(both scored only; ``--errors`` and ``--extras`` refuse them).

**Résumés.** The sentences are joined back into résumés: a new résumé starts at a sentence that opens with a NAME
span other than the current résumé's name (``杨帆，男，经济学博士。`` then ``杨帆先生曾任…`` is one résumé). Sentences
before the first NAME of a split open no résumé and are dropped. The résumé's names are its NAME spans (Simplified),
and each with 先生 or 女士 after it.

**Gold (the convention).** A (title, body) pair is gold when a TITLE span has an ORG span right before it, nothing
between or only 的 (``人和投资董事``, ``平安银行的副行长``). TITLE spans then listed after that title, separated only
by 、 和 及 以及 兼 兼任 并 并任 与 or a bracketed aside (``副经理（主持工作）``), share its body (``任山东三维石化工程
股份有限公司董事、董事会秘书、副总经理``: three pairs); a comma ends the list (a comma often goes on to a
qualification: ``…公司董事长，高级经济师``). The annotation puts a department inside the TITLE span
(``综合管理部部长``, ``财务部副经理``), so the pair is (company, 综合管理部部长). Left out: titles of membership (党员,
会员, 成员) and **generic bodies** — an ORG span that is 公司, 本公司, 本行, 集团, 本集团, 该公司 … or opens with
one of them (``公司变压器厂``): they stand for the company that published the résumé, which the résumé itself often
never names, so no rule can resolve them reliably; their pairs are counted apart (``generic``) and not scored.

**Matching.** A HOLDS_ROLE edge says a gold pair when

* its person is one of the résumé's names (by the entity's canonical name or a name it is written with);
* its role is the gold title, or the gold title is a department or a party unit plus the role (``综合管理部`` +
  ``部长``, ``党委`` + ``副书记``: the prefix ends in 部, 处, 室, 科, 中心, 办, 所, 组, 队, 分公司, 支公司, 分行, 支行, 董事会,
  监事会, 党委, 纪委, 团委, 党总支, 党支部, 团总支, 工会 or 委员会), or a qualifier plus the role (``常务`` + ``副总经理``,
  ``财务`` + ``总监``: the loose reading ``bench/roles_eval.py`` also accepts), but never a prefix ending in 副, 总, 执行
  or 首席 (副经理 is no 经理, 总经理 no 经理), and ``董事会秘书`` is its own post, not matched by 秘书; or the role is such
  a department or unit plus the gold title (行政司财务处处长 for 财务处处长; 党委书记 of 海螺集团 for the gold 书记 of
  海螺集团党委, the convention for a body's governing unit zhkg follows since session 50, ``docs/relations.md``: the
  same post, the body's name held by the gold's);
* one of its holder's names (canonical or as written, Simplified) equals the gold body, holds it, or — two letters at
  least and not a generic word — is held by it (``平安银行`` for ``原平安银行``; resolution may shorten a name).

**Precision.** An edge that says a gold pair is ``right``. An edge of the résumé's person whose role ends a TITLE
span of the résumé that is in no scored pair (a generic body; no body right before it: ``谢永林，副行长``, ``加入深圳发展
银行，任副行长``; a body inside the span: ``四川省人大代表``) cannot be judged from the annotation: it is counted as
``unjudged`` (``--extras N`` prints a sample to judge by hand). Every other edge is ``wrong``; precision is right /
(right + wrong).

Each résumé is run through the pipeline as written (Simplified) and converted ``s2tw`` (Taiwan forms, as
``bench/roles_eval.py --convert`` does), one résumé a run, default :class:`~zhkg.config.Config`.

Run: ``python3 bench/roles_resume.py [--data DIR] [--halves tune,held,test] [--limit N] [--errors tune]
[--extras N --seed S] [--stats] [--pipeline DIR]``.

**How reliable the joining is** (``--stats``): every split opens with a NAME, so no sentence is dropped; train makes
818 résumés (3,803 sentences; 4,442 scored pairs, 420 generic ones left out), dev 100 (487; 44), test 101 (552; 45).
53 train résumés name more than one NAME: about 45 of them are the same person's bare surname (黄先生, 杨先生) or a
second form of the name (an English name, 曾用名), fewer than ten name someone else (a co-founder, a colleague), and
none of the joins read by hand put two people's résumés together.

Measured in session 17 (roles17), the same in both scripts (``--pipeline`` of the code before the round for the
first column):

=====  ==============================  ==============================
half   before the round                after roles17
=====  ==============================  ==============================
tune   R 0.08 (349/4442), P 0.93       R 0.55 (2441/4442), P 0.98
held   R 0.09 (42/487), P 0.97         R 0.53 (259/487), P 1.00
test   R 0.06 (31/552), P 0.88         R 0.60 (329/552), P 0.96
=====  ==============================  ==============================

Of 20 unjudged tune edges drawn before the last fix (``--extras 20 --seed 17``), 8 were plainly right (a council's
代表 or 委员, 中国工程院院士, a bank's 董事 after an aside), 3 likely right, and 9 wrong: 8 held by a unit 公司 opens
(公司董事会秘书处, 公司营销中心: since dropped) and one certificate read as a post (剑桥CFO). What the misses leave:
posts whose body is only 公司 or 本公司 (the publishing company, never named), titles the table lacks in long
lists (技术员, 教师, 工人: staff, not posts), bodies the extractors cut or glue to a department or an ordinal
(银星能源第五届), and asides between a body and its title (（股份代号：600285）).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# measure this checkout, not an installed copy (``--pipeline DIR``: another checkout's source root)
_at = sys.argv.index("--pipeline") if "--pipeline" in sys.argv else -1
sys.path.insert(0, sys.argv[_at + 1] if 0 <= _at < len(sys.argv) - 1 else str(ROOT / "pipeline"))
sys.path.insert(1, str(ROOT))

from bench.roles_duie import Edge, _norm, read_edges  # noqa: E402  (the same reading of edges as DuIE's)
from zhkg.config import Config  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402
from zhkg.stages.normalise import convert  # noqa: E402

RESUME = Path("ner") / "resume"
HALVES = {"tune": "train.fine.bio", "held": "dev.fine.bio", "test": "test.fine.bio"}
SCRIPTS = {"Simplified": "", "Taiwan (s2tw)": "s2tw"}
GENERIC = ("本公司", "公司", "本行", "本集团", "集团", "该公司", "本所", "该行")
MEMBERSHIP = ("党员", "会员", "成员")
LIST_MARKS = ("、", "和", "及", "以及", "兼", "兼任", "并", "并任", "与")
DEPARTMENT_ENDS = ("部", "处", "室", "科", "中心", "办", "所", "组", "队", "分公司", "支公司", "分行", "支行", "董事会",
                   "监事会", "党委", "纪委", "团委", "党总支", "党支部", "团总支", "工会", "委员会")
#: What makes a title's ending no loose reading of it: 副经理 is no 经理, 总经理 no 经理, 经理助理 no 经理.
NOT_LOOSE = ("副", "总", "执行", "首席")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True)
class Resume:
    """One résumé: its split's half, its place in the split, its text, its names and its gold pairs."""

    half: str
    index: int
    text: str
    names: tuple[str, ...]
    gold: tuple[tuple[str, str], ...]  # (title, body), scored
    generic: tuple[tuple[str, str], ...]  # (title, generic body), counted apart
    alone: tuple[str, ...]  # the TITLE spans in no pair: no body written before them


def read_sentences(path: Path) -> list[tuple[str, list[Span]]]:
    """The sentences of a ``*.fine.bio`` file, each with its labelled spans."""
    sentences, chars, tags = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in [*f, "\n"]:
            line = line.rstrip("\n")
            if line:
                ch, tag = line.split("\t")
                chars.append(ch)
                tags.append(tag)
                continue
            if chars:
                text, spans, start = "".join(chars), [], None
                for i, tag in enumerate([*tags, "O"]):
                    if start is not None and not (tag.startswith("I-") and tag[2:] == tags[start][2:]):
                        spans.append(Span(start, i, tags[start][2:], text[start:i]))
                        start = None
                    if tag != "O" and start is None:
                        start = i
                sentences.append((text, spans))
            chars, tags = [], []
    return sentences


def _generic(body: str) -> bool:
    return body.startswith(GENERIC)


def _aside_removed(gap: str) -> str:
    while "（" in gap and "）" in gap.split("（", 1)[1]:
        head, rest = gap.split("（", 1)
        gap = head + rest.split("）", 1)[1]
    return gap


def gold_pairs(text: str, spans: list[Span]) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[str]]:
    """The (title, body) pairs of a résumé by the module's convention: scored pairs, generic ones, and the titles
    in no pair (no body written before them)."""
    gold, generic, alone = [], [], []
    body: str | None = None
    prev, prev_end = "", 0  # the label of the span before and where it ends
    for span in spans:
        gap = _aside_removed(text[prev_end:span.start])
        if span.label == "TITLE":
            if body is not None and not ((prev == "ORG" and gap in ("", "的"))
                                         or (prev == "TITLE" and gap in LIST_MARKS)):
                body = None
            if body is None:
                alone.append(_norm(span.text))
            elif not span.text.endswith(MEMBERSHIP):
                (generic if _generic(body) else gold).append((_norm(span.text), _norm(body)))
        elif span.label == "ORG":
            body = span.text
        else:
            body = None
        prev, prev_end = span.label, span.end
    return gold, generic, alone


def build_resumes(half: str, sentences: list[tuple[str, list[Span]]]) -> tuple[list[Resume], dict[str, int]]:
    """The résumés of a split (see the module docstring) and counts telling how reliable the joining is."""
    groups: list[list[tuple[str, list[Span]]]] = []
    stats: dict[str, int] = defaultdict(int)
    current = ""
    for text, spans in sentences:
        opens = spans[0].text if spans and spans[0].start == 0 and spans[0].label == "NAME" else ""
        if opens and not (current and (opens == current or opens.startswith(current) or current.startswith(opens))):
            groups.append([])
            current = opens
        elif not groups:
            stats["sentences before the first name"] += 1
            continue
        groups[-1].append((text, spans))
    resumes = []
    for index, group in enumerate(groups):
        text, spans, offset = "", [], 0
        for t, ss in group:
            spans.extend(Span(s.start + offset, s.end + offset, s.label, s.text) for s in ss)
            text += t
            offset += len(t)
        names = sorted({_norm(s.text) for s in spans if s.label == "NAME"})
        if len(names) > 1:
            stats["résumés naming more than one NAME"] += 1
        gold, generic, alone = gold_pairs(text, spans)
        full = [n for n in names if len(n) >= 2] or names
        resumes.append(Resume(half, index, text, tuple(sorted({*names, *(n + s for n in full for s in ("先生", "女士"))})),
                              tuple(gold), tuple(generic), tuple(alone)))
        stats["résumés"] += 1
        stats["sentences"] += len(group)
    return resumes, stats


def title_fits(role: str, title: str) -> bool:
    """The edge's role says the gold title: the same, or the title is a department plus the role."""
    if role == title:
        return True
    if role.endswith(title) and role[: -len(title)].endswith(DEPARTMENT_ENDS):
        return True  # 行政司财务处处长 for 财务处处长: the annotation put 行政司 in the body
    if not role or not title.endswith(role) or len(role) < 2:
        return False
    prefix = title[: -len(role)]
    if prefix.endswith("董事会") and role == "秘书":
        return False
    return prefix.endswith(DEPARTMENT_ENDS) or not prefix.endswith(NOT_LOOSE)


def body_fits(holders: tuple[str, ...], body: str) -> bool:
    return any(h == body or body in h or (len(h) >= 2 and not _generic(h) and h in body) for h in holders)


def says(edge: Edge, names: tuple[str, ...], pair: tuple[str, str]) -> bool:
    """Whether ``edge`` says the gold pair (title, body) of the person named ``names``."""
    return bool(set(edge.people) & set(names)) and title_fits(edge.role, pair[0]) and body_fits(edge.holders, pair[1])


def judge(resume: Resume, edges: list[Edge]) -> tuple[list[Edge], list[Edge], list[Edge], list[tuple[str, str]]]:
    """(right, unjudged, wrong) edges and the missed gold pairs of one résumé."""
    open_titles = [*resume.alone, *(t for t, _ in resume.generic)]
    right, unjudged, wrong = [], [], []
    for e in edges:
        if any(says(e, resume.names, g) for g in resume.gold):
            right.append(e)
        elif set(e.people) & set(resume.names) and any(t.endswith(e.role) for t in open_titles if e.role):
            unjudged.append(e)
        else:
            wrong.append(e)
    missed = [g for g in resume.gold if not any(says(e, resume.names, g) for e in edges)]
    return right, unjudged, wrong, missed


def score(resumes: list[Resume], pipeline: Pipeline, errors: bool, extras: list) -> dict:
    """[gold found, gold, right, wrong, unjudged, generic gold] per (half, script)."""
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * 6)
    for resume in resumes:
        for script, config in SCRIPTS.items():
            try:
                text = convert(resume.text, config) if config else resume.text
            except ValueError:
                tally[(resume.half, script + " (not convertible)")][1] += len(resume.gold)
                continue
            edges = read_edges(pipeline, text)
            right, unjudged, wrong, missed = judge(resume, edges)
            counts = (len(resume.gold) - len(missed), len(resume.gold), len(right), len(wrong), len(unjudged),
                      len(resume.generic))
            tally[(resume.half, script)] = [a + b for a, b in zip(tally[(resume.half, script)], counts)]
            if resume.half != "tune":
                continue
            if errors and script == "Simplified" and (missed or wrong):
                print(f"## résumé {resume.index} ({resume.names[0]}): {text}")
                for g in missed:
                    print(f"   MISSED {g[1]} | {g[0]}")
                for e in wrong:
                    print(f"   WRONG  {e.people[0]} | {e.role} | {'/'.join(e.holders)}")
            extras.extend((resume.index, script, e, text) for e in unjudged)
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data",
                        help="the shared data folder (default: %(default)s)")
    parser.add_argument("--halves", default="tune,held,test", help="halves to score (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=0, metavar="N", help="only the first N résumés of each half")
    parser.add_argument("--errors", choices=("tune",), default=None,
                        help="print the tune half's misses and wrong edges (Simplified) first")
    parser.add_argument("--extras", type=int, default=0, metavar="N",
                        help="print a seeded sample of N of the tune half's unjudged edges, to judge by hand")
    parser.add_argument("--seed", type=int, default=17, help="the sample's seed (default: %(default)s)")
    parser.add_argument("--stats", action="store_true", help="print how the résumés were joined and the gold's size")
    parser.add_argument("--pipeline", default=None, metavar="DIR", help="measure this source root instead")
    args = parser.parse_args()
    halves = [h.strip() for h in args.halves.split(",") if h.strip()]
    if unknown := [h for h in halves if h not in HALVES]:
        sys.exit(f"Error: unknown half {unknown[0]!r}; choose among {', '.join(HALVES)}")
    resumes = []
    for half in halves:
        path = args.data / RESUME / HALVES[half]
        if not path.is_file():
            sys.exit(f"Error: {path} not found; pass --data DIR (the folder holding ner/resume/)")
        built, stats = build_resumes(half, read_sentences(path))
        if args.stats:
            gold = sum(len(r.gold) for r in built)
            generic = sum(len(r.generic) for r in built)
            print(f"{half}: " + ", ".join(f"{k} {v}" for k, v in sorted(stats.items()))
                  + f", gold pairs {gold}, generic pairs {generic}")
        resumes.extend(built[: args.limit] if args.limit else built)
    extras: list = []
    tally = score(resumes, Pipeline(Config()), args.errors == "tune", extras)
    if args.extras:
        for index, script, e, text in random.Random(args.seed).sample(extras, min(args.extras, len(extras))):
            print(f"## résumé {index} {script}: {e.people[0]} | {e.role} | {'/'.join(e.holders)}\n   {text}")
    print("| half | script | recall | precision | right / wrong / unjudged edges | generic pairs (not scored) |")
    print("| --- | --- | --- | --- | --- | --- |")
    order = {h: i for i, h in enumerate(HALVES)}
    for (half, script), (found, gold, right, wrong, unjudged, generic) in sorted(
            tally.items(), key=lambda kv: (order[kv[0][0]], kv[0][1])):
        r = found / gold if gold else 1.0
        p = right / (right + wrong) if right + wrong else 1.0
        print(f"| {half} | {script} | {r:.2f} ({found}/{gold}) | {p:.2f} | {right} / {wrong} / {unjudged} | {generic} |")


if __name__ == "__main__":
    main()
