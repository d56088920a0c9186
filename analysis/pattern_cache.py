"""The package's module-level patterns, their compiled code kept between runs (speed only).

Importing the cleaner compiles ~900 regular expressions at module level (~0.5 CPU-s of
Python's ``re`` parser and compiler), paid by every process that cleans pages (the
command, the pool's server, each ``--jobs 1`` run) before its first page. As
:mod:`analysis.text.model_cache` keeps the language model, this module keeps what
``re``'s compiler makes of each such pattern (the code ``_sre`` runs, its group count and
names) in one file of the cache folder (:func:`analysis.config.cache_folder`), and a
later process builds the pattern from it (``_sre.compile``, ~30x cheaper):

- only patterns compiled while a module of this package runs its top-level code
  (import time: no page text exists yet) are kept, so the file is bounded by the
  package's own patterns; every other compile goes to ``re`` untouched;
- a pattern is kept only when a copy built from the stored code equals the one ``re``
  compiled (``Pattern.__eq__`` compares the flags, the source and the code; the groups
  and their names are compared too) and its compile gave no warning (a warning is
  given again in each process that compiles it); a pattern built from the file is
  ``==`` to ``re.compile``'s;
- the file's name carries the Python version and build, ``_sre``'s ``MAGIC`` and code
  size: another interpreter never reads it; its payload's CRC-32 is checked, ``_sre``
  validates the code it is given, and a file that does not load is ignored (and
  written again);
- it is written atomically (a temporary file renamed into place) at the process's
  exit when the process compiled a pattern the file lacked: a process never sees half
  a file, two writers leave one whole copy (the next run adds what the other lacked);
- a folder that cannot be written is no error (the patterns are compiled as ``re``
  compiles them); ``NEWSCOMPARE_PATTERN_CACHE=0`` turns the cache off.

The hook is one function in place of ``re._compiler.compile``, which ``re`` calls for a
pattern not in its own small cache (:func:`install`, run when :mod:`analysis` is
imported): ``re``'s flag handling, its own cache and its errors are unchanged.
"""

from __future__ import annotations

import _sre
import atexit
import marshal
import os
import re
import sys
import warnings
import zlib
from collections.abc import Callable
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

from analysis.config import CACHE_SWITCH_ENV, cache_folder
from analysis.table_cache import write_atomically

__all__ = ["SWITCH_ENV", "PatternCache", "install", "pattern_cache_path"]

#: The environment variable that turns the cache off when it is ``0``.
SWITCH_ENV = CACHE_SWITCH_ENV
#: The first bytes of a cache file (the format's version in it).
_MAGIC = b"newscompare-re-code 1\n"
#: Frames walked up from a compile to find the module whose top level asked for it.
_MAX_DEPTH = 64
#: More entries than this in the file and this process's patterns replace it (the
#: patterns of edited modules are not kept for ever).
_MAX_ENTRIES = 20_000

Key = tuple[bool, str | bytes, int]
#: What ``_sre.compile`` is given besides the source: flags, code, groups, names.
Parts = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def pattern_cache_path() -> Path:
    """The cache file of this interpreter.

    Returns
    -------
    Path
        A file of the cache folder named after the Python version, its build and
        ``_sre``'s ``MAGIC`` and code size.
    """
    build = zlib.crc32(sys.version.encode("utf-8"))
    tag = sys.implementation.cache_tag or "python"
    return cache_folder() / f"re-code-{tag}-{build:08x}-{_sre.MAGIC}-{_sre.CODESIZE}.bin"


def _key(source: str | bytes, flags: int) -> Key:
    """A pattern's key in the file: text or bytes, its source, its flags."""
    return isinstance(source, str), source, int(flags)


def _parts(source: str | bytes, flags: int) -> Parts:
    """What ``re._compiler.compile`` gives ``_sre.compile`` for ``source`` and ``flags``."""
    parsed = _parser.parse(source, flags)
    code = [int(word) for word in _compiler._code(parsed, flags)]  # opcodes: int subclasses
    names = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        indexgroup[index] = name
    groups = parsed.state.groups - 1
    return int(flags | parsed.state.flags), code, groups, dict(names), tuple(indexgroup)


def _built(source: str | bytes, parts: Parts) -> re.Pattern:
    """The pattern ``_sre`` builds from stored parts."""
    flags, code, groups, names, indexgroup = parts
    return _sre.compile(source, flags, code, groups, names, indexgroup)


def _groups(pattern: re.Pattern) -> tuple[int, dict[str, int]]:
    """What ``Pattern.__eq__`` does not compare: the group count and names."""
    return pattern.groups, dict(pattern.groupindex)


def _from_package_top_level(frame: Any) -> bool:
    """Whether the first module-level frame above ``frame`` is one of this package's."""
    for _ in range(_MAX_DEPTH):
        if frame is None:
            return False
        if frame.f_code.co_name == "<module>":
            name = frame.f_globals.get("__name__", "")
            return isinstance(name, str) and (name == "analysis" or name.startswith("analysis."))
        frame = frame.f_back
    return False


