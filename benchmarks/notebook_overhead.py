"""Measure what a notebook run costs besides the analysis: kernel start, imports, papermill.

Prints, as medians over ``--repeat`` runs:

- kernel start: start a ``python3`` kernel and wait until it answers, then shut it down;
- imports in the kernel: ``from analysis.report import charts, views`` (pandas, matplotlib,
  pyarrow) and :func:`analysis.report.charts.setup_notebook`, timed inside the kernel;
- papermill, empty notebook: the whole per-notebook overhead of a kernel per notebook;
- CPU seconds per empty notebook (this process and its kernels) as the batch runs it
  (:func:`analysis.report.runner.run_notebook_job`): each in a new kernel, and one after
  the other in one warm kernel as a batch worker does (its first run, with the kernel's
  start and the report modules' imports; each next run);
- papermill, one outlet report and the comparison notebook on ``data/processed``;
- the batch ``run_reports`` with 1 worker and with 2 workers (both cores), wall time.

Usage (from the project root, after ``make metrics``)::

    PYTHONHASHSEED=0 .venv/bin/python benchmarks/notebook_overhead.py [--repeat 3] [--no-batch]

``make run`` wall time after install (the README figure)::

    make install && rm -rf data/processed reports/outlets && /usr/bin/time -p make run
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

import nbformat  # noqa: E402

from analysis import config  # noqa: E402
from analysis.report import batch, kernels, plan, runner, views  # noqa: E402
from analysis.report.runner import KERNEL_NAME  # noqa: E402

IMPORT_CODE = """
import time as _t
_start = _t.perf_counter()
from analysis.report import charts, views
charts.setup_notebook()
print(_t.perf_counter() - _start)
"""


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``action`` over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def kernel_start_and_imports(repeat: int) -> tuple[float, float]:
    """Median kernel start-up time and median import time measured inside the kernel."""
    from jupyter_client.manager import start_new_kernel

    starts, imports = [], []
    for _ in range(repeat):
        begin = time.perf_counter()
        manager, client = start_new_kernel(kernel_name=KERNEL_NAME)
        starts.append(time.perf_counter() - begin)
        try:
            printed: list[str] = []
            client.execute_interactive(
                IMPORT_CODE,
                output_hook=lambda msg, out=printed: out.append(msg["content"].get("text", "")),
                timeout=120,
            )
            imports.append(float("".join(printed).strip() or "nan"))
        finally:
            client.stop_channels()
            manager.shutdown_kernel(now=True)
    return statistics.median(starts), statistics.median(imports)


def cpu_seconds() -> float:
    """CPU seconds of this process and of its children that ended (kernels shut down)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def empty_notebook_cpu(empty: Path, folder: Path, repeat: int) -> tuple[float, float, float]:
    """CPU seconds per run of ``empty`` in a new kernel; in a warm kernel: first, each next.

    The warm kernel's first run includes its start and the import of the report modules
    (:data:`analysis.report.kernels.PRELOADED_MODULES`); the next ``repeat`` runs are
    what every further notebook of a batch worker pays. A warm kernel's CPU is counted
    when it is shut down, so the first run is measured with a kernel of its own.
    """
    runner.set_kernel_environment()
    kernels.register_engine()

    def job(name: str) -> runner.NotebookJob:
        return runner.NotebookJob(name, name, empty, folder / name, "e", {}, None, "e")

    def warm_cpu(count: int) -> float:
        start = cpu_seconds()
        kernel = kernels.WarmKernel(runner.KERNEL_NAME)
        try:
            for n in range(count):
                runner.run_notebook_job(job(f"warm{count}-{n}"), kernel)
        finally:
            kernel.close()
        return cpu_seconds() - start

    start = cpu_seconds()
    for n in range(repeat):
        runner.run_notebook_job(job(f"fresh{n}"))
    fresh = (cpu_seconds() - start) / repeat
    first = warm_cpu(1)
    return fresh, first, (warm_cpu(repeat + 1) - first) / repeat


def papermill_seconds(notebook: Path, parameters: dict, repeat: int) -> float:
    """Median wall time of one papermill run (output discarded)."""
    import papermill

    def run() -> None:
        papermill.execute_notebook(
            str(notebook),
            None,
            parameters=parameters,
            kernel_name=KERNEL_NAME,
            progress_bar=False,
        )

    return median_seconds(run, repeat)


def main(argv: list[str] | None = None) -> int:
    """Run the measurements and print them."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-batch", action="store_true", help="skip the batch timings")
    args = parser.parse_args(argv)

    outlet_metrics = views.load_table("outlet_metrics")
    outlet = views.choose_outlet(outlet_metrics)  # the first with articles
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.ipynb"
        nb = nbformat.v4.new_notebook()
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
        nb.cells.append(nbformat.v4.new_code_cell("1 + 1"))
        nbformat.write(nb, empty)

        fresh_cpu, first_cpu, next_cpu = empty_notebook_cpu(empty, Path(tmp), args.repeat)
        kernel, imports = kernel_start_and_imports(args.repeat)
        rows = [
            ("kernel start (start, wait ready)", kernel),
            ("imports + setup_notebook, in kernel", imports),
            ("papermill, empty notebook", papermill_seconds(empty, {}, args.repeat)),
            (
                f"papermill, outlet report ({outlet})",
                papermill_seconds(plan.OUTLET_NOTEBOOK, {"outlet": outlet}, args.repeat),
            ),
            (
                "papermill, comparison notebook",
                papermill_seconds(plan.COMPARISON_NOTEBOOK, {}, args.repeat),
            ),
        ]
        if not args.no_batch:
            n_outlets = len(views.outlet_names(outlet_metrics))
            n_notebooks = n_outlets - len(plan.outlets_without_report(outlet_metrics)) + 1
            for jobs in (1, 2):
                out = Path(tmp) / f"reports-{jobs}"
                seconds = median_seconds(
                    lambda out=out, jobs=jobs: batch.run_reports(
                        config.PROCESSED_DIR, out, jobs=jobs
                    ),
                    1,
                )
                rows.append((f"batch, {n_notebooks} notebooks, --jobs {jobs}", seconds))
    width = max(len(label) for label, _ in rows)
    print(f"median of {args.repeat} runs (batch: 1 run), seconds")
    for label, seconds in rows:
        print(f"  {label:<{width}}  {seconds:6.2f}")
    print(f"CPU seconds per empty notebook (with its kernel's), mean of {args.repeat}")
    print(f"  a new kernel for each                                {fresh_cpu:6.2f}")
    print(f"  warm kernel, first (start, report modules' imports)  {first_cpu:6.2f}")
    print(f"  warm kernel, each next                               {next_cpu:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
