"""analysis.clean.local_day: the printed local day over a meta tag's UTC day."""

from __future__ import annotations

import pytest

from analysis.clean.html_page import html_metadata
from analysis.clean.local_day import printed_local_day

PARAGRAPHS = [
    "The Millbrook school board voted 5-4 on Wednesday night to close two elementary schools"
    " at the end of the year, after three hours of public comment from parents.",
    "District enrollment has fallen by about a quarter since 2015, and the two buildings need"
    " a combined $19 million in repairs, the superintendent told the board.",
]


def _page(stamp: str, printed: str) -> str:
    return (
        "<html><head><title>Board votes to close two schools | Millbrook Ledger</title>"
        f'<meta property="article:published_time" content="{stamp}">'
        "</head><body><article><h1>Board votes to close two schools</h1>"
        f"<p>By Dana Wirth</p><div>{printed}</div>"
        f"{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("stamp", "printed", "day"),
    [
        # the evening in New York, the next morning in UTC
        ("2026-12-03T02:10:00+00:00", "December 2, 2026 at 9:10 p.m. EST", "2026-12-02"),
        ("2026-12-08T04:30:00Z", "7 December 2026, 23:30 ET", "2026-12-07"),
        # the morning in Delhi, the evening before in UTC (+5:30)
        ("2026-12-07T20:15:00Z", "08 Dec 2026, 01:45 AM IST", "2026-12-08"),
        # the time before the date
        ("2026-12-08T04:30:00Z", "23:30 ET, 7 December 2026", "2026-12-07"),
        ("2026-12-07T20:15:00Z", "8 December 2026 01:45 (+05:30)", "2026-12-08"),
    ],
)
def test_printed_moment_of_the_utc_stamp_gives_the_day(stamp, printed, day) -> None:
    assert html_metadata(_page(stamp, printed)).published == day


@pytest.mark.parametrize(
    ("stamp", "printed"),
    [
        # minutes that differ: another moment (a related story's), no zone's offset
        ("2026-12-03T02:10:00Z", "December 2, 2026 at 9:25 p.m. EST"),
        # a day printed without a clock time: which moment is not known
        ("2026-12-03T02:10:00Z", "December 2, 2026"),
        # the printed moment on the stamp's own day first
        (
            "2026-12-03T10:00:00Z",
            "December 3, 2026 10:00 GMT · related: December 2, 2026 9:00 p.m. EST",
        ),
        # two days apart: no zone
        ("2026-12-03T02:10:00Z", "December 1, 2026 at 9:10 p.m. EST"),
        # no zone printed: a script may have written the time in the reader's zone
        ("2026-12-03T02:10:00Z", "December 2, 2026 at 9:10 p.m."),
        ("2026-12-03T11:30:00Z", "4 December 2026, 12:30 AM"),
    ],
)
def test_other_moments_leave_the_stamp_day(stamp, printed) -> None:
    assert printed_local_day(_page(stamp, printed), stamp[:10]) is None


def test_a_stations_slash_between_date_and_time():
    # a TV station's WordPress theme prints "Posted: Dec 5, 2026 / 04:50 PM PST" while
    # article:published_time is the next day in UTC (review h427)
    markup = (
        '<meta property="article:published_time" content="2026-12-06T00:50:00+00:00">'
        "<body><p>by: Sam Roe</p><p>Posted: Dec 5, 2026 / 04:50 PM PST</p>"
        "<p>Updated: Dec 5, 2026 / 07:15 PM PST</p></body>"
    )
    assert printed_local_day(markup, "2026-12-06") == "2026-12-05"
