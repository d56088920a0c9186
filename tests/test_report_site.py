"""Issue 13, the parts a unit test can say fast: CLI help, parameters, ranks, speakers,
display of values, chart sizes."""

from __future__ import annotations

import argparse
import math
import tomllib

import numpy as np
import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from synthetic_tables import synthetic_tables

from analysis import cli, config
from analysis.report import charts, display, params, statistics, views
from analysis.report.params import ParameterError

# --------------------------------------------------------------------------- CLI


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = cli._build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_subcommand_and_argument_explains_itself() -> None:
    commands = _subcommands()
    assert set(commands) == {"extract", "clean", "metrics", "report", "references"}
    for name, parser in commands.items():
        assert parser.description and len(parser.description) > 40, name
        for action in parser._actions:
            assert action.help and len(action.help) > 10, (name, action.dest)
        text = parser.format_help()
        assert "None" not in text, (name, text)
        for action in parser._actions:
            if action.default not in (None, False, [], argparse.SUPPRESS):
                assert "default:" in (parser._get_formatter()._expand_help(action)), (
                    name,
                    action.dest,
                )


def test_console_script_is_declared() -> None:
    pyproject = tomllib.loads((config.PROJECT_ROOT / "pyproject.toml").read_text("utf-8"))
    assert pyproject["project"]["scripts"]["newscompare"] == "analysis.cli:run"
    assert callable(cli.run)


def test_clean_on_an_empty_folder_fails_with_a_clear_message(tmp_path, capsys) -> None:
    (tmp_path / "raw").mkdir()
    status = cli.main(["clean", str(tmp_path / "raw"), "--out", str(tmp_path / "out")])
    assert status == 1
    assert "no pages to clean" in capsys.readouterr().err
    assert not (tmp_path / "out" / "pages.parquet").exists()


# --------------------------------------------------------------------------- parameters


def _namespace(**values: object) -> dict[str, object]:
    declared = {"outlet": str, "processed_dir": str, "output_json": str}
    namespace: dict[str, object] = {"__annotations__": declared, "In": [], "_i1": "x"}
    namespace.update({"outlet": "", "processed_dir": "", "output_json": "", "views": np})
    namespace.update(values)
    return namespace


def test_notebook_parameters_pass_when_right() -> None:
    params.check_notebook_parameters(_namespace(outlet="Beta"))


def test_wrong_parameter_name_is_one_line_naming_the_right_ones() -> None:
    with pytest.raises(ParameterError) as caught:
        params.check_notebook_parameters(_namespace(outlet_name="Korea Herald"))
    message = str(caught.value)
    assert message == (
        "unknown parameter(s) outlet_name; this notebook takes outlet, output_json, processed_dir"
    )
    assert caught.value._render_traceback_() == [f"ParameterError: {message}"]


def test_wrong_parameter_type_is_refused() -> None:
    with pytest.raises(ParameterError, match="parameter outlet must be str, got int 7"):
        params.check_notebook_parameters(_namespace(outlet=7))


def test_misspelt_outlet_is_one_line_listing_valid_names() -> None:
    table = synthetic_tables(["Korea Herald", "beta"])["outlet_metrics"]
    with pytest.raises(ParameterError) as caught:
        views.choose_outlet(table, "Korea Heral")
    assert "\n" not in str(caught.value)
    assert str(caught.value).endswith("valid outlets: 'beta', 'Korea Herald'")
    assert views.choose_outlet(table, "korea herald") == "Korea Herald"
    assert views.choose_outlet(table, "korea-herald") == "Korea Herald"


# --------------------------------------------------------------------------- ranks


@pytest.fixture(scope="module")
def mixed_table() -> pd.DataFrame:
    """Three outlets with enough articles to rank, one with 2, a listing site with none."""
    big = synthetic_tables(
        ["A", "B", "C"],
        articles_per_outlet=statistics.MIN_RANKED_ARTICLES,
        listing_sites=("site.txt",),
    )
    small = synthetic_tables(["D"], articles_per_outlet=2)["outlet_metrics"]
    return pd.concat([big["outlet_metrics"], small], ignore_index=True)


