"""Per-outlet aggregation: pooled shares, weighted statistics, listing chrome, originals."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from benchmark_modules import load_benchmark

from analysis.errors import TableError
from analysis.parallel import LocalEngine
from analysis.stats import bootstrap, outlets
from analysis.stats.outlet_inputs import (
    OutletInputs,
    articles_of_frame,
    quote_tables_of_frame,
)
from analysis.stats.outlets import (
    format_top_speakers,
    outlet_metrics,
    outlet_table,
    weighted_mean,
    weighted_median,
)
from analysis.tables import INTERVAL_STATISTICS, OUTLET_METRICS_COLUMNS, READABILITY_COLUMNS

CONTRACT_OUTLET_METRICS = [
    "outlet", "n_articles", "n_teasers", "n_resaves", "n_pages", "total_words", "median_words",
    "quote_share_pooled", "quote_share_mean", "quote_share_all_pooled", "quotes_per_1000_words",
    "top_speakers", "readability_language", "n_readability_articles", "languages",
    *[f"{m}_{s}" for m in READABILITY_COLUMNS for s in ("wmean", "wmedian")],
    "boilerplate_ratio", "original_share", "n_listing_pages", "merged_from",
    *[f"{m}_{end}" for m in INTERVAL_STATISTICS for end in ("ci_low", "ci_high")],
]  # fmt: skip


def test_weighted_median_and_mean() -> None:
    values = pd.Series([1.0, 2.0, 3.0, math.nan])
    assert weighted_median(values, pd.Series([1, 1, 1, 5])) == 2.0
    assert weighted_median(values, pd.Series([1, 1, 10, 1])) == 3.0
    assert weighted_median(pd.Series([1.0, 2.0]), pd.Series([1, 1])) == 1.0  # lower median
    assert math.isnan(weighted_median(values, pd.Series([0, 0, 0, 3])))
    assert weighted_mean(values, pd.Series([1, 1, 2, 9])) == pytest.approx((1 + 2 + 6) / 4)
    assert math.isnan(weighted_mean(pd.Series([math.nan]), pd.Series([3])))


def test_top_speakers_format_and_order() -> None:
    speakers = pd.Series(["Biden", "Trump", "Biden", None, "Adams", "Trump", "Biden", " "])
    assert format_top_speakers(speakers) == "Biden (3); Trump (2); Adams (1)"
    assert format_top_speakers(speakers, limit=1) == "Biden (3)"
    assert format_top_speakers(pd.Series([], dtype=object)) == ""
    # unresolved pronouns name nobody
    pronouns = pd.Series(["he", "He", "she", "they", "Biden", "I"])
    assert format_top_speakers(pronouns) == "Biden (1)"


def test_top_speakers_of_a_phrase_ending_in_a_number_word() -> None:
    # "Club of Eight" gave the name "Eight", which speaker_groups leaves out as a
    # pronoun: the outlet table stopped with KeyError 'Eight' (h269, a 20,000-page run)
    printed = {"Club of Eight": 2, "the treasurer of the Club of Eight": 1, "Ann Lee": 1}
    assert outlets.top_speakers(printed) == "Ann Lee (1)"


def article_row(article_id: str, page: str, outlet: str | None, layout: str, **values) -> dict:
    row = {
        "article_id": article_id, "page": page, "article_index": 0, "outlet": outlet,
        "title": "t", "layout": layout, "n_words": 100, "n_sentences": 5, "n_quotes": 1,
        "n_scare_quotes": 0, "quoted_words": 10, "quoted_words_all": 10,
        "unit_chars": 1000, "boilerplate_chars": 100, "copy_group": None,
        "copy_max_similarity": math.nan, "language": "en",
    }  # fmt: skip
    row.update({name: 10.0 for name in READABILITY_COLUMNS})
    row.update(values)
    row["quote_share"] = row["quoted_words"] / row["n_words"] if row["n_words"] else math.nan
    row["quote_share_all"] = (
        row["quoted_words_all"] / row["n_words"] if row["n_words"] else math.nan
    )
    row["quotes_per_1000_words"] = (
        1000 * row["n_quotes"] / row["n_words"] if row["n_words"] else math.nan
    )
    row["boilerplate_ratio"] = row["boilerplate_chars"] / row["unit_chars"]
    return row


@pytest.fixture
def tables() -> dict[str, pd.DataFrame]:
    articles = pd.DataFrame(
        [
            article_row("a1", "pa.txt", "A", "article", n_words=100, quoted_words=10,
                        quoted_words_all=15, n_quotes=2, flesch_reading_ease=50.0,
                        copy_group="copy-a1", copy_max_similarity=0.9),
            article_row("a2", "pb.txt", "A", "article", n_words=300, quoted_words=90,
                        quoted_words_all=90, n_quotes=4, flesch_reading_ease=70.0),
            article_row("b1", "list.txt", "B", "listing", n_words=50, quoted_words=0,
                        quoted_words_all=0, n_quotes=0, unit_chars=400, boilerplate_chars=40,
                        copy_group="copy-a1", copy_max_similarity=0.9),
            article_row("c1", "list.txt", None, "listing", n_words=0, quoted_words=0,
                        quoted_words_all=0, n_quotes=0, unit_chars=100, boilerplate_chars=100),
        ]
    )  # fmt: skip
    quotes = pd.DataFrame(
        {
            "article_id": ["a1", "a1", "a1", "a2", "a2", "a2", "a2"],
            "outlet": ["A"] * 7,
            "quote_index": [0, 1, 2, 0, 1, 2, 3],
            "start": [0] * 7,
            "end": [1] * 7,
            "text": ["x"] * 7,
            "n_words": [5, 5, 5, 20, 20, 25, 25],
            "paragraph": [0] * 7,
            "attributed": [True, True, False, True, True, True, True],
            "speaker": ["Ann", "Bob", None, "Bob", "Bob", "Ann", None],
            "is_scare": [False, False, True, False, False, False, False],
        }
    )
    pages = pd.DataFrame(
        {
            "page": ["pa.txt", "pb.txt", "list.txt"],
            "n_chars": [1000, 1000, 1000],
            "layout": ["article", "article", "listing"],
            "site": ["A", "A", None],
        }
    )
    copy_pairs = pd.DataFrame(
        {
            "copy_group": ["copy-a1"],
            "article_id_a": ["a1"],
            "article_id_b": ["b1"],
            "outlet_a": ["A"],
            "outlet_b": ["B"],
            "similarity": [0.9],
        }
    )
    return {"articles": articles, "quotes": quotes, "pages": pages, "copy_pairs": copy_pairs}


def test_outlet_rows(tables: dict[str, pd.DataFrame]) -> None:
    result = outlet_metrics(
        tables["articles"], tables["quotes"], tables["pages"], tables["copy_pairs"]
    )
    assert list(result.columns) == CONTRACT_OUTLET_METRICS == OUTLET_METRICS_COLUMNS
    # outlets: A, B, and the listing site (it names no site: "unknown site (list.txt)"),
    # which also holds the card without an outlet
    assert result["outlet"].tolist() == ["A", "B", "unknown site (list.txt)"]
    a = result.set_index("outlet").loc["A"]
    assert (a["n_articles"], a["n_pages"], a["total_words"]) == (2, 2, 400)
    assert a["median_words"] == 200.0
    assert a["quote_share_pooled"] == pytest.approx(100 / 400)
    assert a["quote_share_mean"] == pytest.approx((0.1 + 0.3) / 2)
    assert a["quote_share_all_pooled"] == pytest.approx(105 / 400)
    assert a["quotes_per_1000_words"] == pytest.approx(1000 * 6 / 400)
    assert a["top_speakers"] == "Bob (3); Ann (2)"
    assert a["flesch_reading_ease_wmean"] == pytest.approx((50 * 100 + 70 * 300) / 400)
    assert a["flesch_reading_ease_wmedian"] == 70.0
    assert a["boilerplate_ratio"] == pytest.approx(200 / 2000)
    assert a["original_share"] == pytest.approx(300 / 400)
    assert a["n_listing_pages"] == 0


def test_languages_lists_each_articles_language_most_first(
    tables: dict[str, pd.DataFrame],
) -> None:
    """What an outlet's counts of words add up: a Japanese word is a character, a
    German one a compound (review h319: a site in five languages ranked first for
    length among outlets writing in one)."""
    articles = tables["articles"].copy()
    for i, language in enumerate(["ja", "ja", "de", "th"]):
        articles.loc[len(articles)] = article_row(f"m{i}", f"m{i}.txt", "M", "article",
                                                  language=language)  # fmt: skip
    table = outlet_metrics(articles, tables["quotes"], tables["pages"], tables["copy_pairs"])
    table = table.set_index("outlet")
    assert table.loc["M", "languages"] == "ja 2, de 1, th 1"
    assert table.loc["A", "languages"] == "en 2"


def test_readability_aggregates_the_outlets_main_language_only(
    tables: dict[str, pd.DataFrame], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Flesch scores of two languages come from different formulas: an outlet's
    readability reads only the articles of the language holding most of its words."""
    monkeypatch.setattr(bootstrap, "MIN_ARTICLES", 2)  # an interval on these few articles
    articles = tables["articles"].copy()
    russian = article_row("a3", "pc.txt", "A", "article", n_words=1000, language="ru",
                          flesch_reading_ease=110.0, flesch_kincaid_grade=math.nan)  # fmt: skip
    english_only = article_row("a4", "pd.txt", "A", "article", n_words=50)
    for grade_only in (russian, english_only):
        articles.loc[len(articles)] = grade_only
    a = outlet_metrics(articles, tables["quotes"], tables["pages"], tables["copy_pairs"])
    a = a.set_index("outlet").loc["A"]
    assert a["readability_language"] == "ru"  # 1000 Russian words, 450 English
    assert a["flesch_reading_ease_wmean"] == 110.0
    assert a["n_readability_articles"] == 1  # of 4: what the 110 rests on (review h319)
    assert math.isnan(a["flesch_kincaid_grade_wmean"])  # no Russian article has one
    assert a["total_words"] == 1450  # the other statistics keep every article
    articles.loc[articles["article_id"] == "a3", "n_words"] = 100
    a = outlet_metrics(articles, tables["quotes"], tables["pages"], tables["copy_pairs"])
    a = a.set_index("outlet").loc["A"]
    assert a["readability_language"] == "en"
    expected = (50 * 100 + 70 * 300 + 10 * 50) / 450
    assert a["flesch_reading_ease_wmean"] == pytest.approx(expected)
    assert a["n_readability_articles"] == 3
    assert (
        a["flesch_reading_ease_wmean_ci_low"] <= expected <= a["flesch_reading_ease_wmean_ci_high"]
    )
    assert a["flesch_reading_ease_wmean_ci_high"] <= 70.0  # the Russian 110 is left out


