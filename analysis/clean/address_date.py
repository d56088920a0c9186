"""The date a page's own address writes, when a text dump prints that address.

A page saved as text often prints its address on a line of its own: a browser's print
footer ("https://www.example.com/news/2026/11/03/story  1/2"), a scraper's or a
clipper's field ("URL: ...", "Printed from ..."), an AMP viewer's address over the story
(``www.google.com/amp/s/www.example.com/2026/11/03/...``). When the page prints no date,
the day such an address writes in its path (``/2026/11/03/``, ``/2026-11-03-``, or
``/20261103/`` as a whole path segment) is the story's. Only an address alone on its
line counts (a link inside a sentence is another page's), and only when every such
address of the page writes the same day (two days: related stories' links). A text
browser's list of the page's links ("   1. https://www.example.com/2026/12/02/story/#content")
holds the page's own address where a link points into the page itself: a skip link's, a
back-to-top link's or a comment form's fragment (``#content``, ``#top``, ``#respond``)
after the address; the list's other links (menus, related stories) are other pages'. A page that
prints a numeric date the date readers left undecided ("Wed, 04/03/2026" over an address
of 3 April: the weekday says 4 March) prints a date: the address does not date it.
"""

from __future__ import annotations

import datetime as dt
import re

from analysis.clean.dates import url_date
from analysis.clean.pattern_starts import starting_at

__all__ = ["printed_address_date"]

# A line that is only an address: an optional short label ("URL:", "Printed from",
# "Source:"), the address (a host with a dot and a path), an optional page counter ("1/2").
_ADDRESS_LINE = re.compile(
    r"^\s*(?:(?:url|link|source|permalink|printed\s+from|saved\s+from|read\s+more\s+at)"
    r"\s*:?\s+)?"
    r"(?P<url>(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/\S*)"
    r"(?:\s+\d{1,3}/\d{1,3})?\s*$",
    re.IGNORECASE,
)
# A text browser's numbered link whose address ends with a skip link's, a back-to-top
# link's or a comment form's fragment: a link into the page itself ("  1.
# https://example.com/2026/12/02/story/#content"; a related card's "#comments" counts
# another story's comments, not read).
_IN_PAGE_LINK = re.compile(
    r"^\s*\d{1,4}\.\s+(?P<url>https?://[^\s#]+/[^\s#]*)"
    r"#(?:[\w-]*content|main[\w-]*|primary|top|respond)\s*$",
    re.IGNORECASE,
)
# A numeric date of three parts ("04/03/2026", "3.11.26"): a date the page prints.
_NUMERIC_DATE = starting_at(r"(?<![\d/.-])\d{1,2}([/.-])\d{1,2}\1(?:19|20)?\d\d(?![\d/.-])")
# A day written as one path segment: "/20261103/".
_COMPACT_DAY = re.compile(
    r"/(?P<year>(?:19|20)\d\d)(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?=/)"
)


def printed_address_date(text: str) -> str | None:
    """The day the addresses a page prints alone on a line write in their paths.

    Parameters
    ----------
    text : str
        The page's normalized text.

    Returns
    -------
    str or None
        ``yyyy-mm-dd``; None when no such address writes a valid day, two of them
        write different days, or the page prints a numeric date elsewhere.
    """
    days = set()
    for line in text.split("\n"):
        found = (
            _ADDRESS_LINE.match(line) or _IN_PAGE_LINK.match(line)
            if "/" in line and len(line) <= 400
            else None
        )
        if found is not None:
            if (day := _path_day(found["url"])) is not None:
                days.add(day)
        elif _NUMERIC_DATE.search(line):
            return None  # a date the page prints, undecided
    return days.pop() if len(days) == 1 else None


def _path_day(url: str) -> str | None:
    """The day a URL's path writes (:func:`~analysis.clean.dates.url_date`, or one
    segment of eight digits)."""
    day = url_date(url)
    if day is not None:
        return day
    path = url.split("?", 1)[0].split("#", 1)[0]
    for match in _COMPACT_DAY.finditer(path):
        try:
            return dt.date(int(match["year"]), int(match["month"]), int(match["day"])).isoformat()
        except ValueError:
            continue
    return None
