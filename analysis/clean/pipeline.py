"""Clean a folder of raw pages into the pages, blocks and articles tables (stage: clean).

``python -m analysis clean [RAW_DIR] [--out DIR] [--follow-symlinks [inside|anywhere]]
[--manifest FILE]`` reads every non-hidden regular file of RAW_DIR in name order
(symbolic links only when asked, see :func:`analysis.clean.read.list_raw_folder`; text
dumps, and ``.html``/``.htm`` pages, optionally gzipped: analysis.clean.read) except the
manifest, and writes, in DIR (default ``data/processed``):

- ``pages.parquet``: one row per page read (``analysis.tables.PAGES_SCHEMA``);
- ``blocks.parquet``: every block of every page (``analysis.tables.BLOCKS_SCHEMA``);
- ``articles.parquet``: every article (``analysis.tables.ARTICLES_SCHEMA``);
- ``skipped.csv``: one row per entry that was not read (a file that could not be
  read, a folder, FIFO, device, link not followed, a file repeating a page of another
  file: analysis.clean.duplicates, ...), with columns ``page`` (name)
  and ``reason``; header only when none. Read pages plus skipped entries are the
  folder's non-hidden entries. Cells a spreadsheet would run as formulas are escaped
  (:func:`analysis.io.escape_formula_cells`).

The manifest (``--manifest``, default ``RAW_DIR/manifest.csv`` when present;
analysis.clean.manifest) gives pages their URL, outlet, date, title and byline.

RAW_DIR may instead be a Parquet or JSON Lines table of pages (one row per page: id,
html or text, and the manifest's columns), read in batches in row order; a bad row is
a row of skipped.csv (analysis.clean.page_table).

PAGES columns: page, encoding, n_bytes, n_chars, layout (``article``/``listing``), site
(the outlet that served the page, never None: analysis.clean.outlet.decide_outlet),
site_key (its identity), n_articles, body_chars, title_chars, metadata_chars,
boilerplate_chars (the characters of each block label: they add up to n_chars),
boilerplate_ratio (boilerplate_chars / n_chars).

All three tables are streamed to disk: each page's rows are buffered and written in
Parquet row groups of bounded size (:data:`PAGES_ROW_GROUP_ROWS`,
:data:`BLOCKS_ROW_GROUP_ROWS`, :data:`BLOCKS_ROW_GROUP_PAGES`,
:data:`ARTICLES_ROW_GROUP_PAGES`, :data:`ARTICLES_ROW_GROUP_CHARS`), each chunk
validated against its schema, so memory grows with the largest page and the row-group
bounds, not with the corpus (docs/robustness.md has the measurements). The checks
that span the whole table use compact state: pages come in strictly increasing name
order (hence unique), and article ids are kept as 64-bit integers in a set. The tables
and skipped.csv are written to temporary files and renamed into place together at the
end (:func:`analysis.io.atomic_paths`), so a failure, a full disk, Ctrl-C or a folder
where nothing could be read leaves the previous set untouched.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pyarrow as pyarrow
from tqdm import tqdm

from analysis.clean.articles import (
    PageFacts,
    article_rows,
    articles_frame,
    html_body_lines,
    page_outlet,
    validate_articles,
)
from analysis.clean.duplicates import duplicate_files
from analysis.clean.manifest import ManifestEntry, load_manifest, manifest_path
from analysis.clean.outlet_merge import OutletTally
from analysis.clean.page_metadata import FIND_SITE, KnownSite
from analysis.clean.page_table import (
    PageTableError,
    TablePage,
    UniqueIds,
    is_page_table,
    page_id,
    read_page_table,
    row_content,
    table_page,
)
from analysis.clean.read import Page, RawEntry, list_raw_folder, read_page
from analysis.clean.resume import (
    ChunkStore,
    chunk_key,
    decode_result,
    encode_result,
    file_identity,
)
from analysis.clean.segment import (
    BlockColumns,
    blocks_frame,
    check_page_blocks,
    segment_page_columns,
)
from analysis.clean.site_name import page_site_name
from analysis.errors import ManifestError, OutputWriteError, PageReadError, TableError
from analysis.io import ParquetChunkWriter, atomic_paths, pandas_schema, write_csv
from analysis.parallel import Engine, as_engine, chunk_work, chunked
from analysis.tables import ARTICLE_COLUMNS, BLOCKS_COLUMNS, LABELS, PAGES_COLUMNS, validate
from analysis.text import words_counted_once

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
    {**dict.fromkeys(_PAGES_INT_COLUMNS, pyarrow.int64()), "boilerplate_ratio": pyarrow.float64()},
)
ARTICLES_ARROW_SCHEMA = _arrow_schema(
    ARTICLE_COLUMNS,
    {
        **dict.fromkeys(("article_index", "n_body_chars"), pyarrow.int64()),
        "is_teaser": pyarrow.bool_(),
    },
)
logger = logging.getLogger(__name__)

# Row-group bounds. Blocks: rows, and pages (the per-frame overhead of many tiny pages).
BLOCKS_ROW_GROUP_ROWS = 50_000
BLOCKS_ROW_GROUP_PAGES = 1_000
PAGES_ROW_GROUP_ROWS = 10_000
# Articles: pages, or body characters (a row group of long bodies stays small).
ARTICLES_ROW_GROUP_PAGES = 1_000
ARTICLES_ROW_GROUP_CHARS = 2_000_000
TABLE_FILES = ("pages.parquet", "blocks.parquet", "articles.parquet")
#: Pages per unit of work handed to a worker process (``clean --jobs N``, N > 1).
CHUNK_PAGES = 16


class _NothingReadError(Exception):
    """Raised inside the output set's block to drop it: no page could be read."""


