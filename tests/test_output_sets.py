"""Outputs are replaced as one set: a full disk, a read-only folder, a failed rename or a
kill -9 leaves the previous complete set, and the error is one line (issue #14).

Disk full and read-only are injected as the ``OSError`` the system raises
(``ENOSPC``, ``EROFS``) from the writer; tests run as any user, also root, for whom a
read-only permission would not stop a write.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from page_checks import SEED_ARTICLE, SEED_LISTING
from synthetic_tables import write_synthetic_tables

from analysis import io as output_io
from analysis.clean.pipeline import TABLE_FILES
from analysis.clean.resume import CHUNKS_FOLDER
from analysis.cli import main
from analysis.errors import OutputWriteError
from analysis.io import atomic_paths, escape_formula_cells, recover_interrupted_writes
from analysis.stats.metrics_stream import CHUNKS_FOLDER as METRICS_CHUNKS_FOLDER

CLEAN_FILES = (*TABLE_FILES, "skipped.csv")
METRICS_FILES = (
    "article_metrics.parquet",
    "quotes.parquet",
    "copy_pairs.parquet",
    "outlet_metrics.parquet",
)
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def _hidden(folder: Path) -> list[str]:
    """Hidden leftovers, except the chunks kept for a resumed clean or metrics run."""
    kept = (CHUNKS_FOLDER, METRICS_CHUNKS_FOLDER)
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and p.name not in kept)


def _no_space(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def raw_dir(tmp_path: Path, seed_dir: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in (SEED_ARTICLE, SEED_LISTING):
        shutil.copy(seed_dir / name, raw / name)
    return raw


def _one_line_error(
    capsys: pytest.CaptureFixture, caplog: pytest.LogCaptureFixture, *words: str
) -> str:
    """The command's one error line (printed, or logged to stderr by the CLI)."""
    printed = capsys.readouterr().err.strip().splitlines()
    logged = [record.getMessage() for record in caplog.records]
    assert not any("Traceback" in line for line in printed + logged)
    # The CLI logs to stderr, so a line can be both printed and logged: one message.
    errors = list(dict.fromkeys(line for line in printed + logged if line.startswith("error: ")))
    assert len(errors) == 1, errors
    for word in words:
        assert word in errors[0]
    return errors[0]


# --- clean ---------------------------------------------------------------------------


def test_clean_with_nothing_readable_keeps_the_previous_tables(raw_dir, tmp_path, capsys, caplog):
    out = tmp_path / "out"
    assert main(["clean", str(raw_dir), "--out", str(out)]) == 0
    before = _digests(out)
    empty = tmp_path / "empty_raw"
    empty.mkdir()
    (empty / "blank.txt").write_text("   \n")
    assert main(["clean", str(empty), "--out", str(out)]) == 1
    assert _digests(out) == before
    _one_line_error(capsys, caplog, "no page could be read", "kept")


@pytest.mark.parametrize("where", ["first row group", "last file"])
def test_clean_on_a_full_disk_keeps_the_previous_set(
    raw_dir, tmp_path, capsys, caplog, monkeypatch, where
):
    out = tmp_path / "out"
    assert main(["clean", str(raw_dir), "--out", str(out)]) == 0
    before = _digests(out)
    (raw_dir / "extra.txt").write_text((raw_dir / SEED_ARTICLE).read_text() + "\nMore.\n")
    if where == "first row group":
        monkeypatch.setattr(pq.ParquetWriter, "write_table", _no_space)
    else:  # skipped.csv, written after the three tables
        monkeypatch.setattr(Path, "write_text", _no_space)
    assert main(["clean", str(raw_dir), "--out", str(out)]) == 1
    assert _digests(out) == before
    assert _hidden(out) == []
    _one_line_error(capsys, caplog, "cannot write", str(out), "No space left on device")


def test_clean_into_a_read_only_folder_says_so_in_one_line(
    raw_dir, tmp_path, capsys, caplog, monkeypatch
):
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(kwargs.get("dir", "")))

    monkeypatch.setattr(output_io.tempfile, "mkstemp", read_only)
    assert main(["clean", str(raw_dir), "--out", str(tmp_path / "out")]) == 1
    _one_line_error(capsys, caplog, "cannot write", str(tmp_path / "out"), "Read-only file system")


# --- metrics -------------------------------------------------------------------------


@pytest.fixture
def processed(tmp_path: Path) -> tuple[Path, Path]:
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    processed.mkdir()
    write_synthetic_tables(processed, ["Alpha", "Beta"])
    for name in METRICS_FILES:
        (processed / name).unlink()
    args = ["metrics", "--processed", str(processed), "--reports", str(reports)]
    assert main(args) == 0
    return processed, reports


def _metrics(processed: tuple[Path, Path]) -> int:
    folder, reports = processed
    return main(["metrics", "--processed", str(folder), "--reports", str(reports)])


