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

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from analysis.clean.outlet_merge import NAME_PREFIX, is_domain_key
from analysis.io import write_json_atomic
from analysis.report.display import ReportTable

# The loaders live in analysis.report.loading; the notebooks call them as views.NAME.
from analysis.report.loading import (  # noqa: F401
    OUTLET_REPORT_ARTICLE_COLUMNS,
    PROVENANCE_COLUMNS,
    OutletTables,
    Tables,
    choose_outlet,
    load_table,
    load_tables,
    load_tables_for_outlet,
    only_outlets,
    outlet_names,
    processed_dir_path,
)
from analysis.report.params import ParameterError
from analysis.report.slugs import slug_base
from analysis.report.statistics import (
    OUTLET_STATISTICS,
    WORD_UNIT_COLUMNS,
    article_languages,
    has_interval,
    interval_columns,
    is_readability_column,
    outlets_with_articles,
    ranks,
)
from analysis.stats.quotes import (
    UNNAMED,
    group_forms,
    names_someone,
    speaker_groups,
    speaker_name,
)

# Digits shown in tables: enough to compare outlets, few enough to be stable.
DISPLAY_DIGITS = 3
#: The outlet table's column of the keys an outlet absorbed (shown only when one did).
MERGED_HEADER = "also filed here (pages without a URL, by site name)"
#: The outlet's articles' column saying why one is a teaser (``articles.teaser_reason``).
TEASER_REASON_HEADER = "not the full text: why (no quote share, readability or median)"
#: What an outlet's teasers are left out of: every figure but the counts of articles and
#: words, the original share and the boilerplate ratio (docs/metrics.md, "Teasers").
TEASERS_UNIT = "count, not in the median length, quote shares or readability"
#: The outlet table's column of teasers, shown when an outlet has one (docs/metrics.md).
TEASERS_HEADER = f"of them teasers ({TEASERS_UNIT})"
#: The outlet table's column of resaves, shown when an outlet has one (docs/metrics.md).
RESAVES_HEADER = "saves of a story counted already, left out (count)"
#: The outlet's articles' column naming the save of the same story that is counted.
RESAVE_OF_HEADER = "same story as article (counted once, as that one)"


# --------------------------------------------------------------------------- helpers


def rounded(df: pd.DataFrame, digits: int = DISPLAY_DIGITS) -> pd.DataFrame:
    """Round float columns (display only; the tables keep full precision).

    Parameters
    ----------
    df : pandas.DataFrame
        A display table; not modified.
    digits : int
        Decimal places kept in each float column.

    Returns
    -------
    pandas.DataFrame
        A copy with its float columns rounded; other columns as they were.
    """
    out = df.copy()
    for column in out.columns:
        if pd.api.types.is_float_dtype(out[column]):
            out[column] = out[column].round(digits)
    return out


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
    """Return a heading naming the outlet, escaped (the name is data, never markup).

    Parameters
    ----------
    outlet : str
        The outlet's name, shown as text.
    subtitle : str
        A second line under the name; ``""`` shows none.

    Returns
    -------
    Heading
        Shown as an escaped HTML heading in a notebook, as plain lines in text output.
    """
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


@dataclass(frozen=True)
class Navigation:
    """Links from a report page to the index, the comparison and the definitions."""

    prefix: str = ""

    def _repr_html_(self) -> str:
        from analysis.report.render import render_template, site_links

        return render_template("site_nav.html.j2", site_links=site_links(self.prefix)).rstrip("\n")

    def __repr__(self) -> str:
        from analysis.report.render import SITE_PAGES

        return "Reports: " + " · ".join(label for _, label in SITE_PAGES)


def navigation(page: str) -> Navigation:
    """Links to the report site's pages from an ``outlet`` report or the ``comparison``.

    Parameters
    ----------
    page : {"outlet", "comparison"}
        The page the links are shown on: an outlet report sits one folder below the
        index, so its links go up one level.

    Returns
    -------
    Navigation
        The site links with the prefix that page needs.

    Raises
    ------
    ValueError
        ``page`` is neither of the two.
    """
    if page not in ("outlet", "comparison"):
        raise ValueError(f"page must be 'outlet' or 'comparison', got {page!r}")
    return Navigation("../" if page == "outlet" else "")


@dataclass(frozen=True)
class Note:
    """A paragraph of text for a notebook (escaped in HTML)."""

    text: str

    def _repr_html_(self) -> str:
        from analysis.report.render import render_template

        return render_template("note.html.j2", text=self.text).rstrip("\n")

    def __repr__(self) -> str:
        return self.text


