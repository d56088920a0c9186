"""The day a page prints in its own zone over the UTC day its markup states.

A site's markup often states the moment of publication in UTC
(``article:published_time`` "2026-12-03T02:10:00+00:00", JSON-LD ``datePublished``
"...Z") while the page prints it in the zone of its readers ("December 2, 2026 at 9:10
p.m. EST"): late in the evening west of Greenwich, or early in the morning east of it,
the two fall on two days. The reader's day is the printed one (the review sets'
convention since h313: the publication day in the page's own zone). :func:`printed_local_day`
takes it only when the page names the zone of its printed time ("EST", "IST", "GMT+8",
"+05:30": a time printed without one may be the reader's browser's, a script writing
the moment in the zone of whoever opened the page, the scraper's) and the printed date
and clock time are the very moment the markup states: the
two differ by a whole zone offset, between :data:`WESTMOST_OFFSET_HOURS` and
:data:`EASTMOST_OFFSET_HOURS` hours, its minutes past the hour one of
:data:`ZONE_OFFSET_MINUTES` (:data:`EAST_ZONE_OFFSET_MINUTES` east of Greenwich; the
zones of the world: UTC-12 to UTC+14, in whole or half hours, or three quarters past
as Nepal's +5:45), so that a related story's date or an update's time printed beside
it does not move the day. The first printed moment that is one of the markup's decides:
on the markup's own day it leaves the date as read.

No tuned value: the bounds are the world's time zones.
"""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

from analysis.clean.dates import find_dates
from analysis.clean.yearless_dates import CLOCK_TIME

__all__ = [
    "EASTMOST_OFFSET_HOURS",
    "EAST_ZONE_OFFSET_MINUTES",
    "WESTMOST_OFFSET_HOURS",
    "ZONE_OFFSET_MINUTES",
    "printed_local_day",
]

#: The world's time zones run from UTC-12 (Baker Island) to UTC+14 (Line Islands).
WESTMOST_OFFSET_HOURS = -12
EASTMOST_OFFSET_HOURS = 14
#: A zone's offset is whole or half hours (India +5:30, Newfoundland -3:30), or, east of
#: Greenwich only, three quarters past an hour (Nepal +5:45, Eucla +8:45, Chatham +12:45).
ZONE_OFFSET_MINUTES = frozenset({0, 30})
EAST_ZONE_OFFSET_MINUTES = frozenset({0, 30, 45})
#: The printed clock times compared at most: the story's own moment is printed first
#: (a dated line under the headline), an update's or a related card's after it.
MAX_PRINTED_TIMES = 4
#: How far (characters) from a clock time its date is looked for ("December 2, 2026 at").
_DATE_REACH = 48

# A UTC moment written in the markup: "2026-12-03T02:10:00Z", "...+00:00", "... +0000".
_UTC_MOMENT = re.compile(
    r"(?<!\d)(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00)(?!\d)"
)
# A clock time's hour, minutes and half of the day ("9:10 p.m.", "21.10", "9 PM").
_CLOCK_PARTS = re.compile(
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?(?:\s*(?P<half>[ap])\.?m\b)?", re.IGNORECASE
)
# The zone a printed time names after it: an abbreviation of two to five capitals
# ("EST", "IST", "NZDT", "WIB"; not "AM" / "PM"), perhaps with its offset ("GMT+8"),
# or an offset alone ("+05:30").
_ZONE = r"(?:(?!(?:AM|PM)\b)[A-Z]{2,5}(?:\s?[+−-]\d{1,2}(?::?\d\d)?)?|[+−-]\d\d:?\d\d)(?![\w:])"
_ZONE_IN = re.compile(r"\s" + _ZONE + r"\s*$")
_ZONE_AFTER = re.compile(r"\s*\(?" + _ZONE)
# What may stand between a printed date and its clock time: separators (a slash too, as
# TV stations' WordPress themes print "Posted: Dec 5, 2026 / 04:50 PM PST") and "at".
_BETWEEN = re.compile(r"^[\s,;|·•–—/-]*(?:(?:at|um|à|a las|alle|às|om|kl\.?)\s+)?[\s,;|·•–—/-]*$")
_TAG = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)
_BODY = re.compile(r"<body\b", re.IGNORECASE)


