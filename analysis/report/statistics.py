"""The outlet statistics a report shows, their units, and how outlets are ranked.

Reads ``outlet_metrics`` (values and their ``_ci_low`` / ``_ci_high`` bootstrap
intervals, see :mod:`analysis.stats.bootstrap`); returns ranks and overlaps. Writes
nothing.

Ranking rules (the same on every page):

- an outlet with no articles is not ranked and not counted (a listing site's page
  chrome is not an outlet to compare);
- an outlet with fewer than :data:`MIN_RANKED_ARTICLES` articles is shown, without a
  rank: its statistics rest on too few articles; so is a statistic of a ranked outlet
  that rests on fewer (its quote share on the full texts, teasers left out; its
  readability on the articles in its readability language): it has no interval;
- the ranked outlets are the same for every statistic, so every rank in a table says
  "k of N" with one N; rank 1 is the highest value; ties share the better rank;
- two ranked outlets whose 95 % intervals overlap are not shown to differ: each rank
  says which other ranks its interval overlaps;
- a readability score is ranked within one language: the ``readability_language`` of
  most ranked outlets (ties: the first code). A ranked outlet whose readability is in
  another language has no rank for it (its score comes from another formula);
- a statistic counted in words (:data:`WORD_UNIT_COLUMNS`) is ranked within one
  language too: among the ranked outlets whose articles are all in one language
  (``languages``), the language of most of them (ties: the first code). A word is not
  one unit across languages (a Chinese or Japanese "word" is a character; the same
  story is 63 words in German and 79 in French, 70 in Tamil and 96 in Hindi): an
  outlet writing in another language, or in several, has no rank for it.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.stats.bootstrap import MIN_ARTICLES
from analysis.tables import READABILITY_COLUMNS

#: Fewest articles for an outlet to be ranked: as many as an interval needs (ranks say
#: which intervals overlap).
MIN_RANKED_ARTICLES = MIN_ARTICLES


@dataclass(frozen=True)
class Statistic:
    """An outlet statistic as the reports show it.

    Attributes
    ----------
    column : str
        Its column in ``outlet_metrics``.
    label : str
        What it is, for a reader.
    unit : str
        Its unit as shown (percentages for shares, which the tables keep as fractions).
    kind : str
        Its display format (:data:`analysis.report.display.FORMATS`).
    """

    column: str
    label: str
    unit: str
    kind: str

    @property
    def header(self) -> str:
        """``label (unit)``: a column header that carries the unit."""
        return f"{self.label} ({self.unit})"


#: The outlet statistics counted in words, whose unit differs from language to language
#: (docs/metrics.md, ``n_words``): ranked only among outlets writing in one language.
WORD_UNIT_COLUMNS = ("total_words", "median_words", "quotes_per_1000_words")

BOILERPLATE_UNIT = "% of characters of the page (of the card, for a listing card)"

OUTLET_STATISTICS: tuple[Statistic, ...] = (
    Statistic("n_articles", "articles", "count", "count"),
    Statistic("n_pages", "pages", "count", "count"),
    Statistic("total_words", "words", "count", "count"),
    Statistic("median_words", "median article length", "words", "median"),
    Statistic("quote_share_pooled", "quote share, scare quotes left out", "% of words", "percent"),
    Statistic("quote_share_all_pooled", "quote share, all quotes", "% of words", "percent"),
    Statistic("quotes_per_1000_words", "quotes per 1,000 words", "quotes", "decimal1"),
    Statistic(
        "flesch_reading_ease_wmean", "Flesch reading ease", "score, higher = easier", "decimal1"
    ),
    Statistic("flesch_kincaid_grade_wmean", "Flesch-Kincaid grade", "US school grade", "decimal1"),
    Statistic("gunning_fog_wmean", "Gunning fog index", "years of schooling", "decimal1"),
    Statistic("boilerplate_ratio", "boilerplate ratio", BOILERPLATE_UNIT, "percent"),
    Statistic("original_share", "original share", "% of words", "percent"),
)


def interval_columns(column: str) -> tuple[str, str]:
    """The names of a statistic's interval columns in ``outlet_metrics``.

    Parameters
    ----------
    column : str
        A statistic's column.

    Returns
    -------
    tuple of str
        ``(column_ci_low, column_ci_high)``.
    """
    return f"{column}_ci_low", f"{column}_ci_high"


def has_interval(outlet_metrics: pd.DataFrame, column: str) -> bool:
    """Whether ``outlet_metrics`` holds a bootstrap interval for the statistic.

    Parameters
    ----------
    outlet_metrics : pandas.DataFrame
        The OUTLET_METRICS table, or rows of it.
    column : str
        A statistic's column.

    Returns
    -------
    bool
        True when both :func:`interval_columns` are present (their values may be NaN).
    """
    return all(name in outlet_metrics.columns for name in interval_columns(column))


def outlets_with_articles(outlet_metrics: pd.DataFrame) -> pd.DataFrame:
    """The outlet rows with at least one article, names as text, sorted case-insensitively.

    Parameters
    ----------
    outlet_metrics : pandas.DataFrame
        The OUTLET_METRICS table; not modified.

    Returns
    -------
    pandas.DataFrame
        A copy of those rows; rows without a name or with ``n_articles`` missing or 0 are
        left out.
    """
    table = outlet_metrics.dropna(subset=["outlet"]).copy()
    table["outlet"] = table["outlet"].astype(str)
    n_articles = pd.to_numeric(table["n_articles"], errors="coerce").fillna(0)
    table = table[(n_articles > 0) & (table["outlet"] != "")]
    return table.sort_values("outlet", key=lambda names: names.str.casefold(), kind="stable")


def ranked_outlets(outlet_metrics: pd.DataFrame) -> list[str]:
    """The outlets that get a rank: those with at least :data:`MIN_RANKED_ARTICLES`.

    Parameters
    ----------
    outlet_metrics : pandas.DataFrame
        The OUTLET_METRICS table.

    Returns
    -------
    list of str
        Their names, in the order of :func:`outlets_with_articles`.
    """
    table = outlets_with_articles(outlet_metrics)
    n_articles = pd.to_numeric(table["n_articles"], errors="coerce").fillna(0)
    return table.loc[n_articles >= MIN_RANKED_ARTICLES, "outlet"].tolist()


@dataclass(frozen=True)
class Rank:
    """An outlet's place for one statistic.

    Attributes
    ----------
    rank : int or None
        1 = highest value; None when the outlet is not ranked or has no value.
    of : int
        How many outlets are ranked (the same N for every statistic).
    overlapping : tuple of int
        Ranks of the other ranked outlets whose interval overlaps this outlet's.
    reason : str
        Why there is no rank, when there is none.
    """

    rank: int | None
    of: int
    overlapping: tuple[int, ...] = ()
    reason: str = ""

    def describe(self) -> str:
        """``k of N``, or why the outlet has no rank.

        Returns
        -------
        str
            E.g. ``2 of 14``; ``1 of 1`` saying no other outlet is ranked; or
            :attr:`reason`.
        """
        if self.rank is None:
            return self.reason
        if self.of == 1:  # "1 of 1" read as first among many (h261)
            return f"1 of 1: no other outlet has {MIN_RANKED_ARTICLES} articles or more"
        return f"{self.rank} of {self.of}"

    def describe_overlap(self) -> str:
        """Which ranks this one cannot be told apart from (``ranks 2-4``, or ``none``).

        Returns
        -------
        str
            ``ranks`` and the overlapping ranks, consecutive ones as a range; ``none``;
            ``no other outlet ranked`` for the only one; ``""`` for an outlet without a
            rank.
        """
        if self.rank is None:
            return ""
        if self.of == 1:
            return "no other outlet ranked"
        if not self.overlapping:
            return "none"
        return "ranks " + _compact_ranges(self.overlapping)


def _compact_ranges(numbers: tuple[int, ...]) -> str:
    parts: list[str] = []
    start = previous = numbers[0]
    for number in [*numbers[1:], None]:
        if number is not None and number == previous + 1:
            previous = number
            continue
        parts.append(str(start) if start == previous else f"{start}–{previous}")
        if number is not None:
            start = previous = number
    return ", ".join(parts)


def ranks(outlet_metrics: pd.DataFrame, column: str) -> dict[str, Rank]:
    """Every outlet with articles, its rank for one statistic (see the module rules).

    Parameters
    ----------
    outlet_metrics : pandas.DataFrame
        The outlet table.
    column : str
        The statistic.

    Returns
    -------
    dict
        Outlet name to :class:`Rank`, for every outlet with articles.
    """
    table = outlets_with_articles(outlet_metrics).set_index("outlet")
    ranked = ranked_outlets(outlet_metrics)
    values = pd.to_numeric(table[column], errors="coerce")
    if has_interval(outlet_metrics, column):
        low, high = (pd.to_numeric(table[c], errors="coerce") for c in interval_columns(column))
    else:
        low = high = values
    other_language = _other_readability_language(table, ranked, column)
    other_words = _other_word_language(table, ranked, column)
    few = _too_few_for_an_interval(table, ranked, column)
    scored = [
        name
        for name in ranked
        if not math.isnan(float(values[name]))
        and name not in other_language
        and name not in other_words
        and name not in few
    ]
    value = values[scored].to_numpy(dtype=float)
    place = 1 + (value[None, :] > value[:, None]).sum(axis=1)
    lows, highs = low[scored].to_numpy(dtype=float), high[scored].to_numpy(dtype=float)
    # Overlap of [low, high] intervals; a missing interval is no evidence of a difference.
    unknown = np.isnan(lows) | np.isnan(highs)
    overlap = (lows[:, None] <= highs[None, :]) & (lows[None, :] <= highs[:, None])
    overlap |= unknown[:, None] | unknown[None, :]
    np.fill_diagonal(overlap, False)
    position = {name: i for i, name in enumerate(scored)}
    result = {}
    for name in table.index:
        if name in position:
            i = position[name]
            others = tuple(sorted({int(p) for p in place[overlap[i]]}))
            result[name] = Rank(int(place[i]), len(ranked), others)
        elif name in other_language:
            reason = f"not ranked: readability in '{other_language[name]}' (another formula)"
            result[name] = Rank(None, len(ranked), reason=reason)
        elif name in other_words:
            result[name] = Rank(None, len(ranked), reason=other_words[name])
        elif name in few:
            reason = f"not ranked: fewer than {MIN_RANKED_ARTICLES} articles behind this figure"
            result[name] = Rank(None, len(ranked), reason=reason)
        elif name in ranked:
            result[name] = Rank(None, len(ranked), reason="no value")
        else:
            reason = f"not ranked: fewer than {MIN_RANKED_ARTICLES} articles"
            result[name] = Rank(None, len(ranked), reason=reason)
    return result


def _too_few_for_an_interval(table: pd.DataFrame, ranked: list[str], column: str) -> set[str]:
    """The ranked outlets whose value of ``column`` has no interval: it rests on fewer
    than :data:`MIN_RANKED_ARTICLES` of their articles (the full texts of an outlet with
    teasers, the articles in its readability language: ``analysis.stats.outlets``)."""
    if not has_interval(table, column):
        return set()
    values = pd.to_numeric(table[column], errors="coerce")
    low, high = (pd.to_numeric(table[c], errors="coerce") for c in interval_columns(column))
    missing = values.notna() & (low.isna() | high.isna())
    return {name for name in ranked if bool(missing[name])}


def is_readability_column(column: str) -> bool:
    """Whether an outlet_metrics column aggregates a readability score.

    Parameters
    ----------
    column : str
        An OUTLET_METRICS column name.

    Returns
    -------
    bool
        True for a readability score's aggregate (``flesch_reading_ease_wmean`` ...):
        its value comes from the formula of the outlet's ``readability_language``.
    """
    return column.startswith(tuple(READABILITY_COLUMNS))


def _other_readability_language(
    table: pd.DataFrame, ranked: list[str], column: str
) -> dict[str, str]:
    """The ranked outlets whose readability ``column`` is in a minority language.

    Returns
    -------
    dict
        Outlet name to its ``readability_language``, for the ranked outlets whose
        language differs from that of most ranked outlets with one; empty for a column
        that is not a readability score or a table without languages.
    """
    if "readability_language" not in table.columns or not is_readability_column(column):
        return {}
    languages = {
        name: language
        for name, language in table.loc[ranked, "readability_language"].items()
        if isinstance(language, str) and language
    }
    if not languages:
        return {}
    counts = Counter(languages.values())
    common = min(counts, key=lambda language: (-counts[language], language))
    return {name: language for name, language in languages.items() if language != common}


def article_languages(languages: object) -> list[str]:
    """The language codes of an ``outlet_metrics.languages`` value, most articles first.

    Parameters
    ----------
    languages : object
        A ``languages`` cell: ``"fr 2, de 1"``; None or NaN for an outlet without
        articles.

    Returns
    -------
    list of str
        ``["fr", "de"]``; empty for a missing value.
    """
    if not isinstance(languages, str) or not languages:
        return []
    return [part.split()[0] for part in languages.split(", ") if part.split()]


def _other_word_language(table: pd.DataFrame, ranked: list[str], column: str) -> dict[str, str]:
    """The ranked outlets whose ``column``, counted in words, is not ranked: their
    articles are in several languages, or in another than the one language of most
    ranked outlets writing in one.

    Returns
    -------
    dict
        Outlet name to the reason it has no rank; empty for a column not counted in
        words or a table without ``languages`` (written before the column existed).
    """
    if "languages" not in table.columns or column not in WORD_UNIT_COLUMNS:
        return {}
    codes = {name: article_languages(table.loc[name, "languages"]) for name in ranked}
    single = Counter(found[0] for found in codes.values() if len(found) == 1)
    common = min(single, key=lambda code: (-single[code], code)) if single else None
    reasons = {}
    for name, found in codes.items():
        if len(found) > 1:
            reasons[name] = (
                f"not ranked: articles in {len(found)} languages (a word is not one unit "
                "across languages)"
            )
        elif found and found[0] != common:
            reasons[name] = (
                f"not ranked: words in '{found[0]}' (a word is another unit in another language)"
            )
    return reasons
