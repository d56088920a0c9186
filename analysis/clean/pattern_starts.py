"""The characters a pattern's matches can start with, as a look-ahead (speed only).

Python's ``re`` skips ahead in compiled code only for a pattern that opens with a
literal or a character set it can read (and, when the pattern ignores case, one of
uncased characters). A pattern that opens otherwise (a look-behind, ``\\b``, a repeat,
an alternation of words in any case) is tried from the start at every position of the
text: a case-insensitive alternation of a hundred words costs a hundred tries a
position. :func:`starting_at` puts in front of such a pattern a look-ahead of the
characters its matches can start with, read off the pattern's parsed form (so it
follows any change to the pattern): at a position holding none of them the try ends
after one class test. The look-ahead holds whatever a match starts with, so the
pattern matches exactly where, and exactly what, it matched before; only the cost
changes.
"""

from __future__ import annotations

import functools
import re
from re import _constants as sre  # the parsed form of a pattern, to read its first characters
from re import _parser as sre_parse

#: A range of code points longer than this is not written out (read as unknown).
MAX_RANGE = 2000

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
}
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_SPECIAL_IN_CLASS = frozenset("\\]^-[")
# Marks first characters read inside a group that ignores case (``(?i:...)``).
_CASELESS = "(?i)"


class _UnreadError(Exception):
    """The first characters of a part of a pattern are not read (a negated set, a
    back-reference, a conditional group)."""


def starting_class(source: str, flags: int = 0) -> str | None:
    """A character class holding every character a match of ``source`` can start with.

    Parameters
    ----------
    source : str
        A pattern's source.
    flags : int, optional
        The flags it is compiled with (the class is meant to be compiled with the same
        ones: with ``re.IGNORECASE`` it matches the other cases of its letters, as the
        pattern's own letters do).

    Returns
    -------
    str or None
        The class's source (``[\\dab]``; ``(?i:[ab])`` when a first letter is in a
        group that ignores case, ``(?i:Jan|Feb)``, and ``flags`` do not); None when a
        match can be empty or a first character is not read.

    Examples
    --------
    >>> starting_class(r"\\b(?:vor|hace)\\s+\\d+|\\d+\\s+ago")
    '[\\\\dhv]'
    """
    try:
        chars, can_be_empty = _sequence_starts(list(sre_parse.parse(source, flags)))
    except _UnreadError:
        return None
    if can_be_empty:
        return None
    categories = sorted(c for c in chars - {_CASELESS} if len(c) > 1)
    literals = sorted(c for c in chars if len(c) == 1)
    escaped = ("\\" + c if c in _SPECIAL_IN_CLASS else c for c in literals)
    opening = "[" + "".join(categories) + "".join(escaped) + "]"
    return f"(?i:{opening})" if _CASELESS in chars and not flags & re.IGNORECASE else opening


def starting_at(source: str, flags: int = 0) -> re.Pattern[str]:
    """``source`` compiled behind a look-ahead of the characters its matches start with.

    Parameters
    ----------
    source : str
        A pattern's source (its groups keep their numbers and names).
    flags : int, optional
        The flags to compile it with.

    Returns
    -------
    re.Pattern
        A pattern matching exactly where and what ``source`` matches; ``source`` as it
        is when its first characters are not read (:func:`starting_class`).

    Examples
    --------
    >>> starting_at(r"\\b(?:vor|hace)\\s+\\d+", re.IGNORECASE).search("Vor 3 Tagen").span()
    (0, 5)
    """
    return re.compile(f"{start_lookahead(source, flags)}(?:{source})", flags)


@functools.lru_cache(maxsize=256)  # (dates builds its patterns of one-word month names
# twice, in its two tables: a source is parsed here once a process)
def start_lookahead(source: str, flags: int = 0) -> str:
    """A look-ahead of the characters a match of ``source`` starts with, to write in
    front of it (inside a larger pattern compiled with ``flags``: ``^\\W*`` then the
    look-ahead then the alternation of words it gates). Remembered by source and flags.

    Parameters
    ----------
    source : str
        A pattern's source.
    flags : int, optional
        The flags the larger pattern is compiled with.

    Returns
    -------
    str
        ``(?=[...])`` (:func:`starting_class`), or "" when the first characters are not
        read (nothing is gated).

    Examples
    --------
    >>> start_lookahead(r"see also|related", re.IGNORECASE)
    '(?=[rs])'
    """
    opening = starting_class(source, flags)
    if opening is None or _scanned_for(source, flags):
        return ""
    return f"(?={opening})"


def _scanned_for(source: str, flags: int) -> bool:
    """Whether ``source`` opens with a literal or a set, which ``re`` finds by itself."""
    items = list(sre_parse.parse(source, flags))
    while items and items[0][0] is sre.SUBPATTERN:
        items = list(items[0][1][3])
    return bool(items) and items[0][0] in (sre.LITERAL, sre.IN)


def _sequence_starts(items: list) -> tuple[set[str], bool]:
    """The first characters of a parsed sequence, and whether it can match empty."""
    chars: set[str] = set()
    for op, argument in items:
        first, can_be_empty = _item_starts(op, argument)
        chars |= first
        if not can_be_empty:
            return chars, False
    return chars, True


def _item_starts(op, argument) -> tuple[set[str], bool]:
    """The first characters of one parsed item (a category as its escape, ``\\d``), and
    whether it can match empty."""
    if op is sre.LITERAL:
        return {chr(argument)}, False
    if op is sre.IN:
        return _set_starts(argument), False
    if op is sre.BRANCH:
        chars: set[str] = set()
        can_be_empty = False
        for branch in argument[1]:
            first, empty = _sequence_starts(list(branch))
            chars |= first
            can_be_empty = can_be_empty or empty
        return chars, can_be_empty
    if op is sre.SUBPATTERN:
        first, can_be_empty = _sequence_starts(list(argument[3]))
        return (first | {_CASELESS} if argument[1] & re.IGNORECASE else first), can_be_empty
    if op is sre.ATOMIC_GROUP:
        return _sequence_starts(list(argument))
    if op in _REPEATS:
        first, empty = _sequence_starts(list(argument[2]))
        return first, empty or argument[0] == 0
    if op in _ZERO_WIDTH:
        return set(), True
    raise _UnreadError(op)


def _set_starts(items: list) -> set[str]:
    """The characters of a parsed character set (not a negated one)."""
    chars: set[str] = set()
    for op, argument in items:
        if op is sre.LITERAL:
            chars.add(chr(argument))
        elif op is sre.RANGE and argument[1] - argument[0] <= MAX_RANGE:
            chars.update(map(chr, range(argument[0], argument[1] + 1)))
        elif op is sre.CATEGORY and argument in _CATEGORIES:
            chars.add(_CATEGORIES[argument])
        else:
            raise _UnreadError(op)
    return chars