def test_listing_page_chrome_counts_for_the_site(tables: dict[str, pd.DataFrame]) -> None:
    result = outlet_metrics(
        tables["articles"], tables["quotes"], tables["pages"], tables["copy_pairs"]
    ).set_index("outlet")
    b = result.loc["B"]
    assert b["boilerplate_ratio"] == pytest.approx(40 / 400)  # its card only
    assert b["original_share"] == 0.0 and b["n_listing_pages"] == 0
    site = result.loc["unknown site (list.txt)"]
    assert site["n_listing_pages"] == 1
    # the card without outlet (0 words) counts for the site; its units: that card, and the
    # listing page, whose boilerplate is everything but card content (1000 - 360 - 0)
    assert site["n_articles"] == 1 and site["total_words"] == 0
    assert site["boilerplate_ratio"] == pytest.approx((100 + 640) / (100 + 1000))
    assert math.isnan(site["quote_share_pooled"]) and math.isnan(site["original_share"])


def test_teasers_count_but_stay_out_of_the_median_length_and_quote_shares(
    tables: dict[str, pd.DataFrame], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A paywalled page's opening (or a card's snippet) says nothing of how long the
    outlet's stories are, nor how much of them is quotation: counted as an article and as
    words, not in median_words or the quote statistics."""
    monkeypatch.setattr(bootstrap, "MIN_ARTICLES", 2)  # an interval on these few articles
    articles = tables["articles"].assign(is_teaser=False)
    for n, article_id in enumerate(("a3", "a4", "a5")):
        cut = article_row(article_id, f"p{n}.txt", "A", "article", n_words=40, is_teaser=True)
        articles.loc[len(articles)] = cut
    a = outlet_metrics(articles, tables["quotes"], tables["pages"], tables["copy_pairs"])
    a = a.set_index("outlet").loc["A"]
    assert (a["n_articles"], a["n_teasers"], a["total_words"]) == (5, 3, 520)
    assert a["median_words"] == 200.0  # of the two full texts (100, 300), not 100
    # the quote statistics too: the snippets' 120 words do not thin the full texts' share
    assert a["quote_share_pooled"] == pytest.approx((10 + 90) / 400)
    assert a["quotes_per_1000_words"] == pytest.approx(1000 * (2 + 4) / 400)
    assert a["quote_share_pooled_ci_low"] <= 0.25 <= a["quote_share_pooled_ci_high"]
    assert 100.0 <= a["median_words_ci_low"] <= a["median_words_ci_high"] <= 300.0
    only_teasers = articles[articles["article_id"].isin(["a3", "a4", "a5"])]
    a = outlet_metrics(
        only_teasers, tables["quotes"].iloc[:0], tables["pages"], tables["copy_pairs"].iloc[:0]
    )
    a = a.set_index("outlet").loc["A"]
    assert a["n_teasers"] == 3 and math.isnan(a["median_words"])
    assert math.isnan(a["median_words_ci_low"])


def test_a_statistic_is_resampled_over_the_articles_it_rests_on(
    tables: dict[str, pd.DataFrame],
) -> None:
    """h293: 4 full texts and a homepage's 5 cards (teasers): the quote share rests on the
    4 full texts, too few for an interval, as the median length does, but it got one,
    resampled over all 9 articles (the cards as empty units). With 6 full texts, each
    quote statistic's interval is the bootstrap of those 6 alone."""
    articles = tables["articles"].iloc[:0].assign(is_teaser=False)
    for n in range(4):
        articles.loc[len(articles)] = article_row(
            f"f{n}", f"f{n}.txt", "A", "article", n_words=100 + 10 * n, quoted_words=5 * n,
            quoted_words_all=5 * n, n_quotes=n, is_teaser=False,
        )  # fmt: skip
    for n in range(5):
        articles.loc[len(articles)] = article_row(
            f"t{n}", "home.txt", "A", "listing", n_words=20, quoted_words=0,
            quoted_words_all=0, n_quotes=0, is_teaser=True, unit_chars=200,
            boilerplate_chars=20, **{name: math.nan for name in READABILITY_COLUMNS},
        )  # fmt: skip
    pages = pd.DataFrame(
        {
            "page": [*(f"f{n}.txt" for n in range(4)), "home.txt"],
            "n_chars": [1000] * 4 + [1200],
            "layout": ["article"] * 4 + ["listing"],
            "site": ["A"] * 5,
        }
    )
    no_pairs = tables["copy_pairs"].iloc[:0]
    a = outlet_metrics(articles, tables["quotes"].iloc[:0], pages, no_pairs).iloc[0]
    assert (a["n_articles"], a["n_teasers"]) == (9, 5)
    for name in ("median_words", "quote_share_pooled", "quotes_per_1000_words"):
        assert math.isnan(a[f"{name}_ci_low"]) and math.isnan(a[f"{name}_ci_high"]), name
    assert math.isnan(a["flesch_reading_ease_wmean_ci_low"])  # 4 scored articles
    assert not math.isnan(a["original_share_ci_low"])  # every article carries it
    for n in range(4, 6):
        articles.loc[len(articles)] = article_row(
            f"f{n}", f"f{n}.txt", "A", "article", n_words=100 + 10 * n, quoted_words=5 * n,
            quoted_words_all=5 * n, n_quotes=n, is_teaser=False,
        )  # fmt: skip
    pages = pd.concat([pages, pages.iloc[:2].assign(page=["f4.txt", "f5.txt"])])
    a = outlet_metrics(articles, tables["quotes"].iloc[:0], pages, no_pairs).iloc[0]
    full = articles[~articles["is_teaser"]]
    words = full["n_words"].to_numpy(float)
    expected = bootstrap.intervals(
        bootstrap.outlet_seed("A"),
        {"quote_share_pooled": (full["quoted_words"].to_numpy(float), words)},
        {"median_words": words},
    )
    assert (a["quote_share_pooled_ci_low"], a["quote_share_pooled_ci_high"]) == pytest.approx(
        expected["quote_share_pooled"]
    )
    assert (a["median_words_ci_low"], a["median_words_ci_high"]) == pytest.approx(
        expected["median_words"]
    )


