"""Which figures moved between two runs of the same study (after a ``git pull``, say).

A study keeps each run's tables in a folder of its own (README, "Keep last week's
numbers"); :func:`moved_figures` lists, cell by cell, what differs between two such
folders in the tables a researcher cites: the articles (outlet, title, date, byline,
body), the per-article statistics and the per-outlet ones. Rows are matched by their key
(``article_id``, ``outlet``); a row only one run has is listed once, with the column
``(row)``. Values are compared as printed (``repr``, numpy scalars as Python's), so two
missing values (NaN) are equal and a missing value and an empty one are not.
CHANGELOG.md says why they moved.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from analysis.errors import TableError
from analysis.io import read_parquet
from analysis.tables import WRITTEN_BY

__all__ = ["ROW", "TABLE_KEYS", "moved_figures"]

#: The tables compared, each with the column that names a row.
TABLE_KEYS = {"articles": "article_id", "article_metrics": "article_id", "outlet_metrics": "outlet"}
#: The ``column`` of a row that only one of the two runs has.
ROW = "(row)"
_COLUMNS = ["table", "key", "column", "old", "new"]


def moved_figures(old_dir: str | Path, new_dir: str | Path) -> pd.DataFrame:
    """Every cell that differs between two runs' tables, and every row only one run has.

    Parameters
    ----------
    old_dir, new_dir : str or Path
        Two processed folders of the same pages (an earlier run's copy and this run's).

    Returns
    -------
    pandas.DataFrame
        Columns ``table``, ``key`` (the row's ``article_id`` or ``outlet``), ``column``,
        ``old`` and ``new`` (the values as printed; None where the run has no such row
        or column), sorted by table (in :data:`TABLE_KEYS` order), key and column. Empty
        when nothing moved.

    Raises
    ------
    analysis.errors.TableError
        A table missing in either folder, naming it and the command that writes it.
    """
    rows: list[tuple[str, str, str, str | None, str | None]] = []
    for name, key in TABLE_KEYS.items():
        old = _by_key(_read(Path(old_dir), name), key)
        new = _by_key(_read(Path(new_dir), name), key)
        for row in old.index.difference(new.index):
            rows.append((name, row, ROW, "present", None))
        for row in new.index.difference(old.index):
            rows.append((name, row, ROW, None, "present"))
        both = old.index.intersection(new.index)
        for column in sorted(set(old.columns) | set(new.columns)):
            for row in both:
                before = _shown(old.at[row, column]) if column in old.columns else None
                after = _shown(new.at[row, column]) if column in new.columns else None
                if before != after:
                    rows.append((name, row, column, before, after))
    order = {name: i for i, name in enumerate(TABLE_KEYS)}
    rows.sort(key=lambda r: (order[r[0]], r[1], r[2]))
    return pd.DataFrame(rows, columns=_COLUMNS)


def _shown(value: object) -> str:
    """A cell as Python prints it (a numpy scalar as its Python value: ``100``, not
    ``np.int64(100)``); NaN prints as ``nan``, None as ``None``."""
    return repr(value.item() if isinstance(value, np.generic) else value)


def _read(folder: Path, name: str) -> pd.DataFrame:
    """A run's table as written, not checked against this code's schema (an older run's
    columns may differ: they are compared too)."""
    path = folder / f"{name}.parquet"
    if not path.is_file():
        raise TableError(f"{path}: no such table (`newscompare {WRITTEN_BY[name]}` writes it)")
    return read_parquet(path)


def _by_key(frame: pd.DataFrame, key: str) -> pd.DataFrame:
    """``frame`` indexed by ``key`` as text (a missing outlet name as ``None``)."""
    return frame.set_index(frame[key].map(str)).drop(columns=[key])
