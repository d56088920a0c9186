"""Shared text primitives: the one definition of a word used by every statistic."""

from __future__ import annotations

import re

# A word is a whitespace-separated token that contains at least one letter or digit.
_TOKEN = re.compile(r"\S+")
_WORDLIKE = re.compile(r"[^\W_]")
# The same definition as one pattern: a maximal non-space run holding a letter or digit.
WORD_PATTERN = re.compile(r"(?<!\S)\S*?[^\W_]\S*")


def iter_word_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) character offsets of every word in ``text``.

    A word is a whitespace-separated token containing at least one letter or digit
    (so "—" or "•" alone is not a word, "U.S." and "2025" are).

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    list of tuple of int
        Offsets into ``text``, in order.
    """
    return [m.span() for m in _TOKEN.finditer(text) if _WORDLIKE.search(m.group())]


def count_words(text: str) -> int:
    """Count words in ``text`` (see :func:`iter_word_spans` for the definition).

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    int
        The number of words.
    """
    return len(WORD_PATTERN.findall(text))
