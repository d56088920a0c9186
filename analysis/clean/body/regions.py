"""The article's region among the line weights (step 3 of the body detector).

Reads one weight per line (:mod:`~analysis.clean.body.rules`); cuts the page into
clusters at long stretches of chrome, at a footer's dated copyright notice and at the
required fields of a web form, trims each to its maximum-sum run of weights (Kadane's
algorithm; the maximum-sum idea is the one of Finn, Kushmerick and Smyth's "body text
extraction", 2001), and returns the first cluster that is heavy enough (comments, teaser
lists and legal text come after the article).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

# A run of chrome weighing less than -GAP_PENALTY separates two clusters of text.
GAP_PENALTY = 60.0
# The first cluster weighing at least this share of the heaviest one is the article
# (comments, teasers and legal text come after it).
EARLY_CLUSTER_SHARE = 0.3
# ... and holding at least this many prose lines (a cookie banner is one or two) or
# weighing at least EARLY_CLUSTER_WORDS (a short article of 80 words, as the issue
# describes it, in two paragraphs; a cookie banner has about half as many words).
EARLY_CLUSTER_LINES = 3
EARLY_CLUSTER_WORDS = 80.0
# The clusters from a comment thread's first post or a comment form's first field on
# are the thread and the form's notes: they compete only when no cluster comes before
# them (a rule switch with no tuned value, on, as the issue asks comment threads to be
# chrome and a short article not to be lost to what follows it; cross-validation by
# site may switch it off).
THREADS_AFTER_ARTICLE = True


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
    positive = False  # a positive weight since cluster_start (else no run to find)
    for position, weight in enumerate(weights):
        if weight > 0 and position not in breaks:
            gap_sum, positive = 0.0, True
            continue
        gap_sum += weight
        positive = positive or weight > 0
        if (gap_sum < -GAP_PENALTY or position in breaks) and cluster_start <= position:
            # past a long gap every further chrome line closes a cluster: only a
            # cluster with a positive weight has a run (a page of chrome costs no search)
            best = _max_sum_run(weights, cluster_start, position + 1) if positive else None
            if best is not None and best[2] >= best[1]:
                found.append(best)
            cluster_start, positive = position + 1, False
    best = _max_sum_run(weights, cluster_start, len(weights))
    if best[2] >= best[1]:
        found.append(best)
    return found


def article_cluster(
    weights: Sequence[float], breaks: Collection[int] = (), thread_start: int | None = None
) -> tuple[int, int]:
    """Return the (start, end) positions, inclusive, of the article's cluster.

    The article is the first cluster (see :func:`clusters`) weighing at least
    ``EARLY_CLUSTER_SHARE`` of the heaviest one: comments, teaser lists and legal text
    come after the article and can outweigh it. With ``thread_start`` (and
    ``THREADS_AFTER_ARTICLE``), the clusters starting there or later (a comment
    thread, a comment form's consent notes) are left out when one starts before it:
    a long comment no longer outweighs a short article.

    Parameters
    ----------
    weights : sequence of float
        One weight per line.
    breaks : collection of int, optional
        Positions of lines that end a cluster (see :func:`clusters`).
    thread_start : int or None, optional
        Position of the first header of a comment thread's posts or the first field of
        a comment form.

    Returns
    -------
    tuple of int
        ``(0, -1)`` when the page has no prose.
    """
    found = clusters(weights, breaks)
    if THREADS_AFTER_ARTICLE and thread_start is not None:
        found = [cluster for cluster in found if cluster[1] < thread_start] or found
    if not found:
        return (0, -1)
    heaviest = max(weight for weight, _, _ in found)
    for weight, start, end in found:
        n_prose = sum(1 for position in range(start, end + 1) if weights[position] > 0)
        if weight == heaviest or (
            weight >= EARLY_CLUSTER_SHARE * heaviest
            and (n_prose >= EARLY_CLUSTER_LINES or weight >= EARLY_CLUSTER_WORDS)
        ):
            return start, end
    return found[0][1:]
