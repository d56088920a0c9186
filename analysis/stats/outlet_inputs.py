"""What the outlet table reads, grouped by outlet in a fixed number of bytes per article.

:mod:`analysis.stats.outlets` aggregates the per-article tables to one row per outlet.
Its medians and bootstrap intervals need every article's values, but no Python object
per article: :class:`OutletInputs` holds the columns it aggregates as numpy arrays
(an outlet, page and language code per article, its counts and scores: about 140
bytes an article), the units (articles and listing pages) as arrays too, and each
outlet's quoted speakers as counts of printed names. It is built from Arrow tables
(:meth:`OutletInputs.from_tables`): ``metrics`` reads them from its files row group
by row group (:func:`read_outlet_inputs`), the in-memory path converts its frames.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from analysis.clean.outlet_display import unknown_site
from analysis.errors import TableError
from analysis.stats.quotes.pronouns import names_someone
from analysis.tables import READABILITY_COLUMNS

#: The article_metrics columns the outlet table aggregates.
ARTICLE_COLUMNS = (
    "article_id",
    "page",
    "outlet",
    "layout",
    "is_teaser",
    "language",
    "n_words",
    "n_quotes",
    "quoted_words",
    "quoted_words_all",
    "quote_share",
    *READABILITY_COLUMNS,
    "unit_chars",
    "boilerplate_chars",
    "copy_group",
    "resave_of",
)
#: The quotes columns it reads (the speakers of attributed direct quotes).
QUOTE_COLUMNS = ("article_id", "speaker", "is_scare", "attributed")
_COUNTS = ("quoted_words", "quoted_words_all", "n_quotes")


def outlet_key(outlet: object, fallback: str) -> str:
    """The outlet an article counts for: its outlet, else ``fallback`` (site or page).

    ``clean`` always decides an outlet (analysis.clean.outlet.decide_outlet); the
    fallback only serves tables written by an older ``clean``.

    Parameters
    ----------
    outlet : object
        The article's ``outlet`` value; a missing or empty one falls back.
    fallback : str
        The page's site, or :func:`unknown_site` of the page.

    Returns
    -------
    str
        The outlet name the article is grouped under.
    """
    if isinstance(outlet, str) and outlet:
        return outlet
    return fallback


def site_of_pages(pages: pd.DataFrame) -> dict[str, str]:
    """Each page's site: pages.site, or :func:`unknown_site` when the page names none.

    Parameters
    ----------
    pages : pandas.DataFrame
        Rows with ``page`` and ``site``.

    Returns
    -------
    dict of str to str
        Page -> site name.
    """
    return {
        page: outlet_key(site, unknown_site(page))
        for page, site in pages[["page", "site"]].itertuples(index=False)
    }


def listing_units(article_metrics: pa.Table | pd.DataFrame, pages: pd.DataFrame) -> pd.DataFrame:
    """Listing pages as boilerplate units of their site.

    A listing page's boilerplate is every character that is not card content: the page's
    chrome (article_index -1) plus each card's own chrome. Since blocks cover the page,
    that is the page's characters minus the cards' content characters. A page whose
    every card has no unit (a feed's or a news API's records:
    :func:`analysis.stats.metrics.unit_boilerplate`) is no page of a site: 0 and 0.

    Parameters
    ----------
    article_metrics : pyarrow.Table or pandas.DataFrame
        Columns page, layout, unit_chars, boilerplate_chars (one row per article).
    pages : pandas.DataFrame
        Columns page, layout, site, n_chars.

    Returns
    -------
    pandas.DataFrame
        Columns page, outlet (the site), unit_chars, boilerplate_chars.
    """
    articles = _arrow(article_metrics, ["page", "layout", "unit_chars", "boilerplate_chars"])
    cards = articles.filter(pc.equal(articles["layout"].cast(pa.string()), "listing"))
    content_of = (
        pa.table(
            {
                "page": cards["page"].cast(pa.string()),
                "content": pc.subtract(
                    cards["unit_chars"].cast(pa.int64()),
                    cards["boilerplate_chars"].cast(pa.int64()),
                ),
                "unit": cards["unit_chars"].cast(pa.int64()),
            }
        )
        .group_by("page")
        .aggregate([("content", "sum"), ("unit", "max")])
    )
    pages_of = content_of["page"].to_pylist()
    content = dict(zip(pages_of, content_of["content_sum"].to_pylist(), strict=True))
    records = {
        page
        for page, unit in zip(pages_of, content_of["unit_max"].to_pylist(), strict=True)
        if not unit
    }
    listing = pages[pages["layout"] == "listing"]
    site_of = site_of_pages(listing)
    rows = []
    for page, n_chars in listing[["page", "n_chars"]].itertuples(index=False):
        if page in records:
            rows.append((page, site_of[page], 0, 0))
            continue
        boilerplate = max(0, int(n_chars) - int(content.get(page, 0)))
        rows.append((page, site_of[page], int(n_chars), boilerplate))
    return pd.DataFrame(rows, columns=["page", "outlet", "unit_chars", "boilerplate_chars"])


@dataclass
class OutletInputs:
    """The outlet table's inputs: per article and per unit fixed-width arrays, by code.

    Attributes
    ----------
    outlets : list of str
        Every outlet (with an article or a listing page), sorted; codes index it.
    outlet : numpy.ndarray
        Each article's outlet code (int32), in table order.
    page : numpy.ndarray
        Each article's page code (int32: equal codes, equal pages).
    language, languages : numpy.ndarray, list of str
        Each article's language code, and the language of each code.
    n_words : numpy.ndarray
        Words (int64).
    teaser : numpy.ndarray
        True for a teaser (``is_teaser``: not the full text).
    sums : dict of str to numpy.ndarray
        quoted_words, quoted_words_all, n_quotes (int64).
    quote_share : numpy.ndarray
        float64, NaN where missing.
    readability : dict of str to numpy.ndarray
        Each readability score (float64, NaN where missing).
    original : numpy.ndarray
        True for an article in no copy group.
    unit_outlet, unit_boilerplate, unit_chars : numpy.ndarray
        The boilerplate units (each article, then each listing page): outlet code,
        boilerplate characters and characters (int64).
    n_listing : dict of str to int
        Listing pages by site.
    n_resaves : dict of str to int
        Resaves by outlet (``resave_of`` given: another save of the story is kept); the
        per-article arrays and the speakers leave them out.
    speakers : dict of str to Counter
        Per outlet, how often each printed speaker name was quoted (attributed direct
        quotes; a speaker that names nobody is left out: :func:`names_someone`).
    """

    outlets: list[str]
    outlet: np.ndarray
    page: np.ndarray
    language: np.ndarray
    languages: list[str]
    n_words: np.ndarray
    teaser: np.ndarray
    sums: dict[str, np.ndarray]
    quote_share: np.ndarray
    readability: dict[str, np.ndarray]
    original: np.ndarray
    unit_outlet: np.ndarray
    unit_boilerplate: np.ndarray
    unit_chars: np.ndarray
    n_listing: dict[str, int]
    n_resaves: dict[str, int]
    speakers: dict[str, Counter[str]]

    @classmethod
    def from_tables(
        cls,
        articles: pa.Table,
        quote_tables: Iterable[pa.Table],
        pages: pd.DataFrame,
        copy_pairs: pd.DataFrame,
    ) -> OutletInputs:
        """Group the article rows (:data:`ARTICLE_COLUMNS`) and quotes by outlet.

        A resave (``resave_of`` given) is counted for its outlet and otherwise left out:
        its row and its quotes; its card's content still counts as its listing page's.

        Parameters
        ----------
        articles : pyarrow.Table
            The article_metrics columns :data:`ARTICLE_COLUMNS`, in table order.
        quote_tables : iterable of pyarrow.Table
            The quotes (:data:`QUOTE_COLUMNS`), in parts.
        pages : pandas.DataFrame
            The pages rows the table reads: every listing page and the page of every
            article without an outlet (any more are not read).
        copy_pairs : pandas.DataFrame
            Checked to agree with ``articles.copy_group``.

        Returns
        -------
        OutletInputs
            Outlets in code-point order, each article's outlet as a code into them.

        Raises
        ------
        analysis.errors.TableError
            ``copy_pairs`` and ``articles.copy_group`` disagree.
        """
        _check_copies(
            _array(articles["article_id"]).cast(pa.string()),
            _array(articles["copy_group"]),
            copy_pairs,
        )
        listing = listing_units(articles, pages)
        resave = _array(pc.is_valid(articles["resave_of"]))
        resaves = articles.filter(resave)
        articles = articles.filter(pc.invert(resave))
        ids = _array(articles["article_id"]).cast(pa.string())
        page = _array(articles["page"]).cast(pa.string())
        keys = _outlet_keys(_array(articles["outlet"]).cast(pa.string()), page, pages)
        listing_keys = pa.array(listing["outlet"].tolist(), pa.string())
        outlets = sorted(set(pc.unique(keys).to_pylist()) | set(listing["outlet"]))
        codes = pa.array(outlets, pa.string())
        outlet = _codes(keys, codes)
        language = pc.dictionary_encode(_array(articles["language"]).cast(pa.string()))
        page = pc.dictionary_encode(page)
        return cls(
            outlets=outlets,
            outlet=outlet,
            page=_integers(page.indices, np.int32),
            language=_integers(language.indices, np.int32),
            languages=language.dictionary.to_pylist(),
            n_words=_integers(articles["n_words"]),
            teaser=_array(articles["is_teaser"]).to_numpy(zero_copy_only=False).astype(bool),
            sums={name: _integers(articles[name]) for name in _COUNTS},
            quote_share=_floats(articles["quote_share"]),
            readability={name: _floats(articles[name]) for name in READABILITY_COLUMNS},
            original=_array(pc.is_null(articles["copy_group"])).to_numpy(zero_copy_only=False),
            unit_outlet=np.concatenate([outlet, _codes(listing_keys, codes)]),
            unit_boilerplate=np.concatenate(
                [
                    _integers(articles["boilerplate_chars"]),
                    listing["boilerplate_chars"].to_numpy(dtype=np.int64),
                ]
            ),
            unit_chars=np.concatenate(
                [_integers(articles["unit_chars"]), listing["unit_chars"].to_numpy(dtype=np.int64)]
            ),
            n_listing=dict(Counter(listing["outlet"])),
            n_resaves=dict(
                Counter(
                    _outlet_keys(
                        _array(resaves["outlet"]).cast(pa.string()),
                        _array(resaves["page"]).cast(pa.string()),
                        pages,
                    ).to_pylist()
                )
            ),
            speakers=_speakers_by_outlet(quote_tables, ids, outlet, outlets),
        )

    def rows_by_outlet(self, codes: np.ndarray) -> Iterator[tuple[str, np.ndarray]]:
        """Each outlet and its positions in ``codes`` (ascending): one sort, any outlets.

        Parameters
        ----------
        codes : numpy.ndarray
            An outlet code (index into :attr:`outlets`) per row.

        Yields
        ------
        name : str
            Each outlet, in :attr:`outlets` order (also those with no row).
        positions : numpy.ndarray
            Its rows' positions in ``codes``.
        """
        order = np.argsort(codes, kind="stable")
        ends = np.cumsum(np.bincount(codes, minlength=len(self.outlets)))
        starts = ends - np.bincount(codes, minlength=len(self.outlets))
        for code, name in enumerate(self.outlets):
            yield name, order[starts[code] : ends[code]]


def read_outlet_inputs(
    article_path: Path, quotes_path: Path, pages: pd.DataFrame, copy_pairs: pd.DataFrame
) -> OutletInputs:
    """:class:`OutletInputs` of written article_metrics and quotes files.

    The article columns are read as Arrow (their bytes, no Python object per value),
    the quotes row group by row group, only attributed direct quotes.

    Parameters
    ----------
    article_path : Path
        The written ``article_metrics.parquet``.
    quotes_path : Path
        The written ``quotes.parquet``.
    pages, copy_pairs : pandas.DataFrame
        As for :meth:`OutletInputs.from_tables`.

    Returns
    -------
    OutletInputs
        The inputs of :func:`analysis.stats.outlets.outlet_table`.
    """
    # One thread: the decoding buffers of parallel column reads stay allocated (at
    # 100,000 articles ~20 MB more resident for 18 MB of columns).
    articles = pq.read_table(article_path, columns=list(ARTICLE_COLUMNS), use_threads=False)
    return OutletInputs.from_tables(articles, _quote_parts(quotes_path), pages, copy_pairs)


def _quote_parts(path: Path) -> Iterator[pa.Table]:
    source = pq.ParquetFile(path)
    for index in range(source.num_row_groups):
        yield source.read_row_group(index, columns=list(QUOTE_COLUMNS))


def quote_tables_of_frame(quotes: pd.DataFrame) -> list[pa.Table]:
    """A ``quotes`` frame as the parts :meth:`OutletInputs.from_tables` reads.

    Parameters
    ----------
    quotes : pandas.DataFrame
        The QUOTES table, in memory.

    Returns
    -------
    list of pyarrow.Table
        One part holding the rows whole (:data:`QUOTE_COLUMNS` only).
    """
    frame = quotes[list(QUOTE_COLUMNS)].astype({"speaker": object})
    return [pa.Table.from_pandas(frame, preserve_index=False)]


def _speakers_by_outlet(
    parts: Iterable[pa.Table], ids: pa.Array, outlet: np.ndarray, outlets: list[str]
) -> dict[str, Counter[str]]:
    """Printed speakers of attributed direct quotes, counted per outlet."""
    found: dict[int, Counter[str]] = {}
    for part in parts:
        direct = pc.invert(part["is_scare"].cast(pa.bool_()))
        chosen = part.filter(pc.and_(direct, part["attributed"].cast(pa.bool_())))
        positions = pc.index_in(chosen["article_id"].cast(pa.string()), value_set=ids)
        positions = _integers(pc.fill_null(positions, -1))  # -1: a quote of no article
        codes = np.where(positions >= 0, outlet[positions] if len(outlet) else -1, -1)
        speakers = chosen["speaker"].cast(pa.string()).to_pylist()
        pairs = Counter(zip(codes.tolist(), speakers, strict=True))
        for (code, speaker), n in pairs.items():
            if code >= 0 and names_someone(speaker):
                found.setdefault(code, Counter())[speaker] += n
    return {outlets[code]: counter for code, counter in found.items()}


def _check_copies(ids: pa.Array, copy_group: pa.Array, copy_pairs: pd.DataFrame) -> None:
    """An article is in a copy group exactly when a copy pair names it."""
    paired = pa.array(
        sorted(set(copy_pairs["article_id_a"]) | set(copy_pairs["article_id_b"])), pa.string()
    )
    grouped = ids.filter(pc.is_valid(copy_group))
    named = pc.all(pc.is_in(grouped, value_set=paired)).as_py() if len(grouped) else True
    if len(grouped) != len(paired) or not named:
        raise TableError("copy_pairs table: copy_pairs and article_metrics.copy_group disagree")


def _outlet_keys(outlet: pa.Array, page: pa.Array, pages: pd.DataFrame) -> pa.Array:
    """Each article's outlet key (:func:`outlet_key`, its page's site as fallback)."""
    missing = pc.fill_null(pc.equal(outlet, ""), True)
    if not pc.any(missing).as_py():
        return outlet
    site_of = site_of_pages(pages)
    fallbacks = [site_of.get(name, unknown_site(name)) for name in page.filter(missing).to_pylist()]
    return pc.replace_with_mask(outlet, missing, pa.array(fallbacks, pa.string()))


def _codes(values: pa.Array, names: pa.Array) -> np.ndarray:
    return _integers(pc.index_in(values, value_set=names), np.int32)


def _array(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    return values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values


def _integers(values: pa.Array | pa.ChunkedArray, dtype: type = np.int64) -> np.ndarray:
    return _array(values).to_numpy(zero_copy_only=False).astype(dtype, copy=False)


def _floats(values: pa.Array | pa.ChunkedArray) -> np.ndarray:
    found = _array(values).cast(pa.float64()).to_numpy(zero_copy_only=False)
    return found.astype(np.float64, copy=False)


def _arrow(table: pa.Table | pd.DataFrame, columns: list[str]) -> pa.Table:
    if isinstance(table, pd.DataFrame):
        return pa.Table.from_pandas(table[columns], preserve_index=False)
    return table.select(columns)


def articles_of_frame(article_metrics: pd.DataFrame) -> pa.Table:
    """An article_metrics frame as the Arrow table :meth:`OutletInputs.from_tables` reads.

    Parameters
    ----------
    article_metrics : pandas.DataFrame
        The ARTICLE_METRICS table, in memory (without ``is_teaser``: no teasers; without
        ``resave_of``: no resaves).

    Returns
    -------
    pyarrow.Table
        Its :data:`ARTICLE_COLUMNS`, in table order.
    """
    if "is_teaser" not in article_metrics.columns:
        article_metrics = article_metrics.assign(is_teaser=False)
    if "resave_of" not in article_metrics.columns:
        article_metrics = article_metrics.assign(resave_of=None)
    frame = article_metrics[list(ARTICLE_COLUMNS)].astype(
        {"outlet": object, "copy_group": object, "resave_of": object, "language": str, "page": str}
    )
    return pa.Table.from_pandas(frame, preserve_index=False)
