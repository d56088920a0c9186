"""A ``clean`` worker's first HTML page, with and without the HTML reader preloaded.

``clean --jobs N`` forks its workers from a server that has imported the cleaner
(:data:`analysis.parallel.STAGE_WORKER_MODULES`). The HTML reader's libraries
(trafilatura, and the htmldate and dateparser it imports) were imported by each worker
on its first HTML page; for a folder holding HTML files the server now imports them
too (:mod:`analysis.clean.html_libraries`), once, before it forks the workers.

This script measures both in one process: it imports the cleaner, forks a worker (the
previous server's worker: the libraries not loaded), then imports
:data:`~analysis.clean.html_libraries.HTML_LIBRARIES` as the server now does (timed) and
forks another worker. Each worker reads and cleans the same pages of the extraction
benchmark (``../shared/benchmarks/extraction/dev``, read in place) as a worker does and
reports the CPU
and wall seconds of its first page and of the next ``--pages`` - 1. Repeats
``--repeat`` times (fresh processes each time: the imports cannot be undone in one),
best figure each. The machine may be shared: read the figures side by side, and the
load printed with them.

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/worker_start.py [--pages N] [--repeat R]
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis import config  # noqa: E402

DEV_PAGES = config.SHARED_DIR / "benchmarks" / "extraction" / "dev"


def clean_pages(paths: list[Path]) -> list[tuple[float, float]]:
    """CPU and wall seconds of cleaning each page, in turn, as a worker does
    (:func:`analysis.clean.page_rows.clean_chunk`, a chunk of one page)."""
    from analysis.clean.page_rows import clean_chunk
    from analysis.clean.read import RawEntry

    times = []
    for path in paths:
        cpu, wall = time.process_time(), time.perf_counter()
        clean_chunk(([RawEntry(path, path.name)], {}))
        times.append((time.process_time() - cpu, time.perf_counter() - wall))
    return times


def in_child(paths: list[Path]) -> list[tuple[float, float]]:
    """:func:`clean_pages` in a forked child (what a worker of the server does)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker
        os.close(read)
        with os.fdopen(write, "w") as out:
            json.dump(clean_pages(paths), out)
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as found:
        times = json.load(found)
    os.waitpid(pid, 0)
    return times


def one_run(n_pages: int) -> dict[str, float]:
    """One measure, in this (fresh) process: module docstring."""
    from analysis.clean.html_libraries import HTML_LIBRARIES
    from analysis.parallel import STAGE_WORKER_MODULES

    importlib.import_module(STAGE_WORKER_MODULES["clean"])
    paths = sorted(DEV_PAGES.glob("*.html"))[:n_pages]
    before = in_child(paths)
    cpu, wall = time.process_time(), time.perf_counter()
    for name in HTML_LIBRARIES:
        importlib.import_module(name)
    server = (time.process_time() - cpu, time.perf_counter() - wall)
    after = in_child(paths)
    return {
        "server_cpu": server[0],
        "server_wall": server[1],
        "before_first_cpu": before[0][0],
        "before_first_wall": before[0][1],
        "before_rest_cpu": sum(cpu for cpu, _ in before[1:]),
        "after_first_cpu": after[0][0],
        "after_first_wall": after[0][1],
        "after_rest_cpu": sum(cpu for cpu, _ in after[1:]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--one-run", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one_run:
        print(json.dumps(one_run(args.pages)))
        return 0
    runs = []
    for _ in range(args.repeat):
        done = subprocess.run(
            [sys.executable, __file__, "--one-run", "--pages", str(args.pages)],
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(done.stdout))
    best = {key: min(run[key] for run in runs) for key in runs[0]}
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"load average {load}; best of {args.repeat}; {args.pages} dev HTML pages per worker")
    print(
        f"  worker without the libraries (before): first page {best['before_first_cpu']:.2f} "
        f"CPU-s / {best['before_first_wall']:.2f} s wall, next {args.pages - 1} pages "
        f"{best['before_rest_cpu']:.2f} CPU-s"
    )
    print(
        f"  server importing them once (now):     {best['server_cpu']:.2f} CPU-s / "
        f"{best['server_wall']:.2f} s wall"
    )
    print(
        f"  worker forked after (now):            first page {best['after_first_cpu']:.2f} "
        f"CPU-s / {best['after_first_wall']:.2f} s wall, next {args.pages - 1} pages "
        f"{best['after_rest_cpu']:.2f} CPU-s"
    )
    saved = best["before_first_cpu"] - best["after_first_cpu"]
    print(f"  saved per worker: {saved:.2f} CPU-s (the server pays it once for all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
