"""``clean``'s tables as a streaming ``metrics`` run reads them: in batches, by article_id.

``metrics`` writes its tables in article_id order, while ``clean`` writes articles in
page order (an article_id is a hash). Holding every body to sort them is what made
memory grow with the corpus; here the articles are sorted in bounded memory instead:

1. The article_id, outlet and outlet_key columns (no body) are read in batches
   (:func:`article_heads`): the ids are kept (16 bytes each), checked unique and cut
   into buckets of :data:`BUCKET_ARTICLES` consecutive ids; the (outlet_key, outlet)
   pairs are counted, and each outlet key gets its display name from the counts
   (:func:`analysis.clean.outlet_merge.outlet_identities_of_counts`, over the articles
   and the pages, as before).
2. The articles are read batch by batch (each batch validated against the articles
   contract) and each row, with its display outlet, is appended to its bucket's Arrow
   file in a work folder.
3. :meth:`SortedArticles.chunks` reads one bucket at a time, sorts it by article_id
   and yields it in chunks; :meth:`SortedArticles.body_of` reads one body back (the
   copy search needs a few).
4. The blocks are read slice by slice into each page's and card's characters and
   boilerplate characters (:class:`UnitCharacters`); nothing before the first chunk
   needs them, so ``metrics`` sums them while the first chunks are analysed, and
   gives each article its unit and boilerplate characters when its row is written.

Memory holds one batch or one bucket of bodies, plus a few fixed-size values per
article and per page (ids, bucket positions, unit characters as Arrow tables).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
from collections import Counter, deque
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc as ipc
import pyarrow.parquet as pq

from analysis.errors import TableError
from analysis.stats.ratios import ratio
from analysis.tables import WRITTEN_BY, schema_for, validate

#: Articles per bucket: the bodies held at once while sorting by article_id.
BUCKET_ARTICLES = 4096
#: Rows read from a table at once.
READ_BATCH_ROWS = 2048
#: The columns of an article as the per-article work and the article table need them.
SORTED_COLUMNS = (
    "article_id",
    "page",
    "article_index",
    "layout",
    "outlet",
    "title",
    "url",
    "body",
    "is_teaser",
)
_ID_TYPE = "S16"  # article_id: 16 hex digits (checked by the articles contract)


def table_path(name: str, processed_dir: Path) -> Path:
    """``processed_dir/NAME.parquet``; a missing file is the error load_table gives.

    Parameters
    ----------
    name : str
        A table name (``pages``, ``blocks``, ``articles`` ...).
    processed_dir : Path
        The folder of the tables.

    Returns
    -------
    Path
        The table's file, which exists.

    Raises
    ------
    TableError
        The file is missing (naming the command that writes it).
    """
    path = Path(processed_dir) / f"{name}.parquet"
    if not path.is_file():
        raise TableError(f"{path}: missing; run `python -m analysis {WRITTEN_BY[name]}` first")
    return path


def read_batches(
    name: str, processed_dir: Path, columns: Sequence[str], batch_rows: int | None = None
) -> Iterator[pd.DataFrame]:
    """Table ``name``'s ``columns``, batch by batch, each validated against its contract.

    The row-wise checks of the contract apply to every batch; a check across rows
    (unique ids) is the caller's.

    Parameters
    ----------
    name : str
        The table's name.
    processed_dir : Path
        The folder of the tables.
    columns : sequence of str
        The columns to read.
    batch_rows : int, optional
        Rows per batch (default :data:`READ_BATCH_ROWS`).

    Yields
    ------
    pandas.DataFrame
        One validated batch, in file order.

    Raises
    ------
    TableError
        One line naming the file, as :func:`analysis.tables.load_table` gives it: the
        file is missing, not readable Parquet, lacks a column or breaks the contract.
    """
    path = table_path(name, processed_dir)
    for batch in raw_batches(name, processed_dir, columns, batch_rows):
        yield validated_batch(batch, name, path)


def raw_batches(
    name: str, processed_dir: Path, columns: Sequence[str], batch_rows: int | None = None
) -> Iterator[pa.RecordBatch]:
    """Table ``name``'s ``columns`` batch by batch as stored, not validated yet.

    What :func:`read_batches` reads, before :func:`validated_batch` checks it: a caller
    can hand a batch's values to work that cannot fail on them (a text column of Arrow
    strings) before it validates the batch.

    Parameters
    ----------
    name, processed_dir, columns, batch_rows : str, Path, sequence of str, int or None
        As :func:`read_batches`.

    Yields
    ------
    pyarrow.RecordBatch
        One batch, in file order.

    Raises
    ------
    TableError
        The file is missing, not readable Parquet or lacks a column (as
        :func:`read_batches`).
    """
    path = table_path(name, processed_dir)
    wanted = list(schema_for(name, columns).columns)
    try:
        source = pq.ParquetFile(path)
        missing = [c for c in wanted if c not in source.schema_arrow.names]
        if missing:
            listed = ", ".join(repr(c) for c in missing)
            raise TableError(
                f"{path}: does not match the {name} table contract: no column {listed}"
            )
        yield from source.iter_batches(batch_size=batch_rows or READ_BATCH_ROWS, columns=wanted)
    except TableError:
        raise
    except Exception as err:  # pyarrow raises several types for a bad file
        raise _unreadable(path, err) from err


def validated_batch(batch: pa.RecordBatch, name: str, path: Path) -> pd.DataFrame:
    """One batch of :func:`raw_batches` as a frame, validated against table ``name``'s
    contract (its columns narrowed to the batch's).

    Parameters
    ----------
    batch : pyarrow.RecordBatch
        A batch of table ``name``, read from ``path``.
    name : str
        The table's name.
    path : Path
        Its file (named in an error).

    Returns
    -------
    pandas.DataFrame
        The batch, validated.

    Raises
    ------
    TableError
        The batch breaks the contract (as :func:`read_batches`).
    """
    try:
        return validate(batch.to_pandas(), name, source=path, columns=batch.schema.names)
    except TableError:
        raise
    except Exception as err:  # pyarrow raises several types for a bad file
        raise _unreadable(path, err) from err


def _unreadable(path: Path, err: Exception) -> TableError:
    reason = " ".join(str(err).split())[:200]
    return TableError(f"{path}: not a readable Parquet file ({reason})")


def article_heads(processed_dir: Path) -> tuple[np.ndarray, Counter[tuple[str, str]]]:
    """Every article_id (``S16``, checked unique) and the articles' (outlet_key, outlet)
    pairs with their counts, read batch by batch.

    Per article only the 16 bytes of its id are kept; the pairs are counted per batch.

    Parameters
    ----------
    processed_dir : Path
        The folder holding ``articles.parquet``.

    Returns
    -------
    tuple
        The sorted ids (numpy ``S16``) and a Counter of (outlet_key, outlet) pairs.

    Raises
    ------
    TableError
        As :func:`read_batches`, and for an article_id given twice.
    """
    path = table_path("articles", processed_dir)
    parts: list[np.ndarray] = []
    pairs: Counter[tuple[str, str]] = Counter()
    columns = ["article_id", "outlet", "outlet_key"]
    for batch in read_batches("articles", processed_dir, columns, batch_rows=65536):
        parts.append(_checked_ids(batch["article_id"].tolist(), path))
        pairs.update(zip(map(str, batch["outlet_key"]), map(str, batch["outlet"]), strict=True))
    ids = np.concatenate(parts) if parts else np.empty(0, dtype=_ID_TYPE)
    ordered = np.sort(ids)
    repeated = np.unique(ordered[1:][ordered[1:] == ordered[:-1]])
    if len(repeated):
        cases = ", ".join(repr(v.decode("ascii")) for v in repeated[:3].tolist())
        raise TableError(
            f"{path}: does not match the articles table contract: column 'article_id' "
            f"fails field_uniqueness: {cases}"
        )
    return ids, pairs


def _checked_ids(values: list[object], path: Path) -> np.ndarray:
    if any(not isinstance(v, str) or len(v) != 16 or not v.isascii() for v in values):
        raise TableError(f"{path}: does not match the articles table contract: bad article_id")
    return np.array(values, dtype=_ID_TYPE)


#: Blocks rows per task of the blocks pass (validated and summed at once).
BLOCK_TASK_ROWS = 20_000
#: A title block's start and characters packed in one int64 (start << 32 | characters):
#: the smallest packed value of a card is its first title block, with its characters.
_TITLE_SHIFT = 32
_SUMMED = pa.schema([("page", pa.string()), ("article_index", pa.int64())])
#: What is added up per page and per card (a card's title: the smallest packed value).
_PAGE_SUMS = (("chars", "sum"), ("boilerplate", "sum"))
_CARD_SUMS = (("chars", "sum"), ("non_body", "sum"), ("title", "min"))


class UnitCharacters:
    """Characters of each page and card, and of their boilerplate, from the blocks.

    Gives the values of :func:`analysis.stats.metrics.unit_boilerplate` without holding
    the blocks: a page's characters and its ``boilerplate`` blocks' characters; a
    card's characters and its chrome (its non-body blocks but the first title block).
    The blocks are read, validated and summed in slices of :data:`BLOCK_TASK_ROWS`
    rows (:func:`block_sums`), one slice per :meth:`step`, so a caller can sum them
    between other work (``metrics`` does while the workers analyse the first chunks);
    :meth:`finish` sums the rest. The sums are Arrow tables (a page's name and a few
    integers), not Python objects per page.

    Parameters
    ----------
    processed_dir : Path
        Holds blocks.parquet.
    columns : sequence of str
        The blocks columns read (validated against the contract).

    Raises
    ------
    TableError
        When blocks.parquet is missing, unreadable or lacks one of ``columns`` (here);
        when a slice fails the contract (in :meth:`step`).
    """

    def __init__(self, processed_dir: Path, columns: Sequence[str]) -> None:
        path = table_path("blocks", processed_dir)
        wanted = list(schema_for("blocks", columns).columns)
        try:
            source = pq.ParquetFile(path)
            present = source.schema_arrow.names
            groups = [source.metadata.row_group(i).num_rows for i in range(source.num_row_groups)]
        except Exception as err:  # pyarrow raises several types for a bad file
            reason = " ".join(str(err).split())[:200]
            raise TableError(f"{path}: not a readable Parquet file ({reason})") from err
        missing = ", ".join(repr(c) for c in wanted if c not in present)
        if missing:
            raise TableError(
                f"{path}: does not match the blocks table contract: no column {missing}"
            )
        self._tasks = deque(
            (str(path), wanted, group, start, min(rows, start + BLOCK_TASK_ROWS))
            for group, rows in enumerate(groups)
            for start in range(0, rows, BLOCK_TASK_ROWS)
        )
        self._page_parts: list[pa.Table] = []
        self._card_parts: list[pa.Table] = []
        self._pages: pa.Table | None = None
        self._cards: pa.Table | None = None

    def step(self) -> bool:
        """Sum the next slice of blocks (if any); whether slices remain.

        Returns
        -------
        bool
            True while slices remain for :meth:`step`.
        """
        if self._tasks:
            pages, cards = block_sums(self._tasks.popleft())
            self._page_parts.append(pages)
            self._card_parts.append(cards)
        return bool(self._tasks)

    def finish(self) -> UnitCharacters:
        """Sum the slices left and add up each page's and card's parts (once).

        Returns
        -------
        UnitCharacters
            Itself, its sums ready; calling it again changes nothing.
        """
        while self.step():
            pass
        if self._pages is None:
            self._pages = _summed(self._page_parts, ["page"], _PAGE_SUMS)
            self._cards = _summed(self._card_parts, ["page", "article_index"], _CARD_SUMS)
            self._page_parts, self._card_parts = [], []
        return self

    def of_articles(self, articles: pa.Table) -> tuple[np.ndarray, np.ndarray]:
        """Unit and boilerplate characters of articles, as
        :func:`analysis.stats.metrics.unit_boilerplate` counts them (after :meth:`finish`).

        A card on a listing page is its own unit, its chrome the boilerplate; an
        article page's article has the whole page as unit. A page or card without
        blocks counts 0 characters.

        Parameters
        ----------
        articles : pyarrow.Table
            Columns page, article_index, layout (any others are ignored).

        Returns
        -------
        tuple of numpy.ndarray
            ``(unit_chars, boilerplate_chars)``, int64, one value per row, in order.
        """
        assert self._pages is not None and self._cards is not None, "finish() first"
        rows = pa.table(
            {
                "page": articles["page"].cast(pa.string()),
                "article_index": articles["article_index"].cast(pa.int64()),
                "row": pa.array(np.arange(articles.num_rows, dtype=np.int64)),
            }
        )

        def joined(sums: pa.Table, keys: list[str]) -> pa.Table:
            found = rows.join(sums, keys, join_type="left outer", use_threads=False)
            return found.sort_by("row")

        def values(table: pa.Table, column: str) -> np.ndarray:
            return table[column].fill_null(0).to_numpy().astype(np.int64)

        on_page = joined(self._pages, ["page"])
        on_card = joined(self._cards, ["page", "article_index"])
        title = values(on_card, "title")
        title_chars = np.where(title > 0, title & ((1 << _TITLE_SHIFT) - 1), 0)
        listing = np.asarray(pc.equal(articles["layout"], "listing").fill_null(False))
        units = np.where(listing, values(on_card, "chars"), values(on_page, "chars"))
        boilerplate = np.where(
            listing, values(on_card, "non_body") - title_chars, values(on_page, "boilerplate")
        )
        return units, boilerplate


def _summed(parts: list[pa.Table], keys: list[str], sums: tuple[tuple[str, str], ...]) -> pa.Table:
    """The rows of ``parts`` added up by ``keys``: one row per key, columns ``keys``
    then the summed columns under their own names."""
    names = [name for name, _ in sums]
    if not parts:
        fields = [_SUMMED.field(key) for key in keys]
        return pa.schema(fields + [pa.field(name, pa.int64()) for name in names]).empty_table()
    found = pa.concat_tables(parts).group_by(keys, use_threads=False).aggregate(list(sums))
    return found.select([*keys, *(f"{name}_{how}" for name, how in sums)]).rename_columns(
        [*keys, *names]
    )


def block_sums(task: tuple[str, list[str], int, int, int]) -> tuple[pa.Table, pa.Table]:
    """One slice of :class:`UnitCharacters`: blocks validated against the blocks
    contract and summed per page and per card.

    Parameters
    ----------
    task : tuple
        (file, columns, row group, first row, end row) of blocks.parquet.

    Returns
    -------
    tuple of pyarrow.Table
        Per page: page, chars, boilerplate (its boilerplate blocks' characters); per
        card: page, article_index, chars, non_body (its non-body blocks' characters),
        title (its first title block packed as ``start << 32 | characters``, null
        without one).

    Raises
    ------
    TableError
        The slice cannot be read or breaks the blocks contract.
    """
    path, columns, group, start, stop = task
    try:
        table = pq.ParquetFile(path).read_row_group(group, columns=columns)
    except Exception as err:  # pyarrow raises several types for a bad file
        reason = " ".join(str(err).split())[:200]
        raise TableError(f"{path}: not a readable Parquet file ({reason})") from err
    table = table.slice(start, stop - start)
    validate(table.to_pandas(), "blocks", source=path, columns=columns)
    first = table["start"].cast(pa.int64())
    chars = pc.subtract(table["end"].cast(pa.int64()), first)
    label = table["label"]
    none = pa.scalar(0, pa.int64())
    blocks = pa.table(
        {
            "page": table["page"].cast(pa.string()),
            "article_index": table["article_index"].cast(pa.int64()),
            "chars": chars,
            "boilerplate": pc.if_else(pc.equal(label, "boilerplate"), chars, none),
            "non_body": pc.if_else(pc.not_equal(label, "body"), chars, none),
            "title": pc.if_else(
                pc.equal(label, "title"),
                pc.add(pc.shift_left(first, _TITLE_SHIFT), chars),
                pa.scalar(None, pa.int64()),
            ),
        }
    )
    cards = blocks.filter(pc.greater_equal(blocks["article_index"], 0))
    # Each slice's sums are added up again across slices (a page or card may span two).
    return (
        _summed([blocks], ["page"], _PAGE_SUMS),
        _summed([cards], ["page", "article_index"], _CARD_SUMS),
    )


def boilerplate_ratio(unit_chars: int, boilerplate_chars: int) -> float:
    """An article's boilerplate ratio, as unit_boilerplate gives it.

    Parameters
    ----------
    unit_chars : int
        Characters of the article's unit (its page, or its card on a listing).
    boilerplate_chars : int
        Those of them that are boilerplate.

    Returns
    -------
    float
        ``boilerplate_chars / unit_chars``; NaN for an empty unit.
    """
    return ratio(boilerplate_chars, unit_chars)


@functools.cache
def _malloc_trim() -> object:
    """glibc's ``malloc_trim`` (None elsewhere)."""
    name = ctypes.util.find_library("c")
    return getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None


def release_freed_memory() -> None:
    """Free a batch's cyclic garbage and give the freed pages back to the system.

    A batch of articles passes through pandas frames that hold reference cycles (a
    frame and the columns it caches; the contract's checks): the batch's bodies outlive
    it until a full collection of the garbage collector, which runs only once the
    long-lived objects have grown by a quarter, so each batch of 2,048 articles left
    ~50 MB behind (8,000 articles: 391 MB at the end of the spill, 268 MB with a
    collection after each batch). After the collection, Arrow's pool and glibc's heap
    keep the freed pages (~17 KB an article before): both are given back. Called
    between batches and buckets (a full collection costs ~0.1-0.3 CPU-s), it keeps the
    resident memory at what is held.
    """
    gc.collect()
    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


#: Bucket files :meth:`SortedArticles.body_of` keeps mapped (the most recently opened).
MAPPED_BUCKETS = 2


class SortedArticles:
    """The articles of a run in article_id order, through bucket files in ``work_dir``.

    Parameters
    ----------
    processed_dir : Path
        Holds articles.parquet.
    work_dir : Path
        A scratch folder of the run.
    columns : sequence of str
        The articles columns read (validated against the contract).
    display : dict of str to str
        Display outlet name by outlet_key.
    ids : numpy.ndarray
        Every article_id, unique (``S16``).
    bucket_articles : int, optional
        Articles per bucket.
    page_display : mapping of str to tuple, optional
        Page -> a key and the display name of that key's rows on that page, for the
        pages filed one by one
        (:attr:`analysis.clean.outlet_merge.OutletIdentities.page_key_of`).

    The articles are written into the bucket files batch by batch (:meth:`spill`, then
    :meth:`end_spill`; :meth:`spilled` reads and spills them all): a pass over every
    body that must end before the first chunk can take its place beside the spill
    (``metrics`` counts the outlets' repeated lines:
    :mod:`analysis.stats.outlet_boilerplate`). :meth:`chunks` spills first if that was
    not done.
    """

    def __init__(
        self,
        processed_dir: Path,
        work_dir: Path,
        columns: Sequence[str],
        display: dict[str, str],
        ids: np.ndarray,
        bucket_articles: int = BUCKET_ARTICLES,
        page_display: Mapping[str, tuple[str, str]] | None = None,
    ) -> None:
        self.n_articles = len(ids)
        ordered = np.sort(ids)
        # bucket k holds the ids from its first (bounds[k - 1]) to the next one's first
        self._bounds = ordered[bucket_articles::bucket_articles]
        self._paths = [
            Path(work_dir) / f"bucket-{k:05d}.arrow" for k in range(len(self._bounds) + 1)
        ]
        self._sorted_ids: dict[int, np.ndarray] = {}
        self._rows: dict[int, np.ndarray] = {}  # sorted position in bucket -> row of its file
        self._readers: dict[int, pa.Table] = {}
        self._source = (Path(processed_dir), list(columns), display)
        self._page_display = dict(page_display or {})
        self._spilled = False
        self._writers: dict[int, ipc.RecordBatchFileWriter] = {}
        self._schema = pa.schema(
            [
                *((name, pa.string()) for name in ("article_id", "page")),
                ("article_index", pa.int64()),
                *((name, pa.string()) for name in ("layout", "outlet", "title", "url", "body")),
                ("is_teaser", pa.bool_()),
            ]
        )

    def spill(self, batch: pd.DataFrame) -> pa.Table:
        """Write one batch of articles into its bucket files.

        Parameters
        ----------
        batch : pandas.DataFrame
            The next batch of the articles table, validated (:func:`read_batches`):
            every batch, in file order, before :meth:`end_spill`.

        Returns
        -------
        pyarrow.Table
            The batch's sorted columns, the outlet as displayed.
        """
        table = pa.table(
            {
                "article_id": batch["article_id"].astype(str).tolist(),
                "page": batch["page"].astype(str).tolist(),
                "article_index": batch["article_index"].astype("int64").to_numpy(),
                "layout": batch["layout"].astype(str).tolist(),
                "outlet": self._outlets_shown(batch, self._source[2]),
                "title": [t if isinstance(t, str) else None for t in batch["title"]],
                "url": _urls(batch),
                "body": batch["body"].fillna("").astype(str).tolist(),
                "is_teaser": _teasers(batch),
            },
            schema=self._schema,
        )
        ids = np.array(table["article_id"].to_pylist(), dtype=_ID_TYPE)
        bucket_of = np.searchsorted(self._bounds, ids, side="right")
        for bucket in np.unique(bucket_of).tolist():
            if bucket not in self._writers:
                self._writers[bucket] = ipc.new_file(str(self._paths[bucket]), self._schema)
            self._writers[bucket].write_table(table.filter(pa.array(bucket_of == bucket)))
        return table

    def end_spill(self) -> None:
        """Close the bucket files: every batch is spilled (:meth:`spill`)."""
        self._close_writers()
        self._spilled = True

    def _close_writers(self) -> None:
        for writer in self._writers.values():
            writer.close()
        self._writers = {}

    def spilled(self) -> Iterator[pa.Table]:
        """Read every article and write it into its bucket file, batch by batch.

        Yields
        ------
        pyarrow.Table
            Each batch of articles as :meth:`spill` gives it.
        """
        processed_dir, columns, _ = self._source
        try:
            for batch in read_batches("articles", processed_dir, columns):
                table = self.spill(batch)
                del batch
                yield table
                del table
                release_freed_memory()
        finally:
            self._close_writers()
        self.end_spill()

    def _bucket(self, bucket: int) -> pa.Table:
        """Bucket ``bucket``'s rows as written (memory-mapped, not copied)."""
        if bucket not in self._readers:
            path = self._paths[bucket]
            if not path.exists():
                return self._schema.empty_table()
            self._readers[bucket] = ipc.open_file(pa.memory_map(str(path))).read_all()
        return self._readers[bucket]

    def chunks(self, size: int) -> Iterator[list[dict]]:
        """Every article as a dict of :data:`SORTED_COLUMNS`, in article_id order, in chunks.

        Chunks of ``size`` articles (the last of a bucket may be shorter, so the chunks
        are the same whatever the number of processes).

        Parameters
        ----------
        size : int
            Articles per chunk.

        Yields
        ------
        list of dict
            Column name -> value, one dict per article.
        """
        if not self._spilled:
            deque(self.spilled(), maxlen=0)
        for bucket in range(len(self._paths)):
            table = self._bucket(bucket)
            order = pc.sort_indices(table, sort_keys=[("article_id", "ascending")])
            self._rows[bucket] = order.to_numpy().astype(np.int64)
            self._sorted_ids[bucket] = np.array(
                table["article_id"].take(order).to_pylist(), dtype=_ID_TYPE
            )
            for start in range(0, len(order), size):
                yield table.take(order[start : start + size]).to_pylist()
            self._readers.pop(bucket, None)  # unmapped until a body is read back
            del table, order
            release_freed_memory()

    def body_of(self, article_id: str) -> str:
        """The body of an article read so far by :meth:`chunks`.

        Parameters
        ----------
        article_id : str
            The id of an article whose bucket :meth:`chunks` has reached.

        Returns
        -------
        str
            Its body, read again from its bucket's file.
        """
        return self.values_of(article_id, ("body",))[0]

    def values_of(self, article_id: str, columns: Sequence[str]) -> tuple:
        """Some of the :data:`SORTED_COLUMNS` of an article read so far by :meth:`chunks`.

        Parameters
        ----------
        article_id : str
            The id of an article whose bucket :meth:`chunks` has reached.
        columns : sequence of str
            The columns wanted.

        Returns
        -------
        tuple
            Their values, in order, read again from its bucket's file.
        """
        key = np.array([article_id], dtype=_ID_TYPE)
        bucket = int(np.searchsorted(self._bounds, key, side="right")[0])
        position = int(np.searchsorted(self._sorted_ids[bucket], key)[0])
        row = int(self._rows[bucket][position])
        table = self._bucket(bucket)
        values = tuple(table[column][row].as_py() for column in columns)
        # At most MAPPED_BUCKETS files stay mapped (their touched pages count as the
        # process's memory): the copy search reads bodies from every bucket.
        while len(self._readers) > MAPPED_BUCKETS:
            self._readers.pop(next(iter(self._readers)))
        return values

    def _outlets_shown(self, batch: pd.DataFrame, display: Mapping[str, str]) -> list[object]:
        """Each article's outlet as displayed: its key's, or its page's when the page is
        filed one by one and the article is of the key it was filed from."""
        shown = []
        for page, (key, outlet) in zip(batch["page"], _outlets(batch), strict=True):
            filed = self._page_display.get(str(page))
            shown.append(
                filed[1] if filed and filed[0] == str(key) else display.get(str(key), outlet)
            )
        return shown


def _outlets(batch: pd.DataFrame) -> Iterator[tuple[object, object]]:
    keys = batch["outlet_key"] if "outlet_key" in batch.columns else batch["outlet"]
    return zip(keys, batch["outlet"], strict=True)


def _urls(batch: pd.DataFrame) -> list[str | None]:
    if "url" not in batch.columns:
        return [None] * len(batch)
    return [url if isinstance(url, str) else None for url in batch["url"]]


def _teasers(batch: pd.DataFrame) -> list[bool]:
    if "is_teaser" not in batch.columns:
        return [False] * len(batch)
    return batch["is_teaser"].fillna(False).astype(bool).tolist()