def corpus_summary(outlet_metrics: pd.DataFrame) -> Note:
    """One sentence on what the comparison covers: outlets, articles, ranked outlets.

    Parameters
    ----------
    outlet_metrics : pandas.DataFrame
        The OUTLET_METRICS table; rows without articles count as sources left out.

    Returns
    -------
    Note
        The counts of outlets, articles and ranked outlets
        (:data:`analysis.report.statistics.MIN_RANKED_ARTICLES`).
    """
    from analysis.report.statistics import MIN_RANKED_ARTICLES, ranked_outlets

    table = outlets_with_articles(outlet_metrics)
    n_articles = int(pd.to_numeric(table["n_articles"], errors="coerce").fillna(0).sum())
    n_without = len(outlet_names(outlet_metrics)) - len(table)
    n_ranked = len(ranked_outlets(outlet_metrics))
    text = (
        f"{len(table):,} outlets, {n_articles:,} articles in all; {n_ranked:,} of the outlets "
        f"have {MIN_RANKED_ARTICLES} articles or more and are ranked."
    )
    if n_without:
        sources = "source" if n_without == 1 else "sources"
        text += f" {n_without:,} {sources} without articles left out (see the index)."
    return Note(text)


def outlet_table(outlet_metrics: pd.DataFrame) -> ReportTable:
    """All outlets with articles side by side, each statistic with its 95 % interval.

    One row per outlet (sorted case-insensitively); shares are shown as percentages;
    every header carries its unit; a value is followed by its bootstrap interval when
    the outlet has one (2 articles or more).

    Parameters
    ----------
    outlet_metrics : pandas.DataFrame
        The OUTLET_METRICS table; statistics missing from it are left out of the view.

    Returns
    -------
    ReportTable
        The outlets as rows, :data:`analysis.report.statistics.OUTLET_STATISTICS` as
        columns, with :data:`TEASERS_HEADER` after the articles when some outlet has
        teasers, :data:`RESAVES_HEADER` when some outlet saved a story again, and
        :data:`MERGED_HEADER` when some outlet absorbed other keys.
    """
    table = outlets_with_articles(outlet_metrics)
    data = {"outlet": table["outlet"].to_numpy()}
    formats, intervals = {"outlet": "text"}, {}
    if "readability_language" in table.columns:  # the readability scores' language
        data["readability language (ISO 639-1)"] = table["readability_language"].to_numpy()
        formats["readability language (ISO 639-1)"] = "text"
    if readability_rests_on_part(table):  # how many articles the readability figures read
        data[READABILITY_ARTICLES_HEADER] = table["n_readability_articles"].to_numpy()
        formats[READABILITY_ARTICLES_HEADER] = "count"
    if _several_languages(table):  # what each outlet's counts of words add up
        data[LANGUAGES_HEADER] = table["languages"].to_numpy()
        formats[LANGUAGES_HEADER] = "text"
    for stat in OUTLET_STATISTICS:
        if stat.column not in table.columns:
            continue
        data[stat.header] = pd.to_numeric(table[stat.column], errors="coerce").to_numpy()
        formats[stat.header] = stat.kind
        if stat.column == "n_articles" and has_teasers(table):
            # only when some article is a teaser (a card cut short, a paywalled page)
            data[TEASERS_HEADER] = table["n_teasers"].to_numpy()
            formats[TEASERS_HEADER] = "count"
        if stat.column == "n_articles" and _has_resaves(table):
            # only when some story was saved more than once (docs/metrics.md)
            data[RESAVES_HEADER] = table["n_resaves"].to_numpy()
            formats[RESAVES_HEADER] = "count"
        if has_interval(table, stat.column):
            low, high = interval_columns(stat.column)
            data[low], data[high] = table[low].to_numpy(), table[high].to_numpy()
            intervals[stat.header] = (low, high)
    if "merged_from" in table.columns and table["merged_from"].notna().any():
        # only when some outlet absorbed pages without a URL (docs/metrics.md)
        data[MERGED_HEADER] = table["merged_from"].to_numpy()
        formats[MERGED_HEADER] = "text"
    caption = (
        "Value (95 % bootstrap interval over the outlet's articles). Readability scores "
        "aggregate the articles in the outlet's readability language only."
    )
    return ReportTable(pd.DataFrame(data), formats, caption, intervals)


def has_teasers(table: pd.DataFrame) -> bool:
    """Whether some outlet of the outlet table has a teaser (its column is then shown).

    Parameters
    ----------
    table : pandas.DataFrame
        OUTLET_METRICS rows.

    Returns
    -------
    bool
        True when ``n_teasers`` is present and above 0 for some row.
    """
    return "n_teasers" in table.columns and bool((table["n_teasers"] > 0).any())


