"""Writing outputs safely (atomic: temporary file + rename; byte-deterministic), and reading
Parquet tables without handing pyarrow a Python file object (:func:`read_parquet`)."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from analysis.errors import OutputWriteError
from analysis.provenance import parquet_metadata

#: pyarrow's own file system for local paths: pandas given it reads a path with pyarrow's
#: native file, not through a Python file object (see :func:`read_parquet`).
_LOCAL_FILES = pafs.LocalFileSystem()


def read_parquet(
    path: str | Path,
    columns: list[str] | None = None,
    filters: Any = None,
) -> pd.DataFrame:
    """Read a Parquet file as :func:`pandas.read_parquet` does, through pyarrow's native file.

    Given a path alone, pandas opens the file as a Python file object and pyarrow reads it
    ahead on its I/O threads into buffers that Python owns. When such a read-ahead buffer
    is released on an I/O thread after the interpreter has begun to exit, that thread
    needs the GIL, cannot get it, and the process aborts ("terminate called without an
    active exception", exit status 134) after its work is done: a run that succeeded
    reports failure. Reading with pyarrow's local file system owns no Python buffers.
    ``benchmarks/parquet_exit.py`` counts those aborts both ways.

    Parameters
    ----------
    path : str or Path
        The ``.parquet`` file.
    columns : list of str, optional
        The columns to read (default: all).
    filters : optional
        Row filters, as :func:`pandas.read_parquet` takes them.

    Returns
    -------
    pandas.DataFrame
        The table, equal to what :func:`pandas.read_parquet` gives for the same file.
    """
    return pd.read_parquet(path, columns=columns, filters=filters, filesystem=_LOCAL_FILES)


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

    Raises
    ------
    OutputWriteError
        The file could not be written (disk full, read-only folder, ...).
    """
    with atomic_paths(path) as (tmp,):
        write(tmp)
    return Path(path)


@contextmanager
def atomic_paths(*paths: str | Path) -> Iterator[tuple[Path, ...]]:
    """Temporary siblings of ``paths``, renamed into place together when the block succeeds.

    The files written together (e.g. the tables of one ``clean`` run) form one set: the
    previous set stays whole unless every new file is complete.

    - If the block raises (including KeyboardInterrupt), every temporary file is
      removed and the previous files stay as they were.
    - The renames are recorded first in a journal (``.newscompare-commit.PID.json``
      next to the first path). If a rename fails, the files already replaced get
      their previous version back (kept as hard links). If the process is killed while
      renaming, the next write into that folder finishes the renames.
    - Temporary files, backups and journals left by a killed process (its PID is in
      their names) are removed, or rolled forward, on the next write into the folder.
    - An ``OSError`` (disk full, read-only folder, ...) becomes one
      :class:`~analysis.errors.OutputWriteError` naming the file and the reason.

    Parameters
    ----------
    *paths : str or Path
        Final locations.

    Yields
    ------
    tuple of Path
        One temporary path per final path, in the same order.

    Raises
    ------
    analysis.errors.OutputWriteError
        A temporary file could not be written or renamed into place.
    """
    finals = [Path(path) for path in paths]
    tmps: list[Path] = []
    try:
        for folder in dict.fromkeys(path.parent for path in finals):
            folder.mkdir(parents=True, exist_ok=True)
            recover_interrupted_writes(folder)
        for path in finals:
            tmps.append(_temporary_sibling(path, "tmp"))
        yield tuple(tmps)
        _replace_together(list(zip(tmps, finals, strict=True)))
    except OSError as err:
        _remove(tmps)
        raise _write_error(err, dict(zip(tmps, finals, strict=False)), finals) from err
    except BaseException:
        _remove(tmps)
        raise


def _temporary_sibling(path: Path, kind: str) -> Path:
    """A new empty file ``.NAME.PID.RANDOM.KIND`` next to ``path``."""
    fd, name = tempfile.mkstemp(
        prefix=f".{path.name}.{os.getpid()}.", suffix=f".{kind}", dir=path.parent
    )
    os.close(fd)
    return Path(name)


def _replace_together(renames: list[tuple[Path, Path]]) -> None:
    """Rename every temporary file onto its final path; all or none (see atomic_paths)."""
    mode = 0o666 & ~_current_umask()
    for tmp, _ in renames:
        # mkstemp creates 0600 files; give the final file the usual umask-derived mode.
        os.chmod(tmp, mode)
    backups = {final: _backup(final) for _, final in renames}
    journal = renames[0][1].parent / f"{_JOURNAL_PREFIX}{os.getpid()}{_JOURNAL_SUFFIX}"
    entries = [[str(tmp), str(final), _str_or_none(backups[final])] for tmp, final in renames]
    replaced: list[Path] = []
    try:
        if len(renames) > 1:
            journal.write_text(json.dumps(entries), encoding="utf-8")
        for tmp, final in renames:
            os.replace(tmp, final)
            replaced.append(final)
    except BaseException:
        _restore(replaced, backups)
        journal.unlink(missing_ok=True)
        raise
    journal.unlink(missing_ok=True)
    _remove([backup for backup in backups.values() if backup is not None])


def _backup(final: Path) -> Path | None:
    """A hard link to the current ``final`` (None when there is none or links fail)."""
    if not final.is_file():
        return None
    backup = final.parent / f".{final.name}.{os.getpid()}.{os.urandom(4).hex()}.bak"
    try:
        os.link(final, backup)
    except OSError:
        return None
    return backup


def _restore(replaced: list[Path], backups: dict[Path, Path | None]) -> None:
    """Put back the previous version of every file in ``replaced``; drop the backups."""
    for final in replaced:
        backup = backups.get(final)
        if backup is not None:
            os.replace(backup, final)
        else:
            final.unlink(missing_ok=True)
    _remove([backup for backup in backups.values() if backup is not None])


def _str_or_none(path: Path | None) -> str | None:
    return None if path is None else str(path)


_JOURNAL_PREFIX = ".newscompare-commit."
_JOURNAL_SUFFIX = ".json"
# .NAME.PID.RANDOM.tmp / .bak / .work, as made by _temporary_sibling, _backup and
# work_folder
_LEFTOVER = re.compile(r"\A\..+\.(\d+)\.[A-Za-z0-9_]+\.(?:tmp|bak|work)\Z")


def work_folder(folder: str | Path, name: str) -> Path:
    """A new hidden scratch folder in ``folder``, removed by the next run if left behind.

    Its name carries this process's PID, so :func:`recover_interrupted_writes` removes it
    once the process is gone (e.g. killed with ``kill -9``), never while it runs.

    Parameters
    ----------
    folder : str or Path
        An existing folder, usually the output's own (so renames stay on one disk).
    name : str
        Part of the scratch folder's name: what it is for.

    Returns
    -------
    Path
        The created folder; the caller removes it when done.
    """
    return Path(tempfile.mkdtemp(prefix=f".{name}.{os.getpid()}.", suffix=".work", dir=folder))


def recover_interrupted_writes(folder: str | Path) -> None:
    """Finish or undo what a killed process left in ``folder``.

    A journal of a dead process means it was killed while renaming a complete set: the
    remaining renames are done, so the set is the new one. Then temporary files,
    backups and work folders of dead processes are removed. Files of a running process (another run
    writing at the same time) are left alone.

    Parameters
    ----------
    folder : str or Path
        An output folder.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return
    for journal in sorted(folder.glob(f"{_JOURNAL_PREFIX}*{_JOURNAL_SUFFIX}")):
        pid = journal.name[len(_JOURNAL_PREFIX) : -len(_JOURNAL_SUFFIX)]
        if pid.isdigit() and not _process_alive(int(pid)):
            _roll_forward(journal)
    for entry in folder.iterdir():
        match = _LEFTOVER.match(entry.name)
        if match and not _process_alive(int(match.group(1))):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)


def _roll_forward(journal: Path) -> None:
    try:
        entries = json.loads(journal.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        entries = []  # the journal itself was cut short: nothing was renamed yet
    for tmp, final, backup in entries:
        if Path(tmp).exists():
            os.replace(tmp, final)
        if backup is not None:
            Path(backup).unlink(missing_ok=True)
    journal.unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _remove(paths: list[Path]) -> None:
    for path in paths:
        # best effort: a leftover is removed by the next run
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def _write_error(err: OSError, final_of: dict[Path, Path], finals: list[Path]) -> OutputWriteError:
    """One-line error for ``err``: the final file it concerns and the system's reason."""
    filename = Path(err.filename) if err.filename else None
    path = final_of.get(filename, filename) if filename is not None else None
    if path is None:
        path = finals[0] if len(finals) == 1 else finals[0].parent
    reason = err.strerror or (str(err).splitlines() or [type(err).__name__])[0]
    return OutputWriteError(path, reason)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write UTF-8 text atomically (``\\n`` line endings).

    Parameters
    ----------
    path : str or Path
        The file to write.
    text : str
        Its whole content.

    Returns
    -------
    Path
        ``path``; :func:`write_atomic` says what is raised.
    """
    return write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8", newline="\n"))


def write_json_atomic(path: str | Path, data: Any) -> Path:
    """Write JSON atomically with sorted keys and a trailing newline (deterministic).

    Parameters
    ----------
    path : str or Path
        The file to write.
    data : object
        JSON-serializable; NaN is written as ``NaN``, non-ASCII text as is.

    Returns
    -------
    Path
        As from :func:`write_text_atomic`.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=True) + "\n"
    return write_text_atomic(path, text)