class PatternCache:
    """The stored parts of the package's patterns and the compile hook that uses them.

    Parameters
    ----------
    path : Path
        The cache file (read on the first package pattern, written by :meth:`save`).
    compile : callable, optional
        ``re``'s own compiler (``re._compiler.compile``): every pattern not stored goes
        to it.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     first = PatternCache(Path(folder) / "re.bin")
    ...     first.store(r"(?P<word>\\w+)!", 0, re.compile(r"(?P<word>\\w+)!"))
    ...     first.save()
    ...     again = PatternCache(Path(folder) / "re.bin")
    ...     built = again.cached(r"(?P<word>\\w+)!", 0)
    >>> built == re.compile(r"(?P<word>\\w+)!"), built.match("hi!").group("word")
    (True, 'hi')
    """

    def __init__(self, path: Path, compile: Callable[..., re.Pattern] = _compiler.compile) -> None:
        self.path = path
        self._compile = compile
        self._entries: dict[Key, Parts] | None = None
        self._new: dict[Key, Parts] = {}
        self.hits = 0

    def _loaded(self) -> dict[Key, Parts]:
        if self._entries is None:
            self._entries = _read(self.path)
        return self._entries

    def cached(self, source: str | bytes, flags: int) -> re.Pattern | None:
        """The pattern built from the stored parts, None when none are stored.

        Parameters
        ----------
        source : str or bytes
            The pattern's source.
        flags : int
            The flags ``re`` was given.

        Returns
        -------
        re.Pattern or None
            Equal to ``re.compile(source, flags)``.
        """
        parts = self._loaded().get(_key(source, flags))
        if parts is None:
            return None
        try:
            found = _built(source, parts)
        except (TypeError, ValueError, RuntimeError, OverflowError):  # not valid code here
            return None
        self.hits += 1
        return found

    def store(self, source: str | bytes, flags: int, compiled: re.Pattern) -> None:
        """Keep the parts of ``compiled`` (``re``'s pattern of ``source`` and ``flags``)
        for :meth:`save`, when a copy built from them equals it and its compile gave no
        warning.

        Parameters
        ----------
        source, flags
            As for :meth:`cached`.
        compiled : re.Pattern
            What ``re`` compiled.
        """
        try:
            with warnings.catch_warnings(record=True) as warned:
                warnings.simplefilter("always")
                parts = _parts(source, flags)
            built = _built(source, parts)
            if warned or built != compiled or _groups(built) != _groups(compiled):
                return
        except Exception:  # re's internals differ from what _parts reads: nothing is kept
            return
        self._new[_key(source, flags)] = parts

    def hook(self, pattern: Any, flags: int = 0) -> re.Pattern:
        """``re._compiler.compile`` with the stored patterns of the package's top level.

        Parameters
        ----------
        pattern : str, bytes or parsed pattern
            What ``re`` passes its compiler.
        flags : int, optional
            The flags.

        Returns
        -------
        re.Pattern
            The compiled pattern.
        """
        if (
            not isinstance(pattern, str | bytes)
            or flags & re.DEBUG
            or not _from_package_top_level(sys._getframe(1))
        ):
            return self._compile(pattern, flags)
        found = self.cached(pattern, flags)
        if found is None:
            found = self._compile(pattern, flags)
            self.store(pattern, flags, found)
        return found

    def save(self) -> None:
        """Write the file with the patterns this process added (nothing if none)."""
        if not self._new:
            return
        entries = _read(self.path)
        if len(entries) + len(self._new) > _MAX_ENTRIES:
            entries = {}
        entries.update(self._loaded())
        entries.update(self._new)
        self._entries, self._new = entries, {}
        _write(self.path, entries)


def install() -> PatternCache | None:
    """Put the cache's hook in place of ``re``'s compiler for this process (once).

    Its file is written at the process's exit if the process compiled a package
    pattern the file lacked.

    Returns
    -------
    PatternCache or None
        The hook's cache; None when ``NEWSCOMPARE_PATTERN_CACHE`` is ``0`` or ``re`` has
        no compiler of the expected shape.
    """
    current = getattr(_compiler, "compile", None)
    owner = getattr(current, "__self__", None)
    if isinstance(owner, PatternCache):
        return owner
    if os.environ.get(SWITCH_ENV) == "0" or not callable(current) or not hasattr(_sre, "MAGIC"):
        return None
    try:
        cache = PatternCache(pattern_cache_path(), current)
    except (OSError, RuntimeError):  # no home folder
        return None
    _compiler.compile = cache.hook
    atexit.register(cache.save)
    return cache


def _read(path: Path) -> dict[Key, Parts]:
    """The entries of a cache file; none when it is missing, truncated or altered."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    head = len(_MAGIC) + 4
    if len(data) < head or not data.startswith(_MAGIC):
        return {}
    payload = data[head:]
    if zlib.crc32(payload) != int.from_bytes(data[len(_MAGIC) : head], "big"):
        return {}
    try:
        rows = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return {}
    if not isinstance(rows, list):
        return {}
    return {(bool(row[0]), row[1], row[2]): row[3] for row in rows if _well_formed(row)}


def _well_formed(row: object) -> bool:
    """Whether a stored row has the shape :func:`_write` gives it."""
    if not (isinstance(row, tuple) and len(row) == 4):
        return False
    is_text, source, flags, parts = row
    return (
        isinstance(source, str if is_text else bytes)
        and isinstance(flags, int)
        and isinstance(parts, tuple)
        and len(parts) == 5
        and isinstance(parts[1], list)
    )


def _write(path: Path, entries: dict[Key, Parts]) -> None:
    """Write the cache file atomically; nothing when the folder cannot be written."""
    try:
        payload = marshal.dumps([(*key, parts) for key, parts in entries.items()])
    except ValueError:  # a value marshal does not write: compiled as before
        return
    write_atomically(path, _MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)
