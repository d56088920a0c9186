"""``clean`` + ``metrics`` at scale, one process against ``--jobs 2``, in one run.

Builds a folder of N pages (``--sizes``, default 1,000) in a temporary directory:
the 109 dev pages of the extraction benchmark (``../shared/benchmarks/extraction/dev``)
and AllSides articles (``../shared/corpora/allsides_abp``) written as article pages
(outlet line, menu, title, byline, date, body, footer), taken in turn, each under its
own file name; pages made from the same dev page are copies of one page. Third-party
text is read in place and written only to the temporary folder.

For each size and each ``--jobs`` value (in turn, so both run under the same load) it
runs ``python -m analysis clean`` then ``python -m analysis metrics`` as subprocesses
and prints, per stage: wall seconds, pages per wall second, CPU seconds of the stage
and its worker processes, and the peak resident memory of the stage and its workers
together (sampled: see :func:`run_stage`). Checks that every table is the same bytes for every
``--jobs`` value (exit 1 if not), and prints the wall-time speed-up of the last jobs
value over the first. Repeats ``--repeat`` times (best wall time, highest peak).

For ``--jobs N`` > 1 it also prints the CPU seconds by phase (:class:`CpuPhases`: the
start, before any worker works; the intervals with workers working; the command alone
after them) and the wall time those give on two idle cores
(:func:`idle_wall_estimate`), over the CPU seconds of ``--jobs 1``: the speed-up the
run would have on an idle machine, whatever the load while it is measured.

The commands read the package's compiled bytecode (:func:`compile_bytecode` first, then
:func:`timed_env`), as an installed package is read, whatever ``PYTHONDONTWRITEBYTECODE``
says.

The machine may be shared with other work: a speed-up needs the cores to be free, so
read it together with the CPU seconds, which do not depend on the load.

Usage (from the project root)::

    nice -n 10 .venv/bin/python benchmarks/pipeline_scale.py [--sizes 1000 10000]
        [--jobs 1 2] [--repeat R]
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

import psutil  # noqa: E402

from analysis import config  # noqa: E402

DEV_PAGES = config.SHARED_DIR / "benchmarks" / "extraction" / "dev"
ALLSIDES = config.SHARED_DIR / "corpora" / "allsides_abp" / "articles.jsonl.gz"
SAMPLE_SECONDS = 0.2
OUTPUTS = (
    "pages.parquet",
    "blocks.parquet",
    "articles.parquet",
    "article_metrics.parquet",
    "quotes.parquet",
    "copy_pairs.parquet",
    "outlet_metrics.parquet",
)


def allsides_page(record: dict) -> str:
    """An AllSides article written as a scraped article page."""
    return (
        f"{record['outlet']}\nHome | Politics | World | Opinion\n\n{record['title']}\n"
        f"By {record['authors'] or 'Staff'}\n{record['date']}\n\n{record['body']}\n\n"
        f"Share this article\nCopyright {record['outlet']}. All rights reserved.\n"
    )


def build_pages(folder: Path, n_pages: int) -> None:
    """Write ``n_pages`` pages into ``folder``: dev pages and AllSides pages in turn."""
    if not DEV_PAGES.is_dir() or not ALLSIDES.is_file():
        raise SystemExit("../shared dev pages or AllSides corpus not found")
    dev = [path.read_text(encoding="utf-8") for path in sorted(DEV_PAGES.glob("*.txt"))]
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    folder.mkdir(parents=True)
    for index in range(n_pages):
        if index % 2 == 0:
            text = dev[(index // 2) % len(dev)]
        else:
            text = allsides_page(records[(index // 2) % len(records)])
        (folder / f"p{index:07d}.txt").write_text(text, encoding="utf-8")


def timed_env() -> dict[str, str]:
    """The environment of the timed commands: this one's, but that Python reads (and
    writes) the package's compiled bytecode, as an installed package's modules are read.

    With ``PYTHONDONTWRITEBYTECODE`` set and no ``__pycache__`` in the tree (a fresh
    clone), every process would compile the package's sources at its start: ~0.35 CPU-s
    in each of ``clean``'s command and pool server, paid once by ``--jobs 1``, which no
    user's run pays (pip compiles a package's bytecode at install; an editable install
    writes it at the first import). Third-party packages' bytecode is installed already.

    Returns
    -------
    dict
        Variable -> value, without ``PYTHONDONTWRITEBYTECODE``.
    """
    return {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def compile_bytecode() -> None:
    """Compile the package's bytecode into its ``__pycache__`` folders (git ignores them)
    before the timed runs, so that the first run does not pay it and the others not."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "analysis"],
        cwd=PROJECT_ROOT,
        env=timed_env(),
        stdout=subprocess.DEVNULL,
        check=True,
    )


