"""The reference notebooks: paired with their jupytext scripts, executed, free of volatility."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jupytext
import nbformat
import pytest

from analysis import config
from analysis.report.references import REFERENCE_NOTEBOOKS

NOTEBOOKS = [config.NOTEBOOKS_DIR / name for name in REFERENCE_NOTEBOOKS]
# What would make outputs differ between runs or machines.
VOLATILE = re.compile(
    r"0x[0-9a-f]{6,}"  # memory addresses
    r"|\d{4}-\d\d-\d\dT\d\d:\d\d"  # ISO timestamps
    r"|/(?:home|tmp|work|Users|root)/"  # absolute paths
)


def _cells(path: Path) -> list[tuple[str, str]]:
    notebook = jupytext.read(path)
    return [(cell.cell_type, cell.source.strip()) for cell in notebook.cells]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_and_script_agree(path: Path) -> None:
    script = path.with_suffix(".py")
    assert script.is_file(), f"{script} missing: run `jupytext --sync {path}`"
    assert _cells(path) == _cells(script), f"run `jupytext --sync {path}`"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_reference_is_executed_and_stable(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert "papermill" not in nb.metadata
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    counts = [cell.execution_count for cell in code]
    assert counts == list(range(1, len(code) + 1)), "run `make references`"
    for cell in code:
        assert "execution" not in cell.metadata
        for output in cell.outputs:
            assert output.output_type != "error", cell.source
            assert output.get("name") != "stderr", (cell.source, output.get("text"))
            assert "image/png" not in output.get("data", {}), "figures must be SVG"
            text = json.dumps(output.get("data", {}).get("text/plain", output.get("text", "")))
            assert not VOLATILE.search(text), (cell.source, VOLATILE.search(text))


def test_outlet_report_parameters_cell_holds_only_literals() -> None:
    import ast

    nb = nbformat.read(config.NOTEBOOKS_DIR / "outlet_report.ipynb", as_version=4)
    cells = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(cells) == 1
    for statement in ast.parse(cells[0].source).body:
        assert isinstance(statement, ast.AnnAssign), ast.dump(statement)
        assert isinstance(statement.value, ast.Constant)
