"""Write ``analysis/clean/cldr_relative.py``: how every language of the Unicode CLDR writes
a time that many minutes, hours, days, weeks, months or years ago, read through Babel
(offline).

A card prints its age as a relative time in its page's language (``2 soat oldin`` in
Uzbek, ``ከ2 ሰዓት በፊት`` in Amharic, ``duela 3 egun`` in Basque);
:mod:`analysis.clean.relative_times` reads one with these patterns when its own table
(the page languages' words for "ago") holds none. The module is data written by this
script, never edited by hand (``tests/test_cldr_relative.py`` checks it is what this
script writes with the Babel of the lock file). Taken from each language (each locale
without a region or script), English aside (:mod:`analysis.clean.relative_times` reads
it itself): the ``past`` patterns of the ``minute``, ``hour``, ``day``, ``week``,
``month`` and ``year`` fields in the long and short widths, every plural form, lower
case, narrow and no-break spaces as spaces, one ``{0}`` for the number; a pattern is left
out when it is also the field's ``future`` pattern, a sign before the number aside (no
word says "ago": ``{0} h``, ``-{0} min`` beside ``+{0} min``), when
the words around its number hold fewer than :data:`MIN_PATTERN_LETTERS` letters
(``-{0} h``), or when a digit or no word is beside the number's side it writes.

Usage (from the project root)::

    .venv/bin/python benchmarks/cldr_relative.py [--write]

Without ``--write`` it says whether the module is what Babel gives (``make bench``).
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from babel import Locale, __version__
from cldr_months import languages, tuple_lines, write_or_check

PROJECT_ROOT = Path(__file__).resolve().parent.parent
TARGET = PROJECT_ROOT / "analysis" / "clean" / "cldr_relative.py"
FIELDS = ("minute", "hour", "day", "week", "month", "year")
WIDTHS = ("", "-short")
#: Fewest letters in the words around the number (``-{0} h`` says no "ago").
MIN_PATTERN_LETTERS = 3


def _printed(pattern: str) -> str:
    """A pattern as a page prints it: NFC, lower case, plain spaces."""
    text = pattern.replace("\u202f", " ").replace("\u00a0", " ")
    return unicodedata.normalize("NFC", text).lower()


def _unsigned(pattern: str) -> str:
    """A pattern without the sign before its number (``-{0} min``: ``{0} min``)."""
    return pattern.replace("-{0}", "{0}").replace("+{0}", "{0}").replace("−{0}", "{0}")


def _taken(pattern: str, future: set[str]) -> bool:
    """Whether a past pattern is taken (the module docstring)."""
    if pattern.count("{0}") != 1 or _unsigned(pattern) in {_unsigned(p) for p in future}:
        return False
    head, tail = pattern.split("{0}")
    words = head + tail
    if any(c.isdigit() for c in words):
        return False
    letters = [c for c in words if unicodedata.category(c)[0] == "L"]
    return len(letters) >= MIN_PATTERN_LETTERS


def language_patterns(language: str) -> set[str]:
    """A language's past patterns, as taken."""
    fields = Locale.parse(language)._data["date_fields"]
    found: set[str] = set()
    for field in FIELDS:
        for width in WIDTHS:
            data = fields.get(field + width, {})
            past = {_printed(p) for p in dict(data.get("past", {})).values()}
            future = {_printed(p) for p in dict(data.get("future", {})).values()}
            found |= {pattern for pattern in past if _taken(pattern, future)}
    return found


def module_text() -> str:
    """The text of ``analysis/clean/cldr_relative.py``."""
    patterns: set[str] = set()
    for language in languages():
        patterns |= language_patterns(language)
    lines = [
        "# ruff: noqa: E501",
        '"""How every language of the Unicode CLDR writes a time that many minutes, hours,'
        f" days, weeks, months or years ago (Babel {__version__}).",
        "",
        "Written by ``benchmarks/cldr_relative.py`` (never edited by hand): see there what is",
        "taken. Read by :mod:`analysis.clean.relative_times` (a card's relative time).",
        '"""',
        "",
        "from __future__ import annotations",
    ]
    lines += tuple_lines(
        "PAST_PATTERNS",
        patterns,
        "Past patterns, ``{0}`` the number (``{0} soat oldin``), lower case.",
    )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    return write_or_check(module_text(), TARGET, __doc__.split("\n\n")[0], argv)


if __name__ == "__main__":
    sys.exit(main())
