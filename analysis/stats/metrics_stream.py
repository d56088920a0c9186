"""The ``metrics`` command in bounded memory: articles in chunks, tables in row groups.

:func:`write_metrics_streamed` computes the same tables as
:func:`analysis.stats.metrics.article_metrics` and
:func:`analysis.stats.outlets.outlet_metrics` on the whole corpus, without holding it:

- while the articles are sorted, each outlet's sentence lines are counted
  (:class:`analysis.stats.outlet_boilerplate.LineCounts`); the lines it repeats in many
  of its stories leave each body before its chunk is analysed, and are listed in
  ``reports/outlet_boilerplate_lines.csv``;
- the articles come sorted by article_id, one bucket at a time
  (:class:`analysis.stats.metrics_inputs.SortedArticles`), in chunks of
  ``chunk_articles`` articles; each chunk's work (text statistics, quotes, copy
  fingerprint: :func:`analyse_chunk`) runs on the engine and comes back in order;
- the quotes go to ``quotes.parquet`` as they come, in row groups of
  :data:`ROW_GROUP_ROWS` rows; each article's row, all but its copy group, goes to a
  work file; the copy search keeps fixed-size arrays per article and the signatures
  in a file (:class:`analysis.stats.copy_search.CopyIndex`);
- after the copy search, ``article_metrics.parquet`` is written from the work file,
  row group by row group, with each article's copy group; the outlet table reads back
  only the columns it aggregates, as Arrow and numpy arrays (a fixed number of bytes
  per article), and each outlet's quoted speakers as counts
  (:func:`analysis.stats.outlet_inputs.read_outlet_inputs`).

Each chunk's results are saved in ``PROCESSED/.metrics-chunks`` as they come
(:class:`analysis.clean.resume.ChunkStore`, JSON keyed by the code, the installed
versions and the chunk's articles): an interrupted run resumes from them and writes
the same bytes as an uninterrupted one. The folder is removed once the outputs are
written.

Each table is the same bytes whatever the number of processes or the engine; a table
of at most :data:`ROW_GROUP_ROWS` rows is the same bytes as the whole-table writer
gives (one row group; a text column with no value at all is stored as null, as
pandas' type inference stores it).
"""

from __future__ import annotations

import logging
import os
import shutil
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from analysis.clean.outlet_merge import identities_of_run
from analysis.clean.resume import ChunkStore, chunk_key
from analysis.errors import TableError
from analysis.gc_pause import alive_objects_frozen
from analysis.io import (
    ParquetChunkWriter,
    atomic_paths,
    pandas_schema,
    recover_interrupted_writes,
    with_code_version,
    work_folder,
    write_csv,
    write_parquet,
)
from analysis.parallel import (
    STAGE_WORKER_MODULES,
    Engine,
    as_engine,
    chunked,
    run_pool,
    start_workers_early,
    stop_workers,
)
from analysis.progress import progress as progress_counter
from analysis.stats import metrics
from analysis.stats.article_work import ChunkResult, analyse_chunk, decode_result, encode_result
from analysis.stats.boilerplate_lines import ArticleLines, StoryLines, text_line_keys
from analysis.stats.copies import copy_group_maps
from analysis.stats.copy_search import CopyIndex
from analysis.stats.metrics_inputs import (
    BUCKET_ARTICLES,
    READ_BATCH_ROWS,
    SortedArticles,
    UnitCharacters,
    article_heads,
    boilerplate_ratio,
    raw_batches,
    release_freed_memory,
    table_path,
    validated_batch,
)
from analysis.stats.outlet_boilerplate import LINES_FILE, REMOVED_COLUMN, LineCounts, MarkedLines
from analysis.stats.outlet_inputs import read_outlet_inputs
from analysis.stats.outlets import outlet_table
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
    ARTICLE_METRICS_SCHEMA,
    QUOTES_SCHEMA,
    load_table,
    validate,
)

logger = logging.getLogger(__name__)

