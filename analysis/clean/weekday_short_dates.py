"""A dashed numeric date with a two-digit year, read by the weekday printed beside it
(no stage of its own: :mod:`analysis.clean.dates` reads it).

"02-12-26" is day, month and year to a Dutch or Low Saxon paper ("woensdag 02-12-26"),
month, day and year to a United States one, and year, month and day to a program
writing ISO 8601's order with a short year: nothing in the digits decides, and the
same shape counts other things (a team's wins, losses and draws; a part number). Such a
date is read only when a weekday is named right beside it
(:func:`analysis.clean.weekdays.weekdays_beside`: "woensdag 02-12-26", "02-12-26
(Wed)") and exactly one of the three readings falls on that weekday (2 December 2026
is a Wednesday, 12 February 2026 and 26 December 2002 are Thursdays); no reading else.
Each number is printed with two digits, none glued to another digit, dash, dot, slash
or colon. The two-digit year is of this century (as :mod:`analysis.clean.dates` reads
``11/13/19``).
"""

from __future__ import annotations

import datetime as dt
import re

from analysis.clean.weekdays import weekdays_beside

#: The date's shape: three numbers of two digits joined by dashes.
DASHED_SHORT_DATE = re.compile(
    r"(?<![\w./:-])(?P<wa>\d\d)-(?P<wb>\d\d)-(?P<wyy>\d\d)(?![\w/:]|[.-]\d)"
)
#: The date hint of :mod:`analysis.clean.dates` for it (a line holding none is not searched).
DASHED_SHORT_HINT = r"(?<![\d-])\d\d-\d\d-\d\d(?![\d-])"


def _readings(first: int, second: int, third: int) -> set[dt.date]:
    """The valid days the three numbers write: day-month-year, month-day-year, year-month-day."""
    found = set()
    for year, month, day in (
        (third, second, first),
        (third, first, second),
        (first, second, third),
    ):
        try:
            found.add(dt.date(2000 + year, month, day))
        except ValueError:
            continue
    return found


def dashed_short_date_iso(match: re.Match[str]) -> str | None:
    """The ISO date a :data:`DASHED_SHORT_DATE` match writes, by the weekday beside it
    (module docstring).

    Parameters
    ----------
    match : re.Match
        A match of :data:`DASHED_SHORT_DATE` in its line or page (``match.string``).

    Returns
    -------
    str or None
        ``yyyy-mm-dd``; None when no weekday is named beside it, or when none or two of
        its readings fall on the one named.

    Examples
    --------
    >>> dashed_short_date_iso(DASHED_SHORT_DATE.search("Wednesday 02-12-26"))
    '2026-12-02'
    """
    named = weekdays_beside(match.string, match.start(), match.end())
    if named is None:
        return None
    numbers = (int(match["wa"]), int(match["wb"]), int(match["wyy"]))
    falls = {day for day in _readings(*numbers) if day.weekday() in named.days}
    return falls.pop().isoformat() if len(falls) == 1 else None
