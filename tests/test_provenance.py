"""Each table names the code that wrote it (analysis.provenance), and `--version` prints it."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from page_checks import SEED_ARTICLE, SEED_LISTING

from analysis import provenance
from analysis.cli import main
from analysis.io import write_parquet_atomic
from analysis.provenance import clone_commit, code_version, describe, table_code_version

HAS_GIT = shutil.which("git") is not None


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """A one-commit clone holding a package file and a data file."""
    root = tmp_path / "clone"
    (root / "analysis").mkdir(parents=True)
    (root / "analysis" / "module.py").write_text("X = 1\n")
    (root / "notes.txt").write_text("notes\n")
    _git(root, "init", "-q")
    _git(root, "add", ".")
    _git(root, "-c", "user.name=t", "-c", "user.email=t@t.invalid", "commit", "-q", "-m", "one")
    return root


@pytest.mark.skipif(not HAS_GIT, reason="git is not installed")
def test_a_clean_clone_names_its_commit_unmodified(clone: Path) -> None:
    commit, modified = clone_commit(clone)
    assert commit is not None and re.fullmatch(r"[0-9a-f]{40}", commit)
    assert modified is False


@pytest.mark.skipif(not HAS_GIT, reason="git is not installed")
def test_a_changed_package_file_is_modified_other_files_are_not(clone: Path) -> None:
    (clone / "notes.txt").write_text("other notes\n")
    (clone / "analysis" / "new_module.py").write_text("Y = 2\n")  # untracked: not imported
    assert clone_commit(clone)[1] is False
    (clone / "analysis" / "module.py").write_text("X = 2\n")
    assert clone_commit(clone)[1] is True


def test_a_folder_that_is_no_clone_has_no_commit(tmp_path: Path) -> None:
    assert clone_commit(tmp_path) == (None, None)


def test_describe_names_version_commit_and_a_modified_clone() -> None:
    record = {"package": "pkg", "version": "1.2", "commit": "ab" * 20, "modified": False}
    assert describe(record) == "pkg 1.2, commit abababababab"
    assert describe({**record, "modified": True}) == "pkg 1.2, commit abababababab (modified)"
    assert describe({**record, "commit": None, "modified": None}) == "pkg 1.2, commit unknown"
    assert describe({**record, "version": None}).startswith("pkg version unknown,")


def test_version_option_prints_the_code_record(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == describe()


def test_a_written_table_carries_the_record_and_keeps_its_bytes(tmp_path: Path) -> None:
    frame = pd.DataFrame({"article_id": ["a", "b"], "words": [3, 4]})
    first = write_parquet_atomic(frame, tmp_path / "one.parquet")
    second = write_parquet_atomic(frame, tmp_path / "two.parquet")
    assert first.read_bytes() == second.read_bytes()
    assert table_code_version(first) == code_version()
    # pandas' own metadata is kept: the frame reads back as written.
    assert pd.read_parquet(first).equals(frame)


def test_a_table_without_the_record_reads_as_none(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "other.parquet"
    pq.write_table(pa.table({"x": [1]}), path)
    assert table_code_version(path) is None


def test_every_table_of_a_run_names_the_code(tmp_path: Path, seed_dir: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in (SEED_ARTICLE, SEED_LISTING):
        shutil.copy(seed_dir / name, raw / name)
    processed = tmp_path / "processed"
    assert main(["clean", str(raw), "--out", str(processed), "--jobs", "1"]) == 0
    reports = tmp_path / "reports"
    assert main(["metrics", "--processed", str(processed), "--reports", str(reports)]) == 0
    tables = sorted(processed.glob("*.parquet"))
    assert len(tables) == 7
    assert {p.name: table_code_version(p) for p in tables} == {
        p.name: provenance.code_version() for p in tables
    }
