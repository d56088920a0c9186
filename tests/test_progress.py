"""Progress bars: each stage shows one on a terminal (stderr) and stays quiet otherwise."""

from __future__ import annotations

import io
import sys

import pytest

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
