"""Serial share of ``clean`` and ``metrics``, ``--jobs 1`` against ``--jobs 2``: Amdahl's bound.

Wall-time ratios need idle cores; on a shared machine they are noise. This benchmark
measures what limits the speed-up whatever the load: the CPU seconds of the command's
own process that no worker can overlap (the serial part, Amdahl's ``s``), against the
CPU seconds that run beside the workers or in them.

It builds N pages (``--sizes``, default 1,000) as ``benchmarks/pipeline_scale.py`` does
and runs ``clean`` then ``metrics`` with each ``--jobs`` value, through this script's
``--ledger`` mode: the command line runs in-process with
``analysis.parallel.map_chunks`` wrapped (:class:`CpuLedger`), which records with the
process's CPU clock, per call, the CPU seconds of the command's process from its first
chunk to its last result (the *window*: work beside the workers: handing chunks out,
receiving and writing results) and, when the call runs in the command's process
(``--jobs 1``, or a phase of one chunk), the CPU seconds inside the chunk function.
The pool's server and workers are sampled from outside (``pipeline_scale.run_stage``).

Per stage and jobs value it prints the command's CPU seconds split into *serial* (outside
every pool window) and *beside* the workers, the workers' (server's start, workers), the
serial share ``s`` and the speed-up over ``--jobs 1`` the run allows on two idle cores
(:func:`two_core_bound`): the serial part on one core, the rest spread on two (a bound:
it assumes no core waits for a slow last chunk). For ``--jobs 1`` the parallel part is
what the command does inside the chunk functions and beside them (what ``--jobs 2``
could overlap): its bound is the design's, with no cost for the pool; for ``--jobs 2``
it is the run's. Outputs are checked to be the same bytes for every jobs value (exit 1
if not).

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/serial_share.py [--sizes 1000] [--jobs 1 2]
        [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = PROJECT_ROOT / "benchmarks"
#: How ``python`` runs this script's ``--ledger`` mode: with ``-c``, not the script's
#: path, so the pool's workers do not import this script as their main module (they
#: start as they do under ``python -m analysis``).
LEDGER_ENTRY = (
    "-c",
    f"import sys; sys.path.insert(0, {str(BENCHMARKS)!r}); "
    "from serial_share import main; sys.exit(main())",
)


@dataclass
class CpuLedger:
    """The command's CPU seconds by where they were spent, for one run.

    Attributes
    ----------
    total : float
        The process's CPU seconds at the end of the command.
    first_window : float or None
        The process's CPU seconds when the first pool call handed out its first chunk.
    pool_windows : float
        CPU seconds from first chunk to last result of the calls that ran on a pool.
    local_windows : float
        The same for calls that ran in this process (chunk functions included).
    in_functions : float
        CPU seconds inside chunk functions run in this process.
    server_started : float
        The process's CPU seconds when the command line started the worker server (its
        imports run from then on, beside the command's).
    """

    total: float = 0.0
    server_started: float = 0.0
    first_window: float | None = None
    pool_windows: float = 0.0
    local_windows: float = 0.0
    in_functions: float = 0.0
    calls: list[dict] = field(default_factory=list)

    def wrap(self, map_chunks: Callable) -> Callable:
        """``analysis.parallel.map_chunks`` with its CPU seconds recorded here."""

        def recorded(function, chunks, jobs, pool=None, in_flight=0) -> Iterator:
            window = {"jobs": jobs, "opened": None, "closed": None, "cpu": 0.0, "chunks": 0}
            if jobs <= 1:
                function = self._timed(function, window.setdefault("chunk_cpu", []))
            self.calls.append(window)

            def opened(items: Iterable) -> Iterator:
                for item in items:
                    if window["opened"] is None:
                        window["opened"] = time.process_time()
                        if jobs > 1 and self.first_window is None:
                            self.first_window = window["opened"]
                    window["chunks"] += 1
                    yield item

            last = None
            for result in map_chunks(function, opened(chunks), jobs, pool, in_flight=in_flight):
                last = time.process_time()
                yield result
            if window["opened"] is not None and last is not None:
                window["closed"] = last
                window["cpu"] = last - window["opened"]
                if jobs > 1:
                    self.pool_windows += window["cpu"]
                else:
                    self.local_windows += window["cpu"]

        return recorded

    def _timed(self, function: Callable, chunk_cpu: list[float]) -> Callable:
        def timed(chunk):
            begin = time.process_time()
            try:
                return function(chunk)
            finally:
                chunk_cpu.append(time.process_time() - begin)
                self.in_functions += chunk_cpu[-1]

        return timed


def run_ledger(ledger_path: Path, arguments: list[str]) -> int:
    """Run ``python -m analysis ARGUMENTS`` in this process, its ledger saved as JSON."""
    from analysis import parallel

    ledger = CpuLedger()
    parallel.map_chunks = ledger.wrap(parallel.map_chunks)
    start_stage_workers = parallel.start_stage_workers

    def timed_start(*args: object) -> bool:
        ledger.server_started = time.process_time()
        return start_stage_workers(*args)

    parallel.start_stage_workers = timed_start
    from analysis.cli import main as cli_main

    status = cli_main(arguments)
    ledger.total = time.process_time()
    ledger_path.write_text(json.dumps(asdict(ledger)), encoding="utf-8")
    return status


@dataclass(frozen=True)
class Split:
    """One run's CPU seconds split for Amdahl's law (see :func:`split_run`).

    Attributes
    ----------
    serial : float
        Seconds on one core that nothing overlaps: the command's start (or the pool
        server's, when longer: the workers wait for it) and its work outside the pool.
    beside : float
        The command's CPU seconds while the chunks run (one process: at most one core).
    parallel : float
        Every CPU second that can spread over the cores (``beside`` included).
    """

    serial: float
    beside: float
    parallel: float

    @property
    def share(self) -> float:
        """Amdahl's serial share ``s``: serial over all the work."""
        return self.serial / (self.serial + self.parallel)


