"""Charts the report notebooks show, and how notebooks render them (stable SVG).

Reads the statistics tables (``article_metrics``, ``outlet_metrics``, ``copy_pairs``)
and returns :class:`matplotlib.figure.Figure` objects built without ``pyplot`` (no
global state, no figure shown twice); a notebook displays one by ending a cell with
it. After :func:`setup_notebook` they render as SVG with a fixed hash salt and no
date, so the same data give the same bytes.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.report.views import DISPLAY_DIGITS, copy_matrix

SVG_HASH_SALT = "newscompare"
HIGHLIGHT_COLOUR = "#d62728"
OTHER_COLOUR = "#7f7f7f"


def setup_notebook() -> None:
    """Make notebook outputs stable and readable: SVG figures, fixed display options.

    Figures render as SVG only (nbval compares SVG, not PNG; see :func:`figure_svg`)
    with a fixed hash salt for the element ids and no creation date. pandas shows every column with
    :data:`DISPLAY_DIGITS` decimals. Harmless outside IPython.
    """
    import matplotlib

    matplotlib.rcParams["svg.hashsalt"] = SVG_HASH_SALT
    matplotlib.rcParams["svg.fonttype"] = "path"
    matplotlib.rcParams["figure.dpi"] = 100
    matplotlib.rcParams["font.family"] = "DejaVu Sans"
    pd.set_option("display.precision", DISPLAY_DIGITS)
    pd.set_option("display.max_columns", 50)
    pd.set_option("display.max_rows", 200)
    pd.set_option("display.width", 120)
    pd.set_option("display.max_colwidth", 80)
    # A glyph missing from the font would print a warning with a file path in it.
    warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from font")
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is a dependency of the notebooks
        return
    shell = get_ipython()
    if shell is None:
        return
    formatters = shell.display_formatter.formatters
    for mime in ("image/png", "image/jpeg", "application/pdf"):
        formatters[mime].pop(Figure, None)
    formatters["image/svg+xml"].for_type(Figure, figure_svg)


def figure_description(figure: Figure) -> str:
    """A one-line description of a chart from its title and axis labels (alt text)."""
    parts = []
    for axes in figure.get_axes():
        if axes.get_title():
            labels = [label for label in (axes.get_xlabel(), axes.get_ylabel()) if label]
            parts.append(
                f"{axes.get_title()}: {' by '.join(labels)}" if labels else axes.get_title()
            )
    return "; ".join(parts) or "chart"


def figure_svg(figure: Figure) -> str:
    """Render a figure as SVG text: no date, fixed ids, its description as SVG title.

    The description travels with the image, and the HTML reports use it as alt text.
    """
    buffer = io.BytesIO()
    figure.savefig(
        buffer,
        format="svg",
        bbox_inches="tight",
        metadata={"Date": None, "Title": figure_description(figure)},
    )
    return buffer.getvalue().decode("utf-8")


# --------------------------------------------------------------------------- charts


def tick_label(name: str) -> str:
    """An outlet name as literal chart text: ``$`` would start matplotlib mathtext."""
    return str(name).replace("$", r"\$")


def _new_figure(n_rows: int) -> tuple[Figure, Any]:
    height = max(2.2, 0.45 * n_rows + 1.2)
    figure = Figure(figsize=(7.5, height), layout="constrained")
    return figure, figure.add_subplot()


def _colour(name: str, highlight: str | None) -> str:
    return HIGHLIGHT_COLOUR if highlight is not None and name == highlight else OTHER_COLOUR


def _label_outlet_rows(axes: Any, names: list[str], title: str, xlabel: str) -> None:
    """Name each row after its outlet; title, x label with unit, a light x grid."""
    axes.set_yticks(range(len(names)), [tick_label(n) for n in names])
    axes.set_title(title)
    axes.set_xlabel(xlabel)
    axes.set_ylabel("outlet")
    axes.grid(axis="x", alpha=0.3)


@dataclass(frozen=True)
class ChartSpec:
    """What a chart draws and how it is labelled.

    Attributes
    ----------
    column : str
        The statistic (a column of ``article_metrics`` or ``outlet_metrics``).
    title : str
        Chart title.
    xlabel : str
        X-axis label, with its unit.
    scale : float
        Multiplier for display (100 for fractions shown as percent).
    """

    column: str
    title: str
    xlabel: str
    scale: float = 1.0


READABILITY_CHART = ChartSpec(
    "flesch_reading_ease",
    "Readability of articles by outlet",
    "Flesch reading ease (score; higher = easier)",
)
LENGTH_CHART = ChartSpec("n_words", "Article length by outlet", "length (words)")
QUOTE_SHARE_CHART = ChartSpec(
    "quote_share_pooled",
    "Direct quotation by outlet",
    "quote share (% of body words inside quotation marks)",
    scale=100.0,
)
BOILERPLATE_CHART = ChartSpec(
    "boilerplate_ratio",
    "Page chrome by outlet",
    "boilerplate ratio (% of page characters)",
    scale=100.0,
)


def chart_outlet_bars(
    outlet_metrics: pd.DataFrame, spec: ChartSpec, highlight: str | None = None
) -> Figure:
    """Horizontal bars, one per outlet (sorted by name), the highlighted outlet in red.

    Parameters
    ----------
    outlet_metrics : pandas.DataFrame
        The outlet table.
    spec : ChartSpec
        The statistic to draw and the labels.
    highlight : str, optional
        The outlet to draw in the highlight colour.
    """
    table = outlet_metrics.dropna(subset=["outlet"]).sort_values("outlet", ascending=False)
    names = table["outlet"].astype(str).tolist()
    values = (pd.to_numeric(table[spec.column], errors="coerce") * spec.scale).fillna(0.0)
    figure, axes = _new_figure(len(names))
    axes.barh(range(len(names)), values.tolist(), color=[_colour(n, highlight) for n in names])
    _label_outlet_rows(axes, names, spec.title, spec.xlabel)
    return figure


def chart_article_values(
    article_metrics: pd.DataFrame, spec: ChartSpec, highlight: str | None = None
) -> Figure:
    """One dot per article, one row per outlet, with each outlet's median as a bar mark.

    Takes the article table (``article_metrics``); ``spec`` and ``highlight`` as in
    :func:`chart_outlet_bars`.
    """
    table = article_metrics.dropna(subset=["outlet"])
    names = sorted(set(table["outlet"].astype(str)), reverse=True)
    figure, axes = _new_figure(len(names))
    for row, name in enumerate(names):
        values = pd.to_numeric(
            table.loc[table["outlet"].astype(str) == name, spec.column], errors="coerce"
        )
        values = (values.dropna() * spec.scale).sort_values().to_numpy()
        colour = _colour(name, highlight)
        axes.scatter(values, np.full(len(values), row), color=colour, alpha=0.7, s=22)
        if len(values):
            axes.plot([np.median(values)] * 2, [row - 0.3, row + 0.3], color=colour, lw=2)
    axes.set_ylim(-0.6, len(names) - 0.4)
    _label_outlet_rows(axes, names, spec.title, spec.xlabel)
    return figure


def chart_readability(article_metrics: pd.DataFrame, highlight: str | None = None) -> Figure:
    """Flesch reading ease of every article, by outlet (line: outlet median)."""
    return chart_article_values(article_metrics, READABILITY_CHART, highlight)


def chart_length(article_metrics: pd.DataFrame, highlight: str | None = None) -> Figure:
    """Article length in words, by outlet (line: outlet median)."""
    return chart_article_values(article_metrics, LENGTH_CHART, highlight)


def chart_quote_share(outlet_metrics: pd.DataFrame, highlight: str | None = None) -> Figure:
    """Pooled share of words inside attributed quotations, by outlet."""
    return chart_outlet_bars(outlet_metrics, QUOTE_SHARE_CHART, highlight)


def chart_boilerplate_ratio(outlet_metrics: pd.DataFrame, highlight: str | None = None) -> Figure:
    """Share of page characters that are chrome (navigation, promos), by outlet."""
    return chart_outlet_bars(outlet_metrics, BOILERPLATE_CHART, highlight)


def chart_copy_map(copy_pairs: pd.DataFrame, outlets: Iterable[str]) -> Figure:
    """Heat map of near-duplicate article pairs between outlets (who carries whose text)."""
    matrix = copy_matrix(copy_pairs, outlets)
    names = list(matrix.index)
    size = max(3.0, 0.55 * len(names) + 2.0)
    figure = Figure(figsize=(size + 1.5, size), layout="constrained")
    axes = figure.add_subplot()
    image = axes.imshow(matrix.to_numpy(), cmap="Blues", vmin=0)
    labels = [tick_label(n) for n in names]
    axes.set_xticks(range(len(names)), labels, rotation=45, ha="right")
    axes.set_yticks(range(len(names)), labels)
    for i in range(len(names)):
        for j in range(len(names)):
            count = int(matrix.iat[i, j])
            if count:
                dark = count > matrix.to_numpy().max() / 2
                colour = "white" if dark else "black"
                axes.text(j, i, str(count), ha="center", va="center", fontsize=9, color=colour)
    axes.set_title("Shared copy between outlets")
    axes.set_xlabel("outlet")
    axes.set_ylabel("outlet")
    figure.colorbar(image, ax=axes, label="near-duplicate article pairs (count)")
    return figure
