"""Quote shares: quoted words over body words ("Shares" in :mod:`analysis.stats.quotes`).

:func:`quote_share` is the one definition of the share; the metrics stage computes
``article_metrics.quote_share``/``quote_share_all`` and the outlets' pooled shares with it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from analysis.stats.quotes.detect import find_quotes
from analysis.stats.quotes.quote import Quote
from analysis.stats.ratios import ratio
from analysis.text import count_words


def quote_share(quoted_words: float, n_words: float) -> float:
    """Share of a text's words that lie in quotes: ``quoted_words / n_words``.

    Parameters
    ----------
    quoted_words : float
        Quoted words (of direct quotes for ``quote_share``, of every span for
        ``quote_share_all``: :func:`quote_word_counts`), of one body or pooled.
    n_words : float
        Words of the same body or bodies (:func:`analysis.text.count_words`).

    Returns
    -------
    float
        The share, in [0, 1]; NaN when there are no words.
    """
    return ratio(quoted_words, n_words)


def quote_word_counts(quotes: Iterable[Quote]) -> tuple[int, int]:
    """Quoted words counted in ``quote_share`` and in ``quote_share_all``.

    Parameters
    ----------
    quotes : iterable of Quote
        The spans of one body (or of many bodies, for pooled shares).

    Returns
    -------
    tuple of int
        (words of spans that are not scare quotes, words of all spans).
    """
    counted = every = 0
    for q in quotes:
        every += q.n_words
        if not q.is_scare:
            counted += q.n_words
    return counted, every


def quote_shares(body: str, quotes: Sequence[Quote] | None = None) -> tuple[float, float]:
    """Return ``(quote_share, quote_share_all)`` of a body.

    Parameters
    ----------
    body : str
        The article body.
    quotes : sequence of Quote, optional
        ``find_quotes(body)``, when already computed.

    Returns
    -------
    tuple of float
        Shares in [0, 1]; NaN for both when the body has no words.
    """
    n_words = count_words(body)
    if n_words == 0:
        return math.nan, math.nan
    counted, every = quote_word_counts(find_quotes(body) if quotes is None else quotes)
    return quote_share(counted, n_words), quote_share(every, n_words)
