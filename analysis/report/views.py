"""What the report notebooks show as tables: per-outlet selections and comparisons.

Reads the processed tables (``articles``, ``article_metrics``, ``quotes``,
``copy_pairs``, ``outlet_metrics``) and returns display tables; writes only an outlet's
statistics JSON (:func:`write_outlet_json`). Charts are in
:mod:`~analysis.report.charts`, the exploration notebook's views in
:mod:`~analysis.report.exploration`.

The notebooks under ``notebooks/`` stay thin: each cell imports from here and calls one
function. Everything here is deterministic (sorted rows, rounded values, no timestamps,
paths or memory addresses in what is displayed) so that the reference notebooks can be
re-executed and compared output by output with nbval.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from analysis import config, tables
from analysis.errors import AnalysisError
from analysis.io import write_json_atomic
from analysis.tables import TABLE_NAMES

# Digits shown in tables: enough to compare outlets, few enough to be stable.
DISPLAY_DIGITS = 3

# Outlet statistics compared across outlets: column, label, unit, scale for display.
OUTLET_STATISTICS: tuple[tuple[str, str, str, float], ...] = (
    ("n_articles", "articles", "count", 1.0),
    ("n_pages", "pages", "count", 1.0),
    ("total_words", "words", "words", 1.0),
    ("median_words", "median article length", "words", 1.0),
    ("quote_share_pooled", "quote share (attributed)", "% of words", 100.0),
    ("quote_share_all_pooled", "quote share (all quotes)", "% of words", 100.0),
    ("quotes_per_1000_words", "quotes per 1,000 words", "quotes", 1.0),
    ("flesch_reading_ease_wmean", "Flesch reading ease", "score, higher = easier", 1.0),
    ("flesch_kincaid_grade_wmean", "Flesch-Kincaid grade", "US school grade", 1.0),
    ("gunning_fog_wmean", "Gunning fog index", "years of schooling", 1.0),
    ("boilerplate_ratio", "boilerplate ratio", "% of page characters", 100.0),
    ("original_share", "original share", "% of words", 100.0),
)


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
        A folder; ``None`` or ``""`` means the project's ``data/processed``.
    """
    if processed_dir is None or str(processed_dir) == "":
        return config.PROCESSED_DIR
    return Path(processed_dir)


def load_table(name: str, processed_dir: str | Path | None = None) -> pd.DataFrame:
    """Read and validate one processed table (``NAME.parquet``): :func:`analysis.tables.load_table`.

    Raises
    ------
    analysis.errors.TableError
        The file is missing (naming it and the command that writes it), unreadable, or
        does not match its contract.
    """
    return tables.load_table(name, processed_dir_path(processed_dir))


def load_tables(processed_dir: str | Path | None = None) -> Tables:
    """Read every processed table from ``processed_dir`` (default ``data/processed``)."""
    return Tables(**{name: load_table(name, processed_dir) for name in TABLE_NAMES})


# --------------------------------------------------------------------------- helpers


def rounded(df: pd.DataFrame, digits: int = DISPLAY_DIGITS) -> pd.DataFrame:
    """Round float columns (display only; the tables keep full precision)."""
    out = df.copy()
    for column in out.columns:
        if pd.api.types.is_float_dtype(out[column]):
            out[column] = out[column].round(digits)
    return out


def outlet_names(outlet_metrics: pd.DataFrame) -> list[str]:
    """Return the outlets in ``outlet_metrics``, sorted (missing or empty names left out)."""
    names = outlet_metrics["outlet"].dropna().astype(str)
    return sorted(set(names) - {""})


def choose_outlet(outlet_metrics: pd.DataFrame, outlet: str = "") -> str:
    """Return ``outlet`` if the table knows it; ``""`` means the first outlet by name.

    The default is the first outlet that has articles (a listing site's row, which
    holds page chrome only, has nothing to show); the first of all if none has.

    Raises
    ------
    AnalysisError
        The outlet is not in the table, or the table has no outlets.
    """
    names = outlet_names(outlet_metrics)
    if not names:
        raise AnalysisError("outlet_metrics: no outlets")
    if outlet == "":
        n_articles = pd.to_numeric(outlet_metrics["n_articles"], errors="coerce").fillna(0)
        return (outlet_names(outlet_metrics[n_articles > 0]) or names)[0]
    if outlet not in names:
        raise AnalysisError(f"outlet_metrics: no outlet named {outlet!r}")
    return outlet


