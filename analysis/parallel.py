"""Run a stage's work in chunks over a process pool, results in input order.

Used by ``clean`` (chunks of pages) and ``metrics`` (chunks of articles). The caller
writes the results in the order they are yielded, so the output does not depend on
the number of processes or on which chunk finishes first: ``--jobs N`` gives the same
bytes as ``--jobs 1``. At most ``2 x jobs`` chunks are in flight (submitted and not yet
consumed), so memory grows with the chunk size, not with the corpus.

Workers are started with the ``forkserver`` method (a clean process that has imported
the worker's module once, forked per worker), not by forking the caller, which may hold
locks of its own threads (pyarrow's writers).
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def available_cores() -> int:
    """The number of CPU cores this process may run on (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: int | None) -> int:
    """``jobs`` as a process count: None means every available core.

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
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def map_chunks(
    function: Callable[[list[Item]], Result],
    chunks: Iterable[list[Item]],
    jobs: int,
) -> Iterator[Result]:
    """Yield ``function(chunk)`` for each chunk, in the order of ``chunks``.

    With ``jobs`` 1 everything runs in this process, lazily, one chunk at a time. With
    more, the chunks run in a pool of ``jobs`` worker processes, at most ``2 x jobs``
    in flight; ``function`` must be a module-level function and chunks and results
    picklable. A worker's exception is raised here, for its chunk, in order. When the
    caller stops early (an error, Ctrl-C, closing the generator), chunks not yet
    started are cancelled and the pool is shut down.

    Parameters
    ----------
    function : callable
        Maps one chunk to one result.
    chunks : iterable of list
        The work, read lazily.
    jobs : int
        Number of processes (1: no pool).

    Yields
    ------
    object
        One result per chunk, in order.
    """
    if jobs <= 1:
        yield from map(function, chunks)
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([function.__module__])
    pending: deque[Future] = deque()
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=context)
    try:
        for chunk in chunks:
            pending.append(executor.submit(function, chunk))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