def test_disagreeing_copy_pairs_are_rejected(tables: dict[str, pd.DataFrame]) -> None:
    with pytest.raises(TableError, match="disagree"):
        outlet_metrics(
            tables["articles"], tables["quotes"], tables["pages"], tables["copy_pairs"].iloc[:0]
        )


def test_top_speakers_count_case_and_apostrophe_variants_as_one() -> None:
    speakers = pd.Series(["Ann O’Neill", "Ann O'Neill", "Ann O'Neill", "ANN O'NEILL", "Cy"])
    assert format_top_speakers(speakers) == "Ann O'Neill (4); Cy (1)"


def test_top_speakers_count_names_without_roles_and_leave_roles_out() -> None:
    speakers = pd.Series(
        ["Harbour master Ola Brekke", "Ola Brekke", "Stadtratsvorsitzende Ola Brekke", "its chair"]
    )
    assert format_top_speakers(speakers) == "Ola Brekke (3)"
    assert format_top_speakers(["the ministry", "the ministry", "Lee’s aide"]) == ""


def test_one_pass_table_equals_the_per_outlet_filter() -> None:
    """The grouped aggregation gives the same bytes as filtering the table per outlet."""
    scale = load_benchmark("outlets_copies_scale")
    for n_rows, n_outlets in ((600, 7), (900, 150)):
        metrics, quotes, pages, pairs = scale.synthetic_metrics(n_rows, n_outlets, seed=n_outlets)
        found = outlet_metrics(metrics, quotes, pages, pairs)
        expected = scale.outlet_metrics_by_filter(metrics, quotes, pages)
        pd.testing.assert_frame_equal(
            scale.without_intervals(found), scale.without_intervals(expected), check_exact=True
        )
        assert len(found) > n_outlets // 2 and found["n_listing_pages"].sum() > 0


