"""What the notebooks show: selections, comparisons, charts and the labelled lines."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest
from synthetic_tables import synthetic_tables, write_synthetic_tables

from analysis import config
from analysis.errors import AnalysisError, TableError
from analysis.report import charts, exploration, views
from analysis.report.params import ParameterError

OUTLETS = ["Beta", "Alpha", "<i>Gamma</i>"]


@pytest.fixture(scope="module")
def tables() -> views.Tables:
    return views.Tables(**synthetic_tables(OUTLETS))


def test_load_tables_names_the_missing_file(tmp_path: Path) -> None:
    with pytest.raises(AnalysisError, match=r"outlet_metrics\.parquet: missing.*metrics"):
        views.load_table("outlet_metrics", tmp_path)


def test_load_tables_reads_every_table(tmp_path: Path) -> None:
    write_synthetic_tables(tmp_path, OUTLETS)
    loaded = views.load_tables(str(tmp_path))
    assert sorted(loaded.outlet_metrics["outlet"]) == sorted(OUTLETS)
    # the pages' chrome-line hashes are metrics' input, not a notebook's
    assert "chrome_lines" in pd.read_parquet(tmp_path / "pages.parquet").columns
    assert "chrome_lines" not in loaded.pages.columns
    assert "boilerplate_ratio" in loaded.pages.columns


def _shown(tables, outlet: str) -> list[pd.DataFrame]:
    """Every table an outlet report shows (the views of notebooks/outlet_report.py)."""
    shown = [
        views.outlet_vs_others(tables.outlet_metrics, outlet),
        views.outlet_articles(tables.article_metrics, tables.articles, outlet),
        views.speaker_counts(tables.quotes, outlet),
        views.outlet_quotes(tables.quotes, outlet),
        views.copy_groups(tables.article_metrics, tables.articles, outlet),
    ]
    return [table.data for table in shown]


@pytest.mark.parametrize("outlet", OUTLETS)
def test_an_outlet_report_reads_only_its_rows_and_shows_the_same(tmp_path, outlet) -> None:
    write_synthetic_tables(tmp_path, OUTLETS)
    whole = views.load_tables(tmp_path)
    mine = views.load_tables_for_outlet(tmp_path, outlet)
    assert mine.outlet == outlet
    assert set(mine.quotes["outlet"]) <= {outlet}
    assert set(mine.articles.columns) == set(views.OUTLET_REPORT_ARTICLE_COLUMNS)
    assert len(mine.articles) < len(whole.articles)  # others' articles are not read
    for got, expected in zip(_shown(mine, outlet), _shown(whole, outlet), strict=True):
        pd.testing.assert_frame_equal(got, expected)


def test_an_outlet_report_reads_the_articles_of_its_copy_groups(seed_tables) -> None:
    folder = seed_tables["articles"].parent
    whole = views.load_tables(folder)
    grouped = whole.article_metrics.dropna(subset=["copy_group"])
    if grouped.empty:
        pytest.skip("no shared copy among the seed articles")
    outlet = str(grouped["outlet"].iloc[0])
    mine = views.load_tables_for_outlet(folder, outlet)
    for got, expected in zip(_shown(mine, outlet), _shown(whole, outlet), strict=True):
        pd.testing.assert_frame_equal(got, expected)


def test_choose_outlet_defaults_to_first_by_name(tables: views.Tables) -> None:
    assert views.choose_outlet(tables.outlet_metrics, "") == "<i>Gamma</i>"
    with_listing = synthetic_tables(OUTLETS, listing_sites=("000_listing.txt",))
    assert views.choose_outlet(with_listing["outlet_metrics"], "") == "<i>Gamma</i>"
    assert views.choose_outlet(with_listing["outlet_metrics"], "000_listing.txt") == (
        "000_listing.txt"
    )
    only_listing = with_listing["outlet_metrics"].assign(n_articles=0)
    assert views.choose_outlet(only_listing, "") == "000_listing.txt"
    assert views.choose_outlet(tables.outlet_metrics, "Beta") == "Beta"
    with pytest.raises(AnalysisError, match="unknown outlet 'Nobody'; valid outlets: "):
        views.choose_outlet(tables.outlet_metrics, "Nobody")


def test_outlet_vs_others_ranks_and_summarizes(tables: views.Tables) -> None:
    table = views.outlet_vs_others(tables.outlet_metrics, "Beta").data
    table = table.set_index("statistic (unit)")
    words = tables.outlet_metrics.set_index("outlet")["total_words"]
    row = table.loc["words (count)"]
    assert row["Beta"] == words["Beta"]
    others = words.drop("Beta")
    assert row["others: median"] == others.median()
    assert row["others: lowest"] == others.min()
    assert row["rank"].startswith("not ranked: fewer than")  # 2 articles each
    quote = table.loc["quote share, scare quotes left out (% of words)"]
    share = tables.outlet_metrics.set_index("outlet").loc["Beta", "quote_share_pooled"]
    assert quote["Beta"] == share  # a fraction in the data, a percentage on the page
    shown = views.outlet_vs_others(tables.outlet_metrics, "Beta")
    assert f"{100 * share:.1f}" in repr(shown)


def test_outlet_vs_others_compares_readability_within_one_language(tables) -> None:
    # Another language's Flesch score is another formula (German: Amstad's): it must
    # not be the "others: lowest" an English outlet is read against.
    metrics = tables.outlet_metrics.copy()
    metrics["readability_language"] = ["en", "de", "en"]  # Beta, Alpha, <i>Gamma</i>
    metrics["flesch_reading_ease_wmean"] = [60.0, 20.0, 70.0]
    metrics["total_words"] = [300, 200, 500]
    shown = views.outlet_vs_others(metrics.assign(outlet=OUTLETS), "Beta")
    table = shown.data.set_index("statistic (unit)")
    flesch = table.loc["Flesch reading ease (score, higher = easier)"]
    assert flesch["others: lowest"] == flesch["others: highest"] == 70.0  # Gamma alone
    words = table.loc["words (count)"]
    assert (words["others: lowest"], words["others: highest"]) == (200, 500)  # every other
    assert "readability language is also 'en'" in shown.caption


def test_outlet_table_is_sorted_with_units(tables: views.Tables) -> None:
    table = views.outlet_table(tables.outlet_metrics)
    assert list(table.data["outlet"]) == sorted(OUTLETS, key=str.casefold)
    assert all("(" in column and column.endswith(")") for column in table.shown_columns[1:])
    assert table.formats["articles (count)"] == "count"


def test_outlet_table_shows_teasers_only_when_an_outlet_has_one(tables: views.Tables) -> None:
    metrics = tables.outlet_metrics.assign(n_teasers=0)
    assert views.TEASERS_HEADER not in views.outlet_table(metrics).data.columns
    metrics["n_teasers"] = [0, 2, 0]
    shown = views.outlet_table(metrics)
    columns = list(shown.data.columns)
    assert columns[columns.index("articles (count)") + 1] == views.TEASERS_HEADER
    assert sorted(shown.data[views.TEASERS_HEADER]) == [0, 0, 2]
    assert shown.formats[views.TEASERS_HEADER] == "count"


def test_an_outlets_articles_say_which_are_teasers_and_why(tables: views.Tables) -> None:
    shown = views.outlet_articles(tables.article_metrics, tables.articles, "Alpha")
    assert views.TEASER_REASON_HEADER not in shown.data.columns  # no teaser: no column
    articles = tables.articles.copy()
    cut = articles.index[articles["outlet"] == "Alpha"][0]
    articles.loc[cut, ["is_teaser", "teaser_reason"]] = [True, 'paywall: "Subscribe to read on"']
    shown = views.outlet_articles(tables.article_metrics, articles, "Alpha").data
    reasons = shown.set_index("article")[views.TEASER_REASON_HEADER]
    assert reasons[articles.loc[cut, "article_id"]] == 'paywall: "Subscribe to read on"'
    assert reasons.isna().sum() == len(reasons) - 1


def test_outlet_table_shows_resaves_only_when_an_outlet_has_one(tables: views.Tables) -> None:
    metrics = tables.outlet_metrics.assign(n_resaves=0)
    assert views.RESAVES_HEADER not in views.outlet_table(metrics).data.columns
    metrics["n_resaves"] = [0, 0, 3]
    shown = views.outlet_table(metrics)
    columns = list(shown.data.columns)
    assert columns[columns.index("articles (count)") + 1] == views.RESAVES_HEADER
    assert sorted(shown.data[views.RESAVES_HEADER]) == [0, 0, 3]
    assert shown.formats[views.RESAVES_HEADER] == "count"


def test_an_outlets_articles_name_the_save_counted_for_a_resave(tables: views.Tables) -> None:
    shown = views.outlet_articles(tables.article_metrics, tables.articles, "Alpha")
    assert views.RESAVE_OF_HEADER not in shown.data.columns  # no resave: no column
    metrics = tables.article_metrics.assign(resave_of=None)
    mine = metrics.index[metrics["outlet"] == "Alpha"]
    kept, again = metrics.loc[mine[0], "article_id"], metrics.loc[mine[1], "article_id"]
    metrics.loc[mine[1], "resave_of"] = kept
    shown = views.outlet_articles(metrics, tables.articles, "Alpha")
    same = shown.data.set_index("article")[views.RESAVE_OF_HEADER]
    assert same[again] == kept and same.isna().sum() == len(same) - 1
    assert shown.formats[views.RESAVE_OF_HEADER] == "token"


def test_outlet_selections_keep_only_the_outlet(tables: views.Tables) -> None:
    articles = views.outlet_articles(tables.article_metrics, tables.articles, "Alpha").data
    expected = tables.article_metrics.loc[tables.article_metrics["outlet"] == "Alpha"]
    assert sorted(articles["article"]) == sorted(expected["article_id"])
    # where each article's outlet, title and date came from is shown
    assert set(articles["outlet from"]) == {"page"}
    assert {"title from", "date from"} <= set(articles.columns)
    quotes = views.outlet_quotes(tables.quotes, "Alpha").data
    assert set(quotes["article"]) <= set(expected["article_id"])
    speakers = views.speaker_counts(tables.quotes, "Alpha").data.set_index("speaker")
    # the fixture's speaker, "Officials", is a group: counted in the "(unnamed)" row
    assert speakers.loc["(unnamed)", "quotes (count)"] == len(quotes)


def test_quotations_table_shows_a_resolved_pronoun_as_printed() -> None:
    quotes = pd.DataFrame(
        {
            "outlet": ["Alpha"] * 3,
            "article_id": ["a"] * 3,
            "quote_index": [0, 1, 2],
            "speaker": ["Ann Lee", "Ann Lee", None],
            "speaker_as_printed": ["Ann Lee", "she", None],
            "n_words": [4, 5, 6],
            "is_scare": [False, False, False],
            "text": ["one two three four", "one two three four five", "a b c d e f"],
        }
    )
    shown = views.outlet_quotes(quotes, "Alpha").data
    assert shown["speaker"].tolist() == ["Ann Lee", "she (read as Ann Lee)", "(unattributed)"]
    assert shown["name"].tolist() == ["Ann Lee", "Ann Lee", ""]


def test_copy_groups_and_matrix_agree(tables: views.Tables) -> None:
    groups = views.copy_groups(tables.article_metrics, tables.articles, "Alpha").data
    assert set(groups["outlet"]) == set(OUTLETS)
    matrix = views.copy_matrix(tables.copy_pairs, OUTLETS)
    assert (matrix.to_numpy() == matrix.to_numpy().T).all()
    assert matrix.to_numpy().sum() == 2 * len(tables.copy_pairs)
    pairs = views.copy_pair_counts(tables.copy_pairs).data
    assert pairs["near-duplicate article pairs (count)"].sum() == len(tables.copy_pairs)


def test_outlet_summary_is_json_safe(tables: views.Tables, tmp_path: Path) -> None:
    metrics = tables.outlet_metrics.copy()
    metrics.loc[metrics["outlet"] == "Beta", "original_share"] = math.nan
    summary = views.outlet_summary(metrics, "Beta")
    assert summary["outlet"] == "Beta"
    assert summary["original_share"] is None
    assert isinstance(summary["n_articles"], int)
    path = tmp_path / "beta.json"
    views.write_outlet_json(summary, path)
    assert json.loads(path.read_text(encoding="utf-8")) == summary
    assert "not written" in views.write_outlet_json(summary, "")


def test_a_saved_reports_json_is_not_overwritten_with_another_outlets(
    tables: views.Tables, tmp_path: Path
) -> None:
    # a saved report (beta.json beside it) run again with its outlet changed to Alpha
    path = tmp_path / "beta.json"
    views.write_outlet_json(views.outlet_summary(tables.outlet_metrics, "Beta"), path)
    before = path.read_bytes()
    alpha = views.outlet_summary(tables.outlet_metrics, "Alpha")
    with pytest.raises(
        ParameterError, match=r"beta.json holds the statistics of 'Beta'.*alpha.json"
    ):
        views.write_outlet_json(alpha, path)
    assert path.read_bytes() == before
    # the same outlet (a case-only rename keeps its file name) and a new file are written
    views.write_outlet_json({**alpha, "outlet": "BETA"}, path)
    views.write_outlet_json(alpha, tmp_path / "alpha.json")
    (tmp_path / "notes.json").write_text("[1, 2]", encoding="utf-8")  # not a report's
    views.write_outlet_json(alpha, tmp_path / "notes.json")


def test_heading_escapes_the_outlet_name() -> None:
    heading = views.outlet_heading("<i>Gamma</i>", "outlet report")
    assert "<i>" not in heading._repr_html_()
    assert "&lt;i&gt;Gamma&lt;/i&gt;" in heading._repr_html_()


@pytest.mark.parametrize(
    "chart",
    [
        lambda t: charts.chart_readability(t.article_metrics, highlight="Beta"),
        lambda t: charts.chart_length(t.article_metrics),
        lambda t: charts.chart_quote_share(t.outlet_metrics, highlight="Beta"),
        lambda t: charts.chart_boilerplate_ratio(t.outlet_metrics),
        lambda t: charts.chart_copy_map(t.copy_pairs, OUTLETS),
    ],
)
def test_charts_have_titles_labels_and_stable_svg(tables: views.Tables, chart) -> None:
    # the notebooks' settings (fonts) first: both figures are drawn under them, whether
    # or not an earlier test of this process set them up
    charts.setup_notebook()
    figure = chart(tables)
    axes = figure.get_axes()[0]
    assert axes.get_title() and axes.get_xlabel() and axes.get_ylabel()
    first, second = charts.figure_svg(figure), charts.figure_svg(chart(tables))
    assert first == second
    assert "<dc:date>" not in first
    assert f"<dc:title>{axes.get_title()}" in first


def test_an_outlets_articles_and_quotes_are_in_page_order() -> None:
    # ids are hashes: ordered by them, a listing's cards came in no order a reader sees
    metrics = pd.DataFrame(
        {
            "article_id": ["f1", "0a", "9c", "5e"],
            "page": ["home.txt", "home.txt", "story.txt", "home.txt"],
            "article_index": [0, 2, 0, 1],
            "layout": ["listing", "listing", "article", "listing"],
            "outlet": ["Alpha"] * 4,
            "title": ["One", "Three", "Story", "Two"],
            "n_words": [10, 12, 300, 11],
            "quote_share": [0.0] * 4,
            "flesch_reading_ease": [60.0] * 4,
            "copy_group": [None] * 4,
            "resave_of": [None] * 4,
        }
    )
    articles = metrics[["article_id"]].assign(byline=None)
    table = views.outlet_articles(metrics, articles, "Alpha").data
    assert table["page"].tolist() == [
        "home.txt (card 1)",
        "home.txt (card 2)",
        "home.txt (card 3)",
        "story.txt",
    ]
    quotes = pd.DataFrame(
        {
            "article_id": ["9c", "9c", "f1"],
            "quote_index": [1, 0, 0],
            "outlet": ["Alpha"] * 3,
            "speaker": ["B", "A", "C"],
            "n_words": [3, 3, 3],
            "is_scare": [False] * 3,
            "text": ["b", "a", "c"],
        }
    )
    shown = views.outlet_quotes(quotes, "Alpha", metrics).data
    assert shown["speaker"].tolist() == ["C", "A", "B"]


def test_the_length_charts_median_leaves_teasers_out_as_the_outlet_table_does() -> None:
    from matplotlib.collections import LineCollection

    metrics = pd.DataFrame(
        {
            "outlet": ["Alpha"] * 6 + ["Beta"] * 2,
            "n_words": [100, 200, 300, 12, 14, 16, 15, 18],
            "is_teaser": [False, False, False, True, True, True, True, True],
        }
    )
    axes = charts.chart_length(metrics).get_axes()[0]
    (bars,) = [c for c in axes.collections if isinstance(c, LineCollection)]
    medians = [segment[0][0] for segment in bars.get_segments()]
    assert medians == [200.0]  # Alpha's full texts; Beta, teasers only, has no median
    hollow = [c for c in axes.collections if not isinstance(c, LineCollection)][1]
    assert len(hollow.get_offsets()) == 5 and hollow.get_facecolors().size == 0
    legend = [text.get_text() for text in axes.get_legend().get_texts()]
    assert legend == ["one article", "teaser (not in the median)", "outlet median"]


def test_labelled_lines_mark_every_line(tables: views.Tables) -> None:
    page = sorted(tables.blocks["page"])[0]
    shown = exploration.labelled_lines(tables.blocks, page)
    page_text = "".join(tables.blocks.loc[tables.blocks["page"] == page, "text"])
    assert len(shown.lines) == len([line for line in page_text.split("\n") if line.strip()])
    rendered = shown._repr_html_()
    for label, (marker, colour) in exploration.LABEL_STYLES.items():
        if label in set(tables.blocks.loc[tables.blocks["page"] == page, "label"]):
            assert f"[{marker}]" in rendered
            assert colour in rendered
    assert repr(shown).startswith(f"{page}: {len(shown.lines)} lines")
    with pytest.raises(AnalysisError):
        exploration.labelled_lines(tables.blocks, "no-such-page")


def test_label_shares_add_up_to_100(tables: views.Tables) -> None:
    shares = exploration.label_shares(tables.blocks)
    assert shares.sum(axis=1).round(0).eq(100).all()
    assert isinstance(shares, pd.DataFrame)


def test_a_notebook_kernel_does_not_import_the_notebook_machinery() -> None:
    # nbformat's JSON-schema validator costs seconds of CPU per kernel to import; the
    # report notebooks need only the views, the charts and our templates.
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from IPython.core.formatters import DisplayFormatter\n"
        "from analysis.report import charts, params, views\n"
        "charts.setup_notebook()\n"
        "DisplayFormatter().format(views.outlet_heading('x', 'outlet report'))\n"
        "DisplayFormatter().format(views.navigation('outlet'))\n"
        "print(sorted(m for m in ('nbformat', 'jsonschema', 'nbconvert', 'papermill') "
        "if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_outlet_reports_tables_name_each_articles_page_file() -> None:
    # only the 16-hex id was shown: a surprising figure could not be traced to its file
    # without opening articles.parquet (review finding h46 G20)
    tables = synthetic_tables(["Harbour", "Valley"], articles_per_outlet=3)
    metrics = tables["article_metrics"].copy()
    mine = metrics["outlet"] == "Harbour"
    listing = metrics.index[mine][1]
    metrics.loc[listing, ["page", "article_index", "layout"]] = ["front.txt", 4, "listing"]
    shown = views.outlet_articles(metrics, tables["articles"], "Harbour").data
    expected = {
        article_id: "front.txt (card 5)" if row == listing else page
        for row, article_id, page in zip(
            metrics.index[mine],
            metrics.loc[mine, "article_id"],
            metrics.loc[mine, "page"],
            strict=True,
        )
    }
    assert dict(zip(shown["article"], shown["page"], strict=True)) == expected
    quotes = views.outlet_quotes(tables["quotes"], "Harbour", metrics).data
    assert not quotes.empty
    assert [expected[a] for a in quotes["article"]] == quotes["page"].tolist()
    assert "page" not in views.outlet_quotes(tables["quotes"], "Harbour").data.columns


def test_the_tour_shows_the_pages_named_or_the_first_by_name() -> None:
    # the exploration notebook looped over every page of the study: 11 kB of HTML a
    # page, ~110 MB at 10,000 pages (review finding h46 G8)
    tables = synthetic_tables(["Harbour", "Valley", "Coast"], articles_per_outlet=3)
    names = sorted(tables["pages"]["page"])
    assert exploration.tour_pages(tables["pages"]) == names[: exploration.DEFAULT_TOUR_PAGES]
    assert exploration.tour_pages(tables["pages"], n_pages=2) == names[:2]
    chosen = f"{names[4]}\n\n  {names[1]}  \n{names[4]}\n"
    assert exploration.tour_pages(tables["pages"], chosen) == [names[4], names[1]]
    with pytest.raises(AnalysisError, match=r"no page named 'nowhere\.txt' among the 9 pages"):
        exploration.tour_pages(tables["pages"], "nowhere.txt")


def test_a_processed_folder_under_home_is_found(tmp_path, monkeypatch) -> None:
    # the README writes a study to ~/study/processed; "~" was taken literally (h46 G8)
    monkeypatch.setenv("HOME", str(tmp_path))
    write_synthetic_tables(tmp_path / "study" / "processed", OUTLETS)
    loaded = views.load_tables("~/study/processed")
    assert sorted(loaded.outlet_metrics["outlet"]) == sorted(OUTLETS)


def test_a_missing_tables_folder_says_why_the_notebook_looked_there(tmp_path, monkeypatch) -> None:
    # papermill -p outlet X on a saved report drops its processed_dir: the notebook read
    # the project's data/processed and said "missing; run metrics first" (h277 F4)
    monkeypatch.setattr(config, "PROCESSED_DIR", tmp_path / "data" / "processed")
    with pytest.raises(TableError, match=r"processed_dir is empty.*-p processed_dir"):
        views.load_tables_for_outlet("", "Beta")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(TableError, match=r"'\.\./\.\./processed' is read from the working folder"):
        views.load_tables("../../processed")
    with pytest.raises(TableError, match=r"no such folder$"):
        views.load_tables(tmp_path / "nowhere")


def test_the_comparison_shows_only_the_outlets_asked_for(tables: views.Tables) -> None:
    # h277: the comparison notebook could not compare two chosen outlets
    assert views.only_outlets(tables, "") is tables
    two = views.only_outlets(tables, "alpha, Beta")  # names in any case
    assert sorted(two.outlet_metrics["outlet"]) == ["Alpha", "Beta"]
    assert set(two.article_metrics["outlet"]) == {"Alpha", "Beta"}
    assert set(two.quotes["outlet"]) <= {"Alpha", "Beta"}
    assert set(two.articles["article_id"]) == set(two.article_metrics["article_id"])
    pairs = two.copy_pairs
    assert set(pairs["outlet_a"]) | set(pairs["outlet_b"]) <= {"Alpha", "Beta"}
    assert len(views.outlet_table(two.outlet_metrics).data) == 2
    with pytest.raises(ParameterError, match=r"parameter outlets_shown: unknown outlet 'Delta'"):
        views.only_outlets(tables, "Alpha, Delta")


def test_speakers_count_under_their_name_and_roles_apart() -> None:
    """One person printed with different roles in two outlets is one speaker; a role
    with no name is counted in its own last row; the quotations keep the phrase."""
    speakers = ["Ferry board leader Ola Brekke", "Vorsitzende Ola Brekke", "its chair", "he"]
    quotes = pd.DataFrame(
        {
            "outlet": ["Alpha", "Beta", "Beta", "Beta"],
            "article_id": ["a", "b", "b", "b"],
            "quote_index": [0, 0, 1, 2],
            "attributed": True,
            "is_scare": False,
            "speaker": speakers,
            "n_words": [4, 5, 6, 7],
            "text": "x",
        }
    )
    shown = views.speaker_counts(quotes).data
    assert shown["speaker"].tolist() == ["Ola Brekke", "(unnamed)"]
    assert shown["quotes (count)"].tolist() == [2, 1]
    assert shown["quoted words (count)"].tolist() == [9, 6]
    assert views.speaker_counts(quotes, top=0).data["speaker"].tolist() == ["(unnamed)"]
    rows = views.outlet_quotes(quotes, "Beta").data
    assert rows["speaker"].tolist() == speakers[1:]
    assert rows["name"].tolist() == ["Ola Brekke", "(unnamed)", ""]


def test_the_corpus_summary_counts_articles_in_all_not_per_outlet(tables) -> None:
    # "6 outlets with 6 articles; 0 of them have 6 articles or more" read as six
    # articles each beside a count of none with six: the total is said as a total
    metrics = tables.outlet_metrics.assign(n_articles=1)
    text = views.corpus_summary(metrics).text
    n = len(metrics)
    assert text.startswith(f"{n} outlets, {n} articles in all; 0 of the outlets have ")


def test_a_median_length_keeps_its_half(tables: views.Tables) -> None:
    """h293: the median of an even count of lengths ends in .5; shown as a count it read
    "40" for 40.5 and "36" for 35.5 (a half rounded to the even number) beside the
    CSV's 40.5. A whole median stays whole."""
    from analysis.report.display import FORMATS
    from analysis.report.statistics import OUTLET_STATISTICS

    kind = next(s.kind for s in OUTLET_STATISTICS if s.column == "median_words")
    assert [FORMATS[kind](v) for v in (40.5, 35.5, 44.0, 1234.5)] == [
        "40.5", "35.5", "44", "1,234.5",
    ]  # fmt: skip
    metrics = tables.outlet_metrics.assign(median_words=[40.5, 35.5, 44.0])
    shown = views.outlet_table(metrics)
    column = shown.shown_columns.index("median article length (words)")
    assert sorted(row[column].split(" ")[0] for row in shown.cells()) == ["35.5", "40.5", "44"]


