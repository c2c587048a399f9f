"""What review72 left, as a user meets it (session 33, review73); each case failed before its fix.

* the browser user: on the seed page five pairs of small labels (documents' titles, 中國氣象局 under a title)
  overlapped at first sight: only the headlines' labels were kept apart, and other labels only from theirs;
* the scripted user: ``zhkg query … find hu`` listed pinyin-prefix matches most mentioned first (火箭's ``huo``
  before 湖人 and 胡锦涛, whose first syllable ``hu`` is), while the page finds a start of whole syllables first;
* the cluster user: a scheduler address whose port refuses the connection waited Dask's 30 s connection timeout;
* the browser user: a node's panel said how often it is mentioned, not in how many documents.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from helpers import (
    add_node,
    assert_quiet,
    drawn_label_boxes,
    overlapping,
    page_in_script,
    page_payload,
    search,
    wait_for_layout,
)

from zhkg.cli import main
from zhkg.errors import WorkerError
from zhkg.export.html import render_html, write_html
from zhkg.query.graph import load_graph
from zhkg.stages.normalise import to_simplified, to_traditional

SCRIPTS = [pytest.param(to_simplified, id="simplified"), pytest.param(to_traditional, id="traditional")]


def payload_nodes(page: str) -> dict[str, dict[str, Any]]:
    return {node["id"]: node for node in page_payload(page)["nodes"]}


# ---- The browser user: labels at first sight


@pytest.fixture(scope="module", params=SCRIPTS)
def seed_page_file(request: pytest.FixtureRequest, seed_graph: nx.MultiDiGraph,
                   tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed's page with every label in one script."""
    return page_in_script(seed_graph, request.param, tmp_path_factory.mktemp("review73") / "seed.html")


@pytest.mark.browser
@pytest.mark.slow
def test_no_two_labels_shown_at_first_sight_overlap(offline_page, seed_page_file) -> None:
    page, log = offline_page
    page.goto(seed_page_file.as_uri())
    wait_for_layout(page)
    assert 14 * page.evaluate("zhkg.network.getScale()") >= 4  # the small labels are drawn at first sight
    boxes = drawn_label_boxes(page)
    assert overlapping(boxes) == []  # 5 pairs before (石家莊警察護跑團… over 地環學院學子…, a title over 中國氣象局)
    heads = set(page.evaluate("zhkg.headlines"))
    assert heads <= set(boxes) and len(boxes) >= 100  # the rest still named: 108 of 124
    sizes = page.evaluate("() => Object.fromEntries(zhkg.nodes.get().map(n => [n.id, n.size]))")
    undrawn = page.evaluate("zhkg.undrawnLabels")
    # a hidden label is one a drawn label as big or bigger covers
    assert undrawn and not set(undrawn) & set(boxes)
    page.evaluate("zhkg.network.moveTo({scale: 1.5})")  # zoomed in to read: every label again
    page.wait_for_timeout(300)
    assert page.evaluate("zhkg.undrawnLabels") == []
    assert len(drawn_label_boxes(page)) == len(sizes)
    page.evaluate("zhkg.network.fit()")  # back at first sight: apart again
    page.wait_for_timeout(300)
    assert overlapping(drawn_label_boxes(page)) == []
    assert_quiet(log)


# ---- The scripted user: one order of pinyin starts for the page and zhkg query


def hu_graph(script: Any) -> nx.MultiDiGraph:
    """火箭 much mentioned, 湖人 and 胡锦涛 less (review72's page graph, without its documents)."""
    G = nx.MultiDiGraph(title="review73")
    for node_id, label, kind, mentions in (("org:火箭", "火箭", "ORGANIZATION", 40), ("org:湖人", "湖人", "ORGANIZATION", 11),
                                           ("person:胡锦涛", "胡锦涛", "PERSON", 5)):
        add_node(G, node_id, script(label), kind, label, f"{label}|{to_traditional(label)}", mentions=mentions,
                 documents=3)
    return G


