"""The e-mail address pattern on the dev pages: compiled and tried everywhere, or linear.

:data:`analysis.clean.email_addresses.EMAIL_ADDRESS` is read by the site-name reader's
line phrases, the contact-note and desk-address rules and, on an HTML page, by the
author field's address check (over the page's whole markup). The pattern
(:data:`~analysis.clean.email_addresses.ADDRESS_TEXT`) compiled and tried at every
position reads a run of local part characters (letters, digits, ``. + - _``) to its end
from each of them: quadratic in a long run (a token or a data URI in the markup).
:class:`~analysis.clean.email_addresses.AddressPattern` tries it at a run's first
character and where a search starts only; since h380 it finds each run's first
character from an "@" (``str.find``) instead of a search whose look-behind is tried at
every character: :class:`RunStartSearch` keeps h366's search (the ``h366`` column).

On every file of the dev pages (``../shared/benchmarks/extraction/dev``, text dumps and
HTML; third-party, read in place) this script runs both in one process, page by page in
turn, checks that they find the same matches (spans and groups; exit 1 if not) and prints
the CPU seconds of each (``time.process_time``, best of ``--repeat``) in total and on the
slowest pages.

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/email_address_cost.py [--repeat R] [--top N]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis import config  # noqa: E402
from analysis.clean import email_addresses  # noqa: E402
from analysis.clean.email_addresses import ADDRESS_TEXT, EMAIL_ADDRESS  # noqa: E402

DEV_PAGES = config.SHARED_DIR / "benchmarks" / "extraction" / "dev"


class RunStartSearch(email_addresses.AddressPattern):
    """h366's :class:`~analysis.clean.email_addresses.AddressPattern`: the run's first
    character searched with the look-behind pattern from ``pos + 1``."""

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The first address at or after ``pos``."""
        return email_addresses._ADDRESS.match(
            text, pos
        ) or email_addresses._ADDRESS_AT_RUN_START.search(text, pos + 1)


def _found(finder: object, text: str) -> tuple[list[tuple], float]:
    start = time.process_time()
    found = [(m.span(), m.group("local"), m.group("domain")) for m in finder.finditer(text)]
    return found, time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)
    compiled = re.compile(ADDRESS_TEXT, re.I)
    paths = sorted(p for p in DEV_PAGES.iterdir() if p.suffix in {".txt", ".html"})
    best: dict[str, dict[str, float]] = {"compiled": {}, "h366": {}, "linear": {}}
    h366 = RunStartSearch()
    same = True
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        for _ in range(args.repeat):
            old, old_seconds = _found(compiled, text)
            new, new_seconds = _found(EMAIL_ADDRESS, text)
            before, h366_seconds = _found(h366, text)
            same = same and old == new == before
            timed = (("compiled", old_seconds), ("h366", h366_seconds), ("linear", new_seconds))
            for name, seconds in timed:
                best[name][path.name] = min(best[name].get(path.name, seconds), seconds)
    print(f"{len(paths)} files of {DEV_PAGES}, best of {args.repeat}; same matches: {same}")
    for name, seconds in best.items():
        print(f"  {name:9s} total {sum(seconds.values()):7.3f} CPU-s")
    slowest = sorted(best["compiled"], key=best["compiled"].get, reverse=True)[: args.top]
    for name in slowest:
        print(f"  {name:24s} {best['compiled'][name]:7.3f} -> {best['linear'][name]:7.4f} CPU-s")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
