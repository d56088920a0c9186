"""Resuming an interrupted ``clean``: each chunk of cleaned pages is kept until the run ends.

``clean`` works in chunks of pages (analysis.clean.pipeline). Each chunk's results (the
cleaned pages, as plain values, and the pages it could not read) are written to
``OUT/.clean-chunks/KEY.json`` as soon as they are in, before they are written to the
tables. ``KEY`` is a hash of what decides the result: the code of the ``analysis``
package, the versions of the installed packages, and the chunk's inputs (for a file:
its name, path, size, modification time and manifest row; for a row of a page table:
the row itself). A later run that finds a chunk's file reads it instead of cleaning the
chunk again, and writes the tables from every chunk in order as usual, so the final
tables are the same bytes as those of an uninterrupted run. The folder is removed when
a run has written its outputs; a file that cannot be read back (cut short by a crash)
is cleaned again. Until then it holds about as much as the tables themselves. A chunk
that cannot be saved (disk full, a folder that cannot be written) does not stop the run:
its results are used all the same, only a resume loses it (the chunk is cleaned again).
The first such chunk of a run is logged as a warning naming the folder, the chunk's file
and the reason; the others are counted, and the run ends with one warning saying how
many chunks could not be saved (an unwritable folder fails every chunk: 6,000 lines at
100,000 pages otherwise).

The chunk files are JSON that this package wrote: reading one never runs code.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import shutil
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple, TypeVar

import analysis

#: The folder, inside the output folder, that holds the finished chunks of a run.
CHUNKS_FOLDER = ".clean-chunks"

logger = logging.getLogger(__name__)

Item = TypeVar("Item")
Result = TypeVar("Result")


@functools.cache
def code_fingerprint() -> str:
    """A hash of the ``analysis`` package's Python files and of the installed packages'
    versions: a change of either makes every saved chunk stale.

    Returns
    -------
    str
        SHA-256 hex digest; computed once per process.
    """
    digest = hashlib.sha256()
    digest.update("\n".join(installed_packages()).encode())
    root = Path(analysis.__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def installed_packages() -> list[str]:
    """The installed packages with their versions: the names of the metadata folders
    (``NAME-VERSION.dist-info``) on ``sys.path``, sorted.

    The same packages ``importlib.metadata.distributions()`` finds, read from the folder
    names instead of parsing every package's metadata file (~0.25 CPU-s for 166
    packages, a serial part of each run); a ``.egg-info`` folder without a version in
    its name adds its ``PKG-INFO``'s Version line.

    Returns
    -------
    list of str
        Folder names such as ``pandas-2.2.3.dist-info``, an ``.egg-info`` one followed by
        its version when found.
    """
    found = []
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:  # a zip file, a path hook, a missing folder
            continue
        for name in names:
            if name.endswith(".dist-info") or name.endswith(".egg-info"):
                found.append(name + _egg_version(Path(entry or "."), name))
    return sorted(found)


def _egg_version(folder: Path, name: str) -> str:
    if not name.endswith(".egg-info") or "-" in name:
        return ""
    try:
        with (folder / name / "PKG-INFO").open(encoding="utf-8", errors="replace") as handle:
            lines = [handle.readline() for _ in range(8)]
    except OSError:
        return ""
    return "".join(f" {line.strip()}" for line in lines if line.startswith("Version:"))


def chunk_key(inputs: Iterable[object]) -> str:
    """The key of a chunk: a hash of the code and of ``inputs``.

    Parameters
    ----------
    inputs : iterable
        What decides the chunk's results besides the code, JSON-serializable (a value
        that is not is hashed as its ``str``).

    Returns
    -------
    str
        32 hexadecimal digits.
    """
    digest = hashlib.sha256(code_fingerprint().encode())
    for item in inputs:
        digest.update(json.dumps(item, sort_keys=True, default=str).encode("utf-8", "replace"))
        digest.update(b"\0")
    return digest.hexdigest()[:32]


class ChunkStore:
    """The finished chunks of one output folder (see the module docstring).

    Parameters
    ----------
    out_dir : Path
        The output folder of ``clean``; the chunks go to ``out_dir/.clean-chunks``.
    folder_name : str, optional
        Another folder name, for another stage's chunks (``metrics``).
    """

    def __init__(self, out_dir: Path, folder_name: str = CHUNKS_FOLDER) -> None:
        # Absolute: workers (a Dask cluster's among them) may run in another folder.
        self.folder = Path(out_dir).resolve() / folder_name
        self.n_reused = 0
        self.n_unsaved = 0
        #: Chunk files an earlier run left (counted when the chunks start).
        self.n_found = 0

    def load(self, key: str) -> list[dict] | None:
        """The saved results of chunk ``key``; None when absent or unreadable.

        Parameters
        ----------
        key : str
            The chunk's :func:`chunk_key`.

        Returns
        -------
        list of dict or None
            The encoded results, as saved.
        """
        try:
            records = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return records if isinstance(records, list) else None

    def note(self) -> str:
        """What this run took from an interrupted run's chunks, for the command's summary.

        A chunk file matches a chunk of this run only if the code, the installed
        versions and the chunk's inputs are those it was saved with: after a
        ``git pull`` every chunk an interrupted run left is computed again, and the note
        says so instead of nothing.

        Returns
        -------
        str
            ``"N chunks of an interrupted run reused"`` and/or ``"M chunks an
            interrupted run saved were of other code or other inputs: computed again"``;
            empty when the folder held no chunk.
        """
        stale = self.n_found - self.n_reused
        parts = [f"{self.n_reused} chunks of an interrupted run reused"] * bool(self.n_reused)
        parts += [
            f"{stale} chunks an interrupted run saved were of other code or other "
            "inputs: computed again"
        ] * (stale > 0)
        return "; ".join(parts)

    def clear(self) -> None:
        """Remove every saved chunk (the run's outputs are written)."""
        shutil.rmtree(self.folder, ignore_errors=True)

    def map_chunks(
        self,
        mapper: Callable[[Callable, Iterable], Iterator[list[Result]]],
        function: Callable[[list[Item]], list[Result]],
        chunks: Iterable[list[Item]],
        key_of: Callable[[list[Item]], str],
        encode: Callable[[Result], dict],
        decode: Callable[[dict], Result],
    ) -> Iterator[list[Result]]:
        """Each chunk's ``function(chunk)`` in order: saved ones read back, the others computed.

        ``mapper(f, units)`` yields ``f(unit)`` for each unit, in order (an engine's
        ``map_chunks``: over a process pool or a cluster). Each computed chunk is
        encoded and saved under its key where it is computed, before its results come
        back (``function`` and ``encode`` must be module-level functions for a pool):
        the encoding is part of the parallel work, not of this process's serial part.
        A chunk that cannot be saved has its results yielded all the same; the first is
        logged (a warning naming the folder, the chunk and the reason), the others are
        counted (``n_unsaved``), and when the chunks are done one warning gives the
        count. A saved chunk is read when its turn comes, so memory does not grow with
        the number of saved chunks.

        Parameters
        ----------
        mapper : callable
            ``mapper(f, units)`` yields ``f(unit)`` per unit, in order.
        function : callable
            A chunk's results (module-level, for a pool).
        chunks : iterable of list
            The work, in order.
        key_of : callable
            A chunk's key (:func:`chunk_key` of its inputs).
        encode, decode : callable
            One result as a JSON object and back (``encode`` module-level).

        Yields
        ------
        list
            Each chunk's results, in the order of ``chunks``.
        """
        # Before any chunk of this run is saved: what an earlier run left.
        self.n_found = sum(1 for _ in self.folder.glob("*.json")) if self.folder.is_dir() else 0
        computing: list[tuple[int, str]] = []  # (position, key) of chunks to compute
        saved: dict[int, str] = {}  # position -> key of chunks read back

        def to_compute() -> Iterator[tuple[str, list[Item]]]:
            for position, chunk in enumerate(chunks):
                key = key_of(chunk)
                if self.load(key) is None:
                    computing.append((position, key))
                    yield key, chunk
                else:
                    saved[position] = key

        def read_back(position: int) -> list[Result]:
            key = saved.pop(position)
            records = self.load(key)
            if records is None:
                raise OSError(f"{self.folder / key}.json: a saved chunk vanished; run again")
            self.n_reused += 1
            return [decode(record) for record in records]

        computed_and_saved = functools.partial(
            _computed_and_saved, str(self.folder), function, encode
        )
        position = n_computed = self.n_unsaved = 0
        for results, failure in mapper(computed_and_saved, to_compute()):
            computed_at, key = computing.pop(0)
            n_computed += 1
            if failure is not None:
                self._unsaved(computed_at, key, failure)
            while position < computed_at:
                yield read_back(position)
                position += 1
            yield results
            position += 1
        while saved:
            yield read_back(position)
            position += 1
        if self.n_unsaved:
            logger.warning(
                "warning: %d of %d chunks computed could not be saved for a resume in %s; "
                "a resumed run computes them again",
                self.n_unsaved,
                n_computed,
                self.folder,
            )

    def _unsaved(self, position: int, key: str, failure: str) -> None:
        """Count a chunk that could not be saved; the run's first is a warning."""
        self.n_unsaved += 1
        if self.n_unsaved == 1:
            logger.warning(
                "warning: cannot save chunks for a resume in %s (chunk %d, %s: %s); the run "
                "goes on, and chunks that cannot be saved are counted at its end",
                self.folder,
                position + 1,
                f"{key}.json",
                failure,
            )


def _computed_and_saved(
    folder: str,
    function: Callable[[list[Item]], list[Result]],
    encode: Callable[[Result], dict],
    keyed_chunk: tuple[str, list[Item]],
) -> tuple[list[Result], str | None]:
    """One chunk's results, saved under its key first (runs where the chunk runs), and
    why the save failed (None when saved): the caller, not a worker, reports it."""
    key, chunk = keyed_chunk
    results = function(chunk)
    return results, _save_records(Path(folder), key, [encode(result) for result in results])


def _save_records(folder: Path, key: str, records: list[dict]) -> str | None:
    """Write ``folder/KEY.json`` atomically; return why it could not be written (None
    when written): a failure to save only costs a redo on resume."""
    tmp = folder / f".{key}.{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, folder / f"{key}.json")
    except (OSError, ValueError) as err:  # ValueError: text that UTF-8 cannot encode
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return f"{type(err).__name__}: {getattr(err, 'strerror', None) or err}"
    return None


def file_identity(path: Path, name: str, manifest_row: object | None) -> list:
    """What decides a raw file's cleaned result besides the code.

    Parameters
    ----------
    path : Path
        The file.
    name : str
        Its name as the tables give it.
    manifest_row : object, optional
        Its manifest row (:class:`~analysis.clean.manifest.ManifestEntry`), if any.

    Returns
    -------
    list
        Name, path, (size, modification time, inode) or None when it cannot be read,
        and the manifest row's fields.
    """
    try:
        status = path.stat()
        stamp = [status.st_size, status.st_mtime_ns, status.st_ino]
    except OSError:
        stamp = None
    return [name, str(path), stamp, None if manifest_row is None else vars(manifest_row)]


def encode_result(result: NamedTuple) -> dict:
    """A chunk's result as a JSON object naming its type.

    Parameters
    ----------
    result : NamedTuple
        A result whose fields are JSON values.

    Returns
    -------
    dict
        ``kind`` (the type's name) and the fields.
    """
    return {"kind": type(result).__name__, **result._asdict()}


def decode_result(record: dict, kinds: tuple[type, ...]) -> NamedTuple:
    """The inverse of :func:`encode_result`, for results of one of ``kinds``.

    Parameters
    ----------
    record : dict
        A value :func:`encode_result` gave (its ``kind`` is removed from it).
    kinds : tuple of type
        The NamedTuple types a result may be.

    Returns
    -------
    NamedTuple
        The result.
    """
    by_name = {kind.__name__: kind for kind in kinds}
    return by_name[record.pop("kind")](**record)
