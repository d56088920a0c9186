"""Faults in the report batch: a notebook that raises, a kernel that dies, Ctrl-C.

Faults are injected with a copy of the real outlet report that has one extra cell,
driven by the environment (kernels inherit it from the batch): the cell reads
``NEWSCOMPARE_TEST_FAULTS`` (``"Outlet=raise;Other=die"``) and, for the named outlet,
raises, ends the kernel with ``os._exit`` or hangs after writing the file named by
``NEWSCOMPARE_TEST_MARKER``. Without the variable the cell does nothing and prints
nothing, so a clean run of the copy writes the same bytes as any later clean run.
The copy is passed with ``run_reports(..., outlet_notebook=...)``.

After every fault: the other outlets' reports are complete and valid, no file in place
of a good one is half-written or replaced, no temporary file or kernel process is left
behind, and a rerun without the fault finishes the job with the same bytes.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from output_capture import captured_output
from synthetic_tables import write_synthetic_tables

from analysis import config
from analysis.report import batch, plan, pool, runner, slugs

# Every test here runs notebook kernels or the report command in a subprocess.
pytestmark = pytest.mark.slow

FAULTS_VARIABLE = "NEWSCOMPARE_TEST_FAULTS"
MARKER_VARIABLE = "NEWSCOMPARE_TEST_MARKER"
OUTLETS = ["Alpha", "Dies", "Raises"]
PLACEHOLDER = "a good report from an earlier run\n"
# Generous limits for a loaded 2-core machine; they only bound a hang, never a result.
WAIT_SECONDS = 180

FAULT_CELL = f"""\
import os as _os, pathlib as _pathlib, time as _time
_spec = _os.environ.get("{FAULTS_VARIABLE}", "")
_faults = dict(item.split("=", 1) for item in _spec.split(";") if "=" in item)
_fault = _faults.get(outlet)
if _fault == "raise":
    raise RuntimeError("fault injected for this outlet")
if _fault == "die":
    _os._exit(1)
if _fault == "hang":
    _pathlib.Path(_os.environ["{MARKER_VARIABLE}"]).write_text(outlet, encoding="utf-8")
    _time.sleep(600)
"""


def fault_notebook(folder: Path) -> Path:
    """The real outlet report with the fault cell right after the cell loading tables."""
    nb = nbformat.read(plan.OUTLET_NOTEBOOK, as_version=4)
    setup = next(i for i, cell in enumerate(nb.cells) if "load_tables" in cell.source)
    cell = nbformat.v4.new_code_cell(FAULT_CELL)
    cell["id"] = "inject-fault"
    nb.cells.insert(setup + 1, cell)
    path = folder / "outlet_report_with_faults.ipynb"
    nbformat.write(nb, path)
    return path


@contextlib.contextmanager
def environment(**values: str) -> Iterator[None]:
    """Set environment variables (removing those given as "") for the block."""
    with pytest.MonkeyPatch.context() as patch:
        for name, value in values.items():
            if value:
                patch.setenv(name, value)
            else:
                patch.delenv(name, raising=False)
        yield


def run_batch(processed: Path, reports: Path, notebook: Path, faults: str = "") -> dict:
    with environment(**{FAULTS_VARIABLE: faults}), captured_output() as output:
        status = batch.run_reports(processed, reports, jobs=2, outlet_notebook=notebook)
    return {"status": status, "stderr": output.getvalue()}


def files_of(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (relative path -> bytes)."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def leftovers(folder: Path) -> list[str]:
    """Temporary files or folders (hidden names, ``.tmp``) left under ``folder``; the
    list of the reports a run wrote (``batch.WRITTEN_LEDGER``) is no leftover."""
    return sorted(
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if (path.name.startswith(".") and path.name != batch.WRITTEN_LEDGER)
        or path.suffix == ".tmp"
    )


def processes_working_in(folder: Path) -> list[str]:
    """Processes (e.g. kernels) whose working directory lies under ``folder``."""
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    found = []
    root = str(folder.resolve())
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cwd = os.readlink(entry / "cwd")
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if cwd == root or cwd.startswith(root + os.sep):
            found.append(f"{entry.name}: {cmdline.strip()}")
    return found


def wait_for_no_processes(folder: Path, seconds: float = 20.0) -> list[str]:
    deadline = time.monotonic() + seconds
    found = processes_working_in(folder)
    while found and time.monotonic() < deadline:
        time.sleep(0.5)
        found = processes_working_in(folder)
    return found


def assert_complete_outlet_report(outlets_dir: Path, slug: str, name: str) -> None:
    """The notebook, its HTML and its JSON are there, whole and about ``name``."""
    nb = nbformat.read(outlets_dir / f"{slug}.ipynb", as_version=4)
    nbformat.validate(nb)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == [], slug
    assert nb.metadata["papermill"]["parameters"]["outlet"] == name
    page = (outlets_dir / f"{slug}.html").read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") and page.rstrip().endswith("</html>")
    data = json.loads((outlets_dir / f"{slug}.json").read_text(encoding="utf-8"))
    assert data["outlet"] == name


def assert_every_file_is_whole(folder: Path) -> None:
    """Each notebook, JSON and HTML file under ``folder`` parses completely."""
    for path in folder.rglob("*"):
        if path.suffix == ".ipynb":
            nbformat.validate(nbformat.read(path, as_version=4))
        elif path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))
        elif path.suffix == ".html":
            assert path.read_text(encoding="utf-8").rstrip().endswith("</html>"), path


# --------------------------------------------------------------------------- raise and die


@pytest.fixture(scope="module")
def faulty(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A batch where 'Raises' raises and 'Dies' kills its kernel; then a clean rerun."""
    root = tmp_path_factory.mktemp("faults")
    processed = write_synthetic_tables(root / "processed", OUTLETS)
    notebook = fault_notebook(root)
    reports = root / "reports"
    stems = slugs.assign_slugs(OUTLETS)
    outlets_dir = reports / "outlets"
    outlets_dir.mkdir(parents=True)
    for name in ("Dies", "Raises"):
        for ext in ("ipynb", "html", "json"):
            (outlets_dir / f"{stems[name]}.{ext}").write_text(PLACEHOLDER, encoding="utf-8")
    first = run_batch(processed, reports, notebook, faults="Raises=raise;Dies=die")
    first["files"] = files_of(reports)
    first["leftovers"] = leftovers(reports)
    first["processes"] = wait_for_no_processes(root)
    second = run_batch(processed, reports, notebook)
    second["files"] = files_of(reports)
    return {
        "root": root,
        "processed": processed,
        "notebook": notebook,
        "reports": reports,
        "slugs": stems,
        "first": first,
        "second": second,
    }


