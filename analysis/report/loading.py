"""Reading the processed tables for the notebooks: all of them, or one outlet report's share.

The notebooks reach these through :mod:`analysis.report.views` (``views.load_tables``,
``views.load_tables_for_outlet``, ``views.choose_outlet``). This module imports no
plotting or notebook machinery, so a kernel that only reads tables stays light.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis import config, tables
from analysis.errors import ReportError, TableError
from analysis.report.params import ParameterError
from analysis.report.slugs import assign_slugs, resolve_outlet
from analysis.tables import TABLE_NAMES


@dataclass(frozen=True)
class Tables:
    """The processed tables written by ``clean`` and ``metrics``.

    Attributes
    ----------
    pages, blocks, articles : pandas.DataFrame
        Written by ``python -m analysis clean``.
    article_metrics, quotes, copy_pairs, outlet_metrics : pandas.DataFrame
        Written by ``python -m analysis metrics``.
    """

    pages: pd.DataFrame
    blocks: pd.DataFrame
    articles: pd.DataFrame
    article_metrics: pd.DataFrame
    quotes: pd.DataFrame
    copy_pairs: pd.DataFrame
    outlet_metrics: pd.DataFrame


# --------------------------------------------------------------------------- loading


def processed_dir_path(processed_dir: str | Path | None = None) -> Path:
    """Return the folder holding the processed tables.

    Parameters
    ----------
    processed_dir : str or Path or None
        A folder; ``None`` or ``""`` means the project's ``data/processed``. A leading
        ``~`` is the user's home folder, as in a shell (``~/study/processed``).

    Returns
    -------
    Path
        ``processed_dir`` as a path, or :data:`analysis.config.PROCESSED_DIR`.

    Raises
    ------
    analysis.errors.TableError
        The folder does not exist, saying why a notebook may look in the wrong one: an
        empty ``processed_dir`` (papermill's ``-p outlet X`` on a saved report replaces
        the cell that gave it), or a relative one read from another working folder
        than the notebook's.
    """
    if processed_dir is None or str(processed_dir) == "":
        folder, why = (
            config.PROCESSED_DIR,
            (
                "processed_dir is empty, so the project's data/processed is read: give "
                "processed_dir, your tables' folder (clean --out; papermill -p on a saved "
                "report replaces its parameters cell: give -p processed_dir too)"
            ),
        )
    else:
        folder = Path(processed_dir).expanduser()
        why = (
            f"processed_dir {str(processed_dir)!r} is read from the working folder: a "
            "saved report's is relative to the report's own folder (run it there: "
            "JupyterLab does, papermill --cwd FOLDER)"
        ) * (not folder.is_absolute())
    if not folder.is_dir():
        raise TableError(f"{folder}: no such folder" + f"; {why}" * bool(why))
    return folder


def load_table(name: str, processed_dir: str | Path | None = None) -> pd.DataFrame:
    """Read and validate one processed table (``NAME.parquet``): :func:`analysis.tables.load_table`.

    Parameters
    ----------
    name : str
        A table name (:data:`analysis.tables.TABLE_NAMES`).
    processed_dir : str or Path, optional
        As for :func:`processed_dir_path`.

    Returns
    -------
    pandas.DataFrame
        The whole table, validated.

    Raises
    ------
    analysis.errors.TableError
        The file is missing (naming it and the command that writes it), unreadable, or
        does not match its contract.
    """
    return tables.load_table(name, processed_dir_path(processed_dir))


#: Columns a stage writes for the next stage only, not read into notebooks: each page's
#: chrome-line hashes (``pages.chrome_lines``, clean's work for metrics' outlet
#: identities), lists of 64-bit numbers a reader has no use for.
STAGE_ONLY_COLUMNS = {"pages": ("chrome_lines",)}


def load_tables(processed_dir: str | Path | None = None) -> Tables:
    """Read every processed table from ``processed_dir`` (default ``data/processed``),
    without the columns of :data:`STAGE_ONLY_COLUMNS`.

    Parameters
    ----------
    processed_dir : str or Path, optional
        As for :func:`processed_dir_path`.

    Returns
    -------
    Tables
        All seven tables, each validated (:func:`load_table`, which says what is raised).
    """
    folder = processed_dir_path(processed_dir)
    shown = {}
    for name in TABLE_NAMES:
        hidden = STAGE_ONLY_COLUMNS.get(name, ())
        columns = [c for c in tables.schema_for(name).columns if c not in hidden]
        shown[name] = tables.load_table(name, folder, columns if hidden else None)
    return Tables(**shown)


#: The columns of ``articles`` an outlet report shows (never the bodies).
#: The articles' provenance columns and their headers in the outlet report.
PROVENANCE_COLUMNS = {
    "outlet_source": "outlet from",
    "title_source": "title from",
    "date_source": "date from",
}
OUTLET_REPORT_ARTICLE_COLUMNS = (
    "article_id",
    "byline",
    "published",
    "credited_source",
    *PROVENANCE_COLUMNS,
    "outlet_key",
)


@dataclass(frozen=True)
class OutletTables:
    """What an outlet report shows, read from the processed tables and nothing more.

    Attributes
    ----------
    outlet : str
        The outlet reported on (:func:`choose_outlet`).
    outlet_metrics, article_metrics : pandas.DataFrame
        Whole: the report compares the outlet with every other one.
    articles : pandas.DataFrame
        :data:`OUTLET_REPORT_ARTICLE_COLUMNS` of the outlet's articles and of the
        articles in the shared-copy groups it takes part in.
    quotes : pandas.DataFrame
        The outlet's quotations.
    """

    outlet: str
    outlet_metrics: pd.DataFrame
    article_metrics: pd.DataFrame
    articles: pd.DataFrame
    quotes: pd.DataFrame


def load_tables_for_outlet(
    processed_dir: str | Path | None = None, outlet: str = ""
) -> OutletTables:
    """Read the rows and columns one outlet report shows (Parquet columns and filters).

    The pages and blocks tables, copy_pairs, the article bodies and other outlets'
    quotations are not read: a report costs the same whatever their size. Every view
    of the report gives the same result on these tables as on the whole tables.

    Parameters
    ----------
    processed_dir : str or Path, optional
        The folder of the tables (default ``data/processed``).
    outlet : str
        As for :func:`choose_outlet` (``""``: the first outlet with articles).

    Returns
    -------
    OutletTables
        The outlet as resolved, and its tables.

    Raises
    ------
    analysis.errors.TableError
        A table is missing or does not match its contract.
    ParameterError
        The outlet is not in the outlet table.
    """
    outlet_metrics = load_table("outlet_metrics", processed_dir)
    outlet = choose_outlet(outlet_metrics, outlet)
    article_metrics = load_table("article_metrics", processed_dir)
    outlets = article_metrics["outlet"].astype(str)
    groups = set(article_metrics.loc[outlets == outlet, "copy_group"].dropna())
    shown = article_metrics["copy_group"].isin(groups) | (outlets == outlet)
    ids = sorted(set(article_metrics.loc[shown, "article_id"].astype(str)))
    folder = processed_dir_path(processed_dir)
    articles = tables.load_table(
        "articles", folder, OUTLET_REPORT_ARTICLE_COLUMNS, filters=[("article_id", "in", ids)]
    )
    quotes = tables.load_table("quotes", folder, filters=[("outlet", "==", outlet)])
    return OutletTables(outlet, outlet_metrics, article_metrics, articles, quotes)


def outlet_names(outlet_metrics: pd.DataFrame) -> list[str]:
    """Return the outlets in ``outlet_metrics``, sorted (missing or empty names left out).

    Parameters
    ----------
    outlet_metrics : pandas.DataFrame
        The OUTLET_METRICS table (only its ``outlet`` column is read).

    Returns
    -------
    list of str
        Each name once, in code-point order.
    """
    names = outlet_metrics["outlet"].dropna().astype(str)
    return sorted(set(names) - {""})


def choose_outlet(outlet_metrics: pd.DataFrame, outlet: str = "") -> str:
    """Return the outlet a notebook reports on; ``""`` means the first outlet by name.

    ``outlet`` may be the name as in the table, the name in any case, or the outlet's
    file-name slug (:func:`analysis.report.slugs.resolve_outlet`). The default is the
    first outlet by name that has articles (a listing site's row, which holds page
    chrome only, has nothing to show); the first of all if none has.

    Parameters
    ----------
    outlet_metrics : pandas.DataFrame
        The OUTLET_METRICS table.
    outlet : str
        The outlet asked for, as a notebook parameter gives it.

    Returns
    -------
    str
        The outlet's name as the table spells it.

    Raises
    ------
    ParameterError
        The outlet is not in the table (one line listing the valid names), or the
        table has no outlets.
    """
    names = outlet_names(outlet_metrics)
    if not names:
        raise ParameterError("outlet_metrics: no outlets")
    if outlet == "":
        n_articles = pd.to_numeric(outlet_metrics["n_articles"], errors="coerce").fillna(0)
        return (outlet_names(outlet_metrics[n_articles > 0]) or names)[0]
    try:
        return resolve_outlet(outlet, assign_slugs(names))
    except ReportError as err:
        raise ParameterError(f"parameter outlet: {err}") from None


def only_outlets(tables: Tables, outlets: str = "") -> Tables:
    """The tables of the outlets named in ``outlets`` only (the comparison notebook's
    ``outlets_shown``): their rows of ``outlet_metrics``, their articles, quotations and
    the shared-copy pairs between two of them; ranks and charts are then among them.

    Parameters
    ----------
    tables : Tables
        Every processed table (:func:`load_tables`).
    outlets : str
        Outlet names separated by commas, each as :func:`choose_outlet` reads it (the
        name in any case, or its file-name slug); a name holding a comma is read whole
        when the whole text names one outlet. ``""``: every outlet, ``tables`` as given.

    Returns
    -------
    Tables
        The outlets' rows; ``pages`` and ``blocks`` as given.

    Raises
    ------
    ParameterError
        A name that is no outlet's (listing the valid names), or fewer than one.
    """
    if outlets.strip() == "":
        return tables
    metrics = tables.outlet_metrics
    try:
        chosen = {choose_outlet(metrics, outlets.strip())}
    except ParameterError:
        parts = [part.strip() for part in outlets.split(",") if part.strip()]
        try:
            chosen = {choose_outlet(metrics, part) for part in parts}
        except ParameterError as err:
            raise ParameterError(
                str(err).replace("parameter outlet", "parameter outlets_shown")
            ) from None
    names = metrics["outlet"].astype(str)
    article_metrics = tables.article_metrics[
        tables.article_metrics["outlet"].astype(str).isin(chosen)
    ]
    pairs = tables.copy_pairs
    return Tables(
        pages=tables.pages,
        blocks=tables.blocks,
        articles=tables.articles[tables.articles["article_id"].isin(article_metrics["article_id"])],
        article_metrics=article_metrics,
        quotes=tables.quotes[tables.quotes["outlet"].astype(str).isin(chosen)],
        copy_pairs=pairs[
            pairs["outlet_a"].astype(str).isin(chosen) & pairs["outlet_b"].astype(str).isin(chosen)
        ],
        outlet_metrics=metrics[names.isin(chosen)],
    )