def test_ranks_say_k_of_n_with_one_n(mixed_table: pd.DataFrame) -> None:
    for stat in statistics.OUTLET_STATISTICS:
        found = statistics.ranks(mixed_table, stat.column)
        assert "site.txt" not in found  # no articles: not ranked, not counted
        fewer = f"fewer than {statistics.MIN_RANKED_ARTICLES} articles"
        assert found["D"].rank is None and fewer in found["D"].describe()
        assert {r.of for r in found.values()} == {3}
        assert {found[n].rank for n in "ABC"} <= {1, 2, 3}


def test_overlapping_intervals_are_named() -> None:
    table = pd.DataFrame(
        {
            "outlet": ["A", "B", "C"],
            "n_articles": [6, 6, 6],
            "quote_share_pooled": [0.30, 0.28, 0.10],
            "quote_share_pooled_ci_low": [0.25, 0.20, 0.05],
            "quote_share_pooled_ci_high": [0.35, 0.33, 0.15],
        }
    )
    found = statistics.ranks(table, "quote_share_pooled")
    assert (found["A"].rank, found["B"].rank, found["C"].rank) == (1, 2, 3)
    assert found["A"].describe_overlap() == "ranks 2"
    assert found["C"].describe_overlap() == "none"


def test_readability_is_ranked_within_one_language() -> None:
    table = pd.DataFrame(
        {
            "outlet": ["A", "B", "C", "R"],
            "n_articles": [6, 6, 6, 6],
            "readability_language": ["en", "en", None, "ru"],
            "flesch_reading_ease_wmean": [60.0, 50.0, math.nan, 110.0],
            "quote_share_pooled": [0.1, 0.2, 0.3, 0.4],
        }
    )
    found = statistics.ranks(table, "flesch_reading_ease_wmean")
    assert (found["A"].rank, found["B"].rank, found["C"].rank) == (1, 2, None)
    assert found["R"].rank is None
    assert found["R"].describe() == "not ranked: readability in 'ru' (another formula)"
    assert {r.of for r in found.values()} == {4}
    assert statistics.ranks(table, "quote_share_pooled")["R"].rank == 1  # not readability


def test_counts_of_words_are_ranked_among_outlets_writing_in_one_language() -> None:
    # A site in Thai, Chinese, Japanese, Arabic and English ranked first for words and
    # median length: its Chinese and Japanese "words" are characters (review h319).
    table = pd.DataFrame(
        {
            "outlet": ["A", "B", "J", "M"],
            "n_articles": [6, 6, 6, 6],
            "languages": ["de 6", "de 6", "ja 6", "ja 2, zh 2, en 2"],
            "median_words": [300.0, 200.0, 900.0, 700.0],
            "quote_share_pooled": [0.1, 0.2, 0.3, 0.4],
        }
    )
    found = statistics.ranks(table, "median_words")
    assert (found["A"].rank, found["B"].rank) == (1, 2)
    assert found["J"].describe() == (
        "not ranked: words in 'ja' (a word is another unit in another language)"
    )
    assert found["M"].describe() == (
        "not ranked: articles in 3 languages (a word is not one unit across languages)"
    )
    assert {r.of for r in found.values()} == {4}
    assert statistics.ranks(table, "quote_share_pooled")["M"].rank == 1  # a share: one unit
    shown = views.outlet_vs_others(table, "J").data.set_index("statistic (unit)")
    assert math.isnan(shown.loc["median article length (words)", "others: median"])
    assert shown.loc["quote share, scare quotes left out (% of words)", "others: median"] == 0.2


def test_outlet_vs_others_shows_rank_and_interval(mixed_table: pd.DataFrame) -> None:
    shown = views.outlet_vs_others(mixed_table, "A")
    ranks = set(shown.data["rank"])
    assert ranks <= {"1 of 3", "2 of 3", "3 of 3"}
    text = repr(shown)
    assert "nan" not in text.lower() and "None" not in text
    assert "–" in text  # the intervals
    small = views.outlet_vs_others(mixed_table, "D")
    fewer = f"not ranked: fewer than {statistics.MIN_RANKED_ARTICLES} articles"
    assert set(small.data["rank"]) == {fewer}


