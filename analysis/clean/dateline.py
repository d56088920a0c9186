"""A story's dateline: the agency it credits ("LONDON (AP) — ...") and the date it prints.

Agency copy, and a local site's reprint of it, opens its first paragraph with a
dateline: the place, in capitals or as a name, an optional date, the agency's short
name in brackets, and a dash::

    HARBOURTOWN (AP) — The council approved ...
    HARBOURTOWN, March 3 (Reuters) - The council approved ...
    Harbourtown, 3 March (dpa) – Der Rat hat ...

The shape is the cue, not a list of agencies: the bracketed name is the story's
credited source. A bracket of one letter, or holding a digit or a hyphen ("Sen. Jo
Doe (D-Maine) — ..."), is no agency's name.

A dateline that prints the date with its year ("PARIS, 3 mars 2026 — ...", with or
without the agency) dates a story whose page prints no other date; one that prints the
day and month only ("PARIS, March 3 (Reuters) - ...") dates it in the year of the page's
other dates, when they are all of one year, or of its copyright notice when it prints
no other date (as a year-less date line does; else no year is guessed). So does a
weekday with the day and month in brackets after a dateline of a place and a colon
("SINGAPORE: The government on Tuesday (Dec 1) said ..."), when that day of that year
is the weekday named.
"""

from __future__ import annotations

import datetime as dt
import re

from analysis.clean.dates import EVERY_LANGUAGE, find_dates
from analysis.clean.weekdays import weekdays_beside
from analysis.clean.yearless_dates import NOTICE_YEAR, find_day_month, page_year
from analysis.text import LETTER_RUN

__all__ = [
    "MAX_CREDIT_WORDS",
    "bracketed_day_iso",
    "dateline_credit",
    "dateline_date",
    "dateline_end",
    "yearless_dateline_iso",
]

#: The most words of a dateline's bracketed name (agencies print a short name).
MAX_CREDIT_WORDS = 3

# (capitals of the Latin, Greek and Cyrillic scripts: "KYIV", "ΧΑΝΙΑ", "САРАТОВ", "ЛЬВІВ")
_NAME_WORD = r"[A-ZÀ-Þ\u0386-\u038f\u0391-\u03ab\u0400-\u042f\u0490][\w.'’]*"
# the place: one to four capitalised words, with commas between ("ST. LOUIS",
# "WASHINGTON, D.C.", "Frankfurt am Main" reads "Frankfurt" ... "Main"), or two places
# of one story joined by a slash ("LAGOS/ACCRA", "NEW DELHI/ISLAMABAD")
_PLACE = rf"^\s*{_NAME_WORD}(?:(?:,?\s+|/)(?:{_NAME_WORD}|am|an|de|del|la|le|sur)){{0,3}}"
_DATELINE = re.compile(
    _PLACE
    # an optional date after a comma ("March 3", "3 March", "3. März 2026")
    + r"(?:,\s*[^()\n,]{1,30}?)?"
    # the credited name in brackets, then a dash
    + r"\s*\((?P<name>[^\W\d_][^\W\d_.&' ]*(?:[ .&'][^\W\d_.&' ]*)*)\)\s*[—–-]{1,2}\s+\S"
)
# A dateline of a place in capitals and a colon before the sentence ("SINGAPORE: ",
# "KUALA LUMPUR: ", "ST. JOHN'S: ").
_COLON_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'’-]*(?:,?\s[A-Z][A-Z.'’-]*){0,3}:\s+\S")
# What a bracket holds, on one line.
_BRACKET = re.compile(r"\(([^()\n]{1,40})\)")
# A dateline with its date: the place, a comma, the date (a weekday may come with it),
# an optional bracketed name, then a dash or a colon before the sentence.
# In a script without case (Arabic, Hebrew, the Indic scripts, Thai, Myanmar, Georgian,
# Ethiopic, Khmer) the place is one to three words of it, and Arabic may write "في" (in)
# for the comma: "أسيوط في 25 هاتور 1743 للشهداء — ...", "ঢাকা, ৩ ডিসেম্বর ২০২৬ — ...".
_CASELESS_WORD = (
    r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f\u1000-\u109f"
    r"\u10d0-\u10ff\u1200-\u137f\u1780-\u17ff]+"
)
_CASELESS_PLACE = rf"^\s*{_CASELESS_WORD}(?:\s+{_CASELESS_WORD}){{0,2}}"
_DATED_DATELINE = re.compile(
    rf"(?:{_PLACE},|{_CASELESS_PLACE}(?:\s*[,،]|\s+في))"
    r"\s*(?P<date>[^()\n:—–]{5,40}?)\s*(?:\([^()\n]{1,40}\)\s*)?(?:[—–-]{1,2}|:)\s+\S"
)


