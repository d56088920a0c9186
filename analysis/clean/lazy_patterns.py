"""A table of patterns compiled on first use (speed only).

Compiling a pattern costs Python's parser and compiler (~0.1-20 ms), paid at import by
every process that cleans pages (the command, the pool's server, each ``--jobs 1``
run). A table of many patterns of which a text asks only a few (dates of scripts and
calendars most corpora never print, read only where a text holds what they need) need
not compile them all before the first page: :class:`PatternTable` holds their sources
and compiles each the first time it is asked for, then keeps it. The patterns are the
same objects' equals as compiled at import (same source, same flags): only when the cost
is paid changes, and a pattern no text asks for is never compiled.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import overload


class PatternTable(Sequence[re.Pattern[str]]):
    """A sequence of patterns, each compiled from its source when first read.

    Parameters
    ----------
    sources : iterable of (str, int)
        Each pattern's source and flags, in the table's order.
    compile : callable, optional
        How a source and its flags are compiled (``re.compile``, or a wrapper of it
        such as :func:`analysis.clean.pattern_starts.starting_at`).

    Examples
    --------
    >>> table = PatternTable([(r"\\d+", 0), (r"[a-z]+", re.IGNORECASE)])
    >>> table.compiled_count()
    0
    >>> table[1].match("Word").group()
    'Word'
    >>> table.compiled_count()
    1
    """

    __slots__ = ("_compile", "_patterns", "_sources")

    def __init__(
        self,
        sources: Iterable[tuple[str, int]],
        compile: Callable[[str, int], re.Pattern[str]] = re.compile,
    ) -> None:
        self._sources = tuple(sources)
        self._compile = compile
        self._patterns: list[re.Pattern[str] | None] = [None] * len(self._sources)

    def __len__(self) -> int:
        return len(self._sources)

    @overload
    def __getitem__(self, index: int) -> re.Pattern[str]: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[re.Pattern[str], ...]: ...

    def __getitem__(self, index: int | slice) -> re.Pattern[str] | tuple[re.Pattern[str], ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(len(self))[index])
        pattern = self._patterns[index]
        if pattern is None:
            pattern = self._patterns[index] = self._compile(*self._sources[index])
        return pattern

    @property
    def sources(self) -> tuple[tuple[str, int], ...]:
        """Each pattern's source and flags (none is compiled by reading them)."""
        return self._sources

    def compiled_count(self) -> int:
        """How many of the table's patterns are compiled so far.

        Returns
        -------
        int
            Between 0 and ``len(self)``.
        """
        return sum(pattern is not None for pattern in self._patterns)


def source_of(pattern: str | re.Pattern[str] | tuple[str, int], flags: int = 0) -> tuple[str, int]:
    """A pattern's source and flags, to hold in a :class:`PatternTable`.

    Parameters
    ----------
    pattern : str, re.Pattern or (str, int)
        A source (compiled with ``flags``), a compiled pattern (its own source and
        flags) or a source and flags already.
    flags : int, optional
        The flags of a source given as a string.

    Returns
    -------
    (str, int)

    Examples
    --------
    >>> source_of(re.compile("a+", re.IGNORECASE)) == ("a+", re.IGNORECASE | re.UNICODE)
    True
    >>> source_of("b", re.MULTILINE) == ("b", re.MULTILINE)
    True
    """
    if isinstance(pattern, re.Pattern):
        return pattern.pattern, pattern.flags
    if isinstance(pattern, tuple):
        return pattern
    return pattern, flags


def sources_of(*patterns: str | re.Pattern[str] | tuple[str, int]) -> tuple[tuple[str, int], ...]:
    """:func:`source_of` of each of ``patterns``.

    Parameters
    ----------
    *patterns : str, re.Pattern or (str, int)

    Returns
    -------
    tuple of (str, int)
    """
    return tuple(source_of(pattern) for pattern in patterns)