def test_outlet_without_articles_is_not_in_tables_or_charts(mixed_table: pd.DataFrame) -> None:
    assert "site.txt" not in set(views.outlet_table(mixed_table).data["outlet"])
    figure = charts.chart_quote_share(mixed_table)
    labels = [t.get_text() for t in figure.get_axes()[0].texts]  # the row names
    assert sorted(labels) == ["A", "B", "C", "D"]


# --------------------------------------------------------------------------- speakers


def test_speaker_variants_count_as_one_and_pronouns_are_left_out() -> None:
    speakers = ["The ministry", "the ministry", "the ministry", "Ambassador Lea O'Hare"]
    speakers += ["Lea O’Hare", "he", "They"]
    quotes = pd.DataFrame(
        {
            "outlet": "A",
            "article_id": "p#0",
            "quote_index": range(len(speakers)),
            "speaker": speakers,
            "attributed": True,
            "n_words": 2,
        }
    )
    shown = views.speaker_counts(quotes).data
    assert shown["speaker"].tolist() == ["Lea O'Hare", "(unnamed)"]
    assert shown["quotes (count)"].tolist() == [2, 3]


# --------------------------------------------------------------------------- display


def test_values_are_shown_for_readers() -> None:
    table = display.ReportTable(
        pd.DataFrame(
            {
                "n (count)": [1234.0, np.nan],
                "share (%)": [0.1234, None],
                "flag": [True, False],
                "name": ["x", None],
            }
        ),
        {"n (count)": "count", "share (%)": "percent", "flag": "yesno"},
    )
    assert table.cells() == [["1,234", "12.3", "yes", "x"], ["–", "–", "no", "–"]]
    html = table._repr_html_()
    assert "None" not in html and "nan" not in html and "<th" in html
    empty = display.ReportTable(pd.DataFrame({"a": []}))
    assert "none found" in empty._repr_html_() and repr(empty) == "none found"


def test_every_outlet_table_header_has_a_unit(mixed_table: pd.DataFrame) -> None:
    shown = views.outlet_table(mixed_table)
    for column in shown.shown_columns[1:]:
        assert column.endswith(")") and "(" in column, column
    assert any("of the card, for a listing card" in c for c in shown.shown_columns)


# --------------------------------------------------------------------------- charts


def test_copy_map_fits_a_page_for_many_outlets() -> None:
    names = [f"Outlet number {i}" for i in range(35)]
    pairs = pd.DataFrame(
        {
            "outlet_a": [names[i] for i in range(34)],
            "outlet_b": [names[i + 1] for i in range(34)],
        }
    )
    figure = charts.chart_copy_map(pairs, names)
    width, height = figure.get_size_inches()
    assert width <= charts.MAX_MAP_INCHES and height <= charts.MAX_MAP_INCHES
    assert len(figure.get_axes()) == 2  # the map and its colour bar


@pytest.mark.parametrize("n_pairs", [1, 3, 7, 40])
def test_copy_map_colour_bar_counts_in_whole_pairs_and_its_label_is_whole(n_pairs: int) -> None:
    # A count scale has integer ticks (0.25 pairs means nothing), and the colour bar's
    # label stays inside the figure, also for the smallest map (two outlets).
    pairs = pd.DataFrame({"outlet_a": ["A"] * n_pairs, "outlet_b": ["B"] * n_pairs})
    figure = charts.chart_copy_map(pairs, ["A", "B", "C"])
    FigureCanvasAgg(figure)  # measures texts as the saved SVG lays them out
    figure.draw_without_rendering()
    colour_bar = figure.get_axes()[1]
    ticks = [t for t in colour_bar.get_yticks() if 0 <= t <= n_pairs]
    assert len(ticks) >= 2 and all(float(t).is_integer() for t in ticks), ticks
    renderer = figure.canvas.get_renderer()
    label = colour_bar.yaxis.label.get_window_extent(renderer)
    page = figure.bbox
    assert label.y0 >= page.y0 - 1 and label.y1 <= page.y1 + 1, (label, page)
    assert label.x0 >= page.x0 - 1 and label.x1 <= page.x1 + 1, (label, page)


