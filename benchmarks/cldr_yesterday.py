"""Write ``analysis/clean/cldr_yesterday.py``: the word for "yesterday" in every language
of the Unicode CLDR (its relative day -1), read from the CLDR's JSON data.

Babel's locale data (the lock file's Babel 2.18.0) leaves the relative day names out
(its ``date_fields`` hold only the "{0} days ago" patterns
:mod:`benchmarks.cldr_relative` reads), so this script reads the CLDR's own JSON
release, the npm package ``cldr-dates-full`` (``npm pack cldr-dates-full@48.2.0``, its
``package/main/LANG/dateFields.json``), from a folder given on the command line. Taken
from each language (each locale without a region or script), English aside
(:mod:`analysis.clean.capture_date` reads it itself): the ``relative-type--1`` of the
``day`` field in the long, short and narrow widths, NFC, lower case, narrow and no-break
spaces as spaces; a word is left out when it is also the language's "today" or
"tomorrow" (Hindi "कल" is both yesterday and tomorrow), or holds a digit or fewer than
:data:`MIN_LETTERS` letters. The module is data written by this script, never edited by
hand. :mod:`analysis.clean.card_lines` reads a word of it only as a whole field of a
line (:func:`~analysis.clean.card_lines.lone_yesterday`), where a common word of
another language ("hier", Dutch for "here") is no risk to a sentence.

Usage (from the project root)::

    .venv/bin/python benchmarks/cldr_yesterday.py CLDR_DATES_FULL/package [--write]

Without ``--write`` it says whether the module is what that release gives.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

from cldr_months import tuple_lines

PROJECT_ROOT = Path(__file__).resolve().parent.parent
TARGET = PROJECT_ROOT / "analysis" / "clean" / "cldr_yesterday.py"
WIDTHS = ("day", "day-short", "day-narrow")
#: Fewest letters of a word taken (a one-letter word is an abbreviation).
MIN_LETTERS = 2


def _printed(word: str) -> str:
    """A word as a page prints it: NFC, lower case, plain spaces."""
    text = word.replace("\u202f", " ").replace("\u00a0", " ")
    return unicodedata.normalize("NFC", text).lower().strip()


def _taken(word: str, other_days: set[str]) -> bool:
    """Whether a language's word for yesterday is taken (the module docstring)."""
    letters = [c for c in word if unicodedata.category(c)[0] == "L"]
    return (
        word not in other_days
        and not any(c.isdigit() for c in word)
        and len(letters) >= MIN_LETTERS
    )


def language_words(fields: dict) -> set[str]:
    """A language's words for yesterday, as taken, from its ``dates.fields``."""
    words: set[str] = set()
    other: set[str] = set()
    for width in WIDTHS:
        field = fields.get(width, {})
        if "relative-type--1" in field:
            words.add(_printed(field["relative-type--1"]))
        other |= {_printed(field[k]) for k in ("relative-type-0", "relative-type-1") if k in field}
    return {word for word in words if _taken(word, other)}


def module_text(package: Path) -> str:
    """The text of ``analysis/clean/cldr_yesterday.py`` from the release in ``package``."""
    version = json.loads((package / "package.json").read_text(encoding="utf-8"))["version"]
    words: set[str] = set()
    for folder in sorted((package / "main").iterdir()):
        if "-" in folder.name or folder.name in ("root", "en", "und"):
            continue
        data = json.loads((folder / "dateFields.json").read_text(encoding="utf-8"))
        words |= language_words(data["main"][folder.name]["dates"]["fields"])
    lines = [
        "# ruff: noqa: E501",
        '"""The word for "yesterday" in every language of the Unicode CLDR (CLDR'
        f" {version}, ``cldr-dates-full``).",
        "",
        "Written by ``benchmarks/cldr_yesterday.py`` (never edited by hand): see there what is",
        "taken. Read by :func:`analysis.clean.card_lines.lone_yesterday` (a card's age).",
        '"""',
        "",
        "from __future__ import annotations",
    ]
    lines += tuple_lines(
        "YESTERDAY_WORDS", words, 'Each language\'s "yesterday" (``gisteren``), lower case.'
    )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "package", type=Path, nargs="?", help="cldr-dates-full's unpacked package folder"
    )
    parser.add_argument("--write", action="store_true", help="write it (else only check it)")
    args = parser.parse_args(argv)
    if args.package is None:  # `make bench` runs every script: nothing is downloaded
        print("cldr_yesterday: no cldr-dates-full folder given; module not checked (see usage)")
        return 0
    text = module_text(args.package)
    if args.write:
        TARGET.write_text(text, encoding="utf-8")
        print(f"wrote {TARGET}")
        return 0
    current = TARGET.read_text(encoding="utf-8") == text
    print("current" if current else f"{TARGET} differs from what the release gives: --write")
    return 0 if current else 1


if __name__ == "__main__":
    sys.exit(main())
