"""An outlet's rank as the reports print it (analysis.report.statistics.Rank).

h261: with a manifest filing six pages under one outlet, that outlet was the only one
with enough articles to rank, and its report read "1 of 1" on every statistic with
"none" for the ranks its interval overlaps: a first place among one.
"""

from __future__ import annotations

from analysis.report.statistics import MIN_RANKED_ARTICLES, Rank


def test_the_only_ranked_outlet_is_said_to_be_alone():
    alone = Rank(rank=1, of=1)
    assert alone.describe() == (
        f"1 of 1: no other outlet has {MIN_RANKED_ARTICLES} articles or more"
    )
    assert alone.describe_overlap() == "no other outlet ranked"


def test_ranks_among_several_and_no_rank_read_as_before():
    assert Rank(rank=2, of=14, overlapping=(1, 3, 4)).describe() == "2 of 14"
    assert Rank(rank=2, of=14, overlapping=(1, 3, 4)).describe_overlap() == "ranks 1, 3–4"
    assert Rank(rank=1, of=3).describe_overlap() == "none"
    unranked = Rank(rank=None, of=1, reason="not ranked: fewer than 6 articles")
    assert unranked.describe() == "not ranked: fewer than 6 articles"
    assert unranked.describe_overlap() == ""


def test_a_figure_without_an_interval_gets_no_rank():
    """h293: an outlet of 9 articles, 5 of them a homepage's cards (teasers), was ranked
    "6 of 6" on a quote share resting on its 4 full texts, and "5 of 6" on a median length
    with no interval: a figure on fewer articles than an interval needs has no rank."""
    import math

    import pandas as pd

    from analysis.report.statistics import ranks

    names = ["A", "B", "C"]
    table = pd.DataFrame(
        {
            "outlet": names,
            "n_articles": [9, 8, 7],
            "quote_share_pooled": [0.10, 0.30, 0.20],
            "quote_share_pooled_ci_low": [math.nan, 0.25, 0.15],
            "quote_share_pooled_ci_high": [math.nan, 0.35, 0.22],
        }
    )
    found = ranks(table, "quote_share_pooled")
    assert found["A"].rank is None
    assert found["A"].describe() == (
        f"not ranked: fewer than {MIN_RANKED_ARTICLES} articles behind this figure"
    )
    assert (found["B"].rank, found["C"].rank, found["B"].of) == (1, 2, 3)
    assert found["B"].describe_overlap() == "none"
