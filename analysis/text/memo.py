"""Memos of the cleaner's line-level work: per page and across the pages of a process.

- Inside a call decorated with :func:`words_counted_once` (the cleaner's per-page entry
  point), :func:`~analysis.text.words.count_words` counts each distinct text once and a
  function decorated with :func:`once_per_page` works each distinct text out once.
- A :class:`LineMemo` keeps the values of a pure function of one line across the pages a
  process cleans (:func:`remembered_across_pages`); :func:`clear_line_memos` empties
  them all and :func:`overridden` changes module constants with the memos emptied.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import weakref
from collections.abc import Callable, Collection, Iterator, Mapping
from contextvars import ContextVar
from types import ModuleType
from typing import ParamSpec, TypeVar

#: Most distinct texts :func:`words_counted_once` remembers in one call: a page's lines
#: are a few thousand; a hostile page of a million distinct lines keeps memory bounded
#: (the texts beyond it are counted each time, as without the memo).
PAGE_MEMO_TEXTS = 20_000
# The word counts of the page being cleaned (None: outside words_counted_once). A
# context variable, so threads (a Dask worker's) each have their own.
_PAGE_WORD_COUNTS: ContextVar[dict[str, int] | None] = ContextVar("page_word_counts", default=None)
P = ParamSpec("P")
R = TypeVar("R")


def words_counted_once(function: Callable[P, R]) -> Callable[P, R]:
    """Decorate a per-page entry point: within one call, each distinct text's words
    are counted once by :func:`count_words` (the counts are dropped on return).

    Parameters
    ----------
    function : callable
        A function that handles one page.

    Returns
    -------
    callable
        The same function; a nested call shares the outermost call's counts.
    """

    @functools.wraps(function)
    def counting_once(*args: P.args, **kwargs: P.kwargs) -> R:
        if _PAGE_WORD_COUNTS.get() is not None:
            return function(*args, **kwargs)
        token = _PAGE_WORD_COUNTS.set({})
        facts_token = _PAGE_FACTS.set({})
        try:
            return function(*args, **kwargs)
        finally:
            _PAGE_FACTS.reset(facts_token)
            _PAGE_WORD_COUNTS.reset(token)

    return counting_once


# The facts of the page being cleaned, by function (None: outside words_counted_once).
_PAGE_FACTS: ContextVar[dict[Callable, dict] | None] = ContextVar("page_facts", default=None)
_NOT_FOUND = object()
T = TypeVar("T")


def once_per_page(function: Callable[[str], T]) -> Callable[[str], T]:
    """Decorate a pure function of one text whose value is immutable (a line's date, its
    byline span): inside :func:`words_counted_once`, each distinct text is worked out
    once per page (several detectors ask about the same lines), at most
    :data:`PAGE_MEMO_TEXTS` texts remembered per function, and a line worked out on an
    earlier page is not worked out again (a :class:`LineMemo`); outside it, every call
    runs.

    Parameters
    ----------
    function : callable
        A function of one ``str`` argument, without side effects.

    Returns
    -------
    callable
        The same function, remembered per page.
    """

    across_pages = LineMemo()
    known = across_pages._values.get  # (its one dict: emptied in place, never replaced)

    @functools.wraps(function)
    def remembered(text: str) -> T:
        facts = _PAGE_FACTS.get()
        if facts is None:
            return remembered.__wrapped__(text)  # type: ignore[attr-defined]
        memo = facts.get(remembered)
        if memo is None:
            memo = facts[remembered] = {}
        found = memo.get(text, _NOT_FOUND)
        if found is _NOT_FOUND:
            found = known(text, _NOT_FOUND)
            if found is _NOT_FOUND:  # (called through __wrapped__, which tests may count)
                found = remembered.__wrapped__(text)  # type: ignore[attr-defined]
                across_pages.remember(text, found)
            if len(memo) < PAGE_MEMO_TEXTS:
                memo[text] = found
        return found  # type: ignore[return-value]

    return remembered


#: Most lines a :class:`LineMemo` keeps; when full it starts afresh (memory stays bounded
#: whatever the pages: a hostile page of a million distinct lines fills it and empties it).
LINE_MEMO_LINES = 10_000
#: Longest line a :class:`LineMemo` keeps, in characters: the lines pages share are site
#: chrome (menus, footers, share bars, bylines), short; paragraphs rarely recur. With
#: :data:`LINE_MEMO_LINES`, a memo's keys hold at most 2 million characters.
LINE_MEMO_CHARS = 200


class LineMemo:
    """The values of a pure function of one line's text, kept across the pages a process
    cleans: the pages of a site share their chrome (menus, footers, share bars), so a
    line seen on an earlier page is not worked out again. The values must depend on the
    line's text only (same text, same value), so outputs do not depend on which pages
    came before; bounded by :data:`LINE_MEMO_LINES` and :data:`LINE_MEMO_CHARS`. The
    values are shared by every caller, so they must be immutable (tuples, not lists).
    :func:`clear_line_memos` empties every memo (a benchmark's pass starts cold);
    :func:`overridden` empties them around a change of the constants they may read. A
    memo is unregistered when nothing refers to it any more.
    """

    def __init__(self) -> None:
        self._values: dict[str, object] = {}
        _LINE_MEMOS.add(self)

    def __len__(self) -> int:
        return len(self._values)

    def known(self, lines: Collection[str]) -> dict[str, object]:
        """The remembered values of those of ``lines`` the memo holds, by line (one
        look-up each: another thread may empty the memo meanwhile).

        Parameters
        ----------
        lines : collection of str
            The lines asked about.

        Returns
        -------
        dict of str to object
            The lines the memo holds and their values (the others left out).
        """
        get = self._values.get
        return {line: value for line in lines if (value := get(line, _NOT_FOUND)) is not _NOT_FOUND}

    def get(self, line: str, default: object = None) -> object:
        """The remembered value of ``line``, else ``default``.

        Parameters
        ----------
        line : str
            The line's text.
        default : object, optional
            What to return for a line the memo does not hold.

        Returns
        -------
        object
            The value.
        """
        return self._values.get(line, default)

    def remember(self, line: str, value: object) -> None:
        """Keep ``value`` for ``line`` (a line longer than :data:`LINE_MEMO_CHARS` is not
        kept; a full memo is emptied first).

        Parameters
        ----------
        line : str
            The line's text.
        value : object
            Its value: immutable (shared by every caller that asks about the line).
        """
        if len(line) > LINE_MEMO_CHARS:
            return
        if len(self._values) >= LINE_MEMO_LINES:
            self._values.clear()
        self._values[line] = value

    def clear(self) -> None:
        """Forget every line."""
        self._values.clear()


# Every live LineMemo of the process (weak: a memo nothing uses is dropped from it).
_LINE_MEMOS: weakref.WeakSet[LineMemo] = weakref.WeakSet()


def clear_line_memos() -> None:
    """Empty every :class:`LineMemo` of the process (outputs are the same either way)."""
    for memo in list(_LINE_MEMOS):
        memo.clear()


@contextlib.contextmanager
def overridden(settings: Mapping[tuple[ModuleType | str, str], object]) -> Iterator[None]:
    """Set module constants (a benchmark's thresholds and rule switches) for the block.

    Every :class:`LineMemo` is emptied when the values are set and again when the old
    ones are put back: a memo holds values worked out under the constants of the time
    (a line's kind under another word limit), which another value would change. The one
    way for a sweep over settings to change a constant the cleaner reads.

    Parameters
    ----------
    settings : mapping
        ``(module or module name, attribute name) -> value``.

    Yields
    ------
    None
        Inside the block the attributes hold the values; after it, their old values.
    """
    saved: list[tuple[ModuleType, str, object]] = []
    try:
        for (module, name), value in settings.items():
            home = importlib.import_module(module) if isinstance(module, str) else module
            saved.append((home, name, getattr(home, name)))
            setattr(home, name, value)
        clear_line_memos()
        yield
    finally:
        for home, name, value in reversed(saved):
            setattr(home, name, value)
        clear_line_memos()


def remembered_across_pages(function: Callable[[str], T]) -> Callable[[str], T]:
    """Decorate a pure function of one line's text whose value is immutable: its values
    are kept in a :class:`LineMemo`, across pages (see there).

    Parameters
    ----------
    function : callable
        A function of one ``str`` argument, without side effects, whose value depends
        on that text only.

    Returns
    -------
    callable
        The same function, remembered.
    """
    memo = LineMemo()
    known = memo._values.get  # (the memo's one dict: emptied in place, never replaced)

    @functools.wraps(function)
    def remembered(line: str) -> T:
        found = known(line, _NOT_FOUND)
        if found is _NOT_FOUND:
            found = function(line)
            memo.remember(line, found)
        return found  # type: ignore[return-value]

    return remembered
