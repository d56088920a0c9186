"""analysis.clean.markup_dates.printed_time_day: a <time> element's UTC datetime a day off
the day its text prints (made-up markup; review h279, issue #10)."""

from __future__ import annotations

import pytest

from analysis.clean.markup_dates import printed_time_day, publication_key_day


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


@pytest.mark.parametrize(
    ("head", "day"),
    [
        # a Unix time in seconds and in milliseconds (2025-11-14T09:15:00Z)
        ('<meta property="article:published_time" content="1763111700">', "2025-11-14"),
        ('<meta name="publish-date" content="1763111700000">', "2025-11-14"),
        # RFC 2822's printing in JSON-LD
        (
            '<script type="application/ld+json">{"datePublished": '
            '"Fri, 14 Nov 2025 07:05:00 +0000"}</script>',
            "2025-11-14",
        ),
        # an update's key is never read; a number outside the years of news is no time
        ('<meta property="article:modified_time" content="1763111700">', None),
        ('<meta property="article:published_time" content="9999999999">', None),
        ('<meta name="description" content="1763111700">', None),
        # the PRISM standard's publication date, magazines' (review h295)
        ('<meta name="prism.publicationDate" content="2025-11-14">', "2025-11-14"),
        ('<meta name="citation_publication_date" content="2025/11/14">', "2025-11-14"),
    ],
)
def test_a_publication_keys_unix_time_or_rfc_2822_date(head, day):
    markup = f"<html><head>{head}</head><body><h1>Ferry hours extended</h1></body></html>"
    assert publication_key_day(markup) == day
