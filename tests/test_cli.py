"""The command line: ``extract`` prints articles or bodies; ``clean`` writes the tables."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from page_checks import SEED_ARTICLE, SEED_LISTING

from analysis import cli, config
from analysis.clean.page_rows import clean_files
from analysis.clean.read import list_raw_folder
from analysis.clean.source import clean_source_problem
from analysis.cli import main


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args],
        capture_output=True,
        text=True,
        cwd=config.PROJECT_ROOT,
        check=False,
    )


@pytest.mark.slow
def test_extract_prints_articles_as_json(seed_dir):
    result = _run("extract", str(seed_dir / SEED_LISTING))
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert [r["outlet"] for r in records][:2] == ["Egypt Independent", "Hans India"]
    assert len(records) == 5
    assert {"article_id", "title", "body", "n_body_chars", "published"} <= set(records[0])


def test_extract_body_prints_bodies_separated_by_blank_line(seed_dir, capsys):
    assert main(["extract", str(seed_dir / SEED_ARTICLE), "--body"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("North Korea has slammed")
    assert "READ MORE" not in out
    assert main(["extract", str(seed_dir / SEED_LISTING), "--body"]) == 0
    bodies = capsys.readouterr().out.rstrip("\n").split("\n\n")
    assert len(bodies) == 5
    assert bodies[0].startswith("CNN")


def test_extract_bad_file_fails_with_reason(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["extract", str(empty)]) == 1
    err = capsys.readouterr().err
    assert "empty.txt" in err and "empty file" in err


@pytest.mark.slow
def test_clean_command_writes_tables(tmp_path, seed_dir):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(seed_dir / SEED_ARTICLE, raw / SEED_ARTICLE)
    (raw / "bad.txt").write_bytes(b"\x00\x01\x02\x03" * 8)
    out = tmp_path / "processed"
    result = _run("clean", str(raw), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "read 1 pages, skipped 1" in result.stdout
    assert "bad.txt" in result.stderr
    for name in ("pages.parquet", "blocks.parquet", "articles.parquet", "skipped.csv"):
        assert (out / name).is_file()


@pytest.mark.slow
def test_clean_command_fails_when_nothing_is_readable(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "bad.txt").write_text("   \n", encoding="utf-8")
    result = _run("clean", str(raw), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "bad.txt" in result.stderr


@pytest.mark.parametrize("argv", [["extract"], ["clean", "a", "b"]])
def test_bad_arguments_exit_with_usage(argv):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2


@pytest.mark.parametrize("command", ["clean", "metrics", "report"])
def test_jobs_below_one_is_refused_before_anything_runs(command, tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        main([command, "--jobs", "0"])
    assert info.value.code == 2
    assert "--jobs: must be at least 1, not 0" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["clean", "{tmp}/no-such-folder", "--out", "{tmp}/out"], "no-such-folder: no such folder"),
        (["clean", "{tmp}/pages.parquet", "--out", "{tmp}/out"], "pages.parquet: no such file"),
        (
            ["clean", "{tmp}/pages.jsonl", "--manifest", "{tmp}/m.csv", "--out", "{tmp}/out"],
            "--manifest is for a folder of pages",
        ),
        (
            ["metrics", "--processed", "{tmp}/no-such-folder", "--reports", "{tmp}/r"],
            "not a folder",
        ),
    ],
)
@pytest.mark.parametrize("engine", [["--jobs", "2"], ["--engine", "dask"]])
def test_a_bad_input_fails_before_any_worker_or_cluster_starts(
    argv, reason, engine, tmp_path, capsys, monkeypatch
):
    import analysis.parallel

    started: list[str] = []
    monkeypatch.setattr(analysis.parallel, "start_stage_workers", lambda *a: started.append("w"))
    monkeypatch.setattr(analysis.parallel, "open_engine", lambda *a: started.append("engine"))
    (tmp_path / "pages.jsonl").write_text('{"id": 1, "text": "x"}\n', encoding="utf-8")
    assert main([part.format(tmp=tmp_path) for part in argv] + engine) == 1
    assert started == []
    err = capsys.readouterr().err
    assert f"error: {tmp_path}" in err and reason in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("source", ["raw", "pages.parquet"])
def test_the_clean_input_check_starts_the_worker_server_before_the_page_readers(source, tmp_path):
    # The server's imports run beside the command's only if nothing heavy comes first:
    # checking the input must not import the readers (~0.3 CPU-s before the server).
    # In a fresh interpreter: the question is what is imported when.
    (tmp_path / "raw").mkdir()
    (tmp_path / "pages.parquet").write_bytes(b"")
    script = (
        "import sys\n"
        "from analysis import cli, parallel\n"
        "seen = []\n"
        "def started(*args):\n"
        "    seen.append('analysis.clean.read' in sys.modules)\n"
        "parallel.start_stage_workers = started\n"
        "cli._on_engine = lambda *a: 0\n"
        "print(cli.main(['clean', sys.argv[1], '--out', sys.argv[2]]), seen)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / source), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=config.PROJECT_ROOT,
        check=False,
    )
    assert result.stdout.split() == ["0", "[False]"], result.stderr


@pytest.mark.parametrize(
    ("argv", "kept"),
    [
        (["clean", "RAW", "--out", "OUT"], "OUT/.clean-chunks"),
        (["metrics", "--processed", "OUT"], "OUT/.metrics-chunks"),
    ],
)
def test_ctrl_c_gives_one_line_and_the_shells_status_not_a_traceback(
    tmp_path, monkeypatch, capsys, argv, kept
):
    # Ctrl-C of clean or metrics printed a KeyboardInterrupt traceback through the
    # package's frames (review finding h46 G10); report already said it in one line.
    (tmp_path / "RAW").mkdir()
    (tmp_path / "OUT").mkdir()
    monkeypatch.chdir(tmp_path)

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_run", interrupted)
    assert cli.main(argv) == 130
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"interrupted (Ctrl-C); the chunks done so far are kept in {kept}" in err
    assert "run the same command again to resume" in err


def test_sigterm_raises_in_the_command_and_gives_its_status(tmp_path, monkeypatch, capsys):
    # `kill` or a batch system's time limit sends SIGTERM to the command alone: it died
    # at once, its worker pool (forkserver, workers, resource tracker) left running
    (tmp_path / "RAW").mkdir()
    monkeypatch.chdir(tmp_path)

    def terminated(args):
        os.kill(os.getpid(), signal.SIGTERM)
        raise AssertionError("SIGTERM did not stop the command")

    before = signal.getsignal(signal.SIGTERM)
    monkeypatch.setattr(cli, "_run", terminated)
    assert cli.main(["clean", "RAW", "--out", "OUT"]) == 143
    err = capsys.readouterr().err
    assert "Traceback" not in err and "interrupted (terminated)" in err
    assert signal.getsignal(signal.SIGTERM) is before  # the caller's handler is back


@pytest.mark.slow
def test_a_terminated_clean_stops_its_workers(seed_dir, tmp_path):
    psutil = pytest.importorskip("psutil")
    raw = tmp_path / "raw"
    raw.mkdir()
    text = (seed_dir / SEED_ARTICLE).read_text("utf-8")
    for n in range(600):
        (raw / f"p{n:03d}.txt").write_text(f"{text}\nCorrection number {n}.\n", "utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "analysis", "clean", str(raw), "--out", str(out)]
    run = subprocess.Popen([*command, "--jobs", "2"], stderr=subprocess.PIPE, text=True)
    chunks = out / ".clean-chunks"
    for _ in range(600):  # until the workers have cleaned a chunk (at most a minute)
        if (chunks.is_dir() and any(chunks.iterdir())) or run.poll() is not None:
            break
        time.sleep(0.1)
    workers = psutil.Process(run.pid).children(recursive=True)
    assert workers and run.poll() is None
    run.send_signal(signal.SIGTERM)
    _, err = run.communicate(timeout=120)
    assert run.returncode == 143, err
    assert "interrupted (terminated)" in err and "Traceback" not in err
    _, alive = psutil.wait_procs(workers, timeout=30)
    assert not alive


@pytest.mark.parametrize(
    ("name", "advice"),
    [
        ("stories.xlsx", "save its sheet as CSV (UTF-8)"),
        ("pages.json", "JSON Lines, one object per line"),
        ("story.html", "put the file in a folder and clean the folder"),
    ],
)
def test_a_file_given_to_clean_is_answered_with_what_to_give_instead(tmp_path, name, advice):
    # review finding h94 M9: "not a folder" alone sent users in a circle
    given = tmp_path / name
    given.write_bytes(b"x")
    problem = clean_source_problem(given)
    assert problem.startswith(f"{given}: not a folder: ") and advice in problem
    if name.endswith(".xlsx"):  # a CSV is a page table now; a workbook is told to be one
        assert "clean that as a page table" in problem
    if name.endswith(".xlsx"):
        return  # a workbook in a folder is read as any unknown file is
    # in a folder, the same file's skip reason gives the same advice
    (entry,) = list_raw_folder(tmp_path)
    if name.endswith(".json"):  # read to see whether it is an article's record: it is not
        assert entry.skip_reason is None
        (skipped,) = clean_files([entry])
        assert advice in skipped.reason
    else:
        assert entry.skip_reason is None if name.endswith(".html") else advice in entry.skip_reason


def test_a_stage_loads_pandera_checks_without_data_synthesis() -> None:
    """Inside no_data_synthesis (a stage's run) pandera's checks load without importing
    hypothesis (its data-synthesis strategies are never used); after the block hypothesis
    imports as before. A fresh process: a test session has imported hypothesis already."""
    script = (
        "import sys\n"
        "from analysis.cli import no_data_synthesis\n"
        "with no_data_synthesis():\n"
        "    import pandera.backends.pandas.builtin_checks\n"
        "    from pandera.strategies import base_strategies\n"
        "print('hypothesis' in sys.modules, base_strategies.HAS_HYPOTHESIS)\n"
        "import hypothesis.strategies\n"
        "print('hypothesis' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=config.PROJECT_ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False", "True"]


def test_a_news_apis_json_response_given_to_clean_is_told_to_be_put_in_a_folder(tmp_path):
    # `clean newsapi.json` answered that a .json file is read when it lists stories,
    # which this one does, without saying that such a file is read from a folder (h335)
    given = tmp_path / "newsapi.json"
    given.write_text('{"status": "ok", "articles": []}', encoding="utf-8")
    problem = clean_source_problem(given)
    assert problem.startswith(
        f"{given}: not a folder: put the file in a folder and clean the folder: "
    )
    assert "lists stories" in problem
