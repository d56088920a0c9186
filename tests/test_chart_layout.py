"""The report's dot charts laid out from their texts: everything inside the figure, no
overlaps, one draw per saved chart, the same chart for the same data."""

from __future__ import annotations

from itertools import combinations, pairwise

import pandas as pd
import pytest
from matplotlib.figure import Figure
from synthetic_tables import synthetic_tables

from analysis.report import chart_layout, charts

ROW_CHARTS = {
    "readability": lambda t, h: charts.chart_readability(t["article_metrics"], highlight=h),
    "length": lambda t, h: charts.chart_length(t["article_metrics"], highlight=h),
    "quote share": lambda t, h: charts.chart_quote_share(t["outlet_metrics"], highlight=h),
    "boilerplate": lambda t, h: charts.chart_boilerplate_ratio(t["outlet_metrics"], highlight=h),
}
OUTLETS = ["Alpha", "Beta News $5", "a much longer outlet name of the kind sites print", "Zed"]


def _extents(figure: Figure) -> dict[str, list]:
    """Window extents (pixels) of the axes and of every text the chart shows, after a draw."""
    renderer = figure._get_renderer()
    figure.draw(renderer)
    axes = figure.get_axes()[0]
    legend = axes.get_legend()
    return {
        "figure": [figure.bbox],
        "axes": [axes.bbox],
        "rows": [text.get_window_extent(renderer) for text in axes.texts],
        "labels": [
            axes.title.get_window_extent(renderer),
            axes.xaxis.label.get_window_extent(renderer),
            axes.yaxis.label.get_window_extent(renderer),
        ],
        "numbers": [
            label.get_window_extent(renderer)
            for label, at in zip(axes.get_xticklabels(), axes.get_xticks(), strict=True)
            if min(axes.get_xlim()) <= at <= max(axes.get_xlim())  # the drawn ones
        ],
        "legend": [legend.get_window_extent(renderer)],
    }


@pytest.fixture(scope="module")
def tables() -> dict:
    return synthetic_tables(OUTLETS, articles_per_outlet=4)


@pytest.mark.parametrize("name", sorted(ROW_CHARTS))
def test_every_text_is_inside_the_figure_and_nothing_overlaps(tables, name) -> None:
    charts.setup_notebook()
    figure = ROW_CHARTS[name](tables, "Beta News $5")
    found = _extents(figure)
    page, plot = found["figure"][0], found["axes"][0]
    tolerance = 1.5  # pixels: Agg's hinted metrics against the SVG outlines laid out with
    shown = [*found["rows"], *found["labels"], *found["legend"]]
    for box in shown:
        assert box.x0 >= page.x0 - tolerance and box.x1 <= page.x1 + tolerance, (name, box)
        assert box.y0 >= page.y0 - tolerance and box.y1 <= page.y1 + tolerance, (name, box)
        assert not box.shrunk(0.98, 0.98).overlaps(plot), (name, box)  # none covers the plot
    for first, second in combinations(shown, 2):
        assert not first.shrunk(0.98, 0.98).overlaps(second.shrunk(0.98, 0.98)), (name, first)
    xlabel = found["labels"][1]
    assert found["numbers"]
    for number in found["numbers"]:
        assert number.y1 <= plot.y0 and number.y0 >= xlabel.y1 - tolerance, (name, number)
        assert number.x1 <= page.x1 + tolerance, (name, number)
    rows = sorted(found["rows"], key=lambda box: box.y0)
    assert all(box.x1 <= plot.x0 for box in rows)
    assert all(low.y1 <= high.y0 for low, high in pairwise(rows))


def test_row_names_are_shown_literally_in_name_order(tables) -> None:
    figure = charts.chart_readability(tables["article_metrics"])
    axes = figure.get_axes()[0]
    by_row = sorted(axes.texts, key=lambda text: text.get_position()[1], reverse=True)
    shown = [text._preprocess_math(text.get_text()) for text in by_row]
    assert [text for text, is_math in shown] == sorted(OUTLETS, key=str.casefold)
    assert not any(is_math for _, is_math in shown)  # "$5" is a dollar sign, not mathtext
    assert axes.get_yticks().size == 0  # no y tick objects: a text and a marker per row


