"""Memory of one outlet's bootstrap intervals: does it grow with the outlet's size?

``metrics`` builds the outlet table last, one outlet at a time; its largest single
allocation is the bootstrap of the largest outlet (:mod:`analysis.stats.bootstrap`:
blocks of resample counts, resamples x units, and their temporaries). This benchmark
runs :func:`analysis.stats.bootstrap.intervals` with the statistics the outlet table
computes (seven pooled ratios and a median: ``analysis.stats.outlets``) on synthetic
outlets of ``--sizes`` articles, with the block cap of today (``_BLOCK_CELLS``) and the
cap before it (2,000,000 cells), in the same process, and prints the peak of the
memory numpy allocates during the call (``tracemalloc``, which sees numpy's buffers)
and the CPU seconds of each. The intervals must be equal under both caps (exit 1 if
not). Memory does not depend on the machine's load; CPU seconds do, a little.

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/bootstrap_memory.py [--sizes 285 2850 28500]
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

import numpy as np  # noqa: E402

from analysis.stats import bootstrap  # noqa: E402

#: The cap before 2026-12-02 (h15): blocks of up to this many resample cells.
PREVIOUS_BLOCK_CELLS = 2_000_000
#: The largest outlet at 10,000 / 100,000 / 1,000,000 articles of ``memory_metrics.py``
#: (its AllSides records repeat: 200 of 7,018 records are the largest outlet's).
DEFAULT_SIZES = (285, 2_850, 28_500)


def outlet_statistics(n_articles: int) -> tuple[dict, dict]:
    """The ratios and medians of one synthetic outlet (as ``outlets._article_intervals``)."""
    rng = np.random.default_rng(n_articles)
    words = rng.integers(50, 2_000, size=n_articles).astype(float)
    quoted = np.floor(words * rng.uniform(0, 0.4, size=n_articles))
    ratios = {
        "quote_share_pooled": (quoted, words),
        "quote_share_all_pooled": (quoted * 1.1, words),
        "quotes_per_1000_words": (1000.0 * rng.integers(0, 9, size=n_articles), words),
        "original_share": (np.where(rng.random(n_articles) < 0.9, words, 0.0), words),
        **{
            f"score{k}_wmean": bootstrap.weighted_terms(rng.normal(50, 15, n_articles), words)
            for k in range(3)
        },
    }
    return ratios, {"median_words": words}


def measured(n_articles: int, cells: int) -> tuple[float, float, dict]:
    """Peak MB traced, CPU seconds and the intervals of one outlet under block cap ``cells``."""
    ratios, medians = outlet_statistics(n_articles)
    saved = bootstrap._BLOCK_CELLS
    bootstrap._BLOCK_CELLS = cells
    tracemalloc.start()
    start = time.process_time()
    try:
        found = bootstrap.intervals(bootstrap.outlet_seed("outlet"), ratios, medians)
        seconds = time.process_time() - start
        peak = tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()
        bootstrap._BLOCK_CELLS = saved
    return peak, seconds, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    args = parser.parse_args(argv)
    caps = {"previous": PREVIOUS_BLOCK_CELLS, "now": bootstrap._BLOCK_CELLS}
    print(f"block cap: previous {caps['previous']:,} cells, now {caps['now']:,} cells")
    print("articles  peak MB previous  peak MB now  CPU s previous  CPU s now  same intervals")
    failed = False
    for size in args.sizes:
        runs = {name: measured(size, cells) for name, cells in caps.items()}
        same = runs["previous"][2] == runs["now"][2]
        failed |= not same
        print(
            f"{size:8d}  {runs['previous'][0]:16.1f}  {runs['now'][0]:11.1f}  "
            f"{runs['previous'][1]:14.2f}  {runs['now'][1]:9.2f}  {same}",
            flush=True,
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
