"""Plan a report batch: which outlets get a report, under which file name, with what.

Reads the outlet table (``outlet_metrics``) and returns :class:`~analysis.report.runner.NotebookJob`
plans: one per outlet with articles, then the comparison. Writes nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.report.params import check_parameters
from analysis.report.runner import COMPARISON_KEY, NotebookJob
from analysis.report.slugs import assign_slugs, resolve_outlet

OUTLET_NOTEBOOK = config.NOTEBOOKS_DIR / "outlet_report.ipynb"
COMPARISON_NOTEBOOK = config.NOTEBOOKS_DIR / "comparison.ipynb"


#: Why an outlet with no articles gets no report (outlet_metrics has a row for every
#: site that served a listing page, for its page chrome, even when no card is its own).
#: It says where the listing's cards went: "no articles" alone reads as if they were lost.
NO_ARTICLES_LISTING_SITE = (
    "listing pages only, no article of its own: their cards count under the outlets they credit"
)
NO_ARTICLES = "no articles"


def outlets_without_report(outlet_metrics: pd.DataFrame) -> dict[str, str]:
    """Outlets that get no report, each with the reason: those with no articles.

    Parameters
    ----------
    outlet_metrics : pandas.DataFrame
        The outlet table (``n_articles``, and ``n_listing_pages`` when present).

    Returns
    -------
    dict
        Outlet name to reason, in name order.
    """
    table = outlet_metrics.dropna(subset=["outlet"])
    n_articles = pd.to_numeric(table["n_articles"], errors="coerce").fillna(0)
    n_listing = pd.to_numeric(
        table.get("n_listing_pages", pd.Series(0, index=table.index)), errors="coerce"
    ).fillna(0)
    reasons = {}
    for name, articles, listing in zip(
        table["outlet"].astype(str), n_articles, n_listing, strict=True
    ):
        if articles == 0 and name != "":
            reasons[name] = NO_ARTICLES_LISTING_SITE if listing > 0 else NO_ARTICLES
    return dict(sorted(reasons.items()))


def relative_to_notebook(target: Path, output_dir: Path) -> str:
    """``target`` relative to the folder a notebook is saved (and run) in.

    A relative path keeps absolute paths out of the saved notebooks, and the saved
    notebook re-runs in place (Run All in JupyterLab, ``jupyter nbconvert --execute``).

    Parameters
    ----------
    target : Path
        A file or folder the notebook reads.
    output_dir : Path
        The folder the notebook is saved in.

    Returns
    -------
    str
        A path that may climb with ``..``; both are resolved first.
    """
    return os.path.relpath(target.resolve(), output_dir.resolve())


def build_jobs(
    outlet_metrics: pd.DataFrame,
    processed_dir: Path,
    reports_dir: Path,
    outlets: list[str] | None = None,
    outlet_notebook: Path = OUTLET_NOTEBOOK,
    comparison_notebook: Path = COMPARISON_NOTEBOOK,
) -> tuple[dict[str, str], list[NotebookJob]]:
    """Plan the runs: slugs for every outlet, checked parameters, one job per notebook.

    Every outlet gets a slug; outlets without articles (:func:`outlets_without_report`)
    get no job, even when asked for. An outlet asked for may be given by its name in
    any case or by its file-name slug (:func:`~analysis.report.slugs.resolve_outlet`).

    Parameters
    ----------
    outlet_metrics : pandas.DataFrame
        The OUTLET_METRICS table: its outlets are the ones planned.
    processed_dir : Path
        The tables' folder; notebooks get it relative to where they are saved.
    reports_dir : Path
        Where the comparison goes; outlet reports go to its ``outlets`` folder.
    outlets : list of str, optional
        The outlets to report on; None: all with articles. The comparison is always run.
    outlet_notebook, comparison_notebook : Path
        The template notebooks, whose parameters cells are checked.

    Returns
    -------
    slugs : dict of str to str
        Outlet name -> file-name slug, for every outlet.
    jobs : list of NotebookJob
        The outlet jobs in name order, then the comparison.

    Raises
    ------
    ReportError
        An outlet asked for is not in the table, or the parameters do not fit.
    """
    from analysis.report.views import outlet_names

    names = outlet_names(outlet_metrics)
    slugs = assign_slugs(names)
    chosen = names if outlets is None else sorted({resolve_outlet(o, slugs) for o in outlets})
    without_report = outlets_without_report(outlet_metrics)
    jobs = [
        _outlet_job(name, slugs[name], processed_dir, reports_dir / "outlets", outlet_notebook)
        for name in chosen
        if name not in without_report
    ]
    parameters = check_parameters(
        comparison_notebook,
        {"processed_dir": relative_to_notebook(processed_dir, reports_dir)},
    )
    jobs.append(
        NotebookJob(
            key=COMPARISON_KEY,
            name="comparison",
            notebook=comparison_notebook,
            output_dir=reports_dir,
            stem="comparison",
            parameters=parameters,
            json_name=None,
            title="All outlets side by side",
        )
    )
    return slugs, jobs


def _outlet_job(
    name: str, slug: str, processed_dir: Path, outlets_dir: Path, notebook: Path
) -> NotebookJob:
    """The job writing one outlet's report files ``outlets_dir/SLUG.*``."""
    parameters = check_parameters(
        notebook,
        {
            "outlet": name,
            "processed_dir": relative_to_notebook(processed_dir, outlets_dir),
            "output_json": f"{slug}.json",
        },
    )
    return NotebookJob(
        key=f"outlet:{name}",
        name=name,
        notebook=notebook,
        output_dir=outlets_dir,
        stem=slug,
        parameters=parameters,
        json_name=f"{slug}.json",
        title=f"{name} - outlet report",
    )
