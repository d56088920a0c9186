"""The word and letter-run definitions as patterns, shared by every text module.

A **word** is a whitespace-separated token holding at least one letter or digit
(:data:`WORD_PATTERN`; in scripts written without spaces, :mod:`analysis.text.words`
counts more than one word per token); a **letter run** is a maximal run of letters
(:data:`LETTER_RUN`).
"""

from __future__ import annotations

import re

# A word is a whitespace-separated token that contains at least one letter or digit.
_TOKEN = re.compile(r"\S+")
#: A letter or digit: what makes a token a word.
WORD_CHAR = re.compile(r"[^\W_]")
#: The same definition as one pattern: a maximal non-space run holding a letter or digit.
WORD_PATTERN = re.compile(r"(?<!\S)\S*?[^\W_]\S*")
#: A maximal run of letters (no digits, no underscore).
LETTER_RUN = re.compile(r"[^\W\d_]+")
# The letter runs of four letters or more (a shorter run cannot start one: the match at a
# run's start takes the whole run): LETTER_RUN's runs that title case looks at.
CONTENT_RUN = re.compile(r"[^\W\d_]{4,}")
