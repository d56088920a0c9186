"""Notebooks run in turn in one warm kernel are isolated: as if each had a kernel of its own.

A batch worker keeps one kernel for all its notebooks (analysis/report/kernels.py); before
each notebook the kernel gets a fresh kernel's namespace and settings
(analysis/report/kernel_state.py). Checked here: a variable, an option, a warning filter,
a display formatter or the working folder of notebook A is not visible in notebook B;
B's files are byte for byte those B writes in a kernel of its own; the real outlet report
writes the same bytes in a reused kernel as in a fresh one; a failed notebook's kernel is
replaced.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from synthetic_tables import write_synthetic_tables

from analysis.report import kernels, plan, runner
from analysis.report.runner import NotebookJob, run_notebook_job

# Every test here starts notebook kernels.
pytestmark = pytest.mark.slow

NOTEBOOK_A = """\
import os, warnings
import pandas as pd
import matplotlib
secret = 42
pd.set_option("display.precision", 1)
matplotlib.rcParams["figure.dpi"] = 33
warnings.simplefilter("ignore")
plain = get_ipython().display_formatter.formatters["text/plain"]
plain.for_type(int, lambda n, p, c: p.text("int!"))
os.environ["NEWSCOMPARE_LEFT_BEHIND"] = "yes"
os.chdir("..")
"""

NOTEBOOK_B = """\
import os, warnings
import pandas as pd
import matplotlib
print("secret" in globals(), "NEWSCOMPARE_LEFT_BEHIND" in os.environ)
print(pd.get_option("display.precision"), matplotlib.rcParams["figure.dpi"])
print(os.path.basename(os.getcwd()), len(In), _ii == "")
print(warnings.filters[0][0], len(warnings.filters))
7
"""


def notebook_job(folder: Path, name: str, source: str) -> NotebookJob:
    path = folder / f"{name}.ipynb"
    output_dir = folder / f"out-{name}"
    output_dir.mkdir(parents=True, exist_ok=True)
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells.append(nbformat.v4.new_code_cell(source, id="only-cell"))
    nbformat.write(nb, path)
    return NotebookJob(name, name, path, output_dir, name, {}, None, name)


@pytest.fixture(scope="module")
def warm_kernel():
    runner.set_kernel_environment()
    kernels.register_engine()
    kernel = kernels.WarmKernel(runner.KERNEL_NAME)
    yield kernel
    kernel.close()


def test_a_variable_or_setting_of_notebook_a_is_not_seen_by_notebook_b(
    tmp_path: Path, warm_kernel: kernels.WarmKernel
) -> None:
    fresh_b = notebook_job(tmp_path / "fresh", "b", NOTEBOOK_B)
    assert run_notebook_job(fresh_b).ok
    warm = tmp_path / "warm"
    job_a, job_b = notebook_job(warm, "a", NOTEBOOK_A), notebook_job(warm, "b", NOTEBOOK_B)
    assert run_notebook_job(job_a, warm_kernel).ok
    assert run_notebook_job(job_b, warm_kernel).ok
    assert warm_kernel.running  # the same kernel ran both
    nb = nbformat.read(job_b.output_dir / "b.ipynb", as_version=4)
    printed = "".join(o.get("text", "") for o in nb.cells[0].outputs if o.output_type == "stream")
    assert printed.startswith("False False\n")  # neither A's variable nor its environment
    assert nb.cells[0].execution_count == 1
    for suffix in (".ipynb", ".html"):
        fresh = (fresh_b.output_dir / f"b{suffix}").read_bytes()
        assert (job_b.output_dir / f"b{suffix}").read_bytes() == fresh, suffix


def test_a_failed_notebook_replaces_the_kernel(
    tmp_path: Path, warm_kernel: kernels.WarmKernel
) -> None:
    job = notebook_job(tmp_path, "fails", "raise ValueError('no')")
    result = run_notebook_job(job, warm_kernel)
    assert not result.ok and result.ename == "ValueError"
    assert not warm_kernel.running
    after = notebook_job(tmp_path, "after", "print(1 + 1)")
    assert run_notebook_job(after, warm_kernel).ok
    assert warm_kernel.running


def test_outlet_reports_in_a_reused_kernel_are_the_fresh_kernel_bytes(
    tmp_path: Path, warm_kernel: kernels.WarmKernel
) -> None:
    names = ["Alpha", "Beta"]
    processed = write_synthetic_tables(tmp_path / "processed", names)
    outlet_metrics = runner_table(processed)
    written = {}
    for mode in ("fresh", "warm"):
        _, jobs = plan.build_jobs(outlet_metrics, processed, tmp_path / mode)
        for job in jobs:  # Beta after Alpha, the comparison after both
            assert run_notebook_job(job, warm_kernel if mode == "warm" else None).ok, job.name
        folder = tmp_path / mode
        written[mode] = {
            str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.*"))
        }
    assert len(written["warm"]) == 2 * 3 + 2
    assert written["warm"] == written["fresh"]


def runner_table(processed: Path):
    from analysis.report.views import load_table

    return load_table("outlet_metrics", processed)


def test_cancelling_after_ctrl_c_does_not_raise_the_interrupt_again():
    """A task the Ctrl-C met keeps its KeyboardInterrupt; a task awaiting it re-raises it
    when cancelled. Cancelling what the interrupted notebook left must end every task
    without raising it again (a worker printed its traceback while stopping)."""
    import asyncio

    from jupyter_core.utils import ensure_event_loop

    loop = ensure_event_loop()

    async def met_by_ctrl_c() -> None:
        await asyncio.sleep(0)
        raise KeyboardInterrupt

    async def waiting_for(task: asyncio.Future) -> None:
        await asyncio.wait_for(task, 10)

    async def cell() -> None:
        inner = asyncio.ensure_future(met_by_ctrl_c())
        tasks = [inner, asyncio.ensure_future(waiting_for(inner))]
        await asyncio.wait(tasks, timeout=1)

    with pytest.raises(KeyboardInterrupt):
        loop.run_until_complete(cell())
    kernels._cancel_pending_tasks()
    assert not [task for task in asyncio.all_tasks(loop) if not task.done()]
