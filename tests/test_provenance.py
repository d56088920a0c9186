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


def _stamp(path: Path, commit: str) -> None:
    """Rewrite a table's footer as if the code of ``commit`` had written it."""
    import json

    import pyarrow.parquet as pq

    table = pq.read_table(path)
    record = {**code_version(), "commit": commit, "modified": False}
    metadata = {**(table.schema.metadata or {}), b"newscompare": json.dumps(record).encode()}
    pq.write_table(table.replace_schema_metadata(metadata), path)


def test_tables_of_another_commit_are_named_with_the_stage_to_rerun(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(provenance, "code_version", lambda: {"commit": "c" * 40})
    frame = pd.DataFrame({"article_id": ["a"]})
    for name in ("pages", "articles", "article_metrics"):
        write_parquet_atomic(frame, tmp_path / f"{name}.parquet")
        _stamp(tmp_path / f"{name}.parquet", "c" * 40)
    assert provenance.other_code_tables(tmp_path, ["pages", "articles", "quotes"]) is None
    _stamp(tmp_path / "articles.parquet", "a" * 40)
    _stamp(tmp_path / "article_metrics.parquet", "b" * 40)
    line = provenance.other_code_tables(tmp_path, ["pages", "articles", "article_metrics"])
    assert line is not None
    assert "articles by commit aaaaaaaaaaaa; article_metrics by commit bbbbbbbbbbbb" in line
    assert "pages" not in line.split("(")[1].split(")")[0]
    assert "run's (commit cccccccccccc)" in line
    assert "`newscompare clean`" in line
    only_metrics = provenance.other_code_tables(tmp_path, ["pages", "article_metrics"])
    assert only_metrics is not None and "`newscompare metrics`" in only_metrics
    # A copy outside a git clone knows no commit: nothing to compare.
    monkeypatch.setattr(provenance, "code_version", lambda: {"commit": None})
    assert provenance.other_code_tables(tmp_path, ["articles"]) is None


def test_metrics_on_tables_an_older_commit_cleaned_says_so(
    tmp_path: Path, seed_dir: Path, capsys: pytest.CaptureFixture
) -> None:
    """After `git pull`, `metrics` alone on last week's clean tables warns (stderr)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(seed_dir / SEED_ARTICLE, raw / SEED_ARTICLE)
    processed = tmp_path / "processed"
    assert main(["clean", str(raw), "--out", str(processed), "--jobs", "1"]) == 0
    reports = tmp_path / "reports"
    capsys.readouterr()
    assert main(["metrics", "--processed", str(processed), "--reports", str(reports)]) == 0
    assert "other code" not in capsys.readouterr().err
    old = "0" * 40
    if code_version()["commit"] in (None, old):
        pytest.skip("this code's commit is unknown")
    for name in ("pages", "blocks", "articles"):
        _stamp(processed / f"{name}.parquet", old)
    assert main(["metrics", "--processed", str(processed), "--reports", str(reports)]) == 0
    err = capsys.readouterr().err
    assert "pages, blocks, articles by commit 000000000000" in err
    assert "`newscompare clean`" in err
    # `report` checks every table it reads, before it plans the notebooks.
    (processed / "outlet_metrics.parquet").unlink()
    assert main(["report", "--processed", str(processed), "--reports", str(reports)]) != 0
    err = capsys.readouterr().err
    assert "pages, blocks, articles by commit 000000000000" in err
    assert "outlet_metrics" in err  # the missing table's own error follows


def test_the_reports_index_names_the_code_that_computed_its_figures(tmp_path: Path) -> None:
    from synthetic_tables import synthetic_tables

    from analysis.report import render, slugs

    names = ["Harbor Gazette", "Diario del Sur"]
    table = synthetic_tables(names)["outlet_metrics"]
    assert provenance.computed_by(tmp_path) is None  # no table: nothing claimed
    write_parquet_atomic(table, tmp_path / "outlet_metrics.parquet")
    _stamp(tmp_path / "outlet_metrics.parquet", "d" * 40)
    line = provenance.computed_by(tmp_path)
    assert line is not None and line.endswith(", commit dddddddddddd")
    page = render.index_html(table, slugs.assign_slugs(names), tmp_path, {}, computed_by=line)
    assert f"Figures computed by {line}" in page
    plain = render.index_html(table, slugs.assign_slugs(names), tmp_path, {})
    assert "Figures computed by" not in plain