def run_clean(
    raw_dir: Path,
    out_dir: Path,
    jobs: int | Engine = 1,
    symlinks: str = "skip",
    manifest: Path | None = None,
    keep_duplicates: bool = False,
) -> int:
    """Clean every page of ``raw_dir`` into tables in ``out_dir``.

    The three tables and skipped.csv are replaced together, only when at least one page
    was read and every file was written; otherwise the previous ones stay whole.

    Parameters
    ----------
    raw_dir : Path
        Folder of raw pages (every non-hidden regular file, in name order; see
        :func:`analysis.clean.read.list_raw_folder`).
    out_dir : Path
        Where pages.parquet, blocks.parquet, articles.parquet and skipped.csv go.
    jobs : int or Engine, optional
        Worker processes (or an engine: analysis.parallel) that clean chunks of
        :data:`CHUNK_PAGES` pages; the tables are the same bytes whatever the number
        or the engine.
    symlinks : str
        What to do with symbolic links (:data:`analysis.clean.read.SYMLINK_POLICIES`).
    manifest : Path, optional
        The manifest; default ``raw_dir/manifest.csv`` when it exists.
    keep_duplicates : bool
        Read every file; by default a page held by several files (same content, or
        same name in another format: :mod:`analysis.clean.duplicates`) is read once
        and the other files are rows of skipped.csv.

    Returns
    -------
    int
        Exit status: 0 when at least one page was read, 1 otherwise (also for a
        manifest that cannot be used: nothing is written then).
    """
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    if is_page_table(raw_dir):
        return _run_clean_table(raw_dir, out_dir, jobs, manifest, keep_duplicates)
    if not raw_dir.is_dir():
        logger.error("error: %s: not a folder", raw_dir)
        return 1
    manifest_file = manifest_path(raw_dir, manifest)
    entries = [
        entry
        for entry in list_raw_folder(raw_dir, symlinks)
        if manifest_file is None or entry.path.resolve() != manifest_file.resolve()
    ]
    try:
        rows = load_manifest(manifest_file, {e.name for e in entries}) if manifest_file else {}
    except ManifestError as err:
        logger.error("error: %s", err)
        return 1
    if not entries:
        logger.error("error: %s: no pages to clean (the folder has no files)", raw_dir)
        return 1
    skipped = [_skip(entry.name, entry.skip_reason) for entry in entries if entry.skip_reason]
    to_read = [entry for entry in entries if not entry.skip_reason]
    repeats = {} if keep_duplicates else duplicate_files(to_read, rows)
    skipped += [_skip(name, reason) for name, reason in repeats.items()]
    to_read = [entry for entry in to_read if entry.name not in repeats]
    store = ChunkStore(out_dir)
    cleaned = _clean_pages(to_read, skipped, jobs=jobs, manifest=rows, store=store)
    return _write_outputs(raw_dir, out_dir, cleaned, skipped, store)


