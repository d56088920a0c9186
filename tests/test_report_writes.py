"""A report's notebook, HTML and JSON are replaced together; a failed write is named.

The notebook run itself is replaced by a stub (papermill is covered by
tests/test_batch_faults.py); what is tested is how the outputs reach the folder.
"""

from __future__ import annotations

import errno
from pathlib import Path

import nbformat
import pytest

from analysis.report import runner
from analysis.report.runner import NotebookJob, run_notebook_job


def _job(folder: Path) -> NotebookJob:
    return NotebookJob(
        key="outlet:Alpha",
        name="Alpha",
        notebook=folder / "unused.ipynb",
        output_dir=folder,
        stem="alpha",
        parameters={},
        json_name="alpha.json",
        title="Alpha",
    )


def _stub_run(text: str):
    def execute(job: NotebookJob, workdir: Path, kernel: object = None):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(text)])
        (workdir / "alpha.json").write_text(f'{{"run": "{text}"}}\n')
        return nb, f"<p>{text}</p>", workdir / "alpha.json"

    return execute


def _outputs(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted(folder.iterdir())}


def test_a_full_disk_keeps_the_notebook_html_and_json_of_one_run(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "_execute_job", _stub_run("old"))
    assert run_notebook_job(_job(tmp_path)).ok
    before = _outputs(tmp_path)
    assert set(before) == {"alpha.ipynb", "alpha.html", "alpha.json"}

    original = Path.write_text

    def full_on_html(self, data, *args, **kwargs):
        if ".alpha.html." in self.name:
            raise OSError(errno.ENOSPC, "No space left on device")
        return original(self, data, *args, **kwargs)

    monkeypatch.setattr(runner, "_execute_job", _stub_run("new"))
    monkeypatch.setattr(Path, "write_text", full_on_html)
    result = run_notebook_job(_job(tmp_path))
    monkeypatch.undo()
    assert not result.ok
    assert result.ename == "OutputWriteError"
    assert "No space left on device" in result.evalue
    assert result.describe_failure().startswith("writing its files: OutputWriteError")
    assert _outputs(tmp_path) == before  # no temporary file, no work folder, all old


def test_a_killed_runs_work_folder_is_removed_by_the_next_run(tmp_path, monkeypatch):
    leftover = tmp_path / ".alpha.999999999.abc123.work"  # a PID that cannot be running
    leftover.mkdir()
    (leftover / "alpha.ipynb").write_text("{}")
    monkeypatch.setattr(runner, "_execute_job", _stub_run("new"))
    assert run_notebook_job(_job(tmp_path)).ok
    assert set(_outputs(tmp_path)) == {"alpha.ipynb", "alpha.html", "alpha.json"}


@pytest.mark.parametrize("code", [errno.EROFS, errno.ENOSPC])
def test_an_unwritable_folder_fails_the_job_with_the_reason(tmp_path, monkeypatch, code):
    def refuse(*args, **kwargs):
        raise OSError(code, "refused by the test", str(tmp_path))

    monkeypatch.setattr(runner, "work_folder", refuse)
    result = run_notebook_job(_job(tmp_path))
    assert not result.ok
    assert (
        result.evalue
        == f"cannot write {tmp_path}: refused by the test; the previous outputs are kept"
    )
