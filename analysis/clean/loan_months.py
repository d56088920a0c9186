"""A month's name no table holds, read as the month whose name it borrows: "3 desanbre
2026", "3 di dizembru di 2026", "Disimbri 3, 2026".

Most languages write the months of the Gregorian calendar as loans of the European names,
each in its own spelling, and the tables of :mod:`analysis.clean.month_names` hold the
languages seen so far. A page in another language prints a word between a day and a year
that is none of their names but spells one of them closely. Such a word is read as that
month when:

- it stands where a month's name stands: after a day and before a year ("3 desanbre 2026",
  a particle of one to three letters either side of it, "3 di dizembru di 2026"), or
  before a day, a comma and a year ("Disimbri 3, 2026");
- it is a word of six to thirteen letters of a script with case written with Latin
  letters (accents aside) and no table's name of a month;
- the names the tables hold that it is closest to (:func:`difflib.get_close_matches`,
  a ratio of :data:`LOAN_RATIO` or more) and that write its consonants, in order, as it
  does (a loan changes vowels: "dizembru", "dezembru"; "desanbre", "desanburu"), are
  names of one month only.

The ratio, the consonants and the length are the shape of a loan, not of a page; an
English word in that place ("students", close to Croatian "studeni"; "junior", close to
"junio") writes other consonants than the month's name (checked by the tests).
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
import unicodedata

from analysis.clean.month_names import EVERY_MONTH_NAME, month_numbers, month_readings

__all__ = [
    "LOAN_DAY_MONTH_YEAR",
    "LOAN_MONTH_DAY_YEAR",
    "LOAN_RATIO",
    "loan_month",
    "loan_month_iso",
]

#: The least :class:`difflib.SequenceMatcher` ratio of a word to a month's name for the
#: word to be read as that name's loan.
LOAN_RATIO = 0.75
_MIN_LETTERS, _MAX_LETTERS = 6, 13
_WORD = rf"[^\W\d_]{{{_MIN_LETTERS},{_MAX_LETTERS}}}"
_PARTICLE = r"(?:[^\W\d_]{1,3}\s+)?"
#: Day, the word, year: "3 desanbre 2026", "3. Chrischtmanet 2026", "3 di dizembru di 2026".
LOAN_DAY_MONTH_YEAR = (
    rf"(?<![\d.,])(?P<ld>[0-3]?\d)\.?\s+{_PARTICLE}(?P<lm>{_WORD})\s+{_PARTICLE}"
    r"(?P<ly>(?:19|20)\d\d)(?!\d)"
)
#: The word, day, year: "Disimbri 3, 2026".
LOAN_MONTH_DAY_YEAR = (
    rf"(?<![^\W\d_])(?P<lm>{_WORD})\s+(?P<ld>[0-3]?\d),?\s+(?P<ly>(?:19|20)\d\d)(?!\d)"
)


def _folded(word: str) -> str:
    """``word`` in lower case without its accents ("Dìsimbri" -> "disimbri")."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.cache
def _names() -> tuple[frozenset[str], dict[str, int]]:
    """Every month name of the tables (folded), and the single-month ones in Latin
    letters with their month, the loans' models."""
    known = frozenset(_folded(name) for name in month_readings(EVERY_MONTH_NAME))
    models = {
        _folded(name): month
        for name, month in month_numbers(EVERY_MONTH_NAME).items()
        if re.fullmatch(r"[a-z]{5,}", _folded(name))
    }
    return known, models


def _consonants(word: str) -> str:
    """``word``'s letters other than the vowels a, e, i, o, u, y, in order."""
    return re.sub("[aeiouy]", "", word)


@functools.cache
def loan_month(word: str) -> int | None:
    """The month (1 to 12) whose name ``word`` borrows, by the module docstring's test.

    Parameters
    ----------
    word : str
        A word printed where a month's name stands.

    Returns
    -------
    int or None
        None for a table's own name (read by :mod:`analysis.clean.dates`), a word of
        another shape, or one close to no month's name or to two months' names.

    Examples
    --------
    >>> loan_month("desanbre"), loan_month("Dizembru"), loan_month("students")
    (12, 12, None)
    """
    folded = _folded(word)
    known, models = _names()
    if folded in known or not re.fullmatch(rf"[a-z]{{{_MIN_LETTERS},{_MAX_LETTERS}}}", folded):
        return None
    close = difflib.get_close_matches(folded, list(models), n=8, cutoff=LOAN_RATIO)
    consonants = _consonants(folded)
    months = {models[name] for name in close if _consonants(name) == consonants}
    return months.pop() if len(months) == 1 else None


def loan_month_iso(groups: dict[str, str | None]) -> str | None:
    """The ISO day a match of :data:`LOAN_DAY_MONTH_YEAR` or :data:`LOAN_MONTH_DAY_YEAR`
    writes, or None (no loan, or no such day).

    Parameters
    ----------
    groups : dict
        The match's named groups (``ld``, ``lm``, ``ly``).

    Returns
    -------
    str or None
        ``YYYY-MM-DD``.
    """
    month = loan_month(groups.get("lm") or "")
    if month is None:
        return None
    try:
        return dt.date(int(groups["ly"] or 0), month, int(groups["ld"] or 0)).isoformat()
    except ValueError:
        return None
