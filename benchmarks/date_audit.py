"""Date audit: for every dev page whose published date is wrong, what the text holds.

The metadata benchmark's date row (``benchmarks/metadata_benchmark.py``) counts misses;
this prints, page by page, the evidence for each: the gold date(s) and the raw meta
strings they come from, the date the cleaner picks (and its line), and every date-like
string of the text dump with its line, read far more widely than the cleaner does:

- calendar dates the cleaner's parser reads (:func:`analysis.clean.dates.find_dates`);
- a month name and a day without a year ("Nov 18", "19th November"), in English and
  in the other languages the parser knows (Russian genitive too);
- numeric day and month without a year ("11/13"), dates in addresses ("/2019/11/19/",
  "20191119");
- relative times ("22 hours ago", "yesterday", "today"), weekdays ("Monday 5:30PM").

Each string is marked ``=GOLD`` when it names a gold date: a full date equal to one, a
day and month without a year equal to one's, a weekday equal to one's weekday (the
weaker evidence: a week has one such day). A page's verdict is the strongest such
mark: ``full date`` (the text holds the gold date: a miss the cleaner could fix),
``day and month`` (the year must come from elsewhere), ``weekday``, or ``none``; with
``within 1 day`` when a full date one day off is written (a time zone apart).

Usage (from the project root)::

    .venv/bin/python benchmarks/date_audit.py [--all]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis.clean import page_metadata  # noqa: E402
from analysis.clean.body import body_line_indices  # noqa: E402
from analysis.clean.dates import ENGLISH_MONTH_NUMBERS, FOREIGN_MONTHS, find_dates  # noqa: E402
from analysis.clean.read import read_page  # noqa: E402
from analysis.config import SHARED_DIR  # noqa: E402

METADATA_DIR = SHARED_DIR / "benchmarks" / "metadata"
DEV_DIR = SHARED_DIR / "benchmarks" / "extraction" / "dev"

_MONTH_WORD = r"[^\W\d_]{3,10}\.?"
#: Date-like strings the cleaner's parser does not read as dates (no year).
_YEARLESS = re.compile(
    r"(?P<md>(?<![^\W\d_])(?P<m1>" + _MONTH_WORD + r")\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?!\d))"
    r"|(?P<dm>(?<!\d)(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\.?\s+(?:of\s+|de\s+)?(?P<m2>"
    + _MONTH_WORD
    + r"))"
    r"|(?P<num>(?<![\d./])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\d/]))"
    r"|(?P<url>/(?P<uy>(?:19|20)\d\d)/(?P<um>[01]\d)/(?P<ud>[0-3]\d)/)"
    r"|(?P<compact>(?<!\d)(?P<cy>(?:19|20)\d\d)(?P<cm>[01]\d)(?P<cd>[0-3]\d)(?!\d))"
)
_RELATIVE = re.compile(
    r"\b(?:\d{1,3}|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?"
    r"\s+ago\b|\b(?:just now|yesterday|today)\b",
    re.IGNORECASE,
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = re.compile(
    r"\b(?P<w>mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday)?\b"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?",
    re.IGNORECASE,
)


_ENGLISH_MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
}


def _month_number(word: str) -> int | None:
    """The month a month's name or English abbreviation ("Nov", "Sept") names, or None."""
    word = word.rstrip(".").lower()
    if word in FOREIGN_MONTHS:
        return FOREIGN_MONTHS[word]
    if (
        word in _ENGLISH_MONTHS
        or word == "sept"
        or (len(word) == 3 and word in ENGLISH_MONTH_NUMBERS)
    ):
        return ENGLISH_MONTH_NUMBERS[word[:3]]
    return None


