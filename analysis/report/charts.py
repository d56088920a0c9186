"""Charts the report notebooks show, and how notebooks render them (stable SVG).

Reads the statistics tables (``article_metrics``, ``outlet_metrics``, ``copy_pairs``)
and returns :class:`matplotlib.figure.Figure` objects built without ``pyplot`` (no
global state, no figure shown twice); a notebook displays one by ending a cell with
it. After :func:`setup_notebook` they render as SVG with a fixed hash salt and no
date, so the same data give the same bytes. The dot charts are laid out from the
sizes of their texts when built (:mod:`analysis.report.chart_layout`) and drawn once,
when saved.
"""

from __future__ import annotations

import io
import warnings
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.ticker import MaxNLocator

from analysis.report.chart_layout import label_rows, lay_out_row_chart, tick_label
from analysis.report.fonts import (
    chart_families,
    font_face_css,
    forget_missing_glyph_warnings,
    show_missing_glyph_notes_as_text,
    warn_missing_glyphs,
)
from analysis.report.statistics import has_interval, interval_columns, outlets_with_articles
from analysis.report.views import DISPLAY_DIGITS, copy_matrix

SVG_HASH_SALT = "newscompare"
HIGHLIGHT_COLOUR = "#d62728"
OTHER_COLOUR = "#7f7f7f"
#: The charts' generic sans-serif fonts, first choice first: DejaVu Sans (matplotlib's
#: own, which lays the charts out), then fonts at least as narrow for a browser without
#: it. The chart font list puts the fonts for other scripts between them
#: (:func:`analysis.report.fonts.chart_families`).
SANS_SERIF_FONTS = ["DejaVu Sans", "Arial", "Helvetica"]


