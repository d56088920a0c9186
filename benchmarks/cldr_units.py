"""Write ``analysis/clean/cldr_units.py``: the words every language of the Unicode CLDR
writes for a number of minutes, hours and days, read through Babel (offline).

A feed reader or an app prints a card's age as a number and its unit, without a word
for "ago" (``Outlet / 3h`` in English, ``Báo Sông Hàn / 3 giờ`` in Vietnamese, ``saa 3``
in Swahili): :mod:`analysis.clean.card_lines` reads such a value as a relative time when
it is a whole field of a meta line. The module is data written by this script, never
edited by hand (``tests/test_cldr_units.py`` checks it is what this script writes with
the Babel of the lock file). Taken from each language (each locale without a region or
script), English aside (:mod:`analysis.clean.card_lines` reads ``3h`` itself): the
unit of its ``duration-minute``, ``duration-hour`` and ``duration-day`` patterns in the
long, short and narrow widths, every plural form, lower case, without a closing dot,
on the side of the number the pattern writes it; a unit of fewer than two letters is
left out (``t``, ``j``, ``日``, ``일``: a letter of a word, or a date's day sign), and so
is one holding a digit or of three words or more. Beside them, the minutes each unit word
counts (:data:`COUNTED_UNITS`: a minute's, an hour's, a day's and a week's words, one
letter of a caseless script taken too, ``日`` and ``일``, not ``h`` or ``d``; and the word
beside the number of the units' relative past patterns, ``Tagen`` of ``vor {0} Tagen``,
``時間前`` of ``{0} 時間前``), for :mod:`analysis.clean.capture_date` to count a
relative time back ("3時間前", "5시간 전", "2 ชั่วโมงที่แล้ว"); a word two units write
(``m`` a minute in one language, ``min`` and ``m`` ...) is left out of it.

Usage (from the project root)::

    .venv/bin/python benchmarks/cldr_units.py [--write]

Without ``--write`` it says whether the module is what Babel gives (``make bench``).
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from babel import Locale, __version__
from cldr_months import languages, tuple_lines, write_or_check

PROJECT_ROOT = Path(__file__).resolve().parent.parent
TARGET = PROJECT_ROOT / "analysis" / "clean" / "cldr_units.py"
UNITS = ("duration-minute", "duration-hour", "duration-day")
WIDTHS = ("long", "short", "narrow")
RELATIVE_WIDTHS = ("", "-short", "-narrow")
#: Fewest letters of a unit taken (one letter is a word's letter or a date's day sign).
MIN_UNIT_LETTERS = 2
#: The units whose words count a relative time back, with the minutes one of them is.
COUNTED_UNITS = {
    "duration-minute": 1,
    "duration-hour": 60,
    "duration-day": 24 * 60,
    "duration-week": 7 * 24 * 60,
}


def _unit(text: str, min_letters: int = MIN_UNIT_LETTERS) -> str | None:
    """A pattern's unit as taken (the module docstring), or None."""
    word = unicodedata.normalize("NFC", text.replace("\u202f", " ").replace("\u00a0", " "))
    word = word.strip().rstrip(".").strip().lower()
    letters = [c for c in word if unicodedata.category(c)[0] == "L"]
    if len(letters) < min_letters or word.count(" ") > 1:
        return None
    if not all(unicodedata.category(c)[0] in "LM" or c in " .’'-" for c in word):
        return None
    return word


def language_units(language: str) -> tuple[set[str], set[str]]:
    """The units a language writes after the number and before it."""
    after: set[str] = set()
    before: set[str] = set()
    patterns = Locale.parse(language)._data["unit_patterns"]
    for unit in UNITS:
        for width in WIDTHS:
            for form, pattern in patterns.get(unit, {}).get(width, {}).items():
                if form == "per" or pattern.count("{0}") != 1:
                    continue
                head, tail = pattern.split("{0}")
                if head.strip() and tail.strip():
                    continue
                word = _unit(tail or head)
                if word is not None:
                    (after if tail.strip() else before).add(word)
    return after, before


def language_unit_minutes(language: str) -> dict[str, set[int]]:
    """A language's unit words of :data:`COUNTED_UNITS` (one letter of a caseless
    script taken), each with the minutes of the units that write it."""
    found: dict[str, set[int]] = {}
    patterns = Locale.parse(language)._data["unit_patterns"]
    for unit, minutes in COUNTED_UNITS.items():
        for width in WIDTHS:
            for form, pattern in patterns.get(unit, {}).get(width, {}).items():
                if form == "per" or pattern.count("{0}") != 1:
                    continue
                head, tail = pattern.split("{0}")
                if head.strip() and tail.strip():
                    continue
                _count(found, _unit(tail or head, min_letters=1), minutes)
    fields = Locale.parse(language)._data["date_fields"]
    for unit, minutes in COUNTED_UNITS.items():
        field = unit.removeprefix("duration-")
        for width in RELATIVE_WIDTHS:
            for pattern in dict(fields.get(field + width, {}).get("past", {})).values():
                if pattern.count("{0}") != 1:
                    continue
                head, tail = pattern.split("{0}")
                # the word beside the number: "vor {0} Tagen", "{0} 時間前"
                word = tail.split()[0] if tail.strip() else head.split()[-1] if head.strip() else ""
                _count(found, _unit(word, min_letters=1), minutes)
    return found


def _count(found: dict[str, set[int]], word: str | None, minutes: int) -> None:
    """Add a unit word and its minutes to ``found`` (one letter only of a caseless script)."""
    if word is not None and (len(word) > 1 or unicodedata.category(word) == "Lo"):
        found.setdefault(word, set()).add(minutes)


def module_text() -> str:
    """The text of ``analysis/clean/cldr_units.py``."""
    after: set[str] = set()
    before: set[str] = set()
    counted: dict[str, set[int]] = {}
    for language in languages():
        words_after, words_before = language_units(language)
        after |= words_after
        before |= words_before
        for word, minutes in language_unit_minutes(language).items():
            counted.setdefault(word, set()).update(minutes)
    lines = [
        "# ruff: noqa: E501",
        '"""The words every language of the Unicode CLDR writes for a number of minutes, hours'
        f" and days (Babel {__version__}).",
        "",
        "Written by ``benchmarks/cldr_units.py`` (never edited by hand): see there what is",
        "taken. Read by :mod:`analysis.clean.card_lines` (a card's age without a word for ago)",
        "and :mod:`analysis.clean.capture_date` (the minutes a relative time counts back).",
        '"""',
        "",
        "from __future__ import annotations",
    ]
    lines += tuple_lines(
        "UNITS_AFTER_NUMBER", after, "Units written after the number (``3 giờ``), lower case."
    )
    lines += tuple_lines(
        "UNITS_BEFORE_NUMBER", before, "Units written before the number (``saa 3``), lower case."
    )
    lines += [
        "",
        "#: The minutes a unit word counts (``時間``: 60), lower case; a word of two units"
        " left out.",
        "UNIT_MINUTES: dict[str, int] = {",
    ]
    lines.extend(
        f"    {word!r}: {minutes.pop()},"
        for word, minutes in sorted(counted.items())
        if len(minutes) == 1
    )
    lines.append("}  # fmt: skip")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    return write_or_check(module_text(), TARGET, __doc__.split("\n\n")[0], argv)


if __name__ == "__main__":
    sys.exit(main())
