"""What the notebooks show: table loading, per-outlet selections, charts and displays.

The notebooks under ``notebooks/`` stay thin: each cell imports from here and calls one
function. Everything here is deterministic (sorted rows, rounded values, no timestamps,
paths or memory addresses in what is displayed) so that the reference notebooks can be
re-executed and compared output by output with nbval.

Charts are :class:`matplotlib.figure.Figure` objects built without ``pyplot`` (no global
state, no figure shown twice); a notebook displays one by ending a cell with it. After
:func:`setup_notebook` they render as SVG with a fixed hash salt and no date, so the
same data give the same bytes.
"""

from __future__ import annotations

import html
import io
import math
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis import config
from analysis.errors import AnalysisError
from analysis.io import write_json_atomic

TABLE_NAMES = (
    "pages",
    "blocks",
    "articles",
    "article_metrics",
    "quotes",
    "copy_pairs",
    "outlet_metrics",
)

# Digits shown in tables: enough to compare outlets, few enough to be stable.
DISPLAY_DIGITS = 3
SVG_HASH_SALT = "newscompare"

HIGHLIGHT_COLOUR = "#d62728"
OTHER_COLOUR = "#7f7f7f"

LABEL_STYLES: dict[str, tuple[str, str]] = {
    # label: (marker shown before each line, background colour)
    "title": ("TITLE", "#cfe2ff"),
    "body": ("BODY", "#d1e7dd"),
    "metadata": ("META", "#fff3cd"),
    "boilerplate": ("CHROME", "#e9ecef"),
}

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
    """Read one processed table (``NAME.parquet``).

    Raises
    ------
    AnalysisError
        The file is missing (naming it and the command that writes it) or unreadable.
    """
    if name not in TABLE_NAMES:
        raise AnalysisError(f"unknown table {name!r}; known: {', '.join(TABLE_NAMES)}")
    path = processed_dir_path(processed_dir) / f"{name}.parquet"
    if not path.is_file():
        stage = "clean" if name in ("pages", "blocks", "articles") else "metrics"
        raise AnalysisError(f"{path}: missing; run `python -m analysis {stage}` first")
    try:
        return pd.read_parquet(path)
    except (OSError, ValueError) as err:
        raise AnalysisError(f"{path}: unreadable Parquet table ({err})") from err


def load_tables(processed_dir: str | Path | None = None) -> Tables:
    """Read every processed table from ``processed_dir`` (default ``data/processed``)."""
    return Tables(**{name: load_table(name, processed_dir) for name in TABLE_NAMES})


# --------------------------------------------------------------------------- set-up


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


# --------------------------------------------------------------------------- helpers


def _rounded(df: pd.DataFrame, digits: int = DISPLAY_DIGITS) -> pd.DataFrame:
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
        sub = f"<p>{html.escape(self.subtitle)}</p>" if self.subtitle else ""
        return f"<h2>{html.escape(self.text)}</h2>{sub}"

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
    return _rounded(shown.set_index("outlet"), 1)


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
    return _rounded(pd.DataFrame(rows).set_index("statistic"), 2)


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
    return _rounded(shown.sort_values("article").set_index("article"), 1)


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
    return _rounded(shown, 3)


def copy_matrix(copy_pairs: pd.DataFrame, outlets: Iterable[str]) -> pd.DataFrame:
    """Near-duplicate article pairs shared by each pair of outlets (symmetric counts)."""
    names = sorted(set(outlets) | set(copy_pairs["outlet_a"]) | set(copy_pairs["outlet_b"]))
    matrix = pd.DataFrame(0, index=names, columns=names, dtype=int)
    for a, b in zip(copy_pairs["outlet_a"], copy_pairs["outlet_b"], strict=True):
        matrix.loc[a, b] += 1
        if a != b:
            matrix.loc[b, a] += 1
    matrix.index.name = "outlet"
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


# --------------------------------------------------------------------------- exploration


Segment = tuple[str, str, str, int]  # (label, field, text, article_index)