def test_the_readability_chart_draws_one_languages_formula_only(tables) -> None:
    # A German outlet's Amstad Flesch and a French one's Kandel-Moles were dots on the
    # English formula's axis (review finding h46 G3).
    article_metrics = tables["article_metrics"].copy()
    scored = article_metrics["flesch_reading_ease"].notna()
    first = article_metrics.index[scored][0]
    article_metrics["language"] = "en"
    article_metrics.loc[first, ["language", "flesch_reading_ease"]] = ["de", 999.0]
    axes = charts.chart_readability(article_metrics).get_axes()[0]
    drawn = [x for line in axes.lines for x in line.get_xdata()]
    drawn += [x for points in axes.collections for x, _ in points.get_offsets()]
    assert 999.0 not in drawn
    assert (
        "the formula for 'en' (the readability language of most outlets) only: 1 article(s) "
        "in other languages" in axes.get_xlabel()
    )
    one_language = charts.chart_readability(article_metrics.assign(language="en"))
    assert "other languages" not in one_language.get_axes()[0].get_xlabel()


def test_the_readability_chart_says_why_when_no_article_has_a_score(tables) -> None:
    # Pages in Portuguese, Turkish and Indonesian only: the chart was an empty axis from
    # -0.04 to 0.04 with no word on why (the lead's own folder, session 22).
    article_metrics = tables["article_metrics"].assign(flesch_reading_ease=float("nan"))
    article_metrics["language"] = ["pt", "tr", "id"] * (len(article_metrics) // 3) + ["pt"] * (
        len(article_metrics) % 3
    )
    figure = charts.chart_readability(article_metrics)
    axes = figure.get_axes()[0]
    texts = " ".join(text.get_text() for text in axes.texts)
    assert "no article has a Flesch reading ease" in texts
    assert "'id', 'pt', 'tr'" in texts
    assert not axes.axison
    assert charts.figure_description(figure).startswith("Readability of articles by outlet")


def test_long_names_widen_the_figure_and_keep_the_plot() -> None:
    names = ["x" * 120, "short"]
    table = synthetic_tables(names, articles_per_outlet=2)
    figure = charts.chart_quote_share(table["outlet_metrics"])
    plot_inches = figure.get_axes()[0].get_position().width * figure.get_size_inches()[0]
    assert figure.get_size_inches()[0] > 7.5
    assert plot_inches * chart_layout.POINTS_PER_INCH >= chart_layout.MIN_PLOT_WIDTH - 1e-6


def test_a_saved_chart_is_drawn_once(tables, monkeypatch) -> None:
    draws = []
    original = Figure.draw

    def counting_draw(self, renderer):
        draws.append(type(renderer).__name__)
        return original(self, renderer)

    monkeypatch.setattr(Figure, "draw", counting_draw)
    charts.setup_notebook()
    for make in ROW_CHARTS.values():
        charts.figure_svg(make(tables, "Alpha"))
    assert len(draws) == len(ROW_CHARTS)


def test_same_data_same_svg_and_text_as_text(tables) -> None:
    charts.setup_notebook()
    for make in ROW_CHARTS.values():
        first = charts.figure_svg(make(tables, "Zed"))
        assert first == charts.figure_svg(make(tables, "Zed"))
        assert ">Zed</text>" in first and "font-family: 'DejaVu Sans'" in first


def test_a_name_with_line_breaks_takes_one_row_and_warns_nothing(recwarn) -> None:
    names = ["Two\nlines", "tab\tand  spaces", "Plain"]
    table = synthetic_tables(names, articles_per_outlet=2)
    charts.setup_notebook()
    for make in ROW_CHARTS.values():
        figure = make(table, "Two\nlines")
        shown = sorted(text.get_text() for text in figure.get_axes()[0].texts)
        assert shown == ["Plain", "Two lines", "tab and spaces"]
        found = _extents(figure)
        rows = sorted(found["rows"], key=lambda box: box.y0)
        assert all(low.y1 <= high.y0 for low, high in pairwise(rows))
        assert all(box.x0 >= found["figure"][0].x0 for box in rows)
        charts.figure_svg(figure)
    # Measuring a line break with the font metrics warned "Glyph 10 missing" into the
    # reports' stderr output.
    assert not [w for w in recwarn if "missing from font" in str(w.message)]


