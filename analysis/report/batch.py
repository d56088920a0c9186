"""Run the report notebooks with papermill: one outlet report per outlet, then the comparison.

Reads ``outlet_metrics`` (and, through the notebooks, every processed table) from the
processed folder; writes ``reports/outlets/SLUG.{ipynb,html,json}``,
``reports/comparison.{ipynb,html}`` and ``reports/index.html``.

``python -m analysis report`` calls :func:`run_reports`, which

- plans the jobs (:mod:`~analysis.report.plan`): every outlet gets a safe, readable
  file name (:mod:`~analysis.report.slugs`), so an outlet called ``../x`` or ``a/b``
  writes nowhere but ``reports/outlets/``; the parameters are checked against the
  notebook's ``parameters`` cell before running (:mod:`~analysis.report.params`);
  outlets without articles (a listing site's page chrome) get no report and are
  listed in the index with the reason;
- runs ``notebooks/outlet_report.ipynb`` once per outlet in parallel worker processes
  (default one per core, each keeping one kernel warm for its notebooks:
  :mod:`~analysis.report.pool`) with a progress bar, then ``notebooks/comparison.ipynb``
  (:mod:`~analysis.report.runner`: atomic writes, byte-identical outputs, Ctrl-C);
- writes the index page (:mod:`~analysis.report.render`, Jinja templates);
- keeps going when one outlet fails and ends with a summary on stdout; each failure
  is logged (stderr) with its cell and error; the exit status is 1 if any notebook
  failed, 130 after Ctrl-C.

``python -m analysis references`` (:mod:`~analysis.report.references`) re-executes the
reference notebooks in ``notebooks/`` in place; see ``docs/notebooks.md``.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from analysis.errors import AnalysisError, OutputWriteError, ReportError
from analysis.io import write_text_atomic
from analysis.provenance import computed_by, other_code_tables
from analysis.report.cluster_runner import TaskEngine, run_jobs_on
from analysis.report.plan import (
    COMPARISON_NOTEBOOK,
    OUTLET_NOTEBOOK,
    build_jobs,
    outlets_without_report,
)
from analysis.report.pool import run_jobs
from analysis.report.render import documentation_pages, index_html
from analysis.report.runner import COMPARISON_KEY, BatchOutcome, NotebookJob
from analysis.tables import TABLE_NAMES

logger = logging.getLogger(__name__)

#: Exit status after Ctrl-C, as a shell reports a command ended by SIGINT (128 + 2).
EXIT_INTERRUPTED = 130


def run_reports(
    processed_dir: Path,
    reports_dir: Path,
    jobs: int | None = None,
    outlets: list[str] | None = None,
    *,
    outlet_notebook: Path = OUTLET_NOTEBOOK,
    comparison_notebook: Path = COMPARISON_NOTEBOOK,
    engine: TaskEngine | None = None,
) -> int:
    """Run every outlet report and the comparison; write index.html; print a summary.

    Outlets without articles get no report (:func:`outlets_without_report`); the
    index lists them with the reason. Ctrl-C stops the batch cleanly (see
    :func:`run_jobs`): every file in place is whole, index.html is left as it was, and
    the summary names the notebooks that finished and those that did not.

    Parameters
    ----------
    processed_dir : Path
        Folder with the processed tables.
    reports_dir : Path
        Output folder (``outlets/`` is created inside).
    jobs : int, optional
        Worker processes; default one per core.
    outlets : list of str, optional
        Only these outlets (the index still lists every outlet).
    outlet_notebook, comparison_notebook : Path
        The notebooks to run (default: the ones in ``notebooks/``).
    engine : TaskEngine, optional
        Run the notebooks as tasks on this engine's cluster (``--engine dask``:
        :mod:`~analysis.report.cluster_runner`) instead of ``jobs`` local processes.

    Returns
    -------
    int
        0 if every notebook ran, 1 if any failed, 2 if nothing could run, 130 if
        interrupted by Ctrl-C.
    """
    # Absolute from here on: each kernel runs inside the reports folder, where a path
    # relative to the caller's working directory would point somewhere else.
    processed_dir, reports_dir = Path(processed_dir).absolute(), Path(reports_dir).absolute()
    if stale := other_code_tables(processed_dir, TABLE_NAMES):
        logger.warning("%s", stale)
    try:
        try:
            outlet_metrics, slugs, n_workers, planned = _plan(
                processed_dir, reports_dir, jobs, outlets, outlet_notebook, comparison_notebook
            )
        except AnalysisError as err:
            logger.error("error: %s", err)
            return 2
        if engine is None:
            outcome = run_jobs(planned, min(n_workers, len(planned)))
        else:
            outcome = run_jobs_on(engine, planned)
        if outcome.interrupted:
            _print_interrupted(outcome)
            return EXIT_INTERRUPTED
        removed = _write_site(outlet_metrics, slugs, reports_dir, outcome, processed_dir)
    except OutputWriteError as err:  # index.html: disk full, read-only folder ...
        logger.error("error: %s", err)
        return 1
    except KeyboardInterrupt:
        # Ctrl-C before the workers started or while the site pages were written.
        print("report: interrupted; no notebook is running, nothing is half-written")
        return EXIT_INTERRUPTED
    _print_summary(outcome, planned, reports_dir, outlets_without_report(outlet_metrics), slugs)
    if removed:
        print(f"removed {len(removed)} stale file(s) of outlets not in this corpus")
    return 1 if outcome.failures else 0


def _write_site(
    outlet_metrics: pd.DataFrame,
    slugs: Mapping[str, str],
    reports_dir: Path,
    outcome: BatchOutcome,
    processed_dir: Path | None = None,
) -> list[Path]:
    """Remove stale reports, then write the documentation pages and index.html (atomically);
    the index names the code that computed the outlet table of ``processed_dir``."""
    without_report = outlets_without_report(outlet_metrics)
    current = {slug for name, slug in slugs.items() if name not in without_report}
    removed = remove_stale_reports(reports_dir / "outlets", current)
    documentation = documentation_pages()
    for page, text in documentation.items():
        write_text_atomic(reports_dir / page, text)
    if "definitions.html" not in documentation:
        logger.warning("docs/metrics.md not found: the reports have no definitions page")
    page = index_html(
        outlet_metrics,
        slugs,
        reports_dir,
        outcome.outlet_results,
        outcome.results.get(COMPARISON_KEY),
        computed_by=None if processed_dir is None else computed_by(processed_dir),
    )
    write_text_atomic(reports_dir / "index.html", page)
    return removed


#: The files a report run writes for an outlet: SLUG + one of these.
REPORT_SUFFIXES = (".ipynb", ".html", ".json", ".failed.ipynb", ".failed.log")


#: The file in the reports' ``outlets`` folder that lists the slugs whose reports a
#: run wrote: only their files are ever removed.
WRITTEN_LEDGER = ".newscompare-reports.json"


def remove_stale_reports(outlets_dir: Path, current_slugs: set[str]) -> list[Path]:
    """Remove the reports an earlier run wrote for outlets not in the current corpus.

    A slug is stale when an earlier run wrote its report (it is listed in the folder's
    :data:`WRITTEN_LEDGER`) and it is not in ``current_slugs``; its files a report run
    writes (``SLUG.ipynb``, ``.html``, ``.json``, ``.failed.ipynb``, ``.failed.log``)
    go. Every other file stays: a copy the user made of a report
    (``SLUG-Copy1.ipynb``), their notes, a report of a version that kept no ledger. An
    outlet of the corpus whose report failed this time keeps its previous good files.
    Each removal is one atomic unlink; it runs after the current reports are in place,
    and the ledger is then rewritten (atomically) with ``current_slugs``.

    Parameters
    ----------
    outlets_dir : Path
        The reports' ``outlets`` folder; nothing happens when it does not exist.
    current_slugs : set of str
        Slugs of the outlets in the current corpus (:func:`analysis.report.slugs.assign_slugs`).

    Returns
    -------
    list of Path
        The removed files, sorted.
    """
    if not outlets_dir.is_dir():
        return []
    stale = _written_slugs(outlets_dir) - current_slugs
    removed = []
    for path in sorted(outlets_dir.iterdir()):
        if not path.is_file() or path.name.startswith("."):
            continue
        suffix = next((s for s in REPORT_SUFFIXES[::-1] if path.name.endswith(s)), None)
        if suffix is None or path.name[: -len(suffix)] not in stale:
            continue
        path.unlink(missing_ok=True)
        removed.append(path)
    ledger = json.dumps(sorted(current_slugs), ensure_ascii=False, indent=0)
    write_text_atomic(outlets_dir / WRITTEN_LEDGER, ledger + "\n")
    return removed


def _written_slugs(outlets_dir: Path) -> set[str]:
    """The slugs the folder's ledger lists; none when it is missing or unreadable."""
    try:
        listed = json.loads((outlets_dir / WRITTEN_LEDGER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    if not isinstance(listed, list):
        return set()
    return {slug for slug in listed if isinstance(slug, str)}


def _plan(
    processed_dir: Path,
    reports_dir: Path,
    jobs: int | None,
    outlets: list[str] | None,
    outlet_notebook: Path,
    comparison_notebook: Path,
) -> tuple[pd.DataFrame, dict[str, str], int, list[NotebookJob]]:
    """Read the outlet table and plan the jobs (raises AnalysisError on bad input)."""
    from analysis.report.views import load_table

    n_workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if n_workers < 1:
        raise ReportError(f"--jobs must be at least 1, got {n_workers}")
    outlet_metrics = load_table("outlet_metrics", processed_dir)
    slugs, planned = build_jobs(
        outlet_metrics,
        processed_dir,
        reports_dir,
        outlets,
        outlet_notebook=outlet_notebook,
        comparison_notebook=comparison_notebook,
    )
    return outlet_metrics, slugs, n_workers, planned


def _print_summary(
    outcome: BatchOutcome,
    planned: list[NotebookJob],
    reports_dir: Path,
    without_report: Mapping[str, str],
    slugs: Mapping[str, str] | None = None,
) -> None:
    n_outlets = sum(job.key != COMPARISON_KEY for job in planned)
    n_ok = sum(r.ok for r in outcome.outlet_results.values())
    print(
        f"report: {n_ok} of {n_outlets} outlet reports written to {reports_dir / 'outlets'}; "
        f"index: {reports_dir / 'index.html'}"
    )
    # With --outlet, the other outlets' reports an earlier run wrote stay as they were:
    # say so, as after a `git pull` or a new metrics run their figures may be stale.
    run = {job.key for job in planned}
    kept = [
        name
        for name, slug in (slugs or {}).items()
        if f"outlet:{name}" not in run
        and name not in without_report
        and (reports_dir / "outlets" / f"{slug}.ipynb").is_file()
    ]
    if kept:
        print(
            f"report: {len(kept)} other outlets' reports kept as an earlier run wrote them, "
            "not run again (their figures are those of the tables of that run; run "
            "`newscompare report` without --outlet to redo them)"
        )
    for name, reason in without_report.items():
        print(f"no report for {name!r}: {reason}")
    for line in _failure_lines(outcome):
        logger.error(line)


def _failure_lines(outcome: BatchOutcome) -> list[str]:
    return [
        f"FAILED {failure.name!r} ({failure.stem}): {failure.describe_failure()}"
        for failure in outcome.failures
    ]


def _print_interrupted(outcome: BatchOutcome) -> None:
    finished = ", ".join(repr(result.name) for result in outcome.finished)
    unfinished = ", ".join(repr(job.name) for job in outcome.unfinished)
    lines = [
        "report: interrupted (Ctrl-C); workers stopped, kernels shut down.",
        f"finished: {finished or 'none'}",
        f"not finished: {unfinished or 'none'}",
        "Unfinished notebooks left their files as they were (nothing is half-written) "
        "and index.html was not updated: run the command again to finish.",
    ]
    for line in _failure_lines(outcome):
        logger.error(line)
    print("\n".join(lines))
