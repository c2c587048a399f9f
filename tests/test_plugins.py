"""A third-party extractor and relation reader plug in from outside the package.

The plug-in (``tests/plugins/zhkg_toy_plugin.py``) registers an entity type SUPPLY,
an extractor ``supplies`` and a relation reader ``donations`` (DONATED); nothing in
zhkg is edited. These tests find its nodes and edges in the graph, its colour in
GraphML and its type and relation in the HTML page's legend.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from zhkg import Config, ConfigError, Pipeline
from zhkg.export.graphml import graphml_bytes
from zhkg.export.html import render_html
from zhkg.registry import get_extractor, label_colour

PLUGINS = Path(__file__).parent / "plugins"
TEXT = "平谷区政协委员张吉辉向马坊镇捐赠口罩5000个。"


@pytest.fixture(scope="module")
def toy():
    sys.path.insert(0, str(PLUGINS))
    try:
        import zhkg_toy_plugin
    finally:
        sys.path.remove(str(PLUGINS))
    return zhkg_toy_plugin


@pytest.fixture(scope="module")
def toy_graph(toy):
    config = Config(extractors=Config().extractors + ("supplies",), relations=Config().relations + ("donations",))
    return Pipeline(config).run_texts([("d", TEXT)]).graph


def test_plugin_entity_is_a_node_of_its_own_type_and_colour(toy_graph) -> None:
    supplies = [(n, a) for n, a in toy_graph.nodes(data=True) if a["type"] == "SUPPLY"]
    assert [n for n, _ in supplies] == ["supply:口罩"]
    attrs = supplies[0][1]
    assert (attrs["r"], attrs["g"], attrs["b"]) == (142, 68, 173) == label_colour("SUPPLY")


def test_plugin_relation_joins_a_builtin_entity_to_a_plugin_one(toy_graph) -> None:
    donated = [(u, v, d) for u, v, d in toy_graph.edges(data=True) if d["label"] == "DONATED"]
    assert [(u, v) for u, v, _ in donated] == [("person:张吉辉", "supply:口罩")]
    assert donated[0][2]["evidence"] == TEXT


def test_builtins_still_run_beside_the_plugin(toy_graph) -> None:
    kinds = {d["label"] for _, _, d in toy_graph.edges(data=True)}
    assert {"LOCATED_IN", "MENTIONED_IN", "DONATED"} <= kinds


def test_plugin_type_and_relation_in_the_page_legend_and_graphml(toy_graph) -> None:
    page = render_html(toy_graph, title="toy")
    legend = page[page.index('id="zhkg-legend"') :]
    assert "SUPPLY" in legend[: legend.index("</ul>")]
    relations = page[page.index('id="zhkg-relations"') :]
    assert "DONATED" in relations[: relations.index("</ul>")]
    assert b"DONATED" in graphml_bytes(toy_graph)


def test_without_the_plugin_names_nothing_of_it(toy) -> None:
    G = Pipeline().run_texts([("d", TEXT)]).graph
    assert not [n for n, a in G.nodes(data=True) if a["type"] == "SUPPLY"]


def test_unknown_extractor_name_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"no extractor named 'nope'; known: .*people"):
        Pipeline(Config(extractors=("people", "nope")))


def test_unknown_relation_reader_name_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"no relation reader named 'nope'; known: .*roles"):
        Pipeline(Config(relations=("nope",)))


def test_requirements_must_run_first(toy) -> None:
    assert get_extractor("supply_counts").requires == ("supplies",)
    with pytest.raises(ConfigError, match="extractor 'supply_counts' needs supplies listed before it"):
        Pipeline(Config(extractors=("supply_counts", "supplies")))


def test_reserved_type_names_are_refused() -> None:
    from zhkg.registry import register_label

    with pytest.raises(ConfigError, match="reserved"):
        register_label("ORG", colour=(1, 2, 3))


def test_installed_plugin_loads_through_its_entry_point(tmp_path) -> None:
    """A package that declares a ``zhkg.plugins`` entry point is loaded by the first look-up."""
    dist = tmp_path / "zhkg_toy_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: zhkg-toy-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[zhkg.plugins]\ntoy = zhkg_toy_plugin\n")
    (tmp_path / "zhkg_toy_plugin.py").write_text((PLUGINS / "zhkg_toy_plugin.py").read_text(encoding="utf-8"),
                                                 encoding="utf-8")
    script = textwrap.dedent(f"""
        from zhkg import Config, Pipeline
        config = Config(extractors=Config().extractors + ("supplies",), relations=("donations",))
        G = Pipeline(config).run_texts([("d", {TEXT!r})]).graph
        print(sorted({{d["label"] for _, _, d in G.edges(data=True)}} - {{"WITHIN"}}))
    """)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), *sys.path]))
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['DONATED']"
