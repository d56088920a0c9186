"""Per-article statistics (stage: articles -> article_metrics, quotes, copy_pairs).

Reads the tables written by ``python -m analysis clean`` (pages, blocks, articles) and
writes, in the processed folder, ``article_metrics.parquet``, ``quotes.parquet``,
``copy_pairs.parquet`` and ``outlet_metrics.parquet`` (see :mod:`analysis.stats.outlets`), plus
``reports/outlet_metrics.csv``. Every definition is in ``docs/metrics.md``; in short:

- an outlet's repeated lines (a pitch printed in a quarter of its stories) leave the
  bodies first: :mod:`analysis.stats.outlet_boilerplate`; ``outlet_boilerplate_chars``
  counts their characters, which are part of the boilerplate;
- words: :func:`analysis.text.count_words`;
  sentences: :func:`analysis.stats.sentences.count_sentences`;
- quotes: :func:`analysis.stats.quotes.find_quotes`; ``n_quotes``/``quoted_words`` count the
  direct quotations (not scare quotes), ``*_all`` counts every quoted span;
- language: :func:`analysis.stats.language.detect_language` (py3langid);
- readability: :func:`analysis.stats.language.language_statistics`: textstat 0.7.8 values
  where the formula is defined for the language, else NaN and ``readability_note``;
- teasers (listing cards cut short, article pages cut by a paywall:
  ``articles.is_teaser``, copied as ``is_teaser``): no quote share, quotes per 1000
  words or readability by default (they need the full text; NaN); their words and
  quotes still count as coverage;
- boilerplate: an article page's boilerplate-labelled characters over the page's
  characters; a card's own chrome (every non-body block of the card except its first
  title block) over the card's characters;
- shared copy: :func:`analysis.stats.copies.find_copy_pairs`;
- a story the outlet's pages hold more than once (saved on several days):
  ``resave_of`` names the save kept (:mod:`analysis.stats.resaves`).

Outputs are sorted by their ids, keep full float precision in Parquet, and are replaced
together as one set (:func:`analysis.io.atomic_paths`): a failure at any point leaves
the previous set whole. The same inputs give byte-identical files.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.errors import AnalysisError
from analysis.io import read_parquet
from analysis.parallel import Engine, as_engine, chunked
from analysis.progress import progress as progress_counter
from analysis.provenance import other_code_tables
from analysis.stats.article_work import (  # noqa: F401  (the per-article work, defined there)
    ArticleResult,
    analyse_articles,
    quote_rows,
    text_statistics,
)
from analysis.stats.copies import copy_groups, search_copies
from analysis.stats.outlet_boilerplate import REMOVED_COLUMN, strip_articles
from analysis.stats.quotes import quote_share
from analysis.stats.ratios import ratio
from analysis.stats.resaves import (
    Address,
    Save,
    TeaserRow,
    find_resaves,
    own_links,
    save_of,
    teaser_links,
)
from analysis.tables import (
    QUOTE_COLUMNS,
    READABILITY_COLUMNS,
    WRITTEN_BY,
    validate,
)

# The columns this stage reads from ``clean``'s tables (checked against their schemas).
PAGES_USED = ("page", "n_chars", "layout", "site", "site_key")
BLOCKS_USED = ("page", "start", "end", "label", "article_index")
ARTICLES_USED = (
    "article_id",
    "page",
    "article_index",
    "layout",
    "outlet",
    "outlet_key",
    "title",
    "url",
    "body",
    "is_teaser",
)

logger = logging.getLogger(__name__)

#: CSV float format for reports (Parquet keeps full precision).
CSV_FLOAT_FORMAT = "%.4f"
#: Articles per unit of work handed to a worker process (``metrics --jobs N``).
CHUNK_ARTICLES = 64


# --- quotes --------------------------------------------------------------------------


def quotes_table(articles: pd.DataFrame) -> pd.DataFrame:
    """Detect the quotes of every article body, in its language as the metrics stage
    reads it (the verbs of saying and dash dialogue of that language).

    Parameters
    ----------
    articles : pandas.DataFrame
        Columns article_id, outlet, body, and optionally language (an ISO 639-1 code,
        as ``article_metrics`` holds it); without that column, or where it is missing,
        the language is detected from the body
        (:func:`analysis.stats.language.detect_language`).

    Returns
    -------
    pandas.DataFrame
        The ``quotes`` table, sorted by article_id and quote_index.
    """
    from analysis.stats.language import detect_language  # loads its model on first use

    ordered = articles.sort_values("article_id", kind="stable")
    languages = ordered["language"] if "language" in ordered else [None] * len(ordered)
    rows = []
    for article, language in zip(
        ordered[["article_id", "outlet", "body"]].itertuples(index=False), languages, strict=True
    ):
        if not isinstance(language, str):
            language = detect_language(article.body or "")
        rows.extend(quote_rows(*article, language))
    return quotes_frame(rows)


def quotes_frame(rows: list[tuple], validated: bool = True) -> pd.DataFrame:
    """The validated ``quotes`` table from :func:`quote_rows` rows, in the given order.

    With ``validated`` False the table is typed but not checked (a part of a table
    that is checked whole later).

    Parameters
    ----------
    rows : list of tuple
        Quote rows in ``QUOTE_COLUMNS`` order, any number of articles.
    validated : bool
        Check the table against the ``quotes`` contract.

    Returns
    -------
    pandas.DataFrame
        Typed columns; a missing outlet or speaker is None.

    Raises
    ------
    analysis.errors.TableError
        ``validated`` and a row breaks the contract.
    """
    table = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    table = table.astype(
        {
            "article_id": str,
            "quote_index": "int64",
            "start": "int64",
            "end": "int64",
            "text": str,
            "n_words": "int64",
            "paragraph": "int64",
            "attributed": bool,
            "is_scare": bool,
        }
    )
    for column in ("outlet", "speaker", "speaker_as_printed"):
        table[column] = table[column].astype(object).where(table[column].notna(), None)
    return validate(table, "quotes") if validated else table


# --- boilerplate ---------------------------------------------------------------------


def _block_chars(blocks: pd.DataFrame) -> pd.Series:
    return (blocks["end"] - blocks["start"]).astype("int64")


def card_chrome_mask(card_blocks: pd.DataFrame) -> pd.Series:
    """True for cards' chrome blocks: every non-body block except each card's first title.

    The first title block of a card (by ``start``) is its headline, content as on an
    article page; repeated titles, outlet, time, category and bullet lines are chrome.

    Parameters
    ----------
    card_blocks : pandas.DataFrame
        Blocks with columns start and label, and optionally page and article_index (one
        card per (page, article_index); a single card without them).

    Returns
    -------
    pandas.Series of bool
        Aligned with ``card_blocks``.
    """
    keys = [c for c in ("page", "article_index") if c in card_blocks.columns]
    ordered = card_blocks.sort_values([*keys, "start"], kind="stable")
    is_title = ordered["label"] == "title"
    titles_so_far = (
        is_title.groupby([ordered[k] for k in keys]).cumsum() if keys else is_title.cumsum()
    )
    mask = (ordered["label"] != "body") & ~(is_title & (titles_so_far == 1))
    return mask.reindex(card_blocks.index)


def unit_boilerplate(
    articles: pd.DataFrame, blocks: pd.DataFrame, records: frozenset[str] = frozenset()
) -> pd.DataFrame:
    """Characters of each article's unit and of its boilerplate.

    The unit of an article on an article page is the whole page, its boilerplate the
    blocks labelled ``boilerplate``; the unit of a card on a listing page is the card
    (the blocks with its article_index), its boilerplate the card's chrome
    (:func:`card_chrome_mask`). Listing page chrome (article_index -1) belongs to no
    article; :mod:`analysis.stats.outlets` reports it for the page's site. The lines
    removed from an article's body as its outlet's boilerplate
    (``outlet_boilerplate_chars``, :mod:`analysis.stats.outlet_boilerplate`) count as
    its boilerplate too. A record (``records``) has no unit: 0 and 0.

    Parameters
    ----------
    articles : pandas.DataFrame
        Columns article_id, page, article_index, layout, and optionally
        outlet_boilerplate_chars.
    blocks : pandas.DataFrame
        Columns page, start, end, label, article_index.
    records : frozenset of str, optional
        The ids of the cards that are a feed's or a news API's records, no page of
        their outlet (:func:`~analysis.stats.resaves.own_links`): the lines around
        their text are the fields ``clean`` wrote, not the outlet's chrome.

    Returns
    -------
    pandas.DataFrame
        Columns article_id, unit_chars, boilerplate_chars, boilerplate_ratio (NaN for
        an empty unit), one row per article, in the order of ``articles``.
    """
    blocks = blocks.assign(chars=_block_chars(blocks))
    page_chars = blocks.groupby("page")["chars"].sum()
    page_boilerplate = blocks[blocks["label"] == "boilerplate"].groupby("page")["chars"].sum()
    card_blocks = blocks[blocks["article_index"] >= 0]
    chrome = card_chrome_mask(card_blocks) if len(card_blocks) else pd.Series(dtype=bool)
    card_chars = card_blocks.groupby(["page", "article_index"])["chars"].sum()
    card_chrome = card_blocks[chrome.astype(bool)].groupby(["page", "article_index"])["chars"].sum()

    units, boilerplates = [], []
    for page, index, layout in articles[["page", "article_index", "layout"]].itertuples(
        index=False
    ):
        if layout == "listing":
            units.append(int(card_chars.get((page, index), 0)))
            boilerplates.append(int(card_chrome.get((page, index), 0)))
        else:
            units.append(int(page_chars.get(page, 0)))
            boilerplates.append(int(page_boilerplate.get(page, 0)))
    if REMOVED_COLUMN in articles.columns:
        removed = articles[REMOVED_COLUMN].astype("int64").tolist()
        boilerplates = [b + n for b, n in zip(boilerplates, removed, strict=True)]
    for position, article_id in enumerate(articles["article_id"]):
        if article_id in records:
            units[position] = boilerplates[position] = 0
    return pd.DataFrame(
        {
            "article_id": articles["article_id"].to_numpy(),
            "unit_chars": pd.array(units, dtype="int64"),
            "boilerplate_chars": pd.array(boilerplates, dtype="int64"),
            "boilerplate_ratio": [ratio(b, u) for b, u in zip(boilerplates, units, strict=True)],
        }
    )


# --- per-article table ---------------------------------------------------------------


def _none_for_missing(series: pd.Series) -> pd.Series:
    return series.astype(object).where(series.notna(), None)


def quote_counts_of_rows(quote_lists: list[list[tuple]]) -> pd.DataFrame:
    """Per-article quote counts: n_quotes, n_scare_quotes, quoted_words, quoted_words_all.

    Parameters
    ----------
    quote_lists : list of list of tuple
        Each article's quote rows (:func:`quote_rows`), one list per article.

    Returns
    -------
    pandas.DataFrame
        One int64 row per list, in order: scare quotes are counted apart and their words
        only in ``quoted_words_all``.
    """
    scare, words = QUOTE_COLUMNS.index("is_scare"), QUOTE_COLUMNS.index("n_words")
    counts = [
        (
            sum(1 for row in rows if not row[scare]),
            sum(1 for row in rows if row[scare]),
            sum(row[words] for row in rows if not row[scare]),
            sum(row[words] for row in rows),
        )
        for rows in quote_lists
    ]
    names = ["n_quotes", "n_scare_quotes", "quoted_words", "quoted_words_all"]
    return pd.DataFrame(counts, columns=names, dtype="int64")


def article_metrics(
    articles: pd.DataFrame, blocks: pd.DataFrame, jobs: int | Engine = 1
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Compute the per-article tables of articles held in memory.

    The lines each outlet repeats in many of its stories are removed from the bodies
    first (:func:`analysis.stats.outlet_boilerplate.strip_articles`).

    The per-article work (text statistics, quotes, copy fingerprints) runs on chunks of
    :data:`CHUNK_ARTICLES` articles, in ``jobs`` processes; the chunks' results are
    joined in article_id order, so the tables are the same bytes for any ``jobs``.
    ``python -m analysis metrics`` computes the same tables without holding the corpus
    (:mod:`analysis.stats.metrics_stream`).

    Parameters
    ----------
    articles : pandas.DataFrame
        The ``articles`` table of ``clean`` (article_id, page, article_index, layout,
        outlet, title, body, ...).
    blocks : pandas.DataFrame
        The ``blocks`` table of ``clean`` (page, start, end, label, article_index, ...).
    jobs : int or Engine, optional
        Worker processes, or the engine running the chunks and the shared-copy search
        (analysis.parallel; the same tables on any).

    Returns
    -------
    tuple of pandas.DataFrame
        ``(article_metrics, quotes, copy_pairs)``, validated, each sorted by its ids.
    """
    articles = articles.sort_values("article_id", kind="stable").reset_index(drop=True)
    articles, _ = strip_articles(articles.assign(body=articles["body"].fillna("").astype(str)))
    bodies = articles["body"]

    rows = articles[["article_id", "outlet", "body"]].itertuples(index=False, name=None)
    results: list[ArticleResult] = []
    # Progress on a terminal only (stderr), counted in articles.
    progress = progress_counter(len(articles), "metrics", "article")
    engine = as_engine(jobs)
    for chunk in engine.map_chunks(analyse_articles, chunked(rows, CHUNK_ARTICLES)):
        progress.update(len(chunk))
        results.extend(chunk)
    progress.close()
    quotes = quotes_frame([row for _, article_quotes, _ in results for row in article_quotes])
    body_of = dict(zip(articles["article_id"], bodies, strict=True)).__getitem__
    found = [fingerprint for _, _, fingerprint in results]
    search = search_copies(found, body_of, engine=engine)
    urls = articles["url"] if "url" in articles.columns else pd.Series(None, index=articles.index)
    own = own_links(
        zip(articles["article_id"], articles["page"], articles["layout"], urls, strict=True)
    )
    table = article_frame(
        articles,
        [stats for stats, _, _ in results],
        quote_counts_of_rows([article_quotes for _, article_quotes, _ in results]),
        unit_boilerplate(articles, blocks, own),
    )
    links = search.same_outlet + teaser_links(
        _teaser_rows(articles),
        body_of,
        _addresses_of_frame(articles, own),
        _days_of_frame(articles),
    )
    resaves = find_resaves(links, _saves_of_frame(articles, own))
    table = with_copy_groups(table, copy_groups(articles["article_id"], search.pairs), resaves)
    return table, quotes, validate(search.pairs, "copy_pairs")


