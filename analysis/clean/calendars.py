"""Dates of other calendars as Gregorian ISO dates: the Ethiopian, the Coptic, the
Solar Hijri (Persian) and the Hebrew calendar's day, month and year (the Hebrew one's
numerals written in letters: :func:`hebrew_numeral`).
"""

from __future__ import annotations

import datetime as dt

# The Gregorian ordinal (datetime.date.toordinal) of the day before the Ethiopian
# calendar's first day (Meskerem 1 of the year 1: 27 August 8 of the Gregorian calendar).
_ETHIOPIAN_EPOCH = 2795


def ethiopian_iso(year: int, month: int, day: int) -> str | None:
    """A day of the Ethiopian calendar as a Gregorian date.

    Twelve months of 30 days, then Pagume of 5 days, or 6 in a year before a leap year
    of the Gregorian calendar's (the year whose remainder by 4 is 3); its new year falls
    on 11 or 12 September.

    Parameters
    ----------
    year, month, day : int
        As printed ("ኅዳር 25 ቀን 2019 ዓ.ም.": 2019, 3, 25).

    Returns
    -------
    str or None
        ``yyyy-mm-dd``; None for a month or day out of range.

    Examples
    --------
    >>> ethiopian_iso(2019, 3, 25)
    '2026-12-04'
    >>> ethiopian_iso(2016, 1, 1)
    '2023-09-12'
    """
    last = 30 if month <= 12 else (6 if year % 4 == 3 else 5)
    if not (1 <= month <= 13 and 1 <= day <= last):
        return None
    ordinal = _ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day
    return dt.date.fromordinal(ordinal).isoformat()


#: The Coptic year (of the Martyrs) less the Ethiopian year of the same days: the two
#: calendars share their months' lengths and leap years, their new years fall on the
#: same day, and the Coptic era starts 276 years later (284 CE against 8 CE).
COPTIC_YEAR_OFFSET = 276


def coptic_iso(year: int, month: int, day: int) -> str | None:
    """A day of the Coptic calendar (the Year of the Martyrs, the Coptic Church's) as a
    Gregorian date: the Ethiopian calendar's day of the year ``year`` + 276
    (:data:`COPTIC_YEAR_OFFSET`, :func:`ethiopian_iso`).

    Parameters
    ----------
    year, month, day : int
        As printed ("25 هاتور 1743 للشهداء": 1743, 3, 25).

    Returns
    -------
    str or None
        ``yyyy-mm-dd``; None for a month or day out of range.

    Examples
    --------
    >>> coptic_iso(1743, 3, 25)
    '2026-12-04'
    >>> coptic_iso(1743, 1, 1)
    '2026-09-11'
    """
    return ethiopian_iso(year + COPTIC_YEAR_OFFSET, month, day)


def solar_hijri_iso(year: int, month: int, day: int) -> str | None:
    """A day of the Solar Hijri calendar as a Gregorian date.

    Its years are leap by the 33-year arithmetic rule (right for the years 1178 to
    1633, Gregorian 1799 to 2254); months 1 to 6 have 31 days, 7 to 11 have 30, the
    12th 29 or 30.

    Parameters
    ----------
    year, month, day : int
        As printed ("۱۲ آذر ۱۴۰۵": 1405, 9, 12).

    Returns
    -------
    str or None
        ``yyyy-mm-dd``; None for a month or day out of range (the 30th of the 12th
        month of a common year too).

    Examples
    --------
    >>> solar_hijri_iso(1405, 9, 12)
    '2026-12-03'
    """
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    ordinal = _solar_hijri_ordinal(year, month, day)
    if month == 12 and ordinal >= _solar_hijri_ordinal(year + 1, 1, 1):
        return None  # the 30th of the last month of a common year
    return dt.date.fromordinal(ordinal).isoformat()