def run_stage(
    arguments: list[str],
    report_every: float | None = None,
    entry: tuple[str, ...] = ("-m", "analysis"),
) -> dict[str, float]:
    """Run ``python -m analysis ARGUMENTS``: wall and CPU seconds, peak MB of the tree.

    The process and its descendants (the worker pool) are sampled every
    :data:`SAMPLE_SECONDS`: CPU seconds are the sum of each process's last sample
    (a worker that lived less than one interval may be missed), the peak is the
    highest sum of resident memory over the tree (forked workers' shared pages count
    in each), ``main_mb`` the command's own process's peak and ``main_cpu`` its own CPU
    seconds (with ``--jobs N``, the serial part: what the workers do not do).
    ``cpu_by_role`` splits the CPU seconds by process: ``main`` (the command's own),
    ``server`` (the pool's forkserver, which imports the worker modules before it
    forks workers), ``workers`` (every other descendant) and ``n_workers``.
    ``phases`` splits the CPU seconds by when they were spent (:class:`CpuPhases`):
    before any worker used CPU, in sampling intervals where workers used CPU, and in
    the other intervals after the first worker (the command alone: the tail and the gaps
    between phases); :func:`idle_wall_estimate` turns them into the wall time on idle
    cores. With ``report_every`` seconds, a line with the figures so far is printed that
    often (a run stopped before its end still shows its last sample). ``entry``: what
    ``python`` runs instead of ``-m analysis`` (a script that runs the command line).
    """
    start = time.perf_counter()
    process = psutil.Popen(
        [sys.executable, *entry, *arguments],
        cwd=PROJECT_ROOT,
        stdout=subprocess.DEVNULL,
        env=timed_env(),
    )
    cpu: dict[int, float] = {}
    roles: dict[int, str] = {process.pid: "main"}
    phases = CpuPhases()
    peak = main_peak = 0
    last_report = start
    while process.poll() is None:
        rss = 0
        try:
            tree = [process, *process.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        step = {"main": 0.0, "server": 0.0, "workers": 0.0}
        for member in tree:
            try:
                times = member.cpu_times()
                now = times.user + times.system
                role = roles.get(member.pid) or _role(member, process.pid)
                roles[member.pid] = role
                step[role] += now - cpu.get(member.pid, 0.0)
                cpu[member.pid] = now
                resident = member.memory_info().rss
                rss += resident
                if member is process:
                    main_peak = max(main_peak, resident)
            except psutil.NoSuchProcess:
                continue
        peak = max(peak, rss)
        phases.add(step)
        if report_every and time.perf_counter() - last_report >= report_every:
            last_report = time.perf_counter()
            print(
                f"  sample at {last_report - start:.0f} s: CPU s {sum(cpu.values()):.1f} "
                f"(command's process {cpu.get(process.pid, 0.0):.1f}), resident MB now "
                f"{rss / 2**20:.0f} (tree), peak {peak / 2**20:.0f} (tree) "
                f"{main_peak / 2**20:.0f} (command's process)",
                flush=True,
            )
        time.sleep(SAMPLE_SECONDS)
    if process.wait() != 0:
        raise SystemExit(f"python -m analysis {' '.join(arguments)} failed")
    wall = time.perf_counter() - start
    return {
        "wall": wall,
        "cpu": sum(cpu.values()),
        "main_cpu": cpu.get(process.pid, 0.0),
        "peak_mb": peak / 2**20,
        "main_mb": main_peak / 2**20,
        "cpu_by_role": {
            role: sum(cpu[pid] for pid in cpu if roles.get(pid) == role)
            for role in ("main", "server", "workers")
        }
        | {"n_workers": sum(1 for pid in cpu if roles.get(pid) == "workers")},
        "phases": phases,
    }


#: CPU seconds of the workers in one sampling interval below which no worker counts as
#: running in it (an idle worker waiting for a chunk uses none).
WORKERS_IDLE_CPU = 0.01


@dataclass
class CpuPhases:
    """CPU seconds of a run split by when they were spent (sampled by :func:`run_stage`).

    Attributes
    ----------
    start_main, start_server : float
        The command's and the pool server's CPU seconds before any worker used CPU
        (imports, reading, the server's preloads: they run side by side).
    parallel : float
        Every process's CPU seconds in the intervals where workers used CPU.
    alone : float
        The command's and server's CPU seconds in the other intervals after the first
        worker: the gaps between phases and the tail (writing, the outlet table), when
        at most one process works.
    """

    start_main: float = 0.0
    start_server: float = 0.0
    parallel: float = 0.0
    alone: float = 0.0
    workers_seen: bool = field(default=False, repr=False)

    def add(self, step: dict[str, float]) -> None:
        """Count one sampling interval's CPU seconds by role."""
        if step["workers"] >= WORKERS_IDLE_CPU:
            self.workers_seen = True
            self.parallel += sum(step.values())
        elif self.workers_seen:
            self.alone += step["main"] + step["server"]
        else:
            self.start_main += step["main"]
            self.start_server += step["server"]


def idle_wall_estimate(phases: CpuPhases, cores: int = 2) -> float:
    """The wall seconds of a run on ``cores`` idle cores, from its CPU phases.

    The start's two processes run side by side (the longer one counts), the work of
    the parallel intervals spreads over every core, and what the command does alone
    runs on one. A lower bound in the parallel part (it assumes the cores never wait for
    one slow chunk), exact elsewhere up to the sampling interval.
    """
    start = max(phases.start_main, phases.start_server)
    return start + phases.parallel / cores + phases.alone


def phases_line(found: dict, one_process_cpu: float | None = None) -> str:
    """The CPU phases of one :func:`run_stage` result, with the idle 2-core estimate."""
    phases: CpuPhases = found["phases"]
    estimate = idle_wall_estimate(phases)
    ratio = f" = {one_process_cpu / estimate:.2f}x --jobs 1's CPU s" if one_process_cpu else ""
    serial = start_serial = max(phases.start_main, phases.start_server)
    serial += phases.alone
    return (
        f"CPU s by phase: start {phases.start_main:.1f} (command) / {phases.start_server:.1f} "
        f"(server), with workers {phases.parallel:.1f}, command alone after {phases.alone:.1f}; "
        f"serial {serial:.1f} s ({start_serial:.1f} start + {phases.alone:.1f} alone); "
        f"on 2 idle cores ~{estimate:.1f} s{ratio}"
    )


def _role(member: psutil.Process, main_pid: int) -> str:
    """``server``: a child of the command (the pool's forkserver and resource tracker);
    ``workers``: the processes the server forks."""
    try:
        return "server" if member.ppid() == main_pid else "workers"
    except psutil.Error:
        return "workers"


def cpu_roles_line(found: dict) -> str:
    """CPU seconds by process of one :func:`run_stage` result, as one line."""
    roles = found["cpu_by_role"]
    return (
        f"CPU s: command's process {roles['main']:.1f}, pool server {roles['server']:.1f}, "
        f"{roles['n_workers']} workers {roles['workers']:.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    compile_bytecode()
    failed = False
    per_page: dict[tuple[int, str], list[tuple[int, float]]] = {}
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="newscompare-scale-") as tmp:
            raw = Path(tmp) / "raw"
            build_pages(raw, size)
            best: dict[tuple[int, str], dict[str, float]] = {}
            outputs: dict[int, dict[str, bytes]] = {}
            for _ in range(args.repeat):
                for jobs in args.jobs:
                    out = Path(tmp) / f"out{jobs}"
                    stages = {
                        # the dev pages repeat: read every copy
                        "clean": ["clean", str(raw), "--out", str(out), "--keep-duplicates"],
                        "metrics": ["metrics", "--processed", str(out)],
                    }
                    for stage, arguments in stages.items():
                        reports = ["--reports", str(out / "reports")] if stage == "metrics" else []
                        found = run_stage([*arguments, *reports, "--jobs", str(jobs)])
                        key = (jobs, stage)
                        if key not in best or found["wall"] < best[key]["wall"]:
                            peak = max(found["peak_mb"], best.get(key, {}).get("peak_mb", 0))
                            best[key] = {**found, "peak_mb": peak}
                    outputs[jobs] = {name: (out / name).read_bytes() for name in OUTPUTS}
            same = all(outputs[jobs] == outputs[args.jobs[0]] for jobs in args.jobs)
            failed |= not same
            print(f"{size} pages (best wall of {args.repeat}); outputs identical: {same}")
            print(
                "stage    jobs  wall s  pages/s  CPU s  CPU ms/page  peak MB (all processes)"
                "  peak MB (command's process)"
            )
            for (jobs, stage), found in sorted(best.items(), key=lambda kv: (kv[0][1], kv[0][0])):
                rate = size / found["wall"] if found["wall"] else math.inf
                print(
                    f"{stage:8s} {jobs:4d}  {found['wall']:6.1f}  {rate:7.1f}  "
                    f"{found['cpu']:5.1f}  {1000 * found['cpu'] / size:11.1f}  "
                    f"{found['peak_mb']:22.0f}  {found['main_mb']:27.0f}"
                )
                print(f"{'':14s}{cpu_roles_line(found)}")
                if jobs > 1:
                    one = best.get((args.jobs[0], stage), {}).get("cpu")
                    print(f"{'':14s}{phases_line(found, one)}")
                per_page.setdefault((jobs, stage), []).append((size, found["cpu"] / size))
            first, last = args.jobs[0], args.jobs[-1]
            for stage in ("clean", "metrics"):
                speedup = best[(first, stage)]["wall"] / best[(last, stage)]["wall"]
                print(f"{stage}: --jobs {last} is {speedup:.2f}x --jobs {first} (wall)")
    # Linear cost: CPU per page at each size over CPU per page at the first size.
    for (jobs, stage), found in sorted(per_page.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        (first_size, base), *rest = found
        for size, cpu in rest:
            print(
                f"{stage} --jobs {jobs}: CPU per page at {size} pages is "
                f"{cpu / base:.2f}x that at {first_size}"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
