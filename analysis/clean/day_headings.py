"""A listing's day headings: the day a card printing only its clock time was put out.

A day's archive or an instant-news list prints the day once, as a heading over the cards
of that day ("Archive: Thursday, December 3, 2026", "12月4日（星期五）", "Monday 30
November"), and each card only its clock time ("18:40 · NEWS"): the card's day is the
heading's, the nearest one above it outside every card. A line naming two days (the
previous and next day's links, "« December 2, 2026 | December 4, 2026 »") heads no card;
a date printed without its year is read in the year of the page's copyright notice, as
the page's other year-less dates are (:func:`analysis.clean.page_metadata.published_value`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from analysis.clean.dates import CLOCK_TIME, find_date_span, find_day_month
from analysis.clean.page_metadata import published_value
from analysis.text import LETTER_RUN

#: The words a day heading may print beside its date: a label and a weekday ("Archive:
#: Thursday, December 3, 2026").
MAX_HEADING_WORDS = 2


def is_clock_time(value: str) -> bool:
    """Whether a card's time is a clock time alone ("18:40", "9:43 PM"), no day.

    Parameters
    ----------
    value : str
        A card's time as printed.

    Returns
    -------
    bool
    """
    return CLOCK_TIME.fullmatch(value.strip()) is not None


def heading_day(lines: Sequence[str], top: int, chrome: Collection[int], page: str) -> str | None:
    """The day of the nearest day heading above a card.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    top : int
        The card's first line.
    chrome : collection of int
        The lines no card holds (a heading is one of them).
    page : str
        The whole page's text (its copyright notice's year for a date without one).

    Returns
    -------
    str or None
        ``yyyy-mm-dd`` of the nearest line above ``top`` among ``chrome`` that is a day
        heading (:func:`_heading_date`); None when no line above is one.
    """
    for i in range(min(top, len(lines)) - 1, -1, -1):
        if i in chrome and (day := _heading_date(lines[i], page)) is not None:
            return day
    return None


def _heading_date(line: str, page: str) -> str | None:
    """The ISO day a line heads: one date (with or without its year) and at most
    :data:`MAX_HEADING_WORDS` words beside it; None for any other line (two dates, a
    sentence holding one)."""
    span = find_date_span(line)
    if span is None:
        yearless = find_day_month(line)
        if yearless is None:
            return None
        span = (yearless.start, yearless.end)
    rest = line[: span[0]] + " " + line[span[1] :]
    if len(LETTER_RUN.findall(rest)) > MAX_HEADING_WORDS or find_date_span(rest):
        return None
    if find_day_month(rest) is not None:
        return None
    return published_value(line[span[0] : span[1]], page)
