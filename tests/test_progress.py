"""Progress bars: each stage shows one on a terminal (stderr) and stays quiet otherwise."""

from __future__ import annotations

import io
import json
import sys

import pytest

from analysis.clean.pipeline import run_clean
from analysis.report import pool


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("terminal", [False, True])
def test_the_report_bar_shows_on_a_terminal_only(monkeypatch, terminal: bool) -> None:
    stderr = _Terminal() if terminal else io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    outcome = pool.run_jobs([], 1)
    assert outcome.results == {} and not outcome.interrupted
    assert ("notebooks" in stderr.getvalue()) is terminal


def test_the_clean_bar_of_a_table_has_a_total_and_ends_at_the_pages_read(
    monkeypatch, seed_dir, tmp_path
) -> None:
    # a new user's 1,950-row export showed "clean: 220page [00:10, 11.36page/s]": no
    # percentage and no time left; the total is the table's rows, set to the pages read
    # at the end (a repeated id is no page)
    rows = [{"id": p.name, "text": p.read_text("utf-8")} for p in sorted(seed_dir.iterdir())]
    rows.append({"id": rows[0]["id"], "text": "a repeated id"})
    table = tmp_path / "pages.jsonl"
    table.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    stderr = _Terminal()
    monkeypatch.setattr(sys, "stderr", stderr)
    assert run_clean(table, tmp_path / "out", jobs=1) == 0
    shown = stderr.getvalue()
    assert f"/{len(rows)} [" in shown  # the rows, while they are cleaned
    last = shown.rstrip().split("\r")[-1]
    assert "100%" in last and f"| {len(rows) - 1}/{len(rows) - 1} [" in last


def test_the_clean_bar_of_a_folder_counts_its_files(monkeypatch, seed_dir, tmp_path) -> None:
    stderr = _Terminal()
    monkeypatch.setattr(sys, "stderr", stderr)
    assert run_clean(seed_dir, tmp_path / "out", jobs=1) == 0
    n_files = len(list(seed_dir.iterdir()))
    last = stderr.getvalue().rstrip().split("\r")[-1]
    assert "100%" in last and f"| {n_files}/{n_files} [" in last