def split_run(ledger: dict, server: float, workers: float) -> Split:
    """The serial and parallel CPU seconds of one run.

    ``--jobs 1``: the chunk functions and the command's work beside them are the
    parallel part, everything else serial. ``--jobs N``: the command's work inside the
    pool windows is beside the workers; the server's start runs beside the command's
    start from the moment the command line started it (the later end counts), the rest
    of the command is serial.

    Parameters
    ----------
    ledger : dict
        A :class:`CpuLedger` as saved.
    server, workers : float
        The pool server's and the workers' CPU seconds (0 for ``--jobs 1``).

    Returns
    -------
    Split
        The run's serial, beside and parallel seconds.
    """
    if ledger["first_window"] is None:  # nothing ran on a pool
        parallel = ledger["local_windows"]
        beside = parallel - ledger["in_functions"]
        return Split(ledger["total"] - parallel, beside, parallel)
    start = ledger["first_window"]
    rest = ledger["total"] - start - ledger["pool_windows"]
    beside = ledger["pool_windows"]
    server_ready = ledger.get("server_started", 0.0) + server
    return Split(max(start, server_ready) + rest, beside, beside + workers)


def serial_parts(ledger: dict) -> tuple[float, float, float]:
    """The command's CPU seconds outside the pool windows: before the first, between
    them (phases of one chunk run here count as between), after the last.

    Parameters
    ----------
    ledger : dict
        A :class:`CpuLedger` as saved, of a run with at least one pool call.

    Returns
    -------
    tuple of float
        Start, between, tail.
    """
    pool = [call for call in ledger["calls"] if call["jobs"] > 1 and call["closed"] is not None]
    start = pool[0]["opened"]
    tail = ledger["total"] - max(call["closed"] for call in pool)
    between = ledger["total"] - start - tail - ledger["pool_windows"]
    return start, between, tail


def last_chunk_wait(chunk_cpu: list[float], workers: int = 2) -> float:
    """Seconds the phase's end waits for its last chunks, over a perfect split.

    The chunks go in order to the first free of ``workers`` (as the pool hands them
    out); the result is when the last worker finishes minus the total over ``workers``.

    Parameters
    ----------
    chunk_cpu : list of float
        Each chunk's CPU seconds, in order.
    workers : int
        Worker processes.

    Returns
    -------
    float
        The wait (0 for one worker or no chunk).
    """
    free = [0.0] * workers
    for seconds in chunk_cpu:
        free[free.index(min(free))] += seconds
    return max(free, default=0.0) - sum(chunk_cpu) / workers


