"""``zhkg query`` answers from a graph file's index (zhkg.query.index) exactly as from the whole graph."""

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import zhkg.query.graph as graph_module
from zhkg.cachedir import cache_dir
from zhkg.cli import main
from zhkg.errors import ZhkgError
from zhkg.query.graph import ask, load_graph

ROOT = Path(__file__).resolve().parents[1]
SEED_GRAPH = ROOT / "graphs" / "000_e88b616f19a6a93b.graphml"
MAIN = "000_e88b616f19a6a93b"

QUESTIONS = [
    ("find", ["Yan Weihong"]), ("find", ["區政協"]), ("find", ["全区"]), ("find", ["pinggu qu"]),
    ("people-of", ["平谷区政协"]), ("roles-of", ["閆維洪"]), ("counts-of", ["平谷区"]), ("counts-of", ["平谷區政協"]),
    ("entities-of", [MAIN]), ("documents-of", ["平谷区"]), ("neighbours", ["闫维洪"]), ("path", ["张吉辉", "北京市"]),
    ("path", ["平谷區政協", "鄭嘉波"]), ("find", ["闫维红"]), ("find", ["Yan Weihng"]), ("people-of", ["没有的名字"]),
    ("entities-of", ["no-such-doc"]), ("path", ["北京市", "北京市"]), ("roles-of", ["张三丰"]), ("roles-of", ["闫维红"]),
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(folder))
    return folder


def answer(kg, question, args):
    try:
        return ask(kg, question, args)
    except ZhkgError as exc:
        return f"{type(exc).__name__}: {exc}"


@pytest.mark.parametrize("question, args", QUESTIONS)
def test_the_index_gives_the_graphs_answers(cache, tmp_path, question, args):
    graph_file = tmp_path / "seed.graphml"
    shutil.copy(SEED_GRAPH, graph_file)
    whole = load_graph(graph_file)
    assert answer(load_graph(graph_file, indexed=True), question, args) == answer(whole, question, args)
    assert answer(load_graph(graph_file, indexed=True), question, args) == answer(whole, question, args)  # cached


def test_the_second_question_reads_only_the_index(cache, tmp_path, monkeypatch):
    graph_file = tmp_path / "seed.graphml"
    shutil.copy(SEED_GRAPH, graph_file)
    first = load_graph(graph_file, indexed=True).people_of("平谷区政协")
    assert len(list((cache / "graphs").glob("*.sqlite"))) == 1

    def no_reading(path):
        raise AssertionError("the graph file was read again")

    monkeypatch.setattr(graph_module, "_read_graph", no_reading)
    assert load_graph(graph_file, indexed=True).people_of("平谷区政协") == first


def test_a_changed_file_is_indexed_again(cache, tmp_path):
    graph_file = tmp_path / "seed.graphml"
    shutil.copy(SEED_GRAPH, graph_file)
    assert load_graph(graph_file, indexed=True).entity("闫维洪").label == "閆維洪"
    stat = graph_file.stat()
    text = graph_file.read_text(encoding="utf-8").replace("閆維洪", "閆維鴻")  # same length in UTF-8
    graph_file.write_text(text, encoding="utf-8")
    os.utime(graph_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size and time: only the hash tells
    assert graph_file.stat().st_size == stat.st_size
    assert load_graph(graph_file, indexed=True).entity("闫维洪").label == "閆維鴻"


def test_an_unchanged_file_is_not_read_or_hashed_again(cache, tmp_path, monkeypatch):
    import time

    import zhkg.query.index as index_module

    graph_file = tmp_path / "seed.graphml"
    shutil.copy(SEED_GRAPH, graph_file)
    an_hour_ago = time.time_ns() - 3_600 * 10**9
    os.utime(graph_file, ns=(an_hour_ago, an_hour_ago))  # outside the racy window
    first = load_graph(graph_file, indexed=True).people_of("平谷区政协")

    def no_hashing(path):
        raise AssertionError("the graph file was hashed again")

    monkeypatch.setattr(index_module, "_digest", no_hashing)
    monkeypatch.setattr(graph_module, "_read_graph", no_hashing)
    assert load_graph(graph_file, indexed=True).people_of("平谷区政协") == first


def test_a_file_touched_but_not_changed_is_hashed_once_and_keeps_its_index(cache, tmp_path, monkeypatch):
    import time

    import zhkg.query.index as index_module

    graph_file = tmp_path / "seed.graphml"
    shutil.copy(SEED_GRAPH, graph_file)
    first = load_graph(graph_file, indexed=True).people_of("平谷区政协")
    an_hour_ago = time.time_ns() - 3_600 * 10**9
    os.utime(graph_file, ns=(an_hour_ago, an_hour_ago))  # new times, same bytes
    hashed = []
    digest = index_module._digest
    monkeypatch.setattr(index_module, "_digest", lambda path: hashed.append(path) or digest(path))

    def no_reading(path):
        raise AssertionError("the graph file was read again")

    monkeypatch.setattr(graph_module, "_read_graph", no_reading)
    assert load_graph(graph_file, indexed=True).people_of("平谷区政协") == first
    assert load_graph(graph_file, indexed=True).people_of("平谷区政协") == first
    assert hashed == [graph_file]  # the hash confirmed it once; the new times were recorded


def test_the_whole_graph_is_still_there(cache):
    kg = load_graph(SEED_GRAPH, indexed=True)
    whole = load_graph(SEED_GRAPH).G
    assert list(kg.G.nodes(data=True)) == list(whole.nodes(data=True))
    assert list(kg.G.edges(keys=True, data=True)) == list(whole.edges(keys=True, data=True))


def test_the_cache_folder_is_private(tmp_path, monkeypatch):
    folder = tmp_path / "open"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(folder))
    assert cache_dir() == folder and folder.stat().st_mode & 0o777 == 0o700


