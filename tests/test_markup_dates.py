"""analysis.clean.markup_dates.printed_time_day: a <time> element's UTC datetime a day off
the day its text prints (made-up markup; review h279, issue #10)."""

from __future__ import annotations

import pytest

from analysis.clean.markup_dates import printed_time_day


@pytest.mark.parametrize(
    ("element", "published", "printed"),
    [
        # the evening in New York is the next day in UTC
        (
            '<time datetime="2026-03-05T01:40:00Z">March 4, 2026 at 8:40 p.m. ET</time>',
            "2026-03-05",
            "2026-03-04",
        ),
        # the morning in Perth is the day before in UTC
        (
            '<time datetime="2026-03-04T22:10:00+00:00">Thursday 5 March 2026, 6.10am</time>',
            "2026-03-04",
            "2026-03-05",
        ),
        # the same day: nothing to mend
        ('<time datetime="2026-03-04T10:00:00Z">4 March 2026</time>', "2026-03-04", None),
        # an offset of the page's own zone: its day is the page's
        ('<time datetime="2026-03-05T01:40:00-05:00">March 4, 2026</time>', "2026-03-05", None),
        # another element's date, or a text printing no date
        ('<time datetime="2026-02-01T01:40:00Z">January 31, 2026</time>', "2026-03-05", None),
        ('<time datetime="2026-03-05T01:40:00Z">Yesterday</time>', "2026-03-05", None),
    ],
)
def test_the_printed_day_of_a_utc_time_element_a_day_off(element, published, printed):
    markup = f"<html><body><h1>Ferry hours extended</h1><p>{element}</p></body></html>"
    assert printed_time_day(markup, published) == printed


def test_a_meta_tags_date_stands_over_the_printed_day():
    # the site's tag in UTC dates the page (as the dev gold reads it): no mending
    element = '<time datetime="2026-03-05T01:40:00Z">March 4, 2026 at 8:40 p.m. ET</time>'
    head = '<meta property="article:published_time" content="2026-03-05T01:40:00Z">'
    markup = f"<html><head>{head}</head><body><p>{element}</p></body></html>"
    assert printed_time_day(markup, "2026-03-05") is None
