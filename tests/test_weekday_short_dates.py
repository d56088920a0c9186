"""analysis.clean.weekday_short_dates: "02-12-26" read by the weekday beside it."""

from __future__ import annotations

from analysis.clean.dates import find_dates
from analysis.clean.page_metadata import published_value


def test_a_dashed_short_date_is_read_by_the_weekday_beside_it_only():
    # 5 March 2026 is a Thursday (3 May 2026 a Sunday, 26 March 2005 a Saturday)
    assert [d.iso for d in find_dates("donderdag 05-03-26")] == ["2026-03-05"]
    assert [d.iso for d in find_dates("05-03-26 (Thursday)")] == ["2026-03-05"]
    # the month first when the weekday says so: 3 May 2026 is a Sunday
    assert [d.iso for d in find_dates("Sunday, 05-03-26")] == ["2026-05-03"]
    # no weekday, a weekday no reading falls on, or a longer number: no date
    assert find_dates("05-03-26") == []
    assert find_dates("Monday 05-03-26") == []
    assert find_dates("Thursday 105-03-26") == []
    assert find_dates("Thursday 05-03-26-7") == []


def test_a_date_span_is_read_with_its_line_weekday():
    page = "De Lokale Krant\n\nBrug is klaar\n\ndonderdag 05-03-26\n\nDe brug is klaar.\n"
    assert published_value("05-03-26", page, "donderdag 05-03-26") == "2026-03-05"
    assert published_value("05-03-26", page) is None
