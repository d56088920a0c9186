"""Run notebooks with papermill in worker processes: one job per notebook, Ctrl-C safe.

Reads a notebook and its checked parameters (a :class:`NotebookJob`) and writes the
executed notebook ``STEM.ipynb``, its HTML page ``STEM.html`` and, for outlet
reports, ``STEM.json`` into the job's output folder, each atomically (a temporary
name renamed into place), so a failure never leaves a half-written file where a good
one was. A failing notebook is kept as ``STEM.failed.ipynb`` with its kernel's log.

- :func:`run_jobs` runs jobs in forked worker processes, at most N at a time, with a
  progress bar; a worker that dies fails only its job; Ctrl-C stops the batch
  cleanly (running notebooks stop, kernels shut down, nothing is half-written);
- :func:`run_notebook_job` runs one job; a kernel that dies before replying to
  ``kernel_info`` (two kernels picked the same port) is retried a few times;
- :func:`clean_notebook` strips execution timestamps, durations and paths, so the
  same inputs give byte-identical notebooks.
"""

from __future__ import annotations

import contextlib
import copy
import math
import multiprocessing
import multiprocessing.connection
import multiprocessing.process
import os
import shutil
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat

from analysis.errors import OutputWriteError
from analysis.io import atomic_paths, recover_interrupted_writes, work_folder, write_text_atomic
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
    """Serialize a notebook the way nbformat writes files (sorted keys, final newline)."""
    text = nbformat.writes(nb)
    return text if text.endswith("\n") else text + "\n"


# nbconvert's lab page with every script left out: its head loads require.js, MathJax
# and mermaid from a CDN (and the widget manager for notebooks with widgets), so the
# page would need the network. The reports need none of them: tables are HTML, charts


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
        """One line naming the cell and the error."""
        where = "before any cell ran"
        if self.ename == "OutputWriteError":
            where = "writing its files"
        elif self.cell_index is not None:
            count = "-" if self.exec_count is None else self.exec_count
            where = f"cell {self.cell_index} (In [{count}])"
        return f"{where}: {self.ename}: {self.evalue}".rstrip(": ")


def first_line(text: object, limit: int = 300) -> str:
    """The first line of a message, shortened to ``limit`` characters."""
    line = str(text).strip().split("\n")[0]
    return line if len(line) <= limit else line[: limit - 3] + "..."


def _path_for_papermill(path: Path) -> str:
    # papermill formats paths with the parameters (str.format): keep braces literal.
    return str(path).replace("{", "{{").replace("}", "}}")


def run_notebook_job(job: NotebookJob) -> NotebookResult:
    """Execute one notebook with papermill and write its outputs atomically.

    Never raises for a failing notebook: the failure is returned, and the executed
    notebook (with the error) is saved as ``stem.failed.ipynb`` for inspection. The
    notebook runs in ``output_dir`` (where it is saved), so its relative paths work
    when it is re-run in place. In a batch worker, Ctrl-C stops the run (the kernel is
    shut down, the working folder removed) until the outputs are being renamed into
    place; from then on the job finishes. (The statistics JSON is the notebook's last
    output, written atomically by its last cell.)
    """
    try:
        job.output_dir.mkdir(parents=True, exist_ok=True)
        recover_interrupted_writes(job.output_dir)  # leftovers of a killed run
        workdir = work_folder(job.output_dir, job.stem)
    except OSError as err:
        return _write_failure(job, err)
    try:
        with _INTERRUPTS.allowed():
            executed = _execute_job(job, workdir)
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


