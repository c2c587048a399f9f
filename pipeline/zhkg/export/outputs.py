"""Every output of a run, written together: GraphML, HTML, node-link JSON, mentions, CSV, GEXF.

:func:`write_outputs` is what ``zhkg extract`` calls once the graph is built.
The files are replaced all together or not at all (:func:`zhkg.export.atomic.atomic_outputs`):
a writer that fails, or Ctrl-C, leaves every existing output as it was, and no folder made for
an output behind (:func:`zhkg.export.atomic.new_folders_undone`).

With ``workers`` above 1 (``zhkg extract --jobs N``), the layout of a large graph
(:data:`PARALLEL_LAYOUT_NODES` nodes or more) is computed in a forked process while
this one writes the page: the layout is about half the time of writing, and it is
the same layout (seeded) wherever it runs. The edges of GraphML and GEXF, which do
not depend on the layout, are written meanwhile by forked processes of their own
(:func:`zhkg.export.parallel.start_part`) and copied in after the nodes, up to
:data:`PARALLEL_EDGES_MAX` edges (beyond, the copy of the heap a forked writer makes
costs more memory than it saves time): the files are byte for byte the ones one
process writes.

Every output path is checked before any is written (:func:`check_outputs`): each
must be a regular file or absent, in a folder that is one (or can be made), and
no output may be an input or another output, whatever path (``./a``, a link,
a hard link) names it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zhkg.config import Config
from zhkg.errors import OutputConflictError, OutputError, ZhkgError

if TYPE_CHECKING:  # the pipeline loads spaCy: importing the exporters must not
    import networkx as nx

    from zhkg.run.pipeline import RunResult

__all__ = ["STANDARD_STREAM", "OUTPUT_FORMATS", "check_output_folder", "check_outputs", "misnamed_outputs",
           "output_failure", "output_paths", "write_outputs", "PARALLEL_LAYOUT_NODES"]

PathLike = str | os.PathLike[str]

#: With more than one worker, a graph of at least this many nodes is laid out in a second process.
PARALLEL_LAYOUT_NODES = 2_000
#: ... and its edges are written in processes of their own only up to this many edges. A forked writer reads
#: every edge, and reading a Python object writes its reference count, so the child ends up with its own copy
#: of every page the edges live on: at 100,000 articles (1.9M edges) that was 3-4 GB more for seconds saved.
PARALLEL_EDGES_MAX = 500_000


def output_paths(*, graphml: PathLike | None = None, html: PathLike | None = None, json: PathLike | None = None,
                 mentions: PathLike | None = None, csv_dir: PathLike | None = None,
                 gexf: PathLike | None = None) -> list[tuple[str, Path]]:
    """(what, path) of every file the given outputs make, in the order :func:`write_outputs` writes them.

    >>> [(what, p.name) for what, p in output_paths(graphml="g.graphml", csv_dir="out")]
    [('--graphml', 'g.graphml'), ('--csv', 'nodes.csv'), ('--csv', 'edges.csv')]
    """
    found = [("--graphml", graphml), ("--html", html), ("--json", json), ("--mentions", mentions)]
    if csv_dir is not None:
        found += [("--csv", Path(csv_dir) / "nodes.csv"), ("--csv", Path(csv_dir) / "edges.csv")]
    found.append(("--gexf", gexf))
    return [(what, Path(path)) for what, path in found if path is not None]


#: What names standard input or output on a command line.
STANDARD_STREAM = "-"

#: Each output's format and the suffixes it is known by (the first is the one its default name takes).
OUTPUT_FORMATS = {"--graphml": ("GraphML", (".graphml",)), "--html": ("an HTML page", (".html", ".htm")),
                  "--json": ("node-link JSON", (".json",)), "--mentions": ("JSON lines", (".jsonl",)),
                  "--csv": ("CSV", (".csv",)), "--gexf": ("GEXF", (".gexf",))}


def misnamed_outputs(outputs: list[tuple[str, Path]]) -> list[str]:
    """A line for each output named with another output's suffix (``--html x.graphml``), which a program
    choosing a reader by the suffix would misread; the file is still written as asked.

    >>> for line in misnamed_outputs([("--html", Path("x.graphml")), ("--graphml", Path("g.graphml")),
    ...                               ("--json", Path("g.txt")), ("--html", Path("page.HTM"))]):
    ...     print(line)
    --html x.graphml holds an HTML page, though .graphml is GraphML's suffix (--graphml); x.html would say so
    --json g.txt holds node-link JSON, though .txt is an input's suffix (zhkg extract reads it as documents); g.json would say so
    """
    owners = {suffix: f"{name.removeprefix('an ')}'s suffix ({what})"
              for what, (name, suffixes) in OUTPUT_FORMATS.items() for suffix in suffixes}
    owners |= {suffix: "an input's suffix (zhkg extract reads it as documents)" for suffix in (".txt", ".tsv")}
    lines = []
    for what, path in outputs:
        owner = owners.get(path.suffix.lower())
        if owner is None or what not in OUTPUT_FORMATS or path.suffix.lower() in OUTPUT_FORMATS[what][1]:
            continue
        own = path.with_suffix(OUTPUT_FORMATS[what][1][0]).name
        lines.append(f"{what} {path} holds {OUTPUT_FORMATS[what][0]}, though {path.suffix} is {owner}; {own} would say so")
    return lines


def _check_nesting(outputs: list[tuple[str, Path]]) -> None:
    """Refuse an output file that another output's path runs through as a folder (``--json out/x.json`` with
    ``--csv out/x.json``): one of the two would fail once the other is written, after the whole run.

    >>> _check_nesting([("--json", Path("o/x")), ("--csv", Path("o/x/nodes.csv"))])
    Traceback (most recent call last):
    ...
    zhkg.errors.OutputConflictError: --csv o/x/nodes.csv is inside --json o/x, a file: give each output its own path
    """
    reals = [(what, path, os.path.realpath(path)) for what, path in outputs]
    for what, path, real in reals:
        for inner_what, inner, inner_real in reals:
            if inner_real.startswith(real.rstrip(os.sep) + os.sep):
                raise OutputConflictError(
                    f"{inner_what} {inner} is inside {what} {path}, a file: give each output its own path")


def _identity(path: Path) -> tuple[str, tuple[int, int] | None]:
    """What names the same file: the real path, and (device, inode) when it exists."""
    real = os.path.realpath(path)
    try:
        st = os.stat(path)
        return real, (st.st_dev, st.st_ino)
    except OSError:
        return real, None


def _check_folder(path: Path, what: str) -> None:
    """The folder of ``path`` must be one, writable, or absent below one that is."""
    check_output_folder(path.parent, what, named=path)


def check_output_folder(folder: PathLike, what: str, *, named: PathLike | None = None) -> None:
    """Refuse ``folder`` as the place of outputs unless it is a writable folder, or absent below one.

    ``what`` and ``named`` (``folder`` itself by default) name the output in the message: the option and what it
    was given (``-o`` and its folder, or ``--json`` and its file).

    >>> check_output_folder("/dev/null/sub", "-o")
    Traceback (most recent call last):
    ...
    zhkg.errors.OutputError: cannot write -o /dev/null/sub: /dev/null is not a folder
    """
    folder = Path(folder)
    found = folder
    while not os.path.lexists(found) and found != found.parent:
        found = found.parent
    if not found.is_dir():
        raise OutputError(f"cannot write {what} {named or folder}: {found} is not a folder")
    if not os.access(found, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {what} {named or folder}: {found} is not writable")


def check_outputs(outputs: list[tuple[str, Path]], inputs: Sequence[PathLike] = ()) -> None:
    """Refuse the outputs before anything is written, if any of them cannot or must not be written.

    Each output must be a regular file or absent (:func:`zhkg.export.atomic.check_output`),
    its folder a writable folder (or absent below one), and it must be neither an
    input (nor a ``.txt`` file in an input folder) nor another output: those three raise
    :class:`~zhkg.errors.OutputConflictError`, the others :class:`~zhkg.errors.OutputError`.

    >>> check_outputs([("--graphml", Path("/tmp/x.graphml")), ("--json", Path("/tmp/../tmp/x.graphml"))])
    Traceback (most recent call last):
    ...
    zhkg.errors.OutputConflictError: --json /tmp/../tmp/x.graphml is the same file as --graphml /tmp/x.graphml: give each output its own path
    """
    from zhkg.export.atomic import check_output

    for what, path in outputs:
        if str(path) == STANDARD_STREAM:  # a file named - in the current folder is not what anyone asks for
            raise OutputConflictError(f"{what} -: standard output is not supported; name a file to write")
    _check_nesting(outputs)
    seen: dict[object, tuple[str, Path]] = {}
    for what, path in outputs:
        check_output(path, what)
        _check_folder(path, what)
        real, inode = _identity(path)
        for key in (real, inode):
            if key is not None and key in seen:
                other_what, other = seen[key]
                raise OutputConflictError(f"{what} {path} is the same file as {other_what} {other}: give each output its own path")
        seen[real] = (what, path)
        if inode is not None:
            seen[inode] = (what, path)
    for raw in inputs:
        if str(raw) == "-":
            continue
        source = Path(raw)
        real, inode = _identity(source)
        is_dir = source.is_dir()
        for what, path in outputs:
            out_real, out_inode = _identity(path)
            if out_real == real or (inode is not None and out_inode == inode):
                raise OutputConflictError(f"{what} {path} is the input {source}: refusing to write over an input")
            if is_dir and path.suffix == ".txt" and out_real.startswith(real.rstrip(os.sep) + os.sep):
                raise OutputConflictError(f"{what} {path} is inside the input folder {source}: it would be read as an input")


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
    inputs: Sequence[PathLike] = (),
    workers: int = 1,
    named: Mapping[str, str] | None = None,
) -> list[Path]:
    """Write the outputs that are given a path, all or none, and return the paths written.

    ``result`` is a run's :class:`~zhkg.run.assembly.RunResult`, or only its graph
    when no ``mentions`` file is asked for. ``csv_dir`` receives ``nodes.csv`` and
    ``edges.csv``. ``title`` and ``max_nodes`` are the HTML page's; the page's
    height and layout iterations come from ``config``. Every path is checked
    first (:func:`check_outputs`; ``inputs`` are the run's inputs, which no output
    may be); a file that cannot be written raises :class:`~zhkg.errors.OutputError`,
    and nothing is replaced. With ``workers`` above 1 a large graph's layout, and
    the edges of GraphML and GEXF, are computed in other processes meanwhile (the
    files are the same). A message names an output by its option (``--graphml``), or by what ``named`` maps that
    to (``zhkg extract`` maps the default GraphML and page to ``-o``, the option that placed them).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from zhkg.run.pipeline import Pipeline
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> result = Pipeline(Config(recogniser=False)).run_texts([("d1", "平谷区政协主席闫维洪主持会议。")])
    >>> [p.name for p in write_outputs(result, graphml=out / "g.graphml", mentions=out / "m.jsonl")]
    ['g.graphml', 'm.jsonl']
    """
    from zhkg.export.atomic import new_folders_undone
    from zhkg.run.memory import young_collections_only

    # a folder made for an output is removed again, while empty, when writing fails
    with young_collections_only(), new_folders_undone():  # the graph is large and none of it garbage: see zhkg.run.memory
        return _write_outputs(result, graphml=graphml, html=html, json=json, mentions=mentions, csv_dir=csv_dir,
                              gexf=gexf, title=title, max_nodes=max_nodes, config=config, inputs=inputs,
                              workers=workers, named=named or {})


def _write_outputs(result: RunResult | nx.MultiDiGraph, *, graphml: PathLike | None, html: PathLike | None,
                   json: PathLike | None, mentions: PathLike | None, csv_dir: PathLike | None, gexf: PathLike | None,
                   title: str | None, max_nodes: int | None, config: Config | None, inputs: Sequence[PathLike],
                   workers: int, named: Mapping[str, str]) -> list[Path]:
    import networkx as nx

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
    outputs = [(named.get(what, what), path) for what, path in output_paths(
        graphml=graphml, html=html, json=json, mentions=mentions, csv_dir=csv_dir, gexf=gexf)]
    check_outputs(outputs, inputs)
    from zhkg.export.atomic import remove_leftovers

    for folder in dict.fromkeys(Path(path).parent for _, path in outputs if str(path) != STANDARD_STREAM):
        remove_leftovers(folder)  # what a run killed while writing here left (kill -9): no running run's
    nothing: Callable[[], Any] = lambda: None  # noqa: E731
    positions, graphml_edges, gexf_edges = nothing, nothing, nothing
    early = None if isinstance(result, nx.Graph) else result.layout  # started while the graph was built
    if early is not None:
        positions = early
    parallel = workers > 1 and (graphml is not None or gexf is not None) and G.number_of_nodes() >= PARALLEL_LAYOUT_NODES
    if parallel:
        from zhkg.export.layout import layout_positions
        from zhkg.export.parallel import start_elsewhere, start_part

        if early is None:
            positions = start_elsewhere(layout_positions, G)  # the longest: started first
        if G.number_of_edges() <= PARALLEL_EDGES_MAX:
            if graphml is not None:
                graphml_edges = start_part(Path(graphml).parent, graphml_export.write_graphml_edges, G)
            if gexf is not None:
                gexf_edges = start_part(Path(gexf).parent, gexf_export.write_gexf_edges, G)
    try:
        with atomic_outputs():  # every output replaced together, or none
            # first what needs no positions: the layout is being computed meanwhile
            if html is not None:
                html_export.write_html(G, html, title=title, height=config.html_height,
                                       stabilization_iterations=config.html_stabilization_iterations,
                                       max_nodes=max_nodes)
            if json is not None:
                jsonl_export.write_graph_json(G, json)
            if mentions is not None:
                jsonl_export.write_mentions(result.extraction.mentions, mentions)  # type: ignore[union-attr]
            prepared = graphml_export.prepare_nodes(G) if graphml is not None and parallel else None
            laid_out = positions() if graphml is not None or gexf is not None else None
            if csv_dir is not None:  # x and y as in the GraphML file: one layout for every output
                if laid_out is None and any("x" not in a or "y" not in a for _, a in G.nodes(data=True)):
                    from zhkg.export.layout import layout_positions

                    laid_out = layout_positions(G)
                csv_files = list(csv_export.write_csv(G, csv_dir, laid_out))
            else:
                csv_files = []
            if graphml is not None:
                part = graphml_edges()
                if part is None and prepared is None:
                    graphml_export.write_graphml(G, graphml, laid_out)
                else:
                    graphml_export.write_graphml(G, graphml, laid_out, edges=part, nodes=prepared)
            if gexf is not None:
                part = gexf_edges()
                if part is None:
                    gexf_export.write_gexf(G, gexf, laid_out)
                else:
                    gexf_export.write_gexf(G, gexf, laid_out, edges=part)
            written = [Path(path) for path in (graphml, html, json, mentions) if path is not None] + csv_files
            written += [Path(gexf)] if gexf is not None else []
    except ZhkgError:
        raise
    except OSError as exc:
        raise OutputError(_failure(exc, outputs)) from exc
    return written


def _failure(exc: OSError, outputs: list[tuple[str, Path]]) -> str:
    """What failed, named by its option and path: the system names the temporary file or the folder.

    >>> _failure(PermissionError(13, "Permission denied", "/x/.g.json.k2j4.tmp"), [("--json", Path("/x/g.json"))])
    'cannot write --json /x/g.json: Permission denied'
    """
    named = output_failure(exc, outputs)
    if named is not None:
        return named
    return f"cannot write output: {exc.strerror or exc}" + (f" ({exc.filename})" if exc.filename else "")


def output_failure(exc: OSError, outputs: Sequence[tuple[str, PathLike]]) -> str | None:
    """``exc`` named by the option and path of the output it failed to write, or None when it names no output's
    file: the output itself, its temporary sibling (:mod:`zhkg.export.atomic`) or a folder above it.

    >>> output_failure(PermissionError(13, "Permission denied", "/x/new"), [("--output", Path("/x/new/m.npz"))])
    'cannot write --output /x/new/m.npz: Permission denied (/x/new)'
    >>> output_failure(FileNotFoundError(2, "No such file or directory", "/x/data.bio"), [("--output", Path("/x/m"))])
    """
    if not exc.filename:
        return None
    reason = exc.strerror or str(exc)
    failed = Path(os.fsdecode(exc.filename))
    whole = Path(os.path.abspath(failed))  # a temporary file's name is absolute, an option's may not be
    for what, path in outputs:
        path = Path(path)
        target = Path(os.path.abspath(path))
        if whole == target or (whole.parent == target.parent and whole.name.startswith(f".{path.name}.")):
            return f"cannot write {what} {path}: {reason}"
        if whole in target.parents:
            return f"cannot write {what} {path}: {reason} ({failed})"
    return None
