"""Caseless hints: a text lowered so that a case-insensitive pattern's literal words show.

A case-insensitive pattern (``re.IGNORECASE``) that needs a literal ASCII word ("photo",
"all rights reserved") matches only in a text whose :func:`caseless_lower` holds that
word. The cleaner tests that first (a ``str.find``), and runs the pattern's search (which
tries every position of the line) only on the lines that hold a word of it.

``str.lower()`` alone would not do: ``re.IGNORECASE`` also matches four characters that
are not ASCII to an ASCII letter, "İ" (dotted capital I) and "ı" (dotless i) to "i", "ſ"
(long s) to "s", and the Kelvin sign to "k" (Python's simple case folding and its
equivalences); ``lower()`` turns the Kelvin sign into "k" and "İ" into "i" followed by a
combining dot above, and leaves "ı" and "ſ". ``tests/test_text.py`` checks every code
point against the patterns of every ASCII letter.
"""

from __future__ import annotations

# What lower() leaves of those characters, and the ASCII letter each is read as ("" for
# the combining dot of a lowered "İ": its "i" is already there).
_LOWERED_ODD = (("ı", "i"), ("ſ", "s"), ("\u0307", ""))


def caseless_lower(text: str) -> str:
    """``text.lower()`` with the characters ``re.IGNORECASE`` matches to an ASCII letter
    written as that letter.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        A lower-case text that holds every ASCII word (letters, digits, punctuation,
        spaces) that a case-insensitive pattern finds in ``text`` (it may hold more: a
        gate, never an answer).
    """
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    for odd, letter in _LOWERED_ODD:
        if odd in lowered:
            lowered = lowered.replace(odd, letter)
    return lowered