#: Rows per row group of article_metrics.parquet and quotes.parquet.
ROW_GROUP_ROWS = 16_384
#: Articles whose rows are built as one table in the command's process (Run._write).
BATCH_ARTICLES = 256
#: The folder, inside the processed folder, that holds the finished chunks of a run.
CHUNKS_FOLDER = ".metrics-chunks"
_COPY_COLUMNS = ("copy_group", "copy_max_similarity", "resave_of")
#: Added to each article's row when article_metrics.parquet is written (from the blocks).
_UNIT_COLUMNS = ("unit_chars", "boilerplate_chars", "boilerplate_ratio")
#: The columns of an article its outlet's repeated lines are stripped by.
_STRIPPED = ("outlet", "body")
#: The columns of an article that, after its title and body, make its save of a story
#: (:func:`analysis.stats.resaves.save_of`).
_SAVE = ("url", "layout", "page", "article_index", "is_teaser")
#: The columns of an article's row :func:`analysis.stats.resaves.teaser_links` reads.
_TEASER_COLUMNS = ("article_id", "outlet", "title", "is_teaser")
#: The columns of an article its lines are counted on (under its outlet).
_TEXTS = ("title", "body")
#: The module the worker pool's server imports (:mod:`analysis.stats.worker_models`).
WORKER_MODULE = STAGE_WORKER_MODULES["metrics"]