def test_failing_outlets_are_named_with_their_error(faulty: dict) -> None:
    first = faulty["first"]
    assert first["status"] == 1
    failed = [line for line in first["stderr"].splitlines() if line.startswith("FAILED")]
    assert len(failed) == 2, first["stderr"]
    raised = next(line for line in failed if "'Raises'" in line)
    assert "RuntimeError: fault injected for this outlet" in raised
    assert "cell " in raised
    died = next(line for line in failed if "'Dies'" in line)
    assert "DeadKernelError" in died or "died" in died.lower(), died


def test_other_outlets_complete_despite_faults(faulty: dict) -> None:
    reports, stems = faulty["reports"], faulty["slugs"]
    first_files = faulty["first"]["files"]
    for ext in ("ipynb", "html", "json"):
        assert f"outlets/{stems['Alpha']}.{ext}" in first_files
    assert "comparison.ipynb" in first_files and "index.html" in first_files
    # The rerun rewrote Alpha with identical bytes, so checking it now checks the first run.
    assert_complete_outlet_report(reports / "outlets", stems["Alpha"], "Alpha")
    for ext in ("ipynb", "html", "json"):
        relative = f"outlets/{stems['Alpha']}.{ext}"
        assert faulty["second"]["files"][relative] == first_files[relative]


