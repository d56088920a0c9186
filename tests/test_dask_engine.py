"""The Dask engine: clean, metrics, copy search and reports on a LocalCluster, same bytes.

Each test module starts its own cluster (2 in-process workers, on 127.0.0.1 only) and
compares every output with the local engine's. Skipped when dask is not installed
(``make install`` installs the ``dask`` extra, so CI runs them).
"""

from __future__ import annotations

import functools
import logging
import shutil
import socket
import sys
import time
import types
from pathlib import Path

import numpy as np
import pytest

distributed = pytest.importorskip("distributed")

from analysis import cli  # noqa: E402
from analysis.clean import pipeline  # noqa: E402
from analysis.dask_engine import DaskEngine, EngineError  # noqa: E402
from analysis.errors import TableError  # noqa: E402
from analysis.parallel import chunked, open_engine  # noqa: E402
from analysis.stats import copies, metrics, minhash  # noqa: E402
from analysis.stats.metrics import write_metrics  # noqa: E402

TABLES = ("pages", "blocks", "articles")
METRICS_TABLES = ("article_metrics", "quotes", "copy_pairs", "outlet_metrics")


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster of 2 single-threaded in-process workers, listening on 127.0.0.1."""
    local = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address=None,
    )
    yield local
    local.close()


@pytest.fixture(scope="module")
def engine(cluster) -> DaskEngine:
    with DaskEngine(distributed.Client(cluster)) as connected:
        yield connected


@pytest.fixture
def cli_main():
    """``analysis.cli.main``; the log handler it installs is removed afterwards."""
    logger = logging.getLogger("analysis")
    handlers, level = list(logger.handlers), logger.level
    yield cli.main
    for handler in [h for h in logger.handlers if h not in handlers]:
        logger.removeHandler(handler)
    logger.setLevel(level)


def _square_all(chunk: list[int]) -> list[int]:
    if 13 in chunk:
        raise TableError("13 is refused")
    return [n * n for n in chunk]


def test_results_come_in_input_order_and_errors_for_their_chunk(engine: DaskEngine) -> None:
    chunks = list(chunked(range(60), 3))
    assert list(engine.map_chunks(_square_all, chunks[:4] + chunks[5:])) == [
        [n * n for n in chunk] for chunk in chunks[:4] + chunks[5:]
    ]
    results = engine.map_chunks(_square_all, chunked(range(20), 4))
    assert [next(results) for _ in range(3)][-1] == [64, 81, 100, 121]
    with pytest.raises(TableError, match="13 is refused"):  # the task's own exception type
        next(results)


@pytest.fixture(scope="module")
def raw_corpus(seed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed pages under several names, and files that cannot be read (skipped.csv)."""
    raw = tmp_path_factory.mktemp("dask_raw")
    for copy in range(4):
        for seed in sorted(seed_dir.glob("*.txt")):
            shutil.copy(seed, raw / f"{copy}_{seed.name}")
    seeds = sorted(path.name for path in seed_dir.glob("*.txt"))
    (raw / "manifest.csv").write_text(
        f"file,outlet,published\n1_{seeds[0]},Manifest Outlet,2025-06-02\n", encoding="utf-8"
    )
    for n in range(PITCHED_PAGES):  # a made-up site printing a pitch in every story
        (raw / f"8_pitched_{n}.txt").write_text(_pitched_page(n), encoding="utf-8")
    (raw / "5_empty.txt").write_bytes(b"")
    (raw / "6_binary.txt").write_bytes(bytes(range(256)) * 8)
    (raw / "7_folder").mkdir()
    return raw


PITCHED_PAGES = 4
PITCH = (
    "The Quayside Gazette has reported on the canals and the people who work on them since 1921."
)


