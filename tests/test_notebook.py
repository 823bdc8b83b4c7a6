"""notebooks/explore.ipynb runs from top to bottom (so it never rots) and shows what it promises."""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="pip install 'kg[test]'")
nbclient = pytest.importorskip("nbclient", reason="pip install 'kg[test]'")

pytestmark = [pytest.mark.model, pytest.mark.slow]
NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"


@pytest.fixture(scope="module")
def executed():
    for name in ("ipykernel", "matplotlib", "pandas"):
        pytest.importorskip(name, reason="pip install 'kg[notebook]'")
    # A first import of matplotlib logs "building the font cache" to stderr; let it happen
    # here, not in the kernel, so the notebook's own stderr stays clean.
    import matplotlib.font_manager  # noqa: F401

    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    ).execute()
    return [c for c in nb.cells if c.cell_type == "code"]


def test_notebook_is_stored_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")


def test_notebook_starts_with_where_to_point_it():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    first_code = next(c for c in nb.cells if c.cell_type == "code")
    assert "STORE = None" in first_code.source and "STORE" in nb.cells[0].source


def test_notebook_runs_and_shows_its_tables_chart_and_view(executed):
    outputs = "".join(str(o) for c in executed for o in c.outputs)
    assert "Vladimir Putin" in outputs
    (chart,) = [c for c in executed if "plt.show()" in c.source]
    assert any("image/png" in o.get("data", {}) for o in chart.outputs)
    (view,) = [c for c in executed if "IFrame(" in c.source]
    html = "".join(o.get("data", {}).get("text/html", "") for o in view.outputs)
    assert "<iframe" in html and "srcdoc=" in html and "vis.DataSet" in html


def test_notebook_writes_nothing_to_stderr(executed):
    stderr = [
        (c.source.splitlines()[0], o.text)
        for c in executed
        for o in c.outputs
        if o.output_type == "stream" and o.name == "stderr"
    ]
    assert stderr == []
