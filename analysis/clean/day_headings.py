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

import re
from collections.abc import Collection, Sequence

from analysis.clean.card_lines import RELATIVE_TIMES
from analysis.clean.dates import find_date_span
from analysis.clean.edition_masthead import SEPARATOR
from analysis.clean.page_metadata import find_relative_time, published_value
from analysis.clean.weekdays import is_weekday_name
from analysis.clean.yearless_dates import CLOCK_TIME, find_day_month
from analysis.text import LETTER_RUN

#: The words a day heading may print beside its date and its weekday: a label of two words
#: ("Archive: Thursday, December 3, 2026", a chat log's "--- Day changed Fri Dec 04 2026").
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
        heading (:func:`_heading_date`); None when no line above is one, or when a
        heading naming its day by a word ("Yesterday") comes first.
    """
    for i in range(min(top, len(lines)) - 1, -1, -1):
        if i in chrome and _names_day_by_word(lines[i]):
            return None  # under "Yesterday", "Gisteren": a day no date here names
        if i in chrome and (day := _heading_date(lines[i], page)) is not None:
            return day
    return None


def _names_day_by_word(line: str) -> bool:
    """Whether ``line`` is a relative time alone, a heading naming its day by a word
    ("Yesterday", "Gisteren", "Gestern": :func:`analysis.clean.page_metadata.
    find_relative_time`, :data:`analysis.clean.card_lines.RELATIVE_TIMES`)."""
    text = line.strip()
    if not text:
        return False
    spans = [find_relative_time(text)]
    found = RELATIVE_TIMES.search(text)
    spans.append((found.start(), found.end()) if found is not None else None)
    return (0, len(text)) in spans


def edition_day(lines: Sequence[str], top: int, chrome: Collection[int], page: str) -> str | None:
    """The day of an edition's header (or of the day's line) over a card of a listing
    whose cards print no date or time.

    A print edition's "In today's paper" list, a wire's or a radio station's bulletins of
    the day, a parish newsletter's issue print the day once, in the page's header
    ("Today's paper · Friday 4 December 2026, No. 141", "Bulletins of the day ·
    04/12/2026"), and no date on their items: the items are the edition's. The header's
    parts are read apart at their spaced separators (" · ", " | "), each as a day heading
    is (:func:`_heading_date`, with its year: a day and a month alone may be an event's);
    a line holding a clock time as well is a save's or a message's stamp ("05/12/2026
    10:40", "Date: Wed, 2 Dec 2026 06:00:00"), no edition's day; so are the cards of an
    alert or a digest naming their outlets (the caller's check: the alert's day).

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    top : int
        The card's first line.
    chrome : collection of int
        The lines no card holds.
    page : str
        The whole page's text.

    Returns
    -------
    str or None
        ``yyyy-mm-dd`` of the nearest line above ``top`` among ``chrome`` one of whose
        parts is a dated heading; None when none is.
    """
    for i in range(min(top, len(lines)) - 1, -1, -1):
        if i not in chrome:
            continue
        line = lines[i]
        if _holds_clock_time(line):
            continue
        for part in SEPARATOR.split(line):
            if find_date_span(part) is not None and (day := _heading_date(part, page)):
                return day
    return None


def _holds_clock_time(line: str) -> bool:
    """Whether ``line`` prints a clock time ("07:00", "7:00 AM"), a dotted date's day and
    month ("04.12.2026") being none."""
    return _WITH_SECONDS.search(line) is not None or any(
        not re.match(r"\.\d", line[found.end() : found.end() + 2])
        and not re.search(r"\d\.$", line[: found.start()])
        for found in CLOCK_TIME.finditer(line)
    )


# The first day of a range of days in one month printed before the date of its last, the
# date written day first: joined by a dash with no space ("4–10 décembre 2026") or by a
# word of three letters at most between spaces ("du 4 au 10 décembre 2026", "vom 4. bis
# 10. Dezember 2026", "del 4 al 10 de diciembre"). A spaced dash is no range's: it parts
# a header's fields ("Nr. 4 – 10. Dezember 2026", the number and its day).
_RANGE_FIRST_DAY = re.compile(r"(?<![\d.,/])(?P<day>[0-3]?\d)\.?(?:[–-]|\s+[^\W\d_]{1,3}\s+)$")
# A day as the date reader gives it.
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# A date written day first: its day's number opens it.
_DAY_FIRST = re.compile(r"[0-3]?\d(?!\d)")
# A case or ordinal suffix a date's last number carries, joined by a hyphen or an
# apostrophe (Azerbaijani "3 dekabr 2026-cı il", Turkish "3 Aralık 2026'da").
_GLUED_SUFFIX = re.compile(r"[-'’]\w{1,4}\b")
# A clock time with its seconds, as a message's header prints it ("06:00:00").
_WITH_SECONDS = re.compile(r"(?<![\d:])\d{1,2}:[0-5]\d:[0-5]\d(?![\d:])")


def _heading_date(line: str, page: str) -> str | None:
    """The ISO day a line heads: one date (with or without its year) and at most
    :data:`MAX_HEADING_WORDS` words beside it and its weekday, a suffix glued to it none
    (:data:`_GLUED_SUFFIX`); None for any other line (two dates, a sentence holding
    one)."""
    span = find_date_span(line)
    if span is None:
        yearless = find_day_month(line)
        if yearless is None:
            return None
        span = (yearless.start, yearless.end)
    after = line[span[1] :]
    if glued := _GLUED_SUFFIX.match(after):
        after = after[glued.end() :]  # "2026-cı il": the year's suffix, no word of its own
    before = line[: span[0]]
    first_day = _RANGE_FIRST_DAY.search(before) if _DAY_FIRST.match(line, span[0]) else None
    if first_day is not None:
        before = before[: first_day.start()]  # "du 4 au": the range's first day, no word
    rest = before + " " + after
    words = LETTER_RUN.findall(rest)
    opening = LETTER_RUN.findall(line[: span[0]])
    if opening and is_weekday_name(opening[-1]):
        words = words[1:]  # the date's weekday ("Day changed Fri Dec 04 2026"): no label word
    if len(words) > MAX_HEADING_WORDS or find_date_span(rest):
        return None
    if find_day_month(rest) is not None:
        return None
    day = published_value(line[span[0] : span[1]], page)
    if first_day and day and _ISO_DAY.fullmatch(day) and 0 < int(first_day["day"]) < int(day[8:]):
        return f"{day[:8]}{int(first_day['day']):02d}"  # a week's issue: its first day
    return day
