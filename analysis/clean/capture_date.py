"""The day a relative time names, counted back from a save tool's dated line.

A relative time ("Posted: 2 days ago", "5 hours ago", "yesterday") names no day by
itself: a text dump carries no reference date (:mod:`analysis.clean.dates`). A page a
save tool kept prints one: the tool's line dating the saving over the masthead ("Saved
from the web on 5 December 2026, 10:14 UTC",
:func:`analysis.clean.capture_marks.capture_line`), or its header's field ("clipped:
2026-12-03T15:42:00Z" in a clipper's front matter,
:func:`analysis.clean.scraper_header.saved_date_lines`). The relative time was written
as of that moment, so the day it names is the saving's day less its days, or less its
hours and minutes when the line prints a clock time (none: no day for hours or
minutes). English's relative times read here (the number, a unit of minutes, hours, days
or weeks, "ago"; "yesterday"); another language's (found by
:func:`analysis.clean.relative_times.find_relative_time`: "3時間前", "5시간 전",
"2 ชั่วโมงที่แล้ว", "vor 2 Stunden") counts its number of the CLDR unit whose word is
beside it (:data:`~analysis.clean.cldr_units.UNIT_MINUTES`: the word after the number,
or the one before it; in a script written without spaces the word the unit's opens,
"時間" of "時間前"). A save tool's dated line in another language: the header field
(``date saved:``, :data:`~analysis.clean.scraper_header.SAVED_LABELS`) or the line the
note opens with (:func:`analysis.clean.capture_marks.capture_line`); a numeric date
there that both orders read ("Enregistré le 06/12/2026") is read in the page's order
(:func:`analysis.clean.page_date_order.numeric_day_first`).

A weekday printed alone under the headline, maybe with its clock time ("Tuesday",
"Donnerstag, 14:20 Uhr": a news site's stamp of the past week's stories) names the latest
such day on or before the saving's (:func:`weekday_day`): the name, in any CLDR
language (:func:`analysis.clean.weekdays.printed_weekdays`), is of a day within the week
before the page was saved. No tuned value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from analysis.clean.capture_marks import capture_line
from analysis.clean.cldr_units import UNIT_MINUTES
from analysis.clean.dates import find_date_span, find_dates, parse_date
from analysis.clean.page_date_order import numeric_day_first
from analysis.clean.scraper_header import saved_date_lines
from analysis.clean.weekdays import is_weekday_name, printed_weekdays
from analysis.clean.yearless_dates import CLOCK_TIME
from analysis.text.scripts import has_unspaced_script

__all__ = ["relative_day", "weekday_day"]

# An English relative time: a number ("2", "a", "an", "one") and its unit, then "ago".
_AGO = re.compile(
    r"\b(?P<n>\d{1,3}|an?|one)\s+(?P<unit>min(?:ute)?|h(?:ou)?r|day|week)s?\s+ago\b",
    re.IGNORECASE,
)
_YESTERDAY = re.compile(r"\byesterday\b", re.IGNORECASE)
# The clock time after the saving's date ("10:14", "10.14 UTC").
# (not a numeric date's day and month: "5.12.2026")
_CLOCK = re.compile(r"(?<![\d.])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d.])")
_UNIT_MINUTES = {"min": 1, "h": 60, "d": 24 * 60, "w": 7 * 24 * 60}
# A relative time's number in another language: one to three digits, no part of a
# longer number, a date or a clock time, and the words either side of it.
_NUMBER = re.compile(r"(?<![\d.,:])(\d{1,3})(?![\d]|[.,:]\d)")
_WORD_AFTER = re.compile(r"\s*([^\s\d]+)")
_WORD_BEFORE = re.compile(r"([^\s\d]+)\s*$")
# The longest unit word of a script written without spaces (a prefix of the word after
# the number: "時間" of "時間前").
_LONGEST_UNIT = max(len(word) for word in UNIT_MINUTES)


def relative_day(relative: str, lines: Sequence[str]) -> str | None:
    """The day ``relative`` names as of the save tool's dated line of the page.

    Parameters
    ----------
    relative : str
        A relative time as the page prints it ("2 days ago").
    lines : sequence of str
        The page's lines.

    Returns
    -------
    str or None
        ``yyyy-mm-dd``: the saving's day less the days (or, when the line prints a clock
        time, less the minutes) the relative time counts; None when the page prints no
        save tool's dated line, the time is no English relative time, or it counts hours
        or minutes from a line without a clock time.
    """
    saved = _saved_day(lines)
    if saved is None:
        return None
    line, start, day = saved
    minutes = _minutes_back(relative)
    if minutes is None:
        return weekday_day(relative, lines)  # "Thu 10:32 p.m.": the day of that name
    moment = dt.datetime.fromisoformat(day)
    clock = _CLOCK.search(line[start:])
    if clock is not None:
        moment = moment.replace(hour=int(clock[1]), minute=int(clock[2]))
    elif minutes % (24 * 60):
        return None  # hours back from a day without its clock time: either day
    return (moment - dt.timedelta(minutes=minutes)).date().isoformat()


def weekday_day(line: str, lines: Sequence[str]) -> str | None:
    """The day a weekday printed alone on ``line`` names, as of the save tool's dated
    line of the page: the latest day of that name on or before the saving's day.

    Parameters
    ----------
    line : str
        A line under an article's headline: a weekday's name alone, or with its clock
        time after it ("Tuesday", "Donnerstag, 14:20 Uhr", "Perşembe 09:15").
    lines : sequence of str
        The page's lines.

    Returns
    -------
    str or None
        ``yyyy-mm-dd``; None when the line is no weekday alone (with its time), its
        name is of two days in two languages, or the page prints no save tool's line.
    """
    clock = CLOCK_TIME.search(line)
    name = (line[: clock.start()] if clock else line).strip(" \t,·|–—-")
    if clock is not None and line[clock.end() :].strip():
        return None  # a date or words after the time: no weekday alone
    printed = printed_weekdays(name) if is_weekday_name(name) else None
    if printed is None or len(printed.days) != 1:
        return None
    saved = _saved_day(lines)
    if saved is None:
        return None
    day = dt.date.fromisoformat(saved[2])
    back = (day.weekday() - next(iter(printed.days))) % 7
    return (day - dt.timedelta(days=back)).isoformat()


def _saved_day(lines: Sequence[str]) -> tuple[str, int, str] | None:
    """The save tool's dated line, where its date starts and the day (``yyyy-mm-dd``);
    None when the page prints none or its date does not parse."""
    saved = capture_line(lines) or _saved_field(lines)
    if saved is None:
        return None
    line, start = saved
    span = find_date_span(line[start:])
    day = parse_date(line[start : start + span[1]]) if span is not None else None
    if day is None and span is not None:
        # a numeric date both orders read ("Enregistré le 06/12/2026"): the page's order
        order = numeric_day_first("\n".join(lines), line)
        dates = find_dates(line[start:], day_first=order) if order is not None else []
        day = dates[0].iso if dates and dates[0].start == span[0] else None
    return (line, start, day) if day is not None else None


def _saved_field(lines: Sequence[str]) -> tuple[str, int] | None:
    """A scraper's or clipper's header line dating the saving ("clipped:
    2026-12-03T15:42:00Z" in front matter: :func:`~analysis.clean.scraper_header.
    saved_date_lines`) and where its value starts; None when the header has none."""
    for index in sorted(saved_date_lines(lines)):
        line = lines[index]
        start = line.index(":") + 1
        return line, start + len(line[start:]) - len(line[start:].lstrip())
    return None


def _minutes_back(relative: str) -> int | None:
    """The minutes a relative time counts back; None when no unit is read."""
    if _YESTERDAY.search(relative):
        return 24 * 60
    match = _AGO.search(relative)
    if match is None:
        return _counted_minutes(relative)
    n = match["n"].lower()
    count = int(n) if n.isdigit() else 1
    unit = match["unit"].lower()
    key = "min" if unit.startswith("min") else unit[0]
    return count * _UNIT_MINUTES[key]


def _counted_minutes(relative: str) -> int | None:
    """The minutes a relative time in another language counts (its number times the
    minutes of the CLDR unit beside it: the module docstring); None without both."""
    lowered = relative.lower()
    for number in _NUMBER.finditer(lowered):
        after = _WORD_AFTER.match(lowered, number.end())
        before = _WORD_BEFORE.search(lowered, 0, number.start())
        for word in (after, before):
            minutes = _unit_minutes(word[1]) if word is not None else None
            if minutes is not None:
                return int(number[1]) * minutes
    return None


def _unit_minutes(word: str) -> int | None:
    """The minutes of the CLDR unit ``word`` is (a closing dot aside), or whose word
    opens it in a script written without spaces; None for no unit's."""
    word = word.rstrip(".")
    if word in UNIT_MINUTES:
        return UNIT_MINUTES[word]
    if not has_unspaced_script(word):
        return None
    for size in range(min(len(word), _LONGEST_UNIT), 0, -1):
        if word[:size] in UNIT_MINUTES:
            return UNIT_MINUTES[word[:size]]
    return None