def test_failed_outlets_keep_their_previous_files(faulty: dict) -> None:
    files, stems = faulty["first"]["files"], faulty["slugs"]
    for name in ("Dies", "Raises"):
        for ext in ("ipynb", "html", "json"):
            assert files[f"outlets/{stems[name]}.{ext}"] == PLACEHOLDER.encode(), (name, ext)
    raised = nbformat.reads(files[f"outlets/{stems['Raises']}.failed.ipynb"].decode(), 4)
    errors = [o for c in raised.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert [e.ename for e in errors] == ["RuntimeError"]
    index = files["index.html"].decode()
    assert index.count('class="failed"') >= 2


def test_faults_leave_no_temporary_files_or_kernels(faulty: dict) -> None:
    assert faulty["first"]["leftovers"] == []
    assert faulty["first"]["processes"] == []
    assert leftovers(faulty["reports"]) == []


def test_rerun_finishes_the_job(faulty: dict) -> None:
    second, reports, stems = faulty["second"], faulty["reports"], faulty["slugs"]
    assert second["status"] == 0, second["stderr"]
    for name in OUTLETS:
        assert_complete_outlet_report(reports / "outlets", stems[name], name)
    assert not any(name.endswith((".failed.ipynb", ".failed.log")) for name in second["files"])
    assert 'class="failed"' not in second["files"]["index.html"].decode()


# --------------------------------------------------------------------------- kernel start


def test_kernel_that_loses_its_port_is_started_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The start-up race, made certain: each worker's first kernel finds its port taken.

    Two kernels started at the same moment can pick the same free TCP port; the loser
    dies before replying to kernel_info. Here every worker binds the shell port of the
    first kernel it starts (workers are forked, so they inherit the patch), so every
    first kernel dies that way, and every report must still be written. The batch runs
    3 notebooks with 2 workers, each keeping its kernel for its notebooks: 2 such deaths.
    """
    from jupyter_client.connect import ConnectionFileMixin

    write_connection_file = ConnectionFileMixin.write_connection_file
    taken: list[socket.socket] = []

    def write_then_take_shell_port(self: ConnectionFileMixin, **kwargs: object) -> None:
        write_connection_file(self, **kwargs)
        if not taken:  # this worker's first kernel
            holder = socket.socket()
            holder.bind((self.ip, self.shell_port))
            holder.listen(1)
            taken.append(holder)
            log = Path(os.environ[MARKER_VARIABLE])
            with log.open("a", encoding="utf-8") as handle:
                handle.write(f"{self.shell_port}\n")

    monkeypatch.setattr(ConnectionFileMixin, "write_connection_file", write_then_take_shell_port)
    names = ["Alpha", "Beta"]
    processed = write_synthetic_tables(tmp_path / "processed", names)
    reports = tmp_path / "reports"
    taken_log = tmp_path / "taken.txt"
    with environment(**{MARKER_VARIABLE: str(taken_log)}):
        result = run_batch(processed, reports, plan.OUTLET_NOTEBOOK)
    assert result["status"] == 0, result["stderr"]
    assert len(taken_log.read_text(encoding="utf-8").split()) == 2  # one per worker
    stems = slugs.assign_slugs(names)
    for name in names:
        assert_complete_outlet_report(reports / "outlets", stems[name], name)
    assert leftovers(reports) == []


# --------------------------------------------------------------------------- Ctrl-C


def _default_sigint() -> None:
    # A shell starts background jobs with SIGINT ignored, and children inherit that;
    # a command run from a terminal has the default, which is what Ctrl-C meets.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_in_own_group(command: list[str], env: dict[str, str]) -> subprocess.Popen:
    """Start a command in a new process group, like a foreground job in a terminal."""
    return subprocess.Popen(
        command,
        cwd=config.PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=_default_sigint,
    )


def ctrl_c(process: subprocess.Popen) -> tuple[int, str]:
    """Send SIGINT to the process group (what Ctrl-C does) and wait for the end."""
    os.killpg(process.pid, signal.SIGINT)
    try:
        stdout, stderr = process.communicate(timeout=WAIT_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail("the batch did not stop after Ctrl-C")
    return process.returncode, stdout + stderr


def interrupt_summary(stderr: str) -> tuple[list[str], list[str]]:
    """What the batch says after Ctrl-C: the names it finished and did not finish.

    Also checks the batch said it was interrupted and printed no traceback.
    """
    assert "Traceback" not in stderr, stderr
    assert "KeyboardInterrupt" not in stderr, stderr
    assert "report: interrupted (Ctrl-C)" in stderr, stderr
    finished = re.search(r"^finished: (.*)$", stderr, re.MULTILINE)
    unfinished = re.search(r"^not finished: (.*)$", stderr, re.MULTILINE)
    assert finished is not None and unfinished is not None, stderr
    return (
        re.findall(r"'([^']*)'", finished.group(1)),
        re.findall(r"'([^']*)'", unfinished.group(1)),
    )


def wait_for(path: Path, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not path.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            output = process.communicate()
            pytest.fail(f"{path.name} never appeared: {output}")
        time.sleep(0.2)


def child_environment(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in (FAULTS_VARIABLE, MARKER_VARIABLE)}
    env.update(values)
    env["PYTHONHASHSEED"] = "0"
    return env


def test_ctrl_c_inside_a_cell_keeps_good_files_and_rerun_finishes(
    faulty: dict, tmp_path: Path
) -> None:
    good = faulty["second"]["files"]
    assert faulty["second"]["status"] == 0
    # Same layout as the good run: the notebooks store the tables' path relative to it.
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    shutil.copytree(faulty["processed"], processed)
    shutil.copytree(faulty["reports"], reports)
    marker = tmp_path / "hanging"
    code = (
        "import sys; from pathlib import Path; from analysis.report.batch import run_reports; "
        "sys.exit(run_reports(Path(sys.argv[1]), Path(sys.argv[2]), jobs=2, "
        "outlet_notebook=Path(sys.argv[3])))"
    )
    process = start_in_own_group(
        [
            sys.executable,
            "-c",
            code,
            str(processed),
            str(reports),
            str(faulty["notebook"]),
        ],
        child_environment(**{FAULTS_VARIABLE: "Dies=hang", MARKER_VARIABLE: str(marker)}),
    )
    wait_for(marker, process)
    status, stderr = ctrl_c(process)
    assert status == batch.EXIT_INTERRUPTED, stderr
    finished, unfinished = interrupt_summary(stderr)
    assert "Dies" in unfinished and "comparison" in unfinished
    assert sorted(finished + unfinished) == sorted([*OUTLETS, "comparison"])
    assert wait_for_no_processes(tmp_path) == []
    assert leftovers(reports) == []
    after = files_of(reports)
    for relative, content in good.items():
        assert after.get(relative) == content, relative
    extra = set(after) - set(good)
    assert all(name.endswith((".failed.ipynb", ".failed.log")) for name in extra), extra
    assert_every_file_is_whole(reports)

    rerun = run_batch(processed, reports, faulty["notebook"])
    assert rerun["status"] == 0, rerun["stderr"]
    assert files_of(reports) == good


def test_ctrl_c_of_the_report_command_then_rerun(tmp_path: Path) -> None:
    # With one worker, Ctrl-C lands after Alpha's report, while Beta's or the comparison runs.
    names = ["Alpha", "Beta"]
    processed = write_synthetic_tables(tmp_path / "processed", names)
    reports = tmp_path / "reports"
    command = [sys.executable, "-m", "analysis", "report", "--processed", str(processed)]
    command += ["--reports", str(reports), "--jobs", "1"]
    stems = slugs.assign_slugs(names)
    process = start_in_own_group(command, child_environment())
    wait_for(reports / "outlets" / f"{stems['Alpha']}.html", process)  # written with the set
    status, stderr = ctrl_c(process)
    assert status == batch.EXIT_INTERRUPTED, stderr
    finished, unfinished = interrupt_summary(stderr)
    assert finished == ["Alpha"]
    assert unfinished == ["Beta", "comparison"]
    assert not (reports / "index.html").exists()  # left as it was: not there yet
    assert wait_for_no_processes(tmp_path) == []
    assert leftovers(reports) == []
    assert_every_file_is_whole(reports)
    assert_complete_outlet_report(reports / "outlets", stems["Alpha"], "Alpha")

    rerun = subprocess.run(
        command, cwd=config.PROJECT_ROOT, env=child_environment(), capture_output=True, text=True
    )
    assert rerun.returncode == 0, rerun.stderr
    for name in names:
        assert_complete_outlet_report(reports / "outlets", stems[name], name)
    assert (reports / "index.html").is_file() and (reports / "comparison.html").is_file()
    assert leftovers(reports) == []


def _stuck_job(job: runner.NotebookJob, *kernel: object) -> runner.NotebookResult:
    # A worker that ignores Ctrl-C, then presses it for the batch: the batch must kill it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.kill(os.getppid(), signal.SIGINT)
    time.sleep(WAIT_SECONDS)
    return runner.NotebookResult(job.name, job.stem, True)


def test_ctrl_c_kills_a_worker_that_does_not_stop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "run_notebook_job", _stuck_job)  # workers are forked
    monkeypatch.setattr(pool, "STOP_TIMEOUT_SECONDS", 1.0)
    jobs = [
        runner.NotebookJob(
            key=f"outlet:{name}",
            name=name,
            notebook=tmp_path / "unused.ipynb",
            output_dir=tmp_path,
            stem=name.lower(),
            parameters={},
            json_name=None,
            title=name,
        )
        for name in ("Alpha", "Beta")
    ]
    # The handler in force before the batch (Python's default, or SIG_IGN when the
    # test run was started in the background of a non-interactive shell) comes back.
    before = signal.getsignal(signal.SIGINT)
    outcome = pool.run_jobs(jobs, n_workers=1, progress=False)
    assert outcome.interrupted
    assert outcome.results == {}
    assert [job.name for job in outcome.unfinished] == ["Alpha", "Beta"]
    assert multiprocessing.active_children() == []
    assert signal.getsignal(signal.SIGINT) is before