def _run_clean_table(
    table: Path,
    out_dir: Path,
    jobs: int | Engine,
    manifest: Path | None,
    keep_duplicates: bool = False,
) -> int:
    """``run_clean`` for a Parquet or JSON Lines table of pages (analysis.clean.page_table)."""
    if manifest is not None:
        logger.error(
            "error: %s: a page table carries its own url/outlet/published columns; "
            "--manifest is for a folder of pages",
            manifest,
        )
        return 1
    if not table.is_file():
        logger.error("error: %s: no such file", table)
        return 1
    skipped: list[dict] = []
    engine = as_engine(jobs)  # the number of rows is not known before they are read
    work = functools.partial(clean_table_rows, table)
    store = ChunkStore(out_dir)
    results = store.map_chunks(
        lambda chunks: engine.map_chunks(work, chunks),
        chunked(
            _table_pages(table, skipped, keep_duplicates),
            CHUNK_PAGES if engine.distributed else 1,
        ),
        lambda rows: chunk_key([table.name, *(row._asdict() for row in rows)]),
        encode_result,
        functools.partial(decode_result, kinds=(CleanedPage, SkippedPage)),
    )
    cleaned = _unpack_results(results, skipped)
    try:
        return _write_outputs(table, out_dir, cleaned, skipped, store, sorted_names=False)
    except PageTableError as err:
        logger.error("error: %s", err)
        return 1


def _table_pages(
    table: Path, skipped: list[dict], keep_duplicates: bool = False
) -> Iterator[TablePage]:
    """The rows of ``table`` with a new valid id and, unless ``keep_duplicates``, a page
    no earlier row holds (the same html or text); the others are recorded in ``skipped``."""
    ids, contents = UniqueIds(), UniqueIds(digest_size=16)
    for row in read_page_table(table):
        if row.record is None:
            skipped.append(_skip(f"row {row.row_no}", f"row {row.row_no}: {row.error}"))
            continue
        try:
            name = page_id(row.record)
        except ValueError as err:
            skipped.append(_skip(f"row {row.row_no}", f"row {row.row_no}: {err}"))
            continue
        first = ids.first_row(name, row.row_no)
        if first is not None:
            reason = f"row {row.row_no}: id {name!r} repeats row {first}"
            skipped.append(_skip(name, reason))
            continue
        content = None if keep_duplicates else row_content(row.record)
        first = contents.first_row("\x00".join(content), row.row_no) if content else None
        if first is not None:
            reason = (
                f"row {row.row_no}: duplicate of row {first} (same {content[0]}): only row "
                f"{first} is read, so the page counts once"
            )
            skipped.append(_skip(name, reason))
            continue
        yield TablePage(row.row_no, name, row.record)


def _write_outputs(
    source: Path,
    out_dir: Path,
    cleaned: Iterable[CleanedPage],
    skipped: list[dict],
    store: ChunkStore,
    sorted_names: bool = True,
) -> int:
    """Write the three tables and skipped.csv as one set; the exit status of ``clean``.

    The chunks saved for a resumed run (``store``) are removed once the set is written
    (or nothing could be read); after any other failure they stay for the next run.
    """
    outputs = [out_dir / name for name in (*TABLE_FILES, "skipped.csv")]
    try:
        with atomic_paths(*outputs) as (*table_tmps, skipped_tmp):
            # The progress bar shows on a terminal only (stderr), never in logs or pipes.
            progress = tqdm(cleaned, desc="clean", unit="page", disable=None)
            n_pages, n_articles, outlets = write_tables(
                progress, *table_tmps, sorted_names=sorted_names
            )
            if not n_pages:
                raise _NothingReadError
            skipped.sort(key=lambda row: row["page"])
            write_csv(pd.DataFrame(skipped, columns=["page", "reason"]), skipped_tmp)
        store.clear()
    except _NothingReadError:
        store.clear()
        logger.error(
            "error: %s: no page could be read (%d skipped, reasons above); the previous "
            "outputs in %s are kept",
            source,
            len(skipped),
            out_dir,
        )
        return 1
    except OutputWriteError as err:
        logger.error("error: %s", err)
        return 1
    resumed = f" ({store.n_reused} chunks of an interrupted run reused)" if store.n_reused else ""
    identities = outlets.identities()
    for note in identities.notes():
        logger.info("%s", note)
    print(
        f"read {n_pages} pages, skipped {len(skipped)}; {n_articles} articles, "
        f"{outlets.summary(identities)} -> {out_dir}{resumed}"
    )
    return 0


def _skip(name: str, reason: str) -> dict:
    """A skipped.csv row, also reported on stderr."""
    logger.warning("skipped %s: %s", name, reason)
    return {"page": name, "reason": reason}


