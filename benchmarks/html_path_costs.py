"""Costs of the HTML path's page-wide searches, old and new side by side.

Each part below is a search the HTML path makes over a whole page's markup, kept here as
it was (``old``) beside the package's function (``new``), both run on every dev page
saved as HTML (``../shared/benchmarks/extraction/dev/*.html``, third-party, read in
place), in turns, ``--repeat`` times; the script prints each one's CPU seconds
(``time.process_time``, best of the runs), the load average, and the pages where the two
answer differently (exit status 1 when any does).

- ``photo credits``: :func:`analysis.clean.photo_credits._credited_for_photos`, asked for
  each of :data:`NAMES` beside the others on every page. Its pattern opens with ~35
  photo-credit labels tried at every character of the markup (a megabyte page: ~105 ms
  a name); a look-ahead now tests first the character a match must open with
  (:func:`analysis.clean.photo_credits.credit_pattern`).

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/html_path_costs.py [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis import config  # noqa: E402
from analysis.clean import photo_credits  # noqa: E402

DEV_PAGES = config.SHARED_DIR / "benchmarks" / "extraction" / "dev"

#: Made-up names of an author field: the photo-credit search is asked about each.
NAMES = ("Lucía Pardo", "Iván Soler", "Anna Smith")


def old_credited_for_photos(name: str, others: list[str], page: str) -> bool:
    """``photo_credits._credited_for_photos`` as it was: the labels tried everywhere."""
    label, between = photo_credits._LABEL, photo_credits._BETWEEN
    pattern = re.compile(
        rf"(?<![^\W\d_])(?:{label}){between}{re.escape(name)}(?!\w)"
        rf"|(?<![^\W\d_]){re.escape(name)}\s*(?:<[^>]*>\s*)*[(（]\s*(?:{label})\s*[)）]",
        re.IGNORECASE,
    )
    for found in pattern.finditer(page):
        before = page[max(0, found.start() - photo_credits._CREDITS_LINE_CHARS) : found.start()]
        if photo_credits._JOINED_BEFORE.search(before[-12:]) is None and any(
            other.casefold() in before.casefold() for other in others
        ):
            return True
    return False


def _credits(function: Callable[[str, list[str], str], bool], page: str) -> tuple[bool, ...]:
    return tuple(
        function(name, [other for other in NAMES if other != name], page) for name in NAMES
    )


#: part -> (old, new): each takes a page's markup and gives what is compared.
PARTS: dict[str, tuple[Callable[[str], object], Callable[[str], object]]] = {
    "photo credits": (
        lambda page: _credits(old_credited_for_photos, page),
        lambda page: _credits(photo_credits._credited_for_photos, page),
    ),
}


def main(argv: list[str] | None = None) -> int:
    """Time each part old and new on the dev pages; 1 when a page's answers differ."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    pages = {
        path.name: path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(DEV_PAGES.glob("*.html"))
    }
    if not pages:
        print(f"no HTML pages in {DEV_PAGES}")
        return 0
    status = 0
    print(f"{len(pages)} dev HTML pages, CPU-s (best of {args.repeat}), old -> new")
    for part, (old, new) in PARTS.items():
        best = {"old": float("inf"), "new": float("inf")}
        found: dict[str, dict[str, object]] = {"old": {}, "new": {}}
        for _ in range(args.repeat):
            for which, function in (("old", old), ("new", new)):
                start = time.process_time()
                found[which] = {name: function(markup) for name, markup in pages.items()}
                best[which] = min(best[which], time.process_time() - start)
        differ = [name for name in pages if found["old"][name] != found["new"][name]]
        print(
            f"{part:16s} {best['old']:7.3f} -> {best['new']:7.3f}"
            f"  pages that differ: {len(differ)} {differ[:5]}"
        )
        status = status or int(bool(differ))
    print("load average:", " ".join(f"{load:.2f}" for load in os.getloadavg()))
    return status


if __name__ == "__main__":
    raise SystemExit(main())
