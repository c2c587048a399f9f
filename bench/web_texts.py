"""Rebuild the web dev set's article texts from stored search results, byte for byte, checked by sha256.

The web gold files (``tests/gold/entities_web_twhk.jsonl``, ``entities_web_intl.jsonl``, the blind
``entities_blind57.jsonl``, ``entities_blind58.jsonl`` and ``entities_blind60.jsonl``, session 61's pools
``roles_pool61r.jsonl`` and ``counts_pool61c.jsonl``, session 62's ``roles_pool62r.jsonl`` and ``counts_pool62c.jsonl``,
and session 63's ``roles_pool63r.jsonl`` and ``counts_pool63c.jsonl``) hold each article's url and
the sha256 of its text, never the text: the texts are third-party and live outside the repository
(``/work/web/texts/<id>.txt``). Session 35 cut each text by hand out of a result of the ``search`` tool's ``pages``
corpus (a url and an excerpt from the page's beginning). This script finds the cut again: for every
``<raw>/<id>.json`` (one search result ``{"url", "excerpt"}``, a list of them, or ``{"query", "results": [...]}``)
whose url is the gold's (:func:`same_page`), it tries every cut a hand could have made — a contiguous run of the excerpt's lines, with
or without a headline line before it (from the same result or another of the same page), lines stripped or not,
blank lines kept or dropped, joined by ``"\\n"``, ``"\\n\\n"`` or nothing, a line flattened from paragraphs split at
its spaces, a mirror's known damage repaired (:data:`REPAIRS`), the run's last line ending at a sentence end or whole,
with or without a final newline — and keeps the one whose sha256 is the gold's.

Each id found is written to ``<out>/<id>.txt`` and its *locator* (id, url, the query that found the page, the
recipe: result and line indices, offsets and join rule; never text) to ``tests/gold/web_sources.jsonl``, so a later
session re-runs the query, saves the result and rebuilds the text with :func:`apply_recipe` (a run on some gold files
appends their new ids' locators and keeps every other: :func:`write_sources`). Per id it prints
``found``, ``page found, no sha256 match`` or ``no page``.

Run: ``PYTHONPATH=pipeline python bench/web_texts.py [--raw DIR] [--out DIR] [--sources FILE] [--gold FILE ...]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))  # zhkg's atomic writer, this checkout's
sys.path.insert(0, str(ROOT))  # bench.common

from bench.common import refuse_output, write_output  # noqa: E402

GOLD = ROOT / "tests" / "gold"
# The blind sets (session 57, blind270; session 58, blind277; session 60, blind293) are rebuilt the same way; their
# texts are scored, never read (bench/entities_web.py); so are session 61's pools (rolepool304, bench/roles_web.py;
# countpool305, bench/counts_web.py), session 62's pools (pool62r312, pool62c313) and session 63's pools
# (pool63r315, pool63c316), whose records carry their pages' urls too.
GOLD_FILES = (GOLD / "entities_web_twhk.jsonl", GOLD / "entities_web_intl.jsonl", GOLD / "entities_blind57.jsonl",
              GOLD / "entities_blind58.jsonl", GOLD / "entities_blind60.jsonl", GOLD / "roles_pool61r.jsonl",
              GOLD / "counts_pool61c.jsonl", GOLD / "roles_pool62r.jsonl",
              GOLD / "counts_pool62c.jsonl", GOLD / "roles_pool63r.jsonl", GOLD / "counts_pool63c.jsonl")
SOURCES = GOLD / "web_sources.jsonl"
RAW = Path("/work/web/raw")
TEXTS = Path("/work/web/texts")
SHORTEST, LONGEST = 200, 900  # characters; the set's texts are 300–680, the margin is cheap
SENTENCE_END = re.compile(r"[。！？!?」』”]")
DATE_PREFIX = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s*")
# Damage a page's mirror did to its text, repaired by hand when the set was made (docs/entities.md, web113:
# ``hk-03``'s mirror wrote 形[可疑 for 形跡可疑); a recipe with ``repair`` undoes each.
REPAIRS = (("形[可疑", "形跡可疑"),)


class RawError(ValueError):
    """A raw search-result file that is not JSON of the expected shape."""


@dataclass(frozen=True)
class Recipe:
    """How one text is cut from a page's search results (indices into ``results`` and their lines)."""

    result: int  # the result holding the body's run of lines
    first: int  # first line of the run
    last: int  # last line of the run (inclusive)
    end: int | None = None  # the last line is cut after this many characters (a sentence end); None: whole
    head_result: int | None = None  # the result holding the headline line, None: no separate headline
    head: int | None = None  # the headline's line index
    strip: bool = False  # each line stripped of surrounding whitespace
    drop_blank: bool = False  # blank lines of the run left out
    drop_date: bool = False  # the excerpt's opening " date YYYY-MM-DD " taken off its first line
    sep: str = "\n"  # what joins the lines
    final_newline: bool = False  # a "\n" after the last line
    split_spaces: bool = False  # a mirror that flattened paragraphs into one line with " " between: split there
    repair: bool = False  # REPAIRS undone in the excerpt first
    drop_subheads: bool = False  # short lines inside the run without a comma or stop (subheadings) left out
    drop_captions: bool = False  # photo captions inside the run (:func:`is_caption`) left out