def test_dot_charts_explain_their_marks(mixed_table: pd.DataFrame) -> None:
    table = synthetic_tables(["A", "B"], articles_per_outlet=3)
    for figure in (
        charts.chart_readability(table["article_metrics"]),
        charts.chart_quote_share(table["outlet_metrics"]),
    ):
        legend = figure.get_axes()[0].get_legend()
        assert legend is not None and len(legend.get_texts()) == 2
        assert not math.isnan(figure.get_size_inches()[1])


# --------------------------------------------------------------------------- make


def test_make_bench_runs_every_benchmark_and_no_stage_is_called_clean() -> None:
    import re
    import sys
    from pathlib import Path

    makefile = (config.PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    listed = re.search(r"^BENCHMARKS := (.*?)(?<!\\)$", makefile, re.MULTILINE | re.DOTALL)
    assert listed is not None
    names = set(listed.group(1).replace("\\\n", " ").split())
    present = {p.stem for p in (config.PROJECT_ROOT / "benchmarks").glob("*.py")}
    assert names == present
    assert not re.search(r"^clean:", makefile, re.MULTILINE)
    assert (Path(sys.executable).parent / "newscompare").is_file()


def test_speaker_counts_of_an_outlet_without_named_speakers_say_none_found() -> None:
    quotes = pd.DataFrame(
        {
            "outlet": ["A", "B"],
            "article_id": ["a#0", "b#0"],
            "quote_index": [0, 0],
            "speaker": [None, "he"],
            "attributed": [False, True],
            "n_words": [3, 2],
        }
    )
    for outlet in ("A", "B", "C"):
        shown = views.speaker_counts(quotes, outlet)
        assert len(shown) == 0 and repr(shown) == "none found"


class _FakeShell:
    """Just enough of IPython's shell for the post-run hook."""

    def __init__(self) -> None:
        self.hooks: list = []
        self.events = self

    def register(self, event: str, callback) -> None:
        assert event == "post_run_cell"
        self.hooks.append(callback)

    def run_cell(self, namespace: dict, source: str = "x = 1", **names: object) -> None:
        from types import SimpleNamespace

        namespace.update(names)
        for hook in self.hooks:
            hook(SimpleNamespace(info=SimpleNamespace(raw_cell=source)))


def test_run_all_twice_in_one_kernel_is_not_a_wrong_parameter() -> None:
    shell = _FakeShell()
    namespace = _namespace(outlet="Beta", get_ipython=lambda: shell)
    params.check_notebook_parameters(namespace)
    shell.run_cell(namespace, tables=object(), summary={})  # the notebook's later cells
    params.check_notebook_parameters(namespace)  # Run All again: the same names are back
    assert len(shell.hooks) == 1  # one hook, however often the notebook runs


def test_a_wrong_name_is_still_refused_in_a_kernel_that_ran_the_notebook() -> None:
    shell = _FakeShell()
    namespace = _namespace(outlet="Beta", get_ipython=lambda: shell)
    params.check_notebook_parameters(namespace)
    shell.run_cell(namespace, tables=object())
    # The user edits the parameters cell and runs it again in the same kernel.
    source = 'outlet: str = "Beta"\noutlet_name = "Korea Herald"'
    shell.run_cell(namespace, source=source, outlet_name="Korea Herald")
    with pytest.raises(ParameterError, match=r"unknown parameter\(s\) outlet_name;"):
        params.check_notebook_parameters(namespace)
    # So does papermill's injected cell.
    shell.run_cell(namespace, source="# Parameters\nregion = 'x'\n", region="x")
    with pytest.raises(ParameterError, match=r"unknown parameter\(s\) outlet_name, region;"):
        params.check_notebook_parameters(namespace)


# --------------------------------------------------------------------------- HTML pages


def _notebook_with_every_output_kind() -> object:
    import nbformat

    figure = charts.chart_copy_map(pd.DataFrame({"outlet_a": ["A"], "outlet_b": ["B"]}), "AB")
    outputs = [
        nbformat.v4.new_output(
            "display_data", data={"image/svg+xml": charts.figure_svg(figure), "text/plain": "c"}
        ),
        nbformat.v4.new_output(
            "execute_result",
            data={"text/html": "<table><tr><td>A &amp; B ¶</td></tr></table>"},
            execution_count=1,
        ),
        nbformat.v4.new_output("display_data", data={"image/png": "iVBORw0KGgo="}),
        nbformat.v4.new_output("stream", name="stdout", text="statistics written: 48 fields\n"),
    ]
    return nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# Outlet report\n\nSome *text* and a [link](x.html)."),
            nbformat.v4.new_code_cell("chart", outputs=outputs, execution_count=1),
        ],
        metadata={"language_info": {"name": "python"}},
    )


