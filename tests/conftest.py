"""Shared pytest set-up: the Hypothesis profile, the seed pages, cleaned once per session.

Helpers live in page_checks.py. Test tiers: tests marked ``slow`` (they start notebook
kernels, run the pipeline in subprocesses or trace memory) are left out by
``make test-fast``; ``make test`` runs everything.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from page_checks import SEED_ARTICLE, SEED_LISTING, assert_accounts_for_every_character

from analysis import config
from analysis.tables import TABLE_NAMES
from analysis.text import clear_line_memos

# Property tests draw the same examples on every run and have no time limit (the
# machine is shared: a deadline would make them depend on wall-clock time).
settings.register_profile("newscompare", derandomize=True, deadline=None)
settings.load_profile("newscompare")

__all__ = ["SEED_ARTICLE", "SEED_LISTING", "assert_accounts_for_every_character"]


@pytest.fixture(autouse=True)
def cold_line_memos() -> None:
    """Each test starts with empty line memos (analysis.text.LineMemo): a test that
    counts the cleaner's work sees every line worked out, whatever ran before it."""
    clear_line_memos()


@pytest.fixture(autouse=True)
def no_cli_log_handler() -> Iterator[None]:
    """Each test starts without the handler ``analysis.cli.main`` adds to the package's
    logger: whether the library writes to stderr must not depend on which test ran
    the CLI before (test_clean's check of stderr failed after test_raw_folder's)."""
    logger = logging.getLogger("analysis")
    before = list(logger.handlers), logger.level
    yield
    logger.handlers[:] = before[0]
    logger.setLevel(before[1])


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    """The project's raw seed pages (data/raw); skips when they are missing."""
    path = config.RAW_DIR
    if not (path / SEED_ARTICLE).exists() or not (path / SEED_LISTING).exists():
        pytest.skip("seed pages are missing from data/raw")
    return path


@pytest.fixture(scope="session")
def seed_tables(seed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The seed pages cleaned and scored once per session: table name -> Parquet file.

    Every table of ``clean`` and ``metrics`` (analysis.tables.TABLE_NAMES), written to a
    temporary folder; tests read them and must not change them.
    """
    from analysis.clean.pipeline import run_clean
    from analysis.stats.metrics import write_metrics

    processed = tmp_path_factory.mktemp("seed_processed")
    assert run_clean(seed_dir, processed) == 0
    write_metrics(processed, tmp_path_factory.mktemp("seed_reports"))
    return {name: processed / f"{name}.parquet" for name in TABLE_NAMES}