def _utc_moments(markup: str, date: str) -> list[dt.datetime]:
    """The UTC moments the markup states on ``date``, in markup order."""
    return [
        dt.datetime.fromisoformat(f"{m[1]}T{m[2]}:{m[3]}")
        for m in _UTC_MOMENT.finditer(markup)
        if m[1] == date
    ]


def clock_hour_minute(text: str) -> tuple[int, int] | None:
    """A clock time's hour (0-23) and minutes, None when it reads as none.

    Parameters
    ----------
    text : str
        A clock time as a page prints it ("16:05", "4:38 p.m.").

    Returns
    -------
    tuple of int or None
        ``(hour, minute)``, or None.
    """
    parts = _CLOCK_PARTS.match(text)
    if parts is None:
        return None
    hour, minute = int(parts["h"]), int(parts["m"] or 0)
    if parts["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if parts["half"].lower() == "p" else 0)
    return (hour, minute) if hour < 24 and minute < 60 else None


def _printed_moments(text: str) -> list[dt.datetime]:
    """The first :data:`MAX_PRINTED_TIMES` dates printed with a clock time next to them
    (the date before the time, or after it), as local moments."""
    moments: list[dt.datetime] = []
    for clock_match in CLOCK_TIME.finditer(text):
        clock = clock_hour_minute(clock_match.group())
        if clock is None:
            continue
        start, end = clock_match.span()
        if not (_ZONE_IN.search(clock_match.group()) or _ZONE_AFTER.match(text, end)):
            continue  # no zone printed: the reader's browser may have written the time
        before = text[max(0, start - _DATE_REACH) : start]
        after = text[end : end + _DATE_REACH]
        dated = [
            d.iso
            for d in find_dates(before)
            if _BETWEEN.match(before[d.end :]) or d.end >= len(before)
        ][-1:] or [d.iso for d in find_dates(after)[:1] if _BETWEEN.match(after[: d.start])]
        if dated:
            day = dt.date.fromisoformat(dated[0])
            moments.append(dt.datetime(day.year, day.month, day.day, *clock))
        if len(moments) >= MAX_PRINTED_TIMES:
            break
    return moments


def _is_zone_offset(offset: dt.timedelta) -> bool:
    """Whether a local moment's distance from UTC is a zone's offset."""
    minutes = int(offset.total_seconds() // 60)
    return WESTMOST_OFFSET_HOURS * 60 <= minutes <= EASTMOST_OFFSET_HOURS * 60 and abs(
        minutes
    ) % 60 in (EAST_ZONE_OFFSET_MINUTES if minutes > 0 else ZONE_OFFSET_MINUTES)


def printed_local_day(markup: str, date: str) -> str | None:
    """The day the page prints for the moment its markup states in UTC on ``date``,
    when that is the day before or after ``date`` (see the module's note).

    Parameters
    ----------
    markup : str
        The decoded markup.
    date : str
        The page's date as read (``YYYY-MM-DD``).

    Returns
    -------
    str or None
        The printed day (``YYYY-MM-DD``); None when the markup states no UTC moment on
        ``date``, or no printed date and time is that moment in a zone of another day.

    Examples
    --------
    >>> printed_local_day(
    ...     '<meta property="article:published_time" content="2026-12-08T04:30:00Z">'
    ...     "<body><p>7 December 2026, 23:30 EST</p></body>",
    ...     "2026-12-08",
    ... )
    '2026-12-07'
    """
    moments = _utc_moments(markup, date)
    if not moments:
        return None
    body = _BODY.search(markup)
    text = " ".join(unescape(_TAG.sub(" ", markup[body.start() if body else 0 :])).split())
    for printed in _printed_moments(text):
        if not any(_is_zone_offset(printed - moment) for moment in moments):
            continue  # another moment: a related story's, a live entry's
        day = printed.date().isoformat()
        return day if abs((printed.date() - dt.date.fromisoformat(date)).days) == 1 else None
    return None