def _pitched_page(n: int) -> str:
    """Made-up story ``n`` of the Quayside Gazette, its pitch after the second paragraph."""
    paragraphs = [
        f"The lock gates on canal section {n} were replaced this week after a survey found "
        "the old timbers had rotted through in several places.",
        f"Boat owners moored near bridge {n} were asked to move upstream while the cranes "
        "lifted the new gates into position on Thursday.",
        PITCH,
        f"Engineers said the work on section {n} had cost less than expected and that the "
        "towpath would reopen to walkers by the end of the month.",
    ]
    return (
        "Quayside Gazette\n\nHome\nNews\nCanals\n\n"
        f"New lock gates fitted on section {n}\n\nBy Sam Rowe\n\n"
        + "\n\n".join(paragraphs)
        + "\n\n\u00a9 2026 Quayside Gazette. All rights reserved.\n"
    )


def _same_files(left: Path, right: Path, names: list[str]) -> None:
    for name in names:
        assert (left / name).read_bytes() == (right / name).read_bytes(), name


@pytest.fixture(scope="module")
def cleaned(raw_corpus: Path, engine: DaskEngine, tmp_path_factory) -> tuple[Path, Path]:
    """The corpus cleaned by the local engine and by the cluster (in chunks of 2 pages)."""
    local, remote = tmp_path_factory.mktemp("local"), tmp_path_factory.mktemp("remote")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "CHUNK_PAGES", 2)
        # The copies of the seeds are meant: every file is read (not each page once).
        assert pipeline.run_clean(raw_corpus, local, jobs=1, keep_duplicates=True) == 0
        assert pipeline.run_clean(raw_corpus, remote, jobs=engine, keep_duplicates=True) == 0
    return local, remote


def test_clean_on_the_cluster_writes_the_same_bytes(cleaned: tuple[Path, Path]) -> None:
    local, remote = cleaned
    _same_files(local, remote, [f"{name}.parquet" for name in TABLES] + ["skipped.csv"])
    skipped = (remote / "skipped.csv").read_text(encoding="utf-8")
    assert "5_empty.txt" in skipped and "7_folder" in skipped
    import pandas as pd

    outlets = pd.read_parquet(remote / "articles.parquet", columns=["outlet"])["outlet"]
    assert (outlets == "Manifest Outlet").sum() == 1  # the manifest row reached its chunk


def test_metrics_on_the_cluster_write_the_same_bytes(
    cleaned: tuple[Path, Path], engine: DaskEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    local, remote = cleaned
    monkeypatch.setattr(metrics, "CHUNK_ARTICLES", 3)  # many partitions
    monkeypatch.setattr(copies, "CHUNK_PAIRS", 2)  # candidate pairs verified in many tasks
    write_metrics(local, local / "reports", jobs=1)
    write_metrics(remote, remote / "reports", jobs=engine)
    _same_files(local, remote, [f"{name}.parquet" for name in METRICS_TABLES])
    _same_files(
        local / "reports",
        remote / "reports",
        ["outlet_metrics.csv", "outlet_boilerplate_lines.csv"],
    )
    lines = (remote / "reports" / "outlet_boilerplate_lines.csv").read_text(encoding="utf-8")
    assert PITCH in lines  # the made-up site's pitch left its bodies
    import pandas as pd

    assert len(pd.read_parquet(remote / "copy_pairs.parquet")) > 4  # the copy search ran


def _near_copies(n: int, seed: int = 7) -> dict[str, np.ndarray]:
    """Signatures of ``n`` keys in families of near copies (shared bands) and strangers."""
    rng = np.random.default_rng(seed)
    signatures = {}
    for i in range(n):
        family = rng.integers(0, 2**32, size=minhash.NUM_PERM, dtype=np.uint64)
        for j in range(3):
            signature = family.copy()
            changed = rng.random(minhash.NUM_PERM) < 0.2 * j
            signature[changed] = rng.integers(0, 2**32, size=int(changed.sum()), dtype=np.uint64)
            signatures[f"k{i:03d}-{j}"] = signature
    return signatures


def test_lsh_bands_on_the_cluster_give_the_same_candidates(engine: DaskEngine) -> None:
    signatures = _near_copies(40)
    local = minhash.candidate_pairs(signatures)
    assert len(local) >= 40
    assert minhash.candidate_pairs(signatures, engine=engine) == local


def test_the_cli_runs_clean_and_metrics_on_a_scheduler_address(
    cluster, raw_corpus: Path, cleaned: tuple[Path, Path], tmp_path: Path, monkeypatch, cli_main
) -> None:
    local, _ = cleaned
    out = tmp_path / "processed"
    address = cluster.scheduler_address
    assert cli_main(["clean", str(raw_corpus), "--out", str(out), "--engine", "dask",
                     "--scheduler", address, "--keep-duplicates"]) == 0  # fmt: skip
    _same_files(local, out, [f"{name}.parquet" for name in TABLES])
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", address)  # Dask's own variable
    args = ["metrics", "--processed", str(out), "--reports", str(tmp_path), "--engine", "dask"]
    assert cli_main(args) == 0
    write_metrics(local, local / "reports", jobs=1)
    _same_files(local, out, [f"{name}.parquet" for name in METRICS_TABLES])


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_scheduler_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, cli_main
) -> None:
    from analysis import dask_engine

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT_SECONDS", 1)
    address = f"tcp://127.0.0.1:{_free_port()}"
    args = ["metrics", "--processed", str(tmp_path), "--engine", "dask", "--scheduler", address]
    assert cli_main(args) == 1
    assert f"cannot reach the Dask scheduler at {address}" in capsys.readouterr().err


