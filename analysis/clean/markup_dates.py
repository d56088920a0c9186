"""Which kind of date an HTML page's markup gives: a publication's or only an update's.

trafilatura asks htmldate for the page's original date; when the markup names none
(no ``article:published_time``, ``datePublished``, ``pubdate``, ``<time>`` element),
htmldate falls back on the date it does name, the last update's
(``article:modified_time``, ``dateModified``), and a story published in April and
corrected in December reads as December's. :func:`is_update_date_only` tells such a
date apart, so the reader takes the date the page prints instead.

htmldate's original date is the oldest it finds: on a page whose story lists related
stories as ``<article>`` cards inside its own ``<article>`` (or a timeline of past
events in an ``<aside>`` in it), each with its ``<time datetime>``, and no meta tag
dates the page, that is the oldest related story's (or event's) day.
:func:`own_article_day` gives the story's own ``<time>`` instead.

A ``<time>`` element's ``datetime`` written in UTC ("2026-12-03T02:15:00Z") may fall on
the day after (or before) the day its text prints in the page's own zone ("December 2,
2026 at 9:15 p.m. ET"); htmldate reads the attribute's. :func:`printed_time_day` gives
the printed day, the page's (h279), when no meta tag or script data dates the page: a
site's tag in UTC ("article:published_time") is the date it states, and the dev gold
reads it so.

An obituary's life dates print the death in a ``<time>`` before the story's own dated line
(h295): :func:`span_free_day` tells one end of a span of days from the page's date. A
script's relative time ("2 days ago") may carry its moment only in a data attribute:
:func:`timestamp_attribute_day` reads it when nothing else dates the page.

htmldate may read a ``<time>`` element's text before its ``datetime``: a US short date
("<time datetime="2026-12-04">12/4/26</time>", Squarespace's) read day first is the 12th
of April. :func:`attribute_day` gives the attribute's day when the date read is it with
its month and day swapped (h321). A Thai CMS may write an ISO date with the Buddhist
era's year ("2569-12-04T10:00:00+07:00" in JSON-LD): :func:`common_era_day` reads it in
the common era's, as the Thai printed dates are read (h321).
"""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

from analysis.clean.dates import BUDDHIST_ERA_MIN_YEAR, BUDDHIST_ERA_OFFSET, parse_date

__all__ = [
    "attribute_day",
    "common_era_day",
    "is_update_date_only",
    "own_article_day",
    "printed_time_day",
    "publication_key_day",
    "span_free_day",
    "stamp_attribute_day",
    "timestamp_attribute_day",
]

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


def _times_date_page(markup: str) -> bool:
    """Whether the page's ``<time>`` elements may date it: the markup holds a
    ``datetime`` and no meta tag or script data key dates the page (an update's key
    aside), as the readers of ``<time>`` after htmldate need."""
    if "datetime" not in markup:
        return False
    return all(_UPDATE_KEY.search(key) for key, _ in _dated_keys(markup))


# Words of a key naming the publication's date ("article:published_time", "datePublished",
# "og:article:published_time", "publish-date", "pubdate", "DC.date.issued", "date", the
# PRISM metadata standard's "prism.publicationDate" magazines print).
_PUBLICATION_KEY = re.compile(r"publish|publication_?date|pub_?date|issued|^date$", re.IGNORECASE)
# A Unix time in seconds or milliseconds (some CMSs write article:published_time so).
_UNIX_TIME = re.compile(r"\d{10}(?:\d{3})?")
# The Unix times of the years a news page's date may fall in (2000 to 2099).
_UNIX_YEARS = (946684800, 4102444800)


def _unix_day(value: str) -> str | None:
    """The UTC day of a Unix time in seconds or milliseconds of 2000-2099, else None."""
    seconds = int(value) // (1000 if len(value) == 13 else 1)
    if _UNIX_YEARS[0] <= seconds < _UNIX_YEARS[1]:
        return dt.datetime.fromtimestamp(seconds, dt.UTC).date().isoformat()
    return None


