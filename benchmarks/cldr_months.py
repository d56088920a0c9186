"""Write ``analysis/clean/cldr_months.py``: the month names and date particles of every
language of the Unicode CLDR, read through Babel (offline).

The date parser (:mod:`analysis.clean.dates`) reads these besides the hand rows of
:mod:`analysis.clean.month_names`; the module is data written by this script, never
edited by hand (``tests/test_cldr_months.py`` checks it is what this script writes
with the Babel of the lock file). Taken from each language (each locale without a
region or script):

- its months' wide names, in the format and stand-alone contexts, lower case, and the
  forms its long, full and medium date patterns glue a letter literal onto
  (``MMMM'ren'``: Basque "abenduaren"; ``'ב'MMMM``: Hebrew "בדצמבר"), without a first
  word that is one of the particles below (Catalan "de gener": "gener"); a name of
  three letters or fewer is left out (a word of its own: "out"; in a script without
  case, one letter), and so is one holding a digit or of three words or more;
- nothing of English (:mod:`analysis.clean.dates` reads its months itself);
- the word it writes before a month's number, when its months have no names
  ("tháng 12": Vietnamese);
- the words its patterns put between day, month and year (``'de'``, ``'del'``,
  ``'ta’'``, ``'gada'``, ``'ж.'``), and the letters they glue onto a day or a year
  (``d('a')``, ``y('e')'ko'``, ``d'ê'``, ``y'an'``);
- its weekdays' wide names, in the format and stand-alone contexts, lower case, taken
  as month names are ("thứ năm", "miércoles"; English too: a weekday's name says which
  day a date falls on whatever the language);
- whether its short date pattern writes the day before the month (``d/M/yy``: the
  order a numeric date "03/12/2026" printed beside its weekday's name is read in).

Usage (from the project root)::

    .venv/bin/python benchmarks/cldr_months.py [--write]

Without ``--write`` it says whether the module is what Babel gives (``make bench``).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from babel import Locale, __version__, localedata
from babel.dates import tokenize_pattern

PROJECT_ROOT = Path(__file__).resolve().parent.parent
TARGET = PROJECT_ROOT / "analysis" / "clean" / "cldr_months.py"
FORMATS = ("long", "full", "medium")
#: Fewest characters of a month name taken (a shorter one is a word of its own).
MIN_NAME_CHARS = 4
MIN_CASELESS_CHARS = 2
_PART_FIELDS = {"d", "M", "L", "y"}


def languages() -> list[str]:
    """Every locale of Babel's CLDR without a region or script (its languages), English
    aside (:mod:`analysis.clean.dates` reads English dates itself)."""
    return sorted(
        i for i in localedata.locale_identifiers() if "_" not in i and i not in ("root", "en")
    )


def _clean(literal: str) -> str:
    """A pattern literal as printed: CLDR's optional letters (``(e)``) dropped, narrow
    spaces as spaces."""
    return re.sub(r"\([^)]*\)", "", literal).replace("\u202f", " ").replace("\u00a0", " ")


#: Punctuation that separates a date's parts (a word is stripped of it).
_SEPARATORS = ",،-/\u200f"


def _word(text: str) -> str:
    """A literal's word without the separators around it ("", when it is only these or
    a dot)."""
    word = text.strip(_SEPARATORS)
    return "" if word in ("", ".") else word


def _without_particle(row: str, particles: set[str]) -> str:
    """A row of names, each without a particle some language's patterns print between a
    date's parts ("de_gener": "gener"; the date parser reads the particle there)."""
    names = []
    for name in row.split():
        first, _, rest = name.partition("_")
        bare = rest if rest and first in particles else name
        names.append(bare if _takes(bare.replace("_", " ")) else "-")
    return " ".join(names)


def _is_word(text: str) -> bool:
    return bool(text) and all(unicodedata.category(c)[0] in "LM" for c in text)


def pattern_parts(pattern: str) -> list[tuple[str, str]]:
    """The fields of a date pattern (``d``, ``M``/``L`` with their width ``M3``/``M4``,
    ``y``) and the literals between them, the weekday and era and what joins them left
    out: ``("field", "d")``, ``("chars", " de ")``."""
    parts: list[tuple[str, str]] = []
    for kind, value in tokenize_pattern(pattern):
        if kind == "field":
            char, width = value
            if char not in _PART_FIELDS:
                parts.append(("other", char))
                continue
            name = "M" + str(min(width, 4)) if char in "ML" else char
            parts.append(("field", name))
        elif parts and parts[-1][0] == "chars":
            parts[-1] = ("chars", parts[-1][1] + value)
        else:
            parts.append(("chars", value))
    # literals beside a weekday or an era belong to them
    kept: list[tuple[str, str]] = []
    for index, (kind, value) in enumerate(parts):
        if kind == "other":
            continue
        if kind == "chars":
            before = parts[index - 1][0] if index else None
            after = parts[index + 1][0] if index + 1 < len(parts) else None
            if "other" in (before, after):
                continue
        kept.append((kind, _clean(value) if kind == "chars" else value))
    return kept