def normal_url(url: str) -> str:
    """``url`` without scheme, ``www.``, trailing slash, percent-encoding or letter case, for comparing.

    >>> normal_url("https://www.Example.com/%E4%B8%AD/") == normal_url("http://example.com/中")
    True
    """
    text = unquote(url.strip()).lower()
    text = re.sub(r"^[a-z]+://", "", text)
    text = re.sub(r"^www\.", "", text)
    return text.rstrip("/")


def same_page(found: str, gold: str) -> bool:
    """Whether a result's url ``found`` is the gold's page: equal under :func:`normal_url`; or, when the gold url
    has no query string, the same host whose path holds the gold's path segments in order and ends with the same
    one (the article id), once the result's query is taken off — a view switch (``?m=0``) or a headline slug the
    gold's url was written without (``/football-news/3523346/<slug>``, ``/地產/<slug>/634315``).

    >>> same_page("http://mingpaocanada.com/a/HK-1.htm?m=0", "http://mingpaocanada.com/a/HK-1.htm")
    True
    >>> same_page("https://am730.com.hk/地產/樓市-奪兩地/634315", "https://www.am730.com.hk/地產/634315")
    True
    >>> same_page("http://a.com/news.aspx?id=2", "http://a.com/news.aspx?id=1")
    False
    >>> same_page("https://udn.com/news/story/1/2", "https://udn.com/news/story/1/3")
    False
    """
    if normal_url(found) == normal_url(gold):
        return True
    if "?" in gold:
        return False
    have = normal_url(found.split("?", 1)[0]).split("/")
    want = normal_url(gold).split("/")
    if have[0] != want[0] or len(have) < len(want):
        return False
    if want[-1] not in have[1:]:
        return False
    have = have[: len(have) - have[::-1].index(want[-1])]  # up to the last occurrence of the gold's last segment
    position = 0
    for segment in have:
        if position < len(want) and segment == want[position]:
            position += 1
    return position == len(want)