def setup_notebook() -> None:
    """Make notebook outputs stable and readable: SVG figures, fixed display options.

    Figures render as SVG only (nbval compares SVG, not PNG; see :func:`figure_svg`)
    with a fixed hash salt for the element ids and no creation date. Their text is SVG
    text (selectable, a fraction of the bytes and CPU of glyph outlines) in the fonts the
    charts are laid out with, DejaVu Sans (shipped with matplotlib) and the packaged
    fonts for the scripts it lacks (:mod:`analysis.report.fonts`: CJK, Thai,
    Devanagari), falling back to the narrower Arial, Helvetica or any sans-serif font
    in a browser without them. pandas shows every column with :data:`DISPLAY_DIGITS`
    decimals. Harmless outside IPython.
    """
    import matplotlib

    matplotlib.rcParams["svg.hashsalt"] = SVG_HASH_SALT
    matplotlib.rcParams["svg.fonttype"] = "none"
    matplotlib.rcParams["figure.dpi"] = 100
    matplotlib.rcParams["font.family"] = [*chart_families(), "sans-serif"]
    matplotlib.rcParams["font.sans-serif"] = SANS_SERIF_FONTS
    pd.set_option("display.precision", DISPLAY_DIGITS)
    pd.set_option("display.max_columns", 50)
    pd.set_option("display.max_rows", 200)
    pd.set_option("display.width", 120)
    pd.set_option("display.max_colwidth", 80)
    # A glyph missing from the fonts would print a warning per letter with a file path
    # in it: figure_svg warns once a notebook instead (fonts.warn_missing_glyphs).
    # Scripts that matplotlib does not shape (Devanagari ...) are shaped by the
    # browser, which draws the SVG text.
    warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from font")
    warnings.filterwarnings("ignore", message=r"Matplotlib currently does not support \w+ natively")
    forget_missing_glyph_warnings()
    show_missing_glyph_notes_as_text()
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
    """A one-line description of a chart from its title and axis labels (alt text).

    Parameters
    ----------
    figure : matplotlib.figure.Figure
        A chart; each axes with a title contributes one part.

    Returns
    -------
    str
        ``title: xlabel by ylabel`` per titled axes, joined by ``; ``; ``chart`` when no
        axes has a title.
    """
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
    So do the glyphs of the letters DejaVu Sans has none for, cut from the packaged
    fonts (:func:`~analysis.report.fonts.font_face_css`): the chart reads the same in
    a browser without a CJK, Thai or Devanagari font. Letters that no chart font has
    are named in one warning (:func:`~analysis.report.fonts.warn_missing_glyphs`).

    Parameters
    ----------
    figure : matplotlib.figure.Figure
        The chart to render.

    Returns
    -------
    str
        The SVG document, the same text for the same figure on every run.
    """
    texts = [text.get_text() for text in figure.findobj(Text)]
    warn_missing_glyphs(texts)
    buffer = io.BytesIO()
    figure.savefig(
        buffer,
        format="svg",
        metadata={"Date": None, "Title": figure_description(figure)},
    )
    svg = buffer.getvalue().decode("utf-8")
    # The glyphs DejaVu Sans lacks travel with the chart (matplotlib's SVG has one
    # style sheet, in its defs): a browser without a CJK font draws them too.
    fonts = font_face_css(texts)
    return svg.replace("</style>", f"\n{fonts}\n</style>", 1) if fonts else svg


# --------------------------------------------------------------------------- charts


#: The most outlets a row chart draws, one row each (0.45 in a row: a chart about 28 in
#: tall, two screens). A corpus of more outlets is charted by its highest and lowest
#: half of this many (and the highlighted outlet); the tables list every outlet.
MAX_CHART_OUTLETS = 60


def _rows_shown(
    names: list[str],
    rank_values: np.ndarray,
    highlight: str | None,
    sizes: np.ndarray | None = None,
) -> tuple[list[int], str | None]:
    """Which of ``names`` a row chart draws, bottom row first, and the note saying so.

    Up to :data:`MAX_CHART_OUTLETS` names: all, in their order, no note. More: the
    half of that many with the highest ``rank_values`` and the half with the lowest
    (names without a value left out), and ``highlight`` wherever it ranks, drawn by
    value, the highest at the top. With ``sizes`` (each outlet's articles), when two or
    more outlets have :data:`~analysis.stats.bootstrap.MIN_ARTICLES` or more, only
    those are ranked: the extremes of 1,000 one-article outlets (pages naming no site)
    are noise, and the chart drew nothing else (h269).
    """
    from analysis.stats.bootstrap import MIN_ARTICLES

    if len(names) <= MAX_CHART_OUTLETS:
        return list(range(len(names))), None
    half = MAX_CHART_OUTLETS // 2
    valued = [i for i in range(len(names)) if not np.isnan(rank_values[i])]
    of = f"{len(names):,} outlets"
    if sizes is not None:
        sized = [i for i in valued if sizes[i] >= MIN_ARTICLES]
        if len(sized) >= 2:
            valued, of = sized, f"the {len(sized):,} outlets with {MIN_ARTICLES} articles or more"
    ranked = sorted(valued, key=lambda i: (rank_values[i], names[i].casefold(), names[i]))
    keep = set(ranked[:half]) | set(ranked[-half:])
    if highlight in names:
        keep.add(names.index(highlight))
    rows = [i for i in ranked if i in keep]
    rows += [i for i in keep if i not in rows]  # a highlighted outlet without a value
    shown = (
        f"the {half} highest and {half} lowest of {of}"
        if len(ranked) > 2 * half
        else f"{of[4:] if of.startswith('the ') else of}, of {len(names):,}"
    )
    extra = len(keep) > min(len(ranked), 2 * half)
    note = (
        shown
        + (" and this outlet" if highlight in names and extra else "")
        + " (the table lists every outlet)"
    )
    return rows, note


def _noted(spec: ChartSpec, note: str | None) -> ChartSpec:
    """``spec`` with ``note`` as a second title line (when there is one)."""
    return spec if note is None else replace(spec, title=f"{spec.title}\n{note}")


def _new_figure(n_rows: int) -> tuple[Figure, Any]:
    """A row chart's figure (no layout engine: :func:`lay_out_row_chart` places it)."""
    height = max(2.2, 0.45 * n_rows + 1.2)
    figure = Figure(figsize=(7.5, height))
    return figure, figure.add_subplot()


def _colour(name: str, highlight: str | None) -> str:
    return HIGHLIGHT_COLOUR if highlight is not None and name == highlight else OTHER_COLOUR


def _label_outlet_rows(
    figure: Figure, axes: Any, names: list[str], spec: ChartSpec, marks: list[tuple[str, str]]
) -> None:
    """Name each row after its outlet; title, x label with unit, a light x grid, a legend.

    Then lays the chart out (:mod:`analysis.report.chart_layout`): it is drawn once, when saved.
    """
    label_rows(figure, axes, names)
    axes.set_title(spec.title)
    axes.set_xlabel(spec.xlabel)
    axes.set_ylabel("outlet")
    axes.grid(axis="x", alpha=0.3)
    _legend(axes, marks)
    lay_out_row_chart(figure, axes, names)


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
    log_spread : float, optional
        Draw the x axis on a log scale when the largest value exceeds this many times
        the median of the positive values (one 100,000-word page would otherwise
        squeeze every other article against the axis); None: always linear.
    """

    column: str
    title: str
    xlabel: str
    scale: float = 1.0
    log_spread: float | None = None


READABILITY_CHART = ChartSpec(
    "flesch_reading_ease",
    "Readability of articles by outlet",
    "Flesch reading ease (score; higher = easier)",
)
LENGTH_CHART = ChartSpec("n_words", "Article length by outlet", "length (words)", log_spread=20.0)
QUOTE_SHARE_CHART = ChartSpec(
    "quote_share_pooled",
    "Direct quotation by outlet",
    "quote share (% of body words quoted; scare quotes left out)",
    scale=100.0,
)
BOILERPLATE_CHART = ChartSpec(
    "boilerplate_ratio",
    "Page chrome by outlet",
    "boilerplate ratio (% of characters of the page; of the card for a listing card)",
    scale=100.0,
)


def chart_outlet_intervals(
    outlet_metrics: pd.DataFrame, spec: ChartSpec, highlight: str | None = None
) -> Figure:
    """One row per outlet with articles: a dot for its value, a line for its 95 % interval.

    Outlets are sorted by name (case-insensitively, top to bottom); outlets without
    articles are left out; an outlet without an interval (fewer than
    :data:`~analysis.stats.bootstrap.MIN_ARTICLES` articles) has a dot and no line.
    Of more than :data:`MAX_CHART_OUTLETS` outlets, the highest and the lowest are drawn,
    ranked, and the title says so.

    Parameters
    ----------
    outlet_metrics : pandas.DataFrame
        The outlet table (the statistic, and its ``_ci_low`` / ``_ci_high`` columns).
    spec : ChartSpec
        The statistic to draw and the labels.
    highlight : str, optional
        The outlet to draw in the highlight colour.

    Returns
    -------
    matplotlib.figure.Figure
        A new figure, its height growing with the number of outlets.
    """
    table = outlets_with_articles(outlet_metrics).iloc[::-1]
    values = pd.to_numeric(table[spec.column], errors="coerce").to_numpy() * spec.scale
    sizes = pd.to_numeric(table["n_articles"], errors="coerce").to_numpy(float)
    shown, note = _rows_shown(table["outlet"].tolist(), values, highlight, sizes)
    table, values, spec = table.iloc[shown], values[shown], _noted(spec, note)
    names = table["outlet"].tolist()
    if has_interval(table, spec.column):
        low, high = (
            pd.to_numeric(table[c], errors="coerce").to_numpy() * spec.scale
            for c in interval_columns(spec.column)
        )
    else:
        low = high = np.full(len(names), np.nan)
    figure, axes = _new_figure(len(names))
    rows = np.arange(len(names))
    colours = np.array([_colour(name, highlight) for name in names], dtype=object)
    has_line = ~(np.isnan(low) | np.isnan(high))
    axes.hlines(
        rows[has_line],
        low[has_line],
        high[has_line],
        colors=list(colours[has_line]),
        lw=2,
        alpha=0.6,
        capstyle="projecting",
        clip_on=False,  # inside the axes: the limits are the rows' and the values' range
    )
    has_dot = ~np.isnan(values)
    axes.scatter(
        values[has_dot], rows[has_dot], color=list(colours[has_dot]), s=30, zorder=3, clip_on=False
    )
    axes.set_ylim(-0.6, len(names) - 0.4)
    marks = [("o", "outlet value"), ("-", "95 % bootstrap interval over its articles")]
    _label_outlet_rows(figure, axes, names, spec, marks)
    return figure


def _legend(axes: Any, marks: list[tuple[str, str]]) -> None:
    """A legend below the chart explaining each mark (``o`` dot, ``O`` hollow dot, ``-``
    line, ``|`` bar)."""
    from matplotlib.lines import Line2D

    handles = []
    for mark, label in marks:
        if mark == "o":
            handle = Line2D([], [], color=OTHER_COLOUR, marker="o", linestyle="", label=label)
        elif mark == "O":
            handle = Line2D(
                [], [], color=OTHER_COLOUR, marker="o", mfc="none", linestyle="", label=label
            )
        elif mark == "|":
            handle = Line2D(
                [],
                [],
                color=OTHER_COLOUR,
                marker="|",
                markersize=12,
                mew=2,
                linestyle="",
                label=label,
            )
        else:
            handle = Line2D([], [], color=OTHER_COLOUR, lw=2, label=label)
        handles.append(handle)
    # Placed under the x label by lay_out_row_chart.
    axes.legend(handles=handles, ncol=len(handles), frameon=False)


def chart_article_values(
    article_metrics: pd.DataFrame,
    spec: ChartSpec,
    highlight: str | None = None,
    teasers_apart: bool = False,
) -> Figure:
    """One dot per article, one row per outlet, with each outlet's median as a bar mark.

    Takes the article table (``article_metrics``); ``spec`` and ``highlight`` as in
    :func:`chart_outlet_intervals`. Rows are sorted by name, case-insensitively; of
    more than :data:`MAX_CHART_OUTLETS` outlets, those with the highest and the lowest
    medians are drawn, ranked, and the title says so.

    Parameters
    ----------
    article_metrics : pandas.DataFrame
        The ARTICLE_METRICS table; articles without an outlet are left out, and so are
        their missing values and resaves (``resave_of``: a story drawn once, as its
        outlet's statistics count it).
    spec : ChartSpec
        The article statistic to draw; its ``log_spread`` may switch the axis to log.
    highlight : str, optional
        As in :func:`chart_outlet_intervals`.
    teasers_apart : bool
        Draw the teasers (``is_teaser``: a listing card, a page cut by a paywall) as
        hollow dots and leave them out of the median, as ``outlet_metrics.median_words``
        leaves them out (an outlet of teasers alone gets no median bar).

    Returns
    -------
    matplotlib.figure.Figure
        A new figure, one row per outlet.
    """
    table = article_metrics.dropna(subset=["outlet"])
    if "resave_of" in table.columns:
        table = table[table["resave_of"].isna()]
    names = sorted(set(table["outlet"].astype(str)), key=lambda n: (n.casefold(), n), reverse=True)
    if len(names) > MAX_CHART_OUTLETS:  # rank the outlets by their median
        counted = table[~_teasers(table, teasers_apart)]
        values = pd.to_numeric(counted[spec.column], errors="coerce")
        medians = values.groupby(counted["outlet"].astype(str)).median()
        sizes = table["outlet"].astype(str).value_counts().reindex(names).to_numpy(float)
        shown_rows, note = _rows_shown(
            names, medians.reindex(names).to_numpy(float), highlight, sizes
        )
        names, spec = [names[i] for i in shown_rows], _noted(spec, note)
        table = table[table["outlet"].astype(str).isin(set(names))]
    figure, axes = _new_figure(len(names))
    row_of = {name: row for row, name in enumerate(names)}
    teaser = _teasers(table, teasers_apart)
    shown = pd.DataFrame(
        {
            "row": table["outlet"].astype(str).map(row_of).to_numpy(),
            "value": pd.to_numeric(table[spec.column], errors="coerce").to_numpy() * spec.scale,
            "teaser": teaser,
        }
    ).dropna(subset=["value"])
    shown, spec, log_scale = _log_scale_if_spread(shown, spec)
    shown = shown.sort_values(["row", "value"], kind="stable")
    colours = [_colour(name, highlight) for name in names]
    for hollow, dots in shown.groupby("teaser", sort=True):
        row_colours = [colours[row] for row in dots["row"]]
        axes.scatter(
            dots["value"].to_numpy(),
            dots["row"].to_numpy(),
            color=row_colours,
            facecolors="none" if hollow else row_colours,
            alpha=0.7,
            s=22,
            clip_on=False,  # inside the axes: the limits are the rows' and the values' range
        )
    medians = shown[~shown["teaser"]].groupby("row", sort=True)["value"].median()
    axes.vlines(
        medians.to_numpy(),
        medians.index.to_numpy() - 0.3,
        medians.index.to_numpy() + 0.3,
        colors=[colours[row] for row in medians.index],
        lw=2,
        capstyle="projecting",
        clip_on=False,
    )
    axes.set_ylim(-0.6, len(names) - 0.4)
    if log_scale:  # after the marks: set before, the bars' data limits came out in log units
        axes.set_xscale("log")
    marks = [("o", "one article"), ("|", "outlet median")]
    if shown["teaser"].any():
        marks = [("o", "one article"), ("O", "teaser (not in the median)"), ("|", "outlet median")]
    _label_outlet_rows(figure, axes, names, spec, marks)
    return figure


def _teasers(table: pd.DataFrame, teasers_apart: bool) -> np.ndarray:
    """Which rows of an article table are teasers (``is_teaser``), when they are drawn
    apart; no row otherwise."""
    if not teasers_apart or "is_teaser" not in table.columns:
        return np.zeros(len(table), dtype=bool)
    return table["is_teaser"].fillna(False).astype(bool).to_numpy()


def chart_readability(article_metrics: pd.DataFrame, highlight: str | None = None) -> Figure:
    """Flesch reading ease of every article, by outlet (line: outlet median).

    Every language has its own Flesch formula: when the articles are in several, the
    chart shows those of one language and its x label says which and how many others
    are left out: the highlighted outlet's readability language (the language of most
    of its scored words, as ``outlet_metrics.readability_language``) when it has scored
    articles; in the comparison, the readability language of most outlets, the one its
    rankings rank readability in.

    Parameters
    ----------
    article_metrics : pandas.DataFrame
        Read: ``outlet`` and ``flesch_reading_ease``.
    highlight : str, optional
        As for :func:`chart_article_values`.

    Returns
    -------
    matplotlib.figure.Figure
        :data:`READABILITY_CHART` drawn.
    """
    scored = article_metrics.dropna(subset=["outlet", "flesch_reading_ease"])
    if scored.empty:
        return _no_readability_figure(article_metrics)
    if "language" not in scored.columns or scored["language"].nunique(dropna=False) <= 1:
        return chart_article_values(article_metrics, READABILITY_CHART, highlight)
    # Each language has its own Flesch formula (docs/metrics.md): one axis, one language
    language, whose = _readability_chart_language(scored, highlight)
    others = int((scored["language"].fillna("") != language).sum())
    shown = article_metrics.assign(
        flesch_reading_ease=article_metrics["flesch_reading_ease"].where(
            article_metrics["language"].fillna("") == language
        )
    )
    label = (
        f"{READABILITY_CHART.xlabel}; the formula for '{language}'{whose} only: {others} "
        "article(s) in other languages not shown"
    )
    return chart_article_values(shown, replace(READABILITY_CHART, xlabel=label), highlight)


def _readability_chart_language(scored: pd.DataFrame, highlight: str | None) -> tuple[str, str]:
    """The language whose Flesch scores the readability chart draws, and the words the x
    label says of it (" (this outlet's readability language)", " (the readability
    language of most outlets)", or "" without word counts).

    An outlet's report charts its own readability language, chosen as
    ``analysis.stats.outlets`` chooses it (most words among its scored articles, ties:
    the first code): the language of most articles overall was another one for a
    multilingual outlet (a Thai, Chinese, Japanese, Arabic and English site's report
    drew only other outlets' German articles, none of its own).
    """
    own = scored.loc[scored["outlet"] == highlight] if highlight is not None else scored.iloc[:0]
    if len(own) and "n_words" in own.columns:
        language = _most_words_language(own)
        if language is not None:
            return language, " (this outlet's readability language)"
    if highlight is None and "n_words" in scored.columns:
        # the comparison: the language its rankings rank readability in, the readability
        # language of most outlets (analysis.report.statistics), not the language of most
        # articles (one German outlet's three stories drew German while the outlet table
        # ranked English and French ones: review h319)
        by_outlet = [_most_words_language(rows) for _, rows in scored.groupby("outlet")]
        outlets = Counter(code for code in by_outlet if code is not None)
        if outlets:
            language = min(outlets, key=lambda code: (-outlets[code], code))
            return language, " (the readability language of most outlets)"
    counts = scored["language"].fillna("").value_counts()
    return min(counts.index, key=lambda code: (-counts[code], code)), ""


def _most_words_language(rows: pd.DataFrame) -> str | None:
    """The language of most words among ``rows`` (scored articles; ties: the first
    code), as ``analysis.stats.outlets`` picks an outlet's readability language."""
    words = rows.groupby(rows["language"].fillna(""), sort=True)["n_words"].sum()
    words = words[words > 0]
    if not len(words):
        return None
    return min(words.index, key=lambda code: (-words[code], code))


def _no_readability_figure(article_metrics: pd.DataFrame) -> Figure:
    """The readability chart when no article has a score: a line saying why, no axes.

    The languages named are the articles' own (``language``; docs/metrics.md lists the
    languages a formula exists for): an empty axis from -0.04 to 0.04 said nothing.
    """
    figure = Figure(figsize=(7.5, 1.6), layout="constrained")
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.set_title(READABILITY_CHART.title)
    languages = []
    if "language" in article_metrics.columns:
        with_outlet = article_metrics.dropna(subset=["outlet"])
        languages = sorted(set(with_outlet["language"].dropna().astype(str)))
    why = (
        "no formula for the articles' language"
        + ("s" if len(languages) > 1 else "")
        + (" (" + ", ".join(f"'{code}'" for code in languages) + ")" if languages else "")
        + ": see the definitions page"
    )
    axes.text(0.5, 0.6, "no article has a Flesch reading ease", ha="center")
    axes.text(0.5, 0.25, why, ha="center", fontsize=9)
    return figure


def _log_scale_if_spread(
    shown: pd.DataFrame, spec: ChartSpec
) -> tuple[pd.DataFrame, ChartSpec, bool]:
    """Whether the x axis is to be on a log scale (``spec.log_spread``: see ChartSpec).

    Values of 0 have no place on a log axis: they are left out and the x label says how
    many; the label also says the scale is logarithmic.
    """
    positive = shown.loc[shown["value"] > 0, "value"]
    if spec.log_spread is None or positive.empty:
        return shown, spec, False
    if positive.max() <= spec.log_spread * positive.median():
        return shown, spec, False
    label = f"{spec.xlabel}, log scale"
    left_out = len(shown) - len(positive)
    if left_out:
        label += f"; {left_out} of {len(shown)} at 0 not shown"
    return shown.loc[shown["value"] > 0], replace(spec, xlabel=label), True


def chart_length(article_metrics: pd.DataFrame, highlight: str | None = None) -> Figure:
    """Article length in words, by outlet (line: outlet median of the full texts).

    Teasers are hollow dots, left out of the median as the outlet table's
    ``median_words`` leaves them out (docs/metrics.md): the bar is that figure. When the
    articles drawn are in several languages (``language``), the x label says so: a word
    is not one unit across languages (a Chinese or Japanese one is a character).

    Parameters
    ----------
    article_metrics : pandas.DataFrame
        Read: ``outlet``, ``n_words`` and ``is_teaser``.
    highlight : str, optional
        The outlet drawn in the highlight colour.

    Returns
    -------
    matplotlib.figure.Figure
        :data:`LENGTH_CHART` drawn; the axis goes log when one article dwarfs the rest.
    """
    spec = LENGTH_CHART
    if "language" in article_metrics.columns:
        drawn = article_metrics.dropna(subset=["outlet", "n_words"])["language"].dropna()
        if drawn.nunique() > 1:
            note = (
                f"articles in {drawn.nunique()} languages: a word is not one unit across "
                "them (a Chinese or Japanese one is a character)"
            )
            spec = replace(spec, xlabel=f"{spec.xlabel}; {note}")
    return chart_article_values(article_metrics, spec, highlight, teasers_apart=True)


def chart_quote_share(outlet_metrics: pd.DataFrame, highlight: str | None = None) -> Figure:
    """Pooled share of words inside quotations (scare quotes left out), by outlet.

    Parameters
    ----------
    outlet_metrics : pandas.DataFrame
        Read: ``quote_share_pooled`` and its interval columns.
    highlight : str, optional
        As for :func:`chart_outlet_intervals`.

    Returns
    -------
    matplotlib.figure.Figure
        :data:`QUOTE_SHARE_CHART` drawn, in percent.
    """
    return chart_outlet_intervals(outlet_metrics, QUOTE_SHARE_CHART, highlight)


def chart_boilerplate_ratio(outlet_metrics: pd.DataFrame, highlight: str | None = None) -> Figure:
    """Share of page characters that are chrome (navigation, promos), by outlet.

    Parameters
    ----------
    outlet_metrics : pandas.DataFrame
        Read: ``boilerplate_ratio`` and its interval columns.
    highlight : str, optional
        Drawn in the highlight colour, when given.

    Returns
    -------
    matplotlib.figure.Figure
        :data:`BOILERPLATE_CHART` drawn, in percent.
    """
    return chart_outlet_intervals(outlet_metrics, BOILERPLATE_CHART, highlight)


#: Widest a heat map gets (inches at 100 dpi): it must fit a report page, colour bar included.
MAX_MAP_INCHES = 9.0


def chart_copy_map(copy_pairs: pd.DataFrame, outlets: Iterable[str]) -> Figure:
    """Heat map of near-duplicate article pairs between outlets (who carries whose text).

    Only outlets that share copy with another outlet get a row and a column (the
    others would be empty); the map keeps within :data:`MAX_MAP_INCHES` whatever the
    number of outlets, its labels and counts shrinking to fit.

    Parameters
    ----------
    copy_pairs : pandas.DataFrame
        The COPY_PAIRS table.
    outlets : iterable of str
        Every outlet of the corpus (:func:`~analysis.report.views.copy_matrix`); only
        those sharing copy are drawn.

    Returns
    -------
    matplotlib.figure.Figure
        The counts as a heat map with each nonzero count written in its cell, or a
        figure saying none were found.
    """
    matrix = copy_matrix(copy_pairs, outlets)
    sharing = [n for n in matrix.index if matrix.loc[n].sum() > 0]
    sharing.sort(key=lambda n: (n.casefold(), n))
    matrix = matrix.loc[sharing, sharing]
    n = len(sharing)
    if n == 0:
        figure = Figure(figsize=(6.0, 1.5), layout="constrained")
        axes = figure.add_subplot()
        axes.set_axis_off()
        axes.set_title("Shared copy between outlets")
        axes.text(0.5, 0.4, "none found: no two outlets share an article's text", ha="center")
        return figure
    size = min(MAX_MAP_INCHES - 1.5, max(3.0, 0.5 * n + 2.0))
    font = max(5.0, min(9.0, 180.0 / n))
    figure = Figure(figsize=(size + 1.5, size), layout="constrained")
    axes = figure.add_subplot()
    counts = matrix.to_numpy()
    image = axes.imshow(counts, cmap="Blues", vmin=0)
    labels = [tick_label(name) for name in sharing]
    axes.set_xticks(range(n), labels, rotation=45, ha="right", fontsize=font)
    axes.set_yticks(range(n), labels, fontsize=font)
    for i in range(n):
        for j in range(n):
            if counts[i, j]:
                colour = "white" if counts[i, j] > counts.max() / 2 else "black"
                axes.text(
                    j,
                    i,
                    str(int(counts[i, j])),
                    ha="center",
                    va="center",
                    fontsize=font,
                    color=colour,
                )
    axes.set_title("Shared copy between outlets")
    axes.set_xlabel("outlet")
    axes.set_ylabel("outlet")
    # A count scale: whole pairs only; the label in two lines, so that it is never
    # longer than the bar of the smallest map (it would be cut at the figure's edge).
    colour_bar = figure.colorbar(
        image,
        ax=axes,
        shrink=0.8,
        ticks=MaxNLocator(integer=True),
        label="near-duplicate\narticle pairs (count)",
    )
    colour_bar.minorticks_off()
    return figure