def _lower_name(name: str) -> str:
    return unicodedata.normalize("NFC", name).lower().strip()


def _takes(name: str) -> bool:
    """Whether a month name is taken: letters, marks and an inner space, long enough (a
    name in a script without case, syllables or ideographs, two letters: "ጥሪ")."""
    letters = [c for c in name if unicodedata.category(c)[0] == "L"]
    fewest = MIN_NAME_CHARS if name.upper() != name else MIN_CASELESS_CHARS
    return (
        len(letters) >= fewest
        and name.count(" ") <= 1
        and all(unicodedata.category(c)[0] in "LM" or c in " ’'-" for c in name)
    )


def numbered_month_words(language: str) -> set[str]:
    """The word a language writes before a month's number instead of its name, when its
    twelve names are that word and the number ("tháng 1" .. "tháng 12": Vietnamese),
    in the wide or the abbreviated form; a word of three letters or more (CLDR's
    placeholder "M01" is none)."""
    locale = Locale.parse(language)
    words = set()
    for width in ("wide", "abbreviated"):
        names = [locale.months["format"][width][n].lower() for n in range(1, 13)]
        heads = {re.sub(rf"\s*0?{n}$", "", name) for n, name in enumerate(names, start=1)}
        if all(name[-1].isdigit() for name in names) and len(heads) == 1:
            head = heads.pop()
            if len(head) >= 3 and _is_word(head):
                words.add(head)
    return words


def language_data(language: str) -> tuple[list[str], set[str], set[str], set[str], set[str]]:
    """One language's rows of month names (twelve names, ``-`` for one not taken, a
    name of two words joined by ``_``), its particles, day suffixes, year suffixes and
    the punctuation between its date's parts."""
    locale = Locale.parse(language)
    wide = [
        {number: _lower_name(name) for number, name in locale.months[context]["wide"].items()}
        for context in ("format", "stand-alone")
    ]
    rows: list[dict[int, str]] = list(wide)
    particles: set[str] = set()
    day_suffixes: set[str] = set()
    year_suffixes: set[str] = set()
    separators: set[str] = set()
    for fmt in FORMATS:
        parts = pattern_parts(locale.date_formats[fmt].pattern)
        for index, (kind, value) in enumerate(parts):
            if kind != "chars":
                continue
            before = parts[index - 1][1] if index else None
            after = parts[index + 1][1] if index + 1 < len(parts) else None
            words = value.split()
            glued_left = bool(value) and _is_word(value[0]) and before is not None
            glued_right = bool(value) and _is_word(value[-1]) and after is not None
            separators.update(c for c in value if unicodedata.category(c)[0] == "P")
            words = [w for w in map(_word, words) if w]
            if glued_left and words:
                head = words.pop(0)
                if before == "M4" and _is_word(head):
                    rows.append({n: name + head for n, name in wide[0].items()})
                elif before == "d":
                    day_suffixes.add(head)
                elif before == "y":
                    year_suffixes.add(head)
                else:
                    particles.add(head)
            if glued_right and words:
                tail = words.pop()
                if after == "M4" and _is_word(tail):
                    rows.append({n: tail + name for n, name in wide[0].items()})
                else:
                    particles.add(tail)
            particles.update(words)
    texts = []
    for row in rows:
        names = [row[n].replace(" ", "_") if _takes(row[n]) else "-" for n in range(1, 13)]
        text = " ".join(names)
        if text not in texts and any(name != "-" for name in names):
            texts.append(text)
    return texts, particles, day_suffixes, year_suffixes, separators


def weekday_rows(language: str) -> list[str]:
    """A language's rows of weekday names, Monday first (``-``: a name not taken, a name
    of two words joined by ``_``), one row for each context whose names differ."""
    texts = []
    for context in ("format", "stand-alone"):
        names = dict(Locale.parse(language).days[context]["wide"])
        row = [_lower_name(names[day]) for day in range(7)]
        text = " ".join(name.replace(" ", "_") if _takes(name) else "-" for name in row)
        if text not in texts and text.replace("-", "").strip():
            texts.append(text)
    return texts