def test_outlet_chunks_cover_the_outlets_in_order_and_hold_enough_units(monkeypatch) -> None:
    monkeypatch.setattr(outlets, "INTERVAL_CHUNK_UNITS", 10)
    units = [3, 4, 5, 20, 1, 0, 9, 2]
    chunks = outlets._outlet_chunks(units)
    assert [list(chunk) for chunk in chunks] == [[0, 1, 2], [3], [4, 5, 6], [7]]
    assert all(sum(units[i] for i in chunk) >= 10 for chunk in chunks[:-1])
    assert outlets._outlet_chunks([]) == []


@pytest.mark.parametrize("chunk_units", [1, 7, 10_000])
def test_outlet_table_on_two_worker_processes_is_the_same_table(
    chunk_units: int, monkeypatch
) -> None:
    """The bootstrap intervals computed in worker processes, in chunks of outlets of any
    size, give the table computed here, value for value."""
    scale = load_benchmark("outlets_copies_scale")
    metrics, quotes, pages, pairs = scale.synthetic_metrics(300, 12, seed=3)
    inputs = OutletInputs.from_tables(
        articles_of_frame(metrics), quote_tables_of_frame(quotes), pages, pairs
    )
    here = outlet_table(inputs)
    monkeypatch.setattr(outlets, "INTERVAL_CHUNK_UNITS", chunk_units)
    there = outlet_table(inputs, engine=LocalEngine(2))
    pd.testing.assert_frame_equal(there, here, check_exact=True)
    assert here["quote_share_pooled_ci_low"].notna().sum() > 6