def _has_resaves(table: pd.DataFrame) -> bool:
    return "n_resaves" in table.columns and bool((table["n_resaves"] > 0).any())


def outlet_vs_others(outlet_metrics: pd.DataFrame, outlet: str) -> ReportTable:
    """One outlet's statistics next to every other outlet's, with its rank.

    Parameters
    ----------
    outlet_metrics : pandas.DataFrame
        The OUTLET_METRICS table.
    outlet : str
        The outlet, in any form :func:`choose_outlet` accepts (``""``: the first by name).

    Returns
    -------
    ReportTable
        One row per statistic: this outlet's value and 95 % interval, the median,
        lowest and highest of the other outlets with articles, the rank ("k of N",
        one N for the table; see :mod:`analysis.report.statistics`), and the ranks
        whose intervals overlap this outlet's (differences with them are not shown
        by the data). When some outlet has teasers, a row of them (:data:`TEASERS_HEADER`)
        follows the articles', without rank: what the figures below rest on.
    """
    outlet = choose_outlet(outlet_metrics, outlet)
    table = outlets_with_articles(outlet_metrics)
    mine, others = table[table["outlet"] == outlet], table[table["outlet"] != outlet]
    rows, kinds = [], []
    for stat in OUTLET_STATISTICS:
        if stat.column not in table.columns:
            continue
        value = (
            float(pd.to_numeric(mine[stat.column], errors="coerce").iloc[0])
            if len(mine)
            else math.nan
        )
        other = pd.to_numeric(_same_formula(others, mine, stat.column), errors="coerce")
        other = other.dropna()
        low, high = (
            (
                float(mine[c].iloc[0]) if len(mine) else math.nan
                for c in interval_columns(stat.column)
            )
            if has_interval(table, stat.column)
            else (math.nan, math.nan)
        )
        rank = ranks(outlet_metrics, stat.column).get(outlet)
        rows.append(
            {
                "statistic (unit)": stat.header,
                outlet: value,
                "low": low,
                "high": high,
                "others: median": float(other.median()) if len(other) else math.nan,
                "others: lowest": float(other.min()) if len(other) else math.nan,
                "others: highest": float(other.max()) if len(other) else math.nan,
                "rank": rank.describe() if rank else "not ranked: no articles",
                "interval overlaps": rank.describe_overlap() if rank else "",
            }
        )
        # the others' median of a count may end in .5 (an even number of others): shown
        # with it, as a median length is; the counts themselves stay whole
        kinds.append("median" if stat.kind == "count" else stat.kind)
        if stat.column == "n_articles" and has_teasers(table):
            # what the outlet's figures rest on: its teasers are in "articles" but not in
            # the median length, the quote shares or readability (review h293)
            teasers = pd.to_numeric(others["n_teasers"], errors="coerce").dropna()
            rows.append(
                {
                    "statistic (unit)": TEASERS_HEADER,
                    outlet: float(mine["n_teasers"].iloc[0]) if len(mine) else math.nan,
                    "low": math.nan,
                    "high": math.nan,
                    "others: median": float(teasers.median()) if len(teasers) else math.nan,
                    "others: lowest": float(teasers.min()) if len(teasers) else math.nan,
                    "others: highest": float(teasers.max()) if len(teasers) else math.nan,
                    "rank": "",
                    "interval overlaps": "",
                }
            )
            kinds.append("median")
    data = pd.DataFrame(rows).rename(columns={"low": "95 % low", "high": "95 % high"})
    formats = {outlet: "row", **{c: "row" for c in data.columns if c.startswith("others:")}}
    caption = (
        f"{outlet} (95 % bootstrap interval) against the other outlets with articles; "
        "rank 1 = highest value."
    )
    language = _readability_language(mine)
    if language is not None:
        caption += (
            f" Readability scores are compared with the other outlets whose readability "
            f"language is also '{language}' (another language's score is another formula)."
        )
    caption += _word_unit_caption(table, mine)
    return ReportTable(data, formats, caption, {outlet: ("95 % low", "95 % high")}, tuple(kinds))


#: The outlet table's header of ``outlet_metrics.n_readability_articles``.
READABILITY_ARTICLES_HEADER = "readability articles (count: scored, in its readability language)"


