"""Shared pytest fixtures: the seed pages folder (helpers live in page_checks.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_checks import SEED_ARTICLE, SEED_LISTING, assert_accounts_for_every_character

from analysis import config

__all__ = ["SEED_ARTICLE", "SEED_LISTING", "assert_accounts_for_every_character"]


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    """The project's raw seed pages (data/raw); skips when they are missing."""
    path = config.RAW_DIR
    if not (path / SEED_ARTICLE).exists() or not (path / SEED_LISTING).exists():
        pytest.skip("seed pages are missing from data/raw")
    return path
