"""How often does a process that read Parquet tables abort as it exits?

``pandas.read_parquet`` given a path opens it as a Python file object; pyarrow then reads
ahead on its I/O threads into Python-owned buffers, and one released on such a thread after
the interpreter began to exit aborts the process ("terminate called without an active
exception", exit status 134) once its work is done. ``analysis.io.read_parquet`` reads
through pyarrow's own local file system instead. Under CPU contention the abort is common
enough to count: this script cleans the seed pages once, then runs short child processes
that read the tables both ways, in ``--loops`` concurrent loops that alternate the two
readers (so both see the same load), and prints how many of each exited non-zero.

The count is a rate under load, not a test: a machine with idle cores may show none for
either reader.

Usage (from the project root; a few minutes on 2 cores)::

    .venv/bin/python benchmarks/parquet_exit.py [--loops 6] [--runs 40]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

#: The child process of each reader: it reads every table ``clean`` wrote, whole.
READERS = {
    "pandas.read_parquet(path)": "import pandas as pd\nread = pd.read_parquet\n",
    "analysis.io.read_parquet": "from analysis.io import read_parquet as read\n",
}
_READ_ALL = "import sys\nfor path in sys.argv[1:]:\n    read(path)\n"


def run_loop(reader: str, other: str, runs: int, paths: list[str]) -> dict[str, list[int]]:
    """One loop: ``runs`` pairs of child processes, the two readers alternated."""
    codes: dict[str, list[int]] = {reader: [], other: []}
    for _ in range(runs):
        for name in (reader, other):
            child = subprocess.run(
                [sys.executable, "-c", READERS[name] + _READ_ALL, *paths],
                cwd=PROJECT_ROOT,
                capture_output=True,
                text=True,
                check=False,
            )
            aborted = "terminate called" in child.stderr
            codes[name].append(child.returncode if child.returncode == 0 or aborted else -999)
    return codes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--loops", type=int, default=6, help="concurrent loops")
    parser.add_argument("--runs", type=int, default=40, help="child pairs a loop")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="parquet_exit_") as work:
        out = Path(work) / "processed"
        subprocess.run(
            [sys.executable, "-m", "analysis", "clean", "data/raw", "--out", str(out)],
            cwd=PROJECT_ROOT,
            check=True,
            capture_output=True,
        )
        paths = sorted(str(path) for path in out.glob("*.parquet"))
        names = list(READERS)
        with ThreadPoolExecutor(args.loops) as pool:
            loops = list(
                pool.map(
                    lambda k: run_loop(names[k % 2], names[1 - k % 2], args.runs, paths),
                    range(args.loops),
                )
            )
    print(f"{args.loops} concurrent loops, {args.runs} runs of each reader a loop")
    print(f"{'reader':<28} {'runs':>5} {'aborted (134)':>14} {'other failures':>15}")
    failed_other = False
    for name in names:
        codes = [code for loop in loops for code in loop[name]]
        aborted = sum(code in (134, -6) for code in codes)
        other = sum(code not in (0, 134, -6) for code in codes)
        failed_other |= other > 0
        print(f"{name:<28} {len(codes):>5} {aborted:>14} {other:>15}")
    return 1 if failed_other else 0


if __name__ == "__main__":
    sys.exit(main())
