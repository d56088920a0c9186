"""An interrupted ``clean`` resumes from the chunks it saved (analysis.clean.resume)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis.clean import page_rows
from analysis.clean.pipeline import TABLE_FILES, run_clean
from analysis.clean.resume import CHUNKS_FOLDER, ChunkStore

N_PAGES = 12  # one process cleans (and saves) page by page


def _page(n: int) -> str:
    return (
        f"Harbour news {n}\n\nHeadline number {n} about the harbour\n\n"
        + " ".join(f"The council said on day {n} that repairs were going well." for _ in range(8))
        + "\n\nShare this article\n"
    )


@pytest.fixture
def raw(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    for n in range(N_PAGES):
        (folder / f"page_{n:03d}.txt").write_text(_page(n), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")  # a skipped file
    return folder


class InjectedFailureError(Exception):
    """Stands for Ctrl-C or a crash in the middle of a run."""


REAL_CLEAN_PAGE = page_rows.clean_page


def _failing_after(n_pages: int, counter: list[str]):
    real = REAL_CLEAN_PAGE

    def clean_page(page, facts=None):
        if len(counter) == n_pages:
            raise InjectedFailureError
        counter.append(page.name)
        return real(page, facts)

    return clean_page


def _tables(folder):
    return {name: (folder / name).read_bytes() for name in (*TABLE_FILES, "skipped.csv")}


@pytest.mark.parametrize("table_input", [False, True])
def test_an_interrupted_clean_resumes_and_writes_the_same_bytes(
    raw, tmp_path, monkeypatch, table_input
):
    source = raw
    if table_input:
        source = tmp_path / "pages.jsonl"
        rows = [{"id": p.name, "text": p.read_text("utf-8")} for p in sorted(raw.iterdir())]
        source.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    assert run_clean(source, tmp_path / "whole", jobs=1) == 0
    out = tmp_path / "out"

    first: list[str] = []
    monkeypatch.setattr(page_rows, "clean_page", _failing_after(7, first))
    with pytest.raises(InjectedFailureError):
        run_clean(source, out, jobs=1)
    assert not (out / "pages.parquet").exists()  # nothing half-written
    # 8 chunks kept: the skipped empty.txt and the 7 pages cleaned
    assert len(list((out / CHUNKS_FOLDER).glob("*.json"))) == 8

    second: list[str] = []
    monkeypatch.setattr(page_rows, "clean_page", _failing_after(10**6, second))
    assert run_clean(source, out, jobs=1) == 0
    # The saved pages are read back, not cleaned again; the rest is cleaned.
    assert len(first) == 7 and not set(first) & set(second)
    assert sorted(second) == second and len(second) == N_PAGES - len(first)
    assert _tables(out) == _tables(tmp_path / "whole")
    assert not (out / CHUNKS_FOLDER).exists()  # removed once the tables are written


def test_a_saved_chunk_is_not_reused_when_its_file_changed(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first: list[str] = []
    monkeypatch.setattr(page_rows, "clean_page", _failing_after(3, first))
    with pytest.raises(InjectedFailureError):
        run_clean(raw, out, jobs=1)
    changed = raw / "page_000.txt"
    changed.write_text(_page(999), encoding="utf-8")
    second: list[str] = []
    monkeypatch.setattr(page_rows, "clean_page", _failing_after(10**6, second))
    assert run_clean(raw, out, jobs=1) == 0
    assert "page_000.txt" in second  # its chunk is cleaned again
    assert run_clean(raw, tmp_path / "whole", jobs=1) == 0
    assert _tables(out) == _tables(tmp_path / "whole")


def test_after_a_code_change_the_summary_says_the_saved_chunks_were_cleaned_again(
    raw, tmp_path, monkeypatch, capsys
):
    """An interrupted run, then `git pull`, then the same command: every chunk is cleaned
    again (another code's), and the summary says so instead of nothing."""
    from analysis.clean import resume

    out = tmp_path / "out"
    monkeypatch.setattr(page_rows, "clean_page", _failing_after(3, []))
    with pytest.raises(InjectedFailureError):
        run_clean(raw, out, jobs=1)
    monkeypatch.setattr(page_rows, "clean_page", REAL_CLEAN_PAGE)
    capsys.readouterr()
    monkeypatch.setattr(resume, "code_fingerprint", lambda: "the code after a pull")
    assert run_clean(raw, out, jobs=1) == 0
    summary = capsys.readouterr().out
    assert "4 chunks an interrupted run saved were of other code or other inputs" in summary
    assert "reused" not in summary
    # The same code resumes: the summary names the chunks reused and no stale one.
    monkeypatch.setattr(page_rows, "clean_page", _failing_after(3, []))
    with pytest.raises(InjectedFailureError):
        run_clean(raw, out, jobs=1)
    monkeypatch.setattr(page_rows, "clean_page", REAL_CLEAN_PAGE)
    capsys.readouterr()
    assert run_clean(raw, out, jobs=1) == 0
    summary = capsys.readouterr().out
    assert "(4 chunks of an interrupted run reused)" in summary
    assert "other code" not in summary


def test_an_unreadable_saved_chunk_is_cleaned_again(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    monkeypatch.setattr(page_rows, "clean_page", _failing_after(3, []))
    with pytest.raises(InjectedFailureError):
        run_clean(raw, out, jobs=1)
    saved = sorted((out / CHUNKS_FOLDER).glob("*.json"))
    assert len(saved) == 4
    saved[0].write_text('[{"cut short', encoding="utf-8")
    monkeypatch.undo()
    assert run_clean(raw, out, jobs=1) == 0
    assert run_clean(raw, tmp_path / "whole", jobs=1) == 0
    assert _tables(out) == _tables(tmp_path / "whole")


def test_installed_packages_name_every_distribution_and_its_version() -> None:
    from importlib import metadata

    from packaging.version import Version

    from analysis.clean.resume import installed_packages

    found = installed_packages()
    for distribution in metadata.distributions():
        name = re.sub(r"[-_.]+", "_", distribution.metadata["Name"]).lower()
        # A folder name holds the version in its normal form: 2.002 is saved as 2.2.
        versions = {distribution.version, str(Version(distribution.version))}
        assert any(
            re.sub(r"[-_.]+", "_", entry).lower().startswith(f"{name}_{version}")
            or (entry.lower().startswith(name) and version in entry)
            for entry in found
            for version in versions
        ), (name, distribution.version)


def _doubled(chunk: list[int]) -> list[int]:
    return [2 * n for n in chunk]


def _encoded_here(result: int) -> dict:
    import os

    return {"value": result, "pid": os.getpid()}


@pytest.mark.parametrize("jobs", [1, 2])
def test_each_chunk_is_saved_where_it_is_computed(tmp_path, jobs: int) -> None:
    """With a pool the chunks are encoded and saved in the workers (the command's process
    only reads their results); one process saves them itself. Results and files are the
    same either way, and a second run reads every chunk back."""
    import os

    from analysis.clean.resume import ChunkStore
    from analysis.parallel import LocalEngine, chunked

    engine = LocalEngine(jobs)
    store = ChunkStore(tmp_path)
    results = store.map_chunks(
        engine.map_chunks,
        _doubled,
        chunked(range(10), 3),
        lambda chunk: f"k{chunk[0]}",
        _encoded_here,
        lambda record: record["value"],
    )
    assert list(results) == [[0, 2, 4], [6, 8, 10], [12, 14, 16], [18]]
    saved = {p.stem: json.loads(p.read_text()) for p in store.folder.glob("*.json")}
    assert sorted(saved) == ["k0", "k3", "k6", "k9"]
    pids = {record["pid"] for records in saved.values() for record in records}
    assert (os.getpid() in pids) is (jobs == 1) and len(pids) <= jobs
    again = ChunkStore(tmp_path)
    reread = again.map_chunks(
        engine.map_chunks, _doubled, chunked(range(10), 3), lambda c: f"k{c[0]}",
        _encoded_here, lambda record: record["value"],
    )  # fmt: skip
    assert list(reread) == [[0, 2, 4], [6, 8, 10], [12, 14, 16], [18]] and again.n_reused == 4


def test_chunk_folder_is_absolute_for_workers_in_another_folder(tmp_path, monkeypatch):
    """A relative output folder names the same chunks from any worker's working folder."""
    monkeypatch.chdir(tmp_path)
    store = ChunkStore(Path("out"))
    assert store.folder.is_absolute()
    assert store.folder == tmp_path.resolve() / "out" / CHUNKS_FOLDER


def test_a_chunk_that_cannot_be_saved_is_reported_and_the_run_finishes(raw, tmp_path, caplog):
    """A folder that cannot be written is one warning naming it, a chunk's file and the
    reason, never silent and never one per chunk, and a count at the end; the tables are
    those of a run that saved every chunk."""
    assert run_clean(raw, tmp_path / "whole", jobs=1) == 0
    out = tmp_path / "out"
    out.mkdir()
    (out / CHUNKS_FOLDER).write_text("a file where the chunks' folder goes", encoding="utf-8")
    with caplog.at_level("WARNING", logger="analysis.clean.resume"):
        assert run_clean(raw, out, jobs=1) == 0
    assert _tables(out) == _tables(tmp_path / "whole")
    warned = [r.getMessage() for r in caplog.records if r.name == "analysis.clean.resume"]
    assert len(warned) == 2, warned
    folder = str((out / CHUNKS_FOLDER).resolve())
    assert folder in warned[0] and ".json" in warned[0] and "FileExistsError" in warned[0]
    # one chunk per file with one process
    assert f"{N_PAGES + 1} of {N_PAGES + 1} chunks" in warned[1] and folder in warned[1]


def _as_text(result: int) -> dict:
    return {"value": result, "text": "\ud800" if result == 6 else "fine"}


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_chunk_that_cannot_be_encoded_is_reported_by_the_command(tmp_path, caplog, jobs):
    """A result UTF-8 cannot write (a lone surrogate) fails the save of its chunk only:
    reported by the command's process, whichever process computed it; all results kept."""
    from analysis.clean.resume import ChunkStore
    from analysis.parallel import LocalEngine, chunked

    store = ChunkStore(tmp_path)
    with caplog.at_level("WARNING", logger="analysis.clean.resume"):
        results = store.map_chunks(
            LocalEngine(jobs).map_chunks, _doubled, chunked(range(10), 3),
            lambda chunk: f"k{chunk[0]}", _as_text, lambda record: record["value"],
        )  # fmt: skip
        assert list(results) == [[0, 2, 4], [6, 8, 10], [12, 14, 16], [18]]
    warned = [r.getMessage() for r in caplog.records if r.name == "analysis.clean.resume"]
    assert len(warned) == 2 and "chunk 2," in warned[0] and "k3.json" in warned[0], warned
    assert "UnicodeEncodeError" in warned[0] and "1 of 4 chunks" in warned[1]
    assert sorted(p.name for p in store.folder.iterdir()) == ["k0.json", "k6.json", "k9.json"]
