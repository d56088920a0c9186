"""Letters by case, in every script, as the insides of regular-expression classes.

Python's ``re`` has no class for "an upper-case letter" (``regex``'s ``\\p{Lu}``), and
``[A-Z]`` reads only English names: a site called "Портовые новости", "Λιμάνι" or
"Élan" is no name to it. :data:`UPPER_LETTERS` and :data:`LOWER_LETTERS` are the
letters Python's own tables call upper case (or title case: "ǅ") and lower case, as
ranges to put between brackets (``f"[{UPPER_LETTERS}]"``); a letter in neither is of a
script without case (Arabic, Hebrew, Han, kana, Hangul, Thai, Devanagari):
:data:`CASELESS_LETTER`.

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
#: headings in capitals use. Read as letters without case, so a Georgian name is a name
#: as a Hebrew or Hindi one is.
UNSHOWN_CASE = frozenset(
    chr(point) for point in range(0x10D0, 0x1100) if unicodedata.category(chr(point)) == "Ll"
)
#: Upper-case and title-case letters of every script ("A", "É", "П", "Ω", "ǅ").
UPPER_LETTERS = letters_where(lambda char: char.isupper() or char.istitle())
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