def _teaser_rows(articles: pd.DataFrame) -> Callable[[], Iterator[TeaserRow]]:
    """The articles' rows as :func:`~analysis.stats.resaves.teaser_links` reads them."""
    teasers = (
        articles["is_teaser"].fillna(False).astype(bool)
        if "is_teaser" in articles.columns
        else pd.Series(False, index=articles.index)
    )

    def rows() -> Iterator[TeaserRow]:
        return zip(
            articles["article_id"], articles["outlet"], articles["title"], teasers, strict=True
        )

    return rows


def _days_of_frame(articles: pd.DataFrame) -> Callable[[set[str]], dict[str, str | None]] | None:
    """Some article ids -> each one's publication day, from the articles' rows; None
    when they have no ``published`` column."""
    if "published" not in articles.columns:
        return None
    found = dict(zip(articles["article_id"], articles["published"], strict=True))

    def days(ids: set[str]) -> dict[str, str | None]:
        return {i: day if isinstance(day := found[i], str) else None for i in ids}

    return days


def _addresses_of_frame(articles: pd.DataFrame, own: frozenset[str]) -> Callable[[str], Address]:
    """article_id -> its :data:`~analysis.stats.resaves.Address`, from the articles' rows
    (``own``: the cards whose URL is their own link, :func:`~analysis.stats.resaves.own_links`)."""
    urls = articles["url"] if "url" in articles.columns else pd.Series(None, index=articles.index)
    found = dict(
        zip(articles["article_id"], zip(urls, articles["layout"], strict=True), strict=True)
    )

    def address(article_id: str) -> Address:
        url, layout = found[article_id]
        mine = layout == "article" or article_id in own
        return (url if mine and isinstance(url, str) else None, str(layout))

    return address


