"""Line shapes: blank (nothing visible), bullet and list item, drawn rule line; display width.

A **blank** line holds nothing visible: only whitespace and characters that print
nothing (:data:`INVISIBLE`); a **bullet** line opens with a list mark and a space
(:data:`BULLET_MARKS`); a **list item** is a bullet or a number ``1.``/``1)`` and a
space; a **rule** line is drawn of separator marks (:data:`RULE_MARKS`). A line's
**display width** is the columns a terminal gives it (:func:`display_width`). A **field
label** opens a line or a part of one with a field's name, a colon and its value
(:data:`FIELD_LABEL`). A **sentence line** holds at least :data:`SENTENCE_LINE_WORDS`
words and ends a sentence (the body detector's prose, the lines an outlet's boilerplate
is counted on). Lines compared across pages and processes are kept as their
:func:`line_hash`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

#: Characters that print nothing: zero-width space, non-joiner and joiner, word joiner,
#: byte-order mark, soft hyphen.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
#: Characters that hold no letter but change how text is shown: :data:`INVISIBLE`, the
#: direction marks, embeddings, overrides and isolates (LRM, RLM, ALM, LRE ... PDI), the
#: Mongolian vowel separator and the invisible operators. Writers put them inside words
#: (a soft hyphen, Persian's non-joiner) and before names and numbers (a direction mark).
FORMAT_CHARACTERS = (
    INVISIBLE
    + "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    + "\u180e\u2061\u2062\u2063\u2064"
)
_NO_FORMAT_CHARACTERS = str.maketrans("", "", FORMAT_CHARACTERS)
_INVISIBLE_EDGES = re.compile(rf"^[\s{INVISIBLE}]+|[\s{INVISIBLE}]+$")

#: A line of at least this many words that ends a sentence or clause counts as prose (the
#: body detector, :mod:`analysis.clean.body.rules`) and may be an outlet's boilerplate
#: (:mod:`analysis.stats.boilerplate_lines`).
SENTENCE_LINE_WORDS = 10

#: Marks that open a bulleted line (followed by whitespace).
BULLET_MARKS = "•◦▪▫‣⁃●○■□►▶➤·*+-"
_BULLET_CLASS = "[" + re.escape(BULLET_MARKS) + "]"
_BULLET = re.compile(rf"^\s*{_BULLET_CLASS}\s")
_LIST_ITEM = re.compile(rf"^\s*(?:{_BULLET_CLASS}|\d{{1,3}}[.)])\s")
_LEADING_BULLET = re.compile(rf"^\s*(?:{_BULLET_CLASS}\s+)?")
#: Marks a drawn separator line is made of (``----``, ``* * *``, ``===``).
RULE_MARKS = "-‐‑‒–—―_=*~#•·◆◇♦⁂+."
_RULE_LINE = re.compile(rf"^\s*(?:[{re.escape(RULE_MARKS)}]\s*){{3,}}$")
#: A field's label: one or two words of letters (joined by a space, ``_`` or ``-``), a
#: colon and a space (or a full-width colon, as Chinese and Japanese pages print it,
#: ``来源：X``) before the value, as feed dumps, e-mail headers and scrapers print
#: fields (``pubDate: Tue, 03 Mar 2026``, ``Description: ...``, ``Quelle: X``); group
#: ``label`` is the name. Matched at the position given (``FIELD_LABEL.match(line)``).
FIELD_LABEL = re.compile(r"(?P<label>[^\W\d_]+(?:[ _-][^\W\d_]+)?)\s*(?::\s+|：\s*)(?=\S)")


def visible_text(line: str) -> str:
    """Return ``line`` without surrounding whitespace and invisible characters.

    Zero-width spaces, joiners, byte-order marks and soft hyphens (:data:`INVISIBLE`)
    print nothing: a dump line made only of them and whitespace is blank (an empty image
    placeholder, not a text block).

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    str
        The visible text, empty for a blank line.
    """
    stripped = line.strip()
    if stripped and (stripped[0] in INVISIBLE or stripped[-1] in INVISIBLE):
        return _INVISIBLE_EDGES.sub("", stripped)
    return stripped


def line_hash(text: str) -> int:
    """An 8-byte hash of ``text``, the same in every process and run.

    Parameters
    ----------
    text : str
        A line (or any text) as it is compared.

    Returns
    -------
    int
        An unsigned 64-bit integer (BLAKE2b of the UTF-8 bytes).
    """
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


def is_blank(line: str) -> bool:
    """True for a line with nothing visible: empty, whitespace or invisible characters.

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool
        Whether :func:`visible_text` of the line is empty.
    """
    return not visible_text(line)


def is_rule_line(line: str) -> bool:
    """True for a line drawn of separator marks only (``----``, ``* * *``, ``===``).

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool
        Whether the line holds three or more rule marks and nothing else but spaces.
    """
    return _RULE_LINE.match(line) is not None


def is_bullet(line: str) -> bool:
    """True for a line that opens with a list mark and whitespace ("  • Home").

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool
        Whether the line opens (after whitespace) with one of :data:`BULLET_MARKS`
        followed by whitespace.
    """
    return _BULLET.match(line) is not None


def is_list_item(line: str) -> bool:
    """True for a bullet line (:func:`is_bullet`) or a numbered one ("1. ", "12) ").

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    bool
        Whether the line opens with a list mark or a number of one to three digits and
        ``.`` or ``)``, followed by whitespace.
    """
    return _LIST_ITEM.match(line) is not None


def bullet_end(line: str) -> int:
    """Offset where a line's text starts after leading whitespace and one bullet mark.

    Parameters
    ----------
    line : str
        One line of a page.

    Returns
    -------
    int
        The offset after the whitespace, the bullet mark and the whitespace after it
        (only the whitespace when the line is no bullet).
    """
    return _LEADING_BULLET.match(line).end()  # type: ignore[union-attr]


def display_width(line: str) -> int:
    """The columns a terminal or text browser prints ``line`` in.

    Parameters
    ----------
    line : str
        One line.

    Returns
    -------
    int
        One column a character, none for a combining mark or a format character
        (Unicode categories Mn, Me, Cf: Devanagari and Bengali vowel signs and viramas,
        Arabic vowel marks, joiners) and two for a wide or full-width character (Chinese,
        Japanese, Korean): the widths of ``wcwidth``, which text browsers wrap by. The
        length of an ASCII line.
    """
    if line.isascii():
        return len(line)
    others = _maybe_not_one_column().findall(line)
    return len(line) - len(others) + sum(map(_columns, others))


@lru_cache(maxsize=1)
def _maybe_not_one_column() -> re.Pattern[str]:
    """A character that may not take one column (:func:`_columns`): any but those below
    U+3000 that do (Latin, Greek, Cyrillic, most punctuation: a line of them alone is
    as wide as it is long). Built on first use, one pass over those characters."""
    ranges: list[list[int]] = []
    for code in range(0x3000):
        if _columns.__wrapped__(chr(code)) != 1:
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    parts = "".join(f"{re.escape(chr(first))}-{re.escape(chr(last))}" for first, last in ranges)
    return re.compile(f"[^{parts}]")


@lru_cache(maxsize=8192)
def _columns(character: str) -> int:
    if unicodedata.category(character) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(character) in ("W", "F") else 1


def without_format_characters(text: str) -> str:
    """``text`` without its :data:`FORMAT_CHARACTERS`.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The text as its letters, digits, marks and spaces compare: ``"gov\u00aderning"``
        is ``"governing"``.
    """
    return text.translate(_NO_FORMAT_CHARACTERS)