def test_report_page_is_nbconverts_page_without_its_beautifulsoup_pass(monkeypatch) -> None:
    # nbconvert's HTMLExporter parses and re-serializes each page with BeautifulSoup
    # (~0.4 CPU-s a report) to add alt text and tabindex; render_html adds them itself.
    # Same document: nbconvert's page equals ours once both are BeautifulSoup-serialized.
    from bs4 import BeautifulSoup
    from nbconvert import HTMLExporter
    from nbconvert.exporters import html as nbconvert_html

    from analysis.report import render

    nb = _notebook_with_every_output_kind()
    reference = HTMLExporter(
        extra_loaders=[render.jinja2.FileSystemLoader(render.TEMPLATES_DIR)],
        template_file=render.OFFLINE_TEMPLATE,
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    body, _ = reference.from_notebook_node(nb, resources={"metadata": {"name": "T"}})
    theirs = render._SVG_IMAGE.sub(render._svg_alt_text, body)

    def no_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("render_html parsed the page with BeautifulSoup")

    monkeypatch.setattr(nbconvert_html, "BeautifulSoup", no_parse)
    ours = render.render_html(nb, "T")
    assert str(BeautifulSoup(ours, features="html.parser")) == theirs
    assert ours.count('tabindex="0"') == theirs.count('tabindex="0"') >= 5
    assert 'alt="Shared copy between outlets' in ours
    assert ours.count(f'alt="{render._NO_DESCRIPTION}"') == 1  # the PNG


def test_dates_and_group_ids_are_not_broken_at_their_hyphens() -> None:
    # A narrow column showed "2019-11-" above "18" and "copy-" above the group's hash.
    table = synthetic_tables(["A", "B"], articles_per_outlet=2)
    articles = table["articles"].assign(published="2019-11-18")
    shown = views.outlet_articles(table["article_metrics"], articles, "A")
    html = shown._repr_html_()
    assert '<td class="text nowrap">2019-11-18</td>' in html
    assert ".report-table td.nowrap { white-space: nowrap; }" in html
    assert display.ReportTable(pd.DataFrame({"x": ["a-b"]}), {"x": "token"}).cells() == [["a-b"]]


def test_titles_and_quotations_keep_a_reading_width_in_wide_tables() -> None:
    # The outlet's article table (14 columns, three ids that never break) left its title
    # column a word or two wide at 1280 pixels (walk-through screenshot).
    table = synthetic_tables(["A", "B"], articles_per_outlet=2)
    shown = views.outlet_articles(table["article_metrics"], table["articles"], "A")
    html = shown._repr_html_()
    assert '<td class="text prose">Story 0 of outlet 0</td>' in html
    assert '<th class="text prose">title</th>' in html
    assert f"td.prose, .report-table th.prose {{ min-width: {display.PROSE_MIN_WIDTH}; }}" in html
    quotes = views.outlet_quotes(table["quotes"], "A", table["article_metrics"])
    assert quotes._aligns()[quotes.shown_columns.index("quote")] == "text prose"
    copies = views.copy_groups(table["article_metrics"], table["articles"])
    assert copies._aligns()[copies.shown_columns.index("title")] == "text prose"
    assert "prose" not in shown._aligns()[shown.shown_columns.index("page")]
