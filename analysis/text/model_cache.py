"""py3langid's model, decompressed once and kept in the user's cache folder.

py3langid ships its model LZMA-compressed (4.5 MB) and decompresses it in every process
that loads it (~0.35 CPU-s, most of a ``metrics`` worker server's start). As
matplotlib keeps its font cache, the decompressed arrays are kept between runs in one
file of the cache folder (:func:`cache_folder`), read back with ``mmap`` (~0.05 CPU-s,
its pages shared by every process that maps it):

- the file's name carries py3langid's version and the model file's size and SHA-256,
  so an upgraded package or model is never read from a stale copy;
- it is written atomically (a temporary file renamed into place), so a process never
  sees half a file, and two processes writing it at once leave one whole copy;
- its header gives every array's type, shape and place and the CRC-32 of the arrays'
  bytes: a truncated or altered file is detected, the model is loaded as py3langid
  loads it, and the file is written again;
- a folder that cannot be written (read-only, a file in its place, a full disk) is no
  error: the model is loaded as py3langid loads it, with the same classification.

The classifier built from the copy ranks every text as py3langid's own loader does
(``tests/test_model_cache.py``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import mmap
import os
import tempfile
import zlib
from array import array
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from analysis.config import CACHE_ENV, cache_folder

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

__all__ = ["CACHE_ENV", "cache_folder", "cached_identifier", "model_cache_path"]

#: The first bytes of a cache file (the format's version in it).
_MAGIC = b"newscompare-langid-model 1\n"
#: Each array starts at a multiple of this many bytes of the file.
_ALIGN = 64
#: The model's arrays, in file order: py3langid's names (``py3langid.modelio``).
_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
#: array.array's type code for an unsigned integer of each width (as py3langid builds them).
_TYPECODES = {2: "H", 4: "I", 8: "L"}


def model_cache_path(model_file: Path, version: str) -> Path:
    """Where the decompressed copy of ``model_file`` is kept.

    Parameters
    ----------
    model_file : Path
        py3langid's compressed model.
    version : str
        py3langid's version.

    Returns
    -------
    Path
        A file of :func:`cache_folder` named after the version and the model file's
        size and SHA-256.
    """
    data = Path(model_file).read_bytes()
    digest = hashlib.sha256(data).hexdigest()[:16]
    return cache_folder() / f"py3langid-{version}-model-{len(data)}-{digest}.bin"


def cached_identifier() -> LanguageIdentifier:
    """py3langid's classifier (scores not normalized), its model read from the cache.

    The copy is written on the first call that finds none (or a bad one); when it
    cannot be, the model is loaded as py3langid loads it.

    Returns
    -------
    LanguageIdentifier
        The same classifier as ``LanguageIdentifier.from_model_file(MODEL_FILE,
        norm_probs=False)``.
    """
    import py3langid
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import load_model

    model_file = MODEL_DIR / MODEL_FILE
    try:
        path = model_cache_path(model_file, py3langid.__version__)
    except OSError:
        path = None
    model = _read(path) if path is not None else None
    if model is None:
        model = load_model(model_file)
        if path is not None:
            _write(path, model)
    ptc, pc, classes, nextmove, row, output = model
    return LanguageIdentifier(
        np.asarray(ptc), np.asarray(pc), classes, nextmove, output, norm_probs=False, tk_row=row
    )


def _arrays(model: tuple) -> dict[str, np.ndarray]:
    """py3langid's loaded model as the numpy arrays of its file."""
    ptc, pc, classes, nextmove, row, output = model
    return {
        "ptc": np.asarray(ptc),
        "pc": np.asarray(pc),
        "classes": np.array(classes),
        "nextmove": np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}"),
        "nextmove_row": np.frombuffer(row, dtype=f"u{row.itemsize}"),
        "out_feat": np.asarray(output, dtype=np.int32),
    }


def _model(arrays: dict[str, np.ndarray]) -> tuple:
    """The arrays of a cache file as py3langid's ``load_model`` returns the model."""

    def unsigned(values: np.ndarray) -> array:
        found = array(_TYPECODES[values.dtype.itemsize])
        found.frombytes(memoryview(np.ascontiguousarray(values)).cast("B"))
        return found

    return (
        arrays["ptc"],
        arrays["pc"],
        arrays["classes"].tolist(),
        unsigned(arrays["nextmove"]),
        unsigned(arrays["nextmove_row"]),
        arrays["out_feat"].tolist(),
    )


def _write(path: Path, model: tuple) -> None:
    """Write the cache file atomically; nothing when the folder cannot be written."""
    arrays = {name: np.ascontiguousarray(values) for name, values in _arrays(model).items()}
    places, offset = [], 0
    for name in _ARRAYS:
        values = arrays[name]
        places.append(
            {"name": name, "dtype": values.dtype.str, "shape": list(values.shape), "at": offset}
        )
        offset += -(-values.nbytes // _ALIGN) * _ALIGN
    payload = bytearray(offset)
    for place in places:
        values = arrays[place["name"]]
        payload[place["at"] : place["at"] + values.nbytes] = memoryview(values).cast("B")
    header = {"arrays": places, "bytes": offset, "crc32": _checksum(places, payload)}
    head = _MAGIC + json.dumps(header).encode("ascii") + b"\n"
    head += b" " * (-len(head) % _ALIGN)
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(head)
            out.write(payload)
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would hide it from a shared folder's users
        os.replace(tmp, path)
    except OSError:  # read-only, not a folder, disk full ...: the model is loaded anyway
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _checksum(places: list[dict], payload: bytes | bytearray | memoryview) -> int:
    """CRC-32 of the arrays' places (as JSON) and bytes."""
    return zlib.crc32(payload, zlib.crc32(json.dumps(places).encode("ascii")))


def _read(path: Path) -> tuple | None:
    """The model in the cache file, None when it is missing, truncated or altered."""
    try:
        with open(path, "rb") as file:
            mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, unreadable, empty
        return None
    try:
        arrays = _mapped_arrays(mapped)
    except (ValueError, KeyError, TypeError, IndexError):  # a header that does not parse
        return None
    # The arrays keep the mapping open (a bad file's is closed when it is freed).
    return None if arrays is None else _model(arrays)


def _mapped_arrays(mapped: mmap.mmap) -> dict[str, np.ndarray] | None:
    """The arrays of a cache file's mapping, None unless its header and CRC-32 check."""
    if mapped[: len(_MAGIC)] != _MAGIC:
        return None
    end = mapped.find(b"\n", len(_MAGIC))
    if end < 0:
        return None
    header = json.loads(mapped[len(_MAGIC) : end].decode("ascii"))
    start = end + 1 + (-(end + 1) % _ALIGN)
    size = int(header["bytes"])
    places = header["arrays"]
    if len(mapped) != start + size or [place["name"] for place in places] != list(_ARRAYS):
        return None
    with memoryview(mapped) as view, view[start:] as payload:
        if _checksum(places, payload) != header["crc32"]:
            return None
    arrays = {}
    for place in places:
        dtype = np.dtype(place["dtype"])
        shape = tuple(int(n) for n in place["shape"])
        count = int(np.prod(shape, dtype=np.int64))
        at = int(place["at"])
        if at + count * dtype.itemsize > size:
            return None
        found = np.frombuffer(mapped, dtype=dtype, count=count, offset=start + at)
        arrays[place["name"]] = found.reshape(shape)
    return arrays