def test_one_huge_article_puts_the_length_chart_on_a_log_scale(tables) -> None:
    """A 100,000-word page no longer squeezes every other article against the axis."""
    metrics = tables["article_metrics"].copy()
    linear = charts.chart_length(metrics).get_axes()[0]
    assert linear.get_xscale() == "linear" and linear.get_xlabel() == "length (words)"
    metrics.loc[metrics.index[0], "n_words"] = 100_000
    metrics.loc[metrics.index[1], "n_words"] = 0
    axes = charts.chart_length(metrics).get_axes()[0]
    assert axes.get_xscale() == "log"
    n = len(metrics)
    assert axes.get_xlabel() == f"length (words), log scale; 1 of {n} at 0 not shown"
    shown = axes.collections[0].get_offsets()[:, 0]
    assert len(shown) == n - 1 and shown.max() == 100_000
    low, high = axes.get_xlim()  # the axis spans the articles, not decades below them
    assert shown.min() / 2 < low < shown.min() and 100_000 < high < 200_000
    found = _extents(charts.chart_length(metrics))
    assert found["numbers"]  # the log axis has its tick numbers


def test_a_story_saved_again_is_one_dot_of_its_outlet(tables) -> None:
    metrics = tables["article_metrics"].assign(resave_of=None)
    drawn = charts.chart_length(metrics).get_axes()[0].collections[0].get_offsets()
    assert len(drawn) == len(metrics)
    metrics.loc[metrics.index[1], "resave_of"] = metrics.loc[metrics.index[0], "article_id"]
    metrics.loc[metrics.index[1], "n_words"] = 99_999  # a resave's words are not drawn
    drawn = charts.chart_length(metrics).get_axes()[0].collections[0].get_offsets()[:, 0]
    assert len(drawn) == len(metrics) - 1 and 99_999 not in drawn


@pytest.mark.parametrize("name", ["length", "quote share"])
def test_a_chart_of_many_outlets_draws_the_highest_and_lowest_and_says_so(name) -> None:
    # 1,800 outlets made one 811-inch chart, a 4 MB picture (review finding h46 G23)
    names = [f"Outlet {i:03d}" for i in range(100)]
    table = synthetic_tables(names, articles_per_outlet=2)  # length grows with the number
    figure = ROW_CHARTS[name](table, "Outlet 050")
    axes = figure.get_axes()[0]
    half = charts.MAX_CHART_OUTLETS // 2
    drawn = {text.get_text() for text in axes.texts}
    ends = {f"Outlet {i:03d}" for i in [*range(half), *range(100 - half, 100)]}
    assert drawn == ends | {"Outlet 050"}  # and the highlighted outlet, mid-ranked
    assert f"the {half} highest and {half} lowest of 100 outlets and this outlet" in (
        axes.get_title()
    )
    assert figure.get_size_inches()[1] <= 0.45 * (charts.MAX_CHART_OUTLETS + 1) + 3
    top = max(axes.texts, key=lambda text: text.get_position()[1]).get_text()
    assert top == ("Outlet 099" if name == "length" else "Outlet 000")  # the highest on top
    found = _extents(figure)
    title, plot = found["labels"][0], found["axes"][0]
    assert title.y0 >= plot.y1 and title.y1 <= found["figure"][0].y1 + 1.5
    few = ROW_CHARTS[name](synthetic_tables(names[:5]), None).get_axes()[0]
    assert "highest" not in few.get_title()  # a few outlets: every one, by name


def test_a_chart_of_many_outlets_ranks_only_those_with_an_interval() -> None:
    # h269: 1,197 outlets, 1,000 of them one-article unknown sites: "the 30 highest and
    # 30 lowest" were all one-article outlets, none of the 41 outlets ranked in the tables
    names = [f"Outlet {i:03d}" for i in range(100)]
    table = synthetic_tables(names)["outlet_metrics"]
    big = {f"Outlet {i:03d}" for i in range(0, 100, 5)}  # 20 outlets of 8 articles
    table["n_articles"] = [8 if name in big else 1 for name in table["outlet"]]
    axes = ROW_CHARTS["quote share"]({"outlet_metrics": table}, "Outlet 051").get_axes()[0]
    drawn = {text.get_text() for text in axes.texts}
    assert drawn == big | {"Outlet 051"}
    assert axes.get_title().endswith(
        "20 outlets with 6 articles or more, of 100 and this outlet (the table lists every outlet)"
    )


