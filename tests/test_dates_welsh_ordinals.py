"""Welsh ordinal endings glued to the day ("3ydd Rhagfyr 2026", review h162; issue #10)."""

from __future__ import annotations

from analysis.clean.dates import find_dates


def test_welsh_ordinal_day_reads_the_date():
    found = find_dates("Dydd Llun 21ain Mawrth 2026")
    assert [d.iso for d in found] == ["2026-03-21"]
    assert [d.iso for d in find_dates("2il Chwefror 2026")] == ["2026-02-02"]
    assert [d.iso for d in find_dates("Dydd Iau 3ydd Rhagfyr 2026")] == ["2026-12-03"]
