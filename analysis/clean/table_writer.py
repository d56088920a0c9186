"""Stream cleaned pages into the pages, blocks and articles Parquet files (stage: clean).

:func:`write_tables` buffers each page's rows (analysis.clean.page_rows.CleanedPage) and
writes them in Parquet row groups of bounded size (:data:`PAGES_ROW_GROUP_ROWS`,
:data:`BLOCKS_ROW_GROUP_ROWS`, :data:`BLOCKS_ROW_GROUP_PAGES`,
:data:`ARTICLES_ROW_GROUP_PAGES`, :data:`ARTICLES_ROW_GROUP_CHARS`), each chunk turned
into one table and validated against its schema once, so memory grows with the largest
page and the row-group bounds, not with the corpus. The checks that span the whole
table use compact state: page names in strictly increasing order (or a set of digests
for a page table), article ids as 64-bit integers in a set.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import pyarrow as pyarrow

from analysis.clean.articles import articles_frame, validate_articles
from analysis.clean.date_order import DateOrders
from analysis.clean.outlet_merge import OutletTally
from analysis.clean.page_rows import STORY_SEPARATOR, CleanedPage
from analysis.clean.page_table import UniqueIds
from analysis.clean.segment import BlockColumns, blocks_frame
from analysis.clean.site_chrome import CHROME_COLUMN
from analysis.errors import TableError
from analysis.io import ParquetChunkWriter, pandas_schema
from analysis.tables import ARTICLE_COLUMNS, BLOCKS_COLUMNS, PAGES_COLUMNS, validate

BLOCKS_ARROW_SCHEMA = pyarrow.schema(
    [
        ("page", pyarrow.string()),
        ("block_id", pyarrow.int64()),
        ("line_no", pyarrow.int64()),
        ("start", pyarrow.int64()),
        ("end", pyarrow.int64()),
        ("label", pyarrow.string()),
        ("field", pyarrow.string()),
        ("article_index", pyarrow.int64()),
        ("text", pyarrow.string()),
    ]
)


def _arrow_schema(columns: tuple[str, ...], types: dict[str, pyarrow.DataType]) -> pyarrow.Schema:
    """Schema of string columns except ``types``, with pandas metadata (as pandas writes)."""
    fields = [(name, types.get(name, pyarrow.string())) for name in columns]
    return pandas_schema(pyarrow.schema(fields))


_PAGES_INT_COLUMNS = [
    name for name in PAGES_COLUMNS if name.startswith("n_") or name.endswith("_chars")
]
PAGES_ARROW_SCHEMA = _arrow_schema(
    PAGES_COLUMNS,
    {
        **dict.fromkeys(_PAGES_INT_COLUMNS, pyarrow.int64()),
        "boilerplate_ratio": pyarrow.float64(),
        CHROME_COLUMN: pyarrow.list_(pyarrow.list_(pyarrow.uint64())),
    },
)
ARTICLES_ARROW_SCHEMA = _arrow_schema(
    ARTICLE_COLUMNS,
    {
        **dict.fromkeys(("article_index", "n_body_chars"), pyarrow.int64()),
        "is_teaser": pyarrow.bool_(),
    },
)
# Row-group bounds. Blocks: rows, and pages (the per-frame overhead of many tiny pages).
BLOCKS_ROW_GROUP_ROWS = 50_000
BLOCKS_ROW_GROUP_PAGES = 1_000
PAGES_ROW_GROUP_ROWS = 10_000
# Articles: pages, or body characters (a row group of long bodies stays small).
ARTICLES_ROW_GROUP_PAGES = 1_000
ARTICLES_ROW_GROUP_CHARS = 2_000_000


def write_tables(
    cleaned: Iterable[CleanedPage],
    pages_path: Path,
    blocks_path: Path,
    articles_path: Path,
    sorted_names: bool = True,
) -> tuple[int, int, OutletTally]:
    """Stream cleaned pages into the pages, blocks and articles Parquet files.

    Each page's rows are buffered and written in row groups of bounded size, each chunk
    turned into one table and validated once; memory grows with the largest page and
    the row-group bounds only.

    Parameters
    ----------
    cleaned : iterable of CleanedPage
        Pages in strictly increasing name order (with ``sorted_names``; otherwise in
        any order, names unique).
    pages_path, blocks_path, articles_path : Path
        Where to write the three tables (temporary paths: see analysis.io.atomic_paths).
    sorted_names : bool
        Check that names increase (the order ``clean`` writes); False accepts any order
        and checks only that names are unique.

    Returns
    -------
    tuple
        Number of pages and of articles written, and their outlets (counted as
        ``metrics`` counts them: :class:`analysis.clean.outlet_merge.OutletTally`).

    Raises
    ------
    TableError
        When a chunk fails its schema, a page name repeats or comes out of order, or an
        article id repeats.
    """
    previous_page: tuple[str, ...] | None = None
    page_ids = UniqueIds()
    article_ids: set[int] = set()
    outlets = OutletTally()
    date_orders = DateOrders()
    with (
        ParquetChunkWriter(
            pages_path, PAGES_ARROW_SCHEMA, pages_frame, max_items=PAGES_ROW_GROUP_ROWS
        ) as pages,
        ParquetChunkWriter(
            blocks_path,
            BLOCKS_ARROW_SCHEMA,
            _blocks_chunk,
            max_items=BLOCKS_ROW_GROUP_PAGES,
            max_rows=BLOCKS_ROW_GROUP_ROWS,
        ) as blocks,
        ParquetChunkWriter(
            articles_path,
            ARTICLES_ARROW_SCHEMA,
            _articles_chunk,
            max_items=ARTICLES_ROW_GROUP_PAGES,
            max_weight=ARTICLES_ROW_GROUP_CHARS,
        ) as articles,
    ):
        for page in cleaned:
            if sorted_names:
                # a news database export's stories (FILE/001 ...) follow their file's place,
                # and a subfolder's pages (clean --recursive: DAY/SITE/story.txt) its place
                order = tuple(page.name.split(STORY_SEPARATOR))
                if previous_page is not None and order <= previous_page:
                    raise TableError(
                        f"pages table: {page.name!r} after {STORY_SEPARATOR.join(previous_page)!r}"
                    )
                previous_page = order
            elif page_ids.first_row(page.name, pages.n_rows) is not None:
                raise TableError(f"pages table: page {page.name!r} is not unique")
            _check_new_article_ids((row["article_id"] for row in page.articles), article_ids)
            outlets.add_page(page.row, page.articles)
            date_orders.add_page(page.row, page.blocks, page.articles)
            pages.add({**page.row, CHROME_COLUMN: page.chrome_lines})
            blocks.add(page.blocks, rows=len(page.blocks["page"]))
            if page.articles:
                weight = sum(row["n_body_chars"] for row in page.articles)
                articles.add(page.articles, rows=len(page.articles), weight=weight)
            # Drop the page first: a big page's row groups are written without it.
            del page
            for writer in (pages, blocks, articles):
                writer.flush_if_full()
    identities = outlets.settle(blocks_path, pages_path, articles_path)
    # an undated page's "04/03/2026" in the order its outlet's other pages print
    if date_orders.undated:
        date_orders.rewrite(articles_path, identities.key_of)
    return pages.n_rows, articles.n_rows, outlets


def _blocks_chunk(pages: list[BlockColumns]) -> pd.DataFrame:
    joined = {name: [value for page in pages for value in page[name]] for name in BLOCKS_COLUMNS}
    return validate(blocks_frame(joined), "blocks")


def _articles_chunk(pages: list[list[dict]]) -> pd.DataFrame:
    return validate_articles(articles_frame([row for rows in pages for row in rows]))


def _check_new_article_ids(ids: Iterable[str], seen: set[int]) -> None:
    """Add ``ids`` (16 hex digits each) to ``seen``; raise TableError on a repeat."""
    for article_id in ids:
        key = int(article_id, 16)
        if key in seen:
            raise TableError(f"articles table: article_id {article_id} is not unique")
        seen.add(key)


def pages_frame(rows: list[dict]) -> pd.DataFrame:
    """The validated PAGES table from rows (``analysis.tables.PAGES_SCHEMA``).

    Parameters
    ----------
    rows : list of dict
        PAGES rows (:func:`analysis.clean.page_rows.page_row`, with the page's
        ``chrome_lines``: :attr:`analysis.clean.page_rows.CleanedPage.chrome_lines`).

    Returns
    -------
    pandas.DataFrame
        Typed and validated, in the order given.

    Raises
    ------
    analysis.errors.TableError
        A row breaks the PAGES contract.
    """
    pages = pd.DataFrame(rows, columns=list(PAGES_COLUMNS))
    for column in PAGES_COLUMNS:
        if column.startswith("n_") or column.endswith("_chars"):
            pages[column] = pages[column].astype("int64")
    pages["boilerplate_ratio"] = pages["boilerplate_ratio"].astype(float)
    for column in ("page", "encoding", "layout", "site", "site_key"):
        pages[column] = pages[column].astype(object)
    return validate(pages, "pages")
