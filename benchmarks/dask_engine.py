"""``clean`` + ``metrics`` on a Dask LocalCluster against the local pool, in one run.

Builds N pages (``--sizes``, default 1,000) as benchmarks/pipeline_scale.py does (the
109 dev pages of ``../shared/benchmarks/extraction/dev`` and AllSides articles of
``../shared/corpora/allsides_abp`` written as article pages, in turn), in a temporary
folder. Starts a ``distributed.LocalCluster`` of ``--workers`` single-threaded worker
processes on 127.0.0.1, then, for each engine in turn (so both run under the same
load), runs ``python -m analysis clean`` and ``metrics`` as subprocesses: the local
engine with ``--jobs WORKERS``, the Dask engine with ``--engine dask --scheduler
ADDRESS``. Prints per stage and engine: wall seconds, pages per wall second and CPU
seconds (the command and its pool; for Dask also the cluster's worker processes and
this process, which runs the scheduler, during the stage), then the Dask engine's
overhead (wall and CPU, Dask over local) and whether every table is the same bytes
(exit 1 if not). Repeats ``--repeat`` times (best wall time).

The machine may be shared: read the wall ratio together with the CPU seconds.

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/dask_engine.py [--sizes 1000 10000]
        [--workers 2] [--repeat R]
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
for path in (PROJECT_ROOT, PROJECT_ROOT / "benchmarks"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import psutil  # noqa: E402
from pipeline_scale import OUTPUTS, build_pages, run_stage  # noqa: E402


def _cluster_cpu(processes: list[psutil.Process]) -> float:
    """CPU seconds used so far by the cluster's processes (this one's share excluded)."""
    total = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


def _stage_arguments(stage: str, raw: Path, out: Path) -> list[str]:
    if stage == "clean":
        return ["clean", str(raw), "--out", str(out), "--keep-duplicates"]  # pages repeat
    return ["metrics", "--processed", str(out), "--reports", str(out / "reports")]


def _run_size(size: int, workers: int, repeat: int, address: str, cluster_processes) -> bool:
    """Both engines on ``size`` pages; prints the table; True when outputs are identical."""
    with tempfile.TemporaryDirectory(prefix="newscompare-dask-") as tmp:
        raw = Path(tmp) / "raw"
        build_pages(raw, size)
        engines = {
            "local": ["--jobs", str(workers)],
            "dask": ["--engine", "dask", "--scheduler", address],
        }
        best: dict[tuple[str, str], dict[str, float]] = {}
        outputs: dict[str, dict[str, bytes]] = {}
        for _ in range(repeat):
            for engine, options in engines.items():
                out = Path(tmp) / f"out-{engine}"
                for stage in ("clean", "metrics"):
                    before = _cluster_cpu(cluster_processes)
                    found = run_stage([*_stage_arguments(stage, raw, out), *options])
                    if engine == "dask":
                        found["cpu"] += _cluster_cpu(cluster_processes) - before
                    key = (stage, engine)
                    if key not in best or found["wall"] < best[key]["wall"]:
                        best[key] = found
                outputs[engine] = {name: (out / name).read_bytes() for name in OUTPUTS}
        same = outputs["dask"] == outputs["local"]
        print(f"{size} pages, {workers} workers (best wall of {repeat}); outputs identical: {same}")
        print("stage    engine  wall s  pages/s  CPU s")
        for (stage, engine), found in sorted(best.items()):
            rate = size / found["wall"] if found["wall"] else math.inf
            print(f"{stage:8s} {engine:6s}  {found['wall']:6.1f}  {rate:7.1f}  {found['cpu']:5.1f}")
        for stage in ("clean", "metrics"):
            local, dask = best[(stage, "local")], best[(stage, "dask")]
            print(
                f"{stage}: Dask overhead {dask['wall'] / local['wall']:.2f}x wall, "
                f"{dask['cpu'] / local['cpu']:.2f}x CPU (Dask over the local pool)"
            )
        return same


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    try:
        import distributed
    except ImportError:
        print("dask is not installed (pip install -e '.[dask]'): nothing to compare")
        return 0
    cluster = distributed.LocalCluster(
        n_workers=args.workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    )
    try:
        # The scheduler runs in this process, the workers in its children.
        processes = [psutil.Process(), *psutil.Process().children(recursive=True)]
        same = [
            _run_size(size, args.workers, args.repeat, cluster.scheduler_address, processes)
            for size in args.sizes
        ]
    finally:
        cluster.close()
    return 0 if all(same) else 1


if __name__ == "__main__":
    raise SystemExit(main())