def publication_key_day(markup: str) -> str | None:
    """The day a meta tag or script data key naming the publication holds in a form
    htmldate does not read: a Unix time ("1796116500", or in milliseconds), or a date
    of another printing, RFC 2822's ("Thu, 03 Dec 2026 07:05:00 +0000", as feeds print
    it) among them.

    No tuned value: the key's words say it is the publication's; a Unix time is read in
    UTC, the zone it counts in.

    Parameters
    ----------
    markup : str
        The page's HTML.

    Returns
    -------
    str or None
        ``yyyy-mm-dd`` of the first such key (an update's key is never read), or None.
    """
    for key, value in _dated_keys(markup):
        if _UPDATE_KEY.search(key) or not _PUBLICATION_KEY.search(key):
            continue
        if _UNIX_TIME.fullmatch(value):
            if (day := _unix_day(value)) is not None:
                return day
            continue
        if (day := parse_date(value)) is not None:
            return day
    return None


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


# The elements inside a story's <article> whose <time>s are other stories' or other
# events' days: a related story's card, a box beside the story (a timeline, a "read
# also" list).
_OTHER_STORIES = frozenset({"article", "aside"})
# A <time> element's machine-readable day.
_DAY = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")


def own_article_day(markup: str, date: str) -> str | None:
    """The day of the page's own ``<article>`` when ``date`` is only a nested one's: a
    related story's card (an ``<article>`` inside the page's ``<article>``) or a box's
    beside the story (an ``<aside>`` in it: a timeline, a "read also" list).

    No tuned value: the nesting of the elements says whose date each ``<time>`` is.

    Parameters
    ----------
    markup : str
        The page's HTML.
    date : str
        The date read from the markup, ``yyyy-mm-dd``.

    Returns
    -------
    str or None
        The first ``<time datetime>`` day of the outermost ``<article>`` outside its
        nested ones, when ``date`` is the day of a ``<time>`` inside a nested
        ``<article>`` or ``<aside>`` and of none outside them, or the day of a
        ``<time>`` outside the outermost ``<article>`` holding the page's ``<h1>`` and
        of none in it (a card beside the story: another outermost ``<article>``, a
        "more" list's ``<div>`` after it); None otherwise (the date the story's own,
        or the story's ``<time>`` missing).
    """
    lowered = markup.lower()
    if "<article" not in lowered or len(_TIME_ELEMENT.findall(markup)) < 2:
        return None
    from lxml.etree import ParserError
    from lxml.html import document_fromstring

    try:
        tree = document_fromstring(markup)
    except (ParserError, ValueError):
        return None
    days: dict[object, list[str]] = {}  # each outermost article's own days
    for article in tree.iter("article"):
        if any(a.tag == "article" for a in article.iterancestors()):
            continue  # (a nested one: its outermost article is read)
        own, nested = [], set()
        days[article] = own
        for time in article.iter("time"):
            day = _DAY.match(time.get("datetime") or "")
            if day is None:
                continue
            inner = any(
                a.tag in _OTHER_STORIES
                for a in time.iterancestors()
                if a is not article and article in a.iterancestors()
            )
            if inner:
                nested.add(day.group(1))
            else:
                own.append(day.group(1))
        if own and date in nested and date not in own:
            return own[0]
    # a card beside the story (an <article> of a "more news" list after the story's own
    # <article>, the one holding the page's <h1>): its date is no date of the story
    story = next((a for a in days if next(a.iter("h1"), None) is not None), None)
    if story is None or not days[story] or date in days[story]:
        return None
    # ... or any <time> outside the story's <article> (a "more" list's <div> cards after it)
    outside = {
        day.group(1)
        for time in tree.iter("time")
        if story not in time.iterancestors() and (day := _DAY.match(time.get("datetime") or ""))
    }
    return days[story][0] if date in outside else None


# A <time> element whose datetime attribute is a UTC time ("Z", "+00:00"), and its text.
_UTC_TIME = re.compile(
    r"""<time\b[^>]*\bdatetime\s*=\s*["']?(\d{4}-\d{2}-\d{2})T[\d:.]+(?:Z|[+-]00:?00)["']?"""
    r"[^>]*>([^<]+)</time\s*>",
    re.IGNORECASE,
)


