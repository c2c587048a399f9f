"""Recall and precision of the rule-based roles on CLUENER train's ``position`` labels (short Sina news passages).

CLUENER2020 train (``/work/shared/data/ner/cluener/train.fine.bio``, see its README: 10,702 passages of at most 50
characters from THUCNews, Simplified) marks ``name``, ``position`` and three kinds of body — ``organization``,
``company``, ``government`` — among other labels. No role rule was written from it except the 60 passages of
``tests/gold/roles_dev.jsonl`` with source ``cluener``: they are dropped here, by their text (read from
``train.bio`` at the index the gold file names), and never printed. Halves by the passage's index in the file: even
is ``tune`` (its misses may be read: ``--errors tune``), odd is ``held`` (scored only; ``--errors`` and ``--extras``
refuse it).

**Gold triples (person, title, body).** Only forms whose meaning is plain are read, the gaps between the spans
written exactly:

* **body-title-name**: a body span, nothing, 的, 前 or 原, a position span, then a name span right after it
  (``阿里巴巴集团董事局主席马云``, ``新华社记者张三``, ``湖人队的主教练李四``, ``重庆银行前董事长张复``); titles listed
  before that title with 、 or 兼 (原 or 前 maybe after 、) are the name's too, each with the body written right
  before it or, with none, the body of the title before it (``某协会副会长兼秘书长X``: both of the 协会; ``A协会理事、B协会常务理事X``: 理事 of A,
  常务理事 of B);
* **name-body-title**: a name span, then ``，`` ``是`` ``为`` ``任`` ``担任`` ``现任`` or ``出任``, a body span, nothing, 的, 前 or 原,
  and a position span not followed right away by a name span (then it is that name's title: the first form)
  (``王五，万科集团总裁``, ``赵六是北京大学的教授``).

A position span that is ``记者`` with the body written right before it is a byline (``新华社记者``): it counts like
any other title. A title of membership (成员, 会员, 党员) is left out.

**Gold pairs (person, title), the body ignored**: every triple's pair, and in a passage that names at least one body,
a position span right before a name span (``总经理张三``) or a name span, one of the second form's words and a
position span not followed by a name (``李四担任主教练``). It is a second, larger recall figure: the edge's holder
is not checked (the pipeline writes no role without a holder, so passages with no body are not counted).

**Matching** (as ``bench/roles_resume.py``): the edge's person is the gold name by its canonical name or a name it is
written with (Simplified; middle dots read as one); its role is the title, or one ends the other with a qualifier
that is no post of its own (``常务副总经理`` for ``副总经理``; never across 副, 总, 执行, 首席: 副总经理 is no 总经理);
one of its holder's names (canonical or as written) equals the body, holds it, or, two letters at least, is held
by it. A unit the gold puts in the title and the edge in the holder, or the other way, is the same reading
(``卫生部|甲流临床专家组副组长`` said as 副组长 of 甲流临床专家组; ``通策控股集团有限公司董事局|主席`` as 董事局主席 of
通策控股集团有限公司).

**Precision.** Only the HOLDS_ROLE edges whose person is a name span of a passage with a gold triple are judged:

* ``right``: it says one of that person's gold triples;
* ``wrong``: (a) its role fits a gold triple's title that the gold gives to another name of the passage and none of
  its own person's triples (a title handed to the wrong person), or (b) its person has gold triples and its role
  fits one of their titles but its holder fits none of those triples' bodies (the right title, the wrong body);
* ``other``: anything else (a post the passage gives in a form outside the two read here): neither right nor
  wrong; ``--extras N`` prints a seeded sample of the tune half's judged edges (with the verdict) to judge by hand.

Precision is right / (right + wrong). Each passage is run through the pipeline as written (Simplified) and converted
``s2tw`` (Taiwan forms), one passage a run, with the default :class:`~zhkg.config.Config`. The shipped recogniser
was trained on CLUENER train (every 10th passage aside), so entities are found here more easily than in unseen
text: read the figures as the role rules' share, not the whole extraction's.

Run: ``python3 bench/roles_cluener.py [--data DIR] [--limit N] [--errors tune] [--extras N --seed S] [--stats]
[--pipeline DIR]`` (``--pipeline /work/main/pipeline`` measures another checkout's source root).

**Size** (``--stats``): 60 passages dropped; tune 269 passages with a pair (172 with a triple; 199 triples, 309
pairs), held 278 (198; 217 triples, 313 pairs).

Measured in session 18 (roles18), the same as written and as Taiwan text (the held half scored only; ``--pipeline``
of the code before the round for the first column):

=====  ===============================================  ===============================================
half   before the round                                  after roles18
=====  ===============================================  ===============================================
tune   triples R 0.81 (162/199), pairs R 0.64 (198/309)  triples R 0.89 (177/199), pairs R 0.69 (214/309)
       P 0.99 (162 right, 1 wrong, 9 other)              P 1.00 (177 right, 0 wrong, 4 other)
held   triples R 0.84 (183/217), pairs R 0.71 (222/313)  triples R 0.85 (185/217), pairs R 0.72 (225/313)
       P 0.99 (183 right, 1 wrong, 11 other)             P 0.99 (185 right, 1 wrong, 10 other)
=====  ===============================================  ===============================================

Forty tune edges drawn by hand (``--extras 40 --seed 18``): before the round 39 right (two ``other`` ones right:
资深研究员 read as 研究员, 首席顾问 as 顾问), one wrong (执行总经理 read as 总经理); after it 40 right. What the tune
misses leave: bodies no extractor names (a bare 政协 or 海军, a city read for its club: 波尔多主帅), Latin names
(peterhill, BrendanO’Connor), occupations CLUENER labels as positions (专家, 设计师, 访问学者, 元老), and garbled
passages; the pairs are mostly bylines with no outlet named (本报讯（记者X）) and players, coaches and artists with no
body in the passage.
"""

