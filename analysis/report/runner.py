"""Run one notebook with papermill and write its files atomically: a :class:`NotebookJob`.

Reads a notebook and its checked parameters (a :class:`NotebookJob`) and writes the
executed notebook ``STEM.ipynb``, its HTML page ``STEM.html`` and, for outlet
reports, ``STEM.json`` into the job's output folder, each atomically (a temporary
name renamed into place), so a failure never leaves a half-written file where a good
one was. A failing notebook is kept as ``STEM.failed.ipynb`` with its kernel's log.

- :func:`run_notebook_job` runs one job, in a new kernel or in a batch worker's warm
  kernel (:mod:`~analysis.report.kernels`); a kernel that dies before replying to
  ``kernel_info`` (two kernels picked the same port) is started again a few times;
- :class:`InterruptGate`: in a batch worker, Ctrl-C stops a running notebook cleanly;
- :func:`clean_notebook` strips execution timestamps, durations and paths, so the
  same inputs give byte-identical notebooks.

The batch's worker pool is :mod:`~analysis.report.pool`; :class:`BatchOutcome` is what
it (and the cluster runner) returns.
"""

from __future__ import annotations

import contextlib
import copy
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat

from analysis.errors import OutputWriteError
from analysis.io import atomic_paths, recover_interrupted_writes, work_folder, write_text_atomic
from analysis.report import kernels
from analysis.report.kernels import WarmKernel
from analysis.report.render import render_html

KERNEL_NAME = "python3"
COMPARISON_KEY = "comparison"
CELL_TIMEOUT_SECONDS = 600

# Metadata papermill and nbclient add on every run that differ from run to run.
_VOLATILE_NOTEBOOK_KEYS = ("duration", "start_time", "end_time", "input_path", "output_path")
_VOLATILE_CELL_KEYS = ("duration", "start_time", "end_time")


