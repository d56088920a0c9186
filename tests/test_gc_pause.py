"""The garbage collector pause around per-page work (analysis.gc_pause)."""

from __future__ import annotations

import gc

import pytest

from analysis.gc_pause import collection_paused


@collection_paused
def _state(fail: bool = False) -> bool:
    if fail:
        raise ValueError("bad page")
    return gc.isenabled()


def test_the_collector_is_off_inside_and_on_again_after_return_or_raise():
    assert gc.isenabled()
    assert _state() is False
    assert gc.isenabled()
    with pytest.raises(ValueError, match="bad page"):
        _state(fail=True)
    assert gc.isenabled()


def test_a_collector_already_off_stays_off():
    gc.disable()
    try:
        assert _state() is False
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_entry_points_of_clean_and_metrics_pause_it():
    from analysis.clean.articles import article_rows
    from analysis.clean.segment import segment_page_columns
    from analysis.stats.metrics import text_statistics
    from analysis.stats.quotes import find_quotes

    for function in (segment_page_columns, article_rows, text_statistics, find_quotes):
        assert function.__wrapped__.__name__ == function.__name__
    assert find_quotes('"Yes," she said.')[0].speaker == "she"
    assert gc.isenabled()