def dateline_end(text: str) -> int | None:
    """Where the sentence after a wire dateline that opens ``text`` starts, or None.

    Parameters
    ----------
    text : str
        A paragraph.

    Returns
    -------
    int or None
        The offset of the first character after the dateline's dash ("ROMA (ANSA) -
        «…»", "BERLIN, 7. Dezember (dpa) - …": the place, an optional date, the credited
        name in brackets, the dash); None when no such dateline opens ``text``.
    """
    match = _DATELINE.match(text) if "(" in text else None
    return None if match is None else match.end() - 1


def dateline_credit(body: str) -> str | None:
    """The name a wire dateline at the start of ``body`` credits, or None.

    Parameters
    ----------
    body : str
        An article's body (its first paragraph is looked at).

    Returns
    -------
    str or None
        The bracketed name ("AP", "Reuters", "dpa") of a dateline that opens the
        body: a place, an optional date, the name, a dash.
    """
    # (the name is bracketed: a text without a bracket, most lines, is passed over)
    match = _DATELINE.match(body) if "(" in body else None
    if match is None:
        return None
    name = match.group("name").strip()
    if len(name) < 2 or len(name.split()) > MAX_CREDIT_WORDS:
        return None
    return name


def dateline_date(body: str) -> str | None:
    """The date a dateline at the start of ``body`` prints, with its year ("PARIS, 3 mars
    2026 — ...", "HARBOURTOWN, Tuesday, March 3, 2026: ..."), or None.

    Parameters
    ----------
    body : str
        An article's body (its first paragraph is looked at).

    Returns
    -------
    str or None
        The date as printed (a numeric one may read either way, "04/03/2026", and a
        month's name may be two languages' two months, "3. listopada 2026": the page
        decides, :func:`analysis.clean.page_metadata.published_value`); None when
        the body opens with no such dateline, or its date part holds more than the
        date and one word (a weekday) or no year ("LONDON, March 3 (Reuters) -").
    """
    match = _DATED_DATELINE.match(body)
    if match is None:
        return None
    part = match.group("date")
    dates = find_dates(part, day_first=True, languages=EVERY_LANGUAGE)
    if len(dates) != 1:
        return None
    rest = part[: dates[0].start] + " " + part[dates[0].end :]
    if len(LETTER_RUN.findall(rest)) > 1:
        return None
    return part[dates[0].start : dates[0].end]


def yearless_dateline_iso(body: str, page: str) -> str | None:
    """The date of a dateline at the start of ``body`` that prints the day and month
    without the year ("PARIS, March 3 (Reuters) - ..."), in the year of the ``page``'s
    other calendar dates, or of its copyright notice when it prints none.

    Parameters
    ----------
    body : str
        An article's body (its first paragraph is looked at).
    page : str
        The whole page's text, whose dates give the year.

    Returns
    -------
    str or None
        ``yyyy-mm-dd``; None when the body opens with no such dateline, its date part
        holds more than the day, the month and one word (a weekday), the page's dates
        are of several years (a story of December 31 on a page of January's dates would
        be a year off), or it prints no date and no notice year.
    """
    match = _DATED_DATELINE.match(body)
    if match is None:
        return None
    part = match.group("date")
    date = find_day_month(part)
    if date is None:
        return _other_language_day(part, page)
    if find_dates(part, day_first=True):
        return None
    rest = part[: date.start] + " " + part[date.end :]
    if len(LETTER_RUN.findall(rest)) > 1:
        return None
    year = _page_year(page)
    return date.iso(year) if year is not None else None


