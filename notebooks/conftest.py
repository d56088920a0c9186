"""pytest set-up for the notebook regression tests (nbval) of the notebooks here.

With ``--nbval`` (set in pyproject's ``addopts``, with ``notebooks`` in ``testpaths``)
pytest re-executes the reference notebooks in this folder and compares every stored
output. (This file sits here rather than at the project root: a root ``conftest.py``
would make ruff sort ``from conftest import ...`` in tests/ as first-party.) Here we

- fix ``PYTHONHASHSEED`` for the kernels nbval starts (they inherit the environment);
- run the kernels in the current environment (``--nbval-current-env``), so the
  notebooks are checked against the installed package, whatever kernels a user has;
- use ``nbval_sanitize.cfg`` if it exists (nothing needs it so far: outputs are made
  stable at the source, see docs/notebooks.md);
- skip the notebooks, with the command to run, when the processed tables are missing
  (``make test`` builds them first).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SANITIZE_FILE = ROOT / "nbval_sanitize.cfg"
NEEDED_TABLES = ("pages", "blocks", "articles", "article_metrics", "outlet_metrics")

os.environ["PYTHONHASHSEED"] = "0"


def pytest_configure(config: pytest.Config) -> None:
    """Default the nbval options this project relies on."""
    option = config.option
    if not (getattr(option, "nbval", False) or getattr(option, "nbval_lax", False)):
        return
    if not option.nbval_kernel_name:
        option.nbval_current_env = True
    if option.nbval_sanitize_with is None and SANITIZE_FILE.is_file():
        option.nbval_sanitize_with = str(SANITIZE_FILE)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip notebook cells when the tables the notebooks read are missing."""
    from analysis import config as project

    missing = [
        name for name in NEEDED_TABLES if not (project.PROCESSED_DIR / f"{name}.parquet").is_file()
    ]
    if not missing:
        return
    skip = pytest.mark.skip(
        reason=f"{project.PROCESSED_DIR} lacks {', '.join(missing)}: run `make metrics` first"
    )
    for item in items:
        if item.path.suffix == ".ipynb":
            item.add_marker(skip)
