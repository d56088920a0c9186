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
  folder's non-hidden entries. A page that was read but gave no article is listed
  too, its reason starting with :data:`~analysis.clean.page_rows.NO_ARTICLE` (and
  naming a script-rendered page's data: analysis.clean.page_rows.no_article_reason);
  it stays in pages.parquet and blocks.parquet. Cells a spreadsheet would run as
  formulas are escaped (:func:`analysis.io.escape_formula_cells`).

The manifest (``--manifest``, default ``RAW_DIR/manifest.csv`` when present;
analysis.clean.manifest) gives pages their URL, outlet, date, title and byline.

A news database export (Nexis Uni, LexisNexis Academic, Factiva: many stories to a
file) is read as one page per story, named ``FILE/NNN``, with the export's fields
(analysis.clean.news_export; analysis.clean.page_rows.clean_read_page); a story that
cannot be read is a row of skipped.csv naming the file and the story's number.

RAW_DIR may instead be a Parquet or JSON Lines table of pages (one row per page: id,
html or text, and the manifest's columns), read in batches in row order; a bad row is
a row of skipped.csv (analysis.clean.page_table).

PAGES columns (analysis.clean.page_rows.page_row): page, encoding, n_bytes, n_chars,
layout (``article``/``listing``), site (the outlet that served the page, never None:
analysis.clean.outlet.decide_outlet), site_key (its identity), n_articles, body_chars,
title_chars, metadata_chars, boilerplate_chars (the characters of each block label:
they add up to n_chars), boilerplate_ratio (boilerplate_chars / n_chars), chrome_lines
(the hashes of the page's menu and notice lines, three lists, which the outlets'
identities read: analysis.clean.site_chrome.page_chrome_kinds).

All three tables are streamed to disk in row groups of bounded size, each chunk
validated against its schema, so memory grows with the largest page and the row-group
bounds, not with the corpus (analysis.clean.table_writer; docs/robustness.md has the
measurements); once the last page is written, an undated article whose date line
reads either way ("04/03/2026") is dated in the order its outlet's other pages print
(analysis.clean.date_order, a pass over the articles file). Each page is cleaned into
plain Python rows by analysis.clean.page_rows,
in chunks of :data:`CHUNK_PAGES` pages over the engine's processes. The tables
and skipped.csv are written to temporary files and renamed into place together at the
end (:func:`analysis.io.atomic_paths`), so a failure, a full disk, Ctrl-C or a folder
where nothing could be read leaves the previous set untouched.
"""

from __future__ import annotations

import functools
import itertools
import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from tqdm import tqdm

from analysis.clean.duplicates import duplicate_files, stated_source
from analysis.clean.manifest import ManifestEntry, load_manifest, manifest_path
from analysis.clean.manifest_outlets import join_short_forms
from analysis.clean.page_rows import (
    NO_ARTICLE,
    CleanedPage,
    SkippedPage,
    clean_chunk,
    clean_table_rows,
)
from analysis.clean.page_table import (
    PageTableError,
    TablePage,
    UniqueIds,
    clean_source_problem,
    count_table_rows,
    is_page_table,
    page_id,
    read_page_table,
    row_content,
    without_unreadable_date,
)
from analysis.clean.raw_tree import list_raw_tree
from analysis.clean.read import SUBFOLDER_REASON, RawEntry, list_raw_folder
from analysis.clean.resume import (
    ChunkStore,
    chunk_key,
    decode_result,
    encode_result,
    file_identity,
)
from analysis.clean.saved_assets import is_saved_assets_reason, saved_assets_note
from analysis.errors import ManifestError, OutputWriteError
from analysis.parallel import Engine, as_engine, chunk_work, chunked
from analysis.progress import LogProgress
from analysis.progress import progress as progress_counter

logger = logging.getLogger(__name__)

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
    recursive: bool = False,
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
    recursive : bool
        Also read the pages of every folder below ``raw_dir``, each named by its path
        relative to ``raw_dir`` (:mod:`analysis.clean.raw_tree`); by default a subfolder
        is a row of skipped.csv.

    Returns
    -------
    int
        Exit status: 0 when at least one page was read, 1 otherwise (also for a
        manifest that cannot be used: nothing is written then).
    """
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    if (problem := clean_source_problem(raw_dir, manifest)) is not None:
        logger.error("error: %s", problem)
        return 1
    if is_page_table(raw_dir):
        return _run_clean_table(raw_dir, out_dir, jobs, keep_duplicates)
    manifest_file = manifest_path(raw_dir, manifest)
    notes: list[str] = []
    if recursive:
        tree = list_raw_tree(raw_dir, symlinks, exclude=[out_dir])
        listed = tree.entries
        for note in tree.notes():
            logger.info("%s", note)
    else:
        listed = list_raw_folder(raw_dir, symlinks)
    entries = [
        entry
        for entry in listed
        if manifest_file is None or entry.path.resolve() != manifest_file.resolve()
    ]
    try:
        names = {e.name for e in entries}
        rows = load_manifest(manifest_file, names, notes) if manifest_file else {}
    except ManifestError as err:
        logger.error("error: %s", err)
        return 1
    for note in notes:
        logger.warning("%s", note)
    rows, splits = join_short_forms(rows)
    for note in splits:
        logger.info("%s", note)
    if not entries:
        logger.error("error: %s: no pages to clean (the folder has no files)", raw_dir)
        return 1
    assets = [e.name for e in entries if e.skip_reason and is_saved_assets_reason(e.skip_reason)]
    quiet = set(assets)
    skipped = [
        {"page": entry.name, "reason": entry.skip_reason}
        if entry.name in quiet
        else _skip(entry.name, entry.skip_reason)
        for entry in entries
        if entry.skip_reason
    ]
    if assets:
        logger.info("%s", saved_assets_note(assets))
    to_read = [entry for entry in entries if not entry.skip_reason]
    urls = {name: row.url for name, row in rows.items() if row.url}
    sources = {
        name: source for name, row in rows.items() if (source := stated_source(row.url, row.outlet))
    }
    repeats = {} if keep_duplicates else duplicate_files(to_read, rows, urls, sources)
    skipped += [_skip(name, reason) for name, reason in repeats.items()]
    to_read = [entry for entry in to_read if entry.name not in repeats]
    store = ChunkStore(out_dir)
    cleaned = _clean_pages(to_read, skipped, jobs=jobs, manifest=rows, store=store)
    n_files = len(to_read)
    return _write_outputs(raw_dir, out_dir, cleaned, skipped, store, expected=lambda: n_files)


def _run_clean_table(
    table: Path, out_dir: Path, jobs: int | Engine, keep_duplicates: bool = False
) -> int:
    """``run_clean`` for a table of pages or a web archive (analysis.clean.page_table),
    once :func:`~analysis.clean.page_table.clean_source_problem` found none."""
    skipped: list[dict] = []
    engine = as_engine(jobs)  # the number of rows is not known before they are read
    work = functools.partial(clean_table_rows, table)
    store = ChunkStore(out_dir)
    results = store.map_chunks(
        engine.map_chunks,
        work,
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
        expected = functools.partial(count_table_rows, table)
        return _write_outputs(
            table, out_dir, cleaned, skipped, store, sorted_names=False, expected=expected
        )
    except PageTableError as err:
        logger.error("error: %s", err)
        return 1


def _table_pages(
    table: Path, skipped: list[dict], keep_duplicates: bool = False
) -> Iterator[TablePage]:
    """The rows of ``table`` with a new valid id and, unless ``keep_duplicates``, a page
    no earlier row from the same site holds (the same html or text; the site the row's
    ``url`` or ``outlet`` names, :func:`~analysis.clean.duplicates.stated_source`); the
    others are recorded in ``skipped``."""
    ids, contents = UniqueIds(), UniqueIds(digest_size=16)
    for row in read_page_table(table):
        if row.record is None:
            name, reason = row.name or f"row {row.row_no}", f"row {row.row_no}: {row.error}"
            skipped.append({"page": name, "reason": reason} if row.quiet else _skip(name, reason))
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
        # (the same page from two sites the row names is two pages: a wire story's copies)
        source = stated_source(_text_value(row.record, "url"), _text_value(row.record, "outlet"))
        key = "\x00".join((*content, source or "")) if content else None
        first = contents.first_row(key, row.row_no) if key else None
        if first is not None:
            reason = (
                f"row {row.row_no}: duplicate of row {first} (same {content[0]}): only row "
                f"{first} is read, so the page counts once"
            )
            skipped.append(_skip(name, reason))
            continue
        table_row, warning = without_unreadable_date(table, TablePage(row.row_no, name, row.record))
        if warning is not None:
            logger.warning("%s", warning)
        yield table_row


def _text_value(record: dict, column: str) -> str | None:
    """A row's text value of ``column``; None for none or another type."""
    value = record.get(column)
    return value if isinstance(value, str) and value.strip() else None


def _write_outputs(
    source: Path,
    out_dir: Path,
    cleaned: Iterable[CleanedPage],
    skipped: list[dict],
    store: ChunkStore,
    sorted_names: bool = True,
    expected: Callable[[], int | None] | None = None,
) -> int:
    """Write the three tables and skipped.csv as one set; the exit status of ``clean``.

    ``expected`` counts the files or rows to read, the progress bar's total
    (:func:`_counted`); called once the first pages are cleaned, so that the workers
    start without waiting for the count.

    The chunks saved for a resumed run (``store``) are removed once the set is written
    (or nothing could be read); after any other failure they stay for the next run.
    """
    cleaned = iter(cleaned)
    # The first chunks go to the workers before this process loads the table writers
    # (pandas, pyarrow, pandera: ~0.9 CPU-s), which load while the workers clean.
    first = next(cleaned, None)
    import pandas as pd

    from analysis.clean.table_writer import write_tables
    from analysis.io import atomic_paths, write_csv

    cleaned = itertools.chain(() if first is None else (first,), cleaned)
    del first
    outputs = [out_dir / name for name in (*TABLE_FILES, "skipped.csv")]
    try:
        with atomic_paths(*outputs) as (*table_tmps, skipped_tmp):
            # A bar on a terminal (stderr); in a log or a pipe a line a minute, no bar.
            progress = _counted(cleaned, progress_counter(expected and expected(), "clean", "page"))
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
        n_folders = sum(row["reason"] == SUBFOLDER_REASON for row in skipped)
        logger.error(
            "error: %s: no page could be read (%d skipped, reasons above%s); the previous "
            "outputs in %s are kept",
            source,
            len(skipped),
            f"; {n_folders} are subfolders, whose pages are read with --recursive"
            if n_folders
            else "",
            out_dir,
        )
        return 1
    except OutputWriteError as err:
        logger.error("error: %s", err)
        return 1
    resumed = f" ({note})" if (note := store.note()) else ""
    identities = outlets.identities()
    for note in identities.notes():
        logger.info("%s", note)
    if (unknown := outlets.unknown_note()) is not None:
        logger.info("%s", unknown)
    n_empty = sum(row["reason"].startswith(NO_ARTICLE) for row in skipped)
    empty = f"; {n_empty} pages without an article (in skipped.csv)" if n_empty else ""
    print(
        f"read {n_pages} pages, skipped {len(skipped) - n_empty}; {n_articles} articles, "
        f"{outlets.summary(identities)}{empty} -> {out_dir}{resumed}"
    )
    return 0


def _skip(name: str, reason: str) -> dict:
    """A skipped.csv row, also reported on stderr."""
    _say_skipped(name, reason)
    return {"page": name, "reason": reason}


def _say_skipped(name: str, reason: str) -> None:
    """Report a skipped page on stderr: ``skipped NAME: REASON``, the name once when the
    reason opens with it (a table's row named by its number: ``skipped row 7: not JSON``)."""
    if reason.startswith(f"{name}: "):
        logger.warning("skipped %s", reason)
    else:
        logger.warning("skipped %s: %s", name, reason)


def _counted(pages: Iterable[CleanedPage], bar: tqdm | LogProgress) -> Iterator[CleanedPage]:
    """The pages, each counted on ``bar``: its total is the files or rows to read, known
    before they are cleaned (a percentage and a time left on a terminal), raised when a
    file gives more pages (a news database export's stories) and set to the pages read
    at the end (rows skipped as they are read, a repeated id, are no page)."""
    for page in pages:
        yield page
        bar.update()
        if bar.total is not None and bar.n > bar.total:
            bar.total = bar.n
    if bar.total is not None:
        bar.total = bar.n
    bar.close()


def _clean_pages(
    files: list[RawEntry],
    skipped: list[dict],
    jobs: int | Engine = 1,
    manifest: dict[str, ManifestEntry] | None = None,
    store: ChunkStore | None = None,
) -> Iterator[CleanedPage]:
    """Clean ``files`` in order (on ``jobs``); record unreadable ones in ``skipped``.

    One process cleans page by page; several (or a cluster) clean chunks of
    :data:`CHUNK_PAGES` pages, at most four per local process in flight. A pool is started
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
        yield from _unpack_results(engine.map_chunks(clean_chunk, work), skipped)
        return
    results = store.map_chunks(
        engine.map_chunks,
        clean_chunk,
        work,
        lambda unit: chunk_key(file_identity(e.path, e.name, unit[1].get(e.name)) for e in unit[0]),
        encode_result,
        functools.partial(decode_result, kinds=(CleanedPage, SkippedPage)),
    )
    yield from _unpack_results(results, skipped)


def _unpack_results(
    chunk_results: Iterable[list[CleanedPage | SkippedPage]], skipped: list[dict]
) -> Iterator[CleanedPage]:
    """The cleaned pages of each chunk's results, in order; skipped ones go to ``skipped``,
    and so does each page without an article, with why (it is also in the tables)."""
    for results in chunk_results:
        results.reverse()
        while results:  # pop, so that no list keeps a page alive while it is written
            result = results.pop()
            if isinstance(result, SkippedPage):
                _say_skipped(result.page, result.reason)
                skipped.append(result._asdict())
            else:
                if result.no_article is not None:
                    skipped.append({"page": result.name, "reason": result.no_article})
                yield result
            del result