@dataclass(frozen=True)
class LabelledLines:
    """A page shown line by line, each line marked with its label.

    Each line starts with a text marker (TITLE, BODY, META, CHROME: the label with most
    characters on the line) and each part of the line has the background colour of its
    own label, so the labels read without colour too. The plain-text form is a summary.
    """

    page: str
    lines: tuple[tuple[Segment, ...], ...]

    def _repr_html_(self) -> str:
        rows = []
        for segments in self.lines:
            marker, _ = LABEL_STYLES.get(line_label(segments), ("?", ""))
            parts = []
            for label, field, text, article_index in segments:
                colour = LABEL_STYLES.get(label, ("", "#ffffff"))[1]
                where = "page" if article_index < 0 else f"article {article_index}"
                tip = html.escape(f"{label} / {field} / {where}", quote=True)
                parts.append(
                    f'<span style="background:{colour}" title="{tip}">{html.escape(text)}</span>'
                )
            rows.append(
                '<div style="white-space:pre-wrap">'
                '<span style="display:inline-block;width:5.5em;font-weight:bold">'
                f"[{marker}]</span>{''.join(parts)}</div>"
            )
        return (
            '<div style="font-family:monospace;font-size:12px">'
            f"<p><b>{html.escape(self.page)}</b></p>{''.join(rows)}</div>"
        )

    def __repr__(self) -> str:
        counts: dict[str, int] = {}
        for segments in self.lines:
            label = line_label(segments)
            counts[label] = counts.get(label, 0) + 1
        parts = ", ".join(f"{label} {counts[label]}" for label in sorted(counts))
        return f"{self.page}: {len(self.lines)} lines ({parts})"


def line_label(segments: Iterable[Segment]) -> str:
    """The label covering most non-space characters of a line (first one on ties)."""
    sizes: dict[str, int] = {}
    for label, _, text, _ in segments:
        sizes[label] = sizes.get(label, 0) + len(text.strip())
    return max(sizes, key=lambda label: sizes[label]) if sizes else ""


def labelled_lines(blocks: pd.DataFrame, page: str, skip_blank: bool = True) -> LabelledLines:
    """Return one page's lines, each split into labelled parts, for display.

    Parameters
    ----------
    blocks : pandas.DataFrame
        The blocks table (blocks of a page cover it exactly, in ``start`` order).
    page : str
        The page id.
    skip_blank : bool
        Leave out lines that are empty or whitespace only.
    """
    rows = blocks[blocks["page"] == page].sort_values(["start", "block_id"])
    if rows.empty:
        raise AnalysisError(f"blocks: no page named {page!r}")
    lines: list[list[Segment]] = [[]]
    for label, field, text, article_index in zip(
        rows["label"], rows["field"], rows["text"], rows["article_index"], strict=True
    ):
        pieces = str(text).split("\n")
        for n, piece in enumerate(pieces):
            if n > 0:
                lines.append([])
            if piece:
                lines[-1].append((str(label), str(field), piece, int(article_index)))
    kept = [
        tuple(line)
        for line in lines
        if line and not (skip_blank and not "".join(seg[2] for seg in line).strip())
    ]
    return LabelledLines(page, tuple(kept))


def label_legend() -> pd.DataFrame:
    """The markers and colours used by :func:`labelled_lines`."""
    return pd.DataFrame(
        [(label, marker, colour) for label, (marker, colour) in LABEL_STYLES.items()],
        columns=["label", "marker", "background"],
    ).set_index("label")


def label_shares(blocks: pd.DataFrame) -> pd.DataFrame:
    """Characters per label and page, as percent of the page (rows: pages)."""
    sizes = blocks.assign(chars=blocks["end"] - blocks["start"])
    table = sizes.pivot_table(
        index="page", columns="label", values="chars", aggfunc="sum", fill_value=0
    )
    table = table.div(table.sum(axis=1), axis=0) * 100
    table.columns.name = "% of characters"
    return _rounded(table.sort_index(), 1)


def raw_preview(path: str | Path, n_lines: int = 12) -> str:
    """The first non-blank lines of a raw page as the reader decoded them."""
    from analysis.clean.read import read_page

    page = read_page(path)
    lines = [line for line in page.text.split("\n") if line.strip()][:n_lines]
    head = f"{page.name}: {page.n_bytes} bytes, {page.encoding}"
    return "\n".join([head, *("  " + line for line in lines)])


ARTICLE_OVERVIEW_COLUMNS = (
    "article_id",
    "page",
    "layout",
    "outlet",
    "title",
    "byline",
    "published",
    "credited_source",
    "n_body_chars",
)
ARTICLE_STATISTICS_COLUMNS = (
    "article_id",
    "outlet",
    "n_words",
    "n_sentences",
    "n_quotes",
    "quote_share",
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "boilerplate_ratio",
    "copy_group",
)


def _by_article(table: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    """The given columns the table has, in id order, indexed by article_id."""
    present = [c for c in columns if c in table.columns]
    return table[present].sort_values("article_id").set_index("article_id")


def articles_overview(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles table without bodies, in id order."""
    return _by_article(articles, ARTICLE_OVERVIEW_COLUMNS)


def article_statistics(article_metrics: pd.DataFrame) -> pd.DataFrame:
    """The main per-article statistics, rounded, in id order."""
    return _rounded(_by_article(article_metrics, ARTICLE_STATISTICS_COLUMNS))