def test_a_long_row_name_is_cut_in_its_middle_and_takes_no_more_room():
    # h261: 'unknown site (PATH)' outlets of pasted texts took half the chart's width
    long = "unknown site (pasted/harbour/notes (copy) 8 Ferry fares rise again this winter.txt)"
    label = chart_layout.row_name(long)
    assert len(label) == chart_layout.MAX_ROW_NAME_CHARS
    assert label.startswith("unknown site (pasted/harbour/") and label.endswith("this winter.txt)")
    assert "…" in label
    assert chart_layout.row_name("Harbour Daily") == "Harbour Daily"
    assert chart_layout.tick_label("A $5 " + "x" * 60).startswith(r"A \$5 ")
    figures = {}
    for kind, name in (("cut", long), ("short", "x" * chart_layout.MAX_ROW_NAME_CHARS)):
        figure = Figure(figsize=(6, 2))
        axes = figure.add_subplot()
        axes.plot([1, 2], [0, 1])
        axes.set_title("Direct quotation by outlet")
        chart_layout.lay_out_row_chart(figure, axes, [name, "Harbour Daily"])
        figures[kind] = figure.subplotpars.left * figure.get_figwidth()
    assert figures["cut"] <= figures["short"] * 1.05


def test_an_outlets_readability_chart_draws_its_own_readability_language(tables) -> None:
    # A multilingual site's report (Thai, Chinese, Japanese, Arabic and one English
    # article) drew the language of most articles overall, German: none of its own
    # articles were on its chart (review h319, made-up outlets in eleven languages).
    article_metrics = tables["article_metrics"].copy()
    article_metrics["language"] = "de"
    scored = article_metrics.index[article_metrics["flesch_reading_ease"].notna()]
    mine = article_metrics.loc[scored[0], "outlet"]
    # most of the outlet's scored words are in English: its readability language
    article_metrics.loc[scored[0], ["language", "flesch_reading_ease", "n_words"]] = [
        "en",
        555.0,
        10_000,
    ]
    figure = charts.chart_readability(article_metrics, highlight=mine)
    axes = figure.get_axes()[0]
    drawn = [x for points in axes.collections for x, _ in points.get_offsets()]
    assert 555.0 in drawn
    assert "the formula for 'en' (this outlet's readability language) only" in axes.get_xlabel()
    # the comparison (no outlet highlighted) draws the readability language of most outlets
    overall = charts.chart_readability(article_metrics).get_axes()[0]
    assert "the formula for 'de' (the readability language of most outlets)" in (
        overall.get_xlabel()
    )


def test_the_comparisons_readability_chart_draws_the_language_its_rankings_use(tables) -> None:
    # One German outlet's many stories drew German, while the rankings rank the language
    # most outlets' readability is in (review h319: 'de' drawn, 'en' and 'fr' ranked).
    article_metrics = tables["article_metrics"].copy()
    article_metrics["language"] = "en"
    scored = article_metrics.index[article_metrics["flesch_reading_ease"].notna()]
    german = article_metrics.loc[scored[0], "outlet"]
    mine = article_metrics.index[article_metrics["outlet"] == german]
    extra = article_metrics.loc[[mine[0]] * 15].assign(language="de")
    article_metrics = pd.concat([article_metrics.drop(mine), extra], ignore_index=True)
    assert (
        article_metrics["language"].value_counts()["de"]
        > (
            article_metrics.loc[article_metrics["flesch_reading_ease"].notna(), "language"] == "en"
        ).sum()
    )
    label = charts.chart_readability(article_metrics).get_axes()[0].get_xlabel()
    assert "the formula for 'en' (the readability language of most outlets) only" in label


def test_the_length_chart_says_when_its_words_are_of_several_languages(tables) -> None:
    # A Japanese article's "words" are characters: one axis of lengths drew them beside
    # German and Tamil words without a word on it (review h319).
    article_metrics = tables["article_metrics"].copy()
    article_metrics["language"] = "de"
    label = charts.chart_length(article_metrics).get_axes()[0].get_xlabel()
    assert "languages" not in label
    article_metrics.loc[article_metrics.index[0], "language"] = "ja"
    label = charts.chart_length(article_metrics).get_axes()[0].get_xlabel()
    assert "articles in 2 languages: a word is not one unit across them" in label
