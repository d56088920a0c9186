"""benchmarks/serial_share.py: the CPU ledger and the Amdahl bound it reports."""

from __future__ import annotations

import pytest
from benchmark_modules import load_benchmark

serial_share = load_benchmark("serial_share")


def _in_process(function, chunks, jobs, pool=None, in_flight=0):
    """A stand-in for ``analysis.parallel.map_chunks`` that runs here."""
    return map(function, chunks)


def _spin(chunk: list[int]) -> int:
    """Some CPU work, proportional to the chunk's numbers."""
    return sum(i * i for n in chunk for i in range(n))


def test_ledger_counts_the_chunk_functions_and_the_window_in_one_process() -> None:
    ledger = serial_share.CpuLedger()
    mapped = ledger.wrap(_in_process)
    results = list(mapped(_spin, [[200_000], [100_000], [300_000]], 1))
    assert results == [_spin([n]) for n in (200_000, 100_000, 300_000)]
    (call,) = ledger.calls
    assert call["jobs"] == 1 and call["chunks"] == 3 and len(call["chunk_cpu"]) == 3
    # The largest chunk costs the most; the window holds every chunk function.
    assert call["chunk_cpu"][2] > call["chunk_cpu"][1]
    assert ledger.in_functions == pytest.approx(sum(call["chunk_cpu"]))
    assert ledger.local_windows >= ledger.in_functions > 0
    assert ledger.first_window is None and ledger.pool_windows == 0


def test_ledger_counts_a_pool_call_as_a_window_from_its_first_chunk() -> None:
    ledger = serial_share.CpuLedger()
    mapped = ledger.wrap(_in_process)
    list(mapped(_spin, [[100_000], [100_000]], 2))
    (call,) = ledger.calls
    assert "chunk_cpu" not in call  # a pool's chunks are not timed here
    assert ledger.first_window == call["opened"] and call["closed"] >= call["opened"]
    assert ledger.pool_windows == pytest.approx(call["cpu"]) and ledger.pool_windows > 0


def test_last_chunk_wait_is_the_idle_core_at_the_end() -> None:
    # 1 + 1 on one worker, 3 on the other: ends at 3, a perfect split at 2.5.
    assert serial_share.last_chunk_wait([3.0, 1.0, 1.0]) == pytest.approx(0.5)
    assert serial_share.last_chunk_wait([1.0, 1.0, 1.0, 1.0]) == pytest.approx(0.0)
    assert serial_share.last_chunk_wait([]) == 0.0


def test_split_of_one_process_keeps_the_chunk_work_and_its_window_parallel() -> None:
    ledger = {"total": 10.0, "first_window": None, "pool_windows": 0.0,
              "local_windows": 8.0, "in_functions": 7.5, "calls": []}  # fmt: skip
    split = serial_share.split_run(ledger, server=0.0, workers=0.0)
    assert (split.serial, split.beside, split.parallel) == pytest.approx((2.0, 0.5, 8.0))
    assert split.share == pytest.approx(0.2)
    # Amdahl: 1 / (0.2 + 0.8 / 2) = 1.67x on two cores.
    assert serial_share.two_core_bound(split, 10.0) == pytest.approx(10.0 / 6.0)


def test_split_of_a_pool_run_waits_for_the_longer_start() -> None:
    ledger = {"total": 3.0, "first_window": 1.0, "pool_windows": 1.5,
              "local_windows": 0.0, "in_functions": 0.0,
              "calls": [{"jobs": 2, "opened": 1.0, "closed": 2.5, "cpu": 1.5}]}  # fmt: skip
    # The server's start (1.4) is longer than the command's (1.0): the workers wait.
    split = serial_share.split_run(ledger, server=1.4, workers=8.0)
    assert split.serial == pytest.approx(1.4 + 0.5)
    assert split.parallel == pytest.approx(9.5)
    assert serial_share.serial_parts(ledger) == pytest.approx((1.0, 0.0, 0.5))
    # A server started late (after 0.3 CPU-s of the command's) is ready later.
    late = serial_share.split_run(ledger | {"server_started": 0.3}, server=1.4, workers=8.0)
    assert late.serial == pytest.approx(0.3 + 1.4 + 0.5)
    # The command alone beside the workers cannot run on more than one core.
    busy = serial_share.Split(serial=1.0, beside=5.0, parallel=6.0)
    assert serial_share.two_core_bound(busy, 12.0) == pytest.approx(12.0 / 6.0)


def test_the_timed_commands_read_compiled_bytecode(monkeypatch) -> None:
    """The benchmarks time the commands as an installed package runs them: a
    ``PYTHONDONTWRITEBYTECODE`` of the shell would make every process compile the
    package's sources at its start (a fresh clone has no ``__pycache__``)."""
    pipeline_scale = load_benchmark("pipeline_scale")
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setenv("NEWSCOMPARE_TEST_MARK", "kept")
    env = pipeline_scale.timed_env()
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert env["NEWSCOMPARE_TEST_MARK"] == "kept"