def printed_time_day(markup: str, date: str) -> str | None:
    """The day a ``<time>`` element prints where its ``datetime``, written in UTC, is
    ``date`` and the printed day is the day before or after it (the page's own zone's
    day), on a page no meta tag or script data dates (see the module's note).

    Parameters
    ----------
    markup : str
        The decoded markup.
    date : str
        The page's date as read (``YYYY-MM-DD``).

    Returns
    -------
    str or None
        The printed day (``YYYY-MM-DD``); None when no such element differs from it.
    """
    if not _times_date_page(markup):
        return None
    for element in _UTC_TIME.finditer(markup):
        if element.group(1) != date:
            continue
        printed = parse_date(" ".join(unescape(element.group(2)).split()))
        if printed is None:
            continue
        apart = dt.date.fromisoformat(printed) - dt.date.fromisoformat(date)
        if abs(apart.days) == 1:
            return printed
    return None


# A <time> element with a machine-readable day, and its text.
_DATED_TIME = re.compile(
    r"""<time\b[^>]*\bdatetime\s*=\s*["']?(\d{4}-\d{2}-\d{2})[^>]*>([^<]*)</time\s*>""",
    re.IGNORECASE,
)
# A date's year and a dash closing the text before a <time> ("July 14, 1945 – "), or a
# dash and a date's year opening the text after it (" – November 28, 2026"): the element
# is one end of a span of days (a life's, an event's), not the day the page was published.
_SPAN_BEFORE = re.compile(r"\b\d{4}\)?\s*[–—-]\s*$")
_SPAN_AFTER = re.compile(r"^\s*[–—-]\s*[^\n]{0,24}?\b\d{4}\b")
_TAG = re.compile(r"<[^>]*>")
# How far around a <time> its span's other end is looked for (a date is ~20 characters).
_SPAN_REACH = 80


def _is_span_end(markup: str, start: int, end: int) -> bool:
    """Whether the ``<time>`` at ``markup[start:end]`` is one end of a span of days."""
    before = unescape(_TAG.sub(" ", markup[max(0, start - _SPAN_REACH) : start]))
    after = unescape(_TAG.sub(" ", markup[end : end + _SPAN_REACH]))
    return _SPAN_BEFORE.search(before) is not None or _SPAN_AFTER.search(after) is not None


def span_free_day(markup: str, date: str) -> str | None:
    """The day of the page's first ``<time>`` outside a span of days, when ``date`` is
    only the day of one end of such a span: an obituary's life dates ("July 14, 1945 –
    <time datetime="...">November 28, 2026</time>", the death) or an event's days printed
    above the story's own dated line ("Posted <time ...>"), on a page no meta tag or
    script data dates. htmldate takes the oldest ``<time>``, the span's.

    No tuned value: a dash between two dates is what makes a span; ``_SPAN_REACH`` only
    bounds the search for the other date (a date printed in full is ~20 characters).

    Parameters
    ----------
    markup : str
        The decoded markup.
    date : str
        The page's date as read (``YYYY-MM-DD``).

    Returns
    -------
    str or None
        ``YYYY-MM-DD`` of the first ``<time datetime>`` that ends no span; None when
        ``date`` is no span's day, or no other ``<time>`` dates the page.

    Examples
    --------
    >>> life = 'May 2, 1940 – <time datetime="2026-11-28">Nov. 28, 2026</time>'
    >>> posted = 'Posted <time datetime="2026-12-03T09:00">Dec. 3, 2026</time>'
    >>> span_free_day(f"<p>{life}</p><p>{posted}</p>", "2026-11-28")
    '2026-12-03'
    """
    if not _times_date_page(markup):
        return None
    spans, others = set(), []
    for element in _DATED_TIME.finditer(markup):
        if _is_span_end(markup, element.start(), element.end()):
            spans.add(element.group(1))
        else:
            others.append(element.group(1))
    if date not in spans or date in others or not others:
        return None
    return others[0]


