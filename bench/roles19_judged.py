"""Score the hand-judged HOLDS_ROLE edges of Resume NER's train résumés (``bench/roles19_resume_judged.jsonl``).

Session 19 (roles19) drew 40 of the edges its rules added on the **tune** half's résumés (train, as
``bench/roles_resume.py`` joins them), seeded (``random.Random(19)`` over the sorted added keys), and judged each by
hand before reading anything else about them: ``right`` is whether the person holds that post in that body as the
résumé says (a bare department or sub-unit named alone, 质量技术保证部, is wrong, as the relations audits count it).
This script runs the judged résumés again and reports how many judged edges are still written and how many of those
are right, so a later change can be checked against the same judgements.

Run: ``python3 bench/roles19_judged.py [--data DIR] [--judged FILE] [--pipeline DIR]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_at = sys.argv.index("--pipeline") if "--pipeline" in sys.argv else -1
sys.path.insert(0, sys.argv[_at + 1] if 0 <= _at < len(sys.argv) - 1 else str(ROOT / "pipeline"))
sys.path.insert(1, str(ROOT))

from bench.roles_resume import HALVES, RESUME, build_resumes, read_sentences  # noqa: E402
from zhkg.config import Config  # noqa: E402
from zhkg.records import RelationKind  # noqa: E402
from zhkg.run.pipeline import Pipeline  # noqa: E402

JUDGED = ROOT / "bench" / "roles19_resume_judged.jsonl"


def written_edges(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    """(person, role, holder) of every HOLDS_ROLE edge written on ``text``, names as the graph shows them."""
    ex = pipeline.run_texts([("r", text)]).extraction
    names = {e.id: e.name for e in ex.entities}
    return {(names.get(r.source, r.source), r.role_simplified, names.get(r.target, r.target))
            for r in ex.relations if r.kind is RelationKind.HOLDS_ROLE}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data",
                        help="the shared data folder (default: %(default)s)")
    parser.add_argument("--judged", type=Path, default=JUDGED, help="judgements, JSON lines (default: %(default)s)")
    parser.add_argument("--pipeline", default=None, metavar="DIR", help="measure this source root instead")
    args = parser.parse_args()
    path = args.data / RESUME / HALVES["tune"]
    if not path.is_file():
        sys.exit(f"Error: {path} not found; pass --data DIR (the folder holding ner/resume/)")
    if not args.judged.is_file():
        sys.exit(f"Error: {args.judged} not found; pass --judged FILE")
    judged = [json.loads(line) for line in args.judged.read_text(encoding="utf-8").splitlines() if line.strip()]
    resumes, _ = build_resumes("tune", read_sentences(path))
    pipeline = Pipeline(Config())
    edges = {i: written_edges(pipeline, resumes[i].text) for i in sorted({j["resume"] for j in judged})}
    still = [j for j in judged if (j["person"], j["role"], j["holder"]) in edges[j["resume"]]]
    right = sum(j["right"] for j in still)
    print(f"judged {len(judged)} (right as judged {sum(j['right'] for j in judged)}); still written {len(still)}, "
          f"right {right} ({right / len(still) if still else 1.0:.2f})")


if __name__ == "__main__":
    main()