def _json_value(value: Any) -> Any:
    """A JSON-safe scalar: numpy types to Python, NaN to None, floats to 6 decimals."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 6)
    return value


# --------------------------------------------------------------------------- tables


def outlet_heading(outlet: str, subtitle: str = "") -> Heading:
    """Return a heading naming the outlet, escaped (the name is data, never markup)."""
    return Heading(outlet, subtitle)


@dataclass(frozen=True)
class Heading:
    """A notebook heading whose text is escaped in HTML and shown as is in text."""

    text: str
    subtitle: str = ""

    def _repr_html_(self) -> str:
        from analysis.report.render import render_template

        return render_template("heading.html.j2", text=self.text, subtitle=self.subtitle).rstrip(
            "\n"
        )

    def __repr__(self) -> str:
        return self.text + (f"\n{self.subtitle}" if self.subtitle else "")


def outlet_table(outlet_metrics: pd.DataFrame) -> pd.DataFrame:
    """All outlets side by side: one row per outlet, the compared statistics as columns.

    Percentages are shown as percent (0-100); column names carry their unit.
    """
    columns = [c for c, *_ in OUTLET_STATISTICS if c in outlet_metrics.columns]
    table = outlet_metrics.dropna(subset=["outlet"]).sort_values("outlet")
    shown = pd.DataFrame({"outlet": table["outlet"].astype(str).to_numpy()})
    for column, label, unit, scale in OUTLET_STATISTICS:
        if column in columns:
            values = pd.to_numeric(table[column], errors="coerce")
            values = values * scale if scale != 1.0 else values
            if unit == "count":
                values = values.astype("Int64")
            shown[f"{label} ({unit})"] = values.to_numpy()
    return rounded(shown.set_index("outlet"), 1)


def outlet_vs_others(outlet_metrics: pd.DataFrame, outlet: str) -> pd.DataFrame:
    """One outlet's statistics next to every other outlet's.

    Returns
    -------
    pandas.DataFrame
        One row per statistic: unit, this outlet's value, the median, lowest and highest
        of the other outlets, and this outlet's rank (1 = highest value).
    """
    outlet = choose_outlet(outlet_metrics, outlet)
    table = outlet_metrics.dropna(subset=["outlet"]).copy()
    table["outlet"] = table["outlet"].astype(str)
    mine = table[table["outlet"] == outlet]
    others = table[table["outlet"] != outlet]
    rows = []
    for column, label, unit, scale in OUTLET_STATISTICS:
        if column not in table.columns:
            continue
        values = pd.to_numeric(table[column], errors="coerce") * scale
        value = float(values[mine.index].iloc[0])
        other = values[others.index].dropna()
        rank = int((values.dropna() > value).sum()) + 1 if not math.isnan(value) else None
        rows.append(
            {
                "statistic": label,
                "unit": unit,
                outlet: value,
                "others: median": float(other.median()) if len(other) else math.nan,
                "others: lowest": float(other.min()) if len(other) else math.nan,
                "others: highest": float(other.max()) if len(other) else math.nan,
                "rank": f"{rank} of {values.notna().sum()}" if rank else "",
            }
        )
    return rounded(pd.DataFrame(rows).set_index("statistic"), 2)


def outlet_articles(
    article_metrics: pd.DataFrame, articles: pd.DataFrame, outlet: str
) -> pd.DataFrame:
    """The outlet's articles with their main statistics, ordered by article id."""
    mine = article_metrics[article_metrics["outlet"].astype(str) == outlet]
    extra = [c for c in ("byline", "published", "credited_source") if c in articles.columns]
    merged = mine.merge(articles[["article_id", *extra]], on="article_id", how="left")
    shown = pd.DataFrame(
        {
            "article": merged["article_id"].astype(str),
            "title": merged["title"],
            **{c: merged[c] for c in extra},
            "words": merged["n_words"],
            "quote share (%)": merged["quote_share"] * 100,
            "Flesch reading ease": merged["flesch_reading_ease"],
            "shared copy group": merged["copy_group"],
        }
    )
    return rounded(shown.sort_values("article").set_index("article"), 1)


def outlet_quotes(quotes: pd.DataFrame, outlet: str) -> pd.DataFrame:
    """The outlet's quotations with their speakers, in article and text order."""
    mine = quotes[quotes["outlet"].astype(str) == outlet]
    mine = mine.sort_values(["article_id", "quote_index"])
    return pd.DataFrame(
        {
            "article": mine["article_id"].astype(str).to_numpy(),
            "speaker": mine["speaker"].fillna("(unattributed)").to_numpy(),
            "words": mine["n_words"].to_numpy(),
            "scare quote": mine["is_scare"].astype(bool).to_numpy(),
            "quote": mine["text"].to_numpy(),
        }
    )