from __future__ import annotations

import argparse
import json
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
from bench.roles_resume import read_sentences, title_fits  # noqa: E402
from zhkg.config import Config  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402
from zhkg.stages.normalise import convert  # noqa: E402

CLUENER = Path("ner") / "cluener"
GOLD_DEV = ROOT / "tests" / "gold" / "roles_dev.jsonl"
SCRIPTS = {"Simplified": "", "Taiwan (s2tw)": "s2tw"}
BODIES = ("organization", "company", "government")
#: What may stand between a name and the body its title belongs to (the second form).
NAME_GAPS = ("，", "是", "为", "任", "担任", "现任", "出任")
MEMBERSHIP = ("成员", "会员", "党员")
#: What may stand between a body and its title (前 and 原: a post held before, still the body's).
BODY_GAPS = ("", "的", "前", "原")
#: What joins titles listed for one name (兼: a second post; 、原 and 、前: a past post listed after a present one).
LIST_GAPS = ("、", "兼", "、原", "、前")

Triple = tuple[str, str, str]  # (person, title, body), Simplified
Pair = tuple[str, str]  # (person, title)


@dataclass(frozen=True)
class Passage:
    """One CLUENER passage: its index, half and text, its name spans and its gold triples and pairs."""

    index: int
    half: str
    text: str
    names: tuple[str, ...]
    triples: tuple[Triple, ...]
    pairs: tuple[Pair, ...]


def _body_before(text: str, spans: list, i: int):
    """The body span written right before the position span ``spans[i]`` (nothing, 的, 前 or 原 between), or None."""
    if i and spans[i - 1].label in BODIES and text[spans[i - 1].end:spans[i].start] in BODY_GAPS:
        return spans[i - 1]
    return None


def _chain(text: str, spans: list, i: int) -> list[tuple[int, object]]:
    """The titles listed up to the position span ``spans[i]`` (joined by 、 or 兼, each with the body written right
    before it or, with none, the body of the title before it), as (index, body span or None), ``spans[i]`` last."""
    chain = [(i, _body_before(text, spans, i))]
    first = i - (chain[-1][1] is not None)  # the first span of the last title read (its body, or itself)
    k = first - 1
    while k >= 0 and spans[k].label == "position" and text[spans[k].end:spans[first].start] in LIST_GAPS:
        chain.append((k, _body_before(text, spans, k)))
        first = k - (chain[-1][1] is not None)
        k = first - 1
    chain.reverse()
    body = None
    out = []
    for index, own in chain:
        body = own or body
        out.append((index, body))
    return out


