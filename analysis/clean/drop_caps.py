"""A drop cap printed alone on its line, joined again to its word (a text dump's step).

A long read sets its first letter large (a drop cap); a scraper or a browser's copy
prints that letter on a line of its own, often between blank lines, and the rest of
the word opens the next line: "T" / "he river here is three hundred metres wide ...".
The article's first word was read as two (a one-letter line the body detector drops,
and "he"), so the counts missed a word and a sentence opened in lower case.

:func:`join_drop_caps` joins them: a line that is one upper-case letter, and right
under it (after at most one blank line) a paragraph opening with a lower-case letter
and holding a sentence's end. The join is left when it would make a word of the
language's function words worse: the rest of the word alone is one ("was", "he") and
the joined word is none ("I" / "was born in ..." stays two words; "T" / "he" gives
"the", a function word, and is joined). Scripts without case have no drop cap read so.
No tuned value.
"""

from __future__ import annotations

import re

from analysis.stopwords import FUNCTION_WORDS

__all__ = ["join_drop_caps"]

# A sentence's end inside the line under the letter: the line is a paragraph, not a
# menu's or a list's entry.
_SENTENCE_END = re.compile(r"[.!?;…。](?:\s|$)")
# The first word of a line (its letters).
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# A line that is one character and spaces (what ``str.strip`` strips): the drop cap's
# line must be one (speed only: a text without one is answered by one search).
_LONE_CHARACTER = re.compile(r"\n[^\S\n]*(\S)[^\S\n]*(?=\n|\Z)")


def join_drop_caps(text: str) -> str:
    """Join each drop cap printed alone on its line to the rest of its word.

    Parameters
    ----------
    text : str
        A text dump, its line ends unified.

    Returns
    -------
    str
        The text with each such letter's line (and the blank line under it) removed
        and the letter put before the next line's first word; the text itself when it
        holds no drop cap so printed.
    """
    if "\n" not in text or not any(
        lone.group(1).isupper() for lone in _LONE_CHARACTER.finditer("\n" + text)
    ):
        return text  # (most texts: no line is one upper-case letter)
    lines = text.split("\n")
    joined: list[str] = []
    position = 0
    while position < len(lines):
        under = _word_under(lines, position)
        if under is None:
            joined.append(lines[position])
            position += 1
            continue
        rest = lines[under]
        indent = rest[: len(rest) - len(rest.lstrip())]
        joined.append(indent + lines[position].strip() + rest.lstrip())
        position = under + 1
    return "\n".join(joined) if len(joined) < len(lines) else text


def _word_under(lines: list[str], position: int) -> int | None:
    """The position of the paragraph whose first word the line at ``position`` opens as
    a drop cap, or None (see the module)."""
    letter = lines[position].strip()
    if len(letter) != 1 or not letter.isupper():
        return None
    under = position + 1
    if under < len(lines) and not lines[under].strip():
        under += 1
    if under >= len(lines):
        return None
    rest = lines[under].lstrip()
    if not rest[:1].islower() or _SENTENCE_END.search(rest) is None:
        return None
    first = _FIRST_WORD.match(rest)
    if first is None:
        return None
    word = first.group().lower()
    if word in FUNCTION_WORDS and (letter.lower() + word) not in FUNCTION_WORDS:
        return None
    return under
