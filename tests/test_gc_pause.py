"""The garbage collector pause around per-page work (analysis.gc_pause)."""

from __future__ import annotations

import gc

import pytest

from analysis.gc_pause import alive_objects_frozen, collection_paused


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


class _Node:
    """A container that can sit in a reference cycle."""

    def __init__(self) -> None:
        self.other: object = None


def _cycle() -> object:
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return a


def test_a_collection_inside_the_frozen_block_walks_only_what_it_made():
    gc.collect()
    before = gc.get_freeze_count()
    kept = [_Node() for _ in range(1_000)]  # alive when the block starts
    try:
        with alive_objects_frozen():
            assert gc.get_freeze_count() >= before + len(kept)
            _cycle()  # garbage made inside: collected inside
            assert gc.collect() >= 2
            assert len(gc.get_objects()) < len(kept)  # what a collection walks
        assert gc.get_freeze_count() == before
        assert all(gc.is_tracked(node) for node in kept)
        _cycle()
        assert gc.collect() >= 2  # and collected as before after it
    finally:
        gc.unfreeze()


def test_the_frozen_block_gives_the_objects_back_after_an_error():
    with pytest.raises(ValueError, match="bad batch"), alive_objects_frozen():
        assert gc.get_freeze_count() > 0
        raise ValueError("bad batch")
    assert gc.get_freeze_count() == 0