def readability_rests_on_part(table: pd.DataFrame) -> bool:
    """Whether some outlet's readability figures read only part of its full texts.

    Parameters
    ----------
    table : pandas.DataFrame
        The outlet table (``n_articles``, ``n_teasers``, ``n_readability_articles``).

    Returns
    -------
    bool
        True when an outlet has full texts in another language than its readability
        language, or without a score: its readability is then that of fewer articles
        than its other figures (a site's two English stories of nine), and the outlet
        tables show ``n_readability_articles``.
    """
    if "n_readability_articles" not in table.columns:
        return False
    full = table["n_articles"] - table.get("n_teasers", 0)
    return bool((table["n_readability_articles"] < full).any())


#: The outlet table's header of ``outlet_metrics.languages``.
LANGUAGES_HEADER = "article languages (ISO 639-1, articles)"


def _several_languages(table: pd.DataFrame) -> bool:
    """Whether the outlets' articles (``languages``) are in more than one language."""
    if "languages" not in table.columns:
        return False
    return len({code for value in table["languages"] for code in article_languages(value)}) > 1


def _word_unit_caption(table: pd.DataFrame, mine: pd.DataFrame) -> str:
    """What the outlet's counts of words are compared with, when the outlets' articles
    are in more than one language ("" otherwise: every count is one unit)."""
    if not _several_languages(table) or not len(mine):
        return ""
    codes = article_languages(mine["languages"].iloc[0])
    counted = "words, median length and quotes per 1,000 words"
    if len(codes) == 1:
        return (
            f" Its {counted} are compared with the other outlets writing only in "
            f"'{codes[0]}' (a word is another unit in another language)."
        )
    listed = ", ".join(f"'{code}'" for code in codes)
    return (
        f" Its articles are in {len(codes)} languages ({listed}): its {counted} are "
        "compared only with outlets writing in the same ones (a word is not one unit "
        "across languages)."
    )


def _readability_language(rows: pd.DataFrame) -> str | None:
    """The ``readability_language`` of an outlet's row, None when it has none."""
    if "readability_language" not in rows.columns or not len(rows):
        return None
    language = rows["readability_language"].iloc[0]
    return language if isinstance(language, str) and language else None


def _same_formula(others: pd.DataFrame, mine: pd.DataFrame, column: str) -> pd.Series:
    """The other outlets' values of ``column`` comparable with this outlet's.

    A readability score is comparable only within one language (each language has its
    own formula): for it, the others are those with this outlet's readability
    language. A count of words (:data:`WORD_UNIT_COLUMNS`) is comparable only among
    outlets writing in the same languages (``languages``; a Chinese "word" is a
    character). Every other statistic compares with all others.
    """
    if column in WORD_UNIT_COLUMNS and "languages" in others.columns and len(mine):
        codes = set(article_languages(mine["languages"].iloc[0]))
        if codes:
            same = others["languages"].map(lambda value: set(article_languages(value)) == codes)
            return others.loc[same.astype(bool), column]
    language = _readability_language(mine)
    if language is None or not is_readability_column(column):
        return others[column]
    return others.loc[others["readability_language"] == language, column]


def ranking(outlet_metrics: pd.DataFrame, column: str) -> ReportTable:
    """Outlets ranked by one statistic, highest first, with intervals and overlaps.

    Outlets that are not ranked (fewer than MIN_RANKED_ARTICLES articles) follow, by name.

    Parameters
    ----------
    outlet_metrics : pandas.DataFrame
        The OUTLET_METRICS table.
    column : str
        The ``column`` of one of :data:`analysis.report.statistics.OUTLET_STATISTICS`.

    Returns
    -------
    ReportTable
        One row per outlet with articles: rank, outlet, value, interval bounds (NaN when
        the table has none for ``column``) and the ranks its interval overlaps.

    Raises
    ------
    StopIteration
        ``column`` is not one of the outlet statistics.
    """
    stat = next(s for s in OUTLET_STATISTICS if s.column == column)
    table = outlets_with_articles(outlet_metrics).set_index("outlet")
    places = ranks(outlet_metrics, column)
    order = sorted(
        places,
        key=lambda name: (places[name].rank is None, places[name].rank or 0, name.casefold()),
    )
    low, high = interval_columns(column)
    with_interval = has_interval(outlet_metrics, column)
    data = pd.DataFrame(
        {
            "rank": [places[name].describe() for name in order],
            "outlet": order,
            stat.header: [
                float(pd.to_numeric(table.loc[name, column], errors="coerce")) for name in order
            ],
            low: [float(table.loc[name, low]) if with_interval else math.nan for name in order],
            high: [float(table.loc[name, high]) if with_interval else math.nan for name in order],
            "interval overlaps": [places[name].describe_overlap() for name in order],
        }
    )
    caption = (
        f"{stat.label}: value (95 % bootstrap interval). Outlets whose intervals overlap "
        "are not shown to differ."
    )
    return ReportTable(data, {stat.header: stat.kind}, caption, {stat.header: (low, high)})


