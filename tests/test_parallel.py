"""Chunks over a process pool: results in input order, errors raised for their chunk."""

from __future__ import annotations

import pytest

from analysis.parallel import CHUNKS_IN_FLIGHT_PER_JOB, chunked, map_chunks, resolve_jobs


def _square_all(chunk: list[int]) -> list[int]:
    if 13 in chunk:
        raise ValueError("13 is refused")
    return [n * n for n in chunk]


def test_chunked_keeps_order_and_the_short_last_chunk() -> None:
    assert list(chunked(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunked([], 3)) == []


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_in_input_order(jobs: int) -> None:
    chunks = list(chunked(range(40), 3))
    results = list(map_chunks(_square_all, iter(chunks[:4] + chunks[5:]), jobs))
    expected = [[n * n for n in chunk] for chunk in chunks[:4] + chunks[5:]]
    assert results == expected


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_chunk_raises_after_the_chunks_before_it(jobs: int) -> None:
    results = map_chunks(_square_all, chunked(range(20), 4), jobs)
    assert next(results) == [0, 1, 4, 9]
    assert next(results) == [16, 25, 36, 49]
    assert next(results) == [64, 81, 100, 121]
    with pytest.raises(ValueError, match="13 is refused"):
        next(results)


def test_a_pool_takes_a_bounded_number_of_chunks_ahead_of_the_caller() -> None:
    """The workers have CHUNKS_IN_FLIGHT_PER_JOB chunks each to go on with while the
    caller does other work (clean imports its writers after the first result), and
    never more: memory grows with the chunks in flight, not with the input."""
    taken: list[int] = []

    def chunks():
        for start in range(0, 60, 2):
            taken.append(start)
            yield [start, start + 1]

    results = map_chunks(_square_all, chunks(), 2)
    assert next(results) == [0, 1]
    assert len(taken) == 2 * CHUNKS_IN_FLIGHT_PER_JOB >= 8
    assert next(results) == [4, 9]
    assert len(taken) == 2 * CHUNKS_IN_FLIGHT_PER_JOB + 1
    results.close()


def test_jobs_default_to_the_cores_and_must_be_positive() -> None:
    assert resolve_jobs(None) >= 1
    assert resolve_jobs(3) == 3
    with pytest.raises(ValueError, match="at least 1"):
        resolve_jobs(0)


def test_the_local_engine_is_sized_for_its_work_and_chunks_only_for_a_pool() -> None:
    from analysis.parallel import LocalEngine, chunk_work

    engine, chunks = chunk_work(4, list(range(10)), 4)  # 3 chunks: 3 processes
    assert engine == LocalEngine(3) and list(chunks) == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    engine, chunks = chunk_work(4, list(range(3)), 4)  # one chunk: no pool, item by item
    assert engine == LocalEngine(1) and list(chunks) == [[0], [1], [2]]
    assert list(LocalEngine(2).map_chunks(_square_all, [[1, 2], [3]])) == [[1, 4], [9]]


_PRELOAD_CHECK = """
import sys
from analysis.parallel import LocalEngine, map_chunks, start_workers_early

sys.path.insert(0, sys.argv[1])
assert start_workers_early(LocalEngine(1), ["probe_module"]) is False  # one process: no pool
assert start_workers_early(LocalEngine(2), ["analysis.stats.worker_models"]) is True
assert start_workers_early(LocalEngine(2), ["analysis.stats.worker_models"]) is False  # running
assert "analysis.stats.language" not in sys.modules  # loaded in the server, not here
from probe_module import model_loaded

print(list(map_chunks(model_loaded, [[1], [2], [3]], 2)))
"""

_PROBE_MODULE = """
import sys


def model_loaded(chunk):
    language = sys.modules.get("analysis.stats.language")
    return language is not None and language._identifier.cache_info().currsize == 1
"""


def test_workers_start_with_what_the_server_preloaded(tmp_path) -> None:
    """A worker forked from a server started early has the language model loaded before
    its first chunk (it never loaded it itself); this process has not loaded it."""
    import subprocess
    import sys

    (tmp_path / "probe_module.py").write_text(_PROBE_MODULE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _PRELOAD_CHECK, str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[True, True, True]"


_CLI_START_CHECK = """
import multiprocessing.forkserver
import sys

import analysis.parallel
from analysis.cli import main

started = []
start = analysis.parallel.start_stage_workers


def recorded(stage, jobs, more=()):
    started.append((stage, jobs, "pandas" in sys.modules, start(stage, jobs, more)))
    return started[-1][-1]


analysis.parallel.start_stage_workers = recorded
stage, folder, jobs = sys.argv[1:]
arguments = ["--processed", folder] if stage == "metrics" else [folder, "--out", folder]
main([stage, *arguments, "--jobs", jobs])  # an empty folder: an error, after the start
server = multiprocessing.forkserver._forkserver
print(started, server._forkserver_pid is not None, server._preload_modules)
"""


@pytest.mark.parametrize("stage", ["clean", "metrics"])
def test_the_command_starts_its_worker_server_before_importing_the_stage(
    tmp_path, stage: str
) -> None:
    """With --jobs 2 the server that preloads the stage's worker module is started before
    the stage's own imports (pandas); with --jobs 1 no server is started."""
    import subprocess
    import sys

    from analysis.parallel import STAGE_WORKER_MODULES

    found = {}
    (tmp_path / "empty").mkdir()  # (a missing folder fails before the start)
    for jobs in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", _CLI_START_CHECK, stage, str(tmp_path / "empty"), jobs],
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr
        found[jobs] = done.stdout.strip()
    assert found["1"].startswith(f"[('{stage}', 1, False, False)] False")
    module = STAGE_WORKER_MODULES[stage]
    assert found["2"] == f"[('{stage}', 2, False, True)] True ['{module}']"


@pytest.mark.parametrize(
    ("page", "preloaded"),
    [
        ("story.html", "['analysis.clean.page_rows', 'trafilatura', 'inscriptis']"),
        ("story.htm.gz", "['analysis.clean.page_rows', 'trafilatura', 'inscriptis']"),
        ("story.txt", "['analysis.clean.page_rows']"),
    ],
)
def test_a_folder_of_html_pages_has_the_worker_server_load_the_html_reader(
    tmp_path, page: str, preloaded: str
) -> None:
    """Every worker of ``clean --jobs 2`` imported trafilatura (htmldate, dateparser:
    ~2 CPU-s) on its first HTML page; for a folder holding HTML files the server does,
    once, before it forks them (analysis.clean.html_libraries); a folder of text dumps
    loads nothing more."""
    import subprocess
    import sys

    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / page).write_bytes(b"")  # unreadable: an error, after the start
    done = subprocess.run(
        [sys.executable, "-c", _CLI_START_CHECK, "clean", str(tmp_path / "raw"), "2"],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"[('clean', 2, False, True)] True {preloaded}"


@pytest.mark.parametrize("stage", ["clean", "metrics"])
def test_a_stages_worker_module_loads_neither_pandas_pyarrow_nor_pandera(stage: str) -> None:
    """The module a stage's worker server imports (clean: the cleaner; metrics: every
    task's module, the readability dictionary, the language model) loads no pandas,
    pyarrow or pandera, and clean's chunks are run by a function of that module (a
    worker unpickling it imports nothing more)."""
    import subprocess
    import sys

    from analysis.clean.pipeline import clean_chunk
    from analysis.parallel import STAGE_WORKER_MODULES

    module = STAGE_WORKER_MODULES[stage]
    check = (
        f"import sys, {module}; "
        "print([m for m in ('pandas', 'pyarrow', 'pandera') if m in sys.modules])"
    )
    done = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=False, timeout=600
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    assert clean_chunk.__module__ == STAGE_WORKER_MODULES["clean"]


def test_the_metrics_command_loads_no_page_reader() -> None:
    """``metrics`` reads tables, not pages: its modules import none of ``clean``'s page
    readers (``analysis.clean.read`` and the HTML readers under it, ~0.2 CPU-s before its
    first chunk; a URL is compared by :mod:`analysis.clean.page_urls`)."""
    import ast
    import subprocess
    import sys

    check = (
        "import sys, analysis.cli, analysis.stats.metrics, analysis.stats.metrics_stream; "
        "print(sorted(m for m in sys.modules if m.startswith('analysis.clean.')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=False, timeout=600
    )
    assert done.returncode == 0, done.stderr
    loaded = ast.literal_eval(done.stdout)
    assert "analysis.clean.page_urls" in loaded
    assert not {"analysis.clean.read", "analysis.clean.html_page"} & set(loaded), loaded


_FIRST_CHUNK_CHECK = """
import sys

import analysis.clean.pipeline as pipeline
from analysis.clean.page_rows import clean_chunk

seen = []


def recorded(work):
    seen.append("pandas" in sys.modules)
    return clean_chunk(work)


pipeline.clean_chunk = recorded
status = pipeline.run_clean(sys.argv[1], sys.argv[2], jobs=1)
print(status, seen[:1], "pandas" in sys.modules)
"""


def test_clean_hands_out_its_first_chunk_before_loading_the_table_writers(tmp_path) -> None:
    """``clean`` cleans (or hands to the workers) its first chunk before it imports
    pandas, pyarrow and pandera for the writers, which then load while workers clean."""
    import subprocess
    import sys

    from analysis import config

    if not any(config.RAW_DIR.glob("*.txt")):
        pytest.skip("no seed pages")
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_CHUNK_CHECK, str(config.RAW_DIR), str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("\n0 [False] True"), done.stdout


def test_a_caller_may_keep_more_chunks_in_flight() -> None:
    """``in_flight``: chunks the caller holds anyway (a read batch's texts) may all be on
    the pool while it works between results; never fewer than the default."""
    taken: list[int] = []

    def chunks():
        for start in range(0, 60, 2):
            taken.append(start)
            yield [start, start + 1]

    results = map_chunks(_square_all, chunks(), 2, in_flight=20)
    assert next(results) == [0, 1]
    assert len(taken) == 20
    results.close()
    taken.clear()
    results = map_chunks(_square_all, chunks(), 2, in_flight=1)
    assert next(results) == [0, 1]
    assert len(taken) == 2 * CHUNKS_IN_FLIGHT_PER_JOB
    results.close()