# A data attribute naming a time or date that holds a Unix time: a script's relative
# time ("2 days ago") carries the moment it counts from so (timeago's data-timestamp).
_STAMP_ATTRIBUTE = re.compile(
    r"""\bdata-[\w-]*(?:time|date|epoch|stamp)[\w-]*\s*=\s*["']?(\d{10}(?:\d{3})?)["'\s>]""",
    re.IGNORECASE,
)


# A data attribute's name naming a time or date (:data:`_STAMP_ATTRIBUTE`'s name).
_STAMP_NAME = re.compile(r"data-[\w-]*(?:time|date|epoch|stamp)[\w-]*", re.IGNORECASE)


def stamp_attribute_day(name: str, value: str) -> str | None:
    """The day one element's attribute gives when its name names a time and its value
    is a Unix time (``data-timestamp="1796365800000"`` on a card's relative age), read
    in UTC as :func:`timestamp_attribute_day` reads one in a page's markup.

    Parameters
    ----------
    name : str
        The attribute's name.
    value : str
        Its value.

    Returns
    -------
    str or None
        ``YYYY-MM-DD``, or None for another attribute or a number outside 2000-2099.

    Examples
    --------
    >>> stamp_attribute_day("data-timestamp", "1763111700000")
    '2025-11-14'
    >>> stamp_attribute_day("data-id", "1763111700") is None
    True
    """
    value = value.strip()
    if not (_STAMP_NAME.fullmatch(name) and _UNIX_TIME.fullmatch(value)):
        return None
    return _unix_day(value)


def timestamp_attribute_day(markup: str) -> str | None:
    """The day of the first data attribute naming a time that holds a Unix time
    (``<span class="timeago" data-timestamp="1796365800">2 days ago</span>``), read in
    UTC as :func:`publication_key_day` reads one: for a page whose markup dates it
    nowhere else, where the text prints only the relative time.

    No tuned value: the attribute's name says it holds a time; the years of news bound
    the number.

    Parameters
    ----------
    markup : str
        The decoded markup.

    Returns
    -------
    str or None
        ``YYYY-MM-DD``, or None when no such attribute holds a Unix time of 2000-2099.

    Examples
    --------
    >>> timestamp_attribute_day('<span data-timestamp="1763111700">3 days ago</span>')
    '2025-11-14'
    """
    if "data-" not in markup:
        return None
    for match in _STAMP_ATTRIBUTE.finditer(markup):
        if (day := _unix_day(match.group(1))) is not None:
            return day
    return None


def attribute_day(markup: str, date: str) -> str | None:
    """The ``datetime`` day of a ``<time>`` element when ``date`` is that day with its
    month and day swapped and no ``<time>`` of the page has ``date`` as its own: the
    element's text read in the other order (see the module's note).

    No tuned value: the attribute is the machine-readable day, the text its printing.

    Parameters
    ----------
    markup : str
        The decoded markup.
    date : str
        The page's date as read (``YYYY-MM-DD``).

    Returns
    -------
    str or None
        The attribute's day; None when no element's day is ``date`` swapped.
    """
    if "datetime" not in markup:
        return None
    days = {found.group(1) for found in _DATED_TIME.finditer(markup)}
    if date in days:
        return None
    year, month, day = date.split("-")
    swapped = f"{year}-{day}-{month}"
    return swapped if swapped != date and swapped in days else None


def common_era_day(date: str) -> str | None:
    """``date`` in the common era's year when it is written in the Buddhist era's (a year
    from :data:`~analysis.clean.dates.BUDDHIST_ERA_MIN_YEAR`: "2569-12-04" is
    2026-12-04); None for another date.

    Parameters
    ----------
    date : str
        A date as read (``YYYY-MM-DD``).

    Returns
    -------
    str or None
        ``YYYY-MM-DD`` 543 years earlier, or None.
    """
    year = int(date[:4])
    if year < BUDDHIST_ERA_MIN_YEAR:
        return None
    try:
        return dt.date.fromisoformat(f"{year - BUDDHIST_ERA_OFFSET:04d}{date[4:]}").isoformat()
    except ValueError:  # a 29 February of a leap year of the other era only
        return None
