"""How far a long command is: a bar on a terminal, a line a minute in a log.

``clean``, ``metrics`` and ``report`` show a tqdm bar when stderr is a terminal. A run
whose stderr is a file or a pipe (``nohup``, a batch system's log, a notebook's ``!``
cell) showed nothing: a 20,000-page ``clean`` was 20 minutes of silence, a hung run and
a slow one alike (h269). :func:`progress` gives such a run :class:`LogProgress`: one
plain line (no bar, no carriage return) each :data:`LOG_INTERVAL` seconds of work, so a
short run, a test's, writes none.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from tqdm import tqdm

LOG_INTERVAL = 60.0  # seconds between two lines in a log


class LogProgress:
    """A counter that writes "clean: 3,200 of 19,617 pages (16 %), 4 min so far" to a
    stream at most once each ``interval`` seconds; the tqdm attributes the commands use
    (``n``, ``total``, ``update``, ``set_postfix_str``, ``close``, a context manager).

    Parameters
    ----------
    total : int or None
        The count expected (None: unknown, no percentage).
    desc, unit : str
        What is counted ("clean", "page").
    stream : text stream, optional
        Where the lines go (stderr).
    interval : float, optional
        Seconds between two lines.
    clock : callable, optional
        The time in seconds (``time.monotonic``).
    """

    def __init__(
        self,
        total: int | None,
        desc: str,
        unit: str,
        stream: TextIO | None = None,
        interval: float = LOG_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total, self.desc, self.unit, self.n = total, desc, unit, 0
        self.stream = stream if stream is not None else sys.stderr
        self.interval, self.clock = interval, clock
        self.start = self.last = clock()
        self.postfix = ""

    def update(self, n: int = 1) -> None:
        """Count ``n`` more; write a line when ``interval`` seconds passed since the last.

        Parameters
        ----------
        n : int, optional
            How many were done.
        """
        self.n += n
        now = self.clock()
        if now - self.last >= self.interval:
            self.last = now
            self.stream.write(self.line(now) + "\n")
            self.stream.flush()

    def line(self, now: float) -> str:
        """The line written at time ``now``.

        Parameters
        ----------
        now : float
            The clock's time.

        Returns
        -------
        str
            "desc: N of TOTAL units (P %), M min so far" (no total: "desc: N units, ...").
        """
        minutes = int((now - self.start) // 60)
        done = f"{self.n:,} {self.unit}s"
        if self.total:
            done = f"{self.n:,} of {self.total:,} {self.unit}s ({100 * self.n // self.total} %)"
        last = f" (last: {self.postfix})" if self.postfix else ""
        return f"{self.desc}: {done}, {minutes} min so far{last}"

    def set_postfix_str(self, text: str, refresh: bool = True) -> None:
        """Name the last item done ("fox-news"), shown at the end of the next line.

        Parameters
        ----------
        text : str
            The item.
        refresh : bool, optional
            Ignored (tqdm's parameter: a line is written only by :meth:`update`).
        """
        self.postfix = text

    def close(self) -> None:
        """Nothing to clear: the lines are whole (tqdm's method, for the same callers)."""

    def __enter__(self) -> LogProgress:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def progress(total: int | None, desc: str, unit: str, shown: bool = True) -> tqdm | LogProgress:
    """A tqdm bar on a terminal (stderr), :class:`LogProgress` lines otherwise.

    Parameters
    ----------
    total : int or None
        The count expected.
    desc, unit : str
        What is counted.
    shown : bool, optional
        False: a disabled bar (nothing written anywhere).

    Returns
    -------
    tqdm or LogProgress
        The counter.
    """
    from tqdm import tqdm

    if not shown:
        return tqdm(total=total, desc=desc, unit=unit, disable=True)
    if sys.stderr.isatty():
        return tqdm(total=total, desc=desc, unit=unit)
    return LogProgress(total, desc, unit)