def write_parquet_atomic(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a DataFrame as Parquet, atomically (see :func:`write_parquet`).

    Parameters
    ----------
    df : pandas.DataFrame
        The table.
    path : str or Path
        The ``.parquet`` file.

    Returns
    -------
    Path
        ``path``, once renamed into place.
    """
    return write_atomic(path, lambda tmp: write_parquet(df, tmp))


def write_parquet(df: pd.DataFrame, path: str | Path) -> None:
    """Write a DataFrame as Parquet, byte-deterministically (to a path of atomic_paths).

    The index is dropped (tables carry their ids as columns), and the file carries no
    timestamps, so the same frame always gives the same bytes. Its footer names the code
    that wrote it (:func:`with_code_version`).

    Parameters
    ----------
    df : pandas.DataFrame
        The table.
    path : str or Path
        Where to write it.
    """
    table = pa.Table.from_pandas(df.reset_index(drop=True), preserve_index=False)
    table = table.replace_schema_metadata(with_code_version(table.schema).metadata)
    pq.write_table(table, path, compression="zstd", write_statistics=True)


def with_code_version(schema: pa.Schema) -> pa.Schema:
    """``schema`` with the record of the code writing it added to its metadata.

    Parameters
    ----------
    schema : pyarrow.Schema
        A table's schema (its metadata, such as pandas', is kept).

    Returns
    -------
    pyarrow.Schema
        The same fields; the metadata also holds :func:`analysis.provenance.parquet_metadata`.
    """
    return schema.with_metadata({**(schema.metadata or {}), **parquet_metadata()})


#: First characters that make a spreadsheet read a text cell as a formula (OWASP, "CSV
#: Injection"): such a cell is written with a leading apostrophe.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def escape_formula_cells(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with every text cell that a spreadsheet would run as a formula made inert.

    A string starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a
    leading apostrophe (``'=HYPERLINK(...)``), which Excel, LibreOffice and Google Sheets
    show as text and do not evaluate. Numbers stay numbers (a negative number is not
    escaped); only text columns are touched.

    Parameters
    ----------
    df : pandas.DataFrame
        A table about to be written as CSV.

    Returns
    -------
    pandas.DataFrame
        A copy with the text cells escaped (``df`` itself is not changed).
    """
    escaped = df.copy()
    for column in escaped.columns:
        values = escaped[column]
        if values.dtype == object or pd.api.types.is_string_dtype(values):
            escaped[column] = values.map(_escape_formula)
    return escaped