def writes_day_first(language: str) -> bool:
    """Whether a language's short date pattern writes the day before the month."""
    fields = [
        value
        for kind, value in pattern_parts(Locale.parse(language).date_formats["short"].pattern)
        if kind == "field"
    ]
    days = [i for i, field in enumerate(fields) if field == "d"]
    months = [i for i, field in enumerate(fields) if field.startswith("M")]
    return bool(days and months) and days[0] < months[0]


def module_text() -> str:
    """The text of ``analysis/clean/cldr_months.py``."""
    month_rows: dict[str, list[str]] = {}
    particles: set[str] = set()
    day_suffixes: set[str] = set()
    year_suffixes: set[str] = set()
    separators: set[str] = set()
    numbered: set[str] = set()
    for language in languages():
        numbered |= numbered_month_words(language)
        rows, words, days, years, marks = language_data(language)
        if rows:
            month_rows[language] = rows
        particles |= words
        day_suffixes |= days
        year_suffixes |= years
        separators |= marks
    lines = [
        "# ruff: noqa: E501 (rows of twelve names, one a line)",
        '"""Month and weekday names, date particles and the order of day and month of every'
        f" language of the Unicode CLDR (Babel {__version__}).",
        "",
        "Written by ``benchmarks/cldr_months.py`` (never edited by hand): see there what is",
        "taken. Read by :mod:`analysis.clean.dates` besides :mod:`analysis.clean.month_names`.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "#: Each language's month names, January first, lower case (``-``: a name not taken;",
        "#: ``_`` joins a name of two words); one row for each form.",
        "CLDR_MONTH_NAMES: dict[str, tuple[str, ...]] = {",
    ]
    for language, rows in month_rows.items():
        lines.append(f"    {language!r}: (")
        bare = dict.fromkeys(_without_particle(row, particles) for row in rows)
        lines.extend(f"        {row!r}," for row in bare)
        lines.append("    ),")
    lines.append("}  # fmt: skip")
    lines.append("")
    lines.append("#: Each language's weekday names, Monday first, lower case, as the month names.")
    lines.append("CLDR_WEEKDAY_NAMES: dict[str, tuple[str, ...]] = {")
    for language in ["en", *languages()]:
        rows = weekday_rows(language)
        if rows:
            lines.append(f"    {language!r}: (")
            lines.extend(f"        {row!r}," for row in rows)
            lines.append("    ),")
    lines.append("}  # fmt: skip")
    day_first = [language for language in ["en", *languages()] if writes_day_first(language)]
    for name, values, doc in (
        ("DAY_FIRST_LANGUAGES", day_first, "The languages whose short date writes the day first."),
        ("DATE_PARTICLES", particles, "The words a date pattern puts between its parts."),
        ("DAY_SUFFIXES", day_suffixes, "What a date pattern glues onto its day."),
        ("YEAR_SUFFIXES", year_suffixes, "What a date pattern glues onto its year."),
        ("DATE_SEPARATORS", separators, "The punctuation a date pattern puts between parts."),
        ("NUMBERED_MONTH_WORDS", numbered, "The words written before a month's number."),
    ):
        lines.extend(tuple_lines(name, values, doc))
    return "\n".join(lines) + "\n"


def tuple_lines(name: str, values: Iterable[str], doc: str) -> list[str]:
    """The lines of a module's sorted tuple of strings ``name``, its comment ``doc``
    over it."""
    lines = ["", f"#: {doc}", f"{name}: tuple[str, ...] = ("]
    lines.extend(f"    {value!r}," for value in sorted(values))
    lines.append(")  # fmt: skip")
    return lines


def write_or_check(text: str, target: Path, description: str, argv: list[str] | None) -> int:
    """Write ``text`` to ``target`` with ``--write``, else say whether it is the file's."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--write", action="store_true", help="write it (else only check it)")
    args = parser.parse_args(argv)
    if args.write:
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}")
        return 0
    current = target.read_text(encoding="utf-8") == text
    print("current" if current else f"{target} differs from what Babel gives: --write")
    return 0 if current else 1


def main(argv: list[str] | None = None) -> int:
    return write_or_check(module_text(), TARGET, __doc__.split("\n\n")[0], argv)


if __name__ == "__main__":
    sys.exit(main())
