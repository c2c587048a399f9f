"""notebooks/explore.ipynb runs top to bottom without an error or anything on stderr."""

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
NotebookClient = pytest.importorskip("nbclient").NotebookClient

pytestmark = pytest.mark.slow  # starts a Jupyter kernel

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


@pytest.fixture(scope="module")
def executed():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # Where Jupyter starts a kernel by default: the notebook's own folder, not the repository root.
    client = NotebookClient(nb, timeout=180, kernel_name="python3", allow_errors=True,
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()
    return nb


def _outputs(nb):
    for n, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            yield n, output


def test_no_error_output(executed):
    errors = [f"cell {n}: {o.get('ename')}: {o.get('evalue')}" for n, o in _outputs(executed) if o.output_type == "error"]
    assert errors == []
    stderr = [f"cell {n}: {o.text}" for n, o in _outputs(executed) if o.output_type == "stream" and o.name == "stderr"]
    assert stderr == []


def test_every_code_cell_ran(executed):
    code = [cell for cell in executed.cells if cell.cell_type == "code"]
    assert code and all(cell.execution_count for cell in code)


def test_the_walk_shows_its_answers(executed):
    text = "".join(o.text for _, o in _outputs(executed) if o.output_type == "stream")
    assert "Yan Weihong  -> person:闫维洪" in text
    assert "no entity named 'Yan Weihng'; closest: 閆維洪" in text
    assert "閆維洪  黨組書記" in text and "鄭嘉波  委員" in text
    assert "274    村" in text
    assert "平谷區  -WITHIN->  北京市" in text
    images = [o for _, o in _outputs(executed) if o.output_type == "display_data" and "image/png" in o.data]
    assert len(images) == 1