def _other_language_day(part: str, page: str) -> str | None:
    """The date of a year-less dateline's date ``part`` in a month's name of another
    language than English ("КИЇВ, 6 грудня (...) –", "САРАТОВ, 5 декабря —", review
    h329): the part read with the page's year after it, by the calendar dates' reader of
    every language. The year is the page's (:func:`_page_year`) only when its copyright
    notice, if any, names the same one (a story's own future day, "until 30 April 2027",
    would be read as the year else); None when the part holds more than the day, the
    month and one word."""
    if find_dates(part, day_first=True, languages=EVERY_LANGUAGE):
        return None  # a date with its year (dateline_date's)
    year = _page_year(page)
    if year is None or (NOTICE_YEAR.search(page) is not None and page_year(page) != year):
        return None  # (a notice whose year is not the dates' one, or is stale)
    dates = find_dates(f"{part} {year}", day_first=True, languages=EVERY_LANGUAGE)
    if len(dates) != 1 or dates[0].end < len(part):
        return None
    rest = part[: dates[0].start]
    if len(LETTER_RUN.findall(rest)) > 1:
        return None
    return dates[0].iso


def bracketed_day_iso(body: str, page: str) -> str | None:
    """The date of a story whose dateline (a place in capitals and a colon) is followed
    by a weekday and, in brackets, the day and month it names ("SINGAPORE: The
    government on Tuesday (Dec 1) said ..."), in the year of the ``page``'s other dates
    or of its copyright notice, when that day of that year is the weekday named.

    Parameters
    ----------
    body : str
        An article's body (its first paragraph is looked at).
    page : str
        The whole page's text, whose dates or notice give the year.

    Returns
    -------
    str or None
        ``yyyy-mm-dd``; None when the body opens with no such dateline, its first
        paragraph's first bracket after a weekday holds more than a day and a month,
        the page gives no one year, or the day of that year is another weekday (no
        year is guessed from the weekday alone, nor a wrong one kept).
    """
    if _COLON_DATELINE.match(body) is None:
        return None
    paragraph = body.split("\n", 1)[0]
    for bracket in _BRACKET.finditer(paragraph):
        named = weekdays_beside(paragraph, bracket.start(1), bracket.end(1))
        if named is None:
            continue
        date = find_day_month(bracket.group(1))
        if date is None or LETTER_RUN.search(
            bracket.group(1)[: date.start] + bracket.group(1)[date.end :]
        ):
            return None
        year = _page_year(page)  # (the weekday checks the year)
        iso = date.iso(year) if year is not None else None
        if iso is None or dt.date.fromisoformat(iso).weekday() not in named.days:
            return None
        return iso
    return None


def _page_year(page: str) -> int | None:
    """The year of a page's calendar dates (:func:`_dates_year`), or of its copyright
    notice when it prints no calendar date (the year-less date lines of
    :func:`analysis.clean.page_metadata.published_value` take the notice's too)."""
    year = _dates_year(page)
    if year is None and not find_dates(page, day_first=True):
        year = page_year(page)
    return year


def _dates_year(page: str) -> int | None:
    """The year of a page's calendar dates when they are all of one year (a story of
    December 31 on a page of January's dates would be a year off), else None."""
    years = {d.iso[:4] for d in find_dates(page, day_first=True)}
    return int(years.pop()) if len(years) == 1 else None
