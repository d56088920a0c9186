"""Reruns are byte-identical: tables, statistics JSON, notebooks, HTML (about 1-2 min).

The whole pipeline (``clean``, ``metrics``, ``report``, as ``make run`` calls them) runs
on data/raw into two temporary folders, the second time with a different
``PYTHONHASHSEED`` (so nothing may depend on the order of a set or dict of strings), and
every output file is hashed. Then ``clean`` and ``metrics`` run again into the first
folder, over their own outputs, and must write the same bytes again.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from page_checks import SEED_ARTICLE, SEED_LISTING

from analysis import config

#: What each run must have written (relative to its folder), at least.
EXPECTED = (
    "processed/pages.parquet",
    "processed/blocks.parquet",
    "processed/articles.parquet",
    "processed/skipped.csv",
    "processed/article_metrics.parquet",
    "processed/quotes.parquet",
    "processed/copy_pairs.parquet",
    "processed/outlet_metrics.parquet",
    "reports/outlet_metrics.csv",
    "reports/outlet_boilerplate_lines.csv",
    "reports/index.html",
    "reports/comparison.ipynb",
    "reports/comparison.html",
)

# The whole pipeline, run twice in subprocesses.
pytestmark = pytest.mark.slow


def stage_commands(root: Path) -> list[list[str]]:
    processed, reports = str(root / "processed"), str(root / "reports")
    return [
        ["clean", str(config.RAW_DIR), "--out", processed],
        ["metrics", "--processed", processed, "--reports", reports],
        ["report", "--processed", processed, "--reports", reports],
    ]


def run_stages(root: Path, hash_seed: str, stages: list[list[str]]) -> None:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    for arguments in stages:
        result = subprocess.run(
            [sys.executable, "-m", "analysis", *arguments],
            cwd=config.PROJECT_ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, (arguments[0], result.stderr[-3000:])


def hashes(root: Path) -> dict[str, str]:
    """SHA-256 of every file under ``root`` by relative path."""
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict:
    if (
        not (config.RAW_DIR / SEED_ARTICLE).is_file()
        or not (config.RAW_DIR / SEED_LISTING).is_file()
    ):
        pytest.skip("seed pages are missing from data/raw")
    first = tmp_path_factory.mktemp("run_first")
    second = tmp_path_factory.mktemp("run_second")
    run_stages(first, "0", stage_commands(first))
    first_hashes = hashes(first)
    run_stages(second, "12345", stage_commands(second))
    run_stages(first, "0", stage_commands(first)[:2])
    return {
        "first": first_hashes,
        "second": hashes(second),
        "again": hashes(first),
    }


def test_every_expected_output_is_written(runs: dict) -> None:
    missing = [name for name in EXPECTED if name not in runs["first"]]
    assert missing == []
    outlet_json = [name for name in runs["first"] if name.startswith("reports/outlets/")]
    assert any(name.endswith(".json") for name in outlet_json)
    assert any(name.endswith(".ipynb") for name in outlet_json)
    assert not any(name.endswith(".failed.ipynb") for name in runs["first"])


def test_two_runs_give_byte_identical_outputs(runs: dict) -> None:
    first, second = runs["first"], runs["second"]
    assert sorted(first) == sorted(second)
    differing = sorted(name for name in first if first[name] != second[name])
    assert differing == []


def test_rerun_into_the_same_folder_gives_the_same_bytes(runs: dict) -> None:
    differing = sorted(name for name in runs["first"] if runs["first"][name] != runs["again"][name])
    assert differing == []
    assert sorted(runs["first"]) == sorted(runs["again"])