def _escape_formula(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def write_csv_atomic(df: pd.DataFrame, path: str | Path, float_format: str = "%.6g") -> Path:
    """Write a DataFrame as CSV atomically (see :func:`write_csv`).

    Parameters
    ----------
    df, path, float_format
        As for :func:`write_csv`.

    Returns
    -------
    Path
        The written file.
    """
    return write_atomic(path, lambda tmp: write_csv(df, tmp, float_format))


def write_csv(df: pd.DataFrame, path: str | Path, float_format: str = "%.6g") -> None:
    """Write a DataFrame as UTF-8 CSV (to a path of atomic_paths).

    Fixed float format and ``\\n`` line ends; text cells that a spreadsheet would
    evaluate are escaped by :func:`escape_formula_cells`.

    Parameters
    ----------
    df : pandas.DataFrame
        The table; its index is not written.
    path : str or Path
        The file to write (replaced if it exists).
    float_format : str
        A ``%`` format for float cells (default: 6 significant digits).
    """
    text = escape_formula_cells(df).to_csv(
        index=False, float_format=float_format, lineterminator="\n"
    )
    Path(path).write_text(text, encoding="utf-8", newline="\n")


def pandas_schema(schema: pa.Schema) -> pa.Schema:
    """``schema`` with the pandas metadata ``Table.from_pandas`` gives a frame of it.

    A Parquet file written with this schema reads back with the same pandas metadata
    as one written by :func:`write_parquet_atomic` from a frame with those columns.

    Parameters
    ----------
    schema : pyarrow.Schema
        A table's Arrow schema, without pandas metadata.

    Returns
    -------
    pyarrow.Schema
        The same fields with the ``pandas`` metadata added.
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
        self._writer = pq.ParquetWriter(
            path, with_code_version(schema), compression="zstd", write_statistics=True
        )

    def add(self, item: Any, rows: int = 1, weight: int = 0) -> None:
        """Buffer one item of ``rows`` rows and ``weight`` weight.

        Parameters
        ----------
        item : object
            Anything ``to_frame`` accepts in its list.
        rows : int
            Rows the item adds, counted against ``max_rows``.
        weight : int
            Its weight, counted against ``max_weight``.
        """
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
