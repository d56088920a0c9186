"""Which kind of date an HTML page's markup gives: a publication's or only an update's.

trafilatura asks htmldate for the page's original date; when the markup names none
(no ``article:published_time``, ``datePublished``, ``pubdate``, ``<time>`` element),
htmldate falls back on the date it does name, the last update's
(``article:modified_time``, ``dateModified``), and a story published in April and
corrected in December reads as December's. :func:`is_update_date_only` tells such a
date apart, so the reader takes the date the page prints instead.
"""

from __future__ import annotations

import re
from html import unescape

__all__ = ["is_update_date_only"]

# A meta tag's name (property, name, itemprop) and content, in either order.
_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_META_NAME = re.compile(r"""\b(?:property|name|itemprop)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_META_CONTENT = re.compile(r"""\bcontent\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
# A JSON-LD (or any script data) key holding a date: "datePublished": "2026-04-28...".
_DATA_DATE = re.compile(r""""(date\w*|uploadDate|coverageStartTime)"\s*:\s*"([^"]*)\"""")
# An element's machine-readable date: <time datetime="...">, itemprop="datePublished".
_TIME_ELEMENT = re.compile(r"<time\b[^>]*\bdatetime\s*=", re.IGNORECASE)
# Words of a key naming an update's date, not the publication's.
_UPDATE_KEY = re.compile(r"modif|updat|revis|edit", re.IGNORECASE)
# Words of a key naming a date at all ("article:published_time", "dateCreated", "pubdate").
_DATE_KEY = re.compile(r"date|time|publish|creat|issued", re.IGNORECASE)


def _dated_keys(markup: str) -> list[tuple[str, str]]:
    """``(key, value)`` of every meta tag and script data key that names a date."""
    found = []
    for tag in _META.findall(markup):
        name, content = _META_NAME.search(tag), _META_CONTENT.search(tag)
        if name and content and _DATE_KEY.search(name.group(1)):
            found.append((name.group(1), unescape(content.group(1)).strip()))
    found += [(key, value.strip()) for key, value in _DATA_DATE.findall(markup)]
    return found


def is_update_date_only(markup: str, date: str) -> bool:
    """Whether ``date`` is the markup's update date and the markup names no other date.

    No tuned value: the key's own words say which date it holds.

    Parameters
    ----------
    markup : str
        The page's HTML.
    date : str
        The date read from the markup, ``yyyy-mm-dd``.

    Returns
    -------
    bool
        True when a key naming an update (``article:modified_time``, ``dateModified``,
        ``og:updated_time``) holds ``date`` and no ``<time datetime>`` element and no
        other dated key (a publication's, a creation's) is in the markup.
    """
    keys = _dated_keys(markup)
    updates = [value for key, value in keys if _UPDATE_KEY.search(key)]
    others = [value for key, value in keys if not _UPDATE_KEY.search(key) and value]
    return (
        any(value.startswith(date) for value in updates)
        and not others
        and _TIME_ELEMENT.search(markup) is None
    )
