"""95 % bootstrap intervals for per-outlet statistics (percentile bootstrap over articles).

Reads one outlet's per-article values (arrays); returns ``(low, high)`` pairs. Used by
:mod:`analysis.stats.outlets` to add ``STAT_ci_low`` / ``STAT_ci_high`` columns to
``outlet_metrics``.

Method (Efron & Tibshirani, *An Introduction to the Bootstrap*, 1993, ch. 13): draw
:data:`N_RESAMPLES` samples of the outlet's articles with replacement, each as large
as the outlet; compute the statistic on each exactly as on the outlet (a pooled ratio
stays a pooled ratio, a word-weighted mean stays word-weighted, a median a median);
the interval runs from the 2.5th to the 97.5th percentile of the resampled values
(numpy's linear interpolation). A resample whose statistic is undefined (no words) is
left out. An outlet with fewer than :data:`MIN_ARTICLES` units gets no interval (NaN):
one article says nothing about how an outlet varies.

Reruns are byte-identical: each outlet's random generator is seeded from a hash of
the outlet's name (:func:`outlet_seed`), so an outlet's interval does not change when
other outlets are added, and sums are taken in a fixed order (no BLAS). So the intervals
are the same in any process: ``metrics`` hands them to its workers in chunks of outlets
(:func:`intervals_of_requests`; this module needs numpy only, no pandas).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterator, Mapping, Sequence

import numpy as np

N_RESAMPLES = 1000
CONFIDENCE = 0.95
MIN_ARTICLES = 2
#: Largest resample block held in memory at once (resamples x units). The draws and
#: the intervals do not depend on it (the generator's stream is the same in any
#: blocks); a block and its temporaries (a few arrays of 8-byte cells) stay a few MB,
#: so an outlet's bootstrap costs the same memory at 10,000 and 100,000 articles (at
#: 2,000,000 cells it grew until an outlet had 2,000 units: ~60 MB more at the top).
_BLOCK_CELLS = 2**18


def outlet_seed(outlet: str) -> int:
    """A 64-bit seed from the outlet's name (SHA-256), the same on every machine.

    Parameters
    ----------
    outlet : str
        The outlet's name as in the tables; any change to it changes the seed.

    Returns
    -------
    int
        In ``[0, 2**64)``, for :class:`numpy.random.Generator` of that outlet's resamples.
    """
    digest = hashlib.sha256(f"newscompare-bootstrap:{outlet}".encode()).digest()
    return int.from_bytes(digest[:8], "little")


def _resample_counts(n_units: int, seed: int) -> Iterator[np.ndarray]:
    """Blocks of resamples: row r counts how often each unit is drawn in resample r."""
    rng = np.random.Generator(np.random.PCG64(seed))
    rows_per_block = max(1, _BLOCK_CELLS // max(1, n_units))
    done = 0
    while done < N_RESAMPLES:
        rows = min(rows_per_block, N_RESAMPLES - done)
        yield rng.multinomial(n_units, np.full(n_units, 1.0 / n_units), size=rows)
        done += rows


def _interval(values: np.ndarray) -> tuple[float, float]:
    values = values[~np.isnan(values)]
    if values.size == 0:
        return math.nan, math.nan
    tail = (1.0 - CONFIDENCE) / 2
    low, high = np.quantile(values, [tail, 1.0 - tail])
    return float(low), float(high)


def _block_ratio(
    counts: np.ndarray, numerators: np.ndarray, denominators: np.ndarray
) -> np.ndarray:
    top = (counts * numerators).sum(axis=1)
    bottom = (counts * denominators).sum(axis=1)
    safe = np.where(bottom > 0, bottom, 1.0)
    return np.where(bottom > 0, top / safe, np.nan)


def _block_median(counts: np.ndarray, order: np.ndarray, ordered: np.ndarray) -> np.ndarray:
    # The resample's median from how often each value is drawn, values in sorted order:
    # the mean of the values at ranks (n-1)//2 and n//2 (numpy's median).
    n = ordered.size
    cumulative = np.cumsum(counts[:, order], axis=1)
    lower = np.argmax(cumulative > (n - 1) // 2, axis=1)
    upper = np.argmax(cumulative > n // 2, axis=1)
    return (ordered[lower] + ordered[upper]) / 2


def intervals(
    seed: int,
    ratios: Mapping[str, tuple[np.ndarray, np.ndarray]],
    medians: Mapping[str, np.ndarray] | None = None,
) -> dict[str, tuple[float, float]]:
    """95 % intervals of pooled ratios and medians over the same units.

    Every statistic is computed on the same resamples of the units (one draw serves
    them all).

    Parameters
    ----------
    seed : int
        The generator's seed (:func:`outlet_seed`).
    ratios : mapping
        Name to ``(numerators, denominators)``, one value per unit: the statistic is
        ``sum(numerators) / sum(denominators)``. A weighted mean is the ratio
        ``(weights * values, weights)`` with 0 for units without a value.
    medians : mapping, optional
        Name to values (one per unit, no NaN): the statistic is their median.

    Returns
    -------
    dict
        Name to ``(low, high)``; NaN when there are fewer than :data:`MIN_ARTICLES`
        units or no resample defines the statistic.

    Raises
    ------
    ValueError
        The statistics do not all have the same number of units.
    """
    medians = medians or {}
    arrays = {name: (np.asarray(a, float), np.asarray(b, float)) for name, (a, b) in ratios.items()}
    sorted_medians = {}
    for name, values in medians.items():
        values = np.asarray(values, float)
        order = np.argsort(values, kind="stable")
        sorted_medians[name] = (order, values[order])
    sizes = {a.size for a, _ in arrays.values()} | {v.size for _, v in sorted_medians.values()}
    if len(sizes) > 1:
        raise ValueError("every statistic must have one value per unit")
    n_units = sizes.pop() if sizes else 0
    names = [*arrays, *sorted_medians]
    if n_units < MIN_ARTICLES:
        return {name: (math.nan, math.nan) for name in names}
    blocks: dict[str, list[np.ndarray]] = {name: [] for name in names}
    for counts in _resample_counts(n_units, seed):
        for name, (numerators, denominators) in arrays.items():
            blocks[name].append(_block_ratio(counts, numerators, denominators))
        for name, (order, ordered) in sorted_medians.items():
            blocks[name].append(_block_median(counts, order, ordered))
    return {name: _interval(np.concatenate(found)) for name, found in blocks.items()}


#: One outlet's bootstrap as :func:`intervals` takes it: ``(seed, ratios, medians)``.
IntervalRequest = tuple[
    int, Mapping[str, tuple[np.ndarray, np.ndarray]], Mapping[str, np.ndarray] | None
]


def intervals_of_requests(
    requests: Sequence[IntervalRequest],
) -> list[dict[str, tuple[float, float]]]:
    """:func:`intervals` of each request, in order: one chunk of an engine's work.

    Parameters
    ----------
    requests : sequence of IntervalRequest
        ``(seed, ratios, medians)`` of each bootstrap.

    Returns
    -------
    list of dict
        One :func:`intervals` result per request.
    """
    return [intervals(seed, ratios, medians) for seed, ratios, medians in requests]


def weighted_terms(values: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A weighted mean as a ratio's terms: ``(weights * values, weights)``, 0 for NaN.

    Parameters
    ----------
    values : numpy.ndarray
        One value per article; NaN where the article has none.
    weights : numpy.ndarray
        The articles' weights (e.g. words), same length; 0 or less leaves it out.

    Returns
    -------
    numerators, denominators : numpy.ndarray
        Floats, 0.0 for the articles left out; their sums' ratio is the weighted mean.
    """
    values = np.asarray(values, dtype=float)
    weights = np.asarray(weights, dtype=float)
    keep = ~np.isnan(values) & (weights > 0)
    return np.where(keep, np.nan_to_num(values) * weights, 0.0), np.where(keep, weights, 0.0)