def test_without_a_usable_cache_folder_questions_still_answer(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(blocker / "cache"))
    assert cache_dir() is None
    assert load_graph(SEED_GRAPH, indexed=True).entity("Yan Weihong").label == "閆維洪"


def test_zhkg_query_uses_the_index(cache):
    result = CliRunner().invoke(main, ["query", str(SEED_GRAPH), "people-of", "平谷区政协"])
    assert result.exit_code == 0, result.output
    assert "閆維洪" in result.output and list((cache / "graphs").glob("*.sqlite"))
    result = CliRunner().invoke(main, ["query", str(SEED_GRAPH), "people-of", "平谷区政"])
    assert result.exit_code == 1 and "Error: no entity named '平谷区政'; closest: 平谷區政協" in result.output


def _stale_indexes(folder: Path, count: int, first_time: int) -> list[Path]:
    """``count`` index files another graph's questions left, oldest first (timestamps from ``first_time``)."""
    folder.mkdir(parents=True, exist_ok=True)
    stale = []
    for i in range(count):
        path = folder / f"old-{i:02d}.sqlite"
        path.write_bytes(b"")
        os.utime(path, (first_time + i, first_time + i))
        stale.append(path)
    return stale


def _query(graph_file: Path, name: str = "Yan Weihong"):
    result = CliRunner().invoke(main, ["query", str(graph_file), "find", name])
    assert result.exit_code == 0, result.output
    assert "閆維洪" in result.output
    return result


def test_only_the_most_recently_used_indexes_are_kept(cache, tmp_path):
    from zhkg.query.index import KEEP_INDEXES

    used_graph, new_graph = tmp_path / "used.graphml", tmp_path / "new.graphml"
    shutil.copy(SEED_GRAPH, used_graph)
    shutil.copy(SEED_GRAPH, new_graph)
    _query(used_graph)
    (used_index,) = (cache / "graphs").glob("*.sqlite")
    stale = _stale_indexes(cache / "graphs", KEEP_INDEXES + 3, 1_000_000)
    journal = cache / "graphs" / "old-00.sqlite-journal"  # not an index: neither counted nor removed
    journal.write_bytes(b"")
    os.utime(used_index, (999_999, 999_999))  # older than all of them...
    _query(used_graph)  # ...until questioned again: a read marks it used
    _query(new_graph)  # a new index built: the folder is pruned
    left = sorted(p.name for p in (cache / "graphs").glob("*.sqlite"))
    assert len(left) == KEEP_INDEXES
    assert used_index.name in left and len(set(left) - {p.name for p in stale}) == 2
    assert [p.name for p in stale if p.name in left] == [p.name for p in stale[-(KEEP_INDEXES - 2):]]
    assert journal.exists()


def test_pruning_never_removes_the_index_just_built_or_in_use(cache, tmp_path, monkeypatch):
    from zhkg.query.index import KEEP_INDEXES

    graph_file = tmp_path / "seed.graphml"
    shutil.copy(SEED_GRAPH, graph_file)
    _stale_indexes(cache / "graphs", KEEP_INDEXES + 3, 4_000_000_000)  # timestamps in the future: newer than ours
    _query(graph_file)
    built = [p for p in (cache / "graphs").glob("*.sqlite") if not p.name.startswith("old-")]
    assert len(built) == 1 and len(list((cache / "graphs").glob("*.sqlite"))) == KEEP_INDEXES

    def no_reading(path):
        raise AssertionError("the graph file was read again: its index was removed")

    monkeypatch.setattr(graph_module, "_read_graph", no_reading)
    _query(graph_file)  # answered from the index just built
    assert built[0].exists()


def test_a_read_only_cache_folder_still_answers_and_is_left_alone(cache, tmp_path, monkeypatch):
    import tempfile

    from zhkg.query.index import KEEP_INDEXES

    folder = cache / "graphs"
    _stale_indexes(folder, KEEP_INDEXES + 3, 1_000_000)
    before = sorted(folder.iterdir())
    folder.chmod(0o500)

    def refused(*args, **kwargs):  # root may write anywhere: refuse as a read-only folder would
        raise PermissionError("read-only")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    monkeypatch.setattr(Path, "unlink", refused)
    monkeypatch.setattr(os, "utime", refused)
    try:
        _query(SEED_GRAPH)
        _query(SEED_GRAPH)
        assert sorted(folder.iterdir()) == before
    finally:
        folder.chmod(0o700)
