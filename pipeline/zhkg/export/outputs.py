"""Every output of a run, written together: GraphML, HTML, node-link JSON, mentions, CSV, GEXF.

:func:`write_outputs` is what ``zhkg extract`` calls once the graph is built.
The files are replaced all together or not at all (:func:`zhkg.export.atomic.atomic_outputs`):
a writer that fails, or Ctrl-C, leaves every existing output as it was.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from zhkg.config import Config
from zhkg.errors import OutputError, ZhkgError

if TYPE_CHECKING:  # the pipeline loads spaCy: importing the exporters must not
    from zhkg.run.pipeline import RunResult

__all__ = ["write_outputs"]

PathLike = str | os.PathLike[str]


def write_outputs(
    result: RunResult | nx.MultiDiGraph,
    *,
    graphml: PathLike | None = None,
    html: PathLike | None = None,
    json: PathLike | None = None,
    mentions: PathLike | None = None,
    csv_dir: PathLike | None = None,
    gexf: PathLike | None = None,
    title: str | None = None,
    max_nodes: int | None = 300,
    config: Config | None = None,
) -> list[Path]:
    """Write the outputs that are given a path, all or none, and return the paths written.

    ``result`` is a run's :class:`~zhkg.run.pipeline.RunResult`, or only its graph
    when no ``mentions`` file is asked for. ``csv_dir`` receives ``nodes.csv`` and
    ``edges.csv``. ``title`` and ``max_nodes`` are the HTML page's; the page's
    height and layout iterations come from ``config``. A file that cannot be
    written raises :class:`~zhkg.errors.OutputError`, and nothing is replaced.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from zhkg.run.pipeline import Pipeline
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> result = Pipeline(Config(recogniser=False)).run_texts([("d1", "平谷区政协主席闫维洪主持会议。")])
    >>> [p.name for p in write_outputs(result, graphml=out / "g.graphml", mentions=out / "m.jsonl")]
    ['g.graphml', 'm.jsonl']
    """
    from zhkg.export import csv as csv_export
    from zhkg.export import gexf as gexf_export
    from zhkg.export import graphml as graphml_export
    from zhkg.export import html as html_export
    from zhkg.export import jsonl as jsonl_export
    from zhkg.export.atomic import atomic_outputs

    config = config or Config()
    G = result if isinstance(result, nx.Graph) else result.graph
    if mentions is not None and isinstance(result, nx.Graph):
        raise TypeError("writing mentions needs the RunResult, not only its graph")
    written: list[Path] = []
    try:
        with atomic_outputs():  # every output replaced together, or none
            if graphml is not None:
                graphml_export.write_graphml(G, graphml)
                written.append(Path(graphml))
            if html is not None:
                html_export.write_html(G, html, title=title, height=config.html_height,
                                       stabilization_iterations=config.html_stabilization_iterations,
                                       max_nodes=max_nodes)
                written.append(Path(html))
            if json is not None:
                jsonl_export.write_graph_json(G, json)
                written.append(Path(json))
            if mentions is not None:
                jsonl_export.write_mentions(result.extraction.mentions, mentions)
                written.append(Path(mentions))
            if csv_dir is not None:
                written.extend(csv_export.write_csv(G, csv_dir))
            if gexf is not None:
                gexf_export.write_gexf(G, gexf)
                written.append(Path(gexf))
    except ZhkgError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write output: {exc.strerror or exc} ({exc.filename})") from exc
    return written
