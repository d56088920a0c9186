"""Run a stage's work in chunks over a process pool, results in input order.

Used by ``clean`` (chunks of pages) and ``metrics`` (chunks of articles). The caller
writes the results in the order they are yielded, so the output does not depend on
the number of processes or on which chunk finishes first: ``--jobs N`` gives the same
bytes as ``--jobs 1``. At most ``4 x jobs`` chunks are in flight (submitted and not yet
consumed), so memory grows with the chunk size, not with the corpus.

Workers are started with the ``forkserver`` method (a clean process that has imported
the worker's module once, forked per worker), not by forking the caller, which may hold
locks of its own threads (pyarrow's writers).

Where the chunks run is an :class:`Engine`: :class:`LocalEngine` (this machine's
process pool, above) or :class:`analysis.dask_engine.DaskEngine` (a dask.distributed
cluster, ``--engine dask``). The stages only call ``engine.map_chunks``; any engine
gives the same results in the same order, so the same bytes.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import multiprocessing.forkserver
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Protocol, TypeVar

Item = TypeVar("Item")
Chunk = TypeVar("Chunk")  # one unit of work: a list of items, or what a stage packs
Result = TypeVar("Result")


class Engine(Protocol):
    """Where a stage's chunks of work run; results come back in input order.

    Attributes
    ----------
    distributed : bool
        True when the chunks run in other processes (then chunks of many items pay
        for the trip; in this process one item at a time is cheapest).
    """

    distributed: bool

    def map_chunks(
        self, function: Callable[[Chunk], Result], chunks: Iterable[Chunk], in_flight: int = 0
    ) -> Iterator[Result]:
        """Yield ``function(chunk)`` for each chunk, in the order of ``chunks``.

        Parameters
        ----------
        function : callable
            Maps one chunk to one result; run wherever the engine runs work.
        chunks : iterable
            The work, read lazily.
        in_flight : int, optional
            At least this many chunks handed out before the first result is waited for
            (0, the default: the engine's own number); chunks the caller holds in
            memory anyway, to keep the workers busy while it works between results.

        Yields
        ------
        object
            Each chunk's result, in order; a chunk's exception is raised when its result
            is due.
        """
        ...

    def sized_for(self, n_chunks: int) -> Engine:
        """This engine for ``n_chunks`` chunks of work (a pool no larger than needed).

        Parameters
        ----------
        n_chunks : int
            How many chunks the coming call has.

        Returns
        -------
        Engine
            An engine of the same kind that uses no more workers than ``n_chunks`` can keep
            busy (it may be ``self``).
        """
        ...


class WorkerPool:
    """One process pool shared by every phase of a run, started at its first chunk.

    A stage whose phases each map chunks (``metrics``: block sums, per-article work,
    LSH bands, candidate pairs) hands its chunks to one pool: its workers are forked
    once per run, not once per phase, and the modules a phase needs are imported once
    per worker. Used as a context manager (:func:`run_pool`): the pool is shut down at
    the end, chunks not yet started cancelled.

    Attributes
    ----------
    jobs : int
        Processes at most (they are started as chunks come, up to ``jobs``).
    n_starts : int
        How many process pools this object started (0 or 1; counted for tests).
    """

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.n_starts = 0
        self._executor: ProcessPoolExecutor | None = None

    def executor(self, function: Callable) -> ProcessPoolExecutor:
        """The pool, started now if it is not running (preloading ``function``'s module
        in the worker server when that server is not running yet).

        Parameters
        ----------
        function : callable
            A module-level function the workers will run.

        Returns
        -------
        concurrent.futures.ProcessPoolExecutor
            The run's executor of :attr:`jobs` processes (``forkserver`` start method).
        """
        if self._executor is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload([function.__module__])
            self._executor = ProcessPoolExecutor(max_workers=self.jobs, mp_context=context)
            self.n_starts += 1
        return self._executor

    def close(self) -> None:
        """Stop the workers (after the chunks running now); cancel the others."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


@dataclass(frozen=True)
class LocalEngine:
    """This machine: ``jobs`` worker processes (1: everything in this process).

    See :func:`map_chunks`. With a ``pool`` (:func:`run_pool`) every call hands its
    chunks to that one pool; without, each call starts its own.
    """

    jobs: int = 1
    pool: WorkerPool | None = field(default=None, compare=False, repr=False)

    @property
    def distributed(self) -> bool:
        """Whether chunks go to worker processes."""
        return self.jobs > 1

    def map_chunks(
        self, function: Callable[[Chunk], Result], chunks: Iterable[Chunk], in_flight: int = 0
    ) -> Iterator[Result]:
        """Yield ``function(chunk)`` for each chunk, in order (:func:`map_chunks`).

        Parameters
        ----------
        function, chunks, in_flight
            As for :meth:`Engine.map_chunks`.

        Returns
        -------
        iterator
            The results, from this engine's pool.
        """
        return map_chunks(function, chunks, self.jobs, self.pool, in_flight=in_flight)

    def sized_for(self, n_chunks: int) -> LocalEngine:
        """No more processes than chunks: one chunk runs here, without a pool.

        Parameters
        ----------
        n_chunks : int
            The coming call's chunks.

        Returns
        -------
        LocalEngine
            A copy sharing the pool, with ``jobs`` at most ``n_chunks`` (at least 1).
        """
        return replace(self, jobs=max(1, min(self.jobs, n_chunks)))


@contextlib.contextmanager
def run_pool(engine: int | Engine) -> Iterator[Engine]:
    """``engine`` with one :class:`WorkerPool` for the whole ``with`` block.

    A local engine of more than one process gets a pool that every ``map_chunks`` of
    the block shares, shut down at its end; any other engine (one process, Dask, a
    local engine that has a pool already) is returned as it is.

    Parameters
    ----------
    engine : int or Engine
        An engine, or a number of local processes (:func:`as_engine`).

    Yields
    ------
    Engine
        The engine to run the block's phases on.
    """
    engine = as_engine(engine)
    if not isinstance(engine, LocalEngine) or engine.jobs <= 1 or engine.pool is not None:
        yield engine
        return
    with WorkerPool(engine.jobs) as pool:
        yield replace(engine, pool=pool)


def stop_workers(engine: Engine) -> None:
    """Stop the worker processes of ``engine``'s run pool now (when it has one).

    For a stage whose last phases run in this process: the idle workers' memory is
    given back before those phases. A later chunk would start the pool again.

    Parameters
    ----------
    engine : Engine
        The engine :func:`run_pool` gave; any other engine is left as it is.
    """
    pool = getattr(engine, "pool", None)
    if isinstance(pool, WorkerPool):
        pool.close()


def as_engine(jobs: int | Engine) -> Engine:
    """``jobs`` as an engine: a number of processes is a :class:`LocalEngine`.

    Parameters
    ----------
    jobs : int or Engine
        A number of local processes, or an engine (returned as it is).

    Returns
    -------
    Engine
        The engine.
    """
    return LocalEngine(jobs) if isinstance(jobs, int) else jobs


def chunk_work(
    engine: int | Engine, items: list[Item], size: int
) -> tuple[Engine, Iterator[list[Item]]]:
    """The engine sized for ``items`` and the chunks to give it.

    Chunks of ``size`` items when they leave this process, of one item otherwise (so
    that one process holds one item at a time).

    Parameters
    ----------
    engine : int or Engine
        The stage's engine, or a number of local processes.
    items : list
        The work.
    size : int
        Items per chunk sent to another process.

    Returns
    -------
    tuple
        The engine sized for the number of chunks (:meth:`Engine.sized_for`) and the
        chunks, in order.
    """
    engine = as_engine(engine).sized_for(-(-len(items) // size))
    return engine, chunked(items, size if engine.distributed else 1)


#: The engines ``--engine`` names.
ENGINES = ("local", "dask")


@contextlib.contextmanager
def open_engine(
    name: str = "local", jobs: int | None = None, scheduler: str | None = None
) -> Iterator[Engine]:
    """The engine a command runs on, closed (a Dask client disconnected) at the end.

    Parameters
    ----------
    name : str
        ``local`` (a pool of ``jobs`` processes, default every core) or ``dask`` (a
        cluster at ``scheduler``, see :meth:`analysis.dask_engine.DaskEngine.connect`).
    jobs : int, optional
        Processes of the local engine.
    scheduler : str, optional
        The Dask scheduler's address.

    Yields
    ------
    Engine
        A :class:`LocalEngine` or a :class:`~analysis.dask_engine.DaskEngine`.

    Raises
    ------
    analysis.dask_engine.EngineError
        When dask is not installed or the scheduler cannot be reached.
    ValueError
        ``name`` is not one of :data:`ENGINES`.
    """
    if name == "local":
        yield LocalEngine(resolve_jobs(jobs))
        return
    if name != "dask":
        raise ValueError(f"unknown engine {name!r}: one of {', '.join(ENGINES)}")
    from analysis.dask_engine import DaskEngine

    with DaskEngine.connect(scheduler) as engine:
        yield engine


def start_workers_early(engine: Engine, modules: Sequence[str]) -> bool:
    """Start the local pool's worker server now, with ``modules`` imported in it.

    Every worker of a later pool of this process is forked from that server
    (:func:`map_chunks`) and inherits what the modules loaded, copy-on-write: a module
    that loads a model at import is loaded once, in the server, while this process goes
    on with its own work, instead of once in each worker after the pool starts. Once
    the server runs its modules are fixed (the preloads of later pools are ignored;
    their workers import what they need themselves, as without this call).

    Parameters
    ----------
    engine : Engine
        The engine of the stage; only a :class:`LocalEngine` of more than one process
        has a worker server.
    modules : sequence of str
        Importable module names.

    Returns
    -------
    bool
        Whether a server was started (False: one process, another engine, or a
        server already running).
    """
    if not isinstance(engine, LocalEngine) or engine.jobs <= 1:
        return False
    server = multiprocessing.forkserver._forkserver
    if server._forkserver_pid is not None:
        return False
    multiprocessing.get_context("forkserver").set_forkserver_preload(list(modules))
    server.ensure_running()  # spawns the server and returns: the imports run there
    return True


#: The module each stage's worker server imports before it forks workers: the module of
#: the stage's chunk function and what it loads (clean: the cleaner, without pandas,
#: pyarrow or pandera; metrics: the per-article work with the readability dictionary and
#: the language model).
STAGE_WORKER_MODULES = {
    "clean": "analysis.clean.page_rows",
    "metrics": "analysis.stats.worker_models",
}


def start_stage_workers(stage: str, jobs: int | None, more: Sequence[str] = ()) -> bool:
    """Start the worker server of ``stage`` (``clean`` or ``metrics``) now, for ``jobs``.

    Called by the command line before it imports the stage (pandas, pyarrow, pandera:
    about a second), once its input is checked: the server's imports and model load then
    run beside the command's own imports and reading, on another core, instead of after
    them, when the stage's first chunk starts the pool.

    Parameters
    ----------
    stage : str
        A key of :data:`STAGE_WORKER_MODULES`: the server imports that module.
    jobs : int or None
        The ``--jobs`` given (None: every available core, :func:`resolve_jobs`).
    more : sequence of str, optional
        Modules the input needs besides (the HTML reader's libraries for a folder of
        HTML pages: :func:`analysis.clean.html_libraries.html_preloads`), loaded once in
        the server instead of in each worker on its first such page.

    Returns
    -------
    bool
        What :func:`start_workers_early` returns: whether a server was started (False
        for one process, or when a server runs already).
    """
    return start_workers_early(
        LocalEngine(resolve_jobs(jobs)), [STAGE_WORKER_MODULES[stage], *more]
    )


def available_cores() -> int:
    """The number of CPU cores this process may run on (at least 1).

    Returns
    -------
    int
        The CPU affinity's size on Linux, else ``os.cpu_count()``.
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: int | None) -> int:
    """``jobs`` as a process count: None means every available core.

    Parameters
    ----------
    jobs : int or None
        The ``--jobs`` given.

    Returns
    -------
    int
        At least 1.

    Raises
    ------
    ValueError
        When ``jobs`` is less than 1.
    """
    if jobs is None:
        return available_cores()
    if jobs < 1:
        raise ValueError(f"--jobs must be at least 1, not {jobs}")
    return jobs


def chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Consecutive lists of ``size`` items (the last may be shorter).

    Parameters
    ----------
    items : iterable
        The items, read lazily.
    size : int
        Items per list (at least 1).

    Yields
    ------
    list
        The next ``size`` items, in order.
    """
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


#: Chunks handed to the pool and not yet consumed, per worker process. Enough that the
#: workers keep working while this process does something else for a second: ``clean``
#: imports its table writers (~0.9 CPU-s) after handing out its first chunks, and writes
#: a row group now and then (a blocks row group of 50,000 rows: ~0.3 CPU-s); 2 per worker
#: (16 pages each, ~0.2 CPU-s) ran dry during the import.
CHUNKS_IN_FLIGHT_PER_JOB = 4


def map_chunks(
    function: Callable[[Chunk], Result],
    chunks: Iterable[Chunk],
    jobs: int,
    pool: WorkerPool | None = None,
    in_flight: int = 0,
) -> Iterator[Result]:
    """Yield ``function(chunk)`` for each chunk, in the order of ``chunks``.

    With ``jobs`` 1 everything runs in this process, lazily, one chunk at a time. With
    more, the chunks run in a pool of worker processes (``pool``, shared with the
    run's other calls, or one started for this call), at most
    :data:`CHUNKS_IN_FLIGHT_PER_JOB` ``x jobs`` in flight, or ``in_flight`` if more;
    ``function`` must be a module-level function and chunks and results picklable. A
    worker's exception is raised here, for its chunk, in order. When the caller stops
    early (an error, Ctrl-C, closing the generator), chunks not yet started are
    cancelled (and a pool started for this call is shut down).

    Parameters
    ----------
    function : callable
        Maps one chunk to one result.
    chunks : iterable of list
        The work, read lazily.
    jobs : int
        Number of processes (1: no pool).
    pool : WorkerPool, optional
        The run's pool (:func:`run_pool`); default: a pool for this call only.
    in_flight : int, optional
        At least this many chunks in flight (0: the default number).

    Yields
    ------
    object
        One result per chunk, in order.
    """
    if jobs <= 1:
        yield from map(function, chunks)
        return
    window = max(CHUNKS_IN_FLIGHT_PER_JOB * jobs, in_flight)
    if pool is None:
        with WorkerPool(jobs) as own:
            yield from _map_on_pool(own.executor(function), function, chunks, window)
        return
    yield from _map_on_pool(pool.executor(function), function, chunks, window)


def _map_on_pool(
    executor: ProcessPoolExecutor,
    function: Callable[[Chunk], Result],
    chunks: Iterable[Chunk],
    window: int,
) -> Iterator[Result]:
    """:func:`map_chunks` on a running pool: ``window`` chunks in flight, in order."""
    pending: deque[Future] = deque()
    try:
        for chunk in chunks:
            pending.append(executor.submit(function, chunk))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
