"""CPU seconds per report notebook: this checkout against the code before the cheaper batch.

Builds a corpus from the AllSides sample (``../shared/corpora/allsides_abp``:
``--per-outlet`` articles of each of its 36 outlets, as a JSON Lines page table with
the outlet and URL columns) in a temporary folder, runs ``clean`` and ``metrics`` on it
once, then runs ``newscompare report`` on ``--outlets`` of its outlets (default all 36;
plus the comparison notebook) with ``--jobs``, in turn with:

- ``new``: this checkout;
- ``old``: a ``git worktree`` of ``--baseline`` (default: the parent of the commit that
  made outlet reports read only their rows and columns), imported through PYTHONPATH
  by the batch and its kernels.

Prints, per run, the CPU seconds of the batch and everything it started (workers,
kernels: ``RUSAGE_CHILDREN``) divided by the number of notebooks, the wall time, and
new ÷ old. Checks that both wrote the same HTML pages and JSON files byte for byte and
the same notebook outputs (the notebooks' code cells differ by the changed call), the
charts aside: their SVG changed on purpose (drawn once, laid out from their texts,
text as SVG text), so it checks that new and old show as many charts, and that the
new charts are the same bytes in every run (``--repeat`` 2 or more); exits 1 if not.
Third-party text is read in place and written only to the temporary folder.

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/report_batch_cost.py [--outlets 36]
        [--per-outlet 40] [--jobs 1] [--repeat 3] [--baseline REV]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis.io import read_parquet

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ALLSIDES = PROJECT_ROOT.parent / "shared" / "corpora" / "allsides_abp" / "articles.jsonl.gz"
PYTHON = sys.executable


def build_table(path: Path, per_outlet: int) -> list[str]:
    """Write the page table; return the outlets in it, sorted."""
    counts: dict[str, int] = {}
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as source, path.open("w") as out:
        for line in source:
            record = json.loads(line)
            if counts.get(record["outlet"], 0) >= per_outlet:
                continue
            counts[record["outlet"]] = counts.get(record["outlet"], 0) + 1
            url = record["url"] if record["url"].startswith(("http://", "https://")) else None
            row = {
                "id": record["id"],
                "text": f"{record['title']}\n\n{record['body']}",
                "outlet": record["outlet"],
                "url": url,
                "published": record["date"] or None,
            }
            out.write(json.dumps(row) + "\n")
    return sorted(counts)


def baseline_revision() -> str:
    """The parent of the commit that introduced ``load_tables_for_outlet`` in the notebook."""
    found = subprocess.run(
        [
            "git",
            "log",
            "--format=%H",
            "-S",
            "load_tables_for_outlet",
            "--",
            "notebooks/outlet_report.py",
        ],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if not found:
        raise SystemExit("no commit introduces load_tables_for_outlet; give --baseline")
    return f"{found[-1]}^"


def run(argv: list[str], pythonpath: Path | None) -> tuple[float, float]:
    """Run ``python -m analysis ARGV``; return (CPU seconds of it and its children, wall)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [PYTHON, "-m", "analysis", *argv],
        cwd=pythonpath or PROJECT_ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


SVG_DATA_URL = re.compile(rb"data:image/svg\+xml;base64,[A-Za-z0-9+/=]+")
CHART = b"(chart)"


