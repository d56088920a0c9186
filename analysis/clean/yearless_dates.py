"""Dates printed without their year ("June 2", "2. Juni", "6月2日"), clock times, and the
year a page's notice gives them ("© 2026").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from analysis.clean.cldr_months import DATE_PARTICLES
from analysis.clean.dates import (
    ANY_DIGIT,
    DATE_LABEL,
    DAY_NUMBER,
    ENGLISH_MONTH,
    ENGLISH_MONTH_NUMBERS,
    FOREIGN_MONTHS,
    ascii_digits,
    find_dates,
)
from analysis.clean.pattern_starts import starting_at
from analysis.clean.weekdays import is_weekday_name, printed_weekdays
from analysis.text import LETTER_OR_MARK

#: Clock times: ``14:05``, ``9:43 PM``, ``10:42 a.m. ET``, ``19.30 Uhr``, Thai ``16:05 น.``
#: (``น.``: นาฬิกา, the hour, as Thai prints every time).
CLOCK_TIME = starting_at(
    r"(?<![\d:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d:])(?:\s*(?:[ap]\.?m\.?|uhr|h|น)\b\.?)?"
    r"(?:\s*(?:ET|EST|EDT|PT|CT|GMT|UTC|CET|CEST)\b)?"
    r"|(?<![\d:])(?:1[0-2]|0?[1-9])\s*[ap]\.?m\.?(?!\w)",
    re.IGNORECASE,
)


# A word after a date and its time saying it was put out: Japanese "配信" (delivered),
# "掲載" (carried), "公開" (published): "12/4(木) 11:02配信".
_AFTER_LABEL = re.compile(r"\s*(?:配信|掲載|公開)\s*$")


# A Japanese weekday's sign in brackets after a date: "(木)", "（木）".
_CJK_WEEKDAY = r"(?:\s*[(（][月火水木金土日][)）])"


# A month's name and a day with no year after them: "Nov 18", "Nov. 18th", "18 November".
_NO_YEAR_AFTER = r"(?!\d)(?![.,]?\s*(?:19|20)\d\d)"


_YEARLESS_PATTERNS = (
    re.compile(
        r"(?<![^\W\d_])"
        + ENGLISH_MONTH.format(g="m")
        + r"\s+"
        + DAY_NUMBER.format(g="d")
        + _NO_YEAR_AFTER
    ),
    # 3月3日 / 3월 3일: the month and day signs of Chinese, Japanese and Korean, no year
    # (and the weekday in brackets a Japanese page may print after them: 12月4日(木))
    re.compile(
        r"(?<![\d年년])(?P<mn>1[0-2]|0?[1-9])\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일]"
        + _CJK_WEEKDAY
        + "?"
    ),
    # 12/4(木): month / day and the weekday's sign in brackets, as Japanese pages print
    # a date of this year (the bracketed weekday makes the fraction-like digits a date)
    re.compile(r"(?<![\d/.])(?P<mn>1[0-2]|0?[1-9])/(?P<d>[0-3]?\d)" + _CJK_WEEKDAY),
    re.compile(
        r"(?<![\d.])"
        + DAY_NUMBER.format(g="d")
        + r"\s+(?:of\s+)?"
        + ENGLISH_MONTH.format(g="m")
        + r"(?![^\W\d_])"
        + _NO_YEAR_AFTER
    ),
)


# A day and a month's name of another language than English with no year after them, as
# a date line prints this year's days ("Publicado el 3 de diciembre", "Donnerstag, 3.
# Dezember", "Publié le 1er décembre", "jueves 3 de diciembre, 10:42"): the day (its
# ordinal mark: "3.", "1er", "1º", "1ro"), a particle of a date ("de", "del", "di"), a
# word that :data:`analysis.clean.dates.FOREIGN_MONTHS` names one month in every
# language printing it (checked after the match: the word is any word here).
_FOREIGN_DAY_MONTH = re.compile(
    r"(?<![\d.,:/])(?P<d>[0-3]?\d)(?!\d)(?:\.|º|ª|°|er|ro|o)?\.?[ \t]+"
    r"(?:(?:"
    + "|".join(re.escape(p) for p in sorted(DATE_PARTICLES, key=len, reverse=True) if p.isalpha())
    + rf")[ \t]+)?(?P<fm>{LETTER_OR_MARK}{{3,24}})(?![^\W\d_])"
    + r"(?![.,]?\s*(?:(?:de|del|di)\s+)?(?:19|20)\d\d)",
    re.IGNORECASE,
)


# What may stand between a date label and its date, or around a date alone with its
# clock time: separators, "on", "at" (clock times and weekdays blanked first:
# "Updated: Tue 9:41 AM, Nov 19", "Nov 18 at 8:19 PM"), and the word for "on" a label
# puts before its day in other languages: Spanish and Catalan "el" ("Publicado el 3 de
# diciembre"), French "le", German "am", Italian "il", Portuguese "em", Dutch "op",
# Swedish, Danish and Norwegian "den", Romanian "pe".
_LABEL_GAP_WORD = r"(?:on|at|el|le|am|il|em|op|den|pe)\b"
_LABEL_GAP = re.compile(rf"[\W_]*(?:{_LABEL_GAP_WORD}[\W_]*)*", re.IGNORECASE)
_GAP_WORD = re.compile(rf"\b{_LABEL_GAP_WORD}", re.IGNORECASE)


WEEKDAY_NAME = re.compile(
    r"\b(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\b\.?",
    re.IGNORECASE,
)


# A clock time right after a date: "Nov 18, 8:19 PM", "Nov 18 at 8:19 pm".
_CLOCK_AFTER = re.compile(r"[\s,;|–—-]*(?:at\s+)?(?:" + CLOCK_TIME.pattern + ")", re.IGNORECASE)


#: A site's copyright notice and its year, or the last of its range of years: "© 2019
#: Example", "Copyright 2014-2019" (the year the page was printed, when it is no older
#: than the page's dates).
NOTICE_YEAR = re.compile(
    r"(?:©|ⓒ|\(c\)|\bcopyright\b)\s*©?\s*(?P<first>(?:19|20)\d\d)"
    r"(?:\s*[-–]\s*(?P<last>(?:19|20)\d\d))?",
    re.IGNORECASE,
)


# A notice naming its holder before the year, the year closing the line ("(c) Example
# Wire Service 2026", "Copyright © Example Ltd 2019-2026."): the page's year as well.
_NAMED_NOTICE_YEAR = re.compile(
    r"(?:©|ⓒ|\(c\)|\bcopyright\b)\s*©?\s*(?:[^\W\d_][\w.&'’-]*\s+){1,5}"
    r"(?P<first>(?:19|20)\d\d)(?:\s*[-–]\s*(?P<last>(?:19|20)\d\d))?\.?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class YearlessDate:
    """A day and month printed without a year (``Posted Nov 18, 8:19 PM``).

    Attributes
    ----------
    start, end : int
        The date's span in its text.
    month, day : int
        As printed (the day is not checked against the month until a year is known).
    label : str or None
        ``"update"`` or ``"publish"``, as in :func:`analysis.clean.dates.labelled_dates`.
    """

    start: int
    end: int
    month: int
    day: int
    label: str | None

    def iso(self, year: int) -> str | None:
        """The date in ``year``.

        Parameters
        ----------
        year : int
            The year the date is printed in.

        Returns
        -------
        str or None
            ``yyyy-mm-dd``; None when the day is not in the month that year.
        """
        try:
            return dt.date(year, self.month, self.day).isoformat()
        except ValueError:
            return None


def find_yearless_dates(text: str) -> list[YearlessDate]:
    """Every day and month written without a year in ``text`` that dates the line as a
    date line dates a page, outside the calendar dates of
    :func:`analysis.clean.dates.find_dates`: right after a date label ("Posted Nov 18",
    "Updated: Tue 9:41 AM, Nov 19", "Posted on 18 November"), or alone on the line with
    its clock time ("Nov 18, 8:19 PM") or after its weekday ("Thursday 3 December", "Thu,
    Dec 3").

    A date in a sentence ("the hearing was set for June 29 at 1:30 p.m.", "headlines
    for Nov. 19") is no such date: no label precedes it and words surround it.

    Parameters
    ----------
    text : str
        A line.

    Returns
    -------
    list of YearlessDate
        In text order, each with its label (None for a date alone with its time).
    """
    if ANY_DIGIT.search(text) is None:
        return []  # (every form writes its day in digits: most lines are passed over)
    text = ascii_digits(text)
    taken = [(d.start, d.end) for d in find_dates(text)]
    found: dict[int, re.Match[str]] = {}
    for pattern in (*_YEARLESS_PATTERNS, _FOREIGN_DAY_MONTH):
        for match in pattern.finditer(text):
            if match.groupdict().get("fm") and match.group("fm").lower() not in FOREIGN_MONTHS:
                continue
            if not any(s < match.end() and match.start() < e for s, e in taken):
                found.setdefault(match.start(), match)
    dates: list[YearlessDate] = []
    since = 0
    for start in sorted(found):
        match = found[start]
        if dates and start < dates[-1].end:
            continue
        labels = list(DATE_LABEL.finditer(text, since, start))
        since = match.end()
        label = labels[-1] if labels else None
        before = text[: match.start()]
        if label is not None and _is_gap(text[label.end() : start]):
            kind = label.lastgroup
        elif _CLOCK_AFTER.match(text, match.end()) and _is_gap(
            before + " " + _AFTER_LABEL.sub("", text[match.end() :])
        ):
            kind = None
        elif (WEEKDAY_NAME.search(before) or printed_weekdays(before)) and _is_gap(
            before + " " + text[match.end() :]
        ):
            kind = None  # "Thursday 3 December", "jueves 3 de diciembre": its weekday
            # names it a date line
        else:
            continue
        month = _yearless_month(match)
        dates.append(YearlessDate(start, match.end(), month, int(match.group("d")), kind))
    return dates


def _yearless_month(match: re.Match[str]) -> int:
    """The month of a :data:`_YEARLESS_PATTERNS` or :data:`_FOREIGN_DAY_MONTH` match: its
    number, or its name's (English, or a name of one month in every language)."""
    if match.groupdict().get("mn"):
        return int(match.group("mn"))
    if match.groupdict().get("fm"):
        return FOREIGN_MONTHS[match.group("fm").lower()]
    return ENGLISH_MONTH_NUMBERS[match.group("m")[:3].lower()]


def _is_gap(text: str) -> bool:
    """Whether ``text`` holds nothing but what may stand beside a date on its date line:
    separators, clock times, the words of :data:`_LABEL_GAP`, and a weekday's name
    (English's, or of any language of :func:`analysis.clean.weekdays.is_weekday_name`:
    "Publicado el jueves 3 de diciembre")."""
    text = _without_times(text)
    return _LABEL_GAP.fullmatch(text) is not None or is_weekday_name(_GAP_WORD.sub(" ", text))


def names_weekday(text: str) -> bool:
    """Whether ``text`` writes a weekday's name ("Thursday", "Thu.").

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    bool
        True when an English weekday name or its short form is one of its words.
    """
    return WEEKDAY_NAME.search(text) is not None


def _without_times(text: str) -> str:
    """``text`` with its clock times and weekday names blanked."""
    return WEEKDAY_NAME.sub(" ", CLOCK_TIME.sub(" ", text))


def yearless_iso(text: str, year: int) -> str | None:
    """The first day and month written without a year in ``text`` as a date in ``year``.

    Parameters
    ----------
    text : str
        A date's span, as :func:`find_yearless_dates` gives it ("Nov 18").
    year : int
        The year it is printed in (:func:`page_year`).

    Returns
    -------
    str or None
        ``yyyy-mm-dd``; None without such a date, or for a day not in its month.
    """
    date = find_day_month(text) or _foreign_day_month(text)
    return date.iso(year) if date is not None else None


def _foreign_day_month(text: str) -> YearlessDate | None:
    """The first day and month's name of another language than English written without
    a year in ``text`` (:data:`_FOREIGN_DAY_MONTH`: "3 de diciembre"), wherever it stands;
    None without such a date."""
    for match in _FOREIGN_DAY_MONTH.finditer(ascii_digits(text)):
        if (month := FOREIGN_MONTHS.get(match.group("fm").lower())) is not None:
            return YearlessDate(match.start(), match.end(), month, int(match.group("d")), None)
    return None


def find_day_month(text: str) -> YearlessDate | None:
    """The first day and English month's name written without a year in ``text``
    ("March 3", "3rd of March"), wherever it stands (no label asked for: the caller
    knows the text is a date's place, a dateline's).

    Parameters
    ----------
    text : str
        A part of a line.

    Returns
    -------
    YearlessDate or None
        Its span in ``text``, month and day, no label; None without such a date.
    """
    text = ascii_digits(text)
    for pattern in _YEARLESS_PATTERNS:
        if match := pattern.search(text):
            month = _yearless_month(match)
            return YearlessDate(match.start(), match.end(), month, int(match.group("d")), None)
    return None


def page_year(text: str) -> int | None:
    """The year a page was printed in, as its copyright notice gives it: the latest year
    of its notices ("© 2014-2019 Example" gives 2019), unless a date written on the page
    is later (the notice is stale: no year is guessed).

    A date printed without its year ("Posted Nov 18") is in this year, as a site prints
    only this year's dates so.

    Parameters
    ----------
    text : str
        The whole page.

    Returns
    -------
    int or None
        None when the page has no dated notice.
    """
    text = ascii_digits(text)
    years = [
        int(m.group("last") or m.group("first"))
        for notice in (NOTICE_YEAR, _NAMED_NOTICE_YEAR)
        for m in notice.finditer(text)
    ]
    if not years:
        return None
    year = max(years)
    if any(int(date.iso[:4]) > year for date in find_dates(text)):
        return None
    return year