def _execute_job(
    job: NotebookJob, workdir: Path
) -> NotebookResult | tuple[nbformat.NotebookNode, str, Path | None]:
    """Run the notebook (scratch files in ``workdir``).

    Returns a failure, or the notebook, its page and the new statistics JSON. The notebook
    writes its JSON next to itself (so that it re-runs in place); the new JSON is moved into
    ``workdir`` and the previous one put back, so that the caller replaces notebook, page
    and JSON as one set (all or none).
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    executed_path = workdir / f"{job.stem}.ipynb"
    failed_path = job.output_dir / f"{job.stem}.failed.ipynb"
    kernel_log = workdir / "kernel.log"
    json_path = job.output_dir / job.json_name if job.json_name else None
    json_before = _file_identity(json_path) if json_path is not None else None
    old_json = json_path.read_bytes() if json_before is not None else None
    try:
        with _stderr_to(kernel_log):
            nb = _execute_with_start_retry(
                lambda: papermill.execute_notebook(
                    nbformat.read(job.notebook, as_version=4),
                    _path_for_papermill(executed_path),
                    parameters=job.parameters,
                    kernel_name=KERNEL_NAME,
                    progress_bar=False,
                    request_save_on_cell_execute=False,
                    cwd=str(job.output_dir),
                    execution_timeout=CELL_TIMEOUT_SECONDS,
                )
            )
    except PapermillExecutionError as err:
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


class _InterruptGate:
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
        """SIGINT handler for worker processes."""
        self.requested = True
        if self.armed:
            self.armed = False
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def allowed(self) -> Iterator[None]:
        """A section that Ctrl-C may stop."""
        if self.requested:
            raise KeyboardInterrupt
        self.armed = True
        try:
            yield
        finally:
            self.armed = False


_INTERRUPTS = _InterruptGate()


# Kernels started at the same moment can pick the same TCP port; the loser dies before
# any cell runs. Such a start failure is retried; a failure inside a cell never is.
KERNEL_START_FAILURE = "before replying to kernel_info"
KERNEL_START_ATTEMPTS = 3


def _execute_with_start_retry(
    execute: Callable[[], nbformat.NotebookNode],
) -> nbformat.NotebookNode:
    for attempt in range(1, KERNEL_START_ATTEMPTS + 1):
        try:
            return execute()
        except RuntimeError as err:
            if KERNEL_START_FAILURE not in str(err) or attempt == KERNEL_START_ATTEMPTS:
                raise
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


#: After Ctrl-C, how long workers get to shut their kernels down before being killed.
STOP_TIMEOUT_SECONDS = 60.0


@dataclass(frozen=True)
class _Worker:
    """A worker process running one job; it sends the result (``None``: interrupted)."""

    job: NotebookJob
    process: multiprocessing.process.BaseProcess
    receiver: Any  # multiprocessing.connection.Connection


def _worker_main(job: NotebookJob, sender: Any) -> None:
    # First thing: Ctrl-C reaches workers too (same process group); see _InterruptGate.
    signal.signal(signal.SIGINT, _INTERRUPTS.handler)
    set_kernel_environment()
    result: NotebookResult | None
    try:
        result = run_notebook_job(job)
    except KeyboardInterrupt:
        result = None
    sender.send(result)
    sender.close()


def _start_worker(context: Any, job: NotebookJob) -> _Worker:
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_worker_main, args=(job, sender), daemon=False)
    process.start()
    sender.close()
    return _Worker(job, process, receiver)


def _collect(worker: _Worker) -> NotebookResult | None:
    """The result a finished worker sent; a failure if it died without sending one."""
    try:
        result = worker.receiver.recv() if worker.receiver.poll() else _NO_RESULT
    except (EOFError, OSError):  # died while sending
        result = _NO_RESULT
    worker.receiver.close()
    worker.process.join()
    if result is _NO_RESULT:
        code = worker.process.exitcode
        return NotebookResult(
            worker.job.name,
            worker.job.stem,
            False,
            ename="WorkerDied",
            evalue=f"the worker process ended with exit code {code} before reporting",
        )
    return result


_NO_RESULT = object()


class _SigintWakeup:
    """Turn Ctrl-C in the batch process into a readable pipe instead of an exception.

    While installed (main thread only), SIGINT sets :attr:`fired` and writes to a pipe
    that the batch loop waits on with the workers, so the loop stops starting jobs and
    asks running workers to stop, instead of being torn down mid-step.
    """

    def __init__(self) -> None:
        self.read_fd, self._write_fd = os.pipe()
        os.set_blocking(self._write_fd, False)
        self.fired = False
        self._previous: Any = None

    def _handler(self, signum: int, frame: object) -> None:
        self.fired = True
        with contextlib.suppress(OSError):
            os.write(self._write_fd, b"\0")

    def __enter__(self) -> _SigintWakeup:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handler)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
        os.close(self.read_fd)
        os.close(self._write_fd)


def _load_worker_modules() -> None:
    # Workers are forked per job and inherit what this process has loaded: load here,
    # once, the modules every job needs (papermill, the kernel machinery, nbconvert's
    # templates), instead of in every worker.
    import papermill  # noqa: F401
    from jupyter_client.kernelspec import KernelSpecManager

    with contextlib.suppress(Exception):  # only a warm-up; the jobs report real errors
        KernelSpecManager().get_kernel_spec(KERNEL_NAME)
        render_html(nbformat.v4.new_notebook(), "warm-up")


def run_jobs(jobs: list[NotebookJob], n_workers: int, progress: bool = True) -> BatchOutcome:
    """Run notebook jobs, at most ``n_workers`` at a time, with a progress bar.

    Each job runs in a worker process of its own (forked, so it starts fast and does
    not re-run ``python -m analysis``): a worker that dies fails only its job. Jobs
    start in the order given.

    Ctrl-C (SIGINT) stops the batch: no job starts any more, running workers stop
    their notebooks and shut their kernels down (a job already renaming its outputs
    into place finishes), and the outcome lists what did not finish. Workers still
    running :data:`STOP_TIMEOUT_SECONDS` later are killed.
    """
    from tqdm import tqdm

    _load_worker_modules()
    context = multiprocessing.get_context("fork")
    outcome = BatchOutcome()
    waiting = list(jobs)
    running: dict[int, _Worker] = {}
    deadline = math.inf
    # On a terminal only (stderr), as clean's and metrics' bars: no bar text in logs.
    bar = tqdm(total=len(jobs), desc="notebooks", unit="nb", disable=None if progress else True)
    with bar, _SigintWakeup() as wakeup:
        while running or (waiting and not wakeup.fired):
            while waiting and not wakeup.fired and len(running) < n_workers:
                worker = _start_worker(context, waiting.pop(0))
                running[worker.process.sentinel] = worker
            timeout = None if deadline == math.inf else max(0.0, deadline - time.monotonic())
            ready = multiprocessing.connection.wait([*running, wakeup.read_fd], timeout)
            if wakeup.read_fd in ready:
                os.read(wakeup.read_fd, 1024)
            if wakeup.fired and deadline == math.inf:
                deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
                for worker in running.values():
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(worker.process.pid, signal.SIGINT)
            for sentinel in ready:
                if sentinel == wakeup.read_fd:
                    continue
                worker = running.pop(sentinel)
                result = _collect(worker)
                if result is None:
                    outcome.unfinished.append(worker.job)
                    continue
                outcome.results[worker.job.key] = result
                bar.set_postfix_str(worker.job.stem, refresh=False)
                bar.update()
            if running and time.monotonic() >= deadline:
                for worker in running.values():
                    worker.process.kill()
                    worker.process.join()
                    outcome.unfinished.append(worker.job)
                running.clear()
        outcome.interrupted = wakeup.fired
    order = {job.key: n for n, job in enumerate(jobs)}
    outcome.unfinished = sorted([*outcome.unfinished, *waiting], key=lambda j: order[j.key])
    return outcome
