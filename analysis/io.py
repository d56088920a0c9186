"""Writing outputs safely: atomic (temporary file + rename) and byte-deterministic."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq


def write_atomic(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Write a file by writing a temporary sibling and renaming it into place.

    A crash or Ctrl-C while writing leaves the previous good file (or no file), never
    a half-written one.

    Parameters
    ----------
    path : str or Path
        Final location.
    write : callable
        Called with the temporary path; must write the complete file there.

    Returns
    -------
    Path
        The final path.
    """
    with atomic_paths(path) as (tmp,):
        write(tmp)
    return Path(path)


@contextmanager
def atomic_paths(*paths: str | Path) -> Iterator[tuple[Path, ...]]:
    """Temporary siblings of ``paths``, renamed into place when the block succeeds.

    Several files written together (e.g. the tables of one ``clean`` run) are all
    replaced at the end, after every one of them is complete; if the block raises
    (including KeyboardInterrupt), every temporary file is removed and the previous
    files stay as they were.

    Parameters
    ----------
    *paths : str or Path
        Final locations.

    Yields
    ------
    tuple of Path
        One temporary path per final path, in the same order.
    """
    finals = [Path(path) for path in paths]
    tmps: list[Path] = []
    try:
        for path in finals:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            os.close(fd)
            tmps.append(Path(tmp_name))
        yield tuple(tmps)
        for tmp, path in zip(tmps, finals, strict=True):
            # mkstemp creates 0600 files; give the final file the usual umask-derived mode.
            os.chmod(tmp, 0o666 & ~_current_umask())
            os.replace(tmp, path)
    except BaseException:
        for tmp in tmps:
            tmp.unlink(missing_ok=True)
        raise


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write UTF-8 text atomically (``\\n`` line endings)."""
    return write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8", newline="\n"))


def write_json_atomic(path: str | Path, data: Any) -> Path:
    """Write JSON atomically with sorted keys and a trailing newline (deterministic)."""
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=True) + "\n"
    return write_text_atomic(path, text)


def write_parquet_atomic(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a DataFrame as Parquet, atomically and byte-deterministically.

    The index is dropped (tables carry their ids as columns), and the file carries no
    timestamps, so the same frame always gives the same bytes.

    Parameters
    ----------
    df : pandas.DataFrame
        The table.
    path : str or Path
        Where to write it.

    Returns
    -------
    Path
        The final path.
    """
    table = pa.Table.from_pandas(df.reset_index(drop=True), preserve_index=False)

    def write(tmp: Path) -> None:
        pq.write_table(table, tmp, compression="zstd", write_statistics=True)

    return write_atomic(path, write)


def write_csv_atomic(df: pd.DataFrame, path: str | Path, float_format: str = "%.6g") -> Path:
    """Write a DataFrame as CSV atomically, with fixed float formatting."""
    return write_text_atomic(
        path, df.to_csv(index=False, float_format=float_format, lineterminator="\n")
    )


def pandas_schema(schema: pa.Schema) -> pa.Schema:
    """``schema`` with the pandas metadata ``Table.from_pandas`` gives a frame of it.

    A Parquet file written with this schema reads back with the same pandas metadata
    as one written by :func:`write_parquet_atomic` from a frame with those columns.
    """
    empty = schema.empty_table().to_pandas()
    return pa.Table.from_pandas(empty, schema=schema, preserve_index=False).schema


class ParquetChunkWriter:
    """Write one Parquet file from a stream of items, in row groups of bounded size.

    Items (per-page frames or rows) are buffered by :meth:`add`; :meth:`flush_if_full`
    (called by the caller once it has dropped its own references to the items) writes
    them when the buffer holds ``max_items`` items, ``max_rows`` rows or ``max_weight``
    weight (e.g. characters of text): the items are turned into one frame by
    ``to_frame`` (which may validate it) and written as one row group. Memory therefore
    grows with the buffer bound, not with the file.
    When everything fits in one buffer, the file has the same bytes as
    :func:`write_parquet_atomic` of that frame (given the schema from
    :func:`pandas_schema`). Use it on a temporary path (:func:`atomic_paths`).

    Parameters
    ----------
    path : Path
        The file to write.
    schema : pyarrow.Schema
        Schema of the file; every frame is converted to it.
    to_frame : callable
        Turns a list of buffered items into one pandas DataFrame with the schema's
        columns; raises to reject the chunk.
    max_items, max_rows, max_weight : int, optional
        Bounds of the buffer; None means no bound.
    """

    def __init__(
        self,
        path: Path,
        schema: pa.Schema,
        to_frame: Callable[[list[Any]], pd.DataFrame],
        *,
        max_items: int | None = None,
        max_rows: int | None = None,
        max_weight: int | None = None,
    ) -> None:
        self.schema = schema
        self.n_rows = 0
        self.n_row_groups = 0
        self._to_frame = to_frame
        self._limits = (max_items, max_rows, max_weight)
        self._items: list[Any] = []
        self._rows = 0
        self._weight = 0
        self._writer = pq.ParquetWriter(path, schema, compression="zstd", write_statistics=True)

    def add(self, item: Any, rows: int = 1, weight: int = 0) -> None:
        """Buffer one item of ``rows`` rows and ``weight`` weight."""
        self._items.append(item)
        self._rows += rows
        self._weight += weight

    def flush_if_full(self) -> None:
        """Write the buffer as one row group if it has reached one of its bounds."""
        totals = (len(self._items), self._rows, self._weight)
        if any(
            bound is not None and total >= bound
            for total, bound in zip(totals, self._limits, strict=True)
        ):
            self.flush()

    def flush(self) -> None:
        """Write the buffered items as one row group (nothing when the buffer is empty)."""
        if not self._items:
            return
        frame = self._to_frame(self._items)
        self._items, self._rows, self._weight = [], 0, 0
        table = pa.Table.from_pandas(
            frame.reset_index(drop=True), schema=self.schema, preserve_index=False
        )
        del frame
        self._writer.write_table(table)
        self.n_rows += table.num_rows
        self.n_row_groups += 1

    def close(self) -> None:
        """Write what is buffered and close the file."""
        try:
            self.flush()
        finally:
            self._writer.close()

    def __enter__(self) -> ParquetChunkWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self._items = []
            self._writer.close()
