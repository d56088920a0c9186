"""Where the text-only cleaner's time goes: CPU ms and calls per page, part by part.

Cleans the dev pages of the extraction benchmark (``../shared/benchmarks/extraction/dev``,
third-party, read in place) with :func:`analysis.clean.page_rows.clean_page`, as
``benchmarks/cleaner_throughput.py`` does, with each part of the cleaner wrapped to add
up its CPU time (``time.process_time``) and count its calls. Parts nest (the body
detector's line features inside the body detector, the headline inside the page
metadata), so the shares add up to more than 100 %. The calls per page count work
without a clock: the site name once per page, the body detector once per page.

``--warm`` adds a column: each part's CPU ms a page when every line is known already
(the same passes again with the line memos kept, so every per-line value a memo holds
is a look-up: ``analysis.text.LineMemo``). It bounds what computing the per-line facts
faster (in a shared table, or in compiled code) could give: the warm column is what
is left of each part if those facts cost nothing.

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/cleaner_profile.py [--repeat R] [--warm]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis import config  # noqa: E402
from analysis.clean import (  # noqa: E402
    body,
    card_lines,
    listing_lookalikes,
    page_metadata,
    page_rows,
    segment,
)
from analysis.text import clear_line_memos  # noqa: E402

DEV_PAGES = config.SHARED_DIR / "benchmarks" / "extraction" / "dev"

#: (module, attribute, part name): the parts timed, as the caller's module sees them.
PARTS = [
    (page_rows, "read_page", "read_page"),
    (page_rows, "page_site_name", "site name (site_name.page_site_name)"),
    (segment, "find_cards_or_updates", "listing test (listing.find_cards_or_updates)"),
    (card_lines, "_early_kind", "  line kinds, first tests (card_lines._early_kind)"),
    (card_lines, "_late_kind", "  line kinds, later tests (card_lines._late_kind)"),
    (segment, "body_line_indices", "body detector (body.body_line_indices)"),
    (listing_lookalikes, "body_line_indices", "body detector from the listing test"),
    (body, "line_features", "  line features (body.features)"),
    (segment, "article_page_fields", "page metadata (page_metadata.article_page_fields)"),
    (page_metadata, "find_title_line", "  headline (headline.find_title_line)"),
    (segment, "_block_columns", "blocks (segment._block_columns)"),
    (page_rows, "article_rows", "article rows (articles.article_rows)"),
    (page_rows, "page_row", "pages row (page_rows.page_row)"),
]


def _timed(original: Callable, seconds: dict[str, float], calls: dict[str, int], name: str):
    def timed(*args, **kwargs):
        start = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            seconds[name] += time.process_time() - start
            calls[name] += 1

    return timed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="passes over the pages (2)")
    parser.add_argument(
        "--warm", action="store_true", help="also time passes with every line known"
    )
    args = parser.parse_args(argv)
    if not DEV_PAGES.is_dir():
        raise SystemExit(f"{DEV_PAGES}: dev pages not found")
    pages = sorted(DEV_PAGES.glob("*.txt"))
    for path in pages:  # warm-up, every page once: imports, lazy loads, compiled patterns
        page_rows.clean_page(page_rows.read_page(path))
    seconds = {name: 0.0 for _, _, name in PARTS}
    calls = dict.fromkeys(seconds, 0)
    for module, attribute, name in PARTS:
        setattr(module, attribute, _timed(getattr(module, attribute), seconds, calls, name))
    total = _passes(pages, args.repeat, keep_memos=False)
    cold, cold_calls = dict(seconds), dict(calls)
    warm = None
    if args.warm:  # the memos now hold every line of the pages
        for name in seconds:
            seconds[name], calls[name] = 0.0, 0
        warm = _passes(pages, args.repeat, keep_memos=True)
    n_pages = args.repeat * len(pages)
    print(
        f"{len(pages)} dev pages x {args.repeat}: {1000 * total / n_pages:.1f} CPU-ms a page "
        f"({n_pages / total:.1f} pages/s with the timing wrappers)"
        + (f"; every line known: {1000 * warm / n_pages:.1f} CPU-ms a page" if warm else "")
    )
    print(
        f"{'part':52s} {'ms/page':>8s} {'share':>6s} {'calls/page':>10s}"
        + (f" {'warm ms':>8s}" if warm else "")
    )
    for name in seconds:
        print(
            f"{name:52s} {1000 * cold[name] / n_pages:8.2f} "
            f"{100 * cold[name] / total:5.1f}% {cold_calls[name] / n_pages:10.2f}"
            + (f" {1000 * seconds[name] / n_pages:8.2f}" if warm else "")
        )
    return 0


def _passes(pages: list[Path], repeat: int, keep_memos: bool) -> float:
    """CPU seconds of ``repeat`` passes over ``pages``; the line memos are emptied at
    each pass (each pass reuses only its own earlier pages' lines) unless
    ``keep_memos``."""
    start = time.process_time()
    for _ in range(repeat):
        if not keep_memos:
            clear_line_memos()
        for path in pages:
            page_rows.clean_page(page_rows.read_page(path))
    return time.process_time() - start


if __name__ == "__main__":
    raise SystemExit(main())
