"""Dates of other calendars as Gregorian ISO dates: the Ethiopian, the Coptic and the
Solar Hijri (Persian) calendar's day, month and year.
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
