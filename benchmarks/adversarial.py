"""Worst case per adversarial input family at 1 MB: every stage must stay linear.

Each family is a page (or a body) built to hit one pattern that once made a stage
quadratic or worse (runs of blank lines, runs of dots, punctuation tokens, quote marks,
one huge line, ...). For every family the benchmark times, on a 1 MB input:

- ``clean``: :func:`analysis.clean.segment.segment_page` and
  :func:`analysis.clean.articles.articles_from_blocks` on the page;
- ``metrics``: :func:`analysis.stats.metrics.text_statistics` (words, sentences,
  readability) and :func:`analysis.stats.quotes.find_quotes` on the page used as a body
  (a body is what ``metrics`` sees; the body detector may drop an odd page, so the page
  itself is scored to reach the statistics in the worst case).

Each stage of each family runs in its own forked child process (the modules are
imported once, before), stopped at ``--limit`` CPU seconds (``RLIMIT_CPU``; a stall is
reported as ``> LIMIT``, not waited for). Times are CPU seconds of the child
(``time.process_time``), so a loaded machine slows the run without changing them much.
The baseline, in the same run, is the same stage on the same family at ``--small``
bytes: a linear stage takes about ``1 MB / small`` times longer at 1 MB, a quadratic
one the square of that. The target is every stage of every
family under 5 s at 1 MB; the benchmark exits 1 when one is not.

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/adversarial.py [--size BYTES] [--small BYTES]
        [--limit SECONDS] [--family NAME ...]
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

#: Target: every stage of every family at 1 MB, in CPU seconds.
TARGET_SECONDS = 5.0

_WORDS = "The minister said the plan would cut costs for families across the region. "


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _framed(filler: str, size: int) -> str:
    """Two real paragraphs around ``filler``: the filler sits inside an article body."""
    paragraph = _WORDS * 4
    return f"Title Of The Story\n\n{paragraph}\n{_repeat(filler, size)}\n{paragraph}\n"


#: Family name -> builder of a text of about ``size`` characters.
FAMILIES: dict[str, Callable[[int], str]] = {
    "blank lines": lambda size: _repeat("\n", size),
    "whitespace lines inside a body": lambda size: _framed(" \n", size),
    "one line of dots": lambda size: _framed(".", size),
    "dots and closing quotes": lambda size: _framed('."', size),
    "dots then a capital": lambda size: _framed(". A", size),
    "punctuation tokens": lambda size: _framed("- ", size),
    "straight double quotes": lambda size: _framed('"', size),
    "unmatched curly quotes": lambda size: _framed("\u201c", size),
    "quotes around words": lambda size: _framed('"a" ', size),
    "apostrophes": lambda size: _framed("' ", size),
    "one long word": lambda size: _framed("a", size),
    "one long line of words": lambda size: _framed("word ", size),
    "short lines": lambda size: _repeat("Ab\n", size),
    "said cues": lambda size: _framed('"Yes," he said. ', size),
    "capitalized run": lambda size: _framed("Big ", size),
    "bylines": lambda size: _repeat("By John Smith\n", size),
    "dates": lambda size: _repeat("June 2, 2025\n", size),
    "all-caps lines": lambda size: _repeat("BREAKING NEWS\n", size),
    "colons": lambda size: _framed("a: ", size),
    "dashes between words": lambda size: _framed("word -- ", size),
}


def _clean_stage(text: str) -> None:
    from analysis.clean.articles import articles_from_blocks
    from analysis.clean.segment import segment_page

    articles_from_blocks(segment_page(text, "adversarial.txt"), text)


def _metrics_stage(text: str) -> None:
    from analysis.stats.metrics import text_statistics
    from analysis.stats.quotes import find_quotes

    text_statistics(text)
    find_quotes(text)


STAGES: dict[str, Callable[[str], None]] = {"clean": _clean_stage, "metrics": _metrics_stage}


def _child(stage: str, family: str, size: int, limit: float, queue: multiprocessing.Queue) -> None:
    # CPU time, not wall time: a loaded machine slows the child without failing it.
    resource.setrlimit(resource.RLIMIT_CPU, (math.ceil(limit), math.ceil(limit) + 1))
    text = FAMILIES[family](size)
    start = time.process_time()
    STAGES[stage](text)
    queue.put(time.process_time() - start)


def time_stage(stage: str, family: str, size: int, limit: float) -> float | None:
    """CPU seconds of ``stage`` on ``family`` at ``size``; None when over ``limit``."""
    context = multiprocessing.get_context("fork")  # inherits the imported modules
    queue = context.Queue()
    process = context.Process(target=_child, args=(stage, family, size, limit, queue))
    process.start()
    process.join()
    if process.exitcode != 0:
        return None  # killed by SIGXCPU at the CPU limit
    return queue.get()


def _shown(seconds: float | None, limit: float) -> str:
    return f"> {limit:.0f}" if seconds is None else f"{seconds:.2f}"


def main(argv: list[str] | None = None) -> int:
    """Print one row per family and stage; exit 1 when a stage misses the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="bytes (default 1 MB)")
    parser.add_argument("--small", type=int, default=62_500, help="baseline size")
    parser.add_argument("--limit", type=float, default=60.0, help="CPU seconds before a kill")
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES))
    args = parser.parse_args(argv)
    families = args.family or list(FAMILIES)
    for stage in STAGES.values():
        stage("Imports happen here, once, before the children fork.\n\nA body.\n")
    ratio = args.size / args.small
    print(f"{'family':34} {'stage':8} {'small s':>8} {'1 MB s':>8} {'growth':>7}")
    print(f"(linear growth is about {ratio:.0f}x, quadratic {ratio * ratio:.0f}x)")
    worst: dict[str, float] = {}
    failed = []
    for family in families:
        for stage in STAGES:
            small = time_stage(stage, family, args.small, args.limit)
            full = time_stage(stage, family, args.size, args.limit)
            growth = f"{full / small:.1f}x" if full and small else "-"
            print(
                f"{family:34} {stage:8} {_shown(small, args.limit):>8} "
                f"{_shown(full, args.limit):>8} {growth:>7}",
                flush=True,
            )
            if full is None or not full < TARGET_SECONDS:
                failed.append(f"{family} / {stage}")
            worst[family] = max(worst.get(family, 0.0), args.limit if full is None else full)
    slowest = max(worst, key=worst.__getitem__)
    print(f"worst family: {slowest} ({worst[slowest]:.2f} s at {args.size} bytes)")
    if failed:
        print(f"over {TARGET_SECONDS:.0f} s: {', '.join(failed)}")
        return 1
    print(f"every family under {TARGET_SECONDS:.0f} s per stage")
    return 0


if __name__ == "__main__":
    sys.exit(main())