def date_like(line: str, gold: set[str]) -> list[tuple[str, str]]:
    """Every date-like string of ``line`` with its mark: ``full``, ``day and month``,
    ``weekday`` when it names a gold date; ``near`` for a full date one day off; else ""."""
    golds = [dt.date.fromisoformat(g) for g in gold]
    found: list[tuple[int, str, str]] = []
    spans: list[tuple[int, int]] = []
    for date in find_dates(line):
        day = dt.date.fromisoformat(date.iso)
        mark = "full" if day in golds else ""
        if not mark and any(abs((day - g).days) == 1 for g in golds):
            mark = "near"
        found.append((date.start, f"{line[date.start : date.end]} [{date.iso}]", mark))
        spans.append((date.start, date.end))

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in spans)

    for match in _YEARLESS.finditer(line):
        if not free(*match.span()):
            continue
        month_day: tuple[int, int] | None = None
        if match.group("md") and (month := _month_number(match.group("m1"))):
            month_day = (month, int(match.group("d1")))
        elif match.group("dm") and (month := _month_number(match.group("m2"))):
            month_day = (month, int(match.group("d2")))
        elif match.group("num"):
            a, b = int(match.group("a")), int(match.group("b"))
            named = any((g.month, g.day) in ((a, b), (b, a)) for g in golds)
            mark = "day and month" if named else ""
            found.append((match.start(), match.group(), mark))
            continue
        elif match.group("url") or match.group("compact"):
            keys = ("uy", "um", "ud") if match.group("url") else ("cy", "cm", "cd")
            y, m, d = (match.group(k) for k in keys)
            mark = "full" if f"{y}-{m}-{d}" in gold else ""
            found.append((match.start(), match.group(), mark))
            continue
        if month_day is not None and 1 <= month_day[1] <= 31:
            mark = "day and month" if any((g.month, g.day) == month_day for g in golds) else ""
            found.append((match.start(), match.group(), mark))
            spans.append(match.span())
    for match in _RELATIVE.finditer(line):
        found.append((match.start(), match.group(), ""))
    for match in _WEEKDAY.finditer(line):
        if not free(*match.span()):
            continue
        weekday = _WEEKDAYS.index(match.group("w").lower())
        mark = "weekday" if any(g.weekday() == weekday for g in golds) else ""
        found.append((match.start(), match.group(), mark))
    return [(text, mark) for _, text, mark in sorted(found)]


_STRENGTH = ("full", "day and month", "weekday")


def audit_page(name: str, gold: dict) -> dict:
    """One page's audit: the pick, its line, the date-like strings by line, the verdict."""
    lines = read_page(DEV_DIR / f"{name}.txt").text.split("\n")
    body = body_line_indices(lines)
    text = "\n".join(lines)
    picked = [
        (s.line_no, page_metadata.published_value(lines[s.line_no][s.start : s.end], text))
        for s in page_metadata.article_page_fields(lines, body)
        if s.field == "published"
    ]
    wanted = set(gold["published"])
    strings = []
    for i, line in enumerate(lines):
        for text, mark in date_like(line, wanted):
            strings.append((i, text, mark))
    marks = {mark for _, _, mark in strings}
    verdict = next((kind for kind in _STRENGTH if kind in marks), "none")
    if "near" in marks and verdict != "full":
        verdict += ", within 1 day"
    return {
        "picked": picked[0] if picked else (None, None),
        "body_start": body[0] if body else None,
        "strings": strings,
        "verdict": verdict,
    }


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"{path}: cannot import")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    """Print the audit; 1 when the benchmark data is absent."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="audit the right pages too")
    args = parser.parse_args(argv)
    if not (METADATA_DIR / "score.py").is_file():
        print(f"benchmark data not found under {SHARED_DIR}; nothing to audit")
        return 1
    scorer = _load("metadata_score", METADATA_DIR / "score.py")
    golds = scorer.load_gold(METADATA_DIR / "dev_gold.json")
    verdicts: dict[str, int] = {}
    dated = wrong = 0
    for name, gold in sorted(golds.items()):
        if not gold["published"]:
            continue
        dated += 1
        found = audit_page(name, gold)
        line_no, iso = found["picked"]
        if iso in gold["published"] and not args.all:
            continue
        wrong += iso not in gold["published"]
        verdicts[found["verdict"]] = verdicts.get(found["verdict"], 0) + 1
        written = gold["published_raw"]
        print(f"\n{name} {gold['host']}: gold {', '.join(gold['published'])} ({written})")
        where = f" (line {line_no})" if line_no is not None else ""
        print(f"  picked {iso}{where}; body starts at line {found['body_start']}")
        print(f"  the text holds the gold as: {found['verdict']}")
        for i, text, mark in found["strings"]:
            print(f"    {i:5d}  {text!r}{'  =GOLD ' + mark if mark in _STRENGTH else ''}")
    print(f"\n{wrong} of {dated} dated pages wrong; the text holds the gold date as:")
    for verdict, count in sorted(verdicts.items(), key=lambda v: -v[1]):
        print(f"  {verdict}: {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
