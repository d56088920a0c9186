"""Per-outlet statistics (stage: article_metrics, quotes -> outlet_metrics).

One row per outlet: every outlet that published an article (a card on a listing page
counts for the card's outlet) and every site that served a listing page (its page chrome
counts for the site). Definitions (see ``docs/metrics.md``):

- ``n_teasers``: the outlet's articles that are teasers (``is_teaser``: a listing card
  cut short, an article page cut by a paywall); ``median_words`` is the median of
  ``n_words`` over its other articles (the full texts; NaN when all are teasers): a
  snippet's length says nothing of an article's; ``total_words`` counts every article.
- ``n_resaves``: the outlet's articles that repeat a story it saved before (a page
  scraped again on another day: ``article_metrics.resave_of``,
  :mod:`analysis.stats.resaves`); every other column, ``n_articles`` first, leaves them
  out: a story counts once.
- ``quote_share_pooled`` = sum of quoted words / sum of words over the full texts
  (teasers left out, as from ``median_words``: a homepage's cards would pull an outlet's
  share down by how many snippets were saved); ``quote_share_mean`` = mean of the article
  shares (articles with words; a teaser has none); ``quote_share_all_pooled`` likewise
  with scare quotes; ``quotes_per_1000_words`` = 1000 x direct quotes / words, full texts.
- ``readability_language``: the language of most of the outlet's words among its
  articles with a Flesch reading ease (None without one). ``M_wmean`` and ``M_wmedian``
  for each readability score M: word-weighted mean and (lower) weighted median over the
  outlet's articles in that language that have a score: scores of other languages come
  from other formulas (or other constants) and are left out, not mixed in.
  ``n_readability_articles``: how many articles those are (a site printing two of its
  nine stories in English has a readability of those two; 0 without a score).
- ``languages``: the languages of the outlet's articles (``article_metrics.language``),
  each with its number of articles, most first, ties in code order (``"fr 2, it 2, de
  1"``); None without articles. Its word counts (``total_words``, ``median_words``,
  ``quotes_per_1000_words``) add up words of each of these languages, which are not one
  unit: a Chinese or Japanese word is a character, a Tamil or German one holds what
  other languages write as several (docs/metrics.md); the reports rank them only among
  outlets whose articles are all in one language, the same
  (:mod:`analysis.report.statistics`).
- ``boilerplate_ratio`` = pooled boilerplate characters / unit characters over the
  outlet's units: its article pages, its cards, and the listing pages it served as a site
  (a listing page's boilerplate is every character that is not a card's content: page
  chrome plus the cards' own chrome).
- ``original_share`` = words of the outlet's articles in no copy group / total words.
- ``STAT_ci_low`` / ``STAT_ci_high`` for each statistic in
  :data:`analysis.tables.INTERVAL_STATISTICS`: its 95 % bootstrap interval over the
  outlet's articles the statistic is computed on (the full texts for the quote
  statistics and ``median_words``, the articles scored in the readability language for
  readability; over its units for the boilerplate ratio), seeded by outlet name
  (:mod:`analysis.stats.bootstrap`); NaN when those are fewer than
  :data:`~analysis.stats.bootstrap.MIN_ARTICLES`.
- ``merged_from``: the outlet keys of pages without a URL that were filed under this
  outlet's domain because they print its site name (:mod:`analysis.clean.outlet_merge`),
  "; "-joined; None when none were.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike

from analysis.clean.outlet_display import unknown_site  # noqa: F401 (used by benchmarks)
from analysis.stats import bootstrap
from analysis.stats.outlet_inputs import (  # noqa: F401 (listing_units, outlet_key: public)
    OutletInputs,
    articles_of_frame,
    listing_units,
    names_someone,
    outlet_key,
    quote_tables_of_frame,
    site_of_pages,
)
from analysis.stats.quotes import group_forms, quote_share, speaker_groups, speaker_name
from analysis.stats.ratios import ratio
from analysis.tables import (
    OUTLET_METRICS_COLUMNS,
    OUTLET_METRICS_SCHEMA,
    READABILITY_COLUMNS,
    validate,
)

if TYPE_CHECKING:
    from analysis.parallel import Engine

#: How many speakers ``top_speakers`` lists.
TOP_SPEAKERS = 5


def weighted_mean(values: ArrayLike, weights: ArrayLike) -> float:
    """Mean of ``values`` weighted by ``weights``, over non-NaN values with weight > 0.

    Parameters
    ----------
    values : array_like
        One value per article; NaN values are left out.
    weights : array_like
        One weight per value.

    Returns
    -------
    float
        NaN when no value is kept.
    """
    values, weights = _as_float(values), _as_float(weights)
    keep = ~np.isnan(values) & (weights > 0)
    total = float(weights[keep].sum())
    if total == 0:
        return math.nan
    return float((values[keep] * weights[keep]).sum() / total)


def weighted_median(values: ArrayLike, weights: ArrayLike) -> float:
    """Lower weighted median: the smallest value whose cumulative weight reaches half.

    Values are sorted ascending; NaN values and zero weights are left out. With equal
    weights this is the lower median (for an even count, the smaller middle value).

    Parameters
    ----------
    values, weights : array-like
        Aligned (pandas Series or numpy arrays); weights are word counts.

    Returns
    -------
    float
        The weighted median, NaN when nothing is left.
    """
    values, weights = _as_float(values), _as_float(weights)
    keep = ~np.isnan(values) & (weights > 0)
    if not keep.any():
        return math.nan
    kept = values[keep]
    order = np.argsort(kept, kind="stable")
    cumulative = np.cumsum(weights[keep][order])
    index = int(np.searchsorted(cumulative, cumulative[-1] / 2, side="left"))
    return float(kept[order][index])


def _as_float(values: ArrayLike) -> np.ndarray:
    """``values`` as a float64 numpy array (pandas NA and None become NaN)."""
    if isinstance(values, pd.Series):
        return values.to_numpy(dtype=float, na_value=np.nan)
    return np.asarray(values, dtype=float)


def format_top_speakers(speakers: Iterable[object], limit: int = TOP_SPEAKERS) -> str:
    """Format the most quoted speakers as ``"Name (n); Name (n)"``.

    Ordered by count (descending), then name; empty string when nobody is named. Each
    speaker counts under its name, the role words before it dropped
    (:func:`analysis.stats.quotes.speaker_name`: "Council leader Ann Lee" is
    "Ann Lee"); a pronoun left unresolved ("he", "they", "some") or a role with no
    name ("its chair", "the ministry") names nobody and is not listed. The forms of one
    name count as one (:func:`analysis.stats.quotes.speaker_groups`: "Trump" / "Donald
    Trump" when the list names one Trump), shown in their fullest form
    (:func:`analysis.stats.quotes.group_forms`).

    Parameters
    ----------
    speakers : iterable
        One speaker per attributed quote, as printed; None, NaN and blanks are skipped.
    limit : int
        Most speakers listed.

    Returns
    -------
    str
        The ``outlet_metrics.top_speakers`` value.
    """
    return top_speakers(Counter(s for s in speakers if names_someone(s)), limit)


def top_speakers(printed: Mapping[str, int], limit: int = TOP_SPEAKERS) -> str:
    """:func:`format_top_speakers` of printed speakers given with their counts.

    Parameters
    ----------
    printed : mapping of str to int
        Printed name -> its quotations.
    limit : int
        As in :func:`format_top_speakers`.

    Returns
    -------
    str
        ``"Name (n); ..."``, or ``""`` for an empty mapping.
    """
    names: Counter[str] = Counter()
    for phrase, n in printed.items():
        name = speaker_name(phrase)
        if name is not None:
            names[name] += n
    groups = speaker_groups(names)
    forms = group_forms(names, groups)
    counts: Counter[str] = Counter()
    for name, n in names.items():
        counts[groups[name]] += n
    ranked = sorted(counts.items(), key=lambda item: (-item[1], forms[item[0]]))[:limit]
    return "; ".join(f"{forms[key]} ({n})" for key, n in ranked)


class _ArticleColumns:
    """The outlet table's per-article arrays, with the word weights derived once."""

    def __init__(self, inputs: OutletInputs) -> None:
        self.n_words = inputs.n_words
        self.words = self.n_words.astype(float)
        self.teaser = inputs.teaser
        self.page = inputs.page
        self.quote_share = inputs.quote_share
        self.sums = inputs.sums
        self.readability = inputs.readability
        self.language = inputs.language
        self.languages = inputs.languages
        self.words_scored = np.where(
            np.isnan(self.readability["flesch_reading_ease"]), 0.0, self.words
        )
        self.original = inputs.original

    def readability_of(self, rows: np.ndarray) -> tuple[str | None, dict[str, np.ndarray]]:
        """The outlet's readability language and its scores in it (others NaN).

        The language is the one with the most words among ``rows`` that have a Flesch
        reading ease (ties: the first in code-point order); None when no row has one.
        """
        words: Counter[str] = Counter()
        scored = zip(self.language[rows].tolist(), self.words_scored[rows].tolist(), strict=True)
        for code, n_words in scored:
            if n_words > 0:
                words[self.languages[code]] += n_words
        if not words:
            return None, {name: values[rows] for name, values in self.readability.items()}
        language = min(words, key=lambda name: (-words[name], name))
        other = self.language[rows] != self.languages.index(language)
        return language, {
            name: np.where(other, np.nan, values[rows]) for name, values in self.readability.items()
        }

    def languages_of(self, rows: np.ndarray) -> str | None:
        """The languages of the articles at ``rows``, each with its count, most first
        (ties in code order), comma-joined: ``"fr 2, it 2, de 1"``; None for no row."""
        counts = Counter(self.languages[code] for code in self.language[rows].tolist())
        ordered = sorted(counts, key=lambda name: (-counts[name], name))
        return ", ".join(f"{name} {counts[name]}" for name in ordered) or None


def _one_outlet(
    columns: _ArticleColumns, rows: np.ndarray, speakers: Mapping[str, int]
) -> dict[str, object]:
    """Statistics of one outlet's articles (``rows``: their positions, in table order).

    Each value is computed as pandas computes it on the outlet's rows (same sums in
    the same order), so the table does not depend on how the rows were grouped.
    """
    n_words = columns.n_words[rows]
    words = columns.words[rows]
    total_words = int(n_words.sum())
    shares = columns.quote_share[rows][n_words > 0]
    shares = shares[~np.isnan(shares)]
    full = ~columns.teaser[rows]
    full_text = words[full]
    full_words = int(n_words[full].sum())  # the quote statistics' words: no teaser's

    def full_sum(column: str) -> int:
        return int(columns.sums[column][rows][full].sum())

    row: dict[str, object] = {
        "n_articles": len(rows),
        "n_teasers": int(columns.teaser[rows].sum()),
        "n_pages": len(np.unique(columns.page[rows])),
        "total_words": total_words,
        "median_words": float(np.median(full_text)) if len(full_text) else math.nan,
        "quote_share_pooled": quote_share(full_sum("quoted_words"), full_words),
        "quote_share_mean": float(shares.sum() / len(shares)) if len(shares) else math.nan,
        "quote_share_all_pooled": quote_share(full_sum("quoted_words_all"), full_words),
        "quotes_per_1000_words": ratio(1000 * full_sum("n_quotes"), full_words),
        "top_speakers": top_speakers(speakers),
    }
    row["readability_language"], readability = columns.readability_of(rows)
    row["n_readability_articles"] = int((~np.isnan(readability["flesch_reading_ease"])).sum())
    row["languages"] = columns.languages_of(rows)
    for name in READABILITY_COLUMNS:
        values = readability[name]
        row[f"{name}_wmean"] = weighted_mean(values, words)
        row[f"{name}_wmedian"] = weighted_median(values, words)
    original = int(n_words[columns.original[rows]].sum())
    row["original_share"] = ratio(original, total_words)
    return row


def _interval_requests(
    columns: _ArticleColumns, rows: np.ndarray, unit_terms: tuple[np.ndarray, np.ndarray], seed: int
) -> list[bootstrap.IntervalRequest]:
    """One outlet's bootstraps: each article statistic over the articles that carry it,
    and the boilerplate ratio over its units (``unit_terms``).

    A statistic is resampled over the articles its value is computed on: the quote
    statistics and ``median_words`` over the full texts (teasers left out, as from their
    values), a readability mean over the articles scored in the readability language,
    ``original_share`` over every article. Statistics over the same articles share one
    request (one draw); so a statistic resting on fewer than
    :data:`~analysis.stats.bootstrap.MIN_ARTICLES` articles has no interval, however many
    teasers or articles in other languages the outlet holds beside them (a homepage's
    cards made an interval, and a rank, of 4 full texts' quote share)."""
    words = columns.words[rows]
    readability = columns.readability_of(rows)[1]
    full = ~columns.teaser[rows]
    every = np.ones(len(rows), dtype=bool)

    def full_sum(column: str) -> np.ndarray:
        return columns.sums[column][rows].astype(float)

    ratios: list[tuple[np.ndarray, str, tuple[np.ndarray, np.ndarray]]] = [
        (full, "quote_share_pooled", (full_sum("quoted_words"), words)),
        (full, "quote_share_all_pooled", (full_sum("quoted_words_all"), words)),
        (full, "quotes_per_1000_words", (1000.0 * full_sum("n_quotes"), words)),
        (every, "original_share", (np.where(columns.original[rows], words, 0.0), words)),
    ]
    for name in ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog"):
        terms = bootstrap.weighted_terms(readability[name], words)
        ratios.append((terms[1] > 0, f"{name}_wmean", terms))
    # one request per set of articles, in the order the sets first appear
    groups: dict[
        bytes, tuple[np.ndarray, dict[str, tuple[np.ndarray, np.ndarray]], dict[str, np.ndarray]]
    ] = {}
    for mask, name, (numerators, denominators) in ratios:
        group = groups.setdefault(mask.tobytes(), (mask, {}, {}))
        group[1][name] = (numerators[mask], denominators[mask])
        if name == "quote_share_pooled":
            group[2]["median_words"] = words[mask]
    requests: list[bootstrap.IntervalRequest] = [
        (seed, found, medians or None) for mask, found, medians in groups.values()
    ]
    return [*requests, (seed, {"boilerplate_ratio": unit_terms}, None)]


def _interval_columns(found: dict[str, tuple[float, float]]) -> dict[str, float]:
    return {
        f"{name}_{end}": value
        for name, pair in found.items()
        for end, value in zip(("ci_low", "ci_high"), pair, strict=True)
    }


def outlet_metrics(
    article_metrics: pd.DataFrame,
    quotes: pd.DataFrame,
    pages: pd.DataFrame,
    copy_pairs: pd.DataFrame,
    merged_from: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Aggregate the per-article tables to one row per outlet.

    One pass groups the rows by outlet; each outlet's row then reads only its own rows,
    so the cost grows with the number of rows, not with outlets x rows.

    Parameters
    ----------
    article_metrics : pandas.DataFrame
        From :func:`analysis.stats.metrics.article_metrics`.
    quotes : pandas.DataFrame
        The ``quotes`` table.
    pages : pandas.DataFrame
        The ``pages`` table of ``clean`` (page, layout, site, n_chars).
    copy_pairs : pandas.DataFrame
        The ``copy_pairs`` table. An article is in a copy group only through a pair with
        another outlet, so ``original_share`` reads ``article_metrics.copy_group``; the
        pairs are checked to agree with it.
    merged_from : mapping of str to str, optional
        The ``merged_from`` value by outlet
        (:meth:`analysis.clean.outlet_merge.OutletIdentities.merged_from`).

    Returns
    -------
    pandas.DataFrame
        The ``outlet_metrics`` table, validated, sorted by outlet.
    """
    inputs = OutletInputs.from_tables(
        articles_of_frame(article_metrics), quote_tables_of_frame(quotes), pages, copy_pairs
    )
    return outlet_table(inputs, merged_from)


#: Units (articles, and the units of the boilerplate ratio) in a chunk of outlets whose
#: bootstrap intervals go to the engine together (the last chunk may hold fewer; an outlet
#: is never split). The intervals do not depend on it: each outlet's are computed alone.
INTERVAL_CHUNK_UNITS = 256


def outlet_table(
    inputs: OutletInputs,
    merged_from: Mapping[str, str] | None = None,
    engine: Engine | None = None,
) -> pd.DataFrame:
    """The ``outlet_metrics`` table of grouped inputs (see :func:`outlet_metrics`).

    ``metrics`` builds the inputs from its files
    (:func:`analysis.stats.outlet_inputs.read_outlet_inputs`), without a Python object
    per article, and gives its ``engine``: the bootstrap intervals, most of the table's
    cost, run there in chunks of outlets (:data:`INTERVAL_CHUNK_UNITS`) while this
    process computes the other columns; the table is the same on any engine.

    Parameters
    ----------
    inputs : OutletInputs
        The article, quote and page-unit columns, grouped by outlet.
    merged_from : mapping of str to str, optional
        Outlet -> the keys filed under it, for the ``merged_from`` column; None: none.
    engine : Engine, optional
        Where the bootstrap intervals run (:mod:`analysis.parallel`); None: here.

    Returns
    -------
    pandas.DataFrame
        One row per outlet of ``inputs``, in their order, typed.
    """
    columns = _ArticleColumns(inputs)
    unit_rows = dict(inputs.rows_by_outlet(inputs.unit_outlet))
    unit_boilerplate = inputs.unit_boilerplate.astype(float)
    unit_chars = inputs.unit_chars.astype(float)
    outlets = list(inputs.rows_by_outlet(inputs.outlet))
    groups = _outlet_chunks([len(mine) + len(unit_rows[outlet]) for outlet, mine in outlets])
    rows: list[dict[str, object]] = []
    n_requests: list[int] = []  # each outlet's bootstraps (_interval_requests)

    def requests() -> Iterator[list[bootstrap.IntervalRequest]]:
        # A chunk is handed out before its outlets' other columns are computed, so the
        # engine works on it meanwhile.
        for group in groups:
            chunk = []
            for outlet, mine in outlets[group.start : group.stop]:
                mine_units = unit_rows[outlet]
                terms = (unit_boilerplate[mine_units], unit_chars[mine_units])
                seed = bootstrap.outlet_seed(outlet)
                mine_requests = _interval_requests(columns, mine, terms, seed)
                n_requests.append(len(mine_requests))
                chunk.extend(mine_requests)
            yield chunk
            for outlet, mine in outlets[group.start : group.stop]:
                rows.append(
                    _outlet_row(inputs, columns, outlet, mine, unit_rows[outlet], merged_from)
                )

    if engine is None:
        results = map(bootstrap.intervals_of_requests, requests())
    else:
        engine = engine.sized_for(len(groups))
        results = engine.map_chunks(bootstrap.intervals_of_requests, requests())
    found = iter([intervals for chunk in results for intervals in chunk])
    for row, n in zip(rows, n_requests, strict=True):
        for _ in range(n):
            row.update(_interval_columns(next(found)))
    return _typed(rows)


def _outlet_row(
    inputs: OutletInputs,
    columns: _ArticleColumns,
    outlet: str,
    rows: np.ndarray,
    unit_rows: np.ndarray,
    merged_from: Mapping[str, str] | None,
) -> dict[str, object]:
    """One outlet's columns but its intervals (``rows``: its articles' positions,
    ``unit_rows``: its units')."""
    row = {"outlet": outlet, **_one_outlet(columns, rows, inputs.speakers.get(outlet, {}))}
    row["boilerplate_ratio"] = ratio(
        int(inputs.unit_boilerplate[unit_rows].sum()), int(inputs.unit_chars[unit_rows].sum())
    )
    row["n_resaves"] = inputs.n_resaves.get(outlet, 0)
    row["n_listing_pages"] = inputs.n_listing.get(outlet, 0)
    row["merged_from"] = (merged_from or {}).get(outlet)
    return row


def _outlet_chunks(units: list[int]) -> list[range]:
    """Consecutive outlets (positions) in chunks of at least :data:`INTERVAL_CHUNK_UNITS`
    units, the last excepted."""
    chunks, start, held = [], 0, 0
    for position, n_units in enumerate(units):
        held += n_units
        if held >= INTERVAL_CHUNK_UNITS:
            chunks.append(range(start, position + 1))
            start, held = position + 1, 0
    if start < len(units):
        chunks.append(range(start, len(units)))
    return chunks


def _typed(rows: list[dict[str, object]]) -> pd.DataFrame:
    table = pd.DataFrame(rows, columns=OUTLET_METRICS_COLUMNS)
    table = table.astype(
        {
            "n_articles": "int64",
            "n_teasers": "int64",
            "n_resaves": "int64",
            "n_pages": "int64",
            "total_words": "int64",
            "n_readability_articles": "int64",
            "n_listing_pages": "int64",
        }
    )
    float_columns = [
        c
        for c in OUTLET_METRICS_COLUMNS
        if str(OUTLET_METRICS_SCHEMA.columns[c].dtype) == "float64"
    ]
    table[float_columns] = table[float_columns].astype(float)
    table["outlet"] = table["outlet"].astype(str)
    table["top_speakers"] = table["top_speakers"].astype(str)
    table["readability_language"] = table["readability_language"].astype(object)
    table["languages"] = table["languages"].astype(object)
    table["merged_from"] = table["merged_from"].astype(object)
    return validate(table.reset_index(drop=True), "outlet_metrics")
