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
        :data:`MAX_TEASER_WORDS` words (:func:`teaser_reason` is not None).
    """
    return teaser_reason(body) is not None


#: :func:`teaser_reason`'s values for a card (``articles.teaser_reason``).
ELLIPSIS_REASON = "card: ends in an ellipsis"
SHORT_REASON = f"card: one paragraph of at most {MAX_TEASER_WORDS} words"
#: A listing's card printing its headline and date alone, no text
#: (:mod:`analysis.clean.dated_headlines`): a teaser of no words (``articles.body`` empty).
TITLE_ONLY_REASON = "card: a headline and its date, no text"


def teaser_reason(body: str) -> str | None:
    """Why a card body is a teaser or snippet; None when it is not one.

    Parameters
    ----------
    body : str
        The card's body, paragraphs separated by a blank line.

    Returns
    -------
    str or None
        :data:`ELLIPSIS_REASON` when the body ends in an ellipsis, else
        :data:`SHORT_REASON` when it is a single paragraph of at most
        :data:`MAX_TEASER_WORDS` words, else None.
    """
    text = body.strip()
    if not text:
        return None
    if _ELLIPSIS_END.search(text):
        return ELLIPSIS_REASON
    if "\n" not in text and count_words(text) <= MAX_TEASER_WORDS:
        return SHORT_REASON
    return None
