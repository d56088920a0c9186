"""Peak memory of ``python -m analysis clean``: does it grow with the corpus or the page?

Builds corpora of 100, 1,000 and 10,000 pages by cycling the benchmark pages
(``../shared/benchmarks/extraction/dev/*.txt``, read from there, written to a temporary
folder outside the project), plus 100 pages with one 20 MB page among them (made by
``tests/hostile.py``). Runs ``python -m analysis clean RAW --out OUT`` on each in a
fresh subprocess and prints, per corpus: pages, total and largest page size, wall time
and the clean process's peak resident memory (``ru_maxrss`` of a wrapper process whose
only child is clean, so the value is clean's own peak).

If memory grows with the largest page and not with the number of pages, the 10,000-page
corpus peaks near the 1,000-page one (clean's row-group buffers are full by then), and
the corpus with the 20 MB page peaks higher. The growth between consecutive corpus sizes
is printed at the end.

Usage (from the project root; several minutes for 10,000 pages)::

    .venv/bin/python benchmarks/memory_clean.py [--sizes 100 1000 10000] [--keep]
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from analysis import config  # noqa: E402

DEV_DIR = config.SHARED_DIR / "benchmarks" / "extraction" / "dev"
DEFAULT_SIZES = (100, 1_000, 10_000)
BIG_PAGE_SIZE = 100

# Runs one command and prints the peak RSS (KiB on Linux) of its only child process.
_MEASURE = (
    "import resource, subprocess, sys\n"
    "status = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, status)\n"
)


def build_corpus(sources: list[Path], n_pages: int, folder: Path) -> Path:
    """Write ``n_pages`` pages cycling through ``sources`` into ``folder``."""
    folder.mkdir(parents=True)
    for index in range(n_pages):
        source = sources[index % len(sources)]
        target = folder / f"{index:05d}_{source.name}"
        shutil.copyfile(source, target)
    return folder


def build_big_page_corpus(sources: list[Path], folder: Path) -> Path:
    """``BIG_PAGE_SIZE`` pages, one of them the 20 MB page of tests/hostile.py."""
    sys.path.insert(0, str(PROJECT_ROOT / "tests"))
    import hostile

    build_corpus(sources, BIG_PAGE_SIZE - 1, folder)
    hostile.build_big_page(folder)
    return folder


def measure_clean(raw: Path, out: Path) -> tuple[int, float, int]:
    """Run clean on ``raw``; return (peak RSS in KiB, wall seconds, exit status)."""
    # The corpus cycles through its sources: --keep-duplicates reads every copy.
    command = [sys.executable, "-m", "analysis", "clean", str(raw), "--out", str(out)]
    command.append("--keep-duplicates")
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - start
    peak, status = result.stdout.split()
    return int(peak), seconds, int(status)


def describe(folder: Path) -> tuple[int, int, int]:
    """(pages, total bytes, largest page bytes) of a corpus folder."""
    sizes = [path.stat().st_size for path in folder.iterdir()]
    return len(sizes), sum(sizes), max(sizes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--no-big-page", action="store_true", help="skip the 20 MB corpus")
    parser.add_argument("--keep", action="store_true", help="keep the temporary corpora")
    args = parser.parse_args(argv)

    sources = sorted(DEV_DIR.glob("*.txt"))
    if not sources:
        print(f"no benchmark pages in {DEV_DIR}", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="newscompare-memory-"))
    corpora = [(f"{n:,} pages", lambda folder, n=n: build_corpus(sources, n, folder))
               for n in args.sizes]  # fmt: skip
    if not args.no_big_page:
        corpora.append(
            (f"{BIG_PAGE_SIZE} pages + 20 MB page", lambda f: build_big_page_corpus(sources, f))
        )
    header = f"{'corpus':<26} {'pages':>7} {'total MB':>9} {'largest MB':>11} {'seconds':>8} {'peak RSS MB':>12}"  # noqa: E501
    rows = [header, "-" * len(header)]
    peaks: dict[int, float] = {}
    print(header, flush=True)
    try:
        for index, (label, build) in enumerate(corpora):
            raw = build(work / f"raw{index}")
            n_pages, total, largest = describe(raw)
            peak_kib, seconds, status = measure_clean(raw, work / f"out{index}")
            row = (
                f"{label:<26} {n_pages:>7,} {total / 1e6:>9.1f} {largest / 1e6:>11.2f} "
                f"{seconds:>8.1f} {peak_kib / 1024:>12.0f}"
            )
            if status != 0:
                row += f"  (clean exited {status})"
            rows.append(row)
            print(row, flush=True)
            if label.endswith(" pages"):
                peaks[n_pages] = peak_kib / 1024
            shutil.rmtree(raw)
            shutil.rmtree(work / f"out{index}", ignore_errors=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print("\n".join(["", "Markdown:", *_markdown(rows[2:])]))
    if len(peaks) > 1:
        print(_growth(peaks))
    return 0


def _growth(peaks: dict[int, float]) -> str:
    """The peak RSS growth between consecutive corpus sizes, also per 1,000 pages."""
    sizes = sorted(peaks)
    lines = [""]
    for small, large in itertools.pairwise(sizes):
        growth = peaks[large] - peaks[small]
        per_thousand = growth / (large - small) * 1000
        lines.append(
            f"peak RSS growth from {small:,} to {large:,} pages: {growth:+.0f} MB "
            f"({per_thousand:+.1f} MB per 1,000 pages)"
        )
    return "\n".join(lines)


def _markdown(rows: list[str]) -> list[str]:
    lines = ["| corpus | pages | total MB | largest page MB | seconds | peak RSS MB |"]
    lines.append("|---|---:|---:|---:|---:|---:|")
    for row in rows:
        label, rest = row[:26].strip(), row[26:].split()
        lines.append("| " + " | ".join([label, *rest[:5]]) + " |")
    return lines


if __name__ == "__main__":
    sys.exit(main())