#: The order of an outlet's articles in its report: by page file name (the order the
#: tour notebook and a file browser show them), a listing's cards in their page's order;
#: the article id breaks a tie (it was the only key: a hash, no order a reader sees).
_PAGE_ORDER = ["page", "article_index", "article_id"]


def outlet_articles(
    article_metrics: pd.DataFrame, articles: pd.DataFrame, outlet: str
) -> ReportTable:
    """The outlet's articles with their main statistics, in page order: by page file
    name, then a listing page's cards in page order (article id breaks a tie).

    The provenance columns say where the article's outlet, title and date came from
    (manifest, url, card, html, page, copyright, unknown: analysis.clean.articles).

    Parameters
    ----------
    article_metrics : pandas.DataFrame
        The ARTICLE_METRICS table (one row per article, all outlets).
    articles : pandas.DataFrame
        The ARTICLES table; byline, date, credited source and provenance columns are
        taken from it when present.
    outlet : str
        The outlet's name exactly as in ``article_metrics``.

    Returns
    -------
    ReportTable
        One row per article of the outlet; an outlet merged from several keys shows each
        article's key with its outlet source; :data:`TEASER_REASON_HEADER` says why an
        article is not the full text, when one of them is not, and
        :data:`RESAVE_OF_HEADER` names the save counted for a story saved again, when
        one of them is.
    """
    mine = article_metrics[article_metrics["outlet"].astype(str) == outlet]
    extra = [c for c in ("byline", "published", "credited_source") if c in articles.columns]
    provenance = [c for c in PROVENANCE_COLUMNS if c in articles.columns]
    keys = ["outlet_key"] if "outlet_key" in articles.columns else []
    merged = mine.merge(
        articles[["article_id", *extra, *provenance, *keys]], on="article_id", how="left"
    )
    merged = merged.sort_values(_PAGE_ORDER, kind="stable")
    if keys and "outlet_source" in provenance:
        merged["outlet_source"] = _merged_sources(merged["outlet_source"], merged["outlet_key"])
    language = {"language": merged["language"].to_numpy()} if "language" in merged.columns else {}
    teasers = {}
    if (
        "teaser_reason" in articles.columns
        and merged["article_id"]
        .isin(articles.loc[articles["teaser_reason"].notna(), "article_id"])
        .any()
    ):  # only when one of them is a teaser (a card cut short, a paywalled page)
        reasons = merged[["article_id"]].merge(
            articles[["article_id", "teaser_reason"]], on="article_id", how="left"
        )
        teasers = {TEASER_REASON_HEADER: reasons["teaser_reason"].to_numpy()}
    resaves = {}
    if "resave_of" in merged.columns and merged["resave_of"].notna().any():
        # only when one of them repeats a story saved before (docs/metrics.md)
        resaves = {RESAVE_OF_HEADER: merged["resave_of"].to_numpy()}
    data = pd.DataFrame(
        {
            "article": merged["article_id"].astype(str).to_numpy(),
            "page": page_labels(merged),
            "title": merged["title"].to_numpy(),
            **language,
            **{c.replace("_", " "): merged[c].to_numpy() for c in extra},
            **{PROVENANCE_COLUMNS[c]: merged[c].to_numpy() for c in provenance},
            "length (words)": merged["n_words"].to_numpy(),
            **teasers,
            "quote share (% of words)": merged["quote_share"].to_numpy(),
            "Flesch reading ease (score)": merged["flesch_reading_ease"].to_numpy(),
            "shared copy group": merged["copy_group"].to_numpy(),
            **resaves,
        }
    )
    formats = {
        "title": "prose",
        "published": "token",
        "shared copy group": "token",
        "length (words)": "count",
        "quote share (% of words)": "percent",
        "Flesch reading ease (score)": "decimal1",
        **dict.fromkeys(teasers, "text"),
        **dict.fromkeys(resaves, "token"),
    }
    return ReportTable(data, formats)


def _merged_sources(sources: pd.Series, keys: pd.Series) -> list[object]:
    """Each article's outlet source, "page, filed by name" for an article whose page had
    no URL and was filed under its outlet's domain (:mod:`analysis.clean.outlet_merge`)."""
    domains = [k for k in keys.dropna().astype(str) if is_domain_key(k)]
    return [
        f"{source}, filed by name" if domains and str(key).startswith(NAME_PREFIX) else source
        for source, key in zip(sources, keys, strict=True)
    ]


