"""What the bench scripts that read the shared corpus share: the reserved rows, the corpus's texts, the shared
data folder (``--data``, or a skip when it is not there), the gold file's check and the judged samples.

Nothing here imports zhkg at import time: a script sets ``sys.path`` to the checkout it measures first.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path

__all__ = ["GENERIC_MEMBER", "GOLD_DIR", "NAME_FAULTS", "RESERVED", "UNSEEN_HALVES", "add_audit_options",
           "add_data_option", "add_routing_option", "audit_inputs", "corpus_file", "corpus_rows", "eligible_corpus", "eligible_rows", "eligible_tsv", "entity_forms",
           "gold_unseen_rows", "judged_edge_written", "load_judged", "member_word", "require_gold",
           "refuse_output", "require_judged", "routing", "same_entity", "shared_data", "write_output"]

ROOT = Path(__file__).resolve().parents[1]
#: Rows of ``thucnews_1000.tsv`` (0-based) kept for held-out checks: never read, run or printed.
RESERVED = frozenset({148, 205, 224, 433, 503, 533, 565, 594, 899, 926,
                      166, 192, 273, 274, 287, 374, 579, 613, 884, 989})
#: The gold files, and the halves of theirs whose THUCNews rows no bench reads (scored as totals only).
GOLD_DIR = ROOT / "tests" / "gold"
UNSEEN_HALVES = frozenset({"held", "held2", "blind", "check2", "fresh21", "check36", "check37"})
#: The word a membership stated without a member word stands for (入选国家队, 加盟东莞队): ``roles_dev`` writes
#: such a membership ``成员`` and ``members_dev`` leaves its word empty; both scorers read an empty word as this.
GENERIC_MEMBER = "成员"


def member_word(kind: str, role: str) -> str:
    """The role a scorer compares for an edge of ``kind``: a MEMBER_OF edge with no member word is a plain
    membership (:data:`GENERIC_MEMBER`); any other edge keeps its role.

    >>> member_word("MEMBER_OF", ""), member_word("MEMBER_OF", "前锋"), member_word("HOLDS_ROLE", "")
    ('成员', '前锋', '')
    """
    return role or (GENERIC_MEMBER if kind == "MEMBER_OF" else "")


def add_data_option(parser: argparse.ArgumentParser) -> None:
    """``--data DIR``, the shared data folder (read by :func:`shared_data`)."""
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder (default: found beside ROOT)")


def add_routing_option(parser: argparse.ArgumentParser) -> None:
    """``--traditional-model on|off``: route Traditional documents to their own recogniser, or not
    (``Config.traditional_model``; default: the Config's), as a run of ``zhkg extract`` with that setting would."""
    parser.add_argument("--traditional-model", choices=("on", "off"), default=None,
                        help="route Traditional documents to their own recogniser (default: the Config's, off)")


def routing(args: argparse.Namespace) -> dict[str, bool]:
    """The Config keyword :func:`add_routing_option` asked for (none when it was not given).

    >>> routing(argparse.Namespace(traditional_model="on")), routing(argparse.Namespace(traditional_model=None))
    ({'traditional_model': True}, {})
    """
    choice = getattr(args, "traditional_model", None)
    return {} if choice is None else {"traditional_model": choice == "on"}


def shared_data(data: Path | None) -> Path:
    """``data``, or the shared data folder found beside this checkout; when there is none, says it is skipped and
    exits 0 (a bench run on a machine without the data is no failure)."""
    from zhkg.evaluate import find_data_dir

    data = data or find_data_dir(ROOT)
    if data is None or not data.is_dir():
        print("skipped: shared/data is not beside this checkout; pass --data DIR", file=sys.stderr)
        sys.exit(0)
    return data


def require_gold(path: Path) -> None:
    """Exit with one ``Error:`` line when the gold file ``path`` is not there."""
    if not path.is_file():
        sys.exit(f"Error: {path} not found; pass --gold FILE")


def corpus_file(data: Path) -> Path:
    """The THUCNews corpus of the shared data folder ``data``."""
    return data / "corpus" / "thucnews_1000.tsv"


def corpus_rows(data: Path) -> list[str]:
    """The texts of thucnews_1000.tsv by 0-based row."""
    with open(corpus_file(data), encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t", 1)[-1] for line in f]


def gold_unseen_rows(gold: Path = GOLD_DIR, halves: Collection[str] = UNSEEN_HALVES) -> set[int]:
    """Rows of THUCNews some gold file in ``gold`` keeps unseen (its ``halves``), by number only."""
    rows: set[int] = set()
    for path in sorted(gold.glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                if "row" not in record or record.get("half") not in halves:
                    continue
                # learned_news names an entity in ``source``; its rows are all THUCNews rows
                if record.get("source") == "thucnews" or path.name == "learned_news.jsonl":
                    rows.add(int(record["row"]))
    return rows


def eligible_rows(total: int, gold: Path = GOLD_DIR) -> list[int]:
    """Rows of ``range(total)`` a bench may read: not :data:`RESERVED` and not kept unseen by a gold file in ``gold``."""
    unseen = gold_unseen_rows(gold)
    return [r for r in range(total) if r not in RESERVED and r not in unseen]


def eligible_corpus(corpus: Path, n: int | None = None) -> list[tuple[int, str, str]]:
    """(row, category, text) of the first ``n`` rows (all when ``None``) of a THUCNews-layout TSV, ``corpus``, that a
    bench may read (``bench.relations_audit.eligible_rows``'s: no row of :data:`RESERVED`, none a gold file keeps
    unseen), in order: a bench that runs "the first N documents" runs N eligible ones (speed220: ``bench/throughput.py``
    ran the first 200 rows, 62 of them not eligible). Imports no zhkg."""
    with open(corpus, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f]
    rows = eligible_rows(len(lines))
    out = []
    for row in rows if n is None else rows[:n]:
        category, _, text = lines[row].partition("\t")
        out.append((row, category, text))
    return out


def refuse_output(option: str, path: Path | None, inputs: Iterable[Path | None] = ()) -> None:
    """Stop with one ``Error:`` line (exit 1), before any work, when the output ``path`` a script was given as
    ``option`` is one of its ``inputs``, a folder, a device or in a folder that cannot be written: the rules of
    ``zhkg extract``'s outputs (:func:`zhkg.export.outputs.check_outputs`). Nothing to check without a ``path``.

    >>> import tempfile
    >>> data = Path(tempfile.mkdtemp()) / "rows.json"; _ = data.write_text("[]")
    >>> refuse_output("--dump", data.parent / "dump.json", [data])
    >>> refuse_output("--dump", data, [None, data])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    SystemExit: Error: --dump ... is the input ...: refusing to write over an input
    """
    if path is None:
        return
    from zhkg.errors import ZhkgError
    from zhkg.export.outputs import check_outputs

    try:
        check_outputs([(option, Path(path))], [Path(p) for p in inputs if p is not None])
    except ZhkgError as exc:
        sys.exit(f"Error: {exc}")


def write_output(option: str, path: Path, data: str | bytes) -> None:
    """``data`` written to ``path``, the script's output ``option``, by zhkg's atomic writer
    (:func:`zhkg.export.atomic.atomic_write`): a failed or interrupted run leaves any earlier file at ``path`` whole
    and no part of its own; text is UTF-8, its line ends as given. A path that cannot be written stops the script
    with one ``Error:`` line naming ``option`` and ``path`` (exit 1), as ``zhkg extract`` names its outputs, not by
    the temporary file the system names.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp()) / "new" / "rows.json"
    >>> write_output("--json", out, "[1]\\n"); write_output("--json", out.with_suffix(".bin"), b"\\x00")
    >>> out.read_bytes(), sorted(p.name for p in out.parent.iterdir())
    (b'[1]\\n', ['rows.bin', 'rows.json'])
    >>> write_output("--json", out.parent, "[]")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    SystemExit: Error: .../new is a folder, not a regular file: an output must be a regular file or absent
    """
    from zhkg.errors import ZhkgError
    from zhkg.export.atomic import atomic_write
    from zhkg.export.outputs import output_failure

    try:
        with atomic_write(path, "wb" if isinstance(data, bytes) else "w") as fh:
            fh.write(data)
    except ZhkgError as exc:  # before OSError: zhkg's OutputError is one too, and its message is its own
        sys.exit(f"Error: {exc}")
    except OSError as exc:
        named = output_failure(exc, [(option, path)])
        sys.exit(f"Error: {named or f'cannot write {option} {path}: {exc.strerror or exc}'}")


def eligible_tsv(corpus: Path, out: Path, n: int | None = None) -> Path:
    """``out`` written with :func:`eligible_corpus`'s rows of ``corpus`` (``category<TAB>text`` a line), for a bench
    that runs ``zhkg extract`` on a file; returns ``out``."""
    with open(out, "w", encoding="utf-8") as f:
        f.writelines(f"{category}\t{text}\n" for _, category, text in eligible_corpus(corpus, n))
    return out


def load_judged(path: Path) -> list[dict]:
    """The judgements of an audit, one JSON object a line; none when the file is not there yet."""
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def add_audit_options(parser: argparse.ArgumentParser, judged: Path, seed: int, sample: str) -> None:
    """An audit's options (``bench/counts_audit.py``, ``bench/relations_audit.py``): ``--judged``, ``--data``,
    ``--seed`` and ``--sample`` of a draw, ``--errors`` of a sample; each audit adds its own ``--draw``."""
    parser.add_argument("--judged", type=Path, default=judged, help="judgements, JSON lines (default: %(default)s)")
    add_data_option(parser)
    parser.add_argument("--seed", type=int, default=seed, help="the draw's random seed (default: %(default)s)")
    parser.add_argument("--sample", default=sample, help="the name a draw's stubs carry (default: %(default)s)")
    parser.add_argument("--errors", metavar="SAMPLE", default=None,
                        help="also list what is wrong in this sample (only a sample already worked on, never the "
                             "fresh one)")


def audit_inputs(args: argparse.Namespace) -> tuple[list[str], list[dict]]:
    """The corpus's texts and the judgements an audit's options name (:func:`add_audit_options`)."""
    return corpus_rows(shared_data(args.data)), load_judged(args.judged)


def require_judged(judged: list[dict], path: Path) -> list[dict]:
    """``judged``; when it is empty, says so and exits 1 (nothing to score)."""
    if not judged:
        print(f"no judgements in {path}", file=sys.stderr)
        sys.exit(1)
    return judged


def entity_forms(mentions: Iterable) -> dict[str, set[str]]:
    """Each entity id one document's mentions give, to the entity's surface forms (Simplified and as written):
    what the graph records as its aliases and finds the node by (``Entity.aliases``, :mod:`zhkg.query.names`)."""
    from zhkg.stages.entity_groups import entity_id

    forms: dict[str, set[str]] = {}
    for m in mentions:
        forms.setdefault(entity_id(m), set()).update(f for f in (m.text, m.simplified) if f)
    return forms


def same_entity(judged: str, written: str, forms: Collection[str] = (), text: str = "") -> bool:
    """Whether the end ``judged`` of a judged edge (an entity id) is the written end ``written``: the same id, or an
    entity of the same kind whose surface forms ``forms`` hold the judged name. A judgement keeps the id the graph
    wrote when it was made (org:维冈队); the graph may since name the node otherwise (org:维冈, its mention still
    written 维冈队), and it is the same edge. Given the row's ``text``, the judged name may also be a form cut on its
    left that the graph now reads whole (米兰队 judged, ac米兰队 written since overrides78): :func:`cut_of_form`.

    >>> same_entity("org:维冈队", "org:维冈", {"维冈队", "维冈"}), same_entity("org:维冈", "org:维冈")
    (True, True)
    >>> same_entity("org:维冈队", "person:维冈", {"维冈队"}), same_entity("org:曼城", "org:曼联", {"曼联"})
    (False, False)
    >>> same_entity("org:米兰队", "org:ac米兰队", {"ac米兰队"}, "ac米兰队vs卡塔尼亚队")
    True
    """
    if judged == written:
        return True
    kind, _, name = judged.partition(":")
    if written.partition(":")[0] != kind:
        return False
    return name in forms or any(cut_of_form(name, form, text) for form in forms)


def cut_of_form(name: str, form: str, text: str) -> bool:
    """Whether ``name`` is ``form`` cut on its left in ``text`` (a row, either script): a proper tail of the form
    that the text holds only inside the form, so no mention of the name alone can be meant (米兰队 in ac米兰队vs…, not
    where 米兰队 also stands alone, nor 国际米兰队 for a 米兰队 of its own).

    >>> cut_of_form("米兰队", "ac米兰队", "ac米兰队vs卡塔尼亚队"), cut_of_form("米兰队", "ac米兰队", "ac米兰队和米兰队")
    (True, False)
    """
    if not text or len(name) < 2 or len(name) >= len(form) or not form.endswith(name):
        return False
    from zhkg.stages.normalise import to_simplified

    for t in (text, to_simplified(text)):
        if name in t:
            return t.count(name) == t.count(form)
    return False


#: The classes of a wrong judgement that judged an end's name (``junk``: no real entity of its kind; ``wrong_body``:
#: not that organisation, as a bare 政策法规司 whose ministry is lost). Such a judgement is matched by node id alone:
#: a node the graph now names otherwise from the same mention (住房和城乡建设部政策法规司) is another end, unjudged.
NAME_FAULTS = frozenset({"junk", "wrong_body"})


def judged_edge_written(judged: Mapping, written: Iterable[Mapping], text: str = "") -> Mapping | None:
    """The first of the ``written`` edges (each with ``source``, ``target`` and the ends' surface forms,
    ``source_forms`` and ``target_forms``) whose two ends are the judged edge's (:func:`same_entity`, given the row's
    ``text`` when there is one), or ``None``;
    the caller passes the edges of the judged edge's row and kind only. A wrong judgement of an end's name
    (:data:`NAME_FAULTS`) matches by node id only.

    >>> written = [{"source": "org:阿森纳", "target": "org:维冈", "target_forms": {"维冈队", "维冈"}}]
    >>> judged = {"source": "org:阿森纳", "target": "org:维冈队", "right": True}
    >>> judged_edge_written(judged, written) is written[0]
    True
    >>> judged_edge_written({**judged, "right": False, "why": "junk"}, written) is None
    True
    """
    by_forms = judged.get("right") is not False or judged.get("why") not in NAME_FAULTS
    for e in written:
        source_forms, target_forms = (e.get("source_forms", ()), e.get("target_forms", ())) if by_forms else ((), ())
        if same_entity(judged["source"], e["source"], source_forms, text if by_forms else "") \
                and same_entity(judged["target"], e["target"], target_forms, text if by_forms else ""):
            return e
    return None
