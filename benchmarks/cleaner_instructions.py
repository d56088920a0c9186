"""Instructions the text-only cleaner executes per dev page, counted by Valgrind.

CPU time on a shared machine moves by 10-20 % between runs of the same code, more than
most speed-ups of the cleaner (``benchmarks/cleaner_throughput.py`` and
``benchmarks/cleaner_profile.py`` time it). The instructions a process executes do not
depend on the load: this script runs, under ``valgrind --tool=callgrind``, a process
that cleans the dev pages of the extraction benchmark (``../shared/benchmarks/extraction/dev``,
third-party, read in place) with :func:`analysis.clean.page_rows.clean_page`, once after a
warm-up pass (imports, lazy loads, compiled patterns) and once with the warm-up only, and
prints the difference per page: the instructions of one pass, line memos emptied first
(as ``cleaner_throughput.py``'s passes). ``PYTHONHASHSEED=0``, so two runs of the same
code count nearly the same (within ~0.1 %). Compare two trees by running the script of
each (``cd TREE && python benchmarks/cleaner_instructions.py``). Instructions are not
time (a regular expression's loop and a dict look-up cost different times per
instruction): use them to tell whether a change saves work, the timed benchmarks for
how much time.

Needs ``valgrind`` on the PATH (without it the script says so and exits 0); about 3
minutes on the 109 dev pages (Valgrind runs Python ~50 times slower).

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/cleaner_instructions.py [--limit N]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis import config  # noqa: E402

DEV_PAGES = config.SHARED_DIR / "benchmarks" / "extraction" / "dev"
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def clean_passes(passes: int, limit: int | None) -> None:
    """Clean the dev pages once (warm-up), then ``passes`` more times, memos emptied."""
    from analysis.clean.page_rows import clean_page, read_page
    from analysis.text import clear_line_memos

    pages = [read_page(path) for path in sorted(DEV_PAGES.glob("*.txt"))[:limit]]
    for page in pages:
        clean_page(page)
    for _ in range(passes):
        clear_line_memos()
        for page in pages:
            clean_page(page)


def counted_instructions(passes: int, limit: int | None) -> int:
    """Instructions of a process running :func:`clean_passes` (callgrind's total)."""
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        str(Path(__file__).resolve()),
        "--inner",
        str(passes),
    ]
    if limit is not None:
        command += ["--limit", str(limit)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    found = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"valgrind run failed ({done.returncode}): {done.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N dev pages only")
    parser.add_argument("--inner", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not DEV_PAGES.is_dir():
        raise SystemExit(f"{DEV_PAGES}: dev pages not found")
    if args.inner is not None:  # the process valgrind runs
        clean_passes(args.inner, args.limit)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: no instructions counted")
        return 0
    n_pages = len(sorted(DEV_PAGES.glob("*.txt"))[: args.limit])
    warm_up = counted_instructions(0, args.limit)
    with_pass = counted_instructions(1, args.limit)
    per_page = (with_pass - warm_up) / n_pages
    print(
        f"{n_pages} dev pages: {(with_pass - warm_up) / 1e9:.3f} G instructions a pass "
        f"(process {with_pass / 1e9:.3f} G, warm-up only {warm_up / 1e9:.3f} G), "
        f"{per_page / 1e6:.2f} M a page"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
