"""Dates written in numerals other than the digits: a month in Roman numerals
("3.XII.2026", "3 XII 2026", as Polish, Czech and older Italian pages print it; Hungarian year
first, "2026. XII. 3.")
and a date wholly in Chinese numerals ("二〇二六年十二月三日", 〇 or 零 for the zero, as
Chinese and Japanese pages print a formal date; a Japanese era's year in numerals too,
"令和八年十二月三日").

:mod:`analysis.clean.dates` searches the two patterns with its others and reads their
matches with :func:`numeral_date_iso`. No tuned value.
"""

from __future__ import annotations

import datetime as dt
import re

from analysis.clean.era_dates import ERA_FIRST_DAYS

__all__ = [
    "CHINESE_NUMERAL_DATE",
    "CHINESE_YEAR_HINT",
    "ROMAN_MONTH_DATE",
    "ROMAN_MONTH_HINT",
    "numeral_date_iso",
]

_ROMAN_MONTHS = {
    "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6,
    "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12,
}  # fmt: skip
_ROMAN = "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True))
#: Day, a Roman numeral's month, year, the same mark between the three: a dot (a space
#: after it or not) or a space ("3.XII.2026", "3. XII. 2026", "3 XII 2026"). Capitals
#: only, and spaces only around a numeral of two letters or more: "Chapter 3 I 2026" and
#: "Grade 3 V 2026" are no dates.
#: Or, as Hungarian writes it, year first, each part closed by a dot ("2026. XII. 3.",
#: "2026.XII.3."): the day's closing dot, which no other numbering prints, is asked.
ROMAN_MONTH_DATE = (
    rf"(?<![\d.])(?P<rd>[0-3]?\d)(?P<rsep>\.\s?|\s(?=[IVX]{{2}}))(?P<rm>{_ROMAN})(?P=rsep)"
    r"(?P<ry>(?:19|20)\d\d)(?!\d)"
    rf"|(?<![\d.])(?P<ryy>(?:19|20)\d\d)\.\s?(?P<rym>{_ROMAN})\.\s?(?P<ryd>[0-3]?\d)\.(?!\d)"
)
#: What a text holding such a date holds: a Roman numeral's last letter before the year,
#: or its first after a year and its dot.
ROMAN_MONTH_HINT = re.compile(r"[IVX]\.?\s?(?:19|20)\d\d|(?:19|20)\d\d\.\s?[IVX]")

_CHINESE_DIGITS = {c: n for n, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_DIGIT = "[〇零一二三四五六七八九]"
#: Year (four numerals, 1xxx or 2xxx), 年, month (一 to 十二), 月, day (一 to 三十一), 日
#: (or 号 / 號, as mainland pages write the day).
#: Or a Japanese era's year in numerals ("令和八年十二月三日": the era's name, 元 for its
#: first year or one to two numerals with 十, as a formal Japanese page prints it).
CHINESE_NUMERAL_DATE = (
    rf"(?:(?P<cy>[一二]{_DIGIT}{{3}})|(?P<ce>{'|'.join(ERA_FIRST_DAYS)})\s*"
    r"(?P<cey>元|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]))"
    r"\s*年\s*(?P<cm>十[一二]?|[一二三四五六七八九])\s*月\s*"
    r"(?P<cd>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号號]"
)
#: What a text holding such a date holds (the date hint of :mod:`analysis.clean.dates`).
CHINESE_YEAR_HINT = (
    rf"[一二][〇零九]{_DIGIT}{{2}}\s*年"
    rf"|(?:{'|'.join(ERA_FIRST_DAYS)})\s*[元一二三四五六七八九十]{{1,3}}\s*年"
)


def _chinese_number(numerals: str) -> int:
    """The number of one to two Chinese numerals with 十 (ten): "十二" 12, "二十三" 23,
    "三十" 30, "七" 7."""
    if "十" not in numerals:
        return _CHINESE_DIGITS[numerals]
    tens, _, units = numerals.partition("十")
    return (_CHINESE_DIGITS[tens] if tens else 1) * 10 + (_CHINESE_DIGITS[units] if units else 0)


def numeral_date_iso(groups: dict[str, str | None]) -> str | None:
    """The ISO day a match of :data:`ROMAN_MONTH_DATE` or :data:`CHINESE_NUMERAL_DATE`
    writes.

    Parameters
    ----------
    groups : dict
        The match's named groups (``rm`` or ``rym`` set for a Roman month, ``cy`` for
        Chinese numerals).

    Returns
    -------
    str or None
        ``YYYY-MM-DD``; None when the parts make no date (a 31 of a 30-day month) or the
        groups are neither pattern's.

    Examples
    --------
    >>> import re
    >>> numeral_date_iso(re.search(ROMAN_MONTH_DATE, "Kraków, 3.XII.2026").groupdict())
    '2026-12-03'
    >>> numeral_date_iso(re.search(ROMAN_MONTH_DATE, "Debrecen, 2026. XII. 3.").groupdict())
    '2026-12-03'
    >>> numeral_date_iso(re.search(CHINESE_NUMERAL_DATE, "二〇二六年十二月三日").groupdict())
    '2026-12-03'
    >>> numeral_date_iso(re.search(CHINESE_NUMERAL_DATE, "令和八年十二月三日").groupdict())
    '2026-12-03'
    """
    if groups.get("rm"):
        year, month, day = int(groups["ry"] or 0), _ROMAN_MONTHS[groups["rm"]], groups["rd"]
        day_number = int(day or 0)
    elif groups.get("rym"):  # year first: "2026. XII. 3."
        year, month = int(groups["ryy"] or 0), _ROMAN_MONTHS[groups["rym"]]
        day_number = int(groups["ryd"] or 0)
    elif groups.get("cy") or groups.get("ce"):
        if groups.get("cy"):
            year = int("".join(str(_CHINESE_DIGITS[c]) for c in groups["cy"] or ""))
        else:  # the era's first year is its 元, the year its first day falls in
            era_year = 1 if groups["cey"] == "元" else _chinese_number(groups["cey"] or "")
            year = ERA_FIRST_DAYS[groups["ce"] or ""].year + era_year - 1
        month = _chinese_number(groups["cm"] or "")
        day_number = _chinese_number(groups["cd"] or "")
    else:
        return None
    try:
        return dt.date(year, month, day_number).isoformat()
    except ValueError:
        return None
