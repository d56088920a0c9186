"""The garbage collector pause around per-page work, and a command's exit without the
finalization's collections (analysis.gc_pause)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

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


def _tracked_at_exit(tmp_path, entry: str) -> tuple[int, int, str]:
    """Run the command line through ``entry`` (``__main__``: ``python -m analysis``;
    ``script``: the console script's function) in a new process, on a folder that is no
    processed folder: the objects the collector still walks when the process's last exit
    handler runs, how many it walks right after the command line's imports, and stderr."""
    root = Path(__file__).resolve().parent.parent
    run = (
        "runpy.run_module('analysis', run_name='__main__', alter_sys=True)"
        if entry == "__main__"
        else "from analysis.cli import run; run()"
    )
    script = (
        "import atexit, gc, runpy, sys\n"
        "atexit.register(lambda: print('walked', len(gc.get_objects()), file=sys.stderr))\n"
        "import analysis.cli\n"
        "print('imported', len(gc.get_objects()), file=sys.stderr)\n"
        "sys.argv = ['analysis', 'metrics', '--processed', sys.argv[1]]\n"
        f"{run}\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "none")],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert done.returncode == 1, done.stderr  # the bad folder: status 1, the process ends
    counts = {
        line.split()[0]: int(line.split()[1])
        for line in done.stderr.splitlines()
        if line.startswith(("walked ", "imported "))
    }
    return counts["walked"], counts["imported"], done.stderr


@pytest.mark.parametrize("entry", ["__main__", "script"])
def test_a_command_ends_without_walking_the_modules_objects(tmp_path, entry):
    walked, imported, stderr = _tracked_at_exit(tmp_path, entry)
    assert "not a folder" in stderr  # the command ran and said why it stopped
    assert imported > 5_000  # the modules' objects, walked by every full collection
    assert walked < 500  # frozen when the command returned: the exit's collections skip them
