"""The word and letter-run definitions as patterns, shared by every text module.

A **word** is a whitespace-separated token holding at least one letter or digit
(:data:`WORD_PATTERN`; in scripts written without spaces, :mod:`analysis.text.words`
counts more than one word per token); a **letter run** is a maximal run of letters with
the combining marks written on them (:data:`LETTER_RUN`), a word's letters.
"""

from __future__ import annotations

import re
import unicodedata

# A word is a whitespace-separated token that contains at least one letter or digit.
_TOKEN = re.compile(r"\S+")
#: A letter or digit: what makes a token a word.
WORD_CHAR = re.compile(r"[^\W_]")
#: The same definition as one pattern: a maximal non-space run holding a letter or digit.
WORD_PATTERN = re.compile(r"(?<!\S)\S*?[^\W_]\S*")


def _mark_ranges() -> str:
    """The combining marks of the Basic Multilingual Plane (Unicode categories Mn, Mc,
    Me) as a character class's ranges: the vowel signs and viramas of the Indic scripts,
    Thai's vowels and tone marks, Arabic's and Hebrew's points, Latin's accents when
    decomposed."""
    ranges: list[list[int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


#: The combining marks as a character class (:func:`_mark_ranges`).
COMBINING_MARK = f"[{_mark_ranges()}]"
#: A maximal run of letters (no digits, no underscore) with the combining marks written
#: on them: a word's letters, whole in every script. The vowel signs and viramas of the
#: Indic scripts, Thai's vowels and tone marks, decomposed accents are marks (Unicode
#: categories Mn, Mc, Me), not ``\w`` letters for ``re``: ``[^\W\d_]+`` alone cuts
#: Devanagari "स्कूलों" into "स", "क", "ल" at its signs. A run starts with a letter (a mark
#: alone is no word). Text normalized to NFC holds no marks in Latin, Greek or Cyrillic
#: words, whose runs are the same either way.
LETTER_RUN = re.compile(rf"[^\W\d_]+(?:{COMBINING_MARK}+[^\W\d_]*)*")
# The runs of four letters or more, marks apart (a shorter run cannot start one: the
# match at a run's start takes the whole run): the runs title case looks at, in scripts
# with case (whose NFC words hold no marks).
CONTENT_RUN = re.compile(r"[^\W\d_]{4,}")