def test_the_outlet_report_shows_its_teasers_beside_its_articles(tables: views.Tables) -> None:
    """h293: an outlet report read "articles 9" with quote shares and a median length
    resting on 4 of them (5 a homepage's cards), the teasers shown nowhere on it."""
    metrics = tables.outlet_metrics.assign(n_teasers=[0, 5, 0])  # Beta, Alpha, Gamma
    plain = views.outlet_vs_others(tables.outlet_metrics, "Alpha").data
    assert views.TEASERS_HEADER not in plain["statistic (unit)"].tolist()
    shown = views.outlet_vs_others(metrics, "Alpha")
    rows = shown.data["statistic (unit)"].tolist()
    assert rows[rows.index("articles (count)") + 1] == views.TEASERS_HEADER
    teasers = shown.data.set_index("statistic (unit)").loc[views.TEASERS_HEADER]
    assert (teasers["Alpha"], teasers["others: highest"], teasers["rank"]) == (5, 0, "")
    assert "5" in repr(shown)


def test_the_others_median_of_a_count_keeps_its_half(tables: views.Tables) -> None:
    # h293: with an even number of other outlets, their median of articles (7 and 8:
    # 7.5) read "8" (a half rounded to the even number); the counts stay whole
    metrics = tables.outlet_metrics.copy()
    metrics["n_articles"] = metrics["outlet"].map({"Beta": 6, "Alpha": 7}).fillna(8)
    shown = views.outlet_vs_others(metrics, "Beta")
    column = shown.shown_columns.index("others: median")
    rows = shown.data["statistic (unit)"].tolist()
    cells = shown.cells()[rows.index("articles (count)")]
    assert cells[column] == "7.5" and cells[shown.shown_columns.index("Beta")] == "6"


def test_a_copys_similarity_is_shown_to_three_decimals(tables: views.Tables) -> None:
    # h293: a Jaccard similarity of 66 / 80 = 0.825 read "0.82" (two decimals; the float
    # is just under 0.825), while the docs and the copy figures give three
    metrics = tables.article_metrics.copy()
    grouped = metrics["copy_group"].notna()
    metrics.loc[grouped, "copy_max_similarity"] = 66 / 80
    shown = views.copy_groups(metrics, tables.articles)
    column = shown.shown_columns.index("highest similarity (0-1)")
    assert {row[column] for row in shown.cells()} == {"0.825"}