def page_labels(articles: pd.DataFrame) -> np.ndarray:
    """The page file each article came from, as the outlet report names it.

    Parameters
    ----------
    articles : pandas.DataFrame
        Rows with ``page``, ``article_index`` and ``layout`` (ARTICLE_METRICS columns).

    Returns
    -------
    numpy.ndarray
        One text per row: the page's name, followed by "(card N)", N counted from 1,
        for a listing page's card (None for a row without a page); so a surprising
        figure can be checked in its file.
    """
    pages = articles["page"].to_numpy()
    cards = (articles["layout"] == "listing").to_numpy()
    numbers = pd.to_numeric(articles["article_index"]).to_numpy()
    labels = [
        None if not isinstance(page, str) else f"{page} (card {n + 1:.0f})" if card else page
        for page, card, n in zip(pages, cards, numbers, strict=True)
    ]
    return np.array(labels, dtype=object)


def outlet_quotes(
    quotes: pd.DataFrame, outlet: str, article_metrics: pd.DataFrame | None = None
) -> ReportTable:
    """The outlet's quotations with their speakers, in article and text order.

    Parameters
    ----------
    quotes : pandas.DataFrame
        The QUOTES table.
    outlet : str
        The outlet's name exactly as in ``quotes``.
    article_metrics : pandas.DataFrame, optional
        The ARTICLE_METRICS table: when given, each quotation's page file is shown
        (:func:`page_labels`).

    Returns
    -------
    ReportTable
        One row per quotation: article, page (with ``article_metrics``), speaker as
        printed ("(unattributed)" when none was found; a pronoun read as a name shows
        both, "he (read as Ann Lee)", so the row matches the page), the speaker's name
        (:func:`analysis.stats.quotes.speaker_name`: without the role words before it;
        "(unnamed)" for a role with no name, blank for no speaker or a pronoun), length,
        whether it is a scare quote, and its text.
    """
    mine = quotes[quotes["outlet"].astype(str) == outlet]
    mine = mine.sort_values(["article_id", "quote_index"])
    page = {}
    if article_metrics is not None:
        located = article_metrics.set_index("article_id")[["page", "article_index", "layout"]]
        order = located.reindex(mine["article_id"]).reset_index()
        order["quote_index"] = mine["quote_index"].to_numpy()
        order = order.sort_values([*_PAGE_ORDER, "quote_index"], kind="stable").index
        mine = mine.iloc[order]  # the articles' order in the article table
        page = {"page": page_labels(located.reindex(mine["article_id"]))}
    data = pd.DataFrame(
        {
            "article": mine["article_id"].astype(str).to_numpy(),
            **page,
            "speaker": [
                _speaker_cell(printed, speaker)
                for printed, speaker in zip(
                    mine.get("speaker_as_printed", mine["speaker"]), mine["speaker"], strict=True
                )
            ],
            "name": [_name_cell(s) for s in mine["speaker"]],
            "length (words)": mine["n_words"].to_numpy(),
            "scare quote": mine["is_scare"].astype(bool).to_numpy(),
            "quote": mine["text"].to_numpy(),
        }
    )
    formats = {"length (words)": "count", "scare quote": "yesno", "quote": "prose"}
    return ReportTable(data, formats)


def _speaker_cell(printed: object, speaker: object) -> str:
    """The quotations table's speaker cell: as printed, and the name a pronoun was read
    as ("he (read as Ann Lee)"); "(unattributed)" for no speaker."""
    if not isinstance(speaker, str):
        return "(unattributed)"
    if isinstance(printed, str) and printed != speaker:
        return f"{printed} (read as {speaker})"
    return speaker


def _name_cell(speaker: object) -> str:
    """The quotations table's name cell: the name, "(unnamed)" or blank."""
    name = speaker_name(speaker)
    if name is not None:
        return name
    return UNNAMED if names_someone(speaker) else ""


