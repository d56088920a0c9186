"""Dates as every language prints them: the date parser on CLDR's date formats.

For every locale of Babel's copy of the Unicode CLDR (each language once, and each
regional locale whose default digits differ from its language's: ``ar_EG``), twelve
dates of 2026, one in each month, days 1 to 28 mixed (most above 12, so a numeric
date has one order), are printed in the locale's ``long``, ``full`` and ``medium``
formats, and in its ``short`` format where that is unambiguous (a four-digit year and
a day above 12, or the month's name). A locale whose default numbering system is not
the Latin digits' (``my``, ``ne``, ``bn``, ``mr``, ``fa``, ``ar_EG``) prints them a
second time in its own digits. Each string is given to
:func:`analysis.clean.dates.parse_date` (no page around it, no page language) and
counted as read right, read wrong (another date: far worse than none) or unread, per
language and in total; every wrong reading is listed.

Usage (from the project root)::

    .venv/bin/python benchmarks/date_formats.py [--languages] [--unread LANG ...]

``--languages`` prints the row of every language (else only those with a miss);
``--unread`` lists the unread strings of the given languages.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from babel import Locale, localedata  # noqa: E402
from babel.dates import format_date  # noqa: E402

from analysis.clean.dates import parse_date  # noqa: E402
from analysis.clean.month_names import MONTH_NAMES  # noqa: E402

#: The day printed in each month, January first: most above 12 (a numeric date of one
#: order only), three at most 12 (5, 9, 3: the short numeric forms skip these).
DAYS = (13, 21, 5, 28, 17, 9, 24, 14, 3, 19, 26, 15)
YEAR = 2026
FORMATS = ("long", "full", "medium", "short")
OUTCOMES = ("right", "wrong", "unread")


#: The Unicode names of the digits of CLDR's numbering systems (the default ones of
#: Babel's locales), by CLDR's identifier; Babel prints dates in ASCII digits only.
DIGIT_NAMES = {
    "adlm": "ADLAM DIGIT",
    "arab": "ARABIC-INDIC DIGIT",
    "arabext": "EXTENDED ARABIC-INDIC DIGIT",
    "beng": "BENGALI DIGIT",
    "cakm": "CHAKMA DIGIT",
    "deva": "DEVANAGARI DIGIT",
    "hmnp": "NYIAKENG PUACHUE HMONG DIGIT",
    "mtei": "MEETEI MAYEK DIGIT",
    "mymr": "MYANMAR DIGIT",
    "nkoo": "NKO DIGIT",
    "olck": "OL CHIKI DIGIT",
    "tibt": "TIBETAN DIGIT",
}


def benchmark_locales() -> list[str]:
    """Every language of Babel's CLDR once, and for each other default numbering system
    one of its regional or script locales uses, the shortest such locale (``ar_EG``)."""
    identifiers = sorted(localedata.locale_identifiers(), key=lambda i: (len(i), i))
    languages = [i for i in identifiers if "_" not in i and i != "root"]
    seen = {(lang, Locale.parse(lang).default_numbering_system) for lang in languages}
    regional = []
    for identifier in identifiers:
        key = (identifier.split("_")[0], Locale.parse(identifier).default_numbering_system)
        if "_" in identifier and key[0] != "root" and key not in seen:
            seen.add(key)
            regional.append(identifier)
    return sorted(languages) + sorted(regional)


def _short_is_unambiguous(locale: Locale, date: dt.date) -> bool:
    """Whether the locale's short format names the month or prints a four-digit year
    and a day only one order of day and month reads."""
    pattern = locale.date_formats["short"].pattern
    unquoted = re.sub(r"'[^']*'", "", pattern)
    if re.search(r"M{3,}|L{3,}", unquoted):
        return True
    return not re.search(r"(?<!y)yy(?!y)", unquoted) and date.day > 12


def native_digits(text: str, locale: Locale) -> str | None:
    """``text`` with its ASCII digits in the locale's default digits; None when the
    locale's default digits are the Latin ones."""
    system = locale.default_numbering_system
    if system == "latn":
        return None
    zero = ord(unicodedata.lookup(DIGIT_NAMES[system] + " ZERO"))
    return "".join(chr(zero + int(c)) if "0" <= c <= "9" else c for c in text)


