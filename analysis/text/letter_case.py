"""Letters by case, in every script, as the insides of regular-expression classes.

Python's ``re`` has no class for "an upper-case letter" (``regex``'s ``\\p{Lu}``), and
``[A-Z]`` reads only English names: a site called "Портовые новости", "Λιμάνι" or
"Élan" is no name to it. :data:`UPPER_LETTERS` and :data:`LOWER_LETTERS` are the
letters Python's own tables call upper case (or title case: "ǅ") and lower case, as
ranges to put between brackets (``f"[{UPPER_LETTERS}]"``); a letter in neither is of a
script without case (Arabic, Hebrew, Han, kana, Hangul, Thai, Devanagari):
:data:`CASELESS_LETTER`.

Two scripts have a case in Unicode that running text never shows (:data:`UNSHOWN_CASE`):
Georgian's Mkhedruli is lower case to Python, and Cherokee's syllabary is written in
what Unicode calls its capitals, so ``"ᏣᎳᎩ".isupper()`` is True and every Cherokee line
would read as a shouted heading. Their letters are read as letters without case, as
Arabic or Ethiopic ones are. The checks of a text's case read the same way:
:func:`is_upper_case` (an all-capitals line), :func:`is_lower_case` (a line in lower
case) and :func:`opens_upper_case` (a capitalised word) are ``str.isupper()``,
``str.islower()`` and ``word[:1].isupper()`` with those letters caseless. Scripts whose
two cases running text does show (Latin, Greek, Cyrillic, Armenian, Osage, Adlam, and
Georgian's Mtavruli capitals in headings) keep them.

Built once at import from the code points below :data:`CASED_LIMIT` (some 20 ms; the
code points above it, the ideographs of planes 2 and 3, have no case:
``tests/test_text.py`` checks that on the running Python's tables).
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Callable, Iterable

#: Every letter with case lies below this code point (U+20000: the planes above hold
#: ideographs only).
CASED_LIMIT = 0x20000

# every character below the limit, in code-point order (decoded at once: ~4 ms, against
# ~11 for a join of chr() calls)
_CHARACTERS = array("I", range(CASED_LIMIT)).tobytes().decode("utf-32-le", "surrogatepass")
# every letter below the limit, in code-point order (read once)
_LETTERS = re.sub(r"[\W\d_]+", "", _CHARACTERS)


def _ranges(chars: Iterable[str]) -> str:
    """The inside of a character class holding ``chars`` (ascending), as ranges."""
    spans: list[list[int]] = []
    for char in chars:
        point = ord(char)
        if spans and spans[-1][1] == point - 1:
            spans[-1][1] = point
        else:
            spans.append([point, point])
    return "".join(
        re.escape(chr(first)) + ("" if first == last else f"-{re.escape(chr(last))}")
        for first, last in spans
    )


def letters_where(test: Callable[[str], bool]) -> str:
    """The letters below :data:`CASED_LIMIT` that pass ``test``, as a class's inside.

    Parameters
    ----------
    test : callable
        Called with each letter (one character).

    Returns
    -------
    str
        Ranges to put between brackets; empty when no letter passes.
    """
    return _ranges(char for char in _LETTERS if test(char))


#: Letters Unicode gives a case that running text never shows: Georgian's Mkhedruli
#: ("ბათუმი"), lower case since Unicode 11 added its Mtavruli capitals, which only
#: headings in capitals use; Cherokee's syllabary ("ᏣᎳᎩ"), upper case since Unicode 8
#: added small letters that running text hardly uses (both cases here). Read as letters
#: without case, so a Georgian or Cherokee name is a name as a Hebrew or Hindi one is,
#: and a Cherokee line is no line in capitals.
UNSHOWN_CASE = frozenset(
    chr(point)
    for point in (*range(0x10D0, 0x1100), *range(0x13A0, 0x1400), *range(0xAB70, 0xABC0))
    if unicodedata.category(chr(point)) in ("Lu", "Ll")
)
#: Upper-case and title-case letters of every script ("A", "É", "П", "Ω", "ǅ"), but
#: :data:`UNSHOWN_CASE`.
UPPER_LETTERS = letters_where(
    lambda char: (char.isupper() or char.istitle()) and char not in UNSHOWN_CASE
)
#: Lower-case letters of every script ("a", "é", "п", "ω"), but :data:`UNSHOWN_CASE`.
LOWER_LETTERS = letters_where(lambda char: char.islower() and char not in UNSHOWN_CASE)
#: Combining marks (Unicode categories Mn, Mc, Me), as a class's inside: the vowel signs
#: and viramas of Devanagari, Bengali, Tamil and Thai ("ি", "ு", "ิ", "्"), accents
#: written apart. They belong to the word they sit in, but Python's ``\w`` and
#: ``[^\W\d_]`` do not match them: "পদ্মা বার্তা" would read as the runs "পদ", "ম",
#: "ব", "র", "ত".
COMBINING_MARKS = _ranges(
    char
    # no mark is a word character or a space: only the others are looked up
    for char in re.sub(r"[\w\s]+", "", _CHARACTERS)
    if unicodedata.category(char) in ("Mn", "Mc", "Me")
)
#: A pattern for one letter or the combining mark on it: the letters of a word in every
#: script ("বার্তা" whole).
LETTER_OR_MARK = rf"(?:[^\W\d_]|[{COMBINING_MARKS}])"
#: A pattern for one letter of a script without case (neither upper nor lower case:
#: "港", "ص", "ש", "한").
CASELESS_LETTER = rf"(?![{UPPER_LETTERS}{LOWER_LETTERS}])[^\W\d_]"


_CASED = re.compile(f"[{UPPER_LETTERS}{LOWER_LETTERS}]")


def shows_no_case(text: str) -> bool:
    """True when no letter of ``text`` is written in a case (:data:`CASELESS_LETTER`).

    Parameters
    ----------
    text : str
        A word or any text.

    Returns
    -------
    bool
        No upper- or lower-case letter in it ("أحمد", "כהן", "ნინო"; and a text without
        letters).
    """
    return _CASED.search(text) is None


_UNSHOWN = re.compile(f"[{_ranges(sorted(UNSHOWN_CASE))}]")
# a letter without case standing in for each of UNSHOWN_CASE (Hebrew's alef)
_CASELESS_STAND_IN = "\u05d0"


def _as_shown(text: str) -> str:
    """``text`` with each letter of :data:`UNSHOWN_CASE` written as a letter without
    case (the case checks below read it through ``str``'s own)."""
    return text if text.isascii() else _UNSHOWN.sub(_CASELESS_STAND_IN, text)


def is_upper_case(text: str) -> bool:
    """Whether ``text`` is written in capitals: an all-capitals line or word.

    Parameters
    ----------
    text : str
        A line, a word or any text.

    Returns
    -------
    bool
        ``text.isupper()`` with the letters of :data:`UNSHOWN_CASE` read as letters
        without case: True for "BREAKING NEWS", "ΕΙΔΗΣΕΙΣ" or a heading in Mtavruli;
        False for a Cherokee line ("ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ"), as for an Arabic or Amharic one.
    """
    return text.isupper() if text.isascii() else _as_shown(text).isupper()


def is_lower_case(text: str) -> bool:
    """Whether ``text`` is written in lower case (every letter with a shown case is).

    Parameters
    ----------
    text : str
        A line, a word or any text.

    Returns
    -------
    bool
        ``text.islower()`` with the letters of :data:`UNSHOWN_CASE` read as letters
        without case: False for a Georgian line in Mkhedruli ("ბათუმი"), as for a Hindi
        one.
    """
    return text.islower() if text.isascii() else _as_shown(text).islower()


def opens_upper_case(word: str) -> bool:
    """Whether ``word`` is capitalised: its first character is an upper-case letter.

    Parameters
    ----------
    word : str
        A word (or any text: its first character is read).

    Returns
    -------
    bool
        ``word[:1].isupper()``, but False for a letter of :data:`UNSHOWN_CASE` (a
        Cherokee word opens with no capital, as an Arabic one does).
    """
    first = word[:1]
    return first.isupper() and first not in UNSHOWN_CASE
