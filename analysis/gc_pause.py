"""Pause Python's cyclic garbage collector while one page or body is processed.

CPython runs a collection every few hundred new container objects (lists, tuples,
dataclass instances), whether or not they could ever form a cycle, and a full
collection walks every live object of the process: the 400,000 objects of the
imported modules (pandas, numpy, textstat) and everything built so far. A hostile
1 MB page makes a stage build a container per line or per quote (a million lines of
blank text, 250,000 quoted words), and then several full collections ran inside one
call: 30-40 % of the CPU time of the worst adversarial families
(``benchmarks/adversarial.py``), for nothing: the per-page objects hold no cycles and
are freed by reference counting when the call returns.

:func:`collection_paused` turns the collector off for the duration of one call (the
per-page and per-body entry points of ``clean`` and ``metrics``) and back on after it,
only if it was on. Cyclic garbage made during the call, if any, is collected at the
next collection after it. This is the remedy CPython's documentation of
``gc.disable`` allows and that other projects use for building large containers
(Mercurial's ``util.nogc``).

:func:`alive_objects_frozen` is for a stage that runs full collections of its own
(``metrics`` frees each batch's cyclic garbage: ``release_freed_memory``): inside it a
collection walks the objects made since it started, not the modules'.

:func:`frozen_for_exit` is for a command's process once its work is done: the
interpreter's finalization runs full collections while it tears the modules down, and
they walked every object of pandas, pyarrow and pandera (~0.25 CPU-s at the end of each
``clean`` and ``metrics`` command, after its last output was written: the serial tail of
a ``--jobs N`` run).
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Callable, Iterator
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def collection_paused(function: Callable[P, R]) -> Callable[P, R]:
    """Decorate ``function`` to run with the cyclic garbage collector paused.

    Parameters
    ----------
    function : callable
        A function that builds many acyclic containers and returns.

    Returns
    -------
    callable
        The same function; the collector is re-enabled when it returns or raises, if it
        was enabled when it was called (nested calls leave it to the outermost one).
    """

    @functools.wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return paused


@contextlib.contextmanager
def alive_objects_frozen() -> Iterator[None]:
    """Collections inside the ``with`` block skip the objects alive when it starts.

    ``gc.freeze`` moves every object the collector tracks (the imported modules': about
    90,000 in a ``metrics`` command, ~0.05 CPU-s a full collection) to a permanent
    generation that no collection walks, and ``gc.unfreeze`` gives them back at the end.
    Objects made inside the block are collected as before; cyclic garbage that was
    already there when it started is collected after it.

    Yields
    ------
    None
        Once the objects alive are frozen.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def frozen_for_exit() -> None:
    """Freeze every object the collector tracks, for the process's exit.

    Called by the command line's entry points (``python -m analysis``, the
    ``newscompare`` script) once the command has returned, every output written and
    closed: the finalization's collections then walk no object of the imported modules.
    Exit handlers, stream flushes and the deallocation of every object its references
    free run as before; only cyclic garbage left at exit is not walked (the process's
    memory goes back to the system with it). Not for a process that goes on working
    (a test session, a notebook): nothing made before the call would be collected.
    """
    gc.freeze()