def test_a_scheduler_without_the_dask_engine_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture, cli_main
) -> None:
    args = ["metrics", "--processed", str(tmp_path), "--scheduler", "tcp://127.0.0.1:8786"]
    assert cli_main(args) == 2
    assert "--scheduler is for --engine dask" in capsys.readouterr().err


def test_without_dask_installed_the_engine_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails
    with (
        pytest.raises(EngineError, match=r"pip install -e '\.\[dask\]'"),
        open_engine("dask", scheduler="tcp://127.0.0.1:8786"),
    ):
        pass


@pytest.mark.slow
def test_report_notebooks_on_the_cluster_are_the_same_bytes(
    seed_tables: dict[str, Path], engine: DaskEngine, tmp_path: Path
) -> None:
    from analysis.report.batch import run_reports

    processed = tmp_path / "processed"
    processed.mkdir()
    for path in seed_tables.values():
        shutil.copy(path, processed / path.name)
    local, remote = tmp_path / "local", tmp_path / "remote"
    # One outlet and the comparison: two tasks, one on each worker.
    outlets = ["Hans India"]
    assert run_reports(processed, local, jobs=1, outlets=outlets) == 0
    assert run_reports(processed, remote, engine=engine, outlets=outlets) == 0
    written = sorted(p.relative_to(local).as_posix() for p in local.rglob("*") if p.is_file())
    assert "index.html" in written and any(name.endswith(".json") for name in written)
    assert written == sorted(
        p.relative_to(remote).as_posix() for p in remote.rglob("*") if p.is_file()
    )
    _same_files(local, remote, written)


def _killed_worker() -> Exception:
    """What a cluster reports for a task whose workers all died running it (kill -9, OOM)."""
    last = types.SimpleNamespace(address="tcp://127.0.0.1:1")  # the WorkerState read
    return distributed.KilledWorker("('chunk-1',)", last, 3)


def _dies_on_its_second_chunk(chunk: list) -> list:
    if chunk[0] == 1:
        raise _killed_worker()
    return chunk


def test_a_task_whose_workers_died_is_one_clear_error(engine: DaskEngine) -> None:
    from analysis.dask_engine import LostWorkerError

    results = engine.map_chunks(_dies_on_its_second_chunk, [[0], [1], [2]])
    assert next(results) == [0]
    with pytest.raises(LostWorkerError, match=r"workers running one chunk .* died"):
        next(results)


def test_clean_whose_workers_died_says_so_and_how_to_resume(
    raw_corpus: Path,
    cluster,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
    cli_main,
) -> None:
    real = pipeline.clean_chunk

    def dies_on_the_empty_page(chunk):  # a task is pickled by value: no shared counter
        if any(entry.name == "5_empty.txt" for entry in chunk[0]):
            raise _killed_worker()
        return real(chunk)

    monkeypatch.setattr(pipeline, "CHUNK_PAGES", 2)
    monkeypatch.setattr(pipeline, "clean_chunk", dies_on_the_empty_page)
    out = tmp_path / "processed"
    args = ["clean", str(raw_corpus), "--out", str(out), "--engine", "dask",
            "--scheduler", cluster.scheduler_address]  # fmt: skip
    assert cli_main(args) == 1
    err = capsys.readouterr().err
    assert "error: the Dask workers running one chunk of pages or articles died" in err
    assert f"the chunks done so far are kept in {out / '.clean-chunks'}" in err
    assert "Traceback" not in err


