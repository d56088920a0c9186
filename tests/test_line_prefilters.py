"""The cleaner's per-line searches skipped when a cheap test shows they cannot match
(issue #15, cheap per page): the same answers as the full searches, and the work
skipped, counted (no wall clock)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.clean import card_lines, dates

_PIECES = st.sampled_from(
    [
        "June 2, 2025",
        "2 juin 2025",
        "2. Juni 2025",
        "2025-06-02",
        "02.06.2025",
        "27/09/2025",
        "11/13/19",
        "Nov 19 20197:05 AM",
        "10:01 pm PST,",
        "Tuesday,",
        "19:14 GMT",
        "at",
        "--",
        "13 hours ago",
        "a day AGO",
        "Just Now",
        "YESTERDAY",
        "juſt now",
        "yeſterday",
        "Photo by",
        "IMAGE:",
        "(Credit Reuters)",
        "Getty Images",
        "AP Photo",
        "/Reuters",
        "AFP/",
        "Caption",
        "©",
        "(C) 2019",
        "All Rights Reserved",
        "The",
        "council",
        "votes",
        "İstanbul",
        "Ⅻ",
        "19",
        "2019",
        "/",
        ".",
        "",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=7).map(" ".join) | st.text(max_size=40)


def _without_date_hints(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every hint pass: the full searches run on every text."""
    every_text = re.compile("")
    monkeypatch.setattr(dates, "_DATE_HINT", every_text)
    monkeypatch.setattr(dates, "_CLOCK_HINT", every_text)
    monkeypatch.setattr(dates, "_may_hold_relative_time", lambda lowered: True)


@given(text=_TEXTS)
def test_date_hints_change_no_answer(text):
    hinted = (dates.find_date(text), dates.find_dates(text), dates.find_relative_time(text))
    with pytest.MonkeyPatch.context() as patch:
        _without_date_hints(patch)
        full = (dates.find_date(text), dates.find_dates(text), dates.find_relative_time(text))
    assert hinted == full


@given(text=_TEXTS)
def test_caption_hints_change_no_line_kind(text):
    hinted = card_lines.line_kind(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(card_lines, "_holds_any", lambda lowered, words: True)
        full = card_lines.line_kind(text)
    assert hinted == full


class _CountingPattern:
    """A compiled pattern whose searches are counted."""

    def __init__(self, pattern: re.Pattern[str], calls: list[str]) -> None:
        self.pattern, self.calls = pattern, calls

    def finditer(self, text: str):
        self.calls.append(text)
        return self.pattern.finditer(text)


def test_a_line_without_a_year_or_slash_runs_no_date_pattern(monkeypatch):
    calls: list[str] = []
    counted = tuple(_CountingPattern(p, calls) for p in dates._DATE_PATTERNS)
    monkeypatch.setattr(dates, "_DATE_PATTERNS", counted)
    for line in ("Council votes on the bridge", "Page 3 of 12", "12:30", "Share this"):
        assert dates.find_date(line) is None
        assert dates.find_dates(line) == []
    assert calls == []
    assert dates.find_date("Posted June 2, 2025").iso == "2025-06-02"
    assert len(calls) == len(dates._DATE_PATTERNS)


def test_an_ascii_line_without_a_time_word_runs_no_relative_time_search(monkeypatch):
    calls: list[str] = []

    class Counting:
        def search(self, text: str):
            calls.append(text)
            return original.search(text)

    original = dates._RELATIVE_TIME
    monkeypatch.setattr(dates, "_RELATIVE_TIME", Counting())
    assert dates.find_relative_time("Council votes on the bridge") is None
    assert calls == []
    assert dates.find_relative_time("3 hours AGO") == (0, 11)
    assert dates.find_relative_time("yeſterday") == (0, 9)  # not ASCII: searched
    assert len(calls) == 2