def _saves_of_frame(articles: pd.DataFrame, own: frozenset[str]) -> Callable[[str], Save]:
    """article_id -> its :class:`~analysis.stats.resaves.Save`, from the articles' rows
    (``own``: the cards whose URL is their own link)."""
    position = dict(zip(articles["article_id"], range(len(articles)), strict=True))
    urls = articles["url"] if "url" in articles.columns else pd.Series(None, index=articles.index)
    teasers = (
        articles["is_teaser"].fillna(False)
        if "is_teaser" in articles.columns
        else pd.Series(False, index=articles.index)
    )

    def save(article_id: str) -> Save:
        row = position[article_id]
        title = articles["title"].iat[row]
        return save_of(
            title if isinstance(title, str) else None,
            articles["body"].iat[row],
            urls.iat[row],
            articles["layout"].iat[row],
            articles["page"].iat[row],
            articles["article_index"].iat[row],
            bool(teasers.iat[row]),
            own_link=article_id in own,
        )

    return save


def article_frame(
    articles: pd.DataFrame,
    stats: list[dict[str, object]],
    counts: pd.DataFrame,
    boilerplate: pd.DataFrame,
) -> pd.DataFrame:
    """The ``article_metrics`` columns of some articles, all but the copy columns.

    Parameters
    ----------
    articles : pandas.DataFrame
        Columns article_id, page, article_index, outlet, title, layout and optionally
        is_teaser, one row per article.
    stats : list of dict
        Each article's :func:`text_statistics`, in the same order.
    counts : pandas.DataFrame
        Each article's quote counts (:func:`quote_counts_of_rows`), in the same order.
    boilerplate : pandas.DataFrame
        Each article's unit_chars, boilerplate_chars, boilerplate_ratio
        (:func:`unit_boilerplate`), in the same order.

    Returns
    -------
    pandas.DataFrame
        Not validated: :func:`with_copy_groups` adds the last columns and validates.
    """
    stats = pd.DataFrame(stats, index=articles.index)
    if stats.empty:
        stats = pd.DataFrame(
            columns=["language", "n_words", "n_sentences", *READABILITY_COLUMNS, "readability_note"]
        )
    n_words = stats["n_words"].astype("int64").to_numpy()
    # Quote share and readability need the full text: a teaser or snippet (a listing
    # card cut short, an article page cut by a paywall: articles.is_teaser) gets none by
    # default; its words and quote counts still count as coverage.
    teaser = (
        articles["is_teaser"].fillna(False).astype(bool).to_numpy()
        if "is_teaser" in articles.columns
        else np.zeros(len(articles), dtype=bool)
    )
    table = pd.DataFrame(
        {
            "article_id": articles["article_id"].astype(str),
            "page": articles["page"].astype(str),
            "article_index": articles["article_index"].astype("int64"),
            "outlet": _none_for_missing(articles["outlet"]),
            "title": _none_for_missing(articles["title"]),
            "layout": articles["layout"].astype(str),
            "is_teaser": teaser,
            "language": stats["language"].astype(str).to_numpy(),
            "n_words": n_words,
            "n_sentences": stats["n_sentences"].astype("int64").to_numpy(),
            **{name: counts[name].to_numpy() for name in counts.columns},
        }
    )
    table["quote_share"] = [
        quote_share(q, w) for q, w in zip(table["quoted_words"], n_words, strict=True)
    ]
    table["quote_share_all"] = [
        quote_share(q, w) for q, w in zip(table["quoted_words_all"], n_words, strict=True)
    ]
    table["quotes_per_1000_words"] = [
        ratio(1000 * q, w) for q, w in zip(table["n_quotes"], n_words, strict=True)
    ]
    for name in READABILITY_COLUMNS:
        table[name] = stats[name].astype(float).to_numpy()
    table["readability_note"] = _none_for_missing(stats["readability_note"]).to_numpy()
    table[REMOVED_COLUMN] = (
        articles[REMOVED_COLUMN].astype("int64").to_numpy()
        if REMOVED_COLUMN in articles.columns
        else np.zeros(len(table), dtype=np.int64)
    )
    for name in ("unit_chars", "boilerplate_chars", "boilerplate_ratio"):
        table[name] = boilerplate[name].to_numpy()
    if teaser.any():  # (most chunks have none: each assignment costs ~5 ms)
        for name in (
            "quote_share",
            "quote_share_all",
            "quotes_per_1000_words",
            *READABILITY_COLUMNS,
        ):
            table.loc[teaser, name] = math.nan
        table.loc[teaser, "readability_note"] = "teaser: not the full text"
    return table