def test_a_scheduler_without_workers_is_said_not_silently_waited_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from analysis import dask_engine

    monkeypatch.setattr(dask_engine, "NO_WORKER_GRACE_SECONDS", 0.2, raising=False)
    empty = distributed.LocalCluster(
        n_workers=0, processes=False, protocol="tcp", host="127.0.0.1", dashboard_address=None
    )
    try:
        with caplog.at_level(logging.WARNING, logger="analysis"):
            DaskEngine.connect(empty.scheduler_address).close()
        assert f"the Dask scheduler at {empty.scheduler_address} has no worker" in caplog.text
    finally:
        empty.close()


def test_a_scheduler_with_workers_is_not_warned_about(
    cluster, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="analysis"):
        DaskEngine.connect(cluster.scheduler_address).close()
    assert "has no worker" not in caplog.text


def _pretend_code(**fields) -> None:
    """Run on a worker: its package now reports ``fields`` in its code record (in its own
    process only), as a worker started from another checkout does."""
    from analysis import provenance

    record = {**provenance.code_version(), **fields}
    provenance.code_version = functools.partial(dict, record)


@pytest.fixture(scope="module")
def process_cluster():
    """A LocalCluster of 2 worker processes (each with its own modules), on 127.0.0.1."""
    local = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    )
    yield local
    local.close()


def test_workers_running_another_commit_are_refused_before_any_chunk(
    process_cluster,
    raw_corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture,
    caplog: pytest.LogCaptureFixture,
    cli_main,
) -> None:
    from analysis.provenance import code_version

    here = code_version()
    if not here["commit"]:
        pytest.skip("the tests run outside a git clone: no commit to compare")
    other = "0" * 40 if here["commit"] != "0" * 40 else "1" * 40
    address = process_cluster.scheduler_address
    with distributed.Client(address) as client:
        workers = sorted(client.nthreads())
        try:
            # Only a worker's modified flag differs: the same commit, the same code.
            client.run(_pretend_code, workers=workers[1:], modified=not here["modified"])
            with caplog.at_level(logging.WARNING, logger="analysis"):
                DaskEngine.connect(address).close()
            assert "run other code" not in caplog.text
            # A worker outside a git clone: its commit unknown, said, not refused.
            client.run(_pretend_code, workers=workers[1:], commit=None)
            with caplog.at_level(logging.WARNING, logger="analysis"):
                DaskEngine.connect(address).close()
            assert f"cannot tell whether the Dask workers {workers[1]} run" in caplog.text
            client.run(_pretend_code, workers=workers[1:], commit=here["commit"])
            client.run(_pretend_code, workers=workers[:1], commit=other)
            out = tmp_path / "processed"
            args = ["clean", str(raw_corpus), "--out", str(out), "--engine", "dask",
                    "--scheduler", address]  # fmt: skip
            assert cli_main(args) == 1
            err = capsys.readouterr().err
            assert f"the Dask workers {workers[0]} (newscompare-analysis" in err
            assert f"commit {other[:12]}" in err and workers[1] not in err
            assert f"commit {here['commit'][:12]}" in err  # this command's code
            assert "Install the same checkout on the workers" in err
            assert "Traceback" not in err
            assert not out.exists() or not any(out.rglob("*.parquet"))  # no chunk ran
        finally:
            client.run(_pretend_code, workers=workers, commit=here["commit"],
                       modified=here["modified"])  # fmt: skip


def _slow_square(chunk: list[int]) -> list[int]:
    import time

    time.sleep(0.3)
    return [n * n for n in chunk]


