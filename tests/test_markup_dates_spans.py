"""analysis.clean.markup_dates.span_free_day and timestamp_attribute_day: a <time> ending a
span of days (an obituary's death) is not the page's date; a relative time's data attribute
holding a Unix time dates a page nothing else dates (made-up markup; review h295, issue #10)."""

from __future__ import annotations

import pytest

from analysis.clean.markup_dates import span_free_day, timestamp_attribute_day

_POSTED = '<p>Posted <time datetime="2026-03-09T10:15:00-05:00">March 9, 2026</time></p>'


@pytest.mark.parametrize(
    "span",
    [
        'April 2, 1931 – <time datetime="2026-03-04">March 4, 2026</time>',
        "(1931 &ndash; <time datetime='2026-03-04'>2026</time>)",
        '<time datetime="2026-03-04">March 4</time> — March 6, 2026',
    ],
)
def test_a_span_end_gives_way_to_the_pages_own_time(span):
    markup = f"<html><body><h1>Ada Penhallow, baker</h1><p>{span}</p>{_POSTED}</body></html>"
    assert span_free_day(markup, "2026-03-04") == "2026-03-09"


@pytest.mark.parametrize(
    "head_and_line",
    [
        # a time that ends no span is the page's own
        ("", '<p>By Jo Roe - <time datetime="2026-03-04">March 4, 2026</time></p>'),
        # the site's own tag dates the page
        (
            '<meta property="article:published_time" content="2026-03-04">',
            '<p>April 2, 1931 – <time datetime="2026-03-04">March 4, 2026</time></p>',
        ),
    ],
)
def test_no_span_or_a_dated_page_keeps_the_date(head_and_line):
    head, line = head_and_line
    markup = f"<html><head>{head}</head><body>{line}{_POSTED}</body></html>"
    assert span_free_day(markup, "2026-03-04") is None


def test_a_span_alone_keeps_its_day():
    markup = '<p>April 2, 1931 – <time datetime="2026-03-04">March 4, 2026</time></p>'
    assert span_free_day(markup, "2026-03-04") is None


@pytest.mark.parametrize(
    ("element", "day"),
    [
        ('<span class="ago" data-timestamp="1763111700">3 days ago</span>', "2025-11-14"),
        ('<abbr data-publish-time="1763111700000">yesterday</abbr>', "2025-11-14"),
        # not a time's attribute; a number outside the years of news
        ('<span data-count="1763111700">shares</span>', None),
        ('<span data-timestamp="9999999999">soon</span>', None),
    ],
)
def test_a_relative_times_unix_attribute(element, day):
    assert timestamp_attribute_day(f"<html><body>{element}</body></html>") == day
