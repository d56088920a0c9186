"""Progress bars: each stage shows one on a terminal (stderr); a log gets a line a minute."""

from __future__ import annotations

import io
import json
import sys

import pytest

from analysis import progress as progress_module
from analysis.clean.pipeline import run_clean
from analysis.progress import LogProgress, progress
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


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_log_gets_a_plain_line_each_interval_and_none_in_a_short_run() -> None:
    # off a terminal the tqdm bar was disabled: a 20-minute clean wrote nothing (h269)
    stream, clock = io.StringIO(), _Clock()
    counter = LogProgress(19617, "clean", "page", stream=stream, interval=60.0, clock=clock)
    for _ in range(100):
        counter.update(16)
    assert stream.getvalue() == ""  # no time passed: a short run writes nothing
    clock.now += 61
    counter.update(16)
    clock.now += 30
    counter.update(16)  # within the interval: no line
    clock.now += 200
    counter.set_postfix_str("fox-news")
    counter.update(16)
    with counter:
        pass
    assert stream.getvalue().splitlines() == [
        "clean: 1,616 of 19,617 pages (8 %), 1 min so far",
        "clean: 1,648 of 19,617 pages (8 %), 4 min so far (last: fox-news)",
    ]
    assert "\r" not in stream.getvalue()


def test_a_count_without_a_total_has_no_percentage() -> None:
    clock = _Clock()
    counter = LogProgress(None, "metrics", "article", stream=io.StringIO(), clock=clock)
    counter.update(64)
    assert counter.line(clock.now + 120) == "metrics: 64 articles, 2 min so far"


@pytest.mark.parametrize(("tty", "kind"), [(True, "tqdm"), (False, "LogProgress")])
def test_a_terminal_gets_the_bar_and_a_log_the_lines(monkeypatch, tty, kind) -> None:
    class _Stderr(io.StringIO):
        def isatty(self) -> bool:
            return tty

    monkeypatch.setattr(progress_module.sys, "stderr", _Stderr())
    counter = progress(3, "notebooks", "notebook")
    assert type(counter).__name__ == kind
    counter.close()
    assert progress(3, "notebooks", "notebook", shown=False).disable