def test_a_stage_whose_workers_all_left_stops_with_one_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the workers all gone during a stage: its chunks waited on the scheduler, without a
    # word, for ever (docs/measurements.md, h369's left-over)
    from analysis import dask_engine

    monkeypatch.setattr(dask_engine, "WORKERS_GONE_SECONDS", 0.5)
    monkeypatch.setattr(dask_engine, "POLL_SECONDS", 0.1)
    alone = distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, protocol="tcp",
        host="127.0.0.1", dashboard_address=None,
    )  # fmt: skip
    try:
        with DaskEngine(distributed.Client(alone)) as engine:
            results = engine.map_chunks(_slow_square, [[1], [2], [3], [4]], in_flight=4)
            assert next(results) == [1]
            alone.scale(0)
            with pytest.raises(dask_engine.LostWorkerError, match="every Dask worker left"):
                list(results)
    finally:
        alone.close()


def test_a_worker_joining_mid_stage_with_other_code_stops_the_stage() -> None:
    # a worker that joined during a stage was checked only at the next stage: its
    # chunks' results were kept, computed by other rules
    from analysis import dask_engine
    from analysis.provenance import code_version

    here = code_version()
    if not here["commit"]:
        pytest.skip("the tests run outside a git clone: no commit to compare")
    other = "0" * 40 if here["commit"] != "0" * 40 else "1" * 40
    growing = distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    )
    try:
        with DaskEngine(distributed.Client(growing)) as engine:
            first = set(engine.client.nthreads())
            results = engine.map_chunks(_slow_square, [[n] for n in range(8)], in_flight=2)
            assert next(results) == [0]
            growing.scale(2)
            engine.client.wait_for_workers(2)
            joined = sorted(set(engine.client.nthreads()) - first)
            engine.client.run(_pretend_code, workers=joined, commit=other)
            with pytest.raises(dask_engine.JoinedWorkerError) as raised:
                list(results)
            message = str(raised.value)
            assert "joined the cluster during the stage" in message
            assert f"the Dask workers {joined[0]} (newscompare-analysis" in message
    finally:
        growing.close()


def _slow_notebook(job):
    """A notebook task that takes 0.3 s and succeeds (no kernel started)."""
    import time

    from analysis.report.runner import NotebookResult

    time.sleep(0.3)
    return NotebookResult(job.name, job.stem, True)


def test_a_report_batch_whose_workers_all_left_stops_with_one_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # the report stage awaited each notebook with future.result(): a cluster losing every
    # worker there waited without a word, for ever (docs/measurements.md, h380's left-over)
    from analysis import dask_engine
    from analysis.report import cluster_runner
    from analysis.report.runner import NotebookJob

    monkeypatch.setattr(dask_engine, "WORKERS_GONE_SECONDS", 0.5)
    monkeypatch.setattr(dask_engine, "POLL_SECONDS", 0.1)
    monkeypatch.setattr(cluster_runner, "run_notebook_task", _slow_notebook)
    jobs = [
        NotebookJob(f"outlet:o{n}", f"o{n}", tmp_path / "x.ipynb", tmp_path, f"o{n}", {}, None, "")
        for n in range(4)
    ]
    alone = distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, protocol="tcp",
        host="127.0.0.1", dashboard_address=None,
    )  # fmt: skip
    try:
        with DaskEngine(distributed.Client(alone)) as engine:
            # a cluster that stays: every notebook's result, in plan order
            outcome = cluster_runner.run_jobs_on(engine, jobs[:2], progress=False)
            assert [r.ok for r in outcome.results.values()] == [True, True]
            waiting = engine.client.submit(time.sleep, 0.3, pure=False)
            waiting.result()  # the worker is free; now it leaves while 4 notebooks wait
            real_result = engine.result

            def result_then_leave(future):
                found = real_result(future)
                alone.scale(0)
                return found

            monkeypatch.setattr(engine, "result", result_then_leave)
            with pytest.raises(dask_engine.WorkersGoneError) as raised:
                cluster_runner.run_jobs_on(engine, jobs, progress=False)
            message = str(raised.value)
            assert message.startswith("every Dask worker left the cluster")
            assert "1 of 4 notebooks finished before" in message
            assert isinstance(raised.value, dask_engine.StageStoppedError)
    finally:
        alone.close()