def two_core_bound(split: Split, one_process_cpu: float, cores: int = 2) -> float:
    """The speed-up over ``one_process_cpu`` seconds a run allows on idle ``cores``.

    Wall time at least ``serial + max(parallel / cores, beside)`` (the command's own
    share of the parallel part runs on one core); ``--jobs 1`` takes its CPU seconds.

    Parameters
    ----------
    split : Split
        The run's CPU seconds (:func:`split_run`).
    one_process_cpu : float
        ``--jobs 1``'s CPU seconds.
    cores : int
        Idle cores.

    Returns
    -------
    float
        The bound on the speed-up.
    """
    wall = split.serial + max(split.parallel / cores, split.beside)
    return one_process_cpu / wall


def stage_arguments(stage: str, raw: Path, out: Path, jobs: int) -> list[str]:
    """The command line of ``stage`` on ``raw`` pages into ``out``."""
    if stage == "clean":  # the dev pages repeat: read every copy
        found = ["clean", str(raw), "--out", str(out), "--keep-duplicates"]
    else:
        found = ["metrics", "--processed", str(out), "--reports", str(out / "reports")]
    return [*found, "--jobs", str(jobs)]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--ledger"]:
        return run_ledger(Path(argv[1]), argv[3:])  # --ledger FILE -- ARGUMENTS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    sys.path[:0] = [str(PROJECT_ROOT), str(BENCHMARKS)]
    from pipeline_scale import OUTPUTS, build_pages, compile_bytecode, run_stage

    compile_bytecode()  # the commands read compiled bytecode, as an installed package's
    failed = False
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="newscompare-serial-") as tmp:
            raw = Path(tmp) / "raw"
            build_pages(raw, size)
            print(f"{size} pages; CPU seconds; bound: speed-up over --jobs 1 on 2 idle cores")
            print(
                "run stage    jobs  wall s  load  command: serial  beside  chunk work  server"
                "  serial share  bound"
            )
            for run in range(1, args.repeat + 1):
                outputs: dict[int, dict[str, bytes]] = {}
                one_process: dict[str, float] = {}
                for jobs in args.jobs:
                    out = Path(tmp) / f"out{jobs}"
                    for stage in ("clean", "metrics"):
                        ledger_path = Path(tmp) / "ledger.json"
                        entry = (*LEDGER_ENTRY, "--ledger", str(ledger_path), "--")
                        found = run_stage(stage_arguments(stage, raw, out, jobs), entry=entry)
                        ledger = json.loads(ledger_path.read_text(encoding="utf-8"))
                        roles = found["cpu_by_role"]
                        split = split_run(ledger, roles["server"], roles["workers"])
                        one_process.setdefault(stage, ledger["total"] + roles["workers"])
                        bound = two_core_bound(split, one_process[stage])
                        serial = ledger["total"] - split.beside - ledger["in_functions"]
                        chunk_work = ledger["in_functions"] + roles["workers"]
                        print(
                            f"{run:3d} {stage:8s} {jobs:4d}  {found['wall']:6.1f}  "
                            f"{os.getloadavg()[0]:4.1f}  {serial:15.1f}  {split.beside:6.1f}  "
                            f"{chunk_work:10.1f}  {roles['server']:6.1f}"
                            f"  {100 * split.share:10.1f} %  {bound:4.2f}x"
                        )
                        phases = [c for c in ledger["calls"] if len(c.get("chunk_cpu", [])) > 1]
                        if jobs == 1 and phases:
                            print(
                                f"{'':19s}chunk phases (chunks, CPU s, wait for the last "
                                "chunks on 2 workers): "
                                + "; ".join(
                                    f"{len(c['chunk_cpu'])}, {sum(c['chunk_cpu']):.2f}, "
                                    f"{last_chunk_wait(c['chunk_cpu']):.2f}"
                                    for c in phases
                                )
                            )
                        if ledger["first_window"] is not None:
                            start, between, tail = serial_parts(ledger)
                            print(
                                f"{'':19s}command's serial CPU s: start {start:.2f}, between "
                                f"pool phases {between:.2f}, after the last {tail:.2f}; "
                                f"{sum(c['jobs'] > 1 for c in ledger['calls'])} pool phases"
                            )
                    outputs[jobs] = {name: (out / name).read_bytes() for name in OUTPUTS}
                same = all(outputs[jobs] == outputs[args.jobs[0]] for jobs in args.jobs)
                failed |= not same
                print(f"    outputs identical between --jobs values: {same}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