def gold_of(text: str, spans: list) -> tuple[list[Triple], list[Pair]]:
    """The gold triples and pairs of one passage by the module's forms."""
    triples: set[Triple] = set()
    pairs: set[Pair] = set()
    spans = sorted(spans, key=lambda s: s.start)
    has_body = any(s.label in BODIES for s in spans)
    for i, pos in enumerate(spans):
        if pos.label != "position":
            continue
        after = spans[i + 1] if i + 1 < len(spans) else None
        if after is not None and after.label == "name" and after.start == pos.end:
            person = _norm(after.text)  # body-title-name, titles listed before it sharing the name
            for k, body in _chain(text, spans, i):
                title = _norm(spans[k].text)
                if title.endswith(MEMBERSHIP):
                    continue
                if body is not None:
                    triples.add((person, title, _norm(body.text)))
                if has_body:
                    pairs.add((person, title))
            continue
        if pos.text.endswith(MEMBERSHIP):
            continue
        # name + gap + [body + 的] + title, the title not followed by a name
        body = _body_before(text, spans, i)
        j = i - (2 if body is not None else 1)
        if j < 0 or spans[j].label != "name":
            continue
        if text[spans[j].end:(body or pos).start] not in NAME_GAPS:
            continue
        person = _norm(spans[j].text)
        if body is not None:
            triples.add((person, _norm(pos.text), _norm(body.text)))
        if has_body:
            pairs.add((person, _norm(pos.text)))
    pairs |= {(p, t) for p, t, _ in triples}
    return sorted(triples), sorted(pairs)