def write_metrics_streamed(
    processed_dir: Path,
    reports_dir: Path,
    engine: int | Engine = 1,
    chunk_articles: int = metrics.CHUNK_ARTICLES,
) -> dict[str, Path]:
    """Compute every metrics table from ``processed_dir`` and write them (see the module).

    Parameters
    ----------
    processed_dir : Path
        Holds pages.parquet, blocks.parquet, articles.parquet; receives the tables.
    reports_dir : Path
        Receives outlet_metrics.csv.
    engine : int or Engine, optional
        Worker processes or the engine of the per-article work and the copy search.
    chunk_articles : int, optional
        Articles per unit of work.

    Returns
    -------
    dict of str to Path
        The files written, by table name.
    """
    processed_dir, reports_dir = Path(processed_dir), Path(reports_dir)
    recover_interrupted_writes(processed_dir)  # a killed clean's set, finished first
    n_articles = _rows_of(processed_dir, "articles")
    n_chunks = -(-n_articles // chunk_articles) + -(-n_articles // BUCKET_ARTICLES)
    # One pool for every phase (block sums, articles, bands, candidate pairs); the
    # collections of release_freed_memory walk what the run makes, not the modules.
    with run_pool(as_engine(engine).sized_for(n_chunks)) as pooled, alive_objects_frozen():
        # The workers' models load in the pool's server while this process reads the
        # pages and the articles' outlets and sorts the articles.
        start_workers_early(pooled, [WORKER_MODULE])
        return _write_metrics(processed_dir, reports_dir, pooled, chunk_articles)


def _write_metrics(
    processed_dir: Path, reports_dir: Path, engine: Engine, chunk_articles: int
) -> dict[str, Path]:
    """:func:`write_metrics_streamed` on its engine (sized for the run, with its pool)."""
    work = work_folder(processed_dir, "metrics")
    try:
        # The outlets' repeated lines are counted first: each article's lines are read
        # off on the engine as the articles are read, and the first chunks are handed
        # out before this process works out the outlets' names (_Start) and sorts the
        # articles into buckets, beside those chunks; the repeated lines leave each
        # body before its chunk is analysed (or read back when resuming).
        start = _Start(processed_dir, work)
        counts = LineCounts(work)
        _count_lines(counts, engine, start, chunk_articles)
        pages, identities, units, articles = (
            start.pages,
            start.identities,
            start.units,
            start.articles,
        )
        marked = counts.marked()
        store = ChunkStore(processed_dir, CHUNKS_FOLDER)
        names = ("article_metrics", "quotes", "copy_pairs", "outlet_metrics")
        finals = [processed_dir / f"{name}.parquet" for name in names]
        csv_path = reports_dir / "outlet_metrics.csv"
        lines_path = reports_dir / LINES_FILE
        # One set: every file is replaced, or (disk full, Ctrl-C, ...) none is.
        with atomic_paths(*finals, csv_path, lines_path) as tmps:
            run = _Run(work, engine)
            chunks = marked.stripped(articles.chunks(chunk_articles))
            run.consume(store, _between(chunks, units.step), articles.n_articles)
            units.finish()
            articles_path = table_path("articles", processed_dir)
            own = own_links(_addresses(articles_path))
            copy_pairs, resaves = _copies_and_resaves(
                run.index, articles, marked, engine, run.spill_path, own, articles_path
            )
            stop_workers(engine)  # idle until the outlet table, with the chunks' memory
            release_freed_memory()  # what the chunks left in the allocators' free pages
            run.write_article_metrics(copy_pairs, resaves, units, tmps[0], own)
            run.move_quotes(tmps[1])
            inputs = read_outlet_inputs(
                tmps[0], tmps[1], _pages_read_by_outlets(pages, tmps[0]), copy_pairs
            )
            # Its bootstrap intervals run on fresh workers (forked from the server) while
            # this process computes the other columns.
            per_outlet = outlet_table(inputs, identities.merged_from(), engine)
            stop_workers(engine)
            del inputs
            write_parquet(copy_pairs, tmps[2])
            write_parquet(per_outlet, tmps[3])
            write_csv(per_outlet, tmps[4], float_format=metrics.CSV_FLOAT_FORMAT)
            write_csv(marked.table(), tmps[5])
        store.clear()
        if note := store.note():
            logger.info("metrics: %s", note)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return dict(zip(names, finals, strict=True)) | {
        "outlet_metrics_csv": csv_path,
        "outlet_boilerplate_lines": lines_path,
    }


class _Start:
    """What a run works out before its articles can be sorted: the pages (as Arrow, each
    page's site as displayed), the outlets' identities, the articles' buckets
    (:class:`SortedArticles`, not spilled yet) and the blocks' sums
    (:class:`UnitCharacters`, not summed yet); worked out on first use (:meth:`ready`),
    when the first chunks of lines are on the engine.

    Parameters
    ----------
    processed_dir : Path
        Holds pages.parquet, blocks.parquet, articles.parquet.
    work : Path
        The run's scratch folder (the bucket files).
    """

    def __init__(self, processed_dir: Path, work: Path) -> None:
        self.processed_dir, self.work = processed_dir, work
        self._ready = False

    def ready(self) -> _Start:
        """Work out the pages, the identities, the buckets and the sums, once.

        Returns
        -------
        _Start
            Itself, with ``pages``, ``identities``, ``articles`` and ``units`` set.

        Raises
        ------
        TableError
            A table is missing or breaks its contract (the pages first, then the
            articles' ids and outlets, then the blocks).
        """
        if self._ready:
            return self
        processed_dir = self.processed_dir
        pages = load_table("pages", processed_dir, metrics.PAGES_USED)
        # Counts of (key, name) pairs, not a Python object per article.
        ids, pairs = article_heads(processed_dir)
        pairs.update(zip(map(str, pages["site_key"]), map(str, pages["site"]), strict=True))
        # pages of an ambiguous name or none: their menu and notice lines, from the blocks
        identities = identities_of_run(
            pairs,
            table_path("blocks", processed_dir),
            table_path("pages", processed_dir),
            table_path("articles", processed_dir),
        )
        del pairs
        display = identities.display
        for note in identities.notes():
            logger.info("%s", note)
        # Held as Arrow (its bytes only, not a Python object per value) until the outlet
        # table takes the few rows it reads.
        sites = [
            identities.display_of(str(k), str(p))
            for k, p in zip(pages["site_key"], pages["page"], strict=True)
        ]
        self.pages = pa.Table.from_pandas(pages.assign(site=sites), preserve_index=False)
        self.identities = identities
        # the pages filed one by one, apart from their key's other pages
        by_page = {
            page: (key, display[final]) for page, (key, final) in identities.page_key_of.items()
        }
        # Summed here, not in the workers (a slice of blocks is validated with pandera
        # on pandas, which the workers do not load: analysis.stats.article_work), a
        # slice after each chunk handed out: no chunk needs them, only the rows written
        # at the end, so they are summed while the workers analyse, not before the first
        # chunk (1.5 million blocks rows at 10,000 pages: ~3 CPU-s).
        self.units = UnitCharacters(processed_dir, metrics.BLOCKS_USED)
        self.articles = SortedArticles(
            processed_dir, self.work, metrics.ARTICLES_USED, display, ids, BUCKET_ARTICLES, by_page
        )
        self._ready = True
        return self


def _copies_and_resaves(
    index: CopyIndex,
    articles: SortedArticles,
    marked: MarkedLines,
    engine: Engine,
    spilled_rows: Path,
    own: frozenset[str],
    articles_path: Path,
) -> tuple[pd.DataFrame, dict[str, str]]:
    """The copy_pairs table and each resave's kept article, from the run's copy index.

    The copy search compares the bodies the per-article work read (stripped of the
    outlets' repeated lines, ``marked``); a story's saves are told by those bodies too.
    A teaser's links to its story's full text (:func:`~analysis.stats.resaves.teaser_links`)
    read the articles' outlets, titles and teaser flags from the rows the run has
    spilled (``spilled_rows``), batch by batch; ``own``: the cards that are their own
    links (:func:`~analysis.stats.resaves.own_links`); the days of the teasers and of
    the full texts of their titles, from the articles table (``articles_path``).
    """

    def teaser_rows() -> Iterator[TeaserRow]:
        source = pq.ParquetFile(spilled_rows)
        for batch in source.iter_batches(columns=list(_TEASER_COLUMNS)):
            columns = (batch.column(name).to_pylist() for name in _TEASER_COLUMNS)
            yield from zip(*columns, strict=True)

    def body_of(article_id: str) -> str:
        return marked.strip(*articles.values_of(article_id, _STRIPPED))[0]

    def save_of_article(article_id: str) -> Save:
        title, outlet, body, *rest = articles.values_of(article_id, ("title", *_STRIPPED, *_SAVE))
        return save_of(title, marked.strip(outlet, body)[0], *rest, own_link=article_id in own)

    def address_of(article_id: str) -> Address:
        url, layout = articles.values_of(article_id, ("url", "layout"))
        mine = layout == "article" or article_id in own
        return (url if mine and isinstance(url, str) else None, str(layout))

    def days_of(ids: set[str]) -> dict[str, str | None]:
        return _days(articles_path, ids)

    search = index.search(body_of, engine=engine)
    links = search.same_outlet + teaser_links(teaser_rows, body_of, address_of, days_of)
    return search.pairs, find_resaves(links, save_of_article)


def _addresses(articles_path: Path) -> Iterator[tuple[str, str, str, str | None]]:
    """``(article_id, page, layout, url)`` of every article of the table, batch by batch."""
    columns = ("article_id", "page", "layout", "url")
    for batch in pq.ParquetFile(articles_path).iter_batches(columns=list(columns)):
        yield from zip(*(batch.column(name).to_pylist() for name in columns), strict=True)


def _days(articles_path: Path, ids: set[str]) -> dict[str, str | None]:
    """``articles.published`` of the articles ``ids``, read batch by batch."""
    found: dict[str, str | None] = {}
    for batch in pq.ParquetFile(articles_path).iter_batches(columns=["article_id", "published"]):
        for article_id, day in zip(
            batch.column("article_id").to_pylist(),
            batch.column("published").to_pylist(),
            strict=True,
        ):
            if article_id in ids:
                found[article_id] = day if isinstance(day, str) else None
    return found


class _Run:
    """The writers and the copy index of one run, fed chunk by chunk."""

    def __init__(self, work: Path, engine: Engine) -> None:
        self.engine = engine
        self.index = CopyIndex(work)
        self.valued: set[str] = set()  # text columns with at least one value
        self.spill_path = work / "article_rows.parquet"
        self.quotes_path = work / "quotes.parquet"
        self.rows = ParquetChunkWriter(
            self.spill_path,
            _arrow_schema(ARTICLE_METRICS_SCHEMA, exclude=_UNIT_COLUMNS + _COPY_COLUMNS),
            lambda tables: pa.concat_tables(tables).to_pandas(),
            max_rows=ROW_GROUP_ROWS,
        )
        self.quotes = ParquetChunkWriter(
            self.quotes_path,
            _arrow_schema(QUOTES_SCHEMA),
            lambda tables: validate(pa.concat_tables(tables).to_pandas(), "quotes"),
            max_rows=ROW_GROUP_ROWS,
        )

    def consume(self, store: ChunkStore, chunks: Iterator[list[dict]], total: int) -> None:
        """Run every chunk (saved ones read back) and feed the writers, in order."""
        progress = progress_counter(total, "metrics", "article")
        batch: list[list[ChunkResult]] = []
        try:
            for results in store.map_chunks(
                self.engine.map_chunks,
                analyse_chunk,
                chunks,
                _chunk_key,
                encode_result,
                decode_result,
            ):
                batch.append(results)
                progress.update(len(results))
                del results
                if sum(map(len, batch)) >= BATCH_ARTICLES:
                    self._write(batch)
                    batch = []
            self._write(batch)
        finally:
            progress.close()
        self.rows.close()
        self.quotes.close()

    def _write(self, batch: list[list[ChunkResult]]) -> None:
        """Feed the writers and the copy index one batch of chunks' results.

        The tables are built once per batch (pandas' cost is mostly per call: ~0.1
        CPU-s per chunk of 64 articles when built per chunk, in this process, which
        shares the cores with the workers), then handed to the writers chunk by chunk
        (zero-copy slices), so the row groups end where they did, the same bytes.
        """
        results = [result for chunk in batch for result in chunk]
        if not results:
            return
        self.index.add([found for _, _, _, found in results])
        # Buffered as Arrow (a few hundred bytes an article), not as objects.
        rows = _arrow(self._article_rows([[result[:3] for result in results]]), self.rows.schema)
        quotes = metrics.quotes_frame(
            [row for _, _, article_quotes, _ in results for row in article_quotes], validated=False
        )
        self._note_values(quotes)
        quotes = _arrow(quotes, self.quotes.schema)
        first_row = first_quote = 0
        for chunk in batch:
            n_quotes = sum(len(article_quotes) for _, _, article_quotes, _ in chunk)
            self.rows.add(rows.slice(first_row, len(chunk)), rows=len(chunk))
            self.quotes.add(quotes.slice(first_quote, n_quotes), rows=n_quotes)
            first_row += len(chunk)
            first_quote += n_quotes
            self.rows.flush_if_full()
            self.quotes.flush_if_full()

    def _article_rows(self, items: list[list[tuple[dict, dict, list[tuple]]]]) -> pd.DataFrame:
        results = [result for chunk in items for result in chunk]
        articles = pd.DataFrame(
            [article for article, _, _ in results],
            columns=["article_id", "page", "article_index", "layout", "outlet", "title",
                     "is_teaser", REMOVED_COLUMN],
        )  # fmt: skip
        # The unit columns are added when the rows are written (write_article_metrics);
        # the work file does not hold these placeholders.
        placeholders = pd.DataFrame(dict.fromkeys(_UNIT_COLUMNS, 0), index=articles.index)
        table = metrics.article_frame(
            articles,
            [stats for _, stats, _ in results],
            metrics.quote_counts_of_rows([quotes for _, _, quotes in results]),
            placeholders,
        )
        self._note_values(table)
        return table

    def _note_values(self, table: pd.DataFrame) -> None:
        for column in table.columns:
            if table[column].dtype == object and table[column].notna().any():
                self.valued.add(f"{column}")

    def write_article_metrics(
        self,
        copy_pairs: pd.DataFrame,
        resaves: dict[str, str],
        units: UnitCharacters,
        path: Path,
        records: frozenset[str] = frozenset(),
    ) -> None:
        """article_metrics.parquet from the work file, with each article's unit
        characters (``units``, finished; none for a feed's or a news API's record,
        ``records``: :func:`analysis.stats.metrics.unit_boilerplate`), copy group and
        ``resave_of`` (``resaves``)."""
        group, best = copy_group_maps(copy_pairs)
        source = pq.ParquetFile(self.spill_path)
        valued = self.valued | ({"copy_group"} if group else set())
        valued |= {"resave_of"} if resaves else set()
        schema = _arrow_schema(ARTICLE_METRICS_SCHEMA, valued=valued)
        with ParquetChunkWriter(path, schema, lambda frames: frames[0]) as writer:
            for index in range(max(source.num_row_groups, 1)):
                rows = (
                    source.read_row_group(index)
                    if source.num_row_groups
                    else source.schema_arrow.empty_table()
                )
                unit, boilerplate = units.of_articles(rows)
                boilerplate = boilerplate + rows[REMOVED_COLUMN].to_numpy().astype(np.int64)
                if records:
                    record = np.isin(
                        rows["article_id"].to_numpy(zero_copy_only=False), list(records)
                    )
                    unit, boilerplate = np.where(record, 0, unit), np.where(record, 0, boilerplate)
                frame = rows.to_pandas().assign(
                    unit_chars=unit,
                    boilerplate_chars=boilerplate,
                    boilerplate_ratio=np.array(
                        [boilerplate_ratio(u, b) for u, b in zip(unit, boilerplate, strict=True)],
                        dtype=float,
                    ),
                )
                del rows
                copies = pd.DataFrame(
                    {
                        "copy_group": pd.Series(
                            [group.get(i) for i in frame["article_id"]], dtype=object
                        ),
                        "copy_max_similarity": [best.get(i, np.nan) for i in frame["article_id"]],
                    }
                )
                writer.add(metrics.with_copy_groups(frame, copies, resaves))
                writer.flush()
                del frame, copies
                release_freed_memory()

    def move_quotes(self, path: Path) -> None:
        """quotes.parquet from the work file (rewritten only if a text column has no value)."""
        schema = _arrow_schema(QUOTES_SCHEMA, valued=self.valued)
        source = pq.ParquetFile(self.quotes_path)
        if schema.types == source.schema_arrow.types and source.num_row_groups:
            os.replace(self.quotes_path, path)
            return
        with pq.ParquetWriter(
            path, with_code_version(schema), compression="zstd", write_statistics=True
        ) as writer:
            for index in range(max(source.num_row_groups, 1)):
                table = (
                    source.read_row_group(index)
                    if source.num_row_groups
                    else source.schema_arrow.empty_table()
                )
                writer.write_table(_conformed(table, schema))


def _arrow_schema(
    schema: object, valued: set[str] | None = None, exclude: tuple[str, ...] = ()
) -> pa.Schema:
    """The Arrow schema pandas writes for a table of the contract ``schema``.

    Text columns are strings when ``valued`` is None or names them, else null (what
    pandas' inference gives a column of None only).
    """
    types = {"int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}
    fields = []
    for name, column in schema.columns.items():
        if name in exclude:
            continue
        kind = types.get(str(column.dtype))
        if kind is None:
            kind = pa.string() if valued is None or name in valued else pa.null()
        fields.append((name, kind))
    return pandas_schema(pa.schema(fields))


def _arrow(frame: pd.DataFrame, schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pandas(frame.reset_index(drop=True), schema=schema, preserve_index=False)


def _conformed(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """``table`` with ``schema``'s types (a column of None only becomes a null column)."""
    columns = [
        pa.nulls(table.num_rows) if field.type == pa.null() else table[field.name].cast(field.type)
        for field in schema
    ]
    return pa.Table.from_arrays(columns, schema=schema)


def _rows_of(processed_dir: Path, name: str) -> int:
    """Rows of table ``name`` by its footer (0 when missing or unreadable: reading the
    table reports why)."""
    try:
        return pq.ParquetFile(table_path(name, processed_dir)).metadata.num_rows
    except Exception:  # a missing table, or pyarrow's several types for a bad file
        return 0


def _pages_read_by_outlets(pages: pa.Table, article_path: Path) -> pd.DataFrame:
    """The rows of ``pages`` that :func:`analysis.stats.outlets.outlet_table` reads.

    It reads a page's row only for a listing page (a boilerplate unit of its site) or
    for the page of an article without an outlet (its site stands for the outlet): the
    outlet table is the same as with every page, without a Python object per page.
    """
    if pages.num_rows == 0:
        return pages.to_pandas()
    wanted = []
    source = pq.ParquetFile(article_path)
    for index in range(source.num_row_groups):
        part = source.read_row_group(index, columns=["page", "outlet"])
        outlet = part["outlet"].cast(pa.string())
        wanted.append(part["page"].filter(pc.fill_null(pc.equal(outlet, ""), True)))
    read = pc.equal(pages["layout"], "listing")
    if wanted:
        pages_of = pa.chunked_array(wanted, pa.string()).unique()
        read = pc.or_(read, pc.is_in(pages["page"], value_set=pages_of))
    return pages.filter(read).to_pandas()


def _count_lines(counts: LineCounts, engine: Engine, start: _Start, chunk_articles: int) -> None:
    """Count the counted lines of every article in ``counts``, and spill the articles.

    The articles are read batch by batch; each batch's titles and bodies go to the
    engine in chunks of ``chunk_articles``
    (:func:`~analysis.stats.boilerplate_lines.text_line_keys`: the lines of a body are
    found with the quotation parser, the per-article cost of this pass) before the batch
    is validated and spilled (:func:`_line_chunks`). So the first chunks are on the
    engine before the outlets' names are worked out (``start``, once the first read
    batch's chunks are all handed out or its first result comes back: the chunks in
    flight keep the workers busy meanwhile). A read batch's chunks may all be in flight
    at once (their texts are held with the batch anyway): at the engine's few chunks per
    worker, the workers ran dry while the command worked ``start`` out, and the batch's
    other chunks waited for it. Each result is
    counted under its article's displayed outlet once its batch is spilled, a read
    batch's worth at a time: the counts :func:`~analysis.stats.boilerplate_lines.line_keys`
    gives on the spilled articles.
    """
    shown: deque[str | None] = deque()  # each spilled article's outlet, not counted yet
    waiting: deque[list[StoryLines | None]] = deque()  # each chunk's results, not counted yet
    found: list[ArticleLines] = []

    def count_known() -> None:
        nonlocal found
        while waiting and len(shown) >= len(waiting[0]):
            for lines in waiting.popleft():
                outlet = shown.popleft()
                if outlet and lines is not None:
                    found.append((str(outlet), *lines))
            if len(found) >= READ_BATCH_ROWS:
                counts.add_lines(found)
                found = []

    batch_chunks = -(-READ_BATCH_ROWS // chunk_articles)
    for results in engine.map_chunks(
        text_line_keys, _line_chunks(start, shown, chunk_articles), in_flight=batch_chunks
    ):
        start.ready()
        waiting.append(results)
        count_known()
    count_known()  # the last batch is spilled once its chunks are all handed out
    counts.add_lines(found)


def _line_chunks(start: _Start, shown: deque[str | None], size: int) -> Iterator[list[tuple]]:
    """(title, body) of each article, in chunks of ``size``, batch by batch; each batch,
    once its chunks are handed out, is validated and spilled (``start``'s
    :class:`SortedArticles`), its articles' displayed outlets put in ``shown``.

    A batch whose title or body is not Arrow text (a table that breaks the contract) is
    validated first. An unreadable table is reported after what ``start`` checks, in the
    order the checks ran before the first chunk.
    """
    batches = raw_batches("articles", start.processed_dir, metrics.ARTICLES_USED)
    while True:
        try:
            batch = next(batches, None)
        except TableError:
            start.ready()  # the pages, the articles' ids and outlets, the blocks first
            raise
        if batch is None:
            break
        texts = _plain_texts(batch)
        if texts is not None:
            yield from chunked(texts, size)
        path = table_path("articles", start.processed_dir)  # it was read: it is there
        table = start.ready().articles.spill(validated_batch(batch, "articles", path))
        del batch
        if texts is None:
            texts = list(zip(*(table[name].to_pylist() for name in _TEXTS), strict=True))
            yield from chunked(texts, size)
        shown.extend(table["outlet"].to_pylist())
        del table, texts
        release_freed_memory()
    start.ready().articles.end_spill()


def _plain_texts(batch: pa.RecordBatch) -> list[tuple] | None:
    """(title, body) of each row of an articles batch not validated yet, when both
    columns are Arrow text (else None): values the line pass reads whatever they hold."""
    columns = [batch.column(name) for name in _TEXTS]
    if not all(
        pa.types.is_string(c.type) or pa.types.is_large_string(c.type) or pa.types.is_null(c.type)
        for c in columns
    ):
        return None
    return list(zip(*(c.to_pylist() for c in columns), strict=True))


def _between(chunks: Iterator[list[dict]], work: Callable[[], object]) -> Iterator[list[dict]]:
    """``chunks``, calling ``work`` after each is taken: when the next one is asked for,
    right after the engine has handed the last one out (before it waits for a result)."""
    for chunk in chunks:
        yield chunk
        work()


def _chunk_key(chunk: list[dict]) -> str:
    return chunk_key(["metrics", *chunk])