def test_metrics_on_a_full_disk_keeps_the_previous_set(processed, capsys, caplog, monkeypatch):
    folder, reports = processed
    before = (_digests(folder), _digests(reports))
    calls = []
    original = output_io.write_parquet

    def full_on_the_last(df, path):
        calls.append(path)
        if len(calls) == 2:  # copy_pairs, then outlet_metrics (the other two are streamed)
            _no_space()
        original(df.iloc[:0], path)  # different bytes: replacing would show

    monkeypatch.setattr("analysis.stats.metrics_stream.write_parquet", full_on_the_last)
    assert _metrics(processed) == 1
    assert len(calls) == 2
    assert (_digests(folder), _digests(reports)) == before
    assert _hidden(folder) == [] and _hidden(reports) == []
    _one_line_error(capsys, caplog, "cannot write", "No space left on device")


def test_metrics_into_a_read_only_reports_folder_says_so(processed, capsys, caplog, monkeypatch):
    folder, reports = processed
    before = _digests(folder)
    original = output_io.tempfile.mkstemp

    def read_only_reports(*args, **kwargs):
        if Path(kwargs["dir"]) == reports:
            raise OSError(errno.EROFS, "Read-only file system", str(reports))
        return original(*args, **kwargs)

    monkeypatch.setattr(output_io.tempfile, "mkstemp", read_only_reports)
    assert _metrics(processed) == 1
    assert _digests(folder) == before
    assert _hidden(folder) == []
    _one_line_error(capsys, caplog, f"cannot write {reports}: Read-only file system")


# --- the set replacement itself --------------------------------------------------------


def _write_set(folder: Path, text: str) -> None:
    with atomic_paths(*(folder / n for n in ("a.txt", "b.txt", "c.txt"))) as tmps:
        for tmp in tmps:
            tmp.write_text(text)


def test_a_failed_rename_puts_back_the_files_already_replaced(tmp_path, monkeypatch):
    _write_set(tmp_path, "old")
    original = os.replace
    calls = []

    def fail_on_the_third(src, dst):
        calls.append(dst)
        if len(calls) == 3:
            raise OSError(errno.EIO, "Input/output error", str(dst))
        original(src, dst)

    monkeypatch.setattr(output_io.os, "replace", fail_on_the_third)
    with pytest.raises(OutputWriteError, match=r"c\.txt: Input/output error"):
        _write_set(tmp_path, "new")
    monkeypatch.undo()
    assert [(tmp_path / n).read_text() for n in ("a.txt", "b.txt", "c.txt")] == ["old"] * 3
    assert _hidden(tmp_path) == []


KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from analysis import io
folder, when = Path(sys.argv[1]), sys.argv[2]
replace = os.replace
def replace_then_die(src, dst):
    replace(src, dst)
    os.kill(os.getpid(), signal.SIGKILL)
if when == "renaming":
    io.os.replace = replace_then_die
with io.atomic_paths(*(folder / n for n in ("a.txt", "b.txt", "c.txt"))) as tmps:
    for tmp in tmps:
        tmp.write_text("new")
    if when == "writing":
        os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.parametrize("when", ["writing", "renaming"])
def test_a_kill_9_is_cleaned_up_by_the_next_write(tmp_path, when):
    _write_set(tmp_path, "old")
    script = textwrap.dedent(KILLED_WRITER)
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path), when], cwd=PROJECT_ROOT, check=False
    )
    assert done.returncode == -9
    assert _hidden(tmp_path) != []  # the killed process left its temporary files
    recover_interrupted_writes(tmp_path)
    assert _hidden(tmp_path) == []
    texts = [(tmp_path / n).read_text() for n in ("a.txt", "b.txt", "c.txt")]
    # killed while writing: the old set; killed after the first rename: the new set
    assert texts == (["old"] * 3 if when == "writing" else ["new"] * 3)


def test_a_running_writers_temporary_files_are_left_alone(tmp_path):
    with atomic_paths(tmp_path / "a.txt") as (tmp,):
        tmp.write_text("new")
        recover_interrupted_writes(tmp_path)  # another run starting now
        assert tmp.exists()
    assert (tmp_path / "a.txt").read_text() == "new"


# --- CSV formula injection -----------------------------------------------------------


def test_csv_cells_that_a_spreadsheet_would_run_are_escaped():
    frame = pd.DataFrame(
        {
            "outlet": ['=HYPERLINK("//evil.io","Click")', "+1", "-x", "@SUM(A1)", "\tA", "CNN"],
            "value": [-1.5, 2.0, -3.0, 4.0, 5.0, 6.0],
        }
    )
    escaped = escape_formula_cells(frame)
    assert list(escaped["outlet"]) == [
        '\'=HYPERLINK("//evil.io","Click")',
        "'+1",
        "'-x",
        "'@SUM(A1)",
        "'\tA",
        "CNN",
    ]
    assert list(escaped["value"]) == [-1.5, 2.0, -3.0, 4.0, 5.0, 6.0]  # numbers stay numbers


def test_outlet_metrics_csv_escapes_a_formula_outlet(tmp_path):
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    processed.mkdir()
    write_synthetic_tables(processed, ['=HYPERLINK("//evil.io","Click")', "Beta"])
    assert main(["metrics", "--processed", str(processed), "--reports", str(reports)]) == 0
    text = (reports / "outlet_metrics.csv").read_text()
    assert "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text
    assert '\'=HYPERLINK(""//evil.io"",""Click"")' in text