def read_raw(path: Path) -> tuple[str, list[dict]]:
    """The query (or "") and the results ``[{"url", "excerpt"}, ...]`` saved in ``path``; :class:`RawError` if not."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RawError(f"{path}: not readable JSON ({exc})") from None
    query = ""
    if isinstance(data, dict) and "results" in data:
        query = str(data.get("query", ""))
        data = data["results"]
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not all(
        isinstance(item, dict) and isinstance(item.get("url"), str) and isinstance(item.get("excerpt"), str)
        for item in data
    ):
        raise RawError(f"{path}: expected a search result {{url, excerpt}}, a list of them or {{query, results}}")
    return query, data


def _lines(excerpt: str, recipe: Recipe, first_of_excerpt: bool = True) -> list[str]:
    if recipe.repair:
        for damaged, repaired in REPAIRS:
            excerpt = excerpt.replace(damaged, repaired)
    lines = excerpt.split("\n")
    if recipe.split_spaces:
        lines = [part for line in lines for part in line.split(" ")]
    if recipe.drop_date and first_of_excerpt:
        lines[0] = DATE_PREFIX.sub("", lines[0], count=1)
    if recipe.strip:
        lines = [line.strip() for line in lines]
    return lines


def apply_recipe(excerpts: list[str], recipe: Recipe) -> str:
    """The text ``recipe`` cuts from ``excerpts`` (the page's results in the saved order).

    >>> apply_recipe([" date 2025-01-02 標題\\n\\n正文一。\\n正文二。尾"], Recipe(0, 0, 3, end=4, drop_date=True, drop_blank=True))
    '標題\\n正文一。\\n正文二。'
    """
    lines = _lines(excerpts[recipe.result], recipe)
    run = lines[recipe.first : recipe.last + 1]
    if recipe.end is not None:
        run[-1] = run[-1][: recipe.end]
    if recipe.drop_blank:
        run = [line for line in run if line.strip()]
    if recipe.drop_subheads:
        run = run[:1] + [line for line in run[1:] if not is_subhead(line)]
    if recipe.drop_captions:
        run = run[:1] + [line for line in run[1:] if not is_caption(line)]
    if recipe.head is not None and recipe.head_result is not None:
        run = [_lines(excerpts[recipe.head_result], recipe)[recipe.head], *run]
    return recipe.sep.join(run) + ("\n" if recipe.final_newline else "")


def is_subhead(line: str) -> bool:
    """A subheading inside a body: a short non-blank line with no comma or stop.

    >>> is_subhead("見警即逃"), is_subhead("他說，好。"), is_subhead("")
    (True, False, False)
    """
    return 0 < len(line.strip()) <= 12 and not re.search(r"[，。,、；：！？]", line)


# A caption's credit at its end: a photographer (``… 记者 某某 摄``, ``（記者某某攝）``), a picture source (``…公众号图``),
# or a short parenthesised source after the caption's sentence (``…選舉的競選活動。(路透)``).
CREDIT_END = re.compile(r"(?:[摄攝图圖][)）]?|[。！？][(（][^()（）]{1,20}[)）])$")


def is_caption(line: str) -> bool:
    """A photo caption inside a body: a line ending in a credit (:data:`CREDIT_END`) or holding the caption mark
    ``▲``. Cuts without dropping them are tried too, so a body line taken for a caption costs only time.

    >>> is_caption("发布会在北京举行。 中新社记者 某某 摄"), is_caption("會談登場。(路透)"), is_caption("他说，好。")
    (True, True, False)
    """
    text = line.strip()
    return bool(text) and ("▲" in text or bool(CREDIT_END.search(text)))


def _heads(lines: list[str], stop: int) -> Iterator[int]:
    """Lines before ``stop`` that can be a headline: 4–80 characters, not ending a sentence."""
    for index in range(min(stop, 60)):
        line = lines[index].strip()
        if 4 <= len(line) <= 80 and not line.endswith(("。", "」", "）")):
            yield index


def _runs(lines: list[str]) -> Iterator[tuple[int, int, int | None]]:
    """(first, last, end) of every run whose joined length can fall in the set's range."""
    for first in range(len(lines)):
        if not lines[first].strip():
            continue
        size = 0
        for last in range(first, len(lines)):
            size += len(lines[last]) + 1
            if size - len(lines[last]) > LONGEST:
                break
            if not lines[last].strip():
                continue
            for match in SENTENCE_END.finditer(lines[last]):
                if match.end() < len(lines[last]):
                    yield first, last, match.end()
            yield first, last, None


def candidate_recipes(excerpts: list[str]) -> Iterator[Recipe]:
    """Every cut tried: one run of lines under every option first, then a headline line before a run (fewer
    options: the headline search multiplies the runs by the lines)."""
    joined = "".join(excerpts)
    repairs = (False, True) if any(damaged in joined for damaged, _ in REPAIRS) else (False,)
    splits = (False, True) if " " in joined.strip() else (False,)
    captions = (False, True) if any(is_caption(line) for line in joined.split("\n")) else (False,)
    plain = [
        dict(strip=strip, drop_blank=drop_blank, drop_date=drop_date, sep=sep, final_newline=final_newline,
             split_spaces=split_spaces, repair=repair, drop_subheads=drop_subheads, drop_captions=drop_captions)
        for drop_captions in captions
        for repair in repairs
        for split_spaces in splits
        for drop_subheads in (False, True)
        for drop_date in (False, True)
        for strip in (False, True)
        for drop_blank in (False, True)
        for sep in ("\n", "\n\n", "")
        for final_newline in (False, True)
    ]
    headed = [
        option for option in plain
        if not option["split_spaces"] and not option["drop_subheads"] and option["sep"] != ""
    ]
    for with_head, options in ((False, plain), (True, headed)):
        for option in options:
            probe = Recipe(0, 0, 0, **option)
            for index, excerpt in enumerate(excerpts):
                lines = _lines(excerpt, probe)
                for first, last, end in _runs(lines):
                    if not with_head:
                        yield Recipe(index, first, last, end, **option)
                        continue
                    for head_index, head_excerpt in enumerate(excerpts):
                        head_lines = _lines(head_excerpt, probe)
                        stop = first if head_index == index else len(head_lines)
                        for head in _heads(head_lines, stop):
                            yield Recipe(index, first, last, end, head_index, head, **option)


def find_text(excerpts: list[str], sha256: str) -> tuple[str, Recipe] | None:
    """The text of ``excerpts`` whose sha256 is ``sha256`` and its recipe, or None."""
    for recipe in candidate_recipes(excerpts):
        text = apply_recipe(excerpts, recipe)
        if SHORTEST <= len(text) <= LONGEST and hashlib.sha256(text.encode("utf-8")).hexdigest() == sha256:
            return text, recipe
    return None


def best_cut(excerpts: list[str], record: dict, counts: list[dict]) -> tuple[str, Recipe] | None:
    """For a page no cut matches by sha256: the plain cut (one run, no headline) of 300–680 characters that best
    fits what the gold says of the text — its counts' ``check`` strings at their ``start`` offsets first, then the
    share of gold names (Simplified; the cut converted with OpenCC t2s when the gold's script is Traditional)
    written in it, then the longer cut. Not checked by sha256: for a reader to judge."""
    to_simplified = _t2s() if record.get("script") == "traditional" else (lambda text: text)
    names = [str(entity["name"]) for entity in record.get("entities", [])]
    best: tuple[tuple[int, int, int], str, Recipe] | None = None
    seen: set[str] = set()
    for recipe in candidate_recipes(excerpts):
        if recipe.head is not None:
            break  # the headline cuts come last; plain ones are enough for a best guess
        text = apply_recipe(excerpts, recipe)
        if not 300 <= len(text) <= 680 or text in seen:
            continue
        seen.add(text)
        plain = to_simplified(text)
        at_offset = sum(text[count["start"] : count["end"]] == count["check"] for count in counts)
        score = (at_offset, sum(name in plain for name in names), len(text))
        if best is None or score > best[0]:
            best = (score, text, recipe)
    return None if best is None else (best[1], best[2])


def _t2s():
    try:
        from opencc import OpenCC
    except ImportError:  # without OpenCC names are looked up as written
        return lambda text: text
    return OpenCC("t2s").convert


def names_found(text: str, record: dict) -> tuple[int, int]:
    """How many of the gold's entity names (or an alias) the text writes, of how many."""
    plain = _t2s()(text) if record.get("script") == "traditional" else text
    entities = record.get("entities", [])
    found = sum(any(name in plain for name in [entity["name"], *entity.get("aliases", [])]) for entity in entities)
    return found, len(entities)


def read_gold(paths: list[Path]) -> dict[str, dict]:
    """Each gold record by id (url and sha256 are what this script reads)."""
    records: dict[str, dict] = {}
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    record = json.loads(line)
                    records[str(record["id"])] = record
                except (json.JSONDecodeError, KeyError, TypeError):
                    raise RawError(f"{path}:{number}: not a gold record") from None
    return records


def recover(
    gold: dict[str, dict], raw: Path, out: Path, unverified: Path | None = None, counts: dict[str, list] | None = None
) -> tuple[dict[str, str], list[dict]]:
    """Each id's status (``found``, ``page found, no sha256 match``, ``no page`` or a file error) and the locators
    of the ids found; their texts are written to ``out``. With ``unverified``, a page no cut matches gets its
    :func:`best_cut` written there and its status says how many gold names it holds."""
    status: dict[str, str] = {}
    sources: list[dict] = []
    for ident, record in gold.items():
        path = raw / f"{ident}.json"
        if not path.exists():
            status[ident] = "no page"
            continue
        try:
            query, results = read_raw(path)
        except RawError as exc:
            status[ident] = f"error: {exc}"
            continue
        excerpts = [item["excerpt"] for item in results if same_page(item["url"], str(record["url"]))]
        if not excerpts:
            status[ident] = "no page"
            continue
        found = find_text(excerpts, str(record["sha256"]))
        if found is None:
            status[ident] = "page found, no sha256 match"
            guess = best_cut(excerpts, record, (counts or {}).get(ident, [])) if unverified else None
            if guess is not None and unverified is not None:
                unverified.mkdir(parents=True, exist_ok=True)
                write_output("--unverified", unverified / f"{ident}.txt", guess[0].encode("utf-8"))
                found_names, total = names_found(guess[0], record)
                status[ident] += f" (unverified cut, {len(guess[0])} characters, {found_names}/{total} gold names)"
            continue
        text, recipe = found
        out.mkdir(parents=True, exist_ok=True)
        write_output("--out", out / f"{ident}.txt", text.encode("utf-8"))
        status[ident] = "found"
        sources.append({"id": ident, "url": record["url"], "query": query, "recipe": asdict(recipe)})
    return status, sources


def write_sources(path: Path, sources: list[dict], keep: dict[str, dict]) -> None:
    """Write the locators atomically: every one of an earlier run (``keep``) in its place, an id found again taking
    its new locator there, then the ids new to the file in the order found — a run on one gold file (``--gold``)
    appends its locators and drops none of the others'.

    >>> import tempfile; path = Path(tempfile.mkdtemp()) / "s.jsonl"
    >>> write_sources(path, [{"id": "a-02", "n": 2}, {"id": "b-01", "n": 1}], {"z-01": {"id": "z-01"}, "a-02": {"id": "a-02"}})
    >>> [json.loads(line) for line in path.read_text().splitlines()]
    [{'id': 'z-01'}, {'id': 'a-02', 'n': 2}, {'id': 'b-01', 'n': 1}]
    """
    merged = dict(keep)
    merged.update((item["id"], item) for item in sources)
    write_output("--sources", path, "".join(json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n" for item in merged.values()))


def read_sources(path: Path) -> dict[str, dict]:
    """The locators already in ``path`` by id ({} without the file)."""
    if not path.exists():
        return {}
    return {item["id"]: item for item in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if item}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--raw", type=Path, default=RAW, help="folder of <id>.json search results")
    parser.add_argument("--out", type=Path, default=TEXTS, help="folder the texts found are written to")
    parser.add_argument("--sources", type=Path, default=SOURCES, help="the locators file (jsonl) to update")
    parser.add_argument("--gold", type=Path, nargs="+", default=list(GOLD_FILES), help="web gold files")
    parser.add_argument("--unverified", type=Path, help="folder for best cuts of pages no cut matches (not checked)")
    parser.add_argument("--counts", type=Path, default=GOLD / "counts_web.jsonl", help="count gold (offsets guide --unverified)")
    args = parser.parse_args(argv)
    if not args.raw.is_dir():
        print(f"Error: no folder of search results at {args.raw}", file=sys.stderr)
        return 1
    refuse_output("--sources", args.sources, [*args.gold, args.counts])
    try:
        gold = read_gold(args.gold)
        keep = read_sources(args.sources)
    except (OSError, RawError, json.JSONDecodeError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    counts = {}
    if args.unverified and args.counts.exists():
        counts = {item["id"]: item.get("counts", []) for item in map(json.loads, args.counts.read_text(encoding="utf-8").splitlines()) if item}
    status: dict[str, str] = {}
    sources: list[dict] = []
    for ident in gold:  # one id at a time, so each line is printed as soon as its page is searched
        one_status, one_source = recover({ident: gold[ident]}, args.raw, args.out, args.unverified, counts)
        status.update(one_status)
        sources.extend(one_source)
        line = f"{ident}: {status[ident]}"
        if one_source:
            line += "  " + json.dumps(one_source[0]["recipe"], ensure_ascii=False, sort_keys=True)
        print(line, flush=True)
    errors = [ident for ident, text in status.items() if text.startswith("error")]
    found = sum(text == "found" for text in status.values())
    print(f"found {found} of {len(gold)}; page found, no match {sum(t.startswith('page') for t in status.values())}; "
          f"no page {sum(t == 'no page' for t in status.values())}; bad files {len(errors)}")
    write_sources(args.sources, sources, keep)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
