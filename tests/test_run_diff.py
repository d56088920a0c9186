"""Which figures moved between two runs' tables (analysis.run_diff)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.errors import TableError
from analysis.io import write_parquet_atomic
from analysis.run_diff import ROW, moved_figures


def _run(folder: Path, bylines: list[str | None], ratio: float, extra: bool = False) -> Path:
    folder.mkdir()
    ids = ["a1", "a2"] + ["a3"] * extra
    articles = pd.DataFrame({"article_id": ids, "byline": [*bylines, "X"][: len(ids)]})
    metrics = pd.DataFrame({"article_id": ids, "n_words": [120, 80, 5][: len(ids)]})
    outlets = pd.DataFrame(
        {"outlet": ["Harbor Gazette", "Diario del Sur"], "boilerplate_ratio": [ratio, np.nan]}
    )
    for name, frame in (
        ("articles", articles),
        ("article_metrics", metrics),
        ("outlet_metrics", outlets),
    ):
        write_parquet_atomic(frame, folder / f"{name}.parquet")
    return folder


def test_moved_cells_and_rows_only_one_run_has_are_listed(tmp_path: Path) -> None:
    old = _run(tmp_path / "old", [None, "Lucía Fernández"], 0.25)
    new = _run(tmp_path / "new", ["Karl Brenner", "Lucía Fernández"], 0.2, extra=True)
    moved = moved_figures(old, new)
    assert moved.values.tolist() == [
        ["articles", "a1", "byline", "None", "'Karl Brenner'"],
        ["articles", "a3", ROW, None, "present"],
        ["article_metrics", "a3", ROW, None, "present"],
        ["outlet_metrics", "Harbor Gazette", "boilerplate_ratio", "0.25", "0.2"],
    ]  # NaN == NaN: Diario del Sur did not move
    assert moved_figures(old, old).empty


def test_a_run_without_a_table_is_an_error_naming_it(tmp_path: Path) -> None:
    old = _run(tmp_path / "old", [None, None], 0.1)
    new = _run(tmp_path / "new", [None, None], 0.1)
    (new / "outlet_metrics.parquet").unlink()
    with pytest.raises(TableError, match=r"outlet_metrics\.parquet: no such table.*metrics"):
        moved_figures(old, new)