def speaker_counts(quotes: pd.DataFrame, outlet: str | None = None) -> pd.DataFrame:
    """Attributed quotations per speaker (most quoted first, then by name)."""
    rows = quotes if outlet is None else quotes[quotes["outlet"].astype(str) == outlet]
    named = rows[rows["attributed"].astype(bool) & rows["speaker"].notna()]
    counts = named.groupby("speaker").agg(quotes=("quote_index", "size"), words=("n_words", "sum"))
    counts = counts.reset_index().sort_values(["quotes", "speaker"], ascending=[False, True])
    return counts.set_index("speaker")


def copy_groups(
    article_metrics: pd.DataFrame, articles: pd.DataFrame, outlet: str | None = None
) -> pd.DataFrame:
    """Groups of near-duplicate articles across outlets: who carries whose text.

    Parameters
    ----------
    article_metrics, articles : pandas.DataFrame
        The tables (``copy_group`` comes from article_metrics; ``published`` and
        ``credited_source`` from articles when present).
    outlet : str, optional
        Keep only the groups this outlet takes part in.

    Returns
    -------
    pandas.DataFrame
        One row per article in a group: group, outlet, article, title, published,
        credited source, and the highest similarity to another outlet's copy.
    """
    grouped = article_metrics[article_metrics["copy_group"].notna()]
    extra = [c for c in ("published", "credited_source") if c in articles.columns]
    merged = grouped.merge(articles[["article_id", *extra]], on="article_id", how="left")
    if outlet is not None:
        mine = set(merged.loc[merged["outlet"].astype(str) == outlet, "copy_group"])
        merged = merged[merged["copy_group"].isin(mine)]
    shown = pd.DataFrame(
        {
            "group": merged["copy_group"].astype(str),
            "outlet": merged["outlet"].astype(str),
            "article": merged["article_id"].astype(str),
            "title": merged["title"],
            **{c.replace("_", " "): merged[c] for c in extra},
            "max similarity": merged["copy_max_similarity"],
        }
    )
    shown = shown.sort_values(["group", "outlet", "article"]).set_index(["group", "outlet"])
    return rounded(shown, 3)


#: How an article whose page names no outlet (None, NaN or "") is shown in comparisons.
NO_OUTLET = "(no outlet named)"


def outlet_label(outlet: object) -> str:
    """An outlet name for display: ``outlet`` itself, or :data:`NO_OUTLET` when missing."""
    if isinstance(outlet, str) and outlet.strip():
        return outlet
    return NO_OUTLET


def copy_matrix(copy_pairs: pd.DataFrame, outlets: Iterable[object]) -> pd.DataFrame:
    """Near-duplicate article pairs shared by each pair of outlets (symmetric counts).

    Articles without an outlet count under :data:`NO_OUTLET`. The pairs are counted in
    one group-by, so the cost grows with the pairs plus the cells of the matrix (200
    outlets carrying one story: 19,900 pairs), not with their product.
    """
    first = copy_pairs["outlet_a"].map(outlet_label)
    second = copy_pairs["outlet_b"].map(outlet_label)
    names = sorted({outlet_label(o) for o in outlets} | set(first) | set(second))
    crossed = second.to_numpy() != first.to_numpy()
    rows = pd.concat([first, second[crossed]], ignore_index=True)
    columns = pd.concat([second, first[crossed]], ignore_index=True)
    counts = (
        pd.Series(1, index=pd.MultiIndex.from_arrays([rows, columns])).groupby(level=[0, 1]).sum()
    )
    matrix = counts.unstack(fill_value=0).reindex(index=names, columns=names, fill_value=0)
    matrix = matrix.astype(int)
    matrix.index.name = "outlet"
    matrix.columns.name = None
    return matrix


def outlet_summary(outlet_metrics: pd.DataFrame, outlet: str) -> dict[str, Any]:
    """One outlet's row of ``outlet_metrics`` as a JSON-safe dict (sorted keys)."""
    outlet = choose_outlet(outlet_metrics, outlet)
    row = outlet_metrics[outlet_metrics["outlet"].astype(str) == outlet].iloc[0]
    summary = {str(key): _json_value(value) for key, value in row.items()}
    summary["outlet"] = outlet
    return dict(sorted(summary.items()))


def write_outlet_json(summary: Mapping[str, Any], path: str | Path) -> str:
    """Write an outlet's statistics as JSON, atomically; ``path=""`` writes nothing.

    Returns
    -------
    str
        A one-line note for the notebook (no path in it, so outputs stay stable).
    """
    if str(path) == "":
        return "statistics not written (no output_json given)"
    write_json_atomic(path, dict(summary))
    return f"statistics written: {len(summary)} fields"
