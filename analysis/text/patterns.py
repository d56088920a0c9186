"""The word and letter-run definitions as patterns, shared by every text module.

A **word** is a whitespace-separated token holding at least one letter or digit
(:data:`WORD_PATTERN`; in scripts written without spaces, :mod:`analysis.text.words`
counts more than one word per token); a **letter run** is a maximal run of letters
(:data:`LETTER_RUN`).
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
#: A maximal run of letters (no digits, no underscore).
LETTER_RUN = re.compile(r"[^\W\d_]+")


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


#: A maximal run of letters with the combining marks written on them: a word of a script
#: whose vowel signs are marks (Devanagari "स्कूलों", which :data:`LETTER_RUN` cuts into
#: "स", "क", "ल" at its signs), whole.
MARKED_LETTER_RUN = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_mark_ranges()}])*")
# The letter runs of four letters or more (a shorter run cannot start one: the match at a
# run's start takes the whole run): LETTER_RUN's runs that title case looks at.
CONTENT_RUN = re.compile(r"[^\W\d_]{4,}")