class CleanedPage(NamedTuple):
    """One page cleaned, as plain Python values (cheap to build, pickle and join).

    ``row`` is its PAGES row, ``blocks`` its block columns
    (analysis.clean.segment.segment_page_columns), ``articles`` its ARTICLES rows
    (analysis.clean.articles.article_rows).
    """

    name: str
    row: dict
    blocks: BlockColumns
    articles: list[dict]


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
    previous_page: str | None = None
    page_ids = UniqueIds()
    article_ids: set[int] = set()
    outlets = OutletTally()
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
                if previous_page is not None and page.name <= previous_page:
                    raise TableError(f"pages table: {page.name!r} after {previous_page!r}")
                previous_page = page.name
            elif page_ids.first_row(page.name, pages.n_rows) is not None:
                raise TableError(f"pages table: page {page.name!r} is not unique")
            _check_new_article_ids((row["article_id"] for row in page.articles), article_ids)
            outlets.add_page(page.row, page.articles)
            pages.add(page.row)
            blocks.add(page.blocks, rows=len(page.blocks["page"]))
            if page.articles:
                weight = sum(row["n_body_chars"] for row in page.articles)
                articles.add(page.articles, rows=len(page.articles), weight=weight)
            # Drop the page first: a big page's row groups are written without it.
            del page
            for writer in (pages, blocks, articles):
                writer.flush_if_full()
    return pages.n_rows, articles.n_rows, outlets


class SkippedPage(NamedTuple):
    """A file that could not be read as a page, and why (a row of ``skipped.csv``)."""

    page: str
    reason: str


def _clean_pages(
    files: list[RawEntry],
    skipped: list[dict],
    jobs: int | Engine = 1,
    manifest: dict[str, ManifestEntry] | None = None,
    store: ChunkStore | None = None,
) -> Iterator[CleanedPage]:
    """Clean ``files`` in order (on ``jobs``); record unreadable ones in ``skipped``.

    One process cleans page by page; several (or a cluster) clean chunks of
    :data:`CHUNK_PAGES` pages, at most two per process in flight. A pool is started
    only when there is more than one chunk. With a ``store``, chunks saved by an
    interrupted run are read back instead (analysis.clean.resume).
    """
    manifest = manifest or {}
    engine, chunks = chunk_work(jobs, files, CHUNK_PAGES)
    # Each chunk travels with its own manifest rows, not the whole manifest.
    work = (
        (chunk, {e.name: manifest[e.name] for e in chunk if e.name in manifest}) for chunk in chunks
    )
    if store is None:
        yield from _unpack_results(engine.map_chunks(_clean_chunk, work), skipped)
        return
    results = store.map_chunks(
        lambda units: engine.map_chunks(_clean_chunk, units),
        work,
        lambda unit: chunk_key(file_identity(e.path, e.name, unit[1].get(e.name)) for e in unit[0]),
        encode_result,
        functools.partial(decode_result, kinds=(CleanedPage, SkippedPage)),
    )
    yield from _unpack_results(results, skipped)


def _unpack_results(
    chunk_results: Iterable[list[CleanedPage | SkippedPage]], skipped: list[dict]
) -> Iterator[CleanedPage]:
    """The cleaned pages of each chunk's results, in order; skipped ones go to ``skipped``."""
    for results in chunk_results:
        results.reverse()
        while results:  # pop, so that no list keeps a page alive while it is written
            result = results.pop()
            if isinstance(result, SkippedPage):
                logger.warning("skipped %s: %s", result.page, result.reason)
                skipped.append(result._asdict())
            else:
                yield result
            del result


def _clean_chunk(
    work: tuple[list[RawEntry], dict[str, ManifestEntry]],
) -> list[CleanedPage | SkippedPage]:
    """One unit of work of :func:`_clean_pages`: files and their manifest rows."""
    return clean_files(*work)


def clean_files(
    files: list[RawEntry], manifest: dict[str, ManifestEntry] | None = None
) -> list[CleanedPage | SkippedPage]:
    """Read and clean each file (one chunk of work, run in any process).

    ``manifest`` holds the pages' manifest rows by file name (analysis.clean.manifest).

    Returns
    -------
    list
        Per file, in order: its :class:`CleanedPage`, or a :class:`SkippedPage` when it
        cannot be read as a page (analysis.errors.PageReadError).
    """
    results: list[CleanedPage | SkippedPage] = []
    for entry in files:
        try:
            # no link swapped in since the folder was listed is followed
            page = read_page(entry.path, name=entry.name, follow_symlinks=False)
        except PageReadError as err:
            results.append(SkippedPage(entry.name, err.reason))
            continue
        results.append(clean_page(page, PageFacts((manifest or {}).get(page.name), page.html)))
    return results


