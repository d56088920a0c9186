"""Cleaner throughput: the project's text-only cleaner against trafilatura on the HTML.

On the dev pages of the extraction benchmark (``../shared/benchmarks/extraction/dev``:
each page as a text dump ``ID.txt`` and as saved HTML ``ID.html``; third-party, read in
place) measures, in one process, CPU pages per second of:

- the project's cleaner on the text dump: what ``python -m analysis clean`` does per
  page (:func:`analysis.clean.read.read_page`, then
  :func:`analysis.clean.page_rows.clean_page`: blocks, articles and the pages row);
- trafilatura (``trafilatura.extract``, default settings) on the HTML of the same page.

The two take turns page by page, so both run under the same load on a shared machine;
times are ``time.process_time`` (CPU of this process, one core). Each pass covers every
page; ``--repeat`` passes, after one unmeasured pass (what loads once per process), give
the min-max of pages/s and of the ratio (project / trafilatura; the target of issue #15
is >= 10).

trafilatura is a dependency of the package (HTML input, analysis.clean.html_page)
(pinned in pyproject.toml and requirements.lock); without it only the project's rate
is printed.

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/cleaner_throughput.py [--repeat R] [--limit N]
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
from analysis.clean.page_rows import clean_page  # noqa: E402
from analysis.clean.read import read_page  # noqa: E402
from analysis.text import clear_line_memos  # noqa: E402

DEV_PAGES = config.SHARED_DIR / "benchmarks" / "extraction" / "dev"


def _project(path: Path) -> object:
    return clean_page(read_page(path))


def _trafilatura() -> Callable[[Path], object] | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def extract(path: Path) -> object:
        return trafilatura.extract(path.read_text(encoding="utf-8", errors="replace"))

    return extract


def one_pass(pairs: list[tuple[Path, Path]], cleaners: dict[str, Callable]) -> dict[str, float]:
    """CPU seconds of each cleaner over every page, taking turns page by page.

    Each pass starts with the project's line memos empty (analysis.text.LineMemo: a line
    worked out on an earlier page is not worked out again): a pass reuses only what its
    own earlier pages gave, as one run over the pages does.
    """
    clear_line_memos()
    seconds = dict.fromkeys(cleaners, 0.0)
    for text_path, html_path in pairs:
        for name, clean in cleaners.items():
            start = time.process_time()
            clean(text_path if name == "project (text)" else html_path)
            seconds[name] += time.process_time() - start
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="first N pages only")
    args = parser.parse_args(argv)
    if not DEV_PAGES.is_dir():
        raise SystemExit(f"{DEV_PAGES}: dev pages not found")
    pairs = [
        (path, path.with_suffix(".html"))
        for path in sorted(DEV_PAGES.glob("*.txt"))
        if path.with_suffix(".html").is_file()
    ][: args.limit]
    cleaners: dict[str, Callable] = {"project (text)": _project}
    extract = _trafilatura()
    if extract is None:
        print("trafilatura is not installed (make install): project only")
    else:
        cleaners["trafilatura (HTML)"] = extract
    # warm-up: one pass over every page, so that what either cleaner loads once per process
    # (imports, compiled patterns, the public-suffix list the first domain loads: ~0.17
    # CPU-s, 15 % of a pass of the project) is not counted in the first measured pass
    one_pass(pairs, cleaners)
    rates: dict[str, list[float]] = {name: [] for name in cleaners}
    for _ in range(args.repeat):
        seconds = one_pass(pairs, cleaners)
        for name, spent in seconds.items():
            rates[name].append(len(pairs) / spent)
    print(f"{len(pairs)} dev pages, CPU pages/s of one process, {args.repeat} passes (min-max)")
    for name, found in rates.items():
        print(f"{name:20s} {min(found):8.1f} - {max(found):8.1f}")
    if extract is not None:
        ratios = [
            ours / theirs
            for ours, theirs in zip(
                rates["project (text)"], rates["trafilatura (HTML)"], strict=True
            )
        ]
        print(f"ratio project / trafilatura: {min(ratios):.2f} - {max(ratios):.2f} (target >= 10)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
