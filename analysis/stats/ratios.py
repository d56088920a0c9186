"""The one ratio helper of the statistics: a share or rate with a defined empty value."""

from __future__ import annotations

import math


def ratio(numerator: float, denominator: float, empty: float = math.nan) -> float:
    """Return ``numerator / denominator``, or ``empty`` when the denominator is 0.

    Parameters
    ----------
    numerator, denominator : float
        The two counts (words, characters, sentences ...).
    empty : float, optional
        The value for a zero denominator: NaN (the default: "undefined", as the tables
        report a share of an empty body), or 0.0 where a formula follows textstat's
        convention (analysis.stats.readability).

    Returns
    -------
    float
        The ratio.
    """
    return numerator / denominator if denominator else empty