def clean_table_rows(table: Path, rows: list[TablePage]) -> list[CleanedPage | SkippedPage]:
    """Read and clean rows of a page table (one chunk of work, run in any process).

    Returns
    -------
    list
        Per row, in order: its :class:`CleanedPage`, or a :class:`SkippedPage` naming
        the row and why it cannot be read (analysis.clean.page_table.table_page).
    """
    results: list[CleanedPage | SkippedPage] = []
    for row in rows:
        try:
            page, entry = table_page(table, row)
        except PageReadError as err:
            results.append(SkippedPage(row.page_id, err.reason))
            continue
        results.append(clean_page(page, PageFacts(entry, page.html)))
    return results


@words_counted_once
def clean_page(page: Page, facts: PageFacts | None = None) -> CleanedPage:
    """Segment one page and build its rows, in plain Python (the per-page hot path).

    Every distinct line's words are counted once (analysis.text.words_counted_once).

    Parameters
    ----------
    page : Page
        A page read by analysis.clean.read.read_page.
    facts : PageFacts, optional
        Its manifest row and HTML metadata (default: from ``page.html`` only).

    Returns
    -------
    CleanedPage
        Its PAGES row, block columns (checked against the page text) and ARTICLES rows.

    Raises
    ------
    TableError
        When the blocks do not tile the page.
    """
    facts = facts or PageFacts(html=page.html)
    site = page_site_name(page.text.split("\n"))  # once per page, passed to every user
    body_lines = html_body_lines(page.text, page.html)
    blocks = segment_page_columns(page.text, page.name, body_lines, site)
    check_page_blocks(blocks, page.text)
    articles = article_rows(blocks, page.text, facts, site)
    row = page_row(page, blocks, articles, facts, site)
    return CleanedPage(page.name, row, blocks, articles)


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


def _site_text(text: str, blocks: BlockColumns, articles: list[dict]) -> str:
    """The part of a page that names the site serving it.

    On a listing page only the text above the first card counts: a card's own outlet
    line near the top is that card's outlet, not the masthead of the page that lists it.
    """
    if len(articles) <= 1:
        return text
    card_starts = [
        start
        for start, index in zip(blocks["start"], blocks["article_index"], strict=True)
        if index >= 0
    ]
    return text[: min(card_starts)] if card_starts else text


def page_row(
    page: Page,
    blocks: BlockColumns,
    articles: list[dict],
    facts: PageFacts | None = None,
    site: KnownSite = FIND_SITE,
) -> dict:
    """One PAGES row from a page, its block columns, ARTICLES rows and manifest / HTML facts.

    ``site`` is the site name of the page's whole text when the caller has found it; a
    listing page's own site is read from the text above its first card (found here).
    """
    chars = dict.fromkeys(LABELS, 0)
    for label, start, end in zip(blocks["label"], blocks["start"], blocks["end"], strict=True):
        chars[label] += end - start
    n_chars = len(page.text)
    if sum(chars.values()) != n_chars:
        raise TableError(f"{page.name}: block labels cover {sum(chars.values())} of {n_chars}")
    site_text = _site_text(page.text, blocks, articles)
    outlet = page_outlet(
        site_text,
        page.name,
        facts or PageFacts(html=page.html),
        site if site_text == page.text else FIND_SITE,
    )
    return {
        "page": page.name,
        "encoding": page.encoding,
        "n_bytes": page.n_bytes,
        "n_chars": n_chars,
        "layout": "listing" if len(articles) > 1 else "article",
        "site": outlet.name,
        "site_key": outlet.key,
        "n_articles": len(articles),
        "body_chars": chars["body"],
        "title_chars": chars["title"],
        "metadata_chars": chars["metadata"],
        "boilerplate_chars": chars["boilerplate"],
        "boilerplate_ratio": chars["boilerplate"] / n_chars,
    }


def pages_frame(rows: list[dict]) -> pd.DataFrame:
    """The validated PAGES table from rows (``analysis.tables.PAGES_SCHEMA``)."""
    pages = pd.DataFrame(rows, columns=list(PAGES_COLUMNS))
    for column in PAGES_COLUMNS:
        if column.startswith("n_") or column.endswith("_chars"):
            pages[column] = pages[column].astype("int64")
    pages["boilerplate_ratio"] = pages["boilerplate_ratio"].astype(float)
    for column in ("page", "encoding", "layout", "site", "site_key"):
        pages[column] = pages[column].astype(object)
    return validate(pages, "pages")
