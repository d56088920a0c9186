"""Teasers: a card's body cut short or a single short paragraph, not the full article."""

from __future__ import annotations

import re

from analysis.text import count_words
from analysis.text.marks import CLOSING_MARKS

#: Words of a single-paragraph body up to which it is a teaser or snippet.
MAX_TEASER_WORDS = 90

_ELLIPSIS_END = re.compile(
    rf"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(more…?\))[{re.escape(CLOSING_MARKS)}]*\s*$"
)


def is_teaser(body: str) -> bool:
    """True for a card body that is a teaser or snippet, not the full article.

    Parameters
    ----------
    body : str
        The card's body, paragraphs separated by a blank line.

    Returns
    -------
    bool
        The body ends in an ellipsis, or is a single paragraph of at most
        :data:`MAX_TEASER_WORDS` words.
    """
    text = body.strip()
    if not text:
        return False
    if _ELLIPSIS_END.search(text):
        return True
    return "\n" not in text and count_words(text) <= MAX_TEASER_WORDS
