"""Run the report notebooks as tasks on an engine's cluster (``report --engine dask``).

Each :class:`~analysis.report.runner.NotebookJob` is one task running
:func:`~analysis.report.runner.run_notebook_job` on a worker, which writes the
notebook, its HTML page and its JSON into the job's output folder (so the workers must
see the reports and processed folders at the same paths: a shared file system), each
atomically, exactly as the local runner does: the files are the same bytes. Results
come back here in plan order, with a progress bar.

A failing notebook fails only its job; a task that cannot run at all (a worker lost more
often than Dask retries, the package missing on a worker) is reported as that job's
failure. A result is awaited as the engine awaits a chunk's
(:meth:`analysis.dask_engine.DaskEngine.result`): a cluster left without any worker, or
a worker joining with other code, stops the batch with one error
(:class:`~analysis.dask_engine.StageStoppedError`) naming how many notebooks finished;
the notebooks not yet finished are cancelled and index.html is left as it was. Ctrl-C
cancels the notebooks not yet started and reports them as not finished; notebooks
already running on workers finish there (their files are written whole or not at all). A
worker process runs one notebook at a time (see :func:`run_notebook_task`).
"""

from __future__ import annotations

import threading
from typing import Any, Protocol

from analysis.report.runner import (
    BatchOutcome,
    NotebookJob,
    NotebookResult,
    first_line,
    run_notebook_job,
    set_kernel_environment,
)


class TaskEngine(Protocol):
    """An engine that starts single tasks (:class:`analysis.dask_engine.DaskEngine`)."""

    def submit(self, function: Any, *args: Any) -> Any:
        """Start ``function(*args)``; a future with ``result()`` and ``cancel()``.

        Parameters
        ----------
        function : callable
            Picklable, run on a worker.
        *args
            Its arguments, picklable.

        Returns
        -------
        object
            The task's future: ``result()`` waits for its value, ``cancel()`` drops it.
        """
        ...

    def result(self, future: Any) -> Any:
        """The task's result, the cluster watched while it is awaited.

        Parameters
        ----------
        future : object
            A future :meth:`submit` gave.

        Returns
        -------
        object
            Its value; its task's exception is raised.

        Raises
        ------
        analysis.dask_engine.StageStoppedError
            When the cluster stopped the batch (no worker left, a worker joined with
            other code).
        """
        ...


def run_notebook_task(job: NotebookJob) -> NotebookResult:
    """One job on a worker: the kernels' environment set, then the notebook run.

    One notebook at a time per worker process: papermill changes the process's working
    folder while a notebook runs, so two threads of one worker would start kernels in
    each other's folders. Give the cluster single-threaded workers (``dask worker
    --nthreads 1 --nworkers N``) to run N notebooks at once on a machine.

    Parameters
    ----------
    job : NotebookJob
        The notebook to run; its paths must be readable and writable from the worker.

    Returns
    -------
    NotebookResult
        As :func:`~analysis.report.runner.run_notebook_job` returns it (no warm kernel).
    """
    with _ONE_NOTEBOOK_PER_PROCESS:
        set_kernel_environment()
        return run_notebook_job(job)


_ONE_NOTEBOOK_PER_PROCESS = threading.Lock()


def run_jobs_on(engine: TaskEngine, jobs: list[NotebookJob], progress: bool = True) -> BatchOutcome:
    """Run every job as a task on ``engine``; the outcome as :func:`pool.run_jobs` gives.

    Parameters
    ----------
    engine : TaskEngine
        Where the notebooks run.
    jobs : list of NotebookJob
        In plan order (all are submitted at once; the cluster runs as many at a time
        as it has worker threads).
    progress : bool, optional
        Show a progress bar (on a terminal).

    Returns
    -------
    BatchOutcome
        Results by job key; after Ctrl-C, ``interrupted`` and the jobs not finished.

    Raises
    ------
    analysis.dask_engine.StageStoppedError
        When every worker left the cluster while notebooks waited, or a worker joined
        with other code: the notebooks not finished are cancelled, the message says how
        many finished (their files are whole).
    """
    from analysis.dask_engine import StageStoppedError
    from analysis.progress import progress as progress_counter

    outcome = BatchOutcome()
    futures = [engine.submit(run_notebook_task, job) for job in jobs]
    bar = progress_counter(len(jobs), "notebooks", "notebook", progress)
    done = 0
    with bar:
        try:
            for job, future in zip(jobs, futures, strict=True):
                outcome.results[job.key] = _task_result(engine, job, future)
                done += 1
                bar.set_postfix_str(job.stem, refresh=False)
                bar.update()
        except KeyboardInterrupt:
            for future in futures[done:]:
                future.cancel()
            outcome.interrupted = True
            outcome.unfinished = jobs[done:]
        except StageStoppedError as err:
            for future in futures[done:]:
                future.cancel()
            raise type(err)(
                f"{err}. {done} of {len(jobs)} notebooks finished before (their files are "
                "whole); index.html was left as it was: run the same command again"
            ) from err
    return outcome


def _task_result(engine: TaskEngine, job: NotebookJob, future: Any) -> NotebookResult:
    """The job's result; a task that failed outside the notebook is the job's failure,
    a cluster that stopped (no worker left, a joined worker's other code) stops the batch."""
    from analysis.dask_engine import JoinedWorkerError, LostWorkerError, WorkersGoneError

    try:
        return engine.result(future)
    except (WorkersGoneError, JoinedWorkerError):
        raise
    except Exception as err:  # a lost worker (KilledWorker), a worker without the package
        if isinstance(err, LostWorkerError) and err.__cause__ is not None:
            err = err.__cause__  # the task's own error, as distributed raised it
        return NotebookResult(
            job.name, job.stem, False, ename=type(err).__name__, evalue=first_line(err)
        )
