"""Pyphen's hyphenation dictionaries, read in a few passes over the file (same patterns).

textstat counts the syllables of a word CMUdict lacks with Pyphen, from the hyphenation
dictionary of the text's language (:mod:`analysis.stats.readability` for English, the
Flesch score of :mod:`analysis.stats.language` for six more languages). Pyphen parses a
dictionary the first time a process asks for it, a pattern at a time: the German one
(66,000 patterns) takes ~0.45 CPU-s, and a ``metrics --jobs N`` run paid it in every
worker that met a German body. :func:`load_dictionary` reads the same file with passes
over its whole text (~0.15 CPU-s for German: digits and letters told apart by
``bytes.translate``, the letters by one regular-expression pass) and puts the result
where Pyphen keeps the dictionaries it has parsed (``pyphen.hdcache``), so every later
``Pyphen(lang=...)`` (textstat's ``get_pyphen``) uses it.

A line Pyphen reads in a special way (a ``^^hh`` escape, a ``/`` of a nonstandard
hyphenation, two digits in a row) goes through Pyphen's own steps, and a file holding a
decimal digit outside ASCII goes through them whole. ``tests/test_hyphenation.py``
compares the patterns with Pyphen's on every dictionary Pyphen ships and on made-up
files; Pyphen's version is pinned (:mod:`analysis.stats.readability_versions`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from pathlib import Path

import numpy as np
import pyphen

__all__ = ["load_dictionary", "read_patterns"]

#: A pattern's tags and its value at each place (Pyphen's ``HyphDict.patterns``): the
#: letters, then the place of the first non-zero value and the values up to the last one.
Patterns = dict[str, tuple[int, tuple[int, ...]]]

_DIGIT = re.compile(r"\d")
_TWO_DIGITS = re.compile(r"\d\d")
_NON_ASCII_DIGIT = re.compile(r"(?![0-9])\d")
# Each byte of a line as a place: a digit stays, any other character is a place without
# a digit (":"); the line breaks stay.
_PLACES = bytes.maketrans(
    bytes(range(256)), bytes(b if b in b"0123456789\n" else ord(":") for b in range(256))
)
# The places' values as bytes 0-9 (":" is 0), the line breaks kept (byte 10).
_VALUES = bytes.maketrans(b"0123456789:", bytes((*range(10), 0)))
# A line of values: the zeros before the first non-zero one, the values up to the last.
_ZEROS_AND_VALUES = re.compile(rb"(?m)^(\x00*)((?:\x00*[\x01-\x09])*)\x00*$")
_loaded: set[str] = set()


def load_dictionary(lang: str) -> None:
    """Parse the dictionary ``Pyphen(lang=lang)`` would read, unless Pyphen holds it.

    Parameters
    ----------
    lang : str
        A language code as textstat passes it (``"de"``, ``"en_US"``); one Pyphen has no
        dictionary for is left to Pyphen (which raises when asked for it).
    """
    if lang in _loaded:
        return
    _loaded.add(lang)
    code = pyphen.language_fallback(lang)
    if code is None:
        return
    path = pyphen.LANGUAGES[code]
    if path in pyphen.hdcache:
        return
    patterns = _cached_patterns(Path(path))
    if not patterns:  # Pyphen's own error for a file without patterns
        pyphen.hdcache[path] = pyphen.HyphDict(path)
        return
    parsed = pyphen.HyphDict.__new__(pyphen.HyphDict)
    parsed.patterns = patterns
    parsed.cache = {}
    parsed.maxlen = max(map(len, patterns))
    pyphen.hdcache[path] = parsed


def _cached_patterns(path: Path) -> Patterns:
    """:func:`read_patterns`, read from the cache folder when it was kept there
    (:mod:`analysis.table_cache`: keyed by the dictionary file, this module's code and
    Pyphen's version)."""
    from analysis.table_cache import cached_table

    name = f"pyphen-{pyphen.__version__}-{path.stem}"
    return cached_table(name, [path, Path(__file__)], lambda: read_patterns(path))


def read_patterns(path: Path) -> Patterns:
    """The patterns of a ``hyph_*.dic`` file, as ``pyphen.HyphDict(path).patterns``.

    Parameters
    ----------
    path : Path
        A hyphenation dictionary (its first line names its encoding).

    Returns
    -------
    dict
        Tags -> (offset, values), in the order Pyphen's dict has them.
    """
    with path.open("rb") as file:
        encoding = file.readline().decode()
    if encoding.lower() == "microsoft-cp1251":
        encoding = "cp1251"
    lines = [line.strip() for line in path.read_text(encoding).split("\n")[1:]]
    lines = [line for line in lines if line and not line.startswith(pyphen.ignored)]
    text = "\n".join(lines)
    by_pyphen = _read_by_pyphen(lines, text)
    if not by_pyphen:
        return dict(filter(None, _simple_patterns(text)))
    simple = [i for i in range(len(lines)) if i not in by_pyphen]
    found = dict(zip(simple, _simple_patterns("\n".join(lines[i] for i in simple)), strict=True))
    found.update((i, _pyphen_pattern(lines[i])) for i in by_pyphen)
    return dict(filter(None, (found[i] for i in range(len(lines)))))


def _read_by_pyphen(lines: list[str], text: str) -> set[int]:
    """The lines (indices) that need Pyphen's own steps; ``text`` is them joined."""
    if not _latin_1(text) and _NON_ASCII_DIGIT.search(text):  # Latin-1 has none
        return set(range(len(lines)))
    special = set()
    if "/" in text or "^^" in text:
        special = {i for i, line in enumerate(lines) if "/" in line or "^^" in line}
    if doubled := [match.start() for match in _TWO_DIGITS.finditer(text)]:
        starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
        special.update(bisect_right(starts, place) - 1 for place in doubled)
    return special


def _latin_1(text: str) -> bytes | None:
    """``text`` in Latin-1 (one byte a character), or None when it holds another character."""
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return None


def _simple_patterns(text: str) -> list[tuple[str, tuple[int, tuple[int, ...]]] | None]:
    """Each line's pattern (None when its values are all 0), for lines of letters and
    single ASCII digits only: a line's places are before each letter and at its end, and
    a digit gives its value to the place it stands in (the others are 0)."""
    if not text:
        return []
    if (encoded := _latin_1(text)) is not None:
        tags = encoded.translate(None, b"0123456789").decode("latin-1")
    else:  # one byte a character ("?" for one outside Latin-1: a letter either way)
        encoded, tags = text.encode("latin-1", "replace"), _DIGIT.sub("", text)
    # ":" for a place without a digit (before each letter, and each line's end), then the
    # place a digit stands in (the ":" after it) dropped: its value is the digit
    marks = np.frombuffer(encoded.translate(_PLACES).replace(b"\n", b":\n") + b":", dtype=np.uint8)
    taken = np.zeros(len(marks), dtype=bool)
    taken[1:] = (marks[1:] == ord(":")) & (marks[:-1] - ord("0") < 10)
    return [
        (tags, (len(zeros), tuple(values))) if values else None
        for tags, (zeros, values) in zip(
            tags.split("\n"),
            _ZEROS_AND_VALUES.findall(marks[~taken].tobytes().translate(_VALUES)),
            strict=True,
        )
    ]


def _pyphen_pattern(line: str) -> tuple[str, tuple[int, tuple[int, ...]]] | None:
    """One line's pattern as ``pyphen.HyphDict`` reads it (None when its values are 0)."""
    line = pyphen.parse_hex(lambda match: chr(int(match.group(1), 16)), line)
    factory: object = int
    if "/" in line and "=" in line:
        line, alternative = line.split("/", 1)
        factory = pyphen.AlternativeParser(line, alternative)
    pairs = [(string, factory(i or "0")) for i, string in pyphen.parse(line)]  # type: ignore[operator]
    tags, values = zip(*pairs, strict=True)
    if max(values) == 0:
        return None
    start, end = 0, len(values)
    while not values[start]:
        start += 1
    while not values[end - 1]:
        end -= 1
    return "".join(tags), (start, values[start:end])
