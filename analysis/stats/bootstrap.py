"""95 % bootstrap intervals for per-outlet statistics (percentile bootstrap over articles).

Reads one outlet's per-article values (arrays); returns ``(low, high)`` pairs. Used by
:mod:`analysis.stats.outlets` to add ``STAT_ci_low`` / ``STAT_ci_high`` columns to
``outlet_metrics``.

Method (Efron & Tibshirani, *An Introduction to the Bootstrap*, 1993, ch. 13): draw
:data:`N_RESAMPLES` samples of the outlet's articles with replacement, each as large
as the outlet; compute the statistic on each exactly as on the outlet (a pooled ratio
stays a pooled ratio, a word-weighted mean stays word-weighted, a median a median);
the interval runs between two percentiles of the resampled values (numpy's linear
interpolation): not the 2.5th and 97.5th, which cover too rarely in small samples, but
Hesterberg's expanded percentiles (:func:`expanded_tail`: 0.1th at 5 articles, 0.9th at
10, 2.1th at 50, tending to 2.5th). A resample whose statistic is undefined (no words) is
left out. An outlet with fewer than :data:`MIN_ARTICLES` units gets no interval (NaN):
below that, no percentile interval covers 95 % (two articles bracket the outlet's
figure about half the time). Measured coverage: ``benchmarks/interval_coverage.py``.

Reruns are byte-identical: each outlet's random generator is seeded from a hash of
the outlet's name (:func:`outlet_seed`), so an outlet's interval does not change when
other outlets are added, and sums are taken in a fixed order (no BLAS). So the intervals
are the same in any process: ``metrics`` hands them to its workers in chunks of outlets
(:func:`intervals_of_requests`; this module needs numpy only, no pandas).
"""

from __future__ import annotations

import functools
import hashlib
import math
from collections.abc import Iterator, Mapping, Sequence
from statistics import NormalDist

import numpy as np

N_RESAMPLES = 1000
CONFIDENCE = 0.95
#: Fewest units (articles) for an interval. Chosen by ``benchmarks/interval_coverage.py``
#: (the smallest sample size from which the expanded interval covers the outlet's own
#: pooled quote share at least 90 % of the time, on each of the 6 largest AllSides
#: outlets taken as populations; the plain percentile interval covered 46-53 % at 2
#: articles, 70-77 % at 3, 81-85 % at 5). Ranks need as many (analysis.report.statistics).
MIN_ARTICLES = 6
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


#: Most degrees of freedom whose t quantile is found from the exact distribution function.
_EXACT_T_DF = 30


def student_t_quantile(probability: float, df: int) -> float:
    """The quantile of Student's t distribution with ``df`` (integer) degrees of freedom.

    The distribution function of an integer ``df`` has a closed form (Abramowitz &
    Stegun, *Handbook of Mathematical Functions*, 26.7.3-26.7.4); the quantile is found
    by bisection to within 1e-12. Above :data:`_EXACT_T_DF` degrees of freedom the
    Cornish-Fisher expansion around the normal quantile is used (A&S 26.7.5, four
    terms; off by less than 1e-6 there). No scipy: it costs 1.5 CPU-s to import.

    Parameters
    ----------
    probability : float
        In (0.5, 1).
    df : int
        Degrees of freedom, at least 1.

    Returns
    -------
    float
        ``t`` with ``P(T <= t) = probability``.
    """
    if df > _EXACT_T_DF:
        z = NormalDist().inv_cdf(probability)
        terms = (
            (z**3 + z) / 4,
            (5 * z**5 + 16 * z**3 + 3 * z) / 96,
            (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384,
            (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / 92160,
        )
        return z + sum(term / df ** (power + 1) for power, term in enumerate(terms))
    target = 2 * probability - 1  # P(|T| < t)
    low, high = 0.0, 1.0
    while _t_central_mass(high, df) < target:
        high *= 2
    while high - low > 1e-12 * max(1.0, high):
        middle = (low + high) / 2
        low, high = (middle, high) if _t_central_mass(middle, df) < target else (low, middle)
    return (low + high) / 2


def _t_central_mass(t: float, df: int) -> float:
    """``P(|T| < t)`` for Student's t with integer ``df`` (A&S 26.7.3-26.7.4)."""
    theta = math.atan(t / math.sqrt(df))
    cos2 = math.cos(theta) ** 2
    if df % 2:  # odd: (2/pi) (theta + sin cos (1 + 2/3 cos^2 + (2*4)/(3*5) cos^4 + ...))
        term, series = 1.0, 0.0
        for k in range(1, (df - 1) // 2 + 1):
            series += term
            term *= cos2 * (2 * k) / (2 * k + 1)
        return 2 / math.pi * (theta + math.sin(theta) * math.cos(theta) * series)
    term, series = 1.0, 0.0  # even: sin (1 + 1/2 cos^2 + (1*3)/(2*4) cos^4 + ...)
    for k in range(1, df // 2 + 1):
        series += term
        term *= cos2 * (2 * k - 1) / (2 * k)
    return math.sin(theta) * series


@functools.lru_cache(maxsize=4096)
def expanded_tail(n_units: int) -> float:
    """The tail probability of the expanded percentile interval at ``n_units`` units.

    Hesterberg's expansion (*What Teachers Should Know About the Bootstrap*, The
    American Statistician 69, 2015, section 6): a percentile interval is too narrow in
    small samples (it has the normal's width, not Student's t's, and the bootstrap's
    spread is smaller by ``sqrt((n-1)/n)``); taking the percentiles at
    ``Phi(-sqrt(n/(n-1)) * t[n-1, 0.975])`` instead of 2.5 % corrects both.

    Parameters
    ----------
    n_units : int
        The number of units resampled, at least 2.

    Returns
    -------
    float
        The lower percentile's probability (the upper is one minus it).
    """
    z = math.sqrt(n_units / (n_units - 1)) * student_t_quantile(
        1 - (1 - CONFIDENCE) / 2, n_units - 1
    )
    return NormalDist().cdf(-z)


def _interval(values: np.ndarray, tail: float) -> tuple[float, float]:
    values = values[~np.isnan(values)]
    if values.size == 0:
        return math.nan, math.nan
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
    tail = expanded_tail(n_units)
    return {name: _interval(np.concatenate(found), tail) for name, found in blocks.items()}


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
