"""Writing outputs safely: atomic (temporary file + rename) and byte-deterministic."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
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
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        # mkstemp creates 0600 files; give the final file the usual umask-derived mode.
        os.chmod(tmp, 0o666 & ~_current_umask())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


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
