"""The nbval net catches a changed statistic: a doctored reference fails, the original passes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from analysis import config

REFERENCE = config.NOTEBOOKS_DIR / "comparison.ipynb"
NEEDED = ("articles", "article_metrics", "quotes", "copy_pairs", "outlet_metrics")
DECIMAL = re.compile(r"\d+\.\d+")

pytestmark = pytest.mark.skipif(
    not all((config.PROCESSED_DIR / f"{name}.parquet").is_file() for name in NEEDED),
    reason="processed tables missing: run `make metrics` first",
)


def _run_nbval(notebook: Path) -> subprocess.CompletedProcess[str]:
    folder = notebook.parent
    (folder / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--nbval",
            "--nbval-current-env",
            "-p",
            "no:cacheprovider",
            "-q",
            "-c",
            str(folder / "pytest.ini"),
            str(notebook),
        ],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _change_one_statistic(path: Path) -> str:
    """Change the first decimal in the outlet table's stored output; return the old one."""
    nb = nbformat.read(path, as_version=4)
    cell = next(c for c in nb.cells if "outlet_table(" in c.source and c.cell_type == "code")
    data = cell.outputs[0]["data"]
    old = DECIMAL.search(data["text/plain"]).group()
    new = old[:-1] + str((int(old[-1]) + 1) % 10)
    for mime in ("text/plain", "text/html"):
        data[mime] = data[mime].replace(old, new, 1)
    nbformat.write(nb, path)
    return old


def test_unchanged_reference_passes(tmp_path: Path) -> None:
    copy = shutil.copy(REFERENCE, tmp_path / REFERENCE.name)
    result = _run_nbval(Path(copy))
    assert result.returncode == 0, result.stdout[-3000:]
    assert " passed" in result.stdout


def test_changed_statistic_fails(tmp_path: Path) -> None:
    copy = Path(shutil.copy(REFERENCE, tmp_path / REFERENCE.name))
    _change_one_statistic(copy)
    result = _run_nbval(copy)
    assert result.returncode == 1, result.stdout[-3000:]
    assert "1 failed" in result.stdout
    assert "outlet_table" in result.stdout