def speaker_counts(
    quotes: pd.DataFrame, outlet: str | None = None, top: int | None = None
) -> ReportTable:
    """Attributed quotations per speaker's name, most quoted first, then by name.

    Each speaker counts under its name, the role words printed before it dropped
    (:func:`analysis.stats.quotes.speaker_name`: "Council leader Ann Lee" and
    "Ratsvorsitzende Ann Lee" are "Ann Lee"); the forms of one name count as
    one ("Trump", "Donald Trump" when the rows name one Trump), shown in their most
    frequent form (:func:`analysis.stats.quotes.speaker_groups`). A pronoun left
    unresolved ("he", "some") names nobody and is not listed; the quotations of a role
    with no name ("its chair", "the ministry") are counted apart, in one last row
    "(unnamed)".

    Parameters
    ----------
    quotes : pandas.DataFrame
        The QUOTES table.
    outlet : str, optional
        Count only this outlet's quotations (its name as in ``quotes``); None counts all.
    top : int, optional
        List only the ``top`` most quoted names (the "(unnamed)" row is kept under them);
        None lists every name.

    Returns
    -------
    ReportTable
        Speaker, quotations and quoted words; no rows when no attributed quotation
        names someone.
    """
    rows = quotes if outlet is None else quotes[quotes["outlet"].astype(str) == outlet]
    said = rows[rows["attributed"].astype(bool)]
    said = said[np.array([names_someone(s) for s in said["speaker"]], dtype=bool)]
    names = pd.Series([speaker_name(s) for s in said["speaker"]], index=said.index, dtype=object)
    unnamed = said[names.isna()]
    named = said[names.notna()].assign(speaker=names[names.notna()])
    formats = {"quotes (count)": "count", "quoted words (count)": "count"}
    if named.empty and unnamed.empty:
        columns = ["speaker", *formats]
        return ReportTable(pd.DataFrame({c: [] for c in columns}), formats)
    groups = speaker_groups(named["speaker"].astype(str))
    keys = named["speaker"].astype(str).map(groups)
    forms = group_forms(named["speaker"].value_counts().to_dict(), groups)
    counts = (
        named.assign(_key=keys.to_numpy())
        .groupby("_key")
        .agg(quotes=("quote_index", "size"), words=("n_words", "sum"))
    )
    counts["speaker"] = [forms[key] for key in counts.index]
    counts = counts.sort_values(["quotes", "speaker"], ascending=[False, True])
    if top is not None:
        counts = counts.iloc[:top]
    if not unnamed.empty:
        apart = {"speaker": UNNAMED, "quotes": len(unnamed), "words": unnamed["n_words"].sum()}
        counts = pd.concat([counts, pd.DataFrame([apart])], ignore_index=True)
    data = pd.DataFrame(
        {
            "speaker": counts["speaker"].to_numpy(),
            "quotes (count)": counts["quotes"].to_numpy(),
            "quoted words (count)": counts["words"].to_numpy(),
        }
    )
    return ReportTable(data, formats)


