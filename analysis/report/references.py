"""Re-execute the reference notebooks in ``notebooks/`` in place (``references`` command).

Reads the processed tables (through the notebooks) and each notebook's jupytext
``.py`` pair; writes the executed notebooks back, without timings, for nbval to
compare against. See ``docs/notebooks.md``.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import nbformat

from analysis import config
from analysis.io import write_text_atomic
from analysis.report.runner import (
    CELL_TIMEOUT_SECONDS,
    KERNEL_NAME,
    clean_notebook,
    first_line,
    notebook_text,
    set_kernel_environment,
)

logger = logging.getLogger(__name__)

REFERENCE_NOTEBOOKS = ("exploration.ipynb", "outlet_report.ipynb", "comparison.ipynb")


def regenerate_references(
    names: Iterable[str] = REFERENCE_NOTEBOOKS, notebooks_dir: Path = config.NOTEBOOKS_DIR
) -> int:
    """Re-execute the reference notebooks in place, keeping their outputs for nbval.

    First syncs each notebook with its jupytext ``.py`` pair (the newer file wins),
    then executes it with default parameters on ``data/processed`` and writes it back
    (atomically) without timings. Run ``make metrics`` first.

    Parameters
    ----------
    names : iterable of str
        File names of notebooks in ``notebooks_dir``.
    notebooks_dir : Path
        Their folder, which is also the folder they run in.

    Returns
    -------
    int
        0 on success, 1 if a notebook failed (its file is left unchanged).
    """
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    set_kernel_environment()
    status = 0
    for name in names:
        path = notebooks_dir / name
        subprocess.run(
            [sys.executable, "-m", "jupytext", "--sync", "--quiet", str(path)], check=True
        )
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(
            nb,
            timeout=CELL_TIMEOUT_SECONDS,
            kernel_name=KERNEL_NAME,
            record_timing=False,
            resources={"metadata": {"path": str(notebooks_dir)}},
        )
        try:
            client.execute()
        except CellExecutionError as err:
            logger.error("FAILED %s: %s", name, first_line(err))
            status = 1
            continue
        nb.metadata.pop("papermill", None)
        write_text_atomic(path, notebook_text(clean_notebook(nb)))
        logger.info("reference written: %s", path.relative_to(config.PROJECT_ROOT))
    return status