def printed_dates(identifier: str) -> list[tuple[str, str, dt.date]]:
    """``(format, printed, date)`` for each date the locale prints (a format with
    ``+digits`` in the locale's own digits)."""
    locale = Locale.parse(identifier)
    printed = []
    for month, day in enumerate(DAYS, start=1):
        date = dt.date(YEAR, month, day)
        for fmt in FORMATS:
            if fmt == "short" and not _short_is_unambiguous(locale, date):
                continue
            text = format_date(date, fmt, locale=locale)
            printed.append((fmt, text, date))
            native = native_digits(text, locale)
            if native is not None and native != text:
                printed.append((fmt + "+digits", native, date))
    return printed


def outcome(text: str, date: dt.date) -> str:
    """``right``, ``wrong`` or ``unread``: what :func:`parse_date` makes of ``text``."""
    found = parse_date(text)
    if found is None:
        return "unread"
    return "right" if found == date.isoformat() else "wrong"


def run() -> dict:
    """Read every locale's printed dates.

    Returns
    -------
    dict
        ``by_locale`` (locale to Counter of outcomes), ``by_format`` (format to
        Counter), ``wrong`` and ``unread`` (lists of ``(locale, format, printed,
        expected, found)``).
    """
    by_locale: dict[str, Counter[str]] = {}
    by_format: dict[str, Counter[str]] = {}
    wrong, unread = [], []
    for identifier in benchmark_locales():
        counts = by_locale.setdefault(identifier, Counter())
        for fmt, text, date in printed_dates(identifier):
            result = outcome(text, date)
            counts[result] += 1
            by_format.setdefault(fmt, Counter())[result] += 1
            row = (identifier, fmt, text, date.isoformat(), parse_date(text))
            if result == "wrong":
                wrong.append(row)
            elif result == "unread":
                unread.append(row)
    return {"by_locale": by_locale, "by_format": by_format, "wrong": wrong, "unread": unread}


def _row(label: str, counts: Counter[str]) -> str:
    total = sum(counts.values())
    cells = "  ".join(f"{counts[o]:5d} {o}" for o in OUTCOMES)
    return f"{label:14s} {cells}  of {total:5d}  ({counts['right'] / max(total, 1):.3f} right)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", action="store_true", help="every language's row")
    parser.add_argument("--unread", nargs="*", default=(), help="unread strings of these")
    args = parser.parse_args(argv)
    result = run()
    print("by language (CLDR locale):")
    for identifier, counts in result["by_locale"].items():
        if args.languages or counts["right"] < sum(counts.values()):
            print("  " + _row(identifier, counts))
    print("by format:")
    for fmt in sorted(result["by_format"]):
        print("  " + _row(fmt, result["by_format"][fmt]))
    print(f"wrong dates ({len(result['wrong'])}):")
    for identifier, fmt, text, expected, found in result["wrong"]:
        print(f"  {identifier:10s} {fmt:13s} {text!r}: {found}, printed {expected}")
    for identifier, fmt, text, expected, _ in result["unread"]:
        if identifier in args.unread:
            print(f"  unread {identifier:10s} {fmt:13s} {text!r} ({expected})")
    total = Counter()
    for counts in result["by_locale"].values():
        total.update(counts)
    hand = Counter()
    for identifier, counts in result["by_locale"].items():
        if identifier.split("_")[0] in MONTH_NAMES:
            hand.update(counts)
    print(f"languages with hand rows ({len(MONTH_NAMES)}):  " + _row("", hand))
    languages = len(result["by_locale"])
    print(f"SUMMARY {languages} locales  " + _row("all", total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
