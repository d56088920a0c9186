"""Finding a script framework's application state in a page, old and new side by side.

:func:`analysis.clean.script_data.app_state_name` searched the markup with one pattern
of eight forms, case folded; three of them open with a word boundary, which the regular
expression engine looks for at every character of the page: about 1 CPU-s on the 109 dev
HTML pages, linear in their size (a megabyte page 59 ms). It now searches each form on
its own (:data:`analysis.clean.script_data._APP_STATE_FORMS`), the word forms from their
word, the boundary looked at apart, and keeps the first found (the first form where two
start at one place), as the one pattern did. The old pattern is kept here
(:data:`OLD_APP_STATE`) to time it against the new function in one process and show
both name the same state on every page.

Reads every dev page saved as HTML (``../shared/benchmarks/extraction/dev/*.html``,
third-party, read in place), runs both ``--repeat`` times each, in turns, and prints each
one's CPU seconds (``time.process_time``, best of the runs), the load average, and the
pages whose names differ (exit status 1 when any does). Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/app_state_cost.py [--repeat R]
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
from analysis.clean.script_data import app_state_name  # noqa: E402

DEV_PAGES = config.SHARED_DIR / "benchmarks" / "extraction" / "dev"

#: ``script_data._APP_STATE`` as it was: one pattern of the eight forms.
OLD_APP_STATE = re.compile(
    r"""<script\b[^>]*\bid\s*=\s*["']?(__NEXT_DATA__|__NUXT_DATA__)\b"""
    r"|\bwindow\.(__NUXT__|__INITIAL_STATE__|__PRELOADED_STATE__|__APOLLO_STATE__"
    r"|__remixContext|__reactRouterContext)\s*="
    r"|\bself\.(__next_f)\.push\("
    r"|\bFusion\.(globalContent)\s*="
    r"|<(astro-island)\b[^>]*?\sprops\s*="
    r"""|<script\b(?=[^>]*\btype\s*=\s*["']?application/json)[^>]*\bid\s*=\s*["']?([\w-]*-state)\b"""
    r"""|<div\b[^>]*?\s(data-page)\s*=\s*["']\{"""
    r"""|<script\b[^>]*\s(data-sveltekit-fetched)\b""",
    re.IGNORECASE,
)


def old_app_state_name(markup: str) -> str | None:
    """``app_state_name`` as it was."""
    match = OLD_APP_STATE.search(markup)
    if match is None:
        return None
    return next(name for name in match.groups() if name)


def main() -> int:
    """Time both on the dev pages; 1 when a page's state differs."""
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
    found: dict[str, dict[str, str | None]] = {"old": {}, "new": {}}
    for _ in range(args.repeat):
        for name, function in (("old", old_app_state_name), ("new", app_state_name)):
            start = time.process_time()
            found[name] = {page: function(markup) for page, markup in pages.items()}
            best[name] = min(best[name], time.process_time() - start)
    differ = sorted(page for page in pages if found["old"][page] != found["new"][page])
    named = sum(state is not None for state in found["new"].values())
    print(f"load average {os.getloadavg()[0]:.2f}; {len(pages)} pages, {named} with a state")
    print(f"old {best['old']:.3f} CPU-s, new {best['new']:.3f} CPU-s (best of {args.repeat})")
    print(f"pages whose state differs: {len(differ)} {' '.join(differ)}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
