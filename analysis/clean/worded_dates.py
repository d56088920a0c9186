"""Spanish dates whose day and year are written in words.

A Latin American town hall's bulletin, a notary's or a court's notice dates its text in
words: "Tlaxiaco, Oaxaca, a tres de diciembre de dos mil veintiséis", "el primero de
enero del dos mil veintisiete". :data:`SPANISH_WORDED_DATE` matches the day (in words
or digits), "de", the month's name, "de" or "del" and the year (in words from "dos mil"
to "dos mil noventa y nueve", or in digits, the day then in words); :mod:`analysis.clean.dates`
searches it with its other patterns (:data:`SPANISH_WORDED_HINT` tells a text that may hold
one) and reads its matches with :func:`spanish_worded_iso`. English ordinal words are read
by :mod:`analysis.clean.dates` itself. No tuned value: the number words are the language's.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["SPANISH_WORDED_DATE", "SPANISH_WORDED_HINT", "spanish_worded_iso"]

_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
_MONTH_NUMBERS = {name: number for number, name in enumerate(_MONTHS, start=1)} | {"setiembre": 9}
# The numbers one to twenty-nine in words, spelled with and without their accents.
_UNITS = {
    "uno": 1, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9,
}  # fmt: skip
_UP_TO_29 = _UNITS | {
    "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
    "veinte": 20, "veintiuno": 21, "veintiún": 21, "veintiun": 21, "veintiuna": 21,
    "veintidós": 22, "veintidos": 22, "veintitrés": 23, "veintitres": 23,
    "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintiseis": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
}  # fmt: skip
_TENS = {
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "ochenta": 80, "noventa": 90,
}  # fmt: skip
# A day's first is "primero" ("el primero de enero") as often as "uno".
_DAY_WORDS = _UP_TO_29 | {"primero": 1, "primer": 1, "treinta": 30}


def _alternatives(words: object) -> str:
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))  # type: ignore[arg-type]


_NUMBER = (
    rf"(?:(?:{_alternatives(_TENS)})(?:\s+y\s+(?:{_alternatives(_UNITS)}))?"
    rf"|{_alternatives(_UP_TO_29)})"
)
_DAY = rf"(?:treinta\s+y\s+un[oa]?|{_alternatives(_DAY_WORDS)})"
_WORDED_YEAR = rf"dos\s+mil(?:\s+{_NUMBER})?"
#: A Spanish date with its day or its year in words (the other may be in digits).
SPANISH_WORDED_DATE = (
    rf"(?<![^\W\d_])(?i:(?P<swd>{_DAY})\s+de\s+(?P<swm>{_alternatives(_MONTH_NUMBERS)})"
    rf"\s+del?\s+(?P<swy>{_WORDED_YEAR}|(?:19|20)\d\d(?!\d))"
    rf"|(?<!\d)(?P<swn>[0-3]?\d)\s+de\s+(?P<swnm>{_alternatives(_MONTH_NUMBERS)})"
    rf"\s+del?\s+(?P<swny>{_WORDED_YEAR}))(?![^\W\d_])"
)
#: What a text holding a year in words holds ("dos mil", in any case); its first letter
#: a class of both cases, so the date hint's search starts at the characters of one
#: class (pattern_starts: a group ignoring case would make the whole class so).
SPANISH_WORDED_HINT = r"[dD](?i:os\s+mil)(?![^\W\d_])"


def _number(words: str, table: dict[str, int]) -> int:
    """A number in words ("veintiséis", "treinta y uno"), as the tables give it."""
    parts = words.casefold().split()
    if len(parts) == 3 and parts[1] == "y":  # tens "y" units
        return _TENS[parts[0]] + _UNITS[parts[2]]
    return _TENS[parts[0]] if parts[0] in _TENS else table[parts[0]]


def spanish_worded_iso(groups: dict[str, str | None]) -> str | None:
    """The ISO day a match of :data:`SPANISH_WORDED_DATE` writes.

    Parameters
    ----------
    groups : dict
        The match's named groups.

    Returns
    -------
    str or None
        ``YYYY-MM-DD``; None when the parts make no date (a 31 of a 30-day month).

    Examples
    --------
    >>> import re
    >>> match = re.search(SPANISH_WORDED_DATE, "a tres de diciembre de dos mil veintiséis.")
    >>> spanish_worded_iso(match.groupdict())
    '2026-12-03'
    >>> match = re.search(SPANISH_WORDED_DATE, "el primero de enero de 2027")
    >>> spanish_worded_iso(match.groupdict())
    '2027-01-01'
    """
    if groups.get("swd"):
        day = _number(groups["swd"] or "", _DAY_WORDS)
        month_name, year_text = groups["swm"] or "", groups["swy"] or ""
    else:
        day = int(groups.get("swn") or 0)
        month_name, year_text = groups.get("swnm") or "", groups.get("swny") or ""
    if year_text.isdigit():
        year = int(year_text)
    else:
        rest = year_text.casefold().split()[2:]  # after "dos mil"
        year = 2000 + (_number(" ".join(rest), _UP_TO_29) if rest else 0)
    try:
        return dt.date(year, _MONTH_NUMBERS[month_name.casefold()], day).isoformat()
    except (KeyError, ValueError):
        return None
