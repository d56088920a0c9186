"""Weekday names printed on a date line: which day of the week they name, in which languages.

A date line often prints its weekday ("Thứ Năm, 03/12/2026", "miércoles, 04/03/2026",
"Thu, 12/03/2026"). Its name says which reading of a numeric date both orders make a
date of is the page's (the one falling on that weekday: a calendar check, language-free)
and, when both readings fall on it, in which languages the line is written (the order
their short dates print day and month in). The names are every CLDR language's wide
names (:data:`analysis.clean.cldr_months.CLDR_WEEKDAY_NAMES`, English's among them) and
English's shortenings ("Thu", "Thurs."); a name two languages give to two days ("sabato":
Italian Saturday, Esperanto Sunday) names no day. Read by
:func:`analysis.clean.page_date_order.numeric_day_first`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from analysis.clean.cldr_months import CLDR_WEEKDAY_NAMES, DAY_FIRST_LANGUAGES
from analysis.text import LETTER_OR_MARK

__all__ = ["PrintedWeekdays", "is_weekday_name", "printed_weekdays", "weekdays_beside"]

_WORD = re.compile(rf"{LETTER_OR_MARK}+")
# The one or two words right before a date, only separators between them and it ("Thứ
# Năm, ", "on Thu, "), and right after it ("(Thursday)"), on its line.
_WORDS_BEFORE = re.compile(rf"(?:{LETTER_OR_MARK}+[ \t]+)?{LETTER_OR_MARK}+\.?[ \t,;:|(–—-]*$")
_WORDS_AFTER = re.compile(rf"[ \t,;|(–—-]*{LETTER_OR_MARK}+(?:[ \t]+{LETTER_OR_MARK}+)?")
# English's shortenings, Monday first ("Thu", "Thur", "Thurs": the wide names are CLDR's)
_ENGLISH_SHORT = ("mon", "tue tues", "wed", "thu thur thurs", "fri", "sat", "sun")
_DAY_FIRST = frozenset(DAY_FIRST_LANGUAGES)


@dataclass(frozen=True)
class PrintedWeekdays:
    """The weekday names a line prints.

    Attributes
    ----------
    days : frozenset of int
        The days they name, Monday 0 (Python's ``date.weekday()``).
    languages : frozenset of str
        Every language printing one of them so.
    """

    days: frozenset[int]
    languages: frozenset[str]

    @property
    def day_first(self) -> bool:
        """Whether every language of the names writes the day before the month in its
        short dates (CLDR's ``d/M/yy``; English's ``M/d/yy`` does not)."""
        return bool(self.languages) and self.languages <= _DAY_FIRST


@functools.cache
def _names() -> dict[str, tuple[frozenset[int], frozenset[str]]]:
    """Each weekday name (lower case, a name of two words joined by ``_``): the days and
    languages it names."""
    days: dict[str, set[int]] = {}
    languages: dict[str, set[str]] = {}
    rows = [(language, row.split()) for language, rs in CLDR_WEEKDAY_NAMES.items() for row in rs]
    rows.append(("en", _ENGLISH_SHORT))
    for language, row in rows:
        for day, names in enumerate(row):
            for name in names.split():
                if name != "-":
                    days.setdefault(name, set()).add(day)
                    languages.setdefault(name, set()).add(language)
    return {name: (frozenset(days[name]), frozenset(languages[name])) for name in days}


def printed_weekdays(line: str) -> PrintedWeekdays | None:
    """The weekdays whose names ``line`` prints (a word, or two words as Vietnamese
    "thứ năm"), case aside; a name of two days names none.

    Parameters
    ----------
    line : str
        A date line.

    Returns
    -------
    PrintedWeekdays or None
        None when the line names no weekday.
    """
    words = _WORD.findall(line.lower())
    names = _names()
    days: set[int] = set()
    languages: set[str] = set()
    for index, word in enumerate(words):
        for name in (word, "_".join(words[index : index + 2])):
            named = names.get(name)
            if named is not None and len(named[0]) == 1:
                days |= named[0]
                languages |= named[1]
    return PrintedWeekdays(frozenset(days), frozenset(languages)) if days else None


@functools.cache
def _names_run_together() -> frozenset[str]:
    """Each weekday name of two words with its words run together ("kuwagatanu"): a page
    may split a CLDR name's word in two ("Ku wa Gatanu" for Kinyarwanda's "Kuwa
    gatanu")."""
    return frozenset(
        name.replace("_", "").replace("-", "") for name in _names() if "_" in name or "-" in name
    )


def is_weekday_name(text: str) -> bool:
    """Whether ``text`` is a weekday's name and nothing else, in any CLDR language or an
    English shortening, case aside ("Rabu", "Thứ tư", "Quarta-feira", "수요일", "Wed.").

    Parameters
    ----------
    text : str
        A part of a line (a date line's words before its date).

    Returns
    -------
    bool
        True when its one or two words (joined by a space or a hyphen) are a weekday's
        name, with nothing but a dot or a comma besides; or its three words are one
        written with a word split in two ("Ku wa Gatanu": CLDR's "Kuwa gatanu").
    """
    words = _WORD.findall(text.lower())
    if not 1 <= len(words) <= 3 or _WORD.sub("", text.lower()).strip(" .,-"):
        return False
    names = _names()
    if len(words) == 3:  # (words of one letter spell, not split: "S A T")
        return min(map(len, words)) > 1 and "".join(words) in _names_run_together()
    return "_".join(words) in names or "-".join(words) in names


def weekdays_beside(text: str, start: int, end: int) -> PrintedWeekdays | None:
    """The weekdays named right beside the date at ``text[start:end]``: by the one or two
    words before it with only separators between ("Wed, 04/03/2026", "Thứ Năm,
    03/12/2026") or after it ("04/03/2026 (Wednesday)"), on its line. A weekday further
    off is another day's ("02/11/2026" over "A judge on Wednesday rejected ...").

    Parameters
    ----------
    text : str
        A line (or lines) holding the date.
    start, end : int
        The date's span.

    Returns
    -------
    PrintedWeekdays or None
        As :func:`printed_weekdays` gives them; None when no weekday is named there.
    """
    before = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    after = _WORDS_AFTER.match(text, end)
    beside = " ".join(found.group() for found in (before, after) if found is not None)
    return printed_weekdays(beside) if beside else None