def clean_notebook(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Remove what differs from run to run: timings, paths, random cell ids.

    Papermill records start and end times, durations and the input and output paths;
    nbclient records per-cell execution timestamps; cells papermill inserts get random
    ids. Parameters and cell status stay.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        An executed notebook; not modified.

    Returns
    -------
    nbformat.NotebookNode
        A deep copy without the volatile metadata; the injected-parameters cell and
        papermill's error cells get ids fixed by their tag and position.
    """
    nb = copy.deepcopy(nb)
    nb.metadata.pop("widgets", None)
    papermill_meta = nb.metadata.get("papermill")
    if papermill_meta is not None:
        for key in _VOLATILE_NOTEBOOK_KEYS:
            papermill_meta.pop(key, None)
    for index, cell in enumerate(nb.cells):
        cell.metadata.pop("execution", None)
        cell_meta = cell.metadata.get("papermill")
        if cell_meta is not None:
            for key in _VOLATILE_CELL_KEYS:
                cell_meta.pop(key, None)
        tags = cell.metadata.get("tags", [])
        if "injected-parameters" in tags:
            cell["id"] = "injected-parameters"
        elif "papermill-error-cell-tag" in tags:
            cell["id"] = f"papermill-error-{index}"
    return nb


def notebook_text(nb: nbformat.NotebookNode) -> str:
    """Serialize a notebook the way nbformat writes files (sorted keys, final newline).

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The notebook to write.

    Returns
    -------
    str
        The ``.ipynb`` file's text, ending with one newline.
    """
    text = nbformat.writes(nb)
    return text if text.endswith("\n") else text + "\n"


@dataclass(frozen=True)
class NotebookJob:
    """One notebook run: where from, with what, and where its outputs go.

    Attributes
    ----------
    key : str
        Unique id of the run: ``outlet:NAME`` or ``comparison``.
    name : str
        What the run is about (an outlet name, or ``comparison``), for messages.
    notebook : Path
        The notebook to execute.
    output_dir : Path
        Folder receiving ``stem.ipynb``, ``stem.html`` and (if ``json_name``) the JSON;
        the notebook runs with it as working folder, as it does when re-run where it
        is saved.
    stem : str
        File-name stem (a slug).
    parameters : dict
        Checked parameters; relative paths are relative to ``output_dir``.
    json_name : str or None
        The file the notebook writes (atomically) into ``output_dir``.
    title : str
        Title of the HTML page.
    """

    key: str
    name: str
    notebook: Path
    output_dir: Path
    stem: str
    parameters: dict[str, Any]
    json_name: str | None
    title: str


@dataclass(frozen=True)
class NotebookResult:
    """How a :class:`NotebookJob` went; on failure, which cell and which error."""

    name: str
    stem: str
    ok: bool
    cell_index: int | None = None
    exec_count: int | None = None
    ename: str = ""
    evalue: str = ""

    def describe_failure(self) -> str:
        """One line naming the cell and the error.

        Returns
        -------
        str
            ``where: ename: evalue``, where is the cell (index and execution count),
            "writing its files" or "before any cell ran"; trailing separators dropped.
        """
        where = "before any cell ran"
        if self.ename == "OutputWriteError":
            where = "writing its files"
        elif self.cell_index is not None:
            count = "-" if self.exec_count is None else self.exec_count
            where = f"cell {self.cell_index} (In [{count}])"
        return f"{where}: {self.ename}: {self.evalue}".rstrip(": ")


def first_line(text: object, limit: int = 300) -> str:
    """The first line of a message, shortened to ``limit`` characters.

    Parameters
    ----------
    text : object
        A message (an exception or its text); ``str`` of it is taken, stripped.
    limit : int
        Longest result; a longer line keeps ``limit - 3`` characters and ends in ``...``.

    Returns
    -------
    str
        The line, without its newline.
    """
    line = str(text).strip().split("\n")[0]
    return line if len(line) <= limit else line[: limit - 3] + "..."


def _path_for_papermill(path: Path) -> str:
    # papermill formats paths with the parameters (str.format): keep braces literal.
    return str(path).replace("{", "{{").replace("}", "}}")


def run_notebook_job(job: NotebookJob, kernel: WarmKernel | None = None) -> NotebookResult:
    """Execute one notebook with papermill and write its outputs atomically.

    Never raises for a failing notebook: the failure is returned, and the executed
    notebook (with the error) is saved as ``stem.failed.ipynb`` for inspection. The
    notebook runs in ``output_dir`` (where it is saved), so its relative paths work
    when it is re-run in place. In a batch worker, Ctrl-C stops the run (the kernel is
    shut down, the working folder removed) until the outputs are being renamed into
    place; from then on the job finishes. (The statistics JSON is the notebook's last
    output, written atomically by its last cell.)

    With ``kernel`` (a batch worker's :class:`~analysis.report.kernels.WarmKernel`), the
    notebook runs in that kernel after a reset to a fresh kernel's state; a failed run
    shuts it down (the next notebook gets a new one). Without, papermill starts a kernel
    for this notebook alone.

    Parameters
    ----------
    job : NotebookJob
        The notebook, its parameters and where its outputs go.
    kernel : WarmKernel, optional
        A running kernel to reuse; None starts one for this notebook.

    Returns
    -------
    NotebookResult
        ``ok`` True when the notebook, its HTML page and its JSON were written; else the
        failing cell and error (:meth:`NotebookResult.describe_failure`).
    """
    try:
        job.output_dir.mkdir(parents=True, exist_ok=True)
        recover_interrupted_writes(job.output_dir)  # leftovers of a killed run
        workdir = work_folder(job.output_dir, job.stem)
    except OSError as err:
        return _write_failure(job, err)
    try:
        with INTERRUPTS.allowed():
            executed = _execute_job(job, workdir, kernel)
        if isinstance(executed, NotebookResult):
            return executed
        nb, page, new_json = executed
        _write_outputs(job, notebook_text(nb), page, new_json)
        failed_path = job.output_dir / f"{job.stem}.failed.ipynb"
        failed_path.unlink(missing_ok=True)
        failed_path.with_suffix(".log").unlink(missing_ok=True)
        return NotebookResult(job.name, job.stem, True)
    except (OSError, OutputWriteError) as err:  # disk full, read-only folder ...
        return _write_failure(job, err)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _write_outputs(job: NotebookJob, notebook: str, page: str, json_path: Path | None) -> None:
    """Replace the notebook, its HTML and its JSON together: all three or none."""
    names = [f"{job.stem}.ipynb", f"{job.stem}.html"]
    names += [f"{job.stem}.json"] if json_path is not None else []
    with atomic_paths(*(job.output_dir / name for name in names)) as tmps:
        tmps[0].write_text(notebook, encoding="utf-8", newline="\n")
        tmps[1].write_text(page, encoding="utf-8", newline="\n")
        if json_path is not None:
            os.replace(json_path, tmps[2])


def _write_failure(job: NotebookJob, err: Exception) -> NotebookResult:
    """The failure of a job whose outputs could not be written (the old ones are kept)."""
    if isinstance(err, OSError):
        err = OutputWriteError(err.filename or job.output_dir, err.strerror or str(err))
    return NotebookResult(
        job.name, job.stem, False, ename=type(err).__name__, evalue=first_line(err)
    )


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return status.st_ino, status.st_mtime_ns


def _papermill(job: NotebookJob, executed_path: Path, kernel: WarmKernel | None) -> Any:
    """Run the job's notebook with papermill: in a new kernel, or in ``kernel`` (reset first)."""
    import papermill

    settings: dict[str, Any] = {}
    if kernel is None:
        settings["cwd"] = str(job.output_dir)
    else:
        kernel.prepare(job.output_dir)
        settings.update(engine_name=kernels.ENGINE_NAME, warm_kernel=kernel)
    return papermill.execute_notebook(
        nbformat.read(job.notebook, as_version=4),
        _path_for_papermill(executed_path),
        parameters=job.parameters,
        kernel_name=KERNEL_NAME,
        progress_bar=False,
        request_save_on_cell_execute=False,
        execution_timeout=CELL_TIMEOUT_SECONDS,
        **settings,
    )


def _keep_kernel_log(kernel: WarmKernel | None, start: int, kernel_log: Path) -> None:
    """After a failure in a reused kernel: add what it logged to the job's log, stop it."""
    if kernel is None:
        return
    with contextlib.suppress(OSError), kernel_log.open("ab") as log:
        log.write(kernel.log_since(start))
    kernel.shutdown()  # the next notebook gets a new kernel


def _execute_job(
    job: NotebookJob, workdir: Path, kernel: WarmKernel | None = None
) -> NotebookResult | tuple[nbformat.NotebookNode, str, Path | None]:
    """Run the notebook (scratch files in ``workdir``), in ``kernel`` if given.

    Returns a failure, or the notebook, its page and the new statistics JSON. The notebook
    writes its JSON next to itself (so that it re-runs in place); the new JSON is moved into
    ``workdir`` and the previous one put back, so that the caller replaces notebook, page
    and JSON as one set (all or none).
    """
    from papermill.exceptions import PapermillExecutionError

    executed_path = workdir / f"{job.stem}.ipynb"
    failed_path = job.output_dir / f"{job.stem}.failed.ipynb"
    kernel_log = workdir / "kernel.log"
    json_path = job.output_dir / job.json_name if job.json_name else None
    json_before = _file_identity(json_path) if json_path is not None else None
    old_json = json_path.read_bytes() if json_before is not None else None
    log_start = kernel.log_size() if kernel is not None else 0
    try:
        with _stderr_to(kernel_log):
            nb = _execute_with_start_retry(lambda: _papermill(job, executed_path, kernel), kernel)
    except PapermillExecutionError as err:
        _keep_kernel_log(kernel, log_start, kernel_log)
        _save_failed(executed_path, failed_path, kernel_log)
        return NotebookResult(
            job.name,
            job.stem,
            False,
            cell_index=err.cell_index,
            exec_count=err.exec_count,
            ename=err.ename,
            evalue=first_line(err.evalue),
        )
    except Exception as err:  # kernel died, timeout, unreadable notebook ...
        _keep_kernel_log(kernel, log_start, kernel_log)
        _save_failed(executed_path, failed_path, kernel_log)
        return NotebookResult(
            job.name, job.stem, False, ename=type(err).__name__, evalue=first_line(err)
        )
    nb = clean_notebook(nb)
    if json_path is not None and _file_identity(json_path) in (None, json_before):
        return NotebookResult(
            job.name, job.stem, False, ename="ReportError", evalue="no statistics JSON written"
        )
    if json_path is None:
        return nb, render_html(nb, job.title), None
    new_json = workdir / json_path.name
    os.replace(json_path, new_json)
    if old_json is not None:  # the previous set stays whole until the caller replaces it
        restored = workdir / f"{json_path.name}.previous"
        restored.write_bytes(old_json)
        os.replace(restored, json_path)
    return nb, render_html(nb, job.title), new_json


class InterruptGate:
    """Ctrl-C in a batch worker: honoured once, and only while a notebook runs.

    The worker's SIGINT handler raises :class:`KeyboardInterrupt` only inside
    :meth:`allowed` and only the first time, so the kernel shutdown that follows is not
    itself interrupted, and a Ctrl-C while outputs are renamed into place waits for the
    renaming to end. A Ctrl-C that arrives before the section starts is honoured when it
    starts. Outside a worker (no handler installed) the gate changes nothing.
    """

    def __init__(self) -> None:
        self.armed = False
        self.requested = False

    def handler(self, signum: int, frame: object) -> None:
        """SIGINT handler for worker processes.

        Parameters
        ----------
        signum : int
            The signal number (SIGINT), as :func:`signal.signal` passes it.
        frame : object
            The interrupted frame; unused.

        Raises
        ------
        KeyboardInterrupt
            When a section opened by :meth:`allowed` is running and has not been
            interrupted yet.
        """
        self.requested = True
        if self.armed:
            self.armed = False
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def allowed(self) -> Iterator[None]:
        """A section that Ctrl-C may stop.

        Raises
        ------
        KeyboardInterrupt
            On entry, when a Ctrl-C came before the section started.
        """
        if self.requested:
            raise KeyboardInterrupt
        self.armed = True
        try:
            yield
        finally:
            self.armed = False


INTERRUPTS = InterruptGate()


# Kernels started at the same moment can pick the same TCP port; the loser dies before
# any cell runs. Such a start failure is retried; a failure inside a cell never is.
KERNEL_START_FAILURE = "before replying to kernel_info"
# The same race when the loser lives on: its client's kernel_info reaches the kernel that
# holds the port, which drops a message signed with another key, and nbclient gives up
# after the start timeout (seen once in a CI run of tests/test_batch_faults.py on a quiet
# machine). A start that timed out is retried as one that died.
KERNEL_START_TIMEOUT = "Kernel didn't respond in"
KERNEL_START_ATTEMPTS = 3


def _execute_with_start_retry(
    execute: Callable[[], nbformat.NotebookNode], kernel: WarmKernel | None = None
) -> nbformat.NotebookNode:
    for attempt in range(1, KERNEL_START_ATTEMPTS + 1):
        try:
            return execute()
        except RuntimeError as err:
            start_failed = KERNEL_START_FAILURE in str(err) or KERNEL_START_TIMEOUT in str(err)
            if not start_failed or attempt == KERNEL_START_ATTEMPTS:
                raise
            if kernel is not None:
                kernel.shutdown()
    raise AssertionError("unreachable")


def _save_failed(executed_path: Path, failed_path: Path, kernel_log: Path) -> None:
    # Keep the evidence next to the reports: the notebook with the error, the kernel log.
    if executed_path.is_file():
        nb = clean_notebook(nbformat.read(executed_path, as_version=4))
        write_text_atomic(failed_path, notebook_text(nb))
    if kernel_log.is_file():
        log = kernel_log.read_text(encoding="utf-8", errors="replace")
        write_text_atomic(failed_path.with_suffix(".log"), log)


@contextlib.contextmanager
def _stderr_to(path: Path) -> Iterator[None]:
    """Send this process's stderr (and so the kernel's, which inherits it) to a file.

    Kernels print start-up and shutdown chatter that would bury the progress bar; the
    log is kept as ``stem.failed.log`` when the notebook fails.
    """
    sys.stderr.flush()
    saved = os.dup(2)
    with path.open("ab") as log:
        os.dup2(log.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)


def set_kernel_environment() -> None:
    """Prepare the environment kernels inherit: fixed hash seed, this venv's kernel."""
    # Kernels inherit the environment: fix string hashing for stable outputs.
    os.environ["PYTHONHASHSEED"] = "0"
    # Find this environment's python3 kernel before any user-wide one of the same name.
    here = str(Path(sys.prefix) / "share" / "jupyter")
    others = os.environ.get("JUPYTER_PATH", "")
    os.environ["JUPYTER_PATH"] = here + (os.pathsep + others if others else "")


# --------------------------------------------------------------------------- pool


@dataclass
class BatchOutcome:
    """Results of a batch, by job key, in completion order.

    Attributes
    ----------
    results : dict
        Job key to result, for every job that ran to its end (well or not).
    unfinished : list of NotebookJob
        Jobs stopped by Ctrl-C or never started because of it, in plan order.
    interrupted : bool
        The batch was stopped by Ctrl-C (SIGINT).
    """

    results: dict[str, NotebookResult] = field(default_factory=dict)
    unfinished: list[NotebookJob] = field(default_factory=list)
    interrupted: bool = False

    def _sorted(self, ok: bool) -> list[NotebookResult]:
        chosen = [
            (key == COMPARISON_KEY, r.name, r) for key, r in self.results.items() if r.ok == ok
        ]
        return [r for *_, r in sorted(chosen, key=lambda item: item[:2])]

    @property
    def failures(self) -> list[NotebookResult]:
        """Failed runs, outlets first, sorted by name."""
        return self._sorted(ok=False)

    @property
    def finished(self) -> list[NotebookResult]:
        """Runs that wrote their files, outlets first, sorted by name."""
        return self._sorted(ok=True)

    @property
    def outlet_results(self) -> dict[str, NotebookResult]:
        """Outlet reports' results by outlet name."""
        return {r.name: r for key, r in self.results.items() if key != COMPARISON_KEY}