def dev_texts(data: Path) -> set[str]:
    """The texts of the CLUENER passages ``tests/gold/roles_dev.jsonl`` annotated (rules were written from them)."""
    from zhkg.ner.bio import read_bio

    with open(GOLD_DEV, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    wanted = {r["sentence"]: r.get("length") for r in rows if r.get("source") == "cluener"}
    sentences = read_bio(data / CLUENER / "train.bio")
    texts = set()
    for index, length in wanted.items():
        text = sentences[index].text
        if length is not None and len(text) != length:
            sys.exit(f"Error: roles_dev's cluener sentence {index} has another length in train.bio")
        texts.add(text)
    return texts


def read_passages(data: Path) -> tuple[list[Passage], dict[str, int]]:
    """Every passage of train.fine.bio with a gold triple or pair, and counts of what was read."""
    dropped = dev_texts(data)
    stats: dict[str, int] = defaultdict(int)
    passages = []
    for index, (text, spans) in enumerate(read_sentences(data / CLUENER / "train.fine.bio")):
        stats["passages"] += 1
        if text in dropped:
            stats["dropped (roles_dev)"] += 1
            continue
        triples, pairs = gold_of(text, spans)
        if not pairs:
            continue
        names = tuple(sorted({_norm(s.text) for s in spans if s.label == "name"}))
        half = "tune" if index % 2 == 0 else "held"
        passages.append(Passage(index, half, text, names, tuple(triples), tuple(pairs)))
        stats[f"{half}: passages with a pair"] += 1
        stats[f"{half}: passages with a triple"] += bool(triples)
        stats[f"{half}: triples"] += len(triples)
        stats[f"{half}: pairs"] += len(pairs)
    return passages, stats


def body_fits(holders: tuple[str, ...], body: str) -> bool:
    return any(h == body or body in h or (len(h) >= 2 and h in body) for h in holders)


def unit_moved(edge: Edge, title: str, body: str) -> bool:
    """Whether the edge and the gold cut the same words at another place: a unit the gold puts in the title is the
    edge's holder (卫生部|甲流临床专家组副组长 read as 甲流临床专家组|副组长), or a unit the gold puts in the body is the
    start of the edge's role (通策控股集团有限公司董事局|主席 read as 通策控股集团有限公司|董事局主席)."""
    role = edge.role
    if len(role) < len(title) and title.endswith(role):
        unit = title[: -len(role)]
        return len(unit) >= 2 and any(h.endswith(unit) for h in edge.holders)
    if len(title) < len(role) and role.endswith(title):
        unit = role[: -len(title)]
        return len(unit) >= 2 and any(h + unit == body for h in edge.holders)
    return False


def says(edge: Edge, triple: Triple) -> bool:
    """Whether ``edge`` says the gold triple (person, title, body)."""
    person, title, body = triple
    return person in edge.people and ((title_fits(edge.role, title) and body_fits(edge.holders, body))
                                      or unit_moved(edge, title, body))


def says_pair(edge: Edge, pair: Pair) -> bool:
    return pair[0] in edge.people and title_fits(edge.role, pair[1])


def judge(passage: Passage, edge: Edge) -> str | None:
    """``right``, ``wrong`` or ``other`` for an edge of a passage with gold triples whose person is one of its
    name spans; None for an edge that is not judged (see the module docstring)."""
    if not passage.triples or not set(edge.people) & set(passage.names):
        return None
    own = [t for t in passage.triples if t[0] in edge.people]
    if any(says(edge, t) for t in own):
        return "right"
    others = [t for t in passage.triples if t[0] not in edge.people]
    if any(title_fits(edge.role, t[1]) for t in others) and not any(title_fits(edge.role, t[1]) for t in own):
        return "wrong"
    if any(title_fits(edge.role, t[1]) for t in own):
        return "wrong"
    return "other"


def score(passages: list[Passage], pipeline: Pipeline, errors: bool, extras: list) -> dict:
    """[triples found, triples, pairs found, pairs, right, wrong, other] per (half, script)."""
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * 7)
    for p in passages:
        for script, config in SCRIPTS.items():
            text = convert(p.text, config) if config else p.text
            edges = read_edges(pipeline, text)
            t = tally[(p.half, script)]
            missed = [g for g in p.triples if not any(says(e, g) for e in edges)]
            t[0] += len(p.triples) - len(missed)
            t[1] += len(p.triples)
            t[2] += sum(any(says_pair(e, g) for e in edges) for g in p.pairs)
            t[3] += len(p.pairs)
            verdicts = [(e, judge(p, e)) for e in edges]
            for e, v in verdicts:
                if v is not None:
                    t[("right", "wrong", "other").index(v) + 4] += 1
                    if p.half == "tune":
                        extras.append((p.index, script, v, e, text))
            missed_pairs = [g for g in p.pairs if not any(says_pair(e, g) for e in edges)
                            and not any(g == t[:2] for t in missed)]
            if errors and p.half == "tune" and (missed or missed_pairs or any(v == "wrong" for _, v in verdicts)):
                print(f"## {p.index} {script}: {text}")
                for g in missed:
                    print(f"   MISSED {g}")
                for g in missed_pairs:
                    print(f"   MISSED PAIR {g}")
                for e, v in verdicts:
                    if v == "wrong":
                        print(f"   WRONG  {e.people[0]}|{e.role}|{e.holders[0]}")
                print("   edges: " + "; ".join(f"{e.people[0]}|{e.role}|{e.holders[0]}" for e in edges))
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data",
                        help="the shared data folder (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N passages with gold (0: all)")
    parser.add_argument("--errors", choices=("tune",), default=None, help="print the tune half's misses first")
    parser.add_argument("--extras", type=int, default=0, metavar="N",
                        help="print a seeded sample of N of the tune half's judged edges, to judge by hand")
    parser.add_argument("--seed", type=int, default=18, help="the sample's seed (default: %(default)s)")
    parser.add_argument("--stats", action="store_true", help="print how many passages, triples and pairs are read")
    parser.add_argument("--pipeline", default=None, metavar="DIR", help="measure this source root instead")
    args = parser.parse_args()
    if not (args.data / CLUENER / "train.fine.bio").is_file():
        sys.exit(f"Error: {args.data / CLUENER / 'train.fine.bio'} not found; pass --data DIR (the folder holding "
                 "ner/cluener/)")
    passages, stats = read_passages(args.data)
    if args.stats:
        for key, value in sorted(stats.items()):
            print(f"{key}: {value}")
        return
    if args.limit:
        passages = passages[: args.limit]
    extras: list = []
    tally = score(passages, Pipeline(Config()), args.errors == "tune", extras)
    if args.extras:
        for index, script, verdict, e, text in random.Random(args.seed).sample(extras, min(args.extras, len(extras))):
            print(f"## {index} {script} {verdict}: {e.people[0]} | {e.role} | {e.holders[0]}\n   {text}")
    print("| half | script | triples: recall | pairs: recall | precision | right | wrong | other |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for (half, script), (tf, tg, pf, pg, right, wrong, other) in sorted(tally.items(), reverse=True):
        prec = right / (right + wrong) if right + wrong else 1.0
        print(f"| {half} | {script} | {tf / tg if tg else 1:.2f} ({tf}/{tg}) | {pf / pg if pg else 1:.2f} ({pf}/{pg}) "
              f"| {prec:.2f} | {right} | {wrong} | {other} |")


if __name__ == "__main__":
    main()
