"""A paper's issue on an e-paper kiosk: the paper the kiosk's page is of.

An e-paper kiosk serves many papers' printed editions under its own host, its pages'
addresses naming the paper and the issue in their path
(``kiosk.example/uk/the-example-sentinel/20261203/ID``): the paper's name written as a
slug, then the issue's day as a path segment of its own. The page prints the paper's
name beside that day: its ``<title>``'s parts ("Kiosk - The Example Sentinel -
2026-12-03 - Headline") or, in a text dump, a line of the name over a line of the day.
The kiosk's own name (its ``og:site_name``, its notice) is no outlet of those papers:
filed under it, two papers' pages were one row. Such a page is filed by the paper's
name, as a go-between's link is (:func:`analysis.clean.outlet.decide_outlet`).

A site's section followed by a day in its path (``/local-news/2026-12-03/``) prints the
section's label over the headline, not beside the day: no issue. No list of kiosks, no
tuned value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from itertools import pairwise
from urllib.parse import urlsplit

from analysis.clean.dates import parse_date
from analysis.clean.domains import original_url
from analysis.clean.url_slugs import is_slug, name_slug

__all__ = ["issue_paper", "issue_slug"]

# A path segment that is a day alone: yyyymmdd or yyyy-mm-dd.
_DAY_SEGMENT = re.compile(r"(?P<year>(?:19|20)\d\d)-?(?P<month>\d\d)-?(?P<day>\d\d)")


def issue_slug(url: str) -> tuple[str, str] | None:
    """The slug and the day of a paper's issue a URL's path names: a segment of two words
    or more joined by ``-`` (:func:`~analysis.clean.url_slugs.is_slug`) right before a
    segment that is a valid day alone, not the path's last (the page's id follows).

    Parameters
    ----------
    url : str
        The page's address.

    Returns
    -------
    tuple of (str, str) or None
        ``(slug, yyyy-mm-dd)``, the slug case folded; None when the path names none.
    """
    segments = [part for part in urlsplit(original_url(url)).path.split("/") if part]
    for slug, day in pairwise(segments[:-1]):
        found = _DAY_SEGMENT.fullmatch(day)
        if found is None or not is_slug(slug):
            continue
        try:
            iso = dt.date(int(found["year"]), int(found["month"]), int(found["day"]))
        except ValueError:
            continue
        return slug.casefold(), iso.isoformat()
    return None


def issue_paper(lines: Sequence[str], title_parts: Sequence[str], url: str) -> str | None:
    """The paper whose issue the page at ``url`` is, as the page prints its name.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    title_parts : sequence of str
        An HTML page's ``<title>`` cut at its separators; empty for a text page.
    url : str
        The page's URL.

    Returns
    -------
    str or None
        The name, as printed: a title part written as the path's slug
        (:func:`issue_slug`) when another part is the issue's day, else a line that is
        the name alone when the next line that is not blank is the day alone; None
        otherwise.
    """
    found = issue_slug(url)
    if found is None:
        return None
    slug, day = found
    for part in title_parts:
        if name_slug(part) == slug and any(
            other is not part and _is_the_day(other, day) for other in title_parts
        ):
            return part.strip()
    printed = [line.strip() for line in lines if line.strip()]
    for line, below in pairwise(printed):
        if name_slug(line) == slug and _is_the_day(below, day):
            return line
    return None


def _is_the_day(text: str, day: str) -> bool:
    """Whether ``text`` is a short line or part (at most four words) writing ``day``."""
    return len(text.split()) <= 4 and parse_date(text) == day
