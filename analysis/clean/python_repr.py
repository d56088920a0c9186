"""A Python session's printing of a list of stories: the values a ``repr`` shows.

A researcher who fetched stories in a notebook (a feed library's ``entries``, an
article scraper's results as dicts) often saves what the session printed: the prompts
(``In [4]:`` / ``Out[4]:`` of IPython and Jupyter, ``>>>`` / ``...`` of the plain
interpreter) and the value's ``repr`` or ``pprint``: single-quoted strings, long ones
split into adjacent literals over lines, ``None`` / ``True``, and the few objects such
values hold printed as calls (``datetime.datetime(2026, 12, 3, 8, 40)``,
``datetime.date(...)``, ``time.struct_time(tm_year=2026, tm_mon=12, tm_mday=3, ...)``,
``Timestamp('2026-12-03 08:40:00')``). Read as a page, such a text is one block of
code-like lines, its dicts run together into one record.

:func:`python_value` gives the value such a printing shows: the session's output
blocks (the lines after a prompt up to the next prompt, ``Out[N]:`` taken off), or the
whole text when it holds no prompt, each opening with ``[`` or ``{``; the date calls
written as ISO strings first, then the block read by :func:`ast.literal_eval`, which
reads literals only (strings, numbers, lists, dicts, tuples, ``None`` ...) and never
runs anything: a block holding any other call or name is no value. The first block that
reads as a list or a dict is the value (a session prints ``len(...)`` and the like as
numbers, which are skipped). No tuned value: the prompts are the interpreters' own.
"""

from __future__ import annotations

import ast
import re

__all__ = ["python_value", "session_opening"]

#: The longest block read (characters): a printing longer than this is left as text
#: (``ast.literal_eval`` builds the whole tree in memory; ten megabytes is far more than
#: any saved session's output).
MAX_BLOCK = 10_000_000

# A prompt line: IPython's input and its continuation, the plain interpreter's.
_PROMPT = re.compile(r"^(?:In \[\d*\]:|\s*\.\.\.:|>>>|\.\.\.)(?:[ \t]|$)")
# IPython's output prompt, the value on its line or on the next.
_OUT = re.compile(r"^Out\[\d*\]:[ \t]*")
# A session's opening: an IPython input prompt or the interpreter's, at a line's start.
_OPENING = re.compile(r"^(?:\ufeff)?\s*(?:In \[\d+\]:|>>> )", re.M)
_INT = r"\s*(\d{1,4})\s*"
# datetime.datetime(Y, M, D[, h[, m[, s[, us]]]][, tzinfo=...]), datetime.date(Y, M, D),
# also printed without the module's name (``from datetime import datetime``).
_DATETIME = re.compile(
    rf"\b(?:datetime\.)?(?:datetime|date)\({_INT},{_INT},{_INT}"
    rf"(?:,{_INT}(?:,{_INT}(?:,{_INT}(?:,\s*\d+\s*)?)?)?)?"
    r"(?:,\s*tzinfo=(?:[^()]|\([^()]*\))*)?\)"
)
# time.struct_time(tm_year=Y, tm_mon=M, tm_mday=D, ...): a feed library's parsed dates.
_STRUCT_TIME = re.compile(
    r"\btime\.struct_time\(\s*tm_year=(\d{4}),\s*tm_mon=(\d{1,2}),\s*tm_mday=(\d{1,2})"
    r"(?:,\s*tm_hour=(\d{1,2}))?(?:,\s*tm_min=(\d{1,2}))?[^()]*\)"
)
# pandas' Timestamp('...') (a DataFrame's rows printed as dicts): its string.
_TIMESTAMP = re.compile(r"\bTimestamp\(\s*('[^'\n]*')[^()]*\)")


def session_opening(head: str) -> bool:
    """Whether a text's opening shows a Python session's prompt (``In [N]:``, ``>>> ``).

    Parameters
    ----------
    head : str
        The text's first characters.

    Returns
    -------
    bool
        True when a line opens with an input prompt.
    """
    return _OPENING.search(head) is not None


def python_value(text: str) -> list | dict | None:
    """The list or dict a Python session's printing shows (see the module doc).

    Parameters
    ----------
    text : str
        The saved text: a session with its prompts, or one value's printing.

    Returns
    -------
    list or dict or None
        The first output block that reads as a list or a dict of literals; None when no
        block does.
    """
    for block in _blocks(text):
        if len(block) > MAX_BLOCK or not block.startswith(("[", "{")):
            continue
        try:
            value = ast.literal_eval(_dates_as_strings(block))
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            continue
        if isinstance(value, (list, dict)) and value:
            return value
    return None


def _blocks(text: str) -> list[str]:
    """The output blocks of a session (the whole text when no line is a prompt), each
    stripped."""
    lines = text.lstrip("\ufeff").splitlines()
    if not any(_PROMPT.match(line) for line in lines):
        return [text.strip()]
    blocks, current = [], []
    for line in lines:
        if _PROMPT.match(line):
            blocks.append(current)
            current = []
            continue
        current.append(_OUT.sub("", line, count=1))
    blocks.append(current)
    return ["\n".join(block).strip() for block in blocks if any(s.strip() for s in block)]


def _dates_as_strings(block: str) -> str:
    """``block`` with its date objects' calls written as ISO date strings."""
    block = _DATETIME.sub(lambda m: repr(_iso(*m.groups()[:5])), block)
    block = _STRUCT_TIME.sub(lambda m: repr(_iso(*m.groups())), block)
    return _TIMESTAMP.sub(lambda m: m[1], block)


def _iso(year: str, month: str, day: str, hour: str | None, minute: str | None) -> str:
    """An ISO date, with its time when the call gives an hour."""
    date = f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    if hour is None:
        return date
    return f"{date}T{int(hour):02d}:{int(minute or 0):02d}:00"
