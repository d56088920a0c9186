"""The date a breadcrumb trail closes with, as the page's own when its date line under the
headline prints only a weekday and a time.

A page may print its day only in the trail over the headline ("Home > Local > 3 December
2026") and, under the headline, the weekday and the time alone ("Thursday 14:05", read
as a relative time). The trail's date is the story's when it falls on that weekday: the
weekday line names the same day, so the trail is not a section's archive of another.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from analysis.clean.dates import find_date_span, find_dates
from analysis.clean.weekdays import printed_weekdays

__all__ = ["TRAIL_LINES", "weekday_trail_date"]

# A trail's separator between steps ("Home > Local > 3 December 2026").
_STEP = re.compile(r"\s+(?:>|»|›|/|\|)\s+")

#: The trail is read among this many lines above the headline (a masthead, a menu and a
#: section's label may stand between; not tuned).
TRAIL_LINES = 4


def weekday_trail_date(
    lines: Sequence[str], title_line: int, time_line: int
) -> tuple[int, int, int] | None:
    """Where the date closing a breadcrumb trail above the headline is printed, when the
    page's weekday line names its weekday.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    title_line : int
        The headline's line.
    time_line : int
        The line under the headline printing the weekday and the time ("Thursday 14:05").

    Returns
    -------
    tuple of int or None
        ``(line, start, end)`` of the date: the last step of a trail of three steps or
        more among the :data:`TRAIL_LINES`
        lines above the headline, falling on the weekday ``time_line`` names; None when
        ``time_line`` prints a date or no weekday, or no trail so ends.
    """
    weekdays = printed_weekdays(lines[time_line])
    if weekdays is None or find_date_span(lines[time_line]) is not None:
        return None
    for i in range(title_line - 1, max(-1, title_line - TRAIL_LINES - 1), -1):
        line = lines[i].rstrip()
        steps = _STEP.split(line.strip())
        if len(steps) < 3:
            continue
        dates = find_dates(line)
        if len(dates) != 1 or find_date_span(steps[-1]) != (0, len(steps[-1])):
            continue  # the trail's last step is the date, nothing else
        if dt.date.fromisoformat(dates[0].iso).weekday() in weekdays.days:
            return i, dates[0].start, dates[0].end
    return None