def copy_groups(
    article_metrics: pd.DataFrame, articles: pd.DataFrame, outlet: str | None = None
) -> ReportTable:
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
    ReportTable
        One row per article in a group: group, outlet, article, title, published,
        credited source, and the highest similarity to another outlet's copy.
    """
    grouped = article_metrics[article_metrics["copy_group"].notna()]
    extra = [c for c in ("published", "credited_source") if c in articles.columns]
    merged = grouped.merge(articles[["article_id", *extra]], on="article_id", how="left")
    if outlet is not None:
        mine = set(merged.loc[merged["outlet"].astype(str) == outlet, "copy_group"])
        merged = merged[merged["copy_group"].isin(mine)]
    data = pd.DataFrame(
        {
            "group": merged["copy_group"].astype(str).to_numpy(),
            "outlet": merged["outlet"].astype(str).to_numpy(),
            "article": merged["article_id"].astype(str).to_numpy(),
            "title": merged["title"].to_numpy(),
            **{c.replace("_", " "): merged[c].to_numpy() for c in extra},
            "highest similarity (0-1)": merged["copy_max_similarity"].to_numpy(),
        }
    )
    data = data.sort_values(["group", "outlet", "article"]).reset_index(drop=True)
    formats = {
        "group": "token",
        "title": "prose",
        "published": "token",
        "highest similarity (0-1)": "decimal3",
    }
    return ReportTable(data, formats)


def copy_pair_counts(copy_pairs: pd.DataFrame) -> ReportTable:
    """Pairs of outlets that share near-duplicate articles, most pairs first.

    Parameters
    ----------
    copy_pairs : pandas.DataFrame
        The COPY_PAIRS table (one row per near-duplicate article pair).

    Returns
    -------
    ReportTable
        One row per unordered pair of outlets (names in case-insensitive order), with
        the number of article pairs they share; an outlet paired with itself is a row.
    """
    counts: dict[tuple[str, str], int] = {}
    for a, b in zip(
        copy_pairs["outlet_a"].astype(str), copy_pairs["outlet_b"].astype(str), strict=True
    ):
        key = tuple(sorted((a, b), key=str.casefold))
        counts[key] = counts.get(key, 0) + 1
    order = sorted(counts, key=lambda pair: (-counts[pair], pair[0].casefold(), pair[1].casefold()))
    data = pd.DataFrame(
        {
            "outlet": [a for a, _ in order],
            "shares copy with": [b for _, b in order],
            "near-duplicate article pairs (count)": [counts[pair] for pair in order],
        }
    )
    return ReportTable(data, {"near-duplicate article pairs (count)": "count"})


#: How an article whose page names no outlet (None, NaN or "") is shown in comparisons.
NO_OUTLET = "(no outlet named)"


def outlet_label(outlet: object) -> str:
    """An outlet name for display: ``outlet`` itself, or :data:`NO_OUTLET` when missing.

    Parameters
    ----------
    outlet : object
        A value of an ``outlet`` column: a name, None, NaN or blank text.

    Returns
    -------
    str
        The name, or :data:`NO_OUTLET`.
    """
    if isinstance(outlet, str) and outlet.strip():
        return outlet
    return NO_OUTLET


def copy_matrix(copy_pairs: pd.DataFrame, outlets: Iterable[object]) -> pd.DataFrame:
    """Near-duplicate article pairs shared by each pair of outlets (symmetric counts).

    Articles without an outlet count under :data:`NO_OUTLET`. The pairs are counted in
    one group-by, so the cost grows with the pairs plus the cells of the matrix (200
    outlets carrying one story: 19,900 pairs), not with their product.

    Parameters
    ----------
    copy_pairs : pandas.DataFrame
        The COPY_PAIRS table.
    outlets : iterable
        Outlets that get a row and a column even when they share nothing.

    Returns
    -------
    pandas.DataFrame
        Square int matrix indexed by outlet label both ways (sorted); the diagonal counts
        pairs within one outlet once.
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
    """One outlet's row of ``outlet_metrics`` as a JSON-safe dict (sorted keys).

    Parameters
    ----------
    outlet_metrics : pandas.DataFrame
        The OUTLET_METRICS table.
    outlet : str
        The outlet, in any form :func:`choose_outlet` accepts.

    Returns
    -------
    dict
        Column name -> value: numpy scalars as Python ones, NaN as None, floats rounded
        to 6 decimals, ``outlet`` the table's spelling of the name.
    """
    outlet = choose_outlet(outlet_metrics, outlet)
    row = outlet_metrics[outlet_metrics["outlet"].astype(str) == outlet].iloc[0]
    summary = {str(key): _json_value(value) for key, value in row.items()}
    summary["outlet"] = outlet
    return dict(sorted(summary.items()))


def write_outlet_json(summary: Mapping[str, Any], path: str | Path) -> str:
    """Write an outlet's statistics as JSON, atomically; ``path=""`` writes nothing.

    Parameters
    ----------
    summary : mapping
        An outlet's statistics (:func:`outlet_summary`).
    path : str or Path
        Where the JSON goes; ``""`` writes nothing.

    Returns
    -------
    str
        A one-line note for the notebook (no path in it, so outputs stay stable).

    Raises
    ------
    ParameterError
        ``path`` holds another outlet's statistics (a saved report run again with its
        ``outlet`` changed and its ``output_json`` left: ``npr.json`` would be
        overwritten with Reuters' figures, the index's link to NPR's JSON then giving
        them).
    """
    if str(path) == "":
        return "statistics not written (no output_json given)"
    _check_not_another_outlets(Path(path), str(summary.get("outlet", "")))
    write_json_atomic(path, dict(summary))
    return f"statistics written: {len(summary)} fields"


def _check_not_another_outlets(path: Path, outlet: str) -> None:
    """Refuse to write ``outlet``'s statistics over a JSON file that holds those of an
    outlet whose report file name (:func:`~analysis.report.slugs.slug_base`) is another
    (the same outlet renamed in case only, or with its name written otherwise, keeps
    its file)."""
    try:
        held = json.loads(path.read_text(encoding="utf-8")).get("outlet")
    except (OSError, ValueError, AttributeError):
        return  # no file, or not an outlet's statistics: nothing of a report to lose
    if isinstance(held, str) and slug_base(held) != slug_base(outlet):
        raise ParameterError(
            f"parameter output_json: {path.name} holds the statistics of {held!r}, not "
            f'of {outlet!r}: give output_json = "{slug_base(outlet)}.json" (or "" to '
            "write none) when you change the outlet of a saved report"
        )
