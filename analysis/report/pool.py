"""Run notebook jobs in worker processes that each keep one kernel warm: Ctrl-C safe.

:func:`run_jobs` starts at most N forked worker processes (they inherit the batch's
loaded modules), hands each one job at a time and collects the results, with a
progress bar. A worker runs its jobs one after the other in one
:class:`~analysis.report.kernels.WarmKernel` (reset to a fresh kernel's state before
each notebook, replaced after a failed one), so a kernel's start-up and the
notebooks' imports are paid once per worker instead of once per notebook.

- a worker that dies fails only the job it was running; a new worker takes the jobs
  left;
- Ctrl-C (SIGINT) stops the batch: no job starts any more, running notebooks stop,
  kernels shut down, nothing is half-written (:class:`runner.InterruptGate`), and the
  outcome lists what did not finish.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import multiprocessing.connection
import multiprocessing.process
import os
import signal
import threading
import time
from dataclasses import dataclass
from typing import Any

import nbformat

from analysis.report import kernels, runner
from analysis.report.render import render_html
from analysis.report.runner import BatchOutcome, NotebookJob, NotebookResult

#: After Ctrl-C, how long workers get to shut their kernels down before being killed.
STOP_TIMEOUT_SECONDS = 60.0
#: How long a worker told to stop (its jobs done) gets to shut its kernel down.
EXIT_TIMEOUT_SECONDS = 60.0


@dataclass
class _Worker:
    """A worker process, the pipes to it and from it, and the job it runs (None: idle)."""

    process: multiprocessing.process.BaseProcess
    jobs: Any  # multiprocessing.connection.Connection: NotebookJob, or None to stop
    results: Any  # Connection: NotebookResult, or None when interrupted
    job: NotebookJob | None = None


def _worker_main(jobs: Any, results: Any) -> None:
    """Run the jobs received one by one in one warm kernel; stop on None or Ctrl-C."""
    # First thing: Ctrl-C reaches workers too (same process group); see InterruptGate.
    signal.signal(signal.SIGINT, runner.INTERRUPTS.handler)
    runner.set_kernel_environment()
    kernels.register_engine()
    kernel = kernels.WarmKernel(runner.KERNEL_NAME)
    try:
        while True:
            try:
                job = jobs.recv()
            except EOFError:
                break
            if job is None:
                break
            try:
                result = runner.run_notebook_job(job, kernel)
            except KeyboardInterrupt:
                results.send(None)
                break
            results.send(result)
    finally:
        # Stopping: a further Ctrl-C must not break the kernel's shutdown half-way (a
        # pending kernel message handled during the shutdown would meet the handler).
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        kernel.close()
        results.close()


def _start_worker(context: Any) -> _Worker:
    job_receiver, job_sender = context.Pipe(duplex=False)
    result_receiver, result_sender = context.Pipe(duplex=False)
    process = context.Process(target=_worker_main, args=(job_receiver, result_sender), daemon=False)
    process.start()
    job_receiver.close()
    result_sender.close()
    return _Worker(process, job_sender, result_receiver)


_DIED = object()


def _receive(worker: _Worker) -> NotebookResult | None | object:
    """The result a worker sent (None: interrupted), or ``_DIED`` if it ended without one."""
    try:
        if worker.results.poll():
            return worker.results.recv()
    except (EOFError, OSError):  # died while sending
        pass
    return _DIED


def _died(job: NotebookJob, process: multiprocessing.process.BaseProcess) -> NotebookResult:
    process.join()
    return NotebookResult(
        job.name,
        job.stem,
        False,
        ename="WorkerDied",
        evalue=f"the worker process ended with exit code {process.exitcode} before reporting",
    )


def _stop(worker: _Worker) -> None:
    """Tell an idle worker to end (it shuts its kernel down)."""
    with contextlib.suppress(OSError, ValueError):
        worker.jobs.send(None)


def _end(workers: list[_Worker]) -> None:
    """Stop every worker and wait for it; kill one that does not end in time."""
    for worker in workers:
        _stop(worker)
    deadline = time.monotonic() + EXIT_TIMEOUT_SECONDS
    for worker in workers:
        worker.process.join(max(0.0, deadline - time.monotonic()))
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.jobs.close()
        worker.results.close()


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
    # Workers are forked and inherit what this process has loaded: load here, once,
    # the modules every job needs (papermill, nbclient, the kernel machinery,
    # nbconvert's templates), instead of in every worker.
    import nbclient  # noqa: F401
    import papermill  # noqa: F401
    from jupyter_client.kernelspec import KernelSpecManager

    kernels.register_engine()
    with contextlib.suppress(Exception):  # only a warm-up; the jobs report real errors
        KernelSpecManager().get_kernel_spec(runner.KERNEL_NAME)
        render_html(nbformat.v4.new_notebook(), "warm-up")


def run_jobs(jobs: list[NotebookJob], n_workers: int, progress: bool = True) -> BatchOutcome:
    """Run notebook jobs, at most ``n_workers`` at a time, with a progress bar.

    Each worker is a forked process (it starts fast and does not re-run ``python -m
    analysis``) that runs jobs one after the other in one warm kernel; a worker that
    dies fails only its job. Jobs start in the order given.

    Ctrl-C (SIGINT) stops the batch: no job starts any more, running workers stop
    their notebooks and shut their kernels down (a job already renaming its outputs
    into place finishes), and the outcome lists what did not finish. Workers still
    running :data:`STOP_TIMEOUT_SECONDS` later are killed.

    Parameters
    ----------
    jobs : list of NotebookJob
        The runs, in the order they should start.
    n_workers : int
        Most notebooks running at once (one kernel each).
    progress : bool
        Show the bar on stderr when it is a terminal; False hides it.

    Returns
    -------
    BatchOutcome
        The result of each finished job and, after Ctrl-C, the jobs left.
    """
    from analysis.progress import progress as progress_counter

    _load_worker_modules()
    context = multiprocessing.get_context("fork")
    outcome = BatchOutcome()
    waiting = list(jobs)
    workers: list[_Worker] = []
    deadline = math.inf
    # A bar on a terminal (stderr), as clean's and metrics': a line a minute in logs.
    bar = progress_counter(len(jobs), "notebooks", "notebook", progress)
    try:
        with bar, _SigintWakeup() as wakeup:
            while True:
                if not wakeup.fired:
                    _hand_out(waiting, workers, n_workers, context)
                busy = [worker for worker in workers if worker.job is not None]
                if not busy:
                    break
                timeout = None if deadline == math.inf else max(0.0, deadline - time.monotonic())
                handles = [h for w in busy for h in (w.results, w.process.sentinel)]
                ready = multiprocessing.connection.wait([*handles, wakeup.read_fd], timeout)
                if wakeup.read_fd in ready:
                    os.read(wakeup.read_fd, 1024)
                if wakeup.fired and deadline == math.inf:
                    deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
                    _interrupt(workers)
                for worker in busy:
                    if worker.results in ready or worker.process.sentinel in ready:
                        _collect(worker, workers, outcome, bar)
                if wakeup.fired and time.monotonic() >= deadline:
                    _kill_busy(workers, outcome)
            outcome.interrupted = wakeup.fired
    finally:
        _end(workers)
    order = {job.key: n for n, job in enumerate(jobs)}
    outcome.unfinished = sorted([*outcome.unfinished, *waiting], key=lambda j: order[j.key])
    return outcome


def _hand_out(
    waiting: list[NotebookJob], workers: list[_Worker], n_workers: int, context: Any
) -> None:
    """Give idle workers the next jobs; start workers while there are jobs and room."""
    for worker in workers:
        if worker.job is None and waiting:
            worker.job = waiting.pop(0)
            worker.jobs.send(worker.job)
    while waiting and len(workers) < n_workers:
        worker = _start_worker(context)
        workers.append(worker)
        worker.job = waiting.pop(0)
        worker.jobs.send(worker.job)


def _interrupt(workers: list[_Worker]) -> None:
    """After Ctrl-C: running workers get SIGINT, idle ones are told to end."""
    for worker in workers:
        if worker.job is None:
            _stop(worker)
        else:
            with contextlib.suppress(ProcessLookupError):
                os.kill(worker.process.pid, signal.SIGINT)


def _collect(worker: _Worker, workers: list[_Worker], outcome: BatchOutcome, bar: Any) -> None:
    """Record what a busy worker sent; a worker that died or stopped leaves the pool."""
    job = worker.job
    assert job is not None
    result = _receive(worker)
    worker.job = None
    if result is _DIED:
        result = _died(job, worker.process)
    if result is None:
        outcome.unfinished.append(job)
    else:
        assert isinstance(result, NotebookResult)
        outcome.results[job.key] = result
        bar.set_postfix_str(job.stem, refresh=False)
        bar.update()
    if result is None or not worker.process.is_alive():
        workers.remove(worker)
        worker.process.join()
        worker.jobs.close()
        worker.results.close()


def _kill_busy(workers: list[_Worker], outcome: BatchOutcome) -> None:
    """Kill the workers that did not stop in time; their jobs did not finish."""
    for worker in [w for w in workers if w.job is not None]:
        worker.process.kill()
        worker.process.join()
        outcome.unfinished.append(worker.job)
        workers.remove(worker)
        worker.jobs.close()
        worker.results.close()
