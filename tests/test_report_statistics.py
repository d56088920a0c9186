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
