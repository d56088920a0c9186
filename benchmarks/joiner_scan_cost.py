"""Whether a page's markup holds a zero-width joiner, old and new side by side.

:func:`analysis.clean.joiner_marks.with_joiners` (a title's or an author's joiners put
back) first asks whether the markup holds a joiner at all; it asked with one pattern of
the two characters and their entities, case folded, which the regular expression engine
tried at every character of the page (three calls a page: its title, its author...). It
now looks for the characters as substrings and for the entities by a pattern opening
with ``&`` (``joiner_marks._prints_joiner``). The old pattern is kept here
(:data:`OLD_JOINER_IN_MARKUP`) to time it against the new function in one process and
show both answer the same on every page.

Reads every dev page saved as HTML (``../shared/benchmarks/extraction/dev/*.html``,
third-party, read in place), runs both ``--repeat`` times, in turns, and prints each
one's CPU seconds (``time.process_time``, best of the runs), the load average and the
pages whose answers differ (exit status 1 when any does). Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/joiner_scan_cost.py [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis import config  # noqa: E402
from analysis.clean.joiner_marks import _prints_joiner  # noqa: E402

DEV_PAGES = config.SHARED_DIR / "benchmarks" / "extraction" / "dev"

#: ``joiner_marks._JOINER_IN_MARKUP`` as it was.
OLD_JOINER_IN_MARKUP = re.compile(r"[\u200c\u200d]|&(?:zwn?j|#(?:8204|8205|x200[cd]));", re.I)


def old_prints_joiner(html: str) -> bool:
    """The old question."""
    return OLD_JOINER_IN_MARKUP.search(html) is not None


def main() -> int:
    """Time both on the dev pages; 1 when a page's answer differs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pages = {
        path.name: path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(DEV_PAGES.glob("*.html"))
    }
    if not pages:
        print(f"no HTML pages in {DEV_PAGES}")
        return 0
    best = {"old": float("inf"), "new": float("inf")}
    found: dict[str, dict[str, bool]] = {}
    for _ in range(args.repeat):
        for name, function in (("old", old_prints_joiner), ("new", _prints_joiner)):
            start = time.process_time()
            found[name] = {page: function(markup) for page, markup in pages.items()}
            best[name] = min(best[name], time.process_time() - start)
    differ = sorted(page for page in pages if found["old"][page] != found["new"][page])
    held = sum(found["new"].values())
    print(f"load average {os.getloadavg()[0]:.2f}; {len(pages)} pages, {held} with a joiner")
    print(
        f"old {best['old']:.3f} CPU-s, new {best['new']:.3f} CPU-s a pass (best of {args.repeat})"
    )
    print(f"pages whose answer differs: {len(differ)} {' '.join(differ)}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