@pytest.fixture(params=SCRIPTS)
def hu_file(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "hu.graphml"
    nx.write_graphml(hu_graph(request.param), path)
    return path


ORDERS = [
    ("hu", ["org:湖人", "person:胡锦涛", "org:火箭"]),  # 湖人 and 胡锦涛 begin with the syllable hu; 火箭's huo only with its letters
    ("Hu", ["org:湖人", "person:胡锦涛", "org:火箭"]),
    ("hujin", ["person:胡锦涛"]),
    ("huji", ["person:胡锦涛"]),
    ("h", ["org:火箭", "org:湖人", "person:胡锦涛"]),  # inside every first syllable: most mentioned first
]


@pytest.mark.parametrize("indexed", [False, True], ids=["graph", "index"])
@pytest.mark.parametrize("query, order", ORDERS)
def test_find_orders_pinyin_starts_as_the_page_does(hu_file, indexed, query, order) -> None:
    kg = load_graph(hu_file, indexed=indexed)
    assert [found.entity.id for found in kg.find(query)] == order


def test_zhkg_query_find_lists_whole_syllable_starts_first(runner, hu_file) -> None:
    result = runner.invoke(main, ["query", str(hu_file), "find", "hu"])
    assert result.exit_code == 0, result.output
    rows = [line.split()[-1] for line in result.output.splitlines() if line.split()[-1:] and ":" in line.split()[-1]]
    assert rows == ["org:湖人", "person:胡锦涛", "org:火箭"]


# ---- The cluster user: a refused port fails at once


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_refused_scheduler_port_fails_at_once() -> None:
    pytest.importorskip("distributed")
    from zhkg.run.dask_cluster import _client

    address = f"tcp://127.0.0.1:{_free_port()}"
    began = time.monotonic()
    with pytest.raises(WorkerError, match=r"^no Dask scheduler answered at tcp://127\.0\.0\.1:\d+ \(Connection refused\); "
                                          r"is it running\?$"):
        _client(address)
    assert time.monotonic() - began < 5  # Dask's client retried for 30 s


def test_the_command_says_so_in_one_line(runner, tmp_path) -> None:
    pytest.importorskip("distributed")
    news = tmp_path / "news.txt"
    news.write_text("北京市平谷区政协主席闫维洪出席会议。\n", encoding="utf-8")
    address = f"tcp://127.0.0.1:{_free_port()}"
    began = time.monotonic()
    result = runner.invoke(main, ["extract", str(news), "-o", str(tmp_path / "out"), "--engine", "dask",
                                  "--scheduler", address])
    assert time.monotonic() - began < 10
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: no Dask scheduler answered at {address} (Connection refused); "
                                                  "is it running?"]


def test_a_slow_scheduler_that_accepts_the_connection_is_not_refused_by_the_quick_check() -> None:
    # the short timeout is the TCP connection's: a scheduler slow to answer the handshake is left Dask's timeout
    pytest.importorskip("distributed")
    from zhkg.run.dask_cluster import _check_listening

    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        accepted: list[socket.socket] = []
        thread = threading.Thread(target=lambda: accepted.append(server.accept()[0]), daemon=True)
        thread.start()
        _check_listening(f"tcp://127.0.0.1:{server.getsockname()[1]}")  # accepted, never answered: no error
        thread.join(5)
        for conn in accepted:
            conn.close()


@pytest.mark.slow
def test_a_real_scheduler_still_gets_a_client() -> None:
    distributed = pytest.importorskip("distributed")
    from zhkg.run.dask_cluster import _client

    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        client = _client(cluster.scheduler_address)
        try:
            assert client.submit(sum, [1, 2]).result() == 3
        finally:
            client.close()


# ---- The browser user: in how many documents


def test_the_panel_says_in_how_many_documents(committed_graph) -> None:
    nodes = payload_nodes(render_html(committed_graph))
    rows = dict(nodes["place:110117"]["tip"]["rows"])
    assert rows["Mentions"] == str(committed_graph.nodes["place:110117"]["mentions"])
    assert rows["Documents"] == str(committed_graph.nodes["place:110117"]["documents"]) == "1"
    assert "Documents" not in dict(nodes["doc:000_e88b616f19a6a93b"]["tip"]["rows"])  # a document is one


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("script", SCRIPTS)
def test_the_panel_shows_the_documents_count(offline_page, tmp_path, script) -> None:
    page, log = offline_page
    path = tmp_path / "hu.html"
    write_html(hu_graph(script), path)
    page.goto(path.as_uri())
    wait_for_layout(page)
    search(page, "湖人")
    cells = page.locator("#zhkg-panel-body table tr").all_text_contents()
    assert "Mentions11" in cells and "Documents3" in cells
    assert_quiet(log)