def with_copy_groups(
    table: pd.DataFrame, copies: pd.DataFrame, resaves: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """``table`` (from :func:`article_frame`) with its copy columns, validated.

    ``copies`` is :func:`analysis.stats.copies.copy_groups` of the table's article_ids,
    in the same order.

    Parameters
    ----------
    table : pandas.DataFrame
        Article rows without the copy columns.
    copies : pandas.DataFrame
        ``copy_group`` and ``copy_max_similarity``, one row per row of ``table``.
    resaves : mapping of str to str, optional
        Each resave's article_id -> the id of the save kept
        (:func:`analysis.stats.resaves.find_resaves`), for ``resave_of``; None: none.

    Returns
    -------
    pandas.DataFrame
        The ``article_metrics`` table; a missing copy group or ``resave_of`` is None.

    Raises
    ------
    analysis.errors.TableError
        The result breaks the ``article_metrics`` contract.
    """
    resaves = resaves or {}
    table = table.assign(
        copy_group=_none_for_missing(copies["copy_group"]).to_numpy(),
        copy_max_similarity=copies["copy_max_similarity"].astype(float).to_numpy(),
        resave_of=pd.Series([resaves.get(i) for i in table["article_id"]], dtype=object).to_numpy(),
    )
    return validate(table, "article_metrics")


# --- command -------------------------------------------------------------------------


def write_metrics(
    processed_dir: Path, reports_dir: Path, jobs: int | Engine = 1
) -> dict[str, Path]:
    """Compute every metrics table from ``processed_dir`` and write them.

    The corpus is streamed in chunks, in bounded memory, and an interrupted run
    resumes from the chunks already done (:mod:`analysis.stats.metrics_stream`); the
    tables are those :func:`article_metrics` and
    :func:`analysis.stats.outlets.outlet_metrics` give on the whole corpus.

    Parameters
    ----------
    processed_dir : Path
        Holds pages.parquet, blocks.parquet, articles.parquet; receives
        article_metrics.parquet, quotes.parquet, copy_pairs.parquet,
        outlet_metrics.parquet.
    reports_dir : Path
        Receives outlet_metrics.csv.
    jobs : int or Engine, optional
        Worker processes (or an engine: analysis.parallel) for the per-article work
        and the shared-copy search (same bytes for any number or engine).

    Returns
    -------
    dict of str to Path
        The files written, by table name.
    """
    from analysis.stats.metrics_stream import write_metrics_streamed

    return write_metrics_streamed(processed_dir, reports_dir, jobs, CHUNK_ARTICLES)


def one_name_per_outlet(
    articles: pd.DataFrame, pages: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, str]]:
    """Articles and pages with one display name per outlet (``outlet_key``/``site_key``).

    ``clean`` decides each page's outlet on its own; here the pages without a URL that
    print the site name of exactly one domain are filed under it
    (:mod:`analysis.clean.outlet_merge`), pages of one outlet that named their site
    differently get one name, and two outlets never share one. Tables without key
    columns are returned unchanged.

    Parameters
    ----------
    articles : pandas.DataFrame
        Article rows with ``outlet`` and ``outlet_key``.
    pages : pandas.DataFrame
        Page rows with ``site`` and ``site_key``.

    Returns
    -------
    tuple
        The articles, the pages, and the outlet table's ``merged_from`` by outlet.
    """
    from analysis.clean.outlet_merge import outlet_identities

    if "outlet_key" not in articles.columns or "site_key" not in pages.columns:
        return articles, pages, {}
    keys = [*articles["outlet_key"], *pages["site_key"]]
    names = [*articles["outlet"], *pages["site"]]
    identities = outlet_identities([str(k) for k in keys], [str(n) for n in names])
    display = identities.display
    articles = articles.assign(outlet=[display[str(k)] for k in articles["outlet_key"]])
    pages = pages.assign(site=[display[str(k)] for k in pages["site_key"]])
    return articles, pages, identities.merged_from()