def outputs_of(folder: Path) -> tuple[dict[str, bytes], dict[str, list[bytes]]]:
    """Every HTML page and JSON file, and each notebook's cell outputs, by relative path.

    Returns them with each chart (an SVG image) replaced by a placeholder, and the
    charts apart (by file, in order): the charts' SVG changed on purpose (one draw,
    text as text), so old and new are compared without them, and the new charts
    between two runs.
    """
    found, charts = {}, {}
    for path in sorted(folder.rglob("*")):
        relative = str(path.relative_to(folder))
        if path.suffix in (".html", ".json"):
            content = path.read_bytes()
            charts[relative] = SVG_DATA_URL.findall(content)
            found[relative] = SVG_DATA_URL.sub(CHART, content)
        elif path.suffix == ".ipynb":
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
            outputs = [cell.get("outputs", []) for cell in cells]
            charts[relative] = []
            for output in (o for cell_outputs in outputs for o in cell_outputs):
                data = output.get("data", {})
                if "image/svg+xml" in data:
                    charts[relative].append("".join(data["image/svg+xml"]).encode())
                    data["image/svg+xml"] = CHART.decode()
            found[relative] = json.dumps(outputs, sort_keys=True).encode()
    return found, charts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--outlets", type=int, default=36)
    parser.add_argument("--per-outlet", type=int, default=40)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline", default=None, help="git revision of the old code")
    args = parser.parse_args()
    if not ALLSIDES.is_file():
        print(f"skipped: {ALLSIDES} not found")
        return 0
    baseline = args.baseline or baseline_revision()
    with tempfile.TemporaryDirectory(prefix="report-cost-") as tmp:
        work = Path(tmp)
        outlets = build_table(work / "pages.jsonl", args.per_outlet)
        processed = work / "processed"
        run(["clean", str(work / "pages.jsonl"), "--out", str(processed)], None)
        run(["metrics", "--processed", str(processed), "--reports", str(work / "csv")], None)
        old_tree = work / "old"
        subprocess.run(
            ["git", "worktree", "add", "--detach", "-q", str(old_tree), baseline],
            cwd=PROJECT_ROOT,
            check=True,
        )
        shown = read_parquet(processed / "outlet_metrics.parquet")  # names as cleaned
        chosen = sorted(shown.loc[shown["n_articles"] > 0, "outlet"])[: args.outlets]
        selection = [arg for name in chosen for arg in ("--outlet", name)]
        n_notebooks = len(chosen) + 1  # and the comparison
        print(
            f"{len(outlets)} outlets x {args.per_outlet} AllSides articles; reports of "
            f"{len(chosen)} outlets + comparison, --jobs {args.jobs}; old = {baseline}"
        )
        per_notebook: dict[str, list[float]] = {"old": [], "new": []}
        new_charts: list[dict[str, list[bytes]]] = []
        try:
            for attempt in range(args.repeat):
                for name, path in (("old", old_tree), ("new", None)):
                    reports = work / f"reports-{name}"
                    argv = [
                        "report",
                        "--processed",
                        str(processed),
                        "--reports",
                        str(reports),
                        "--jobs",
                        str(args.jobs),
                        *selection,
                    ]
                    cpu, wall = run(argv, path)
                    per_notebook[name].append(cpu / n_notebooks)
                    print(
                        f"  run {attempt + 1} {name}: {cpu / n_notebooks:.2f} CPU-s per "
                        f"notebook, {wall:.0f} s wall"
                    )
                    if name == "new":
                        new_charts.append(outputs_of(reports)[1])
            (old_outputs, old_charts), (new_outputs, _) = (
                outputs_of(work / f"reports-{name}") for name in ("old", "new")
            )
            same = old_outputs == new_outputs
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(old_tree)],
                cwd=PROJECT_ROOT,
                check=False,
            )
    old, new = (statistics.median(per_notebook[k]) for k in ("old", "new"))
    low, high = min(per_notebook["new"]), max(per_notebook["new"])
    print(
        f"CPU-s per notebook, median of {args.repeat}: old {old:.2f}, new {new:.2f} "
        f"(min-max {low:.2f}-{high:.2f}); new / old = {new / old:.2f}"
    )
    print(
        f"same HTML pages, JSON files and notebook outputs, charts aside: {'yes' if same else 'NO'}"
    )
    counts_match = {k: len(v) for k, v in old_charts.items()} == {
        k: len(v) for k, v in new_charts[-1].items()
    }
    stable = all(run_charts == new_charts[0] for run_charts in new_charts)
    n_charts = sum(len(v) for k, v in new_charts[-1].items() if k.endswith(".ipynb"))
    print(
        f"charts: {n_charts} in the new notebooks; as many charts (and other SVG) as in "
        f"old: {'yes' if counts_match else 'NO'}; "
        f"new SVG bytes the same in every run: {'yes' if stable else 'NO'}"
        + ("" if args.repeat > 1 else " (one run: give --repeat 2 to check)")
    )
    return 0 if same and counts_match and stable else 1


if __name__ == "__main__":
    sys.exit(main())
