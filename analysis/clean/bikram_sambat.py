"""A day of the Bikram Sambat calendar as its Gregorian date (stage: clean).

Nepal's official calendar, the one its press dates pages in ("२०८३ मंसिर १७ गते" is 3
December 2026), has months of 29 to 32 days that no arithmetic rule gives: each year's
lengths are published in tables. They are read from the tables ``nepali-datetime`` ships
(years 1975 to 2100 of the calendar, Gregorian 1918 to 2044), offline, imported the
first time a page prints such a date.
"""

from __future__ import annotations

#: The calendar's years the tables hold.
FIRST_YEAR, LAST_YEAR = 1975, 2100


def bikram_sambat_iso(year: int, month: int, day: int) -> str | None:
    """A day of the Bikram Sambat calendar as a Gregorian date.

    Parameters
    ----------
    year, month, day : int
        As printed ("२०८३ मंसिर १७ गते": 2083, 8, 17).

    Returns
    -------
    str or None
        ``yyyy-mm-dd``; None for a year outside the tables (:data:`FIRST_YEAR` to
        :data:`LAST_YEAR`), a month out of range or a day past its month's end.

    Examples
    --------
    >>> bikram_sambat_iso(2083, 8, 17)
    '2026-12-03'
    >>> bikram_sambat_iso(2083, 8, 33) is None
    True
    """
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12 and day >= 1):
        return None
    import nepali_datetime  # its tables read only when a page needs them

    try:
        return nepali_datetime.date(year, month, day).to_datetime_date().isoformat()
    except ValueError:
        return None