def run_metrics(processed_dir: Path, reports_dir: Path, jobs: int | Engine = 1) -> int:
    """Run ``python -m analysis metrics``; return the exit status (1 on bad input).

    Parameters
    ----------
    processed_dir : Path
        Where ``clean`` wrote its tables; the metrics tables are written there too.
    reports_dir : Path
        Where ``outlet_metrics.csv`` goes.
    jobs : int or Engine
        Worker processes, or an engine already open (:mod:`analysis.parallel`).

    Returns
    -------
    int
        0, with a summary and the written paths printed; 1 on an
        :class:`~analysis.errors.AnalysisError` (an input table missing or broken, ...),
        which is logged.
    """
    stale = other_code_tables(processed_dir, [n for n, by in WRITTEN_BY.items() if by == "clean"])
    if stale:
        logger.warning("%s", stale)
    try:
        written = write_metrics(processed_dir, reports_dir, jobs=jobs)
    except AnalysisError as err:
        logger.error("error: %s", err)
        return 1
    print(metrics_summary(written))
    for path in written.values():
        print(path)
    return 0


def metrics_summary(written: dict[str, Path]) -> str:
    """One line counting what ``metrics`` wrote: articles (resaves), outlets, quotes, copy pairs.

    Parameters
    ----------
    written : dict of str to Path
        Table name -> written file, as :func:`write_metrics` returns it.

    Returns
    -------
    str
        Row counts from the Parquet files' metadata (the outlets' ``n_articles`` and
        ``n_resaves`` read), then the output folder.
    """
    import pyarrow.parquet as pq

    def rows(name: str) -> int:
        return pq.ParquetFile(written[name]).metadata.num_rows

    outlets = read_parquet(written["outlet_metrics"], columns=["n_articles", "n_resaves"])
    with_articles = int((outlets["n_articles"] > 0).sum())
    resaves = int(outlets["n_resaves"].sum())
    again = f" ({resaves} a story saved again: counted once)" if resaves else ""
    return (
        f"metrics: {rows('article_metrics')} articles{again}, {len(outlets)} outlets "
        f"({with_articles} with articles), {rows('quotes')} quotes, "
        f"{rows('copy_pairs')} shared-copy pairs -> {written['outlet_metrics'].parent}"
    )
