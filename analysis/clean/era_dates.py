"""Japanese era dates in their compact forms: the era's letter or name, the year of the
era and the month and day parted by dots or slashes ("R8.12.6", "H31.4.30", "令和8.12.6",
"R08/12/06", as forms, receipts and notices print them), and the two years side by side
("2026（令和8）年12月6日", "令和8（2026）年12月6日", as official and press pages print them).

The era names' long form ("令和8年12月6日") is :mod:`analysis.clean.dates`'s own; it
searches :data:`ERA_DATE` with its other patterns and reads a match with
:func:`era_date_iso`. The era letter (R Reiwa, H Heisei, S Showa) is read only in a
Japanese context (:func:`japanese_context`: a page in Japanese, a text holding kana or
ideographs, "更新日：R8.12.6", or a date line of its own when the page's language is not
asked), and only when the day falls within the era: "S1.2.3" in an English page is a
section's number. No tuned value: the eras' first days are the
calendar's.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["ERA_DATE", "ERA_DATE_HINT", "ERA_LETTERS", "era_date_iso", "japanese_context"]

#: The first day of each era a page may date by, and its letter.
ERA_FIRST_DAYS: dict[str, dt.date] = {
    "令和": dt.date(2019, 5, 1),
    "平成": dt.date(1989, 1, 8),
    "昭和": dt.date(1926, 12, 25),
}
#: The letter of each era in a compact date ("R8.12.6": 令和8年12月6日).
ERA_LETTERS: dict[str, str] = {"R": "令和", "H": "平成", "S": "昭和"}
_ERA_NAME = "|".join(ERA_FIRST_DAYS)
_MONTH = r"(?P<jm>1[0-2]|0?[1-9])"
_DAY = r"(?P<jd>3[01]|[12]\d|0?[1-9])"
#: A compact era date (the era's name or letter, its year, month and day parted by the
#: same dot or slash), or a date of the common era's year beside the era's in brackets,
#: either first, then 年 (year), month, 月, day, 日.
ERA_DATE = (
    rf"(?:(?P<je>{_ERA_NAME})|(?<![A-Za-z\d])(?P<jl>[RHS])\s?)(?P<jy>元|\d{{1,2}})"
    rf"(?P<jsep>[./])\s?{_MONTH}(?P=jsep)\s?{_DAY}(?![\d.])"
    rf"|(?P<jg>(?:19|20)\d\d)\s*[（(]\s*(?:{_ERA_NAME})\s*(?:元|\d{{1,2}})\s*[）)]"
    rf"\s*年\s*{_MONTH.replace('jm', 'jgm')}\s*月\s*{_DAY.replace('jd', 'jgd')}\s*日"
    rf"|(?:{_ERA_NAME})\s*(?:元|\d{{1,2}})\s*[（(]\s*(?P<jc>(?:19|20)\d\d)\s*[）)]"
    rf"\s*年\s*{_MONTH.replace('jm', 'jcm')}\s*月\s*{_DAY.replace('jd', 'jcd')}\s*日"
)
#: What a text holding such a date holds (the date hint of :mod:`analysis.clean.dates`):
#: an era's letter before a year and a dot or slash (its names are in the hint already).
ERA_DATE_HINT = r"(?<![A-Za-z\d])[RHS]\s?\d{1,2}[./]\d"
_JAPANESE_TEXT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def era_date_iso(groups: dict[str, str | None], japanese: bool) -> str | None:
    """The ISO day a match of :data:`ERA_DATE` writes.

    Parameters
    ----------
    groups : dict
        The match's named groups.
    japanese : bool
        Whether the page or the text is Japanese (:func:`japanese_context`): an era's
        letter is read only then.

    Returns
    -------
    str or None
        ``YYYY-MM-DD``; None when the parts make no date, or an era's letter's date falls
        outside the era or is read out of a Japanese context.

    Examples
    --------
    >>> import re
    >>> era_date_iso(re.search(ERA_DATE, "更新日：R8.12.6").groupdict(), True)
    '2026-12-06'
    >>> era_date_iso(re.search(ERA_DATE, "2026（令和8）年12月6日").groupdict(), False)
    '2026-12-06'
    """
    try:
        if groups.get("jg"):
            year, month, day_number = groups["jg"], groups["jgm"], groups["jgd"]
            return dt.date(int(year or 0), int(month or 0), int(day_number or 0)).isoformat()
        if groups.get("jc"):
            year, month, day_number = groups["jc"], groups["jcm"], groups["jcd"]
            return dt.date(int(year or 0), int(month or 0), int(day_number or 0)).isoformat()
        letter = groups.get("jl")
        era = groups.get("je") or ERA_LETTERS.get(letter or "")
        if era is None or (letter and not japanese):
            return None
        number = 1 if groups["jy"] == "元" else int(groups["jy"] or 0)
        first = ERA_FIRST_DAYS[era]
        day = dt.date(first.year - 1 + number, int(groups["jm"] or 0), int(groups["jd"] or 0))
    except ValueError:
        return None
    later = [d for d in ERA_FIRST_DAYS.values() if d > first]
    if day < first or (later and day >= min(later)):
        return None
    return day.isoformat()


def japanese_context(text: str, start: int, end: int, page_language: str | None) -> bool:
    """Whether a compact era date at ``text[start:end]`` is read in a Japanese context:
    the page's language is Japanese, or the text holds kana or ideographs, or (the page's
    language unknown: ``page_language`` None) the date is the text's alone, a clock time
    besides (a date line: "R8.12.6 09:30").

    Parameters
    ----------
    text : str
        The text searched.
    start, end : int
        The date's span in it.
    page_language : str or None
        The page's main language, None when every language's reading is asked for.

    Returns
    -------
    bool
        True in such a context.
    """
    if page_language is not None:
        return page_language == "ja" or _JAPANESE_TEXT.search(text) is not None
    if _JAPANESE_TEXT.search(text) is not None:
        return True
    return not text[:start].strip() and _CLOCK_ONLY.fullmatch(text[end:]) is not None


# What may follow a date alone on its line: a clock time, nothing.
_CLOCK_ONLY = re.compile(r"\s*(?:[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?\s*")