def _solar_hijri_ordinal(year: int, month: int, day: int) -> int:
    """The Gregorian ordinal (:meth:`datetime.date.toordinal`) of a Solar Hijri day:
    the days of the years before it (365 each, 8 leap days in every 33 years), of its
    months before it, and its day."""
    count = year + 1595
    days = 365 * count + (count // 33) * 8 + ((count % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month <= 6 else (month - 7) * 30 + 186
    return days - 356033


# The Gregorian ordinal (:meth:`datetime.date.toordinal`, the proleptic calendar's day
# count) of the day before the Hebrew calendar's first day: Tishri 1 of the year 1 is
# the ordinal -1373427 + 1 (7 October 3761 BCE, proleptic Julian).
_HEBREW_EPOCH = -1373428


def hebrew_iso(year: int, month: int, day: int) -> str | None:
    """A day of the Hebrew calendar as a Gregorian date.

    The arithmetic calendar as Dershowitz and Reingold give it (Calendrical Calculations,
    ch. 8): 19-year cycles of 12 and 13 months, the new year at the mean conjunction of
    Tishri (months of 29 days, 12 hours and 793 parts) put off when it falls on a
    Sunday, Wednesday or Friday, and for the two year lengths that would follow.

    Parameters
    ----------
    year, month, day : int
        The year of the world (5787), the month counted from Nisan (1) as the calendar
        does (Tishri 7, Kislev 9, Adar 12, Adar II 13 in a leap year), the day.

    Returns
    -------
    str or None
        ``yyyy-mm-dd``; None for a month or day out of range.

    Examples
    --------
    >>> hebrew_iso(5787, 9, 23)
    '2026-12-03'
    >>> hebrew_iso(5787, 7, 1)
    '2026-09-12'
    """
    last_month = 13 if _hebrew_leap(year) else 12
    if not (1 <= month <= last_month and 1 <= day <= _hebrew_month_days(year, month)):
        return None
    ordinal = _hebrew_new_year(year) + day - 1
    months = range(7, month) if month >= 7 else [*range(7, last_month + 1), *range(1, month)]
    ordinal += sum(_hebrew_month_days(year, m) for m in months)
    return dt.date.fromordinal(ordinal).isoformat()


def _hebrew_leap(year: int) -> bool:
    """Years 3, 6, 8, 11, 14, 17 and 19 of each 19-year cycle have 13 months."""
    return (7 * year + 1) % 19 < 7


def _hebrew_elapsed_days(year: int) -> int:
    """Days from the epoch to the mean conjunction of the year's Tishri, put off by a
    day when it falls on a Sunday, Wednesday or Friday."""
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _hebrew_new_year(year: int) -> int:
    """The Gregorian ordinal of Tishri 1 of ``year``, with the delays that keep a year
    to 353-355 or 383-385 days."""
    before, this, after = (_hebrew_elapsed_days(y) for y in (year - 1, year, year + 1))
    delay = 2 if after - this == 356 else (1 if this - before == 382 else 0)
    return _HEBREW_EPOCH + this + delay + 1


def _hebrew_month_days(year: int, month: int) -> int:
    """29 or 30: Iyar, Tammuz, Elul, Tevet and Adar II have 29 days, Adar 29 in a common
    year; Marheshvan 30 in a long year (355 or 385 days), Kislev 29 in a short one."""
    length = _hebrew_new_year(year + 1) - _hebrew_new_year(year)
    if month in (2, 4, 6, 10, 13) or (month == 12 and not _hebrew_leap(year)):
        return 29
    if month == 8:
        return 30 if length % 10 == 5 else 29
    if month == 9:
        return 29 if length % 10 == 3 else 30
    return 30


# The letters' values of a Hebrew numeral, the final forms too.
_HEBREW_LETTER_VALUES = dict(
    zip(
        "אבגדהוזחטיכלמנסעפצקרשתךםןףץ",
        [*range(1, 10), *range(10, 100, 10), 100, 200, 300, 400, 20, 40, 50, 80, 90],
        strict=True,
    )
)


def hebrew_numeral(text: str) -> int:
    """The value of a number written in Hebrew letters, its marks left out.

    Parameters
    ----------
    text : str
        The numeral as printed ('כ"ג', "תשפּ״ז", "ה׳").

    Returns
    -------
    int
        The sum of its letters' values (0 for no letter).

    Examples
    --------
    >>> hebrew_numeral('כ"ג'), hebrew_numeral("תשפ״ז")
    (23, 787)
    """
    return sum(_HEBREW_LETTER_VALUES.get(ch, 0) for ch in text)
