"""The article's region among the line weights (step 3 of the body detector).

Reads one weight per line (:mod:`~analysis.clean.body.rules`); cuts the page into
clusters at long stretches of chrome, at a footer's dated copyright notice and at the
required fields of a web form, trims each to its maximum-sum run of weights (Kadane's
algorithm; the maximum-sum idea is the one of Finn, Kushmerick and Smyth's "body text
extraction", 2001), and returns the first cluster that is heavy enough (comments, teaser
lists and legal text come after the article); a stack of cards, each followed by the
same share bar, is cut after its first card.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence

from analysis.clean.body.features import LineFeatures
from analysis.text import visible_text

# A run of chrome weighing less than -GAP_PENALTY separates two clusters of text.
GAP_PENALTY = 60.0
# The first cluster weighing at least this share of the heaviest one is the article
# (comments, teasers and legal text come after it).
EARLY_CLUSTER_SHARE = 0.3
# ... and holding at least this many prose lines (a cookie banner is one or two).
EARLY_CLUSTER_LINES = 3
# A chrome line repeated this many times in the region, with at most one prose line
# between two occurrences, separates cards of a listing.
ITEM_SEPARATOR_REPEATS = 4
ITEM_SEPARATOR_MIN_WORDS = 3


def main_region(weights: Sequence[float]) -> tuple[int, int]:
    """Return the (start, end) positions, inclusive, of the maximum-sum run of ``weights``.

    Parameters
    ----------
    weights : sequence of float
        One weight per line.

    Returns
    -------
    tuple of int
        ``(0, -1)`` when no weight is positive.
    """
    return _max_sum_run(weights, 0, len(weights))[1:]


def _max_sum_run(weights: Sequence[float], start: int, stop: int) -> tuple[float, int, int]:
    """Kadane's algorithm on ``weights[start:stop]``: (sum, first, last) of the best run."""
    best = (0.0, 0, -1)
    run_sum, run_start = 0.0, start
    for position in range(start, stop):
        if run_sum <= 0:
            run_sum, run_start = 0.0, position
        run_sum += weights[position]
        if run_sum > best[0]:
            best = (run_sum, run_start, position)
    return best


def clusters(
    weights: Sequence[float], breaks: Collection[int] = ()
) -> list[tuple[float, int, int]]:
    """Split the page into clusters of text at long runs of chrome.

    A run of non-positive weights summing to less than ``-GAP_PENALTY`` (a menu, a
    comment form, a block of related links) separates two clusters, and so does every
    position in ``breaks`` (a site footer); each cluster is trimmed to its maximum-sum
    run.

    Parameters
    ----------
    weights : sequence of float
        One weight per line.
    breaks : collection of int, optional
        Positions of lines that end a cluster whatever the weights around them.

    Returns
    -------
    list of tuple
        ``(weight, start, end)`` per cluster, in page order, with inclusive positions;
        clusters without a positive weight are left out.
    """
    found = []
    cluster_start, gap_sum = 0, 0.0
    for position, weight in enumerate(weights):
        if weight > 0 and position not in breaks:
            gap_sum = 0.0
            continue
        gap_sum += weight
        if (gap_sum < -GAP_PENALTY or position in breaks) and cluster_start <= position:
            best = _max_sum_run(weights, cluster_start, position + 1)
            if best[2] >= best[1]:
                found.append(best)
            cluster_start = position + 1
    best = _max_sum_run(weights, cluster_start, len(weights))
    if best[2] >= best[1]:
        found.append(best)
    return found


def article_cluster(weights: Sequence[float], breaks: Collection[int] = ()) -> tuple[int, int]:
    """Return the (start, end) positions, inclusive, of the article's cluster.

    The article is the first cluster (see :func:`clusters`) weighing at least
    ``EARLY_CLUSTER_SHARE`` of the heaviest one: comments, teaser lists and legal text
    come after the article and can outweigh it.

    Parameters
    ----------
    weights : sequence of float
        One weight per line.
    breaks : collection of int, optional
        Positions of lines that end a cluster (see :func:`clusters`).

    Returns
    -------
    tuple of int
        ``(0, -1)`` when the page has no prose.
    """
    found = clusters(weights, breaks)
    if not found:
        return (0, -1)
    heaviest = max(weight for weight, _, _ in found)
    for weight, start, end in found:
        n_prose = sum(1 for position in range(start, end + 1) if weights[position] > 0)
        if weight == heaviest or (
            weight >= EARLY_CLUSTER_SHARE * heaviest and n_prose >= EARLY_CLUSTER_LINES
        ):
            return start, end
    return found[0][1:]


def first_item_end(
    lines: Sequence[str],
    features: Sequence[LineFeatures],
    weights: Sequence[float],
    start: int,
    end: int,
) -> int:
    """End of the region, cut after its first item when the region is a stack of items.

    A page of cards (quotes, short posts) repeats the same chrome line (a share bar)
    after every card: when one chrome line occurs at least ``ITEM_SEPARATOR_REPEATS``
    times in the region and no two occurrences enclose more than one prose line, the
    cards are separate texts and the article is the first one. An article's own
    repeated lines ("Advertisement") come every few paragraphs, not after each one, and
    a separator needs ``ITEM_SEPARATOR_MIN_WORDS`` words (a bar of several link
    labels), which an advertisement label or a rule of underscores does not have.

    Parameters
    ----------
    lines : sequence of str
        The page's lines.
    features : sequence of LineFeatures
        The page's non-blank lines.
    weights : sequence of float
        One weight per non-blank line (see :func:`region_weights`).
    start, end : int
        The region (positions in ``features``, inclusive).

    Returns
    -------
    int
        The position of the last prose line before the first separator, or ``end``.
    """
    prose_before = [0]  # prose lines in the region before each position
    for position in range(start, end + 1):
        prose_before.append(prose_before[-1] + (weights[position] > 0))
    occurrences: dict[str, list[int]] = {}
    for position in range(start, end + 1):
        if weights[position] <= 0 and features[position].repeats >= ITEM_SEPARATOR_REPEATS:
            text = visible_text(lines[features[position].index])
            if features[position].n_words >= ITEM_SEPARATOR_MIN_WORDS:
                occurrences.setdefault(text, []).append(position)
    for found in occurrences.values():
        if len(found) < ITEM_SEPARATOR_REPEATS:
            continue
        prose_between = [
            prose_before[second - start] - prose_before[first + 1 - start]
            for first, second in itertools.pairwise(found)
        ]
        if max(prose_between) > 1:
            continue
        first_prose = next(q for q in range(start, end + 1) if weights[q] > 0)
        separator = next((q for q in found if q > first_prose), None)
        if separator is not None:
            return max(q for q in range(first_prose, separator) if weights[q] > 0)
    return end
